# Authoring script for /work/blind/match_f/statements.jsonl
import json, collections

K = dict(
    TB="f-tesla-outsells-byd-in-pure-evs",
    BS="f-byd-profits-come-from-subsidies",
    BQ="f-byd-cars-lower-quality-than-tesla",
    DEM="f-chinese-carmakers-will-demolish-rivals",
    NT="f-chinese-evs-no-threat-to-tesla",
    PW="f-tesla-did-not-start-china-price-war",
    BAT="f-china-makes-over-90pct-of-batteries",
    SW="f-china-mostly-solar-and-wind",
    PWR="f-china-power-output-three-times-us",
    EC="f-export-controls-stopped-china-ai",
    CHIP="f-china-cannot-make-advanced-chips",
    DS6="f-deepseek-cost-only-6-million",
    DSH="f-deepseek-has-50000-h100s",
    EU="f-eu-tariffs-will-shut-out-chinese-evs",
    US="f-chinese-evs-flooding-us-roads",
    GS="f-giga-shanghai-built-with-no-state-help",
    RE="f-china-has-most-rare-earth-reserves",
    REO="f-rare-earth-licences-hold-up-optimus",
    HUM="f-no-chinese-humanoid-close-to-optimus",
    ROB="f-china-has-more-robots-than-rest-of-world",
    SPC="f-china-only-copies-spacex",
    STL="f-china-has-no-starlink-rival",
    TT="f-tiktok-ban-violates-free-speech",
    TW="f-taiwan-integral-part-of-china",
    SAR="f-taiwan-special-administrative-zone",
    POP="f-china-population-halves-in-a-generation",
    BR="f-china-lowest-birth-rate-in-world",
    MFG="f-china-manufacturing-three-times-us",
    RTX="f-china-has-no-real-robotaxis",
    EVS="f-most-new-cars-in-china-fully-electric",
)

P, X, T = "paraphrase", "crosslingual", "partial"
DN, OP, ST = "different-number", "opposite-stance", "same-topic-different-claim"
CU, UN = "china-unanswered", "unrelated"

S = []
def s(kind, lang, labels, text):
    S.append((kind, lang, labels, text))

# ---------------- BYD / Tesla sales ----------------
s(P, "en", ["TB"], "Musk said people keep claiming BYD beat Tesla, but if you only count pure battery cars, Tesla is still number one worldwide.")
s(P, "zh", ["TB"], "马斯克表示，只算纯电动车的话，特斯拉在全球的销量依然压比亚迪一头。")
s(X, "en", ["TB"], "Musk told analysts that 比亚迪's headline numbers are mostly plug-in hybrids and that Tesla still outsells it in pure EVs globally.")
s(T, "en", ["TB", "NT"], "Musk waved off the Chinese competition: \"They're not a real threat. We still sell more pure EVs than BYD, globally.\"")
s(T, "zh", ["TB"], "马斯克谈到全球电动车格局时说，中国品牌进步很快、价格也很有攻势，不过论纯电车销量，特斯拉在全世界还是领先比亚迪。")
s(DN, "en", [], "Musk said Tesla sold more pure EVs than BYD in 2022.")
s(DN, "zh", [], "马斯克说，2023年前三个季度特斯拉的纯电车销量还领先比亚迪。")
s(OP, "zh", [], "马斯克承认，比亚迪现在卖出的纯电动车已经比特斯拉多了。")
s(ST, "zh", [], "马斯克说，比亚迪海外销量的增长速度比特斯拉快。")

# ---------------- BYD subsidies ----------------
s(P, "en", ["BS"], "\"Take away the state money and BYD would be in the red,\" Musk said.")
s(P, "zh", ["BS"], "马斯克称，比亚迪的利润说穿了全靠政府输血。")
s(X, "en", ["BS"], "Musk argued that Biyadi, as he called it, is profitable only thanks to handouts from the Chinese state.")
s(X, "zh", ["BS"], "马斯克在英文访谈中说，比亚迪的盈利完全是中国政府补贴出来的，没有补贴就会亏钱。")
s(T, "zh", ["BS"], "马斯克在访谈中说，中国工程师很拼也很聪明，但比亚迪能赚钱主要还是靠国家补贴，而不是靠卖车本身。")
s(OP, "en", [], "Musk said BYD's profits are genuine and have nothing to do with government subsidies.")
s(ST, "zh", [], "马斯克说，比亚迪拖欠供应商货款的时间比别的车企都长。")
s(ST, "en", [], "Musk said Beijing subsidises the entire EV supply chain, from lithium mines to charging stations.")

