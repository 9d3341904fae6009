from common import *

# 9. Caixin-style 对话: 马斯克（00:12:03）： Chinese + English original beneath each turn
def caixin():
    T = [
    ("主持人", 0, ["欢迎收看《财新对话》。今天的嘉宾是特斯拉和SpaceX的首席执行官埃隆·马斯克。", "Welcome to Caixin Dialogue. Our guest today is Elon Musk, CEO of Tesla and SpaceX."], False),
    ("马斯克", 12, ["谢谢邀请，很高兴和中国观众交流。", "Thanks for having me. It's great to talk to the audience in China."], True),
    ("主持人", 20, ["您多次说过中国的制造业令人印象深刻，具体指什么？", "You've said many times that Chinese manufacturing is impressive. What exactly do you mean?"], False),
    ("马斯克", 27, ["中国的工程师非常多，而且工作非常努力。供应链的深度是任何其他国家都比不上的。上海工厂从破土到投产不到一年。", "There are a lot of engineers in China and they work very hard. The depth of the supply chain is unmatched. Giga Shanghai went from groundbreaking to production in under a year."], True),
    ("主持人", 63, ["关于人工智能，您认为中美之间应该合作吗？", "On AI, do you think China and the US should cooperate?"], False),
    ("马斯克", 70, ["我认为在人工智能安全方面，中美应该有对话。数字超级智能可能比核武器更危险。", "I think there should be dialogue between China and the US on AI safety. Digital superintelligence may be more dangerous than nukes."], True),
    ("主持人", 96, ["电池原材料呢？锂价已经大幅下跌。", "What about battery raw materials? Lithium prices have fallen a lot."], False),
    ("马斯克", 103, ["锂本身不稀缺，稀缺的是精炼能力。所以我们在得克萨斯建了锂精炼厂。", "Lithium itself isn't scarce, refining capacity is. That's why we built a lithium refinery in Texas."], True),
    ("主持人", 124, ["最后一个问题：十年后的特斯拉是什么样子？", "Last question: what will Tesla look like in ten years?"], False),
    ("马斯克", 130, ["我认为大部分价值将来自自动驾驶和Optimus机器人。", "I think most of the value will come from autonomy and Optimus."], True),
    ]
    parts = []
    for l, s, p, m in T:
        parts.append(f'<p class="dlg"><b>{l}（{hms(s)}）：</b>{E(p[0])}</p>\n<p class="orig-en" lang="en"><i>{E(p[1])}</i></p>')
    h = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>财新对话｜马斯克：锂不稀缺，稀缺的是精炼能力_财新网</title>
