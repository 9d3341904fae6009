from common import D

# aggregator 66-71
D(66, "aggregator_headline", "article",
  "马斯克：中国电池价格明年将腰斩 - 凤凰网科技", "",
  ["中国电池价格明年将腰斩"],
  "aggregator title 'Name：claim - Publisher'")
D(67, "aggregator_headline", "article",
  "马斯克在X上谈论中国电池价格 - 网易科技", "",
  [],
  "aggregator headline fragment: says he talked, no claim")
D(68, "aggregator_headline", "article",
  "特斯拉股价大涨 马斯克身家重回全球第一 - 新浪财经", "",
  [],
  "aggregator: Musk not speaking at all")
D(69, "aggregator_headline", "article",
  "小米雷军：马斯克是我的偶像，但小米不会模仿特斯拉 - 21世纪经济报道", "",
  [],
  "aggregator: someone else's words with Musk as object")
D(70, "aggregator_headline", "article",
  "马斯克回应“特斯拉在华降价”：我们不会参与价格战 - 每日经济新闻", "",
  ["我们不会参与价格战"],
  "aggregator: headline with quoted topic phrase then his claim; topic (price cuts in China) given by the framing")
D(71, "aggregator_headline", "article",
  "马斯克与中国之争：特斯拉在华销量下滑意味着什么？ - 钛媒体", "",
  [],
  "aggregator: framing headline, no claim")

# x_roundup 72-74
D(72, "x_roundup", "article",
  "马斯克深夜发帖：@BYDCompany 做得不错",
  "马斯克凌晨在X上发布了一条简短帖子：“@BYDCompany 的刀片电池确实是好产品，我们可能也会考虑使用。 https://x.com/elonmusk/status/1912554002341”"
  "该帖子随即被比亚迪官方账号转发。"
  "此前，马斯克曾在2011年的一次采访中嘲笑比亚迪的产品。"
  "业内人士认为，此举或意味着双方合作的可能性增加。",
  ["@BYDCompany 的刀片电池确实是好产品，我们可能也会考虑使用。 https://x.com/elonmusk/status/1912554002341"],
  "X post quoted verbatim with @handle and URL; hedged claim; past mockery described only (not gold); industry speculation not gold")
D(73, "x_roundup", "article",
  "一周X动态：马斯克、库克与黄仁勋都说了什么",
  "本周，科技大佬们在X上都很活跃。"
  "英伟达CEO黄仁勋表示，中国市场“对英伟达非常重要”。"
  "苹果CEO蒂姆·库克在上海苹果商店与顾客合影，并写道：“我爱上海！”"
  "马斯克则连续发帖讨论美国大选与政府效率，并写道：“官僚机构必须精简。”",
  [],
  "roundup where China remarks are by others (Jensen Huang, Tim Cook); Musk's posts are about US politics")
D(74, "x_roundup", "article",
  "马斯克X帖汇总：太阳能、星舰与机器人",
  "1）“China’s solar industry is incredible. They make 80% of the world’s panels.” —— 回复@SawyerMerritt\n"
  "2）有网友问他星舰何时再次发射，他回复：“可能下个月。”\n"
  "3）转发新华社英文账号的一条关于北京人形机器人马拉松的视频，只配了一个表情符号“🤯”。",
  ["China’s solar industry is incredible. They make 80% of the world’s panels."],
  "roundup; English post verbatim (gold); Starship date reply not gold; emoji-only repost not gold")

# earnings 75-76
D(75, "earnings_call", "article",
  "特斯拉2024年第四季度财报电话会议（中文实录节选）",
  "埃隆·马斯克 -- 首席执行官\n"
  "这是特斯拉历史上非常重要的一年。我们在自动驾驶方面取得了巨大进展，FSD的V13版本表现非常出色。Cybercab将在明年年中于奥斯汀开始生产。我们预计今年的汽车销量将恢复增长。\n"
  "瓦伊巴夫·塔内贾 -- 首席财务官\n"
  "谢谢埃隆。本季度中国市场的交付量环比增长了12%，上海工厂的出口业务也保持稳定。",
  [],
  "earnings call; China numbers are the CFO's, Musk's paragraph has no China content")
D(76, "earnings_call", "article",
  "特斯拉业绩会实录：马斯克谈竞争格局",
  "埃隆·马斯克 -- 首席执行官\n"
  "关于竞争，我之前也说过，我认为最强的竞争对手会来自中国。北京周边、上海、深圳，那里的汽车公司工作非常努力，也非常聪明。\n"
  "分析师\n"
  "那你们如何看待小米？\n"
  "埃隆·马斯克 -- 首席执行官\n"
  "小米是一家了不起的公司。雷军非常厉害，他们的汽车做得很好。",
  ["我认为最强的竞争对手会来自中国。北京周边、上海、深圳，那里的汽车公司工作非常努力，也非常聪明。", "小米是一家了不起的公司。雷军非常厉害，他们的汽车做得很好。"],
  "earnings call; Beijing/Shanghai/Shenzhen as China references; Xiaomi turn gold")

