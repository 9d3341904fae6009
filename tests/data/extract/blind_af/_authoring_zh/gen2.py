# -*- coding: utf-8 -*-
# docs 27-44: traditional Chinese (HK / TW outlets)
from gen1 import add

# 27
add("traditional_chinese", "article",
    "馬斯克稱大陸車企「非常拚」",
    "【明報專訊】特斯拉行政總裁馬斯克昨日在社交平台X發文，稱大陸電動車企業「非常拚」，又指它們的成本控制能力「令人難以置信」。他補充說，特斯拉上海超級工廠今年第三季的產量創下新高。分析指，特斯拉在大陸市場的份額正受比亞迪、小米等品牌夾擊。",
    ["大陸車企「非常拚」",
     "大陸電動車企業「非常拚」",
     "它們的成本控制能力「令人難以置信」",
     "特斯拉上海超級工廠今年第三季的產量創下新高"],
    "HK outlet, traditional; quoted fragment inside reported clause; 它們 -> 大陸電動車企業; 他補充說 continuation")

# 28
add("traditional_chinese", "article",
    "【馬斯克與中國】特斯拉大陸銷量連三月下滑",
    "〔財經頻道／綜合報導〕特斯拉在中國大陸的銷量已連續三個月年減。根據乘聯會數據，特斯拉上海超級工廠10月批發銷量約6.1萬輛，年減近一成。市場人士分析，中共近年大力扶植本土電動車品牌，陸企在價格戰中搶占市佔率，特斯拉面臨壓力。元大投顧分析師指出，馬斯克過去對大陸市場「過度樂觀」，未來可能調整策略。特斯拉台灣分公司則未對此發表評論。",
    [],
    "TW outlet; framing headline '馬斯克與中國' over a body with no statement of his; analyst's words about him")

# 29
add("traditional_chinese", "article",
    "馬斯克：台海若爆發衝突 全球供應鏈將陷入停擺",
    "〔中央社〕美國電動車大廠特斯拉執行長馬斯克（Elon Musk）在接受美國財經媒體訪問時表示，若台海爆發衝突，全球供應鏈將「幾乎完全停擺」。「不只是晶片，幾乎所有電子產品都會受到影響。」他說。他也說，特斯拉在台灣有大量零組件供應商，一旦兩岸局勢惡化，公司會面臨很大的麻煩。外交部發言人表示，台灣將持續與理念相近國家合作，確保供應鏈韌性。",
    ["台海若爆發衝突 全球供應鏈將陷入停擺",
     "若台海爆發衝突，全球供應鏈將「幾乎完全停擺」",
     "不只是晶片，幾乎所有電子產品都會受到影響",
     "特斯拉在台灣有大量零組件供應商，一旦兩岸局勢惡化，公司會面臨很大的麻煩"],
    "Taiwan in relation to China (台海, 兩岸); conditional claims; quote attributed at its end; MOFA spokesperson not gold")

# 30
add("traditional_chinese", "article",
    "中共官媒批星鏈威脅太空安全 馬斯克談新一代衛星",
    "【星島日報報道】中共官方媒體《環球時報》近日刊文，批評SpaceX的星鏈衛星「擠佔軌道資源」，威脅太空安全。文章引述大陸專家稱，星鏈衛星曾多次與中國空間站發生「危險接近」。馬斯克未直接回應上述批評，但他周二在X發文表示，星艦將在明年把第一批V3星鏈衛星送入軌道，「每次發射可增加60Tbps容量」。SpaceX目前在軌運行的星鏈衛星已超過8000顆。",
    [],
    "China-critical story; his only remark is about Starlink V3 capacity; mainland experts' words not his")

# 31
add("traditional_chinese", "article",
    "馬斯克：星鏈不會申請進入內地市場",
    "【香港01報道】特斯拉及SpaceX創辦人馬斯克在一場網上直播中回答網民提問時表示，星鏈「不會申請」進入內地市場，因為「那邊的規定很清楚，我們尊重這一點」。被問到會否考慮讓旗下公司來港上市時，他說，香港作為連接內地與國際市場的橋樑「依然很有價值」，但目前沒有具體計劃。被問到星艦何時載人飛行，他說「最快2028年」。有本港電訊業界人士認為，星鏈短期內難以在香港取得牌照。",
    ["星鏈不會申請進入內地市場",
     "星鏈「不會申請」進入內地市場",
     "那邊的規定很清楚，我們尊重這一點",
     "香港作為連接內地與國際市場的橋樑「依然很有價值」"],
    "HK outlet; 內地 for China; 那邊 points back to the mainland; Hong Kong in relation to the mainland; Starship date not gold")

