from common import P, D

DOCS = []
A = DOCS.append

# 79 明報 HK positive
A(D("traditional_chinese", "馬斯克：⟦中國電動車將橫掃全球⟧", P(
"【明報專訊】特斯拉行政總裁馬斯克周二在美國加州一個投資者活動上表示，⟦中國電動車企業的競爭力「遠超外界想像」⟧。",
"他說：「⟦如果沒有關稅保護，他們會把大部分傳統車廠打垮⟧。」",
"馬斯克又透露，特斯拉計劃明年在德州推出售價低於三萬美元的新車型。",
"特斯拉股價當日收市升1.8%。"),
"HK traditional; colon headline claim; nested 「」 in reported clause; '他們' refers back; product plan not gold"))

# 80 自由時報 TW negative
A(D("traditional_chinese", "馬斯克再談中國市場 特斯拉陸廠銷量連三月下滑", P(
"〔編譯張曉華／綜合報導〕根據中國乘用車市場信息聯席會數據，特斯拉上海超級工廠5月交車量年減逾一成，已連續三個月下滑。",
"分析指出，在中共當局力挺本土品牌、比亞迪等陸企大打價格戰之下，特斯拉在中國的市占率持續被侵蝕。",
"馬斯克本週在社群平台X上發文談及中國市場，但未透露具體數字，也未回應外界對上海廠減產的揣測。",
"外媒報導，特斯拉正考慮調整上海廠的出口比例。"),
"TW traditional; framing headline '再談中國市場' with no statement in body; analysts/journalist only"))

# 81 中央社 TW positive, cross-strait
A(D("traditional_chinese", "馬斯克：⟦兩岸若爆衝突 全球科技業將受重創⟧", P(
"（中央社記者陳文彬舊金山10日專電）特斯拉執行長馬斯克接受美國財經媒體專訪時表示，⟦若兩岸爆發衝突，全球科技產業都將受到重創⟧，「⟦幾乎所有電子產品的供應鏈都會中斷⟧」。",
"馬斯克也提到，SpaceX的星鏈服務目前已在超過140個國家和地區提供。",
"對於外界關注特斯拉是否會擴大在台採購，馬斯克未正面回應。"),
"TW traditional; Taiwan in relation to China (gold); Starlink remark not gold; non-answer not gold"))

# 82 聯合報 TW negative, other's words to Musk
A(D("traditional_chinese", "陸電池大廠董座：曾當面勸馬斯克改用鈉電池", P(
"【聯合報／記者林怡君／綜合報導】大陸電池大廠江蘇恒昱新能源董事長彭海濤日前在一場論壇上表示，他曾在2022年當面告訴特斯拉執行長馬斯克，鈉離子電池將在五年內大規模商用。",
"彭海濤說：「當時馬斯克聽得很認真，還問了很多細節。」",
"特斯拉對此未予置評。",
"業界人士指出，大陸電池企業近年積極布局鈉電池，多家車企已推出搭載鈉電池的入門車款。"),
"TW traditional; Chinese executive says he told Musk; his description of Musk listening is not a statement"))

# 83 經濟日報 HK positive, two-verb headline with pronoun
A(D("traditional_chinese", "馬斯克盛讚大陸車企 直言⟦他們比誰都拚⟧", P(
"特斯拉行政總裁馬斯克昨日在一個網上直播活動中談到比亞迪、小米等大陸車企時說：「⟦坦白講，他們是我們最難纏的對手⟧。⟦他們的工程師幾乎不休息，產品更新速度是我們的兩倍⟧。」",
"他還表示，⟦特斯拉上海廠的成本在全球所有廠房中最低⟧。",
"不過，被問到美國大選時，馬斯克則以「不予評論」作答。"),
"HK traditional; two-verb headline (gold: claim part); '他們' refers to 大陸車企; 他還表示 continuation"))

# 84 香港01 negative, actions
A(D("traditional_chinese", "馬斯克閃電訪滬 與上海市委書記會面", P(
"特斯拉行政總裁馬斯克昨日乘坐私人飛機抵達上海，隨即與上海市委書記會面，雙方就特斯拉在滬業務交換意見。據官方通稿，上海市委書記表示歡迎特斯拉進一步擴大在華投資。",
"馬斯克其後前往臨港特斯拉超級工廠視察，停留約兩小時。",
"他在社交平台X上只上載了一張在工廠內的合照，未有附加文字。"),
"HK traditional; visit/meeting are actions; official's words; photo without text"))

# 85 數位時代 TW positive, X post
A(D("traditional_chinese", "馬斯克發文讚中國機器人產業 網友熱議", P(
"特斯拉執行長馬斯克週三在X上轉發一段大陸人形機器人跑半程馬拉松的影片，並發文指出，⟦中國的機器人產業正以驚人的速度擴張⟧。",
"他接著寫道：「⟦在硬體製造方面，他們已經領先了⟧。」",
"馬斯克同時強調，Optimus將是「全球最先進的人形機器人」。",
"該貼文截至發稿已累積超過1500萬次瀏覽。"),
"TW traditional; X post described; '他們' refers back; Optimus boast not gold; headline only describes"))

