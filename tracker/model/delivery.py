"""Where posts go and what a chat adapter renders: destinations, posts, the outbox states."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from tracker.model.rebuttal import Rebuttal
from tracker.model.statement import Statement


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Destination:
    """A chat that receives posts.

    Attributes:
        platform: "telegram", "discord" or "console".
        chat_id: The platform's id for the chat ("@name" allowed on Telegram).
        role: "channel" for posts, "review" for the admins' review chat.
        language: "en" or "zh": the language posts come in.
    """

    id: int
    platform: str
    chat_id: str
    title: str = ""
    role: str = "channel"
    language: str = "en"
    active: bool = True


@dataclass(frozen=True, slots=True)
class Post:
    """What a chat adapter renders: a statement with its counterpoints."""

    statement: Statement
    rebuttals: tuple[Rebuttal, ...]
    language: str = "en"
    extra_sources: int = 0
    labels: dict[str, str] = field(default_factory=dict)
