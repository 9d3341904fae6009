# Documents q-zh-076 .. q-zh-100.
DOCS = []


def D(n, genre, kind, title, text, hc, guests=None, cues=None):
    DOCS.append(dict(n=n, genre=genre, kind=kind, title=title, text=text.strip(),
                     hc=hc, guests=guests or [], cues=cues))


# ---------------- traditional_chinese (cont.) ----------------
D(76, "traditional_chinese", "article",
  "特斯拉台灣FSD何時開放？ 馬斯克：今年內有望推出監督版",
  """
（台灣科技日報記者 陳怡君／台北報導）特斯拉執行長馬斯克日前在X平台回覆台灣車主提問時表示，FSD監督版「今年內有望在台灣推出」，但須視監理單位審查進度而定。

特斯拉台灣分公司今日證實，已向交通部提交相關資料。

馬斯克同時提到，特斯拉下一代車載電腦AI5將於明年量產，「運算能力是現有晶片的十倍」。

目前台灣約有特斯拉車主八萬人。
""",
  "hard negative: Taiwan product-launch timing with no relation to the mainland/China; AI5 chip date not gold")

D(77, "traditional_chinese", "article",
  "馬斯克：⟦中國工程師是全球最強⟧",
  """
特斯拉執行長馬斯克在社群平台X發文稱，⟦中國工程師的數量與素質都是全球最強，美國必須正視這一點⟧。
""",
  "very short traditional item: headline claim plus one reported-speech sentence")

D(78, "traditional_chinese", "article",
  "馬斯克母親梅耶訪港 讚香港「充滿活力」",
  """
【港島財經日報訊】特斯拉創辦人伊隆·馬斯克的母親梅耶·馬斯克昨日抵港，出席一場時裝品牌活動。

梅耶在活動上表示，香港是一個「充滿活力」的城市，並透露自己很喜歡在中環散步。

被問及兒子近況時，她笑說：「他太忙了，我們一個月才通一次電話。」

梅耶今年已屆77歲，至今仍活躍於時裝界。
""",
  "hard negative: Maye Musk praising Hong Kong; not the watched speaker")

D(79, "traditional_chinese", "article",
  "深度｜從「不屑一顧」到「盛讚陸企」 馬斯克的中國觀十年之變",
  """
2012年，馬斯克在一場科技研討會上被問及中國電動車時說：「⟦我不認為他們在短期內會是威脅⟧。」這段影片至今仍在網路上流傳。

十多年後，馬斯克對大陸車企的態度出現一百八十度轉變。他在今年初的一場財報會議上表示，⟦中國車企是「全世界最具競爭力的汽車公司」⟧。

究竟是什麼讓他改變了看法？

一位曾在特斯拉上海廠任職的台籍工程師告訴本報，馬斯克每次到上海廠都會在產線待上好幾個小時，「他親眼看到了大陸供應鏈的速度」。

2019年上海廠動工時，馬斯克曾說：「⟦上海工廠將是特斯拉未來的關鍵⟧。」事後證明，這座工廠在2020年疫情期間成為特斯拉的「救命稻草」。

去年，馬斯克在一次Podcast訪談中更直言：「⟦如果明天中國停止供應電池，全世界的電動車產業都會停擺⟧。」

不過，馬斯克也並非一味讚揚。他曾在X上批評，⟦中國部分車企的價格戰「不可持續」，最終會傷害整個產業⟧。

對於馬斯克的轉變，台灣汽車產業分析師李明哲認為，這反映了產業現實的變化，「不是馬斯克變了，是大陸車廠變強了」。

特斯拉在大陸市場的份額近年持續下滑，但上海廠仍是其全球出口樞紐。馬斯克的中國觀，未來還會如何變化，值得持續觀察。
""",
  "long Taiwan feature: old quotes recalled by the writer (gold), conditional claim, criticism; engineer's and analyst's words not gold; framing headline not gold")

D(80, "traditional_chinese", "article",
  "中美角力下 馬斯克再談中國",
  """
特斯拉執行長馬斯克近日再度成為兩岸媒體焦點。據報導，他在X平台上轉發了一段中國大陸高鐵建設的影片，但並未附加任何評論。

此舉在網路上引發熱議，有網友認為馬斯克是在「暗諷」美國基礎建設落後，也有人認為只是單純分享。

美國智庫學者葛瑞森表示，馬斯克對中國的任何動作都會被放大解讀，「他轉發一段影片，都能變成外交新聞」。

截至發稿，馬斯克本人未就此事作出進一步說明。
""",
  "framing headline '馬斯克再談中國' over a body with only a wordless repost and others' interpretations")

# ---------------- machine_translated ----------------
D(81, "machine_translated", "article",
  "埃隆·马斯克说⟦中国是“非常令人印象深刻的”在电动汽车⟧",
  """
“⟦中国是非常令人印象深刻的，在关于电动汽车的方面⟧，”埃隆·马斯克说，在一个采访与美国的电视网络在星期二。

“⟦他们是工作非常努力的，并且他们是非常聪明的。我认为他们将会是非常强的竞争者在全球市场⟧，”他添加了。

特斯拉公司的首席执行官也说那个公司将会开始生产它的新的车辆在明年的早些时候。

马斯克先生已经访问中国许多次在过去的年份里。
""",
  "stiff machine translation from English; 他们 refers back to China; production-date sentence and visits not gold")

