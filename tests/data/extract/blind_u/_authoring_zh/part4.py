from common import D

# 76 traditional_chinese, negative: state media criticism
D(76, "traditional_chinese", "article",
"中共官媒批馬斯克星鏈 稱威脅太空安全",
"""
〔聯合新聞網／綜合報導〕中共官媒《環球時報》昨日發表社評，批評SpaceX旗下的星鏈（Starlink）衛星「大量佔用軌道資源」，對各國太空安全構成威脅，並點名執行長馬斯克「打著商業旗號服務美軍」。

社評指出，星鏈在俄烏戰場上的作用已證明其軍事屬性。大陸外交部發言人在例行記者會上亦表示，中方對相關問題「高度關注」。

馬斯克截至昨晚未對此作出回應。分析人士認為，馬斯克在中國有龐大商業利益，對此類批評通常保持沉默。
""",
[],
"Chinese state media and MFA criticise Musk; he did not respond; analysts' words not his")

# 77 traditional_chinese, positive: Hong Kong
D(77, "traditional_chinese", "article",
"馬斯克X上評香港：將越來越像內地其他城市",
"""
【東網專訊】特斯拉行政總裁馬斯克昨日在社交平台X回應一則有關香港金融業人才外流的帖文，留言指：「香港會越來越像內地的其他城市，這是無法避免的趨勢。」

他在另一則留言中補充：「但深圳和香港加起來，仍然是全世界最強的製造加金融組合之一。」

特區政府發言人回應稱，香港在「一國兩制」下保持獨特優勢，國際金融中心地位穩固。
""",
["將越來越像內地其他城市",
 "香港會越來越像內地的其他城市，這是無法避免的趨勢。",
 "但深圳和香港加起來，仍然是全世界最強的製造加金融組合之一。"],
"Hong Kong in relation to the mainland (內地); headline claim with omitted subject; 補充 continuation; HKSAR spokesman not gold")

# 78 traditional_chinese, negative: framing, actions only
D(78, "traditional_chinese", "article",
"馬斯克再談中國？訪滬行程低調 僅參觀超級工廠",
"""
〔中央社記者 吳柏緯上海／台北報導〕特斯拉執行長馬斯克昨日低調抵達上海，參觀上海超級工廠並與當地管理層會面，行程未對外公開。

據陸媒報導，馬斯克在工廠內與員工合影，並在一場內部會議上談到人工智慧安全問題，表示「AI必須誠實，這是最重要的原則」。

外界原本預期馬斯克會就特斯拉在大陸的FSD進展或銷量下滑發表看法，但他此行未接受任何媒體訪問。

分析師指出，馬斯克近年訪問大陸多採「快閃」模式，與其在美國政壇的角色有關。
""",
[],
"framing headline '再談中國？' over a body with actions only and an AI-safety quote said in Shanghai (not about China)")

# 79 machine_translated, positive
D(79, "machine_translated", "article",
"特斯拉的马斯克说中国是非常令人印象深刻的在制造方面",
"""
特斯拉首席执行官埃隆·马斯克在周二说，中国“是非常令人印象深刻的”关于他们的制造能力，在一个采访与一家美国电视网络中。

“世界第二大经济体的工厂，它们是非常先进的，并且工人是非常有技能的，”马斯克说。“我认为人们在美国不完全理解这一点。”

马斯克也说火箭公司SpaceX将会发射更多的卫星在今年比任何以前的年份。

特斯拉股票上涨了2%在周二的交易中。
""",
["中国是非常令人印象深刻的在制造方面",
 "中国“是非常令人印象深刻的”关于他们的制造能力",
 "世界第二大经济体的工厂，它们是非常先进的，并且工人是非常有技能的",
 "我认为人们在美国不完全理解这一点。"],
"stiff machine translation from English; 'the world's second-largest economy'; split quote with 这一点 pointing back to China; SpaceX sentence not gold")

# 80 machine_translated, negative: NASA
D(80, "machine_translated", "article",
"马斯克批评NASA是太慢的，当中国加速它的月球计划",
"""
亿万富翁埃隆·马斯克在星期四批评了美国国家航空航天局，说他们是“太慢的并且太官僚的”。

“他们需要花费更少的时间在会议上并且更多的时间在建造上，”马斯克写在X上。

同时，中国已经宣布它计划登陆宇航员在月球上在2030年之前。专家说中国的进展是稳定的。

马斯克没有评论关于中国的计划。
""",
[],
"machine translation; 他们 = NASA; China's moon plan is reported by the journalist; he did not comment")

