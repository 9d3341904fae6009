"""ad15: Hong Kong radio programme page (traditional Chinese). Transcript paragraphs start
with a full-width （hh:mm:ss） time and a bold label with a full-width colon. He answers in
English and a 〔中譯〕 translation paragraph follows each answer (the pair is one turn).
A listener who is also called Elon phones in."""
from common import *

NAME = "ad15_harbourvoice_radio_hk"
SHOW = "維港之聲《科技早晨》"

CH, CL = "CH", "CL"
T = [
    {"s": CH, "at": 312, "p": ["各位聽眾早晨，歡迎收聽《科技早晨》，我係陳嘉欣。今日好難得，我哋透過電話連線到美國，同 Elon Musk 傾吓偈。Hello Elon, good morning!"]},
    {"s": E, "p": ["Good morning, Hong Kong! Or good evening, for me. It&rsquo;s quite late here, but I&rsquo;m happy to do it.", "〔中譯〕香港早晨！不過我呢邊係夜晚。雖然已經好夜，但我好樂意接受訪問。"]},
    {"s": CH, "p": ["Thank you. 第一條問題：香港好多年輕人想做工程師，你有咩建議？What&rsquo;s your advice for young engineers in Hong Kong?"]},
    {"s": E, "p": ["Learn the fundamentals really well, physics and math especially, and then build something. Anything. Building teaches you things no class can teach you.", "〔中譯〕把基本功打好，尤其係物理同數學，然後動手做啲嘢，做乜都好。動手做會教識你課堂教唔到嘅嘢。"]},
    {"s": CH, "p": ["你之前講過「火星城市一定要自給自足」。香港咁細、咁密，對你有冇啟發？You once said a Mars city must be self-sufficient. Does a dense city like Hong Kong inspire you?"]},
    {"s": E, "p": ["Hong Kong is a great example, actually. It&rsquo;s dense, it&rsquo;s efficient, and the public transport is excellent. A city on Mars will have to be dense like that, because every cubic meter of pressurized space is expensive.", "〔中譯〕其實香港係一個好好嘅例子。夠密集、有效率，公共交通又好出色。火星城市都要咁密集，因為每一立方米加壓空間都好貴。"]},
    {"s": CH, "p": ["好，我哋有位聽眾打電話入嚟，佢話佢都係叫 Elon。喂，你好？"]},
    {"s": CL, "p": ["喂，早晨！我真係叫 Elon 㗎，唔係嗰個 Elon 呀。我想問吓 Mr Musk，特斯拉會唔會喺香港起廠？"]},
    {"s": CH, "p": ["I&rsquo;ll translate. Our caller is also named Elon. He asks whether Tesla would ever build a factory in Hong Kong."]},
    {"s": E, "p": ["Hello, other Elon! Great name. I don&rsquo;t think a factory in Hong Kong makes sense, land is very expensive. But we love the Hong Kong market.", "〔中譯〕你好，另一位 Elon！好名嚟㗎。我唔覺得喺香港起廠合理，因為土地太貴。不過我哋好鍾意香港市場。"]},
    {"s": CL, "p": ["Thank you! 多謝晒！"]},
    {"s": E, "p": ["You&rsquo;re very welcome, other Elon.", "〔中譯〕唔使客氣，另一位 Elon。"]},
    {"s": CH, "p": ["最後，用一句說話形容未來十年？One sentence for the next ten years?"]},
    {"s": E, "p": ["Faster than you think. Much faster.", "〔中譯〕比你想像中更快，快好多。"]},
    {"s": CH, "p": ["Thank you so much, Elon. 多謝 Elon Musk 接受我哋訪問。休息一陣，之後返嚟講吓本地初創嘅融資情況。"]},
]
# time by the English/Cantonese audio only (the 中譯 lines are not spoken on air)
_tmp = [{"p": [tr["p"][0]], **({"at": tr["at"]} if "at" in tr else {})} for tr in T]
assign_times(_tmp, start=0, seed=1515, wps=2.5, gap=1.6)
for a, b in zip(T, _tmp):
    a["ts"] = b["ts"] + [b["ts"][0]] * (len(a["p"]) - 1)

LAB = {CH: ("陳嘉欣", "嘉欣"), CL: ("聽眾 Elon（沙田）", "聽眾 Elon（沙田）"), E: ("馬斯克（Elon Musk）", "馬斯克")}


def render():
    out, seen = [], set()
    for tr in T:
        s = tr["s"]
        lab = LAB[s][0] if s not in seen else LAB[s][1]
        seen.add(s)
        out.append(f'<p class="script-line"><span class="tc">（{hhmmss(tr["ts"][0])}）</span><b>{lab}：</b>{tr["p"][0]}</p>')
        for p in tr["p"][1:]:
            out.append(f'<p class="script-line zh-trans">{p}</p>')
    return "\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>科技早晨 - 2025年11月4日 - 電話專訪 Elon Musk | 維港之聲 Harbour Voice</title>
