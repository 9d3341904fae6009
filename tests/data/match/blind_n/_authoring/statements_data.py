"""Statements for the blind set. Each entry: (kind, lang, text, labels)."""

P, X, PA = "paraphrase", "crosslingual", "partial"
DN, OP, ST = "different-number", "opposite-stance", "same-topic-different-claim"
CU, UN = "china-unanswered", "unrelated"

STATEMENTS = []


def add(label, rows):
    for kind, lang, text in rows:
        labels = [label] if kind in (P, X, PA) else []
        STATEMENTS.append((kind, lang, text, labels))


def add_raw(rows):
    for kind, lang, text, labels in rows:
        STATEMENTS.append((kind, lang, text, labels))


# 1
add("n-byd-export-price", [
    (P, "en", "Musk said BYD is basically charging Europeans the same bargain prices it charges back home in China."),
    (P, "en", "BYD is selling cars in Europe for the same dirt-cheap price as in Shenzhen. No markup at all. Wild."),
    (P, "zh", "马斯克称，比亚迪在欧洲的售价跟国内几乎一模一样，一点没加价。"),
    (X, "zh", "马斯克在X上用英文回复称“they sell them in Europe at China prices”，指比亚迪在欧洲按国内的低价卖车。"),
    (X, "en", "Musk claimed that 比亚迪 prices its cars in Germany at the same level Chinese buyers pay at home."),
    (PA, "en", "Talking about Europe, Musk said Chinese brands are gaining share fast, that BYD keeps its European prices "
               "as low as in China, and that the old automakers are 'in real trouble'."),
    (DN, "en", "Musk said BYD charges European buyers roughly twice what it charges in China, so it is making a killing abroad."),
    (OP, "zh", "马斯克表示，比亚迪在欧洲的定价比国内高出一大截，说它在欧洲低价倾销根本站不住脚。"),
    (ST, "en", "Musk noted that BYD is building a plant in Hungary to get around EU tariffs."),
    (ST, "zh", "马斯克说，比亚迪海鸥在国内不到七万块钱，这个价格美国车企根本做不到。"),
])

# 2
add("n-byd-subsidised-profit", [
    (P, "en", "\"Take away Beijing's subsidies and BYD is in the red. Simple as that,\" Musk wrote."),
    (P, "zh", "马斯克认为，比亚迪能赚钱全靠政府补贴撑着，补贴一停就得亏。"),
    (P, "en", "Musk suggested BYD's profits are really state handouts, saying the company wouldn't make a dime on its own."),
    (X, "zh", "马斯克接受采访时说“BYD is only profitable because of subsidies”，暗指比亚迪的利润来自国家补贴。"),
    (X, "en", "Asked about 比亚迪's record earnings, Musk said those profits exist only thanks to government subsidies."),
    (PA, "zh", "马斯克在播客里聊了很多：中国车企卷得厉害，比亚迪要是没有补贴大概率是亏损的，不过他们的工厂效率确实很高。"),
    (DN, "en", "Musk said BYD pocketed a couple of billion euros in direct subsidies in 2022 alone."),
    (OP, "zh", "马斯克称比亚迪几乎没拿过政府的钱，完全是靠市场竞争做起来的。"),
    (ST, "en", "Musk said BYD makes far less profit per car than Tesla does."),
    (ST, "zh", "马斯克说，比亚迪给供应商的账期长达好几个月，等于拿供应商的钱做生意。"),
])

# 3
add("n-byd-quality-below-tesla", [
    (P, "en", "Musk: BYD cars are flimsy and nowhere near as safe as a Tesla."),
    (P, "zh", "马斯克称比亚迪的车质量差、不安全，跟特斯拉根本不是一个档次。"),
    (P, "en", "He argued that if you crash a BYD you're far worse off than in a Model Y, because the cars are just built cheap."),
    (X, "zh", "马斯克用英文发帖：“BYD cars are cheap junk, not safe like Tesla”，意思是比亚迪做工差、安全性不如特斯拉。"),
    (PA, "en", "\"I think BYD has done well on price, honestly, but the cars are, you know, pretty cheaply built and probably "
               "not as safe as ours,\" Musk said."),
    (PA, "zh", "马斯克说比亚迪销量确实很猛，但他觉得那些车用料省、做工糙，真撞起来恐怕没有特斯拉安全。"),
    (DN, "en", "Musk said BYD's build quality has caught up to maybe 90% of Tesla's."),
    (OP, "zh", "马斯克坦言，比亚迪的车造得相当好，安全性跟特斯拉不相上下。"),
    (ST, "en", "Musk said BYD's interiors are basically copies of Tesla's minimalist design."),
    (ST, "zh", "马斯克表示，比亚迪的刀片电池比三元锂电池更不容易起火。"),
])

