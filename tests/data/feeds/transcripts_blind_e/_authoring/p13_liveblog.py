from common import *

NAME = "liveblog_circuit_waic_shanghai"
SHOW = "The Circuit (live blog)"

# updates in chronological order: (clock, prose_before, exchange[(who, text)], prose_after)
UPDATES = [
    ("11:05 AM", ["We're in the main hall at the World Artificial Intelligence Conference. The stage is set for Musk, who will appear by video link. Moderator Chen Yu, a host at a Shanghai business channel, is doing sound checks."], [], []),
    ("11:20 AM", ["And we're off. Musk appears on the big screen to loud applause."],
     [("C", "Elon, welcome to WAIC. Can you hear us in Shanghai?"),
      ("M", "Hello everyone, great to be back, even if only on a screen. I wish I could be there in person.")], []),
    ("11:31 AM", ["First substantive exchange is on tariffs and trade. Transcript via the simultaneous-interpretation feed, lightly cleaned up:"],
     [("C", "Washington has raised tariffs on Chinese EVs. Does that hurt Tesla?"),
      ("M", "We make cars in China for China, so the direct effect is small. But in general I think free trade is good, and tariffs end up being paid by consumers."),
      ("C", "Even if Chinese brands come to the U.S.?"),
      ("M", "Competition makes everyone better.")], []),
    ("11:40 AM", ["Musk just said that FSD approval in China is \"getting close.\" We have heard this before — analysts in the press room did not look convinced. Tesla shares in Frankfurt ticked up 1.2% on the remark."], [], []),
    ("11:52 AM", ["Asked about Chinese AI models, Musk was notably complimentary. Here's the exchange:"],
     [("C", "Are Chinese AI models catching up with the U.S.?"),
      ("M", "China will be very strong in AI. There's a lot of talent here and the power infrastructure is being built at an incredible pace."),
      ("C", "So you'd welcome more competition from Chinese labs?"),
      ("M", "Absolutely.")],
     ["For context: at last year's WAIC, Musk called for a \"referee\" on AI safety. He did not repeat that line today."]),
    ("12:05 PM", ["On Optimus, the humanoid robot, which has a display booth downstairs:"],
     [("C", "When will Optimus be sold in China?"),
      ("M", "I think we'll have Optimus doing useful work in our own factories next year, and selling it to other companies the year after. China would be one of the first markets.")], []),
    ("12:20 PM", ["That's a wrap. Chen thanked Musk and he signed off:"],
     [("C", "Thank you, Elon, for joining us."),
      ("M", "Thank you, Shanghai. See you next year, hopefully in person.")],
     ["We'll have a full write-up shortly. Thanks for following along."]),
]


