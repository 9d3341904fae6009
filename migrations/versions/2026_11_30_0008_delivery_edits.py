"""delivery edits

A sent post is edited when its statement gains sources or a rebuttal it carries is
edited or retired: each edit is an outbox row of kind "edit" for the same
(statement, destination), numbered by ``revision`` (the post itself is 0), with the
``reason`` it was queued. The unique key becomes (statement, destination, revision).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 07:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

OLD_KEY = "uq_deliveries_statement_id_destination_id"
NEW_KEY = "uq_deliveries_statement_id_destination_id_revision"


def upgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("revision", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=True))
        batch_op.drop_constraint(OLD_KEY, type_="unique")
        batch_op.create_unique_constraint(
            NEW_KEY, ["statement_id", "destination_id", "revision"])


def downgrade() -> None:
    # Edits cannot live under the old key (one row per pair): they are dropped.
    op.execute("DELETE FROM deliveries WHERE kind = 'edit'")
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_constraint(NEW_KEY, type_="unique")
        batch_op.create_unique_constraint(OLD_KEY, ["statement_id", "destination_id"])
        batch_op.drop_column("reason")
        batch_op.drop_column("revision")
