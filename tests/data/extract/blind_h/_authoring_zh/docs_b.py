from common import D, cues

D(36, "aggregator_headline", "article",
  "馬斯克：⟦大陸電池產業領先美國至少五年⟧ - 自由時報電子報",
  "",
  "traditional-character aggregator title (Taiwan outlet, 大陸); gold is the claim without the suffix")

D(37, "aggregator_headline", "article",
  "马斯克弟弟金巴尔：中国餐饮数字化值得美国学习 - 网易科技",
  "",
  "hard negative: Kimbal Musk's claim about China in an aggregator title")

D(38, "aggregator_headline", "article",
  "马斯克回应比亚迪销量反超：⟦他们的成本控制非常出色⟧ - 腾讯新闻",
  "比亚迪今年前三季度纯电动车销量首次超过特斯拉。",
  "pronoun 他们 in the claim refers to BYD named earlier in the same headline; gold without suffix")

D(39, "aggregator_headline", "article",
  "马斯克访华后，特斯拉FSD入华提速？ - 华尔街见闻",
  "",
  "hard negative: question headline about consequences of his visit (an action), no claim")

# ---------------- x_roundup ----------------
D(40, "x_roundup", "article",
  "马斯克深夜连发数帖，光伏、星舰、AI都谈到了",
  """
  【新浪科技】北京时间周三凌晨，马斯克在社交平台X上连续发布了十余条帖子。
  他在回复特斯拉粉丝账号的帖子时写道：“@teslaownersSV ⟦中国的光伏装机量太疯狂了，一年新增的量顶得上美国过去十年⟧ https://t.co/Qk7bL2xVnP”
  随后，他又发帖称，星舰第十一次试飞的准备工作“进展顺利”。
  在另一条帖子中，他写道：“AI的瓶颈很快就会从芯片变成变压器。”
  据统计，马斯克当天发帖和回复总数超过一百条。
  """,
  "X post quoted verbatim with @handle and t.co URL (gold is the claim); Starship and AI-bottleneck posts not gold")

D(41, "x_roundup", "article",
  "一周马斯克｜他在X上都说了什么",
  """
  【36氪·一周马斯克】

  1. 周一，马斯克发帖庆祝星舰助推器第五次被“筷子”夹住，配文：“又一次！”

  2. 周二，他转发了一段Optimus在工厂分拣电池的视频，称“明年会在更多工厂部署”。

  3. 周三，欧盟委员会就X平台的内容审核问题发出新的问询函。马斯克回应：“他们只想控制舆论。”

  4. 周四，一名中国网友用中文在他的帖子下留言，询问特斯拉何时在中国推出FSD。马斯克没有回复，但给这条留言点了赞。

  5. 周五，他发帖称自己“这周工作了120个小时”。

  本周马斯克共发帖约六百条，其中超过一半是回复。
  """,
  "hard negative: weekly roundup; 他们 refers to the European Commission; liking a Chinese user's question is an action")

D(42, "x_roundup", "article",
  "马斯克又发“人口帖”，这次点名中国和韩国",
  """
  【澎湃新闻】人口问题一直是马斯克在社交媒体上的“保留话题”。本周，他又连续发布了多条相关帖子。
  周二，他转发了一张东亚各国和地区总和生育率的图表，并写道：“⟦中国的出生率正在断崖式下跌，这比任何贸易战都更致命⟧。”
  在另一条帖子中，他称韩国“正在以最快的速度走向人口消亡”。
  他还回复一名用户说：“⟦中国的劳动力明年就会开始加速萎缩，到2050年工厂里会缺很多人⟧。”
  此外，他重申美国需要“更多孩子和更多核电站”。
  马斯克本人有十几个孩子，他多次表示人口减少是人类文明面临的最大风险。
  """,
  "China's birth rate and workforce (gold); Korea, US and general-population posts not gold; descriptive headline")

