from common import D

# 26 opinion, negative: framing, no quotes
D(26, "opinion", "article",
"马斯克与中国：一场说不完的争论",
"""
观察者 | 文 陈默

每隔几个月，马斯克与中国的关系就会成为舆论场上的热门话题。有人说他是北京最欢迎的美国商人，也有人说他在中美之间“左右逢源”。

平心而论，特斯拉与中国的深度绑定是客观事实：上海工厂贡献了公司全球近一半的产量，国产供应链为特斯拉提供了大量零部件。离开中国，特斯拉的成本优势将不复存在。

但另一方面，国产车企的崛起正在改写这个故事。五年前，特斯拉是“鲶鱼”；今天，鲶鱼自己也被挤到了池塘边缘。

对于马斯克而言，如何在华盛顿与北京之间找到平衡，将是未来几年最难的一道题。而这道题，恐怕没有标准答案。
""",
[],
"document-level framing 'Musk and China: the debate' over a body with only the columnist's analysis")

# 27 opinion, positive: same framing, with quote
D(27, "opinion", "article",
"马斯克与中国：争论仍在继续",
"""
文 | 林屿

关于马斯克与中国，争论从未停止。支持者说他看得清，批评者说他太会讨好。

但有一点很难否认：在“中国制造”这件事上，他的判断比大多数西方企业家都更早、更直接。正如他上周在X上所写的：“中国的制造业产出已经是美国的三倍左右，而且差距还在扩大。”

这句话在美国引发了不少反弹。有议员批评他“替对手说话”，也有经济学家指出，如果按增加值计算，差距并没有那么大。

他随后又补了一句：“我不是在夸中国，我只是在陈述数字。”

无论如何，这场争论还会持续下去。
""",
["中国的制造业产出已经是美国的三倍左右，而且差距还在扩大。",
 "我不是在夸中国，我只是在陈述数字。"],
"same framing headline as a negative doc, but body has a plain quote of his about China; continuation 他随后又补了一句; lawmaker/economist views not gold")

# 28 opinion, negative
D(28, "opinion", "article",
"当“火星移民”遇上“中国速度”",
"""
专栏 | 孟川

马斯克最喜欢说的一句话是：“人类必须成为多行星物种。”这句话他在各种场合讲了十几年，从加州讲到巴黎。

而在地球的另一端，中国的工程师们正在做一些不那么浪漫、却同样惊人的事情：一年建成一座超级工厂，十八个月推出一款新车，三年把电池成本砍掉一半。

北京大学一位经济学教授曾对笔者说，中国制造的优势“不在于某个天才，而在于一百万个普通工程师”。这或许正是马斯克式叙事的反面。

我并不是说火星不重要。我只是觉得，当一个人每天都在谈论火星时，他可能会忽略地面上正在发生的事情。
""",
[],
"opinion about China where his only quote is about becoming multiplanetary; professor's words about China not his")

# 29 opinion, positive: old quotes
D(29, "opinion", "article",
"五年前马斯克的一句话，今天听来像是警告",
"""
文 | 钟遥

2020年初，在一次视频连线中，马斯克说过一句后来被反复引用的话：“中国有大量非常聪明、非常勤奋的人，我认为中国的经济规模最终会是美国的两到三倍。”

当时很多人把这当作一位在华投资者的客套话。五年过去，中国的新能源汽车年产量已超过一千二百万辆，光伏、锂电池的全球份额均超过七成。

这句话今天听起来更像是一种警告——对美国的警告，也是对特斯拉自己的警告。

值得一提的是，马斯克本人后来在多个场合重复过类似的判断。去年他在一次播客中说，中国是“唯一一个在制造业上让我感到真正有压力的国家”。
""",
["中国有大量非常聪明、非常勤奋的人，我认为中国的经济规模最终会是美国的两到三倍。",
 "中国是“唯一一个在制造业上让我感到真正有压力的国家”"],
"quote from years ago recalled in an opinion piece; columnist's interpretation and '重复过类似的判断' (description) not gold")

