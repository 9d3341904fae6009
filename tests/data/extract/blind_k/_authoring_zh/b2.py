from common import D

D(16, "vtt", "vtt", "", "",
  ["中国的新能源产业链是全世界最完整的，从锂矿到电池再到整车，他们全都能自己做。"],
  "WebVTT transcript; host question cue not gold; robotaxi cue not gold",
  vtt="WEBVTT\n\n"
  "00:00:01.000 --> 00:00:06.000\n<v 主持人>埃隆，你多次提到中国的供应链，能具体说说吗？\n\n"
  "00:00:06.500 --> 00:00:14.000\n<v 埃隆·马斯克>中国的新能源产业链是全世界最完整的，从锂矿到电池再到整车，他们全都能自己做。\n\n"
  "00:00:14.500 --> 00:00:20.000\n<v 主持人>那Robotaxi什么时候能在奥斯汀以外的城市运营？\n\n"
  "00:00:20.500 --> 00:00:26.000\n<v 埃隆·马斯克>我们希望明年在加州和亚利桑那扩大运营。\n\n")

D(17, "machine_translated", "article",
  "埃隆·马斯克说中国将是人工智能的最大的竞争者",
  "根据一份由彭博社发布的报告，特斯拉的首席执行官埃隆·马斯克在周四的一个活动上说，中国将会是在人工智能领域中美国的最大的竞争者。"
  "“他们拥有大量的电力，并且他们拥有非常有才华的工程师，”马斯克说。"
  "马斯克也说到，他的公司xAI将会在今年晚些时候发布它的新的模型。"
  "这位亿万富翁没有给出更多的细节。",
  ["中国将是人工智能的最大的竞争者", "中国将会是在人工智能领域中美国的最大的竞争者", "他们拥有大量的电力，并且他们拥有非常有才华的工程师，"],
  "machine-translated Chinese from English (stiff syntax); headline claim; quote attributed after it; pronoun 他们 refers to China; xAI product remark not gold")

D(18, "wire", "article",
  "特斯拉中国否认将削减上海工厂产能",
  "财新网讯 针对近日有关特斯拉将大幅削减上海超级工厂产能的传闻，特斯拉中国相关负责人周一回应称，上述消息“不属实”，上海工厂目前生产一切正常。"
  "多名供应链人士对财新表示，近期部分零部件订单确有调整，但属于正常的季度排产波动。"
  "乘联会数据显示，特斯拉中国4月批发销量为5.8万辆，同比下降6%。"
  "马斯克此前多次到访上海工厂。",
  [],
  "denial by Tesla China spokesperson, not Musk; Musk only mentioned as having visited (action)")

D(19, "wire", "article",
  "马斯克否认与北京达成数据协议：“我们从未向任何政府交出用户数据”",
  "据彭博社报道，特斯拉CEO埃隆·马斯克周三否认了有关特斯拉与北京方面达成秘密数据共享协议的报道。"
  "马斯克在X上写道：“我们从未向任何政府交出用户数据，无论是中国还是美国。”"
  "他表示，特斯拉在中国收集的数据全部存储在中国境内的数据中心，这是当地法规的要求。"
  "此前，一家美国智库发布报告，质疑特斯拉在华数据处理方式。",
  ["我们从未向任何政府交出用户数据，无论是中国还是美国。", "特斯拉在中国收集的数据全部存储在中国境内的数据中心，这是当地法规的要求"],
  "denial that states his claim (gold); bare '否认了有关……的报道' sentence is journalist framing; headline quote repeats body quote")

D(20, "aggregator_headline", "article",
  "特斯拉马斯克称赞中国工程师，称他们是世界上最优秀的 - 界面新闻",
  "",
  ["他们是世界上最优秀的"],
  "headline with two verbs (称赞 ... 称 ...); gold is the claim part; pronoun 他们 = 中国工程师; publisher suffix")

D(21, "aggregator_headline", "article",
  "马斯克发帖谈比亚迪销量 网友热议 - 腾讯新闻",
  "",
  [],
  "aggregator headline describing that he posted; no claim")

D(22, "traditional_chinese", "article",
  "馬斯克播客再談兩岸 言論掀爭議",
  "【中央社綜合報導】特斯拉執行長馬斯克日前在一場美國播客節目中談及兩岸關係，再度引發台灣各界批評。"
  "馬斯克在節目中表示，北京方面的政策目標是「讓台灣回歸」，他認為「某種程度上兩岸最終會達成某種安排」。"
  "他並稱，台積電的晶片對全球太重要，「任何衝突對所有人都是災難」。"
  "陸委會對此回應，台灣的前途應由兩千三百萬台灣人民決定。",
  ["北京方面的政策目標是「讓台灣回歸」", "某種程度上兩岸最終會達成某種安排", "任何衝突對所有人都是災難"],
  "traditional (Taiwan); Taiwan-China statements; headline only says he talked (not gold); MAC response not gold")

