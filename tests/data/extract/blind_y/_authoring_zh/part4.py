"""yzh-061 … yzh-080: aggregator titles, one-sentence summaries, X roundups, a fact-check."""
from common import doc

DOCS = []
A = DOCS.append

A(doc("yzh-061", "aggregator_headline", "article",
"马斯克称⟪中国拥有巨大的电力优势⟫ - 新浪财经", "",
"aggregator title: claim without the publisher suffix"))

A(doc("yzh-062", "aggregator_headline", "article",
"马斯克发文谈中国电池价格 - 网易新闻", "",
"aggregator title only says he posted about Chinese battery prices"))

A(doc("yzh-063", "aggregator_headline", "article",
"马斯克盛赞中国工程师：⟪他们是世界上最好的⟫ - 凤凰网科技", "",
"two-part headline: 盛赞 describes, claim after colon uses 他们 = 中国工程师"))

A(doc("yzh-064", "aggregator_headline", "article",
"马斯克与中国：爱恨交织的十年 - 界面新闻",
"从上海超级工厂落地到FSD入华一波三折，这位特斯拉CEO与中国市场的关系经历了多轮起伏。",
"framing headline and journalist summary, no statement"))

A(doc("yzh-065", "aggregator_headline", "article",
"马斯克：⟪比亚迪已成特斯拉最强劲对手⟫ - 第一财经", "",
"aggregator title carrying a BYD claim"))

A(doc("yzh-066", "aggregator_headline", "article",
"马斯克：星舰将于2026年底飞往火星 - 澎湃新闻", "",
"aggregator title carrying a claim about Mars (not China)"))

A(doc("yzh-067", "aggregator_headline", "article",
"马斯克回应“特斯拉撤出中国”传闻：⟪纯属谣言⟫ - 腾讯新闻", "",
"short claim after colon is about the China-exit rumour (topic from headline context)"))

A(doc("yzh-068", "aggregator_headline", "article",
"国产车企高管：马斯克低估了中国智驾的进步 - 36氪", "",
"Chinese executive's claim about Musk; not his statement"))

A(doc("yzh-069", "aggregator_headline", "article",
"马斯克谈DeepSeek：⟪中国AI进步神速⟫ - 华尔街见闻",
"马斯克周四在X上评论称，⟪这家中国初创公司的新模型“非常令人印象深刻”⟫。",
"aggregator title with 谈X：claim; snippet with nested quote and 这家中国初创公司"))

A(doc("yzh-070", "short_summary", "article",
"马斯克：⟪中国太阳能装机量将超其他国家总和⟫",
"特斯拉CEO马斯克周二表示，⟪中国今年新增的太阳能装机量将超过世界其他国家的总和⟫。",
"one-sentence summary, plain positive"))

A(doc("yzh-071", "short_summary", "article",
"马斯克就中国电动车出口发表评论",
"马斯克周四在X平台上就中国电动车出口问题连发多条帖子，引发中外网友热议。",
"summary only says he commented; no content"))

A(doc("yzh-072", "short_summary", "article",
"马斯克：⟪从未与中国政府讨论星链入华⟫",
"埃隆·马斯克在接受采访时说，⟪他从未与中国政府讨论过星链在中国运营的问题⟫，并称“⟪那里不会批准⟫”。",
"denial phrased as his own claim (说他从未…) is gold; 那里 = China"))

A(doc("yzh-073", "short_summary", "article",
"梅耶·马斯克：儿子每次去中国都吃得很开心",
"马斯克的母亲梅耶·马斯克在接受采访时笑称，儿子埃隆每次去中国都吃得很开心，“他最爱北京烤鸭”。",
"his mother speaks about him in China; not his statement"))

A(doc("yzh-074", "short_summary", "article",
"马斯克称⟪特斯拉将在中国推出更便宜车型⟫",
"马斯克表示，⟪特斯拉将在中国推出一款更便宜的车型⟫，他说，⟪那里的消费者对价格非常敏感⟫。",
"two-sentence summary; second claim uses 那里 = China"))

A(doc("yzh-075", "short_summary", "article",
"特斯拉中国高管：马斯克对中国市场充满信心",
"特斯拉中国一位高管在北京车展期间对媒体表示，马斯克对中国市场“充满信心”，特斯拉将继续加大在华投资。",
"Tesla China executive characterises Musk's attitude; not his words"))

