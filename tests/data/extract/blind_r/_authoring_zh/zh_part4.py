# traditional_chinese 70-79, machine_translated 80-87, short_summary 88-95, other 96-100

doc(70, "traditional_chinese",
    "馬斯克：⟦大陸電動車廠是全球最強競爭對手⟧",
    """
【明報專訊】特斯拉行政總裁馬斯克周三在社交平台X發文表示，⟦大陸電動車廠商是特斯拉在全球最強的競爭對手⟧，「⟦他們的成本控制和產品迭代速度都令人驚嘆⟧」。
馬斯克又指，⟦特斯拉上海超級工廠今年首季的出口量按年增長兩成，主要銷往歐洲及亞太地區⟧。
比亞迪上月的銷量再創新高。有分析指，大陸車企正加快進軍香港市場，本港電動車市場的競爭將更趨激烈。
""",
    "Hong Kong outlet, traditional characters, 大陸 for China, 「」 quotes; 又指 continuation")

doc(71, "traditional_chinese",
    "馬斯克晤中共高層 外界關注特斯拉在華布局",
    """
【自由時報】特斯拉執行長馬斯克昨日抵達北京，與中共高層官員會面，這是他今年第二度訪問中國。
據中國官方媒體報導，雙方就電動車、自動駕駛及數據安全等議題「深入交換意見」。報導並未引述馬斯克的任何發言。
分析人士指出，馬斯克長期與中共維持良好關係，特斯拉上海工廠的營收占公司總營收近四分之一，使他在中美之間處境微妙。
美國國會部分議員近來批評馬斯克與中國的商業往來，要求他說明是否曾向中方提供敏感技術。馬斯克陣營至今未作回應。
""",
    "Taiwan outlet; meeting (action), analysts and lawmakers; no Musk statement")

doc(72, "traditional_chinese",
    "馬斯克談兩岸：⟦若局勢升溫 全球晶片供應恐受重創⟧",
    """
【中央社】美國電動車大廠特斯拉執行長馬斯克日前在美國加州舉行的一場科技論壇上，針對台灣議題表示，⟦兩岸關係若持續升溫，全球晶片供應將受到嚴重衝擊⟧。
馬斯克說：「⟦台灣生產了世界上最先進的晶片，這是一個事實。如果那裡出了問題，整個科技業都會停擺⟧。」
他並透露，特斯拉下一代自駕晶片將於明年量產。
台灣經濟部官員對此回應，台灣半導體產業具有高度韌性，政府將持續與國際夥伴合作確保供應鏈穩定。
""",
    "Taiwan/cross-strait; long phrase between 馬斯克 and 表示; chip product date not gold; Taiwan official not gold")

doc(73, "traditional_chinese",
    "特斯拉香港銷量回升 馬斯克預告新版Model Y",
    """
【香港經濟日報】運輸署數據顯示，特斯拉上月在港新登記車輛按月上升三成，重奪本港電動車銷量冠軍。
馬斯克早前在X上表示，新版Model Y將於第三季開始交付，「這將是我們最好的車」。
本港一名立法會議員形容馬斯克「為香港電動車普及作出了貢獻」。
有業界人士認為，來自內地的電動車品牌正迅速搶佔本港市場，特斯拉的領先優勢未必能夠維持。
""",
    "Hong Kong context but his only claim is a product date; a legislator's praise not gold")

doc(74, "traditional_chinese",
    "馬斯克X發文：⟦中國稀土管制衝擊遠超外界想像⟧",
    """
【聯合新聞網】特斯拉執行長馬斯克今天在X上發文稱，⟦中國大陸對稀土磁鐵的出口管制對全球汽車業的衝擊「遠遠超出大多數人的想像」⟧。
他寫道：「⟦不只是特斯拉。幾乎每一家車廠的電動馬達都需要這些磁鐵，而其中九成來自中國⟧。」
馬斯克並未說明特斯拉目前的稀土庫存狀況。中國商務部上月宣布對多種稀土相關物項實施出口管制。
日本及歐洲多家車廠近日亦表示，稀土短缺已影響部分車型生產。
""",
    "Taiwan outlet; rare earth export controls; X post")

doc(75, "traditional_chinese",
    "馬斯克再談中國？網民熱議其最新訪談",
    """
【東網】特斯拉執行長馬斯克日前接受一檔美國播客訪問，內容在網上廣泛流傳，不少內地網民將其解讀為「再談中國」。
不過細看訪談內容，馬斯克主要談及火星殖民及人工智能。他說：「Grok將會成為世界上最聰明的人工智能，我們正在孟菲斯建設全球最大的超級電腦。」
他又表示，SpaceX計劃在2028年前把首批人類送上火星。
有網民留言質疑：「他根本沒有提到中國。」
""",
    "framing 再談中國 over a body whose statements are about Grok and Mars")

