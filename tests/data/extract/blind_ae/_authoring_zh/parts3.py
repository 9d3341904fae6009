from reg import d

# ---------------------------------------------------------------- aggregator_headline (44-52)

d(44, "aggregator_headline", "article",
  "马斯克：⟦中国电动车企业是全球最具竞争力的⟧ - 新浪财经",
  """特斯拉首席执行官埃隆·马斯克在周三的财报电话会上谈及来自中国的竞争……""",
  "aggregator title with publisher suffix; gold is the claim without ' - 新浪财经'")

d(45, "aggregator_headline", "article",
  "马斯克再谈中国 - 网易新闻",
  """特斯拉CEO马斯克周三在社交平台发文，再次谈及中国市场，引发网友热议……""",
  "aggregator headline that only says he talked about China; no claim")

d(46, "aggregator_headline", "article",
  "马斯克称⟦中国电池价格将在两年内减半⟧ - 凤凰网科技",
  """凤凰网科技讯 北京时间周二，特斯拉首席执行官马斯克在X平台发帖……""",
  "aggregator title with claim (称…); suffix excluded")

d(47, "aggregator_headline", "article",
  "马斯克发帖谈中国电池价格 引发热议 - 腾讯新闻",
  """特斯拉CEO马斯克的一条关于电池价格的帖子在中文社交平台引发讨论……""",
  "headline fragment: 'posts about Chinese battery prices' without the claim - not gold")

d(48, "aggregator_headline", "article",
  "馬斯克：⟦大陸工程師是全世界最好的⟧ - 聯合新聞網",
  """特斯拉執行長馬斯克在接受美國媒體專訪時，談到大陸的工程人才……""",
  "traditional-script aggregator title (大陸); suffix excluded")

d(49, "aggregator_headline", "article",
  "金博尔·马斯克：中国餐饮市场潜力巨大 - 搜狐",
  """特斯拉董事会成员、埃隆·马斯克的弟弟金博尔·马斯克日前在成都表示……""",
  "namesake (Kimbal Musk) headline claim about China - not gold")

d(50, "aggregator_headline", "article",
  "马斯克盛赞中国工程师 称⟦他们是世界上最优秀的⟧ - 澎湃新闻",
  """马斯克在一档播客节目中谈到了中国的工程师队伍……""",
  "headline with two verbs (盛赞… 称…): gold is the claim part; pronoun 他们 refers to 中国工程师")

d(51, "aggregator_headline", "article",
  "特斯拉上海工厂单月交付创新高 马斯克点赞 - 36氪",
  """特斯拉上海超级工厂10月交付量创下单月新高，马斯克在社交平台为相关帖子点赞……""",
  "action (点赞, a like) not a statement")

d(52, "aggregator_headline", "article",
  "马斯克：⟦如果没有关税壁垒，中国车企将击败大多数对手⟧ - 界面新闻",
  """特斯拉CEO马斯克在财报电话会上发表上述言论……""",
  "conditional claim in an aggregator title; suffix excluded")

# ---------------------------------------------------------------- x_roundup (53-60)

d(53, "x_roundup", "article",
  "马斯克又“回复”中国话题，网友：老马这是认同了？",
  """本周，X平台上几条与中国有关的热帖引来了马斯克的互动。
一是科技博主@TechFlow_Lin发帖称“中国电动车的性价比已经没有对手了”，马斯克在帖子下方回复了两个字：“确实”。
二是有用户晒出特斯拉上海超级工厂夜间生产的延时视频，马斯克回复了两个感叹号“!!”。
三是马斯克本人发帖称：“星舰下周再飞。”
不少网友认为，马斯克的回复等于认同了中国电动车领先的说法；但也有人指出，单凭一两个字，很难判断他的真实态度。""",
  "bare replies '确实' and '!!' under others' China posts are NOT his statements about China (the claim is the other user's); netizens' interpretation not gold; Starship post not gold")

d(54, "x_roundup", "article",
  "一周X帖盘点：马斯克谈中国基建、星舰与AI",
  """周一：在一条介绍中国高铁网络的帖子下，马斯克回复：“⟦中国的基建速度确实惊人。⟧”
周二：一名网友晒出比亚迪工厂的生产视频，马斯克在下面回复了“!!”。
周三：他发帖称星舰第十二次试飞“已经准备就绪”。
周四：马斯克转发了xAI的招聘帖，称“正在招最聪明的人”。
周五：他与一名网友争论美国的移民政策，连发了十几条帖子。""",
  "a reply whose own words are about China (gold) vs a bare '!!' reply under a BYD video (not gold); other posts not gold")

