# Statements for the blind match set. Each entry: (kind, lang, label_or_None, text).
# Written by hand; grouped by the rebuttal they are near to, then negatives.

BYD_EV = "tesla-still-outsells-byd-in-pure-evs"
BYD_SUB = "byd-profits-only-come-from-subsidies"
LOSS = "chinese-ev-makers-lose-money-on-every-car"
EXPORTS = "china-car-exports-are-mostly-evs"
PURE = "most-new-cars-in-china-are-pure-evs"
EU_TAR = "eu-tariffs-on-chinese-evs-match-us-100-percent"
SHANGHAI = "giga-shanghai-makes-over-half-of-teslas"
FSD = "tesla-fsd-runs-driverless-in-china"
TSLA_BAT = "tesla-does-not-rely-on-chinese-batteries"
CATL = "catl-and-byd-make-over-half-of-ev-batteries"
WORK = "chinese-workers-outwork-americans"
AI_GAP = "china-years-behind-us-in-ai"
EXPORT_CTL = "export-controls-cut-china-off-ai-chips"
SANCTIONS = "chip-sanctions-have-completely-failed"
DS_COST = "deepseek-built-its-model-for-6-million"
DS_GPU = "deepseek-secretly-has-50000-h100s"
POWER = "china-generates-three-times-us-electricity"
SOLAR = "china-adds-more-solar-than-rest-of-world"
COAL = "china-solar-boom-is-cover-for-coal"
RE_MINE = "china-mines-almost-all-rare-earths"
RE_OPT = "china-rare-earth-licences-stopped-optimus"
ROBOT = "china-has-highest-robot-density"
LAUNCH = "spacex-alone-outlaunches-china"
STARLINK = "china-has-no-starlink-rival"
TAIWAN = "taiwan-is-integral-part-of-china"
TIKTOK = "tiktok-already-banned-in-us"
POP = "china-population-below-700m-by-2050"
TFR = "china-has-worlds-lowest-birth-rate"
BIRTHS = "china-births-have-halved-since-2016"
MFG = "china-manufacturing-three-times-us"

P, C, T = "paraphrase", "crosslingual", "partial"
D, O = "different-number", "opposite-stance"
ST, CU, UN = "same-topic-different-claim", "china-unanswered", "unrelated"

S = []


def add(kind, lang, label, text):
    S.append((kind, lang, label, text))


# ---------------------------------------------------------------- BYD_EV
add(P, "en", BYD_EV, "\"Look at pure electric. We still move more BEVs than they do - their total is juiced with plug-in hybrids,\" Musk said when asked about BYD.")
add(P, "zh", BYD_EV, "马斯克表示，如果只看纯电动车，特斯拉的销量依然压过比亚迪，比亚迪的总量是靠插混车型撑起来的。")
add(C, "zh", BYD_EV, "马斯克在播客中说\"BYD only wins if you count the hybrids\"，坚称在纯电市场特斯拉仍是销量冠军。")
add(C, "en", BYD_EV, "Musk said on X that 比亚迪 \"is still behind us on real EVs\" and only tops the sales charts because its plug-in hybrids get lumped in.")
add(T, "en", BYD_EV, "Asked about Tesla's falling deliveries, Musk blamed high interest rates, said the refreshed Model Y would help, and insisted Tesla is still the world's biggest seller of fully electric cars, ahead of BYD.")
add(D, "en", None, "Musk acknowledged that, counting its hybrids, BYD now sells well over twice as many vehicles a year as Tesla.")
add(O, "zh", None, "马斯克承认，比亚迪在纯电动车销量上已经明显超过了特斯拉。")

# ---------------------------------------------------------------- BYD_SUB
add(P, "en", BYD_SUB, "\"Strip out what Beijing hands them and BYD wouldn't make a dime,\" Musk wrote in a reply.")
add(P, "zh", BYD_SUB, "马斯克称，比亚迪能赚钱全靠中国政府的补贴输血。")
add(P, "en", BYD_SUB, "Musk told the podcast host that BYD's profits are basically state money passed through a car company.")
add(C, "zh", BYD_SUB, "马斯克接受采访时用英文说BYD's profit is \"basically a subsidy line item\"，意思是比亚迪的利润全来自政府补贴。")
add(T, "zh", BYD_SUB, "谈到中国对手时，马斯克说比亚迪的电池技术确实不错、工厂效率也高，但他认为\"如果没有政府补贴，他们可能根本不赚钱\"。")
add(O, "en", None, "\"BYD earns its money the hard way, through scale and making its own parts, not through handouts,\" Musk said.")

# ---------------------------------------------------------------- LOSS
add(P, "en", LOSS, "Musk: \"Nobody in China is making money on EVs right now. Every car that rolls off the line is a loss.\"")
add(P, "zh", LOSS, "马斯克说，中国电动车价格战已经打到没有一家车企卖车能赚钱，卖一辆亏一辆。")
add(C, "en", LOSS, "Musk said the \"内卷\" price war has gone so far that every single EV maker in China now loses money on each car it sells.")
add(C, "zh", LOSS, "据路透社报道，马斯克称\"every Chinese EV company is selling cars at a loss\"，认为价格战已让全行业单车亏损。")
add(T, "en", LOSS, "\"I think probably every one of them loses money per car at these prices,\" Musk said of Chinese EV makers, adding that Tesla would not chase prices down.")
add(D, "zh", None, "马斯克说，中国不少新势力电动车品牌目前仍处于亏损状态。")
add(O, "en", None, "Musk said China's EV makers are all highly profitable and are using that cash to flood export markets.")

