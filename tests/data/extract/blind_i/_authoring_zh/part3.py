from common import P, D, VTT

DOCS = []
A = DOCS.append

# 51 podcast_labelled
A(D("podcast_labelled", "《深度对话》第212期文字稿（中文翻译节选）：埃隆·马斯克", P(
"亚当：你怎么看中国在人工智能上的进展？",
"埃隆·马斯克：⟦中国会非常强大。他们有数量惊人的工程师，而且电力建设速度远远超过美国⟧。我认为美国最大的瓶颈不是芯片，而是电力和变压器。",
"亚当：那火星呢？你还坚持2030年前让人类登陆火星吗？",
"埃隆·马斯克：我觉得有可能。如果星舰在接下来两个窗口期成功无人着陆，载人任务就有希望。",
"亚当：回到中国，DeepSeek那样的公司让你惊讶吗？",
"埃隆·马斯克：⟦DeepSeek做得很好，尤其是在训练效率上⟧。不过我认为最终决定胜负的是算力规模。"),
"labelled podcast; only his China sentences are gold; US-power, Mars and generic compute sentences not gold", kind="label"))

# 52 podcast_labelled negative
A(D("podcast_labelled", "", P(
"主持人：在开始之前我先说一句，过去一年中国的商业航天发展非常快，好几家民营公司都完成了液氧甲烷发动机的试车，有的已经在做垂直回收试验了。很多听众也希望我们多聊聊这个话题。",
"主持人：不过今天的时间有限，我们先聊Neuralink。埃隆，现在有多少患者植入了设备？",
"马斯克：目前是十二位。我们希望明年能增加到上百位。",
"主持人：他们的反馈怎么样？",
"马斯克：非常好。有一位患者已经可以用意念玩电子游戏，速度比很多普通玩家还快。",
"主持人：下一步的目标是什么？",
"马斯克：恢复视力。我们称之为“盲视”项目，希望明年开始人体试验。"),
"host talks about China's space industry; '他们' refers to Neuralink patients; Musk's turns not about China", kind="label"))

# 53 podcast_labelled multi-host
A(D("podcast_labelled", "《硅谷四人行》第188期：埃隆·马斯克谈能源、AI与制造", P(
"汤姆：埃隆，上次你说太阳能会成为最主要的能源，现在还这么看吗？",
"埃隆·马斯克：当然。太阳是一个巨大的核聚变反应堆，我们只需要收集它的能量。",
"瑞安：但光伏板大部分都是中国造的。",
"埃隆·马斯克：没错。⟦中国今年的太阳能电池板产能大概是全世界其他地区总和的好几倍⟧。⟦他们基本上已经把光伏做成了大宗商品，价格低得惊人⟧。",
"汤姆：这对美国是威胁吗？",
"埃隆·马斯克：⟦如果美国完全依赖中国的光伏和电池，那确实是一个风险⟧。所以特斯拉在内华达和得州都在扩大电池产能。",
"瑞安：说到这个，Megapack明年的产量目标是多少？",
"埃隆·马斯克：大概翻一番。"),
"multi-host labelled podcast; host remarks about China not gold; '他们' refers to China; solar-generic and Megapack lines not gold", kind="label"))

# 54 podcast_labelled Kimbal
A(D("podcast_labelled", "", P(
"主持人：欢迎金巴尔·马斯克。很多听众知道你是埃隆的弟弟，但你自己在餐饮和农业领域做了很多事情。",
"金巴尔·马斯克：谢谢邀请。是的，我大部分时间都花在了室内农业上。",
"主持人：你最近去了中国，有什么印象？",
"金巴尔·马斯克：非常震撼。中国的垂直农场规模比美国大得多，而且自动化程度很高。我觉得我们有很多东西要向他们学习。",
"主持人：埃隆对这些感兴趣吗？",
"金巴尔·马斯克：他更感兴趣的是火箭（笑）。我们吃饭的时候很少聊工作。"),
"Kimbal Musk labelled as speaker talking about China; not the watched speaker", kind="label"))

# 55 podcast_labelled, pronouns across turns, European 'they'
A(D("podcast_labelled", "", P(
"主持人：说到竞争对手，你最看重谁？",
"马斯克：主要是两类。",
"主持人：那中国车企呢？比如小米、理想这些新玩家。",
"马斯克：⟦他们是最强的竞争对手，毫无疑问⟧。⟦说实话，他们的工作强度比谁都高⟧。",
"主持人：欧洲车企呢？",
"马斯克：他们太依赖供应商了，而且监管负担太重。我觉得他们需要很长时间才能追上来。",
"主持人：美国的传统车企呢？",
"马斯克：福特还不错，其他的嘛，不好说。"),
"'他们' refers to Chinese carmakers named by host (gold) vs '他们' = European carmakers (not gold)", kind="label"))

