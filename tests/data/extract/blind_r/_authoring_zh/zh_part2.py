# aggregator_headline 30-38, x_roundup 39-45, earnings_call 46-51

doc(30, "aggregator_headline",
    "马斯克称⟦中国在电力方面拥有巨大优势⟧ - 新浪财经",
    """
特斯拉首席执行官埃隆·马斯克周二表示，⟦世界第二大经济体的发电量增长速度远超美国，这将成为人工智能竞赛中的关键因素⟧。
""",
    "aggregator title with ' - Publisher' suffix; claim part only; 世界第二大经济体 for China")

doc(31, "aggregator_headline",
    "马斯克在X上谈论中国电池价格 - 网易科技",
    """
特斯拉CEO马斯克周末在社交平台X上发布了多条帖子，话题涉及电池、能源和人工智能。
""",
    "headline only says he posted about the topic; no claim")

doc(32, "aggregator_headline",
    "马斯克：⟦中国电动车将称霸全球⟧ - 凤凰网科技",
    "",
    "headline-only aggregator item that carries his claim")

doc(33, "aggregator_headline",
    "马斯克再谈中国 - 腾讯新闻",
    "",
    "headline-only item that only says he talked about China")

doc(34, "aggregator_headline",
    "特斯拉CEO马斯克盛赞中国工程师，称⟦他们是世界上最优秀的⟧ - 澎湃新闻",
    """
马斯克在周一的一次活动上说，⟦中国工程师的数量和质量都令人惊叹⟧。
""",
    "headline with two verbs; gold is the claim part (他们 = 中国工程师)")

doc(35, "aggregator_headline",
    "马斯克会见中国国务院副总理 - 财新网",
    """
国务院副总理周三在北京会见了特斯拉首席执行官埃隆·马斯克，双方就新能源汽车合作交换了意见。
""",
    "action (meeting) only")

doc(36, "aggregator_headline",
    "马斯克表示⟦上海超级工厂将再扩产20%⟧ - 第一财经",
    """
世界首富马斯克在X上表示，⟦上海超级工厂将于明年再扩产20%，新增产能主要供应亚太市场⟧。
""",
    "aggregator title claim without publisher suffix")

doc(37, "aggregator_headline",
    "马斯克称星舰将于2027年载人登陆火星 - 新浪科技",
    """
SpaceX首席执行官马斯克周四表示，星舰有望在2027年执行首次载人火星任务。
""",
    "his claim but about Mars, not China")

doc(38, "aggregator_headline",
    "比亚迪高管：马斯克低估了中国车企 - 证券时报",
    """
比亚迪一位高管在接受采访时表示，特斯拉首席执行官马斯克此前低估了中国车企的技术实力。
""",
    "a rival executive's words about Musk")

doc(39, "x_roundup",
    "马斯克一周X动态：从中国电池到狗狗币",
    """
过去一周，埃隆·马斯克在X上共发布了超过600条帖子和回复。以下是其中最受关注的几条。
1. 周一，马斯克回复了一位特斯拉博主关于电池成本的帖子：“⟦@WholeMarsBlog 中国的电池成本已经比美国低了将近一半，这是事实。 https://t.co/8kQzPb2LmX⟧”
2. 周二，他转发了星舰发射场的延时摄影视频，配文“进展神速”。
3. 周三，他写道：“狗狗币是人民的货币。”该帖点赞量超过40万。
4. 周五，在一位用户问及宁德时代是否会在美国建厂时，马斯克回复称：“⟦他们是世界上最好的电池制造商，我们欢迎他们⟧。”
5. 周六，他发布了一张Grok新功能的截图。
""",
    "verbatim X post with @handle and URL; 他们 = CATL named in the user's question; other posts not gold")

doc(40, "x_roundup",
    "网友热议：马斯克会怎么看中国的“低空经济”？",
    """
本周，国内多座城市试点无人机外卖配送，相关视频在X上也引发海外网友热议。
网友@TechInsiderCN写道：“马斯克看到这个肯定会羡慕。”
另一位网友@EVDaily发帖称：“如果马斯克在中国，他一定会投资低空经济。”
截至发稿，马斯克本人并未就此发帖。他本周在X上的发言主要围绕美国联邦预算展开，其中一条写道：“联邦政府的浪费令人震惊。”
""",
    "other users' posts speculating about Musk; his own post is about US federal spending")

