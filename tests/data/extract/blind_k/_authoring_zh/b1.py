from common import D

D(1, "wire", "article",
  "马斯克：中国工程师的数量和质量都在快速提升",
  "新华财经上海5月14日电 特斯拉首席执行官埃隆·马斯克在美国得克萨斯州奥斯汀市特斯拉超级工厂举行的年度股东大会上回答投资者提问时表示，中国工程师的数量和质量都在快速提升，特斯拉上海超级工厂的团队“是全世界效率最高的团队之一”。"
  "他补充道：“如果你去上海看看，你会发现那里的人晚上十点还在改进生产线。”"
  "当天股东大会还批准了董事会提出的多项议案。特斯拉上海超级工厂于2019年投产，目前年产能超过95万辆。",
  ["中国工程师的数量和质量都在快速提升", "是全世界效率最高的团队之一", "如果你去上海看看，你会发现那里的人晚上十点还在改进生产线。"],
  "subject and speech verb far apart (long locative phrase); 他补充道 continuation; headline carrying claim")

D(2, "wire", "article",
  "固态电池企业创始人：曾向马斯克建议在华建电池厂",
  "上海（路透）——深圳一家固态电池制造商的创始人曾立衡周三表示，他几年前曾当面告诉埃隆·马斯克，“特斯拉如果不在中国自建电池厂，迟早会被国产车企甩在身后”。"
  "曾立衡在接受采访时说，马斯克当时“听得很认真，但没有表态”。"
  "他表示，公司今年计划把产能扩大一倍，并正在与多家欧洲车企洽谈供货。"
  "特斯拉未回应置评请求。",
  [],
  "someone else's words with Musk as object; dateline sentence; quote addressed to Musk is not his")

D(3, "aggregator_headline", "article",
  "马斯克称中国在电力供应上拥有巨大优势 - 新浪财经",
  "",
  ["中国在电力供应上拥有巨大优势"],
  "aggregator title with publisher suffix; gold is the claim without suffix")

D(4, "aggregator_headline", "article",
  "马斯克再谈中国电池价格 - 澎湃新闻",
  "",
  [],
  "headline fragment only describing that he talked; no claim carried")

D(5, "short_summary", "article",
  "马斯克：北京的监管者比很多人想象的更务实",
  "特斯拉CEO马斯克周二在社交平台X上发文称，北京的监管机构“比很多西方人想象的更务实”，并称特斯拉在华业务审批流程已明显加快。",
  ["北京的监管者比很多人想象的更务实", "比很多西方人想象的更务实", "特斯拉在华业务审批流程已明显加快"],
  "one-sentence RSS summary; X post described; China referred to as 北京")

D(6, "short_summary", "article",
  "金博尔·马斯克：中国农业科技值得美国学习",
  "埃隆·马斯克的弟弟、餐饮企业家金博尔·马斯克在成都一场农业论坛上表示，中国的垂直农场技术“已经走在了世界前面”。",
  [],
  "other person named Musk (Kimbal Musk) talking about China; not the watched speaker")

D(7, "traditional_chinese", "article",
  "馬斯克：大陸電動車廠「非常拚」 特斯拉必須加快腳步",
  "【明報專訊】特斯拉行政總裁馬斯克昨日在社交平台X上回應網民提問時表示，大陸電動車廠的競爭力被外界嚴重低估。"
  "他寫道：「坦白說，他們比任何人都拚，我們應該學習他們的供應鏈。」"
  "馬斯克又稱，特斯拉德州工廠下半年將開始試產新車型，但未透露具體日期。"
  "比亞迪上季度全球銷量再創新高，已連續多季超越特斯拉。",
  ["大陸電動車廠「非常拚」 特斯拉必須加快腳步", "大陸電動車廠的競爭力被外界嚴重低估", "坦白說，他們比任何人都拚，我們應該學習他們的供應鏈。"],
  "traditional characters (HK); pronoun 他們 refers back to 大陸電動車廠; Texas product remark not gold; headline carries his claim (gold)")

D(8, "traditional_chinese", "article",
  "分析：馬斯克對中共態度曖昧 台灣業者憂心",
  "【自由時報記者綜合報導】特斯拉執行長馬斯克多年來與北京維持密切關係，上海超級工廠更是特斯拉全球最大的生產基地。"
  "國內多名分析師認為，馬斯克在兩岸議題上「刻意模糊」，恐影響台灣供應鏈廠商的訂單。"
  "一位不願具名的電動車零組件業者說，馬斯克「永遠把生意放在第一位」。"
  "台灣經濟研究院研究員林怡君指出，台灣廠商應分散客戶風險。",
  [],
  "traditional characters (Taiwan); analysts' and journalist's characterisation of Musk, no words of his")

D(9, "liveblog", "article",
  "直播｜马斯克出席进博会视频连线：实时更新",
  "10:02 特斯拉CEO马斯克通过视频连线出现在会场大屏幕上，现场响起掌声。\n"
  "10:05 马斯克首先谈到星舰：“下一次试飞我们计划在四周内进行，这次会尝试回收助推器。”\n"
  "10:09 谈及中国市场，马斯克说：“中国是特斯拉最重要的市场之一，也是竞争最激烈的市场。”\n"
  "10:12 他还表示，上海工厂生产的Model Y将继续出口到欧洲和亚太地区。\n"
  "10:15 马斯克开玩笑说自己最近“睡得比猫头鹰还少”，台下笑声一片。\n"
  "10:20 连线结束。主持人随后介绍了下一位嘉宾。",
  ["中国是特斯拉最重要的市场之一，也是竞争最激烈的市场。", "上海工厂生产的Model Y将继续出口到欧洲和亚太地区"],
  "liveblog; rocket remark and private-life joke in China-themed event not gold; 他还表示 continuation")

