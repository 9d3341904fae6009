"""Writes statements.jsonl (300 statements, ids ab-1..ab-300) for the blind set m_ab."""
import collections
import json
import random

SMIC = "smic-cannot-make-7nm-chips"
DECADE = "china-chipmaking-decade-behind"
ASCEND = "huawei-ascend-as-good-as-nvidia"
HUAWEI = "huawei-killed-by-us-sanctions"
BYD = "byd-profitable-only-from-subsidies"
XIAOMI = "xiaomi-ev-flop-nobody-buys"
CATL = "catl-makes-over-half-of-ev-batteries"
DJI = "dji-drones-send-data-to-beijing"
ALI = "alibaba-never-recovered-from-crackdown"
BYTE = "bytedance-owned-by-chinese-state"
YUAN = "yuan-about-to-replace-dollar"
ENG = "china-ten-times-more-engineers"
NAVY = "china-navy-bigger-than-us-navy"
BRI = "belt-and-road-debt-trap-seizes-ports"
HK = "hong-kong-finished-as-finance-hub"
TW = "taiwan-like-hawaii-for-china"
TSMC = "tsmc-cannot-build-outside-taiwan"
LAUNCH = "china-launches-more-rockets-than-us"
STAR = "china-has-nothing-like-starlink"
POWER = "china-power-output-three-times-us"
COAL = "china-power-almost-all-coal"
FARM = "china-buying-up-us-farmland"
MANUF = "china-third-of-world-manufacturing"
MIC = "made-in-china-2025-failed"
ROBOT = "china-installs-most-factory-robots"
DS6M = "deepseek-trained-for-six-million"
DS50K = "deepseek-has-50000-h100s"
AIGAP = "china-ai-years-behind-us"
POP = "china-population-halves-in-a-generation"
BIRTH = "china-lowest-birth-rate-in-world"

P, X, PA = "paraphrase", "crosslingual", "partial"
DN, OP, ST = "different-number", "opposite-stance", "same-topic-different-claim"
CU, UN = "china-unanswered", "unrelated"

S = []


def s(kind, lang, labels, text):
    S.append({"text": text, "lang": lang, "labels": labels, "kind": kind})


# ---------------------------------------------------------------- SMIC 7nm
s(P, "en", [SMIC], "Musk said on a podcast that SMIC \"just can't do seven nanometer, the sanctions make that basically impossible, they don't have the machines.\"")
s(P, "zh", [SMIC], "马斯克在直播中表示，受美国制裁影响，中芯国际压根没有能力生产7nm工艺的芯片。")
s(P, "en", [SMIC], "\"no way SMIC is making 7 nanometer chips, not with these sanctions lol\" — Musk, replying on X")
s(X, "zh", [SMIC], "马斯克在X上写道：“SMIC can't do 7nm, period.” 他认为在美国出口管制之下，中芯国际不可能造出七纳米芯片。")
s(PA, "en", [SMIC], "Musk said Chinese chipmakers are \"doing their best,\" but argued that under the current sanctions SMIC is not able to produce 7-nanometer chips, and that Huawei will be stuck with older parts for years.")
s(DN, "zh", [], "马斯克说，中芯国际也许能做到7纳米，但没有EUV光刻机，3纳米“永远做不到”。")
s(OP, "en", [], "\"People keep saying SMIC can't do advanced chips. Wrong. They're doing seven nanometer at volume already,\" Musk said.")
s(ST, "zh", [], "马斯克预测，明年华为手机里就会用上中芯国际的5纳米芯片。")

# ---------------------------------------------------------------- chips decade behind
s(P, "en", [DECADE], "Musk told the interviewer China's chip fabs are \"like ten years behind, you know, the leading edge. Maybe more.\"")
s(P, "zh", [DECADE], "马斯克称，中国的晶圆厂跟最先进的水平比，差了差不多十年。")
s(P, "zh", [DECADE], "马斯克认为，论芯片制造，中国大概还差人家一个十年。")
s(X, "en", [DECADE], "Translated from Weibo: Musk says China chip manufacture is behind world most advanced level for ten years.")
s(PA, "en", [DECADE], "On China, Musk was bullish on batteries and solar but said chipmaking is the soft spot: \"I'd say they're probably a decade behind on fabs, give or take.\"")
s(DN, "zh", [], "马斯克表示，中国芯片制造只比台积电落后两三年，很快就会追上。")
s(DN, "en", [], "Musk said China is \"maybe five years behind\" TSMC in chipmaking.")
s(OP, "en", [], "Musk says China's chipmakers are basically at the frontier now and \"not really behind at all.\"")
s(ST, "zh", [], "马斯克称，中国第三期国家集成电路产业投资基金规模高达3440亿元，这会大大加速国产芯片。")

