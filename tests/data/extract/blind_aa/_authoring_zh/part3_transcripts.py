"""Transcripts: podcasts (labelled / unlabelled), earnings calls, WebVTT, Q&A write-ups."""

from lib import doc, vtt_doc

DOCS = []
A = DOCS.append

# ---------------- labelled podcasts ----------------
A(doc("podcast_labelled", "label",
"《前沿对话》第87期：制造业、星舰与未来",
"""
主持人：欢迎回到《前沿对话》。今天我们请到了两位嘉宾，埃隆·马斯克和经济学家林嘉远。林教授，先从你开始，中国制造业现在的竞争力到底有多强？
林嘉远：我觉得很多人的印象还停留在十年前。中国现在不只是规模大，在电池、光伏、无人机这些领域，技术上也已经是领先者。深圳的供应链，你今天画出图纸，下周就能拿到样品。
主持人：埃隆，你同意吗？
马斯克：⟦同意，中国的制造能力被严重低估了⟧。⟦我们在上海的供应商，响应速度是其他地方的好几倍⟧。不过我今天更想聊的是星舰。
主持人：好，那我们就聊星舰。
马斯克：下一次试飞我们会尝试用发射塔的机械臂接住二级飞船。如果成功，这将是第一枚完全可复用的轨道火箭。
林嘉远：说到这个，中国的商业航天公司也在做类似的回收试验，进度比很多人想的要快。
马斯克：真正的瓶颈是每吨入轨的成本。我们的目标是把它降到每公斤一百美元以下。
主持人：这个数字听起来很疯狂。
马斯克：十年前大家也觉得火箭回收很疯狂。
""",
"two guests; the economist talks about China at length; Musk agrees briefly (gold) then changes subject to Starship (not gold)"))

A(doc("podcast_labelled", "label",
"",
"""
主持人：若琳，你刚从深圳回来，那边的机器人公司怎么样？
汪若琳：非常夸张。我一周之内去了七八家做人形机器人的公司，他们的迭代速度是按周算的，而且零部件价格只有美国的三分之一左右。
主持人：埃隆，特斯拉的Optimus会不会受到这些中国公司的冲击？
埃隆·马斯克：我觉得大家对人形机器人最大的误解，是把它当成一个硬件问题。它本质上是一个人工智能问题。手是最难的部分，人手有二十多个自由度，我们的新一代灵巧手做到了二十二个。
主持人：那价格呢？
埃隆·马斯克：量产之后，Optimus的成本应该能降到两万美元左右，比一辆车还便宜。
汪若琳：这个价位在中国其实已经有人做到了，当然性能上还有差距。
埃隆·马斯克：我们下个月会在弗里蒙特展示新版本。
主持人：好，我们期待一下。
""",
"host and guest talk about Chinese robot makers; Musk answers about Optimus in general and a demo date; no China statement"))

A(doc("podcast_labelled", "label",
"All-In中文精译：储能、电池与电网",
"""
Host: 我们今天的话题是储能。陈默，你先说说你最近看到的数据。
陈默: 我上个月看了几家中国电池厂商的报价，磷酸铁锂储能电芯的价格已经跌到每千瓦时五十美元以下了，两年前还是一百三十美元。
Elon Musk: ⟦他们的成本控制确实厉害⟧。⟦老实说，在储能电池上，目前没有任何一家非中国公司能在价格上跟他们竞争⟧。
Host: 那特斯拉的Megapack呢？
Elon Musk: Megapack的需求非常旺盛，我们在休斯敦附近的新工厂明年投产。⟦我们现在还是会从中国采购一部分电芯，但长期来说会更多地自己生产⟧。
苏珊·李: 我补充一点，美国的电网互联排队时间平均已经超过五年，这才是储能部署最大的障碍。
Elon Musk: 完全同意。电网审批是美国能源转型最大的瓶颈，不是电池。
""",
"他们 in Musk's turn refers to the Chinese battery makers named in the previous speaker's turn (gold); his US-grid turn not gold; ASCII speaker labels"))

