"""Storage: SQLAlchemy models (the Alembic target) and repositories.

ORM rows never leave this package; repositories return ``tracker.model`` types.
"""

from tracker.storage import (  # noqa: F401  (registers the tables)
    schema_delivery,
    schema_feeds,
    schema_matching,
    schema_rebuttals,
    schema_statements,
    schema_transcripts,
    schema_web,
)
from tracker.storage.base import Base

metadata = Base.metadata

__all__ = ["Base", "metadata"]