D(43, "x_roundup", "article",
  "中国外交官@马斯克：欢迎来新疆看看",
  """
  【观察者网】中国驻某国使馆一名外交官周四在X上发帖，@了马斯克：“@elonmusk 欢迎来新疆看看，亲眼看看真实的中国。”
  马斯克随后回复了一个笑脸表情“😂”，没有附加任何文字。
  这条互动迅速在中文社交媒体上传开，有网友将其解读为马斯克“接受了邀请”。
  事实上，特斯拉于2021年在乌鲁木齐开设了展厅，此举曾在美国引发批评。
  截至发稿，马斯克尚未就是否访问新疆作出任何表态。
  """,
  "hard negative: someone else's post addressed to @elonmusk; his emoji-only reply carries no claim")

D(44, "x_roundup", "article",
  "马斯克质疑DeepSeek成本：“⟦他们肯定用了更多GPU⟧”",
  """
  【钛媒体】中国AI初创公司DeepSeek发布新一代模型后，马斯克在X上连发数帖表达质疑。
  他在回复一名AI研究员时写道：“⟦他们公布的训练成本不可信。他们肯定用了远比声称的更多的GPU⟧。”
  不过，马斯克也承认，⟦DeepSeek的工程团队非常优秀，模型在推理任务上的表现确实令人印象深刻⟧。
  他还借机宣传了xAI：“Grok下一个版本会在所有基准上领先。”
  DeepSeek方面未对马斯克的说法作出回应。此前该公司在技术报告中披露，其基座模型的训练使用了约两千张英伟达H800芯片。
  """,
  "named Chinese company (DeepSeek) with 他们 pronoun (gold, title and body); xAI plug not gold")

D(45, "x_roundup", "article",
  "马斯克连发数帖炮轰监管：“他们比火箭还慢”",
  """
  【界面新闻】周末，马斯克在X上集中火力批评美国和欧洲的监管机构。
  在谈到美国联邦航空管理局对星舰发射许可的审批时，他写道：“他们的文书工作比火箭本身还重。”
  对于欧盟依据《数字服务法》对X展开的调查，他则称：“他们根本不在乎言论自由，只在乎控制。”
  他还转发了一条关于NASA预算削减的新闻，评论说：“他们需要更大胆。”
  相比之下，马斯克在中国面临的监管环境似乎要平静得多。特斯拉FSD仍在等待国内监管部门的批准，而上海超级工厂的扩建项目今年顺利获批。
  """,
  "hard negative: 他们 refers to FAA, EU and NASA, not China; the China paragraph is the journalist's own comparison")

D(46, "x_roundup", "article",
  "马斯克深夜怼西方媒体，谈中国电动车与AI",
  """
  【快科技】一篇美国媒体称“中国电动车产业的崛起主要依靠政府补贴”的评论文章，周日引来了马斯克的回应。
  他在转发该文章时讽刺道：“⟦没错，中国的电动车全靠补贴，他们的工程师大概每天只工作两个小时⟧ 🙄”
  几小时后，他又在另一条帖子中写道：“⟦一个国家每年新建的发电量比整个英国的总装机还多，你觉得它的AI会落后吗？⟧”这条帖子被普遍解读为对中国AI前景的判断。
  有网友在评论区追问特斯拉是否会在中国推出Robotaxi，马斯克未作回应。
  """,
  "sarcasm about China (gold); rhetorical question whose 一个国家 is China from context (gold); the media claim he mocks is not his")

# ---------------- earnings_call ----------------
D(47, "earnings_call", "label",
  "特斯拉2025年第二季度财报电话会议文字实录（节选）",
  """
  主持人：欢迎参加特斯拉2025年第二季度财报电话会议。下面有请首席执行官埃隆·马斯克致辞。
  埃隆·马斯克：谢谢。这个季度我们交付了约38万辆车，储能装机创下历史新高。Megapack的需求依然远超供给。
  埃隆·马斯克：⟦中国市场依然非常有挑战性，本土品牌的迭代速度非常快。但上海工厂仍然是我们全球效率最高的工厂，我对那边的团队非常有信心⟧。
  瓦伊巴夫·塔内贾：本季度汽车业务毛利率（不含积分）为15.2%，环比提升约一个百分点。
  分析师（摩根士丹利）：中国的价格竞争会不会进一步压缩利润？
  埃隆·马斯克：⟦短期内会有压力。不过中国也是全球电池成本最低的地方，我们从那里的供应链中获益很多⟧。
  分析师（高盛）：Robotaxi的扩张计划有更新吗？
  埃隆·马斯克：我们预计年底前在美国五到十个城市上线Robotaxi服务。
  """,
  "speaker-labelled earnings call; his China turns gold, delivery and Robotaxi turns not; analyst questions and CFO not gold")