doc(76, "traditional_chinese",
    "中美科技之爭：馬斯克再談中國",
    """
【明報】中美科技競爭白熱化之際，特斯拉及SpaceX行政總裁馬斯克再次就中國發表看法。
馬斯克在美國德州奧斯汀出席一場閉門投資者活動時說：「⟦中國的工程師數量是美國的好幾倍，而且他們非常努力。如果美國不改革教育和移民制度，就會在科技上落後⟧。」
他並指，⟦中國在電池、太陽能和無人機三個領域「已經領先全球」⟧。
活動主辦方未有公開完整錄音。
""",
    "framing headline 再談中國 over a body that does contain China quotes; headline itself not gold")

doc(77, "traditional_chinese",
    "鴻海高層：曾向馬斯克建言在台設廠",
    """
【經濟日報】鴻海一名高層主管昨日在法說會後受訪時透露，他去年在美國與特斯拉執行長馬斯克會面時，曾建議特斯拉考慮在台灣設立零組件研發中心。
「我告訴他，台灣的供應鏈可以幫助特斯拉降低對大陸的依賴。」這名主管說，馬斯克當時「聽得很認真」。
特斯拉方面未有回應。鴻海近年積極布局電動車業務，已與多家國際車廠洽談代工合作。
""",
    "Taiwan executive recounts what he told Musk; Musk is only the object")

doc(78, "traditional_chinese",
    "馬斯克：⟦香港仍是連接大陸與世界的重要橋樑⟧",
    """
【星島日報】特斯拉行政總裁馬斯克昨晚以視像形式出席在灣仔會議展覽中心舉行的一場金融科技峰會，在主持人提問後表示，⟦香港仍然是連接大陸與世界的重要橋樑⟧。
「⟦很多人說香港已經不重要了，我不同意。它的法律制度和資本市場對大陸企業走向世界仍然非常關鍵⟧。」馬斯克說。
他又談到人工智能對金融業的影響，認為未來十年「大部分交易工作將由AI完成」。
峰會為期兩日，吸引逾五千名業界人士參加。
""",
    "Hong Kong in relation to the mainland; long phrase before 表示; quote attributed at its end; AI-finance remark not gold")

doc(79, "traditional_chinese",
    "馬斯克：⟦特斯拉上海廠是全球最高效工廠⟧",
    """
【Yahoo奇摩新聞】特斯拉執行長馬斯克在股東會上表示，⟦上海超級工廠是特斯拉全球效率最高的工廠，平均每30秒就有一輛新車下線⟧。
""",
    "short Taiwan item; Shanghai plant")

doc(80, "machine_translated",
    "马斯克说⟦中国电池制造商是'在一个不同的水平上'⟧",
    """
特斯拉首席执行官埃隆·马斯克在周三表示，⟦中国的电池制造商是“在一个完全不同的水平上”，在成本和规模两个方面⟧。
“⟦我们已经访问了他们的工厂。他们的自动化程度是非常高的，而且他们的成本是低于任何人的⟧，”马斯克说道，在一个位于内华达州的超级工厂举行的活动上。
马斯克的评论来到于一个时刻，当美国正在试图减少它的对于中国电池供应链的依赖，通过《通胀削减法案》中的补贴。
马斯克也表示，特斯拉的4680电池的生产正在“按照计划进行”，并且将在今年晚些时候达到一个年化的产能为100吉瓦时。
该公司的股票在延长的交易中上涨了大约2%。
""",
    "stiff translation from English; quote attributed after it with trailing location phrase; 4680 remark not gold")

doc(81, "machine_translated",
    "SpaceX的马斯克说星舰将会进行它的下一次飞行在几周之内",
    """
埃隆·马斯克，SpaceX的首席执行官，在周一说星舰将会进行它的下一次测试飞行“在大约四个星期之内”，等待联邦航空管理局的批准。
这个发射来到在中国正在加速它的自己的可重复使用火箭项目的时候，根据分析师们。中国的国家航天局已经表示它计划在2030年之前把宇航员送到月球上。
“我们正在学习非常多从每一次飞行中，”马斯克说。
SpaceX是被估值在大约3500亿美元，在最近的一次二级股票出售中。
""",
    "machine-translated; China context from analysts; his statements about Starship only")

