from common import *

NAME = "ximalaya_guigu_laixin_wengao"
SHOW = "硅谷来信·科技早咖啡（喜马拉雅）"
LABELS = {"LW": "李文", "ZY": "周扬", "M_full": "埃隆·马斯克", "M": "马斯克"}
T = [
    ("LW", 5, "各位听众早上好，欢迎收听硅谷来信。我是李文。今天这期比较特别，我们在上海的活动后台，请到了一位大家都很熟悉的嘉宾。"),
    ("ZY", 18, "我是周扬。先说明一下，嘉宾的发言由现场同传翻译，我们做了少量整理。"),
    ("M_full", 27, "大家好，很高兴再次来到上海。每次来这里，我都能感受到这座城市的活力。"),
    ("LW", 41, "我们先聊电池。现在全球大部分磷酸铁锂电池都在中国生产，特斯拉会不会过度依赖中国供应链？"),
    ("M", 58, "宁德时代和比亚迪都是非常优秀的合作伙伴。我们确实在美国也建设自己的电池产线，但这不是因为不信任谁，而是为了供应链的韧性。\n\n任何一家公司都不应该把所有的鸡蛋放在一个篮子里，不管这个篮子在哪个国家。"),
    ("ZY", 112, "说到关税，美国对中国电动车加征了百分之百的关税。马斯克之前说过：“如果没有贸易壁垒，中国车企会击败世界上大多数车企。”这个判断现在还成立吗？"),
    ("M", 131, "我认为仍然成立。中国的汽车公司是世界上最有竞争力的，他们工作非常努力，也非常聪明。"),
    ("LW", 150, "那特斯拉靠什么应对？"),
    ("M", 153, "自动驾驶。"),
    ("LW", 155, "就这么简单？"),
    ("M", 157, "本质上是这样。一辆能自己开的车，价值是普通汽车的好几倍。我们希望FSD能尽快在中国获得批准，数据会存储在中国境内。"),
    ("ZY", 723, "最后一个问题。您对年轻的中国工程师有什么建议？"),
    ("M", 731, "从第一性原理出发思考问题，把物理学学好。不要太在意头衔，真正重要的是你能做出什么东西。"),
    ("LW", 760, "非常感谢。这期节目就到这里，我们下期再见。"),
]


def build():
    rows = []
    for k, t, text in T:
        ps = paras(text)
        first = f'<p class="sound-text-item" data-start="{t * 1000}"><span class="speaker">{esc(LABELS[k])}</span><span class="time">（{hms(t)}）</span>：{esc(ps[0])}</p>'
        rest = "".join(f'<p class="sound-text-item">{esc(p)}</p>' for p in ps[1:])
        rows.append(first + rest)
    transcript = "\n        ".join(rows)
    ld = jsonld({"@context": "https://schema.org", "@type": "AudioObject", "name": "Vol.186 马斯克上海后台对话：电池、关税与自动驾驶",
                 "duration": "PT13M02S", "uploadDate": "2024-07-06", "inLanguage": "zh-CN"})
    page = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>Vol.186 马斯克上海后台对话：电池、关税与自动驾驶_硅谷来信·科技早咖啡_喜马拉雅</title>