d(55, "x_roundup", "article",
  "又是“假马斯克”？这些账号别再信了",
  """近日，一个名为“Elon Musk 中文站”（@ElonMusk_CN_fans）的账号发帖称：“中国是我最爱的国家，我准备把特斯拉总部搬到上海。”该帖被大量转发。
经查，该账号为粉丝账号，简介中写明“非本人，仅为粉丝翻译”。
另一个名为@ElonMuskParodyX的恶搞账号也发帖称：“北京烤鸭是世界上最好吃的食物。——埃隆”
记者检索发现，马斯克本人从未发过类似内容。
平台方面提醒用户，注意辨别账号认证标识。""",
  "parody and fan accounts posting 'as' Musk about China - not his statements")

d(56, "x_roundup", "article",
  "马斯克深夜发帖祝贺上海超级工厂",
  """北京时间周四凌晨，马斯克在X上转发了特斯拉中国官方账号关于上海超级工厂第400万辆整车下线的帖子，并写道：
“@Tesla_China ⟦上海团队干得漂亮！⟧⟦中国的生产效率是世界一流的。⟧ https://t.co/8xQz2LmPa1”
截至发稿，该帖获得超过12万次点赞。
特斯拉中国账号随后回复称：“谢谢埃隆！”
今年以来，这已经是马斯克第三次公开祝贺上海工厂。""",
  "X post quoted verbatim with @handle and URL; two points gold (Shanghai team, China's efficiency); Tesla China reply not gold")

d(57, "x_roundup", "article",
  "馬斯克談中國貼文 引兩岸網友熱議",
  """馬斯克日前在X上的一則談中國的貼文，在兩岸社群平台上引發熱烈討論。
台灣網友在Threads上留言：「他每次講中國都像在寫業配文。」也有人說：「生意人嘛，講的都是生意。」
大陸微博網友則多半持正面態度，有人留言：「老馬還是懂我們的。」
另有評論員在Facebook上分析，馬斯克的言論「與特斯拉在大陸的銷售表現高度相關」。
該則貼文目前已被瀏覽逾2000萬次。""",
  "traditional-script roundup of netizens' and commentators' reactions; his post only described, its content never given - not gold")

d(58, "x_roundup", "article",
  "马斯克本周X动态：火星、DeepSeek与“睡眠不足”",
  """● 马斯克发帖称，星舰将在2026年底的窗口期“飞往火星”。
● 关于DeepSeek，马斯克写道：“⟦DeepSeek的团队非常聪明，中国的AI实力不容小觑。⟧”
● 在一条介绍中国特高压电网的帖子下，他提问：“⟦中国是怎么在这么短的时间里建成这么多特高压线路的？⟧”
● 他还抱怨自己最近“每晚只睡四个小时”。
● 在另一条回复中，他说⟦中国今年在AI算力上的投入会超出所有人的预期⟧。
● 他转发了一段Optimus叠衣服的视频，配文“进步很快”。""",
  "roundup: DeepSeek/China AI posts and his genuine question about China's grid gold; Mars, sleep and Optimus posts not gold")

d(59, "x_roundup", "article",
  "盘点：马斯克这一周对中国相关帖子的“回应”",
  """这一周，马斯克在X上对多条与中国有关的帖子作出了“回应”。
对一条“中国光伏装机量全球第一”的帖子，他回复了“!!”。
对一条“比亚迪季度销量超过特斯拉”的帖子，他回复了一个“💯”表情。
此外，他还转发了一段深圳无人机灯光秀的视频，没有加任何评论。
有评论员认为，这些回应“等于承认了中国在新能源领域的领先地位”。""",
  "bare '!!'/'💯' replies and a repost without comment; commentator's interpretation - not gold")