# 81 machine_translated, positive: split quote
D(81, "machine_translated", "article",
"马斯克：中国将会是最大的市场对于机器人出租车",
"""
“中国将会是最大的市场对于自动驾驶出租车，”马斯克说，“在几年之内，也许更早。”

特斯拉首席执行官做出这个评论在一个投资者会议上在星期三，在上海的时间的晚上。

他增加了那个特斯拉是“非常接近”获得批准在中国为它的全自动驾驶软件，但是没有给出一个日期。

分析师们是怀疑的。“我们已经听过这个之前，”一位分析师在伯恩斯坦说。
""",
["中国将会是最大的市场对于机器人出租车",
 "中国将会是最大的市场对于自动驾驶出租车",
 "特斯拉是“非常接近”获得批准在中国为它的全自动驾驶软件"],
"quote split by the attribution ('…，”马斯克说，“…'); 'he added that' rendered literally as 他增加了那个; analyst's skeptical quote not gold")

# 82 machine_translated, positive: DeepSeek, @handle
D(82, "machine_translated", "article",
"马斯克在X上称DeepSeek是令人印象深刻的，但提出了问题关于芯片",
"""
埃隆·马斯克写在X上在星期一那个中国的人工智能初创公司深度求索是“令人印象深刻的”，但是他质疑是否公司真的只使用了它声称的芯片的数量。

“他们可能拥有更多的H100芯片比他们说的，”马斯克写道，回复到一个帖子由一个用户@AIBreakfast。“显然地他们不能说出来，因为出口管制。”

深度求索没有回应一个评论的请求。
""",
["DeepSeek是令人印象深刻的",
 "中国的人工智能初创公司深度求索是“令人印象深刻的”，但是他质疑是否公司真的只使用了它声称的芯片的数量",
 "他们可能拥有更多的H100芯片比他们说的",
 "显然地他们不能说出来，因为出口管制。"],
"machine translation; DeepSeek; pronoun 他们 = DeepSeek; quote split around the attribution; export controls")

# 83 machine_translated, negative
D(83, "machine_translated", "article",
"中国电动汽车制造商的首席执行官说他告诉了马斯克关于价格战争",
"""
一家中国电动汽车制造商的首席执行官说在星期五，他告诉了埃隆·马斯克在去年的一次会议中，那个价格战争在中国将会“持续至少三年更多”。

“我告诉他，中国市场是非常残酷的，只有最强的将会存活，”首席执行官说在一个采访中与一家当地报纸。

特斯拉没有立即回应一个评论的请求。马斯克已经访问了中国多次在过去的几年中。
""",
[],
"machine translation; a Chinese CEO says he told Musk something (Musk is object); visits are actions")

# 84 machine_translated, positive: nested quote
D(84, "machine_translated", "article",
"马斯克讲述中国工程师的故事",
"""
特斯拉首席执行官埃隆·马斯克告诉一个播客在本周，他仍然记得一个时刻在上海工厂建设期间。

“我问我们的中国工程师，生产线能不能被完成在两个星期，他们说，‘没有问题，我们可以做到’，并且他们真正地做到了，”马斯克说。“这是不可思议的。在美国，这将需要六个月。”

马斯克也谈论了关于他的儿子和关于视频游戏在同一个播客中。
""",
["我问我们的中国工程师，生产线能不能被完成在两个星期，他们说，‘没有问题，我们可以做到’，并且他们真正地做到了",
 "这是不可思议的。在美国，这将需要六个月。"],
"machine translation; nested quote (engineers' words inside his quote); continuation after attribution; headline only describes; son/games not gold")

# 85 machine_translated, negative: Errol Musk
D(85, "machine_translated", "article",
"马斯克的父亲说中国是“未来”在一个论坛在莫斯科",
"""
埃罗尔·马斯克，亿万富翁埃隆·马斯克的父亲，说在一个论坛在莫斯科在星期二，那个中国是“未来”并且西方应该学习从它。

“中国是非常有组织的，并且人民是非常努力工作的，”78岁的马斯克说，他是一名南非工程师。

他也说他的儿子“非常忙”并且他们不经常说话。埃隆·马斯克没有评论。
""",
[],
"other Musk (father Errol) - '78岁的马斯克说' refers to Errol; Elon did not comment")

# 86 short_summary, positive
D(86, "short_summary", "article",
"马斯克：中国AI芯片追赶速度惊人",
"特斯拉CEO马斯克周三在X上表示，中国在AI芯片领域的追赶速度“超出所有人的预期”。",
["中国AI芯片追赶速度惊人",
 "中国在AI芯片领域的追赶速度“超出所有人的预期”"],
"one-sentence RSS summary with reported speech")

