"""Wire / news copy (simplified Chinese)."""

from lib import doc

DOCS = []
A = DOCS.append

# W1 long locative + non-China remarks in same story; headline carries claim
A(doc("wire", "article",
"马斯克：⟦特斯拉上海工厂明年将迎来新车型⟧",
"""
新浪财经讯 当地时间6月13日，特斯拉首席执行官埃隆·马斯克在美国得克萨斯州奥斯汀市超级工厂举行的年度股东大会上回答一位来自新加坡的股东提问时表示，⟦上海超级工厂明年将开始生产一款主要面向中国市场的新车型⟧。
他没有透露新车型的名称和售价，但强调，⟦中国团队在这个项目上的执行速度“远远超出预期”⟧。
会上，马斯克还花了大量时间介绍人形机器人Optimus。他说，Optimus将在明年底前实现小批量生产，“到那时，你会在工厂里看到成千上万台机器人在干活”。
此外，他再次预测，特斯拉的完全自动驾驶（FSD）将在年底前在美国多数州实现无人监督运行。
特斯拉财报显示，2024年上海超级工厂交付量超过91万辆，占特斯拉全球交付量的一半左右。
截至发稿，特斯拉股价在盘后交易中上涨2.3%。
""",
"long locative between 马斯克 and 表示; Optimus and FSD remarks in the same story are not gold; headline carries the claim"))

# W2 others' words with Musk as object; his actions only
A(doc("wire", "article",
"比亚迪上半年海外销量翻倍 高管称曾当面向马斯克展示刀片电池",
"""
深圳（财新）——比亚迪周三公布的数据显示，公司上半年海外销量约47万辆，同比增长逾一倍，欧洲和东南亚市场贡献了主要增量。
比亚迪一位负责海外业务的副总裁在业绩沟通会上说，他曾在几年前的一次行业活动上当面向埃隆·马斯克展示刀片电池，“他拿在手里看了很久，问了很多关于成本的问题”。
这位副总裁说：“我能感觉到他在认真思考，那时候很多外国同行还不把我们当回事。”
马斯克去年4月曾短暂访问北京，并与中方官员会面。此后，特斯拉在华推出辅助驾驶相关功能的进程有所加快。
行业分析师普遍认为，比亚迪在垂直整合上的优势，是其能够在价格战中持续降价的关键。
""",
"executive recalls showing Musk a battery (others' words, Musk as object); Musk's Beijing visit is an action; no statement"))

# W3 pronoun 他们 refers back to Chinese carmakers; headline only says he spoke
A(doc("wire", "article",
"马斯克在投资者交流会上再谈电动车竞争格局",
"""
每经网讯 特斯拉首席执行官马斯克周四在一场面向机构投资者的线上交流会上，再次谈到全球电动车行业的竞争格局。
当被问及比亚迪、吉利、小鹏等中国车企近两年在海外的快速扩张时，马斯克没有回避。
“⟦说实话，他们比谁都拼⟧。”他说，“⟦如果不设置贸易壁垒，他们基本上会把世界上大多数其他车企打垮⟧。”
他补充道，⟦这些公司在软件和成本控制上的进步速度“令人震惊”⟧。
谈到特斯拉自身时，马斯克说，公司今年的重点是降低Model Y的生产成本，并推动Robotaxi服务在奥斯汀以外的城市落地。
交流会持续约一个小时，特斯拉首席财务官也出席并回答了有关资本开支的问题。
""",
"他们 / 这些公司 refer back to Chinese carmakers named in the previous sentence; 他补充道 continuation; headline only says he spoke"))

# W4 China story; his remarks about Starship, lidar in general, NASA (他们 = NASA)
A(doc("wire", "article",
"特斯拉在华销量连续第三个月下滑",
"""
上海（界面新闻）——中国乘用车市场信息联席会周二公布的数据显示，特斯拉中国5月批发销量同比下降约15%，已是连续第三个月下滑。
在国产车企纷纷推出限时降价和“一口价”促销的背景下，Model 3和Model Y在国内市场的份额进一步被挤压。
同一天，马斯克在X上连发数条帖子，但内容均与中国市场无关。他写道，星舰第十次试飞“很可能在六周内进行”。
他还在回复一名网友时称，激光雷达对自动驾驶来说“是一根昂贵的拐杖”，“人类开车只用眼睛，汽车也应该如此”。
在另一条帖子中，他提到了美国国家航空航天局（NASA）：“他们在登月计划上花的钱太多了，而且进度太慢。”
特斯拉中国未回应置评请求。一位上海的经销商人士对记者表示，门店客流量与去年同期相比“明显减少”。
""",
"China sales story; his posts are about Starship, lidar in general and NASA (他们 = NASA); no China statement"))

