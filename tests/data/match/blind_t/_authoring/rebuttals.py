"""Writes /work/blind/T/rebuttals.yaml (30 new rebuttals). Run: python3 rebuttals.py"""
import pathlib

import yaml

OUT = pathlib.Path(__file__).resolve().parent.parent / "rebuttals.yaml"


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


IEA_GEVO25 = ("IEA: Global EV Outlook 2025", "https://www.iea.org/reports/global-ev-outlook-2025", "2025-05-14")
CATL_NEWS = ("CATL: Tech Day 2025 - Naxtra sodium-ion battery", "https://www.catl.com/en/news/", "2025-04-21")
EMBER_24 = ("Ember: Global Electricity Review 2024",
            "https://ember-energy.org/latest-insights/global-electricity-review-2024/", "2024-05-08")
EMBER_25 = ("Ember: Global Electricity Review 2025",
            "https://ember-energy.org/latest-insights/global-electricity-review-2025/", "2025-04-08")
EIA_EPA = ("EIA: Electric Power Annual", "https://www.eia.gov/electricity/annual/", "2024-10")
NEA = "https://www.nea.gov.cn/"
PRIS = ("IAEA PRIS: Power Reactor Information System", "https://pris.iaea.org/pris/", "2025")
WNA_CN = ("World Nuclear Association: Nuclear Power in China",
          "https://world-nuclear.org/information-library/country-profiles/countries-a-f/china-nuclear-power", "2025")
CAAM = ("CAAM: 2024 automobile production and sales", "http://www.caam.org.cn/", "2025-01-13")
IFR = ("IFR: World Robotics 2024 - robot density", "https://ifr.org/worldrobotics/", "2024-11-20")

