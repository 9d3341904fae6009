from common import *

SHOW = "硬核前沿"
g = Gold(SHOW, "WeChat official-account article (mp.weixin.qq.com layout): each turn is a <p> with a bold full-width-colon "
         "label ('埃隆·马斯克（Elon Musk）：' first, then '马斯克：'; host '罗里·巴克斯特：' then '巴克斯特：') and the Chinese "
         "translation; each of his paragraphs is followed by a grey unlabelled <p> with the English original (same turn); "
         "no timestamps.", zh=True)

HF, H = "罗里·巴克斯特", "巴克斯特"
EF, E = "埃隆·马斯克（Elon Musk）", "马斯克"
ELON = {EF, E}
# (label, [(zh, en or None), ...])
T = [
    (HF, [("欢迎收听《前沿档案》。今天的嘉宾不需要太多介绍，他是埃隆·马斯克。我们在得州的工厂里录了这一期，背景里如果有噪音，那是机器在工作。", None)]),
    (EF, [("谢谢邀请。很高兴再来，上次来还是三年前。", "Thanks for having me. Good to be back, last time was three years ago.")]),
    (H, [("先聊星舰。你曾经说过，完全可复用是“最重要的一件事”。现在离这个目标还有多远？", None)]),
    (E, [("这是一个很好的问题。助推器已经可以被塔架接住，这在几年前听起来像科幻。飞船本身的隔热层还需要改进，我们每次飞行都会学到新的东西。",
          "That's a good question. The booster can already be caught by the tower, which sounded like science fiction a few years ago. The ship's heat shield still needs work, and we learn something new on every flight."),
         ("我的估计是，明年我们能让飞船也实现回收再飞。", "My guess is that next year we'll be able to catch and refly the ship as well.")]),
    (H, [("所以明年能实现飞船的回收？", None)]),
    (E, [("对。", "Yes.")]),
    (H, [("我们聊聊人工智能。很多人说你一边警告AI的风险，一边又在做AI，这不矛盾吗？", None)]),
    (E, [("我认为AI无论如何都会被造出来，问题是由谁来造、带着什么样的价值观。", "I think AI is going to be built regardless. The question is who builds it and with what values."),
         ("如果最担心风险的人都选择退出，那么留下来做AI的就是最不担心风险的人。这不是一个好结果。", "If the people most worried about the risk all opt out, then the people left building it are the least worried. That's not a good outcome.")]),
    (H, [("你有十几个孩子，平时能有多少时间陪他们？", None)]),
    (E, [("比外界想象的要多一些。有时候我会带着孩子去开会，他们坐在旁边玩，偶尔还会提出很好的问题。", "More than people think. Sometimes I bring the kids to meetings, they sit and play, and occasionally they ask very good questions.")]),
    (H, [("很多创业者都在引用你的“第一性原理”。在你看来，这个词是不是被用滥了？", None)]),
    (E, [("其实很简单，就是把问题拆到最基本的事实，然后从那里往上推理，而不是靠类比。大多数时候人们说自己在用第一性原理，其实还是在类比。", "It's actually simple: break the problem down to the most basic facts and reason up from there, instead of reasoning by analogy. Most of the time when people say they use first principles, they're still reasoning by analogy.")]),
    (H, [("最后一个问题：你会给今天的年轻工程师什么建议？", None)]),
    (E, [("保持好奇心，多读书，尽量去工厂一线看看东西是怎么造出来的。在生产线旁边待一周，比开一年的会学到的都多。", "Stay curious, read a lot, and go to the factory floor to see how things are actually made. A week next to the line teaches you more than a year of meetings.")]),
    (H, [("谢谢你，埃隆。", None)]),
]

body = []
for lab, paras in T:
    if lab in ELON:
        g.elon(None, paras[0][0])
        color = "#c0392b"
    else:
        g.other(lab)
        color = "#1f4e79"
    for k, (zh, en) in enumerate(paras):
        if k == 0:
            body.append('<p style="margin-bottom:8px;"><strong><span style="color:%s;">%s：</span></strong><span style="font-size:16px;">%s</span></p>' % (color, esc(lab), esc(zh)))
        else:
            body.append('<p style="margin-bottom:8px;"><span style="font-size:16px;">%s</span></p>' % esc(zh))
        if en:
            body.append('<p style="margin-bottom:20px;"><span style="color:#888888;font-size:14px;font-style:italic;">%s</span></p>' % esc(en))
    if lab not in ELON:
        body[-1] = body[-1].replace('margin-bottom:8px;', 'margin-bottom:20px;', 1)

page = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<title>马斯克最新专访全文（中英对照）：星舰、AI与“第一性原理”</title>
<meta name="description" content="本文为《前沿档案》播客专访的中文翻译，马斯克的回答附英文原文。">
<meta property="og:title" content="马斯克最新专访全文（中英对照）：星舰、AI与“第一性原理”">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzI5ODc2NTQ0MQ==&amp;mid=2247512345&amp;idx=1&amp;sn=7c3e1a0b9d">
<meta property="twitter:card" content="summary">
<link rel="stylesheet" href="//res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.ba5f2c3e.css">
<style>
 .rich_media_area_primary{padding:20px 16px 12px}
 .rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}
 .rich_media_meta{color:rgba(0,0,0,.3);font-size:15px;margin-right:8px}
 .rich_media_content{font-size:17px;line-height:1.75;text-align:justify}
 .discuss_container .discuss_item{padding:10px 0;border-top:1px solid #f0f0f0}
</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
  <h1 class="rich_media_title" id="activity-name">马斯克最新专访全文（中英对照）：星舰、AI与“第一性原理”</h1>
  <div id="meta_content" class="rich_media_meta_list">
    <span class="rich_media_meta rich_media_meta_text">编译：林晓舟</span>
    <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">硬核前沿</a></span>
    <em id="publish_time" class="rich_media_meta rich_media_meta_text">2024年06月03日 08:30</em>
    <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">上海</em>
  </div>
  <div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
    <section style="margin:0 0 20px;padding:14px 16px;background:#fff5f0;border-left:4px solid #c0392b;">
      <p style="font-size:15px;color:#c0392b;"><strong>本期金句</strong></p>
      <p style="font-size:15px;">马斯克：在生产线旁边待一周，比开一年的会学到的都多。</p>
      <p style="font-size:15px;">马斯克：大多数时候人们说自己在用第一性原理，其实还是在类比。</p>
    </section>
    <p style="margin-bottom:20px;"><span style="color:#595959;font-size:15px;">导读：上周，播客《前沿档案》（The Frontier Files）主持人罗里·巴克斯特在得克萨斯的工厂里专访了埃隆·马斯克。马斯克曾说：“工厂本身就是产品。”这一次，他谈到了星舰回收、人工智能、家庭和年轻工程师。以下为访谈全文的中文翻译，马斯克的回答附英文原文，供读者对照。</span></p>
    <p style="margin-bottom:20px;text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/Xk1d2Qe0cT9a/640?wx_fmt=jpeg" data-ratio="0.5625" data-w="1080" alt=""></p>
    <p style="margin-bottom:20px;text-align:center;"><span style="color:#888;font-size:13px;">图｜马斯克在得州工厂接受采访</span></p>
{{BODY}}
    <p style="margin-top:30px;"><span style="color:#888;font-size:14px;">翻译：林晓舟｜校对：周宁｜编辑：陈默</span></p>
    <p><span style="color:#888;font-size:14px;">本文仅代表受访者观点，转载请联系后台授权。</span></p>
  </div>
  <div class="rich_media_tool" id="js_toobar3">
    <a id="js_view_source" class="media_tool_meta meta_primary" href="javascript:void(0);">阅读原文</a>
    <span class="media_tool_meta meta_extra">阅读 10万+</span>
    <a class="media_tool_meta meta_extra" href="javascript:void(0);" id="like3">在看 2831</a>
  </div>
</div>
</div>
<div class="rich_media_area_extra">
  <div class="discuss_container" id="js_cmt_area">
    <div class="discuss_title">精选留言</div>
    <div class="discuss_item"><strong class="nickname">马斯克的中国粉丝</strong><p class="discuss_message">“在生产线旁边待一周，比开一年的会学到的都多”，建议所有管理层背诵全文。</p><span class="discuss_extra_info">浙江 · 1.2万赞</span></div>
    <div class="discuss_item"><strong class="nickname">Elon</strong><p class="discuss_message">马斯克：对。（我也叫Elon，看到这句笑了）</p><span class="discuss_extra_info">广东 · 860赞</span></div>
    <div class="discuss_item"><strong class="nickname">星辰大海</strong><p class="discuss_message">翻译很用心，中英对照太好了。</p><span class="discuss_extra_info">北京 · 402赞</span>
      <div class="reply_result"><strong>作者</strong><p>谢谢支持！</p></div></div>
  </div>
</div>
</div>
</div>
<script nonce="1781234567" type="text/javascript">var biz = "MzI5ODc2NTQ0MQ=="; var mid = "2247512345"; var idx = "1"; var msg_title = '马斯克最新专访全文（中英对照）：星舰、AI与“第一性原理”'.html(false); var ct = "1717374600";</script>
<script nonce="1781234567" src="//res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.7f2a1e.js"></script>
</body>
</html>
""".replace("{{BODY}}", "\n".join(body))

write("m13_wechat-bilingual", page, g)