# 30 opinion, positive: conditional; continuation not about China
D(30, "opinion", "article",
"电力，才是中美AI竞赛的胜负手",
"""
联合早报 言论 | 文 黄景川（作者是新加坡国立大学客座研究员）

在人工智能的讨论中，人们习惯谈芯片，却很少谈电力。马斯克是少数一直把电力挂在嘴边的科技领袖。

他在最近的一次访谈中说，如果中国继续以目前的速度建设发电能力，到2030年，中国的发电量可能达到美国的三倍。“到那时，全世界的AI都会受电力限制，芯片反而不是问题。”他补充说。

这个判断未必精确，但方向值得重视。去年中国新增发电装机超过四百吉瓦，相当于美国全部装机的三分之一。

对新加坡这样的小型经济体而言，这意味着我们需要更早地思考数据中心的选址与能源来源。
""",
["如果中国继续以目前的速度建设发电能力，到2030年，中国的发电量可能达到美国的三倍"],
"conditional claim about China's power generation (gold); the 他补充说 continuation is a general claim about AI and power, not about China")

# 31 opinion, negative: 'China's Musk'
D(31, "opinion", "article",
"谁是“中国的马斯克”？",
"""
文 | 澎湃新闻特约评论员 杜衡

过去十年，至少有五六位中国企业家被媒体冠以“中国马斯克”的称号。最新一位，是商业航天公司星穹动力的创始人林栋。

上个月，林栋在一次发布会上表示：“中国的可回收火箭会在三年内赶上SpaceX。”台下掌声雷动，第二天的新闻标题几乎清一色是“中国马斯克：三年追上SpaceX”。

这种比附其实对谁都不公平。林栋有他自己的路径，中国商业航天也有自己的约束条件：发射场资源、供应链成熟度、资本耐心。

至于真正的马斯克，他对中国商业航天的态度一直很少公开表达。
""",
[],
"'中国马斯克' is a nickname for another entrepreneur; the quoted headline '中国马斯克：三年追上SpaceX' is his, not Elon's")

# 32 aggregator, positive
D(32, "aggregator_headline", "article",
"马斯克：中国电动车企将称霸全球 - 新浪财经",
"特斯拉CEO埃隆·马斯克在最新一期播客节目中表示，中国电动车企“将称霸全球市场”，并称特斯拉的自动驾驶出租车将于明年扩展至更多美国城市。",
["中国电动车企将称霸全球",
 "中国电动车企“将称霸全球市场”"],
"aggregator title with ' - Publisher' suffix; snippet adds a non-China Robotaxi claim")

# 33 aggregator, negative
D(33, "aggregator_headline", "article",
"马斯克再谈中国电池价格 - 澎湃新闻",
"特斯拉首席执行官埃隆·马斯克周二在社交平台上发文，谈及电池原材料成本问题，引发业内关注。",
[],
"headline fragment only says he talked about Chinese battery prices; no claim")

# 34 aggregator, positive, title only
D(34, "aggregator_headline", "article",
"马斯克称中国在电力上拥有巨大优势 - 联合早报",
"",
["中国在电力上拥有巨大优势"],
"aggregator title only; gold is the claim without the suffix")

# 35 aggregator, positive: two verbs
D(35, "aggregator_headline", "article",
"马斯克盛赞中国工程师 称他们是全球最优秀的 - 第一财经",
"马斯克在一场科技论坛上说，中国工程师的数量和质量都“令人难以置信”。",
["他们是全球最优秀的",
 "中国工程师的数量和质量都“令人难以置信”"],
"headline with two verbs (盛赞 … 称 …): gold is the claim part with pronoun; snippet reported speech")

