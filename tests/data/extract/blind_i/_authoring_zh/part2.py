from common import P, D

DOCS = []
A = DOCS.append

# 26 opinion, no statement
A(D("opinion", "马斯克与中国：一场长达十年的相互需要", P(
"从2019年初上海超级工厂破土动工算起，马斯克与中国的关系已经走过了将近十年。",
"这十年里，特斯拉在中国从一个外来的“鲶鱼”，变成了被本土品牌围攻的老牌玩家。",
"马斯克长期以来一直在向北京方面示好：他多次访华，出席各类论坛，在社交媒体上转发中国城市的风景视频。",
"他对中国制造业的赞美，常常被外界解读为一种商业上的必要，而非单纯的个人好恶。",
"一位长期研究跨国公司的学者对笔者表示：“特斯拉需要中国的供应链和市场，中国也需要特斯拉这样的标杆来刺激本土产业。”",
"但这种相互需要正在发生微妙的变化。",
"上海工厂的产量仍在增长，可它在特斯拉全球版图中的角色，已经从“增长引擎”转向“成本中心”。",
"与此同时，国产车企在智能驾驶和座舱体验上的快速追赶，让特斯拉的技术光环日渐暗淡。",
"中美关系的起伏，也让马斯克在华盛顿和北京之间的平衡愈发困难。",
"未来十年，这段关系将走向何方，恐怕连马斯克自己也没有答案。"),
"long opinion piece about Musk and China with only the columnist's analysis and a scholar's quote"))

# 27 opinion, framing headline + real quotes
A(D("opinion", "中美电动车之争：马斯克再谈中国", P(
"“电动车之争”这个说法，在过去一年里被反复提起。",
"本周，马斯克在一档科技播客中说：“⟦中国的电动车产业已经形成了一个近乎完美的生态，电池、电机、芯片、软件，什么都有⟧。”",
"他还说，⟦西方车企如果不尽快提升效率，将会被中国对手“碾压”⟧。",
"这番话并不新鲜。过去几年，类似的表态他说过不下十次。",
"但在美国国会正在讨论进一步限制中国汽车软件的当下，这样的言论显得格外刺耳。",
"笔者认为，与其把马斯克的话当作恭维，不如当作一面镜子。"),
"framing headline '中美电动车之争：马斯克再谈中国' (not gold) over body with real quotes (gold); nested quote marks"))

# 28 opinion, same framing, no statement
A(D("opinion", "特斯拉的十字路口：马斯克又谈中国", P(
"马斯克本周在一档播客中又谈到了中国，但和以往一样，他没有给出任何具体的数字或计划。",
"真正值得关注的是他在同一期节目中反复强调的另一件事：Robotaxi。",
"他说，特斯拉将在今年年底前让无人驾驶出租车覆盖美国一半人口，“这会是特斯拉历史上最重要的时刻”。",
"问题在于，特斯拉在中国的销量已经连续三个季度同比下滑，而上海工厂的出口也面临欧盟关税的压力。",
"当公司的注意力全部转向美国的Robotaxi时，中国市场会不会被边缘化？这是投资者应该追问的问题。"),
"framing headline '马斯克又谈中国' with a body that has no China statement of his; Robotaxi claim not gold"))

# 29 opinion, recalled quotes, sarcasm
A(D("opinion", "评论｜从不屑到敬畏：马斯克的中国车企观变迁", P(
"2013年，马斯克在接受一家美国电视台采访时被问及比亚迪是否构成威胁，他耸耸肩说：“⟦他们的车我看过，说实话，我不觉得那叫竞争⟧。”",
"十多年后，风向彻底变了。",
"今年初，马斯克在X上写道：“⟦中国车企是世界上最有竞争力的车企⟧。”",
"上个月，面对一名网友称中国车只是“便宜货”，马斯克讽刺地回复：“⟦是啊，便宜到全世界都在买⟧。”",
"从不屑到敬畏，变的不只是马斯克，更是整个行业的格局。",
"对中国车企来说，马斯克的赞美是一种认可；但对特斯拉来说，这或许是一种警告。"),
"quote from years ago recalled (gold); sarcastic reply about Chinese cars (gold); columnist commentary not gold"))

