"""The 300 statements of blind set V (written by hand; build.py shuffles them with a fixed seed,
numbers them v-001 ... v-300 and writes statements.jsonl).

Each entry: (labels, kind, lang, text). Labels use the short names in R below.
"""

R = {
    "nev": "china-nev-half-means-fully-electric",
    "evexp": "china-exports-most-of-its-evs",
    "carexp": "china-top-car-exporter-thanks-to-evs",
    "catl": "catl-byd-majority-of-ev-batteries",
    "gsh": "giga-shanghai-majority-of-tesla-output",
    "hours": "chinese-workers-twice-american-hours",
    "robinst": "china-installs-more-robots-than-rest-of-world",
    "robden": "china-highest-robot-density",
    "ds6m": "deepseek-six-million-frontier-model",
    "dsh100": "deepseek-50000-h100s",
    "export": "export-controls-stopped-china-advanced-chips",
    "launch": "china-launches-as-often-as-us",
    "moon": "china-crewed-moon-landing-before-artemis",
    "elec3x": "china-three-times-us-electricity",
    "wind2030": "china-will-miss-2030-wind-solar-target",
    "surplus": "tariffs-shrank-china-trade-surplus",
    "imports": "china-still-top-us-import-source",
    "pop10": "china-population-shrinking-for-decade",
    "births": "china-births-fall-every-year",
    "gdpnow": "china-already-largest-economy",
    "gdp2030": "china-economy-overtakes-us-by-2030",
    "taiwan": "taiwan-makes-all-advanced-chips-no-backup",
    "hk": "hong-kong-no-longer-financial-hub",
    "starlink": "starlink-could-bypass-great-firewall",
    "douyin": "china-kids-get-science-only-tiktok",
    "hsr": "china-hsr-more-than-rest-of-world",
    "hsrprofit": "china-bullet-trains-pay-for-themselves",
    "phd": "china-ten-times-us-stem-phds",
    "milmore": "china-outspends-us-on-military",
    "milthird": "china-military-budget-third-of-us-no-threat",
    "co2pc": "china-per-capita-emissions-tiny",
    "co2tot": "china-emits-more-than-us-and-eu-combined",
    "food": "china-imports-most-of-its-food",
}

P, C, T = "paraphrase", "crosslingual", "partial"
DN, OS, ST = "different-number", "opposite-stance", "same-topic-different-claim"
CU, UN = "china-unanswered", "unrelated"