<meta name="keywords" content="马斯克,特斯拉,财新对话,人工智能,锂">
<link rel="stylesheet" href="https://file.caixin.com/pkg/cx-article/css/article.css">
<script src="https://file.caixin.com/pkg/cx-common/js/jquery.js"></script>
</head><body>
<div class="cx-topnav"><a href="https://www.caixin.com">财新网</a> <a href="https://economy.caixin.com">经济</a> <a href="https://finance.caixin.com">金融</a> <a href="https://companies.caixin.com">公司</a> <a href="https://video.caixin.com">视频</a></div>
<div class="conlf"><div id="the_content" class="article">
<h1>财新对话｜马斯克：锂不稀缺，稀缺的是精炼能力</h1>
<div class="artInfo">2026年07月08日 21:15 来源于 <a href="https://www.caixin.com">财新网</a> 记者 王蕾</div>
<div class="subhead">【财新网】马斯克在对话中谈到中国制造、人工智能安全与电池原材料。以下为对话实录中文译文，每段后附英文原文，时间码对应视频。</div>
<div id="Main_Content_Val" class="text">
{chr(10).join(parts)}
<p class="editor">责任编辑：张帆 | 版面编辑：李东</p>
</div>
<div class="pip">本文为财新独家稿件，未经授权不得转载。</div>
</div></div>
<div class="conri"><div class="hotnews"><h4>热点</h4><ul><li><a href="#">宁德时代发布新一代钠离子电池</a></li><li><a href="#">比亚迪欧洲工厂投产</a></li><li><a href="#">锂价跌至四年低点</a></li></ul></div></div>
<div class="footer"><p>财新传媒 版权所有 京ICP证090880号</p></div>
</body></html>"""
    write("caixin_bilingual", h, expected(T, "财新对话 article: '<b>名字（hh:mm:ss）：</b>中文译文' then an English-original paragraph under it (same turn, counted once; snippet taken from the Chinese text)", "财新对话 (Caixin)", others_of(T)))

# 10. Taiwan long-form Q&A, traditional Chinese, bold questions, unlabelled answers (intro says Musk answers)
def twreporter():
    QA = [
    ("台灣是全球半導體的核心，你怎麼看特斯拉與台灣供應鏈的關係？", ["特斯拉用了很多台灣的晶片，台積電是非常了不起的公司。我們的AI5晶片會由台積電和三星一起生產。"]),
    ("你擔心地緣政治風險嗎？", ["當然擔心。把所有先進晶片都集中在一個地方，本身就是風險。所以美國需要有自己的晶圓廠，這不是針對台灣。", "但短期內，沒有人能取代台積電。"]),
    ("電動車的下一個突破是什麼？", ["是自動駕駛。車子本身會變成一個可以移動的電腦，大部分時間它都在路上載客，而不是停在車庫裡。"]),
    ("很多台灣年輕人想進入太空產業，你有什麼建議？", ["從基礎物理和工程學起。太空很難，但也很有趣。"]),
    ("最後，有什麼話想對台灣讀者說？", ["謝謝。台灣的工程師很厲害。"]),
    ]
    parts = []
    for q, a in QA:
        parts.append(f'<p class="question"><strong>{E(q)}</strong></p>' + "".join(f"<p>{E(x)}</p>" for x in a))
    T = []
    for q, a in QA:
        T.append(("Q", None, [q], False)); T.append(("", None, a, True))
    h = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>專訪馬斯克：沒有人能取代台積電｜報導者 The Reporter</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="報導者 The Reporter">
<link rel="stylesheet" href="https://www.twreporter.org/dist/main.5d1e.css">
<script>window.__REDUX_STATE__={{"post":{{"slug":"musk-interview-tsmc"}}}};</script>
</head><body>
<header class="header"><a class="logo" href="/">報導者</a><nav><a href="/categories/world">國際兩岸</a> <a href="/categories/economy">經濟</a> <a href="/categories/tech">科技</a> <a href="/topics">專題</a> <a class="donate" href="https://support.twreporter.org">贊助我們</a></nav></header>
<article class="article-long-form">
<div class="hero"><h1>專訪馬斯克：沒有人能取代台積電</h1><p class="subtitle">談晶片、地緣政治與自動駕駛</p></div>
<div class="meta">文字 陳怡安 · 攝影 林俊宏 · 發布日期 2026/8/19</div>
<div class="leading"><p>特斯拉執行長馬斯克（Elon Musk）近日透過視訊接受《報導者》專訪。以下粗體為《報導者》提問，其後段落皆為馬斯克的回答，經翻譯與編輯。</p></div>
<div class="article-body">
<p>在德州奧斯汀的超級工廠裡，馬斯克剛結束一場關於Optimus機器人的會議。他看起來很疲倦，但談到晶片時立刻精神起來。</p>
<h2>專訪紀要</h2>
{chr(10).join(parts)}
</div>
<div class="donation-box"><p>獨立的調查報導需要你的支持。《報導者》不接受政府與政黨捐款，請成為我們的定期定額贊助者。</p><a href="https://support.twreporter.org">贊助我們</a></div>
<div class="related"><h3>延伸閱讀</h3><ul><li><a href="/a/rare-earth-magnets">稀土磁鐵出口管制，誰受傷最重？</a></li><li><a href="/a/tsmc-arizona">台積電亞利桑那廠的兩年</a></li><li><a href="/a/ev-taiwan-supply-chain">台灣電動車供應鏈的機會與隱憂</a></li></ul></div>
</article>
<footer><p>報導者是台灣第一個由公益基金會成立的網路媒體。© 2026 The Reporter</p><p><a href="/about-us">關於我們</a> · <a href="/privacy">隱私政策</a></p></footer>
</body></html>"""
    write("twreporter_qa", h, expected(T, "Traditional-Chinese long-form Q&A: bold question paragraphs, answers are unlabelled plain paragraphs; lead paragraph states all answers are 馬斯克's; an author scene-setting paragraph precedes the Q&A (not a turn); no times", "報導者 The Reporter", ["《報導者》"]))