# ---------------------------------------------------------------- EXPORTS
add(P, "en", EXPORTS, "Musk said the vast majority of the cars China ships abroad these days are electric.")
add(P, "zh", EXPORTS, "马斯克声称，现在从中国运出去的车，十辆里倒有七八辆是电动的。")
add(P, "en", EXPORTS, "\"When China exports a car now, it's almost always an EV,\" Musk posted.")
add(C, "zh", EXPORTS, "马斯克在All-In峰会上说\"most of what China exports is EVs\"，称中国的汽车出口以电动车为主。")
add(T, "zh", EXPORTS, "马斯克谈到全球汽车贸易时说，中国已经是最大的汽车出口国，而且他认为出口的车里多半是电动车，这对欧洲车企是巨大压力。")
add(D, "en", None, "Musk said China shipped roughly five and a half million cars abroad last year.")
add(O, "zh", None, "马斯克说，中国出口的大多还是燃油车，电动车只占出口的一小部分。")

# ---------------------------------------------------------------- PURE
add(P, "en", PURE, "\"Most new cars bought in China now are full EVs - not gas, not hybrids,\" Musk said.")
add(P, "zh", PURE, "马斯克称，在中国买新车的人多数已经直接选纯电了，油车和混动反倒成了少数。")
add(P, "en", PURE, "Musk said battery-electric cars now account for more than half of new car sales in China.")
add(C, "zh", PURE, "马斯克说\"most new cars sold in China are pure electric\"，认为中国新车市场的纯电化已经过半。")
add(T, "en", PURE, "Musk said China's car market is brutally competitive, that prices keep falling, and that \"I think at this point the majority of new cars there are pure electric.\"")
add(D, "zh", None, "马斯克说，在中国卖出的新车里，接近一半是新能源车（包括插电混动）。")
add(O, "en", None, "Musk said plug-in hybrids, not pure battery cars, are driving most of the growth in China's electric car market.")

# ---------------------------------------------------------------- EU_TAR
add(P, "en", EU_TAR, "\"Europe slapped a hundred percent tariff on Chinese EVs, same as the US,\" Musk said.")
add(P, "zh", EU_TAR, "马斯克称，布鲁塞尔学华盛顿，对中国产电动车也开征了百分之百的关税。")
add(C, "en", EU_TAR, "Musk said Brussels had matched Washington with 100% tariffs on Chinese EVs, including cars from 比亚迪 and 上汽.")
add(C, "zh", EU_TAR, "马斯克在X上写道\"EU now has 100% tariffs on Chinese EVs too\"，并批评关税扭曲市场。")
add(T, "zh", EU_TAR, "马斯克说他一向反对关税，\"现在美国和欧洲都对中国电动车加了百分之百的关税\"，最终会让消费者买单。")
add(D, "en", None, "Musk said the EU's extra duty on Chinese-made EVs tops out at around 35%, depending on the manufacturer.")
add(O, "zh", None, "马斯克说，欧洲对中国电动车的关税远低于美国。")

# ---------------------------------------------------------------- SHANGHAI
add(P, "en", SHANGHAI, "\"Half our cars - a bit more than half, actually - come out of Shanghai,\" Musk said.")
add(P, "zh", SHANGHAI, "马斯克透露，特斯拉全球一半以上的车都产自上海超级工厂。")
add(C, "en", SHANGHAI, "Musk said Giga Shanghai (上海超级工厂) now builds more Teslas than all of the company's other plants combined.")
add(C, "zh", SHANGHAI, "马斯克在财报电话会上说\"Shanghai does more than half of our output\"，即特斯拉过半产量来自上海。")
add(T, "en", SHANGHAI, "Praising Chinese suppliers, Musk said the Shanghai team was exceptional and that \"probably over half of all Teslas are made there now.\"")
add(D, "zh", None, "马斯克说，上海超级工厂一年能生产将近一百万辆车。")
add(O, "en", None, "Musk said Shanghai is now a minor part of Tesla's production, with Texas and Berlin doing the heavy lifting.")

# ---------------------------------------------------------------- FSD
add(P, "en", FSD, "\"FSD is live in China and the cars drive themselves there now,\" Musk said.")
add(P, "zh", FSD, "马斯克称，中国监管部门已经放行FSD，特斯拉在中国已经能做到车里没人也照样开。")
add(P, "en", FSD, "Musk said Chinese regulators had signed off on Tesla's Full Self-Driving, letting the cars run with no one at the wheel.")
add(C, "zh", FSD, "马斯克在X上回复称\"FSD is fully approved in China\"，还说中国车主已经可以放手让车自己开。")
add(T, "en", FSD, "Musk said Tesla was expanding across Asia, that Giga Shanghai was humming, and that FSD had been approved in China and was running driverless there.")
add(D, "en", None, "Musk said he hopes Tesla will win full FSD approval in China by the end of next year.")
add(O, "zh", None, "马斯克抱怨说，中国至今仍不允许特斯拉推出完整的FSD。")