D(48, "earnings_call", "label",
  "特斯拉第一季度业绩会纪要",
  """
  主持人：下面进入问答环节。第一个问题来自瑞银的分析师。
  分析师（瑞银）：中国市场一季度销量下滑明显，管理层怎么看？
  瓦伊巴夫·塔内贾：中国一季度受春节和产线切换影响较大，我们预计二季度会明显回升。
  分析师（瑞银）：埃隆，你对中国的竞争怎么看？
  埃隆·马斯克：我想先说一下Robotaxi。我们6月会在奥斯汀启动服务，这是公司历史上最重要的事情之一。
  埃隆·马斯克：长期来看，特斯拉的价值绝大部分来自自动驾驶和Optimus，而不是卖车。
  分析师（伯恩斯坦）：美国对进口零部件的关税对Optimus有影响吗？
  埃隆·马斯克：Optimus的执行器需要一些特殊部件，我们在尽量让供应链多元化，预计不会影响今年的生产目标。
  """,
  "hard negative: China question answered by the CFO; Musk sidesteps to Robotaxi and Optimus; US import tariffs not China-specific")

D(49, "earnings_call", "article",
  "特斯拉（TSLA）2024年第四季度财报电话会议实录",
  """
  参会人员：
  特拉维斯·阿克斯 -- 投资者关系副总裁
  埃隆·马斯克 -- 首席执行官
  瓦伊巴夫·塔内贾 -- 首席财务官

  特拉维斯·阿克斯 -- 投资者关系副总裁

  大家下午好，欢迎参加特斯拉2024年第四季度财报电话会议。

  埃隆·马斯克 -- 首席执行官

  谢谢特拉维斯。2024年对电动车行业来说是艰难的一年，但特斯拉依然实现了创纪录的交付。⟦在中国，我们全年的销量实际上是增长的，这在如此激烈的竞争环境下并不容易。中国车企非常强，我一直这么说⟧。我们的储能业务增长了一倍多，Megapack在全球供不应求。关于FSD，⟦我们预计今年上半年在欧洲和中国推出监督版FSD，前提是获得监管批准⟧。

  瓦伊巴夫·塔内贾 -- 首席财务官

  谢谢埃隆。第四季度总营收为257亿美元，汽车业务毛利率环比基本持平。
  """,
  "earnings-call transcript in 'Name -- Title' then paragraph format; only the China sentences of his paragraph are gold; conditional sentence mixing Europe and China is gold")

D(50, "earnings_call", "article",
  "特斯拉2025年第三季度财报电话会议实录（节选）",
  """
  埃隆·马斯克 -- 首席执行官

  我们的能源业务今年表现非常出色。美国电网需要大量储能，特别是在得州和加州，Megapack的需求会持续增长。我认为美国电力需求在未来十年会翻一番，我们必须建设更多发电能力，包括太阳能和核能。

  埃隆·马斯克 -- 首席执行官

  关于Optimus，第三代原型机的手部有22个自由度，我们计划明年开始小批量生产。

  林哲 -- 汽车业务高级副总裁

  中国市场方面，第三季度上海超级工厂交付环比增长，Model Y L在国内的订单非常强劲。我们也在积极推进出口，亚太市场需求旺盛。

  分析师 -- 富国银行

  能否谈谈中国市场的定价策略？

  林哲 -- 汽车业务高级副总裁

  我们会根据市场情况灵活调整，但不会牺牲利润率。
  """,
  "hard negative: Musk's paragraphs are about US energy and Optimus; China remarks come from another executive")

