"""The 30 rebuttals of blind set x (claims, counterpoints, sources)."""


def src(title, url, date=""):
    return {"title": title, "url": url, "date": date}


def reb(rid, rating, tags, claim_en, claim_zh, cp_en, cp_zh, sources, notes=""):
    return {
        "id": rid,
        "status": "published",
        "rating": rating,
        "tags": tags,
        "claim": {"en": claim_en, "zh": claim_zh},
        "counterpoints": [{"en": cp_en, "zh": cp_zh, "sources": sources}],
        "notes": notes,
    }


TESLA_IR = src("Tesla Investor Relations: quarterly production, deliveries and update letters",
               "https://ir.tesla.com/")
TESLA_10K = src("Tesla, Inc. annual reports on Form 10-K (SEC EDGAR)",
                "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001318605&type=10-K")
DEEPSEEK_V3 = src("DeepSeek-AI: DeepSeek-V3 Technical Report (arXiv:2412.19437)",
                  "https://arxiv.org/abs/2412.19437", "2024-12-27")
SEMIANALYSIS = src("SemiAnalysis: DeepSeek Debates - Chinese Leadership On Cost, True Training Cost, Closed Model Margin Impacts",
                   "https://semianalysis.com/2025/01/31/deepseek-debates/", "2025-01-31")
UN_WPP = src("United Nations: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11")

