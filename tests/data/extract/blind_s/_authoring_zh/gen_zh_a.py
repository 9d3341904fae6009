from gen_zh_lib import doc

# 1 wire +
doc("wire", "article", "马斯克谈对华芯片出口管制", """
路透华盛顿10月14日电——特斯拉首席执行官埃隆·马斯克周二在华盛顿一场由多家科技企业联合举办、原定半小时却延长至近两小时的人工智能政策圆桌会议上，被问及美国对华高端芯片出口管制的效果时表示，⟦管制可以拖慢中国几年，但挡不住他们⟧。
“⟦中国的工程师数量是我们的好几倍，他们迟早会做出自己的高端芯片。⟧”他补充道，“⟦在这个问题上，我们最好别以为华为做不出来。⟧”
马斯克还称，他旗下人工智能公司xAI的下一代超级计算机将于明年夏天前在孟菲斯上线，届时算力将翻一番。
美国商务部一名官员在会后对记者说，现行管制措施“正在发挥作用”，并称华盛顿将继续收紧相关规定。
英伟达等芯片企业近几个月一直游说放宽对华销售限制。马斯克本人并未就具体政策提出建议。
""", "long locative phrase between 马斯克 and 表示; 他补充道 continuation; xAI remark in same article not gold; official's words not gold")

# 2 wire -
doc("wire", "article", "比亚迪匈牙利塞格德工厂启动试生产", """
财联社11月5日讯，比亚迪位于匈牙利南部城市塞格德的乘用车工厂5日启动试生产，首批车型为海豚和元PLUS。匈牙利外交与对外经济部长西雅尔多在仪式上说，这座工厂将为当地创造数千个就业岗位。
比亚迪欧洲区一名高管在接受采访时说，他几年前在一次行业活动上与马斯克有过短暂交谈，“当时我对他说，比亚迪一定会来欧洲建厂，他只是笑了笑。”
特斯拉位于德国柏林附近的格伦海德工厂距离塞格德约900公里。马斯克本月初在X上发文称，Cybercab将于明年第二季度开始量产。
业内人士认为，中国车企在欧洲本地化生产，有助于规避欧盟对中国产电动车加征的反补贴税。
""", "hard negative: BYD exec says what he told Musk; Musk's only statement is a product date")

# 3 liveblog +
doc("liveblog", "article", "直播｜特斯拉2025年股东大会：马斯克谈上海工厂、Optimus与价格战", """
【实时更新】
09:58 股东大会即将在得克萨斯州奥斯汀超级工厂开始，现场座无虚席。
10:07 马斯克登台，身穿黑色夹克，开场先调侃了一句得州的天气。
10:15 马斯克首先回顾了过去一年的交付数据，称Model Y仍是全球最畅销的车型。
10:42 马斯克在台上用了近十分钟介绍各个工厂的进展，谈及上海超级工厂时，他表示，⟦上海团队是特斯拉效率最高的团队，没有之一⟧。
10:50 他透露，Optimus第三代将于明年一季度公布，“手部有22个自由度”。
11:05 一位来自加州的股东提问：中国市场的价格战是否会拖累利润率？马斯克回应称，⟦中国市场的竞争极其激烈，价格战短期内不会结束⟧。
11:08 他接着说：“⟦说实话，中国那些新势力车企是我见过最拼的，他们几乎不睡觉。⟧”
11:20 他还说，⟦如果没有中国的供应链，Model Y的成本根本降不到今天的水平⟧。
11:32 话题转向火星。马斯克称，星舰有望在2026年底的窗口期发射首批无人飞船前往火星。
11:45 一位股东代表宣读了关于马斯克薪酬方案的投票结果。
11:58 大会结束。马斯克离场前与几位股东合影。
""", "long liveblog; China remarks mixed with Optimus/Mars/global sales remarks; shareholder question not gold; headline 谈 not gold")

# 4 liveblog -
doc("liveblog", "article", "上海车展直播：小米、比亚迪、华为密集发布新车", """
【澎湃新闻 实时报道】
09:30 2025上海车展媒体日开幕，国家会展中心各展馆人头攒动。
10:05 比亚迪发布会开始。王传福表示，比亚迪今年海外销量有望突破100万辆。
10:48 小米展台，雷军在回答记者提问时说，他曾和马斯克当面交流过造车心得，“我跟他说，中国的供应链是世界上最完整的。”
11:20 有记者注意到特斯拉展台面积较去年缩小。特斯拉中国相关负责人称，这是“出于展示效率的考虑”。
13:15 华为鸿蒙智行发布会上，余承东称其智驾系统累计里程已超过40亿公里。
14:02 马斯克当天凌晨在X上发布了一张星舰发射塔的照片，配文“明天见”。不少车展现场观众在社交媒体上转发了这张图。
15:40 今日发布会全部结束。
""", "hard negative: 雷军 quotes what he told Musk about China; Musk's only post is about Starship")

