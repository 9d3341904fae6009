from common import D

DOCS = []
A = DOCS.append
X = "x_roundup"

A(D(80, X,
    title="#马斯克谈中国充电桩# 登上热搜",
    text="""【微博综合】11月3日凌晨，特斯拉CEO马斯克在X上发帖：“⟦中国的充电网络建设速度太疯狂了，@Tesla_Charging 得加快了⟧ https://t.co/Xk29PqLm7e”

这条帖子配了一张国内高速服务区超充站的照片，截至发稿已获得超过12万次点赞。@特斯拉中国 官方微博随即转发并评论：“收到，我们正在加速！”

网友@电车老司机 评论：“老马终于承认了，国内的补能体验已经全球第一。”也有网友指出，马斯克配图中的充电站其实属于蔚来。

随后，马斯克又回复了一位美国网友的追问，称⟦中国今年新建的充电桩数量“比美国过去十年加起来还多”⟧。""",
    hard="X post quoted verbatim with @handle and URL (gold excludes URL); hashtag headline without claim; netizens and Tesla China not gold"))

A(D(81, X,
    title="马斯克一夜连发20帖：星舰、DOGE、Grok……中国网友看懵了",
    text="""【公众号：硅谷快报】北京时间周六凌晨，马斯克又开启了“刷屏模式”。

他先是转发了星舰第十一次试飞的倒计时视频，写道：“明天见，火星。”随后他连发数帖吐槽美国联邦预算：“赤字正在把美国拖向破产。”凌晨三点，他又宣布Grok 5将提前到12月发布，“它会让所有人大吃一惊”。

这波操作让不少中国网友直呼“看不懂”。微博网友@数码君 调侃：“马斯克的作息比我还乱。”另一位网友则留言：“什么时候谈谈中国的新能源车？”

截至发稿，马斯克当晚的帖子中没有一条涉及中国。""",
    hard="post roundup for a Chinese audience; all his posts are Starship/US budget/Grok; Chinese netizens not gold; no gold"))

A(D(82, X,
    title="马斯克深夜连发三帖，其中一条关于中国",
    text="""【公众号：电车通】北京时间今天凌晨，马斯克在X上连发三帖。

第一帖是关于Cybercab的路测视频，他写道：“Production starts in April.”

第二帖，他转发了彭博社关于中国光伏装机量的报道，并评论：“⟦China is going to lead in solar for a very long time⟧ @business https://t.co/9fQa2LxT1c”。

第三帖，他回复了一位网友关于星链在非洲覆盖的问题，称“下个月会覆盖另外八个国家”。

三帖之中，只有第二帖与中国有关。""",
    hard="公众号 roundup; English post quoted verbatim with @handle and URL (gold = the English words); the other two posts not gold"))

A(D(83, X,
    title="老马又被“翻旧账”：网友扒出他多年前对中国车企的评价",
    text="""【微博热议】周二，X用户@WholeMarsBlog 翻出了一段2011年的采访视频，视频中马斯克在谈到比亚迪时大笑起来。该用户配文写道：“Elon在2011年嘲笑比亚迪，现在比亚迪的销量是特斯拉的两倍。”

另一位大V @SawyerMerritt 则发帖称：“Elon has said for years that the Chinese car companies are the most competitive in the world.”这两条帖子在微博上被大量搬运，引发国内网友热议。

马斯克本人没有回应这些帖子。当晚，他只回复了一条关于星舰发射的帖子：“明天见。”""",
    hard="other X users characterise/paraphrase Musk on China (not his statement); description of a video; his only reply is about Starship; no gold"))

A(D(84, X,
    title="马斯克回复比亚迪销量帖：“⟦他们非常有竞争力⟧”",
    text="""【X动态】美国知名特斯拉博主@SawyerMerritt 周三发帖称，比亚迪第三季度纯电车型全球销量首次突破60万辆，同比增长35%。

马斯克在该帖下回复：“⟦他们非常有竞争力⟧。”这条回复随后被大量转发至微博和抖音。

这并不是马斯克第一次公开肯定比亚迪。早在2024年初的财报电话会上，他就曾说过：“⟦中国车企是世界上最具竞争力的车企⟧。”""",
    hard="one-line reply whose pronoun 他们 refers to BYD in the post it answers (gold); recalled older quote gold; blogger's post not gold"))

