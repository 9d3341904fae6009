from common import D

DOCS = []
A = DOCS.append
T = "traditional_chinese"

A(D(24, T,
    title="馬斯克：⟦大陸電動車業將淘汰大部分車廠⟧",
    text="""【明報專訊】特斯拉行政總裁馬斯克（Elon Musk）前日在美國加州帕洛阿圖的特斯拉工程總部，出席一場由摩根士丹利主辦、以閉門形式進行的投資者座談會時指出，⟦大陸電動車行業正處於激烈整合期，未來三至五年內大部分車廠將被淘汰，最終可能只剩下五至六家⟧。他又稱，⟦比亞迪和吉利「肯定會是倖存者」⟧。

馬斯克同時透露，特斯拉將於下季推出更平價的Model Y版本，售價料低於3萬美元。

有與會基金經理向本報表示，馬斯克對內地市場的判斷「比過往審慎」，但對特斯拉在華業務仍然樂觀。""",
    hard="traditional (HK); very long locative clause between 馬斯克 and 指出; 他又稱 continuation; product/price remark not gold; fund manager not gold"))

A(D(25, T,
    title="馬斯克談台灣 稱⟦兩岸問題「終究需要和平解決」⟧",
    text="""〔即時新聞／綜合報導〕特斯拉執行長馬斯克日前接受美國財經媒體專訪，被問及台海局勢時表示，⟦兩岸問題終究需要和平解決，任何衝突對全球經濟都會是一場災難⟧。

馬斯克並稱讚台積電是「真正了不起的公司」，透露特斯拉下一代AI晶片將由台積電與三星共同代工。

馬斯克過去曾因稱「⟦台灣是中國不可分割的一部分⟧」，引發台灣輿論強烈反彈。對此，陸委會今天回應，台灣的前途應由2300萬台灣人民決定，呼籲國際人士「尊重台灣人民的意志」。""",
    hard="traditional (TW); Taiwan in relation to China (cross-strait) is gold; TSMC praise (Taiwan not in relation to China) not gold; recalled old quote gold; 陸委會 response not gold"))

A(D(26, T,
    title="馬斯克再談中國電動車 學者：過度樂觀",
    text="""【聯合報】特斯拉執行長馬斯克近日再度在社群平台談及中國電動車產業，在網路上引發熱議。

台灣經濟研究院研究員李志強受訪時表示，馬斯克對中國電動車的評價「過度樂觀」，大陸車廠的價格戰其實已嚴重侵蝕利潤，不少二線品牌正面臨倒閉危機。另一位投信分析師則認為，馬斯克之所以頻頻稱讚大陸，是因為特斯拉有將近一半的產能位於上海，「他有不得不說好話的理由」。""",
    hard="traditional; framing headline (再談中國電動車) without his claim; analysts paraphrase him critically; no gold"))

A(D(27, T,
    title="特斯拉執行長：⟦上海廠出口將創新高⟧",
    text="""【經濟日報】特斯拉執行長馬斯克昨（22）日在財報電話會議結束後接受媒體聯訪。

「⟦今年上海工廠的出口量會創下歷史新高⟧，」馬斯克說，「⟦歐洲和亞太的訂單大部分都由上海供應⟧。」

他補充說，⟦大陸供應鏈的成本優勢「短期內無人能及」⟧。不過馬斯克也坦承，德國柏林廠的產能利用率仍不理想，「我們還有很多工作要做」。""",
    hard="traditional; quote split by 馬斯克說; 他補充說 continuation; headline uses title not name; Berlin remark not gold"))

A(D(28, T,
    title="梅耶·馬斯克訪港 大讚香港人「好有活力」",
    text="""【香港01】國際名模、特斯拉行政總裁馬斯克的母親梅耶·馬斯克（Maye Musk）昨日抵港，出席一個護膚品牌的活動。

她在活動上表示，香港是她最喜歡的亞洲城市之一，「香港人好有活力，食物亦非常美味」。她又指，內地粉絲對她的自傳反應熱烈，令她十分感動。

被問到兒子會否來港，梅耶笑言：「他太忙了，連我的生日都差點忘記。」梅耶其後將轉往上海及北京。""",
    hard="traditional; namesake Maye Musk on Hong Kong and mainland fans; no gold"))

A(D(29, T,
    title="馬斯克：⟦大陸監管機構「很務實」⟧",
    text="""（中央社記者林宏翰舊金山24日專電）特斯拉執行長馬斯克今天在社群平台X的直播中表示，⟦大陸監管機構「很務實」，與他們溝通「比跟華府打交道容易得多」⟧。

他預測，⟦特斯拉的全自動輔助駕駛（FSD）有望在今年內獲准於中國大陸全面上路⟧。馬斯克也批評美國國家公路交通安全管理局（NHTSA）「官僚作風嚴重」，調查拖延太久。

分析人士指出，中共近年對外資車企採取相對開放的態度，但數據安全仍是北京的紅線。""",
    hard="traditional (TW, 大陸/中共); 他們 = 大陸監管機構; 預測; NHTSA criticism not gold; analyst not gold"))

