from common import D, L

D(23, "aggregator_headline", "马斯克：中国电动车将称霸全球 - 新浪财经", "",
  ["中国电动车将称霸全球"], "aggregator headline carrying claim; strip publisher suffix")
D(24, "aggregator_headline", "马斯克再谈中国 - 凤凰网科技", "",
  [], "headline only says he talked about China")
D(25, "aggregator_headline", "马斯克称中国拥有电力优势 - 路透中文网",
  "特斯拉首席执行官马斯克周二表示，中国在发电能力上的优势将帮助其在人工智能竞赛中占据有利位置……",
  ["中国拥有电力优势", "中国在发电能力上的优势将帮助其在人工智能竞赛中占据有利位置"],
  "aggregator title + snippet both carry claim")
D(26, "aggregator_headline", "马斯克深夜在X上发帖谈中国电池价格 - 36氪",
  "特斯拉CEO马斯克周二深夜连发数条帖子，话题涉及电池原材料、储能和供应链……",
  [], "headline fragment: posts about Chinese battery prices, no claim")
D(27, "aggregator_headline", "特斯拉CEO盛赞中国工程师，称他们是世界上最优秀的 - 澎湃新闻", "",
  ["他们是世界上最优秀的"], "two-verb headline; 他们 refers to 中国工程师 in the headline")
D(28, "aggregator_headline", "馬斯克：大陸車企是特斯拉最強對手 - 自由時報", "",
  ["大陸車企是特斯拉最強對手"], "traditional aggregator headline with claim; 大陸 for China")
D(29, "aggregator_headline", "馬斯克會晤中共高層 未對外發表談話 - 明報", "",
  [], "traditional; action only, explicitly no statement")
D(30, "aggregator_headline", "马斯克：特斯拉明年上半年推出廉价车型 - 第一财经",
  "马斯克周三表示，特斯拉将于明年上半年推出售价更低的新车型，但未透露是否会在上海超级工厂生产。",
  [], "claim is a product date, not China; Shanghai mention is the reporter's")
D(31, "aggregator_headline", "分析師：馬斯克低估了中國車企的出海速度 - 經濟日報", "",
  [], "analyst's claim about Musk (traditional)")
D(32, "aggregator_headline", "马斯克称宁德时代电池“物美价廉” - 界面新闻", "",
  ["宁德时代电池“物美价廉”"], "named Chinese company; partial quote in headline")
D(33, "aggregator_headline", "马斯克：上海超级工厂产能已接近满负荷 - 证券时报",
  "特斯拉CEO马斯克周五在接受CNBC采访时表示，上海超级工厂产能已接近满负荷，公司正考虑在当地进一步扩建。",
  ["上海超级工厂产能已接近满负荷", "公司正考虑在当地进一步扩建"],
  "Shanghai plant; 当地 refers back to Shanghai")
D(34, "aggregator_headline", "梅耶·马斯克：中国是我最喜欢的国家之一 - 环球网", "",
  [], "namesake: Maye Musk")

D(35, "short_summary", "马斯克：DeepSeek令人印象深刻",
  "特斯拉CEO马斯克周一表示，中国初创公司DeepSeek的最新模型令人印象深刻，但他认为其实际训练成本被严重低估。",
  ["DeepSeek令人印象深刻", "中国初创公司DeepSeek的最新模型令人印象深刻", "其实际训练成本被严重低估"],
  "one-sentence summary; 他认为 clause with 其 referring to DeepSeek")
D(36, "short_summary", "马斯克将出席进博会？特斯拉回应",
  "针对网传马斯克将出席今年进博会的消息，特斯拉中国相关负责人表示“以官方信息为准”。",
  [], "question headline; Tesla China spokesperson speaks")
D(37, "short_summary", "馬斯克：中國的人才非常聰明而且勤奮",
  "特斯拉執行長馬斯克表示，中國有大量非常聰明而且勤奮的人才，「這是中國製造業最大的優勢」。",
  ["中國的人才非常聰明而且勤奮", "中國有大量非常聰明而且勤奮的人才", "這是中國製造業最大的優勢"],
  "traditional short summary")
D(38, "short_summary", "特斯拉Optimus机器人亮相世界人工智能大会",
  "特斯拉人形机器人Optimus在上海世博中心展出，吸引大量观众驻足。马斯克此前表示，Optimus将在2026年开始对外销售。",
  [], "product date remark in a China-located item")
D(39, "short_summary", "马斯克：中国汽车出口量将超过日本",
  "马斯克在X平台上回复一张图表时写道，中国今年的汽车出口量将轻松超过日本。",
  ["中国汽车出口量将超过日本", "中国今年的汽车出口量将轻松超过日本"], "plain positive, X post described")
D(40, "short_summary", "马斯克发文谈华为",
  "马斯克周末在X上连发两条帖子，其中一条提及华为，引发网友热议。",
  [], "headline fragment: talked about Huawei, no claim")
D(41, "short_summary", "馬斯克旗下xAI在港招聘",
  "據報道，馬斯克旗下人工智能公司xAI近期在香港發布多個職位招聘廣告，公司未作回應。",
  [], "traditional; action/report, no statement")
D(42, "short_summary", "马斯克：Model Y今年仍将是全球最畅销车型",
  "马斯克周四表示，尽管面临激烈竞争，Model Y今年仍将是全球最畅销的车型。",
  [], "claim not about China")
