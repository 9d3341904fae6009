"""yzh-041 … yzh-060: traditional-Chinese (Taiwan / Hong Kong outlets)."""
from common import doc

DOCS = []
A = DOCS.append

A(doc("yzh-041", "traditional_chinese", "article",
"馬斯克：⟪台海若生變 全球電子供應鏈將受重創⟫",
"""
（中央社記者陳怡君舊金山13日專電）電動車大廠特斯拉（Tesla）執行長馬斯克（Elon Musk）12日在美國德州奧斯汀舉行的一場科技論壇上表示，⟪如果中國大陸對台灣採取軍事行動，全球電子產業供應鏈將受到重創⟫。
馬斯克說：「⟪幾乎所有的電子產品都會受到影響，不只是特斯拉。⟫」
他並說，⟪特斯拉已在評估大陸以外的晶片與零組件供應來源⟫。
行政院發言人今天回應表示，台灣是全球半導體供應鏈的關鍵，政府將持續與理念相近國家合作，維護台海和平穩定。
（編輯：陳家豪）1141113
""",
"CNA dateline; Taiwan-in-relation-to-China statements; continuation quote refers back to the Taiwan scenario; Executive Yuan response not gold"))

A(doc("yzh-042", "traditional_chinese", "article",
"新版Model Y本港下月交付 車主排隊試車",
"""
【明報專訊】特斯拉新版Model Y將於下月在港開始交付，本港多個展廳上周末出現排隊試車人潮。特斯拉香港發言人表示，訂單情況「非常理想」，但拒絕透露具體數字。
運輸署數據顯示，今年首十個月本港新登記電動私家車約3.5萬輛，比亞迪及特斯拉分列一、二位。
特斯拉行政總裁馬斯克上周在社交平台X表示，新版Model Y的全球產能將於明年第一季翻倍，並會推出更多配色。
有車行老闆指，比亞迪近月在港大幅減價，對特斯拉構成壓力。
""",
"Hong Kong story; his statement is a global product/capacity timeline, not about China or HK"))

A(doc("yzh-043", "traditional_chinese", "article",
"馬斯克：⟪中國電動車靠補貼打天下⟫",
"""
〔國際新聞中心／綜合報導〕特斯拉執行長馬斯克接受德國媒體專訪時罕見批評中國的產業政策。他說，「⟪中國政府對電動車產業的補貼規模，是其他國家難以想像的。⟫」
馬斯克指出，⟪中國車廠的低價有很大一部分來自地方政府的補助與廉價融資⟫。不過他也強調，「⟪他們的工程能力是真材實料的，這一點不能否認。⟫」
對於馬斯克的說法，中國外交部發言人回應稱，中國新能源汽車產業的發展是市場競爭的結果，「不是靠補貼出來的」。
分析人士指出，馬斯克過去多次公開稱讚中國，此番言論被視為罕見的批評。
""",
"Liberty Times style; critical statements about Chinese government subsidies; 他們 = 中國車廠; MFA rebuttal not gold"))

A(doc("yzh-044", "traditional_chinese", "article",
"鴻海董事長：電動車供應鏈 兩岸各有優勢",
"""
【經濟日報記者蕭立文／台北報導】鴻海董事長今（14）日在法說會上表示，電動車供應鏈兩岸各有優勢，鴻海將採取「台灣研發、全球製造」策略。
他透露，日前在美國與特斯拉執行長馬斯克會面時，曾對馬斯克說「大陸的成本優勢短期內很難被取代」，雙方也就人形機器人零組件合作交換意見。
被問到馬斯克對大陸市場的看法，他笑說：「這要問馬斯克本人。」
鴻海今年電動車相關營收預估將倍增，明年可望貢獻更多獲利。
""",
"Taiwanese executive says what he told Musk about the mainland; no statement by Musk"))

A(doc("yzh-045", "traditional_chinese", "article",
"馬斯克股東會談競爭對手 稱⟪寧德時代是「最強夥伴」⟫",
"""
（中央社記者張欣瑜紐約7日綜合外電報導）特斯拉執行長馬斯克6日在股東會上被問及與中國電池大廠寧德時代的合作。他說，「⟪該公司在電池化學上的研究非常領先，我們從他們身上學到很多。⟫」
馬斯克表示，⟪寧德時代是特斯拉最強的合作夥伴之一，短期內雙方合作不會改變⟫。
他接著談到SpaceX，表示星艦明年將首度嘗試捕捉上面級。
寧德時代是全球最大的動力電池製造商，總部位於福建寧德。
""",
"該公司 / 他們 refer back to 寧德時代 in the question; two-verb headline (談…稱…) with claim part gold; Starship remark not gold"))

