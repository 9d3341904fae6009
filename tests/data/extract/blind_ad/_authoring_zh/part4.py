from common import D, VTT

DOCS = []
A = DOCS.append

# 71
A(D("vtt", "专访马斯克：上海、小米与星舰", "",
    ["我们会在上海增加一条新的生产线。",
     "上海工厂是我们效率最高的工厂，没有之一。",
     "小米做得很好。他们的手机生态是一个很大的优势。"],
    "WebVTT interview; Shanghai plant and Xiaomi remarks gold; Starship answer not gold",
    kind="vtt",
    vtt=VTT([
        ("主持人", "埃隆，感谢你接受我们的采访。"),
        ("埃隆·马斯克", "很高兴来这里。"),
        ("主持人", "特斯拉上海工厂明年有什么新计划？"),
        ("埃隆·马斯克", "我们会在上海增加一条新的生产线。"),
        ("埃隆·马斯克", "上海工厂是我们效率最高的工厂，没有之一。"),
        ("主持人", "你怎么看小米这样的新对手？"),
        ("埃隆·马斯克", "小米做得很好。他们的手机生态是一个很大的优势。"),
        ("主持人", "最后，你下周会去现场看星舰发射吗？"),
        ("埃隆·马斯克", "当然，我每次都会去。"),
    ])))

# 72
A(D("vtt", "", "",
    [],
    "WebVTT: host mentions a Chinese rocket company; all his cues are about Starship",
    kind="vtt",
    vtt=VTT([
        ("主持人", "今天我们来到了位于博卡奇卡的星舰基地。"),
        ("主持人", "就在昨天，中国一家民营火箭公司完成了入轨级火箭的回收试验。"),
        ("主持人", "埃隆，我们先聊星舰。下一次试飞的主要目标是什么？"),
        ("马斯克", "主要目标是在轨道上进行推进剂转移演示。"),
        ("马斯克", "如果成功，这将是登月和登火星的关键一步。"),
        ("主持人", "你们的发射频率还会提高吗？"),
        ("马斯克", "会的。明年我们希望做到每天一次发射。"),
    ])))

# 73
A(D("vtt", "圆桌｜中国车企出海与特斯拉", "",
    ["我不同意。特斯拉在中国的份额明年会回升。",
     "中国车企确实很强，但他们大多数还在亏钱。"],
    "WebVTT panel with several speakers; analyst's China claims not his; his Europe remark (他们 = Europe) not gold",
    kind="vtt",
    vtt=VTT([
        ("主持人", "欢迎回到我们的圆桌讨论。"),
        ("李晓明（乘联会分析师）", "中国车企今年的出口量预计将超过六百万辆。"),
        ("李晓明（乘联会分析师）", "我认为特斯拉在中国的份额还会继续下降。"),
        ("主持人", "马斯克先生，你同意吗？"),
        ("埃隆·马斯克", "我不同意。特斯拉在中国的份额明年会回升。"),
        ("埃隆·马斯克", "中国车企确实很强，但他们大多数还在亏钱。"),
        ("主持人", "那欧洲市场呢？"),
        ("埃隆·马斯克", "欧洲的问题是监管太多，他们需要简化规则。"),
    ])))

# 74
A(D("qa_interview",
    "CNBC专访马斯克实录：特斯拉在中国输了吗？",
    "以下为美国CNBC主播周二对特斯拉CEO埃隆·马斯克专访的部分内容，经翻译整理。\n\n"
    "问：有人说特斯拉在中国已经输给了比亚迪，是这样吗？\n"
    "答（马斯克）：当然不是。我们在中国高端电动车市场的份额依然是第一。\n\n"
    "问：你最近有没有和中国官员见面？\n"
    "答（马斯克）：我不会评论具体的会面。\n\n"
    "问：你对特斯拉股价怎么看？\n"
    "答（马斯克）：我从来不看短期股价。十年后再来问我。",
    ["当然不是。",
     "我们在中国高端电动车市场的份额依然是第一。"],
    "TV interview Q&A; short denial '当然不是。' to a question carrying a China claim labelled gold; refusal to comment on meetings not a claim; questions not gold"))