doc(82, "machine_translated",
    "马斯克说⟦中国的出口管制正在伤害特斯拉的机器人计划⟧",
    """
根据彭博社，埃隆·马斯克在周四说，⟦中国已经实施的关于稀土磁体的新的出口管制是一个“真正的问题”对于特斯拉⟧。
“⟦它们正在对我们的Optimus的时间表造成真实的影响⟧，”马斯克说，指的是这些管制措施。“⟦我们正在和北京一起工作以获得一个许可证⟧。”
马斯克没有给出一个具体的时间表，关于什么时候特斯拉期望这个问题被解决。
他还说，特斯拉计划在明年开始销售Optimus给其他公司，以一个价格大约为2万到3万美元。
""",
    "machine-translated; 它们 = Chinese export controls; Beijing; Optimus price not gold")

doc(83, "machine_translated",
    "分析师说马斯克是过度陈述中国的威胁",
    """
一位彭博情报的分析师在周二说，特斯拉首席执行官埃隆·马斯克是“过度陈述”来自中国汽车制造商的威胁，为了去证明特斯拉的转向朝着自动驾驶的正确性。
“中国的竞争是真实的，但马斯克使用它作为一个叙事，”这位分析师写道，在一份给客户的报告中。
特斯拉没有立即回应一个对于评论的请求。
在这个季度，特斯拉在中国的交付量下降了7%，相比于一年以前。
""",
    "machine-translated; analyst paraphrasing Musk critically")

doc(84, "machine_translated",
    "马斯克：⟦中国是做得令人难以置信地好在太阳能上⟧",
    """
埃隆·马斯克在一个接受CNBC的采访中在周五说，⟦中国是“做得令人难以置信地好”在太阳能电池板的生产上⟧，并且⟦美国应该“学习从他们”⟧。
“⟦他们建造了比所有其他国家加在一起更多的太阳能容量在去年。这是非常令人印象深刻的⟧，”马斯克说。
当被问到关于他的政治活动时，马斯克说他是“专注在公司上”现在。
""",
    "machine-translated; 他们 = China; politics remark not gold")

doc(85, "machine_translated",
    "马斯克批评欧洲的监管者们，当中国的电动汽车在欧洲获得份额",
    """
特斯拉的首席执行官埃隆·马斯克在周三批评了欧洲的监管者们，说“他们正在使得创新变得几乎不可能”，在一个时刻当中国的电动汽车制造商正在欧洲获得市场份额。
“他们需要多年来批准一个简单的软件更新，”马斯克写道在X上，指的是欧盟委员会。
根据数据从欧洲汽车制造商协会，中国品牌的电动汽车在欧洲的市场份额已经上升到大约9%在今年的前六个月。
""",
    "machine-translated; 他们 = European regulators; China only in journalist context")

doc(86, "machine_translated",
    "马斯克否认了一份关于特斯拉和中国的报道",
    """
埃隆·马斯克在周日否认了一份来自一家美国报纸的报道，该报道称特斯拉在获得上海工厂的批准时接受了来自中国政府的特殊待遇。
“⟦这是完全错误的。我们从来没有向北京要求过任何的特殊待遇，我们得到的条件和任何其他的外国公司是一样的⟧，”马斯克写道在X上。
马斯克说⟦他从来没有和任何中国官员讨论过关于特斯拉的数据被分享的问题⟧。
这家报纸说它坚持它的报道。
""",
    "denial: bare 否认了报道 is not gold (report content is the newspaper's); his own claims 'never asked'/'never discussed' are gold")

doc(87, "machine_translated",
    "马斯克被看见在上海工厂，在一个没有被宣布的访问中",
    """
埃隆·马斯克被看见在特斯拉的上海超级工厂在周六，根据在社交媒体上流传的照片，在一个没有被宣布的访问中。
这些照片显示马斯克正在和工厂的员工们握手并且自拍。特斯拉没有确认这次访问。
这次访问来到在特斯拉在中国的销量已经下降连续三个月之后。
马斯克上一次访问中国是在大约一年以前。
""",
    "machine-translated; actions (seen, visited) only")

doc(88, "short_summary",
    "马斯克谈中国电动车出海",
    """
马斯克周二表示，⟦中国电动车出口欧洲的势头短期内不会放缓⟧，⟦欧盟关税“作用有限”⟧。
""",
    "one-sentence summary; headline only describes; EU tariffs on Chinese EVs")

doc(89, "short_summary",
    "马斯克会见上海市领导",
    """
马斯克周二在上海会见了当地领导，双方就特斯拉储能工厂扩建事宜进行了交流。
""",
    "action only")

