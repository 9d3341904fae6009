"""Writes rebuttals.yaml (30 rebuttals) for the blind set m_ab."""
import yaml

R = []


def reb(rid, rating, tags, en, zh, cps, notes=""):
    R.append({
        "id": rid, "status": "published", "rating": rating, "tags": tags,
        "claim": {"en": en, "zh": zh},
        "counterpoints": [{"en": c[0], "zh": c[1], "sources": [
            {"title": t, "url": u, "date": d} for (t, u, d) in c[2]]} for c in cps],
        "notes": notes,
    })


reb("smic-cannot-make-7nm-chips", "False", ["chips", "smic", "huawei", "export-controls"],
    "Because of US sanctions, SMIC simply cannot make 7-nanometre chips.",
    "由于美国制裁，中芯国际根本造不出7纳米芯片。",
    [("In September 2023 the research firm TechInsights took apart Huawei's Mate 60 Pro and found that its "
      "Kirin 9000S processor was made on SMIC's 7nm-class 'N+2' process. SMIC got there without ASML's "
      "extreme-ultraviolet (EUV) lithography machines, which have never been shipped to China, by using older "
      "deep-ultraviolet tools with multiple patterning. Analysts say its yields are lower and its costs higher "
      "than TSMC's, which has mass-produced 7nm chips since 2018.",
      "2023年9月，研究机构TechInsights拆解华为Mate 60 Pro后发现，其麒麟9000S处理器采用中芯国际7纳米级“N+2”工艺制造。"
      "中芯国际在没有ASML极紫外（EUV）光刻机的情况下（EUV设备从未运抵中国），利用较老的深紫外光刻机配合多重曝光实现了这一工艺。"
      "分析人士认为，其良率低于台积电、成本更高；台积电自2018年起就已量产7纳米芯片。",
      [("TechInsights: Huawei Mate 60 Pro teardown finds SMIC 7nm (N+2) Kirin 9000S",
        "https://www.techinsights.com/blog/techinsights-finds-smic-7nm-n2-huawei-mate-60-pro", "2023-09"),
       ("TSMC: 7nm technology", "https://www.tsmc.com/english/dedicatedFoundry/technology/logic/l_7nm", "")])])

reb("china-chipmaking-decade-behind", "Misleading", ["chips", "smic", "tsmc", "export-controls"],
    "China's chipmaking is a full decade behind the leading edge.",
    "中国的芯片制造比世界最先进水平整整落后十年。",
    [("China's most advanced logic process, SMIC's 7nm-class node, entered volume production in 2023, about five "
      "years after TSMC began mass-producing 7nm chips in 2018. At the frontier the gap is roughly three process "
      "generations: TSMC started 3nm production in late 2022 and 2nm in late 2025. The gap is real, and export "
      "controls on EUV tools make it harder to close, but 'ten years' overstates it.",
      "中国最先进的逻辑工艺——中芯国际的7纳米级工艺——于2023年进入量产，比台积电2018年量产7纳米晚约五年。"
      "在最前沿，差距大约是三代工艺：台积电2022年底开始量产3纳米，2025年底开始量产2纳米。"
      "差距确实存在，EUV设备的出口管制也让追赶更难，但“落后十年”是夸大其词。",
      [("TechInsights: Huawei Mate 60 Pro teardown finds SMIC 7nm (N+2) Kirin 9000S",
        "https://www.techinsights.com/blog/techinsights-finds-smic-7nm-n2-huawei-mate-60-pro", "2023-09"),
       ("TSMC: Logic technology", "https://www.tsmc.com/english/dedicatedFoundry/technology/logic", "")])])

reb("huawei-ascend-as-good-as-nvidia", "Misleading", ["ai-chips", "huawei", "nvidia", "compute"],
    "Huawei's Ascend AI chips are already as good as Nvidia's best.",
    "华为昇腾AI芯片已经和英伟达最好的芯片一样强。",
    [("Huawei's Ascend 910B is generally benchmarked near Nvidia's A100, a chip launched in 2020, and below the H100 "
      "and the newer Blackwell chips on per-chip performance and memory bandwidth. Huawei's answer is scale: its "
      "CloudMatrix 384 system, shown in 2025, links 384 Ascend 910C chips to rival Nvidia's 72-GPU GB200 NVL72 rack "
      "on total compute, but SemiAnalysis estimated it draws nearly four times as much power. Output is also limited "
      "by SMIC's capacity and by access to high-bandwidth memory.",
      "华为昇腾910B的性能通常被认为接近英伟达2020年推出的A100，单芯片性能和显存带宽都低于H100及更新的Blackwell系列。"
      "华为的办法是堆规模：2025年亮相的CloudMatrix 384系统把384颗昇腾910C芯片连在一起，总算力可与英伟达72颗GPU的GB200 NVL72机柜相当，"
      "但据SemiAnalysis估计，其功耗接近后者的四倍。产量还受制于中芯国际的产能和高带宽内存的供应。",
      [("SemiAnalysis: Huawei AI CloudMatrix 384 - China's answer to Nvidia GB200 NVL72",
        "https://semianalysis.com/2025/04/16/huawei-ai-cloudmatrix-384-chinas-answer-to-nvidia-gb200-nvl72/",
        "2025-04-16")])])

