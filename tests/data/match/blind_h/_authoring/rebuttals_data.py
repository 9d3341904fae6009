"""Rebuttals for blind set h (claim + counterpoints only, no phrasings)."""

ember = {"title": "Ember: Global Electricity Review 2025",
         "url": "https://ember-energy.org/latest-insights/global-electricity-review-2025/", "date": "2025-04"}
eia_monthly = {"title": "US EIA: Electric Power Monthly",
               "url": "https://www.eia.gov/electricity/monthly/", "date": "2025"}
eia_capacity = {"title": "US EIA: Electricity explained - generation, capacity and sales in the United States",
                "url": "https://www.eia.gov/energyexplained/electricity/electricity-in-the-us-generation-capacity-and-sales.php",
                "date": "2024"}
nea = {"title": "China National Energy Administration: 2024 national power industry statistics",
       "url": "https://www.nea.gov.cn/", "date": "2025-01"}
ds_v3 = {"title": "DeepSeek-AI: DeepSeek-V3 Technical Report (arXiv:2412.19437)",
         "url": "https://arxiv.org/abs/2412.19437", "date": "2024-12-27"}
ds_r1 = {"title": "DeepSeek-AI: DeepSeek-R1 (arXiv:2501.12948)",
         "url": "https://arxiv.org/abs/2501.12948", "date": "2025-01-22"}
semi = {"title": "SemiAnalysis: DeepSeek Debates - Chinese leadership on cost, true training cost, closed model margin impacts",
        "url": "https://semianalysis.com/2025/01/31/deepseek-debates/", "date": "2025-01-31"}
ai_index = {"title": "Stanford HAI: AI Index Report 2025",
            "url": "https://hai.stanford.edu/ai-index/2025-ai-index-report", "date": "2025-04"}
nvda_h20 = {"title": "NVIDIA Form 8-K on H20 export licence requirement (SEC filing)",
            "url": "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001045810&type=8-K",
            "date": "2025-04-15"}
liang = {"title": "36Kr / Waves (暗涌): interview with DeepSeek founder Liang Wenfeng",
         "url": "https://36kr.com/", "date": "2024-07"}
cnbc_wang = {"title": "CNBC: Scale AI CEO Alexandr Wang interview at Davos on DeepSeek",
             "url": "https://www.cnbc.com/", "date": "2025-01-23"}
csis = {"title": "CSIS: The Chinese EV Dilemma: Subsidized Yet Striking",
        "url": "https://www.csis.org/analysis/chinese-ev-dilemma-subsidized-yet-striking", "date": "2024-06-20"}
kiel = {"title": "Kiel Institute: Foul Play? On the Scale and Scope of Industrial Subsidies in China",
        "url": "https://www.ifw-kiel.de/publications/foul-play-on-the-scale-and-scope-of-industrial-subsidies-in-china/",
        "date": "2024-04"}
tesla_ir = {"title": "Tesla Investor Relations: production and deliveries reports",
            "url": "https://ir.tesla.com/", "date": "2026-01"}
byd_sales = {"title": "BYD Company: monthly production and sales announcements (HKEX filings)",
             "url": "https://www.bydglobal.com/", "date": "2026-01"}
ncap = {"title": "Euro NCAP: safety ratings for BYD Atto 3, Han, Tang (2022), Dolphin and Seal (2023)",
        "url": "https://www.euroncap.com/en/ratings-rewards/latest-safety-ratings/", "date": "2023"}
eu_reg = {"title": "Commission Implementing Regulation (EU) 2024/2754 imposing definitive countervailing duties on BEVs from China",
          "url": "https://eur-lex.europa.eu/eli/reg_impl/2024/2754/oj", "date": "2024-10-29"}
ustr = {"title": "USTR: Section 301 four-year review, final modifications (100% tariff on Chinese EVs)",
        "url": "https://ustr.gov/", "date": "2024-09-13"}
reuters = {"title": "Reuters: Tesla signs loan agreement with Chinese banks for Shanghai factory",
           "url": "https://www.reuters.com/", "date": "2019-12"}
land = {"title": "Reuters: Tesla wins land auction for Shanghai factory site",
        "url": "https://www.reuters.com/", "date": "2018-10"}
mil = {"title": "Reuters / Wall Street Journal: China restricts Tesla cars from military complexes",
       "url": "https://www.reuters.com/", "date": "2021-03"}
samr = {"title": "State Administration for Market Regulation (SAMR): regulators summon Tesla over quality complaints",
        "url": "https://www.samr.gov.cn/", "date": "2021-02"}
caam = {"title": "China Association of Automobile Manufacturers: vehicles meeting data-security requirements",
        "url": "http://www.caam.org.cn/", "date": "2024-04"}
