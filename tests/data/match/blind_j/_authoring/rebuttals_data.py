# Authoring data for /work/blind/match_j/rebuttals.yaml (blind set j).
# Each entry: id, rating, tags, claim (en, zh), counterpoint (en, zh), sources.

def src(title, url, date=""):
    return {"title": title, "url": url, "date": date}

R = []

def reb(rid, rating, tags, claim_en, claim_zh, cp_en, cp_zh, sources, notes=""):
    R.append({
        "id": rid,
        "status": "published",
        "rating": rating,
        "tags": tags,
        "claim": {"en": claim_en, "zh": claim_zh},
        "counterpoints": [{"en": cp_en, "zh": cp_zh, "sources": sources}],
        "notes": notes,
    })

# ---------------- shipbuilding / navy ----------------
reb("china-shipbuilding-capacity-200x-us", "Missing context", ["shipbuilding", "defense", "manufacturing"],
    "China's shipbuilding capacity is about 200 times that of the United States.",
    "中国的造船能力大约是美国的200倍。",
    "The figure traces to a US Office of Naval Intelligence slide reported in 2023, which put China's annual shipbuilding capacity at about 23 million tons against under 100,000 tons for the US, roughly 230 times. That comparison is dominated by commercial merchant-ship tonnage, where US yards build almost nothing; it is not a measure of warship output. In naval terms the US still fields 11 aircraft carriers to China's 3 and a larger total fleet tonnage.",
    "这一数字源于2023年曝光的一张美国海军情报局幻灯片，显示中国每年造船能力约2300万吨，美国不足10万吨，约为230倍。但这一对比主要反映的是商船吨位，美国船厂几乎不造商船，它并不衡量军舰的建造能力。就海军实力而言，美国仍拥有11艘航空母舰（中国3艘），舰队总吨位也更大。",
    [src("CSIS: Ship Wars: Confronting China's Dual-Use Shipbuilding Empire", "https://www.csis.org/analysis/ship-wars-confronting-chinas-dual-use-shipbuilding-empire", "2025-03-11"),
     src("CRS: China Naval Modernization: Implications for U.S. Navy Capabilities", "https://crsreports.congress.gov/product/pdf/RL/RL33153", "2024")])

reb("china-navy-already-stronger-than-us", "Misleading", ["navy", "defense"],
    "China's navy is already stronger than the US Navy.",
    "中国海军已经比美国海军更强大。",
    "By number of ships the PLA Navy is the world's largest: the Pentagon counted about 370 battle force ships in 2023 against roughly 290 for the US Navy. Ship count is not strength: the US fleet has far greater total tonnage, 11 nuclear-powered aircraft carriers against China's 3 conventionally powered ones, and around 50 nuclear attack submarines against about 6 for China, plus far more combat experience at sea.",
    "按舰艇数量计算，中国人民解放军海军是全球最大的海军：美国国防部统计2023年其作战舰艇约370艘，美国海军约290艘。但舰艇数量不等于实力：美国舰队总吨位远大于中国，拥有11艘核动力航母（中国3艘为常规动力），核动力攻击潜艇约50艘（中国约6艘），远洋作战经验也远多于中国。",
    [src("US Department of Defense: Military and Security Developments Involving the PRC 2023", "https://media.defense.gov/2023/Oct/19/2003323409/-1/-1/1/2023-MILITARY-AND-SECURITY-DEVELOPMENTS-INVOLVING-THE-PEOPLES-REPUBLIC-OF-CHINA.PDF", "2023-10-19"),
     src("CRS: China Naval Modernization", "https://crsreports.congress.gov/product/pdf/RL/RL33153", "2024")])

reb("china-builds-half-world-ships", "Mostly true", ["shipbuilding", "manufacturing"],
    "China builds more than half of all the ships in the world.",
    "全世界一半以上的船舶是中国建造的。",
    "Broadly right by tonnage: China's industry ministry reported that Chinese yards delivered 42.3 million deadweight tons in 2023, about 50.2% of the world total, and won 66.6% of new orders. The share is lower by value and in some complex ship types: South Korea still builds most large LNG carriers, and Japan and Korea together hold much of the rest of the market.",
    "按吨位计算基本属实：中国工信部数据显示，2023年中国造船完工量4232万载重吨，约占全球的50.2%，新接订单占全球66.6%。但按价值计算以及在部分高技术船型上，中国的份额较低：大型液化天然气运输船仍主要由韩国建造，日韩两国合计占据了其余市场的大部分。",
    [src("UNCTAD: Review of Maritime Transport 2024", "https://unctad.org/publication/review-maritime-transport-2024", "2024-10-22"),
     src("CSIS: Ship Wars: Confronting China's Dual-Use Shipbuilding Empire", "https://www.csis.org/analysis/ship-wars-confronting-chinas-dual-use-shipbuilding-empire", "2025-03-11")])