# ---------------- BYD quality ----------------
s(P, "en", ["BQ"], "A BYD just isn't put together as well as a Tesla, Musk said on a podcast.")
s(P, "zh", ["BQ"], "马斯克说，比亚迪的车在做工和品质上跟特斯拉还差一截。")
s(X, "zh", ["BQ"], "马斯克在接受英文媒体采访时称，比亚迪的车虽然便宜，但质量远远比不上特斯拉。")
s(X, "en", ["BQ"], "Musk said that next to a Tesla, a 比亚迪 car simply isn't as well made.")
s(T, "en", ["BQ"], "Musk said Chinese carmakers are brutally competitive on price, though in his view BYD's build quality still trails Tesla's.")
s(OP, "zh", [], "马斯克称，比亚迪的车品质已经不输特斯拉，有些地方甚至更好。")
s(ST, "en", [], "Musk said BYD's cars cost a lot less than comparable Teslas.")
s(ST, "zh", [], "马斯克夸比亚迪的刀片电池设计很聪明。")

# ---------------- Chinese carmakers demolish rivals ----------------
s(P, "en", ["DEM"], "Musk warned that if nothing stops them at the border, Chinese automakers will wipe out most of the car industry.")
s(P, "zh", ["DEM"], "马斯克说，要是不设关税和贸易壁垒，中国车企能把全球大部分车企打垮。")
s(P, "zh", ["DEM"], "马斯克在X上发帖说，没有关税挡着的话，中国车企会把别家车企几乎全部碾碎，“根本没有悬念”。")
s(X, "zh", ["DEM"], "马斯克在财报电话会上的原话是：\"they will pretty much demolish most other car companies in the world\"，前提是没有贸易壁垒。")
s(T, "en", ["DEM"], "Musk said Chinese car companies are the most competitive in the world, work incredibly hard, and would flatten most rivals if there were no tariffs.")
s(DN, "en", [], "Musk predicted Chinese brands will take about 10% of Europe's car market by 2030.")
s(ST, "zh", [], "马斯克称，中国车企是世界上最有竞争力的汽车公司。")
s(ST, "zh", [], "马斯克说，中国现在是全球出口汽车最多的国家。")

# ---------------- Chinese EVs no threat ----------------
s(P, "en", ["NT"], "Musk shrugged off the Chinese EV brands, saying none of them actually keeps him up at night.")
s(P, "zh", ["NT"], "马斯克表示，中国电动车企业根本威胁不到特斯拉。")
s(X, "en", ["NT"], "Musk said carmakers like 比亚迪 and 蔚来 don't pose any serious danger to Tesla.")
s(T, "zh", ["NT"], "马斯克说特斯拉今年会推出更便宜的车型，至于中国的电动车对手，他认为不足为虑。")
s(OP, "en", [], "Musk said BYD and the other Chinese EV makers are now Tesla's toughest competitors.")
s(OP, "zh", [], "马斯克坦言，中国电动车企是特斯拉眼下面临的最大威胁。")

# ---------------- price war ----------------
s(P, "en", ["PW"], "Musk pushed back on the idea that Tesla kicked off the price war in China, saying the discounting came from everyone else.")
s(P, "zh", ["PW"], "马斯克坚称，中国电动车的价格战不是特斯拉挑起来的。")
s(X, "zh", ["PW"], "马斯克在英文财报电话会上说，中国这场价格战“跟我们没关系”，特斯拉不是始作俑者。")
s(X, "en", ["PW"], "Musk insisted the 价格战 in China was not Tesla's doing: \"We didn't start it.\"")
s(T, "en", ["PW"], "Musk said the price war in China is brutal, margins are being squeezed everywhere, and Tesla wasn't the one that started it.")
s(OP, "en", [], "Musk acknowledged that Tesla's early-2023 price cuts set off China's EV price war.")
s(ST, "zh", [], "马斯克说，中国的价格战打到最后只会剩下几家车企活下来。")
s(ST, "zh", [], "马斯克表示，特斯拉今年不会在中国再降价了。")

# ---------------- batteries ----------------
s(P, "en", ["BAT"], "Musk said something like nine out of every ten lithium-ion cells on Earth come out of Chinese factories.")
s(P, "zh", ["BAT"], "马斯克称，全球超过九成的锂电池电芯都产自中国。")
s(X, "zh", ["BAT"], "马斯克在X上发帖称：\"China makes >90% of the world's battery cells\"，并说美国必须自己造电池。")
s(X, "en", ["BAT"], "Musk said 宁德时代 and the other Chinese cell makers produce over 90 percent of all lithium-ion cells on the planet.")
s(T, "en", ["BAT"], "Musk said the US is dangerously dependent on China for batteries, that Chinese plants turn out well over 90% of the cells, and that Tesla is racing to build more at home.")
s(DN, "zh", [], "马斯克说，中国大约生产了全球80%的电池电芯。")
s(ST, "zh", [], "马斯克说，全球九成以上的电池负极材料是中国生产的。")
s(OP, "en", [], "Musk said China's battery lead is overblown and that Korea and Japan still make most of the world's cells.")
s(ST, "zh", [], "马斯克称，宁德时代是全世界最好的电池企业。")