# 5 qa_interview +
doc("qa_interview", "article", "专访马斯克：中国会是Optimus最大的对手吗？", """
《财经》：中国已经有上百家人形机器人公司，你怎么看它们？
马斯克：⟦中国会是Optimus最大的竞争对手，这一点毫无疑问。⟧我们对此很清楚。
《财经》：宇树科技的产品价格只有Optimus预期售价的零头。
马斯克：⟦他们的硬件做得非常好，成本控制也很厉害。⟧但真正难的部分是手，手的难度占整个机器人的一半。
《财经》：有人认为中国在机器人量产方面会领先美国五年。
马斯克：⟦在量产上，中国确实有优势，我不否认。至于领先五年，我不这么看。⟧
《财经》：Optimus什么时候能真正量产？
马斯克：明年年底，如果一切顺利的话。我们在弗里蒙特已经有一条试产线了。
《财经》：最后一个问题，你现在每周工作多少小时？
马斯克：差不多还是一百个小时左右，有时候更多。
""", "Q&A: interviewer's China claims not gold; 他们 refers back to 宇树科技; robot-hand and work-hours answers not gold")

# 6 qa_interview -
doc("qa_interview", "article", "对话览锐科技创始人：“马斯克总会用上激光雷达的”", """
【36氪专访】深圳激光雷达企业览锐科技今年出货量预计突破百万台。近日，36氪专访了览锐科技创始人兼CEO许振东。
36氪：马斯克多次说过，激光雷达是“拐杖”，依赖它的公司注定失败。你怎么看？
许振东：他说的是很多年前的情况。那时候一颗激光雷达要几万美元，现在我们能做到两百美元以内。
36氪：你见过他吗？
许振东：见过一次，在一个行业活动上。我跟他说，中国激光雷达的成本很快会低到让你无法拒绝。他没说什么。
36氪：你认为特斯拉最终会采用激光雷达吗？
许振东：我相信会的。物理规律不会因为一个人的观点而改变。
36氪：海外市场呢？
许振东：欧洲和日本的车企已经是我们的客户，美国市场受关税影响较大。
""", "hard negative: Musk's lidar claim (not about China) quoted by interviewer; Chinese CEO's words about what he told Musk")

# 7 opinion +
doc("opinion", "article", "评论｜马斯克的“中国论”，该怎么听？", """
马斯克又夸中国了。上周在一档美国播客中，他说：“⟦中国车企是全世界最有竞争力的车企，如果没有贸易壁垒，它们会碾压大部分对手。⟧”
这不是他第一次这么说，但放在十年前，这样的话很难从他嘴里听到。2015年，被问及中国电动车时，他曾不屑地表示，⟦中国车企连一款像样的产品都拿不出来，根本谈不上威胁⟧。
从不屑到敬畏，马斯克态度的转变，恰好映射了中国新能源汽车产业这十年的跃迁。
但也不必把他的每句话都当作对中国的“认证”。作为特斯拉的掌舵人，他需要向华盛顿传递危机感，也需要向股东解释为何特斯拉在中国的份额不断下滑。
换句话说，马斯克的“中国论”既是观察，也是策略。
真正值得关注的，是国产车企如何在海外市场把这些赞誉变成实打实的销量。
""", "opinion: current quote + quote from 2015 recalled (both gold); columnist's analysis not gold")

# 8 opinion -
doc("opinion", "article", "马斯克与北京：一场十年长跑", """
2019年1月，上海临港的一片农田上，特斯拉超级工厂破土动工。此后的几年里，马斯克数次访华，会见过中国总理，也在上海工厂的交付仪式上跳过舞。
观察人士普遍认为，马斯克是少数能同时在华盛顿和北京都说得上话的美国企业家。
但这种平衡正在变得越来越难。一方面，特斯拉在华销量承压；另一方面，他在美国政治中的角色让北京方面的观感变得复杂。
他最近在X上的发帖更多集中在星舰、人工智能和美国联邦政府开支上。上个月，他写道：“让人类成为多行星物种，是我们这个时代最重要的事。”
一位接近特斯拉中国的人士对笔者说，公司内部对未来几年在华业务“谨慎乐观”。
这场长跑还远没有结束。
""", "hard negative: journalist analysis and Musk's actions (visited, met, danced); his only quote is about multiplanetary life")

# 9 aggregator +
doc("aggregator_headline", "article", "马斯克称⟦中国造船能力是美国的200倍⟧ - 澎湃新闻", """
澎湃新闻 · 3小时前
特斯拉CEO马斯克周四在X平台转发了一张中美造船产能对比图，引发网友热议。有分析人士指出，该数据并未区分军用与民用船舶。
""", "aggregator title with ' - 澎湃新闻' suffix; gold is the claim only")

# 10 aggregator -
doc("aggregator_headline", "article", "马斯克再谈中国：星链为何迟迟进不了内地？ - 新浪财经", """
新浪财经 · 1天前
星链在全球100多个国家和地区提供服务，但在中国内地始终未获准运营。业内人士认为，数据安全与频谱管理是主要障碍……
""", "hard negative: framing headline 马斯克再谈中国 + journalist question, no claim of his")