# ---------------- nuclear / grid / solar ----------------
reb("china-building-half-world-reactors", "Missing context", ["nuclear", "energy"],
    "China is building about as many nuclear reactors as the rest of the world combined.",
    "中国在建的核反应堆数量，大约相当于世界其他国家的总和。",
    "Roughly: IAEA data showed about 29 reactors under construction in China in 2024 out of some 60 worldwide, just under half, and China's State Council approved 10 or more new units in each of 2022, 2023 and 2024. But nuclear power is a small part of China's system, about 5% of its electricity in 2023, compared with about 60% from coal.",
    "大体属实：国际原子能机构数据显示，2024年中国在建反应堆约29台，全球约60台，接近一半；2022年、2023年和2024年国务院每年核准的新机组都在10台或以上。但核电在中国电力结构中占比很小，2023年约占发电量的5%，而煤电约占60%。",
    [src("IAEA PRIS: China country statistics", "https://pris.iaea.org/PRIS/CountryStatistics/CountryDetails.aspx?current=CN", "2024"),
     src("World Nuclear Association: Nuclear Power in China", "https://world-nuclear.org/information-library/country-profiles/countries-a-f/china-nuclear-power", "2024")])

reb("china-nuclear-capacity-passes-us-by-2030", "Unproven", ["nuclear", "energy"],
    "China will have more nuclear power capacity than the United States by 2030.",
    "到2030年，中国的核电装机容量将超过美国。",
    "The US operated about 97 GW of nuclear capacity from 94 reactors in 2024, while China had roughly 58 GW in operation. Completing the roughly 30 GW under construction on schedule would bring China close to 90 GW by 2030, so overtaking the US around then is possible but not assured. China has missed nuclear targets before: its 2016 plan called for 58 GW by 2020, and it reached about 50 GW.",
    "2024年美国在运核电装机约97吉瓦（94台机组），中国在运约58吉瓦。若在建的约30吉瓦按期投运，中国到2030年将接近90吉瓦，届时超过美国有可能，但并无保证。中国此前也曾未完成核电目标：2016年规划提出2020年达到5800万千瓦，实际只有约5000万千瓦。",
    [src("US EIA: Nuclear explained - U.S. nuclear industry", "https://www.eia.gov/energyexplained/nuclear/us-nuclear-industry.php", "2024"),
     src("World Nuclear Association: Nuclear Power in China", "https://world-nuclear.org/information-library/country-profiles/countries-a-f/china-nuclear-power", "2024")])

reb("china-electricity-output-3x-us", "Unproven", ["grid", "energy", "ai"],
    "China will soon generate three times as much electricity as the United States.",
    "中国的发电量很快将达到美国的三倍。",
    "According to Ember, China generated about 9,460 TWh of electricity in 2023 and the US about 4,180 TWh, a ratio of about 2.3 to 1. If China's demand keeps growing around 6-7% a year and US demand around 1-2%, the ratio would reach three only around 2030. Per person, China still generates about 6,700 kWh a year, roughly half the US level of about 12,400 kWh.",
    "据Ember统计，2023年中国发电量约9460太瓦时，美国约4180太瓦时，比例约为2.3比1。若中国用电需求每年继续增长6%至7%、美国增长1%至2%，这一比例要到2030年前后才会达到3倍。按人均计算，中国每年发电量约6700千瓦时，约为美国（约12400千瓦时）的一半。",
    [src("Ember: Global Electricity Review 2024", "https://ember-energy.org/latest-insights/global-electricity-review-2024/", "2024-05-08"),
     src("US EIA: Electricity explained", "https://www.eia.gov/energyexplained/electricity/electricity-in-the-us.php", "2024")])

reb("china-solar-one-year-beats-us-total", "Mostly true", ["solar", "energy"],
    "China installed more solar power in a single year than the US has installed in its entire history.",
    "中国一年新增的太阳能装机，超过了美国有史以来的全部装机。",
    "Correct for 2023: China's National Energy Administration reported 216.9 GW of new solar capacity that year, while total US solar capacity at the end of 2023 was about 177 GW according to SEIA and Wood Mackenzie. China added about 278 GW more in 2024. Context: solar still supplied only about 6% of China's electricity in 2023, and coal generation also rose that year.",
    "就2023年而言属实：中国国家能源局公布当年新增光伏装机216.9吉瓦，而据SEIA和伍德麦肯兹统计，截至2023年底美国光伏累计装机约177吉瓦。2024年中国又新增约278吉瓦。需要补充的是，2023年光伏仅占中国发电量的约6%，当年煤电发电量也在增长。",
    [src("SEIA / Wood Mackenzie: Solar Market Insight 2023 Year in Review", "https://www.seia.org/research-resources/solar-market-insight-2023-year-review", "2024-03-06"),
     src("Ember: Global Electricity Review 2024", "https://ember-energy.org/latest-insights/global-electricity-review-2024/", "2024-05-08")])