def build():
    blocks = []
    turns = []
    for clock, pre, ex, post in reversed(UPDATES):  # live blogs show newest first
        h = [f'<article class="lb-entry" id="post-{clock.replace(":", "").replace(" ", "").lower()}">',
             f'  <header class="lb-entry__meta"><time datetime="2024-07-04T{clock[:5].zfill(5)}:00+08:00" class="lb-entry__time">{clock} CST</time> <span class="lb-entry__author">Mei Lin</span></header>',
             '  <div class="lb-entry__body">']
        for p in pre:
            h.append(f"    <p>{esc(p)}</p>")
        if ex:
            h.append('    <blockquote class="lb-transcript">')
            for who, text in ex:
                lab = "Musk" if who == "M" else "Chen"
                h.append(f"      <p><strong>{lab}:</strong> {esc(text)}</p>")
                if who == "M":
                    turns.append([None, snip(text)])
            h.append("    </blockquote>")
        for p in post:
            h.append(f"    <p>{esc(p)}</p>")
        h.append('    <div class="lb-entry__share"><a href="#">Share</a> <a href="#">Copy link</a></div>')
        h.append("  </div>\n</article>")
        blocks.append("\n".join(h))
    feed = "\n".join(blocks)
    # fix the 12:05/12:20 PM datetime (afternoon) in a simple way
    feed = feed.replace("2024-07-04T12:05:00", "2024-07-04T12:05:00").replace("2024-07-04T12:20:00", "2024-07-04T12:20:00")
    ld = jsonld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Live: Elon Musk at the World AI Conference in Shanghai",
                 "coverageStartTime": "2024-07-04T11:00:00+08:00", "coverageEndTime": "2024-07-04T12:30:00+08:00",
                 "about": {"@type": "Event", "name": "World Artificial Intelligence Conference 2024", "startDate": "2024-07-04", "location": "Shanghai"}})
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Live: Elon Musk at the World AI Conference in Shanghai — The Circuit</title>
<meta name="description" content="Live updates as Elon Musk speaks by video at WAIC 2024 in Shanghai: tariffs, FSD, Chinese AI and Optimus.">
<meta property="og:type" content="article">
<meta property="og:title" content="Live: Elon Musk at the World AI Conference in Shanghai">
<link rel="canonical" href="https://thecircuit.tech/2024/07/04/live-elon-musk-waic-shanghai/">
<link rel="stylesheet" href="/wp-content/themes/circuit/dist/live.8f1a.css">
{ld}
<script>window.CircuitLive={{"postId":88120,"poll":30000,"order":"desc"}};</script>
<script src="/wp-content/themes/circuit/dist/live.8f1a.js" defer></script>
</head>
<body class="single live-blog">
<header class="site-header">
  <a class="brand" href="/">The Circuit</a>
  <nav><a href="/category/ai/">AI</a> <a href="/category/transportation/">Transportation</a> <a href="/category/space/">Space</a> <a href="/category/china/">China</a> <a href="/events/">Events</a> <a href="/newsletters/">Newsletters</a></nav>
  <a class="btn-login" href="/login/">Login</a>
</header>
<main class="live-layout">
  <div class="live-header">
    <span class="live-badge">LIVE</span> <span class="live-updated">Updated 12:21 PM CST</span>
    <h1>Live: Elon Musk at the World AI Conference in Shanghai</h1>
    <p class="dek">Musk is appearing by video at WAIC. We're covering his remarks on tariffs, self-driving in China, AI and robots.</p>
    <p class="byline">By <a href="/author/mei-lin/">Mei Lin</a> in Shanghai and <a href="/author/jake-porter/">Jake Porter</a> in San Francisco</p>
  </div>
  <section class="key-points">
    <h2>Key points</h2>
    <ul>
      <li>Musk: FSD approval in China is “getting close”</li>
      <li>Musk: tariffs “end up being paid by consumers”</li>
      <li>Optimus could go on sale to other companies in 2026, with China among the first markets</li>
    </ul>
  </section>
  <section class="lb-feed" aria-live="polite">
{feed}
  </section>
  <aside class="lb-sidebar">
    <div class="newsletter"><h3>Circuit Daily</h3><p>The day's biggest tech news, in your inbox.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
    <div class="more"><h3>More from The Circuit</h3><ul><li><a href="/2024/07/03/byd-thailand-plant/">BYD opens Thailand plant as Chinese EVs push south</a></li><li><a href="/2024/07/02/tesla-q2-deliveries/">Tesla Q2 deliveries beat lowered expectations</a></li><li><a href="/2024/06/28/baidu-apollo-robotaxi-wuhan/">Inside Baidu's robotaxi fleet in Wuhan</a></li></ul></div>
  </aside>
</main>
<footer class="site-footer"><p>© 2024 The Circuit Media LLC. <a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a> · <a href="/ethics/">Ethics</a></p></footer>
<div class="cmp-banner" role="dialog"><p>We and our 142 partners store and access information on your device.</p><button>I Accept</button> <button>Show Purposes</button></div>
</body>
</html>
'''
    g = {"speaker": "Elon Musk",
         "format": "Tech-news live blog, newest update first; each update has a wall-clock post time (not a recording offset, so gold times are null) and some include a blockquote transcript excerpt with bold 'Musk:'/'Chen:' labels; blogger prose paraphrases and quotes him",
         "show": SHOW, "turns": turns, "others": ["Chen"]}
    return NAME, page, g
