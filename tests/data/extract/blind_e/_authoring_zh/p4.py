from lib import D, L, V

D(71, "traditional_chinese", "article",
  "馬斯克：⟦中國電動車企業全球最具競爭力⟧",
  "【明報專訊】美國電動車巨頭特斯拉行政總裁馬斯克（Elon Musk）昨日在社交平台X發帖，罕有地大讚中國同業。\n\n馬斯克寫道：「⟦中國的電動車企業是全世界最具競爭力的，而且他們的進步速度還在加快⟧。」他又指，⟦特斯拉上海超級工廠是集團「最重要的出口基地」⟧。\n\n帖文發出後數小時內，比亞迪H股在港股午市一度升逾3%。有本港基金經理向本報表示，馬斯克的言論「說出了市場早已知道的事實」。\n\n特斯拉今年首季在內地的交付量按年下跌約一成。",
  "Hong Kong outlet in traditional characters (行政總裁, 內地); fund manager's comment not gold")

D(72, "traditional_chinese", "article",
  "台電池新創創辦人：曾向馬斯克推銷固態電池",
  "〔記者陳怡君／台北報導〕國內一家固態電池新創公司創辦人今天在記者會上表示，他去年在美國德州曾當面向特斯拉執行長馬斯克簡報固態電池技術，並告訴馬斯克「台灣的電池技術不輸給中國」。\n\n這名創辦人說，馬斯克當時「聽得很專心，也問了不少問題」，但雙方目前沒有任何正式合作。\n\n特斯拉台灣分公司對此表示不予置評。業界人士指出，中國電池大廠寧德時代、比亞迪在全球動力電池市場的市占率合計超過五成，台灣業者想要切入特斯拉供應鏈，仍有相當難度。",
  "Taiwan dateline; founder says he told Musk something about China; not Musk's words")

D(73, "traditional_chinese", "article",
  "馬斯克談兩岸 陸委會：台灣不是商品",
  "（中央社記者李佳穎台北12日電）美國電動車大廠特斯拉執行長馬斯克日前接受美國媒體專訪時談及兩岸關係。他表示，⟦中共「遲早會對台灣採取某種行動」，而這將對全球科技供應鏈造成巨大衝擊⟧。\n\n馬斯克並說：「⟦我的猜測是，北京對台灣的政策不會改變，這只是時間問題⟧。」\n\n對此，陸委會副主委今天在例行記者會上回應說，台灣是主權國家，「台灣不是商品，也不是任何企業家可以拿來評論買賣的對象」。\n\n馬斯克過去也曾多次發表與台灣有關的言論，引發爭議。",
  "Taiwan CNA dateline; Taiwan in relation to 中共/北京 (gold); MAC response not gold; headline two parts, his part only describes")

D(74, "traditional_chinese", "article",
  "特斯拉大陸銷量回溫 馬斯克傳下月再訪陸",
  "【經濟日報／編譯劉純佑／綜合外電】特斯拉上月在中國大陸的批發銷量年增約8%，為連續三個月下滑後首度回升。據路透引述知情人士報導，執行長馬斯克計劃下月再度訪問大陸，可能與官員討論完全自動輔助駕駛（FSD）在大陸上路的相關事宜。\n\n分析師指出，大陸電動車市場價格戰持續，特斯拉近期推出五年零利率購車方案，對銷量有一定拉抬作用。\n\n馬斯克上週在X上發文稱，星艦將於本月底再次試飛，並表示「這次我們會嘗試用機械臂回收助推器」。特斯拉股價週五收漲2.1%。",
  "traditional: planned visit (action) and analysts; his only statement is about Starship")

D(75, "traditional_chinese", "article",
  "馬斯克再讚內地車企 比亞迪股價應聲升",
  "特斯拉行政總裁馬斯克周三在一個網上直播節目中，再次談及內地電動車企業。\n\n被主持人問到比亞迪、小米等內地車企時，馬斯克說：「⟦坦白講，他們比任何人都要拚⟧。⟦他們的工程師週末都在公司，我們應該學習他們的供應鏈⟧。」\n\n消息傳出後，比亞迪股份（01211）股價周四早段曾升4.2%，小米集團（01810）亦升約2%。\n\n馬斯克在同一節目中亦表示，特斯拉的Optimus機械人將於明年開始對外銷售。",
  "traditional HK; '他們' refers to mainland carmakers named in the question; Optimus remark not gold")