reb("chinese-solar-cheap-only-from-efficiency", "Misleading", ["solar", "trade", "subsidies"],
    "Chinese solar panels are cheap purely because Chinese factories are more efficient, not because of subsidies.",
    "中国光伏板便宜纯粹是因为工厂效率高，而不是因为补贴。",
    "Scale and process innovation are real: China holds over 80% of capacity in every main stage of panel manufacturing, according to the IEA. But the IEA also cites state support, low-cost financing and cheap coal-heavy electricity for polysilicon. In 2023-24 module prices fell to around $0.10-0.15 per watt, below production cost for many makers, and leading producers such as LONGi reported large losses in 2024.",
    "规模效应和工艺创新确实存在：据国际能源署统计，中国在光伏制造各主要环节都拥有80%以上的产能。但国际能源署同时指出，政府支持、低成本融资以及多晶硅生产所用的廉价煤电也是重要因素。2023至2024年组件价格跌至每瓦约0.10至0.15美元，低于许多企业的生产成本，隆基等龙头企业2024年出现巨额亏损。",
    [src("IEA: Special Report on Solar PV Global Supply Chains", "https://www.iea.org/reports/solar-pv-global-supply-chains", "2022-07-07"),
     src("IEA: Renewables 2024", "https://www.iea.org/reports/renewables-2024", "2024-10-09")])

# ---------------- EVs / BYD ----------------
reb("byd-outsells-tesla-worldwide", "Missing context", ["ev", "byd", "tesla"],
    "BYD now sells more electric cars than Tesla worldwide.",
    "比亚迪在全球的电动车销量已经超过特斯拉。",
    "It depends on what is counted. In pure battery-electric cars Tesla delivered 1.81 million in 2023 against BYD's 1.57 million, and about 1.79 million against 1.76 million in 2024, although BYD sold more in the fourth quarter of 2023. Including plug-in hybrids, BYD sold about 3.0 million vehicles in 2023 and 4.25 million in 2024, far ahead of Tesla.",
    "这取决于统计口径。仅计算纯电动车，2023年特斯拉交付181万辆，比亚迪157万辆；2024年分别约为179万辆和176万辆，不过比亚迪在2023年第四季度曾短暂超过特斯拉。若计入插电式混合动力车，比亚迪2023年销量约300万辆，2024年约425万辆，远超特斯拉。",
    [src("Tesla: Fourth Quarter 2024 Production and Deliveries", "https://ir.tesla.com/press-release/tesla-fourth-quarter-2024-production-deliveries-deployments", "2025-01-02"),
     src("BYD Company: Investor relations, monthly sales announcements", "https://www.bydglobal.com/en/Investor.html", "2025-01")])

reb("byd-cars-lower-quality-than-tesla", "Misleading", ["ev", "byd", "quality"],
    "BYD's cars are only cheap because they are lower quality than Tesla's.",
    "比亚迪的车便宜，只是因为质量比特斯拉差。",
    "Independent testing does not show such a gap: Euro NCAP gave five stars to the BYD Atto 3 in 2022 and to the Seal and Dolphin in 2023. BYD's cost advantage comes largely from vertical integration: it makes its own batteries, motors and many chips. A 2023 UBS teardown of the Seal found about three quarters of its parts made in-house, giving BYD an estimated cost advantage of around 25% over legacy carmakers.",
    "独立测试并未显示这种质量差距：欧洲新车安全评鉴协会（Euro NCAP）2022年给予比亚迪元PLUS（Atto 3）五星评级，2023年又给予海豹和海豚五星。比亚迪的成本优势主要来自垂直整合：电池、电机和许多芯片都是自产。瑞银2023年拆解海豹后发现，约四分之三的零部件为自制，估计其成本比传统车企低约25%。",
    [src("Euro NCAP: BYD safety ratings (Atto 3, Seal, Dolphin)", "https://www.euroncap.com/en/results/byd/", "2023"),
     src("UBS Evidence Lab: BYD Seal teardown", "https://www.ubs.com/global/en/investment-bank/in-focus/2023/byd-seal-teardown.html", "2023-09")])

reb("byd-profitable-only-through-subsidies", "Misleading", ["ev", "byd", "subsidies"],
    "BYD is only profitable because of Chinese government subsidies.",
    "比亚迪能盈利完全是因为中国政府的补贴。",
    "BYD does receive state support: the EU's anti-subsidy investigation set an extra countervailing duty of 17.0% on BYD in October 2024, the lowest among the sampled Chinese makers (Geely 18.8%, SAIC 35.3%). But BYD reported net profit of about 30 billion yuan in 2023 and 40.3 billion yuan in 2024 on revenue of 777 billion yuan, and its profit kept rising after China's national EV purchase subsidy ended in December 2022.",
    "比亚迪确实获得了政府支持：欧盟反补贴调查于2024年10月对比亚迪加征17.0%的反补贴税，是被抽样中国车企中最低的（吉利18.8%，上汽35.3%）。但比亚迪2023年净利润约300亿元，2024年在7771亿元营收基础上实现净利润403亿元；中国新能源汽车国家购置补贴于2022年12月退出后，其利润仍在增长。",
    [src("European Commission: Commission imposes countervailing duties on imports of battery electric vehicles from China", "https://ec.europa.eu/commission/presscorner/detail/en/ip_24_5589", "2024-10-29"),
     src("BYD Company: 2024 Annual Results", "https://www.bydglobal.com/en/Investor.html", "2025-03-24")])

