S = []
def s(kind, lang, label, text):
    S.append((kind, lang, [label] if label else [], text))
P, C, T, D, O, N, U, X = "paraphrase", "crosslingual", "partial", "different-number", "opposite-stance", "same-topic-different-claim", "china-unanswered", "unrelated"

# 1 tesla-still-outsells-byd-ev
L = "tesla-still-outsells-byd-ev"
s(P, "en", L, "Musk said Tesla remains the number one seller of EVs on the planet, with BYD still behind it.")
s(P, "zh", L, "马斯克说，论全球电动车卖得最多的，还是特斯拉，比亚迪排在后面。")
s(P, "en", L, "\"People keep saying BYD passed us. They didn't. We still move more electric cars globally than they do.\"")
s(C, "zh", L, "马斯克在X上写道：\"Tesla is still the best-selling EV company in the world, BYD included.\"")
s(T, "en", L, "Musk said demand in Europe was softening and the Cybertruck ramp was slow, but added that Tesla still sells more EVs worldwide than BYD.")
s(D, "en", None, "Musk conceded BYD sold more electric vehicles than Tesla in the fourth quarter of 2023, but called it a one-quarter blip.")
s(O, "zh", None, "马斯克承认，比亚迪的纯电动车年销量已经超过特斯拉，成为全球第一。")

# 2 byd-profitable-only-from-subsidies
L = "byd-profitable-only-from-subsidies"
s(P, "en", L, "Take away Beijing's handouts and BYD would be in the red, Musk argued.")
s(P, "zh", L, "马斯克称，比亚迪的利润全是靠政府补贴撑起来的，没有补贴就亏钱。")
s(C, "en", L, "Musk claimed that Biyadi (比亚迪) makes money only because the state keeps paying it subsidies.")
s(C, "zh", L, "马斯克接受采访时说：\"BYD is only profitable because of government subsidies, plain and simple.\"")
s(T, "zh", L, "马斯克表示，比亚迪车型很多、工厂很大，不过他认为比亚迪能赚钱主要还是因为拿了政府补贴。")
s(O, "en", None, "Musk said BYD is a genuinely profitable company that no longer needs any state support.")
s(N, "en", None, "Musk said BYD is building factories in Hungary and Brazil to get around tariffs.")

# 3 chinese-evs-cheap-because-poorly-made
L = "chinese-evs-cheap-because-poorly-made"
s(P, "en", L, "\"They're cheap because they're junk, basically. You get what you pay for with those Chinese EVs.\"")
s(P, "zh", L, "马斯克称，中国电动车价格低，无非是做工粗糙、偷工减料。")
s(P, "en", L, "Musk suggested the low price tag on Chinese electric cars simply reflects shoddy build quality.")
s(C, "en", L, "Musk said cars from BYD, 蔚来 and the rest are only cheap because they cut corners on how they're built.")
s(T, "zh", L, "马斯克说中国车企很卷，产品迭代也快，但他觉得中国电动车便宜主要是因为造车质量不行。")
s(O, "zh", None, "马斯克称赞中国电动车造得非常好，质量已经不输任何欧美品牌。")
s(N, "en", None, "Musk said Chinese EV interiors and infotainment screens are now better than what Western brands offer.")

# 4 china-electricity-three-times-us
L = "china-electricity-three-times-us"
s(P, "en", L, "\"China's pumping out something like 3x the electricity we do. Three times. Let that sink in.\"")
s(P, "zh", L, "马斯克称，中国一年的发电量差不多是美国的三倍。")
s(C, "en", L, "Musk, speaking about 中国电网, said China's power generation is already triple America's.")
s(C, "zh", L, "马斯克在播客中说：\"China already produces about three times the electricity of the US.\"")
s(T, "en", L, "Musk said AI will be limited by power and transformers, and added that China already makes roughly three times as much electricity as America.")
s(D, "en", None, "Musk said China's electricity output could reach three times America's by the 2030s.")
s(D, "zh", None, "马斯克说，中国的发电量比美国多一些，但差距没有大家想的那么大。")
s(O, "en", None, "Musk said the US still generates more electricity than China when you count it properly.")