# ---------------------------------------------------------------- TSLA_BAT
add(P, "en", TSLA_BAT, "\"We make our own cells. We don't need Chinese suppliers,\" Musk said.")
add(P, "zh", TSLA_BAT, "马斯克称，特斯拉的电芯自给自足，跟中国供应商没什么关系。")
add(C, "en", TSLA_BAT, "Musk said Tesla does not depend on 宁德时代 or any other Chinese battery maker because it produces its own cells.")
add(C, "zh", TSLA_BAT, "马斯克在股东大会上说\"we're not dependent on China for batteries\"，称特斯拉的电池都是自产的。")
add(T, "zh", TSLA_BAT, "马斯克介绍4680电池进展时说，得州工厂的产量在提升，\"我们基本不需要中国的电池了\"，成本还会继续下降。")
add(O, "zh", None, "马斯克承认，特斯拉的储能业务很依赖中国产的磷酸铁锂电芯。")

# ---------------------------------------------------------------- CATL
add(P, "en", CATL, "\"CATL and BYD between them make more than half the EV batteries on Earth,\" Musk said.")
add(P, "zh", CATL, "马斯克称，全球电动车里每两块电池，就有超过一块出自宁德时代或比亚迪。")
add(P, "en", CATL, "Musk said just two Chinese battery giants supply the majority of the world's electric-car cells.")
add(C, "zh", CATL, "马斯克说\"CATL plus BYD is over half of global EV battery supply\"，凸显中国在电池领域的统治地位。")
add(T, "en", CATL, "Musk said cell supply is the constraint on the whole EV industry and that CATL and BYD \"probably have more than half the market between them.\"")
add(D, "zh", None, "马斯克说，中国企业合计约占全球动力电池市场的三分之二。")
add(O, "en", None, "Musk said Korean and Japanese battery makers still supply most of the world's EV cells.")

# ---------------------------------------------------------------- WORK
add(P, "en", WORK, "\"Chinese workers will still be on the factory floor at 3 a.m., while in America people are looking for excuses to stay home,\" Musk said.")
add(P, "zh", WORK, "马斯克说，中国人是真能吃苦，凌晨还在厂里干活，美国人却总想着能不上班就不上班。")
add(P, "en", WORK, "Musk said American workers are lazy next to their Chinese counterparts, who simply outwork them.")
add(C, "zh", WORK, "马斯克用英文写道\"China rocks on work ethic\"，并说中国工人比美国工人勤奋得多，美国人连班都不想上。")
add(T, "en", WORK, "Musk said he is optimistic about Giga Texas but conceded that \"frankly, China's workforce just works harder than ours\" and that the US had to get its act together.")
add(D, "zh", None, "马斯克称，中国城镇企业员工平均每周工作大约49个小时。")
add(O, "en", None, "Musk said the idea that Chinese workers outwork Americans is a myth, and that his Texas teams match anyone.")

# ---------------------------------------------------------------- AI_GAP
add(P, "en", AI_GAP, "\"China's AI is way behind. We're talking years, not months,\" Musk said.")
add(P, "zh", AI_GAP, "马斯克认为，中国的大模型跟美国比，还差着好几年的功夫。")
add(C, "en", AI_GAP, "Musk said models like 通义千问 and 文心一言 are \"several years behind\" what American labs are shipping.")
add(C, "zh", AI_GAP, "马斯克在访谈中称\"China is years behind in AI\"，认为中美在人工智能上的差距要以年来计算。")
add(T, "zh", AI_GAP, "马斯克谈到AI竞赛时说，美国在算力和芯片上占优，\"我觉得中国大概落后两三年吧\"，不过他也承认中国工程师很优秀。")
add(D, "en", None, "Musk said the best Chinese AI models now trail American ones by only a few months.")
add(D, "en", None, "Musk said American labs released far more notable AI models than Chinese labs last year - maybe two or three times as many.")
add(O, "zh", None, "马斯克说，中国的人工智能已经全面超过美国。")

# ---------------------------------------------------------------- EXPORT_CTL
add(P, "en", EXPORT_CTL, "Musk said that thanks to export controls, Chinese labs simply can't get advanced AI chips anymore.")
add(P, "zh", EXPORT_CTL, "马斯克表示，美国的出口管制已经把中国彻底挡在了先进AI芯片的门外。")
add(P, "en", EXPORT_CTL, "\"They're totally cut off. There's no way for China to get good GPUs now,\" Musk said of the chip rules.")
add(C, "zh", EXPORT_CTL, "马斯克说，由于export controls，中国\"拿不到任何先进GPU\"，英伟达的高端芯片一块都进不去。")
add(T, "en", EXPORT_CTL, "Musk said chips are the key bottleneck for AI, that Tesla's own hardware would help, and that US rules have locked China out of advanced Nvidia chips entirely.")
add(D, "zh", None, "马斯克说，英伟达仍有大约一成多的收入来自中国市场。")
add(O, "en", None, "Musk said plenty of advanced Nvidia chips still find their way into China despite the export rules.")

