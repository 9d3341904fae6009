"""The 30 rebuttals of blind set W (data only; build.py writes rebuttals.yaml)."""


def src(title, url, date=""):
    return {"title": title, "url": url, "date": date}


EMBER = src("Ember: Global Electricity Review 2024",
            "https://ember-energy.org/latest-insights/global-electricity-review-2024/", "2024-05-08")
OWID = src("Our World in Data: Energy production and consumption",
           "https://ourworldindata.org/energy-production-consumption", "2024")
IEA_REN = src("IEA: Renewables 2023", "https://www.iea.org/reports/renewables-2023", "2024-01-11")
FRAUN = src("Fraunhofer ISE: Photovoltaics Report",
            "https://www.ise.fraunhofer.de/en/publications/studies/photovoltaics-report.html", "2024")
IPCC = src("IPCC AR5 WGIII Annex III: Technology-specific cost and performance parameters",
           "https://www.ipcc.ch/report/ar5/wg3/", "2014")
TESLA_Q4 = src("Tesla: Q4 2024 Vehicle Production & Deliveries",
               "https://ir.tesla.com/press-release/tesla-vehicle-production-deliveries-and-date-financial-results-webcast-fourth-quarter-2024", "2025-01-02")
BYD_IR = src("BYD Company: production and sales volume announcements (HKEX)",
             "https://www.hkexnews.hk/", "2025-01-01")
KIEL = src("Kiel Institute: Foul Play? On the Scale and Scope of Industrial Subsidies in China",
           "https://www.ifw-kiel.de/publications/foul-play-on-the-scale-and-scope-of-industrial-subsidies-in-china/", "2024-04")
BYD_AR = src("BYD Company Limited: 2024 Annual Results", "https://www.bydglobal.com/en/Investor.html", "2025-03-24")
UBS = src("Reuters: UBS teardown finds BYD has 25% cost advantage",
          "https://www.reuters.com/business/autos-transportation/ubs-teardown-byd-seal-cost-advantage-2023-09-05/", "2023-09-05")
RHODIUM = src("Rhodium Group: Ain't No Duty High Enough",
              "https://rhg.com/research/aint-no-duty-high-enough/", "2024-04-29")
EU_CVD = src("European Commission: Commission imposes duties on imports of battery electric vehicles from China",
             "https://ec.europa.eu/commission/presscorner/detail/en/ip_24_5589", "2024-10-29")
SNE = src("SNE Research: Global EV battery installation 2024", "https://www.sneresearch.com/en/", "2025-02")
IEA_EVO = src("IEA: Global EV Outlook 2024", "https://www.iea.org/reports/global-ev-outlook-2024", "2024-04-23")
PADHI = src("Padhi, Nanjundaswamy, Goodenough: Phospho-olivines as positive-electrode materials (J. Electrochem. Soc.)",
            "https://iopscience.iop.org/article/10.1149/1.1837571", "1997-04")
DSV3 = src("DeepSeek-V3 Technical Report (arXiv:2412.19437)", "https://arxiv.org/abs/2412.19437", "2024-12-27")
BIS = src("US Bureau of Industry and Security: export controls on advanced computing items",
          "https://www.bis.gov/press-release/commerce-strengthens-restrictions-advanced-computing-semiconductors", "2023-10-17")
TECHINS = src("TechInsights: Huawei Mate 60 Pro Kirin 9000S teardown",
              "https://www.techinsights.com/blog/techinsights-finds-smic-7nm-n2-huawei-mate-60-pro", "2023-09-04")
SEMIA = src("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/2025/01/31/deepseek-debates/", "2025-01-31")
CNBC = src("CNBC: Scale AI CEO Alexandr Wang on DeepSeek",
           "https://www.cnbc.com/2025/01/23/scale-ai-ceo-says-china-has-quickly-caught-the-us-with-deepseek.html", "2025-01-23")
EPOCH = src("Epoch AI: GPU clusters data", "https://epoch.ai/data/gpu-clusters", "2025-06")
IFR_INST = src("IFR: Record of 4 million robots working in factories worldwide",
               "https://ifr.org/ifr-press-releases/news/record-of-4-million-robots-working-in-factories-worldwide", "2024-09-24")
