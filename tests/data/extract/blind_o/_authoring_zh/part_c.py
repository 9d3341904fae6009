from common import D

def V(cues):
    out = "WEBVTT\n\n"
    t = 1
    for spk, txt in cues:
        a, b = t, t + 5
        out += f"00:{a//60:02d}:{a%60:02d}.000 --> 00:{b//60:02d}:{b%60:02d}.000\n<v {spk}>{txt}\n\n"
        t = b + 1
    return out

# ---------------- podcast_unlabelled ----------------
D("podcast_unlabelled", "",
"欢迎回到节目。今天的嘉宾是埃隆·马斯克。埃隆，谢谢你抽时间来。\n谢谢邀请，很高兴来到这里。\n我们先聊聊中国吧。你怎么看中国的制造业？\n中国的制造业规模是美国的好几倍。很多人没有意识到，中国的钢铁产量比世界其他地区加起来还多。\n那特斯拉在那里的工厂呢？\n上海工厂是我们效率最高的工厂，那里的工人非常有才华，也非常勤奋。\n好，换个话题，你最近睡得怎么样？\n不太好，大概每天六个小时吧。",
["中国的制造业规模是美国的好几倍。很多人没有意识到，中国的钢铁产量比世界其他地区加起来还多。", "上海工厂是我们效率最高的工厂，那里的工人非常有才华，也非常勤奋。"],
"unlabelled transcript; turn about sleep not gold", kind="unlabeled", guests=["埃隆·马斯克"])

D("podcast_unlabelled", "",
"大家好，这里是《商业就是这样》。今天我们聊聊特斯拉在中国的处境。\n最近特斯拉在中国的销量确实不太好，你怎么看？\n我觉得主要是比亚迪和小米的冲击太大了。马斯克本人好像也承认过这个问题。\n对，但他承认的是整体竞争激烈，不是具体哪家。\n那我们下期再聊。",
[], "unlabelled transcript of two hosts; Musk not a guest; hosts paraphrase him", kind="unlabeled", guests=[])

D("podcast_unlabelled", "",
"今天很荣幸请到埃隆·马斯克。埃隆，你对人工智能的未来怎么看？\n我认为到2030年，AI会比所有人类加起来都聪明。\n那这对就业意味着什么？\n大部分工作都会变成可选的。人们工作是因为想工作，而不是必须工作。\n你担心吗？\n有一点。但我更担心的是出生率下降。人口崩溃是人类文明最大的威胁。",
[], "unlabelled Musk interview with no China content", kind="unlabeled", guests=["埃隆·马斯克"])

D("podcast_unlabelled", "",
"埃隆，欢迎来到节目。最近中国的人形机器人公司非常多，你怎么看？\n它们进步很快。我认为中国将是Optimus最大的竞争对手，可能排名前十的人形机器人公司里大部分都来自中国。\n你会担心吗？\n不担心，竞争是好事。不过我觉得美国政府在这方面太慢了，他们总是在开会。\n哈哈，好的。那星舰呢？\n星舰会在今年年底前尝试轨道加注。",
["它们进步很快。我认为中国将是Optimus最大的竞争对手，可能排名前十的人形机器人公司里大部分都来自中国。"],
"它们 refers to Chinese humanoid firms (gold); 他们 refers to US government (not gold); Starship not gold", kind="unlabeled", guests=["埃隆·马斯克"])

D("podcast_unlabelled", "",
"我们今天邀请到了马斯克，以及前白宫顾问约翰·史密斯。首先问约翰，你如何看待美中科技竞争？\n我认为这是本世纪最重要的竞争。中国在很多领域已经追上来了，尤其是电池和太阳能。\n马斯克，你同意吗？\n基本同意。中国在太阳能板制造上几乎占据了全部份额，这是一个事实。\n约翰，你怎么看关税的作用？\n关税可以争取时间，但不能替代创新。",
["基本同意。中国在太阳能板制造上几乎占据了全部份额，这是一个事实。"],
"two guests unlabelled; only Musk's turn is gold; the other guest's China views not gold", kind="unlabeled", guests=["埃隆·马斯克", "约翰·史密斯"])

D("podcast_unlabelled", "",
"埃隆，你之前说过中国的电力装机增长很快。能展开说说吗？\n是的，中国去年新增的发电装机容量大概相当于美国总装机的三分之一。电力是AI的瓶颈，而中国在这方面有巨大优势。\n那美国该怎么办？\n美国需要更多的太阳能和储能，并且要简化许可流程。这是最重要的。\n你会参与政策制定吗？\n我已经说过我不会再参与政治了。",
["是的，中国去年新增的发电装机容量大概相当于美国总装机的三分之一。电力是AI的瓶颈，而中国在这方面有巨大优势。"],
"interviewer's recall of his past claim not gold; US energy policy answer not gold (hard case 1)", kind="unlabeled", guests=["埃隆·马斯克"])

