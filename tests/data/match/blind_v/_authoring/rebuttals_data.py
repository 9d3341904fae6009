"""The 33 rebuttals of blind set V (written by hand; build.py dumps them to rebuttals.yaml).

Each entry: (id, rating, tags, claim_en, claim_zh, [counterpoints]); a counterpoint is
(en, zh, [sources]) and a source is (title, url, date).
"""

IEA_GEVO25 = ("IEA: Global EV Outlook 2025", "https://www.iea.org/reports/global-ev-outlook-2025", "2025-05-14")
CPCA = ("China Passenger Car Association: 2024 passenger car market review", "http://www.cpcaauto.com/", "2025-01")
CAAM = ("China Association of Automobile Manufacturers: 2024 production, sales and exports", "http://en.caam.org.cn/", "2025-01-13")
SNE = ("SNE Research: Global EV battery installations, January-December 2024", "https://www.sneresearch.com/en/", "2025-02")
TESLA_Q4 = ("Tesla: Q4 2024 vehicle production and deliveries", "https://ir.tesla.com/press-release/tesla-fourth-quarter-2024-production-deliveries", "2025-01-02")
NBS_EN = ("National Bureau of Statistics of China: Statistical Communique on the 2024 National Economic and Social Development", "https://www.stats.gov.cn/english/PressRelease/", "2025-02-28")
BLS_CES = ("US Bureau of Labor Statistics: Current Employment Statistics, average weekly hours", "https://www.bls.gov/ces/", "2025")
IFR_2024 = ("IFR: Record of 4 million robots working in factories worldwide", "https://ifr.org/ifr-press-releases/news/record-of-4-million-robots-working-in-factories-worldwide", "2024-09-24")
IFR_2025 = ("IFR: World Robotics 2025", "https://ifr.org/worldrobotics/", "2025-09")
IFR_DENSITY = ("IFR: Global robot density in factories doubled in seven years", "https://ifr.org/ifr-press-releases/news/global-robot-demand-in-factories-doubles-over-7-years", "2024-11-20")
DSV3 = ("DeepSeek-V3 Technical Report (arXiv:2412.19437)", "https://arxiv.org/abs/2412.19437", "2024-12-27")
SEMI = ("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/2025/01/31/deepseek-debates/", "2025-01-31")
TECHINSIGHTS = ("TechInsights: SMIC 7nm (N+2) in Huawei Mate 60 Pro", "https://www.techinsights.com/blog/techinsights-finds-smic-7nm-n2-huawei-mate-60-pro", "2023-09-04")
BIS_2023 = ("US Bureau of Industry and Security: updated export controls on advanced computing chips", "https://www.bis.gov/press-release/commerce-strengthens-restrictions-advanced-computing-semiconductors-enhance-foundry-due-diligence-prevent", "2023-10-17")
MCDOWELL = ("Jonathan McDowell: orbital launch statistics", "https://planet4589.org/space/stats/", "2025-01")
NASA_ART = ("NASA shares progress toward early Artemis Moon missions with crew", "https://www.nasa.gov/news-release/nasa-shares-progress-toward-early-artemis-moon-missions-with-crew/", "2024-12-05")
CMSA = ("China Manned Space Agency: crewed lunar programme", "https://www.cmse.gov.cn/", "2023-07-12")
EMBER = ("Ember: Global Electricity Review 2025", "https://ember-energy.org/latest-insights/global-electricity-review-2025/", "2025-04-08")
EIA = ("US Energy Information Administration: Electric Power Monthly", "https://www.eia.gov/electricity/monthly/", "2025-02")
NEA = ("National Energy Administration: 2024 national power industry statistics", "https://www.nea.gov.cn/", "2025-01-21")
CENSUS_CN = ("US Census Bureau: Trade in goods with China", "https://www.census.gov/foreign-trade/balance/c5700.html", "2025-02")
CENSUS_TOP = ("US Census Bureau: Top trading partners, December 2024", "https://www.census.gov/foreign-trade/statistics/highlights/top/index.html", "2025-02")
GACC = ("General Administration of Customs of China: 2024 foreign trade figures", "http://english.customs.gov.cn/", "2025-01-13")
IMF_WEO = ("IMF: World Economic Outlook database, April 2025", "https://www.imf.org/en/Publications/WEO/weo-database/2025/april", "2025-04-22")
JCER = ("Japan Center for Economic Research: medium-term Asian economic forecasts", "https://www.jcer.or.jp/english/", "2023-12")
SIA_BCG = ("SIA and BCG: Strengthening the Global Semiconductor Supply Chain in an Uncertain Era", "https://www.semiconductors.org/strengthening-the-global-semiconductor-supply-chain-in-an-uncertain-era/", "2021-04")
REUTERS_TSMC_AZ = ("Reuters: TSMC has begun producing 4-nanometre chips in Arizona, Raimondo says", "https://www.reuters.com/technology/tsmc-begins-producing-4-nanometer-chips-arizona-raimondo-says-2025-01-10/", "2025-01-10")
GFCI = ("Long Finance: The Global Financial Centres Index 37", "https://www.longfinance.net/publications/long-finance-reports/the-global-financial-centres-index-37/", "2025-03-20")
HKEX = ("HKEX: market statistics, first half of 2025", "https://www.hkex.com.hk/", "2025-07")
REUTERS_STARLINK = ("Reuters: Musk says China sought assurances he would not sell Starlink in China - FT", "https://www.reuters.com/technology/musk-says-china-sought-assurances-he-would-not-sell-starlink-china-ft-2022-10-07/", "2022-10-07")
STARLINK_MAP = ("Starlink: availability map", "https://www.starlink.com/map", "")
REUTERS_DOUYIN = ("Reuters: China's Douyin limits under-14 users to 40 minutes a day", "https://www.reuters.com/technology/chinas-douyin-limits-under-14s-40-minutes-day-2021-09-20/", "2021-09-20")
CR = ("China State Railway Group: 2024 statistical bulletin", "http://www.china-railway.com.cn/", "2025-01")
UIC = ("UIC: High-speed rail", "https://uic.org/passenger/highspeed/", "2024")
CSET = ("CSET: China is Fast Outpacing U.S. STEM PhD Growth", "https://cset.georgetown.edu/publication/china-is-fast-outpacing-u-s-stem-phd-growth/", "2021-08")
SIPRI = ("SIPRI: Trends in World Military Expenditure, 2024", "https://www.sipri.org/publications/2025/sipri-fact-sheets/trends-world-military-expenditure-2024", "2025-04-28")
DOD_CMPR = ("US Department of Defense: Military and Security Developments Involving the People's Republic of China 2024", "https://media.defense.gov/2024/Dec/18/2003615520/-1/-1/0/MILITARY-AND-SECURITY-DEVELOPMENTS-INVOLVING-THE-PEOPLES-REPUBLIC-OF-CHINA-2024.PDF", "2024-12-18")
GCB = ("Global Carbon Project: Global Carbon Budget 2024", "https://globalcarbonbudget.org/", "2024-11-13")
OWID = ("Our World in Data: CO2 emissions", "https://ourworldindata.org/co2-emissions", "2024")
NBS_GRAIN = ("National Bureau of Statistics of China: announcement on grain output in 2024", "https://www.stats.gov.cn/english/PressRelease/", "2024-12-13")