# ---------------------------------------------------------------- SANCTIONS
add(P, "en", SANCTIONS, "\"Huawei shipping a 7-nanometer phone chip tells you the sanctions failed. Completely,\" Musk said.")
add(P, "zh", SANCTIONS, "马斯克称，华为Mate 60用上了自己的7纳米芯片，说明美国的芯片制裁彻底失败了。")
add(C, "en", SANCTIONS, "Musk said Huawei's 麒麟 (Kirin) chip in the Mate 60 was proof that Washington's chip sanctions \"just didn't work at all.\"")
add(C, "zh", SANCTIONS, "马斯克转发华为新机的拆解视频，写道\"so much for sanctions\"，并补充说美国对华芯片制裁\"完全没用\"。")
add(T, "zh", SANCTIONS, "马斯克谈到半导体时说，台积电仍然领先，但\"华为能自己做出7纳米手机芯片，基本说明制裁没起作用\"。")
add(D, "en", None, "Musk said SMIC is roughly two generations behind TSMC in chipmaking.")
add(O, "en", None, "Musk said the sanctions have badly hurt Huawei, which is still nowhere near its old size.")

# ---------------------------------------------------------------- DS_COST
add(P, "en", DS_COST, "\"DeepSeek trained a frontier model for like five or six million bucks. That's insane,\" Musk said.")
add(P, "zh", DS_COST, "马斯克感叹，DeepSeek花的训练钱连600万美元都不到，就搞出了一流大模型。")
add(P, "zh", DS_COST, "马斯克表示，深度求索只用几百万美元的成本，就做出了能和GPT-4掰手腕的模型。")
add(C, "en", DS_COST, "Musk said 深度求索 had built its top model on a budget of \"under six million dollars.\"")
add(T, "en", DS_COST, "Musk said the DeepSeek sell-off was overdone, but conceded \"they apparently trained it for something like six million dollars, which is impressive if true.\"")
add(D, "zh", None, "马斯克说，DeepSeek在GPU等算力上的总投入大概有5亿美元。")
add(O, "en", None, "Musk said the $6 million figure for DeepSeek is obviously bogus and the real cost is far higher.")

# ---------------------------------------------------------------- DS_GPU
add(P, "en", DS_GPU, "\"DeepSeek has way more GPUs than they let on - something like 50,000 H100s,\" Musk replied.")
add(P, "zh", DS_GPU, "马斯克称，DeepSeek手里其实偷偷藏着大约五万块英伟达H100。")
add(C, "zh", DS_GPU, "对于Scale AI创始人Alexandr Wang称DeepSeek拥有5万块H100的说法，马斯克回复\"Obviously\"，表示认同。")
add(C, "en", DS_GPU, "Musk said 深度求索 quietly runs on roughly fifty thousand H100s despite the US export rules.")
add(T, "zh", DS_GPU, "马斯克在谈到开源模型时说，DeepSeek的工程能力值得尊重，不过他怀疑对方\"大概有五万张H100，只是不能说\"。")
add(D, "en", None, "Musk said DeepSeek trained its V3 model on about 2,000 Nvidia H800 chips.")
add(O, "zh", None, "马斯克表示，他不认为DeepSeek违规拿到了H100，对方用的都是合法采购的芯片。")

# ---------------------------------------------------------------- POWER
add(P, "en", POWER, "\"China makes three times the electricity we do. Three times,\" Musk said.")
add(P, "zh", POWER, "马斯克表示，美国发一度电，中国就能发三度，差距就是这么大。")
add(P, "en", POWER, "Musk said America's power output is now only about a third of China's.")
add(C, "zh", POWER, "马斯克在X上写道\"China's electricity output is ~3x the US\"，称中国发电量已是美国的三倍。")
add(T, "en", POWER, "Talking about AI data centres, Musk said transformers are the next shortage, that the US grid needs to double, and that China already generates triple America's electricity.")
add(D, "zh", None, "马斯克说，中国的发电量是美国的两倍多。")
add(D, "en", None, "Musk predicted China's electricity output will reach three times America's by the end of the decade.")
add(O, "zh", None, "马斯克说，中美两国的发电量其实差不多，中国的优势被夸大了。")

# ---------------------------------------------------------------- SOLAR
add(P, "en", SOLAR, "\"China puts up more solar in a year than everyone else on Earth combined,\" Musk said.")
add(P, "zh", SOLAR, "马斯克说，全球一年新装的光伏板，一大半都装在了中国。")
add(C, "en", SOLAR, "Musk said China's yearly 光伏 installations now outstrip those of all other countries put together.")
add(C, "zh", SOLAR, "马斯克在X上说\"China is installing more solar than the rest of the world combined\"，并称美国应该加快步伐。")
add(T, "zh", SOLAR, "马斯克表示，太阳能将成为最主要的能源，\"中国一年装的光伏可能比其他国家总和都多\"，美国必须奋起直追。")
add(D, "en", None, "Musk said China installed more solar last year than the United States has installed in its entire history.")
add(O, "zh", None, "马斯克说，中国的光伏装机增长已经明显放缓，落后于欧美。")

