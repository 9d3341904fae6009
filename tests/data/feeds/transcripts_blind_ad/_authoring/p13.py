"""ad13: WeChat-style article (simplified Chinese) with a bilingual transcript: per turn a
【hh:mm:ss】 line, a Chinese paragraph with a full-width-colon label, and the English original
(with its own English label) right below. The pair is ONE turn."""
from common import *

NAME = "ad13_guijiqianyan_bilingual"
SHOW = "硅基前沿（转载自 First Principles Hour 播客）"

L = "L"
T = [
    {"s": L, "p": ["埃隆，欢迎再次来到节目。上次我们聊的是火箭，今天我想多聊聊制造。", "Elon, welcome back to the show. Last time we talked about rockets. Today I want to talk more about manufacturing."]},
    {"s": E, "p": ["很高兴回来。说实话，制造是我现在花时间最多的事情，比设计多得多。", "Happy to be back. Honestly, manufacturing is where I spend most of my time now, far more than on design."]},
    {"s": L, "at": 752, "p": ["为什么制造比设计更难？", "Why is manufacturing harder than design?"]},
    {"s": E, "p": ["因为设计只需要做对一次，而制造需要每天做对几百万次。任何一个小问题都会被放大几百万倍。", "Because design only has to be right once, and manufacturing has to be right millions of times a day. Any small problem gets multiplied a millionfold."]},
    {"s": L, "at": 1525, "p": ["很多人说，中国的供应链是特斯拉的护城河。你同意吗？", "A lot of people say the Chinese supply chain is Tesla&rsquo;s moat. Do you agree?"]},
    {"s": E, "p": ["我不太喜欢“护城河”这个说法。护城河是防守性的。真正重要的是创新的速度。如果你的速度足够快，就不需要护城河。", "I don&rsquo;t really like the word &ldquo;moat.&rdquo; Moats are defensive. What matters is the rate of innovation. If you&rsquo;re fast enough, you don&rsquo;t need a moat."]},
    {"s": L, "at": 1890, "p": ["那上海工厂给你最大的启发是什么？", "What was the biggest lesson from the Shanghai factory?"]},
    {"s": E, "p": ["速度和执行力。团队从一片空地到开始生产，用的时间比我们任何人预想的都短。而且工程师们非常愿意在现场解决问题，而不是开会讨论。（译者注：此处“现场”原文为 on the floor，指生产线一线。）", "Speed and execution. The team went from an empty field to production faster than any of us expected. And the engineers are very willing to solve problems on the floor instead of in meetings."]},
    {"s": L, "at": 2710, "p": ["你觉得未来十年最大的变化会是什么？", "What will be the biggest change of the next decade?"]},
    {"s": E, "p": ["人形机器人。我认为它最终会成为有史以来最大的产品，比汽车大得多。", "Humanoid robots. I think that will ultimately be the biggest product ever, much bigger than cars."]},
    {"s": L, "p": ["这听起来很大胆。", "That sounds bold."]},
    {"s": E, "nt": True, "p": ["对，没错，确实很大胆。但我当年对电动车的预测，听起来也一样大胆。", "Yes, it&rsquo;s bold. But my predictions about electric cars sounded just as bold at the time."]},
    {"s": L, "at": 3380, "nt": True, "p": ["最后一个问题：你会给年轻人什么建议？", "Last question: what advice would you give young people?"]},
    {"s": E, "p": ["多读书，尤其是历史和物理。然后尽量让自己有用。有用比聪明更重要。", "Read a lot, especially history and physics. Then try to be useful. Being useful matters more than being clever."]},
    {"s": L, "p": ["谢谢你，埃隆。", "Thank you, Elon."]},
    {"s": E, "p": ["谢谢大家，我们下次再聊。", "Thanks, everyone. Talk next time."]},
]
# times follow the English audio: use the English half for duration
_tmp = [{"p": [tr["p"][1]], **({"at": tr["at"]} if "at" in tr else {})} for tr in T]
assign_times(_tmp, start=15.6, seed=1313, wps=2.6, gap=1.0)
for a, b in zip(T, _tmp):
    a["ts"] = b["ts"]


def render():
    out, seen = [], set()
    for tr in T:
        s = tr["s"]
        if s == E:
            zl, el = ("埃隆·马斯克", "Elon Musk") if E not in seen else ("马斯克", "Musk")
        else:
            zl, el = ("主持人", "Leo Brandt")
        seen.add(s)
        sec = ['<section class="dialog-item" style="margin-bottom:18px;">']
        if not tr.get("nt"):
            sec.append(f'<p style="color:#b0b0b0;font-size:12px;"><span leaf="">【{hhmmss(tr["ts"][0])}】</span></p>')
        sec.append(f'<p style="font-size:16px;line-height:1.75;"><strong><span leaf="">{zl}：</span></strong><span leaf="">{tr["p"][0]}</span></p>')
        sec.append(f'<p style="font-size:14px;color:#888;line-height:1.6;"><span leaf=""><em>{el}:</em> {tr["p"][1]}</span></p>')
        sec.append("</section>")
        out.append("\n".join(sec))
    return "\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<title>马斯克对谈全文：“创新速度才是唯一的护城河”（中英对照）</title>
