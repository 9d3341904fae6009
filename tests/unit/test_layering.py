"""The core never imports chat libraries or adapters (dependency direction)."""

from __future__ import annotations

import ast
from pathlib import Path

FORBIDDEN = ("telegram", "discord", "adapters")
CORE = Path(__file__).resolve().parents[2] / "tracker"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_tracker_package_never_imports_adapters_or_chat_libraries() -> None:
    offenders = {
        str(p.relative_to(CORE.parent)): sorted(_imports(p) & set(FORBIDDEN))
        for p in CORE.rglob("*.py")
        if _imports(p) & set(FORBIDDEN)
    }
    assert offenders == {}