D("podcast_unlabelled", "",
"今天我们和金博尔·马斯克聊一聊他的农业项目。金博尔，你最近去了中国？\n是的，我去了成都和杭州。中国的农业科技发展得非常快，特别是无人机植保。\n你哥哥知道你去中国吗？\n当然，他让我给他带点茶叶回来。\n你觉得中国的餐饮业有什么可以学的？\n效率。中国餐厅的翻台率非常惊人。",
[], "Kimbal Musk unlabelled transcript; not the watched speaker", kind="unlabeled", guests=["金博尔·马斯克"])

# ---------------- vtt ----------------
D("vtt", "马斯克接受CNBC专访（中文字幕）", "",
["中国在AI方面非常强，他们的人才储备是惊人的。", "我一般不支持关税，但对中国的关税问题是政治决定，不是我能左右的。"], "vtt: China AI and tariffs remarks gold; others not", kind="vtt",
vtt=V([("主持人", "埃隆，你怎么看中国的AI发展？"),
       ("Elon Musk", "中国在AI方面非常强，他们的人才储备是惊人的。"),
       ("主持人", "那关税呢？"),
       ("Elon Musk", "我一般不支持关税，但对中国的关税问题是政治决定，不是我能左右的。"),
       ("主持人", "最后一个问题，你什么时候去火星？"),
       ("Elon Musk", "希望在我有生之年。")]))

D("vtt", "", "", [], "vtt with no China content: Musk on Neuralink", kind="vtt",
vtt=V([("主持人", "Neuralink的最新进展是什么？"),
       ("Elon Musk", "我们已经完成了第三例植入手术，患者恢复得很好。"),
       ("主持人", "下一步呢？"),
       ("Elon Musk", "下一步是帮助盲人恢复视力，我们称之为Blindsight。")]))

D("vtt", "特斯拉中国发布会字幕", "", [], "vtt: Tesla China executive speaks about Musk; Musk not a speaker", kind="vtt",
vtt=V([("朱晓彤", "感谢大家的到来。马斯克先生非常重视中国市场。"),
       ("朱晓彤", "他多次强调，上海工厂是特斯拉全球最重要的工厂之一。"),
       ("主持人", "接下来请看新车发布。")]))

D("vtt", "马斯克在世界政府峰会上的对谈（节选字幕）", "", ["中国车企非常擅长降低成本。", "它们是我们最强大的竞争对手，这一点毫无疑问。"], "vtt: China remark gold; Mars remark not", kind="vtt",
vtt=V([("主持人", "你怎么看中国在电动车领域的领先地位？"),
       ("Elon Musk", "中国车企非常擅长降低成本。"),
       ("Elon Musk", "它们是我们最强大的竞争对手，这一点毫无疑问。"),
       ("主持人", "那么你对火星的时间表有什么更新吗？"),
       ("Elon Musk", "我们计划在两年后的窗口期发射五艘无人星舰。")]))

D("vtt", "", "", [], "vtt: interviewer quotes Musk's past words back to him; Musk answers off-topic", kind="vtt",
vtt=V([("主持人", "你曾经说过中国的电池产业是世界第一，你现在还这么认为吗？"),
       ("Elon Musk", "我现在更关心的是我们自己的4680电池。"),
       ("主持人", "好的，4680的进展如何？"),
       ("Elon Musk", "干电极工艺已经突破了，今年会大规模量产。")]))

D("vtt", "马斯克谈台湾芯片（字幕）", "", ["非常重要。如果台海局势出问题，全球汽车业都会停摆，不只是特斯拉。", "我希望不会。我认为北京方面也不希望看到冲突，那对所有人都不好。"], "vtt: Taiwan/China chip remarks", kind="vtt",
vtt=V([("记者", "台积电对特斯拉有多重要？"),
       ("埃隆·马斯克", "非常重要。如果台海局势出问题，全球汽车业都会停摆，不只是特斯拉。"),
       ("记者", "你认为大陆会采取行动吗？"),
       ("埃隆·马斯克", "我希望不会。我认为北京方面也不希望看到冲突，那对所有人都不好。")]))

