from common import *

SHOW = "r/LaunchPadLounge"
g = Gold(SHOW, "Old-Reddit-style thread; the self-post body is a user-typed transcript of an audio Space, one <p> per turn "
         "'LABEL: text (mm:ss)' with the time AFTER the text as a link carrying ?t=seconds, minutes running past 59 "
         "(65:12); 'Elon:' first then 'EM:'; two turns have no time; comments quote lines in blockquotes.")

MV, JT, E1, EM = "MV", "JT", "Elon", "EM"
ELON = {E1, EM}
SPACE = "https://x.com/i/spaces/1YqKDoZrPvNxW"
T = [
    (MV, 362, "Alright we've got a full room, welcome everybody. We have Elon on, and Jordan from the propulsion channel is co-hosting with me. Let's keep questions short."),
    (E1, 400, "Thanks Mario. Yeah, so the ship that flew last week is already back in the high bay, and the big news is that most of the heat shield came back usable. That's the first time we can say that."),
    (MV, 1070, "What's the real target for turnaround? Like days, hours?"),
    (EM, 1085, "The goal is a ship that flies three times a day, eventually. Obviously not soon. But if you design for a month of refurbishment you'll get a month, so you have to set the target much more aggressively than feels reasonable."),
    (JT, 2411, "Question on the engines. Are you still pulling every Raptor after each flight for inspection, or is that done?"),
    (EM, 2430, "Good question. We're still pulling a few of them as a sample, but not all. The goal is no inspection at all for normal flights, just like an airplane engine doesn't get torn down after every flight."),
    (None, None, "[skipped ~10 min here, the audio was cutting in and out]"),
    (MV, 3895, "Someone in the comments is asking if they'll ever sell Starship rides to tourists around the Moon again."),
    (EM, 3912, "Honestly, no near-term plans for that. It would be cool, but the focus is cargo, then crew for NASA, then Mars. Tourism is later."),
    (JT, None, "That's fair, the pad schedule is already packed."),
    (EM, None, "Yeah, that's fair."),
    (MV, 4340, "Last one, and it's the one everyone wants. Next flight date?"),
    (EM, 4360, "Probably about six weeks, if the license mod goes through. Don't hold me to it."),
]

lines = []
for lab, t, text in T:
    if lab is None:
        lines.append("<p><em>%s</em></p>" % esc(text))
        continue
    if lab in ELON:
        g.elon(t, text)
    else:
        g.other(lab)
    tail = (' <a href="%s?t=%d">(%s)</a>' % (SPACE, t, mmss(t))) if t is not None else ""
    lines.append("<p><strong>%s:</strong> %s%s</p>" % (esc(lab), esc(text), tail))