<meta name="description" content="马斯克最新播客对谈，谈制造、上海工厂与人形机器人。中英对照全文。">
<meta property="og:title" content="马斯克对谈全文：“创新速度才是唯一的护城河”（中英对照）">
<meta property="og:site_name" content="硅基前沿">
<link rel="stylesheet" href="https://res.guijiqianyan.cn/mmbizwap/zh_CN/htmledition/style/page/appmsg/page_appmsg_new.css">
<script>var biz="MzI4NjQ1MTM2MA==",mid="2247521877",idx="1",msg_title="马斯克对谈全文",ct="1747012800";</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg appmsg_skin_default">
<div id="js_article" class="rich_media">
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">马斯克对谈全文：“创新速度才是唯一的护城河”（中英对照）</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_text">编译：苏晚、程一</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">硅基前沿</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年5月12日 09:20</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">北京</em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content">
<section style="background:#f6f7f9;padding:12px 14px;border-left:3px solid #3b82f6;margin-bottom:20px;">
<p><strong><span leaf="">编者按：</span></strong><span leaf="">本文编译自美国播客 First Principles Hour 最新一期节目，主持人 Leo Brandt 与埃隆·马斯克聊了约一小时。马斯克在节目中说：“如果你的速度足够快，就不需要护城河。”以下为节目中有关制造与机器人的部分，中文为编译，灰色小字为英文原文，时间码对应原节目音频。部分段落无时间码。</span></p>
</section>
<section class="golden-quotes" style="border:1px solid #eee;border-radius:6px;padding:12px;margin-bottom:20px;">
<p style="font-weight:bold;"><span leaf="">📌 金句摘录</span></p>
<p><span leaf="">马斯克：有用比聪明更重要。</span></p>
<p><span leaf="">马斯克：护城河是防守性的，真正重要的是创新的速度。</span></p>
</section>
<p style="text-align:center;"><img data-src="https://mmbiz.guijiqianyan.cn/mmbiz_jpg/aX9/640?wx_fmt=jpeg" alt="" style="width:100%;"></p>
<p style="text-align:center;color:#999;font-size:12px;"><span leaf="">图源：First Principles Hour</span></p>
{render()}
<section style="margin-top:24px;color:#999;font-size:13px;"><p><span leaf="">（全文完）</span></p>
<p><span leaf="">本文仅代表受访者个人观点，不构成投资建议。转载请联系后台授权。</span></p></section>
</div>
<div class="rich_media_tool" id="js_toobar3"><div class="media_tool_meta"><span id="readNum3">阅读 10万+</span> <span class="like_num">在看 1,208</span></div></div>
</div>
</div>
<div class="rich_media_area_extra">
<div class="discuss_container" id="js_cmt_area">
<div class="discuss_title">精选留言</div>
<ul class="discuss_list">
<li class="discuss_item"><div class="discuss_item_hd"><strong class="nickname">马斯克本斯克</strong><span class="discuss_ip">上海</span></div><div class="discuss_message"><span class="discuss_message_content">马斯克：“有用比聪明更重要。”收藏了，转给我家孩子看。</span></div><div class="discuss_extra_info">5月12日 <span class="praise_num">赞 388</span></div></li>
<li class="discuss_item"><div class="discuss_item_hd"><strong class="nickname">Elon迷弟</strong><span class="discuss_ip">广东</span></div><div class="discuss_message"><span class="discuss_message_content">“对，没错，确实很大胆。”——这句翻译很传神。</span></div><div class="discuss_extra_info">5月12日 <span class="praise_num">赞 97</span></div></li>
<li class="discuss_item"><div class="discuss_item_hd"><strong class="nickname">制造业老兵</strong><span class="discuss_ip">江苏</span></div><div class="discuss_message"><span class="discuss_message_content">“设计只需要做对一次，制造要每天做对几百万次”，深有体会。</span></div><div class="discuss_extra_info">5月13日 <span class="praise_num">赞 64</span></div></li>
</ul>
</div>
<div class="related_article"><p class="related_title">往期推荐</p><ul><li><a href="https://mp.guijiqianyan.cn/s/Xk2">马斯克：人形机器人将是有史以来最大的产品？我们算了一笔账</a></li><li><a href="https://mp.guijiqianyan.cn/s/Pq8">上海超级工厂五周年：从一片空地到年产百万</a></li></ul></div>
</div>
</div>
</div>
<script src="https://res.guijiqianyan.cn/mmbizwap/zh_CN/htmledition/js/appmsg/index.js"></script>
</body>
</html>
"""
    fmt = ("WeChat-style article: each turn is a <section> with an optional grey 【hh:mm:ss】 line, a Chinese paragraph "
           "led by a bold full-width-colon label ('埃隆·马斯克：' first, then '马斯克：'), and the English original in grey "
           "below with its own label ('Elon Musk:' / 'Musk:'); the Chinese/English pair is one turn.")
    exp = expected(fmt, SHOW, gold(T, zh=True), ["主持人", "Leo Brandt"])
    write(NAME, html, exp)
    return NAME, exp