# 5 china-power-mostly-solar-wind
L = "china-power-mostly-solar-wind"
s(P, "en", L, "Musk said the bulk of China's power now comes from sun and wind rather than fossil fuels.")
s(P, "zh", L, "马斯克表示，中国的用电大头现在已经是光伏和风电了。")
s(C, "zh", L, "马斯克称\"most of China's electricity is solar and wind now\"，并说美国应该学习。")
s(C, "en", L, "Musk claimed that in 中国 renewables like solar and wind already supply more than half of all electricity.")
s(T, "en", L, "Musk praised Chinese battery makers and said, I think, that most of their grid power is already coming from solar and wind.")
s(D, "zh", None, "马斯克说，到2040年中国大部分电力将来自太阳能和风能。")
s(O, "en", None, "Musk said China still runs overwhelmingly on coal and its solar push is mostly for show.")

# 27 china-never-has-power-shortages
L = "china-never-has-power-shortages"
s(P, "en", L, "\"China doesn't have blackouts. They've got more power than they need, always.\"")
s(P, "zh", L, "马斯克说，中国从来不会闹电荒，电力供应一直绰绰有余。")
s(P, "en", L, "Musk said power rationing is something that just doesn't happen in China because the grid has huge headroom.")
s(C, "zh", L, "马斯克在X上说：\"China never runs short of power. Their grid has spare capacity all the time.\"")
s(T, "zh", L, "马斯克称美国电网老化、变压器短缺，而中国在这方面要好得多，他认为中国根本不存在缺电问题。")
s(O, "en", None, "Musk said China's grid is fragile and regularly forces factories to shut down.")
s(N, "zh", None, "马斯克称中国的特高压输电线路是全世界最先进的。")

# 6 china-makes-99-percent-solar-panels
L = "china-makes-99-percent-solar-panels"
s(P, "en", L, "Musk said pretty much every solar panel on Earth, like 99 percent, is made in China.")
s(P, "zh", L, "马斯克称，全球太阳能板几乎百分之九十九都产自中国。")
s(C, "en", L, "Musk said China's 光伏 factories turn out 99% of all the solar modules sold in the world.")
s(T, "en", L, "Musk said solar will be the main source of energy for humanity and, as he put it, roughly 99% of panels come out of China right now.")
s(D, "zh", None, "马斯克说，全世界大部分太阳能电池板都是中国生产的。")
s(O, "en", None, "Musk said China's share of solar panel manufacturing is small and shrinking fast.")

# 7 export-controls-made-china-chips-stronger
L = "export-controls-made-china-chips-stronger"
s(P, "en", L, "Musk said the chip bans blew up in Washington's face and just pushed China to get better at making semiconductors.")
s(P, "zh", L, "马斯克认为，美国对华芯片禁令反而帮了中国，让中国芯片产业变得更强。")
s(P, "en", L, "\"All the export restrictions did was light a fire under Chinese chipmakers. Net effect: they got stronger.\"")
s(C, "zh", L, "马斯克表示\"the export controls backfired\"，中国的芯片行业因此更强大了。")
s(T, "zh", L, "马斯克谈到AI竞赛时说，算力和电力都是瓶颈；他还说，美国的出口管制可能适得其反，反而让中国芯片产业更强。")
s(O, "en", None, "Musk said the export controls are working and have badly crippled China's chip industry.")
s(N, "zh", None, "马斯克说，华为的昇腾芯片性能已经追上英伟达的H100。")

# 8 deepseek-has-50000-h100s
L = "deepseek-has-50000-h100s"
s(P, "en", L, "Asked whether DeepSeek is quietly sitting on about 50k H100s, Musk replied: \"Obviously.\"")
s(P, "zh", L, "马斯克暗示，DeepSeek手里其实藏着约五万块H100。")
s(C, "en", L, "Musk said 深度求索 has roughly fifty thousand Nvidia H100s that it isn't telling anyone about.")
s(C, "zh", L, "马斯克回复称，\"DeepSeek has ~50,000 H100s they can't talk about.\"")
s(T, "en", L, "Musk said DeepSeek's model was impressive but probably overhyped, and that they likely have something like 50,000 H100s in secret.")
s(D, "zh", None, "马斯克称DeepSeek拥有至少50万块英伟达GPU，规模堪比美国顶级实验室。")
s(O, "en", None, "Musk said he believes DeepSeek really did train its model on just a couple of thousand export-grade chips.")

