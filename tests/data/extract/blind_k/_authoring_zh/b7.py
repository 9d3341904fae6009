from common import D

D(84, "traditional_chinese", "article",
  "馬斯克：香港仍是亞洲金融中心 但須與內地更緊密融合",
  "【南華早報中文網】特斯拉行政總裁馬斯克周三以視像形式出席一個在港舉行的金融科技論壇時表示，香港仍然是亞洲最重要的金融中心之一。"
  "他說：「香港的優勢在於它同時連接內地和國際市場，這是其他城市無法複製的。」"
  "不過他亦直言，香港必須與內地更緊密地融合，「否則會被深圳追上」。"
  "論壇由數碼港主辦，吸引逾千人參加。",
  ["香港仍是亞洲金融中心 但須與內地更緊密融合", "香港仍然是亞洲最重要的金融中心之一", "香港的優勢在於它同時連接內地和國際市場，這是其他城市無法複製的。", "香港必須與內地更緊密地融合，「否則會被深圳追上」"],
  "traditional (HK); Hong Kong-mainland statements; 亦直言 continuation with embedded quote")

D(85, "traditional_chinese", "article",
  "特斯拉上海廠工人：馬斯克來視察時很親切",
  "【文匯報】特斯拉上海超級工廠一名在總裝車間工作了五年的員工小陳回憶說，馬斯克每次來視察都會跟工人握手。"
  "「他問我每天工作多久，還說我們很厲害，」小陳說。"
  "另一名工人表示，馬斯克在工廠裡「看起來很累，但很興奮」。",
  [],
  "traditional (HK); workers recount Musk indirectly ('還說我們很厲害' is relayed inside a worker's quote) - labeller choice: not gold, third-party relay")

D(86, "machine_translated", "article",
  "Musk Talks About China Again In Interview",
  "特斯拉CEO伊隆·马斯克在一个与一个德国的报纸的采访中再一次谈论了关于中国的话题。"
  "这个采访主要是集中在柏林的超级工厂的扩张和德国的能源的价格上。"
  "“德国的电价太高了，这是一个严重的问题，”马斯克说。"
  "他也说柏林工厂将会在明年增加一个新的生产线。",
  [],
  "machine translation; framing headline 'talks about China again' but his actual quotes are about Germany")

D(87, "machine_translated", "article",
  "China's Commerce Ministry Says Welcome Tesla To Expand Investment",
  "中国的商务部的一个发言人在星期四说，中国欢迎特斯拉扩大它在中国的投资。"
  "这个发言人说，特斯拉的上海的工厂是一个中国和美国的经贸合作的“成功的例子”。"
  "当被问到关于马斯克最近的评论的时候，这个发言人说她“没有看到”那些评论。",
  [],
  "machine translation; Chinese ministry spokesperson's words, Musk only referred to")

D(88, "liveblog", "article",
  "滚动更新｜美国宣布对华加征新关税，各方反应",
  "08:30 美国贸易代表办公室宣布，将对进口自中国的电动车、电池和光伏产品加征关税。\n"
  "09:10 中国商务部回应称，将采取必要措施坚决维护自身合法权益。\n"
  "09:45 比亚迪表示，公司在美国没有乘用车销售业务，影响有限。\n"
  "10:20 马斯克在X上发布了一张火箭发射的照片，未就关税发表评论。\n"
  "11:00 福特股价盘中上涨2%。",
  [],
  "liveblog on China tariffs; Musk posts unrelated photo and explicitly makes no comment")

D(89, "qa_interview", "article",
  "专访特斯拉前高管：我所认识的马斯克",
  "问：马斯克在内部会议上怎么谈中国？\n"
  "答：他在会上从来不谈政治，只谈产品和成本。我印象很深的是，他总是拿中国供应商的报价来压美国供应商。\n"
  "问：他对中国团队评价如何？\n"
  "答：我不方便透露具体内容。\n"
  "问：您为什么离开特斯拉？\n"
  "答：个人原因，想休息一下。",
  [],
  "Q&A with former executive describing Musk's behaviour; no words of his reported")

D(90, "opinion", "article",
  "马斯克又说对了？",
  "“中国将拥有全球最多的AI算力。”马斯克在去年底的一次采访中这样说。"
  "当时不少人觉得这不过是又一次夸张。"
  "一年过去了，国内数据中心的建设速度似乎正在印证他的判断。"
  "但笔者想提醒的是，算力不等于能力。",
  ["中国将拥有全球最多的AI算力。"],
  "quote introduced first and attributed at its end in the next clause; rhetorical headline is journalist's; columnist's analysis not gold")

