from common import P, D

DOCS = []
A = DOCS.append

# 1 wire, long locative, product date not gold, 他还说
A(D("wire", "马斯克：⟦中国工程师的迭代速度令人惊叹⟧", P(
"新浪财经讯 6月13日消息，特斯拉首席执行官埃隆·马斯克周四在美国得克萨斯州奥斯汀市超级工厂举行的年度股东大会问答环节上表示，⟦中国工程师的迭代速度是他见过最快的⟧。",
"“⟦很多改动我们在加州要一个季度才能完成，上海团队两周就做完了⟧。”马斯克说。",
"在回答另一位股东提问时，马斯克透露，Cybercab将于明年第二季度开始小批量生产，初期产能约为每周数百辆。",
"他还说，⟦上海超级工厂今年的出口占比有望进一步提高，亚太和欧洲市场的订单都在增加⟧。",
"公开数据显示，特斯拉上海超级工厂去年交付新车约91.6万辆，占特斯拉全球交付量的一半以上。",
"特斯拉股价周四盘后小幅上涨1.2%。"),
"long locative between 马斯克 and 表示; headline colon claim; product date (Cybercab) in same article not gold; 他还说 continuation"))

# 2 wire, dateline, other's words with Musk as object
A(D("wire", "深圳电池商创始人：曾向马斯克力荐磷酸铁锂路线", P(
"上海（路透）- 深圳锐恒电池科技创始人曾立新周三表示，他早在2019年就告诉过埃隆·马斯克，磷酸铁锂电池终将成为入门级电动车的主流选择，“当时很多人不信，现在大家都在用”。",
"曾立新是在上海举行的一场电池行业论坛间隙接受路透采访时作出上述表述的。他说，锐恒目前已向三家海外车企供货，但拒绝透露客户名称。",
"马斯克曾于2023年到访锐恒位于四川宜宾的生产基地，并参观了其正在建设中的新产线。",
"特斯拉没有回复路透的置评请求。",
"行业研究机构数据显示，今年前五个月，磷酸铁锂电池在中国动力电池装车量中的占比已超过七成。"),
"someone else's words with Musk as object inside dateline sentence; visit is an action not a statement"))

# 3 wire, 他们 referring back to 国产车企; headline only says he talked
A(D("wire", "马斯克在投资者活动上谈及国产车企竞争", P(
"澎湃新闻记者 林岚",
"特斯拉首席执行官马斯克周二晚间在一场面向机构投资者的线上活动中，再度谈及中国车企带来的竞争压力。",
"在被问及比亚迪、吉利、小鹏等国产车企的价格攻势时，马斯克说：“⟦说实话，他们比谁都拼⟧。⟦如果没有贸易壁垒，他们几乎能击败全世界大多数车企⟧。”",
"他随后话锋一转，谈到了特斯拉自身：“⟦在成本控制上，我们必须向他们学习⟧。”",
"这已不是马斯克第一次公开称赞中国同行。",
"截至发稿，比亚迪方面未对此置评。"),
"'他们' refers back to 国产车企 (gold); headline only says he talked (not gold)"))

# 4 wire, 他们 = Dutch/European regulator, China only in journalist data
A(D("wire", "特斯拉5月在华批发销量同比下降 马斯克称FSD欧洲审批“太慢”", P(
"财新网 据乘用车市场信息联席会（乘联会）6月5日公布的数据，特斯拉中国5月批发销量为6.1万辆，同比下降8.3%，其中出口1.9万辆。",
"同一天，马斯克在X平台的一场语音直播中谈及FSD（完全自动驾驶）在欧洲的推进情况。他说，特斯拉已向荷兰车辆管理局提交了全部材料，“但他们的流程实在太慢了，我们已经等了一年多，而且每次都会收到一份新的问题清单”。",
"马斯克还表示，纯视觉方案是实现自动驾驶的唯一可扩展路径，激光雷达“只是拐杖”。",
"乘联会秘书长此前表示，国内新能源车市场价格竞争仍在加剧，多家车企5月推出了限时优惠。"),
"'他们' refers to Dutch regulator, not China; sensor remarks; China sales only in journalist's data"))

