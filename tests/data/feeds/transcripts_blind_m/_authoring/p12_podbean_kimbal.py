from common import *

SHOW = "Dirt & Dinner"
g = Gold(SHOW, "Podbean episode page with a host-posted transcript; each turn is a <p> opening 'Name (mm:ss)' then <br> and the "
         "text, minutes running past 59; the guest is Kimbal Musk ('Kimbal Musk' then 'Kimbal'), a comedian's impression "
         "clip is labelled 'Jay Ruiz (as Elon Musk)'; Elon Musk never speaks (trap page).")

CM, KMF, KM, JR = "Carla Mendes", "Kimbal Musk", "Kimbal", "Jay Ruiz (as Elon Musk)"
T = [
    (CM, 8, ["Welcome to Dirt & Dinner, the show about where food comes from and who we eat it with. I\u2019m Carla Mendes, and today I\u2019m sitting in a teaching garden in Denver with Kimbal Musk, who has been building these gardens in schools for more than a decade."]),
    (KMF, 34, ["Thanks, Carla. It\u2019s good to be outside for one of these. Most podcasts happen in closets."]),
    (CM, 41, ["Let\u2019s start with the gardens. Why schools?"]),
    (KM, 47, ["Because that\u2019s where habits form. If a kid grows a carrot, they will eat the carrot. I\u2019ve seen it hundreds of times. They won\u2019t eat the carrot from the cafeteria, but they\u2019ll eat the one they pulled out of the ground.",
              "My brother said something to me years ago that stuck. Elon once said: \u201cIf you want to change a system, change what the kids think is normal.\u201d He was talking about cars, I think, but it works for food too."]),
    (CM, 215, ["I have to ask. Growing up together in Pretoria, who cooked?"]),
    (KM, 221, ["Me. Always me. Elon would read at the table. Our mom, Maye, was working constantly, so I started cooking for the family when I was about twelve. Elon\u2019s contribution was eating whatever I made and telling me the physics of why the bread didn\u2019t rise."]),
    (CM, 742, ["You know there\u2019s a comedian who does an impression of your brother? Jay Ruiz. We got permission to play a little bit of it, and I want your reaction."]),
    (JR, 760, ["Food is basically just, um, chemistry with a user interface. We\u2019re going to make a salad that is, like, ten times better. Salad 2. Maybe by next year. Probably next year."]),
    (KM, 781, ["Oh no. That\u2019s\u2026 that\u2019s pretty good, actually. The pauses are right. I\u2019m going to send that to him."]),
    (CM, 1834, ["A listener wrote in asking whether your brother ever visits the gardens."]),
    (KM, 1840, ["He\u2019s been to a couple. He was very interested in the irrigation controllers, less interested in the kale. He asked me, \u201cWhy is the drip line not on a schedule that adapts to the weather?\u201d And I said, it is, Elon. He was very pleased."]),
    (CM, 3845, ["We\u2019re almost out of time. What\u2019s the one thing listeners should do this week?"]),
    (KM, 3852, ["Cook one meal with someone you love, from scratch, with at least one thing that grew near you. That\u2019s it. That\u2019s the whole movement."]),
    (CM, 3870, ["Kimbal Musk, thank you. And thank you all for listening to Dirt & Dinner."]),
]

rows = []
for lab, t, paras in T:
    g.other(lab)
    rows.append("<p><strong>%s (%s)</strong><br>%s</p>" % (esc(lab), mmss(t), esc_wp(paras[0])))
    for p in paras[1:]:
        rows.append("<p>%s</p>" % esc_wp(p))