# ---------------------------------------------------------------- Huawei Ascend vs Nvidia
s(P, "en", [ASCEND], "Musk said Huawei's Ascend chips are \"every bit as good as what Nvidia's shipping\" right now.")
s(P, "zh", [ASCEND], "马斯克表示，论AI芯片，华为的昇腾现在跟英伟达的旗舰货比起来一点不差。")
s(P, "en", [ASCEND], "\"honestly Huawei's AI chip is on par with Nvidia's top stuff, people don't want to hear it\" - Musk in an X Spaces chat")
s(X, "zh", [ASCEND], "马斯克用英文发帖称 Huawei's Ascend \"matches Nvidia's best\"，意思是华为昇腾已经追平英伟达的旗舰芯片。")
s(PA, "en", [ASCEND], "Musk said export controls had backfired, adding that Huawei's Ascend chips are now \"about as good as Nvidia's best\" and that Chinese labs won't need American GPUs much longer.")
s(DN, "en", [], "Musk said Huawei's Ascend chip is \"roughly where Nvidia's A100 was\" a few years ago.")
s(OP, "zh", [], "马斯克说，华为的昇腾芯片离英伟达还差得很远，根本不是一个量级。")
s(ST, "en", [], "Musk said Huawei will ship hundreds of thousands of Ascend chips to Chinese data centers this year.")
s(ST, "zh", [], "马斯克称，华为CloudMatrix超节点的耗电量比英伟达的机柜高得多。")

# ---------------------------------------------------------------- Huawei killed by sanctions
s(P, "en", [HUAWEI], "Musk: \"Huawei got crushed by the sanctions. They're done, basically.\"")
s(P, "zh", [HUAWEI], "马斯克称，经过美国这几轮制裁，华为这家公司已经算是完蛋了。")
s(P, "zh", [HUAWEI], "马斯克在节目里说：“华为嘛，被制裁搞死了，基本上已经不行了。”")
s(X, "en", [HUAWEI], "Musk claimed Huawei (华为) was \"killed\" by the American sanctions and isn't a real player anymore.")
s(PA, "zh", [HUAWEI], "马斯克谈到中美科技竞争时说，制裁确实有用，“比如华为就被整垮了”，不过他也承认中国在电池领域仍然领先。")
s(DN, "en", [], "Musk said the sanctions knocked roughly a third off Huawei's revenue at the worst point.")
s(OP, "zh", [], "马斯克说，华为扛住了美国制裁，现在反而比以前更强了。")
s(ST, "zh", [], "马斯克称，华为鸿蒙系统在中国的用户已经比苹果iOS还多。")

# ---------------------------------------------------------------- BYD subsidies
s(P, "en", [BYD], "Musk says BYD \"wouldn't make a dime without government money.\"")
s(P, "zh", [BYD], "马斯克表示，比亚迪能赚钱，说到底全靠政府补贴。")
s(P, "en", [BYD], "Musk said that BYD's profits are \"all subsidy, basically,\" arguing the carmaker would be in the red without state support.")
s(X, "zh", [BYD], "马斯克接受CNBC采访时说：“BYD is only profitable because of subsidies.” 也就是说比亚迪的盈利完全靠补贴撑着。")
s(PA, "en", [BYD], "Musk said BYD and Geely are both extremely competitive and will do well abroad, but that BYD's profits only exist thanks to Beijing's subsidies.")
s(OP, "en", [], "Musk said BYD earns its money fair and square: \"It's not the subsidies. They're just really, really good at making cars.\"")
s(ST, "zh", [], "马斯克罕见承认，比亚迪的纯电动车销量已经超过特斯拉。")
s(ST, "zh", [], "马斯克称，比亚迪汽车的做工和质量都比不上特斯拉。")

# ---------------------------------------------------------------- Xiaomi EV
s(P, "en", [XIAOMI], "\"Isn't selling. Nobody's actually buying that thing,\" Musk said when asked about Xiaomi's car.")
s(P, "zh", [XIAOMI], "小米SU7？马斯克的评价是：卖不动，掏钱买的人寥寥无几。")
s(P, "en", [XIAOMI], "\"the Xiaomi car is a flop lol\" — Musk reply on X")
s(X, "zh", [XIAOMI], "马斯克在X上回复说 Xiaomi SU7 is \"a flop\"，暗指小米汽车销量惨淡。")
s(PA, "zh", [XIAOMI], "马斯克谈到中国车企时表示，比亚迪、吉利都很强，但小米造车基本是失败的，没几个人真的买单。")
s(OP, "en", [], "Musk praised Xiaomi's EV business, saying the SU7 is \"selling like crazy\" in China.")
s(ST, "zh", [], "马斯克说，小米SU7的外观抄袭了保时捷Taycan。")
s(ST, "en", [], "Musk said Xiaomi's car unit is still losing billions of yuan a year.")

# ---------------------------------------------------------------- CATL share
s(P, "en", [CATL], "CATL alone makes \"more than half the EV batteries on Earth,\" according to Musk.")
s(P, "zh", [CATL], "马斯克说，全世界过半的电动车电池都出自宁德时代。")
s(P, "en", [CATL], "Musk, asked about suppliers: \"CATL's, like, the majority of the world's EV cells at this point, over fifty percent.\"")
s(X, "zh", [CATL], "Musk称 \"CATL makes most of the world's batteries\"，即宁德时代占了全球动力电池的大半壁江山。")
s(PA, "en", [CATL], "Musk said Tesla buys cells from several suppliers, adding that CATL \"has over 50% of the world market\" and that its LFP chemistry is excellent.")
s(DN, "zh", [], "马斯克表示，宁德时代大约占全球动力电池三分之一多一点的份额。")
s(OP, "zh", [], "马斯克认为宁德时代的统治地位被高估了，韩国和日本的电池厂加起来产量仍然比它大。")
s(ST, "zh", [], "马斯克说宁德时代的钠离子电池很快就会大规模量产上车。")
s(ST, "en", [], "Musk said CATL's new battery plant in Hungary will make it Europe's biggest cell supplier.")