# 36 aggregator, negative
D(36, "aggregator_headline", "article",
"马斯克转发比亚迪工厂视频 网友热议 - 腾讯新闻",
"周日，特斯拉CEO马斯克在X上转发了一段比亚迪深圳工厂的自动化产线视频，仅配了一个“🔥”表情，引发中外网友热议。",
[],
"action (reposted a BYD video with an emoji) - no claim")

# 37 aggregator, positive
D(37, "aggregator_headline", "article",
"马斯克：关税挡不住中国车 - 华尔街见闻",
"马斯克直言，即便欧美提高关税，中国车企仍会通过海外建厂打开市场。",
["关税挡不住中国车",
 "即便欧美提高关税，中国车企仍会通过海外建厂打开市场"],
"aggregator headline claim about tariffs; 直言 as speech verb")

# 38 aggregator, negative
D(38, "aggregator_headline", "article",
"电池企业掌门人：马斯克曾专程向我请教固态电池 - 界面新闻",
"某国内电池企业董事长在接受采访时称，马斯克2023年曾专程向他请教固态电池的量产难点。特斯拉方面未予置评。",
[],
"someone else's words with Musk as object; headline colon belongs to the battery chairman")

# 39 aggregator, negative
D(39, "aggregator_headline", "article",
"特斯拉上海超级工厂新款Model Y下线 马斯克发文祝贺 - 财新网",
"",
[],
"headline only says he posted congratulations; no claim carried")

# 40 aggregator, negative
D(40, "aggregator_headline", "article",
"马斯克：星舰第十次试飞定在下月 - 凤凰网科技",
"与此同时，国内商业航天公司也在加紧可回收火箭的测试，多家企业计划年内首飞。",
[],
"headline carries a claim but about Starship; China mention in snippet is the journalist's")

# 41 aggregator, positive: TikTok
D(41, "aggregator_headline", "article",
"马斯克：TikTok不该在美国被禁 - 联合早报",
"马斯克在X上写道，他一直反对禁止TikTok，因为这“违背言论自由”。",
["TikTok不该在美国被禁",
 "他一直反对禁止TikTok，因为这“违背言论自由”"],
"TikTok statement in aggregator title and snippet")

# 42 x_roundup, positive: @handle + URL, sarcasm
D(42, "x_roundup", "article",
"马斯克本周X动态汇总：中国充电网络、Grok与星舰",
"""
每周一，我们为您梳理特斯拉CEO马斯克在X平台上的重要发言。

1. 周二，马斯克回复了特斯拉车主账号@teslaownersSV 发布的一张中国高速公路服务区充电站照片，写道：“@teslaownersSV 中国的充电桩数量大约是美国的十倍，而且还在加速增长。https://x.com/teslaownersSV/status/1890012345678”

2. 周三，他转发Grok 4的测评结果并称：“目前地球上最聪明的AI。”

3. 周四，针对一名用户关于星舰的提问，他回复说，下一次发射将尝试首次在轨推进剂转移。

4. 周五，马斯克在一条关于国产车企出海的帖子下评论：“他们的产品在东南亚、中东和拉美都非常有竞争力。”

5. 周六，针对“中国电动车全靠补贴”的说法，他回复了一句：“当然，中国工程师每天工作十二小时也是政府补贴的。”
""",
["中国的充电桩数量大约是美国的十倍，而且还在加速增长。",
 "他们的产品在东南亚、中东和拉美都非常有竞争力。",
 "当然，中国工程师每天工作十二小时也是政府补贴的。"],
"X post quoted verbatim with @handle and URL (gold excludes them); pronoun 他们 = 国产车企 from the post context; sarcasm; Grok/Starship items not gold; the '全靠补贴' claim is someone else's")

