from lib import *
# o06: TRAP. Substack podcast post; Musk is discussed, quoted and appears in a key-quotes box and in comments, but never speaks.
# The guest is a different Elon (Elon Perlman), labelled "Elon Perlman" then "Elon".
L = {'J1': 'Jules Ferreira', 'J': 'Jules', 'M1': 'Marcus Tan', 'M': 'Marcus', 'P1': 'Elon Perlman', 'P': 'Elon', 'R': 'Reporter (news clip)'}
T = [
 (3, 'J1', "Welcome to Second Stage. I'm Jules, Marcus is here, and today we have a battery chemist whose first name is going to cause some confusion in the comments."),
 (14, 'P1', "Yeah, I'm used to it. Elon Perlman. No relation, no rockets, just cathodes."),
 (22, 'M1', "So the news this week: Musk said on an earnings call that cell costs are, and I'm quoting, \"the single number that decides whether electric trucks work.\" Is he right?"),
 (37, 'P', "Broadly, yes. He tends to pick the right number and the wrong deadline. Cost per kilowatt-hour really is the number."),
 (52, 'J', "We've got a clip here from the local news coverage, let's play it."),
 (58, 'R', "In a statement, Musk said the company would, quote, \"double cell output before the end of next year,\" a goal analysts called aggressive."),
 (71, 'M', "Aggressive is the polite word."),
 (74, 'P', "Look, I've worked with people who supplied his factories. As Musk told one of them, \"if the schedule doesn't scare you, it's not a schedule.\" That's the culture."),
 (612, 'J', "Elon, where can people find your work?"),
 (616, 'P', "My lab page, and I post papers on the usual preprint server. Not on X, before anyone asks."),
 (623, 'M', "Thanks, Elon."),
]
rows = []
seen = set()
for t, k, txt in T:
    rows.append(f'<p><span class="ts">[{ms(t)}]</span> <strong>{esc(L[k])}:</strong> {esc(txt)}</p>')
page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ep. 58: The number that decides electric trucks (with Elon Perlman) - Second Stage</title>
<meta name="description" content="Battery chemist Elon Perlman on cell costs, Musk's latest pledge, and why deadlines slip.">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.css">
<script>window._preloads = {{"pub":{{"name":"Second Stage","subdomain":"secondstage"}},"post":{{"id":1482203,"type":"podcast"}}}}</script>
</head>
<body>
<div class="main-menu"><a class="navbar-title" href="https://secondstage.substack.com/">Second Stage</a><a href="/subscribe" class="button primary">Subscribe</a><a href="/archive">Archive</a><a href="/about">About</a></div>
<div class="single-post-container">
<article class="post podcast-post">
<h1 class="post-title">Ep. 58: The number that decides electric trucks</h1>
<h3 class="subtitle">With battery chemist Elon Perlman (no, not that one)</h3>
<div class="post-meta"><a href="/@julesferreira">Jules Ferreira</a> and <a href="/@marcustan">Marcus Tan</a> · Apr 2, 2025</div>
<div class="player-wrapper" data-attrs='{{"mediaUploadId":"b81e","duration":641}}'><audio src="https://api.substack.com/api/v1/audio/upload/b81e/src" preload="none"></audio></div>
<div class="body markup">
<p>This week: Musk&rsquo;s big cell-output pledge, what cost per kilowatt-hour actually means, and a chemist who is very tired of jokes about his first name.</p>
<div class="pullquote"><h4>Key quotes this week</h4>
<p><strong>Elon Musk:</strong> &ldquo;Cell cost is the single number that decides whether electric trucks work.&rdquo; (earnings call, March)</p>
<p><strong>Elon Perlman:</strong> &ldquo;He tends to pick the right number and the wrong deadline.&rdquo;</p>
</div>
<h2>Transcript</h2>
{chr(10).join(rows)}
<p><em>Transcript by Second Stage volunteers. Timestamps are approximate.</em></p>
<div class="subscription-widget"><p>Second Stage is reader-supported. To receive new posts and support our work, consider becoming a free or paid subscriber.</p><form><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div>
</div>
</article>
<div class="comments-section"><h4>Discussion about this episode</h4>
<div class="comment"><div class="comment-meta"><a href="/profile/elonmusk2049">Elon Musk 2049</a> · Apr 2</div><div class="comment-body"><p>Elon Musk: &ldquo;double cell output before the end of next year.&rdquo; Bookmarking this for December 2026.</p></div></div>
<div class="comment"><div class="comment-meta"><a href="/profile/kg">Kate G.</a> · Apr 3</div><div class="comment-body"><p>Perlman was great. Please have him back for the sodium-ion episode.</p></div>
<div class="comment reply"><div class="comment-meta"><a href="/profile/muskreader">Musk Reader</a> · Apr 3</div><div class="comment-body"><p>&gt; Elon: Broadly, yes. He tends to pick the right number and the wrong deadline.<br>Perfect summary of the last decade.</p></div></div></div>
</div>
</div>
<footer class="footer"><p>&copy; 2025 Jules Ferreira &amp; Marcus Tan · <a href="/privacy">Privacy</a> · <a href="/tos">Terms</a> · <a href="https://substack.com">Substack</a> is the home for great culture</p></footer>
<script src="https://substackcdn.com/bundle/static/js/main.js" defer></script>
</body>
</html>
'''
write('o06_trap_secondstage', page, 'Second Stage',
      'Substack podcast post: one <p> per turn as "[mm:ss] Name: text" with bold labels; TRAP: Musk is discussed, quoted in turns, in a played news clip, a key-quotes box and comments, but never speaks; the guest is a different Elon (Elon Perlman, later "Elon").',
      [], ['Jules Ferreira', 'Elon Perlman', 'Marcus Tan', 'Elon', 'Jules', 'Reporter (news clip)', 'Marcus'])