fsd_cn = {"title": "Reuters: Tesla rolls out FSD-like driver-assistance features in China",
          "url": "https://www.reuters.com/", "date": "2025-02-25"}
baidu = {"title": "Baidu Investor Relations: fourth quarter and fiscal year 2024 results",
         "url": "https://ir.baidu.com/", "date": "2025-02"}
usgs = {"title": "USGS: Mineral Commodity Summaries 2025 - Rare Earths",
        "url": "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf", "date": "2025-01"}
iea_cm = {"title": "IEA: Global Critical Minerals Outlook 2024",
          "url": "https://www.iea.org/reports/global-critical-minerals-outlook-2024", "date": "2024-05"}
mofcom = {"title": "China Ministry of Commerce: announcement on export controls for medium and heavy rare earths",
          "url": "http://www.mofcom.gov.cn/", "date": "2025-04-04"}
tesla_q1 = {"title": "Tesla Q1 2025 earnings call (webcast)", "url": "https://ir.tesla.com/", "date": "2025-04-22"}
wpp = {"title": "UN DESA: World Population Prospects 2024", "url": "https://population.un.org/wpp/", "date": "2024-07"}
nbs = {"title": "National Bureau of Statistics of China: statistical communiques on national economic and social development",
       "url": "https://www.stats.gov.cn/english/", "date": "2025-01"}
kostat = {"title": "Statistics Korea: birth statistics", "url": "https://kostat.go.kr/", "date": "2025-02"}
mcdowell = {"title": "Jonathan McDowell: Space launch and satellite statistics",
            "url": "https://planet4589.org/space/stats/", "date": "2025"}
cnsa = {"title": "China National Space Administration: Chang'e-4 and Chang'e-6 missions",
        "url": "https://www.cnsa.gov.cn/", "date": "2024-06"}
xinhua_qf = {"title": "Xinhua: China launches first batch of Qianfan (Thousand Sails) satellites",
             "url": "https://english.news.cn/", "date": "2024-08-06"}
bytedance = {"title": "ByteDance: company ownership statement", "url": "https://www.bytedance.com/en/", "date": "2024"}
golden = {"title": "Reuters: Chinese state takes stake and board seat in ByteDance subsidiary",
          "url": "https://www.reuters.com/", "date": "2021-08"}
nccu = {"title": "NCCU Election Study Center: Taiwanese unification-independence stances, trend data",
        "url": "https://esc.nccu.edu.tw/", "date": "2024"}
ft = {"title": "Financial Times: Elon Musk interview on Taiwan and China", "url": "https://www.ft.com/", "date": "2022-10"}
ifr = {"title": "IFR: Global robot density in factories doubled in seven years (World Robotics 2024)",
       "url": "https://ifr.org/ifr-press-releases/news/global-robot-density-in-factories-doubled-in-seven-years",
       "date": "2024-11"}


def R(id_, rating, tags, en, zh, points, notes=""):
    return {"id": id_, "status": "published", "rating": rating, "tags": tags,
            "claim": {"en": en, "zh": zh},
            "counterpoints": [{"en": p[0], "zh": p[1], "sources": p[2]} for p in points],
            "notes": notes}