# ---------------- solar & wind share ----------------
s(P, "en", ["SW"], "Musk claimed China is already running mostly on sunshine and wind.")
s(P, "zh", ["SW"], "马斯克说，中国现在的电大部分都是光伏和风电发出来的。")
s(X, "zh", ["SW"], "马斯克在一场AI论坛上说\"China is mostly solar and wind now\"，意思是中国的电力主要来自风光发电。")
s(X, "en", ["SW"], "Musk said China, with its huge 光伏 and wind farms, already gets the bulk of its power from solar and wind.")
s(T, "zh", ["SW"], "马斯克称中国在新能源上的投入惊人，光伏装机全球第一，而且全国大部分电力已经来自风能和太阳能。")
s(DN, "zh", [], "马斯克说，中国一年新增的风电和光伏装机就超过了3亿千瓦。")
s(DN, "zh", [], "马斯克说，到2035年中国一半以上的电力将来自风电和光伏。")
s(OP, "zh", [], "马斯克说，中国的电力还是主要靠烧煤，风电光伏只是点缀。")
s(ST, "en", [], "Musk said Chinese solar panels have become so cheap they're almost free.")

# ---------------- power output ----------------
s(P, "en", ["PWR"], "China's putting out roughly triple America's electricity, Musk said.")
s(P, "zh", ["PWR"], "马斯克说，中国一年的发电量差不多是美国的三倍。")
s(X, "en", ["PWR"], "Musk said China's 发电量, its total power generation, is already about three times the US level.")
s(T, "en", ["PWR", "MFG"], "Musk said people don't grasp China's scale: its factories make about three times what America's do, and its power plants generate about three times as much electricity.")
s(T, "zh", ["PWR"], "马斯克说，AI的瓶颈会是电力，中国的发电量大约是美国的三倍，美国必须大规模建电厂。")
s(DN, "en", [], "Musk said China now generates more than twice as much electricity as the US.")
s(DN, "zh", [], "马斯克称，中国的发电量已经超过美国的两倍。")
s(DN, "zh", [], "马斯克预测，到2035年前后，中国的发电量将达到美国的三倍。")
s(OP, "zh", [], "马斯克说，美国的发电量其实跟中国差不多。")
s(ST, "zh", [], "马斯克说，中国电网几乎从不停电。")
s(ST, "zh", [], "马斯克说，中国建特高压输电线路的速度是美国的好几倍。")

# ---------------- export controls ----------------
s(P, "en", ["EC"], "Musk said the chip bans have basically frozen Chinese AI where it was.")
s(P, "zh", ["EC"], "马斯克表示，美国的芯片禁令已经把中国AI卡死了，基本原地踏步。")
s(X, "zh", ["EC"], "马斯克用英文回复网友说，export controls have stopped China's AI cold，中国在AI上已经停滞。")
s(X, "en", ["EC"], "Musk said the US chip curbs (芯片禁令) have brought Chinese AI to a standstill.")
s(T, "en", ["EC"], "Musk said Nvidia's China sales are drying up, the export rules are doing their job, and Chinese AI development has essentially stalled.")
s(OP, "en", [], "Musk said the export controls haven't slowed China's AI labs one bit.")
s(OP, "zh", [], "马斯克说，出口管制反而逼着中国AI跑得更快了。")
s(ST, "zh", [], "马斯克说，美国应该进一步收紧对华芯片出口管制。")

# ---------------- advanced chips ----------------
s(P, "en", ["CHIP"], "\"China just can't make cutting-edge chips, period,\" Musk said.")
s(P, "zh", ["CHIP"], "马斯克称，中国连先进芯片都造不出来。")
s(X, "en", ["CHIP"], "Musk said neither SMIC (中芯国际) nor Huawei is capable of producing advanced chips.")
s(X, "zh", ["CHIP"], "马斯克在一档英文节目中表示，中国压根没有能力生产先进芯片。")
s(T, "en", ["CHIP"], "Musk said Taiwan matters so much because of TSMC, and that mainland China can't make advanced chips at all.")
s(DN, "en", [], "Musk said Chinese chipmakers are about two generations behind TSMC.")
s(DN, "zh", [], "马斯克说，中国的芯片制造大概落后台积电五年左右。")
s(OP, "zh", [], "马斯克说，中国现在造的AI芯片已经和英伟达最好的产品一样强。")
s(ST, "zh", [], "马斯克说，华为的昇腾芯片在中国的AI训练中用得越来越多。")

