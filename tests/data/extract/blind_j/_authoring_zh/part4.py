from common import D
DOCS = []
A = DOCS.append
TC = "traditional_chinese"
MT = "machine_translated"

A(D(76, TC, "article",
"馬斯克：⟦中國大陸電動車業者是全球最強對手⟧",
"""
（中央社記者林家瑋舊金山7日綜合外電報導）電動車大廠特斯拉執行長馬斯克今天表示，⟦中國大陸的電動車業者是特斯拉在全球最強勁的競爭對手⟧。
馬斯克在財報電話會議上說：「⟦他們非常努力，而且非常聰明。如果不設貿易障礙，他們幾乎會打敗所有其他車廠。⟧」
他也提到，特斯拉的人形機器人Optimus將在明年開始對外銷售。
特斯拉上海超級工廠目前貢獻公司全球約一半產能。
""",
"traditional (CNA style); 「」 quotes; '他們' = mainland EV makers; Optimus remark not gold"))

A(D(77, TC, "article",
"學者：馬斯克在中共面前「選擇性沉默」",
"""
〔記者陳映彤／台北報導〕政治大學東亞研究所副教授吳承翰今（12）日在一場座談會上指出，特斯拉執行長馬斯克對中共的人權問題長期「選擇性沉默」，原因在於特斯拉高度依賴中國市場。
吳承翰表示，馬斯克在美國政治議題上極為敢言，但一談到北京就變得格外謹慎，「這本身就說明了一切」。
另一位與會學者則說，曾聽聞馬斯克在私下場合對台灣企業界人士表示對兩岸問題「不便評論」，但此說法無法證實。
座談會由一民間智庫主辦，約有百餘人參加。
""",
"hard negative (traditional): scholars' analysis and unverified hearsay, 中共 usage"))

A(D(78, TC, "article",
"馬斯克稱⟦香港是內地企業走出去的重要跳板⟧",
"""
【明報專訊】特斯拉行政總裁馬斯克昨日透過視像連線出席在灣仔會展舉行、因技術問題延遲半小時開始的一場金融科技峰會時表示，⟦香港在連接內地與國際市場方面有獨特優勢⟧。
他說：「⟦不少內地科技公司通過香港上市籌資，這是一條非常有效的路徑。⟧」
馬斯克又指，⟦內地的電動車供應鏈「無人能及」，特斯拉會繼續在上海擴大投資⟧。
被問到個人生活時，馬斯克笑稱自己「每天只睡六小時」。
""",
"traditional (HK, Ming Pao style); HK in relation to mainland; subject-verb far apart; sleep remark not gold"))

A(D(79, TC, "article",
"特斯拉台灣第三季銷量創新高　馬斯克再談FSD時程",
"""
〔記者黃士哲／台北報導〕特斯拉台灣今年第三季新車掛牌數突破5000輛，創下單季新高，Model Y持續穩居進口電動車銷售冠軍。
執行長馬斯克日前在X上表示，FSD監督版將在「明年初」擴展至更多市場，但並未點名台灣。
馬斯克也說，新款Model 3高性能版將於年底前在亞太地區開始交車。
業者分析，台灣充電網絡逐漸完善，是電動車銷量成長的主因。
""",
"hard negative (traditional): Taiwan sales story, his remarks are product timelines, nothing on China"))

A(D(80, TC, "article",
"陸電池廠殺價搶市　馬斯克：⟦價格還會再降⟧",
"""
【經濟日報記者簡國帆／綜合報導】特斯拉執行長馬斯克在美國德州奧斯汀超級工廠舉行、吸引逾千名股東到場的年度股東會上，針對陸系電池廠近期大幅殺價一事表示，⟦中國大陸電池廠的成本還有很大下降空間，明年電芯價格可能再降兩成⟧。
他說：「⟦寧德時代和比亞迪的成本控制能力，是全世界最好的。⟧」
法人指出，陸系電池降價將衝擊日韓電池廠的獲利。
""",
"traditional (陸系 usage); headline claim whose topic comes from the headline's first half; long locative between subject and verb"))

