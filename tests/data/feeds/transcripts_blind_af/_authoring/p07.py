from common import *


def build():
    L = 'L'
    # (speaker, seconds, [chinese], english)
    S = [
        (L, 5, "马斯克先生，欢迎做客《未来出行》。很多中国观众都非常关心自动驾驶在中国的进展，我们就从这里开始吧。",
         "Mr. Musk, welcome to Future Mobility. Many viewers in China care a lot about self-driving here, so let&#39;s start there."),
        (EM, 21, "很高兴参加这次访谈。自动驾驶本质上是一个人工智能问题，而不是传感器问题。只要神经网络足够好，摄像头就足够了。",
         "Happy to be here. Self-driving is fundamentally an AI problem, not a sensor problem. If the neural net is good enough, cameras are enough."),
        (L, 58, "很多网友都记得马斯克曾经说过的一句话：“激光雷达是拐杖。”这句话在中国引起了很大争议。您现在还这么看吗？",
         "A lot of people remember a line Musk once said: &quot;Lidar is a crutch.&quot; It was very controversial in China. Do you still see it that way?"),
        (EM, 75, "在汽车这个场景下我仍然这么认为。人类开车靠的是眼睛和大脑，汽车也可以做到同样的事情。当然，做研究的时候激光雷达是很有用的工具。",
         "For cars, I still think so. Humans drive with eyes and a brain, and a car can do the same. Of course, for research lidar is a very useful tool."),
        (L, 140, "那么中国的道路环境呢？电动自行车、行人、各种复杂路口。",
         "And Chinese roads? E-bikes, pedestrians, all kinds of complicated intersections."),
        (EM, 146, "中国的道路环境非常复杂，这对我们的系统是很好的训练。如果能在上海开好，在很多地方都能开好。",
         "Chinese roads are very complex, which is great training for the system. If it can drive well in Shanghai, it can drive well in a lot of places."),
        (L, 190, "您说过机器人业务最终会比汽车业务更大。是这样吗？",
         "You&#39;ve said the robot business will eventually be bigger than the car business. Is that right?"),
        (EM, 199, "对。", "Yes."),
        (L, 201, "为什么？", "Why?"),
        (EM, 203, "因为几乎每个人都会想要一个自己的机器人，而不是每个人都需要一辆车。机器人可以做家务、照顾老人，也可以在工厂里工作。",
         "Because almost everyone will want their own robot, but not everyone needs a car. A robot can do chores, look after the elderly, and also work in factories."),
        (L, 265, "最后一个问题：您想对中国的年轻工程师说些什么？",
         "Last question: what would you say to young engineers in China?"),
        (EM, 272, "努力去解决真正困难的问题。中国有非常多优秀的工程师，我们在上海工厂每天都能看到。",
         "Work on genuinely hard problems. China has a lot of excellent engineers; we see that every day at the Shanghai factory."),
        (L, 310, "谢谢马斯克先生接受我们的专访。", "Thank you, Mr. Musk, for this interview."),
    ]
    T = [(spk, t, [zh]) for spk, t, zh, en in S]
    seen = False
    rows = []
    for spk, t, zh, en in S:
        if spk == EM:
            lab = '马斯克' if seen else '埃隆·马斯克'
            seen = True
        else:
            lab = '林晓'
        rows.append('<tr><td class="zh"><span class="spk">%s</span><span class="tc">【%s】</span>：%s</td><td class="en">%s</td></tr>' % (lab, hms(t), zh, en))
    table = '\n'.join(rows)
    page = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>独家对话埃隆·马斯克：自动驾驶、机器人与中国工程师（附中英文字实录）_未来出行网</title>
