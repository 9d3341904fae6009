from lib import D, L, V

D(25, "opinion", "article",
  "评论｜马斯克的中国算盘打得有多精",
  "文｜老K\n\n在所有美国科技大佬里，马斯克大概是最懂中国的那一个。\n\n2019年，上海超级工厂从拿地到投产只用了不到一年，这在美国几乎不可想象。2023年，他在中美关系低谷期高调访华，一天之内见了多位部委负责人。2024年，他又赶在北京车展期间闪电访华，带回了FSD入华的关键进展。\n\n每一步都踩得很准。马斯克深谙与北京相处之道：在公开场合，他在中国问题上几乎从不说重话；在商业上，他把最大的工厂放在上海，把最便宜的电池订单交给国内供应商。\n\n但这把算盘也有打不响的时候。在美国国内，他的中国生意正在成为政治对手攻击他的把柄；在中国市场，国产车企的价格战已经让特斯拉的利润率一降再降。\n\n精明的算盘，终究算不过市场。",
  "opinion: journalist's own analysis and his actions only, no statement")

D(26, "opinion", "article",
  "观点：当马斯克说“⟦中国是特斯拉的第二个家⟧”时，他在说什么",
  "撰文｜陈默（财经评论员）\n\n上周在上海的一场晚宴上，马斯克对在场的供应商代表说：“⟦中国是特斯拉的第二个家，没有中国的供应链，就没有今天的特斯拉⟧。”这句话迅速登上了微博热搜。\n\n但我们不妨冷静一点。这样的表态，马斯克在过去几年里已经做过很多次，每一次都恰好出现在特斯拉需要中国市场的时刻：新车型上市、降价促销、FSD申请入华。\n\n更值得玩味的是他同一晚的另一句话。他说：“⟦中国的新能源车企太多了，最终能活下来的可能不超过五家⟧。”这既是一个产业判断，也是一种微妙的施压。\n\n商人说话，从来不只是说话。对于马斯克的“情话”，国内车企与其感动，不如把它当作一份竞争对手的战书来读。",
  "opinion piece quoting him and critiquing; quote in headline; columnist's analysis not gold")

D(27, "opinion", "article",
  "马斯克与中国：一场没有终点的辩论",
  "撰文｜林晓（《财经》特约撰稿人）\n\n关于马斯克与中国的关系，舆论场上从来不缺争论。\n\n一派观点认为，特斯拉在华成功是中美商业合作的样板：上海工厂带动了长三角数百家零部件供应商，“鲶鱼效应”倒逼国产车企加速转型。另一派则担心，过度依赖单一外资龙头会让本土产业在关键环节受制于人。\n\n美国国会的一些议员则从另一个角度发难，认为马斯克在中国的商业利益可能影响他在美国政府中的角色。一位共和党众议员在听证会上直言：“我们需要知道，他到底欠北京多少人情。”\n\n在我看来，这场辩论之所以没有终点，是因为它本质上不是关于一个人，而是关于全球化本身。马斯克只是恰好站在了聚光灯下。\n\n特斯拉未回应本刊的采访请求。",
  "document-level framing headline ('Musk and China: the debate') over a body with no statement of his")

D(28, "opinion", "article",
  "马斯克再谈中国：赞美背后的焦虑",
  "撰文｜周航\n\n又一次，马斯克把中国挂在了嘴边。\n\n在本周的一场投资者活动上，谈到全球汽车行业格局时，马斯克说：“⟦中国车企在成本和速度上都领先于我们，这是事实⟧。”话音刚落，特斯拉股价盘中应声下跌2%。\n\n熟悉马斯克的人都知道，这样的“示弱”并不罕见。但这一次，语境有所不同：特斯拉全球交付量连续两个季度同比下滑，而比亚迪的纯电车型销量已在多个月份超越特斯拉。\n\n与其说这是赞美，不如说是焦虑的流露。对于一家以技术领先自居的公司而言，承认被追赶，比什么都难。\n\n问题是，焦虑能否转化为行动？至少从目前公开的产品路线图来看，特斯拉的答案仍然是自动驾驶和机器人，而不是更便宜的车。",
  "framing headline '马斯克再谈中国' (not gold) over a body with one plain quote (gold)")