# 30 opinion, columnist sarcasm, his words about Mars
A(D("opinion", "观点：马斯克的火星梦与上海工厂的现实", P(
"马斯克最近又在X上写道，“人类必须成为多行星物种，否则终将灭绝”。",
"他还说，星舰将在2026年把第一批Optimus机器人送上火星。",
"读到这些，上海临港的一位特斯拉供应商老板苦笑着对笔者说：“火星太远了，我们只关心下个月的订单。”",
"这大概就是今天特斯拉的缩影：老板在仰望星空，工厂在应付价格战。",
"在国产车企月月推新车的节奏下，上海工厂已经一年多没有迎来真正意义上的新车型。",
"或许马斯克该先把目光从火星收回来，看看地球上的这座工厂。"),
"article about China frame; his quoted words are about Mars/Starship (not gold); supplier and columnist words"))

# 31-40 aggregator headlines
A(D("aggregator_headline", "马斯克：⟦中国电动车将称霸全球⟧ - 澎湃新闻",
"特斯拉首席执行官埃隆·马斯克周二在接受采访时谈及中国电动车产业的发展前景。",
"aggregator title with colon claim and ' - 出版方' suffix; gold excludes suffix"))
A(D("aggregator_headline", "马斯克再谈中国 - 凤凰网科技",
"马斯克近日在一档播客节目中再次谈到中国市场，引发业内关注。",
"aggregator headline that only says he talked; no claim"))
A(D("aggregator_headline", "马斯克称⟦宁德时代是全球最好的电池制造商之一⟧ - 第一财经",
"马斯克在社交平台X上回复网友提问时作出上述表述。",
"aggregator '马斯克称X - 出版方': gold is X without suffix; named Chinese company"))
A(D("aggregator_headline", "马斯克在X上发帖谈中国电池价格 - 36氪",
"周末，马斯克连续发布多条帖子，话题涉及电池成本和储能。",
"headline fragment that only describes posting; no claim"))
A(D("aggregator_headline", "马斯克表示⟦中国电池价格将在两年内腰斩⟧ - 界面新闻",
"特斯拉CEO的上述判断引发了电池行业的广泛讨论。",
"headline fragment carrying the claim (gold) vs posting-only headline"))
A(D("aggregator_headline", "比亚迪高管：马斯克曾低估中国电动车 - 华尔街见闻",
"比亚迪一位高管在接受采访时回忆了与特斯拉竞争的历程。",
"colon headline whose speaker is a BYD executive talking about Musk; not gold"))
A(D("aggregator_headline", "马斯克盛赞中国工程师 称⟦他们是世界上最优秀的⟧ - 财联社",
"特斯拉CEO马斯克日前在一场活动中谈到了中国工程师。",
"two-verb headline: gold is the claim part, '他们' refers to 中国工程师; suffix excluded"))
A(D("aggregator_headline", "马斯克会见中国驻美大使 双方就经贸合作交换意见 - 环球网",
"据悉，会见在华盛顿进行，双方就中美经贸合作等议题交换了意见。",
"action (meeting) not a statement"))
A(D("aggregator_headline", "马斯克：⟦特斯拉上海工厂明年将扩产⟧ - 新浪科技",
"马斯克在周三的一场活动中披露了上述计划。",
"colon claim about Shanghai plant with publisher suffix"))
A(D("aggregator_headline", "马斯克：星舰下一次试飞定于下月 - 新浪科技",
"此前一天，中国一家商业航天企业刚刚完成了可回收火箭的垂直起降试验。",
"colon claim about Starship date (not China); China only in snippet context"))