# 9 deepseek-copied-openai
L = "deepseek-copied-openai"
s(P, "en", L, "Musk said DeepSeek's model is basically a knockoff of OpenAI's work.")
s(P, "zh", L, "马斯克说，DeepSeek的模型说白了就是照搬OpenAI的。")
s(P, "en", L, "\"DeepSeek didn't invent anything, they just cloned OpenAI.\"")
s(C, "zh", L, "马斯克在X上写道：\"DeepSeek just copied OpenAI, nothing original there.\"")
s(T, "en", L, "Musk said open models from China are improving fast, though he thinks DeepSeek in particular mostly copied what OpenAI had built.")
s(O, "zh", None, "马斯克称赞DeepSeek做出了真正原创的技术突破，并非抄袭任何人。")
s(N, "en", None, "Musk said DeepSeek's app sends American users' data back to servers in China.")

# 10 giga-shanghai-no-government-help
L = "giga-shanghai-no-government-help"
s(P, "en", L, "Musk insisted Beijing gave Tesla nothing for the Shanghai plant: no money, no favours.")
s(P, "zh", L, "马斯克称，特斯拉上海工厂完全是自己建的，中国政府一分钱、一点忙都没帮。")
s(C, "en", L, "Musk said the Shanghai gigafactory in 临港 was built without any support from Chinese authorities.")
s(C, "zh", L, "马斯克表示：\"We got zero help from the Chinese government for Giga Shanghai.\"")
s(T, "zh", L, "马斯克称上海超级工厂是特斯拉效率最高的工厂，出口量也很大，而且他说建厂时没有得到中国政府的帮助。")
s(O, "en", None, "Musk thanked the Shanghai government, saying Giga Shanghai would not exist without its support.")
s(N, "zh", None, "马斯克说上海超级工厂生产的车有一半以上用于出口。")

# 11 giga-shanghai-built-in-six-months
L = "giga-shanghai-built-in-six-months"
s(P, "en", L, "\"We went from a muddy field to a running car factory in Shanghai in about half a year.\"")
s(P, "zh", L, "马斯克说，上海工厂从一片空地到建成只花了半年时间。")
s(C, "zh", L, "马斯克回忆称：\"Giga Shanghai was built in six months. Nobody thought it could be done.\"")
s(C, "en", L, "Musk said the 上海超级工厂 took just six months to build.")
s(T, "en", L, "Musk praised Chinese construction crews and said Giga Shanghai was put up in, I think, roughly six months.")
s(D, "zh", None, "马斯克说，上海超级工厂从开工到交付第一批车只用了不到一年。")
s(D, "en", None, "Musk said the Giga Shanghai expansion for Model Y was finished in a matter of weeks.")

# 12 china-population-halves-in-20-years
L = "china-population-halves-in-20-years"
s(P, "en", L, "Musk warned China's population could drop by half within a couple of decades.")
s(P, "zh", L, "马斯克警告说，二十年之内中国人口就会少掉一半。")
s(P, "en", L, "\"China's going to lose like half its people in 20 years. Nobody's paying attention.\"")
s(C, "zh", L, "马斯克发帖称\"China's population will halve in the next 20 years\"，引发网友热议。")
s(T, "zh", L, "马斯克谈到全球生育率下降，说日本和韩国情况很严重，他还认为中国人口可能在未来二十年内减半。")
s(D, "en", None, "Musk said China's population could fall to around 600 million by the end of the century.")
s(O, "zh", None, "马斯克称中国人口未来几十年基本会保持稳定。")

# 13 china-births-fall-every-year
L = "china-births-fall-every-year"
s(P, "en", L, "Musk said Chinese births have dropped year after year for ten years straight, without a single uptick.")
s(P, "zh", L, "马斯克说，中国新生儿数量已经连续十年逐年下降，一年都没回升过。")
s(C, "en", L, "Musk said China's 出生人口 has gone down every single year for the last decade.")
s(C, "zh", L, "马斯克写道：\"Chinese births have declined every year for a decade. Every. Single. Year.\"")
s(T, "en", L, "Musk said South Korea's fertility rate is the lowest in the world and added that China's births have, he believes, fallen every year for ten years.")
s(O, "zh", None, "马斯克说，中国出生率近年来已经明显反弹，人口危机被夸大了。")
s(D, "en", None, "Musk said China's fertility rate is around 1.0, roughly half of replacement level.")

