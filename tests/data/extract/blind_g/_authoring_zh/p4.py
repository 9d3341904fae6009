from build import D
G = ["埃隆·马斯克"]
# 057
D("podcast_unlabelled", "unlabelled transcript; guest's answer sentences about China gold, host's questions not",
kind="unlabeled", guests=G, title="",
text="欢迎回到节目，今天的嘉宾是埃隆·马斯克。埃隆，谢谢你能来。\n谢谢邀请，很高兴来这里。\n我想先问问中国。你最近说中国的电动车公司是最强的，这是真心话吗？\n当然是真心话。⟦中国的电动车公司是世界上最有竞争力的，没有之一。⟧⟦我去过很多次中国的工厂，那里的自动化水平和工作强度都让人印象深刻。⟧\n那特斯拉怎么应对？\n我们只能做得更好，没有别的办法。我们的重点是自动驾驶和机器人。")
# 058
D("podcast_unlabelled", "unlabelled transcript; host talks about China at length, guest only talks about rockets and his kids - no gold",
kind="unlabeled", guests=G, title="",
text="今天我们先聊点轻松的。我刚从北京回来，那里的电动车多得不可思议，街上一半的新车都是绿牌。中国现在真的是电动车的天下了。好，埃隆，说说你最近在忙什么？\n主要是星舰。我们在星舰基地几乎每天都在测试，下一次发射会尝试回收二级。\n你的孩子们会去看发射吗？\n会的，X特别喜欢火箭，每次都吵着要去。\n太棒了。")
# 059
D("podcast_unlabelled", "unlabelled transcript; the 它们 in the answer refers to Chinese chip firms; US regulation sentence not gold",
kind="unlabeled", guests=G, title="",
text="我们来谈谈芯片。美国对中国的芯片出口管制越来越严，你觉得会有效吗？\n短期可能有一些效果。⟦但华为和其他中国芯片公司进步得很快，它们迟早会做出自己的先进芯片。⟧⟦出口管制只会让中国更下定决心自主研发。⟧\n那对美国意味着什么？\n美国需要把更多精力放在自己的制造能力上，而不是只靠限制别人。我们的监管审批太慢了。")
# 060
D("podcast_unlabelled", "guest is Kimbal Musk (other Musk); his China remarks are not the watched speaker's",
kind="unlabeled", guests=["金博尔·马斯克"], title="",
text="欢迎金博尔·马斯克做客本期节目。你和哥哥埃隆经常见面吗？\n经常，差不多每个月都会见一次。我们聊得最多的是食物和家人。\n你最近去了中国，有什么感受？\n中国的农业科技让我大开眼界。我在山东看到的垂直农场比美国的任何一家都先进。我觉得中国在这方面走在了前面。\n你会在中国投资吗？\n正在考虑。")
# 061
D("podcast_unlabelled", "unlabelled; guest recalls what he said years ago about Shanghai and restates a hedged/conditional China claim - gold",
kind="unlabeled", guests=G, title="",
text="2019年你在上海工厂开工仪式上说过，那会是世界上建得最快的工厂。现在回头看呢？\n⟦事实证明确实如此，上海工厂从动工到交车不到一年，这个速度在其他国家做不到。⟧\n你现在还这么看好中国吗？\n⟦只要中美关系不出现大的破裂，中国对特斯拉来说仍然是最重要的市场之一。⟧当然，这取决于很多我们控制不了的因素。\n明白。最后一个问题，你今年会休假吗？\n大概不会。")
# 062
D("podcast_unlabelled", "unlabelled; host's opening summary paraphrases his China views; guest turns about AI safety only",
kind="unlabeled", guests=G, title="",
text="在开始之前先做个背景介绍：埃隆·马斯克过去多次表示，中国在电动车和电池领域已经领先。不过今天我们不谈这个，我们谈谈AI安全。埃隆，你为什么这么担心AI？\n因为AI是人类面临的最大风险之一。如果我们不小心，它可能会失控。\n那你觉得需要监管吗？\n需要，就像我们监管食品和药品一样。我一直这么说。")
# 063
D("vtt", "VTT with <v> tags; Musk's China cue gold; interviewer cue not",
kind="vtt", title="马斯克接受CCTV采访视频字幕",
vtt="WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v 主持人>马斯克先生，欢迎您再次来到中国。\n\n00:00:05.500 --> 00:00:11.000\n<v 埃隆·马斯克>谢谢。⟦每次来中国，我都能看到新的变化，这里的活力让人惊叹。⟧\n\n00:00:11.500 --> 00:00:16.000\n<v 主持人>您对特斯拉在中国的未来有什么期待？\n\n00:00:16.500 --> 00:00:23.000\n<v 埃隆·马斯克>⟦我们希望在中国继续扩大投资，中国的合作伙伴一直非常支持我们。⟧\n\n")
# 064
D("vtt", "VTT where the host talks about China and Musk answers about Starship - no gold",
kind="vtt", title="发布会视频字幕",
vtt="WEBVTT\n\n00:00:00.000 --> 00:00:06.000\n<v 主持人>今年中国商业航天发射次数创下新高，很多人把中国公司称为SpaceX最大的挑战者。\n\n00:00:06.500 --> 00:00:12.000\n<v 埃隆·马斯克>星舰的下一次飞行会携带真正的星链卫星。\n\n00:00:12.500 --> 00:00:18.000\n<v 埃隆·马斯克>我们的目标是明年实现完全复用。\n\n")
# 065
D("vtt", "VTT; a quote spanning two cues; tariff statement gold; product-date cue not",
kind="vtt", title="马斯克在经济论坛上的发言（视频字幕）",
vtt="WEBVTT\n\n00:01:02.000 --> 00:01:07.000\n<v 埃隆·马斯克>⟦我一直反对关税，包括对中国的关税。⟧\n\n00:01:07.200 --> 00:01:13.000\n<v 埃隆·马斯克>⟦关税会扭曲市场，最终受损的是消费者。⟧\n\n00:01:13.500 --> 00:01:19.000\n<v 埃隆·马斯克>另外，新款Model Y会在下个月开始交付。\n\n00:01:19.500 --> 00:01:24.000\n<v 主持人>谢谢马斯克先生。\n\n")
# 066
D("vtt", "VTT; Chinese battery founder recalls telling Musk something - not Musk's words",
kind="vtt", title="宁德时代董事长演讲视频",
vtt="WEBVTT\n\n00:00:03.000 --> 00:00:09.000\n<v 曾毓群>我记得几年前和埃隆·马斯克见面时，我对他说，中国的电池产业链十年内会领先全世界。\n\n00:00:09.500 --> 00:00:14.000\n<v 曾毓群>他当时说要回去想一想。今天我们的电池已经用在了特斯拉的车上。\n\n00:00:14.500 --> 00:00:18.000\n<v 主持人>谢谢曾总的分享。\n\n")
# 067
D("vtt", "VTT; 他们 refers back to Chinese engineers mentioned by the interviewer; self-driving sensor cue not gold",
kind="vtt", title="马斯克专访（视频字幕）",
vtt="WEBVTT\n\n00:00:01.000 --> 00:00:06.000\n<v 记者>有人说中国工程师的薪资只有美国的三分之一，但效率更高，您同意吗？\n\n00:00:06.500 --> 00:00:12.000\n<v 埃隆·马斯克>⟦他们确实非常优秀，而且非常努力，这一点我毫不怀疑。⟧\n\n00:00:12.500 --> 00:00:18.000\n<v 埃隆·马斯克>至于自动驾驶，我们只用摄像头，不需要激光雷达。\n\n")
# 068
D("vtt", "VTT; 他们 refers to NASA, not China; China only in an earlier cue by host",
kind="vtt", title="马斯克谈登月竞赛（视频字幕）",
vtt="WEBVTT\n\n00:00:00.500 --> 00:00:06.000\n<v 主持人>中国计划在2030年前实现载人登月，美国的阿尔忒弥斯计划却一再推迟。NASA那边怎么说？\n\n00:00:06.500 --> 00:00:12.000\n<v 埃隆·马斯克>NASA是很好的合作伙伴。他们给了我们很大的灵活性。\n\n00:00:12.500 --> 00:00:17.000\n<v 埃隆·马斯克>他们需要星舰尽快准备好，我们会全力以赴。\n\n")
