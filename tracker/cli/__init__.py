"""The ``tracker`` command.

Commands only translate arguments, call a use case and print one line or JSON.
Errors print one line on stderr: exit status 2 for usage and configuration errors,
1 for the others; ``--debug`` adds the traceback. The chat platforms come from the
composition root (``adapters.main``) through the :class:`~tracker.runtime.bootstrap.App`
each command receives; the core never imports adapters.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from tracker.errors import TrackerError
from tracker.runtime.bootstrap import App, PlatformFactory, Redactor, ServiceFactory

__all__ = ["UserError", "main"]

logger = logging.getLogger(__name__)


class UserError(TrackerError):
    """A problem the user can fix; printed as one line, exit status 1."""


def main(argv: Sequence[str] | None = None, platforms: PlatformFactory | None = None,
         services: ServiceFactory | None = None, *, whole_process: bool = False) -> int:
    """Run the CLI with ``argv`` (default: sys.argv[1:]); returns the exit status.

    With ``whole_process`` (the console script) stdout and stderr stay scrubbed after
    the command returns: what the interpreter prints on its way out (an unretrieved
    task's exception, a thread's) is scrubbed too.
    """
    from tracker.cli.output import scrubbed

    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list or "--debug-sql" in args_list
    redactor = Redactor()
    with scrubbed(redactor, restore=not whole_process):
        try:
            return _run(args_list, platforms, redactor, services)
        except TrackerError as exc:
            return _fail(redactor.scrub_exception(exc), exc.exit_code, debug)
        except KeyboardInterrupt:
            print("interrupted", file=sys.stderr)
            return 130
        except (ValueError, LookupError, OSError) as exc:  # a use case's one-line refusal
            return _fail(redactor.scrub_exception(exc), 1, debug)
        except Exception as exc:  # a bug: still one line, the traceback with --debug
            return _fail(redactor.scrub_exception(exc), 1, debug,
                         prefix=f"unexpected {type(exc).__name__}: ",
                         hint="" if debug else " (--debug shows the traceback)")
        finally:
            _drop_log_handlers()


def _run(argv: list[str], platforms: PlatformFactory | None, redactor: Redactor,
         services: ServiceFactory | None = None) -> int:
    from tracker.cli import output, parser

    cli = parser.build()
    if not argv:
        cli.print_help()
        return 0
    try:
        args = cli.parse_args(argv)
    except SystemExit as exc:  # --help: printed, and argparse exits 0
        return exc.code if isinstance(exc.code, int) else 0
    if not hasattr(args, "run"):
        cli.error("choose a command (see --help)")
    debug = args.debug or args.debug_sql
    output.configure_logging(logging.DEBUG if debug else logging.WARNING,
                             debug_sql=args.debug_sql, fmt=args.log_format or "text",
                             redactor=redactor)
    app = App(config=Path(args.config) if args.config else None, debug=debug,
              platforms=platforms, services=services, redactor=redactor)
    code = args.run(app, args)
    return int(code or 0)


def _fail(exc: BaseException, code: int, debug: bool, prefix: str = "", hint: str = "") -> int:
    if debug:
        import traceback

        traceback.print_exception(exc)
    lines = str(exc).strip().splitlines()
    message = lines[0] if lines else type(exc).__name__
    print(f"error: {prefix}{message}{hint}", file=sys.stderr)
    return code


def _drop_log_handlers() -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_tracker", False):
            root.removeHandler(handler)
