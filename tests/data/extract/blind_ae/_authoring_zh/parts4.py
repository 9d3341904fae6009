from reg import d

# ---------------------------------------------------------------- machine_translated (76-80)

d(76, "machine_translated", "article",
  '马斯克说⟦中国是"非常令人印象深刻的"在电动汽车⟧',
  '''特斯拉公司首席执行官埃隆·马斯克在星期三说，⟦中国是"非常令人印象深刻的"当涉及到电动汽车的时候⟧。
"⟦中国的电动汽车公司是非常有竞争力的，他们是工作非常努力和非常聪明的。⟧"马斯克说在一个电话会议与分析师们。
马斯克也说特斯拉将开始生产它的更便宜的模型在明年的上半年。
特斯拉的股票上升了4%在延长的交易中。''',
  "machine-translated (from English) stiff Chinese; headline claim, reported clause and quote attributed at the end all gold; product date not gold")

d(77, "machine_translated", "article",
  "中国电池制造商创始人说他告诉了马斯克关于固态电池",
  """上海（路透社）- 一家中国的电池制造商的创始人，曾先生，在星期二说他曾经告诉埃隆·马斯克那固态电池将会是"在五年之内商业化的"，并且特斯拉应该"更加认真地对待它"。
曾先生说这个在一个行业会议在上海，在那里他也说他的公司将会扩大它的生产在欧洲。
特斯拉没有立即回应对于评论的请求。
马斯克在过去曾经公开地表达了对于固态电池的怀疑。""",
  "machine-translated wire: dateline sentence where another person says what he told Musk; journalist's background line - not gold")

d(78, "machine_translated", "article",
  '伊隆·马斯克：⟦小米建造了"一辆非常令人印象深刻的汽车"⟧',
  '''亿万富翁伊隆·马斯克，他经营着特斯拉和SpaceX，在星期五说⟦中国的智能手机制造商小米已经建造了"一辆非常令人印象深刻的汽车"⟧。
这位亿万富翁说，⟦小米的速度是令人难以置信的，从零到交付在三年之内⟧。
特斯拉的首席执行官还说，Cybertruck的需求依然是强劲的，尽管有报道相反。
小米在去年开始交付它的第一辆电动汽车，SU7，并且已经卖出了超过30万辆。''',
  "machine-translated; names 伊隆·马斯克 / 这位亿万富翁 / 特斯拉的首席执行官; Xiaomi statements gold; Cybertruck remark not gold")

d(79, "machine_translated", "article",
  "马斯克说星链将继续服务在乌克兰",
  """埃隆·马斯克，SpaceX的首席执行官，在星期一说星链将会"继续提供服务"给乌克兰，尽管有关于资金的争议。
"我们不会关掉它，"马斯克写道在X上。
在另外一个发展中，中国的外交部发言人说在北京，美国的公司应该"避免卷入"在地缘政治的冲突中，但是没有直接提到马斯克。
分析人士说中国正在发展它自己的低轨道卫星网络，以与星链竞争。""",
  "machine-translated; his Starlink/Ukraine remarks not about China; Chinese spokesperson and analysts not gold")

d(80, "machine_translated", "article",
  "马斯克：⟦世界第二大经济体将会是AI的强大竞争者⟧",
  """特斯拉和xAI的老板埃隆·马斯克在星期四说⟦世界第二大经济体将会是在人工智能方面的一个非常强大的竞争者，因为它有"大量的电力和大量的工程师"⟧。
"⟦人们低估了中国。他们总是这样。⟧"这位亿万富翁在一个科技会议上说在利雅得。
他也说xAI将会建造世界上最大的超级计算机在孟菲斯。
马斯克的评论来了在DeepSeek发布了它的最新的模型之后。""",
  "machine-translated; China referred to as 世界第二大经济体; quote attributed at its end; Memphis supercomputer not gold")

# ---------------------------------------------------------------- short_summary (81-85)

d(81, "short_summary", "article",
  "马斯克：⟦中国将继续领跑电动车⟧",
  """特斯拉首席执行官马斯克周二在柏林表示，⟦中国将在电动车领域继续保持全球领先⟧。""",
  "one-sentence RSS summary; headline claim and reported clause both gold")

d(82, "short_summary", "article",
  "马斯克发文谈中国",
  """马斯克周三在X上发文谈及中国，引发中外网友热议。""",
  "short summary that only says he talked about China - not gold")