D(51, "earnings_call", "label",
  "特斯拉财报电话会问答环节实录",
  """
  分析师（巴克莱）：比亚迪等中国品牌在欧洲的市场份额今年翻了一番，甚至在部分国家超过了特斯拉。您怎么看这个趋势？
  埃隆·马斯克：⟦他们非常有竞争力。坦白说，他们是我们在全球范围内最强的对手，比任何传统车企都强⟧。
  埃隆·马斯克：⟦而且他们在欧洲建厂之后，关税的作用会越来越小⟧。
  分析师（巴克莱）：欧盟监管机构对FSD的审批进展如何？
  埃隆·马斯克：他们的流程非常慢，我们希望明年能有突破，但很难预测。
  分析师（花旗）：4680电池的量产情况怎么样？
  埃隆·马斯克：干电极工艺已经解决了，成本正在快速下降。
  """,
  "他们 pointing back to Chinese brands named in the analyst's question (gold) vs 他们 = EU regulators (not gold)")

# ---------------- podcast_labelled ----------------
D(52, "podcast_labelled", "label",
  "莱克斯·弗里德曼播客：埃隆·马斯克谈工程、火星与中国（中文整理）",
  """
  莱克斯·弗里德曼：你经常说中国的工程师很厉害。具体是指什么？
  埃隆·马斯克：⟦我指的是他们解决实际问题的速度。中国有非常多的工程师，而且他们愿意在工厂里待上很长时间，直到问题被解决⟧。
  莱克斯·弗里德曼：这是文化上的差异吗？
  埃隆·马斯克：⟦部分是文化，部分是激励机制。在中国，制造业工程师是被尊重的职业，在美国，聪明的孩子都去做金融或者律师了⟧。
  莱克斯·弗里德曼：说到火星，你觉得第一批人什么时候能登陆？
  埃隆·马斯克：如果顺利的话，大概在2029年左右。但我的时间表一向偏乐观，这一点大家都知道。
  莱克斯·弗里德曼：（笑）确实。
  """,
  "labelled podcast; his turns about Chinese engineers gold (first answer's 他们 from the host's question); Mars turn not gold")

D(53, "podcast_labelled", "label",
  "All-In播客精选：中美AI竞赛（文字整理）",
  """
  查马斯·帕里哈皮蒂亚：我认为中国在开源模型上已经追上来了，DeepSeek和通义千问都非常强。
  大卫·萨克斯：我同意。而且他们的电力成本更低，这是一个结构性优势。
  埃隆·马斯克：我更关心的是美国自己能不能把电网建起来。我们需要大量变压器，而现在交货期是两年。
  杰森·卡拉卡尼斯：埃隆，xAI的下一个集群有多大？
  埃隆·马斯克：一百万块GPU，在孟菲斯。我们会在年底前完成第一阶段。
  大卫·弗里德伯格：中国的太阳能板价格已经跌到每瓦十美分以下了。
  埃隆·马斯克：太阳能在美国的潜力被严重低估了。只要把屋顶和荒地利用起来，就能满足全国的用电需求。
  """,
  "hard negative: co-hosts make the China claims; Musk's turns right after them are about the US grid, xAI and US solar")

D(54, "podcast_labelled", "label",
  "《鲁豫有约·对话》特别节目：马斯克访谈文字版（节选）",
  """
  鲁豫：这次来北京，时差倒过来了吗？
  马斯克：还没有，我昨晚只睡了四个小时。
  鲁豫：这些年你觉得中国最大的变化是什么？
  马斯克：⟦速度。每次我来，城市里都会多出几条地铁线、几座新楼。上海工厂从开工到投产只用了不到一年，这在美国是不可想象的⟧。
  鲁豫：很多中国年轻人把你当偶像。你想对他们说什么？
  马斯克：做有用的事情，不要太在意别人怎么看你。
  鲁豫：你会学中文吗？
  马斯克：（笑）我试过，太难了。我的几个孩子在学中文，他们比我厉害多了。
  鲁豫：你怎么看待中国的新能源车企？
  马斯克：⟦非常厉害。我觉得未来全球销量前十的车企里，中国品牌会占一大半⟧。
  """,
  "Chinese talk-show transcript; elliptical answer 速度 about China (gold); sleep, life advice and his children learning Chinese not gold")