IFR_DENS = src("IFR: Global robot density in factories doubled in seven years",
               "https://ifr.org/ifr-press-releases/news/global-robot-density-in-factories-doubled-in-seven-years", "2024-11-20")
MCDOWELL = src("Jonathan McDowell: Orbital launch statistics", "https://planet4589.org/space/stats/", "2025-01")
SPACENEWS = src("SpaceNews: China launches first batch of Qianfan satellites",
                "https://spacenews.com/china-launches-first-batch-of-qianfan-megaconstellation-satellites/", "2024-08-06")
REUTERS_LOAN = src("Reuters: Tesla signs $1.6 billion loan deal with Chinese banks for Shanghai plant",
                   "https://www.reuters.com/article/us-tesla-china-loan-idUSKBN1YR0B7", "2019-12-23")
CPCA = src("China Passenger Car Association: monthly manufacturer data", "http://www.cpcaauto.com/", "2025-01")
UNWPP = src("UN World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11")
NBS = src("National Bureau of Statistics of China: Statistical Communiqué 2024",
          "https://www.stats.gov.cn/english/PressRelease/202502/t20250228_1958822.html", "2025-02-28")
USGS = src("USGS Mineral Commodity Summaries 2024: Rare Earths",
           "https://pubs.usgs.gov/periodicals/mcs2024/mcs2024-rare-earths.pdf", "2024-01")
IEA_CM = src("IEA: Global Critical Minerals Outlook 2024",
             "https://www.iea.org/reports/global-critical-minerals-outlook-2024", "2024-05-17")
SCOTUS = src("Supreme Court of the United States: TikTok Inc. v. Garland (24-656)",
             "https://www.supremecourt.gov/opinions/24pdf/24-656_ca7d.pdf", "2025-01-17")
MIIT = src("Reuters: China bans carmakers from using 'autonomous driving' in ads",
           "https://www.reuters.com/business/autos-transportation/china-tightens-rules-driver-assistance-ads-2025-04-17/", "2025-04-17")
TESLA_CN = src("Reuters: Tesla rolls out FSD-like driver-assistance features in China",
               "https://www.reuters.com/business/autos-transportation/tesla-launches-fsd-like-features-china-2025-02-25/", "2025-02-25")


def R(rid, rating, tags, claim_en, claim_zh, cp_en, cp_zh, sources, notes=""):
    return {
        "id": rid, "status": "published", "rating": rating, "tags": tags,
        "claim": {"en": claim_en, "zh": claim_zh},
        "counterpoints": [{"en": cp_en, "zh": cp_zh, "sources": sources}],
        "notes": notes,
    }