D(10, "qa_interview", "article",
  "专访｜马斯克谈AI、芯片与中国",
  "本刊记者在帕洛阿尔托对埃隆·马斯克进行了一个小时的专访。以下为访谈节选。\n"
  "问：很多人说中国的大模型已经追上来了，比如DeepSeek。您怎么看？\n"
  "答（马斯克）：他们做得很好，真的很好。DeepSeek的工程团队用很少的算力做出了非常有竞争力的模型，这一点值得所有人尊重。\n"
  "问：美国的芯片出口管制会不会拖慢他们？\n"
  "答（马斯克）：短期也许会，长期不会。中国会自己造出足够好的芯片，这只是时间问题。\n"
  "问：您最近睡眠怎么样？\n"
  "答（马斯克）：不太好，一般每天睡六个小时。",
  ["他们做得很好，真的很好。DeepSeek的工程团队用很少的算力做出了非常有竞争力的模型，这一点值得所有人尊重。", "短期也许会，长期不会。中国会自己造出足够好的芯片，这只是时间问题。"],
  "Q&A format; interviewer questions not gold; '短期也许会' answers a question about US chip export controls on China; sleep answer not gold")

D(11, "opinion", "article",
  "评论｜马斯克与中国：一场没有终点的辩论",
  "从上海超级工厂的奠基到一次次访华，埃隆·马斯克与中国的关系始终是外界关注的焦点。"
  "支持者认为，他比任何一位西方企业家都更懂中国市场；批评者则认为，他过于依赖这个市场，以至于在敏感议题上选择沉默。"
  "无论如何，特斯拉在华销量的起伏，已经成为观察外资企业在华处境的一个窗口。"
  "笔者以为，这场辩论短期内不会有结论。",
  [],
  "document-level framing headline over body with no statement of his; journalist analysis only")

D(12, "x_roundup", "article",
  "马斯克X平台动态汇总：关税、电池与火星",
  "过去24小时，马斯克在X上发布了数十条帖子。以下为部分摘录：\n"
  "1. 回复@WholeMarsBlog：“Chinese battery costs will keep falling. Nobody else is even close. https://x.com/elonmusk/status/1893002211”\n"
  "2. 针对美国对华加征关税的讨论，他写道：“关税帮不了任何人，只会让消费者多掏钱。”\n"
  "3. 转发SpaceX官方账号的星舰视频，并配文：“火星，我们来了。”\n"
  "4. 回复@teslaownersSV：“Giga Texas 第五百万辆车下线，干得好团队！”",
  ["Chinese battery costs will keep falling. Nobody else is even close. https://x.com/elonmusk/status/1893002211", "关税帮不了任何人，只会让消费者多掏钱。"],
  "X post quoted verbatim with @handle and URL (English inside Chinese text); tariff post on China in context; Mars and Texas posts not gold")

D(13, "earnings_call", "article",
  "特斯拉2025年第一季度财报电话会议实录（节选，中文翻译）",
  "马丁·维查 -- 投资者关系主管\n"
  "下面请埃隆发言。\n"
  "埃隆·马斯克 -- 首席执行官\n"
  "谢谢。首先，我们这个季度的交付量受到了Model Y换代的影响，这是预期之中的。另外，我想强调的是，中国市场的价格竞争非常激烈，国内的汽车厂商都非常强大，我认为他们当中最好的几家会成为全球性的企业。Optimus机器人今年会在弗里蒙特工厂小批量投入使用。\n"
  "瓦伊巴夫·塔内贾 -- 首席财务官\n"
  "谢谢埃隆。我来介绍一下毛利率情况。",
  ["中国市场的价格竞争非常激烈，国内的汽车厂商都非常强大，我认为他们当中最好的几家会成为全球性的企业。"],
  "earnings-call layout (name -- title line then paragraph); delivery and Optimus remarks not gold; 国内 meaning China in translated call")

D(14, "podcast_labelled", "label",
  "",
  "主持人: 欢迎回来。今天我们请到了埃隆·马斯克。埃隆，你怎么看中国的电动车产业？\n"
  "埃隆·马斯克: 非常强。说实话，中国的汽车公司是世界上最有竞争力的，如果没有贸易壁垒，他们会碾压大部分其他车企。\n"
  "主持人: 那星舰呢？\n"
  "埃隆·马斯克: 星舰下一次发射应该在几周之后，我们对隔热瓦做了很多改进。\n"
  "主持人: 最后一个问题，你最近在读什么书？\n"
  "埃隆·马斯克: 在重读《银河系漫游指南》，每隔几年我都会读一遍。",
  ["说实话，中国的汽车公司是世界上最有竞争力的，如果没有贸易壁垒，他们会碾压大部分其他车企。"],
  "labelled transcript; host questions not gold; Starship and reading turns not gold")

D(15, "podcast_unlabelled", "unlabeled",
  "",
  "欢迎收听本期《科技早知道》。今天的嘉宾是埃隆·马斯克。我想先问一个大家都关心的问题，您怎么看美国对中国电动车征收百分之百的关税？"
  "我不支持这种关税。我一直认为，自由竞争才能让产品变得更好，哪怕竞争对手来自中国。"
  "明白了。那您觉得特斯拉的自动驾驶什么时候能在全球推广？"
  "我们希望今年年底前在更多国家上线，这取决于各国的监管。"
  "好的，感谢您的时间。",
  ["我不支持这种关税。我一直认为，自由竞争才能让产品变得更好，哪怕竞争对手来自中国。"],
  "unlabelled transcript; host questions not gold; FSD rollout answer not gold; '这种关税' refers to US tariffs on Chinese EVs",
  guests=["埃隆·马斯克"])
