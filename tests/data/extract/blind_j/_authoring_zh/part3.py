from common import D, VTT
DOCS = []
A = DOCS.append

A(D(51, "podcast_labelled", "label",
"播客实录｜马斯克做客《硅谷夜话》：谈中国、AI与能源",
"""
韩立：欢迎埃隆来到我们的节目。我们先从一个大家都关心的话题开始——中国。
马斯克：好的。⟦我觉得很多美国人低估了中国。中国的制造能力大约是美国的两到三倍。⟧
韩立：你是指哪些领域？
马斯克：⟦几乎所有领域，钢铁、造船、电池、太阳能。尤其是造船，中国的造船能力大约是美国的两百倍。⟧
韩立：那人工智能呢？
马斯克：⟦中国在AI上也会非常强，他们的人才储备很深，而且电力充足。⟧
韩立：说到电力，你最近很关注美国的电网。
马斯克：对，美国的变压器短缺非常严重，这是一个被忽视的问题。我们需要更多的核电和太阳能。
韩立：最后聊聊火星吧。
马斯克：我们计划在下一个窗口期发射五艘无人星舰去火星。
""",
"labelled transcript; elliptical answers whose topic comes from the host's China question; US grid and Mars turns not gold"))

A(D(52, "podcast_labelled", "label",
"《深度对话》第72期：马斯克谈政府效率与SpaceX",
"""
主持人A：上周我们刚聊完中国的电动车出口，今天请到了埃隆。
主持人B：埃隆，我们先不谈中国，先谈政府效率。
马斯克：好。联邦政府的浪费是惊人的，很多支出根本没有人追踪。
主持人A：你觉得能削减多少？
马斯克：至少一万亿美元，如果认真去做的话。
主持人B：有人说中国的政府效率比美国高，你同意吗？
马斯克：我今天不想讨论其他国家，我们只谈美国自己的问题。
主持人A：那SpaceX呢？
马斯克：星链用户刚刚突破六百万。
""",
"hard negative: hosts mention China; he declines and talks US government, Starlink"))

A(D(53, "podcast_labelled", "label",
"《车评夜谈》特别节目：马斯克连线",
"""
主持人：我们注意到，蔚来、理想这些国产车企今年在智能座舱上进步非常快。
埃隆·马斯克：⟦是的，他们的迭代速度快得惊人，几乎每个月都有新的软件版本。⟧
主持人：那欧洲呢？欧洲的监管机构最近又推迟了FSD的审批。
埃隆·马斯克：他们太保守了，总是在等别人先做。
主持人：你会因此调整在欧洲的策略吗？
埃隆·马斯克：不会，我们会继续推动。
主持人：回到中国，你认为中国消费者最看重什么？
埃隆·马斯克：⟦中国消费者对科技非常敏感，他们比任何其他市场的用户都更愿意尝试新功能。⟧
""",
"pronoun '他们' = 国产车企 (gold) vs '他们' = European regulators (not gold)"))

A(D(54, "podcast_labelled", "label",
"播客｜金博尔·马斯克：我眼中的哥哥和中国",
"""
主持人：金博尔，你这几年来中国多少次了？
金博尔·马斯克：大概七八次吧。每次来都能看到新的东西。
主持人：你哥哥埃隆怎么看中国？
金博尔·马斯克：他很尊重中国的工程师，这是我知道的。但具体的，你得问他。
主持人：你们私下会聊中国的电动车吗？
金博尔·马斯克：偶尔会。他对比亚迪评价挺高的——不过那是饭桌上的闲聊。
""",
"hard negative: Kimbal Musk speaking, including hearsay about Elon's views"))

A(D(55, "podcast_labelled", "label",
"《名人面对面》：马斯克谈中美关系",
"""
主持人：你觉得中美之间的关税战会持续下去吗？
马斯克：⟦我希望不会。关税对双方都没有好处，中国和美国应该是合作伙伴，而不是对手。⟧
主持人：很多人说你在中国的利益太多，所以才这么说。
马斯克：⟦我说的是我真实的想法。就算特斯拉在中国一辆车都不卖，我也会这么说。⟧
主持人：你对台湾问题怎么看？
马斯克：⟦我觉得这是一个非常敏感的问题，我只希望两岸能和平解决分歧。⟧
主持人：最后，给年轻人一句建议？
马斯克：努力工作，每周八十到一百个小时。
""",
"tariffs, Taiwan (cross-strait); host's insinuation not gold; advice turn not gold"))