# 41 x_roundup, verbatim post with handle + URL
A(D("x_roundup", "马斯克X动态速览：超充、星链与光伏", P(
"以下是特斯拉CEO埃隆·马斯克过去24小时在X平台上的部分发帖与回复。",
"1. 回复用户@SawyerMerritt关于特斯拉超充网络的帖子时，马斯克写道：“@SawyerMerritt ⟦中国的超充网络规模已经超过全球其他地区的总和⟧ https://x.com/elonmusk/status/1931234567890123456”",
"2. 马斯克转发了星链在一个非洲国家开通服务的消息，并配文“星链现已覆盖超过140个国家和地区”。",
"3. 在一条讨论中国光伏产能的帖子下，马斯克回复：“⟦中国今年新增的太阳能装机量，可能比美国历史上装过的还多⟧。”",
"4. 他还发布了一张火星基地效果图，未配文字。"),
"X post quoted verbatim with @handle and URL (gold without handle/URL); Starlink post not gold"))

# 42 x_roundup, emoji reply only
A(D("x_roundup", "马斯克又“点赞”中国高铁？一个表情引发热议", P(
"马斯克周日在一条展示中国高铁运行画面的X帖子下回复了一个“🔥”表情。该帖子由一名拥有百万粉丝的科技博主发布，截至发稿浏览量已超过3000万。",
"不少中国网友将此解读为马斯克对中国高铁的“认可”，相关话题登上微博热搜。",
"同一天，马斯克还发帖批评加州高铁项目进展缓慢，称其“严重超支、遥遥无期”。",
"有评论人士提醒，一个表情并不代表任何具体态度。"),
"emoji reply is not a statement; his words are about California high-speed rail; netizens' interpretation not gold"))

# 43 x_roundup, TikTok
A(D("x_roundup", "马斯克周末发帖合集：TikTok、言论自由与中期选举", P(
"过去一个周末，马斯克在X上发布和转发了超过百条内容。以下为本报整理的要点。",
"关于TikTok：马斯克写道，⟦禁止TikTok在美国运营是错误的，这违背了言论自由的原则⟧。他补充说，⟦尽管X可能因此受益，他仍然反对这项禁令⟧。",
"关于选举：他在另一条帖子中呼吁选民在中期选举中“务必投票”，并转发了多名共和党候选人的竞选视频。",
"其他：他还转发了一段关于加州野火的视频，并批评当地政府的应对。"),
"TikTok statements count as China topic (gold); 他补充说 continuation; US politics posts not gold"))

# 44 x_roundup, US politics/Germany posts; Chinese reactions
A(D("x_roundup", "马斯克X发帖再引争议 中国网友热议", P(
"马斯克本周在X上连发多条帖子，批评德国政府的移民政策和美国联邦机构的开支。",
"“政府效率低下是所有问题的根源，”他写道。",
"这些帖子在中国社交媒体上同样引发热议。有微博网友评论称，马斯克“什么都敢说”。",
"复旦大学一位国际关系学者表示，马斯克的政治表态可能会对特斯拉在华品牌形象产生影响。"),
"his posts are about Germany/US government; Chinese netizens and scholar talk about him"))

# 45 x_roundup, English post, 'Their' referring back
A(D("x_roundup", "马斯克用英文发帖称赞比亚迪", P(
"凤凰网科技讯 马斯克周四在X上转发了一段比亚迪新车在欧洲上市的视频，并用英文写道：“⟦BYD's cars are highly competitive these days⟧.”",
"该帖子随后被大量中国网友截图转发。一位用户回复称：“连马斯克都服了。”",
"数小时后，马斯克又在该帖子下补充了一句：“⟦Their factories are incredible too⟧.”"),
"English-language X post in a Chinese article; 'Their' refers back to BYD; netizen reply not gold; headline only describes"))

# 46 x_roundup, Maye Musk
A(D("x_roundup", "梅耶·马斯克晒上海行：“这座城市太美了”", P(
"埃隆·马斯克的母亲梅耶·马斯克本周在X和微博上同步发布了多张在上海外滩拍摄的照片，并写道：“这座城市太美了，我每次来都舍不得走。”",
"她还透露，自己将在下个月出席深圳的一场时尚活动。",
"埃隆·马斯克转发了母亲的帖子，但未添加任何评论。"),
"Maye Musk posts about Shanghai; Elon only reposted without comment"))