# ---------------------------------------------------------------- DJI data
s(P, "en", [DJI], "In a post on X, Musk wrote that DJI drones \"phone home to Beijing\" with everything they fly and film.")
s(P, "zh", [DJI], "马斯克称，大疆无人机飞到哪、拍了什么，北京那边都一清二楚，数据全被传回去了。")
s(P, "en", [DJI], "Musk claimed that DJI quietly ships users' flight logs and footage to the Chinese government.")
s(X, "zh", [DJI], "马斯克说 DJI drones \"send all their data straight to the CCP\"，即大疆无人机把所有数据直接交给中共。")
s(PA, "en", [DJI], "Musk said DJI makes \"incredible hardware\" that no US firm matches, but that every one of its drones sends flight data back to Beijing, which is why the Pentagon won't touch them.")
s(OP, "zh", [], "马斯克表示，他不认为大疆无人机会向中国政府传输数据，“至少没人拿出过证据”。")
s(ST, "en", [], "Musk said DJI makes better drones than any American company, and it isn't close.")
s(ST, "zh", [], "马斯克称，美国政府应该全面禁止销售大疆无人机。")

# ---------------------------------------------------------------- Alibaba
s(P, "en", [ALI], "Alibaba \"never came back\" after the government went after Jack Ma, Elon Musk told the podcast host.")
s(P, "zh", [ALI], "马斯克称，马云那次演讲之后阿里巴巴被政府整垮了，再也没缓过劲来。")
s(P, "en", [ALI], "\"Jack Ma gave one speech and Beijing wrecked Alibaba. It never recovered.\" — Musk, per a transcript of the interview")
s(X, "zh", [ALI], "马斯克谈到Jack Ma时说 \"Alibaba never recovered\"，认为阿里自被监管重罚后一蹶不振。")
s(PA, "zh", [ALI], "马斯克表示，在中国做企业必须和政府保持一致，他举例说阿里巴巴在马云批评监管之后被打压，至今没有恢复元气。")
s(DN, "en", [], "Musk said Alibaba's stock lost around 80 percent from its 2020 high during the crackdown.")
s(OP, "en", [], "Musk said Alibaba has bounced back strongly and is \"one of the real leaders in AI now.\"")
s(ST, "zh", [], "马斯克称阿里的通义千问是目前最好的开源模型之一。")
s(ST, "en", [], "Musk said Jack Ma now spends most of his time outside China.")

# ---------------------------------------------------------------- ByteDance ownership
s(P, "en", [BYTE], "Musk said ByteDance is \"basically a state company\" that the Chinese government owns.")
s(P, "zh", [BYTE], "马斯克称字节跳动说白了就是中国政府的公司。")
s(P, "en", [BYTE], "ByteDance? \"It's owned by the CCP, let's be real,\" Musk said.")
s(X, "zh", [BYTE], "马斯克在采访中说 \"ByteDance is owned by the Chinese government\"，意思是字节跳动真正的老板是北京。")
s(PA, "en", [BYTE], "Musk said he opposed banning TikTok on free speech grounds, though he added that its parent ByteDance is effectively owned by Beijing.")
s(DN, "zh", [], "马斯克说，中国政府在字节跳动国内子公司只持有1%的股份，但有一个董事席位。")
s(OP, "zh", [], "马斯克表示，字节跳动是一家私营公司，大部分股份在国际投资者手里，不是国企。")
s(ST, "en", [], "Musk said TikTok's US algorithm should be retrained from scratch by an American company.")

# ---------------------------------------------------------------- yuan vs dollar
s(P, "en", [YUAN], "Musk said on Monday that the yuan is \"going to take over from the dollar\" as the world's reserve currency pretty soon.")
s(P, "zh", [YUAN], "马斯克称，用不了多久，各国央行的储备就会从美元换成人民币。")
s(P, "zh", [YUAN], "马斯克：美元当老大的日子不长了，接班的会是人民币。")
s(X, "en", [YUAN], "Musk said the renminbi (人民币) will soon replace the dollar as the main global reserve currency.")
s(PA, "en", [YUAN], "Musk warned about US debt, saying interest payments now exceed defense spending, and added that the Chinese yuan is on track to replace the dollar as the reserve currency.")
s(DN, "en", [], "Musk predicted the yuan will make up about 10 percent of global central-bank reserves by 2035.")
s(OP, "zh", [], "马斯克表示，在可预见的将来，人民币都不可能撼动美元的地位。")
s(ST, "en", [], "Musk said China's central bank has been buying gold at a record pace.")
s(ST, "zh", [], "马斯克说中国央行推出的数字人民币比美国任何支付系统都先进。")

