from common import D

D(31, "earnings_call", "article",
  "特斯拉第三季度业绩电话会文字实录",
  "操作员\n"
  "下一个问题来自摩根士丹利的亚当·乔纳斯。\n"
  "亚当·乔纳斯 -- 摩根士丹利 -- 分析师\n"
  "埃隆，中国车企正在大举进入欧洲市场，特斯拉如何应对比亚迪等对手的价格战？\n"
  "埃隆·马斯克 -- 首席执行官\n"
  "我们会专注于自动驾驶和成本。我们的目标是让Cybercab的单车成本降到三万美元以下，并在明年第二季度开始生产。4680电池的良率也在持续改善。\n"
  "亚当·乔纳斯 -- 摩根士丹利 -- 分析师\n"
  "谢谢。",
  [],
  "earnings call: analyst's question is about Chinese carmakers but Musk's answer is about autonomy, Cybercab cost and 4680 batteries - not about China")

D(32, "podcast_unlabelled", "unlabeled",
  "",
  "大家好，欢迎来到All-In播客中文版。今天我们请到了老朋友埃隆。"
  "埃隆，你上个月刚去了北京，感觉怎么样？"
  "北京变化非常大。每次去都能看到新的东西，那里的基础设施建设速度是美国无法比拟的。"
  "你在那边见到了哪些人？"
  "见了一些政府官员和企业家，具体就不说了。"
  "好吧。那我们聊聊星链。"
  "星链现在已经有超过六百万用户了，增长还在加速。",
  ["北京变化非常大。每次去都能看到新的东西，那里的基础设施建设速度是美国无法比拟的。"],
  "unlabelled transcript; host turns not gold; '见了一些政府官员和企业家' is about whom he met (action, vague) - not gold; Starlink not gold",
  guests=["埃隆·马斯克"])

D(33, "vtt", "vtt", "", "",
  [],
  "WebVTT where the host and a Chinese executive talk about Musk and China; Musk's cue is about Starship only",
  vtt="WEBVTT\n\n"
  "00:00:00.000 --> 00:00:05.000\n<v 主持人>李总，您觉得马斯克对中国市场的判断准确吗？\n\n"
  "00:00:05.200 --> 00:00:12.000\n<v 李浩然>我觉得他低估了国产车企的速度。他以前说过我们需要十年，现在看五年就够了。\n\n"
  "00:00:12.500 --> 00:00:18.000\n<v 主持人>埃隆本人也在线上，埃隆，你有什么要补充的吗？\n\n"
  "00:00:18.500 --> 00:00:24.000\n<v 埃隆·马斯克>抱歉我得先走了，星舰马上要进行静态点火测试。\n\n")

D(34, "machine_translated", "article",
  "Musk Says Chinese Companies Very Strong, Tesla Must Work Hard",
  "特斯拉首席执行官马斯克表示，中国的公司是非常强的，特斯拉必须要非常努力地工作才可以保持它的领先的位置。"
  "他是在星期二的一个在线的会议中说出这些话的。"
  "“如果我们不努力，他们就会超过我们，这是确定的事情，”他说。"
  "该会议是由一个新加坡的投资机构所组织的。",
  ["中国的公司是非常强的，特斯拉必须要非常努力地工作才可以保持它的领先的位置", "如果我们不努力，他们就会超过我们，这是确定的事情，"],
  "machine-translated Chinese body with English headline left untranslated; English headline not exactly matching body, gold taken from body")

D(35, "wire", "article",
  "马斯克：中美脱钩“不现实”",
  "（路透北京电）埃隆·马斯克周五表示，美国与中国在经济上全面脱钩“不现实”，两国经济“像连体婴儿一样”紧密相连。"
  "马斯克是在以视频方式参加于北京举行的一场因技术故障而推迟了近一个小时才开始的企业家论坛时作出上述表态的。"
  "他还说，特斯拉将继续在上海进行投资。"
  "中国外交部发言人在例行记者会上对外资企业在华投资表示欢迎。",
  ["中美脱钩“不现实”", "美国与中国在经济上全面脱钩“不现实”，两国经济“像连体婴儿一样”紧密相连", "特斯拉将继续在上海进行投资"],
  "dateline wire; headline claim; nested quote marks in reported speech; long circumstantial sentence; 他还说 continuation; foreign ministry spokesperson not gold")