# 11. Google Docs published-to-web, heading per turn (h3 'Name — hh:mm:ss'), text in spans; label change EM
def gdocs():
    T = [
    ("Katie Moreno", 0, ["Okay, we're recording. Thanks for doing this, Elon. This is for the Starbase community newsletter, so keep it friendly."], False),
    ("Elon Musk", 9, ["Happy to. I love Starbase. It's a real city now, which is kind of wild."], True),
    ("Katie Moreno", 17, ["What's next for the launch site?"], False),
    ("Elon Musk", 20, ["We're building a second tower here and two more at the Cape. The goal is to fly Starship multiple times a day eventually.", "Most people don't realize how much of this is just concrete, steel and plumbing."], True),
    ("Katie Moreno", 51, ["Locals ask about noise and beach closures."], False),
    ("Elon Musk", 56, ["Fair. We're trying to cut closure hours. The faster we get to reuse, the less disruptive each launch is."], True),
    ("Katie Moreno", 74, ["Last one. Favorite taco place in Brownsville?"], False),
    ("Elon Musk", 78, ["I'm not going to start a taco war."], True),
    ("Katie Moreno", 82, ["Ha! Fine."], False),
    ]
    parts = []
    for l, s, p, m in T:
        parts.append(f'<h3 class="c7" id="h.{s:04x}"><span class="c4">{E(l)} — {hms(s)}</span></h3>' + "".join(f'<p class="c2"><span class="c1">{E(x)}</span></p>' for x in p))
    h = f"""<!DOCTYPE html>
<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><title>Starbase Newsletter — Interview Transcript (Elon) — Published</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style type="text/css">.c1{{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}}.c2{{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}}.c4{{font-weight:700;font-size:13pt;font-family:"Arial"}}.c7{{padding-top:14pt;padding-bottom:4pt;line-height:1.15;page-break-after:avoid}}.c9{{background-color:#ffffff;max-width:468pt;padding:72pt 72pt 72pt 72pt}}.title{{padding-top:0pt;font-size:26pt;font-family:"Arial"}}</style>
<script nonce="x1">_docs_flag_initialData={{"docs-fwds":"docs_sdf","docs-pid":"1aZ"}};</script>
</head><body>
<div id="banners"><div id="publish-banner"><div id="publish-banner-title">Starbase Newsletter — Interview Transcript (Elon)</div><div>Published using Google Docs</div><a href="https://support.google.com/docs/answer/183965">Learn more</a> <a href="#">Report abuse</a><div>Updated automatically every 5 minutes</div></div></div>
<div id="contents"><div class="c9 doc-content">
<p class="c2 title"><span class="c4">Starbase Community Newsletter — Summer Issue</span></p>
<p class="c2"><span class="c1">Interview recorded July 21, 2026. Transcript cleaned up by Katie. Do not share outside the newsletter team until publication.</span></p>
<p class="c2"><span class="c1"></span></p>
{chr(10).join(parts)}
<p class="c2"><span class="c1"></span></p>
<p class="c2"><span class="c1">[END OF RECORDING]</span></p>
</div></div>
<div id="footer"><a href="https://docs.google.com/document/d/e/2PACX-1vS/pub">Google Docs</a> · Report abuse · Learn more · Updated automatically every 5 minutes</div>
</body></html>"""
    write("gdocs_headings", h, expected(T, "Google Docs published-to-web export: one <h3> heading per turn 'Name — hh:mm:ss', spoken text in following <p><span> paragraphs (several paragraphs = one turn)", "Starbase Community Newsletter (Google Doc)", others_of(T)))