A(D(30, T,
    title="特斯拉季績遜預期 內地銷量跌兩成",
    text="""【信報】特斯拉公布第三季業績，收入按年下跌5%，遜市場預期。其中內地市場銷量按年下跌兩成，為連續第三季下滑，主要受比亞迪及小米等本土品牌夾擊。

行政總裁馬斯克在業績電話會議上表示，新一代Roadster將於明年首季亮相，又指Cybercab生產線「進展順利」。他強調「未來屬於自動駕駛」，但未有回應分析員有關內地市場的提問。

特斯拉股價盤後下跌4%。""",
    hard="traditional; China-sales story but all his remarks are product/autonomy; he skipped the China question; no gold"))

A(D(31, T,
    title="馬斯克：⟦香港仍是連接內地與世界的橋樑⟧",
    text="""【星島日報報道】特斯拉行政總裁馬斯克昨晚透過視像，出席在灣仔會展中心舉行的金融科技論壇。

被主持人問及香港的角色時，馬斯克認為，⟦香港仍然是連接中國內地與世界的重要橋樑，「這一點沒有改變」⟧。他又坦言，特斯拉在香港的銷量雖然不大，但香港車主是「全世界最挑剔的」，對車輛品質要求極高。

財經事務及庫務局局長其後在論壇致辭時表示，香港將繼續發揮「超級聯繫人」的角色。""",
    hard="traditional; Hong Kong in relation to the mainland is gold; remark on HK car buyers (HK not in relation to China) not gold; official not gold"))

A(D(32, T,
    title="郭台銘：我曾告訴馬斯克 大陸供應鏈無可取代",
    text="""【鏡週刊】鴻海創辦人郭台銘昨日出席一場產業論壇時透露，他多年前曾在加州與特斯拉執行長馬斯克密談數小時。「我當時就告訴他，大陸的供應鏈是無可取代的，你去上海設廠一定會成功。」郭台銘說，馬斯克當時「聽得很認真，還做了筆記」。

郭台銘並表示，鴻海的電動車平台未來將優先布局美國與中東市場。""",
    hard="traditional; third party says he once told Musk something about China; not gold"))

A(D(33, T,
    title="馬斯克的AI焦慮：從DeepSeek到晶片禁令",
    text="""【天下雜誌】特斯拉與xAI的掌門人馬斯克，最近在一場長達三小時的播客訪談中，罕見地花了將近半小時談論中國。

他直言，⟦DeepSeek的出現證明中國在AI演算法上「已經追上來了」⟧。「⟦他們用的晶片比我們少得多，成果卻一點也不差。這應該讓矽谷感到緊張⟧，」馬斯克說。

談到美國對中國的晶片出口管制，他認為，⟦禁令短期內有效，但長期只會逼迫中國加快自主研發⟧。

不過，馬斯克在訪談中也談到許多與中國無關的話題。他說，xAI位於孟菲斯的超級電腦Colossus將擴充到一百萬顆GPU，並預言AI在2030年前將比全人類加起來更聰明。他也提到自己每天只睡六小時，「這不健康，但我沒有選擇」。

台灣半導體業者對這番話反應不一。一位IC設計公司高層受訪時表示，馬斯克「說對了一半」，大陸的先進製程仍落後至少兩個世代。輝達執行長黃仁勳日前也曾表示，全球一半的AI研究人員是華人。

馬斯克在訪談尾聲補充：「⟦我並不認為中國是敵人，我們應該在AI安全上與北京合作⟧。」""",
    hard="traditional long feature; 他們 refers to DeepSeek/China; export controls; non-China remarks (Colossus, AI 2030, sleep) not gold; 黃仁勳 and industry exec not gold"))

A(D(34, T,
    title="大陸儲能廠搶攻中東 台廠如何應戰？",
    text="""【商業周刊】正如馬斯克在去年特斯拉股東會上所說：「⟦中國的儲能電池成本，已經低到其他國家很難競爭的程度⟧。」這句話如今在中東市場得到驗證。

今年以來，寧德時代、比亞迪、陽光電源接連拿下沙烏地阿拉伯與阿聯的大型儲能標案，單筆合約動輒數十億元人民幣。相較之下，台灣儲能業者多半仍停留在系統整合階段。

台達電一位主管受訪時表示，台廠必須走差異化路線，「拚價格我們拚不過大陸」。""",
    hard="traditional; 正如馬斯克所說 in narrative voice: gold (batch rule); headline without his claim"))

A(D(35, T,
    title="馬斯克談TikTok禁令",
    text="""【工商時報】特斯拉執行長馬斯克昨日在X上發文談及美國的TikTok禁令。他寫道：「⟦封殺TikTok並不能解決與中國的競爭問題，美國應該做出比字節跳動更好的產品⟧。」

他其後在回覆網友時補充，⟦字節跳動的推薦演算法「確實是世界一流的」⟧。馬斯克並稱，X平台本月的日活躍用戶創下新高。

美國國會去年通過法案，要求字節跳動出售TikTok美國業務，否則將面臨禁令。""",
    hard="traditional; TikTok/ByteDance statements tied to China gold; headline describes topic without claim; X user-number claim not gold"))