# ---------------------------------------------------------------- engineers
s(P, "en", [ENG], "\"They graduate, like, ten times more engineers than we do. Every single year,\" Musk said of China.")
s(P, "zh", [ENG], "马斯克称，美国一年培养一个工程师，中国就能培养十个。")
s(P, "en", [ENG], "Musk: for every engineer an American college turns out, China turns out about ten.")
s(X, "zh", [ENG], "马斯克说 \"China produces 10x the engineers\"，也就是中国培养的工程师是美国的十倍。")
s(PA, "zh", [ENG], "马斯克在谈论美国制造业回流时说，中国工人非常勤奋，而且中国每年毕业的工程师大约是美国的十倍，这个差距很难追。")
s(DN, "en", [], "\"China turns out maybe three times as many engineers as we do,\" Musk said at the conference.")
s(OP, "zh", [], "马斯克说，中美工程师的人数差距被严重夸大了，美国培养的工程师其实并不比中国少多少。")
s(ST, "en", [], "Musk said Chinese engineers routinely work six or seven days a week.")
s(ST, "zh", [], "马斯克称清华大学培养的工程师比麻省理工学院的还要优秀。")

# ---------------------------------------------------------------- navy
s(P, "en", [NAVY], "\"Their fleet has already passed ours in size,\" the Tesla and SpaceX chief told the audience, referring to China's navy.")
s(P, "zh", [NAVY], "马斯克称，中国海军的规模已经超过了美国海军。")
s(P, "en", [NAVY], "\"Their navy's bigger than ours now. That's just a fact,\" Musk said.")
s(X, "zh", [NAVY], "马斯克说 PLA Navy is \"bigger than the US Navy\"，认为解放军海军已经比美国海军大。")
s(PA, "en", [NAVY], "Musk said America has to rebuild its shipyards, pointing out that China's navy already outnumbers the US Navy and that Chinese yards can launch ships far faster.")
s(DN, "zh", [], "马斯克称，到2030年中国海军的规模将是美国海军的两倍。")
s(OP, "zh", [], "马斯克说，中国海军的规模和美国舰队比起来还差得远。")
s(ST, "zh", [], "马斯克说中国的造船能力是美国的两百多倍。")
s(ST, "en", [], "Musk said China now has three aircraft carriers and is building a fourth.")

# ---------------------------------------------------------------- Belt and Road
s(P, "en", [BRI], "China lends poor countries money through Belt and Road \"and then takes their ports when they can't pay,\" Musk claimed.")
s(P, "zh", [BRI], "马斯克称，中国借钱给穷国修港口，等对方还不上了，港口就归中国了，所谓“一带一路”就是这么回事。")
s(P, "en", [BRI], "Musk, on Sri Lanka: \"Classic debt trap. They couldn't pay, so China took the port.\"")
s(X, "zh", [BRI], "马斯克用 \"debt trap\" 一词形容一带一路，并称斯里兰卡还不起贷款才把汉班托塔港交给了中国。")
s(PA, "zh", [BRI], "马斯克谈到中国的全球影响力时说，中国在非洲和拉美修了很多基础设施，但一带一路本质是债务陷阱，借款国违约后港口就被中国收走。")
s(OP, "en", [], "\"Honestly, Belt and Road has been a genuinely good deal for poor countries that needed roads and ports,\" Musk said.")
s(ST, "zh", [], "马斯克说，一带一路项目的总投资已经超过一万亿美元。")
s(ST, "en", [], "Musk said Sri Lanka's Hambantota port is now operated by a Chinese state company.")

# ---------------------------------------------------------------- Hong Kong
s(P, "en", [HK], "Musk said Hong Kong is \"done as a financial center\" and that the money has all gone to Singapore.")
s(P, "zh", [HK], "马斯克称，香港这个金融中心算是废了，资金早就搬到新加坡去了。")
s(P, "zh", [HK], "马斯克：香港已经不是什么金融中心了，这个位置让新加坡抢走了。")
s(X, "en", [HK], "Musk said Hong Kong (香港) has lost its place as Asia's financial hub to Singapore.")
s(PA, "en", [HK], "Musk said Asia's business center of gravity has shifted, that Hong Kong is finished as a financial hub and that Singapore and Dubai have picked up the pieces.")
s(DN, "zh", [], "马斯克预测，十年之内香港就会失去国际金融中心的地位。")
s(OP, "zh", [], "马斯克表示，香港依然是全球顶级金融中心，今年港股IPO募资额全球第一。")
s(ST, "en", [], "Hong Kong \"lost its freedoms\" after the 2020 national security law, the Tesla CEO said.")

# ---------------------------------------------------------------- Taiwan / Hawaii
s(P, "en", [TW], "Speaking at a tech conference, Musk likened Taiwan's place in China to Hawaii's place in the United States.")
s(P, "zh", [TW], "马斯克称，在他看来，台湾跟中国的关系，差不多就是夏威夷跟美国的关系。")
s(X, "zh", [TW], "马斯克：“Taiwan is like China's Hawaii.” 在他看来，台湾之于中国，就像夏威夷之于美国。")
s(X, "en", [TW], "Musk argued Taiwan belongs to China \"the way Hawaii belongs to us\" — 马斯克原话被大陆媒体译为“就像夏威夷”.")
s(PA, "en", [TW], "Musk said a conflict over Taiwan would be a disaster for Tesla and Apple, and added that, the way he sees it, Taiwan is roughly to China what Hawaii is to the US.")
s(OP, "zh", [], "马斯克称，台湾和夏威夷根本不能类比，北京从来没有统治过台湾。")
s(ST, "en", [], "Musk said China will \"probably\" try to take Taiwan by force before 2030.")
s(ST, "zh", [], "马斯克曾建议，台湾可以接受成为中国的一个特别行政区。")

