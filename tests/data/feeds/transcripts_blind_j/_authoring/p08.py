from lib import *

def j08():
    H = "主持人"
    turns = [
        T(H, 12, "埃隆，欢迎来到我们的节目。第一个问题：你怎么看待中国的电动车市场？", en="Elon, welcome to the show. First question: how do you see the EV market in China?"),
        T(E, 19, "中国的电动车公司非常有竞争力，可能是全世界最有竞争力的。他们工作非常努力，也非常聪明。", en="The Chinese EV companies are extremely competitive, probably the most competitive in the world. They work very hard and they're very smart."),
        T(H, 41, "所以你会担心吗？", en="So are you worried?"),
        T(E, 44, "担心不是正确的词。竞争让每个人都变得更好，最终受益的是消费者。", en="Worried is not the right word. Competition makes everyone better, and in the end the consumer benefits."),
        T(H, 63, "你曾经说过，“如果不是在失败，就说明创新得不够”。这句话在中国很流行。", en="You once said, 'If things are not failing, you are not innovating enough.' That line is very popular in China."),
        T(E, 75, "是的。", en="Yes."),
        T(E, 76, "我想这句话依然成立，不过要在测试中失败，而不是在客户手里失败。", en="I think that's still true, but you want to fail in testing, not in the hands of customers.", same=True),
        T(H, 3690, "最后一个问题，对年轻的工程师有什么建议？", en="Last question: any advice for young engineers?"),
        T(E, 3696, "从第一性原理出发思考问题，不要只是类比。还有，多读书。", en="Think from first principles, not by analogy. And read a lot of books."),
    ]
    merged = []
    for tu in turns:
        if tu.get("same"):
            merged[-1]["paras"] += tu["paras"]; merged[-1]["en2"] = tu["en"]
        else:
            merged.append(dict(tu, paras=list(tu["paras"])))
    body = []; seen = False
    for tu in merged:
        ts = hms(tu["t"], force_h=True)
        if tu["spk"] == E:
            lab = "埃隆·马斯克" if not seen else "马斯克"; seen = True
        else:
            lab = H
        body.append(f'<p><span class="ts">【{ts}】</span><strong>{lab}：</strong>{esc(tu["paras"][0])}</p>')
        body.append(f'<p class="en-orig">{esc(tu["en"])}</p>')
        if len(tu["paras"]) > 1:
            body.append(f'<p>{esc(tu["paras"][1])}</p>')
            body.append(f'<p class="en-orig">{esc(tu["en2"])}</p>')
    tr = "\n".join(body)
    page = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>马斯克最新专访全文（中英对照）：中国电动车是全世界最有竞争力的_科技频道_新潮网</title>
<meta name="keywords" content="马斯克,特斯拉,电动车,专访,中英对照">
<link rel="stylesheet" href="//static.xinchao.com.cn/css/article_v3.css">
<style>.en-orig{{color:#888;font-size:14px;margin-top:-6px}}.ts{{color:#c00;margin-right:4px}}</style>
</head>
<body>
<div class="top-bar"><div class="w1200"><a href="/">新潮网首页</a> | <a href="/tech/">科技</a> | <a href="/auto/">汽车</a> | <a href="/finance/">财经</a> | <a href="/app/">下载客户端</a></div></div>
<div class="w1200 main clearfix">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/tech/">科技频道</a> &gt; 正文</div>
<div class="article-left">
<h1 class="article-title">马斯克最新专访全文（中英对照）：中国电动车是全世界最有竞争力的</h1>
<div class="article-info"><span class="time">2026-08-03 10:21</span><span class="source">来源：新潮科技</span><span class="author">编译：周晓雨</span></div>
<div class="article-summary"><strong>导读：</strong>在近日的一档海外播客节目中，马斯克谈到了中国电动车市场、失败与创新，以及对年轻工程师的建议。马斯克曾说：“如果不是在失败，就说明创新得不够。”以下为新潮科技整理的访谈全文，中英对照，时间码对应原节目音频。</div>
<div class="article-content">
<h2>精彩观点</h2>
<blockquote class="hl"><p>马斯克：竞争让每个人都变得更好，最终受益的是消费者。</p><p>马斯克：从第一性原理出发思考问题，不要只是类比。</p></blockquote>
<h2>访谈全文</h2>
{tr}
<p class="editor-note">（编者注：本文由新潮科技根据节目音频编译整理，英文为原话，中文为译文，有删节。）</p>
</div>
<div class="share-bar">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="comment-box"><h3>网友评论（86）</h3>
<div class="cmt"><span class="u">马斯克的粉丝</span>：马斯克：“多读书。” 说得好！</div>
<div class="cmt"><span class="u">北京网友</span>：中英对照很贴心，赞一个。</div>
<div class="cmt"><span class="u">ElonMusk中国</span>：第一性原理yyds</div></div>
</div>
<div class="article-right"><h3>热门推荐</h3><ul><li><a href="#">特斯拉上海工厂第三季度交付量创新高</a></li><li><a href="#">国产电动车出海：下一站欧洲</a></li></ul></div>
</div>
<div class="footer"><p>关于我们 | 联系我们 | 广告服务 | 网站地图</p><p>Copyright &copy; 2026 新潮网 版权所有 京ICP备12345678号-1</p></div>
<script src="//static.xinchao.com.cn/js/jquery-1.12.4.min.js"></script>
<script>var _hmt = _hmt || []; var articleId = "20260803102101";</script>
</body>
</html>'''
    write("j08_xinchao_bilingual_zh", page,
          "Simplified-Chinese news site; each turn a <p> with 【hh:mm:ss】 then bold '主持人：'/'埃隆·马斯克：'/'马斯克：' (full-width colon) and Chinese text, followed by a grey English-original <p> belonging to the same turn.",
          "新潮科技（新潮网）", gold_turns(merged, "zh"), [H])