<meta name="description" content="《科技早晨》電話專訪 Elon Musk：年輕工程師、火星城市與香港。節目重溫及文字稿。">
<link rel="stylesheet" href="https://www.harbourvoice.example/assets/css/programme.css?v=20251101">
<script>var hv_programme = {{"id":"techmorning","episode":"20251104","channel":"HV1"}};</script>
</head>
<body class="programme-episode">
<div class="hv-top"><a class="hv-logo" href="https://www.harbourvoice.example/">維港之聲 Harbour Voice</a>
<ul class="hv-channels"><li><a href="https://www.harbourvoice.example/live/hv1">第一台 直播</a></li><li><a href="https://www.harbourvoice.example/live/hv2">第二台 直播</a></li><li><a href="https://www.harbourvoice.example/podcast">Podcast</a></li><li><a href="https://www.harbourvoice.example/en">English</a></li></ul></div>
<div class="hv-wrap">
<div class="hv-main">
<div class="crumb"><a href="https://www.harbourvoice.example/programme">節目</a> &gt; <a href="https://www.harbourvoice.example/programme/techmorning">科技早晨</a> &gt; 2025年11月4日</div>
<h1>科技早晨</h1>
<div class="ep-meta"><span class="ep-date">2025年11月4日（星期二）</span> <span class="ep-time">播出時間：07:00 - 08:00</span> <span class="ep-host">主持：陳嘉欣</span></div>
<div class="ep-player"><audio controls preload="none" src="https://media.harbourvoice.example/techmorning/20251104.m4a"></audio><p class="ep-player-note">節目重溫（全長 58 分鐘）</p></div>
<div class="ep-segments"><h2>本集內容</h2><ol>
<li>頭條科技新聞</li><li>電話專訪 Elon Musk：年輕工程師、火星城市與香港</li><li>本地初創融資情況</li></ol></div>
<div class="ep-transcript"><h2>訪問文字稿</h2>
<p class="transcript-note">以下為電話專訪部分之文字稿，時間為節目重溫錄音之時間。Elon Musk 以英語作答，〔中譯〕為本台翻譯，並非播出內容。</p>
{render()}
<p class="transcript-end">（訪問完）</p>
</div>
<div class="ep-share"><a href="https://www.facebook.com/sharer/sharer.php?u=https://www.harbourvoice.example/programme/techmorning/20251104">分享到 Facebook</a> <a href="https://wa.me/?text=https://www.harbourvoice.example/programme/techmorning/20251104">WhatsApp</a></div>
</div>
<div class="hv-side">
<div class="quote-of-day"><h3>今日金句</h3><p>馬斯克：「Faster than you think.」（比你想像中更快）</p></div>
<div class="other-eps"><h3>節目重溫</h3><ul>
<li><a href="https://www.harbourvoice.example/programme/techmorning/20251103">11月3日：AI 入屋，私隱點保障？</a></li>
<li><a href="https://www.harbourvoice.example/programme/techmorning/20251031">10月31日：港產電動船出海</a></li>
<li><a href="https://www.harbourvoice.example/programme/techmorning/20251030">10月30日：聽眾來電：我個名叫 Elon</a></li></ul></div>
<div class="related-prog"><h3>相關節目</h3><ul><li><a href="https://www.harbourvoice.example/programme/marketclose">收市前瞻</a></li><li><a href="https://www.harbourvoice.example/programme/weekendscience">周末科學館</a></li></ul></div>
</div>
</div>
<div class="hv-footer"><p>&copy; 2025 維港之聲 Harbour Voice。版權所有，不得轉載。</p><p><a href="https://www.harbourvoice.example/privacy">私隱政策</a> | <a href="https://www.harbourvoice.example/contact">聯絡我們</a></p></div>
<script src="https://www.harbourvoice.example/assets/js/player.js?v=20251101" defer></script>
</body>
</html>
"""
    fmt = ("Hong Kong radio programme page: each turn is a <p> starting with a full-width （hh:mm:ss） time and a bold "
           "label ending in '：' ('馬斯克（Elon Musk）' first, then '馬斯克'); his answers are in English, each followed by a "
           "〔中譯〕 translation paragraph that belongs to the same turn.")
    others = ["陳嘉欣", "嘉欣", "聽眾 Elon（沙田）"]
    exp = expected(fmt, SHOW, gold(T), others)
    write(NAME, html, exp)
    return NAME, exp