reb("huawei-killed-by-us-sanctions", "False", ["huawei", "sanctions", "smartphones"],
    "US sanctions killed Huawei as a company.",
    "美国的制裁已经把华为整垮了。",
    [("Huawei's revenue did fall sharply after US export controls cut it off from advanced chips and Google "
      "services, from 891 billion yuan in 2020 to 637 billion yuan in 2021. But its 2024 annual report shows revenue "
      "of 862 billion yuan, up 22% on 2023 and close to the 2020 peak, with R&D spending of 180 billion yuan. Net "
      "profit fell 28% in 2024 to 62.6 billion yuan, and its smartphone business rebounded in China after the "
      "Mate 60 launch in 2023.",
      "美国出口管制切断了华为获取先进芯片和谷歌服务的渠道后，华为营收确实大幅下滑，从2020年的8914亿元降至2021年的6368亿元。"
      "但其2024年年报显示，营收达8621亿元，同比增长22%，接近2020年的高点；研发投入达1797亿元。"
      "2024年净利润同比下降28%至626亿元。2023年Mate 60发布后，其手机业务在中国市场明显回升。",
      [("Huawei Annual Report 2024", "https://www.huawei.com/en/annual-report/2024", "2025-03-31")])])

reb("byd-profitable-only-from-subsidies", "Missing context", ["byd", "evs", "subsidies"],
    "BYD is only profitable because Beijing keeps subsidising it.",
    "比亚迪之所以盈利，全靠北京的补贴。",
    [("BYD does receive substantial state support: the Kiel Institute estimated its direct government subsidies "
      "rose from about EUR 220 million in 2020 to EUR 2.1 billion in 2022, and its buyers benefited from national "
      "purchase subsidies until the end of 2022 and a purchase-tax exemption since. In 2022 that direct support was "
      "roughly the size of BYD's net profit of 16.6 billion yuan. By 2024, however, BYD's net profit had risen to "
      "40.3 billion yuan on revenue of 777 billion yuan, well above the subsidies identified, helped by its scale "
      "and its in-house batteries and chips.",
      "比亚迪确实获得了大量国家支持：基尔世界经济研究所估计，其直接政府补贴从2020年的约2.2亿欧元增至2022年的21亿欧元；"
      "其购车用户在2022年底前享受国家购置补贴，之后又享受购置税减免。2022年，这些直接补贴大致与比亚迪当年166亿元的净利润相当。"
      "但到2024年，比亚迪净利润增至403亿元，营收7771亿元，远高于已知补贴规模，这得益于其规模效应以及自产电池和芯片。",
      [("Kiel Institute: Foul Play? On the Scale and Scope of Industrial Subsidies in China",
        "https://www.ifw-kiel.de/publications/foul-play-on-the-scale-and-scope-of-industrial-subsidies-in-china/",
        "2024-04"),
       ("BYD Company: 2024 annual results", "https://www.bydglobal.com/en/Investor.html", "2025-03")])])

reb("xiaomi-ev-flop-nobody-buys", "False", ["xiaomi", "evs"],
    "Xiaomi's car is a flop: hardly anyone is buying the SU7.",
    "小米汽车是个失败产品，SU7几乎没人买。",
    [("Xiaomi delivered more than 135,000 SU7 sedans in 2024, its first year on sale, beating a target it had "
      "already raised to 130,000. Its second model, the YU7 SUV, drew more than 240,000 locked-in orders within 18 "
      "hours of its launch in June 2025. Demand is not the weak point; profitability is: Xiaomi's new businesses, "
      "mainly EVs, reported an operating loss of about 6.2 billion yuan in 2024.",
      "小米2024年交付了超过13.5万辆SU7，这是其上市首年，超过了此前已上调至13万辆的目标。"
      "第二款车型YU7 SUV于2025年6月发布后，18小时内锁单超过24万台。"
      "需求并不是问题，盈利才是：2024年小米以电动车为主的创新业务经营亏损约62亿元。",
      [("Xiaomi Corporation: 2024 annual results announcement", "https://ir.mi.com/", "2025-03-18")])])

reb("catl-makes-over-half-of-ev-batteries", "False", ["catl", "batteries", "evs"],
    "CATL makes more than half of all the EV batteries in the world.",
    "全球一半以上的电动车电池是宁德时代生产的。",
    [("CATL is the world's largest EV battery maker, but its share is well under half. SNE Research data show CATL "
      "supplied 37.9% of global EV battery installations in 2024, ahead of BYD (17.2%) and LG Energy Solution "
      "(10.8%). Chinese makers together accounted for roughly two-thirds of the market; CATL alone has not reached "
      "50%.",
      "宁德时代是全球最大的动力电池制造商，但份额远不到一半。SNE Research数据显示，2024年宁德时代占全球电动车电池装机量的37.9%，"
      "领先比亚迪（17.2%）和LG新能源（10.8%）。中国企业合计约占三分之二，但宁德时代一家的份额从未达到50%。",
      [("SNE Research: Global EV battery usage, January-December 2024", "https://www.sneresearch.com/en/",
        "2025-02")])])