# 86 星島日報 HK negative, Kimbal
A(D("traditional_chinese", "馬斯克胞弟訪深圳 讚內地科創氛圍", P(
"特斯拉董事、行政總裁馬斯克的胞弟金博爾·馬斯克（Kimbal Musk）本周到訪深圳，參觀多間科技企業。他在接受本報訪問時表示，「深圳的創業氛圍是我見過最好的」。",
"金博爾又說，內地年輕人對新科技的接受程度很高。",
"至於其兄長會否再訪內地，金博爾笑言「要問他本人」。"),
"HK traditional; Kimbal Musk (brother) speaking about 內地; not the watched speaker"))

# 87 TC aggregator positive
A(D("traditional_chinese", "馬斯克稱⟦中國將主導全球電池供應鏈⟧ - 自由時報",
"特斯拉執行長馬斯克接受訪問時談及電池產業發展。",
"traditional-character aggregator title with ' - 自由時報' suffix; gold excludes suffix"))

# 88 TC aggregator negative
A(D("traditional_chinese", "馬斯克發文談大陸電池價格 - 聯合新聞網",
"特斯拉執行長馬斯克週末在X上連發數文，話題圍繞電池成本。",
"traditional-character aggregator headline that only describes posting"))

# 89 信報 HK positive, Hong Kong
A(D("traditional_chinese", "馬斯克：⟦香港仍是連接內地與世界的橋樑⟧", P(
"特斯拉行政總裁馬斯克昨日透過視像出席在港舉行的一個金融科技論壇，他在回答主持人提問時表示：「⟦香港仍然是連接中國內地與全世界的重要橋樑⟧。」",
"他又談到人工智能的發展，稱通用人工智能最快可能在明年出現。",
"論壇為期兩日，吸引逾三千人參與。"),
"HK traditional; Hong Kong in relation to the mainland (gold); AGI remark not gold"))

# 90 明報 negative, analysis with 中共
A(D("traditional_chinese", "分析：馬斯克與中共關係微妙 特斯拉處境兩難", P(
"馬斯克一向被視為與北京關係最密切的美國企業家之一。上海超級工廠由動工到投產只用了不足一年，被外界視為中共當局給予特斯拉「特殊待遇」的例證。",
"然而，隨着中美科技競爭加劇，這種關係正面臨考驗。",
"有美國國會議員批評馬斯克「對中共過於友好」，要求其披露與中方官員的接觸。",
"香港一名政治學者則認為，馬斯克在兩邊游走的空間正愈來愈小。",
"特斯拉未有回應本報查詢。"),
"HK traditional analysis; lawmakers' and scholar's words about Musk; no statement of his"))

# 91 TW long locative
A(D("traditional_chinese", "馬斯克：⟦上海廠仍是全球效率最高工廠⟧", P(
"〔財經頻道／綜合報導〕馬斯克週四在美國德州奧斯汀特斯拉超級工廠舉行的年度股東會上、回答一名來自新加坡的股東提問時表示，⟦特斯拉上海超級工廠仍是全球效率最高的工廠⟧。",
"他還說，Optimus人形機器人明年將在德州工廠小量生產。",
"馬斯克也提到，⟦大陸的供應商在交貨速度上無人能及⟧。",
"特斯拉股價盤後上漲約2%。"),
"TW traditional; long locative between name and 表示; 他還說 about Optimus not gold; 大陸 usage"))

# 92 TW Q&A negative
A(D("traditional_chinese", "專訪台廠董座吳志遠：馬斯克要的就是速度", P(
"問：您跟馬斯克合作多久了？",
"吳志遠：超過十年。他最在意的就是速度，任何事情都要「昨天完成」。",
"問：您怎麼看大陸供應鏈的競爭？",
"吳志遠：我曾跟他說，大陸供應鏈的速度很難追，但台廠的品質更穩定。",
"問：特斯拉會減少對大陸的依賴嗎？",
"吳志遠：這要看美中關係，不是我們能決定的。"),
"TW traditional Q&A with a Taiwanese supplier; his words to/about Musk; no statement of Musk"))

# 93 中央社 denial with 'never' + recalled quote
A(D("traditional_chinese", "馬斯克駁斥出售上海廠傳聞", P(
"（中央社台北15日綜合外電報導）有外媒報導特斯拉考慮出售上海超級工廠部分股權，特斯拉執行長馬斯克今天在X上駁斥相關報導。",
"他寫道：「⟦我從來沒有說過要出售上海工廠的任何股份，這篇報導是假新聞⟧。」",
"早在2019年上海廠動工時，馬斯克就曾說過，「⟦上海廠將是特斯拉在海外最重要的生產基地⟧」。"),
"TW traditional; denial stating his claim ('從來沒有說過', gold); recalled quote from 2019 (gold); headline only describes"))

