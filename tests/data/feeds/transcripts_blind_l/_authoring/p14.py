from common import *

NAME = "l14_wechat-article"
LAB = {"H": ("主持人：", "主持人："), "E": ("埃隆·马斯克：", "马斯克："), "M": ("梅耶·马斯克：", "梅耶：")}
rows = [
 ("H", "欢迎两位。今天很难得，母子两人同时坐在台上。我想先问梅耶，埃隆小时候是一个什么样的孩子？"),
 ("M", "他非常安静，总是在看书。有时候我跟他说话，他完全听不见，我一度以为他耳朵有问题，还带他去做了检查。", "后来才发现，他只是在想事情。想事情的时候，外面的世界对他来说就不存在了。"),
 ("E", "我现在还是这样。开会的时候如果我突然不说话，大家就知道我在想别的事情了。"),
 ("H", "马斯克先生，您怎么看现在的教育？"),
 ("E", "我觉得应该教孩子解决问题，而不是教他们工具。比如教发动机，不要先讲螺丝刀和扳手，而是给他一台发动机，让他去拆。", "拆的过程中，他自然就会知道为什么需要螺丝刀。这样学到的东西是记得住的。"),
 ("M", "他小时候确实拆了家里很多东西。"),
 ("E", "大部分装回去了。"),
 ("M", "大部分。"),
 ("H", "说到人工智能，很多家长担心孩子以后找不到工作。您怎么看？"),
 ("E", "这个担心是合理的。未来很多工作会被人工智能和机器人完成，这几乎是一定的。但我认为，人仍然需要找到生活的意义，这一点机器替代不了。", "所以我会建议年轻人去做自己真正好奇的事情。好奇心是最好的老师，这句话我妈妈说了很多年。"),
 ("M", "我确实说了很多年，但他小时候从来不听。"),
 ("H", "最后一个问题，梅耶，您对儿子有什么期待？"),
 ("M", "希望他多睡一点觉。"),
 ("E", "这个很难。"),
 ("H", "那马斯克先生，您想对中国的年轻人说点什么？"),
 ("E", "保持好奇，多动手，不要怕失败。失败是正常的，不尝试才是最大的风险。"),
 ("H", "谢谢两位！"),
 ("E", "谢谢大家。"),
]
turns = [Turn(r[0], None, *[esc(p) for p in r[1:]], musk=(r[0] == "E")) for r in rows]
PS = 'style="margin-bottom: 16px;line-height: 1.75em;letter-spacing: 0.5px;"'
seen, out = set(), []
for tr in turns:
    full, short = LAB[tr.spk]
    lab = short if tr.spk in seen else full
    seen.add(tr.spk)
    out.append('<p %s><span style="font-size: 15px;"><strong><span style="color: rgb(0, 82, 255);">%s</span></strong>%s</span></p>' % (PS, lab, tr.paras[0]))
    for p in tr.paras[1:]:
        out.append('<p %s><span style="font-size: 15px;">%s</span></p>' % (PS, p))
body = "\n".join(out)

page = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<title>万字实录｜马斯克母子同台：拆发动机、好奇心，和“多睡一点觉”</title>
<meta property="og:title" content="万字实录｜马斯克母子同台：拆发动机、好奇心，和“多睡一点觉”">
<meta property="og:site_name" content="微信公众平台">
<link rel="stylesheet" href="//res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.c6f1.css">
<script>var ct="1719036000";var nickname="未来科技观察";var msg_title="万字实录｜马斯克母子同台：拆发动机、好奇心，和“多睡一点觉”";</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg appmsg_skin_default">
<div id="js_article" class="rich_media">
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">万字实录｜马斯克母子同台：拆发动机、好奇心，和“多睡一点觉”</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span> <span class="rich_media_meta rich_media_meta_text">编辑部</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">未来科技观察</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-06-22 14:00</em> <em id="js_ip_wording_wrp" class="rich_media_meta_area">上海</em></div>
<div class="rich_media_content js_underline_content" id="js_content">
<section style="margin-bottom: 24px;"><p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">点击上方蓝字“未来科技观察”关注我们</span></p></section>
<section style="padding: 12px 15px;background-color: rgb(245, 247, 250);border-left: 3px solid rgb(0, 82, 255);"><p><span style="font-size: 14px;color: rgb(89, 89, 89);">编者按：本周六，埃隆·马斯克与母亲梅耶·马斯克在一场线上教育论坛上同台对谈，主持人为资深媒体人周岚。马斯克曾说：“好奇心是最好的老师。”这一次，他把这句话的“版权”还给了母亲。以下为对谈实录，由本号根据现场同传整理，有删节。</span></p></section>
<section style="margin: 20px 0;padding: 14px;border: 1px dashed rgb(0, 82, 255);"><p><strong><span style="font-size: 15px;">划重点</span></strong></p>
<p><span style="font-size: 14px;">1. 马斯克：教孩子解决问题，而不是教他们工具。</span></p>
<p><span style="font-size: 14px;">2. 马斯克：不尝试才是最大的风险。</span></p>
<p><span style="font-size: 14px;">3. 梅耶·马斯克：希望他多睡一点觉。</span></p></section>
<section style="text-align: center;margin: 16px 0;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/x9Zk2/640?wx_fmt=jpeg" data-ratio="0.5625" data-w="1080" style="width: 100%%;"><p><span style="font-size: 12px;color: rgb(136, 136, 136);">图｜论坛直播截图</span></p></section>
%s
<section style="margin-top: 24px;"><p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">— END —</span></p><p><span style="font-size: 13px;color: rgb(136, 136, 136);">本文由“未来科技观察”整理翻译，转载请联系授权。文中观点不代表本号立场。</span></p></section>
</div>
<div class="rich_media_tool" id="js_toobar3"><div class="weui-flex"><div class="weui-flex__item">阅读 <span id="readNum3">10万+</span></div><div class="like_area"><span class="praise_num">2381</span></div><div class="wow_area">在看 <span>916</span></div></div></div>
</div>
<div class="discuss_container" id="js_cmt_area"><div class="discuss_title">精选留言</div>
<ul class="discuss_list">
<li class="discuss_item"><div class="discuss_item_hd"><strong class="nickname">马斯克的小迷弟</strong></div><div class="discuss_message"><span class="discuss_message_content">马斯克：“大部分装回去了。”梅耶：“大部分。”哈哈哈哈这段太真实了</span></div><div class="discuss_extra_info">广东 · 点赞 1204</div></li>
<li class="discuss_item"><div class="discuss_item_hd"><strong class="nickname">小马斯克</strong></div><div class="discuss_message"><span class="discuss_message_content">想看完整视频，有链接吗？</span></div><div class="reply_result"><div class="nickname">作者</div><div class="discuss_message_content">完整视频见论坛官方号回放。</div></div><div class="discuss_extra_info">浙江 · 点赞 88</div></li>
</ul></div>
</div></div></div></div>
<div class="qr_code_pc_outer"><div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div>
</div>
<script src="//res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.c6f1.js"></script>
<script>document.getElementById('js_content').style.visibility='visible';</script>
</body>
</html>
""" % body

emit(NAME, page, turns, zh=True,
     fmt="WeChat official-account article (simplified Chinese): one <p> per paragraph inside #js_content with a bold coloured label and full-width colon ('埃隆·马斯克：' first, then '马斯克：'; his mother labelled '梅耶·马斯克：' then '梅耶：'), unlabelled continuation paragraphs, no times.",
     show="未来科技观察（微信公众号）", others=["主持人", "梅耶·马斯克", "梅耶"])