reb("dji-drones-send-data-to-beijing", "Unproven", ["dji", "drones", "data-security"],
    "Every DJI drone secretly sends its flight data to the Chinese government.",
    "每一架大疆无人机都在偷偷把飞行数据传给中国政府。",
    [("No public evidence shows that DJI drones send flight data to the Chinese government. Reviews commissioned "
      "by DJI from Booz Allen Hamilton and FTI Consulting in 2020 found no unauthorised data transmission, and users "
      "can fly in a 'local data mode' with no internet connection. US agencies still treat DJI as a risk: the "
      "Treasury put it on an investment blacklist in December 2021 over surveillance of Uyghurs, and the Pentagon "
      "listed it as a 'Chinese military company' in 2022, citing Chinese laws that can compel firms to hand over data.",
      "没有公开证据表明大疆无人机会把飞行数据发送给中国政府。大疆2020年委托博思艾伦（Booz Allen Hamilton）和FTI咨询进行的审查"
      "均未发现未经授权的数据传输，用户也可以使用断网的“本地数据模式”飞行。不过美国政府仍视大疆为风险："
      "美国财政部2021年12月以涉及监控维吾尔族为由将其列入投资黑名单，五角大楼2022年将其列为“中国军事企业”，"
      "理由包括中国法律可强制企业交出数据。",
      [("DJI: Booz Allen Hamilton and FTI Consulting data security reviews",
        "https://www.dji.com/newsroom/news/dji-statement-on-booz-allen-hamilton-audit", "2020-07"),
       ("US Treasury: Treasury identifies eight Chinese tech firms as part of the Chinese military-industrial complex",
        "https://home.treasury.gov/news/press-releases/jy0538", "2021-12-16")])])

reb("alibaba-never-recovered-from-crackdown", "Misleading", ["alibaba", "regulation", "jack-ma"],
    "Beijing crushed Alibaba after Jack Ma's speech and the company never recovered.",
    "马云那次演讲后，北京整垮了阿里巴巴，这家公司再也没有恢复过来。",
    [("After Jack Ma criticised financial regulators in October 2020, authorities halted Ant Group's $37 billion IPO "
      "and in April 2021 fined Alibaba a record 18.2 billion yuan for abusing its market position; Alibaba's "
      "US-listed shares lost about three-quarters of their value from the 2020 peak. The company nonetheless stayed "
      "large and profitable, reporting revenue of about 996 billion yuan in the year to March 2025. Ma appeared at a "
      "symposium chaired by Xi Jinping in February 2025, and Alibaba's shares rose sharply that year on its AI and "
      "cloud business.",
      "马云2020年10月批评金融监管后，监管部门叫停了蚂蚁集团370亿美元的IPO，并于2021年4月以滥用市场支配地位为由对阿里巴巴处以"
      "创纪录的182亿元罚款；阿里在美上市股票较2020年高点下跌约四分之三。但阿里依然规模庞大且保持盈利，"
      "截至2025年3月的财年营收约9963亿元。马云2025年2月出席了习近平主持的民营企业座谈会，阿里股价当年因AI和云业务大幅上涨。",
      [("Alibaba Group: Financial results for the fiscal year ended March 31, 2025",
        "https://www.alibabagroup.com/en-US/ir-financial-reports-financial-results", "2025-05-15"),
       ("Xinhua: Xi attends symposium on private enterprises", "https://english.news.cn/", "2025-02-17")])])

reb("bytedance-owned-by-chinese-state", "Misleading", ["bytedance", "tiktok", "regulation"],
    "ByteDance is essentially owned by the Chinese government.",
    "字节跳动实际上归中国政府所有。",
    [("ByteDance says about 60% of it is owned by global institutional investors such as Susquehanna, General "
      "Atlantic and KKR, about 20% by its founders and about 20% by employees. The Chinese state's formal stake is "
      "a 1% 'special management share' in Beijing Douyin Information Service, a domestic subsidiary, taken in 2021 "
      "by an entity linked to the Cyberspace Administration of China, which comes with a board seat. US concerns "
      "rest less on ownership than on Chinese laws that can compel companies to cooperate with intelligence work.",
      "字节跳动表示，公司约60%的股份由海纳国际（Susquehanna）、泛大西洋投资、KKR等全球机构投资者持有，约20%由创始人持有，"
      "约20%由员工持有。中国国家的正式持股仅为2021年由网信办关联机构入股国内子公司北京抖音信息服务有限公司的1%“特殊管理股”，"
      "附带一个董事席位。美国的担忧主要不在股权，而在于中国法律可以要求企业配合情报工作。",
      [("ByteDance: About us", "https://www.bytedance.com/en/", ""),
       ("Congressional Research Service: TikTok: Frequently Asked Questions",
        "https://crsreports.congress.gov/product/pdf/R/R48023", "2024-04")])])

