from lib import *

NAME = "ag16_victoria-radio-tech-night-hk"
SHOW = "維港電台《科技夜話》"
FMT = ("Traditional-Chinese (Hong Kong) radio transcript; paragraphs '標籤：內容' with full-width colons ('伊隆·馬斯克' first, "
       "then '馬斯克'), the turn's start time printed after its text as '〔h:mm:ss〕' on some turns and missing on others.")

L, W, E = "梁家朗", "區詠琪", "馬斯克"
T = [
 (L, 3905, ["各位聽眾晚安，歡迎收聽《科技夜話》。今晚我哋好榮幸，透過電話連線請到伊隆·馬斯克。馬斯克先生，晚安。"]),
 (E, 3912, ["晚安，很高興再次接受你們的訪問。香港現在應該很晚了吧？"]),
 (W, 3919, ["係呀，已經差唔多十二點。我哋想問，你之前講過「香港係一個好適合做硬件創業嘅地方」，今日你仲係咁諗？"]),
 (E, None, ["對。"]),
 (W, 3934, ["點解？"]),
 (E, 3936, ["因為這裡離深圳的供應鏈很近，而且資金和人才都很國際化。一個硬件團隊在這裡，一天之內就可以拿到零件做測試。",
            "在美國，同樣的事情可能要等兩個星期。"]),
 (L, 3961, ["有聽眾問，你覺得人工智能會唔會搶走佢哋嘅工作？"]),
 (E, None, ["長遠來說，很多工作都會被自動化，這是事實。但我認為更重要的問題是：如果工作不再是必需的，人生的意義從哪裡來？這個問題我也沒有答案。"]),
 (L, 3998, ["好沉重嘅問題。最後，有冇嘢想同香港聽眾講？"]),
 (E, 4004, ["多做實驗，不要怕失敗。還有，香港的點心真的很好吃，我上次吃了太多。"]),
 (W, 4016, ["多謝馬斯克先生！今晚節目就到呢度，晚安。"]),
]

def build():
    g = Gold(SHOW, FMT)
    out = []
    first = True
    for who, t, paras in T:
        if who == E:
            lab = "伊隆·馬斯克" if first else E
            first = False
            g.elon(t, paras[0], zh=True)
        else:
            lab = who
            g.other(lab)
        stamp = ('〔%d:%02d:%02d〕' % (t // 3600, t % 3600 // 60, t % 60)) if t is not None else ""
        if len(paras) == 1:
            out.append('<p><b>%s：</b>%s<span class="tc">%s</span></p>' % (lab, esc(paras[0]), stamp))
        else:
            out.append('<p><b>%s：</b>%s</p>' % (lab, esc(paras[0])))
            out.append('<p>%s<span class="tc">%s</span></p>' % (esc(paras[-1]), stamp))
    body = "\n".join(out)
    page = """<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>科技夜話｜電話連線伊隆·馬斯克：香港硬件創業、AI與工作的意義（節目文字稿）－維港電台</title>
<link rel="stylesheet" href="https://www.victoriaradio.hk/css/programme.2025.css">
<script>var programmeId="tech-night",episodeDate="2025-11-03";</script>
</head>
<body class="programme-episode">
<div id="topbar"><a href="/">維港電台</a><span class="live">直播中：深宵音樂台</span><a href="/en">English</a></div>
<nav id="mainnav"><a href="/news">新聞</a><a href="/programmes">節目</a><a href="/podcast">Podcast</a><a href="/schedule">節目表</a><a href="/contact">聯絡我們</a></nav>
<div id="content">
<div class="ep-head"><p class="prog-name"><a href="/programmes/tech-night">科技夜話</a></p>
<h1>電話連線伊隆·馬斯克：香港硬件創業、AI與工作的意義</h1>
<p class="ep-meta">主持：梁家朗、區詠琪　｜　播出日期：2025年11月3日（星期一）　｜　23:00–00:30</p>
<audio controls preload="none" src="https://media.victoriaradio.hk/technight/20251103.mp3"></audio></div>
<div class="ep-intro"><p>今集節目尾段，主持透過電話連線訪問伊隆·馬斯克。以下文字稿由本台整理，嘉賓以普通話及英語作答，已整理為書面語；主持部分保留廣東話口語。時間碼標示於每段發言之後，為該段於節目錄音中的開始時間，部分段落未能標示。</p></div>
<div class="transcript">
%s
</div>
<div class="ep-foot"><p>（文字稿只供參考，一切以節目錄音為準。）</p>
<div class="share">分享：<a href="#">Facebook</a>｜<a href="#">WhatsApp</a>｜<a href="#">複製連結</a></div></div>
<div class="more-eps"><h3>往期節目</h3><ul><li><a href="/programmes/tech-night/20251027">梅耶·馬斯克談營養與人生</a></li><li><a href="/programmes/tech-night/20251020">本地電動小巴試行一個月</a></li></ul></div>
</div>
<footer id="footer"><p>&copy; 2025 維港電台 Victoria Harbour Radio. 版權所有，不得轉載。</p></footer>
<script src="https://www.victoriaradio.hk/js/player.2025.js"></script>
</body>
</html>
""" % body
    write(NAME, page, g)