A(doc("podcast_labelled", "label",
"《车圈夜话》特别节目",
"""
主持人：欧洲那边对FSD的审批一直在拖，上周又有一个国家的交通监管机构说要延期。
马斯克：他们太慢了。我们在美国已经积累了几十亿英里的行驶数据，他们还在要求我们提交纸质文件。
主持人：那你们打算怎么办？
马斯克：继续沟通。荷兰的监管机构相对开放一些，我们可能会先从那里开始。
周明：其实中国那边已经批准特斯拉在部分城市开展测试了，进展比欧洲快。
马斯克：我们的目标是今年年底前在欧洲至少一个国家上线。
主持人：好，感谢两位。
""",
"他们 = European regulators, 那里 = the Netherlands; another guest mentions China but Musk's reply is about Europe"))

A(doc("podcast_labelled", "label",
"《夜航》播客｜马斯克：玩笑、推文与稀土",
"""
小北：埃隆，很多中国网友说你是“推特之王”，一天发一百条。
埃隆·马斯克：一百条？那是状态不好的时候。
小北：那你怎么看中国的新能源车企？它们一年能发布好几十款新车。
埃隆·马斯克：⟦中国车企发布新车的速度比我发推文还快，这可不是一件容易的事⟧。（笑）
小北：说认真的，你担心供应链吗？
埃隆·马斯克：⟦假如中国明天停止出口稀土，全世界的电机工厂大概三个月内就会停工⟧。所以我们一直在研发不用稀土的电机。
小北：最后一个问题，你现在每天睡几个小时？
埃隆·马斯克：六个小时左右。睡少了第二天脑子就不好使。
""",
"joke/sarcasm about Chinese carmakers (gold) and a hypothetical about Chinese rare-earth exports (gold); joke about tweeting and sleep not gold"))

# ---------------- unlabelled podcasts ----------------
A(doc("podcast_unlabelled", "unlabeled",
"《科技早知道》特别节目：对话埃隆·马斯克",
"""
欢迎收听《科技早知道》特别节目。今天的嘉宾是埃隆·马斯克。埃隆，谢谢你抽空来。
谢谢邀请，很高兴来到这里。
我想先问一个很多中国听众关心的问题。你去年去了好几次上海，你怎么看现在的中国汽车市场？
⟦这是世界上竞争最激烈的汽车市场，没有之一⟧。⟦有一百多个电动车品牌在里面厮杀，能活下来的都非常强⟧。⟦我觉得最后中国可能只剩十家左右的车企⟧。
那我们换个话题，聊聊火星。你说过希望在火星上退休？
对，我希望死在火星上，只是别死于撞击。第一批货运飞船可能会在下一个发射窗口出发。
好的，非常感谢。
""",
"unlabelled one-guest interview; host addresses him by name; his China answer gold, his Mars answer not",
guests=["埃隆·马斯克"]))

A(doc("podcast_unlabelled", "unlabeled",
"",
"""
大家好，这里是《硅谷早班车》。今天我们非常荣幸请到了Elon Musk。Elon，欢迎。
谢谢。
最近中国的很多车企都在用激光雷达，价格已经降到两百美元以下了，一些国产车型上甚至装了三颗。我的问题是，你还坚持纯视觉方案吗？
是的。纯视觉是唯一可以大规模扩展的方案。道路本来就是为眼睛和大脑设计的，所以一台有摄像头和足够强大的神经网络的车，理论上可以开得比人好得多。
那你们的神经网络训练需要多少算力？
非常多。我们在得州的训练集群今年会扩展到大约五万块GPU，明年会更多。
最后，你对年轻工程师有什么建议？
多动手，少开会。
""",
"host's question carries the China lidar context; his answers are about vision, compute and advice, none about China",
guests=["Elon Musk"]))

A(doc("podcast_unlabelled", "unlabeled",
"《财经圆桌》：制造业的未来",
"""
欢迎来到《财经圆桌》。本期我们有两位嘉宾：埃隆·马斯克，以及长期研究亚洲供应链的投资人陈静。陈静，先请你谈谈。
好的。我过去半年跑了长三角和珠三角二十多家工厂。最大的感受是，中国制造业的自动化程度已经远超外界想象，很多工厂基本是熄灯生产，一条产线上就几个工人。
埃隆，你怎么看陈静说的？
⟦我同意，中国的制造业规模确实是世界第一，而且差距还在拉大⟧。不过我更想谈谈人工智能，因为未来的工厂会由人工智能来设计。
那你觉得这一天多久会到来？
五年之内。到时候人形机器人会比人类多。
陈静，你同意这个时间表吗？
我觉得会慢一些，至少在我看过的那些工厂里，人工智能还主要用在质检环节。
""",
"two guests; the other guest talks about Chinese factories; Musk agrees briefly (gold), then changes subject to AI (not gold)",
guests=["埃隆·马斯克", "陈静"]))