R = [
    reb("china-sodium-ion-already-replacing-lithium", "False", ["batteries", "sodium-ion", "evs"],
        "Sodium-ion batteries have already replaced lithium in most of China's cheap EVs.",
        "在中国大多数廉价电动车里，钠离子电池已经取代了锂电池。",
        "Sodium-ion cells are still a niche in China's car market. Industry installation data put sodium-ion at "
        "well under 1% of EV batteries fitted in China in 2024, while lithium iron phosphate (LFP) made up roughly "
        "three quarters. Only a handful of models, such as JAC's Yiwei brand in 2024, have shipped with sodium-ion "
        "packs, and CATL said its Naxtra sodium-ion cell would only enter mass production from December 2025.",
        "钠离子电池在中国汽车市场仍属小众。行业装车数据显示，2024年钠离子电池在中国电动车电池装车量中的占比远低于1%，"
        "而磷酸铁锂电池约占四分之三。只有少数车型（如2024年江淮旗下的钇为品牌）搭载过钠电池包；宁德时代表示，"
        "其“钠新”钠离子电池要到2025年12月才开始量产。",
        [src(*IEA_GEVO25), src(*CATL_NEWS)]),
    reb("china-sodium-ion-dead-end", "False", ["batteries", "sodium-ion"],
        "Sodium-ion batteries are a dead end that China will never commercialise.",
        "钠离子电池是条死胡同，中国永远无法实现其商业化。",
        "China is already commercialising sodium-ion, though volumes are still small. CATL unveiled its Naxtra "
        "sodium-ion cell (175 Wh/kg) in April 2025 with mass production planned from December 2025; BYD agreed in "
        "January 2024 to build a 10-billion-yuan, 30 GWh sodium-ion battery plant in Xuzhou; and the first "
        "50 MW/100 MWh phase of Datang's sodium-ion storage station in Hubei began operating in 2024.",
        "中国已经在推进钠离子电池商业化，只是规模还小。宁德时代2025年4月发布“钠新”钠离子电池（能量密度175Wh/kg），"
        "计划2025年12月起量产；比亚迪2024年1月签约在徐州投资100亿元建设30GWh钠离子电池工厂；"
        "大唐集团湖北钠离子储能电站一期（50MW/100MWh）于2024年投运。",
        [src(*CATL_NEWS),
         src("Reuters: BYD to build sodium-ion battery plant in Xuzhou", "https://www.reuters.com/business/autos-transportation/", "2024-01")]),
    reb("china-lfp-minority-of-ev-batteries", "False", ["batteries", "lfp", "evs"],
        "Iron-phosphate (LFP) cells are only a small minority of China's EV batteries; nickel-based cells still dominate.",
        "磷酸铁锂电池在中国电动车电池中只占一小部分，三元锂电池仍占主导。",
        "LFP is the dominant EV battery chemistry in China. Data from the China Automotive Battery Innovation "
        "Alliance show LFP accounted for about 67% of EV battery installations in 2023 (about 261 GWh of 388 GWh) "
        "and about 75% in 2024 (about 409 GWh of 548 GWh); nickel-based ternary cells made up nearly all of the rest.",
        "磷酸铁锂是中国电动车电池的主流技术路线。中国汽车动力电池产业创新联盟数据显示，2023年磷酸铁锂电池约占动力电池"
        "装车量的67%（约261GWh/388GWh），2024年约占75%（约409GWh/548GWh），其余几乎全是三元电池。",
        [src("China Automotive Battery Innovation Alliance: 2024 power battery installation data", "http://www.caam.org.cn/", "2025-01"),
         src("IEA: Global EV Outlook 2024", "https://www.iea.org/reports/global-ev-outlook-2024", "2024-04-23")]),
    reb("china-battery-packs-under-50-dollars", "Misleading", ["batteries", "costs"],
        "Battery packs in China already cost less than $50 per kilowatt-hour.",
        "在中国，电池包成本已经低于每千瓦时50美元。",
        "BloombergNEF's December 2024 survey found average lithium-ion pack prices in China of about $94 per kWh, "
        "the lowest of any region but nearly double $50; the global average was $115 per kWh. Some quotes for bare "
        "LFP cells in China approached $50 per kWh in 2024, but cells are not packs.",
        "彭博新能源财经2024年12月的调查显示，中国锂离子电池包平均价格约为每千瓦时94美元，虽是全球最低，但接近50美元的两倍；"
        "全球平均为每千瓦时115美元。2024年中国部分磷酸铁锂电芯报价接近每千瓦时50美元，但电芯不等于电池包。",
        [src("BloombergNEF: Lithium-Ion Battery Pack Prices See Largest Drop Since 2017, Falling to $115 per Kilowatt-Hour",
             "https://about.bnef.com/blog/lithium-ion-battery-pack-prices-see-largest-drop-since-2017-falling-to-115-per-kilowatt-hour-bloombergnef/",
             "2024-12-10")]),
    reb("china-2023-solar-more-than-rest-of-world", "Mostly true", ["solar", "renewables"],
        "In 2023 China installed more solar capacity than the rest of the world combined.",
        "2023年中国新增光伏装机超过了世界其他地区的总和。",
        "Broadly correct. China's National Energy Administration reported about 217 GW of new solar capacity in "
        "2023, while IRENA counted about 346 GW added worldwide, so China accounted for roughly 60% of global "
        "additions. The margin depends on the data source (DC or AC capacity), but every major tally puts China "
        "above half for 2023.",
        "基本属实。国家能源局数据显示，2023年中国新增光伏装机约217GW；国际可再生能源署统计全球新增约346GW，"
        "中国约占全球新增的60%。具体比例因统计口径（直流或交流容量）而异，但各主要统计都显示中国2023年占比超过一半。",
        [src("IRENA: Renewable Capacity Statistics 2024",
             "https://www.irena.org/Publications/2024/Mar/Renewable-capacity-statistics-2024", "2024-03-27"),
         src("National Energy Administration: 2023 national power industry statistics", NEA, "2024-01-26")]),
    reb("china-wind-turbines-under-10-percent-output", "False", ["wind", "renewables", "power-grid"],
        "China's wind turbines produce less than 10% of their rated capacity on average.",
        "中国的风电机组平均发电量不到其额定容量的10%。",
        "China Electricity Council data put average utilisation of grid-connected wind farms at about 2,225 hours "
        "in 2023, equivalent to a capacity factor of roughly 25%, and about 2,127 hours (about 24%) in 2024. "
        "National wind curtailment was around 3-4%. Output varies by province, but the national average is more "
        "than double the 10% claimed.",
        "中国电力企业联合会数据显示，2023年全国并网风电平均利用小时数约2225小时，相当于约25%的容量系数；"
        "2024年约2127小时（约24%）。全国弃风率约3%至4%。各省差异较大，但全国平均水平是所称10%的两倍多。",
        [src("China Electricity Council: National power industry statistics", "https://www.cec.org.cn/", "2025-01"),
         src("National Energy Administration: grid-connected wind power operation 2024", NEA, "2025-01")]),
    reb("china-throws-away-half-its-solar", "False", ["solar", "power-grid", "curtailment"],
        "China throws away about half of its solar power because the grid cannot absorb it.",
        "由于电网无法消纳，中国大约一半的光伏发电被白白浪费。",
        "Official monitoring data show China used about 98% of available solar generation in 2023 and about 97% in "
        "2024, meaning national curtailment of roughly 2-3%. Curtailment is much higher in a few north-western "
        "regions such as Tibet and Qinghai, but nationally it is nowhere near half.",
        "官方监测数据显示，2023年中国光伏发电利用率约为98%，2024年约为97%，即全国弃光率约2%至3%。"
        "西藏、青海等少数西北地区弃光率明显偏高，但全国层面远远不到一半。",
        [src("National New Energy Consumption Monitoring and Early Warning Center: 2024 utilisation rates", NEA, "2025-01"),
         src(*EMBER_25)]),
    reb("china-electricity-more-than-double-us", "Mostly true", ["electricity", "power-grid"],
        "China generates more than twice as much electricity as the United States.",
        "中国的发电量是美国的两倍多。",
        "Correct in total. China generated roughly 9,500 TWh in 2023 against about 4,200 TWh in the US, a ratio of "
        "about 2.3, and the gap widened in 2024. The context is population: China has about four times as many "
        "people, so per person Americans still use close to twice as much electricity.",
        "从总量看属实。2023年中国发电量约9500太瓦时，美国约4200太瓦时，约为2.3倍，2024年差距进一步扩大。"
        "但需考虑人口因素：中国人口约为美国的四倍，按人均计算，美国人的用电量仍接近中国人的两倍。",
        [src(*EMBER_24), src(*EIA_EPA)]),
    reb("china-per-capita-electricity-above-us", "False", ["electricity", "per-capita"],
        "The average person in China now uses more electricity than the average American.",
        "中国的人均用电量已经超过美国。",
        "Electricity use per person in China was roughly 6,500 kWh in 2023, about half the US level of around "
        "12,000 kWh. China's total consumption is more than double America's because it has about four times as "
        "many people, not because each person uses more.",
        "2023年中国人均用电量约为6500千瓦时，约为美国人均（约12000千瓦时）的一半。"
        "中国用电总量是美国的两倍多，是因为人口约为美国的四倍，而不是因为每个人用电更多。",
        [src(*EMBER_24), src(*EIA_EPA),
         src("Our World in Data: Electricity per capita", "https://ourworldindata.org/energy", "2024")]),
    reb("china-approves-two-coal-plants-a-week", "Missing context", ["coal", "power-grid"],
        "China is still approving about two new coal power plants every week.",
        "中国仍在以每周约两座的速度批准新建煤电厂。",
        "The 'two a week' figure comes from 2022-2023, when CREA and Global Energy Monitor counted about 106 GW "
        "(2022) and 114 GW (2023) of coal power permitted. In 2024 approvals fell to about 67 GW, down more than "
        "40% from 2023, with approvals in the first half of 2024 down about 80% year on year.",
        "“每周两座”的说法来自2022至2023年：能源与清洁空气研究中心（CREA）和全球能源监测（GEM）统计，"
        "2022年和2023年分别核准约106GW和114GW煤电。2024年核准量降至约67GW，比2023年下降四成以上，"
        "其中2024年上半年核准量同比下降约80%。",
        [src("CREA & Global Energy Monitor: China's coal power approvals in 2024", "https://energyandcleanair.org/", "2025-02"),
         src("Global Energy Monitor: Boom and Bust Coal 2025", "https://globalenergymonitor.org/report/boom-and-bust-coal-2025/", "2025-04")]),
    reb("china-coal-under-half-of-power", "False", ["coal", "electricity"],
        "Coal now produces less than half of China's electricity.",
        "煤电在中国发电量中的占比已经不到一半。",
        "Coal still generated about 58% of China's electricity in 2024, down from about 60% in 2023 and about 70% "
        "in 2015, according to Ember. Wind and solar together supplied roughly 18% in 2024. Coal's share is "
        "falling, but it has not dropped below half.",
        "据Ember统计，2024年煤电仍约占中国发电量的58%，低于2023年的约60%和2015年的约70%。"
        "2024年风电和光伏合计约占18%。煤电占比在下降，但并未跌破一半。",
        [src(*EMBER_25), src("China Electricity Council: 2024 power statistics", "https://www.cec.org.cn/", "2025-01")]),
    reb("china-grid-spending-trillion-yuan", "Misleading", ["power-grid", "investment"],
        "China spends a trillion yuan a year on its power grid.",
        "中国每年在电网上投入一万亿元人民币。",
        "National Energy Administration data show power-grid investment of about 608 billion yuan in 2024, up "
        "about 15% from 2023, and State Grid said it planned to invest more than 650 billion yuan in 2025. "
        "That is a record, but about 60% of the trillion yuan claimed.",
        "国家能源局数据显示，2024年全国电网工程完成投资约6083亿元，同比增长约15%；"
        "国家电网表示2025年计划投资超过6500亿元。这是历史新高，但只有所称一万亿元的六成左右。",
        [src("National Energy Administration: 2024 national power industry statistics", NEA, "2025-01"),
         src("State Grid Corporation of China: 2025 investment plan", "http://www.sgcc.com.cn/", "2025-01")]),
    reb("china-reactor-built-in-two-years", "False", ["nuclear"],
        "China can build a nuclear reactor in under two years.",
        "中国不到两年就能建成一座核反应堆。",
        "IAEA data show recent Chinese reactors took about five to six years from first concrete to grid "
        "connection. The first Hualong One, Fuqing unit 5, started construction in May 2015 and entered commercial "
        "operation in January 2021. That is fast compared with Vogtle 3 and 4 in the US, which took about a "
        "decade, but nowhere near two years.",
        "国际原子能机构数据显示，中国近年建成的核电机组从浇筑第一罐混凝土到并网约需五到六年。"
        "首台华龙一号福清5号机组2015年5月开工，2021年1月投入商运。这比美国沃格特勒3、4号机组约十年的工期快得多，"
        "但远非两年。",
        [src(*PRIS), src(*WNA_CN)]),
    reb("china-approves-30-reactors-a-year", "False", ["nuclear"],
        "China approves more than 30 new nuclear reactors every year.",
        "中国每年批准30多台新的核电机组。",
        "China's State Council approved 10 new reactors in 2022, 10 in 2023 and 11 in 2024, and another 10 in "
        "April 2025. That is a fast pace by world standards, about ten a year, but roughly a third of the number "
        "claimed.",
        "中国国务院2022年核准10台核电机组，2023年10台，2024年11台，2025年4月又核准10台。"
        "按世界标准这一速度很快，约为每年10台，但只有所称数量的三分之一左右。",
        [src("World Nuclear News: China approves ten new reactors", "https://www.world-nuclear-news.org/", "2025-04"),
         src(*WNA_CN)]),
    reb("china-nuclear-already-beats-us", "False", ["nuclear"],
        "China already has more nuclear power capacity than the United States.",
        "中国的核电装机容量已经超过美国。",
        "The US operates 94 reactors with about 97 GW of capacity, versus about 58 reactors and roughly 60 GW in "
        "mainland China as of mid-2025. With about 30 reactors under construction, China is projected to overtake "
        "the US around 2030, but it has not done so yet.",
        "截至2025年年中，美国有94台在运核电机组，装机约97GW；中国大陆约58台，装机约60GW。"
        "中国在建机组约30台，预计2030年前后超过美国，但目前尚未超过。",
        [src(*PRIS), src(*WNA_CN),
         src("EIA: How many nuclear power plants are in the United States?", "https://www.eia.gov/tools/faqs/faq.php?id=207&t=3", "2025")]),
    reb("china-military-budget-bigger-than-us", "False", ["military"],
        "China already spends more on its military than the United States.",
        "中国的军费开支已经超过美国。",
        "China's official 2025 defence budget is 1.78 trillion yuan, about $245 billion. SIPRI estimates China's "
        "actual military spending in 2024 at about $314 billion, against $997 billion for the US, roughly a third. "
        "China's spending has risen for 30 consecutive years, but it remains far below America's.",
        "中国2025年官方国防预算为1.78万亿元人民币，约合2450亿美元。斯德哥尔摩国际和平研究所估计，"
        "2024年中国实际军费约3140亿美元，美国为9970亿美元，中国约为美国的三分之一。"
        "中国军费已连续30年增长，但仍远低于美国。",
        [src("SIPRI: Trends in World Military Expenditure, 2024",
             "https://www.sipri.org/publications/2025/sipri-fact-sheets/trends-world-military-expenditure-2024", "2025-04-28"),
         src("Xinhua: China's 2025 defence budget", "http://www.news.cn/", "2025-03-05")]),
    reb("china-exports-half-its-cars", "False", ["autos", "exports", "evs"],
        "China exports more than half of the cars it makes.",
        "中国生产的汽车有一半以上用于出口。",
        "China Association of Automobile Manufacturers figures show China produced about 31.3 million vehicles "
        "in 2024 and exported about 5.9 million, under a fifth of output. China is the world's largest car "
        "exporter, but most of what it builds is still sold at home.",
        "中国汽车工业协会数据显示，2024年中国汽车产量约3130万辆，出口约590万辆，不到产量的五分之一。"
        "中国是全球最大的汽车出口国，但大部分产量仍在国内销售。",
        [src(*CAAM)]),
    reb("china-exported-10-million-cars", "False", ["autos", "exports"],
        "China exported more than 10 million cars last year.",
        "中国去年出口汽车超过一千万辆。",
        "China's vehicle exports were about 4.9 million in 2023 and about 5.9 million in 2024, according to the "
        "China Association of Automobile Manufacturers, including about 1.3 million new-energy vehicles in 2024. "
        "That makes China the world's largest exporter, ahead of Japan, but well short of 10 million.",
        "中国汽车工业协会数据显示，中国汽车出口2023年约491万辆，2024年约586万辆，其中2024年新能源汽车约128万辆。"
        "中国已超过日本成为全球最大汽车出口国，但距离一千万辆还差得远。",
        [src(*CAAM),
         src("Japan Automobile Manufacturers Association: export statistics", "https://www.jama.or.jp/english/", "2024")]),
    reb("china-ev-startups-already-dead", "Misleading", ["evs", "price-war"],
        "Most Chinese EV start-ups have already gone bust in the price war.",
        "大多数中国电动车初创企业已经在价格战中倒闭。",
        "Several Chinese EV makers have failed: WM Motor filed for bankruptcy restructuring in 2023, HiPhi halted "
        "production in 2024 and Neta's parent Hozon entered bankruptcy proceedings in 2025. But well over 100 "
        "brands still sold new-energy cars in China in 2024, and start-ups such as Leapmotor, Li Auto, Xpeng and "
        "Nio kept growing sales. Consolidation is under way; most have not gone bust yet.",
        "确有多家中国电动车企业倒下：威马汽车2023年申请破产重整，高合汽车2024年停产，哪吒汽车母公司合众新能源"
        "2025年进入破产程序。但2024年在中国销售新能源车的品牌仍超过100个，零跑、理想、小鹏、蔚来等新势力销量仍在增长。"
        "行业正在整合，但大多数企业尚未倒闭。",
        [src(*CAAM), src("Reuters: China's EV shakeout", "https://www.reuters.com/business/autos-transportation/", "2025")]),
    reb("chinese-carmakers-lose-money-on-every-ev", "False", ["evs", "price-war", "byd"],
        "Chinese carmakers lose money on every EV they sell.",
        "中国车企每卖一辆电动车都在亏钱。",
        "Many Chinese EV makers do lose money, but not all. BYD reported 2024 net profit of about 40.3 billion "
        "yuan on record sales of about 4.27 million vehicles, and Li Auto has been profitable every year since "
        "2023. Losses are concentrated among start-ups such as Nio.",
        "不少中国电动车企业确实亏损，但并非全部。比亚迪2024年净利润约403亿元，销量创纪录达约427万辆；"
        "理想汽车自2023年以来每年都实现盈利。亏损主要集中在蔚来等新势力。",
        [src("BYD: 2024 annual results", "https://www.bydglobal.com/", "2025-03"),
         src("Li Auto: 2023 annual results", "https://ir.lixiang.com/", "2024-02")]),
    reb("chinese-car-plants-are-dark-factories", "False", ["automation", "manufacturing", "autos"],
        "Most Chinese car factories are already fully automated 'dark factories' with no workers.",
        "中国大多数汽车工厂已经是没有工人的全自动“黑灯工厂”。",
        "China had about 470 industrial robots per 10,000 manufacturing workers in 2023, according to the "
        "International Federation of Robotics: high by world standards, but far from lights-out production. "
        "Automotive manufacturing in China still employs millions of people, and fully unmanned lines remain "
        "the exception rather than the rule.",
        "国际机器人联合会数据显示，2023年中国每万名制造业工人拥有约470台工业机器人，按世界标准较高，"
        "但离“无人化生产”还很远。中国汽车制造业仍雇用数以百万计的工人，完全无人的产线只是个例而非常态。",
        [src(*IFR), src("National Bureau of Statistics of China: employment by industry", "https://www.stats.gov.cn/", "2024")]),
    reb("china-fewer-robots-per-worker-than-us", "False", ["robotics", "automation"],
        "China uses far fewer industrial robots per factory worker than the United States.",
        "按每个工人计算，中国工厂使用的工业机器人远少于美国。",
        "The International Federation of Robotics reports a robot density in China of 470 robots per 10,000 "
        "manufacturing employees in 2023, well above the US at 295. China ranked third in the world, behind "
        "South Korea and Singapore, and overtook Germany and Japan that year.",
        "国际机器人联合会数据显示，2023年中国机器人密度为每万名制造业员工470台，远高于美国的295台。"
        "中国位列全球第三，仅次于韩国和新加坡，并在当年超过了德国和日本。",
        [src(*IFR)]),
    reb("chinese-engineers-work-72-hours", "Misleading", ["work-culture", "engineers"],
        "Chinese engineers all work '996' schedules, 72 hours a week.",
        "中国工程师全都实行“996”，每周工作72小时。",
        "China's National Bureau of Statistics reports average weekly working hours for enterprise employees of "
        "about 49 hours in 2024: long by international standards, but well below the 72 hours of '996'. In "
        "August 2021 China's Supreme People's Court and human-resources ministry declared 996 schedules illegal, "
        "though very long hours persist at some tech firms.",
        "国家统计局数据显示，2024年全国企业就业人员周平均工作时间约49小时，按国际标准偏长，但远低于“996”的72小时。"
        "2021年8月，最高人民法院和人社部明确“996”工作制违法，不过部分科技企业仍存在超长工时。",
        [src("National Bureau of Statistics of China: average weekly working hours", "https://www.stats.gov.cn/", "2025-01"),
         src("Supreme People's Court & MOHRSS: typical cases on overtime", "https://www.court.gov.cn/", "2021-08-26")]),
    reb("china-files-more-patents-than-world", "Misleading", ["patents", "innovation"],
        "China files more patent applications than the rest of the world combined.",
        "中国的专利申请量超过世界其他地区的总和。",
        "WIPO counted about 3.55 million patent applications worldwide in 2023, of which China's patent office "
        "received about 1.64 million, roughly 46%. China is by far the largest filer, but the rest of the world "
        "combined still files slightly more. In international (PCT) filings China's share is about a quarter.",
        "世界知识产权组织统计，2023年全球专利申请约355万件，其中中国国家知识产权局受理约164万件，约占46%。"
        "中国是遥遥领先的最大申请国，但世界其他地区合计仍略多于中国。在国际（PCT）专利申请中，中国约占四分之一。",
        [src("WIPO: World Intellectual Property Indicators 2024", "https://www.wipo.int/en/web/ipstats", "2024-11")]),
    reb("china-mines-most-lithium", "False", ["lithium", "mining", "critical-minerals"],
        "China mines most of the world's lithium.",
        "全世界大部分的锂是在中国开采的。",
        "The US Geological Survey estimates world lithium mine production at about 180,000 tonnes in 2023, led by "
        "Australia (about 86,000 t) and Chile (about 44,000 t), with China third at about 33,000 t, under a fifth. "
        "China's dominance is in refining: it processes roughly two thirds of the world's lithium chemicals.",
        "美国地质调查局估计，2023年全球锂矿产量约18万吨，澳大利亚约8.6万吨、智利约4.4万吨居前，"
        "中国约3.3万吨排第三，不到五分之一。中国的主导地位在于冶炼加工：全球约三分之二的锂化学品在中国加工。",
        [src("USGS: Mineral Commodity Summaries 2024 - Lithium",
             "https://pubs.usgs.gov/periodicals/mcs2024/mcs2024-lithium.pdf", "2024-01"),
         src("IEA: Global Critical Minerals Outlook 2024",
             "https://www.iea.org/reports/global-critical-minerals-outlook-2024", "2024-05-17")]),
    reb("huawei-ascend-matches-nvidia", "Misleading", ["ai-chips", "export-controls", "huawei"],
        "Huawei's Ascend AI chips already match Nvidia's best.",
        "华为昇腾AI芯片已经追平英伟达最好的芯片。",
        "Huawei's Ascend 910B, its main AI chip in 2024, is generally benchmarked at roughly the level of "
        "Nvidia's A100, launched in 2020; Nvidia's H100 (2022) and Blackwell chips (2024) are considerably "
        "faster. Ascend chips are made on SMIC's 7-nanometre-class process without EUV lithography, which US "
        "export controls since October 2022 keep out of reach, limiting yields and volumes.",
        "华为2024年的主力AI芯片昇腾910B，性能一般被认为大致相当于英伟达2020年推出的A100；"
        "英伟达的H100（2022年）和Blackwell芯片（2024年）明显更快。昇腾芯片采用中芯国际7纳米级工艺制造，"
        "无法使用EUV光刻机——美国自2022年10月起的出口管制使其难以获得——这限制了良率和产量。",
        [src("US Bureau of Industry and Security: advanced computing export controls", "https://www.bis.gov/", "2022-10-07"),
         src("CSIS: analysis of Huawei's AI chip production", "https://www.csis.org/", "2025")]),
    reb("china-robotaxis-need-safety-drivers", "False", ["autonomous-driving", "robotaxi"],
        "Robotaxis in Chinese cities all still have a safety driver behind the wheel.",
        "中国城市里的无人驾驶出租车全都还配有坐在驾驶位的安全员。",
        "Baidu's Apollo Go has offered fully driverless rides, with nobody in the driver's seat, in Wuhan and "
        "Chongqing since permits issued in August 2022, and Pony.ai and WeRide hold driverless permits in cities "
        "such as Guangzhou, Beijing and Shenzhen. Baidu reported more than 1.4 million fully driverless rides in "
        "the first quarter of 2025 alone.",
        "百度萝卜快跑自2022年8月获得许可以来，已在武汉、重庆提供驾驶位无人的全无人驾驶服务；"
        "小马智行、文远知行也在广州、北京、深圳等城市获得全无人驾驶许可。"
        "百度称，仅2025年第一季度萝卜快跑就提供了超过140万次全无人驾驶出行服务。",
        [src("Baidu: First quarter 2025 results", "https://ir.baidu.com/", "2025-05-21")]),
    reb("china-already-has-thousands-of-internet-satellites", "False", ["satellites", "starlink", "space"],
        "China already has thousands of internet satellites in orbit to rival Starlink.",
        "中国已经有数千颗互联网卫星在轨，足以与星链抗衡。",
        "China's broadband megaconstellations are only beginning. Shanghai's Qianfan (Thousand Sails) had about "
        "90 satellites in orbit by early 2025, and the state-run Guowang network began launching in December "
        "2024, with a few dozen satellites up by mid-2025: low hundreds at most, against more than 7,000 active "
        "Starlink satellites. Both plan more than 10,000 satellites each over the coming decade or more.",
        "中国的宽带巨型星座才刚刚起步。上海的“千帆”星座到2025年初约有90颗卫星在轨，国有的“国网”星座2024年12月才开始发射，"
        "到2025年年中有几十颗在轨，合计最多几百颗，而星链在轨工作卫星超过7000颗。两个星座都计划在未来十多年内各部署一万颗以上。",
        [src("Jonathan McDowell: Starlink statistics", "https://planet4589.org/space/con/star/stats.html", "2025"),
         src("SpaceNews: China's Qianfan and Guowang constellations", "https://spacenews.com/", "2025")]),
    reb("china-population-halves-by-2050", "False", ["demographics", "population"],
        "China's population will fall by half by 2050.",
        "到2050年，中国人口将减少一半。",
        "The UN's World Population Prospects 2024 projects China's population at about 1.26 billion in 2050 "
        "(medium variant), down from about 1.41 billion in 2023, a fall of roughly 10%. In the same projection "
        "China falls to about 630 million by 2100, so halving is a late-century projection, not a 2050 one.",
        "联合国《世界人口展望2024》中方案预测，中国人口2050年约为12.6亿，比2023年的约14.1亿减少约10%。"
        "同一预测中，中国人口到2100年降至约6.3亿，因此“减半”是本世纪末的预测，而不是2050年的。",
        [src("UN DESA: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11"),
         src("National Bureau of Statistics of China: 2024 population data", "https://www.stats.gov.cn/", "2025-01-17")]),
    reb("beijing-air-no-better-than-decade-ago", "False", ["air-quality", "pollution"],
        "Beijing's air is no cleaner than it was a decade ago.",
        "北京的空气质量和十年前相比没有任何改善。",
        "Beijing's annual average PM2.5 concentration fell from about 89.5 micrograms per cubic metre in 2013 to "
        "about 30.5 in 2024, according to the Beijing Municipal Ecology and Environment Bureau, a drop of about "
        "two thirds. It is still well above the WHO guideline of 5, but far cleaner than a decade ago.",
        "北京市生态环境局数据显示，北京PM2.5年均浓度从2013年的约89.5微克/立方米降至2024年的约30.5微克/立方米，"
        "下降约三分之二。虽然仍远高于世卫组织5微克/立方米的指导值，但比十年前干净得多。",
        [src("Beijing Municipal Ecology and Environment Bureau: 2024 air quality bulletin", "https://sthjj.beijing.gov.cn/", "2025-01"),
         src("WHO: Global Air Quality Guidelines", "https://www.who.int/publications/i/item/9789240034228", "2021-09-22")]),
]


class NoAlias(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def main():
    assert len(R) == 30 and len({r["id"] for r in R}) == 30
    OUT.write_text(yaml.dump(R, Dumper=NoAlias, allow_unicode=True, sort_keys=False, width=110),
                   encoding="utf-8")
    print("wrote", OUT, len(R))


if __name__ == "__main__":
    main()
