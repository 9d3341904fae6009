"""Charts as SVG, drawn on the server (pure): stacked columns, horizontal bars, a
diverging bar per rebuttal, and a line over days. No JavaScript is needed to see them.

Every label is escaped; sizes are in a viewBox, so a chart scales to a phone's width.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

PALETTE = ("#2563eb", "#f59e0b", "#94a3b8", "#d1d5db", "#16a34a", "#dc2626")
W, H = 640, 260
LEFT, BOTTOM, TOP = 44, 34, 14


def _frame(body: str, title: str, height: int = H) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {height}" role="img" '
            f'aria-label="{escape(title)}" class="chart" font-family="system-ui, sans-serif" '
            f'font-size="12"><title>{escape(title)}</title>{body}</svg>')


def _nice(top: int) -> int:
    """A round axis maximum at or above ``top``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 25000,
                 50000, 100000):
        if top <= step * 5:
            return step * 5
    return top


def _axis(peak: int, plot_h: int) -> tuple[str, int]:
    top = _nice(max(peak, 1))
    lines = []
    for i in range(6):
        value = top * i // 5
        y = TOP + plot_h - plot_h * i / 5
        lines.append(f'<line x1="{LEFT}" x2="{W - 8}" y1="{y:.1f}" y2="{y:.1f}" '
                     f'stroke="#e5e7eb"/><text x="{LEFT - 6}" y="{y + 4:.1f}" '
                     f'text-anchor="end" fill="#6b7280">{value}</text>')
    return "".join(lines), top


def _legend(names: Sequence[str], y: int) -> str:
    parts, x = [], LEFT
    for i, name in enumerate(names):
        parts.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" '
                     f'fill="{PALETTE[i % len(PALETTE)]}"/><text x="{x + 14}" y="{y}">'
                     f'{escape(name)}</text>')
        x += 24 + 7 * len(name)
    return "".join(parts)


def stacked_columns(title: str, columns: Sequence[tuple[str, Mapping[str, int]]],
                    series: Sequence[tuple[str, str]]) -> str:
    """Columns (label, {series key: value}) stacked in ``series`` order ((key, name) pairs)."""
    plot_h = H - TOP - BOTTOM - 18
    peak = max((sum(v.values()) for _, v in columns), default=0)
    axis, top = _axis(peak, plot_h)
    parts = [axis]
    slot = (W - LEFT - 8) / max(len(columns), 1)
    bar = min(slot * 0.7, 56.0)
    for n, (label, values) in enumerate(columns):
        x, y = LEFT + n * slot + (slot - bar) / 2, float(TOP + plot_h)
        for i, (key, name) in enumerate(series):
            value = values.get(key, 0)
            if value:
                h = plot_h * value / top
                y -= h
                parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" '
                             f'height="{h:.1f}" fill="{PALETTE[i % len(PALETTE)]}">'
                             f'<title>{escape(label)} · {escape(name)}: {value}</title></rect>')
        if len(columns) <= 16 or n % 2 == 0:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{TOP + plot_h + 14}" '
                         f'text-anchor="middle" fill="#374151" font-size="10">'
                         f'{escape(label[5:])}</text>')
    parts.append(_legend([name for _, name in series], H - 6))
    return _frame("".join(parts), title)


def bars(title: str, rows: Sequence[tuple[str, int]]) -> str:
    """One horizontal bar per (label, value), each in its own colour."""
    height = TOP + 30 * len(rows) + 10
    peak = max((v for _, v in rows), default=0) or 1
    label_w = 150
    parts = []
    for i, (label, value) in enumerate(rows):
        y = TOP + 30 * i
        w = (W - label_w - 70) * value / peak
        parts.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{escape(label)}</text>'
                     f'<rect x="{label_w}" y="{y + 2}" width="{w:.1f}" height="18" rx="3" '
                     f'fill="{PALETTE[i % len(PALETTE)]}"/><text x="{label_w + w + 6:.1f}" '
                     f'y="{y + 15}" fill="#374151">{value}</text>')
    return _frame("".join(parts), title, height)


def diverging(title: str, rows: Sequence[tuple[str, int, int]], up: str, down: str) -> str:
    """Per (label, up, down): 👍 to the right in green, 👎 to the left in red."""
    height = TOP + 24 * len(rows) + 30
    mid, half = W * 0.62, W * 0.3
    peak = max((max(u, d) for _, u, d in rows), default=0) or 1
    parts = [f'<line x1="{mid}" x2="{mid}" y1="{TOP}" y2="{height - 24}" stroke="#9ca3af"/>']
    for i, (label, u, d) in enumerate(rows):
        y = TOP + 24 * i
        wu, wd = half * u / peak, half * 0.9 * d / peak
        parts.append(
            f'<text x="{mid - wd - 6:.1f}" y="{y + 13}" text-anchor="end">{escape(label[:40])}'
            f'</text><rect x="{mid - wd:.1f}" y="{y + 2}" width="{wd:.1f}" height="15" '
            f'fill="#dc2626"><title>{escape(down)} {d}</title></rect><rect x="{mid}" '
            f'y="{y + 2}" width="{wu:.1f}" height="15" fill="#16a34a"><title>{escape(up)} {u}'
            f'</title></rect><text x="{mid + wu + 4:.1f}" y="{y + 13}" fill="#374151">'
            f'{u} / {d}</text>')
    parts.append(f'<text x="{mid - 8}" y="{height - 8}" text-anchor="end" fill="#dc2626">'
                 f'{escape(down)}</text><text x="{mid + 8}" y="{height - 8}" fill="#16a34a">'
                 f'{escape(up)}</text>')
    return _frame("".join(parts), title, height)


def lines(title: str, points: Sequence[tuple[str, int, int]], first: str, second: str) -> str:
    """Two series over days: (day, first value, second value), the first filled."""
    plot_h = H - TOP - BOTTOM - 18
    peak = max((max(a, b) for _, a, b in points), default=0)
    axis, top = _axis(peak, plot_h)
    step = (W - LEFT - 16) / max(len(points) - 1, 1)

    def path(index: int) -> str:
        values = [int(p[index]) for p in points]
        return " ".join(f"{LEFT + 4 + i * step:.1f},{TOP + plot_h - plot_h * v / top:.1f}"
                        for i, v in enumerate(values))

    parts = [axis]
    if points:
        base = TOP + plot_h
        parts.append(f'<polygon points="{LEFT + 4},{base} {path(1)} '
                     f'{LEFT + 4 + (len(points) - 1) * step:.1f},{base}" fill="#fecaca"/>')
        parts.append(f'<polyline points="{path(1)}" fill="none" stroke="#dc2626" '
                     f'stroke-width="2"/><polyline points="{path(2)}" fill="none" '
                     f'stroke="#2563eb" stroke-width="1.5" stroke-dasharray="4 3"/>')
        for i in (0, len(points) - 1):
            parts.append(f'<text x="{LEFT + 4 + i * step:.1f}" y="{TOP + plot_h + 14}" '
                         f'text-anchor="{"start" if i == 0 else "end"}" fill="#374151" '
                         f'font-size="10">{escape(points[i][0])}</text>')
    parts.append(f'<rect x="{LEFT}" y="{H - 15}" width="10" height="10" fill="#dc2626"/>'
                 f'<text x="{LEFT + 14}" y="{H - 6}">{escape(first)}</text>'
                 f'<rect x="{LEFT + 160}" y="{H - 15}" width="10" height="10" fill="#2563eb"/>'
                 f'<text x="{LEFT + 174}" y="{H - 6}">{escape(second)}</text>')
    return _frame("".join(parts), title)