A(D(81, TC, "article",
"馬斯克再談中國？外界聚焦特斯拉上海廠動向",
"""
特斯拉行政總裁馬斯克本周在社交平台X連發多篇帖文，引發外界揣測他是否將再度談及中國市場。
不過，截至周五，馬斯克的帖文主要圍繞SpaceX星艦試飛與人工智能公司xAI的融資進展，並未提及內地市場。
有分析員指，特斯拉上海廠第四季交付量將是觀察其中國業務的關鍵指標。
市場人士則估計，特斯拉或於明年初在內地推出更平價的車型。
""",
"hard negative (traditional, HK): '再談中國' framing with no statement"))

A(D(82, TC, "article",
"馬斯克批美國封殺TikTok",
"""
〔國際新聞中心／綜合報導〕美國國會日前通過要求字節跳動出售TikTok美國業務的法案，特斯拉執行長馬斯克在X發文表示，⟦封殺TikTok「違反言論自由的精神」⟧。
他寫道：「⟦我長期以來一直反對禁止TikTok，即使這對X的競爭有利。⟧」
不過，美國國會議員警告，TikTok的演算法可能受中共操控，成為認知作戰工具。
馬斯克並未回應有關中共影響的問題。
""",
"traditional; TikTok; lawmakers' warning not gold"))

A(D(83, TC, "article",
"台灣半導體業者：曾向馬斯克說明台積電不可取代",
"""
〔記者李宜蓁／新竹報導〕一名台灣半導體設備業者今日表示，他曾在矽谷的一場晚宴上向特斯拉執行長馬斯克說明，台灣的晶圓代工地位「短期內不可取代」。
該業者說：「我跟他說，即使大陸投入再多資源，也很難在十年內追上台積電。」
他表示，馬斯克當時「聽得很專心」，但並未多說什麼。
台積電對此不予評論。
""",
"hard negative (traditional): someone else told Musk about mainland vs Taiwan chips"))

A(D(84, TC, "article",
"馬斯克嗆歐盟：⟦中國電動車便宜是因為「太會做」而不是補貼⟧",
"""
特斯拉執行長馬斯克日前在X上回應歐盟對中國電動車的反補貼調查時，語帶諷刺地寫道：「⟦對，中國車那麼便宜，一定是因為他們的工程師都在偷懶。⟧」
他接著反問：「⟦你們有沒有去過中國的工廠？⟧」
歐盟執委會發言人則回應，調查「以事實為依據」。
馬斯克同一天也批評歐盟的AI法案「會扼殺創新」。
""",
"traditional; sarcasm and rhetorical question about China gold; EU AI Act remark not gold"))

A(D(85, TC, "article",
"馬斯克閃電訪陸　會晤中共高層",
"""
（中央社台北29日綜合外電報導）特斯拉執行長馬斯克今天搭乘私人飛機抵達北京，展開不到24小時的閃電訪問，據報會晤了中共國務院高層官員。
外電報導，馬斯克此行可能涉及特斯拉自動駕駛系統在中國大陸的資料安全審查問題。
中國官媒報導稱，中方官員向馬斯克表示，歡迎特斯拉「繼續深耕中國市場」。
馬斯克並未在社群媒體上對此行發表任何評論。
""",
"hard negative (traditional): visit/meeting (actions), Chinese officials' words to him"))

A(D(86, TC, "article",
"馬斯克指⟦內地車企出海勢不可擋⟧",
"""
特斯拉行政總裁馬斯克周二晚在一個網上直播節目中指出，⟦內地車企進軍海外市場的勢頭「勢不可擋」⟧，並預計⟦未來五年內，內地品牌將佔據全球電動車出口的一半以上⟧。
他說：「⟦他們在東南亞、中東和拉美的擴張速度非常驚人。⟧」
被問及特斯拉會否因此調整全球定價策略時，馬斯克表示⟦特斯拉「不會與內地品牌打價格戰」⟧。
馬斯克在節目中亦透露，SpaceX計劃明年進行超過200次發射。
""",
"traditional (HK, 信報 style); 內地 usage; SpaceX launch count not gold"))