# 11 aggregator +
doc("aggregator_headline", "article", "马斯克盛赞中国工程师，称⟦他们是全球最好的⟧ - 凤凰网科技", """
凤凰网科技 · 5小时前
在周三的一场线上活动中，特斯拉CEO马斯克谈到了人才问题……
""", "two-verb headline (盛赞…，称…); gold is the claim part with 他们 = 中国工程师")

# 12 aggregator -
doc("aggregator_headline", "article", "马斯克深夜发文谈中国电池价格 - 网易新闻", """
网易新闻 · 6小时前
特斯拉CEO马斯克周三深夜在X上就电池成本话题连发数帖，相关话题迅速登上热搜。宁德时代、比亚迪股价次日早盘小幅波动。
""", "hard negative: headline fragment only says he posted about Chinese battery prices")

# 13 aggregator +
doc("aggregator_headline", "article", "马斯克：⟦稀土永磁不是瓶颈，北京的出口许可才是⟧ - 第一财经", """
第一财经 · 2小时前
中国商务部上月起对部分中重稀土及永磁材料实施出口许可管理，多家美国车企表示正面临断供风险……
""", "headline 马斯克：claim with ' - 第一财经' suffix; 北京 for China")

# 14 aggregator -
doc("aggregator_headline", "article", "金巴尔·马斯克：中国的垂直农场技术令人惊叹 - 36氪", """
36氪 · 昨天
特斯拉董事、马斯克的弟弟金巴尔·马斯克近日在成都参观了一家垂直农场企业……
""", "hard negative: Kimbal Musk, not the watched speaker")

# 15 aggregator -
doc("aggregator_headline", "article", "梅耶·马斯克现身上海签售会：中国粉丝太热情了 - 新浪娱乐", """
新浪娱乐 · 2天前
现年77岁的模特、营养师梅耶·马斯克周末在上海举办自传签售活动，现场排起长队……
""", "hard negative: Maye Musk (his mother) talking about China")

# 16 aggregator +
doc("aggregator_headline", "article", "马斯克回应特斯拉在华降价：⟦中国市场不降价就没有销量⟧ - 华尔街见闻", """
华尔街见闻 · 4小时前
特斯拉中国本周宣布Model 3和Model Y起售价下调至多1.5万元，这是今年以来第三次调价……
""", "aggregator headline with 回应 + claim about Tesla China pricing")

# 17 aggregator -
doc("aggregator_headline", "article", "马斯克称FSD V14将在年底前推送 - 腾讯新闻", """
腾讯新闻 · 8小时前
特斯拉CEO马斯克周一表示，FSD V14版本将在年底前向北美车主推送。国内车主何时能用上完整版FSD，目前仍无明确时间表。
""", "hard negative: his claim is a product date for North America; the China angle is the journalist's")

# 18 aggregator +
doc("aggregator_headline", "article", "比亚迪巴西工厂投产在即，马斯克：⟦他们的动作快得惊人⟧ - 界面新闻", """
界面新闻 · 1小时前
比亚迪位于巴西巴伊亚州卡马萨里的工厂预计下月正式投产，这是其在美洲最大的生产基地……
""", "pronoun 他们 refers back to 比亚迪 earlier in the same headline")

# 19 short_summary +
doc("short_summary", "article", "马斯克谈中国激光雷达", """
特斯拉CEO马斯克周二在接受彭博电视采访时表示，⟦中国激光雷达企业已经把成本压到了几百美元，但特斯拉仍然不会采用⟧。
""", "one-sentence summary; 在接受…采访时表示; descriptive title not gold")

# 20 short_summary -
doc("short_summary", "article", "马斯克闪访北京", """
马斯克周三乘私人飞机抵达北京，与多位政府官员会面，并参观了百度萝卜快跑自动驾驶测试园区，当晚即离京。
""", "hard negative: actions only (visited, met, toured)")

# 21 short_summary +
doc("short_summary", "article", "彭博：马斯克称⟦上海工厂将承担更多出口任务⟧", """
据彭博社援引知情人士报道，马斯克在本周的一次内部会议上称，⟦上海超级工厂明年将承担更多面向欧洲和亚太市场的出口任务⟧。
""", "据…援引 reported speech from an internal meeting; headline also carries the claim")

# 22 short_summary -
doc("short_summary", "article", "分析：马斯克为何总夸中国车企", """
多位分析师认为，马斯克近年对中国电动车企业的频繁赞扬，更多是出于向美国政策制定者施压的商业考量。
""", "hard negative: analysts characterise his praise, no statement of his")

# 23 short_summary +
doc("short_summary", "article", "马斯克再谈TikTok禁令", """
马斯克周日在X上回应一名网友时写道，“⟦我一直反对禁止TikTok，尽管禁掉它对X是有利的⟧”。
""", "TikTok; framing headline 再谈 not gold, body quote gold")

# 24 short_summary -
doc("short_summary", "article", "特斯拉中国：马斯克近期无访华计划", """
针对网传马斯克下周将访华的消息，特斯拉中国相关负责人周五回应称，目前没有收到相关行程安排。
""", "hard negative: Tesla China spokesperson's words about Musk")