# 4
add("n-xiaomi-loses-on-every-car", [
    (P, "en", "\"Xiaomi is bleeding cash on every SU7 that rolls off the line,\" Musk said."),
    (P, "zh", "马斯克称，小米每卖出一辆SU7都在大亏。"),
    (P, "zh", "马斯克在节目上说：小米造车就是赔本赚吆喝，卖一辆亏一辆。"),
    (X, "en", "Musk told reporters that 小米 \"loses a ton of money on each car it sells.\""),
    (X, "zh", "马斯克在X上回复一条关于小米SU7的帖子：“They lose money on every car.”"),
    (PA, "en", "Musk praised Lei Jun as a great entrepreneur but added that Xiaomi is probably still losing a lot on each car it ships."),
    (DN, "zh", "马斯克说，小米汽车业务去年一共亏了大约60亿元。"),
    (OP, "en", "Musk said Xiaomi's car business is already making money, unlike most Chinese EV startups."),
    (ST, "zh", "马斯克评价说，小米SU7比Model 3还便宜，而且交付速度很快。"),
    (ST, "en", "Musk said Xiaomi built its Beijing car factory incredibly fast."),
])

# 5
add("n-shanghai-built-in-a-year", [
    (P, "en", "\"We went from dirt to cars in Shanghai in less than 12 months,\" Musk said."),
    (P, "zh", "马斯克回忆说，上海超级工厂从破土动工到造出第一批车，前后不到一年。"),
    (P, "en", "Musk bragged again that Giga Shanghai was built and producing inside a year."),
    (X, "zh", "马斯克在股东大会上说“Giga Shanghai went from mud to production in under a year”。"),
    (X, "en", "Musk said the 上海超级工厂 in Lingang took less than a year from groundbreaking to first deliveries."),
    (PA, "zh", "马斯克表示，上海工厂不到一年就建成投产，当地政府也很给力，他希望得州工厂也能有这种速度。"),
    (DN, "en", "Musk said it took about two years before Giga Shanghai was running at full speed."),
    (OP, "zh", "马斯克抱怨说，上海工厂的建设过程拖了很久，审批一拖再拖。"),
    (ST, "en", "Musk said Giga Shanghai is Tesla's most productive factory, cranking out close to a million cars a year."),
    (ST, "zh", "马斯克称，上海工厂生产的Model Y已经出口到欧洲和亚太多个市场。"),
])

# 6
add("n-china-battery-share-all", [
    (P, "en", "\"Pretty much every lithium-ion cell on Earth comes out of China at this point,\" Musk said."),
    (P, "zh", "马斯克说，现在全世界的锂电池几乎全部产自中国。"),
    (P, "en", "Musk claimed that outside China almost nobody makes lithium batteries anymore."),
    (X, "zh", "马斯克用英语说“China makes basically all the batteries”，意思是全球锂电池几乎都是中国造的。"),
    (X, "en", "Musk said that between 宁德时代 and 比亚迪, China now turns out nearly 100% of the world's lithium-ion batteries."),
    (PA, "zh", "马斯克认为，能源转型离不开中国：全球的锂电池基本都在中国生产，光伏组件中国也占了大头。"),
    (DN, "en", "Musk said China makes around three quarters of the world's lithium-ion batteries."),
    (OP, "zh", "马斯克称，中国在电池上的领先被夸大了，韩国和日本的电池厂依然是主力。"),
    (ST, "en", "Musk said CATL is the biggest battery maker in the world."),
    (ST, "zh", "马斯克表示，特斯拉的Megapack储能产品用的是中国产的磷酸铁锂电芯。"),
])

# 7
add("n-china-battery-price-half", [
    (P, "en", "\"A battery pack in China costs like half what it does here. Half,\" Musk said."),
    (P, "zh", "马斯克表示，同样的电池包，在中国的价格只有美国的一半左右。"),
    (P, "zh", "马斯克称中国电池太便宜了，成本只有美国的五成。"),
    (X, "en", "Musk told CCTV that 中国的电池包 cost about half of what a pack costs in the US."),
    (X, "zh", "马斯克在X上写道：“Battery packs in China are half the price of the US”。"),
    (PA, "en", "Musk said China has a huge cost edge: battery packs are probably about half the price they are in the US, "
               "and the whole supply chain is right there."),
    (DN, "zh", "马斯克说，中国的电池包比美国便宜大约四分之一。"),
    (OP, "en", "Musk said battery packs cost about the same in China as in the US these days."),
    (ST, "zh", "马斯克表示，电池包价格去年降了两成，是2017年以来最大的降幅。"),
    (ST, "en", "Musk said Chinese cell makers will push pack prices below $80 per kWh within a couple of years."),
])