# 94 other: weibo hot search
A(D("other", "#马斯克称⟦中国AI发展速度惊人⟧#", P(
"微博热搜榜显示，话题#马斯克称中国AI发展速度惊人#今日上午冲上热搜第三位，阅读量超过2亿。",
"据悉，马斯克在一场线上活动中称，⟦中国AI的发展速度“惊人”，“超出了大多数人的预期”⟧。",
"网友纷纷留言：“被马斯克认可了！”“他说的是实话。”"),
"social hot-search item; hashtag carries his claim; netizen comments not gold"))

# 95 other: Zhihu answer, no statement
A(D("other", "如何看待马斯克再谈中国市场？", P(
"谢邀。先说结论：别太当真。",
"马斯克谈中国，从来都是看场合说话。在投资者面前，他强调中国竞争激烈，以此解释利润率下滑；在中国的论坛上，他又会讲特斯拉对中国的长期承诺。",
"他这次具体说了什么其实不重要，重要的是数字：特斯拉在华份额已经从高峰时的15%左右跌到了不足8%。",
"所以与其分析他的措辞，不如去看每个月的上险量。",
"以上，个人观点，不构成投资建议。"),
"Q&A-site answer with the answerer's characterisation of Musk; no statement of his"))

# 96 other: broker research note
A(D("other", "【国泰证券】特斯拉跟踪点评：中国区FSD落地节奏有望加快", P(
"事件：特斯拉于7月23日发布2025年二季度财报并召开业绩电话会。",
"点评：1）管理层对中国市场表态积极。马斯克在电话会上明确表示：“⟦我们在中国推送FSD还需要等待监管批准，但我们对此很有信心⟧。”",
"2）我们预计上海工厂下半年交付量环比提升10%以上，主要受益于新款Model Y的出口放量。",
"3）维持“买入”评级。",
"风险提示：国内价格竞争加剧；海外关税政策变化。"),
"broker note; his quoted remark (gold) vs analysts' own forecasts (not gold)"))

# 97 other: press release, action only
A(D("other", "鼎擎智驾：关于公司董事长会见特斯拉首席执行官的公告", P(
"本公司董事长于当地时间6月18日在美国加州帕洛阿尔托会见了特斯拉首席执行官埃隆·马斯克，双方就智能驾驶数据服务合作进行了深入交流。",
"董事长表示：“特斯拉是全球智能驾驶的标杆，我们很荣幸能与其探讨合作。”",
"截至本公告日，双方尚未签署任何协议。敬请广大投资者注意投资风险。",
"特此公告。"),
"Chinese company press release: meeting (action) and chairman's words; nothing from Musk"))

# 98 other: morning newsletter with a Musk China item
A(D("other", "早报｜特斯拉上海储能工厂二期开工；马斯克：⟦国产储能电池价格还会降⟧；小米汽车交付破50万", P(
"1. 特斯拉上海储能超级工厂二期项目今日开工，预计明年投产。",
"2. 马斯克在X上回复网友称，⟦中国产的储能电池价格明年还会再降20%左右⟧。",
"3. 小米汽车累计交付量突破50万辆。",
"4. SpaceX星舰第十次试飞将于下周进行，马斯克称“成功概率约为七成”。"),
"newsletter with several items; colon claim inside multi-item headline; Starship odds not gold"))

# 99 other: evening newsletter without a China statement
A(D("other", "晚报｜马斯克称Optimus明年量产；比亚迪海外销量创新高", P(
"1. 马斯克在X上表示，Optimus人形机器人将于明年开始量产，初期年产能约为五千台。",
"2. 比亚迪公布6月销量，海外销量首次突破9万辆，创历史新高。",
"3. 宁德时代宣布将在匈牙利建设第二座工厂。",
"4. 马斯克称星链用户数已突破600万。"),
"newsletter mixing Musk items (Optimus, Starlink) with China items that are not his statements"))

# 100 other: broker call minutes
A(D("other", "券商电话会纪要：特斯拉管理层交流要点（马斯克出席）", P(
"时间：7月24日；参会：马斯克（CEO）、塔内贾（CFO）",
"一、马斯克观点",
"1）⟦中国市场的价格战可能会持续到明年底，特斯拉不会跟进降价⟧；",
"2）Robotaxi年底前扩展至美国十个城市；",
"3）⟦上海工厂将承担新版Model Y的全部亚太出口⟧。",
"二、CFO观点",
"1）二季度中国区毛利率环比改善，主要来自原材料降价。",
"三、我们的看法",
"我们认为马斯克对中国价格战的判断偏谨慎，但上海工厂的出口弹性被市场低估。"),
"call minutes: bulleted paraphrases of his views (China ones gold); CFO and analyst views not gold"))
