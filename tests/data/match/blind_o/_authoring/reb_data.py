# Rebuttal data for the blind "O" matching set.
# Each entry: id, rating, tags, claim (en, zh), counterpoints [(en, zh, [sources])]

def src(title, url, date=""):
    return {"title": title, "url": url, "date": date}


REBUTTALS = [
    # ---------------- EV subsidies (neighbours) ----------------
    dict(
        id="o-china-ev-subsidies-ended",
        rating="Misleading",
        tags=["ev", "subsidies"],
        claim_en="China ended its EV subsidies years ago, so Chinese carmakers now compete without government help.",
        claim_zh="中国几年前就取消了电动车补贴，所以中国车企现在是在没有政府帮助的情况下竞争。",
        cps=[(
            "China's national purchase subsidy for new-energy vehicles did expire on 31 December 2022, but other support continued. "
            "In June 2023 the government extended the NEV purchase-tax exemption through 2027 (full exemption until end-2025, halved in 2026-27), "
            "a package the Finance Ministry valued at 520 billion yuan, and 2024 trade-in subsidies paid up to 20,000 yuan per car. "
            "Local governments also continue to provide cheap land, capital injections and fleet procurement.",
            "中国的新能源汽车国家购置补贴确实在2022年12月31日到期，但其他支持并未停止。"
            "2023年6月，政府将新能源汽车购置税减免政策延长至2027年（2025年底前全额免征，2026-2027年减半），财政部估算总规模达5200亿元；"
            "2024年的以旧换新补贴每辆车最高可达2万元。地方政府还在继续提供低价土地、注资和公共采购等支持。",
            [src("Reuters: China announces 520 bln yuan tax break for EVs and other green cars",
                 "https://www.reuters.com/business/autos-transportation/china-announces-520-bln-yuan-tax-break-evs-other-green-cars-2023-06-21/",
                 "2023-06-21"),
             src("CSIS: The Chinese EV Dilemma: Subsidized Yet Striking",
                 "https://www.csis.org/blogs/trustee-china-hand/chinese-ev-dilemma-subsidized-yet-striking",
                 "2024-06-20")],
        )],
    ),
    dict(
        id="o-china-ev-subsidies-trillion-dollars",
        rating="False",
        tags=["ev", "subsidies"],
        claim_en="China has poured about a trillion dollars of subsidies into its electric-car industry.",
        claim_zh="中国已经向电动车产业投入了大约一万亿美元的补贴。",
        cps=[(
            "The most widely cited estimate, published by the Center for Strategic and International Studies in June 2024, "
            "puts Chinese government support for the EV sector at about $230.9 billion between 2009 and 2023, "
            "counting purchase rebates, tax exemptions, charging-infrastructure funding and R&D programmes. "
            "That is roughly a quarter of a trillion dollars; broader industrial support such as cheap credit and land is not itemised publicly.",
            "引用最广的估算来自美国战略与国际研究中心（CSIS）2024年6月的报告：2009年至2023年，中国政府对电动车产业的支持约为2309亿美元，"
            "包括购车补贴、税收减免、充电基础设施资金和研发项目。这大约是一万亿美元的四分之一；低息贷款、土地等更广泛的产业支持没有公开的明细。",
            [src("CSIS: The Chinese EV Dilemma: Subsidized Yet Striking",
                 "https://www.csis.org/blogs/trustee-china-hand/chinese-ev-dilemma-subsidized-yet-striking",
                 "2024-06-20")],
        )],
    ),
    # ---------------- Tesla in China (neighbours) ----------------
    dict(
        id="o-tesla-china-quarter-market-share",
        rating="False",
        tags=["tesla", "ev", "market-share"],
        claim_en="Tesla still has roughly a quarter of China's electric-car market.",
        claim_zh="特斯拉在中国电动车市场仍占大约四分之一的份额。",
        cps=[(
            "China Passenger Car Association data show Tesla sold about 657,000 cars at retail in China in 2024, "
            "while total new-energy passenger-car retail sales were about 10.9 million, a share of roughly 6%. "
            "Even counting only battery-electric cars, Tesla's share was around 11%. BYD alone sold more than 3.5 million new-energy cars in China that year.",
            "中国乘用车市场信息联席会（乘联会）数据显示，2024年特斯拉在中国零售约65.7万辆，而新能源乘用车零售总量约1090万辆，份额约为6%。"
            "即使只算纯电动车，特斯拉的份额也只有11%左右。同年仅比亚迪一家在中国就卖出了350万辆以上新能源汽车。",
            [src("CPCA: 2024 national passenger car market analysis", "http://www.cpcaauto.com/", "2025-01-08"),
             src("Reuters: Tesla's China sales fall in 2024 as competition intensifies",
                 "https://www.reuters.com/business/autos-transportation/", "2025-01-08")],
        )],
    ),
    dict(
        id="o-tesla-shanghai-wages-match-fremont",
        rating="False",
        tags=["tesla", "shanghai", "labor"],
        claim_en="Tesla's Shanghai factory workers are paid about as much as its workers in California.",
        claim_zh="特斯拉上海工厂工人的工资和加州工厂工人差不多。",
        cps=[(
            "Tesla does not publish plant-level pay, but manufacturing wages in the two places differ several-fold. "
            "China's National Bureau of Statistics put the 2023 average annual wage of urban private-sector manufacturing employees at about 70,000 yuan (roughly $9,800), "
            "and job ads for Tesla Shanghai production roles have typically listed monthly pay of several thousand to around 10,000 yuan. "
            "US Bureau of Labor Statistics data show production workers in motor-vehicle manufacturing averaging more than $30 an hour in 2023, over $60,000 a year.",
            "特斯拉没有公布各工厂的薪酬，但两地制造业工资相差数倍。国家统计局数据显示，2023年城镇私营单位制造业就业人员年平均工资约7万元（约合9800美元），"
            "特斯拉上海生产岗位的招聘启事通常标注月薪几千元至1万元左右。美国劳工统计局数据显示，2023年美国汽车制造业生产工人的平均时薪超过30美元，年收入超过6万美元。",
            [src("National Bureau of Statistics of China: 2023 average wages of urban employees",
                 "https://www.stats.gov.cn/english/PressRelease/", "2024-05-17"),
             src("US BLS: Automotive industry: employment, earnings, and hours",
                 "https://www.bls.gov/iag/tgs/iagauto.htm", "2024")],
        )],
    ),
    dict(
        id="o-giga-shanghai-biggest-tesla-factory",
        rating="Mostly true",
        tags=["tesla", "shanghai", "manufacturing"],
        claim_en="Giga Shanghai makes more cars than any other Tesla factory.",
        claim_zh="上海超级工厂的汽车产量超过特斯拉其他任何一家工厂。",
        cps=[(
            "Correct for recent years. Giga Shanghai delivered about 916,000 vehicles in 2024, roughly half of Tesla's 1.79 million global deliveries, "
            "and its stated installed capacity is above 950,000 a year, versus about 650,000 for Fremont and 375,000 for Berlin. "
            "A substantial part of Shanghai's output is exported to Europe and the Asia-Pacific region rather than sold in China.",
            "就近几年而言基本属实。2024年上海超级工厂交付约91.6万辆，约占特斯拉全球179万辆交付量的一半；其公布的年产能超过95万辆，"
            "而弗里蒙特工厂约为65万辆，柏林工厂约为37.5万辆。上海工厂有相当一部分产量出口到欧洲和亚太地区，而不是在中国国内销售。",
            [src("Tesla Q4 2024 Update", "https://ir.tesla.com/", "2025-01-29"),
             src("Reuters: Tesla's China-made EV sales in 2024", "https://www.reuters.com/business/autos-transportation/", "2025-01-08")],
        )],
    ),
    # ---------------- Sodium-ion (neighbours) ----------------
    dict(
        id="o-catl-sodium-cells-in-millions-of-cars",
        rating="False",
        tags=["batteries", "catl", "sodium-ion"],
        claim_en="CATL's sodium-ion batteries are already in millions of cars on the road.",
        claim_zh="宁德时代的钠离子电池已经装在路上跑的几百万辆车上。",
        cps=[(
            "CATL unveiled its first-generation sodium-ion cell in July 2021 and in April 2025 launched the Naxtra sodium-ion brand (175 Wh/kg), "
            "saying mass production would begin in December 2025. Until then sodium-ion cells were used only in small pilot volumes of vehicles. "
            "Chinese industry data for 2024 show lithium iron phosphate at about three-quarters of EV battery installations and sodium-ion well under 1%.",
            "宁德时代于2021年7月发布第一代钠离子电池，2025年4月推出钠离子电池品牌“钠新”（能量密度175Wh/kg），并表示将于2025年12月开始量产。"
            "在此之前，钠离子电池只在少量试点车型上使用。中国行业数据显示，2024年动力电池装车量中磷酸铁锂约占四分之三，钠离子电池远低于1%。",
            [src("CATL: Tech Day 2025 - Naxtra sodium-ion battery", "https://www.catl.com/en/news/", "2025-04-21"),
             src("China Automotive Battery Innovation Alliance: 2024 power battery installation data", "http://www.cabia.org.cn/", "2025-01-13")],
        )],
    ),
    dict(
        id="o-sodium-ion-already-cheaper-than-lfp",
        rating="Misleading",
        tags=["batteries", "sodium-ion", "lfp"],
        claim_en="Sodium-ion battery cells are already much cheaper than lithium iron phosphate cells.",
        claim_zh="钠离子电池现在已经比磷酸铁锂电池便宜很多。",
        cps=[(
            "Sodium-ion's cost advantage depends on the lithium price. After battery-grade lithium carbonate in China fell from about 600,000 yuan a tonne in November 2022 "
            "to below 100,000 yuan in 2024, LFP cell prices dropped to roughly $50-60 per kWh, and analysts including BloombergNEF reported that sodium-ion cells, "
            "still made at small scale, were not cheaper than LFP at 2024 prices. Sodium-ion may undercut LFP once volumes grow or if lithium prices rise again.",
            "钠离子电池的成本优势取决于锂价。中国电池级碳酸锂价格从2022年11月约60万元/吨跌至2024年的10万元/吨以下，磷酸铁锂电芯价格降到约每千瓦时50-60美元；"
            "彭博新能源财经等机构指出，在2024年的价格水平下，仍处于小规模生产的钠离子电芯并不比磷酸铁锂便宜。只有在规模扩大或锂价再度上涨时，钠电池才可能更便宜。",
            [src("BloombergNEF: Lithium-ion battery pack prices 2024", "https://about.bnef.com/blog/", "2024-12-10"),
             src("IEA: Global EV Outlook 2024", "https://www.iea.org/reports/global-ev-outlook-2024", "2024-04-23")],
        )],
    ),
    # ---------------- Graphite (neighbours) ----------------
    dict(
        id="o-china-refines-all-battery-graphite",
        rating="Misleading",
        tags=["batteries", "graphite", "supply-chain"],
        claim_en="China makes essentially all of the world's battery graphite; nobody else produces any.",
        claim_zh="全世界的电池石墨基本都是中国生产的，其他国家一点都不生产。",
        cps=[(
            "China does dominate: the IEA estimates it produced more than 90% of the world's battery-grade graphite anode material in 2023 and about 80% of mined natural graphite. "
            "But it is not the only producer: natural graphite is mined in Mozambique, Madagascar and Brazil, anode material is made in Japan and South Korea (for example by POSCO Future M), "
            "and synthetic-graphite plants are being built in the US and Europe.",
            "中国确实占主导地位：国际能源署估计，2023年中国生产了全球90%以上的电池级石墨负极材料和约80%的天然石墨矿产量。"
            "但中国并非唯一的生产者：莫桑比克、马达加斯加和巴西都在开采天然石墨，日本和韩国（如浦项未来M）生产负极材料，美国和欧洲也在建设人造石墨工厂。",
            [src("IEA: Global Critical Minerals Outlook 2024", "https://www.iea.org/reports/global-critical-minerals-outlook-2024", "2024-05-17")],
        )],
    ),
    dict(
        id="o-china-banned-graphite-exports-to-us",
        rating="Misleading",
        tags=["graphite", "export-controls", "trade"],
        claim_en="China has banned all graphite exports to the United States.",
        claim_zh="中国已经全面禁止向美国出口石墨。",
        cps=[(
            "In October 2023 China announced that exports of certain graphite products would require licences from 1 December 2023, a permit system rather than a ban. "
            "In December 2024 Beijing did ban exports of gallium, germanium, antimony and superhard materials to the US outright, but for graphite it only ordered stricter end-user reviews of US-bound shipments. "
            "Licensed graphite exports to the US continued.",
            "2023年10月，中国宣布自2023年12月1日起部分石墨物项出口需要申请许可，这是许可证制度而非禁令。"
            "2024年12月，中国确实全面禁止向美国出口镓、锗、锑和超硬材料，但对石墨只是要求对输美物项实施更严格的最终用户审查。获得许可的石墨对美出口仍在继续。",
            [src("MOFCOM/GAC Announcement No. 39 of 2023 on graphite export controls", "http://www.mofcom.gov.cn/", "2023-10-20"),
             src("Reuters: China bans exports of gallium, germanium, antimony to US", "https://www.reuters.com/markets/commodities/", "2024-12-03")],
        )],
    ),
    dict(
        id="o-china-recycles-almost-all-ev-batteries",
        rating="Misleading",
        tags=["batteries", "recycling"],
        claim_en="China recycles nearly all of its used EV batteries.",
        claim_zh="中国几乎回收了所有退役的电动车电池。",
        cps=[(
            "China has built large recycling capacity and the industry ministry has whitelisted about 150 approved battery recyclers, but much of the flow bypasses them. "
            "Chinese industry estimates cited in 2023-2024 put the share of retired EV batteries going through formal, whitelisted channels at only about a quarter to a third, "
            "with the rest going to small informal workshops or being stockpiled. A national traceability system exists, but enforcement has been weak.",
            "中国已建成庞大的回收产能，工信部公布的符合规范条件的电池回收企业“白名单”约有150家，但大量退役电池绕开了这些企业。"
            "2023-2024年被引用的行业估算显示，通过正规白名单渠道回收的退役动力电池只占约四分之一到三分之一，其余流向小作坊或被囤积。国家溯源管理平台虽已建立，但执行力度偏弱。",
            [src("MIIT: list of enterprises meeting NEV waste battery comprehensive utilisation standards", "https://www.miit.gov.cn/", "2024"),
             src("Caixin Global: China's battery recycling struggles with informal competitors", "https://www.caixinglobal.com/", "2023")],
        )],
    ),
    # ---------------- Wind (neighbours) ----------------
    dict(
        id="o-china-builds-most-wind-turbines",
        rating="Mostly true",
        tags=["wind", "renewables"],
        claim_en="China installs more wind power each year than the rest of the world combined.",
        claim_zh="中国每年新增的风电装机比世界其他国家加起来还多。",
        cps=[(
            "Broadly correct. The Global Wind Energy Council reports the world added a record 117 GW of wind in 2023, of which China installed about 75 GW, roughly 65%, "
            "and China again accounted for about two-thirds of new capacity in 2024. Chinese manufacturers such as Goldwind, Envision, Windey and Mingyang took the top four places in 2023 global turbine rankings, "
            "although most of their turbines are installed in China itself.",
            "基本属实。全球风能理事会数据显示，2023年全球新增风电装机创纪录的117吉瓦，其中中国约75吉瓦，约占65%；2024年中国同样占全球新增装机的约三分之二。"
            "金风科技、远景能源、运达股份和明阳智能在2023年全球整机商排名中包揽前四，但它们的风机大部分安装在中国国内。",
            [src("GWEC: Global Wind Report 2024", "https://gwec.net/global-wind-report-2024/", "2024-04-16"),
             src("BloombergNEF: 2023 global wind turbine market shares", "https://about.bnef.com/blog/", "2024-03")],
        )],
    ),
    dict(
        id="o-chinese-wind-turbines-break-down-more",
        rating="Unproven",
        tags=["wind", "quality"],
        claim_en="Chinese-made wind turbines break down far more often than Western ones.",
        claim_zh="中国产的风力发电机比西方的风机故障多得多。",
        cps=[(
            "There is no public, like-for-like dataset of wind turbine failure rates by manufacturer, and no major industry survey has shown Chinese turbines failing 'far more often'. "
            "Chinese models sold abroad are certified to the same IEC standards by bodies such as DNV and TÜV. "
            "Western makers have had serious quality problems too: in 2023 Siemens Gamesa's blade and bearing faults led Siemens Energy to book charges of more than €1.6 billion.",
            "目前没有按制造商公开、可比的风机故障率数据，也没有任何主要行业调查显示中国风机“故障多得多”。出口的中国机型由DNV、TÜV等机构按照同样的IEC标准认证。"
            "西方厂商同样出现过严重的质量问题：2023年西门子歌美飒的叶片和轴承故障导致西门子能源计提超过16亿欧元的费用。",
            [src("Reuters: Siemens Energy shares plunge on wind turbine quality problems", "https://www.reuters.com/business/energy/", "2023-06-23"),
             src("IEC 61400 wind energy generation systems standards", "https://webstore.iec.ch/", "")],
        )],
    ),
    # ---------------- Coal (neighbours) ----------------
    dict(
        id="o-china-two-coal-plants-a-week",
        rating="Missing context",
        tags=["coal", "energy", "climate"],
        claim_en="China is approving about two new coal power plants every week.",
        claim_zh="中国大约每周批准两座新的燃煤电厂。",
        cps=[(
            "The figure comes from CREA and Global Energy Monitor, which found China permitted 106 GW of new coal power in 2022 and 114 GW in 2023, equivalent to about two large plants a week. "
            "But approvals fell sharply in 2024: CREA counted 10.3 GW permitted in the first half of the year, down about 80% year on year. "
            "Over the same period China added more than 290 GW of solar and wind capacity in each of 2023 and 2024.",
            "这一说法来自能源与清洁空气研究中心（CREA）和全球能源监测（GEM）：中国2022年核准新建煤电106吉瓦，2023年114吉瓦，相当于每周约两座大型电厂。"
            "但2024年核准量大幅下降，CREA统计上半年仅核准10.3吉瓦，同比下降约80%。同期中国在2023年和2024年每年新增风电和光伏装机均超过290吉瓦。",
            [src("CREA/GEM: China's new coal power spree continues as more provinces jump on the bandwagon",
                 "https://energyandcleanair.org/publication/", "2024-02-22"),
             src("CREA: China cuts coal power approvals in H1 2024", "https://energyandcleanair.org/", "2024-08-15")],
        )],
    ),
    dict(
        id="o-china-coal-use-already-falling",
        rating="False",
        tags=["coal", "energy", "climate"],
        claim_en="China's coal consumption is already falling.",
        claim_zh="中国的煤炭消费量已经在下降。",
        cps=[(
            "National Bureau of Statistics data show China's coal consumption rose about 5.6% in 2023 and about 1.7% in 2024, reaching a record high, and China burns more than half of the world's coal. "
            "Coal's share of China's energy mix has fallen, to about 53% in 2024, and coal-fired power output dipped in early 2025 as solar and hydro grew, "
            "but an absolute, sustained decline in coal consumption had not been confirmed.",
            "国家统计局数据显示，中国煤炭消费量2023年增长约5.6%，2024年增长约1.7%，创历史新高；中国消耗了全球一半以上的煤炭。"
            "煤炭在能源消费中的占比确实在下降，2024年约为53%，2025年初随着光伏和水电增长煤电发电量有所回落，但煤炭消费量持续的绝对下降尚未得到确认。",
            [src("NBS: Statistical Communiqué on the 2024 National Economic and Social Development", "https://www.stats.gov.cn/english/PressRelease/", "2025-02-28"),
             src("IEA: Coal 2024", "https://www.iea.org/reports/coal-2024", "2024-12-18")],
        )],
    ),
    dict(
        id="o-china-emissions-per-person-quarter-of-us",
        rating="False",
        tags=["climate", "emissions"],
        claim_en="The average Chinese person emits only about a quarter as much CO2 as the average American.",
        claim_zh="中国人均二氧化碳排放量只有美国人的四分之一左右。",
        cps=[(
            "Global Carbon Project data show China's fossil CO2 emissions were about 8.9 tonnes per person in 2023, compared with about 14.3 tonnes in the US, "
            "so the average Chinese figure is roughly 60% of the American one, not a quarter. China's per-person emissions have also overtaken the EU's, about 6 tonnes. "
            "The one-quarter ratio was roughly accurate in the mid-2000s.",
            "全球碳项目数据显示，2023年中国人均化石燃料二氧化碳排放约8.9吨，美国约14.3吨，中国人均排放约为美国的60%，而不是四分之一。"
            "中国人均排放也已超过欧盟（约6吨）。“四分之一”的比例大致是2000年代中期的情况。",
            [src("Our World in Data: CO2 emissions per capita", "https://ourworldindata.org/co2-emissions", "2024-11"),
             src("Global Carbon Budget 2024", "https://globalcarbonbudget.org/", "2024-11-13")],
        )],
    ),
    # ---------------- Macro (neighbours: property) ----------------
    dict(
        id="o-china-gdp-growing-ten-percent",
        rating="False",
        tags=["economy", "gdp"],
        claim_en="China's economy is still growing at about 10% a year.",
        claim_zh="中国经济仍在以每年10%左右的速度增长。",
        cps=[(
            "China's official GDP growth was 5.2% in 2023 and 5.0% in 2024, and the government's target for 2025 was 'around 5%'. "
            "Annual growth last exceeded 10% in 2010 (10.6%) and averaged roughly 6-7% in the years before the pandemic. "
            "Some independent analysts, such as Rhodium Group, estimate actual growth has been lower than the official figures.",
            "中国官方公布的GDP增速2023年为5.2%，2024年为5.0%，2025年的目标是“5%左右”。年增速最后一次超过10%是在2010年（10.6%），"
            "疫情前几年平均约为6%-7%。荣鼎咨询等一些独立机构估计，实际增速低于官方数据。",
            [src("NBS: China's economy in 2024", "https://www.stats.gov.cn/english/PressRelease/", "2025-01-17"),
             src("Rhodium Group: China's economy: beyond the official numbers", "https://rhg.com/research/", "2024-12")],
        )],
    ),
    dict(
        id="o-china-half-of-youth-unemployed",
        rating="Misleading",
        tags=["economy", "jobs", "youth"],
        claim_en="Half of young people in China are unemployed.",
        claim_zh="中国有一半的年轻人失业。",
        cps=[(
            "China's official urban unemployment rate for 16-24-year-olds hit a record 21.3% in June 2023, after which publication was suspended; "
            "a revised series excluding students resumed at 14.9% for December 2023 and peaked at 18.8% in August 2024. "
            "Peking University economist Zhang Dandan estimated in 2023 that the rate could be as high as 46.5% if young people who had stopped looking for work were counted, "
            "but that is an alternative estimate, not an official measure.",
            "中国官方公布的16-24岁城镇青年失业率在2023年6月创下21.3%的纪录，随后暂停发布；剔除在校生的新口径数据恢复发布时，2023年12月为14.9%，2024年8月升至18.8%的高点。"
            "北京大学经济学者张丹丹2023年估算，若把已放弃找工作的年轻人计算在内，失业率可能高达46.5%，但这是另一种估算，并非官方口径。",
            [src("NBS: urban surveyed unemployment rate by age group", "https://www.stats.gov.cn/english/PressRelease/", "2024-09-20"),
             src("Reuters: China youth jobless rate hits record 18.8% in August under new method", "https://www.reuters.com/world/china/", "2024-09-20")],
        )],
    ),
    dict(
        id="o-china-empty-homes-for-3-billion",
        rating="Unproven",
        tags=["economy", "property"],
        claim_en="China has enough empty homes to house 3 billion people.",
        claim_zh="中国的空置房屋足够30亿人居住。",
        cps=[(
            "The figure traces to a September 2023 remark by He Keng, a former deputy head of China's statistics bureau, who called it a rough estimate that some experts would dispute. "
            "China publishes no official vacancy data. Official figures show roughly 390 million square metres of unsold new residential space at end-2024, "
            "and a 2018 household survey by Southwestern University of Finance and Economics estimated about 65 million vacant homes, enough for perhaps 150-200 million people.",
            "这一数字源于国家统计局原副局长贺铿2023年9月的一次发言，他称这是一个粗略估计，有些专家并不认同。中国没有公布官方的住房空置数据。"
            "官方数据显示，2024年末商品住宅待售面积约3.9亿平方米；西南财经大学2018年的家庭调查估计空置住房约6500万套，大约可供1.5亿至2亿人居住。",
            [src("Bloomberg: China has enough empty homes for 3 billion people, ex-official says", "https://www.bloomberg.com/news/articles/", "2023-09-24"),
             src("NBS: National real estate development and sales 2024", "https://www.stats.gov.cn/english/PressRelease/", "2025-01-17")],
        )],
    ),
    dict(
        id="o-china-property-third-of-economy",
        rating="Missing context",
        tags=["economy", "property"],
        claim_en="Real estate makes up about a third of China's economy.",
        claim_zh="房地产约占中国经济的三分之一。",
        cps=[(
            "The 'about 30%' figure comes from a 2020 estimate by economists Kenneth Rogoff and Yuanchen Yang that counts construction, building materials, furnishings and related services as well as property itself. "
            "Narrowly defined real estate activity is about 6-7% of GDP in China's national accounts. "
            "The sector has shrunk since the 2021 developer crisis: property investment fell about 10% in 2024, its third straight annual decline.",
            "“约30%”的说法来自经济学家罗格夫（Kenneth Rogoff）和杨元辰2020年的估算，它把建筑、建材、家居和相关服务也算在内。"
            "按国民经济核算的狭义口径，房地产业约占GDP的6%-7%。自2021年开发商危机以来该行业持续收缩：2024年房地产开发投资下降约10%，连续第三年下降。",
            [src("Rogoff & Yang: Peak China Housing (NBER Working Paper 27697)", "https://www.nber.org/papers/w27697", "2020-08"),
             src("NBS: Investment in real estate development 2024", "https://www.stats.gov.cn/english/PressRelease/", "2025-01-17")],
        )],
    ),
    # ---------------- Space (neighbours) ----------------
    dict(
        id="o-china-has-no-starlink-rival",
        rating="Misleading",
        tags=["space", "starlink", "satellites"],
        claim_en="China has no satellite internet constellation of its own to rival Starlink.",
        claim_zh="中国没有自己的卫星互联网星座来和星链竞争。",
        cps=[(
            "China is building two state-backed megaconstellations: Qianfan ('Thousand Sails'), which launched its first 18 satellites in August 2024 and plans about 14,000, "
            "and Guowang, which began launching in December 2024 with about 13,000 planned. Qianfan had about 90 satellites in orbit by mid-2025. "
            "Both remain far behind Starlink, which had more than 7,000 satellites in orbit in 2025, but they exist and are expanding.",
            "中国正在建设两个国家支持的巨型星座：千帆星座于2024年8月发射首批18颗卫星，计划约1.4万颗；国网星座于2024年12月开始发射，计划约1.3万颗。"
            "到2025年年中，千帆在轨卫星约90颗。两者都远远落后于2025年在轨卫星超过7000颗的星链，但它们确实存在并在扩张。",
            [src("SpaceNews: China launches first satellites for Qianfan megaconstellation", "https://spacenews.com/", "2024-08-06"),
             src("SpaceNews: China begins launching Guowang constellation", "https://spacenews.com/", "2024-12-16")],
        )],
    ),
    dict(
        id="o-tiangong-bigger-than-iss",
        rating="False",
        tags=["space", "space-station"],
        claim_en="China's Tiangong space station is bigger than the International Space Station.",
        claim_zh="中国的天宫空间站比国际空间站还大。",
        cps=[(
            "Tiangong, completed in November 2022 with three modules, has a mass of about 66 tonnes, or roughly 100 tonnes with visiting spacecraft docked, and normally hosts three astronauts. "
            "The International Space Station weighs about 420 tonnes, has several times the pressurised volume and usually hosts about seven crew. "
            "China plans to add more modules, but Tiangong would still be much smaller than the ISS.",
            "天宫空间站于2022年11月完成三舱组合建造，质量约66吨，加上停靠的飞船约100吨，通常驻留3名航天员。国际空间站质量约420吨，加压容积是天宫的数倍，通常有约7名乘员。"
            "中国计划增加舱段，但即便如此天宫仍将比国际空间站小得多。",
            [src("NASA: International Space Station facts and figures", "https://www.nasa.gov/international-space-station/space-station-facts-and-figures/", "2023"),
             src("China Manned Space Agency: Tiangong space station", "http://www.cmse.gov.cn/", "2022-11")],
        )],
    ),
    dict(
        id="o-china-moon-before-us",
        rating="Unproven",
        tags=["space", "moon"],
        claim_en="China will land astronauts on the Moon before America returns there.",
        claim_zh="中国会比美国更早把宇航员送上月球。",
        cps=[(
            "This is a prediction that cannot yet be checked. China's official goal is a crewed landing 'before 2030', and it tested elements of the Mengzhou spacecraft, Lanyue lander and Long March 10 rocket in 2024-2025. "
            "NASA's Artemis III landing was officially targeted for mid-2027 but depends on SpaceX's Starship lander, which had not yet demonstrated orbital refuelling; "
            "many analysts expect delays on both sides, so the outcome is genuinely uncertain.",
            "这是一项目前无法核实的预测。中国官方目标是“2030年前”实现载人登月，并在2024-2025年测试了梦舟飞船、揽月着陆器和长征十号火箭的部分系统。"
            "NASA的阿尔忒弥斯3号登月官方目标为2027年中，但依赖SpaceX星舰着陆器，而星舰尚未验证在轨加注；许多分析人士预计双方都可能推迟，因此结果确实存在不确定性。",
            [src("NASA: Artemis III", "https://www.nasa.gov/mission/artemis-iii/", "2024-12-05"),
             src("Xinhua: China aims to land astronauts on the Moon before 2030", "https://english.news.cn/", "2023-07-12")],
        )],
    ),
    dict(
        id="o-china-launches-more-than-us",
        rating="False",
        tags=["space", "launch"],
        claim_en="China launches more rockets into orbit each year than the United States.",
        claim_zh="中国每年的火箭入轨发射次数比美国多。",
        cps=[(
            "In 2024 the US carried out roughly 150 orbital launch attempts, 134 of them by SpaceX's Falcon rockets, while China conducted 68, a national record. "
            "SpaceX alone launched about twice as often as all of China. China's launch rate is rising with new commercial rockets, but it has not exceeded the US total in any recent year.",
            "2024年美国进行了约150次入轨发射，其中134次由SpaceX的猎鹰系列火箭完成；中国进行了68次，创下本国纪录。仅SpaceX一家的发射次数就约为中国全部发射的两倍。"
            "随着新型商业火箭投入使用，中国的发射频率在上升，但近年来没有任何一年超过美国总数。",
            [src("Jonathan McDowell: orbital launch statistics 2024", "https://planet4589.org/space/stats/", "2025-01"),
             src("SpaceNews: China sets national launch record in 2024", "https://spacenews.com/", "2024-12-31")],
        )],
    ),
    # ---------------- Chips (neighbours) ----------------
    dict(
        id="o-huawei-ascend-matches-nvidia",
        rating="False",
        tags=["ai", "chips", "huawei"],
        claim_en="Huawei's Ascend AI chips are already as good as Nvidia's best.",
        claim_zh="华为昇腾AI芯片已经和英伟达最好的芯片一样强。",
        cps=[(
            "Huawei's Ascend 910B and 910C are made by SMIC on a 7-nanometre-class process without EUV lithography. "
            "Testing cited by DeepSeek researchers in early 2025 put the 910C at roughly 60% of an Nvidia H100's inference performance, and the H100 is itself a generation behind Nvidia's Blackwell B200. "
            "Huawei compensates by linking many more chips, as in its CloudMatrix 384 system, at the cost of much higher power consumption.",
            "华为昇腾910B和910C由中芯国际在未使用EUV光刻的7纳米级工艺上制造。DeepSeek研究人员2025年初引用的测试显示，910C的推理性能约为英伟达H100的60%，"
            "而H100本身又比英伟达Blackwell B200落后一代。华为通过连接更多芯片来弥补差距，如CloudMatrix 384系统，但功耗要高得多。",
            [src("Tom's Hardware: DeepSeek research suggests Huawei's Ascend 910C delivers 60% of Nvidia H100 inference performance",
                 "https://www.tomshardware.com/tech-industry/artificial-intelligence/", "2025-02-04"),
             src("SemiAnalysis: Huawei AI CloudMatrix 384", "https://semianalysis.com/", "2025-04-16")],
        )],
    ),
    dict(
        id="o-china-cannot-make-advanced-chips",
        rating="False",
        tags=["chips", "export-controls", "smic"],
        claim_en="Because of sanctions, China can't make advanced chips at all.",
        claim_zh="由于制裁，中国根本造不出先进芯片。",
        cps=[(
            "Despite US export controls and no access to EUV lithography machines, SMIC has produced 7-nanometre-class chips in volume, "
            "including the Kirin 9000S in Huawei's Mate 60 Pro phone (August 2023) and the Ascend 910B AI chip, as teardowns by TechInsights confirmed. "
            "China's output at these nodes is limited by lower yields and capacity, and remains roughly one to two generations behind TSMC's 3-nanometre production.",
            "尽管受到美国出口管制且无法获得EUV光刻机，中芯国际仍量产了7纳米级芯片，包括华为Mate 60 Pro手机中的麒麟9000S（2023年8月）和昇腾910B AI芯片，TechInsights的拆解分析已证实。"
            "中国在这些制程上的产量受良率和产能限制，整体仍落后台积电3纳米量产约一到两代。",
            [src("TechInsights: Huawei Mate 60 Pro teardown - SMIC 7nm (N+2) Kirin 9000S", "https://www.techinsights.com/blog/", "2023-09-04"),
             src("Reuters: Huawei's new phone chip shows China's chip progress despite US curbs", "https://www.reuters.com/technology/", "2023-09-05")],
        )],
    ),
    # ---------------- DeepSeek (neighbours) ----------------
    dict(
        id="o-deepseek-has-50000-h100s",
        rating="Unproven",
        tags=["ai", "deepseek", "chips"],
        claim_en="DeepSeek secretly has about 50,000 Nvidia H100 chips.",
        claim_zh="深度求索秘密拥有大约5万块英伟达H100芯片。",
        cps=[(
            "The figure was asserted without evidence by Scale AI CEO Alexandr Wang in January 2025, and Musk replied 'Obviously'. "
            "DeepSeek says its V3 model was trained on 2,048 Nvidia H800 GPUs, a China-specific chip. "
            "Research firm SemiAnalysis estimated DeepSeek had access to around 50,000 Hopper-generation GPUs of several types (H800, H20 and about 10,000 H100), "
            "but no public evidence has confirmed a stock of 50,000 H100s.",
            "这一数字是Scale AI首席执行官亚历山大·王在2025年1月提出的，并未给出证据，马斯克回复称“显然”。深度求索表示其V3模型使用2048块英伟达H800（面向中国市场的型号）训练。"
            "研究机构SemiAnalysis估计深度求索可使用约5万块多种型号的Hopper架构GPU（包括H800、H20以及约1万块H100），但没有公开证据证实其拥有5万块H100。",
            [src("DeepSeek-V3 Technical Report", "https://arxiv.org/abs/2412.19437", "2024-12-27"),
             src("SemiAnalysis: DeepSeek Debates: Chinese Leadership On Cost, True Training Cost, Closed Model Margin Impacts",
                 "https://semianalysis.com/2025/01/31/deepseek-debates/", "2025-01-31")],
        )],
    ),
    dict(
        id="o-deepseek-cost-only-6-million",
        rating="Misleading",
        tags=["ai", "deepseek", "cost"],
        claim_en="DeepSeek built its AI model for only about $6 million.",
        claim_zh="深度求索只花了大约600万美元就做出了它的AI模型。",
        cps=[(
            "The $5.6 million figure in DeepSeek's December 2024 V3 technical report covers only the final training run: 2.788 million H800 GPU hours at an assumed rental price of $2 an hour. "
            "The paper states that it excludes the costs of prior research and ablation experiments, and it also leaves out buying the hardware, staff and data. "
            "SemiAnalysis estimated DeepSeek's total hardware spending at well over $500 million.",
            "深度求索2024年12月V3技术报告中的557.6万美元只涵盖最后一次正式训练：278.8万H800 GPU小时，按每小时2美元的租用价格计算。"
            "报告明确说明该数字不包括此前的研究和消融实验成本，也不包括购买硬件、人员和数据的费用。SemiAnalysis估计深度求索的硬件总投入远超5亿美元。",
            [src("DeepSeek-V3 Technical Report", "https://arxiv.org/abs/2412.19437", "2024-12-27"),
             src("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/2025/01/31/deepseek-debates/", "2025-01-31")],
        )],
    ),
    # ---------------- Robotaxi / cars abroad ----------------
    dict(
        id="o-baidu-robotaxis-outride-waymo",
        rating="False",
        tags=["autonomous-driving", "robotaxi", "baidu"],
        claim_en="Baidu's Apollo Go robotaxis already give more rides than Waymo.",
        claim_zh="百度萝卜快跑的无人驾驶出租车订单量已经超过Waymo。",
        cps=[(
            "Baidu reported about 1.4 million fully driverless Apollo Go rides in the first quarter of 2025, roughly 110,000 a week. "
            "Waymo said in April 2025 that it was providing more than 250,000 paid rides a week in the US, more than twice as many. "
            "Apollo Go operates in more cities, over a dozen mostly in China, and both services are growing quickly.",
            "百度公布2025年第一季度萝卜快跑全无人驾驶订单约140万单，约合每周11万单。Waymo在2025年4月表示其在美国每周提供超过25万次付费出行，是前者的两倍多。"
            "萝卜快跑覆盖的城市更多（十余个，主要在中国），两者都在快速增长。",
            [src("Baidu Q1 2025 earnings release", "https://ir.baidu.com/", "2025-05-21"),
             src("TechCrunch: Waymo is now giving 250,000 paid robotaxi rides per week", "https://techcrunch.com/", "2025-04-24")],
        )],
    ),
    dict(
        id="o-chinese-brands-90-percent-of-russia",
        rating="False",
        tags=["ev", "exports", "russia"],
        claim_en="Chinese carmakers now sell about 90% of the new cars in Russia.",
        claim_zh="俄罗斯新车市场现在大约90%都是中国车企的车。",
        cps=[(
            "According to Russian analytics agency Autostat, Chinese brands took roughly 60% of Russia's new passenger-car market in 2024, up from under 10% in 2021 before Western brands left. "
            "Russian brands, led by Lada with roughly a quarter of the market, held most of the rest; some 'Russian' models such as Moskvich are rebadged Chinese designs. "
            "Chinese sales in Russia fell in 2025 after Moscow sharply raised its vehicle recycling fee on imports from October 2024.",
            "据俄罗斯分析机构Autostat统计，2024年中国品牌约占俄罗斯新乘用车市场的60%，而2021年西方品牌撤出前还不到10%。"
            "其余份额主要由俄罗斯品牌占据，拉达约占四分之一；莫斯科人等部分“俄罗斯”车型其实是换标的中国车。2024年10月俄罗斯大幅提高进口车报废税后，中国车在俄销量在2025年出现下滑。",
            [src("Autostat: Russian new car market results 2024", "https://www.autostat.ru/", "2025-01"),
             src("Reuters: Chinese carmakers' share of Russian market", "https://www.reuters.com/business/autos-transportation/", "2025-02")],
        )],
    ),
    dict(
        id="o-mexico-backdoor-tariff-free",
        rating="Misleading",
        tags=["ev", "tariffs", "mexico", "trade"],
        claim_en="Chinese carmakers are using Mexico as a backdoor to ship EVs into the US tariff-free.",
        claim_zh="中国车企正借道墨西哥，把电动车零关税运进美国。",
        cps=[(
            "Chinese brands have grown fast in Mexico, reaching roughly 20% of its new-car sales in 2024, but those cars are sold to Mexican buyers, not re-exported north. "
            "A Chinese-built car shipped via Mexico would still count as Chinese-origin for US customs and face the 100% Section 301 tariff on Chinese EVs in force since September 2024, "
            "and USMCA duty-free treatment requires 75% regional content. BYD put plans for a Mexican factory on hold in 2025.",
            "中国品牌在墨西哥增长迅速，2024年约占其新车销量的20%，但这些车是卖给墨西哥消费者的，并没有转运到美国。"
            "经墨西哥转运的中国制造汽车在美国海关仍被认定为中国原产，需缴纳自2024年9月起生效的100%的301条款电动车关税；美墨加协定的免税待遇要求75%的区域价值含量。比亚迪在2025年搁置了墨西哥建厂计划。",
            [src("USTR: Four-year review of Section 301 tariffs - final modifications", "https://ustr.gov/about-us/policy-offices/press-office/press-releases", "2024-09-13"),
             src("Reuters: Chinese carmakers gain ground in Mexico", "https://www.reuters.com/business/autos-transportation/", "2024")],
        )],
    ),
]