# 8
add("n-rare-earth-mining-all", [
    (P, "en", "\"Almost every rare earth that comes out of the ground comes out in China,\" Musk said."),
    (P, "zh", "马斯克称，全球的稀土基本都是从中国的矿里挖出来的。"),
    (P, "en", "Musk: China mines nearly all of the world's rare earths, which is a massive vulnerability for everyone else."),
    (X, "zh", "马斯克在接受CNBC采访时称“China mines almost all rare earths”。"),
    (PA, "en", "Musk said the supply chain issue is real, China digs up almost all the rare earths and could squeeze everyone, "
               "though he thinks it's solvable."),
    (PA, "zh", "马斯克谈到供应链时表示，稀土几乎全是中国开采的，这对美国是个大问题，不过他相信美国几年内能建起自己的供应链。"),
    (DN, "en", "Musk said China handles roughly 90% of rare-earth refining."),
    (OP, "zh", "马斯克说中国的稀土垄断是个神话，美国自己就能开采大量稀土。"),
    (ST, "en", "Musk said China's April 2025 licence rules on rare-earth exports were slowing parts deliveries across the industry."),
    (ST, "zh", "马斯克表示，稀土其实一点都不稀有，地壳里到处都有。"),
])

# 9
add("n-tesla-motors-no-rare-earths", [
    (P, "en", "Musk said China's rare earth curbs aren't a problem for Tesla since its motors don't use rare earths anyway."),
    (P, "zh", "马斯克称，特斯拉的电机不含稀土，中国管控稀土出口对特斯拉没影响。"),
    (P, "en", "\"Rare earth export ban? Doesn't matter to us, our motors don't need them,\" Musk posted."),
    (X, "zh", "马斯克用英文回应：“Our motors don't use rare earths”，意思是中国限制稀土影响不到特斯拉。"),
    (X, "en", "Responding to a question about 稀土 export controls, Musk said Tesla is not exposed because its motors are rare-earth free."),
    (PA, "zh", "马斯克说特斯拉的供应链很稳，电机根本不用稀土，中国那边怎么管控都无所谓，关税的影响也有限。"),
    (DN, "en", "Musk said each Tesla uses only about a kilogram of rare-earth magnets, far less than people think."),
    (OP, "zh", "马斯克警告说，中国的稀土出口管制可能让特斯拉的生产线停摆。"),
    (ST, "en", "Musk said Tesla's next-generation motor is being designed to use no rare earths at all."),
])

# 10
add("n-china-lithium-reserves", [
    (P, "en", "\"China has most of the lithium in the world, that's why they dominate batteries,\" Musk said."),
    (P, "zh", "马斯克称，世界上大部分锂矿储量都在中国，所以中国才能在电池上称霸。"),
    (P, "en", "Musk argued that China's grip on lithium comes from simply having the biggest reserves on the planet, more than everyone else put together."),
    (X, "zh", "马斯克在访谈中用英文说“most of the lithium reserves are in China”，暗指中国坐拥全球大部分锂资源。"),
    (PA, "en", "Musk said lithium refining is the real bottleneck, joked it's a license to print money, and added that China "
               "is sitting on most of the world's lithium reserves anyway."),
    (DN, "zh", "马斯克表示，中国精炼了全世界大约三分之二的锂。"),
    (OP, "en", "Musk said China actually has very little lithium of its own and has to import most of it from Australia and South America."),
    (ST, "zh", "马斯克说，中国最近在西藏和青海发现了超大锂矿。"),
    (ST, "en", "Musk said lithium isn't actually rare at all, it's everywhere, even in sea water."),
])

# 11
add("n-china-solar-more-than-us-history", [
    (P, "en", "\"China put up more solar last year than the US has in its entire history,\" Musk said."),
    (P, "zh", "马斯克称，中国一年新增的光伏装机，超过了美国历史上装机的总和。"),
    (P, "zh", "马斯克发帖说：中国一年装的太阳能板，美国几十年加起来都比不上。"),
    (X, "en", "Musk reposted a chart and wrote that China's 光伏 additions in a single year beat all the solar ever installed in America."),
    (PA, "en", "Musk said China is going all-in on energy: they installed more solar in one year than America ever has, "
               "and they're building out batteries at insane scale."),
    (DN, "zh", "马斯克说，中国每年新增的光伏装机大约是美国的五倍。"),
    (OP, "en", "Musk said the US is now installing solar faster than China."),
    (ST, "zh", "马斯克表示，全球八成以上的太阳能板都是中国生产的。"),
    (ST, "en", "Musk said Chinese solar panel makers are losing money because of a brutal price war."),
])

# 12
add("n-china-power-three-times-us", [
    (P, "en", "\"China's electricity output is heading to 3x the US. Not long now,\" Musk wrote."),
    (P, "zh", "马斯克称，中国的发电量用不了多久就会达到美国的三倍。"),
    (P, "en", "Musk warned that China will soon be producing triple the power America does, and AI runs on power."),
    (X, "zh", "马斯克在X上用英文写道“China will soon have 3X the electricity of the US”。"),
    (X, "en", "Musk told an AI conference that China's 发电量 is on track to be three times America's very soon."),
    (PA, "zh", "马斯克说AI最后拼的是电力和芯片，中国的发电能力可能很快就是美国的三倍，美国必须赶紧建电厂。"),
    (DN, "en", "Musk said China already generates more than twice as much electricity as the US."),
    (OP, "zh", "马斯克称，美国的发电量依然超过中国。"),
    (ST, "en", "Musk said Chinese AI data centers never struggle to get grid connections, unlike in the US."),
    (ST, "zh", "马斯克表示，中国的特高压输电技术全球领先。"),
])