D(29, "opinion", "article",
  "马斯克高估了中国市场的风险吗？",
  "本报评论员 张远\n\n特斯拉上季度在华销量同比下滑，引发了市场对其中国战略的新一轮讨论。\n\n瑞银一位分析师在研报中写道，马斯克对中国价格战的判断“过于悲观”，特斯拉完全有能力凭借品牌溢价守住基本盘。另一位不愿具名的券商人士则认为，问题不在于马斯克怎么看，而在于特斯拉的产品线已经多年没有实质性更新。\n\n一些行业观察人士指出，马斯克对国产车企的一贯高调赞美，更多是一种姿态，而非战略。\n\n特斯拉能否在中国重拾增长，关键或许还是要看Model Y焕新版的市场表现，以及FSD何时能够在国内全面落地。",
  "analysts paraphrasing/criticising him; no statement of his")

D(30, "opinion", "article",
  "专栏｜马斯克的AI焦虑，有多少来自中国",
  "文｜吴思远\n\n如果要给马斯克近两年关于AI的言论画一条时间线，中国是一个绕不开的关键词。\n\n早在2023年，马斯克在一档播客中就曾预言：“⟦中国将在AI领域成为美国最强大的竞争对手，低估他们是非常愚蠢的⟧。”彼时，ChatGPT风头正劲，很少有人把这句话当真。\n\n一年多后，深度求索发布R1模型，震动硅谷。马斯克在X上写道，⟦美国的芯片出口管制“只能让中国慢一点，不能让中国停下来”⟧。\n\n在同一篇帖子里，他还顺手批评了欧盟的《人工智能法案》：“他们会把欧洲的AI扼杀在摇篮里。”\n\n这两句话放在一起看，颇有意味。在马斯克的世界观里，真正的竞争对手从来不是布鲁塞尔，而是北京。\n\n当然，这也是一位AI创业者的立场：xAI需要更多的算力、更宽松的监管，而“中国威胁”恰恰是最有说服力的游说理由。",
  "recalled old quote (gold); 'they' = EU not gold; columnist's 'in Musk's worldview' analysis not gold")

D(31, "aggregator_headline", "article",
  "马斯克：⟦中国在电力方面拥有巨大优势⟧ - 新浪财经",
  "特斯拉CEO伊隆·马斯克近日表示，AI发展的瓶颈将很快从芯片转向电力。他说，⟦中国的发电能力增长速度远超美国⟧……",
  "aggregator title with ' - Publisher' suffix; snippet mixes general AI claim and China claim")

D(32, "aggregator_headline", "article",
  "马斯克再谈中国电池价格 - 36氪",
  "",
  "headline fragment only describing that he talked; no claim")

D(33, "aggregator_headline", "article",
  "马斯克称⟦中国电池价格将在两年内腰斩⟧ - 财联社",
  "",
  "headline carries his claim; publisher suffix excluded")

D(34, "aggregator_headline", "article",
  "马斯克在京会见中国国务院副总理 - 联合早报",
  "美国特斯拉公司首席执行官马斯克星期日抵达北京，这是他今年第二次访华……",
  "action (met official), no statement")

D(35, "aggregator_headline", "article",
  "特斯拉CEO马斯克盛赞中国工程师 称⟦他们是世界上最优秀的⟧ - 澎湃新闻",
  "",
  "two-verb headline: praise verb not gold, claim after 称 gold (pronoun refers to Chinese engineers)")

D(36, "aggregator_headline", "article",
  "梅耶·马斯克：中国是我最喜欢的国家之一 - 环球网",
  "",
  "other Musk (Maye Musk) claim about China in headline")

