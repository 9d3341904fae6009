# Rebuttals for blind set "p". Each entry is written out by build.py.

def S(title, url, date=""):
    return {"title": title, "url": url, "date": date}


REBUTTALS = [
    # ---------------- power grid / electricity (3 neighbours) ----------------
    dict(
        id="china-power-output-triple-us", rating="False", tags=["power-grid", "electricity", "ai"],
        claim=("China already generates three times as much electricity as the United States.",
               "中国的发电量已经是美国的三倍。"),
        cps=[(
            "China does generate far more electricity than the US, but not three times as much. Ember's data put China's "
            "2023 generation at about 9,460 TWh against roughly 4,200 TWh in the United States, a ratio of about 2.3; in 2024 "
            "the gap was similar (about 10,000 TWh versus about 4,300 TWh). Per person, Americans still use far more: about "
            "12,500 kWh a year against roughly 6,700 kWh in China.",
            "中国的发电量确实远超美国，但并没有达到三倍。根据Ember的数据，2023年中国发电量约9460太瓦时，美国约4200太瓦时，"
            "约为2.3倍；2024年的差距相近（约1万太瓦时对约4300太瓦时）。按人均计算，美国仍高得多：每人每年约1.25万千瓦时，"
            "中国约6700千瓦时。",
            [S("Ember: Global Electricity Review 2024", "https://ember-energy.org/latest-insights/global-electricity-review-2024/", "2024-05-08"),
             S("EIA: Electricity generation, capacity, and sales in the United States",
               "https://www.eia.gov/energyexplained/electricity/electricity-in-the-us-generation-capacity-and-sales.php", "2024")])]),
    dict(
        id="china-grid-never-has-blackouts", rating="False", tags=["power-grid", "electricity"],
        claim=("China's power grid never has blackouts or power shortages.",
               "中国电网从来不停电，也从不缺电。"),
        cps=[(
            "China has had serious power shortages in recent years. In September 2021, coal shortages and energy-use targets "
            "led to power rationing in about 20 provinces, with factories halted and unannounced household outages in "
            "Liaoning, Jilin and Heilongjiang. In August 2022 a heatwave and drought cut hydropower in Sichuan, which ordered "
            "most factories to stop for about ten days, disrupting suppliers of Toyota, CATL and Tesla.",
            "中国近年发生过严重缺电。2021年9月，煤炭短缺和能耗双控目标导致约20个省份拉闸限电，工厂停产，辽宁、吉林、"
            "黑龙江还出现了无预警的居民停电。2022年8月，高温干旱使四川水电锐减，当地要求大部分工厂停产约十天，"
            "丰田、宁德时代和特斯拉的供应商都受到影响。",
            [S("BBC: China power cuts - what is causing the country's blackouts?", "https://www.bbc.com/news/business-58733193", "2021-09-30"),
             S("Reuters: China's Sichuan extends power curbs on factories as heatwave persists",
               "https://www.reuters.com/world/china/chinas-sichuan-extends-power-curbs-factories-heatwave-persists-2022-08-21/", "2022-08-21")])]),
    dict(
        id="china-power-mostly-wind-and-solar", rating="False", tags=["power-grid", "solar", "energy"],
        claim=("Most of China's electricity now comes from solar and wind.",
               "中国现在大部分电力来自太阳能和风能。"),
        cps=[(
            "Coal still supplies most of China's electricity: about 58% of generation in 2024 according to Ember, while wind "
            "and solar together supplied about 18%. China's wind and solar capacity is huge - about 1,400 GW at the end of "
            "2024, close to its thermal capacity - but panels and turbines run fewer hours, so their share of generation is "
            "far below their share of capacity.",
            "煤电仍然是中国电力的主体：据Ember统计，2024年煤电约占发电量的58%，风电和光伏合计约18%。中国的风光装机规模"
            "确实巨大，2024年底约1400吉瓦，接近火电装机，但风光发电的利用小时数低，所以发电量占比远低于装机占比。",
            [S("Ember: China country profile", "https://ember-energy.org/countries-and-regions/china/", "2025"),
             S("National Energy Administration: 2024 national power industry statistics", "https://www.nea.gov.cn/", "2025-01")])]),

    # ---------------- Chinese carmakers (neighbours) ----------------
    dict(
        id="chinese-carmakers-will-demolish-rivals", rating="Unproven", tags=["ev", "trade", "byd"],
        claim=("Without trade barriers, Chinese carmakers will demolish most other car companies in the world.",
               "如果没有贸易壁垒，中国车企将击垮全球大多数其他汽车公司。"),
        cps=[(
            "Chinese carmakers are growing fast abroad, but from a small base. China exported about 4.9 million vehicles in "
            "2023 and overtook Japan as the largest exporter, yet Transport & Environment estimated Chinese brands held only "
            "about 8% of the EU's battery-electric market in 2023 (19.5% counting all China-made EVs, including Tesla). "
            "Many Chinese EV makers are themselves loss-making; NIO lost about 20.7 billion yuan in 2023.",
            "中国车企海外扩张很快，但基数仍小。2023年中国汽车出口约490万辆，超过日本成为最大出口国；但据Transport & "
            "Environment估计，2023年中国品牌只占欧盟纯电动车市场约8%（若计入特斯拉等所有中国制造的电动车则为19.5%）。"
            "许多中国电动车企业本身还在亏损，蔚来2023年净亏损约207亿元。",
            [S("Transport & Environment: A fifth of EVs sold in Europe in 2023 were made in China",
               "https://www.transportenvironment.org/articles/a-fifth-of-evs-sold-in-europe-in-2023-were-made-in-china", "2024-03"),
             S("NIO Inc. fourth quarter and full year 2023 financial results", "https://ir.nio.com/", "2024-03-05")])]),
    dict(
        id="only-tesla-profits-from-evs-in-china", rating="False", tags=["ev", "price-war", "byd"],
        claim=("Apart from Tesla, every EV maker in China is losing money.",
               "除了特斯拉，中国所有电动车企业都在亏损。"),
        cps=[(
            "Several Chinese EV makers are profitable. BYD reported a net profit of about 30 billion yuan for 2023 and about "
            "40.3 billion yuan for 2024, and Li Auto earned about 11.8 billion yuan in 2023 and about 8 billion yuan in 2024. "
            "It is true that many others, such as NIO and Xpeng, have lost money during the price war.",
            "多家中国电动车企业是盈利的。比亚迪2023年净利润约300亿元，2024年约403亿元；理想汽车2023年净利润约118亿元，"
            "2024年约80亿元。不过，蔚来、小鹏等不少企业在价格战中确实处于亏损。",
            [S("BYD Company Limited annual results announcement 2024", "https://www.hkexnews.hk/", "2025-03"),
             S("Li Auto fourth quarter and full year 2023 financial results", "https://ir.lixiang.com/", "2024-02-26")])]),
    dict(
        id="byd-only-sells-in-china", rating="False", tags=["ev", "byd", "trade"],
        claim=("BYD's cars sell only in China; nobody abroad buys them.",
               "比亚迪的车只在中国卖得动，国外没人买。"),
        cps=[(
            "BYD sold about 417,000 vehicles outside mainland China in 2024, roughly 10% of its 4.27 million total and up "
            "about 70% on 2023. It opened a factory in Thailand in July 2024, builds cars in Uzbekistan and Brazil, and is "
            "building plants in Hungary and Turkey; it is among the top-selling EV brands in markets such as Thailand and Australia.",
            "比亚迪2024年海外销量约41.7万辆，约占其427万辆总销量的一成，比2023年增长约七成。它于2024年7月在泰国建成工厂，"
            "在乌兹别克斯坦和巴西生产汽车，并在匈牙利和土耳其建厂；在泰国、澳大利亚等市场，它是最畅销的电动车品牌之一。",
            [S("BYD: 2024 production and sales announcement (HKEX filing)", "https://www.hkexnews.hk/", "2025-01-01"),
             S("Reuters: BYD opens first Southeast Asian EV plant in Thailand",
               "https://www.reuters.com/business/autos-transportation/byd-opens-first-southeast-asian-ev-plant-thailand-2024-07-04/", "2024-07-04")])]),

    # ---------------- batteries ----------------
    dict(
        id="catl-makes-most-ev-batteries", rating="False", tags=["batteries", "catl"],
        claim=("CATL makes more than half of all the world's EV batteries.",
               "宁德时代生产了全球一半以上的电动车电池。"),
        cps=[(
            "CATL is the world's largest EV battery maker, but its share is well under half: SNE Research put it at about "
            "38% of global EV battery installations in 2024, followed by BYD at about 17% and LG Energy Solution at about 11%. "
            "Chinese manufacturers taken together supply roughly two-thirds of the market.",
            "宁德时代是全球最大的动力电池企业，但份额远不到一半：据SNE Research统计，2024年其全球动力电池装机份额约38%，"
            "比亚迪约17%，LG新能源约11%。中国企业合计约占三分之二。",
            [S("SNE Research: Global EV battery usage, January-December 2024", "https://www.sneresearch.com/en/", "2025-02")])]),
    dict(
        id="china-sells-solid-state-battery-cars", rating="Misleading", tags=["batteries", "ev"],
        claim=("Chinese carmakers are already selling cars with solid-state batteries in mass production.",
               "中国车企已经在量产销售搭载固态电池的汽车。"),
        cps=[(
            "The batteries on sale are 'semi-solid' packs that still contain liquid electrolyte, such as the 150 kWh pack WeLion "
            "supplies for NIO cars from 2024. All-solid-state batteries are not in mass-produced cars: CATL said in 2024 it "
            "aimed for small-batch production around 2027, BYD has pointed to demonstration installs around 2027, and a "
            "government-backed industry platform set up in 2024 targets a full supply chain by 2030.",
            "目前上市的是仍含液态电解质的“半固态”电池，例如卫蓝新能源从2024年起为蔚来供应的150千瓦时电池包。"
            "全固态电池尚未用于量产车：宁德时代2024年表示目标是约2027年小批量生产，比亚迪称约2027年开始示范装车，"
            "2024年成立的政府支持的产业协同平台则以2030年建成完整供应链为目标。",
            [S("Reuters: China's CATL says solid-state batteries could be in small-scale production by 2027",
               "https://www.reuters.com/technology/chinas-catl-solid-state-batteries-2024-04-28/", "2024-04-28"),
             S("NIO: 150 kWh ultra-long-range semi-solid-state battery", "https://www.nio.com/", "2024")])]),

    # ---------------- AI chips / compute / DeepSeek (5 neighbours) ----------------
    dict(
        id="deepseek-secretly-has-50k-h100", rating="Unproven", tags=["ai", "deepseek", "chips", "export-controls"],
        claim=("DeepSeek secretly has around 50,000 Nvidia H100 GPUs.",
               "DeepSeek私下拥有约5万块英伟达H100芯片。"),
        cps=[(
            "The 50,000-H100 figure came from Scale AI chief executive Alexandr Wang in a CNBC interview at Davos in January "
            "2025; he gave no evidence, and Musk replied 'Obviously'. DeepSeek's V3 technical report says the model was "
            "trained on 2,048 Nvidia H800 chips. The research firm SemiAnalysis estimated the wider group had access to about "
            "50,000 Hopper-generation GPUs, but mostly H800s and H20s, with roughly 10,000 H100s.",
            "“5万块H100”的说法来自Scale AI首席执行官亚历山大·王2025年1月在达沃斯接受CNBC采访时的表态，他没有提供证据，"
            "马斯克回复“显然”。DeepSeek的V3技术报告称，模型是在2048块英伟达H800上训练的。研究机构SemiAnalysis估计其所在"
            "集团可用约5万块Hopper架构GPU，但主要是H800和H20，H100约1万块。",
            [S("DeepSeek-V3 Technical Report (arXiv:2412.19437)", "https://arxiv.org/abs/2412.19437", "2024-12-27"),
             S("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/2025/01/31/deepseek-debates/", "2025-01-31")])]),
    dict(
        id="deepseek-model-cost-six-million", rating="Misleading", tags=["ai", "deepseek"],
        claim=("DeepSeek built a frontier-level AI model for only about six million dollars.",
               "DeepSeek只花了大约六百万美元就造出了顶级AI模型。"),
        cps=[(
            "The roughly $5.6 million figure in DeepSeek-V3's technical report (December 2024) is the rental cost of the final "
            "training run only: 2.788 million H800 GPU-hours at an assumed $2 per hour. The report itself says this excludes "
            "the costs of prior research and ablation experiments. SemiAnalysis estimated DeepSeek's hardware spending at well "
            "over $500 million.",
            "DeepSeek-V3技术报告（2024年12月）中约560万美元的数字，只是最后一次训练的算力租用成本：278.8万H800 GPU小时，"
            "按每小时2美元估算。报告本身说明，这不包括此前研究和消融实验的成本。SemiAnalysis估计DeepSeek的硬件投入远超5亿美元。",
            [S("DeepSeek-V3 Technical Report (arXiv:2412.19437)", "https://arxiv.org/abs/2412.19437", "2024-12-27"),
             S("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/2025/01/31/deepseek-debates/", "2025-01-31")])]),
    dict(
        id="export-controls-fully-cut-off-china", rating="False", tags=["chips", "export-controls", "ai"],
        claim=("US export controls have completely cut China off from advanced AI chips.",
               "美国的出口管制已经让中国完全拿不到先进AI芯片。"),
        cps=[(
            "China has kept getting substantial AI hardware. Nvidia sold China-specific chips (the A800 and H800 until the "
            "October 2023 rules, then the H20), and China accounted for about $17 billion, or 13%, of Nvidia's revenue in the "
            "fiscal year to January 2025. US prosecutors have brought chip-smuggling cases, and TechInsights found a TSMC-made "
            "die in Huawei's Ascend 910B in 2024.",
            "中国一直能获得大量AI硬件。英伟达向中国销售特供芯片（2023年10月新规前为A800和H800，此后为H20），在截至2025年"
            "1月的财年中，中国市场贡献了约170亿美元、约13%的收入。美国检方已提起多起芯片走私案，TechInsights还在2024年"
            "发现华为昇腾910B中使用了台积电制造的芯片裸片。",
            [S("NVIDIA Form 10-K for fiscal year 2025", "https://investor.nvidia.com/financial-info/sec-filings/default.aspx", "2025-02-26"),
             S("BIS: Commerce strengthens restrictions on advanced computing semiconductors", "https://www.bis.gov/", "2023-10-17")])]),
    dict(
        id="china-has-more-ai-compute-than-us", rating="False", tags=["ai", "compute", "chips"],
        claim=("China already has more AI computing power than the United States.",
               "中国的AI算力已经超过了美国。"),
        cps=[(
            "Estimates put the US far ahead. Epoch AI's 2025 analysis of AI supercomputers found the United States hosts about "
            "75% of the world's GPU-cluster performance and China about 15%. Export controls on Nvidia's top chips are one "
            "reason the gap has persisted.",
            "现有估算显示美国遥遥领先。Epoch AI在2025年对AI超算的分析发现，全球GPU集群算力中约75%位于美国，中国约占15%。"
            "对英伟达顶级芯片的出口管制是差距持续存在的原因之一。",
            [S("Epoch AI: Trends in AI supercomputers", "https://epoch.ai/blog/trends-in-ai-supercomputers", "2025")])]),
    dict(
        id="huawei-ascend-equals-h100", rating="False", tags=["chips", "huawei", "ai"],
        claim=("Huawei's Ascend AI chips are already as good as Nvidia's H100.",
               "华为昇腾AI芯片已经和英伟达H100一样好了。"),
        cps=[(
            "Huawei's chips trail Nvidia's on a per-chip basis. Tests reported by DeepSeek researchers in early 2025 put the "
            "Ascend 910C at about 60% of the H100's inference performance, and Huawei founder Ren Zhengfei said in June 2025 "
            "that Huawei's single chips are still a generation behind the US. Huawei compensates by linking many more chips "
            "together, and output is constrained by SMIC's 7nm capacity and limited HBM memory.",
            "按单芯片计，华为仍落后英伟达。据2025年初DeepSeek研究人员的测试，昇腾910C的推理性能约为H100的60%；华为创始人"
            "任正非2025年6月也表示，华为单芯片仍落后美国一代。华为靠把更多芯片连接在一起来弥补，而产量受限于中芯国际7纳米"
            "产能和有限的HBM内存。",
            [S("Tom's Hardware: DeepSeek research suggests Huawei's Ascend 910C delivers 60% of Nvidia H100 inference performance",
               "https://www.tomshardware.com/tech-industry/artificial-intelligence/deepseek-research-suggests-huaweis-ascend-910c-delivers-60-percent-nvidia-h100-inference-performance", "2025-02"),
             S("People's Daily: interview with Ren Zhengfei", "http://www.people.com.cn/", "2025-06-10")])]),

    # ---------------- solar ----------------
    dict(
        id="china-makes-nearly-all-solar-panels", rating="Mostly true", tags=["solar", "manufacturing"],
        claim=("Virtually every solar panel in the world is made in China.",
               "全世界几乎所有的太阳能板都是中国造的。"),
        cps=[(
            "Broadly right, with some exaggeration. The IEA found in July 2022 that China's share exceeds 80% in every main "
            "stage of solar panel manufacturing, and about 97% for wafers. Modules are the least concentrated stage: a "
            "minority is assembled in Southeast Asia (often in Chinese-owned plants), India, the US and Europe.",
            "大体属实，但有所夸大。国际能源署2022年7月发现，中国在太阳能板各主要制造环节的份额都超过80%，硅片约97%。"
            "组件环节集中度最低：少部分在东南亚（多为中资工厂）、印度、美国和欧洲组装。",
            [S("IEA: Special Report on Solar PV Global Supply Chains", "https://www.iea.org/reports/solar-pv-global-supply-chains", "2022-07")])]),

    # ---------------- Tesla in China (neighbours) ----------------
    dict(
        id="giga-shanghai-built-without-help", rating="Missing context", tags=["tesla-shanghai", "tesla"],
        claim=("Tesla built its Shanghai Gigafactory in under a year without any help from the Chinese government.",
               "特斯拉在不到一年内独力建成上海超级工厂，没有得到中国政府任何帮助。"),
        cps=[(
            "The speed is real: ground was broken on 7 January 2019 and the first customer cars were delivered on 30 December "
            "2019. But the project had strong state support. A 2018 policy change let Tesla become the first foreign carmaker "
            "to own its China plant outright, Shanghai sold it the Lingang land, and Chinese state-owned banks lent it about "
            "10 billion yuan (about $1.4 billion) in late 2019.",
            "建设速度属实：2019年1月7日开工，2019年12月30日首批交付客户。但项目得到了大量政府支持：2018年的政策调整让特斯拉"
            "成为首个在华独资建厂的外国车企，上海向其出让临港土地，中国国有银行还在2019年底向其提供约100亿元（约14亿美元）贷款。",
            [S("Reuters: Tesla signs loan deal with Chinese banks for Shanghai factory",
               "https://www.reuters.com/article/us-tesla-china-loans/", "2019-12-23"),
             S("Tesla Q4 2019 update", "https://ir.tesla.com/", "2020-01-29")])]),
    dict(
        id="tesla-outsells-every-chinese-brand-in-china", rating="False", tags=["tesla-shanghai", "ev", "byd"],
        claim=("Tesla sells more cars in China than any Chinese brand.",
               "特斯拉在中国的销量超过任何一个中国品牌。"),
        cps=[(
            "BYD sells several times as many cars. BYD sold about 3.02 million new-energy vehicles in 2023 and 4.27 million in "
            "2024, the large majority in China, while Tesla's retail sales in China were about 604,000 in 2023 and 657,000 in "
            "2024, according to the China Passenger Car Association. Tesla's Model Y is, however, one of the best-selling "
            "single models in China.",
            "比亚迪的销量是特斯拉的好几倍。比亚迪2023年销售新能源汽车约302万辆，2024年约427万辆，绝大部分在国内；据乘联会"
            "数据，特斯拉在华零售销量2023年约60.4万辆，2024年约65.7万辆。不过，特斯拉Model Y是中国最畅销的单一车型之一。",
            [S("China Passenger Car Association monthly data", "http://www.cpcaauto.com/", "2025-01"),
             S("BYD: 2024 production and sales announcement (HKEX filing)", "https://www.hkexnews.hk/", "2025-01-01")])]),

    # ---------------- work culture (neighbours) ----------------
    dict(
        id="chinese-workers-never-leave-factory", rating="Misleading", tags=["work-culture", "tesla-shanghai"],
        claim=("Chinese factory workers burn the 3 a.m. oil and never even leave the factory.",
               "中国工厂工人凌晨三点还在干活，甚至从不离开工厂。"),
        cps=[(
            "Musk made the remark in May 2022, during Shanghai's two-month COVID lockdown. To restart production from 19 April "
            "2022, Tesla and other plants ran 'closed-loop' operations in which thousands of workers slept on site; this was "
            "an emergency lockdown measure, not normal practice, and it ended after the lockdown was lifted on 1 June 2022.",
            "马斯克的这番话是在2022年5月上海为期约两个月的新冠封控期间说的。为了从2022年4月19日起复工，特斯拉等工厂实行"
            "“闭环生产”，数千名工人在厂内住宿；这是封控期间的应急措施，并非常态，并在2022年6月1日解封后结束。",
            [S("Financial Times: Future of the Car summit interview with Elon Musk", "https://www.ft.com/", "2022-05-10"),
             S("Reuters: Tesla workers to sleep at Shanghai factory as it restarts production", "https://www.reuters.com/", "2022-04-19")])]),
    dict(
        id="everyone-in-china-works-996", rating="Misleading", tags=["work-culture"],
        claim=("In China basically everyone works 996: 9 a.m. to 9 p.m., six days a week.",
               "在中国基本上人人都是996：早九晚九，一周六天。"),
        cps=[(
            "A 996 schedule means about 72 hours a week, but official survey data put the average for enterprise employees at "
            "about 49 hours a week in 2023. Long hours are common in some tech firms and factories, but in August 2021 China's "
            "Supreme People's Court and labour ministry declared 996 schedules illegal; the Labour Law sets a 44-hour standard "
            "week and caps overtime at 36 hours a month.",
            "996意味着每周约72小时，但国家统计局调查数据显示，2023年企业就业人员平均每周工作约49小时。长工时在部分科技企业"
            "和工厂中确实常见，但2021年8月最高人民法院和人社部明确996违法；《劳动法》规定标准工时每周44小时，加班每月不超过36小时。",
            [S("National Bureau of Statistics of China: monthly labour force survey", "https://www.stats.gov.cn/english/", "2024-01"),
             S("Supreme People's Court and MOHRSS: typical cases on overtime", "https://www.court.gov.cn/", "2021-08-26")])]),

    # ---------------- demographics (3 neighbours) ----------------
    dict(
        id="china-population-halves-by-2050", rating="False", tags=["demographics", "birth-rate"],
        claim=("China's population will be cut in half by 2050.",
               "到2050年中国人口将减少一半。"),
        cps=[(
            "The UN's World Population Prospects 2024 (medium variant) projects China at roughly 1.26 billion people in 2050, "
            "down about 11% from about 1.41 billion in 2024. A halving is projected only around the end of the century, to "
            "about 633 million in 2100.",
            "联合国《世界人口展望2024》（中方案）预测，2050年中国人口约为12.6亿，比2024年的约14.1亿减少约11%。"
            "人口减半预计要到本世纪末，2100年约为6.33亿。",
            [S("UN DESA: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11")])]),
    dict(
        id="china-has-lowest-birth-rate", rating="False", tags=["demographics", "birth-rate"],
        claim=("China has the lowest birth rate in the world.",
               "中国的生育率是全世界最低的。"),
        cps=[(
            "China's fertility rate is very low, about 1.0 children per woman in 2023 by UN estimates (9.02 million births). "
            "But several places are lower: South Korea's rate was 0.72 in 2023, Hong Kong's about 0.75, Taiwan's about 0.87 and "
            "Singapore's 0.97.",
            "中国的生育率确实很低，联合国估计2023年约为每名妇女1.0个孩子（出生人口902万）。但有几个地区更低：韩国2023年为0.72，"
            "香港约0.75，台湾约0.87，新加坡0.97。",
            [S("Statistics Korea: 2023 birth statistics", "https://kostat.go.kr/", "2024-02-28"),
             S("UN DESA: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11")])]),
    dict(
        id="china-population-shrinking-for-decade", rating="False", tags=["demographics"],
        claim=("China's population has been shrinking for more than a decade.",
               "中国人口已经连续减少了十多年。"),
        cps=[(
            "China's population first fell in 2022, by about 850,000 to 1.4118 billion, according to the National Bureau of "
            "Statistics; it fell again by 2.08 million in 2023 and 1.39 million in 2024. Births have fallen most years since "
            "2016, but the overall decline is only three years old, not more than a decade.",
            "国家统计局数据显示，中国人口在2022年首次下降，减少约85万，至14.118亿；2023年减少208万，2024年减少139万。"
            "出生人口自2016年以来多数年份下降，但总人口下降只有三年，并非十多年。",
            [S("National Bureau of Statistics of China: Statistical Communiqué on 2024 National Economic and Social Development",
               "https://www.stats.gov.cn/english/", "2025-02-28")])]),

    # ---------------- space (neighbours) ----------------
    dict(
        id="china-launches-more-than-spacex", rating="False", tags=["space", "spacex"],
        claim=("China launches more rockets every year than SpaceX does.",
               "中国每年发射的火箭比SpaceX还多。"),
        cps=[(
            "SpaceX alone launches about twice as often as all of China. In 2024 SpaceX flew 134 Falcon 9 and Falcon Heavy "
            "missions (plus Starship test flights), while China made about 68 orbital launch attempts. In 2023 the count was "
            "96 Falcon missions against 67 Chinese launches.",
            "仅SpaceX一家的发射次数就约为中国全国的两倍。2024年SpaceX执行了134次猎鹰9号和重型猎鹰任务（另有星舰试飞），"
            "中国全年轨道发射约68次。2023年则是猎鹰系列96次，中国67次。",
            [S("Jonathan McDowell: Orbital launch statistics", "https://planet4589.org/space/stats/", "2025-01"),
             S("SpaceX: Launches", "https://www.spacex.com/launches/", "2025")])]),
    dict(
        id="china-moon-landing-before-us", rating="Unproven", tags=["space", "moon"],
        claim=("China will land astronauts on the Moon before the United States returns there.",
               "中国会在美国重返月球之前把航天员送上月球。"),
        cps=[(
            "Both dates are targets, not facts. China's space agency aims for a crewed landing 'before 2030', using the Long "
            "March 10 rocket, the Mengzhou spacecraft and the Lanyue lander. NASA said in December 2024 that Artemis III, its "
            "first crewed landing, was planned for mid-2027, though it depends on SpaceX's Starship lander and has slipped before.",
            "两国的时间表都只是目标。中国载人航天工程的目标是“2030年前”实现载人登月，使用长征十号火箭、梦舟飞船和揽月着陆器。"
            "NASA在2024年12月表示，首次载人登月任务阿尔忒弥斯3号计划于2027年年中进行，但它依赖SpaceX的星舰着陆器，且此前已多次推迟。",
            [S("NASA: NASA shares progress toward early Artemis Moon missions with crew",
               "https://www.nasa.gov/news-release/nasa-shares-progress-toward-early-artemis-moon-missions-with-crew/", "2024-12-05"),
             S("China Manned Space Agency", "https://www.cmse.gov.cn/", "2023-07")])]),
    dict(
        id="china-can-never-build-starlink", rating="Misleading", tags=["starlink", "space"],
        claim=("China will never be able to build anything like Starlink.",
               "中国永远造不出类似星链的系统。"),
        cps=[(
            "China is far behind today but is already building two state-backed megaconstellations. Qianfan (Thousand Sails) "
            "began launching in August 2024 with 18 satellites and plans about 14,000, and Guowang began launching in December "
            "2024 with about 13,000 planned. Starlink had more than 7,000 satellites in orbit by early 2025.",
            "中国目前大幅落后，但已在建设两个国家支持的巨型星座。千帆星座2024年8月首发18颗卫星，计划约1.4万颗；"
            "国网星座2024年12月开始发射，计划约1.3万颗。到2025年初，星链在轨卫星已超过7000颗。",
            [S("SpaceNews: China launches first satellites for Thousand Sails megaconstellation", "https://spacenews.com/", "2024-08-06"),
             S("SpaceNews: China launches first Guowang megaconstellation satellites", "https://spacenews.com/", "2024-12-16")])]),

    # ---------------- Taiwan (neighbours) ----------------
    dict(
        id="taiwan-is-like-hawaii", rating="Misleading", tags=["taiwan", "geopolitics"],
        claim=("Taiwan is an integral part of China, just as Hawaii is part of the United States.",
               "台湾是中国不可分割的一部分，就像夏威夷是美国的一部分。"),
        cps=[(
            "The People's Republic of China has never governed Taiwan: the Republic of China government moved there in 1949 "
            "and Taiwan has had its own elected government, military and currency ever since, with direct presidential "
            "elections since 1996. Hawaii became the 50th US state in 1959 after about 94% of voters approved statehood.",
            "中华人民共和国从未统治过台湾：中华民国政府于1949年迁台，此后台湾一直有自己选举产生的政府、军队和货币，"
            "1996年起总统直选。夏威夷则是在约94%的选民赞成后，于1959年成为美国第50个州。",
            [S("Britannica: Hawaii - statehood", "https://www.britannica.com/place/Hawaii-state", ""),
             S("Financial Times: Musk says China wants Taiwan like Hawaii", "https://www.ft.com/", "2023-09")])]),
    dict(
        id="taiwan-would-accept-special-zone", rating="Misleading", tags=["taiwan", "geopolitics"],
        claim=("A Hong Kong-style special administrative zone for Taiwan would be acceptable to most Taiwanese.",
               "类似香港的特别行政区安排是大多数台湾人可以接受的。"),
        cps=[(
            "Polls in Taiwan point the other way. Surveys commissioned by Taiwan's Mainland Affairs Council consistently find "
            "large majorities, typically above 80%, rejecting Beijing's 'one country, two systems' formula, and National "
            "Chengchi University's long-running survey finds fewer than 10% favour unification at any point. Hong Kong's "
            "2020 National Security Law is widely cited in Taiwan as the reason.",
            "台湾的民调显示相反的结果。陆委会委托的民调一贯显示，多数民众（通常超过80%）反对北京的“一国两制”方案；"
            "政治大学选举研究中心的长期调查显示，支持在任何时间统一的不到10%。香港2020年的《国安法》在台湾被普遍视为原因。",
            [S("National Chengchi University Election Study Center: Taiwanese unification-independence stances", "https://esc.nccu.edu.tw/", "2025-01"),
             S("Mainland Affairs Council: public opinion surveys", "https://www.mac.gov.tw/en/", "2024")])]),

    # ---------------- tariffs (neighbours) ----------------
    dict(
        id="eu-has-100-percent-ev-tariff", rating="False", tags=["tariffs", "trade", "ev"],
        claim=("The EU has put 100% tariffs on Chinese electric cars, just like the US.",
               "欧盟和美国一样，对中国电动车征收了100%的关税。"),
        cps=[(
            "The EU's definitive duties, in force from 30 October 2024, range from 7.8% for Tesla's China-made cars to 17.0% "
            "for BYD, 18.8% for Geely and 35.3% for SAIC, on top of the standard 10% car import duty. The 100% rate is the US "
            "Section 301 tariff, in effect since 27 September 2024.",
            "欧盟自2024年10月30日起征收的最终反补贴税从特斯拉中国产车型的7.8%、比亚迪的17.0%、吉利的18.8%到上汽的35.3%不等，"
            "另加10%的标准汽车进口关税。100%是美国依据301条款征收的关税，自2024年9月27日起生效。",
            [S("European Commission: Commission imposes duties on imports of battery electric vehicles from China",
               "https://ec.europa.eu/commission/presscorner/detail/en/ip_24_5589", "2024-10-29"),
             S("USTR: Four-year review of Section 301 tariffs", "https://ustr.gov/", "2024-05-14")])]),
    dict(
        id="no-chinese-cars-in-us-due-to-demand", rating="Missing context", tags=["tariffs", "trade", "ev"],
        claim=("Chinese car brands aren't sold in America simply because Americans don't want them.",
               "美国市场上没有中国汽车品牌，只是因为美国人不想要它们。"),
        cps=[(
            "Policy keeps them out. Chinese-made EVs face a 100% Section 301 tariff plus the 2.5% base duty since September "
            "2024 (27.5% for cars in general before that), and a Commerce Department rule finalised in January 2025 bans "
            "Chinese connected-vehicle software from model year 2027 and hardware from 2030, which in effect bars "
            "Chinese-brand cars.",
            "是政策把它们挡在门外。自2024年9月起，中国制造的电动车要缴纳100%的301关税外加2.5%的基础关税（此前汽车整体为27.5%）；"
            "美国商务部2025年1月敲定的规则，从2027车型年起禁止中国网联汽车软件、2030车型年起禁止相关硬件，实际上将中国品牌汽车拒之门外。",
            [S("BIS: Commerce finalizes rule to secure connected vehicle supply chains from foreign adversary threats",
               "https://www.bis.gov/", "2025-01-14"),
             S("USTR: Four-year review of Section 301 tariffs", "https://ustr.gov/", "2024-05-14")])]),

    # ---------------- robots / autonomy ----------------
    dict(
        id="china-has-more-robots-than-rest-combined", rating="False", tags=["robotics", "manufacturing"],
        claim=("China has more industrial robots in operation than the rest of the world combined.",
               "中国在运行的工业机器人数量超过世界其他地区的总和。"),
        cps=[(
            "Not yet. The International Federation of Robotics counted about 1.76 million operational industrial robots in "
            "China in 2023, about 41% of the 4.28 million worldwide. China does now install more each year than everyone else "
            "combined - 276,288 in 2023, 51% of the world total - and its robot density of 470 per 10,000 manufacturing workers "
            "ranks third, behind South Korea (1,012) and Singapore (770).",
            "还没有。据国际机器人联合会统计，2023年中国在运行的工业机器人约176万台，约占全球428万台的41%。"
            "不过中国每年新装机量已超过其他国家总和：2023年为276,288台，占全球51%；其机器人密度为每万名制造业工人470台，"
            "排名第三，落后于韩国（1012台）和新加坡（770台）。",
            [S("IFR: Record of 4 million robots in factories worldwide",
               "https://ifr.org/ifr-press-releases/news/record-of-4-million-robots-working-in-factories-worldwide", "2024-09-24"),
             S("IFR: Global robot density in factories doubled in seven years",
               "https://ifr.org/ifr-press-releases/news/global-robot-density-in-factories-doubled-in-seven-years", "2024-11-20")])]),
    dict(
        id="no-real-driverless-cars-in-china", rating="False", tags=["autonomous-driving", "robotaxi"],
        claim=("Nobody in China is running real driverless cars yet.",
               "中国还没有人真正在运营无人驾驶汽车。"),
        cps=[(
            "Baidu's Apollo Go has offered paid rides with no safety driver in Wuhan and Chongqing since August 2022, and "
            "reported more than 7 million cumulative rides by July 2024. Pony.ai and WeRide also run fully driverless robotaxi "
            "services in parts of Guangzhou, Beijing and Shenzhen.",
            "百度萝卜快跑自2022年8月起在武汉和重庆提供车内无安全员的收费服务，截至2024年7月累计订单超过700万单。"
            "小马智行和文远知行也在广州、北京、深圳的部分区域运营全无人驾驶出租车。",
            [S("Baidu: second quarter 2024 results", "https://ir.baidu.com/", "2024-08-22"),
             S("Reuters: Baidu wins China's first permits for fully driverless robotaxi services", "https://www.reuters.com/", "2022-08-08")])]),
]
