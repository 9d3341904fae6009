from lib import D

# ---------------- aggregator_headline ----------------
D("aggregator_headline", "马斯克称⟦中国在电力方面拥有巨大优势⟧ - 新浪财经", """
特斯拉CEO埃隆·马斯克周二在一场投资者活动上表示，⟦到明年，中国的发电量可能达到美国的三倍⟧……
""", "aggregator title with ' - 新浪财经' suffix: gold is the claim without suffix; snippet reported speech")

D("aggregator_headline", "马斯克发文谈中国电池价格 - 36氪", """
特斯拉CEO周三深夜在X平台发文，引发网友热议……
""", "headline fragment negative: only says he posted about Chinese battery prices")

D("aggregator_headline", "马斯克：⟦中国电动车将称霸全球⟧ - 第一财经", "", "aggregator title '马斯克：<claim> - 第一财经' with empty body")

D("aggregator_headline", "馬斯克星艦第六次試飛成功 大陸網友熱議 - 自由時報電子報", """
SpaceX星艦今天完成第六次綜合試飛，執行長馬斯克在X上表示「這是完美的一天」，大陸社群平台上相關話題閱讀量破億……
""", "traditional-script aggregator item; his words are about Starship; China only via netizens")

D("aggregator_headline", "马斯克盛赞中国工程师，称⟦他们是全世界最好的⟧ - 联合早报", "", "two-verb headline: gold is the claim part with 他们 pointing back to 中国工程师; suffix excluded")

D("aggregator_headline", "特斯拉上海超级工厂第300万辆整车下线 - 界面新闻", """
特斯拉中国方面表示，上海超级工厂自2019年投产以来，累计下线整车突破300万辆……
""", "hard negative: Shanghai factory milestone, company statement, no Musk words")

D("aggregator_headline", "马斯克：⟦不认为美国应对中国汽车加征关税⟧ - 华尔街见闻", """
特斯拉CEO马斯克周四接受采访时谈及中美贸易问题……
""", "tariffs on Chinese cars in aggregator title; snippet only describes")

D("aggregator_headline", "马斯克母亲梅耶：中国让我感到宾至如归 - 中国新闻网", """
“马斯克之母”梅耶·马斯克日前在成都出席活动时表示，每次来到中国都感到宾至如归……
""", "hard negative: Maye Musk's claim in a headline starting with 马斯克")

D("aggregator_headline", "马斯克称星舰明年将飞往火星 中国载人登月工程稳步推进 - 观察者网", "", "hard negative: his claim in title is about Starship/Mars; China part is separate news")

# ---------------- x_roundup ----------------
D("x_roundup", "马斯克深夜连发多帖：谈中国光伏、Grok和火星", """
【微博热议】北京时间周四凌晨，特斯拉CEO马斯克在X平台上连发十余条帖子，话题横跨能源、AI和太空。以下为部分整理：

1. 针对一张显示各国光伏装机量的图表，马斯克发帖：“@SawyerMerritt ⟦China’s solar deployment is staggering⟧ https://t.co/k2Jd8fQx1p”帖子附上了一张装机量对比图。

2. 他还写道：“⟦中国今年新增的太阳能装机量，将超过其他所有国家的总和。⟧”

3. 他转发了一家深圳电池企业发布的新品视频，评论称：“⟦他们的能量密度做得非常好。⟧”

4. 关于Grok，马斯克称新版本“在数学和编程上全面领先”，并称下周将向所有Premium用户开放。

5. 对于网友询问火星任务进度，他回复：“按计划推进，2026年见。”

截至发稿，相关话题#马斯克谈中国光伏#已登上微博热搜，阅读量超过1.2亿。网友“新能源小王”评论称：“连马斯克都服了。”
""", "X post quoted verbatim with @handle and t.co URL (gold = the claim words); 他们 = Shenzhen battery maker; Grok/Mars items not gold; netizen comment not gold")

D("x_roundup", "马斯克又上热搜了：这次他聊的是孩子和狗狗币", """
【微博热搜盘点】#马斯克#今天再次冲上微博热搜榜第三位。

起因是马斯克在X上晒出了自己和儿子在星舰基地的合照，配文：“他比我更喜欢火箭。”

随后，他又发帖称狗狗币“仍然是我最喜欢的加密货币”，狗狗币价格应声上涨约6%。

不少中国网友在评论区留言。有网友写道：“马斯克什么时候再来中国？上次来还是去年。”另一位网友调侃：“老马的话题永远离不开火箭、孩子和币。”

还有博主整理了马斯克过去一年的访华行程，称他“对中国的感情是真的”，这条微博获得了上万次转发。
""", "hard negative: Weibo roundup; his posts about son and Dogecoin; China only in netizens'/blogger's words")

D("x_roundup", "小米YU7订单火爆 马斯克在X上回应", """
【微博热议】小米YU7发布后，有海外博主在X上发帖，称其上市18小时锁单量突破24万台，并配上了工厂生产线的视频。

马斯克在该帖下方回复：“⟦他们的执行速度令人印象深刻。⟧”

这条回复迅速被搬运至微博，#马斯克评价小米#一度登上热搜。有网友表示：“被马斯克点名，小米这波稳了。”

同一天，马斯克还转发了一则欧盟委员会拟对X平台处以罚款的新闻，并评论道：“他们就是想审查言论。”

此前，马斯克曾在另一次采访中表示，⟦小米是一家非常有能力的公司，中国的科技企业整体上都被严重低估了⟧。
""", "他们 = Xiaomi (gold) vs 他们 = European Commission (not gold) in the same roundup; earlier interview recalled")

