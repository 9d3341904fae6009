"""Traditional-character documents (Hong Kong and Taiwan outlets)."""

from lib import doc

DOCS = []
A = DOCS.append
G = "traditional_chinese"

# T1 中央社, Taiwan Strait
A(doc(G, "article",
"馬斯克：⟦兩岸若爆發衝突 全球晶片供應將受重創⟧",
"""
（中央社舊金山／台北21日綜合外電報導）美國電動車大廠特斯拉（Tesla）執行長馬斯克（Elon Musk）今天在舊金山一場科技論壇上表示，⟦一旦兩岸爆發衝突，全球晶片供應將受到「毀滅性」打擊⟧。
馬斯克說：「⟦如果中國對台灣採取軍事行動，從手機到汽車，幾乎所有產業都會停擺⟧。」
他也提到，特斯拉正在評估分散晶片採購來源，並稱在美國德州興建中的晶圓廠「進度不錯」。
經濟部官員今天回應表示，台灣半導體產業韌性高，政府持續與國際夥伴合作強化供應鏈安全。
""",
"Taiwan outlet (中央社); cross-Strait statements gold; US fab remark and ministry response not gold"))

# T2 自由時報, MAC official's words
A(doc(G, "article",
"陸委會：馬斯克在中國利益龐大 言論難免受影響",
"""
〔記者／台北報導〕針對特斯拉執行長馬斯克近來頻繁與中國官員會面，陸委會副主委今天在例行記者會上表示，馬斯克在中國有龐大的商業利益，其相關言論「難免受到中共的影響」。
副主委說，國人在看待外國企業家涉及兩岸的說法時，應留意其背後的商業考量。
他並指出，特斯拉上海工廠的產量約占其全球產量一半，「這樣的依賴程度，外界自然會有疑慮」。
對於陸委會的說法，特斯拉台灣分公司表示不予評論。
""",
"Taiwan official talks about Musk and 中共; his meetings are actions; no statement by him"))

# T3 明報, Hong Kong
A(doc(G, "article",
"馬斯克：⟦香港是連接內地與世界的重要橋樑⟧",
"""
【明報專訊】特斯拉行政總裁馬斯克昨日在社交平台X回覆一名本港網民有關大灣區發展的帖文時表示，⟦香港「是連接內地與世界的重要橋樑」⟧。
馬斯克其後再發帖稱：「⟦內地和香港的融合，會令大灣區成為全球最重要的製造業中心之一⟧。」
該名網民早前發帖指，大灣區內有大量電動車及電池供應商，深圳更被稱為「硬件矽谷」。
特斯拉目前在港設有多間門市及服務中心。
""",
"Hong Kong outlet; statements on Hong Kong and the mainland (內地) gold; netizen's post not his"))

# T4 香港01, Starship
A(doc(G, "article",
"星艦第十次試飛成功 馬斯克：下一步回收飛船",
"""
星艦（Starship）周二第十次試飛成功，SpaceX創辦人馬斯克隨後在X發文指，下一步將嘗試回收飛船本身，「這會是航天史上的里程碑」。
香港科學館當日早上亦安排直播，吸引不少學生到場觀看。一名中四學生表示：「馬斯克是我的偶像，希望將來也可以參與太空任務。」
另有在場的大學講師指出，國家航天局近年亦積極研發可重用火箭，「內地和美國的差距正在收窄」。
""",
"HK story; his claim headline is about Starship; a lecturer talks about the mainland's rockets"))

# T5 香港經濟日報, split quote
A(doc(G, "article",
"馬斯克：⟦內地價格戰殘酷 最終只有少數車企能存活⟧",
"""
【經濟日報】「⟦內地的價格戰非常殘酷⟧，」特斯拉行政總裁馬斯克周三在季度業績電話會議上說，「⟦但我相信最後只有少數幾家車企能夠生存下來⟧。」
他又指，⟦內地消費者對價格非常敏感，但對科技配置的要求亦很高⟧。
特斯拉第三季在內地的交付量按年下跌約百分之八，惟Model Y仍是內地最暢銷的電動SUV之一。
馬斯克在會上亦提到，Cybercab將於明年第二季投產，又稱人形機器人Optimus「最終會成為特斯拉最有價值的產品」。
""",
"quote split by the attribution (HK usage 內地); Cybercab and Optimus remarks not gold"))