page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kimbal Musk on Teaching Gardens, Family Dinners and Growing Up With Elon | Dirt &amp; Dinner</title>
<meta name="description" content="Kimbal Musk joins Carla Mendes in a Denver teaching garden.">
<meta property="og:title" content="Kimbal Musk on Teaching Gardens, Family Dinners and Growing Up With Elon">
<meta property="og:url" content="https://dirtanddinner.podbean.com/e/kimbal-musk-teaching-gardens/">
<meta property="og:image" content="https://pbcdn1.podbean.com/imglogo/ep-logo/pbblog9981245/DirtDinner_cover.jpg">
<link rel="alternate" type="application/rss+xml" title="Dirt &amp; Dinner" href="https://feed.podbean.com/dirtanddinner/feed.xml">
<link rel="stylesheet" href="https://pbcdn1.podbean.com/fs1/site/css/theme/bootstrap/episode.css?v=2024031101">
<style>
 .e-transcript p{margin:0 0 1em;line-height:1.6}
 .comment-item{border-top:1px solid #eee;padding:10px 0}
 .pb-nav a{margin-right:14px}
</style>
</head>
<body class="pb-episode-page">
<nav class="navbar pb-nav">
  <a class="navbar-brand" href="https://dirtanddinner.podbean.com/"><img src="https://pbcdn1.podbean.com/imglogo/image-logo/9981245/DirtDinner_logo.png" alt="Dirt &amp; Dinner" height="40"></a>
  <a href="https://dirtanddinner.podbean.com/">Home</a>
  <a href="https://dirtanddinner.podbean.com/episodes/">Episodes</a>
  <a href="https://dirtanddinner.podbean.com/about/">About</a>
  <a href="https://www.podbean.com/podcast-detail/9981245/Dirt-Dinner" class="pb-app">Listen on Podbean App</a>
</nav>
<div class="container">
  <div class="episode-detail">
    <p class="pb-date">Wednesday Jun 12, 2024</p>
    <h1 class="pb-title">Kimbal Musk on Teaching Gardens, Family Dinners and Growing Up With Elon</h1>
    <div class="pb-player"><iframe title="Kimbal Musk on Teaching Gardens" allowtransparency="true" height="150" width="100%" style="border:none" scrolling="no" src="https://www.podbean.com/player-v2/?i=8x2mq-15d3c7e-pb&amp;from=pb6admin&amp;share=1&amp;download=1" allowfullscreen></iframe></div>
    <div class="e-description">
      <p>Carla visits a school teaching garden in Denver with <strong>Kimbal Musk</strong>, restaurateur and co-founder of a national school-garden nonprofit. They talk about why kids eat what they grow, cooking for the family in Pretoria, what his brother Elon thinks of kale, and Kimbal reacts to comedian Jay Ruiz&#8217;s famous Elon impression.</p>
      <p><strong>In this episode:</strong></p>
      <ul>
        <li>(00:47) Why school gardens work</li>
        <li>(03:41) Who cooked at home</li>
        <li>(12:40) Jay Ruiz&#8217;s Elon Musk impression</li>
        <li>(30:34) Does Elon visit the gardens?</li>
      </ul>
      <p><em>Quote of the week &#8212; Elon Musk, as remembered by Kimbal: &#8220;If you want to change a system, change what the kids think is normal.&#8221;</em></p>
      <h3>Transcript</h3>
      <div class="e-transcript">
{{ROWS}}
      </div>
      <p><em>Transcript edited for readability. Jay Ruiz clip used with permission.</em></p>
    </div>
    <div class="pb-share"><a href="https://dirtanddinner.podbean.com/e/kimbal-musk-teaching-gardens/#share">Share</a> &middot; <a href="https://mcdn.podbean.com/mf/web/q7m2xd/DD_ep_118_Kimbal.mp3" download>Download</a> (64.6 MB) &middot; 64:41</div>
  </div>
  <section class="comments">
    <h3>Comments (3)</h3>
    <div class="comment-item"><b>elonmusk_real_acct</b> <span class="time">Jun 12, 2024</span><p>Elon Musk: &quot;Salad 2, probably next year.&quot; Jay Ruiz never misses &#128514;</p></div>
    <div class="comment-item"><b>GardenTeacherDee</b> <span class="time">Jun 13, 2024</span><p>We started a garden at our middle school after hearing Kimbal on this show last year. Kids are obsessed with the radishes.</p></div>
    <div class="comment-item"><b>Maya T.</b> <span class="time">Jun 15, 2024</span><p>Wish Elon would come on the show himself. Carla, make it happen!</p>
      <div class="comment-reply"><b>Dirt &amp; Dinner</b> <span class="time">Jun 15, 2024</span><p>We&#8217;re trying! &#129365;</p></div></div>
  </section>
</div>
<footer class="pb-footer"><p>Copyright 2024 Carla Mendes. All rights reserved.</p><p><a href="https://www.podbean.com/">Podcast Powered By Podbean</a> &middot; <a href="https://www.podbean.com/privacy">Privacy</a></p></footer>
<script src="https://pbcdn1.podbean.com/fs1/site/js/episode.min.js?v=2024031101"></script>
</body>
</html>
""".replace("{{ROWS}}", "\n".join(rows))

write("m12_podbean-kimbal-trap", page, g)