# 75
A(D("qa_interview",
    "马斯克柏林记者会问答实录",
    "特斯拉CEO马斯克周四在柏林超级工厂举行记者会。以下为问答部分实录。\n\n"
    "问：中国车企正在欧洲大举建厂，特斯拉柏林工厂会受到冲击吗？\n"
    "马斯克：下一个问题。\n\n"
    "问：柏林工厂明年的产量目标是多少？\n"
    "马斯克：我们希望达到每周七千辆。\n\n"
    "问：您对德国的能源政策有什么看法？\n"
    "马斯克：德国关闭核电站是一个错误，我一直这么说。",
    [],
    "question carrying a China claim answered with a non-answer ('下一个问题。' - not gold); other answers about Berlin and German energy"))

# 76
A(D("qa_interview",
    "圆桌实录｜全球电池产业论坛：中国电池企业出海之路",
    "在周三举行的全球电池产业论坛上，一场关于中国电池企业出海的圆桌讨论吸引了大量听众。特斯拉CEO马斯克通过视频连线参与。以下为部分实录。\n\n"
    "主持人：陈总，中国电池企业在欧洲建厂遇到的最大困难是什么？\n"
    "陈静（某动力电池企业副总裁）：最大的困难是人才和审批。欧洲的审批周期是国内的三到四倍。\n"
    "主持人：马斯克先生，您觉得中国电池企业在欧洲会成功吗？\n"
    "马斯克（视频连线）：我认为会，他们的成本优势太大了。欧洲车企如果不和他们合作，很难生存。\n"
    "凯勒（欧盟委员会官员）：我们欢迎投资，但必须确保公平竞争和供应链安全。\n"
    "马斯克（视频连线）：另外我想说，固态电池离量产还很远，至少还要五年。",
    ["我认为会，他们的成本优势太大了。",
     "欧洲车企如果不和他们合作，很难生存。"],
    "panel with several speakers quoted in turn; 他们 refers to Chinese battery makers; solid-state battery remark not gold; EU official and battery exec not his"))

# 77
A(D("qa_interview",
    "对话梅耶·马斯克：“中国观众给了我第二次事业”",
    "76岁的梅耶·马斯克近年在中国社交媒体上人气颇高。日前，她在上海接受了本台《名人面对面》栏目的专访。\n\n"
    "记者：您为什么这么喜欢来中国？\n"
    "梅耶：中国观众给了我第二次事业。这里的人对年长女性非常尊重，这在西方并不常见。\n\n"
    "记者：您的儿子埃隆对中国怎么看？\n"
    "梅耶：埃隆曾经告诉我，上海是他最喜欢的城市之一。不过具体的你们还是问他吧。\n\n"
    "记者：您会在中国长住吗？\n"
    "梅耶：也许吧，我已经在学中文了。",
    [],
    "other Musk (Maye) interviewed; her report of what Elon told her is her words, not his statement"))

# 78
A(D("qa_interview",
    "独家专访｜马斯克：中国道路是训练AI的最好环境",
    "记者：特斯拉的Robotaxi什么时候能来中国？\n"
    "马斯克：如果中国的监管机构批准，我们明年就可以在中国推出Robotaxi。技术上已经没有障碍了。\n\n"
    "记者：很多人觉得中国的路况太复杂，FSD能应付吗？\n"
    "马斯克：中国的道路情况确实非常复杂，但这恰恰是训练AI的最好环境。\n\n"
    "记者：在美国，Robotaxi的进展怎么样？\n"
    "马斯克：我们在奥斯汀已经运营了半年，下个月会扩展到旧金山湾区。\n\n"
    "（本文根据采访录音翻译整理，有删节）",
    ["中国道路是训练AI的最好环境",
     "如果中国的监管机构批准，我们明年就可以在中国推出Robotaxi。",
     "技术上已经没有障碍了。",
     "中国的道路情况确实非常复杂，但这恰恰是训练AI的最好环境。"],
    "TV interview; conditional/hedged claim about China gold; '技术上已经没有障碍了' continues the China answer; US robotaxi answer not gold"))