A(doc("podcast_unlabelled", "unlabeled",
"",
"""
欢迎收看本期《未来圆桌》。今天我们邀请了三位嘉宾：埃隆·马斯克、芯片行业分析师理查德·张，以及前欧盟贸易官员玛丽亚·桑托斯。理查德，先从你开始，中国在芯片上还能追多快？
我的看法是，在成熟制程上中国已经基本自给，而且产能还在快速扩张。先进制程还差两到三代，但差距在缩小。
玛丽亚，欧洲怎么看？
欧洲对来自中国的成熟制程芯片越来越警惕，我们担心的是价格倾销和对本土产业的冲击。
埃隆，你呢？你最担心的是什么？
我最担心的是美国自己的人工智能监管。如果华盛顿按照现在一些议员的想法立法，初创公司会被合规成本压垮。
为什么这么说？
因为大公司请得起一百个律师，小公司请不起。监管应该针对真正危险的能力，而不是所有模型。
谢谢三位。
""",
"three guests; the other two talk about Chinese chips; Musk talks only about US AI regulation",
guests=["埃隆·马斯克", "理查德·张", "玛丽亚·桑托斯"]))

A(doc("podcast_unlabelled", "unlabeled",
"《地缘与科技》第12期",
"""
欢迎收听《地缘与科技》。本期嘉宾有三位：埃隆·马斯克、安全问题学者大卫·罗斯，以及台湾半导体业资深人士吴佩珊。佩珊，先请你说说，台湾的业界现在怎么看两岸风险？
坦白说，大家都很焦虑，但日子还是要过。很多公司在日本和美国设厂，更多是客户的要求。
大卫，从安全角度看呢？
我认为未来五年是风险最高的窗口期，各方都需要非常谨慎。
埃隆，你怎么看？
⟦如果台海真的发生冲突，特斯拉和几乎所有大公司都会受到严重冲击⟧。⟦苹果会受影响，我们会受影响，全球经济都会受影响⟧。⟦所以我认为最重要的是两岸都保持克制⟧。
那我们换个轻松点的话题，你最近在玩什么游戏？
《暗黑破坏神》，我玩得还不错，排行榜前二十。
""",
"three guests; Taiwan scholar and security expert speak about cross-strait risk (not gold); Musk's hypothetical about a Taiwan Strait conflict is gold; his answer about video games is not",
guests=["埃隆·马斯克", "大卫·罗斯", "吴佩珊"]))

# ---------------- earnings calls ----------------
A(doc("earnings_call", "article",
"特斯拉第二季度财报电话会议实录（节选）",
"""
丹尼尔·黄——投资者关系主管
下一个问题来自一位卖方分析师。

马克·温特——某投行分析师
谢谢。埃隆，中国市场的价格战已经持续了两年多，你认为它什么时候会结束？特斯拉在中国的定价策略会有什么变化？

埃隆·马斯克——首席执行官
⟦中国市场的竞争非常残酷，可能是全世界最残酷的⟧。⟦那边有一百多家电动车公司，很多都在亏钱卖车，这种状况不可能永远持续，最终会有一轮大规模的整合⟧。我们的策略是专注于降低成本，而不是一味降价。另外我想强调一下，今年最重要的事情还是Robotaxi，我们计划在年底前把服务扩展到美国的另外八到十个城市。

首席财务官
补充一点，上海工厂第二季度的单车成本创了历史新低，这在很大程度上得益于本地供应链。
""",
"earnings-call transcript in 'Name -- title' format; Musk's China points gold, his Robotaxi point and the CFO's China remark not gold"))

A(doc("earnings_call", "label",
"",
"""
操作员：下一个问题来自一家美国券商的分析师。
分析师：谢谢。我想问一下中国市场，特斯拉在华份额今年明显下滑，管理层怎么看？另外，FSD在中国的推进情况如何？
首席财务官：关于中国，第二季度我们在当地的交付量同比有所下降，主要是因为竞争加剧和部分车型换代。我们在中国推出了新的金融方案，效果还需要观察。
马斯克：我来谈谈自动驾驶的整体情况。FSD最新版本的每次干预间隔里程比上一个版本提高了大约五倍。我们在奥斯汀的Robotaxi服务运行得非常顺利，没有发生重大事故。
分析师：谢谢，明白了。
马斯克：还有一点，Cybercab会在明年第二季度开始量产。
操作员：下一个问题。
""",
"analyst asks about China; the CFO answers about China; Musk answers only about FSD in general, Austin Robotaxi and Cybercab"))