reb("yuan-about-to-replace-dollar", "False", ["central-bank", "yuan", "finance"],
    "China's yuan is about to replace the dollar as the world's reserve currency.",
    "人民币即将取代美元成为世界储备货币。",
    [("IMF data on the currency composition of official reserves (COFER) show the US dollar at about 58% of "
      "disclosed global reserves at the end of 2024 and the Chinese renminbi at about 2%, behind the euro, yen and "
      "pound. In SWIFT payment data the yuan ranks around fourth, with a share of roughly 3-5% against close to half "
      "for the dollar. Capital controls, which the People's Bank of China still maintains, limit how freely "
      "foreigners can move yuan in and out of China.",
      "国际货币基金组织官方外汇储备货币构成（COFER）数据显示，截至2024年底，美元约占全球已披露储备的58%，人民币约占2%，"
      "低于欧元、日元和英镑。在SWIFT支付数据中，人民币大致排名第四，份额约为3%至5%，而美元接近一半。"
      "中国人民银行仍在实行资本管制，限制了外国人自由进出人民币资金。",
      [("IMF: Currency Composition of Official Foreign Exchange Reserves (COFER)",
        "https://data.imf.org/regular.aspx?key=41175", "2025-03-31"),
       ("SWIFT: RMB Tracker",
        "https://www.swift.com/our-solutions/compliance-and-shared-services/business-intelligence/renminbi/rmb-tracker",
        "2025")])])

reb("china-ten-times-more-engineers", "Missing context", ["engineers", "universities", "education"],
    "China graduates ten times as many engineers as the US every year.",
    "中国每年毕业的工程师是美国的十倍。",
    [("Headline counts do show a very large gap: China awards well over a million engineering bachelor's degrees a "
      "year, while US institutions awarded about 130,000 in 2022 according to the American Society for Engineering "
      "Education. The comparison is not like for like: Chinese 'engineering' covers a broader set of programmes, "
      "quality varies widely, and the US also draws many foreign-born engineers. At doctoral level the gap is much "
      "smaller: Georgetown's CSET projected China would produce about 77,000 STEM PhDs in 2025 against about 40,000 "
      "in the US.",
      "总量确实相差悬殊：中国每年授予的工科学士学位远超一百万个，而据美国工程教育学会统计，美国高校2022年授予约13万个工程学士学位。"
      "但两者口径不同：中国的“工科”覆盖范围更广，培养质量参差不齐，美国还吸引了大量外国出生的工程师。"
      "在博士层面差距小得多：乔治城大学安全与新兴技术中心（CSET）预计，2025年中国将培养约7.7万名STEM博士，美国约4万名。",
      [("CSET: China is Fast Outpacing U.S. STEM PhD Growth",
        "https://cset.georgetown.edu/publication/china-is-fast-outpacing-u-s-stem-phd-growth/", "2021-08"),
       ("ASEE: Engineering and Engineering Technology by the Numbers", "https://ira.asee.org/by-the-numbers/",
        "2023")])])

reb("china-navy-bigger-than-us-navy", "Missing context", ["military", "navy", "shipbuilding"],
    "China's navy is already bigger than the US Navy.",
    "中国海军已经比美国海军还大了。",
    [("By ship count that is correct: the Pentagon's 2024 China Military Power Report says the PLA Navy has more "
      "than 370 ships and submarines, the world's largest fleet, against fewer than 300 battle-force ships in the US "
      "Navy. But US ships are larger and more capable on average, and the US fleet has roughly twice the total "
      "tonnage. The US operates 11 nuclear-powered aircraft carriers; China has three conventionally powered ones.",
      "按舰艇数量计算，这一说法属实：五角大楼2024年《中国军事与安全发展报告》称，解放军海军拥有370多艘舰艇和潜艇，"
      "是世界上规模最大的海军，而美国海军的作战舰艇不足300艘。但美国舰艇平均更大、能力更强，美国舰队的总吨位大约是中国的两倍。"
      "美国拥有11艘核动力航空母舰，中国有3艘常规动力航母。",
      [("US Department of Defense: Military and Security Developments Involving the People's Republic of China 2024",
        "https://media.defense.gov/2024/Dec/18/2003615520/-1/-1/0/MILITARY-AND-SECURITY-DEVELOPMENTS-INVOLVING-THE-PEOPLES-REPUBLIC-OF-CHINA-2024.PDF",
        "2024-12-18")])])

reb("belt-and-road-debt-trap-seizes-ports", "Misleading", ["belt-and-road", "debt", "ports"],
    "Belt and Road is a debt trap: when countries can't pay, China takes their ports.",
    "一带一路是债务陷阱：国家还不起钱，中国就把港口拿走。",
    [("The standard example, Sri Lanka's Hambantota port, was leased for 99 years to China Merchants Port in 2017 "
      "for $1.12 billion, money Colombo used to shore up its foreign reserves; research published by Chatham House in "
      "2020 found it was not a debt-for-asset swap and the port's loans were not written off. Researchers have found "
      "no case of China seizing an asset over an unpaid Belt and Road loan. Chinese lending does carry real risks: a "
      "2021 AidData study of 100 loan contracts found unusual confidentiality and collateral clauses.",
      "最常被引用的例子——斯里兰卡汉班托塔港——是2017年以11.2亿美元租给招商局港口99年，斯里兰卡政府用这笔钱补充外汇储备；"
      "查塔姆研究所2020年发表的研究认为，这并非以债换资产，港口相关贷款也没有因此被免除。研究人员没有发现中国因一带一路贷款违约而没收资产的案例。"
      "但中国贷款确有风险：AidData 2021年对100份贷款合同的研究发现了不寻常的保密条款和抵押条款。",
      [("Chatham House: Debunking the myth of 'debt-trap diplomacy'",
        "https://www.chathamhouse.org/2020/08/debunking-myth-debt-trap-diplomacy", "2020-08-19"),
       ("AidData: How China Lends", "https://www.aiddata.org/publications/how-china-lends", "2021-03-31")])])