D(55, "podcast_labelled", "label",
  "《食物的未来》播客第52期：金巴尔·马斯克谈中国",
  """
  主持人：金巴尔，你最近刚从成都回来？
  金巴尔·马斯克：对，我在那里待了一周。中国的餐饮业数字化程度让我大开眼界，几乎所有的点餐都在手机上完成。
  主持人：你觉得美国可以学什么？
  金巴尔·马斯克：供应链。中国的生鲜配送可以做到三十分钟送达，而且价格很低。他们在物流上的投入是惊人的。
  主持人：你和哥哥埃隆会聊中国吗？
  金巴尔·马斯克：很少，我们见面主要聊孩子。不过他关注的是工厂，我关注的是厨房。
  主持人：下次去中国打算做什么？
  金巴尔·马斯克：我想去看看云南的咖啡种植园。
  """,
  "hard negative: Kimbal Musk is the labelled speaker; Elon only mentioned")

D(56, "podcast_labelled", "label",
  "《Moonshots》播客中文整理：马斯克对话彼得·戴曼迪斯",
  """
  彼得·戴曼迪斯：我上个月去了深圳，参观了几家做电动车和机器人的公司。那里的节奏太快了。
  马斯克：⟦是的，他们是最强的。很多人还没意识到他们在硬件上已经领先到什么程度了⟧。
  彼得·戴曼迪斯：那NASA呢？你觉得阿尔忒弥斯计划还有机会按时完成吗？
  马斯克：他们需要改变采购方式，否则很难。成本加成的合同模式早就过时了。
  彼得·戴曼迪斯：你对人形机器人的竞争怎么看？
  马斯克：⟦最大的竞争对手会来自中国，这一点我很确定⟧。Optimus必须在成本上做到极致。
  """,
  "他们 = Shenzhen companies from host's turn (gold) vs 他们 = NASA (not gold); Optimus cost sentence not gold")

D(57, "podcast_labelled", "label",
  "《商业漫谈》第88期：马斯克和中国的十年",
  """
  主播A：今天我们聊聊马斯克和中国。从2019年上海工厂开工算起，已经六年了。
  主播B：对，我觉得他跟中国的关系是所有外国企业家里最特殊的。
  主播A：他又来过中国好几次，每次都会引起很大关注。
  主播B：而且他在X上隔三差五就会发点跟中国有关的内容，评论区就吵成一片。
  主播A：但说实话，我觉得他对中国的很多判断都是从商业角度出发的。你看上海工厂，本质上是一笔非常划算的生意。
  主播B：没错。土地、供应链、工程师，他在别的地方很难找到同样的组合。
  主播A：好，下期我们聊比亚迪。
  """,
  "hard negative: two hosts discuss Musk and China; no words of his")

# ---------------- podcast_unlabelled ----------------
D(58, "podcast_unlabelled", "unlabeled",
  "《对话未来》第三季第七集（转写稿）",
  """
  欢迎收听《对话未来》。今天的嘉宾是特斯拉和SpaceX的首席执行官埃隆·马斯克。埃隆，欢迎你。
  谢谢邀请，很高兴来到这里。
  我们先从中国说起。你怎么看中国在电动车领域的地位？
  ⟦中国已经是全世界最大的电动车市场，也是最有竞争力的市场。那里的车企推出新车的速度是其他地方的两倍⟧。
  特斯拉在那里还能保持领先吗？
  ⟦这很难，但我们的上海工厂有非常好的团队，我们会继续努力⟧。
  好的。再聊聊SpaceX，今年星舰有什么新的目标？
  我们希望完成在轨加注的测试，这是去火星的关键一步。
  最后一个问题，你每天睡多少小时？
  大概六个小时，有时候更少。
  感谢埃隆做客我们的节目。
  """,
  "unlabelled transcript: guest's China answers gold; host questions, Starship and sleep answers not gold",
  guests=["埃隆·马斯克"])

