from common import D

# 51 earnings_call, negative
D(51, "earnings_call", "article",
"特斯拉财报电话会实录：CFO详解中国市场，马斯克聚焦AI",
"""
Vaibhav Taneja -- Chief Financial Officer
中国市场方面，本季度我们在国内推出了五年零息贷款政策，上海工厂的产能利用率维持在较高水平。价格竞争仍然激烈，但我们的单车成本继续下降。

Elon Musk -- Chief Executive Officer
我想把大家的注意力拉回到最重要的事情上：自动驾驶。FSD V14的参数量是上一代的十倍，接管里程大幅提升。我相信到明年年底，大部分美国车主会在大多数行程中不需要干预。

Analyst (Morgan Stanley)
埃隆，你之前说中国车企如果没有关税会“碾压”其他对手，现在还这么认为吗？

Elon Musk -- Chief Executive Officer
这个问题我们可以会后再谈。我先把Optimus的进展说完：我们已经在弗里蒙特建成了第一条试产线。
""",
[],
"CFO (not Musk) discusses China; analyst quotes Musk's old China remark back to him in a question; his paragraphs are about FSD and Optimus")

# 52 earnings_call, positive: label kind
D(52, "earnings_call", "label",
"",
"""
主持人：下一个问题来自高盛的马克·德兰尼。
马克·德兰尼：谢谢。想问一下中国市场。国产品牌的价格还在往下走，特斯拉会跟进降价吗？
埃隆·马斯克：我们不会盲目打价格战。中国的竞争对手非常强，他们的成本控制能力让人佩服，但特斯拉的优势在软件和自动驾驶。
埃隆·马斯克：说句实在话，他们是我们在全球遇到的最难缠的对手。
马克·德兰尼：那FSD在中国落地的时间表呢？
埃隆·马斯克：我们还在等待监管批准，我希望今年之内能在中国推出。
主持人：下一个问题来自摩根大通。
瑞安·布林克曼：关于Cybertruck的产能……
埃隆·马斯克：Cybertruck的产量会根据需求调整，目前没有扩产计划。
""",
["我们不会盲目打价格战。中国的竞争对手非常强，他们的成本控制能力让人佩服，但特斯拉的优势在软件和自动驾驶。",
 "说句实在话，他们是我们在全球遇到的最难缠的对手。",
 "我们还在等待监管批准，我希望今年之内能在中国推出。"],
"speaker-labelled earnings call; second turn's 他们 refers back to Chinese competitors; analyst questions and Cybertruck answer not gold")

# 53 earnings_call, positive: framing headline + long clause between name and verb
D(53, "earnings_call", "article",
"价格战之争：马斯克再谈中国",
"""
界面新闻 特斯拉周三盘后发布第二季度财报。在随后举行的财报电话会议上，马斯克在回答摩根士丹利分析师亚当·乔纳斯关于中国市场持续价格战、以及特斯拉是否会推出更便宜车型的提问时说，中国的价格战“终究会结束”，届时“只有少数几家真正有规模的公司能活下来”。

乔纳斯在提问中援引了乘联会数据，指出国产新能源车平均售价已同比下降约8%。

马斯克还表示，经济型车型将于下半年投产，但他没有透露具体价格。他补充说，特斯拉在中国的盈利能力“依然健康”。

特斯拉二季度营收同比下降12%，净利润下降16%。
""",
["中国的价格战“终究会结束”，届时“只有少数几家真正有规模的公司能活下来”",
 "特斯拉在中国的盈利能力“依然健康”"],
"framing headline '…之争：马斯克再谈中国' over a body that does contain his China claims; long clause between 马斯克 and 说; economy-model date not gold; analyst's data not gold")

# 54 earnings_call, negative: label
D(54, "earnings_call", "label",
"",
"""
操作员: 下一位提问者是瑞银的约瑟夫·斯帕克。
约瑟夫·斯帕克: 埃隆，你在去年的股东大会上说中国工程师“是全世界最好的”，那特斯拉会在中国扩大研发团队吗？
埃隆·马斯克: 我们的AI训练主要在得州的Cortex集群完成。下个季度，Cortex 2会上线，算力会翻一番。
约瑟夫·斯帕克: 明白。那Optimus的量产时间？
埃隆·马斯克: 明年年中开始小批量生产，目标是年底达到每周一千台。
操作员: 谢谢，下一个问题。
""",
[],
"analyst quotes Musk's past China remark inside a question; his answers are about Cortex and Optimus")