# T6 聯合報, Chinese chairman recalls Musk
A(doc(G, "article",
"大陸車企董事長來台演講 憶馬斯克當年一句話",
"""
〔記者／台北報導〕大陸電動車品牌「極風汽車」董事長周文濤今天在台北一場產業論壇上發表演講，談到他與特斯拉執行長馬斯克的交往。
周文濤說，十年前他在加州第一次見到馬斯克，「他告訴我，電動車最終會取代所有燃油車，當時沒幾個人相信」。
他表示，馬斯克對大陸市場的判斷「一向很準」，並稱特斯拉進入上海產生了「鯰魚效應」，帶動整個大陸產業升級。
周文濤此行也拜訪了多家台灣零組件供應商。
""",
"a mainland chairman recalls Musk's words (not about China) and judges Musk's views in his own words; no statement"))

# T7 星島, long locative
A(doc(G, "article",
"馬斯克股東會答港股東提問",
"""
【星島日報報道】特斯拉行政總裁馬斯克昨晚在美國得州奧斯汀特斯拉總部舉行、長達三小時的年度股東大會上，回應一名來自香港的小股東提問時表示，⟦中國市場「永遠是特斯拉最重要的市場之一」⟧。
該名股東問及特斯拉會否因中美關係緊張而減少在內地的投資，馬斯克直言：「⟦完全不會，我們在上海的工廠是全球效率最高的⟧。」
馬斯克又在會上宣佈，特斯拉董事會已批准新一輪股份回購計劃。
股東大會其後以大比數通過多項議案。
""",
"long locative before 表示; headline only says he answered; buyback announcement not gold"))

# T8 自由時報, Maye Musk
A(doc(G, "article",
"馬斯克母親梅耶訪台 讚台灣小吃「世界第一」",
"""
〔記者／台北報導〕特斯拉執行長馬斯克的母親、現年77歲的模特兒梅耶·馬斯克（Maye Musk）今天抵台，出席一場保養品牌活動。
梅耶在記者會上說，她最愛台灣的牛肉麵和珍珠奶茶，「台灣小吃是世界第一」。
她也提到，自己在大陸有很多粉絲，「每次去上海都覺得很開心，那裡的年輕人很有活力」。
被問到兒子伊隆最近的動態時，梅耶笑說：「他太忙了，我也很少見到他。」
""",
"his mother Maye Musk talks about Taiwan and the mainland; not the watched speaker"))

# T9 科技新報, export controls
A(doc(G, "article",
"中國限制鎵鍺出口 馬斯克：⟦全球晶片業恐頭痛好一陣子⟧",
"""
中國商務部日前宣布進一步收緊鎵、鍺等關鍵礦產的出口管制，引發全球半導體業界關注。
特斯拉執行長馬斯克週四在X上回應一則相關新聞時寫道，⟦中國限制鎵、鍺出口「會讓全球晶片業頭痛好一陣子」⟧。
他接著說：「⟦這些材料大部分都在中國精煉，短期內很難找到替代來源⟧。」
不過，馬斯克當天多數貼文仍聚焦在SpaceX星艦的下一次試飛。
""",
"Chinese export controls; headline claim refers to the export limits named before the colon; 他接著說 continuation"))

# T10 中央社, US election vs 中共 analysis
A(doc(G, "article",
"馬斯克談美國期中選舉 學者：中共樂見美國內部分裂",
"""
（中央社華盛頓／台北綜合外電報導）特斯拉執行長馬斯克今天在X上連發多篇貼文談論美國期中選舉，呼籲選民「投票給支持削減政府開支的候選人」。
他也寫道，美國「正在被龐大的官僚體系拖垮」。
國立政治大學一名研究中共政治的學者受訪時指出，美國政治極化加劇，「中共當然樂見美國內部分裂」，並認為北京會藉此在國際宣傳上大做文章。
這名學者也說，馬斯克在中國有龐大商業利益，他的政治影響力「值得台灣持續關注」。
""",
"his statements are about US politics; the scholar talks about 中共 and about Musk"))

# T11 HK podcast, labelled
A(doc(G, "label",
"《科技夜話》第45集｜馬斯克專訪（中文翻譯）",
"""
主持：歡迎收聽《科技夜話》。今集我們很榮幸邀請到馬斯克。你好，伊隆。
馬斯克：你好，很高興參與。
主持：很多香港聽眾想知道，你怎樣看內地的電池產業？
馬斯克：⟦內地的電池供應鏈是全世界最完整的，從礦產到電芯都有⟧。⟦坦白說，這是其他國家短期內追不上的⟧。
主持：那你下一個最想造的產品是甚麼？
馬斯克：一部可以在火星上行駛的車。
主持：最後一條問題，你覺得人工智能會取代記者嗎？
馬斯克：有一部分會。但好的記者永遠有價值。
""",
"traditional labelled transcript; 這 in the second sentence refers to the mainland supply chain; other answers not gold"))