# 43 x_roundup, negative
D(43, "x_roundup", "article",
"马斯克X动态一周回顾（第32周）",
"""
1. 马斯克再次批评美国联邦航空管理局（FAA）审批过慢。他写道：“他们花在文书上的时间比我们造火箭的时间还长。”

2. 他为一段特斯拉上海超级工厂下线第三百万辆车的视频点了赞，但没有发表评论。

3. 马斯克发布了一张自己与儿子在星舰基地的合影，配文“周末加班”。

4. 他转发了一篇关于美国电网老化的长文，并评论称：“美国需要把输电能力提高一倍。”

5. 他还转发了一条关于TikTok美国业务剥离交易的新闻，没有附加评论。

6. 马斯克还与多名用户争论了美国联邦预算赤字问题。
""",
[],
"他们 = FAA; liked a Shanghai factory video and reposted TikTok news without comment (actions); US grid claim not about China")

# 44 x_roundup, positive: sarcasm
D(44, "x_roundup", "article",
"马斯克连发数帖 讽刺“中国光伏全靠补贴”论",
"""
钛媒体 | 周四晚间，马斯克在X上连发数帖，回应一名美国智库研究员关于“中国光伏产业全靠政府补贴”的说法。

“对，中国的太阳能板肯定都是靠魔法造出来的，跟工程和规模一点关系都没有。”马斯克讽刺道。

他在随后的一条帖子里写道：“补贴当然有，但没有哪个国家能靠补贴把成本降到这个程度。”

这名研究员随后回应称，马斯克“混淆了因果”。截至发稿，相关帖子浏览量已超过四千万。
""",
["对，中国的太阳能板肯定都是靠魔法造出来的，跟工程和规模一点关系都没有。",
 "补贴当然有，但没有哪个国家能靠补贴把成本降到这个程度。"],
"sarcasm; follow-up post whose China topic comes from context; the quoted '全靠补贴' claim in the headline is the researcher's, not his")

# 45 x_roundup, positive: rhetorical question
D(45, "x_roundup", "article",
"马斯克凌晨发帖：中国一年新增发电装机超500吉瓦，美国凭什么赢AI？",
"""
据X平台显示，马斯克在美东时间凌晨两点发布了一条帖子，转引了一张中美年度新增发电装机对比图。

他写道：“如果中国一年能新增500吉瓦以上的发电装机，而美国只有几十吉瓦，美国凭什么认为自己能在AI上赢？”

几个小时后，他又补充了一句：“电力就是AI的食物。”

美国能源部一位前官员在接受采访时表示，马斯克引用的数据“大体准确”，但忽略了美国天然气发电的潜力。
""",
["中国一年新增发电装机超500吉瓦，美国凭什么赢AI？",
 "如果中国一年能新增500吉瓦以上的发电装机，而美国只有几十吉瓦，美国凭什么认为自己能在AI上赢？"],
"rhetorical question with conditional; headline claim after colon; general follow-up '电力就是AI的食物' not gold; ex-official's comment not gold")

# 46 x_roundup, negative
D(46, "x_roundup", "article",
"马斯克一个表情包引爆中文互联网",
"""
周二，马斯克在X上发布了一张熊猫坐在Cybertruck上的AI生成图片，没有配任何文字。

这张图片迅速被搬运到微博、抖音等平台，话题#马斯克发熊猫图#阅读量一天内突破三亿。有网友评论说：“老马这是在暗示特斯拉要出中国特供版吧？”也有人说：“想多了，他就是觉得好玩。”

中国驻美使馆一位发言人在回答记者提问时笑称，“欢迎马斯克先生多来中国看看真正的熊猫”。

特斯拉中国官方微博随后也转发了这张图片，并配文“萌”。
""",
[],
"he posted an image without words; netizens' and embassy spokesperson's words not his")