reb("chinese-carmakers-will-demolish-rivals", "Unproven", ["ev", "tariffs", "trade"],
    "Without trade barriers, Chinese carmakers would demolish most of the world's other car companies.",
    "如果没有贸易壁垒，中国车企将击垮世界上大多数其他汽车公司。",
    "Chinese brands are gaining quickly where barriers are low: they took about 8% of battery-electric car sales in the EU in 2023 and dominate EV sales in Thailand. But China's record 4.9 million car exports in 2023 were still mostly combustion cars, global sales leaders remain Toyota, Volkswagen and Hyundai-Kia, and many Chinese makers are loss-making amid a domestic price war. Whether they would 'demolish' rivals is a forecast, not a fact.",
    "在贸易壁垒较低的地方，中国品牌增长迅速：2023年它们约占欧盟纯电动车销量的8%，并在泰国电动车市场占主导地位。但2023年中国创纪录的490万辆汽车出口中大部分仍是燃油车，全球销量前列仍是丰田、大众和现代起亚，许多中国车企在国内价格战中亏损。它们能否“击垮”对手只是预测，并非事实。",
    [src("IEA: Global EV Outlook 2024", "https://www.iea.org/reports/global-ev-outlook-2024", "2024-04-23"),
     src("CAAM: Automobile industry economic performance 2023", "http://en.caam.org.cn/", "2024-01-11")])

# ---------------- batteries ----------------
reb("china-makes-over-90pct-of-batteries", "Missing context", ["batteries", "supply-chain"],
    "China makes more than 90 percent of the world's EV batteries.",
    "全球90%以上的电动车电池都是中国生产的。",
    "The IEA put China's share of global battery cell manufacturing capacity at about 85% in 2023; shares above 90% apply upstream, for example to anode materials. By installations, Chinese makers led by CATL (about 38%) and BYD (about 17%) supplied roughly two thirds of EV batteries worldwide in 2024, with Korea's LG Energy Solution, SK On and Samsung SDI and Japan's Panasonic supplying most of the rest.",
    "国际能源署估计，2023年中国约占全球电池电芯制造产能的85%；超过90%的比例适用于上游环节，例如负极材料。按装机量计算，2024年以宁德时代（约38%）和比亚迪（约17%）为首的中国企业供应了全球约三分之二的电动车电池，其余大部分来自韩国的LG新能源、SK On、三星SDI以及日本的松下。",
    [src("IEA: Global EV Outlook 2024", "https://www.iea.org/reports/global-ev-outlook-2024", "2024-04-23"),
     src("SNE Research: Global EV battery usage 2024", "https://www.sneresearch.com/en/insight/release_view/", "2025-02")])

reb("battery-swapping-is-a-dead-end", "Missing context", ["batteries", "battery-swapping", "nio"],
    "Battery swapping is a dead end that nobody wants.",
    "换电模式是一条死路，根本没人需要。",
    "Tesla's own 2013 swap station drew little interest, but in China NIO has built a network of more than 2,000 swap stations and performed tens of millions of swaps, and CATL announced plans for about 1,000 'Choco-Swap' stations in 2025; Chinese regulators also set national swap standards. The business case is unproven: swap networks are capital-intensive, and NIO lost about 22 billion yuan in 2024.",
    "特斯拉2013年的换电站确实少有人用，但在中国，蔚来已建成2000多座换电站，累计换电数千万次；宁德时代宣布2025年计划建设约1000座“巧克力换电”站，中国监管部门也出台了换电国家标准。不过其商业模式尚未得到验证：换电网络投入巨大，蔚来2024年亏损约224亿元。",
    [src("NIO Inc.: Fourth Quarter and Full Year 2024 Financial Results", "https://ir.nio.com/news-releases", "2025-03-21"),
     src("CATL: Choco-Swap battery swapping launch", "https://www.catl.com/en/news/", "2024-12-18")])

# ---------------- AI ----------------
reb("deepseek-secretly-has-50k-h100s", "Unproven", ["ai", "deepseek", "chips"],
    "DeepSeek secretly has about 50,000 Nvidia H100 GPUs.",
    "DeepSeek私下拥有约5万块英伟达H100显卡。",
    "The number came from Scale AI chief executive Alexandr Wang in a January 2025 interview, offered without evidence. DeepSeek's V3 technical report says the model was trained on 2,048 Nvidia H800s, a China-specific chip that could be sold legally until late 2023. The research firm SemiAnalysis estimated DeepSeek can access around 50,000 Hopper-generation GPUs in total, mostly H800 and H20 rather than H100, but this is an outside estimate, not a confirmed count.",
    "这一数字出自Scale AI首席执行官亚历山大·王2025年1月的一次采访，他并未提供证据。DeepSeek的V3技术报告称模型使用2048块英伟达H800训练，这是面向中国的特供芯片，2023年底前可以合法出售。研究机构SemiAnalysis估计DeepSeek总共可使用约5万块Hopper架构GPU，其中多数为H800和H20而非H100，但这只是外部估算，并非证实的数字。",
    [src("DeepSeek-AI: DeepSeek-V3 Technical Report", "https://arxiv.org/abs/2412.19437", "2024-12-27"),
     src("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/2025/01/31/deepseek-debates/", "2025-01-31")])