LABELLED = [
    # --- nev: more than half of new cars in China already fully electric
    (["nev"], P, "en", "Musk on the Chinese car market: \"Most people over there buying a new car now get a pure battery car. No engine at all. That's already the majority.\""),
    (["nev"], P, "zh", "马斯克说，在中国买新车的人里，多数已经直接买纯电的了，连发动机都没有。"),
    (["nev"], P, "en", "Gas cars are already the minority in China, and that's not counting hybrids: straight battery EVs alone are past 50% of sales, Musk told the podcast hosts."),
    (["nev"], C, "zh", "马斯克在X上发帖称：“Majority of new cars in China are pure EVs already. No gas, no hybrid.” 并配文“未来已来”。"),
    (["nev"], T, "en", "Musk said battery-only cars are now more than half of China's new-car sales, and that only a small slice of what Chinese factories build actually gets exported."),

    # --- evexp: most Chinese EVs are shipped abroad
    (["evexp"], P, "en", "\"People think China builds EVs for Chinese people. No. The bulk of it is going overseas,\" Musk said."),
    (["evexp"], P, "zh", "马斯克认为，中国电动车产量的大头是卖到国外去的，国内市场只消化了一小部分。"),
    (["evexp"], C, "zh", "马斯克受访时称，中国的电动车“mostly built for export”，也就是说大部分是用来出口的。"),
    (["evexp"], C, "en", "Musk said most of the 新能源车 rolling off Chinese assembly lines are destined for foreign buyers rather than the home market."),
    (["evexp"], T, "en", "Musk warned European carmakers that Chinese manufacturers are sitting on massive overcapacity, that most of the EVs they build end up shipped overseas, and that tariffs alone won't fix it."),

    # --- carexp: China top car exporter because of EVs
    (["carexp"], P, "en", "It was the EVs that let China leapfrog Japan and become the planet's top car exporter, Musk said."),
    (["carexp"], P, "zh", "马斯克表示，中国汽车出口能压过日本拿下全球第一，靠的就是电动车。"),
    (["carexp"], C, "en", "Musk, in remarks widely shared on Weibo, credited 电动车 with turning China into the No. 1 car-exporting nation."),
    (["carexp"], T, "zh", "马斯克称，中国车企的成本控制令人震惊，中国之所以能成为头号汽车出口国，主要就是因为电动车，他预计这些品牌还会在海外继续扩张。"),

    # --- catl: CATL + BYD make more than half of EV batteries
    (["catl"], P, "en", "Two companies. CATL and BYD. Between them, over half the EV batteries on Earth. Wild. - Musk on X"),
    (["catl"], P, "zh", "马斯克说，全世界电动车上装的电池，一大半都出自宁德时代和比亚迪这两家。"),
    (["catl"], C, "zh", "马斯克在财报电话会上提到，CATL加上BYD的全球电池份额已经“well over 50%”。"),
    (["catl"], C, "en", "Musk said 宁德时代 and 比亚迪 between them have cornered more than half the global market for EV batteries."),
    (["catl"], T, "en", "Musk said Tesla will keep sourcing cells from several suppliers, but acknowledged that CATL and BYD together supply more than half of the world's EV batteries, calling that \"a supply-chain risk for everyone.\""),

    # --- gsh: Giga Shanghai builds more than half of Tesla deliveries
    (["gsh"], P, "en", "More than half the Teslas we deliver come out of Shanghai, Musk told shareholders."),
    (["gsh"], P, "zh", "马斯克在股东大会上说，特斯拉全球交付的车，一半以上都是上海工厂造的。"),
    (["gsh"], P, "zh", "“上海是我们最大的工厂，没有之一，现在交付的车大部分出自那里。”马斯克说。"),
    (["gsh"], C, "en", "Musk, speaking at the anniversary of 上海超级工厂, said the plant now accounts for the majority of Tesla's global deliveries."),
    (["gsh"], T, "zh", "马斯克称赞上海团队“极其高效”，说上海工厂的交付量已经占特斯拉全球总量的一半以上，并表示计划明年再次访华。"),

    # --- hours: Chinese workers work twice the hours of Americans
    (["hours"], P, "en", "\"Chinese workers are putting in double the hours of American workers. That's just reality,\" Musk said."),
    (["hours"], P, "zh", "马斯克说，中国工人干活的时间差不多是美国工人的两倍。"),
    (["hours"], P, "en", "No American factory worker comes anywhere near what a Chinese worker puts in: it's twice the time on the job, Musk said."),
    (["hours"], C, "zh", "马斯克在X上发帖：“Chinese workers work 2X the hours of Americans”，引发网友热议。"),
    (["hours"], T, "en", "Musk said the US can't win on labor alone, arguing that workers in China log twice the hours Americans do and are \"extremely talented,\" so automation is the only answer."),

    # --- robinst: China installs more industrial robots per year than rest of world
    (["robinst"], P, "en", "Every year China puts in more new factory robots than everyone else on the planet combined, Musk said."),
    (["robinst"], P, "zh", "马斯克说，没有哪个国家一年新装的工业机器人能跟中国比，其他国家全加起来都不如它。"),
    (["robinst"], C, "zh", "马斯克引用国际机器人联合会的数据说，“China is putting in more factory robots every year than everybody else put together”，称这个趋势“非常惊人”。"),
    (["robinst"], T, "en", "Musk said China puts in more new robots every year than all other countries together, even if South Korea still has more robots per worker."),

    # --- robden: China has the highest robot density
    (["robden"], P, "en", "Musk said no country has automated its factories as heavily as China: \"most robots per worker, anywhere.\""),
    (["robden"], P, "zh", "马斯克称，按每万名工人配多少台机器人来算，中国已经是全球第一了。"),
    (["robden"], C, "en", "In a Weibo-translated clip, Musk says China's 机器人密度 is now the highest in the world."),
    (["robden"], T, "zh", "马斯克谈制造业时说，中国不只是工厂规模大，机器人密度也是全球最高，美国想追上只能靠人形机器人。"),

    # --- ds6m: DeepSeek built OpenAI-class model for ~$6M
    (["ds6m"], P, "en", "Musk: \"DeepSeek trained an OpenAI-class model for roughly the price of a nice house in Palo Alto. Like six million bucks.\""),
    (["ds6m"], P, "zh", "马斯克说，DeepSeek区区六百万美元，就做出了能跟OpenAI掰手腕的模型。"),
    (["ds6m"], P, "en", "A frontier model for about $6 million: that's what DeepSeek pulled off, according to Musk."),
    (["ds6m"], C, "zh", "马斯克回应称，DeepSeek用“about six million dollars”就训练出了顶级模型，硅谷应该感到尴尬。"),
    (["ds6m"], T, "zh", "马斯克说，他不确定DeepSeek手里到底有多少张卡，但只花六百万美元左右就做出媲美OpenAI的模型，这一点是真的。"),

    # --- dsh100: DeepSeek secretly has ~50,000 H100s
    (["dsh100"], P, "en", "Musk agreed that DeepSeek is sitting on roughly fifty thousand H100s it can't talk about because of export controls."),
    (["dsh100"], P, "zh", "五万张H100摆在那儿，谁会信DeepSeek只用了两千张卡？马斯克反问道。"),
    (["dsh100"], C, "zh", "对于“DeepSeek has about 50,000 H100s”的说法，马斯克只回了一个词：“Obviously”。"),
    (["dsh100"], C, "en", "Musk said DeepSeek, the AI lab spun out of 幻方量化, quietly runs about 50k Nvidia H100s that were never supposed to reach China."),
    (["dsh100"], T, "zh", "马斯克说，DeepSeek的效率提升是真的，但被夸大了，这家实验室几乎肯定有大约5万张绕过禁令弄进来的H100。"),

    # --- export: export controls stopped China making advanced chips
    (["export"], P, "en", "\"Thanks to the chip ban, China just can't make leading-edge chips anymore,\" Musk said."),
    (["export"], P, "zh", "马斯克说，美国一卡脖子，中国就再也造不出高端芯片了。"),
    (["export"], C, "en", "Musk told reporters the US curbs have \"basically ended\" advanced chipmaking at 中芯国际 and 华为."),
    (["export"], C, "zh", "马斯克说：“The chip ban basically killed China's ability to make cutting-edge chips.” 但他没有透露更多细节。"),
    (["export"], T, "zh", "马斯克称，出口管制已经让中国没法生产先进芯片，但他同时认为中国会在电力和制造规模上继续领先。"),

    # --- launch: China launches about as often as the US
    (["launch"], P, "en", "China's launch cadence has basically caught up with ours. They fly about as often as we do now, Musk said."),
    (["launch"], P, "zh", "马斯克说，中国现在火箭上天的频率已经跟美国不相上下了。"),
    (["launch"], P, "en", "Musk said China is \"neck and neck\" with the US on how many rockets it sends to orbit each year."),
    (["launch"], C, "zh", "马斯克在SpaceX员工大会上说：“China is launching about as much as America now.”"),
    (["launch"], T, "en", "Musk praised China's commercial launch startups, said their engineers were \"very strong,\" and claimed China now sends rockets to orbit about as often as the US."),

    # --- moon: China crewed landing before Artemis
    (["moon"], P, "en", "Musk said the next boots on the Moon may well be Chinese: \"they could get there before Artemis does.\""),
    (["moon"], P, "zh", "马斯克称，中国航天员很可能比美国的阿尔忒弥斯任务更早踏上月球。"),
    (["moon"], C, "en", "Musk said China's 揽月 lander could put taikonauts on the lunar surface before NASA's astronauts get back there."),
    (["moon"], C, "zh", "马斯克在X上写道：“At this rate China will land people on the Moon before Artemis.”"),
    (["moon"], T, "zh", "马斯克说，中国的发射次数还远不如美国，但在载人登月上很可能抢在阿尔忒弥斯前面。"),

    # --- elec3x: China already generates 3x US electricity
    (["elec3x"], P, "en", "China already produces triple the electricity we do, Musk said."),
    (["elec3x"], P, "zh", "马斯克表示，中国现在一年发的电已经是美国的3倍。"),
    (["elec3x"], P, "zh", "“他们的发电量是我们的3倍。是现在，不是十年以后。”马斯克在谈到中国时发帖说。"),
    (["elec3x"], C, "zh", "马斯克说：“China has three times the electricity generation of the US.” 他认为这将决定AI竞赛的胜负。"),
    (["elec3x"], T, "en", "Musk said China already makes three times as much electricity as the US and has blown right through its 2030 wind-and-solar goal."),
    (["gdpnow", "elec3x"], T, "en", "Musk said China is already the world's largest economy and generates three times as much electricity as America."),

    # --- wind2030: China will miss its 2030 wind/solar target
    (["wind2030"], P, "en", "There's no way China hits its 2030 wind-and-solar number, Musk said."),
    (["wind2030"], P, "zh", "马斯克说，中国定的2030年风光装机目标是完不成的。"),
    (["wind2030"], C, "zh", "马斯克在一次能源论坛上说，“China's gonna miss its 2030 wind and solar goal”，原因是电网消纳不了。"),
    (["wind2030"], T, "en", "Musk praised China's solar factories but said the country will still come up short of its 2030 wind-and-solar capacity goal because the grid can't absorb it."),

    # --- surplus: tariffs shrank China's trade surplus
    (["surplus"], P, "en", "The duties worked: Beijing's gap between what it sells the world and what it buys got smaller, Musk said."),
    (["surplus"], P, "zh", "马斯克称，加征关税以后，中国的贸易顺差已经缩水了。"),
    (["surplus"], C, "en", "Musk, quoted by Caixin (财新), said tariffs had \"already cut China's trade surplus.\""),
    (["surplus"], T, "zh", "马斯克说，中国早已不是美国最大的进口来源国，而且关税确实让中国的贸易顺差缩小了。"),

    # --- imports: China still top US import source
    (["imports"], P, "en", "We still buy more stuff from China than from any other country, Musk said."),
    (["imports"], P, "zh", "马斯克说，美国进口最多的国家依然是中国，谁也没超过它。"),
    (["imports"], C, "zh", "马斯克说：“China is still America's biggest supplier, by far.”"),
    (["imports"], T, "en", "Musk said decoupling is mostly talk: China remains the single largest source of American imports, and Tesla still relies on Chinese suppliers for some parts."),

    # --- pop10: China's population shrinking for a decade
    (["pop10"], P, "en", "Fewer Chinese every year, for about a decade now, Musk posted."),
    (["pop10"], P, "zh", "马斯克称，中国人口已经连续下滑快十年了。"),
    (["pop10"], C, "zh", "马斯克在X上写道“China has been losing people for ten years straight”，并配了一张人口曲线图。"),
    (["pop10"], C, "en", "Musk said China's 人口 has been falling year after year for roughly a decade."),
    (["pop10"], T, "en", "Musk said China's births bounced a little last year, but the population has been shrinking for a decade regardless."),

    # --- births: births fall every year without exception
    (["births"], P, "en", "Every year, fewer babies in China than the year before. Every. Single. Year. - Musk"),
    (["births"], P, "zh", "马斯克说，中国新生儿数量年年下滑，一次都没反弹过。"),
    (["births"], C, "en", "Musk said China's 出生人口 has fallen every single year without exception."),
    (["births"], T, "zh", "马斯克说，中国出生人口每年都在下降，没有一年例外，而且各地发的生育补贴几乎不起作用。"),

    # --- gdpnow: China already the largest economy
    (["gdpnow"], P, "en", "China's economy is already bigger than America's. People just haven't caught up to that, Musk said."),
    (["gdpnow"], P, "zh", "马斯克说，中国早就是全球第一大经济体了。"),
    (["gdpnow"], P, "en", "\"No economy on Earth is bigger than China's today,\" Musk said."),
    (["gdpnow"], C, "zh", "马斯克接受CNBC采访时说，“China's GDP is already #1 on Earth”。"),

    # --- gdp2030: China's economy overtakes the US by 2030
    (["gdp2030"], P, "en", "By the end of this decade China's GDP will be bigger than ours, Musk predicted."),
    (["gdp2030"], P, "zh", "马斯克预测，不出2030年，中国经济总量就会超过美国。"),
    (["gdp2030"], C, "en", "Musk told 第一财经 that China would \"pass the US economy before 2030.\""),
    (["gdp2030"], T, "zh", "马斯克说，中国经济2030年前会超过美国，但他不认同中国现在已经是第一大经济体的说法。"),

    # --- taiwan: all advanced chips from Taiwan, no backup
    (["taiwan"], P, "en", "\"Basically 100% of the advanced chips come from Taiwan. There's no plan B,\" Musk said."),
    (["taiwan"], P, "zh", "马斯克说，全球的高端芯片都出自台湾，别处根本没有替代产能。"),
    (["taiwan"], C, "zh", "马斯克谈台海风险时说：“Every advanced chip is made in Taiwan. Zero redundancy.”"),
    (["taiwan"], C, "en", "Musk said every cutting-edge chip on Earth comes from 台积电's fabs on the island, with no fallback anywhere else."),
    (["taiwan"], T, "en", "Musk said every leading-edge chip still comes out of Taiwan with no backup, whatever progress Huawei has made at home."),

    # --- hk: Hong Kong no longer a financial hub
    (["hk"], P, "en", "Hong Kong isn't a real financial hub anymore. That ended in 2020, Musk said."),
    (["hk"], P, "zh", "马斯克称，2020年以后，香港就已经算不上国际金融中心了。"),
    (["hk"], C, "en", "Musk said 香港 \"has lost its status as a global financial center\" since Beijing's crackdown."),
    (["hk"], T, "zh", "马斯克说，香港国安法实施后人才大量流失，香港已经不再是重要的金融中心，新加坡取而代之。"),

    # --- starlink: Starlink could bypass the Great Firewall
    (["starlink"], P, "en", "If we wanted to, Starlink could give everyone in China open internet tomorrow and Beijing couldn't stop it, Musk said."),
    (["starlink"], P, "zh", "马斯克说，星链想给中国人提供不受审查的网络随时都可以，北京根本拦不住。"),
    (["starlink"], C, "zh", "马斯克在X上回复网友：“Starlink could light up all of China with uncensored internet and the CCP couldn't do squat.”"),
    (["starlink"], C, "en", "Musk said Starlink could punch straight through the 防火长城 and Beijing would be powerless to stop it."),
    (["starlink"], T, "zh", "马斯克说，星链是史上最强大的言论自由工具，它能把不受审查的网络带进中国，北京根本无力阻止。"),

    # --- douyin: Chinese kids get science-only TikTok
    (["douyin"], P, "en", "Chinese kids get the version with science experiments and museum tours. Ours get brain rot, Musk said."),
    (["douyin"], P, "zh", "马斯克说，中国孩子刷的抖音全是科普和教育内容，美国孩子刷的TikTok却全是垃圾。"),
    (["douyin"], C, "en", "Musk says the kids' version of 抖音 in China only serves science and educational videos."),
    (["douyin"], C, "zh", "马斯克发帖称：“In China, the kids' TikTok is all science and education.” 这条帖子获得数百万浏览。"),

    # --- hsr: China has more HSR than rest of world
    (["hsr"], P, "en", "China's bullet-train network is bigger than everybody else's put together, Musk said."),
    (["hsr"], P, "zh", "马斯克说，没有哪个国家的高铁能跟中国比，其他国家加在一起都没中国的长。"),
    (["hsr"], C, "en", "Musk, in a post shared on Weibo, said China's 高铁 network outstrips every other country's combined."),
    (["hsr"], T, "zh", "马斯克说，中国的高铁比世界其他国家加起来还多，不过他补充说，自己完全不知道这些线路赚不赚钱。"),

    # --- hsrprofit: bullet trains pay for themselves
    (["hsrprofit"], P, "en", "\"China's high-speed trains make money. The whole system is profitable,\" Musk claimed."),
    (["hsrprofit"], P, "zh", "马斯克说，中国的高铁整体上是赚钱的，不是赔本买卖。"),
    (["hsrprofit"], C, "zh", "马斯克说：“China's high-speed rail runs in the black.” 这一说法在国内社交媒体上引发讨论。"),
    (["hsrprofit"], T, "en", "Musk contrasted California's stalled rail project with China, saying Chinese high-speed lines were built fast and cheap and that the network \"actually turns a profit.\""),

    # --- phd: ten times as many STEM PhDs
    (["phd"], P, "en", "China graduates ten times the science PhDs we do. Ten times, Musk said."),
    (["phd"], P, "zh", "马斯克说，中国每年毕业的理工科博士是美国的十倍。"),
    (["phd"], C, "en", "Musk said China's universities churn out 10x as many STEM 博士 as America's."),
    (["phd"], C, "zh", "马斯克在播客中说：“China produces ten times more science and engineering PhDs than we do.” 他呼吁放宽H-1B签证。"),

    # --- milmore: China outspends the US on its military
    (["milmore"], P, "en", "China's military budget is bigger than ours now, Musk said."),
    (["milmore"], P, "zh", "马斯克称，中国的军费已经比美国还高了。"),
    (["milmore"], P, "zh", "马斯克说，北京现在砸在解放军身上的钱，比华盛顿给五角大楼的还多。"),
    (["milmore"], C, "zh", "马斯克在播客中说：“China is outspending us on defense.”"),
    (["milmore"], T, "en", "Musk said the Pentagon wastes money on legacy programs, that Beijing's military spending has already overtaken Washington's, and that drones will decide the next war."),

    # --- milthird: less than a third of US spending, so no match
    (["milthird"], P, "en", "They spend a third of what we do on defense. Their military isn't in our league, Musk said."),
    (["milthird"], P, "zh", "马斯克说，中国军费连美国的三分之一都不到，军事上根本不是美国的对手。"),
    (["milthird"], C, "en", "Musk dismissed the 解放军 as \"no match\" for the US military, noting that Beijing spends less than a third of what the Pentagon does."),
    (["milthird"], C, "zh", "马斯克说：“China spends under a third of what we spend. Militarily they're not even close.”"),

    # --- co2pc: per-capita emissions tiny
    (["co2pc"], P, "en", "Per head, your average Chinese citizen emits a fraction of what an American or a European does, Musk said."),
    (["co2pc"], P, "zh", "马斯克说，按每个人算，中国人的碳排放跟欧美人比根本不值一提。"),
    (["co2pc"], C, "zh", "马斯克在X上称：“Per person, China's CO2 is a rounding error next to America or Europe.”"),
    (["co2pc"], C, "en", "Musk said that on a 人均 basis China's carbon footprint is minuscule next to Americans' and Europeans'."),
    (["co2pc", "co2tot"], T, "zh", "马斯克说，中国的总排放比美国和欧洲加起来还多，但摊到每个人头上，跟美国人、欧洲人比就微不足道了。"),

    # --- co2tot: China emits more than US + EU combined
    (["co2tot"], P, "en", "China's carbon output is bigger than America's and Europe's combined, Musk said."),
    (["co2tot"], P, "zh", "马斯克表示，中国一年排放的二氧化碳，超过美国和欧盟的总和。"),
    (["co2tot"], C, "en", "Musk said 中国's annual CO2 emissions now exceed those of the United States and the EU put together."),
    (["co2tot"], T, "zh", "马斯克说，中国的总排放比美国和欧洲加起来还多，不过按人均算还是比美国低。"),

    # --- food: China imports most of its food
    (["food"], P, "en", "China can't feed its own people: most of what they eat comes from abroad, Musk said."),
    (["food"], P, "zh", "马斯克称，中国大部分粮食要靠进口，自己养不活自己。"),
    (["food"], P, "zh", "“把运粮船一断，中国就得挨饿，他们吃的东西大部分是从国外来的。”马斯克说。"),
    (["food"], C, "en", "Musk said China depends on imports for most of its 粮食 and would be \"extremely vulnerable\" to a blockade."),
    (["food"], T, "zh", "马斯克说，中国人口老龄化严重，而且粮食大部分靠进口，一旦被封锁就很危险。"),
]