A(doc("yzh-076", "x_roundup", "article",
"马斯克一周推文盘点：Grok、光伏与中国电动车",
"""
【推文盘点】过去一周，马斯克在X上共发布和转发了超过600条帖子。以下是几条值得关注的内容：
·周一，马斯克宣布xAI将开源Grok 2.5的模型权重，并写道：“Grok 3也将在大约六个月后开源。”
·周二，针对一则关于中国光伏产能的帖子，马斯克回复：“⟪中国的太阳能产业规模是惊人的，全世界其他地方加起来都比不上。⟫”
·周三，他在回复特斯拉博主时写道：“@SawyerMerritt ⟪中国今年的电动车出口量可能会翻倍⟫ https://t.co/8kQzL2vXa1”
·周四，马斯克晒出与儿子X Æ A-12在星舰基地的合影，配文“小小工程师”。
·周五，他转发了星舰试飞的高清视频，称“这是迄今为止最完美的一次飞行”。
""",
"X roundup: verbatim post with @handle and URL (gold is the claim); Grok, family and Starship posts not gold"))

A(doc("yzh-077", "x_roundup", "article",
"马斯克推文盘点｜本周他都说了啥",
"""
本周马斯克在X上依旧高产：
1. 他再次炮轰美国联邦政府的支出法案，称其为“令人作呕的怪物”。
2. 他转发了一段上海外滩夜景的延时视频，没有附加任何评论。
3. 他表示，SpaceX的星链用户数已突破800万。
4. 他与网友讨论《银河系漫游指南》，称“这是我读过最好的科幻小说之一”。
5. 他发文庆祝特斯拉Model Y再次成为全球最畅销车型。
""",
"roundup with a China-related repost without comment (action, not statement); all statements non-China"))

A(doc("yzh-078", "x_roundup", "article",
"推文速递：马斯克回应中国车企欧洲销量翻倍",
"""
一位汽车行业博主周三在X上发帖称，今年前十个月，比亚迪、名爵、零跑等中国车企在欧洲的销量同比翻倍。被国内网友称为“马老板”的马斯克在该帖下回复：“⟪他们非常拼，这一点必须承认。⟫”
随后，他又写道：“⟪而且他们的车越来越好了。⟫”
同一天，针对NASA预算可能被削减的消息，马斯克写道：“他们需要更多资金，而不是更少。”
此外，马斯克还转发了一条关于特斯拉Semi电动卡车的帖子，称“明年将全面量产”。
""",
"他们 = 中国车企 (gold) vs 他们 = NASA (not gold) in the same roundup; nickname 马老板 refers to Musk here"))

A(doc("yzh-079", "x_roundup", "article",
"“钢铁侠”又刷屏：马斯克一周推文精选",
"""
有“钢铁侠”之称的马斯克本周在X上又贡献了不少热门话题，国内网友则继续用“马一龙”“马老板”等昵称调侃他。
·他宣布Neuralink已完成第20例人体植入手术。
·他称SpaceX明年的发射次数将超过200次。
·他发帖批评英国政府的网络言论管控法案，称“这是对言论自由的攻击”。
·他与网友讨论AI是否会取代程序员，表示“大部分编程工作将在五年内由AI完成”。
不少中国网友在他的推文下留言，呼吁“钢铁侠”多来中国看看。
""",
"nicknames for Musk (钢铁侠, 马一龙, 马老板); Chinese netizens talk about China; none of his posts is about China"))

A(doc("yzh-080", "other", "article",
"核查｜“马老板称中国AI将超越美国”说的是马斯克吗？",
"""
较真核查
近日，一条“马老板：中国AI三年内将超越美国”的短视频在网上流传，不少网友在评论区@特斯拉官方账号，认为这是马斯克的最新表态。
经核查，视频中的“马老板”实为国内一家互联网公司的创始人马某。该片段剪辑自马某在一场行业会议上的发言，原话是“中国的人工智能应用有望在三年内走在世界前列”。
我们检索了马斯克近期在X上的帖子及公开访谈，未发现他发表过类似言论。
结论：该视频中的言论出自另一位“马老板”，与马斯克无关。
""",
"fact-check: nickname 马老板 refers to a Chinese founder, not Musk; no statement by Musk"))