# T12 HK 經濟日報, China EV stocks vs his FSD post
A(doc(G, "article",
"馬斯克預告FSD新版本 理想小鵬股價齊跌",
"""
【經濟日報】特斯拉行政總裁馬斯克周一在X發文，預告完全自動駕駛（FSD）第14版將於下月推出，並形容新版本「會是一次巨大的飛躍」。
消息公布後，在港上市的內地電動車股普遍受壓，小鵬汽車及理想汽車股價分別下跌約百分之五及百分之三。
有分析師指，市場擔心特斯拉FSD一旦獲准在內地全面推出，將對本地品牌的智能駕駛業務構成壓力。
特斯拉至今未公布FSD在內地推出的時間表。
""",
"story about mainland EV stocks; his post is about an FSD release date; analyst's China view not his"))

# T13 中央社, old remark recalled
A(doc(G, "article",
"外交部長批馬斯克「特別行政區」說 舊話重提引熱議",
"""
（中央社記者台北報導）外交部長今天在立法院接受質詢時，再度批評特斯拉執行長馬斯克過去的涉台言論，強調「台灣不是任何人可以拿來交易的對象」。
馬斯克2022年10月接受英國「金融時報」專訪時曾建議，⟦可以為台灣設計一個類似「特別行政區」的安排，讓兩岸緊張局勢降溫⟧。
他當時表示，⟦這樣的安排「或許能讓各方都接受」⟧。
馬斯克今天則在X上發文談論人工智能的監管問題，未回應外交部長的批評。
""",
"old remark recalled (gold); minister's criticism not his; today's AI post not gold"))

# T14 風傳媒 opinion, framing only
A(doc(G, "article",
"風評：馬斯克與中共的危險共舞",
"""
馬斯克與中國的關係，一直是國際輿論關注的焦點。
特斯拉上海超級工廠是他在海外最重要的生產基地，他本人多次訪問北京，與中共高層會面，近年更被視為少數能在美中兩邊都說得上話的企業家。
然而，在美中科技戰愈演愈烈之際，這種兩面逢源的策略還能維持多久，恐怕連他自己也沒有把握。
對台灣而言，更值得警惕的是，一位掌握全球最大低軌衛星網路的企業家，其商業利益與北京高度綁定。
台灣在思考衛星通訊的韌性時，不能把雞蛋放在同一個籃子裡。
""",
"framing headline over pure commentary about his ties to China; no statement by him"))

# T15 X roundup in traditional characters
A(doc(G, "article",
"馬斯克X貼文整理：大陸供應鏈、星鏈與Grok",
"""
本週特斯拉執行長馬斯克在社群平台X上的發文重點如下：
週一，他轉發一段大陸電動車零件工廠的影片並寫道：「⟦大陸的電動車零件供應鏈無人能及⟧。」
週二，網友@TechInsiderTW貼出比亞迪深圳工廠的照片，馬斯克回覆：「@TechInsiderTW ⟦他們的工廠自動化程度比大多數美國工廠都高⟧ https://x.com/elonmusk/status/1923456789012345678」
週三，他宣布星鏈用戶數突破六百萬。
週五，他稱xAI的Grok下一版本將在年底前推出。
""",
"traditional roundup; verbatim reply with @handle and URL, 他們 = BYD; Starlink and Grok posts not gold"))

# T16 信報, Shanghai plant vs Cybercab date
A(doc(G, "article",
"上海超級工廠傳減產 特斯拉回應：生產正常",
"""
【信報】有內地媒體報道，特斯拉上海超級工廠本月起將部分產線改為每周五天生產。特斯拉中國其後回應指，工廠「生產經營一切正常」，排產調整屬正常安排。
同日，特斯拉行政總裁馬斯克在X發文，表示無人駕駛的士Cybercab將於明年四月開始量產，但未有提及上海工廠。
有業界人士估計，上海工廠今年產量或較去年減少約一成。
""",
"Shanghai plant story; the reply is Tesla China's; his post is about a product date"))

# T17 他們 = Japanese carmakers
A(doc(G, "article",
"馬斯克嘲日本車廠押錯寶 大陸車企加速出海",
"""
〔記者／綜合報導〕特斯拉執行長馬斯克週二在一場線上活動中談到傳統車廠的轉型，他說，以豐田為首的日本車廠「押錯了寶」。
「他們太晚才轉向純電，到現在還在押注氫能。」馬斯克說。
另一方面，大陸車企正加速出海。根據統計，今年前八個月大陸汽車出口量年增超過兩成，比亞迪在泰國、巴西的工廠陸續投產。
業界人士分析，日系車在東南亞的市佔率正快速被大陸品牌侵蝕。
""",
"他們 refers to Japanese carmakers; the mainland carmakers appear only in the reporter's paragraphs"))