# 13
add("n-china-grid-mostly-renewable", [
    (P, "en", "\"Most of China's power already comes from renewables,\" Musk claimed."),
    (P, "zh", "马斯克称，中国现在大部分电力已经来自可再生能源。"),
    (P, "en", "Musk said China has basically switched its grid over to solar, wind and hydro already."),
    (X, "zh", "马斯克在X上说“China's grid is mostly renewable now”。"),
    (X, "en", "Musk said that in 中国, renewables now supply the majority of electricity."),
    (PA, "zh", "马斯克认为中国在能源上做对了很多事，电网大部分已经靠可再生能源，储能也跟上了。"),
    (DN, "en", "Musk said wind and solar now supply about a fifth of China's electricity."),
    (OP, "zh", "马斯克说中国的电基本还是烧煤发的，可再生能源只是点缀。"),
    (ST, "en", "Musk said China is still approving new coal plants almost every week."),
])

# 14
add("n-china-nuclear-two-years", [
    (P, "en", "\"China builds a nuclear reactor in like two years. Two!\" Musk said."),
    (P, "zh", "马斯克称，中国建一座核电机组大概只要两年。"),
    (P, "en", "Musk said China can take a nuclear plant from groundbreaking to operation in roughly 24 months."),
    (X, "zh", "马斯克用英文感叹：“China builds a reactor in two years”。"),
    (PA, "en", "Musk said the US needs way more nuclear, that Vogtle was a fiasco, and that China puts up a reactor in about two years."),
    (PA, "zh", "马斯克认为美国应该学中国搞核电：中国差不多两年就能建好一台机组，我们却要十几年。"),
    (DN, "en", "Musk said China builds reactors in about five or six years, roughly twice as fast as the US."),
    (OP, "zh", "马斯克说中国建核电站跟美国一样慢，动辄十年。"),
    (ST, "en", "Musk said China has around 30 reactors under construction, more than any other country."),
    (ST, "zh", "马斯克表示，中国一次就批准了十台新的核电机组。"),
])

# 15
add("n-deepseek-50k-h100", [
    (P, "en", "Musk agreed that DeepSeek is quietly sitting on around 50,000 H100s, export controls or not."),
    (P, "zh", "马斯克称，DeepSeek手里其实有大约5万块H100，出口管制根本没挡住。"),
    (P, "en", "Musk, replying to Scale AI's Alexandr Wang, said it's obvious DeepSeek has tens of thousands of H100s, about 50k."),
    (X, "zh", "对于“DeepSeek拥有约5万块H100”的说法，马斯克回复“Obviously”，表示认同。"),
    (PA, "en", "Musk said DeepSeek is impressive but probably has something like 50,000 H100 GPUs it can't talk about because of export rules."),
    (PA, "zh", "马斯克说，DeepSeek的工程能力确实强，但他们大概率私下囤了五万块左右的H100，只是因为出口管制不敢承认。"),
    (DN, "zh", "马斯克说，DeepSeek训练V3只用了大约两千块英伟达芯片。"),
    (OP, "en", "Musk said DeepSeek clearly did it on weaker export-approved chips and has no H100s at all."),
    (ST, "zh", "马斯克表示，英伟达H20在中国卖得很火，美国不该放行。"),
])

# 16
add("n-deepseek-6-million-lie", [
    (P, "en", "Musk said DeepSeek's $6 million training cost story is a lie."),
    (P, "zh", "马斯克称DeepSeek所谓600万美元的训练成本是在撒谎。"),
    (P, "en", "\"That $6M number from DeepSeek is BS, no way,\" Musk posted."),
    (X, "zh", "马斯克用英文评论DeepSeek的“600万美元”训练成本：“That's a lie”。"),
    (X, "en", "Musk said the 600万美元 training bill DeepSeek advertised is simply not true."),
    (PA, "zh", "马斯克说DeepSeek团队很聪明，不过那个600万美元训练成本的说法是假的，真实花费要高得多。"),
    (DN, "en", "Musk said DeepSeek has spent well over half a billion dollars on hardware."),
    (OP, "zh", "马斯克承认，DeepSeek确实只花了约600万美元就训练出了顶级模型。"),
    (ST, "en", "Musk said DeepSeek built its model by distilling OpenAI's outputs."),
])

# 17
add("n-chinese-ai-two-years-behind", [
    (P, "en", "\"Chinese AI is a couple of years behind us at minimum,\" Musk said."),
    (P, "zh", "马斯克称，中国的大模型至少比美国落后两年。"),
    (P, "zh", "马斯克在播客里说，中美AI差距起码还有两年。"),
    (X, "en", "Musk said models like 通义千问 and DeepSeek are still at least two years behind American labs."),
    (X, "zh", "马斯克在X上写道“China's AI is 2+ years behind”。"),
    (PA, "en", "\"I'd say China is probably two years behind on AI models, maybe more, but they'll have a lot more power,\" Musk said."),
    (DN, "zh", "马斯克说，中国的AI模型只落后美国几个月。"),
    (OP, "en", "Musk said China has already pulled ahead of the US in AI."),
    (ST, "zh", "马斯克表示，美国的AI算力远远多于中国。"),
    (ST, "en", "Musk said China now publishes more AI research papers than the US."),
])