# 32
add("traditional_chinese", "article",
    "馬斯克突訪北京 與中共官員會面",
    "〔聯合報／記者綜合報導〕特斯拉執行長馬斯克周日搭乘私人飛機抵達北京，與大陸國務院總理李強會面。據陸媒報導，李強在會面中表示，歡迎特斯拉「持續深耕中國市場」。馬斯克此行未公開發表談話，行程不到24小時即離開。外界推測，此行與特斯拉FSD在大陸落地及數據安全審查有關。",
    [],
    "actions (visit, meeting) not statements; Li Qiang's words")

# 33
add("traditional_chinese", "article",
    "馬斯克罕見評論小米：SU7做得非常好",
    "〔鏡週刊〕特斯拉執行長馬斯克近日在一場投資人活動上罕見評論大陸對手。他說，小米SU7「做得非常好」，雷軍是「一位非常出色的企業家」。他還表示，這家公司從手機跨足汽車只花了三年，「這種速度在美國幾乎不可能」。他進一步指出，特斯拉不會和大陸車企打價格戰，而是靠自動駕駛拉開差距。他補充說，特斯拉的Cybercab將在明年第二季開始量產。小米方面未回應。",
    ["SU7做得非常好",
     "小米SU7「做得非常好」",
     "雷軍是「一位非常出色的企業家」",
     "這家公司從手機跨足汽車只花了三年，「這種速度在美國幾乎不可能」",
     "特斯拉不會和大陸車企打價格戰，而是靠自動駕駛拉開差距"],
    "China link only via 小米SU7/雷軍; 這家公司 -> Xiaomi; 他還表示/他進一步指出/他補充說 chain; Cybercab date not gold")

# 34
add("traditional_chinese", "article",
    "王傳福：馬斯克當年笑我們，如今我們賣得比他多",
    "【經濟日報】比亞迪董事長王傳福在深圳出席股東大會時表示，十多年前馬斯克曾在訪問中嘲笑比亞迪的產品，「但今天我們的銷量已經是特斯拉的兩倍多」。王傳福又指，比亞迪今年海外銷量有望突破100萬輛。另一方面，馬斯克本周在X上的焦點仍是美國政治，他發文批評國會的預算法案「瘋狂」，並表示將支持新政黨的候選人。",
    [],
    "rival recalls Musk; his only remarks are about US politics")

# 35
add("traditional_chinese", "article",
    "馬斯克：不支持對大陸電動車加徵關稅",
    "〔中時新聞網〕美國政府宣布對大陸製電動車加徵關稅，特斯拉執行長馬斯克在巴黎VivaTech科技大會上被問及此事時表示，他「不支持」對大陸電動車加徵關稅。「特斯拉在市場上公平競爭，我一向反對扭曲市場的做法。」他說，「關稅這類東西往往會適得其反。」據悉，大陸商務部對美方決定表達強烈不滿。",
    ["不支持對大陸電動車加徵關稅",
     "他「不支持」對大陸電動車加徵關稅",
     "特斯拉在市場上公平競爭，我一向反對扭曲市場的做法",
     "關稅這類東西往往會適得其反"],
    "tariffs on Chinese EVs; long phrase between name and 表示; quote continuing across attribution; 這類東西 points back to the China tariffs")

# 36
add("traditional_chinese", "article",
    "TikTok禁令再延期 馬斯克曾被傳有意收購",
    "〔自由時報／國際新聞中心〕美國總統再度簽署行政命令，將TikTok禁令的執行期限延後90天。先前有媒體報導，北京當局曾考慮將TikTok美國業務出售給馬斯克，但字節跳動否認相關說法。馬斯克本人對此不予置評。共和黨參議員霍利表示，任何收購方都必須確保TikTok與中共「完全切割」，「無論是馬斯克還是其他人」。",
    [],
    "TikTok story; rumours and a senator's words about him; he declined to comment")

# 37
add("traditional_chinese", "article",
    "馬斯克發帖嘲諷：誰說中國人不會創新？",
    "【香港經濟日報】特斯拉行政總裁馬斯克周三在X轉發一段深圳無人機工廠的影片，並寫道：「@WallStreetMav 還有人覺得中國人只會抄襲嗎？看看深圳吧。 https://x.com/elonmusk/status/1912345678901234567」該帖子在數小時內獲得逾2000萬次瀏覽。他其後再發帖補充：「大疆的產品我自己也在用，真的沒有對手。」有網民留言認為，馬斯克此舉是為特斯拉在內地的自動駕駛審批「鋪路」。",
    ["誰說中國人不會創新？",
     "還有人覺得中國人只會抄襲嗎？看看深圳吧",
     "大疆的產品我自己也在用，真的沒有對手"],
    "sarcasm/rhetorical question; X post verbatim with handle and URL; 大疆 without the word 中國; netizen comment not gold")