A(D(36, T,
    title="X平台全球大當機 馬斯克：遭大規模網絡攻擊",
    text="""【on.cc東網專訊】社交平台X昨晚出現全球大規模故障，數以萬計用戶無法登入或刷新內容。

平台擁有人馬斯克其後在X發文稱，平台「遭到大規模網絡攻擊」，攻擊者「資源龐大，可能是一個大集團或一個國家」。有網民在留言區猜測攻擊來自中國大陸，但馬斯克未有回應。

X平台在內地一直被封鎖，內地用戶需使用VPN才能登入。""",
    hard="traditional; netizens speculate China but his statement names no country; headline claim not about China; no gold"))

A(D(37, T,
    title="大陸車廠殺進歐洲 馬斯克：⟦我們要向他們學習⟧",
    text="""【風傳媒】大陸車廠在歐洲市場攻城掠地，比亞迪上月在德國的銷量首度超越特斯拉。

特斯拉執行長馬斯克週三在柏林超級工廠的員工大會上被問到這個現象，他說：「⟦坦白說，他們比任何人都努力，我們要向他們學習，而不是抱怨⟧。」

馬斯克也在會上宣布，柏林廠明年將新增一條Model Y生產線，並招聘約1500名員工。""",
    hard="traditional; pronoun 他們 refers back to 大陸車廠 (gold, also in headline); Berlin announcement not gold"))

A(D(38, T,
    title="馬斯克與北京：一段各取所需的關係",
    text="""【端傳媒】從2019年上海超級工廠動工算起，馬斯克與北京的關係已走過六個年頭。在外界眼中，這位億萬富豪一直善於與中南海打交道：上海工廠從簽約到投產不到一年，特斯拉成為首家在大陸獨資設廠的外國車企。

但這段關係從來不是單向的。北京需要特斯拉來刺激本土電動車產業的「鯰魚效應」，馬斯克則需要大陸的供應鏈與市場。如今，這條鯰魚已被本土車廠團團圍住。

值得注意的是，過去一年馬斯克幾乎不再公開談論中國，而是把注意力轉向美國政治與AI。一位長期追蹤特斯拉的分析師形容，他對北京的沉默「本身就是一種表態」。""",
    hard="traditional; framing headline; journalist's analysis of his relationship with Beijing; no statement; no gold"))

# aggregator headlines
G = "aggregator_headline"
A(D(39, G, title="马斯克称⟦中国拥有电力优势⟧ - 路透中文网",
    text="特斯拉首席执行官马斯克周四表示，⟦世界第二大经济体的电力供应能力将使其在人工智能竞赛中占据优势⟧。",
    hard="aggregator title: gold is the claim without the publisher suffix; snippet refers to China as 世界第二大经济体"))
A(D(40, G, title="马斯克再谈中国市场 - 新浪财经",
    hard="aggregator headline only says he talked; no claim; no gold"))
A(D(41, G, title="马斯克：⟦中国电动车将称霸全球⟧ - 第一财经",
    text="特斯拉CEO马斯克在接受采访时表示，⟦中国电动车企业的竞争力被严重低估⟧。",
    hard="aggregator title with colon claim; snippet gold"))
A(D(42, G, title="特斯拉CEO马斯克抵达北京 将会见商务部部长 - 澎湃新闻",
    hard="aggregator; action (arrived, will meet), not a statement; no gold"))
A(D(43, G, title="马斯克发帖谈中国电池价格 - 36氪",
    text="马斯克周三在X平台连发多条帖子，话题涉及电池成本、储能和中国供应链。",
    hard="headline fragment 'posts about Chinese battery prices' without the claim; no gold"))
A(D(44, G, title="马斯克称⟦中国电池价格将在两年内减半⟧ - 财联社",
    hard="headline fragment carrying the claim; publisher suffix excluded"))
A(D(45, G, title="马斯克试驾小米SU7 Ultra 全程未发表评论 - 界面新闻",
    hard="aggregator; action with a Chinese company, no statement; no gold"))
A(D(46, G, title="雷军：马斯克说得对，中国车企必须走出去 - 凤凰网科技",
    hard="aggregator; 雷军's claim endorsing Musk; not Musk's statement; no gold"))
A(D(47, G, title="金博尔·马斯克：中国农业科技令人印象深刻 - 搜狐",
    hard="namesake Kimbal Musk in aggregator title; no gold"))
A(D(48, G, title="馬斯克：⟦大陸AI發展速度驚人⟧ - 自由時報電子報",
    hard="traditional-script aggregator title with claim; suffix excluded"))
A(D(49, G, title="馬斯克二度訪陸 與李強會面 - Yahoo奇摩新聞",
    hard="traditional-script aggregator; action only (visit, meeting); no gold"))