A(doc("earnings_call", "label",
"特斯拉第三季度业绩会（文字实录节选）",
"""
分析师（欧洲某银行）：埃隆，比亚迪今年的纯电销量很可能超过特斯拉，你怎么看这个竞争对手？
马斯克：⟦他们是一家非常强的公司，尤其是在电池和垂直整合方面⟧。⟦我一直说，中国车企是我们最强的竞争对手，这一点没有变⟧。
分析师（欧洲某银行）：那特斯拉靠什么应对？
马斯克：靠自动驾驶。Cybercab的生产线已经在得州安装，明年上半年会开始爬坡。没有方向盘、没有踏板，每英里的运营成本会低于公交车。
首席财务官：我补充一下，我们第三季度的资本开支约为二十六亿美元。
""",
"他们 in Musk's answer refers to BYD named in the analyst's question (gold); Cybercab answer and CFO line not gold"))

# ---------------- WebVTT ----------------
A(doc("vtt", "vtt", "财经频道专访马斯克（视频字幕）", "",
"TV interview subtitles; Musk's China points in separate cues are gold; host's questions not",
vtt=vtt_doc([
    (1, 6, "主持人", "马斯克先生，欢迎来到我们的节目。我们先从中国说起，特斯拉在中国已经十年了。"),
    (6, 12, "主持人", "你觉得中国市场现在对特斯拉来说，是机会更多，还是挑战更多？"),
    (12, 18, "埃隆·马斯克", "⟦两者都有。中国是全世界最大的电动车市场，也是竞争最激烈的市场⟧。"),
    (18, 25, "埃隆·马斯克", "⟦中国的年轻消费者对新技术的接受速度非常快，这对我们来说是好事⟧。"),
    (25, 30, "主持人", "你最近主要在忙什么？"),
    (30, 36, "埃隆·马斯克", "主要在忙Robotaxi，我现在大部分时间都在得州。"),
    (36, 42, "主持人", "最后，星舰什么时候载人？"),
    (42, 48, "埃隆·马斯克", "我希望在三到四年之内。"),
])))

A(doc("vtt", "vtt", "", "",
"host talks about China's space programme; Musk's cues are about Starship and Mars only",
vtt=vtt_doc([
    (0, 5, "主持人", "中国的空间站已经常态化运营，嫦娥系列也完成了月背采样。"),
    (5, 10, "主持人", "很多观众想知道，SpaceX下一步的重点是什么？"),
    (10, 16, "Elon Musk", "我们的重点是让星舰实现完全可复用，这是一切的前提。"),
    (16, 22, "Elon Musk", "一旦实现，每次发射的成本会降到现在的百分之一。"),
    (22, 27, "主持人", "那火星呢？"),
    (27, 33, "Elon Musk", "火星是最终目标。我们希望在2030年代初建立第一个基地。"),
])))

A(doc("vtt", "vtt", "马斯克在深圳科技论坛的视频连线（中文字幕）", "",
"他们 in Musk's cue refers to Chinese engineers mentioned by the moderator; Shenzhen teams cue gold; AI-timeline cue not gold",
vtt=vtt_doc([
    (2, 8, "主持人", "埃隆，深圳有很多年轻的硬件工程师，他们今天也在现场。"),
    (8, 13, "主持人", "你想对他们说些什么？"),
    (13, 19, "Elon Musk", "⟦我想说，他们是全世界最努力、最有才华的一群工程师⟧。"),
    (19, 25, "Elon Musk", "⟦我见过很多深圳的团队，他们把一个想法变成产品的速度比硅谷快得多⟧。"),
    (25, 30, "主持人", "谢谢埃隆。接下来是观众提问环节。"),
    (30, 36, "主持人", "你觉得人工智能什么时候能超过人类？"),
    (36, 42, "Elon Musk", "我认为明年或者后年，人工智能就会比任何单个人类更聪明。"),
])))