doc(41, "x_roundup",
    "马斯克连发数帖谈中美基建速度",
    """
特斯拉首席执行官埃隆·马斯克周四晚间在X上连发数帖，对比中美两国的基础设施建设速度。
“⟦为什么中国能在一年内建成一座超级工厂，而加州花了十五年连一条高铁都没修好？⟧”他写道。
在随后的一条帖子中，这位亿万富翁称⟦中国的审批流程“快得惊人”⟧，并表示⟦美国“需要认真学习中国的做法”⟧。
马斯克还转发了一段上海超级工厂建设过程的延时视频。该视频此前由一名中国网友上传。
有网友在评论区回复称，加州高铁的问题“主要在于土地征用”。马斯克未作回应。
""",
    "rhetorical question; quote introduced then attributed at its end; partial quotes inside reported speech; repost is an action")

doc(42, "x_roundup",
    "马斯克转发中国无人机灯光秀视频",
    """
周日晚间，埃隆·马斯克在X上转发了一段深圳无人机灯光秀的视频，该视频由一名中国博主拍摄，展示了上万架无人机在夜空中组成火箭图案的画面。马斯克仅转发，未配任何文字。
该转发在数小时内获得超过2000万次浏览。许多中国网友在评论区留言，感谢马斯克的关注。
同一天，马斯克还发帖称：“星链用户已经突破600万。”
""",
    "repost without comment is an action; his only words are about Starlink")

doc(43, "x_roundup",
    "马斯克谈DeepSeek：⟦很厉害，但算力将是他们的瓶颈⟧",
    """
在DeepSeek发布新一代模型后，马斯克在X上回应了多位用户的提问。
当一位用户问他如何看待DeepSeek时，马斯克回复：“⟦很厉害。但他们很快会遇到算力瓶颈，出口管制是真实存在的⟧。”
另一位用户称Grok已经落后，马斯克回应：“下一代Grok下周就会发布，等着看吧。”
他还写道：“⟦中国的AI人才储备是世界上最深的之一，这一点不应被低估⟧。”
""",
    "Chinese AI company; 他们 = DeepSeek; Grok release remark not gold; headline carries claim")

doc(44, "x_roundup",
    "中国嫦娥七号发射在即，马斯克却在X上炮轰NASA",
    """
就在中国嫦娥七号探测器即将发射之际，SpaceX首席执行官埃隆·马斯克周二在X上连发多帖，批评美国国家航空航天局（NASA）的登月计划进展缓慢。
马斯克写道：“他们在官僚程序上花的时间比造火箭还多。”
他还称，阿尔忒弥斯计划的成本“高得离谱”，“应该全部交给商业公司来做”。
中国国家航天局表示，嫦娥七号将于本月下旬在海南文昌发射，执行月球南极环境与资源勘察任务。
有评论人士认为，中美之间的新一轮“登月竞赛”已经开始。
""",
    "他们 refers to NASA, not China; China only in the framing")

doc(45, "x_roundup",
    "马斯克X上回应香港网友：⟦香港仍是进入中国市场的重要门户⟧",
    """
一位香港网友周三在X上问埃隆·马斯克，特斯拉是否会缩减在香港的业务。马斯克回复称：“⟦不会。香港仍然是进入中国市场的重要门户，我们在那里的用户非常忠实⟧。”
这一回复随后被多家香港媒体转载。特斯拉在香港的市场份额近年有所下滑，但仍是当地最畅销的电动车品牌之一。
马斯克没有透露更多细节。
""",
    "Hong Kong in relation to China; reply to a user")

doc(46, "earnings_call",
    "特斯拉2025年第三季度财报电话会议实录（节选）",
    """
特拉维斯·阿克斯——投资者关系主管
下一个问题来自摩根士丹利的分析师。
分析师——摩根士丹利
谢谢。我想问一下中国市场。过去两个季度，中国的价格战愈演愈烈，特斯拉打算如何应对？
埃隆·马斯克——首席执行官
是的，⟦中国市场的竞争非常激烈，可能是全世界最激烈的⟧。⟦国内有上百家电动车品牌，而且他们中的很多都在亏本卖车⟧。⟦我们不会无限度地参与这场价格战，这不是可持续的⟧。关于Cybercab，我们计划在明年第二季度开始量产，初期产能会比较有限。
分析师——摩根士丹利
那FSD在中国的进展呢？
埃隆·马斯克——首席执行官
⟦我们在等待监管批准。我相信中国监管部门会以对消费者有利的方式做出决定，我们已经提交了所有需要的材料⟧。
瓦伊巴夫·塔内贾——首席财务官
补充一点，本季度中国区的交付量环比有所回升，库存处于健康水平。
""",
    "earnings-call transcript with 'Name——Title' header lines; Cybercab sentence in the same paragraph not gold; analyst and CFO not gold")

