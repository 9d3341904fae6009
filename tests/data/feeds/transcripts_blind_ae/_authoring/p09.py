from lib import *

NAME = "ae09_orbitalchatter-forum"
SHOW = "Cold Start"
R, D = "RC", "DK"


def ts(s):
    return "[%s]" % mmss(s)  # the poster never switches to hours: [60:10], [62:15]


# paragraphs may be (time, text) for continuation lines carrying their own time
turns = [
    T(R, "Reese", 5, "Alright, we're live-ish. Elon, thanks for doing this."),
    T(EM, "Elon", 9, "Happy to. I like the name of the show."),
    T(R, "Reese", 12, "Cold Start. It's an engine thing, for the non-nerds. So let's start with the engine. What's actually hard about starting a Raptor?"),
    T(EM, "Elon", 135,
      "Yeah, so a cold start on a full-flow staged combustion engine is actually a really delicate sequence. You've got two preburners that both have to light and come up together, and if one gets ahead of the other you can get a hot-gas mess that eats the turbine.",
      (160, "And then in space it's worse, because you're relighting after the propellant has been sitting there, and you have to get it conditioned first. We've lost engines to that."),
      (191, "We've gotten a lot better at it, though.")),
    T(D, "Dev", 210, "Huh."),
    T(EM, "Elon", 211, "It's subtle. A few milliseconds of timing is the difference between a good start and a very expensive noise."),
    T(R, "Reese", 840, "Let's talk tiles."),
    T(EM, "Elon", 842,
      "The heat shield is still the hardest problem on the ship, in my opinion. Nobody has made a fully reusable orbital heat shield that you can fly again the next day without refurbishment. The Shuttle tiles took months of work between flights."),
    T(R, "Reese", 1880, "So what was the fix after flight four, when you lost a bunch of them?"),
    T(EM, "Elon", 1893,
      "Honestly, a lot of it was better tiles and a better way of attaching them. The old ones would crack at the pins. Then there's a backup ablative layer underneath, so if you lose a tile you don't burn through."),
    T(R, "Reese", 3530, "Last thing, I promise, and it's a weird one. Can I ask about the name?"),
    T(EM, "Elon", None, "Sure, go ahead, ask me anything. <em>(lost the timestamp here, my player glitched, sorry)</em>"),
    T(R, "Reese", 3542, "If Starship works, where's the first place you'd personally go?"),
    T(EM, "Elon", 3610,
      "Mars, obviously. Although honestly I'd probably do a flyby of the Moon first, just to see it. The view of Earth from far away changes people."),
    T(R, "Reese", 3735, "Elon, thanks for being on Cold Start."),
    T(EM, "Elon", 3738, "Thanks. This was fun."),
]


def render_turns():
    out = []
    for t in turns:
        for i, p in enumerate(t["paras"]):
            if isinstance(p, tuple):
                out.append('<p>%s %s</p>' % (ts(p[0]), p[1]))
            elif i == 0:
                pre = (ts(t["t"]) + " ") if t["t"] is not None else ""
                out.append('<p>%s<strong>%s:</strong> %s</p>' % (pre, t["label"], p))
            else:
                out.append('<p>%s</p>' % p)
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon">
<head>
<meta charset="utf-8">
<title>[Transcript] Cold Start ep. 88 with Elon - full text - Launch Vehicles - Orbital Chatter</title>
<meta name="description" content="Typed this up from the episode because the auto-captions were garbage.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.orbitalchatter.net/t/transcript-cold-start-ep-88-with-elon-full-text/20917">
<link href="https://forum.orbitalchatter.net/stylesheets/desktop_2c1a.css" media="all" rel="stylesheet">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"[Transcript] Cold Start ep. 88 with Elon - full text","author":{"@type":"Person","name":"telemetry_tom"}}</script>
</head>
<body class="crawler">
<header><a href="/"><img src="https://forum.orbitalchatter.net/uploads/default/original/1X/logo.png" alt="Orbital Chatter" id="site-logo" style="max-width:150px"></a></header>
<div id="main-outlet" class="wrap" role="main">
<div id="topic-title"><h1><a href="/t/transcript-cold-start-ep-88-with-elon-full-text/20917">[Transcript] Cold Start ep. 88 with Elon - full text</a></h1>
<div class="topic-category"><span class="badge-wrapper bullet"><span class="badge-category-bg" style="background-color:#0E76BD"></span><a href="/c/launch-vehicles/7"><span class="badge-category-name">Launch Vehicles</span></a></span> <span class="discourse-tags"><a href="/tag/starship" class="discourse-tag">starship</a> <a href="/tag/transcripts" class="discourse-tag">transcripts</a></span></div></div>