# 25 short_summary +
doc("short_summary", "article", "马斯克谈人形机器人", """
伊隆·马斯克认为，⟦到2030年，中国将成为全球最大的人形机器人生产国⟧。他同时透露，Optimus第三代原型机将于明年初亮相。
""", "two-sentence summary; second sentence a product date, not gold; name 伊隆·马斯克")

# 26 short_summary -
doc("short_summary", "article", "马斯克：星舰两年内飞向火星", """
马斯克称，星舰将在两年内执行首次无人火星任务；同日，中国航天科技集团公布了新一代载人运载火箭的系留点火试验进展。
""", "hard negative: his claim is about Mars; China only in the neighbouring clause")

# 27 x_roundup +
doc("x_roundup", "article", "今日热搜｜小米YU7交付、马斯克夸中国基建、某顶流官宣", """
【微博热搜速递 · 9月18日晚】
1. #小米YU7首批交付# 小米汽车今日在北京亦庄举行交付仪式，雷军亲自为车主开门。
2. #马斯克发文夸中国基建# 马斯克在X上转发了一段深中通道的航拍视频，并写道：“⟦中国的基建速度令人难以置信，这在美国至少要二十年。⟧”该话题阅读量已破3亿。
3. #某顶流官宣# 略。
4. #星舰第十一次试飞# 马斯克发文称，本次试飞“几乎完美”，下一次将尝试在轨加注。
5. #月饼价格回落# 今年的月饼价格普遍回落，礼盒装降幅明显。
""", "Weibo hot-search roundup; tag #马斯克发文夸中国基建# not gold, his post text is; Starship item not gold")

# 28 x_roundup -
doc("x_roundup", "article", "马斯克这一周在X上都说了啥？", """
本周马斯克在X上共发帖和回复超过600条。我们整理了其中几条引起较多讨论的：
· 周一，他称星舰第十一次试飞“几乎完美”。
· 周二，他转发了一条关于比亚迪8月海外销量的帖子，未加任何评论。
· 周三，他给一条讨论中国高铁里程的帖子点了赞。
· 周四，他写道：“AI明年就会比任何单个人类都聪明。”
· 周五，他晒出了和儿子X Æ A-Xii在星舰基地的合影。
· 周六，他回应了关于X平台宕机的抱怨，称“工程团队正在处理”。
有网友调侃，这位亿万富翁一周在X上花的时间比很多人上班还多。
""", "hard negative: China only via actions (retweet without comment, a like); his words are about Starship, AI, outage")

# 29 x_roundup +
doc("x_roundup", "article", "马斯克深夜回复比亚迪销量帖，网友吵翻", """
北京时间周四凌晨，一位在X上拥有百万粉丝的特斯拉投资者@SawyerMerritt发帖称，比亚迪9月海外销量同比增长超过一倍。约二十分钟后，马斯克（@elonmusk）在该帖下回复：
“@SawyerMerritt @BYDCompany ⟦They are moving incredibly fast. Most people in the West have no idea.⟧ https://t.co/8kQz2LrWmA”
这条回复获得了超过两千万次浏览，不少中文网友将其截图转发至微博。
有美国网友在评论区反驳：“中国的数字不可信。”马斯克没有再回应。
""", "X post quoted verbatim with @handles and URL; They = BYD from the handle; other user's reply not gold")

# 30 x_roundup -
doc("x_roundup", "article", "微博热搜榜（10月3日 22:00）", """
1 #国庆假期出行人次创新高#
2 #马斯克说他每周工作120小时# 马斯克在一档播客中称，自己最近每周工作时间长达120小时，“有时候睡在工厂里”。
3 #特斯拉上海超级工厂招聘# 特斯拉上海超级工厂HR表示，四季度计划招聘生产线员工约2000名。
4 #马斯克再谈中国# 该话题下，网友围绕特斯拉在华销量展开激烈讨论，有人认为“老马该着急了”。
5 #综艺收视率#
6 #中国女排夺冠#
""", "hard negative: tag #马斯克再谈中国# without his claim; his work-hours claim not about China; HR and netizens' words")

# 31 x_roundup +
doc("x_roundup", "article", "马斯克与美国参议员X上隔空交锋，焦点是中国稀土", """
美国共和党参议员汤姆·哈蒙德周二在X上发文称，美国对中国稀土的依赖“被严重夸大”，并点名特斯拉“在危言耸听”。
马斯克随后回复：“⟦如果中国明天停止出口稀土磁体，美国大部分汽车工厂一个月内就会停产。⟧”
哈蒙德再度回应称，美国国内的稀土项目“正在快速推进”。
马斯克则写道：“⟦这不是危言耸听。我们对中国稀土的依赖就是这么严重，至少五年内改变不了。⟧”
他还附上了一张美国能源部报告的截图。截至发稿，两人的交锋已获得数千万次浏览。
""", "X exchange: senator's words not gold; Musk's two replies gold; conditional claim")