D(37, "aggregator_headline", "article",
  "馬斯克：⟦大陸電動車若無關稅壁壘 將擊垮多數對手⟧ - 自由時報",
  "",
  "traditional-character aggregator title from Taiwan outlet, conditional claim, '大陸'")

D(38, "aggregator_headline", "article",
  "马斯克发文谈比亚迪 网友热议 - 腾讯新闻",
  "特斯拉CEO马斯克周二在X平台发文，话题涉及比亚迪，引发中外网友热议……",
  "headline/snippet describe that he posted, without carrying any claim")

D(39, "aggregator_headline", "article",
  "马斯克回应特斯拉中国降价：⟦中国市场的价格战异常残酷⟧ - 界面新闻",
  "",
  "aggregator title with claim after colon")

D(40, "aggregator_headline", "article",
  "马斯克称星舰两年内飞往火星 中国航天能否跟上？ - 观察者网",
  "",
  "his claim in headline is about Mars; China part is the outlet's own question")

D(41, "x_roundup", "article",
  "马斯克深夜发帖力挺中国光伏 网友：难得",
  "当地时间周三深夜，马斯克在X平台上回复了知名特斯拉博主@SawyerMerritt关于全球光伏装机数据的帖子。\n\n@SawyerMerritt在帖子中写道：“中国去年新增光伏装机量超过了世界其他地区的总和。”并附上了国际能源署的报告链接https://www.iea.org/reports/renewables-2023。\n\n马斯克回复：“⟦中国的光伏产业规模惊人，成本也是全世界最低的⟧。⟦美国应该认真研究他们是怎么做到的⟧。”（原帖链接：https://x.com/elonmusk/status/1793456210987654321）\n\n该帖子截至发稿已获得超过1200万次浏览。有中国网友在评论区用中文留言“马总懂行”，也有美国用户批评马斯克“替中国说话”。",
  "X post quoted verbatim with @handle and URL; the other user's post not gold; '他们' refers to China")

D(42, "x_roundup", "article",
  "马斯克一周推文盘点：从DOGE到星舰",
  "1. 周一，马斯克转发了一段关于政府效率部的视频，配文“这才刚刚开始”。\n\n2. 周二，他写道：“星舰第七次试飞将在一月中旬进行。”\n\n3. 周三，他与一位英国政界人士在评论区激烈争论。\n\n4. 周四，他转发了一条关于上海超级工厂第300万辆车下线的帖子，但没有配文。\n\n5. 周五，他发帖说：“我需要更多的咖啡。”\n\n在中国社交平台上，“马斯克转发上海工厂”一度登上微博热搜。",
  "roundup: China only via a repost without comment (action); other posts not about China")

D(43, "x_roundup", "article",
  "马斯克连发数帖：点赞比亚迪，吐槽波音",
  "过去24小时内，马斯克在X上连续发帖，话题涵盖电动车、航天与AI。\n\n在回复一段比亚迪海豹试驾视频时，马斯克写道：“⟦比亚迪的车现在非常有竞争力⟧。”他还补充说，⟦早年他曾低估了这家公司，“那是一个错误”⟧。\n\n随后他转向航天话题，称“波音的Starliner问题太多了，NASA应该更早让龙飞船去接人”。他写道：“他们早就该这么做了。”\n\n此外，马斯克还宣布Grok将向所有用户免费开放一周。",
  "BYD post gold incl. '这家公司' continuation; '他们' = NASA not gold")

D(44, "x_roundup", "article",
  "马斯克X动态：柏林工厂遭纵火后发帖怒斥",
  "特斯拉柏林超级工厂附近的输电塔周二遭人纵火，工厂被迫停产。马斯克随即在X上发帖：“这些人要么是世界上最蠢的环保主义者，要么是别人的傀儡。”\n\n他在随后的一条帖子中写道：“他们反对电动车，却自称环保。太荒谬了。”\n\n据德国媒体报道，一个极左翼团体声称对事件负责。柏林工厂主要供应欧洲市场，而特斯拉在亚太地区的需求则主要由上海超级工厂满足。分析人士指出，若柏林停产时间延长，上海工厂可能需要临时增加对欧洲的出口。",
  "'他们' refers to German activists; Shanghai mentioned only by journalist/analysts")

