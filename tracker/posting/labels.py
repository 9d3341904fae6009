"""The fixed words of a post in English and Chinese, and the choice of a text's language.

``pick`` chooses between English and Chinese text with a fallback to the other,
so a rebuttal written in one language still reaches every reader.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {"counterpoints": "Counterpoints", "sources": "Sources", "more_sources": "more sources",
           "said": "said", "no_counterpoint": "No counterpoint yet.",
           "withdrawn": "withdrawn by the editors", "context": "Full context"},
    "zh": {"counterpoints": "反驳要点", "sources": "来源", "more_sources": "个其他来源",
           "said": "说", "no_counterpoint": "暂无反驳。", "withdrawn": "编辑已撤回此条",
           "context": "完整背景"},
}


def pick(text_en: str, text_zh: str, language: str) -> str:
    """Return the text in ``language`` ("en" or "zh"), falling back to the other one."""
    first, second = (text_zh, text_en) if language == "zh" else (text_en, text_zh)
    return first.strip() or second.strip()


def labels(language: str) -> dict[str, str]:
    """The fixed words of a post in ``language`` (English for anything else)."""
    return dict(LABELS.get(language, LABELS["en"]))