A(D(56, "podcast_unlabelled", "unlabeled",
"科技播客第128期：与埃隆·马斯克的对话",
"""
欢迎回到节目。今天的嘉宾不需要太多介绍，埃隆，谢谢你抽时间过来。
谢谢邀请，很高兴来到这里。
我想先问一个很多听众关心的问题。你怎么看中国在电动车领域的崛起？
⟦我认为中国的电动车公司是世界上最具竞争力的。他们工作非常努力，而且工作方式很聪明。⟧
那特斯拉在中国会不会被挤压？
⟦竞争肯定很激烈，但我们在上海有非常出色的团队。上海超级工厂是我们效率最高的工厂。⟧
我们换个话题，聊聊Neuralink吧。
好的。我们的第一批患者恢复得都很好，明年会扩大到几十名患者。
""",
"unlabelled transcript: guest's answers about China gold, host questions not",
guests=["埃隆·马斯克"]))

A(D(57, "podcast_unlabelled", "unlabeled",
"《未来派》第56期",
"""
今天的节目我们刚从上海回来，那边的自动驾驶出租车已经非常普及了，我们坐了好几趟。好，现在有请今天的嘉宾埃隆·马斯克。
大家好。
埃隆，你对火星的计划现在进行到哪一步了？
我们正在建造第一批火星飞船。如果顺利，两年后的窗口期就能发射。第一批不载人，主要是测试着陆。
那人形机器人呢？
Optimus会是特斯拉最有价值的产品，比汽车还重要。我认为最终全世界会有数十亿台人形机器人。
非常感谢埃隆。下期节目我们会专门聊聊中国的机器人产业。
""",
"hard negative: host talks about Shanghai and Chinese robotics; guest speaks only of Mars and Optimus",
guests=["埃隆·马斯克"]))

A(D(58, "podcast_unlabelled", "unlabeled",
"财经对话：马斯克谈芯片与中国",
"""
今天我们请到了埃隆·马斯克，聊聊芯片和供应链。
很高兴来。
美国对中国的芯片出口管制越来越严，你怎么看？
⟦如果限制一直持续下去，中国最终会自己造出先进芯片，可能只需要五到七年。他们有足够的人才和资金。⟧
所以你认为管制没有用？
⟦短期有用，长期可能适得其反。这会逼着中国加速自主研发。⟧
那特斯拉自己的芯片呢？
我们的AI5芯片明年量产，由两家代工厂分别生产。
""",
"export controls; conditional claim; own-chip answer not gold",
guests=["Elon Musk"]))

A(D(59, "podcast_unlabelled", "unlabeled",
"创业访谈：周以恒谈人形机器人与马斯克",
"""
今天的嘉宾是人形机器人公司星擎智能的创始人周以恒。
大家好，我是周以恒。
你们的产品经常被拿来和特斯拉的Optimus比较。
是的。我去年在一个活动上见过马斯克，我跟他说，中国的供应链能把机器人成本降到他想象不到的程度。他笑了笑，没说什么。
你觉得马斯克怎么看中国的机器人公司？
我不知道他怎么想。但我相信他会注意到我们的。
""",
"hard negative: guest is a Chinese founder; Musk only the object of his anecdote",
guests=["周以恒"]))

A(D(60, "podcast_unlabelled", "unlabeled",
"AI圆桌第9期",
"""
欢迎收听。今天我们请到埃隆·马斯克，聊聊开源模型。
谢谢。
DeepSeek发布之后，美国科技股大跌，你觉得市场反应过度了吗？
有点过度了。⟦但你不能否认，DeepSeek确实做出了很好的工作。一个中国团队用这么少的资源做到这一步，谁能说他们不够厉害呢？⟧
那xAI会开源吗？
我们会开源上一代的Grok模型，这是我们一贯的做法。
""",
"rhetorical question about a Chinese AI team; market-reaction clause and xAI answer not gold",
guests=["埃隆·马斯克"]))

