"""drop kv, add item extract errors

The ``kv`` table was never read or written. Items get the last extraction error
and the number of attempts: an item whose extraction raises is retried once on
the next cycle, then left failed with its error (tracker/usecases/extract.py).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 06:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.drop_table("kv")
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("extract_error", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("extract_attempts", sa.Integer(), server_default="0", nullable=False)
        )


def downgrade() -> None:

    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_column("extract_attempts")
        batch_op.drop_column("extract_error")

    op.create_table(
        "kv",
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_kv")),
    )