# 87 short_summary, negative
D(87, "short_summary", "article",
"马斯克谈中国市场与Robotaxi",
"特斯拉CEO马斯克周四在一场投资者活动中谈到了中国市场和Robotaxi的推进计划。",
[],
"summary only says he talked about China; no claim")

# 88 short_summary, positive
D(88, "short_summary", "article",
"比亚迪获马斯克点赞",
"马斯克在X上称，比亚迪的车“如今非常有竞争力”，与十年前不可同日而语。",
["比亚迪的车“如今非常有竞争力”，与十年前不可同日而语"],
"headline describes only; summary carries the BYD claim")

# 89 short_summary, negative
D(89, "short_summary", "article",
"分析师：马斯克高估了中国需求",
"摩根大通分析师在最新报告中认为，马斯克对中国市场需求的判断“过于乐观”，维持特斯拉“减持”评级。",
[],
"analyst's view about Musk's China claims; headline colon belongs to the analyst")

# 90 short_summary, positive
D(90, "short_summary", "article",
"马斯克批美国对华光伏关税",
"马斯克周一在X上表示，美国对中国太阳能电池板征收的关税“毫无道理”。他还说，美国需要大规模建设储能设施。",
["美国对中国太阳能电池板征收的关税“毫无道理”"],
"two-sentence summary: tariff on Chinese panels (gold) then 他还说 about US storage (not gold)")

# 91 short_summary, negative
D(91, "short_summary", "article",
"马斯克访问北京",
"特斯拉首席执行官马斯克周日抵达北京，会见了多位官员，并参观了百度的自动驾驶测试区。",
[],
"actions only (visited, met, toured)")

# 92 short_summary, negative
D(92, "short_summary", "article",
"马斯克再谈人口问题",
"马斯克周五在X平台发帖称，全球生育率持续下降是“人类文明面临的最大风险”，他呼吁各国政府重视。",
[],
"his demographic claim is about the whole world, not China")

# 93 other (WeChat), positive
D(93, "other", "article",
"刚刚！老马对中国说了这句话，全网沸腾",
"""
点击上方蓝字关注我们

各位老铁，今天早上一睁眼，朋友圈就被刷屏了！

事情是这样的：世界首富、特斯拉掌门人、硅谷“钢铁侠”伊隆·马斯克，在美国当地时间周二晚上参加一场线上科技论坛时，被主持人问到怎么看中国新能源车。

老马是这么回答的：「中国的电动车，无论是价格、质量还是更新速度，都已经是世界第一梯队了。说实话，很多美国人还没意识到这一点。」

他还补了一句：「我很尊重中国的竞争对手。」

小编想说：能让老马这么说，咱们的国产车确实争气！🚗🚗🚗

你怎么看？欢迎在评论区留言～

（本文部分素材来自网络，如有侵权请联系删除）
""",
["中国的电动车，无论是价格、质量还是更新速度，都已经是世界第一梯队了。说实话，很多美国人还没意识到这一点。",
 "我很尊重中国的竞争对手。"],
"WeChat self-media: clickbait headline without claim; nicknames 老马/钢铁侠/世界首富; 「」 quotes; 他还补了一句 continuation; editor's comment not gold")

# 94 other (WeChat), negative
D(94, "other", "article",
"马斯克再谈中国，这次说了什么？",
"""
导读：最近几天，关于马斯克“又谈中国”的消息在各个群里疯传。但小编仔细查了一下原始视频，发现事情并不是大家想的那样。

在这段长达两个小时的访谈里，马斯克谈了星舰、谈了火星、谈了Grok，也谈了他对美国财政赤字的担忧，但并没有专门谈到中国。唯一与中国沾边的，是主持人在开场时提到“很多中国观众在看这期节目”。

马斯克在节目中最引人关注的一句话是：“如果我们不能让星舰完全复用，火星殖民就永远不可能实现。”

所以，所谓“马斯克再谈中国”，其实是一些营销号的标题党。大家转发前，最好先看看原视频。

关注我们，拒绝谣言，理性吃瓜。
""",
[],
"framing headline '马斯克再谈中国' over a body with no China statement; his only quote is about Starship")

# 95 other (Weibo), positive
D(95, "other", "article",
"",
"""
#马斯克# 马老板今天凌晨在X上说：“中国的工程师是全世界最强的，而且数量是美国的好几倍。” 这波我服了[捂脸] 但话说回来，老马夸完中国转头就去忙他的星舰了哈哈哈 #科技圈#

转发 2.3万 | 评论 8761 | 点赞 15.6万
""",
["中国的工程师是全世界最强的，而且数量是美国的好几倍。"],
"Weibo post; nicknames 马老板/老马; poster's own commentary not gold")

