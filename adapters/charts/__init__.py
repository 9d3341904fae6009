"""Charts that more than one adapter shows: drawn as SVG (``svg``), the weekly statements
chart built from the console's statistics (``weekly``), and a PNG of any of them (``png``).

The web console embeds the SVG; the Telegram bot sends the same chart as a PNG.
"""