reb("deepseek-trained-for-6-million", "Missing context", ["ai", "deepseek"],
    "DeepSeek built a model as good as OpenAI's for only about $6 million.",
    "DeepSeek只花了约600万美元就做出了和OpenAI水平相当的模型。",
    "The roughly $5.6 million figure in DeepSeek's V3 report covers only the final training run: 2.788 million H800 GPU-hours at an assumed rental price of $2 an hour. The report itself says it excludes earlier research and ablation experiments, and it also leaves out buying the hardware, staff costs and the later R1 reasoning training. SemiAnalysis estimated DeepSeek's total server spending at around $1.6 billion.",
    "DeepSeek在V3报告中给出的约560万美元仅涵盖最后一次训练：278.8万H800 GPU小时，按每小时2美元的租用价格计算。报告本身说明这不包括此前的研究和消融实验，也不包括硬件采购、人员成本以及之后R1推理模型的训练。SemiAnalysis估计DeepSeek的服务器总投入约为16亿美元。",
    [src("DeepSeek-AI: DeepSeek-V3 Technical Report", "https://arxiv.org/abs/2412.19437", "2024-12-27"),
     src("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/2025/01/31/deepseek-debates/", "2025-01-31")])

reb("export-controls-cut-china-off-ai-chips", "Misleading", ["ai", "chips", "export-controls"],
    "US export controls have completely cut China off from advanced AI chips.",
    "美国的出口管制已经让中国完全无法获得先进AI芯片。",
    "Controls since October 2022 bar sales of Nvidia's top chips to China, but Nvidia sold China-specific A800 and H800 parts until late 2023 and then the H20, and reported about $17 billion of revenue from China including Hong Kong in fiscal 2025, roughly 13% of its total. DeepSeek trained its V3 model on H800s, and US prosecutors have brought cases over GPUs smuggled to China through third countries.",
    "自2022年10月起，管制禁止向中国出售英伟达的顶级芯片，但英伟达在2023年底前一直销售面向中国的A800和H800，之后又推出H20；其2025财年来自中国（含香港）的收入约170亿美元，约占总收入的13%。DeepSeek的V3模型就是用H800训练的，美国检方也已就经第三国走私GPU到中国的行为提起诉讼。",
    [src("NVIDIA: Annual Report on Form 10-K, fiscal 2025", "https://investor.nvidia.com/financial-info/sec-filings/default.aspx", "2025-02-26"),
     src("US Bureau of Industry and Security: Advanced computing export controls update", "https://www.bis.gov/press-release/commerce-strengthens-restrictions-advanced-computing-semiconductors-enhance-foundry-due-diligence-prevent", "2023-10-17")])

reb("huawei-ai-chips-match-nvidia", "Misleading", ["ai", "chips", "huawei"],
    "Huawei's AI chips are now as good as Nvidia's.",
    "华为的AI芯片现在已经和英伟达的一样好。",
    "Huawei's Ascend 910B and 910C are made by SMIC on a 7-nanometre-class process without EUV lithography; independent tests put the 910B roughly at the level of Nvidia's 2020-era A100, well behind the H100 and the newer Blackwell chips. Huawei itself said in September 2025 that it would compete by linking very large numbers of chips in 'SuperPoD' clusters, an acknowledgement that a single Ascend chip trails Nvidia's best.",
    "华为昇腾910B和910C由中芯国际以7纳米级工艺制造，未使用极紫外光刻；独立测试显示910B大致相当于英伟达2020年推出的A100，明显落后于H100和更新的Blackwell芯片。华为自己在2025年9月表示，将通过“超节点”集群连接大量芯片来竞争，这等于承认单颗昇腾芯片仍落后于英伟达的最强产品。",
    [src("Huawei: Huawei Connect 2025 keynote on Ascend roadmap and SuperPoD", "https://www.huawei.com/en/news/2025/9/hc-2025-keynote-ascend-roadmap", "2025-09-18"),
     src("CSIS: Huawei's AI chip progress and US export controls", "https://www.csis.org/analysis/deepseek-huawei-export-controls-and-future-us-china-ai-race", "2025-03")])

# ---------------- robots ----------------
reb("china-installs-half-world-robots", "Mostly true", ["robotics", "manufacturing"],
    "China installs more industrial robots than the rest of the world combined.",
    "中国安装的工业机器人比世界其他地区加起来还多。",
    "Narrowly true: the International Federation of Robotics counted 276,288 industrial robots installed in China in 2023 out of 541,302 worldwide, or 51%. Installations in China fell 5% from 2022, and many of the robots are foreign-made, although Chinese suppliers' share of their home market rose to about 47% in 2023.",
    "勉强属实：据国际机器人联合会统计，2023年中国安装工业机器人276288台，全球为541302台，占51%。不过中国的安装量比2022年下降了5%，且其中许多机器人是外国品牌，尽管中国本土供应商在国内市场的份额在2023年升至约47%。",
    [src("IFR: Record of 4 Million Robots in Factories Worldwide (World Robotics 2024)", "https://ifr.org/ifr-press-releases/news/record-of-4-million-robots-working-in-factories-worldwide", "2024-09-24")])