# podcast labelled 77-79
D(77, "podcast_labelled", "label", "",
  "鲁豫: 你第一次来中国是什么时候？\n"
  "马斯克: 我想是2012年吧，那时候我去了北京。\n"
  "鲁豫: 这么多年，你觉得中国最大的变化是什么？\n"
  "马斯克: 速度。中国做事情的速度太快了，一座城市几年就能完全变样。说真的，我很羡慕。\n"
  "鲁豫: 你会学中文吗？\n"
  "马斯克: 我试过，太难了。我的儿子X现在在学一点。",
  ["速度。中国做事情的速度太快了，一座城市几年就能完全变样。说真的，我很羡慕。"],
  "labelled talk-show transcript; first-visit recollection is about his trip (not gold); Chinese-language/family answer not gold")
D(78, "podcast_labelled", "label", "",
  "主持人: 今天我们请到了金博尔·马斯克，埃隆的弟弟。\n"
  "金博尔·马斯克: 很高兴来到这里。\n"
  "主持人: 你哥哥经常说中国的工程师很厉害，你同意吗？\n"
  "金博尔·马斯克: 完全同意。我去过几次中国，那里的年轻人非常有干劲，他们的农业科技也很先进。\n"
  "主持人: 埃隆最近有和你聊中国吗？\n"
  "金博尔·马斯克: 我们聊得更多的是家里的事情。",
  [],
  "labelled transcript with Kimbal Musk; host paraphrases Elon (question, not gold)")
D(79, "podcast_labelled", "label", "",
  "Joe Rogan: 你觉得NASA现在怎么样？\n"
  "Elon Musk: 说实话，他们太官僚了，一个简单的决定要开几十次会。\n"
  "Joe Rogan: 那中国的航天局呢？他们进步很快。\n"
  "Elon Musk: 是的，中国的航天进展非常快，他们可能会比美国更早在月球建立基地，如果我们不加快的话。\n"
  "Joe Rogan: 哇。\n"
  "Elon Musk: 这就是为什么星舰很重要。",
  ["是的，中国的航天进展非常快，他们可能会比美国更早在月球建立基地，如果我们不加快的话。"],
  "'他们' = NASA (not gold) vs '他们' = China's space agency (gold); conditional claim; Starship line not gold")

# podcast unlabelled 80-81
D(80, "podcast_unlabelled", "unlabeled", "",
  "欢迎收听《硅谷101》。今天的嘉宾是埃隆·马斯克。埃隆，最近有很多关于特斯拉在美国降价的讨论。"
  "是的，但我想先说清楚，定价是根据成本来的，不是针对任何人。"
  "我们也注意到比亚迪的销量已经超过了特斯拉。你怎么看？"
  "他们做得很好，我对他们很尊重。他们在电池和整车制造上的垂直整合做得非常出色。"
  "好的，那我们谈谈Neuralink。"
  "Neuralink今年会给更多患者植入芯片。",
  ["他们做得很好，我对他们很尊重。他们在电池和整车制造上的垂直整合做得非常出色。"],
  "unlabelled; pronoun 他们 = BYD from host's question (gold); US pricing answer not gold; Neuralink not gold",
  guests=["埃隆·马斯克"])
D(81, "podcast_unlabelled", "unlabeled", "",
  "这里是《晚点聊》。今天我们邀请到了新能源汽车分析师王磊，一起聊聊马斯克和中国。"
  "王老师，马斯克最近说中国车企会碾压全球，你怎么看？"
  "我觉得他说的有一定道理，但也有夸大的成分。他喜欢用极端的语言吸引注意力。"
  "那你认为他的判断准确吗？"
  "部分准确吧。国内车企在成本上确实有优势，但品牌和海外渠道还差很多。",
  [],
  "unlabelled transcript whose guest is an analyst, not Musk; host's paraphrase of Musk is a question",
  guests=["王磊"])

# vtt 82-83
D(82, "vtt", "vtt", "", "",
  ["我一直说，中国是全世界制造业最强的国家，没有之一。", "他们的工厂自动化程度非常高，这一点很多人还不知道。"],
  "vtt with his China sentence and a pronoun continuation in the next cue; host cue not gold",
  vtt="WEBVTT\n\n"
  "00:01:10.000 --> 00:01:15.000\n<v 主持人>你多次访问中国的工厂，给你留下最深印象的是什么？\n\n"
  "00:01:15.500 --> 00:01:21.000\n<v 埃隆·马斯克>我一直说，中国是全世界制造业最强的国家，没有之一。\n\n"
  "00:01:21.500 --> 00:01:27.000\n<v 埃隆·马斯克>他们的工厂自动化程度非常高，这一点很多人还不知道。\n\n"
  "00:01:27.500 --> 00:01:32.000\n<v 埃隆·马斯克>当然，我们在得州的工厂也在追赶。\n\n")
D(83, "vtt", "vtt", "", "",
  [],
  "vtt news clip: anchor reports on Musk and China; Musk himself does not speak about China",
  vtt="WEBVTT\n\n"
  "00:00:00.000 --> 00:00:06.000\n<v 主播>各位观众晚上好。特斯拉CEO马斯克今天抵达上海，参观了特斯拉超级工厂。\n\n"
  "00:00:06.500 --> 00:00:12.000\n<v 主播>据悉，马斯克还将与上海市领导会面，讨论特斯拉在华投资事宜。\n\n"
  "00:00:12.500 --> 00:00:16.000\n<v 埃隆·马斯克>谢谢大家，很高兴来到这里。\n\n"
  "00:00:16.500 --> 00:00:20.000\n<v 主播>以上是本台记者发回的报道。\n\n")
