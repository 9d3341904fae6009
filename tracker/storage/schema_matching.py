"""Tables of the matching area: stored embeddings, match results, curation labels."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tracker.storage.base import Base


class EmbeddingRow(Base):
    """Stored text embeddings, keyed by model and text hash (recomputed on change)."""

    __tablename__ = "embeddings"
    __table_args__ = (UniqueConstraint("model", "text_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    model: Mapped[str] = mapped_column(String(128))
    text_hash: Mapped[str] = mapped_column(String(64))
    vector: Mapped[bytes] = mapped_column(LargeBinary)  # float32 little-endian


class StatementMatchRow(Base):
    __tablename__ = "statement_matches"
    __table_args__ = (UniqueConstraint("statement_id", "rebuttal_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(
        ForeignKey("statements.id", ondelete="CASCADE"), index=True
    )
    rebuttal_id: Mapped[str] = mapped_column(ForeignKey("rebuttals.id", ondelete="CASCADE"))
    rank: Mapped[int]
    score: Mapped[float] = mapped_column(Float)
    decision: Mapped[str] = mapped_column(String(16))
    judge: Mapped[float | None] = mapped_column(Float, nullable=True)  # the pair judge's view


class CurationRow(Base):
    """An admin's verdict on a (statement, rebuttal) pair: the matcher learns from it."""

    __tablename__ = "curation_labels"
    __table_args__ = (UniqueConstraint("statement_id", "rebuttal_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"))
    rebuttal_id: Mapped[str] = mapped_column(ForeignKey("rebuttals.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(16))  # "positive" | "negative"
    decided_by: Mapped[str] = mapped_column(String(128))
    decided_at: Mapped[datetime]