# 56 podcast_unlabelled positive
A(D("podcast_unlabelled", "《科技早知道》特别节目：对话埃隆·马斯克", P(
"欢迎收听《科技早知道》，我是主持人。今天我们非常荣幸地请到了埃隆·马斯克。埃隆，欢迎。",
"谢谢，很高兴来到这里。",
"我们先聊聊电动车。你觉得中国的电动车为什么发展得这么快？",
"我认为主要有三个原因。⟦第一，中国政府很早就把电动车定为战略产业⟧。⟦第二，他们的电池供应链是全世界最完整的⟧。⟦第三，中国消费者特别愿意尝试新东西⟧。",
"那星舰呢？下一次试飞什么时候？",
"大概六周以后吧，取决于联邦航空管理局的审批。我们已经准备好了。",
"好的，非常感谢你今天的时间。"),
"unlabelled transcript; guest's China reasons gold; Starship date not gold; host question not gold",
kind="unlabeled", guests=["埃隆·马斯克"]))

# 57 podcast_unlabelled negative
A(D("podcast_unlabelled", "", P(
"上周，中国的一家商业航天公司成功回收了火箭一级，很多人说中国正在追赶SpaceX。不过今天我们先不谈这个，我想问问你第一性原理这种思考方式。",
"第一性原理就是把问题拆解到最基本的物理事实，然后从那里开始推理。比如火箭的成本，原材料其实只占百分之二左右。",
"所以可重复使用是关键。",
"对，完全且快速的可重复使用是火箭的圣杯。如果飞机每飞一次就扔掉，没有人坐得起飞机。",
"最后一个问题，你每天睡几个小时？",
"大概六个小时。以前更少，但那样效率反而更低。"),
"host mentions China's rocket recovery; the guest talks only about first principles, reuse and sleep",
kind="unlabeled", guests=["埃隆·马斯克"]))

# 58 podcast_unlabelled positive (Spaces transcript)
A(D("podcast_unlabelled", "X语音直播整理稿：马斯克谈制造", P(
"大家好，今天的Space有点临时，我们先请埃隆说几句。",
"好的。今天我想谈谈制造。很多人问我，为什么特斯拉能那么快把上海工厂建起来。⟦上海工厂从拿地到投产不到一年，这种速度在中国以外的地方几乎不可能⟧。⟦那里的地方政府、供应商和工人都非常高效⟧。",
"那你觉得美国能学到什么？",
"美国需要简化审批。在加州，光是环评就可能要好几年。我们在得州快一些，但也需要两年左右。",
"关于明年的计划，有什么可以透露的吗？",
"我们会在年底前发布新一代Roadster，这次是真的。（笑）"),
"unlabelled Spaces transcript; '那里' refers back to Shanghai (gold); US permitting and Roadster lines not gold",
kind="unlabeled", guests=["Elon Musk"]))

# 59 podcast_unlabelled negative, Chinese founder talks about Musk
A(D("podcast_unlabelled", "", P(
"本期节目的嘉宾是一家大模型创业公司的创始人许文澜。欢迎。",
"谢谢邀请。",
"你见过马斯克吗？",
"见过两次。第一次是在上海的世界人工智能大会上，我跟他说，中国的大模型公司会在一年内做出和最好的闭源模型一样强的开源模型。他笑了笑，没说什么。",
"他现在怎么看中国AI？",
"这个你得问他本人。我只能说，我们这个行业里，每个人都在盯着xAI在做什么。"),
"guest (Chinese founder) says what he told Musk; Musk only smiled; no statement of his",
kind="unlabeled", guests=["许文澜"]))

# 60 vtt positive
A(D("vtt", "", "", 
"vtt cues; pronoun '他们' refers to Chinese humanoid robot firms within his cue; Optimus date not gold",
kind="vtt", vtt=VTT(
("00:00:01.000", "00:00:05.500", "主持人", "欢迎回到节目，今天我们的嘉宾是埃隆·马斯克。"),
("00:00:05.500", "00:00:09.000", "埃隆·马斯克", "谢谢，很高兴来到这里。"),
("00:00:09.000", "00:00:14.000", "主持人", "最近很多人在讨论中国的人形机器人，你怎么看？"),
("00:00:14.000", "00:00:21.000", "埃隆·马斯克", "⟦中国的人形机器人公司进步非常快，我认为他们会是Optimus最大的竞争对手⟧。"),
("00:00:21.000", "00:00:25.000", "埃隆·马斯克", "⟦他们的零部件成本很低，这是巨大的优势⟧。"),
("00:00:25.000", "00:00:29.000", "主持人", "那Optimus什么时候开始对外销售？"),
("00:00:29.000", "00:00:34.000", "埃隆·马斯克", "大概2027年吧，先在我们自己的工厂里用。"),
)))