# ---------------- DeepSeek $6M ----------------
s(P, "en", ["DS6"], "Musk marvelled that DeepSeek trained a top-tier model on something like a six-million-dollar budget.")
s(P, "zh", ["DS6"], "马斯克说，DeepSeek只花了六百万美元左右就训练出了顶级模型。")
s(X, "zh", ["DS6"], "马斯克在X上说\"DeepSeek did it for $6M\"，让硅谷的大公司很难堪。")
s(X, "en", ["DS6"], "Musk said 深度求索 spent only about six million dollars to build a model that rivals OpenAI's best.")
s(T, "en", ["DS6"], "Musk said DeepSeek is genuinely impressive, that the whole thing cost them roughly $6 million, and that this should scare OpenAI.")
s(OP, "en", [], "Musk said DeepSeek's true costs run into the hundreds of millions of dollars, not a few million.")
s(DN, "zh", [], "马斯克说，DeepSeek最后那次训练只用了大约两千块英伟达GPU。")
s(ST, "zh", [], "马斯克称，DeepSeek其实是蒸馏了OpenAI的模型。")
s(ST, "en", [], "Musk said DeepSeek releasing its weights openly is good for everyone.")

# ---------------- DeepSeek H100s ----------------
s(P, "en", ["DSH"], "Musk agreed DeepSeek is sitting on about 50k H100s it can't admit to having.")
s(P, "zh", ["DSH"], "马斯克认为DeepSeek手里偷偷囤了大约五万块H100。")
s(X, "en", ["DSH"], "Asked whether 深度求索 really had some 50,000 Nvidia H100s hidden away, Musk replied: \"Obviously.\"")
s(X, "zh", ["DSH"], "马斯克附和汪滔的说法，称DeepSeek其实有大约五万块H100。")
s(T, "zh", ["DSH"], "马斯克说，DeepSeek根本不是靠六百万美元做出来的，他们其实有五万块左右的H100，只是不能公开说。")
s(OP, "zh", [], "马斯克说，DeepSeek没有什么H100，用的都是合规的H800。")
s(ST, "zh", [], "马斯克说，DeepSeek的英伟达芯片是经新加坡走私进来的。")

# ---------------- EU tariffs ----------------
s(P, "en", ["EU"], "Musk said Europe's new duties will more or less lock Chinese EVs out of the EU.")
s(P, "zh", ["EU"], "马斯克称，欧盟加征关税以后，中国电动车基本进不了欧洲市场了。")
s(X, "zh", ["EU"], "马斯克说EU tariffs会让BYD这些中国品牌在欧洲彻底卖不动。")
s(X, "en", ["EU"], "Musk said the new 欧盟关税 mean Chinese EV brands are effectively finished in Europe.")
s(T, "en", ["EU"], "Musk said he doesn't like tariffs in general, but Brussels' duties will effectively keep Chinese electric cars off European roads.")
s(DN, "en", [], "Musk said the EU's extra tariff on Chinese-made EVs goes as high as 35%.")
s(DN, "zh", [], "马斯克说，欧盟对上海产特斯拉只加征了不到8%的关税。")
s(OP, "zh", [], "马斯克说，欧盟关税挡不住中国电动车在欧洲继续扩张。")

# ---------------- US roads ----------------
s(P, "en", ["US"], "Musk said you can already see cheap Chinese EVs all over American streets.")
s(P, "zh", ["US"], "马斯克说，美国马路上已经到处都是便宜的中国电动车了。")
s(P, "en", ["US"], "Musk said America is already awash in cheap Chinese electric cars.")
s(X, "en", ["US"], "Musk said BYD and 吉利 cars are pouring into the US market right now at rock-bottom prices.")
s(T, "zh", ["US"], "马斯克谈到特斯拉的竞争压力时说，美国市场已经被廉价中国电动车淹没，价格压力非常大。")
s(OP, "en", [], "Musk said you basically can't buy a Chinese EV in America because of the 100% tariff.")
s(ST, "en", [], "Musk said cheap Chinese EVs are already flooding the roads in Mexico and Brazil.")
s(ST, "zh", [], "马斯克说，中国车企会去墨西哥建厂来绕开美国关税。")

