"""What the bots say: the help in English and Chinese built from the watches, replies, errors.

Nothing here names a speaker or a topic: both come from the configured watches,
so a deployment watching someone else says so. Plain text: each bot escapes it
for its own markup. The help, the command menu and the (un)subscribe replies come
in English and Chinese; admin replies are in English.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tracker.chat.commands import EDITABLE, FEED_KINDS, LATEST_DEFAULT, LATEST_MAX, ONE_LINE
from tracker.chat.text import clean, shorten
from tracker.errors import TrackerError
from tracker.feeds.health import describe_health
from tracker.model import Feed, Rebuttal, Watch
from tracker.usecases.rebuttal_changes import RebuttalNotFound

# (usage, what it does) for the commands everyone may use, in each language.
PUBLIC_COMMANDS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("/subscribe", "this chat gets new posts"),
           ("/unsubscribe", "stop them"),
           ("/latest [n]", f"the last n posted statements (default {LATEST_DEFAULT}, "
                           f"at most {LATEST_MAX})"),
           ("/search TEXT", "rebuttals that answer TEXT"),
           ("/rebuttal ID", "one rebuttal with its sources")),
    "zh": (("/subscribe", "本聊天接收新帖子"),
           ("/unsubscribe", "取消接收"),
           ("/latest [n]", "最近发布的 n 条言论"),
           ("/search 文本", "搜索相关反驳"),
           ("/rebuttal ID", "查看一条反驳及其来源")),
}
# The command menu a client shows beside the text field: the public commands, each
# described on its own (the help's lines lean on the line before them).
MENU: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("start", "what I post, and how to use me"), ("help", "the list of commands"),
           ("subscribe", "get new posts in this chat"),
           ("unsubscribe", "stop new posts in this chat"),
           ("latest", "the last posted statements"),
           ("search", "find the rebuttals that answer a claim"),
           ("rebuttal", "one rebuttal with its sources")),
    "zh": (("start", "我发布什么，以及怎么用"), ("help", "命令列表"),
           ("subscribe", "在本聊天接收新帖子"), ("unsubscribe", "停止在本聊天接收新帖子"),
           ("latest", "最近发布的言论"), ("search", "查找回应某个说法的反驳"),
           ("rebuttal", "查看一条反驳及其来源")),
}
# The admins' text commands (tracker.chat.commands parses them); a bot with other
# admin commands (Discord's slash commands) passes its own list to help_text.
ADMIN_COMMANDS: tuple[tuple[str, str], ...] = (
    ("/addrebuttal", "add a rebuttal step by step, or in one line:"),
    (ONE_LINE, ""),
    ("/editrebuttal ID FIELD VALUE", "FIELD: " + ", ".join(EDITABLE)),
    ("/retire ID", "stop matching a rebuttal"),
    ("/attach STATEMENT_ID REBUTTAL_ID",
     "this rebuttal answers that statement (posts it if in review)"),
    ("/feeds", "feeds and their health"),
    (f"/addfeed URL [{'|'.join(FEED_KINDS)}]", ""),
    ("/removefeed ID_OR_URL", "stop polling a feed (its items and statements are kept)"),
    ("/addchannel @name", "post to a channel where the bot is an admin"),
    ("/stats", "statements, deliveries, failing feeds and readers' votes"),
    ("/login", "a one-time link into the web console (in a private chat)"),
)

NOT_ADMIN = "Sorry, only the bot's admins can use this command."
NOT_ADMIN_REVIEW = "Only the bot's admins can review."
BUTTON_EXPIRED = "This button is no longer valid."
UNKNOWN_COMMAND = "I don't know that command. Send /help for the list."
COMMANDS_ONLY = ("I understand commands only. Send /help for the list, "
                 "or /search TEXT to find rebuttals.")
UNEXPECTED = "Sorry, something went wrong. The admins can see the details in the log."
NO_REBUTTAL = "No rebuttal with that id. Try /search."
SUBSCRIBED = "Subscribed: new posts will arrive here."
ALREADY_SUBSCRIBED = "This chat is already subscribed."
UNSUBSCRIBED = "Unsubscribed."
NOT_SUBSCRIBED = "This chat was not subscribed."
REVIEW_CHAT_NO_POSTS = ("This is the admins' review chat: it gets statements to review and "
                        "alerts, not posts.")
_SUBSCRIPTION: dict[str, dict[str, str]] = {
    "en": {"subscribed": SUBSCRIBED, "already": ALREADY_SUBSCRIBED,
           "unsubscribed": UNSUBSCRIBED, "not_subscribed": NOT_SUBSCRIBED},
    "zh": {"subscribed": "已订阅：新帖子会发到这里。", "already": "本聊天已经订阅。",
           "unsubscribed": "已取消订阅。", "not_subscribed": "本聊天尚未订阅。"},
}
NOTHING_POSTED = "Nothing has been posted yet."
NO_MATCH = "No rebuttal matches that."
NO_FEEDS = f"No feeds yet. Add one with /addfeed URL [{'|'.join(FEED_KINDS)}]."
NO_VOTES = "No votes yet."
VOTES_TITLE = "Votes (statement · rebuttal: 👍 / 👎)"
STATS_TITLES = (("Statements", "statements"), ("Deliveries", "deliveries"), ("Feeds", "feeds"))
# The words of a review message around the statement (both bots).
REVIEW_WORDS: dict[str, dict[str, str]] = {
    "en": {"review": "Held for review", "statement": "statement", "reason": "Why",
           "candidates": "Top candidates", "attach": "To answer it with a rebuttal"},
    "zh": {"review": "待审核", "statement": "言论", "reason": "原因", "candidates": "候选反驳",
           "attach": "用某条反驳回应它"},
}
# /login: a one-time link into the web console (both bots; the link is private to the asker).
_LOGIN: dict[str, dict[str, str]] = {
    "en": {"link": "Your login link to the web console (valid {minutes} minutes, once; "
                   "only you can see it):\n{link}",
           "refused": "Only the web console's editors get a login link: ask the operator "
                      "to add {who} to web.admins.",
           "off": "The web console is off (web.enabled = false)."},
    "zh": {"link": "你的网页控制台登录链接（{minutes} 分钟内有效，仅限一次；只有你能看到）：\n{link}",
           "refused": "只有网页控制台的编辑才能获得登录链接：请管理员把 {who} 加入 web.admins。",
           "off": "网页控制台未启用（web.enabled = false）。"},
}
REVIEW_BUTTONS: dict[str, dict[str, str]] = {
    "en": {"post_plain": "Post without counterpoint", "new_rebuttal": "Write a new rebuttal",
           "ignore": "Ignore"},
    "zh": {"post_plain": "发布（无反驳）", "new_rebuttal": "撰写新反驳", "ignore": "忽略"},
}


def subscribed(created: bool, language: str = "en") -> str:
    """The reply to /subscribe in the user's language: subscribed now, or already."""
    words = _SUBSCRIPTION.get(language, _SUBSCRIPTION["en"])
    return words["subscribed"] if created else words["already"]


