from common import *

def build():
    H = '主持人'
    seq = [
        (H, 12, "欢迎收看《硅谷深潜》特别节目。今天我们在得州的星舰基地，和埃隆·马斯克聊一聊星舰、中国供应链和人工智能。", None),
        ('埃隆·马斯克', 31, "谢谢邀请。很高兴来到这里，虽然今天风有点大。", "Thanks for having me. Happy to be here, although it's a bit windy today."),
        (H, 44, "很多中国观众关心一个问题：星舰什么时候能真正实现完全复用？", None),
        ('马斯克', 52, "我觉得明年我们会第一次回收飞船本身。助推器已经可以用机械臂接住了，飞船难得多，因为它是从轨道速度再入的。", "I think next year we'll catch the ship itself for the first time. The booster we can already catch with the arms. The ship is much harder because it comes in from orbital velocity."),
        (H, 171, "您曾经说过，“上海超级工厂是全世界效率最高的工厂”。现在还是这样吗？", None),
        ('马斯克', 180, "是的，上海团队非常出色。他们的速度和执行力令人难以置信，很多我们在美国工厂的改进，其实是先在上海试出来的。", "Yes, the Shanghai team is outstanding. Their speed and execution are incredible. A lot of the improvements in our US factories were actually tried in Shanghai first."),
        (H, 245, "最后一个问题，人工智能会取代工程师吗？", None),
        ('马斯克', 251, "短期内不会，长期来看，很可能大部分工作都会变成可选的。那时候人们工作，是因为想工作，而不是不得不工作。", "Not in the short term. In the long term, probably most jobs will become optional. People will work because they want to, not because they have to."),
        (H, 300, "好。", None),
        ('马斯克', 302, "对。", None),
        (H, 305, "感谢马斯克先生接受我们的采访。", None),
    ]
    g, parts = [], []
    for lab, t, zh, en in seq:
        ts = f'<span style="color:#b2b2b2;font-size:13px;">【{hms(t)}】</span>'
        parts.append(f'<section style="margin-bottom:16px;"><p style="font-size:15px;line-height:1.8;">{ts}<strong style="color:#1f4e79;">{esc(lab)}：</strong><span>{esc(zh)}</span></p>')
        if en:
            parts.append(f'<p style="font-size:13px;color:#888888;line-height:1.6;"><span>{esc(en)}</span></p>')
        parts.append('</section>')
        if lab in ('埃隆·马斯克', '马斯克'):
            g.append([t, fw(zh, True)])
    body = '\n'.join(parts)
    doc = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<title>独家专访马斯克：明年回收飞船，上海工厂全球第一</title>
<meta property="og:title" content="独家专访马斯克：明年回收飞船，上海工厂全球第一">
<meta property="og:site_name" content="微信公众平台">
<meta name="description" content="硅谷深潜 | 中英对照全文实录">
<link rel="stylesheet" href="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.e1f3a7c2.css">
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">独家专访马斯克：明年回收飞船，上海工厂全球第一</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span> <span class="rich_media_meta rich_media_meta_text">林晓舟</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">硅谷深潜</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年12月02日 08:30</em> <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">广东</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
<section style="background:#f4f7fb;padding:12px 16px;margin-bottom:20px;border-radius:6px;">
<p style="font-size:14px;font-weight:bold;">划重点</p>
<p style="font-size:14px;">马斯克：明年我们会第一次回收飞船本身。</p>
<p style="font-size:14px;">马斯克：上海团队非常出色。</p>
<p style="font-size:14px;">马斯克：长期来看，大部分工作都会变成可选的。</p>
</section>
<p style="font-size:15px;">编者按：上周，本号主持人受邀前往得州星舰基地，对埃隆·马斯克进行了二十分钟的专访。以下为中英对照全文实录，中文为本号翻译，灰色小字为英文原话。时间码对应视频号完整版。</p>
<p style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/Qx3kR8/640?wx_fmt=jpeg" data-ratio="0.5625" alt=""></p>
{body}
<p style="font-size:13px;color:#999;">（全文完。翻译：林晓舟；校对：周蔓。未经授权禁止转载。）</p>
<p style="font-size:14px;">往期推荐：<a href="https://mp.weixin.qq.com/s/Tq9Xb1">对话黄仁勋：算力就是新电力</a> | <a href="https://mp.weixin.qq.com/s/Lm2Cc7">星舰第十次试飞全记录</a></p>
</div>
<div id="js_tags" class="article-tag_list"><span class="article-tag__item">#马斯克</span> <span class="article-tag__item">#星舰</span> <span class="article-tag__item">#专访</span></div>
<div class="rich_media_tool"><span id="js_read_area3" class="media_tool_meta">阅读 10万+</span> <span class="media_tool_meta meta_praise">赞 3821</span> <span class="media_tool_meta">在看 1066</span></div>
</div></div></div>
<div id="js_cmt_area" class="discuss_container"><div class="discuss_title">留言</div>
<ul class="discuss_list">
<li class="discuss_item"><div class="nickname">马斯克的小迷弟</div><div class="discuss_message">马斯克：“对。” 这个回答太经典了哈哈</div><div class="discuss_extra_info">广东 · 12月2日 <span class="praise_num">892</span></div></li>
<li class="discuss_item"><div class="nickname">Elon老马</div><div class="discuss_message">翻译很用心，中英对照好评！</div><div class="discuss_extra_info">上海 · 12月2日 <span class="praise_num">311</span></div>
 <div class="reply"><div class="nickname">硅谷深潜<span class="author_tag">作者</span></div><div class="discuss_message">谢谢支持～</div></div></li>
</ul></div>
</div>
<script nonce="884120331" type="text/javascript">var biz="MzkzNTU4MjA3Mg==";var sn="5c1d0a8f2b";var mid="2247489123";var idx="1";var msg_title="独家专访马斯克：明年回收飞船，上海工厂全球第一".html(false);</script>
<script nonce="884120331" src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.7d2c4e.js"></script>
</body>
</html>
"""
    write('n08_wechat_bilingual', doc, g,
          "WeChat article: each turn a section with 【hh:mm:ss】, bold label with full-width colon (埃隆·马斯克 first, then 马斯克) and the Chinese translation; his English original follows in a grey unlabelled paragraph of the same turn.",
          "硅谷深潜", ["主持人"])