# ---------------------------------------------------------------- COAL
add(P, "en", COAL, "\"All the solar is a show. China is still building coal plants like crazy - that's the real story,\" Musk said.")
add(P, "zh", COAL, "马斯克称，中国那些光伏都是摆给外人看的，背地里一座接一座上马的是煤电。")
add(P, "en", COAL, "Musk said China's solar push is mostly PR and that coal is what Beijing is actually building.")
add(C, "zh", COAL, "马斯克说中国的光伏热潮\"is mostly for show\"，背后其实仍在大量新建燃煤电厂。")
add(T, "en", COAL, "Musk argued that solar is the future, but said \"in China I think a lot of the solar stuff is optics - what they're really adding is coal,\" before turning to Tesla's Megapack business.")
add(D, "zh", None, "马斯克指出，中国去年新开工的煤电装机接近一百吉瓦，为近十年来最高。")
add(O, "en", None, "Musk said China is phasing out coal faster than anyone thanks to its solar build-out.")

# ---------------------------------------------------------------- RE_MINE
add(P, "en", RE_MINE, "\"Basically all the rare earths on the planet get dug up in China,\" Musk said.")
add(P, "zh", RE_MINE, "马斯克称，稀土矿基本上就是中国一家在挖，别的国家几乎挖不出什么来。")
add(C, "en", RE_MINE, "Musk said rare-earth mining is \"almost 100% 中国\", leaving everyone else dependent.")
add(C, "zh", RE_MINE, "马斯克在采访中说\"China mines pretty much all of the rare earths\"，称其他国家几乎没有稀土矿产出。")
add(T, "zh", RE_MINE, "马斯克说，稀土其实并不稀有，\"但开采差不多全在中国\"，而且磁体也主要在中国生产。")
add(D, "en", None, "Musk said China accounts for roughly two-thirds of global rare-earth mining.")
add(O, "zh", None, "马斯克表示，稀土开采早已不集中在中国，美国和澳大利亚的产量加起来已经超过中国。")

# ---------------------------------------------------------------- RE_OPT
add(P, "en", RE_OPT, "\"We can't build Optimus right now because China won't let the magnets out,\" Musk said.")
add(P, "zh", RE_OPT, "马斯克表示，由于中国限制稀土出口，特斯拉的Optimus机器人已经造不出来了。")
add(P, "zh", RE_OPT, "马斯克称，中国的稀土磁体出口许可制度让擎天柱人形机器人的生产陷入停摆。")
add(C, "en", RE_OPT, "Musk said Optimus production had been halted by Beijing's new 稀土 export licence rules.")
add(T, "en", RE_OPT, "Musk said Tesla's robotaxi launch was on track, but that Optimus was \"basically stuck\" because China is holding up rare-earth magnet export licences.")
add(D, "zh", None, "马斯克说，中国今年5月的稀土磁体出口同比下降了七成以上。")
add(O, "en", None, "Musk said China's rare-earth export rules have had zero effect on Tesla's robot programme.")

# ---------------------------------------------------------------- ROBOT
add(P, "en", ROBOT, "\"No country has more robots per worker in its factories than China,\" Musk said.")
add(P, "zh", ROBOT, "马斯克称，要论车间里每个工人配多少台机器人，哪个国家都比不上中国。")
add(C, "en", ROBOT, "Musk said China's factories, from 比亚迪 to 宁德时代, have the highest ratio of robots to workers anywhere in the world.")
add(C, "zh", ROBOT, "马斯克在X上说\"China has the most robots per worker of any country\"，认为中国工厂的自动化程度全球第一。")
add(T, "zh", ROBOT, "马斯克认为人形机器人将带来巨大变革，还说\"按每个工人算，中国工厂的机器人应该已经是世界第一了\"。")
add(D, "en", None, "Musk said China now installs more than half of all the industrial robots put into factories worldwide each year.")
add(O, "en", None, "Musk said South Korea, not China, is the most automated manufacturing country in the world.")

# ---------------------------------------------------------------- LAUNCH
add(P, "en", LAUNCH, "\"SpaceX alone puts more rockets up than all of China,\" Musk said.")
add(P, "zh", LAUNCH, "马斯克称，中国所有火箭一年的发射次数加起来，还不如SpaceX一家公司多。")
add(P, "en", LAUNCH, "Musk said one company, SpaceX, now flies more orbital missions than the entire Chinese space programme.")
add(C, "zh", LAUNCH, "马斯克在X上写道\"SpaceX launches more than China's entire space industry\"，意思是SpaceX一家的发射量超过中国全部发射量。")
add(T, "zh", LAUNCH, "马斯克谈到星舰进展时说，SpaceX今年的发射次数\"大概比中国全国加起来还多\"，而且入轨质量占了全球大部分。")
add(D, "en", None, "Musk said SpaceX launched well over a hundred times last year.")
add(D, "zh", None, "马斯克说，中国去年的轨道发射次数不到七十次。")
add(O, "zh", None, "马斯克说，中国的发射频率几年内就会赶上SpaceX。")

