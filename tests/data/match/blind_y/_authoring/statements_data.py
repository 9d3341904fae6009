"""Statements for blind set y.

Each entry: (group, kind, lang, text). For the labelled kinds (paraphrase, crosslingual,
partial) the label is the group's rebuttal id; for every other kind the label is [].
The group is only used to keep neighbours together while writing.
"""

P, X, PA = "paraphrase", "crosslingual", "partial"
DN, OP, ST = "different-number", "opposite-stance", "same-topic-different-claim"
CU, UN = "china-unanswered", "unrelated"

S = {}

S["china-power-output-three-times-us"] = [
    (P, "en", "China is making like three x the power we make. Three x! And we're just sitting here arguing about permits."),
    (P, "zh", "“说白了，人家发出来的电是我们的3倍，”马斯克周二在一档播客节目里说，“而我们还在为一条输电线吵上十年。”"),
    (P, "en", "America doesn't produce even a third of the electricity China does, Musk told the audience in Riyadh."),
    (X, "zh", "马斯克在X上用英文写道：“China now makes ~3X as much power as America.” 他认为电力会是美国AI发展的最大瓶颈。"),
    (PA, "en", "Musk said AI will soon be limited by electricity rather than chips, adding that China already puts out roughly three times as much power as the US and keeps adding more every year."),
    (DN, "en", "China's power output is now more than double America's, Musk noted, and the gap is only going one way."),
    (OP, "zh", "老马这回倒说得很清楚：论发电量，美国还是世界第一，中国还差得远。"),
    (ST, "en", "Musk said China now produces more electricity than the US and the EU put together."),
    (ST, "zh", "马斯克说，中国的特高压输电技术全球领先，能把西部的电送到几千公里外的沿海。"),
]

S["china-yearly-solar-exceeds-us-total"] = [
    (P, "en", "In one year China bolts more panels onto its grid than America has managed since, like, forever."),
    (P, "zh", "你知道吗？中国光是一年往电网上新接的太阳能板，就比美国从古至今装的加起来还多——马斯克在达沃斯的视频连线中这样说。"),
    (P, "en", "Musk said the entire US solar fleet, built up over decades, doesn't match what China adds in a single year."),
    (X, "zh", "“China installed more solar in 12 months than the US has in its whole history,”马斯克在X上感叹。"),
    (X, "en", "Musk: China's 光伏 additions in just one year beat everything the US has ever put up, cumulatively."),
    (PA, "zh", "马斯克在演讲中提到，中国在电池、电动车上都跑得很快，光是去年一年新增的光伏装机就超过了美国历年累计的总量，美国必须加速。"),
    (DN, "zh", "马斯克说，中国每个月新装的光伏就顶得上美国一整年。"),
    (OP, "zh", "说实话，美国的光伏建设速度现在跟中国差不多，马斯克称，所谓“中国把美国甩了好几圈”的说法言过其实。"),
    (ST, "en", "Musk argued that Chinese solar panels are so cheap that it makes no sense for America to manufacture its own."),
]

S["china-phasing-out-coal"] = [
    (P, "en", "China's basically quitting coal, Musk said. They're ripping it out way faster than people realise."),
    (P, "zh", "马斯克说，中国已经不再新建燃煤电厂了，煤电正在被快速淘汰。"),
    (P, "en", "\"They are getting off coal at an incredible pace over there,\" he said of China. \"Nobody in the West gives them credit for it.\""),
    (X, "zh", "马斯克称China is \"moving off coal really fast\"，并说这让西方的批评站不住脚。"),
    (PA, "en", "Musk praised China's energy shift, saying it leads in solar and batteries and is getting rid of coal plants faster than anyone, before turning to Tesla's Megapack orders."),
    (OP, "en", "Musk said China is still building coal plants like there's no tomorrow, whatever its climate pledges say."),
    (DN, "en", "Coal's share of China's electricity slipped by a couple of points last year, Musk noted, calling it slow but real progress."),
    (ST, "zh", "马斯克认为，中国的碳排放已经见顶，开始进入下降通道。"),
    (ST, "en", "China burns more coal than the rest of the world combined, Musk said."),
]