# 55 podcast_labelled, positive
D(55, "podcast_labelled", "label",
"All-In播客｜马斯克：中国的制造能力被严重低估",
"""
Chamath: Elon，大家都在讨论中美的AI竞赛，你怎么看？
Elon Musk: 我觉得大多数人严重低估了中国。中国的制造能力被严重低估了，他们在电池、太阳能、电动车上的产能已经远超其他国家的总和。
David Sacks: 但在芯片上他们还落后吧？
Elon Musk: 落后，但差距在缩小。他们会找到办法的，他们一向如此。
Jason: 换个话题，星舰下一次什么时候飞？
Elon Musk: 大概一个月后。我们这次会尝试用塔臂接住二级。
Chamath: 你最近睡得好吗？
Elon Musk: 不好。（笑）
""",
["中国的制造能力被严重低估",
 "我觉得大多数人严重低估了中国。中国的制造能力被严重低估了，他们在电池、太阳能、电动车上的产能已经远超其他国家的总和。",
 "落后，但差距在缩小。他们会找到办法的，他们一向如此。"],
"labelled podcast; second answer about China only through the host's question and 他们; Starship/sleep turns not gold; host's question not gold")

# 56 podcast_labelled, negative: Kimbal
D(56, "podcast_labelled", "label",
"播客实录｜马斯克兄弟同台：从火星聊到餐桌",
"""
主持人：两位很少一起上节目。金博尔，你最近去了中国？
金博尔·马斯克：对，我在成都和杭州待了两周。中国的餐饮供应链太厉害了，一家餐厅从下单到食材送达只要半个小时。
主持人：埃隆，你同意吗？
埃隆·马斯克：我没去过那些餐厅。我最近的时间都花在星舰上了。
金博尔·马斯克：他每次都这么说。（笑）我觉得中国的城市农业值得美国好好学习。
主持人：埃隆，火星第一座城市什么时候能建成？
埃隆·马斯克：如果一切顺利，二十年左右。
""",
[],
"other Musk (Kimbal Musk) speaks about China; Elon's own turns are about himself and Mars")

# 57 podcast_labelled, positive: Lex Fridman
D(57, "podcast_labelled", "label",
"Lex Fridman播客第四百期｜马斯克谈AI、中国与意识（中文整理）",
"""
Lex Fridman：你认为中国在人工智能上会超过美国吗？
马斯克：短期内不会，因为芯片的限制。但从长期看，中国在电力和工程人才上的优势非常大。如果我必须下注，我会说中国在AI应用层面很可能领先。
Lex Fridman：你如何看待意识？
马斯克：意识可能是一种涌现现象。我们还不知道答案，但我倾向于认为它是连续的，而不是二元的。
Lex Fridman：回到中国，你去过很多次，那里的人给你什么印象？
马斯克：非常有活力。我在上海见过的年轻人，眼里都有光。那种对未来的乐观，在很多国家已经很少见了。
Lex Fridman：最后一个问题，你害怕死亡吗？
马斯克：不害怕。某种程度上，死亡是一种解脱。
""",
["短期内不会，因为芯片的限制。但从长期看，中国在电力和工程人才上的优势非常大。如果我必须下注，我会说中国在AI应用层面很可能领先。",
 "非常有活力。我在上海见过的年轻人，眼里都有光。那种对未来的乐观，在很多国家已经很少见了。"],
"hedged/conditional prediction; answer whose China topic comes from the question ('非常有活力'); consciousness/death turns not gold")

# 58 podcast_labelled, positive: 'Elon' label
D(58, "podcast_labelled", "label",
"",
"""
主持人: 欢迎Elon做客我们的节目。你最近一次去上海是什么时候？
Elon: 去年春天。上海工厂的自动化程度又提高了，冲压车间几乎看不到人。
主持人: 很多中国听众想知道，你怎么看小米造车？
Elon: 小米做得很好。他们第一款车就能做到这个水平，非常了不起。我给他们的团队发过祝贺邮件。
主持人: 你会考虑让Optimus进入中国家庭吗？
Elon: 我们的路线图是先进入工厂，再进入家庭。时间上我不想给出承诺。
主持人: 谢谢Elon。
""",
["上海工厂的自动化程度又提高了，冲压车间几乎看不到人。",
 "小米做得很好。他们第一款车就能做到这个水平，非常了不起。我给他们的团队发过祝贺邮件。"],
"speaker label is the nickname 'Elon'; Xiaomi with pronoun 他们; Optimus roadmap answer is general (not gold) although the question mentions China")

