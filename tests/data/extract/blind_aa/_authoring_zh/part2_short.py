"""Aggregator titles, one-sentence summaries, X roundups, commentary (simplified)."""

from lib import doc

DOCS = []
A = DOCS.append

# ---------------- aggregator headlines ----------------
A(doc("aggregator_headline", "article",
"马斯克称⟦中国拥有电力优势⟧ - 财联社",
"特斯拉CEO马斯克表示，⟦中国的电力产能增长速度远超美国，这将成为其在人工智能竞赛中的关键优势⟧。",
"aggregator title carrying the claim, minus the publisher suffix; snippet with reported clause"))

A(doc("aggregator_headline", "article",
"马斯克再谈中国 - 澎湃新闻",
"特斯拉首席执行官马斯克近日在社交媒体上多次提及中国，引发网友热议。",
"headline and snippet only say he talked about China; no claim"))

A(doc("aggregator_headline", "article",
"特斯拉CEO马斯克盛赞中国工程师 称⟦他们是全世界最好的⟧ - 第一财经",
"",
"two-verb headline; gold is the claim part with 他们 = Chinese engineers; no body"))

A(doc("aggregator_headline", "article",
"马斯克发帖谈中国电池价格 - 网易科技",
"马斯克周四在X上发帖，话题涉及储能电池价格走势，引发业内关注。",
"headline fragment: only says he posted about the topic"))

A(doc("aggregator_headline", "article",
"马斯克：⟦中国电池价格明年将再降一半⟧ - 36氪",
"在回复一位能源分析师的帖子时，马斯克作出上述预测。",
"claim headline with colon; snippet has no further claim"))

A(doc("aggregator_headline", "article",
"马斯克：星舰将于2026年底飞往火星 - 新浪科技",
"在中国商业航天加速追赶之际，SpaceX掌门人马斯克公布了新的火星时间表。",
"his claim is about Mars; China only in the outlet's framing"))

A(doc("aggregator_headline", "article",
"马斯克回应比亚迪销量超越特斯拉：⟦他们非常有竞争力⟧ - 凤凰网科技",
"",
"他们 in the claim refers to BYD named earlier in the same headline"))

A(doc("aggregator_headline", "article",
"比亚迪高管：马斯克当年看走了眼 - 界面新闻",
"比亚迪一位高管日前表示，马斯克多年前曾在电视采访中对比亚迪的产品不屑一顾，如今事实证明他看走了眼。",
"a Chinese executive's words about Musk's old attitude; no statement by Musk"))

A(doc("aggregator_headline", "article",
"马斯克母亲梅耶：中国是我最喜欢的国家之一 - 搜狐",
"埃隆·马斯克的母亲梅耶·马斯克近日在上海出席一场品牌活动时表示，她每年都会来中国好几次，“中国是我最喜欢的国家之一”。",
"his mother Maye Musk speaking about China; not the watched speaker"))

A(doc("aggregator_headline", "article",
"馬斯克：⟦大陸車企是全球最具競爭力的對手⟧ - 自由時報",
"",
"traditional-character aggregator title (Taiwan outlet, 大陸) carrying the claim"))

# ---------------- short summaries ----------------
A(doc("short_summary", "article",
"特斯拉CEO谈中国市场前景",
"特斯拉首席执行官埃隆·马斯克周二表示，⟦中国市场今年仍将是特斯拉增长最快的市场之一⟧。",
"one-sentence summary with reported clause; headline neutral"))

A(doc("short_summary", "article",
"马斯克连发多帖 话题涉及中国电动车竞争",
"马斯克周二在X上发布多条帖子，谈及中国电动车竞争、关税以及特斯拉的定价策略，引发投资者关注。",
"summary lists topics he talked about without any claim"))

A(doc("short_summary", "article",
"马斯克：⟦没有关税壁垒 中国车企将摧毁多数对手⟧",
"马斯克在财报电话会上称，⟦如果没有关税壁垒，中国车企“将摧毁全球大多数竞争对手”⟧。",
"claim in headline and in the summary, partial quote inside reported clause"))

A(doc("short_summary", "article",
"分析师质疑马斯克对华判断",
"多位分析师认为，马斯克对中国市场的乐观判断过于一厢情愿，特斯拉在华份额仍面临下行压力。",
"analysts' view of his judgement; no statement by him"))

A(doc("short_summary", "article",
"上海工厂仍是特斯拉效率标杆",
"马斯克说，⟦上海超级工厂是特斯拉全球效率最高的工厂⟧，⟦明年那里的产能还将继续提升⟧。",
"two points in one sentence; 那里 = Shanghai plant"))