S["china-building-most-nuclear-reactors"] = [
    (P, "en", "Look at nuclear. China has more reactors going up right now than every other country put together."),
    (P, "zh", "据路透社报道，马斯克周三表示，眼下中国工地上正在盖的核电机组，比其他国家加起来都多。"),
    (P, "zh", "全世界在建的核反应堆，一大半都在中国，你敢信？马斯克在采访中这样反问。"),
    (X, "en", "Musk said China's nuclear push, built around the Hualong One (华龙一号) design, means it now has more reactors under construction than the rest of the planet combined."),
    (PA, "zh", "马斯克谈到能源时说，他支持核能，美国几十年来几乎没建核电站，而中国在建的反应堆比全世界其他地方加起来还多，“我们该醒醒了”。"),
    (DN, "en", "China is building more nuclear reactors than any other single country, Musk noted."),
    (OP, "zh", "马斯克称，中国的核电建设这几年基本停滞了，审批越来越慢。"),
    (ST, "zh", "马斯克声称，中国现在运行中的核反应堆已经比美国还多。"),
]

S["catl-over-half-ev-batteries"] = [
    (P, "en", "CATL by itself? Over half of every EV battery on Earth, Musk said."),
    (P, "zh", "马一龙又开始夸“宁王”了：他说全球电动车里装的电池，一多半都是宁德时代一家供的。"),
    (X, "en", "Musk said Ningde Shidai, the company better known as CATL, supplies the majority of all electric-car batteries worldwide on its own."),
    (X, "zh", "马斯克说，“CATL alone has more than 50% of the global EV cell market”，还称曾毓群是非常厉害的企业家。"),
    (PA, "en", "Musk told analysts Tesla will keep several cell suppliers, noting that CATL is probably more than half of global EV battery supply by now and that no single supplier should be a choke point."),
    (ST, "en", "Musk said CATL and BYD together make more than half of the world's EV batteries."),
    (DN, "zh", "马斯克说，宁德时代大概占全球动力电池市场的三分之一多一点。"),
    (OP, "zh", "宁德时代确实块头大，但马斯克说，全球大部分动力电池其实还是韩国厂商在供货。"),
]

S["lfp-battery-invented-in-china"] = [
    (P, "zh", "嗯……磷酸铁锂这条技术路线，说到底是中国人自己鼓捣出来的，马斯克在股东大会上说。"),
    (P, "en", "It wasn't some American lab that came up with LFP, it was China, he said."),
    (X, "zh", "马斯克称LFP是“Chinese-invented chemistry”，特斯拉标准续航版用的正是这种电池。"),
    (X, "en", "LFP, or 磷酸铁锂, was invented by Chinese scientists, Musk claimed on X."),
    (PA, "en", "Musk said Tesla has moved most of its stationary storage to LFP cells, a chemistry he said originated in China, because they last longer and need no cobalt."),
    (OP, "zh", "马斯克指出，磷酸铁锂最早是美国得州的实验室发现的，中国只是把它做大了。"),
    (ST, "en", "Musk said Chinese companies make almost all of the world's LFP cells these days."),
    (ST, "zh", "马斯克说比亚迪的刀片电池是目前全世界最安全的电池。"),
]

S["deepseek-six-million-dollar-model"] = [
    (P, "en", "\"They trained that thing for pocket change, six mil give or take,\" Musk said of DeepSeek."),
    (P, "zh", "马斯克接受采访时说，杭州那家公司（深度求索）训练顶级模型只花了600来万美元，“这点钱在硅谷连个团队都养不起”。"),
    (X, "en", "Musk said 深度求索 (DeepSeek) made a state-of-the-art model on a budget of roughly $6 million."),
    (X, "zh", "马斯克转发了一条“DeepSeek trained a frontier model for ~$6M”的帖子，并评论说这说明大模型的成本被严重高估了。"),
    (PA, "zh", "马斯克表示，DeepSeek的事说明AI不是只有砸钱才行，人家大概六百万美元就做出了前沿模型，不过他认为算力最终还是决定胜负。"),
    (DN, "zh", "马斯克说，DeepSeek的R1推理模型训练成本不到30万美元。"),
    (OP, "zh", "六百万美元？呵呵。马斯克说，DeepSeek这个模型的真实成本肯定高出好几个数量级。"),
    (ST, "zh", "马斯克说，DeepSeek是靠蒸馏OpenAI的模型才做出来的。"),
]

S["deepseek-has-50000-h100s"] = [
    (P, "en", "Musk agreed DeepSeek is quietly sitting on something like fifty thousand H100s that it can't talk about."),
    (P, "zh", "老马的意思很明白：DS手里压着大概5万张H100，只是碍于出口管制不能承认。"),
    (X, "zh", "有人称DeepSeek拥有约5万块H100，马斯克回复：“Obviously.”"),
    (X, "en", "Musk said the Hangzhou lab 深度求索 is hiding a stash of roughly 50k Nvidia H100s."),
    (PA, "en", "Musk said export controls are leaky, that DeepSeek \"obviously\" has around 50,000 H100s, and that the US should focus on building faster instead of banning things."),
    (DN, "zh", "马斯克说，DeepSeek训练V3只用了两千多块H800。"),
    (OP, "en", "Musk said DeepSeek did it all with legal, downgraded chips and that there's no hidden H100 stash."),
    (ST, "en", "Musk suggested that Nvidia's top chips are reaching China through middlemen in Singapore."),
]

