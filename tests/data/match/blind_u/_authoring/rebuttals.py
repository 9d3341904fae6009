"""The 30 rebuttals of blind set U (China topics away from the most obvious ones).

Each entry: key -> dict with id, rating, tags, claim (en, zh), counterpoints, notes.
Close neighbours are built on purpose (see REPORT.md).
"""


def src(title, url, date=""):
    return {"title": title, "url": url, "date": date}


def reb(rid, rating, tags, claim_en, claim_zh, cp_en, cp_zh, sources, notes=""):
    return {
        "id": rid,
        "status": "published",
        "rating": rating,
        "tags": list(tags),
        "claim": {"en": claim_en, "zh": claim_zh},
        "counterpoints": [{"en": cp_en, "zh": cp_zh, "sources": list(sources)}],
        "notes": notes,
    }


R = {}

# ---------------------------------------------------------------- science / talent
R["phd10"] = reb(
    "china-stem-phds-ten-times-us", "False", ["education", "science", "talent"],
    "China now produces ten times as many STEM PhDs a year as the United States.",
    "中国每年培养的理工科博士已经是美国的十倍。",
    "A 2021 projection by Georgetown's Center for Security and Emerging Technology (CSET) put China on "
    "track to award more than 77,000 STEM doctorates a year by 2025, against about 40,000 in the United "
    "States - roughly twice as many, not ten times. Even when international students are left out of the "
    "US count, CSET put the ratio at about three to one.",
    "乔治城大学安全与新兴技术中心（CSET）2021年的预测显示，到2025年中国每年将授予超过7.7万个理工科博士学位，"
    "美国约为4万个，大约是两倍，而不是十倍。即便把在美国读博的国际学生剔除，CSET估算的比例也只有约三比一。",
    [src("CSET: China is Fast Outpacing U.S. STEM PhD Growth",
         "https://cset.georgetown.edu/publication/china-is-fast-outpacing-u-s-stem-phd-growth/", "2021-08")],
    "Neighbour of chinese-us-phds-mostly-go-home (same population, different claim).")

R["phdhome"] = reb(
    "chinese-us-phds-mostly-go-home", "False", ["education", "talent", "immigration"],
    "Most Chinese students who earn PhDs in America go back to China after graduating.",
    "在美国拿到博士学位的中国留学生，大多数毕业后都回国了。",
    "US data point the other way. The National Science Foundation's Survey of Earned Doctorates has for years "
    "found that roughly four in five Chinese citizens earning US doctorates intend to stay in the United States, "
    "and CSET's analysis of the same survey found Chinese STEM PhDs among the nationalities most likely to stay. "
    "Return rates have risen somewhat since 2019 amid visa restrictions, but returners remain a minority.",
    "美国的数据显示情况正好相反。美国国家科学基金会的博士学位调查多年来发现，约五分之四在美获得博士学位的中国公民"
    "打算留在美国；CSET对同一调查的分析也发现，中国籍理工科博士是留美意愿最高的群体之一。2019年以来在签证限制下"
    "回国比例有所上升，但回国者仍是少数。",
    [src("NCSES: Survey of Earned Doctorates", "https://ncses.nsf.gov/surveys/earned-doctorates", "2024"),
     src("CSET: Trends in U.S. Intention-to-Stay Rates of International Ph.D. Graduates",
         "https://cset.georgetown.edu/publication/trends-in-u-s-intention-to-stay-rates-of-international-ph-d-graduates-across-nationality-and-stem-fields/",
         "2020-04")])

R["students"] = reb(
    "chinese-students-largest-group-in-us", "False", ["education", "students"],
    "Chinese students are still the largest group of international students in the United States.",
    "中国学生仍然是美国最大的国际学生群体。",
    "No longer. The Institute of International Education's Open Doors 2024 report showed India overtaking "
    "China as the top source of international students in the US in the 2023/24 academic year, with 331,602 "
    "Indian students against 277,398 from China. The number of Chinese students has fallen every year since "
    "peaking at about 372,000 in 2019/20.",
    "已经不是了。国际教育协会《门户开放》2024年报告显示，2023/24学年印度超过中国成为美国国际学生的第一大来源国："
    "印度学生331,602人，中国学生277,398人。中国在美留学生人数自2019/20学年约37.2万人的峰值后逐年下降。",
    [src("IIE Open Doors 2024: International Students", "https://opendoorsdata.org/annual-release/international-students/",
         "2024-11-18")],
    "Biggest vs second biggest trap: China is now the second-largest source.")