# 47 x_roundup, positive: thread with pronoun
D(47, "x_roundup", "article",
"马斯克X长帖谈中国车企：“他们比谁都拼”",
"""
马斯克周日在X上发布了一组连续帖子，谈及中国汽车行业。

在第一条帖子中，他写道：“中国车企的迭代速度是传统车企的三到四倍。”

紧接着的一条是：“说实话，他们比谁都拼。很多工程师一周工作七天，就睡在工厂里。”

第三条帖子则转向了特斯拉自身：“我们明年的重点是Cybercab和Optimus。”

有网友在评论区调侃，马斯克描述的“睡在工厂里”，正是他本人的工作习惯。
""",
["他们比谁都拼",
 "中国车企的迭代速度是传统车企的三到四倍。",
 "说实话，他们比谁都拼。很多工程师一周工作七天，就睡在工厂里。"],
"topic only in context: '说实话，他们比谁都拼' right after a post about 中国车企; third post about Cybercab not gold; netizen joke not gold")

# 48 x_roundup, negative: EU
D(48, "x_roundup", "article",
"马斯克怒批欧盟AI法案：“他们在扼杀创新”",
"""
在欧盟《人工智能法案》部分条款正式生效的当天，马斯克在X上连发多帖表达不满。

他写道：“欧盟的监管者根本不懂技术。他们在扼杀创新，而且乐在其中。”

在另一条帖子中，他说：“布鲁塞尔的官僚要为欧洲科技行业的衰落负责。”

有评论指出，与欧盟相比，中国在人工智能监管上采取了“发展与安全并重”的思路，多家国产大模型已完成备案。马斯克没有就此发表评论。
""",
[],
"pronoun 他们 = EU regulators; China comparison is a commentator's; he made no comment on China")

# 49 x_roundup, positive: HK / China population
D(49, "x_roundup", "article",
"马斯克X动态：谈香港与中国人口",
"""
本周马斯克在X上的帖子中，最受中文用户关注的是他对一张东亚生育率图表的评论。

一名用户发布了香港、台湾、韩国和中国大陆的生育率对比图。马斯克回复称：“香港的生育率低得惊人，而中国大陆也正走在同一条路上。中国的人口可能在本世纪末减少一半。”

他随后在另一条回复中说：“对中国来说，这是比任何战争都大的威胁。”

此外，马斯克本周还发布了多条关于Starlink和美国大选的帖子。
""",
["香港的生育率低得惊人，而中国大陆也正走在同一条路上。中国的人口可能在本世纪末减少一半。",
 "对中国来说，这是比任何战争都大的威胁。"],
"Hong Kong with mainland China; demographics; headline '谈…' only describes; Starlink/US election posts not gold")

# 50 earnings_call, positive: header format
D(50, "earnings_call", "article",
"特斯拉2025年第三季度财报电话会议文字记录（节选）",
"""
以下内容根据电话会议录音整理翻译。

Travis Axelrod -- Head of Investor Relations
下午好，欢迎参加特斯拉2025年第三季度财报电话会议。今天与我一同出席的有埃隆·马斯克和瓦巴夫·塔内加。

Elon Musk -- Chief Executive Officer
谢谢。本季度我们创造了交付量的纪录。我想特别提一下中国，中国市场的竞争依然是全世界最激烈的，但上海工厂的交付量仍然同比增长，这证明了那里团队的实力。另外，Robotaxi服务在奥斯汀已经运营了三个月，没有发生严重事故。Optimus V3的原型机将在明年第一季度亮相。

Vaibhav Taneja -- Chief Financial Officer
谢谢埃隆。本季度总营收为281亿美元，汽车业务毛利率环比提升。

Elon Musk -- Chief Executive Officer
我再补充一点：关于稀土，中国的出口许可审批比我们预期的快，目前对生产没有影响。
""",
["我想特别提一下中国，中国市场的竞争依然是全世界最激烈的，但上海工厂的交付量仍然同比增长，这证明了那里团队的实力。",
 "关于稀土，中国的出口许可审批比我们预期的快，目前对生产没有影响。"],
"earnings-call transcript with 'Elon Musk -- Chief Executive Officer' headers; his paragraph mixes China with Robotaxi/Optimus (not gold); IR and CFO lines not gold")
