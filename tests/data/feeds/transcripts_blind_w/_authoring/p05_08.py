from common import *

# ---------------------------------------------------------------- w05
def w05():
    p = Page('w05_tv_eveningledger', 'Evening Ledger with Marla Jenkins (CNX)',
             'TV rush transcript: one <p> per turn starting with a capitalised label ending in a colon ("ELON MUSK, CEO, TESLA AND SPACEX:" first, then "MUSK:"), with (BEGIN VIDEO CLIP)/(END VIDEO CLIP) markers; no timestamps.',
             'TV news rush transcript')
    p.hard = ['a played clip of him inside a correspondent package counts as his turn',
              'correspondent quotes him ("Musk told investors, quote, ...") inside his own turn',
              'label with role in capitals, then surname only', 'anchor interrupts with one word ("But --")',
              'a clip of another person (an analyst) in the same package']
    T = [
        ('MARLA JENKINS, CNX ANCHOR', "Good evening. I'm Marla Jenkins. Tonight, a new vehicle, a new investigation, and a conversation with the man at the center of both. We begin with our Tom Reyes in Austin."),
        ('TOM REYES, CNX CORRESPONDENT', "Marla, the unveiling was pure spectacle: lasers, a fog machine, and a stage that rose out of the floor. The pitch was familiar."),
        ('(BEGIN VIDEO CLIP)', None),
        ('ELON MUSK, CEO, TESLA AND SPACEX', "This is the most important product we've ever made, by far. It changes everything about how people get around."),
        ('(END VIDEO CLIP)', None),
        ('REYES', "But the mood on Wall Street was more cautious. Just last month, Musk told investors, quote, \"the next twelve months are going to be rough,\" end quote. And analysts are split."),
        ('(BEGIN VIDEO CLIP)', None),
        ('DEVIN PARK, AUTO ANALYST, HOLLOWAY SECURITIES', "He has a very good record on products and a very bad record on dates. Both things are true."),
        ('(END VIDEO CLIP)', None),
        ('REYES', "Federal regulators, meanwhile, confirmed this week they are reviewing crash data tied to the company's driver-assistance software. Marla?"),
        ('JENKINS', "Tom Reyes, thank you. And joining me now from Starbase, Texas, Elon Musk. Thanks for being here."),
        ('MUSK', "Thanks for having me, Marla."),
        ('JENKINS', "You heard that clip. \"The most important product ever.\" You say that a lot."),
        ('MUSK', "Well, it's true every time. (LAUGHTER) Each one is more important than the last, that's kind of the point."),
        ('JENKINS', "Let's talk about the federal review. Families want to know if this software is safe."),
        ('MUSK', "We're cooperating fully. I think once people see the data, it's very clear that the system is safer than a human driver on average."),
        ('JENKINS', "But --"),
        ('MUSK', "Let me finish. The data is very clear, and we publish it every quarter. Anyone can look at it."),
        ('JENKINS', "We'll have to leave it there. Elon Musk, thank you."),
        ('MUSK', "Thank you."),
        ('JENKINS', "When we come back, why mortgage rates may finally be turning. Stay with us."),
        ('(COMMERCIAL BREAK)', None),
    ]
    body = []
    for lab, text in T:
        if text is None:
            body.append('<p>%s</p>' % lab); continue
        body.append('<p>%s: %s</p>' % (E(lab), E(text)))
        if lab.startswith('ELON MUSK') or lab == 'MUSK':
            p.el(None, text)
        else:
            p.other(lab)
    p.choices = ['The clip of him played inside Reyes\'s package (labelled ELON MUSK, CEO, TESLA AND SPACEX) counts as his turn.',
                 'Quoted words inside REYES\'s turn are not a turn.', '"(LAUGHTER)" is inside his turn, not at its start.']
    p.write(fill(TPL05, transcript='\n'.join(body)))

