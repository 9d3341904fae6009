from common import *

SHOW = "LaunchPad Forums"

# (who, label, secs or None (printed as ??:??), [lines]); lines after the first are continuation lines
SEGS = [
    ("H", "HOST", 95, ["ok we’re live, Elon’s here, we’ve got a ton of requests to speak so let’s keep questions short"]),
    ("M", "EM", 112, ["Hey everyone. Sorry for the delay, the last meeting ran long. Let’s go."]),
    ("Q", "Q1", 130, ["When does the next ship fly and will it catch?"]),
    ("M", "EM", 137, ["Next flight is in about four weeks if the static fire goes well. We’ll try to catch the booster again. Ship catch is maybe two flights after that.",
                      "I want to caveat that heavily. Four weeks is if nothing breaks."]),
    ("H", "HOST", 2710, ["next up, go ahead, you’re unmuted"]),
    ("Q", "Q2", 2714, ["Hi Elon, huge fan. Is the V3 booster going to use the new engines from day one?"]),
    ("M", "EM", 2721, ["Yes. All new engines. The old ones are basically museum pieces at this point."]),
    ("M2", None, None, ["(somebody’s dog barks, lots of laughing)"]),
    ("H", "HOST", 3598, ["we’re at an hour, couple more"]),
    ("Q", "Q3", 3605, ["What about propellant transfer? When’s the demo?"]),
    ("M", "EM", 3611, ["Next year for the transfer demo. It’s actually not as scary as people think. It’s two tanks and a pipe, basically. The hard part is doing it in zero g without the propellant sloshing around."]),
    ("Q", "Q4", 3640, ["will you be at the next launch in person?"]),
    ("M", "EM", "none", ["Probably. I try to be at every one, unless something is on fire somewhere else."]),
    ("H", "HOST", 3702, ["last one from me. How much sleep are you getting?"]),
    ("M", "EM", None, ["Not enough. Next question."]),
    ("H", "HOST", 3715, ["ha, ok, thanks Elon, thanks everyone"]),
]