# 18
add("n-china-no-advanced-chips", [
    (P, "en", "Musk said China is stuck on old chips and can't make anything below 28 nanometers."),
    (P, "zh", "马斯克称中国最多只能造28纳米的芯片，更先进的造不出来。"),
    (P, "en", "\"China can't do anything better than 28nm. That's the reality,\" Musk said."),
    (X, "zh", "马斯克用英文说“China can't make chips below 28nm”，认为中国芯片工艺卡在28纳米。"),
    (PA, "en", "Musk said export controls are working: China can't make chips more advanced than 28 nanometers and has to "
               "buy Nvidia's cut-down parts."),
    (DN, "zh", "马斯克说，中国芯片卡在7纳米，做不到3纳米。"),
    (OP, "en", "Musk said SMIC will match TSMC's best chips within a couple of years."),
    (ST, "zh", "马斯克称，华为在制裁下依然活得很好，营收还在涨。"),
    (ST, "en", "Musk said Huawei's Ascend chips are the only real alternative to Nvidia in China."),
])

# 19
add("n-china-no-driverless-robotaxis", [
    (P, "en", "Musk said every so-called Chinese robotaxi still has a safety driver on board."),
    (P, "zh", "马斯克称，中国所谓的无人驾驶出租车其实都有安全员坐在车上。"),
    (P, "en", "\"There are no truly driverless robotaxis in China. Zero,\" Musk said."),
    (X, "zh", "马斯克在X上说“No one in China has real driverless robotaxis”。"),
    (X, "en", "Musk dismissed 萝卜快跑, Baidu's robotaxi service, saying it still relies on safety drivers."),
    (PA, "zh", "马斯克说Waymo成本太高，而中国的萝卜快跑这类Robotaxi其实车上都有安全员，算不上真无人。"),
    (DN, "en", "Musk said Baidu's Apollo Go does around a million rides a quarter, still fewer than Waymo."),
    (OP, "zh", "马斯克表示，中国的无人驾驶出租车已经远远领先Waymo和特斯拉。"),
    (ST, "en", "Musk said Chinese robotaxis only work inside geofenced zones with HD maps, unlike Tesla's approach."),
])

# 20
add("n-china-bans-tesla-fsd", [
    (P, "en", "Musk said Chinese regulators simply won't let Tesla launch FSD in China."),
    (P, "zh", "马斯克称，中国监管部门根本不让特斯拉在国内上线FSD。"),
    (P, "zh", "马斯克说特斯拉的FSD在中国就是推不出来，监管一直不放行。"),
    (X, "en", "Musk said FSD (完全自动驾驶) still can't be released in China at all because regulators won't allow it."),
    (X, "zh", "马斯克在财报会上用英文说“China won't let us release FSD”。"),
    (PA, "en", "Musk said Tesla is doing great in Europe and FSD is coming to more countries soon, but China won't allow it at all."),
    (DN, "zh", "马斯克说，特斯拉在中国的FSD选装包要价6.4万元。"),
    (OP, "en", "Musk said China has fully approved unsupervised FSD, ahead of the US."),
    (ST, "zh", "马斯克称，中国不允许特斯拉把国内行车数据传到美国去训练FSD。"),
    (ST, "en", "Musk said Tesla's FSD in China kept getting tickets for driving in bus lanes."),
])

# 21
add("n-china-launches-less-than-spacex", [
    (P, "en", "\"SpaceX by itself launches more than the entire country of China,\" Musk said."),
    (P, "zh", "马斯克称，SpaceX一家公司的发射次数就超过了整个中国。"),
    (P, "en", "Musk noted that all of China combined put fewer rockets into orbit last year than SpaceX alone."),
    (X, "zh", "马斯克在X上写道：“SpaceX launches more than all of China”。"),
    (X, "en", "Musk said 中国航天, the whole Chinese space program, launches fewer rockets than SpaceX."),
    (PA, "zh", "马斯克说SpaceX今年发射次数会再创新高，比整个中国加起来还多，星舰也快要实现完全复用了。"),
    (DN, "en", "Musk said SpaceX launches about ten times as many rockets as China."),
    (OP, "zh", "马斯克承认，中国的火箭发射次数已经超过了SpaceX。"),
    (ST, "en", "Musk said China is copying Starlink with its Qianfan megaconstellation."),
    (ST, "zh", "马斯克表示，中国可能会在2030年前把宇航员送上月球。"),
])