d(83, "short_summary", "article",
  "馬斯克：⟦上海超級工廠產能將破百萬⟧",
  """特斯拉執行長馬斯克今天表示，⟦上海超級工廠明年產能可望突破百萬輛⟧。（中央社）""",
  "traditional-script one-sentence summary (Taiwan wire); headline claim and reported claim about the Shanghai plant gold")

d(84, "short_summary", "article",
  "梅耶·马斯克：中国是我最喜欢的国家之一",
  """模特、作家梅耶·马斯克周六在上海出席品牌活动时称，中国是她“最喜欢的国家之一”，并说儿子埃隆“每次来中国都很开心”。""",
  "namesake (his mother Maye Musk) about China, relaying Elon - not gold")

d(85, "short_summary", "article",
  "马斯克否认关闭上海工厂",
  """马斯克周五否认特斯拉将关闭上海工厂，称“⟦上海工厂不会关闭，产能还会继续扩大⟧”。""",
  "denial with his own claim in quotes (gold); headline only describes the denial")

# ---------------------------------------------------------------- traditional_chinese (86-100)

d(86, "traditional_chinese", "article",
  "馬斯克：⟦兩岸遲早需要找到和平的解決方案⟧",
  """（中央社記者林芳瑜台北15日電）美國電動車大廠特斯拉（Tesla）執行長馬斯克（Elon Musk）在美國一檔播客節目中談及台海局勢時表示，⟦台灣與中國大陸「遲早需要找到和平的解決方案」⟧。
馬斯克說：「⟦沒有人希望看到戰爭，戰爭對台灣、對中國、對全世界都是災難。⟧」
他也提到，⟦特斯拉在上海的工廠「運作得非常好」⟧。
大陸委員會今天回應表示，台灣的未來應由2300萬台灣人民決定，並呼籲國際企業家「尊重台灣的民主」。
節目中，馬斯克還花了近半小時談論SpaceX的星艦計畫。""",
  "Taiwan (CNA-style): cross-strait statements and Shanghai plant gold; MAC's response and Starship not gold")

d(87, "traditional_chinese", "article",
  "中國外交部回應馬斯克言論 稱歡迎「客觀看待」",
  """中國外交部發言人今天在北京例行記者會上，被問及特斯拉執行長馬斯克日前有關中國的談話時表示：「我們歡迎馬斯克先生客觀看待中國的發展，也歡迎各國企業來華投資興業。」
中共官媒《環球時報》也發表評論稱，馬斯克的言論「說明了中國市場的吸引力」。
對於馬斯克談話的具體內容，中國外交部並未進一步說明。
特斯拉目前在上海設有超級工廠，是其全球最大的生產基地之一。""",
  "Liberty Times-style: PRC spokesperson and CCP media about Musk's remarks (content never given); '馬斯克先生' as object - not gold")

d(88, "traditional_chinese", "article",
  "馬斯克：⟦香港優勢在於背靠內地市場⟧",
  """【明報專訊】特斯拉行政總裁馬斯克（Elon Musk）昨日透過視像出席本港一個金融科技論壇時表示，⟦香港的優勢在於背靠內地龐大的市場⟧。
「⟦很多內地企業通過香港走向世界，這個角色不會改變。⟧」他說。
馬斯克又談到X平台的支付功能，稱「今年內會在美國推出」。
論壇由本港一個商會主辦，吸引逾千名業界人士出席。財經事務及庫務局官員在致辭時表示，歡迎更多國際企業家關注香港。""",
  "Ming Pao-style (HK): Hong Kong in relation to the mainland gold; X payments remark and official's words not gold")

d(89, "traditional_chinese", "article",
  "金博爾·馬斯克訪滬 讚大陸餐飲數位化",
  """特斯拉董事、執行長馬斯克的弟弟金博爾·馬斯克（Kimbal Musk）日前訪問上海，參觀了多家餐廳和食材供應鏈企業。
金博爾·馬斯克表示，「大陸的餐飲數位化程度是全球第一，掃碼點餐、外送都非常方便。」
他也透露，正考慮將旗下的餐廳品牌引入大陸，「也許先從上海開始」。
被問及哥哥近期的言論時，金博爾笑說：「那你得去問他。」""",
  "Taiwan business-daily style: namesake Kimbal Musk speaking about the mainland - not gold")