# 14 china-mines-90-percent-rare-earths
L = "china-mines-90-percent-rare-earths"
s(P, "en", L, "Musk said about nine in ten tonnes of rare earths dug out of the ground worldwide come from Chinese mines.")
s(P, "zh", L, "马斯克称，全球稀土开采量的九成都在中国。")
s(P, "en", L, "\"90% of rare earth mining is in China. That's a massive strategic problem.\"")
s(C, "zh", L, "马斯克表示，\"China mines like 90 percent of rare earths\"，美国太依赖中国了。")
s(T, "zh", L, "马斯克在谈到供应链风险时说，锂和石墨也很关键，但他认为最危险的是中国开采了全世界约九成的稀土。")
s(D, "en", None, "Musk said China mines most of the world's rare earths, something like two-thirds.")
s(O, "zh", None, "马斯克称中国的稀土开采份额已经很小，美国和澳大利亚早就超过了中国。")

# 15 tesla-motors-use-no-rare-earths
L = "tesla-motors-use-no-rare-earths"
s(P, "en", L, "Musk said China's rare earth curbs are a non-issue for Tesla because its motors don't need rare earth elements.")
s(P, "zh", L, "马斯克表示，特斯拉的电机根本不含稀土，中国限制稀土出口跟特斯拉没关系。")
s(C, "en", L, "Musk said China's 稀土出口管制 won't hurt Tesla since its motors use no rare earths.")
s(C, "zh", L, "马斯克称：\"Our motors don't use rare earths, so China's export restrictions don't affect Tesla.\"")
s(T, "en", L, "Musk said tariffs are a headache for everyone, but he thinks Tesla is shielded from China's rare earth controls because its motors use no rare earths.")
s(O, "zh", None, "马斯克承认，中国的稀土出口管制正在影响特斯拉的电机和擎天柱机器人供应。")
s(N, "en", None, "Musk said Tesla will develop its own rare earth refining in Texas.")

# 16 china-more-robots-than-rest-combined
L = "china-more-robots-than-rest-combined"
s(P, "en", L, "Musk said China now has more factory robots in operation than every other country put together.")
s(P, "zh", L, "马斯克称，中国工厂里的工业机器人，比全世界其他国家加起来都多。")
s(C, "en", L, "Musk said China's installed base of 工业机器人 exceeds that of the rest of the world combined.")
s(C, "zh", L, "马斯克说：\"China has more industrial robots than the rest of the world combined.\"")
s(T, "zh", L, "马斯克谈到人形机器人时说中国会是擎天柱最大的竞争对手，他还认为中国的工业机器人总量已经超过世界其他地方之和。")
s(D, "en", None, "Musk said China installs roughly half of all new industrial robots each year.")
s(O, "zh", None, "马斯克说中国的工厂自动化程度很低，还主要靠廉价劳动力。")

# 17 china-launches-more-than-us
L = "china-launches-more-than-us"
s(P, "en", L, "Musk said China has overtaken the US in the number of rockets it sends up each year.")
s(P, "zh", L, "马斯克称，中国每年的火箭发射次数已经超过美国。")
s(C, "en", L, "Musk said China's launch rate, counting Long March (长征) and the private firms, is now higher than America's.")
s(C, "zh", L, "马斯克在X上写道：\"China is launching more rockets than the United States now.\"")
s(T, "en", L, "Musk said Starship will change everything, and warned that China is already out-launching the United States.")
s(O, "zh", None, "马斯克说，SpaceX一家的发射次数就远远超过中国全国。")
s(D, "en", None, "Musk said China will launch more rockets than the US by 2035 if America gets complacent.")

