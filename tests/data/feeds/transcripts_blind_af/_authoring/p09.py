from common import *


def build():
    R = 'R'
    T = [
        (R, 0, ["歡迎回到《深空對談》，今天的來賓大家都認識，Elon，歡迎。"]),
        (EM, 6, ["很高興又來上節目了，上次來好像是兩年前。"]),
        (R, 11, ["上次你說星艦今年會做到軌道加油，現在進度如何？"]),
        (EM, 19, ["軌道加油應該是明年的事情，我們需要先把船接住，再來做兩艘船之間的推進劑轉移。",
                  "這個技術從來沒有人做過，規模也很大，大概要轉移好幾百噸。",
                  "（譯註：他這裡說的是 propellant transfer，我翻成推進劑轉移）"]),
        (R, 340, ["台灣的聽眾很想知道，台灣的供應鏈在你們的產品裡扮演什麼角色？"]),
        (EM, 346, ["台灣有非常優秀的工程師和供應商，很多關鍵的電子零件都是在台灣做的。沒有台灣，很多東西都做不出來。"]),
        (R, 1862, ["所以星鏈在台灣上線的計畫還在進行嗎？"]),
        (EM, 1870, ["是的。"]),
        (R, 1872, ["就這樣？"]),
        (EM, 1874, ["這個要看主管機關的決定，我們之後會公布更多細節，現在不方便多說。"]),
        (R, 3723, ["時間差不多了，最後一個問題：你覺得人類什麼時候會登陸火星？"]),
        (EM, 3731, ["如果一切都很順利的話，大概十年內吧。不過你也知道，我的時間表通常比較樂觀。",
                    "謝謝大家的收聽。"]),
        (R, 3760, ["謝謝 Elon，我們下次見。"]),
    ]
    lines = []
    for spk, t, paras in T:
        lab = 'Elon' if spk == EM else 'Rick'
        lines.append('[%s] %s：%s' % (h_or_m(t), lab, paras[0]))
        lines.extend(paras[1:])
    body = '<br />\r\n'.join(lines)

    page = '''<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>[逐字稿] Elon 上《深空對談》Podcast 中文逐字稿（自己翻的，有錯請鞭） - 科技版 -  星海論壇 -  Powered by Discuz!</title>
<meta name="keywords" content="Elon,馬斯克,逐字稿,深空對談,星艦" />
<meta name="description" content="[逐字稿] Elon 上《深空對談》Podcast 中文逐字稿（自己翻的，有錯請鞭） ,星海論壇" />
<meta name="generator" content="Discuz! X3.5" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Xq7" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?Xq7" />
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Xq7', charset = 'utf-8', discuz_uid = '0', cookiepre = 'xh8K_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '', defaultstyle = '', REPORTURL = 'aHR0cHM6Ly9iYnMueGluZ2hhaS50dy90aHJlYWQtODgyMTMtMS0xLmh0bWw=', SITEURL = 'https://bbs.xinghai.tw/', JSPATH = 'data/cache/';</script>
<script src="data/cache/common.js?Xq7" type="text/javascript"></script>
</head>
<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="./">星海論壇</a><a href="forum.php?mod=guide">導讀</a></div><div class="y"><a href="member.php?mod=register">註冊</a><a href="member.php?mod=logging&amp;action=login">登入</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="星海論壇"><img src="static/image/common/logo.png" alt="星海論壇" border="0" /></a></h2></div>
<div id="nv"><ul><li class="a" id="mn_forum"><a href="forum.php" hidefocus="true">論壇</a></li><li id="mn_N12a7"><a href="misc.php?mod=ranklist" hidefocus="true">排行榜</a></li><li id="mn_home"><a href="home.php" hidefocus="true">動態</a></li></ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首頁">星海論壇</a> <em>&rsaquo;</em> <a href="forum.php">論壇</a> <em>&rsaquo;</em> <a href="forum-12-1.html">科技版</a> <em>&rsaquo;</em> <a href="thread-88213-1-1.html">[逐字稿] Elon 上《深空對談》Podcast ...</a></div></div>
<div id="ct" class="wp cl">
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">8842</span><span class="pipe">|</span><span class="xg1">回覆:</span> <span class="xi1">3</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum-12-1.html">[逐字稿]</a> <span id="thread_subject">Elon 上《深空對談》Podcast 中文逐字稿（自己翻的，有錯請鞭）</span></h1></td></tr></table>

<div id="post_771001"><table id="pid771001" class="plhin" summary="pid771001" cellspacing="0" cellpadding="0"><tr>
<td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-20931.html" class="xw1">spacenerd_tw</a></div></div><div class="avatar"><img src="uc_server/avatar.php?uid=20931&amp;size=middle" /></div><p>積分 3,214 &middot; 中級會員</p></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=88213&amp;pid=771001" id="postnum771001">樓主</a></strong><div class="pti"><div class="authi">發表於 2025-2-3 22:41</div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_771001">
昨天《深空對談》那集有 Elon，沒看到中文字幕，就自己聽打翻譯了一份。<br />
時間是影片的時間（超過一小時的部分是 時:分:秒）。Rick = 主持人。<br />
有翻錯的地方歡迎指正 m(_ _)m<br />
<br />
<hr class="l" />
''' + body + '''<br />
<hr class="l" />
<br />
完整影片：<a href="https://www.youtube.com/watch?v=deepspace1042" target="_blank">深空對談 #142</a><br />
</td></tr></table></div>
<div class="sign">簽名檔：火星見 &#128640; ｜ 「Elon：很高興又來上節目了」← 最喜歡的開場</div>
</div></div>
</td></tr></table></div>

<div id="post_771024"><table id="pid771024" class="plhin" cellspacing="0" cellpadding="0"><tr>
<td class="pls"><div class="pi"><div class="authi"><a href="space-uid-33102.html" class="xw1">ElonMusk粉絲</a></div></div><p>積分 88 &middot; 新手上路</p></td>
<td class="plc"><div class="pi"><strong><a href="#">沙發</a></strong><div class="pti"><div class="authi">發表於 2025-2-3 23:05</div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_771024">
<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=771001&amp;ptid=88213"><font color="#999999">spacenerd_tw 發表於 2025-2-3 22:41</font></a></font><br />
[05:46] Elon：台灣有非常優秀的工程師和供應商，很多關鍵的電子零件都是在台灣做的。</blockquote></div><br />
感謝翻譯！這段聽了好感動</td></tr></table></div></div></div>
</td></tr></table></div>

<div id="post_771030"><table id="pid771030" class="plhin" cellspacing="0" cellpadding="0"><tr>
<td class="pls"><div class="pi"><div class="authi"><a href="space-uid-40017.html" class="xw1">馬斯克本人</a></div></div><p>積分 12 &middot; 新手上路</p></td>
<td class="plc"><div class="pi"><strong><a href="#">板凳</a></strong><div class="pti"><div class="authi">發表於 2025-2-3 23:19</div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_771030">
我本人覺得翻得不錯 XD<br />
不過 31:10 那句我覺得應該翻「對」比較自然</td></tr></table></div></div></div>
</td></tr></table></div>

<div id="post_771044"><table id="pid771044" class="plhin" cellspacing="0" cellpadding="0"><tr>
<td class="pls"><div class="pi"><div class="authi"><a href="space-uid-18820.html" class="xw1">Elon_Lin</a></div></div><p>積分 640 &middot; 註冊會員</p></td>
<td class="plc"><div class="pi"><strong><a href="#">地板</a></strong><div class="pti"><div class="authi">發表於 2025-2-4 08:02</div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_771044">
[31:10] Elon：是的。<br />
[31:12] Rick：就這樣？<br />
笑死，主持人好委屈</td></tr></table></div></div></div>
</td></tr></table></div>
</div>
<div class="pgs mtm mbm cl"><a href="forum.php?mod=post&amp;action=reply&amp;fid=12&amp;tid=88213" class="pgsbtn">回覆</a></div>
</div>
</div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="forum.php?mod=misc&amp;action=showdarkroom">小黑屋</a><span class="pipe">|</span><strong><a href="./" target="_blank">星海論壇</a></strong></p></div><div id="frt"><p>Powered by <strong><a href="https://www.discuz.vip" target="_blank">Discuz!</a></strong> <em>X3.5</em></p><p class="xs0">GMT+8, 2025-2-4 09:15</p></div></div>
<script src="data/cache/forum_viewthread.js?Xq7" type="text/javascript"></script>
</body>
</html>
'''
    write('af09_xinghai_forum', page,
          'Discuz! forum thread (traditional Chinese, Taiwan); the opening post holds the transcript as <br />-separated lines "[mm:ss] Name：text" (h:mm:ss past the hour) with unlabelled continuation lines; replies quote single lines.',
          '深空對談', gold_from(T, zh=True), ['Rick'],
          'Taiwan Discuz! forum: transcript in opening post, "[mm:ss] Elon：" / "[1:02:11] Elon：" mixed; translator note line inside his turn; replies by ElonMusk粉絲/馬斯克本人/Elon_Lin quote "[..] Elon：..." lines; signature quotes him.')