def build():
    g = Gold(SHOW, "XenForo forum thread; the first post holds a hand-typed transcript as <br>-separated lines 'LABEL (m:ss or h:mm:ss): text' with a legend EM = Elon Musk, one line with (??:??) for a missed time and one with no time at all, and unlabelled continuation lines; replies quote lines in <blockquote>.")
    lines = []
    for who, lab, t, ls in SEGS:
        if not ls:
            continue
        if who == "M2":
            lines.append("<i>%s</i>" % esc(ls[0]))
            continue
        if who == "M":
            g.add(None if t == "none" else t, ls[0], len(ls) > 1)
        else:
            g.other(lab)
        if t == "none":   # typed without any time at all
            lines.append("<b>%s</b>: %s" % (lab, esc(ls[0])))
        else:
            tt = h_mss(t) if t is not None else "??:??"
            lines.append("<b>%s</b> (%s): %s" % (lab, tt, esc(ls[0])))
        for x in ls[1:]:
            lines.append(esc(x))
    body = "<br>\n".join(lines)
    page = """<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-xf="2.2" data-app="public" data-template="thread_view" data-container-key="node-14" data-content-key="thread-88412" data-logged-in="false" class="has-no-js template-thread_view">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>[Transcript] Elon’s Spaces Q&amp;A last night (partial, timestamps approx) | LaunchPad Forums</title>
<link rel="canonical" href="https://www.launchpadforums.net/threads/transcript-elons-spaces-q-a-last-night.88412/" />
<link rel="stylesheet" href="/css.php?css=public%%3Anormalize.css%%2Cpublic%%3Afa.css%%2Cpublic%%3Acore.less%%2Cpublic%%3Aapp.less&amp;s=3&amp;l=1&amp;d=1731002211&amp;k=8c1f" />
<script src="/js/xf/preamble.min.js?_v=2a4c8e11"></script>
</head>
<body data-template="thread_view">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="https://www.launchpadforums.net"><img src="/styles/lpf/logo.png" width="200" height="36" alt="LaunchPad Forums"></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><ul class="p-nav-list"><li><a href="/" class="p-navEl-link">Home</a></li><li><a href="/forums/" class="p-navEl-link is-selected">Forums</a></li><li><a href="/whats-new/" class="p-navEl-link">What’s new</a></li><li><a href="/members/" class="p-navEl-link">Members</a></li></ul><div class="p-nav-opposite"><a href="/login/" class="p-navgroup-link--logIn">Log in</a> <a href="/register/" class="p-navgroup-link--register">Register</a></div></div></nav></div>
<div class="p-body"><div class="p-body-inner">
<ul class="p-breadcrumbs"><li><a href="/forums/">Forums</a></li><li><a href="/forums/#spacex.3">SpaceX</a></li><li><a href="/forums/starship-general.14/">Starship general</a></li></ul>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value"><span class="label label--blue" dir="auto">Transcript</span> Elon’s Spaces Q&amp;A last night (partial, timestamps approx)</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li>Thread starter <a href="/members/orbital_mike.5521/" class="username">orbital_mike</a></li><li><time class="u-dt" datetime="2025-07-13T09:12:44-0500">Jul 13, 2025</time></li></ul></div></div>
<div class="block block--messages"><div class="block-container"><div class="block-body js-replyNewMessageContainer">

<article class="message message--post js-post js-inlineModContainer" data-author="orbital_mike" data-content="post-1900221" id="js-post-1900221">
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><h4 class="message-name"><a href="/members/orbital_mike.5521/" class="username" dir="auto">orbital_mike</a></h4><h5 class="userTitle message-userTitle">Well-known member</h5></section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed"><time class="u-dt" datetime="2025-07-13T09:12:44-0500">Jul 13, 2025</time></li></ul><ul class="message-attribution-opposite listInline"><li><a href="/threads/88412/post-1900221">#1</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote"><div class="bbWrapper">Typed this up from the recording because the auto-transcript was garbage. Only the Starship bits, skipped the AI stuff. Times are from the replay so may be off by a few seconds.<br>
<br>
Legend: <b>EM</b> = Elon Musk, <b>HOST</b> = the Space host, Q1-Q4 = people who got brought up to speak.<br>
<br>
%s<br>
<br>
That’s all I got. Corrections welcome.</div></article></div></div>
<div class="message-lastEdit">Last edited: Jul 13, 2025</div></div></div></div>
</article>

<article class="message message--post js-post" data-author="ElonMusk_2024" data-content="post-1900240" id="js-post-1900240">
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><h4 class="message-name"><a href="/members/elonmusk_2024.9981/" class="username">ElonMusk_2024</a></h4><h5 class="userTitle message-userTitle">New member</h5></section></div>
<div class="message-cell message-cell--main"><div class="message-content"><article class="message-body"><div class="bbWrapper">Thanks for this! The dog bark was the best part tbh. Four weeks = eight weeks in Elon time.</div></article></div></div></div>
</article>

<article class="message message--post js-post" data-author="real_elon_musk_fan" data-content="post-1900262" id="js-post-1900262">
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><h4 class="message-name"><a href="/members/real_elon_musk_fan.7002/" class="username">real_elon_musk_fan</a></h4><h5 class="userTitle message-userTitle">Member</h5></section></div>
<div class="message-cell message-cell--main"><div class="message-content"><article class="message-body"><div class="bbWrapper"><blockquote data-attributes="member: 5521" data-quote="orbital_mike" data-source="post: 1900221" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch"><div class="bbCodeBlock-title"><a href="/goto/post?id=1900221" class="bbCodeBlock-sourceJump">orbital_mike said:</a></div><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent"><b>EM</b> (1:00:11): Next year for the transfer demo. It’s actually not as scary as people think.</div></div></blockquote>“Two tanks and a pipe” is doing a LOT of work in that sentence.</div></article></div></div></div>
</article>

<article class="message message--post js-post" data-author="orbital_mike" data-content="post-1900270" id="js-post-1900270">
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><h4 class="message-name"><a href="/members/orbital_mike.5521/" class="username">orbital_mike</a></h4></section></div>
<div class="message-cell message-cell--main"><div class="message-content"><article class="message-body"><div class="bbWrapper">Ha, yeah. To be fair he did say it was the sloshing that’s hard. Also fixed the 45:21 timestamp, I had it as 45:12.</div></article></div></div></div>
</article>

</div></div></div>
<div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button" data-xf-click="overlay"><span class="button-text">You must log in or register to reply here.</span></a></div></div>
</div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><div class="p-footer-row"><ul class="p-footer-linkList"><li><a href="/help/terms/">Terms and rules</a></li><li><a href="/help/privacy-policy/">Privacy policy</a></li><li><a href="/help/">Help</a></li></ul></div><div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2024 XenForo Ltd.</span></a></div></div></footer>
</div>
<script src="/js/xf/core-compiled.js?_v=2a4c8e11"></script>
<script>jQuery.extend(XF.config, {"userId":0,"csrf":"1731002211,8c1f0a"});</script>
</body>
</html>
""" % body
    return g.write("y15_launchpadforums_thread", page)


if __name__ == "__main__":
    build()
