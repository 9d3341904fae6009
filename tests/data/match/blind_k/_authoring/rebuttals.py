R = []
def reb(id, rating, tags, cen, czh, cps, notes=""):
    R.append({"id": id, "status": "published", "rating": rating, "tags": tags,
              "claim": {"en": cen, "zh": czh},
              "counterpoints": [{"en": e, "zh": z, "sources": [dict(title=t, url=u, date=d) for t, u, d in s]} for e, z, s in cps],
              "notes": notes})

reb("tesla-still-outsells-byd-ev", "False", ["byd", "tesla", "ev-sales"],
    "Tesla still sells more electric cars worldwide than BYD.",
    "特斯拉在全球的电动车销量仍然超过比亚迪。",
    [("BYD overtook Tesla in annual sales of pure battery-electric cars in 2025, selling about 2.26 million against Tesla's 1.64 million deliveries. Tesla was narrowly ahead in 2024 (1.79 million vs 1.76 million). Counting plug-in hybrids too, BYD has sold more new-energy vehicles than Tesla every year since 2022, about 4.27 million in 2024.",
      "2025年，比亚迪纯电动车年销量约226万辆，超过特斯拉约164万辆的交付量。2024年特斯拉以179万辆对176万辆微弱领先。若把插电混动也算上，比亚迪自2022年起每年的新能源车销量都超过特斯拉，2024年约为427万辆。",
      [("Tesla: Q4 2025 production and deliveries", "https://ir.tesla.com/press-release/tesla-fourth-quarter-2025-production-deliveries-deployments", "2026-01-02"),
       ("Reuters: BYD overtakes Tesla as top EV seller", "https://www.reuters.com/business/autos-transportation/", "2026-01")])])

reb("byd-profitable-only-from-subsidies", "Missing context", ["byd", "subsidies"],
    "BYD only makes a profit because the Chinese government subsidises it.",
    "比亚迪之所以盈利，完全是因为中国政府的补贴。",
    [("BYD has received substantial state support: the Kiel Institute estimated its direct government subsidies at about EUR 2.1 billion in 2022, and China's national EV purchase subsidy ran until the end of 2022. But BYD reported net profits of 30.0 billion yuan in 2023 and 40.3 billion yuan in 2024, after the national purchase subsidy had ended, on sales of about 4.3 million vehicles and a high degree of in-house parts production.",
      "比亚迪确实获得了大量国家支持：基尔世界经济研究所估计，其2022年获得的直接政府补贴约21亿欧元；中国国家层面的新能源车购置补贴一直持续到2022年底。但在国家购置补贴结束后，比亚迪2023年和2024年的净利润分别为300亿元和403亿元，背后是约430万辆的年销量和很高的零部件自制比例。",
      [("Kiel Institute: Foul Play? On the Scale and Scope of Industrial Subsidies in China", "https://www.ifw-kiel.de/publications/foul-play-on-the-scale-and-scope-of-industrial-subsidies-in-china/", "2024-04"),
       ("BYD Company Ltd. 2024 annual results", "https://www.bydglobal.com/en/Investor.html", "2025-03")])])

reb("chinese-evs-cheap-because-poorly-made", "Misleading", ["byd", "ev-quality", "cost"],
    "Chinese EVs are only cheap because they are badly built.",
    "中国电动车便宜，只是因为造得差。",
    [("A UBS teardown of the BYD Seal in 2023 found that BYD makes about 75% of the car's parts in-house, giving it a cost advantage of roughly 25% over legacy carmakers building in Europe; the gap came mainly from vertical integration and in-house batteries, not cheaper-quality parts. Several Chinese models, including the BYD Atto 3 (2022) and Seal (2023), received the top five-star rating in Euro NCAP crash tests.",
      "瑞银2023年拆解比亚迪海豹后发现，该车约75%的零部件由比亚迪自制，使其成本比在欧洲生产的传统车企低约25%；成本差距主要来自垂直整合和自产电池，而不是用料降级。比亚迪元PLUS（Atto 3，2022年）和海豹（2023年）等多款中国车型在Euro NCAP碰撞测试中获得最高五星评级。",
      [("Reuters: BYD has 25% cost advantage over legacy automakers, UBS teardown shows", "https://www.reuters.com/business/autos-transportation/", "2023-09-05"),
       ("Euro NCAP: BYD Atto 3 results", "https://www.euroncap.com/en/results/byd/atto-3/46186", "2022")])])