# 59 podcast_labelled, negative: hosts discuss Musk
D(59, "podcast_labelled", "label",
"硅谷早知道 EP218｜马斯克的中国牌还能打多久",
"""
主持人Ada：今天我们来聊聊马斯克和中国。我觉得他对中国的态度一直很微妙。
嘉宾老周：对，他的生意离不开中国，但他现在的政治身份又让他很难公开多说什么。
主持人Ada：上海工厂现在占特斯拉全球产量的多少？
嘉宾老周：大概百分之四十到五十。所以你看，他每次来中国都是低调快闪。
主持人Ada：那你怎么看特斯拉在中国的前景？
嘉宾老周：我个人比较悲观。国产车企的产品力已经全面超过Model 3和Model Y了。
""",
[],
"Chinese podcast hosts talk about Musk and China; he is not a speaker")

# 60 podcast_unlabelled, positive
D(60, "podcast_unlabelled", "unlabeled",
"《深度对话》第58期",
"""
欢迎回到节目。今天的嘉宾不需要太多介绍。Elon，谢谢你抽时间来。

谢谢邀请，很高兴来这里。

我们直接开始吧。你怎么看待中国的电动车行业？

我觉得中国的电动车行业是全世界最有竞争力的，没有之一。那里有上百家车企在拼命竞争，最后能活下来的都会非常强。

那特斯拉怎么应对？

我们要靠自动驾驶和AI。单纯在硬件成本上跟他们拼，很难赢，因为他们的供应链太高效了。

说到AI，你的Grok最近进展如何？

Grok 5正在训练，我们用的是全世界最大的GPU集群。我预计年底会有一个很大的飞跃。

最后，给年轻人一句建议？

做有用的事，别太在意别人的看法。
""",
["我觉得中国的电动车行业是全世界最有竞争力的，没有之一。那里有上百家车企在拼命竞争，最后能活下来的都会非常强。",
 "单纯在硬件成本上跟他们拼，很难赢，因为他们的供应链太高效了。"],
"unlabelled transcript; 他们 = Chinese carmakers; Grok and advice turns not gold; host questions not gold",
guests=["Elon Musk"])

# 61 podcast_unlabelled, negative
D(61, "podcast_unlabelled", "unlabeled",
"Moonshot播客 第212期 访谈节选",
"""
很多听众都对中国感兴趣，不过今天我们先聊聊太空。Elon，星舰现在最大的技术难点是什么？

热防护。隔热瓦还是会掉，我们每次飞行都在改进。我认为再有两三次飞行就能解决大部分问题。

那火星呢？

2026年的窗口我们会送无人飞船过去，如果着陆成功，2028年或2029年就可能有载人任务。

你不担心别的竞争者先到吗？

我更担心的是我们自己进度太慢。SpaceX最大的敌人是时间。

好的，下次我们一定专门聊聊中国。
""",
[],
"unlabelled transcript where only the host mentions China; guest talks heat shield, Mars, schedule",
guests=["Elon Musk"])

# 62 podcast_unlabelled, positive: host quote, Taiwan
D(62, "podcast_unlabelled", "unlabeled",
"",
"""
……所以我们回到刚才的话题。你说过很多次，中国是特斯拉最重要的市场之一。现在还是这样吗？

当然。中国是全球最大的电动车市场，我们在上海的工厂也是我们最高效的工厂。这一点没有变。

但是中国品牌的份额越来越高。

这很正常。中国有很多非常优秀的汽车公司，比亚迪、吉利、小米、蔚来，都很强。竞争让每个人变得更好。

你对台湾问题怎么看？很多人担心芯片供应。

我的看法一直没变：台海的紧张局势是全球科技行业最大的单一风险。我希望各方保持克制。

好，我们休息一下，马上回来。
""",
["当然。中国是全球最大的电动车市场，我们在上海的工厂也是我们最高效的工厂。这一点没有变。",
 "这很正常。中国有很多非常优秀的汽车公司，比亚迪、吉利、小米、蔚来，都很强。竞争让每个人变得更好。",
 "我的看法一直没变：台海的紧张局势是全球科技行业最大的单一风险。我希望各方保持克制。"],
"unlabelled mid-show excerpt; host paraphrases his earlier words in a question (not gold); Taiwan Strait answer",
guests=["Elon Musk"])