<meta name="keywords" content="马斯克,特斯拉,电池,关税,FSD,硅谷来信,有声书,喜马拉雅">
<meta name="description" content="喜马拉雅为您提供硅谷来信·科技早咖啡的《Vol.186 马斯克上海后台对话：电池、关税与自动驾驶》在线收听、文稿全文。">
<link rel="stylesheet" href="//s1.xmcdn.com/yx/ximalaya-web-static/last/dist/styles/sound.9f2a1c.css">
{ld}
<script>window.__INITIAL_STATE__={{"soundDetail":{{"trackId":731209544,"albumId":68120931,"hasText":true,"isPaid":false}}}};</script>
<script src="//s1.xmcdn.com/yx/ximalaya-web-static/last/dist/scripts/vendor.3c8e0b.js" defer></script>
</head>
<body>
<div id="root">
  <header class="xui-header">
    <a class="logo" href="https://www.ximalaya.com/" title="喜马拉雅">喜马拉雅</a>
    <nav class="nav-list"><a href="/">首页</a><a href="/channel/">分类</a><a href="/top/">排行榜</a><a href="/youshengshu/">有声书</a><a href="/keji/">科技</a></nav>
    <div class="search"><input placeholder="搜索专辑、主播、声音" type="text"></div>
    <div class="user-area"><a href="/login" class="login-btn">登录</a><a class="vip-btn" href="/vip/">开通VIP</a></div>
  </header>
  <div class="crumbs"><a href="/">首页</a> &gt; <a href="/keji/">科技</a> &gt; <a href="/album/68120931">硅谷来信·科技早咖啡</a> &gt; <span>Vol.186</span></div>
  <main class="sound-container">
    <section class="sound-info">
      <h1 class="title">Vol.186 马斯克上海后台对话：电池、关税与自动驾驶</h1>
      <div class="meta"><span>2024-07-06</span><span class="count">播放 42.7万</span><span class="duration">13:02</span></div>
      <div class="album-info"><a href="/album/68120931">硅谷来信·科技早咖啡</a> · 主播 <a href="/zhubo/90211">李文Winnie</a></div>
      <div class="ops"><button class="play-btn">播放</button><button>订阅</button><button>分享</button><button>下载</button></div>
    </section>
    <div class="tab-bar"><span class="tab">简介</span><span class="tab active">文稿</span><span class="tab">评论(3)</span></div>
    <section class="ai-summary">
      <h2>AI摘要</h2>
      <p>本期节目中，主播与马斯克讨论了电池供应链、关税和FSD入华等话题。要点：</p>
      <ul>
        <li>马斯克：宁德时代和比亚迪都是非常优秀的合作伙伴。</li>
        <li>马斯克：中国的汽车公司是世界上最有竞争力的。</li>
        <li>马斯克：FSD数据会存储在中国境内。</li>
      </ul>
      <p class="tip">以上内容由AI生成，仅供参考</p>
    </section>
    <section class="sound-text" id="sound-text">
      <h2>文稿</h2>
      <p class="text-tip">声音文稿由主播上传，嘉宾发言为现场同传译文。</p>
      <div class="sound-text-body">
        {transcript}
      </div>
      <div class="text-copyright">版权归原作者所有，未经授权禁止转载</div>
    </section>
    <section class="comments" id="comments">
      <h2>评论(3)</h2>
      <ul class="comment-list">
        <li class="comment"><a class="nick" href="/zhubo/55120981">马斯克</a><span class="lv">Lv6</span><p class="content">我就是马斯克，这期讲得不错（开玩笑的）</p><span class="c-time">07-06 09:12</span><span class="like">赞 311</span></li>
        <li class="comment"><a class="nick" href="/zhubo/66091233">埃隆·马斯克的中国粉丝</a><span class="lv">Lv3</span><p class="content">马斯克：“自动驾驶。”四个字，够霸气</p><span class="c-time">07-06 10:40</span><span class="like">赞 87</span></li>
        <li class="comment"><a class="nick" href="/zhubo/12008711">电池小白</a><span class="lv">Lv2</span><p class="content">同传翻译质量很高，求出英文原版文稿</p><span class="c-time">07-07 08:03</span><span class="like">赞 12</span></li>
      </ul>
    </section>
  </main>
  <aside class="side">
    <div class="zhubo-card"><img src="//imagev2.xmcdn.com/group/anchor90211.jpg" alt="李文Winnie"><p>李文Winnie</p><p>粉丝 18.2万</p><button>+ 关注</button></div>
    <div class="related"><h3>专辑里的声音</h3><ul>
      <li><a href="/sound/731001122">Vol.185 黄仁勋台北演讲全解读</a></li>
      <li><a href="/sound/730877413">Vol.184 比亚迪出海：欧洲关税之后</a></li>
      <li><a href="/sound/730512980">Vol.183 星舰第四次试飞复盘</a></li></ul></div>
    <div class="download-app"><p>下载喜马拉雅APP，收听更方便</p></div>
  </aside>
  <footer class="xui-footer"><p>© 2012-2024 ximalaya.com 版权所有 · 沪ICP备11033153号 · 网络文化经营许可证</p><p><a href="/about">关于我们</a> · <a href="/help">帮助中心</a> · <a href="/privacy">隐私政策</a></p></footer>
</div>
</body>
</html>
'''
    fmt = "喜马拉雅 文稿: '名字（hh:mm:ss）：文本' per paragraph with full-width brackets/colon, unlabelled continuation paragraphs; label changes 埃隆·马斯克 → 马斯克; AI摘要 and comments with 马斯克 names"
    return NAME, page, gold(SHOW, fmt, T, LABELS, lang="zh")