<meta name="keywords" content="马斯克,特斯拉,自动驾驶,机器人,专访,文字实录">
<meta name="description" content="未来出行网独家专访埃隆·马斯克，谈自动驾驶在中国的进展、激光雷达之争和人形机器人。">
<link rel="stylesheet" href="//static.weilaichuxing.cn/css/article_v3.css?v=20240612">
<style>.bilingual{width:100%;border-collapse:collapse}.bilingual td{vertical-align:top;padding:8px 10px;border-bottom:1px solid #eee}.bilingual .en{color:#777;font-size:13px;width:42%}.spk{font-weight:bold;color:#c00}.tc{color:#999;font-size:12px}.jinju{background:#fff8e6;border-left:4px solid #f5a623;padding:10px 14px;margin:16px 0}</style>
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3f2b1c0d";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>
</head>
<body>
<div class="topbar"><div class="w1200"><a href="//www.weilaichuxing.cn/">未来出行网</a> | <a href="//app.weilaichuxing.cn/">下载APP</a> | <a href="//passport.weilaichuxing.cn/login">登录</a> <a href="//passport.weilaichuxing.cn/reg">注册</a></div></div>
<div class="header w1200"><a class="logo" href="//www.weilaichuxing.cn/"><img src="//static.weilaichuxing.cn/img/logo.png" alt="未来出行网"></a>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">快讯</a></li><li class="cur"><a href="/interview/">专访</a></li><li><a href="/ev/">新能源</a></li><li><a href="/adas/">智能驾驶</a></li><li><a href="/video/">视频</a></li></ul></div>
<div class="crumb w1200">当前位置：<a href="/">首页</a> &gt; <a href="/interview/">专访</a> &gt; 正文</div>
<div class="main w1200 clearfix">
<div class="left">
<h1 class="art-title">独家对话埃隆·马斯克：自动驾驶、机器人与中国工程师（附中英文字实录）</h1>
<div class="art-info"><span class="time">2024-06-14 09:30</span><span class="source">来源：未来出行网</span><span class="author">作者：林晓 周一帆</span><span class="views">阅读 12.6万</span></div>
<div class="art-body">
<p class="editor-note"><b>编者按：</b>本期《未来出行》视频专访通过远程连线完成，时长约5分钟。以下为文字实录，左栏为中文翻译，右栏为英文原话；时间码对应视频播放时间。</p>
<div class="jinju"><p><b>【本期金句】</b></p>
<p>马斯克：自动驾驶本质上是一个人工智能问题，而不是传感器问题。</p>
<p>马斯克：如果能在上海开好，在很多地方都能开好。</p>
<p>马斯克：几乎每个人都会想要一个自己的机器人。</p></div>
<div class="video-box"><div id="player" data-vid="wlcx_20240614_musk" data-duration="318"></div><p class="video-cap">视频：未来出行独家专访埃隆·马斯克（时长05:18）</p></div>
<h3>【文字实录】</h3>
<table class="bilingual">
<thead><tr><th>中文</th><th>English original</th></tr></thead>
<tbody>
''' + table + '''
</tbody>
</table>
<p class="copyright-note">（本文为未来出行网原创，转载请注明出处。翻译：周一帆；校对：林晓）</p>
</div>
<div class="art-tags">标签：<a href="/tag/马斯克/">马斯克</a> <a href="/tag/特斯拉/">特斯拉</a> <a href="/tag/FSD/">FSD</a> <a href="/tag/人形机器人/">人形机器人</a></div>
<div class="comment-box" id="comments">
<h3>网友评论（3）</h3>
<ul class="cmt-list">
<li><div class="cmt-user">火星移民马斯克 <span class="cmt-loc">IP属地：广东</span></div><div class="cmt-text">马斯克：对。——史上最短回答，哈哈</div><div class="cmt-meta">2024-06-14 10:02 &nbsp; 赞(328)</div></li>
<li><div class="cmt-user">马斯克的小号 <span class="cmt-loc">IP属地：上海</span></div><div class="cmt-text">在汽车这个场景下我仍然这么认为，激光雷达党又要吵起来了。</div><div class="cmt-meta">2024-06-14 10:15 &nbsp; 赞(97)</div></li>
<li><div class="cmt-user">蓝色星球 <span class="cmt-loc">IP属地：北京</span></div><div class="cmt-text">翻译很到位，右边附原文的做法好评。</div><div class="cmt-meta">2024-06-14 11:40 &nbsp; 赞(56)</div></li>
</ul>
<div class="cmt-post"><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button></div>
</div>
</div>
<div class="right">
<div class="side-box"><h4>热门专访</h4><ul><li><a href="/interview/2024/0602.html">对话某新势力CTO：城市NOA的下半场</a></li><li><a href="/interview/2024/0528.html">马斯克：FSD入华“越快越好”？业内人士这样看</a></li><li><a href="/interview/2024/0521.html">专访电池专家：固态电池还要等几年</a></li></ul></div>
<div class="side-box ad"><a href="//ad.weilaichuxing.cn/c?id=2291"><img src="//static.weilaichuxing.cn/ad/2291.jpg" alt="广告"></a></div>
</div>
</div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/jobs/">加入我们</a> | <a href="/law/">法律声明</a></p><p>Copyright &copy; 2024 未来出行网 版权所有 <a href="https://beian.miit.gov.cn/">京ICP备2019012345号-1</a></p></div>
<script src="//static.weilaichuxing.cn/js/jquery-1.12.4.min.js"></script>
<script src="//static.weilaichuxing.cn/js/player.min.js"></script>
<script>WLPlayer.init('#player',{vid:'wlcx_20240614_musk'});</script>
</body>
</html>
'''
    write('af07_weilaichuxing', page,
          'Simplified-Chinese news site interview; a two-column table, each row one turn: left cell "Name【hh:mm:ss】：" plus the Chinese translation, right cell the English original; his label is 埃隆·马斯克 first, then 马斯克.',
          '未来出行网', gold_from(T, zh=True), ['林晓'],
          'Mainland Chinese media site, bilingual table (Chinese translation + English original beside = one turn), 【hh:mm:ss】 full-width brackets and colons; 金句 box "马斯克：..."; host quotes "马斯克曾经说过"; commenters 火星移民马斯克/马斯克的小号; "对。" one-char turn.')