reb("china-electricity-three-times-us", "Misleading", ["grid", "electricity"],
    "China already generates three times as much electricity as the United States.",
    "中国的发电量已经是美国的三倍。",
    [("According to Ember, China generated about 10,000 TWh of electricity in 2024 and the United States about 4,400 TWh, so China produced roughly 2.3 times as much, not three times. The gap is widening because China's demand is growing much faster.",
      "据Ember数据，2024年中国发电量约10000太瓦时，美国约4400太瓦时，中国约为美国的2.3倍，而不是三倍。由于中国用电需求增长更快，差距正在扩大。",
      [("Ember: Global Electricity Review 2025", "https://ember-energy.org/latest-insights/global-electricity-review-2025/", "2025-04-08")])])

reb("china-power-mostly-solar-wind", "False", ["grid", "solar", "coal"],
    "Most of China's electricity now comes from solar and wind.",
    "中国现在大部分电力来自太阳能和风能。",
    [("In 2024 coal still produced about 58% of China's electricity, while wind and solar together supplied about 18%, according to Ember. China does add more solar and wind capacity than any other country (about 277 GW of solar in 2024 alone), but installed capacity is not generation: panels and turbines run far fewer hours a year than coal plants.",
      "据Ember数据，2024年煤电仍占中国发电量约58%，风电和光伏合计约18%。中国每年新增的光伏和风电装机确实全球最多（仅2024年新增光伏约277吉瓦），但装机不等于发电量：光伏和风机的年利用小时数远低于煤电。",
      [("Ember: China electricity data", "https://ember-energy.org/countries-and-regions/china/", "2025"),
       ("National Energy Administration: 2024 power statistics", "https://www.nea.gov.cn/", "2025-01")])])

reb("china-never-has-power-shortages", "False", ["grid", "electricity"],
    "China never has power shortages; its grid always has spare capacity.",
    "中国从来不缺电，电网总是有富余容量。",
    [("In September 2021 coal shortages and energy-intensity targets led to power rationing in about 20 Chinese provinces, halting factories and causing household blackouts in the northeast. In August 2022 drought cut hydropower in Sichuan, and the province ordered factories to suspend production for days, hitting plants of Toyota and battery maker CATL.",
      "2021年9月，煤炭短缺和能耗双控目标导致中国约20个省份拉闸限电，工厂停产，东北地区甚至出现居民停电。2022年8月，干旱导致四川水电骤减，四川要求工业企业停产数日，丰田和宁德时代的工厂都受到影响。",
      [("Reuters: China's power crunch spreads", "https://www.reuters.com/world/china/", "2021-09-27"),
       ("Reuters: Sichuan extends factory power cuts amid drought", "https://www.reuters.com/world/china/", "2022-08")])])

reb("china-makes-99-percent-solar-panels", "Misleading", ["solar", "manufacturing"],
    "China makes 99% of the world's solar panels.",
    "全世界99%的太阳能电池板都是中国造的。",
    [("China's share is dominant but not 99%. The IEA found that China held more than 80% of every main stage of solar panel manufacturing - polysilicon, wafers, cells and modules - in 2021, with wafers at about 97%. Module assembly is more spread out, with significant output in Southeast Asia (often by Chinese-owned firms), India and the US.",
      "中国份额占绝对主导，但不是99%。国际能源署发现，2021年中国在多晶硅、硅片、电池片和组件等各主要环节的份额都超过80%，其中硅片约97%。组件组装更为分散，东南亚（多为中资企业）、印度和美国都有相当产量。",
      [("IEA: Special Report on Solar PV Global Supply Chains", "https://www.iea.org/reports/solar-pv-global-supply-chains", "2022-07")])])