TPL05 = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>CNX.com - Transcripts: Evening Ledger with Marla Jenkins</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="index,follow">
<link rel="stylesheet" href="/static/transcripts/legacy.css">
<style>body{font-family:Georgia,serif;max-width:760px;margin:0 auto}.cnnTransStoryHead{font-size:22px;font-weight:bold}.cnnTransSubHead{font-size:14px;color:#444}.cnnBodyText p{margin:0 0 12px}.disclaimer{font-size:11px;color:#777}</style>
<script>window.cnxAnalytics = {section:"transcripts", show:"EL", date:"2024-06-11"};</script>
</head>
<body>
<div id="header"><a href="https://www.cnx.com/"><img src="/static/img/cnx-logo.png" alt="CNX"></a>
<ul class="nav"><li><a href="/us">US</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/transcripts">Transcripts</a></li></ul></div>
<div id="crumbs"><a href="/transcripts">Transcripts</a> &gt; <a href="/transcripts/el">Evening Ledger with Marla Jenkins</a> &gt; June 11, 2024</div>
<div class="cnnTransStoryHead">A New Car and a New Probe: Musk Responds; Mortgage Rates May Be Turning. Aired 7-8p ET</div>
<div class="cnnTransSubHead">Aired June 11, 2024 - 19:00 &nbsp; ET</div>
<div class="disclaimer">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</div>
<div class="cnnBodyText">
{{transcript}}
<p>[19:30:02]</p>
<p>JENKINS: Mortgage rates fell for the third straight week. Here's what that means for buyers this summer.</p>
</div>
<div class="disclaimer"><p>TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-555-0142 OR USE OUR SECURE ONLINE ORDER FORM LOCATED AT www.cnx.com/orders</p></div>
<div id="related"><h4>Related transcripts</h4><ul>
<li><a href="/transcripts/el/2024-06-10">June 10: Heat Wave Grips the South; Chip Stocks Slide</a></li>
<li><a href="/transcripts/el/2024-06-07">June 7: Jobs Report Surprises; Interview With the Commerce Secretary</a></li>
</ul></div>
<div id="footer"><p>&copy; 2024 CNX. All Rights Reserved. <a href="/terms">Terms of Use</a> | <a href="/privacy">Privacy Policy</a> | <a href="/adchoices">AdChoices</a></p></div>
<script src="/static/js/legacy-transcripts.js"></script>
</body>
</html>
'''

# ---------------------------------------------------------------- w06
def w06():
    p = Page('w06_earnings_tickertape', 'Ticker Tape Daily (earnings call transcript)',
             'Earnings-call transcript: each turn is a header paragraph "<strong>Name</strong> -- <em>Role</em>" followed by one or more plain paragraphs; role shown only on a speaker\'s first turn; no timestamps.',
             'Financial site earnings-call transcript')
    p.hard = ['another Elon speaks: analyst "Elon Shapiro"', 'several executives and analysts plus an operator',
              '"Key takeaways" box prints "Elon Musk: ..." before the transcript',
              'IR head reads out a retail question addressed to him', 'one-word turn "Yep."',
              'participants list at the end repeats his name and role']
    EM = 'Elon Musk'
    T = [
        ('Operator', '', ["Good afternoon, everyone, and welcome to the Tesla third-quarter 2024 results conference call. All lines are in listen-only mode. I would now like to turn the call over to Travis Oyelaran, Head of Investor Relations."]),
        ('Travis Oyelaran', 'Head of Investor Relations', ["Thank you, and good afternoon. Joining me today are Elon Musk, Lena Marchetti and a number of other executives. Our remarks today may include forward-looking statements. Elon, over to you."]),
        (EM, 'Chief Executive Officer', ["Thanks, Travis. So, this was a record quarter for deliveries and for energy storage, and I think it's a good foundation for what's coming.",
                                         "The big picture is that autonomy is the thing that matters. Everything else is a rounding error compared to that. We've made a lot of progress on the neural net and the next release is substantially better."]),
        ('Lena Marchetti', 'Chief Financial Officer', ["Thanks, Elon. Total revenue grew 8% year over year. Automotive gross margin excluding credits improved sequentially, helped by lower raw material costs. Operating expenses rose, driven by AI compute."]),
        ('Operator', '', ["Thank you. Our first question comes from Elon Shapiro with Ridgeway Capital. Please go ahead."]),
        ('Elon Shapiro', 'Ridgeway Capital -- Analyst', ["Hi, thanks for taking the question. Elon, on the robotaxi launch, can you give us a sense of the geographic rollout and whether you need new hardware?"]),
        (EM, '', ["Sure. We expect to start in a couple of cities and then expand as the data shows it's safe. The current hardware is capable of it, we believe. There will be better hardware later, but it's not a requirement."]),
        ('Elon Shapiro', '', ["And just a quick follow-up on capex for next year?"]),
        ('Lena Marchetti', '', ["I'll take that one. We expect capex to be above eleven billion dollars, with a significant portion going to AI infrastructure."]),
        (EM, '', ["Yeah, and I'd add that the training compute is the constraint right now. We're bringing a lot online, but we could use more."]),
        ('Operator', '', ["Our next question comes from Carla Nguyen with Harbor & Finch."]),
        ('Carla Nguyen', 'Harbor & Finch -- Analyst', ["Thanks. A question on energy storage. Deployments were a record. Is that sustainable, or was there some lumpiness in the quarter?"]),
        (EM, '', ["There's always some lumpiness, but Megapack is growing faster than anything else we make. The demand is enormous. The new factory in Shanghai will help a lot."]),
        ('Carla Nguyen', '', ["Great, thank you."]),
        (EM, '', ["Yep."]),
        ('Travis Oyelaran', '', ["Let's now take a few questions from retail investors submitted through Say. The first one: \u201cElon, when will the more affordable model be available, and will it be built on the new platform?\u201d"]),
        (EM, '', ["Hopefully the first half of next year. We don't want to get into product details on the call, but it will use a lot of the same manufacturing advances."]),
        ('Travis Oyelaran', '', ["That concludes our Q&A. Elon, any closing remarks?"]),
        (EM, '', ["Thanks, everyone. Appreciate the support, and we'll talk to you next quarter."]),
        ('Operator', '', ["This concludes today's conference call. You may now disconnect."]),
    ]
    body = []
    seen = set()
    for name, role, paras in T:
        if role and name not in seen:
            head = '<p><strong>%s</strong> -- <em>%s</em></p>' % (E(name), E(role))
        else:
            head = '<p><strong>%s</strong></p>' % E(name)
        seen.add(name)
        body.append(head)
        body.extend('<p>%s</p>' % E(x) for x in paras)
        if name == EM:
            p.el(None, paras)
        else:
            p.other(name)
        if name == 'Lena Marchetti' and len(body) < 12:
            body.append('<h2>Questions &amp; Answers:</h2>')
    p.choices = ['Turns by analyst "Elon Shapiro" are not his.', 'The retail question read out by Travis Oyelaran (addressed "Elon, ...") is part of Travis\'s turn.',
                 'The "Key takeaways" box and the participants list are not turns.']
    p.write(fill(TPL06, transcript='\n'.join(body)))

TPL06 = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesla (TSLA) Q3 2024 Earnings Call Transcript | Ticker Tape Daily</title>
<meta name="description" content="TSLA earnings call for the period ending September 30, 2024.">
<link rel="stylesheet" href="https://cdn.tickertapedaily.com/css/article.2f81.css">
<style>.takeaways{background:#f4f7fb;border-left:4px solid #1c5fbf;padding:12px 18px;margin:18px 0}.article-body p{line-height:1.6}</style>
<script async src="https://cdn.tickertapedaily.com/js/ads.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tesla (TSLA) Q3 2024 Earnings Call Transcript","datePublished":"2024-10-23T21:05:00Z","author":{"@type":"Organization","name":"Ticker Tape Daily Transcribers"}}</script>
</head>
<body class="article-page transcripts">
<header class="site-header"><a class="logo" href="/">Ticker Tape <b>Daily</b></a>
<nav><a href="/markets/">Markets</a><a href="/investing/">Investing</a><a href="/earnings/call-transcripts/">Earnings Calls</a><a href="/retirement/">Retirement</a><a class="btn" href="/premium/">Go Premium</a></nav></header>
<main class="container">
<div class="ticker-strip"><span class="ticker">TSLA</span> <span class="price">$213.65</span> <span class="chg up">+1.4%</span></div>
<article class="article-body">
<h1>Tesla (TSLA) Q3 2024 Earnings Call Transcript</h1>
<div class="byline">By Ticker Tape Daily Transcribers &ndash; Oct 23, 2024 at 9:05PM</div>
<div class="takeaways"><h3>Key takeaways</h3><ul>
<li>Elon Musk: &ldquo;Autonomy is the thing that matters. Everything else is a rounding error.&rdquo;</li>
<li>CFO Lena Marchetti guided capex above $11 billion next year.</li>
<li>Energy storage deployments hit a record.</li>
</ul></div>
<p><strong>TSLA earnings call for the period ending September 30, 2024.</strong></p>
<div class="ad-slot" data-slot="in-article-1"></div>
<h2>Prepared Remarks:</h2>
{{transcript}}
<p><strong>Duration: 0 minutes</strong></p>
<h2>Call participants:</h2>
<p>Travis Oyelaran -- Head of Investor Relations</p>
<p>Elon Musk -- Chief Executive Officer</p>
<p>Lena Marchetti -- Chief Financial Officer</p>
<p>Elon Shapiro -- Ridgeway Capital -- Analyst</p>
<p>Carla Nguyen -- Harbor &amp; Finch -- Analyst</p>
<p><a href="/quote/nasdaq/tsla/">More TSLA analysis</a></p>
<p class="disclaimer"><em>This article is a transcript of this conference call produced for Ticker Tape Daily. While we strive for our Foolish Best, there may be errors, omissions, or inaccuracies in this transcript. Ticker Tape Daily does not assume any responsibility for your use of this content.</em></p>
</article>
<aside class="sidebar"><h4>Latest call transcripts</h4><ul>
<li><a href="/earnings/call-transcripts/2024/10/23/ibm-q3/">IBM (IBM) Q3 2024 Earnings Call Transcript</a></li>
<li><a href="/earnings/call-transcripts/2024/10/22/ge-q3/">GE Vernova (GEV) Q3 2024 Earnings Call Transcript</a></li>
</ul></aside>
</main>
<footer class="site-footer"><p>&copy; 1995 &ndash; 2024 Ticker Tape Daily. All rights reserved. Market data powered by Xignite.</p><p><a href="/terms/">Terms of Use</a> &middot; <a href="/privacy/">Privacy Policy</a> &middot; <a href="/accessibility/">Accessibility</a></p></footer>
<script src="https://cdn.tickertapedaily.com/js/article.7c02.js" defer></script>
</body>
</html>
'''

# ---------------------------------------------------------------- w07 (trap)
def w07():
    p = Page('w07_podbean_errol_trap', 'Cape Town Conversations',
             'Podbean episode page; transcript paragraphs with "<b>Name</b> <span class="ts">[hh:mm:ss]</span>" then text; guest label "Errol Musk" then "Errol".',
             'Podcast host page (Podbean) -- TRAP, he never speaks')
    p.hard = ['TRAP: the guest is Errol Musk (father), labelled "Errol Musk" then "Errol"',
              'host quotes Elon inside his own turn ("Elon once told an interviewer: ...")',
              'a voice actor reads Elon\'s post aloud, label "VOICE ACTOR (reading Elon Musk\'s post)"',
              'episode notes pull quote "Elon Musk\'s father: ..." and comments by "Elon Musk Stan"']
    T = [
        ('Sipho Ndlovu', 15, "Welcome to Cape Town Conversations. I'm Sipho Ndlovu. My guest today is an engineer, a property developer, and yes, the father of the world's most talked-about businessman. Errol Musk, welcome."),
        ('Errol Musk', 33, "Thank you, Sipho. Happy to be here, though I suspect you will mostly ask me about my son."),
        ('Sipho Ndlovu', 41, "Guilty. Let's start in Pretoria. Elon once told an interviewer: \u201cI read the encyclopedia when I ran out of books.\u201d Is that true?"),
        ('Errol', 55, "It is true. He read everything. He would read at the dinner table and you could not get a word out of him."),
        ('Sipho Ndlovu', 309, "We asked a voice actor to read one of his posts from last year. Have a listen."),
        ("VOICE ACTOR (reading Elon Musk's post)", 318, "The best way to predict the future is to engineer it. Also, my dad was right about the trampoline."),
        ('Sipho Ndlovu', 327, "So, the trampoline?"),
        ('Errol', 329, "(Laughs) Ah, that story. He built a ramp at the end of it. I said it would end badly and it did."),
        ('Sipho Ndlovu', 1502, "Last question. Do you two still talk?"),
        ('Errol', 1506, "From time to time. He is busy. I am busy. That's the family way."),
        ('Sipho Ndlovu', 1520, "Errol Musk, thank you."),
        ('Errol', 1522, "Thank you."),
    ]
    body = []
    for who, t, text in T:
        body.append('<p><b>%s</b> <span class="ts">[%s]</span><br>%s</p>' % (E(who), hms(t), E(text)))
        p.other(who)
    p.choices = ['No turn is his: Errol Musk is a different person; the voice actor reading his post is not him; quotes inside the host\'s turns are not turns.']
    p.write(fill(TPL07, transcript='\n'.join(body)))

TPL07 = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Errol Musk on raising a rocket builder | Cape Town Conversations</title>
<meta name="description" content="Sipho Ndlovu talks to engineer and developer Errol Musk about Pretoria, encyclopedias and trampolines.">
<link rel="stylesheet" href="https://pbcdn1.podbean.com/fs1/site/themes/ocean/css/style.css?v=27">
<style>.ts{color:#888;font-size:12px}.e-transcript p{margin-bottom:14px}.pullq{font-size:20px;border-left:3px solid #0a84ff;padding-left:12px}</style>
<script>var podbeanEpisode = {"id":"kx9re-15d2a41","podcast":"capetownconversations","duration":1530};</script>
</head>
<body class="podbean-theme ocean">
<div class="navbar"><div class="container"><a class="navbar-brand" href="https://capetownconversations.podbean.com/">Cape Town Conversations</a>
<ul class="nav"><li><a href="https://capetownconversations.podbean.com/">Home</a></li><li><a href="https://capetownconversations.podbean.com/page/about">About</a></li><li><a href="https://capetownconversations.podbean.com/page/contact">Contact</a></li><li><a href="https://www.podbean.com/podcast-detail/kx9re/Cape-Town-Conversations">Podbean App</a></li></ul></div></div>
<div class="container main">
<div class="col-md-9">
<div class="e-header"><h1 class="e-title">Errol Musk on raising a rocket builder</h1><div class="e-date"><span class="day">12</span> <span class="month">Jul</span> <span class="year">2024</span></div></div>
<div class="podPress_content"><iframe title="Errol Musk on raising a rocket builder" allowtransparency="true" height="150" width="100%" style="border:none" scrolling="no" data-name="pb-iframe-player" src="https://www.podbean.com/player-v2/?i=kx9re-15d2a41-pb&amp;square=0"></iframe></div>
<div class="e-description">
<p>Errol Musk has spent decades building things in South Africa, and he has opinions about almost everything &mdash; including his eldest son. Sipho asks about the Pretoria years, books, and the infamous trampoline ramp.</p>
<p class="pullq">Elon Musk&rsquo;s father: &ldquo;He would read at the dinner table and you could not get a word out of him.&rdquo;</p>
<p>Note: Elon Musk was invited to respond and did not take part in this episode.</p>
</div>
<div class="e-transcript"><h3>Episode transcript</h3>
{{transcript}}
</div>
<div class="e-tags">Tags: <a href="/category/family">family</a> <a href="/category/engineering">engineering</a> <a href="/category/south-africa">south africa</a></div>
<div class="e-share"><a href="https://www.facebook.com/sharer/sharer.php">Share</a> <a href="https://twitter.com/intent/tweet">Post</a> <a class="download" href="https://mcdn.podbean.com/mf/web/kx9re/ctc-errol-musk.mp3" download>Download</a></div>
<div class="comment-area"><h4>Comments (2)</h4>
<div class="comment"><div class="c-author"><img src="https://pbcdn1.podbean.com/imglogo/default-avatar.png" alt=""> Elon Musk Stan</div><div class="c-time">Jul 12, 2024</div><div class="c-text"><p>Elon Musk: &ldquo;The best way to predict the future is to engineer it.&rdquo; &mdash; that voice actor did a decent job honestly</p></div></div>
<div class="comment"><div class="c-author">thandi_m</div><div class="c-time">Jul 13, 2024</div><div class="c-text"><p>Nice to hear from the father for once. Sipho is a great interviewer.</p></div></div>
<div class="comment-form"><textarea placeholder="Please log in to comment"></textarea></div></div>
</div>
<div class="col-md-3 sidebar"><div class="widget"><h4>Recent Posts</h4><ul><li><a href="#">The last bookbinder on Long Street</a></li><li><a href="#">Table Mountain rescue, 40 years on</a></li><li><a href="#">Why Cape Town runs out of water</a></li></ul></div>
<div class="widget"><h4>Subscribe</h4><p><a href="https://feed.podbean.com/capetownconversations/feed.xml">RSS</a></p></div></div>
</div>
<div class="footer"><p>Copyright 2024 All rights reserved.</p><p>Podcast Powered By <a href="https://www.podbean.com" target="_blank">Podbean</a></p></div>
<script src="https://pbcdn1.podbean.com/fs1/site/js/jquery.min.js"></script>
<script src="https://pbcdn1.podbean.com/fs1/site/themes/ocean/js/main.js?v=27"></script>
</body>
</html>
'''

# ---------------------------------------------------------------- w08 (zh-Hans, bilingual)
def w08():
    p = Page('w08_zh_geek_bilingual', '极客速递',
             '简体中文科技网站: 每段以"名字（hh:mm:ss）："开头（全角括号与冒号），他的每段中文译文后紧跟一段 <p class="en-original"> 英文原文；标签先"埃隆·马斯克"后"马斯克"。',
             'Mainland Chinese tech media site, translated podcast transcript with English originals', zh=True)
    p.hard = ['translation pair (Chinese + English original) counts as one turn',
              'host quotes him inside his own turn ("你曾说过：‘……’")', '"精彩语录" box prints "马斯克：……" above the transcript',
              'full-width brackets and colons', 'one-word turn "对。"']
    T = [
        ('本·卡特', 178, "欢迎回到《深空对话》。今天的嘉宾是埃隆·马斯克。埃隆，谢谢你来。", "Welcome back to Deep Space Dialogues. Today's guest is Elon Musk. Elon, thanks for coming."),
        ('埃隆·马斯克', 195, "谢谢邀请，很高兴来这里。", "Thanks for having me, happy to be here."),
        ('卡特', 201, "你曾说过：‘人类必须成为多行星物种。’这句话现在还成立吗？", "You once said, 'Humanity must become a multiplanetary species.' Does that still hold?"),
        ('马斯克', 212, "当然成立。地球上的文明迟早会遇到某种灾难，可能是自然的，也可能是人为的。把鸡蛋放在多个篮子里是明智的。", "Of course. Civilization on Earth will eventually face some kind of calamity, natural or self-inflicted. It's wise to put eggs in more than one basket."),
        ('卡特', 245, "所以火星是备份？", "So Mars is a backup?"),
        ('马斯克', 249, "对。", "Yes."),
        ('卡特', 251, "很多人认为这个时间表太乐观了。", "A lot of people think the timeline is too optimistic."),
        ('马斯克', 256, "我的时间表一向很乐观，这点我承认。但方向是对的。如果我们不设定激进的目标，就什么也做不成。", "My timelines are always optimistic, I admit that. But the direction is right. If we don't set aggressive goals, nothing gets done."),
        ('卡特', 1830, "最后一个问题：你最担心的是什么？", "Last question: what worries you the most?"),
        ('马斯克', 1836, "人口下降。大家都在担心人太多，其实真正的问题是人太少。", "Population collapse. Everyone worries about too many people; the real problem is too few."),
        ('卡特', 1851, "非常感谢。", "Thank you so much."),
        ('马斯克', 1853, "谢谢，这次聊得很开心。", "Thanks, this was a great conversation."),
    ]
    body = []
    for who, t, zh, en in T:
        body.append('<p class="zh"><strong>%s（%s）：</strong>%s</p>' % (E(who), hms(t), E(zh)))
        body.append('<p class="en-original">%s</p>' % E(en))
        if '马斯克' in who:
            p.el(t, zh)
        else:
            p.other(who)
    p.choices = ['中文译文 + 英文原文 = 一个 turn；first words 取中文译文前 8 个字符。', '主持人引用他的话不算他的 turn。']
    p.write(fill(TPL08, transcript='\n'.join(body)))

TPL08 = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>马斯克最新播客全文：火星是备份，人口下降才是最大危机（中英对照）_极客速递</title>
<meta name="keywords" content="马斯克,SpaceX,火星,播客,中英对照">
<meta name="description" content="埃隆·马斯克做客英文播客《深空对话》，谈火星时间表与人口问题。本文为中英对照全文。">
<link rel="stylesheet" href="//static.jikesudi.com/css/article.min.css?v=20240820">
<style>.en-original{color:#7a7a7a;font-size:14px;margin:-6px 0 16px;font-family:Georgia,serif}.quote-box{background:#fff7e6;padding:12px 16px;border-radius:6px}</style>
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3c1f9d";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</head>
<body>
<div class="top-bar"><div class="wrap"><a href="//www.jikesudi.com/" class="logo">极客速递</a>
<ul class="nav"><li><a href="//www.jikesudi.com/">首页</a></li><li><a href="//www.jikesudi.com/ai/">人工智能</a></li><li class="on"><a href="//www.jikesudi.com/space/">航天</a></li><li><a href="//www.jikesudi.com/auto/">汽车</a></li><li><a href="//www.jikesudi.com/podcast/">播客精选</a></li></ul>
<div class="login"><a href="//passport.jikesudi.com/login">登录</a> | <a href="//passport.jikesudi.com/reg">注册</a></div></div></div>
<div class="wrap main">
<div class="crumb">当前位置：<a href="//www.jikesudi.com/">首页</a> &gt; <a href="//www.jikesudi.com/space/">航天</a> &gt; 正文</div>
<div class="article">
<h1>马斯克最新播客全文：火星是备份，人口下降才是最大危机（中英对照）</h1>
<div class="info"><span class="time">2024-08-20 09:41</span><span class="source">来源：极客速递编译</span><span class="author">编译：林一帆</span><span class="views">阅读 12.3万</span></div>
<div class="summary"><strong>导读：</strong>埃隆·马斯克日前做客英文播客《深空对话》（Deep Space Dialogues），与主持人本·卡特（Ben Carter）畅谈火星、时间表与人口问题。极客速递整理了对话全文，中英对照，时间码对应原节目。</div>
<div class="quote-box"><h4>精彩语录</h4>
<p>马斯克：“把鸡蛋放在多个篮子里是明智的。”</p>
<p>马斯克：“真正的问题是人太少。”</p></div>
<div class="content">
{{transcript}}
<p class="editor">（本文由极客速递根据公开音频编译，译文仅供参考，以英文原文为准。）</p>
</div>
<div class="tags">标签：<a href="/tag/musk">马斯克</a> <a href="/tag/spacex">SpaceX</a> <a href="/tag/mars">火星</a></div>
<div class="share">分享到：<a class="wx" href="javascript:;">微信</a> <a class="wb" href="javascript:;">微博</a></div>
</div>
<div class="comment-box"><h3>网友评论（2）</h3>
<div class="cmt"><span class="user">马斯克的忠实粉丝</span><span class="t">08-20 10:02</span><p>“对。”这一句太经典了哈哈</p></div>
<div class="cmt"><span class="user">火星移民局</span><span class="t">08-20 11:15</span><p>翻译质量不错，感谢编译。</p></div></div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="/space/20240818/1102.html">星舰第五次试飞：筷子夹火箭成功</a></li><li><a href="/auto/20240815/0987.html">特斯拉FSD入华进展追踪</a></li></ul></div>
</div>
<div class="footer"><p>关于我们 | 联系我们 | 广告服务 | 投稿须知</p><p>Copyright &copy; 2024 极客速递 版权所有 京ICP备2021000000号-1 京公网安备 11010802000000号</p></div>
<script src="//static.jikesudi.com/js/jquery-1.12.4.min.js"></script>
<script src="//static.jikesudi.com/js/article.min.js?v=20240820"></script>
</body>
</html>
'''