A(D(61, "vtt", "vtt",
"视频字幕：马斯克谈中国竞争",
"",
"interviewer's question paraphrasing him not gold; Chinese carmakers and '他们' in his cues",
vtt=VTT([
 ("主持人", "埃隆，你最近说中国是特斯拉最大的竞争威胁，能具体说说吗？"),
 ("埃隆·马斯克", "⟦当然。中国的汽车公司进步速度非常快，他们的成本结构比我们低很多。⟧"),
 ("埃隆·马斯克", "⟦如果没有关税保护，他们会在全球市场上打败大多数传统车企。⟧"),
 ("主持人", "那特斯拉怎么应对？"),
 ("埃隆·马斯克", "我们靠自动驾驶。自动驾驶会让汽车的价值提高好几倍。"),
])))

A(D(62, "vtt", "vtt",
"星舰第八次试飞发布会字幕",
"",
"hard negative: Chinese reporter asks about China; Musk defers and talks Starship",
vtt=VTT([
 ("埃隆·马斯克", "这次试飞我们验证了新的隔热瓦，整体表现比上次好很多。"),
 ("埃隆·马斯克", "下一步是在轨推进剂加注，这是去月球和火星的关键。"),
 ("记者", "我来自一家中国媒体，想问一下SpaceX会与中国航天机构合作吗？"),
 ("埃隆·马斯克", "这个我们改天再聊。今天我们只谈星舰。"),
 ("记者", "那星舰什么时候能载人？"),
 ("埃隆·马斯克", "乐观估计是三年内。"),
])))

A(D(63, "vtt", "vtt",
"特斯拉发布会视频字幕",
"",
"pronoun '他们' in a later cue refers to Shanghai workers in his previous cue; Model Y range cue not gold",
vtt=VTT([
 ("埃隆·马斯克", "⟦我上次去上海工厂的时候，看到那里的工人凌晨三点还在产线上。⟧"),
 ("埃隆·马斯克", "⟦他们的效率让人震惊，真的。⟧"),
 ("埃隆·马斯克", "好了，我们来看看新的Model Y。它的续航提高了大约百分之十。"),
 ("埃隆·马斯克", "交付会在下个月开始。"),
])))

A(D(64, "vtt", "vtt",
"国产车企发布会字幕：创始人谈特斯拉",
"",
"hard negative: Chinese CEO recounts what Musk told him",
vtt=VTT([
 ("何志远", "大家晚上好，欢迎来到我们的年度发布会。"),
 ("何志远", "我非常尊重马斯克先生，他告诉过我，中国市场是全世界最难的。"),
 ("何志远", "所以我们一直把特斯拉作为标杆，今天发布的这款车就是我们的答案。"),
])))

A(D(65, "vtt", "vtt",
"访谈字幕：马斯克谈关税与航天",
"",
"tariffs on Chinese EVs gold; '他们' = NASA not gold",
vtt=VTT([
 ("主持人", "你觉得美国对中国电动车征收百分之百关税合理吗？"),
 ("埃隆·马斯克", "⟦我不支持这种关税。中国车企应该通过公平竞争来赢得市场，而美国车企也应该这样。⟧"),
 ("主持人", "说到航天，NASA最近调整了登月计划。"),
 ("埃隆·马斯克", "他们做出这个决定是明智的，星舰可以承担更多任务。"),
])))

A(D(66, "short_summary", "article",
"马斯克谈及中国市场前景",
"""
特斯拉首席执行官埃隆·马斯克周二在一场投资者会议上谈及中国市场前景及公司的降价策略。
""",
"hard negative: summary only says he talked about China"))

A(D(67, "short_summary", "article",
"马斯克称⟦特斯拉将扩大上海工厂出口⟧",
"""
马斯克周三表示，⟦特斯拉计划明年将上海超级工厂的出口比例提高到一半以上⟧，以抵消国内销量下滑的影响。
""",
"short summary; trailing purpose clause left out of gold (journalist's framing)"))

