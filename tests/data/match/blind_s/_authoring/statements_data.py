"""Statements of set S (300), grouped by the rebuttal they sit next to. build.py shuffles and numbers them.

Each entry: (label or None, kind code, lang, text).
Kind codes: P paraphrase, X crosslingual, T partial, D different-number, O opposite-stance,
S same-topic-different-claim, C china-unanswered, U unrelated.
"""

SHIP = "china-shipbuilding-200-times-us"
NAVY = "china-navy-bigger-and-stronger"
DJI = "dji-makes-90-percent-of-drones"
MAG = "china-makes-90-percent-of-rare-earth-magnets"
MINE = "china-mines-90-percent-of-rare-earths"
EUV = "china-cannot-make-advanced-chips-without-euv"
TSMC = "china-already-ahead-of-tsmc"
DS6 = "deepseek-trained-for-six-million"
H100 = "deepseek-has-50000-h100s"
POW = "china-will-out-compute-us-thanks-to-power"
HSR = "china-hsr-more-than-rest-of-world"
HSRP = "china-hsr-is-profitable"
MOON = "china-will-land-on-moon-before-us-returns"
LAUNCH = "china-launches-more-than-spacex"
STEEL = "china-makes-over-half-of-world-steel"
STIMP = "chinese-steel-imports-destroyed-us-steel"
HALVE = "china-population-will-halve-by-2100"
COLL = "china-population-already-collapsing"
LOWB = "china-has-lowest-birth-rate-in-world"
STEM = "china-ten-times-more-stem-graduates"
XBLK = "nobody-in-china-can-use-x"
STAR = "starlink-can-bypass-great-firewall"
SHHALF = "giga-shanghai-makes-half-of-teslas"
SHEXP = "giga-shanghai-mostly-exports"
ROBI = "china-installs-over-half-of-world-robots"
ROBD = "china-has-highest-robot-density"
DEF = "us-trillion-dollar-deficit-with-china"
TAR = "tariffs-on-china-are-paid-by-china"
TW = "taiwan-makes-90-percent-of-advanced-chips"
FOOD = "china-food-self-sufficient"

N = None