# 79
A(D("other",
    "晚点早报｜马斯克：特斯拉将在上海建第二座储能工厂；小米YU7交付破十万；理想裁员传闻",
    "早上好，这里是今天的晚点早报。\n\n"
    "【马斯克：特斯拉将在上海建第二座储能工厂】马斯克周一在X上表示，特斯拉将在上海建设第二座储能超级工厂，“规模将是第一座的两倍”。特斯拉上海储能工厂于今年2月投产，主要生产Megapack。\n\n"
    "【小米YU7交付破十万】小米汽车宣布，YU7上市五个月累计交付突破十万辆。小米集团合伙人在发布会上称，“我们的目标是进入全球前五”。\n\n"
    "【理想裁员传闻】有媒体报道称理想汽车将优化部分研发岗位，理想方面回应称属于“正常人员调整”。\n\n"
    "以上就是今天的早报，我们明天见。",
    ["特斯拉将在上海建第二座储能工厂",
     "特斯拉将在上海建设第二座储能超级工厂",
     "规模将是第一座的两倍"],
    "newsletter with several items; item headline carries his claim; other companies' quotes not his"))

# 80
A(D("other",
    "财新早间简报：马斯克访京；国产大模型价格战升级；星链获准在越南运营",
    "【马斯克抵京】特斯拉CEO埃隆·马斯克周日晚间乘私人飞机抵达北京，这是他今年第二次访华。行程安排尚未公布。\n\n"
    "【大模型价格战】多家国产大模型厂商宣布降价。一家头部互联网公司的高管在朋友圈写道：“马斯克说AI的成本会下降一千倍，我看中国公司会比他预测的更快做到。”\n\n"
    "【星链入越】越南政府批准SpaceX旗下星链在该国提供卫星互联网服务，为期五年的试点。\n\n"
    "【数据】国家统计局将于今日上午10时发布10月份国民经济数据。",
    [],
    "newsletter: his arrival in Beijing is an action; a Chinese exec paraphrasing him (about AI cost, not China) inside the exec's own China claim - not gold"))

# 81
A(D("other",
    "36氪出海周报｜国产车企欧洲建厂潮；马斯克：欧洲监管太慢",
    "本周出海要闻：\n\n"
    "1. 一家国产新能源车企宣布将在西班牙建设年产20万辆的整车工厂。该公司海外业务负责人表示：“马斯克多年前就说过，汽车工业的未来在于本地化生产，我们现在做的正是这件事。”\n\n"
    "2. 马斯克本周在X上批评欧盟对FSD的审批“慢得离谱”，称欧洲“正在错过自动驾驶革命”。\n\n"
    "3. 东南亚市场：国产品牌在泰国的电动车份额首次超过70%。\n\n"
    "下周我们将重点关注中东市场。",
    [],
    "newsletter: a Chinese exec recalling a Musk remark (exec's words); his own remarks are about EU regulation"))

# 82
A(D("other",
    "辟谣｜马斯克说“中国车不安全”？原话是这样的",
    "近日，一段配有中文字幕的视频在多个短视频平台流传，字幕显示马斯克称“中国车都不安全，千万别买”。\n\n"
    "经核查，该视频原声来自马斯克在今年特斯拉股东大会上的发言，字幕系恶意篡改。在原视频中，马斯克的原话是：“中国的汽车公司非常有竞争力，他们的车在安全测试中的表现也很好。”\n\n"
    "此外，网传视频的结尾被剪辑拼接了一段与上下文无关的画面。\n\n"
    "核查结论：网传“马斯克称中国车不安全”的说法不实，系篡改字幕。",
    ["中国的汽车公司非常有竞争力，他们的车在安全测试中的表现也很好。"],
    "fact-check: fabricated subtitle quote not gold; the real quote the fact-check reproduces is gold"))