reb("export-controls-made-china-chips-stronger", "Unproven", ["chips", "export-controls"],
    "US chip export controls backfired and only made China's chip industry stronger.",
    "美国的芯片出口管制适得其反，只会让中国芯片产业更强。",
    [("The evidence is mixed. China has expanded domestic production - SMIC made a 7nm chip for Huawei's Mate 60 in 2023 - but China still imported about $385 billion of integrated circuits in 2024, and its fabs still cannot buy EUV lithography machines, which ASML has not been allowed to ship to China since 2019. The controls introduced in October 2022 and tightened in 2023 and 2024 also cut off Nvidia's top data-centre GPUs.",
      "证据并不一致。中国扩大了国产能力——中芯国际2023年为华为Mate 60制造了7纳米芯片——但2024年中国仍进口了约3850亿美元的集成电路，其晶圆厂也仍然买不到EUV光刻机，阿斯麦自2019年起就未获准向中国出口这种设备。2022年10月出台、2023年和2024年又加码的管制还切断了英伟达顶级数据中心GPU的供应。",
      [("BIS: Commerce Implements New Export Controls on Advanced Computing and Semiconductor Manufacturing Items to the PRC", "https://www.bis.doc.gov/index.php/documents/about-bis/newsroom/press-releases/3158-2022-10-07-bis-press-release-advanced-computing-and-semiconductor-manufacturing-controls-final/file", "2022-10-07"),
       ("Reuters: China's 2024 chip imports", "https://www.reuters.com/technology/", "2025-01")])])

reb("deepseek-has-50000-h100s", "Unproven", ["deepseek", "ai", "chips"],
    "DeepSeek secretly has around 50,000 Nvidia H100 chips.",
    "DeepSeek私下拥有大约5万块英伟达H100芯片。",
    [("No evidence for this has been made public. DeepSeek's V3 technical report (December 2024) says the model was trained on 2,048 Nvidia H800 GPUs for 2.788 million GPU hours, about $5.6 million at rental prices. The research firm SemiAnalysis estimated that DeepSeek had access to around 50,000 Hopper-generation GPUs in total, but mostly export-compliant H800s and H20s, with roughly 10,000 H100s.",
      "目前没有公开证据。DeepSeek在2024年12月的V3技术报告中称，该模型使用2048块英伟达H800 GPU训练，共278.8万GPU小时，按租赁价格约560万美元。研究机构SemiAnalysis估计DeepSeek总共可用约5万块Hopper架构GPU，但大多是符合出口规定的H800和H20，H100约1万块。",
      [("DeepSeek-V3 Technical Report", "https://arxiv.org/abs/2412.19437", "2024-12-27"),
       ("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/2025/01/31/deepseek-debates/", "2025-01-31")])])

reb("deepseek-copied-openai", "Unproven", ["deepseek", "ai", "openai"],
    "DeepSeek just copied OpenAI's models.",
    "DeepSeek就是抄袭了OpenAI的模型。",
    [("OpenAI said in January 2025 that it had seen some evidence of Chinese groups 'distilling' its models, and Microsoft looked into it, but no public proof that DeepSeek copied OpenAI's models has been released. DeepSeek published detailed papers on its own methods - multi-head latent attention, a mixture-of-experts design and GRPO reinforcement learning - and released R1's weights under the MIT licence, so outside labs could check and partly reproduce its results.",
      "OpenAI在2025年1月表示，看到了一些中国团队“蒸馏”其模型的迹象，微软也进行了调查，但至今没有公开证据证明DeepSeek抄袭了OpenAI的模型。DeepSeek发表了介绍其自有方法的详细论文——多头潜在注意力、混合专家架构和GRPO强化学习——并以MIT许可证开放了R1的权重，外部实验室可以检验并部分复现其结果。",
      [("Financial Times: OpenAI says it has evidence China's DeepSeek used its model to train competitor", "https://www.ft.com/content/a0dfedd1-5255-4fa9-8ccc-1fe01de87ea6", "2025-01-29"),
       ("DeepSeek-R1 paper", "https://arxiv.org/abs/2501.12948", "2025-01-22")])])