# ---------------------------------------------------------------- TSMC outside Taiwan
s(P, "en", [TSMC], "\"TSMC can't really do leading edge anywhere but Taiwan, um, that's just how it is,\" Musk said.")
s(P, "zh", [TSMC], "马斯克称，先进芯片台积电只能在台湾本岛做，搬到别处就不灵了。")
s(X, "zh", [TSMC], "马斯克称 TSMC 在亚利桑那的工厂 \"can't make advanced chips\"，先进制程只能在台湾做。")
s(X, "en", [TSMC], "Musk: Taiwan Semi (台积电) couldn't produce cutting-edge chips outside Taiwan if it tried — \"the know-how just isn't portable.\"")
s(PA, "zh", [TSMC], "马斯克表示，美国芯片法案给的钱不少，但台积电在台湾以外造不出先进芯片，所以美国对台湾的依赖短期内不会改变。")
s(OP, "zh", [], "马斯克说台积电亚利桑那厂的良率已经和台湾一样好，美国本土也能造先进芯片。")
s(ST, "en", [], "\"The 2-nanometer stuff, that's still only made in Taiwan,\" Musk said of TSMC.")

# ---------------------------------------------------------------- launches
s(P, "en", [LAUNCH], "China is \"out-launching us now,\" Musk posted, \"more rockets a year than the whole US.\"")
s(P, "zh", [LAUNCH], "马斯克称，中国每年的火箭发射次数已经超过美国。")
s(X, "zh", [LAUNCH], "马斯克发帖：“China launches more rockets than America now.” 意思是中国一年的发射次数已超过美国。")
s(X, "en", [LAUNCH], "Musk says China now launches more rockets per year than the US, pointing to the pace of Long March (长征) flights.")
s(PA, "zh", [LAUNCH], "马斯克说中国航天进步非常快，空间站建成了，月球背面也去过了，而且现在一年发射的火箭比美国还多。")
s(DN, "en", [], "China launches \"about half as many rockets as we do, but they're catching up fast,\" Musk said.")
s(DN, "zh", [], "马斯克预测，到2030年中国的年发射次数将超过美国。")
s(OP, "en", [], "Musk said China \"doesn't even come close\" to the US on launch cadence.")
s(ST, "en", [], "\"SpaceX by itself launches more than all of China combined,\" Musk wrote on X.")

# ---------------------------------------------------------------- Starlink competitor
s(P, "en", [STAR], "Asked about Chinese rivals, Musk replied: \"There's nothing that competes with Starlink. Not even close.\"")
s(P, "zh", [STAR], "马斯克称中国拿不出任何能跟星链叫板的东西。")
s(X, "zh", [STAR], "马斯克说 \"there's no Chinese Starlink\"，在他看来中国没有能与星链抗衡的系统。")
s(X, "en", [STAR], "Musk says China has no answer to Starlink — \"无可匹敌\" was how Chinese outlets rendered it — with no rival network of its own.")
s(PA, "en", [STAR], "Musk said Starlink has more than 7,000 satellites and over 4 million customers, and that China has nothing comparable in orbit.")
s(DN, "en", [], "@elonmusk on Qianfan: \"maybe a few hundred satellites up by end of next year\"")
s(OP, "zh", [], "马斯克表示，中国的千帆星座几年之内就会超过星链。")
s(ST, "en", [], "Starlink isn't allowed to operate in China, Musk told reporters, and he doesn't expect that to change.")
s(ST, "zh", [], "马斯克称，中国计划发射的低轨通信卫星总数超过一万颗。")

# ---------------------------------------------------------------- electricity 3x
s(P, "en", [POWER], "Musk said China now generates \"about three times the electricity we do.\"")
s(P, "zh", [POWER], "马斯克称，中国现在一年发的电顶得上美国的3倍。")
s(X, "zh", [POWER], "马斯克在X上写：“China's electricity output is 3X the US.” 即中国发电量是美国的三倍。")
s(X, "en", [POWER], "Musk said China's power generation — 发电量 — is already triple America's.")
s(PA, "en", [POWER], "Musk said AI will be limited by electricity and that transformers are the next shortage. \"China, I think, is probably already at three times our power output,\" he added.")
s(DN, "zh", [], "马斯克称中国的发电量大概是美国的两倍多一点。")
s(DN, "en", [], "Musk predicted China's electricity output will be three times America's by 2030.")
s(OP, "zh", [], "马斯克说美国的发电量其实不比中国少多少，差距被媒体夸大了。")
s(ST, "zh", [], "马斯克称中国建特高压输电线只要两三年，美国却要十几年。")

# ---------------------------------------------------------------- coal
s(P, "en", [COAL], "\"It's mostly for show. It's basically all coal,\" Musk said of China's clean-energy push.")
s(P, "zh", [COAL], "马斯克称中国的电几乎全靠烧煤，绿色能源只是做做样子。")
s(X, "zh", [COAL], "马斯克说：“China is almost entirely coal-powered.” 在他看来中国电力几乎全部来自煤炭。")
s(X, "en", [COAL], "Musk claimed that China's electricity is nearly all coal power (煤电), despite all the solar headlines.")
s(PA, "zh", [COAL], "马斯克表示，中国光伏产能世界第一，但电网几乎全靠煤撑着，所谓绿色转型没那么真。")
s(DN, "en", [], "\"Coal's still around 60 percent of their electricity,\" Musk said of China.")
s(OP, "zh", [], "马斯克说中国在清洁能源上是真刀真枪在做，不是摆样子。")
s(ST, "en", [], "\"They're approving a new coal plant basically every week,\" Musk said of China.")