A(doc("short_summary", "article",
"马斯克视频连线世界人工智能大会",
"在上海举行的世界人工智能大会上，马斯克通过视频连线谈到了人工智能的安全风险，并预测通用人工智能将在两年内出现。",
"event held in Shanghai but his remarks are about AI safety and AGI timing, not China"))

A(doc("short_summary", "article",
"马斯克兄弟同日发声",
"埃隆·马斯克的弟弟金博尔周三在杭州表示中国农业科技发展迅速；同一天，马斯克本人则在X上称星舰下一次试飞将在月底进行。",
"brother talks about China; Elon's own statement is about Starship"))

A(doc("short_summary", "article",
"馬斯克談大陸價格戰",
"特斯拉執行長馬斯克表示，⟦大陸的電動車價格戰「不可能永遠持續下去」⟧，⟦部分車企最終會被淘汰⟧。",
"traditional-character summary; two points, second refers to mainland carmakers"))

# ---------------- X roundups ----------------
A(doc("x_roundup", "article",
"马斯克一周X动态：中国光伏、比亚迪与星舰",
"""
编者按：本栏目每周整理特斯拉CEO埃隆·马斯克在社交平台X上的重要发言。
1. 周一，马斯克在转发一张中国西北地区大型光伏电站的航拍图时写道：“⟦中国的太阳能部署速度是惊人的，美国应该认真学习⟧。”
2. 周二，他连发三帖庆祝星舰助推器再次被发射塔的机械臂成功夹住，称这是“工程学的胜利”。
3. 周三，一位网友发帖对比特斯拉与比亚迪的季度销量。马斯克回复：“@EVStats_Daily ⟦比亚迪是一家非常强的公司，他们的垂直整合做得极好⟧ https://x.com/elonmusk/status/1912345678901234567”
4. 周四，他再次批评美国联邦政府的开支，称“赤字已经失控”。
5. 周五，马斯克在回复一条关于火星殖民的帖子时表示，第一批载人飞船“有望在2029年左右出发”。
""",
"roundup mixing China posts (one verbatim with @handle and URL) with Starship, US deficit and Mars posts"))

A(doc("x_roundup", "article",
"马斯克本周X动态盘点",
"""
本周中美经贸磋商再起波澜，不过马斯克在X上的注意力显然在别处。
周一，他发帖称联邦政府“至少有三分之一的开支可以砍掉”，并呼吁国会“停止印钞”。
周二，xAI发布新版Grok，马斯克连发十余条帖子介绍其推理能力，称其是“地球上最聪明的AI”。
周三，他回复一条关于美国联邦航空管理局审批星舰发射许可的帖子说：“他们的审批流程太慢了，应该改革。”
周四，他晒出一张与儿子X在发射场的合影。
周五，他再次表示，人类必须在地球之外建立“自给自足的城市”，火星是第一站。
""",
"roundup framed by China-US trade news; all his posts are about US spending, Grok, the FAA (他们), family and Mars"))

A(doc("x_roundup", "article",
"马斯克X动态｜点评宇树机器人视频",
"""
中国机器人公司宇树科技周二发布了一段新款人形机器人完成后空翻和跑酷动作的视频，在X上获得数百万次播放。
马斯克在这段视频下方回复称：“⟦他们进步很快⟧。”
随后他又单独发帖写道，⟦未来人形机器人领域最强的竞争对手“很可能来自中国”⟧。
他还在另一条帖子中说，特斯拉的Optimus将在今年晚些时候展示“更精细的手部动作”，并称Optimus最终会成为“特斯拉最有价值的产品”。
""",
"他们 refers to the Chinese robot maker in the previous sentence; Optimus posts not gold"))

A(doc("x_roundup", "article",
"马斯克转发中国网友视频引热议",
"""
一位中国博主本周在X上发布了一段中国西部高速公路和特大桥梁的航拍视频，配文称“这就是基础设施的速度”。
马斯克未加任何评论地转发了这条帖子，随即引发大量网友讨论。
有美国网友在评论区写道：“连马斯克都被中国的基建震撼了。”也有人认为，转发并不代表认同。
当天，马斯克本人发布的帖子主要关于星链在民航客机上的应用，他写道：“在三万英尺高空看高清视频，现在已经是常态了。”
""",
"he reposted a China post without comment (an action); other users' remarks about China; his own post is about Starlink"))

