from common import *

NAME = "h16_weixin_zh_maye_elon"
LAB = {"H": ("主持人（刘洋）", "刘洋"), ELON: ("埃隆·马斯克", "马斯克"), "MM": ("梅耶·马斯克", "梅耶")}
# (speaker, [(seconds, paragraph), ...]) -- the time is printed AFTER each paragraph
T = [
    ("H", [(2, "欢迎收看《远见对话》。今天我们很荣幸同时请到了梅耶·马斯克女士和她的儿子埃隆·马斯克先生。")]),
    ("MM", [(11, "大家好！很高兴再次来到中国，我的新书在这里很受欢迎。")]),
    (ELON, [(17, "大家好。我妈妈在中国的粉丝可能比我还多。")]),
    ("H", [(23, "梅耶女士，埃隆小时候是个什么样的孩子？")]),
    ("MM", [(28, "他总是在看书，一天能看完两本。埃隆小时候跟我说过：“妈妈，我以后要去火星。”我当时以为他在开玩笑。")]),
    (ELON, [(44, "我没有开玩笑。")]),
    ("H", [(47, "马斯克先生，您觉得母亲对您影响最大的是什么？")]),
    (ELON, [(52, "是她的坚韧。我们小时候家里条件不好，她一个人打好几份工，从来不抱怨。"),
            (63, "她教会我的是，困难是正常的，你只要继续往前走就好。"),
            (71, "所以后来公司遇到危机的时候，我也是这样想的。")]),
    ("MM", [(79, "他这么说我很感动。不过他小时候可不听话。")]),
    (ELON, [(84, "这倒是真的。")]),
    ("H", [(1208, "最后一个问题，给中国的年轻人一句建议吧。")]),
    ("MM", [(1213, "要有计划，但也要享受生活。")]),
    (ELON, [(1219, "多读书，多动手，做对别人有用的事情。")]),
]


def build():
    seen = set()
    out = []
    for spk, rows in T:
        full, short = LAB[spk]
        label = short if spk in seen else full
        seen.add(spk)
        for i, (s, txt) in enumerate(rows):
            lab = f"<strong>{label}：</strong>" if i == 0 else ""
            out.append(f'<p style="margin-bottom:12px;">{lab}{E(txt)}<span class="tm" style="color:#b2b2b2;font-size:12px;">［{mmss(s)}］</span></p>')
    body = "\n".join(out)
    turns = [(spk, rows[0][0], [x for _, x in rows]) for spk, rows in T]
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<title>对话马斯克母子：“困难是正常的，继续往前走”（附完整文字稿）</title>
<meta property="og:title" content="对话马斯克母子：“困难是正常的，继续往前走”">
<link rel="stylesheet" href="//res.wx.qq.example/mmbizwap/zh_CN/htmledition/style/page/appmsg_new/winwx5c1f.css">
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div id="js_article" class="rich_media">
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
 <h1 class="rich_media_title" id="activity-name">对话马斯克母子：“困难是正常的，继续往前走”（附完整文字稿）</h1>
 <div id="meta_content" class="rich_media_meta_list">
  <span class="rich_media_meta rich_media_meta_text">远见对话编辑部</span>
  <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">远见对话</a></span>
  <em id="publish_time" class="rich_media_meta rich_media_meta_text">2025年4月8日 20:00</em>
  <em class="rich_media_meta rich_media_meta_text">上海</em>
 </div>
 <div class="rich_media_content js_underline_content" id="js_content">
  <section style="background:#f7f7f7;padding:12px 16px;border-radius:6px;">
   <p><strong>导读</strong></p>
   <p>在梅耶·马斯克新书中文版出版之际，《远见对话》在上海同时专访了梅耶和她的长子埃隆·马斯克。母子二人谈到了童年、坚韧和对年轻人的建议。本文为节目完整文字稿，经翻译整理，方括号内为视频时间。</p>
  </section>
  <section class="jinju" style="border:1px solid #e0c48c;padding:12px 16px;margin:16px 0;">
   <p><strong>本期金句</strong></p>
   <p>马斯克：困难是正常的，你只要继续往前走就好。</p>
   <p>梅耶：要有计划，但也要享受生活。</p>
   <p>马斯克：做对别人有用的事情。</p>
  </section>
  <p style="text-align:center;"><img data-src="https://mmbiz.qpic.example/mmbiz_jpg/x1/640" alt="节目截图" style="width:100%"></p>
  <p style="text-align:center;color:#888;font-size:13px;">▲ 视频：《远见对话》马斯克母子专访（约21分钟）</p>
  <h2 style="font-size:17px;">完整文字稿</h2>
{body}
  <p style="color:#888;font-size:13px;">（全文完。翻译：郑雨桐；校对：王磊。本文为《远见对话》原创，转载请联系授权。）</p>
 </div>
 <div id="js_tags" class="article-tag__list"><span>#马斯克</span> <span>#梅耶·马斯克</span> <span>#人物专访</span></div>
 <div class="rich_media_tool"><span id="readNum3">阅读 10万+</span> <span id="like3">赞 8421</span> <span>在看 2317</span></div>
</div>
</div>
<div class="rich_media_area_extra">
 <div class="discuss_container" id="js_cmt_area">
  <h3 class="discuss_title">精选留言</h3>
  <ul class="discuss_list">
   <li class="discuss_item"><div class="nickname">马斯克的小迷妹</div><div class="discuss_message_content">“我妈妈在中国的粉丝可能比我还多”哈哈哈，真的！</div><div class="discuss_extra_info">上海 · 4月8日 · 赞 1203</div></li>
   <li class="discuss_item"><div class="nickname">埃隆·马</div><div class="discuss_message_content">马斯克：多读书，多动手。——这条我记下了。</div><div class="discuss_extra_info">北京 · 4月8日 · 赞 377</div></li>
   <li class="discuss_item"><div class="nickname">远见对话</div><div class="discuss_message_content">作者回复：感谢支持，下期见！</div></li>
  </ul>
 </div>
</div>
</div>
</div>
<script nonce="1742" type="text/javascript">var biz="MzA5NTgyMjIwMQ==",sn="6c8e1d",mid="2652130771",idx="1";var msg_title="对话马斯克母子".html(false);</script>
<script nonce="1742" src="//res.wx.qq.example/mmbizwap/zh_CN/htmledition/js/appmsg/index5c1f.js"></script>
</body>
</html>
"""
    return write(NAME, page,
                 "WeChat official-account article (simplified Chinese); one <p> per paragraph, the bold label with full-width colon only on a turn's first paragraph (埃隆·马斯克： then 马斯克：), each paragraph followed by its time in full-width brackets ［mm:ss］.",
                 "远见对话", turns, ["主持人（刘洋）", "刘洋", "梅耶·马斯克", "梅耶"], zh=True)


if __name__ == "__main__":
    build()