page = """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta charset="utf-8">
<title>Partial transcript of last night's Spaces with Elon on Starship reuse (my notes, times from the replay) : LaunchPadLounge</title>
<meta name="viewport" content="width=1024">
<meta name="description" content="Typed this up from the replay because the auto-captions were garbage.">
<link rel="canonical" href="https://old.threadit.com/r/LaunchPadLounge/comments/1c7q2rz/partial_transcript_of_last_nights_spaces_with/">
<link rel="stylesheet" href="https://www.threaditstatic.com/reddit.y0LQ8kI7Pqk.css" media="all">
<style>
 .md p{margin:.4em 0}.md blockquote{border-left:2px solid #c5c1ad;padding:0 8px;margin-left:5px;color:#4f4f4f}
 .comment{margin-left:10px}.child{margin-left:25px;border-left:1px dotted #ddf}
 .flair{background:#eee;border:1px solid #ddd;font-size:x-small;padding:0 2px}
</style>
</head>
<body class="listing-page comments-page">
<div id="header">
  <a href="https://old.threadit.com/" id="header-img" class="default-header">threadit.com</a>
  <span class="hover pagename redditname"><a href="https://old.threadit.com/r/LaunchPadLounge/">LaunchPadLounge</a></span>
  <ul class="tabmenu"><li class="selected"><a href="#">comments</a></li><li><a href="https://old.threadit.com/r/LaunchPadLounge/wiki/">wiki</a></li></ul>
  <div id="header-bottom-right"><span class="user">Want to join? <a href="https://old.threadit.com/login">Log in or sign up</a> in seconds.</span></div>
</div>
<div class="side">
  <div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="https://old.threadit.com/r/LaunchPadLounge/">LaunchPadLounge</a></h1>
  <span class="subscribers">148,203 readers</span>
  <div class="usertext-body"><div class="md"><p>A relaxed place to talk rockets, launches and the people who build them.</p><ol><li>Be civil.</li><li>No low-effort memes on weekdays.</li><li>Flair your posts.</li></ol></div></div></div></div>
</div>
<div class="content" role="main">
<div class="sitetable linklisting">
<div class="thing link self" data-author="cryo_tank_carl" data-subreddit="LaunchPadLounge">
  <div class="midcol"><div class="score unvoted" title="1311">1.3k</div></div>
  <div class="entry">
    <p class="title"><a class="title" href="#">Partial transcript of last night's Spaces with Elon on Starship reuse (my notes, times from the replay)</a> <span class="linkflairlabel">Transcript</span></p>
    <p class="tagline">submitted 14 hours ago by <a href="https://old.threadit.com/user/cryo_tank_carl" class="author">cryo_tank_carl</a></p>
    <div class="expando"><form class="usertext"><div class="usertext-body"><div class="md">
<p>Typed this up from the replay because the auto-captions were garbage. Times are where each answer starts in the replay (the replay has a long pre-show so the numbers look big). Not everything, just the Starship reuse part.</p>
<p>Legend: EM = Elon, MV = Mario Vance (host), JT = Jordan Tal (co-host).</p>
<hr>
{{LINES}}
<hr>
<p>Edit: fixed the 65:12 timestamp, thanks u/gridfin_gretchen.</p>
</div></div></form></div>
    <ul class="flat-list buttons"><li class="first"><a href="#" class="comments">214 comments</a></li><li><a href="#">share</a></li><li><a href="#">save</a></li><li><a href="#">report</a></li></ul>
  </div>
</div>
</div>
<div class="commentarea">
  <div class="panestack-title"><span class="title">all 214 comments</span> sorted by: <span class="selected">best</span></div>
  <div class="sitetable nestedlisting">
    <div class="thing comment" data-author="AutoModerator"><div class="entry"><p class="tagline"><a class="author moderator" href="#">AutoModerator</a> <span class="score">1 point</span> 14 hours ago <span class="stickied-tagline">stickied comment</span></p>
      <div class="usertext-body"><div class="md"><p>Reminder: transcripts posted by users are unofficial. Please link the source recording.</p></div></div></div></div>
    <div class="thing comment" data-author="ElonMuskFan_2012"><div class="entry"><p class="tagline"><a class="author" href="https://old.threadit.com/user/ElonMuskFan_2012">ElonMuskFan_2012</a> <span class="flair">Booster catcher</span> <span class="score">402 points</span> 13 hours ago</p>
      <div class="usertext-body"><div class="md"><blockquote><p>EM: The goal is a ship that flies three times a day, eventually.</p></blockquote><p>we'll see lol. Still, the heat shield part is huge news.</p></div></div></div>
      <div class="child"><div class="thing comment" data-author="not-elon-musk"><div class="entry"><p class="tagline"><a class="author" href="https://old.threadit.com/user/not-elon-musk">not-elon-musk</a> <span class="flair">Elon (not that one)</span> <span class="score">188 points</span> 12 hours ago</p>
        <div class="usertext-body"><div class="md"><p>As the other Elon in this sub: he said "eventually" and "obviously not soon", so I'm giving him a pass on this one.</p></div></div></div></div></div>
    </div>
    <div class="thing comment" data-author="gridfin_gretchen"><div class="entry"><p class="tagline"><a class="author" href="https://old.threadit.com/user/gridfin_gretchen">gridfin_gretchen</a> <span class="score">97 points</span> 13 hours ago</p>
      <div class="usertext-body"><div class="md"><p>The tourism answer is at 65:12 in the replay, not 56:12. Otherwise great notes, thank you for doing this.</p></div></div></div>
      <div class="child"><div class="thing comment" data-author="cryo_tank_carl"><div class="entry"><p class="tagline"><a class="author submitter" href="https://old.threadit.com/user/cryo_tank_carl">cryo_tank_carl</a> [<a class="submitter" href="#">S</a>] <span class="score">41 points</span> 12 hours ago</p>
        <div class="usertext-body"><div class="md"><p>Fixed, thanks!</p></div></div></div></div></div>
    </div>
    <div class="thing comment" data-author="ElonMusk_Official_"><div class="entry"><p class="tagline"><a class="author" href="https://old.threadit.com/user/ElonMusk_Official_">ElonMusk_Official_</a> <span class="score">-23 points</span> 11 hours ago</p>
      <div class="usertext-body"><div class="md"><p>Elon: next flight in six weeks. You heard it here first. DM me for early seats.</p></div></div></div>
      <div class="child"><div class="thing comment" data-author="LaunchPadLounge-ModTeam"><div class="entry"><p class="tagline"><a class="author moderator" href="#">LaunchPadLounge-ModTeam</a> <span class="score">12 points</span> 10 hours ago</p>
        <div class="usertext-body"><div class="md"><p>Impersonation account, banned.</p></div></div></div></div></div>
    </div>
  </div>
</div>
</div>
<div class="footer-parent"><div class="footer"><a href="https://old.threadit.com/help/useragreement">User Agreement</a> | <a href="https://old.threadit.com/help/privacypolicy">Privacy Policy</a> &copy; 2024 threadit inc. All rights reserved.</div></div>
<script type="text/javascript" src="https://www.threaditstatic.com/reddit-init.en.Kb2qZ1cVm0E.js"></script>
</body>
</html>
""".replace("{{LINES}}", "\n".join(lines))

write("m11_threadit-spaces-notes", page, g)
