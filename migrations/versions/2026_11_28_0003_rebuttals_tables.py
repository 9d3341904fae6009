"""rebuttals tables

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 16:13:16.561006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "rebuttals",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("claim_en", sa.Text(), nullable=False),
        sa.Column("claim_zh", sa.Text(), nullable=False),
        sa.Column("counterpoints", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("rating", sa.String(length=64), nullable=False),
        sa.Column("speaker", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rebuttals")),
    )
    with op.batch_alter_table("rebuttals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rebuttals_status"), ["status"], unique=False)

    op.create_table(
        "rebuttal_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rebuttal_id", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("changed_by", sa.String(length=128), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["rebuttal_id"],
            ["rebuttals.id"],
            name=op.f("fk_rebuttal_revisions_rebuttal_id_rebuttals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rebuttal_revisions")),
        sa.UniqueConstraint(
            "rebuttal_id", "version", name=op.f("uq_rebuttal_revisions_rebuttal_id_version")
        ),
    )
    op.create_table(
        "rebuttal_phrasings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rebuttal_id", sa.String(length=80), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("statement_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["rebuttal_id"],
            ["rebuttals.id"],
            name=op.f("fk_rebuttal_phrasings_rebuttal_id_rebuttals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["statements.id"],
            name=op.f("fk_rebuttal_phrasings_statement_id_statements"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rebuttal_phrasings")),
        sa.UniqueConstraint(
            "rebuttal_id", "text", name=op.f("uq_rebuttal_phrasings_rebuttal_id_text")
        ),
    )
    with op.batch_alter_table("rebuttal_phrasings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rebuttal_phrasings_rebuttal_id"), ["rebuttal_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("rebuttal_phrasings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rebuttal_phrasings_rebuttal_id"))

    op.drop_table("rebuttal_phrasings")
    op.drop_table("rebuttal_revisions")
    with op.batch_alter_table("rebuttals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rebuttals_status"))

    op.drop_table("rebuttals")