# 5 wire, framing headline 再谈中国 with real quotes; quote attributed at end; Starship not gold
A(D("wire", "价格战阴影下，马斯克再谈中国", P(
"第一财经 特斯拉CEO马斯克当地时间周二在美国加州帕洛阿尔托举行的一场媒体沟通会上，被多次问及中国市场。",
"“⟦中国市场的竞争是全世界最激烈的，没有之一⟧，”马斯克说，“⟦在那里能活下来的车企，到哪里都能活下来⟧。”",
"他还说，⟦特斯拉不会为了销量在中国无限制地降价⟧。",
"当被问及SpaceX的计划时，马斯克表示，星舰将在今年内尝试首次轨道级载荷部署，“如果一切顺利，明年就能开始部署新一代星链卫星”。",
"据悉，特斯拉今年一季度在华零售销量同比下滑逾一成。"),
"framing headline '再谈中国' (not gold) over body with real quotes; quote split around attribution; Starship remarks not gold"))

# 6 wire, analysts paraphrasing critically, journalist analysis
A(D("wire", "分析师：马斯克可能高估了中国市场对Robotaxi的接受度", P(
"华尔街见闻 多家投行分析师近日发布报告称，特斯拉CEO马斯克对中国Robotaxi市场前景的判断过于乐观。",
"伯恩斯坦分析师在报告中写道，马斯克“一贯倾向于高估监管机构的审批速度”，而在中国，萝卜快跑、小马智行等本土企业已经积累了数千万公里的无人驾驶里程。",
"晨星分析师则认为，马斯克对外描绘的前景与现实存在明显差距，特斯拉至今未获得任何一座中国城市的Robotaxi测试牌照。",
"事实上，马斯克长期以来一直在积极经营与北京方面的关系，过去六年曾多次访华。",
"特斯拉未回应置评请求。"),
"analysts paraphrasing Musk critically; journalist's own analysis ('长期经营与北京方面的关系'); no statement of his"))

# 7 wire, recalled quote from years ago + X post
A(D("wire", "特斯拉上海超级工厂第300万辆整车下线", P(
"上观新闻 特斯拉上海超级工厂第300万辆整车周一下线，距离该工厂2019年底首批交付不到六年。",
"2020年1月，在上海超级工厂首批国产Model 3交付仪式上，马斯克曾在台上说：“⟦我相信中国最终会成为特斯拉最大的市场⟧。”当时他还在台上跳起了一段后来广为流传的舞蹈。",
"特斯拉全球副总裁在下线仪式上表示，上海工厂的零部件本地化率已超过95%。",
"马斯克当天在X上发文祝贺：“⟦上海团队太棒了，这是全世界效率最高的工厂⟧。”"),
"quote from years ago recalled (gold); X post quoted; executive's words and dance (action) not gold"))

# 8 wire, denial with stated claim
A(D("wire", "马斯克回应上海工厂减产传闻", P(
"界面新闻 针对有关特斯拉将削减上海超级工厂产能、并将部分Model Y产线转移至墨西哥的传闻，马斯克周三在X上予以否认。",
"“⟦上海工厂不会减产，这种说法完全是捏造的⟧，”马斯克写道。",
"他还表示，⟦上海工厂下半年的排产计划已经排满⟧。",
"此前一家海外媒体援引知情人士消息称，特斯拉正在评估调整全球产能布局。",
"马斯克此前也曾多次否认外界有关特斯拉在华业务的类似报道。"),
"denial that states his claim (gold quote); headline '回应' only describes; rumour content is the media's, not his"))

# 9 wire, Kimbal Musk; no-comment denial by company
A(D("wire", "金巴尔·马斯克：中国餐饮供应链效率“惊人”", P(
"36氪获悉，特斯拉董事、美国连锁餐饮品牌创始人金巴尔·马斯克（Kimbal Musk）本周在上海出席一场食品科技峰会时表示，中国餐饮供应链的效率“令人惊叹”，“从农场到餐桌只需要不到24小时”。",
"金巴尔是特斯拉CEO埃隆·马斯克的弟弟，目前担任特斯拉董事会成员。他表示，自己正在考虑在中国寻找合作伙伴。",
"有媒体报道称埃隆·马斯克将于下月访华，特斯拉方面对此表示不予置评。"),
"Kimbal Musk (brother) is not the watched speaker; company no-comment"))

# 10 wire, Taiwan
A(D("wire", "马斯克：⟦台海若生变 全球车企都将停产⟧", P(
"联合早报 特斯拉首席执行官马斯克在接受美国一档财经节目专访时称，⟦台海局势一旦出现冲突，全球芯片供应将受到严重冲击⟧。",
"“⟦那几乎会让全世界所有车企停产，不只是特斯拉⟧，”马斯克说。",
"专访中，马斯克还谈到了xAI的最新融资，称Grok的下一代模型将在年底前发布。",
"这并非马斯克首次就两岸问题公开发表看法。"),
"Taiwan in relation to China (gold); headline colon claim; xAI remark not gold"))