D("x_roundup", "中国大佬们怎么在微博上“回应”马斯克？", """
【微博盘点】马斯克的一举一动，总能在中国企业家的社交账号上引发回响。本周，几位大佬的微博又一次把他拉进了话题中心。

一位头部新势力车企的创始人发微博调侃：“如果马斯克来广州，我请他喝早茶，顺便试驾一下我们的新车。”

一位互联网大佬在直播中说：“马斯克讲第一性原理，我们讲用户第一，这没矛盾。”

某电池企业董事长则转发了一篇关于特斯拉4680电池量产的报道，并评论称：“祝马斯克好运，不过我们的电池已经量产三年了。”

一位知名投资人写道，马斯克最近对中国的看法“比以前务实多了”。
""", "hard negative: Chinese executives' posts with Musk as object; investor characterises his views without stating them")

D("x_roundup", "有人说特斯拉在中国“完蛋了”，马斯克这样回怼", """
【微博热议】一位美国科技博主日前在X上发帖称，特斯拉在中国的市场份额持续下滑，“在那里已经完蛋了”。

马斯克在评论区回帖讽刺道：“⟦对，完蛋到上海工厂连续三个月满负荷生产。⟧”

随后他又补了一句：“⟦谁能想到全世界最好的电池工厂几乎都在中国呢？⟧”

两条回复合计获得了超过20万次点赞。有网友把截图搬到微博后评论：“老马这是在夸中国还是在夸自己？”

据乘联会数据，特斯拉上海超级工厂今年第三季度共交付约22万辆，其中约40%用于出口。
""", "sarcasm and rhetorical question (both gold); blogger's '完蛋了' quote and netizen comment not gold")

D("x_roundup", "星链全球中断 马斯克发帖致歉；台湾立委再批马斯克", """
【社交媒体速览】周二，星链服务出现持续约两个半小时的全球性中断。马斯克随后在X上发帖致歉称：“软件故障，已在修复，对此深表歉意。”

同日，台湾一名立法委员在脸书上发文批评马斯克此前的涉台言论，称其“完全不了解台湾”，并呼吁台湾企业审慎评估与SpaceX的合作。

对此，马斯克并未作出回应。他当天的其他帖子主要关于星舰试飞和美国联邦预算问题。

微博上，#星链中断#话题阅读量超过8000万。
""", "hard negative: Taiwan lawmaker criticises him; his own posts about Starlink outage and US budget")

D("x_roundup", "马斯克X动态一周回顾（5月12日—5月18日）", """
【一周回顾】本周马斯克在X平台上共发帖约600条，以下为编辑部挑选的要点：

周一：晒出Neuralink第三位植入者用意念玩游戏的视频，称“这只是开始”。

周二：与多名用户争论美国联邦政府开支问题，再次批评“政府效率太低”。

周三：转发一段深圳无人机灯光秀视频，配文“⟦未来正在中国发生⟧”。

周四：称星舰第九次试飞将“在四周内进行”。

周五：回复一位网友关于比亚迪、吉利等中国车企出口数据的帖子，写道：“⟦这些公司的出口增速太疯狂了，欧洲车企应该认真对待。⟧”

周末：发布了数条关于其子女的生活照片。
""", "weekly roundup: China posts gold (这些公司 pointing back to Chinese carmakers); Neuralink, US spending, Starship items not gold")

# ---------------- short_summary ----------------
D("short_summary", "马斯克：⟦中国将成全球最大人形机器人市场⟧", """
特斯拉CEO伊隆·马斯克周三表示，⟦中国将在2030年前成为全球最大的人形机器人市场⟧。
""", "one-sentence RSS summary, plain positive; claim-carrying headline")

D("short_summary", "马斯克发文谈中国电池价格", """
马斯克周三在X上发文谈及中国电池价格，引发网友热议。
""", "headline fragment negative: describes that he posted, no claim")

D("short_summary", "马斯克：⟦比亚迪是特斯拉最强劲对手⟧", """
马斯克在周二的访谈中称，⟦比亚迪如今是特斯拉最强劲的对手⟧，他同时宣布廉价车型的发布将推迟至明年。
""", "named Chinese company; product-date remark in same sentence not gold")

D("short_summary", "马斯克抵达上海 参观储能超级工厂", """
马斯克周一抵达上海，与当地官员会面，并参观了特斯拉储能超级工厂工地。
""", "hard negative: actions (visited, met) not words")

D("short_summary", "马斯克谈中国新能源车企", """
“⟦他们的速度快得惊人。⟧”马斯克在谈及中国新能源车企时说。
""", "quote before attribution; 他们 resolved by the attribution clause; headline only describes")

D("short_summary", "星舰下周第七次试飞 长征九号研制取得新进展", """
马斯克表示，星舰下周将进行第七次试飞；与此同时，中国长征九号重型运载火箭研制取得新进展。
""", "hard negative: his claim is about Starship; China rocket news in the same sentence is the journalist's")

D("short_summary", "马斯克再谈关税", """
马斯克周二重申，⟦对中国产电动车加征关税会扭曲市场，特斯拉并不需要这种保护⟧。
""", "Chinese EV tariffs; descriptive headline over body with claim")

D("short_summary", "分析师：马斯克对中国市场过于乐观", """
多位分析师称，马斯克对中国市场前景的判断过于乐观，特斯拉在华份额已连续四个季度下滑。
""", "hard negative: analysts' words with Musk as object")

D("short_summary", "金巴尔·马斯克：中国农业科技令人印象深刻", """
特斯拉董事金巴尔·马斯克周四在南京表示，中国的农业科技令他印象深刻。
""", "hard negative: Kimbal Musk, not the watched speaker")