# W5 dateline + founder says he told Musk (not gold); Musk's own reply (gold)
A(doc("wire", "article",
"深圳电池商创始人称曾向马斯克推销固态电池 马斯克回应",
"""
深圳（路透）——深圳电池制造商欣能科技创始人周立恒周一表示，他去年在上海与埃隆·马斯克会面时曾告诉对方，中国的固态电池将在三年内实现量产。
“我跟他说，你们还在实验室里，我们已经在建产线了。”周立恒在公司新品发布会上对记者说。
周立恒称，马斯克当时“听得很认真”，但没有做出任何承诺。
对于这一说法，马斯克周二在X上作出回应。“⟦中国的电池公司确实很强，但量产固态电池比大多数人想象的要难得多⟧。”他写道。
他还表示，⟦特斯拉会继续从多家中国供应商采购电芯⟧。
特斯拉目前的电池供应商包括宁德时代、LG新能源和松下等。
""",
"dateline sentence where a Chinese founder says he told Musk something (not gold); Musk's own X reply is gold"))

# W6 analysts paraphrase him critically
A(doc("wire", "article",
"分析师：马斯克对中国市场的判断过于乐观",
"""
北京（彭博）——多名汽车行业分析师周三表示，特斯拉首席执行官马斯克对中国市场前景的判断可能过于乐观。
“马斯克总说中国市场还有很大空间，但现实是价格战已经把利润率压到了地板上。”一家券商的汽车分析师王悦说。
另一位不愿具名的基金经理认为，马斯克“低估了本土品牌在智能化方面的追赶速度”，在他看来，马斯克至今仍把中国车企当作追随者。
一家行业协会的负责人则表示，今年国内新能源车渗透率有望突破六成，外资品牌的空间会进一步收窄。
特斯拉方面未对此置评。马斯克近期在公开场合的发言主要集中在人工智能和机器人业务上。
""",
"analysts and a fund manager paraphrase Musk's China views critically in their own words; no statement by him"))

# W7 old remarks recalled
A(doc("wire", "article",
"特斯拉上海超级工厂第300万辆整车下线",
"""
澎湃新闻记者 周五上午，特斯拉上海超级工厂第300万辆整车在临港下线。
这座工厂于2019年1月开工建设，当年年底即实现量产，被业内称为“上海速度”。
早在2019年1月的奠基仪式上，马斯克就曾在现场说：“⟦我相信上海超级工厂将成为特斯拉在全球最好的工厂之一⟧。”
一年后，在首批国产Model 3交付仪式上，他在台上跳起了舞，并称⟦中国团队“创造了奇迹”⟧。
特斯拉一位副总裁在本次下线仪式上表示，工厂目前拥有超过2万名员工，零部件本地化率超过95%。
本次仪式马斯克本人并未出席。
""",
"old remarks from 2019/2020 recalled (gold); executive's figures are not his; his absence is an action"))

# W8 quote split by attribution with long locative
A(doc("wire", "article",
"马斯克：⟦中国工程师人数远超美国⟧",
"""
“⟦中国的工程师非常优秀⟧，”马斯克周三在加州帕洛阿尔托举行的一场人工智能论坛上回答主持人提问时说，“⟦而且他们的数量是美国的好几倍⟧。”
这位特斯拉和SpaceX的掌门人是在谈及美国制造业人才短缺时作出上述表态的。
他认为，美国需要大幅增加对理工科教育的投入，“否则十年后我们会发现自己什么都造不出来”。
马斯克还透露，xAI的下一代Grok模型将于年内发布。
""",
"quote split by the attribution; second half uses 他们 for Chinese engineers; US-education and Grok remarks are not gold"))

