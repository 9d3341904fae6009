from common import *

SHOW = "硅谷夜话"
g = Gold(SHOW, "Xiaoyuzhou-style podcast episode page (simplified Chinese) with a 文字稿 section: each turn is a <p> "
         "'[hh:mm:ss] 名字：text' with a full-width colon; hosts discuss and quote Musk, a guest named Elon Zhang is labelled "
         "'Elon：', and a comedian imitates Musk; Musk himself never speaks (trap page).", zh=True)

AJ, MIA, EZ, DL = "阿杰", "Mia", "Elon", "大刘（模仿马斯克）"
T = [
    (AJ, 6, "欢迎收听《硅谷夜话》，我是阿杰。"),
    (MIA, 9, "我是Mia。今天这期有点特别，我们请到了一位名字很容易引起误会的嘉宾。"),
    (EZ, 17, "大家好，我叫张一龙，英文名Elon。先说清楚，我不是那个Elon，我是做硬件供应链的，在深圳待了十年。"),
    (AJ, 31, "哈哈，所以今天文字稿里的“Elon”都是一龙，不是马斯克。我们今天就聊马斯克的“五步工作法”，到底适不适合中国团队。"),
    (MIA, 95, "先给没听过的朋友介绍一下。马斯克在一次工厂参观时说过：“第一步，质疑每一个需求；第二步，删除零件和流程。”后面还有简化、加速、自动化。"),
    (EZ, 142, "我最有感触的是第二步。马斯克有一句话我印象很深，他说“如果你最后没有把删掉的东西加回来至少百分之十，说明你删得还不够”。在我们行业，大家都怕删，因为删错了要背锅。"),
    (AJ, 390, "这里我们放一段大刘的模仿，之前在脱口秀节目里特别火。"),
    (DL, 398, "各位，我认为这个会议，嗯，是可以删除的。这个部门，嗯，也可以删除。下周，可能下周，我们就能上火星。"),
    (MIA, 415, "哈哈哈，太像了，尤其是那个停顿。"),
    (EZ, 750, "说回正题。我觉得五步法在中国团队最大的障碍不是技术，是“谁提的需求”。马斯克要求每个需求都要对应到一个具体的人，而不是一个部门。我们很多需求都是“上面定的”，找不到人。"),
    (AJ, 1205, "那你们后来怎么做的？"),
    (EZ, 1211, "我们在评审单上加了一栏：需求提出人。写不出名字的需求，先挂起两周，没人来问就删掉。第一个月就删了三成。"),
    (MIA, 1480, "这个太有用了。好，今天就聊到这里，谢谢一龙。"),
    (EZ, 1486, "谢谢两位，也谢谢听众。再说一次，我不是马斯克。"),
]

rows = []
for lab, t, text in T:
    g.other(lab)
    rows.append('<p class="transcript-line"><span class="ts">[%s]</span> <strong>%s：</strong>%s</p>' % (hms(t), esc(lab), esc(text)))

page = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>EP142｜马斯克的“五步工作法”真的适合中国团队吗？ - 硅谷夜话 | 宇宙电台</title>
<meta name="description" content="本期嘉宾Elon Zhang（张一龙）和我们聊马斯克的五步工作法在国内硬件团队的落地。">
<meta property="og:title" content="EP142｜马斯克的“五步工作法”真的适合中国团队吗？">
<meta property="og:type" content="music.song">
<meta property="og:audio" content="https://media.yuzhoufm.com/lsD2xq7Kz0e9.m4a">
<link rel="stylesheet" href="https://static.yuzhoufm.com/web/_next/static/css/episode.8c1e4a.css">
<style>
 .episode-page{max-width:720px;margin:0 auto;padding:16px}
 .shownotes p,.transcript-line{font-size:15px;line-height:1.8}
 .transcript-line .ts{color:#25b4e1;font-family:monospace}
 .timeline a{color:#25b4e1}
 .comment{padding:12px 0;border-bottom:1px solid #f2f2f2}
</style>
</head>
<body>
<div id="__next">
<header class="header"><a class="logo" href="https://www.yuzhoufm.com/">宇宙电台</a><a class="download" href="https://www.yuzhoufm.com/download">下载App</a></header>
<main class="episode-page">
  <div class="podcast-info"><img src="https://image.yuzhoufm.com/podcast/gguyeh.jpg" alt="" width="64" height="64"><a class="podcast-title" href="https://www.yuzhoufm.com/podcast/6021a8c1e0f5">硅谷夜话</a></div>
  <h1 class="title">EP142｜马斯克的“五步工作法”真的适合中国团队吗？</h1>
  <div class="info"><span>25分钟</span> · <span>2024/07/08</span> · <span>1.6万次播放</span></div>
  <div class="player"><audio controls preload="none" src="https://media.yuzhoufm.com/lsD2xq7Kz0e9.m4a"></audio></div>
  <section class="shownotes">
    <h2>节目简介</h2>
    <p>马斯克的“五步工作法”在国内被讲了无数遍，但真正落地的团队不多。本期我们请到了在深圳做硬件供应链十年的Elon Zhang（张一龙）——对，他也叫Elon——聊聊删需求、删零件在中国团队里到底难在哪。</p>
    <h3>时间轴</h3>
    <ul class="timeline">
      <li><a href="#t=17">00:17</a> 嘉宾介绍：此Elon非彼Elon</li>
      <li><a href="#t=95">01:35</a> 马斯克：“第一步，质疑每一个需求”</li>
      <li><a href="#t=398">06:38</a> 脱口秀演员大刘模仿马斯克</li>
      <li><a href="#t=750">12:30</a> 需求要对应到具体的人</li>
      <li><a href="#t=1211">20:11</a> 写不出名字的需求，挂起两周</li>
    </ul>
    <h3>本期提到</h3>
    <ul><li>马斯克传（沃尔特·艾萨克森 著）</li><li>大刘脱口秀专场《删除》</li></ul>
    <p>制作：硅谷夜话工作室 ｜ 后期：小北</p>
  </section>
  <section class="transcript">
    <h2>文字稿</h2>
    <p class="hint">文字稿由AI生成并经人工校对，可能存在误差。文中“Elon”均指嘉宾张一龙。</p>
{{ROWS}}
  </section>
  <section class="comments">
    <h2>评论 (128)</h2>
    <div class="comment"><span class="nickname">马斯克本克</span><p>马斯克：删除这期节目（开玩笑的，讲得很好）</p><span class="meta">3天前 · 赞 412</span></div>
    <div class="comment"><span class="nickname">ElonMusk_CN</span><p>我以为真是马斯克来了，点进来发现是一龙哈哈</p><span class="meta">3天前 · 赞 287</span>
      <div class="reply"><span class="nickname">Elon</span><p>回复 ElonMusk_CN：不好意思让你失望了 😂</p></div></div>
    <div class="comment"><span class="nickname">供应链老王</span><p>“需求提出人”这一栏我们公司明天就加。</p><span class="meta">2天前 · 赞 96</span></div>
  </section>
</main>
<footer class="footer"><p>© 2024 宇宙电台 ｜ <a href="https://www.yuzhoufm.com/privacy">隐私政策</a> ｜ 沪ICP备20191234号</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"episode":{"eid":"668b7f2c9e1d","title":"EP142｜马斯克的“五步工作法”真的适合中国团队吗？","duration":1512,"podcast":{"title":"硅谷夜话"}}}},"page":"/episode/[id]"}</script>
<script src="https://static.yuzhoufm.com/web/_next/static/chunks/main-3f9a.js" defer></script>
</body>
</html>
""".replace("{{ROWS}}", "\n".join(rows))

write("m16_yuzhou-trap", page, g)
