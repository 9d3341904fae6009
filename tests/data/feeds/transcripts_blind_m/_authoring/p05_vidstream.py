from common import *

SHOW = "The Torque Hour"
g = Gold(SHOW, "YouTube-like watch page with a transcript panel of caption cues (data-start-ms in milliseconds, "
         "visible m:ss / h:mm:ss per cue); the speaker label ('ELON MUSK:' then 'MUSK:') appears only in the "
         "first cue of a turn, later cues of the turn are unlabelled with their own times.")

R, EMF, EM = "REESE", "ELON MUSK", "MUSK"
T = [
    (R, [(400, "Welcome to the Torque Hour. I'm Reese"), (3100, "Calloway, and today I'm at the factory"), (6800, "with Elon Musk. Elon, thanks for having us.")]),
    (EMF, [(9900, "Yeah, of course. Welcome to the"), (12200, "loudest building in Texas.")]),
    (R, [(15500, "So let's start with Cybercab. No steering wheel,"), (18900, "no pedals. Why go that far?")]),
    (EM, [(21300, "Because if you keep the steering wheel,"), (23900, "you're designing for the case where the"), (26400, "software fails. And if you design for that,"), (29000, "you end up with a regular car that costs more."), (32700, "The whole point is to commit.")]),
    (R, [(36000, "Commit. Okay.")]),
    (EM, [(37400, "Yeah.")]),
    (R, [(252100, "Let's talk about Optimus. How many are"), (255000, "actually working in the factory today?")]),
    (EM, [(257340, "A few dozen doing real tasks,"), (260200, "mostly moving cells between stations."), (263900, "It's not glamorous. It's the job nobody wants,"), (267500, "which is exactly the right first job.")]),
    (R, [(1805600, "You said on a call last year, quote,"), (1808900, "Optimus will be the biggest product ever."), (1812000, "Do you still believe that?")]),
    (EM, [(1814700, "I do. If you have a general-purpose robot,"), (1818300, "the market is basically every job"), (1821000, "that people don't want to do,"), (1823600, "and that's a very big number.")]),
    (R, [(3702200, "Last question. Dojo. Is it dead?")]),
    (EM, [(3705900, "Not dead, just less necessary."), (3708800, "The chips we can buy got a lot better"), (3711500, "faster than we expected. So we shifted.")]),
    (R, [(3716000, "Elon, thank you. That's the show, everybody."), (3719400, "Like, subscribe, see you next week.")]),
]