# 32 x_roundup -
doc("x_roundup", "article", "欧盟重罚X平台，马斯克连发数帖怒批布鲁塞尔", """
欧盟委员会周五宣布，依据《数字服务法》对社交平台X处以数亿欧元罚款。同日，欧盟对中国产电动车的反补贴关税也迎来复审结果。
马斯克当天在X上连发数帖抨击欧盟委员会。他写道：“他们除了罚款和写规章，什么都造不出来。”
在另一条帖子中，他称欧盟监管机构“是言论自由的敌人”。
欧盟委员会发言人回应称，罚款决定“基于事实和法律”。
此前，中国商务部对欧盟的关税复审结果表示“强烈不满”。
""", "hard negative: 他们 = EU Commission, not China; China tariff news only in the neighbourhood")

# 33 x_roundup +
doc("x_roundup", "article", "网友问Model 3为何中国卖得更便宜，马斯克亲自回复了", """
【公众号：车圈热评】
昨晚，一位ID为@TeslaChinaFan的网友在X上发帖提问：同样一款Model 3，为什么在中国的售价比美国便宜了将近三分之一？
没想到，马斯克本人亲自下场回复，称⟦中国的制造成本更低，供应链也更高效⟧。
有网友追问上海工厂的效率到底有多高，他又补了一句：“⟦上海工厂的人均产出是全球所有汽车工厂里最高的。⟧”
这两条回复很快被搬运到微博和小红书，不少车主留言“老马实诚”。
也有人吐槽：“那为什么不把价格再降一点？”对此马斯克没有回应。
""", "self-media roundup of X replies on Tesla China pricing; netizens' words not gold")

# 34 earnings_call +
doc("earnings_call", "article", "特斯拉2025年第三季度财报电话会议实录（节选）", """
特拉维斯·阿克斯 -- 投资者关系副总裁
大家下午好，欢迎参加特斯拉2025年第三季度财报电话会议。今天和我一起的有埃隆·马斯克和首席财务官瓦伊巴夫·塔内贾。埃隆，请先开始。
埃隆·马斯克 -- 首席执行官
谢谢。这是一个非常不错的季度，我们的交付量创下了纪录。储能业务继续高速增长，Megapack的需求远远超过我们的产能。⟦中国市场依然是竞争最激烈的市场，那里有上百个电动车品牌在打价格战。⟧⟦不过上海工厂表现非常出色，它的利用率几乎是满的。⟧自动驾驶方面，我们预计年底前在美国更多城市推出Robotaxi服务。
瓦伊巴夫·塔内贾 -- 首席财务官
谢谢埃隆。本季度总营收环比增长，汽车业务毛利率也有所改善，具体数字我稍后会详细说明。
特拉维斯·阿克斯 -- 投资者关系副总裁
好的，我们进入分析师提问环节。第一个问题来自摩根士丹利的安德鲁。
安德鲁·珀科科 -- 摩根士丹利 -- 分析师
谢谢。我想问一下中国。我们看到小米、比亚迪都在大幅降价，中国车企的成本优势似乎越来越大，特斯拉在那里还能保持份额吗？
埃隆·马斯克 -- 首席执行官
⟦说实话，他们的成本结构非常惊人，尤其是在电池和电驱系统上。⟧⟦但我们在上海的成本也在持续下降，我认为我们能保持住份额。⟧长期来看，真正决定价值的是自动驾驶，而不是多卖几台车。
安德鲁·珀科科 -- 摩根士丹利 -- 分析师
谢谢。
""", "earnings-call transcript ('Name -- Title' then paragraph); 他们 refers to 中国车企 in analyst's question; energy/Robotaxi sentences not gold; analyst's question not gold")

# 35 earnings_call -
doc("earnings_call", "article", "特斯拉二季度财报会：中国问题由CFO作答", """
以下为特斯拉2025年第二季度财报电话会议部分内容（中文整理）：
埃隆·马斯克 -- 首席执行官
我们正处在从一家汽车公司向一家AI和机器人公司转型的关键阶段。Optimus今年晚些时候会有一条试产线。FSD的每一次版本迭代都在大幅减少人为干预。
科林·兰根 -- 富国银行 -- 分析师
谢谢。能否谈谈中国市场的定价压力？你们在中国的份额最近下滑得比较明显。
瓦伊巴夫·塔内贾 -- 首席财务官
这个问题我来回答。中国市场的价格竞争确实非常激烈，我们在当地推出了更多金融优惠方案。上海工厂的生产成本仍然是我们所有工厂中最低的。
科林·兰根 -- 富国银行 -- 分析师
明白。埃隆，你对Robotaxi的扩张有什么时间表？
埃隆·马斯克 -- 首席执行官
我预计到明年底，美国大约一半人口能用上我们的Robotaxi服务。当然，这取决于监管审批。
""", "hard negative: China question answered by the CFO; Musk's turns are about AI, Optimus, Robotaxi")