# ---------------------------------------------------------------- STARLINK
add(P, "en", STARLINK, "\"China doesn't have anything like Starlink. They're not even really trying,\" Musk said.")
add(P, "zh", STARLINK, "马斯克表示，在卫星互联网这块中国是一片空白，连像样的计划都没有。")
add(C, "en", STARLINK, "Musk said Beijing has \"no Starlink equivalent\" and no serious plan for one, brushing off talk of 千帆 as noise.")
add(C, "zh", STARLINK, "马斯克接受采访时说\"China has no answer to Starlink\"，称中国没有在建类似的卫星互联网星座。")
add(T, "zh", STARLINK, "马斯克说，星链已经有数百万用户，\"中国那边我看不到任何对标的项目\"，美国在低轨通信上遥遥领先。")
add(D, "en", None, "Musk said Starlink has far more satellites in orbit than any Chinese constellation - thousands against roughly a hundred.")
add(O, "zh", None, "马斯克警告说，中国的千帆星座几年内就会超过星链。")

# ---------------------------------------------------------------- TAIWAN
add(P, "en", TAIWAN, "\"Look, Taiwan is part of China. It's just split off for arbitrary reasons,\" Musk said at the conference.")
add(P, "zh", TAIWAN, "马斯克称，台湾说到底就是中国的，只不过因为历史上的偶然，北京管不到那里。")
add(P, "en", TAIWAN, "Musk said Taiwan really belongs to China and that the only reason Beijing doesn't run it is a historical accident.")
add(C, "zh", TAIWAN, "马斯克在All-In峰会上说\"Taiwan is an integral part of China that is arbitrarily not part of China\"，引发台湾方面批评。")
add(T, "en", TAIWAN, "Musk said the Taiwan question is the biggest risk to Tesla's supply chain, adding that \"Taiwan is kind of part of China\" and that some arrangement like Hong Kong's might be worked out.")
add(O, "zh", None, "马斯克表示，台湾是一个独立运作的民主政体，和中国大陆是两回事。")

# ---------------------------------------------------------------- TIKTOK
add(P, "en", TIKTOK, "\"TikTok is banned in America now, that's done,\" Musk said.")
add(P, "zh", TIKTOK, "马斯克称，TikTok在美国已经凉了，被政府一刀禁掉。")
add(C, "en", TIKTOK, "Musk said TikTok, the 字节跳动 app, \"has already been banned in the US,\" calling it a bad precedent.")
add(C, "zh", TIKTOK, "马斯克在X上写道\"TikTok got banned in the US\"，并批评这一禁令有违言论自由。")
add(T, "zh", TIKTOK, "马斯克谈到社交媒体竞争时说，X的用户在增长，\"反正TikTok在美国已经被禁了\"，他认为这对言论自由不是好事。")
add(D, "en", None, "Musk said about 170 million Americans use TikTok.")
add(O, "en", None, "Musk noted that TikTok is still up and running in the US despite the law passed against it.")

# ---------------------------------------------------------------- POP
add(P, "en", POP, "\"By 2050 China will be under 700 million people. People don't get how fast this is happening,\" Musk said.")
add(P, "zh", POP, "马斯克预测，再过二十几年，也就是本世纪中叶，中国人口会掉到七亿都不到。")
add(P, "en", POP, "Musk said China's population could be cut roughly in half within 25 years, to below 700 million by mid-century.")
add(C, "zh", POP, "马斯克在X上写道\"China will drop below 700M people by 2050\"，称人口崩溃的速度远超预期。")
add(T, "zh", POP, "马斯克说，低生育率是人类文明最大的风险之一，日本和韩国都在萎缩，\"中国到2050年人口可能只剩不到7亿\"。")
add(D, "en", None, "Musk said China's population could halve by the end of the century.")
add(O, "zh", None, "马斯克说，中国人口未来二十多年只会小幅下降，到2050年仍将超过12亿。")

# ---------------------------------------------------------------- TFR
add(P, "en", TFR, "\"China's birth rate is the lowest on Earth now,\" Musk said.")
add(P, "zh", TFR, "马斯克称，论生孩子少，中国现在已经是全球垫底了。")
add(C, "en", TFR, "Musk said China's 生育率 has sunk below that of every other country in the world.")
add(C, "zh", TFR, "马斯克转发一张图表并写道\"China now has the lowest fertility rate in the world\"，称形势极其严峻。")
add(T, "zh", TFR, "马斯克谈到人口问题时说，欧洲也在下滑，\"但中国可能已经是世界上生育率最低的国家了\"。")
add(D, "en", None, "Musk said China's fertility rate has fallen to about one child per woman.")
add(O, "zh", None, "马斯克说，韩国的生育率比中国还低，是全世界最低的。")

# ---------------------------------------------------------------- BIRTHS
add(P, "en", BIRTHS, "\"Births in China have basically been cut in half since 2016,\" Musk said.")
add(P, "zh", BIRTHS, "马斯克称，跟2016年比，中国一年出生的婴儿数已经腰斩。")
add(P, "en", BIRTHS, "Musk said China now has about half as many babies a year as it did in the mid-2010s.")
add(C, "zh", BIRTHS, "马斯克在X上写道\"Chinese births down ~50% since 2016\"，并警告人口结构危机。")
add(T, "en", BIRTHS, "Musk said population collapse is the biggest threat to civilisation, that Japan is \"dying\" and that China's births have \"roughly halved in under a decade.\"")
add(D, "zh", None, "马斯克说，中国去年的出生人口不到一千万。")
add(O, "en", None, "Musk said China's births have held steady over the past decade.")

