"""`tracker web login-link USER`: a one-time link into the web console, for an admin."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from tracker.cli.output import echo
from tracker.cli.parser import command, group
from tracker.runtime.bootstrap import App


def login_link(app: App, args: argparse.Namespace) -> int:
    """Print a one-time login link for USER (a numeric Telegram id, telegram:ID or discord:ID)."""
    from tracker.usecases import web_auth

    platform, user_id = web_auth.parse_user(args.user)

    async def issue() -> str:
        async with app.database() as db:
            return await web_auth.issue_login_link(db, app.settings, platform, user_id)

    echo(asyncio.run(issue()))
    return 0


def register(commands: Any) -> None:
    """Add `web login-link`."""
    web = group(commands, "web", "the web console for editors")
    parser = command(web, "login-link", login_link, "print a one-time login link for an admin")
    parser.add_argument("user", metavar="USER",
                        help="a configured admin: a Telegram user id, telegram:ID or discord:ID")