D(59, "podcast_unlabelled", "unlabeled",
  "《前沿》播客：可复用火箭的未来（转写稿）",
  """
  这里是《前沿》播客。今天我们请到了埃隆·马斯克。
  很高兴来到这里。
  今年中国的商业航天发展很快，好几家民营公司都在做可回收火箭，国家队也在推进重型运载火箭。我们今天就从航天开始聊。你最近在忙什么？
  主要是星舰。我们正在准备下一次试飞，目标是让二级飞船也能被塔架接住。
  如果成功了，意味着什么？
  意味着完全可复用的火箭成为现实，进入太空的成本会下降一百倍。
  你觉得人类什么时候能在火星上建立城市？
  大概需要二十到三十年，还需要建造上千艘星舰。
  听起来很疯狂。
  是的，但所有伟大的事情一开始听起来都很疯狂。
  """,
  "hard negative: host supplies the China context; the guest's answers are about Starship and Mars only",
  guests=["埃隆·马斯克"])

D(60, "podcast_unlabelled", "unlabeled",
  "Elon Musk访谈（中文字幕转写）",
  """
  好，我们开始吧。首先感谢你抽出时间。
  没问题。
  很多投资人都在担心地缘政治风险，尤其是台湾问题。你怎么看？
  ⟦我认为从北京的角度看，统一台湾是一个长期的政策目标，这一点不会改变⟧。⟦作为企业，我们能做的就是分散风险，不要把所有芯片都押在一个地方⟧。
  特斯拉自研芯片进展如何？
  AI5芯片明年量产，性能大概是AI4的十倍。
  你对AI监管有什么建议？
  政府需要设立一个类似食品药品监督管理局那样的机构，对最先进的AI进行监督。
  谢谢你。
  """,
  "unlabelled transcript; Taiwan in relation to Beijing (gold), second sentence on topic from the question's context; chip roadmap and AI regulation not gold",
  guests=["Elon Musk"])

D(61, "podcast_unlabelled", "unlabeled",
  "《她说》第15期：梅耶·马斯克（转写稿）",
  """
  欢迎来到《她说》。今天的嘉宾是模特、营养师、作家梅耶·马斯克。
  谢谢，很高兴再次和中国的听众见面。
  你的书在中国卖得特别好，你觉得为什么？
  我想是因为中国的女性也面临同样的压力，年龄、家庭、事业。她们在书里看到了自己。
  你去过中国多少次了？
  至少十五次了吧。我最喜欢成都，那里的人生活节奏很慢，很享受生活。
  你的儿子们会来中国看你吗？
  他们都太忙了。不过埃隆来中国的次数比我还多。
  谢谢梅耶。
  """,
  "hard negative: the guest is Maye Musk, not the watched speaker",
  guests=["梅耶·马斯克"])

D(62, "podcast_unlabelled", "unlabeled",
  "《星际》播客特别节目（自动转写稿）",
  """
  大家好，欢迎回到节目。今天的嘉宾不用多介绍了，埃隆·马斯克。
  嗨，谢谢。
  我们先聊航天。很多人说中国是SpaceX未来最大的竞争对手，你同意吗？
  ⟦同意。中国的航天进展比大多数美国人想象的要快得多，他们的可复用火箭很快就会成熟⟧。
  那美国的优势还在哪里？
  我们有星舰，它的规模和可复用程度目前没有任何对手能比。
  你的星链在很多国家都在扩张。
  对，我们的用户刚刚超过六百万。
  最后，关于关税，你有什么要说的吗？
  ⟦对中国商品加征高关税会推高美国制造业的成本，我一直认为关税应该越低越好⟧。
  谢谢埃隆。
  """,
  "China's space programme (gold) vs Starship/Starlink answers (not gold); tariffs on Chinese goods (gold)",
  guests=["埃隆·马斯克"])