reb("giga-shanghai-no-government-help", "False", ["tesla-shanghai", "subsidies"],
    "Tesla built Giga Shanghai without any help from the Chinese government.",
    "特斯拉建上海超级工厂没有得到中国政府的任何帮助。",
    [("Shanghai sold Tesla about 86 hectares of land in Lingang for 973 million yuan in 2018, and Chinese state banks lent Tesla about 11.25 billion yuan in 2019 for the factory, as Tesla's own filings show. China also let Tesla be the first foreign carmaker to wholly own a Chinese car plant without a local joint-venture partner, and exempted the China-made Model 3 from the 10% vehicle purchase tax as a new-energy vehicle.",
      "2018年，上海以9.73亿元向特斯拉出让临港约86公顷土地；特斯拉自己的文件显示，2019年中国国有银行为该工厂向特斯拉提供了约112.5亿元贷款。中国还允许特斯拉成为首家无需本地合资伙伴、独资在华建厂的外国车企，国产Model 3也作为新能源车免征10%的车辆购置税。",
      [("Tesla Inc. Form 10-K for 2019", "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001318605&type=10-K", "2020-02-13"),
       ("Reuters: Tesla wins land auction for Shanghai factory", "https://www.reuters.com/article/", "2018-10-17")])])

reb("giga-shanghai-built-in-six-months", "Misleading", ["tesla-shanghai", "construction"],
    "Tesla built Giga Shanghai in just six months.",
    "特斯拉只用六个月就建成了上海超级工厂。",
    [("Ground was broken on 7 January 2019; trial production began around October 2019 and the first China-made Model 3s were delivered to customers on 30 December 2019 - roughly ten months to production and about a year to deliveries. That was very fast by industry standards, but not six months.",
      "上海超级工厂于2019年1月7日开工，约2019年10月开始试生产，首批国产Model 3于2019年12月30日交付客户——从开工到投产约十个月，到交付约一年。按行业标准这非常快，但并不是六个月。",
      [("Reuters: Tesla delivers first China-made Model 3s", "https://www.reuters.com/article/", "2019-12-30")])])

reb("china-population-halves-in-20-years", "False", ["demographics", "population"],
    "China's population will be cut in half within the next 20 years.",
    "中国人口将在未来20年内减少一半。",
    [("The UN's World Population Prospects 2024 projects in its medium scenario that China's population will fall from about 1.41 billion in 2024 to about 1.26 billion in 2050 and about 633 million in 2100. A halving is projected by the end of the century, not within two decades.",
      "联合国《世界人口展望2024》中方案预测，中国人口将从2024年的约14.1亿降至2050年的约12.6亿，到2100年约6.33亿。人口减半预计发生在本世纪末，而不是二十年内。",
      [("UN DESA: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11")])])

reb("china-births-fall-every-year", "Misleading", ["demographics", "birth-rate"],
    "Births in China have fallen every single year for the past decade.",
    "过去十年，中国的出生人口每一年都在下降。",
    [("Births fell from 17.9 million in 2016 to 9.02 million in 2023, the lowest since 1949, but rose to 9.54 million in 2024 - the first increase in seven years, helped by the Year of the Dragon. The long-term decline is real; 'every single year' is not.",
      "中国出生人口从2016年的1790万降至2023年的902万，为1949年以来最低，但2024年回升至954万——七年来首次增长，龙年效应起了作用。长期下降趋势是真实的，但“每一年都在下降”并不准确。",
      [("National Bureau of Statistics of China: 2024 population data", "https://www.stats.gov.cn/english/", "2025-01-17")])])

reb("china-mines-90-percent-rare-earths", "Misleading", ["rare-earths", "mining"],
    "China mines 90% of the world's rare earths.",
    "全世界90%的稀土是中国开采的。",
    [("According to the US Geological Survey, China mined about 270,000 tonnes of the world's roughly 390,000 tonnes of rare-earth oxide in 2024 - around 70%. Its dominance is greater further down the chain: about 90% of rare-earth refining and most permanent-magnet production, per the IEA. The US, Myanmar and Australia are also significant miners.",
      "据美国地质调查局数据，2024年全球稀土氧化物产量约39万吨，其中中国开采约27万吨，约占70%。中国在下游的主导地位更强：据国际能源署，约90%的稀土冶炼分离和大部分永磁体生产在中国。美国、缅甸和澳大利亚也是重要的稀土开采国。",
      [("USGS Mineral Commodity Summaries 2025: Rare Earths", "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf", "2025-01"),
       ("IEA: Global Critical Minerals Outlook 2024", "https://www.iea.org/reports/global-critical-minerals-outlook-2024", "2024-05-17")])])