# ---------------------------------------------------------------- startups / VC
R["vc"] = reb(
    "china-venture-capital-is-dead", "Misleading", ["venture-capital", "startups", "finance"],
    "Venture capital in China is dead - nobody funds startups there anymore.",
    "中国的风险投资已经死了，再也没有人给创业公司投钱。",
    "Foreign, dollar-denominated venture funding for Chinese startups fell steeply after 2021, but the money did "
    "not stop: yuan funds, many backed by central and local government 'guidance funds', became the main investors. "
    "In May 2024 China set up the third phase of its national chip fund with 344 billion yuan of registered capital, "
    "and in March 2025 the planning agency announced a national venture guidance fund meant to mobilise close to "
    "1 trillion yuan for frontier technology.",
    "2021年后，外资美元基金对中国初创企业的投资大幅下滑，但资金并没有断流：人民币基金（其中许多由中央和地方政府"
    "引导基金支持）成为主要投资方。2024年5月，国家集成电路产业投资基金三期成立，注册资本3440亿元；2025年3月，"
    "国家发改委宣布设立国家创业投资引导基金，拟带动近1万亿元资金投向前沿科技。",
    [src("Reuters: China sets up third fund with $47.5 bln to boost semiconductor sector",
         "https://www.reuters.com/technology/china-sets-up-475-bln-state-fund-boost-semiconductor-industry-2024-05-27/",
         "2024-05-27"),
     src("NDRC press conference on the national venture capital guidance fund", "https://www.ndrc.gov.cn/", "2025-03-06")],
    "Neighbour of china-more-unicorns-than-us.")

R["unicorn"] = reb(
    "china-more-unicorns-than-us", "False", ["startups", "venture-capital"],
    "China now has more unicorn startups than the United States.",
    "中国的独角兽企业数量已经超过美国。",
    "The Hurun Global Unicorn Index 2024 counted 703 unicorns (private startups valued at $1 billion or more) in "
    "the US and 340 in China, out of 1,453 worldwide. China is the second-biggest home of unicorns, but the US has "
    "about twice as many, and the gap widened in the 2025 index.",
    "《2024胡润全球独角兽榜》统计，全球共有1453家独角兽（估值10亿美元以上的未上市初创企业），其中美国703家、"
    "中国340家。中国是独角兽数量第二多的国家，但美国约为中国的两倍，且在2025年榜单中差距进一步拉大。",
    [src("Hurun Global Unicorn Index 2024", "https://www.hurun.net/en-US/", "2024-04-09")])

# ---------------------------------------------------------------- smartphones
R["huawei"] = reb(
    "huawei-number-one-phone-brand-in-china", "Missing context", ["smartphones", "huawei"],
    "Huawei is now the number one smartphone brand in China.",
    "华为现在是中国第一大智能手机品牌。",
    "It depends on the quarter and the tracker. Huawei's sales rebounded after it launched the Mate 60 with a "
    "domestically made 5G chip in August 2023, and it topped some quarterly rankings, but IDC's full-year count for "
    "2024 put vivo first in China, Huawei second and Apple third. The top five brands are often separated by only "
    "one or two percentage points.",
    "这取决于季度和统计机构。华为2023年8月推出搭载国产5G芯片的Mate 60后销量回升，并在部分季度排名登顶，"
    "但IDC对2024年全年的统计显示，中国市场第一是vivo，华为第二，苹果第三。前五大品牌的份额差距往往只有一两个百分点。",
    [src("IDC China Quarterly Mobile Phone Tracker, 2024Q4", "https://www.idc.com/", "2025-01")],
    "Biggest vs second biggest trap. Neighbour of iphone-china-sales-halved.")

R["iphone"] = reb(
    "iphone-china-sales-halved", "False", ["smartphones", "apple"],
    "Apple's iPhone sales in China have been cut in half.",
    "苹果iPhone在中国的销量已经腰斩。",
    "Apple's sales in China have fallen, but nowhere near by half. Apple's Greater China revenue went from "
    "$74.2 billion in fiscal 2022 to $66.95 billion in fiscal 2024, a drop of about 10%, and market trackers "
    "estimated its 2024 iPhone shipments in China fell by somewhere around 15-20% as Huawei and local brands gained.",
    "苹果在中国的销售确实下滑了，但远没有腰斩。苹果大中华区营收从2022财年的742亿美元降至2024财年的669.5亿美元，"
    "降幅约10%；市场研究机构估计，随着华为和国产品牌崛起，2024年iPhone在中国的出货量下降约15%至20%。",
    [src("Apple Inc. Form 10-K, fiscal 2024", "https://investor.apple.com/sec-filings/default.aspx", "2024-11-01")])