A(D(87, TC, "article",
"港股新能源板塊急跌　馬斯克言論惹關注",
"""
恒生指數今日低開，新能源汽車股全線下挫，其中多隻內地車企股份跌幅超過5%。
有市場人士認為，跌勢與特斯拉行政總裁馬斯克周末的言論有關。馬斯克在X上表示，美國的電動車稅務抵免「應該全部取消」，並稱「政府不應補貼任何行業」。
不過亦有分析員指，馬斯克的言論針對的是美國政策，與內地車企的基本面並無直接關係。
分析員預計，板塊短期內仍會波動。
""",
"hard negative (traditional): article about mainland carmaker shares; his statements are about US tax credits"))

A(D(88, TC, "article",
"馬斯克談兩岸：⟦盼台灣與大陸和平找到雙方可接受方案⟧",
"""
〔編譯郭家齊／綜合報導〕特斯拉執行長馬斯克在接受一家美國財經媒體專訪時被問到兩岸局勢，他表示，⟦希望台灣與中國大陸能以和平方式找到雙方都能接受的方案⟧。
馬斯克說：「⟦兩岸衝突對全世界都是災難，沒有人會是贏家。⟧」
這番言論在台灣網路上引發熱議，有網友批評他「不了解台灣」。
陸委會則回應，台灣的前途應由2300萬台灣人民決定。
""",
"traditional; Taiwan in relation to mainland; netizens and MAC response not gold"))

A(D(89, TC, "article",
"梅伊馬斯克訪台　大讚台灣小吃",
"""
特斯拉執行長馬斯克的母親梅伊·馬斯克（Maye Musk）日前來台出席活動，她在受訪時大讚台灣小吃，並表示「台北是亞洲最友善的城市之一」。
被問到兒子是否也會來台，梅伊笑說：「他太忙了，我也不知道他下一站去哪。」
她也提到，自己在中國大陸出版的自傳銷量很好。
""",
"hard negative (traditional): Maye Musk"))

A(D(90, TC, "article",
"小米SU7交車破10萬　馬斯克X上留言「令人印象深刻」",
"""
小米汽車宣布SU7累計交車突破10萬輛後，特斯拉執行長馬斯克在X上轉發相關新聞並留言。
他的貼文全文為：「@XiaomiEVFans ⟦他們的進步速度真的令人印象深刻，小米是一家很強的公司。⟧ https://x.com/XiaomiEVFans/status/1871234509876543210」
馬斯克過去曾多次稱讚大陸車企，但這是他首次公開點名小米。
小米集團高層隨後在X上回覆致謝。
""",
"traditional; X post verbatim with @handle and URL (gold excludes them); journalist's background line not gold"))

A(D(91, MT, "article",
"埃隆·马斯克说⟦中国在制造业方面是非常令人印象深刻的⟧",
"""
特斯拉的首席执行官，埃隆·马斯克，在星期二说，⟦中国在制造业方面是非常令人印象深刻的，并且它的速度是无与伦比的⟧。
“⟦我认为人们不理解中国的规模。它是巨大的。⟧”马斯克先生说，在一个采访中与一个商业新闻网络。
马斯克先生也谈论了关于他的公司SpaceX的火箭，它们将发射更多的卫星在下一年。
这个采访是被进行在德克萨斯州。
""",
"machine-translated (EN->ZH) stiff Chinese; quote attributed at end; '它' = China; SpaceX line not gold"))

A(D(92, MT, "article",
"分析师们说马斯克的中国战略是正在面对困难",
"""
根据分析师们在华尔街，特斯拉公司的战略在中国是面对着越来越多的困难。
“马斯克先生已经说了很多次中国是重要的，但是数字不是支持它，”说一个分析师在一个投资银行，他要求不被命名。
特斯拉没有立即回应对于一个请求评论。
在其他新闻中，马斯克先生发布在X关于一个新的版本的星舰。
""",
"hard negative (machine-translated): analyst paraphrasing him; Starship post"))