REBUTTALS = [
    # --- BYD / Tesla neighbour group -------------------------------------------------
    reb("tesla-outsells-byd-in-pure-evs", "False", ["byd", "tesla", "ev-sales"],
        "Tesla still sells more fully electric cars worldwide than BYD does.",
        "特斯拉在全球纯电动车销量上仍然领先比亚迪。",
        "BYD first sold more battery-electric cars than Tesla in a single quarter in Q4 2023 "
        "(526,409 vs 484,507). Tesla narrowly kept the full-year lead in 2024 (about 1.79 million vs "
        "BYD's 1.76 million battery-electric cars), but in 2025 BYD sold about 2.26 million "
        "battery-electric cars against Tesla's 1.64 million deliveries, taking the annual lead in pure "
        "EVs as well as in plug-in vehicles overall.",
        "2023年第四季度，比亚迪纯电动车单季销量首次超过特斯拉（526,409辆对484,507辆）。2024年全年特斯拉以约179万辆"
        "微弱领先比亚迪约176万辆的纯电车型，但2025年比亚迪纯电动车销量约226万辆，而特斯拉全年交付约164万辆，"
        "比亚迪在纯电领域也成为全年第一，此前它在新能源车总销量上早已领先。",
        [TESLA_IR,
         src("BYD Company Limited: monthly production and sales volume announcements (HKEX: 1211)",
             "https://www.hkexnews.hk/", "2026-01")]),

    reb("byd-profits-depend-on-subsidies", "Missing context", ["byd", "subsidies", "ev"],
        "BYD only makes a profit because the Chinese government subsidises it.",
        "比亚迪之所以能盈利，全靠中国政府补贴。",
        "BYD has received large state support: the Kiel Institute estimated its direct government "
        "subsidies rose from about EUR 220 million in 2020 to EUR 2.1 billion in 2022, and Chinese EV "
        "buyers got national purchase subsidies until the end of 2022 and purchase-tax exemptions after "
        "that. But BYD reported 2024 net profit of 40.3 billion yuan on revenue of 777 billion yuan, it "
        "also sells in export markets where no Chinese purchase subsidy applies, and its scale and "
        "in-house production of batteries and chips are widely cited as drivers of its margins.",
        "比亚迪确实获得了大量政府支持：德国基尔世界经济研究所估算，其直接政府补贴从2020年的约2.2亿欧元增至2022年的"
        "21亿欧元；中国的新能源汽车国家购置补贴持续到2022年底，此后仍有购置税减免。但比亚迪2024年营收约7771亿元，"
        "净利润约402.5亿元，并且在没有中国购车补贴的海外市场销售；规模效应以及电池、芯片自研自产被普遍视为其利润的"
        "重要来源。",
        [src("Kiel Institute for the World Economy: Foul Play? On the Scale and Scope of Industrial Subsidies in China",
             "https://www.ifw-kiel.de/publications/foul-play-on-the-scale-and-scope-of-industrial-subsidies-in-china/",
             "2024-04"),
         src("BYD Company Limited: Annual Results Announcement for the year ended 31 December 2024 (HKEX: 1211)",
             "https://www.hkexnews.hk/", "2025-03-24")]),

    reb("byd-cars-fail-safety-tests", "False", ["byd", "safety", "quality"],
        "BYD's cars are cheap junk that couldn't pass Western safety tests.",
        "比亚迪的车是廉价垃圾，根本通不过西方的安全测试。",
        "Several BYD models have earned top marks in Western crash testing: Euro NCAP gave five stars "
        "to the Atto 3 in 2022 and to the Dolphin and Seal in 2023, and Australia's ANCAP awarded the "
        "Atto 3 five stars in 2022. BYD sold about 417,000 cars outside mainland China in 2024, "
        "including in the EU, the UK and Australia, where those standards apply.",
        "比亚迪多款车型在西方碰撞测试中获得最高评级：Euro NCAP于2022年给予元PLUS（海外名ATTO 3）五星，2023年给予"
        "海豚和海豹五星；澳大利亚ANCAP也在2022年给予ATTO 3五星。2024年比亚迪在中国大陆以外销售约41.7万辆，"
        "其中包括适用这些标准的欧盟、英国和澳大利亚市场。",
        [src("Euro NCAP: latest safety ratings (BYD Atto 3, Dolphin, Seal)",
             "https://www.euroncap.com/en/ratings-rewards/latest-safety-ratings/", "2023"),
         src("ANCAP: BYD Atto 3 safety rating", "https://www.ancap.com.au/safety-ratings/byd/atto-3", "2022")]),

    reb("chinese-carmakers-will-demolish-rivals", "Unproven", ["ev", "tariffs", "competition"],
        "Without trade barriers, Chinese carmakers will demolish most other car companies in the world.",
        "如果没有贸易壁垒，中国车企将击垮世界上大多数其他汽车公司。",
        "This is a prediction Musk made on Tesla's January 2024 earnings call and cannot be checked "
        "yet. Trade barriers already exist: the US raised its tariff on Chinese EVs to 100% in "
        "September 2024, Canada imposed a 100% surtax from October 2024, and the EU added "
        "countervailing duties of 7.8% to 35.3% on top of its 10% car tariff from October 2024. "
        "Chinese brands are growing fast abroad, but Toyota remained the world's largest carmaker in "
        "2024 with about 10.8 million vehicles, and BYD's 2024 overseas sales of about 417,000 were "
        "roughly a tenth of its total.",
        "这是马斯克在2024年1月特斯拉财报电话会上作出的预测，目前无法验证。贸易壁垒其实已经存在：美国于2024年9月"
        "将中国电动车关税提高到100%，加拿大自2024年10月起加征100%附加税，欧盟自2024年10月起在10%的整车关税之上"
        "加征7.8%至35.3%的反补贴税。中国品牌在海外增长很快，但2024年丰田仍以约1080万辆保持全球最大车企地位，"
        "比亚迪约41.7万辆的海外销量约占其总销量的一成。",
        [src("European Commission: Commission imposes definitive countervailing duties on imports of battery electric vehicles from China",
             "https://ec.europa.eu/commission/presscorner/detail/en/ip_24_5589", "2024-10-29"),
         src("Office of the US Trade Representative: Section 301 investigation - China's acts, policies and practices related to technology transfer",
             "https://ustr.gov/issue-areas/enforcement/section-301-investigations", "2024-09")]),

    # --- Tesla Shanghai neighbour group ---------------------------------------------
    reb("giga-shanghai-makes-half-of-teslas", "Mostly true", ["tesla", "shanghai", "manufacturing"],
        "Giga Shanghai builds about half of all Teslas.",
        "特斯拉上海超级工厂生产了特斯拉大约一半的汽车。",
        "Roughly right. Tesla's Shanghai plant delivered 916,660 vehicles in 2024 (domestic sales plus "
        "exports), according to China Passenger Car Association data, about 51% of Tesla's 1.79 "
        "million global deliveries that year. Tesla lists the plant's installed capacity at more than "
        "950,000 Model 3 and Model Y a year, the largest of its car factories.",
        "基本属实。据乘联会数据，特斯拉上海超级工厂2024年交付916,660辆（含国内销售和出口），约占特斯拉当年全球"
        "交付量179万辆的51%。特斯拉披露该工厂Model 3和Model Y年产能超过95万辆，是其产能最大的整车工厂。",
        [src("China Passenger Car Association (CPCA): monthly manufacturer wholesale data", "http://www.cpcaauto.com/", "2025-01"),
         TESLA_10K]),

    reb("giga-shanghai-built-in-under-a-year", "Mostly true", ["tesla", "shanghai", "manufacturing"],
        "Tesla's Shanghai factory went from empty land to building cars in less than a year.",
        "特斯拉上海工厂从一片空地到造出汽车用了不到一年。",
        "Broadly accurate: ground was broken in Shanghai's Lingang area on 7 January 2019 and Tesla "
        "handed the first China-built Model 3s to customers on 30 December 2019. The speed came with "
        "unusual state support: Tesla became the first foreign carmaker allowed to own a Chinese car "
        "plant outright, Shanghai supplied the land, and Chinese state-owned banks lent it more than "
        "10 billion yuan in 2019.",
        "大体准确：上海临港工厂于2019年1月7日开工，2019年12月30日向首批客户交付国产Model 3。这一速度离不开特殊的"
        "政策支持：特斯拉成为首家获准在华独资建设整车厂的外国车企，上海提供了土地，中国国有银行在2019年向其提供了"
        "超过100亿元人民币的贷款。",
        [TESLA_10K,
         src("Xinhua: First China-made Tesla Model 3 cars delivered to customers", "http://www.xinhuanet.com/english/", "2019-12-30")]),

    reb("chinese-workers-never-leave-factory", "Misleading", ["work-culture", "labor", "tesla"],
        "Chinese workers will not even leave the factory, while Americans try to avoid going to work at all.",
        "中国工人连工厂都不离开，而美国人却想方设法不去上班。",
        "Musk said this in May 2022, weeks into Shanghai's lockdown, when Tesla ran a 'closed-loop' "
        "system in which workers ate and slept inside the plant to keep it running - a "
        "government-imposed emergency arrangement, not normal work habits. Chinese employees do work "
        "long hours (the National Bureau of Statistics put average weekly hours for enterprise "
        "employees at about 49 in 2024, against roughly 40 for US manufacturing workers per the BLS), "
        "but the US prime-age employment rate topped 80% in 2023-24, its highest in more than two "
        "decades.",
        "马斯克是在2022年5月说这番话的，当时上海封控已持续数周，特斯拉实行“闭环生产”，工人在厂内吃住以维持生产——"
        "这是政府要求下的临时应急安排，而不是正常的工作习惯。中国员工的工时确实较长（国家统计局数据显示2024年企业"
        "就业人员周平均工作时间约49小时，美国劳工统计局数据显示美国制造业工人每周约40小时），但美国25至54岁核心"
        "年龄段人口就业率在2023至2024年超过80%，为二十多年来最高水平。",
        [src("National Bureau of Statistics of China: monthly labour force survey (average weekly working hours)",
             "https://www.stats.gov.cn/english/", "2025-01"),
         src("US Bureau of Labor Statistics: Current Employment Statistics, average weekly hours in manufacturing",
             "https://www.bls.gov/ces/", "2024")]),

    # --- power / solar neighbour group ---------------------------------------------
    reb("china-electricity-three-times-us", "Misleading", ["power-grid", "electricity", "ai-compute"],
        "China already produces three times as much electricity as the United States.",
        "中国的发电量已经是美国的三倍。",
        "China generated about 10,000 TWh of electricity in 2024, according to Ember, against roughly "
        "4,400 TWh in the United States - about 2.3 times as much, not three times. China's output is "
        "growing much faster (around 6-7% a year versus 2-3% in the US), so the gap is widening, but "
        "per person the US still generates nearly twice as much electricity as China.",
        "据能源智库Ember统计，2024年中国发电量约10,000太瓦时，美国约4,400太瓦时，中国约为美国的2.3倍，而非三倍。"
        "中国发电量增速（每年约6%至7%）远高于美国（约2%至3%），差距在扩大，但按人均计算，美国的发电量仍接近中国的"
        "两倍。",
        [src("Ember: Global Electricity Review 2025", "https://ember-energy.org/latest-insights/global-electricity-review-2025/", "2025-04"),
         src("US Energy Information Administration: Electric Power Monthly", "https://www.eia.gov/electricity/monthly/", "2025-02")]),

    reb("china-adds-more-capacity-than-us-grid", "False", ["power-grid", "solar", "electricity"],
        "China adds more power generation capacity in a single year than the entire US grid has.",
        "中国一年新增的发电装机容量比美国整个电网的总装机还多。",
        "China added about 430 GW of generating capacity in 2024 - including a record of about 278 GW "
        "of solar and 80 GW of wind - according to its National Energy Administration. That is huge, "
        "but the entire US generating fleet is roughly 1,300 GW (EIA), about three times China's annual "
        "additions. China's own total installed capacity reached about 3,350 GW at the end of 2024.",
        "据国家能源局数据，中国2024年新增发电装机约4.3亿千瓦（430吉瓦），其中太阳能约2.78亿千瓦、风电约8000万"
        "千瓦，规模创纪录。但美国发电装机总量约为1,300吉瓦（美国能源信息署数据），约为中国一年新增量的三倍。截至"
        "2024年底，中国发电总装机约33.5亿千瓦。",
        [src("National Energy Administration of China: 2024 national power industry statistics", "https://www.nea.gov.cn/", "2025-01"),
         src("US Energy Information Administration: Electric Power Annual", "https://www.eia.gov/electricity/annual/", "2024")]),

    reb("china-makes-almost-all-solar-panels", "Mostly true", ["solar", "manufacturing", "supply-chain"],
        "Almost every solar panel in the world is made in China.",
        "世界上几乎所有的太阳能电池板都是中国制造的。",
        "Largely correct. The IEA's 2022 special report found China's share of every key manufacturing "
        "stage of solar panels - polysilicon, ingots, wafers, cells and modules - exceeded 80%, and was "
        "set to rise above 95% for some stages. Much of the remaining output comes from Chinese-owned "
        "factories in Southeast Asia, though India and the US have been adding module capacity since "
        "2022.",
        "基本属实。国际能源署2022年专题报告指出，中国在太阳能电池板所有关键制造环节（多晶硅、硅锭、硅片、电池片和"
        "组件）的全球份额均超过80%，部分环节将升至95%以上。其余产能很大一部分来自中国企业在东南亚的工厂，不过2022年"
        "以来印度和美国也在扩建组件产能。",
        [src("IEA: Solar PV Global Supply Chains", "https://www.iea.org/reports/solar-pv-global-supply-chains", "2022-07")]),

    # --- batteries neighbour group -------------------------------------------------
    reb("catl-makes-over-a-third-of-ev-batteries", "Mostly true", ["batteries", "catl", "ev"],
        "CATL alone makes more than a third of the world's EV batteries.",
        "宁德时代一家就生产了全球三分之一以上的电动车电池。",
        "Correct on the data: SNE Research put CATL's share of global EV battery installations at "
        "37.9% in 2024 (about 339 GWh), ahead of BYD at 17.2% and LG Energy Solution at 10.8%. The "
        "figure counts batteries installed in battery-electric and plug-in hybrid vehicles; it excludes "
        "energy-storage batteries, where CATL is also the largest supplier.",
        "数据属实：据韩国SNE Research统计，2024年宁德时代全球动力电池装车量份额为37.9%（约339吉瓦时），领先"
        "比亚迪的17.2%和LG新能源的10.8%。该统计口径为纯电动车和插电混动车的装车量，不含储能电池，而宁德时代在"
        "储能电池领域同样位居第一。",
        [src("SNE Research: global EV battery installations by supplier, January-December 2024", "https://www.sneresearch.com/en/", "2025-02")]),

    reb("tesla-does-not-rely-on-chinese-batteries", "False", ["batteries", "tesla", "supply-chain", "tariffs"],
        "Tesla doesn't depend on Chinese battery suppliers.",
        "特斯拉并不依赖中国的电池供应商。",
        "Tesla has bought Chinese cells for years: CATL announced a supply agreement with Tesla in "
        "February 2020, and its lithium iron phosphate (LFP) cells power many Shanghai-built Model 3 and "
        "Model Y cars. On Tesla's April 2025 earnings call, the company said tariffs would hit its "
        "energy-storage business harder than its car business because the LFP cells for Megapack and "
        "Powerwall were sourced from China.",
        "特斯拉多年来一直采购中国电芯：宁德时代于2020年2月宣布与特斯拉签订供货协议，其磷酸铁锂电池用于许多上海生产的"
        "Model 3和Model Y。在2025年4月的财报电话会上，特斯拉表示关税对其储能业务的冲击将大于汽车业务，因为Megapack和"
        "Powerwall使用的磷酸铁锂电芯采购自中国。",
        [src("CATL: announcement on supply agreement with Tesla (Shenzhen Stock Exchange filing)", "https://www.catl.com/en/news/", "2020-02-03"),
         src("Tesla Q1 2025 update and earnings call", "https://ir.tesla.com/", "2025-04-22")]),

    # --- rare earths neighbour group -----------------------------------------------
    reb("china-refines-ninety-percent-rare-earths", "Mostly true", ["rare-earths", "supply-chain"],
        "China processes about ninety percent of the world's rare earths.",
        "中国加工了全世界约九成的稀土。",
        "Accurate: the IEA's Global Critical Minerals Outlook 2024 estimates China accounted for about "
        "90% of global rare earth refining in 2023, and a similar share of rare-earth permanent magnet "
        "production. Projects in Australia (Lynas, including its Malaysian plant), the US (MP "
        "Materials) and elsewhere are growing but remain small by comparison.",
        "属实：国际能源署《2024年全球关键矿产展望》估计，2023年中国约占全球稀土精炼产量的90%，在稀土永磁体生产中的"
        "份额也与此相当。澳大利亚莱纳斯（包括其马来西亚工厂）、美国MP Materials等项目正在扩产，但规模仍相对较小。",
        [src("IEA: Global Critical Minerals Outlook 2024", "https://www.iea.org/reports/global-critical-minerals-outlook-2024", "2024-05")]),

    reb("rare-earth-curbs-do-not-affect-tesla", "False", ["rare-earths", "export-controls", "tesla", "robotics"],
        "China's rare-earth export restrictions don't affect Tesla.",
        "中国的稀土出口管制不会影响特斯拉。",
        "On 4 April 2025 China's commerce ministry put seven medium and heavy rare earths (samarium, "
        "gadolinium, terbium, dysprosium, lutetium, scandium and yttrium) and magnets containing them "
        "under export licensing. On Tesla's earnings call on 22 April 2025, Musk himself said Optimus "
        "production was affected because Tesla needed licences to use rare-earth magnets from China. "
        "Tesla said in March 2023 that a future motor would use no rare earths, but its current drive "
        "units and Optimus actuators use rare-earth magnets.",
        "2025年4月4日，中国商务部对钐、钆、铽、镝、镥、钪、钇七种中重稀土及含这些元素的磁体实施出口许可管理。在2025年"
        "4月22日的特斯拉财报电话会上，马斯克本人表示，由于使用中国稀土磁体需要出口许可，Optimus机器人的生产受到影响。"
        "特斯拉曾在2023年3月表示未来的电机将不使用稀土，但其现有驱动电机和Optimus执行器仍使用稀土永磁体。",
        [src("Ministry of Commerce of the PRC: announcement on export control of certain medium and heavy rare earth items",
             "http://english.mofcom.gov.cn/", "2025-04-04"),
         src("Tesla Q1 2025 earnings call", "https://ir.tesla.com/", "2025-04-22")]),

    # --- AI / chips neighbour group ------------------------------------------------
    reb("deepseek-has-50000-h100s", "Unproven", ["ai", "deepseek", "export-controls", "nvidia"],
        "DeepSeek is secretly using about 50,000 Nvidia H100 chips.",
        "DeepSeek秘密使用了约5万块英伟达H100芯片。",
        "The 50,000 H100 figure came from Scale AI chief executive Alexandr Wang in a January 2025 "
        "CNBC interview, without evidence; Musk replied 'Obviously.' DeepSeek's V3 technical report "
        "says the final model was trained on a cluster of 2,048 Nvidia H800 GPUs. The research firm "
        "SemiAnalysis estimated DeepSeek had access to roughly 50,000 Hopper-generation GPUs of several "
        "types, including H800 and H20 chips that could legally be sold to China at the time; no public "
        "evidence has confirmed a fleet of 50,000 H100s.",
        "“5万块H100”的说法来自Scale AI首席执行官亚历山大·王在2025年1月接受CNBC采访时的表态，他并未提供证据；马斯克"
        "回复“Obviously”（显然）。DeepSeek的V3技术报告称，最终模型在由2,048块英伟达H800组成的集群上训练。研究机构"
        "SemiAnalysis估计DeepSeek总共可使用约5万块多种型号的Hopper架构GPU，其中包括当时可合法销往中国的H800和H20；"
        "目前没有公开证据证实其拥有5万块H100。",
        [DEEPSEEK_V3, SEMIANALYSIS]),

    reb("deepseek-cost-only-six-million", "Missing context", ["ai", "deepseek", "compute"],
        "DeepSeek built its AI model for only about six million dollars.",
        "DeepSeek只花了约600万美元就做出了它的AI模型。",
        "The roughly $5.6 million in DeepSeek's V3 report covers only the final training run: about "
        "2.79 million H800 GPU-hours priced at an assumed rental rate of $2 an hour. The report itself "
        "says the figure excludes the costs of prior research and ablation experiments, and it leaves "
        "out buying the hardware, staff and data. SemiAnalysis estimated DeepSeek's hardware spending "
        "over its history at well above $500 million.",
        "DeepSeek V3报告中约557.6万美元的数字只涵盖最终一次训练：约279万H800 GPU小时，按每小时2美元的假设租价计算。"
        "报告本身注明该数字不包括此前的研究和消融实验成本，也不含购买硬件、人员和数据的开支。SemiAnalysis估计"
        "DeepSeek历年硬件投入远超5亿美元。",
        [DEEPSEEK_V3, SEMIANALYSIS]),

    reb("chinese-ai-years-behind-us", "Misleading", ["ai", "open-models", "competition"],
        "Chinese AI models are years behind American ones.",
        "中国的AI模型比美国落后好几年。",
        "Benchmarks show a gap of months, not years. Stanford's AI Index 2025 found that the difference "
        "between the top US and Chinese models on MMLU, MATH and HumanEval shrank from double digits at "
        "the end of 2023 to 0.3, 1.6 and 3.7 percentage points at the end of 2024, and on the LMSYS "
        "Chatbot Arena leaderboard the gap narrowed to 1.7% by February 2025. DeepSeek-R1, released in "
        "January 2025, scored close to OpenAI's o1 on reasoning benchmarks.",
        "基准测试显示差距以月计而非以年计。斯坦福大学《2025年AI指数报告》发现，美中顶尖模型在MMLU、MATH和HumanEval上"
        "的差距从2023年底的两位数缩小到2024年底的0.3、1.6和3.7个百分点；在LMSYS Chatbot Arena排行榜上，差距到2025年"
        "2月缩小至1.7%。2025年1月发布的DeepSeek-R1在推理基准上的得分接近OpenAI的o1。",
        [src("Stanford HAI: The 2025 AI Index Report", "https://hai.stanford.edu/ai-index/2025-ai-index-report", "2025-04")]),

    reb("huawei-chips-match-tsmc", "False", ["chips", "huawei", "export-controls", "smartphones"],
        "Huawei can already make chips as advanced as TSMC's best.",
        "华为已经能造出和台积电最先进芯片一样先进的芯片。",
        "Huawei's most advanced phone chips, such as the Kirin 9000S in the Mate 60 Pro (August 2023) "
        "and the Kirin 9020 in the Mate 70 (November 2024), are made by SMIC on a 7-nanometre-class "
        "process, according to TechInsights teardowns. TSMC has mass-produced 3-nanometre chips since "
        "late 2022 and began 2-nanometre production in 2025, so Huawei's supply chain remains roughly "
        "two to three generations behind, held back by US and Dutch limits on advanced lithography "
        "tools.",
        "据TechInsights拆解分析，华为最先进的手机芯片，如Mate 60 Pro（2023年8月）搭载的麒麟9000S和Mate 70（2024年"
        "11月）搭载的麒麟9020，均由中芯国际以7纳米级工艺制造。台积电自2022年底起量产3纳米芯片，并于2025年开始量产"
        "2纳米，因此华为供应链仍落后约两到三代，受制于美国和荷兰对先进光刻设备的出口限制。",
        [src("TechInsights: Huawei Mate 60 Pro and Mate 70 teardown analyses", "https://www.techinsights.com/", "2024-12"),
         src("TSMC: 3nm technology", "https://www.tsmc.com/english/dedicatedFoundry/technology/logic/l_3nm", "2022-12")]),

    # --- tariffs neighbour group ---------------------------------------------------
    reb("china-pays-the-tariffs", "False", ["tariffs", "trade"],
        "Tariffs on Chinese goods are paid by China.",
        "对中国商品加征的关税是由中国支付的。",
        "US tariffs are collected by US Customs from the American importer of record, not from China. "
        "Studies of the 2018-19 tariffs found close to complete pass-through: Amiti, Redding and "
        "Weinstein (2019) and Fajgelbaum et al. (2020) estimated that US import prices rose by roughly "
        "the full amount of the duties, so American firms and consumers bore nearly all of the cost. "
        "Chinese exporters lost sales volume but did not cut their prices much.",
        "美国关税由美国海关向美国进口商征收，而不是向中国征收。对2018至2019年关税的研究发现，关税几乎完全转嫁："
        "阿米提、雷丁和温斯坦（2019）以及法伊格尔鲍姆等人（2020）估计，美国进口价格的上涨幅度几乎等于关税税率，"
        "成本几乎全部由美国企业和消费者承担。中国出口商损失了销量，但并未明显降价。",
        [src("NBER Working Paper 25672: The Impact of the 2018 Trade War on U.S. Prices and Welfare", "https://www.nber.org/papers/w25672", "2019-03"),
         src("NBER Working Paper 25638: The Return to Protectionism", "https://www.nber.org/papers/w25638", "2019-03")]),

    reb("china-tariffs-brought-factory-jobs-back", "Misleading", ["tariffs", "manufacturing", "jobs"],
        "The tariffs on China brought manufacturing jobs back to America.",
        "对华关税让制造业岗位回流到了美国。",
        "A Federal Reserve study of the 2018-19 tariffs (Flaaen and Pierce, 2019) found they were "
        "associated with a net decrease in US manufacturing employment of about 1.4%, because small "
        "gains from import protection were outweighed by higher input costs and retaliatory tariffs. "
        "China's retaliation hit US farm exports, and Washington paid farmers about $28 billion in "
        "trade aid in 2018-19.",
        "美联储经济学家弗拉恩和皮尔斯2019年对2018至2019年关税的研究发现，关税与美国制造业就业净减少约1.4%相关："
        "进口保护带来的小幅就业增长，被投入品成本上升和报复性关税所抵消。中国的报复性关税打击了美国农产品出口，"
        "美国政府为此在2018至2019年向农民发放了约280亿美元贸易援助。",
        [src("Federal Reserve FEDS 2019-086: Disentangling the Effects of the 2018-2019 Tariffs on a Globally Connected U.S. Manufacturing Sector",
             "https://www.federalreserve.gov/econres/feds/files/2019086pap.pdf", "2019-12"),
         src("USDA: Market Facilitation Program", "https://www.fsa.usda.gov/", "2019")]),

    # --- Taiwan neighbour group ----------------------------------------------------
    reb("taiwan-like-hawaii-integral-part", "Misleading", ["taiwan", "geopolitics"],
        "To China, Taiwan is like Hawaii: an integral part of the country that is arbitrarily separated from it.",
        "对中国来说，台湾就像夏威夷，是被人为分离出去的不可分割的一部分。",
        "The People's Republic of China, founded in 1949, has never governed Taiwan, which has been run "
        "by the Republic of China government since then and has held direct presidential elections "
        "since 1996; Lai Ching-te was elected president in January 2024. Hawaii became a US state in "
        "1959 after a vote in which about 94% backed statehood. Beijing does claim Taiwan as its "
        "territory, but the comparison treats that claim as settled fact.",
        "1949年成立的中华人民共和国从未统治过台湾；台湾自那以后由中华民国政府治理，自1996年起举行总统直选，2024年1月"
        "赖清德当选。夏威夷则是在1959年经投票（约94%赞成）成为美国的州。北京确实主张台湾是其领土，但这个类比把这一"
        "主张当成了既定事实。",
        [src("Central Election Commission (Taiwan): 2024 presidential election results", "https://www.cec.gov.tw/", "2024-01-13"),
         src("US National Archives: Hawaii statehood", "https://www.archives.gov/legislative/features/hawaii", "1959")]),

    reb("taiwanese-would-accept-hk-style-deal", "False", ["taiwan", "hong-kong", "geopolitics"],
        "Most people in Taiwan would accept a Hong Kong-style special administrative zone under Beijing.",
        "大多数台湾人会接受北京治下类似香港的特别行政区安排。",
        "Long-running surveys by National Chengchi University's Election Study Center put support for "
        "unification with mainland China, whether as soon as possible or eventually, at well under 10% "
        "of respondents in 2024, while a large majority prefer some form of the status quo. Support "
        "fell further after Beijing imposed the National Security Law on Hong Kong in June 2020, which "
        "many in Taiwan cite as proof that 'one country, two systems' would not protect their freedoms. "
        "Taiwan's main parties, including the more Beijing-friendly KMT, reject the Hong Kong model.",
        "台湾政治大学选举研究中心的长期调查显示，2024年支持与大陆统一（无论“尽快统一”还是“偏向统一”）的受访者远低于"
        "10%，绝大多数人倾向于某种形式的维持现状。2020年6月北京在香港实施《国家安全法》后，支持度进一步下降，许多"
        "台湾人以此证明“一国两制”无法保障其自由。台湾主要政党，包括对北京较友好的国民党，都拒绝香港模式。",
        [src("NCCU Election Study Center: Taiwan Independence vs. Unification with the Mainland (1994-2024)", "https://esc.nccu.edu.tw/", "2025-01")]),

    # --- space neighbour group -----------------------------------------------------
    reb("china-not-building-starlink-rival", "False", ["starlink", "space", "satellites"],
        "China isn't building anything like Starlink.",
        "中国没有在建设任何类似星链的卫星互联网星座。",
        "China is building at least two large low-orbit broadband constellations. Shanghai-backed "
        "Qianfan (Spacesail, also called G60 or 'Thousand Sails') launched its first 18 satellites on "
        "6 August 2024 and plans about 14,000; the state-owned Guowang network of China SatNet launched "
        "its first batch on 16 December 2024 and has filed for about 13,000. Both are far smaller than "
        "Starlink, which had roughly 7,000 satellites in orbit by early 2025, but they exist and are "
        "launching.",
        "中国至少在建设两个大型低轨宽带星座。上海支持的“千帆”星座（垣信卫星，又称G60星链）于2024年8月6日发射首批18颗"
        "卫星，计划部署约1.4万颗；国有的“国网”星座（中国星网）于2024年12月16日发射首批卫星，申报规模约1.3万颗。两者"
        "目前都远小于星链（截至2025年初在轨约7000颗），但确实存在并在持续发射。",
        [src("SpaceNews: China launches first satellites for Thousand Sails (Qianfan) megaconstellation", "https://spacenews.com/", "2024-08-06"),
         src("SpaceNews: China launches first batch of Guowang megaconstellation satellites", "https://spacenews.com/", "2024-12-16")]),

    reb("spacex-outlaunches-rest-of-world", "Mostly true", ["space", "launches", "spacex"],
        "SpaceX alone launches more rockets than China and the rest of the world combined.",
        "SpaceX一家发射的火箭比中国和世界其他国家加起来还多。",
        "Accurate for recent years. In 2024 SpaceX flew 134 Falcon 9 and Falcon Heavy missions out of "
        "about 260 orbital launch attempts worldwide, more than all other launch providers combined; "
        "China made 68 launch attempts, the second-highest national total.",
        "近年来属实。2024年全球约260次入轨发射尝试中，SpaceX完成了134次猎鹰9号和猎鹰重型发射，超过其他所有发射方的"
        "总和；中国进行了68次发射尝试，居各国第二。",
        [src("Jonathan McDowell: orbital launch statistics", "https://planet4589.org/space/stats/", "2025-01"),
         src("SpaceX: launches", "https://www.spacex.com/launches/", "2024")]),

    # --- robotics neighbour group --------------------------------------------------
    reb("no-chinese-humanoids-on-sale", "False", ["robotics", "humanoids", "optimus"],
        "No Chinese company is actually selling humanoid robots yet.",
        "还没有哪家中国公司真正在销售人形机器人。",
        "Chinese firms already sell humanoids. Unitree began selling its H1 humanoid in 2023 and in "
        "May 2024 launched the G1 at a starting price of 99,000 yuan (about $16,000), taking orders "
        "from universities, labs and companies; UBTech's Walker S robots were put to trial work on the "
        "assembly lines of NIO, BYD, Zeekr and other carmakers in 2024. Tesla said Optimus was being "
        "used in its own factories but was not yet sold to outside customers.",
        "中国企业已经在销售人形机器人。宇树科技2023年开始销售H1人形机器人，并于2024年5月推出起售价9.9万元人民币"
        "（约1.6万美元）的G1，面向高校、实验室和企业接受订单；优必选的Walker S系列在2024年进入蔚来、比亚迪、极氪等"
        "车企的总装线开展实训。特斯拉表示Optimus已在自家工厂使用，但尚未对外销售。",
        [src("Unitree Robotics: G1 humanoid", "https://www.unitree.com/g1", "2024-05"),
         src("UBTech Robotics: Walker S industrial humanoid", "https://www.ubtrobot.com/", "2024")]),

    reb("us-factories-more-automated-than-china", "False", ["robotics", "manufacturing", "automation"],
        "American factories are more automated than Chinese ones.",
        "美国工厂的自动化程度比中国工厂高。",
        "By the standard measure, robot density, China is ahead. The International Federation of "
        "Robotics counted 470 industrial robots per 10,000 manufacturing employees in China in 2023, "
        "ahead of Germany (429) and Japan (419) and well above the United States (295). China installed "
        "276,288 industrial robots in 2023, 51% of the world total, against about 37,600 in the US.",
        "按通用指标“机器人密度”计算，中国领先。国际机器人联合会统计，2023年中国每万名制造业员工拥有470台工业机器人，"
        "超过德国（429台）和日本（419台），远高于美国（295台）。2023年中国新装工业机器人276,288台，占全球的51%，"
        "美国约为3.76万台。",
        [src("International Federation of Robotics: Global robot density in factories doubled in seven years",
             "https://ifr.org/ifr-press-releases/news/global-robot-density-in-factories-doubled-in-seven-years", "2024-11-20"),
         src("International Federation of Robotics: World Robotics 2024", "https://ifr.org/worldrobotics/", "2024-09")]),

    # --- autonomy -------------------------------------------------------------------
    reb("no-driverless-robotaxis-in-china", "False", ["autonomous-driving", "robotaxi", "baidu"],
        "There are no truly driverless robotaxis in China; they all still have safety drivers.",
        "中国没有真正的无人驾驶出租车，所有车上都还有安全员。",
        "Baidu's Apollo Go received permits in August 2022 to run fully driverless commercial robotaxi "
        "rides, with no safety driver on board, in Wuhan and Chongqing, and later expanded driverless "
        "service to parts of Beijing, Shenzhen and other cities. Baidu reported about 1.1 million "
        "Apollo Go rides in the fourth quarter of 2024 alone. Pony.ai and WeRide also run driverless "
        "paid services in Guangzhou, Beijing and Shenzhen, although some operators still keep safety "
        "staff or remote monitors for parts of their fleets.",
        "百度萝卜快跑（Apollo Go）于2022年8月获得许可，在武汉和重庆开展车内无安全员的全无人商业化出行服务，此后扩展到"
        "北京、深圳等城市的部分区域。百度公布，仅2024年第四季度萝卜快跑就提供了约110万次出行服务。小马智行和文远知行"
        "也在广州、北京和深圳运营全无人收费服务，不过部分运营商的部分车队仍配有安全员或远程监控。",
        [src("Baidu: fourth quarter and fiscal year 2024 results", "https://ir.baidu.com/", "2025-02-18"),
         src("Baidu: Apollo Go obtains permits for fully driverless commercial operations in Wuhan and Chongqing", "https://ir.baidu.com/", "2022-08-08")]),

    # --- demographics neighbour group ----------------------------------------------
    reb("china-population-halves-by-2100", "Mostly true", ["demographics", "population"],
        "China's population will be cut in half by the end of this century.",
        "到本世纪末，中国人口将减少一半。",
        "In line with UN projections, though it is a forecast, not a certainty. The UN's World "
        "Population Prospects 2024 medium variant projects China's population falling from about 1.41 "
        "billion in 2024 to roughly 633 million in 2100, a drop of a little more than half; its low and "
        "high variants span a wide range. China's own statistics show the population has already "
        "shrunk three years in a row, to 1.408 billion at the end of 2024.",
        "与联合国预测一致，但这只是预测而非定论。联合国《世界人口展望2024》中方案预计，中国人口将从2024年的约14.1亿"
        "降至2100年的约6.33亿，降幅略超一半；低方案与高方案之间的区间很大。中国官方统计显示，人口已连续三年减少，"
        "2024年末为14.08亿。",
        [UN_WPP,
         src("National Bureau of Statistics of China: population at end of 2024", "https://www.stats.gov.cn/english/", "2025-01-17")]),

    reb("china-has-lowest-birth-rate", "False", ["demographics", "birth-rate"],
        "China has the lowest birth rate in the world.",
        "中国的出生率是世界上最低的。",
        "China's fertility is very low - about 1.0 children per woman by UN estimates for 2023, with "
        "9.54 million births in 2024 - but it is not the world's lowest. South Korea's total fertility "
        "rate was 0.72 in 2023 and 0.75 in 2024, and Taiwan, Hong Kong and Macau also recorded rates "
        "below 1.0.",
        "中国的生育水平确实很低——联合国估计2023年总和生育率约为1.0，2024年出生人口954万——但并非全球最低。韩国2023年"
        "总和生育率为0.72，2024年为0.75；台湾、香港和澳门的生育率也都低于1.0。",
        [UN_WPP,
         src("Statistics Korea: 2024 birth statistics (preliminary)", "https://kostat.go.kr/anse/", "2025-02-26")]),

    # --- TikTok ---------------------------------------------------------------------
    reb("tiktok-law-is-outright-ban", "Misleading", ["tiktok", "regulation", "us-law"],
        "The US TikTok law simply bans the app.",
        "美国的TikTok法律就是直接禁掉这款应用。",
        "The Protecting Americans from Foreign Adversary Controlled Applications Act, signed on 24 "
        "April 2024, does not ban TikTok outright: it bars app stores and hosting services from "
        "distributing the app unless ByteDance divests it to an owner not controlled by China, with a "
        "deadline of 19 January 2025. The Supreme Court upheld the law unanimously on 17 January 2025, "
        "and President Trump then repeatedly extended the deadline by executive order while a sale was "
        "negotiated.",
        "2024年4月24日签署的《保护美国人免受外国对手控制应用程序侵害法》并非直接禁止TikTok：它规定，除非字节跳动在"
        "2025年1月19日前将其剥离给不受中国控制的所有者，否则应用商店和托管服务不得分发该应用。美国最高法院于2025年"
        "1月17日一致裁定维持该法，随后特朗普总统多次通过行政令延长期限，以便谈判出售事宜。",
        [src("Congress.gov: H.R.7521 - Protecting Americans from Foreign Adversary Controlled Applications Act",
             "https://www.congress.gov/bill/118th-congress/house-bill/7521", "2024-04-24"),
         src("Supreme Court of the United States: TikTok Inc. v. Garland, No. 24-656",
             "https://www.supremecourt.gov/docket/docketfiles/html/public/24-656.html", "2025-01-17")]),
]