# ---------------------------------------------------------------- drones / delivery
R["dji"] = reb(
    "dji-drones-already-banned-in-us", "False", ["drones", "dji", "us-policy"],
    "The United States has already banned DJI drones.",
    "美国已经禁止了大疆无人机。",
    "Not as of early 2025. DJI was put on the Commerce Department's Entity List in December 2020, which restricts "
    "US exports to the company, not sales of its drones. The defence bill signed in December 2024 gave US security "
    "agencies a year to audit DJI; if none did, DJI would be added to the FCC's Covered List, blocking authorisation "
    "of new models, while drones already sold would remain legal to own and fly.",
    "截至2025年初并非如此。大疆于2020年12月被列入美国商务部实体清单，这限制的是美国对该公司的出口，而不是其无人机的"
    "销售。2024年12月签署的国防授权法案给美国安全机构一年时间审查大疆；若无机构完成审查，大疆将被列入联邦通信委员会"
    "的“受管制清单”，新型号将无法获得授权，而已售出的无人机仍可合法拥有和飞行。",
    [src("National Defense Authorization Act for Fiscal Year 2025 (H.R. 5009)",
         "https://www.congress.gov/bill/118th-congress/house-bill/5009", "2024-12-23"),
     src("Federal Register: Addition of Entities to the Entity List", "https://www.federalregister.gov/", "2020-12-22")],
    "Time-sensitive: 'already' vs a forecast ban is a built-in trap.")

R["drone"] = reb(
    "meituan-drones-deliver-most-takeout", "False", ["drones", "delivery", "meituan"],
    "In Chinese cities, most takeout is already delivered by drone.",
    "在中国城市，大部分外卖已经由无人机配送。",
    "Drone delivery in China is real but tiny. Meituan, the biggest operator, said its drones had flown more than "
    "450,000 orders in total by the end of 2024, on about 50 routes in cities such as Shenzhen and Shanghai. "
    "Meituan's couriers handle tens of millions of food orders every day, so drones carry a minute fraction.",
    "中国的无人机配送确实存在，但规模很小。最大的运营方美团表示，截至2024年底，其无人机在深圳、上海等城市约50条航线上"
    "累计完成订单超过45万单。而美团骑手每天配送的外卖订单以千万计，无人机所占比例微乎其微。",
    [src("Meituan: drone delivery operations update", "https://www.meituan.com/", "2025-01")],
    "Neighbour of meituan-day-beats-doordash-year (same company).")

R["doordash"] = reb(
    "meituan-day-beats-doordash-year", "False", ["delivery", "meituan", "food-delivery"],
    "Meituan delivers more orders in a single day than DoorDash does in a whole year.",
    "美团一天送的订单比DoorDash一整年还多。",
    "That overstates it by a wide margin. DoorDash reported about 2.58 billion orders in 2024. Meituan's on-demand "
    "delivery business handles more than 20 billion orders a year, or roughly 60-70 million on an average day, so "
    "one day of Meituan is a few percent of DoorDash's annual volume. Over a full year, Meituan does move several "
    "times as many orders as DoorDash.",
    "这大大夸大了。DoorDash报告2024年订单约25.8亿单。美团即时配送业务每年处理两百多亿单，平均每天约六七千万单，"
    "因此美团一天的订单量只相当于DoorDash全年的百分之几。不过按全年计算，美团的订单量确实是DoorDash的好几倍。",
    [src("DoorDash fourth quarter and full year 2024 results", "https://ir.doordash.com/", "2025-02-11"),
     src("Meituan annual results", "https://www.meituan.com/en-US/investor", "2024-03")])

# ---------------------------------------------------------------- e-commerce / logistics
R["parcel"] = reb(
    "china-parcels-more-than-rest-of-world", "Mostly true", ["logistics", "e-commerce"],
    "China ships more parcels every year than the rest of the world combined.",
    "中国每年寄送的包裹比世界其他地方加起来还多。",
    "Broadly right. Pitney Bowes' Parcel Shipping Index counted about 161 billion parcels worldwide in 2022, of which "
    "about 111 billion - roughly two thirds - were in China. China's State Post Bureau reported 175 billion express "
    "deliveries in 2024. Most of this volume is small, low-value e-commerce parcels.",
    "大体属实。必能宝包裹运输指数统计，2022年全球包裹约1610亿件，其中中国约1110亿件，约占三分之二。国家邮政局数据显示，"
    "2024年中国快递业务量达1750亿件。这些包裹大多是小件、低价值的电商包裹。",
    [src("Pitney Bowes Parcel Shipping Index 2023", "https://www.pitneybowes.com/us/shipping-index.html", "2023-08"),
     src("State Post Bureau: 2024 postal industry statistics", "https://www.spb.gov.cn/", "2025-01")])

