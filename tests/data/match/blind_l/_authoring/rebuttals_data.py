# Rebuttal data for blind set "match_l". Standard library only; build.py writes the YAML.

def R(id, rating, tags, claim_en, claim_zh, cps, notes=""):
    return {
        "id": id,
        "status": "published",
        "rating": rating,
        "tags": tags,
        "claim": {"en": claim_en, "zh": claim_zh},
        "counterpoints": cps,
        "notes": notes,
    }


def CP(en, zh, sources):
    return {"en": en, "zh": zh,
            "sources": [{"title": t, "url": u, "date": d} for (t, u, d) in sources]}


REBUTTALS = [
    # ---------------- BYD / Chinese EVs cluster ----------------
    R("byd-beats-tesla-only-via-hybrids", "Misleading", ["byd", "tesla", "ev"],
      "BYD only outsells Tesla because it counts plug-in hybrids; in pure electric cars Tesla is still far ahead.",
      "比亚迪之所以销量超过特斯拉，只是因为算上了插电混动；在纯电动车上特斯拉仍遥遥领先。",
      [CP("In the fourth quarter of 2023 BYD sold 526,409 battery-electric vehicles against Tesla's 484,507 deliveries, overtaking Tesla in pure EVs for the first time. Over 2024 as a whole Tesla delivered 1,789,226 vehicles and BYD sold about 1.76 million battery-electric cars, a gap of under 2 percent rather than a wide lead.",
          "2023年第四季度，比亚迪售出526,409辆纯电动车，超过特斯拉同期交付的484,507辆，首次在纯电领域超过特斯拉。2024年全年特斯拉交付1,789,226辆，比亚迪纯电车销量约176万辆，差距不到2%，谈不上遥遥领先。",
          [("Reuters: BYD overtakes Tesla as top EV seller in fourth quarter", "https://www.reuters.com/business/autos-transportation/byd-overtakes-tesla-top-ev-seller-2024-01-02/", "2024-01-02"),
           ("Tesla: Fourth Quarter 2024 Production, Deliveries & Deployments", "https://ir.tesla.com/press-release/tesla-fourth-quarter-2024-production-deliveries-deployments", "2025-01-02")])]),

    R("byd-profits-only-from-subsidies", "Unproven", ["byd", "subsidies", "ev"],
      "BYD only makes a profit because Beijing keeps pouring subsidies into it.",
      "比亚迪之所以能盈利，全靠北京不断往里砸补贴。",
      [CP("China's national purchase subsidy for new-energy vehicles expired on 31 December 2022, yet BYD's net profit rose about 80 percent to 30.0 billion yuan in 2023 on revenue of 602.3 billion yuan. Studies such as the Kiel Institute's April 2024 report document substantial state support for BYD, but no published figure shows that subsidies account for all of its profit.",
          "中国国家层面的新能源汽车购置补贴已于2022年12月31日结束，但比亚迪2023年净利润仍增长约80%，达到300亿元，营业收入6023亿元。基尔世界经济研究所2024年4月的报告等研究记录了比亚迪获得的大量国家支持，但没有任何公开数据表明其利润全部来自补贴。",
          [("Reuters: China's BYD posts record annual profit", "https://www.reuters.com/business/autos-transportation/chinas-byd-posts-record-annual-profit-2024-03-26/", "2024-03-26"),
           ("Kiel Institute: Foul Play? On the Scale and Scope of Industrial Subsidies in China", "https://www.ifw-kiel.de/publications/foul-play-on-the-scale-and-scope-of-industrial-subsidies-in-china/", "2024-04")])]),

    R("byd-cars-less-safe-than-tesla", "Misleading", ["byd", "tesla", "safety"],
      "BYD's cars are much less safe than Teslas in a crash.",
      "比亚迪的车在碰撞中远不如特斯拉安全。",
      [CP("Independent crash tests do not show such a gap: Euro NCAP gave the BYD Atto 3 five stars in 2022 and the BYD Seal and Dolphin five stars in 2023, the same top rating it gave the Tesla Model Y in 2022 and the Model 3. Safety ratings put BYD's export models in the same class as Tesla's.",
          "独立碰撞测试并未显示这种差距：Euro NCAP在2022年给予比亚迪元PLUS（Atto 3）五星评级，2023年给予海豹和海豚五星评级，与特斯拉Model Y（2022年）和Model 3获得的最高评级相同。从安全评级看，比亚迪出口车型与特斯拉处于同一档次。",
          [("Euro NCAP: BYD Seal 2023 results", "https://www.euroncap.com/en/results/byd/seal/50053", "2023-10"),
           ("Euro NCAP: BYD Atto 3 2022 results", "https://www.euroncap.com/en/results/byd/atto-3/46286", "2022-10")])]),

    R("chinese-brands-dominate-europe-ev-market", "False", ["ev", "europe", "trade"],
      "Chinese car brands already dominate Europe's electric-car market.",
      "中国汽车品牌已经主导了欧洲电动车市场。",
      [CP("Transport & Environment estimated that Chinese brands such as MG, BYD and others held about 8 percent of EU battery-electric car sales in 2023. The often-quoted figure of about 19.5 percent counts all electric cars made in China, including Teslas built in Shanghai and the Dacia Spring; European groups and Tesla still sold most of Europe's EVs.",
          "欧洲运输与环境联合会估计，2023年名爵、比亚迪等中国品牌约占欧盟纯电动车销量的8%。常被引用的约19.5%这一数字统计的是所有在中国制造的电动车，包括上海生产的特斯拉和达契亚Spring；欧洲的大部分电动车仍由欧洲车企和特斯拉售出。",
          [("Transport & Environment: Chinese-made EVs' share of the EU market", "https://www.transportenvironment.org/articles/chinese-made-evs-hit-new-record-in-europe", "2024-03")])]),

    R("eu-tariffs-hit-tesla-as-hard-as-chinese-brands", "False", ["tariffs", "tesla", "europe", "trade"],
      "Europe's tariffs on China-made electric cars hit Tesla just as hard as they hit the Chinese carmakers.",
      "欧盟对中国产电动车加征的关税，对特斯拉的打击和对中国车企一样重。",
      [CP("The EU's definitive countervailing duties, in force from 30 October 2024, set the rate for Tesla's China-made cars at 7.8 percent, against 17.0 percent for BYD, 18.8 percent for Geely and 35.3 percent for SAIC, all on top of the standard 10 percent car import duty. Tesla received the lowest individual rate of any producer examined.",
          "欧盟自2024年10月30日起实施的最终反补贴税中，特斯拉中国产车型的税率为7.8%，而比亚迪为17.0%，吉利为18.8%，上汽为35.3%，均在10%的标准汽车进口关税之上加征。特斯拉获得的是所有被调查企业中最低的单独税率。",
          [("European Commission: Commission imposes duties on imports of battery electric vehicles from China", "https://ec.europa.eu/commission/presscorner/detail/en/ip_24_5589", "2024-10-29")])]),

    # ---------------- power / solar cluster ----------------
    R("china-generates-three-times-us-electricity", "Misleading", ["grid", "electricity", "energy"],
      "China already generates three times as much electricity as the United States.",
      "中国的发电量已经是美国的三倍。",
      [CP("China generated roughly 10,000 TWh of electricity in 2024 and the United States about 4,300 TWh, so China's output was about 2.3 times America's, not three times. The gap is widening, because China's generation grew by around 7 percent in 2024 while US generation grew by about 3 percent.",
          "2024年中国发电量约为10万亿千瓦时，美国约为4.3万亿千瓦时，中国约为美国的2.3倍，而不是三倍。差距仍在扩大：2024年中国发电量增长约7%，美国约增长3%。",
          [("Ember: Global Electricity Review 2025", "https://ember-energy.org/latest-insights/global-electricity-review-2025/", "2025-04-08"),
           ("US EIA: Electric Power Monthly", "https://www.eia.gov/electricity/monthly/", "2025-02")])]),

    R("china-installs-ten-times-us-solar", "Misleading", ["solar", "energy"],
      "China installs ten times as much solar power every year as the United States.",
      "中国每年新装的光伏是美国的十倍。",
      [CP("China added about 277 GW of solar capacity in 2024, according to its National Energy Administration, while the US installed about 50 GW (dc), according to SEIA and Wood Mackenzie. That is roughly five to six times as much - an enormous lead, but about half the ratio claimed.",
          "据国家能源局数据，中国2024年新增光伏装机约2.77亿千瓦（277吉瓦）；据美国太阳能产业协会和伍德麦肯兹数据，美国同年新增约50吉瓦（直流）。中国约为美国的五到六倍，领先巨大，但只有所称比例的一半左右。",
          [("National Energy Administration: 2024 national power industry statistics", "https://www.nea.gov.cn/20250121/097bfd7c1cd3498897639857d86d5dac/c.html", "2025-01-21"),
           ("SEIA: Solar Market Insight 2024 Year in Review", "https://www.seia.org/research-resources/solar-market-insight-2024-year-review", "2025-03-11")])]),

    R("china-grid-never-short-of-power", "False", ["grid", "electricity"],
      "China's grid never runs short; China doesn't have power cuts or electricity rationing.",
      "中国电网从不缺电，中国不会停电，也不会拉闸限电。",
      [CP("In September 2021 coal shortages led to power rationing for factories and some households in around 20 Chinese provinces, including Guangdong, Jiangsu and Liaoning. In August 2022 a heatwave and drought cut hydropower in Sichuan, and the province ordered factories in most of its cities to halt production from 15 August, affecting plants run by Toyota, Foxconn and CATL.",
          "2021年9月，由于煤炭短缺，广东、江苏、辽宁等约20个省份对工厂乃至部分居民实施限电。2022年8月，高温干旱导致四川水电出力骤减，四川自8月15日起要求省内大部分城市的工厂停产，丰田、富士康和宁德时代的工厂都受到影响。",
          [("Reuters: China's power crunch spreads, hitting homes and factories", "https://www.reuters.com/world/china/chinas-power-crunch-spreads-2021-09-27/", "2021-09-27"),
           ("Reuters: China's Sichuan extends power curbs to industry", "https://www.reuters.com/world/china/chinas-sichuan-extends-power-curbs-industrial-users-2022-08-20/", "2022-08-20")])]),

    # ---------------- AI / chips cluster ----------------
    R("deepseek-secretly-has-50000-h100s", "Unproven", ["deepseek", "ai", "chips", "export-controls"],
      "DeepSeek secretly has about 50,000 Nvidia H100s that it can't talk about because of export controls.",
      "DeepSeek私下拥有约5万块英伟达H100，只是因为出口管制不能公开。",
      [CP("DeepSeek's V3 technical report (December 2024) says the final training run used 2,048 Nvidia H800 chips, a version cut down to comply with US rules, for about 2.79 million GPU hours. The 50,000-H100 figure comes from a January 2025 remark by Scale AI chief Alexandr Wang; no public evidence has established that DeepSeek holds that many H100s, although analysts such as SemiAnalysis estimate it has access to tens of thousands of Hopper-generation GPUs of several types.",
          "DeepSeek在2024年12月发布的V3技术报告称，最终训练使用了2048块英伟达H800（为符合美国规定而降级的版本），约279万GPU小时。“5万块H100”的说法来自Scale AI首席执行官亚历山大·王在2025年1月的一句评论；目前没有公开证据证明DeepSeek拥有这么多H100，不过SemiAnalysis等分析机构估计，它可以使用数万块不同型号的Hopper架构GPU。",
          [("DeepSeek-V3 Technical Report (arXiv:2412.19437)", "https://arxiv.org/abs/2412.19437", "2024-12-27"),
           ("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/2025/01/31/deepseek-debates/", "2025-01-31")])]),

    R("deepseek-just-copied-openai", "Unproven", ["deepseek", "ai", "open-models"],
      "DeepSeek just copied OpenAI; there is nothing original in it.",
      "DeepSeek只是抄袭了OpenAI，没有任何原创的东西。",
      [CP("OpenAI said in January 2025 that it had seen some evidence that DeepSeek 'distilled' its models, but it has published no proof. DeepSeek's papers describe its own techniques, such as multi-head latent attention, a mixture-of-experts design without auxiliary balancing loss and the GRPO reinforcement-learning method, and it released the R1 weights under an MIT licence on 20 January 2025 so that outside researchers could inspect and reproduce its results.",
          "OpenAI在2025年1月表示，发现了一些DeepSeek“蒸馏”其模型的迹象，但没有公布证据。DeepSeek的论文介绍了多头潜在注意力（MLA）、无辅助损失的混合专家架构以及GRPO强化学习方法等自有技术，并于2025年1月20日以MIT许可证公开了R1的权重，供外部研究者检验和复现。",
          [("DeepSeek-R1 (arXiv:2501.12948)", "https://arxiv.org/abs/2501.12948", "2025-01-22"),
           ("Financial Times: OpenAI says it has evidence China's DeepSeek used its model to train competitor", "https://www.ft.com/content/a0dfedd1-5255-4fa9-8ccc-1fe01de87ea6", "2025-01-29")])]),

    R("export-controls-stopped-china-advanced-chips", "Misleading", ["chips", "export-controls", "huawei"],
      "US export controls have stopped China from making advanced chips.",
      "美国的出口管制已经让中国造不出先进芯片了。",
      [CP("Huawei's Mate 60 Pro, launched in August 2023, runs on a Kirin 9000S processor that TechInsights found was made by SMIC on a 7-nanometre-class process, despite the controls imposed in October 2022. The controls have slowed China down - SMIC has no access to EUV lithography and its yields and volumes trail TSMC's - but they have not stopped advanced chip production.",
          "华为于2023年8月推出的Mate 60 Pro搭载麒麟9000S处理器，TechInsights拆解发现该芯片由中芯国际以7纳米级工艺制造，而美国的管制措施早在2022年10月就已实施。管制确实拖慢了中国的进展——中芯国际无法获得EUV光刻机，良率和产量落后于台积电——但并未阻止中国生产先进芯片。",
          [("TechInsights: Huawei Mate 60 Pro teardown, SMIC 7nm (N+2) Kirin 9000S", "https://www.techinsights.com/blog/techinsights-finds-smic-7nm-n2-huawei-mate-60-pro", "2023-09-04"),
           ("Reuters: Huawei's new phone chip shows China's progress despite US curbs", "https://www.reuters.com/technology/huaweis-new-phone-chip-2023-09-05/", "2023-09-05")])]),

    R("china-has-more-ai-compute-than-us", "False", ["ai", "compute", "chips"],
      "China already has more AI computing power than the United States.",
      "中国的AI算力已经超过了美国。",
      [CP("Epoch AI's 2025 analysis of known AI supercomputers put about three-quarters of the world's GPU cluster performance in the United States and about 15 percent in China. US export controls since October 2022 have cut Chinese firms off from Nvidia's most powerful chips, although China is building large domestic clusters around Huawei's Ascend processors.",
          "Epoch AI在2025年对已知AI超级计算机的分析显示，全球GPU集群算力约四分之三位于美国，中国约占15%。自2022年10月起，美国的出口管制使中国企业无法获得英伟达最强的芯片，不过中国正在用华为昇腾处理器建设大型国产算力集群。",
          [("Epoch AI: Trends in AI Supercomputers", "https://epoch.ai/blog/trends-in-ai-supercomputers", "2025-04")])]),

    # ---------------- Tesla Shanghai cluster ----------------
    R("giga-shanghai-built-without-state-help", "Misleading", ["tesla", "shanghai", "manufacturing"],
      "Tesla built Giga Shanghai in under a year without any help from the Chinese government.",
      "特斯拉在不到一年内建成上海超级工厂，没有得到中国政府任何帮助。",
      [CP("Construction started in January 2019 and the first Model 3s were delivered in December 2019, so the speed is real. But Shanghai sold Tesla an 86-hectare site in Lingang, China's 2018 rule change let Tesla own the plant outright without a local partner, and a group of Chinese banks led by state lenders agreed loans of 11.2 billion yuan in December 2019.",
          "上海工厂于2019年1月动工，同年12月交付首批Model 3，建设速度确实惊人。但上海向特斯拉出让了临港约86公顷的土地，中国2018年调整政策后特斯拉才得以不设本地合资方、独资拥有工厂，且以国有银行为主的中国银行团在2019年12月向其提供了112亿元贷款。",
          [("Reuters: Tesla signs loan deal with Chinese banks for Shanghai factory", "https://www.reuters.com/article/us-tesla-china-loans-idUSKBN1YR0B1", "2019-12-23"),
           ("Reuters: Tesla breaks ground on Shanghai Gigafactory", "https://www.reuters.com/article/us-tesla-china-idUSKCN1P10D0", "2019-01-07")])]),

    R("giga-shanghai-makes-two-thirds-of-teslas", "False", ["tesla", "shanghai", "manufacturing"],
      "Giga Shanghai builds more than two-thirds of all the Teslas in the world.",
      "上海超级工厂生产了全球三分之二以上的特斯拉。",
      [CP("Tesla's China-made wholesale volumes, covering domestic sales and exports from Shanghai, were about 947,000 in 2023 and 917,000 in 2024, according to the China Passenger Car Association. With global deliveries of 1.81 million and 1.79 million in those years, Shanghai accounted for roughly half of Tesla's output, not two-thirds.",
          "据中国乘用车市场信息联席会数据，特斯拉中国（含国内销售和上海出口）批发销量2023年约为94.7万辆，2024年约为91.7万辆。同期特斯拉全球交付量分别为181万辆和179万辆，上海工厂约占一半，而不是三分之二。",
          [("China Passenger Car Association: monthly manufacturer data", "http://www.cpcaauto.com/", "2025-01"),
           ("Tesla: Fourth Quarter 2024 Production, Deliveries & Deployments", "https://ir.tesla.com/press-release/tesla-fourth-quarter-2024-production-deliveries-deployments", "2025-01-02")])]),

    # ---------------- work culture ----------------
    R("chinese-workers-routinely-work-until-3am", "Misleading", ["labour", "work-culture", "manufacturing"],
      "Chinese factory workers routinely work until 3 a.m., while American workers go home at five.",
      "中国工厂工人经常干到凌晨三点，而美国工人五点就下班了。",
      [CP("China's National Bureau of Statistics put the average working week of urban enterprise employees at about 49 hours in 2023 - long, but nowhere near nightly shifts to 3 a.m. Chinese rules set a standard 40-hour week and cap overtime at 36 hours a month, although enforcement is uneven; US manufacturing production workers averaged about 41 hours a week, including roughly 4 hours of overtime.",
          "国家统计局数据显示，2023年全国城镇企业就业人员平均每周工作约49小时——时间很长，但远不是天天干到凌晨三点。中国规定标准工时为每周40小时，加班每月不得超过36小时，尽管执行参差不齐；美国制造业生产工人平均每周工作约41小时，其中加班约4小时。",
          [("National Bureau of Statistics of China: labour force survey", "https://www.stats.gov.cn/sj/zxfb/", "2024-01"),
           ("US Bureau of Labor Statistics: Current Employment Statistics, manufacturing hours", "https://www.bls.gov/ces/", "2024")])]),

    # ---------------- demographics cluster ----------------
    R("china-population-will-halve-within-a-generation", "Misleading", ["demographics", "population"],
      "China's population will be cut in half within a generation.",
      "中国人口将在一代人的时间内减少一半。",
      [CP("The UN's World Population Prospects 2024 projects, in its medium scenario, that China's population will fall from about 1.41 billion in 2024 to about 1.26 billion in 2050 - a drop of roughly 10 percent over 25 years. A halving is projected only over a much longer horizon, to about 633 million by 2100.",
          "联合国《世界人口展望2024》中方案预测，中国人口将从2024年的约14.1亿降至2050年的约12.6亿，25年间下降约10%。人口减半要在更长的时间里才会出现，预计到2100年降至约6.33亿。",
          [("UN DESA: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11")])]),

    R("china-has-worlds-lowest-birth-rate", "False", ["demographics", "birth-rate"],
      "China has the lowest birth rate in the world.",
      "中国的生育率是全世界最低的。",
      [CP("China's total fertility rate was about 1.0 child per woman in 2023 - very low, but not the lowest. South Korea's was 0.72 that year, the lowest recorded for any country, and Taiwan's was about 0.87.",
          "2023年中国的总和生育率约为1.0，非常低，但并非全球最低。韩国当年为0.72，是所有国家中最低的，台湾约为0.87。",
          [("Statistics Korea: 2023 Birth Statistics", "https://kostat.go.kr/board.es?mid=a20108100000&bid=11773", "2024-02-28"),
           ("UN DESA: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11")])]),

    R("china-births-fell-every-year-since-one-child-policy", "False", ["demographics", "birth-rate"],
      "Births in China have fallen every single year since the one-child policy was dropped.",
      "自从取消独生子女政策以来，中国的出生人口每年都在下降。",
      [CP("After the universal two-child policy took effect in 2016, births rose to 17.86 million that year from 16.55 million in 2015. They then fell each year to 9.02 million in 2023, before rising again to 9.54 million in 2024, according to the National Bureau of Statistics.",
          "国家统计局数据显示，全面二孩政策于2016年实施后，当年出生人口从2015年的1655万增至1786万。此后逐年下降，2023年降至902万，但2024年又回升至954万。",
          [("National Bureau of Statistics of China: 2024 Statistical Communiqué", "https://www.stats.gov.cn/sj/zxfb/202502/t20250228_1958817.html", "2025-02-28")])]),

    # ---------------- rare earths cluster ----------------
    R("china-controls-all-rare-earths", "Misleading", ["rare-earths", "minerals"],
      "China controls essentially 100 percent of the world's rare earths.",
      "世界上的稀土基本上百分之百都被中国控制。",
      [CP("The US Geological Survey estimates that China mined about 270,000 of the world's 390,000 tonnes of rare earths in 2024, around 69 percent, and holds about 44 million tonnes of known reserves, roughly half the world total. The US, Australia and Myanmar also mine them; China's grip on refining is tighter, at about 90 percent according to the IEA.",
          "美国地质调查局估计，2024年全球稀土开采量约39万吨，其中中国约27万吨，占约69%；中国已知储量约4400万吨，约占全球一半。美国、澳大利亚和缅甸也在开采稀土；据国际能源署数据，中国在冶炼分离环节的份额更高，约为90%。",
          [("USGS: Mineral Commodity Summaries 2025 - Rare Earths", "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf", "2025-01-31"),
           ("IEA: Global Critical Minerals Outlook 2024", "https://www.iea.org/reports/global-critical-minerals-outlook-2024", "2024-05-17")])]),

    R("china-banned-rare-earth-magnet-exports", "False", ["rare-earths", "export-controls", "robotics"],
      "China has banned all exports of rare-earth magnets, so nobody outside China can get them.",
      "中国已经全面禁止稀土磁体出口，中国以外谁也买不到了。",
      [CP("On 4 April 2025 China's Commerce Ministry put seven medium and heavy rare earths - samarium, gadolinium, terbium, dysprosium, lutetium, scandium and yttrium - and magnets containing them under export control, requiring a licence for each shipment. Magnet exports fell sharply in April and May while licences were processed, but this was a licensing regime, not a ban, and shipments recovered as licences were granted from June 2025.",
          "2025年4月4日，中国商务部将钐、钆、铽、镝、镥、钪、钇七种中重稀土及含这些元素的磁体纳入出口管制，每批出口都需申请许可证。4、5月审批期间磁体出口大幅下降，但这是许可证制度而非禁令，自2025年6月起随着许可证陆续发放，出口已有所恢复。",
          [("MOFCOM Announcement No. 18 of 2025 on export controls on certain medium and heavy rare earth items", "http://www.mofcom.gov.cn/zwgk/gkzcfb/art/2025/art_bd2bd62d87b441108e3fa1ef6d8ab3e8.html", "2025-04-04"),
           ("Reuters: China's rare earth magnet exports rebound in June", "https://www.reuters.com/world/china/chinas-rare-earth-magnet-exports-june-2025-07-20/", "2025-07-20")])]),

    # ---------------- robots cluster ----------------
    R("china-has-highest-robot-density", "False", ["robotics", "manufacturing", "automation"],
      "China now has more industrial robots per worker than any other country.",
      "中国每个工人拥有的工业机器人数量已经是世界第一。",
      [CP("The International Federation of Robotics put China's robot density at 470 robots per 10,000 manufacturing employees in 2023, third in the world, behind South Korea (1,012) and Singapore (770). China did overtake Germany (429) and Japan (419) that year; the US stood at 295.",
          "国际机器人联合会数据显示，2023年中国制造业机器人密度为每万名员工470台，居全球第三，落后于韩国（1012台）和新加坡（770台）。中国当年超过了德国（429台）和日本（419台），美国为295台。",
          [("IFR: Global Robot Density in Factories Doubled in Seven Years", "https://ifr.org/ifr-press-releases/news/global-robot-demand-in-factories-doubles-over-7-years", "2024-11-20")])]),

    R("china-installs-more-robots-than-rest-of-world", "Mostly true", ["robotics", "manufacturing", "automation"],
      "China installs more industrial robots every year than the rest of the world combined.",
      "中国每年安装的工业机器人比世界其他地方加起来还多。",
      [CP("IFR data show China installed 276,288 industrial robots in 2023, 51 percent of the 541,302 installed worldwide, and about 295,000 in 2024, some 54 percent of the global total. Its share has been above half only since 2021, and in 2024 about 43 percent of the robots installed in China still came from foreign suppliers.",
          "国际机器人联合会数据显示，2023年中国安装工业机器人276,288台，占全球541,302台的51%；2024年约29.5万台，约占全球54%。中国的份额从2021年起才超过一半，而且2024年在中国安装的机器人中约43%仍来自外国供应商。",
          [("IFR: Record of 4 Million Robots in Factories Worldwide (World Robotics 2024)", "https://ifr.org/ifr-press-releases/news/record-of-4-million-robots-working-in-factories-worldwide", "2024-09-24"),
           ("IFR: World Robotics 2025", "https://ifr.org/worldrobotics/", "2025-09-25")])]),

    # ---------------- space cluster ----------------
    R("china-launches-more-rockets-than-us", "False", ["space", "launches", "spacex"],
      "China now launches more orbital rockets each year than the United States.",
      "中国现在每年发射的轨道火箭比美国还多。",
      [CP("In 2024 the United States made about 150 orbital launch attempts, more than 130 of them on SpaceX Falcon rockets, while China made 68. China is the world's second most active launching nation and set a national record in 2024, but it remains well behind the US.",
          "2024年美国进行了约150次轨道发射，其中130多次使用SpaceX的猎鹰系列火箭，中国则为68次。中国是全球发射次数第二多的国家，2024年创下本国纪录，但仍远远落后于美国。",
          [("Jonathan McDowell: Orbital launch statistics", "https://planet4589.org/space/stats/launches.html", "2025-01"),
           ("SpaceNews: China sets national launch record in 2024", "https://spacenews.com/china-sets-national-launch-record-2024/", "2024-12-31")])]),

    R("china-has-nothing-like-starlink", "False", ["space", "starlink", "satellites"],
      "China has nothing remotely like Starlink and isn't even trying to build one.",
      "中国根本没有类似星链的东西，也没有在尝试建设。",
      [CP("China has begun deploying two state-backed broadband megaconstellations: Qianfan (Thousand Sails), whose first 18 satellites launched on 6 August 2024 with about 14,000 planned, and Guowang, which began launching in December 2024 with nearly 13,000 satellites planned. Both are still tiny next to Starlink, which had roughly 7,000 satellites in orbit at the start of 2025.",
          "中国已开始部署两个国家支持的宽带巨型星座：千帆星座于2024年8月6日发射首批18颗卫星，计划约1.4万颗；国网星座于2024年12月开始发射，计划近1.3万颗。两者目前规模都远小于星链——后者在2025年初已有约7000颗在轨卫星。",
          [("SpaceNews: China launches first satellites for Thousand Sails megaconstellation", "https://spacenews.com/china-launches-first-satellites-for-thousand-sails-megaconstellation/", "2024-08-06"),
           ("SpaceNews: China launches first Guowang megaconstellation satellites", "https://spacenews.com/china-launches-first-guowang-megaconstellation-satellites/", "2024-12-16")])]),

    # ---------------- Taiwan cluster ----------------
    R("taiwan-is-to-china-what-hawaii-is-to-us", "Misleading", ["taiwan", "geopolitics"],
      "Taiwan is to China roughly what Hawaii is to the United States.",
      "台湾之于中国，大致就像夏威夷之于美国。",
      [CP("Hawaii became a US state in 1959 after its residents voted for statehood, and it elects members of Congress. The People's Republic of China has never governed Taiwan since it was founded in 1949; Taiwan has its own government, military and currency and holds its own elections, such as the January 2024 presidential vote won by Lai Ching-te.",
          "夏威夷在1959年经当地居民投票支持后成为美国的一个州，并选举国会议员。中华人民共和国自1949年成立以来从未统治过台湾；台湾有自己的政府、军队和货币，并自行举行选举，例如2024年1月由赖清德胜出的总统选举。",
          [("US National Archives: Hawaii statehood", "https://www.archives.gov/legislative/features/hawaii", "2019"),
           ("Central Election Commission (Taiwan): 2024 presidential election results", "https://db.cec.gov.tw/", "2024-01-13")])]),

    R("taiwanese-would-accept-special-zone-deal", "False", ["taiwan", "geopolitics", "hong-kong"],
      "Most people in Taiwan would accept a Hong Kong-style special administrative zone under China if it kept the peace.",
      "只要能维持和平，大多数台湾人会接受类似香港的特别行政区安排。",
      [CP("Polls consistently show the opposite: in surveys commissioned by Taiwan's Mainland Affairs Council, around 80 to 90 percent of respondents reject Beijing's 'one country, two systems' formula, and National Chengchi University's long-running survey finds fewer than 10 percent favour unification at any point. Hong Kong's 2020 National Security Law further reduced the model's appeal in Taiwan.",
          "民调一贯显示相反的结果：在台湾陆委会委托的调查中，约80%至90%的受访者拒绝北京的“一国两制”方案；政治大学选举研究中心的长期调查显示，支持任何形式统一的人不到10%。香港2020年实施《国安法》后，这一模式在台湾的吸引力进一步下降。",
          [("National Chengchi University Election Study Center: Taiwan Independence vs. Unification trend", "https://esc.nccu.edu.tw/PageDoc/Detail?fid=7801&id=6963", "2025-01"),
           ("Mainland Affairs Council: public opinion surveys", "https://www.mac.gov.tw/en/News.aspx?n=8A319E37A32E01EA", "2024")])]),

    # ---------------- TikTok ----------------
    R("tiktok-law-bans-app-no-matter-what", "Misleading", ["tiktok", "regulation", "us-politics"],
      "The US TikTok law simply bans the app, whatever ByteDance does.",
      "美国的TikTok法案就是直接封禁这款应用，不管字节跳动怎么做都没用。",
      [CP("The Protecting Americans from Foreign Adversary Controlled Applications Act, signed on 24 April 2024, barred app stores and hosting services from supporting TikTok after 19 January 2025 unless ByteDance divested it to an owner not controlled by a foreign adversary. The Supreme Court upheld the law on 17 January 2025, and enforcement was then repeatedly postponed by executive order while a sale was negotiated.",
          "2024年4月24日签署的《保护美国人免受外国对手控制应用程序法》规定，除非字节跳动将TikTok出售给不受外国对手控制的所有者，否则应用商店和托管服务自2025年1月19日起不得再支持TikTok。最高法院于2025年1月17日维持该法，此后执法因行政命令多次推迟，期间各方谈判出售事宜。",
          [("Congress.gov: H.R.815 - Protecting Americans from Foreign Adversary Controlled Applications Act (Division H)", "https://www.congress.gov/bill/118th-congress/house-bill/815", "2024-04-24"),
           ("Supreme Court: TikTok Inc. v. Garland", "https://www.supremecourt.gov/opinions/24pdf/24-656_ca7d.pdf", "2025-01-17")])]),

    # ---------------- Xiaomi ----------------
    R("xiaomi-car-nobody-buys", "False", ["xiaomi", "smartphones", "ev"],
      "Xiaomi is just a phone company and nobody is actually buying its car.",
      "小米就是个做手机的，它的车根本没人买。",
      [CP("Xiaomi began delivering its SU7 sedan in April 2024 and delivered more than 135,000 cars that year, beating its 130,000 target. When it launched its second model, the YU7 SUV, in June 2025, the company said it received more than 200,000 firm orders within three minutes.",
          "小米于2024年4月开始交付SU7轿车，全年交付超过13.5万辆，超过13万辆的目标。2025年6月发布第二款车型YU7 SUV时，公司称3分钟内大定订单就超过20万台。",
          [("Reuters: Xiaomi delivered over 135,000 EVs in 2024", "https://www.reuters.com/business/autos-transportation/xiaomi-ev-deliveries-2024-2025-01-01/", "2025-01-01"),
           ("Reuters: Xiaomi YU7 draws 200,000 orders in three minutes", "https://www.reuters.com/business/autos-transportation/xiaomi-yu7-orders-2025-06-27/", "2025-06-27")])]),

    # ---------------- autonomous driving ----------------
    R("no-chinese-company-runs-driverless-robotaxis", "False", ["autonomous-driving", "robotaxi", "baidu"],
      "No Chinese company is running truly driverless robotaxis on public roads.",
      "没有任何中国公司在公共道路上运营真正无人驾驶的出租车。",
      [CP("Baidu's Apollo Go began offering paid rides with no safety driver on board in Wuhan and Chongqing in August 2022, and reported about 1.1 million rides in the fourth quarter of 2024 alone. Pony.ai and WeRide also run driverless services in parts of Beijing, Guangzhou and Shenzhen.",
          "百度萝卜快跑于2022年8月在武汉和重庆开始提供车内无安全员的收费出行服务，仅2024年第四季度就完成约110万次出行。小马智行和文远知行也在北京、广州、深圳的部分区域运营无人驾驶服务。",
          [("Baidu: Fourth Quarter and Fiscal Year 2024 Results", "https://ir.baidu.com/news-releases/news-release-details/baidu-announces-fourth-quarter-and-fiscal-year-2024-results", "2025-02-18"),
           ("Reuters: Baidu wins permits for fully driverless robotaxis in China", "https://www.reuters.com/technology/baidu-robotaxi-driverless-permits-2022-08-08/", "2022-08-08")])]),

    # ---------------- AI regulation ----------------
    R("china-has-no-ai-rules", "False", ["regulation", "ai", "government"],
      "China has basically no rules on AI, so its companies can do whatever they want.",
      "中国对人工智能基本没有监管，企业想怎么做就怎么做。",
      [CP("China adopted some of the world's earliest binding AI rules: provisions on recommendation algorithms took effect on 1 March 2022, rules on 'deep synthesis' (deepfakes) on 10 January 2023, and Interim Measures for generative AI services on 15 August 2023, which require providers to file their models and pass security assessments. Since 1 September 2025 AI-generated content must also be labelled.",
          "中国较早出台了具有约束力的AI规则：《互联网信息服务算法推荐管理规定》于2022年3月1日施行，《深度合成管理规定》于2023年1月10日施行，《生成式人工智能服务管理暂行办法》于2023年8月15日施行，要求服务提供者备案模型并进行安全评估。自2025年9月1日起，AI生成内容还必须添加标识。",
          [("Cyberspace Administration of China: Interim Measures for the Management of Generative AI Services", "http://www.cac.gov.cn/2023-07/13/c_1690898327029107.htm", "2023-07-13"),
           ("Cyberspace Administration of China: Measures for Labeling AI-Generated Content", "http://www.cac.gov.cn/2025-03/14/c_1743654684782215.htm", "2025-03-14")])]),

    # ---------------- batteries ----------------
    R("china-battery-packs-cost-half-us-price", "Misleading", ["batteries", "ev", "prices"],
      "Battery packs in China cost half of what they cost in America.",
      "电池包在中国的价格只有美国的一半。",
      [CP("BloombergNEF's 2024 battery price survey found average lithium-ion pack prices of $94 per kWh in China, the lowest of any market, while packs in the US and Europe cost 31 percent and 48 percent more. That makes Chinese packs roughly a quarter cheaper than American ones, not half the price.",
          "彭博新能源财经2024年电池价格调查显示，中国锂离子电池包平均价格为每千瓦时94美元，为全球最低；美国和欧洲分别高出31%和48%。也就是说，中国的电池包比美国便宜约四分之一，而不是只有一半价格。",
          [("BloombergNEF: Lithium-ion battery pack prices see largest drop since 2017, falling to $115 per kWh", "https://about.bnef.com/blog/lithium-ion-battery-pack-prices-see-largest-drop-since-2017-falling-to-115-per-kilowatt-hour-bloombergnef/", "2024-12-10")])]),

    # ---------------- manufacturing scale ----------------
    R("china-manufacturing-exceeds-us-europe-japan-combined", "False", ["manufacturing", "economy"],
      "China's manufacturing output is bigger than that of the US, Europe and Japan put together.",
      "中国的制造业产出比美国、欧洲和日本加起来还多。",
      [CP("UN and World Bank data put China's share of global manufacturing value added at about 29 percent in 2023, nearly double the US share of about 16 percent. But the US, the European Union (about 15 percent) and Japan (about 6 percent) together accounted for roughly 37 percent, well above China.",
          "联合国和世界银行数据显示，2023年中国制造业增加值约占全球的29%，接近美国（约16%）的两倍。但美国、欧盟（约15%）和日本（约6%）合计约占37%，明显高于中国。",
          [("World Bank: Manufacturing, value added (current US$)", "https://data.worldbank.org/indicator/NV.IND.MANF.CD", "2024-07"),
           ("UN Statistics Division: National Accounts Main Aggregates", "https://unstats.un.org/unsd/snaama/", "2024-12")])]),
]