D(23, "traditional_chinese", "article",
  "梅耶．馬斯克訪港：中國年輕人很有活力",
  "【星島日報訊】伊隆．馬斯克的母親、模特兒梅耶．馬斯克昨日出席香港一個時裝品牌活動。"
  "她在接受訪問時表示，自己多次到訪中國內地，「中國年輕人非常有活力，很有創造力」。"
  "被問及兒子近況時，她笑言：「他總是很忙，我們一個月大概見一次。」"
  "活動吸引大批市民到場。",
  [],
  "traditional (HK); Maye Musk (mother) talking about China, not watched speaker; headline quote is hers")

D(24, "opinion", "article",
  "观点｜马斯克说对了一半：中国车企的成本优势从何而来",
  "埃隆·马斯克上周在社交媒体上说，中国车企的成本优势“主要来自极致的供应链整合和工程师的拼劲”。"
  "笔者认为，他说对了一半。另一半原因，在于地方政府的产业政策和巨大的内需市场。"
  "马斯克还曾在2023年的一次采访中说：“中国的汽车公司是世界上最有竞争力的。”这句话当时引起了不小的争论，如今看来并不夸张。"
  "对于国内车企而言，真正的挑战在于出海。",
  ["主要来自极致的供应链整合和工程师的拼劲", "中国的汽车公司是世界上最有竞争力的。"],
  "opinion piece quoting him (gold) amid author's analysis (not gold); historical quote recalled (gold)")

D(25, "x_roundup", "article",
  "马斯克一夜连发多帖 回应欧洲监管与中国竞争",
  "埃隆·马斯克周日晚间在X上连续发帖。"
  "在回应欧盟委员会对X平台的调查时，他写道：“他们只想审查言论，别的什么都不在乎。”"
  "随后，在一条讨论小米SU7交付量的帖子下，他评论说：“小米的执行力令人印象深刻。他们的进步速度太快了。”"
  "他还转发了一段猎鹰9号着陆的视频。",
  ["小米的执行力令人印象深刻。他们的进步速度太快了。"],
  "pronoun 他们 once refers to EU regulators (not gold) and once to Xiaomi (gold); rocket repost not gold")

D(26, "short_summary", "article",
  "马斯克：中国的充电桩数量远超美国",
  "",
  ["中国的充电桩数量远超美国"],
  "very short: headline only, 'Name：claim' form")

D(27, "short_summary", "article",
  "马斯克出席上海车展 与多家供应商高管会面",
  "特斯拉首席执行官埃隆·马斯克周一现身上海车展，先后与宁德时代、比亚迪等企业高管会面，但未发表公开讲话。",
  [],
  "actions (attended, met) not speech; explicitly no remarks")

D(28, "liveblog", "article",
  "图文直播：特斯拉年度股东大会",
  "【15:30】股东大会开始，董事长罗宾·丹霍姆致辞。\n"
  "【15:42】马斯克登台，首先展示了Optimus人形机器人，并表示今年将生产“几千台”。\n"
  "【15:55】有股东问及特斯拉在华市场份额下滑的问题。马斯克回答说，中国市场的竞争“残酷到难以置信”，但特斯拉的品牌依然强大。\n"
  "【16:03】马斯克：“我最敬重的竞争对手都在中国。说真的，他们工作起来就像不需要睡觉一样。”\n"
  "【16:10】他随后谈到Cybercab，称将于明年开始量产。\n"
  "【16:25】投票结果公布，所有议案均获通过。",
  ["中国市场的竞争“残酷到难以置信”，但特斯拉的品牌依然强大", "我最敬重的竞争对手都在中国。说真的，他们工作起来就像不需要睡觉一样。"],
  "liveblog; Optimus and Cybercab product dates not gold; shareholder question not gold; reported speech containing an embedded quote (gold is whole clause); quote spanning two sentences")

D(29, "qa_interview", "article",
  "对话｜一位电池大佬眼中的马斯克",
  "问：您和马斯克打过几次交道？\n"
  "答：三四次吧。第一次见面我就跟他讲，中国的电池之所以便宜，是因为我们的工程师团队规模和迭代速度。\n"
  "问：他怎么回应？\n"
  "答：他没多说什么，只是点了点头。后来特斯拉确实增加了订单。\n"
  "问：您怎么评价他？\n"
  "答：他是一个非常聪明、也非常急躁的人。",
  [],
  "Q&A with a third party (battery executive) recounting Musk; interviewee told Musk things about China; Musk's own words are never reported")

D(30, "podcast_labelled", "label",
  "",
  "Lex Fridman: 你觉得中美之间最大的风险是什么？\n"
  "Elon Musk: 我认为最大的风险是误判。双方都不想要战争，但误判可能导致灾难。\n"
  "Lex Fridman: 那台湾呢？\n"
  "Elon Musk: 这是一个非常敏感的问题。我的看法是，台湾问题是中美关系中最危险的部分。\n"
  "Lex Fridman: 换个话题，你怎么看火星殖民的时间表？\n"
  "Elon Musk: 我觉得大概在二三十年内能在火星上建立一个自给自足的城市。",
  ["我认为最大的风险是误判。双方都不想要战争，但误判可能导致灾难。", "我的看法是，台湾问题是中美关系中最危险的部分。"],
  "labelled transcript (Chinese translation of English podcast); first answer about US-China only through the question context; '这是一个非常敏感的问题' not separately gold; Mars turn not gold")
