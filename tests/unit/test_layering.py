"""The dependency direction, as a table of allowed imports between packages.

Every import is checked: absolute and relative, at module level and inside
functions. A unit is a package of ``tracker`` or ``adapters`` (or a top-level
module such as ``tracker.errors``); each may import itself and what its row allows.
Adapters and the CLI sit on top; the use cases and the runtime below them; the
domain packages and storage below those; the model, ports, errors and config at
the bottom. ``tracker`` never imports a chat library or ``adapters``.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASE = {"tracker.model", "tracker.errors"}
CORE = BASE | {"tracker.config", "tracker.ports"}
DOMAIN = {"tracker.feeds", "tracker.extract", "tracker.match", "tracker.rebuttals",
          "tracker.posting"}
ALLOWED: dict[str, set[str]] = {
    "tracker.errors": set(),
    "tracker.model": {"tracker.errors"},
    "tracker.config": BASE | {"tracker.data"},
    "tracker.ports": BASE,
    "tracker.data": set(),
    # Domain logic: pure where it can be; knows the model and settings, never storage.
    "tracker.feeds": CORE,
    # extract/train.py reads labelled WebVTT documents with the feeds' transcript parser
    "tracker.extract": CORE | {"tracker.data", "tracker.feeds"},
    "tracker.match": CORE | {"tracker.data", "tracker.rebuttals"},
    "tracker.rebuttals": CORE | {"tracker.data"},
    "tracker.posting": CORE,
    # Storage: SQLAlchemy rows in, model dataclasses out; imports no use case.
    "tracker.storage": BASE | {"tracker.config"},
    "tracker.usecases": CORE | DOMAIN | {"tracker.storage", "tracker.data"},
    "tracker.chat": CORE | DOMAIN | {"tracker.usecases", "tracker.storage"},
    "tracker.runtime": CORE | DOMAIN | {"tracker.usecases", "tracker.storage", "tracker.data"},
    "tracker.cli": CORE | DOMAIN | {"tracker.usecases", "tracker.runtime", "tracker.storage"},
    # Adapters translate between a platform and the chat layer / use cases.
    "adapters.console": CORE | {"tracker.posting", "tracker.chat"},
    # Charts more than one adapter shows (the web console's SVG, Telegram's PNG of it).
    "adapters.charts": CORE | {"tracker.usecases"},
    "adapters.telegram_bot": CORE | {"tracker.chat", "tracker.posting", "tracker.storage",
                                     "tracker.runtime", "tracker.rebuttals", "tracker.usecases",
                                     "adapters.charts"},
    "adapters.discord_bot": CORE | {"tracker.chat", "tracker.posting", "tracker.storage",
                                    "tracker.runtime", "tracker.rebuttals", "tracker.usecases"},
    "adapters.web": CORE | {"tracker.chat", "tracker.posting", "tracker.storage",
                            "tracker.runtime", "tracker.rebuttals", "tracker.usecases",
                            "adapters.charts"},
    # The composition root: picks the concrete adapters and hands them to the CLI.
    "adapters.main": CORE | {"tracker.cli", "tracker.runtime", "tracker.storage",
                             "adapters.console", "adapters.telegram_bot", "adapters.discord_bot",
                             "adapters.web"},
}
CHAT_LIBRARIES = {"telegram", "discord"}


def unit_of(module: str) -> str:
    """The layering unit of a dotted module name (``tracker.match.lexical`` -> ``tracker.match``)."""
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] in ("tracker", "adapters") and len(parts) > 1 else parts[0]


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, name: str | None = None) -> set[str]:
    """Every module imported anywhere in the file, relative imports resolved."""
    name = name or module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            # `from tracker import usecases` names a package in the alias
            found.update(f"{target}.{alias.name}" for alias in node.names
                         if target in ("tracker", "adapters"))
    return found


def _sources() -> list[Path]:
    return sorted(p for d in ("tracker", "adapters") for p in (ROOT / d).rglob("*.py"))


def test_every_unit_is_in_the_table() -> None:
    units = {unit_of(module_name(p)) for p in _sources()} - {"tracker", "adapters"}
    assert units - set(ALLOWED) == set()


def test_imports_follow_the_table() -> None:
    offenders = []
    for path in _sources():
        unit = unit_of(module_name(path))
        for target in imports_of(path):
            other = unit_of(target)
            if other.split(".")[0] not in ("tracker", "adapters") or other in ("tracker", "adapters"):
                continue
            if other != unit and other not in ALLOWED.get(unit, set()):
                offenders.append(f"{module_name(path)} imports {target}")
    assert offenders == []


def test_tracker_never_imports_adapters_or_chat_libraries() -> None:
    offenders = [
        f"{module_name(p)} imports {t}" for p in _sources() if module_name(p).startswith("tracker")
        for t in imports_of(p) if t.split(".")[0] in CHAT_LIBRARIES | {"adapters"}
    ]
    assert offenders == []


def test_the_checker_sees_relative_and_function_level_imports(tmp_path: Path) -> None:
    """The table is only as good as the import scan: it must resolve these forms."""
    source = tmp_path / "probe.py"
    source.write_text("def f():\n    from ..usecases import curate\n    import tracker.chat.service\n",
                      encoding="utf-8")
    found = imports_of(source, "tracker.storage.probe")
    assert found >= {"tracker.usecases", "tracker.chat.service"}
    assert {unit_of(t) for t in found} >= {"tracker.usecases", "tracker.chat"}
