"""k14 - fan forum thread (XenForo-like): OP posts a Spaces transcript '[mm:ss] Name: text' / '[h:mm:ss]', replies quote lines."""
from common import *

NAME = "k14_launchpadlounge_forum"
SHOW = "Launchpad Lounge forum (X Spaces transcript)"

LAB = {"E": ("Elon Musk", "Elon"), "K": ("Kai Mendez (host)", "Kai"), "R": ("Dr. Ruth Adler", "Ruth")}


def L(spk, *lines):
    return {"spk": spk, "t": lines[0][0], "lines": list(lines), "paras": [l[1] for l in lines]}


TURNS = [
    L("K", (130, "Okay, we’ve got a lot of people in here, welcome everyone. Tonight is about direct-to-cell Starlink, and we have Elon here. Elon, you there?")),
    L("E", (139, "Yeah, can you hear me?")),
    L("K", (141, "Loud and clear.")),
    L("E", (144, "Great. So, quick overview. The direct-to-cell satellites basically act like a cell tower in space. Your phone doesn’t need any special hardware, it just sees another tower."),
           (185, "It won’t be fast enough for streaming video at first, but texting and basic data, yes. And then voice after that.")),
    L("R", (210, "Elon, Ruth Adler here, I work on spectrum policy. What about interference with terrestrial networks?")),
    L("E", (221, "That’s the key question, and we’ve done a lot of testing with the carriers on exactly that. The beams are shaped so the power at the ground stays under the limits, and we only use the carrier partner’s spectrum in each country.")),
    L("K", (2875, "We’re almost out of time, Elon. Any last thoughts?")),
    L("E", (2882, "Honestly, I think in five years, dead zones will be something people tell their kids about.")),
    L("K", (2900, "Ha!")),
    L("E", (2901, "I’m serious.")),
    L("R", (3735, "Thank you both, this was really useful.")),
    L("E", (3738, "Thanks everyone. This was fun.")),
]


def render():
    seen = set()
    out = []
    for t in TURNS:
        full, short = LAB[t["spk"]]
        lab = short if t["spk"] in seen else full
        seen.add(t["spk"])
        for i, (tm, txt) in enumerate(t["lines"]):
            if i == 0:
                out.append("[%s] <b>%s:</b> %s" % (hms_var(tm), esc(lab), esc(txt)))
            else:
                out.append("[%s] %s" % (hms_var(tm), esc(txt)))
    return "<br>\n<br>\n".join(out)


def post(pid, user, title, date, body, n, extra=""):
    return '''<article class="message message--post js-post" data-author="%s" data-content="post-%d" id="js-post-%d">
  <div class="message-inner">
    <div class="message-cell message-cell--user"><section class="message-user"><div class="message-avatar"><a href="/members/%s.%d/" class="avatar avatar--m" data-user-id="%d"><span class="avatar-u%d-m">%s</span></a></div>
      <div class="message-userDetails"><h4 class="message-name"><a href="/members/%s.%d/" class="username" dir="auto">%s</a></h4><h5 class="userTitle message-userTitle" dir="auto">%s</h5></div></section></div>
    <div class="message-cell message-cell--main"><div class="message-main">
      <header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/transcript-elon-spaces-direct-to-cell.88213/post-%d" rel="nofollow"><time class="u-dt" datetime="%s">%s</time></a></li></ul><ul class="message-attribution-opposite listInline"><li><a href="#post-%d">#%d</a></li></ul></header>
      <div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote"><div class="bbWrapper">%s</div></article></div>%s</div>
      <footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="#" class="actionBar-action actionBar-action--reaction">Like</a><a href="#" class="actionBar-action actionBar-action--reply">Reply</a></div></div></footer>
    </div></div>
  </div>
</article>''' % (attr(user), pid, pid, attr(user.lower()), pid, pid, pid, esc(user[0].upper()), attr(user.lower()), pid, esc(user), esc(title), pid, date, date[:10], pid, n, body, extra)


def quote(user, pid, inner):
    return '<blockquote data-attributes="member: %d" data-quote="%s" data-source="post: %d" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=%d" class="bbCodeBlock-sourceJump">%s said:</a></div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">%s</div></div></blockquote>' % (pid, attr(user), pid, pid, esc(user), inner)