D(45, "x_roundup", "article",
  "马斯克在X上回怼“中国电动车全靠补贴”论",
  "一位美国保守派评论员周末在X上发帖称，中国电动车之所以便宜，“完全是因为政府补贴”。\n\n这位世界首富在该帖下方回复：“⟦对，中国工程师每周工作八十小时、供应链全球最完整，这些都不重要，全靠补贴⟧。🙄”他在另一条回复里反问道：“⟦如果补贴就能造出好车，为什么其他国家砸了那么多钱还追不上中国？⟧”\n\n这两条回复分别获得了数万次点赞。有评论认为，马斯克这番话是在为自己的竞争对手“站台”，也有人指出，特斯拉自身同样受益于上海市的大力支持。",
  "sarcasm and rhetorical question (gold); commentator's post and commentary not gold")

D(46, "x_roundup", "article",
  "马斯克就TikTok禁令表态：⟦我一直反对禁止TikTok⟧",
  "马斯克周六在X上发文，就美国国会通过的TikTok“不卖就禁”法案表态。\n\n“⟦我长期以来一直反对禁止TikTok，尽管这项禁令可能对X有利⟧，”马斯克写道，“⟦禁止TikTok违背了言论和表达自由⟧。”\n\n在回答一位网友关于字节跳动是否应出售TikTok美国业务的提问时，他说：“⟦让一家中国公司被迫出售资产，并不是解决数据问题的正确方式⟧。”\n\n此前有报道称，中国官员曾评估由马斯克收购TikTok美国业务的可能性。马斯克后来在一场会议上表示，⟦他从未就收购TikTok提出过任何要约⟧。",
  "TikTok/ByteDance; 'said he had never' denial gold; reports about Chinese officials not his")

D(47, "x_roundup", "article",
  "马斯克转发中国机器人视频 引发热议",
  "马斯克周二转发了一段由中国公司宇树科技发布的人形机器人跳舞视频，未附任何评论。该帖在数小时内获得超过500万次浏览。\n\n这已经不是马斯克第一次“围观”中国机器人。上个月，他还给一条关于中国机器人产业的帖子点了赞。\n\n有网友在评论区调侃：“擎天柱压力山大。”也有人猜测，这是马斯克在为即将发布的新一代擎天柱预热。\n\n同一天，马斯克还发帖称：“擎天柱V3将在今年晚些时候亮相，它的手将拥有22个自由度。”",
  "repost/like actions about a Chinese company are not statements; his Optimus post not about China")

D(48, "earnings_call", "article",
  "特斯拉2024年第二季度财报电话会议实录（节选）",
  "埃隆·马斯克——首席执行官\n\n谢谢大家。第二季度我们的储能部署量达到9.4吉瓦时，创下历史新纪录，储能业务的增长速度超过了汽车业务。⟦在中国，我们的表现依然稳健，尽管那里的竞争非常激烈⟧。⟦中国的新能源汽车市场仍在增长，我们的上海工厂本季度开工率接近满负荷⟧。\n\n瓦伊巴夫·塔内亚——首席财务官\n\n谢谢埃隆。本季度汽车业务营收同比下降7%，主要受到单车均价下降的影响，其中包括中国市场的降价和金融优惠。\n\n分析师——摩根士丹利\n\n埃隆，关于FSD在中国落地，能否分享一下时间表？\n\n埃隆·马斯克——首席执行官\n\n⟦我们希望在年底前获得中国监管部门的批准，这取决于他们，不是我们⟧。另外，FSD v12.5的表现远超预期，干预间隔里程提升了好几倍。\n\n分析师——摩根士丹利\n\n谢谢。",
  "earnings-call transcript with 'Name -- title' headers; storage/FSD-version sentences not gold; CFO and analyst not gold; '他们' = Chinese regulators")