R["online"] = reb(
    "china-online-retail-over-half", "False", ["e-commerce", "retail"],
    "More than half of all retail sales in China now happen online.",
    "中国一半以上的零售额现在都来自网上。",
    "Official figures show about a quarter. China's National Bureau of Statistics reported online retail sales of "
    "physical goods of 13.08 trillion yuan in 2024, 26.8% of total retail sales of consumer goods. That share is among "
    "the highest in the world but well short of half.",
    "官方数据显示约为四分之一。国家统计局数据显示，2024年全国实物商品网上零售额为130816亿元，占社会消费品零售总额的"
    "26.8%。这一比例在全球名列前茅，但离一半还差得远。",
    [src("National Bureau of Statistics: retail sales of consumer goods, 2024", "https://www.stats.gov.cn/", "2025-01-17")],
    "Share vs absolute amount trap (15 trillion yuan online spending is a different claim).")

# ---------------------------------------------------------------- shipbuilding
R["ships"] = reb(
    "china-builds-three-quarters-of-ships", "Misleading", ["shipbuilding", "manufacturing"],
    "China already builds three quarters of the world's ships.",
    "全世界四分之三的船已经是中国造的。",
    "The 'three quarters' figure is China's share of new orders, not of ships actually built. According to China's "
    "Ministry of Industry and Information Technology, Chinese yards delivered 55.7% of the world's new ship tonnage in "
    "2024, while winning 74.1% of new orders and holding 63.1% of the global orderbook. If those orders are delivered, "
    "China's share of completions will rise in coming years.",
    "“四分之三”是中国在新接订单中的份额，而非实际造船量。据工业和信息化部数据，2024年中国造船完工量占世界总量的55.7%，"
    "新接订单占74.1%，手持订单占63.1%。如果这些订单如期交付，未来几年中国的完工份额还会上升。",
    [src("MIIT: 2024 shipbuilding industry economic performance", "https://www.miit.gov.cn/", "2025-01")],
    "Same number, different metric trap: 'three quarters of new orders' is accurate.")

R["ships200"] = reb(
    "china-shipbuilding-200-times-us", "Missing context", ["shipbuilding", "defense"],
    "China's shipbuilding capacity is more than 200 times that of the United States.",
    "中国的造船能力是美国的200多倍。",
    "The figure traces to a US Office of Naval Intelligence slide reported in 2023, which put China's capacity at about "
    "23 million tons a year against under 100,000 for the US - some 232 times. It measures total, mostly commercial, "
    "shipbuilding capacity; the gap in naval shipbuilding is much smaller, though the Pentagon says China's navy is now "
    "the world's largest by number of ships, with over 370 ships and submarines.",
    "这一数字源自2023年披露的一张美国海军情报办公室幻灯片，其估计中国年造船能力约2300万吨，美国不到10万吨，相差约232倍。"
    "它衡量的是以商船为主的总造船能力；在军舰建造方面差距要小得多，不过美国国防部称，中国海军按舰艇数量计已是世界最大，"
    "拥有370多艘舰艇和潜艇。",
    [src("The War Zone: Navy intelligence slide on China's shipbuilding capacity", "https://www.twz.com/", "2023-09"),
     src("US DoD: Military and Security Developments Involving the PRC 2023",
         "https://media.defense.gov/2023/Oct/19/2003323409/-1/-1/1/2023-MILITARY-AND-SECURITY-DEVELOPMENTS-INVOLVING-THE-PEOPLES-REPUBLIC-OF-CHINA.PDF",
         "2023-10-19")])

# ---------------------------------------------------------------- tech giants
R["bigtech"] = reb(
    "alibaba-tencent-shrinking", "Misleading", ["tech-giants", "earnings", "regulation"],
    "Alibaba and Tencent are shrinking - the tech crackdown killed their businesses.",
    "阿里巴巴和腾讯的业务在萎缩，科技整顿把它们整垮了。",
    "Their share prices fell sharply after the 2020-2022 regulatory crackdown, but their businesses kept growing. "
    "Tencent's revenue rose 8% in 2024 to 660.3 billion yuan, and Alibaba's revenue for the year to March 2025 rose 6% "
    "to 996.3 billion yuan. Both remain highly profitable.",
    "2020至2022年监管整顿后，两家公司股价大跌，但业务仍在增长。腾讯2024年营收增长8%，达6603亿元；阿里巴巴截至2025年"
    "3月的财年营收增长6%，达9963亿元。两家公司都仍有丰厚利润。",
    [src("Tencent 2024 annual results", "https://www.tencent.com/en-us/investors.html", "2025-03-19"),
     src("Alibaba Group fiscal 2025 results", "https://www.alibabagroup.com/en-US/ir", "2025-05-15")])