# 63 podcast_unlabelled, positive: Chinese talk show
D(63, "podcast_unlabelled", "unlabeled",
"《有话直说》特别节目：对话埃隆·马斯克",
"""
观众朋友们晚上好，欢迎收看《有话直说》。今天我们非常荣幸地请到了埃隆·马斯克先生。马斯克先生，您好。

你好，很高兴来到这里。

您第一次来中国是什么时候？当时有什么印象？

大概是2014年，来北京交付第一批Model S。那时候我就觉得，这个国家的变化速度是我在任何地方都没见过的。

很多中国网友叫您“马斯克老师”，还有人叫您“钢铁侠”，您知道吗？

知道一点，挺有意思的。

您觉得中国的年轻人应该学习您什么？

不要学我的作息。（笑）我想说的是，中国年轻人已经非常努力了，他们更需要的是敢于冒险、敢于失败。

谢谢马斯克先生。
""",
["那时候我就觉得，这个国家的变化速度是我在任何地方都没见过的。",
 "我想说的是，中国年轻人已经非常努力了，他们更需要的是敢于冒险、敢于失败。"],
"unlabelled Chinese talk show; '这个国家' refers to China; his visit date and nickname answer not gold",
guests=["Elon Musk"])

# 64 podcast_unlabelled, negative
D(64, "podcast_unlabelled", "unlabeled",
"Full Send播客 第九集（节选）",
"""
欢迎回来。刚才我们聊到中国市场的一些数据，不过Elon说今天想聊点轻松的。Elon，你的孩子们最近怎么样？

都很好。小X现在特别喜欢火箭，每次发射他都要在控制室看。

你还在玩《暗黑破坏神》吗？

玩得少了，但偶尔还会熬夜打几局。我觉得游戏是很好的减压方式。

你觉得X平台现在最大的问题是什么？

机器人账号。我们每天删除数百万个，但它们还在不断出现。

好的，今天就到这里。
""",
[],
"host mentions China market; guest talks about kids, games, bots; 它们 = bot accounts",
guests=["Elon Musk"])

# 65 vtt, positive
D(65, "vtt", "vtt",
"马斯克接受财经频道专访（中文字幕）",
"",
["我认为中国电动车企业是目前全世界最具竞争力的。",
 "他们的工程师非常多，而且工作非常努力。"],
"WebVTT with voice tags; second cue's 他们 refers to Chinese EV makers; Robotaxi cue not gold; host cues not gold",
vtt="""WEBVTT

00:00:01.000 --> 00:00:05.500
<v 主持人>马斯克先生，您如何看待中国电动车的快速崛起？

00:00:05.500 --> 00:00:11.000
<v Elon Musk>我认为中国电动车企业是目前全世界最具竞争力的。

00:00:11.000 --> 00:00:16.200
<v Elon Musk>他们的工程师非常多，而且工作非常努力。

00:00:16.200 --> 00:00:20.000
<v 主持人>那特斯拉的应对策略是什么？

00:00:20.000 --> 00:00:26.500
<v Elon Musk>我们的重点是自动驾驶。明年我们会在更多城市推出Robotaxi。

""")

# 66 vtt, negative
D(66, "vtt", "vtt",
"对话马斯克：星舰与登月（视频字幕）",
"",
[],
"host asks about Chinese commercial space; his answers are about Starship and NASA (他们 = NASA)",
vtt="""WEBVTT

00:00:00.500 --> 00:00:06.000
<v 主持人>有人说中国的商业航天正在快速追赶SpaceX，您怎么看？

00:00:06.000 --> 00:00:12.800
<v Elon Musk>星舰是有史以来最大的火箭，完全可复用是我们唯一的目标。

00:00:12.800 --> 00:00:16.000
<v 主持人>那您对NASA的登月计划怎么看？

00:00:16.000 --> 00:00:22.400
<v Elon Musk>他们的预算太分散了。如果集中资源，登月会快得多。

""")

