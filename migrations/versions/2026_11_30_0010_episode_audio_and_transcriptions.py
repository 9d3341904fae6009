"""episode audio and transcriptions

Speech recognition of episodes that have neither a transcript nor captions (issue 14):
items keep their audio enclosure's URL, and ``transcriptions`` holds one row per
episode considered, the claim that makes an episode transcribed once and the record
the daily budget of audio minutes is counted from.

Revision ID: 0010
Revises: 0008
Create Date: 2026-11-30 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
# Chained after 0008; 0011 (feed states) revises this one (numbers were taken as the
# changes were written, in parallel).
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("audio_url", sa.String(length=2048), nullable=True))
    op.create_table(
        "transcriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("audio_seconds", sa.Float(), server_default="0", nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"],
                                name=op.f("fk_transcriptions_item_id_items"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transcriptions")),
        sa.UniqueConstraint("item_id", name=op.f("uq_transcriptions_item_id")),
    )
    with op.batch_alter_table("transcriptions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transcriptions_finished_at"), ["finished_at"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("transcriptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transcriptions_finished_at"))
    op.drop_table("transcriptions")
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_column("audio_url")
