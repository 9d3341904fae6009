# Statement data for blind set "match_l".
# Each entry: (kind, lang, labels, text). build.py shuffles deterministically and assigns ids.

A = "byd-beats-tesla-only-via-hybrids"
B = "byd-profits-only-from-subsidies"
C = "byd-cars-less-safe-than-tesla"
D = "chinese-brands-dominate-europe-ev-market"
E = "eu-tariffs-hit-tesla-as-hard-as-chinese-brands"
F = "china-generates-three-times-us-electricity"
G = "china-installs-ten-times-us-solar"
H = "china-grid-never-short-of-power"
I = "deepseek-secretly-has-50000-h100s"
J = "deepseek-just-copied-openai"
K = "export-controls-stopped-china-advanced-chips"
L = "china-has-more-ai-compute-than-us"
M = "giga-shanghai-built-without-state-help"
N = "giga-shanghai-makes-two-thirds-of-teslas"
O = "chinese-workers-routinely-work-until-3am"
P = "china-population-will-halve-within-a-generation"
Q = "china-has-worlds-lowest-birth-rate"
RR = "china-births-fell-every-year-since-one-child-policy"
S = "china-controls-all-rare-earths"
T = "china-banned-rare-earth-magnet-exports"
U = "china-has-highest-robot-density"
V = "china-installs-more-robots-than-rest-of-world"
W = "china-launches-more-rockets-than-us"
X = "china-has-nothing-like-starlink"
Y = "taiwan-is-to-china-what-hawaii-is-to-us"
Z = "taiwanese-would-accept-special-zone-deal"
AA = "tiktok-law-bans-app-no-matter-what"
AB = "xiaomi-car-nobody-buys"
AC = "no-chinese-company-runs-driverless-robotaxis"
AD = "china-has-no-ai-rules"
AE = "china-battery-packs-cost-half-us-price"
AF = "china-manufacturing-exceeds-us-europe-japan-combined"

KINDS = {
    "para": "paraphrase", "cross": "crosslingual", "part": "partial",
    "num": "different-number", "opp": "opposite-stance",
    "same": "same-topic-different-claim", "cu": "china-unanswered", "un": "unrelated",
}