R["superapp"] = reb(
    "no-super-app-outside-china", "Missing context", ["wechat", "super-app", "tencent"],
    "There is no WeChat equivalent outside China - nobody else has built an everything app.",
    "中国以外没有微信这样的应用，别的地方没人做出过“万能应用”。",
    "No app outside China matches WeChat's reach - Tencent reported 1.385 billion monthly users for Weixin and WeChat at "
    "the end of 2024 - but super-apps exist elsewhere. Grab combines ride-hailing, food delivery and payments across eight "
    "Southeast Asian countries, Indonesia's Gojek does the same, KakaoTalk in South Korea and LINE in Japan and Thailand "
    "bundle messaging with payments and banking, and India's Paytm started as a payments super-app.",
    "中国以外确实没有哪款应用能达到微信的覆盖面——腾讯称截至2024年底微信及WeChat合并月活跃用户达13.85亿——但其他地方"
    "也有超级应用。Grab在东南亚八个国家整合了打车、外卖和支付，印尼的Gojek也是如此；韩国的KakaoTalk、日本和泰国的LINE"
    "把通讯与支付、银行服务捆绑在一起；印度的Paytm则以支付超级应用起家。",
    [src("Tencent fourth quarter 2024 results", "https://www.tencent.com/en-us/investors.html", "2025-03-19"),
     src("Grab Holdings investor relations", "https://investors.grab.com/", "2025-02")])

# ---------------------------------------------------------------- gaming
R["kidsgame"] = reb(
    "china-banned-video-games-for-kids", "False", ["gaming", "regulation", "children"],
    "China has banned children from playing video games.",
    "中国已经禁止未成年人玩电子游戏。",
    "It is a time limit, not a ban. Under rules issued by the National Press and Publication Administration on "
    "30 August 2021, online game companies may serve minors only from 8 to 9 pm on Fridays, Saturdays, Sundays and public "
    "holidays - about three hours in a typical week - enforced through real-name registration. Offline games are not "
    "covered, and surveys have found many minors getting round the limits with adults' accounts.",
    "这是时长限制，而不是禁令。根据国家新闻出版署2021年8月30日发布的通知，网络游戏企业仅可在周五、周六、周日和法定"
    "节假日的20时至21时向未成年人提供服务，一般每周约3小时，并通过实名认证执行。单机游戏不在此列，调查也发现不少"
    "未成年人借用成年人账号绕过限制。",
    [src("NPPA: Notice on preventing minors from becoming addicted to online games", "https://www.nppa.gov.cn/",
         "2021-08-30")],
    "Neighbour of china-stopped-approving-video-games. '3 hours a week' is accurate, not this claim.")

R["approvals"] = reb(
    "china-stopped-approving-video-games", "False", ["gaming", "regulation"],
    "China has stopped approving new video games.",
    "中国已经不再批准新游戏上线了。",
    "There was a freeze: regulators issued no new game licences from July 2021 until April 2022. Approvals then resumed "
    "and have grown since; the National Press and Publication Administration approved more than 1,400 games in 2024, "
    "the most in several years.",
    "确实出现过冻结：2021年7月至2022年4月，监管部门没有发放新的游戏版号。此后审批恢复并逐步增加；国家新闻出版署2024年"
    "共批准超过1400款游戏，为近年来最多。",
    [src("NPPA: online game approval lists", "https://www.nppa.gov.cn/", "2024-12")],
    "Past freeze (2021-22) vs present claim is a built-in trap.")

# ---------------------------------------------------------------- surveillance / social credit
R["cameras"] = reb(
    "china-billion-surveillance-cameras", "Misleading", ["surveillance", "cameras"],
    "China has a billion surveillance cameras - about one for every person.",
    "中国有十亿个监控摄像头，差不多人手一个。",
    "Industry estimates are roughly half that. IHS Markit estimated that about 1 billion surveillance cameras would be "
    "installed worldwide by 2021, with around 54% of them in China - some 540 million, or roughly one camera for every "
    "two to three people. There is no official count.",
    "行业估计大约是这个数字的一半。IHS Markit估计，到2021年全球将安装约10亿个监控摄像头，其中约54%在中国，即约5.4亿个，"
    "大约每两到三人一个。目前没有官方统计。",
    [src("WSJ: A Billion Surveillance Cameras Forecast to Be Watching Within Two Years",
         "https://www.wsj.com/articles/a-billion-surveillance-cameras-forecast-to-be-watching-within-two-years-11575565402",
         "2019-12-06")],
    "Total vs share trap: 'more than half the world's cameras' is consistent with the counterpoint.")