# 67 vtt, positive: <v 马斯克>, statement across cues
D(67, "vtt", "vtt",
"",
"",
["它是我们全世界效率最高的工厂，建成只用了不到一年。",
 "完全没有这回事。我们在中国的投资只会增加，不会减少。",
 "下个月我们还会在上海启动储能超级工厂二期。"],
"voice tag in Chinese; 它 in the next cue refers to the Shanghai factory named in the previous cue; denial worded as a claim",
vtt="""WEBVTT

00:00:02.000 --> 00:00:04.500
<v 马斯克>关于上海工厂，我想说的是，

00:00:04.500 --> 00:00:09.000
<v 马斯克>它是我们全世界效率最高的工厂，建成只用了不到一年。

00:00:09.000 --> 00:00:13.000
<v 记者>有传言说特斯拉要缩减在华投资？

00:00:13.000 --> 00:00:18.500
<v 马斯克>完全没有这回事。我们在中国的投资只会增加，不会减少。

00:00:18.500 --> 00:00:22.000
<v 马斯克>下个月我们还会在上海启动储能超级工厂二期。

""")

# 68 vtt, positive: host quotes him
D(68, "vtt", "vtt",
"专访埃隆·马斯克：AI竞赛与出口管制",
"",
["是的，甚至比我当时想的还要快。",
 "DeepSeek和其他中国团队证明了他们可以用更少的算力做出很好的模型。",
 "有一定效果，但我认为它只是延缓，而不是阻止。"],
"interviewer quotes his earlier words (not gold); short answer whose China topic comes from the question; export controls on China",
vtt="""WEBVTT

00:00:00.000 --> 00:00:06.000
<v 主持人>您去年说过，“中国将在AI上与美国并驾齐驱”。您现在还这样认为吗？

00:00:06.000 --> 00:00:09.500
<v 埃隆·马斯克>是的，甚至比我当时想的还要快。

00:00:09.500 --> 00:00:15.500
<v 埃隆·马斯克>DeepSeek和其他中国团队证明了他们可以用更少的算力做出很好的模型。

00:00:15.500 --> 00:00:19.000
<v 主持人>那美国对华芯片出口管制有效吗？

00:00:19.000 --> 00:00:24.000
<v 埃隆·马斯克>有一定效果，但我认为它只是延缓，而不是阻止。

""")

# 69 vtt, negative: Kimbal
D(69, "vtt", "vtt",
"金博尔·马斯克上海行（访谈字幕）",
"",
[],
"other Musk (Kimbal) speaks about China in VTT; Elon only mentioned",
vtt="""WEBVTT

00:00:01.000 --> 00:00:04.000
<v 主持人>金博尔，您这次来上海有什么感受？

00:00:04.000 --> 00:00:10.000
<v Kimbal Musk>上海的变化太大了。中国的年轻人对可持续农业特别感兴趣。

00:00:10.000 --> 00:00:13.000
<v 主持人>您的哥哥埃隆最近也在谈中国。

00:00:13.000 --> 00:00:19.000
<v Kimbal Musk>他有他的看法，我只谈食物。（笑）中国的食物是世界上最好的。

""")

# 70 traditional_chinese, positive: 明報
D(70, "traditional_chinese", "article",
"馬斯克：大陸電動車技術已超越歐美",
"""
【明報專訊】特斯拉行政總裁馬斯克（Elon Musk）昨日在社交平台X發帖，稱中國大陸的電動車技術「已經超越歐美」，歐洲車廠若不加快轉型，「十年內將失去大部分市場」。

馬斯克又指，比亞迪和吉利等陸企的電池與電控技術「相當出色」，特斯拉亦須加倍努力。

有本港汽車業界人士認為，馬斯克的言論反映陸企在海外市場的擴張速度，香港電動車市場中國品牌的份額已超過四成。
""",
["大陸電動車技術已超越歐美",
 "中國大陸的電動車技術「已經超越歐美」，歐洲車廠若不加快轉型，「十年內將失去大部分市場」",
 "比亞迪和吉利等陸企的電池與電控技術「相當出色」，特斯拉亦須加倍努力"],
"Hong Kong outlet, traditional characters, 大陸/陸企, 「」 quotes, 又指 continuation; industry person's view not gold")

# 71 traditional_chinese, negative: 自由時報
D(71, "traditional_chinese", "article",
"馬斯克涉台言論再掀波瀾 立委：應正視中共統戰",
"""
〔記者 林佳蓉／台北報導〕美國電動車大廠特斯拉執行長馬斯克過去的涉台言論，近日因一段網路影片再度被翻出討論。多名立委昨日在立法院受訪時表示，國際企業家在中國大陸有龐大商業利益，發言難免受到影響。

民進黨籍立委表示，中共長期透過商業利益對外商施壓，台灣社會應正視這種「以商逼政」的統戰手法。國民黨籍立委則認為，不必對個別企業家的言論過度解讀。

陸委會官員受訪時表示，台灣是主權國家，任何外國人士的言論都不會改變這個事實。
""",
[],
"Taiwan outlet; his past remarks on Taiwan are mentioned but never quoted or paraphrased; only legislators and MAC speak")