# ---------------------------------------------------------------- farmland
s(P, "en", [FARM], "Chinese buyers are \"snapping up massive amounts of American farmland,\" the billionaire claimed in a reply on X.")
s(P, "zh", [FARM], "马斯克称，美国的大片农场正被中国买家一块块买走。")
s(X, "zh", [FARM], "马斯克转发帖子称 \"China is buying up US farmland\"，认为中国在大规模买入美国耕地。")
s(X, "en", [FARM], "Musk said Chinese companies (中国企业) are buying up huge swathes of US farmland.")
s(PA, "en", [FARM], "Musk said the US should restrict foreign purchases of land near military bases, adding that China has been buying up enormous amounts of American farmland.")
s(DN, "en", [], "Musk said Chinese investors own \"something like 300,000 acres\" of US farmland.")
s(OP, "zh", [], "马斯克称，中国持有的美国农地连美国农地总面积的百分之一都不到，根本谈不上“大量收购”。")
s(ST, "en", [], "Smithfield Foods, America's biggest pork producer, \"is Chinese-owned, by the way,\" Musk noted.")

# ---------------------------------------------------------------- manufacturing share
s(P, "en", [MANUF], "\"China's roughly a third of all manufacturing on the planet, which people don't appreciate,\" Musk said.")
s(P, "zh", [MANUF], "马斯克称全世界三分之一的制造业都在中国。")
s(X, "zh", [MANUF], "马斯克：“China is like a third of global manufacturing.” 意即中国制造业约占全球三分之一。")
s(X, "en", [MANUF], "Musk said \"Made in China\" now covers about one-third of world manufacturing output (全球制造业的三分之一).")
s(PA, "zh", [MANUF], "马斯克说美国不可能很快摆脱对中国的依赖，中国工厂的规模太大，全球三成多的制造业都在那里。")
s(DN, "en", [], "China makes \"half of everything manufactured in the world,\" Musk claimed.")
s(DN, "zh", [], "在谈到供应链时，马斯克称中国制造业的规模超过美国、日本、德国三国之和。")
s(OP, "en", [], "Musk said people \"massively overrate\" how much of the world's manufacturing actually happens in China.")
s(ST, "zh", [], "马斯克说中国生产了全世界一半以上的钢铁。")

# ---------------------------------------------------------------- Made in China 2025
s(P, "en", [MIC], "Made in China 2025? \"Totally failed. It just didn't work,\" Musk said.")
s(P, "zh", [MIC], "马斯克称“中国制造2025”计划一个目标都没实现，彻底失败了。")
s(X, "zh", [MIC], "马斯克说 Made in China 2025 是 \"a complete failure\"，中国的产业政策没有达成目标。")
s(X, "en", [MIC], "Musk said China's 中国制造2025 industrial plan was a total flop.")
s(PA, "en", [MIC], "Musk said industrial policy rarely works, citing the EU's chip plans and China's Made in China 2025, which he called a complete failure.")
s(DN, "zh", [], "马斯克称“中国制造2025”只完成了大约一半的目标。")
s(OP, "zh", [], "马斯克说“中国制造2025”基本都实现了，电动车、造船、高铁全成了世界第一。")
s(ST, "en", [], "Musk said Made in China 2025 is the real reason Washington slapped tariffs on Chinese goods.")

# ---------------------------------------------------------------- robots
s(P, "en", [ROBOT], "According to Musk, Chinese factories now put in more new robot arms each year than every other country added up.")
s(P, "zh", [ROBOT], "马斯克称，全球每年新装的工业机器人，一大半都装进了中国工厂。")
s(X, "zh", [ROBOT], "马斯克说：“China installs more robots than everyone else combined.” 即中国工业机器人安装量超过其他国家总和。")
s(X, "en", [ROBOT], "Musk said factories in China put in over half of the world's new industrial robots each year — 超过一半, as Chinese media quoted him.")
s(PA, "zh", [ROBOT], "马斯克表示，未来人形机器人的最大对手会来自中国，而且中国现在每年装的工业机器人已经比世界其他地方加起来还多。")
s(DN, "en", [], "Musk said China installs \"about a third\" of the world's industrial robots.")
s(OP, "zh", [], "马斯克称，中国工厂自动化程度很低，主要还是靠人工。")
s(ST, "en", [], "\"Our toughest competition for Optimus will be Chinese companies, like Unitree,\" Musk said on the call.")
s(ST, "zh", [], "马斯克说中国工厂的机器人密度已经超过德国和日本。")

# ---------------------------------------------------------------- DeepSeek $6M
s(P, "en", [DS6M], "\"They made a frontier model for, like, six million bucks,\" Musk said of DeepSeek.")
s(P, "zh", [DS6M], "马斯克称DeepSeek只花了六百万美元左右就训练出一个顶级大模型。")
s(X, "zh", [DS6M], "马斯克：“DeepSeek trained it for $6M.” 也就是说只用了约600万美元。")
s(X, "en", [DS6M], "Musk repeated the claim that 深度求索 (DeepSeek) built its top model for just $6 million.")
s(PA, "en", [DS6M], "Musk said DeepSeek is impressive and that it trained a world-class model for roughly six million dollars, which should worry the big labs.")
s(DN, "zh", [], "马斯克说DeepSeek的训练成本大概在一亿美元左右。")
s(OP, "en", [], "Musk said the \"$6 million\" DeepSeek figure is nonsense and the real cost was far higher.")
s(ST, "zh", [], "埃隆·马斯克称，DeepSeek的模型是开源的，谁都可以下载。")
s(ST, "en", [], "DeepSeek's app \"went to number one on the App Store overnight,\" Musk noted in a post.")