# newsletters / fact-checks (other)
A(D(85, "other",
    title="晚点早报｜马斯克：Robotaxi年底扩展至十城；商务部回应稀土管制",
    text="""今天是11月5日，以下是今天值得关注的科技与商业新闻。

一、马斯克：Robotaxi年底将扩展至美国十个城市
特斯拉CEO马斯克周二在X上表示，Robotaxi服务将在年底前扩展至美国十个城市，“奥斯汀只是开始”。

二、商务部回应稀土出口管制
商务部新闻发言人表示，稀土出口许可管理是国际通行做法，中方将依法依规审批合规申请。

三、小米汽车10月交付量突破4万辆
小米汽车10月交付量突破4万辆，连续第三个月创新高。雷军在微博表示，YU7的等车周期已缩短至8周。

四、宁德时代发布第二代钠离子电池
宁德时代发布第二代钠离子电池，能量密度达到175Wh/kg。""",
    hard="newsletter digest: his item is about US Robotaxi; China items are 商务部/雷军/CATL; no gold"))

A(D(86, "other",
    title="硅谷早知道｜本周十大科技事件",
    text="""本周十大科技事件速览：
1. 马斯克谈中国AI，详见本期第二篇
2. OpenAI发布GPT-5.5
3. 英伟达市值突破5万亿美元
4. 马斯克再谈中国市场（视频）
5. 苹果Vision Pro二代曝光
6. 华为发布鸿蒙6.0
7. 特斯拉中国10月批发销量公布
8. 马斯克与李强会面画面首度公开
9. 字节跳动AI眼镜即将发布
10. SpaceX星舰第十一次试飞成功

以上内容根据公开报道整理，详细内容请点击原文链接。""",
    hard="newsletter list of headline-only items (马斯克谈中国AI, 再谈中国市场) with no claim; no gold"))

A(D(87, "other",
    title="《财新周刊》导读｜中国电动车出海的下一站",
    text="""本期《财新周刊》封面报道聚焦中国电动车出海。

文章援引马斯克的话称，⟦中国车企“将在全球市场取得非凡成功”，而特斯拉必须“比以往任何时候都更努力”⟧。报道指出，今年前三季度中国汽车出口量已突破500万辆，其中新能源车占比超过四成。

此外，本期还刊发了对吉利控股集团董事长李书福的专访。李书福表示，吉利在欧洲的本地化生产将于明年启动。

订阅读者可在财新App阅读全文。""",
    hard="newsletter; 援引马斯克的话 by the outlet is gold (batch rule); 李书福 not gold"))

A(D(88, "other",
    title="辟谣｜马斯克称“中国将在三年内超越美国”？系伪造截图",
    text="""近日，一张“马斯克在X上发帖称中国将在三年内全面超越美国”的截图在多个社交平台流传，阅读量超过千万。

经核查，马斯克的X账号在截图所示的时间段内并未发布过该内容。截图中的帖子排版与X的实际界面存在多处不符，发布时间显示为“上午25:13”，明显系伪造。

事实上，马斯克在当天发布的帖子主要涉及星舰发射和xAI的招聘信息，没有一条提及中国。

提醒广大网友：对于名人“语录”类截图，应以其官方账号为准，切勿轻信转发。""",
    hard="fact-check (辟谣): the viral quote is fabricated, not his statement; headline is a question about a fake claim; no gold"))

A(D(89, "other",
    title="辟谣｜马斯克没说过“特斯拉要退出中国”，他的原话是这样的",
    text="""近日，一则“马斯克宣布特斯拉将全面退出中国市场”的短视频在网上广泛传播。

经核查，该视频剪辑自马斯克今年6月在特斯拉股东大会上的讲话，但配音与字幕被恶意篡改。根据特斯拉官方发布的完整视频，马斯克当时的原话是：“⟦中国是我们非常重要的市场，我们在上海的工厂会继续扩大，我们没有任何离开中国的计划⟧。”

此外，马斯克在同一场会议上还谈到，Optimus将在2026年开始对外销售。

特斯拉中国已就此事发布声明，称将追究造谣者的法律责任。""",
    hard="fact-check: fake claim not gold, his verified original words gold; Optimus remark not gold"))

# opinion
A(D(90, "opinion",
    title="评论｜马斯克的“中国叙事”该降温了",
    text="""这几年，马斯克几乎成了中国科技圈最熟悉的外国企业家。他的每一次访华、每一条关于中国的帖子，都能在国内社交媒体上掀起一波讨论。

但我们应该清醒地看到，马斯克善于讨好每一个对他有用的市场。在华盛顿，他谈国家安全；在北京，他谈合作共赢。所谓“马斯克看好中国”，更多是一种商业上的计算，而不是什么发自内心的认可。

国内舆论场对他的过度追捧，某种程度上反映了我们对外部认可的焦虑。中国新能源汽车产业走到今天，靠的是千千万万工程师和产业工人的努力，不需要任何一位外国企业家来背书。

（作者系财经评论员）""",
    hard="opinion: columnist's characterisation (所谓“马斯克看好中国”) is not his statement; no gold"))

