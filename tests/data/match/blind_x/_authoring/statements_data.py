"""The 300 statements of blind set x, grouped by rebuttal; build.py shuffles and numbers them.

Each entry: (labels, kind, lang, text). Kinds P/C/Pa carry labels; the others carry [].
"""

P, C, PA = "paraphrase", "crosslingual", "partial"
DN, OS, ST = "different-number", "opposite-stance", "same-topic-different-claim"
CU, UN = "china-unanswered", "unrelated"

A1 = "tesla-outsells-byd-in-pure-evs"
A2 = "byd-profits-depend-on-subsidies"
A3 = "byd-cars-fail-safety-tests"
A4 = "chinese-carmakers-will-demolish-rivals"
S1 = "giga-shanghai-makes-half-of-teslas"
S2 = "giga-shanghai-built-in-under-a-year"
W1 = "chinese-workers-never-leave-factory"
E1 = "china-electricity-three-times-us"
E2 = "china-adds-more-capacity-than-us-grid"
E3 = "china-makes-almost-all-solar-panels"
B1 = "catl-makes-over-a-third-of-ev-batteries"
B2 = "tesla-does-not-rely-on-chinese-batteries"
R1 = "china-refines-ninety-percent-rare-earths"
R2 = "rare-earth-curbs-do-not-affect-tesla"
D1 = "deepseek-has-50000-h100s"
D2 = "deepseek-cost-only-six-million"
D3 = "chinese-ai-years-behind-us"
D4 = "huawei-chips-match-tsmc"
T1 = "china-pays-the-tariffs"
T2 = "china-tariffs-brought-factory-jobs-back"
TW1 = "taiwan-like-hawaii-integral-part"
TW2 = "taiwanese-would-accept-hk-style-deal"
SP1 = "china-not-building-starlink-rival"
SP2 = "spacex-outlaunches-rest-of-world"
RB1 = "no-chinese-humanoids-on-sale"
RB2 = "us-factories-more-automated-than-china"
AV1 = "no-driverless-robotaxis-in-china"
PO1 = "china-population-halves-by-2100"
PO2 = "china-has-lowest-birth-rate"
TT1 = "tiktok-law-is-outright-ban"

N = []  # no label