D(76, "traditional_chinese", "article",
  "馬斯克再談中國 網友兩極",
  "特斯拉執行長馬斯克日前在社群平台X的直播中再度談到中國，相關片段被剪輯後在台灣、中國大陸的社群平台上大量流傳，引發兩極討論。\n\n有台灣網友留言批評他「為了生意討好中共」，也有大陸網友稱讚他「懂中國」。一名政大外交系教授受訪時說：「企業家的言論必然受商業利益影響，讀者不必過度解讀。」\n\n由於原始直播長達三小時，且多數片段經過剪輯，本報無法完整核實其發言內容。",
  "framing headline '再談中國' over a body that never states what he said")

D(77, "traditional_chinese", "article",
  "馬斯克與中國：愛恨交織的十年",
  "【天下雜誌】從2014年首次以特斯拉執行長身分訪問北京，到2019年上海超級工廠動工，再到2024年閃電訪陸，馬斯克與中國的關係，十年間幾經起伏。\n\n2014年，特斯拉在中國的首批交車因充電設施不足而屢遭車主抱怨。2021年上海車展，又有車主爬上特斯拉展車車頂維權，特斯拉隨後遭官媒點名批評。\n\n然而，馬斯克對中國的公開表態始終如一。2022年他在一次公開訪談中說：「⟦我對中國的未來非常樂觀，中國人民非常聰明、非常勤奮⟧。」\n\n特斯拉在上海的成功，也讓他成為美國政壇攻擊的對象。被問到自己的政治立場時，他則說：「我不是任何一個政黨的人。」\n\n十年過去，這段關係仍然充滿變數。",
  "framing headline over a feature with one plain quote (gold); his politics quote not gold")

D(78, "traditional_chinese", "article",
  "馬斯克：⟦香港仍是連接內地與世界的重要窗口⟧",
  "【星島日報報道】特斯拉行政總裁馬斯克昨日在X平台回覆一名網民有關香港金融中心地位的帖文時表示，⟦香港「仍然是連接中國內地與世界的重要窗口」⟧。\n\n該網民在帖文中聲稱香港「已經不再重要」，並標註了馬斯克的帳號@elonmusk。馬斯克回覆：「⟦並非如此。很多中國企業仍然選擇在香港上市，這說明了一切⟧。」\n\n特區政府發言人其後回應表示，歡迎各界客觀認識香港的優勢。",
  "Hong Kong in relation to China; netizen's claim and government spokesman not gold")

D(79, "traditional_chinese", "article",
  "有「中國馬斯克」之稱 何建航：十年內造出火星飛船",
  "被內地媒體稱為「中國馬斯克」的民營火箭公司創辦人何建航昨日表示，公司計劃十年內造出可載人往返火星的飛船。「我們的目標不是追趕SpaceX，而是超越。」他說。\n\n何建航又指，中國擁有全球最完整的航天供應鏈，火箭發動機成本只有美國同類產品的三分之一。\n\n對於外界將他與SpaceX創辦人馬斯克相提並論，何建航笑言：「我還差得遠。」",
  "a Chinese entrepreneur nicknamed 'China's Musk' speaks; the watched speaker says nothing")

D(80, "traditional_chinese", "article",
  "馬斯克讚大陸供應鏈 稱「⟦十年內無人能及⟧」",
  "（綜合報導）特斯拉執行長馬斯克週二晚間在美國加州帕羅奧圖特斯拉工程總部舉行、並同步於X平台直播的一場投資人活動上，回答分析師關於供應鏈佈局的提問時表示，⟦中國大陸的供應鏈「在十年內都無人能及」，其他國家很難複製⟧。\n\n他補充說：「⟦從鋰礦加工到電池正極材料，大陸掌握了全球絕大部分產能，這是現實⟧。」\n\n馬斯克也在活動上宣布，特斯拉下一代平價車款將於明年上半年投產，但未透露售價。",
  "subject and verb far apart (long time/place/occasion phrase); two-verb headline; product date not gold")

D(81, "traditional_chinese", "article",
  "特斯拉上海廠第300萬輛車下線",
  "特斯拉上海超級工廠週一迎來第300萬輛整車下線，距離第200萬輛下線僅約13個月。特斯拉中國在微博上發文慶祝，並稱上海工廠「持續刷新全球最快紀錄」。\n\n執行長馬斯克當天在X上轉發了特斯拉中國的相關貼文，但未加評論。他當天發的其他貼文則多與人形機器人Optimus及SpaceX有關，其中一則寫道：「Optimus今年將學會更多技能。」\n\n業界估計，上海工廠今年產量可望突破95萬輛。",
  "China-centred article; his repost is an action, his words are about Optimus; Tesla China's words not his")