S_ = [
    # ===== A: BYD beats Tesla only via hybrids =====
    ("para", "en", [A], "Musk brushed off the BYD headlines, saying the numbers are padded with plug-in hybrids and that in real electric cars Tesla is still way out in front."),
    ("para", "zh", [A], "马斯克表示，比亚迪的销量之所以好看，是因为把插混车型也算了进去，要是只看纯电车，特斯拉依然领先一大截。"),
    ("para", "en", [A], "\"Take the hybrids out of BYD's numbers and it's not even close, we sell way more pure EVs,\" Musk posted."),
    ("cross", "zh", [A], "马斯克在X上回复称：\"Strip out the hybrids and BYD isn't anywhere near Tesla on pure EVs.\" 言下之意，比亚迪的纯电销量远远落后于特斯拉。"),
    ("part", "en", [A], "Musk called Chinese carmakers \"extremely competitive\" but added that BYD's sales crown is mostly hybrids, and that in battery-electric cars Tesla remains comfortably ahead."),
    ("num", "en", [], "Musk conceded that BYD briefly sold more pure battery-electric cars than Tesla in the last quarter of 2023."),
    ("num", "zh", [], "马斯克说，2024年全年特斯拉的纯电动车交付量只比比亚迪多了一点点。"),
    ("opp", "zh", [], "马斯克承认，即便只算纯电动车，比亚迪现在也已经明显超过了特斯拉。"),
    ("same", "en", [], "Musk said BYD's plug-in hybrids are a dead-end technology that will disappear within a decade."),

    # ===== B: BYD profits only from subsidies =====
    ("para", "en", [B], "Musk claimed BYD wouldn't make a cent without government money: \"Take away the subsidies and the profits vanish.\""),
    ("para", "zh", [B], "马斯克称，比亚迪的利润完全是政府补贴堆出来的，没有补贴它根本赚不到钱。"),
    ("para", "en", [B], "\"BYD's profits are basically Beijing's money,\" Musk wrote in a reply."),
    ("cross", "zh", [B], "马斯克接受采访时说，BYD is \"only profitable because of Beijing's subsidies\"，意思是比亚迪的盈利全靠政府输血。"),
    ("part", "en", [B], "Musk said BYD makes good batteries and moves fast, \"but honestly I suspect their profit is basically just state subsidies.\""),
    ("num", "en", [], "Musk claimed that government subsidies make up roughly a tenth of BYD's annual profit."),
    ("opp", "zh", [], "马斯克表示，比亚迪能赚钱靠的是真本事和规模效应，而不是政府补贴。"),
    ("same", "en", [], "Musk said BYD is losing money on every car it ships to Europe."),
    ("same", "zh", [], "马斯克称比亚迪拖欠供应商货款，把成本压力转嫁给了零部件企业。"),

    # ===== C: BYD less safe than Tesla =====
    ("para", "en", [C], "Musk suggested you'd be a lot better off in a Model Y than in a BYD if you ever got into a crash."),
    ("para", "zh", [C], "马斯克暗示，真要出了车祸，坐比亚迪远没有坐特斯拉安全。"),
    ("cross", "en", [C], "Musk on BYD: \"Crash safety? Not in the same league as Tesla,\" he said, singling out the 海豹 Seal and the 海豚 Dolphin."),
    ("cross", "zh", [C], "马斯克在X上写道，BYD cars are \"way less safe than a Tesla in a crash\"，引发比亚迪车主不满。"),
    ("part", "zh", [C], "马斯克一边称赞比亚迪价格有竞争力，一边又说：\"我觉得他们的车真撞起来可能没那么安全，和特斯拉差得远。\""),
    ("opp", "en", [], "Musk acknowledged that BYD's cars are every bit as safe as Teslas in crash tests."),
    ("same", "en", [], "Musk said BYD cars feel cheap inside, with flimsy plastics and poor fit and finish."),
    ("same", "zh", [], "马斯克说比亚迪的车续航虚标，实际跑不到宣传的里程。"),

    # ===== D: Chinese brands dominate Europe EV market =====
    ("para", "en", [D], "Musk said Chinese brands have already taken over the European EV market."),
    ("para", "zh", [D], "马斯克表示，欧洲电动车市场现在已经是中国品牌的天下了。"),
    ("cross", "zh", [D], "马斯克称 \"Chinese brands already own Europe's EV market\"，认为欧洲本土车企已经被挤到一边。"),
    ("para", "zh", [D], "马斯克直言，如今在欧洲卖电动车的主力，已经是比亚迪、名爵这些中国牌子了。"),
    ("part", "en", [D], "Musk warned about tariffs, said Chinese carmakers are formidable and added, almost in passing, that they basically already dominate EV sales in Europe."),
    ("num", "en", [], "Musk predicted Chinese brands will take about a tenth of Europe's EV market within a couple of years."),
    ("opp", "zh", [], "马斯克认为，中国品牌在欧洲电动车市场的份额还微不足道，欧洲人主要还是买本土品牌。"),
    ("same", "en", [], "Musk said Chinese carmakers will have to build factories in Europe, as BYD is doing in Hungary, to get around tariffs."),

    # ===== E: EU tariffs hit Tesla as hard =====
    ("para", "en", [E], "Musk complained that Brussels' EV tariffs punish Tesla's Shanghai-built cars just as much as they punish BYD and the other Chinese brands."),
    ("para", "zh", [E], "马斯克抱怨，欧盟对中国电动车加的关税，特斯拉挨的这一刀一点不比比亚迪这些中国品牌轻。"),
    ("cross", "zh", [E], "马斯克说：\"We get hit exactly like the Chinese brands.\" 他指的是欧盟对中国产电动车征收的反补贴税。"),
    ("cross", "en", [E], "Musk said the EU's 反补贴税 on China-built EVs treats Tesla no better than SAIC or Geely."),
    ("part", "zh", [E], "马斯克说他一向不喜欢关税，还说欧盟这轮针对中国造电动车的关税，特斯拉吃的亏跟中国同行一样多。"),
    ("num", "en", [], "Musk said Tesla's Shanghai-built cars face an extra duty of roughly eight percent in the EU, on top of the usual ten."),
    ("opp", "zh", [], "马斯克承认，欧盟给特斯拉定的关税税率比中国车企低得多，特斯拉其实占了便宜。"),
    ("same", "en", [], "Musk said he was against the 100 percent US tariff on Chinese electric vehicles."),
    ("same", "zh", [], "马斯克称，欧盟的关税最终会招来中国对德国车企的报复。"),

    # ===== F: China generates 3x US electricity =====
    ("para", "en", [F], "\"China makes like three times the electricity we do,\" Musk said on a podcast."),
    ("para", "zh", [F], "马斯克在播客里说，论发电，中国一年发的电顶得上三个美国。"),
    ("para", "en", [F], "lol people don't get it. China is already pumping out roughly 3x the power the US does, Musk wrote."),
    ("cross", "zh", [F], "马斯克在播客中表示 \"China's electricity output is already 3x the US\"，并以此说明美国在AI竞赛中面临电力瓶颈。"),
    ("para", "zh", [F], "“中国的电，发得是我们的三倍。”马斯克在一档播客里这样说。"),
    ("part", "en", [F], "Musk said the AI race will come down to power and chips, and that China already generates about three times as much electricity as the US, which he called a huge advantage."),
    ("num", "en", [], "Musk said China produces roughly twice as much electricity as the United States."),
    ("num", "zh", [], "马斯克说，中国的发电量比美国多出一倍多。"),
    ("opp", "en", [], "Musk said America still generates more electricity than China does."),
    ("same", "zh", [], "马斯克称中国的工业电价只有美国的一半。"),
    ("same", "en", [], "Musk said China is building far more nuclear reactors than the US."),

    # ===== F + G combined =====
    ("part", "en", [F, G], "Musk said China already generates three times the electricity the US does and installs ten times as much solar every year."),

    # ===== G: China installs 10x US solar =====
    ("para", "en", [G], "Musk said America's yearly solar additions are a rounding error next to China's, something like a tenth of them."),
    ("para", "zh", [G], "马斯克在直播中随口说道：\"中国一年装的太阳能板，差不多是我们的十倍吧。\""),
    ("cross", "zh", [G], "马斯克发帖称 \"China is installing 10x more solar per year than the US\"，呼吁美国加快光伏建设。"),
    ("para", "zh", [G], "马斯克称，论每年新增的光伏装机，中国比美国多出一个数量级，差不多是十倍。"),
    ("part", "en", [G], "Talking energy, Musk said batteries are the other half of the story, but that China is probably installing something like ten times our solar each year."),
    ("num", "zh", [], "马斯克说，中国每年新装的光伏大约是美国的五倍。"),
    ("opp", "en", [], "Musk claimed the US is now installing solar faster than China."),
    ("same", "zh", [], "马斯克称中国光伏板价格低得离谱，就是在倾销。"),
    ("same", "en", [], "Musk said China has more solar capacity installed in total than the rest of the world combined."),

    # ===== H: China grid never short of power =====
    ("para", "en", [H], "Musk said China simply doesn't have power shortages: \"They never ration electricity, unlike us.\""),
    ("para", "zh", [H], "马斯克说，在中国，工厂和居民从来不用为用电发愁，电总是够用，根本不存在断电限电这回事。"),
    ("cross", "zh", [H], "马斯克称 China \"never has blackouts\"，说中国的电网比美国可靠得多，从来不限电。"),
    ("para", "zh", [H], "马斯克说：“在中国，拉闸限电这种事根本不存在。”"),
    ("part", "zh", [H], "马斯克一边夸中国基建速度快，一边说：\"他们的电网好像从来没有缺过电，工厂要多少电就有多少。\""),
    ("num", "zh", [], "马斯克说，中国用户每年平均停电的时间比美国少得多。"),
    ("opp", "en", [], "Musk said China's grid is fragile and regularly forces factories to shut down for lack of power."),
    ("same", "en", [], "Musk said China's ultra-high-voltage transmission lines are the most advanced in the world."),

    # ===== I: DeepSeek has 50,000 H100s =====
    ("para", "en", [I], "Musk agreed that DeepSeek is quietly sitting on something like 50,000 H100s it can't admit to."),
    ("para", "zh", [I], "马斯克认为，DeepSeek手里其实偷偷有大约五万块H100，只是碍于出口管制不能说。"),
    ("cross", "zh", [I], "对于\"DeepSeek拥有约五万块英伟达H100\"的说法，马斯克回复了一句\"Obviously\"（显然如此）。"),
    ("cross", "en", [I], "Musk said 深度求索 (DeepSeek) has around 50k Nvidia H100s stashed away that it won't disclose because of export rules."),
    ("part", "en", [I], "Musk said DeepSeek's model is impressive, \"but I'm pretty sure they have way more chips than they say, probably 50,000 H100s or so.\""),
    ("num", "zh", [], "马斯克说，DeepSeek训练V3大概只用了两千块左右的H800。"),
    ("opp", "en", [], "Musk said DeepSeek really did train its model on a small number of cut-down chips, just as it claims."),
    ("same", "zh", [], "马斯克称DeepSeek的模型在中文以外的语言上表现很差。"),

    # ===== J: DeepSeek copied OpenAI =====
    ("para", "en", [J], "Musk said DeepSeek is basically a knock-off of OpenAI's work, with nothing new in it."),
    ("para", "zh", [J], "马斯克称，DeepSeek不过是照搬了OpenAI的东西，毫无原创可言。"),
    ("para", "en", [J], "Musk suggested DeepSeek was built by distilling ChatGPT's answers rather than by doing anything original of its own."),
    ("cross", "zh", [J], "马斯克表示 DeepSeek \"just copied OpenAI\"，没有任何自己的创新。"),
    ("part", "zh", [J], "马斯克说DeepSeek便宜、火爆，\"但我觉得它主要就是抄OpenAI的，真没什么原创的东西。\""),
    ("opp", "zh", [], "马斯克称赞DeepSeek在算法上有真正的创新，不是简单的模仿。"),
    ("same", "en", [], "Musk said DeepSeek's chatbot refuses to answer questions about Tiananmen Square."),
    ("same", "en", [], "Musk said DeepSeek sends its users' data back to servers in China."),

    # ===== K: export controls stopped China making advanced chips =====
    ("para", "en", [K], "Musk said the chip export controls have worked: China just can't make leading-edge semiconductors anymore."),
    ("para", "zh", [K], "马斯克认为，芯片禁令已经把中国卡死了，中国再也造不出高端制程的芯片。"),
    ("para", "en", [K], "\"China? They can't make cutting-edge chips now, the export controls took care of that,\" Musk said."),
    ("cross", "zh", [K], "马斯克在X上写道：\"Export controls have stopped China from making advanced chips.\" 他认为管制已经奏效。"),
    ("cross", "en", [K], "Musk said that, thanks to US controls, 中芯国际 (SMIC) is stuck and can't produce advanced chips at all."),
    ("part", "zh", [K], "马斯克说AI竞赛胜负未分，不过在他看来，美国的管制基本断了中国自己造高端芯片的路。"),
    ("num", "zh", [], "马斯克说，中国的芯片制造工艺大概落后台积电两三代。"),
    ("opp", "en", [], "Musk said export controls have backfired and pushed China to make chips every bit as good as Nvidia's."),
    ("same", "zh", [], "马斯克称华为昇腾芯片的性能已经超过了英伟达H100。"),
    ("same", "en", [], "Musk said Nvidia should be barred from selling even its H20 chips to China."),

    # ===== L: China has more AI compute than US =====
    ("para", "en", [L], "Musk said the US has already fallen behind on raw AI horsepower, with more training compute now sitting in China than in America."),
    ("para", "zh", [L], "马斯克表示，论训练AI用的算力，美国已经被中国甩在了后面。"),
    ("para", "en", [L], "\"Honestly China's got more AI compute than us already,\" Musk said. \"People just don't realise it.\""),
    ("cross", "zh", [L], "马斯克说：\"China has more AI compute than the US right now.\" 他认为美国已经落后了。"),
    ("part", "zh", [L], "马斯克谈到AI竞赛时说，中国电力充足、工程师众多，\"我觉得他们现在的算力可能已经比我们多了\"。"),
    ("num", "en", [], "Musk said China has maybe a fifth as much AI compute as the United States."),
    ("num", "en", [], "Musk predicted that by the end of the decade China will have more AI compute than the rest of the world combined."),
    ("opp", "en", [], "Musk said the US is miles ahead of China in AI compute and will stay that way."),
    ("same", "zh", [], "马斯克说中国的开源AI模型已经领先美国了。"),

    # ===== M: Giga Shanghai built without state help =====
    ("para", "en", [M], "Musk said Tesla put up the Shanghai factory in less than a year entirely on its own, with no favours from Beijing."),
    ("para", "zh", [M], "马斯克称，特斯拉上海工厂不到一年就建成了，而且完全没靠中国政府帮忙。"),
    ("cross", "zh", [M], "马斯克说 Giga Shanghai \"got no help from the Chinese government\"，从动工到交车还不到一年。"),
    ("cross", "en", [M], "Musk said the 上海超级工厂 in Lingang went up in under twelve months without a single yuan of government support."),
    ("part", "zh", [M], "回忆起上海工厂，马斯克称赞中国施工队速度惊人，并说特斯拉完全没有借助政府的任何帮助。"),
    ("num", "zh", [], "马斯克说，上海工厂从破土动工到第一批车交付用了大约十一个月。"),
    ("opp", "zh", [], "马斯克坦言，要是没有上海市政府和中国银行的支持，特斯拉上海工厂不可能建得这么快。"),
    ("same", "en", [], "Musk said Giga Shanghai is Tesla's most efficient factory, turning out a car roughly every 40 seconds."),

    # ===== N: Giga Shanghai makes 2/3 of Teslas =====
    ("para", "en", [N], "Musk said around two out of every three Teslas now come out of the Shanghai plant."),
    ("para", "zh", [N], "马斯克说，全世界的特斯拉有三分之二以上出自上海工厂。"),
    ("cross", "zh", [N], "马斯克称 \"Shanghai makes more than two-thirds of our cars\"，凸显上海工厂对特斯拉的重要性。"),
    ("cross", "en", [N], "Musk said most Teslas on Earth, more than two-thirds of them, roll out of the 上海 gigafactory."),
    ("part", "zh", [N], "马斯克提到上海工厂的出口业务时说，\"现在大概七成的特斯拉都是上海造的\"。"),
    ("num", "en", [], "Musk said Shanghai accounts for roughly half of Tesla's global production."),
    ("num", "zh", [], "马斯克称上海工厂的年产量已经接近一百万辆。"),
    ("opp", "en", [], "Musk said Shanghai is a small part of Tesla's output compared with Fremont and Texas."),

    # ===== O: Chinese workers till 3am =====
    ("para", "en", [O], "Musk said Chinese workers aren't just burning the midnight oil, they're burning the 3 a.m. oil, while Americans head home at five."),
    ("para", "zh", [O], "马斯克感慨，中国的流水线凌晨三点还灯火通明，天天如此，而美国的工人一到五点就收拾东西回家。"),
    ("cross", "zh", [O], "马斯克用 \"burning the 3am oil\" 形容中国工人，说那边半夜三点还在上班是常事，美国人则早早收工。"),
    ("para", "zh", [O], "马斯克说，在中国工厂，半夜三点还守在岗位上是家常便饭，换成美国，下午五点人就走光了。"),
    ("part", "en", [O], "Musk said China's edge is partly scale and partly work ethic: \"People there work until three in the morning, routinely.\""),
    ("num", "en", [], "Musk said the average Chinese employee works close to 50 hours a week."),
    ("opp", "zh", [], "马斯克说，中国工人的工作时间其实并不比美国人长多少。"),
    ("same", "zh", [], "马斯克称中国工程师比美国工程师更聪明。"),
    ("same", "en", [], "Musk said Chinese engineers are far more willing to relocate to wherever the factory is."),

    # ===== P: population halves within a generation =====
    ("para", "en", [P], "Musk said China's population is on track to drop by half within one generation."),
    ("para", "zh", [P], "马斯克说，按照现在的趋势，中国人口一代人之内就会腰斩。"),
    ("cross", "zh", [P], "马斯克发帖称 \"China's population will halve in a generation\"，警告中国人口将崩塌。"),
    ("para", "zh", [P], "马斯克预言，再过二十五年左右，中国会失去大约一半的人口。"),
    ("part", "zh", [P], "马斯克在谈到全球低生育率时说，\"日本、韩国都很糟糕，而中国的人口可能一代人就少一半。\""),
    ("num", "en", [], "Musk said China's population could fall to around 600 million by the end of the century."),
    ("num", "zh", [], "马斯克说，到2050年中国人口可能会减少一成左右。"),
    ("opp", "en", [], "Musk said fears about China's population decline are overblown and that it will level off soon."),
    ("same", "zh", [], "马斯克称中国人口已经被印度超过了。"),

    # ===== Q: lowest birth rate in the world =====
    ("para", "en", [Q], "Musk said no country on Earth has a lower birth rate than China."),
    ("para", "zh", [Q], "马斯克表示，中国的生育率已经在全球垫底了。"),
    ("para", "en", [Q], "China now has the lowest birth rate on the planet, even worse than Korea, Musk tweeted."),
    ("cross", "zh", [Q], "马斯克在X上写道 \"China now has the lowest birth rate in the world\"，引发网友热议。"),
    ("cross", "en", [Q], "Musk said that when it comes to 生育率, China has sunk to dead last among all countries."),
    ("part", "en", [Q], "Musk said the birth-rate collapse is the biggest risk to civilisation, and that China has the very lowest fertility of any country."),
    ("opp", "en", [], "Musk noted that China's birth rate, though low, is still higher than South Korea's."),
    ("same", "en", [], "Musk said Chinese women now have only about one child each on average."),

    # ===== Q + RR combined =====
    ("part", "zh", [Q, RR], "马斯克说，中国的生育率全世界最低，而且放开独生子女政策以后，新生儿数量一年比一年少。"),

    # ===== RR: births fell every year =====
    ("para", "en", [RR], "Musk said Chinese births have dropped every year, without exception, ever since the one-child rule was scrapped."),
    ("para", "zh", [RR], "马斯克说，中国放开生育政策之后，出生人口年年下降，从来没有回升过。"),
    ("cross", "zh", [RR], "马斯克称 Chinese births \"have gone down every single year\" since the one-child policy ended，没有一年例外。"),
    ("para", "zh", [RR], "马斯克说，自打北京放开独生子女政策，新生儿数量就一年比一年少，没有哪一年例外。"),
    ("num", "en", [], "Musk said China had only about 9 million births in 2023, roughly half as many as in 2016."),
    ("opp", "zh", [], "马斯克说，取消独生子女政策后，中国的出生人口已经开始回升。"),
    ("same", "en", [], "Musk said Beijing's cash bonuses for new babies are far too small to change anything."),

    # ===== S: China controls all rare earths =====
    ("para", "en", [S], "Musk said China has a lock on essentially all of the world's rare earths, \"like, a hundred percent.\""),
    ("para", "zh", [S], "马斯克说，全球稀土从头到尾都是中国说了算，别的国家几乎插不上手，“基本是百分之百”。"),
    ("para", "zh", [S], "马斯克在采访中说：\"稀土嘛，基本全在中国，百分之百，别的地方没有。\""),
    ("cross", "zh", [S], "马斯克表示 \"China controls basically all rare earths\"，这让美国制造业非常被动。"),
    ("cross", "en", [S], "Musk said China holds practically every tonne of 稀土 on the planet."),
    ("part", "en", [S], "Musk said magnets are a bottleneck for Optimus and EV motors, and added that China controls basically the entire rare-earth supply."),
    ("num", "en", [], "Musk said China mines roughly 70 percent of the world's rare earths."),
    ("num", "zh", [], "马斯克称中国掌握了全球约九成的稀土冶炼分离能力。"),
    ("opp", "zh", [], "马斯克认为，稀土其实并不稀有，中国在这方面的控制力被严重夸大了。"),
    ("same", "en", [], "Musk said Tesla is designing motors that use no rare earths at all."),

    # ===== S + T combined =====
    ("part", "en", [S, T], "Musk said China controls all of the world's rare earths and has now banned magnet exports outright."),

    # ===== T: China banned all rare-earth magnet exports =====
    ("para", "en", [T], "Musk said Beijing has shut the door completely on rare-earth magnet shipments, so there's simply no supply for anyone abroad."),
    ("para", "zh", [T], "马斯克说，北京把稀土磁铁的出口大门彻底关上了，海外厂商一块也拿不到。"),
    ("cross", "zh", [T], "马斯克在财报电话会上说 China has \"cut off all rare earth magnet exports\"，擎天柱机器人的生产因此受阻。"),
    ("cross", "en", [T], "Musk said Beijing's 稀土磁体 export ban means zero magnets are leaving China."),
    ("part", "en", [T], "Musk said Optimus is on track, but China has banned rare-earth magnet exports entirely, which is a real problem."),
    ("num", "en", [], "Musk said China restricted exports of seven rare-earth elements in April."),
    ("same", "zh", [], "马斯克称，中国要求稀土磁体出口必须申请许可证，擎天柱的生产因此受到了影响。"),
    ("same", "en", [], "Musk said Tesla expects to get its export licence for Chinese rare-earth magnets soon."),

    # ===== U: highest robot density =====
    ("para", "en", [U], "Musk said that, measured against the size of its workforce, China's factories are now the most robot-packed in the world."),
    ("para", "zh", [U], "马斯克表示，按每万名工人计算，中国工厂里的机器人密度已经是世界第一。"),
    ("para", "en", [U], "On China's factories, Musk said: \"They've got the highest robot density on Earth now, by far.\""),
    ("cross", "zh", [U], "马斯克说：\"China has more robots per worker than anyone.\" 他认为这是中国制造业效率高的原因。"),
    ("cross", "en", [U], "Musk said China's 机器人密度, robots per factory worker, is now number one in the world."),
    ("part", "en", [U], "Musk said China's factories are incredibly automated: \"I think they have the most robots per worker of any country now.\""),
    ("num", "en", [], "Musk said China now has more factory robots per worker than Germany or Japan."),
    ("opp", "zh", [], "马斯克说中国工厂的自动化程度很低，主要还是靠廉价人工。"),
    ("same", "zh", [], "马斯克称中国工厂里正在运转的工业机器人总数是全世界最多的。"),

    # ===== V: installs more robots than rest of world =====
    ("para", "en", [V], "Musk said China is installing more industrial robots each year than every other country put together."),
    ("para", "zh", [V], "马斯克说，全球每年新上岗的工业机器人，一大半都装在了中国，其他国家全加起来也比不上。"),
    ("cross", "zh", [V], "马斯克称 China installs \"more robots than the rest of the world combined\"，而且年年如此。"),
    ("cross", "en", [V], "Musk said China's factories add more 工业机器人 every year than all other nations combined."),
    ("part", "zh", [V], "马斯克谈到人形机器人时说，中国在传统工业机器人上已经很强，\"他们每年装的机器人可能比其他国家加起来都多\"。"),
    ("opp", "en", [], "Musk said China still installs far fewer industrial robots each year than Japan and Germany."),
    ("same", "en", [], "Musk said Chinese humanoid robot makers like Unitree are the main competition for Optimus."),
    ("same", "zh", [], "马斯克称中国的人形机器人还只是表演道具，没有实际用途。"),

    # ===== W: China launches more rockets than US =====
    ("para", "en", [W], "Musk said China has overtaken America in how many rockets it puts into orbit each year."),
    ("para", "zh", [W], "马斯克说，按一年能打多少发入轨火箭来算，中国已经把美国比下去了。"),
    ("cross", "zh", [W], "马斯克称 China \"now out-launches America\"，每年把更多火箭送入轨道。"),
    ("part", "en", [W], "Musk said China's space program is moving fast and that, to be honest, they're probably launching more orbital rockets than the US now."),
    ("num", "en", [], "Musk said SpaceX alone launches about twice as many rockets as all of China."),
    ("opp", "zh", [], "马斯克表示，SpaceX一家的发射次数就比中国全国加起来还多。"),
    ("same", "en", [], "Musk said China's Long March rockets are mostly expendable and that China is years away from reusable boosters."),
    ("same", "zh", [], "马斯克说中国可能会比美国更早把人送上月球。"),

    # ===== X: China has nothing like Starlink =====
    ("para", "en", [X], "Musk said Beijing doesn't have a Starlink rival in orbit or even on the drawing board."),
    ("para", "zh", [X], "马斯克说，像星链这样的卫星网络，中国一个都没有，也没见他们在做。"),
    ("cross", "zh", [X], "马斯克称 \"China has nothing like Starlink\"，中国在卫星互联网上几乎一片空白。"),
    ("para", "zh", [X], "马斯克表示，中国在低轨卫星互联网上拿不出任何能和星链相提并论的东西，连尝试都谈不上。"),
    ("part", "en", [X], "Musk said Starlink is the only real global broadband constellation, adding that China doesn't have anything like it in the works."),
    ("num", "zh", [], "马斯克说，中国的千帆星座目前在轨卫星还不到一百颗，而星链已经有七千多颗。"),
    ("opp", "en", [], "Musk said China's Guowang and Qianfan constellations will overtake Starlink within a few years."),
    ("same", "en", [], "Musk said Beijing has asked him not to sell Starlink service in China."),
    ("same", "zh", [], "马斯克称中国军方正在研究如何摧毁星链卫星。"),

    # ===== Y: Taiwan is like Hawaii =====
    ("para", "en", [Y], "Musk said Taiwan's relationship to Beijing is basically Hawaii's relationship to Washington: part of the country, just out in the ocean."),
    ("para", "zh", [Y], "马斯克说，台湾和中国的关系，就跟夏威夷和美国的关系差不多。"),
    ("cross", "zh", [Y], "马斯克称 Taiwan is \"kind of like Hawaii\" for China，是中国不可分割的一部分。"),
    ("cross", "en", [Y], "Musk compared 台湾 to Hawaii, arguing the island belongs to China in much the same way Hawaii belongs to America."),
    ("part", "en", [Y], "Musk said a war over Taiwan would be a disaster for everyone, and that the island is more or less to China what Hawaii is to the US."),
    ("part", "zh", [Y], "马斯克在节目里说：\"从某种意义上讲，台湾对中国来说，大概就像夏威夷对美国一样。\""),
    ("opp", "zh", [], "马斯克表示，台湾和夏威夷完全不同，台湾有自己的政府和选举。"),
    ("same", "en", [], "Musk said that, from Beijing's point of view, reunification with Taiwan is a core policy goal."),
    ("same", "zh", [], "马斯克说台积电的芯片工厂是台湾最重要的安全保障。"),

    # ===== Z: Taiwanese would accept special zone =====
    ("para", "en", [Z], "Musk reckoned that if it meant no war, the bulk of Taiwan's population would go along with becoming something like Hong Kong under Beijing."),
    ("para", "zh", [Z], "马斯克认为，如果换来的是不打仗，多数台湾人其实能接受北京给的香港式安排。"),
    ("cross", "zh", [Z], "马斯克说，a special administrative zone deal \"would be acceptable to most people in Taiwan\"，前提是不打仗。"),
    ("cross", "en", [Z], "Musk said most people in 台湾 could live with becoming a special administrative region like 香港, as long as it avoided war."),
    ("part", "en", [Z], "Musk floated a special administrative zone for Taiwan, saying it wouldn't make everyone happy but most Taiwanese could accept it."),
    ("num", "zh", [], "马斯克称，大约只有一成的台湾人支持和大陆统一。"),
    ("opp", "en", [], "Musk acknowledged that most people in Taiwan reject any 'one country, two systems' arrangement."),
    ("same", "en", [], "Musk proposed that Taiwan become a special administrative zone of China."),
    ("same", "zh", [], "马斯克建议，台湾问题应该通过谈判达成一个双方都能接受的安排。"),

    # ===== AA: TikTok law bans app no matter what =====
    ("para", "en", [AA], "Musk said the TikTok law is a straight-up ban, and selling the company wouldn't save it."),
    ("para", "zh", [AA], "马斯克说，美国的TikTok法案就是一刀切的禁令，字节跳动卖不卖都一样。"),
    ("para", "en", [AA], "\"It's not a sell-or-ban law, it's just a ban,\" Musk said of the TikTok legislation."),
    ("cross", "zh", [AA], "马斯克表示 the TikTok law \"just bans it, no matter what ByteDance does\"，他对此明确反对。"),
    ("cross", "en", [AA], "Musk said the TikTok law is an outright ban whatever 字节跳动 (ByteDance) decides to do."),
    ("part", "en", [AA], "Musk said he has long opposed a TikTok ban on free-speech grounds, and that the law Congress passed bans the app outright regardless of any sale."),
    ("opp", "en", [], "Musk noted that the TikTok law only forces a sale and lets the app keep running if ByteDance sells."),
    ("same", "en", [], "Musk said X has been blocked in China for years, so banning TikTok in America is only fair."),
    ("same", "zh", [], "马斯克表示自己对收购TikTok美国业务没有兴趣。"),
    ("same", "zh", [], "马斯克说，TikTok在美国大约有1.7亿用户。"),

    # ===== AB: Xiaomi car nobody buys =====
    ("para", "en", [AB], "Musk said Xiaomi should stick to phones, because basically nobody is buying its car."),
    ("para", "zh", [AB], "马斯克说，小米造车就是个噱头，它的车根本卖不出去。"),
    ("cross", "zh", [AB], "马斯克说 Xiaomi's car \"isn't selling at all\"，小米说到底还是个手机公司。"),
    ("cross", "en", [AB], "Musk said 小米's SU7 is a phone maker's vanity project that hardly anyone buys."),
    ("part", "zh", [AB], "马斯克称小米手机做得不错，\"但他们的车？我不觉得真有人买。\""),
    ("num", "en", [], "Musk said Xiaomi delivered well over a hundred thousand SU7s in 2024."),
    ("opp", "en", [], "Musk said Xiaomi's SU7 is a hit and a serious threat to Tesla in China."),
    ("same", "en", [], "Musk said Xiaomi's SU7 is a copy of the Porsche Taycan."),
    ("same", "zh", [], "马斯克称小米汽车主要是靠雷军的个人粉丝撑起来的。"),

    # ===== AC: no Chinese driverless robotaxis =====
    ("para", "en", [AC], "Musk said every so-called robotaxi in China still has a human sitting in it somewhere."),
    ("para", "zh", [AC], "马斯克说，中国那些所谓的无人出租车，车里其实都坐着安全员，没有一家是真正没人开的。"),
    ("para", "en", [AC], "Musk scoffed at reports of Chinese robotaxis: \"There's always a safety driver somewhere. Nobody in China is truly driverless.\""),
    ("cross", "zh", [AC], "马斯克称 China has \"no real driverless robotaxis\"，萝卜快跑那些车上都还得有人盯着。"),
    ("cross", "en", [AC], "Musk said Baidu's 萝卜快跑 (Apollo Go) and the rest still need safety drivers, so China has no truly driverless taxis."),
    ("part", "zh", [AC], "马斯克说特斯拉会在全球自动驾驶领域领先，并称在中国还没有谁在公共道路上运营真正没人开的出租车。"),
    ("num", "zh", [], "马斯克说，百度萝卜快跑一个季度大概能完成一百万次出行。"),
    ("opp", "en", [], "Musk said Chinese robotaxi companies are already carrying paying passengers with nobody behind the wheel."),
    ("same", "en", [], "Musk said Tesla's FSD will be approved in China within months."),
    ("same", "zh", [], "马斯克称中国的智能驾驶过度依赖激光雷达，是走错了路。"),

    # ===== AD: China has no AI rules =====
    ("para", "en", [AD], "Musk said China has essentially zero AI regulation, so its labs can do anything they like."),
    ("para", "zh", [AD], "马斯克说，中国对AI几乎没有任何监管，公司想干什么就干什么。"),
    ("cross", "zh", [AD], "马斯克表示 China has \"no AI rules at all\"，中国企业在AI上可以为所欲为。"),
    ("para", "zh", [AD], "马斯克说，中国在AI上根本没立什么规矩，中国的实验室想怎么做都行。"),
    ("part", "en", [AD], "Musk said AI is moving too fast everywhere, and that in China there are basically no rules on it at all, which worries him."),
    ("opp", "zh", [], "马斯克说，中国政府对AI的监管其实比美国严格得多。"),
    ("same", "en", [], "Musk said China agreed at the Bletchley Park summit that AI safety needs international cooperation."),
    ("same", "zh", [], "马斯克称中国的AI模型上线前都要经过审查，必须符合社会主义核心价值观。"),

    # ===== AE: battery packs cost half =====
    ("para", "en", [AE], "Musk said a battery pack in China costs about half what the same pack costs in the US."),
    ("para", "zh", [AE], "马斯克说，一块电池包在美国卖多少钱，在中国差不多打个五折就能拿到。"),
    ("para", "en", [AE], "Musk said, half-joking, that if Tesla could buy packs at Chinese prices it would pay about fifty cents on the American dollar."),
    ("cross", "zh", [AE], "马斯克称 battery packs in China are \"half the price\" of US ones，这是中国电动车便宜的主要原因。"),
    ("cross", "en", [AE], "Musk said 宁德时代 (CATL) and other suppliers sell packs in China for half the US price."),
    ("part", "zh", [AE], "马斯克说中国电动车便宜有很多原因，比如人工和规模，但最主要的是那里的电池包价格只有我们这里的一半。"),
    ("num", "zh", [], "马斯克说，中国的电池包比美国便宜大约四分之一。"),
    ("num", "en", [], "Musk said battery pack prices in China have dropped below $100 per kilowatt-hour."),
    ("opp", "en", [], "Musk said battery packs cost about the same in China as in America."),
    ("same", "zh", [], "马斯克说中国的磷酸铁锂电池技术比美国领先好多年。"),

    # ===== AF: manufacturing > US+EU+Japan =====
    ("para", "en", [AF], "Musk said that if you stacked up every factory in America, Europe and Japan, China would still out-produce the lot."),
    ("para", "zh", [AF], "马斯克说，把美国、欧洲和日本的工厂产出全加在一起，也比不过中国一家。"),
    ("para", "en", [AF], "\"China's manufacturing base is bigger than ours, Europe's and Japan's combined, it's not even close,\" Musk said."),
    ("cross", "zh", [AF], "马斯克表示 China's manufacturing output is \"bigger than the US, Europe and Japan combined\"。"),
    ("para", "zh", [AF], "马斯克称，中国制造业的体量已经超过美、欧、日三家的总和。"),
    ("part", "en", [AF], "Musk said people underestimate China: \"I think their factories turn out more than the US, Europe and Japan combined.\""),
    ("num", "en", [], "Musk said China's manufacturing output is roughly double that of the United States."),
    ("num", "zh", [], "马斯克说，中国制造业大约占全球的三成。"),
    ("opp", "zh", [], "马斯克称，美国的制造业产出仍然超过中国。"),
    ("same", "en", [], "Musk said China's manufacturing lead comes from supply chains clustered within a few hours' drive of each other."),

    # ===== china-unanswered =====
    ("cu", "en", [], "Musk said DJI makes the best consumer drones in the world and nobody in America comes close."),
    ("cu", "en", [], "Musk said China's high-speed rail network is longer than the rest of the world's combined."),
    ("cu", "en", [], "Musk said China produces more steel than the rest of the world put together."),
    ("cu", "en", [], "Musk said Chinese shipyards build more ships in a year than America has built since World War II."),
    ("cu", "en", [], "Musk said Chinese cities are cleaner and safer than most American cities."),
    ("cu", "en", [], "Musk said China's property slump is the biggest risk to its economy."),
    ("cu", "en", [], "Musk said youth unemployment in China is far higher than the official numbers show."),
    ("cu", "en", [], "Musk said he has great respect for the Chinese people and that China's leadership wants stability."),
    ("cu", "en", [], "Musk said drone swarms made in China would dominate any future war."),
    ("cu", "en", [], "Musk said NIO's battery-swap stations are a gimmick that won't scale."),
    ("cu", "en", [], "Musk said China builds bridges and highways at a speed America can't imagine."),
    ("cu", "en", [], "Musk said the yuan will never replace the dollar as the world's reserve currency."),
    ("cu", "en", [], "Musk said Chinese hypersonic missiles could sink US aircraft carriers."),
    ("cu", "en", [], "Musk said Chinese students at American universities should be welcomed, not treated as suspects."),
    ("cu", "zh", [], "马斯克说，大疆的无人机在全球消费级市场几乎没有对手。"),
    ("cu", "zh", [], "马斯克称，中国的高铁网络是世界上最好的。"),
    ("cu", "zh", [], "马斯克表示，中国的钢铁产量占全球一半以上。"),
    ("cu", "zh", [], "马斯克说，中国的造船能力是美国的两百多倍。"),
    ("cu", "zh", [], "马斯克称上海的地铁比纽约地铁干净得多。"),
    ("cu", "zh", [], "马斯克表示，中国房地产市场的问题会拖累经济好几年。"),
    ("cu", "zh", [], "马斯克说，中国年轻人\"躺平\"反映了经济的困境。"),
    ("cu", "zh", [], "马斯克称三峡大坝是人类工程史上的奇迹。"),
    ("cu", "zh", [], "马斯克说，中国的外卖和移动支付比美国方便太多了。"),
    ("cu", "zh", [], "马斯克表示，他很喜欢中国菜，每次去北京都很期待。"),
    ("cu", "zh", [], "马斯克称人民币国际化进展缓慢，短期内无法挑战美元。"),
    ("cu", "zh", [], "马斯克说中国在量子通信领域处于世界领先地位。"),
    ("cu", "zh", [], "马斯克表示，由于防火墙，X在中国无法访问。"),
    ("cu", "zh", [], "马斯克称，中国的无人机产业链让美国国防部非常担忧。"),
    ("cu", "zh", [], "马斯克说，中国的城市化速度在人类历史上前所未有。"),
    ("cu", "zh", [], "马斯克称，中国的充电桩数量比世界其他地方加起来还多。"),

    # ===== unrelated =====
    ("un", "en", [], "Musk said Starship will carry the first crew to Mars by 2029."),
    ("un", "en", [], "Musk said Neuralink's implant let a patient control a computer cursor with his thoughts."),
    ("un", "en", [], "Musk said the Boring Company's Las Vegas tunnel will expand to dozens of stations."),
    ("un", "en", [], "Musk said X will soon launch a payments feature in the United States."),
    ("un", "en", [], "Musk said the Cybertruck is the toughest pickup ever made."),
    ("un", "en", [], "Musk said the Federal Reserve should cut interest rates."),
    ("un", "en", [], "Musk said SpaceX caught a Super Heavy booster with the launch tower's chopstick arms."),
    ("un", "en", [], "Musk said Grok is the smartest AI in the world."),
    ("un", "zh", [], "马斯克说，星舰将在2026年首次飞往火星。"),
    ("un", "zh", [], "马斯克表示，Neuralink今年会给更多患者植入芯片。"),
    ("un", "zh", [], "马斯克称，特斯拉的Cybercab将在得州奥斯汀开始运营。"),
    ("un", "zh", [], "马斯克说，美国政府的赤字迟早会导致国家破产。"),
    ("un", "zh", [], "马斯克表示，X平台的日活跃用户创下了新高。"),
    ("un", "zh", [], "马斯克称，星链已经在一百多个国家和地区提供服务。"),
    ("un", "zh", [], "马斯克说，他计划把xAI和X整合成一家公司。"),
    # ===== additions after rebalancing =====
    ("opp", "en", [], "Musk said DeepSeek's efficiency tricks are genuinely new ideas that OpenAI itself could learn from."),
    ("opp", "zh", [], "马斯克说，中国每年新装的工业机器人只占全球的一小部分。"),
    ("cu", "en", [], "Musk said China's lithium refiners have the rest of the world over a barrel."),
    ("cu", "zh", [], "马斯克称，中国的高考制度培养了大量数学人才。"),
    ("cu", "zh", [], "马斯克表示，香港作为金融中心的地位正在下降。"),
    ("un", "en", [], "Musk said Tesla's Optimus robot will be folding laundry in people's homes next year."),
    ("un", "zh", [], "马斯克说，SpaceX的猎鹰9号助推器已经成功复用了二十多次。"),
]