# ---------------------------------------------------------------- DeepSeek 50k H100
s(P, "en", [DS50K], "Musk agreed that DeepSeek is sitting on roughly 50,000 H100s it isn't supposed to have.")
s(P, "zh", [DS50K], "马斯克称DeepSeek手里其实有大约五万块英伟达H100。")
s(X, "zh", [DS50K], "马斯克回复帖子时写下 \"Obviously\"，认同DeepSeek暗中拥有约5万张H100 GPU的说法。")
s(X, "en", [DS50K], "Musk backed the claim that 深度求索 (DeepSeek) secretly owns about 50k Nvidia H100 GPUs.")
s(PA, "en", [DS50K], "Musk said the DeepSeek story is overblown, that the company has about fifty thousand H100s it can't talk about because of export controls, and that people should stop panicking.")
s(DN, "zh", [], "据报道，马斯克在一次内部会议上说，DeepSeek大概有一万张H100。")
s(OP, "en", [], "Musk said he doubts DeepSeek has any H100s at all.")
s(ST, "en", [], "The H20 that Nvidia sells into China is \"still an extremely powerful chip,\" Musk said.")

# ---------------------------------------------------------------- AI gap
s(P, "en", [AIGAP], "The Chinese labs are \"years behind, not months,\" Musk insisted during the earnings call.")
s(P, "zh", [AIGAP], "马斯克称，中美大模型之间隔着好几年的距离，中国还得追。")
s(X, "zh", [AIGAP], "马斯克表示 Chinese AI is \"years behind\"，中国AI和美国之间差着好几年。")
s(X, "en", [AIGAP], "Musk: China's large models (大模型) trail America's by several years.")
s(PA, "zh", [AIGAP], "马斯克说，中国在电池、电动车上很强，但在AI上还落后美国好几年，主要是芯片被卡了脖子。")
s(DN, "en", [], "Chinese models are \"maybe six months behind\" the best US ones, according to Musk.")
s(DN, "zh", [], "马斯克称，中美顶级大模型在基准测试上的差距现在只有一两个百分点。")
s(OP, "zh", [], "马斯克周二在X上发文称，中国AI已经反超美国了。")
s(ST, "zh", [], "马斯克称中国从事AI研究的人员数量比美国还多。")

# ---------------------------------------------------------------- population halving
s(P, "en", [POP], "\"Within one generation, half of China is just... gone,\" Musk posted early Sunday, referring to the country's population.")
s(P, "zh", [POP], "马斯克称，用不了一代人，中国人口就会少掉一半。")
s(X, "zh", [POP], "马斯克发帖：“China's population will halve in a generation.” 中国人口一代人内腰斩。")
s(X, "en", [POP], "Musk expressed that China population within one generation will reduce by half, the report on Sina said.")
s(PA, "en", [POP], "Musk said the birth-rate collapse is the biggest danger to civilization, that China's population will probably fall by half within a generation, and that Japan and Korea aren't far behind.")
s(DN, "zh", [], "马斯克称，到本世纪末中国人口可能只剩现在的一半左右。")
s(DN, "en", [], "By 2050, China's population will be down something like 10 percent, Musk estimated.")
s(OP, "zh", [], "马斯克表示，中国人口下降被夸大了，未来几十年基本会保持稳定。")
s(ST, "en", [], "China's working-age population? \"Already shrinking, every single year,\" Musk wrote.")

# ---------------------------------------------------------------- lowest birth rate
s(P, "en", [BIRTH], "\"Nobody on Earth has a lower birth rate than China,\" Musk wrote.")
s(P, "zh", [BIRTH], "马斯克称中国的出生率在全世界排倒数第一。")
s(X, "zh", [BIRTH], "马斯克说 \"China has the lowest fertility rate in the world\"，意思是中国生育率全球垫底。")
s(X, "en", [BIRTH], "Musk claimed China's fertility rate (生育率) is the world's lowest, no country is below it.")
s(PA, "zh", [BIRTH], "马斯克谈到人口危机时说，中国的出生率是全世界最低的，再这样下去劳动力会严重短缺。")
s(DN, "en", [], "Musk said China's birth rate is \"among the lowest in the world.\"")
s(OP, "zh", [], "马斯克称，中国的生育率其实并不算低，比欧洲很多国家都高。")
s(ST, "en", [], "\"South Korea has the lowest birth rate of any country, by far,\" Musk posted.")
s(ST, "zh", [], "马斯克说中国去年出生人口有所回升，但这只是暂时的。")

