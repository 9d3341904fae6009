from common import D

D(53, "wire", "article",
  "马斯克：特斯拉FSD今年有望在中国全面落地",
  "36氪获悉，特斯拉CEO马斯克在周二晚间举行的一场面向投资者的线上交流会上表示，特斯拉完全自动驾驶（FSD）功能今年有望在中国全面落地，目前正在与相关部门密切沟通。"
  "“中国的道路情况非常复杂，电动自行车特别多，但我们的神经网络学得很快，”马斯克说。"
  "他同时透露，特斯拉下一代AI芯片AI5将在明年量产。",
  ["特斯拉FSD今年有望在中国全面落地", "特斯拉完全自动驾驶（FSD）功能今年有望在中国全面落地，目前正在与相关部门密切沟通", "中国的道路情况非常复杂，电动自行车特别多，但我们的神经网络学得很快，"],
  "plain positive; AI5 chip date not gold; '相关部门' (Chinese regulators) in context")

D(54, "wire", "article",
  "特斯拉在华召回逾12万辆Model 3",
  "新华社北京6月3日电 国家市场监督管理总局网站3日发布消息，特斯拉（上海）有限公司即日起召回部分进口及国产Model 3电动汽车，共计12.1万辆。"
  "本次召回范围内的车辆，由于软件问题，在特定情况下可能导致后视摄像头图像延迟显示。"
  "特斯拉将通过远程升级方式免费为召回范围内的车辆升级软件。"
  "特斯拉首席执行官马斯克去年曾到访北京，会见了相关部门负责人。",
  [],
  "China-related wire with Musk mentioned only for an action (visit/meeting)")

D(55, "wire", "article",
  "马斯克：星舰将在2026年底前载货前往火星",
  "（中新网）北京时间周五凌晨，SpaceX首席执行官埃隆·马斯克在得克萨斯州星际基地发表演讲。"
  "马斯克表示，星舰将在2026年底前搭载擎天柱机器人前往火星，如果顺利，人类首次登陆火星可能在2029年实现。"
  "他说：“这是人类成为多行星物种的关键一步。”"
  "此前，中国国家航天局也公布了天问三号火星采样返回任务的时间表。",
  [],
  "Chinese outlet, his statements are all about Mars; China mentioned only by the journalist (CNSA)")

D(56, "wire", "article",
  "马斯克回忆2019年上海工厂奠基：“当时很多人说我疯了”",
  "界面新闻记者 张琪｜特斯拉上海超级工厂迎来投产五周年。"
  "在一段播放于庆祝活动现场的视频中，马斯克回忆起2019年奠基时的情景：“当时很多人说我疯了，说外国公司不可能在中国独资建厂。”"
  "“但中国政府兑现了每一个承诺，”他接着说，“这在别的地方是很难想象的。”"
  "活动现场，特斯拉全球副总裁陶琳宣布，上海工厂累计产量已突破三百万辆。",
  ["当时很多人说我疯了，说外国公司不可能在中国独资建厂。", "但中国政府兑现了每一个承诺，", "这在别的地方是很难想象的。"],
  "recalled anecdote; quote split by '他接着说'; Tesla VP Tao Lin's announcement not gold; headline quote '当时很多人说我疯了' contained in gold entry 1")

D(57, "wire", "article",
  "福特CEO：马斯克说得对，中国车企是最大威胁",
  "（第一财经）福特汽车首席执行官吉姆·法利周三在底特律表示，他同意埃隆·马斯克此前的判断，即中国车企是全球汽车产业面临的最大威胁。"
  "法利说：“埃隆说得对，如果没有贸易壁垒，他们将摧毁大部分传统车企。我们必须正视这一点。”"
  "法利还透露，福特正在研发一款售价三万美元的中型电动皮卡。",
  [],
  "rival CEO quoting/endorsing Musk's view; all words are Farley's (quoting him back)")

D(58, "wire", "article",
  "马斯克称特斯拉不会在中国生产新车型 “至少今年不会”",
  "（第一财经）特斯拉CEO埃隆·马斯克周四在X上回复一位网友关于特斯拉是否将在上海生产平价车型的提问时称：“至少今年不会。”"
  "此前有媒体报道称，特斯拉正考虑在上海工厂投产一款代号为“Redwood”的入门级车型。"
  "马斯克补充说，上海工厂目前的重点是提升Model Y的产量。",
  ["特斯拉不会在中国生产新车型 “至少今年不会”", "至少今年不会。", "上海工厂目前的重点是提升Model Y的产量"],
  "short quote whose China topic is only in context (answer to question about Shanghai production); headline claim; 补充说 continuation")

D(59, "liveblog", "article",
  "实时更新｜马斯克抵京，首日行程一览",
  "09:15 据现场记者消息，马斯克的私人飞机已降落北京首都国际机场。\n"
  "10:40 马斯克抵达酒店，未回应在场记者提问。\n"
  "14:00 据知情人士透露，马斯克下午与国务院相关领导会面。\n"
  "16:30 特斯拉中国发布简短声明，称此次访问“富有成效”。\n"
  "18:00 有网友拍到马斯克在三里屯一家餐厅用餐。",
  [],
  "liveblog of a China visit with only actions and third-party statements; no words of his")