doc(90, "short_summary",
    "特斯拉CEO：⟦国内价格战将持续到明年⟧",
    """
特斯拉首席执行官埃隆·马斯克称，⟦国产车企之间的价格战将持续到明年⟧，“⟦这对所有人都是痛苦的⟧”。
""",
    "特斯拉CEO as name; 国内/国产车企 for China; 这 refers back to the Chinese price war")

doc(91, "short_summary",
    "分析人士：马斯克对中国市场判断过于乐观",
    """
多位分析人士认为，马斯克对特斯拉在中国市场前景的乐观判断可能过于草率，本土品牌的份额仍在快速上升。
""",
    "analysts characterise his view; no statement of his")

doc(92, "short_summary",
    "马斯克：⟦中国航天进展被严重低估⟧",
    """
马斯克在X上写道，⟦中国航天的进展被严重低估了⟧，“⟦他们很快就会成为SpaceX最强的对手⟧”。
""",
    "Chinese space programme; 他们 = 中国航天")

doc(93, "short_summary",
    "马斯克据报将于下月访华",
    """
据两名知情人士透露，马斯克计划下月访问中国，这将是他今年第二次访华。特斯拉未予置评。
""",
    "planned trip reported by sources; not a statement")

doc(94, "short_summary",
    "马斯克：⟦中国AI公司在开源模型上已领先美国⟧",
    """
伊隆·马斯克认为，⟦中国AI公司在开源大模型方面已经领先美国，而美国公司在闭源前沿模型上仍保持优势⟧。
""",
    "伊隆·马斯克 spelling; 认为; mixed-topic single sentence included because it is about China")

doc(95, "short_summary",
    "马斯克社交平台再谈中国，引发热议",
    """
特斯拉CEO埃隆·马斯克周三在社交平台上再度谈及中国，相关话题登上微博热搜。
""",
    "summary only says he talked about China")

doc(96, "other",
    "科技早报｜6月18日",
    """
1. 小米新款SUV上市18小时锁单量突破24万台。
2. 马斯克在X上表示，⟦中国的人形机器人公司是Optimus“最强的竞争对手”⟧，并称“⟦排名前十的竞争者里可能有九家来自中国⟧”。
3. 苹果宣布将在上海新开一家直营店。
4. 马斯克称，星舰第十次试飞定于下周二进行。
5. 华为发布鸿蒙新版本开发者预览版。
""",
    "newsletter digest; one China item from him, one Starship item not gold")

doc(97, "other",
    "人物小传：埃隆·马斯克与中国",
    """
埃隆·马斯克，1971年出生于南非比勒陀利亚。2018年7月，特斯拉与上海市政府签署协议，在临港建设超级工厂，这是中国首个外商独资的整车制造项目。
2019年1月，马斯克出席上海超级工厂奠基仪式。同年12月，首批国产Model 3交付。
2023年5月，马斯克时隔三年再度访华，先后到访北京和上海。
2024年4月，马斯克再次访问北京，此行被外界解读为推动FSD入华。
马斯克的母亲梅耶·马斯克在中国拥有大量粉丝，其自传中文版销量可观。
""",
    "profile/timeline of actions only")

doc(98, "other",
    "马斯克在2025世界人工智能大会上的视频致辞（节选）",
    """
大家好，很高兴再次参加世界人工智能大会。
⟦我一直认为，中国将在人工智能领域成为一股非常强大的力量。中国有大量优秀的AI人才，也有其他国家难以比拟的电力和基础设施⟧。
人工智能是一把双刃剑。我们需要确保它对人类是有益的，这需要全世界的合作。
⟦我认为中美两国应该在人工智能安全方面加强对话。这符合所有人的利益⟧。
谢谢大家。
""",
    "speech text in first person, attribution only in the title; generic AI sentences not gold")

doc(99, "other",
    "【汽车论坛】马斯克说得对吗？",
    """
楼主：前几天看了马斯克的采访，我觉得他说得对，中国的新能源车确实已经是世界第一了，不服不行。
2楼：马斯克说什么你都信？他那是为了股价。
3楼：我觉得楼主说的没毛病，国产车这几年进步太大了。
4楼：马斯克自己都没说过这话吧，别乱引用。
""",
    "forum users' opinions; no verifiable statement of his")

doc(100, "other",
    "一周金句｜“中国速度”再被点赞",
    """
【一周金句】
“⟦上海工厂证明了中国速度不是口号，而是每天都在发生的事实⟧。”——埃隆·马斯克，特斯拉首席执行官
“我们的目标是三年内进入全球前五。”——某新势力车企董事长
“火星不是退路，而是备份。”——埃隆·马斯克
“电池行业的下半场是材料之争。”——某电池企业董事长
""",
    "quote collection with attribution after the dash; his Mars quote and others' quotes not gold")
