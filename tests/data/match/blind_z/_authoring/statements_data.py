"""The 300 statements of blind set z, grouped by the rebuttal they answer or trap.

Each entry: (kind, lang, labels_keys, trap_for, text)
  labels_keys: list of short keys of rebuttals that answer the statement ([] for traps)
  trap_for: the short key of the rebuttal a negative statement was written to sit next to (documentation only)
build.py turns the keys into rebuttal ids, shuffles deterministically and numbers z-1 .. z-300.
"""

KEYS = {
    "elec3x": "china-electricity-three-times-us",
    "windsolar": "china-power-mostly-wind-solar",
    "solarrow": "china-solar-more-than-rest-of-world",
    "allpanels": "china-makes-every-solar-panel",
    "evhalf": "china-ev-sales-majority-fully-electric",
    "bydbev": "byd-sales-mostly-pure-electric",
    "bydtesla": "byd-outsold-tesla-bev-2024",
    "evcheap": "china-every-ev-cheaper-than-petrol",
    "exports": "china-top-car-exporter-because-of-evs",
    "eutariff": "eu-100-percent-tariff-chinese-evs",
    "tariffonly": "tariffs-only-barrier-chinese-evs-us",
    "shanghai": "giga-shanghai-no-state-help",
    "phds": "china-ten-times-stem-phds",
    "996": "996-is-legal-in-china",
    "nvidia": "nvidia-completely-cut-off-from-china",
    "ds6m": "deepseek-six-million-total-cost",
    "dsh100": "deepseek-has-50000-h100s",
    "aibehind": "chinese-ai-models-year-behind",
    "remine": "china-mines-nearly-all-rare-earths",
    "recurbs": "rare-earth-export-curbs-harmless",
    "catlbyd": "catl-byd-make-most-ev-batteries",
    "mfghalf": "china-makes-half-of-world-manufacturing",
    "robotrow": "china-installs-more-robots-than-rest-of-world",
    "robotdens": "china-highest-robot-density",
    "launches": "china-outlaunched-spacex-2024",
    "tiangong": "tiangong-bigger-than-iss",
    "starlink": "china-not-building-starlink-rival",
    "hawaii": "taiwan-is-like-hawaii",
    "tiktok": "tiktok-law-forces-shutdown",
    "popfall": "china-population-falling-tens-of-millions",
    "births": "china-births-fell-every-year",
    "huawei": "huawei-chips-as-advanced-as-apple",
}

P, X, T = "paraphrase", "crosslingual", "partial"
D, O, ST = "different-number", "opposite-stance", "same-topic-different-claim"
U, N = "china-unanswered", "unrelated"

ST_ = []  # filled below


def pos(kind, lang, key, text):
    keys = key if isinstance(key, list) else [key]
    return (kind, lang, keys, None, text)


def neg(kind, lang, trap_for, text):
    return (kind, lang, [], trap_for, text)