d(60, "x_roundup", "article",
  "电池成本之争：马斯克回应网友",
  """一位X用户日前发帖称，中国生产的磷酸铁锂电芯成本比美国低约40%，并@马斯克问他是否同意。
马斯克用英文回复称："⟦Yes, China is far ahead on batteries.⟧"
在随后的一条回复中，他又写道，⟦特斯拉会继续从中国采购电芯⟧。
该用户此前曾多次发帖讨论中美电池产业的差距。
截至目前，两条回复的合计浏览量超过800万次。""",
  "English reply quoted inside Chinese text with straight quotes (gold); follow-up reply reported speech (gold); the user's own claim not gold")

# ---------------------------------------------------------------- earnings_call (61-64)

d(61, "earnings_call", "label",
  "特斯拉2025年第三季度财报电话会议实录（节选）",
  """特拉维斯·阿克斯: 下一个问题来自一位卖方分析师。
分析师: 中国市场的价格战愈演愈烈，特斯拉打算如何应对？
埃隆·马斯克: ⟦中国是全世界竞争最激烈的汽车市场，没有之一。⟧⟦那里的公司非常努力，也非常聪明。⟧
瓦伊巴夫·塔内贾: 补充一点，中国区的毛利率本季度环比有所改善，上海工厂的出口量也创了新高。
埃隆·马斯克: 总的来说，特斯拉的长期价值来自自动驾驶和机器人，这一点不会变。
分析师: Cybercab的量产时间有变化吗？
埃隆·马斯克: 没有变化，我们预计明年第二季度开始量产。""",
  "labelled earnings call: China sentences of Musk's turn gold, his later autonomy turn and Cybercab answer not gold; CFO's China remarks not gold")

d(62, "earnings_call", "label",
  "特斯拉2025年第二季度业绩电话会文字实录",
  """主持人：欢迎参加特斯拉2025年第二季度业绩电话会。
分析师：特斯拉在中国的份额持续下滑，管理层怎么看？
瓦伊巴夫·塔内贾：中国市场的价格竞争确实激烈，我们会在保持利润率和份额之间寻找平衡。上海工厂的产能利用率仍然很高。
埃隆·马斯克：我想强调的是，特斯拉的未来在于自动驾驶。明年年底前，我们会在美国大部分地区提供无人驾驶出租车服务。
分析师：Optimus什么时候能对外销售？
埃隆·马斯克：大概2027年。先在我们自己的工厂里用起来。""",
  "analyst asks about China; CFO answers about China; Musk's turns about autonomy and Optimus - not gold")

d(63, "earnings_call", "article",
  "特斯拉2024年第四季度财报电话会议记录（中文翻译，节选）",
  """埃隆·马斯克 -- 首席执行官
谢谢大家。先说储能业务。Megapack的部署量本季度再创新高，全年同比翻了一番还多。⟦上海储能超级工厂的爬坡速度超出了我们的预期，那里的团队再一次证明了中国速度。⟧明年我们在休斯敦的新工厂也会投产。
分析师 -- 某投资银行
市场上有传言说特斯拉会减少在中国的投资，能否回应一下？
埃隆·马斯克 -- 首席执行官
⟦我想说清楚，我们不会减少在中国的投资，中国团队是我们最好的团队之一。⟧至于其他传言，我一般不回应。
瓦伊巴夫·塔内贾 -- 首席财务官
补充一下，我们明年的资本开支预计将超过110亿美元。""",
  "earnings-call transcript with 'Name -- title' lines; China remarks amid energy-business talk; analyst's question not gold")

d(64, "earnings_call", "article",
  "特斯拉2025年第一季度财报电话会议记录（节选）",
  """埃隆·马斯克 -- 首席执行官
谢谢。今天我想重点谈谈Optimus。我们预计今年年底前会有数千台Optimus在特斯拉的工厂里工作，这将是一个重要的里程碑。
分析师 -- 某券商
Optimus量产最大的瓶颈在哪里？
埃隆·马斯克 -- 首席执行官
最大的挑战是手部的设计，人手有二十多个自由度，这非常难。我们几乎要从零开始设计每一个执行器。
瓦伊巴夫·塔内贾 -- 首席财务官
关于中国市场，本季度交付量同比有所下降，主要受车型换代影响。""",
  "transcript whose only China content is the CFO's; Musk's turns about Optimus and hand design - not gold")

# ---------------------------------------------------------------- podcast_labelled (65-68)

