"""r11 - WeChat-style official-account article (simplified Chinese): 问：/答： labels only, he is named in
the intro as the one answering; 金句 box with '马斯克：' lines above; staff interjection; reader comments."""
from common import turn, check_no_adjacent

SLUG = "r11_chuxing_guancha_wechat_zh_hans"
SHOW = "出行观察"

T = [
    ("Q", "问", ["您好，马斯克先生。这是您今年第二次来中国，这次最想看的是什么？"]),
    ("E", "答", ["主要是来看看上海工厂，还有我们的供应商伙伴。中国供应链的效率非常高，每次来都能学到新东西。"]),
    ("Q", "问", ["有人说，中国电动车品牌之间的竞争已经非常激烈，您怎么看？"]),
    ("E", "答", ["竞争确实非常激烈，而且中国的车企非常优秀、非常努力。我一直说，如果没有贸易壁垒，他们会在全世界取得很大的成功。这对消费者是好事。"]),
    ("Q", "问", ["特斯拉还会继续降价吗？"]),
    ("E", "答", ["这取决于成本。成本降下来了，价格自然也会降。"]),
    ("Q", "问", ["您曾经说过：&ldquo;自动驾驶会让一辆车的价值提升好几倍。&rdquo;现在还这么认为吗？"]),
    ("E", "答", ["是的，我仍然这么认为。一辆能够自动驾驶的车，一天可以被使用很多个小时，而不是大部分时间都停在车库里。",
                "当然，前提是它的安全性必须远远高于人类驾驶员。"]),
    ("Q", "问", ["那您觉得这一天什么时候会到来？"]),
    ("E", "答", ["我对时间的预测往往过于乐观（笑），所以这次就不说具体时间了。"]),
    ("S", "现场工作人员", ["不好意思，时间关系，最后一个问题。"]),
    ("Q", "问", ["您对中国的年轻人有什么建议？"]),
    ("E", "答", ["保持好奇心。多读书，多动手，不要怕失败。"]),
    ("Q", "问", ["谢谢您接受采访。"]),
    ("E", "答", ["谢谢！"]),
]
check_no_adjacent([(s, None, p) for s, l, p in T])

STYLE_LABEL = {"Q": "color:#1a5fb4;", "E": "color:#c01c28;", "S": "color:#777;"}


def transcript():
    out = []
    for spk, label, paras in T:
        out.append(f'<p style="margin-bottom:16px;line-height:1.9;"><strong><span style="{STYLE_LABEL[spk]}">{label}：</span></strong><span style="font-size:16px;">{paras[0]}</span></p>')
        for p in paras[1:]:
            out.append(f'<p style="margin-bottom:16px;line-height:1.9;"><span style="font-size:16px;">{p}</span></p>')
    return "\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<title>独家｜马斯克在沪答记者问：竞争对消费者是好事</title>
<meta name="description" content="出行观察独家：马斯克在上海接受本号记者简短采访，谈供应链、价格与自动驾驶。">
<meta property="og:title" content="独家｜马斯克在沪答记者问：竞争对消费者是好事">
<meta property="og:site_name" content="微信公众平台">
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.css">
<script>var biz = "MzI4NzE5ODExMg==" || ""; var sn = "8f3b2c1d0e" || ""; var mid = "2247490113" || ""; var idx = "1" || "";</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">独家｜马斯克在沪答记者问：竞争对消费者是好事</h1>
<div id="meta_content" class="rich_media_meta_list">
  <span class="rich_media_meta rich_media_meta_text">原创</span>
  <span class="rich_media_meta rich_media_meta_text">记者 宋佳宁</span>
  <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">出行观察</a></span>
  <em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年4月27日 21:08</em>
  <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">上海</em>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
<section style="padding:12px 16px;background:#f6f7f9;border-radius:6px;margin-bottom:20px;">
<p style="font-size:15px;color:#333;"><strong>【今日金句】</strong></p>
<p style="font-size:15px;color:#333;">马斯克：保持好奇心。多读书，多动手，不要怕失败。</p>
<p style="font-size:15px;color:#333;">马斯克：竞争对消费者是好事。</p>
</section>
<p style="line-height:1.9;"><span style="font-size:16px;">4月27日傍晚，特斯拉首席执行官埃隆·马斯克结束对上海超级工厂的参观后，在现场接受了本号记者约十分钟的简短采访。以下&ldquo;问&rdquo;为本号记者，&ldquo;答&rdquo;为马斯克。采访以英文进行，由本号编辑翻译整理，未经本人审阅。</span></p>
<p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/chuxing0427/640" alt="" style="width:100%;"></p>
<p style="text-align:center;font-size:13px;color:#999;">图｜马斯克在上海超级工厂　摄影：宋佳宁</p>
<section style="margin-top:20px;">
{transcript()}
</section>
<p style="font-size:14px;color:#999;margin-top:24px;">责任编辑：韩沐　｜　本文为出行观察原创，转载请联系后台授权。</p>
<section style="text-align:center;margin-top:24px;"><p style="font-size:14px;color:#576b95;">▼ 点击下方名片，关注出行观察 ▼</p></section>
</div>
<div class="rich_media_tool" id="js_toobar3"><span class="media_tool_meta">阅读 10万+</span> <span class="media_tool_meta">赞 3287</span> <span class="media_tool_meta">在看 912</span></div>
</div></div>
<div class="rich_media_area_extra"><div class="discuss_container" id="js_cmt_area">
<div class="discuss_title">精选留言</div>
<ul class="discuss_list">
<li class="discuss_item"><div class="discuss_nickname">马斯克的小迷弟</div><div class="discuss_message_content">答：谢谢！&mdash;&mdash;哈哈，最后这个回答太可爱了</div><div class="discuss_extra_info">上海 · 4月27日 <span class="discuss_praise">赞 1024</span></div>
<div class="reply_result"><div class="discuss_nickname">作者</div><div class="discuss_message_content">现场确实很有礼貌[微笑]</div></div></li>
<li class="discuss_item"><div class="discuss_nickname">Elon马</div><div class="discuss_message_content">&ldquo;我对时间的预测往往过于乐观&rdquo;，终于承认了。</div><div class="discuss_extra_info">江苏 · 4月27日 <span class="discuss_praise">赞 566</span></div></li>
<li class="discuss_item"><div class="discuss_nickname">车评人老周</div><div class="discuss_message_content">问得很克制，答得也很克制。</div><div class="discuss_extra_info">北京 · 4月28日 <span class="discuss_praise">赞 201</span></div></li>
</ul></div></div>
</div>
</div>
<script src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg.js"></script>
<script>window.__second_open__ = false; var appmsg_type = "9";</script>
</body>
</html>
"""
    turns = [turn(None, paras[0], zh=True) for spk, label, paras in T if spk == "E"]
    return dict(slug=SLUG, html=html, show=SHOW, turns=turns, others=["问", "现场工作人员"],
                format="WeChat official-account article (simplified Chinese); paragraphs open with bold '问：' (reporter) or '答：' (his answers; he is named as the answerer only in the intro), full-width colons, one staff interjection; no timestamps.")