# 72 traditional_chinese, positive: old Taiwan remarks
D(72, "traditional_chinese", "article",
"特斯拉在台銷量下滑 馬斯克舊言論再被提起",
"""
〔經濟日報 記者 陳冠宇／台北報導〕特斯拉今年前三季在台銷量年減逾兩成，業界分析，除價格因素外，馬斯克過去的涉台言論也影響部分消費者觀感。

馬斯克2023年曾在一場財經論壇中說，「北京的政策是把台灣整合進中國」，並把台灣與中國的關係比作美國與夏威夷。這番話當時在台灣引發強烈反彈。

他在同一場合也表示：「如果台海發生衝突，特斯拉和蘋果都會受到嚴重衝擊。」

台灣特斯拉經銷體系人士則表示，新款Model Y的訂單已見回溫。
""",
["北京的政策是把台灣整合進中國",
 "把台灣與中國的關係比作美國與夏威夷",
 "如果台海發生衝突，特斯拉和蘋果都會受到嚴重衝擊。"],
"Taiwan outlet recalling his remarks from years ago (gold); paraphrase of a comparison he made; dealer statement not gold")

# 73 traditional_chinese, positive: CATL, long locative
D(73, "traditional_chinese", "article",
"馬斯克讚寧德時代 稱陸企電池成本「無人能及」",
"""
鉅亨網新聞中心 特斯拉執行長馬斯克周二在美國加州一場由投資銀行主辦、以能源轉型為題的閉門座談會上，談到電池供應鏈時直言，寧德時代是「全世界最好的電池公司之一」。

他並說，中國大陸電池廠的成本「無人能及」，美國本土電池產業至少需要五到十年才能追上。

馬斯克也提到，特斯拉自製的4680電池良率已顯著改善，但他未透露具體數據。

寧德時代股價周三在深圳盤中一度上漲逾4%。
""",
["陸企電池成本「無人能及」",
 "寧德時代是「全世界最好的電池公司之一」",
 "中國大陸電池廠的成本「無人能及」，美國本土電池產業至少需要五到十年才能追上"],
"two-verb headline (讚 … 稱 …); long locative between 馬斯克 and 直言; 4680 remark not gold")

# 74 traditional_chinese, negative: Maye in HK
D(74, "traditional_chinese", "article",
"梅耶馬斯克訪港 稱中國年輕人「很拼」",
"""
【香港01】國際名模梅耶．馬斯克（Maye Musk）昨日抵港出席一場時裝品牌活動。現年77歲的她是特斯拉行政總裁伊隆．馬斯克的母親。

梅耶在活動上說，自己過去十年多次到訪內地，覺得「中國年輕人很拼，也很有禮貌」，又稱最喜歡香港的點心。

被問到兒子近日有關中國的言論，她笑言：「我不談政治，只談時裝。」
""",
[],
"other Musk (mother Maye) praises Chinese youth; Elon only referred to")

# 75 traditional_chinese, positive: earnings call, nested quotes
D(75, "traditional_chinese", "article",
"特斯拉財報會議 馬斯克：中國市場仍是重中之重",
"""
鉅亨網編譯 特斯拉周三盤後公布財報。執行長馬斯克在隨後的法說會上表示，中國市場「仍是重中之重」，上海超級工廠第三季交付量創下新高。

他補充說，中國消費者對智能駕駛的接受度「全球最高」，只要監管許可，FSD在大陸的滲透率會「非常快」。

「大陸的工程師常跟我說『明天就能搞定』，而他們真的每次都做到了。」馬斯克笑說。

馬斯克並說，Cybercab將於明年在德州量產，首批車輛將用於奧斯汀的自動駕駛叫車服務。

財務長塔內加則指出，特斯拉在中國的平均售價較去年同期下滑約5%。
""",
["中國市場仍是重中之重",
 "中國市場「仍是重中之重」，上海超級工廠第三季交付量創下新高",
 "中國消費者對智能駕駛的接受度「全球最高」，只要監管許可，FSD在大陸的滲透率會「非常快」",
 "大陸的工程師常跟我說『明天就能搞定』，而他們真的每次都做到了。"],
"traditional chars; 補充說 continuation; nested 『』 quote inside his 「」 quote, attributed at the end; Cybercab date and CFO remark not gold")