S["chinese-ai-chips-decade-behind"] = [
    (P, "en", "Huawei's AI silicon? A decade behind Nvidia, easy, Musk said."),
    (P, "zh", "马斯克说，菊厂的昇腾也好，其他国产AI芯片也好，跟老黄家的卡比起来，差距得按十年算。"),
    (P, "en", "Chinese AI chips are nowhere close. You're talking ten years of catching up, he said."),
    (X, "en", "Musk said China's Ascend (昇腾) chips trail Nvidia by roughly ten years."),
    (PA, "zh", "马斯克称，出口管制短期内有效，中国国产AI芯片大概落后英伟达十年左右，但他也说中国人会想办法追上来。"),
    (DN, "en", "Musk said Huawei's AI chips are maybe a generation or two behind Nvidia's."),
    (OP, "zh", "马斯克称，华为的昇腾芯片已经和英伟达最好的芯片不相上下了。"),
    (ST, "en", "Musk claimed SMIC still can't make anything more advanced than 7-nanometre chips."),
]

S["most-top-ai-researchers-work-in-china"] = [
    (P, "en", "\"Most of the world's best AI people are working in China now, not here,\" Musk said."),
    (P, "zh", "马斯克说，全球最顶尖的AI人才，多数都在中国上班。"),
    (P, "zh", "顶尖AI研究员一半以上在中国的实验室和公司里干活，马斯克这样判断。"),
    (X, "zh", "马斯克在X上写道，\"most elite AI researchers are now employed in China\"，硅谷应该担心。"),
    (PA, "en", "Musk said the US still leads in compute, but that the majority of top-tier AI researchers are now employed in China, which he called a big deal for the next decade."),
    (ST, "en", "Musk said the biggest share of elite AI researchers got their undergraduate degrees in China."),
    (OP, "zh", "马斯克说，说到底顶尖AI研究人员大部分还是在美国工作，中国只是培养得多。"),
    (DN, "en", "About a quarter of the best AI researchers now work in China, Musk estimated."),
]

S["china-launches-more-rockets-than-spacex"] = [
    (P, "en", "\"China's out-launching SpaceX now. More rockets a year than us,\" Musk said, urging his team to move faster."),
    (P, "zh", "马斯克在X上发文称，论一年打多少发火箭，中国现在已经超过SpaceX了。"),
    (X, "zh", "马斯克在X上说：“China is now out-launching SpaceX on an annual basis.”"),
    (X, "en", "Musk said Long March (长征) rockets and China's commercial launchers now fly more missions a year than Falcon 9."),
    (PA, "en", "Musk warned SpaceX employees not to get complacent, saying Chinese launch companies are iterating fast and that China as a whole now launches more often than SpaceX does."),
    (OP, "en", "SpaceX launches about twice as often as all of China combined, Musk said."),
    (DN, "zh", "马斯克预测，到2030年左右中国的发射次数可能会超过SpaceX。"),
    (ST, "zh", "马斯克说，中国现在一年的发射次数比俄罗斯和欧洲加起来还多。"),
]

S["china-moon-landing-before-us"] = [
    (P, "en", "China's gonna beat us back to the Moon with people. Flat out, Musk said."),
    (P, "zh", "马斯克认为，中国航天员登月会比美国重返月球更早。"),
    (P, "zh", "下一个在月球上插旗的是美国还是中国？马斯克的回答是：大概率是中国，而且会比NASA早。"),
    (X, "en", "Musk said China's Lanyue (揽月) lander will get taikonauts onto the lunar surface before any Artemis astronaut gets there."),
    (PA, "zh", "马斯克说，星舰登月版进展顺利，但他坦言，中国很可能会先于美国把人送上月球。"),
    (OP, "zh", "马斯克说，中国不可能赶在阿尔忒弥斯计划之前登月，“想都别想”。"),
    (ST, "en", "Musk said China's Chang'e-6 brought back the first rock samples ever taken from the far side of the Moon."),
    (ST, "zh", "马斯克称，中国计划在2035年前建成国际月球科研站。"),
]