REBUTTALS = [
    R("china-power-already-triple-us", "Misleading", ["power-grid", "electricity"],
      "China already generates three times as much electricity as the United States.",
      "中国的发电量已经是美国的三倍。",
      "China generated about 9,460 TWh of electricity in 2023, against about 4,180 TWh in the United States, "
      "according to Ember - roughly 2.3 times as much, not three times. China's lead is large and growing, "
      "but the 'three times' figure overstates the gap as of 2023-2024.",
      "据Ember统计，2023年中国发电量约9460太瓦时，美国约4180太瓦时，约为美国的2.3倍，而不是三倍。"
      "中国的领先幅度很大且在扩大，但就2023至2024年而言，“三倍”夸大了差距。",
      [EMBER]),
    R("china-per-capita-power-above-us", "False", ["power-grid", "electricity", "per-capita"],
      "The average person in China now uses more electricity than the average American.",
      "中国人均用电量已经超过美国人。",
      "China's total output is larger, but per person the gap runs the other way: China generated roughly 6,600 kWh "
      "per person in 2023, against roughly 12,500 kWh per person in the United States (Ember, Our World in Data). "
      "Per capita, Americans still use close to twice as much electricity as people in China.",
      "中国的发电总量更大，但按人均计算情况正好相反：2023年中国人均发电量约6600千瓦时，美国约12500千瓦时"
      "（Ember、Our World in Data）。按人均计算，美国人的用电量仍接近中国人的两倍。",
      [EMBER, OWID]),
    R("china-solar-more-than-rest-of-world", "Mostly true", ["solar"],
      "China installed more solar capacity last year than the rest of the world combined.",
      "中国去年新增的光伏装机比世界其他国家加起来还多。",
      "China added about 217 GW (AC) of solar in 2023 according to its National Energy Administration, and the IEA "
      "estimates China accounted for well over half of the roughly 420-450 GW added worldwide that year; the same held "
      "in 2024. Part of that capacity waits for grid connections and curtailment has risen in some provinces, so "
      "installations overstate usable output.",
      "据国家能源局数据，中国2023年新增光伏装机约217吉瓦（交流侧）；国际能源署估计，当年全球新增约420至450吉瓦，"
      "中国占一半以上，2024年情况类似。但部分装机仍在等待并网，一些省份弃光率上升，装机量高估了实际可用发电量。",
      [IEA_REN]),
    R("chinese-solar-panels-dirtier-than-coal", "False", ["solar", "coal", "emissions"],
      "Solar panels made in China use so much coal power that they pollute more than the coal plants they replace.",
      "中国制造的光伏板生产时用了大量煤电，污染比它们取代的煤电厂还大。",
      "Life-cycle studies find that a solar module pays back the energy used to make it in roughly one to two years, "
      "even when made in China, out of a service life of 25-30 years (Fraunhofer ISE). The IPCC's median life-cycle "
      "estimates are about 40-50 g CO2-eq per kWh for utility-scale solar against about 820 g for coal. Coal-heavy "
      "manufacturing raises a panel's footprint, but nowhere near that of coal generation.",
      "生命周期研究显示，即使在中国制造，光伏组件大约一到两年就能收回生产所耗能源，而其使用寿命为25至30年"
      "（弗劳恩霍夫太阳能系统研究所）。IPCC的生命周期排放中位数估计：大型光伏约每千瓦时40至50克二氧化碳当量，"
      "煤电约820克。以煤电为主的制造会增加光伏板的碳足迹，但远不及煤电本身。",
      [FRAUN, IPCC]),
    R("byd-outsells-tesla-bev", "Mostly true", ["byd", "tesla", "ev"],
      "BYD already sells more fully electric cars worldwide than Tesla.",
      "比亚迪在全球卖出的纯电动车已经比特斯拉多。",
      "It depends on the period. BYD sold more battery-electric cars than Tesla in the fourth quarter of 2023, but "
      "Tesla narrowly kept the full-year lead in 2024 with about 1.79 million deliveries against BYD's roughly 1.76 "
      "million pure EVs. BYD moved clearly ahead in 2025, when its battery-electric sales exceeded 2.2 million while "
      "Tesla delivered about 1.64 million.",
      "这取决于统计时段。2023年第四季度比亚迪的纯电动车销量超过特斯拉，但2024年全年特斯拉以约179万辆的交付量"
      "险胜比亚迪约176万辆纯电车。2025年比亚迪明显领先，纯电销量超过220万辆，特斯拉交付约164万辆。",
      [TESLA_Q4, BYD_IR]),
    R("byd-profitable-only-from-subsidies", "Misleading", ["byd", "subsidies", "ev"],
      "BYD only makes a profit because of Chinese government subsidies.",
      "比亚迪之所以盈利，完全是因为中国政府的补贴。",
      "BYD has received large state support: the Kiel Institute estimated at least EUR 2.1 billion in direct subsidies "
      "in 2022. But BYD's net profit rose to about 30 billion yuan in 2023 and about 40 billion yuan in 2024, with gross "
      "margins around 20%, helped by in-house batteries and chips. Subsidies are a real factor, but the figures do not "
      "show that its profit exists only because of them.",
      "比亚迪确实获得了大量国家支持：基尔世界经济研究所估计，2022年其直接补贴至少21亿欧元。但比亚迪净利润"
      "2023年升至约300亿元，2024年约400亿元，毛利率约20%，得益于自产电池和芯片。补贴是实际因素，"
      "但数据并不表明其利润完全来自补贴。",
      [KIEL, BYD_AR]),
    R("byd-mostly-sells-hybrids", "Mostly true", ["byd", "ev", "hybrids"],
      "Most of the cars BYD sells are plug-in hybrids, not pure electric cars.",
      "比亚迪卖的车大多数是插电混动，而不是纯电动车。",
      "In 2024 BYD sold about 4.27 million new-energy passenger vehicles, of which about 2.49 million (around 58%) were "
      "plug-in hybrids and about 1.76 million were battery-electric. The balance varies by year: in 2022 the split was "
      "close to even.",
      "2024年比亚迪销售新能源乘用车约427万辆，其中插电混动约249万辆（约58%），纯电动约176万辆。"
      "比例逐年变化：2022年两者大致各占一半。",
      [BYD_IR]),
    R("chinese-evs-half-cost-to-build", "Misleading", ["ev", "costs", "manufacturing"],
      "Chinese carmakers can build an electric car for half of what it costs Western carmakers.",
      "中国车企造一辆电动车的成本只有西方车企的一半。",
      "A UBS teardown of the BYD Seal in 2023 estimated BYD's cost advantage over legacy carmakers at about 25%, mostly "
      "from in-house batteries and components; labour is a small share. Other analyses put Chinese EV cost advantages "
      "in the 20-30% range, not 50%.",
      "瑞银2023年对比亚迪海豹的拆解分析估计，比亚迪相对传统车企的成本优势约为25%，主要来自自产电池和零部件，"
      "人工只占很小一部分。其他分析也认为中国电动车的成本优势在20%至30%之间，而非50%。",
      [UBS]),
    R("chinese-evs-sold-abroad-below-cost", "Misleading", ["ev", "trade", "exports"],
      "Chinese EV makers are selling their cars abroad below cost.",
      "中国电动车企业在海外以低于成本的价格销售汽车。",
      "Chinese EVs are generally priced much higher abroad than at home: Rhodium Group found in 2024 that models such "
      "as BYD's Seal U and Atto 3 sold in Europe for roughly 1.5 to 2 times their Chinese price, giving exporters "
      "fatter margins in Europe than in China. The EU's 2024 anti-subsidy case found subsidies that lower costs, "
      "which is a different issue from selling below cost.",
      "中国电动车在海外的售价普遍远高于国内：荣鼎咨询2024年发现，比亚迪海豹U、元PLUS（Atto 3）等车型在欧洲的售价"
      "约为国内的1.5至2倍，出口商在欧洲的利润率高于国内。欧盟2024年反补贴调查认定存在降低成本的补贴，"
      "这与低于成本销售是两回事。",
      [RHODIUM, EU_CVD]),
    R("eu-tariffs-hit-tesla-like-byd", "False", ["tariffs", "tesla", "byd", "eu"],
      "The EU's tariffs on China-made EVs hit Tesla just as hard as BYD.",
      "欧盟对中国产电动车加征的关税，对特斯拉的打击和对比亚迪一样大。",
      "The definitive EU countervailing duties adopted in October 2024 set an individual rate of 7.8% for Tesla's "
      "Shanghai-made cars, against 17.0% for BYD, 18.8% for Geely and 35.3% for SAIC, on top of the standard 10% "
      "import duty on cars. Tesla got the lowest rate after requesting an individual examination.",
      "欧盟2024年10月通过的最终反补贴税中，特斯拉上海产汽车的单独税率为7.8%，比亚迪为17.0%，吉利18.8%，"
      "上汽35.3%，均在10%的汽车标准进口关税之外加征。特斯拉申请单独审查后获得了最低税率。",
      [EU_CVD]),
    R("catl-makes-most-ev-batteries", "Misleading", ["batteries", "catl"],
      "CATL makes most of the world's EV batteries.",
      "全世界大部分电动车电池都是宁德时代生产的。",
      "CATL is the largest EV battery maker, but not a majority supplier: SNE Research put its share of global EV "
      "battery installations at about 38% in 2024, followed by BYD at about 17% and LG Energy Solution at about 11%. "
      "Chinese companies together supply roughly two-thirds of the market.",
      "宁德时代是全球最大的动力电池企业，但份额并未过半：SNE Research数据显示，2024年其全球动力电池装机份额约38%，"
      "比亚迪约17%，LG新能源约11%。中国企业合计约占三分之二。",
      [SNE]),
    R("china-makes-three-quarters-of-batteries", "Mostly true", ["batteries", "manufacturing"],
      "China produces about three quarters of the world's lithium-ion batteries.",
      "全球大约四分之三的锂离子电池是中国生产的。",
      "The IEA estimates that China accounts for about three quarters or more of global lithium-ion battery cell "
      "manufacturing capacity, and larger shares of key components such as cathodes (around 90%) and anodes (over 95%). "
      "Output shares vary by year and some estimates put China above 80%, so 'about three quarters' is if anything "
      "conservative.",
      "国际能源署估计，中国占全球锂离子电池电芯制造产能的约四分之三或更多，在正极材料（约90%）和负极材料"
      "（超过95%）等关键部件上占比更高。各年份产量份额有所不同，一些估计超过80%，因此“约四分之三”的说法偏保守。",
      [IEA_EVO]),
    R("lfp-invented-in-china", "False", ["batteries", "lfp"],
      "LFP (lithium iron phosphate) batteries were invented in China.",
      "磷酸铁锂电池是中国发明的。",
      "Lithium iron phosphate as a battery cathode was described in 1996-1997 by Akshaya Padhi, K.S. Nanjundaswamy and "
      "John Goodenough at the University of Texas at Austin. Chinese companies such as CATL and BYD later led its mass "
      "production and improvements such as cell-to-pack designs, helped by key patents expiring around 2022.",
      "磷酸铁锂作为电池正极材料，是1996至1997年由美国得克萨斯大学奥斯汀分校的帕迪（Akshaya Padhi）、"
      "南朱丹斯瓦米和古迪纳夫（John Goodenough）提出的。此后宁德时代、比亚迪等中国企业主导了其大规模生产和"
      "CTP等改进，关键专利约在2022年到期也起了推动作用。",
      [PADHI]),
    R("export-controls-stopped-china-ai", "False", ["ai", "export-controls", "chips"],
      "US chip export controls have stopped China's progress in AI.",
      "美国的芯片出口管制已经让中国的人工智能发展停下来了。",
      "Chinese labs kept releasing competitive models after the October 2022 and October 2023 US export rules: "
      "DeepSeek-V3 (December 2024) and R1 (January 2025) matched leading US models on many benchmarks while trained on "
      "export-compliant Nvidia H800 chips. The controls have raised costs and limited access to top chips, but they "
      "have not stopped progress.",
      "在美国2022年10月和2023年10月的出口管制之后，中国实验室仍在不断发布有竞争力的模型：DeepSeek-V3（2024年12月）"
      "和R1（2025年1月）在许多基准测试上与美国领先模型相当，训练使用的是符合出口规定的英伟达H800芯片。"
      "管制提高了成本、限制了顶级芯片的获取，但并没有让进展停止。",
      [DSV3, BIS]),
    R("china-never-makes-advanced-chips", "Unproven", ["chips", "semiconductors"],
      "China will never be able to make advanced chips on its own.",
      "中国永远不可能靠自己制造先进芯片。",
      "In 2023 TechInsights found that Huawei's Mate 60 Pro used a Kirin 9000S processor made by SMIC on a "
      "7-nanometre-class process, without EUV lithography. China still trails TSMC's 3 nm production by several "
      "generations and lacks domestic EUV tools, but 'never' is a prediction that its progress so far does not support.",
      "2023年TechInsights发现，华为Mate 60 Pro使用的麒麟9000S处理器由中芯国际以7纳米级工艺制造，且未使用EUV光刻。"
      "中国仍落后台积电3纳米量产数代，也缺少国产EUV设备，但“永远不可能”这一预测与其迄今的进展并不相符。",
      [TECHINS]),
    R("deepseek-cost-six-million", "Missing context", ["ai", "deepseek"],
      "DeepSeek trained its AI model for only about six million dollars.",
      "深度求索只花了大约六百万美元就训练出了它的模型。",
      "The figure comes from DeepSeek's V3 technical report (December 2024): about 2.79 million H800 GPU-hours, or "
      "$5.576 million at an assumed $2 per GPU-hour, for the final training run only. The report says this excludes "
      "prior research, experiments and data; SemiAnalysis estimated the company's hardware spending at well over "
      "$500 million.",
      "这一数字来自DeepSeek-V3技术报告（2024年12月）：最终训练约用了279万H800 GPU小时，按每小时2美元计约557.6万美元，"
      "仅指最后一次训练。报告明确说明不含此前的研究、实验和数据成本；SemiAnalysis估计该公司硬件投入远超5亿美元。",
      [DSV3, SEMIA]),
    R("deepseek-has-50000-h100s", "Unproven", ["ai", "deepseek", "chips", "export-controls"],
      "DeepSeek secretly has about 50,000 Nvidia H100 chips.",
      "深度求索私下拥有大约五万块英伟达H100芯片。",
      "The 50,000 H100 figure was asserted by Scale AI's chief executive Alexandr Wang in a January 2025 CNBC interview, "
      "without evidence. DeepSeek says V3 was trained on 2,048 Nvidia H800 GPUs; SemiAnalysis estimated it had access to "
      "around 50,000 Hopper-generation GPUs of several types (H800, H20 and some H100), which is not the same as 50,000 "
      "H100s. No public evidence confirms the claim.",
      "“五万块H100”的说法来自Scale AI首席执行官亚历山大·王2025年1月接受CNBC采访时的表述，并未提供证据。"
      "DeepSeek称V3是在2048块英伟达H800上训练的；SemiAnalysis估计其可使用约五万块多种型号的Hopper架构GPU"
      "（H800、H20及少量H100），这并不等于五万块H100。目前没有公开证据证实这一说法。",
      [CNBC, SEMIA]),
    R("china-more-ai-compute-than-us", "False", ["ai", "compute", "chips"],
      "China has more AI computing power than the United States.",
      "中国的AI算力比美国还多。",
      "Epoch AI's data on GPU clusters estimated in 2025 that the United States hosts about three quarters of the "
      "world's known AI supercomputer performance, against roughly 15% for China. Export controls limit China's access "
      "to leading Nvidia chips, and alternatives such as Huawei's Ascend are produced in smaller volumes.",
      "Epoch AI的GPU集群数据显示，截至2025年，美国拥有全球已知AI超级计算机算力的约四分之三，中国约占15%。"
      "出口管制限制了中国获取英伟达顶级芯片，而华为昇腾等替代品产量较小。",
      [EPOCH]),
    R("china-installs-half-of-robots", "Mostly true", ["robotics", "manufacturing", "automation"],
      "China installs more than half of all new industrial robots in the world.",
      "全世界新安装的工业机器人，一半以上装在中国。",
      "The International Federation of Robotics counted 276,288 industrial robot installations in China in 2023, "
      "51% of the 541,302 installed worldwide. China's share has hovered around or just above half since 2021, so the "
      "claim is accurate but only narrowly.",
      "国际机器人联合会统计，2023年中国新装工业机器人276288台，占全球541302台的51%。"
      "自2021年以来中国份额一直在一半上下，因此这一说法成立，但只是略超一半。",
      [IFR_INST]),
    R("china-highest-robot-density", "False", ["robotics", "automation", "per-capita"],
      "China has the highest density of factory robots of any country.",
      "中国的制造业机器人密度是全世界最高的。",
      "The IFR's World Robotics 2024 report ranked China third in 2023, with 470 robots per 10,000 manufacturing "
      "employees, behind South Korea (1,012) and Singapore (770). China did overtake Germany (429) and Japan (419) "
      "that year.",
      "国际机器人联合会《2024年世界机器人报告》显示，2023年中国制造业机器人密度为每万名员工470台，位列全球第三，"
      "落后于韩国（1012台）和新加坡（770台）。当年中国超过了德国（429台）和日本（419台）。",
      [IFR_DENS]),
    R("china-launches-more-than-spacex", "False", ["space", "launches", "spacex"],
      "China launches more rockets than SpaceX.",
      "中国的火箭发射次数比SpaceX多。",
      "In 2024 SpaceX flew 134 Falcon 9 and Falcon Heavy missions, while China as a whole made 68 orbital launch "
      "attempts, a national record, according to launch logs compiled by astronomer Jonathan McDowell. China is the "
      "second most active launching country, but SpaceX alone launched about twice as often.",
      "根据天文学家乔纳森·麦克道尔整理的发射记录，2024年SpaceX共执行134次猎鹰9号和猎鹰重型发射，而中国全国共进行"
      "68次轨道发射，创历史纪录。中国是发射次数第二多的国家，但SpaceX一家的发射次数约是中国的两倍。",
      [MCDOWELL]),
    R("china-constellations-rival-starlink", "False", ["space", "starlink", "satellites"],
      "China's satellite internet constellations already rival Starlink.",
      "中国的卫星互联网星座已经可以和星链相媲美。",
      "Starlink had more than 7,000 satellites in orbit and over 4 million subscribers by early 2025. China's Qianfan "
      "(Thousand Sails) constellation began launching in August 2024 and had fewer than 100 satellites in orbit by "
      "mid-2025, while the state Guowang network launched its first batch in December 2024. Both plan more than "
      "10,000 satellites but are years from Starlink's scale.",
      "截至2025年初，星链在轨卫星超过7000颗，用户超过400万。中国千帆星座2024年8月开始发射，到2025年年中在轨卫星"
      "不到100颗；国网星座2024年12月发射首批卫星。两者都计划部署上万颗卫星，但距星链的规模还有数年差距。",
      [SPACENEWS]),
    R("giga-shanghai-built-without-help", "Misleading", ["tesla", "shanghai", "subsidies"],
      "Tesla built Giga Shanghai without any help from the Chinese government.",
      "特斯拉建设上海超级工厂没有得到中国政府的任何帮助。",
      "Tesla was the first foreign carmaker allowed to own a factory in China outright, under rules relaxed in 2018. "
      "Shanghai provided land in the Lingang zone, Chinese state banks lent Tesla about 11.25 billion yuan (about "
      "$1.6 billion) in 2019 on favourable terms, and the plant qualified for a reduced 15% corporate tax rate.",
      "特斯拉是2018年放宽规定后首家获准在华独资建厂的外国车企。上海在临港片区提供了土地，中国国有银行2019年以优惠条件"
      "向特斯拉提供约112.5亿元（约16亿美元）贷款，工厂还享受15%的优惠企业所得税率。",
      [REUTERS_LOAN]),
    R("giga-shanghai-half-of-teslas", "Mostly true", ["tesla", "shanghai", "manufacturing"],
      "Giga Shanghai builds more than half of all Teslas.",
      "特斯拉全球一半以上的车是上海超级工厂生产的。",
      "Giga Shanghai delivered about 947,000 vehicles in 2023 and about 917,000 in 2024, according to the China "
      "Passenger Car Association - just over half of Tesla's global deliveries of 1.81 million and 1.79 million in "
      "those years. The share varies by period, and many of those cars are exported rather than sold in China.",
      "据乘联会数据，上海超级工厂2023年交付约94.7万辆，2024年约91.7万辆，略高于特斯拉当年全球交付量"
      "（181万辆和179万辆）的一半。比例随时段变化，且其中不少车辆用于出口而非在国内销售。",
      [CPCA, TESLA_Q4]),
    R("china-population-halve-by-2050", "False", ["demographics", "population"],
      "China's population will fall by half by 2050.",
      "到2050年中国人口将减少一半。",
      "The UN's World Population Prospects 2024 projects China's population at about 1.26 billion in 2050 in its medium "
      "scenario, down from about 1.41 billion in 2024 - a fall of roughly 10%. A halving is projected only toward the "
      "end of the century (about 633 million in 2100), and even the low scenario stays far above 700 million in 2050.",
      "联合国《世界人口展望2024》中位方案预计，中国人口将从2024年的约14.1亿降至2050年的约12.6亿，降幅约10%。"
      "人口减半要到本世纪末才会出现（2100年约6.33亿），即便是低方案，2050年也远高于7亿。",
      [UNWPP]),
    R("china-births-fell-every-year", "Missing context", ["demographics", "birth-rate"],
      "China's births have fallen every single year since 2016.",
      "自2016年以来，中国的出生人口每年都在下降。",
      "China's annual births fell from about 17.9 million in 2016 to 9.02 million in 2023, according to the National "
      "Bureau of Statistics. But births rose to 9.54 million in 2024, a Year of the Dragon. The long-term decline is "
      "real, but it has not been uninterrupted.",
      "国家统计局数据显示，中国年出生人口从2016年的约1790万降至2023年的902万。但2024年（龙年）出生人口回升至954万。"
      "长期下降趋势确实存在，但并非年年下降。",
      [NBS]),
    R("china-holds-most-rare-earth-reserves", "False", ["rare-earths", "mining"],
      "China has almost all of the world's rare earth reserves.",
      "世界上几乎所有的稀土储量都在中国。",
      "The US Geological Survey estimates global rare earth reserves at about 110 million tonnes, of which China holds "
      "about 44 million - around 40%. Vietnam (22 million), Brazil (21 million), Russia (10 million) and India "
      "(6.9 million) also hold large reserves. China's dominance lies in output, not in reserves.",
      "美国地质调查局估计全球稀土储量约1.1亿吨，其中中国约4400万吨，约占40%。越南（2200万吨）、巴西（2100万吨）、"
      "俄罗斯（1000万吨）和印度（690万吨）也有大量储量。中国的主导地位在于产量，而不在于储量。",
      [USGS]),
    R("china-90pct-rare-earth-processing", "Mostly true", ["rare-earths", "processing"],
      "China controls about 90% of the world's rare earth processing.",
      "中国控制着全球约90%的稀土加工。",
      "The IEA's Global Critical Minerals Outlook 2024 puts China's share of rare earth refining at around 90%, and "
      "Chinese firms also own refining capacity abroad. Projects by Lynas in Australia and Malaysia and MP Materials in "
      "the US are expanding, but the IEA expects China's share to stay well above 70% through 2030.",
      "国际能源署《2024年全球关键矿产展望》估计，中国在稀土精炼中的份额约为90%，中国企业在海外也拥有精炼产能。"
      "莱纳斯（澳大利亚、马来西亚）和MP Materials（美国）等项目正在扩张，但国际能源署预计到2030年中国份额仍将远高于70%。",
      [IEA_CM]),
    R("tiktok-ban-against-free-speech", "Missing context", ["tiktok", "free-speech", "regulation"],
      "Banning TikTok in the US would go against free speech.",
      "在美国封禁TikTok违背言论自由。",
      "On 17 January 2025 the US Supreme Court unanimously upheld the Protecting Americans from Foreign Adversary "
      "Controlled Applications Act, ruling in TikTok v. Garland that requiring ByteDance to divest or face a ban did "
      "not violate the First Amendment, given national-security concerns about data collection and foreign control. "
      "The law targets ownership; users remain free to post the same speech elsewhere.",
      "2025年1月17日，美国最高法院在TikTok诉加兰案中一致维持《保护美国人免受外国对手控制应用程序法》，认定鉴于数据收集"
      "和外国控制方面的国家安全担忧，要求字节跳动剥离或面临禁令并不违反宪法第一修正案。该法针对的是所有权，"
      "用户仍可在其他平台发表同样的言论。",
      [SCOTUS]),
    R("tesla-fsd-fully-approved-china", "False", ["tesla", "autonomous-driving", "regulation"],
      "Tesla's FSD has been approved in China to drive itself without a human supervising.",
      "特斯拉FSD已在中国获批，可以在无人监管的情况下自动驾驶。",
      "In February 2025 Tesla rolled out city-street navigation on Autopilot in China, a supervised driver-assistance "
      "system that requires the driver's attention at all times. Chinese regulators have not approved unsupervised "
      "driving for private Tesla cars, and in April 2025 the Ministry of Industry and Information Technology barred "
      "carmakers from advertising driver-assistance systems as 'autonomous' or 'self-driving'.",
      "2025年2月，特斯拉在中国推送了城市道路Autopilot自动辅助导航功能，这是一种需要驾驶员始终保持注意力的"
      "监督式辅助驾驶系统。中国监管部门并未批准特斯拉私家车无人监管驾驶；2025年4月，工信部禁止车企将辅助驾驶系统"
      "宣传为“自动驾驶”或“智能驾驶”。",
      [TESLA_CN, MIIT]),
]