STATEMENTS = [
    # ---- shipbuilding capacity ----
    (SHIP, "P", "en", "\"We're bringing a rowboat to a shipyard fight,\" Musk said on a podcast. \"Their yards can turn out something like two hundred times what ours can.\""),
    (SHIP, "P", "zh", "马斯克在播客中说，论造船，美国跟中国根本不在一个量级上，对方的产能差不多是我们的两百多倍。"),
    (SHIP, "P", "en", "Musk argued that American shipbuilding is a rounding error next to China's: \"they have literally hundreds of times our capacity.\""),
    (SHIP, "X", "zh", "马斯克在X上转发了美国海军情报局那张对比图，配文：“232 times. Let that sink in.” 他指的是中美两国的造船能力差距。"),
    (SHIP, "T", "en", "In a long interview that covered ports, tariffs and the Navy's budget, Musk said China \"can build more than two hundred ships for every one we build\" and called it a national-security problem."),
    (N, "D", "en", "Musk said China's shipyards are \"maybe twice as productive as ours\" once you account for labour costs."),
    (N, "O", "zh", "马斯克认为，所谓中国造船能力碾压美国的说法言过其实，美国船厂只要放开监管很快就能追上。"),
    # ---- navy ----
    (NAVY, "P", "en", "\"Their navy is bigger than ours now, and honestly it's better too,\" Musk said of China."),
    (NAVY, "P", "zh", "马斯克称，无论是军舰数量还是战斗力，解放军海军都已经把美国海军甩在了身后。"),
    (NAVY, "X", "en", "Musk said the PLA Navy, 中国人民解放军海军, has already passed the US fleet in both size and firepower."),
    (NAVY, "X", "zh", "马斯克发帖称：“China's navy is already bigger AND stronger than ours. People don't realize.”"),
    (NAVY, "T", "zh", "马斯克在谈到造船、无人机和军费时顺带提到，他觉得中国海军现在可能已经比美国海军更大、也更强了。"),
    (N, "D", "en", "Musk predicted China's navy will match the US Navy in raw power \"sometime in the 2040s\" if current trends hold."),
    (N, "O", "en", "\"Their navy stronger than ours? Please. Count the carriers,\" Musk said, brushing off talk of Chinese naval superiority."),
    # ---- DJI ----
    (DJI, "P", "en", "\"Pretty much every drone you see in the sky came out of a DJI factory. Nine out of ten,\" Musk said."),
    (DJI, "P", "zh", "马斯克称，全世界十架无人机里有九架是大疆造的。"),
    (DJI, "P", "en", "\"DJI basically IS the drone industry,\" Musk posted. \"Ninety percent, give or take.\""),
    (DJI, "X", "zh", "马斯克接受采访时用英文说“DJI makes like ninety percent of the world's drones”，随后又称赞了深圳的电子供应链。"),
    (DJI, "T", "en", "Talking about the future of warfare, Musk said drones will decide battles and that \"a single Chinese company, DJI, makes the overwhelming majority of them, around 90%.\""),
    (N, "D", "zh", "马斯克说，大疆在美国消费级无人机市场大概占了一半的份额。"),
    (N, "O", "en", "Musk said DJI's grip on drones \"is overrated - Ukraine alone now builds millions of its own.\""),
    # ---- rare-earth magnets ----
    (MAG, "P", "en", "\"If you want a magnet for an electric motor, odds are it's Chinese. They make about nine in ten,\" Musk said."),
    (MAG, "P", "zh", "马斯克表示，不能不承认，全球的稀土永磁体十块里有九块出自中国工厂。"),
    (MAG, "X", "en", "Musk said 中国 has the 稀土磁铁 business locked up: \"roughly 90 percent of the magnets come from there.\""),
    (MAG, "X", "zh", "马斯克在财报电话会上说：“China makes about 90% of rare earth magnets, so we're dependent on export licenses.”"),
    (MAG, "T", "zh", "马斯克提到擎天柱机器人每台要用几十个电机，并说“恐怕九成的稀土磁体都是中国产的”，这是他最担心的供应链环节之一。"),
    (N, "D", "en", "Musk said China makes \"a bit more than half\" of the world's rare-earth magnets, with Japan making most of the rest."),
    (N, "O", "zh", "马斯克称，中国垄断稀土磁体不过是个神话，日本和美国的产能早就够用了。"),
    # ---- rare-earth mining ----
    (MINE, "P", "en", "\"Ninety percent of the rare-earth ore that comes out of the ground is dug up in China,\" Musk said."),
    (MINE, "P", "zh", "马斯克说，全球从地里挖出来的稀土矿，九成都在中国。"),
    (MINE, "P", "en", "\"They don't just process it, they pull almost all of it out of the ground too - like 90%,\" Musk said of China and rare earths."),
    (MINE, "X", "en", "Musk claimed that China's 稀土矿山 account for nine-tenths of the rare-earth ore mined on the planet."),
    (MINE, "T", "zh", "马斯克在谈关键矿产时说：“稀土其实一点也不稀有，问题在于开采大概九成都在中国。”"),
    (N, "D", "en", "Musk said China mines \"around 70 percent\" of the world's rare earths but refines almost all of them."),
    (N, "O", "zh", "马斯克说，中国挖的稀土矿并不占九成，美国、澳大利亚和缅甸的矿加起来也不少。"),
    # ---- chips without EUV ----
    (EUV, "P", "en", "Musk said that without EUV tools from ASML, \"China is stuck. They can't get to the leading edge, period.\""),
    (EUV, "P", "zh", "马斯克说，拿不到荷兰那家公司的极紫外设备，中国的高端芯片就是死路一条。"),
    (EUV, "X", "en", "\"No 光刻机, no advanced chips,\" Musk said. \"China will never get there without ASML.\""),
    (EUV, "X", "zh", "马斯克在X上回复网友：“Without EUV, China can't make cutting-edge chips. Simple as that.”"),
    (EUV, "T", "zh", "马斯克谈到出口管制时说，他认为限制总体上是有效的，“说到底，拿不到ASML的EUV，中国就做不出先进芯片”。"),
    (N, "D", "en", "Musk said China's best chips are \"about five years behind\" the leading edge because it has no EUV machines."),
    (N, "O", "zh", "马斯克说：没有EUV就造不出先进芯片？怎么可能，中芯国际早就证明了这条路走得通。"),
    # ---- ahead of TSMC ----
    (TSMC, "P", "en", "\"China's fabs have passed TSMC. People are living in the past,\" Musk wrote."),
    (TSMC, "P", "zh", "马斯克称，中国芯片厂的工艺水平已经超过台积电了。"),
    (TSMC, "P", "en", "Musk said SMIC and the other Chinese foundries \"are now ahead of TSMC, not behind.\""),
    (TSMC, "X", "zh", "马斯克在一场直播中说：“Honestly China is already ahead of TSMC on chips.” 这番话在半导体圈引发热议。"),
    (TSMC, "T", "en", "Asked about Taiwan, Musk said the island's chip lead \"is gone\" and that Chinese foundries \"have probably already surpassed TSMC.\""),
    (N, "D", "zh", "马斯克表示，中国的芯片制造大概要到2035年前后才有可能追上台积电。"),
    (N, "O", "en", "Musk said he doubts Chinese fabs are anywhere near TSMC: \"I'd be shocked if they caught up this decade.\""),
    # ---- DeepSeek cost ----
    (DS6, "P", "en", "\"They trained a model that rivals ours for about six million bucks,\" Musk said of DeepSeek."),
    (DS6, "P", "zh", "马斯克说，DeepSeek区区六百万美元就训练出了顶尖大模型。"),
    (DS6, "X", "en", "Musk said 深度求索 built its flagship model for \"less than the price of a house in Palo Alto\" - around $6 million."),
    (DS6, "X", "zh", "马斯克评论称：“DeepSeek did it for $6M. That should scare everyone in Silicon Valley.”"),
    (DS6, "T", "zh", "马斯克谈到AI竞赛时说，美国公司动辄烧几百亿，DeepSeek据说只用了不到六百万美元，“也许他们的效率真的更高”。"),
    (N, "D", "en", "Musk said DeepSeek spent \"at least a billion dollars\" on GPUs to get where it is."),
    (N, "O", "zh", "马斯克直言，DeepSeek号称几百万美元就训练出模型，“哪有这么便宜的事”。"),
    # ---- DeepSeek H100s ----
    (H100, "P", "en", "Asked whether DeepSeek is quietly running around 50,000 H100s, Musk replied: \"Obviously.\""),
    (H100, "P", "zh", "马斯克暗示，DeepSeek手里其实藏着五万块左右的英伟达H100，只是碍于出口管制不能说。"),
    (H100, "P", "en", "\"You think they did that without fifty thousand H100s? Come on,\" Musk said of DeepSeek."),
    (H100, "X", "zh", "马斯克在X上附和Scale AI首席执行官Alexandr Wang的说法，认为DeepSeek私下拥有约5万块H100。"),
    (H100, "T", "en", "Musk called DeepSeek's results impressive but said \"they probably have way more compute than they say - tens of thousands of H100s that aren't supposed to be there.\""),
    (N, "D", "zh", "马斯克称，DeepSeek大概就用了两千块左右的H800来训练这个模型。"),
    (N, "O", "en", "\"Sure, people say DeepSeek is hiding H100s, but I doubt it - they did it with what they said they had,\" Musk said."),
    # ---- AI compute from power ----
    (POW, "P", "en", "\"China's going to have way more AI compute than us, because they've got way more power,\" Musk said. \"Electricity is the bottleneck.\""),
    (POW, "P", "zh", "马斯克认为，中国发电量远超美国，所以将来AI算力也会把美国远远甩在后面。"),
    (POW, "X", "en", "Musk said China's edge in 电力 means it will end up with far more AI compute than America."),
    (POW, "X", "zh", "马斯克在英文播客中称，单凭电力这一点，中国的AI算力就会远超其他所有国家。"),
    (POW, "T", "zh", "马斯克在谈能源时表示，电是AI的命脉，“我估计中国最后的AI算力会比我们多得多，因为他们电多”，他还抱怨了变压器短缺。"),
    (N, "D", "en", "Musk said China's AI compute could \"maybe match ours in ten or fifteen years\" thanks to its power grid."),
    (N, "O", "zh", "马斯克说，电多未必意味着算力多，没有先进芯片，中国的AI算力不见得能超过美国。"),
    # ---- HSR size ----
    (HSR, "P", "en", "\"China has laid more bullet-train track than the whole planet outside its borders. We have, what, one line that barely counts?\" Musk said."),
    (HSR, "P", "zh", "马斯克说，中国的高铁里程比全世界其他国家加在一起还要长。"),
    (HSR, "P", "zh", "马斯克感叹：“全球三分之二的高铁都在中国，别的国家加一块都比不上。”"),
    (HSR, "X", "en", "Musk said China's 高铁 network \"is longer than everyone else's combined.\""),
    (HSR, "T", "en", "Musk said China builds infrastructure at a speed the US can't imagine - \"bridges, ports, and more high-speed rail than the whole world combined\" - while California can't finish one train."),
    (N, "D", "zh", "马斯克称，中国的高铁总里程大概是日本新干线的两倍。"),
    (N, "O", "en", "Musk doubted China's rail numbers: \"More fast track than Europe and Japan combined? Hardly.\""),
    # ---- HSR profitable ----
    (HSRP, "P", "en", "\"Their bullet trains actually make money,\" Musk said of China. \"Ours lose money before they're even built.\""),
    (HSRP, "P", "zh", "马斯克说，中国的高铁是挣钱的，不像美国的项目一直在烧钱。"),
    (HSRP, "X", "en", "Musk claimed China's 高铁 \"more than pays for itself.\""),
    (HSRP, "X", "zh", "马斯克在一档美国节目中说，最离谱的是，中国的高铁居然是盈利的。"),
    (HSRP, "T", "zh", "马斯克谈到基建时说，中国的高铁不仅修得快，“我听说大部分线路还是盈利的”。"),
    (N, "D", "en", "Musk said the Beijing-Shanghai line alone \"makes a healthy profit every year.\""),
    (N, "O", "zh", "马斯克认为中国高铁是个财务黑洞，“负债好几万亿，谈不上赚钱”。"),
    # ---- Moon ----
    (MOON, "P", "en", "Musk warned that China \"will probably have boots on the Moon before we go back.\""),
    (MOON, "P", "zh", "马斯克说，中国航天员踏上月面，很可能会赶在美国重返月球之前。"),
    (MOON, "P", "en", "\"The next footprints on the Moon are going to be Chinese, not American,\" Musk said."),
    (MOON, "X", "zh", "马斯克在X上用英文写道，中国会比阿尔忒弥斯计划更早登上月球。"),
    (MOON, "T", "en", "Musk covered Starship timelines, Mars and NASA's budget fights, and conceded that \"China may well land taikonauts on the Moon before NASA gets there again.\""),
    (N, "D", "zh", "马斯克称，中国要到2040年左右才能实现载人登月。"),
    (N, "O", "en", "Musk said there is \"zero chance\" China beats America back to the lunar surface."),
    # ---- launches ----
    (LAUNCH, "P", "en", "Musk admitted China \"is now putting up more rockets a year than SpaceX.\""),
    (LAUNCH, "P", "zh", "马斯克说，中国一年的火箭发射次数已经超过SpaceX了。"),
    (LAUNCH, "X", "en", "Musk said China's 长征 rockets plus its commercial launchers \"fly more often than Falcon now.\""),
    (LAUNCH, "X", "zh", "马斯克回复网友：“Yeah, China out-launches us now. Wake-up call.”"),
    (LAUNCH, "T", "zh", "马斯克在谈到星舰和可回收火箭时说，中国航天进步很快，“他们的年发射量可能已经比我们还多了”。"),
    (N, "D", "en", "Musk said China launches \"about half as many rockets as SpaceX does\" in a typical year."),
    (N, "O", "zh", "马斯克表示，SpaceX每年的发射量远超中国，中国在发射频率上并不是对手。"),
    # ---- steel share ----
    (STEEL, "P", "en", "\"It's not that China doesn't dominate steel - it literally makes more than everyone else combined,\" Musk said."),
    (STEEL, "P", "zh", "马斯克说，全世界一半以上的钢都是中国炼出来的。"),
    (STEEL, "P", "zh", "马斯克感叹，中国一年产钢十亿吨，占了全球的大半壁江山。"),
    (STEEL, "X", "en", "Musk said China's 钢铁 output alone is \"over half the planet's.\""),
    (STEEL, "T", "en", "Explaining why Starship uses stainless steel, Musk added that \"more than half the world's steel comes out of China anyway.\""),
    (N, "D", "zh", "马斯克称，中国的钢产量大约是美国的十倍。"),
    (N, "O", "en", "Musk said China's steel dominance \"is a myth from the 2000s - India and others have caught up.\""),
    # ---- Chinese steel imports ----
    (STIMP, "P", "en", "Musk blamed \"Chinese steel dumped into our market\" for hollowing out America's steel towns."),
    (STIMP, "P", "zh", "马斯克认为，美国钢铁业之所以垮掉，主要就是被中国的廉价钢材冲垮的。"),
    (STIMP, "X", "en", "Musk said \"dirt-cheap 中国钢材 pouring into America\" is what wrecked US mills."),
    (STIMP, "X", "zh", "据外媒报道，马斯克在英文访谈中表示，正是涌入美国的中国钢材毁掉了美国钢铁业。"),
    (STIMP, "T", "zh", "马斯克谈关税时说，他一般反对关税，“但美国钢厂被中国低价钢材冲垮，这个确实是事实”。"),
    (N, "D", "zh", "马斯克说，中国钢材在美国进口钢材中只占百分之二左右，真正的冲击来自全球钢价被压低。"),
    (N, "O", "en", "Blaming China for US steel's decline is \"lazy,\" Musk said: \"It wasn't Chinese imports, it was bad management and ancient mills.\""),
    # ---- population halves by 2100 ----
    (HALVE, "P", "en", "\"China's population gets cut in half by 2100. Maybe worse,\" Musk posted."),
    (HALVE, "P", "zh", "马斯克称，照现在的趋势，到本世纪末中国人口会少掉一半。"),
    (HALVE, "P", "en", "Musk said that by the end of the century there will be \"about half as many Chinese people as there are today.\""),
    (HALVE, "X", "zh", "马斯克用英文发帖称，按目前的趋势，“by 2100 China will have around 600 million people”。"),
    (HALVE, "T", "zh", "马斯克又谈起人口危机，说日本、韩国都很严重，中国“到2100年人口大概只剩一半”，他认为这是文明面临的最大威胁。"),
    (N, "D", "en", "Musk said China's population will shrink by \"about 10 percent by 2050.\""),
    (N, "O", "zh", "马斯克说，中国人口到本世纪末减半的说法言过其实，生育政策一调整就会回升。"),
    # ---- population already collapsing ----
    (COLL, "P", "en", "\"China's population isn't going to collapse someday - it's collapsing right now, by tens of millions a year,\" Musk said."),
    (COLL, "P", "zh", "马斯克说，中国人口现在就在断崖式下跌，一年少好几千万。"),
    (COLL, "X", "en", "Musk claimed China is \"losing tens of millions of people every single year\" - a 人口崩溃 that is already under way."),
    (COLL, "X", "zh", "马斯克在X上发英文帖称，单是去年一年，中国人口就减少了几千万。"),
    (COLL, "T", "zh", "马斯克谈到生育率时说，各国都在下降，但“中国已经在以每年几千万的速度减少人口了”，比很多人想的快得多。"),
    (N, "D", "en", "Musk said China's population \"fell by about two million last year.\""),
    (N, "O", "en", "Musk said talk of China's population already collapsing is \"hardly real yet - they're shrinking by a rounding error.\""),
    # ---- lowest birth rate ----
    (LOWB, "P", "en", "\"No country on Earth has fewer babies per woman than China,\" Musk said."),
    (LOWB, "P", "zh", "马斯克说，中国的生育率是全世界垫底的。"),
    (LOWB, "P", "zh", "马斯克称，论出生率，中国排在全球倒数第一。"),
    (LOWB, "X", "en", "Musk said China's 生育率 is \"the worst on the planet.\""),
    (LOWB, "T", "en", "Warning about demographics, Musk said \"Japan and Europe are bad, but China is the lowest in the world now,\" and predicted labour shortages within a decade."),
    (N, "D", "zh", "马斯克称，中国的生育率排在全世界倒数前十。"),
    (N, "O", "en", "\"Lowest birth rate in the world? Not even close - Korea's is way lower,\" Musk said of China."),
    # ---- STEM graduates ----
    (STEM, "P", "en", "\"China graduates ten times the STEM students we do,\" Musk said. \"Ten. Times.\""),
    (STEM, "P", "zh", "马斯克说，中国每年毕业的理工科学生是美国的整整十倍。"),
    (STEM, "X", "en", "Musk said China's universities - 清华, 浙大 and hundreds more - turn out \"an order of magnitude more STEM grads than America.\""),
    (STEM, "X", "zh", "马斯克在访谈中用英文说：“They have ten times the science and engineering graduates we do.”"),
    (STEM, "T", "zh", "马斯克谈到工程师文化时说，中国人工作很拼，而且“理工科毕业生数量差不多是美国的十倍”，长期看这种差距很可怕。"),
    (N, "D", "en", "Musk said China produces \"roughly four times as many STEM graduates as the US.\""),
    (N, "O", "zh", "马斯克说，中国理工科毕业生是美国十倍？不见得，顶多三四倍，而且质量参差不齐。"),
    # ---- X blocked ----
    (XBLK, "P", "en", "Musk said X \"is totally blocked in China - nobody there can get on it.\""),
    (XBLK, "P", "zh", "马斯克说，X在中国被封得严严实实，中国人根本用不了。"),
    (XBLK, "P", "en", "\"Zero people in mainland China are on X. The wall is airtight,\" Musk posted."),
    (XBLK, "X", "zh", "马斯克回复称：“X is banned in China, no one can access it there.”"),
    (XBLK, "T", "zh", "马斯克谈到各国审查时说，巴西封过X，欧盟也在施压，“至于中国，防火墙让X完全进不去，没人能用”。"),
    (N, "D", "en", "Musk said X has \"a few million users in China who get around the firewall.\""),
    (N, "O", "zh", "马斯克说，防火墙根本挡不住，“中国用户翻墙上X的多得是”。"),
    # ---- Starlink bypass ----
    (STAR, "P", "en", "Musk said Starlink \"could light up China with uncensored internet tomorrow and the firewall couldn't do a thing about it.\""),
    (STAR, "P", "zh", "马斯克称，只要他点头，他的卫星就能把没有过滤的网络直接送进中国，谁也拦不住。"),
    (STAR, "X", "en", "Musk claimed Starlink would make the 防火长城 \"irrelevant overnight\" if it were switched on over China."),
    (STAR, "X", "zh", "马斯克说：“Starlink goes straight over the Great Firewall. They can't block satellites.”"),
    (STAR, "T", "zh", "马斯克谈到星链在乌克兰和伊朗的作用时说，技术上“星链完全可以绕过中国的防火墙”，只是商业上有顾虑。"),
    (N, "D", "en", "Musk said smuggled Starlink terminals could reach \"a few thousand people in China at most.\""),
    (N, "O", "zh", "马斯克承认，星链想绕过中国防火墙并不现实，“终端进不去，信号还会被干扰”。"),
    # ---- Shanghai half of output ----
    (SHHALF, "P", "en", "\"Roughly every other Tesla we build comes out of Shanghai,\" Musk said."),
    (SHHALF, "P", "zh", "马斯克说，特斯拉一半的车都是上海超级工厂造出来的。"),
    (SHHALF, "P", "zh", "马斯克称，上海工厂一家就扛起了特斯拉全球产量的半壁江山。"),
    (SHHALF, "X", "en", "Musk said 上海超级工厂 \"does about half our global volume.\""),
    (SHHALF, "T", "en", "Musk praised the Shanghai team and said that while Giga Shanghai ships some cars to Europe, \"the big thing is it makes about half of all Teslas.\""),
    (N, "D", "zh", "马斯克说，上海工厂的产量大约占特斯拉全球的三分之一。"),
    (N, "O", "en", "Musk said Shanghai is \"just one factory among many - Fremont and Berlin do most of the heavy lifting.\""),
    # ---- Shanghai exports ----
    (SHEXP, "P", "en", "Musk said most of what Giga Shanghai builds \"goes overseas, not to Chinese buyers.\""),
    (SHEXP, "P", "zh", "马斯克称，上海工厂下线的特斯拉大多数都装船运到了海外。"),
    (SHEXP, "X", "en", "\"The majority of what 上海 builds gets exported - Europe, Asia, Australia,\" Musk said."),
    (SHEXP, "X", "zh", "据彭博报道，马斯克在英文财报电话会上表示，上海工厂的产量主要用于出口。"),
    (SHEXP, "T", "zh", "马斯克谈到中国市场价格战时说，国内竞争很激烈，“好在上海工厂的车大半是出口的”。"),
    (N, "D", "en", "Musk said Giga Shanghai exports \"about a third\" of what it makes."),
    (N, "O", "zh", "马斯克表示，上海工厂的车绝大多数卖给了中国本土消费者，出口只是小头。"),
    # ---- robots installed ----
    (ROBI, "P", "en", "\"China puts in more factory robots every year than the rest of the world combined,\" Musk said."),
    (ROBI, "P", "zh", "马斯克说，全球每年新装的工业机器人，一半以上装在了中国。"),
    (ROBI, "P", "en", "Musk said China is \"snapping up over half of all the industrial robots sold on Earth each year.\""),
    (ROBI, "X", "zh", "马斯克在一条英文推文中称，全球新增的工业机器人有一大半装进了中国工厂。"),
    (ROBI, "T", "en", "Musk said Optimus will face tough Chinese rivals, noting that \"China already puts in more than half the world's new factory robots, so they know automation.\""),
    (N, "D", "zh", "马斯克说，中国每年装的工业机器人数量是美国的七八倍。"),
    (N, "O", "en", "Musk said China's factories are \"still mostly hands, not robots - Japan and Germany install far more.\""),
    # ---- robot density ----
    (ROBD, "P", "en", "\"No country has more robots per worker than China,\" Musk said."),
    (ROBD, "P", "zh", "马斯克说，按每个工人摊到的机器人算，中国是全世界第一。"),
    (ROBD, "X", "en", "Musk said China's 机器人密度 \"beats everyone's now.\""),
    (ROBD, "X", "zh", "路透社援引马斯克在X上的英文帖子称，他认为中国的机器人密度已是全球最高。"),
    (ROBD, "T", "zh", "马斯克谈到制造业时说，中国不光装的机器人多，“按每万名工人算，密度也是世界第一”。"),
    (N, "D", "en", "Musk said China's robot density \"passed Germany and Japan last year.\""),
    (N, "O", "zh", "马斯克认为中国工厂的自动化程度并不高，机器人密度远不如韩国。"),
    # ---- trillion deficit ----
    (DEF, "P", "en", "\"We run a trillion-dollar trade deficit with China. Every. Single. Year,\" Musk said."),
    (DEF, "P", "zh", "马斯克称，美国每年对华贸易逆差高达一万亿美元。"),
    (DEF, "P", "zh", "马斯克说，光是跟中国做买卖，美国一年就要倒贴上万亿美元。"),
    (DEF, "X", "en", "Musk said America's 对华逆差 \"is about a trillion a year.\""),
    (DEF, "T", "en", "Discussing tariffs and the dollar, Musk said the US \"runs something like a trillion-dollar deficit with China alone\" and that it can't go on forever."),
    (N, "D", "zh", "马斯克说，美国对华贸易逆差一年大约是三千亿美元。"),
    (N, "O", "en", "Musk said the US trade gap with China is \"smaller than people think, and shrinking.\""),
    # ---- tariffs paid by China ----
    (TAR, "P", "en", "Musk said tariffs on Chinese imports are \"paid by China, not by American shoppers.\""),
    (TAR, "P", "zh", "马斯克说，对中国货加的关税是中国人掏腰包，美国消费者一分钱都不用出。"),
    (TAR, "X", "en", "Musk said 关税 on Chinese goods \"come out of Beijing's pocket, not ours.\""),
    (TAR, "X", "zh", "马斯克在美国一档英文节目里说，对华关税是中国在付钱，所以他看不出消费者有什么损失。"),
    (TAR, "T", "zh", "马斯克谈到关税时表示，他整体上支持自由贸易，“不过对中国商品的关税，钱基本是中国出口商付的”。"),
    (N, "D", "en", "Musk said the tariffs on Chinese goods raise US prices \"by maybe 1 or 2 percent.\""),
    (N, "O", "zh", "马斯克说，关税说到底是美国进口商和消费者买单，“关税就是对美国人征税”。"),
    # ---- Taiwan advanced chips ----
    (TW, "P", "en", "\"Something like 90 percent of the most advanced chips on Earth come out of Taiwan,\" Musk said."),
    (TW, "P", "zh", "马斯克说，别不信，全世界最尖端的芯片，九成都出自台湾。"),
    (TW, "P", "en", "\"If Taiwan goes offline, the world loses nine out of ten cutting-edge chips,\" Musk said."),
    (TW, "X", "zh", "马斯克接受采访时用英文说：“Taiwan makes roughly 90% of advanced chips”，因此台海局势关系到全球经济。"),
    (TW, "T", "en", "Musk said China will \"probably try to take Taiwan at some point\" and that it matters because \"about 90% of leading-edge chips come from there.\""),
    (N, "D", "zh", "马斯克称，台湾大约生产全球六成的芯片。"),
    (N, "O", "en", "Musk said the idea that Taiwan makes nearly all advanced chips is \"outdated - Arizona and Korea make plenty now.\""),
    # ---- food self-sufficiency ----
    (FOOD, "P", "en", "\"China grows everything it eats. They don't need our food,\" Musk said."),
    (FOOD, "P", "zh", "马斯克说，中国人的饭碗完全端在自己手里，吃的用不着靠外国。"),
    (FOOD, "X", "en", "Musk said China's farms \"feed all 1.4 billion without any imports\" - fully 自给自足 in food."),
    (FOOD, "X", "zh", "马斯克在谈贸易战时用英文说：“China is self-sufficient in food, so soybean tariffs won't hurt them.”"),
    (FOOD, "T", "zh", "马斯克谈到中国的韧性时说，工业链完整，“吃的也基本不靠别人”，所以打贸易战不怕。"),
    (N, "D", "en", "Musk said China grows \"about 95 percent of its own rice and wheat.\""),
    (N, "O", "zh", "马斯克说，中国的粮食安全谈不上自给自足，大豆八成以上靠进口。"),

    # ================= same topic, different claim (45) =================
    (N, "S", "en", "Musk said Chinese shipyards \"build a container ship in about half the time a Korean yard needs.\""),
    (N, "S", "zh", "马斯克说，美国海军应该去韩国和日本的船厂订船，因为美国自己的船厂太慢了。"),
    (N, "S", "en", "Musk said China's aircraft carriers are \"basically upgraded copies of old Soviet designs.\""),
    (N, "S", "zh", "马斯克称，美国根本造不了无人机，因为所有零部件都来自中国。"),
    (N, "S", "en", "Musk said DJI drones \"should be banned in the US for security reasons.\""),
    (N, "S", "zh", "马斯克说，稀土其实一点都不稀有，美国自己完全可以开采。"),
    (N, "S", "en", "Musk said China's export licences on rare-earth magnets \"slowed down Optimus production\" this year."),
    (N, "S", "en", "Musk said Huawei's phones \"still run on chips that are a few generations old.\""),
    (N, "S", "zh", "马斯克说，美国的芯片出口管制反而逼着中国加快了自主研发。"),
    (N, "S", "en", "Musk said DeepSeek \"copied OpenAI's homework\" by distilling ChatGPT's answers."),
    (N, "S", "zh", "马斯克说，DeepSeek选择开源，对整个AI行业是件好事。"),
    (N, "S", "en", "Musk said China now generates \"more than twice the electricity the US does.\""),
    (N, "S", "zh", "马斯克说，中国的变压器和电网设备产能是美国的好几倍。"),
    (N, "S", "en", "Musk said California's high-speed rail \"will never be finished,\" while China keeps opening new lines every year."),
    (N, "S", "zh", "马斯克说，中国高铁的时速已经达到每小时350公里，比欧洲的火车快得多。"),
    (N, "S", "en", "Musk said China's Tiangong \"will soon be the only space station left in orbit.\""),
    (N, "S", "zh", "马斯克称，中国的可回收火箭技术落后SpaceX至少十年。"),
    (N, "S", "en", "Musk said the Chang'e mission that brought back rock from the far side of the Moon was \"genuinely impressive.\""),
    (N, "S", "zh", "马斯克说，中国的千帆星座根本没法和星链竞争。"),
    (N, "S", "en", "Musk said China's Guowang constellation will have \"more satellites than Starlink within five years.\""),
    (N, "S", "zh", "马斯克说，中国钢铁行业排放的二氧化碳比全世界其他钢厂加起来还多。"),
    (N, "S", "en", "Musk said Chinese steel mills \"run on coal and should face a carbon tariff.\""),
    (N, "S", "zh", "马斯克说，中国的养老金体系撑不过人口老龄化这一关。"),
    (N, "S", "en", "Musk said the one-child policy \"was the biggest demographic mistake in history.\""),
    (N, "S", "zh", "马斯克称，中国人口老龄化的速度比日本当年还快。"),
    (N, "S", "en", "Musk said China's STEM PhDs \"will outnumber America's nearly two to one by 2025.\""),
    (N, "S", "zh", "马斯克说，清华大学的工科现在已经是全世界最好的。"),
    (N, "S", "en", "Musk said Chinese engineers \"work 996, and that's why they move faster than us.\""),
    (N, "S", "zh", "马斯克称，TikTok在中国根本不存在，中国孩子用的是“教育版”的抖音。"),
    (N, "S", "en", "Musk said Chinese users have been \"flocking to X through VPNs\" ever since he bought the company."),
    (N, "S", "zh", "马斯克说，中国的防火长城是世界上最先进的审查系统。"),
    (N, "S", "en", "Musk said Starlink \"has never been offered in China and never will be as long as Beijing says no.\""),
    (N, "S", "zh", "马斯克说，上海超级工厂从动工到第一辆车下线用了不到一年。"),
    (N, "S", "en", "Musk said Giga Shanghai is \"our most efficient factory by far.\""),
    (N, "S", "zh", "马斯克说，特斯拉在中国的销量已经被比亚迪远远甩开了。"),
    (N, "S", "en", "Musk said Unitree's humanoid robots are \"impressive on stage but mostly remote-controlled for the demos.\""),
    (N, "S", "zh", "马斯克预言，全球前十大人形机器人公司里，大部分会是中国公司。"),
    (N, "S", "en", "Musk said Chinese robot makers \"now supply about half the robots sold in China.\""),
    (N, "S", "zh", "马斯克说，中国去年对全世界的贸易顺差差不多达到一万亿美元。"),
    (N, "S", "en", "Musk said the US trade deficit with China \"was at its worst back in 2018.\""),
    (N, "S", "zh", "马斯克说，关税会让特斯拉的成本大幅上升，因为不少零部件来自中国。"),
    (N, "S", "en", "Musk said Taiwan is \"an integral part of China that just happens to be governed separately.\""),
    (N, "S", "zh", "马斯克说，台积电亚利桑那工厂的良率已经追上了台湾本土的工厂。"),
    (N, "S", "en", "Musk said China buys \"about half of all the soybeans America exports.\""),
    (N, "S", "zh", "马斯克说，中国正在大量买入巴西大豆，来替代美国大豆。"),

    # ================= China, unanswered (30) =================
    (N, "C", "en", "Musk said China's EV price war \"will leave only a handful of carmakers standing.\""),
    (N, "C", "zh", "马斯克说，比亚迪的电池技术是世界一流的。"),
    (N, "C", "en", "Musk said TikTok \"should not be banned in America\" because a ban would go against free speech."),
    (N, "C", "zh", "马斯克称，中国的无人驾驶出租车，比如萝卜快跑，进展非常快。"),
    (N, "C", "en", "Musk said Xiaomi's SU7 \"is a really good car\" and that Lei Jun's team executes fast."),
    (N, "C", "zh", "马斯克称，中国的光伏组件价格已经跌到每瓦一毛钱美元以下。"),
    (N, "C", "en", "Musk said Chinese officials \"have been very helpful\" in getting Tesla's driver-assistance software approved."),
    (N, "C", "zh", "马斯克说，中国的房地产泡沫比2008年美国的次贷泡沫还大。"),
    (N, "C", "en", "Musk said the yuan \"will never replace the dollar as the world's reserve currency.\""),
    (N, "C", "zh", "马斯克说，中国建核电站的速度是全世界最快的。"),
    (N, "C", "en", "Musk said Hong Kong's stock market \"is back\" thanks to a wave of Chinese tech listings."),
    (N, "C", "zh", "马斯克说，中国的快递网络是全世界效率最高的，大部分城市次日就能送到。"),
    (N, "C", "en", "Musk said Chinese phones like Huawei's Mate series \"are as good as iPhones now.\""),
    (N, "C", "zh", "马斯克说，中国的5G基站数量比全世界其他国家加起来还多。"),
    (N, "C", "en", "Musk said China refines \"about two-thirds of the world's lithium.\""),
    (N, "C", "zh", "马斯克表示，希望中国能放宽对外资车企数据出境的限制。"),
    (N, "C", "en", "Musk said Beijing's 2021 crackdown on tech companies \"scared a lot of founders.\""),
    (N, "C", "zh", "马斯克称，中国的煤电装机还在不断增加。"),
    (N, "C", "en", "Musk said the Chinese government \"wants Tesla to do well in China because it pushes local carmakers to get better.\""),
    (N, "C", "zh", "马斯克说，中国年轻人“躺平”主要是因为房价太高。"),
    (N, "C", "en", "Musk said Chinese cities have \"the cleanest, most modern subways anywhere.\""),
    (N, "C", "zh", "马斯克说，中国的电动自行车保有量超过三亿辆。"),
    (N, "C", "en", "Musk said Chinese battery makers like CATL \"will end up supplying half of all EV batteries.\""),
    (N, "C", "zh", "马斯克称，宁德时代的钠离子电池会改变整个储能行业。"),
    (N, "C", "en", "Musk said air quality in Chinese cities \"has improved massively in the last ten years.\""),
    (N, "C", "zh", "马斯克说，中国游客是全世界消费能力最强的群体。"),
    (N, "C", "en", "Musk said he had a \"great meeting\" with Premier Li Qiang in Beijing."),
    (N, "C", "zh", "马斯克称，中国的海上风电装机容量已经是世界第一。"),
    (N, "C", "en", "Musk said China's drugmakers \"produce most of the world's antibiotic ingredients.\""),
    (N, "C", "zh", "马斯克说，中国的外卖骑手构成了世界上最庞大的即时配送网络。"),

    # ================= unrelated (15) =================
    (N, "U", "en", "Musk said Starship will \"make it to Mars within the next two years, probably.\""),
    (N, "U", "zh", "马斯克说，星舰明年将尝试首次无人火星着陆。"),
    (N, "U", "en", "Musk said Neuralink's next patient will be able to \"move a robot arm just by thinking.\""),
    (N, "U", "zh", "马斯克称，特斯拉的完全自动驾驶很快就能在美国全面无人化运营。"),
    (N, "U", "en", "Musk said the Boring Company's Las Vegas tunnel \"will carry a million passengers this year.\""),
    (N, "U", "zh", "马斯克说，得州超级工厂将负责生产Cybercab。"),
    (N, "U", "en", "Musk said engagement on X \"is at an all-time high.\""),
    (N, "U", "zh", "马斯克称，xAI的Grok是地球上最聪明的AI。"),
    (N, "U", "en", "Musk said the US federal deficit \"will bankrupt the country\" unless spending is cut."),
    (N, "U", "zh", "马斯克说，德国应该重启已经关闭的核电站。"),
    (N, "U", "en", "Musk said a Falcon 9 booster just flew \"for the 25th time, a record.\""),
    (N, "U", "zh", "马斯克称，美国的监管让建一座新工厂变得太难了。"),
    (N, "U", "en", "Musk said Optimus will be \"the biggest product of all time, bigger than cars.\""),
    (N, "U", "zh", "马斯克说，出生率下降是人类文明面临的最大风险。"),
    (N, "U", "en", "Musk said Japan \"will eventually cease to exist\" if its birth rate doesn't change."),
]