S["tiangong-as-big-as-iss"] = [
    (P, "en", "Their station is basically ISS-sized at this point, Musk said of Tiangong."),
    (P, "zh", "天宫跟国际空间站比？马斯克说，两者个头已经相差无几。"),
    (P, "en", "China's space station is not much smaller than the ISS, if at all, Musk claimed."),
    (X, "zh", "马斯克称“Tiangong is pretty much as large as the ISS now”，并说美国在近地轨道上的优势正在消失。"),
    (PA, "en", "\"I think, and I could be wrong, but I think Tiangong is more or less the size of the ISS by now,\" Musk said when asked about China's space station, before moving on to Starship."),
    (DN, "zh", "马斯克说，天宫的质量大约只有国际空间站的五分之一。"),
    (OP, "en", "Tiangong is tiny next to the ISS, Musk said. It's a starter home."),
    (ST, "zh", "马斯克说，国际空间站退役后，天宫可能会成为唯一在轨运行的空间站。"),
]

S["qianfan-already-rivals-starlink"] = [
    (P, "en", "Thousand Sails? Musk said it's already a genuine Starlink competitor, and people in the West are sleeping on it."),
    (P, "zh", "马斯克说，千帆星座现在已经能跟星链正面竞争了。"),
    (X, "en", "Musk said Qianfan, or 千帆, already stands toe to toe with Starlink."),
    (X, "zh", "马斯克称Shanghai Spacecom的Qianfan network已经是Starlink的real competitor，不容小觑。"),
    (PA, "en", "Musk said Starlink will keep expanding in Asia and Africa, but admitted China's Qianfan network is already a rival on Starlink's level and growing fast."),
    (OP, "zh", "马斯克说，千帆离星链还差好几年，根本不是一个量级。"),
    (ST, "en", "Musk said China plans to put up even more broadband satellites than Starlink has."),
    (DN, "en", "Musk said Qianfan will have more than a thousand satellites up by 2026."),
]

S["china-trade-surplus-trillion-2024"] = [
    (P, "en", "China's surplus last year, 2024, topped a trillion bucks, Musk said."),
    (P, "zh", "马斯克说，中国2024年卖给全世界的东西比买进来的多出了一万多亿美元。"),
    (X, "en", "Musk said China's 贸易顺差 cleared $1 trillion in 2024."),
    (X, "zh", "马斯克在推文中说“China ran a $1T+ surplus in '24”，并配上了一张集装箱港口的照片。"),
    (PA, "zh", "马斯克称，中国制造业规模惊人，2024年对外贸易顺差已经突破一万亿美元，他认为关税挡不住这种趋势。"),
    (DN, "zh", "马斯克说，中国的贸易顺差在2025年冲破了一万亿美元。"),
    (DN, "zh", "马斯克说，中国2024年的贸易顺差大约五千亿美元。"),
    (OP, "en", "A record surplus? Musk scoffed at the idea, saying China's export surplus is actually shrinking as its factories run out of buyers."),
    (ST, "zh", "马斯克称，美国对华贸易逆差去年接近三千亿美元。"),
]

S["china-pays-us-tariffs"] = [
    (P, "en", "The tariffs on Chinese stuff? China pays them, Musk said, not American shoppers."),
    (P, "zh", "马斯克在节目中说，美国对中国商品加征的那些关税，账最后都记在中国头上，是中方在掏钱。"),
    (P, "zh", "对华关税美国人一分钱都不用出，掏钱的是北京，马斯克坚称。"),
    (X, "zh", "马斯克称，对中国商品的tariffs“都是中方在付”，美国消费者并不吃亏。"),
    (PA, "en", "Musk said he generally prefers free trade, but that the China tariffs are mostly paid by Chinese exporters rather than US consumers, so the harm at home is limited."),
    (OP, "en", "Musk said the China tariffs are, in the end, a tax on American consumers."),
    (DN, "en", "Musk said Chinese exporters swallow maybe a tenth of the tariff cost through lower prices."),
    (ST, "zh", "马斯克说，对华关税并没有让美国的贸易逆差减少。"),
]

S["china-largest-foreign-holder-us-debt"] = [
    (P, "en", "No foreign country holds more of our Treasuries than China, Musk said."),
    (P, "zh", "马斯克说，在所有外国债主里，中国手上的美国国债最多。"),
    (P, "en", "China's our biggest foreign lender, Musk claimed, which gives Beijing leverage over Washington."),
    (X, "en", "Musk said China is America's biggest overseas creditor, pointing to its 美债 holdings."),
    (PA, "zh", "马斯克谈到美国债务时说，利息支出已经超过国防预算，而最大的外国债主是中国，这很危险。"),
    (OP, "en", "Japan, not China, is the biggest foreign holder of US debt, Musk noted."),
    (DN, "en", "Musk said China still holds around $750 billion of US Treasuries."),
    (ST, "zh", "马斯克说，中国这几年一直在抛售美国国债。"),
]