def build():
    op_body = ("Typed this up from the recording since the official one isn’t out yet. First two minutes were just people joining and music, so it starts at [02:10]. "
               "Speaker key: Elon = Elon Musk, Kai = Kai Mendez (the host), Ruth = Dr. Ruth Adler. I skipped the middle Q&amp;A section, will add later.<br>\n<br>\n"
               "<b>--- TRANSCRIPT ---</b><br>\n<br>\n" + render() +
               "<br>\n<br>\n<b>--- END ---</b><br>\n<br>\nCorrections welcome.")
    posts = [
        post(1001, "orbital_otter", "Well-known member", "2024-08-04T02:11:09+0000", op_body, 1),
        post(1007, "ElonMuskFan_88", "Member", "2024-08-04T02:30:44+0000",
             quote("orbital_otter", 1001, "[48:02] <b>Elon:</b> Honestly, I think in five years, dead zones will be something people tell their kids about.") +
             "This is the quote of the night. Screenshotting.", 2),
        post(1012, "not_elon_musk", "Member", "2024-08-04T03:02:17+0000",
             "Thanks for typing this up! Small correction: at [03:41] he said “carriers”, I’m pretty sure, the auto-captions had “careers”.<br>\n<br>\nAlso lol at [48:20] Kai: Ha! Elon: I’m serious.", 3),
        post(1019, "Errol M.", "New member", "2024-08-04T07:45:51+0000",
             "Ruth’s interference question was the best one. Elon Musk: “we only use the carrier partner’s spectrum in each country” — that answers most of the concerns on the other thread.", 4),
        post(1023, "orbital_otter", "Well-known member", "2024-08-04T09:12:03+0000",
             quote("not_elon_musk", 1012, "Small correction: at [03:41] he said “carriers”") + "Yep, fixed in the OP. Thanks!", 5),
    ]
    page = """<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-14" data-content-key="thread-88213" data-logged-in="false" class="has-no-js template-thread_view">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>[Transcript] Elon’s Spaces on direct-to-cell Starlink (Aug 3) | Launchpad Lounge</title>
<link rel="manifest" href="/webmanifest.php">
<meta name="description" content="Typed this up from the recording since the official one isn’t out yet.">
<meta property="og:site_name" content="Launchpad Lounge">
<link rel="canonical" href="https://forum.launchpadlounge.net/threads/transcript-elon-spaces-direct-to-cell.88213/">
<link rel="stylesheet" href="/css.php?css=public%%3Anormalize.css%%2Cpublic%%3Afa.css%%2Cpublic%%3Acore.less%%2Cpublic%%3Aapp.less&amp;s=3&amp;l=1&amp;d=1719876543&amp;k=6b1c">
<script src="/js/xf/preamble.min.js?_v=4f2a8b1c"></script>
</head>
<body data-template="thread_view">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="https://forum.launchpadlounge.net/"><img src="/styles/lpl/logo.png" alt="Launchpad Lounge" width="200" height="36"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">
  <li><div class="p-navEl is-selected"><a href="/forums/" class="p-navEl-link">Forums</a></div></li>
  <li><div class="p-navEl"><a href="/whats-new/" class="p-navEl-link">What's new</a></div></li>
  <li><div class="p-navEl"><a href="/launch-schedule/" class="p-navEl-link">Launch schedule</a></div></li>
  <li><div class="p-navEl"><a href="/members/" class="p-navEl-link">Members</a></div></li></ul></div></div>
  <div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn">Log in</a><a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register">Register</a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner">
  <ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/" itemprop="item"><span itemprop="name">Forums</span></a></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/starlink.14/" itemprop="item"><span itemprop="name">Starlink &amp; Satellites</span></a></li></ul>
  <div class="p-body-header"><div class="p-title"><h1 class="p-title-value"><span class="label label--blue" dir="auto">Transcript</span> Elon’s Spaces on direct-to-cell Starlink (Aug 3)</h1></div>
    <div class="p-description"><ul class="listInline listInline--bullet"><li>Thread starter <a href="/members/orbital_otter.1001/" class="username u-concealed">orbital_otter</a></li><li>Start date <time class="u-dt" datetime="2024-08-04T02:11:09+0000">Aug 4, 2024</time></li></ul></div></div>
  <div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent">
    <div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/"><div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
%s
    </div></div></div>
    <div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button">You must log in or register to reply here.</a></div></div>
    <div class="block"><div class="block-container"><h3 class="block-minorHeader">Similar threads</h3><div class="block-body"><ul class="listPlain"><li><a href="/threads/direct-to-cell-coverage-map.87990/">Direct-to-cell coverage map (unofficial)</a></li><li><a href="/threads/spectrum-interference-concerns.88102/">Spectrum interference concerns megathread</a></li></ul></div></div></div>
  </div></div></div>
</div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList"><li><a href="/misc/contact">Contact us</a></li><li><a href="/help/terms/">Terms and rules</a></li><li><a href="/help/privacy-policy/">Privacy policy</a></li></ul></div></div><div class="p-footer-copyright">Community platform by XenForo&reg; <span class="copyright">&copy; 2010-2024 XenForo Ltd.</span> Launchpad Lounge is a fan community and is not affiliated with SpaceX or Starlink.</div></div></footer>
</div>
<script src="/js/xf/core-compiled.js?_v=4f2a8b1c"></script>
<script>jQuery.extend(true, XF.config, {"userId":0,"enablePush":false,"csrf":"1722740000,0a1b2c3d4e5f"});</script>
</body>
</html>
""" % "\n".join(posts)
    return write(NAME, page,
                 "Forum thread: the opening post holds a typed transcript as <br>-separated lines '[mm:ss] Name: text' switching to '[h:mm:ss]' after the hour ('Elon Musk' first, then 'Elon'); unlabelled timed lines continue the turn; replies quote transcript lines in quote blocks and come from users with Musk-like names.",
                 SHOW, gold_turns(TURNS), ["Kai Mendez (host)", "Kai", "Dr. Ruth Adler", "Ruth"])