D(36, "wire", "article",
  "宁德时代董事长：马斯克说我们的电池“太便宜了”是夸奖",
  "（澎湃新闻记者 王越）宁德时代董事长曾毓群在周四的业绩说明会上谈到与特斯拉的合作。"
  "曾毓群说，马斯克多次公开评价中国电池“便宜得不可思议”，“我们把这当作夸奖”。"
  "他表示，公司将继续为特斯拉上海工厂和柏林工厂供货。"
  "对于北美建厂计划，曾毓群称仍在评估之中。",
  [],
  "rival/partner quoting Musk back inside his own speech (someone else's words); headline is the executive's claim; labeller choice: not gold because the quote is relayed by a third party")

D(37, "other", "article",
  "书摘｜《造车狂人》第十二章：上海速度",
  "2018年夏天，埃隆·马斯克第一次站在临港那片还满是泥泞的空地上。"
  "据随行人员回忆，他沉默了很久，然后转身对身边的人说：“如果上海工厂能在一年内建成，那将改变整个行业。”"
  "后来发生的事情大家都知道了：工厂从开工到投产只用了不到一年。"
  "马斯克后来在一次发布会上说：“上海工厂是我们建得最快的工厂，中国团队的速度令人难以置信。”",
  ["如果上海工厂能在一年内建成，那将改变整个行业。", "上海工厂是我们建得最快的工厂，中国团队的速度令人难以置信。"],
  "book excerpt (other genre); historical quotes recalled (gold), one via aides' recollection but attributed to him; conditional claim")

D(38, "opinion", "article",
  "社论：马斯克的中国生意经",
  "马斯克在中国的成功，很大程度上得益于地方政府的支持：低息贷款、快速审批、土地优惠。"
  "然而，随着国产车企崛起，特斯拉的优势正在缩小。"
  "他曾经在推特上嘲笑比亚迪的产品，后来又改口称赞，这种变化本身就说明了问题。"
  "对于外资企业来说，中国市场从来不是一个可以躺赢的地方。",
  [],
  "editorial; journalist describes that he mocked then praised BYD without carrying any claim of his")

D(39, "x_roundup", "article",
  "X热帖｜马斯克怼美国商务部：他们根本不懂供应链",
  "马斯克周三在X平台上转发一条关于美国商务部拟扩大对华芯片出口管制的新闻，并评论道：“他们根本不懂供应链是怎么运作的。”"
  "几小时后，他又补充说：“这些限制只会加速中国的芯片自主化，适得其反。”"
  "该帖子获得超过两千万次浏览。"
  "美国商务部未对此置评。",
  ["这些限制只会加速中国的芯片自主化，适得其反。"],
  "'他们' refers to US Commerce Department (not Chinese) - that quote not gold; the follow-up about China's chips is gold; headline repeats the non-China 他们 quote")

D(40, "traditional_chinese", "article",
  "馬斯克談TikTok：禁令違反言論自由",
  "【經濟日報綜合外電報導】特斯拉執行長馬斯克周六在社群平台X發文表示，他長期以來反對美國禁止TikTok，因為「這違反言論自由」。"
  "馬斯克寫道：「我並不喜歡TikTok，但禁止它會讓美國看起來像中共一樣審查資訊。」"
  "TikTok母公司字節跳動總部位於北京。美國國會去年通過法案，要求字節跳動出售TikTok美國業務。",
  ["禁令違反言論自由", "他長期以來反對美國禁止TikTok，因為「這違反言論自由」", "我並不喜歡TikTok，但禁止它會讓美國看起來像中共一樣審查資訊。"],
  "traditional (Taiwan, 中共 usage); TikTok statements; headline carries claim after 談TikTok： (gold); TikTok treated as China topic (ByteDance)")