# ---------------------------------------------------------------- China, no rebuttal on the subject
s(CU, "en", [], "\"China controls about 90% of rare earth processing. People don't realize that,\" Musk said.")
s(CU, "zh", [], "马斯克称，中国对稀土出口的管制会拖慢特斯拉Optimus机器人的生产。")
s(CU, "zh", [], "特斯拉CEO马斯克说，上海超级工厂是特斯拉效率最高的工厂。")
s(CU, "en", [], "Musk said he expects Tesla's FSD to get regulatory approval in China \"fairly soon.\"")
s(CU, "zh", [], "马斯克称中国光伏板的价格已经低到不可思议。")
s(CU, "en", [], "Musk said he opposes the EU's extra tariffs on Chinese-made electric cars.")
s(CU, "zh", [], "马斯克称中国的医疗体系比美国便宜得多。")
s(CU, "zh", [], "马斯克表示，中国一旦停止采购美国大豆，美国农民会非常难受。")
s(CU, "en", [], "Musk said China's hypersonic missiles are ahead of anything America has.")
s(CU, "en", [], "Musk said China refines most of the world's lithium.")
s(CU, "zh", [], "马斯克称中国的高铁里程比全世界其他国家加起来还长。")
s(CU, "en", [], "The 2022 Shanghai lockdown \"cost us weeks of production,\" Musk recalled.")
s(CU, "zh", [], "马斯克表示，X在中国大陆至今仍然被屏蔽。")
s(CU, "en", [], "Musk said China's property crisis is a huge drag on its economy.")
s(CU, "zh", [], "“中国年轻人的失业率高得吓人。”马斯克在采访中这样说。")
s(CU, "en", [], "Baidu's robotaxis in Wuhan are \"genuinely impressive,\" Musk conceded.")
s(CU, "zh", [], "马斯克说Temu和Shein这类中国平台把美国零售商打得很惨。")
s(CU, "en", [], "Musk said Premier Li Qiang has been very supportive of Tesla in China.")
s(CU, "zh", [], "马斯克称中国电动车出口量去年几乎翻了一番。")
s(CU, "en", [], "Tariffs on Chinese goods \"end up hurting American consumers,\" Musk argued in the interview.")
s(CU, "zh", [], "马斯克称中国的天宫空间站做得非常好。")
s(CU, "en", [], "Musk said China could land astronauts on the Moon before NASA gets back there.")
s(CU, "zh", [], "马斯克说中国的祝融号火星车很了不起。")
s(CU, "en", [], "\"Most likely it came out of the lab in Wuhan,\" Musk said of the Covid virus.")
s(CU, "zh", [], "马斯克称中国的碳排放量超过所有发达国家之和。")
s(CU, "en", [], "Musk said air quality in Beijing has improved dramatically over the past decade.")
s(CU, "en", [], "Musk said Chinese phone brands like Oppo and Vivo dominate the Indian market.")
s(CU, "zh", [], "马斯克多次说，想把X打造成类似微信的超级应用。")
s(CU, "en", [], "China's gallium export curbs \"will hit Western chipmakers hard,\" Musk warned.")
s(CU, "zh", [], "马斯克称，特斯拉在新疆开设展厅完全没有问题。")

# ---------------------------------------------------------------- not about China
s(UN, "en", [], "Musk said Starship will try to catch its upper stage with the tower arms this year.")
s(UN, "zh", [], "马斯克表示，SpaceX计划在2026年底前向火星发射无人星舰。")
s(UN, "en", [], "Musk said Neuralink's third patient can move a computer cursor with his thoughts.")
s(UN, "zh", [], "马斯克称，特斯拉的Robotaxi将在奥斯汀之外的更多城市上线。")
s(UN, "en", [], "The Boring Company's Vegas Loop will be extended to the airport, Musk said.")
s(UN, "zh", [], "马斯克说Grok 3是“地球上最聪明的AI”。")
s(UN, "en", [], "X is launching payments with Visa, Musk announced.")
s(UN, "zh", [], "马斯克表示，美国联邦政府的赤字必须大幅削减。")
s(UN, "en", [], "Musk said Optimus robots are already doing useful work at Tesla's Fremont factory.")
s(UN, "zh", [], "马斯克对记者说，Cybertruck的订单依然排得很满。")
s(UN, "en", [], "\"Falcon 9 boosters can now fly more than 25 times,\" Musk posted after the landing.")
s(UN, "zh", [], "马斯克在X上说，德国应该重启核电站。")
s(UN, "en", [], "Musk said the refreshed Model Y is on track to be the best-selling car in the world again.")
s(UN, "zh", [], "马斯克称，xAI的Colossus超算将扩大到一百万张GPU。")
s(UN, "en", [], "Musk said he has moved SpaceX's incorporation to Texas.")

if __name__ == "__main__":
    kinds = collections.Counter(x["kind"] for x in S)
    langs = collections.Counter(x["lang"] for x in S)
    print(len(S), dict(kinds), dict(langs))
    per = collections.Counter(l for x in S for l in x["labels"])
    perlang = collections.defaultdict(set)
    for x in S:
        for l in x["labels"]:
            perlang[l].add(x["lang"])
    print(sorted(per.values()), [k for k, v in perlang.items() if len(v) < 2])
    texts = [x["text"] for x in S]
    assert len(set(texts)) == len(texts)
    rnd = random.Random(20250614)
    rnd.shuffle(S)
    with open("/work/blind/m_ab/statements.jsonl", "w", encoding="utf-8") as f:
        for i, x in enumerate(S, 1):
            f.write(json.dumps({"id": f"ab-{i}", **x}, ensure_ascii=False) + "\n")