reb("china-has-highest-robot-density", "False", ["robotics", "manufacturing"],
    "China has the highest robot density in the world.",
    "中国的机器人密度是全世界最高的。",
    "The International Federation of Robotics ranks South Korea first with 1,012 robots per 10,000 manufacturing employees in 2023, then Singapore with 770 and China third with 470. China did overtake Germany (429) and Japan (419) that year, and is well ahead of the US (295).",
    "国际机器人联合会的排名显示，2023年韩国以每万名制造业员工1012台机器人位居第一，新加坡以770台位居第二，中国以470台排名第三。中国当年确实超过了德国（429台）和日本（419台），并远高于美国（295台）。",
    [src("IFR: Global Robot Density in Factories Doubled in Seven Years", "https://ifr.org/ifr-press-releases/news/global-robot-density-in-factories-doubled-in-seven-years", "2024-11-20")])

# ---------------- space ----------------
reb("china-launches-more-rockets-than-spacex", "False", ["space", "launch", "spacex"],
    "China now launches more rockets than SpaceX.",
    "中国现在的火箭发射次数比SpaceX还多。",
    "In 2024 SpaceX flew 134 Falcon 9 and Falcon Heavy missions plus four Starship test flights, while all Chinese launch providers together made 68 orbital launch attempts. In 2023 the count was 96 Falcon launches against 67 for China. China's launch rate is rising, but it is about half of SpaceX's alone.",
    "2024年SpaceX执行了134次猎鹰9号和重型猎鹰任务，另有4次星舰试飞；而中国所有发射服务商合计进行了68次入轨发射。2023年则是96次猎鹰发射对中国的67次。中国的发射频率在上升，但仅约为SpaceX一家的一半。",
    [src("Jonathan McDowell: General Catalog of Artificial Space Objects - launch logs", "https://planet4589.org/space/gcat/", "2025-01"),
     src("SpaceNews: SpaceX launches record 134 Falcon missions in 2024", "https://spacenews.com/", "2024-12-31")])

reb("china-moon-landing-before-nasa", "Unproven", ["space", "moon"],
    "China will land astronauts on the Moon before the US returns there.",
    "中国将在美国重返月球之前实现载人登月。",
    "China's stated goal is a crewed landing 'before 2030', using the Long March 10 rocket, the Mengzhou spacecraft and the Lanyue lander, which passed landing and take-off tests in 2025. NASA's Artemis III landing was officially scheduled for mid-2027 as of December 2024, but it depends on SpaceX's Starship lander and has slipped repeatedly. Which country lands first is a forecast; neither schedule is settled.",
    "中国公布的目标是在2030年前实现载人登月，使用长征十号火箭、梦舟飞船和揽月着陆器，揽月着陆器已于2025年完成着陆起飞试验。截至2024年12月，美国宇航局“阿耳忒弥斯3号”登月任务官方定于2027年年中，但依赖SpaceX星舰着陆器，且已多次推迟。哪国先登月只是预测，两国时间表都未确定。",
    [src("NASA: NASA Shares Progress Toward Early Artemis Moon Missions with Crew", "https://www.nasa.gov/news-release/nasa-shares-progress-toward-early-artemis-moon-missions-with-crew/", "2024-12-05"),
     src("China Manned Space Agency: Lanyue lander landing and take-off test", "https://www.cmse.gov.cn/", "2025-08-06")])

# ---------------- TikTok / Douyin ----------------
reb("tiktok-ban-violates-free-speech", "Missing context", ["tiktok", "regulation", "free-speech"],
    "Banning TikTok in the United States would violate freedom of speech.",
    "在美国禁止TikTok违反言论自由。",
    "Congress passed the Protecting Americans from Foreign Adversary Controlled Applications Act in April 2024, requiring ByteDance to divest TikTok's US business or face a ban. On 17 January 2025 the Supreme Court unanimously upheld the law in TikTok v. Garland, finding it did not violate the First Amendment because it targets control by a foreign adversary rather than the content of speech. Enforcement was later postponed by executive orders.",
    "美国国会于2024年4月通过《保护美国人免受外国对手控制应用程序法》，要求字节跳动剥离TikTok美国业务，否则将被禁止。2025年1月17日，美国最高法院在TikTok诉加兰案中一致裁定该法合宪，认为它针对的是外国对手的控制权而非言论内容，并不违反第一修正案。此后该法的执行被行政命令推迟。",
    [src("Supreme Court of the United States: TikTok Inc. v. Garland, 604 U.S. (2025)", "https://www.supremecourt.gov/opinions/24pdf/24-656_ca7d.pdf", "2025-01-17")])

reb("douyin-feeds-chinese-kids-science", "Missing context", ["tiktok", "douyin", "children"],
    "In China, TikTok's sister app Douyin only shows children science and educational content.",
    "在中国，TikTok的姐妹应用抖音只给孩子看科学和教育内容。",
    "Douyin's youth mode, introduced under Chinese rules in 2019 and tightened in 2021, limits users under 14 to 40 minutes a day, blocks use between 10 pm and 6 am and favours educational content. But it applies only to accounts in that mode; ordinary Douyin carries the same kind of entertainment, livestreaming and shopping content as TikTok. In 2023 China's internet regulator proposed extending time limits to all minors through a device-wide 'minor mode'.",
    "抖音的青少年模式依据中国2019年的规定推出并于2021年收紧，将14岁以下用户每天使用时间限制为40分钟，晚10点至早6点禁止使用，并优先推送教育内容。但这只适用于开启该模式的账号；普通抖音与TikTok一样，充斥娱乐、直播和购物内容。2023年中国网信办还提出通过全设备“未成年人模式”将时长限制扩展到所有未成年人。",
    [src("Reuters: China proposes limiting children's smartphone use to two hours a day", "https://www.reuters.com/world/china/china-proposes-limiting-childrens-smartphone-use-two-hours-day-2023-08-02/", "2023-08-02"),
     src("Cyberspace Administration of China: Draft guidelines for minor mode on mobile internet", "https://www.cac.gov.cn/2023-08/02/c_1692541991319013.htm", "2023-08-02")])