# 83
A(D("other",
    "网传马斯克将入籍中国？假的",
    "【辟谣】近日，网上流传“马斯克宣布将申请中国国籍”的消息，并附有所谓的“发布会截图”。\n\n"
    "记者查询发现，该截图源自一个专门模仿马斯克的短视频账号，账号简介中已注明“娱乐模仿，非本人”。特斯拉中国相关负责人也向记者确认，该消息纯属虚构。\n\n"
    "专家提醒，网民应通过正规渠道获取信息，不信谣、不传谣。",
    [],
    "fact-check of a fabricated claim from an impersonator account; Tesla China's confirmation is not his"))

# 84
A(D("other",
    "查证｜“中国AI落后美国十年”是马斯克说的吗？",
    "一张被广泛转发的图片将“中国AI至少落后美国十年”这句话配上马斯克的照片。\n\n"
    "经查证，这句话出自一位美国风险投资人2019年在一档播客中的发言，与马斯克无关。马斯克本人近期在公开场合谈论的主要是xAI的算力建设和Grok新模型的发布时间。\n\n"
    "结论：张冠李戴。",
    [],
    "fact-check of a misattributed China quote; his actual recent topics are not China"))

# 85
A(D("wire",
    "马斯克现身上海工厂员工大会，称中国团队“效率全球第一”",
    "界面新闻记者 | 李然\n\n"
    "特斯拉上海超级工厂周五举行年度员工大会。特斯拉CEO马斯克本人通过视频向数千名员工致辞。\n\n"
    "“你们是特斯拉全球效率最高的团队，”马斯克在视频中说，“上海工厂每30秒就能下线一辆车，这是很多人认为不可能的事。”他还感谢了中国供应商的支持，称特斯拉的成功“离不开中国的合作伙伴”。\n\n"
    "马斯克随后谈到了特斯拉的长期愿景，表示公司正在从一家汽车公司转变为“一家AI和机器人公司”。\n\n"
    "据悉，上海工厂今年累计交付量有望超过95万辆。",
    ["中国团队“效率全球第一”",
     "你们是特斯拉全球效率最高的团队，",
     "上海工厂每30秒就能下线一辆车，这是很多人认为不可能的事。",
     "特斯拉的成功“离不开中国的合作伙伴”"],
    "headline with two verbs (现身 + 称): gold is the claim; 你们 = Shanghai staff; AI/robotics vision not gold"))

# 86
A(D("wire",
    "托斯卡·马斯克：中国短剧的节奏值得好莱坞学习",
    "美国流媒体平台Passionflix创始人、电影制片人托斯卡·马斯克日前在洛杉矶一场行业论坛上表示，中国短剧的叙事节奏“非常值得好莱坞学习”。\n\n"
    "托斯卡·马斯克是特斯拉CEO埃隆·马斯克的妹妹。她说：“中国的短剧平台在一年内做出的内容，比很多美国公司十年做的还多。”她还透露，公司正在与一家中国短剧平台洽谈合作。\n\n"
    "据了解，中国微短剧市场规模去年已超过500亿元。",
    [],
    "other Musk (Tosca Musk) making China claims; Elon only named as her brother"))

# 87
A(D("wire",
    "马斯克：若中美关系恶化，特斯拉或调整在华电池采购",
    "据彭博社报道，特斯拉CEO马斯克周二在出席一场由美国投资银行举办的闭门科技会议时表示，如果中美关系继续恶化，特斯拉可能不得不考虑将部分电池采购转移出中国。“但我真心希望这种情况不会发生。”\n\n"
    "马斯克说，特斯拉目前约有四成电池来自中国供应商，短期内很难找到同等性价比的替代来源。他还称，北京方面“一直以来对特斯拉都很支持”。\n\n"
    "对于特斯拉的人形机器人计划，马斯克表示明年将生产至少五千台Optimus。\n\n"
    "宁德时代方面对此未予置评。",
    ["若中美关系恶化，特斯拉或调整在华电池采购",
     "如果中美关系继续恶化，特斯拉可能不得不考虑将部分电池采购转移出中国",
     "但我真心希望这种情况不会发生。",
     "特斯拉目前约有四成电池来自中国供应商，短期内很难找到同等性价比的替代来源",
     "北京方面“一直以来对特斯拉都很支持”"],
    "conditional/hedged claim about China; '这种情况' refers back to deteriorating China-US ties; Optimus number not gold"))

