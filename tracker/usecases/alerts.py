"""Failure alerts: one message when something starts failing, one when it recovers.

States are computed from the database (feeds failing 5+ polls in a row,
destinations deactivated because the platform rejected the bot, deliveries that
failed in the last hour, cycle stages that crashed on their last run) and compared with the ``alerts`` table, so an alert is
sent once per state change, never once per retry. Alerts go to every active
review destination, in its language, and are always logged.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime, timedelta

from tracker.model import Destination, utcnow
from tracker.ports import Notifier
from tracker.storage import alerts_repo, deliveries_repo, destinations_repo
from tracker.storage.db import Database
from tracker.usecases.destinations import QUIET_REASONS

logger = logging.getLogger(__name__)

FAILING, OK = "failing", "ok"

_TEXT = {
    ("feed", FAILING): ("⚠️ Feed failing: {detail}", "⚠️ 信息源抓取失败：{detail}"),
    ("feed", OK): ("✅ Feed recovered: {detail}", "✅ 信息源已恢复：{detail}"),
    ("destination", FAILING): ("⚠️ Chat rejected the bot, posting stopped: {detail}",
                               "⚠️ 聊天拒绝了机器人，已停止发布：{detail}"),
    ("destination", OK): ("✅ Chat active again: {detail}", "✅ 聊天已恢复：{detail}"),
    ("deliveries", FAILING): ("⚠️ Deliveries failing: {detail}", "⚠️ 消息发送失败：{detail}"),
    ("deliveries", OK): ("✅ Deliveries recovered.", "✅ 消息发送已恢复。"),
    ("stage", FAILING): ("⚠️ Processing stage failing: {detail}", "⚠️ 处理环节出错：{detail}"),
    ("stage", OK): ("✅ Processing stage recovered: {detail}", "✅ 处理环节已恢复：{detail}"),
}


def alert_text(key: str, state: str, detail: str, language: str) -> str:
    """The alert message for ``key`` ("feed:3", "destination:5", "deliveries") in a language."""
    en, zh = _TEXT[(key.split(":", 1)[0], state)]
    return (zh if language == "zh" else en).format(detail=detail[:300])


async def current_failures(db: Database, now: datetime) -> dict[str, str]:
    """Every key failing right now, with a one-line detail."""
    async with db.session() as session:
        feeds = await alerts_repo.failing_feeds(session)
        gone = await destinations_repo.deactivated(session)
        failed = await deliveries_repo.failed_since(session, now - timedelta(hours=1))
        stages = await alerts_repo.failing_alerts(session, "stage:")
    out = {f"feed:{i}": f"{name} ({error})" for i, name, error in feeds}
    out.update({f"destination:{d.id}": f"{d.platform} {d.chat_id}: {reason}"
                for d, reason in gone if reason not in QUIET_REASONS})
    if failed:
        out["deliveries"] = f"{failed} failed in the last hour (tracker deliveries list --failed)"
    out.update(stages)
    return out


async def record_stage(db: Database, stage: str, error: str | None, *,
                       now: datetime | None = None) -> None:
    """Remember whether a cycle stage crashed on its last run; the next check alerts
    once when it starts failing and once when it runs cleanly again."""
    key = f"stage:{stage}"
    async with db.session() as session:
        old_state, notified = (await alerts_repo.alert_rows(session)).get(key, (OK, OK))
        state = FAILING if error else OK
        if state == old_state == OK:
            return
        detail = f"{stage}: {error}" if error else stage
        await alerts_repo.set_alert(session, key, state, detail, now or utcnow(), notified)
        await session.commit()


async def check_and_alert(db: Database, notifiers: Mapping[str, Notifier], *,
                          now: datetime | None = None) -> int:
    """Send one alert per state change to the review destinations; returns alerts sent."""
    now = now or utcnow()
    failing = await current_failures(db, now)
    async with db.session() as session:
        known = await alerts_repo.alert_rows(session)
        reviewers = await destinations_repo.list_all(session, role="review")
    sent = 0
    for key in sorted(set(failing) | set(known)):
        state = FAILING if key in failing else OK
        old_state, notified = known.get(key, (OK, OK))
        if state == (notified or OK):
            if state != old_state:
                await _store(db, key, state, failing.get(key, ""), now, notified)
            continue
        detail = failing.get(key) or _detail_of(key)
        delivered = await _broadcast(notifiers, reviewers, key, state, detail)
        sent += delivered
        # Not delivered anywhere (and there are reviewers): leave unnotified to retry next check.
        notified_now = state if delivered or not reviewers else notified
        await _store(db, key, state, detail, now, notified_now)
    return sent


def _detail_of(key: str) -> str:
    return key.replace(":", " ")


async def _store(db: Database, key: str, state: str, detail: str, now: datetime,
                 notified: str | None) -> None:
    async with db.transaction() as session:
        await alerts_repo.set_alert(session, key, state, detail, now, notified)


async def _broadcast(notifiers: Mapping[str, Notifier], reviewers: list[Destination], key: str,
                     state: str, detail: str) -> int:
    """Send one alert to every review destination; failures are logged, never raised."""
    log = logger.warning if state == FAILING else logger.info
    log("alert %s %s: %s", key, state, detail)
    delivered = 0
    for dest in reviewers:
        notifier = notifiers.get(dest.platform)
        if notifier is None:
            continue
        try:
            await notifier.send_alert(dest, alert_text(key, state, detail, dest.language))
            delivered += 1
        except Exception as exc:  # an alert failing must not break the caller's cycle
            logger.error("alert %s to %s:%s failed: %s", key, dest.platform, dest.chat_id, exc)
    return delivered