S["yuan-overtook-euro-payments"] = [
    (P, "en", "Musk, speaking at the Qatar Economic Forum, said more cross-border payments are now settled in renminbi than in euros."),
    (P, "zh", "据彭博社报道，马斯克周五表示，跨境付款里用人民币结算的比重已经压过了欧元。"),
    (P, "zh", "欧元在国际支付中已经被人民币甩在身后了，马斯克这样说。"),
    (X, "en", "Musk said the RMB (人民币) has passed the euro as a global settlement currency."),
    (PA, "zh", "马斯克说美元霸权正在被削弱，人民币在全球支付中已经超过欧元，排在美元之后。"),
    (ST, "en", "Musk said the yuan has overtaken the euro in trade finance."),
    (ST, "zh", "马斯克说，人民币在全球支付排名上已经超过了日元。"),
    (OP, "en", "The yuan is still a rounding error next to the euro, Musk said."),
    (DN, "en", "Musk said the yuan's share of global payments is only around 4%."),
]

S["china-population-halves-by-2050"] = [
    (P, "en", "Musk said, and he's said this a lot, that by 2050 or so China will be down to about half its current population."),
    (P, "zh", "再过二十多年，到本世纪中叶，中国人只剩如今的一半——马斯克又一次发出人口警告。"),
    (X, "en", "Musk said China's population, 14亿 today, will be cut in half by 2050."),
    (X, "zh", "马斯克在X上写道：China's population will be roughly halved by 2050，并称这是“人口崩溃”。"),
    (PA, "en", "Musk said falling birth rates are the biggest risk to civilisation, that South Korea is already in freefall and that China will lose half its population by around 2050."),
    (DN, "en", "China could lose half its people by the end of this century, Musk warned."),
    (OP, "zh", "马斯克说，中国人口到2050年只会小幅下降，谈不上崩溃。"),
    (ST, "en", "Musk said China's working-age population has been shrinking for a decade."),
]

S["china-population-grew-2024"] = [
    (P, "en", "Dragon-year babies pushed China's head count back up in 2024, Musk said."),
    (P, "zh", "马斯克称，2024年龙年生育潮让中国人口又涨回来了。"),
    (P, "en", "China's population decline didn't continue in 2024. The dragon-year boom reversed it, Musk said."),
    (X, "en", "Musk said the 龙年 (Year of the Dragon) baby bump made China's population rise again last year."),
    (PA, "zh", "马斯克说各国生育率都在下降，不过中国2024年因为龙年出生人数增加，人口重新开始增长，但他认为这只是短暂现象。"),
    (ST, "en", "Musk noted that births in China rose in 2024, the Year of the Dragon."),
    (OP, "zh", "马斯克说，中国人口2024年连续第三年下降。"),
    (DN, "en", "China's population fell by about two million in 2023, Musk said."),
]

S["china-youth-unemployment-half"] = [
    (P, "en", "\"Something like half the young people in China can't find work,\" Musk told the conference. \"That's a powder keg.\""),
    (P, "zh", "马斯克说，中国年轻人里差不多每两个就有一个失业。"),
    (P, "en", "Youth jobless rate in China? Close to fifty percent, he claimed."),
    (X, "zh", "马斯克说“lying flat”一代是真实存在的：中国将近50%的年轻人没有工作。"),
    (PA, "zh", "马斯克称中国经济面临房地产和通缩压力，他“不敢打包票”，但中国年轻人的失业率可能已经接近50%，“这是非常严重的问题”。"),
    (DN, "zh", "马斯克说，中国每五个年轻人里就有一个找不到工作。"),
    (OP, "en", "Youth unemployment in China? Musk waved it off as a Western media story, saying young Chinese are finding work just fine."),
    (ST, "en", "Musk said Chinese college graduates are ending up as delivery drivers."),
]

S["china-996-legally-required"] = [
    (P, "en", "Over there 996 isn't a choice, it's the law, Musk said of China."),
    (P, "zh", "马斯克说，中国法律规定员工必须早九晚九、一周上六天班。"),
    (P, "zh", "在中国，996是写进法律里的，马斯克这么说。"),
    (X, "en", "Musk said the 996 schedule, 早九晚九 six days a week, is legally mandated in China."),
    (PA, "en", "Musk praised Chinese engineers' work ethic, saying they \"burn the 3am oil\" and that 996 hours are literally required by law there."),
    (OP, "zh", "马斯克也承认，996在中国其实是违法的，只是有些公司不当回事。"),
    (DN, "en", "Musk said Chinese labour law allows up to 36 hours of overtime a month."),
    (ST, "zh", "马斯克说，中国工人的工作时间比美国工人长得多。"),
    (ST, "en", "Musk said Chinese factory workers won't even leave the factory. They sleep there."),
]