# 18 china-has-reused-orbital-booster
L = "china-has-reused-orbital-booster"
s(P, "en", L, "Musk said Chinese rockets are already landing and flying again, the same way Falcon 9 boosters do.")
s(P, "zh", L, "马斯克称，中国已经掌握了火箭一级回收复用，跟猎鹰9号一样。")
s(C, "en", L, "Musk said LandSpace (蓝箭航天) has already recovered and reflown an orbital booster.")
s(C, "zh", L, "马斯克说：\"China has already landed and reused an orbital booster.\"")
s(T, "zh", L, "马斯克说中国航天进步非常快，他认为中国已经实现了轨道级助推器的回收和再次飞行。")
s(O, "en", None, "Musk said China is still years away from recovering any orbital booster.")
s(D, "zh", None, "马斯克预计，中国将在未来一两年内实现火箭回收复用。")

# 19 chinese-evs-would-demolish-rivals
L = "chinese-evs-would-demolish-rivals"
s(P, "en", L, "Musk said if the trade walls came down, Chinese automakers would wipe out most of the competition worldwide.")
s(P, "zh", L, "马斯克称，要是没有关税保护，中国车企会把全世界大部分车企打垮。")
s(P, "en", L, "\"Honestly, with no tariffs the Chinese car companies would crush almost everyone else.\"")
s(C, "zh", L, "马斯克在财报电话会上说：\"If there are no trade barriers, they will pretty much demolish most other car companies.\"")
s(T, "en", L, "Musk said Chinese car companies are the most competitive in the world and, barring trade barriers, would probably demolish most rivals.")
s(O, "zh", None, "马斯克说，就算取消所有关税，中国车企也很难在欧美市场站稳脚跟。")
s(N, "en", None, "Musk said he opposes tariffs on Chinese EVs because they distort the market.")

# 20 us-tariff-chinese-evs-only-25-percent
L = "us-tariff-chinese-evs-only-25-percent"
s(P, "en", L, "Musk said Chinese EVs face just a 25 percent duty when they come into the US.")
s(P, "zh", L, "马斯克说，中国电动车进口到美国只需交25%的关税。")
s(C, "en", L, "Musk said the 关税 on Chinese electric cars entering America is only twenty-five percent.")
s(C, "zh", L, "马斯克表示：\"The US tariff on Chinese EVs is only 25%, that's nothing.\"")
s(T, "zh", L, "马斯克称中国车企成本优势巨大，而且美国对中国电动车只收25%的关税，挡不住它们。")
s(D, "en", None, "Musk said the EU's tariffs on Chinese EVs, at up to 35%, won't be enough to stop them.")
s(O, "zh", None, "马斯克说美国对中国电动车的关税高得离谱，等于全面禁止。")

# 21 china-ten-times-stem-phds
L = "china-ten-times-stem-phds"
s(P, "en", L, "Musk said China turns out ten times more science and engineering doctorates than America.")
s(P, "zh", L, "马斯克称，中国每年毕业的理工科博士是美国的十倍。")
s(C, "en", L, "Musk said China's universities (清华, 北大 and the rest) produce 10x as many STEM PhDs as the US.")
s(C, "zh", L, "马斯克写道：\"China graduates 10x more STEM PhDs than America.\"")
s(T, "en", L, "Musk said America's education system needs an overhaul and claimed China produces maybe ten times as many STEM PhDs.")
s(D, "zh", None, "马斯克说，中国培养的理工科博士大约是美国的两倍。")
s(N, "en", None, "Musk said China graduates ten times more engineers with bachelor's degrees than the US.")

# 22 china-996-is-legal-norm
L = "china-996-is-legal-norm"
s(P, "en", L, "Musk said in China the 9-9-6 schedule is normal for everyone and completely within the law.")
s(P, "zh", L, "马斯克称，在中国，996是人人都这么干的，法律也允许。")
s(P, "en", L, "\"Over there everybody does 996, it's totally legal, and that's why they're winning.\"")
s(C, "zh", L, "马斯克说\"everyone in China works 996 and it's legal\"，美国人应该更努力。")
s(T, "zh", L, "马斯克称赞中国工程师很拼，说他们经常凌晨三点还在工作，并称在中国人人996且完全合法。")
s(O, "en", None, "Musk said Chinese tech workers now keep normal hours since the government cracked down on overtime.")
s(N, "zh", None, "马斯克说中国工人比美国工人更聪明。")