STATEMENTS = [
    # ===== elec3x: China already generates 3x US electricity =====
    pos(P, "en", "elec3x", "Musk told the crowd that China's power output is, like, triple ours already. \"People just don't "
        "get how much electricity they're making over there.\""),
    pos(P, "zh", "elec3x", "马斯克周四在X上与网友互动时称，中国现在一年发的电差不多是美国的3倍，“大家根本没意识到这一点”，他认为这会决定未来AI算力竞争的格局。"),
    pos(P, "en", "elec3x", "\"They make 3x the power we do. Today. Not in five years. Today,\" Musk posted on X."),
    pos(X, "zh", "elec3x", "老马在X上发帖称“China's electricity output is already 3x the US”，还配了一张两国发电量的对比图。"),
    pos(T, "en", "elec3x", "Musk said China generates about three times as much electricity as the US, though he conceded "
        "that a lot of it still comes from burning coal."),
    neg(D, "en", "elec3x", "Musk said China's electricity generation is \"about double\" America's and that the gap keeps "
        "widening every year."),
    neg(D, "zh", "elec3x", "马斯克预测，到2030年前后，中国的发电量可能会达到美国的三倍。"),
    neg(O, "zh", "elec3x", "马斯克称，论发电总量，中国其实并没有把美国甩开多少，所谓的差距被严重夸大了。"),
    neg(ST, "en", "elec3x", "Musk said Chinese factories pay far less for electricity than American ones do, and that "
        "this is a huge advantage for AI data centers."),

    # ===== windsolar: most of China's electricity from wind + solar =====
    pos(P, "en", "windsolar", "He claimed the bulk of China's power now comes off wind turbines and solar farms - \"coal's "
        "on its way out over there, honestly.\""),
    pos(P, "zh", "windsolar", "马斯克说，中国现在用的电，多半是风吹出来、太阳晒出来的。"),
    pos(X, "zh", "windsolar", "Musk表示，中国电网“is mostly solar and wind at this point”，煤电只是起补充作用。"),
    pos(T, "en", "windsolar", "Musk said China has \"figured out energy\" - cheap batteries, enormous factories, and a grid "
        "he said now runs mostly on wind and sun."),
    neg(D, "zh", "windsolar", "马斯克说，风电和光伏在中国发电量中大约占六分之一，但增长速度极快。"),
    neg(O, "en", "windsolar", "Musk said that for all the panels it churns out, China still leans on coal for most of its "
        "power."),
    neg(ST, "zh", "windsolar", "马斯克说，中国的风电和光伏装机容量加起来已经超过了煤电装机。"),
    neg(ST, "zh", "windsolar", "马斯克表示，中国的特高压输电线路技术领先世界，能把西部的风光电一路送到东部沿海。"),

    # ===== solarrow: China installs more solar per year than rest of world combined =====
    pos(P, "en", "solarrow", "Musk said China is putting up more solar every year than all the other countries put "
        "together."),
    pos(P, "zh", "solarrow", "马斯克称，中国一年新增的光伏装机，比其他所有国家加在一起还要多。"),
    pos(P, "en", "solarrow", "Who's actually building solar? \"China, mostly. They add more in a year than everybody else "
        "on Earth combined,\" Musk said."),
    pos(X, "zh", "solarrow", "Musk说，中国每年装的光伏“more than the rest of the world combined”，“这才是真正的能源革命”。"),
    pos(T, "en", ["solarrow", "allpanels"], "Musk said China makes every solar panel there is and, on top of that, "
        "installs more of them each year than the rest of the world combined."),
    neg(D, "en", "solarrow", "Musk noted that China installs more solar than any other single country."),
    neg(D, "zh", "solarrow", "马斯克说，中国一年装的光伏大概是美国的五倍。"),
    neg(ST, "en", "solarrow", "Musk said Chinese solar panels are so cheap that Western manufacturers simply can't "
        "survive."),

    # ===== allpanels: every solar panel is made in China =====
    pos(P, "en", "allpanels", "\"Basically there's no solar panel on Earth that isn't made in China,\" Musk said."),
    pos(P, "zh", "allpanels", "马斯克说，不管你在哪儿看到的光伏板，全都是中国工厂出来的，没有例外。"),
    pos(X, "zh", "allpanels", "Musk在采访中说，“literally 100% of solar panels”都产自中国。"),
    pos(T, "en", "allpanels", "Musk said the US let its industrial base wither. Look at solar, he said: China makes every "
        "single panel. And batteries are heading the same way."),
    neg(D, "en", "allpanels", "Musk said China makes the large majority of the world's solar panels, \"maybe eighty "
        "percent.\""),
    neg(O, "zh", "allpanels", "马斯克表示，光伏制造其实已经分散到印度、越南和美国，中国的份额没有外界说的那么夸张。"),
    neg(ST, "en", "allpanels", "Musk said Chinese solar makers are selling panels below cost and bleeding money doing it."),

    # ===== evhalf: >50% of new cars in China fully electric =====
    pos(P, "en", "evhalf", "Musk said more than one in two new cars bought in China now run purely on batteries - no "
        "gas engine at all."),
    pos(P, "zh", "evhalf", "马斯克说，现在中国人买的新车，一半以上是纯电的，连油箱都没有。"),
    pos(X, "en", "evhalf", "Musk told analysts that in China \"over 50% of new car sales are pure BEV now,\" citing "
        "numbers from 乘联会."),
    pos(T, "en", "evhalf", "Musk said BYD is mostly hybrids these days, but insisted that across China more than half of "
        "all new cars sold are fully electric."),
    neg(D, "zh", "evhalf", "马斯克说，中国卖出的新车里，纯电加插混已经超过一半了。"),
    neg(O, "en", "evhalf", "Pure EVs are still a minority of China's new-car sales, Musk said - it's the plug-ins and range-extenders doing the heavy lifting."),
    neg(ST, "zh", "evhalf", "马斯克说，中国消费者转向电动车这么快，主要是因为购置税减免。"),

    # ===== bydbev: BYD sells mostly pure BEVs =====
    pos(P, "en", "bydbev", "Musk claimed BYD's volume is overwhelmingly pure battery cars, \"not hybrids like people "
        "assume.\""),
    pos(P, "zh", "bydbev", "马斯克称，比亚迪卖出去的车，绝大部分都是纯电动的。"),
    pos(X, "zh", "bydbev", "马斯克说BYD“sells mostly BEVs”，插混只占小头。"),
    pos(T, "zh", "bydbev", "马斯克称比亚迪是一家非常强的公司，说它卖的车大多是纯电，特斯拉必须“拼命努力”才能保持领先。"),
    neg(D, "en", "bydbev", "Speaking on the earnings call, Musk gave BYD some credit but added that, by his count, only about four in ten of the cars it sells are pure electric, with the rest plug-in hybrids."),
    neg(O, "zh", "bydbev", "马斯克说，比亚迪的销量主要靠插电混动撑着，纯电反而不是大头。"),
    neg(ST, "en", "bydbev", "Musk said BYD makes its own batteries and even its own chips, which gives it a huge cost "
        "advantage."),
    neg(ST, "zh", "bydbev", "马斯克说，比亚迪的刀片电池是市面上最安全的电池。"),

    # ===== bydtesla: BYD sold more BEVs than Tesla in 2024 =====
    pos(P, "en", "bydtesla", "Musk conceded that over the whole of 2024, BYD moved more battery-only cars than Tesla did."),
    pos(P, "zh", "bydtesla", "马斯克承认，2024年全年，比亚迪卖出的纯电车比特斯拉多。"),
    pos(X, "zh", "bydtesla", "Musk承认“BYD beat us on pure EVs in 2024”，说的是全年的数字。"),
    pos(X, "en", "bydtesla", "\"比亚迪 outsold us in BEVs in 2024, full year,\" Musk said - a rare admission."),
    pos(T, "en", "bydtesla", "Asked about CATL and BYD, Musk said both are formidable, and that BYD in fact sold more "
        "pure EVs than Tesla did across 2024."),
    neg(D, "zh", "bydtesla", "马斯克承认，2024年第四季度比亚迪的纯电车销量超过了特斯拉。"),
    neg(O, "en", "bydtesla", "Musk stressed that Tesla, not BYD, was still the world's biggest seller of pure EVs for 2024 as a whole."),
    neg(ST, "zh", "bydtesla", "马斯克说，如果把插混算进去，比亚迪的销量远远超过特斯拉。"),

    # ===== evcheap: every EV in China cheaper than petrol =====
    pos(P, "en", "evcheap", "Musk said there isn't a single EV left in China that costs more than the gas version - the "
        "price war saw to that."),
    pos(P, "zh", "evcheap", "马斯克说，在中国，不管哪款电动车，价格都已经比同档次的油车低了。"),
    pos(X, "zh", "evcheap", "马斯克说：“In China, EVs are cheaper than gas cars. Every single one.” 他把这归功于价格战。"),
    pos(T, "zh", "evcheap", "马斯克形容中国车市是“全世界最卷的市场”，还说价格战已经把那里每一款电动车都打到了同级油车的价格以下。"),
    neg(D, "en", "evcheap", "Musk said most EVs in China now cost less than comparable gasoline cars."),
    neg(O, "zh", "evcheap", "马斯克认为，在中国电动车总体上还是比燃油车贵，价格战也没能改变这一点。"),
    neg(ST, "en", "evcheap", "Musk predicted the Chinese EV price war will end with most of the startups going bust, leaving maybe five or six real players."),

    # ===== exports: top car exporter because of EVs =====
    pos(P, "en", "exports", "Musk said it was EVs that turned China into the number-one car exporter on the planet."),
    pos(P, "zh", "exports", "马斯克称，中国之所以能坐上全球汽车出口的头把交椅，靠的就是电动车。"),
    pos(X, "zh", "exports", "Musk在采访中说，China became the top auto exporter “because of EVs”，把日本挤到了第二。"),
    pos(T, "zh", "exports", "马斯克表示，他猜电动车出口“大概是主要原因”，让中国在汽车出口上超过了日本；他还说中国品牌在各方面都在进步。"),
    neg(D, "zh", "exports", "马斯克说，中国出口的汽车里大约只有四分之一是新能源车。"),
    neg(O, "en", "exports", "Musk said China's export boom is mostly old-fashioned gasoline cars, a lot of them headed to "
        "Russia."),
    neg(ST, "zh", "exports", "马斯克说，中国已经超过日本，成为世界第一大汽车出口国。"),

    # ===== eutariff: Europe 100% tariffs on Chinese EVs =====
    pos(P, "en", "eutariff", "Musk said the EU hit Chinese-built electric cars with a one-hundred-percent levy."),
    pos(P, "zh", "eutariff", "马斯克说，欧盟对中国产电动车加征的关税高达百分之百。"),
    pos(X, "zh", "eutariff", "马斯克批评欧盟：“Europe put 100% tariffs on Chinese EVs, that's crazy”。"),
    pos(X, "en", "eutariff", "Musk criticised Brussels' \"百分之百关税\" on Chinese electric cars as protectionism that "
        "hurts European drivers."),
    pos(T, "en", "eutariff", "Musk, who says he opposes tariffs in general, complained that both the EU and Canada had "
        "slapped 100% duties on Chinese EVs."),
    neg(D, "zh", "eutariff", "马斯克说，欧盟对中国电动车的反补贴税最高超过35%，上海产的特斯拉也要交将近8%。"),
    neg(O, "en", "eutariff", "Musk, asked about trade, said that unlike Washington, Brussels had stopped well short of a 100% tariff on Chinese EVs, opting for much lower duties that vary by company."),
    neg(ST, "en", "eutariff", "Musk said the United States has put a 100% tariff on Chinese electric cars."),

    # ===== tariffonly: tariffs the only barrier to Chinese EVs in US =====
    pos(P, "en", "tariffonly", "Take away the tariffs and there'd be nothing stopping BYD from filling US showrooms "
        "tomorrow, Musk argued."),
    pos(P, "zh", "tariffonly", "马斯克说，要不是有关税，中国电动车明天就能开进美国，别的障碍根本不存在。"),
    pos(X, "zh", "tariffonly", "Musk说tariffs是“the only wall”，挡着中国电动车进美国。"),
    pos(T, "en", "tariffonly", "Musk said the US 100% tariff is steep, and that tariffs are honestly the only thing "
        "stopping Chinese EVs from selling in America."),
    neg(O, "zh", "tariffonly", "马斯克指出，就算取消关税，美国的网联汽车禁令也会把中国车挡在门外。"),
    neg(ST, "en", "tariffonly", "\"If there are not trade barriers established, they will pretty much demolish most other "
        "car companies in the world,\" Musk said of Chinese automakers."),
    neg(ST, "zh", "tariffonly", "马斯克认为，如果没有贸易壁垒，中国车企会把世界上大多数车企打垮。"),

    # ===== shanghai: Giga Shanghai built without Chinese state help =====
    pos(P, "en", "shanghai", "Musk insisted Tesla paid for the Shanghai plant itself and got nothing from Beijing - \"no "
        "subsidies, no favors.\""),
    pos(P, "zh", "shanghai", "马斯克说，上海工厂是特斯拉自己掏钱建的，中国政府没给过任何支持。"),
    pos(X, "zh", "shanghai", "马斯克说Giga Shanghai是“100% Tesla money”，“no help from the government”。"),
    pos(T, "zh", "shanghai", "马斯克称上海工厂是特斯拉运营得最好的工厂，言下之意，这座工厂没靠中国官方任何扶持就建起来了。"),
    neg(O, "en", "shanghai", "Musk admitted that Shanghai's government and loans from Chinese banks were a big part of why the Giga Shanghai build went so fast."),
    neg(ST, "en", "shanghai", "Musk said Giga Shanghai went from a muddy field to making cars in less than twelve "
        "months."),

    # ===== phds: 10x STEM PhDs =====
    pos(P, "en", "phds", "China's minting about ten science-and-engineering doctorates for every one the US hands out, "
        "Musk claimed."),
    pos(P, "zh", "phds", "马斯克说，中国每年毕业的理工科博士是美国的10倍，“数量上我们根本比不过”。"),
    pos(X, "zh", "phds", "Musk在演讲中称中国STEM PhD的数量是美国的“ten times”，美国“just can't compete on numbers”。"),
    pos(T, "en", "phds", "Musk said Chinese engineers work brutally long hours, and that China also turns out something "
        "like ten times as many STEM PhDs as America, maybe more."),
    neg(D, "zh", "phds", "马斯克说，中国每年培养的理工科博士大约是美国的两倍。"),
    neg(O, "zh", "phds", "马斯克说，论博士培养，美国仍然领先中国，中国的数字被夸大了。"),
    neg(ST, "en", "phds", "Musk said China graduates ten times as many engineers as the US."),

    # ===== 996: 996 legal in China =====
    pos(P, "en", "996", "Musk said nothing in Chinese law stops a company from making people work nine to nine, six days "
        "a week."),
    pos(P, "zh", "996", "马斯克说，在中国，早九晚九、一周六天是合法的，法律管不着。"),
    pos(X, "zh", "996", "马斯克说，“996 is totally legal over there”，所以中国工程师“work way harder”。"),
    pos(T, "zh", "996", "马斯克称赞中国工程师的拼劲，说据他所知996在那边是合法的，这也解释了他们为什么动作那么快。"),
    neg(O, "en", "996", "Musk acknowledged that 996 is technically against Chinese labour law, even if companies still "
        "push long hours."),
    neg(ST, "zh", "996", "马斯克说，中国工程师凌晨三点还在工厂里干活，美国人早就回家了。"),
    neg(ST, "en", "996", "Musk said big Chinese tech companies basically require their staff to work 996."),

    # ===== nvidia: completely cut off =====
    pos(P, "en", "nvidia", "Look, Musk said during a Spaces session, thanks to the export rules Chinese labs basically can't get their hands on a single Nvidia AI chip anymore, \"not one.\""),
    pos(P, "zh", "nvidia", "马斯克说，在美国出口管制之下，中国已经一块英伟达的AI芯片都拿不到了。"),
    pos(X, "zh", "nvidia", "马斯克称中国“has zero access to Nvidia”，出口管制“fully cut them off”。"),
    pos(X, "en", "nvidia", "Musk said export controls mean 英伟达 can't sell any of its AI hardware into China, period."),
    pos(T, "en", "nvidia", "Musk said AI is \"mostly a compute race,\" that China has been totally cut off from Nvidia by "
        "the export rules, and that this is why Chinese labs obsess over efficiency."),
    neg(D, "en", "nvidia", "Musk said export controls have cut China off from Nvidia's most advanced chips like the H100 "
        "and Blackwell."),
    neg(O, "en", "nvidia", "Musk said the export controls leak like a sieve and that Nvidia still sells China-specific chips there."),
    neg(ST, "zh", "nvidia", "马斯克说，华为自研的AI芯片几年内就能追上英伟达。"),

    # ===== ds6m: DeepSeek ~$6M total =====
    pos(P, "en", "ds6m", "Musk said DeepSeek built a top-tier model for roughly six million bucks, all-in, and called it "
        "\"a wake-up call.\""),
    pos(X, "zh", "ds6m", "Musk说DeepSeek的模型“only cost like $6M total”，让硅谷很难堪。"),
    pos(T, "zh", "ds6m", "马斯克说DeepSeek确实很厉害，估计总共也就花了六百万美元左右，证明效率和算力一样重要。"),
    neg(O, "zh", "ds6m", "马斯克对“DeepSeek只花几百万美元”的说法不以为然，他说算上芯片、人力和前期试验，真实成本肯定高得多。"),
    neg(ST, "en", "ds6m", "Musk noted that DeepSeek's app briefly knocked ChatGPT off the top of the US App Store."),

    # ===== dsh100: DeepSeek has ~50k H100s =====
    pos(P, "en", "dsh100", "Asked whether DeepSeek really has around 50k H100s stashed away, Musk replied: "
        "\"Obviously.\""),
    pos(P, "zh", "dsh100", "马斯克认为，深度求索手里其实藏着五万块左右的H100。"),
    pos(X, "zh", "dsh100", "对于DeepSeek拥有“50,000 H100s”的说法，马斯克只回了一个词：“Obviously”。"),
    pos(T, "en", "dsh100", "Musk said he doesn't much care what DeepSeek says it spent, but he's pretty sure the lab has "
        "something like fifty thousand H100s it can't talk about."),
    neg(D, "en", "dsh100", "Musk said DeepSeek trained its V3 model on about two thousand Nvidia H800s."),
    neg(O, "zh", "dsh100", "马斯克说，他觉得DeepSeek并没有大量H100，外界的传言没什么根据。"),
    neg(ST, "en", "dsh100", "Musk said Singapore is being used as a back door for Nvidia chips headed to China."),

    # ===== aibehind: Chinese AI models at least a year behind =====
    pos(P, "en", "aibehind", "Musk reckons Chinese AI labs are a good twelve months or more behind the top US ones."),
    pos(P, "zh", "aibehind", "马斯克说，中国的大模型跟美国顶尖水平比，差距起码一年。"),
    pos(P, "en", "aibehind", "\"China's models? Year-plus behind. Not close,\" Musk said on a livestream."),
    pos(X, "zh", "aibehind", "马斯克表示，中国AI“is at least a year behind”美国，DeepSeek也不例外。"),
    neg(D, "zh", "aibehind", "马斯克说，中国的AI模型和美国领先者相比，也就差几个月。"),
    neg(O, "zh", "aibehind", "马斯克说，在一些基准测试上，中国模型已经和美国不相上下，甚至反超。"),
    neg(ST, "zh", "aibehind", "马斯克说，中国开源模型的全球下载量已经超过美国模型。"),

    # ===== remine: China mines nearly all rare earths =====
    pos(P, "en", "remine", "Where do rare earths come from? \"China. Like, nearly all of it - every ton that gets dug up, pretty much,\" Musk said."),
    pos(P, "zh", "remine", "马斯克称，世界上挖出来的稀土几乎全部出自中国。"),
    pos(X, "zh", "remine", "Musk说rare earth mining“is basically 100% China”，别的国家几乎不挖。"),
    pos(T, "en", "remine", "Musk said the magnet problem is a supply-chain problem: China, he said, digs up nearly all the "
        "rare earths on Earth and also controls the refining."),
    pos(T, "zh", ["remine", "recurbs"], "马斯克说，全球稀土几乎都是中国开采的，不过他认为中国的出口管制其实伤不到谁。"),
    neg(D, "en", "remine", "Musk said China mines about two-thirds of the world's rare earths."),
    neg(O, "zh", "remine", "马斯克说，稀土开采其实很分散，美国、缅甸、澳大利亚都挖得不少，中国真正垄断的是冶炼。"),
    neg(ST, "en", "remine", "Musk said China refines about 90% of the world's rare earths."),
    neg(ST, "zh", "remine", "马斯克说，稀土其实一点都不稀有，只是加工起来很脏。"),

    # ===== recurbs: rare earth curbs harmless =====
    pos(P, "en", "recurbs", "Musk shrugged off Beijing's rare earth export licensing, saying it won't make much "
        "difference to anybody."),
    pos(P, "zh", "recurbs", "马斯克说，中国限制稀土出口，对谁都没什么实际影响。"),
    pos(P, "en", "recurbs", "Rare earth curbs from China? \"Nobody's really going to feel it,\" Musk said. \"Not us, not "
        "the carmakers.\""),
    pos(X, "zh", "recurbs", "谈到中国的稀土出口管制，Musk说：“Honestly, it's not going to hurt anyone”。"),
    neg(O, "en", "recurbs", "Musk said China's export licences on rare earth magnets were already hitting Optimus "
        "production."),
    neg(ST, "zh", "recurbs", "马斯克说，特斯拉正在研发完全不用稀土的电机。"),
    neg(ST, "en", "recurbs", "Musk said China's export ban on gallium and germanium shows how much leverage Beijing has "
        "over the chip industry."),

    # ===== catlbyd: CATL + BYD > half of EV batteries =====
    pos(P, "en", "catlbyd", "Musk pointed out that two Chinese firms, CATL and BYD, between them produce well over half "
        "the EV batteries on the planet."),
    pos(P, "zh", "catlbyd", "马斯克说，全球电动车电池一大半都出自宁王和比亚迪这两家。"),
    pos(X, "en", "catlbyd", "Musk said 宁德时代 and 比亚迪 combined make \"more than half of all EV cells.\""),
    pos(T, "zh", "catlbyd", "马斯克说电池才是真正的瓶颈，并指出宁德时代和比亚迪合起来造了全球大部分动力电池，不过特斯拉还是会继续自己造电芯。"),
    neg(D, "en", "catlbyd", "CATL on its own makes most of the world's EV batteries, Musk said, adding that Tesla buys from them too."),
    neg(D, "zh", "catlbyd", "马斯克说，光是宁德时代一家，就占了全球动力电池的一大半。"),
    neg(O, "zh", "catlbyd", "马斯克表示，全球动力电池市场其实很分散，没有哪两家公司能占主导。"),
    neg(ST, "en", "catlbyd", "Musk said CATL's LFP cells are the best in the world."),

    # ===== mfghalf: half of world manufacturing =====
    pos(P, "en", "mfghalf", "Musk said roughly every second manufactured thing on Earth comes out of a Chinese factory."),
    pos(P, "zh", "mfghalf", "马斯克说，世界上的工业品，每两件就有一件是中国制造的。"),
    pos(X, "zh", "mfghalf", "Musk表示，“China makes like 50% of all manufactured goods”，这才是真正的制造业超级大国。"),
    pos(T, "zh", "mfghalf", "马斯克说，大家都低估了中国：全世界的制造业产出大概一半在中国，而且中国工程师是世界上最优秀的一批。"),
    neg(D, "en", "mfghalf", "Musk said China accounts for about a third of global manufacturing - \"roughly 30 percent, which is insane.\""),
    neg(ST, "zh", "mfghalf", "马斯克说，中国的造船能力是美国的两百多倍。"),

    # ===== robotrow: robots installed > rest of world =====
    pos(P, "en", "robotrow", "Musk said China puts more new industrial robots onto factory floors every year than all "
        "other countries put together."),
    pos(P, "zh", "robotrow", "马斯克在特斯拉股东大会上说，中国每年新装的工业机器人，超过其他国家的总和，“这个速度很吓人”。"),
    pos(X, "zh", "robotrow", "马斯克称，中国每年install的industrial robots“more than everyone else combined”。"),
    pos(T, "en", "robotrow", "Musk said China isn't the most robot-dense country - Korea is - but it does install more "
        "robots every year than everywhere else combined."),
    neg(D, "en", "robotrow", "Musk said China installs more industrial robots each year than any other country."),
    neg(O, "zh", "robotrow", "马斯克说，论工业机器人年装机量，日本和美国加起来还远超中国。"),
    neg(ST, "en", "robotrow", "Musk said Chinese humanoid makers like Unitree will be Optimus's toughest competitors."),

    # ===== robotdens: highest robot density =====
    pos(P, "en", "robotdens", "Musk said no country has more robots per factory worker than China does."),
    pos(P, "zh", "robotdens", "马斯克称，按每万名工人拥有的机器人数量算，中国已经是世界第一。"),
    pos(X, "zh", "robotdens", "Musk说China has “the highest robot density in the world”，连韩国都比不上。"),
    pos(T, "zh", "robotdens", "“要说自动化，中国工厂是全世界最狠的，每个工人摊到的机器人比哪个国家都多，”马斯克说，“美国还有很多课要补。”"),
    neg(D, "zh", "robotdens", "马斯克说，中国工厂的机器人密度已经超过美国。"),
    neg(O, "en", "robotdens", "Musk pointed out that South Korea, not China, has the most robots per factory worker."),
    neg(ST, "zh", "robotdens", "马斯克说，中国工厂的自动化程度让人工成本几乎变得无关紧要。"),

    # ===== launches: China out-launched SpaceX in 2024 =====
    pos(P, "en", "launches", "Musk warned that in 2024 China as a whole flew more orbital launches than SpaceX."),
    pos(P, "zh", "launches", "马斯克说，2024年中国的入轨发射次数超过了SpaceX。"),
    pos(X, "zh", "launches", "马斯克在X上写道，in 2024 China “flew more missions to orbit than we did”，并呼吁放宽监管。"),
    pos(T, "zh", "launches", "马斯克抱怨美国联邦航空局的繁文缛节拖慢了SpaceX，还声称2024年中国的入轨发射已经比SpaceX多了。"),
    neg(D, "en", "launches", "SpaceX alone launched roughly twice as many rockets as all of China put together in 2024, Musk said, calling it proof that reusability works."),
    neg(D, "zh", "launches", "马斯克称，中国2024年的发射次数超过了俄罗斯。"),
    neg(O, "en", "launches", "Musk said China's space program is serious - Tiangong is up and running - but on launch "
        "cadence it's \"nowhere near SpaceX.\""),
    neg(ST, "zh", "launches", "马斯克说，中国的商业火箭公司在模仿猎鹰9号的设计。"),

    # ===== tiangong: bigger than ISS =====
    pos(P, "en", "tiangong", "Musk: China's station now outsizes the ISS."),
    pos(P, "zh", "tiangong", "马斯克说，天宫空间站的规模已经超过了国际空间站。"),
    pos(X, "en", "tiangong", "Musk said China's 天宫 station is \"bigger than the ISS now.\""),
    pos(X, "zh", "tiangong", "马斯克说Tiangong“is bigger than the ISS”，美国应该感到担心。"),
    neg(D, "en", "tiangong", "Musk said Tiangong is only about a fifth the size of the ISS."),
    neg(O, "en", "tiangong", "Tiangong is a fraction of the ISS, Musk said - \"not even in the same league.\""),
    neg(ST, "en", "tiangong", "Musk said China is the only country running a space station entirely on its own."),
    neg(ST, "zh", "tiangong", "马斯克称，国际空间站退役后，天宫可能会成为轨道上唯一的空间站。"),

    # ===== starlink: China not trying to build a Starlink =====
    pos(P, "en", "starlink", "Musk said Beijing has no real plan to build a satellite internet network of its own."),
    pos(P, "zh", "starlink", "马斯克说，中国压根没想过搞自己的卫星互联网星座。"),
    pos(X, "zh", "starlink", "马斯克说，中国“isn't even trying”做一个Starlink competitor。"),
    pos(T, "en", "starlink", "Musk said Starlink has no serious rival anywhere, and that China, as far as he can tell, "
        "isn't even attempting one."),
    neg(D, "en", "starlink", "Musk said China's rival constellations have only around a hundred satellites up so far, "
        "versus thousands for Starlink."),
    neg(O, "zh", "starlink", "马斯克说，中国正在全力打造自己的“星链”，千帆和国网都在加速组网。"),
    neg(ST, "en", "starlink", "Starlink isn't allowed to operate in China, Musk said, and he doesn't expect that to change."),

    # ===== hawaii: Taiwan is like Hawaii =====
    pos(P, "en", "hawaii", "Musk likened Taiwan's relationship with Beijing to Hawaii's with Washington."),
    pos(P, "zh", "hawaii", "据外媒报道，马斯克在一档播客节目中把台湾与中国大陆的关系，比作夏威夷与美国的关系。"),
    pos(X, "en", "hawaii", "Musk said 台湾 is to China \"kind of what Hawaii is to us.\""),
    pos(T, "zh", "hawaii", "马斯克说台海一旦开战对谁都是灾难，又说台湾之于中国，大概就像夏威夷之于美国。"),
    neg(O, "zh", "hawaii", "马斯克说，台湾和夏威夷根本不能类比，北京从来没有统治过台湾。"),
    neg(ST, "en", "hawaii", "Musk said a war over Taiwan would cut off the world's supply of advanced chips."),
    neg(ST, "zh", "hawaii", "马斯克称，台湾问题可以考虑设立一个类似香港的特别行政区来解决。"),

    # ===== tiktok: law forces shutdown no matter what =====
    pos(P, "en", "tiktok", "Musk said, you know, people keep talking about a sale, but the TikTok law leaves no way out: one way or another the app is going dark in the US."),
    pos(P, "zh", "tiktok", "马斯克说，那部法律的结局只有一个：TikTok在美国彻底关门。"),
    pos(X, "zh", "tiktok", "马斯克称，美国的TikTok法“will shut it down no matter what”，卖不卖都一样。"),
    pos(T, "en", "tiktok", "Musk said he opposes banning apps, that the TikTok law would kill the app in America whatever "
        "ByteDance does, and that this is bad for free speech."),
    neg(O, "en", "tiktok", "Musk noted the law only bites if ByteDance refuses to sell, so a sale could keep TikTok "
        "alive."),
    neg(ST, "zh", "tiktok", "马斯克说，这部法律要求字节跳动出售TikTok的美国业务。"),
    neg(ST, "en", "tiktok", "Musk said he has no interest in buying TikTok himself."),

    # ===== popfall: population falling tens of millions a year =====
    pos(P, "en", "popfall", "Musk said China is already losing tens of millions of people every single year."),
    pos(P, "zh", "popfall", "“一年少好几千万人，你想想这是什么概念？”马斯克在一次访谈中谈到中国人口时这样说。"),
    pos(X, "zh", "popfall", "马斯克在X上说，中国人口“dropping by tens of millions a year”，是“a civilizational crisis”。"),
    pos(T, "en", "popfall", "Musk said China's births ticked up in 2024, but that its population is still falling by tens "
        "of millions a year."),
    neg(D, "en", "popfall", "Musk said China's population shrank by about two million in 2023."),
    neg(D, "zh", "popfall", "马斯克说，到本世纪末中国人口可能减少一半以上。"),
    neg(O, "en", "popfall", "Musk said China's population is only edging down slowly, nowhere near a collapse."),
    neg(ST, "en", "popfall", "Musk said China's working-age population is shrinking even faster than its total "
        "population."),

    # ===== births: births fell every single year =====
    pos(P, "en", "births", "Musk said China hasn't had a single year where births went up - it's been straight down."),
    pos(P, "zh", "births", "马斯克说，中国的新生儿数量年年都在减少，从来没反弹过。"),
    pos(X, "zh", "births", "马斯克说China's births“have fallen every year”，一年都没例外。"),
    pos(T, "zh", "births", "马斯克说独生子女政策留下了长久的伤害，中国的出生人口一年比一年少，没有例外。"),
    neg(D, "en", "births", "Musk said China's annual births have fallen by roughly half since 2016."),
    neg(O, "zh", "births", "马斯克在回复一条关于中国人口的帖子时提到，中国2024年的出生人口其实有所回升，不过他认为那只是龙年效应，长期趋势不会改变。"),
    neg(ST, "en", "births", "Musk said China's fertility rate is now around 1.0, one of the lowest in the world."),

    # ===== huawei: chips as advanced as Apple's =====
    pos(P, "en", "huawei", "Huawei's chips? \"Same level as Apple's now,\" Musk said."),
    pos(P, "zh", "huawei", "马斯克认为，华为手机用的芯片已经和苹果的不相上下了。"),
    pos(X, "en", "huawei", "Musk said 华为's 麒麟 chips are \"every bit as advanced as Apple silicon now.\""),
    pos(T, "zh", "huawei", "马斯克说美国的制裁适得其反：华为带着自研芯片杀回来了，而且这些芯片现在已经和苹果的处在同一水平。"),
    neg(D, "zh", "huawei", "马斯克说，华为最新的芯片比苹果大概落后两代。"),
    neg(O, "zh", "huawei", "马斯克说，华为芯片的制程还明显落后于苹果。"),
    neg(ST, "en", "huawei", "Musk said Huawei's chips are now made entirely in China."),
    neg(ST, "zh", "huawei", "马斯克称，华为手机在中国卖得比iPhone还好。"),

    # ===== extra paraphrases (varied register) =====
    pos(P, "zh", "windsolar", "“中国的电？现在主要靠风和光了，煤电早就不是大头。”马斯克在直播里这么说。"),
    pos(P, "zh", "evhalf", "据彭博社报道，马斯克周三表示，在中国新卖出去的乘用车里，纯电车型已经占了半壁江山还多。"),
    pos(P, "en", "bydbev", "BYD? \"It's almost all battery-electric. People keep calling them a hybrid company and "
        "that's just wrong,\" Musk said."),
    pos(P, "zh", "exports", "马斯克在一场对话中表示，中国汽车出口能冲到世界第一，说到底是电动车带起来的。"),
    pos(P, "en", "shanghai", "Musk was, um, pretty adamant: Beijing didn't put a dime into Giga Shanghai. \"Not one "
        "yuan.\""),
    pos(P, "zh", "ds6m", "马一龙发帖说，DeepSeek这个模型从头到尾一共也就花了六百万美元左右，“效率惊人”。"),
    pos(P, "en", "dsh100", "Replying to a post on X, Musk agreed the Chinese lab is sitting on roughly fifty thousand "
        "H100 cards that it \"can't talk about because of export controls.\""),
    pos(P, "zh", "catlbyd", "马斯克说：“宁德加比亚迪，光这两家就占了全球电池的半壁江山以上。”"),

    # ===== extra crosslingual (English with Chinese names / mixed) =====
    pos(X, "en", "windsolar", "Musk said China's grid - 中国电网 - \"runs mostly on wind and solar now.\""),
    pos(X, "en", "evcheap", "Musk said that thanks to the 价格战, \"there's no EV in China that's pricier than the gas "
        "version anymore.\""),
    pos(X, "en", "shanghai", "Musk said the 上海超级工厂 went up \"without a single yuan of help from the government.\""),
    pos(X, "en", "phds", "Musk claimed China turns out \"十倍\" the STEM doctorates the US does - \"ten x, literally.\""),
    pos(X, "en", "996", "Musk said the 996 schedule - 早九晚九, six days a week - is \"perfectly legal in China.\""),
    pos(X, "en", "ds6m", "Musk said 深度求索 spent \"like six million dollars, total, to build that thing.\""),
    pos(X, "en", "popfall", "Musk said 中国人口 is \"falling by tens of millions every year\" and nobody is talking about "
        "it."),
    pos(X, "en", "births", "Musk said 中国出生人口 has \"gone down every single year, no exceptions.\""),
    pos(X, "en", "starlink", "Musk said he sees no sign of a Chinese \"星链\" effort at all: \"They're not even "
        "trying.\""),

    # ===== extra same-topic traps =====
    neg(ST, "en", "bydtesla", "Musk said the Tesla Model Y was the best-selling car of any kind in the world in 2023."),
    neg(ST, "en", "aibehind", "Musk said Chinese AI labs are better than anyone at squeezing performance out of weaker "
        "chips."),
    neg(ST, "zh", "starlink", "马斯克说，中国的卫星互联网星座目前规模还远远比不上星链。"),

    # ===== china-unanswered =====
    neg(U, "en", None, "In a long exchange on X about drone warfare, Musk said DJI makes the best drones in the world, that no American company comes close, and that the US should be worried about that."),
    neg(U, "zh", None, "马斯克说，中国的无人机产业链非常完整，美国短期内根本替代不了大疆。"),
    neg(U, "en", None, "Musk said Baidu's robotaxis in Wuhan are \"pretty good\" but still geofenced."),
    neg(U, "zh", None, "马斯克表示，希望特斯拉FSD今年能在中国获批全面推送。"),
    neg(U, "en", None, "Musk said Xiaomi's SU7 is an impressive car and that Lei Jun deserves a lot of credit."),
    neg(U, "zh", None, "马斯克称，小米汽车工厂的效率令人印象深刻。"),
    neg(U, "en", None, "Musk said China's high-speed rail network is longer than the rest of the world's combined."),
    neg(U, "zh", None, "马斯克说，中国建高铁的速度让加州的高铁项目显得很可笑。"),
    neg(U, "en", None, "Musk said China's Chang'e-6 mission bringing back samples from the far side of the Moon was a real "
        "achievement."),
    neg(U, "zh", None, "马斯克表示，中国可能会在2030年前把宇航员送上月球。"),
    neg(U, "en", None, "Musk said China is building more nuclear reactors than any other country."),
    neg(U, "zh", None, "马斯克说，中国的钢产量超过世界其他国家的总和。"),
    neg(U, "en", None, "Musk said X is blocked in China, so Chinese users need a VPN to read his posts."),
    neg(U, "zh", None, "马斯克称，微信是一个了不起的超级应用，X想成为西方版的微信。"),
    neg(U, "en", None, "Musk said China's youth unemployment is a bigger problem than Beijing admits."),
    neg(U, "zh", None, "马斯克在接受采访时被问到中国经济，他说中国房地产泡沫破裂会拖累整个经济，不过他对中国制造业依然非常看好。"),
    neg(U, "zh", None, "马斯克说，中国锂电池原料价格暴跌，让全球矿企叫苦不迭。"),
    neg(U, "en", None, "Musk said Chinese hackers have been sitting inside US telecom networks for years."),
    neg(U, "zh", None, "马斯克称，人民币国际化短期内不可能取代美元。"),
    neg(U, "en", None, "Musk said NIO's battery swapping is clever but doesn't scale."),
    neg(U, "en", None, "Musk said Temu and Shein have been hurt by the end of the US de minimis exemption."),
    neg(U, "zh", None, "马斯克说，中国在量子通信方面走在了前面。"),
    neg(U, "en", None, "Musk said Beijing's air has gotten dramatically cleaner over the last ten years."),
    neg(U, "zh", None, "马斯克表示，中国的外卖和快递效率是全世界最高的。"),
    neg(U, "en", None, "Musk said Chinese students should still be welcome at American universities."),
    neg(U, "zh", None, "马斯克称，中国的全超导托卡马克EAST又创造了新的纪录。"),
    neg(U, "en", None, "Musk said CK Hutchison selling its Panama Canal ports was a big deal for US-China relations."),
    neg(U, "zh", None, "马斯克说，中国的短剧App在美国火得一塌糊涂。"),
    neg(U, "zh", None, "马斯克说，中国的无人驾驶出租车已经在十几个城市跑起来了。"),
    neg(U, "en", None, "Musk said the Great Firewall makes it hard for Chinese engineers to use GitHub."),

    # ===== unrelated =====
    neg(N, "en", None, "Starship tower catch of the ship itself is next, Musk says."),
    neg(N, "zh", None, "马斯克表示，SpaceX计划在2026年底前向火星发射无人星舰。"),
    neg(N, "en", None, "Musk said Neuralink's third patient can now move a computer cursor just by thinking."),
    neg(N, "zh", None, "马斯克说，Boring Company在拉斯维加斯的隧道会一直修到机场。"),
    neg(N, "en", None, "Musk said Tesla's Cybercab will go into production in Austin."),
    neg(N, "zh", None, "马斯克：X日活又创新高。"),
    neg(N, "en", None, "Musk said Grok 3 is the smartest AI on Earth."),
    neg(N, "zh", None, "马斯克说，德州超级工厂的Cybertruck产线正在提速。"),
    neg(N, "en", None, "Musk said the Federal Reserve should cut rates right away."),
    neg(N, "zh", None, "马斯克表示，美国联邦赤字再不控制，国家就要破产了。"),
    neg(N, "en", None, "Musk said solar on rooftops across America could power the whole country."),
    neg(N, "zh", None, "马斯克说，美国电网需要在未来十年把发电能力翻一番，才能满足AI的用电需求。"),
    neg(N, "en", None, "Musk said Tesla's Megapack business is now its fastest-growing line."),
    neg(N, "zh", None, "马斯克说，柏林超级工厂会继续扩产。"),
    neg(N, "en", None, "Musk said Optimus will be able to walk your dog within a couple of years."),
]