# W9 Kimbal Musk about China
A(doc("wire", "article",
"金博尔·马斯克：中国的垂直农业走在世界前列",
"""
36氪讯 特斯拉董事、埃隆·马斯克的弟弟金博尔·马斯克本周在上海出席一场农业科技论坛时表示，中国的垂直农业和智慧温室技术“走在世界前列”。
“我在上海郊区看到的一些农场，自动化程度比美国任何一家都高。”金博尔说。
他还提到，哥哥经常在家庭聚会上和他讨论制造业的话题，但拒绝透露具体内容。
金博尔·马斯克是连锁餐厅The Kitchen的创始人，同时担任特斯拉董事会成员。
论坛期间，他还参观了位于崇明岛的一处无人化农场。
""",
"Kimbal Musk (brother) praises China; not the watched speaker; no statement by Elon"))

# W10 denial that states his claim; 那里 = Shanghai
A(doc("wire", "article",
"马斯克否认将出售上海工厂：“⟦从来没有考虑过⟧”",
"""
针对有海外媒体报道称特斯拉正考虑出售或缩减上海超级工厂产能，马斯克周日晚间在X上回应称，⟦特斯拉“从来没有考虑过”出售上海工厂⟧。
“⟦恰恰相反，我们还会在那里继续加大投资⟧。”他写道。
此前，该媒体援引知情人士称，特斯拉管理层曾讨论在关税不确定的情况下调整全球产能布局的方案。
特斯拉中国随后也发布声明，称相关报道“完全不实”，上海工厂生产经营一切正常。
""",
"denial that states his claim (gold); 那里 refers to Shanghai; Tesla China's statement is not his"))

# W12 Taiwan; 那里 refers back; US chip remark not gold
A(doc("wire", "article",
"马斯克谈芯片供应链：⟦台海局势是最大风险之一⟧",
"""
马斯克周二通过视频连线在旧金山一场半导体行业会议上发言时说，⟦台湾海峡两岸的紧张局势是全球芯片供应链面临的最大风险之一⟧。
“⟦如果那里出了什么事，全世界的汽车厂和数据中心都会停摆⟧。”他说。
他表示，特斯拉正推动在美国本土生产更多芯片，并称与合作伙伴在得州的晶圆厂项目“进展顺利”。
台湾经济主管部门一名官员随后回应称，台湾的半导体供应链“稳定可靠”，不会因外界评论受到影响。
""",
"Taiwan in relation to the mainland; 那里 refers back to the Strait; US chip remark and Taiwan official's response not gold"))

# W13 critic paraphrases his Taiwan stance
A(doc("wire", "article",
"台湾民意代表批评马斯克涉台立场",
"""
台北（联合早报）——台湾一名民意代表周四在记者会上批评特斯拉首席执行官马斯克的涉台立场，称其“为了生意向北京示好”。
这位民意代表说，马斯克“把两千三百万台湾人当成可以谈判的筹码”，并呼吁岛内企业重新审视与特斯拉的合作。
她说，在她看来，马斯克的逻辑就是“谁的市场大就听谁的”。
台湾陆委会发言人当天也表示，台湾的前途“由台湾人民决定”。
特斯拉未回应置评请求，马斯克本人也没有在社交媒体上回应。
""",
"a critic characterises Musk's Taiwan stance in her own words; no statement by him"))

# W14 Hong Kong; 它 refers back
A(doc("wire", "article",
"马斯克：⟦香港仍是亚洲最重要的金融中心之一⟧",
"""
香港（南华早报中文网）——一名投资者周三在X上发帖称，今年上半年港股IPO募资额重返全球前列，多家内地科技公司赴港上市。
马斯克在该帖下方回复称，⟦香港“仍然是亚洲最重要的金融中心之一”⟧。
他在随后的另一条回复中补充说：“⟦很多人低估了它的韧性⟧。”
港交所数据显示，上半年共有四十余家企业在港上市，其中过半来自内地。
""",
"Hong Kong statement; 它 refers back to Hong Kong; the investor's post is not his"))

