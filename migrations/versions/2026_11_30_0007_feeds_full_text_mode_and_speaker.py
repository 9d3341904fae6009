"""feeds full_text mode and speaker

``feeds.full_text`` was a boolean; it becomes the mode "auto" | "always" | "never"
(``model.FullText``). A stored ``true`` becomes "always". A stored ``false`` becomes
"auto", the new default: no command could set it before (``feeds add`` had no
option), and a feed configured with ``full_text = false`` gets "never" back from
the configuration at the next poll. ``feeds.speaker`` names the watched speaker of
a feed of kind "posts" (his own words).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 08:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("full_text_mode", sa.String(length=8),
                                      server_default="auto", nullable=False))
        batch_op.add_column(sa.Column("speaker", sa.String(length=200), server_default="",
                                      nullable=False))
    op.execute("UPDATE feeds SET full_text_mode = "
               "CASE WHEN full_text THEN 'always' ELSE 'auto' END")
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.drop_column("full_text")
        batch_op.alter_column("full_text_mode", new_column_name="full_text",
                              existing_type=sa.String(length=8), existing_nullable=False,
                              existing_server_default="auto")


def downgrade() -> None:
    # The schema before this revision knows only news and podcast feeds.
    op.execute("UPDATE items SET kind = 'news' WHERE kind = 'posts'")
    op.execute("UPDATE feeds SET kind = 'news' WHERE kind = 'posts'")
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("full_text_flag", sa.Boolean(), server_default=sa.false(),
                                      nullable=False))
    op.execute("UPDATE feeds SET full_text_flag = (full_text = 'always')")
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.drop_column("speaker")
        batch_op.drop_column("full_text")
        batch_op.alter_column("full_text_flag", new_column_name="full_text",
                              existing_type=sa.Boolean(), existing_nullable=False,
                              server_default=None)
