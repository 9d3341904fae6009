from common import D

D(41, "traditional_chinese", "article",
  "特斯拉上海廠產量創新高 馬斯克：中國團隊「無與倫比」",
  "【香港經濟日報】特斯拉上海超級工廠上月產量創下單月新高。"
  "行政總裁馬斯克在X轉發相關消息，並寫道：「中國團隊的執行力無與倫比，感謝你們！」"
  "他早前亦曾表示，上海工廠是特斯拉「皇冠上的明珠」。"
  "另一方面，特斯拉德國柏林工廠則因當地環保組織抗議而暫停擴建。",
  ["中國團隊「無與倫比」", "中國團隊的執行力無與倫比，感謝你們！", "上海工廠是特斯拉「皇冠上的明珠」"],
  "traditional (HK); headline with two clauses, second carries his claim; earlier remark recalled (他早前亦曾表示)")

D(42, "traditional_chinese", "article",
  "港府官員：曾邀馬斯克來港設研發中心",
  "【明報專訊】創新科技及工業局局長周二在立法會答問時透露，特區政府去年曾透過中間人邀請特斯拉行政總裁馬斯克來港設立研發中心。"
  "局長表示，政府向對方強調香港「背靠祖國、聯通世界」的優勢，但至今未有回覆。"
  "有議員質疑，政府應集中資源扶植本地初創企業，而非追逐海外富豪。",
  [],
  "traditional (HK); government official's words with Musk as object; no words of his")

D(43, "traditional_chinese", "article",
  "馬斯克：若兩岸爆發衝突 特斯拉與蘋果都將受重創",
  "【自由時報編譯】美國電動車大廠特斯拉執行長馬斯克接受英國《金融時報》專訪時坦言，若台海發生衝突，特斯拉和蘋果等美國企業都將「受到重創」。"
  "馬斯克說：「我們有很多零件來自中國，蘋果也一樣，甚至更多。」"
  "他並稱，北京方面「顯然想要台灣」，但他希望各方保持克制。"
  "被問到星鏈是否會在台灣提供服務時，馬斯克未正面回答。",
  ["若兩岸爆發衝突 特斯拉與蘋果都將受重創", "若台海發生衝突，特斯拉和蘋果等美國企業都將「受到重創」", "我們有很多零件來自中國，蘋果也一樣，甚至更多。", "北京方面「顯然想要台灣」，但他希望各方保持克制"],
  "traditional (Taiwan, 編譯 from FT); conditional/hedged claims; Taiwan; 'did not answer' is action not gold")

D(44, "traditional_chinese", "article",
  "中共官媒批馬斯克「雙標」",
  "【中央社】中共官媒《環球時報》周一發表評論文章，批評特斯拉執行長馬斯克在言論自由問題上「雙重標準」。"
  "文章稱，馬斯克一邊在美國高喊言論自由，一邊對X平台上涉及大陸的不實資訊「視而不見」。"
  "文章並引述一名大陸學者說法指，馬斯克「只關心他的生意」。"
  "特斯拉與X公司均未回應。",
  [],
  "traditional (Taiwan); state-media criticism about Musk; quotes are others'")

D(45, "traditional_chinese", "article",
  "馬斯克再談大陸 這次聊的是電池",
  "【鉅亨網】特斯拉執行長馬斯克周四在X上與網友互動時，再度談到大陸電池產業。"
  "他寫道：「大陸的電池成本明年可能再降三成，這對整個產業是好事，雖然對我們的利潤率不是。」"
  "馬斯克也回覆另一名網友，稱新款Model S將在年底前改款上市。",
  ["大陸的電池成本明年可能再降三成，這對整個產業是好事，雖然對我們的利潤率不是。"],
  "traditional (Taiwan); framing headline ('再談大陸') over body with a real quote (gold); hedged claim; product date not gold")

D(46, "traditional_chinese", "article",
  "馬斯克與中國：辯論仍在繼續",
  "【端傳媒】每當馬斯克在社群媒體上談及中國，總能引發一輪爭論。"
  "有人把他視為連接中美的橋樑，也有人批評他為了生意向北京低頭。"
  "本文整理了過去一年圍繞馬斯克與中國的幾場主要辯論，以及各方學者的觀點。"
  "哈佛大學一名研究中美關係的學者認為，馬斯克「代表了一種正在消失的全球化想像」。",
  [],
  "traditional; framing headline over body with no statement of his (scholar's quote)")

