from common import *

NAME = "h09_forum_thread_trap"

POSTS = [
    ("ElonMuskFan_88", "Veteran Member", "Mar 9, 2025 at 10:14 PM", 1,
     """<p>Did anyone else listen to the new Circuit Breakers episode? I typed up the part about the 4680 cells because the auto-captions were garbage.</p>
<blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-content">
<p>Host (00:41:10): So is the dry electrode process finally working at scale?</p>
<p>Elon Musk (00:41:16): It's working on the cathode side now. The anode was easier. The cathode was brutal, honestly, it took way longer than we thought.</p>
<p>Host (00:41:31): How much longer?</p>
<p>Elon Musk (00:41:33): About three years longer.</p>
</div></blockquote>
<p>Three years longer lol. At least he admits it.</p>"""),
    ("Musk_Elon", "Member", "Mar 9, 2025 at 10:40 PM", 2,
     """<blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-title">ElonMuskFan_88 said:</div><div class="bbCodeBlock-content"><p>Elon Musk (00:41:33): About three years longer.</p></div></blockquote>
<p>Honestly that's more candid than the earnings calls. Thanks for typing it up.</p>"""),
    ("elon_m", "New Member", "Mar 10, 2025 at 7:02 AM", 3,
     """<p>Not the real one, before anyone asks. My name actually is Elon, my parents just liked the name. <img src="/styles/default/xenforo/smilies/wink.png" alt=";)" class="smilie"></p>
<p>Anyway, Musk said the same thing at the 2023 investor day: "the cathode is the hard part." Nothing new here.</p>"""),
    ("GigaNevadaSteve", "Supporting Member", "Mar 10, 2025 at 9:45 AM", 4,
     """<p>Is there an official transcript? The show's site only has the chapters:</p>
<ul><li>00:00 Intro</li><li>00:41:10 Elon Musk: dry electrode at scale</li><li>01:02:00 Elon Musk on Semi deliveries</li></ul>
<p>Would love the Semi part too.</p>"""),
    ("ElonMuskFan_88", "Veteran Member", "Mar 10, 2025 at 12:31 PM", 5,
     """<p>Here you go, same caveats:</p>
<blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-content">
<p>Elon Musk (01:02:05): The Semi line in Nevada should be running by end of year. Volume production next year.</p>
</div></blockquote>
<p>"By end of year" - which year is left as an exercise for the reader.</p>"""),
    ("Kimbal_Fan", "Member", "Mar 10, 2025 at 1:10 PM", 6,
     """<p>Mods, can we get this moved to the Battery Tech subforum?</p>"""),
]


def build():
    posts = []
    for user, title, date, n, html_body in POSTS:
        posts.append(f"""<article class="message message--post" data-author="{E(user)}" id="post-{88120 + n}">
 <div class="message-inner">
  <div class="message-cell message-cell--user"><section class="message-user">
   <div class="message-avatar"><img src="/data/avatars/m/{n}/{1900 + n}.jpg" alt="{E(user)}" width="96" height="96"></div>
   <h4 class="message-name"><a href="/members/{E(user.lower())}.{1900 + n}/" class="username">{E(user)}</a></h4>
   <h5 class="userTitle message-userTitle">{title}</h5>
  </section></div>
  <div class="message-cell message-cell--main">
   <header class="message-attribution"><time class="u-dt" datetime="2025-03-{9 if n < 3 else 10}">{date}</time> <span class="message-attribution-opposite">#{n}</span></header>
   <div class="message-content"><div class="bbWrapper">
{html_body}
   </div></div>
   <footer class="message-footer"><a href="#" class="actionBar-action--like">Like</a> <a href="#" class="actionBar-action--reply">Reply</a></footer>
  </div>
 </div>
</article>""")
    body = "\n".join(posts)
    page = f"""<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-app="public" data-template="thread_view">
<head>
<meta charset="utf-8">
<title>Musk on dry electrode cathode - new podcast (partial transcript) | TeslaOwnersHub Forums</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less&amp;s=4&amp;l=1&amp;d=1741500000">
<script src="/js/xf/preamble.min.js?_v=b1e7a2"></script>
</head>
<body data-template="thread_view">
<div class="p-pageWrapper">
<header class="p-header"><div class="p-header-logo"><a href="/"><img src="/styles/toh/logo.png" alt="TeslaOwnersHub Forums" width="200" height="40"></a></div></header>
<nav class="p-nav"><ul class="p-nav-list">
 <li><a href="/">Forums</a></li><li><a href="/whats-new/">What's new</a></li><li><a href="/media/">Media</a></li><li><a href="/members/">Members</a></li>
</ul><div class="p-navgroup"><a href="/login/">Log in</a> <a href="/register/">Register</a></div></nav>
<div class="p-body"><div class="p-body-inner">
<ul class="p-breadcrumbs"><li><a href="/">Forums</a></li><li><a href="/forums/tesla-news.12/">Tesla News &amp; Discussion</a></li></ul>
<div class="p-title"><h1 class="p-title-value">Musk on dry electrode cathode - new podcast (partial transcript)</h1></div>
<div class="p-description">Discussion in '<a href="/forums/tesla-news.12/">Tesla News &amp; Discussion</a>' started by <a href="/members/elonmuskfan_88.1901/">ElonMuskFan_88</a>, Mar 9, 2025.</div>
<div class="block-container lbContainer">
{body}
</div>
<div class="block-outer"><div class="pageNav">Page 1 of 1</div></div>
<div class="block block--messages"><p class="blockMessage">You must log in or register to reply here.</p></div>
<div class="block"><h3 class="block-minorHeader">Similar threads</h3><ul>
 <li><a href="/threads/4680-production-update.22103/">4680 production update thread</a></li>
 <li><a href="/threads/semi-nevada-line.21877/">Semi Nevada line - rumors and sightings</a></li>
</ul></div>
</div></div>
<footer class="p-footer"><div class="p-footer-inner"><ul class="p-footer-linkList"><li><a href="/help/terms/">Terms and rules</a></li><li><a href="/help/privacy-policy/">Privacy policy</a></li><li><a href="/help/">Help</a></li></ul>
<div class="p-footer-copyright">Community platform by XenForo&reg; &copy; 2010-2025 XenForo Ltd. TeslaOwnersHub is an independent owners community and is not affiliated with Tesla, Inc.</div></div></footer>
</div>
<script>XF.config = {{"userId":0,"csrf":"1741600000,a8c1f0b3","url":{{"fullBase":"https://forums.teslaownershub.example/"}}}};</script>
<script src="/js/xf/core-compiled.js?_v=b1e7a2"></script>
</body>
</html>
"""
    return write(NAME, page,
                 "XenForo forum thread (trap): users quote partial transcript lines of the form 'Elon Musk (hh:mm:ss): text' inside posts and quote blocks; nobody speaks on this page.",
                 "TeslaOwnersHub Forums (discussing the podcast Circuit Breakers)", [], [])


if __name__ == "__main__":
    build()
