"""i05 - mainland (simplified Chinese) tech-media article: 【hh:mm:ss】 prefix, full-width colon
labels (埃隆·马斯克 then 马斯克), his turns rendered as a two-column pair: Chinese
translation + English original (one turn). Editor's note and a 金句 box quote him."""
from common import *

NAME = 'i05_yuanjian_zh_bilingual_pairs'
SHOW = '远见科技评论'
LAB = {'ZH': ['周亦然', '周亦然'], 'EM': ['埃隆·马斯克', '马斯克']}

# EM entries: [zh, en]; ZH entries: [zh]
T = [
    ('ZH', 12, ['马斯克先生，欢迎来到《远见对话》。今天我们想和你聊聊人工智能、自动驾驶，还有你对年轻人的建议。']),
    ('EM', 20, ['谢谢邀请，很高兴来到这里。我一直很喜欢来上海，这座城市的速度让人印象深刻。',
                'Thanks for having me, it\'s great to be here. I always enjoy coming to Shanghai. The speed of this city is really impressive.']),
    ('ZH', 31, ['你多次说过，人工智能是“人类文明面临的最大风险之一”。现在你还这么认为吗？']),
    ('EM', 45, ['是的，我仍然这么认为。但我也认为，它同样可能带来前所未有的富足。这两件事可以同时成立。',
                'Yes, I still think so. But I also think it could bring unprecedented abundance. Both of those things can be true at the same time.']),
    ('ZH', 130, ['你说的“富足”具体指什么？']),
    ('EM', 134, ['意思是，大多数商品和服务的成本会趋近于零。如果你有足够多的人形机器人和足够聪明的人工智能，劳动力就不再稀缺。',
                 'It means the cost of most goods and services trends toward zero. If you have enough humanoid robots and sufficiently smart AI, labor is no longer scarce.']),
    ('ZH', 270, ['那特斯拉的完全自动驾驶，什么时候能在中国全面落地？']),
    ('EM', 281, ['这取决于监管部门的批准。我们一直在和相关部门保持密切沟通，进展还是不错的。',
                 'That depends on regulatory approval. We\'ve been in close communication with the relevant authorities, and progress has been good.']),
    ('ZH', 415, ['嗯。']),
    ('EM', 416, ['另外，训练数据需要留在中国境内，所以我们在本地建了数据中心。这一点非常重要。',
                 'Also, the training data has to stay in China, so we built a data center locally. That\'s very important.']),
    ('ZH', 500, ['最后一个问题。你对中国的年轻工程师有什么建议？']),
    ('EM', 511, ['努力去做真正有用的事情。不要只追求看起来很酷的东西，要问自己：这对别人有没有用？',
                 'Try to do things that are actually useful. Don\'t just chase what looks cool. Ask yourself: is this useful to other people?']),
    ('ZH', 560, ['非常感谢马斯克先生接受我们的采访。']),
    ('EM', 566, ['谢谢，谢谢大家。', 'Thank you, thank you everyone.']),
]


def render():
    seen = {}
    out = []
    for spk, t, paras in T:
        n = seen.get(spk, 0)
        seen[spk] = n + 1
        lab = LAB[spk][0] if n == 0 else LAB[spk][1]
        ts = '<span class="ts" data-t="%d">【%s】</span>' % (t, hms(t))
        if spk == 'EM':
            out.append('<div class="bi-row">\n<p class="zh">%s<strong>%s：</strong>%s</p>\n<p class="en" lang="en">%s</p>\n</div>'
                       % (ts, esc(lab), esc(paras[0]), esc(paras[1])))
        else:
            out.append('<p>%s<strong>%s：</strong>%s</p>' % (ts, esc(lab), esc(paras[0])))
    return PAGE.replace('@@T@@', '\n'.join(out))


