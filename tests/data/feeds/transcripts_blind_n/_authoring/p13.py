from common import *

def build():
    K = 'Kiko'
    lines = [
        (K, 12, ["Okay we're live, can you hear me? Elon's on the call, hi Elon!"]),
        ('Elon', 17, ["Hi everyone. Yeah, I can hear you. Can you hear me?"]),
        (K, 21, ["Loud and clear. First question from the owners club: when does the new FSD build go wide?"]),
        ('Elon', 29, ["Probably in about two weeks. I know, I know, \"two weeks\".", "But seriously, it's in employee testing right now and it's looking really good."]),
        (K, 75, ["And Cybertruck range extender?"]),
        ('Elon', 80, ["Yes."]),
        (K, 81, ["Yes it's coming or yes you heard me?"]),
        ('Elon', 84, ["Both, ha. It's coming early next year."]),
        (K, 302, ["Thanks for doing this, Elon."]),
        ('Elon', 305, ["Thanks, see you guys."]),
    ]
    g, out = [], []
    for lab, t, paras in lines:
        out.append(f'{esc(lab)} ({mmss(t)}): {esc(paras[0])}')
        for p in paras[1:]:
            out.append(esc(p))
        if lab == 'Elon':
            g.append([t, fw(paras[0])])
    op = '<br>\n<br>\n'.join(out)
    doc = f"""<!DOCTYPE html>
<html lang="en-US" dir="LTR" data-app="public" data-template="thread_view">
<head>
<meta charset="utf-8">
<title>Transcript: owners club Spaces w/ Elon (FSD timing, range extender) | Gigafactory Forum</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=4&amp;l=1&amp;d=1733301120">
</head>
<body data-template="thread_view">
<div class="p-pageWrapper">
<header class="p-header"><a class="p-header-logo" href="/"><img src="/data/assets/logo/gf-logo.png" alt="Gigafactory Forum" width="200" height="36"></a></header>
<nav class="p-nav"><ul class="p-nav-list"><li><a href="/forums/">Forums</a></li><li><a href="/whats-new/">What's new</a></li><li><a href="/members/">Members</a></li></ul></nav>
<div class="p-body"><ul class="p-breadcrumbs"><li><a href="/forums/">Forums</a></li><li><a href="/forums/news-and-events.12/">News &amp; Events</a></li></ul>
<h1 class="p-title-value">Transcript: owners club Spaces w/ Elon (FSD timing, range extender)</h1>
<div class="block-body js-replyNewMessageContainer">
<article class="message message--post" data-author="kiko_drives" id="post-881203">
 <div class="message-cell message-cell--user"><h4 class="message-name"><a href="/members/kiko_drives.4411/" class="username">kiko_drives</a></h4><h5 class="userTitle">Moderator · Owners Club host</h5></div>
 <div class="message-cell message-cell--main"><header class="message-attribution"><time class="u-dt" datetime="2025-09-06T22:14:03-0500">Sep 6, 2025</time> <a href="/threads/transcript-owners-club-spaces.99812/post-881203">#1</a></header>
 <div class="message-content js-messageContent"><div class="bbWrapper">Here's my transcript of yesterday's Spaces. I cut the tech issues at the start; times are from the recording (link at the bottom). Speakers: me (Kiko) and Elon Musk.<br>
<br>
<b>--- TRANSCRIPT ---</b><br>
<br>
{op}<br>
<br>
<b>--- END ---</b><br>
<br>
Recording: <a href="https://x.example.com/i/spaces/1YqKDkbnVWzGV" class="link link--external" rel="nofollow ugc noopener">https://x.example.com/i/spaces/1YqKDkbnVWzGV</a></div></div></div>
</article>
<article class="message message--post" data-author="ElonMuskFanatic" id="post-881219">
 <div class="message-cell message-cell--user"><h4 class="message-name"><a href="/members/elonmuskfanatic.9902/" class="username">ElonMuskFanatic</a></h4><h5 class="userTitle">Active Member</h5></div>
 <div class="message-cell message-cell--main"><div class="message-content"><div class="bbWrapper"><blockquote class="bbCodeBlock bbCodeBlock--quote" data-quote="kiko_drives"><div class="bbCodeBlock-title">kiko_drives said:</div><div class="bbCodeBlock-content">Elon (00:29): Probably in about two weeks. I know, I know, "two weeks".</div></blockquote>lol at least he's self aware now</div></div></div>
</article>
<article class="message message--post" data-author="not_elon" id="post-881240">
 <div class="message-cell message-cell--user"><h4 class="message-name"><a href="/members/not_elon.12001/" class="username">not_elon</a></h4><h5 class="userTitle">Member</h5></div>
 <div class="message-cell message-cell--main"><div class="message-content"><div class="bbWrapper">Elon: Yes.<br>Kiko: Yes it's coming or yes you heard me?<br><br>This exchange is the whole Spaces in a nutshell. Thanks for the transcript Kiko!</div></div></div>
</article>
<article class="message message--post" data-author="Elon Musk" id="post-881262">
 <div class="message-cell message-cell--user"><h4 class="message-name"><a href="/members/elon-musk.20417/" class="username">Elon Musk</a></h4><h5 class="userTitle">New member · Joined Sep 2025</h5></div>
 <div class="message-cell message-cell--main"><div class="message-content"><div class="bbWrapper">Range extender is real, wait for it 😉 (parody account, before anyone asks)</div></div></div>
</article>
</div></div>
<footer class="p-footer"><div class="p-footer-copyright">Community platform by XenForo® © 2010-2025 XenForo Ltd.</div><ul class="p-footer-linkList"><li><a href="/help/terms/">Terms and rules</a></li><li><a href="/help/privacy-policy/">Privacy policy</a></li></ul></footer>
</div>
<script src="/js/xf/preamble.min.js?_v=1b2c7e0a"></script>
</body>
</html>
"""
    write('n13_forum_thread', doc, g,
          "XenForo forum thread: the first post carries a pasted transcript in <br>-separated lines 'Name (mm:ss): text' (Elon / Kiko); replies quote lines of it and a parody user is named Elon Musk.",
          "Gigafactory Forum", ["Kiko"])