D(82, "machine_translated", "article",
  "分析师：马斯克正在过度陈述关于中国的风险",
  """
根据一个报告被发布在星期一，一些的分析师相信埃隆·马斯克是过度陈述风险的来自中国的竞争，为了去证明合理的特斯拉的降价。

“他是使用中国作为一个借口，”说了约翰·哈里斯，一位分析师在一个投资公司位于纽约。

特斯拉没有立即回应一个请求为评论。
""",
  "hard negative machine translation: analysts characterise his China claims critically")

D(83, "machine_translated", "article",
  "马斯克先生写在X上关于中国的制造业",
  """
埃隆·马斯克，那个特斯拉的首席执行官，在星期天写在社交媒体平台X上：“⟦中国的制造业是在下一个水平。人们在西方是不理解它的规模⟧。”

这个帖子是回复对于一个视频的显示一个工厂在深圳的生产着机器人。

在另外一个帖子里，马斯克先生说那个⟦美国需要去学习从中国关于怎样去建造基础设施快速地⟧。
""",
  "machine-translated X posts; 它 refers to Chinese manufacturing; 说那个 (calque of 'said that') reported clause gold; descriptive headline not gold")

D(84, "machine_translated", "article",
  "马斯克：激光雷达是一个“昂贵的拐杖”",
  """
在一个事件在上海为中国的汽车工业，一个特斯拉的视频被播放了，在其中埃隆·马斯克重复他的观点那个激光雷达是一个“昂贵的拐杖”为自动驾驶。

“任何人依靠激光雷达是将会被淘汰的，”马斯克说了在那个视频里。

许多的中国汽车制造商，包括那些在事件中，使用激光雷达在他们的车辆里。
""",
  "hard negative machine translation: sensor remarks in general, shown at a Shanghai event; China link is the reporter's")

D(85, "machine_translated", "article",
  "特斯拉老板说⟦上海工厂是“最好的”在世界上⟧",
  """
特斯拉的老板埃隆·马斯克在星期四说那个⟦上海的超级工厂是最好的工厂在全世界，在质量方面和在速度方面⟧。

“⟦中国工人是非常有技能的⟧，”他添加了。“⟦我们是非常骄傲的关于那个团队⟧。”

马斯克先生也讨论了计划为一个新的工厂在墨西哥，哪个已经被延迟了。
""",
  "machine translation with 'he added' continuation split across quotes; 那个团队 refers to Shanghai workers; Mexico plant not gold")

D(86, "machine_translated", "article",
  "马斯克批评NASA：“他们是太慢的”",
  """
中国的航天机构已经宣布一个新的计划为登月在2030年之前，根据国家媒体。

在同一天，埃隆·马斯克批评美国国家航空航天局。“他们是太慢的并且太昂贵的，”他说了，关于NASA的阿尔忒弥斯项目。

“如果他们不改变，纳税人将会继续付钱为没有东西，”马斯克先生添加了。
""",
  "hard negative: 他们 refers to NASA, in an article that opens with China's lunar plan")

# ---------------- short_summary ----------------
D(87, "short_summary", "article",
  "特斯拉股东大会后马斯克接受采访",
  "马斯克周三表示，⟦中国公司将在人形机器人领域成为特斯拉最强劲的对手⟧。",
  "one-sentence RSS summary with a plain reported claim")

D(88, "short_summary", "article",
  "马斯克现身上海超级工厂",
  "马斯克周三下午抵达特斯拉上海超级工厂，与员工合影并视察了新产线。",
  "hard negative summary: actions (visited, posed for photos), no statement")

D(89, "short_summary", "article",
  "马斯克点评比亚迪与价格战",
  "特斯拉CEO在X上写道，⟦比亚迪的垂直整合令人印象深刻⟧，并称⟦中国车企之间的价格战“难以持续”⟧。",
  "two claims in one summary sentence, second after 并称")

D(90, "short_summary", "article",
  "分析师看空特斯拉在华前景",
  "多位分析师表示，马斯克对中国市场的判断过于乐观，特斯拉今年在华份额恐将进一步下滑。",
  "hard negative summary: analysts judging his view")

D(91, "short_summary", "article",
  "马斯克谈对华电池关税",
  "马斯克称，⟦若美国对中国电池加征更高关税，特斯拉储能业务的成本将明显上升⟧。",
  "conditional claim about tariffs on Chinese batteries")

D(92, "short_summary", "article",
  "马斯克：平价车型明年推出",
  "马斯克表示，特斯拉将在明年推出售价低于3万美元的车型；与此同时，多家中国车企近期宣布降价。",
  "hard negative summary: his claim is a product date; the China clause is the writer's")

