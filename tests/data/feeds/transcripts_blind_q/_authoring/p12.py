"""q12 - Fan forum thread (XenForo-like). OP posts a transcript in two posts as '<b>Name (mm:ss):</b> text' lines separated by <br />."""
from common import ELON, esc, gold_turns, write_page

NAME = "q12_redplanetboard_forum_thread"
SHOW = "Cosmic Drift (transcript posted on RedPlanetBoard forum)"

PART1 = [
    ("C", "Cal Jennings", "00:00", 0, "Welcome to Cosmic Drift, episode 140. I'm Cal Jennings and today, somehow, Elon Musk is on the show."),
    (ELON, "Elon Musk", "03:12", 192, "Hey Cal. Thanks for having me. Sorry about the delay, the previous meeting ran long."),
    ("C", "Cal", "03:20", 200, "No worries. I want to start with Starlink. How many satellites are up now?"),
    (ELON, "Elon", "03:26", 206, "A bit over seven thousand working ones. We're launching more every week, and the new ones are much more capable than the first generation."),
    ("C", "Cal", "41:55", 2515, "Mars. What's the earliest a human could realistically land?"),
    (ELON, "Elon", "42:03", 2523, "If things go well, around 2029. But I'd say that's an optimistic estimate, and my estimates are, as everyone knows, famously optimistic."),
    ("C", "Cal", "42:30", 2550, "Famously."),
    (ELON, "Elon", "42:31", 2551, "Yes."),
]
PART2 = [
    ("C", "Cal", "74:02", 4442, "Last thing: the Roadster. Where is it now?"),
    (ELON, "Elon", "74:10", 4450, "Somewhere past the orbit of Mars, on the far side of the Sun from us right now. Starman is still driving, as far as we know."),
    ("C", "Cal", "1:22:00", 4920, "Elon, thank you so much."),
    (ELON, "Elon", "1:22:05", 4925, "Thanks, Cal. This was great."),
]


def render(part):
    return "<br />\n<br />\n".join('<b>%s (%s):</b> %s' % (esc(lab), disp, esc(text)) for _k, lab, disp, _s, text in part)


def post(pid, user, title, joined, msgs, date, body, sig="", reactions=""):
    return """<article class="message message--post js-post" data-author="{user}" data-content="post-{pid}" id="js-post-{pid}">
 <div class="message-inner">
  <div class="message-cell message-cell--user"><section class="message-user">
   <div class="message-avatar"><a href="/members/{user}.{pid}/" class="avatar avatar--m" data-user-id="{pid}"><span class="avatar-u{pid}-m" role="img" aria-label="{user}">{ini}</span></a></div>
   <div class="message-userDetails"><h4 class="message-name"><a href="/members/{user}.{pid}/" class="username" dir="auto">{user}</a></h4><h5 class="userTitle message-userTitle" dir="auto">{title}</h5></div>
   <div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>{joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>{msgs}</dd></dl></div>
  </section></div>
  <div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
   <header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/transcript-elon-on-cosmic-drift-ep-140.88213/post-{pid}" rel="nofollow"><time class="u-dt" dir="auto" datetime="{date}">{date_h}</time></a></li></ul><ul class="message-attribution-opposite listInline"><li><a href="/threads/transcript-elon-on-cosmic-drift-ep-140.88213/post-{pid}" rel="nofollow">#{n}</a></li></ul></header>
   <div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote"><div class="bbWrapper">{body}</div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>
   {sig}</div>
   <footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="/posts/{pid}/react?reaction_id=1" class="actionBar-action actionBar-action--reaction">Like</a><a href="/threads/transcript-elon-on-cosmic-drift-ep-140.88213/reply?quote={pid}" class="actionBar-action actionBar-action--reply">Reply</a></div></div>{reactions}</footer>
  </div></div>
 </div>
</article>
""".format(pid=pid, user=esc(user), ini=esc(user[0].upper()), title=esc(title), joined=joined, msgs=msgs, date=date,
           date_h=date[:10], n=POSTNO[pid], body=body, sig=sig, reactions=reactions)


POSTNO = {}


def quote(user, pid, inner):
    return ('<blockquote data-attributes="member: %d" data-quote="%s" data-source="post: %d" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">'
            '<div class="bbCodeBlock-title"><a href="/goto/post?id=%d" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution" data-content-selector="#post-%d">%s said:</a></div>'
            '<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent">%s</div></div></blockquote>'
            % (pid, esc(user), pid, pid, pid, esc(user), inner))