REBUTTALS = [
    # ---------------------------------------------------------------- EVs
    ("china-nev-half-means-fully-electric", "Misleading", ["evs", "china-car-market"],
     "More than half of the new cars sold in China are already fully electric.",
     "中国售出的新车中，已经有一半以上是纯电动车。",
     [("China's 'new energy vehicle' (NEV) category, whose share of monthly retail car sales first crossed 50% in July 2024, counts plug-in hybrids and range-extender models as well as battery-only cars. For 2024 as a whole NEVs were about 47.6% of passenger-car retail sales according to the China Passenger Car Association, and battery-electric cars were only about six in ten NEVs, i.e. well under a third of all new cars. Plug-in hybrids were the fastest-growing segment that year.",
       "中国的“新能源汽车”统计口径不仅包括纯电动车，也包括插电式混合动力和增程式车型；新能源车在月度零售销量中的占比于2024年7月首次超过50%。据乘联会数据，2024年全年新能源乘用车零售渗透率约为47.6%，其中纯电动车只占新能源车的六成左右，即远不到全部新车的三分之一。插电混动是当年增长最快的细分市场。",
       [CPCA, IEA_GEVO25])]),

    ("china-exports-most-of-its-evs", "False", ["evs", "exports", "overcapacity"],
     "China builds its electric cars mainly for export: most of them are shipped abroad.",
     "中国造电动车主要是为了出口，大部分都运到了海外。",
     [("According to the China Association of Automobile Manufacturers (CAAM), China produced about 12.9 million new energy vehicles in 2024 and exported about 1.28 million of them, roughly one in ten. The overwhelming majority are sold at home, where NEVs were close to half of all new-car sales. NEV exports grew only about 6.7% in 2024, as the EU imposed countervailing duties.",
       "据中国汽车工业协会数据，2024年中国新能源汽车产量约1289万辆，出口约128万辆，大约只占十分之一。绝大多数新能源车在国内销售，当年国内新车销量中接近一半是新能源车。受欧盟加征反补贴税等因素影响，2024年新能源车出口仅增长约6.7%。",
       [CAAM])]),

    ("china-top-car-exporter-thanks-to-evs", "Missing context", ["evs", "exports", "cars"],
     "China became the world's biggest car exporter because of its electric vehicles.",
     "中国成为全球第一大汽车出口国，靠的是电动车。",
     [("China overtook Japan as the largest car exporter in 2023, shipping about 4.9 million vehicles according to CAAM, and about 5.9 million in 2024. But most of those exports were petrol and diesel vehicles: NEV exports were about 1.2 million in 2023 and 1.28 million in 2024, roughly a quarter and just over a fifth of the total. Combustion cars sold to Russia after Western brands left in 2022 were a major source of the growth.",
       "据中汽协数据，中国2023年汽车出口约491万辆，超过日本成为全球最大汽车出口国，2024年出口约586万辆。但其中多数是燃油车：新能源车出口2023年约120万辆、2024年约128万辆，分别只占约四分之一和五分之一强。2022年西方品牌撤出俄罗斯后，销往俄罗斯的燃油车是出口增长的重要来源。",
       [CAAM, ("IEA: Global EV Outlook 2024", "https://www.iea.org/reports/global-ev-outlook-2024", "2024-04-23")])]),

    # ---------------------------------------------------------------- batteries
    ("catl-byd-majority-of-ev-batteries", "Mostly true", ["batteries", "catl", "byd"],
     "Just two Chinese companies, CATL and BYD, make more than half of the world's EV batteries.",
     "宁德时代和比亚迪两家中国公司，就生产了全球一半以上的电动车电池。",
     [("Broadly right. SNE Research put CATL's share of global EV battery installations in 2024 at about 38% and BYD's at about 17%, together around 55%. The ranking measures battery capacity installed in vehicles (GWh); the third-largest supplier, South Korea's LG Energy Solution, had about 11%. Chinese manufacturers as a group supplied roughly two-thirds of the market.",
       "大体属实。据韩国SNE Research统计，2024年全球电动车电池装机量中，宁德时代约占38%，比亚迪约占17%，合计约55%。该排名按装车电池容量（GWh）计算；排名第三的韩国LG新能源约占11%。中国电池企业合计约占全球市场的三分之二。",
       [SNE])]),

    # ---------------------------------------------------------------- factories and workers
    ("giga-shanghai-majority-of-tesla-output", "Mostly true", ["tesla", "shanghai", "factories"],
     "Giga Shanghai alone builds more than half of all the cars Tesla delivers.",
     "特斯拉交付的汽车里，超过一半是上海超级工厂一家造的。",
     [("Roughly right, but only just. Tesla's Shanghai plant delivered about 917,000 vehicles in 2024 (domestic sales plus exports, per the China Passenger Car Association), against Tesla's global deliveries of about 1.79 million, around 51%; in 2023 the share was about 52% (948,000 of 1.81 million). The plant builds only the Model 3 and Model Y, and Tesla lists its annual capacity at more than 950,000 vehicles.",
       "基本属实，但优势很小。据乘联会数据，特斯拉上海超级工厂2024年交付约91.7万辆（含出口），而特斯拉全球交付约179万辆，占比约51%；2023年约为52%（181万辆中的94.8万辆）。上海工厂只生产Model 3和Model Y，特斯拉披露的年产能超过95万辆。",
       [TESLA_Q4, CPCA])]),

    ("chinese-workers-twice-american-hours", "False", ["workers", "work-culture"],
     "Chinese workers put in twice the hours that American workers do.",
     "中国工人的工作时长是美国工人的两倍。",
     [("China's National Bureau of Statistics put the average working week of enterprise employees at about 49 hours in 2024, long by international standards. The US Bureau of Labor Statistics reports average weekly hours of about 34 for all private-sector employees and about 40 for manufacturing employees. That makes the Chinese average roughly 20% to 45% longer, not twice as long.",
       "国家统计局数据显示，2024年全国企业就业人员周平均工作时间约49小时，在国际上属于较长水平。美国劳工统计局数据显示，美国私营部门全体雇员平均每周工作约34小时，制造业雇员约40小时。据此，中国的平均工时比美国长约两成到四成五，而不是两倍。",
       [NBS_EN, BLS_CES])]),

    # ---------------------------------------------------------------- robots
    ("china-installs-more-robots-than-rest-of-world", "Mostly true", ["robots", "automation", "factories"],
     "China now installs more industrial robots every year than the rest of the world combined.",
     "中国每年新装的工业机器人，已经比世界其他国家加起来还多。",
     [("Broadly correct. The International Federation of Robotics counted about 276,000 industrial robot installations in China in 2023, 51% of the world total, and about 295,000 in 2024, 54%. China's operational stock, about 1.8 million robots at the end of 2023, is still well under half of the roughly 4.3 million working worldwide, so the comparison holds for new installations, not for robots in use.",
       "大体属实。国际机器人联合会（IFR）统计，2023年中国新装工业机器人约27.6万台，占全球的51%；2024年约29.5万台，占54%。但截至2023年底，中国在役工业机器人约180万台，仍远不到全球约430万台的一半，因此“超过其他国家之和”只适用于每年新增装机量，而非在役存量。",
       [IFR_2024, IFR_2025])]),

    ("china-highest-robot-density", "False", ["robots", "automation", "factories"],
     "China's factories are the most automated on earth, with the highest robot density of any country.",
     "中国工厂的自动化程度全球最高，机器人密度世界第一。",
     [("The International Federation of Robotics measures robot density as industrial robots per 10,000 manufacturing employees. In its 2024 report (2023 data) South Korea led with 1,012, followed by Singapore with 770 and China third with 470, just ahead of Germany (429) and Japan (419). China's density has risen fast, but its huge manufacturing workforce keeps the ratio below Korea's and Singapore's.",
       "国际机器人联合会以每万名制造业员工拥有的工业机器人数量衡量机器人密度。其2024年报告（2023年数据）显示，韩国以1012台居首，新加坡770台第二，中国470台排第三，略高于德国（429台）和日本（419台）。中国的机器人密度上升很快，但庞大的制造业劳动力使其仍低于韩国和新加坡。",
       [IFR_DENSITY])]),

    # ---------------------------------------------------------------- AI and chips
    ("deepseek-six-million-frontier-model", "Missing context", ["ai", "deepseek", "compute"],
     "DeepSeek built a model as good as OpenAI's for only about six million dollars.",
     "DeepSeek只花了大约600万美元，就做出了和OpenAI不相上下的模型。",
     [("The figure comes from DeepSeek's own V3 technical report (December 2024), which put the final training run at 2.788 million H800 GPU-hours, or about $5.6 million at an assumed rental price of $2 per GPU-hour. The report says explicitly that this excludes the costs of prior research and ablation experiments on architectures, algorithms and data. Analysts such as SemiAnalysis estimated DeepSeek's total spending on GPU hardware at well over $500 million.",
       "这一数字来自DeepSeek自己在2024年12月发布的V3技术报告：最终训练消耗约278.8万H800 GPU小时，按每小时2美元的租用价估算约为560万美元。报告明确说明，该成本不包括此前在架构、算法和数据上的研究与消融实验。SemiAnalysis等机构估计，DeepSeek在GPU硬件上的总投入远超5亿美元。",
       [DSV3, SEMI])]),

    ("deepseek-50000-h100s", "Unproven", ["ai", "deepseek", "chips", "export-controls"],
     "DeepSeek is secretly running about 50,000 Nvidia H100s that it is not supposed to have.",
     "DeepSeek私下里用着大约5万块本不该拿到的英伟达H100。",
     [("The figure of about 50,000 H100s came from Scale AI chief executive Alexandr Wang in a CNBC interview in January 2025, who gave no evidence for it. DeepSeek's V3 report says the model was trained on a cluster of 2,048 Nvidia H800s, a cut-down chip that could be legally exported to China until October 2023. SemiAnalysis estimated that DeepSeek had access to about 50,000 Hopper-generation GPUs of several kinds, including H800s and H20s, not 50,000 H100s, and no public evidence of H100s smuggled to it on that scale has been published.",
       "“约5万块H100”的说法出自Scale AI首席执行官亚历山大·王2025年1月接受CNBC采访时的表态，他没有提供证据。DeepSeek的V3报告称，模型是在2048块英伟达H800上训练的；H800是性能受限的版本，在2023年10月之前可以合法出口到中国。SemiAnalysis估计DeepSeek可使用约5万块多种型号的Hopper架构GPU（包括H800和H20），而不是5万块H100；至今没有公开证据表明有如此规模的H100被走私给DeepSeek。",
       [DSV3, SEMI])]),

    ("export-controls-stopped-china-advanced-chips", "Misleading", ["chips", "export-controls", "huawei", "smic"],
     "US export controls have stopped China from making advanced chips.",
     "美国的出口管制已经让中国造不出先进芯片了。",
     [("Huawei's Mate 60 Pro, launched in August 2023, runs on a Kirin 9000S processor that the analysis firm TechInsights found was made by SMIC on a 7-nanometre-class process, without ASML's EUV lithography machines; Huawei's Ascend AI accelerators are also made in China. The controls have raised costs and held down yields and volumes, and Chinese fabs remain at least a generation behind TSMC's 3nm production, but they have not stopped China from making advanced chips.",
       "华为2023年8月发布的Mate 60 Pro搭载麒麟9000S处理器，分析机构TechInsights拆解发现，该芯片由中芯国际以7纳米级工艺制造，且没有使用ASML的EUV光刻机；华为昇腾AI芯片也在国内生产。出口管制提高了成本、压低了良率和产量，中国晶圆厂仍比台积电的3纳米量产落后至少一代，但并没有让中国造不出先进芯片。",
       [TECHINSIGHTS, BIS_2023])]),

    # ---------------------------------------------------------------- space
    ("china-launches-as-often-as-us", "False", ["space", "launches"],
     "China now launches rockets into orbit about as often as the United States does.",
     "中国现在的入轨发射次数已经和美国差不多了。",
     [("China set a national record with 68 orbital launch attempts in 2024, but the United States made more than 150, of which 134 were SpaceX Falcon 9 and Falcon Heavy flights, according to launch logs compiled by the astrophysicist Jonathan McDowell. China is a clear second and its commercial launch sector is growing, but it launched well under half as often as the US.",
       "据天体物理学家乔纳森·麦克道尔整理的发射记录，中国2024年共进行68次入轨发射，创下本国纪录；而美国进行了150多次，其中SpaceX的猎鹰9号和猎鹰重型就有134次。中国稳居世界第二，商业航天也在增长，但发射次数远不到美国的一半。",
       [MCDOWELL])]),

    ("china-crewed-moon-landing-before-artemis", "Unproven", ["space", "moon", "artemis"],
     "China is going to put astronauts on the Moon before NASA's Artemis programme does.",
     "中国会赶在NASA的阿尔忒弥斯计划之前把航天员送上月球。",
     [("China's official goal is a crewed lunar landing 'before 2030', using the Long March 10 rocket, the Mengzhou spacecraft and the Lanyue lander, all of which were still in testing in 2025. NASA in December 2024 scheduled the Artemis III landing for mid-2027, a date many observers consider optimistic because it depends on SpaceX's Starship lander. Both programmes could slip, so which one lands first is unknown.",
       "中国官方目标是在“2030年前”实现载人登月，所用的长征十号火箭、梦舟飞船和揽月着陆器在2025年仍处于试验阶段。NASA在2024年12月将阿尔忒弥斯3号登月任务定在2027年年中，但由于依赖SpaceX的星舰着陆器，许多观察人士认为这一时间表过于乐观。两国计划都可能推迟，谁先登月目前无法确定。",
       [NASA_ART, CMSA])]),

    # ---------------------------------------------------------------- energy
    ("china-three-times-us-electricity", "False", ["energy", "electricity", "grid"],
     "China already generates three times as much electricity as the United States.",
     "中国的发电量已经是美国的三倍。",
     [("China generated about 10,000 terawatt-hours of electricity in 2024, according to the China Electricity Council and the think tank Ember, while the United States generated about 4,300 TWh, according to the US Energy Information Administration, so China produced roughly 2.3 times as much. The gap is widening because Chinese demand grew by about 7% in 2024, but output is not yet three times the US level.",
       "据中国电力企业联合会和智库Ember的数据，2024年中国发电量约为10万亿千瓦时（10000太瓦时）；美国能源信息署数据显示，美国约为4.3万亿千瓦时，中国约为美国的2.3倍。由于中国2024年用电量增长约7%，差距还在扩大，但目前尚未达到美国的三倍。",
       [EMBER, EIA])]),

    ("china-will-miss-2030-wind-solar-target", "False", ["energy", "solar", "wind", "targets"],
     "China is going to fall short of its 2030 target for wind and solar power.",
     "中国2030年的风电光伏装机目标肯定完不成。",
     [("In 2020 Xi Jinping pledged that China would have more than 1,200 gigawatts of combined wind and solar capacity by 2030. China passed that mark in July 2024, six years early, according to the National Energy Administration, and ended 2024 with about 1,400 GW. In 2024 alone it added about 277 GW of solar and 80 GW of wind.",
       "2020年，习近平宣布到2030年中国风电、太阳能发电总装机容量将达到12亿千瓦以上。据国家能源局数据，这一目标已在2024年7月提前六年实现，2024年底风光装机合计约14亿千瓦。仅2024年一年，中国就新增光伏约2.77亿千瓦、风电约0.8亿千瓦。",
       [NEA])]),

    # ---------------------------------------------------------------- trade and tariffs
    ("tariffs-shrank-china-trade-surplus", "Misleading", ["trade", "tariffs"],
     "Tariffs have shrunk China's trade surplus.",
     "关税已经让中国的贸易顺差缩水了。",
     [("China's overall goods trade surplus hit a record of about $992 billion in 2024, according to Chinese customs data, far above the roughly $350 billion of 2018, when the first US tariffs took effect. The US goods deficit with China did narrow, from $418 billion in 2018 to about $295 billion in 2024 (US Census Bureau), but some of that trade was rerouted through countries such as Vietnam and Mexico, whose surpluses with the US grew.",
       "据中国海关数据，2024年中国货物贸易顺差达到约9920亿美元的历史新高，远高于2018年美国首轮加征关税时的约3500亿美元。美国对华货物贸易逆差确实从2018年的4180亿美元降至2024年的约2950亿美元（美国人口普查局数据），但部分贸易经越南、墨西哥等国转口，这些国家对美顺差随之扩大。",
       [GACC, CENSUS_CN])]),

    ("china-still-top-us-import-source", "False", ["trade", "tariffs", "imports"],
     "China is still the number one country America buys its goods from.",
     "中国仍然是美国进口商品的第一大来源国。",
     [("Mexico overtook China as the largest source of US goods imports in 2023, the first time in about two decades that China was not on top, according to the US Census Bureau. In 2024 the US imported about $506 billion of goods from Mexico and about $439 billion from China, which put China second, narrowly ahead of Canada. China's share of US goods imports fell from about 21.6% in 2017 to about 13.4% in 2024.",
       "据美国人口普查局数据，2023年墨西哥取代中国成为美国最大的商品进口来源国，这是约二十年来中国首次失去首位。2024年美国自墨西哥进口约5060亿美元，自中国进口约4390亿美元，中国居第二，略高于加拿大。中国在美国商品进口中的份额从2017年的约21.6%降至2024年的约13.4%。",
       [CENSUS_TOP, CENSUS_CN])]),

    # ---------------------------------------------------------------- demographics
    ("china-population-shrinking-for-decade", "False", ["demographics", "population"],
     "China's population has been shrinking for about ten years now.",
     "中国人口已经连续减少差不多十年了。",
     [("China's National Bureau of Statistics reported the first population decline in six decades for 2022, a drop of about 850,000 to 1.412 billion. The population then fell by about 2.08 million in 2023 and 1.39 million in 2024, to 1.408 billion. At the end of 2024 the decline was therefore three years old, not ten.",
       "国家统计局数据显示，中国人口在2022年出现六十年来首次下降，减少约85万人，降至14.12亿；2023年减少约208万人，2024年减少约139万人，降至14.08亿。也就是说，截至2024年底，人口下降只持续了三年，而不是十年。",
       [NBS_EN])]),

    ("china-births-fall-every-year", "False", ["demographics", "birth-rate"],
     "China's births have dropped every single year, without exception.",
     "中国的出生人口每年都在下降，一年都没有例外过。",
     [("Births fell for seven straight years after 2016, when 17.86 million babies were born, to 9.02 million in 2023. But in 2024 they rose to 9.54 million, according to the National Bureau of Statistics, helped by the Year of the Dragon and by weddings delayed during the pandemic. Demographers expect the decline to resume, but the fall has not been unbroken.",
       "2016年中国出生人口为1786万，此后连续七年下降，2023年降至902万。但据国家统计局数据，2024年出生人口回升至954万，龙年生育偏好和疫情期间推迟的婚礼起了作用。人口学家预计下降趋势还会继续，但出生人数并非年年下降。",
       [NBS_EN])]),

    # ---------------------------------------------------------------- economy
    ("china-already-largest-economy", "Missing context", ["economy", "gdp"],
     "China is already the biggest economy in the world.",
     "中国已经是世界第一大经济体了。",
     [("That is only true at purchasing-power parity, a measure adjusted for local prices, on which the IMF has ranked China first since the mid-2010s (about $37 trillion in 2024 against about $29 trillion for the US). At market exchange rates, the usual basis for comparing economies, US GDP was about $29 trillion in 2024 and China's about $18.7 trillion, roughly 64% of the US level.",
       "只有按购买力平价（根据各国物价水平调整）计算时才成立：国际货币基金组织自2010年代中期起就将中国列为第一，2024年约为37万亿美元，美国约为29万亿美元。按国际比较通常采用的市场汇率计算，2024年美国GDP约为29万亿美元，中国约为18.7万亿美元，约为美国的64%。",
       [IMF_WEO])]),

    ("china-economy-overtakes-us-by-2030", "Unproven", ["economy", "gdp", "forecast"],
     "China's economy will overtake America's by 2030.",
     "到2030年，中国经济总量会超过美国。",
     [("Forecasts of when China might overtake the US have been pushed back repeatedly. At market exchange rates China's GDP reached about 76% of US GDP in 2021 but slipped to about 64% by 2024 as growth slowed, the property market contracted and the yuan weakened. The Japan Center for Economic Research, which in 2020 expected China to pass the US around 2028, later pushed the date into the 2030s and in 2023 said it might not happen at all.",
       "关于中国经济何时超过美国的预测一再推迟。按市场汇率计算，中国GDP在2021年达到美国的约76%，但随着增长放缓、房地产收缩和人民币走弱，2024年回落至约64%。日本经济研究中心2020年曾预计中国将在2028年前后超过美国，后来将时间推迟到2030年代，2023年又表示可能根本不会超过。",
       [IMF_WEO, JCER])]),

    # ---------------------------------------------------------------- Taiwan and Hong Kong
    ("taiwan-makes-all-advanced-chips-no-backup", "Missing context", ["taiwan", "chips", "tsmc"],
     "Every advanced chip in the world comes out of Taiwan, and there is no backup anywhere else.",
     "全世界的先进芯片都出自台湾，别的地方根本没有备份。",
     [("Taiwan does dominate: a 2021 study by Boston Consulting Group and the Semiconductor Industry Association put 92% of the world's manufacturing capacity below 10 nanometres in Taiwan and the rest in South Korea. But Samsung also makes 3nm and 5nm chips in South Korea, and TSMC's first Arizona fab began volume production of 4nm chips for US customers at the end of 2024, with more fabs planned there and in Japan. The backup is small, not non-existent.",
       "台湾确实占据主导：波士顿咨询公司与美国半导体行业协会2021年的研究显示，全球10纳米以下先进制程产能有92%位于台湾，其余在韩国。但三星也在韩国生产3纳米和5纳米芯片，台积电在亚利桑那的第一座晶圆厂已于2024年底开始为美国客户量产4纳米芯片，在美国和日本还有更多工厂规划中。备份产能虽小，但并非不存在。",
       [SIA_BCG, REUTERS_TSMC_AZ])]),

    ("hong-kong-no-longer-financial-hub", "Misleading", ["hong-kong", "finance"],
     "Since Beijing's 2020 crackdown, Hong Kong has stopped being a serious financial centre.",
     "2020年北京收紧管控之后，香港就不再是像样的国际金融中心了。",
     [("Hong Kong's standing was dented by the 2020 National Security Law, an exodus of residents and a slump in stock listings in 2022-23, but it remains a top-tier centre. The Global Financial Centres Index published in March 2025 ranked Hong Kong third in the world, behind New York and London, and the Hong Kong stock exchange was the world's largest venue for initial public offerings by funds raised in the first half of 2025.",
       "2020年《香港国安法》实施、居民外流以及2022至2023年新股上市低迷，都削弱了香港的地位，但它仍是顶级金融中心。2025年3月发布的全球金融中心指数将香港排在全球第三，仅次于纽约和伦敦；2025年上半年，港交所的首次公开募股集资额居全球首位。",
       [GFCI, HKEX])]),

    # ---------------------------------------------------------------- free speech and the internet
    ("starlink-could-bypass-great-firewall", "Misleading", ["starlink", "internet", "censorship"],
     "Starlink could beam uncensored internet into China and Beijing couldn't do a thing about it.",
     "星链完全可以直接向中国提供不受审查的网络，北京对此毫无办法。",
     [("Starlink needs a dish on the ground, and China bans unlicensed satellite receivers and controls their import; terminals transmit radio signals that can be detected and located. SpaceX switches service on only where it is authorised or, as in Iran in 2022, where the US government explicitly permits it, and Musk told the Financial Times in October 2022 that Beijing had sought assurances he would not sell Starlink in China. In Iran, where terminals were smuggled in, users have faced jamming and confiscation.",
       "星链需要地面用户终端，而中国禁止未经许可的卫星接收设备并管控其进口；终端会发射无线电信号，可被探测和定位。SpaceX只在获得授权的地区开通服务，或者像2022年的伊朗那样由美国政府明确许可；马斯克2022年10月对《金融时报》表示，北京曾寻求他保证不在中国销售星链。在终端被走私入境的伊朗，用户面临信号干扰和设备没收。",
       [REUTERS_STARLINK, STARLINK_MAP])]),

    ("china-kids-get-science-only-tiktok", "Missing context", ["tiktok", "douyin", "internet", "children"],
     "In China, kids get a version of TikTok that only shows them science and educational content.",
     "在中国，孩子们用的抖音只给他们推送科学和教育内容。",
     [("TikTok is not available in mainland China; ByteDance runs a separate app there, Douyin. Since 2021 Douyin's 'youth mode' has limited users under 14 to 40 minutes a day and blocked use between 10pm and 6am, and it serves a curated pool that includes science, museum and history videos alongside entertainment. It is a time limit and a filtered feed for registered minors, not a science-only app, and many children use ordinary accounts.",
       "中国大陆无法使用TikTok，字节跳动在国内运营的是另一款应用抖音。自2021年起，抖音“青少年模式”将14岁以下用户每天的使用时间限制在40分钟，并禁止晚10点至早6点使用；推送内容经过筛选，包括科普、博物馆和历史类视频，也有娱乐内容。它是针对实名未成年用户的时长限制和过滤内容池，并不是只播科学内容的应用，而且不少孩子使用普通账号。",
       [REUTERS_DOUYIN])]),

    # ---------------------------------------------------------------- cities and infrastructure
    ("china-hsr-more-than-rest-of-world", "Mostly true", ["infrastructure", "rail"],
     "China has built more high-speed rail than the rest of the world put together.",
     "中国修的高铁比世界其他国家加起来还要多。",
     [("Broadly correct. China's high-speed rail network reached about 48,000 km by the end of 2024, according to China State Railway Group, which by most counts is around two-thirds of all high-speed track in service worldwide. The next-largest networks, in Spain and Japan, are each under 4,000 km. Most of China's network was built after 2008.",
       "大体属实。据国铁集团数据，截至2024年底中国高铁营业里程约4.8万公里，按多数统计约占全球在役高铁里程的三分之二左右。规模第二、第三的西班牙和日本高铁网都不到4000公里。中国高铁网络大部分建于2008年之后。",
       [CR, UIC])]),

    ("china-bullet-trains-pay-for-themselves", "Misleading", ["infrastructure", "rail", "debt"],
     "China's bullet trains pay for themselves: the network as a whole makes money.",
     "中国的高铁能自负盈亏，整个网络都是赚钱的。",
     [("Only a handful of busy lines consistently make money, notably Beijing-Shanghai, whose operating company is listed and profitable. China State Railway Group, which runs the network, carries debts of around 6 trillion yuan (about $830 billion) and reported net losses in 2020, 2021 and 2022; many lines in thinly populated regions do not cover their costs. Supporters argue the network's wider economic benefits justify it, but it does not pay for itself.",
       "只有少数繁忙线路能稳定盈利，最典型的是京沪高铁，其运营公司已上市且持续赚钱。运营全国铁路网的国铁集团负债约6万亿元人民币（约8300亿美元），2020年、2021年和2022年均出现净亏损；许多人口稀少地区的线路难以覆盖成本。支持者认为高铁带来的更广泛的经济效益足以证明其价值，但它并不能自负盈亏。",
       [CR])]),

    # ---------------------------------------------------------------- science and education
    ("china-ten-times-us-stem-phds", "False", ["education", "science", "talent"],
     "China is turning out ten times as many science and engineering PhDs as the US.",
     "中国每年培养的理工科博士是美国的十倍。",
     [("Georgetown University's Center for Security and Emerging Technology projected in 2021 that Chinese universities would produce more than 77,000 STEM PhD graduates a year by 2025, against about 40,000 in the United States: roughly double, not ten times. The gap is larger if foreign students at US universities are left out, but even then the study's estimate was a little over three to one.",
       "乔治城大学安全与新兴技术中心（CSET）2021年预测，到2025年中国高校每年将培养超过7.7万名理工科博士，美国约为4万名，大约是两倍，而不是十倍。如果不计入在美留学生，差距会更大，但该研究的估算也只是三比一多一点。",
       [CSET])]),

    # ---------------------------------------------------------------- military
    ("china-outspends-us-on-military", "False", ["military", "defence-spending"],
     "China already spends more on its military than the United States does.",
     "中国的军费开支已经超过美国了。",
     [("The Stockholm International Peace Research Institute (SIPRI) estimated US military spending at $997 billion in 2024 and China's at about $314 billion, a figure that includes spending outside China's official defence budget of 1.67 trillion yuan (about $232 billion). Even allowing for lower costs in China, no mainstream estimate puts its spending above America's, although it has risen for 30 consecutive years.",
       "据斯德哥尔摩国际和平研究所（SIPRI）估算，2024年美国军费为9970亿美元，中国约为3140亿美元，后者包括官方国防预算（1.67万亿元人民币，约2320亿美元）之外的开支。即便考虑到中国成本较低，也没有主流估算认为中国军费高于美国，尽管中国军费已连续30年增长。",
       [SIPRI])]),

    ("china-military-budget-third-of-us-no-threat", "Misleading", ["military", "defence-spending", "navy"],
     "China spends less than a third of what America does on defence, so its military is no real match.",
     "中国的国防开支还不到美国的三分之一，所以它的军队根本不是对手。",
     [("SIPRI's estimates ($314 billion for China against $997 billion for the US in 2024) do put China at about a third of US spending at market exchange rates, but that understates its capability: soldiers, ships and missiles cost far less in China, and the US spreads its forces around the world while China concentrates on its own region. The Pentagon's 2024 report on China's military says the PLA Navy is the world's largest by number of ships, with more than 370 ships and submarines.",
       "按SIPRI估算，2024年中国军费约3140亿美元，美国为9970亿美元，按市场汇率计算中国确实只有美国的约三分之一，但这低估了中国的军事能力：中国的人员、舰船和导弹成本低得多，而且美国兵力分布全球，中国则集中于周边地区。美国国防部2024年中国军力报告称，按舰艇数量计，中国海军是世界最大的海军，拥有370多艘舰艇和潜艇。",
       [SIPRI, DOD_CMPR])]),

    # ---------------------------------------------------------------- environment and agriculture
    ("china-per-capita-emissions-tiny", "Misleading", ["climate", "emissions", "per-capita"],
     "Per person, China's carbon emissions are tiny compared with those of Americans or Europeans.",
     "按人均算，中国的碳排放跟美国人、欧洲人比起来少得可怜。",
     [("According to the Global Carbon Project, China's fossil CO2 emissions were about 8.4 tonnes per person in 2023. That is roughly 60% of the US figure of about 14.5 tonnes, but well above the European Union average of about 5.6 tonnes; China overtook the EU per person in the early 2010s.",
       "据全球碳计划数据，2023年中国人均化石能源二氧化碳排放约8.4吨，约为美国（约14.5吨）的六成，但明显高于欧盟平均水平（约5.6吨）；中国的人均排放在2010年代初就已超过欧盟。",
       [GCB, OWID])]),

    ("china-emits-more-than-us-and-eu-combined", "Mostly true", ["climate", "emissions"],
     "China emits more CO2 than the United States and Europe combined.",
     "中国排放的二氧化碳比美国和欧洲加起来还多。",
     [("Correct for current annual emissions: the Global Carbon Project puts China's 2023 fossil CO2 emissions at about 11.9 billion tonnes, against about 4.9 billion for the US and about 2.5 billion for the EU. Counted cumulatively since 1850, however, the US (about a quarter of the total) and the EU are each still ahead of China (about 15%), so the picture of historical responsibility is different.",
       "就当前年排放而言属实：据全球碳计划数据，2023年中国化石能源二氧化碳排放约119亿吨，美国约49亿吨，欧盟约25亿吨。但按1850年以来的累计排放计算，美国（约占四分之一）和欧盟都仍高于中国（约15%），历史责任的图景因此不同。",
       [GCB, OWID])]),

    ("china-imports-most-of-its-food", "Misleading", ["agriculture", "food", "trade"],
     "China can't feed itself: it imports most of its food.",
     "中国养活不了自己，大部分粮食都靠进口。",
     [("China grows the great majority of its staple food: it harvested a record of about 706 million tonnes of grain in 2024 (National Bureau of Statistics) and is close to self-sufficient in rice and wheat, importing only a few percent of what it consumes. Its main dependence is soybeans, used mostly for animal feed: it imported about 105 million tonnes in 2024, more than 80% of its needs.",
       "中国的主粮绝大部分自产：据国家统计局数据，2024年粮食产量约7.06亿吨，创历史新高，稻谷和小麦基本自给，进口只占消费量的百分之几。中国主要依赖进口的是大豆，多用作饲料，2024年进口约1.05亿吨，占需求的八成以上。",
       [NBS_GRAIN, GACC])]),
]