reb("tesla-motors-use-no-rare-earths", "False", ["rare-earths", "tesla", "export-controls"],
    "Tesla's motors don't use rare earths, so China's export curbs don't affect us.",
    "特斯拉的电机不用稀土，所以中国的出口管制影响不到我们。",
    [("Since the Model 3 in 2017, Tesla's main drive motors have been permanent-magnet motors using neodymium-iron-boron magnets, which contain rare earths. Tesla announced a future motor with no rare earths at its March 2023 Investor Day but has not put it into production. After China imposed export licences on seven rare earths and related magnets in April 2025, Musk himself said the Optimus robot was affected by magnet licence delays.",
      "自2017年Model 3起，特斯拉的主驱电机就是使用钕铁硼磁体的永磁电机，而钕铁硼含有稀土。特斯拉在2023年3月投资者日宣布将推出不含稀土的电机，但尚未量产。2025年4月中国对七种稀土及相关磁体实施出口许可后，马斯克本人也表示擎天柱机器人受到了磁体许可延误的影响。",
      [("Tesla 2023 Investor Day", "https://www.tesla.com/2023investorday", "2023-03-01"),
       ("Reuters: Musk says Optimus production affected by China rare earth curbs", "https://www.reuters.com/business/autos-transportation/", "2025-04-22")])])

reb("china-more-robots-than-rest-combined", "Misleading", ["robotics", "manufacturing"],
    "China has more industrial robots than the rest of the world combined.",
    "中国的工业机器人数量比世界其他国家加起来还多。",
    [("The International Federation of Robotics counted about 1.76 million operational industrial robots in China at the end of 2023, out of roughly 4.28 million worldwide - about 41%, not more than half. China did account for just over half of new installations that year: 276,288 of 541,302.",
      "据国际机器人联合会统计，截至2023年底中国在役工业机器人约176万台，全球约428万台，中国占约41%，并未超过一半。不过当年新装机量中国确实略超一半：54.13万台中占27.63万台。",
      [("IFR: World Robotics 2024 press release", "https://ifr.org/ifr-press-releases/news/record-of-4-million-robots-working-in-factories-worldwide", "2024-09-24")])])

reb("china-launches-more-than-us", "False", ["space", "launches"],
    "China now launches more rockets than the United States.",
    "中国现在发射的火箭比美国还多。",
    [("In 2024 the United States made about 158 orbital launch attempts, 134 of them by SpaceX Falcon rockets, while China made 68. China is the world's second-busiest launching country and its cadence is rising, but it launches well under half as often as the US.",
      "2024年美国进行了约158次轨道发射，其中134次由SpaceX的猎鹰火箭完成，而中国为68次。中国是全球发射次数第二多的国家，发射频率也在上升，但次数还不到美国的一半。",
      [("SpaceNews: 2024 launch statistics", "https://spacenews.com/", "2025-01"),
       ("Jonathan McDowell: Orbital launch log", "https://planet4589.org/space/stats/launches.html", "2025")])])

reb("china-has-reused-orbital-booster", "False", ["space", "reusability"],
    "China has already landed and reflown an orbital rocket booster, just like Falcon 9.",
    "中国已经像猎鹰9号一样，实现了轨道火箭助推器的回收和复用。",
    [("As of the end of 2025 no Chinese orbital rocket booster had been recovered and flown again. Chinese companies have flown low-altitude hop tests - LandSpace's Zhuque-3 test vehicle climbed to about 10 km and landed in September 2024 - and the first attempt to land a Zhuque-3 booster after its maiden orbital launch in December 2025 failed. SpaceX first reflew an orbital Falcon 9 booster in March 2017.",
      "截至2025年底，中国还没有任何轨道火箭助推器被回收并再次飞行。中国企业进行过低空垂直起降试验——蓝箭航天朱雀三号试验箭2024年9月飞到约10公里高度后着陆——而2025年12月朱雀三号首次入轨发射后的一级回收尝试未能成功。SpaceX早在2017年3月就首次复用了猎鹰9号轨道助推器。",
      [("SpaceNews: LandSpace Zhuque-3 VTVL test", "https://spacenews.com/", "2024-09-11"),
       ("SpaceNews: Zhuque-3 reaches orbit, booster landing fails", "https://spacenews.com/", "2025-12")])])