# ---------------- vtt ----------------
D(63, "vtt", "vtt",
  "马斯克上海工厂五周年视频致辞",
  "",
  "WebVTT; his cues about the Shanghai plant and Chinese staff gold; greeting and self-driving goal not gold",
  vtt=cues(
    ("00:00:01.000", "00:00:04.500", "主持人", "下面请看特斯拉首席执行官埃隆·马斯克的视频致辞。"),
    ("00:00:05.000", "00:00:11.200", "埃隆·马斯克", "大家好，很高兴以这种方式和大家见面。"),
    ("00:00:11.500", "00:00:19.800", "埃隆·马斯克", "⟦五年前，这里还是一片农田。今天，上海工厂已经是特斯拉全球产量最高的工厂⟧。"),
    ("00:00:20.000", "00:00:27.300", "埃隆·马斯克", "⟦我要感谢中国的员工和供应商，没有你们，就没有特斯拉的今天⟧。"),
    ("00:00:27.600", "00:00:33.000", "埃隆·马斯克", "我们下一个目标是让每一辆车都能自动驾驶。"),
    ("00:00:33.400", "00:00:36.000", "主持人", "感谢马斯克先生。"),
  ))

D(64, "vtt", "vtt",
  "【访谈】马斯克谈可复用火箭",
  "",
  "hard negative: host gives Chinese rocket context; Musk's cues are about reusability and Starship",
  vtt=cues(
    ("00:00:00.000", "00:00:06.000", "主持人", "本周，中国的一家民营火箭公司成功完成了一次垂直起降试验，引发关注。"),
    ("00:00:06.500", "00:00:10.000", "主持人", "我们也请到了埃隆·马斯克，聊聊可复用火箭。"),
    ("00:00:10.500", "00:00:17.000", "Elon Musk", "可复用是唯一的出路。如果每次飞行都扔掉一枚火箭，就像每次飞行都扔掉一架飞机。"),
    ("00:00:17.500", "00:00:24.000", "Elon Musk", "星舰的目标是在一小时内完成再次发射，像航班一样。"),
    ("00:00:24.500", "00:00:28.000", "主持人", "那你会关注其他公司的进展吗？"),
    ("00:00:28.500", "00:00:33.000", "Elon Musk", "我主要关注我们自己的工作。我们的竞争对手是物理定律。"),
  ))

D(65, "vtt", "vtt",
  "【中字】马斯克接受CNBC采访片段",
  "",
  "pronoun across cues: 他们 = Chinese carmakers from the reporter's cue (gold); 这种关税 = US tariffs on Chinese EVs (gold); pricing cue not gold",
  vtt=cues(
    ("00:00:01.000", "00:00:06.000", "记者", "在欧洲和东南亚，中国车企的销量今年都在快速增长。"),
    ("00:00:06.300", "00:00:12.000", "Elon Musk", "⟦他们真的太拼了。我见过他们的工厂，凌晨两点还灯火通明⟧。"),
    ("00:00:12.300", "00:00:16.000", "记者", "这会让特斯拉降价吗？"),
    ("00:00:16.300", "00:00:22.000", "Elon Musk", "我们的定价取决于成本。成本降下来，价格自然就会降。"),
    ("00:00:22.300", "00:00:27.000", "记者", "那关于美国对中国电动车征收的100%关税呢？"),
    ("00:00:27.300", "00:00:34.000", "Elon Musk", "⟦我不喜欢这种关税。它保护的是落后，而不是创新⟧。"),
  ))

D(66, "vtt", "vtt",
  "金巴尔·马斯克杭州之行vlog（字幕）",
  "",
  "hard negative: Kimbal Musk's cues about China; Elon only mentioned by the guide",
  vtt=cues(
    ("00:00:00.500", "00:00:05.000", "金巴尔·马斯克", "这是我第一次来杭州，西湖比照片上还要美。"),
    ("00:00:05.500", "00:00:11.000", "金巴尔·马斯克", "在中国，我一整天都没用过现金，连街边的小摊都能扫码付款。"),
    ("00:00:11.500", "00:00:15.000", "导游", "你哥哥埃隆来过杭州吗？"),
    ("00:00:15.500", "00:00:21.000", "金巴尔·马斯克", "我不确定，他来中国基本都是去上海的工厂。"),
    ("00:00:21.500", "00:00:27.000", "金巴尔·马斯克", "中国的餐馆翻台速度太快了，美国的餐饮业应该好好学学。"),
  ))