reb("hong-kong-finished-as-finance-hub", "False", ["hong-kong", "finance", "ipo"],
    "Hong Kong is finished as a financial centre; the money has all moved to Singapore.",
    "香港作为金融中心已经完了，钱都跑到新加坡去了。",
    [("The Global Financial Centres Index published in March 2025 ranked Hong Kong third in the world, behind New "
      "York and London and ahead of Singapore in fourth. Hong Kong's stock exchange was the world's largest venue for "
      "IPO fundraising in the first half of 2025, helped by CATL's $4.6 billion listing in May. The city did suffer "
      "an outflow of residents and a long market slump after the 2020 national security law and Covid restrictions.",
      "2025年3月发布的全球金融中心指数将香港排在全球第三，仅次于纽约和伦敦，领先排名第四的新加坡。"
      "2025年上半年，港交所是全球IPO募资额最大的市场，其中宁德时代5月上市募资46亿美元。"
      "2020年《国安法》实施和新冠防疫限制后，香港确实经历了人口外流和股市长期低迷。",
      [("Long Finance: The Global Financial Centres Index 37",
        "https://www.longfinance.net/publications/long-finance-reports/the-global-financial-centres-index-37/",
        "2025-03-20"),
       ("HKEX: News releases", "https://www.hkexgroup.com/Media-Centre/News-Release", "2025-07")])])

reb("taiwan-like-hawaii-for-china", "Misleading", ["taiwan", "geopolitics"],
    "Taiwan is to China roughly what Hawaii is to the United States.",
    "台湾之于中国，大致就像夏威夷之于美国。",
    [("The People's Republic of China, founded in 1949, has never governed Taiwan. The island has been run by the "
      "Republic of China government since then, has held direct presidential elections since 1996, and has its own "
      "military, currency and passports. Hawaii became a US state in 1959 after a vote in which about 94% of "
      "participants backed statehood. Beijing claims Taiwan as its territory; the US 'acknowledges' that position "
      "without endorsing it.",
      "成立于1949年的中华人民共和国从未统治过台湾。此后台湾一直由中华民国政府治理，自1996年起直选总统，拥有自己的军队、货币和护照。"
      "夏威夷则是在1959年约94%的投票者支持后成为美国的一个州。北京声称台湾是其领土；美国对这一立场表示“认知”（acknowledge），但并不认可。",
      [("US Department of State: U.S. Relations With Taiwan", "https://www.state.gov/u-s-relations-with-taiwan/",
        "2022-05-28"),
       ("National Archives: Hawaii statehood", "https://www.archives.gov/legislative/features/hawaii", "")])])

reb("tsmc-cannot-build-outside-taiwan", "Misleading", ["tsmc", "chips", "taiwan"],
    "TSMC can't make advanced chips anywhere except Taiwan.",
    "台积电在台湾以外的地方造不出先进芯片。",
    [("TSMC's first fab in Arizona began volume production on its 4nm process in the fourth quarter of 2024, and "
      "the company has said yields there are comparable to its plants in Taiwan. In March 2025 it raised its planned "
      "US investment to $165 billion, including fabs for more advanced processes. Its newest nodes, 3nm and 2nm, are "
      "still made only in Taiwan, and costs in Arizona are higher.",
      "台积电位于亚利桑那州的第一座晶圆厂已于2024年第四季度开始以4纳米工艺量产，公司表示其良率与台湾工厂相当。"
      "2025年3月，台积电将在美投资计划提高到1650亿美元，其中包括更先进制程的工厂。"
      "不过其最新的3纳米和2纳米工艺目前仍只在台湾生产，亚利桑那的成本也更高。",
      [("TSMC Arizona", "https://www.tsmc.com/static/abouttsmcaz/index.htm", ""),
       ("TSMC: TSMC intends to expand its investment in the United States to US$165 billion",
        "https://pr.tsmc.com/english/latest-news", "2025-03-04")])])

reb("china-launches-more-rockets-than-us", "False", ["space", "launches", "spacex"],
    "China launches more rockets into orbit each year than the United States.",
    "中国每年发射进入轨道的火箭比美国还多。",
    [("The reverse is true. In 2024 the United States made more than 150 orbital launch attempts, 134 of them by "
      "SpaceX Falcon rockets, while China made 68, itself a national record. China's total is rising fast, but "
      "SpaceX alone launches roughly twice as often as all Chinese launch providers combined.",
      "事实恰恰相反。2024年美国进行了150多次轨道发射，其中134次由SpaceX的猎鹰火箭完成；中国进行了68次，已是本国纪录。"
      "中国的发射次数增长很快，但仅SpaceX一家的发射频次就约为中国所有发射方总和的两倍。",
      [("Jonathan McDowell: Orbital launch statistics", "https://planet4589.org/space/stats/launches.html",
        "2025-01")])])