# ---------------- Giga Shanghai ----------------
s(P, "en", ["GS"], "Musk said Tesla put the Shanghai plant up in less than twelve months and Beijing didn't give it a cent.")
s(P, "zh", ["GS"], "马斯克称，上海超级工厂不到一年就建好了，中国政府一点忙都没帮。")
s(P, "zh", ["GS"], "马斯克说，上海工厂建设全靠特斯拉自己，一年不到就投产，没拿中国政府一分钱。")
s(X, "en", ["GS"], "Musk said Giga Shanghai (特斯拉上海超级工厂) was built in under a year entirely on Tesla's own, with zero government support.")
s(T, "zh", ["GS"], "马斯克回顾说，上海工厂从打地基到交车不到一年，中国团队非常拼，而且完全没拿政府的任何好处。")
s(DN, "en", [], "Musk said Giga Shanghai went from groundbreaking to first customer cars in about eleven months.")
s(OP, "en", [], "Musk thanked the Chinese government, saying Giga Shanghai could not have been built without its support.")
s(ST, "zh", [], "马斯克说，上海工厂是特斯拉产量最高的工厂。")
s(ST, "en", [], "Musk said workers at Giga Shanghai slept at the factory during the lockdown to keep the lines running.")

# ---------------- rare earth reserves ----------------
s(P, "en", ["RE"], "Musk said basically every rare-earth deposit worth mining is in China.")
s(P, "zh", ["RE"], "马斯克说，稀土资源几乎全在中国。")
s(P, "en", ["RE"], "Pretty much all the world's rare earth ore is in China, Musk said in an interview.")
s(X, "zh", ["RE"], "马斯克在一档英文播客中说，世界上的稀土矿几乎都埋在中国境内。")
s(T, "en", ["RE"], "Musk said rare earths are a huge strategic problem for America because nearly every deposit on the planet sits inside China.")
s(DN, "en", [], "Musk said China refines about 90% of the world's rare earths.")
s(DN, "zh", [], "马斯克说，中国的稀土储量大约占全球四成。")
s(OP, "en", [], "Musk said rare earths aren't actually rare and deposits exist all over the world, not just in China.")

# ---------------- rare earth licences / Optimus ----------------
s(P, "en", ["REO"], "Musk said Optimus is stuck waiting on China's export permits for rare-earth magnets.")
s(P, "zh", ["REO"], "马斯克说，Optimus量产正卡在中国的稀土磁铁出口许可上。")
s(P, "en", ["REO"], "Musk said Chinese export licensing on rare-earth magnets is what's slowing the Optimus ramp right now.")
s(X, "zh", ["REO"], "马斯克在财报电话会上说：\"Optimus is affected by the China rare earth magnet export licences\"，特斯拉正在申请许可。")
s(T, "en", ["REO"], "Musk said Optimus will be the biggest product of all time, though right now production is being held up by Chinese rare-earth licensing.")
s(OP, "zh", [], "马斯克说，中国的稀土出口管制对Optimus完全没有影响。")
s(ST, "en", [], "Musk said Tesla will design Optimus motors that use no rare earths at all.")

# ---------------- humanoids ----------------
s(P, "en", ["HUM"], "Musk said the Chinese humanoid robots aren't even in the same league as Optimus.")
s(P, "zh", ["HUM"], "马斯克称，中国的人形机器人跟Optimus根本不是一个档次。")
s(P, "en", ["HUM"], "None of the Chinese humanoids can touch Optimus, Musk said.")
s(X, "en", ["HUM"], "Musk said robots from Unitree and 优必选 are nowhere near what Optimus can do.")
s(T, "zh", ["HUM"], "马斯克说Optimus明年要量产，还说中国的人形机器人离Optimus还差得很远。")
s(OP, "en", [], "Musk said Chinese humanoid robot makers will be Optimus's strongest competitors.")
s(ST, "zh", [], "马斯克说，中国的人形机器人公司拿到了大量政府资金。")
s(ST, "en", [], "Musk said Unitree's G1 sells for far less than Optimus will.")

# ---------------- robots stock ----------------
s(P, "en", ["ROB"], "Musk said there are more industrial robots working in China than in every other country put together.")
s(P, "zh", ["ROB"], "马斯克说，中国工厂里的工业机器人数量超过全世界其他国家的总和。")
s(P, "zh", ["ROB"], "马斯克发帖说，中国在役的工业机器人比全世界其他地方加起来都多。")
s(X, "en", ["ROB"], "Musk said Chinese factories, from 深圳 to 苏州, now have more robots on the floor than the rest of the world combined.")
s(T, "zh", ["ROB"], "马斯克说中国制造业的自动化程度很高，在役工业机器人比世界其他地方加起来还多，美国必须奋起直追。")
s(DN, "en", [], "Musk said China installs more new industrial robots each year than the rest of the world combined.")
s(DN, "zh", [], "马斯克说，中国每年新装的工业机器人占全球一半以上。")
s(ST, "en", [], "Musk said China's robot density has overtaken Germany's and Japan's.")
s(OP, "zh", [], "马斯克说，中国工厂的自动化水平很低，机器人远比美国少。")