# 12. Otter.ai shared transcript: label + time line, text below; Speaker 2 unidentified; interjections
def otter():
    T = [
    ("Rohan Mehta", 0, ["So thanks for jumping on. I know you've got a hard stop. I wanted to ask about the Optimus supply chain."], False),
    ("Elon Musk", 7, ["Yeah, go ahead."], True),
    ("Rohan Mehta", 9, ["The actuators. A lot of the rare earth magnets come from China. What happens with the export restrictions?"], False),
    ("Elon Musk", 16, ["That's a real issue. We need licenses for the magnets and China's been slow to grant them. We're working through it.", "Longer term we'll design around rare earths where we can, but for the high-torque actuators it's hard."], True),
    ("Speaker 3", 48, ["Can I jump in? How many units this year?"], False),
    ("Elon Musk", 52, ["Hopefully several thousand. Production ramps are always slow at first and then exponential."], True),
    ("Rohan Mehta", 63, ["Right."], False),
    ("Elon Musk", 64, ["Exactly."], True),
    ("Rohan Mehta", 65, ["And the price target?"], False),
    ("Elon Musk", 67, ["At scale, maybe twenty to thirty thousand dollars. Cheaper than a car."], True),
    ("Rohan Mehta", 78, ["Great. That's all I had."], False),
    ("Elon Musk", 80, ["Cool. Thanks."], True),
    ]
    parts = []
    for i, (l, s, p, m) in enumerate(T):
        ini = "".join(w[0] for w in l.split())[:2].upper()
        parts.append(f'''<div class="transcript-snippet" data-start-ms="{s*1000}" data-speaker-id="{sorted(set(x[0] for x in T)).index(l)+1}">
  <div class="transcript-snippet__header"><div class="speaker-avatar">{ini}</div><span class="speaker-name">{E(l)}</span>&nbsp;&nbsp;<span class="snippet-timestamp">{ms(s)}</span></div>
  <div class="transcript-snippet__content">''' + " ".join(f'<span class="transcript-word">{E(x)}</span>' for x in p) + "</div>\n</div>")
    h = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Optimus supply chain call — Otter.ai</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="https://otter.ai/favicon.ico">
<link rel="stylesheet" href="https://otter.ai/static/css/main.9d2a4.css">
<script src="https://otter.ai/static/js/runtime.3b1.js" defer></script>
</head><body>
<div id="root"><div class="otter-shared-page">
<header class="shared-header"><a class="otter-logo" href="https://otter.ai">Otter.ai</a><div class="header-actions"><a class="btn" href="https://otter.ai/signup">Sign up free</a> <a class="btn btn-outline" href="https://otter.ai/signin">Sign in</a></div></header>
<div class="conversation-detail">
<h1 class="conversation-title">Optimus supply chain call</h1>
<div class="conversation-meta"><span>Thu, Sep 3, 2026 · 4:02 PM</span> · <span>1min 26s</span> · <span>Shared by Rohan Mehta</span></div>
<div class="summary-panel"><h2>Summary</h2><p>Rohan Mehta and Elon Musk discuss rare earth magnet export licenses from China, Optimus production volume for the year, and the target price at scale.</p>
<h3>Keywords</h3><p>Optimus, actuators, rare earth, export licenses, China, price</p>
<h3>Speakers</h3><ul><li>Rohan Mehta</li><li>Elon Musk</li><li>Speaker 3</li></ul></div>
<div class="transcript-container">
{chr(10).join(parts)}
</div>
<div class="transcript-footer">Transcribed by <a href="https://otter.ai">https://otter.ai</a></div>
</div>
<div class="promo-banner"><p>Get more from your meetings with Otter — AI meeting notes, summaries and action items.</p><a href="https://otter.ai/pricing">See plans</a></div>
</div></div>
<footer class="otter-footer"><p>© 2026 Otter.ai, Inc. · <a href="https://otter.ai/terms">Terms</a> · <a href="https://otter.ai/privacy">Privacy</a></p></footer>
</body></html>"""
    write("otter_shared", h, expected(T, "Otter.ai shared transcript: snippet blocks with header (avatar initials, speaker name, mm:ss) and content below; data-start-ms attributes; one-word turns; summary/speaker list not turns", "Otter.ai share", others_of(T)))

for f in (caixin, twreporter, gdocs, otter): f()