D(82, "traditional_chinese", "article",
  "回顧｜馬斯克歷年兩岸言論",
  "【自由時報／整理】特斯拉執行長馬斯克近年多次就兩岸議題發言，每次都在台灣引發強烈反彈。以下整理其主要言論。\n\n2022年10月，馬斯克接受英國《金融時報》訪問時提出，⟦可為台灣設計一個「相當寬鬆」的特別行政區方案⟧，此言引發台灣朝野一致批評。\n\n2023年9月，他在一場科技峰會上表示，⟦從北京的角度來看，台灣是中國不可分割的一部分⟧，並把兩岸關係比作美國與夏威夷。\n\n對此，我國外交部在X上回應：「台灣不是中華人民共和國的一部分，也絕對不是用來出售的。」\n\n2024年，馬斯克在X上回覆網友時寫道：「⟦我從未說過台灣應該交給北京，那是對我言論的扭曲⟧。」",
  "recalled statements from past years (gold); denial in his own words (gold); Taiwan MOFA response not gold")

D(83, "machine_translated", "article",
  "马斯克说⟦中国是非常的令人印象深刻在制造业⟧",
  "特斯拉首席执行官埃隆·马斯克，这位亿万富翁，在星期二说⟦中国是“非常的令人印象深刻”在制造业方面，并且他们能够建造工厂以一个速度那是没有其他国家能够匹配的⟧。\n\n“⟦我认为中国的制造业是世界上最好的⟧，”马斯克说在一个采访与彭博电视。“⟦他们有很多的工程师，并且他们工作非常努力⟧。”\n\n马斯克也说那特斯拉的下一个车型将被揭示在今年晚些时候。他没有给出更多的细节。",
  "stiff machine translation from English; product-date remark not gold")

D(84, "machine_translated", "article",
  "分析师们说特斯拉的中国依赖是一个风险",
  "根据一份报告由摩根士丹利在星期一，分析师们说那特斯拉的依赖在中国为它的供应链是“一个显著的风险”。\n\n“埃隆·马斯克已经放了非常多的鸡蛋在一个篮子里，”说一位分析师，谁要求不被命名因为他不被授权去公开地讲话。\n\n特斯拉没有立即回应对于一个请求为评论。马斯克曾经访问了上海在去年四月，并且会见了那城市的官员们。",
  "machine-translated; analysts' words about Musk; his visit is an action")

D(85, "machine_translated", "article",
  "马斯克：⟦中国将保持关键市场⟧",
  "埃隆·马斯克说在星期四那⟦世界第二大经济体将会继续成为特斯拉的关键市场为许多年⟧。\n\n“⟦我们是非常承诺对于中国⟧，”他说。他补充说那⟦特斯拉的上海工厂是“一个宝石”⟧。\n\n马斯克，谁也经营SpaceX和X，也说关于火箭：“星舰将去到火星在2026年。”",
  "machine-translated; China as 'world's second-largest economy'; '他补充说那' continuation; rocket remark not gold; headline '马斯克：...' carries claim")

D(86, "machine_translated", "article",
  "埃隆·麝香访问北京，会见官员们",
  "特斯拉首席执行官埃隆·麝香访问了北京在星期日，根据人们熟悉与此事。麝香先生会见了高级官员们并且讨论了数据安全，人们说。\n\n中国的商务部说在一个声明那它“欢迎外国公司包括特斯拉去深化合作”。\n\n特斯拉的股票上升了超过15%在星期一的交易中。",
  "machine translation renders Musk as 麝香 (literal); only actions and ministry statement")

D(87, "machine_translated", "article",
  "马斯克：⟦中国正在移动非常快⟧",
  "在一个播客情节发布在星期五，马斯克说那⟦他相信中国将会“赢得”电动汽车的竞赛除非西方改变它的方法⟧。\n\n“⟦他们是正在移动非常快⟧，”他说，在指向中国的汽车制造商们。“⟦你不能赢他们通过关税，你只能赢他们通过更好的产品⟧。”\n\n他也说他是“非常忙”并且他睡觉大约六个小时一个夜晚。",
  "machine translation; pronoun '他们' = Chinese carmakers; sleep remark not gold; headline carries claim")

D(88, "machine_translated", "article",
  "金巴尔·马斯克说中国是一个惊人的地方为食物",
  "金巴尔·马斯克，特斯拉董事会成员和兄弟的埃隆，说在一个采访那中国是“一个惊人的地方为食物”，并且他计划去访问成都再一次在明年。\n\n“中国的农业技术是非常先进的，”他说。\n\n金巴尔·马斯克经营一个餐厅连锁在美国。",
  "machine translation; brother Kimbal Musk speaking about China")

D(89, "short_summary", "article",
  "马斯克谈人形机器人市场",
  "特斯拉CEO马斯克周二表示，⟦中国将在2030年前成为全球最大的人形机器人市场⟧。",
  "one-sentence RSS summary with reported claim; headline only describes")

