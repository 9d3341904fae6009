"""The composition root and the ``tracker`` console script.

Picks the concrete chat platforms from the settings and hands a factory for
them to the core's CLI, which never imports adapters itself.
"""

from __future__ import annotations

import sys


def main() -> None:
    from tracker.cli import main as cli_main

    sys.exit(cli_main(platform_factory=None))


if __name__ == "__main__":
    main()