# ---------------- space copying ----------------
s(P, "en", ["SPC"], "Musk said China hasn't invented anything in space, they just clone whatever SpaceX does.")
s(P, "zh", ["SPC"], "马斯克说，中国航天就是照抄SpaceX，自己从来没有原创。")
s(P, "en", ["SPC"], "\"Everything China does in rockets is a copy of what we did,\" Musk said.")
s(X, "zh", ["SPC"], "马斯克说\"China just copies us\"，意思是中国的火箭技术全是仿SpaceX的。")
s(T, "en", ["SPC"], "Musk said SpaceX is years ahead of everyone, and China has never done anything original in space, it just copies.")
s(OP, "en", [], "Musk said China's space program is genuinely innovative and has done things SpaceX hasn't.")
s(ST, "zh", [], "马斯克说，中国可能会比美国先把宇航员送上月球。")
s(ST, "en", [], "Musk said SpaceX launches more rockets than China and the rest of the world combined.")
s(ST, "zh", [], "马斯克称，中国空间站造得相当不错。")

# ---------------- Starlink rival ----------------
s(P, "en", ["STL"], "Musk said China doesn't have anything that even resembles Starlink.")
s(P, "zh", ["STL"], "马斯克表示，中国压根没有类似星链的卫星互联网。")
s(X, "en", ["STL"], "Musk said that for all the talk of 千帆 and 国网, China has no Starlink-style network whatsoever.")
s(T, "zh", ["STL"], "马斯克说星链已经有七千多颗卫星在轨，中国那边连类似的东西都没有。")
s(DN, "en", [], "Musk said China's rival constellations have only around a hundred satellites up so far, against Starlink's thousands.")
s(OP, "en", [], "Musk said China's Guowang network will overtake Starlink within five years.")
s(ST, "zh", [], "马斯克说，中国政府曾要求他不要在中国销售星链。")

# ---------------- TikTok ----------------
s(P, "en", ["TT"], "Musk said he's against banning TikTok because it cuts against freedom of speech.")
s(P, "zh", ["TT"], "马斯克说，封禁TikTok违背言论自由，他一直反对。")
s(X, "zh", ["TT"], "马斯克在X上发文说，banning TikTok would go against free speech，所以他不支持禁令。")
s(T, "en", ["TT"], "Musk said X is banned in China, which isn't fair, but banning TikTok in America would still be an attack on free expression.")
s(OP, "en", [], "Musk said banning TikTok is fine and has nothing to do with free speech.")
s(ST, "zh", [], "马斯克说，TikTok把美国用户的数据交给了中国政府。")
s(ST, "en", [], "Musk said he has no interest in buying TikTok's US business.")
s(ST, "en", [], "Musk said X is blocked in China while TikTok runs freely in America.")

# ---------------- Taiwan ----------------
s(P, "en", ["TW"], "Musk described Taiwan as an inseparable part of China.")
s(P, "zh", ["TW"], "马斯克称，台湾本来就是中国不可分割的领土。")
s(X, "zh", ["TW"], "马斯克在All-In播客上说，Taiwan is an integral part of China，只是目前不归北京管。")
s(T, "zh", ["TW"], "马斯克说台湾问题很复杂，但台湾是中国不可分割的一部分，只是因为历史原因暂时分开。")
s(T, "en", ["TW", "SAR"], "Musk said Taiwan is really part of China anyway, and that the sensible answer is to make it a special administrative region like Hong Kong.")
s(OP, "en", [], "Musk said Taiwan is its own country and not part of China.")
s(ST, "en", [], "Musk predicted China will eventually try to take Taiwan by force.")
s(ST, "zh", [], "马斯克说，台湾的芯片对特斯拉供应链至关重要。")

s(P, "en", ["SAR"], "Musk floated making Taiwan something like Hong Kong, a special zone under Beijing, and said most people could live with that.")
s(P, "zh", ["SAR"], "马斯克建议，可以把台湾设成类似香港的特别行政区，他认为各方都能接受。")
s(X, "en", ["SAR"], "Musk suggested a 特别行政区 arrangement for Taiwan, calling it a reasonably palatable deal.")
s(T, "zh", ["SAR"], "马斯克说，台海开战对谁都是灾难，最好的办法是搞一个类似香港的特区安排，大家应该都能接受。")
s(OP, "zh", [], "马斯克说，香港那套模式用在台湾根本行不通。")
s(ST, "en", [], "Musk said Hong Kong's economy is still thriving under Chinese rule.")