D(43, "short_summary", "马斯克：中国的基础设施建设速度无人能及",
  "马斯克在接受采访时称，中国修建高铁和电网的速度无人能及，美国应该从中学习。",
  ["中国的基础设施建设速度无人能及", "中国修建高铁和电网的速度无人能及", "美国应该从中学习"],
  "从中 points back to China")
D(44, "short_summary", "特斯拉股价周一大涨",
  "特斯拉股价周一上涨6%，此前马斯克透露公司将在本季度开始测试无人驾驶出租车服务。",
  [], "non-China claim")

D(45, "liveblog", "图文直播：特斯拉2024年度股东大会", L(
  "【图文直播】",
  "08:02 股东大会正式开始，马斯克在欢呼声中登台。",
  "08:05 马斯克：“今年对特斯拉来说是艰难的一年，但我们的未来从未如此光明。”",
  "08:12 马斯克谈到Optimus：“我认为Optimus最终会成为特斯拉最有价值的产品。”",
  "08:20 一位股东提问：中国竞争对手越来越多，特斯拉怎么应对？马斯克回答：“中国车企非常强，非常努力，他们是全世界最有竞争力的。我们在那里必须更加努力。”",
  "08:26 马斯克补充说，上海工厂今年交付了超过90万辆车，“那是一支了不起的团队”。",
  "08:31 话题转向美国能源。马斯克表示，美国需要大幅增加电网投资。",
  "08:40 股东投票环节开始。"),
  ["中国车企非常强，非常努力，他们是全世界最有竞争力的", "我们在那里必须更加努力", "上海工厂今年交付了超过90万辆车", "那是一支了不起的团队"],
  "timestamped live blog; 那里/那 refer back to China/Shanghai; Optimus and US grid not China; shareholder question not gold")
D(46, "liveblog", "直播｜2025北京车展开幕", L(
  "09:30 北京车展正式开幕。",
  "09:45 比亚迪董事长王传福：“中国汽车工业正处在最好的时代。”",
  "10:10 特斯拉展台人气旺盛，但特斯拉今年没有发布新车。",
  "10:30 有记者问理想汽车CEO李想如何看待马斯克此前有关中国车企的评价，李想说：“他说的对，但我们还要做得更好。”",
  "11:00 小米展台前排起长队。雷军：“我们从特斯拉身上学到了很多。”"),
  [], "live blog of Chinese executives; Musk only mentioned as object")
D(47, "liveblog", "文字直播：馬斯克視訊出席卡達經濟論壇", L(
  "【文字直播】",
  "21:03 馬斯克以視訊方式連線出席。",
  "21:08 主持人問及電動車關稅。馬斯克說：「我一向反對關稅，包括對中國電動車的關稅。」",
  "21:15 馬斯克談星艦：「我們預計明年實現軌道加油。」",
  "21:22 被問到中國的競爭，馬斯克說：「他們的工程師非常優秀，工作也非常努力。」",
  "21:30 馬斯克說，他在政府效率部的工作「基本上已經結束」。"),
  ["我一向反對關稅，包括對中國電動車的關稅", "他們的工程師非常優秀，工作也非常努力"],
  "traditional live blog; 他們 after question about China; Starship and DOGE not China")
D(48, "liveblog", "图文直播｜特斯拉第三季度财报电话会", L(
  "05:30 电话会开始。",
  "05:34 马斯克：“我们第三季度的交付量创下了纪录。”",
  "05:41 马斯克谈到Robotaxi：“我们计划明年在美国多个城市推出。”",
  "05:50 分析师提问：中国的价格战是否会影响利润？马斯克：“中国市场竞争非常激烈，价格战确实在压低利润率，但我们在那里的销量依然健康。”",
  "05:58 首席财务官瓦伊巴夫·塔内贾补充说，上海工厂的单车成本进一步下降。",
  "06:05 马斯克：“我们希望今年年底前在中国推出FSD，但这取决于当地的监管审批。”"),
  ["中国市场竞争非常激烈，价格战确实在压低利润率", "但我们在那里的销量依然健康", "我们希望今年年底前在中国推出FSD，但这取决于当地的监管审批"],
  "live blog mix; CFO on Shanghai not gold; Robotaxi US not China")
D(49, "liveblog", "实时更新｜马斯克闪电访华", L(
  "14:20 马斯克乘坐的私人飞机降落在北京首都国际机场。",
  "15:05 据知情人士透露，马斯克将与百度CEO李彦宏会面。",
  "16:30 中国贸促会发布消息称，贸促会会长会见了马斯克，并表示欢迎特斯拉扩大在华投资。",
  "18:10 马斯克在X上发布了一张与中方人员握手的照片，未配文字。",
  "20:00 马斯克离开北京，此次访问不到24小时。"),
  [], "actions only; official's words")
D(50, "liveblog", "图文直播：特斯拉上海储能超级工厂投产", L(
  "10:00 仪式开始，上海市领导出席并致辞。",
  "10:12 特斯拉副总裁陶琳：“从签约到投产只用了不到十个月。”",
  "10:20 马斯克通过视频致辞：“感谢上海市政府，没有他们的支持，这座工厂不可能这么快建成。中国速度再一次让世界惊叹。”",
  "10:24 马斯克接着说：“这里的团队是全世界最好的团队之一，没有他们就没有今天。”",
  "10:35 马斯克还提到，Megapack储能系统在全球的需求远超供给。"),
  ["感谢上海市政府，没有他们的支持，这座工厂不可能这么快建成", "中国速度再一次让世界惊叹", "这里的团队是全世界最好的团队之一，没有他们就没有今天"],
  "这里 = Shanghai plant; Tesla VP quote not gold; global Megapack demand not China")