doc(47, "earnings_call",
    "特斯拉财报电话会实录：Optimus与储能成焦点",
    """
埃隆·马斯克——首席执行官
谢谢大家。本季度储能业务创下纪录，Megapack的部署量同比增长超过一倍。我认为储能业务最终会和汽车业务一样大。
至于Optimus，我们正在弗里蒙特建设第一条试产线，目标是明年年底实现每年百万台的产能。
瓦伊巴夫·塔内贾——首席财务官
在区域表现方面，中国市场本季度交付量同比增长6%，上海工厂的产能利用率保持在较高水平。我们预计第四季度中国市场的需求将受到季节性因素的支撑。
分析师——高盛
请问Optimus的手部设计什么时候定型？
埃隆·马斯克——首席执行官
下个月。手是最难的部分。
""",
    "China discussed only by the CFO; Musk's turns are about storage and Optimus")

doc(48, "earnings_call",
    "特斯拉2024年第四季度财报电话会（文字实录节选）",
    """
马丁·维查：下面请埃隆谈谈上海工厂。
埃隆·马斯克：好的。⟦上海工厂依然是我们效率最高的工厂，单车制造成本是全公司最低的⟧。
埃隆·马斯克：⟦我们也在上海建设了Megapack超级工厂，它在今年第一季度已经投产，这是非常快的速度⟧。
分析师：欧洲市场的需求会反弹吗？
埃隆·马斯克：我认为会。欧洲今年下半年会好一些。
分析师：您如何看待中国品牌在欧洲的扩张？
埃隆·马斯克：⟦它们会越来越强。中国品牌在欧洲的份额会继续上升，这一点毫无疑问⟧。
""",
    "labelled earnings-call lines; Shanghai plant; Europe-demand answer not gold",
    kind="label")

doc(49, "earnings_call",
    "马斯克在财报电话会上谈及中国市场",
    """
特斯拉周三公布财报后举行电话会议。首席执行官马斯克在会上谈到了中国市场、自动驾驶和新车型等话题。
不过，据与会分析师事后总结，马斯克在中国问题上着墨不多，更多时间用于介绍Robotaxi的推广计划。
马斯克说：“到明年底，美国一半人口将能够使用特斯拉的无人驾驶出租车服务。”
他还表示，更便宜的Model Y车型已经开始生产。
""",
    "headline and body only say he talked about China; his quoted claims are about Robotaxi and a product")

doc(50, "earnings_call",
    "特斯拉财报会问答环节：马斯克谈中国竞争对手",
    """
分析师（瑞银）：中国车企正在加速出海，您怎么看这对特斯拉的威胁？
埃隆·马斯克：⟦我一直说，中国车企是世界上最有竞争力的车企⟧。⟦坦白说，如果不设贸易壁垒，他们几乎会把其他国家的车企全部挤出市场⟧。
埃隆·马斯克：⟦他们非常努力，而且非常聪明⟧。
分析师（瑞银）：谢谢。下一个问题关于Semi卡车。
埃隆·马斯克：Semi将在内华达州的新工厂量产，明年开始交付。
""",
    "他们 continuation lines referring back to 中国车企; Semi answer not gold",
    kind="label")

doc(51, "earnings_call",
    "特斯拉电话会：马斯克抱怨欧洲监管，中国FSD进展未获提及",
    """
分析师（巴克莱）：FSD在欧洲和中国的审批进度如何？
埃隆·马斯克：欧洲是个难题。欧洲的监管机构非常谨慎，他们需要大量的数据才会批准。我们希望明年初能在荷兰获得批准。
分析师（巴克莱）：中国呢？
瓦伊巴夫·塔内贾：这个问题我们会在适当的时候更新。
埃隆·马斯克：下一个问题吧。
""",
    "他们 = European regulators; China question answered by the CFO only",
    kind="label")
