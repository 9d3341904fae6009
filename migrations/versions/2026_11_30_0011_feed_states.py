"""feed states

Feeds can be paused and removed by an admin, and the configured ``[[feeds]]`` list
is the list: a feed that came from the configuration and is no longer in it is
deactivated. ``inactive_reason`` says why a feed is not polled (paused, removed,
unlisted; NULL when active) and ``added_by`` who added it ("config", "cli",
"opml", "telegram:<id>"; NULL for a feed stored before this revision: such a feed
is adopted as "config" when the configuration, or the bundled list, names it).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 08:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("inactive_reason", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("added_by", sa.String(length=64), nullable=True))
    # A feed switched off before this revision was switched off by hand: paused.
    op.execute("UPDATE feeds SET inactive_reason = 'paused' WHERE active = false")


def downgrade() -> None:
    # Removed feeds stay inactive: the old schema cannot tell why, only that.
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.drop_column("added_by")
        batch_op.drop_column("inactive_reason")