R["credit"] = reb(
    "china-single-social-credit-score", "False", ["social-credit", "surveillance", "regulation"],
    "Every Chinese citizen has a single social credit score that decides what they are allowed to do.",
    "每个中国公民都有一个统一的社会信用分，决定他们能做什么。",
    "There is no single national numeric score for individuals. The social credit system outlined by the State Council "
    "in 2014 is mostly a patchwork: credit and compliance records for companies, court blacklists of people who defy "
    "judgments - which have blocked millions of plane and train ticket purchases - and local pilot schemes, some of which "
    "scored residents and many of which were later scaled back.",
    "中国并不存在针对个人的全国统一信用分。国务院2014年提出的社会信用体系基本上是拼凑而成的：包括企业信用与合规记录、"
    "法院的失信被执行人名单（已限制了数以百万计的机票和火车票购买），以及一些地方试点项目，其中部分曾给居民打分，"
    "很多后来已被缩减。",
    [src("MERICS: China's Social Credit System in 2021 - From fragmentation towards integration",
         "https://merics.org/en/report/chinas-social-credit-system-2021-fragmentation-towards-integration", "2021-03-03"),
     src("MIT Technology Review: China just announced a new social credit law. Here's what it means.",
         "https://www.technologyreview.com/2022/11/22/1063605/china-announced-a-new-social-credit-law-what-does-it-mean/",
         "2022-11-22")])

# ---------------------------------------------------------------- tourism / investment / markets
R["tourism"] = reb(
    "china-foreign-tourists-above-2019", "False", ["tourism", "visas"],
    "Thanks to visa-free entry, more foreigners are visiting China now than before Covid.",
    "得益于免签政策，现在来中国的外国人已经比疫情前还多。",
    "Foreign arrivals have rebounded fast but had not regained pre-pandemic levels by 2024. China's National Immigration "
    "Administration counted 26.94 million entries by foreigners in 2024, up 82.9% from 2023, of which about 20 million were "
    "visa-free. That was still short of 2019, when China recorded about 31.9 million foreign visitor arrivals.",
    "外国人入境人数回升很快，但到2024年仍未恢复到疫情前水平。国家移民管理局统计，2024年外国人入境2694万人次，同比增长"
    "82.9%，其中免签入境约2000万人次。这仍低于2019年，当年中国接待入境外国游客约3188万人次。",
    [src("National Immigration Administration: 2024 border statistics", "https://www.nia.gov.cn/", "2025-01-14"),
     src("Ministry of Culture and Tourism: 2019 tourism statistics", "https://www.mct.gov.cn/", "2020-03")])

R["fdi"] = reb(
    "china-fdi-gone-to-zero", "Missing context", ["investment", "economy"],
    "Foreign investment into China has basically dropped to zero.",
    "外国对华投资基本已经归零。",
    "On one balance-of-payments measure it came close: SAFE data show net direct-investment liabilities of just "
    "$4.5 billion in 2024, the lowest since the early 1990s, as foreign firms repatriated profits and cut intra-company "
    "lending. But gross new investment continued: the Commerce Ministry counted 826.25 billion yuan of foreign direct "
    "investment actually used in 2024, down 27.1% from 2023, and about 59,000 newly established foreign-invested firms.",
    "按国际收支口径确实接近于零：国家外汇管理局数据显示，2024年直接投资负债净流入仅45亿美元，为上世纪90年代初以来最低，"
    "原因是外资企业汇回利润、减少公司内部借贷。但新增投资并未停止：商务部统计，2024年全国实际使用外资金额8262.5亿元，"
    "同比下降27.1%，新设外商投资企业约5.9万家。",
    [src("SAFE: 2024 balance of payments", "https://www.safe.gov.cn/", "2025-02"),
     src("MOFCOM: foreign investment in China, January-December 2024", "http://www.mofcom.gov.cn/", "2025-01-17")])

R["stocks"] = reb(
    "china-stock-market-bigger-than-us", "False", ["stock-market", "finance"],
    "China's stock market is now bigger than America's.",
    "中国股市的规模已经超过美国。",
    "Not close. At the end of 2024 the combined market value of US-listed companies was more than $50 trillion, while the "
    "mainland Shanghai, Shenzhen and Beijing exchanges together were worth roughly $12 trillion. Mainland China is the "
    "world's second-largest stock market, at roughly a fifth to a quarter of the US's size.",
    "差得很远。截至2024年底，美国上市公司总市值超过50万亿美元，而上海、深圳、北京三家交易所合计约12万亿美元。"
    "中国内地是全球第二大股票市场，规模约为美国的五分之一到四分之一。",
    [src("World Federation of Exchanges: market statistics", "https://www.world-exchanges.org/our-work/statistics", "2025"),
     src("SIFMA Capital Markets Fact Book 2025", "https://www.sifma.org/resources/research/fact-book/", "2025")],
    "Biggest vs second biggest trap; 'already' vs forecast trap.")

