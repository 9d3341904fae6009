"""Rebuttals of set S (30), written by hand. build.py turns this into rebuttals.yaml."""


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


REBUTTALS = [
    # ---------------- shipbuilding / navy (neighbours) ----------------
    reb("china-shipbuilding-200-times-us", "Missing context", ["shipbuilding", "military"],
        "China's shipbuilding capacity is more than two hundred times that of the United States.",
        "中国的造船能力是美国的两百多倍。",
        "The figure comes from a 2023 US Office of Naval Intelligence briefing slide that put China's "
        "shipbuilding capacity at roughly 232 times America's. It measures commercial shipbuilding "
        "tonnage, where China built about half of the world's ships in 2023 and the US about 0.1%. "
        "Warship building is a far narrower contest: the US still operates 11 aircraft carriers to "
        "China's 3 and a much larger nuclear submarine fleet.",
        "这一数字出自美国海军情报局2023年的一张简报幻灯片，估计中国造船能力约为美国的232倍。它衡量的是"
        "商船建造吨位：2023年中国建造了全球约一半的船舶，美国只占约0.1%。军舰建造的差距要小得多："
        "美国仍有11艘航空母舰，中国有3艘，美国的核潜艇舰队也大得多。",
        [src("CSIS: Ship Wars - Confronting China's Dual-Use Shipbuilding Empire",
             "https://www.csis.org/analysis/ship-wars-confronting-chinas-dual-use-shipbuilding-empire", "2025-03"),
         src("The War Zone: Chinese shipbuilding capacity over 200 times greater than US, Navy says",
             "https://www.twz.com/", "2023-09")],
        "Neighbour of china-navy-bigger-and-stronger (commercial capacity vs naval power)."),
    reb("china-navy-bigger-and-stronger", "Misleading", ["shipbuilding", "military"],
        "China's navy is already both bigger and more powerful than the US Navy.",
        "中国海军现在已经比美国海军规模更大、实力更强。",
        "By number of hulls China's navy is the world's largest: the Pentagon's 2024 China Military Power "
        "Report counts more than 370 ships and submarines, against roughly 290 battle-force ships in the "
        "US Navy. But the US fleet has much greater total tonnage, 11 nuclear-powered carriers against "
        "China's 3 conventionally powered ones, and about 70 nuclear submarines against roughly a dozen. "
        "Bigger by count is not the same as more powerful.",
        "按舰艇数量计算，中国海军是世界最大的：五角大楼2024年《中国军力报告》统计其拥有370多艘舰艇和潜艇，"
        "美国海军的作战舰艇约为290艘。但美国舰队的总吨位大得多，拥有11艘核动力航母（中国为3艘常规动力航母），"
        "核潜艇约70艘（中国约十余艘）。数量更多并不等于实力更强。",
        [src("US Department of Defense: Military and Security Developments Involving the PRC 2024",
             "https://media.defense.gov/2024/Dec/18/2003615520/-1/-1/0/MILITARY-AND-SECURITY-DEVELOPMENTS-INVOLVING-THE-PEOPLES-REPUBLIC-OF-CHINA-2024.PDF",
             "2024-12-18")],
        "Neighbour of china-shipbuilding-200-times-us."),
    # ---------------- drones ----------------
    reb("dji-makes-90-percent-of-drones", "Missing context", ["drones", "dji"],
        "DJI makes about ninety percent of all the drones in the world.",
        "大疆生产了全世界约九成的无人机。",
        "Industry analysts estimate DJI's share of the global consumer drone market at roughly 70%, higher "
        "in some segments such as US commercial fleets: dominant, but not nine in ten of all drones. The "
        "figure also leaves out military drones, now made in very large numbers by Ukraine, Russia, Iran, "
        "Turkey and the US. Washington put DJI on the Commerce Department's Entity List in December 2020.",
        "行业分析机构估计，大疆在全球消费级无人机市场的份额约为70%，在美国商用机队等细分领域更高：占主导，"
        "但并非全部无人机的九成。这一说法也没有计入军用无人机，乌克兰、俄罗斯、伊朗、土耳其和美国如今都在"
        "大量生产。美国商务部于2020年12月将大疆列入实体清单。",
        [src("Drone Industry Insights: Drone Manufacturer Market Shares", "https://droneii.com/", "2023"),
         src("Federal Register: Addition of Entities to the Entity List (December 2020)",
             "https://www.federalregister.gov/documents/2020/12/22/2020-28031/addition-of-entities-to-the-entity-list-revision-of-entry-on-the-entity-list-and-removal-of-entities",
             "2020-12-22")]),
    # ---------------- rare earths (neighbours: same 90%, different stage) ----------------
    reb("china-makes-90-percent-of-rare-earth-magnets", "Mostly true", ["rare-earths", "magnets", "supply-chain"],
        "China makes about 90% of the world's rare-earth magnets.",
        "全世界约90%的稀土磁体是中国制造的。",
        "The IEA and industry analysts put China's share of sintered neodymium-iron-boron magnet production "
        "at around 90%, and China also does roughly 90% of rare-earth refining. Japan is the main other "
        "producer; US magnet making restarted only on a small scale in 2025. Since April 2025 China has "
        "required export licences for seven medium and heavy rare earths and magnets containing them.",
        "国际能源署和行业分析认为，中国在烧结钕铁硼磁体生产中的份额约为90%，稀土冶炼分离也约占90%。"
        "日本是另一个主要生产国；美国的磁体生产直到2025年才小规模恢复。自2025年4月起，中国对七种中重稀土"
        "及含这些元素的磁体实行出口许可管理。",
        [src("IEA: Global Critical Minerals Outlook 2024", "https://www.iea.org/reports/global-critical-minerals-outlook-2024", "2024-05-17")],
        "Neighbour of china-mines-90-percent-of-rare-earths: the 90% is true for magnets, not for mining."),
    reb("china-mines-90-percent-of-rare-earths", "Misleading", ["rare-earths", "mining", "supply-chain"],
        "China digs up ninety percent of the rare earths mined in the world.",
        "全世界开采的稀土有九成出自中国。",
        "The US Geological Survey estimates China mined about 240,000 tonnes of rare-earth oxide in 2023 out "
        "of roughly 350,000 tonnes worldwide, about 70%. The US (about 43,000 tonnes, at Mountain Pass), "
        "Myanmar and Australia are other large miners. China's near-90% share applies to refining and "
        "magnet making, not to mining.",
        "美国地质调查局估计，2023年中国开采稀土氧化物约24万吨，全球约35万吨，中国占约70%。美国（芒廷帕斯矿，"
        "约4.3万吨）、缅甸和澳大利亚也是主要开采国。中国接近90%的份额指的是冶炼分离和磁体制造，而不是开采。",
        [src("USGS Mineral Commodity Summaries 2024: Rare Earths", "https://pubs.usgs.gov/periodicals/mcs2024/mcs2024-rare-earths.pdf", "2024-01")],
        "Neighbour of china-makes-90-percent-of-rare-earth-magnets."),
    # ---------------- chips (neighbours: never vs already ahead) ----------------
    reb("china-cannot-make-advanced-chips-without-euv", "Misleading", ["semiconductors", "lithography", "export-controls"],
        "Without ASML's EUV lithography machines, China will never be able to make advanced chips.",
        "没有阿斯麦的EUV光刻机，中国永远造不出先进芯片。",
        "SMIC has made 7-nanometre-class chips without EUV, using older ASML DUV immersion scanners and "
        "multiple patterning; TechInsights found one in Huawei's Mate 60 Pro in September 2023. The method "
        "is costlier and yields are lower, which limits volume and makes going far below 5nm hard. Export "
        "controls have slowed China's advanced chipmaking, not stopped it.",
        "中芯国际在没有EUV的情况下，用阿斯麦较老的DUV浸没式光刻机加多重曝光造出了7纳米级芯片；2023年9月，"
        "TechInsights在华为Mate 60 Pro中发现了这种芯片。这种方法成本更高、良率更低，限制了产量，也很难远低于5纳米。"
        "出口管制拖慢了中国的先进芯片制造，但没有让它停下来。",
        [src("TechInsights: Huawei Mate 60 Pro teardown - SMIC 7nm Kirin 9000S", "https://www.techinsights.com/", "2023-09"),
         src("BIS: Advanced Computing and Semiconductor Manufacturing Controls", "https://www.bis.doc.gov/", "2022-10-07")],
        "Opposite neighbour of china-already-ahead-of-tsmc."),
    reb("china-already-ahead-of-tsmc", "False", ["semiconductors", "tsmc"],
        "Chinese chipmakers have already overtaken TSMC.",
        "中国芯片制造商已经超过了台积电。",
        "TSMC has mass-produced 3-nanometre chips since late 2022 and started 2nm volume production in 2025. "
        "China's most advanced foundry, SMIC, makes 7nm-class (and reportedly 5nm-class) chips with DUV tools "
        "at lower yields. TrendForce put TSMC at about two-thirds of global foundry revenue in late 2024 "
        "and SMIC at around 5-6%.",
        "台积电自2022年底开始量产3纳米芯片，2025年开始量产2纳米。中国最先进的代工厂中芯国际用DUV设备生产7纳米级"
        "（据报道还有5纳米级）芯片，良率较低。据TrendForce统计，2024年底台积电约占全球晶圆代工收入的三分之二，"
        "中芯国际约5%到6%。",
        [src("TrendForce: Global foundry revenue ranking 4Q24", "https://www.trendforce.com/presscenter/news", "2025-03-10")],
        "Opposite neighbour of china-cannot-make-advanced-chips-without-euv."),
    # ---------------- DeepSeek / AI (neighbours) ----------------
    reb("deepseek-trained-for-six-million", "Missing context", ["ai", "deepseek"],
        "DeepSeek built a top AI model for only about six million dollars.",
        "DeepSeek只花了大约六百万美元就做出了顶级AI模型。",
        "DeepSeek's V3 technical report (December 2024) put the final training run at 2.788 million H800 "
        "GPU-hours, about $5.6 million at an assumed rental price of $2 per GPU-hour. The report says this "
        "excludes earlier research, ablation experiments, data and hardware. SemiAnalysis estimated the "
        "company's total hardware spending at well over $500 million.",
        "DeepSeek的V3技术报告（2024年12月）称，最终一次训练用了278.8万个H800 GPU小时，按每GPU小时2美元的租价计算"
        "约为560万美元。报告说明这不包括此前的研究、消融实验、数据和硬件成本。SemiAnalysis估计该公司在硬件上的"
        "总投入远超5亿美元。",
        [src("DeepSeek-V3 Technical Report", "https://arxiv.org/abs/2412.19437", "2024-12-27"),
         src("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/2025/01/31/deepseek-debates/", "2025-01-31")],
        "Neighbour of deepseek-has-50000-h100s."),
    reb("deepseek-has-50000-h100s", "Unproven", ["ai", "deepseek", "export-controls", "nvidia"],
        "DeepSeek is secretly running about fifty thousand Nvidia H100s that it cannot admit to.",
        "DeepSeek暗中拥有约五万块不能公开的英伟达H100。",
        "The 50,000-H100 figure came from Scale AI's Alexandr Wang in a January 2025 TV interview, with no "
        "evidence offered. DeepSeek says V3 was trained on 2,048 Nvidia H800s, a China-specific chip that "
        "could be exported until October 2023. SemiAnalysis estimated DeepSeek had access to around 50,000 "
        "Hopper-generation GPUs in total, a mix of H800, H100 and H20, not 50,000 H100s; no smuggling has "
        "been proven.",
        "“五万块H100”的说法来自Scale AI的Alexandr Wang在2025年1月的电视采访，他没有给出证据。DeepSeek称V3是在"
        "2048块英伟达H800上训练的，H800是专供中国、2023年10月前可以出口的芯片。SemiAnalysis估计DeepSeek总共可用约"
        "5万块Hopper架构GPU，包括H800、H100和H20，而不是5万块H100；走私并未得到证实。",
        [src("DeepSeek-V3 Technical Report", "https://arxiv.org/abs/2412.19437", "2024-12-27"),
         src("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/2025/01/31/deepseek-debates/", "2025-01-31")],
        "Neighbour of deepseek-trained-for-six-million."),
    reb("china-will-out-compute-us-thanks-to-power", "Missing context", ["ai", "compute", "power-grid"],
        "China will end up with far more AI compute than America because it has so much more electricity.",
        "因为电力多得多，中国的AI算力最终会远远超过美国。",
        "China does generate more than twice as much electricity as the US (about 10,000 TWh against about "
        "4,300 TWh in 2024). But AI compute also depends on advanced chips, which US export controls have "
        "restricted since October 2022. Epoch AI estimated in 2025 that the US hosted about three-quarters "
        "of the world's AI supercomputer performance and China about 15%.",
        "中国的发电量确实是美国的两倍多（2024年约10万亿千瓦时，美国约4.3万亿千瓦时）。但AI算力还取决于先进芯片，"
        "而美国自2022年10月起就限制其出口。Epoch AI在2025年估计，美国拥有全球约四分之三的AI超级计算机算力，"
        "中国约占15%。",
        [src("Ember: Global Electricity Review 2025", "https://ember-energy.org/latest-insights/global-electricity-review-2025/", "2025-04-08"),
         src("Epoch AI: Trends in AI Supercomputers", "https://epoch.ai/blog/trends-in-ai-supercomputers", "2025-04")]),
    # ---------------- high-speed rail (neighbours) ----------------
    reb("china-hsr-more-than-rest-of-world", "Mostly true", ["high-speed-rail", "infrastructure"],
        "China has more high-speed rail than all other countries combined.",
        "中国的高铁比其他所有国家加起来还多。",
        "China State Railway Group reported about 48,000 km of high-speed line at the end of 2024, roughly "
        "two-thirds of the world's total, most of it built since 2008. The build-out was financed largely "
        "with debt: the state railway operator's liabilities exceed 6 trillion yuan.",
        "据国铁集团数据，截至2024年底中国高铁营业里程约4.8万公里，约占全球三分之二，大部分建于2008年以后。"
        "这些建设主要靠举债：国铁集团的负债超过6万亿元。",
        [src("China State Railway Group: 2024 statistical bulletin", "http://www.china-railway.com.cn/", "2025-01"),
         src("UIC: High-speed rail atlas", "https://uic.org/passenger/highspeed/", "2024")],
        "Neighbour of china-hsr-is-profitable (size vs money)."),
    reb("china-hsr-is-profitable", "Misleading", ["high-speed-rail", "infrastructure", "debt"],
        "China's high-speed rail network makes money and pays for itself.",
        "中国高铁网络是赚钱的，能够自负盈亏。",
        "Only a few lines, notably Beijing-Shanghai, whose listed operator reports billions of yuan in annual "
        "profit, clearly earn money. China State Railway Group carries more than 6 trillion yuan of "
        "liabilities and reported net losses in 2020, 2021 and 2022. World Bank studies found wide economic "
        "benefits but said many lines in less dense regions will not cover their costs.",
        "只有少数线路明显盈利，尤其是京沪高铁，其上市运营公司每年利润达数十亿元。国铁集团负债超过6万亿元，"
        "并在2020、2021和2022年出现净亏损。世界银行的研究认为高铁带来了广泛的经济效益，但也指出人口较稀疏"
        "地区的许多线路无法收回成本。",
        [src("World Bank: China's High-Speed Rail Development", "https://www.worldbank.org/en/country/china/publication/chinas-high-speed-rail-development", "2019-07")],
        "Neighbour of china-hsr-more-than-rest-of-world."),
    # ---------------- space (neighbours) ----------------
    reb("china-will-land-on-moon-before-us-returns", "Unproven", ["space", "moon"],
        "China will put astronauts on the Moon before America goes back.",
        "中国会在美国重返月球之前把航天员送上月球。",
        "China's space agency aims to land astronauts on the Moon before 2030 and has begun testing its "
        "Mengzhou spacecraft and Lanyue lander. NASA's Artemis III landing, which depends on SpaceX's "
        "Starship, was scheduled for mid-2027 as of December 2024, and slips are likely. Neither date is "
        "settled, so who lands first is an open question.",
        "中国载人航天工程办公室的目标是2030年前实现载人登月，梦舟飞船和揽月着陆器已开始测试。截至2024年12月，"
        "依赖SpaceX星舰的NASA阿尔忒弥斯3号登月任务计划于2027年年中进行，且很可能推迟。两个日期都不确定，"
        "谁先登月仍是未知数。",
        [src("NASA: NASA Shares Progress Toward Early Artemis Moon Missions with Crew",
             "https://www.nasa.gov/news-release/nasa-shares-progress-toward-early-artemis-moon-missions-with-crew/", "2024-12-05"),
         src("China Manned Space Agency", "https://www.cmse.gov.cn/", "")],
        "Neighbour of china-launches-more-than-spacex."),
    reb("china-launches-more-than-spacex", "False", ["space", "launches", "spacex"],
        "China now launches more rockets every year than SpaceX does.",
        "中国现在每年发射的火箭比SpaceX还多。",
        "In 2024 SpaceX flew 134 Falcon 9 and Falcon Heavy missions, while China as a whole made 68 orbital "
        "launch attempts, a national record. SpaceX alone launched about twice as many rockets as all "
        "Chinese state and commercial providers combined, and far more mass to orbit.",
        "2024年SpaceX执行了134次猎鹰9号和猎鹰重型发射，而中国全年共进行了68次轨道发射，创下本国纪录。"
        "SpaceX一家的发射次数约为中国所有国家队和商业发射商总和的两倍，送入轨道的质量也多得多。",
        [src("Jonathan McDowell: Space Activities in 2024", "https://planet4589.org/space/papers/space24.pdf", "2025-01")],
        "Neighbour of china-will-land-on-moon-before-us-returns."),
    # ---------------- steel (neighbours) ----------------
    reb("china-makes-over-half-of-world-steel", "Mostly true", ["steel", "overcapacity", "manufacturing"],
        "China produces more than half of all the steel made in the world.",
        "全世界一半以上的钢铁是中国生产的。",
        "World Steel Association data show China made about 1,019 million tonnes of crude steel in 2023 out "
        "of 1,888 million tonnes worldwide, about 54%. Its output has been roughly flat since peaking at "
        "1,065 million tonnes in 2020, while steel exports climbed to about 110 million tonnes in 2024, the "
        "most since 2015.",
        "世界钢铁协会数据显示，2023年中国粗钢产量约10.19亿吨，全球为18.88亿吨，占约54%。中国产量自2020年达到"
        "10.65亿吨的峰值后基本持平，而钢材出口在2024年升至约1.1亿吨，为2015年以来最高。",
        [src("worldsteel: World Steel in Figures 2024", "https://worldsteel.org/data/world-steel-in-figures-2024/", "2024-06")],
        "Neighbour of chinese-steel-imports-destroyed-us-steel."),
    reb("chinese-steel-imports-destroyed-us-steel", "Misleading", ["steel", "trade", "tariffs"],
        "Cheap Chinese steel flooding into America is what destroyed US steelmakers.",
        "廉价中国钢材大量涌入美国，是美国钢铁企业衰败的原因。",
        "Direct US steel imports from China are small: after years of anti-dumping duties and the 2018 "
        "Section 232 tariffs, China supplied only around 2% of US steel imports in 2023, and Canada, Brazil "
        "and Mexico were the largest suppliers. Chinese overcapacity does push down world prices, and some "
        "Chinese steel reaches the US through third countries, but US steel employment was falling for "
        "decades before China's boom because of productivity gains.",
        "美国直接从中国进口的钢材很少：经过多年的反倾销税和2018年的232条款关税，2023年中国只占美国钢材进口的约2%，"
        "最大的供应国是加拿大、巴西和墨西哥。中国的过剩产能确实压低了全球钢价，部分中国钢材也经第三国进入美国，"
        "但美国钢铁业就业在中国产能扩张之前几十年就因生产率提高而持续下降。",
        [src("International Trade Administration: Global Steel Trade Monitor", "https://www.trade.gov/data-visualization/global-steel-trade-monitor", "2024"),
         src("American Iron and Steel Institute: Imports", "https://www.steel.org/", "")],
        "Neighbour of china-makes-over-half-of-world-steel."),
    # ---------------- demographics (three neighbours) ----------------
    reb("china-population-will-halve-by-2100", "Mostly true", ["demographics", "birth-rate"],
        "China's population will fall by half by the end of this century.",
        "到本世纪末，中国人口将减少一半。",
        "The UN's World Population Prospects 2024 medium projection has China shrinking from about 1.41 "
        "billion in 2024 to roughly 633 million in 2100, a fall of more than half. Projections that far out "
        "depend heavily on whether fertility, now around one child per woman, stays this low.",
        "联合国《世界人口展望2024》中方案预测，中国人口将从2024年的约14.1亿降至2100年的约6.33亿，降幅超过一半。"
        "这么长远的预测在很大程度上取决于目前约为每名妇女1个孩子的生育率是否一直维持在低位。",
        [src("UN DESA: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11")],
        "Neighbour of china-population-already-collapsing (by 2100 vs already)."),
    reb("china-population-already-collapsing", "Misleading", ["demographics", "birth-rate"],
        "China's population is already collapsing, falling by tens of millions of people a year.",
        "中国人口已经在崩溃，每年减少几千万人。",
        "China's population has fallen three years in a row, but slowly: by 850,000 in 2022, 2.08 million in "
        "2023 and 1.39 million in 2024, to 1.408 billion, according to the National Bureau of Statistics. "
        "That is about 0.1% a year. The steep declines in UN projections come later in the century as the "
        "large generations born in the 1960s to 1980s age.",
        "据国家统计局数据，中国人口已连续三年下降，但速度不快：2022年减少85万，2023年减少208万，2024年减少139万，"
        "降至14.08亿，每年约减少0.1%。联合国预测中的大幅下降要到本世纪后期，随着1960至1980年代出生的大批人口"
        "老去才会出现。",
        [src("National Bureau of Statistics of China: Statistical Communique 2024", "https://www.stats.gov.cn/english/", "2025-01-17")],
        "Neighbour of china-population-will-halve-by-2100."),
    reb("china-has-lowest-birth-rate-in-world", "False", ["demographics", "birth-rate"],
        "China has the lowest birth rate in the world.",
        "中国的生育率是全世界最低的。",
        "China's fertility rate is very low, estimated at about 1.0 child per woman, with 9.54 million births "
        "in 2024. But South Korea's was 0.72 in 2023 and 0.75 in 2024, and Taiwan, Hong Kong and Macau "
        "also have lower rates than mainland China. South Korea has the lowest fertility of any country.",
        "中国的生育率非常低，估计约为每名妇女1.0个孩子，2024年出生954万人。但韩国2023年为0.72、2024年为0.75，"
        "台湾、香港和澳门的生育率也都低于中国大陆。生育率最低的国家是韩国。",
        [src("Statistics Korea: Birth Statistics 2024", "https://kostat.go.kr/", "2025-02"),
         src("UN DESA: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11")]),
    # ---------------- universities / STEM ----------------
    reb("china-ten-times-more-stem-graduates", "Misleading", ["education", "engineers", "stem"],
        "China turns out ten times as many STEM graduates as the United States.",
        "中国培养的理工科毕业生是美国的十倍。",
        "Georgetown's CSET estimated that China produced about 3.57 million STEM graduates across all degree "
        "levels in 2020, against about 820,000 in the US: roughly four times as many, not ten. Per person the "
        "gap nearly disappears, since China has about four times the US population. The gap is sharpest in "
        "doctorates, where CSET projected about 77,000 Chinese STEM PhDs a year by 2025 against about 40,000 "
        "in the US.",
        "乔治城大学安全与新兴技术中心（CSET）估计，2020年中国各层次理工科毕业生约357万人，美国约82万人，约为四倍而非"
        "十倍。按人均计算差距几乎消失，因为中国人口约为美国的四倍。差距最大的是博士：CSET预计到2025年中国每年约有"
        "7.7万名理工科博士毕业，美国约4万名。",
        [src("CSET: The Global Distribution of STEM Graduates", "https://cset.georgetown.edu/article/the-global-distribution-of-stem-graduates-which-countries-lead-the-way/", "2021-11"),
         src("CSET: China is Fast Outpacing U.S. STEM PhD Growth", "https://cset.georgetown.edu/publication/china-is-fast-outpacing-u-s-stem-phd-growth/", "2021-08")]),
    # ---------------- censorship / Starlink (neighbours) ----------------
    reb("nobody-in-china-can-use-x", "Missing context", ["censorship", "great-firewall", "x"],
        "X is completely blocked in China, so nobody there can use it.",
        "X在中国被彻底封锁，那里没有人能用。",
        "X, formerly Twitter, has been blocked in mainland China since 2009. But it is widely reached through "
        "VPNs, which millions of people use despite their unclear legal status, and Chinese diplomats and "
        "state media run many active accounts on it. Hong Kong and Macau are outside the Great Firewall.",
        "X（原推特）自2009年起在中国大陆被封锁。但很多人通过VPN访问它，尽管VPN的法律地位模糊，使用者仍数以百万计；"
        "中国外交官和官方媒体在X上也有大量活跃账号。香港和澳门不在防火长城之内。",
        [src("Freedom House: Freedom on the Net 2024 - China", "https://freedomhouse.org/country/china/freedom-net/2024", "2024-10")],
        "Neighbour of starlink-can-bypass-great-firewall."),
    reb("starlink-can-bypass-great-firewall", "Missing context", ["starlink", "censorship", "great-firewall"],
        "Starlink could beam uncensored internet straight into China and the Great Firewall could not stop it.",
        "星链可以直接向中国提供不受审查的互联网，防火长城根本拦不住。",
        "Starlink needs ground terminals, and importing or using unlicensed satellite receivers is illegal in "
        "China, where authorities can seize them. Starlink has no licence and offers no service in China; "
        "Musk said in 2022 that Beijing had sought assurances he would not sell Starlink there. Satellite "
        "links can also be jammed, and transmitting terminals can be located.",
        "星链需要地面终端，而在中国进口或使用未经许可的卫星接收设备是违法的，当局可以没收。星链在中国没有牌照，"
        "也不提供服务；马斯克2022年曾表示北京方面要求他保证不在中国销售星链。卫星信号还可能被干扰，发射信号的"
        "终端也可以被定位。",
        [src("Starlink: Availability map", "https://www.starlink.com/map", ""),
         src("Financial Times: Elon Musk interview on China and Starlink", "https://www.ft.com/", "2022-10-07")],
        "Neighbour of nobody-in-china-can-use-x."),
    # ---------------- Tesla Shanghai (neighbours: share of Tesla vs share exported) ----------------
    reb("giga-shanghai-makes-half-of-teslas", "Mostly true", ["tesla", "shanghai", "manufacturing"],
        "Giga Shanghai builds about half of all the cars Tesla makes.",
        "特斯拉上海超级工厂生产了特斯拉约一半的汽车。",
        "According to the China Passenger Car Association, Tesla's Shanghai plant delivered about 947,000 "
        "vehicles in 2023, out of 1.81 million Tesla deliveries worldwide, just over half, and about 917,000 "
        "of 1.79 million in 2024. It is Tesla's largest factory by output, with a stated annual capacity of "
        "more than 950,000 vehicles.",
        "据乘联会数据，特斯拉上海工厂2023年交付约94.7万辆，特斯拉全球交付181万辆，占一半略多；2024年约91.7万辆，"
        "全球179万辆。它是特斯拉产量最大的工厂，官方年产能超过95万辆。",
        [src("Tesla: Q4 2024 Update", "https://ir.tesla.com/", "2025-01-29"),
         src("China Passenger Car Association", "http://www.cpcaauto.com/", "2025-01")],
        "Neighbour of giga-shanghai-mostly-exports."),
    reb("giga-shanghai-mostly-exports", "False", ["tesla", "shanghai", "trade"],
        "Most of the cars Tesla builds in Shanghai are shipped abroad.",
        "特斯拉上海工厂生产的汽车大部分出口到了海外。",
        "China Passenger Car Association data show Tesla's Shanghai plant exported about 344,000 vehicles in "
        "2023 out of about 947,000 wholesale deliveries, roughly 36%. The other 600,000 or so were sold in "
        "China, which remains the plant's main market.",
        "乘联会数据显示，2023年特斯拉上海工厂批发销量约94.7万辆，其中出口约34.4万辆，约占36%。其余约60万辆在"
        "中国国内销售，国内市场仍是该工厂的主要市场。",
        [src("China Passenger Car Association", "http://www.cpcaauto.com/", "2024-01")],
        "Neighbour of giga-shanghai-makes-half-of-teslas."),
    # ---------------- robots (neighbours: absolute share vs density) ----------------
    reb("china-installs-over-half-of-world-robots", "Mostly true", ["robotics", "manufacturing"],
        "China installs more industrial robots every year than the rest of the world combined.",
        "中国每年新装的工业机器人比世界其他地区加起来还多。",
        "The International Federation of Robotics counted 276,288 industrial robots installed in China in "
        "2023, 51% of the 541,302 installed worldwide. Chinese suppliers' share of their home market rose to "
        "about 47%, so many of these robots are still made by foreign firms such as Fanuc, ABB, Yaskawa and "
        "KUKA.",
        "国际机器人联合会统计，2023年中国新装工业机器人276,288台，占全球541,302台的51%。中国本土供应商在国内市场的"
        "份额升至约47%，因此其中很多机器人仍由发那科、ABB、安川和库卡等外国企业制造。",
        [src("IFR: Record of 4 Million Robots Working in Factories Worldwide", "https://ifr.org/ifr-press-releases/news/record-of-4-million-robots-working-in-factories-worldwide", "2024-09-24")],
        "Neighbour of china-has-highest-robot-density (total installs vs per worker)."),
    reb("china-has-highest-robot-density", "False", ["robotics", "manufacturing"],
        "China has the highest robot density of any country in the world.",
        "中国的机器人密度是全世界最高的。",
        "IFR figures for 2023 put China's robot density at 470 industrial robots per 10,000 manufacturing "
        "employees, third in the world. South Korea led with 1,012 and Singapore was second with 770. China "
        "did overtake Germany (429) and Japan (419) that year.",
        "国际机器人联合会2023年数据显示，中国的机器人密度为每万名制造业员工470台，位居世界第三。韩国以1,012台"
        "居首，新加坡以770台位列第二。中国当年超过了德国（429台）和日本（419台）。",
        [src("IFR: Global Robot Demand in Factories Doubles Over 7 Years", "https://ifr.org/ifr-press-releases/news/global-robot-demand-in-factories-doubles-over-7-years", "2024-11-20")],
        "Neighbour of china-installs-over-half-of-world-robots."),
    # ---------------- trade / tariffs (neighbours) ----------------
    reb("us-trillion-dollar-deficit-with-china", "False", ["trade", "tariffs", "trade-surplus"],
        "America runs a trillion-dollar trade deficit with China every year.",
        "美国每年对中国有一万亿美元的贸易逆差。",
        "The US goods trade deficit with China was $295.4 billion in 2024, according to the Census Bureau, "
        "down from a peak of $418 billion in 2018. The trillion-dollar figure is closer to China's total goods "
        "surplus with the whole world, about $992 billion in 2024 by Chinese customs data, or to the total US "
        "goods deficit with all countries, about $1.2 trillion.",
        "据美国人口普查局数据，2024年美国对华货物贸易逆差为2954亿美元，低于2018年4180亿美元的峰值。一万亿美元这个数字"
        "更接近中国对全世界的货物贸易顺差（据中国海关数据，2024年约9920亿美元），或美国对所有国家的货物贸易逆差"
        "（约1.2万亿美元）。",
        [src("US Census Bureau: Trade in Goods with China", "https://www.census.gov/foreign-trade/balance/c5700.html", "2025-02"),
         src("General Administration of Customs of China", "http://english.customs.gov.cn/", "2025-01-13")],
        "Neighbour of tariffs-on-china-are-paid-by-china."),
    reb("tariffs-on-china-are-paid-by-china", "False", ["trade", "tariffs"],
        "Tariffs on Chinese goods are paid by China, not by Americans.",
        "对中国商品征收的关税由中国支付，而不是美国人。",
        "Tariffs are paid to US Customs by the importing company. Studies of the 2018-2019 tariffs "
        "(Amiti, Redding and Weinstein; Fajgelbaum and others) found close to full pass-through of the cost to "
        "US buyers, and the US International Trade Commission's 2023 review found that US importers bore "
        "nearly the full cost of the Section 301 tariffs on Chinese goods.",
        "关税由进口企业向美国海关缴纳。对2018-2019年关税的研究（Amiti、Redding和Weinstein；Fajgelbaum等）发现成本"
        "几乎全部转嫁给了美国买家；美国国际贸易委员会2023年的评估也认为，对中国商品的301关税几乎全部由美国进口商承担。",
        [src("USITC: Economic Impact of Section 232 and 301 Tariffs on U.S. Industries", "https://www.usitc.gov/publications/332/pub5405.pdf", "2023-03"),
         src("Amiti, Redding, Weinstein: The Impact of the 2018 Tariffs on Prices and Welfare", "https://www.aeaweb.org/articles?id=10.1257/jep.33.4.187", "2019")],
        "Neighbour of us-trillion-dollar-deficit-with-china."),
    # ---------------- Taiwan ----------------
    reb("taiwan-makes-90-percent-of-advanced-chips", "Mostly true", ["taiwan", "semiconductors", "tsmc"],
        "Taiwan makes roughly ninety percent of the world's most advanced chips.",
        "全世界最先进的芯片约九成是台湾制造的。",
        "A 2021 Boston Consulting Group and Semiconductor Industry Association study put Taiwan's share of "
        "global chipmaking capacity below 10 nanometres at about 92% (2019 data), nearly all of it TSMC. The "
        "share is slowly falling: TSMC began volume production of 4nm chips in Arizona in late 2024, and "
        "Samsung and Intel also make leading-edge chips.",
        "波士顿咨询公司和美国半导体行业协会2021年的研究估计，台湾占全球10纳米以下芯片产能的约92%（2019年数据），"
        "几乎全部来自台积电。这一比例正在缓慢下降：台积电2024年底在亚利桑那开始量产4纳米芯片，三星和英特尔也生产"
        "先进制程芯片。",
        [src("SIA/BCG: Strengthening the Global Semiconductor Supply Chain in an Uncertain Era",
             "https://www.semiconductors.org/strengthening-the-global-semiconductor-supply-chain-in-an-uncertain-era/", "2021-04")],
        "Same 'ninety percent' as the rare-earth and DJI rebuttals, different subject."),
    # ---------------- food ----------------
    reb("china-food-self-sufficient", "Misleading", ["agriculture", "food", "trade"],
        "China grows all the food it needs and does not depend on imports.",
        "中国的粮食完全自给，不依赖进口。",
        "China is largely self-sufficient in rice and wheat, but it is the world's largest importer of "
        "agricultural products. It imported a record 105 million tonnes of soybeans in 2024, covering more "
        "than 80% of its soybean use, mainly from Brazil and the US, and also imports large amounts of maize, "
        "meat and vegetable oils.",
        "中国的大米和小麦基本自给，但中国是全球最大的农产品进口国。2024年中国进口大豆创纪录的1.05亿吨，满足了"
        "八成以上的大豆消费，主要来自巴西和美国；中国还大量进口玉米、肉类和植物油。",
        [src("USDA FAS: China Oilseeds and Products Annual", "https://fas.usda.gov/regions/china", "2025-04"),
         src("General Administration of Customs of China", "http://english.customs.gov.cn/", "2025-01")]),
]