A(doc("yzh-046", "traditional_chinese", "article",
"馬斯克父親埃羅爾訪陸 讚中國人「非常勤奮」",
"""
（中央社台北20日電）特斯拉執行長馬斯克的父親埃羅爾．馬斯克（Errol Musk）近日赴中國大陸訪問，出席一場在深圳舉行的投資論壇。
據陸媒報導，埃羅爾在論壇上說：「中國人非常勤奮，這裡的城市建設速度讓我大開眼界。」他並表示有意在大陸投資礦業項目。
埃羅爾．馬斯克現年79歲，是南非工程師，過去曾多次公開評論兒子的事業。伊隆．馬斯克本人未對父親的訪問作出任何回應。
""",
"family member trap: Errol Musk (father) speaks about China; Elon makes no statement"))

A(doc("yzh-047", "traditional_chinese", "article",
"馬斯克：⟪香港仍是進入中國市場的重要門戶⟫",
"""
【明報專訊】特斯拉行政總裁馬斯克昨日以視像形式出席本港一個金融科技論壇，在回答主持人提問時表示，「⟪香港仍然是國際資本進入中國市場的重要門戶，這一點在可見的將來不會改變。⟫」
他又稱讚⟪香港的普通法制度和低稅率對國際企業很有吸引力⟫。
談到腦機接口公司Neuralink，馬斯克透露明年將有數十名病人植入其晶片。
財經事務及庫務局局長致辭時表示，香港將繼續發揮「超級聯繫人」角色。
""",
"Hong Kong statements (gold); Neuralink remark not; HK official not"))

A(doc("yzh-048", "traditional_chinese", "article",
"經長：台灣電動車零組件 打入特斯拉供應鏈逾百家",
"""
（中央社記者林宜萱台北18日電）經濟部長今天在立法院答詢時表示，台灣已有超過100家廠商打入特斯拉供應鏈，涵蓋電池模組、車用電子與散熱等領域。
有立委質詢，特斯拉執行長馬斯克上月訪問北京並與中共官員會面，是否代表特斯拉將提高對大陸供應鏈的依賴。經長回應，企業採購是商業決策，台灣廠商的技術與品質仍具優勢。
經濟部統計，去年台灣電動車零組件出口值約新台幣2000億元，年增約一成。
""",
"his Beijing visit is an action, not a statement; legislator and minister speak"))

A(doc("yzh-049", "traditional_chinese", "article",
"馬斯克：⟪X短期內不可能進入中國⟫",
"""
〔即時新聞／綜合報導〕一名網友在社群平台X上詢問馬斯克，X是否有可能進入中國市場。馬斯克回覆寫道，「⟪中共不會希望X在中國營運，這點我很清楚。⟫」
他並補充，⟪X在大陸被封鎖已經很多年了，短期內看不到改變的可能⟫。
同一天，馬斯克也在X上大談美國政治，稱民主黨的移民政策將毀掉美國，引發大批網友論戰。
中國自2009年起封鎖推特（現已更名為X），大陸用戶須透過翻牆軟體才能使用。
""",
"statements about the CCP and X's block on the mainland; same-day US politics post not gold; netizen's question not gold"))

A(doc("yzh-050", "traditional_chinese", "article",
"比亞迪海豹08本港首發 高層：當年被馬斯克看不起",
"""
【明報專訊】比亞迪旗艦電動轎車海豹08昨日在港舉行首發儀式。比亞迪香港業務負責人陳振邦出席時笑言，十多年前馬斯克「看不起比亞迪」，但今日比亞迪已是全球最大的新能源車廠。
「當年馬斯克問記者有沒有見過我們的車，現在全世界都見過了。」陳振邦說。
他又指，比亞迪明年將在港增設三間展廳，並計劃引入更多車型。
特斯拉香港未有回應。
""",
"rival quoting Musk back (BYD executive paraphrases Musk's old jibe) — not gold"))

A(doc("yzh-051", "traditional_chinese", "article",
"特斯拉股東會 馬斯克：⟪大陸車廠是最強勁對手⟫",
"""
（中央社記者陳怡君舊金山6日專電）特斯拉執行長馬斯克6日在德州奧斯汀超級工廠舉行、吸引數千名股東到場的年度股東大會上表示，⟪大陸的電動車製造商是特斯拉最強勁的對手，遠比美國和歐洲的傳統車廠更具威脅⟫。
馬斯克說，「⟪比亞迪等車廠在成本控制上非常出色，他們的供應鏈效率令人佩服。⟫」
他也宣布，人形機器人Optimus將於明年開始量產，長期目標是年產100萬台。
股東會並以壓倒性多數通過馬斯克的薪酬方案。
""",
"long locative with relative clause between name and 表示; Optimus remark not gold"))

A(doc("yzh-052", "traditional_chinese", "article",
"分析師：馬斯克誇大中國市場重要性",
"""
風傳媒 編譯
美國一家投資研究機構的分析師在最新報告中指出，特斯拉執行長馬斯克過去多次誇大中國市場對特斯拉的重要性，「實際上，中國市場的利潤貢獻遠低於北美。」
報告指出，特斯拉在中國大陸的平均售價過去兩年下降約15%，毛利率明顯低於美國市場。
另一名分析師則認為，馬斯克對中國的樂觀態度有其道理，「上海廠是特斯拉全球成本最低的工廠，這一點沒有人能否認。」
特斯拉未回應置評請求。
""",
"analysts characterise his China views critically; no statement by him"))