# 88
A(D("aggregator_headline",
    "小米汽车高管：马斯克说得对，国产车企必须出海 - 腾讯新闻",
    "",
    [],
    "aggregator title with another person's words about Musk"))

# 89
A(D("aggregator_headline",
    "马斯克：不会在中国建第二座超级工厂 - 财新网",
    "",
    ["不会在中国建第二座超级工厂"],
    "aggregator title carrying a negative claim of his"))

# 90
A(D("aggregator_headline",
    "特斯拉CEO马斯克频繁发帖谈中国机器人 - 华尔街见闻",
    "",
    [],
    "aggregator headline fragment describing that he posts about the topic"))

# 91
A(D("short_summary",
    "马斯克：华为是“非常强大的科技公司”",
    "特斯拉CEO马斯克周三在接受一档美国电视节目采访时称，华为是“非常强大的科技公司”，其在智能驾驶领域的进展“不容低估”。",
    ["华为是“非常强大的科技公司”",
     "其在智能驾驶领域的进展“不容低估”"],
    "RSS summary; named Chinese company; 其 refers to Huawei"))

# 92
A(D("short_summary",
    "马斯克会出席进博会吗？特斯拉中国回应",
    "特斯拉中国周一回应称，马斯克本人不会出席本届进博会，特斯拉展台将由中国区高管负责。",
    [],
    "RSS summary: Tesla China's statement about his attendance, not his words"))

# 93
A(D("short_summary",
    "马斯克：中国经济规模终将是美国两倍",
    "这位亿万富翁在一次播客访谈中谈到中国时预测，世界第二大经济体的规模最终将达到美国的两倍，“这只是人口数学”。",
    ["中国经济规模终将是美国两倍",
     "世界第二大经济体的规模最终将达到美国的两倍",
     "这只是人口数学"],
    "one-sentence summary; China referred to as 世界第二大经济体 and named only as 这位亿万富翁 (him introduced in headline); '这只是人口数学' refers back to the China claim"))

# 94
A(D("short_summary",
    "星链在台落地谈判陷僵局",
    "据报道，SpaceX旗下星链在台湾的落地谈判陷入僵局，台湾当局坚持合资公司须由本地资本控股。马斯克尚未就此公开表态。",
    [],
    "RSS summary mentioning him and Taiwan with no statement of his"))

# 95
A(D("traditional_chinese",
    "馬斯克：中國AI晶片「三年內追上」",
    "【香港01】特斯拉及xAI創辦人馬斯克（Elon Musk）周日在X平台回應一則有關華為昇騰晶片的帖文時表示，中國的AI晶片「大概三年內就會追上」，「出口管制只會讓他們更有動力」。\n\n"
    "他在另一則帖文中則稱，xAI正在興建的新數據中心將使用超過100萬顆GPU。\n\n"
    "美國商務部上月進一步收緊了對華先進晶片的出口限制。",
    ["中國AI晶片「三年內追上」",
     "中國的AI晶片「大概三年內就會追上」",
     "出口管制只會讓他們更有動力"],
    "HK outlet in traditional characters; export controls with 他們 = China; xAI data centre not gold"))

# 96
A(D("traditional_chinese",
    "陸車新勢力創辦人：馬斯克曾說我們「活不過三年」",
    "〔聯合新聞網／綜合報導〕大陸一家電動車新勢力品牌的創辦人張維日前在一場直播中回憶創業初期的經歷。他說，當年有人轉告他，特斯拉執行長馬斯克認為他們「活不過三年」。\n\n"
    "「我們不但活下來了，而且活得越來越好，」張維說。該品牌今年前十月累計交付量年增逾四成。\n\n"
    "特斯拉方面並未回應相關說法，也無法證實馬斯克是否說過此話。",
    [],
    "rival recalling a second-hand, unverified remark attributed to Musk - rival's words, not gold"))

