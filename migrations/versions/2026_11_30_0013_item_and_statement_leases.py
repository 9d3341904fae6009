"""item and statement leases

Several worker processes share one PostgreSQL database: extraction claims the items it
works on and matching the statements, as polling already claims feeds and delivery the
outbox rows. A claim is ``lease_owner`` (the process) and ``lease_until`` (renewed by
the worker's heartbeat while it works; an expired lease is free to take).

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLES = ("items", "statements")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))
            batch_op.add_column(sa.Column("lease_owner", sa.String(length=64), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("lease_owner")
            batch_op.drop_column("lease_until")