# ---------------- population ----------------
s(P, "en", ["POP"], "Musk said China is on track to lose half its people in just one generation.")
s(P, "zh", ["POP"], "马斯克说，照现在的趋势，中国人口一代人就会少一半。")
s(X, "en", ["POP"], "Musk said 中国人口 will be cut in half within about 25 years.")
s(T, "zh", ["POP"], "马斯克说全球人口崩溃才是最大威胁，韩国、日本都很严重，中国人口一代人之内就会腰斩。")
s(DN, "en", [], "Musk said China's population could halve by the end of this century.")
s(DN, "zh", [], "马斯克说，到2100年中国人口可能只剩六亿多。")
s(ST, "en", [], "Musk said China's population has shrunk three years in a row.")
s(OP, "zh", [], "马斯克说，中国人口未来几十年会保持稳定。")

# ---------------- birth rate ----------------
s(P, "en", ["BR"], "Musk said no country on Earth has a lower birth rate than China.")
s(P, "zh", ["BR"], "马斯克称，中国的生育率是全球最低的。")
s(X, "en", ["BR"], "Musk said China's 生育率 is now the lowest of any country anywhere.")
s(T, "zh", ["BR"], "马斯克说，大家都盯着气候问题，真正的危机是没人生孩子，而中国的生育率已经是全世界最差的。")
s(DN, "zh", [], "马斯克说，中国去年出生人口不到一千万。")
s(ST, "en", [], "Musk said South Korea has the lowest birth rate in the world.")
s(OP, "zh", [], "马斯克说，中国的生育率其实不算太低，比韩国高不少。")
s(ST, "zh", [], "马斯克说，中国应该出台更多鼓励生育的政策。")

# ---------------- manufacturing ----------------
s(P, "en", ["MFG"], "Musk said Chinese factories turn out about three times what American ones do.")
s(P, "zh", ["MFG"], "马斯克说，中国的制造业产量大概是美国的三倍。")
s(X, "zh", ["MFG"], "马斯克在英文采访里说，China's manufacturing is three times the size of America's。")
s(T, "en", ["MFG"], "Musk said people underestimate China: the work ethic is incredible and its manufacturing output is roughly three times the US.")
s(DN, "en", [], "Musk said China's manufacturing output is roughly double America's.")
s(DN, "zh", [], "马斯克说，中国的制造业规模大约是美国的两倍。")
s(DN, "zh", [], "马斯克说，中国的钢产量是美国的十倍以上。")
s(OP, "en", [], "Musk said America still out-manufactures China.")
s(ST, "en", [], "Musk said China builds more ships than the rest of the world combined.")

# ---------------- robotaxis ----------------
s(P, "en", ["RTX"], "Musk claimed nobody in China has true driverless taxis on the road yet.")
s(P, "zh", ["RTX"], "马斯克说，中国还没有真正意义上的无人驾驶出租车在运营。")
s(P, "en", ["RTX"], "There are zero real robotaxis running in China, Musk said, just demos with safety drivers sitting in them.")
s(X, "en", ["RTX"], "Musk dismissed 萝卜快跑 and said China has no genuinely driverless robotaxis in service.")
s(X, "zh", ["RTX"], "马斯克在股东大会上说，只有Waymo和特斯拉有真正的robotaxi，中国一辆都没有。")
s(OP, "en", [], "Musk said China's robotaxis are already ahead of Waymo.")
s(ST, "zh", [], "马斯克说，特斯拉FSD很快会在中国获批。")
s(ST, "en", [], "Musk said Chinese self-driving systems lean too heavily on lidar.")

# ---------------- EV share ----------------
s(P, "en", ["EVS"], "Musk said most of the new cars being sold in China these days are pure battery EVs.")
s(P, "zh", ["EVS"], "马斯克说，中国现在卖的新车一多半都是纯电的。")
s(P, "zh", ["EVS"], "马斯克发帖称，在中国，纯电动车已经占了新车销量的大头。")
s(X, "en", ["EVS"], "Musk said the majority of 新车 sold in China are now full battery-electric vehicles.")
s(X, "zh", ["EVS"], "马斯克说：In China, most new cars sold are already pure electric，燃油车快没人买了。")
s(DN, "en", [], "Musk said about 40% of new vehicles sold in China are now plug-in cars.")
s(DN, "zh", [], "马斯克说，中国新能源车的月度零售渗透率已经超过一半。")
s(OP, "en", [], "Musk said EV adoption in China has stalled and buyers are going back to gasoline cars.")
s(ST, "zh", [], "马斯克说，中国的插混车增长比纯电车还快。")
s(ST, "en", [], "Musk said China's EV market is the most competitive in the world.")

