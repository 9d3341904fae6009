"""A fake of the three YouTube endpoints youtube-transcript-api calls, on the feed server.

``/watch?v=ID`` (a page with the Innertube API key), ``/youtubei/v1/player`` (POST: the
video's caption tracks) and ``/api/timedtext`` (one track's XML). The caption library
reaches it through ``YouTubeCaptions(base_url=server.base)``; nothing is patched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from aiohttp import web

from tests.fakes.feed_server import FeedServer, Route

Snippets = list[tuple[float, float, str]]  # (start, duration, text)


@dataclass
class FakeVideo:
    """A video's caption tracks by language code; ``disabled``: captions turned off."""

    manual: dict[str, Snippets] = field(default_factory=dict)
    generated: dict[str, Snippets] = field(default_factory=dict)
    disabled: bool = False


class FakeYouTube:
    """Serves the videos registered in ``videos``; counts the caption fetches."""

    def __init__(self, server: FeedServer) -> None:
        self.server = server
        self.videos: dict[str, FakeVideo] = {}
        self.timedtext: list[tuple[str, str, str]] = []  # (video, lang, kind) fetched
        server.set("/watch", Route(respond=self._watch))
        server.set("/youtubei/v1/player", Route(respond=self._player))
        server.set("/api/timedtext", Route(respond=self._timedtext))

    async def _watch(self, request: web.Request) -> web.StreamResponse:
        vid = request.query.get("v", "")
        page = f'<html><script>var ytcfg = {{"INNERTUBE_API_KEY": "fake-key-123"}};</script>' \
               f'<body>video {escape(vid)}</body></html>'
        return web.Response(text=page, content_type="text/html")

    async def _player(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        video = self.videos.get(str(body.get("videoId")))
        if video is None:
            status = {"status": "ERROR", "reason": "This video is unavailable"}
            return web.json_response({"playabilityStatus": status})
        data: dict[str, object] = {"playabilityStatus": {"status": "OK"}}
        if not video.disabled:
            tracks = [self._track(body["videoId"], code, False) for code in video.manual]
            tracks += [self._track(body["videoId"], code, True) for code in video.generated]
            data["captions"] = {"playerCaptionsTracklistRenderer": {
                "captionTracks": tracks, "translationLanguages": []}}
        return web.json_response(data)

    def _track(self, vid: str, code: str, generated: bool) -> dict[str, object]:
        kind = "asr" if generated else "manual"
        track: dict[str, object] = {
            "baseUrl": f"https://www.youtube.com/api/timedtext?v={vid}&lang={code}&kind={kind}",
            "name": {"runs": [{"text": code}]}, "languageCode": code, "isTranslatable": False}
        if generated:
            track["kind"] = "asr"
        return track

    async def _timedtext(self, request: web.Request) -> web.StreamResponse:
        vid, code, kind = (request.query.get(k, "") for k in ("v", "lang", "kind"))
        self.timedtext.append((vid, code, kind))
        video = self.videos[vid]
        snippets = (video.generated if kind == "asr" else video.manual)[code]
        xml = "".join(f'<text start="{s}" dur="{d}">{escape(escape(t))}</text>'
                      for s, d, t in snippets)
        return web.Response(text=f'<?xml version="1.0" encoding="utf-8" ?><transcript>{xml}'
                                 "</transcript>", content_type="text/xml")

