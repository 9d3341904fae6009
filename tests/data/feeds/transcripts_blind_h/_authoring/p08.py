from common import *

NAME = "h08_shuwei_tw_brothers"
LAB = {"C": ("主持人 陳怡君", "陳怡君"), ELON: ("伊隆·馬斯克", "伊隆"), "K": ("金博爾·馬斯克", "金博爾")}
T = [
    ("C", 5, ["歡迎兩位。這是你們兄弟第一次同台接受華語媒體訪問，先請兩位跟台灣的觀眾打個招呼。"]),
    ("K", 18, ["大家好，我是金博爾。很高興來到台北，昨天吃了很多小吃。"]),
    (ELON, 26, ["大家好。台灣的半導體產業對我們非常重要，所以這次來也是想親自說聲謝謝。"]),
    ("C", 41, ["金博爾，你和哥哥從小一起長大，他是什麼樣的人？"]),
    ("K", 47, ["他從小就很固執。我哥常說：「如果你不覺得害怕，那你可能還不夠有野心。」這句話我聽了大概三十年。",
               "不過他說的通常是對的，這點很煩。"]),
    (ELON, 95, ["哈，這是我聽過最好的稱讚。"]),
    ("C", 312, ["伊隆，台積電在亞利桑那的工廠對特斯拉的晶片供應有什麼影響？"]),
    (ELON, 320, ["短期內影響不大，最先進的製程還是在台灣。長期來看，多一個產地對整個供應鏈都是好事。",
                 "我們的下一代自動駕駛晶片會同時在兩地生產，這是目前的規劃。"]),
    ("K", 1510, ["我可以補充一點嗎？在食物這一塊，我們也在想類似的問題，就是在地生產。"]),
    ("C", 1519, ["請說。"]),
    ("K", 1521, ["我的餐廳和農場都堅持在地採購，這跟伊隆說的供應鏈韌性其實是同一個道理。"]),
    (ELON, 1533, ["沒錯。"]),
    ("C", 3725, ["最後，請兩位各用一句話形容對方。"]),
    ("K", 3731, ["工作狂。"]),
    (ELON, 3733, ["最會煮飯的弟弟。"]),
]


def build():
    seen = set()
    out = []
    for spk, t, paras in T:
        full, short = LAB[spk]
        label = short if spk in seen else full
        seen.add(spk)
        out.append(f'<p><strong>{label}</strong><span class="tc">（{hms_short(t)}）</span>：{E(paras[0])}</p>')
        out += [f"<p>{E(p)}</p>" for p in paras[1:]]
    body = "\n".join(out)
    page = f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>【專訪全文】馬斯克兄弟首度同台：伊隆談台灣晶片，金博爾談在地農業 | 數位前線</title>
<meta property="og:title" content="【專訪全文】馬斯克兄弟首度同台">
<meta property="og:description" content="特斯拉執行長伊隆·馬斯克與弟弟金博爾·馬斯克在台北接受本站專訪。">
<link rel="stylesheet" href="https://www.shuweiqianxian.tw/assets/css/main.css?v=20250510">
</head>
<body>
<header id="site-header">
 <div class="logo"><a href="/">數位前線</a></div>
 <nav><ul><li><a href="/category/tech">科技</a></li><li><a href="/category/ev">電動車</a></li><li><a href="/category/semiconductor">半導體</a></li><li><a href="/category/startup">新創</a></li><li><a href="/category/interview">專訪</a></li><li><a href="/video">影音</a></li></ul></nav>
 <div class="member"><a href="/login">登入</a> | <a href="/register">註冊會員</a></div>
</header>
<div id="container">
<article class="post">
 <div class="breadcrumb"><a href="/">首頁</a> &gt; <a href="/category/interview">專訪</a></div>
 <h1>【專訪全文】馬斯克兄弟首度同台：伊隆談台灣晶片，金博爾談在地農業</h1>
 <div class="post-info">文／林柏宇　攝影／黃詩涵　2025-05-10 14:20</div>
 <figure><img src="/uploads/2025/05/musk-brothers-taipei.jpg" alt="伊隆·馬斯克（右）與金博爾·馬斯克（左）在台北接受專訪"><figcaption>伊隆·馬斯克（右）與金博爾·馬斯克（左）在台北接受專訪。（攝影／黃詩涵）</figcaption></figure>
 <div class="post-content">
 <p>特斯拉與SpaceX執行長伊隆·馬斯克（Elon Musk）本週與弟弟、餐飲創業家金博爾·馬斯克（Kimbal Musk）一同訪台。兩人在台北接受《數位前線》專訪，由本站總編輯陳怡君主持，全程以英語進行，以下為中文翻譯全文，括號內為影片時間碼。為便於閱讀，下文以「伊隆」「金博爾」稱呼兩人。</p>
 <div class="video-embed"><iframe src="https://www.youtube.com/embed/Tw5kM8rB2aQ" title="馬斯克兄弟專訪" frameborder="0" allowfullscreen></iframe></div>
 <h2>專訪全文</h2>
{body}
 <p class="editor">（本文翻譯：張家瑜；責任編輯：陳怡君）</p>
 <div class="box-related"><h3>延伸閱讀</h3><ul>
  <li><a href="/2025/04/tesla-ai5-chip">特斯拉下一代AI5晶片將由台積電代工？</a></li>
  <li><a href="/2025/03/kimbal-musk-farming">金博爾·馬斯克：城市農業的十年實驗</a></li>
 </ul></div>
 </div>
 <div class="fb-comments-fallback"><h3>讀者留言</h3>
  <div class="cmt"><b>Elon粉絲團 Taiwan</b>：伊隆說「台灣的半導體產業對我們非常重要」，感動！</div>
  <div class="cmt"><b>馬斯克不是我</b>：金博爾那句「工作狂」笑死。</div>
 </div>
</article>
<aside id="sidebar"><section><h3>熱門文章</h3><ol><li><a href="#">台積電法說會重點整理</a></li><li><a href="#">國產電動機車新戰局</a></li><li><a href="#">AI伺服器供應鏈一次看</a></li></ol></section></aside>
</div>
<footer id="site-footer"><p>數位前線 版權所有 &copy; 2025 Shuwei Qianxian Media Co., Ltd. 台北市信義區</p><p><a href="/privacy">隱私權政策</a>｜<a href="/about">關於我們</a>｜<a href="/contact">聯絡我們</a></p></footer>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-SWQX2025"></script>
{LOREM_SCRIPT % "SWQX2025"}
</body>
</html>
"""
    return write(NAME, page,
                 "Taiwanese media interview (traditional Chinese); one <p> per turn with a bold label (full name first, then given name 伊隆 / 金博爾), the time in full-width brackets （m:ss） or （h:mm:ss） and a full-width colon.",
                 "數位前線 (Shuwei Qianxian)", T, ["主持人 陳怡君", "陳怡君", "金博爾·馬斯克", "金博爾"], zh=True)


if __name__ == "__main__":
    build()