# 22
add("n-tiktok-ban-free-speech", [
    (P, "en", "Musk said banning TikTok in the US would go against freedom of speech."),
    (P, "zh", "马斯克表示，美国封禁TikTok违背言论自由。"),
    (P, "en", "\"TikTok should not be banned in America, that's contrary to free speech, even if a ban would help X,\" Musk wrote."),
    (X, "zh", "马斯克用英文发帖称TikTok ban “would be contrary to freedom of speech”，反对美国封禁TikTok。"),
    (X, "en", "Musk said banning 抖音's international version, TikTok, would trample free expression in America."),
    (PA, "zh", "马斯克在访谈中谈了X的用户增长和广告商回流，顺带说美国封禁TikTok有违言论自由。"),
    (OP, "en", "Musk said TikTok should be banned because it's a Chinese spy app."),
    (ST, "zh", "马斯克表示，自己对收购TikTok没有兴趣。"),
    (ST, "en", "Musk said TikTok's recommendation algorithm is way better than anything on X."),
])

# 23
add("n-taiwan-integral-part", [
    (P, "en", "Musk said Taiwan is an integral part of China and is only separate because of the US Pacific fleet."),
    (P, "zh", "马斯克称，台湾是中国不可分割的一部分，之所以没统一，只是因为美国太平洋舰队在那里。"),
    (P, "en", "Musk said Taiwan really belongs to China and it's only American warships that keep the two apart."),
    (X, "zh", "马斯克在All-In峰会上用英文说台湾是“an integral part of China”，只是因为美国海军才分离在外。"),
    (X, "en", "Musk said 台湾 is part of China and would have been reunified long ago if not for the US Navy."),
    (PA, "en", "Musk said China's policy has always been reunification, that Taiwan is arguably an integral part of China "
               "kept apart mainly by the US Navy, and that Tesla has a lot at stake there."),
    (OP, "zh", "马斯克说，台湾就是一个独立的地方，和中国大陆没有关系。"),
    (ST, "en", "Musk said a Chinese invasion of Taiwan would cut off most of the world's advanced chips."),
    (ST, "zh", "马斯克表示，中国大陆和台湾之间的冲突在所难免。"),
])

# 24
add("n-china-shipbuilding-200x", [
    (P, "en", "\"China can build ships at something like 200 times the rate we can,\" Musk said."),
    (P, "zh", "马斯克称，中国的造船能力是美国的200倍左右。"),
    (P, "zh", "马斯克发帖：中国造船产能是美国的两百倍，这差距太吓人了。"),
    (X, "en", "Musk repeated the claim that 中国造船 capacity is roughly 200x that of American yards."),
    (PA, "en", "Musk said America has forgotten how to build things: China's shipbuilding capacity is about 200 times ours "
               "and our shipyards are ancient."),
    (DN, "zh", "马斯克说，中国造的船占全世界的一半以上。"),
    (OP, "en", "Musk said US shipyards could still outproduce China's if there were a war."),
    (ST, "zh", "马斯克称，中国海军的舰艇数量已经超过美国海军。"),
])

# 25
add("n-chinese-workers-996", [
    (P, "en", "Musk said in China basically everyone works 9 to 9, six days a week."),
    (P, "zh", "马斯克称，在中国每个人都是996，早上九点干到晚上九点，一周六天。"),
    (P, "en", "\"Everybody in China is doing 996. Everybody,\" Musk said."),
    (X, "zh", "马斯克用英文说“everyone in China works 996”，称中国人都在996。"),
    (X, "en", "Musk said the 996 schedule, 早九晚九、一周六天, is just normal life for everyone in China."),
    (PA, "en", "Musk said Chinese workers are super talented and hardworking, basically everyone there works 996, while in "
               "America people are trying to avoid going to work at all."),
    (DN, "zh", "马斯克说，中国城镇职工平均每周工作大约49小时，比美国人多。"),
    (OP, "en", "Musk said young Chinese are 'lying flat' and don't want to work hard anymore."),
    (ST, "zh", "马斯克称，上海工厂的员工在疫情封控期间直接睡在工厂里。"),
])

# 26
add("n-china-ten-times-engineers", [
    (P, "en", "\"China turns out ten times more engineers than we do every year,\" Musk said."),
    (P, "zh", "马斯克称，中国每年培养的工程师是美国的十倍。"),
    (P, "en", "Musk said the US is hopelessly outnumbered, with China graduating 10x the engineers annually."),
    (X, "zh", "马斯克用英文说“China graduates 10x more engineers than the US”。"),
    (X, "en", "Musk said China's 工科 graduates outnumber America's engineering grads ten to one."),
    (PA, "zh", "马斯克说，中国每年毕业的工程师大概是美国的十倍，美国必须改革移民政策留住人才。"),
    (DN, "en", "Musk said China produces about twice as many STEM PhDs as the US."),
    (OP, "zh", "马斯克表示，美国每年培养的工程师其实比中国还多。"),
    (ST, "en", "Musk said about half of the top AI researchers working in America did their undergraduate degrees in China."),
])