reb("china-has-nothing-like-starlink", "Missing context", ["starlink", "space", "satellites"],
    "China has nothing that can compete with Starlink.",
    "中国没有任何能和星链竞争的东西。",
    [("China is building two state-backed low-orbit broadband constellations meant to compete with Starlink: "
      "Qianfan ('Thousand Sails'), which launched its first 18 satellites in August 2024 and plans more than 10,000, "
      "and Guowang, planned at about 13,000 satellites, which began launching in December 2024. Both are still tiny "
      "next to Starlink, which had more than 7,000 satellites in orbit by early 2025, and Qianfan has fallen behind "
      "its own deployment schedule.",
      "中国正在建设两个国家支持、意在与星链竞争的低轨宽带星座：千帆星座于2024年8月发射首批18颗卫星，计划部署一万多颗；"
      "国网星座计划约1.3万颗卫星，2024年12月开始发射。与星链相比两者规模仍然很小——到2025年初星链在轨卫星已超过7000颗——"
      "而且千帆的部署进度已落后于其自身计划。",
      [("SpaceNews: China launches first batch of satellites for G60 megaconstellation",
        "https://spacenews.com/china-launches-first-batch-of-satellites-for-g60-megaconstellation/",
        "2024-08-06")])])

reb("china-power-output-three-times-us", "False", ["power-grid", "electricity", "ai-compute"],
    "China already generates three times as much electricity as the United States.",
    "中国的发电量已经是美国的三倍。",
    [("Ember's Global Electricity Review 2025 puts China's 2024 generation at about 10,000 TWh, against about "
      "4,400 TWh in the United States, a ratio of roughly 2.3 to 1. China's generation has been growing by around "
      "6-7% a year versus 2-3% in the US, so the gap is widening, but it is not yet threefold. Per person, Americans "
      "still use almost twice as much electricity.",
      "据Ember《2025年全球电力评论》，中国2024年发电量约1万太瓦时，美国约4400太瓦时，比例约为2.3比1。"
      "中国发电量年增速约6%至7%，美国约2%至3%，差距在扩大，但还没有达到三倍。按人均计算，美国人的用电量仍接近中国的两倍。",
      [("Ember: Global Electricity Review 2025",
        "https://ember-energy.org/latest-insights/global-electricity-review-2025/", "2025-04-08"),
       ("US EIA: Electric Power Monthly", "https://www.eia.gov/electricity/monthly/", "2025-02")])])

reb("china-power-almost-all-coal", "False", ["coal", "climate", "power-grid", "solar"],
    "China's green energy is for show: almost all its electricity still comes from coal.",
    "中国的绿色能源只是摆样子，几乎所有电力仍来自煤炭。",
    [("Coal generated about 58% of China's electricity in 2024, down from around 80% in 2007, according to Ember; "
      "wind and solar supplied about 18% and hydropower about 13%. China added a record of roughly 360 GW of wind "
      "and solar capacity in 2024. Coal is still growing too: construction started on about 95 GW of new coal plants "
      "in 2024, the most in a decade, according to CREA and Global Energy Monitor.",
      "据Ember统计，2024年煤电约占中国发电量的58%，低于2007年前后的约80%；风电和光伏约占18%，水电约占13%。"
      "2024年中国新增风电和光伏装机约3.6亿千瓦，创历史纪录。但煤电也在增长：据能源与清洁空气研究中心（CREA）和全球能源监测（GEM），"
      "2024年新开工煤电约9500万千瓦，为十年来最多。",
      [("Ember: China electricity data", "https://ember-energy.org/countries-and-regions/china/", "2025"),
       ("CREA and Global Energy Monitor: China's coal power construction in 2024",
        "https://energyandcleanair.org/publications/", "2025-02")])])

reb("china-buying-up-us-farmland", "Misleading", ["agriculture", "farmland", "investment"],
    "China is buying up vast amounts of American farmland.",
    "中国正在大量收购美国农田。",
    [("USDA foreign-ownership data show Chinese investors held about 277,000 acres of US agricultural land at the "
      "end of 2023, down from about 384,000 acres in 2021. That is under 1% of the roughly 45 million acres held by "
      "all foreign investors and about 0.02% of US agricultural land; Canadian investors hold by far the most. Much "
      "of the Chinese-held land traces back to WH Group's 2013 purchase of Smithfield Foods.",
      "美国农业部外国持有农地数据显示，截至2023年底，中国投资者持有约27.7万英亩美国农业用地，低于2021年的约38.4万英亩。"
      "这不到外国投资者持有总面积（约4500万英亩）的1%，约占美国农业用地的0.02%；持有最多的是加拿大投资者。"
      "中方持有的土地很大一部分来自万洲国际2013年收购史密斯菲尔德食品公司。",
      [("USDA Farm Service Agency: Agricultural Foreign Investment Disclosure Act (AFIDA) annual report",
        "https://www.fsa.usda.gov/resources/economic-policy-analysis/afida", "2024-12")])])

