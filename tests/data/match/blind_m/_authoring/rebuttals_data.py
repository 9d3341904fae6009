# Rebuttal data for the blind match set (written by hand, no web access).
# Figures are from memory of public sources; URLs point at the publisher's
# page or section and should be verified before any real use.


def S(title, url, date):
    return {"title": title, "url": url, "date": date}


REBUTTALS = [
    # ---------------------------------------------------------------- BYD / EV market
    {
        "id": "tesla-still-outsells-byd-in-pure-evs",
        "rating": "False",
        "tags": ["byd", "tesla", "ev-sales"],
        "claim": {
            "en": "Tesla still sells more pure battery-electric cars than BYD; BYD only looks bigger because it counts hybrids.",
            "zh": "特斯拉的纯电动车销量仍然高于比亚迪，比亚迪只是把混动车算进去才显得更大。",
        },
        "counterpoints": [{
            "en": "BYD first overtook Tesla in battery-electric sales in the fourth quarter of 2023, selling 526,409 pure EVs against Tesla's 484,507 deliveries. Tesla narrowly regained the annual lead in 2024 (about 1.79 million vs 1.76 million), but in 2025 BYD sold about 2.26 million battery-electric cars while Tesla delivered about 1.64 million. BYD's lead in pure EVs does not depend on counting its plug-in hybrids, which it reports separately.",
            "zh": "2023年第四季度，比亚迪纯电动车销量首次超过特斯拉，为526,409辆，特斯拉同期交付484,507辆。2024年全年特斯拉以约179万辆对约176万辆险胜，但2025年比亚迪纯电动车销量约226万辆，特斯拉交付约164万辆。比亚迪在纯电领域的领先并不依赖插电混动车型，后者是单独统计的。",
            "sources": [
                S("Reuters: China's BYD overtakes Tesla as top EV seller", "https://www.reuters.com/business/autos-transportation/", "2024-01-02"),
                S("Tesla Investor Relations: production and deliveries reports", "https://ir.tesla.com/", "2026-01-02"),
                S("BYD Company: monthly production and sales announcements", "https://www.bydglobal.com/en/Investor.html", "2026-01"),
            ],
        }],
    },
    {
        "id": "byd-profits-only-come-from-subsidies",
        "rating": "Missing context",
        "tags": ["byd", "subsidies", "ev-sales"],
        "claim": {
            "en": "BYD only makes a profit because the Chinese government subsidises it.",
            "zh": "比亚迪之所以盈利，完全是因为中国政府给它补贴。",
        },
        "counterpoints": [{
            "en": "BYD does get substantial state support: the Kiel Institute estimated its direct subsidies at about EUR 2.1 billion in 2022, and CSIS put Chinese state support for the whole EV sector at about $231 billion from 2009 to 2023. But national EV purchase subsidies ended on 31 December 2022, and BYD's net profit still rose to about 30 billion yuan in 2023 and 40.3 billion yuan in 2024, on sales of 4.27 million vehicles. Subsidies are not unique to China: Tesla booked about $2.8 billion of regulatory-credit revenue in 2024.",
            "zh": "比亚迪确实获得了大量国家支持：基尔世界经济研究所估计其2022年直接补贴约21亿欧元，美国战略与国际研究中心估计2009至2023年中国对整个电动车行业的支持约2310亿美元。但全国性新能源车购置补贴已于2022年12月31日结束，比亚迪净利润仍在2023年升至约300亿元、2024年升至403亿元，当年销量427万辆。补贴也并非中国独有：特斯拉2024年的监管积分收入约28亿美元。",
            "sources": [
                S("Kiel Institute: Foul Play? On the Scale and Scope of Industrial Subsidies in China", "https://www.ifw-kiel.de/publications/", "2024-04"),
                S("CSIS: The Chinese EV Dilemma: Subsidized Yet Striking", "https://www.csis.org/analysis/", "2024-06-20"),
                S("BYD Company Limited: 2024 Annual Results", "https://www.hkexnews.hk/", "2025-03-24"),
            ],
        }],
    },
    {
        "id": "chinese-ev-makers-lose-money-on-every-car",
        "rating": "Misleading",
        "tags": ["price-war", "ev-sales", "byd"],
        "claim": {
            "en": "In China's EV price war every carmaker is losing money on every car it sells.",
            "zh": "在中国电动车价格战中，每家车企卖出的每一辆车都在亏钱。",
        },
        "counterpoints": [{
            "en": "Many Chinese EV makers are indeed loss-making: Nio reported a net loss of about 22.4 billion yuan for 2024, and Xpeng and Xiaomi's car unit also lost money. But the biggest sellers are profitable: BYD reported net profit of 40.3 billion yuan in 2024 and Li Auto about 8 billion yuan. Losses are concentrated among smaller and newer brands, which is why analysts expect consolidation rather than an industry-wide loss on every car.",
            "zh": "许多中国电动车企确实在亏损：蔚来2024年净亏损约224亿元，小鹏和小米汽车业务也在亏损。但销量最大的企业是盈利的：比亚迪2024年净利润403亿元，理想汽车约80亿元。亏损集中在规模较小、较新的品牌，因此分析人士预计的是行业整合，而不是全行业每辆车都亏钱。",
            "sources": [
                S("BYD Company Limited: 2024 Annual Results", "https://www.hkexnews.hk/", "2025-03-24"),
                S("Li Auto: Fourth Quarter and Full Year 2024 Financial Results", "https://ir.lixiang.com/", "2025-03-14"),
                S("NIO Inc.: Fourth Quarter and Full Year 2024 Financial Results", "https://ir.nio.com/", "2025-03-21"),
            ],
        }],
    },
    {
        "id": "china-car-exports-are-mostly-evs",
        "rating": "False",
        "tags": ["exports", "ev-sales", "trade"],
        "claim": {
            "en": "Most of the cars China exports are electric.",
            "zh": "中国出口的汽车大多数是电动车。",
        },
        "counterpoints": [{
            "en": "China became the world's largest car exporter in 2023, shipping 4.91 million vehicles according to the China Association of Automobile Manufacturers. Only about 1.2 million of them were new-energy vehicles, roughly a quarter; in 2024 NEVs were about 1.28 million of 5.86 million exports, around 22%. Petrol cars, many of them sold to Russia, the Middle East and Latin America, still make up most of China's car exports.",
            "zh": "据中国汽车工业协会数据，中国2023年出口汽车491万辆，成为全球最大汽车出口国，其中新能源汽车仅约120万辆，约占四分之一；2024年出口586万辆，新能源汽车约128万辆，占比约22%。燃油车仍占中国汽车出口的大部分，其中很多销往俄罗斯、中东和拉美。",
            "sources": [
                S("CAAM: 2023 automobile industry production and sales", "https://www.caam.org.cn/", "2024-01-11"),
                S("CAAM: 2024 automobile industry production and sales", "https://www.caam.org.cn/", "2025-01-13"),
            ],
        }],
    },
    {
        "id": "most-new-cars-in-china-are-pure-evs",
        "rating": "False",
        "tags": ["ev-sales", "china-market", "hybrids"],
        "claim": {
            "en": "Most new cars sold in China are now fully electric.",
            "zh": "中国现在卖出的新车大部分是纯电动车。",
        },
        "counterpoints": [{
            "en": "New-energy vehicles - pure battery EVs plus plug-in and range-extended hybrids - reached about 48% of Chinese passenger-car retail sales in 2024 and passed 50% in several months from July 2024, according to the China Passenger Car Association. But pure battery-electric cars were under 60% of those, or under 30% of all new car sales. Much of the recent growth has come from plug-in and range-extended hybrids.",
            "zh": "据乘联会数据，2024年新能源汽车（纯电动加插电混动和增程式）约占中国乘用车零售的48%，自2024年7月起有多个月份超过50%。但其中纯电动车不到六成，仅占全部新车销量的不到30%。近期增长很大一部分来自插电混动和增程车型。",
            "sources": [
                S("China Passenger Car Association: 2024 passenger car market review", "http://www.cpcaauto.com/", "2025-01"),
                S("CAAM: 2024 automobile industry production and sales", "https://www.caam.org.cn/", "2025-01-13"),
            ],
        }],
    },
    {
        "id": "eu-tariffs-on-chinese-evs-match-us-100-percent",
        "rating": "False",
        "tags": ["tariffs", "trade", "eu", "ev-sales"],
        "claim": {
            "en": "Europe has put 100% tariffs on Chinese electric cars, just like America.",
            "zh": "欧洲和美国一样，对中国电动车征收了100%的关税。",
        },
        "counterpoints": [{
            "en": "The US raised its Section 301 tariff on Chinese EVs to 100% from 27 September 2024, but the EU chose lower, company-specific duties. From 30 October 2024 it added countervailing duties of 7.8% for Tesla's China-built cars, 17.0% for BYD, 18.8% for Geely and 35.3% for SAIC, on top of the standard 10% car import duty, so the highest combined rate is 45.3%. Brussels and Beijing have also discussed minimum import prices as an alternative.",
            "zh": "美国自2024年9月27日起将对中国电动车的301关税提高到100%，但欧盟采取了较低的、按企业区分的税率：自2024年10月30日起，在10%的标准汽车进口关税之上，对特斯拉中国产车加征7.8%、比亚迪17.0%、吉利18.8%、上汽35.3%的反补贴税，合计最高为45.3%。欧盟与中国还讨论过以最低进口价格替代关税。",
            "sources": [
                S("EUR-Lex: Commission Implementing Regulation (EU) 2024/2754", "https://eur-lex.europa.eu/eli/reg_impl/2024/2754/oj", "2024-10-29"),
                S("USTR: Four-Year Review of Section 301 tariffs, final modifications", "https://ustr.gov/", "2024-09-13"),
            ],
        }],
    },
    # ---------------------------------------------------------------- Tesla in China
    {
        "id": "giga-shanghai-makes-over-half-of-teslas",
        "rating": "Mostly true",
        "tags": ["tesla-shanghai", "manufacturing"],
        "claim": {
            "en": "More than half of all Teslas are built at Giga Shanghai.",
            "zh": "特斯拉一半以上的车都是在上海超级工厂造的。",
        },
        "counterpoints": [{
            "en": "Tesla's Shanghai plant delivered about 947,000 vehicles in 2023, roughly 52% of Tesla's 1.81 million global deliveries, and 916,660 in 2024, about 51% of 1.79 million, according to China Passenger Car Association data. The figure includes cars exported to Europe and Asia-Pacific, and Shanghai's share has been slipping slightly as Berlin and Austin ramp up.",
            "zh": "据乘联会数据，特斯拉上海工厂2023年交付约94.7万辆，约占特斯拉全球181万辆交付量的52%；2024年交付916,660辆，约占179万辆的51%。这些数字包括出口到欧洲和亚太的车辆；随着柏林和得州工厂爬坡，上海的占比略有下降。",
            "sources": [
                S("China Passenger Car Association: manufacturer wholesale data", "http://www.cpcaauto.com/", "2025-01"),
                S("Tesla Investor Relations: Q4 2024 production and deliveries", "https://ir.tesla.com/", "2025-01-02"),
            ],
        }],
    },
    {
        "id": "tesla-fsd-runs-driverless-in-china",
        "rating": "False",
        "tags": ["autonomous-driving", "tesla", "regulation"],
        "claim": {
            "en": "Tesla's Full Self-Driving is approved and running driverless in China.",
            "zh": "特斯拉的完全自动驾驶（FSD）已在中国获批，并且在无人驾驶运行。",
        },
        "counterpoints": [{
            "en": "In February 2025 Tesla pushed an update giving Chinese owners navigation on Autopilot for city streets, a supervised driver-assistance feature that requires the driver to watch the road and keep hands on the wheel. In April 2025 China's Ministry of Industry and Information Technology told carmakers not to market such systems as 'autonomous' or 'self-driving' and restricted public beta testing over the air. Driverless robotaxi permits in China have gone to companies such as Baidu's Apollo Go and Pony.ai in designated zones, not to Tesla.",
            "zh": "2025年2月，特斯拉向中国车主推送了城市道路的Autopilot导航辅助驾驶功能，这是需要驾驶员监督的辅助驾驶，驾驶员须注视路面并手握方向盘。2025年4月，工信部要求车企不得将此类系统宣传为“自动驾驶”“智能驾驶”，并限制通过OTA进行公开测试。中国的无人驾驶出租车牌照发放给了百度萝卜快跑、小马智行等企业，在指定区域运营，特斯拉并不在其中。",
            "sources": [
                S("Reuters: Tesla rolls out FSD-like driver assistance in China", "https://www.reuters.com/business/autos-transportation/", "2025-02-25"),
                S("MIIT: notice on strengthening management of intelligent connected vehicle products", "https://www.miit.gov.cn/", "2025-04-16"),
            ],
        }],
    },
    {
        "id": "tesla-does-not-rely-on-chinese-batteries",
        "rating": "False",
        "tags": ["batteries", "tesla", "catl", "supply-chain"],
        "claim": {
            "en": "Tesla makes its own batteries and doesn't depend on Chinese suppliers.",
            "zh": "特斯拉自己生产电池，不依赖中国供应商。",
        },
        "counterpoints": [{
            "en": "Tesla produces some 4680 cells in Texas, but most of its cells are bought from suppliers. It has used CATL lithium iron phosphate cells in China-built Model 3s and Model Ys since 2020, and BYD Blade cells in some Berlin-built Model Ys. On its April 2025 earnings call Tesla said tariffs would hit its energy-storage business hardest because Megapack relies on LFP cells imported from China, and it has licensed CATL technology for an LFP cell line in Nevada.",
            "zh": "特斯拉在得州生产部分4680电池，但大多数电芯是外购的：自2020年起，上海生产的Model 3和Model Y使用宁德时代的磷酸铁锂电芯，部分柏林产Model Y使用比亚迪刀片电池。特斯拉在2025年4月的财报电话会上表示，关税对储能业务冲击最大，因为Megapack依赖从中国进口的磷酸铁锂电芯；公司还获得宁德时代的技术授权，在内华达建设磷酸铁锂电芯产线。",
            "sources": [
                S("Tesla Q1 2025 earnings call", "https://ir.tesla.com/", "2025-04-22"),
                S("Reuters: Tesla to use CATL's cobalt-free batteries in China-made Model 3", "https://www.reuters.com/business/autos-transportation/", "2020-02-19"),
            ],
        }],
    },
    {
        "id": "catl-and-byd-make-over-half-of-ev-batteries",
        "rating": "Mostly true",
        "tags": ["batteries", "catl", "byd"],
        "claim": {
            "en": "Two Chinese companies, CATL and BYD, make more than half of the world's EV batteries.",
            "zh": "宁德时代和比亚迪这两家中国公司生产了全世界一半以上的电动车电池。",
        },
        "counterpoints": [{
            "en": "According to SNE Research, CATL held about 37.9% of global EV battery installations in 2024 and BYD about 17.2%, a combined share of roughly 55%. Including other Chinese makers such as CALB and Gotion, Chinese firms supplied about two-thirds of the market, while Korea's LG Energy Solution (about 11%) and Japan's Panasonic (about 4%) lost share.",
            "zh": "据SNE Research统计，2024年宁德时代约占全球动力电池装机量的37.9%，比亚迪约占17.2%，合计约55%。加上中创新航、国轩高科等其他中国企业，中国厂商约占市场的三分之二；韩国LG新能源（约11%）和日本松下（约4%）的份额则有所下降。",
            "sources": [
                S("SNE Research: Global EV battery usage, January-December 2024", "https://www.sneresearch.com/en/", "2025-02"),
            ],
        }],
    },
    # ---------------------------------------------------------------- work culture
    {
        "id": "chinese-workers-outwork-americans",
        "rating": "Missing context",
        "tags": ["work-culture", "manufacturing", "labour"],
        "claim": {
            "en": "Chinese workers work far harder than Americans, who are trying to avoid going to work at all.",
            "zh": "中国工人比美国人勤奋得多，而美国人千方百计逃避上班。",
        },
        "counterpoints": [{
            "en": "Official data do show long hours in China: the National Bureau of Statistics put average weekly hours for urban enterprise employees at about 49 in 2024, against roughly 34 hours for US private-sector employees in Bureau of Labor Statistics data. But hours are not effort or output: output per hour worked in the US is several times China's, and in August 2021 China's Supreme People's Court and labour ministry said the '996' schedule violates labour law.",
            "zh": "官方数据确实显示中国工时较长：国家统计局数据显示，2024年城镇企业就业人员周平均工作时间约49小时，而美国劳工统计局数据显示美国私营部门员工约为34小时。但工时不等于努力或产出：美国每小时劳动产出是中国的数倍；2021年8月，最高人民法院和人社部还明确指出“996”工作制违反劳动法。",
            "sources": [
                S("National Bureau of Statistics of China: monthly labour force survey", "https://www.stats.gov.cn/english/", "2025-01"),
                S("US Bureau of Labor Statistics: Current Employment Statistics", "https://www.bls.gov/ces/", "2025-01"),
                S("Supreme People's Court and MOHRSS: typical cases on overtime", "https://www.court.gov.cn/", "2021-08-26"),
            ],
        }],
    },
    # ---------------------------------------------------------------- AI and chips
    {
        "id": "china-years-behind-us-in-ai",
        "rating": "Misleading",
        "tags": ["ai", "deepseek", "us-china"],
        "claim": {
            "en": "China is years behind America in artificial intelligence.",
            "zh": "中国在人工智能方面落后美国好几年。",
        },
        "counterpoints": [{
            "en": "Benchmarks suggest the gap is now months rather than years. DeepSeek's R1, released in January 2025, performed close to OpenAI's o1 on maths and coding tests, and Stanford's AI Index 2025 found the gap between the top US and Chinese models on the LMSYS Chatbot Arena shrank from 9.3% in January 2024 to 1.7% in February 2025. The US still leads in the number of notable models (40 vs 15 in 2024) and in computing power.",
            "zh": "基准测试显示，差距已从“年”缩小到“月”。2025年1月发布的DeepSeek R1在数学和编程测试中接近OpenAI的o1；斯坦福《2025年人工智能指数报告》发现，LMSYS Chatbot Arena上中美顶级模型的差距从2024年1月的9.3%缩小到2025年2月的1.7%。不过美国在重要模型数量（2024年40个对15个）和算力上仍然领先。",
            "sources": [
                S("Stanford HAI: AI Index Report 2025", "https://hai.stanford.edu/ai-index/2025-ai-index-report", "2025-04"),
                S("DeepSeek-R1 technical report (arXiv:2501.12948)", "https://arxiv.org/abs/2501.12948", "2025-01-22"),
            ],
        }],
    },
    {
        "id": "export-controls-cut-china-off-ai-chips",
        "rating": "False",
        "tags": ["export-controls", "ai-chips", "nvidia"],
        "claim": {
            "en": "US export controls have completely cut China off from advanced AI chips.",
            "zh": "美国的出口管制已经让中国完全拿不到先进AI芯片。",
        },
        "counterpoints": [{
            "en": "The controls, imposed in October 2022 and tightened in October 2023 and December 2024, block Nvidia's top chips, but China kept access to downgraded parts: Nvidia sold the H800 and then the H20 there and reported about $17 billion of China revenue in its fiscal year to January 2025, about 13% of the total. The H20 only became subject to a licence requirement in April 2025. Huawei's Ascend chips, made by SMIC, supply domestic labs, and US prosecutors have brought cases over smuggled GPUs.",
            "zh": "这些管制措施于2022年10月实施，并在2023年10月和2024年12月收紧，封锁了英伟达最高端的芯片，但中国仍能获得降规版产品：英伟达先后向中国销售H800和H20，在截至2025年1月的财年中来自中国的收入约170亿美元，约占总收入13%。H20直到2025年4月才被纳入许可证管理。中芯国际代工的华为昇腾芯片也在供应国内实验室，美国检方还起诉过走私GPU的案件。",
            "sources": [
                S("US Bureau of Industry and Security: advanced computing export controls", "https://www.bis.gov/", "2023-10-17"),
                S("NVIDIA Form 10-K for fiscal year 2025", "https://investor.nvidia.com/", "2025-02-26"),
            ],
        }],
    },
    {
        "id": "chip-sanctions-have-completely-failed",
        "rating": "Misleading",
        "tags": ["export-controls", "huawei", "smartphones", "semiconductors"],
        "claim": {
            "en": "Huawei's new phone chip proves US chip sanctions have completely failed.",
            "zh": "华为手机的新芯片证明美国的芯片制裁彻底失败了。",
        },
        "counterpoints": [{
            "en": "Huawei's Mate 60 Pro, launched in August 2023, uses a Kirin 9000S chip that TechInsights found was made by SMIC on a 7-nanometre-class process without EUV lithography - a real advance. But that process is about two generations behind TSMC, which began volume 3nm production in December 2022, and its yields have been reported as low. Huawei's 2024 revenue of 862 billion yuan was still below its 2020 peak of 891 billion yuan, before the sanctions fully bit.",
            "zh": "华为Mate 60 Pro于2023年8月发布，TechInsights拆解发现其麒麟9000S芯片由中芯国际以7纳米级工艺制造，且未使用EUV光刻，这确实是进展。但该工艺比台积电落后约两代，台积电在2022年12月已量产3纳米，而中芯的良率据报道偏低。华为2024年营收8621亿元，仍低于制裁全面生效前2020年8914亿元的峰值。",
            "sources": [
                S("TechInsights: Huawei Mate 60 Pro teardown, SMIC 7nm (N+2)", "https://www.techinsights.com/", "2023-09"),
                S("Huawei Investment & Holding: 2024 Annual Report", "https://www.huawei.com/en/annual-report", "2025-03-31"),
            ],
        }],
    },
    {
        "id": "deepseek-built-its-model-for-6-million",
        "rating": "Missing context",
        "tags": ["deepseek", "ai", "open-models"],
        "claim": {
            "en": "DeepSeek built a top AI model for less than $6 million.",
            "zh": "DeepSeek只花了不到600万美元就做出了顶级AI模型。",
        },
        "counterpoints": [{
            "en": "DeepSeek's V3 technical report (December 2024) put the final training run at 2.788 million H800 GPU-hours, about $5.6 million at an assumed rental price of $2 per GPU-hour. The paper says this excludes earlier research and ablation experiments, data, staff and the hardware itself. The research firm SemiAnalysis estimated DeepSeek's total spending on GPUs at well over $500 million.",
            "zh": "DeepSeek在2024年12月的V3技术报告中称，最终一轮训练用了278.8万个H800 GPU小时，按每GPU小时2美元的假设租价约合560万美元。报告明确说明，这不包括此前的研究和消融实验、数据、人员以及硬件本身的成本。研究机构SemiAnalysis估计，DeepSeek在GPU上的总投入远超5亿美元。",
            "sources": [
                S("DeepSeek-V3 Technical Report (arXiv:2412.19437)", "https://arxiv.org/abs/2412.19437", "2024-12-27"),
                S("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/", "2025-01-31"),
            ],
        }],
    },
    {
        "id": "deepseek-secretly-has-50000-h100s",
        "rating": "Unproven",
        "tags": ["deepseek", "export-controls", "nvidia"],
        "claim": {
            "en": "DeepSeek secretly runs on about 50,000 Nvidia H100s it isn't supposed to have.",
            "zh": "DeepSeek暗中使用着约5万块它本不该拥有的英伟达H100。",
        },
        "counterpoints": [{
            "en": "The 50,000-H100 figure was asserted by Scale AI chief executive Alexandr Wang in a January 2025 CNBC interview without evidence. DeepSeek says V3 was trained on 2,048 Nvidia H800s, a chip that could be legally sold to China until October 2023. SemiAnalysis estimated DeepSeek had access to around 50,000 Hopper-generation GPUs in total, but mostly H800s and H20s rather than H100s; no public evidence of smuggled H100s at DeepSeek has been produced.",
            "zh": "“5万块H100”的说法出自Scale AI首席执行官亚历山大·王2025年1月接受CNBC采访时的表态，他没有提供证据。DeepSeek称V3是用2048块英伟达H800训练的，这款芯片在2023年10月之前可合法售往中国。SemiAnalysis估计DeepSeek总共可使用约5万块Hopper架构GPU，但主要是H800和H20而非H100；目前没有公开证据表明DeepSeek使用了走私的H100。",
            "sources": [
                S("CNBC: Scale AI CEO Alexandr Wang on DeepSeek", "https://www.cnbc.com/", "2025-01-23"),
                S("DeepSeek-V3 Technical Report (arXiv:2412.19437)", "https://arxiv.org/abs/2412.19437", "2024-12-27"),
                S("SemiAnalysis: DeepSeek Debates", "https://semianalysis.com/", "2025-01-31"),
            ],
        }],
    },
    # ---------------------------------------------------------------- energy
    {
        "id": "china-generates-three-times-us-electricity",
        "rating": "Misleading",
        "tags": ["power-grid", "electricity", "us-china"],
        "claim": {
            "en": "China already produces three times as much electricity as the United States.",
            "zh": "中国的发电量已经是美国的三倍。",
        },
        "counterpoints": [{
            "en": "According to Ember, China generated about 10,000 terawatt-hours of electricity in 2024 against about 4,400 TWh in the US - roughly 2.3 times, not three times. China's output has been growing by about 6-7% a year, so the ratio could approach three later this decade if US demand stays flat. Per person, Americans still use far more: about 12,700 kWh a year against roughly 7,000 kWh in China.",
            "zh": "据Ember统计，2024年中国发电量约1万太瓦时，美国约4400太瓦时，约为2.3倍，而非三倍。中国发电量每年增长约6%至7%，如果美国需求持平，这一比例可能在本十年晚些时候接近三倍。按人均计算，美国人用电仍多得多：每年约12700千瓦时，中国约7000千瓦时。",
            "sources": [
                S("Ember: Global Electricity Review 2025", "https://ember-energy.org/latest-insights/global-electricity-review-2025/", "2025-04-08"),
                S("US Energy Information Administration: Electric Power Monthly", "https://www.eia.gov/electricity/monthly/", "2025-02"),
            ],
        }],
    },
    {
        "id": "china-adds-more-solar-than-rest-of-world",
        "rating": "Mostly true",
        "tags": ["solar", "energy"],
        "claim": {
            "en": "China installs more solar every year than the rest of the world put together.",
            "zh": "中国每年新增的太阳能装机比世界其他国家加起来还多。",
        },
        "counterpoints": [{
            "en": "China's National Energy Administration reported about 217 GW of new solar in 2023 and a record 277 GW in 2024. IRENA data put China's share of global solar additions at roughly 60% in both years, so the claim holds for recent years. Context: China also makes more than 80% of the world's solar panels (IEA), so its domestic boom partly absorbs a manufacturing surplus.",
            "zh": "国家能源局数据显示，中国2023年新增光伏装机约217吉瓦，2024年创纪录地新增277吉瓦。国际可再生能源署数据显示，这两年中国约占全球新增光伏装机的60%，因此该说法对近几年成立。背景是：中国还生产了全球80%以上的光伏组件（国际能源署），国内装机热潮在一定程度上消化了过剩产能。",
            "sources": [
                S("IRENA: Renewable Capacity Statistics 2025", "https://www.irena.org/Publications", "2025-03-26"),
                S("National Energy Administration: 2024 national power industry statistics", "http://www.nea.gov.cn/", "2025-01"),
                S("IEA: Solar PV Global Supply Chains", "https://www.iea.org/reports/solar-pv-global-supply-chains", "2022-07"),
            ],
        }],
    },
    {
        "id": "china-solar-boom-is-cover-for-coal",
        "rating": "Misleading",
        "tags": ["solar", "coal", "energy"],
        "claim": {
            "en": "China's solar boom is mostly for show; what it is really building is coal plants.",
            "zh": "中国的光伏热潮主要是做样子，它真正在建的是煤电厂。",
        },
        "counterpoints": [{
            "en": "China does keep building coal: construction started on about 94.5 GW of new coal power in 2024, the most in a decade, according to CREA and Global Energy Monitor. But in the same year it added about 277 GW of solar and 80 GW of wind, bringing combined wind and solar capacity to about 1,400 GW, roughly equal to its thermal fleet. Coal's share of generation fell to about 58% and clean sources met most of the growth in demand.",
            "zh": "中国确实仍在建设煤电：据能源与清洁空气研究中心（CREA）和全球能源监测（GEM），2024年新开工煤电约94.5吉瓦，为十年来最多。但同年中国新增光伏约277吉瓦、风电约80吉瓦，风光总装机达到约1400吉瓦，与火电装机大致相当。煤电在发电量中的占比降至约58%，新增用电需求大部分由清洁能源满足。",
            "sources": [
                S("CREA and Global Energy Monitor: China's coal power boom continues", "https://energyandcleanair.org/", "2025-02"),
                S("Ember: China electricity data", "https://ember-energy.org/", "2025-04"),
            ],
        }],
    },
    # ---------------------------------------------------------------- rare earths, robots
    {
        "id": "china-mines-almost-all-rare-earths",
        "rating": "Misleading",
        "tags": ["rare-earths", "supply-chain"],
        "claim": {
            "en": "China mines almost all of the world's rare earths.",
            "zh": "全世界的稀土几乎都是中国开采的。",
        },
        "counterpoints": [{
            "en": "China's dominance is in processing more than mining. The US Geological Survey estimates China mined 270,000 tonnes of rare-earth oxide in 2024, about 69% of a world total of 390,000 t; the US (45,000 t), Myanmar (31,000 t) and Australia (13,000 t) are also significant producers. In refining and magnet-making China's share is much higher, around 90% according to the IEA.",
            "zh": "中国的主导地位更多在于加工而非开采。美国地质调查局估计，2024年中国开采稀土氧化物27万吨，约占全球39万吨的69%；美国（4.5万吨）、缅甸（3.1万吨）和澳大利亚（1.3万吨）也是重要产地。在冶炼分离和磁体制造环节，中国的份额高得多，据国际能源署约为90%。",
            "sources": [
                S("USGS Mineral Commodity Summaries 2025: Rare Earths", "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf", "2025-01"),
                S("IEA: Global Critical Minerals Outlook 2024", "https://www.iea.org/reports/global-critical-minerals-outlook-2024", "2024-05-17"),
            ],
        }],
    },
    {
        "id": "china-rare-earth-licences-stopped-optimus",
        "rating": "Misleading",
        "tags": ["rare-earths", "robotics", "optimus", "export-controls"],
        "claim": {
            "en": "China's rare-earth export rules have stopped Tesla from building Optimus robots.",
            "zh": "中国的稀土出口规定让特斯拉造不了Optimus机器人。",
        },
        "counterpoints": [{
            "en": "On 4 April 2025 China required export licences for seven rare earths and related magnets, and magnet exports fell 74% year on year in May. Musk said on Tesla's 22 April earnings call that Optimus was affected and Tesla was seeking a licence. But the rules were a licensing system, not a ban - Beijing began granting licences to some exporters in June - and Optimus was still in low-volume pilot production rather than mass manufacturing.",
            "zh": "2025年4月4日，中国对七种稀土及相关磁体实施出口许可管理，5月稀土磁体出口同比下降74%。马斯克在4月22日的特斯拉财报电话会上表示Optimus受到影响，特斯拉正在申请许可。但这一规定是许可制度而非禁令，北京自6月起已向部分出口商发放许可；而且Optimus当时仍处于小批量试生产阶段，并未大规模量产。",
            "sources": [
                S("MOFCOM and GAC Announcement No. 18 of 2025 on export control of rare earth items", "http://www.mofcom.gov.cn/", "2025-04-04"),
                S("Tesla Q1 2025 earnings call", "https://ir.tesla.com/", "2025-04-22"),
                S("Reuters: China's rare earth magnet exports plunge in May", "https://www.reuters.com/world/china/", "2025-06-20"),
            ],
        }],
    },
    {
        "id": "china-has-highest-robot-density",
        "rating": "False",
        "tags": ["robotics", "manufacturing", "automation"],
        "claim": {
            "en": "China has more robots per factory worker than any other country.",
            "zh": "中国工厂的人均机器人数量是全世界最高的。",
        },
        "counterpoints": [{
            "en": "China installs the most industrial robots - about 276,000 in 2023, 51% of global installations, according to the International Federation of Robotics. But by robot density it ranks third, with 470 robots per 10,000 manufacturing employees in 2023, behind South Korea (1,012) and Singapore (770), having just overtaken Germany (429) and Japan (419). The US stood at 295.",
            "zh": "据国际机器人联合会（IFR）统计，中国安装的工业机器人最多，2023年约27.6万台，占全球51%。但按机器人密度计算，中国以每万名制造业员工470台排名第三，落后于韩国（1012台）和新加坡（770台），刚刚超过德国（429台）和日本（419台）。美国为295台。",
            "sources": [
                S("IFR: Global robot density in factories doubled in seven years", "https://ifr.org/ifr-press-releases/", "2024-11-20"),
                S("IFR: World Robotics 2024", "https://ifr.org/worldrobotics/", "2024-09-24"),
            ],
        }],
    },
    # ---------------------------------------------------------------- space
    {
        "id": "spacex-alone-outlaunches-china",
        "rating": "Mostly true",
        "tags": ["space", "spacex", "launches"],
        "claim": {
            "en": "SpaceX by itself launches more rockets than the whole of China.",
            "zh": "光SpaceX一家发射的火箭就比整个中国还多。",
        },
        "counterpoints": [{
            "en": "In 2024 SpaceX flew 134 Falcon 9 and Falcon Heavy missions plus four Starship test flights, while China made 68 orbital launch attempts, a national record. China's cadence is rising with new commercial rockets and the Qianfan and Guowang constellations, but on current numbers SpaceX alone launches about twice as often as all Chinese launch providers combined.",
            "zh": "2024年SpaceX执行了134次猎鹰9号和猎鹰重型任务，另有4次星舰试飞；同年中国进行了68次轨道发射，创下本国纪录。随着新型商业火箭以及千帆、国网星座的推进，中国的发射频率正在上升，但按目前数据，SpaceX一家的发射次数约为中国所有发射服务商总和的两倍。",
            "sources": [
                S("Jonathan McDowell: orbital launch statistics", "https://planet4589.org/space/stats/", "2025-01"),
                S("SpaceNews: China sets new launch record in 2024", "https://spacenews.com/", "2025-01"),
            ],
        }],
    },
    {
        "id": "china-has-no-starlink-rival",
        "rating": "False",
        "tags": ["starlink", "space", "satellites"],
        "claim": {
            "en": "China has nothing like Starlink and isn't even trying to build one.",
            "zh": "中国没有任何类似星链的东西，甚至都没打算做。",
        },
        "counterpoints": [{
            "en": "China has two state-backed satellite-internet megaconstellations under way. Qianfan ('Thousand Sails'), run by Shanghai Spacecom Satellite Technology, began launching in August 2024 and plans about 14,000 satellites; the state-owned China SatNet's Guowang plans about 13,000. Both are far behind - Qianfan had around 90 satellites in orbit by mid-2025 against more than 7,000 Starlinks - but the programmes are funded and launching.",
            "zh": "中国有两个国家支持的卫星互联网巨型星座正在推进：上海垣信卫星运营的“千帆”星座于2024年8月开始发射，计划部署约1.4万颗卫星；国有的中国星网“国网”星座计划约1.3万颗。两者都远远落后——到2025年年中千帆在轨约90颗，而星链超过7000颗——但这些项目有资金支持且已在发射。",
            "sources": [
                S("SpaceNews: China launches first satellites for Thousand Sails megaconstellation", "https://spacenews.com/", "2024-08-06"),
                S("Jonathan McDowell: Starlink statistics", "https://planet4589.org/space/con/star/stats.html", "2025-06"),
            ],
        }],
    },
    # ---------------------------------------------------------------- politics / apps
    {
        "id": "taiwan-is-integral-part-of-china",
        "rating": "Missing context",
        "tags": ["taiwan", "geopolitics"],
        "claim": {
            "en": "Taiwan is an integral part of China that just happens not to be governed by Beijing.",
            "zh": "台湾是中国不可分割的一部分，只是碰巧不归北京管辖。",
        },
        "counterpoints": [{
            "en": "The People's Republic of China, founded in 1949, has never governed Taiwan. Taiwan has held direct presidential elections since 1996 and elected Lai Ching-te in January 2024. Most countries, including the US under its 'One China' policy, acknowledge Beijing's position without endorsing it, and in National Chengchi University surveys fewer than 10% of people in Taiwan support unification, whether soon or eventually.",
            "zh": "中华人民共和国自1949年成立以来从未统治过台湾。台湾自1996年起举行总统直选，2024年1月选出赖清德。包括美国在内的多数国家在“一个中国”政策下只是认知北京的立场而非认可；国立政治大学的调查显示，支持统一（无论尽快还是最终）的台湾民众不到10%。",
            "sources": [
                S("National Chengchi University Election Study Center: unification-independence stances", "https://esc.nccu.edu.tw/", "2024-07"),
                S("Central Election Commission (Taiwan): 2024 presidential election results", "https://www.cec.gov.tw/", "2024-01-13"),
            ],
        }],
    },
    {
        "id": "tiktok-already-banned-in-us",
        "rating": "False",
        "tags": ["tiktok", "regulation", "us-china"],
        "claim": {
            "en": "America has already banned TikTok.",
            "zh": "美国已经禁了TikTok。",
        },
        "counterpoints": [{
            "en": "Congress passed a law in April 2024 requiring ByteDance to sell TikTok's US business or face a ban, and the Supreme Court upheld it on 17 January 2025. TikTok briefly went dark on 18-19 January, but President Trump then ordered enforcement delayed and extended the deadline several times, and the app has kept operating for its roughly 170 million US users while a sale is negotiated.",
            "zh": "美国国会于2024年4月通过法律，要求字节跳动出售TikTok美国业务，否则将被禁；最高法院于2025年1月17日维持该法。TikTok在1月18日至19日短暂停止服务，但随后特朗普总统下令推迟执法并多次延长期限，在出售谈判期间，这款应用一直在为约1.7亿美国用户运营。",
            "sources": [
                S("Supreme Court of the United States: TikTok Inc. v. Garland", "https://www.supremecourt.gov/opinions/24pdf/24-656_ca7d.pdf", "2025-01-17"),
                S("The White House: presidential actions on TikTok enforcement", "https://www.whitehouse.gov/presidential-actions/", "2025-01-20"),
            ],
        }],
    },
    # ---------------------------------------------------------------- demographics
    {
        "id": "china-population-below-700m-by-2050",
        "rating": "False",
        "tags": ["demographics", "population"],
        "claim": {
            "en": "China's population will crash to under 700 million by 2050.",
            "zh": "到2050年中国人口将暴跌到7亿以下。",
        },
        "counterpoints": [{
            "en": "The UN's World Population Prospects 2024 projects China's population at about 1.26 billion in 2050 in its medium scenario, down from about 1.41 billion in 2024; even its low-fertility scenario stays well above 1.1 billion. A figure of around 630 million is projected only for 2100. China's population has been falling since 2022, by 1.39 million in 2024.",
            "zh": "联合国《世界人口展望2024》中方案预测，中国人口2050年约为12.6亿，低于2024年的约14.1亿；即便是低生育率方案也远高于11亿。约6.3亿的数字是对2100年的预测。中国人口自2022年起下降，2024年减少139万。",
            "sources": [
                S("UN DESA: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11"),
                S("National Bureau of Statistics of China: 2024 population data", "https://www.stats.gov.cn/english/", "2025-01-17"),
            ],
        }],
    },
    {
        "id": "china-has-worlds-lowest-birth-rate",
        "rating": "False",
        "tags": ["demographics", "birth-rate"],
        "claim": {
            "en": "China now has the lowest birth rate in the world.",
            "zh": "中国现在的生育率是全世界最低的。",
        },
        "counterpoints": [{
            "en": "China's fertility is very low - about 1.0 children per woman by UN estimates, with births at 9.02 million in 2023 - but it is not the world's lowest. South Korea's total fertility rate was 0.72 in 2023 and 0.75 in 2024, and Taiwan, Hong Kong and Macau have also recorded rates below 1.0. By crude birth rate, China's 6.39 per 1,000 in 2023 was also above South Korea's roughly 4.5.",
            "zh": "中国生育率确实很低，联合国估计约为每名妇女生育1.0个孩子，2023年出生人口902万，但并非全球最低。韩国总和生育率2023年为0.72、2024年为0.75，台湾、香港和澳门也都出现过低于1.0的水平。按粗出生率计算，中国2023年为6.39‰，也高于韩国的约4.5‰。",
            "sources": [
                S("Statistics Korea: 2024 birth statistics", "https://kostat.go.kr/", "2025-02-26"),
                S("UN DESA: World Population Prospects 2024", "https://population.un.org/wpp/", "2024-07-11"),
            ],
        }],
    },
    {
        "id": "china-births-have-halved-since-2016",
        "rating": "Mostly true",
        "tags": ["demographics", "birth-rate"],
        "claim": {
            "en": "China's annual births have roughly halved since 2016.",
            "zh": "中国每年的出生人口比2016年减少了大约一半。",
        },
        "counterpoints": [{
            "en": "Births peaked at 17.86 million in 2016, the year the two-child policy took effect, and fell to 9.02 million in 2023, a drop of about 49%, according to the National Bureau of Statistics. They rose to 9.54 million in 2024, the Year of the Dragon, so the decline from the peak is now about 47%.",
            "zh": "据国家统计局数据，出生人口在全面二孩政策实施的2016年达到1786万的峰值，2023年降至902万，降幅约49%。2024年龙年出生人口回升至954万，因此较峰值的降幅目前约为47%。",
            "sources": [
                S("National Bureau of Statistics of China: Statistical Communique 2023", "https://www.stats.gov.cn/english/", "2024-01-17"),
                S("National Bureau of Statistics of China: 2024 population data", "https://www.stats.gov.cn/english/", "2025-01-17"),
            ],
        }],
    },
    # ---------------------------------------------------------------- manufacturing scale
    {
        "id": "china-manufacturing-three-times-us",
        "rating": "Missing context",
        "tags": ["manufacturing", "us-china"],
        "claim": {
            "en": "China's manufacturing output is three times America's.",
            "zh": "中国的制造业产出是美国的三倍。",
        },
        "counterpoints": [{
            "en": "By value added, the standard measure, China's manufacturing was worth about $4.7 trillion in 2023, roughly 29% of the world total, against about $2.9 trillion, around 16%, for the US - about 1.6 times, per UN and US Bureau of Economic Analysis data. A three-to-one ratio appears only in gross output, which counts inputs more than once: the economist Richard Baldwin estimated China's share of global gross manufacturing output at 35% in 2020, against 12% for the US.",
            "zh": "按标准的增加值口径，据联合国和美国经济分析局数据，2023年中国制造业增加值约4.7万亿美元，约占全球29%；美国约2.9万亿美元，约占16%，中国约为美国的1.6倍。只有按总产出口径（会重复计算中间投入）才会得出约三倍：经济学家理查德·鲍德温估计，2020年中国占全球制造业总产出的35%，美国为12%。",
            "sources": [
                S("UN Statistics Division: National Accounts Main Aggregates", "https://unstats.un.org/unsd/snaama/", "2024-12"),
                S("US BEA: GDP by Industry", "https://www.bea.gov/data/gdp/gdp-industry", "2024-09"),
                S("CEPR VoxEU: China is the world's sole manufacturing superpower (Baldwin)", "https://cepr.org/voxeu/columns", "2024-01-17"),
            ],
        }],
    },
]