# 97
A(D("traditional_chinese",
    "特斯拉上海廠擴產 馬斯克：大陸市場「仍是重中之重」",
    "〔經濟日報／編譯簡國帆／綜合外電〕特斯拉執行長馬斯克上周在德州奧斯汀的超級工廠接受彭博電視專訪時表示，大陸市場對特斯拉來說「仍是重中之重」。\n\n"
    "馬斯克說，上海超級工廠明年將新增一條Model Y L產線，年產能可望提高約10萬輛。他還表示，大陸車企的競爭「逼著我們變得更好」。\n\n"
    "他進一步指出，特斯拉在大陸的零件在地化比例已超過95%，「這是我們能保持價格競爭力的原因」。\n\n"
    "馬斯克補充說，特斯拉今年也將在德州量產Cybercab，並計劃於2026年底前推出新款Roadster。\n\n"
    "台灣供應鏈方面，法人指出，和大、貿聯-KY等台廠可望受惠特斯拉擴產。",
    ["大陸市場「仍是重中之重」",
     "大陸市場對特斯拉來說「仍是重中之重」",
     "上海超級工廠明年將新增一條Model Y L產線，年產能可望提高約10萬輛",
     "大陸車企的競爭「逼著我們變得更好」",
     "特斯拉在大陸的零件在地化比例已超過95%",
     "這是我們能保持價格競爭力的原因"],
    "traditional Taiwan wire with long locative phrase and continuations (他還表示/他進一步指出/補充說); Cybercab and Roadster remarks not gold"))

# 98
A(D("traditional_chinese",
    "特斯拉上海廠第300萬輛車下線 馬斯克談育兒經",
    "【明報專訊】特斯拉上海超級工廠昨日迎來第300萬輛整車下線。特斯拉大中華區負責人在儀式上表示，上海工廠「已成為特斯拉全球最重要的出口樞紐」。\n\n"
    "同日，馬斯克在美國一檔播客節目中大談育兒經。他說自己每天會抽時間陪孩子吃早餐，「他們是我最好的減壓方式」。他又稱，自己每周工作超過80小時，「睡眠是最大的奢侈品」。\n\n"
    "特斯拉股價昨日收升2.1%。",
    [],
    "neighbourhood trap: Shanghai plant milestone story; his quotes are about his children and sleep (他們 = his children); local manager's words not his"))

# 99
A(D("traditional_chinese",
    "前特斯拉中國高管憶馬斯克：他最常問「為甚麼不能更快」",
    "（公視新聞）曾任特斯拉中國區高管的陳先生近日接受本台專訪。他回憶，在上海超級工廠建設期間，馬斯克幾乎每周都會打視訊電話詢問進度。\n\n"
    "「他最常問的就是『為甚麼不能更快』，」陳先生說，「他曾對我說，中國的建設速度是他見過最快的，但他還想更快。」\n\n"
    "陳先生目前在一家台灣電池材料公司擔任顧問。",
    [],
    "former exec recounting what Musk told him (nested 『』 and reported speech inside the exec's quote) - the exec's words, not gold"))

# 100
A(D("other",
    "论坛实录｜中美企业家对话：新能源的下一个十年",
    "在周四举行的一场中美企业家线上对话中，特斯拉CEO马斯克与国内多位新能源企业负责人同台交流。以下为部分发言摘录。\n\n"
    "一家光伏企业董事长：中国光伏组件的成本在过去十年下降了九成，未来还有空间。\n\n"
    "马斯克：太阳能是地球上最丰富的能源。我认为到2040年，全世界大部分电力都将来自太阳能和电池。\n\n"
    "一家储能企业总裁：我们和特斯拉既是竞争对手，也是合作伙伴。马斯克先生刚才说的，我完全同意。\n\n"
    "主持人：马斯克先生，最后请您用一句话评价中国的新能源产业。\n\n"
    "马斯克：不可思议。",
    ["不可思议。"],
    "panel write-up: his solar remark is global (not gold); one-word answer '不可思议。' to a prompt about China's new-energy industry labelled gold (short-answer rule); Chinese executives' words not gold"))