segs = []
for lab, cues in T:
    if lab in (EMF, EM):
        g.elon(cues[0][0] // 1000, cues[0][1])
    else:
        g.other(lab)
    for k, (ms, text) in enumerate(cues):
        txt = ("%s: %s" % (lab, text)) if k == 0 else text
        segs.append('<ytd-transcript-segment-renderer class="style-scope ytd-transcript-segment-list-renderer" data-start-ms="%d" role="button" tabindex="0">'
                    '<div class="segment style-scope"><div class="segment-start-offset"><div class="segment-timestamp style-scope">%s</div></div>'
                    '<yt-formatted-string class="segment-text style-scope">%s</yt-formatted-string></div></ytd-transcript-segment-renderer>'
                    % (ms, hmm(ms // 1000), esc(txt)))

page = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Elon Musk on Cybercab, Optimus and Dojo | Torque Hour #57 - VidStream</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Reese Calloway sits down with Elon Musk on the factory floor. Chapters below.">
<meta property="og:video:url" content="https://www.vidstream.com/embed/q8XkT3mZr1A">
<link rel="canonical" href="https://www.vidstream.com/watch?v=q8XkT3mZr1A">
<link rel="stylesheet" href="https://www.vidstream.com/s/desktop/5e1c0f9a/cssbin/www-main-desktop-watch-page-skeleton.css">
<style>
 ytd-app{display:block}#columns{display:flex;gap:24px;max-width:1700px;margin:0 auto}
 #primary{flex:1}#secondary{width:402px}
 ytd-transcript-segment-renderer{display:block;cursor:pointer}
 .segment{display:flex;gap:16px;padding:6px 12px}.segment-timestamp{color:#606060;min-width:48px;font-size:12px;background:#f2f2f2;border-radius:4px;text-align:center}
 #description{background:#f2f2f2;border-radius:12px;padding:12px;white-space:pre-line}
 ytd-comment-thread-renderer{display:block;margin:16px 0}
</style>
</head>
<body>
<ytd-app>
<div id="masthead-container"><ytd-masthead id="masthead">
  <a id="logo" href="https://www.vidstream.com/" title="VidStream Home"><span class="logo-text">VidStream</span></a>
  <form id="search-form" action="https://www.vidstream.com/results"><input id="search" name="search_query" placeholder="Search" autocomplete="off"><button id="search-icon-legacy" aria-label="Search">&#128269;</button></form>
  <div id="buttons"><a href="https://accounts.vidstream.com/signin" class="sign-in">Sign in</a></div>
</ytd-masthead></div>
<div id="columns">
<div id="primary">
  <div id="player"><div class="html5-video-player"><video src="blob:https://www.vidstream.com/0f3e6b12-8d51-4a3e-9e20-cc1f" preload="none" poster="https://i.vidstream.com/vi/q8XkT3mZr1A/maxresdefault.jpg"></video></div></div>
  <h1 class="title style-scope ytd-watch-metadata"><yt-formatted-string>Elon Musk on Cybercab, Optimus and Dojo | Torque Hour #57</yt-formatted-string></h1>
  <div id="owner"><a href="https://www.vidstream.com/@TorqueHour" class="channel-name">The Torque Hour</a> <span id="owner-sub-count">812K subscribers</span> <button class="subscribe">Subscribe</button></div>
  <div id="info">1,204,338 views &middot; 3 weeks ago</div>
  <div id="description">Reese Calloway sits down with Elon Musk on the factory floor for a wide-ranging conversation about robotaxis, humanoid robots and training compute.

Chapters
0:00 Intro
0:21 Elon Musk: why Cybercab has no steering wheel
4:17 MUSK: Optimus in the factory today
30:14 "The biggest product ever"?
1:01:45 Is Dojo dead?

#tesla #elonmusk #optimus</div>

  <ytd-comments id="comments">
    <h2 id="count">2,146 Comments</h2>
    <ytd-comment-thread-renderer>
      <div class="comment"><a class="author" href="https://www.vidstream.com/@ElonMusk-x9q">@ElonMusk-x9q</a> <span class="published">2 weeks ago</span>
      <p class="content">ELON MUSK: Not dead, just less necessary. &#128128; the Dojo team reading this</p><span class="likes">3.1K</span></div>
      <div class="replies"><div class="comment"><a class="author" href="https://www.vidstream.com/@gearhead_lina">@gearhead_lina</a> <span class="published">2 weeks ago</span>
      <p class="content">@ElonMusk-x9q lmao this is not the real Elon guys</p></div></div>
    </ytd-comment-thread-renderer>
    <ytd-comment-thread-renderer>
      <div class="comment"><a class="author" href="https://www.vidstream.com/@torquefan2011">@torquefan2011</a> <span class="published">3 weeks ago</span>
      <p class="content">4:17 MUSK: &quot;the job nobody wants, which is exactly the right first job&quot; &mdash; honestly a great way to think about automation</p><span class="likes">842</span></div>
    </ytd-comment-thread-renderer>
    <ytd-comment-thread-renderer>
      <div class="comment"><a class="author" href="https://www.vidstream.com/@TorqueHour">@TorqueHour</a> <span class="badge">Creator</span> <span class="published">3 weeks ago</span>
      <p class="content">Thanks for watching! Full transcript is in the description panel. Part two drops Friday.</p><span class="likes">512</span></div>
    </ytd-comment-thread-renderer>
  </ytd-comments>
</div>
<div id="secondary">
  <ytd-engagement-panel-section-list-renderer target-id="engagement-panel-searchable-transcript" visibility="ENGAGEMENT_PANEL_VISIBILITY_EXPANDED">
    <div id="header"><h2 id="title-text">Transcript</h2><button aria-label="Close transcript">&times;</button></div>
    <ytd-transcript-renderer><ytd-transcript-segment-list-renderer><div id="segments-container">
{{SEGS}}
    </div></ytd-transcript-segment-list-renderer>
    <div class="footer"><span class="language">English</span></div></ytd-transcript-renderer>
  </ytd-engagement-panel-section-list-renderer>
  <ytd-watch-next-secondary-results-renderer>
    <div class="compact-video"><a href="https://www.vidstream.com/watch?v=Lp02xVb7QwE">Inside the Giga Texas paint shop | Torque Hour #56</a><span class="byline">The Torque Hour &middot; 640K views</span></div>
    <div class="compact-video"><a href="https://www.vidstream.com/watch?v=R4dZkq0mN8s">Why robotaxis keep getting delayed (explained)</a><span class="byline">Motorhead Explains &middot; 1.1M views</span></div>
  </ytd-watch-next-secondary-results-renderer>
</div>
</div>
</ytd-app>
<script nonce="k2Q9">var ytInitialPlayerResponse = {"videoDetails":{"videoId":"q8XkT3mZr1A","title":"Elon Musk on Cybercab, Optimus and Dojo | Torque Hour #57","lengthSeconds":"3721","author":"The Torque Hour"},"captions":{"playerCaptionsTracklistRenderer":{"captionTracks":[{"baseUrl":"https://www.vidstream.com/api/timedtext?v=q8XkT3mZr1A&lang=en","name":{"simpleText":"English"},"languageCode":"en","kind":""}]}}};</script>
<script src="https://www.vidstream.com/s/desktop/5e1c0f9a/jsbin/desktop_polymer.vflset/desktop_polymer.js" defer></script>
</body>
</html>
""".replace("{{SEGS}}", "\n".join(segs))

write("m05_vidstream-watch", page, g)