# 61 vtt negative
A(D("vtt", "", "",
"host cues about China; Musk's cues about Mars and Starship only",
kind="vtt", vtt=VTT(
("00:00:00.500", "00:00:06.000", "主持人", "中国计划在2030年前实现载人登月，很多人说新的太空竞赛已经开始了。"),
("00:00:06.000", "00:00:10.000", "主持人", "埃隆，我们今天主要聊聊火星。"),
("00:00:10.000", "00:00:16.500", "Elon Musk", "好的。火星是我们唯一现实的第二个家园，我们需要在那里建立一个能自给自足的城市。"),
("00:00:16.500", "00:00:21.000", "主持人", "需要多少艘星舰？"),
("00:00:21.000", "00:00:27.000", "Elon Musk", "大概一千艘，每次窗口期发射几百艘。这需要二三十年。"),
)))

# 62 vtt positive, rare earth export controls
A(D("vtt", "", "",
"vtt; Chinese export controls on rare earths (gold); follow-up cue about US magnets not gold",
kind="vtt", vtt=VTT(
("00:00:02.000", "00:00:06.000", "记者", "中国最近收紧了稀土出口，这对特斯拉有影响吗？"),
("00:00:06.000", "00:00:12.000", "Elon Musk", "⟦中国对稀土出口的管制对我们影响很大，尤其是Optimus的电机⟧。"),
("00:00:12.000", "00:00:17.000", "Elon Musk", "⟦我们正在和北京方面沟通出口许可证的事情⟧。"),
("00:00:17.000", "00:00:22.000", "记者", "有没有替代方案？"),
("00:00:22.000", "00:00:28.000", "Elon Musk", "我们在研发不用稀土的电机，但那需要时间。"),
)))

# 63 vtt negative, Kimbal and analyst
A(D("vtt", "", "",
"Kimbal Musk and an analyst speak about China; the watched speaker does not appear",
kind="vtt", vtt=VTT(
("00:00:01.000", "00:00:05.000", "主持人", "今天的两位嘉宾是金巴尔·马斯克和汽车分析师陈睿。"),
("00:00:05.000", "00:00:11.000", "Kimbal Musk", "我上个月在深圳待了一周，那里的创业节奏让我印象很深。"),
("00:00:11.000", "00:00:17.000", "陈睿", "我认为埃隆对中国市场的判断一直偏乐观，特斯拉在华份额还会继续下滑。"),
("00:00:17.000", "00:00:22.000", "Kimbal Musk", "我不评论特斯拉的业务，但中国的工程师确实很厉害。"),
)))

# 64 machine_translated, long locative, headline claim
A(D("machine_translated", "特斯拉的马斯克说⟦中国的电动汽车制造商是“极其有竞争力的”⟧", P(
"（本文由英文原文机器翻译）",
"埃隆·马斯克，特斯拉公司的首席执行官，在周二晚上通过视频链接向北京的一个会议发表讲话时，在一个被延迟的开始之后，说⟦中国的电动汽车制造商是“极其有竞争力的”⟧。",
"\"⟦如果没有贸易壁垒被建立，他们将会摧毁世界上大多数其他的汽车公司⟧，\"马斯克先生说。",
"马斯克先生也谈论了关于特斯拉的一个新的车型，它将会在明年的上半年被开始生产。",
"特斯拉的股票在周三的早期交易中上升了百分之二。"),
"stiff machine translation; long appositive/locative between name and 说; '他们' refers back; product date not gold"))

# 65 machine_translated negative
A(D("machine_translated", "分析师们：马斯克过度陈述了中国需求", P(
"（机器翻译）",
"分析师们在周四说，马斯克先生过度地陈述了在中国对于特斯拉的车辆的需求，在一个季度里面，当销售是下降的时候。",
"一位来自一个香港的经纪公司的分析师，他要求不被命名，说特斯拉\"正在失去份额给本地的竞争者们\"在中国的市场。",
"特斯拉没有立即地回应一个对于评论的请求。",
"马斯克先生已经长期地寻求着和北京的良好关系。"),
"machine-translated; analysts' claims about Musk; journalist description; no statement"))

# 66 machine_translated positive, 这 referring back
A(D("machine_translated", "马斯克：⟦中国拥有一个在电力方面的优势⟧", P(
"（本文译自英文）",
"\"⟦中国的电力产出将会是美国的三倍，在明年左右⟧，\"马斯克在一个在X上的帖子里写道。\"⟦这是一个非常巨大的优势对于人工智能⟧。\"",
"他还说了美国应该建造更多的太阳能发电站在西南部的沙漠里面。",
"马斯克的帖子被查看了超过两千万次。"),
"stiff MT; colon headline claim; '这' refers back to China's power output; US solar remark not gold"))