A(doc("x_roundup", "article",
"马斯克X动态：TikTok禁令、欧盟AI法案与火星",
"""
本周，美国国会再次就TikTok的去留展开辩论。马斯克在回复一名众议员的帖子时写道，⟦强迫字节跳动出售TikTok美国业务“并不符合言论自由的原则”⟧。
他补充说：“⟦北京方面不会允许字节跳动把推荐算法卖给美国公司，所以所谓的出售方案很可能落不了地⟧。”
在另一条帖子中，马斯克批评欧盟的人工智能法案“过度监管”，称欧洲“正在扼杀自己的创新”。
周末，他又发帖称，SpaceX正在为2026年的火星发射窗口做准备。
""",
"TikTok/ByteDance and Beijing (gold) vs EU AI Act and Mars posts (not gold)"))

# ---------------- commentary ----------------
A(doc("opinion", "article",
"马斯克再谈中国：一场关于效率的争论",
"""
【评论】每隔一段时间，马斯克对中国的评价就会在中美两国的舆论场上掀起一阵风波。
在本周接受一档商业节目采访时，马斯克说：“⟦中国人在制造业上的效率是全世界最高的，这是事实，不是恭维⟧。”
这句话在美国引来了不少批评。有评论者认为，作为在华拥有大型工厂的企业家，马斯克的评价难免带有商业考量。
但如果抛开立场，这句话至少部分符合数据：中国制造业增加值已连续多年位居全球第一。
问题在于，效率只是竞争力的一个维度。品牌、标准制定权和基础研究，同样决定着一个国家制造业的天花板。
对中国企业而言，与其在意一位外国企业家的褒贬，不如把注意力放在自身的短板上。
""",
"framing headline '马斯克再谈中国' over a body that does contain a plain quote about China (gold)"))

A(doc("opinion", "article",
"马斯克与中国：这场辩论远未结束",
"""
【观察】在所有与中国关系密切的美国企业家中，马斯克可能是最具争议的一位。
过去几年，他多次访华，与中国官员和企业家会面；特斯拉上海工厂贡献了公司全球近一半的产量。
在中国社交媒体上，他拥有数以百万计的粉丝，一举一动都会登上热搜。
与此同时，他在美国政坛的角色越来越重，这让外界对他在中美之间如何平衡充满猜测。
有人认为他是连接两国商界的桥梁，也有人认为他的商业利益与美国的国家安全存在冲突。
这场争论不会很快结束，因为中美关系本身就还在变化之中。
""",
"same kind of framing headline, but the body is only analysis and his actions; no statement"))

A(doc("opinion", "article",
"评论：马斯克的“中国监管论”经不起推敲",
"""
马斯克又一次把中国搬出来做论据了。
他在上周的一档播客节目中说：“⟦中国的监管机构比美国的更务实，他们愿意让新技术先跑起来⟧。”
在笔者看来，他真正想说的是：只要能让自己的产品更快上市，哪里的规则宽松就夸哪里。
换句话说，马斯克是在暗示美国的监管者应该向北京学习，而这恰恰忽略了两国在法律体系和问责机制上的根本差异。
事实上，中国对智能驾驶的监管近两年明显收紧，多家车企因宣传用语不当被约谈。
把另一个国家的监管描绘成理想模板，既不公平，也不严谨。
""",
"one real quote (gold) followed by the columnist's own interpretations of what he 'really meant' (not gold)"))

A(doc("opinion", "article",
"中国电动车出海，需要的不只是价格",
"""
【专栏】今年前五个月，中国汽车出口量再创新高，新能源车占比接近四成。
在欧洲街头，比亚迪、名爵和小鹏的车已不再稀奇。
马斯克常说，他做事的方法是“第一性原理”——把问题拆解到最基本的物理事实，再从头推理。他也常说，自己的终极目标是“让人类成为多行星物种”。
中国车企或许可以借鉴前一种思路：与其在价格上一再内卷，不如回到用户真正的需求。
出海的下一阶段，拼的是品牌、服务和本地化运营，而不是谁的价格更低。
""",
"column about Chinese EV exports; his quoted sayings are about first principles and Mars, not China"))

A(doc("opinion", "article",
"如果马斯克读到这份报告",
"""
【评论】本周发布的一份行业报告显示，中国在全球动力电池市场的份额已超过六成，前十大电池企业中有六家来自中国。
不妨设想一下：如果马斯克读到这份报告，他大概会说，“看吧，我早就说过中国会赢”。
当然，这只是笔者的想象。现实中，马斯克本周在公开场合谈论最多的是人工智能。他在一场活动上说，人工智能“将是人类历史上最深刻的变革”。
对于中国电池企业而言，下一场竞争将发生在固态电池和钠离子电池领域，领先优势并非一劳永逸。
""",
"columnist's imagined quote of Musk about China is a hypothetical, not his statement; his real remark is about AI"))