def thread():
    posts = []
    ids = [5501201, 5501202, 5501240, 5501266, 5501301, 5501377]
    for i, p in enumerate(ids):
        POSTNO[p] = i + 1
    body1 = ("Transcribed this by hand because the auto-captions on the upload are garbage. Times are mm:ss from the YouTube upload "
             "(it runs over an hour, so yes, you'll see things like 74:10). I cut the ad reads and the 35 min in the middle about the "
             "Cosmic Drift tabletop game. Part 2 in the next post because of the character limit.<br />\n<br />\n"
             "<b>PART 1</b><br />\n<br />\n" + render(PART1))
    posts.append(post(ids[0], "spacefan_jo", "Well-known member", "Mar 4, 2019", "3,118", "2025-02-09T21:14:03-0500", body1,
                      sig='<aside class="message-signature"><div class="bbWrapper">Reservation #2 for Starship tourist class. Not really.</div></aside>'))
    body2 = ("<b>PART 2</b> (my player switches to h:mm:ss after 80 minutes, sorry for the inconsistency)<br />\n<br />\n" + render(PART2)
             + "<br />\n<br />\nThat's it. If you spot an error, quote it and I'll fix it.")
    posts.append(post(ids[1], "spacefan_jo", "Well-known member", "Mar 4, 2019", "3,118", "2025-02-09T21:16:40-0500", body2,
                      reactions='<div class="reactionsBar js-reactionsList is-active"><a class="reactionsBar-link" href="/posts/5501202/reactions">ElonMusk_Real_NotFake, Errol_M and 41 others</a></div>'))
    body3 = (quote("spacefan_jo", ids[1], "<b>Elon (74:10):</b> Somewhere past the orbit of Mars, on the far side of the Sun from us right now. Starman is still driving, as far as we know.")
             + "Starman forever. Thanks for typing all this out!")
    posts.append(post(ids[2], "ElonMusk_Real_NotFake", "Member", "Jan 2, 2023", "208", "2025-02-09T22:02:11-0500", body3,
                      sig='<aside class="message-signature"><div class="bbWrapper">Not affiliated with anyone. Obviously.</div></aside>'))
    body4 = "Elon: around 2029.<br />\nAlso Elon, every year since 2016: around [current year + 4].<br />\n<br />\nMy money's on 2031."
    posts.append(post(ids[3], "Errol_M", "Member", "Aug 19, 2021", "77", "2025-02-10T07:45:52-0500", body4))
    body5 = (quote("spacefan_jo", ids[0], "<b>Elon (42:03):</b> If things go well, around 2029.")
             + "Small correction: the YouTube captions have this as 2028, but he clearly says 2029 at 42:03. Your version is right.<br />\n<br />\n"
             "(And before anyone asks, yes, my name is actually Elon. Born 1987, before it was cool.)")
    posts.append(post(ids[4], "Elon K", "Member", "May 30, 2020", "512", "2025-02-10T09:20:37-0500", body5,
                      sig='<aside class="message-signature"><div class="bbWrapper">Elon K. &mdash; no, not that one.</div></aside>'))
    body6 = "Great work. Adding this to the wiki page for ep. 140 with a link back here."
    posts.append(post(ids[5], "MuskMelon", "Moderator", "Nov 11, 2015", "18,440", "2025-02-10T11:03:09-0500", body6))
    return "\n".join(posts)