<div id="post_1" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator"><a href="/u/telemetry_tom"><span itemprop="name">telemetry_tom</span></a> <span class="full-name">Tom Varga</span></span><span class="crawler-post-infos"><time datetime="2024-11-02T03:11:54Z" class="post-time">November 2, 2024, 3:11am</time><span class="post-number">#1</span></span></div>
<div class="post" itemprop="text">
<p>Typed this up from the episode because the auto-captions were garbage. Timestamps are from the Spotify version (no ads). Reese = Reese Calder (host), Dev = Dev Kothari (co-host), Elon = Elon Musk. I cut the sponsor reads and some crosstalk. Corrections welcome.</p>
<hr>
%(TRANSCRIPT)s
<hr>
<p>That's it, the rest is them plugging the merch store. Full episode is here: <a href="https://coldstart.show/88">https://coldstart.show/88</a></p>
</div>
<div class="crawler-linkback-list"></div>
<div class="post-likes">41 Likes</div>
</div>

<div id="post_2" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator"><a href="/u/elon_musk_real_not_fake"><span itemprop="name">elon_musk_real_not_fake</span></a> <span class="full-name">Elon Musk</span></span><span class="crawler-post-infos"><time datetime="2024-11-02T04:02:10Z" class="post-time">November 2, 2024, 4:02am</time><span class="post-number">#2</span></span></div>
<div class="post" itemprop="text"><p>Thanks for typing this up. And no, I'm not him, before anyone asks again.</p></div>
<div class="post-likes">12 Likes</div>
</div>

<div id="post_3" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator"><a href="/u/gridfin_gwen"><span itemprop="name">gridfin_gwen</span></a></span><span class="crawler-post-infos"><time datetime="2024-11-02T07:45:33Z" class="post-time">November 2, 2024, 7:45am</time><span class="post-number">#3</span></span></div>
<div class="post" itemprop="text">
<aside class="quote no-group" data-username="telemetry_tom" data-post="1" data-topic="20917"><div class="title"><img alt="" width="24" height="24" src="/user_avatar/forum.orbitalchatter.net/telemetry_tom/48/1180_2.png" class="avatar"> telemetry_tom:</div>
<blockquote><p>[14:02] <strong>Elon:</strong> The heat shield is still the hardest problem on the ship, in my opinion.</p></blockquote></aside>
<p>This is the line that matters. Everything else on the vehicle has a plausible path to rapid reuse; the tiles don't yet.</p></div>
<div class="post-likes">19 Likes</div>
</div>

<div id="post_4" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator"><a href="/u/ElonM"><span itemprop="name">ElonM</span></a> <span class="full-name">Elon M.</span></span><span class="crawler-post-infos"><time datetime="2024-11-02T10:20:00Z" class="post-time">November 2, 2024, 10:20am</time><span class="post-number">#4</span></span></div>
<div class="post" itemprop="text"><p>Small correction: at 31:33 I'm pretty sure he says &quot;better tiles&quot;, not &quot;better tires&quot;. Listened three times.</p>
<p>Elon: Honestly, a lot of it was better tiles and a better way of attaching them.</p>
<p>^ like that.</p></div>
<div class="post-likes">3 Likes</div>
</div>

<div id="post_5" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator"><a href="/u/telemetry_tom"><span itemprop="name">telemetry_tom</span></a> <span class="full-name">Tom Varga</span></span><span class="crawler-post-infos"><time datetime="2024-11-02T11:02:41Z" class="post-time">November 2, 2024, 11:02am</time><span class="post-number">#5</span></span></div>
<div class="post" itemprop="text"><p>Good catch, fixed. Thanks.</p></div>
</div>

<div class="suggested-topics"><h3>Suggested Topics</h3><table><tbody>
<tr><td><a href="/t/flight-6-booster-catch-scrubbed-discussion/20944">Flight 6 booster catch scrubbed: discussion</a></td><td>Launch Vehicles</td><td>212</td></tr>
<tr><td><a href="/t/raptor-3-teardown-speculation/20850">Raptor 3 teardown speculation</a></td><td>Propulsion</td><td>88</td></tr>
</tbody></table></div>
</div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Home</a></li><li><a href="/categories">Categories</a></li><li><a href="/guidelines">FAQ/Guidelines</a></li><li><a href="/tos">Terms of Service</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></nav><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</body>
</html>
"""


def build():
    check_turn_data(turns)
    page = PAGE.replace("%(TRANSCRIPT)s", render_turns())
    gold = []
    for t in turns:
        if t["spk"] == EM:
            rest = [p[1] if isinstance(p, tuple) else p for p in t["paras"]]
            gold.append([t["t"], snippet(rest)])
    return write(NAME, page,
                 "Discourse forum thread whose first post carries a typed transcript, one <p> per line as '[mm:ss] <strong>Name:</strong> text' with minutes running past 59 ([60:10]); continuation lines of a long turn carry their own [mm:ss] but no name; one turn has no time; replies quote lines.",
                 SHOW, gold, others_from(turns))