S["china-highest-robot-density"] = [
    (P, "en", "No country has more robots per factory worker than China, Musk said."),
    (P, "zh", "马斯克说，按每万名工人计算，中国工厂里的机器人是全世界最多的。"),
    (P, "zh", "按人头算，中国工厂的自动化程度是地球上最高的，马斯克称。"),
    (X, "en", "Musk said China's 机器人密度 (robot density) is now the highest in the world."),
    (PA, "zh", "马斯克表示，中国的制造业自动化程度世界第一，机器人密度最高，而且还在每年新装几十万台。"),
    (ST, "zh", "马斯克说，中国工厂里平均每名工人配备的机器人，已经超过了德国和日本。"),
    (ST, "zh", "马斯克说，全球每年新装的工业机器人，一半以上在中国。"),
    (OP, "en", "South Korea is way ahead of China on factory robots per worker, Musk said."),
    (DN, "zh", "马斯克说，中国每万名工人约有470台机器人，排在世界第三。"),
]

S["chinese-humanoids-under-6000"] = [
    (P, "en", "You can already buy a Chinese humanoid for less than six grand, Musk said."),
    (P, "zh", "马斯克说，如今花不到4万块人民币、也就是不到6000美元，就能买到一台国产人形机器人。"),
    (X, "en", "Musk said Unitree (宇树) is selling humanoids for under $6,000."),
    (X, "zh", "马斯克说Chinese humanoid robots are going for under 6K USD，价格战已经开始了。"),
    (PA, "en", "Musk said Optimus will be the most capable humanoid, but conceded that Chinese humanoid robots already sell for less than $6,000 and will be tough competition."),
    (DN, "zh", "马斯克说，宇树的G1人形机器人售价大约一万六千美元。"),
    (OP, "en", "Chinese humanoids cost as much as a luxury car, Musk claimed."),
    (ST, "zh", "马斯克认为，中国的人形机器人公司数量已经是全球最多的。"),
]

S["giga-shanghai-half-of-teslas"] = [
    (P, "en", "Roughly every other Tesla on the road was built in Shanghai, Musk said."),
    (P, "zh", "马斯克说，特斯拉每两台车里就有一台出自临港工厂。"),
    (X, "en", "Musk said Giga Shanghai, 上海超级工厂 in Lingang, turns out around half of Tesla's global output."),
    (X, "zh", "马斯克说，Giga Shanghai produces roughly 50% of all Teslas，是特斯拉最重要的工厂。"),
    (PA, "zh", "马斯克称赞上海团队，说工厂从开工到投产不到一年，现在全球约一半的特斯拉都出自这里。"),
    (DN, "en", "Shanghai makes about a quarter of all Teslas, Musk said."),
    (OP, "zh", "马斯克说，上海工厂只是特斯拉的一个小基地，大部分车还是在美国造的。"),
    (ST, "en", "Musk said Giga Shanghai went from a muddy field to building cars in less than a year."),
]

S["tesla-top-ev-brand-in-china"] = [
    (P, "en", "In China, nobody sells more EVs than Tesla, Musk said."),
    (P, "zh", "马斯克称，在中国卖电动车的品牌里，特斯拉依然是销量冠军，“迪子也没追上”。"),
    (P, "en", "Musk said BYD is an impressive company, but Tesla is still the top-selling EV brand in China."),
    (X, "en", "Musk claimed Tesla still outsells 比亚迪 and every other EV brand in China."),
    (PA, "zh", "马斯克说，中国的价格战非常激烈，但特斯拉依然是中国卖得最好的电动车品牌，Model Y需求也很强。"),
    (OP, "en", "BYD sells several times as many electric cars in China as Tesla does, Musk admitted."),
    (DN, "zh", "马斯克说，特斯拉2024年在中国卖出了60多万辆车。"),
    (ST, "zh", "马斯克说，Model Y是2023年中国销量最高的车型。"),
    (ST, "en", "Musk said Xiaomi's SU7 is outselling the Model 3 in China."),
]