# 23 tesla-did-not-start-china-price-war
L = "tesla-did-not-start-china-price-war"
s(P, "en", L, "Musk said it wasn't Tesla that kicked off the price war in China; it was only matching what local rivals did.")
s(P, "zh", L, "马斯克表示，中国的价格战不是特斯拉先打响的，特斯拉只是被迫跟进。")
s(P, "en", L, "\"We didn't start the price war in China. We reacted to it.\"")
s(C, "zh", L, "马斯克在财报会上说：\"Tesla did not start the price war in China, we were responding to competitors.\"")
s(T, "en", L, "Musk said margins were under pressure, and that Tesla had only cut prices in China in response to rivals, not to start a price war.")
s(O, "zh", None, "马斯克承认，是特斯拉2023年初的大幅降价引发了中国的价格战。")
s(N, "en", None, "Musk said China's EV price war will drive most Chinese EV startups out of business within two years.")

# 24 tiktok-same-as-douyin
L = "tiktok-same-as-douyin"
s(P, "en", L, "Musk said Chinese children scroll the very same TikTok app that kids in America do.")
s(P, "zh", L, "马斯克称，中国小孩刷的TikTok跟美国小孩刷的是同一个。")
s(C, "en", L, "Musk said there is no difference between TikTok and 抖音: kids in China get the same app.")
s(C, "zh", L, "马斯克说：\"Kids in China use the exact same TikTok as kids here.\"")
s(T, "zh", L, "马斯克谈到社交媒体对青少年的影响时，说中国孩子和美国孩子用的TikTok是同一个版本。")
s(O, "en", None, "Musk said China gives its own kids a heavily restricted, educational version of the app.")
s(N, "zh", None, "马斯克表示，TikTok不应该在美国被禁，这违背言论自由。")

# 25 chinese-robotaxis-behind-tesla
L = "chinese-robotaxis-behind-tesla"
s(P, "en", L, "Musk said Chinese autonomous-driving firms are trailing Tesla by several years.")
s(P, "zh", L, "马斯克称，中国自动驾驶企业比特斯拉落后好几年。")
s(P, "en", L, "\"The Chinese self-driving guys? Years behind us. Not even close.\"")
s(C, "zh", L, "马斯克说\"Baidu and the other Chinese self-driving companies are years behind Tesla\"。")
s(T, "en", L, "Musk said he respects Chinese EV makers on hardware but thinks their self-driving companies are several years behind Tesla.")
s(O, "zh", None, "马斯克承认，中国的无人驾驶出租车已经比特斯拉领先。")
s(N, "en", None, "Musk said Chinese robotaxi firms rely on lidar, which he called a crutch.")

# 26 tesla-fsd-fully-approved-china
L = "tesla-fsd-fully-approved-china"
s(P, "en", L, "Musk said FSD has full regulatory approval in China and the cars are driving themselves there.")
s(P, "zh", L, "马斯克称，特斯拉FSD在中国已经获得全面批准，车子可以自己开了。")
s(C, "en", L, "Musk said FSD is fully approved by Chinese regulators (工信部) for driverless use.")
s(C, "zh", L, "马斯克在X上说：\"FSD is now fully approved in China.\"")
s(T, "zh", L, "马斯克说特斯拉在中国的销量有所恢复，而且FSD已经在中国全面获批、可以无人驾驶。")
s(D, "en", None, "Musk said he expects FSD to get full approval in China by the end of next year.")
s(O, "zh", None, "马斯克抱怨说，特斯拉FSD在中国迟迟拿不到批准。")