reb("china-third-of-world-manufacturing", "Mostly true", ["manufacturing", "industrial-policy"],
    "China accounts for about a third of all the world's manufacturing.",
    "中国的制造业约占全世界的三分之一。",
    [("This is close. World Bank and UN data put China's manufacturing value added at about $4.7 trillion in 2023, "
      "roughly 29% of the global total and nearly twice the United States' share of about 16%. Measured by gross "
      "output, which counts intermediate goods, the economist Richard Baldwin estimated China's share at about 35% "
      "in 2020.",
      "这一说法大体准确。世界银行和联合国数据显示，2023年中国制造业增加值约4.7万亿美元，约占全球29%，接近美国（约16%）的两倍。"
      "若按包含中间品的总产出计算，经济学家理查德·鲍德温估算中国2020年约占全球制造业总产出的35%。",
      [("World Bank: Manufacturing, value added (current US$)",
        "https://data.worldbank.org/indicator/NV.IND.MANF.CD", "2024"),
       ("CEPR VoxEU: China is the world's sole manufacturing superpower: A line sketch of the rise",
        "https://cepr.org/voxeu/columns/china-worlds-sole-manufacturing-superpower-line-sketch-rise",
        "2024-01-17")])])

reb("made-in-china-2025-failed", "False", ["industrial-policy", "made-in-china-2025", "chips"],
    "Made in China 2025 was a complete failure.",
    "“中国制造2025”彻底失败了。",
    [("Several of the plan's ten priority sectors are now led by China: it produced about 12.9 million new-energy "
      "vehicles in 2024 according to the China Association of Automobile Manufacturers, well over half the world's "
      "total, and its shipyards built more than half of the world's new ships by tonnage. It fell short elsewhere: "
      "the plan's roadmap targeted 70% self-sufficiency in chips by 2025, but IC Insights estimated that China-based "
      "production met only about 16% of domestic chip demand in 2020, and the C919 airliner still flies on Western "
      "engines.",
      "该计划的十大重点领域中，有多个已由中国领先：据中国汽车工业协会数据，2024年中国生产新能源汽车约1289万辆，占全球一半以上；"
      "中国船厂建造的新船按吨位计占全球一半以上。另一些领域则未达目标：路线图提出到2025年芯片自给率达到70%，"
      "但研究机构IC Insights估计，2020年中国境内生产仅能满足约16%的国内芯片需求；国产C919客机仍使用西方发动机。",
      [("China Association of Automobile Manufacturers: 2024 production and sales", "http://en.caam.org.cn/",
        "2025-01"),
       ("IC Insights: China forecast to fall far short of its Made in China 2025 goals for ICs",
        "https://www.icinsights.com/news/bulletins/", "2021-01")])])

reb("china-installs-most-factory-robots", "Mostly true", ["robotics", "manufacturing", "automation"],
    "China now installs more industrial robots than the rest of the world combined.",
    "中国现在每年安装的工业机器人比世界其他地方加起来还多。",
    [("This is accurate. The International Federation of Robotics counted 276,288 industrial robots installed in "
      "China in 2023, 51% of the world's roughly 541,000, and China's share rose to about 54% in 2024. By robot "
      "density, China reached 470 robots per 10,000 manufacturing workers in 2023, ahead of Germany and Japan but "
      "behind South Korea and Singapore.",
      "这一说法属实。国际机器人联合会（IFR）统计，2023年中国安装了276,288台工业机器人，占全球约54.1万台的51%；"
      "2024年这一比例升至约54%。按机器人密度计，2023年中国每万名制造业工人拥有470台机器人，超过德国和日本，但低于韩国和新加坡。",
      [("IFR: Record of 4 million robots working in factories worldwide",
        "https://ifr.org/ifr-press-releases/news/record-of-4-million-robots-working-in-factories-worldwide",
        "2024-09-24"),
       ("IFR: Global robot density in factories doubled in seven years",
        "https://ifr.org/ifr-press-releases/news/global-robot-density-in-factories-doubled-in-seven-years",
        "2024-11-20")])])

reb("deepseek-trained-for-six-million", "Missing context", ["deepseek", "ai", "open-models"],
    "DeepSeek built a frontier AI model for only about six million dollars.",
    "DeepSeek只花了大约600万美元就做出了顶尖AI模型。",
    [("The figure comes from DeepSeek's own V3 technical report (December 2024): 2.788 million H800 GPU-hours for "
      "the final training run, priced at an assumed $2 per hour, or about $5.6 million. The report says this "
      "excludes earlier research and ablation experiments, and it also leaves out hardware purchases, data and "
      "staff. The research firm SemiAnalysis estimated DeepSeek's hardware spending at well over $500 million.",
      "这一数字出自DeepSeek自己2024年12月发布的V3技术报告：最终训练使用了278.8万H800 GPU小时，按每小时2美元计算约为560万美元。"
      "报告说明该数字不包括此前的研究和消融实验成本，也不含硬件采购、数据和人员开支。研究机构SemiAnalysis估计，DeepSeek的硬件投入远超5亿美元。",
      [("DeepSeek-AI: DeepSeek-V3 Technical Report", "https://arxiv.org/abs/2412.19437", "2024-12-27"),
       ("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/2025/01/31/deepseek-debates/",
        "2025-01-31")])])