D(60, "liveblog", "article",
  "直播回顾：马斯克世界人工智能大会视频对话",
  "【14:00】对话开始。主持人首先问马斯克如何看待中国的人工智能发展。\n"
  "【14:03】马斯克：“中国在人工智能上会非常强大。他们有人才、有数据、有电力，我认为中国会拥有全球一半以上的AI算力。”\n"
  "【14:08】谈到AI安全，马斯克重申：“AI是人类面临的最大风险之一，我们需要监管。”\n"
  "【14:12】他表示，自己希望与中国同行就AI安全问题展开合作，“这不是一个国家能解决的问题”。\n"
  "【14:20】马斯克透露，Grok 5将在年底前发布。\n"
  "【14:25】对话结束。",
  ["中国在人工智能上会非常强大。他们有人才、有数据、有电力，我认为中国会拥有全球一半以上的AI算力。", "自己希望与中国同行就AI安全问题展开合作，“这不是一个国家能解决的问题”"],
  "liveblog; general AI-safety quote not gold; Grok release date not gold; reported clause with embedded quote")

D(61, "qa_interview", "article",
  "问答实录：马斯克在巴黎VivaTech",
  "问：欧洲对中国电动车加征关税，你支持吗？\n"
  "马斯克：不支持。我认为任何扭曲市场的东西都不好。特斯拉在中国生产的车出口到欧洲也要被加税，这对我们也不公平。\n"
  "问：你怎么看欧盟对X的调查？\n"
  "马斯克：他们就是想控制言论，这是很荒谬的。\n"
  "问：你会在法国建工厂吗？\n"
  "马斯克：目前没有计划。",
  ["不支持。我认为任何扭曲市场的东西都不好。特斯拉在中国生产的车出口到欧洲也要被加税，这对我们也不公平。"],
  "Q&A with '马斯克：' answers inside an article; EU-tariffs-on-China answer gold; '他们' = EU (not gold); France factory not gold")

D(62, "qa_interview", "article",
  "对话马斯克：关于星链、星舰和火星",
  "问：星链在全球有多少用户了？\n"
  "答：超过六百万，增长非常快。\n"
  "问：中国也在建设自己的低轨卫星星座，比如千帆星座。您觉得他们会成为竞争对手吗？\n"
  "答：我不太了解那个项目，所以不好评价。我们专注于做好自己的事情。\n"
  "问：星舰什么时候能载人？\n"
  "答：可能两三年内。",
  [],
  "Q&A in a China-mentioning interview where his answer to the China question declines to assess; labeller choice: the non-answer is not a claim about China")

D(63, "qa_interview", "article",
  "【独家对话】马斯克：中国的新能源车渗透率会超过八成",
  "记者：您预测中国新能源车渗透率最终会到多少？\n"
  "马斯克：我认为会超过百分之八十，而且会比大多数人预想的更快。国内的消费者对新技术的接受度是全世界最高的。\n"
  "记者：美国呢？\n"
  "马斯克：美国会慢一些，因为充电基础设施还不够。\n"
  "记者：您的孩子们喜欢特斯拉吗？\n"
  "马斯克：他们更喜欢火箭，哈哈。",
  ["中国的新能源车渗透率会超过八成", "我认为会超过百分之八十，而且会比大多数人预想的更快。国内的消费者对新技术的接受度是全世界最高的。"],
  "Q&A with 记者/马斯克 labels; 国内 = China in his speech; US charging answer and children answer not gold (他们 = his children)")

D(64, "opinion", "article",
  "专栏｜别把马斯克的每一句话都当真",
  "每当马斯克说“中国车企会碾压所有人”，国内舆论就会兴奋一阵。"
  "但我们要记住，这位企业家同样说过“明年就会实现完全自动驾驶”——这句话他说了快十年。"
  "马斯克对中国的赞美，有多少是真心，有多少是出于商业考量，值得玩味。"
  "真正决定中国车企命运的，不是某位外国企业家的评价，而是自己的产品和技术。",
  ["中国车企会碾压所有人"],
  "opinion; columnist cites a remark of his (gold, attributed 马斯克说) and a non-China remark (not gold); columnist's own analysis not gold")

D(65, "opinion", "article",
  "观察｜美国分析师：马斯克高估了中国芯片能力",
  "伯恩斯坦分析师托尼·萨科纳吉在一份报告中写道，马斯克关于中国芯片“只需两三年就能追上”的说法过于乐观。"
  "萨科纳吉认为，中国在先进光刻设备上的差距仍需十年以上才能弥补。"
  "另一位分析师则表示，马斯克的言论更多是出于反对出口管制的立场。",
  [],
  "analysts paraphrasing/critiquing his claim; labeller choice: the embedded fragment is inside an analyst's sentence, so not gold")