A(D(91, "opinion",
    title="观点｜马斯克说对了一件事",
    text="""“⟦如果没有贸易壁垒，中国车企将摧毁世界上大多数其他车企⟧。”这是马斯克在2024年初特斯拉财报电话会上的一句话，当时被许多人视为危言耸听。

两年过去，事实证明他说对了一半。中国车企确实在全球攻城略地，但贸易壁垒也如期而至：美国把关税提高到了100%，欧盟也加征了反补贴税。

在笔者看来，真正值得关注的，并不是马斯克的判断是否准确，而是中国车企能否在壁垒之下完成从“产品出海”到“产能出海”的转变。比亚迪在匈牙利、奇瑞在西班牙、长城在巴西的工厂，将决定下一个十年的格局。

（作者为某券商首席汽车分析师，本文仅代表个人观点）""",
    hard="opinion opening with a quote attributed in the next sentence (recalled old quote, gold); author's evaluation not gold"))

A(D(92, "opinion",
    title="马斯克的“中国牌”是一门好生意",
    text="""【FT中文网专栏】在马斯克的叙事里，中国时而是可敬的对手，时而是需要警惕的威胁，这取决于他当天在和谁说话。

面对华尔街，他把中国车企描述成特斯拉必须全力应对的劲敌，以此说明投资者应该为特斯拉的自动驾驶和机器人业务支付溢价；面对北京，他又把自己塑造成中美合作的桥梁。

一位前特斯拉高管对笔者说，马斯克私下里对中国的看法“比公开场合复杂得多”。

这种左右逢源的策略，在过去十年里为特斯拉赢得了巨大的商业利益。但在中美关系日益紧张的今天，它的空间正在迅速收窄。""",
    hard="columnist paraphrasing him critically and a former executive's remark; no statement of his; no gold"))

A(D(93, "opinion",
    title="言论｜从马斯克的一句话看新加坡的机会",
    text="""【联合早报】特斯拉首席执行官马斯克日前在一场论坛上说，⟦中国是全世界唯一能够在所有产业链环节都做到规模化的国家⟧。这句话在本地商界引起了不少讨论。

在同一场论坛上，马斯克还说，新加坡是“全世界治理得最好的国家之一”，他希望未来在这里设立更多研发中心。

对新加坡而言，这两句话放在一起读颇耐人寻味。一方面，中国的制造业规模无可替代；另一方面，跨国企业需要一个可靠、中立的区域总部。新加坡能否在两者之间找到自己的位置，将决定下一个十年的竞争力。

（作者是本报评论员）""",
    hard="opinion; his China remark gold; his Singapore remark (non-China country) not gold; columnist analysis not gold"))

# liveblogs
A(D(94, "liveblog",
    title="实时更新｜特斯拉2025年股东大会",
    text="""【实时更新】特斯拉2025年度股东大会正在美国得州奥斯汀超级工厂举行，以下为现场实时报道（北京时间）。

07:02 股东大会正式开始。马斯克在一阵音乐声中登台，身后是数台Optimus机器人。

07:15 马斯克宣布，Optimus第三代将于明年第一季度亮相，“它会让你们大吃一惊”。

07:31 谈到全球市场，马斯克强调，⟦中国依然是特斯拉最重要的市场之一，上海超级工厂今年的产量将再创新高⟧。

07:40 马斯克：“⟦中国的同行非常厉害，他们每周都在进步⟧。”他补充道：“⟦但我们在AI上的投入是他们的好几倍⟧。”

07:52 股东投票环节开始。本次大会共有七项议案付诸表决。

08:10 投票结果公布，马斯克的薪酬方案以超过75%的赞成票获得通过。马斯克在台上跳起了舞。

08:25 问答环节。一位股东问及FSD入华进展，马斯克回应称，⟦特斯拉正在等待中国监管部门的最终批准，“可能在今年，也可能在明年”⟧。

08:40 大会结束。""",
    hard="liveblog with timestamps; 强调 / 他补充道 continuation where 他们 = Chinese peers (gold); Optimus date, vote, dancing not gold; shareholder question not gold"))

A(D(95, "liveblog",
    title="直播｜马斯克抵京 行程实时追踪",
    text="""【直播】北京时间4月28日，特斯拉CEO马斯克乘私人飞机抵达北京，本报记者全程追踪。

14:05 马斯克的湾流G650降落在北京首都国际机场。

14:40 马斯克乘坐的车队驶离机场，前往市区。

15:30 马斯克抵达钓鱼台国宾馆。有目击者称他身穿黑色西装，神情轻松。

16:00 国务院总理李强在人民大会堂会见马斯克。据新华社报道，李强表示，中国将继续扩大高水平对外开放，欢迎包括特斯拉在内的各国企业来华投资兴业。

17:20 马斯克离开人民大会堂，未回应现场记者的提问。

18:45 特斯拉中国官方微博发布马斯克与中国贸促会负责人会面的照片，未附文字说明。

21:10 马斯克的私人飞机从首都机场起飞，目的地尚不清楚。

22:30 马斯克在X上发帖，内容是一张星舰的照片，配文“Soon”。""",
    hard="liveblog of a Beijing visit: only actions, 李强's words, and a Starship post; no gold"))