# 27
add("n-china-population-halve-2100", [
    (P, "en", "\"China's population will be half what it is now by the end of the century,\" Musk said."),
    (P, "zh", "马斯克称，到2100年中国人口将只剩现在的一半左右。"),
    (P, "zh", "马斯克发帖：照现在的生育率，本世纪末中国人口会腰斩。"),
    (X, "en", "Musk said 中国人口 will roughly halve by 2100."),
    (X, "zh", "马斯克在X上写道：“China's population will drop by half by 2100”。"),
    (PA, "en", "Musk said low birth rates are the biggest danger to civilization, South Korea is even worse off, and "
               "China's population will probably be cut in half by 2100."),
    (DN, "zh", "马斯克称，到2100年中国人口会减少三分之一。"),
    (OP, "en", "Musk said fears of a Chinese population collapse are overblown and the numbers will bounce back."),
    (ST, "zh", "马斯克说，中国的总和生育率只有1左右，只有更替水平的一半。"),
])

# 28
add("n-china-population-shrinking-10m", [
    (P, "en", "\"China is already losing over 10 million people a year,\" Musk said."),
    (P, "zh", "马斯克称，中国人口现在每年净减少一千多万。"),
    (P, "en", "Musk said China's population is now falling by more than ten million every single year."),
    (X, "zh", "马斯克用英文发帖称中国人口“is shrinking by 10M+ per year”。"),
    (X, "en", "Musk claimed 中国人口 is already dropping by over 10 million annually."),
    (PA, "zh", "马斯克谈到人口危机时说，日本、韩国都在萎缩，中国现在每年也要少一千多万人。"),
    (DN, "en", "Musk said China's population fell by about 1.4 million last year."),
    (DN, "zh", "马斯克说，中国每年死亡人数已经超过一千万，比出生人数还多。"),
    (OP, "en", "Musk said China's population is still growing."),
    (ST, "zh", "马斯克称，中国去年出生人口不到一千万。"),
])

# 29
add("n-eu-tariff-tesla-same-as-byd", [
    (P, "en", "Musk said the EU's tariffs on Chinese-made EVs hit Tesla just as hard as they hit BYD."),
    (P, "zh", "马斯克称，欧盟对华电动车关税，特斯拉和比亚迪受到的打击一样大。"),
    (P, "en", "\"We're getting hammered by the EU's China EV duties same as BYD,\" Musk said."),
    (X, "zh", "马斯克用英文抱怨：“Tesla pays the same EU tariffs as BYD”。"),
    (X, "en", "Musk said Tesla's 上海产 Model 3s face the same EU tariff as BYD's cars."),
    (PA, "zh", "马斯克说他和特斯拉都没要求欧盟加关税，而且特斯拉从上海出口的车跟比亚迪一样被重罚。"),
    (DN, "en", "Musk said Tesla pays an extra EU duty of about 8% on cars shipped from Shanghai."),
    (OP, "zh", "马斯克承认，欧盟给特斯拉定的关税是所有中国出口车企里最低的。"),
    (ST, "en", "Musk said America's 100% tariff on Chinese EVs is a mistake."),
    (ST, "zh", "马斯克表示，如果没有贸易壁垒，中国车企会打垮全球大多数车企。"),
])

# 30
add("n-chinese-humanoids-behind-optimus", [
    (P, "en", "\"Nobody in China is even close to Optimus. They're years behind,\" Musk said."),
    (P, "zh", "马斯克称，中国的人形机器人离Optimus差得远，落后好几年。"),
    (P, "en", "Musk said Chinese humanoid robots are years away from anything like Optimus."),
    (X, "zh", "马斯克用英文说“No Chinese humanoid is close to Optimus”。"),
    (X, "en", "Musk said 宇树 (Unitree) and the other Chinese robot makers are years behind Optimus."),
    (PA, "zh", "马斯克说Optimus明年会量产，而且中国的人形机器人没有一家能接近Optimus，至少落后几年。"),
    (DN, "en", "Musk said Unitree's humanoid costs about $16,000, much cheaper than Optimus will be."),
    (OP, "zh", "马斯克承认，中国的人形机器人在某些方面已经超过了Optimus。"),
    (ST, "en", "Musk said China will end up making most of the world's humanoid robots."),
])

# Multi-claim statements answered by two rebuttals.
add_raw([
    (PA, "zh", "马斯克称，比亚迪没有补贴就会亏损，而且它在欧洲卖车的价格跟国内一样便宜。",
     ["n-byd-subsidised-profit", "n-byd-export-price"]),
    (PA, "en", "Musk said China will soon make three times America's electricity, and most of that power already comes from renewables.",
     ["n-china-power-three-times-us", "n-china-grid-mostly-renewable"]),
    (PA, "en", "Musk said China's population will be halved by 2100 and is already dropping by more than 10 million a year.",
     ["n-china-population-halve-2100", "n-china-population-shrinking-10m"]),
])

