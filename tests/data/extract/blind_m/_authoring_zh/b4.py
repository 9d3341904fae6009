from common import doc

# ---------------- traditional_chinese ----------------
doc("traditional_chinese", "馬斯克：大陸電動車供應鏈「全球無人能及」",
    "【明報專訊】特斯拉行政總裁馬斯克昨日在一個網上論壇上表示，中國大陸的電動車供應鏈「全球無人能及」，從原材料到零部件都能在數小時車程內找到。"
    "他又說：「如果你想造一輛便宜又好的車，你離不開中國的供應商。」"
    "馬斯克未有回應特斯拉是否會在香港增設門市的提問。本港汽車業界人士估計，今年特斯拉在港銷量將與去年相若。",
    ["大陸電動車供應鏈「全球無人能及」", "中國大陸的電動車供應鏈「全球無人能及」，從原材料到零部件都能在數小時車程內找到",
     "如果你想造一輛便宜又好的車，你離不開中國的供應商。"],
    "traditional (HK); headline claim; 他又說 continuation")

doc("traditional_chinese", "社論：馬斯克的中國依賴症",
    "特斯拉在中國大陸的營收佔比超過兩成，上海超級工廠更是其全球出口樞紐。"
    "這種依賴，使馬斯克在涉及中共的議題上往往噤聲。"
    "本報認為，台灣企業界應以此為鑑：過度依賴單一市場，終將付出政治代價。"
    "當一位自詡捍衛言論自由的企業家，在北京面前選擇沉默，其所謂的原則便值得懷疑。",
    [], "traditional (Taiwan) editorial; journalist's analysis only")

doc("traditional_chinese", "馬斯克談兩岸：若爆發衝突「每一家科技公司都會受衝擊」",
    "【本報綜合報導】特斯拉執行長馬斯克在美國一個知名播客節目中談及兩岸局勢時表示，兩岸若爆發衝突，「全球每一家科技公司都會受到衝擊，沒有例外」。"
    "他說，蘋果、輝達甚至特斯拉，都高度依賴台灣的晶片和大陸的組裝。"
    "對於主持人追問是否擔心特斯拉的股價，馬斯克笑稱：「我更擔心的是睡不夠。」"
    "我國外交部對此未作回應。",
    ["若爆發衝突「每一家科技公司都會受衝擊」", "兩岸若爆發衝突，「全球每一家科技公司都會受到衝擊，沒有例外」",
     "蘋果、輝達甚至特斯拉，都高度依賴台灣的晶片和大陸的組裝"],
    "traditional (Taiwan); cross-strait; joke about sleep not gold")

doc("traditional_chinese", "特斯拉大中華區高層：馬斯克非常重視大陸市場",
    "【香港訊】特斯拉大中華區一名高層昨日在香港出席活動時表示，馬斯克「非常重視」大陸市場，每季都會親自聽取中國區的業務匯報。"
    "該高層又透露，馬斯克曾在內部會議上多次稱讚上海團隊。"
    "特斯拉今年在港推出的新款Model Y，訂單已超過三千張。",
    [], "traditional; executive's words about Musk (incl. reported praise), not his own statement")

doc("traditional_chinese", "馬斯克視訊出席北京論壇 稱中國AI「進步神速」",
    "特斯拉執行長馬斯克週二晚間透過視訊連線，在延遲近半小時才開始、由北京一家智庫主辦的人工智慧論壇上表示，中國在人工智慧領域「進步神速」，部分大模型的表現已接近美國頂尖水準。"
    "他指出，大陸在電力和工程人才兩方面都有明顯優勢。"
    "不過，他也提醒，「AI安全是全人類的問題，不分國界」。"
    "論壇主辦方表示，馬斯克的發言獲得與會者熱烈回應。",
    ["中國AI「進步神速」", "中國在人工智慧領域「進步神速」，部分大模型的表現已接近美國頂尖水準",
     "大陸在電力和工程人才兩方面都有明顯優勢"],
    "traditional; subject and verb far apart (long time/locative phrase); AI-safety remark not about China")

doc("traditional_chinese", "特斯拉香港銷量創新低 馬斯克稱星艦月底再試飛",
    "運輸署數據顯示，特斯拉上月在港新登記車輛僅三百餘輛，為近三年新低，比亞迪則連續第五個月居本港電動車銷量榜首。"
    "業界人士指出，大陸品牌價格進取，對特斯拉構成壓力。"
    "另一方面，馬斯克昨日在X平台發文稱，星艦將於月底進行第八次試飛，「這次我們要接住上面級」。"
    "特斯拉香港未有就銷量回應。",
    [], "traditional; neighbourhood: HK/China sales article, his post is about Starship")