D(90, "short_summary", "article",
  "马斯克抵京",
  "马斯克周日抵达北京，此行正值北京车展举行期间。",
  "one-sentence summary of an action")

D(91, "short_summary", "article",
  "马斯克：电力将成AI最大瓶颈",
  "“⟦中国的电力基础设施建设速度令人震惊⟧，”马斯克在周四的一档播客中说，他同时透露星舰下一次试飞将在六周内进行。",
  "quote then attribution; Starship clause not gold; headline claim is not about China")

D(92, "short_summary", "article",
  "分析师：马斯克低估比亚迪",
  "分析师称马斯克低估了比亚迪在欧洲的扩张速度。",
  "analysts' claim about Musk")

D(93, "short_summary", "article",
  "马斯克首评小米汽车",
  "马斯克在X上写道，⟦小米SU7是“一款令人印象深刻的车”⟧，这是他首次公开评价小米汽车。",
  "named Chinese company; nested quote in reported clause")

D(94, "short_summary", "article",
  "马斯克会见宁德时代董事长",
  "马斯克与宁德时代董事长在上海会面，双方讨论了电池供应合作。",
  "meeting (action) only")

D(95, "short_summary", "article",
  "马斯克：⟦特斯拉绝不会退出中国市场⟧",
  "马斯克周三表示，⟦特斯拉“绝不会”退出中国市场⟧，并称⟦上海工厂将继续扩产⟧。",
  "two claims in one sentence; headline also carries claim",
  )

D(96, "short_summary", "article",
  "",
  "马斯克发帖谈中国电池价格，引发电池股盘中异动。",
  "summary describing that he posted, without his claim")

D(97, "other", "article",
  "马斯克这五句话，句句说中中国制造",
  "来源：汽车公众号“车圈老炮儿”\n\n1.“⟦中国的工厂就是未来的样子⟧。”——2023年参观上海工厂时\n\n2.“⟦中国车企是全世界最具竞争力的汽车公司⟧。”——2024年1月财报电话会\n\n3.“失败是一个选项。如果你没有失败，说明你的创新还不够。”——这句话和中国无关，但小编实在太喜欢了\n\n4.“⟦如果你想知道电动车的未来是什么样子，去深圳看看⟧。”——2024年接受采访时\n\n5.“⟦中国的供应链是任何国家都无法复制的，至少十年内不行⟧。”——2024年某论坛视频连线\n\n你最认同哪一句？欢迎在评论区留言。",
  "WeChat listicle; attribution only via headline and source notes; item 3 not about China")

D(98, "other", "article",
  "特斯拉中国发布声明：退出中国市场传闻不实",
  "特斯拉中国今日通过官方微博发布声明称：“近期网络上出现有关特斯拉将退出中国市场的不实传言，特斯拉中国对此予以坚决否认。特斯拉将继续深耕中国市场，上海超级工厂生产经营一切正常。”声明还表示，公司保留追究造谣者法律责任的权利。\n\n此前，有自媒体账号发布文章，称“马斯克已决定逐步撤出中国”，该文章已被平台删除。",
  "company statement (Tesla China), not Musk; rumour about his decision not his words")

D(99, "other", "article",
  "书摘｜马斯克传记中文版：上海工厂的诞生",
  "……2018年夏天，马斯克对上海项目的进展越来越不耐烦。在一次深夜的电话会议后，他对我说：“⟦中国是唯一一个能让我们在一年之内建成一座工厂的地方⟧。”\n\n他的团队最终只用了168天就完成了工厂主体建设。马斯克本人后来回忆说，⟦在中国，人们会为了一个目标连续几个月不休息⟧。\n\n那一年，他几乎每天只睡四五个小时，他说：“那是我人生中最痛苦的一年。”\n\n（本文节选自即将出版的马斯克传记中文版，有删节，标题为编者所加）",
  "book excerpt: biographer reports Musk's words (gold); his remark about his own pain not gold")

D(100, "other", "article",
  "辟谣｜马斯克说过“中国将统治世界”？查无实据",
  "近日，一张配有马斯克照片、写着“马斯克：中国将在十年内统治世界”的图片在微信群和短视频平台广泛流传。\n\n经本台核实，在马斯克公开的采访、演讲及X平台发言中，均未找到这一表述。该图片最早出现在某短视频账号，发布者未标注任何出处。\n\n事实核查机构提醒，近年来冒用马斯克名义编造言论的情况屡见不鲜，网友在转发前应注意核实来源。",
  "fact-check of a fabricated quote; not his statement")