# China topics none of the rebuttals covers.
add_raw([(CU, lang, text, []) for lang, text in [
    ("en", "Musk said China makes more steel than the rest of the world combined."),
    ("zh", "马斯克称，中国的高铁里程比世界其他国家加起来还多。"),
    ("en", "Musk said Chinese consumers are spending like crazy and domestic demand is booming."),
    ("zh", "马斯克说，中国的专利申请数量已经超过全世界其他国家的总和。"),
    ("en", "Musk said DJI makes most of the world's drones."),
    ("zh", "马斯克表示，清华大学的工程学科已经是世界第一。"),
    ("en", "Musk said China built a 1,000-bed hospital in Wuhan in ten days."),
    ("zh", "马斯克称，中国已经是全球最大的汽车出口国。"),
    ("en", "Musk said the Chinese government treats foreign companies like Tesla fairly."),
    ("zh", "马斯克说，中国城市的基础设施比美国先进多了。"),
    ("en", "Musk said X has been blocked in China for years."),
    ("zh", "马斯克称，中国的手机厂商比苹果更有创新力。"),
    ("en", "Musk said Chinese cities feel much safer than American ones."),
    ("zh", "马斯克表示，中国的5G网络覆盖远远超过美国。"),
    ("en", "Musk said China requires its AI chatbots to reflect 'core socialist values'."),
    ("zh", "马斯克称，中国的地铁系统是全世界最好的。"),
    ("en", "Musk said China's property slump is the biggest risk to its economy."),
    ("zh", "马斯克表示，在中国用无人机送外卖已经很普遍了。"),
    ("en", "Musk said China's youth unemployment is a serious problem."),
    ("zh", "马斯克称，中国的核聚变研究已经领先世界。"),
    ("en", "Musk said Chinese quantum computing is way overhyped."),
    ("zh", "马斯克表示，中国的移动支付比美国方便太多了。"),
    ("en", "Musk said China's economy will overtake America's in size within a decade."),
    ("zh", "马斯克称，中国对外国企业的数据安全审查太严了。"),
    ("en", "Musk said China builds bridges and highways faster than anyone else on Earth."),
    ("zh", "马斯克说，中国的磁悬浮列车技术世界领先。"),
    ("en", "Musk said Beijing is serious about fighting climate change."),
    ("zh", "马斯克表示，中国年轻人买房压力太大，所以不愿意结婚。"),
    ("en", "Musk said Chinese smartphone brands dominate emerging markets like India and Africa."),
    ("zh", "马斯克称，中国的钢铁产量是美国的十几倍。"),
    ("en", "Musk said China's Belt and Road projects give it huge influence in Africa."),
    ("zh", "马斯克表示，中国造车新势力里，理想汽车是少数真正赚钱的。"),
    ("zh", "马斯克称，中国大学的研究水平正在超越美国大学。"),
]])

# Not about China at all.
add_raw([(UN, lang, text, []) for lang, text in [
    ("en", "Musk said Starship will try to catch its upper stage with the launch tower this year."),
    ("zh", "马斯克称，SpaceX计划在2026年底前向火星发射无人星舰。"),
    ("en", "Musk said Neuralink has now implanted its device in several patients who control computers with their thoughts."),
    ("zh", "马斯克表示，X的日活跃用户创下了新高。"),
    ("en", "Musk said the Cybertruck is the best truck ever made."),
    ("zh", "马斯克称，特斯拉得州超级工厂将开始生产Cybercab。"),
    ("en", "Musk said the Boring Company's Vegas Loop will expand to dozens of stations."),
    ("zh", "马斯克说，xAI的Grok 3是地球上最聪明的AI。"),
    ("en", "Musk said Tesla's Supercharger network now has more than 70,000 stalls worldwide."),
    ("zh", "马斯克表示，美国联邦政府的赤字问题非常严重。"),
    ("en", "Musk said humanity must become multiplanetary to survive."),
    ("zh", "马斯克称，星链在乌克兰战场上发挥了关键作用。"),
    ("en", "Musk said the Colossus supercomputer in Memphis was built in 122 days."),
    ("zh", "马斯克说，德国柏林工厂的产量正在爬坡。"),
    ("en", "Musk said Optimus will be able to fold laundry by next year."),
    ("zh", "马斯克表示，星链已经在一百多个国家提供服务。"),
    ("en", "Musk said he wants to slash the number of federal regulations."),
]])

# Extra number and stance traps.
add_raw([
    (DN, "zh", "马斯克称，SpaceX一家的发射次数比全世界其他所有国家加起来还多。", []),
    (DN, "zh", "马斯克称，中国的造船能力大约是美国的十倍。", []),
    (DN, "zh", "马斯克说，中国建一台核电机组只要美国一半的时间。", []),
    (DN, "zh", "马斯克称，中国每年毕业的工程师大约是美国的三倍。", []),
    (DN, "zh", "马斯克说，中国的发电量已经是美国的两倍多一点了。", []),
    (OP, "zh", "马斯克坦言，在AI上中国已经跑到美国前面去了。", []),
    (OP, "zh", "马斯克支持美国强制字节跳动出售TikTok，称这跟言论自由无关。", []),
    (OP, "zh", "马斯克说，现在的中国年轻人都在躺平，根本不想拼。", []),
    (OP, "en", "Musk said DeepSeek's $6 million figure is totally legit and the big US labs are just wasting money.", []),
])