d(90, "traditional_chinese", "article",
  "馬斯克股東會再談中國同行",
  """特斯拉行政總裁馬斯克周四晚在美國德州奧斯汀舉行、延遲近一小時才開始、並有逾萬名股東在線觀看的年度股東大會上表示，⟦中國車企是特斯拉「最強勁的對手」⟧。
他說：「⟦中國同行常說『速度就是一切』，他們說得對。⟧」
馬斯克又指，特斯拉的Robotaxi服務將在年底前擴展至美國十個城市。
特斯拉股價於盤後交易中上升約2%。""",
  "HK01-style: subject and verb far apart; nested 『』 inside 「」 (the whole outer quote is his); Robotaxi remark not gold; framing headline")

d(91, "traditional_chinese", "article",
  "特斯拉績後股價急升 分析師憂內地市場",
  """特斯拉公布季度業績後，股價於盤後交易中急升逾5%。
行政總裁馬斯克在電話會議上表示：「Robotaxi將會是特斯拉歷史上最重要的產品。」他又稱，Optimus機械人明年可開始對外銷售。
不過，有分析師對本報表示，特斯拉在內地的市佔率持續下滑，「馬斯克在電話會議上對內地市場隻字未提，這本身就是一個訊號」。
另一位基金經理則認為，內地電動車價格戰短期內不會結束。""",
  "HKEJ-style: analysts worried about the mainland; his quotes about Robotaxi/Optimus not gold; analyst says he did not mention the mainland")

d(92, "traditional_chinese", "article",
  "馬斯克否認曾說大陸車企「靠補貼」",
  """特斯拉執行長馬斯克昨天在X平台發文，否認曾說過大陸電動車企業「靠補貼活下來」。
他寫道：「⟦我從來沒有說過中國車企是靠補貼活下來的，他們靠的是效率。⟧」
此前有網路影片剪輯其過去的發言，聲稱他批評大陸車企「只會燒錢」，在抖音和YouTube上流傳。
特斯拉方面未就此事進一步回應。""",
  "UDN-style: denial; his own quote (never said…; they rely on efficiency) gold; the denied content and the clip's claim not gold")

d(93, "traditional_chinese", "article",
  "傳馬斯克內部會議談中國市場 特斯拉不予置評",
  """有外媒日前報導稱，馬斯克上月在一次內部會議上曾說「中國市場決定特斯拉的生死」。
報導引述不具名人士的說法，相關內容無法獲得證實。
特斯拉對此不予置評，馬斯克本人也未在X上回應。
鏡週刊詢問多位特斯拉前員工，均表示「沒聽過這種說法」。
特斯拉上海超級工廠今年前三季交貨量與去年同期大致持平。""",
  "Mirror Media-style: remark attributed to him only by anonymous, unconfirmed reports - not gold")

d(94, "traditional_chinese", "article",
  "電動車戰爭下半場：台灣供應鏈的機會與挑戰",
  """電動車產業的競爭，正從整車廠延伸到整條供應鏈。
對台灣來說，這既是機會，也是挑戰。
過去十年，台灣廠商憑藉在電子零組件、功率半導體和精密機械上的累積，打入了多家國際車廠的供應體系。
鴻海喊出要拿下全球電動車5%市佔率的目標，台達電在充電樁與電源管理領域布局已久，和大則是傳動系統的重要供應商。
然而，來自中國的競爭壓力日益沉重。
馬斯克曾在去年的財報會議上說：「⟦中國的供應商在成本上幾乎無人能敵。⟧」
他同時也稱讚台灣供應商「品質非常好，交貨也很準時」。
一位台灣車用電子廠高層坦言，價格是他們與中國同業競爭時最大的弱點。
另一方面，美國的關稅政策與「去風險」趨勢，也讓部分車廠開始將訂單從中國轉移到台灣、墨西哥和東南亞。
經濟部官員表示，政府將協助業者布局海外生產據點，並強化研發補助。
業界普遍認為，台灣廠商必須在高附加價值的零組件上建立不可替代性。
否則，在這場電動車戰爭的下半場，台灣可能只能扮演配角。""",
  "CommonWealth-style long feature: one China quote among many; his praise of Taiwan suppliers (Taiwan not in relation to China) not gold")

