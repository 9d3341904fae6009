"""matching tables

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 16:13:16.704319
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "embeddings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("model", sa.String(length=128), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_embeddings")),
        sa.UniqueConstraint("model", "text_hash", name=op.f("uq_embeddings_model_text_hash")),
    )
    op.create_table(
        "curation_labels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statement_id", sa.Integer(), nullable=False),
        sa.Column("rebuttal_id", sa.String(length=80), nullable=False),
        sa.Column("label", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.String(length=128), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["rebuttal_id"],
            ["rebuttals.id"],
            name=op.f("fk_curation_labels_rebuttal_id_rebuttals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["statements.id"],
            name=op.f("fk_curation_labels_statement_id_statements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_curation_labels")),
        sa.UniqueConstraint(
            "statement_id", "rebuttal_id", name=op.f("uq_curation_labels_statement_id_rebuttal_id")
        ),
    )
    op.create_table(
        "statement_matches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statement_id", sa.Integer(), nullable=False),
        sa.Column("rebuttal_id", sa.String(length=80), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["rebuttal_id"],
            ["rebuttals.id"],
            name=op.f("fk_statement_matches_rebuttal_id_rebuttals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["statements.id"],
            name=op.f("fk_statement_matches_statement_id_statements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement_matches")),
        sa.UniqueConstraint(
            "statement_id",
            "rebuttal_id",
            name=op.f("uq_statement_matches_statement_id_rebuttal_id"),
        ),
    )
    with op.batch_alter_table("statement_matches", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_statement_matches_statement_id"), ["statement_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("statement_matches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_statement_matches_statement_id"))

    op.drop_table("statement_matches")
    op.drop_table("curation_labels")
    op.drop_table("embeddings")