reb("chinese-evs-would-demolish-rivals", "Unproven", ["tariffs", "ev", "trade"],
    "Without trade barriers, Chinese carmakers would demolish most other car companies in the world.",
    "如果没有贸易壁垒，中国车企会击垮世界上大多数其他汽车公司。",
    [("This is a forecast, not an established fact. Trade barriers are already high: the US raised its tariff on Chinese EVs to 100% in September 2024, and the EU added countervailing duties of up to 35.3% from October 2024. In markets without such barriers Chinese brands have gained share quickly, but Toyota remained the world's biggest carmaker in 2024 with about 10.8 million sales, and most legacy makers remain profitable.",
      "这是预测，不是已确立的事实。现有贸易壁垒已经很高：美国在2024年9月把对中国电动车的关税提高到100%，欧盟自2024年10月起额外征收最高35.3%的反补贴税。在没有这类壁垒的市场，中国品牌份额增长很快，但丰田2024年仍以约1080万辆的销量保持全球第一，大多数传统车企仍然盈利。",
      [("USTR: Four-Year Review of Section 301 tariffs, final modifications", "https://ustr.gov/about-us/policy-offices/press-office/press-releases/2024/september/ustr-finalizes-action-extend-and-modify-section-301-tariffs", "2024-09-13"),
       ("European Commission: definitive countervailing duties on BEVs from China", "https://ec.europa.eu/commission/presscorner/detail/en/ip_24_5589", "2024-10-29")])])

reb("us-tariff-chinese-evs-only-25-percent", "False", ["tariffs", "ev", "trade"],
    "The US only charges a 25% tariff on Chinese electric cars.",
    "美国对中国电动车只征收25%的关税。",
    [("The Section 301 tariff on Chinese electric vehicles was raised from 25% to 100% on 27 September 2024, on top of the standard 2.5% car duty, and further tariffs on Chinese goods were added in 2025. The 25% rate dates from the 2018-2019 trade war.",
      "2024年9月27日起，美国对中国电动车的301关税从25%提高到100%，另加2.5%的普通汽车关税；2025年又对中国商品加征了其他关税。25%的税率是2018-2019年贸易战时期的。",
      [("USTR: Section 301 four-year review final determination", "https://ustr.gov/about-us/policy-offices/press-office/press-releases/2024/september/ustr-finalizes-action-extend-and-modify-section-301-tariffs", "2024-09-13")])])

reb("china-ten-times-stem-phds", "False", ["education", "engineers"],
    "China graduates ten times as many STEM PhDs as the United States.",
    "中国培养的理工科博士是美国的十倍。",
    [("Georgetown's Center for Security and Emerging Technology projected in 2021 that Chinese universities would produce more than 77,000 STEM PhD graduates a year by 2025, against about 40,000 in the United States - roughly twice as many, not ten times.",
      "乔治城大学安全与新兴技术中心2021年预测，到2025年中国高校每年将培养超过7.7万名理工科博士，美国约4万名——大约是两倍，而不是十倍。",
      [("CSET: China is Fast Outpacing U.S. STEM PhD Growth", "https://cset.georgetown.edu/publication/china-is-fast-outpacing-u-s-stem-phd-growth/", "2021-08")])])

reb("china-996-is-legal-norm", "Misleading", ["work-culture", "labour"],
    "In China everyone works 996 and it's perfectly legal.",
    "在中国人人都是996，而且完全合法。",
    [("China's Labour Law sets a standard 44-hour week and caps overtime at 36 hours a month. In August 2021 the Supreme People's Court and the Ministry of Human Resources and Social Security published model cases stating that 996 schedules (9am to 9pm, six days a week) violate the law. Long hours remain common in tech, but official statistics put average weekly hours of urban enterprise employees at around 49 in 2024, not 72.",
      "中国《劳动法》规定标准工时为每周44小时，加班每月不得超过36小时。2021年8月，最高人民法院和人力资源社会保障部联合发布典型案例，明确996工作制（早9点到晚9点、每周6天）违法。科技行业长时间工作仍很普遍，但官方统计显示，2024年城镇企业就业人员平均周工作时间约49小时，而不是72小时。",
      [("Supreme People's Court and MOHRSS: typical cases on overtime", "https://www.court.gov.cn/", "2021-08-26"),
       ("National Bureau of Statistics of China", "https://www.stats.gov.cn/", "2025")])])