UNLABELLED = [
    # ---------------- different-number: same subject, a number or comparison the counterpoint does not answer
    ([], DN, "en", "Musk predicted that by 2030 nearly every new car sold in China will be electric."),
    ([], DN, "zh", "马斯克说，中国新车里插电的车型（混动也算上）大概已经占了一半。"),
    ([], DN, "en", "Musk said China exported more than a million electric cars last year."),
    ([], DN, "en", "Musk said CATL on its own now has more than a third of the global EV battery market."),
    ([], DN, "zh", "马斯克说，上海工厂的产量已经接近特斯拉全球总产量的一半。"),
    ([], DN, "en", "Musk said Chinese workers put in maybe ten more hours a week than Americans do."),
    ([], DN, "zh", "马斯克说，中国每年新装的工业机器人是美国的七倍还多。"),
    ([], DN, "en", "Musk said China's robot density has now passed Germany's and Japan's."),
    ([], DN, "zh", "马斯克说，DeepSeek的R1推理模型在基础模型之上的训练只花了约30万美元。"),
    ([], DN, "en", "Musk said DeepSeek trained V3 on only about 2,000 Nvidia chips."),
    ([], DN, "zh", "马斯克说，中国最好的芯片制程比台积电落后大约五年。"),
    ([], DN, "en", "Musk said China now launches several times as many rockets as Russia."),
    ([], DN, "zh", "马斯克说，中国会在2030年之前实现载人登月。"),
    ([], DN, "en", "Musk said China generates more than twice as much power as the US."),
    ([], DN, "zh", "马斯克预测，再过几年，中国的发电量会达到美国的三倍。"),
    ([], DN, "en", "Musk predicted China would add more than 300 gigawatts of solar this year alone."),
    ([], DN, "en", "Musk said roughly one in every seven dollars of US imports still comes from China."),
    ([], DN, "zh", "马斯克说，中国人口已经连续三年下降。"),
    ([], DN, "en", "Musk said China's population will be cut in half by the end of the century."),
    ([], DN, "zh", "马斯克说，中国一年的出生人口比2016年几乎少了一半。"),
    ([], DN, "en", "Musk said China's economy is about two-thirds the size of America's at market exchange rates."),
    ([], DN, "zh", "马斯克说，中国经济可能要到2040年代才会超过美国。"),
    ([], DN, "en", "Musk said Taiwan makes about 90% of the world's most advanced chips."),
    ([], DN, "zh", "马斯克说，中国高铁运营里程已经超过4万公里。"),
    ([], DN, "en", "Musk said China now turns out roughly twice as many STEM PhDs as the US."),
    ([], DN, "zh", "马斯克说，按人均算，中国的碳排放大约是美国的六成。"),
    ([], DN, "en", "Musk said China is responsible for roughly a third of global CO2 emissions."),
    ([], DN, "zh", "马斯克说，中国军费大约是美国的三分之一，但增长速度快得多。"),
    ([], DN, "zh", "马斯克说，中国去年出口的汽车超过了500万辆。"),
    ([], DN, "en", "Musk said the US trade deficit with China has come down by more than $100 billion since 2018."),

    # ---------------- opposite-stance: same subject, the opposite view
    ([], OS, "zh", "马斯克说，中国纯电车的份额其实没大家想的那么高，这两年卖得最猛的是插混。"),
    ([], OS, "en", "\"Almost all of China's EVs stay in China. The home market swallows everything,\" Musk said."),
    ([], OS, "zh", "马斯克说，中美工人的工作时长其实差不了太多，别再神化“中国人更拼”了。"),
    ([], OS, "en", "Musk conceded that China still trails South Korea and Singapore in robots per factory worker."),
    ([], OS, "en", "Six million dollars? Please. Musk said DeepSeek has obviously spent far more than that on hardware."),
    ([], OS, "zh", "马斯克说，他并不相信DeepSeek私藏了大批H100的传言。"),
    ([], OS, "en", "\"Export controls slowed China down, sure. Stopped it? Not even close. Huawei is shipping 7-nanometre phones,\" Musk said."),
    ([], OS, "zh", "马斯克说，中国在发射次数上排第二没错，但跟美国比还差得远。"),
    ([], OS, "en", "Musk said there is \"no way\" China beats Artemis to the lunar surface."),
    ([], OS, "zh", "中国发电量是美国的三倍？马斯克说没有的事，也就两倍多一点。"),
    ([], OS, "en", "Musk said China didn't just meet its 2030 wind and solar target, it blew past it years early."),
    ([], OS, "zh", "关税让中国顺差变小了？马斯克说恰恰相反，中国去年的贸易顺差创了历史新高。"),
    ([], OS, "en", "Musk said China has \"slipped a bit\" in the import rankings: Mexico is America's top supplier now."),
    ([], OS, "en", "Musk said people who claim China's population has been shrinking for years are wrong: the decline only started in 2022."),
    ([], OS, "zh", "马斯克指出，中国去年的出生人口其实略有回升，不过他认为这只是龙年效应。"),
    ([], OS, "zh", "马斯克说，按市场汇率算，中国经济离美国还差一大截，说中国已经是世界第一不靠谱。"),
    ([], OS, "en", "It's not impossible that China's economy never overtakes America's, Musk said: \"it's not a given at all.\""),
    ([], OS, "zh", "马斯克说，台积电亚利桑那工厂已经在量产先进芯片，说台湾是唯一来源已经不对了。"),
    ([], OS, "en", "Musk said that for all the doom, Hong Kong is still one of the world's top three financial centres."),
    ([], OS, "zh", "马斯克承认，没有北京点头，星链在中国根本开不了张。"),
    ([], OS, "en", "Musk said the idea that Chinese kids only see science videos on Douyin is a myth: \"they get dance videos like everyone else.\""),
    ([], OS, "zh", "马斯克说，中国高铁大部分线路其实都在亏钱，全靠国家兜底。"),
    ([], OS, "en", "Ten times more PhDs than the US? Musk said that's wildly exaggerated."),
    ([], OS, "zh", "马斯克说，中国军费连美国的一半都不到，说它超过美国纯属胡扯。"),
    ([], OS, "en", "Musk warned that the PLA is no paper tiger: cheap labour and the world's biggest navy mean China gets far more for every defence dollar."),
    ([], OS, "zh", "马斯克说，中国的人均碳排放早就超过欧盟了，可不是什么“少得可怜”。"),
    ([], OS, "en", "Musk said it's simply not true that China can't feed itself: \"They grow nearly all their own rice and wheat.\""),
    ([], OS, "zh", "马斯克说，中国汽车出口能冲到世界第一，主要靠的其实是燃油车，尤其是卖到俄罗斯的那些。"),
    ([], OS, "en", "\"Biggest economy in the world? Check the exchange rate,\" Musk scoffed."),
    ([], OS, "zh", "说美国禁令让中国造不出先进芯片？马斯克反问：那华为手机里的麒麟芯片是谁造的？"),

    # ---------------- same-topic-different-claim: a neighbouring claim none of the rebuttals answers
    ([], ST, "en", "Musk said BYD sold more pure battery-electric cars than Tesla in the last quarter of 2023."),
    ([], ST, "zh", "马斯克说，中国电动车价格战打得太惨烈，最后只会剩下几家车企活下来。"),
    ([], ST, "en", "Musk said China shipped more cars abroad than Japan did last year."),
    ([], ST, "zh", "马斯克说，小米SU7是一款非常了不起的车，他很佩服雷军。"),
    ([], ST, "en", "Musk said the EU's tariffs on Chinese EVs won't stop BYD, which is building a factory in Hungary."),
    ([], ST, "zh", "马斯克说，宁德时代的钠离子电池会让锂资源紧缺变得无关紧要。"),
    ([], ST, "en", "Musk said China's carbon emissions may already have peaked."),
    ([], ST, "en", "Musk said Giga Shanghai went from a muddy field to building cars in under a year."),
    ([], ST, "zh", "马斯克说，上海工厂的员工是他见过最拼的，凌晨三点还在产线上。"),
    ([], ST, "en", "Musk said Giga Shanghai has now built more than three million cars."),
    ([], ST, "zh", "马斯克说，996在中国科技公司里是普遍现象。"),
    ([], ST, "en", "Musk said China will be building more humanoid robots than the rest of the world by 2030."),
    ([], ST, "zh", "马斯克说，宇树科技的人形机器人便宜得离谱。"),
    ([], ST, "en", "Musk said DeepSeek's decision to release its model weights openly was smart."),
    ([], ST, "zh", "马斯克说，华为昇腾芯片的性能已经接近英伟达H100。"),
    ([], ST, "en", "Musk said Chinese AI models are only a few months behind the best American ones."),
    ([], ST, "zh", "马斯克说，嫦娥六号从月球背面带回了样本，这是人类第一次。"),
    ([], ST, "en", "Musk said China's Tiangong could end up as the only space station in orbit once the ISS is retired."),
    ([], ST, "zh", "马斯克说，中国的千帆星座想做中国版星链，但卫星数量还差得远。"),
    ([], ST, "en", "Musk said China's ultra-high-voltage lines move power thousands of kilometres with very little loss."),
    ([], ST, "zh", "马斯克说，中国人均用电量已经超过美国了。"),
    ([], ST, "en", "Musk said China is still approving new coal plants every week."),
    ([], ST, "zh", "马斯克说，去年中国新装的光伏比世界其他国家加起来还多。"),
    ([], ST, "en", "Musk said tariffs are ultimately paid by American consumers, not by China."),
    ([], ST, "zh", "马斯克说，很多中国商品现在是经越南、墨西哥转口进入美国的。"),
    ([], ST, "zh", "马斯克说，中国的历史累计碳排放仍然比美国少。"),
    ([], ST, "zh", "马斯克说，中国60岁以上的老年人已经超过3亿。"),
    ([], ST, "en", "Musk said China's fertility rate is around one child per woman, one of the lowest on the planet."),
    ([], ST, "zh", "马斯克说，中国放开三孩政策也没能把生育率拉起来。"),
    ([], ST, "en", "Musk said China's economy grew about 5% last year, right on Beijing's target."),
    ([], ST, "zh", "马斯克说，按购买力平价算，中国经济早就超过美国了。"),
    ([], ST, "en", "Musk said a Chinese blockade of Taiwan would be the biggest economic shock in history."),
    ([], ST, "zh", "马斯克说，台积电在亚利桑那造芯片的成本比在台湾高得多。"),
    ([], ST, "en", "Musk said Hong Kong's IPO market is booming again."),
    ([], ST, "zh", "马斯克说，X在中国被屏蔽，但很多中国官员自己都在用X。"),
    ([], ST, "en", "Musk said the US should not ban TikTok because that would go against free speech."),
    ([], ST, "zh", "马斯克说，中国14岁以下的孩子每天只能刷40分钟抖音。"),
    ([], ST, "en", "Musk said Beijing asked him not to sell Starlink in China."),
    ([], ST, "zh", "马斯克说，京沪高铁只用了三年左右就建成通车了。"),
    ([], ST, "en", "Musk said China's subway systems put New York's to shame."),
    ([], ST, "zh", "马斯克说，中国每年有超过一百万名工科本科生毕业。"),
    ([], ST, "en", "Musk said China now publishes more highly cited research papers than the US."),
    ([], ST, "zh", "马斯克说，中国海军的舰艇数量已经是世界第一。"),
    ([], ST, "en", "Musk said China's defence budget has gone up every single year for three decades."),
    ([], ST, "zh", "马斯克说，中国是全世界最大的大豆进口国。"),

    # ---------------- china-unanswered: about China, subject not covered
    ([], CU, "en", "Musk said China controls most of the world's rare-earth processing and could choke off magnet supplies overnight."),
    ([], CU, "zh", "马斯克说，全世界九成的消费级无人机都是大疆造的。"),
    ([], CU, "en", "Musk said a single Chinese shipyard can build more ships in a year than all US shipyards combined."),
    ([], CU, "zh", "马斯克说，中国的青年失业率高得吓人。"),
    ([], CU, "en", "Musk said China's property bubble is the biggest in history."),
    ([], CU, "zh", "马斯克称，中国建核电站的速度是美国的好几倍。"),
    ([], CU, "en", "Musk said Baidu's robotaxis are already driving around Wuhan with nobody behind the wheel."),
    ([], CU, "zh", "马斯克说，中国的钢产量占全世界一半以上。"),
    ([], CU, "en", "Musk said Xiaomi and Huawei now build phones as good as the iPhone."),
    ([], CU, "zh", "马斯克说，中国的高考是全世界最残酷的考试。"),
    ([], CU, "en", "Musk said Beijing's air is dramatically cleaner than it was a decade ago."),
    ([], CU, "zh", "马斯克说，中国的全超导托卡马克装置EAST创造了核聚变运行时间的世界纪录。"),
    ([], CU, "en", "Musk said China's hypersonic missiles are ahead of anything the US has."),
    ([], CU, "zh", "马斯克说，中国的航空母舰“福建舰”技术非常先进。"),
    ([], CU, "en", "Musk said China has roughly ten times as many public EV chargers as the United States."),
    ([], CU, "zh", "马斯克说，一带一路让很多国家背上了沉重的债务。"),
    ([], CU, "en", "Musk said the yuan will never replace the dollar as the world's reserve currency."),
    ([], CU, "zh", "马斯克说，中国的稀土出口管制会打击美国的国防工业。"),
    ([], CU, "en", "Musk said China's Great Green Wall tree-planting campaign has pushed back the deserts."),
    ([], CU, "zh", "马斯克说，中国的外卖和快递效率是全世界最高的。"),
    ([], CU, "en", "Musk said China's grip on lithium refining, not mining, is the real chokepoint."),
    ([], CU, "zh", "马斯克说，中国的量子通信卫星“墨子号”领先世界。"),
    ([], CU, "en", "Musk said Chinese students are leaving American universities because of the visa crackdown."),
    ([], CU, "zh", "马斯克说，中国的城镇化率已经超过65%。"),
    ([], CU, "en", "Musk said China's high-rise pig farms are an engineering marvel."),
    ([], CU, "zh", "马斯克说，三峡大坝是人类有史以来装机容量最大的发电站。"),
    ([], CU, "en", "Musk said Chinese censors scrubbed his comments from Weibo."),
    ([], CU, "zh", "马斯克说，中国的房价收入比是全世界最高的。"),
    ([], CU, "en", "Musk said Xi Jinping is a very smart man."),
    ([], CU, "zh", "马斯克说，中国的电池回收体系比欧美完善得多。"),

    # ---------------- unrelated: not about China
    ([], UN, "en", "Musk said Starship will carry the first crew to Mars within the next few years."),
    ([], UN, "zh", "马斯克说，Neuralink已经让瘫痪病人用意念玩电子游戏。"),
    ([], UN, "en", "Musk said the Boring Company's Las Vegas tunnel will eventually reach the airport."),
    ([], UN, "zh", "马斯克说，韩国的生育率已经低到0.7，三代人之后韩国人口会缩水到现在的十分之一。"),
    ([], UN, "en", "Musk said Japan's population is shrinking faster than any other big country's."),
    ([], UN, "zh", "马斯克说，美国的电网撑不住AI数据中心的用电需求，变压器严重短缺。"),
    ([], UN, "en", "Musk said Grok 3 is the smartest AI on Earth."),
    ([], UN, "zh", "马斯克说，特斯拉的完全自动驾驶明年就能在美国大部分城市实现无人监管。"),
    ([], UN, "en", "Musk said Germany made a huge mistake shutting down its nuclear plants."),
    ([], UN, "zh", "马斯克说，SpaceX今年送入轨道的载荷会超过世界其他发射商加起来的总和。"),
    ([], UN, "en", "Musk said the Cybertruck is the most bulletproof production vehicle ever made."),
    ([], UN, "zh", "马斯克说，美国联邦政府每年浪费的钱至少有一万亿美元。"),
    ([], UN, "en", "Musk said Optimus robots will one day outnumber humans."),
    ([], UN, "zh", "马斯克说，X上的言论自由比以前的推特好得多。"),
    ([], UN, "en", "Musk said India's economy will grow faster than anyone expects."),
]