D("vtt", "", "", [], "vtt: Musk on US energy grid, China not mentioned by him", kind="vtt",
vtt=V([("主持人", "有人说中国在电网建设方面遥遥领先，你在美国看到了什么问题？"),
       ("Elon Musk", "美国的电网老化严重，我们需要把电力产能翻一倍。"),
       ("Elon Musk", "变压器是下一个瓶颈，现在订购要等两年。")]))

# ---------------- traditional_chinese ----------------
D("traditional_chinese", "馬斯克：中國電動車廠是全球最強對手",
"【明報專訊】特斯拉行政總裁馬斯克昨日在美國德州奧斯汀舉行的股東大會上表示，中國電動車廠是「全球最強的對手」。他說：「大陸的車廠工作非常努力，而且非常聰明。」馬斯克又指，特斯拉上海廠是公司「生產效率最高」的工廠。此外，他亦透露Cybertruck將於明年推出新版本。",
["中國電動車廠是全球最強對手", "中國電動車廠是「全球最強的對手」", "大陸的車廠工作非常努力，而且非常聰明。", "特斯拉上海廠是公司「生產效率最高」的工廠"],
"HK outlet traditional chars; 大陸; Cybertruck remark not gold")

D("traditional_chinese", "馬斯克談台灣 綠委批「親中」",
"〔自由時報記者綜合報導〕特斯拉執行長馬斯克日前在一場訪談中被問及台灣問題時稱，台灣是中國「不可分割的一部分」，此言引發台灣朝野強烈反彈。民進黨立委今日召開記者會批評，馬斯克「為了在中國做生意，不惜討好中共」。外交部也回應表示，台灣從來不是中華人民共和國的一部分。",
["台灣是中國「不可分割的一部分」"],
"Taiwan outlet; Musk's claim gold; legislators' and ministry's words not gold")

D("traditional_chinese", "中國電池大廠董事長：曾勸馬斯克投資鈉電池",
"【聯合報／記者綜合報導】中國電池大廠董事長日前接受陸媒專訪時透露，他幾年前曾當面告訴特斯拉執行長馬斯克，鈉離子電池將在「五年內」商業化。他說，馬斯克當時「非常感興趣」，但並未承諾任何合作。分析師指出，這番談話反映陸企希望借助特斯拉擴大國際影響力。",
[], "traditional Chinese; other person's words with Musk as object (hard case 3)")

D("traditional_chinese", "馬斯克星艦再試飛 中共官媒冷處理",
"〔中央社〕SpaceX星艦今日第八度試飛，馬斯克在X上表示，這次試飛「收集了大量數據」，下一次試飛將在「約一個月後」進行。值得注意的是，中共官媒新華社僅以簡短篇幅報導此事。學者分析，北京對SpaceX的商業航天模式既羨慕又警惕。",
[], "Musk talks rockets; China only in journalist/scholar analysis (hard case 1 trap)")

D("traditional_chinese", "馬斯克：香港仍是連接內地與世界的橋樑",
"【星島日報】特斯拉行政總裁馬斯克周二透過視像連線出席在香港會議展覽中心舉行的一個創科論壇，他在簡短致辭中表示，香港「仍然是連接中國內地與世界的重要橋樑」。馬斯克續指，大陸市場對特斯拉而言「依然是第二大市場」。至於美國大選，他則拒絕評論。",
["香港仍是連接內地與世界的橋樑", "香港「仍然是連接中國內地與世界的重要橋樑」", "大陸市場對特斯拉而言「依然是第二大市場」"],
"HK; long locative between subject and verb; 續指 continuation; refusal re US election not a China statement")

D("traditional_chinese", "馬斯克與中國：愛恨交織十年路",
"【商業周刊】從2014年首度訪華，到2019年上海超級工廠投產，馬斯克與中國大陸的關係始終牽動市場神經。外界常形容，馬斯克是少數能同時與華府和北京打交道的企業家。然而，隨著比亞迪等陸系車廠崛起，特斯拉在大陸的市佔率已不復當年。未來馬斯克如何拿捏兩岸與中美之間的平衡，將是觀察重點。",
[], "framing headline + body with no statement (hard case 5 negative)")

D("traditional_chinese", "馬斯克再談中國：這次他說了什麼？",
"【鏡週刊】馬斯克又談中國了。這位全球首富在X上回覆網友時寫道：「中國的新能源車滲透率已經超過50%，這是世界上任何其他國家都做不到的。」他還補充：「他們的充電網絡建設速度令人難以置信。」這則貼文發布後，在兩岸網路上引發熱議。",
["中國的新能源車滲透率已經超過50%，這是世界上任何其他國家都做不到的。", "他們的充電網絡建設速度令人難以置信。"],
"framing headline over body with real quotes (hard case 5 positive); 他們 refers back to China")
