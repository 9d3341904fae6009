"""A fake of the three YouTube endpoints youtube-transcript-api calls, on the feed server.

``/watch?v=ID`` (a page with the Innertube API key), ``/youtubei/v1/player`` (POST: the
video's caption tracks) and ``/api/timedtext`` (one track's XML). The caption library
reaches it through ``YouTubeCaptions(base_url=server.base)``; nothing is patched.

A video with ``audio`` has it on its page as an HTML5 ``<video>`` source, or with
``seconds`` as a schema.org VideoObject that gives its duration; served at ``/media/ID.m4a``:
yt-dlp, routed here by ``YtDlpAudio(base_url=server.base)``, reads that page with its
generic extractor. Real YouTube pages are read by yt-dlp's YouTube extractor instead,
which no local fake can stand in for (README, "Not built yet").
"""

from __future__ import annotations

import json
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
    audio: bytes | None = None  # what the page's audio stream serves
    seconds: float | None = None  # the duration the page states, if any


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
        video = self.videos.get(vid)
        player = ""
        if video is not None and video.audio is not None:
            player = self._player_html(vid, video)
        page = f'<html><script>var ytcfg = {{"INNERTUBE_API_KEY": "fake-key-123"}};</script>' \
               f'<body>video {escape(vid)}{player}</body></html>'
        return web.Response(text=page, content_type="text/html")

    def _player_html(self, vid: str, video: FakeVideo) -> str:
        path = f"/media/{vid}.m4a"
        if path not in self.server.routes:  # a test may have set it already
            self.server.set(path, body=video.audio or b"", content_type="audio/mp4")
        tag = f'<video controls><source src="{path}" type="audio/mp4"></video>'
        if video.seconds is None:
            return tag
        whole = int(video.seconds)
        meta = {"@context": "https://schema.org", "@type": "VideoObject", "name": vid,
                "uploadDate": "2026-11-30", "thumbnailUrl": self.server.url(f"/vi/{vid}.jpg"),
                "duration": f"PT{whole // 60}M{whole % 60}S", "contentUrl": self.server.url(path)}
        return f'<script type="application/ld+json">{json.dumps(meta)}</script>'


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