def unsubscribed(removed: bool, language: str = "en") -> str:
    """The reply to /unsubscribe in the user's language."""
    words = _SUBSCRIPTION.get(language, _SUBSCRIPTION["en"])
    return words["unsubscribed"] if removed else words["not_subscribed"]


def login(key: str, language: str = "en", **values: object) -> str:
    """A /login reply in ``language``: ``link`` (link, minutes), ``refused`` (who) or ``off``."""
    return _LOGIN.get(language, _LOGIN["en"])[key].format(**values)


def review_words(language: str = "en") -> dict[str, str]:
    """The words of a review message in ``language`` (English for anything else)."""
    return dict(REVIEW_WORDS.get(language, REVIEW_WORDS["en"]))


def menu(language: str = "en") -> list[tuple[str, str]]:
    """The public commands as (command, description) for a client's command menu."""
    return list(MENU.get(language, MENU["en"]))


def _is_chinese(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def _in_language(names: Sequence[str], language: str, default: str) -> str:
    """The first name written in ``language`` (Chinese or not), else ``default``."""
    return next((n for n in names if _is_chinese(n) == (language == "zh")), default)


def speaker_name(watch: Watch, language: str) -> str:
    """How the help names the watch's speaker in ``language``."""
    if language != "zh" or _is_chinese(watch.speaker):
        return watch.speaker
    return _in_language(watch.speaker_aliases, "zh", watch.speaker)


def topic_name(watch: Watch, language: str) -> str:
    """How the help names the watch's topic in ``language``: its first term in that language."""
    fallback = watch.topic_terms[0] if watch.topic_terms else watch.name
    return _in_language(watch.topic_terms, language, fallback)


def about(watches: Sequence[Watch], language: str = "en") -> str:
    """One sentence on what the bot posts, naming each watch's speaker and topic."""
    if language == "zh":
        said = "、".join(f"{speaker_name(w, 'zh')}关于{topic_name(w, 'zh')}的言论" for w in watches)
        return f"我会发布{said or '言论'}，并附上反驳要点。"
    clauses = [f"what {speaker_name(w, 'en')} says about {topic_name(w, 'en')}" for w in watches]
    said = ", ".join(clauses[:-1]) + " and " + clauses[-1] if len(clauses) > 1 else \
        "".join(clauses) or "statements"
    return f"I post {said}, with the counterpoints that answer it."


def _lines(commands: Sequence[tuple[str, str]]) -> str:
    return "\n".join(f"{usage} – {what}" if what else usage for usage, what in commands)


def help_text(watches: Sequence[Watch], language: str = "en",
              admin_commands: Sequence[tuple[str, str]] = ADMIN_COMMANDS) -> str:
    """The /help text in ``language`` (en, zh): what the bot posts, then its commands."""
    if language == "zh":
        return (f"{about(watches, 'zh')}\n\n{_lines(PUBLIC_COMMANDS['zh'])}\n"
                "管理员命令见 /help（英文）。")
    return (f"{about(watches)}\n\nEveryone:\n{_lines(PUBLIC_COMMANDS['en'])}\n\n"
            f"Admins:\n{_lines(admin_commands)}")


def user_message(error: BaseException) -> str | None:
    """The short reply for an error meant for the user, or None for a bug (log it)."""
    if isinstance(error, RebuttalNotFound):
        return NO_REBUTTAL
    if isinstance(error, TrackerError):
        return str(error)[:500] or "That did not work."
    return None


def added_rebuttal(rebuttal_id: str) -> str:
    """The reply to a stored new rebuttal (tests and admins read the id from it)."""
    return f"Added rebuttal {rebuttal_id}."


def updated_rebuttal(rebuttal: Rebuttal, field: str) -> str:
    """The reply to an edited rebuttal."""
    return f"Updated {rebuttal.id} ({field}); version {rebuttal.version}."


def retired_rebuttal(rebuttal: Rebuttal) -> str:
    """The reply to a retired rebuttal."""
    return f"Retired {rebuttal.id}: it will no longer be matched."


def removed_feed(feed: Feed) -> str:
    """The reply to a removed feed: it is not polled any more, nothing it brought is lost."""
    return (f"Removed feed {feed.id} ({shorten(clean(feed.name or feed.url), 60)}). It is not "
            "polled any more; its items and statements are kept. /addfeed brings it back.")


def added_feed(feed: Feed) -> str:
    """The reply to an added feed: what it holds now is never posted."""
    return f"Added feed {feed.id} ({feed.kind}). Its current items are stored, not posted."


def vote_thanks(up: int, down: int) -> str:
    """The answer to a vote, with the counterpoint's totals."""
    return f"Thanks! 👍 {up} · 👎 {down}"


def feed_line(feed: Feed) -> str:
    """One feed of /feeds with its health, as `tracker feeds list` shows it."""
    state = describe_health(feed, error_chars=80)
    return f"{feed.id}. {feed.kind} {shorten(clean(feed.name or feed.url), 60)} — {clean(state)}"


def stats_sections(counts: Mapping[str, Mapping[str, int]]) -> list[tuple[str, str]]:
    """/stats as (title, "state n, ...") pairs: statements, deliveries, feeds."""
    return [(title, ", ".join(f"{k} {v}" for k, v in sorted(counts[key].items())) or "none")
            for title, key in STATS_TITLES]


def vote_line(statement_id: int, rebuttal_id: str, up: int, down: int) -> str:
    """One voted (statement, counterpoint) pair of /stats."""
    return f"#{statement_id} · {rebuttal_id}: {up} / {down}"