D(49, "earnings_call", "label",
  "特斯拉Q1财报电话会文字实录",
  L("主持人：欢迎参加特斯拉2025年第一季度财报电话会议。",
    "埃隆·马斯克：谢谢。这个季度对我们来说是一个过渡期，Model Y换代导致几家工厂停产了几周。",
    "埃隆·马斯克：Robotaxi服务将于6月在奥斯汀上线，这是特斯拉历史上最重要的里程碑之一。",
    "瓦伊巴夫·塔内亚：从区域来看，中国市场受到了激烈价格竞争的影响，但我们的在华交付量环比有所回升。",
    "分析师（巴克莱）：你们在中国市场是否会跟进更多降价？",
    "瓦伊巴夫·塔内亚：我们会根据市场情况灵活调整，目前更多是通过金融方案来支持需求。",
    "埃隆·马斯克：我想补充一点，长期来看，自动驾驶才是决定汽车价值的关键，而不是价格。",
    "主持人：下一个问题。"),
  "China only from CFO and analyst; his add-on after a China question is about autonomy in general")

D(50, "earnings_call", "label",
  "特斯拉2023年Q3财报电话会实录",
  L("埃隆·马斯克：我担心高利率环境。大多数人买车看的是月供，利率高了，月供就高了。",
    "埃隆·马斯克：Cybertruck是我们给自己挖的坑。要实现量产并产生正现金流，需要12到18个月。",
    "分析师（高盛）：想问一下竞争格局。中国车企正在大举出海，比亚迪在欧洲和东南亚的扩张非常迅速。你怎么看？",
    "埃隆·马斯克：⟦他们的成本结构确实非常有竞争力，我们一点都不敢掉以轻心⟧。⟦我一直认为，最强的竞争对手会来自中国⟧。",
    "分析师（高盛）：特斯拉会有针对性的价格策略吗？",
    "埃隆·马斯克：我们会继续降低成本。这是唯一的办法。"),
  "labelled call transcript; '他们' refers to Chinese carmakers named by the analyst; rates/Cybertruck lines not gold")

D(51, "earnings_call", "article",
  "特斯拉财报会问答环节：马斯克回应中国需求疑问",
  "以下为特斯拉2024年第一季度财报电话会问答环节部分内容，由本报根据录音整理。\n\n分析师——瑞银\n\n埃隆，你上个季度提到中国市场需求疲软，现在情况有改善吗？\n\n埃隆·马斯克——首席执行官\n\n⟦中国的需求在二季度已经出现企稳迹象。我们在上海工厂做了一些产线调整，为新款Model Y做准备⟧。⟦至于中国的竞争对手，坦白讲，他们是我们见过最勤奋的团队⟧。另外我想强调，我们不只是一家汽车公司，擎天柱到年底可能会在工厂里做有用的工作。\n\n分析师——瑞银\n\n谢谢，非常清楚。",
  "analyst quoting him back ('你上个季度提到...') not gold; his answer gold; Optimus sentence not gold")

D(52, "earnings_call", "label",
  "特斯拉2025年Q1财报电话会：关税与政府效率部",
  L("埃隆·马斯克：关于关税，特斯拉是在美国本土化率最高的车企，所以受到的影响相对较小。但影响并非为零，一些零部件来自墨西哥和欧洲。",
    "瓦伊巴夫·塔内亚：补充一下，储能业务受关税影响更大，因为我们的部分电芯从中国采购。",
    "分析师（摩根大通）：埃隆，你还会继续在政府效率部花那么多时间吗？",
    "埃隆·马斯克：从五月开始，我投入政府效率部的时间会大幅减少，每周可能只有一两天。",
    "埃隆·马斯克：我仍然会留在特斯拉，未来五年都会是首席执行官。"),
  "tariffs discussed by him without China (Mexico/Europe); China mentioned only by CFO")