PAGE = """<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-14" data-content-key="thread-88213" data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-thread_view">
<head>
	<meta charset="utf-8" />
	<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
	<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
	<title>[Transcript] Elon on Cosmic Drift ep. 140 &mdash; full, timestamped | RedPlanetBoard</title>
	<link rel="canonical" href="https://www.redplanetboard.com/threads/transcript-elon-on-cosmic-drift-ep-140.88213/" />
	<meta property="og:site_name" content="RedPlanetBoard" />
	<meta property="og:type" content="website" />
	<meta property="og:title" content="[Transcript] Elon on Cosmic Drift ep. 140 &mdash; full, timestamped" />
	<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=3&amp;l=1&amp;d=1738112510&amp;k=9f1f2c" />
	<link rel="stylesheet" href="/css.php?css=public%3Abb_code.less%2Cpublic%3Amessage.less%2Cpublic%3Ashare_controls.less%2Cpublic%3Aextra.less&amp;s=3&amp;l=1&amp;d=1738112510&amp;k=4d0e11" />
	<script src="/js/xf/preamble.min.js?_v=0c9e1f7a"></script>
	<script type="application/ld+json">{{"@context":"https://schema.org","@type":"DiscussionForumPosting","@id":"https://www.redplanetboard.com/threads/transcript-elon-on-cosmic-drift-ep-140.88213/","headline":"[Transcript] Elon on Cosmic Drift ep. 140 - full, timestamped","author":{{"@type":"Person","name":"spacefan_jo"}},"datePublished":"2025-02-10T02:14:03+00:00","interactionStatistic":{{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":5}}}}</script>
</head>
<body data-template="thread_view">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="https://www.redplanetboard.com/"><img src="/styles/rpb/logo.png" alt="RedPlanetBoard" width="200" height="36" /></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><div class="p-nav-scroller hScroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">
<li><div class="p-navEl is-selected"><a href="/forums/" class="p-navEl-link">Forums</a></div></li>
<li><div class="p-navEl"><a href="/whats-new/" class="p-navEl-link">What's new</a></div></li>
<li><div class="p-navEl"><a href="/launch-tracker/" class="p-navEl-link">Launch tracker</a></div></li>
<li><div class="p-navEl"><a href="/wiki/" class="p-navEl-link">Wiki</a></div></li>
<li><div class="p-navEl"><a href="/members/" class="p-navEl-link">Members</a></div></li>
</ul></div></div><div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" rel="nofollow"><span class="p-navgroup-linkText">Log in</span></a><a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" rel="nofollow"><span class="p-navgroup-linkText">Register</span></a></div></div></div></nav></div>
<div class="p-body"><div class="p-body-inner">
<div class="p-breadcrumbs"><ul class="p-breadcrumbs"><li><a href="/forums/"><span>Forums</span></a></li><li><a href="/forums/#people-and-media.3"><span>People &amp; Media</span></a></li><li><a href="/forums/podcasts-interviews.14/"><span>Podcasts &amp; Interviews</span></a></li></ul></div>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value"><span class="label label--blue" dir="auto">Transcript</span><span class="label-append">&nbsp;</span>Elon on Cosmic Drift ep. 140 &mdash; full, timestamped</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li>Thread starter <a href="/members/spacefan_jo.5501201/" class="username u-concealed" dir="auto">spacefan_jo</a></li><li><time class="u-dt" datetime="2025-02-09T21:14:03-0500">Feb 9, 2025</time></li></ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*">
<div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
{posts}
</div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button" rel="nofollow"><span class="button-text">You must log in or register to reply here.</span></a></div></div>
</div>
<div class="block"><div class="block-container"><h3 class="block-header">Similar threads</h3><div class="block-body"><ul class="structItemContainer"><li><a href="/threads/errol-musk-radio-interview-thoughts.87990/">Errol Musk radio interview &mdash; thoughts?</a></li><li><a href="/threads/cosmic-drift-ep-139-discussion.88001/">Cosmic Drift ep. 139 discussion</a></li></ul></div></div></div>
</div></div></div>
</div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList"><li><a href="/misc/contact" data-xf-click="overlay">Contact us</a></li><li><a href="/help/terms/">Terms and rules</a></li><li><a href="/help/privacy-policy/">Privacy policy</a></li><li><a href="/help/">Help</a></li></ul></div></div>
<div class="p-footer-copyright">Community platform by XenForo&reg; <span class="copyright">&copy; 2010-2025 XenForo Ltd.</span> &middot; RedPlanetBoard is a fan site and is not affiliated with SpaceX or Tesla.</div></div></footer>
</div>
<script src="/js/vendor/jquery/jquery-3.5.1.min.js?_v=0c9e1f7a"></script>
<script src="/js/xf/core-compiled.js?_v=0c9e1f7a"></script>
<script>jQuery.extend(true, XF.config, {{"userId": 0, "enablePush": false, "url": {{"fullBase": "https://www.redplanetboard.com/", "basePath": "/"}}}});</script>
</body>
</html>
"""


def build():
    page = PAGE.format(posts=thread())
    turns = [(k, s, [text]) for k, lab, disp, s, text in PART1 + PART2]
    return write_page(
        NAME, page, SHOW,
        "XenForo forum thread: the opening two posts carry the transcript as '<b>Name (mm:ss):</b> text' lines separated by <br /><br /> (minutes run past 59, then h:mm:ss in part 2); replies quote lines in bbCode quote blocks.",
        gold_turns(turns),
        ["Cal Jennings", "Cal"],
    )