# 36 earnings_call (label) +
doc("earnings_call", "label", "特斯拉股东问答环节文字实录", """
特拉维斯·阿克斯：接下来是来自Say平台的散户提问，得票最多的问题是：特斯拉FSD什么时候能在中国全面上线？
埃隆·马斯克：⟦我们希望今年能在中国获得部分批准。⟧⟦中国的监管机构其实很务实，主要的障碍是训练数据不能出境，所以我们需要在当地建训练中心。⟧在欧洲，情况更复杂一些，审批流程要慢得多。
特拉维斯·阿克斯：第二个问题：Cybercab什么时候开始量产？
埃隆·马斯克：明年第二季度开始爬坡。一开始会很慢，然后会非常快。
特拉维斯·阿克斯：第三个问题：会不会推出更便宜的车型？
埃隆·马斯克：会有。⟦顺便说一句，上海团队在降本方面给了我们很多灵感，他们总能找到办法。⟧
""", "labelled call transcript; Europe and Cybercab sentences not gold; 他们 = 上海团队")

# 37 earnings_call -
doc("earnings_call", "article", "蔚来2025年第二季度财报电话会议纪要", """
李斌 -- 创始人、董事长兼首席执行官
大家好。第二季度我们交付了超过七万辆车，乐道L90的订单非常饱满，萤火虫也在欧洲开始交付。
摩根大通 -- 分析师
李总，特斯拉的马斯克最近说自动驾驶会在明年彻底解决，您怎么看他们的时间表？
李斌 -- 创始人、董事长兼首席执行官
马斯克给过很多时间表。（笑）我很尊重他，就像他常说的，制造才是真正难的部分，做出原型很容易。我们也在自研芯片，神玑芯片已经上车。
曲玉 -- 首席财务官
补充一下，本季度研发投入环比下降，主要是因为组织效率的提升。
""", "hard negative: Chinese CEO and analyst recall Musk's claims that are not about China (autonomy timeline, manufacturing is hard)")

# 38 earnings_call +
doc("earnings_call", "article", "特斯拉一季度电话会：马斯克谈关税与中国对手", """
以下内容根据特斯拉2025年第一季度财报电话会议录音整理。
埃隆·马斯克 -- 首席执行官
关于关税，我想说清楚。⟦关税对我们在中国的业务影响有限，因为上海工厂几乎完全是本地化供应链。⟧在美国，我们受到的影响相对更大一些，尤其是部分进口零部件。
菲利普·霍乔伊斯 -- 瑞穗证券 -- 分析师
中国的几家车企正在向欧洲和东南亚大举扩张，这会不会威胁特斯拉的海外市场？
埃隆·马斯克 -- 首席执行官
⟦他们非常有竞争力，我一直这么说。⟧⟦如果你看全球前十的汽车公司，十年后可能有一半是中国公司。⟧所以我们必须在自动驾驶上保持领先，这是唯一的护城河。
""", "tariffs; 他们 refers to Chinese carmakers in the analyst's question; US tariff and autonomy sentences not gold")

# 39 podcast_labelled +
doc("podcast_labelled", "label", "《硅谷圆桌》第214期文字稿：DeepSeek之后，中国AI还能走多远？", """
杰森：欢迎回到节目。今天埃隆也在线，他刚从得州的工厂赶回来。埃隆，欢迎。
埃隆：谢谢，很高兴回来。
查马斯：我们直接进入正题吧。DeepSeek发布了新模型，训练成本据说只有几百万美元，市场又一次被吓到了。
埃隆：⟦DeepSeek做得很聪明，但不要以为中国人只会抄。⟧⟦他们的工程师非常出色，而且很多人愿意一周工作七天。⟧
大卫：但他们用了大量美国芯片，这一点很关键。出口管制就是为了这个。
埃隆：⟦管制会让他们慢一点，但中国的电力供应远比我们充足，长期看这是他们最大的优势。⟧我们在美国建一个数据中心，光等电网接入就要好几年。
杰森：那你在孟菲斯是怎么解决的？
埃隆：我们自己上了燃气轮机和Megapack。基本上就是自己造了一个电厂。
查马斯：话说回来，明年能实现AGI吗？
埃隆：我认为明年AI会比任何单个人类都聪明，到2030年会比全人类加起来都聪明。
杰森：好，这个我们记下来了，明年回来对账。
""", "multi-host labelled podcast; 他们 refers to DeepSeek/China; US data-centre, Memphis and AGI turns not gold; hosts' China remarks not gold")

# 40 podcast_labelled -
doc("podcast_labelled", "label", "《太空漫谈》第88期：埃隆谈火星时间表", """
主持人A：今天节目来了重磅嘉宾，埃隆·马斯克。不过开始前先说个新闻：中国的可回收火箭上周又完成了一次十公里级垂直起降试验。
主持人B：对，他们进步很快。不过这个我们留到下一期专门讲。
主持人A：好。埃隆，欢迎。我们先从火星说起，首批载人飞船什么时候出发？
埃隆·马斯克：如果一切顺利，2028年的窗口期有可能。但我不想给出过于乐观的承诺。
主持人B：那在此之前还需要解决什么？
埃隆·马斯克：最大的挑战是在轨推进剂加注，这个我们还没有完整演示过。另外，火星着陆也很难，那里的大气太稀薄了。
主持人A：你们和NASA的合作呢？
埃隆·马斯克：他们是很好的合作伙伴，只是流程太慢。有些审批要等好几个月。
主持人B：感谢埃隆。
""", "hard negative: China only in hosts' talk; Musk's 他们 refers to NASA")