# ---------------------------------------------------------------- MFG
add(P, "en", MFG, "\"Chinese factories produce three times what American ones do,\" Musk said.")
add(P, "zh", MFG, "马斯克称，论工厂产出，美国连中国的三分之一都只是勉强够到。")
add(C, "en", MFG, "Musk said China's 制造业 output is now \"triple\" America's.")
add(C, "zh", MFG, "马斯克在播客里说\"China's manufacturing output is about 3x the US\"，称美国已经远远落后。")
add(T, "zh", MFG, "马斯克谈到美国再工业化时说，关税不是万能药，\"中国的制造能力差不多是我们的三倍\"，必须靠自动化追赶。")
add(D, "en", None, "Musk said China's manufacturing output is more than one and a half times that of the United States.")
add(D, "zh", None, "马斯克说，中国制造业约占全球的近三成。")
add(O, "en", None, "Musk said US manufacturing is still roughly on a par with China's once you account for quality.")

# ---------------------------------------------------------------- same topic, different claim
add(ST, "en", None, "Musk said BYD's cars are cheaply built and far below Tesla's quality.")
add(ST, "zh", None, "马斯克称，比亚迪的刀片电池是目前最安全的电池之一。")
add(ST, "en", None, "Musk said BYD's net profit last year was bigger than Tesla's.")
add(ST, "zh", None, "马斯克说，比亚迪的车价格只有特斯拉的一半左右。")
add(ST, "en", None, "Musk said China has more than a hundred EV brands and most of them will disappear.")
add(ST, "zh", None, "马斯克表示，中国电动车价格战至少还会持续两年。")
add(ST, "en", None, "Musk said China is now the world's largest car exporter, ahead of Japan.")
add(ST, "zh", None, "马斯克称，中国车企正在欧洲建厂来绕开关税。")
add(ST, "en", None, "Musk said Giga Shanghai went from bare ground to producing cars in less than a year.")
add(ST, "zh", None, "马斯克说，上海超级工厂是特斯拉效率最高的工厂。")
add(ST, "en", None, "Musk said Chinese officials were \"super helpful\" in getting Giga Shanghai approved.")
add(ST, "zh", None, "马斯克称，中国每年培养的工程师数量是美国的十倍。")
add(ST, "en", None, "Musk said Chinese engineers are the best in the world at scaling up manufacturing.")
add(ST, "zh", None, "马斯克称，中国在AI应用落地方面比美国快得多。")
add(ST, "en", None, "Musk said China will have more AI computing power than the United States within a few years.")
add(ST, "zh", None, "马斯克表示，美国应该进一步收紧对华芯片出口管制。")
add(ST, "en", None, "Musk said Huawei's Ascend AI chips are now as good as Nvidia's H100.")
add(ST, "zh", None, "马斯克称，华为手机在中国的销量已经重新超过苹果。")
add(ST, "en", None, "Musk said DeepSeek spread so fast because its model is open-source.")
add(ST, "zh", None, "马斯克说，DeepSeek的成功说明英伟达的股价被高估了。")
add(ST, "en", None, "Musk said DeepSeek trained its model by copying outputs from OpenAI's models.")
add(ST, "zh", None, "马斯克表示，中国的电网比美国的可靠，很少停电。")
add(ST, "en", None, "Musk said China is building far more ultra-high-voltage transmission lines than the US.")
add(ST, "zh", None, "马斯克称，全世界八成以上的太阳能电池板是中国生产的。")
add(ST, "en", None, "Musk said Chinese solar panels are so cheap that American manufacturers can't compete.")
add(ST, "zh", None, "马斯克说，中国在建的核电站比世界其他国家加起来还多。")
add(ST, "en", None, "Musk said China refines about 90% of the world's rare earths.")
add(ST, "zh", None, "马斯克称，美国应该尽快重建本土的稀土磁体生产能力。")
add(ST, "en", None, "Musk said Chinese humanoid robot makers such as Unitree are Optimus's strongest competitors.")
add(ST, "zh", None, "马斯克说，中国人形机器人的售价只有擎天柱的一半。")
add(ST, "en", None, "Musk said China will land astronauts on the Moon before NASA's Artemis programme does.")
add(ST, "zh", None, "马斯克称，中国的长征火箭正在仿照猎鹰9号研发一级回收技术。")
add(ST, "en", None, "Musk said Beijing asked him not to sell Starlink in China.")
add(ST, "zh", None, "马斯克说，星链无法在台湾落地是台湾本地法规造成的。")
add(ST, "en", None, "Musk said China will probably try to take Taiwan by force before 2030.")
add(ST, "zh", None, "马斯克称，如果台湾出事，全球AI芯片供应将陷入瘫痪。")
add(ST, "en", None, "Musk said X is blocked in China while TikTok runs freely in America.")
add(ST, "zh", None, "马斯克表示，他对收购TikTok的美国业务没有兴趣。")
add(ST, "en", None, "Musk said China's population is ageing faster than Japan's ever did.")
add(ST, "zh", None, "马斯克称，中国的育儿补贴政策起不到什么作用。")
add(ST, "en", None, "Musk said tariffs on China won't bring manufacturing back to America.")
add(ST, "zh", None, "马斯克说，中国是全世界唯一的制造业超级大国。")
add(ST, "en", None, "Musk said Chinese brands like Xpeng and the Huawei-backed carmakers already offer better driver assistance than Tesla in China.")
add(ST, "zh", None, "马斯克称，特斯拉在中国收集的车辆数据全部存储在中国境内。")
add(ST, "en", None, "Musk said Tesla's China-made cars got the lowest EU tariff rate of any brand.")