# extra labeled paraphrases to hit mix
s(P, "zh", "china-electricity-three-times-us", "马斯克说：中国的电力产出，大概是我们的三倍吧。")
s(P, "en", "china-makes-99-percent-solar-panels", "\"Basically 99% of solar panels are Chinese. It's not even a competition.\"")
s(P, "zh", "deepseek-has-50000-h100s", "马斯克认为DeepSeek没说实话，他们实际上有五万张H100。")
s(P, "en", "china-power-mostly-solar-wind", "\"China's grid is majority solar and wind at this point.\"")
s(P, "zh", "tesla-still-outsells-byd-ev", "马斯克称，特斯拉的电动车全球销量依旧压过比亚迪一头。")
s(P, "en", "tesla-motors-use-no-rare-earths", "\"We don't use rare earths in our motors, so the Chinese restrictions are irrelevant to us.\"")
s(P, "zh", "giga-shanghai-no-government-help", "马斯克表示，上海工厂没拿过中国政府任何补贴或优惠。")
s(P, "en", "china-launches-more-than-us", "\"China's now launching more often than America. That should worry people.\"")
s(P, "zh", "us-tariff-chinese-evs-only-25-percent", "马斯克称，美国对中国电动车的关税不过25%而已。")
s(P, "en", "tiktok-same-as-douyin", "Musk claimed the TikTok Chinese kids see is identical to the one American kids see.")
s(P, "zh", "china-more-robots-than-rest-combined", "马斯克说，中国一个国家的工业机器人就超过了其他所有国家的总和。")

# same-topic-different-claim (extra)
for lang, t in [
    ("en", "Musk said BYD's Blade battery is one of the best battery designs in the industry."),
    ("zh", "马斯克称，比亚迪的海外工厂将让它在欧洲卖得比大众还多。"),
    ("en", "Musk said China's grid operator builds ultra-high-voltage lines faster than anyone else."),
    ("zh", "马斯克表示，中国的电价比美国便宜得多，这是AI数据中心的巨大优势。"),
    ("en", "Musk said Chinese solar panel prices have fallen so far that manufacturers are losing money on every panel."),
    ("zh", "马斯克说，中国光伏企业产能过剩，很多会倒闭。"),
    ("en", "Musk said Nvidia's H20 chips sold to China are still very capable for AI inference."),
    ("zh", "马斯克称，DeepSeek的应用在美国下载量一度超过ChatGPT。"),
    ("en", "Musk said DeepSeek's R1 model is as good as OpenAI's o1 at math."),
    ("zh", "马斯克说，上海超级工厂是特斯拉产量最高的工厂。"),
    ("en", "Musk said Tesla may build a Megapack factory in Shanghai."),
    ("zh", "马斯克说，中国的老龄化会让养老金体系崩溃。"),
    ("en", "Musk said China's one-child policy was the biggest demographic mistake in history."),
    ("zh", "马斯克称，中国禁止稀土加工技术出口是在卡美国的脖子。"),
    ("en", "Musk said rare earths aren't actually rare, they're just dirty to refine."),
    ("zh", "马斯克表示，中国的人形机器人公司会是擎天柱最强的对手。"),
    ("en", "Musk said Unitree's robots are impressive but mostly used for demos."),
    ("zh", "马斯克说，中国的千帆星座永远追不上星链。"),
    ("en", "Musk said China's space station is smaller than the ISS."),
    ("zh", "马斯克称，欧盟对中国电动车加征关税是错误的。"),
    ("en", "Musk said Chinese engineers are the hardest-working in the world, burning the 3am oil."),
    ("zh", "马斯克说，中国汽车出口量已经是全球第一。"),
    ("en", "Musk said Chinese carmakers can design and launch a new model in 18 months."),
    ("zh", "马斯克说，特斯拉在中国的市场份额还会继续上升。"),
    ("en", "Musk said TikTok's algorithm is the most addictive in social media."),
    ("zh", "马斯克称，华为的智能驾驶系统比很多西方车企做得好。"),
    ("en", "Musk said the Xiaomi SU7 is a really good car."),
]:
    s(N, lang, None, t)

