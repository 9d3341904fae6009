from common import *

NAME = "aa09_hktalk_forum_discuz"
SHOW = "港島科技峰會（論壇網友逐字稿）"

PART1 = [
    T("主持", 5, "各位晚上好，歡迎嚟到今年嘅港島科技峰會。今晚我哋好榮幸邀請到馬斯克先生視像連線。"),
    T(EM, 21, "大家好，多謝邀請。香港是一個很特別的城市，我一直很想再來。"),
    T("主持", 34, "第一個問題：你點睇AI對金融業嘅影響？"),
    T(EM, 41, "我認為大部分重複性的文書工作會在十年內被自動化。這不一定是壞事，但轉型會很痛苦。",
      "政府和企業都應該提早準備，特別是再培訓。"),
    T("主持", 135, "明白。"),
    T(EM, 136, "還有一點，很多人低估了AI的速度。每一年的進步都比前一年大，而且差距會越來越明顯。"),
]
PART2 = [
    T("學生A", 3520, "我係科大嘅學生，想問你對讀博士有咩睇法？"),
    T(EM, 3532, "如果你真的熱愛研究，就去讀。但如果只是為了一個頭銜，我不建議。"),
    T("學生A", 3570, "咁如果想創業呢？"),
    T(EM, 3576, "創業就像嚼玻璃、凝視深淵，要有心理準備。大部分公司都會失敗，這是事實。"),
    T("主持", 3670, "時間差唔多，最後講句說話俾香港嘅年輕人？"),
    T(EM, 3678, "保持好奇心，多問為什麼。"),
    T("主持", 3700, "多謝馬斯克先生！"),
    T(EM, 3703, "多謝！"),
]
TURNS = PART1 + PART2


def render(turns):
    out = []
    for t in turns:
        out.append("%s (%s)：%s<br />" % (t.spk if t.spk != EM else "馬斯克", hms_short(t.t).lstrip("0") if t.t < 600 and t.t >= 60 else hms_short(t.t), esc(t.paras[0])))
        for p in t.paras[1:]:
            out.append("%s<br />" % esc(p))
        out.append("<br />")
    return "\n".join(out)


def post(pid, floor, user, uid, when, body, sig=""):
    return """<div id="post_%(pid)s" class="plhin">
<table id="pid%(pid)s" class="plhin" summary="pid%(pid)s" cellspacing="0" cellpadding="0">
<tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=%(uid)s" target="_blank" class="xw1">%(user)s</a></div></div>
<div class="avatar"><a href="home.php?mod=space&amp;uid=%(uid)s"><img src="https://img.hktalk.hk/avatar/%(uid)s_small.jpg" alt=""></a></div></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=%(pid)s" id="postnum%(pid)s">#%(floor)s</a></strong>
<div class="pti"><div class="authi"><em id="authorposton%(pid)s">發表於 %(when)s</em> | <a href="forum.php?mod=viewthread&amp;tid=3318402&amp;page=1&amp;authorid=%(uid)s" rel="nofollow">只看該作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_%(pid)s">
%(body)s
</td></tr></table></div></div></div>
%(sig)s
</td></tr>
<tr><td class="plc plm"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;tid=3318402&amp;repquote=%(pid)s">回覆</a></em><p><a href="javascript:;" class="replyadd">好評 <span>+</span></a> <a href="javascript:;" class="replysubtract">差評 <span>-</span></a></p></div></div></td></tr>
</table></div>""" % dict(pid=pid, floor=floor, user=user, uid=uid, when=when, body=body,
                         sig=('<div class="sign">%s</div>' % sig) if sig else "")


def page():
    p1 = ("昨晚峰會直播，見網上冇人整，自己聽住打咗份逐字稿。主持用廣東話，馬斯克講英文，佢嗰部分我直接譯做中文。括號入面係直播重溫嘅時間。有錯請指正。<br />\n<br />\n"
          "【上半部】<br />\n<br />\n" + render(PART1) + "\n（下半部遲啲補上）")
    p2 = "巴打辛苦晒！頭先睇直播，馬斯克話AI會取代大部分文書工，我做會計嘅真係有啲驚 <img src=\"static/image/smiley/default/sweat.gif\" alt=\":sweat:\" />"
    p3 = ("【下半部】學生提問環節，中間嗰段講Starlink嘅我冇打，時間跳咗好多。<br />\n<br />\n" + render(PART2) + "\n完。")
    p4 = ('<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=51220931&amp;ptid=3318402" target="_blank"><font color="#999999">打字狂人 發表於 2024-5-17 08:12</font></a></font><br />\n'
          "馬斯克 (0:41)：我認為大部分重複性的文書工作會在十年內被自動化。這不一定是壞事，但轉型會很痛苦。</blockquote></div><br />\n"
          "十年？我覺得五年都唔使。銀行後勤已經開始裁緊人。")
    p5 = "馬斯克：多謝！<br />\n最後嗰句好敷衍 <img src=\"static/image/smiley/default/lol.gif\" alt=\":lol:\" /> 不過多謝樓主打字"
    posts = "\n".join([
        post(51220931, 1, "打字狂人", 802211, "2024-5-17 08:12", p1, "聽到就打，打到就post"),
        post(51221044, 2, "Elon馬斯克迷", 913377, "2024-5-17 08:40", p2),
        post(51221388, 3, "打字狂人", 802211, "2024-5-17 09:55", p3, "聽到就打，打到就post"),
        post(51221502, 4, "九龍灣會計師", 655410, "2024-5-17 10:21", p4),
        post(51221790, 5, "馬斯克本尊", 990001, "2024-5-17 11:03", p5, "本尊已認證（誤）"),
    ])
    return PAGE.replace("{{POSTS}}", posts)


PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>【全文逐字稿】馬斯克 @ 港島科技峰會 視像對談（自己打，有錯請指正） - 科技討論區 - 港討區 HKTalk -  Powered by Discuz!</title>
<meta name="keywords" content="馬斯克,科技峰會,逐字稿" />
<meta name="generator" content="Discuz! X3.4" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Xq7" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?Xq7" />
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Xq7', charset = 'utf-8', discuz_uid = '0', cookiepre = 'hkt_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = '', creditnotice = '', defaultstyle = '', REPORTURL = 'aHR0cHM6Ly9oa3RhbGsuaGsvdGhyZWFkLTMzMTg0MDItMS0xLmh0bWw=', SITEURL = 'https://hktalk.hk/', JSPATH = 'data/cache/';</script>
<script src="data/cache/common.js?Xq7" type="text/javascript"></script>
</head>
<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="https://hktalk.hk/">港討區首頁</a><a href="misc.php?mod=faq">幫助</a></div><div class="y"><a href="member.php?mod=logging&amp;action=login">登入</a><a href="member.php?mod=register">註冊</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="港討區 HKTalk"><img src="static/image/common/logo.png" alt="港討區 HKTalk" border="0" /></a></h2></div>
<div id="nv"><ul><li><a href="forum.php" hidefocus="true">論壇</a></li><li class="a"><a href="forum-36-1.html" hidefocus="true">科技討論區</a></li><li><a href="forum-2-1.html" hidefocus="true">吹水台</a></li><li><a href="forum-15-1.html" hidefocus="true">財經台</a></li></ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首頁">港討區 HKTalk</a> <em>&rsaquo;</em> <a href="forum.php">論壇</a> <em>&rsaquo;</em> <a href="forum-36-1.html">科技討論區</a> <em>&rsaquo;</em> <a href="thread-3318402-1-1.html">【全文逐字稿】馬斯克 @ 港島科技峰會 視像對談</a></div></div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">8214</span><span class="pipe">|</span><span class="xg1">回覆:</span> <span class="xi1">4</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum-36-1.html">[科技]</a> <span id="thread_subject">【全文逐字稿】馬斯克 @ 港島科技峰會 視像對談（自己打，有錯請指正）</span></h1></td></tr></table>
{{POSTS}}
</div>
<div class="pgs mtm mbm cl"><div class="pg"><strong>1</strong><label><input type="text" name="custompage" class="px" size="2" value="1" /><span title="共 1 頁"> / 1 頁</span></label></div><a href="forum-36-1.html" class="y pgsbtn">返回列表</a></div>
<div id="f_pst" class="pl bm bmw"><form method="post" autocomplete="off" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=36&amp;tid=3318402&amp;extra=&amp;replysubmit=yes&amp;infloat=yes&amp;handlekey=fastpost"><div class="tedt"><textarea rows="5" cols="80" name="message" id="fastpostmessage" class="pt"></textarea></div><p class="ptm pnpost"><button type="submit" name="replysubmit" id="fastpostsubmit" class="pn pnc">發表回覆</button></p></form></div>
</div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手機版</a><span class="pipe">|</span><a href="forum.php?mod=misc&amp;action=showdarkroom">小黑屋</a></p></div>
<div id="frt"><p>Powered by <strong><a href="https://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2024 港討區 HKTalk. GMT+8, 2024-5-18 02:14</p></div></div>
<script type="text/javascript">_attachEvent(window, 'scroll', function () { showTopLink(); });checkBlind();</script>
</body>
</html>
"""


def build():
    return write(NAME, page(),
                 "Discuz! forum thread (traditional Chinese, Hong Kong): the original poster types the transcript into <br />-separated lines \"馬斯克 (0:41)：...\" with mm:ss / h:mm:ss times after the label, split over posts #1 and #3; later replies quote lines.",
                 SHOW, gold_turns(TURNS, zh=True), ["主持", "學生A"])