# 41 podcast_labelled +
doc("podcast_labelled", "label", "《对话》特别节目：对话埃隆·马斯克（文字实录节选）", """
主持人：很多中国年轻人把你当偶像。你年轻的时候，身边有中国同学吗？
马斯克：有很多。⟦我在宾大和斯坦福的时候就见过很多中国留学生，他们的数学好得吓人。⟧后来在PayPal也是。
主持人：现在美国收紧了对中国留学生的签证，你怎么看？
马斯克：⟦我认为这是个错误。把最聪明的中国学生拒之门外，对美国没有任何好处。⟧
主持人：听说你有很多孩子，你平时怎么陪伴他们？
马斯克：我经常带他们去工厂。小X现在已经能认出好几种火箭发动机了。
主持人：最后一个问题，你每天睡几个小时？
马斯克：六个小时左右。少于这个，我的判断力就会下降。
""", "Chinese students; family and sleep answers not gold; host questions not gold")

# 42 podcast_labelled +
doc("podcast_labelled", "label", "《科技乱炖》第56期：马斯克说中国电价是AI优势，对吗？", """
小林：大家好，欢迎收听《科技乱炖》，我是小林。
阿杰：我是阿杰。这期我们聊一个热门话题。先放一段马斯克上周在一个AI峰会上的原声，大家听一下。
[录音] 埃隆·马斯克：⟦中国的电价大概只有美国的一半，而且他们每年新增的发电装机比美国全部装机的三分之一还多。⟧⟦这是他们做AI最大的优势。⟧
小林：这个数据我查了一下，大方向没错，但工业电价和居民电价要分开看。
阿杰：对，而且西部的绿电和东部的数据中心之间还有输电的问题。
小林：我觉得他说这话，也是在给美国电网改革喊话。
阿杰：有道理。他后面还聊了星舰，我们就不放了。下期见。
""", "Chinese podcast hosts play a labelled clip of Musk; hosts' analysis and title not gold")

# 43 podcast_labelled -
doc("podcast_labelled", "label", "播客《食物的未来》文字稿：金巴尔·马斯克谈中国农业", """
主持人：今天的嘉宾是金巴尔·马斯克，他是一位厨师、企业家，也是特斯拉和SpaceX的董事。金巴尔，欢迎。
金巴尔·马斯克：谢谢邀请。
主持人：你最近去了中国好几次，看到了什么？
金巴尔·马斯克：中国的垂直农场让我非常震撼。在成都，我看到一栋二十层的楼里全是生菜，机器人在负责采摘。他们的规模和速度是美国任何一家农业科技公司都比不了的。
主持人：你哥哥埃隆对此怎么看？
金巴尔·马斯克：我们还没怎么聊过这个，他最近忙着火箭的事。（笑）
主持人：你会把这些技术带回美国吗？
金巴尔·马斯克：我希望如此。我们正在科罗拉多试点一个类似的项目。
""", "hard negative: Kimbal Musk speaking about China; the watched speaker does not speak")

# 44 podcast_labelled +
doc("podcast_labelled", "label", "莱克斯·弗里德曼播客第480期（中文字幕整理）", """
莱克斯：我想问一个地缘政治的问题。你怎么看台湾？
埃隆：这是一个非常敏感的问题。⟦我认为北京对台湾的立场是非常坚定的，西方很多人低估了这一点。⟧
莱克斯：如果台海真的出现冲突，会怎样？
埃隆：⟦那将是全球经济的灾难。全世界最先进的芯片大部分都在台湾生产，所有电子产品和汽车都会受到冲击。⟧
莱克斯：特斯拉会受影响吗？
埃隆：⟦当然，所有人都会。我们在上海的工厂也很难独善其身。⟧
莱克斯：换个轻松点的话题。你最近在玩什么游戏？
埃隆：《暗黑破坏神4》，我还在冲赛季排行榜。
""", "Taiwan in relation to Beijing; 'this is a sensitive question' and gaming answer not gold")

# 45 podcast_unlabelled +
doc("podcast_unlabelled", "unlabeled", "", """
欢迎收听本期节目。今天我们非常荣幸地请到了埃隆·马斯克。埃隆，谢谢你抽时间来。
谢谢邀请，很高兴来。
我们先从制造业聊起。你多次去过上海工厂，那里和美国的工厂最大的区别是什么？
⟦速度。上海工厂从拿地到投产只用了不到一年，这在美国根本不可能。⟧在加州，光是环评就要好几年。
你觉得这种速度是怎么来的？
⟦中国的地方政府非常支持制造业，审批效率极高，而且工人的技能和干劲都非常强。⟧⟦说实话，他们比谁都拼。⟧
好的。换个话题，Neuralink最近的进展怎么样？
我们已经有十几位患者植入了设备，第一位患者现在可以用意念玩电子游戏，速度比很多正常人还快。
最后一个问题，你给年轻创业者什么建议？
努力工作，关注物理原理，不要太在意别人怎么说。
谢谢埃隆。
""", "unlabelled transcript: turns inferred; 他们 = Chinese workers; California permitting, Neuralink, advice not gold", guests=["Elon Musk"])

