from build import D
MT = "machine_translated"
# 079
D(MT, "stiff Chinese translated from English wire; reported speech gold",
title="马斯克说中国将是人工智能的领导者之一",
text="特斯拉公司的首席执行官，埃隆·马斯克，在星期二说，⟦中国将会成为人工智能的领导者之一，在未来的几年之内⟧。“⟦中国拥有非常多的有才能的工程师，并且他们正在非常努力地工作⟧，”马斯克说，在一个对于一家美国电视网络的采访当中。他还说，⟦美国应该不低估中国在这个领域的能力⟧。特斯拉的股票在该消息之后上升了百分之二。")
# 080
D(MT, "machine-translated text where an analyst says Musk overstates China - not his words",
title="分析师：马斯克夸大了中国的威胁",
text="根据一位来自华尔街的分析师，埃隆·马斯克是正在夸大中国电动汽车制造商的威胁，为了为特斯拉的降价辩护。“他总是说中国人会杀死所有人，但数据不显示这个，”该分析师说，他的名字是丹·艾夫斯。艾夫斯补充道，他认为特斯拉在中国的市场份额将会稳定下来。特斯拉没有立即回应对于评论的请求。")
# 081
D(MT, "machine-translated; 他们 refers to Chinese carmakers in previous sentence; sentence about Mars not gold",
title="马斯克：中国汽车制造商“非常强烈”",
text="中国的汽车制造商，例如比亚迪和吉利，已经正在增加他们的出口到欧洲在今年。当被询问关于这个时，马斯克说：“⟦坦率地说，他们是最具有竞争力的，在世界上。⟧”他也说：“⟦我们必须复制他们的供应链，如果我们想要竞争。⟧”在同一个采访里，马斯克说火星的第一个城市将会被建造在2050年之前。")
# 082
D(MT, "machine-translated; they refers to European Commission, China only in framing - no gold",
title="马斯克批评欧洲对于中国电动汽车的关税调查",
text="欧洲联盟委员会已经开始一个调查对于从中国进口的电动汽车。这个调查可以导致更高的关税。埃隆·马斯克在周四没有直接评论这个调查，但是他说关于欧盟总体：“他们有太多的规则，并且他们的官僚主义正在杀死创新。”他补充说，他们应该让公司更自由地建造东西。")
# 083
D(MT, "Chinese machine-translated from English X post with handle and URL; Chinese tariffs gold",
title="埃隆·马斯克发布关于中国关税的推文",
text="埃隆·马斯克在X上发布，回复给用户@WallStreetMav：“⟦对中国的关税将会使美国的汽车更加昂贵，不是更加便宜。⟧ https://x.com/WallStreetMav/status/1899911122233344556”这个帖子在12小时里获得了超过八百万的浏览。马斯克是已经在过去多次表达了他对于关税的反对。")
# 084
D(MT, "machine-translated; person quoted is a Chinese CEO praising Musk - not gold",
title="小米的首席执行官称赞马斯克为“伟大的英雄”",
text="雷军，小米公司的创始人和首席执行官，在一个活动中于北京说，埃隆·马斯克是“一个伟大的英雄，对于整个电动车的行业”。雷军说，他从马斯克那里学习了很多，特别是关于制造的东西。“没有特斯拉，就没有今天的中国电动汽车产业，”雷军说。马斯克没有回应这些评论。")
SS = "short_summary"
# 085
D(SS, "one-sentence RSS summary carrying his claim about CATL",
title="马斯克点赞宁德时代",
text="特斯拉CEO马斯克周三表示，⟦宁德时代是全球最好的电池供应商之一⟧，特斯拉将继续与其合作。")
# 086
D(SS, "one-sentence summary describing only that he talked about China",
title="马斯克谈中国市场",
text="马斯克在周四的一场活动中谈及中国市场及特斯拉在华业务，引发投资者关注。")
# 087
D(SS, "two-sentence summary; China engineers claim gold, rocket date not gold",
title="",
text="马斯克周二称，⟦中国的工程师队伍规模是美国的数倍⟧。他同时表示，星舰将于下月再次试飞。")
# 088
D(SS, "short summary of an analyst's view of Musk's China strategy - not gold",
title="机构：马斯克对华策略或面临调整",
text="多家券商在最新报告中认为，马斯克对中国市场的押注正在面临考验，特斯拉或需调整在华定价策略。")
# 089
D(SS, "short summary; 国产车企 and 它们 pronoun",
title="",
text="在被问及国产车企的崛起时，马斯克说：“⟦它们是我们见过的最强对手。⟧”")
# 090
D(SS, "short summary about his action (investment/visit) in China - no gold",
title="马斯克旗下xAI据悉洽谈在华合作",
text="据知情人士透露，马斯克近期曾与多家中国科技公司接触，洽谈潜在合作。")
# 091
D(SS, "short summary with denial stated as his own claim - gold",
title="马斯克：从未与北京讨论过星链入华",
text="马斯克周日在X上表示，⟦他从未与北京方面讨论过星链进入中国市场的问题⟧。")
# 092
D(SS, "short summary: his brother Kimbal's remark on Chinese food - not the watched speaker",
title="",
text="金博尔·马斯克周五在成都表示，中国的美食文化“独一无二”。")
# 093
D(SS, "one-sentence summary; claim about the world's second-largest economy",
title="马斯克：⟦世界第二大经济体的电动车渗透率将很快超过七成⟧",
text="")
O = "other"
# 094
D(O, "Weibo-style post by a fan account quoting Musk verbatim - gold; fan's comment not gold",
title="",
text="#马斯克 中国# 刚刚，马斯克在X上用中文发了一条帖子：“⟦我爱中国的工程师，他们是最棒的！⟧”配图是上海超级工厂的夜景。评论区已经炸了，有网友说“这波是真爱”。你们怎么看？")
# 095
D(O, "Zhihu-style answer: the answerer's own analysis about Musk and China - no gold",
title="如何看待马斯克对中国电动车的态度？",
text="谢邀。我在特斯拉工作过三年，说说我的理解。马斯克对中国车企的态度其实经历了从轻视到重视的过程。十年前他大概不太把国内的新能源车企放在眼里，现在则完全不同了。我个人觉得，这种转变主要是因为比亚迪的规模效应。当然，这只是我的一家之言，不代表任何公司立场。")
# 096
D(O, "press release from Tesla China quoting Musk; gold only his quote, company boilerplate not",
title="特斯拉中国新闻稿：上海超级工厂第300万辆整车下线",
text="2025年10月18日，特斯拉上海超级工厂迎来第300万辆整车下线。特斯拉首席执行官埃隆·马斯克在贺信中表示：“⟦上海超级工厂是特斯拉全球制造体系的标杆，感谢中国团队创造的又一个奇迹。⟧”特斯拉致力于加速世界向可持续能源的转变。关于特斯拉：特斯拉成立于2003年，总部位于美国得克萨斯州奥斯汀。")
# 097
D(O, "book excerpt: author describes Musk's attitude and quotes an employee - no words of Musk about China",
title="《马斯克传》中文版节选：上海速度",
text="2019年初，上海临港还是一片泥地。特斯拉的一位高管回忆说，当时所有人都怀疑工厂能否在年内投产。马斯克每隔几周就会飞到上海，在工地上一待就是一整天。这位高管说：“埃隆对中国团队的要求比对任何人都高。”当年12月，第一批国产Model 3交付。")
# 098
D(O, "newsletter item; nested quote: Musk quoting a Chinese engineer, whole quote is his statement; 他们 refers to Chinese staff",
title="科技早报｜马斯克谈上海工厂工程师",
text="今日要闻：马斯克在周一的员工大会上讲了一个故事。他说：“⟦有一次我在上海工厂问一位中国工程师多久能修好一个问题，他说‘今晚’。这就是他们的工作态度。⟧”其他新闻：苹果将于下周举行发布会；英伟达市值再创新高。")
# 099
D(O, "company statement from a Chinese carmaker responding to Musk; their words, not his",
title="吉利汽车关于近期网络言论的声明",
text="近日，有网络账号歪曲引用特斯拉CEO马斯克的相关言论，称其“看衰国产车企”。经核实，相关说法并无可靠出处。吉利汽车在此郑重声明：我们始终尊重包括特斯拉在内的所有竞争对手，欢迎良性竞争。对于恶意造谣者，我们将依法追究其责任。")
# 100
D(O, "long feature (10+ sentences); China claims gold across several points, including 他补充道 and a hedged claim; non-China remarks not gold; analyst quote not gold",
title="深度｜马斯克的中国十年",
text="2014年4月，马斯克第一次来到北京，为特斯拉在中国的首批车主交车。那一次，他在交车仪式上说：“⟦中国将会是特斯拉最大的市场之一，甚至可能是最大的。⟧”十年后回头看，这句话几乎应验。2019年，上海超级工厂开工，马斯克在现场跳起了那支后来广为流传的舞蹈。2023年，他在接受国内媒体采访时又表示，⟦中国团队是特斯拉全球“最勤奋、最有才华”的团队⟧。他补充道：“⟦我非常看好中国经济的长期前景。⟧”不过，特斯拉在中国的日子并不总是一帆风顺。2021年上海车展维权事件之后，特斯拉品牌形象一度受损。而随着比亚迪、理想、小米等本土品牌的崛起，特斯拉的市场份额从巅峰时的接近20%回落至不到10%。一位不愿具名的券商分析师说：“马斯克的光环在中国正在褪色。”对此，马斯克今年在一次电话会上说，⟦如果中国市场的价格战持续下去，很多中国车企可能撑不过两年⟧。谈到特斯拉自身，他则表示全自动驾驶“今年一定会在更多国家上线”。他最近在X上还写道，自己每周工作超过100个小时。无论如何，马斯克与中国的故事，还远没有结束。")