S["byd-beat-tesla-bev-2024"] = [
    (P, "en", "\"Last year BYD moved more pure EVs than we did, full stop,\" Musk said, talking about 2024."),
    (P, "zh", "马斯克难得服软：他承认去年（2024年）一整年，迪子的纯电车卖得比特斯拉多。"),
    (X, "en", "Musk conceded that 比亚迪 beat Tesla on full-year battery-electric sales in 2024."),
    (X, "zh", "马斯克说，BYD's pure-EV volume was higher than Tesla's for all of 2024。"),
    (PA, "en", "Musk said 2024 was a tough year, with rates high and demand soft, and acknowledged that BYD had outsold Tesla in pure electric cars over the full year."),
    (OP, "en", "Tesla narrowly held on to the global EV crown in 2024, ahead of BYD, Musk said."),
    (DN, "zh", "马斯克说，比亚迪在2025年全年纯电销量超过了特斯拉。"),
    (DN, "zh", "马斯克称，比亚迪在2023年第四季度纯电销量首次超过特斯拉。"),
    (ST, "en", "Musk noted that BYD sells far more cars than Tesla once you count plug-in hybrids."),
]

S["chinese-evs-sold-at-loss"] = [
    (P, "en", "\"Every car the Chinese EV guys sell, they lose money on it,\" Musk said."),
    (P, "zh", "马斯克说，中国电动车企业卖一辆亏一辆。"),
    (P, "en", "Not one Chinese EV maker actually makes a profit on its cars, Musk claimed."),
    (X, "en", "Musk said Chinese EV brands, from 比亚迪 to 蔚来, are losing money on each vehicle."),
    (PA, "zh", "马斯克说中国价格战打得太狠了，国内电动车厂商卖每一辆车都在亏钱，他预计会有大量企业倒闭。"),
    (OP, "en", "BYD is making a fortune, Musk said. Profits in the billions."),
    (DN, "zh", "马斯克说，蔚来每卖一辆车要亏大约十万元。"),
    (ST, "zh", "马斯克说，比亚迪之所以能赚钱全靠政府补贴。"),
    (ST, "en", "Musk predicted that most Chinese EV startups will go bankrupt within a few years."),
]

S["tiktok-owned-by-beijing"] = [
    (P, "en", "\"TikTok belongs to the CCP, simple as that,\" Musk said."),
    (P, "zh", "马斯克说，TikTok背后的老板其实就是中国政府。"),
    (X, "zh", "马斯克称，TikTok，也就是Douyin的海外版，是一家“state-owned”的中国国企。"),
    (X, "zh", "马斯克称“Beijing owns TikTok, period”，并说这是两党都该正视的事实。"),
    (PA, "en", "Musk said he opposes banning TikTok on free-speech grounds, even though the app is owned by the Chinese state."),
    (OP, "zh", "马斯克说，TikTok是一家私营公司，中国政府并不拥有它。"),
    (DN, "zh", "马斯克说，一家中国国资基金持有字节跳动主要境内子公司1%的股份。"),
    (ST, "en", "Musk said China would never let TikTok's algorithm be sold to an American buyer."),
    (ST, "zh", "马斯克说，美国2024年通过了要求TikTok出售或被禁的法律。"),
]

S["taiwan-makes-90pct-advanced-chips"] = [
    (P, "en", "Nine out of ten cutting-edge chips come out of Taiwan, Musk said."),
    (P, "zh", "马斯克说，全球最先进的芯片大约九成都是台湾造的。"),
    (X, "en", "Musk said TSMC (台积电) and Taiwan account for about 90% of the world's leading-edge chips."),
    (X, "zh", "马斯克说，around 90% of advanced chips are made in Taiwan，这就是为什么台湾问题对特斯拉很重要。"),
    (PA, "zh", "马斯克谈到台海风险时说，全世界约90%的高端芯片在台湾生产，一旦出事，全球经济都会停摆。"),
    (ST, "en", "Musk claimed Taiwan makes most of the world's semiconductors, period."),
    (OP, "zh", "马斯克说，台湾在先进芯片上的份额被夸大了，韩国和美国也能生产大量最先进的芯片。"),
]

S["china-mines-nearly-all-rare-earths"] = [
    (P, "en", "Pretty much every ounce of rare earth that comes out of the ground comes out in China, Musk said."),
    (P, "zh", "马斯克说，世界上的稀土几乎全是中国挖出来的。"),
    (P, "zh", "除了中国，基本上没人在挖稀土，马斯克说。"),
    (X, "en", "Musk said China's mines, Bayan Obo (白云鄂博) and the rest, produce nearly all of the world's rare earths."),
    (PA, "zh", "马斯克说，特斯拉正在减少对稀土的依赖，因为稀土几乎都在中国开采，供应风险太大。"),
    (ST, "zh", "马斯克说，全世界约九成的稀土是在中国提炼分离的。"),
    (ST, "zh", "马斯克说，中国在2025年4月限制了稀土磁体出口，影响了擎天柱机器人的生产。"),
    (OP, "en", "Musk said China's grip on rare-earth mining is overstated, since plenty gets mined in the US and Australia."),
    (DN, "zh", "马斯克说，中国开采了全球大约七成的稀土。"),
]

