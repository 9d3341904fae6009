from common import *

def tlink(t):
    return f'<a href="https://rocketgarage.example.fm/ep/88#t={t//60}m{t%60:02d}s" class="notion-link-token">{t//60}:{t%60:02d}</a>'

def build():
    R = 'Rosa Delgado'
    seq = [
        (R, 'Rosa Delgado', 5, "Welcome to Rocket Garage. Today, something unusual: two Musks and an Adler. Elon, Kimbal, and Elon Adler, who runs propulsion test at a startup none of you have heard of."),
        ('KM', 'Kimbal Musk', 22, "Thanks, Rosa. I'm mostly here to keep my brother honest."),
        ('EM', 'Elon Musk', 27, "Good luck with that."),
        ('EA', 'Elon Adler', 30, "And I'm here because there's a rule that every space podcast needs at least one Elon, and the other one might cancel."),
        (R, 'Rosa', 41, "So, Elon Musk, let's start with you. What's the most underrated problem in propulsion?"),
        ('EM', 'EM', 50, "Engine reliability at high flight rates. Everyone obsesses about peak performance, but for an airline-like system, you need an engine that can fire a thousand times without a teardown."),
        ('EA', 'Elon Adler', 1234, "I'd actually disagree a bit. For small launchers, it's turbopump cost, not reliability."),
        ('EM', 'EM', 1245, "That's fair for small launchers. Different regime."),
        ('KM', 'KM', 1390, "Can I tell the story about the garage in Palo Alto? As Elon used to say back then, \"we're going to sleep under the desk until it works,\" and he literally did."),
        ('EM', 'EM', 1408, "It was a futon, not a desk. Let's be accurate."),
        (R, 'Rosa', 1800, "We're out of time. Any last word?"),
        ('EM', 'EM', 1806, "Build things. Physical things. The world needs more people who build."),
    ]
    g, parts = [], []
    for key, lab, t, txt in seq:
        parts.append(f'<div class="notion-text-block"><div class="notion-text"><b>{esc(lab)}:</b> {esc(txt, True)} — {tlink(t)}</div></div>')
        if key == 'EM':
            g.append([t, fw(txt)])
    body = '\n'.join(parts)
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Ep 88 transcript — Two Musks and an Adler</title>
<meta property="og:site_name" content="Notion">
<link rel="stylesheet" href="https://rocketgarage.notion.site/_assets/app-4c1a9b2e.css">
</head>
<body class="notion-body">
<div id="notion-app"><div class="notion-frame">
<div class="notion-topbar"><div class="breadcrumbs"><a href="/Rocket-Garage-Show-Notes-0a91c6">Rocket Garage — Show Notes</a> / <span>Ep 88 transcript — Two Musks and an Adler</span></div><a class="notion-duplicate" href="https://www.notion.so/signup">Get Notion free</a></div>
<div class="notion-page-content">
<h1 class="notion-title">Ep 88 transcript — Two Musks and an Adler</h1>
<div class="notion-callout-block"><span class="icon">💡</span><div>Guests: Elon Musk, Kimbal Musk, Elon Adler (Pyrrhic Labs). Host: Rosa Delgado. Timestamps are at the end of each line and link to the episode player. After first mention: EM = Elon Musk, KM = Kimbal Musk. Elon Adler is always written in full.</div></div>
<div class="notion-toggle-block"><details><summary>Highlights (for socials)</summary><ul><li>EM: “Build things. Physical things.”</li><li>Elon Adler: turbopump cost is the real killer for small launchers</li></ul></details></div>
<h2 class="notion-header-block">Transcript</h2>
{body}
<div class="notion-divider-block"><hr></div>
<div class="notion-text-block"><div class="notion-text">Edited by Sam P. Last updated Nov 2, 2025. Corrections → <a href="mailto:hello@rocketgarage.example.fm">hello@rocketgarage.example.fm</a></div></div>
</div></div></div>
<script>window.__notionPageId="0a91c6f2-8a3e-4b77-9c10-b5c2f1e3d411";window.__notionPublic=true;</script>
<script src="https://rocketgarage.notion.site/_assets/app-9e2d11ab.js" defer></script>
</body>
</html>
"""
    write('n15_notion_notes', doc, g,
          "Published Notion page: one text block per turn, 'Label: text — m:ss' with the time printed after the text as a #t=XmYYs link; Elon Musk then EM, Kimbal Musk then KM, and a second Elon (Elon Adler) speaking.",
          "Rocket Garage", ["Rosa Delgado", "Rosa", "Kimbal Musk", "KM", "Elon Adler"])
