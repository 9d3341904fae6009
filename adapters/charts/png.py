"""A chart's SVG as a PNG, for chats that show images but not SVG.

resvg (through the resvg-py wheel: Rust, no system library) draws the very SVG the web
console shows, so the two cannot drift apart. Labels use the system's fonts; on a machine
with none, the bars and axes are still drawn and the labels are left out.
"""

from __future__ import annotations

import resvg_py

ZOOM = 2.0  # the SVG's 640-pixel width becomes 1280: sharp on phones, Telegram's largest size
BACKGROUND = "#ffffff"  # chats show transparency as black or grey; the chart assumes white


def svg_to_png(svg: str, zoom: float = ZOOM) -> bytes:
    """Rasterise an SVG document on a white background; raises ValueError if it is invalid."""
    return bytes(resvg_py.svg_to_bytes(svg_string=svg, zoom=zoom, background=BACKGROUND))