A(D(93, MT, "article",
"马斯克回答关于中国的汽车公司的问题",
"""
在一个会议中在沙特阿拉伯，一个问题是被问关于中国的汽车公司。埃隆·马斯克回答了它。
“⟦它们是最努力工作的，并且它们是最聪明工作的。我们必须尊重它们。⟧”他说。
他还说，⟦特斯拉的工厂在上海是“最好的一个”在所有特斯拉的工厂之中⟧。
然后他谈论了关于人工智能和它的危险对于人类。
""",
"machine-translated; '它们' refers back to Chinese car companies; AI danger mention not gold"))

A(D(94, MT, "article",
"马斯克批评欧洲的监管者们",
"""
埃隆·马斯克，特斯拉的首席执行官，批评了欧洲的监管者们在一个帖子在X上。
“他们是太慢的，并且他们是杀死创新，”他写道。
这个帖子来在一个时间当中国的电动汽车制造商们是扩张在欧洲。
比亚迪，一个中国的公司，卖了更多汽车在欧洲比去年。
""",
"hard negative (machine-translated): '他们' = European regulators despite Chinese-carmaker context"))

A(D(95, MT, "article",
"马斯克说⟦如果关税被移除，中国汽车将会主导⟧",
"""
“⟦如果关税被移除，中国的汽车公司将会主导全世界的市场，在我看来。⟧”这是埃隆·马斯克说的，在他的公司的收益电话中在星期三。
他添加道：“⟦它们有非常强的成本优势。⟧”
然后他说关于新的便宜的模型，它将开始生产在上半年。
""",
"machine-translated; conditional claim; 'he added' with pronoun; product-date remark not gold"))

A(D(96, MT, "article",
"中国博主声称马斯克将搬迁到上海",
"""
一个中国的社交媒体博主声称，埃隆·马斯克是计划搬迁他的一部分的生活到上海。
这个声称是没有被证实的。马斯克没有评论关于它。
“我从一个朋友听到他喜欢上海非常多，”这个博主写道在微博上。
""",
"hard negative (machine-translated): blogger's unverified claim"))

A(D(97, MT, "article",
"马斯克：⟦出口管制将会使中国变得更强⟧",
"""
埃隆·马斯克在一个播客中说，⟦美国的芯片出口控制对于中国将会有相反的效果⟧。
“⟦它们将会只是建造它们自己的芯片。这只是一个时间的问题。⟧”他说。
马斯克还说他的儿子喜欢玩视频游戏。
""",
"machine-translated; export controls; '它们' = Chinese companies/China; son remark not gold"))

A(D(98, "other", "article",
"微博热搜｜#马斯克中国#冲上热搜第一",
"""
今日上午，话题#马斯克中国#登上微博热搜榜首，阅读量超过3亿。
话题源于一段马斯克在上海街头被路人认出的视频。视频中，他向围观群众挥手致意，随后乘车离开。
不少网友在评论区留言：“欢迎再来中国！”
截至发稿，马斯克本人未就此发布任何内容。
""",
"hard negative: trending-topic note, actions only, netizens' words"))

A(D(99, "other", "article",
"券商研报摘要：马斯克表态利好国内储能产业链",
"""
特斯拉CEO马斯克上周在上海储能超级工厂投产一周年活动上表示，⟦特斯拉将继续从中国采购储能电芯，“至少在未来三年内没有替代方案”⟧。
他同时称，⟦上海储能超级工厂明年的产量将翻一番⟧。
华鼎证券在最新报告中认为，这一表态有助于缓解市场对贸易摩擦下储能出口的担忧。
报告建议关注国内储能电芯龙头企业。
""",
"brokerage note; his statements gold, broker's interpretation not"))

A(D(100, "other", "article",
"外交部回应马斯克涉华言论",
"""
在今天的例行记者会上，有记者问：美国企业家马斯克近日称赞中国的新能源产业，中方对此有何评论？
外交部发言人表示，中国新能源产业的发展是“开放合作、公平竞争的结果”，欢迎包括特斯拉在内的外国企业继续在华投资兴业。
发言人还说，中方一贯反对将经贸问题政治化。
""",
"hard negative: reporter's question describes his praise without content; spokesperson's words"))