A(doc("yzh-053", "traditional_chinese", "article",
"特斯拉季績遜預期 馬斯克指⟪內地需求回暖⟫",
"""
【香港經濟日報】特斯拉第三季盈利遜市場預期，股價盤後一度跌4%。行政總裁馬斯克在業績會上說，「⟪中國市場的需求正在回暖，特別是在二三線城市。⟫」但他拒絕透露具體數字。
財務總監則表示，公司將繼續控制成本，維持毛利率。
""",
"short HK report; headline paraphrase with 內地; refusal to give numbers not a claim"))

A(doc("yzh-054", "traditional_chinese", "article",
"「鋼鐵人」現身上海 讚大陸影迷熱情",
"""
（中央社台北5日電）好萊塢影星小勞勃道尼日前現身上海，為新片宣傳。曾在漫威電影中飾演「鋼鐵人」的他，在首映會上對大陸影迷的熱情讚不絕口。
「上海的影迷是全世界最熱情的，」小勞勃道尼說，「我每次來中國都感到賓至如歸。」
由於外界常將特斯拉執行長馬斯克比作現實版的「鋼鐵人」，有陸媒記者在現場問小勞勃道尼如何看待馬斯克。他笑說：「他比我更像鋼鐵人，至少他真的會造火箭。」
新片預計下月在兩岸同步上映。
""",
"nickname trap: 鋼鐵人 is the actor, who speaks about China and about Musk"))

A(doc("yzh-055", "traditional_chinese", "article",
"陸稀土出口管制 馬斯克：⟪衝擊Optimus生產⟫",
"""
（中央社記者陳怡君舊金山23日專電）中國大陸上月宣布擴大稀土相關物項出口管制。特斯拉執行長馬斯克22日在財報電話會議上說，⟪大陸對稀土磁鐵的出口管制已影響Optimus人形機器人的生產進度⟫。
馬斯克說：「⟪我們正在向北京方面申請出口許可，希望能盡快取得。⟫」
他也強調，Optimus最終會成為特斯拉史上最有價值的產品。
美國商務部官員表示，正與盟友合作建立稀土供應鏈。
""",
"Chinese export controls; headline claim relies on headline context (陸稀土出口管制); Optimus-value remark not gold"))

A(doc("yzh-056", "traditional_chinese", "article",
"數發部：星鏈以外 台灣將引入多家低軌衛星業者",
"""
（中央社記者林宜萱台北10日電）數位發展部今天表示，台灣將引入多家低軌衛星業者，以強化通訊韌性，不會依賴單一供應商。
有立委在質詢時指出，SpaceX執行長馬斯克在中國大陸有大量商業利益，「星鏈在緊急時刻是否會為台灣提供服務，值得懷疑」。數發部長回應，台灣的衛星通訊布局是「多元、分散、備援」。
國防部官員亦表示，軍方已與多家國際業者進行測試。
""",
"Taiwan legislator's claim about Musk's China interests; no statement by Musk"))

A(doc("yzh-057", "aggregator_headline", "article",
"馬斯克：⟪大陸電動車廠是全球最具競爭力對手⟫ - 中央社 CNA",
"""
特斯拉執行長馬斯克23日在財報會議上表示，⟪大陸電動車廠的價格與技術進步速度驚人⟫。
""",
"traditional aggregator item with publisher suffix; claim in title and snippet"))

A(doc("yzh-058", "aggregator_headline", "article",
"馬斯克再談中國 網友熱議 - Yahoo奇摩新聞",
"",
"traditional aggregator headline that only says he talked about China"))

A(doc("yzh-059", "short_summary", "article",
"馬斯克：⟪上海廠累計產量明年破500萬輛⟫",
"""
特斯拉執行長馬斯克今天在社群平台X上表示，⟪特斯拉上海超級工廠的累計產量將在明年突破500萬輛⟫。
""",
"product milestone that is about Tesla's Shanghai factory (so China); one-sentence summary"))

A(doc("yzh-060", "x_roundup", "article",
"馬斯克本週X貼文精選：Grok、星艦與川普",
"""
【科技新報】整理特斯拉執行長馬斯克本週在X上的熱門貼文：
1. 週一，馬斯克宣布Grok 5將於年底前推出，稱「它會是世界上最聰明的AI」。
2. 週二，星艦完成第十一次試飛後，他發文：「人類成為多行星物種又近了一步。」
3. 週三，他轉發一則川普的演說影片，並寫道「說得好」。
4. 週四，一名台灣網友分享在台北街頭拍到的Cybertruck照片，馬斯克僅回覆了一個「🔥」表情符號。
5. 週五，他與網友談論育兒，表示自己每天都會抽時間陪孩子吃早餐。
""",
"X roundup in traditional characters with no China content; emoji reply to a Taiwanese user is not a statement"))