# 47 earnings_call, "Name -- Title" format
A(D("earnings_call", "特斯拉2025年第二季度业绩电话会议文字实录（节选）", P(
"马丁·维查 -- 投资者关系负责人",
"大家好，欢迎参加特斯拉2025年第二季度业绩电话会议。今天和我一起的有埃隆·马斯克、瓦伊巴夫·塔内贾以及其他几位高管。首先请埃隆发言。",
"埃隆·马斯克 -- 首席执行官",
"谢谢。首先，我想感谢特斯拉团队在这个艰难的季度里所做的一切。⟦中国市场的价格竞争依然非常激烈，但我们上海工厂的团队在成本控制上做得非常出色⟧。⟦我们在中国的储能业务增长也很快，上海储能工厂的产能爬坡比计划提前了两个月⟧。至于Robotaxi，我们将在年底前扩展到美国另外八到十个城市。",
"瓦伊巴夫·塔内贾 -- 首席财务官",
"谢谢埃隆。本季度汽车业务毛利率（不含监管积分）为15.1%，环比提升0.8个百分点，主要得益于上海和柏林工厂单车成本的下降。"),
"earnings-call transcript with 'Name -- Title' lines; only China sentences of his paragraph are gold; CFO on Shanghai costs not gold"))

# 48 earnings_call label, CFO on China, Musk not
A(D("earnings_call", "", P(
"马丁·维查：下一个问题来自摩根士丹利的分析师。",
"分析师：谢谢。我想问一下中国市场。国内品牌今年推出了大量20万元以下的智能电动车，特斯拉会不会推出更便宜的车型来应对？",
"瓦伊巴夫·塔内贾：我们在中国的产品策略会保持灵活。二季度中国交付量环比增长了17%，上海工厂的出口也恢复到了正常水平。",
"埃隆·马斯克：我想补充一点，关于FSD。V14版本的参数量是V13的十倍，我们预计几周内就会开始推送。",
"分析师：Optimus的量产时间表有变化吗？",
"埃隆·马斯克：没有变化。明年会在弗里蒙特开始试产，我们的目标是年产一百万台。"),
"analyst and CFO talk about China; Musk's turns are about FSD and Optimus only", kind="label"))

# 49 earnings_call label, pronoun answer
A(D("earnings_call", "", P(
"分析师：埃隆，想请您谈谈中国竞争对手。比亚迪、小米和吉利都在大幅降价，您怎么看他们的定价策略？",
"埃隆·马斯克：⟦他们非常有竞争力，而且我认为他们的成本还会继续下降⟧。⟦坦白讲，中国车企是我们见过的最强的对手⟧。我们接下来的重点会放在自动驾驶上。",
"分析师：那能源业务呢？Megapack的订单情况如何？",
"埃隆·马斯克：Megapack的需求远远超过我们的产能，订单已经排到了明年下半年。",
"瓦伊巴夫·塔内贾：补充一下，上海储能工厂的Megapack也开始向欧洲出口了。"),
"analyst question about Chinese rivals not gold; '他们' in answer refers to named Chinese carmakers (gold); strategy/Megapack lines not gold", kind="label"))

# 50 earnings_call news write-up, no China statement
A(D("earnings_call", "特斯拉财报电话会要点：马斯克押注Robotaxi与Optimus", P(
"特斯拉周三盘后公布二季度财报，营收同比下降12%，低于市场预期。",
"在随后的电话会上，马斯克表示，Robotaxi服务将在年底前覆盖美国一半人口，Optimus将于明年开始量产。",
"他还称，能源业务是“被低估的宝藏”，储能装机量创下历史新高。",
"财报显示，特斯拉二季度在中国市场的营收为46亿美元，同比下降约两成；上海工厂当季交付约19万辆。",
"电话会上，没有分析师就中国市场单独提问。"),
"earnings write-up: his remarks are about Robotaxi/Optimus/energy; China numbers are from the report"))
