from lib import *
# o09: mainland Chinese tech site, simplified; <p><strong>Label</strong>（hh:mm:ss）：text ; label 埃隆·马斯克 then 马斯克;
# host quotes him; 精彩语录 box; one-character-ish turn 对。; comments by 马斯克粉丝.
L = {'H1': '主持人（林默）', 'H': '林默', 'E1': '埃隆·马斯克', 'E': '马斯克', 'G': '嘉宾（周启航）'}
T = [
 ('H1', 5, ["欢迎收听《深空对话》。今天我们很荣幸请到了埃隆·马斯克，和我们聊聊星舰、人工智能和中国的电动车市场。"]),
 ('E1', 16, ["谢谢邀请，很高兴能和中国的听众交流。"]),
 ('H', 22, ["先聊星舰。去年你说过今年要实现上面级回收，现在进展如何？"]),
 ('E', 31, ["我们已经非常接近了。助推器的回收已经变成常规操作，上面级的难点在于再入时的热防护，每一块隔热瓦都必须能重复使用。",
           "说实话，这是我们目前遇到的最难的工程问题之一。"]),
 ('H', 95, ["马斯克曾经说过：“火箭应该像飞机一样可以重复使用。”你觉得这一天还有多远？"]),
 ('E', 104, ["几年之内吧。技术路线已经清楚了，剩下的是把成本和可靠性做上去。"]),
 ('G', 870, ["我补充一点。中国的商业航天公司也在快速追赶，很多团队在做类似的可回收方案。"]),
 ('E', 882, ["对。"]),
 ('G', 884, ["所以竞争会越来越激烈。"]),
 ('E', 886, ["竞争是好事。竞争会让所有人都变得更好，最终受益的是整个行业。"]),
 ('H', 3722, ["最后一个问题：你对中国的年轻工程师有什么建议？"]),
 ('E', 3730, ["多动手，少开会。从第一性原理去思考问题，不要因为别人说做不到就放弃。"]),
]
out, gold = [], []
for k, t, paras in T:
    out.append(f'<p><strong>{esc(L[k])}</strong>（{hms(t)}）：{esc(paras[0])}</p>')
    out += [f'<p>{esc(p)}</p>' for p in paras[1:]]
    if k in ('E', 'E1'):
        gold.append((t, paras[0]))
page = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>独家｜马斯克对话《深空对话》：星舰、AI与中国电动车（全文实录）- 极客纵深</title>
<meta name="keywords" content="马斯克,星舰,SpaceX,特斯拉,访谈实录">
<link rel="stylesheet" href="https://static.jikezongshen.cn/css/article.v3.css">
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top-bar"><a href="/" class="logo">极客纵深</a>
<ul class="nav"><li><a href="/news">快讯</a></li><li><a href="/deep">深度</a></li><li><a href="/podcast">播客</a></li><li><a href="/app">下载APP</a></li></ul></div>
<div class="article-wrap">
<h1>独家｜马斯克对话《深空对话》：星舰、AI与中国电动车（全文实录）</h1>
<div class="article-info"><span class="author">作者：苏晓禾</span><span class="time">2025-06-18 09:30</span><span class="source">来源：极客纵深</span></div>
<div class="summary"><b>导读：</b>本期《深空对话》邀请到SpaceX及特斯拉CEO埃隆·马斯克，以及商业航天从业者周启航。以下为节目文字实录，经极客纵深编辑整理，有删节。</div>
<div class="quote-box"><h3>精彩语录</h3>
<p>马斯克：“竞争是好事，最终受益的是整个行业。”</p>
<p>马斯克：“多动手，少开会。”</p></div>
<div class="article-content">
{chr(10).join(out)}
<p class="editor">（本文根据节目录音整理，未经嘉宾审阅。责任编辑：韩蕾）</p>
</div>
<div class="copyright">版权声明：本文为极客纵深原创，未经授权禁止转载。</div>
<div class="comments"><h3>网友评论（3）</h3>
<div class="cmt"><span class="user">马斯克粉丝</span><p>马斯克：“多动手，少开会。”说得太好了，我们公司就是会太多。</p></div>
<div class="cmt"><span class="user">火箭迷小王</span><p>周启航那段补充很到位。</p></div>
<div class="cmt"><span class="user">埃隆的小号</span><p>什么时候能出视频版？</p></div>
</div>
</div>
<div class="footer">© 2025 极客纵深 京ICP备2023012345号-1 | 关于我们 | 联系方式</div>
<script src="https://static.jikezongshen.cn/js/article.v3.js"></script>
</body>
</html>
'''
write('o09_jkzs_zh_cn', page, '深空对话',
      'Simplified-Chinese tech site: one <p> per turn as "<strong>Label</strong>（hh:mm:ss）：text" with full-width brackets and colon; label 埃隆·马斯克 first, then 马斯克; unlabelled continuation paragraph; 精彩语录 box and comments quoting him.',
      gold, ['主持人（林默）', '林默', '嘉宾（周启航）'], zh=True)