A(D(68, "short_summary", "article",
"梅耶·马斯克称中国是她“最喜欢的国家之一”",
"""
埃隆·马斯克的母亲梅耶·马斯克在上海出席一场时装活动时表示，中国是她最喜欢的国家之一。
""",
"hard negative: Maye Musk, not the watched speaker"))

A(D(69, "short_summary", "article",
"马斯克：⟦中国AI或在三至五年内赶上美国⟧",
"""
马斯克在周一的X Spaces中称，⟦中国可能会在三到五年内在人工智能领域赶上美国，“也可能更快”⟧。
""",
"hedged claim; nested quote"))

A(D(70, "short_summary", "article",
"马斯克抵达北京，将与中方官员会面",
"""
据知情人士透露，特斯拉CEO马斯克周日乘私人飞机抵达北京，预计将与中方官员讨论数据安全及自动驾驶相关事宜。
""",
"hard negative: what he did (visit), not what he said"))

A(D(71, "short_summary", "article",
"马斯克称⟦华为是最强的科技公司之一⟧",
"""
在周四的一段采访视频中，马斯克表示⟦华为是全球最强的科技公司之一⟧，并称⟦其在芯片受限的情况下仍能推出高端手机“非常了不起”⟧。
""",
"named Chinese company; two points in one sentence"))

A(D(72, "short_summary", "article",
"马斯克：星舰明年将尝试在轨加注",
"""
据36氪报道，马斯克在X上表示，星舰将于明年尝试首次在轨推进剂加注，这是登月任务的关键一步。
""",
"hard negative: claim headline but topic is Starship, in a Chinese outlet"))

A(D(73, "other", "article",
"从“中国市场”到“中国对手”：马斯克十年间的中国言论",
"""
2014年，特斯拉首批Model S在北京交付。交付仪式上，马斯克说：“⟦中国市场对特斯拉来说可能会和美国一样大。⟧”
彼时，很少有人把这句话当真。
2019年，上海超级工厂开工，马斯克在现场说，⟦上海工厂的建设速度“在全世界都找不到第二个”⟧。
2020年，他又在推特上写道：“⟦中国的超级工厂团队太棒了！⟧”
到了2023年，他的语气开始发生变化。在一次财报会上，他警告说，⟦中国车企“如果没有贸易壁垒，将摧毁世界上大多数其他车企”⟧。
同一年，他在一场发布会上说起自己的童年：“我小时候读了很多科幻小说，这塑造了我。”
今年，马斯克对中国的评价更多地涉及人工智能和能源。他在一次播客中说：“⟦中国的电力产出很快就会是美国的三倍。⟧”
他还说，⟦中国在AI领域“会是非常强大的力量”⟧。
十年间，从“市场”到“对手”，马斯克口中的中国，变了，又好像没变。
（本文首发于微信公众号“车圈观察局”）
""",
"long retrospective of old quotes (all gold); childhood quote not gold; author's framing not gold"))

A(D(74, "other", "article",
"辟谣｜网传“马斯克称中国将在2030年登陆火星”系伪造",
"""
近日，一张标注为“马斯克最新发言”的截图在微信群中广泛流传，内容为“中国将在2030年前登陆火星，领先SpaceX”。
经核查，马斯克本人从未在任何公开场合发表过上述言论，截图中的X账号为仿冒账号，用户名多了一个下划线。
马斯克最近一条涉及火星的真实帖子写的是：“火星基地，2030年代。”
专家提醒，网民应通过官方渠道核实名人言论。
""",
"hard negative: fabricated quote debunked; fact-checker's negation is not his denial; real post not about China"))

A(D(75, "other", "article",
"特斯拉中国发布致车主信，附马斯克寄语",
"""
特斯拉中国今日在官方微博发布《致中国车主的一封信》，感谢车主们五年来的支持。
信末附有马斯克的一段寄语：“⟦感谢每一位中国车主。中国是特斯拉旅程中最重要的篇章之一，我们会继续在这里投资。⟧”
信中还介绍了特斯拉在国内的补能网络：全国已建成超过2000座超级充电站。
特斯拉中国总裁在信中写道：“我们会一直倾听中国用户的声音。”
""",
"corporate letter: Musk's message gold, China president's quote not"))
