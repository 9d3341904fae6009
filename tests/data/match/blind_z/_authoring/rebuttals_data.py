"""The 32 rebuttals of blind set z (claim + counterpoints), as Python data.

build.py dumps them to ../rebuttals.yaml.
"""


def R(rid, rating, tags, claim_en, claim_zh, cp_en, cp_zh, sources, notes=""):
    return {
        "id": rid,
        "status": "published",
        "rating": rating,
        "tags": list(tags),
        "claim": {"en": claim_en, "zh": claim_zh},
        "counterpoints": [{"en": cp_en, "zh": cp_zh, "sources": [dict(s) for s in sources]}],
        "notes": notes,
    }


def S(title, url, date=""):
    return {"title": title, "url": url, "date": date}


EMBER_2024 = ("Ember: Global Electricity Review 2024",
              "https://ember-energy.org/latest-insights/global-electricity-review-2024/", "2024-05-08")
BYD_2024 = ("BYD Company Limited: production and sales volume announcement for December 2024 (HKEX)",
            "https://www.hkexnews.hk/", "2025-01-01")
IFR_2024 = ("IFR: World Robotics 2024", "https://ifr.org/worldrobotics/", "2024-09-24")
NBS_2024 = ("National Bureau of Statistics of China: population data for 2024",
            "https://www.stats.gov.cn/english/", "2025-01-17")
DSV3 = ("DeepSeek-V3 Technical Report (arXiv:2412.19437)", "https://arxiv.org/abs/2412.19437", "2024-12-27")