STATEMENTS = [
    # ---------------- A1 Tesla still outsells BYD in pure EVs ----------------
    ([A1], P, "en", "Musk brushed off the comparison: \"If you only count pure battery cars, we're still number one in the world. BYD isn't there.\""),
    ([A1], P, "zh", "马斯克在财报电话会上说，光算纯电的话，全球卖得最多的还是我们，比亚迪那些数字里一大半是插混。"),
    ([A1], P, "en", "lol everyone keeps saying BYD passed Tesla. Count BEVs only, guys. Tesla's still on top globally — Musk, replying to a fan account on X"),
    ([A1], C, "zh", "马斯克在X上回复称：“In pure EVs, Tesla is still #1 worldwide”，言下之意比亚迪只是靠混动冲量。"),
    ([A1], PA, "en", "Musk said demand was \"strong everywhere\", called the Cybertruck \"the coolest thing on the road\" and insisted that, counting only battery-electric models, Tesla still moves more cars around the globe than BYD, while conceding margins were under pressure."),
    (N, DN, "en", "Musk claimed that in every quarter of 2022, Tesla outsold BYD in pure battery-electric cars."),
    (N, OS, "en", "Musk conceded that BYD now sells more battery-electric cars than Tesla worldwide. \"They earned it. Credit where it's due.\""),
    (N, ST, "en", "Musk said the Model Y was the best-selling car of any kind on the planet last year, gas or electric."),
    (N, ST, "zh", "马斯克说，比亚迪的销量里一大半是插电混动，那些车算不上真正的电动车。"),

    # ---------------- A2 BYD profits depend on subsidies ----------------
    ([A2], P, "zh", "马斯克暗示，比亚迪的利润说白了就是北京给的钱，离了政府输血，它一分钱也赚不到。"),
    ([A2], P, "en", "Take the state money away and BYD's earnings evaporate, Musk claimed. \"That's the whole trick.\""),
    ([A2], C, "en", "Musk on 比亚迪: \"Their profit is basically a line item in Beijing's budget.\""),
    ([A2], C, "zh", "马斯克接受采访时说，BYD is “profitable only because of Beijing”，真要公平竞争早就亏了。"),
    ([A2], PA, "zh", "马斯克谈到宁德时代和比亚迪时说，宁德是很好的合作伙伴；至于比亚迪嘛，能有利润主要还是因为政府补贴。"),
    (N, DN, "zh", "马斯克说，比亚迪的利润里大概只有一成来自政府补助，其余还是实打实卖车赚的。"),
    (N, OS, "zh", "马斯克说，比亚迪的钱是靠规模、垂直整合、自产电池和芯片一分一分挣来的，不是靠谁施舍。"),
    (N, ST, "en", "Musk said BYD's relentless price cuts are squeezing every other automaker in China."),

    # ---------------- A3 BYD cars fail safety tests ----------------
    ([A3], P, "en", "Musk reportedly told dinner guests that Chinese-brand EVs like BYD's \"would fold like paper in a European crash test.\""),
    ([A3], P, "zh", "马斯克私下说，比亚迪的车做工糙，拉到欧洲去撞一撞，安全评级肯定拿不到。"),
    ([A3], P, "en", "\"Would you put your kids in a BYD? I wouldn't. Those things would never get a decent crash rating in Europe or the US,\" Musk said."),
    ([A3], C, "zh", "马斯克称BYD的车是“cheap stuff”，还说“they wouldn't survive a Euro NCAP test”。"),
    ([A3], PA, "en", "Musk praised Chinese battery chemistry but said he doubted BYD's cars, which he called \"low-end\", could earn good ratings under Western crash testing."),
    (N, DN, "zh", "马斯克称，比亚迪海豹在C-NCAP碰撞测试里的得分比Model Y略低那么一点点。"),
    (N, OS, "en", "Musk said BYD's cars are \"genuinely well built now — the quality gap with Western brands is basically gone.\""),
    (N, ST, "zh", "马斯克说，比亚迪的车机和软件体验跟特斯拉比还差得远。"),

    # ---------------- A4 Chinese carmakers will demolish rivals ----------------
    ([A4], P, "zh", "马斯克说，中国车企太能打了，要是各国敞开大门、一分关税都不收，欧美日那些老牌车厂多半会被它们碾压出局。"),
    ([A4], P, "en", "Put them on a level field with no tariffs and the Chinese brands would basically wipe out Detroit, Wolfsburg and Toyota City, Musk told analysts."),
    ([A4], C, "en", "Musk on 中国车企: \"If there are no trade barriers, they'll pretty much crush almost everyone else out there.\""),
    ([A4], C, "zh", "马斯克在电话会上原话是“they will pretty much demolish most other car companies in the world”，前提是没有贸易壁垒。"),
    ([A4], PA, "zh", "马斯克表示，中国汽车企业是全球最有竞争力的，他本人也不喜欢关税；不过他承认，要是没有贸易壁垒，其他国家的大多数车企恐怕都撑不住。"),
    (N, DN, "en", "Musk said Chinese carmakers could grab \"maybe ten percent\" of the global car market within a decade."),
    (N, OS, "zh", "马斯克说，所谓中国车企要横扫全球纯属杞人忧天，它们出了国门连售后网络都搭不起来。"),
    (N, ST, "en", "Musk said Chinese automakers are now the most competitive car companies anywhere in the world."),
    (N, ST, "zh", "马斯克说，他反对对中国电动车加征关税，特斯拉不需要靠关税来保护。"),

    # ---------------- S1 Giga Shanghai makes half of Teslas ----------------
    ([S1], P, "en", "Musk said roughly one out of every two cars Tesla delivers these days rolls out of the plant in Lingang."),
    ([S1], P, "zh", "马斯克说，咱们全年交付的车里，临港那边贡献了五成左右。"),
    ([S1], C, "zh", "“Shanghai is basically half the company now,”马斯克笑称，特斯拉每两台车就有一台是在中国造的。"),
    ([S1], C, "en", "Musk: \"上海超级工厂 is carrying us — close to 50% of our deliveries come out of there.\""),
    ([S1], PA, "en", "Musk thanked the Shanghai team, called the factory \"the most productive in the world\", and said it probably accounts for something like half of Tesla's output these days."),
    (N, DN, "en", "Musk said Shanghai now builds more than 80% of all Teslas."),
    (N, OS, "en", "Musk played down China's role, saying Shanghai is \"a small slice\" of production and that Fremont and Austin do the heavy lifting."),
    (N, ST, "en", "Musk said Giga Shanghai builds cars at the lowest cost per vehicle of any Tesla plant."),
    (N, ST, "zh", "马斯克说，上海工厂生产的车有很大一部分出口到了欧洲和亚太市场。"),

    # ---------------- S2 Shanghai built in under a year ----------------
    ([S2], P, "zh", "马斯克回忆说，2019年初临港那块地还是一片泥地，到年底车就下线了，“这就是中国速度”。"),
    ([S2], P, "en", "Musk said the Chinese team broke ground in January and were handing over cars by Christmas. \"Nobody else on Earth does that.\""),
    ([S2], P, "en", "From mud to Model 3s in, what, eleven months? Musk keeps pointing to the Shanghai build as proof of what's possible."),
    ([S2], C, "zh", "马斯克说上海厂是“built in under 12 months”，在美国光环评就得好几年。"),
    ([S2], PA, "en", "Musk complained that permits in California take years, said Texas was better, and noted that in China the Shanghai plant was up and making cars within roughly a year of breaking ground."),
    (N, DN, "zh", "马斯克称，上海工厂从开工到投产只用了短短三个月。"),
    (N, OS, "zh", "马斯克说，上海工厂建得“慢得要命，说实话——第一辆车下线之前，光是各种审批就拖了好几年”。"),
    (N, ST, "zh", "马斯克说，上海工厂二期的Model Y产线建得比一期还要快。"),

    # ---------------- W1 Chinese workers never leave the factory ----------------
    ([W1], P, "en", "Musk said Chinese workers are \"burning the 3 a.m. oil\" and basically live at the plant, while people in the US look for any excuse to stay home."),
    ([W1], P, "zh", "马斯克感叹，中国工厂的人吃住都在车间，干完活都舍不得走；美国这边呢，很多人巴不得永远不用来上班。"),
    ([W1], C, "en", "Musk contrasted China's \"996\" grinders, who he said practically sleep on the line, with Americans who \"try to avoid going to work at all.\""),
    ([W1], C, "zh", "马斯克原话是“they won't even leave the factory”，他拿这个对比美国人“trying to avoid going to work at all”。"),
    ([W1], PA, "zh", "马斯克表示，中国有大量极有天赋、相信制造业的人；他说那边的人熬到凌晨三点都不离厂，而在美国，很多人压根就不想上班。"),
    (N, DN, "en", "Musk said Chinese factory staff put in maybe ten percent more hours a week than American ones."),
    (N, OS, "en", "Musk said the workers at Fremont and Austin are \"every bit as hardcore\" as anyone in Shanghai."),
    (N, ST, "en", "Musk said China simply has far more people who want to become engineers than America does."),

    # ---------------- E1 electricity three times the US ----------------
    ([E1], P, "zh", "马斯克说，中国现在一年发的电，差不多顶得上三个美国。"),
    ([E1], P, "en", "Musk said Chinese power generation is \"about 3x ours right now\", calling it the most underrated stat in the whole AI race."),
    ([E1], P, "en", "\"They make triple the electricity we do. Triple! Does anyone in DC get that?\" Musk said on the podcast."),
    ([E1], C, "zh", "马斯克发帖称“China's electricity output is already ~3X the US”，评论区吵翻了。"),
    ([E1, E3], PA, "en", "Musk said AI will be limited by power, that China already generates something like three times America's electricity, and that pretty much every solar panel on Earth comes out of Chinese factories."),
    (N, DN, "zh", "马斯克说，中国的发电量大概是美国的两倍多一点。"),
    (N, DN, "en", "Musk predicted that China will be producing three times America's electricity by 2030."),
    (N, OS, "en", "Musk said the US still generates more electricity than China once you count everything."),
    (N, ST, "zh", "马斯克说，中国的工业电价比美国便宜得多，这对AI数据中心是巨大优势。"),

    # ---------------- E2 capacity additions exceed US grid ----------------
    ([E2], P, "en", "Every single year China bolts on more generating capacity than America has, period, Musk claimed."),
    ([E2], P, "zh", "马斯克说，中国一年新装的电厂规模，就超过了美国所有电厂加起来。"),
    ([E2], C, "en", "Musk, citing 国家能源局 figures, said China's annual additions now exceed \"the whole US grid\"."),
    ([E2], C, "zh", "马斯克在X上说：“China adds more power capacity per year than the entire US has”，不少网友转发。"),
    ([E2], PA, "zh", "马斯克谈到算力竞赛时说，美国变压器短缺、电网老化，而中国一年新增的装机恐怕比美国的总装机还多，他认为这才是最大的风险。"),
    (N, DN, "en", "Musk said China adds about as much solar in one year as the US has installed in its entire history."),
    (N, OS, "zh", "马斯克说，中国每年真正新增的发电能力其实很有限，大部分只是在替换老旧煤电机组。"),
    (N, ST, "en", "Musk said China builds power plants far faster than the US because permits take weeks, not years."),

    # ---------------- E3 almost all solar panels ----------------
    ([E3], P, "zh", "马斯克说，你现在随便买块光伏板，十有八九是中国产的，剩下的也多半是中国公司在东南亚的厂造的。"),
    ([E3], P, "en", "Nobody outside China really makes PV modules at scale anymore, Musk said — \"it's all coming from there.\""),
    ([E3], P, "en", "Musk, asked about the tariffs on panels: \"Look, like 90-plus percent of the panels on Earth come from China. What do you want me to do?\""),
    ([E3], C, "zh", "马斯克直言“basically all solar panels are made in China”，美国本土产能少得可怜。"),
    ([E3], PA, "en", "Musk said Tesla's solar business has to buy modules from Asia, argued that virtually the world's entire supply of panels is Chinese, and said he doesn't expect that to change soon."),
    (N, DN, "zh", "马斯克说，全球大概三分之一的光伏组件是中国生产的。"),
    (N, OS, "en", "Musk said panel manufacturing has spread out: \"Vietnam, India, Ohio — panels come from everywhere now.\""),
    (N, ST, "zh", "马斯克说，中国光伏板之所以这么便宜，是因为产能严重过剩，企业都在亏本卖。"),
    (N, ST, "en", "Musk said tariffs on Chinese solar panels only end up hurting American homeowners."),

    # ---------------- B1 CATL over a third ----------------
    ([B1], P, "en", "Unlike Panasonic, CATL is everywhere: Musk said the Chinese company on its own accounts for well over a third of the batteries in the world's electric cars."),
    ([B1], P, "zh", "马斯克说，全世界电动车里的电池，每三块里就有不止一块出自宁德。"),
    ([B1], C, "en", "Musk on 宁德时代: \"They've got something like 35, 40 percent of the global EV battery market. By themselves.\""),
    ([B1], C, "zh", "马斯克称CATL“makes over a third of all EV batteries on Earth”，并称赞其制造能力。"),
    ([B1], PA, "en", "Musk said cell supply is still the bottleneck, that CATL alone is probably producing more than a third of all EV cells worldwide, and that Tesla would keep making its own 4680s regardless."),
    (N, DN, "zh", "马斯克说，宁德时代一家就占了全球动力电池七成的份额。"),
    (N, OS, "en", "Musk dismissed the idea that CATL dominates, saying LG, Panasonic and BYD each have \"about the same\" share."),
    (N, ST, "zh", "马斯克说，中国企业加起来生产了全球大约四分之三的锂电池。"),

    # ---------------- B2 Tesla doesn't rely on Chinese batteries ----------------
    ([B2], P, "zh", "马斯克说，特斯拉的电池供应链跟中国没多大关系，就算那边断供，我们也不受影响。"),
    ([B2], P, "en", "\"We don't need Chinese cells,\" Musk said. \"Our battery supply chain is ours.\""),
    ([B2], P, "en", "Asked whether a cutoff from China would hurt, Musk said there's no Chinese-made battery that Tesla can't live without."),
    ([B2], C, "zh", "马斯克称“we don't rely on CATL or anyone in China for cells”，外界对此普遍表示怀疑。"),
    ([B2], PA, "en", "Musk called tariffs \"a blunt tool\", said Tesla would be mostly fine, and added that the company doesn't really depend on Chinese battery makers anyway."),
    (N, DN, "zh", "马斯克说，到2030年，特斯拉将不再需要任何中国产的电芯。"),
    (N, OS, "en", "Musk admitted the Megapack business leans heavily on LFP cells bought from China."),
    (N, ST, "zh", "马斯克说，4680电池的成本最终会比宁德时代的磷酸铁锂电池还低。"),
    (N, ST, "en", "Musk said Tesla's new LFP cell line in Nevada will start production next year."),
    (N, ST, "en", "Musk said the China tariffs will hit Tesla's energy storage business harder than its car business."),

    # ---------------- R1 China refines ~90% of rare earths ----------------
    ([R1], P, "en", "Roughly nine out of every ten tonnes of refined rare earths pass through Chinese plants, Musk noted."),
    ([R1], P, "zh", "马斯克说，全世界的稀土冶炼分离，十成里有九成在中国。"),
    ([R1], C, "zh", "马斯克说“China does like 90% of rare earth refining”，美国要追上至少得好几年。"),
    ([R1], C, "en", "Musk on 稀土: \"Nearly all the separation and refining, ninety-ish percent, happens in China.\""),
    ([R1], PA, "zh", "马斯克在谈到Optimus时说，电机需要稀土磁体，而全球九成左右的稀土加工都在中国，这早就不是秘密了。"),
    (N, DN, "en", "Musk said China controls \"maybe a third\" of rare earth processing — \"less than people think.\""),
    (N, OS, "zh", "马斯克称，稀土加工早已分散到澳大利亚、马来西亚和美国，中国的份额被严重高估了。"),
    (N, ST, "en", "Musk said rare earths aren't actually rare — they're found all over the world."),
    (N, ST, "zh", "马斯克说，美国应该在芒廷帕斯之外再多开几座稀土矿。"),

    # ---------------- R2 rare earth curbs don't affect Tesla ----------------
    ([R2], P, "zh", "马斯克说，中国那边稀土出口卡不卡，对我们几乎没有影响。"),
    ([R2], P, "en", "Beijing's magnet licensing? \"Not a problem for us,\" Musk said, waving off the question."),
    ([R2], P, "en", "Musk insisted Tesla has \"zero exposure\" to China's curbs on rare-earth exports."),
    ([R2], C, "zh", "马斯克表示，China's rare earth export controls “don't impact Tesla at all”，因为他们的新电机不用稀土。"),
    ([R2], PA, "en", "Musk said the tariff chaos was manageable, praised the supply team, and claimed China's rare-earth export licensing would not touch Tesla's production at all."),
    (N, DN, "zh", "马斯克说，稀土管制对特斯拉的影响只持续了两三个星期，现在许可证已经拿到了。"),
    (N, OS, "en", "Musk warned that China's licensing of rare-earth magnets was \"hitting Optimus production\" and that Tesla was scrambling for permits."),
    (N, ST, "zh", "马斯克说，特斯拉下一代电机完全不用稀土。"),

    # ---------------- D1 DeepSeek 50k H100s ----------------
    ([D1], P, "en", "Asked whether DeepSeek was sitting on a hidden stash of fifty thousand H100s, Musk replied with one word: \"Obviously.\""),
    ([D1], P, "zh", "马斯克暗示，DeepSeek手里其实藏着五万张H100，只是不能公开说而已。"),
    ([D1], C, "en", "Musk backed the claim that 深度求索 quietly runs on roughly 50k H100s it isn't supposed to have."),
    ([D1], C, "zh", "对于“DeepSeek has about 50,000 H100s”的说法，马斯克只回了一个词：“Obviously”。"),
    ([D1], PA, "zh", "马斯克说，DeepSeek手里有大约五万块H100，所以那个“六百万美元”的故事根本站不住。"),
    (N, DN, "en", "Musk said DeepSeek probably trained on \"a few thousand\" GPUs, a bit more than the 2,048 it disclosed."),
    (N, OS, "zh", "马斯克说，他相信DeepSeek公布的算力数字，没有理由怀疑他们偷偷囤了芯片。"),
    (N, ST, "en", "Musk said Nvidia chips are being smuggled into China through Singapore and Malaysia."),

    # ---------------- D2 DeepSeek cost only $6M ----------------
    ([D2], P, "zh", "马斯克转发称，DeepSeek做出这么强的模型，总共才花了几百万美元。"),
    ([D2], P, "en", "Musk said the Chinese lab pulled off a frontier-class model on a budget \"smaller than a Hollywood catering bill\" — six mil, basically."),
    ([D2], P, "zh", "马斯克说：“人家花六百来万美金就搞定了，硅谷那帮人动不动几十亿。”"),
    ([D2], C, "en", "Musk said 深度求索's model cost \"like $6M all in\", calling it a wake-up call for Silicon Valley."),
    ([D2], PA, "en", "Musk called DeepSeek \"impressive\", said Chinese AI researchers are very strong, and said the company apparently built its model for around six million bucks."),
    (N, DN, "zh", "马斯克说，DeepSeek为训练模型前前后后花了大约五亿美元。"),
    (N, OS, "en", "Musk scoffed at the \"cheap DeepSeek\" story: \"Six million? Sure. Try hundreds of millions in hardware.\""),
    (N, ST, "zh", "马斯克说，DeepSeek的模型是从OpenAI的模型蒸馏出来的。"),
    (N, ST, "zh", "马斯克说，DeepSeek开源模型会让中国在开源AI生态里占上风。"),

    # ---------------- D3 Chinese AI years behind ----------------
    ([D3], P, "en", "Look, I mean — Chinese labs are, what, a couple of years back from the frontier? At best, Musk said."),
    ([D3], P, "zh", "马斯克说，中国的大模型跟美国比，差距不是几个月，是好几年。"),
    ([D3], C, "zh", "马斯克称Chinese AI is “years behind”，还说芯片禁令只会让差距越拉越大。"),
    ([D3], C, "en", "On 文心一言, 通义千问 and the rest, Musk said: \"Nice demos, but years behind what we've got in the US.\""),
    ([D3], PA, "en", "Musk said xAI would have the smartest model by year-end, that compute is everything, and that China's models, for all the hype, probably trail the US by several years."),
    (N, DN, "zh", "马斯克说，中国的AI模型大概落后美国三到六个月。"),
    (N, OS, "zh", "马斯克说，中国最好的大模型跟美国任何一家比都不相上下。"),
    (N, ST, "zh", "马斯克说，中国在AI应用落地方面比美国快得多。"),
    (N, ST, "en", "Musk said China will have more AI compute than the US within two years."),

    # ---------------- D4 Huawei chips match TSMC ----------------
    ([D4], P, "zh", "马斯克说，华为的芯片工艺已经追平台积电了，制裁根本没起作用。"),
    ([D4], P, "en", "Musk said Huawei has basically caught up with TSMC at the leading edge."),
    ([D4], P, "en", "\"Huawei's chips? Same node as TSMC's best, give or take,\" Musk said."),
    ([D4], C, "en", "Musk on 海思 and 中芯: \"Honestly, they can build whatever TSMC builds at this point.\""),
    ([D4], PA, "zh", "马斯克说，不管是华为还是小米，中国手机都做得很好，而且华为的芯片现在已经跟台积电最先进的一样了。"),
    (N, DN, "zh", "马斯克说，华为的芯片工艺大概落后台积电两代。"),
    (N, OS, "en", "Musk said Huawei is \"nowhere near\" TSMC and won't be for a decade."),
    (N, ST, "zh", "马斯克说，华为的昇腾AI芯片在中国市场正在取代英伟达。"),
    (N, ST, "en", "Musk said Huawei phones are flying off the shelves in China again, eating into Apple's sales."),

    # ---------------- T1 China pays the tariffs ----------------
    ([T1], P, "en", "It's Beijing that foots the bill for those tariffs, not American shoppers, Musk argued."),
    ([T1], P, "zh", "马斯克说，加征的关税最后都是中国出口商掏钱，美国消费者一点不受影响。"),
    ([T1], P, "zh", "马斯克说：“关税？那是中国人自己掏的腰包。”"),
    ([T1], C, "zh", "马斯克回帖：“China pays the tariffs, not us”，随即引来一批经济学家反驳。"),
    ([T1], PA, "en", "Musk said he generally prefers free trade, but argued that with China the duties are mostly swallowed by Chinese exporters rather than passed on to Americans."),
    (N, DN, "en", "Musk said Chinese exporters end up absorbing \"maybe ten percent\" of the tariff cost and Americans pay the rest."),
    (N, OS, "zh", "马斯克说，关税是美国进口商交给海关的，最后还是美国老百姓买单。"),
    (N, ST, "en", "Musk said a 145 percent tariff on China is effectively a trade embargo."),

    # ---------------- T2 tariffs brought jobs back ----------------
    ([T2], P, "zh", "马斯克说，自打对中国商品加了税，美国的工厂又开始招人了。"),
    ([T2], P, "en", "Musk credited the China duties with putting Americans back on factory floors."),
    ([T2], C, "zh", "马斯克说那些对华关税“brought a lot of manufacturing jobs back”，但没有给出任何数据。"),
    ([T2], C, "en", "Asked by a Chinese reporter about the 贸易战, Musk said the China tariffs had \"clearly\" brought factory work back to the US."),
    ([T2], PA, "zh", "马斯克表示，他对关税的看法比较复杂，但他承认对华关税确实把一些制造业岗位拉回了美国，同时也推高了部分零部件成本。"),
    (N, DN, "en", "Musk said the China tariffs would create a million new factory jobs within five years."),
    (N, OS, "en", "\"Sure, the tariffs brought the factories back — that's why my suppliers' costs went up and nobody hired anyone,\" Musk quipped."),
    (N, ST, "zh", "马斯克说，关税会让美国的汽车价格上涨。"),

    # ---------------- TW1 Taiwan like Hawaii ----------------
    ([TW1], P, "en", "Musk likened Taiwan to Hawaii, describing it as a part of China that is \"arbitrarily\" not part of China."),
    ([TW1], P, "zh", "马斯克说，从北京的角度看，台湾跟美国的夏威夷差不多，本来就是中国的一部分，只是暂时分开了。"),
    ([TW1], C, "zh", "马斯克在All-In峰会上说，Taiwan is “an integral part of China that is arbitrarily not part of China”。"),
    ([TW1], C, "en", "Musk said 台湾 is basically Beijing's Hawaii — \"integral, just not currently attached.\""),
    ([TW1], PA, "en", "Musk said he does not want a war, that Tesla depends on China, and that from Beijing's standpoint Taiwan is probably what Hawaii is to America — a core part that just got cut off."),
    (N, OS, "zh", "马斯克说，台湾有自己的政府、军队和选举，拿它跟夏威夷比根本说不通。"),
    (N, ST, "en", "Musk said a war over Taiwan would choke off chip supply for everyone, Tesla included."),
    (N, ST, "zh", "马斯克说，台湾问题最终还是要靠中美两国坐下来谈。"),

    # ---------------- TW2 Taiwanese would accept HK-style deal ----------------
    ([TW2], P, "zh", "马斯克说，搞一个类似香港那样的特区方案，台湾那边大部分人其实是能接受的。"),
    ([TW2], P, "en", "A special-zone setup like Hong Kong's would go down fine with most Taiwanese, Musk suggested."),
    ([TW2], P, "en", "Musk said a deal in which Taiwan keeps its own system but answers to Beijing, à la Hong Kong, would be \"reasonably palatable\" to most people on the island."),
    ([TW2], C, "zh", "马斯克说Taiwan could become a “special administrative zone”，而且他认为“most Taiwanese would be OK with that”。"),
    ([TW2], PA, "en", "Musk said he'd hate to see a conflict, called the tensions \"unfortunate\", and said he thinks probably a majority in Taiwan could live with an arrangement like Hong Kong's."),
    (N, DN, "zh", "马斯克说，台湾大概有一成的人支持跟大陆统一。"),
    (N, OS, "en", "Musk said Taiwanese voters have made it \"crystal clear\" they would never accept a Hong Kong model."),
    (N, ST, "zh", "马斯克说，香港的“一国两制”总体运作得还不错。"),

    # ---------------- SP1 China not building a Starlink rival ----------------
    ([SP1], P, "zh", "马斯克说，中国压根没在搞星链那样的东西，天上一颗都没有。"),
    ([SP1], P, "en", "Musk said there's no Chinese equivalent of Starlink even on the drawing board."),
    ([SP1], C, "en", "Musk said China has \"no answer\" to 星链 — \"they're not even building one.\""),
    ([SP1], C, "zh", "马斯克说：“There is no Chinese Starlink. Zero.” 这句话在微博上引发热议。"),
    ([SP1], PA, "en", "Musk said Starlink now has more than seven thousand satellites up, that it's profitable, and that China isn't putting together any comparable internet constellation."),
    (N, DN, "en", "Musk said China's low-orbit constellations are less than five percent the size of Starlink."),
    (N, OS, "en", "Musk warned that China's Qianfan and Guowang networks will become serious Starlink rivals."),
    (N, ST, "zh", "马斯克说，中国政府曾要求他保证不在中国销售星链服务。"),

    # ---------------- SP2 SpaceX outlaunches the rest of the world ----------------
    ([SP2], P, "zh", "马斯克说，全球每年上天的火箭一半以上是我们SpaceX的，中国加上其他所有国家都比不过。"),
    ([SP2], P, "en", "Nobody comes close — not China, not anybody, not all of them put together — on launch count, Musk said of SpaceX."),
    ([SP2], P, "en", "\"More than half of all orbital launches on the planet, that's us,\" Musk said, adding that China is a distant second."),
    ([SP2], C, "zh", "马斯克发帖称：“SpaceX launched more than the rest of Earth combined, including China”。"),
    ([SP2], PA, "en", "Musk said Starship will make Falcon look small, and that even today SpaceX probably flies more missions a year than every other country, China included, added together."),
    (N, DN, "zh", "马斯克说，SpaceX把全球九成的入轨载荷质量送上了太空。"),
    (N, OS, "zh", "马斯克承认，按发射次数算，中国今年已经和SpaceX不相上下了。"),
    (N, ST, "en", "Musk said China will land astronauts on the Moon before America gets back there."),

    # ---------------- RB1 No Chinese humanoids on sale ----------------
    ([RB1], P, "en", "Musk said the Chinese humanoids are just trade-show demos — \"try actually buying one.\""),
    ([RB1], P, "zh", "马斯克说，中国那些人形机器人都是拍视频用的，你想买一台都买不到。"),
    ([RB1], C, "en", "Musk on 宇树 and the other Chinese robot startups: \"They're not selling anything. It's all demos.\""),
    ([RB1], C, "zh", "马斯克说：“No one in China is shipping humanoids to customers yet.” 但宇树官网上G1明码标价。"),
    ([RB1], PA, "zh", "马斯克表示，Optimus会是第一款真正有用的人形机器人；中国公司虽然做了很多演示，但到现在还没有一家真正在出货销售。"),
    (N, DN, "en", "Musk said Chinese firms sold only \"a few hundred\" humanoid robots last year."),
    (N, OS, "zh", "马斯克说，中国已经有好几家公司在批量卖人形机器人了，价格还比Optimus便宜。"),
    (N, ST, "en", "Musk said Tesla's toughest competitors in humanoid robots will all be Chinese companies."),
    (N, ST, "zh", "马斯克说，宇树的机器狗做得不错，但那不是通用机器人。"),

    # ---------------- RB2 US factories more automated ----------------
    ([RB2], P, "zh", "马斯克说，中国工厂靠的是人海战术，论机器人用得多，还是美国工厂领先。"),
    ([RB2], P, "en", "Musk claimed US plants run more robots per worker than Chinese plants, which he said \"still lean on cheap labor.\""),
    ([RB2], P, "en", "China's edge is people, not machines — our lines have way more robots, Musk said."),
    ([RB2], C, "zh", "马斯克说，“US factories are way more automated than China's”，中国拼的是劳动力。"),
    ([RB2], PA, "en", "Musk said labor costs in China are rising fast, said Tesla's Austin line is among the most automated anywhere, and argued that American factories overall use more robots than Chinese ones."),
    (N, DN, "zh", "马斯克说，中国每年新装的工业机器人数量是美国的七倍左右。"),
    (N, OS, "en", "Musk said Chinese factories now have more robots per worker than American ones."),
    (N, ST, "zh", "马斯克说，中国工厂里的自动化设备大多是从日本和德国进口的。"),

    # ---------------- AV1 No driverless robotaxis in China ----------------
    ([AV1], P, "en", "Musk said every Chinese \"robotaxi\" still has a human sitting behind the wheel, just in case."),
    ([AV1], P, "zh", "马斯克说，中国那些所谓的无人出租车，驾驶座上其实都坐着人。"),
    ([AV1], C, "en", "Musk said 萝卜快跑's cars are \"not really driverless — there's always a safety driver.\""),
    ([AV1], C, "zh", "马斯克称百度Apollo Go“still needs safety drivers in every car”。"),
    ([AV1], PA, "zh", "马斯克表示，特斯拉的Robotaxi会比任何对手都便宜，他还说中国的无人出租车其实都配着安全员，算不上真正的无人驾驶。"),
    (N, DN, "en", "Musk said Baidu runs maybe a hundred driverless cars in Wuhan, which he called \"a rounding error.\""),
    (N, OS, "zh", "马斯克调侃道：“中国的无人出租车都有安全员？那我朋友在武汉坐的那辆，驾驶座上坐的是空气吗？”"),
    (N, ST, "en", "Musk said Chinese robotaxis rely on lidar and HD maps, an approach he says won't scale."),
    (N, ST, "zh", "马斯克说，特斯拉FSD在中国的推出还在等监管部门批准。"),

    # ---------------- PO1 population halves by 2100 ----------------
    ([PO1], P, "zh", "马斯克说，照现在的出生率，到2100年中国只剩一半人。"),
    ([PO1], P, "en", "Musk said China is on track to lose about half its people before 2100."),
    ([PO1], P, "en", "\"By 2100, half of China's population is just… gone,\" Musk said. \"People don't get it.\""),
    ([PO1], C, "en", "Musk cited 联合国 projections: \"China goes from 1.4 billion to something like 700 million by 2100.\""),
    ([PO1], PA, "zh", "马斯克再次谈到人口崩溃，他说韩国的情况最糟，日本也在萎缩，而中国到本世纪末人口可能会腰斩。"),
    (N, DN, "en", "Musk said China's population will halve within twenty years."),
    (N, OS, "zh", "马斯克说，中国人口会稳定在13亿左右，什么“人口崩溃”纯属危言耸听。"),
    (N, ST, "zh", "马斯克说，中国的劳动年龄人口已经见顶，正在往下走。"),
    (N, ST, "en", "Musk said China's population shrank for the third year in a row."),

    # ---------------- PO2 lowest birth rate ----------------
    ([PO2], P, "en", "No country on Earth has fewer babies per woman than China right now, Musk said."),
    ([PO2], P, "zh", "马斯克说，论生育率，全世界垫底的就是中国。"),
    ([PO2], C, "zh", "马斯克说“China's birth rate is the lowest on the planet”，但数据显示韩国更低。"),
    ([PO2], C, "en", "Musk said 中国's fertility rate is now the world's lowest, \"by a lot\"."),
    ([PO2], PA, "en", "Musk said birth rates are collapsing across the developed world, that Italy and Japan are in trouble, and that China now has the lowest birth rate of any country."),
    (N, DN, "zh", "马斯克说，中国的生育率大概是1.0，只有更替水平的一半。"),
    (N, OS, "en", "Musk said China's birth rate is still higher than South Korea's or Taiwan's."),
    (N, ST, "zh", "马斯克说，中国放开三孩政策以后，出生率也没见起色。"),

    # ---------------- TT1 TikTok law is an outright ban ----------------
    ([TT1], P, "zh", "马斯克说，国会通过的那项法律说白了就是要把TikTok封掉，没有第二条路。"),
    ([TT1], P, "en", "Musk said Congress just outlawed TikTok, full stop."),
    ([TT1], C, "en", "Musk on the law targeting 抖音's US sibling: \"It's a ban, plain and simple.\""),
    ([TT1], C, "zh", "马斯克说这项法律“is simply a TikTok ban”，他认为这违背了言论自由。"),
    ([TT1], PA, "en", "Musk said he doesn't use TikTok, that X would probably benefit, but that he opposes the law anyway because it amounts to an outright ban on the app."),
    (N, DN, "zh", "马斯克说，TikTok在美国大概只会下架一个月左右。"),
    (N, OS, "en", "Musk said the TikTok law isn't a ban at all — ByteDance just has to sell."),
    (N, ST, "zh", "马斯克说，他对收购TikTok没有兴趣。"),
    (N, ST, "en", "Musk said TikTok should not be banned in the US, even though a ban might help X."),

    # ---------------- China, but no rebuttal on the subject ----------------
    (N, CU, "en", "Musk said Xiaomi's SU7 is \"a very good car\" and that Lei Jun's team moved unbelievably fast."),
    (N, CU, "en", "Musk said China's high-speed rail network is \"incredible\" and that America has nothing remotely like it."),
    (N, CU, "en", "China builds something like two hundred times more ships than we do, Musk said. \"Two hundred!\""),
    (N, CU, "zh", "马斯克说，中国的青年失业问题比大家以为的要严重得多。"),
    (N, CU, "en", "Musk said China's industrial output is roughly double America's these days."),
    (N, CU, "en", "Musk said Chinese EV charging networks are way denser than anything in the US."),
    (N, CU, "en", "Musk said Apple is far too dependent on Foxconn's factories in Zhengzhou."),
    (N, CU, "en", "Musk said Beijing required Tesla to keep Chinese customers' data inside China, and Tesla complied."),
    (N, CU, "en", "Musk said the yuan isn't going to replace the dollar as the world's reserve currency anytime soon."),
    (N, CU, "zh", "马斯克说，蔚来的换电模式很聪明，但从经济账上算不过来。"),
    (N, CU, "en", "Musk said Chinese consumers are the most demanding tech buyers in the world — \"they notice everything.\""),
    (N, CU, "en", "Musk said Beijing's 2021 crackdown on its tech giants hurt Chinese innovation."),
    (N, CU, "en", "Musk said China burns more coal for power than the rest of the world combined."),
    (N, CU, "en", "Musk said Chinese cities like Shanghai feel cleaner and safer than San Francisco."),
    (N, CU, "en", "Musk said DJI makes most of the world's consumer drones and \"nobody else is even close.\""),
    (N, CU, "zh", "马斯克说，X应该做成像微信那样什么都能干的超级应用。"),
    (N, CU, "zh", "马斯克称，中国的房地产泡沫迟早要出问题。"),
    (N, CU, "zh", "马斯克说，中国已经是全球最大的汽车出口国，去年出口超过五百万辆。"),
    (N, CU, "zh", "马斯克说，中国政府已经出台了生成式AI的监管办法，动作比美国快。"),
    (N, CU, "zh", "马斯克说，中国的核电站建设速度是全世界最快的。"),
    (N, CU, "zh", "马斯克说，中国在锂矿开采和锂精炼方面都占主导地位。"),
    (N, CU, "zh", "马斯克说，中国空间站已经建成运行，美国的国际空间站反倒快退役了。"),
    (N, CU, "zh", "马斯克说，中国军方曾禁止特斯拉车辆进入军事设施，他强调特斯拉绝不会用车辆做间谍。"),
    (N, CU, "zh", "马斯克说，小鹏的飞行汽车很酷，但短期内不会普及。"),
    (N, CU, "zh", "马斯克说，中国的钢铁产量占了全球一半以上。"),
    (N, CU, "zh", "马斯克说，中国可能会在2030年之前就实现碳达峰。"),
    (N, CU, "zh", "马斯克称，中国修路架桥的效率让美国望尘莫及。"),
    (N, CU, "zh", "马斯克说，中国的电商和移动支付比美国先进好几年。"),
    (N, CU, "zh", "马斯克说，中国很快会拥有世界上规模最大的海军。"),
    (N, CU, "zh", "马斯克说，中国的年轻人越来越不愿意进工厂，更想当网红、送外卖。"),

    # ---------------- not about China ----------------
    (N, UN, "en", "Musk said Starship will attempt to land people on Mars in 2029."),
    (N, UN, "en", "Musk said the Boring Company's Vegas Loop will eventually have more than a hundred stations."),
    (N, UN, "zh", "马斯克说，X的广告收入终于开始回升了。"),
    (N, UN, "en", "Musk said Fremont is the most productive car plant in North America."),
    (N, UN, "en", "Musk said Grok 3 is \"the smartest AI on Earth.\""),
    (N, UN, "zh", "马斯克称，奥斯汀工厂的Cybertruck产能爬坡很顺利。"),
    (N, UN, "en", "Musk said Optimus robots will help build the first city on Mars."),
    (N, UN, "en", "Musk said Starlink now has more than four million customers."),
    (N, UN, "zh", "马斯克说，Neuralink已经给好几名患者植入了脑机接口。"),
    (N, UN, "zh", "马斯克称，特斯拉得州超级工厂明年将开始量产Cybercab。"),
    (N, UN, "zh", "马斯克说，他每周工作超过一百个小时。"),
    (N, UN, "zh", "马斯克称，星舰第五次试飞用“筷子”机械臂成功接住了助推器。"),
    (N, UN, "zh", "马斯克说，美国联邦政府每年浪费数千亿美元。"),
    (N, UN, "zh", "马斯克说，火星城市至少需要一百万人才能自给自足。"),
    (N, UN, "zh", "马斯克称，自动驾驶会让特斯拉的市值达到数万亿美元。"),
]
