"""The 300 statements of blind set W, grouped by rebuttal (data only; build.py shuffles and numbers them).

Each entry: (kind, lang, labels, text). Labels are rebuttal ids; [] when no rebuttal answers.
"""

P, X, PA = "paraphrase", "crosslingual", "partial"
DN, OS, ST = "different-number", "opposite-stance", "same-topic-different-claim"
CU, UN = "china-unanswered", "unrelated"

PWR3 = "china-power-already-triple-us"
PWRPC = "china-per-capita-power-above-us"
SOL = "china-solar-more-than-rest-of-world"
SOLC = "chinese-solar-panels-dirtier-than-coal"
BYDS = "byd-outsells-tesla-bev"
BYDP = "byd-profitable-only-from-subsidies"
BYDH = "byd-mostly-sells-hybrids"
EVC = "chinese-evs-half-cost-to-build"
EVD = "chinese-evs-sold-abroad-below-cost"
EUT = "eu-tariffs-hit-tesla-like-byd"
CATL = "catl-makes-most-ev-batteries"
BAT = "china-makes-three-quarters-of-batteries"
LFP = "lfp-invented-in-china"
EXC = "export-controls-stopped-china-ai"
CHIP = "china-never-makes-advanced-chips"
DS6 = "deepseek-cost-six-million"
DSH = "deepseek-has-50000-h100s"
CMP = "china-more-ai-compute-than-us"
ROB = "china-installs-half-of-robots"
RDEN = "china-highest-robot-density"
LCH = "china-launches-more-than-spacex"
SAT = "china-constellations-rival-starlink"
GSH = "giga-shanghai-built-without-help"
GSH2 = "giga-shanghai-half-of-teslas"
POP = "china-population-halve-by-2050"
BIR = "china-births-fell-every-year"
RER = "china-holds-most-rare-earth-reserves"
REP = "china-90pct-rare-earth-processing"
TT = "tiktok-ban-against-free-speech"
FSD = "tesla-fsd-fully-approved-china"