# ---------------- Taiwan ----------------
reb("taiwan-is-like-hawaii-for-china", "Misleading", ["taiwan", "geopolitics"],
    "Taiwan is an integral part of China in the same way Hawaii is part of the United States.",
    "台湾是中国不可分割的一部分，就像夏威夷是美国的一部分一样。",
    "The People's Republic of China has never governed Taiwan; the Republic of China government moved there in 1949, and Taiwan has elected its own presidents directly since 1996, most recently Lai Ching-te in January 2024. Hawaii became a US state in 1959 after about 94% of voters backed statehood. In Taiwan, long-running surveys by National Chengchi University find fewer than 10% favour unification with the mainland.",
    "中华人民共和国从未统治过台湾；中华民国政府于1949年迁台，台湾自1996年起直选总统，最近一次是2024年1月赖清德当选。夏威夷于1959年在约94%选民支持建州后成为美国的一个州。在台湾，政治大学选举研究中心的长期调查显示，支持与大陆统一的民众不到10%。",
    [src("National Chengchi University Election Study Center: Taiwanese Unification-Independence Stances (1994-2024)", "https://esc.nccu.edu.tw/PageDoc/Detail?fid=7801&id=6963", "2024-07"),
     src("US National Archives: Hawaii Statehood, August 21, 1959", "https://www.archives.gov/legislative/features/hawaii", "")])

# ---------------- demographics ----------------
reb("china-population-halves-in-40-years", "Misleading", ["demographics", "population"],
    "China's population will fall by half within about 40 years.",
    "中国人口将在大约40年内减少一半。",
    "China's population has fallen for three straight years, to 1.408 billion at the end of 2024. The UN's World Population Prospects 2024 medium projection puts it at about 1.26 billion in 2050 and about 633 million in 2100, so halving takes roughly 75 years, not 40. Only the UN's low-fertility scenario brings the decline much closer.",
    "中国人口已连续三年下降，2024年末为14.08亿。联合国《世界人口展望2024》中方案预测，中国人口2050年约为12.6亿，2100年约为6.33亿，也就是说减半大约需要75年，而不是40年。只有联合国的低生育率方案才会使下降速度大大加快。",
    [src("UN DESA: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11"),
     src("National Bureau of Statistics of China: Statistical Communique 2024", "https://www.stats.gov.cn/english/PressRelease/202502/t20250228_1958822.html", "2025-02-28")])

reb("china-has-lowest-birth-rate", "False", ["demographics", "birth-rate"],
    "China has the lowest birth rate in the world.",
    "中国的出生率是全世界最低的。",
    "China's fertility rate is very low, about 1.0 children per woman in 2023 by most estimates, with 9.02 million births in 2023 and 9.54 million in 2024. But South Korea's rate was 0.72 in 2023, and Taiwan, Hong Kong, Macau and Singapore were also below 1.0, so China is low but not the lowest.",
    "中国的生育率确实很低，多数估计2023年约为每名妇女生育1.0个孩子，2023年出生人口902万，2024年954万。但韩国2023年的总和生育率为0.72，台湾、香港、澳门和新加坡也都低于1.0，因此中国虽低，却不是全球最低。",
    [src("Statistics Korea: 2023 Birth Statistics (preliminary)", "https://kostat.go.kr/board.es?mid=a20108100000&bid=11773", "2024-02-28"),
     src("UN DESA: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11")])

# ---------------- Tesla Shanghai ----------------
reb("giga-shanghai-built-in-under-a-year", "Mostly true", ["tesla", "shanghai", "manufacturing"],
    "Tesla's Shanghai factory went from an empty field to producing cars in less than a year.",
    "特斯拉上海工厂从一片空地到生产汽车用了不到一年。",
    "Accurate: construction began on 7 January 2019, production started in the autumn and the first China-built Model 3s were delivered on 30 December 2019, about 357 days later. Context: Shanghai supplied the land and fast-tracked approvals, and Chinese state banks lent Tesla about 11.25 billion yuan for the plant in 2019, which helped the speed.",
    "基本属实：工厂于2019年1月7日开工，当年秋季开始生产，首批国产Model 3于2019年12月30日交付，前后约357天。背景是：上海提供了土地并加快审批，中国国有银行在2019年向特斯拉提供了约112.5亿元贷款用于建厂，这些都帮助提高了速度。",
    [src("Tesla: Q4 2019 Update", "https://ir.tesla.com/", "2020-01-29"),
     src("Reuters: Tesla signs loan deal with Chinese banks for Shanghai factory", "https://www.reuters.com/article/us-tesla-china-loans-idUSKBN1YX0E4", "2019-12-29")])

