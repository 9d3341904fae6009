from common import *


def build():
    CB, MM = 'CB', 'MM'
    # (speaker, [(time or None, text), ...]) -- one table row per item; later rows leave the speaker cell empty
    S = [
        (CB, [(0, "Welcome to Family Table, where we pull up a chair with families who have done unusual things together. I&rsquo;m Corinne Blake. For our Mother&rsquo;s Day episode I have two guests who need a little less introduction than usual.")]),
        (MM, [(24, "Thank you, Corinne. It&rsquo;s lovely to be here with my son, for once not on a stage.")]),
        (EM, [(31, "Thanks. Good to be here with my mom.")]),
        (CB, [(35, "Maye, what was Elon like as a kid?")]),
        (MM, [(40, "He read everything. Books, comics, the encyclopedia. When he ran out of books at the library he started reading the encyclopedia from A."),
              (62, "And he would disappear into his head. People thought he was ignoring them, but he was just thinking.")]),
        (EM, [(95, "I did read a lot. Mostly science fiction, and yes, the encyclopedia.")]),
        (CB, [(None, "The whole encyclopedia?")]),
        (EM, [(None, "Most of it.")]),
        (MM, [(104, "He would correct people at dinner parties. Adults. It was very embarrassing.")]),
        (CB, [(130, "Elon, how did your mom&rsquo;s approach to risk shape you?")]),
        (EM, [(136, "She moved countries with three kids and very little money, and she built a career from scratch more than once. So I grew up thinking that starting over was a normal thing to do."),
              (170, "I think that&rsquo;s probably the biggest thing. If you&rsquo;ve seen someone you love take a big risk and be okay, risk feels less scary."),
              (None, "She also never told us we couldn&rsquo;t do something.")]),
        (MM, [(201, "Well, I didn&rsquo;t think of it as risky. I thought of it as necessary. There&rsquo;s a difference.")]),
        (CB, [(1500, "Let&rsquo;s do some rapid-fire questions. Elon, best thing your mother ever cooked?")]),
        (EM, [(1506, "Her bobotie. It&rsquo;s a South African dish, and nobody makes it like she does.")]),
        (MM, [(1540, "Oh, that&rsquo;s sweet. But I have to say, Elon always says, &ldquo;If the rules of physics allow it, it&rsquo;s possible.&rdquo; And I always say, &ldquo;The rules of the kitchen are stricter.&rdquo;")]),
        (EM, [(1560, "I do say that. She&rsquo;s right about the kitchen, though.")]),
        (CB, [(1790, "Maye, Elon, thank you both for sitting down with me.")]),
        (MM, [(1794, "Thank you.")]),
        (EM, [(1795, "Thanks, Corinne.")]),
    ]
    full = {CB: 'Corinne Blake', MM: 'Maye Musk', EM: 'Elon Musk'}
    short = {CB: 'Corinne', MM: 'Maye', EM: 'Elon'}
    T = [(spk, rows[0][0], [r[1] for r in rows]) for spk, rows in S]
    seen = set()
    trs = []
    for spk, rows in S:
        lab = short[spk] if spk in seen else full[spk]
        seen.add(spk)
        for i, (t, txt) in enumerate(rows):
            tcell = '<a href="https://tidewateraudio.net/shows/family-table/episodes/47?t=%d" class="tw-seek">%s</a>' % (t, mss(t)) if t is not None else ''
            scell = lab if i == 0 else ''
            trs.append('<tr><td class="tw-t">%s</td><td class="tw-s">%s</td><td class="tw-x">%s</td></tr>' % (tcell, scell, txt))
    table = '\n'.join(trs)
    page = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Family Table #47: Maye &amp; Elon Musk &mdash; a mother and son on risk | Tidewater Audio Network</title>
<meta name="description" content="Corinne Blake sits down with Maye Musk and her son Elon Musk for a Mother&rsquo;s Day conversation about books, moving countries, and bobotie.">
<link rel="stylesheet" href="https://tidewateraudio.net/static/network.b7e2.css">
<style>.tw-transcript{width:100%;border-collapse:collapse;font-size:15px}.tw-transcript td{padding:6px 8px;vertical-align:top;border-bottom:1px solid #e6ecef}.tw-t{width:64px;font-family:monospace}.tw-s{width:120px;font-weight:600;color:#0d4d5c}</style>
<script defer data-domain="tidewateraudio.net" src="https://plausible.io/js/script.js"></script>
</head>
<body class="tw-episode">
<header class="tw-header"><a class="tw-brand" href="https://tidewateraudio.net/">Tidewater Audio Network</a>
<nav><a href="/shows/">All shows</a><a href="/shows/family-table/" class="active">Family Table</a><a href="/newsletter/">Newsletter</a><a href="/advertise/">Advertise</a><a href="/membership/" class="tw-cta">Become a member</a></nav></header>
<main class="tw-main">
<section class="tw-ep-hero">
 <p class="tw-show"><a href="/shows/family-table/">Family Table with Corinne Blake</a> &middot; Episode 47 &middot; May 7, 2025 &middot; 30 min</p>
 <h1>Maye &amp; Elon Musk: a mother and son on risk</h1>
 <div class="tw-player" data-episode="ft-047" data-src="https://cdn.tidewateraudio.net/ft/047.mp3"><button class="tw-play">Play episode</button><span class="tw-dur">29:58</span></div>
 <ul class="tw-subscribe"><li><a href="#">Apple Podcasts</a></li><li><a href="#">Spotify</a></li><li><a href="/shows/family-table/feed.xml">RSS</a></li></ul>
</section>
<section class="tw-notes">
 <h2>Episode notes</h2>
 <p>For Mother&rsquo;s Day, Corinne talks with model and dietitian Maye Musk and her eldest son Elon about growing up with too many books, moving across the world with three kids, and whose cooking is best. Maye&rsquo;s memoir is out in paperback this month.</p>
 <p><strong>Sponsors:</strong> Harbor Lane Mattresses (code TABLE for 15% off) and Greenleaf Meal Kits.</p>
</section>
<section class="tw-transcript-wrap">
 <h2>Transcript</h2>
 <p class="tw-note">Click a time to jump to that moment. Rows without a speaker continue the previous speaker.</p>
 <table class="tw-transcript">
 <thead><tr><th>Time</th><th>Speaker</th><th>Text</th></tr></thead>
 <tbody>
''' + table + '''
 </tbody>
 </table>
</section>
<section class="tw-more"><h2>More from Tidewater</h2><ul><li><a href="/shows/family-table/episodes/46">Family Table #46: The twins who sailed around the world</a></li><li><a href="/shows/deep-water/episodes/112">Deep Water #112: Tides, explained</a></li></ul></section>
</main>
<footer class="tw-footer"><p>Tidewater Audio Network &copy; 2025 &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/accessibility/">Accessibility</a></p></footer>
<script src="https://tidewateraudio.net/static/player.b7e2.js" defer></script>
</body>
</html>
'''
    write('af15_tidewater_familytable', page,
          'Podcast-network episode page; transcript is a table with rows Time | Speaker | Text, the time a ?t=seconds link shown mm:ss (empty on some rows), the speaker cell empty on continuation rows; labels full name first, then first name.',
          'Family Table with Corinne Blake', gold_from(T),
          ['Corinne Blake', 'Maye Musk', 'Corinne', 'Maye'],
          'Podcast network table (time | speaker | text) with ?t= links; Maye Musk also speaks ("Maye Musk"/"Maye"); continuation rows with/without times; untimed turns (his "Most of it." -> null); Maye quotes "Elon always says".')
