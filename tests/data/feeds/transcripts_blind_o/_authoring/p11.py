from lib import *
# o11: phpBB-style forum thread; OP posts a transcript of an audio Space as lines "[hh:mm:ss.mmm] Name: text",
# continuation lines carry a time but no label; replies by Musk-like usernames quote lines.
L = {'S': 'Sam Ortega', 'L': 'Lena Brandt', 'E': 'Elon Musk'}
T = [  # (key, [(seconds_float, text), ...])
 ('S', [(3.480, "Okay, we've got about two thousand people in here, let's get going. Elon, you're up, can you hear us?")]),
 ('E', [(9.912, "Yeah, I can hear you. Sorry, I'm in a car, so the audio might cut out.")]),
 ('S', [(14.200, "No problem. First question is the one everyone's asking: when does the new Roadster actually ship?")]),
 ('E', [(21.047, "Production design is basically done. There's some pretty crazy stuff in it that we haven't shown yet."),
        (29.660, "I'd say first deliveries are probably next year, but I've said that before, so, you know, grain of salt.")]),
 ('L', [(38.905, "Lena here. Can you say anything about the thrusters? There's been a lot of speculation.")]),
 ('E', [(44.330, "Not yet. It'd ruin the demo.")]),
 ('L', [(47.018, "Fair.")]),
 ('S', [(3725.442, "We're over an hour, so last one. What's the thing you're most excited about this year?")]),
 ('E', [(3731.990, "Honestly, the AI training cluster. It's going to be by far the biggest in the world, and the models that come out of it should be pretty incredible."),
        (3744.105, "Also the robot. Those two things, really.")]),
 ('S', [(3752.731, "Great. Thanks everyone for joining.")]),
]
lines, gold = [], []
for k, paras in T:
    for i, (t, txt) in enumerate(paras):
        ts = '%02d:%02d:%06.3f' % (int(t)//3600, int(t)%3600//60, t % 60)
        lines.append(f'[{ts}] ' + (f'{L[k]}: ' if i == 0 else '') + esc(txt))
    if k == 'E':
        gold.append((int(paras[0][0]), paras[0][1]))
post = '<br>\n'.join(lines)
page = f'''<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8">
<title>Transcript of last night's Space with Elon (Roadster, AI cluster) - Owners Hub Forum</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=112" rel="stylesheet">
</head>
<body id="phpbb" class="section-viewtopic ltr">
<div id="wrap" class="wrap">
<div class="headerbar"><a href="./index.php" id="logo"><h1>Owners Hub Forum</h1></a><p>The independent community for EV owners</p></div>
<div class="navbar"><ul class="nav-breadcrumbs"><li><a href="./index.php">Board index</a> ‹ <a href="./viewforum.php?f=12">News &amp; Media</a></li></ul><a href="./ucp.php?mode=login">Login</a> <a href="./ucp.php?mode=register">Register</a></div>
<h2 class="topic-title"><a href="./viewtopic.php?t=48812">Transcript of last night's Space with Elon (Roadster, AI cluster)</a></h2>
<div class="action-bar">Post Reply · 4 posts · Page 1 of 1</div>
<div id="p901221" class="post has-profile bg2">
<dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=3321" class="username">plaid_pete</a></dt><dd class="profile-rank">Supercharged</dd><dd><strong>Posts:</strong> 1,214</dd></dl>
<div class="postbody"><h3 class="first">Transcript of last night's Space with Elon (Roadster, AI cluster)</h3>
<p class="author">by <strong>plaid_pete</strong> » Thu Aug 14, 2025 8:02 am</p>
<div class="content">Typed this up from the recording since the auto-captions were garbage. Times are from the recording file, to the millisecond because my editor does that. Skipped the middle hour of crosstalk.<br><br>
{post}<br><br>
Corrections welcome.</div>
<div id="sig901221" class="signature">2023 Model Y LR · 41k miles</div></div></div>
<div id="p901234" class="post has-profile bg1">
<dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=8810" class="username">ElonMusk_Fan_Club</a></dt><dd><strong>Posts:</strong> 88</dd></dl>
<div class="postbody"><p class="author">by <strong>ElonMusk_Fan_Club</strong> » Thu Aug 14, 2025 8:40 am</p>
<div class="content"><blockquote><cite>plaid_pete wrote:</cite>[00:00:44.330] Elon Musk: Not yet. It'd ruin the demo.</blockquote>
Classic. Thanks for typing this up.</div></div></div>
<div id="p901240" class="post has-profile bg2">
<dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=9102" class="username">Elon Musk</a></dt><dd class="profile-rank">New member</dd><dd><strong>Posts:</strong> 3</dd></dl>
<div class="postbody"><p class="author">by <strong>Elon Musk</strong> » Thu Aug 14, 2025 9:15 am</p>
<div class="content">Not him, obviously. My parents had a sense of humour. Roadster next year, I'll believe it when I see it.</div></div></div>
<div id="p901251" class="post has-profile bg1">
<dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=402" class="username">moderator_kay</a></dt><dd class="profile-rank">Moderator</dd></dl>
<div class="postbody"><p class="author">by <strong>moderator_kay</strong> » Thu Aug 14, 2025 9:31 am</p>
<div class="content">Elon Musk: "Also the robot." Pinned the thread, thanks Pete.</div></div></div>
<div class="action-bar bottom">Post Reply · 4 posts</div>
</div>
<div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</div>
<script src="./assets/javascript/core.js?assets_version=112"></script>
</body>
</html>
'''
write('o11_ownershub_forum', page, 'Owners Hub Forum',
      'phpBB forum thread: the first post carries the transcript as <br>-separated lines "[hh:mm:ss.mmm] Name: text" (milliseconds, minutes past the hour); continuation lines have a time but no label; replies by a user named "Elon Musk" and others quote his lines.',
      gold, ['Sam Ortega', 'Lena Brandt'])
