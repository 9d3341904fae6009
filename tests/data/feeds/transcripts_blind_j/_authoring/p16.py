from lib import *

def j16():
    Z = "老周"; L = "小林"
    # (speaker or None for continuation, start, end, text)
    cues = [
        (Z, 0.0, 6.2, "各位听众好，欢迎收听《声浪》。今天这期比较特别，我们请到了一位远程嘉宾。"),
        (L, 6.5, 9.0, "对，而且是凌晨两点连线的。"),
        (E, 9.48, 15.9, "大家好，很高兴来到这个节目。我这边确实很晚了，不过没关系。"),
        (Z, 16.2, 28.75, "马斯克之前说过：“工作日每周八十个小时是可持续的。”您现在还是这样吗？"),
        (E, 29.1, 36.0, "差不多吧，有时候更多。但我不建议每个人都这样做。"),
        (None, 36.2, 44.9, "这取决于你想做的事情有多难。如果是很难的事情，就需要投入很多时间。"),
        (L, 45.3, 46.0, "嗯。"),
        (E, 46.05, 58.31, "另外，睡眠其实很重要。我以前睡得太少了，现在会尽量睡够六个小时。"),
        (Z, 3601.999, 3608.5, "最后一个问题：您觉得十年后的中国电动车会是什么样子？"),
        (E, 3609.777, 3620.0, "会非常强大。中国的工程师和制造能力都是世界一流的。"),
        (Z, 3621.0, 3622.0, "好，谢谢！"),
        (E, 3622.4, 3623.1, "对。"),
    ]
    def srt(t):
        ms = int(round(t * 1000)); h, r = divmod(ms, 3600000); m, r = divmod(r, 60000); s, ms = divmod(r, 1000)
        return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"
    turns = []
    for spk, a, b, text in cues:
        if spk is None: turns[-1]["paras"].append(text)
        else: turns.append(T(spk, int(a), text))
    seen = False; out = []
    for spk, a, b, text in cues:
        lab = ""
        if spk == E:
            lab = "埃隆·马斯克" if not seen else "Elon"; seen = True
        elif spk:
            lab = spk
        lab_html = f'<span class="cue-spk">{lab}</span>' if lab else ""
        out.append(f'<div class="cue" data-begin="{a:.3f}"><span class="cue-time">{srt(a)} --&gt; {srt(b)}</span>{lab_html}<p class="cue-text">{esc(text)}</p></div>')
    tr = "\n".join(out)
    plain = "".join(f'<p>{"埃隆·马斯克" if tu["spk"] == E else tu["spk"]}：{"".join(esc(p) for p in tu["paras"])}</p>' for tu in turns)
    page = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">
<title>EP.102 凌晨两点连线马斯克：工作、睡眠与中国电动车 - 声浪 | 播客</title>
<meta name="description" content="《声浪》第102期：凌晨两点连线马斯克。">
<link rel="stylesheet" href="https://cdn.shenglang.fm/web/_next/static/css/2e1f8a.css">
<script>window.__NEXT_DATA__={{"props":{{"pageProps":{{"episode":{{"eid":"65f1c0a2","title":"凌晨两点连线马斯克","duration":3625}}}}}}}}</script>
</head>
<body>
<div id="__next">
<header class="app-header"><a class="brand" href="/">声浪 Shenglang</a><nav><a href="/podcasts">节目</a><a href="/discover">发现</a><a href="/download">下载App</a><a href="/login">登录</a></nav></header>
<main class="episode">
<div class="podcast-info"><img src="https://cdn.shenglang.fm/cover/sl.jpg" alt="声浪"><a href="/podcast/sl">声浪</a><span>主播：老周、小林</span></div>
<h1 class="episode-title">EP.102 凌晨两点连线马斯克：工作、睡眠与中国电动车</h1>
<div class="episode-meta"><span>2026/10/18</span><span>60分钟</span><span>3.1万次收听</span></div>
<section class="ai-summary"><h2>AI 摘要</h2>
<p>本期节目中，马斯克谈到了工作时长、睡眠和中国电动车的未来。</p>
<ul><li>马斯克：不建议每个人都每周工作八十个小时。</li><li>马斯克：现在会尽量睡够六个小时。</li><li>马斯克：中国的工程师和制造能力都是世界一流的。</li></ul>
<p class="ai-note">摘要由AI生成，仅供参考</p></section>
<section class="shownotes"><h2>节目简介</h2>
<p>嘉宾马斯克通过视频连线参与录制，马斯克的回答由同声传译译为中文，本页字幕为中文译文。</p>
<p>时间轴：<br>00:00 开场<br>00:16 每周八十个小时？<br>00:46 关于睡眠<br>60:01 十年后的中国电动车</p></section>
<section class="subtitles"><h2>字幕</h2>
{tr}
</section>
<details class="fulltext"><summary>展开纯文字稿</summary>{plain}</details>
<section class="comments"><h2>评论（231）</h2>
<div class="comment"><span class="nick">马斯克本斯克</span><p>埃隆·马斯克：“睡眠其实很重要。”——这句话由他说出来好有说服力</p></div>
<div class="comment"><span class="nick">Elon的小迷弟</span><p>最后那个“对。”哈哈哈</p></div>
<div class="comment"><span class="nick">听友8812</span><p>小林的“嗯”好敷衍</p></div></section>
</main>
<footer class="app-footer"><p>© 2026 声浪 沪ICP备20260001号-3</p><p><a href="/agreement">用户协议</a> · <a href="/privacy">隐私政策</a></p></footer>
</div>
<script src="https://cdn.shenglang.fm/web/_next/static/chunks/main-8a9c.js" async></script>
</body>
</html>'''
    write("j16_shenglang_subtitles_zh", page,
          "Simplified-Chinese podcast platform page; subtitle cues with SRT-style 'hh:mm:ss,mmm --> hh:mm:ss,mmm' times, a speaker span only on a turn's first cue ('埃隆·马斯克' then 'Elon'), unlabelled follow-on cues continuing the turn; a collapsed plain-text copy repeats the transcript.",
          "声浪", gold_turns(turns, "zh"), [Z, L])