PAGE = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">
<meta name="renderer" content="webkit">
<title>对话马斯克：人工智能既是最大风险，也可能带来前所未有的富足（中英对照全文）_远见科技评论</title>
<meta name="keywords" content="马斯克,人工智能,特斯拉,FSD,人形机器人,远见对话">
<meta name="description" content="在上海，埃隆·马斯克接受《远见对话》专访，谈人工智能风险、FSD入华与给年轻工程师的建议。本文附中英对照全文。">
<link rel="stylesheet" href="//static.yuanjiankeji.com/pc/css/article.3c9e1a.css">
<style>
.article-content p{line-height:1.9;font-size:17px;margin:0 0 1em}
.bi-row{display:flex;gap:24px;border-bottom:1px dashed #e5e5e5;margin-bottom:12px}
.bi-row .zh,.bi-row .en{flex:1}.bi-row .en{color:#666;font-size:15px}
.ts{color:#c8161d;margin-right:4px;font-family:Menlo,monospace}
.jinju{background:#fff8f0;border:1px solid #f3d7b6;padding:14px 18px;margin:20px 0}
.jinju li{margin:6px 0}
</style>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?7f3c2b8e91d04a6f";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><a href="/" class="logo">远见科技评论</a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">快讯</a></li><li class="on"><a href="/interview/">深度访谈</a></li><li><a href="/ai/">AI</a></li><li><a href="/auto/">汽车</a></li><li><a href="/app/">下载APP</a></li></ul>
<a class="login" href="/user/login">登录</a></div></div>
<div class="w1200 main-wrap">
<div class="article-left">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/interview/">深度访谈</a> &gt; 正文</div>
<h1 class="article-title">对话马斯克：人工智能既是最大风险，也可能带来前所未有的富足（中英对照全文）</h1>
<div class="article-info"><span class="author">作者：周亦然</span><span class="time">2025-07-27 21:40</span><span class="source">来源：远见科技评论</span><span class="read">阅读 12.6万</span></div>
<div class="article-content">
<div class="editor-note"><p><strong>编者按：</strong>7月下旬，埃隆·马斯克在上海短暂停留期间接受了《远见对话》主持人周亦然的专访。马斯克表示，人工智能“既可能是最大的风险，也可能带来富足”，并首次谈及FSD数据本地化的细节。以下为对话全文，中文为编辑翻译，并附英文原文，时间码对应视频。</p></div>
<div class="video-box"><video src="//v.yuanjiankeji.com/2025/0727/musk_full.mp4" poster="//img.yuanjiankeji.com/2025/0727/musk_cover.jpg" controls preload="none"></video></div>
<div class="jinju"><p><strong>金句摘录</strong></p><ul>
<li>马斯克：人工智能可能是最大的风险，也可能带来前所未有的富足。</li>
<li>马斯克：不要只追求看起来很酷的东西，要问自己这对别人有没有用。</li>
</ul></div>
<h2>对话全文</h2>
@@T@@
<p class="copyright-note">（本文为远见科技评论原创，翻译：林舟、许佳。未经授权禁止转载。）</p>
</div>
<div class="article-tags"><a href="/tag/马斯克">马斯克</a><a href="/tag/特斯拉">特斯拉</a><a href="/tag/人工智能">人工智能</a></div>
<div class="article-share"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a></div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="/interview/2025/0611/88231.html">独家｜特斯拉上海超级工厂第300万辆整车下线背后</a></li>
<li><a href="/ai/2025/0702/88960.html">人形机器人量产元年：谁在真正交付？</a></li>
<li><a href="/auto/2025/0719/89407.html">FSD入华倒计时：监管、数据与地图</a></li>
</ul></div>
<div class="comment-box"><h3>评论（0）</h3><p class="empty">还没有评论，快来抢沙发吧~</p></div>
</div>
<div class="article-right"><div class="hot"><h3>24小时热文</h3><ol>
<li><a href="/news/2025/0727/89610.html">国产大模型开源潮：一周五款新品</a></li>
<li><a href="/auto/2025/0726/89588.html">新势力7月交付快报</a></li>
</ol></div><div class="qr"><img src="//img.yuanjiankeji.com/static/qr_wechat.png" alt="关注远见科技评论公众号"><p>扫码关注公众号</p></div></div>
</div>
<div class="footer"><p>关于我们 | 联系我们 | 商务合作 | 用户协议 | 隐私政策</p><p>© 2025 远见科技评论 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank">沪ICP备2023018876号-1</a></p></div>
<script src="//static.yuanjiankeji.com/pc/js/jquery-1.12.4.min.js"></script>
<script src="//static.yuanjiankeji.com/pc/js/article.5d1f0b.js"></script>
</body>
</html>
'''

if __name__ == '__main__':
    emit(NAME, render(), SHOW,
         'Simplified-Chinese article: each turn is a paragraph opening with 【hh:mm:ss】 and a bold full-width-colon label (埃隆·马斯克 first, then 马斯克); his turns are a two-column row of Chinese translation plus English original (one turn).',
         gold_turns(T), ['周亦然'])