reb("tesla-did-not-start-china-price-war", "Misleading", ["price-war", "tesla", "ev"],
    "Tesla didn't start the EV price war in China; we were only responding to Chinese rivals.",
    "中国电动车价格战不是特斯拉挑起的，我们只是在回应中国对手。",
    [("Tesla cut the prices of the Model 3 and Model Y in China by up to 13.5% on 6 January 2023, after earlier cuts in October 2022, and analysts and rival carmakers widely described those cuts as the start of China's EV price war; dozens of brands followed within weeks. BYD and others later made deeper cuts of their own in 2024 and 2025.",
      "特斯拉在2022年10月降价之后，又于2023年1月6日将Model 3和Model Y在华售价最多下调13.5%，分析师和竞争车企普遍认为这轮降价拉开了中国电动车价格战的序幕，几周内数十个品牌跟进。比亚迪等厂商随后在2024年和2025年进行了更大幅度的降价。",
      [("Reuters: Tesla slashes prices in China", "https://www.reuters.com/business/autos-transportation/", "2023-01-06")])])

reb("tiktok-same-as-douyin", "False", ["tiktok", "regulation"],
    "Chinese kids use the same TikTok that American kids get.",
    "中国孩子用的TikTok和美国孩子用的是一样的。",
    [("TikTok is not available in mainland China; ByteDance runs a separate app there, Douyin. Under rules introduced in 2021, Douyin's mandatory youth mode limits users under 14 to 40 minutes a day and blocks use between 10pm and 6am; TikTok elsewhere has no such state-mandated limits.",
      "TikTok在中国大陆无法使用，字节跳动在国内运营的是另一款应用——抖音。根据2021年推出的规定，抖音对14岁以下用户强制开启青少年模式，每天限用40分钟，晚10点到早6点无法使用；其他国家的TikTok没有这种政府强制的限制。",
      [("Reuters: Douyin limits children under 14 to 40 minutes a day", "https://www.reuters.com/technology/", "2021-09-20")])])

reb("chinese-robotaxis-behind-tesla", "Misleading", ["autonomous-driving", "robotaxi"],
    "Chinese self-driving companies are years behind Tesla.",
    "中国自动驾驶公司落后特斯拉好几年。",
    [("Baidu's Apollo Go has run fully driverless paid robotaxi rides in Wuhan and other cities since 2022-2023 and reported more than 11 million cumulative public rides by May 2025; Pony.ai and WeRide also run driverless fleets in China. Tesla began a small robotaxi pilot in Austin only in June 2025, with a safety monitor in each car.",
      "百度萝卜快跑自2022-2023年起就在武汉等城市提供全无人驾驶的付费出行服务，截至2025年5月累计对公众出行服务超过1100万次；小马智行和文远知行也在中国运营无人驾驶车队。特斯拉直到2025年6月才在奥斯汀开始小规模Robotaxi试点，且每辆车上都有安全员。",
      [("Baidu Q1 2025 results", "https://ir.baidu.com/", "2025-05-21"),
       ("Reuters: Tesla launches robotaxi service in Austin", "https://www.reuters.com/business/autos-transportation/", "2025-06-22")])])

reb("tesla-fsd-fully-approved-china", "False", ["autonomous-driving", "tesla", "regulation"],
    "Tesla's FSD is fully approved and running driverless in China.",
    "特斯拉FSD已在中国获得全面批准，可以无人驾驶。",
    [("In February 2025 Tesla pushed an update in China it called 'city streets navigation assisted driving', a supervised driver-assistance feature that requires the driver to keep watching the road. China has not approved Tesla's FSD for driverless use, and in April 2025 the industry ministry told carmakers to stop advertising driver-assistance features with terms such as 'autonomous' or 'smart driving'.",
      "2025年2月，特斯拉在中国推送了名为“城市道路智能辅助驾驶”的更新，这是一项需要驾驶员持续监控道路的辅助驾驶功能。中国并未批准特斯拉FSD无人驾驶，2025年4月工信部还要求车企不得用“自动驾驶”“智驾”等词宣传辅助驾驶功能。",
      [("Reuters: Tesla rolls out FSD-like features in China", "https://www.reuters.com/business/autos-transportation/", "2025-02-25"),
       ("Reuters: China bans 'smart driving' marketing terms", "https://www.reuters.com/business/autos-transportation/", "2025-04-17")])])