# 96 other (Xueqiu), negative
D(96, "other", "article",
"老马又在画饼？聊聊我为什么清仓了特斯拉",
"""
$特斯拉(TSLA)$ $比亚迪(01211)$

说几点个人看法，不构成投资建议：

1. 老马那句“激光雷达是拐杖”我听了五年了，现在国内新势力基本都上了激光雷达，事故率反而更低。谁对谁错，市场会给答案。

2. 比亚迪今年海外销量翻倍，这是实打实的数字，不是画饼。

3. 特斯拉现在的估值完全建立在Robotaxi和机器人上，老马说明年量产，我保持怀疑。

4. 我个人判断，国产车企在三年内会把特斯拉在中国的份额压到5%以下。

已清仓特斯拉，加仓比亚迪和零部件。欢迎拍砖。
""",
[],
"Xueqiu investor post: Musk's quoted words are about lidar and a production date (not China); the China claims are the investor's")

# 97 other (Xueqiu), positive
D(97, "other", "article",
"特斯拉Q3电话会要点整理（附老马原话）",
"""
$特斯拉(TSLA)$ 熬夜听完电话会，整理几个要点：

一、中国市场。老马在电话会上的原话是：“中国市场的需求依然很强，上海工厂会继续满负荷运转。”说实话比我预期的乐观。

二、FSD入华。他说，FSD在中国的审批“正在推进”，希望明年初能全面推送。

三、Optimus。还是那句老话，明年小批量生产。

四、储能。Megapack订单排到了明年下半年。

个人观点：中国这块短期不用太担心，长期看竞争还是很激烈。
""",
["中国市场的需求依然很强，上海工厂会继续满负荷运转。",
 "FSD在中国的审批“正在推进”，希望明年初能全面推送"],
"Xueqiu post relaying his earnings-call words verbatim and in reported speech; investor's own views not gold")

# 98 other (Weibo), negative
D(98, "other", "article",
"",
"""
被网友称为“中国版马斯克”的星穹动力创始人林栋今天在发布会上说：“中国的可回收火箭明年就能实现常态化发射，成本会比猎鹰9号低一半。” 真的假的？？坐等打脸还是坐等起飞🚀 #中国版马斯克# #商业航天#
""",
[],
"'中国版马斯克' nickname for someone else; his China claim is not Elon's")

# 99 other (WeChat), positive, long
D(99, "other", "article",
"深度｜马斯克的“中国焦虑”",
"""
作者｜白杨  来源｜硬核出海（ID：yinghechuhai）

今年以来，特斯拉在全球多个市场的销量被中国品牌反超。

在挪威，比亚迪的月销量首次超过Model Y；在泰国，特斯拉的份额跌到了个位数；在墨西哥，中国品牌占据了新能源车市场的半壁江山。

面对这样的局面，马斯克本人怎么看？

答案或许可以从他上个月的一次公开发言中找到。马斯克在美国加州帕洛阿尔托一场由斯坦福大学商学院主办、面向数百名学生和校友的闭门对话中说：“中国车企最可怕的地方不是便宜，而是快。他们十八个月就能从零做出一款新车，我们需要四年。”

他接着反问台下：“你们觉得，在这样的速度差距下，谁会赢？”

一位在场的学生事后对我们回忆说，马斯克说这番话的时候“表情很严肃，不像是在开玩笑”。

值得注意的是，比亚迪一位高管今年早些时候接受采访时曾说，他“非常尊重马斯克”，并称特斯拉“教会了整个行业怎么做电动车”。

中国车企与特斯拉之间的这种互相尊重又互相较劲的关系，或许会是未来十年全球汽车产业最值得关注的故事。

—— END ——
""",
["中国车企最可怕的地方不是便宜，而是快。他们十八个月就能从零做出一款新车，我们需要四年。",
 "你们觉得，在这样的速度差距下，谁会赢？"],
"WeChat long read: 马斯克本人; long locative before 说; rhetorical question whose China topic comes from context; student and BYD executive quotes not gold")

# 100 other (Weibo), negative: debunked rumor
D(100, "other", "article",
"",
"""
【辟谣】网传“马斯克称中国将在2030年前登陆火星”系谣言！

近日，一张配有马斯克照片的图片在微博、抖音等平台流传，图中文字称马斯克“承认中国将在2030年前登陆火星，比SpaceX更早”。经核实，马斯克从未发表过此类言论，该图片系网友拼接制作。

提醒广大网友：不信谣、不传谣。#马斯克# #辟谣#
""",
[],
"debunked fake quote attributed to him; the text says he never said it")
