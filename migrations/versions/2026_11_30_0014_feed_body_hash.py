"""feed body hash

The SHA-256 of the last feed body that was parsed and stored. A poll whose answer is the
same body (servers that send no ETag or Last-Modified answer 200 with the same bytes)
stops there: no parse, no item rows sent to the database.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 13:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("body_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.drop_column("body_hash")
