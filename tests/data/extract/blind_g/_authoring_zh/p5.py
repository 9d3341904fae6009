from build import D
T = "traditional_chinese"
# 069
D(T, "traditional characters (明報 style, 大陸); reported speech after 表示 and a quote - gold",
title="馬斯克：大陸電動車業「無人能敵」",
text="【明報專訊】特斯拉行政總裁馬斯克昨日在社交平台X上表示，⟦大陸電動車企業的成本控制能力目前無人能敵⟧。他寫道：「⟦如果沒有關稅保護，它們會擊敗世界上大多數車廠。⟧」有本港分析師認為，馬斯克的言論反映特斯拉在內地市場面對的壓力。特斯拉上月在內地的銷量按年下跌約一成。")
# 070
D(T, "Liberty Times style with 中共; only actions and journalist analysis about Musk - no gold",
title="馬斯克再訪中國 外界關注特斯拉與中共關係",
text="〔國際新聞中心／綜合報導〕特斯拉執行長馬斯克本週再度造訪中國，並與中共高層會面。據外媒報導，馬斯克此行主要是為了推動特斯拉全自動駕駛系統在中國上路。評論人士指出，馬斯克長期與北京維持良好關係，其商業利益與中共政策高度綁定。特斯拉並未公布會談內容，馬斯克本人也未對外發表談話。")
# 071
D(T, "Taiwan in relation to China, traditional characters; Taiwanese official's reaction not gold",
title="馬斯克稱台灣是中國一部分 陸委會：無知且危險",
text="〔中央社〕特斯拉執行長馬斯克日前在接受外國媒體訪問時，被問及台海局勢。他說：「⟦台灣在某種程度上是中國不可分割的一部分，這是北京的一貫立場。⟧」馬斯克並表示，⟦兩岸最終可能會以某種形式統一⟧。陸委會對此表示，相關言論「無知且危險」，並呼籲國際人士尊重台灣人民的選擇。")
# 072
D(T, "Hong Kong outlet: analysts discuss Musk's China strategy; no words of his",
title="分析：馬斯克的中國棋局",
text="【星島日報】本港多名經濟學者認為，特斯拉在中國內地的處境正日益艱難。香港中文大學一位教授表示，馬斯克過去幾年對內地市場「押注過重」，如今面對比亞迪、小米等本土品牌的夾擊，特斯拉的價格優勢已不復存在。另一位分析師則稱，馬斯克「比任何人都清楚中國市場的重要性」。目前特斯拉尚未就此回應。")
# 073
D(T, "traditional characters; named Chinese company (小米); 他補充說 continuation",
title="馬斯克大讚小米汽車",
text="【聯合新聞網】小米首款SUV上市後訂單火爆，也引起特斯拉執行長伊隆·馬斯克的注意。馬斯克在X上轉發一則相關報導並留言：「⟦小米的執行速度令人難以置信。⟧」他補充說，⟦中國科技公司跨界造車的能力被西方嚴重低估⟧。雷軍隨後在微博回覆，感謝馬斯克的肯定。")
# 074
D(T, "framing headline (馬斯克再談中國) over a traditional-character body with no China statement of his",
title="馬斯克再談中國？特斯拉股東會焦點一次看",
text="【經濟日報】特斯拉年度股東會今日登場，市場原本預期執行長馬斯克會針對中國市場的激烈競爭發表看法。不過，馬斯克在會上主要談論機器人計程車與Optimus人形機器人，他說：「Optimus最終會成為特斯拉最有價值的產品。」對於中國市場，他在整場會議中隻字未提。")
# 075
D(T, "Hong Kong in relation to China; quote introduced in one sentence and attributed at its end",
title="馬斯克談香港前景",
text="【香港01】「⟦香港作為連接中國內地與世界的橋樑，地位依然無可取代。⟧」這句話出自特斯拉行政總裁馬斯克之口，他是在周三透過視像出席本港一個金融科技論壇時說的。馬斯克又指，⟦內地的電動車及電池企業將會是香港資本市場未來十年最重要的上市來源⟧。論壇主辦方表示，今年吸引了逾五千人參加。")
# 076
D(T, "Terry Gou recalls what he told Musk; other's words with Musk as object - no gold",
title="郭台銘：曾勸馬斯克到大陸設廠",
text="〔記者林宏文／台北報導〕鴻海創辦人郭台銘今天出席一場論壇時透露，多年前他曾勸特斯拉執行長馬斯克到大陸設廠。郭台銘說，他當時告訴馬斯克：「大陸的供應鏈和工程師是你在別的地方找不到的。」郭台銘笑稱，後來上海超級工廠的成功「證明我說得沒錯」。")
# 077
D(T, "long locative/time phrase between subject and speech verb in traditional characters",
title="馬斯克：中國AI發展速度驚人",
text="【中時新聞網】特斯拉執行長馬斯克週二晚間在美國加州帕羅奧圖舉行、由史丹佛大學與多家矽谷創投共同主辦、原定兩小時卻延長至近四小時的人工智慧閉門研討會上表示，⟦中國在人工智慧領域的發展速度遠超外界預期⟧。他說：「⟦DeepSeek證明了中國團隊可以用更少的資源做出頂尖模型。⟧」與會人士透露，馬斯克當晚還談到了xAI的融資計畫。")
# 078
D(T, "Taiwan-related article about Starlink, but his quote is about satellite numbers only - not gold",
title="星鏈進軍台灣？馬斯克：衛星數量將破萬",
text="【自由時報】近來台灣社會熱議是否引進低軌衛星服務，以因應中共可能的封鎖威脅。SpaceX執行長馬斯克本週在X上表示，星鏈在軌衛星數量「明年將突破一萬顆」，並稱星鏈目前已在超過一百個國家和地區提供服務。不過，他並未提及台灣或中國。數發部表示，將持續與多家國際衛星業者洽談合作。")