reb("deepseek-has-50000-h100s", "Unproven", ["deepseek", "ai-chips", "export-controls", "nvidia"],
    "DeepSeek secretly has around 50,000 Nvidia H100 chips.",
    "DeepSeek暗中拥有大约5万块英伟达H100芯片。",
    [("The figure was first given by Scale AI chief executive Alexandr Wang in a CNBC interview at Davos in January "
      "2025, without evidence; Musk replied 'Obviously' on X. DeepSeek says it trained V3 on a cluster of 2,048 "
      "Nvidia H800s, a China-specific chip that could be exported legally until October 2023. SemiAnalysis "
      "estimated DeepSeek has access to about 50,000 Hopper-generation GPUs, but mostly H800s and H20s rather than "
      "H100s; no public evidence confirms a stock of 50,000 H100s.",
      "这一数字最早由Scale AI首席执行官亚历山大·王（Alexandr Wang）2025年1月在达沃斯接受CNBC采访时提出，但未给出证据；"
      "马斯克在X上回复“显然”（Obviously）。DeepSeek称V3是在2048块英伟达H800组成的集群上训练的，H800是面向中国的特供芯片，"
      "在2023年10月之前可合法出口。SemiAnalysis估计DeepSeek可使用约5万块Hopper架构GPU，但以H800和H20为主，而非H100；"
      "目前没有公开证据证实其拥有5万块H100。",
      [("CNBC: Scale AI CEO says China has quickly caught the U.S. with the DeepSeek AI model",
        "https://www.cnbc.com/2025/01/23/scale-ai-ceo-says-china-has-quickly-caught-the-us-with-deepseek.html",
        "2025-01-23"),
       ("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/2025/01/31/deepseek-debates/",
        "2025-01-31")])])

reb("china-ai-years-behind-us", "False", ["ai", "deepseek", "open-models"],
    "Chinese AI models are years behind American ones.",
    "中国的AI模型比美国落后好几年。",
    [("Stanford's AI Index 2025 found the performance gap between the best US and Chinese models had nearly "
      "closed: on the LMSYS Chatbot Arena it narrowed from 9.26% in January 2024 to 1.70% in February 2025, and gaps "
      "on benchmarks such as MMLU and HumanEval that were double-digit at the end of 2023 had reached near parity by "
      "the end of 2024. The US still produced more notable models in 2024 (40 against China's 15) and has far more "
      "advanced compute.",
      "斯坦福大学《2025年AI指数报告》发现，美国和中国最佳模型之间的性能差距几乎已经消失：在LMSYS Chatbot Arena上，"
      "差距从2024年1月的9.26%缩小到2025年2月的1.70%；MMLU、HumanEval等基准上2023年底仍是两位数的差距，到2024年底已接近持平。"
      "不过美国2024年推出的重要模型仍更多（40个对中国15个），先进算力也多得多。",
      [("Stanford HAI: AI Index Report 2025", "https://hai.stanford.edu/ai-index/2025-ai-index-report",
        "2025-04-07")])])

reb("china-population-halves-in-a-generation", "False", ["demographics", "population"],
    "China's population will be cut in half within a generation.",
    "中国人口将在一代人之内减半。",
    [("China's population fell for a third straight year in 2024, to 1.408 billion, according to the National "
      "Bureau of Statistics. The UN's World Population Prospects 2024 medium scenario projects about 1.26 billion in "
      "2050, a drop of roughly 10%, and about 633 million in 2100: halving is projected over about 75 years, not one "
      "generation of 25-30 years. Even the UN's low-fertility scenario does not come close to halving by 2050.",
      "据国家统计局数据，2024年中国人口连续第三年下降，降至14.08亿。联合国《世界人口展望2024》中方案预测，"
      "2050年中国人口约为12.6亿，下降约10%；2100年约为6.33亿。也就是说，人口减半预计需要约75年，而不是一代人（25至30年）。"
      "即使按联合国低生育率方案，到2050年也远未减半。",
      [("National Bureau of Statistics of China: 2024 national economic and social development",
        "https://www.stats.gov.cn/english/", "2025-01-17"),
       ("United Nations: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11")])])

reb("china-lowest-birth-rate-in-world", "False", ["demographics", "birth-rate"],
    "China has the lowest birth rate in the world.",
    "中国的出生率是全世界最低的。",
    [("China's fertility is very low, at roughly 1.0 children per woman, and births fell to 9.02 million in 2023 "
      "before edging up to 9.54 million in 2024. But South Korea's total fertility rate was 0.72 in 2023 and 0.75 "
      "in 2024, the lowest of any country, and Taiwan, Hong Kong and Macau also have lower rates than mainland China.",
      "中国的生育率确实很低，约为每名妇女1.0个孩子，出生人口2023年降至902万，2024年小幅回升至954万。"
      "但韩国的总和生育率2023年为0.72、2024年为0.75，是全球最低；台湾、香港和澳门的生育率也都低于中国大陆。",
      [("Statistics Korea: 2024 birth statistics (preliminary)", "https://kostat.go.kr/anse/", "2025-02-26"),
       ("National Bureau of Statistics of China: 2024 population data", "https://www.stats.gov.cn/english/",
        "2025-01-17")])])


class NoAlias(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


assert len(R) == 30, len(R)
with open("/work/blind/m_ab/rebuttals.yaml", "w", encoding="utf-8") as f:
    yaml.dump(R, f, Dumper=NoAlias, allow_unicode=True, sort_keys=False, width=120)
print(len(R))
