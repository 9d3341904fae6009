"""match judge

The pair judge's probability beside each stored match candidate (issue 12): the judge,
not the classifier's score, decides what is posted, so the review chat, the console and
the demo's explanation show the figure that decided. Null for candidates not judged
(below review, below the top three, or matched without a judge).

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30 22:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("statement_matches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("judge", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("statement_matches", schema=None) as batch_op:
        batch_op.drop_column("judge")