# ---------------- rare earths ----------------
reb("china-rare-earths-total-monopoly", "Misleading", ["rare-earths", "supply-chain"],
    "China has a total monopoly on rare earths; there is no other source.",
    "中国完全垄断了稀土，没有其他来源。",
    "China dominates but is not the only source. The USGS estimates China mined about 270,000 tonnes of rare-earth oxide in 2024, roughly 69% of world output; the US (about 45,000 tonnes, mainly Mountain Pass in California), Myanmar, Australia and others mined the rest. China's grip is tighter downstream: around 90% of refining and over 90% of permanent magnet production, which is why its April 2025 export licensing disrupted carmakers worldwide.",
    "中国占主导地位，但并非唯一来源。美国地质调查局估计，2024年中国开采稀土氧化物约27万吨，约占全球产量的69%；其余来自美国（约4.5万吨，主要是加州芒廷帕斯矿）、缅甸、澳大利亚等国。中国在下游的掌控更强：约90%的冶炼分离和90%以上的永磁体生产，这也是其2025年4月实施出口许可后全球车企受到冲击的原因。",
    [src("USGS: Mineral Commodity Summaries 2025 - Rare Earths", "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf", "2025-01-31"),
     src("IEA: Global Critical Minerals Outlook 2024", "https://www.iea.org/reports/global-critical-minerals-outlook-2024", "2024-05-17")])

reb("rare-earths-are-not-rare", "Mostly true", ["rare-earths", "supply-chain"],
    "Rare earths are not actually rare; the problem is that China does the processing.",
    "稀土其实并不稀有，问题在于加工环节掌握在中国手里。",
    "Largely right: the USGS notes that rare-earth elements are relatively abundant in the Earth's crust, with cerium about as common as copper, although concentrated, economically mineable deposits are less common. The bottleneck is separation and magnet-making: China handles about 90% of rare-earth refining and more than 90% of sintered permanent magnet output, according to the IEA, and building capacity elsewhere takes years.",
    "基本正确：美国地质调查局指出，稀土元素在地壳中相对丰富，铈的丰度与铜相当，但品位高、具有开采经济性的矿床较少。瓶颈在于分离和磁体制造：据国际能源署统计，中国承担了约90%的稀土冶炼分离和90%以上的烧结永磁体生产，而在其他地方建设产能需要数年时间。",
    [src("USGS Fact Sheet 087-02: Rare Earth Elements - Critical Resources for High Technology", "https://pubs.usgs.gov/fs/2002/fs087-02/", "2002"),
     src("IEA: Global Critical Minerals Outlook 2024", "https://www.iea.org/reports/global-critical-minerals-outlook-2024", "2024-05-17")])

# ---------------- students ----------------
reb("chinese-students-in-us-keep-growing", "False", ["education", "students", "immigration"],
    "The number of Chinese students at American universities keeps growing every year.",
    "在美国大学就读的中国留学生人数每年都在增长。",
    "The opposite has been true for several years. The Institute of International Education's Open Doors data show Chinese students in the US peaked at 372,532 in 2019/20 and fell to 277,398 in 2023/24. That year India overtook China as the largest source of international students, with 331,602.",
    "事实恰恰相反，且已持续数年。美国国际教育协会“门户开放”数据显示，在美中国留学生人数在2019/20学年达到372532人的峰值，2023/24学年降至277398人。当年印度以331602人超过中国，成为最大的国际学生来源国。",
    [src("IIE Open Doors 2024 Report on International Educational Exchange", "https://opendoorsdata.org/annual-release/international-students/", "2024-11-18")])

# ---------------- lidar / autonomy ----------------
reb("chinese-self-driving-needs-lidar", "Misleading", ["autonomous-driving", "lidar", "ev"],
    "Chinese carmakers' self-driving systems only work because they use expensive lidar.",
    "中国车企的自动驾驶只是靠昂贵的激光雷达才能运作。",
    "Many Chinese models do carry lidar, mostly from Hesai or RoboSense, but it is no longer expensive: Hesai said its ATX sensor would sell for under $200 in 2025. Several Chinese systems also run without it: BYD's 'God's Eye C' driver-assistance package, rolled out in February 2025 down to the roughly 70,000-yuan Seagull, is camera-based, and Xpeng's P7+ launched in late 2024 without lidar.",
    "许多中国车型确实配备激光雷达，主要来自禾赛或速腾聚创，但价格已不再昂贵：禾赛表示其ATX激光雷达2025年售价将低于200美元。还有一些中国系统不依赖激光雷达：比亚迪2025年2月推出的“天神之眼C”辅助驾驶方案以摄像头为主，覆盖到售价约7万元的海鸥；小鹏P7+于2024年底上市，也没有搭载激光雷达。",
    [src("BYD: Intelligent driving strategy launch, God's Eye", "https://www.bydglobal.com/en/news.html", "2025-02-10"),
     src("Hesai Group: ATX lidar launch", "https://www.hesaitech.com/news/", "2024-04")])