D(93, "short_summary", "article",
  "马斯克回应数据安全质疑",
  "马斯克今日回应称，⟦特斯拉从未向中国政府提供任何车辆数据，也从未被要求这样做⟧。",
  "denial phrased as his own claim ('never ...') about the Chinese government: gold")

D(94, "short_summary", "article",
  "金巴尔·马斯克现身成都",
  "特斯拉董事金巴尔·马斯克在成都出席一场餐饮论坛时称，中国的年轻人“非常有创造力”。",
  "hard negative summary: Kimbal Musk, not the watched speaker")

# ---------------- other ----------------
D(95, "other", "article",
  "早报｜苹果发布会定档；马斯克称⟦国产机器人将“非常有竞争力”⟧；英伟达市值再创新高",
  """
各位早上好，以下是今天值得关注的科技要闻：

1. 苹果宣布将于9月10日举行秋季发布会，预计推出新款iPhone。

2. 马斯克在一段视频访谈中表示，⟦中国的人形机器人公司将“非常有竞争力”，其成本可能只有美国同行的一半⟧。他同时称，Optimus将于明年开始量产。

3. 英伟达股价周一上涨3%，市值再创历史新高。

4. 小米集团宣布，其第二款SUV车型将于下月上市。

以上就是今天的早报，我们明天见。
""",
  "newsletter digest: claim in one segment of a multi-item headline (国产 = Chinese); Optimus date not gold; Xiaomi item not his")

D(96, "other", "article",
  "下周日程：马斯克将出席上海人工智能大会",
  """
【下周日程】
周一：国家统计局发布8月宏观经济数据。
周二：特斯拉首席执行官马斯克预计将以视频方式出席在上海举行的世界人工智能大会开幕式。据主办方介绍，他将就“AI与能源”发表演讲。
周三：美联储公布利率决议。
周四：宁德时代召开临时股东大会。
周五：小鹏汽车发布新车。
""",
  "hard negative event calendar: a future appearance and speech topic, no statement")

D(97, "other", "article",
  "书摘｜《火箭与工厂》：马斯克的上海岁月",
  """
以下内容摘自记者凯瑟琳·沃德所著《火箭与工厂》中文版第十二章，经出版社授权刊发。

2019年1月，上海临港的一片空地上，寒风刺骨。马斯克站在临时搭建的帐篷里，看着远处的挖掘机。

“⟦我从来没见过这样的速度⟧，”他后来对我说，“⟦在中国，你今天做出的决定，明天就能看到结果。在加州，同样的事情可能要等两年⟧。”

那一年，他几乎每个月都要飞一次上海。一位随行人员回忆，马斯克在飞机上常常只睡三四个小时。

“⟦中国的工程师让我想起了早期的SpaceX，他们饿着肚子，什么都想学⟧，”马斯克说。

这座工厂在当年12月交付了第一批车。
""",
  "book excerpt: quote split by attribution, first part relies on the Shanghai-site context; an aide's recollection is not his")

D(98, "other", "article",
  "辟谣｜网传“马斯克称中国人是世界上最聪明的民族”系伪造",
  """
近日，一张配有马斯克头像的图片在多个社交平台流传，图中文字称马斯克曾说“中国人是世界上最聪明的民族，五十年后世界属于中国”。

经本平台核实，马斯克从未在任何公开场合或社交媒体上发表过上述言论。该图片最早出现在一个短视频账号上，系用AI工具生成。

事实核查员提醒，网络上冒用名人名义编造言论的现象时有发生，请网友注意甄别。
""",
  "hard negative fact-check: a fabricated quote attributed to him is not his statement; headline reports it as fake")

D(99, "other", "article",
  "券商研报摘要：特斯拉——关注中国业务边际变化",
  """
【研报摘要】远川证券 汽车团队

核心观点：
1）公司三季度电话会上，马斯克表示⟦中国市场的需求“正在企稳”，上海工厂四季度将满产运行⟧，我们认为这一表态释放了积极信号。
2）马斯克同时提到，⟦中国供应商在降本方面的贡献“不可替代”⟧，这与我们对供应链的调研结果一致。
3）Robotaxi业务仍处早期，短期难以贡献利润。

风险提示：价格战加剧；关税政策变化；自动驾驶落地不及预期。

维持“增持”评级。
""",
  "broker note: his reported claims embedded in analyst bullet points (gold); analysts' own conclusions not gold")

D(100, "other", "article",
  "新闻稿｜瀚海智能发布新一代激光雷达 获多家车企定点",
  """
【2025年9月3日，中国苏州】瀚海智能科技有限公司今日正式发布新一代固态激光雷达HX-9，并宣布已获得国内外七家车企的量产定点。

瀚海智能创始人兼CEO刘振宇表示：“马斯克先生曾说激光雷达是拐杖，但事实证明，越来越多的车企选择了我们。”

公司表示，HX-9的成本较上一代下降40%，将于明年一季度开始批量交付。

关于瀚海智能：瀚海智能成立于2016年，总部位于苏州，专注于车规级激光雷达的研发与制造。
""",
  "hard negative press release: a Chinese CEO quotes Musk back, and the quoted remark is about lidar, not China")