S["_china_unanswered"] = [
    (CU, "en", "Musk said Huawei's Mate phones are selling so well in China that Apple's share there is collapsing."),
    (CU, "zh", "马斯克说，小米只用了三年就造出了SU7，这种速度在美国不可能。"),
    (CU, "en", "China has built more high-speed rail than the rest of the world combined, Musk said."),
    (CU, "zh", "马斯克表示，中国的房地产危机会拖累全球经济。"),
    (CU, "en", "Musk said DJI is so dominant that American drone makers basically don't exist anymore."),
    (CU, "zh", "马斯克说，中国的造船能力是美国的两百多倍。"),
    (CU, "en", "Musk said Baidu's Apollo Go robotaxis in Wuhan are impressive but rely on heavy mapping."),
    (CU, "zh", "马斯克表示，特斯拉FSD在中国全面获批还需要时间，数据不能出境是主要障碍。"),
    (CU, "en", "X is blocked in China, and Musk said he doesn't expect that to change anytime soon."),
    (CU, "zh", "马斯克说，中国的钢铁产量占全世界一半以上。"),
    (CU, "en", "\"You basically live on WeChat in China,\" Musk said, calling it the model for what X wants to become."),
    (CU, "en", "Musk said China's hypersonic missile program is ahead of America's."),
    (CU, "zh", "马斯克说，中国的国防预算实际上远超官方公布的数字。"),
    (CU, "en", "Musk said Taiwan is an integral part of China, comparing it to Hawaii and the US."),
    (CU, "zh", "马斯克称，中国在可控核聚变上进展很快，EAST装置又创造了新纪录。"),
    (CU, "en", "Musk said Chinese quantum computers are still toys compared with Google's."),
    (CU, "zh", "马斯克说，中国的地方政府债务是一颗定时炸弹。"),
    (CU, "en", "Musk said China's stock market has basically gone nowhere for fifteen years."),
    (CU, "zh", "马斯克说，蔚来的换电站模式在中国很成功，但在美国行不通。"),
    (CU, "en", "Musk said China controls most of the world's cobalt refining, which is one reason Tesla moved to cobalt-free cells."),
    (CU, "zh", "马斯克说，中国的汽车出口量已经超过日本，成了世界第一。"),
    (CU, "en", "Musk said Chinese students should be welcome at US universities because talent is talent."),
    (CU, "zh", "马斯克说，中国政府其实很担心AI失控，也愿意坐下来谈AI安全。"),
    (CU, "en", "Musk said Beijing's cap on online gaming for kids, a few hours a week, is something the West should copy."),
    (CU, "zh", "马斯克说，三峡大坝是世界上装机容量最大的水电站。"),
    (CU, "en", "Musk said Chinese lithium companies are buying up mines across Africa and South America."),
    (CU, "zh", "马斯克说，中国车企到匈牙利和土耳其建厂，就是为了绕开欧盟的关税。"),
    (CU, "zh", "马斯克说，中国的社会信用体系被西方媒体夸大了。"),
]

S["_unrelated"] = [
    (UN, "en", "Musk said Starship will send uncrewed ships to Mars at the end of next year."),
    (UN, "zh", "马斯克表示，Neuralink已经有好几位患者植入了脑机接口设备。"),
    (UN, "en", "Musk said X's ad revenue is recovering as big brands come back."),
    (UN, "zh", "马斯克说，星舰的超重型助推器已经被发射塔的机械臂成功“筷子夹住”。"),
    (UN, "en", "Musk said the Cybertruck is the best truck ever made, period."),
    (UN, "zh", "马斯克称，Boring公司在拉斯维加斯的隧道系统将一直延伸到机场。"),
    (UN, "en", "Musk said interest on the US national debt now exceeds the defense budget."),
    (UN, "zh", "马斯克说，Grok 3是地球上最聪明的AI。"),
    (UN, "en", "Musk said Tesla's robotaxi service in Austin will expand to more cities soon."),
    (UN, "zh", "马斯克说，特斯拉德国柏林工厂将继续扩大产能。"),
    (UN, "en", "Musk said Starlink now has more than four million customers around the world."),
    (UN, "zh", "马斯克表示，美国的生育率也在下降，美国人应该多生孩子。"),
    (UN, "en", "Musk said Japan will eventually cease to exist if its birth rate doesn't change."),
]