d(95, "traditional_chinese", "article",
  "風評：別再轉傳「假馬斯克」的中國言論了",
  """近來，社群平台上流傳一張截圖，顯示「馬斯克」在X上寫道：「台灣？那是中國的一個省。」
事實上，這則貼文出自一個名為@ElonMuskSatire的諷刺帳號，帳號簡介寫明「Parody，非本人」。
另一個粉絲專頁「馬斯克語錄」也常把網友的留言包裝成馬斯克的名言，例如「中國人是最聰明的民族」，同樣查無出處。
筆者並不是說馬斯克從不談中國，而是轉傳之前，至少該查證一下來源。
在資訊戰頻繁的今天，一張截圖就足以挑起兩岸網友的對立。""",
  "Storm Media-style opinion: parody account and fan page 'quotes' about Taiwan/China - not his statements")

d(96, "traditional_chinese", "article",
  "專訪後記：伊隆·馬斯克眼中的中國工程師",
  """在長達九十分鐘的訪談中，伊隆·馬斯克（Elon Musk）談了很多話題，從星艦、Grok到他的孩子。
但最讓我們印象深刻的，是他談到中國工程師時的認真。
「⟦中國工程師的數量和質量都讓人驚訝，他們的學習速度非常快。⟧」這位特斯拉和SpaceX的掌門人說。
他又補充：「⟦在深圳，你一個下午就能找到任何你需要的零件。⟧」
談到Grok，埃隆則顯得興奮得多，說下一個版本將「比所有人都聰明」。
訪談結束時，他說自己當晚還要飛回德州，「明天一早有星艦的會議」。""",
  "Initium-style write-up: names 伊隆·馬斯克 / 掌門人 / 埃隆; quote attributed at the end; 他又補充 continuation about Shenzhen; Grok and travel remarks not gold")

d(97, "traditional_chinese", "article",
  "馬斯克回覆「確實」 網民熱議",
  """美國網紅博主日前在X發文稱：「中國內地的電動車，性價比已經沒有對手。」
特斯拉行政總裁馬斯克在該帖下只回覆了兩個字：「確實」。
有網民認為，這是馬斯克「親口承認」內地電動車領先，但也有人指出，「確實」兩字可能只是隨手回覆。
馬斯克其後再發文，內容是關於星艦下一次試飛的日期。
東網記者曾向特斯拉查詢，至截稿前未獲回覆。""",
  "ON.cc-style (HK): bare reply '確實' under someone else's China post - not his statement about China (consistent with 53/59); netizens' readings not gold")

d(98, "traditional_chinese", "article",
  "馬斯克：⟦對中國加徵關稅 最終傷害美國消費者⟧",
  """（中央社記者陳育仁華盛頓20日綜合外電報導）特斯拉執行長馬斯克今天在X平台發文表示，⟦美國對中國進口商品大幅加徵關稅，「最終買單的是美國消費者」⟧。
他寫道：「⟦關稅是一種稅，而且是對美國人的稅。中國的出口商會找到其他市場。⟧」
白宮發言人對此回應說，關稅政策是為了「保護美國工人」。
馬斯克並未說明特斯拉本身受到關稅影響的程度。""",
  "CNA-style: tariffs on China gold (reported clause and quote); White House spokesperson not gold; journalist's note not gold")

d(99, "traditional_chinese", "article",
  "馬斯克抵滬 與上海官員會面",
  """【明報專訊】特斯拉行政總裁馬斯克前日抵達上海，與上海市官員會面，並參觀了位於臨港的特斯拉超級工廠和新建的儲能工廠。
據知情人士透露，雙方討論了自動駕駛測試和數據安全等議題。
馬斯克在工廠內與員工合照，並在一台Model Y的車身上簽名留念。
這是馬斯克今年第二次訪華。他當晚即乘私人飛機離開。""",
  "Ming Pao-style: actions only (arrived, met, toured, signed); insider's description of the agenda - no statement")

d(100, "traditional_chinese", "article",
  "馬斯克：⟦中共不可能同意出售TikTok演算法⟧",
  """特斯拉執行長馬斯克日前在X上回覆網友時說，⟦中共不可能同意出售TikTok的演算法，「那是他們的核心資產」⟧。
他也重申，TikTok在美國「不應該被禁」，因為禁令違反言論自由。
他並透露，X目前沒有收購TikTok的計畫。
中國商務部先前已將推薦演算法列入出口管制清單。""",
  "Liberty Times-style: statement about the CCP and TikTok's algorithm gold; free-speech and no-acquisition remarks not gold (consistent with 35)")