R["homes"] = reb(
    "china-empty-homes-three-billion-people", "Unproven", ["housing", "property", "ghost-cities"],
    "China has enough empty apartments to house three billion people.",
    "中国的空置住房足够住下30亿人。",
    "There is no official count of empty homes in China. The 'three billion' figure comes from He Keng, a former deputy "
    "head of the National Bureau of Statistics, who said in September 2023 that the most extreme estimate was that vacant "
    "homes could hold 3 billion people - which he called perhaps 'a bit much' - before adding that even 1.4 billion people "
    "could not fill them. Independent household surveys have put urban vacancy at around 20%.",
    "中国没有关于空置住房的官方统计。“30亿人”的说法来自国家统计局原副局长贺铿，他在2023年9月说，最极端的估计是空置"
    "房子够30亿人住，他认为“这可能有点过”，但14亿人肯定住不完。独立的家庭调查估计城镇住房空置率约为20%。",
    [src("Reuters: China's vacant homes could not be filled by 1.4 billion people, ex-official says",
         "https://www.reuters.com/world/china/", "2023-09-25")],
    "Same source, different number trap (1.4 billion).")

# ---------------------------------------------------------------- fusion / quantum / biotech
R["fusion"] = reb(
    "china-fusion-already-net-energy", "False", ["fusion", "energy", "science"],
    "China's 'artificial sun' fusion reactor has already produced more energy than it consumed.",
    "中国的“人造太阳”核聚变装置已经实现了能量净增益。",
    "No tokamak, in China or elsewhere, has reached net energy gain. China's EAST reactor in Hefei set a record in January "
    "2025 by holding a high-confinement plasma for 1,066 seconds, a milestone for duration, not energy output. The only "
    "experiment to get more fusion energy out than was delivered to the fuel is the US National Ignition Facility's laser "
    "shot of December 2022 (3.15 MJ out for 2.05 MJ in). China's next device, BEST, is being built to attempt a gain later "
    "this decade.",
    "无论中国还是其他国家，目前还没有任何托卡马克装置实现能量净增益。2025年1月，合肥的EAST装置创下1066秒高约束模等离子体"
    "运行的纪录，这是持续时间的里程碑，而非能量输出。唯一一次聚变产出能量超过输入燃料能量的实验，是美国国家点火装置2022年"
    "12月的激光实验（输入2.05兆焦，输出3.15兆焦）。中国的下一代装置BEST正在建设中，计划在本十年晚些时候尝试实现增益。",
    [src("Xinhua: China's 'artificial sun' sets new record of 1,066 seconds", "https://english.news.cn/", "2025-01-20"),
     src("LLNL: Lawrence Livermore National Laboratory achieves fusion ignition",
         "https://www.llnl.gov/article/49306/lawrence-livermore-national-laboratory-achieves-fusion-ignition",
         "2022-12-14")],
    "'Already' vs 'by 2030' trap. Neighbour of china-fusion-spending-double-us.")

R["fusionspend"] = reb(
    "china-fusion-spending-double-us", "Unproven", ["fusion", "energy", "research-funding"],
    "China spends about twice as much on fusion research as the United States.",
    "中国在核聚变研究上的投入大约是美国的两倍。",
    "China does not publish a fusion budget, so the comparison rests on estimates. Figures cited by US officials and the "
    "Fusion Industry Association put Chinese public spending at roughly $1-1.5 billion a year, against about $790 million "
    "for the US Department of Energy's fusion energy sciences programme in fiscal 2024. US private fusion companies have "
    "raised several billion dollars more, which narrows the gap if private money is counted.",
    "中国没有公布核聚变专项预算，因此这一比较依赖估算。美国官员和聚变产业协会引用的数字显示，中国公共投入每年约10亿至15亿"
    "美元，而美国能源部聚变能源科学项目2024财年约7.9亿美元。美国私营聚变公司另外融资了数十亿美元，如果计入私人资金，"
    "差距会缩小。",
    [src("Fusion Industry Association: The global fusion industry in 2024", "https://www.fusionindustryassociation.org/",
         "2024-07"),
     src("US DOE Office of Science: Fusion Energy Sciences", "https://www.energy.gov/science/fes/fusion-energy-sciences",
         "2024")],
    "'Twice' vs 'ten times' trap.")