REBUTTALS = [
    # --- energy: power output / grid mix / solar -------------------------------------------
    R("china-electricity-three-times-us", "Misleading", ["power-grid", "electricity", "energy"],
      "China already generates three times as much electricity as the United States.",
      "中国的发电量已经是美国的三倍。",
      "China generated roughly 9,400 TWh of electricity in 2023 against about 4,200 TWh in the United States, "
      "according to Ember's Global Electricity Review 2024 - a ratio of a little over two to one, not three. "
      "China's lead is large and growing (its generation rose by roughly 6-7% in 2023 while US generation was "
      "about flat), but 'three times' overstates the current gap.",
      "根据Ember《2024年全球电力回顾》，2023年中国发电量约9400太瓦时，美国约4200太瓦时，比例略高于二比一，"
      "而不是三倍。中国的领先幅度很大且仍在扩大（2023年中国发电量增长约6%至7%，美国基本持平），"
      "但“三倍”的说法夸大了目前的差距。",
      [S(*EMBER_2024), S("US EIA: Electric Power Annual", "https://www.eia.gov/electricity/annual/", "2024")]),
    R("china-power-mostly-wind-solar", "False", ["power-grid", "coal", "renewables", "energy"],
      "Most of China's electricity already comes from wind and solar.",
      "中国的大部分电力已经来自风电和光伏。",
      "Coal still produced about 60% of China's electricity in 2023, while wind and solar together supplied "
      "roughly 16%, according to Ember. Adding hydropower and nuclear, low-carbon sources came to around 35%. "
      "China installs wind and solar faster than any other country, but in terms of electricity actually "
      "generated, coal remains dominant.",
      "根据Ember的数据，2023年煤电仍占中国发电量的约60%，风电和光伏合计约16%；加上水电和核电，"
      "低碳电源约占35%。中国新增风光装机的速度全球第一，但从实际发电量看，煤电依然占主导地位。",
      [S(*EMBER_2024), S("Ember: China country profile", "https://ember-energy.org/countries-and-regions/china/", "")]),
    R("china-solar-more-than-rest-of-world", "Mostly true", ["solar", "energy"],
      "China installs more solar power every year than the rest of the world combined.",
      "中国每年新装的光伏比世界其他地区加起来还多。",
      "This holds for the recent surge but not for every year. China's National Energy Administration reported "
      "about 217 GW of new solar capacity in 2023 and about 278 GW in 2024, and the IEA estimates China accounted "
      "for roughly 60% of global solar additions in 2023. In 2021 and 2022, however, China's share of new "
      "installations was well under half (roughly a third).",
      "这一说法对近两年大体成立，但并非“每年”如此。国家能源局数据显示，中国2023年新增光伏装机约217吉瓦，"
      "2024年约278吉瓦；国际能源署估计2023年中国约占全球新增光伏的60%。但在2021年和2022年，"
      "中国在全球新增装机中的份额远低于一半（约三分之一）。",
      [S("IEA: Renewables 2023", "https://www.iea.org/reports/renewables-2023", "2024-01-11"),
       S("National Energy Administration: national power industry statistics", "https://www.nea.gov.cn/", "2025-01")]),
    R("china-makes-every-solar-panel", "Misleading", ["solar", "manufacturing", "supply-chain"],
      "Every solar panel in the world is made in China.",
      "全世界所有的太阳能电池板都是中国造的。",
      "China dominates the solar supply chain but does not make every panel. The IEA's 2022 special report found "
      "China's share of each key manufacturing stage above 80%, reaching about 97% for wafers, while module "
      "assembly also takes place in Vietnam, Malaysia, Thailand, India and the United States, often in "
      "Chinese-owned factories. India and the US have been expanding domestic module capacity since 2022.",
      "中国主导光伏供应链，但并不是每一块组件都由中国制造。国际能源署2022年的专题报告显示，"
      "中国在光伏各主要制造环节的份额均超过80%，硅片约97%；但组件组装也在越南、马来西亚、泰国、"
      "印度和美国进行，其中不少是中资工厂。2022年以来，印度和美国都在扩大本土组件产能。",
      [S("IEA: Special Report on Solar PV Global Supply Chains",
         "https://www.iea.org/reports/solar-pv-global-supply-chains", "2022-07-07")]),

    # --- EVs: China market / BYD / prices / exports ----------------------------------------
    R("china-ev-sales-majority-fully-electric", "False", ["ev", "china-auto-market"],
      "More than half of the new cars sold in China are already fully electric.",
      "在中国卖出的新车里，纯电动车已经超过一半。",
      "The often-quoted 50% milestone counts all 'new energy vehicles', including plug-in and range-extender "
      "hybrids: the China Passenger Car Association reported NEVs above half of monthly retail sales for the "
      "first time in July 2024. For the full year 2024 CAAM counted 12.87 million NEVs, about 41% of all vehicle "
      "sales, of which 7.72 million were pure battery-electric - well under half of new car sales.",
      "常被引用的“过半”指的是全部新能源车，包括插电混动和增程式：乘联会数据显示，2024年7月新能源车"
      "零售渗透率首次超过50%。中汽协统计，2024年全年新能源汽车销量1287万辆，约占汽车总销量的41%，"
      "其中纯电动772万辆，远不到新车销量的一半。",
      [S("CAAM: automobile industry production and sales, 2024", "http://www.caam.org.cn/", "2025-01-13"),
       S("CPCA: July 2024 passenger vehicle market", "http://www.cpcaauto.com/", "2024-08-08")]),
    R("byd-sales-mostly-pure-electric", "False", ["byd", "ev", "hybrids"],
      "Most of the cars BYD sells are pure battery-electric.",
      "比亚迪卖出的车大多数是纯电动车。",
      "BYD sold about 4.27 million new energy vehicles in 2024, but only about 1.76 million of them were pure "
      "battery-electric passenger cars; roughly 2.49 million were plug-in hybrids, according to the company's "
      "sales filings. BYD stopped making pure combustion cars in 2022, yet hybrids remain the larger part of its "
      "volume.",
      "比亚迪2024年销售新能源汽车约427万辆，但其中纯电动乘用车只有约176万辆，插电混动约249万辆"
      "（据公司产销公告）。比亚迪自2022年起停产纯燃油车，但插混仍是其销量的大头。",
      [S(*BYD_2024)]),
    R("byd-outsold-tesla-bev-2024", "False", ["byd", "tesla", "ev"],
      "BYD sold more pure electric cars than Tesla in 2024.",
      "2024年比亚迪卖出的纯电动车比特斯拉多。",
      "For the full year 2024 Tesla delivered 1,789,226 vehicles, all battery-electric, while BYD sold 1,764,992 "
      "battery-electric passenger cars, so Tesla kept a narrow annual lead. BYD did outsell Tesla in pure EVs in "
      "individual quarters, including Q4 2023 and Q4 2024, and its total sales including plug-in hybrids "
      "(about 4.27 million) were far larger.",
      "2024年全年，特斯拉交付1,789,226辆车（全部为纯电动），比亚迪纯电动乘用车销量为1,764,992辆，"
      "特斯拉以微弱优势保住了全年纯电销量第一。比亚迪曾在个别季度（包括2023年第四季度和2024年第四季度）"
      "纯电销量超过特斯拉，若算上插混，其总销量（约427万辆）则远高于特斯拉。",
      [S("Tesla: Q4 2024 vehicle production & deliveries",
         "https://ir.tesla.com/press-release/tesla-fourth-quarter-2024-production-deliveries-and-deployments",
         "2025-01-02"), S(*BYD_2024)]),
    R("china-every-ev-cheaper-than-petrol", "Misleading", ["ev", "price-war", "china-auto-market"],
      "In China every electric car is now cheaper than its petrol equivalent.",
      "在中国，每一款电动车现在都比同级燃油车便宜。",
      "The IEA's Global EV Outlook 2024 found that in 2023 more than 60% of electric cars sold in China were "
      "already cheaper than their average combustion-engine equivalent, helped by the price war and falling "
      "battery costs. That is a majority, not every model: many larger and premium EVs still cost more than "
      "comparable petrol cars.",
      "国际能源署《2024年全球电动汽车展望》发现，2023年在中国售出的电动车中，超过60%已经比同级燃油车的"
      "平均价格更便宜，这得益于价格战和电池成本下降。但这只是多数而非全部：许多大型和高端电动车"
      "仍比同级燃油车贵。",
      [S("IEA: Global EV Outlook 2024", "https://www.iea.org/reports/global-ev-outlook-2024", "2024-04-23")]),
    R("china-top-car-exporter-because-of-evs", "Misleading", ["exports", "ev", "trade"],
      "China became the world's biggest car exporter because of its electric cars.",
      "中国成为全球最大汽车出口国，靠的是电动车。",
      "China overtook Japan as the largest car exporter in 2023, shipping about 4.9 million vehicles according to "
      "CAAM. But only about 1.2 million of those were new energy vehicles; most were petrol cars, and Russia - "
      "where Western brands had pulled out after 2022 - became the single largest destination.",
      "据中汽协统计，中国2023年汽车出口约491万辆，超过日本成为全球第一大汽车出口国。但其中新能源汽车"
      "只有约120万辆，大部分是燃油车；2022年西方品牌撤出后的俄罗斯成为最大的单一出口目的地。",
      [S("CAAM: 2023 automobile exports", "http://www.caam.org.cn/", "2024-01-11")]),

    # --- tariffs --------------------------------------------------------------------------
    R("eu-100-percent-tariff-chinese-evs", "False", ["tariffs", "eu", "ev", "trade"],
      "Europe has slapped 100% tariffs on Chinese electric cars.",
      "欧洲对中国电动车征收了100%的关税。",
      "The EU's definitive countervailing duties, in force from 30 October 2024, range from 7.8% for Tesla's "
      "Shanghai-made cars and 17.0% for BYD to 35.3% for SAIC, on top of the standard 10% car import duty. "
      "The 100% rate belongs to the United States (from September 2024) and Canada (from October 2024), not "
      "the EU.",
      "欧盟自2024年10月30日起征收的最终反补贴税，税率从特斯拉上海产车型的7.8%、比亚迪的17.0%到上汽的35.3%"
      "不等，另加10%的常规汽车进口关税。100%的税率是美国（2024年9月起）和加拿大（2024年10月起）征收的，"
      "不是欧盟。",
      [S("European Commission: definitive countervailing duties on BEVs from China",
         "https://ec.europa.eu/commission/presscorner/", "2024-10-29"),
       S("USTR: Section 301 four-year review, final modifications", "https://ustr.gov/", "2024-09-13")]),
    R("tariffs-only-barrier-chinese-evs-us", "Missing context", ["tariffs", "us", "ev", "regulation"],
      "Tariffs are the only thing keeping Chinese EVs out of America.",
      "只有关税在把中国电动车挡在美国门外。",
      "Tariffs are only one barrier. In January 2025 the Commerce Department finalised a rule banning connected "
      "vehicles with Chinese- or Russian-linked software from model year 2027 and hardware from model year 2030, "
      "which would bar Chinese carmakers' vehicles regardless of tariff levels. Vehicles with batteries from "
      "'foreign entities of concern' were also excluded from the federal EV tax credit.",
      "关税只是障碍之一。2025年1月，美国商务部最终确定规则：自2027车型年起禁止使用与中国或俄罗斯相关软件的"
      "网联汽车，自2030车型年起禁止相关硬件，这将使中国车企的汽车无论关税高低都难以进入美国。"
      "此外，使用“受关注外国实体”电池的车辆也被排除在联邦电动车税收抵免之外。",
      [S("BIS: Commerce finalizes rule to secure connected vehicle supply chains", "https://www.bis.gov/",
         "2025-01-14")]),

    # --- Tesla Shanghai -------------------------------------------------------------------
    R("giga-shanghai-no-state-help", "False", ["tesla", "shanghai", "subsidies"],
      "Tesla built its Shanghai Gigafactory without any help from the Chinese state.",
      "特斯拉建上海超级工厂，中国政府一点忙都没帮。",
      "Tesla's Shanghai plant, the first wholly foreign-owned car factory allowed in China, was backed by Chinese "
      "state lenders: in 2019 Tesla signed loan agreements worth about 10 billion yuan (roughly $1.4 billion) "
      "with banks including China Construction Bank, Agricultural Bank of China and ICBC. Shanghai fast-tracked "
      "approvals, and the plant qualified for a reduced 15% corporate income tax rate offered in the Lingang "
      "area.",
      "特斯拉上海工厂是中国首家外商独资整车厂，并得到中国国有银行支持：2019年特斯拉与建设银行、农业银行、"
      "工商银行等签署了约100亿元人民币（约14亿美元）的贷款协议。上海市为项目加快审批，工厂还享受临港地区"
      "15%的企业所得税优惠税率。",
      [S("Reuters: Tesla signs 10 billion yuan loan deal with Chinese banks for Shanghai plant",
         "https://www.reuters.com/", "2019-12-23")]),

    # --- talent / work culture ------------------------------------------------------------
    R("china-ten-times-stem-phds", "False", ["education", "talent", "stem"],
      "China turns out ten times as many STEM PhDs as the United States.",
      "中国培养的理工科博士是美国的十倍。",
      "Georgetown's Center for Security and Emerging Technology projected in 2021 that Chinese universities would "
      "produce more than 77,000 STEM PhDs a year by 2025, against about 40,000 in the US - roughly double. "
      "Counting only US citizens and permanent residents, China's output would be a bit more than three times the "
      "US figure, still far short of ten times.",
      "乔治城大学安全与新兴技术中心（CSET）2021年预测，到2025年中国高校每年将培养超过7.7万名理工科博士，"
      "美国约4万名，大约是两倍。即便只计算美国公民和永久居民，中国的数量也只是美国的三倍多，远不到十倍。",
      [S("CSET: China is Fast Outpacing U.S. STEM PhD Growth",
         "https://cset.georgetown.edu/publication/china-is-fast-outpacing-u-s-stem-phd-growth/", "2021-08")]),
    R("996-is-legal-in-china", "False", ["work-culture", "labour-law"],
      "Working 996 is completely legal in China.",
      "在中国，996工作制完全合法。",
      "China's Labour Law sets a standard of eight hours a day and caps overtime at 36 hours a month; a 9am-9pm, "
      "six-day schedule far exceeds that. In August 2021 the Supreme People's Court and the Ministry of Human "
      "Resources and Social Security published model cases stating that 996 schedules violate the law. Long hours "
      "remain common - official surveys put average weekly hours of enterprise employees at close to 49 in "
      "2023 - but that reflects weak enforcement, not legality.",
      "中国《劳动法》规定每日工作8小时，每月加班不得超过36小时；早九晚九、每周六天的排班远超这一上限。"
      "2021年8月，最高人民法院和人力资源社会保障部联合发布典型案例，明确“996”违反法律规定。"
      "长时间加班依然普遍（官方调查显示2023年企业就业人员周平均工作时间接近49小时），"
      "但这反映的是执法不力，而不是合法。",
      [S("Supreme People's Court & MOHRSS: typical cases on overtime labour disputes", "https://www.court.gov.cn/",
         "2021-08-26"),
       S("National Bureau of Statistics: average weekly working hours", "https://www.stats.gov.cn/", "2024")]),

    # --- AI chips / DeepSeek / models -----------------------------------------------------
    R("nvidia-completely-cut-off-from-china", "False", ["ai-chips", "export-controls", "nvidia"],
      "US export controls have completely cut China off from Nvidia's AI chips.",
      "美国的出口管制已经让中国彻底买不到英伟达的AI芯片。",
      "Controls since October 2022 have blocked Nvidia's top chips, but the company kept selling cut-down "
      "versions designed to comply, such as the A800, H800 and later H20. Nvidia reported $17.1 billion of revenue "
      "from China including Hong Kong in its fiscal year ending January 2025, about 13% of the total. Restricted "
      "chips have also reached China through smuggling, which US prosecutors have charged.",
      "自2022年10月起的管制措施封锁了英伟达的顶级芯片，但英伟达继续销售为合规而降级的版本，如A800、H800"
      "以及后来的H20。英伟达在截至2025年1月的财年中，来自中国（含香港）的收入为171亿美元，约占总收入的13%。"
      "此外，受限芯片还通过走私流入中国，美国检方已对相关案件提起诉讼。",
      [S("NVIDIA: Form 10-K for fiscal year 2025", "https://investor.nvidia.com/", "2025-02-26"),
       S("BIS: advanced computing and semiconductor export controls", "https://www.bis.gov/", "2022-10-07")]),
    R("deepseek-six-million-total-cost", "Misleading", ["deepseek", "ai", "compute"],
      "DeepSeek built its frontier AI model for only about six million dollars in total.",
      "DeepSeek总共只花了大约600万美元就做出了前沿大模型。",
      "The roughly $5.6 million figure in DeepSeek's December 2024 V3 technical report is the rental value of "
      "2.788 million H800 GPU-hours for the final training run, and the report itself says it excludes prior "
      "research and ablation experiments. It also leaves out buying the hardware, staff and data; analysts at "
      "SemiAnalysis estimated DeepSeek's GPU spending at well over $500 million.",
      "DeepSeek在2024年12月V3技术报告中给出的约560万美元，是最终一次训练所用278.8万H800 GPU小时的租用价格，"
      "报告本身也说明不包括此前的研究和消融实验成本。这一数字同样不含购置硬件、人员和数据的费用；"
      "SemiAnalysis的分析师估计DeepSeek在GPU上的投入远超5亿美元。",
      [S(*DSV3), S("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/", "2025-01-31")]),
    R("deepseek-has-50000-h100s", "Unproven", ["deepseek", "ai-chips", "export-controls"],
      "DeepSeek is secretly running on about 50,000 Nvidia H100s.",
      "DeepSeek其实偷偷用着大约5万块英伟达H100。",
      "The 50,000-H100 figure was asserted by Scale AI chief executive Alexandr Wang in a January 2025 CNBC "
      "interview without published evidence. DeepSeek says it trained V3 on 2,048 H800s, a chip China could "
      "legally buy until late 2023; SemiAnalysis estimated the company has access to around 50,000 Hopper-generation "
      "GPUs of mixed types (H800, H20 and some H100), which is a different claim. No public investigation has "
      "confirmed an H100 fleet of that size.",
      "“5万块H100”的说法来自Scale AI首席执行官汪滔（Alexandr Wang）2025年1月接受CNBC采访时的表态，"
      "他没有公布证据。DeepSeek称V3是用2048块H800训练的，这种芯片在2023年底前可以合法卖给中国；"
      "SemiAnalysis估计该公司可使用约5万块不同型号的Hopper架构GPU（H800、H20和部分H100），"
      "这与“5万块H100”并不是同一说法。目前没有公开调查证实其拥有如此规模的H100。",
      [S("CNBC: Scale AI CEO Alexandr Wang on DeepSeek", "https://www.cnbc.com/", "2025-01-23"), S(*DSV3)]),
    R("chinese-ai-models-year-behind", "Misleading", ["ai", "open-models", "deepseek"],
      "Chinese AI models are at least a year behind the best American ones.",
      "中国的AI大模型比美国最好的至少落后一年。",
      "Stanford's AI Index 2025 found the gap had largely closed: at the end of 2023 top US models led Chinese ones "
      "by 17.5 percentage points on MMLU and 31.6 points on HumanEval, but by the end of 2024 the gaps had "
      "narrowed to 0.3 and 3.7 points. DeepSeek-R1, released in January 2025, matched leading US reasoning models "
      "on several benchmarks within months of their launch.",
      "斯坦福《2025年AI指数报告》发现差距已基本消失：2023年底，美国顶尖模型在MMLU上领先中国模型17.5个"
      "百分点、在HumanEval上领先31.6个百分点；到2024年底，差距分别缩小到0.3和3.7个百分点。"
      "2025年1月发布的DeepSeek-R1在多项基准上追平了美国领先的推理模型，而后者发布不过几个月。",
      [S("Stanford HAI: AI Index Report 2025", "https://hai.stanford.edu/ai-index/2025-ai-index-report",
         "2025-04")]),

    # --- rare earths / batteries / manufacturing ------------------------------------------
    R("china-mines-nearly-all-rare-earths", "Misleading", ["rare-earths", "mining", "supply-chain"],
      "China mines nearly all of the world's rare earths.",
      "全世界的稀土几乎都是中国挖出来的。",
      "According to the US Geological Survey, China mined about 240,000 tonnes of the world's roughly 350,000 "
      "tonnes of rare earths in 2023, about 69%; the US (43,000 t), Myanmar (38,000 t) and Australia (18,000 t) "
      "were other large producers. China's grip is much tighter on processing: the IEA estimates it does about "
      "90% of rare earth refining.",
      "据美国地质调查局数据，2023年全球稀土矿产量约35万吨，其中中国约24万吨，占约69%；美国（4.3万吨）、"
      "缅甸（3.8万吨）和澳大利亚（1.8万吨）也是主要生产国。中国真正高度集中的是加工环节：国际能源署估计，"
      "中国承担了约90%的稀土冶炼分离。",
      [S("USGS: Mineral Commodity Summaries 2024 - Rare Earths", "https://pubs.usgs.gov/publication/mcs2024",
         "2024-01-31"),
       S("IEA: Global Critical Minerals Outlook 2024",
         "https://www.iea.org/reports/global-critical-minerals-outlook-2024", "2024-05-17")]),
    R("rare-earth-export-curbs-harmless", "False", ["rare-earths", "export-controls", "trade"],
      "China's rare earth export restrictions won't really hurt anyone.",
      "中国的稀土出口管制其实伤不到谁。",
      "After China put seven medium and heavy rare earths and related magnets under export licensing on 4 April "
      "2025, its rare earth magnet exports fell about 74% year on year in May, according to Chinese customs data. "
      "Carmakers and suppliers in Europe, the US and Japan reported shortages, and Ford temporarily halted "
      "Explorer production at its Chicago plant. Tesla itself said the licensing affected its Optimus humanoid "
      "robot programme.",
      "中国自2025年4月4日起对七种中重稀土及相关磁体实施出口许可管理后，据中国海关数据，5月稀土永磁出口"
      "同比下降约74%。欧洲、美国和日本的车企及供应商纷纷报告短缺，福特一度暂停了芝加哥工厂的Explorer生产。"
      "特斯拉自己也表示，许可制度影响了其Optimus人形机器人项目。",
      [S("MOFCOM/GAC Announcement No. 18 of 2025 on export controls of medium and heavy rare earths",
         "https://www.mofcom.gov.cn/", "2025-04-04"),
       S("Reuters: China's rare earth magnet exports plunge in May", "https://www.reuters.com/", "2025-06-20")]),
    R("catl-byd-make-most-ev-batteries", "Mostly true", ["batteries", "catl", "byd"],
      "CATL and BYD together make more than half of the world's EV batteries.",
      "宁德时代和比亚迪两家加起来，生产了全球一半以上的动力电池。",
      "SNE Research data put CATL's share of global EV battery installations at 37.9% in 2024 and BYD's at 17.2%, "
      "about 55% together. Korean and Japanese makers such as LG Energy Solution (about 11%) and "
      "Panasonic still supply a large share of the batteries used outside China.",
      "据SNE Research数据，2024年宁德时代在全球动力电池装机量中占37.9%，比亚迪占17.2%，两者合计约55%。"
      "LG新能源（约11%）、松下等日韩企业在中国以外市场仍占有较大份额。",
      [S("SNE Research: global EV battery installations 2024", "https://www.sneresearch.com/", "2025-02")]),
    R("china-makes-half-of-world-manufacturing", "Misleading", ["manufacturing"],
      "China makes half of everything manufactured in the world.",
      "全世界制造的东西有一半是中国造的。",
      "UN and World Bank data put China's share of global manufacturing value added at roughly 29-31% in 2023, "
      "about $4.7 trillion - by far the largest, and roughly double the US share of about 16%. China's share is "
      "higher for particular goods such as ships, steel and solar panels, but not half of all manufacturing.",
      "联合国和世界银行数据显示，2023年中国制造业增加值约占全球的29%至31%，约4.7万亿美元，遥遥领先，"
      "约为美国（约16%）的两倍。在船舶、钢铁、光伏组件等具体产品上中国份额更高，但并不是全部制造业的一半。",
      [S("UNIDO Statistics Data Portal", "https://stat.unido.org/", "2024"),
       S("World Bank: Manufacturing, value added (current US$)",
         "https://data.worldbank.org/indicator/NV.IND.MANF.CD", "2024")]),

    # --- robots ---------------------------------------------------------------------------
    R("china-installs-more-robots-than-rest-of-world", "Mostly true", ["robotics", "manufacturing"],
      "China installs more industrial robots each year than the rest of the world combined.",
      "中国每年安装的工业机器人比全世界其他地方加起来还多。",
      "The International Federation of Robotics counted 276,288 industrial robots installed in China in 2023, 51% "
      "of the 541,302 installed worldwide - a majority, though a slim one. Japan (about 46,100) and the US (about "
      "37,600) came next. China's majority share is recent: it first passed half of global installations in 2021.",
      "国际机器人联合会（IFR）统计，2023年中国新装工业机器人276,288台，占全球541,302台的51%，"
      "略超一半。日本（约4.61万台）和美国（约3.76万台）分列其后。中国过半的份额是近几年的事，"
      "2021年才首次超过全球安装量的一半。",
      [S(*IFR_2024)]),
    R("china-highest-robot-density", "False", ["robotics", "automation"],
      "China has the highest robot density of any country in the world.",
      "中国的机器人密度是全世界最高的。",
      "IFR's World Robotics 2024 put China's robot density at 470 industrial robots per 10,000 manufacturing "
      "employees in 2023, third in the world behind South Korea (1,012) and Singapore (770). China has overtaken "
      "Germany (429) and Japan (419) and is well above the United States (295), but it is not number one.",
      "IFR《2024年世界机器人报告》显示，2023年中国制造业机器人密度为每万名员工470台，位居全球第三，"
      "排在韩国（1012台）和新加坡（770台）之后。中国已超过德国（429台）和日本（419台），"
      "也远高于美国（295台），但并非世界第一。",
      [S("IFR: Global robot density in factories doubled in seven years", "https://ifr.org/ifr-press-releases/",
         "2024-11-20")]),

    # --- space ----------------------------------------------------------------------------
    R("china-outlaunched-spacex-2024", "False", ["space", "launches", "spacex"],
      "China launched more rockets into orbit than SpaceX did in 2024.",
      "2024年中国发射入轨的火箭比SpaceX还多。",
      "SpaceX flew 134 Falcon launches in 2024 (132 Falcon 9 and two Falcon Heavy), while China as a whole made "
      "68 orbital launch attempts, a national record. China launched more than any country other than the United "
      "States, but about half as many rockets as SpaceX alone.",
      "SpaceX在2024年共执行134次猎鹰系列发射（132次猎鹰9号、2次重型猎鹰），而中国全年共进行68次轨道发射，"
      "创下本国纪录。中国的发射次数仅次于美国，但只有SpaceX一家公司的一半左右。",
      [S("Jonathan McDowell: orbital launch logs", "https://planet4589.org/space/", "2025-01"),
       S("SpaceNews: China's 2024 launch record", "https://spacenews.com/", "2025-01")]),
    R("tiangong-bigger-than-iss", "False", ["space", "space-station"],
      "China's Tiangong space station is bigger than the International Space Station.",
      "中国的天宫空间站比国际空间站还大。",
      "Tiangong's three modules weigh about 66-70 tonnes, roughly 100 tonnes with visiting spacecraft docked, while "
      "the ISS masses about 420 tonnes and has several times more pressurised volume. Tiangong is the only station "
      "owned and run by a single country, but it is roughly a fifth to a quarter of the ISS's size.",
      "天宫空间站三个舱段约重66至70吨，加上停靠的来访飞船约100吨；国际空间站质量约420吨，"
      "加压容积也大出数倍。天宫是唯一由单一国家拥有和运营的空间站，但规模只有国际空间站的五分之一到四分之一。",
      [S("NASA: International Space Station facts and figures",
         "https://www.nasa.gov/reference/international-space-station-facts-and-figures/", "2023"),
       S("China Manned Space Agency", "https://www.cmse.gov.cn/", "2022-11")]),
    R("china-not-building-starlink-rival", "False", ["starlink", "satellites", "space"],
      "China isn't even trying to build its own version of Starlink.",
      "中国根本没打算搞自己的星链。",
      "China has two state-backed megaconstellations under way: Qianfan ('Thousand Sails', run by Shanghai "
      "Spacesail) began launching in August 2024 and plans around 14,000 satellites, and Guowang (China SatNet) "
      "began launching in December 2024 with about 13,000 planned. Both are still tiny next to Starlink's roughly "
      "7,000 satellites in orbit in early 2025, but they are funded national projects.",
      "中国有两个国家支持的巨型星座正在建设：上海垣信的“千帆”星座于2024年8月开始发射，计划约1.4万颗卫星；"
      "中国星网的“国网”星座于2024年12月开始发射，计划约1.3万颗。与2025年初在轨约7000颗的星链相比，"
      "两者规模仍然很小，但都是有资金保障的国家项目。",
      [S("SpaceNews: China launches first satellites for Thousand Sails megaconstellation",
         "https://spacenews.com/", "2024-08-06"),
       S("SpaceNews: China launches first Guowang satellites", "https://spacenews.com/", "2024-12-16")]),

    # --- geopolitics / apps / demographics / phones ----------------------------------------
    R("taiwan-is-like-hawaii", "Misleading", ["taiwan", "geopolitics"],
      "Taiwan is to China basically what Hawaii is to the United States.",
      "台湾对中国来说，就相当于夏威夷对美国。",
      "Hawaii is a US state whose residents voted overwhelmingly for statehood in 1959 and elect members of "
      "Congress. The People's Republic of China, founded in 1949, has never governed Taiwan, which has its own "
      "elected president and legislature, armed forces, currency and passports; Beijing claims it as a province "
      "and has not ruled out force to take it.",
      "夏威夷是美国的一个州，当地居民1959年以压倒性多数投票支持建州，并选举国会议员。"
      "1949年成立的中华人民共和国从未统治过台湾；台湾有自己民选的领导人和立法机构、军队、货币和护照。"
      "北京视台湾为一个省，并且不排除使用武力。",
      [S("US National Archives: Hawaii statehood, 1959", "https://www.archives.gov/", ""),
       S("Council on Foreign Relations: China-Taiwan relations backgrounder", "https://www.cfr.org/", "2025")]),
    R("tiktok-law-forces-shutdown", "Misleading", ["tiktok", "us-law", "bytedance"],
      "The US TikTok law forces the app to shut down in America no matter what.",
      "美国的TikTok法案无论如何都要让这个应用在美国关停。",
      "The Protecting Americans from Foreign Adversary Controlled Applications Act, signed on 24 April 2024, bars "
      "app stores and hosting providers from supporting TikTok only unless ByteDance completes a 'qualified "
      "divestiture' of the US business. The Supreme Court upheld the law on 17 January 2025; enforcement was then "
      "repeatedly postponed by executive order while a sale to US investors was negotiated. A sale, not a "
      "shutdown, is the law's stated way out.",
      "2024年4月24日签署的《保护美国人免受外国对手控制应用程序侵害法》规定，除非字节跳动完成对美国业务的"
      "“合格剥离”，应用商店和托管服务商不得再支持TikTok。美国最高法院于2025年1月17日维持该法，"
      "此后执法被行政命令多次推迟，同时各方谈判将其出售给美国投资者。法律给出的出路是出售，而不是关停。",
      [S("Congress.gov: H.R.7521 / Protecting Americans from Foreign Adversary Controlled Applications Act",
         "https://www.congress.gov/bill/118th-congress/house-bill/7521", "2024-04-24"),
       S("Supreme Court of the United States: TikTok Inc. v. Garland", "https://www.supremecourt.gov/",
         "2025-01-17")]),
    R("china-population-falling-tens-of-millions", "False", ["demographics", "population"],
      "China's population is already shrinking by tens of millions of people every year.",
      "中国人口现在每年都在减少几千万。",
      "China's National Bureau of Statistics reported population declines of 850,000 in 2022, 2.08 million in 2023 "
      "and 1.39 million in 2024, leaving 1.408 billion people at the end of 2024. The decline is real and expected "
      "to accelerate - the UN's 2024 projections show China falling to roughly 630 million by 2100 - but the annual "
      "drop today is in the low millions, not tens of millions.",
      "国家统计局数据显示，中国人口2022年减少85万，2023年减少208万，2024年减少139万，2024年末总人口14.08亿。"
      "人口下降是事实，而且预计会加速（联合国2024年预测中国人口到2100年将降至约6.3亿），"
      "但目前每年的降幅在一两百万级别，而不是几千万。",
      [S(*NBS_2024), S("UN DESA: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11")]),
    R("china-births-fell-every-year", "False", ["demographics", "birth-rate"],
      "China's births have dropped every single year, with no exceptions.",
      "中国的出生人口每年都在下降，没有一年例外。",
      "Births in China fell for seven straight years after 2016, from 17.86 million to 9.02 million in 2023, but "
      "rose to 9.54 million in 2024, the Year of the Dragon, according to the National Bureau of Statistics; 2016 "
      "itself was also a rise on 2015. Demographers expect the long-run decline to continue, but the series has "
      "not fallen every single year.",
      "国家统计局数据显示，中国出生人口自2016年的1786万起连续七年下降，2023年降至902万，"
      "但2024年（龙年）回升至954万；2016年本身也比2015年有所增加。人口学家预计长期下降趋势仍会持续，"
      "但出生人口并不是每年都在下降。",
      [S(*NBS_2024)]),
    R("huawei-chips-as-advanced-as-apple", "Misleading", ["huawei", "smartphones", "semiconductors"],
      "Huawei's smartphone chips are now just as advanced as Apple's.",
      "华为手机芯片现在和苹果的一样先进。",
      "TechInsights' teardown of the Mate 60 Pro in September 2023 found its Kirin 9000S was made by SMIC on a "
      "7-nanometre-class process, while Apple's A17 Pro, launched the same month, uses TSMC's 3-nanometre process. "
      "The Kirin chips in the Pura 70 (2024) were still on SMIC's 7nm-class node. Huawei's comeback under "
      "sanctions was real, but its manufacturing process is roughly two generations behind Apple's.",
      "TechInsights在2023年9月拆解Mate 60 Pro后发现，其麒麟9000S由中芯国际以7纳米级工艺制造，"
      "而同月发布的苹果A17 Pro采用台积电3纳米工艺。2024年Pura 70所用的麒麟芯片仍是中芯国际的7纳米级工艺。"
      "华为在制裁下的回归是真实的，但其制程大约落后苹果两代。",
      [S("TechInsights: Huawei Mate 60 Pro teardown, Kirin 9000S", "https://www.techinsights.com/", "2023-09"),
       S("Apple Newsroom: A17 Pro", "https://www.apple.com/newsroom/", "2023-09-12")]),
]