doc("traditional_chinese", "馬斯克盛讚陸企工程師 稱其「全世界最拚」",
    "【中央社訊】特斯拉執行長馬斯克在德州一場工程師大會上，罕見地花了近十分鐘談論中國大陸的汽車產業。"
    "他說，陸企工程師「全世界最拚」，很多人週末也在工廠裡。"
    "「老實說，他們的工作強度讓矽谷看起來像度假村。」馬斯克說。"
    "這番話在台灣科技圈引發討論，有業者認為此說法過度美化了長工時文化。",
    ["其「全世界最拚」", "陸企工程師「全世界最拚」，很多人週末也在工廠裡",
     "老實說，他們的工作強度讓矽谷看起來像度假村。"],
    "traditional; two-verb headline (盛讚 + 稱); quote attributed at end with pronoun 他們; dateline-like source tag")

doc("traditional_chinese", "馬斯克X平台發文談大陸電池價格",
    "特斯拉執行長馬斯克今天在社群平台X發文，內容涉及中國大陸的電池價格走勢，並附上一張電池成本變化的圖表。"
    "貼文發出後迅速引起大量轉發。"
    "截至發稿，馬斯克未進一步說明貼文用意，特斯拉台灣分公司也未回應媒體詢問。",
    [], "traditional; headline fragment and body only describe a post, no claim")

doc("traditional_chinese", "馬斯克：香港仍有優勢 但已不再是以前的香港",
    "【信報財經新聞】馬斯克日前接受一份美國雜誌訪問時談到香港。他表示，香港作為國際金融中心「仍然有其優勢」。"
    "他還說，香港與北京的關係已經發生根本變化，「它不再是十年前的那個香港了」。"
    "被問到特斯拉會否在港設立亞太總部時，他則表示新加坡是更合適的選擇。",
    ["香港仍有優勢 但已不再是以前的香港", "香港作為國際金融中心「仍然有其優勢」",
     "香港與北京的關係已經發生根本變化，「它不再是十年前的那個香港了」"],
    "traditional; Hong Kong in relation to Beijing; 他還說; Singapore HQ remark not China")

doc("traditional_chinese", "馬斯克否認向中共交出核心技術",
    "針對美國國會議員指控特斯拉向大陸轉移自動駕駛技術，馬斯克週五在X平台回應。"
    "他表示，他「從來沒有」把特斯拉的核心技術交給中國政府，「這種說法完全是捏造的」。"
    "他強調，特斯拉在中國收集的數據全部存放在上海的數據中心，不會出境。"
    "提出指控的議員隨後表示，將要求特斯拉提交相關文件。",
    ["他「從來沒有」把特斯拉的核心技術交給中國政府", "這種說法完全是捏造的",
     "特斯拉在中國收集的數據全部存放在上海的數據中心，不會出境"],
    "traditional; denial that states his claim; headline 否認 is description only")

doc("traditional_chinese", "經濟部長：曾向馬斯克表達台灣供應鏈優勢",
    "【自由時報記者綜合報導】經濟部長今日在立法院答詢時表示，他去年訪美時曾當面告訴馬斯克，「台灣是唯一能替代大陸供應鏈的地方」。"
    "部長說，馬斯克當時表示有興趣，但未作具體承諾。"
    "立委質疑部長的說法缺乏實證。特斯拉台灣分公司則表示，不評論個別會面內容。",
    [], "traditional; minister's words with Musk as object; '馬斯克當時表示有興趣' is the minister's account with no China claim")

doc("traditional_chinese", "馬斯克推文：大陸太陽能產能「瘋狂」",
    "馬斯克週日在X平台轉發網友@EVStatsDaily 的圖表後寫道：「China solar production capacity is insane. https://t.co/Zq8uP2ff0d」"
    "他隨後在回覆一名網友留言時稱，大陸的太陽能成本「低到讓人不敢相信」。"
    "該貼文在台灣與香港網路論壇上引發熱議。",
    ["大陸太陽能產能「瘋狂」", "China solar production capacity is insane.", "大陸的太陽能成本「低到讓人不敢相信」"],
    "traditional; verbatim X post with handle and URL; headline claim")

# ---------------- machine_translated ----------------
doc("machine_translated", "马斯克说中国将会是最大市场对于电动汽车",
    "埃隆·马斯克，特斯拉的首席执行官，在星期二说那个中国是将要成为最大的市场对于电动汽车，在下一个十年之内。"
    "他说这个在一个会议期间，它是被举行在旧金山。"
    "“我认为它们是非常好的在制造汽车，”马斯克说，关于中国的公司们。"
    "特斯拉的股票上升了2%在那一天。",
    ["中国是将要成为最大的市场对于电动汽车，在下一个十年之内", "中国将会是最大市场对于电动汽车",
     "我认为它们是非常好的在制造汽车，"],
    "machine-translated from English; pronoun 它们 resolved by trailing phrase")