d(65, "podcast_labelled", "label",
  "播客《硅谷漫谈》第88期：和马斯克聊AI与制造业",
  """主持人: 埃隆，欢迎来到节目。
马斯克: 谢谢邀请，很高兴来这里。
主持人: 你经常说制造比设计难得多。
马斯克: 对，设计一个原型很容易，量产才是地狱。
主持人: 那么在制造业上，谁做得最好？
马斯克: ⟦老实说，中国。⟧⟦他们的供应链密度和工程师数量是无与伦比的。⟧
主持人: 美国的制造业呢？
马斯克: 美国需要大幅改革审批制度，否则什么都建不起来。""",
  "labelled podcast; short answer '老实说，中国。' and pronoun 他们 gold; remark about US approvals not gold")

d(66, "podcast_labelled", "label",
  "《科技早知道》：马斯克的中国难题",
  """主持人A: 今天我们聊聊马斯克和中国。我觉得他对中国的态度一直挺微妙的。
主持人B: 对，一方面特斯拉离不开上海工厂，另一方面他在美国又要照顾各方面的情绪。
主持人A: 上周他不是又发了一条关于中国的帖子吗？具体说了什么我记不清了。
主持人B: 反正每次他一提中国，特斯拉中国的销量讨论就会上热搜。
主持人A: 我的判断是，他在中国的投入短期内不会减少。
主持人B: 同意。""",
  "labelled podcast where two hosts discuss Musk and China; no words of his")

d(67, "podcast_labelled", "label",
  "莱克斯·弗里德曼播客中文字幕稿（节选）",
  """莱克斯·弗里德曼: 你怎么看中国的AI发展？
埃隆·马斯克: ⟦我认为中国在AI上会非常强。⟧⟦他们在电力和芯片制造上的投入是巨大的。⟧
莱克斯·弗里德曼: 那台湾呢？很多人担心那里会成为冲突的焦点。
埃隆·马斯克: ⟦台湾和大陆之间的局势是一个非常复杂的问题，我希望它能得到和平解决。⟧
莱克斯·弗里德曼: 我们聊聊Neuralink吧。
埃隆·马斯克: 好。第一位患者现在已经可以用意念玩电子游戏了，这太神奇了。""",
  "labelled podcast; China AI and Taiwan-mainland statements gold; host's questions and Neuralink not gold")

d(68, "podcast_labelled", "label",
  "播客《前沿对话》：与埃隆聊火星和Grok",
  """主持人: 上周我刚从深圳出差回来，那边的无人机和机器人公司真的很多。好，言归正传，今天的嘉宾是埃隆·马斯克。
埃隆·马斯克: 嗨，大家好。
主持人: 星际基地的团队最近怎么样？
埃隆·马斯克: 他们的进展非常快，下一次试飞会是我们迄今为止最有野心的一次。
主持人: Grok的下一个版本什么时候出？
埃隆·马斯克: 大概几周之内。它会比现在的版本聪明得多。""",
  "host mentions Shenzhen; '他们' refers to the Starbase team - not gold")

# ---------------------------------------------------------------- podcast_unlabelled (69-72)

d(69, "podcast_unlabelled", "unlabeled",
  "播客《财经夜话》特别节目：对话埃隆·马斯克",
  """欢迎回到节目，今天的嘉宾是埃隆·马斯克。
谢谢，很高兴来到这里。
我们先聊聊特斯拉在中国的情况吧。
⟦中国市场对我们非常重要，上海工厂是我们产量最大的工厂。⟧
很多人说中国车企正在追上特斯拉。
⟦他们不是在追，他们在某些方面已经领先了。⟧
那SpaceX呢？今年还有什么计划？
我们计划今年发射超过一百五十次，星链的用户也会继续增长。""",
  "unlabelled transcript: host lines about China not gold; his China lines gold (pronoun 他们); SpaceX answer not gold",
  guests=["埃隆·马斯克"])

d(70, "podcast_unlabelled", "unlabeled",
  "播客《餐桌上的创业》：金博尔·马斯克谈中国餐饮",
  """今天我们请到了金博尔·马斯克，欢迎。
谢谢，很高兴来到这档节目。
你这次去了成都和上海，对中国的餐饮业有什么印象？
中国的餐饮业规模太大了，而且消费者对新鲜食材的要求非常高，这给了我很多启发。
你哥哥对中国也很感兴趣吧？
他对中国的工厂更感兴趣，我对中国的厨房更感兴趣。
会把你的餐厅开到中国来吗？
有可能，也许先从上海开始。""",
  "namesake guest (Kimbal Musk) speaking about China - not the watched speaker",
  guests=["金博尔·马斯克"])