REBUTTALS = [
    R("h-china-electricity-triple-us", "False", ["power-grid", "electricity"],
      "China already generates three times as much electricity as the United States.",
      "中国的发电量已经是美国的三倍。",
      [("Ember's Global Electricity Review 2025 puts China's 2024 power generation at roughly 10,000 TWh, "
        "against about 4,300-4,400 TWh for the United States (EIA). That is about 2.3 times the US level, not three "
        "times. China's output is growing much faster, so the gap is widening, but the ratio had not reached 3x in 2024.",
        "据Ember《2025年全球电力评论》，2024年中国发电量约为1万太瓦时，美国约为4300至4400太瓦时（美国能源信息署数据），"
        "约为美国的2.3倍，而非三倍。中国发电量增长更快、差距在拉大，但2024年两者之比尚未达到三倍。",
        [ember, eia_monthly])]),

    R("h-china-adds-more-capacity-than-us-total", "False", ["power-grid", "electricity"],
      "Every year China adds more new power-generating capacity than the entire US grid has in total.",
      "中国每年新增的发电装机容量，比美国电网的全部装机容量还要多。",
      [("China's National Energy Administration reported record additions of about 430 GW of generating capacity in "
        "2024, including about 277 GW of solar and 80 GW of wind. The United States has roughly 1,300 GW of "
        "utility-scale generating capacity in total (EIA), so China's record annual addition was about a third of the "
        "US total, not more than it.",
        "中国国家能源局数据显示，2024年全国新增发电装机约4.3亿千瓦（约430吉瓦），创历史新高，其中太阳能发电约2.77亿千瓦、"
        "风电约8000万千瓦。美国公用事业规模发电装机总量约为1300吉瓦（美国能源信息署），因此中国创纪录的年度新增约为美国"
        "总装机的三分之一，并未超过后者。",
        [nea, eia_capacity])]),

    R("h-china-grid-mostly-solar-wind", "False", ["power-grid", "solar", "coal"],
      "China's electricity now comes mostly from solar and wind.",
      "中国的电力现在主要来自太阳能和风能。",
      [("According to Ember, coal still generated close to 60% of China's electricity in 2024, while wind and solar "
        "together supplied about 18%. China installs more wind and solar than any other country, but fossil fuels, "
        "mainly coal, remain by far the largest source of its power.",
        "据Ember统计，2024年煤电仍占中国发电量的近60%，风电和光伏合计约占18%。中国的风电、光伏新增装机位居世界第一，"
        "但以煤炭为主的化石能源仍是其最大的电力来源。",
        [ember])]),

    R("h-export-controls-halted-china-ai", "False", ["export-controls", "ai-chips", "ai"],
      "US chip export controls have effectively stopped China's progress in AI.",
      "美国的芯片出口管制已经实际上阻止了中国在人工智能上的进步。",
      [("Despite US rules from October 2022 and October 2023 that cut off Nvidia's A100 and H100 and then the "
        "China-specific H800, Chinese labs kept releasing competitive models. DeepSeek-V3 (December 2024) was trained "
        "on 2,048 Nvidia H800 GPUs, and DeepSeek-R1 (January 2025) performed comparably to OpenAI's o1 on several maths "
        "and coding benchmarks. Stanford's AI Index 2025 found the gap between top US and Chinese models had nearly closed.",
        "美国2022年10月和2023年10月的管制先后切断了英伟达A100、H100以及中国特供版H800的供应，但中国实验室仍在持续发布"
        "有竞争力的模型。DeepSeek-V3（2024年12月）使用2048块英伟达H800训练，DeepSeek-R1（2025年1月）在多项数学和编程"
        "基准上与OpenAI的o1表现相当。斯坦福《2025年AI指数报告》指出，中美顶尖模型之间的差距已几乎消失。",
        [ds_v3, ds_r1, ai_index])]),

    R("h-export-controls-useless-china-gets-chips", "Misleading", ["export-controls", "ai-chips", "nvidia"],
      "US export controls are useless: China gets all the Nvidia chips it wants anyway.",
      "美国的出口管制毫无用处，中国照样能拿到想要的所有英伟达芯片。",
      [("The controls do bite: after the US required licences for Nvidia's China-specific H20 in April 2025, Nvidia "
        "said it expected charges of about $5.5 billion. DeepSeek founder Liang Wenfeng told Chinese media in 2024 that "
        "money had never been the company's problem, but the ban on shipments of high-end chips was. Smuggling has been "
        "reported, but Chinese labs still work with fewer and older Nvidia chips than their US rivals.",
        "管制确有实效：2025年4月美国要求英伟达中国特供芯片H20出口须获许可后，英伟达表示预计将因此计提约55亿美元费用。"
        "DeepSeek创始人梁文锋2024年接受中国媒体采访时说，公司缺的从来不是钱，而是高端芯片被禁运。虽有走私报道，"
        "但中国实验室可用的英伟达芯片在数量和代际上仍不及美国同行。",
        [nvda_h20, liang])]),

    R("h-deepseek-cost-only-6-million", "Misleading", ["deepseek", "ai", "open-models"],
      "DeepSeek built its frontier AI model for only about $6 million.",
      "DeepSeek只花了大约600万美元就造出了前沿AI模型。",
      [("The roughly $5.6 million figure in DeepSeek's V3 technical report covers only the final training run (about "
        "2.79 million H800 GPU-hours at an assumed $2 per hour), and the report itself says it excludes prior research "
        "and ablation experiments. The research firm SemiAnalysis estimated DeepSeek's total hardware spending at well "
        "over $500 million.",
        "DeepSeek-V3技术报告中约560万美元的数字只涵盖最终一次训练（约279万H800 GPU小时，按每小时2美元计算），报告本身"
        "注明不含此前的研究和消融实验成本。研究机构SemiAnalysis估计，DeepSeek在硬件上的总投入远超5亿美元。",
        [ds_v3, semi])]),

    R("h-deepseek-has-50000-h100s", "Unproven", ["deepseek", "ai-chips", "export-controls"],
      "DeepSeek secretly has about 50,000 Nvidia H100 chips.",
      "DeepSeek暗中拥有约5万块英伟达H100芯片。",
      [("The 50,000-H100 figure came from Scale AI chief executive Alexandr Wang in a CNBC interview at Davos in "
        "January 2025; he offered no evidence. DeepSeek's V3 technical report says the model was trained on 2,048 H800 "
        "GPUs. SemiAnalysis estimated the company had access to about 50,000 Hopper-generation GPUs of several types "
        "(H800, H20 and H100), putting the H100s at around 10,000, not 50,000.",
        "“5万块H100”的说法来自Scale AI首席执行官汪滔（Alexandr Wang）2025年1月在达沃斯接受CNBC采访时的表述，他未提供"
        "证据。DeepSeek-V3技术报告称模型使用2048块H800训练。SemiAnalysis估计该公司可使用约5万块多种型号的Hopper架构GPU"
        "（包括H800、H20和H100），其中H100约1万块，而非5万块。",
        [cnbc_wang, ds_v3, semi])]),

    R("h-chinese-ai-years-behind-us", "False", ["ai", "open-models"],
      "Chinese AI models are years behind the best American models.",
      "中国的AI模型比美国最好的模型落后好几年。",
      [("Stanford's AI Index 2025 found that the performance gap between the top US and Chinese models on the LMSYS "
        "Chatbot Arena shrank from 9.26% in January 2024 to 1.70% in February 2025, and that on benchmarks such as MMLU "
        "and HumanEval the two had reached near parity by the end of 2024. DeepSeek-R1, released in January 2025, "
        "performed comparably to OpenAI's o1, released only months earlier.",
        "斯坦福《2025年AI指数报告》显示，在LMSYS Chatbot Arena上，中美顶尖模型的性能差距从2024年1月的9.26%缩小到"
        "2025年2月的1.70%；在MMLU、HumanEval等基准上，双方到2024年底已接近持平。2025年1月发布的DeepSeek-R1与仅早几个月"
        "发布的OpenAI o1表现相当。",
        [ai_index, ds_r1])]),

    R("h-china-already-ahead-in-ai", "Misleading", ["ai"],
      "China is already ahead of the United States in artificial intelligence.",
      "中国在人工智能领域已经领先美国。",
      [("Stanford's AI Index 2025 counted 40 notable AI models from US institutions in 2024, against 15 from China. US "
        "private AI investment reached $109.1 billion in 2024, nearly 12 times China's $9.3 billion, and US firms control "
        "most of the world's advanced AI compute. Chinese models have closed much of the performance gap, but the US "
        "still leads on most measures.",
        "斯坦福《2025年AI指数报告》统计，2024年美国机构推出了40个重要AI模型，中国为15个。2024年美国AI私人投资达1091亿"
        "美元，约为中国（93亿美元）的12倍，美国企业还掌握着全球大部分先进AI算力。中国模型已大幅缩小性能差距，但美国在"
        "多数指标上仍然领先。",
        [ai_index])]),

    R("h-chinese-evs-win-without-state-support", "False", ["ev", "subsidies", "byd"],
      "Chinese EV makers win purely on engineering and hard work, not government subsidies.",
      "中国电动车企业的成功完全靠工程能力和努力，而不是政府补贴。",
      [("The Center for Strategic and International Studies estimated that Chinese government support for the EV sector "
        "totalled about $230.9 billion from 2009 to 2023, including purchase rebates, purchase-tax exemptions and "
        "infrastructure spending. The Kiel Institute estimated that BYD alone received at least EUR 2.1 billion in direct "
        "government subsidies in 2022, up from about EUR 220 million in 2020. Chinese firms' engineering and speed are "
        "real, but state support has been large.",
        "美国战略与国际研究中心（CSIS）估计，2009年至2023年中国政府对电动车产业的支持总额约为2309亿美元，包括购车补贴、"
        "购置税减免和基础设施投入。德国基尔世界经济研究所估计，仅比亚迪一家2022年就获得了至少21亿欧元的直接政府补贴，"
        "而2020年约为2.2亿欧元。中国企业的工程能力和速度确实突出，但国家支持的规模也很大。",
        [csis, kiel])]),

    R("h-byd-leads-tesla-only-with-hybrids", "False", ["byd", "tesla", "ev-sales"],
      "BYD only outsells Tesla because it counts plug-in hybrids; in pure electric cars Tesla is still ahead.",
      "比亚迪之所以销量超过特斯拉，只是因为算上了插电混动；论纯电动车，特斯拉仍然领先。",
      [("Hybrids are not the only reason. In the fourth quarter of 2023 BYD sold 526,409 battery-electric cars against "
        "Tesla's 484,507 deliveries, and in 2025 BYD sold about 2.26 million battery-electric vehicles against Tesla's "
        "roughly 1.64 million deliveries. Tesla did narrowly lead on pure EVs for full-year 2024 (about 1.79 million vs "
        "1.76 million), but BYD has since pulled ahead on battery-electric cars alone.",
        "并不只是靠混动。2023年第四季度，比亚迪纯电动车销量为526,409辆，高于特斯拉的484,507辆交付量；2025年全年，比亚迪"
        "纯电动车销量约226万辆，而特斯拉交付约164万辆。2024年全年特斯拉在纯电动车上以约179万辆对176万辆小幅领先，但此后"
        "比亚迪仅凭纯电动车就已反超。",
        [byd_sales, tesla_ir])]),

    R("h-byd-cars-poor-quality-unsafe", "Misleading", ["byd", "safety", "ev"],
      "BYD's cars are poorly built and unsafe by Western standards.",
      "比亚迪的汽车做工差，按西方标准并不安全。",
      [("BYD models have done well in independent European crash testing: Euro NCAP gave five-star ratings to the BYD "
        "Atto 3, Han and Tang in 2022 and to the Dolphin and Seal in 2023. These are the same tests applied to European, "
        "American and Japanese cars sold in Europe.",
        "比亚迪车型在欧洲独立碰撞测试中表现良好：Euro NCAP于2022年给予比亚迪ATTO 3（元PLUS）、汉和唐五星评级，2023年又给予"
        "海豚和海豹五星评级。这些测试与在欧洲销售的欧洲、美国和日本车型所用的测试完全相同。",
        [ncap])]),

    R("h-eu-tariffs-chinese-evs-over-100-percent", "False", ["tariffs", "ev", "eu"],
      "Europe has put tariffs of 100% or more on Chinese electric cars.",
      "欧洲对中国电动车征收了100%甚至更高的关税。",
      [("The EU's definitive countervailing duties on Chinese-made battery-electric cars, in force since 30 October 2024, "
        "range from 7.8% (Tesla) to 35.3% (SAIC and non-cooperating firms), with BYD at 17.0% and Geely at 18.8%, on top "
        "of the standard 10% car import duty. The 100% tariff on Chinese EVs is a US measure, imposed under Section 301 "
        "from September 2024.",
        "欧盟自2024年10月30日起对中国产纯电动车征收的最终反补贴税为7.8%（特斯拉）至35.3%（上汽及未配合调查企业）不等，"
        "其中比亚迪17.0%、吉利18.8%，另加10%的常规汽车进口关税。对中国电动车征收100%关税的是美国，依据“301条款”于"
        "2024年9月起实施。",
        [eu_reg, ustr])]),

    R("h-tesla-pays-same-eu-tariff-as-chinese-brands", "False", ["tariffs", "tesla", "eu", "tesla-shanghai"],
      "The EU hit Tesla's China-made cars with the same tariffs as Chinese brands.",
      "欧盟对特斯拉在中国生产的汽车征收了与中国品牌相同的关税。",
      [("Tesla asked the European Commission for an individual examination and received its own countervailing duty of "
        "7.8% on cars it exports from Shanghai, the lowest rate in the case. BYD's rate is 17.0%, Geely's 18.8% and "
        "SAIC's 35.3%, all on top of the EU's 10% import duty, which applies to every carmaker.",
        "特斯拉向欧盟委员会申请了单独审查，其上海工厂出口车型获得7.8%的单独反补贴税率，为该案中最低。比亚迪税率为17.0%，"
        "吉利18.8%，上汽35.3%；此外所有车企都需缴纳欧盟10%的进口关税。",
        [eu_reg])]),

    R("h-tesla-shanghai-no-chinese-state-help", "False", ["tesla-shanghai", "subsidies"],
      "Tesla built its Shanghai Gigafactory without any help from the Chinese government.",
      "特斯拉上海超级工厂的建设没有得到中国政府的任何帮助。",
      [("Giga Shanghai benefited from Chinese policy and state finance. China lifted foreign-ownership caps for EV makers "
        "in 2018, making Tesla the first foreign carmaker allowed to wholly own a factory in China. Tesla acquired the "
        "roughly 86-hectare site in Lingang for 973 million yuan in 2018, and in 2019 signed loan agreements worth about "
        "11.25 billion yuan (about $1.6 billion) with Chinese banks, including big state-owned lenders, for the plant.",
        "上海超级工厂得益于中国的政策和国有金融支持。2018年中国放开新能源汽车外资股比限制，特斯拉成为首家获准在华独资"
        "建厂的外国车企。特斯拉2018年以9.73亿元取得临港约86公顷土地，2019年又与包括大型国有银行在内的中国银行签署约"
        "112.5亿元（约16亿美元）的工厂贷款协议。",
        [land, reuters])]),

    R("h-china-never-restricted-tesla", "False", ["tesla", "regulation"],
      "China has never placed any restrictions on Tesla.",
      "中国从来没有对特斯拉施加过任何限制。",
      [("Chinese authorities have restricted Tesla several times. In March 2021 Reuters and the Wall Street Journal "
        "reported that China's military barred Tesla cars from its complexes over concerns about their cameras, and "
        "Tesla cars were later kept out of some government compounds and the Beidaihe area during leadership meetings. "
        "In February 2021 regulators including the market regulator SAMR summoned Tesla over quality and safety complaints.",
        "中国当局曾多次限制特斯拉。2021年3月，路透社和《华尔街日报》报道，中国军方以车载摄像头存在隐患为由禁止特斯拉汽车"
        "进入其大院；此后特斯拉汽车还曾在领导人会议期间被禁止进入部分政府机关大院和北戴河地区。2021年2月，国家市场监管"
        "总局等部门就质量和安全投诉约谈了特斯拉。",
        [mil, samr])]),

    R("h-china-blocks-tesla-fsd", "Misleading", ["autonomous-driving", "tesla", "regulation"],
      "China does not allow Tesla to offer any FSD features to its customers.",
      "中国不允许特斯拉向用户提供任何FSD功能。",
      [("In April 2024 the China Association of Automobile Manufacturers said Tesla's China-made Model 3 and Model Y met "
        "the country's data-security requirements, and Tesla reached a mapping deal with Baidu. In February 2025 Tesla "
        "pushed a software update to Chinese owners with FSD-package features including city-street navigation "
        "assistance. Unsupervised FSD is not approved in China, but some FSD features are offered there.",
        "2024年4月，中国汽车工业协会表示，特斯拉在华生产的Model 3和Model Y符合国家数据安全要求，特斯拉随后与百度达成"
        "地图合作。2025年2月，特斯拉向中国车主推送软件更新，提供包括城市街道导航辅助在内的FSD功能包。无人监督的FSD尚未"
        "在中国获批，但部分FSD功能已经上线。",
        [caam, fsd_cn])]),

    R("h-chinese-self-driving-years-behind-tesla", "Misleading", ["autonomous-driving", "robotaxi", "baidu"],
      "Chinese self-driving technology is years behind Tesla.",
      "中国的自动驾驶技术比特斯拉落后好几年。",
      [("Baidu received permits in August 2022 to run fully driverless commercial robotaxi services, with no safety "
        "driver on board, in Wuhan and Chongqing, and its Apollo Go service reported about 1.1 million fully driverless "
        "rides in the fourth quarter of 2024 alone. Tesla launched its first robotaxi service in Austin in June 2025, with "
        "a Tesla employee in the passenger seat. On paid driverless rides, Chinese companies were not years behind Tesla.",
        "2022年8月，百度获准在武汉和重庆开展车内无安全员的全无人驾驶商业化出租车服务；其萝卜快跑仅2024年第四季度就提供了"
        "约110万次全无人驾驶出行服务。特斯拉2025年6月才在奥斯汀推出首个Robotaxi服务，且副驾驶座上有特斯拉员工。以付费"
        "无人驾驶出行衡量，中国企业并不比特斯拉落后数年。",
        [baidu])]),

    R("h-china-mines-nearly-all-rare-earths", "Misleading", ["rare-earths", "mining"],
      "China mines nearly all of the world's rare earths.",
      "世界上几乎所有的稀土都是中国开采的。",
      [("China dominates rare-earth processing far more than mining. The US Geological Survey estimates China mined "
        "about 270,000 tonnes of the world's roughly 390,000 tonnes in 2024, around 69%; the United States (about 45,000 "
        "tonnes), Myanmar and Australia also mine significant amounts. China's share approaches 90% in refining and "
        "magnet-making, according to the IEA.",
        "中国在稀土加工环节的主导地位远超开采环节。据美国地质调查局估计，2024年全球稀土开采量约39万吨，其中中国约27万吨，"
        "约占69%；美国（约4.5万吨）、缅甸和澳大利亚的开采量也相当可观。据国际能源署数据，中国份额接近90%的是冶炼分离和"
        "磁体制造环节。",
        [usgs, iea_cm])]),

    R("h-rare-earth-curbs-dont-affect-tesla", "False", ["rare-earths", "export-controls", "tesla", "optimus"],
      "China's rare-earth export controls don't affect Tesla.",
      "中国的稀土出口管制对特斯拉没有影响。",
      [("On 4 April 2025 China's Ministry of Commerce put seven medium and heavy rare earths, including dysprosium and "
        "terbium, and magnets containing them under export licensing. On Tesla's earnings call on 22 April 2025, Musk "
        "himself said Optimus production was affected because Tesla needed export licences for rare-earth magnets from China.",
        "2025年4月4日，中国商务部对镝、铽等七种中重稀土及相关磁体实施出口许可管理。在2025年4月22日的特斯拉财报电话会上，"
        "马斯克本人表示，由于从中国进口稀土磁体需要出口许可，Optimus机器人的生产受到了影响。",
        [mofcom, tesla_q1])]),

    R("h-china-population-halves-by-2050", "False", ["demographics", "birth-rate"],
      "China's population will fall by half by 2050.",
      "到2050年，中国人口将减少一半。",
      [("The UN's World Population Prospects 2024 (medium variant) projects China's population to fall from about 1.41 "
        "billion in 2024 to roughly 1.26 billion in 2050, a decline of about 10%, and to around 630 million by 2100. "
        "Halving is projected over the rest of the century, not by 2050.",
        "联合国《世界人口展望2024》中方案预测，中国人口将从2024年的约14.1亿降至2050年的约12.6亿，降幅约10%，到2100年"
        "降至约6.3亿。按照预测，人口减半要到本世纪末前后，而不是2050年。",
        [wpp])]),

    R("h-china-losing-tens-of-millions-yearly", "False", ["demographics"],
      "China is already losing tens of millions of people every year.",
      "中国现在每年已经在减少数千万人口。",
      [("China's National Bureau of Statistics reported that the population fell by 850,000 in 2022, by 2.08 million in "
        "2023 and by 1.39 million in 2024. The decline is real and is projected to speed up over the coming decades, but "
        "it is currently in the low millions per year, not tens of millions.",
        "中国国家统计局数据显示，2022年人口减少85万，2023年减少208万，2024年减少139万。人口下降确实存在，且预计未来几十年"
        "会加快，但目前每年减少的是一两百万，而非数千万。",
        [nbs])]),

    R("h-china-lowest-birth-rate-in-world", "False", ["demographics", "birth-rate"],
      "China has the lowest birth rate in the world.",
      "中国的生育率是全世界最低的。",
      [("China's fertility is very low, around 1.0 child per woman according to UN estimates, but it is not the world's "
        "lowest. South Korea's total fertility rate was 0.72 in 2023 and 0.75 in 2024, and Taiwan, Hong Kong and Macau "
        "also recorded rates below 1.0.",
        "中国的生育率很低，联合国估计约为每名妇女生育1.0个孩子，但并非全球最低。韩国2023年总和生育率为0.72，2024年为0.75；"
        "台湾、香港和澳门的生育率也都低于1.0。",
        [wpp, kostat])]),

    R("h-china-launches-more-than-spacex", "False", ["space", "launch", "spacex"],
      "China now launches more rockets each year than SpaceX.",
      "中国现在每年的火箭发射次数比SpaceX还多。",
      [("In 2024 SpaceX flew 134 Falcon 9 and Falcon Heavy missions, plus four Starship test flights, while all Chinese "
        "launch providers combined made 68 orbital launch attempts, according to launch logs compiled by astronomer "
        "Jonathan McDowell. SpaceX alone launched roughly twice as many rockets as the whole of China.",
        "据天文学家乔纳森·麦克道尔整理的发射记录，2024年SpaceX共执行134次猎鹰9号和猎鹰重型任务，另有4次星舰试飞；而中国"
        "所有发射商合计进行了68次入轨发射。SpaceX一家的发射次数约为中国全国的两倍。",
        [mcdowell])]),

    R("h-china-has-no-space-firsts", "False", ["space", "moon"],
      "China has never done anything in space that America didn't do first.",
      "中国在太空领域从来没有做过美国没做过的事。",
      [("China has achieved space firsts that the US has not: Chang'e-4 made the first soft landing on the far side of "
        "the Moon on 3 January 2019, and Chang'e-6 brought back the first samples from the lunar far side, about 1.9 kg, "
        "on 25 June 2024.",
        "中国已实现多项美国未曾做到的航天“首次”：嫦娥四号于2019年1月3日实现人类首次月球背面软着陆，嫦娥六号于2024年"
        "6月25日带回人类首份月球背面样品，约1.9公斤。",
        [cnsa])]),

    R("h-china-cannot-build-starlink-rival", "Misleading", ["starlink", "satellites", "space"],
      "China cannot build anything like Starlink.",
      "中国造不出类似星链的东西。",
      [("China is building two Starlink-style constellations. Shanghai-backed Qianfan ('Thousand Sails') launched its "
        "first 18 satellites in August 2024 and plans about 14,000, while the state-owned Guowang network, filed with the "
        "ITU for about 13,000 satellites, began launching in December 2024. Both are still far smaller than Starlink, but "
        "they exist and are being deployed.",
        "中国正在建设两个类似星链的星座。上海支持的“千帆星座”于2024年8月发射首批18颗卫星，计划部署约1.4万颗；国有的"
        "“国网”星座向国际电信联盟申报约1.3万颗卫星，于2024年12月开始发射。两者规模目前都远小于星链，但已在部署之中。",
        [xinhua_qf, mcdowell])]),

    R("h-chinese-constellation-already-rivals-starlink", "False", ["starlink", "satellites", "space"],
      "China's satellite internet constellation is already as big as Starlink.",
      "中国的卫星互联网星座已经和星链一样大了。",
      [("Starlink had more than 7,000 satellites in orbit by early 2025, according to astronomer Jonathan McDowell's "
        "tracking. China's Qianfan constellation had launched about 90 satellites by March 2025 and the Guowang network "
        "only a few dozen, so China's constellations together numbered well under 200 satellites, a small fraction of Starlink.",
        "据天文学家乔纳森·麦克道尔的追踪，到2025年初星链在轨卫星已超过7000颗。而中国千帆星座截至2025年3月发射约90颗，"
        "国网星座仅数十颗，中国星座合计远少于200颗，只是星链的零头。",
        [mcdowell])]),

    R("h-tiktok-owned-by-chinese-government", "Misleading", ["tiktok", "bytedance"],
      "TikTok is owned by the Chinese government.",
      "TikTok归中国政府所有。",
      [("TikTok's parent ByteDance says about 60% of it is owned by global institutional investors, about 20% by "
        "employees and about 20% by its founders. The Chinese state does hold a 1% 'golden share' and a board seat in a "
        "ByteDance domestic subsidiary (Beijing Douyin Information Service), acquired in 2021, and US officials argue "
        "Chinese law lets Beijing compel cooperation, but the government does not own TikTok.",
        "TikTok母公司字节跳动称，公司约60%股份由全球机构投资者持有，约20%由员工持有，约20%由创始人持有。中国国有资本"
        "2021年入股字节跳动国内子公司（北京抖音信息服务有限公司）1%的“特殊管理股”并获得一个董事席位；美国官员认为中国"
        "法律可迫使企业配合政府，但TikTok并非中国政府所有。",
        [bytedance, golden])]),

    R("h-taiwan-special-administrative-zone", "Misleading", ["taiwan"],
      "Making Taiwan a special administrative zone of China would be acceptable to most Taiwanese.",
      "把台湾变成中国的特别行政区，大多数台湾人都能接受。",
      [("Surveys by National Chengchi University's Election Study Center have for years found that fewer than 10% of "
        "people in Taiwan favour unification with the mainland, either soon or eventually, while a large majority prefer "
        "some form of the status quo. Taiwan's government rejected Musk's October 2022 suggestion; its representative in "
        "Washington, Hsiao Bi-khim, replied that Taiwan is 'not for sale'. Hong Kong's own special-administrative-region "
        "autonomy was sharply curtailed by the 2020 National Security Law.",
        "台湾政治大学选举研究中心多年的调查显示，支持与大陆统一（无论尽快还是将来）的台湾民众不足10%，绝大多数人倾向于某种"
        "形式的维持现状。台湾方面拒绝了马斯克2022年10月的提议，台湾驻美代表萧美琴回应称台湾“非卖品”（not for sale）。"
        "香港的特别行政区自治空间也因2020年《国家安全法》而明显收紧。",
        [nccu, ft])]),

    R("h-china-highest-robot-density", "False", ["robotics", "manufacturing"],
      "China has the highest density of industrial robots in the world.",
      "中国的工业机器人密度是全世界最高的。",
      [("The International Federation of Robotics' World Robotics 2024 report ranked South Korea first with 1,012 "
        "industrial robots per 10,000 manufacturing employees in 2023, followed by Singapore with 770. China was third "
        "with 470, having overtaken Germany (429) and Japan (419).",
        "国际机器人联合会（IFR）《2024年世界机器人报告》显示，2023年韩国以每万名制造业员工1012台工业机器人位居第一，"
        "新加坡（770台）第二。中国以470台排名第三，已超过德国（429台）和日本（419台）。",
        [ifr])]),
]