# 38
add("traditional_chinese", "article",
    "馬斯克：特斯拉可能自建晶圓廠 台積電不評論",
    "〔中央社〕特斯拉執行長馬斯克在股東會上表示，為了滿足AI晶片需求，特斯拉「可能必須自建一座巨型晶圓廠」，因為現有供應商的產能「遠遠不夠」。他說，特斯拉會繼續與台積電、三星合作，「他們都是非常好的夥伴」。台積電對此表示不評論客戶個別計畫。",
    [],
    "Taiwan company (TSMC) but not in relation to China; 他們 -> TSMC and Samsung")

# 39
add("traditional_chinese", "article",
    "馬斯克駁撤出大陸傳聞：上海廠運作良好",
    "〔聯合報／編譯〕針對特斯拉可能縮減大陸業務的傳聞，執行長馬斯克周一在X上把相關報導斥為「完全是胡扯」，並說上海超級工廠「運作良好」，「我們沒有任何撤出的計畫」。早在2020年上海廠首批車交付時，馬斯克就曾說：「我們對大陸市場的承諾是長期的。」市場人士則指出，特斯拉今年在大陸的市佔率已跌破5%。",
    ["上海廠運作良好",
     "相關報導斥為「完全是胡扯」",
     "上海超級工廠「運作良好」",
     "我們沒有任何撤出的計畫",
     "我們對大陸市場的承諾是長期的"],
    "rebuttal of withdrawal rumour (把…斥為 span starts after 把); old quote recalled from 2020")

# 40
add("traditional_chinese", "article",
    "李斌：馬斯克是偶像 但蔚來換電領先特斯拉",
    "【明報專訊】蔚來創辦人李斌昨日在上海出席活動時表示，馬斯克是他「創業路上的偶像」，但在換電技術上，蔚來已經「領先特斯拉好幾年」。李斌又透露，他曾在一次會面中向馬斯克介紹換電站，「他覺得很有意思，但認為特斯拉不會走這條路」。蔚來今年在大陸已建成超過3000座換電站。",
    [],
    "Chinese CEO reports what Musk thought in a private meeting: someone else's words with him as object")

# 41
add("traditional_chinese", "article",
    "馬斯克：FSD有望明年初在內地全面推出",
    "【星島日報報道】特斯拉行政總裁馬斯克表示，特斯拉的全自動駕駛（FSD）系統有望明年初在內地全面推出，「我們正與監管部門緊密合作」。特斯拉中國未有進一步回應。",
    ["FSD有望明年初在內地全面推出",
     "特斯拉的全自動駕駛（FSD）系統有望明年初在內地全面推出",
     "我們正與監管部門緊密合作"],
    "short HK item; 內地; follow-on quote refers to mainland regulators by context")

# 42
add("traditional_chinese", "article",
    "Optimus量產在即 台廠搶單 大陸供應鏈虎視眈眈",
    "〔商業周刊〕特斯拉執行長馬斯克日前表示，人形機器人Optimus明年將生產「至少數千台」，長期年產量目標是「100萬台」。消息一出，台灣的減速機與馬達廠商股價大漲。不過業界人士指出，大陸的三花智控、拓普集團等供應商已拿下大量訂單，價格比台廠低兩成以上。一位不具名的供應鏈高層說：「馬斯克只看成本，他們不可能不用大陸廠。」",
    [],
    "his remark about Optimus volume in a mainland-supply-chain story; anonymous executive speaks about him and mainland suppliers")

# 43
add("traditional_chinese", "article",
    "馬斯克稱中共高層也擔憂AI失控",
    "〔自由時報／國際新聞中心〕特斯拉執行長馬斯克在一場科技論壇上談及他與中共高層官員的會面。他說：「他們對AI失控的擔憂，其實和我們一樣深。」馬斯克表示，北京方面「非常認真」地看待數位超級智慧可能帶來的威脅。他認為，中美之間有可能在AI安全上達成某種合作。與會的美國前國安官員則對此表示懷疑，稱中共「從不會讓渡任何控制權」。",
    ["中共高層也擔憂AI失控",
     "他們對AI失控的擔憂，其實和我們一樣深",
     "北京方面「非常認真」地看待數位超級智慧可能帶來的威脅",
     "中美之間有可能在AI安全上達成某種合作"],
    "中共/北京方面; 他們 -> CCP officials; 他認為 reported belief; ex-official's rebuttal not gold")

# 44
add("traditional_chinese", "article",
    "Grok 4中文能力大躍進？馬斯克：最聰明的AI",
    "〔科技新報〕xAI推出新一代模型Grok 4，執行長馬斯克在直播中表示，Grok 4是「世界上最聰明的AI」，在多數學科測驗中「超越博士水準」。不過，台灣AI研究者實測發現，Grok 4在繁體中文的表現仍不如DeepSeek與通義千問。一位研究者表示：「大陸模型在中文語料上的優勢很明顯。」",
    [],
    "Chinese models compared by others; his claims are about Grok only")