doc("machine_translated", "分析师们说马斯克是过于乐观关于中国",
    "根据多个分析师，特斯拉首席执行官是过于乐观关于在中国的销售。"
    "“我们相信特斯拉将会失去更多份额在中国，”一个分析师在一个笔记中写了，给客户们。"
    "特斯拉没有立即回应对于一个评论的请求。",
    [], "machine-translated; analysts' words; no statement of his")

doc("machine_translated", "",
    "“他们是非常艰苦的工作者。他们不停止在周末。我们需要学习从他们，”马斯克说，在谈到中国的汽车制造商们的时候。"
    "他做了这些评论在一个采访里面，和一个美国的电视网络。"
    "他也说特斯拉的新的车将会被揭示在十月。",
    ["他们是非常艰苦的工作者。他们不停止在周末。我们需要学习从他们，"],
    "machine-translated; multi-sentence quote, attribution and topic after it; product date not gold")

doc("machine_translated", "马斯克说星舰将要飞再次在下个月",
    "SpaceX的创始人埃隆·马斯克说在星期五，那个星舰将要飞再次在下个月，在一个失败之后。"
    "这个新闻来到在一个时间当中国的航天机构也正在准备它自己的重型火箭。"
    "“我们学习了很多从最后的飞行，”马斯克说。",
    [], "machine-translated; China only in journalist's context; his words about Starship")

doc("machine_translated", "",
    "在一个长的帖子在X上，马斯克写了关于上海。"
    "“上海超级工厂是我们的最好的工厂。工人们那里是非常有技能的。没有其它工厂是可以比较的，”他写了。"
    "他也写了关于他的孩子们，说他们喜欢火箭。",
    ["上海超级工厂是我们的最好的工厂。工人们那里是非常有技能的。没有其它工厂是可以比较的，"],
    "machine-translated; quote spanning several sentences attributed at end; family remark not gold")

doc("machine_translated", "马斯克批评NASA是太慢的",
    "中国已经发射了超过六十个火箭在今年，根据官方数据。"
    "马斯克说在星期三那个NASA是太慢的在做决定。"
    "“他们需要移动更快，或者他们将会被留下在后面，”他说。",
    [], "machine-translated; 他们 refers to NASA, not China mentioned before")

# ---------------- other ----------------
doc("other", "如何评价马斯克最近对中国车企的评论？ - 知乎",
    "谢邀。先上原话：马斯克在最近一次财报会上说，“中国车企是全世界最有竞争力的汽车公司，如果没有贸易壁垒，它们会击垮大多数对手。”\n"
    "我个人的看法是，这句话一半是真心，一半是在给投资者打预防针。\n"
    "他说的“贸易壁垒”指的主要是欧美的关税。\n"
    "另外他在同一场会议上还说Robotaxi今年就会上路，这个大家听听就好。",
    ["中国车企是全世界最有竞争力的汽车公司，如果没有贸易壁垒，它们会击垮大多数对手。"],
    "Q&A community answer; answerer's opinion and re-quoting not gold; Robotaxi not gold")

doc("other", "【研报摘要】特斯拉：中国市场竞争加剧，维持“增持”评级",
    "核心观点：1）特斯拉一季度在华交付同比下滑，主因国产品牌价格战；2）我们认为，马斯克所强调的自动驾驶叙事短期内难以在中国兑现；3）上海工厂出口占比提升，部分对冲国内需求疲软。\n"
    "风险提示：中美贸易摩擦加剧；新车型推出不及预期。",
    [], "broker research note; analyst views only")

doc("other", "演讲实录｜马斯克在柏林工厂员工大会上的讲话（节选）",
    "各位同事，谢谢你们。过去一年，柏林工厂取得了巨大的进步。\n"
    "我想说一件事：我们在中国的同事，上海工厂的同事，他们的效率是目前全公司最高的。我希望大家能去上海看看，学习他们的做法。\n"
    "当然，我相信柏林有一天会做得更好。\n"
    "明年，我们会在这里开始生产新的车型。谢谢大家！\n"
    "（根据现场录音整理，有删节）",
    ["我们在中国的同事，上海工厂的同事，他们的效率是目前全公司最高的。我希望大家能去上海看看，学习他们的做法。"],
    "speech transcript in first person (speaker only in title); Berlin remarks not gold")

doc("other", "特斯拉中国关于近期不实传言的声明",
    "近日，网络上出现“马斯克称将关闭上海超级工厂”的不实信息。特斯拉中国郑重声明：上述内容纯属捏造，马斯克先生从未发表过此类言论。"
    "上海超级工厂生产经营一切正常。我们将保留追究造谣者法律责任的权利。\n"
    "特斯拉（上海）有限公司\n2025年3月18日",
    [], "company statement; fabricated quote denied by the company; no statement of his")