# 11 wire, conditional/hedged, 他补充道, pronoun
A(D("wire", "马斯克：⟦中国充电网络若保持当前速度 电动车渗透率或超八成⟧", P(
"证券时报网讯 马斯克在周末的一场线上访谈中称，⟦如果中国继续保持目前的充电网络建设速度，五年后那里新车中电动车的比例可能超过80%⟧。",
"不过他也补充道，⟦中国能否实现这一点取决于电网扩容能否跟上⟧。",
"“⟦在电网建设上，他们做得比大多数国家都好⟧，”他说。",
"中国汽车工业协会数据显示，今年前五个月，新能源汽车新车销量渗透率已达44%。"),
"conditional/hedged claim; 他补充道 continuation; '他们' refers to China; headline colon claim"))

# 12 wire, actions only
A(D("wire", "马斯克突访北京 与多位官员会面", P(
"新京报讯 据多位知情人士透露，特斯拉CEO埃隆·马斯克周日乘坐私人飞机抵达北京，随后与多位政府官员会面。",
"这是马斯克今年以来首次访华。知情人士称，会谈内容涉及FSD在中国落地及数据安全合规等议题。",
"马斯克此行还参观了位于北京亦庄的一家自动驾驶企业，并与部分国内供应商高管共进晚餐。截至发稿，马斯克尚未在社交媒体上对此次行程发表评论。",
"特斯拉中国方面对此不予置评。"),
"only actions (visited, met) and sources' description; no statement"))

# 13 wire, tariffs; 他补充道; product remark not gold
A(D("wire", "马斯克在柏林谈中国电动车关税", P(
"环球时报 当地时间周四，马斯克在德国柏林一场汽车行业活动上表示，⟦他不支持欧盟对中国电动车加征关税⟧。",
"“⟦特斯拉在中国从来没有被关税挡在门外，中国车企也不应该被挡在欧洲门外⟧，”他说。",
"他补充道，⟦欧洲车企应该通过更好的产品而不是关税来应对中国对手⟧。",
"欧盟委员会去年已对从中国进口的纯电动车加征最高35.3%的反补贴税。",
"马斯克还在活动上表示，柏林工厂将在年内开始生产一款更便宜的车型。"),
"tariffs on Chinese EVs (gold); 他补充道 continuation; headline only '谈'; Berlin product plan not gold"))

# 14 wire, US energy in China-framed article
A(D("wire", "马斯克：美国电网十年内需扩容一倍", P(
"新浪财经 马斯克周三在通过视频连线参加华盛顿一场能源政策听证会时表示，美国电网需要在十年内将容量扩大一倍，否则将无法满足人工智能数据中心和电动车的用电需求。",
"“我们低估了电力需求的增长速度，”他说，“变压器已经成为最紧缺的东西之一。”",
"他还呼吁简化美国输电线路的审批流程。",
"值得注意的是，中国去年新增发电装机容量超过4亿千瓦，其中大部分为光伏和风电，这一规模是美国的数倍。",
"业内人士指出，中美在电力基础设施上的差距正在引起越来越多美国科技企业高管的关注。"),
"his statements are about US energy; China comparison is journalist's only"))

# 15 liveblog WAIC
A(D("liveblog", "直播｜2025世界人工智能大会开幕 马斯克视频连线", P(
"【实时更新】",
"09:30 大会在上海世博中心开幕，多位嘉宾出席开幕式并致辞。",
"09:58 特斯拉CEO埃隆·马斯克通过视频连线出现在主会场大屏幕上，这是他连续第六年参加WAIC。",
"10:02 马斯克：“⟦中国在人工智能领域将会非常强大，这里有大量优秀的人才，还有充足的电力⟧。”",
"10:06 谈到人形机器人，他表示，Optimus将在明年实现量产，“长期来看，人形机器人的数量会超过人类”。",
"10:11 他还说，⟦中国公司在开源大模型上的进展“令人印象深刻”⟧，并点名提到了DeepSeek。",
"10:15 主持人提问：特斯拉是否会在中国训练FSD模型？马斯克回答：“⟦我们希望在中国产生的数据留在中国，并在本地完成训练⟧。”",
"10:20 视频连线结束，接下来登台的是一家国内大模型公司的创始人。"),
"liveblog entries; nested quote inside reported speech; moderator question not gold; Optimus remark not gold"))