R["quantum"] = reb(
    "china-quantum-breaks-rsa", "False", ["quantum", "encryption", "security"],
    "Chinese quantum computers can already break RSA encryption.",
    "中国的量子计算机已经能破解RSA加密。",
    "No quantum computer anywhere has broken real-world RSA. A December 2022 paper by Chinese researchers claimed RSA-2048 "
    "could be attacked with 372 qubits, but it only factored a 48-bit number using 10 qubits, and experts said the method "
    "would not scale. Later Chinese experiments on D-Wave machines factored similarly small numbers, far from the 2048-bit "
    "keys in use.",
    "目前任何国家的量子计算机都没有破解过实际使用的RSA加密。2022年12月，中国研究人员发表论文称用372个量子比特即可攻击"
    "RSA-2048，但他们只用10个量子比特分解了一个48位的数，专家认为该方法无法扩展。此后中国团队在D-Wave设备上的实验分解"
    "的也只是类似的小数字，与实际使用的2048位密钥相去甚远。",
    [src("arXiv: Factoring integers with sublinear resources on a superconducting quantum processor",
         "https://arxiv.org/abs/2212.12372", "2022-12-23")])

R["gene"] = reb(
    "china-gene-edited-babies-no-rules", "False", ["gene-editing", "biotech", "regulation"],
    "In China there are no rules against gene-editing babies.",
    "在中国，对婴儿进行基因编辑没有任何法规限制。",
    "China punished the one known case and then made it a crime. He Jiankui, who announced the birth of gene-edited twins "
    "in November 2018, was sentenced in December 2019 to three years in prison and fined 3 million yuan. An amendment to "
    "China's Criminal Law in force since 1 March 2021 makes implanting gene-edited or cloned human embryos for reproduction "
    "punishable by up to seven years in prison.",
    "中国惩处了唯一已知的案例，并随后将其入刑。2018年11月宣布基因编辑双胞胎出生的贺建奎，于2019年12月被判处有期徒刑三年，"
    "并处罚金300万元。自2021年3月1日起施行的《刑法修正案（十一）》规定，将基因编辑、克隆的人类胚胎植入人体用于生殖，"
    "最高可判处七年有期徒刑。",
    [src("NPC: Amendment XI to the Criminal Law of the PRC", "http://www.npc.gov.cn/", "2020-12-26"),
     src("Reuters: Chinese scientist who gene-edited babies sentenced to three years", "https://www.reuters.com/",
         "2019-12-30")])

# ---------------------------------------------------------------- agriculture / metals
R["food"] = reb(
    "china-grows-all-its-own-food", "False", ["agriculture", "food-security"],
    "China grows all of its own food.",
    "中国的粮食完全自给自足。",
    "China is essentially self-sufficient in rice and wheat and harvested a record 706.5 million tonnes of grain in 2024, "
    "but it depends heavily on imports for animal feed and oilseeds. It imported 105 million tonnes of soybeans in 2024, "
    "about five times its own harvest of around 21 million tonnes, and it is the world's largest importer of agricultural "
    "products.",
    "中国的稻谷和小麦基本自给，2024年粮食产量创下7.065亿吨的纪录，但饲料和油料严重依赖进口。2024年中国进口大豆1.05亿吨，"
    "约为国内产量（约2100万吨）的五倍，中国也是全球最大的农产品进口国。",
    [src("National Bureau of Statistics: 2024 grain output", "https://www.stats.gov.cn/", "2024-12-13"),
     src("General Administration of Customs: 2024 import statistics", "http://english.customs.gov.cn/", "2025-01-13")])

R["alu"] = reb(
    "china-ninety-percent-of-aluminium", "False", ["aluminium", "metals", "manufacturing"],
    "China makes 90% of the world's aluminium.",
    "全世界90%的铝都是中国生产的。",
    "China is by far the biggest producer, but not to that extent. The International Aluminium Institute puts world primary "
    "aluminium output at about 73 million tonnes in 2024, of which China produced about 43 million - close to 60%. China "
    "has also capped its smelting capacity at 45 million tonnes a year.",
    "中国是最大的生产国，但没有那么夸张。国际铝业协会数据显示，2024年全球原铝产量约7300万吨，其中中国约4300万吨，"
    "接近60%。中国还将电解铝产能上限设定为每年4500万吨。",
    [src("International Aluminium Institute: primary aluminium production",
         "https://international-aluminium.org/statistics/primary-aluminium-production/", "2025-01-20")],
    "'More than half' vs '90%' and 'less than a third' traps; 90% is also the rare-earth figure.")

ORDER = ["phd10", "phdhome", "students", "vc", "unicorn", "huawei", "iphone", "dji", "drone", "doordash",
         "parcel", "online", "ships", "ships200", "bigtech", "superapp", "kidsgame", "approvals", "cameras", "credit",
         "tourism", "fdi", "stocks", "homes", "fusion", "fusionspend", "quantum", "gene", "food", "alu"]
assert sorted(ORDER) == sorted(R), set(R) ^ set(ORDER)