# 67 machine_translated negative, dateline
A(D("machine_translated", "中国电池制造商创始人说他曾经警告马斯克", P(
"上海（路透社）- 姚，一个中国电池制造商的创始人，在星期三说他曾经告诉埃隆·马斯克那个钠离子电池将会是更便宜的比锂电池在五年之内。",
"\"他听了，但是他没有相信我，\"姚说，他的公司位于江苏省。",
"特斯拉没有回应一个对于评论的请求在星期三。"),
"MT dateline sentence with someone else telling Musk; founder's quote about Musk"))

# 68 machine_translated positive, nested quote
A(D("machine_translated", "马斯克赞扬上海团队", P(
"（本文由机器从英文翻译）",
"在一个与一位美国的投资者的对谈中，马斯克说：\"⟦当我的中国工程师们告诉我'这个可以被在两周内完成'，我没有相信他们。但是他们做到了它⟧。\"",
"他补充说，⟦上海的团队是\"绝对地世界级的\"⟧。",
"他也说他将会在今年的晚些时候访问德国的工厂。"),
"MT; nested quote (engineers' words inside his quote) gold as a whole; 他补充说; visit plan not gold"))

# 69 machine_translated negative, robotaxi Austin vs China context
A(D("machine_translated", "特斯拉的无人驾驶出租车在奥斯汀扩张，当中国的竞争者们已经领先", P(
"（机器翻译）",
"马斯克在星期一说，特斯拉的无人驾驶出租车服务将会扩大它的区域在奥斯汀到一个两倍的大小，在下个月之内。",
"\"我们将会移除安全监督员从副驾驶座上，\"他说。",
"与此同时，在中国，百度的无人驾驶出租车服务已经在超过十个城市运营，并且完成了超过一千万次的乘坐。",
"分析师们说特斯拉是落后于它的中国的对手们的在这个领域之中。"),
"MT; his statements about Austin robotaxi; China comparison is journalist/analysts"))

# 70 machine_translated Q&A, Hong Kong
A(D("machine_translated", "问答：马斯克关于香港和SpaceX", P(
"（以下内容译自英文访谈）",
"问：你怎么看待香港作为一个金融中心的未来？",
"答（马斯克）：⟦我认为香港将会保持是一个重要的金融中心，作为中国通往世界的一个门户⟧。",
"问：SpaceX将会在什么时候上市？",
"答（马斯克）：不会在短期之内。也许当星舰开始定期地飞往火星的时候。"),
"MT Q&A; Hong Kong in relation to China (gold); SpaceX IPO answer not gold"))

# 71-78 short summaries
A(D("short_summary", "马斯克：⟦特斯拉将在上海建AI研发中心⟧",
"特斯拉CEO马斯克周二表示，⟦特斯拉将在上海新建一座AI研发中心，用于本地数据的模型训练⟧。",
"one-sentence RSS summary with reported speech; colon headline claim"))
A(D("short_summary", "马斯克发帖谈中国",
"马斯克周末在X上连发数帖谈及中国，引发网友热议。",
"summary only says he posted about China; no claim"))
A(D("short_summary", "马斯克谈国产车企崛起",
"在被问及国产车企的崛起时，马斯克称⟦它们已经是全球最具竞争力的汽车制造商⟧。",
"'它们' refers to 国产车企 in the same sentence; headline only says he talked"))
A(D("short_summary", "消息称马斯克下月访华",
"据知情人士透露，马斯克计划下月访华，并可能与中国政府高层会面。",
"planned visit reported by sources; not a statement"))
A(D("short_summary", "马斯克警告中国镓锗出口管制影响",
"马斯克在X上写道，⟦中国对镓和锗的出口管制将冲击美国的芯片生产⟧。",
"Chinese export controls; X post described; headline describes only"))
A(D("short_summary", "梅耶·马斯克：中国是我最喜欢的旅行目的地之一",
"埃隆·马斯克的母亲梅耶·马斯克周三在上海表示，中国是她最喜欢的旅行目的地之一。",
"Maye Musk colon headline; not the watched speaker"))
A(D("short_summary", "马斯克：⟦FSD有望年底前在中国全面推送⟧",
"马斯克表示，⟦如果监管审批顺利，FSD有望在今年底前在中国全面推送⟧。",
"conditional/hedged claim about China rollout; colon headline claim"))
A(D("short_summary", "特斯拉要闻速递",
"马斯克称Cybercab将于明年第二季度量产；特斯拉上海工厂本月产量创新高。",
"his claim is a product date; Shanghai output is a separate journalist fact"))