# 46 podcast_unlabelled -
doc("podcast_unlabelled", "unlabeled", "播客第33期：脑机接口与未来", """
大家好，欢迎收听。今天的嘉宾是埃隆·马斯克。我们今天主要聊Neuralink。
谢谢。很高兴能聊聊Neuralink，这是我最少被问到的公司。
第一个问题：Blindsight什么时候能进入人体试验？
我们希望今年年底前获批。第一位受试者会是完全失明的人，我们的目标是让他至少能看到低分辨率的图像。
最近中国也有几家脑机接口公司宣布了临床试验，进展很快，听众很关心这个。不过我们时间有限，先聊聊你的孩子们吧。你会让他们将来植入Neuralink吗？
如果技术足够安全，我不反对。但这得他们自己决定。
最后，你觉得人类和AI会融合吗？
我认为这是避免被AI甩在后面的唯一方式。高带宽的脑机接口是关键。
谢谢埃隆。
""", "hard negative: host mentions Chinese BCI firms; Musk's 他们 = his children", guests=["Elon Musk"])

# 47 podcast_unlabelled +
doc("podcast_unlabelled", "unlabeled", "", """
好，我们继续。埃隆，很多人问星链到底有没有真正的竞争对手。
⟦有，中国。中国已经在部署自己的低轨星座了，千帆、国网，他们计划发射的卫星加起来超过三万颗。⟧
但他们的发射成本是个问题吧？
⟦目前是，但他们在可回收火箭上进步很快。我觉得三到五年内他们会追上来。⟧
亚马逊的柯伊伯计划呢？
他们起步太晚了，而且到现在还没有一枚可回收火箭。
星链现在有多少用户？
已经超过七百万了，还在快速增长。
""", "Starlink vs China; later 他们 refers to Amazon Kuiper (not gold); user count not gold", guests=["埃隆·马斯克"])

# 48 podcast_unlabelled -
doc("podcast_unlabelled", "unlabeled", "《创业者说》第71期：对话动力电池企业创始人周启航", """
欢迎收听《创业者说》。今天的嘉宾是深圳一家动力电池企业的创始人周启航。周总，欢迎。
谢谢，很高兴来聊聊。
听说您和马斯克见过面？
对，2019年在上海。那时候特斯拉刚开始在国内找电池供应商。我当时跟他说，中国的供应链会让你们的电池成本降一半。
他怎么回应？
他只是点点头，问了很多关于正极材料的细节问题。他对技术细节的了解让我很意外。
现在回头看，您说的实现了吗？
实现了，甚至比一半降得更多。现在中国的磷酸铁锂电芯价格全球最低。
您怎么看特斯拉自己做电池？
这是他们的选择，但从成本上看，很难比得过我们。
""", "hard negative: Chinese founder says what he told Musk; Musk only nodded and asked questions", guests=["周启航"])

# 49 podcast_unlabelled +
doc("podcast_unlabelled", "unlabeled", "《美国工业》播客 第19期", """
欢迎回来。今天我们请到了埃隆·马斯克，聊聊美国制造业。埃隆，最近钢铁关税又提高了，你怎么看？
⟦中国的钢铁产能过剩是真实存在的，他们每年的产量比全世界其他国家加起来还多。⟧⟦但关税不是长久之计，美国要做的是自己把钢造得更便宜。⟧
特斯拉自己用的钢材从哪来？
Cybertruck用的不锈钢是我们和供应商一起开发的专用合金，主要在美国生产。
那能源呢？美国的电网能撑住AI的需求吗？
撑不住。美国需要在未来十年把发电能力翻一番，太阳能加储能是最快的路径。
谢谢埃隆。
""", "steel dumping/tariffs on China; Cybertruck steel and US grid answers not gold", guests=["Elon Musk"])

# 50 podcast_unlabelled -
doc("podcast_unlabelled", "unlabeled", "", """
中国计划在2030年前实现载人登月，美国的阿尔忒弥斯计划却一再推迟。埃隆，SpaceX是阿尔忒弥斯的着陆器供应商，我们先说说NASA吧，你和他们合作得怎么样？
他们有很多非常优秀的工程师，但问题在于预算流程。每一笔钱都要国会批准，一拖就是一年。
星舰登月版什么时候能准备好？
我认为明年能完成无人着陆演示，前提是在轨加注测试顺利。
你担心美国输掉这场登月竞赛吗？
我更关心的是我们能不能尽快把星舰做成完全可复用的。那才是真正改变游戏规则的事情。
""", "hard negative: host frames China moon race; Musk's 他们 = NASA; his answers about Starship", guests=["Elon Musk"])