# 16 liveblog earnings, CFO talks China, Musk does not
A(D("liveblog", "特斯拉二季度财报电话会实录（滚动更新）", P(
"05:31 电话会开始，投资者关系负责人首先宣读免责声明。",
"05:34 马斯克开场：他表示，下半年将是“艰难但关键的”半年，重点是Robotaxi扩张和Optimus量产。",
"05:41 首席财务官瓦伊巴夫·塔内贾表示，二季度中国市场交付量环比回升，上海工厂产能利用率维持高位。",
"05:47 马斯克：Cybercab将于明年年中在奥斯汀开始量产；FSD V14将在“几周内”推送。",
"05:55 分析师提问：中国品牌在欧洲快速扩张，是否会影响特斯拉欧洲业务？塔内贾回答称，公司在欧洲的订单储备“健康”。",
"06:02 马斯克谈到Optimus：“第三代灵巧手的自由度将达到22个。”",
"06:10 电话会结束。盘后特斯拉股价上涨3%。"),
"China remarks come from CFO and analyst question; Musk's entries are about products/dates"))

# 17 liveblog auto show, X post
A(D("liveblog", "上海车展直播：小米、比亚迪新车齐发 马斯克隔空点评", P(
"09:15 2025上海国际车展媒体日首日，国家会展中心人头攒动。",
"10:02 小米集团董事长雷军登台发布新车，他说：“马斯克是我非常尊敬的企业家，但我们会在每一项参数上超越Model Y。”",
"10:48 马斯克在X上转发了小米新车发布会的视频片段，并写道：“⟦小米做得很好，中国的车企正在飞速进步⟧。”",
"11:20 比亚迪展台发布新一代刀片电池，品牌负责人称其体积能量密度提升了20%。",
"13:05 特斯拉展台今年未发布新车，仅展出了Cybercab概念车和Optimus机器人。"),
"X post described in liveblog (gold); rival CEO speaking about Musk not gold; headline only describes"))

# 18 liveblog shareholder meeting, Chinese shareholder, non-China answers
A(D("liveblog", "特斯拉股东大会直播：马斯克谈Optimus、火星与薪酬方案", P(
"15:00 股东大会在奥斯汀超级工厂开始，现场约有两千名股东。",
"15:12 马斯克登台：“Optimus将成为有史以来最大的产品。”",
"15:25 薪酬方案投票结果公布，获得超过七成股东支持。",
"15:40 一位从上海专程赶来的股东用中文向马斯克问好，随后提问：Optimus什么时候能进入普通家庭？马斯克回答说，家用版Optimus最早要到2028年，“我们得先确保它足够安全”。",
"16:05 马斯克谈火星：“2026年底的窗口期，我们有五成把握把星舰送上火星。”",
"16:30 大会结束。"),
"Chinese shareholder asks, but Musk's answers are about Optimus/Mars; nothing about China"))

# 19 liveblog CDF, long locative
A(D("liveblog", "中国发展高层论坛2025｜跨国企业高管发言实录（持续更新）", P(
"10:00 分组讨论“全球产业链的韧性”开始，主持人介绍与会嘉宾。",
"10:25 一家欧洲化工企业的首席执行官表示，公司将把亚太区总部迁至上海。",
"10:40 特斯拉CEO马斯克在当天上午通过视频连线、从美国得克萨斯州星舰发射基地参加论坛分组讨论时表示，⟦特斯拉将继续加大在中国的投资，上海储能超级工厂的二期已在规划之中⟧。",
"10:46 他说：“⟦中国的新能源产业链是全世界最完整的，我们在这里的供应商都非常出色⟧。”",
"10:52 马斯克随后用较长时间介绍了星舰的最新进展，称下一次试飞“可能就在下个月”。",
"11:05 主持人宣布上午的讨论结束。"),
"very long locative/time phrase between 马斯克 and 表示; Starship remarks not gold; other CEO not gold"))

# 20 qa_interview
A(D("qa_interview", "专访马斯克：人形机器人、能源与中国", P(
"《财经》杂志日前通过视频对特斯拉首席执行官埃隆·马斯克进行了专访。以下为经编辑的对话节选。",
"问：很多人认为中国在电动车领域已经全面领先，特斯拉的优势还剩多少？",
"答（马斯克）：⟦中国车企在制造效率和成本控制上确实非常强，这一点没有人能否认⟧。⟦但在自动驾驶和AI芯片上，我认为我们仍然领先他们一段距离⟧。",
"问：Optimus什么时候能真正进入工厂？",
"答（马斯克）：今年年底之前，我们的弗里蒙特工厂会有上千台Optimus在做有用的工作。明年会大幅增加。",
"问：中国的人形机器人公司已经超过百家，您担心吗？",
"答（马斯克）：⟦我认为最强的竞争对手很可能来自中国⟧。⟦他们的硬件供应链太强了，零部件成本可能只有我们的一半⟧。"),
"Q&A format 'A (Musk)'; interviewer's claims in questions not gold; '他们' refers back; Optimus date not gold"))

