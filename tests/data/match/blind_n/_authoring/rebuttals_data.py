"""The 30 new rebuttals (ids prefixed "n-")."""


def src(title, url, date=""):
    return {"title": title, "url": url, "date": date}


def R(id, rating, tags, claim_en, claim_zh, cp_en, cp_zh, sources, notes=""):
    return {
        "id": id,
        "status": "published",
        "rating": rating,
        "tags": tags,
        "claim": {"en": claim_en, "zh": claim_zh},
        "counterpoints": [{"en": cp_en, "zh": cp_zh, "sources": sources}],
        "notes": notes,
    }


REBUTTALS = [
    R("n-byd-export-price", "False", ["byd", "ev", "prices", "europe"],
      "BYD sells its cars in Europe at the same rock-bottom prices it charges in China.",
      "比亚迪在欧洲卖车的价格和在中国国内一样低。",
      "BYD's European list prices are far above its Chinese ones. The Atto 3, sold in China as the Yuan Plus "
      "from about ¥120,000-150,000 (roughly €15,000-19,000) in 2024, was listed at about €38,000 in Germany. "
      "Rhodium Group estimated in April 2024 that BYD's European prices were often around double its Chinese "
      "prices, which is why it earns far more per car in Europe than at home even after the EU's duties.",
      "比亚迪在欧洲的标价远高于国内。2024年在国内以元PLUS之名销售的车型约12万至15万元（约合1.5万至1.9万欧元），"
      "在德国以Atto 3之名售价约3.8万欧元。荣鼎咨询（Rhodium Group）2024年4月估计，比亚迪在欧洲的售价往往是国内的两倍左右，"
      "因此即便加上欧盟关税，它在欧洲每辆车的利润也远高于国内。",
      [src("Rhodium Group: Ain't No Duty High Enough", "https://rhg.com/research/aint-no-duty-high-enough/", "2024-04-29"),
       src("BYD Germany: Atto 3 prices", "https://www.byd.com/de/car/atto3", "2024")]),

    R("n-byd-subsidised-profit", "Misleading", ["byd", "subsidies", "ev"],
      "BYD would be losing money if it weren't for Chinese government subsidies.",
      "如果没有中国政府的补贴，比亚迪早就亏损了。",
      "BYD has received substantial state support: the Kiel Institute estimated its direct government subsidies "
      "at about €2.1 billion in 2022, up from about €220 million in 2020, not counting cheap credit and tax breaks. "
      "But BYD reported a 2024 net profit of about ¥40.3 billion (roughly $5.6 billion), far more than the disclosed "
      "grants, and China's national EV purchase subsidy ended on 31 December 2022.",
      "比亚迪确实获得了大量政府支持：德国基尔世界经济研究所估计，其直接政府补贴从2020年的约2.2亿欧元增至2022年的约21亿欧元，"
      "尚不包括低息贷款和税收优惠。但比亚迪2024年净利润约403亿元（约56亿美元），远高于已披露的补贴金额，"
      "而中国全国性的新能源汽车购置补贴已于2022年12月31日终止。",
      [src("Kiel Institute: Foul Play? On the Scale and Scope of Industrial Subsidies in China",
           "https://www.ifw-kiel.de/publications/foul-play-on-the-scale-and-scope-of-industrial-subsidies-in-china/", "2024-04"),
       src("BYD 2024 annual results", "https://www.bydglobal.com/en/Investor.html", "2025-03-24")]),

    R("n-byd-quality-below-tesla", "Misleading", ["byd", "tesla", "safety", "quality"],
      "BYD's cars are cheaply made and far less safe than Teslas.",
      "比亚迪的车做工粗糙，安全性远不如特斯拉。",
      "Independent crash testing does not show a large safety gap. Euro NCAP gave its top five-star rating to the "
      "BYD Atto 3 in 2022 and to the BYD Seal and Dolphin in 2023, the same overall rating the Tesla Model 3 and "
      "Model Y received. Claims about build quality rest mostly on anecdotes; no major independent survey shows "
      "BYD far behind Tesla.",
      "独立碰撞测试并未显示两者存在明显的安全差距。欧洲新车评价规程（Euro NCAP）2022年给比亚迪Atto 3（元PLUS）、"
      "2023年给比亚迪海豹和海豚都评为最高的五星，与特斯拉Model 3和Model Y的总体评级相同。关于做工的说法大多基于个例，"
      "没有主要的独立调查显示比亚迪远远落后于特斯拉。",
      [src("Euro NCAP: BYD results", "https://www.euroncap.com/en/results/byd/", "2023"),
       src("Euro NCAP: Tesla results", "https://www.euroncap.com/en/results/tesla/", "2022")]),

    R("n-xiaomi-loses-on-every-car", "Missing context", ["xiaomi", "ev", "profits"],
      "Xiaomi loses a fortune on every single car it sells.",
      "小米每卖一辆车都要亏一大笔钱。",
      "Xiaomi's car business did lose money at first: its smart EV and new initiatives segment lost about "
      "¥6.2 billion in 2024, the year it delivered more than 135,000 SU7 sedans. As volumes grew with the YU7 SUV, "
      "the segment reported its first quarterly operating profit, roughly ¥0.7 billion, in the third quarter of 2025.",
      "小米汽车业务起步阶段确实亏损：2024年其智能电动汽车等创新业务分部亏损约62亿元，当年交付SU7超过13.5万辆。"
      "随着YU7上市、销量扩大，该分部在2025年第三季度首次实现单季经营盈利，约7亿元。",
      [src("Xiaomi Corporation 2024 annual results", "https://ir.mi.com/financial-information/annual-reports", "2025-03-18"),
       src("Xiaomi Corporation 2025 Q3 results", "https://ir.mi.com/financial-information/quarterly-results", "2025-11-18")]),

    R("n-shanghai-built-in-a-year", "Mostly true", ["tesla", "shanghai", "gigafactory"],
      "Tesla went from an empty field to making cars in Shanghai in under a year.",
      "特斯拉上海工厂从一片空地到投产用了不到一年。",
      "Broadly accurate: construction of Giga Shanghai began on 7 January 2019, trial production started in "
      "October 2019 and the first customer deliveries of China-built Model 3s took place on 30 December 2019. "
      "The pace relied on fast-track approvals from the Shanghai government, a land deal in the Lingang zone and "
      "billions of yuan in loans from Chinese state-owned banks in 2019.",
      "大体属实：上海超级工厂于2019年1月7日开工，2019年10月开始试生产，2019年12月30日首批国产Model 3交付给客户。"
      "这一速度依赖上海市政府的快速审批、临港新片区的土地安排，以及2019年中国国有银行提供的数十亿元贷款。",
      [src("Tesla Q4 2019 Update", "https://ir.tesla.com/", "2020-01-29"),
       src("Reuters: Tesla delivers first China-made Model 3 cars", "https://www.reuters.com/article/us-tesla-china-deliveries", "2019-12-30")]),

    R("n-china-battery-share-all", "Misleading", ["batteries", "manufacturing", "catl"],
      "China makes basically all of the world's lithium-ion batteries.",
      "全世界的锂电池基本上都是中国造的。",
      "China dominates but does not make nearly all batteries. The IEA estimates China produced about "
      "three-quarters of all lithium-ion batteries in 2023 and hosts roughly 80% of cell manufacturing capacity. "
      "South Korea's LG Energy Solution, SK On and Samsung SDI together held close to a fifth of the global EV "
      "battery market in 2024 (SNE Research), and Japan's Panasonic supplies Tesla from Nevada.",
      "中国占据主导，但远非全部。国际能源署估计，2023年中国生产了全球约四分之三的锂离子电池，拥有约80%的电芯产能。"
      "据SNE Research，2024年韩国LG新能源、SK On和三星SDI合计占全球动力电池市场近五分之一，日本松下则在内华达州为特斯拉供货。",
      [src("IEA: Global EV Outlook 2024", "https://www.iea.org/reports/global-ev-outlook-2024", "2024-04-23"),
       src("SNE Research: Global EV battery usage 2024", "https://www.sneresearch.com/en/insight/release_view/366/page/0", "2025-02")]),

    R("n-china-battery-price-half", "Misleading", ["batteries", "prices"],
      "Battery packs cost half as much in China as they do in the United States.",
      "电池包在中国的价格只有美国的一半。",
      "BloombergNEF's December 2024 survey put average lithium-ion pack prices at $94/kWh in China, while packs in "
      "the US and Europe cost 31% and 48% more respectively. That makes Chinese packs roughly a quarter cheaper "
      "than American ones: a big gap, but not half. The global average was $115/kWh, down 20% in a year.",
      "彭博新能源财经2024年12月的调查显示，中国锂电池包平均价格为每千瓦时94美元，美国和欧洲分别高出31%和48%。"
      "也就是说中国电池包比美国便宜约四分之一——差距很大，但并非一半。全球平均价格为每千瓦时115美元，一年下降20%。",
      [src("BloombergNEF: Lithium-ion battery pack prices see largest drop since 2017",
           "https://about.bnef.com/blog/lithium-ion-battery-pack-prices-see-largest-drop-since-2017-falling-to-115-per-kilowatt-hour-bloombergnef/",
           "2024-12-10")]),

    R("n-rare-earth-mining-all", "Misleading", ["rare-earths", "mining", "supply-chain"],
      "China mines almost all of the world's rare earths.",
      "全世界的稀土几乎都是中国开采的。",
      "China's share of mining is large but far from all: the USGS estimates China mined about 270,000 of roughly "
      "390,000 tonnes in 2024, around 70%, with the United States (about 45,000 t), Myanmar and Australia also "
      "significant producers. China's real chokehold is downstream, where it handles about 90% of rare-earth "
      "separation and refining and a similar share of permanent-magnet production (IEA).",
      "中国的开采份额很大，但远非全部：据美国地质调查局估计，2024年全球约39万吨稀土产量中，中国约27万吨，占70%左右，"
      "美国（约4.5万吨）、缅甸和澳大利亚也是重要产地。中国真正的控制力在下游：据国际能源署，中国承担了约90%的稀土分离冶炼，"
      "永磁体生产的份额也与此相当。",
      [src("USGS Mineral Commodity Summaries 2025: Rare Earths", "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf", "2025-01"),
       src("IEA: Global Critical Minerals Outlook 2024", "https://www.iea.org/reports/global-critical-minerals-outlook-2024", "2024-05-17")]),

    R("n-tesla-motors-no-rare-earths", "False", ["tesla", "rare-earths", "export-controls", "optimus"],
      "Tesla doesn't need to worry about China's rare earths because its motors don't use them.",
      "特斯拉的电机不用稀土，所以根本不怕中国卡稀土。",
      "In March 2023 Tesla said its next-generation permanent-magnet motor would use no rare earths, but the drive "
      "units in its current Model 3 and Model Y use neodymium-iron-boron magnets. After China made exports of seven "
      "rare-earth elements and related magnets subject to licences on 4 April 2025, Musk told investors that Optimus "
      "robot production was affected while Tesla waited for export licences.",
      "特斯拉在2023年3月表示，其下一代永磁电机将不使用稀土，但目前Model 3和Model Y的驱动电机仍使用钕铁硼磁体。"
      "2025年4月4日中国对七种稀土元素及相关磁体实施出口许可管理后，马斯克对投资者表示，Optimus机器人的生产受到影响，"
      "特斯拉正在等待出口许可。",
      [src("Tesla Investor Day 2023", "https://www.tesla.com/2023investorday", "2023-03-01"),
       src("MOFCOM: Announcement No. 18 of 2025 on export controls of certain medium and heavy rare earths",
           "http://www.mofcom.gov.cn/zcfb/blgg/art/2025/art_18.html", "2025-04-04"),
       src("Reuters: Tesla's Optimus affected by China rare earth curbs, Musk says",
           "https://www.reuters.com/business/autos-transportation/tesla-optimus-rare-earths", "2025-04-22")]),

    R("n-china-lithium-reserves", "False", ["lithium", "mining", "batteries"],
      "China dominates lithium because it sits on most of the world's lithium reserves.",
      "中国之所以掌控锂，是因为世界上大部分锂储量都在中国。",
      "China holds a modest share of lithium reserves. The USGS puts world reserves at about 30 million tonnes, led by "
      "Chile (9.3 Mt), Australia (7 Mt) and Argentina (4 Mt), with China at about 3 Mt; even China's Ministry of "
      "Natural Resources, after new finds announced in January 2025, put China's share at about 16.5%. China's "
      "leverage comes from refining: it processes roughly two-thirds of the world's lithium chemicals (IEA).",
      "中国的锂储量份额并不大。美国地质调查局估计全球锂储量约3000万吨，智利（930万吨）、澳大利亚（700万吨）和阿根廷（400万吨）"
      "居前，中国约300万吨；即便按中国自然资源部2025年1月公布的新发现，中国占比也只有约16.5%。中国的优势在于冶炼："
      "据国际能源署，全球约三分之二的锂化学品在中国加工。",
      [src("USGS Mineral Commodity Summaries 2025: Lithium", "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-lithium.pdf", "2025-01"),
       src("Ministry of Natural Resources of China: lithium reserves update", "https://www.mnr.gov.cn/", "2025-01"),
       src("IEA: Global Critical Minerals Outlook 2024", "https://www.iea.org/reports/global-critical-minerals-outlook-2024", "2024-05-17")]),

    R("n-china-solar-more-than-us-history", "Mostly true", ["solar", "energy", "installations"],
      "China installs more solar in a single year than the United States has installed in its entire history.",
      "中国一年装的光伏，比美国有史以来装的总和还多。",
      "Broadly accurate for 2024: China's National Energy Administration reported about 277 GW of new solar capacity "
      "that year, while total US installed solar stood at roughly 236 GW (DC) at the end of 2024 according to "
      "SEIA and Wood Mackenzie. The US figure is measured in DC and China's mostly in AC, so the comparison is "
      "approximate, and US annual additions (about 50 GW in 2024) were also at a record.",
      "就2024年而言大体属实：中国国家能源局公布当年新增光伏装机约2.77亿千瓦（277吉瓦），而据美国太阳能产业协会和伍德麦肯兹，"
      "截至2024年底美国累计光伏装机约236吉瓦（直流）。美国按直流、中国主要按交流口径统计，比较只是近似；"
      "美国2024年新增约50吉瓦，也创下纪录。",
      [src("National Energy Administration: 2024 national power industry statistics", "http://www.nea.gov.cn/", "2025-01-21"),
       src("SEIA/Wood Mackenzie: Solar Market Insight 2024 Year in Review",
           "https://www.seia.org/research-resources/solar-market-insight-report-2024-year-review", "2025-03-11")]),

    R("n-china-power-three-times-us", "Misleading", ["power-grid", "electricity", "ai"],
      "China will soon generate three times as much electricity as the United States.",
      "中国的发电量很快就会是美国的三倍。",
      "In 2024 China generated about 10,000 TWh of electricity and the US about 4,300 TWh (Ember), so China produced "
      "roughly 2.3 times as much. China's generation grew by about 600 TWh that year; at that pace, and with US "
      "demand also rising, reaching three times the US level would take at least five years, not 'soon'.",
      "据Ember统计，2024年中国发电量约10000太瓦时，美国约4300太瓦时，中国约为美国的2.3倍。中国当年发电量增长约600太瓦时；"
      "按这一速度，加上美国用电需求也在增长，中国要达到美国的三倍至少还需五年以上，谈不上“很快”。",
      [src("Ember: Global Electricity Review 2025", "https://ember-energy.org/latest-insights/global-electricity-review-2025/", "2025-04-08")]),

    R("n-china-grid-mostly-renewable", "False", ["power-grid", "renewables", "coal"],
      "China's power grid already runs mostly on renewable energy.",
      "中国电网现在主要靠可再生能源供电。",
      "Coal still supplied about 58% of China's electricity in 2024, according to Ember; wind and solar together "
      "provided about 18% and hydropower about 13%, so all low-carbon sources including nuclear came to just under "
      "40%. Renewables do make up more than half of China's installed capacity, but capacity is not generation.",
      "据Ember统计，2024年煤电仍占中国发电量的约58%；风电和光伏合计约18%，水电约13%，连同核电在内的全部低碳电源不到40%。"
      "可再生能源确实已占中国装机容量的一半以上，但装机容量不等于发电量。",
      [src("Ember: China country profile, Global Electricity Review 2025", "https://ember-energy.org/countries-and-regions/china/", "2025-04"),
       src("National Energy Administration: 2024 national power industry statistics", "http://www.nea.gov.cn/", "2025-01-21")]),

    R("n-china-nuclear-two-years", "False", ["nuclear", "energy", "infrastructure"],
      "China can build a nuclear reactor in about two years.",
      "中国两年左右就能建成一座核电机组。",
      "Chinese reactors are built quickly by world standards, but not in two years. The first Hualong One, Fuqing 5, "
      "went from first safety-related concrete in May 2015 to commercial operation in January 2021, about five and a "
      "half years, and recent Chinese builds typically take five to six years. For comparison, Vogtle Unit 3 in "
      "Georgia took about ten years, from construction start in 2013 to commercial operation in July 2023.",
      "按国际标准，中国核电建设速度很快，但并非两年。首台“华龙一号”福清5号机组2015年5月浇筑核岛第一罐混凝土，"
      "2021年1月投入商运，用时约五年半；近年中国机组通常需要五到六年。相比之下，美国佐治亚州沃格特勒3号机组从2013年开工到"
      "2023年7月商运，用了约十年。",
      [src("World Nuclear Association: Nuclear Power in China",
           "https://world-nuclear.org/information-library/country-profiles/countries-a-f/china-nuclear-power", "2025"),
       src("IAEA PRIS: Fuqing 5", "https://pris.iaea.org/PRIS/CountryStatistics/ReactorDetails.aspx?current=1086", ""),
       src("Georgia Power: Vogtle Unit 3 enters commercial operation", "https://www.georgiapower.com/company/news-center.html", "2023-07-31")]),

    R("n-deepseek-50k-h100", "Unproven", ["deepseek", "ai-chips", "export-controls", "nvidia"],
      "DeepSeek secretly has about 50,000 Nvidia H100 GPUs despite US export controls.",
      "DeepSeek尽管受美国出口管制，却偷偷拥有大约5万块英伟达H100。",
      "The 50,000-H100 figure came from Scale AI chief executive Alexandr Wang in January 2025 and has not been "
      "substantiated. DeepSeek's V3 technical report says the model was trained on 2,048 Nvidia H800 GPUs, an "
      "export-compliant chip, and research firm SemiAnalysis estimated DeepSeek had access to about 50,000 "
      "Hopper-generation GPUs in total, a mix of H800, H100 and H20 chips rather than 50,000 H100s.",
      "“5万块H100”的说法出自Scale AI首席执行官汪滔（Alexandr Wang）2025年1月的言论，至今未获证实。DeepSeek的V3技术报告称，"
      "该模型使用2048块英伟达H800训练，这是符合出口管制的型号；研究机构SemiAnalysis估计DeepSeek总共可使用约5万块Hopper架构GPU，"
      "其中混合了H800、H100和H20，而不是5万块H100。",
      [src("DeepSeek-V3 Technical Report", "https://arxiv.org/abs/2412.19437", "2024-12-27"),
       src("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/2025/01/31/deepseek-debates/", "2025-01-31")]),

    R("n-deepseek-6-million-lie", "Misleading", ["deepseek", "ai", "training-cost"],
      "DeepSeek's claim that it trained its model for about $6 million is a lie.",
      "DeepSeek声称只花约600万美元就训练出模型，这是在撒谎。",
      "DeepSeek never said its whole effort cost $6 million. Its December 2024 V3 technical report said the final "
      "training run took 2.788 million H800 GPU hours, about $5.6 million at an assumed rental price of $2 per GPU "
      "hour, and explicitly excluded the costs of prior research and ablation experiments. The figure is narrow, "
      "not a hidden total: analysts such as SemiAnalysis separately estimated DeepSeek's hardware spending at well "
      "over $500 million.",
      "DeepSeek从未称其全部投入只有600万美元。其2024年12月发布的V3技术报告写明，最终训练耗用278.8万H800 GPU小时，"
      "按每GPU小时2美元的租用价计算约560万美元，并明确说明不包括此前研究和消融实验的成本。这个数字口径很窄，但并非隐瞒总成本："
      "SemiAnalysis等机构另行估计DeepSeek的硬件投入远超5亿美元。",
      [src("DeepSeek-V3 Technical Report", "https://arxiv.org/abs/2412.19437", "2024-12-27"),
       src("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/2025/01/31/deepseek-debates/", "2025-01-31")]),

    R("n-chinese-ai-two-years-behind", "Misleading", ["ai", "models", "us-china"],
      "Chinese AI models are at least two years behind America's.",
      "中国的AI模型至少落后美国两年。",
      "Stanford's AI Index 2025 found the gap had largely closed: the difference between the top US and top Chinese "
      "model on the LMSYS Chatbot Arena shrank from 9.26% in January 2024 to 1.70% in February 2025, and on benchmarks "
      "such as MMLU and HumanEval the two were near parity by the end of 2024. DeepSeek-R1, released in January 2025, "
      "performed close to OpenAI's o1, which had been released only weeks earlier.",
      "斯坦福大学《2025年AI指数报告》发现差距已基本缩小：在LMSYS Chatbot Arena上，美国与中国顶尖模型的差距从2024年1月的"
      "9.26%缩小到2025年2月的1.70%；在MMLU、HumanEval等基准上，到2024年底两者已接近持平。2025年1月发布的DeepSeek-R1"
      "表现接近OpenAI仅早几周正式发布的o1。",
      [src("Stanford HAI: AI Index Report 2025", "https://hai.stanford.edu/ai-index/2025-ai-index-report", "2025-04-07")]),

    R("n-china-no-advanced-chips", "False", ["chips", "semiconductors", "huawei", "export-controls"],
      "China can't make anything more advanced than 28-nanometre chips.",
      "中国造不出比28纳米更先进的芯片。",
      "A TechInsights teardown in September 2023 found that the Kirin 9000S processor in Huawei's Mate 60 Pro was made "
      "by SMIC on a 7-nanometre-class (N+2) process, without EUV lithography. Chinese chipmaking is still constrained: "
      "SMIC cannot buy EUV tools because of export controls, and its 7nm yields and volumes are believed to be well "
      "below TSMC's, which began mass-producing 3nm chips in late 2022.",
      "TechInsights在2023年9月的拆解发现，华为Mate 60 Pro中的麒麟9000S处理器由中芯国际以7纳米级（N+2）工艺制造，未使用EUV光刻。"
      "中国芯片制造仍受制约：受出口管制影响，中芯国际无法购买EUV设备，其7纳米良率和产量据信远低于台积电，"
      "而台积电在2022年底已开始量产3纳米芯片。",
      [src("TechInsights: SMIC 7nm N+2 in Huawei Mate 60 Pro", "https://www.techinsights.com/blog/techinsights-finds-smic-7nm-n2-huawei-mate-60-pro", "2023-09"),
       src("TSMC: 3nm volume production and capacity expansion ceremony", "https://pr.tsmc.com/english/news/2986", "2022-12-29")]),

    R("n-china-no-driverless-robotaxis", "False", ["robotaxi", "autonomous-driving", "baidu"],
      "Nobody in China runs truly driverless robotaxis; there is always a safety driver on board.",
      "中国根本没有真正的无人驾驶出租车，车上都有安全员。",
      "Baidu's Apollo Go has offered rides with nobody in the driver's seat in Wuhan since 2022 and said it provided "
      "about 1.1 million rides in the fourth quarter of 2024, with fully driverless operation across its main service "
      "areas. Pony.ai and WeRide also hold permits for paid driverless services in parts of Beijing, Guangzhou and "
      "Shenzhen.",
      "百度萝卜快跑自2022年起在武汉提供主驾无人的出行服务，并称2024年第四季度提供了约110万次乘车服务，"
      "其主要服务区域已实现全无人驾驶运营。小马智行和文远知行也在北京、广州、深圳部分区域获得了收费全无人驾驶服务的许可。",
      [src("Baidu Q4 and fiscal year 2024 results", "https://ir.baidu.com/news-releases", "2025-02-18"),
       src("Pony.ai: fully driverless commercial robotaxi permits", "https://pony.ai/press", "2024")]),

    R("n-china-bans-tesla-fsd", "False", ["tesla", "fsd", "regulation", "autonomous-driving"],
      "China won't let Tesla roll out FSD there at all.",
      "中国完全不让特斯拉在国内推出FSD。",
      "In February 2025 Tesla pushed an over-the-air update bringing FSD-style 'intelligent assisted driving' on city "
      "streets to Chinese owners who had bought its ¥64,000 FSD package. It is supervised driver assistance, not "
      "unsupervised autonomy, and Musk has said Tesla cannot move Chinese driving data abroad for training, which "
      "limits how well it is adapted to Chinese roads.",
      "2025年2月，特斯拉通过OTA升级向购买了6.4万元FSD选装包的中国车主推送了城市道路“智能辅助驾驶”功能（即FSD类功能）。"
      "这是需要驾驶员监督的辅助驾驶，而非无人监督的自动驾驶；马斯克也表示特斯拉不能把中国的行车数据传到境外训练，"
      "这限制了其对中国道路的适配程度。",
      [src("Reuters: Tesla rolls out FSD-like features in China", "https://www.reuters.com/business/autos-transportation/tesla-fsd-china-rollout", "2025-02-25"),
       src("Tesla China: intelligent assisted driving update notice", "https://www.tesla.cn/", "2025-02-25")]),

    R("n-china-launches-less-than-spacex", "Mostly true", ["space", "launches", "spacex"],
      "SpaceX alone launches more rockets than all of China.",
      "光SpaceX一家发射的火箭就比整个中国还多。",
      "Accurate for recent years: in 2024 SpaceX flew 134 Falcon 9 and Falcon Heavy missions plus four Starship test "
      "flights, while China made 68 orbital launch attempts, a national record. China's rate is rising quickly with new "
      "commercial rockets and the Guowang and Qianfan megaconstellations, and it remains the second most active "
      "launching country.",
      "就近年而言属实：2024年SpaceX执行了134次猎鹰9号和猎鹰重型任务，另有4次星舰试飞，而中国全年进行了68次轨道发射，"
      "创下本国纪录。随着新型商业火箭以及国网、千帆星座的部署，中国的发射频率正在快速上升，仍是发射次数第二多的国家。",
      [src("Jonathan McDowell: Space launch statistics", "https://planet4589.org/space/stats/", "2025-01"),
       src("SpaceNews: China sets national launch record in 2024", "https://spacenews.com/", "2025-01")]),

    R("n-tiktok-ban-free-speech", "Missing context", ["tiktok", "free-speech", "regulation"],
      "Banning TikTok in the United States would be a violation of free speech.",
      "在美国封禁TikTok违反言论自由。",
      "The April 2024 law targeted ownership rather than content: it required ByteDance to divest TikTok's US operations "
      "or have the app removed from US app stores and hosting services. On 17 January 2025 the Supreme Court unanimously "
      "upheld the law in TikTok v. Garland, finding it did not violate the First Amendment as applied, given "
      "national-security concerns about data collection and control by a foreign adversary.",
      "2024年4月通过的法律针对的是所有权而非内容：它要求字节跳动剥离TikTok的美国业务，否则该应用将被移出美国应用商店和托管服务。"
      "2025年1月17日，美国最高法院在TikTok诉加兰案中一致维持该法，认为鉴于数据收集和外国对手控制方面的国家安全关切，"
      "该法并未违反第一修正案。",
      [src("Supreme Court of the United States: TikTok Inc. v. Garland", "https://www.supremecourt.gov/opinions/24pdf/24-656_ca7d.pdf", "2025-01-17"),
       src("Congress.gov: Protecting Americans from Foreign Adversary Controlled Applications Act (H.R. 815, Division H)",
           "https://www.congress.gov/bill/118th-congress/house-bill/815", "2024-04-24")]),

    R("n-taiwan-integral-part", "Misleading", ["taiwan", "geopolitics"],
      "Taiwan is an integral part of China that is kept apart only by the US Navy.",
      "台湾是中国不可分割的一部分，只是因为美国海军才分离在外。",
      "The People's Republic of China has never governed Taiwan; the island has been run by the Republic of China "
      "government since 1949 and has held direct presidential elections since 1996. In National Chengchi University's "
      "long-running surveys, fewer than 10% of respondents in 2024 favoured unification soon or eventually, while most "
      "prefer some form of the status quo. Taiwan's foreign minister answered Musk's 2023 remarks by saying Taiwan is "
      "'not for sale'.",
      "中华人民共和国从未统治过台湾；1949年以来台湾一直由中华民国政府管辖，自1996年起举行总统直选。政治大学选举研究中心的长期调查显示，"
      "2024年支持尽快统一或偏向统一的受访者不到10%，多数人倾向维持某种形式的现状。台湾外交部长对马斯克2023年的言论回应称，"
      "台湾“不是用来卖的”。",
      [src("NCCU Election Study Center: Taiwan independence vs. unification trend", "https://esc.nccu.edu.tw/PageDoc/Detail?fid=7801&id=6963", "2025-01"),
       src("Reuters: Taiwan tells Musk it is not for sale", "https://www.reuters.com/world/asia-pacific/taiwan-musk-not-for-sale", "2023-09-14")]),

    R("n-china-shipbuilding-200x", "Missing context", ["shipbuilding", "manufacturing", "military"],
      "China's shipbuilding capacity is about 200 times that of the United States.",
      "中国的造船能力大约是美国的200倍。",
      "The '200 times' figure comes from a 2023 US Navy intelligence slide comparing total shipyard capacity, about "
      "23 million gross tons for China against under 100,000 for the US. It mostly reflects commercial shipbuilding, "
      "where China built over half of the world's merchant tonnage in 2024; US yards build few merchant ships but "
      "specialise in complex warships such as carriers and nuclear submarines, where the output gap is far smaller "
      "than 200 to 1.",
      "“200倍”之说出自2023年美国海军情报部门的一张幻灯片，比较的是船厂总产能：中国约2300万总吨，美国不到10万总吨。"
      "这主要反映商船建造能力——2024年中国建造了全球一半以上的商船吨位；美国船厂很少造商船，而是专注于航母、核潜艇等复杂军舰，"
      "在这一领域两国产出的差距远小于200比1。",
      [src("CSIS: Ship Wars: Confronting China's Dual-Use Shipbuilding Empire",
           "https://www.csis.org/analysis/ship-wars-confronting-chinas-dual-use-shipbuilding-empire", "2025-03-11"),
       src("UNCTAD: Review of Maritime Transport 2024", "https://unctad.org/publication/review-maritime-transport-2024", "2024-10-22")]),

    R("n-chinese-workers-996", "Misleading", ["labour", "work-culture", "engineers"],
      "In China everyone works 996: 9 a.m. to 9 p.m., six days a week.",
      "在中国，人人都是996：早九点到晚九点，一周六天。",
      "Long hours are common in China, but 996 is not the norm: the National Bureau of Statistics put the average "
      "working week of urban enterprise employees at about 49 hours in 2024, against the 72 hours a 996 schedule "
      "implies. In August 2021 China's Supreme People's Court and the Ministry of Human Resources and Social Security "
      "declared 996 schedules illegal, though enforcement is uneven.",
      "中国长时间工作确实普遍，但996并非常态：国家统计局数据显示，2024年城镇企业就业人员平均每周工作约49小时，"
      "而996意味着每周72小时。2021年8月，最高人民法院和人力资源社会保障部发布典型案例，明确996工作制违法，尽管执行并不到位。",
      [src("National Bureau of Statistics: average weekly working hours of enterprise employees", "https://www.stats.gov.cn/sj/", "2025-01"),
       src("Supreme People's Court and MOHRSS: typical cases on overtime work", "https://www.court.gov.cn/zixun/xiangqing/319151.html", "2021-08-26")]),

    R("n-china-ten-times-engineers", "Missing context", ["engineers", "education", "talent"],
      "China graduates ten times as many engineers as the United States every year.",
      "中国每年毕业的工程师是美国的十倍。",
      "Headline ratios depend heavily on definitions: comparisons that reach ten to one usually count Chinese three-year "
      "vocational diplomas and broad 'engineering' categories against US four-year engineering bachelor's degrees, of "
      "which ASEE counted roughly 128,000 in 2022. At the top end the gap is far smaller: Georgetown's CSET projected "
      "about 77,000 Chinese STEM PhD graduates in 2025 against about 40,000 in the US.",
      "这类对比倍数很大程度上取决于统计口径：得出十比一的比较，通常把中国三年制高职专科文凭和宽泛的“工科”类别，"
      "与美国四年制工程学士学位相比；美国工程教育学会统计2022年美国约有12.8万个工程学士学位。在高端人才层面差距小得多："
      "乔治城大学安全与新兴技术中心（CSET）预计2025年中国STEM博士毕业生约7.7万人，美国约4万人。",
      [src("ASEE: Engineering and Engineering Technology by the Numbers", "https://ira.asee.org/by-the-numbers/", "2023"),
       src("CSET: China is Fast Outpacing U.S. STEM PhD Growth",
           "https://cset.georgetown.edu/publication/china-is-fast-outpacing-u-s-stem-phd-growth/", "2021-08")]),

    R("n-china-population-halve-2100", "Mostly true", ["demographics", "birth-rate", "population"],
      "China's population will be cut in half by the end of this century.",
      "到本世纪末，中国人口将减少一半。",
      "The UN's World Population Prospects 2024 medium scenario projects China's population falling from about 1.42 "
      "billion in 2024 to about 633 million in 2100, a drop of a little over half. Projections 75 years out are "
      "uncertain and hinge on whether fertility, currently around one child per woman, recovers.",
      "联合国《世界人口展望2024》中方案预测，中国人口将从2024年的约14.2亿降至2100年的约6.33亿，降幅略超一半。"
      "75年后的人口预测不确定性很大，关键取决于目前约每名女性生育1个孩子的生育率能否回升。",
      [src("UN DESA: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11")]),

    R("n-china-population-shrinking-10m", "False", ["demographics", "birth-rate", "population"],
      "China's population is already shrinking by more than 10 million people a year.",
      "中国人口现在每年已经减少一千多万。",
      "China's National Bureau of Statistics reported population declines of about 850,000 in 2022, 2.08 million in "
      "2023 and 1.39 million in 2024, when 9.54 million births were outnumbered by 10.93 million deaths. Annual losses "
      "above 10 million appear in UN projections only decades from now.",
      "国家统计局数据显示，中国人口2022年减少约85万，2023年减少208万，2024年减少139万；2024年出生954万人，死亡1093万人。"
      "在联合国的预测中，年均减少超过1000万要到几十年后才会出现。",
      [src("National Bureau of Statistics: 2024 population data", "https://www.stats.gov.cn/sj/zxfb/", "2025-01-17"),
       src("UN DESA: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11")]),

    R("n-eu-tariff-tesla-same-as-byd", "False", ["tariffs", "eu", "tesla", "byd"],
      "Tesla gets hit by the EU's tariffs on Chinese-made EVs just as hard as BYD does.",
      "欧盟对中国产电动车加征关税，特斯拉和比亚迪受到的打击一样重。",
      "In the EU's definitive countervailing duties of October 2024, Tesla's Shanghai-built cars received an "
      "individually calculated rate of 7.8%, the lowest of any Chinese exporter, against 17.0% for BYD, 18.8% for "
      "Geely and 35.3% for SAIC. All of them also pay the EU's standard 10% import duty on cars.",
      "在欧盟2024年10月确定的反补贴税中，特斯拉上海产车辆获得单独计算的7.8%税率，是所有中国出口车企中最低的；"
      "比亚迪为17.0%，吉利18.8%，上汽35.3%。此外各家都需缴纳欧盟10%的标准汽车进口关税。",
      [src("European Commission: EU imposes duties on unfairly subsidised electric vehicles from China",
           "https://ec.europa.eu/commission/presscorner/detail/en/ip_24_5589", "2024-10-29")]),

    R("n-chinese-humanoids-behind-optimus", "Unproven", ["robotics", "humanoids", "optimus", "unitree"],
      "No Chinese humanoid robot comes close to Tesla's Optimus; they are years behind.",
      "中国的人形机器人没有一个能接近特斯拉的Optimus，落后好几年。",
      "There is no independent benchmark comparing humanoid robots. Unitree began selling its G1 humanoid in 2024 for "
      "¥99,000 (about $16,000), and UBTech's Walker S robots have been trialled on car-factory lines including Zeekr's "
      "and BYD's, while Tesla had shown Optimus only in demos and internal use by 2025. Musk himself has said Chinese "
      "companies are likely to be Optimus's strongest competitors.",
      "目前没有比较人形机器人的独立基准。宇树科技2024年开售G1人形机器人，售价9.9万元（约1.6万美元）；优必选的Walker S"
      "已在极氪、比亚迪等车企的产线上试用，而截至2025年特斯拉的Optimus仍只用于演示和内部使用。马斯克本人也曾表示，"
      "Optimus最强的竞争对手很可能来自中国公司。",
      [src("Unitree: G1 humanoid agent", "https://www.unitree.com/g1", "2024-05-13"),
       src("Tesla Q4 2024 earnings call", "https://ir.tesla.com/", "2025-01-29")]),
]
