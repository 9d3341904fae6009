"""Rebuttal definitions for blind set y (written from the brief only)."""


def src(title, url, date=""):
    return {"title": title, "url": url, "date": date}


def R(rid, rating, tags, claim_en, claim_zh, cps, notes=""):
    return {
        "id": rid,
        "status": "published",
        "rating": rating,
        "tags": tags,
        "claim": {"en": claim_en, "zh": claim_zh},
        "counterpoints": [{"en": en, "zh": zh, "sources": sources} for en, zh, sources in cps],
        "notes": notes,
    }


REBUTTALS = [
    # ---------------- energy group ----------------
    R("china-power-output-three-times-us", "Misleading", ["electricity", "grid", "energy"],
      "China generates three times as much electricity as the United States.",
      "中国的发电量是美国的三倍。",
      [("China generated roughly 9,400 TWh of electricity in 2023, against about 4,200 TWh in the "
        "United States, according to Ember and the US Energy Information Administration: a ratio of "
        "roughly 2.2 to 1, not 3 to 1. The gap is widening because Chinese generation grew by around 7% "
        "in 2023 while US output was flat. Per person, Americans still use nearly twice as much "
        "electricity as people in China.",
        "据Ember和美国能源信息署（EIA）的数据，2023年中国发电量约为9.4万亿千瓦时，美国约为4.2万亿千瓦时，"
        "两者之比约为2.2比1，而不是3比1。由于2023年中国发电量增长约7%而美国基本持平，差距正在扩大。"
        "按人均计算，美国人的用电量仍接近中国人的两倍。",
        [src("Ember: Global Electricity Review 2024", "https://ember-energy.org/latest-insights/global-electricity-review-2024/", "2024-05-08"),
         src("EIA: Electricity explained - electricity in the United States", "https://www.eia.gov/energyexplained/electricity/electricity-in-the-us.php", "2024")])]),

    R("china-yearly-solar-exceeds-us-total", "Mostly true", ["solar", "energy"],
      "China installs more solar power in a single year than the United States has installed in its entire history.",
      "中国一年新增的光伏装机，比美国有史以来累计装的还多。",
      [("Broadly correct. China's National Energy Administration reported about 217 GW of new solar "
        "capacity in 2023 and about 278 GW in 2024, while cumulative US solar capacity was roughly "
        "180 GW at the end of 2023 and about 235 GW at the end of 2024, according to SEIA and Wood "
        "Mackenzie. Context: Chinese figures are counted in AC and US figures in DC, and curtailment of "
        "solar output has been rising in parts of western China.",
        "大体属实。中国国家能源局数据显示，2023年新增光伏装机约2.17亿千瓦，2024年约2.78亿千瓦；"
        "而据美国太阳能行业协会（SEIA）和伍德麦肯兹统计，美国光伏累计装机在2023年底约为180吉瓦，"
        "2024年底约为235吉瓦。需要注意：中国按交流侧计量、美国按直流侧计量，而且中国西部部分地区的弃光率正在上升。",
        [src("SEIA / Wood Mackenzie: Solar Market Insight 2024 Year in Review", "https://www.seia.org/research-resources/solar-market-insight-report-2024-year-review", "2025-03"),
         src("IEA: Renewables 2024", "https://www.iea.org/reports/renewables-2024", "2024-10-09")])]),

    R("china-phasing-out-coal", "False", ["coal", "energy", "climate"],
      "China is rapidly phasing out coal power.",
      "中国正在迅速淘汰煤电。",
      [("China is still expanding coal power. Construction began on about 70 GW of new coal capacity "
        "in 2023 and about 95 GW in 2024, the most in roughly a decade, according to the Centre for "
        "Research on Energy and Clean Air (CREA) and Global Energy Monitor. Coal still supplied close to "
        "60% of China's electricity in 2024, although its share is slowly falling as wind and solar grow.",
        "中国仍在扩张煤电。能源与清洁空气研究中心（CREA）和全球能源监测（GEM）的数据显示，2023年中国新开工煤电约70吉瓦，"
        "2024年约95吉瓦，为约十年来最高。2024年煤电仍提供了中国近60%的电力，只是随着风电和光伏增长，其占比在缓慢下降。",
        [src("CREA & GEM: China's new coal power spree continues as more provinces jump on the bandwagon", "https://energyandcleanair.org/publication/china-coal-power-2024/", "2025-02"),
         src("Global Energy Monitor: Boom and Bust Coal 2024", "https://globalenergymonitor.org/report/boom-and-bust-coal-2024/", "2024-04")])]),

    R("china-building-most-nuclear-reactors", "Missing context", ["nuclear", "energy"],
      "China is building more nuclear reactors than the rest of the world combined.",
      "中国在建的核反应堆比世界其他国家加起来还多。",
      [("China accounts for about half of the reactors under construction worldwide: 29 of 59 units in "
        "mid-2024, according to the World Nuclear Industry Status Report, roughly level with the rest of "
        "the world combined rather than clearly ahead of it. Nuclear power still supplied under 5% of "
        "China's electricity in 2023.",
        "据《世界核工业现状报告》，2024年年中全球在建的59台核电机组中有29台在中国，约占一半，与世界其他国家的总和大致持平，"
        "并非明显超过。2023年核电在中国电力中的占比仍不到5%。",
        [src("World Nuclear Industry Status Report 2024", "https://www.worldnuclearreport.org/The-World-Nuclear-Industry-Status-Report-2024.html", "2024-09"),
         src("IAEA PRIS: Under construction reactors", "https://pris.iaea.org/PRIS/WorldStatistics/UnderConstructionReactorsByCountry.aspx", "")])]),

    # ---------------- batteries ----------------
    R("catl-over-half-ev-batteries", "False", ["batteries", "catl", "ev"],
      "CATL alone makes more than half of the world's EV batteries.",
      "宁德时代一家就生产了全球一半以上的电动车电池。",
      [("CATL is the largest EV battery maker but not a majority supplier: it had about 38% of global "
        "EV battery installations in 2024, according to SNE Research, followed by BYD at about 17% and "
        "LG Energy Solution at about 11%. Only CATL and BYD together exceed half of the market.",
        "宁德时代是全球最大的动力电池企业，但份额并未过半：据SNE Research统计，2024年其全球动力电池装机份额约为38%，"
        "其次是比亚迪约17%、LG新能源约11%。只有宁德时代和比亚迪加在一起才超过一半。",
        [src("SNE Research: Global EV battery usage Jan-Dec 2024", "https://www.sneresearch.com/en/insight/release_view/360/page/0", "2025-02"),
         src("Reuters: CATL's market share and earnings", "https://www.reuters.com/business/autos-transportation/catl-2024-results/", "2025-03-14")])]),

    R("lfp-battery-invented-in-china", "False", ["batteries", "lfp", "science"],
      "Lithium iron phosphate (LFP) batteries were invented in China.",
      "磷酸铁锂电池是中国人发明的。",
      [("LiFePO4 was first reported as a battery cathode in 1996-97 by John Goodenough's group at the "
        "University of Texas at Austin (Padhi, Nanjundaswamy and Goodenough, Journal of the "
        "Electrochemical Society, 1997). Key improvements such as carbon coating came from researchers in "
        "Canada, and early commercialisation from US firms such as A123 Systems. Chinese companies like "
        "CATL and BYD later scaled the chemistry and now produce most of the world's LFP cells.",
        "磷酸铁锂作为电池正极材料，最早由美国得克萨斯大学奥斯汀分校约翰·古迪纳夫团队于1996至1997年报道"
        "（Padhi、Nanjundaswamy与Goodenough，《电化学学会志》，1997年）。碳包覆等关键改进来自加拿大的研究人员，"
        "早期商业化则有美国A123等公司参与。宁德时代、比亚迪等中国企业后来将其规模化，如今生产了全球大部分磷酸铁锂电池。",
        [src("Padhi, Nanjundaswamy, Goodenough: Phospho-olivines as positive-electrode materials (J. Electrochem. Soc.)", "https://iopscience.iop.org/article/10.1149/1.1837571", "1997-04"),
         src("IEA: Global EV Outlook 2024 - batteries", "https://www.iea.org/reports/global-ev-outlook-2024", "2024-04-23")])]),

    # ---------------- AI ----------------
    R("deepseek-six-million-dollar-model", "Missing context", ["ai", "deepseek"],
      "DeepSeek built its frontier AI model for only about six million dollars.",
      "DeepSeek只花了大约六百万美元就做出了前沿大模型。",
      [("The roughly $5.6 million figure comes from DeepSeek's own V3 technical report (December 2024) "
        "and covers only the final training run: about 2.79 million H800 GPU-hours at an assumed rental "
        "price of $2 per hour. The report says this excludes prior research, ablation experiments and "
        "other costs. SemiAnalysis estimated DeepSeek's total hardware spending at well over $500 million.",
        "约560万美元这个数字来自DeepSeek自己在2024年12月发布的V3技术报告，只涵盖最后一次正式训练：约278.8万H800 GPU小时，"
        "按每小时2美元的假设租价计算。报告本身说明，这不包括此前的研究、消融实验等成本。"
        "SemiAnalysis估计DeepSeek在硬件上的总投入远超5亿美元。",
        [src("DeepSeek-V3 Technical Report (arXiv:2412.19437)", "https://arxiv.org/abs/2412.19437", "2024-12-27"),
         src("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/2025/01/31/deepseek-debates/", "2025-01-31")])]),

    R("deepseek-has-50000-h100s", "Unproven", ["ai", "deepseek", "export-controls", "nvidia"],
      "DeepSeek secretly has about 50,000 Nvidia H100 GPUs.",
      "DeepSeek私下拥有大约五万块英伟达H100芯片。",
      [("The figure came from Scale AI chief executive Alexandr Wang in a January 2025 CNBC interview; "
        "he offered no evidence, and Musk replied \"Obviously\". DeepSeek says V3 was trained on 2,048 "
        "Nvidia H800s, a chip made for the Chinese market. SemiAnalysis estimated DeepSeek had access to "
        "about 50,000 Hopper-generation GPUs in total, but described them as a mix of H800, H20 and H100 "
        "chips, not 50,000 H100s.",
        "这一说法来自Scale AI首席执行官亚历山大·王在2025年1月接受CNBC采访时的表态，他没有提供证据，马斯克回复了一句“Obviously”。"
        "DeepSeek表示V3是用2048块英伟达H800训练的，这是专供中国市场的芯片。SemiAnalysis估计DeepSeek总共能使用约5万块Hopper架构GPU，"
        "但称其中是H800、H20和H100的混合，而不是5万块H100。",
        [src("CNBC: Scale AI CEO says China has quickly caught the U.S. with DeepSeek", "https://www.cnbc.com/2025/01/23/scale-ai-ceo-says-china-has-quickly-caught-the-us-with-deepseek.html", "2025-01-23"),
         src("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/2025/01/31/deepseek-debates/", "2025-01-31")])]),

    R("chinese-ai-chips-decade-behind", "Misleading", ["ai", "chips", "huawei", "export-controls"],
      "Chinese AI chips are about ten years behind Nvidia.",
      "中国的AI芯片比英伟达落后大约十年。",
      [("Huawei's Ascend 910B and 910C, made on SMIC's 7nm-class process, are generally estimated to be "
        "one to two generations behind Nvidia's Hopper and Blackwell chips, not a decade. Reports in "
        "February 2025 cited DeepSeek researchers finding that the 910C delivers about 60% of an H100's "
        "inference performance. China's larger bottlenecks are manufacturing volume, high-bandwidth "
        "memory and software, which US export controls target.",
        "华为昇腾910B和910C采用中芯国际7纳米级工艺制造，一般估计比英伟达Hopper和Blackwell芯片落后一到两代，而不是十年。"
        "2025年2月的报道援引DeepSeek研究人员的测试称，910C的推理性能约为H100的60%。"
        "中国更大的瓶颈在于产能、高带宽内存和软件生态，这些正是美国出口管制针对的环节。",
        [src("Tom's Hardware: DeepSeek research suggests Huawei's Ascend 910C delivers 60% of Nvidia H100 inference performance", "https://www.tomshardware.com/tech-industry/artificial-intelligence/deepseek-research-suggests-huaweis-ascend-910c-delivers-60-percent-nvidia-h100-inference-performance", "2025-02"),
         src("CSIS: DeepSeek, Huawei, Export Controls, and the Future of the U.S.-China AI Race", "https://www.csis.org/analysis/deepseek-huawei-export-controls-and-future-us-china-ai-race", "2025-03")])]),

    R("most-top-ai-researchers-work-in-china", "False", ["ai", "talent"],
      "Most of the world's top AI researchers work in China.",
      "全球顶尖AI研究人员大多在中国工作。",
      [("MacroPolo's Global AI Talent Tracker, based on papers accepted at NeurIPS 2022, found that 42% "
        "of top-tier AI researchers worked in the United States and 28% in China. China leads on "
        "origin rather than workplace: 47% of top-tier researchers did their undergraduate degree in "
        "China, against 18% in the US.",
        "MacroPolo的“全球AI人才追踪”基于NeurIPS 2022录用论文统计，发现42%的顶尖AI研究人员在美国工作，在中国工作的为28%。"
        "中国领先的是人才来源而非工作地：47%的顶尖研究人员在中国完成本科，美国为18%。",
        [src("MacroPolo: The Global AI Talent Tracker 2.0", "https://archivemacropolo.org/interactive/digital-projects/the-global-ai-talent-tracker/", "2024-03")])]),

    # ---------------- space ----------------
    R("china-launches-more-rockets-than-spacex", "False", ["space", "launches", "spacex"],
      "China now launches more rockets per year than SpaceX.",
      "中国现在每年的火箭发射次数比SpaceX还多。",
      [("SpaceX flew 134 Falcon 9 and Falcon Heavy missions in 2024, plus four Starship test flights, "
        "while China as a whole, state and commercial launchers combined, made 68 orbital launch "
        "attempts, a national record. In 2023 it was 98 for SpaceX against 67 for China. SpaceX alone "
        "launches roughly twice as often as all of China.",
        "2024年SpaceX执行了134次猎鹰9号和猎鹰重型发射，另有4次星舰试飞；而中国国家队与商业火箭合计进行了68次入轨发射尝试，"
        "创下本国纪录。2023年SpaceX为98次，中国为67次。SpaceX一家的发射次数大约是全中国的两倍。",
        [src("Jonathan McDowell: Orbital launch statistics", "https://planet4589.org/space/stats/launches.html", "2025-01"),
         src("SpaceNews: China sets new national launch record in 2024", "https://spacenews.com/china-2024-launch-record/", "2025-01")])]),

    R("china-moon-landing-before-us", "Unproven", ["space", "moon", "artemis"],
      "China will put astronauts on the Moon before the United States returns there.",
      "中国会在美国重返月球之前把宇航员送上月球。",
      [("China's crewed space agency says it aims to land astronauts on the Moon \"before 2030\" with "
        "the Long March 10 rocket and the Lanyue lander, both still in development. In December 2024 "
        "NASA set its Artemis III crewed landing for mid-2027, but it depends on SpaceX's Starship lander, "
        "which still has to demonstrate in-orbit refuelling. Both schedules could slip, so which country "
        "lands first is uncertain.",
        "中国载人航天工程办公室表示，目标是在2030年前实现中国人登月，使用仍在研制中的长征十号火箭和揽月着陆器。"
        "NASA在2024年12月将阿尔忒弥斯3号载人登月定在2027年年中，但它依赖仍需验证在轨加注的SpaceX星舰着陆器。"
        "两边的时间表都可能推迟，谁先登月并无定论。",
        [src("NASA: NASA shares progress toward early Artemis Moon missions with crew", "https://www.nasa.gov/news-release/nasa-shares-progress-toward-early-artemis-moon-missions-with-crew/", "2024-12-05"),
         src("Xinhua: China plans crewed lunar landing before 2030", "https://english.news.cn/20230712/china-crewed-lunar-landing/c.html", "2023-07-12")])]),

    R("tiangong-as-big-as-iss", "False", ["space", "space-station"],
      "China's Tiangong space station is about as big as the International Space Station.",
      "中国的天宫空间站和国际空间站差不多大。",
      [("Tiangong, completed in late 2022 with three modules, has a mass of roughly 100 tonnes with "
        "visiting spacecraft attached, about a quarter of the ISS's roughly 420 tonnes, and normally hosts "
        "three astronauts against the ISS's usual seven. China plans to add modules, which would enlarge "
        "it without closing the gap.",
        "天宫空间站于2022年底完成三舱建造，连同停靠的飞船总质量约100吨，约为国际空间站（约420吨）的四分之一；"
        "常驻航天员通常为3人，而国际空间站通常为7人。中国计划增加舱段，但即便扩建也无法追平。",
        [src("NASA: International Space Station facts and figures", "https://www.nasa.gov/reference/international-space-station-facts-and-figures/", "2023"),
         src("China Manned Space Agency: Tiangong space station", "https://en.cmse.gov.cn/", "")])]),

    R("qianfan-already-rivals-starlink", "False", ["space", "satellites", "starlink"],
      "China's Qianfan satellite network already rivals Starlink.",
      "中国的千帆星座已经可以和星链分庭抗礼。",
      [("Qianfan (\"Thousand Sails\"), operated by Shanghai Spacecom Satellite Technology, launched its "
        "first 18 satellites in August 2024 and had about 90 in orbit by early 2025, out of a planned "
        "14,000-plus. Starlink had roughly 7,000 satellites in orbit and more than 4 million subscribers "
        "at that point. Qianfan had not started broad commercial service.",
        "千帆星座由上海垣信卫星科技运营，2024年8月发射首批18颗卫星，到2025年初在轨约90颗，而规划总数超过1.4万颗。"
        "同期星链在轨卫星约7000颗，用户超过400万。千帆当时尚未开始大范围商业服务。",
        [src("SpaceNews: China launches first batch of satellites for Thousand Sails megaconstellation", "https://spacenews.com/china-launches-first-batch-of-satellites-for-thousand-sails-megaconstellation/", "2024-08-06"),
         src("Starlink: progress updates", "https://www.starlink.com/updates", "2025")])]),

    # ---------------- trade and finance ----------------
    R("china-trade-surplus-trillion-2024", "Misleading", ["trade", "economy"],
      "China ran a trade surplus of more than one trillion dollars in 2024.",
      "中国2024年的贸易顺差超过了一万亿美元。",
      [("China's customs administration reported a 2024 goods trade surplus of about $992 billion, a "
        "record but just under the trillion-dollar mark. The surplus passed $1 trillion during 2025, within "
        "the first eleven months. Because China runs a deficit in services, its 2024 current-account "
        "surplus was much smaller, at roughly $420 billion.",
        "中国海关总署公布，2024年货物贸易顺差约为9920亿美元，创历史新高，但略低于一万亿美元。顺差在2025年前11个月内突破了一万亿美元。"
        "由于服务贸易为逆差，2024年中国经常账户顺差要小得多，约为4200亿美元。",
        [src("Reuters: China's 2024 exports hit record, trade surplus near $1 trillion", "https://www.reuters.com/markets/asia/china-2024-trade-surplus-record/", "2025-01-13"),
         src("State Administration of Foreign Exchange: balance of payments 2024", "https://www.safe.gov.cn/en/", "2025-02")])]),

    R("china-pays-us-tariffs", "False", ["tariffs", "trade"],
      "Tariffs on Chinese goods are paid by China, not by Americans.",
      "对中国商品征收的关税是中国买单，而不是美国人。",
      [("US tariffs are collected by US Customs from the American importer of record. Studies of the "
        "2018-2019 tariffs by Amiti, Redding and Weinstein (2019) and by Fajgelbaum and co-authors (2020) "
        "found close to complete pass-through of the cost to US buyers, with Chinese exporters absorbing "
        "only a small share, partly through a weaker yuan.",
        "美国关税由美国海关向美国进口商征收。Amiti、Redding和Weinstein（2019年）以及Fajgelbaum等人（2020年）对2018至2019年关税的研究发现，"
        "成本几乎全部转嫁给了美国买家，中国出口商只承担了一小部分，部分是通过人民币贬值。",
        [src("NBER w25672: The Impact of the 2018 Trade War on U.S. Prices and Welfare", "https://www.nber.org/papers/w25672", "2019-03"),
         src("Fajgelbaum et al.: The Return to Protectionism (QJE)", "https://academic.oup.com/qje/article/135/1/1/5626442", "2020-02")])]),

    R("china-largest-foreign-holder-us-debt", "False", ["finance", "treasuries"],
      "China is the biggest foreign holder of US government debt.",
      "中国是美国国债最大的外国持有者。",
      [("Japan has been the largest foreign holder of US Treasuries since 2019, with about $1.06 "
        "trillion at the end of 2024 according to Treasury TIC data, while China held about $760 billion. "
        "In 2025 the United Kingdom also overtook China, pushing it to third. China's holdings peaked at "
        "about $1.3 trillion in 2013.",
        "根据美国财政部TIC数据，日本自2019年起一直是美国国债最大的外国持有者，2024年底持有约1.06万亿美元，中国约7600亿美元。"
        "2025年英国也超过了中国，使中国降至第三。中国的持有量在2013年达到约1.3万亿美元的峰值。",
        [src("US Treasury: Major Foreign Holders of Treasury Securities", "https://ticdata.treasury.gov/resource-center/data-chart-center/tic/Documents/slt_table5.html", "2025"),
         src("Reuters: UK overtakes China as second-largest holder of US Treasuries", "https://www.reuters.com/markets/rates-bonds/uk-overtakes-china-treasuries-2025-05-16/", "2025-05-16")])]),

    R("yuan-overtook-euro-payments", "False", ["finance", "currency", "yuan"],
      "The Chinese yuan has overtaken the euro as a currency for global payments.",
      "人民币在全球支付中已经超过了欧元。",
      [("In SWIFT's RMB Tracker the euro's share of global payments by value stayed above 20% through "
        "2024, while the yuan's fluctuated between roughly 3.5% and 4.7%, ranking it fourth or fifth behind "
        "the dollar, the euro and the pound. The yuan did pass the euro in SWIFT's much smaller "
        "trade-finance category in 2023.",
        "SWIFT人民币追踪数据显示，2024年欧元在全球支付金额中的占比一直高于20%，人民币占比在约3.5%至4.7%之间波动，"
        "排在美元、欧元、英镑之后的第四或第五位。人民币确实在2023年的贸易融资这一规模小得多的类别中超过了欧元。",
        [src("SWIFT: RMB Tracker", "https://www.swift.com/our-solutions/compliance-and-shared-services/business-intelligence/renminbi/rmb-tracker/document-centre", "2024")])]),

    # ---------------- society / demographics ----------------
    R("china-population-halves-by-2050", "False", ["demographics", "population"],
      "China's population will fall by half by 2050.",
      "到2050年中国人口将减少一半。",
      [("The UN's World Population Prospects 2024 medium scenario projects China at about 1.26 billion "
        "people in 2050, down roughly 10% from about 1.41 billion in 2024. A halving is projected only "
        "around the end of the century: the same scenario puts China at about 633 million in 2100.",
        "联合国《世界人口展望2024》中方案预测，2050年中国人口约为12.6亿，比2024年的约14.1亿减少约10%。"
        "人口减半要到本世纪末前后才会出现：同一方案预测2100年中国人口约为6.33亿。",
        [src("UN DESA: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11")])]),

    R("china-population-grew-2024", "False", ["demographics", "population", "births"],
      "China's population grew again in 2024 thanks to a Year of the Dragon baby boom.",
      "得益于龙年婴儿潮，中国人口在2024年重新实现增长。",
      [("Births did rise in 2024, to 9.54 million from 9.02 million in 2023, a bump often linked to the "
        "Year of the Dragon, but 10.93 million people died. China's population therefore fell by 1.39 "
        "million to 1.408 billion, the third consecutive annual decline, according to the National "
        "Bureau of Statistics (January 2025).",
        "2024年出生人口确实从2023年的902万增至954万，通常被认为与龙年有关，但同年死亡人口为1093万。"
        "国家统计局2025年1月公布，中国人口因此减少139万，降至14.08亿，为连续第三年下降。",
        [src("National Bureau of Statistics of China: 2024 national economy and population", "https://www.stats.gov.cn/english/PressRelease/202501/t20250117_1958333.html", "2025-01-17")])]),

    R("china-youth-unemployment-half", "Misleading", ["jobs", "youth", "economy"],
      "Nearly half of young people in China are unemployed.",
      "中国将近一半的年轻人没有工作。",
      [("China's official urban unemployment rate for 16- to 24-year-olds peaked at a record 21.3% in June "
        "2023; publication was then paused and resumed with a series that excludes students, which reached "
        "18.8% in August 2024. The \"nearly half\" figure traces to Peking University economist Zhang "
        "Dandan, who estimated up to 46.5% for March 2023 by also counting young people who had stopped "
        "looking for work. It is one researcher's estimate, not an official or consensus rate.",
        "中国官方公布的16至24岁城镇青年失业率在2023年6月达到21.3%的历史高点，随后暂停发布，恢复后改为不含在校生的口径，"
        "2024年8月为18.8%。“接近一半”的说法源自北京大学经济学者张丹丹，她把已放弃找工作的年轻人也计算在内，估算2023年3月最高可达46.5%。"
        "这是个别学者的估算，并非官方或公认数据。",
        [src("Reuters: China's youth jobless rate hits record 21.3% in June", "https://www.reuters.com/world/china/china-youth-unemployment-june-2023/", "2023-07-17"),
         src("Reuters: China youth unemployment rises to 18.8% in August", "https://www.reuters.com/world/china/china-youth-unemployment-august-2024/", "2024-09-20")])]),

    R("china-996-legally-required", "False", ["work-culture", "labour-law", "regulation"],
      "In China the 996 work schedule is required by law.",
      "在中国，996工作制是法律规定的。",
      [("China's Labour Law sets a standard of 8 hours a day and 44 hours a week and caps overtime at 36 "
        "hours a month. In August 2021 the Supreme People's Court and the Ministry of Human Resources and "
        "Social Security published guiding cases stating that \"996\" schedules (9am to 9pm, six days a "
        "week) violate the law. The practice persists at some firms, but it is unlawful, not mandated.",
        "中国《劳动法》规定每日工作8小时、每周44小时，每月加班不得超过36小时。2021年8月，最高人民法院和人力资源社会保障部联合发布典型案例，"
        "明确“996”（早9点到晚9点、每周6天）违反法律规定。部分企业仍在这样做，但这是违法行为，而非法定要求。",
        [src("China Daily: Top court, ministry say 996 work schedule illegal", "https://www.chinadaily.com.cn/a/202108/27/WS61283c96a310efa1bd66b78b.html", "2021-08-27")])]),

    # ---------------- robots ----------------
    R("china-highest-robot-density", "False", ["robotics", "manufacturing", "automation"],
      "China has the highest density of industrial robots of any country.",
      "中国的工业机器人密度是全世界最高的。",
      [("According to the International Federation of Robotics' World Robotics 2024 report, South Korea "
        "led in 2023 with 1,012 robots per 10,000 manufacturing workers, followed by Singapore (770) and "
        "China (470). China did pass Germany (429) and Japan (419) that year, and it installs about half "
        "of the world's new industrial robots: some 276,000 of 541,000 in 2023.",
        "国际机器人联合会（IFR）《2024年世界机器人报告》显示，2023年韩国以每万名制造业工人1012台机器人居首，新加坡（770台）第二，"
        "中国（470台）第三。中国当年超过了德国（429台）和日本（419台），并且每年新装的工业机器人约占全球一半：2023年约27.6万台，全球约54.1万台。",
        [src("IFR: Global robot demand in factories doubles over 7 years", "https://ifr.org/ifr-press-releases/news/global-robot-demand-in-factories-doubles-over-7-years", "2024-11-20")])]),

    R("chinese-humanoids-under-6000", "Missing context", ["robotics", "humanoids", "unitree"],
      "Chinese humanoid robots already sell for under 6,000 dollars.",
      "中国的人形机器人售价已经低于6000美元。",
      [("Unitree announced its R1 humanoid in July 2025 at a starting price of 39,900 yuan (about "
        "$5,600), but it is a small entry-level model aimed at developers and hobbyists. Unitree's more "
        "capable G1 started at 99,000 yuan (about $16,000) and its full-size H1 at around $90,000, and "
        "Chinese humanoids are still mostly sold in small numbers to labs and companies.",
        "宇树科技于2025年7月发布R1人形机器人，起售价39900元（约5600美元），但它是面向开发者和爱好者的小型入门机型。"
        "宇树性能更强的G1起售价为9.9万元（约1.6万美元），全尺寸的H1约9万美元；中国人形机器人目前大多仍是小批量卖给实验室和企业。",
        [src("Reuters: China's Unitree unveils humanoid robot priced under $6,000", "https://www.reuters.com/technology/unitree-r1-humanoid-price-2025-07-25/", "2025-07-25"),
         src("Unitree Robotics: G1 humanoid", "https://www.unitree.com/g1", "2024-05")])]),

    # ---------------- Tesla / BYD ----------------
    R("giga-shanghai-half-of-teslas", "Mostly true", ["tesla", "shanghai", "manufacturing"],
      "Tesla's Shanghai factory builds about half of all Teslas.",
      "特斯拉上海超级工厂生产了特斯拉约一半的汽车。",
      [("Roughly right in recent years. Giga Shanghai delivered about 916,700 vehicles in 2024, domestic "
        "sales and exports combined, while Tesla produced about 1.77 million vehicles worldwide, so "
        "Shanghai accounted for around 52%. The plant, which began deliveries in December 2019, has an "
        "annual capacity of more than 950,000 vehicles and exports to Europe and Asia-Pacific.",
        "近几年大体属实。2024年特斯拉上海超级工厂交付约91.67万辆（含国内销售和出口），特斯拉全球产量约177万辆，上海约占52%。"
        "该工厂2019年12月开始交付，年产能超过95万辆，并向欧洲和亚太地区出口。",
        [src("Tesla: Q4 2024 production, deliveries and deployments", "https://ir.tesla.com/press-release/tesla-fourth-quarter-2024-production-deliveries-and-deployments", "2025-01-02"),
         src("Reuters: Tesla's China-made EV sales in 2024 (CPCA data)", "https://www.reuters.com/business/autos-transportation/tesla-china-sales-2024/", "2025-01-08")])]),

    R("tesla-top-ev-brand-in-china", "False", ["tesla", "byd", "ev", "china-market"],
      "Tesla is still the best-selling electric car brand in China.",
      "特斯拉仍然是中国最畅销的电动车品牌。",
      [("BYD sells several times as many new-energy vehicles in China as Tesla. Tesla's China retail "
        "sales were roughly 660,000 in 2024, according to the China Passenger Car Association, while BYD "
        "sold well over 3 million NEVs at home; counting only battery-electric cars, BYD still outsold "
        "Tesla in China.",
        "比亚迪在中国的新能源车销量是特斯拉的好几倍。据乘联会数据，2024年特斯拉在华零售约66万辆，而比亚迪国内新能源车销量远超300万辆；"
        "即使只算纯电动车，比亚迪在中国的销量也超过特斯拉。",
        [src("CPCA via Reuters: China passenger car sales 2024", "https://www.reuters.com/business/autos-transportation/china-car-sales-2024-cpca/", "2025-01-08")])]),

    R("byd-beat-tesla-bev-2024", "False", ["byd", "tesla", "ev", "sales"],
      "BYD sold more battery-electric cars than Tesla over the whole of 2024.",
      "2024年全年，比亚迪纯电动车的销量超过了特斯拉。",
      [("Tesla delivered 1,789,226 vehicles in 2024; BYD sold about 1.76 million battery-electric "
        "passenger cars, roughly 24,000 fewer. BYD's lead is in total new-energy vehicles: including "
        "plug-in hybrids it sold about 4.25 million. BYD did outsell Tesla in pure EVs in the fourth "
        "quarters of 2023 and 2024, and over the full year in 2025.",
        "2024年特斯拉交付1789226辆；比亚迪纯电乘用车销量约176万辆，少了约2.4万辆。比亚迪领先的是新能源车总量：算上插电混动约425万辆。"
        "比亚迪确实在2023年和2024年的第四季度纯电销量超过特斯拉，并在2025年全年超过特斯拉。",
        [src("Tesla: Q4 2024 production, deliveries and deployments", "https://ir.tesla.com/press-release/tesla-fourth-quarter-2024-production-deliveries-and-deployments", "2025-01-02"),
         src("Reuters: Tesla keeps EV crown for 2024 despite BYD's fourth-quarter lead", "https://www.reuters.com/business/autos-transportation/tesla-byd-2024-sales/", "2025-01-02")])]),

    R("chinese-evs-sold-at-loss", "Misleading", ["ev", "byd", "nio", "price-war", "profits"],
      "Chinese electric carmakers lose money on every car they sell.",
      "中国电动车厂商每卖一辆车都在亏钱。",
      [("Results vary widely. BYD reported a 2024 net profit of about 40.3 billion yuan (about $5.6 "
        "billion) on revenue of 777 billion yuan, and Li Auto earned about 8 billion yuan. Start-ups "
        "such as Nio (net loss of about 22.4 billion yuan in 2024) and Xpeng (about 5.8 billion yuan) were "
        "still losing money, and the long price war has squeezed margins across the industry.",
        "各家情况差别很大。比亚迪2024年净利润约403亿元（约56亿美元），营收7771亿元；理想汽车盈利约80亿元。"
        "蔚来（2024年净亏损约224亿元）、小鹏（约58亿元）等新势力仍在亏损，长期价格战压缩了全行业的利润率。",
        [src("BYD Company Limited: 2024 annual results announcement (HKEX)", "https://www.hkexnews.hk/listedco/listconews/sehk/2025/0324/byd-annual-results-2024.pdf", "2025-03-24"),
         src("NIO Inc.: Fourth quarter and full year 2024 financial results", "https://ir.nio.com/news-releases/news-release-details/nio-inc-reports-unaudited-fourth-quarter-and-full-year-2024", "2025-03-21")])]),

    # ---------------- geopolitics / tech ----------------
    R("tiktok-owned-by-beijing", "Misleading", ["tiktok", "bytedance", "regulation"],
      "TikTok is owned by the Chinese government.",
      "TikTok归中国政府所有。",
      [("TikTok's parent ByteDance says about 60% of its shares are held by global institutional "
        "investors such as Susquehanna, General Atlantic and KKR, about 20% by its founders and about 20% "
        "by employees. The state does not own ByteDance, but since 2021 a state-backed fund has held a 1% "
        "\"golden share\" and a board seat in ByteDance's main Chinese subsidiary, and Chinese law can "
        "compel companies to cooperate with state intelligence work.",
        "TikTok的母公司字节跳动称，约60%的股份由海纳国际、泛大西洋投资、KKR等全球机构投资者持有，创始人约占20%，员工约占20%。"
        "中国政府并不拥有字节跳动，但自2021年起，一家国资背景的基金持有字节跳动主要境内子公司1%的“特殊管理股”并获得一个董事席位；"
        "此外，中国法律可以要求企业配合国家情报工作。",
        [src("TikTok: The facts about TikTok's ownership", "https://www.tiktok.com/transparency/en-us/", "2024"),
         src("Reuters: China state firms take stake in ByteDance's domestic unit", "https://www.reuters.com/technology/china-state-firm-bytedance-stake-2021-08-17/", "2021-08-17")])]),

    R("taiwan-makes-90pct-advanced-chips", "Mostly true", ["taiwan", "chips", "tsmc"],
      "Taiwan makes about 90% of the world's most advanced chips.",
      "台湾生产了全球约90%的最先进芯片。",
      [("A 2021 study by the Boston Consulting Group and the Semiconductor Industry Association "
        "estimated that 92% of the world's leading-edge logic capacity (below 10 nanometres) was in "
        "Taiwan in 2019, with the rest in South Korea, mostly at TSMC. The share is expected to fall as "
        "TSMC's Arizona fab, which started 4nm production in late 2024, and other overseas plants ramp up.",
        "波士顿咨询公司与美国半导体行业协会2021年的研究估计，2019年全球92%的先进逻辑芯片产能（10纳米以下）位于台湾，其余在韩国，主要来自台积电。"
        "随着台积电亚利桑那工厂在2024年底开始量产4纳米芯片以及其他海外工厂爬坡，这一比例预计会下降。",
        [src("BCG & SIA: Strengthening the Global Semiconductor Supply Chain in an Uncertain Era", "https://www.semiconductors.org/strengthening-the-global-semiconductor-supply-chain-in-an-uncertain-era/", "2021-04")])]),

    R("china-mines-nearly-all-rare-earths", "Misleading", ["rare-earths", "minerals", "supply-chain"],
      "China mines nearly all of the world's rare earths.",
      "全世界的稀土几乎都是中国开采的。",
      [("The US Geological Survey estimates that China mined about 270,000 tonnes of rare-earth oxide in "
        "2024, roughly 70% of world output of about 390,000 tonnes; the United States, Myanmar and Australia "
        "mined much of the rest. China's dominance is stronger further down the chain: it carries out about "
        "90% of rare-earth separation and refining, according to the IEA.",
        "美国地质调查局估计，2024年中国开采稀土氧化物约27万吨，约占全球产量（约39万吨）的70%；其余大部分来自美国、缅甸和澳大利亚。"
        "中国在产业链下游的优势更明显：据国际能源署，全球约90%的稀土分离和精炼在中国完成。",
        [src("USGS: Mineral Commodity Summaries 2025 - Rare earths", "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf", "2025-01"),
         src("IEA: Global Critical Minerals Outlook 2024", "https://www.iea.org/reports/global-critical-minerals-outlook-2024", "2024-05-17")])]),
]