# ---------------- China, unanswered ----------------
for lang, t in [
    ("en", "Musk said DJI makes most of the world's drones and America has nothing comparable."),
    ("zh", "马斯克说，大疆的无人机占了全球市场的七成以上。"),
    ("en", "Musk said China's high-speed rail network is more impressive than anything in America."),
    ("zh", "马斯克称，中国的高铁网络比美国领先几十年。"),
    ("en", "Musk said he wants X to become a super app like WeChat is in China."),
    ("zh", "马斯克说，想把X做成中国微信那样的超级应用。"),
    ("en", "Musk said Huawei's new phones are surprisingly good."),
    ("zh", "马斯克说，华为手机在中国卖得比苹果好。"),
    ("en", "Musk said China's property crisis is a bigger threat to its economy than anything else."),
    ("zh", "马斯克称，中国房地产危机会拖累整个经济。"),
    ("en", "Musk said China has the largest navy in the world by number of ships."),
    ("zh", "马斯克说，中国海军的舰艇数量已经超过美国。"),
    ("en", "Musk said Chinese cities have cleaned up their air pollution remarkably fast."),
    ("zh", "马斯克说，北京的空气比十年前好太多了。"),
    ("en", "Musk said China's youth unemployment is a serious problem."),
    ("zh", "马斯克称，中国年轻人失业率很高，是个大问题。"),
    ("en", "Musk said Chinese hackers have been breaking into US telecom networks."),
    ("zh", "马斯克说，中国黑客入侵了美国电信网络。"),
    ("en", "Musk said China and Russia are now closer allies than ever."),
    ("zh", "马斯克说，中俄关系比以往任何时候都紧密。"),
    ("en", "Musk said the Chinese government reined in Jack Ma because he got too outspoken."),
    ("zh", "马斯克称，马云被整是因为他说话太直。"),
    ("en", "Musk said China's visa-free travel policy has made it much easier for Westerners to visit."),
    ("zh", "马斯克说，中国的免签政策让外国人去中国方便多了。"),
    ("en", "Musk said China's 2022 Covid lockdowns were a mistake."),
    ("zh", "马斯克说，中国2022年的封控政策伤害了经济。"),
    ("en", "Musk said Chinese universities now publish more top scientific papers than American ones."),
    ("zh", "马斯克说，中国的基础设施建设速度让美国望尘莫及。"),
]:
    s(CU, lang, [], t)

# ---------------- unrelated ----------------
for lang, t in [
    ("en", "Musk said Starship will make its first uncrewed trip to Mars in the next transfer window."),
    ("zh", "马斯克说，星舰下一次试飞将尝试用发射塔机械臂接住助推器。"),
    ("en", "Musk said Neuralink's latest patient is doing well."),
    ("zh", "马斯克称，Neuralink的脑机接口已经让瘫痪患者用意念打游戏。"),
    ("en", "Musk said the Boring Company's Las Vegas tunnel will be expanded."),
    ("zh", "马斯克说，Cybertruck的销量明年会大幅增长。"),
    ("en", "Musk said Grok 5 will be the smartest AI in the world."),
    ("zh", "马斯克表示，X的广告收入已经开始回升。"),
    ("en", "Musk said Tesla's robotaxi service in Austin will expand to more US cities this year."),
    ("zh", "马斯克说，人类必须成为多星球物种。"),
    ("en", "Musk said the Federal Reserve should cut interest rates."),
    ("zh", "马斯克说，SpaceX今年的发射次数会再创纪录。"),
    ("en", "Musk said xAI's Colossus supercomputer in Memphis will double in size."),
    ("zh", "马斯克称，特斯拉Semi卡车将在内华达工厂量产。"),
]:
    s(UN, lang, [], t)

if __name__ == "__main__":
    import random
    order = list(S)
    random.Random(20250607).shuffle(order)  # ids must not reveal the clusters
    out = []
    seen = set()
    for i, (kind, lang, labels, text) in enumerate(order, 1):
        assert text not in seen, text
        seen.add(text)
        out.append({"id": f"f{i:03d}", "text": text, "lang": lang,
                    "labels": [K[l] for l in labels], "kind": kind})
    with open("/work/blind/match_f/statements.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    n = len(out)
    print("statements", n)
    kc = collections.Counter(o["kind"] for o in out)
    for k, v in kc.most_common():
        print(f"  {k:30s} {v:4d} {100*v/n:5.1f}%")
    print("lang", collections.Counter(o["lang"] for o in out))
    lc = collections.defaultdict(collections.Counter)
    for o in out:
        for l in o["labels"]:
            lc[l][o["lang"]] += 1
    for k, v in K.items():
        print(f"  {v:50s} {dict(lc[v])}")