# W15 tariffs on Chinese EVs vs US grid remarks
A(doc("wire", "article",
"马斯克：⟦反对对中国电动车加征关税⟧",
"""
特斯拉首席执行官埃隆·马斯克周五在华盛顿出席一场能源政策研讨会间隙接受记者采访时表示，⟦他反对美国对中国电动车加征高额关税⟧。
“⟦对中国电动车征收这类关税会扭曲市场，最终为此买单的是美国消费者⟧。”马斯克说。
值得注意的是，特斯拉是少数几家在中国建有整车工厂的外国车企之一，上海工厂生产的车辆还出口欧洲和亚太市场。
在研讨会上，马斯克还谈到了美国的能源问题。他说，美国电网“老化严重”，未来十年电力需求将因人工智能数据中心而翻倍，“我们需要大量的太阳能和电池储能”。
""",
"tariffs on Chinese EVs (gold) vs US grid remarks in the same piece (not gold); journalist's context not gold"))

# W16 tariffs story; journalist describes his views; his post about US deficit
A(doc("wire", "article",
"美国宣布新一轮对华关税 电动车及电池首当其冲",
"""
华盛顿（第一财经）——美国政府周二宣布，将对从中国进口的电动车、锂电池和部分关键矿产加征新一轮关税，最高税率达100%。
中国商务部新闻发言人当天回应称，美方做法“严重违反世贸组织规则”，中方将采取必要措施坚决维护自身权益。
马斯克此前曾多次就关税问题发表看法，外界普遍认为他对对华加征关税持保留态度。
不过，马斯克当天在X上发布的帖子集中在美国联邦财政问题上。他写道：“如果不大幅削减开支，美国就会破产。”
多家美国车企表示正在评估新关税对供应链的影响。
""",
"tariff story; journalist's description of his past views is not a statement; his post is about US finances"))

# W17 Chinese consumers and workers
A(doc("wire", "article",
"马斯克：⟦中国消费者对智能化要求全球最高⟧",
"""
第一财经 特斯拉CEO马斯克在周二晚间举行的第二季度财报电话会议上回答分析师提问时说，⟦中国消费者对汽车智能化的要求“可能是全世界最高的”⟧。
“⟦在中国，一辆车如果没有好用的智能座舱和辅助驾驶，基本上就卖不出去⟧。”他说。
他还称赞了上海工厂的员工：“⟦上海团队的工人是我见过最勤奋、最有才华的⟧。”
不过，他没有就特斯拉是否会在中国推出更便宜的车型给出具体时间表。
财报显示，特斯拉第二季度汽车业务毛利率为15.2%，环比略有回升。
""",
"statements about Chinese consumers and workers; long locative before 说"))

# W19 DeepSeek; 马斯克本人; 他补充道; Grok claims not China
A(doc("wire", "article",
"马斯克评DeepSeek：⟦中国AI公司进步神速⟧",
"""
在中国人工智能初创公司深度求索（DeepSeek）发布新一代推理模型后，外界纷纷猜测硅谷大佬们的反应。
周三，马斯克本人在一档科技播客节目中谈及此事。他说：“⟦DeepSeek的团队显然非常聪明，他们用很少的算力做出了相当不错的结果⟧。”
他补充道，⟦中国在人工智能领域“绝对是一个强大的竞争者”⟧。
不过马斯克也表示，xAI的Grok在多项基准测试上“仍然是最强的”，并称xAI将在孟菲斯的数据中心部署更多GPU。
此前，另一家美国人工智能公司的负责人也曾公开表示，DeepSeek的模型“令人印象深刻”。
""",
"马斯克本人; 他补充道 continuation; his Grok claims are not China; another CEO's praise not gold"))

# W21 conditional / hedged claim; headline only says he forecast
A(doc("wire", "article",
"马斯克预测中国品牌未来全球份额",
"""
埃隆·马斯克周一在纽约录制一档商业电视节目时表示，⟦如果北京方面继续维持目前对新能源汽车产业的支持力度，中国品牌在十年内或将占据全球电动车市场一半左右的份额⟧。
“⟦当然，这取决于很多因素，包括关税和地缘政治，但从目前的趋势看，这并非不可能⟧。”他说。
节目主持人随后追问特斯拉能否守住份额，马斯克说，特斯拉的未来“主要取决于自动驾驶和机器人，而不是卖了多少辆车”。
该节目将于本周末播出。
""",
"conditional/hedged claim about Chinese brands (gold); headline only says he made a forecast; Tesla-future remark not gold"))