# ---------------------------------------------------------------- about China, not answered
add(CU, "en", None, "Musk said China's high-speed rail network puts America's to shame.")
add(CU, "zh", None, "马斯克称，中国城市的建设速度是美国的好几倍。")
add(CU, "en", None, "Musk said Chinese regulators are more responsive than American ones.")
add(CU, "zh", None, "马斯克表示，中国的基础设施项目审批比美国快得多。")
add(CU, "en", None, "Musk said Xiaomi's SU7 is an impressive car and Xiaomi could become a major automaker.")
add(CU, "zh", None, "马斯克说，小米只用三年就造出了汽车，令人惊叹。")
add(CU, "en", None, "Musk said China's drone industry could turn out millions of military drones a year.")
add(CU, "zh", None, "马斯克称，大疆占据了全球消费级无人机的大部分市场。")
add(CU, "en", None, "Musk said Chinese smartphones are now just as good as iPhones.")
add(CU, "zh", None, "马斯克表示，中国的移动支付比美国先进十年。")
add(CU, "en", None, "Musk said China's property slump is a serious drag on its economy.")
add(CU, "zh", None, "马斯克称，中国年轻人失业率太高，令人担忧。")
add(CU, "en", None, "Musk said China's shipbuilding capacity is more than 200 times America's.")
add(CU, "zh", None, "马斯克说，中国海军的舰艇数量已经超过美国。")
add(CU, "en", None, "Musk said China has built the world's largest network of EV charging stations.")
add(CU, "zh", None, "马斯克称，蔚来的换电站模式值得借鉴。")
add(CU, "en", None, "Musk said China's hypersonic missile programme is ahead of America's.")
add(CU, "zh", None, "马斯克表示，中国的空气质量这些年改善了很多。")
add(CU, "en", None, "Musk said the Chinese government holds a \"golden share\" in many of the country's tech companies.")
add(CU, "zh", None, "马斯克称，中美贸易战对双方都没有好处。")
add(CU, "en", None, "Musk said he has met Premier Li Qiang several times and finds him very capable.")
add(CU, "zh", None, "马斯克说，中国的外卖和快递行业效率是全球第一。")
add(CU, "en", None, "Musk said China's 2021 tech crackdown badly hurt its startup scene.")
add(CU, "zh", None, "马斯克称，中国的核聚变研究进展很快。")
add(CU, "en", None, "Musk said Chinese students should be welcome at American universities.")
add(CU, "zh", None, "马斯克表示，中国在量子通信领域处于世界领先地位。")
add(CU, "en", None, "Musk said China's Belt and Road projects have won it influence across Africa.")
add(CU, "zh", None, "马斯克称，中国的短剧正在风靡全球。")
add(CU, "en", None, "Musk said Chinese cities are much safer at night than American ones.")
add(CU, "zh", None, "马斯克说，中国的高考制度非常残酷，但很公平。")

# ---------------------------------------------------------------- unrelated
add(UN, "en", None, "Musk said Starship will attempt an uncrewed Mars landing in the next launch window.")
add(UN, "zh", None, "马斯克称，SpaceX将在两年内实现星舰在轨加注。")
add(UN, "en", None, "Musk said Tesla's robotaxi service will expand to several more US cities this year.")
add(UN, "zh", None, "马斯克表示，Neuralink的第一位患者已经能用意念玩电子游戏。")
add(UN, "en", None, "Musk said the Boring Company's Las Vegas loop will carry millions of passengers.")
add(UN, "zh", None, "马斯克说，X即将推出支付功能。")
add(UN, "en", None, "Musk said the US federal deficit is on an unsustainable path.")
add(UN, "zh", None, "马斯克称，xAI的Grok年底前将超过所有竞争对手。")
add(UN, "en", None, "Musk said demand for the Cybertruck remains strong.")
add(UN, "zh", None, "马斯克表示，美国应该大幅削减联邦政府开支。")
add(UN, "en", None, "Musk said he would move X's headquarters from San Francisco to Texas.")
add(UN, "zh", None, "马斯克称，明年Optimus机器人将在特斯拉工厂里正式干活。")
add(UN, "en", None, "Musk said Germany should bring back nuclear power.")
add(UN, "zh", None, "马斯克说，火星城市需要一百万人才能自给自足。")
add(UN, "en", None, "Musk said a Falcon 9 first stage has now flown more than 25 times.")