d(71, "podcast_unlabelled", "unlabeled",
  "《创业者说》第215期",
  """好，我们回来了。刚才聊到了电池。
对。电池是电动车最核心的部件，也是成本最高的部件。
你觉得谁在电池上做得最好？
⟦目前是中国的电池企业，比如宁德时代和比亚迪，他们在成本和规模上都领先。⟧
特斯拉自己的电池进展如何？
我们在内华达的工厂正在扩产，4680电池的产量每个季度都在提高。
最后一个问题，你现在最担心什么？
人口出生率。这可能是人类文明面临的最大风险。""",
  "unlabelled transcript: his line about CATL/BYD gold; Nevada factory and birth-rate answers not gold",
  guests=["Elon Musk"])

d(72, "podcast_unlabelled", "unlabeled",
  "《能源观察》访谈：太阳能与电网",
  """中国去年新增的光伏装机量超过了全球其他国家的总和，这个数字非常惊人。我想问问你，美国该怎么办？
美国需要把太阳能和储能结合起来，而且要大幅简化审批流程，现在一个项目排队并网要等好几年。
那核电呢？
核电是安全的，我一直支持核电。关闭现有的核电站是个错误。
最后，你家里装了太阳能板吗？
当然，而且配了Powerwall。""",
  "unlabelled transcript: China figure comes from the host; his answers are about US energy policy - not gold",
  guests=["Elon Musk"])

# ---------------------------------------------------------------- vtt (73-75)

d(73, "vtt", "vtt",
  "马斯克对谈视频（中文字幕）",
  "",
  "vtt: his cues about China gold; Starship cue not gold",
  vtt="""WEBVTT

00:00:01.000 --> 00:00:04.500
<v 主持人>今天我们想聊聊特斯拉在中国的业务。

00:00:04.500 --> 00:00:09.800
<v 埃隆·马斯克>⟦上海工厂是我们效率最高的工厂，那里的团队非常出色。⟧

00:00:09.800 --> 00:00:14.200
<v 主持人>那中国的竞争对手呢？

00:00:14.200 --> 00:00:19.600
<v 埃隆·马斯克>⟦中国的车企非常强，他们的迭代速度让人难以置信。⟧

00:00:19.600 --> 00:00:24.000
<v 主持人>最后说说星舰吧。

00:00:24.000 --> 00:00:29.500
<v 埃隆·马斯克>星舰下个月会再次试飞，我们希望能回收飞船。

""")

d(74, "vtt", "vtt",
  "",
  "",
  "vtt: host talks about China; his cues about rockets and Mars - not gold",
  vtt="""WEBVTT

00:00:00.500 --> 00:00:06.000
<v 主持人>过去一年，中国的商业航天公司完成了十几次入轨发射，进步非常快。

00:00:06.000 --> 00:00:10.500
<v 主持人>你怎么看可重复使用火箭的未来？

00:00:10.500 --> 00:00:16.000
<v 埃隆·马斯克>完全可重复使用是航天的圣杯，它能把发射成本降低一百倍。

00:00:16.000 --> 00:00:20.500
<v 埃隆·马斯克>一旦做到这一点，在火星上建立城市就变得可行了。

00:00:20.500 --> 00:00:24.000
<v 主持人>谢谢你接受我们的采访。

""")

d(75, "vtt", "vtt",
  "馬斯克專訪（繁體中文字幕）",
  "",
  "traditional-script vtt: his cues on mainland supply chain and Hong Kong gold; X cue not gold",
  vtt="""WEBVTT

00:00:02.000 --> 00:00:06.000
<v 主持人>你對大陸的供應鏈有什麼看法？

00:00:06.000 --> 00:00:12.000
<v Elon Musk>⟦大陸的供應鏈是全世界最完整的，很多零件只有在那裡才買得到。⟧

00:00:12.000 --> 00:00:16.000
<v 主持人>那香港呢？

00:00:16.000 --> 00:00:21.500
<v Elon Musk>⟦香港依然是一個非常重要的金融中心，很多大陸企業在那裡上市。⟧

00:00:21.500 --> 00:00:26.000
<v Elon Musk>另外，X的用戶數今年又創了新高。

""")