A(D(96, "liveblog",
    title="【不斷更新】馬斯克出席香港金融科技週",
    text="""【明報即時】特斯拉行政總裁馬斯克今日以視像形式出席香港金融科技週，以下為即時報道。

10:05 馬斯克在螢幕上現身，以「大家好」作開場。

10:12 馬斯克表示，⟦香港在連接內地與國際資本方面「仍然無可取代」⟧。

10:20 談到加密貨幣，馬斯克稱狗狗幣「仍然是他最喜歡的加密貨幣」，會場笑聲四起。

10:31 馬斯克指出，⟦內地的電動車產業鏈「是全世界最完整的」，特斯拉上海廠八成以上零件都在內地採購⟧。

10:45 主持人問及美國對華晶片管制，馬斯克說：「⟦管制會讓中國更快自主研發，這是我的判斷。⟧」

10:58 財政司司長其後致辭，指香港會繼續發展成為國際創科中心。

11:05 環節結束。""",
    hard="traditional-script liveblog (HK); Hong Kong in relation to the mainland gold; Dogecoin remark not gold; official not gold"))

A(D(97, "liveblog",
    title="直播回顾｜2025世界人工智能大会开幕式",
    text="""【澎湃新闻直播】

09:30 2025世界人工智能大会开幕式在上海世博中心举行。

09:50 上海市领导致辞。

10:05 特斯拉CEO埃隆·马斯克通过视频连线发表演讲。他讲了一个小故事：“⟦几年前，一位中国同行对我说‘我们会比你们更快’。当时我笑了。事实证明，他们确实做到了。⟧”

10:12 马斯克表示，特斯拉正在为Optimus训练一个新的端到端模型，“它将在年底前学会做饭”。

10:18 马斯克预测，⟦未来十年，中国和美国将贡献全球九成以上的AI算力⟧。

10:30 腾讯公司董事会主席兼首席执行官马化腾发表演讲。他表示，腾讯混元大模型已接入超过700个内部业务场景。

10:50 华为轮值董事长徐直军在演讲中称，昇腾算力集群规模将在明年翻番。""",
    hard="liveblog; nested quote inside his multi-sentence quote (whole quote gold); 预测; Optimus remark not gold; 马化腾 and 徐直军 not gold"))

# machine translated
M = "machine_translated"
A(D(98, M,
    title="马斯克：⟦中国是'非常令人印象深刻的'在许多的方面⟧",
    text="""特斯拉的首席执行官，埃隆·马斯克，在星期三说那⟦中国是“非常令人印象深刻的在许多的方面”⟧，在一次采访期间与一个美国的财经网络。

“⟦中国的人们是非常聪明的并且非常努力工作的。我认为他们将会成就许多伟大的事情⟧，”马斯克说道。

他也说⟦特斯拉的工厂在上海是“我们最好的工厂在世界上的”⟧。

另外，马斯克说那SpaceX将会进行另一次星舰的测试飞行在下一个月里面。""",
    hard="stiff machine translation from English ('说那……'); gold includes the subject so the China link is kept; Starship remark not gold"))

A(D(99, M,
    title="马斯克谈论关于电池和自动驾驶在一个会议",
    text="""特斯拉首席执行官埃隆·马斯克在周二发言在一个会议在柏林，关于电池的未来和自动驾驶的。

“电池的成本将会继续下降，直到它是更便宜的比汽油，”马斯克说。他也说激光雷达是“一个拐杖”并且特斯拉将永远不会使用它。

在同一个会议，蔚来的创始人李斌说，中国的公司是领先的在换电技术方面，并且他邀请马斯克来参观在合肥的工厂。马斯克没有回应对于这个邀请。

分析师们说，马斯克的评论是一个间接的回应对于中国竞争者，他们大量使用激光雷达。""",
    hard="machine translation; his remarks on batteries and lidar are general; 李斌 and analysts link them to China, but that is their reading; no gold"))

A(D(100, M,
    title="埃隆·马斯克在香港的一个论坛上谈论关于中国的经济",
    text="""埃隆·马斯克，特斯拉和SpaceX的首席执行官，说在星期四那⟦中国的经济是将会继续增长在一个强大的速度⟧，尽管有许多的挑战。

“⟦人们低估了中国。他们总是低估中国⟧，”他说通过视频链接对一个论坛在香港。

他补充说那⟦中国的电动汽车公司是“最具有竞争力的在世界上”⟧，并且⟦特斯拉将会继续投资在那个国家⟧。

马斯克也说他计划去访问火星在他的一生当中，如果可能的话。""",
    hard="machine translation; 他补充说 continuation; '那个国家' refers back to China (gold); Mars plan not gold; headline describes topic only"))