D(47, "traditional_chinese", "article",
  "比亞迪執行副總裁：馬斯克當年笑我們 如今他怎麼看？",
  "【聯合報】比亞迪執行副總裁李柯日前在深圳接受訪問時，回憶起馬斯克2011年在一次電視訪問中對比亞迪的嘲笑。"
  "她說：「當年他笑我們的車不好看，現在我們的銷量已經超過他了。」"
  "李柯又說，她很尊重馬斯克，「他改變了整個產業」。",
  [],
  "traditional (Taiwan); rival recalls Musk's past mockery without quoting his words; rhetorical question in headline is the rival's")

D(48, "traditional_chinese", "article",
  "馬斯克在奧斯汀股東會上表示：大陸市場仍是特斯拉成長關鍵",
  "【工商時報】特斯拉執行長馬斯克在美國德州奧斯汀超級工廠舉行、吸引上千名股東到場的年度股東會上表示，大陸市場仍是特斯拉未來成長的關鍵。"
  "他說，特斯拉在大陸的自動輔助駕駛功能「很快」將獲得監管批准。"
  "馬斯克亦提到，明年將推出更平價的車款，售價約兩萬五千美元。",
  ["大陸市場仍是特斯拉成長關鍵", "大陸市場仍是特斯拉未來成長的關鍵", "特斯拉在大陸的自動輔助駕駛功能「很快」將獲得監管批准"],
  "traditional (Taiwan); subject and verb far apart (long locative); affordable-car price/date not gold")

D(49, "machine_translated", "article",
  "马斯克：中国的工人是非常勤奋的，这是一个事实",
  "在一个对于CNBC的采访中，埃隆·马斯克，他是特斯拉和SpaceX的首席执行官，说中国的工人是非常勤奋的，这是一个事实。"
  "“他们不是在凌晨三点燃烧午夜的油，他们是在凌晨三点离开工厂，”他说道，“而美国的人们甚至不想去办公室。”"
  "这位亿万富翁也说了关于他的新的火箭的一些事情。",
  ["中国的工人是非常勤奋的，这是一个事实", "他们不是在凌晨三点燃烧午夜的油，他们是在凌晨三点离开工厂，", "而美国的人们甚至不想去办公室。"],
  "machine translation from English (literal idiom 'burning midnight oil'); quote split by attribution; second half contrasts US workers - included as part of the same China-comparison point; rocket remark not gold")

D(50, "machine_translated", "article",
  "Tesla Denies Plans To Leave Chinese Market, Musk Stays Silent",
  "一个特斯拉的发言人在星期一否认了特斯拉计划撤出中国市场的报告，并且说公司对于中国的承诺是没有改变的。"
  "首席执行官埃隆·马斯克没有在X上对此做出评论，尽管他在同一天发布了超过五十个帖子。"
  "在过去的一年中，特斯拉在中国的市场份额已经下降了。",
  [],
  "machine translation; denial is by a spokesperson, not Musk; Musk's silence/posting count is an action")

D(51, "machine_translated", "article",
  "Musk: Hong Kong Is Still A Great Place For Business",
  "伊隆·马斯克在一个视频会议中告诉香港的企业家们，香港依然是一个做生意的很好的地方。"
  "“我认为香港有着非常好的未来，特别是作为连接中国内地和世界的一个桥梁，”马斯克说。"
  "他也说他希望明年能看到星链在更多的国家上线。",
  ["Hong Kong Is Still A Great Place For Business", "香港依然是一个做生意的很好的地方", "我认为香港有着非常好的未来，特别是作为连接中国内地和世界的一个桥梁，"],
  "machine translation with untranslated English headline carrying claim; Hong Kong; Starlink remark not gold")

D(52, "machine_translated", "article",
  "特斯拉的马斯克说他的公司将会和中国的竞争者竞争在价格上",
  "特斯拉的老板伊隆·马斯克，在一次在上海的与记者们的会面之后的一个声明中，说他的公司将会和中国的竞争者竞争在价格上，并且将不会让出市场份额。"
  "马斯克在声明中写到：“我们将会做任何需要做的事情来在中国保持竞争力。”",
  ["他的公司将会和中国的竞争者竞争在价格上", "他的公司将会和中国的竞争者竞争在价格上，并且将不会让出市场份额", "我们将会做任何需要做的事情来在中国保持竞争力。"],
  "machine translation with awkward word order; subject and verb far apart; headline claim repeated in body")