# china-unanswered
for lang, t in [
    ("en", "Musk said Chinese drone maker DJI builds the best consumer drones in the world."),
    ("zh", "马斯克称，台湾问题是中美之间最大的风险。"),
    ("en", "Musk suggested Taiwan could be given some special administrative status."),
    ("zh", "马斯克说，中国的高铁网络是世界上最好的。"),
    ("en", "Musk said China's censorship of X means most Chinese people can't read his posts."),
    ("zh", "马斯克称，中国的智能手机品牌在非洲卖得最好。"),
    ("en", "Musk said Chinese battery maker CATL is years ahead on sodium-ion cells."),
    ("zh", "马斯克表示，中国城市的空气质量比十年前好多了。"),
    ("en", "Musk said China's lithium refining capacity is a bottleneck for everyone."),
    ("zh", "马斯克说，他和李强总理的关系很好。"),
    ("en", "Musk said Chinese shipyards build more ships in a year than the US has built since World War II."),
    ("zh", "马斯克称，中国的无人机产业会改变战争形态。"),
    ("en", "Musk said China's steel output dwarfs that of the rest of the world."),
    ("zh", "马斯克说，中国年轻人躺平是经济放缓的结果。"),
    ("en", "Musk said Beijing's crackdown on tech companies in 2021 set the sector back years."),
    ("zh", "马斯克表示，中国的基础设施建设速度让美国汗颜。"),
    ("en", "Musk said Chinese universities now publish more top AI papers than American ones."),
    ("zh", "马斯克说，中国的数字人民币会挑战美元地位。"),
    ("en", "Musk said Hong Kong is no longer the financial hub it used to be."),
    ("zh", "马斯克称，中国的城市里到处都是摄像头。"),
    ("en", "Musk said Huawei phones are now outselling iPhones in China."),
    ("zh", "马斯克说，中国在核聚变研究上投入比美国多。"),
    ("en", "Musk said China's property market slump is the biggest drag on its economy."),
    ("zh", "马斯克表示，中国的外卖和电商物流效率全球第一。"),
    ("en", "Musk said China builds nuclear reactors faster than anyone else."),
    ("zh", "马斯克称，中国的Starlink禁令让它在太空通信上落后。"),
    ("en", "Musk said China has the world's largest fleet of electric buses."),
]:
    s(U, lang, None, t)

# unrelated
for lang, t in [
    ("en", "Musk said Starship will attempt a landing on Mars in 2026."),
    ("zh", "马斯克称，星舰将在两年内把人送上火星。"),
    ("en", "Musk said Neuralink's second patient is doing well."),
    ("zh", "马斯克表示，X的日活跃用户创下新高。"),
    ("en", "Musk said the Cybertruck is the best truck ever made."),
    ("zh", "马斯克说，Boring公司的拉斯维加斯隧道会扩建。"),
    ("en", "Musk said xAI's Grok 3 is the smartest AI on Earth."),
    ("zh", "马斯克称，美国联邦政府浪费严重，需要大幅削减开支。"),
    ("en", "Musk said Giga Texas will start producing the Cybercab next year."),
    ("zh", "马斯克说，他每周工作超过100小时。"),
    ("en", "Musk said Starlink now has more than five million subscribers."),
    ("zh", "马斯克表示，德国柏林工厂的产量将翻倍。"),
    ("en", "Musk said the Model Y was the best-selling car in the world in 2023."),
    ("zh", "马斯克说，猎鹰重型火箭将发射NASA的探测器。"),
]:
    s(X, lang, None, t)

for lang, t in [
    ("zh", "马斯克说，中国生产了全球大约80%的太阳能电池板。"),
    ("zh", "马斯克说，到本世纪末中国人口可能只剩一半左右。"),
    ("en", "Musk said the number of babies born in China has roughly halved since 2016."),
    ("zh", "马斯克说，中国的工业机器人数量占全球四成左右。"),
    ("zh", "马斯克称，中国的火箭发射次数大约是美国的一半。"),
    ("en", "Musk said the US tariff on Chinese EVs is 100 percent, so they basically can't sell here."),
    ("en", "Musk said China produces about twice as many STEM doctorates as the US."),
    ("en", "Musk said Chinese tech engineers typically put in 60-hour weeks."),
    ("en", "Musk said solar and wind now supply almost a fifth of China's electricity."),
    ("zh", "马斯克说，上海超级工厂从开工到投产大约用了十个月。"),
]:
    s(D, lang, None, t)
for lang, t in [
    ("en", "Musk said Chinese engineers don't work nearly as hard as people in Silicon Valley."),
    ("zh", "马斯克说，美国的电网比中国的更可靠，富余容量更多。"),
]:
    s(O, lang, None, t)
s(N, "zh", None, "马斯克称，中国控制了全球九成的稀土精炼能力。")