A(doc("vtt", "vtt", "", "",
"Kimbal Musk (brother) talks about China in an interview; not the watched speaker",
vtt=vtt_doc([
    (0, 6, "主持人", "金博尔，这是你第几次来中国？"),
    (6, 12, "金博尔·马斯克", "应该是第十次了。每次来都觉得变化很大。"),
    (12, 18, "金博尔·马斯克", "中国的农业科技公司非常有创造力，他们在垂直农场上的投入让我很吃惊。"),
    (18, 23, "主持人", "你哥哥埃隆也对中国很感兴趣吗？"),
    (23, 30, "金博尔·马斯克", "你得去问他本人。我只能代表我自己。"),
])))

# ---------------- Q&A write-ups ----------------
A(doc("qa_interview", "article",
"专访｜马斯克：中国团队、价格战与下一个十年",
"""
编者按：在上海超级工厂投产五周年之际，本报记者通过视频连线专访了特斯拉首席执行官埃隆·马斯克。以下为访谈节选，经编辑整理。
问：上海工厂投产五年了，你怎么评价中国团队？
马斯克：⟦中国团队是特斯拉最好的团队之一⟧。⟦他们建厂用了不到一年，这在任何其他地方都是不可想象的⟧。
问：中国的价格战对特斯拉影响有多大？
马斯克：⟦影响当然有，但价格战不会永远持续下去⟧。我们的重点是降低成本。
问：你下一个十年最想做成的一件事是什么？
马斯克：让星舰把第一批人送上火星。
""",
"Q&A write-up: China answers gold, Mars answer not; interviewer's questions not gold"))

A(doc("qa_interview", "article",
"对话星途汽车创始人韩骁：“马斯克教会了我们什么”",
"""
星途汽车是近年来成长最快的新势力车企之一。日前，本报记者专访了其创始人兼CEO韩骁。
问：你曾经说过，马斯克是你创业的引路人？
韩骁：可以这么说。2016年我在硅谷见过他一次，他跟我说，造车最难的不是设计，而是量产。这句话我一直记在心里。
问：你怎么看特斯拉在中国的处境？
韩骁：特斯拉依然很强，但中国品牌已经不再是追随者了。我想马斯克自己也清楚这一点。
问：如果再见到他，你想说什么？
韩骁：我会说，欢迎来深圳试驾我们的车。
""",
"interview with a Chinese CEO who recalls what Musk told him and guesses what Musk thinks; no statement by Musk in his own right"))

A(doc("qa_interview", "article",
"马斯克答本报记者问：“⟦那边的团队是我们最好的团队之一⟧”",
"""
特斯拉周四在得州超级工厂举办了一场小型媒体开放日活动，马斯克在活动间隙回答了本报记者的几个问题。
问：你下个月还会去中国吗？那边的团队已经完成了新一轮产线改造。
答：⟦那边的团队是我们最好的团队之一，改造进度比计划提前了两个月⟧。⟦他们总能给我惊喜⟧。
问：得州工厂什么时候能达到上海的效率？
答：⟦坦白说，得州工厂还需要一段时间才能追上上海的效率⟧。我们正在改进得州的涂装车间。
问：Cybertruck的销量不及预期，你怎么看？
答：需求有周期性，我们会推出更便宜的版本。
""",
"那边 / 他们 refer back to China in the interviewer's question; headline quotes his claim (gold, context-dependent 那边); 'A:' answers without his name"))

A(doc("qa_interview", "article",
"马斯克谈柏林工厂：“当地的审批太慢了”",
"""
德国格林海德讯 特斯拉柏林超级工厂周二迎来投产三周年。与上海超级工厂相比，这座工厂的产能爬坡一直较慢。马斯克在工厂接受了几家欧洲媒体的联合采访。以下为问答节选。
问：柏林工厂扩建计划遇到了当地环保组织的反对，你怎么看？
马斯克：当地的审批太慢了。我们只是想多建几栋厂房，却要准备上千页的文件。
问：柏林工厂什么时候能实现满产？
马斯克：今年年底前。我们会在这里继续增加Model Y的产量，德国工人的技术水平非常高。
问：你对欧盟的电动车补贴政策有什么看法？
马斯克：补贴应该逐步取消，对所有人一视同仁。
""",
"当地 and 这里 refer to Germany; Shanghai only in the journalist's intro; EU subsidies not China"))