D(91, "short_summary", "article",
  "马斯克：百度的自动驾驶技术“相当不错”",
  "马斯克在接受CNBC采访时称，百度的自动驾驶技术“相当不错”，但他认为特斯拉的纯视觉路线最终会胜出。",
  ["百度的自动驾驶技术“相当不错”", "百度的自动驾驶技术“相当不错”，但他认为特斯拉的纯视觉路线最终会胜出"],
  "one-sentence summary; named Chinese company (Baidu); hedged mixed sentence included because it is about Baidu")

D(92, "short_summary", "article",
  "马斯克：激光雷达是“拐杖”",
  "马斯克周二再次表示，自动驾驶不需要激光雷达，激光雷达只是“拐杖”。",
  [],
  "short summary; self-driving sensor statement (not China) - typical China-adjacent tech topic trap")

D(93, "short_summary", "article",
  "特斯拉上海工厂5月交付量同比增长8%",
  "乘联会数据显示，特斯拉上海超级工厂5月共交付汽车7.1万辆，同比增长8%，其中出口约2.3万辆。",
  [],
  "short summary about Tesla China sales with no Musk at all")

D(94, "short_summary", "article",
  "马斯克母亲梅耶：我在中国有很多粉丝",
  "梅耶·马斯克在微博上发文称，自己在中国有很多粉丝，“每次来中国都感觉像回家一样”。",
  [],
  "Maye Musk (mother), not watched speaker")

D(95, "short_summary", "article",
  "马斯克谈中国：特斯拉会留下来",
  "",
  ["特斯拉会留下来"],
  "headline-only summary: '谈中国：' framing followed by his claim (gold); topic from the framing")

D(96, "other", "article",
  "微博热搜｜#马斯克中文#",
  "马斯克在一段网传视频中用中文说了一句“你好”，引发网友热议。"
  "有网友调侃：“马斯克的中文比我的英文好。”"
  "也有网友指出，该视频为AI合成，并非马斯克本人。"
  "截至发稿，相关话题阅读量已超过两亿。",
  [],
  "social-media trend item; netizens' words; a greeting is not a claim; possibly fake video")

D(97, "other", "article",
  "特斯拉官方声明：关于近期网络不实信息的说明",
  "近日，网络上流传一段所谓“马斯克称将关闭上海工厂”的截图。"
  "经核实，该截图系伪造，马斯克本人从未发表过上述言论。"
  "特斯拉将依法追究造谣者的法律责任。",
  [],
  "corporate statement denying a fabricated quote; the fake quote is not his statement")

D(98, "other", "article",
  "百科词条节选：马斯克与中国",
  "埃隆·马斯克曾多次访问中国。2019年1月，特斯拉上海超级工厂奠基，马斯克出席仪式。"
  "2023年5月，马斯克访华，先后到访北京和上海。"
  "2024年4月，马斯克再次访问北京。"
  "马斯克的社交媒体账号在中国拥有大量关注者。",
  [],
  "encyclopedia-style timeline of actions (visits, attendance), no statements")

D(99, "other", "article",
  "演讲全文｜马斯克在上海交通大学的致辞（节选）",
  "谢谢大家。非常荣幸今天能来到上海交大。"
  "我想对在座的同学们说，中国的年轻工程师是我见过的最有才华的一群人。你们有机会改变世界。"
  "我年轻的时候，最大的梦想是去太空。现在，SpaceX正在一步一步实现这个梦想。"
  "最后，我想说，不管你们将来在哪里工作，都请记住：第一性原理。谢谢！",
  ["中国的年轻工程师是我见过的最有才华的一群人。你们有机会改变世界。"],
  "speech full text (other genre), speaker given in title only; space dream and first-principles advice not gold; '你们' continuation refers to the Chinese students")

D(100, "other", "article",
  "招聘启事｜特斯拉中国招聘电池工程师",
  "特斯拉（上海）有限公司现招聘电池系统工程师若干名。"
  "岗位职责：负责电池包设计验证，与国内供应商合作推进新材料导入。"
  "任职要求：硕士及以上学历，三年以上相关工作经验。"
  "公司文化：正如我们的CEO所倡导的，我们追求极致的效率。",
  [],
  "job ad mentioning 'our CEO' advocating efficiency (company's paraphrase, vague, not about China)")