S = [
    # --- total electricity: already three times the US ---
    (P, "en", [PWR3], "Musk said on a podcast that China's power output is \"already like 3x ours, it's not even close.\""),
    (P, "zh", [PWR3], "马斯克称，论发电总量，中国眼下就已经顶得上三个美国。"),
    (P, "en", [PWR3], "\"They are pumping out triple the juice we are, right now, today,\" Musk said of China."),
    (X, "zh", [PWR3], "马斯克在采访中用英文说 China's electricity generation is \"already about three times\" America's，语气很肯定。"),
    (PA, "en", [PWR3], "Musk said AI's real bottleneck is electricity and transformers, adding that China already generates about three times the power the US does and keeps adding more every year."),
    (DN, "en", [], "Musk said China generates \"a bit more than double\" the electricity the US does today."),
    (DN, "zh", [], "马斯克预测，到2030年中国的发电量会达到美国的三倍。"),
    (OS, "zh", [], "中国发电量已经是美国三倍？马斯克说没有的事，“也就两倍多一点”。"),
    (ST, "en", [], "Musk said China builds high-voltage transmission lines faster than the US can get a single permit approved."),
    (ST, "zh", [], "马斯克说，中国每年新增的发电装机里，一大半来自风电和光伏。"),
    # two claims in one statement
    (PA, "en", [PWR3, PWRPC], "Musk said China already makes three times America's electricity, and that the average Chinese person now uses more power than the average American."),

    # --- per-capita electricity above US ---
    (X, "zh", [PWRPC], "马斯克在X上写道 per head, Chinese people now use more power than Americans，引发网友争论。"),
    (P, "zh", [PWRPC], "马斯克说，中国人均用电量早就不比美国人少了，别再拿老印象看中国。"),
    (P, "en", [PWRPC], "It's simply not true anymore that Americans use more electricity per person than the Chinese, Musk told the audience."),
    (X, "en", [PWRPC], "Musk on X: \"人均\" consumption in China has passed the US - per person they use more electricity than we do."),
    (PA, "zh", [PWRPC], "马斯克一边夸中国的特高压输电，一边说现在中国人平均每人的用电量大概已经超过美国人了。"),
    (OS, "en", [], "Musk acknowledged that on a per-person basis Chinese citizens still use only about half the electricity Americans do."),
    (OS, "zh", [], "中国人均用电超过美国？马斯克说没那回事，“按人头算，大概只有美国的一半”。"),
    (ST, "en", [], "Musk said electricity in China is far cheaper for factories than it is in the United States."),

    # --- solar: more than rest of world combined ---
    (P, "en", [SOL], "Musk: \"China put up more solar in one year than the whole rest of the planet put together.\""),
    (P, "zh", [SOL], "马斯克称，中国一年铺的光伏板，超过了全世界其他国家的总和。"),
    (X, "zh", [SOL], "马斯克引用一张图表说 China alone installed more solar than everyone else combined，还配了一句“insane”。"),
    (X, "en", [SOL], "Musk said China's 光伏 build-out last year topped every other nation's combined."),
    (PA, "en", [SOL], "I think China probably added more solar panels last year than the rest of the world combined, and the US is asleep on this, Musk said."),
    (DN, "en", [], "Musk said China installs about a third of the world's new solar each year."),
    (OS, "zh", [], "马斯克说中国的光伏新增装机其实被高估了，还赶不上其他国家加起来的一半。"),

    # --- solar panels dirtier than coal ---
    (P, "en", [SOLC], "Musk said panels out of China are built on coal, so they end up dirtier than just burning the coal yourself."),
    (P, "zh", [SOLC], "马斯克表示，中国的太阳能板是靠烧煤造出来的，算下来比直接用煤电还脏。"),
    (X, "en", [SOLC], "Replying to a post about 光伏 exports, Musk wrote: \"They're made with coal power. Net-net these panels are worse for the planet than a coal plant.\""),
    (PA, "zh", [SOLC], "马斯克说太阳能是未来，但他也说，从中国进口的光伏板因为制造时用煤太多，整个生命周期的排放恐怕比煤电厂还高。"),
    (P, "en", [SOLC], "Musk insisted Chinese panels are no cleaner than coal - if anything, he said, they're worse once you count the factories."),
    (OS, "en", [], "Musk said even panels made with Chinese coal power pay back their carbon debt within a couple of years."),

    # --- BYD outsells Tesla on pure EVs ---
    (P, "en", [BYDS], "Musk conceded that BYD now moves more pure EVs globally than Tesla does."),
    (P, "zh", [BYDS], "马斯克承认，光论纯电车，比亚迪现在卖得比特斯拉还多。"),
    (X, "en", [BYDS], "Musk admitted that 比亚迪 (BYD) is now the world's top seller of battery-only cars, ahead of Tesla."),
    (X, "zh", [BYDS], "据彭博报道，马斯克说 \"BYD is now selling more EVs than us\"，他指的是纯电车型。"),
    (PA, "en", [BYDS], "Musk said Tesla still leads on software and margins, but that BYD has passed Tesla in global battery-electric sales."),
    (DN, "zh", [], "马斯克预测比亚迪要到2030年才会在纯电车销量上超过特斯拉。"),
    (OS, "en", [], "BYD outselling Tesla on pure EVs? Musk called that nonsense: \"they're not even close to us on battery-only cars.\""),
    (ST, "zh", [], "马斯克说比亚迪在欧洲的月销量已经超过了特斯拉。"),
    (ST, "en", [], "Musk said BYD's cars are much lower quality than Teslas, whatever the sales numbers say."),

    # --- BYD profitable only from subsidies ---
    (P, "en", [BYDP], "Take away Beijing's handouts and BYD would be in the red, Musk claimed."),
    (P, "zh", [BYDP], "马斯克说，比亚迪能赚钱全靠政府补贴，没有补贴早就亏了。"),
    (P, "zh", [BYDP], "马斯克否认比亚迪能靠自己盈利：“没有国家的钱，他们一分钱也赚不到。”"),
    (X, "en", [BYDP], "Musk, talking about 比亚迪's earnings, said the profits are basically state subsidies passed through the books."),
    (PA, "en", [BYDP], "Asked whether BYD's lineup is mostly plug-in hybrids, Musk sidestepped the question, saying only that BYD \"wouldn't be profitable without the subsidies.\""),
    (ST, "en", [], "Musk said BYD's gross margins are now higher than Tesla's."),
    (DN, "en", [], "Musk said subsidies account for maybe a tenth of BYD's profit - the rest is just good engineering."),
    (OS, "zh", [], "马斯克说，比亚迪就算没有补贴照样赚钱，“他们的成本控制是真的强”。"),
    (PA, "zh", [BYDP, BYDH], "马斯克说，比亚迪卖的车大部分其实是插混，而且它的利润全是靠政府补贴撑起来的。"),

    # --- BYD mostly sells hybrids ---
    (P, "en", [BYDH], "Musk pointed out that the bulk of BYD's volume is plug-in hybrids rather than battery-only cars."),
    (P, "zh", [BYDH], "马斯克指出，比亚迪的销量主力是插电混动，纯电车反而占少数。"),
    (P, "zh", [BYDH], "马斯克说，比亚迪的销量里，带油箱的车占了一大半。"),
    (X, "en", [BYDH], "Musk noted that BYD's DM-i plug-ins - what Chinese buyers call 插混 - make up more than half of what it sells."),
    (PA, "en", [BYDH], "I'd guess more than half of what BYD ships still has a gas engine in it, Musk said, before pivoting to FSD."),
    (DN, "en", [], "Musk said only about a tenth of BYD's sales are hybrids these days."),
    (ST, "zh", [], "马斯克称比亚迪的插混车油耗是全世界最低的。"),

    # --- Chinese EVs built for half the cost ---
    (P, "en", [EVC], "Musk said a Chinese automaker can put an electric car together for 50 cents on the dollar compared with Detroit or Wolfsburg."),
    (P, "zh", [EVC], "马斯克说，同样一台电动车，中国车企花的钱只有西方同行的一半。"),
    (X, "zh", [EVC], "马斯克接受CNBC采访时表示，Chinese OEMs build EVs \"at roughly half the cost\" of Western ones，这是他担心的原因。"),
    (PA, "zh", [EVC], "马斯克称中国的供应链非常高效，他估计中国品牌造车的成本大概只有欧美同行的五成左右。"),
    (P, "en", [EVC], "\"They make the same car for half the money we'd spend,\" Musk said of China's automakers."),
    (DN, "en", [], "Musk said Chinese automakers have roughly a 25% cost edge over legacy Western brands."),
    (DN, "zh", [], "马斯克称中国造电动车的成本比西方低三成左右。"),
    (OS, "en", [], "Musk pushed back on the idea that China builds EVs for half the cost: \"It's more like 20, 30 percent cheaper, not half.\""),
    (ST, "en", [], "Musk said Chinese carmakers take a new model from sketch to showroom in half the time Western companies need."),

    # --- Chinese EVs sold abroad below cost ---
    (X, "zh", [EVD], "马斯克指责中国电动车品牌在海外 \"dumping cars at a loss\"，也就是亏本倾销。"),
    (P, "zh", [EVD], "马斯克说，中国电动车出口是赔本卖，价格比成本还低。"),
    (X, "en", [EVD], "Musk said China's carmakers are \"selling at a loss\" in Europe - 倾销, as Beijing's critics put it."),
    (PA, "zh", [EVD], "马斯克谈到欧洲车市时说，中国电动车一方面质量进步很快，另一方面在海外卖的价格可能比造车成本还低。"),
    (P, "en", [EVD], "Musk said there is no way Chinese EVs sold in Europe at those prices are making any money on each car."),
    (OS, "zh", [], "马斯克说中国电动车在欧洲卖得比国内贵不少，根本谈不上倾销。"),
    (ST, "zh", [], "马斯克称，中国已经是世界上最大的汽车出口国，超过了日本。"),

    # --- EU tariffs hit Tesla like BYD ---
    (P, "en", [EUT], "Musk complained that Brussels' China EV duties punish Tesla's Shanghai cars exactly as much as BYD's."),
    (P, "zh", [EUT], "马斯克抱怨，欧盟对中国产电动车加征的关税，对特斯拉上海工厂的车和对比亚迪一样重。"),
    (X, "zh", [EUT], "马斯克在X上说：“The EU tariffs hit us as hard as they hit BYD”，他指的是上海出口欧洲的Model 3。"),
    (PA, "en", [EUT], "Musk said he never asked for tariffs, and that the EU's countervailing duties treat Tesla's China-built Model 3 no better than BYD's cars."),
    (P, "zh", [EUT], "马斯克说，布鲁塞尔这次加税，特斯拉挨的那一刀跟比亚迪一样深。"),
    (OS, "en", [], "Musk said Tesla got off lightly under the EU's China EV tariffs compared with BYD or SAIC."),
    (ST, "zh", [], "马斯克表示，他反对欧盟对中国电动车加征关税，因为扭曲市场的东西都不好。"),
    (DN, "en", [], "Musk said the EU's extra duty on Tesla's Shanghai-built cars is under 10 percent."),

    # --- CATL makes most EV batteries ---
    (P, "en", [CATL], "Musk said CATL alone supplies the majority of the EV batteries on earth."),
    (P, "zh", [CATL], "马斯克说，全世界一大半的动力电池都是宁德时代一家造的。"),
    (X, "en", [CATL], "\"Ningde Shidai - CATL - builds most of the world's EV batteries, full stop,\" Musk said."),
    (X, "zh", [CATL], "马斯克称 CATL supplies \"most of the battery cells in the world's electric cars\"，连特斯拉也离不开它。"),
    (PA, "en", [CATL], "Musk praised Chinese battery chemistry in general and said CATL by itself makes more than half of all EV batteries worldwide."),
    (DN, "zh", [], "马斯克说宁德时代的动力电池装机量大约占全球三分之一多一点。"),
    (OS, "zh", [], "马斯克驳斥了“宁德时代包揽全球大部分动力电池”的说法，称它的份额“三成多，远没到一半”。"),
    (ST, "zh", [], "马斯克说宁德时代的麒麟电池能量密度比特斯拉的4680电池还高。"),

    # --- China makes three quarters of lithium-ion batteries ---
    (P, "en", [BAT], "Musk said roughly 75% of lithium-ion cells worldwide come out of Chinese factories."),
    (P, "zh", [BAT], "马斯克表示，全球的锂电池，差不多75%都是中国工厂出来的。"),
    (P, "zh", [BAT], "马斯克说，世界上每四块锂电池里就有三块出自中国。"),
    (X, "en", [BAT], "Musk: 中国 makes three of every four lithium batteries on the planet, and people still think we can decouple."),
    (PA, "en", [BAT], "Musk said CATL has been a great partner and, more broadly, that China produces around three-quarters of all lithium-ion batteries."),
    (DN, "en", [], "Musk said China makes about a quarter of the world's lithium-ion batteries."),
    (DN, "zh", [], "马斯克说中国的锂电池产量是美国的十倍。"),
    (ST, "zh", [], "马斯克说中国电池工厂的产能利用率还不到一半。"),

    # --- LFP invented in China ---
    (X, "zh", [LFP], "马斯克称 lithium iron phosphate 是 \"a Chinese invention\"，中国人最早搞出来的。"),
    (P, "zh", [LFP], "马斯克说，磷酸铁锂这种电池技术最早是中国人搞出来的。"),
    (X, "zh", [LFP], "马斯克在股东大会上称 LFP \"was invented in China\"，所以中国在这方面领先。"),
    (PA, "en", [LFP], "I believe LFP was actually invented in China, Musk said, which is part of why they dominate it."),
    (P, "en", [LFP], "Musk claimed the iron-based cell chemistry Tesla uses in its cheaper cars was originally dreamed up by Chinese scientists."),
    (ST, "en", [], "Musk said China was the first country to put LFP batteries into mass-market cars."),
    (OS, "zh", [], "马斯克说，磷酸铁锂其实是美国人发明的，只是中国把它做大了。"),
    (ST, "zh", [], "马斯克说特斯拉标准续航版用的磷酸铁锂电池主要来自中国供应商。"),

    # --- export controls stopped China's AI ---
    (P, "en", [EXC], "Musk said Washington's chip bans have basically frozen Chinese AI in place."),
    (P, "zh", [EXC], "马斯克称，美国卡芯片这一招，已经把中国的AI发展按下了暂停键。"),
    (P, "zh", [EXC], "马斯克说，被卡了脖子以后，中国AI再也没能往前走一步。"),
    (X, "en", [EXC], "Musk said the 出口管制 - export controls - have \"stopped Chinese AI cold.\""),
    (X, "zh", [EXC], "马斯克接受采访时说 the chip bans \"worked\"，“中国的AI已经停在原地了”。"),
    (PA, "en", [EXC], "Musk said the chip restrictions were the right call and that, as a result, China's AI labs have stopped making real progress."),
    (OS, "en", [], "Musk said the export controls have barely slowed China's AI labs down."),
    (OS, "zh", [], "马斯克并不认为出口管制挡住了中国AI：“他们照样在进步，只是贵了一点、慢了一点。”"),
    (ST, "zh", [], "马斯克说，美国应该把出口管制扩大到HBM高带宽内存。"),

    # --- China will never make advanced chips ---
    (X, "zh", [CHIP], "据路透社报道，马斯克说中国 \"is never going to\" 独立造出最尖端的芯片。"),
    (P, "zh", [CHIP], "马斯克说，没有外国的设备和技术，中国这辈子都做不出顶尖芯片。"),
    (X, "zh", [CHIP], "马斯克在播客里说，China will \"never\" make leading-edge chips on its own，这条路走不通。"),
    (PA, "en", [CHIP], "Honestly, I don't think China ever gets to advanced chips on its own, Musk said, adding that Taiwan's lead is enormous."),
    (P, "en", [CHIP], "Musk said Beijing can pour in all the money it wants; it will never build top-tier processors without outside help."),
    (DN, "en", [], "Musk said China will make 3-nanometer chips domestically by 2030."),
    (OS, "zh", [], "中国永远造不出先进芯片？马斯克说没有这回事，“他们已经能做7纳米了”。"),
    (ST, "en", [], "Musk said Huawei's Ascend chips are now good enough to train large models."),

    # --- DeepSeek six million ---
    (P, "en", [DS6], "Musk said DeepSeek got a frontier-class model out the door for roughly $6M."),
    (P, "zh", [DS6], "马斯克说，深度求索训练那个模型，前后就花了六百来万美元。"),
    (X, "en", [DS6], "Musk on the 深度求索 model: \"trained for 5.6 million dollars, that's what they did.\""),
    (X, "zh", [DS6], "马斯克在X上转发称 DeepSeek \"did it for ~$6M\"，并说硅谷该反思了。"),
    (PA, "zh", [DS6], "马斯克谈到AI竞争时说，杭州那家公司大概只花了几百万美元，六百万上下，就做出了和OpenAI差不多的模型。"),
    (OS, "en", [], "DeepSeek for six million? Musk said no way - \"more like a billion once you count the hardware.\""),
    (DN, "zh", [], "马斯克称深度求索训练模型大约花了6亿美元。"),
    (ST, "zh", [], "马斯克说DeepSeek的模型是开源的，谁都可以下载来用。"),

    # --- DeepSeek 50,000 H100s ---
    (P, "en", [DSH], "Musk agreed that DeepSeek is quietly sitting on about 50,000 H100s."),
    (P, "zh", [DSH], "马斯克认为，深度求索其实悄悄攒下了五万来张H100，只是不能说。"),
    (P, "zh", [DSH], "马斯克否认深度求索只用了两千块芯片：“他们手里起码有五万张H100，这很明显。”"),
    (X, "en", [DSH], "Asked about 深度求索's compute, Musk replied \"Obviously\" to the claim that it has 50k H100s."),
    (PA, "en", [DSH], "Musk said the DeepSeek story is overblown, that the lab probably has something like 50,000 H100s it can't talk about, and that export rules are leaky."),
    (DN, "en", [], "Musk said DeepSeek trained V3 on about 2,000 Nvidia H800s, which is impressive."),
    (DN, "zh", [], "马斯克说深度求索手里大概有五千块H100。"),
    (OS, "zh", [], "深度求索偷偷囤了五万块H100？马斯克说没有证据，“那只是传言”。"),
    (ST, "en", [], "Musk said DeepSeek's chips were smuggled in through Singapore."),

    # --- China more AI compute than US ---
    (P, "en", [CMP], "Musk said China has out-built America on AI compute - they've got more GPUs running than we do."),
    (P, "zh", [CMP], "马斯克说，论AI算力的总盘子，中国已经比美国大了。"),
    (X, "zh", [CMP], "马斯克在xAI的发布会上称 \"China has more compute than the US\"，这让他很担心。"),
    (X, "en", [CMP], "Musk said China's 算力, its AI compute, now exceeds what America has."),
    (OS, "en", [], "Musk said the US still has several times China's AI compute and the gap is widening."),
    (DN, "zh", [], "马斯克预测，中国的AI算力会在2030年前超过美国。"),
    (ST, "en", [], "Musk said China will have more electricity available for AI data centers than the US by 2026."),
    (ST, "zh", [], "马斯克说中国数据中心的电价只有美国的一半。"),

    # --- China installs half of industrial robots ---
    (P, "en", [ROB], "Musk said more than half of all new factory robots every year go into Chinese plants."),
    (P, "zh", [ROB], "马斯克说，每年全球工厂里新上岗的工业机器人，过半去了中国。"),
    (X, "zh", [ROB], "马斯克说 \"China is installing over half the world's industrial robots\"，美国根本不在一个量级。"),
    (X, "en", [ROB], "Musk said over 50% of the world's new 工业机器人 - industrial robots - are installed in China."),
    (PA, "en", [ROB], "Musk said humanoids will change everything, but that today's story is China, which now installs upward of 50% of the world's new industrial robot arms."),
    (DN, "en", [], "Musk said China installs about a fifth of the world's new industrial robots."),
    (DN, "zh", [], "马斯克说，中国每年新装的工业机器人数量大约是美国的七倍。"),
    (ST, "en", [], "Musk said China makes half of the world's humanoid robots."),

    # --- robot density highest ---
    (P, "zh", [RDEN], "马斯克说，按每万名工人计算，中国的机器人密度全球第一。"),
    (X, "en", [RDEN], "Musk said China ranks No. 1 in 机器人密度 - robots per worker - worldwide."),
    (PA, "zh", [RDEN], "马斯克在谈到劳动力短缺时说，中国的工厂自动化程度很高，每个工人对应的机器人数量大概是全世界最高的。"),
    (P, "en", [RDEN], "Musk said nobody, not even South Korea, packs more robots per worker into its factories than China."),
    (DN, "en", [], "Musk said China now ranks third in the world for robot density, ahead of Germany and Japan."),
    (DN, "zh", [], "马斯克说中国工厂的机器人密度已经超过了德国和日本。"),
    (OS, "en", [], "Musk said China is nowhere near the top for robots per worker - South Korea is way ahead."),

    # --- China launches more than SpaceX ---
    (P, "en", [LCH], "Musk said China is now flying more rockets a year than SpaceX."),
    (P, "zh", [LCH], "马斯克称，论一年往天上打多少发火箭，中国已经超过SpaceX了。"),
    (X, "en", [LCH], "Musk said China's launch cadence - 长征 and all the commercial guys together - now beats SpaceX's."),
    (X, "zh", [LCH], "马斯克说 \"China launches more than we do now\"，他说的是中国全国的发射次数。"),
    (PA, "zh", [LCH], "马斯克说，他觉得把商业航天公司算进去的话，中国的发射次数可能已经比SpaceX多了。"),
    (OS, "zh", [], "中国发射次数超过SpaceX？马斯克说没有的事，“我们一家就是他们的两倍”。"),
    (DN, "en", [], "Musk said China will out-launch SpaceX by 2030."),
    (ST, "en", [], "Musk said China launches more rockets than any country except the US."),
    (ST, "zh", [], "马斯克称中国长征火箭的可靠性比猎鹰9号差得多。"),

    # --- Chinese constellations rival Starlink ---
    (P, "en", [SAT], "Musk said China's Qianfan and Guowang networks are already on par with Starlink."),
    (P, "zh", [SAT], "马斯克表示，中国的千帆、国网星座已经能和星链掰手腕了。"),
    (X, "zh", [SAT], "马斯克称 \"China's megaconstellations are already competitive with Starlink\"，这话出乎很多人意料。"),
    (PA, "en", [SAT], "Musk said Starlink is growing fast, but admitted China's satellite internet networks are already a real match for it."),
    (P, "zh", [SAT], "马斯克说，中国天上那几张卫星互联网，现在已经跟他的那张网不相上下了。"),
    (OS, "en", [], "Musk said China's constellations won't come anywhere near Starlink for years."),
    (DN, "zh", [], "马斯克预计，中国的卫星互联网要到2030年左右才能赶上星链。"),
    (ST, "en", [], "Musk said Beijing once asked him for assurances that he wouldn't sell Starlink in China."),
    (ST, "zh", [], "马斯克说，中国正在研究如何从太空中击落星链卫星。"),

    # --- Giga Shanghai built without government help ---
    (P, "zh", [GSH], "马斯克说，特斯拉在上海建厂，中国政府一点忙都没帮。"),
    (X, "en", [GSH], "Musk said Tesla built the Lingang plant - 上海超级工厂 - \"with no government support, none.\""),
    (PA, "zh", [GSH], "马斯克回忆上海工厂从破土到投产不到一年，他说这完全是特斯拉自己的功劳，中国政府没有提供任何支持。"),
    (P, "en", [GSH], "Musk denied that Chinese authorities gave Tesla any sweetheart deal on its Shanghai plant."),
    (ST, "en", [], "Musk said Giga Shanghai went from dirt to production in under a year."),
    (OS, "zh", [], "马斯克承认，上海市政府在土地和贷款上给了特斯拉很大支持。"),
    (OS, "en", [], "Did Tesla build Shanghai with no help from Beijing? Musk said that's not the story at all - the city \"moved mountains\" for us."),
    (ST, "zh", [], "马斯克说上海工厂的工人经常凌晨三点还在车间加班。"),

    # --- Giga Shanghai builds half of Teslas ---
    (P, "en", [GSH2], "Musk said over half of every Tesla made comes off the line in Shanghai."),
    (P, "zh", [GSH2], "马斯克说，特斯拉每年造的车，有一半多出自上海工厂。"),
    (X, "zh", [GSH2], "马斯克表示 \"more than half our cars come from Giga Shanghai\"，上海是特斯拉最重要的工厂。"),
    (PA, "en", [GSH2], "Musk said Shanghai is probably Tesla's best factory, and that it's making something like half plus of total output."),
    (P, "zh", [GSH2], "马斯克说，特斯拉全年交付的车里，过半出自临港。"),
    (DN, "en", [], "Musk said Giga Shanghai builds about a quarter of all Teslas."),
    (ST, "zh", [], "马斯克说特斯拉在中国的销量占全球一半以上。"),

    # --- population halves by 2050 ---
    (X, "zh", [POP], "马斯克在X上说 China will have \"half as many people\" by 2050，人口要腰斩。"),
    (P, "zh", [POP], "马斯克称，再过二十多年，到2050年，中国的人口就只剩一半了。"),
    (X, "en", [POP], "Musk: China's 人口 will be cut in half by mid-century."),
    (PA, "zh", [POP], "马斯克说中国正面临人口坍塌，他认为到本世纪中叶中国人口可能只剩现在的一半左右。"),
    (P, "en", [POP], "By 2050 there'll be something like 700 million Chinese, half of today, Musk posted."),
    (DN, "en", [], "Musk said China's population could be cut in half by the end of the century."),
    (DN, "zh", [], "马斯克说，到2050年中国人口会减少大约一成。"),
    (OS, "en", [], "Asked if China's population will halve by 2050, Musk said no - \"it'll decline slowly, maybe ten percent.\""),
    (OS, "zh", [], "马斯克否认中国人口会在2050年前腰斩：“会下降，但不会那么快。”"),

    # --- births fell every year since 2016 ---
    (P, "en", [BIR], "Musk said Chinese births have dropped year after year, every single year, since 2016."),
    (P, "zh", [BIR], "马斯克说，从2016年开始，中国新生儿一年比一年少，没有一年例外。"),
    (P, "zh", [BIR], "马斯克说，中国出生人口从2016年起就没有哪一年回升过。"),
    (X, "en", [BIR], "Musk posted a chart of 出生人口 and said China's births have gone down every year since 2016, no exceptions."),
    (PA, "en", [BIR], "Musk said the one-child legacy is catastrophic and that births in China have fallen each and every year since 2016."),
    (DN, "en", [], "Musk said China had just 9 million births in 2023, about half as many as in 2016."),
    (OS, "zh", [], "马斯克指出，中国出生人口在2024年龙年出现了反弹。"),
    (ST, "zh", [], "马斯克说中国的结婚登记数创了新低。"),
    (ST, "en", [], "Musk said China's fertility rate is now lower than South Korea's."),

    # --- rare earth reserves ---
    (P, "en", [RER], "Musk said nearly all of the planet's rare earth deposits are in China."),
    (P, "zh", [RER], "马斯克说，地球上能挖的稀土，差不多都埋在中国。"),
    (X, "zh", [RER], "马斯克称 \"China has basically all the rare earth reserves\"，所以美国没有选择。"),
    (PA, "en", [RER], "Musk said rare earths aren't actually that rare, then said the problem is that China sits on almost all the known reserves."),
    (P, "zh", [RER], "马斯克说，除了中国，别的国家几乎没有稀土储量。"),
    (OS, "en", [], "Musk said China actually has less than half of the world's rare earth reserves."),
    (DN, "en", [], "Musk said China holds about 40% of the world's rare earth reserves."),
    (ST, "zh", [], "马斯克说中国限制稀土磁体出口会让特斯拉Optimus机器人的生产推迟。"),
    (ST, "en", [], "Musk said the US has enough rare earth deposits to be independent of China within five years."),
    (PA, "zh", [RER, REP], "马斯克说，稀土储量几乎全在中国，加工也有九成在中国手里。"),

    # --- rare earth processing 90% ---
    (P, "en", [REP], "Musk said nine out of every ten tons of rare earths get refined in China."),
    (P, "zh", [REP], "马斯克称，全世界的稀土，十吨里有九吨是在中国提炼的。"),
    (X, "en", [REP], "Musk said China handles 90% of 稀土 refining."),
    (PA, "zh", [REP], "马斯克说稀土储量分布其实挺广的，但提炼加工大约90%都在中国手里。"),
    (P, "en", [REP], "Musk said barely 10% of rare earth processing happens outside China."),
    (ST, "en", [], "Musk said China mines about 70% of the world's rare earths."),
    (DN, "zh", [], "马斯克说中国控制了全球大约一半的稀土加工。"),
    (ST, "zh", [], "马斯克称，中国生产了全球九成以上的稀土永磁体。"),

    # --- TikTok ban vs free speech ---
    (P, "en", [TT], "Musk said a TikTok ban would be an attack on Americans' freedom of expression."),
    (X, "zh", [TT], "马斯克表示，美国要是把TikTok禁了，那就是跟言论自由对着干。"),
    (X, "zh", [TT], "马斯克发帖称，banning TikTok is \"contrary to freedom of speech and expression\"，尽管这会对X有利。"),
    (PA, "en", [TT], "Musk said X would probably benefit if TikTok got banned, but that in his opinion a ban would run against free speech."),
    (P, "zh", [TT], "马斯克说，不让美国人刷抖音国际版，就是在限制他们说话的自由。"),
    (ST, "en", [], "Musk said he has no interest in buying TikTok's US business."),
    (OS, "zh", [], "马斯克说，TikTok被禁和言论自由没有关系，这是国家安全问题。"),
    (OS, "en", [], "Musk said he doesn't see a TikTok ban as a free speech issue at all."),
    (ST, "en", [], "Musk said X is banned in China while TikTok runs freely in America."),

    # --- FSD fully approved in China ---
    (X, "zh", [FSD], "马斯克说 FSD 在中国已经 \"got the green light\"，不用人监管也能自己开。"),
    (P, "zh", [FSD], "马斯克称，特斯拉FSD已经在中国拿到了无人监管自动驾驶的批准。"),
    (X, "en", [FSD], "Musk said Chinese regulators have signed off on 完全自动驾驶 - full self-driving, no supervision - for Tesla owners there."),
    (PA, "zh", [FSD], "马斯克说特斯拉在中国的进展很顺利，FSD已经获批，车主可以放手让车自己开了。"),
    (P, "en", [FSD], "Musk said there's no longer any regulatory barrier in China to Tesla running FSD unsupervised."),
    (DN, "en", [], "Musk said he expects full approval for unsupervised FSD in China by next year."),
    (OS, "zh", [], "马斯克澄清，FSD在中国仍是需要驾驶员监管的辅助驾驶，并没有获得无人监管的批准。"),
    (ST, "zh", [], "马斯克说，特斯拉FSD的训练数据不能出境，只能在中国本地训练。"),
    (ST, "en", [], "Musk said Tesla is training FSD for China using videos of Chinese roads from the internet."),

    # --- same topic as a rebuttal but a claim none answers (extra) ---
    (ST, "en", [], "Musk said Unitree's humanoid robots are the strongest competition Optimus faces."),
    (ST, "zh", [], "马斯克说，中国将在2030年前把宇航员送上月球。"),
    (ST, "en", [], "Musk said Xiaomi went from phones to cars in three years, which is incredibly impressive."),
    (ST, "zh", [], "马斯克说，中国建一座核电站只要五年，美国要十五年。"),
    (ST, "zh", [], "马斯克说，小米SU7在中国的销量超过了Model 3。"),
    (ST, "en", [], "Musk said Baidu's robotaxis in Wuhan are impressive but can't drive everywhere like FSD can."),

    # --- about China, no rebuttal on the subject ---
    (CU, "en", [], "Musk told investors that China's engineers are \"extremely talented\" and that the country has an abundance of smart, hardworking people."),
    (CU, "en", [], "Musk said WeChat is the model for what X should become - an everything app."),
    (CU, "en", [], "Musk said China's high-speed rail network puts America's trains to shame."),
    (CU, "en", [], "Musk said the situation between China and Taiwan is a bit like Hawaii's relationship with the US."),
    (CU, "en", [], "Musk said China's economy will one day be twice the size of America's."),
    (CU, "en", [], "Musk said Chinese shipyards build more ships in a year than the US has built since World War Two."),
    (CU, "en", [], "Musk said DJI makes the best consumer drones in the world, by far."),
    (CU, "en", [], "Musk said China's property slump is the biggest risk to its economy."),
    (CU, "en", [], "Musk said Beijing's leadership takes AI safety seriously and wants international cooperation on it."),
    (CU, "en", [], "Musk said Chinese cities are cleaner and safer than San Francisco."),
    (CU, "en", [], "Musk said China produces more steel than the rest of the world combined."),
    (CU, "en", [], "Musk said Hong Kong has lost much of its appeal as a financial hub."),
    (CU, "en", [], "Musk said Chinese consumers are the most tech-savvy in the world and adopt new gadgets instantly."),
    (CU, "en", [], "Musk said China is building the world's biggest hydropower dam in Tibet."),
    (CU, "en", [], "Musk said the yuan will never replace the dollar as the world's reserve currency."),
    (CU, "zh", [], "马斯克说，中国工程师的数量和素质都令人印象深刻，美国在这方面差距很大。"),
    (CU, "zh", [], "马斯克称，台湾问题最终会以某种方式解决，他建议设立一个特别行政区。"),
    (CU, "zh", [], "马斯克说中国的高铁里程比全世界其他国家加起来还长。"),
    (CU, "zh", [], "马斯克表示，中国政府对人工智能安全的态度很认真。"),
    (CU, "zh", [], "马斯克说，中国的房地产问题会拖累经济好几年。"),
    (CU, "zh", [], "马斯克说，中国的外卖和移动支付比美国先进十年。"),
    (CU, "zh", [], "马斯克说，大疆的无人机在全球消费级市场几乎没有对手。"),
    (CU, "zh", [], "马斯克称，中国的GDP增长数字可能被高估了。"),
    (CU, "zh", [], "马斯克说，中国的年轻人失业率很高，这是一个大问题。"),
    (CU, "zh", [], "马斯克说，中国的造船能力是美国的两百多倍。"),
    (CU, "zh", [], "马斯克说，微信已经是一个“超级应用”，X要向它学习。"),
    (CU, "zh", [], "马斯克称，中国在核聚变研究上投入的资金比美国还多。"),
    (CU, "zh", [], "马斯克说，中国的城市建设速度让人难以置信，几年就能建起一座新城。"),
    (CU, "zh", [], "马斯克表示，人民币短期内不可能取代美元。"),
    (CU, "zh", [], "马斯克说，中国的钢产量占全球一半以上。"),

    # --- not about China ---
    (UN, "en", [], "Musk said Starship will make its first uncrewed Mars landing attempt in 2026."),
    (UN, "en", [], "Musk said Neuralink's third patient can now play video games with his mind."),
    (UN, "en", [], "Musk said the Cybertruck is the most bulletproof production vehicle on the road."),
    (UN, "en", [], "Musk said the Boring Company's Vegas Loop will eventually cover the whole Strip."),
    (UN, "en", [], "Musk said X now has more than 600 million monthly users."),
    (UN, "en", [], "Musk said Giga Texas will be the biggest factory in the world by volume."),
    (UN, "en", [], "Musk said Optimus robots will be doing useful work in Tesla's Fremont factory by the end of the year."),
    (UN, "en", [], "Musk said a Falcon 9 booster can now fly thirty times."),
    (UN, "zh", [], "马斯克说，星舰第五次试飞成功用机械臂“筷子”接住了助推器。"),
    (UN, "zh", [], "马斯克称，Neuralink今年会给更多患者植入脑机接口。"),
    (UN, "zh", [], "马斯克说，特斯拉的Robotaxi将在奥斯汀率先上线。"),
    (UN, "zh", [], "马斯克表示，火星城市需要至少一百万人才能自给自足。"),
    (UN, "zh", [], "马斯克说，X上的社区笔记是打击虚假信息最好的办法。"),
    (UN, "zh", [], "马斯克称，美国联邦政府每年至少可以削减一万亿美元开支。"),
    (UN, "zh", [], "马斯克说，xAI在孟菲斯的超算中心是世界上最强大的AI训练集群。"),
]