D(67, "vtt", "vtt",
  "特斯拉Model Y L中国发布会视频字幕",
  "",
  "WebVTT with speaker tag 马斯克; China-specific product and Shanghai production cues gold; next-gen chip cue not gold",
  vtt=cues(
    ("00:00:00.000", "00:00:04.000", "旁白", "特斯拉Model Y L今天在中国正式发布。"),
    ("00:00:04.500", "00:00:11.000", "马斯克", "⟦这款车是专门为中国家庭设计的，中国的消费者喜欢更大的后排空间，我们听到了⟧。"),
    ("00:00:11.500", "00:00:17.000", "马斯克", "⟦它会在上海工厂生产，优先满足中国市场的订单⟧。"),
    ("00:00:17.500", "00:00:23.000", "马斯克", "明年我们还会推出更多更新，包括新一代的FSD芯片。"),
    ("00:00:23.500", "00:00:26.000", "旁白", "新车将于下月开启交付。"),
  ))

# ---------------- traditional_chinese ----------------
D(68, "traditional_chinese", "article",
  "馬斯克：⟦大陸電動車產業已無人能敵⟧",
  """
  【明報專訊】特斯拉行政總裁馬斯克（Elon Musk）周二在社交平台X上發文，稱讚中國內地電動車產業的發展速度。
  馬斯克寫道：「⟦中國的電動車產業今天已經沒有對手，無論是成本、速度還是規模⟧。」他又指⟦香港可以成為內地車企走向國際的重要融資平台⟧。
  這是馬斯克今年以來第三次公開評論內地電動車行業。分析認為，他的言論或與特斯拉在華銷量持續受壓有關。
  港股電動車板塊周三早段普遍造好，比亞迪股份一度升逾3%。
  """,
  "Hong Kong outlet, traditional characters, 「」 quotes; 他又指 continuation about Hong Kong in relation to the mainland; analysts' interpretation not gold")

D(69, "traditional_chinese", "article",
  "中共施壓外企 馬斯克低調訪上海",
  """
  〔記者林宜君／綜合報導〕據路透社報導，特斯拉執行長馬斯克上週低調抵達上海，視察特斯拉超級工廠，並與當地官員會面。此行並未對外公開行程。
  分析人士指出，中共近年持續對在陸外資企業施壓，要求配合資料在地化與網路安全審查。特斯拉為了保住在中國大陸的市場，對北京當局的態度一向謹慎。
  美國智庫學者表示，馬斯克在中國的商業利益，使他在涉及台灣與人權議題時往往選擇沉默。
  特斯拉上海超級工廠目前年產能超過95萬輛，為特斯拉全球最大生產基地。
  """,
  "hard negative (自由時報 style): actions only (arrived, inspected, met) plus analysts; 中共/北京當局 usages")

D(70, "traditional_chinese", "article",
  "馬斯克談兩岸：⟦盼北京與台北以對話化解分歧⟧",
  """
  （中央社記者張謙舊金山20日專電）特斯拉執行長馬斯克今天在舊金山出席一場科技論壇時，被問及台海局勢。他表示，⟦兩岸問題應該透過對話解決，他希望北京與台北都能保持克制⟧。
  馬斯克說：「⟦台灣在半導體產業的地位無可取代，一旦台海發生衝突，全世界都會付出代價⟧。」
  他還說，⟦特斯拉在中國大陸與台灣都有重要的供應商，他不希望任何一方受到傷害⟧。
  馬斯克過去曾因涉台言論引發爭議。
  外交部今天對此表示，台灣是主權獨立國家，將持續與理念相近國家深化合作。
  """,
  "CNA dateline; subject and 表示 separated by a clause; Taiwan in relation to Beijing (gold); ministry statement and journalist background not gold")