# 21 qa_interview: Chinese exec says he told Musk
A(D("qa_interview", "对话远航储能邓启明：我跟马斯克说过，成本会腰斩", P(
"问：您第一次见马斯克是什么时候？",
"邓启明：2018年在加州。那次我跟马斯克说，中国的储能电池成本三年内会降到当时的一半，他当时不太相信。",
"问：现在回头看呢？",
"邓启明：成本降得比我预想的还快。马斯克后来也来我们宜春的工厂看过。",
"问：特斯拉现在是你们的客户吗？",
"邓启明：这个不方便透露。我只能说，我们和很多美国企业都有合作。",
"问：您怎么看马斯克这个人？",
"邓启明：他很直接，好的就说好，不好的也会直说。这点我很欣赏。"),
"Chinese executive's own words to/about Musk; interviewer questions; visit is an action"))

# 22 qa_interview: pronoun answers to China question
A(D("qa_interview", "马斯克接受彭博电视专访：谈比亚迪、关税与xAI", P(
"问：比亚迪去年纯电车销量首次超过特斯拉，您如何评价？",
"马斯克：⟦他们的确非常强，这一点我几年前就说过了⟧。⟦他们的垂直整合程度甚至比我们还高⟧。",
"问：美国对中国电动车征收100%的关税，这对特斯拉是好事吗？",
"马斯克：⟦我不认为对中国车征这么高的关税是好事，长期来看这会让美国车企变懒⟧。",
"问：xAI最近完成了新一轮融资，钱会花在哪里？",
"马斯克：我们会把大部分资金用于扩建孟菲斯的数据中心。"),
"'他们' in answer refers to 比亚迪 named in the question (gold); tariff answer gold; xAI answer not"))

# 23 qa_interview Maye Musk
A(D("qa_interview", "专访梅耶·马斯克：我在中国的粉丝比美国还多", P(
"她是模特、营养师，也是埃隆·马斯克的母亲。近日，梅耶·马斯克（Maye Musk）来到上海宣传其自传中文新版，接受了本报记者专访。",
"问：这是您第几次来中国？",
"梅耶：我已经记不清了，大概二十多次。我非常喜欢上海，这里的年轻人特别有活力。",
"问：您的儿子埃隆对中国怎么看？",
"梅耶：你应该去问他（笑）。我们在家不太谈生意。",
"问：您在中国的社交媒体上有很多粉丝。",
"梅耶：是的，我在中国的粉丝可能比在美国还多。中国的粉丝非常热情，每次来都有人在机场等我。"),
"Maye Musk (mother) speaking about China; not the watched speaker"))

# 24 qa_interview rhetorical question, multi-sentence answer
A(D("qa_interview", "问答实录｜马斯克：“难道中国工程师不比别人聪明吗？”", P(
"以下为马斯克在一场科技大会上与主持人的问答节选，经本报整理。",
"主持人：有人说中国车企的成功主要靠政府补贴，您同意吗？",
"马斯克：⟦不同意。补贴当然有，但这不是全部原因⟧。⟦难道中国工程师不比别人聪明吗？难道他们不比别人努力吗？⟧",
"主持人：那特斯拉要怎么应对？",
"马斯克：做更好的产品。还有，让FSD尽快在更多国家上线。"),
"rhetorical questions of his about Chinese engineers (gold); moderator's claim not gold; generic answer not gold"))

# 25 qa_interview rival quoting him back
A(D("qa_interview", "对话星途汽车创始人韩牧：马斯克的话，听一半就好", P(
"问：马斯克对中国车企的评价时好时坏，您怎么看？",
"韩牧：他前几年还说我们只会打价格战，现在又说我们是最强的对手。马斯克的话，听一半就好。",
"问：星途会去美国吗？",
"韩牧：短期不会，关税太高了。我们先做好欧洲和东南亚。",
"问：您觉得特斯拉在中国还有机会吗？",
"韩牧：当然有。他们的软件和品牌还是很强的，只是价格上没有优势了。"),
"rival paraphrasing/quoting Musk back; interviewer question; no statement by Musk"))