# W22 rhetorical question; investor question not gold
A(doc("wire", "article",
"被问是否会退出中国 马斯克反问：“⟦谁会放弃世界上最大的汽车市场？⟧”",
"""
有投资者在周二的股东问答环节中询问，在地缘政治风险上升的情况下，特斯拉是否考虑降低对中国市场的依赖、将部分产能转移至东南亚。
马斯克反问道：“⟦谁会放弃世界上最大的汽车市场？⟧”
他接着说，⟦特斯拉在中国的业务“非常健康”，公司没有任何撤出的计划⟧。
这名投资者此前在提问中称，中国市场的不确定性“已经成为特斯拉估值中最大的折价因素”。
""",
"rhetorical question (gold); the investor's question and claim are not his"))

# W23 India: 这个国家 / 当地 refer to India
A(doc("wire", "article",
"马斯克：印度市场潜力巨大",
"""
新德里（界面新闻）——特斯拉首席执行官马斯克周四在与印度商界人士的视频会议中表示，印度是“未来十年最具潜力的汽车市场之一”。
“这个国家有十四亿人口，年轻人占了一大半，他们对新技术的接受速度非常快。”马斯克说。
他表示，特斯拉正在评估在当地建厂的可行性，“前提是关税政策合理”。
分析人士指出，特斯拉加速布局印度，被外界视为对中国市场依赖的一种对冲。
特斯拉今年早些时候已在孟买开设了首家门店。
""",
"这个国家 / 当地 refer to India, not China; China only in the analysts' framing"))

# W24 long article mixing China and non-China remarks
A(doc("wire", "article",
"马斯克称⟦中国在可再生能源领域“远远领先”⟧ 同时预告星舰新进展",
"""
利雅得（新华财经）——当地时间周二，马斯克在沙特首都利雅得举行的一场投资峰会上发表视频讲话，并与主持人进行了约四十分钟的对话。
对话开始时，主持人请马斯克谈谈全球能源转型。马斯克说，⟦中国在太阳能和电池制造方面“远远领先于其他国家”⟧。
“⟦去年中国新增的光伏装机，比世界其他地方加起来还多⟧。”他说，“⟦这是一个令人惊叹的数字⟧。”
他随后把话题转向美国。他认为，美国在能源审批上“官僚主义太严重”，一条输电线路往往要花十年才能获批。
在谈到人工智能时，马斯克表示，未来制约人工智能发展的将不再是芯片，而是电力和变压器。
“⟦在这一点上，中国有巨大的优势，因为他们的电力产能增长得非常快⟧。”他补充道。
主持人问及特斯拉上海工厂的近况时，马斯克说，⟦那家工厂“仍然是我们效率最高的工厂”⟧。
对话后半段主要围绕SpaceX展开。马斯克预告，星舰将在今年内尝试首次在轨推进剂加注，这是未来登陆火星的关键一步。
他还开玩笑说，自己“大概会是第一个在火星上发推文的人”。
在同一场峰会上，一位中国光伏企业的高管在另一场分论坛上发言称，马斯克的判断“基本符合事实”，但中国企业仍面临产能过剩的压力。
这位高管还说，他去年曾邀请马斯克参观公司在宁夏的光伏基地，但对方至今未能成行。
峰会为期三天，吸引了来自全球的数千名投资者和企业高管参加。
""",
"long article: several China statements (incl. 他们, 那家工厂) mixed with US-energy, AI-chip, Starship and joke remarks (not gold); a Chinese executive's assessment and invitation (not gold)"))

# W25 actions only
A(doc("wire", "article",
"马斯克抵达北京 与中方官员会面",
"""
北京（21世纪经济报道）——特斯拉首席执行官马斯克周日乘坐私人飞机抵达北京，开始为期不到24小时的访问。
据知情人士透露，马斯克当天下午与中国国际贸易促进委员会负责人会面，随后前往一家酒店与多位汽车行业高管共进晚餐。
中国贸促会在会后发布的新闻稿中表示，欢迎特斯拉继续扩大在华投资，中方将为外资企业提供更好的营商环境。
马斯克此次行程未安排媒体采访，他本人也没有在社交媒体上发布与行程有关的内容。
路透社此前报道称，特斯拉正寻求在中国推出更高级别的辅助驾驶功能。
""",
"only his actions (arrived, met, dined); the Chinese side's statement is not his; no statement by him"))
