# Authoring data for /work/blind/match_g/statements.jsonl
# (kind, lang, label-or-None, text)
# kinds: P paraphrase, C crosslingual, A partial, N different-number, O opposite-stance,
#        T same-topic-different-claim, U china-unanswered, X unrelated

S = [
# --- g-tesla-outsells-byd-evs
("P", "en", "g-tesla-outsells-byd-evs", "\"If you only count real electric cars, we still sell more than BYD does, worldwide,\" Musk said."),
("P", "zh", "g-tesla-outsells-byd-evs", "马斯克表示，只算纯电车的话，特斯拉在全球的销量依然压过比亚迪一头。"),
("P", "zh", "g-tesla-outsells-byd-evs", "马斯克在X上发帖：比亚迪的数字是靠混动车撑起来的，论纯电车，特斯拉全球依然第一。"),
("C", "en", "g-tesla-outsells-byd-evs", "Musk claimed Tesla still tops 比亚迪 in worldwide sales of battery-only cars."),
("A", "en", "g-tesla-outsells-byd-evs", "Musk said demand had been \"a bit soft\" this quarter, but insisted Tesla remains ahead of BYD worldwide in fully electric vehicles and that the cheaper Model Y would widen the gap."),
("N", "en", None, "Musk noted that in 2024 Tesla still delivered slightly more battery-electric cars than BYD, by roughly 25,000 units."),
("O", "en", None, "Musk conceded that BYD now sells more electric cars than Tesla and said Tesla's future lies in autonomy rather than volume."),
("T", "en", None, "Musk said BYD's cars are much lower quality than Tesla's and would not survive a proper crash test."),
("T", "zh", None, "马斯克称，比亚迪的海外销量增长主要靠在欧洲大幅降价。"),

# --- g-byd-profitable-only-from-subsidies
("P", "en", "g-byd-profitable-only-from-subsidies", "\"Take away the state money and BYD doesn't make a dime. That's the whole business model,\" Musk posted."),
("P", "zh", "g-byd-profitable-only-from-subsidies", "马斯克称，比亚迪的利润全靠北京的补贴撑着，没有补贴就赚不到钱。"),
("P", "en", "g-byd-profitable-only-from-subsidies", "Musk told analysts that BYD's earnings are \"basically a function of government support\", not of any real business advantage."),
("C", "en", "g-byd-profitable-only-from-subsidies", "Musk said 比亚迪 \"would not be profitable at all without Beijing's subsidies.\""),
("A", "zh", "g-byd-profitable-only-from-subsidies", "马斯克在财报电话会上谈到价格战时说，中国车企竞争力很强，“我觉得比亚迪能盈利，说到底还是靠政府补贴”，但他也承认对方的电池技术不错。"),
("O", "zh", None, "马斯克说，比亚迪的盈利靠的是真本事，不是补贴，它的垂直整合做得非常好。"),
("T", "en", None, "Musk said Chinese EV makers get cheap land and cheap loans from local governments that no Western carmaker can match."),
("T", "zh", None, "马斯克称，比亚迪每辆车的利润只有特斯拉的一半左右。"),

# --- g-chinese-carmakers-demolish-rivals
("P", "en", "g-chinese-carmakers-demolish-rivals", "\"Honestly, drop the trade barriers and the Chinese car companies will crush pretty much everybody else,\" Musk said."),
("P", "zh", "g-chinese-carmakers-demolish-rivals", "马斯克警告说，一旦取消关税壁垒，中国汽车企业会把全球其他车企几乎全部打垮。"),
("P", "en", "g-chinese-carmakers-demolish-rivals", "Musk: no tariffs = Chinese automakers wipe out most of the global car industry. That's just what happens."),
("C", "zh", "g-chinese-carmakers-demolish-rivals", "马斯克在电话会上说，如果不设贸易壁垒，中国车企\"will demolish most other car companies in the world\"。"),
("A", "en", "g-chinese-carmakers-demolish-rivals", "Musk called Chinese carmakers extremely good at cost and execution and said that, absent tariffs or other barriers, they would probably flatten most of their rivals around the world."),
("O", "en", None, "Musk said Western carmakers can hold their own against Chinese competition and that tariffs are not needed to protect them."),
("T", "en", None, "Musk said Chinese carmakers are the most competitive car companies in the world right now."),
("T", "zh", None, "马斯克表示，特斯拉将来最强的竞争对手会来自中国车企。"),

# --- g-tesla-top-ev-brand-china
("P", "en", "g-tesla-top-ev-brand-china", "Musk insisted that in China, Tesla still outsells every local EV brand."),
("P", "zh", "g-tesla-top-ev-brand-china", "马斯克声称，在中国市场，卖得最好的电动车品牌仍然是特斯拉。"),
("P", "zh", "g-tesla-top-ev-brand-china", "“在中国卖电动车，还是我们第一。”马斯克在一次采访中这样说。"),
("C", "en", "g-tesla-top-ev-brand-china", "Musk told reporters that Tesla remains China's No. 1 electric-car brand, ahead of 比亚迪 and 蔚来."),
("A", "en", "g-tesla-top-ev-brand-china", "Musk said the China market is \"super competitive\" and price cuts were necessary, adding that Tesla is probably still the biggest EV brand there."),
("T", "en", None, "Musk said the Model Y was the best-selling single car model in China last year."),
("O", "zh", None, "马斯克承认，特斯拉在中国的电动车销量已经被比亚迪远远甩在后面。"),
("N", "en", None, "Musk said Tesla is the best-selling EV brand in China's premium segment, among cars priced above 300,000 yuan."),

# --- g-china-grid-triple-us
("P", "en", "g-china-grid-triple-us", "\"China's going to be making something like three times our electricity before long,\" Musk said on a podcast."),
("P", "zh", "g-china-grid-triple-us", "马斯克说，过不了多久，中国的发电量就会是美国的三倍左右。"),
("P", "en", "g-china-grid-triple-us", "Musk on X: China electricity output will soon be ~3X USA."),
("C", "zh", "g-china-grid-triple-us", "马斯克在X上用英文发帖称，China's power generation will \"soon be 3x\" that of the US，引发热议。"),
("A", "en", "g-china-grid-triple-us", "Musk said AI will be limited first by electricity and then by transformers, and that China's power output is on track to hit roughly triple America's, which he called a serious problem for US competitiveness."),
("N", "en", None, "Musk said China already produces more than twice as much electricity as the United States."),
("N", "zh", None, "马斯克称，中国的发电量只比美国略多一点。"),
("O", "en", None, "Musk said the US will keep generating more electricity than China for the foreseeable future."),
("T", "en", None, "Musk said China is building far more electrical transformers than the US and that transformer shortages will choke American AI."),

# --- g-china-grid-no-shortages
("P", "en", "g-china-grid-no-shortages", "\"They just don't have blackouts in China. Their grid has tons of headroom,\" Musk said."),
("P", "zh", "g-china-grid-no-shortages", "马斯克说，中国从来不会缺电，电网的备用容量非常充足。"),
("P", "en", "g-china-grid-no-shortages", "Musk said China has never had to ration electricity because it always keeps lots of spare generating capacity."),
("C", "en", "g-china-grid-no-shortages", "Musk said that thanks to 国家电网 (State Grid), China \"never runs short of power\", unlike the US."),
("A", "zh", "g-china-grid-no-shortages", "马斯克在谈到数据中心用电时说，美国电网已经接近极限，而中国电网“我觉得基本上总有富余”，从来不用拉闸限电。"),
("T", "zh", None, "马斯克称，中国的特高压输电线路技术比美国先进得多。"),
("O", "en", None, "Musk said China's grid is fragile and can barely keep up with its factories' demand."),

# --- g-china-solar-more-than-rest-of-world
("P", "en", "g-china-solar-more-than-rest-of-world", "\"China puts up more solar in one year than everybody else on Earth combined,\" Musk said."),
("P", "zh", "g-china-solar-more-than-rest-of-world", "马斯克表示，中国一年装的光伏，比全世界其他国家加在一起还要多。"),
("P", "en", "g-china-solar-more-than-rest-of-world", "Musk: China's annual solar deployment now exceeds that of all other countries put together. Insane."),
("C", "zh", "g-china-solar-more-than-rest-of-world", "马斯克转发一张图表称 \"China installs more solar than the rest of the world combined\"，并说美国必须加快追赶。"),
("A", "en", "g-china-solar-more-than-rest-of-world", "Musk said the US needs to get serious about solar and batteries, noting that China is probably adding more solar each year than the rest of the world combined and also dominates panel making."),
("N", "en", None, "Musk said China installs about ten times as much solar as the United States every year."),
("N", "zh", None, "马斯克说，中国的太阳能累计装机已经占全世界的九成。"),
("O", "en", None, "Musk said China's solar boom is fading and that other countries now install more solar than China does."),
("T", "zh", None, "马斯克称，中国光伏板便宜到让美国厂商根本无法竞争。"),

# --- g-huawei-chips-match-nvidia
("P", "en", "g-huawei-chips-match-nvidia", "\"Huawei's AI chips are basically at parity with Nvidia's top stuff now,\" Musk said."),
("P", "zh", "g-huawei-chips-match-nvidia", "马斯克称，华为的AI芯片已经追平英伟达的顶级产品。"),
("P", "zh", "g-huawei-chips-match-nvidia", "马斯克认为，华为昇腾芯片的性能和英伟达最强的GPU不相上下。"),
("C", "en", "g-huawei-chips-match-nvidia", "Musk said Huawei's 昇腾 (Ascend) processors are \"every bit as good as\" Nvidia's best GPUs."),
("A", "en", "g-huawei-chips-match-nvidia", "Musk said he expects China to be very strong in AI, that electricity will be its big advantage, and that Huawei's chips are \"probably about as good as Nvidia's\" already."),
("N", "en", None, "Musk said Huawei's best AI chip delivers roughly 60 percent of the performance of Nvidia's H100."),
("O", "zh", None, "马斯克说，华为的芯片和英伟达相比差距还很大，至少落后好几年。"),
("T", "zh", None, "马斯克称，华为明年在中国的AI芯片出货量将超过英伟达。"),

# --- g-export-controls-failed-deepseek
("P", "en", "g-export-controls-failed-deepseek", "\"The chip ban obviously didn't work. Just look at DeepSeek,\" Musk said."),
("P", "zh", "g-export-controls-failed-deepseek", "马斯克说，DeepSeek的出现说明美国对华芯片禁令根本没起作用。"),
("P", "en", "g-export-controls-failed-deepseek", "Musk argued that restrictions on selling Nvidia chips to China have been a total flop, pointing to DeepSeek's latest model as proof."),
("C", "zh", "g-export-controls-failed-deepseek", "马斯克在X上回复称：\"Export controls failed. DeepSeek is the proof.\""),
("A", "en", "g-export-controls-failed-deepseek", "Musk said DeepSeek's model is impressive, that Chinese engineers are very talented, and that US export controls on chips have \"pretty obviously failed\"."),
("O", "en", None, "Musk said the export controls are working and are the main thing holding DeepSeek back."),
("T", "zh", None, "马斯克表示，美国应进一步收紧对华AI芯片出口，把H20也纳入禁令。"),

# --- g-deepseek-six-million-model
("P", "en", "g-deepseek-six-million-model", "\"DeepSeek trained a top-tier model for like six million bucks. That's the real story,\" Musk said."),
("P", "zh", "g-deepseek-six-million-model", "马斯克说，DeepSeek只花了区区六百来万美元就训练出了顶尖模型。"),
("P", "zh", "g-deepseek-six-million-model", "据报道，马斯克承认DeepSeek以大约600万美元的成本做出了前沿大模型。"),
("C", "en", "g-deepseek-six-million-model", "Musk said the 深度求索 team built a frontier-level model \"for about $6 million\"."),
("A", "en", "g-deepseek-six-million-model", "Musk said open-source models are catching up fast, that DeepSeek apparently built its model for roughly six million dollars, and that US labs are overspending massively."),
("O", "en", None, "Musk dismissed DeepSeek's cost figures, saying the company obviously spent far more than it admits."),
("N", "en", None, "Musk said DeepSeek has spent around $6 billion on building its AI models so far."),
("N", "zh", None, "马斯克称，DeepSeek训练模型只花了不到一百万美元。"),

# --- g-deepseek-50000-h100s
("P", "en", "g-deepseek-50000-h100s", "Musk agreed that DeepSeek is sitting on roughly fifty thousand H100s that it can't talk about."),
("P", "zh", "g-deepseek-50000-h100s", "马斯克认为，DeepSeek手里其实偷偷囤了大约五万张H100。"),
("C", "zh", "g-deepseek-50000-h100s", "对于“DeepSeek has about 50,000 H100s”的说法，马斯克回复了一句“Obviously”，表示认同。"),
("C", "en", "g-deepseek-50000-h100s", "Musk said DeepSeek, the lab backed by 幻方量化, really has around 50,000 Nvidia H100 GPUs hidden away."),
("A", "zh", "g-deepseek-50000-h100s", "马斯克说DeepSeek的模型确实不错，但他估计对方“大概有五万块H100”，只是因为出口管制不能公开承认。"),
("N", "en", None, "Musk said DeepSeek has about 10,000 H100s, acquired before the export rules were tightened."),
("N", "zh", None, "马斯克称，DeepSeek拥有多达五十万块英伟达GPU。"),
("T", "en", None, "Musk said DeepSeek smuggled its Nvidia GPUs into China through Singapore."),

# --- g-china-ai-years-behind
("P", "en", "g-china-ai-years-behind", "\"China's AI is still a good few years behind ours,\" Musk said in an interview."),
("P", "zh", "g-china-ai-years-behind", "马斯克表示，中国的人工智能水平比美国落后好几年。"),
("C", "en", "g-china-ai-years-behind", "Musk said Chinese labs such as 阿里 and 字节跳动 are \"years behind\" the leading US AI labs."),
("C", "zh", "g-china-ai-years-behind", "马斯克在采访中说，Chinese AI labs are \"years behind\" OpenAI 和 xAI。"),
("A", "en", "g-china-ai-years-behind", "Musk said xAI would have the most powerful model by year-end, that Google is its main rival, and that China is \"probably two or three years behind\" in AI."),
("O", "en", None, "Musk said Chinese AI models are now only a few months behind the best American ones."),
("N", "zh", None, "马斯克说，中国AI比美国落后大约半年。"),
("T", "zh", None, "马斯克说，五年之内中国的AI算力总量将超过美国。"),

# --- g-giga-shanghai-half-tesla-output
("P", "en", "g-giga-shanghai-half-tesla-output", "\"Shanghai builds over half our cars,\" Musk said, crediting the plant's workforce."),
("P", "zh", "g-giga-shanghai-half-tesla-output", "马斯克表示，特斯拉一半以上的车都是上海工厂造出来的。"),
("C", "en", "g-giga-shanghai-half-tesla-output", "Musk said 上海超级工厂 now accounts for more than 50% of Tesla's vehicle output."),
("C", "zh", "g-giga-shanghai-half-tesla-output", "马斯克在股东大会上说：\"Giga Shanghai makes more than half of our cars.\""),
("A", "zh", "g-giga-shanghai-half-tesla-output", "马斯克盛赞上海团队效率高、供应链完善，并说上海工厂的产量“大概已经超过特斯拉总产量的一半”。"),
("N", "en", None, "Musk said Giga Shanghai produces about a quarter of all Tesla vehicles."),
("N", "zh", None, "马斯克称，上海工厂现在每年能生产200万辆车。"),
("T", "zh", None, "马斯克称，上海超级工厂是特斯拉效率最高的工厂，生产线节拍最快。"),

# --- g-giga-shanghai-no-state-help
("P", "en", "g-giga-shanghai-no-state-help", "\"We got zero help from the Chinese government on Shanghai. We did it ourselves,\" Musk said."),
("P", "zh", "g-giga-shanghai-no-state-help", "马斯克说，上海工厂是特斯拉自己建起来的，中国政府一点忙都没帮。"),
("C", "zh", "g-giga-shanghai-no-state-help", "马斯克说，Giga Shanghai 的建设“没有拿中国政府任何补贴或优惠”。"),
("C", "en", "g-giga-shanghai-no-state-help", "Musk said Tesla built its 临港 factory without any support from Beijing or the Shanghai government."),
("A", "en", "g-giga-shanghai-no-state-help", "Musk recalled the Shanghai plant going up at record speed, praised the construction crews, and said the company \"didn't get any special treatment\" or help from Chinese officials."),
("T", "en", None, "Musk said Giga Shanghai went from bare land to building cars in less than a year."),
("O", "zh", None, "马斯克感谢上海市政府的大力支持，称没有当地政府的帮助就不会有上海工厂。"),
("T", "zh", None, "马斯克表示，特斯拉上海储能超级工厂的Megapack将主要出口欧洲和澳大利亚。"),

# --- g-chinese-workers-3am-oil
("P", "en", "g-chinese-workers-3am-oil", "\"Over there people are still grinding at three in the morning. Here, folks are trying to figure out how not to come in,\" Musk said of China."),
("P", "zh", "g-chinese-workers-3am-oil", "马斯克称，中国人半夜三点还在加班，美国人却总想着少干点活。"),
("C", "en", "g-chinese-workers-3am-oil", "Musk praised 中国工人's work ethic, saying they toil through the night while US workers look for excuses to stay home."),
("C", "zh", "g-chinese-workers-3am-oil", "马斯克说，中国工人在 \"burning the 3am oil\"，而美国人在 \"trying to avoid work\"。"),
("A", "en", "g-chinese-workers-3am-oil", "Musk said China has a lot of very smart, hardworking people, that the US risks complacency, and that Chinese factory staff work into the small hours while Americans try to dodge the job."),
("T", "en", None, "Musk said Chinese engineers are the smartest engineers in the world."),
("O", "zh", None, "马斯克说，中国工人的勤奋被夸大了，美国工人一点也不比他们差。"),

# --- g-china-mines-all-rare-earths
("P", "en", "g-china-mines-all-rare-earths", "\"Pretty much every rare earth on the planet comes out of a Chinese mine,\" Musk said."),
("P", "zh", "g-china-mines-all-rare-earths", "马斯克表示，全世界的稀土基本上都是从中国的矿里挖出来的。"),
("C", "en", "g-china-mines-all-rare-earths", "Musk said China \"digs up essentially all\" of the world's 稀土."),
("A", "zh", "g-china-mines-all-rare-earths", "马斯克谈到供应链风险时说，锂的瓶颈在于精炼，而稀土“几乎百分之百是中国开采的”。"),
("N", "en", None, "Musk said China mines about two-thirds of the world's rare earths."),
("N", "zh", None, "马斯克说，中国控制着全球约九成的稀土精炼产能。"),
("O", "zh", None, "马斯克说，稀土在世界各地都能开采，中国开采的份额其实并不大。"),
("T", "en", None, "Musk said rare earths are actually not rare at all and can be found almost everywhere."),

# --- g-tesla-motors-no-rare-earths
("P", "en", "g-tesla-motors-no-rare-earths", "\"The China rare earth thing isn't really our problem. Tesla motors don't use them,\" Musk said."),
("P", "zh", "g-tesla-motors-no-rare-earths", "马斯克称，中国限制稀土出口影响不到特斯拉，因为特斯拉的电机根本用不着稀土。"),
("C", "en", "g-tesla-motors-no-rare-earths", "Musk shrugged off Beijing's 稀土出口管制, saying Tesla's motors need no rare-earth magnets."),
("C", "zh", "g-tesla-motors-no-rare-earths", "马斯克称，特斯拉的 drive units 不依赖 rare earth magnets，所以中国的出口管制对特斯拉没有影响。"),
("A", "en", "g-tesla-motors-no-rare-earths", "Musk said tariffs are a headwind and supply chains are \"complicated\", but that China's rare-earth restrictions won't hurt Tesla because its motors don't rely on rare earths."),
("O", "en", None, "Musk said China's licensing of rare-earth magnets is holding up Optimus production."),
("T", "zh", None, "马斯克表示，特斯拉下一代电机将完全不使用稀土。"),

# --- g-china-robot-density-beats-us
("P", "en", "g-china-robot-density-beats-us", "\"China's factories have more robots per worker than ours now,\" Musk said."),
("P", "zh", "g-china-robot-density-beats-us", "马斯克说，按工人人均算，中国工厂的机器人已经比美国多了。"),
("C", "en", "g-china-robot-density-beats-us", "Musk said China's manufacturing 机器人密度 has overtaken America's."),
("C", "zh", "g-china-robot-density-beats-us", "马斯克表示，China's \"robot density\" 已经超过美国。"),
("A", "en", "g-china-robot-density-beats-us", "Musk said Optimus will be the biggest product ever, warned that China is automating very fast, and said China \"now probably has more robots per factory worker than the US\"."),
("N", "en", None, "Musk said China has ten times as many factory robots per worker as the US."),
("O", "zh", None, "马斯克说，中国工厂的自动化程度远不如美国，主要还是靠人工。"),

# --- g-china-installs-half-world-robots
("P", "en", "g-china-installs-half-world-robots", "\"China is putting in more industrial robots than every other country combined,\" Musk said."),
("P", "zh", "g-china-installs-half-world-robots", "马斯克表示，中国每年新装的工业机器人数量超过世界其他国家的总和。"),
("C", "en", "g-china-installs-half-world-robots", "Musk said China alone installs more 工业机器人 than the rest of the world put together."),
("C", "zh", "g-china-installs-half-world-robots", "马斯克发帖称 \"China installs more industrial robots than everyone else combined\"。"),
("A", "zh", "g-china-installs-half-world-robots", "马斯克说人形机器人的主要竞争对手来自中国，还提到中国安装的工业机器人可能比全球其他地方加起来都多。"),
("N", "en", None, "Musk said China installs about a fifth of the world's new industrial robots each year."),
("T", "en", None, "Musk said Chinese companies like Unitree will be Optimus's toughest competitors."),
("T", "zh", None, "马斯克称，中国产的人形机器人价格只有Optimus的一半。"),

# --- g-china-no-reusable-rockets
("P", "en", "g-china-no-reusable-rockets", "\"China isn't even attempting reusability. They just throw the rockets away,\" Musk said."),
("P", "zh", "g-china-no-reusable-rockets", "马斯克说，中国压根就没打算搞可重复使用的火箭。"),
("C", "en", "g-china-no-reusable-rockets", "Musk said China's rocket makers, from CASC to 蓝箭航天, are \"not even trying\" to make boosters reusable."),
("A", "zh", "g-china-no-reusable-rockets", "马斯克谈到星舰时说，SpaceX领先所有人，而“中国好像根本没在做可回收火箭”。"),
("N", "en", None, "Musk said China is about five years behind SpaceX in rocket reusability."),
("O", "zh", None, "马斯克说，中国的可回收火箭进展很快，很可能很快就会实现助推器回收。"),
("T", "zh", None, "马斯克称，中国的新型火箭基本上都是照抄猎鹰9号的设计。"),

# --- g-spacex-outlaunches-china
("P", "en", "g-spacex-outlaunches-china", "\"We launch more than the entire country of China does. Every single year,\" Musk said."),
("P", "zh", "g-spacex-outlaunches-china", "马斯克说，SpaceX一家公司的年发射次数就比整个中国还多。"),
("C", "zh", "g-spacex-outlaunches-china", "马斯克在X上写道，SpaceX alone does more orbital launches than China。"),
("C", "en", "g-spacex-outlaunches-china", "Musk said SpaceX flies more rockets every year than 中国航天 as a whole."),
("A", "en", "g-spacex-outlaunches-china", "Musk said SpaceX would launch more than 170 times this year, that Starship will change everything, and that SpaceX by itself out-launches China."),
("N", "zh", None, "马斯克说，SpaceX一年的发射次数是中国的十倍。"),
("T", "zh", None, "马斯克说，SpaceX送入轨道的载荷质量占全球的九成。"),
("O", "en", None, "Musk warned that China will soon launch more rockets each year than SpaceX."),

# --- g-tiktok-ban-violates-free-speech
("P", "en", "g-tiktok-ban-violates-free-speech", "\"Banning TikTok would be against free speech, period,\" Musk posted."),
("P", "zh", "g-tiktok-ban-violates-free-speech", "马斯克表示，封禁TikTok违背言论自由的原则。"),
("C", "en", "g-tiktok-ban-violates-free-speech", "Musk said banning 抖音's international twin TikTok in the US would be \"contrary to freedom of speech and expression\"."),
("A", "zh", "g-tiktok-ban-violates-free-speech", "马斯克说他不支持在美国封禁TikTok，尽管这可能对X有利，但他认为“这样做违背言论自由”。"),
("T", "en", None, "Musk said he has no interest in buying TikTok."),
("O", "zh", None, "马斯克表示，出于国家安全考虑，美国应该封禁TikTok。"),
("T", "zh", None, "马斯克称，TikTok的推荐算法实际上受北京控制。"),

# --- g-taiwan-like-hawaii
("P", "en", "g-taiwan-like-hawaii", "\"Taiwan belongs to China the same way Hawaii belongs to us. It's not that complicated,\" Musk said."),
("P", "zh", "g-taiwan-like-hawaii", "马斯克称，台湾之于中国，就像夏威夷之于美国，本来就是一体的。"),
("C", "en", "g-taiwan-like-hawaii", "Musk compared 台湾 to Hawaii, saying the island is simply part of China the way Hawaii is part of the US."),
("A", "zh", "g-taiwan-like-hawaii", "马斯克谈到中美关系时说双方应避免冲突，并表示“台湾是中国的一部分，和夏威夷之于美国差不多”。"),
("O", "en", None, "Musk said Taiwan is a sovereign country and should be defended."),
("T", "zh", None, "马斯克表示，一旦台海发生冲突，全球电子产品供应链将陷入瘫痪。"),

# --- g-taiwan-special-zone-palatable
("P", "en", "g-taiwan-special-zone-palatable", "Musk suggested that turning Taiwan into a special administrative region of China could be a deal both sides can live with."),
("P", "zh", "g-taiwan-special-zone-palatable", "马斯克建议，可以为台湾设立一个特别行政区，这样的安排“大家应该都能接受”。"),
("C", "en", "g-taiwan-special-zone-palatable", "Musk said a 特别行政区 arrangement for Taiwan, \"more lenient than Hong Kong\", would be a reasonable compromise."),
("A", "zh", "g-taiwan-special-zone-palatable", "马斯克说他估计台海问题最终会以某种方式解决，“我想特别行政区式的安排大概还算可以接受”，但强调这只是个人看法。"),
("O", "en", None, "Musk said Taiwan should never agree to become a special administrative region of China."),
("T", "zh", None, "马斯克称，北京已经要求他不要在台湾提供星链服务。"),

# --- g-china-population-halves-by-2100
("P", "en", "g-china-population-halves-by-2100", "\"China's population is going to drop by about half by 2100. People don't get it,\" Musk said."),
("P", "zh", "g-china-population-halves-by-2100", "马斯克说，到2100年，中国人口可能只剩现在的一半左右。"),
("C", "en", "g-china-population-halves-by-2100", "Citing 联合国 projections, Musk said China will have only about half as many people by the end of the century."),
("A", "zh", "g-china-population-halves-by-2100", "马斯克又一次谈到人口危机，称日本、意大利和中国的出生率都低得惊人，“中国人口到本世纪末可能会减少一半”。"),
("N", "en", None, "Musk said China's population will halve by 2050."),
("N", "zh", None, "马斯克称，到本世纪末中国人口将减少百分之九十。"),
("T", "zh", None, "马斯克说，中国人口已经见顶，并且开始减少了。"),

# --- g-china-lowest-birth-rate
("P", "en", "g-china-lowest-birth-rate", "\"China's birth rate is the lowest anywhere on Earth,\" Musk said."),
("P", "zh", "g-china-lowest-birth-rate", "马斯克声称，中国的出生率在全球垫底。"),
("C", "en", "g-china-lowest-birth-rate", "Musk said China's 生育率 is the lowest of any country in the world."),
("C", "zh", "g-china-lowest-birth-rate", "马斯克在X上写道：\"China has the lowest birth rate in the world.\""),
("A", "en", "g-china-lowest-birth-rate", "Musk said population collapse is the biggest danger to civilization, that Europe and Japan are in trouble too, and that China now has the lowest birth rate in the world."),
("T", "en", None, "Musk said South Korea has the lowest birth rate in the world, with China not far behind."),
("N", "zh", None, "马斯克称，中国的总和生育率大约只有1.0。"),

# --- g-china-blocks-tesla-fsd
("P", "en", "g-china-blocks-tesla-fsd", "\"China just won't allow FSD. Full stop,\" Musk said."),
("P", "zh", "g-china-blocks-tesla-fsd", "马斯克说，中国方面完全不允许特斯拉推送FSD。"),
("C", "en", "g-china-blocks-tesla-fsd", "Musk said Beijing's regulators will not let Tesla roll out 完全自动驾驶 in China at all."),
("A", "en", "g-china-blocks-tesla-fsd", "Musk said Tesla is doing well in Europe although approvals there are slow, and that in China FSD is \"simply not allowed\"."),
("T", "en", None, "Musk said Tesla can't train its FSD models on Chinese data because the data has to stay inside China."),
("N", "zh", None, "马斯克表示，中国将在今年年底前批准FSD全面上线。"),
("O", "zh", None, "马斯克称，中国对FSD的审批非常开放，特斯拉很快就能全面推出。"),

# --- g-china-manufacturing-triple-us
("P", "en", "g-china-manufacturing-triple-us", "\"China's manufacturing output is like three times ours,\" Musk said."),
("P", "zh", "g-china-manufacturing-triple-us", "马斯克表示，中国的制造业产值大约是美国的三倍。"),
("C", "en", "g-china-manufacturing-triple-us", "Musk said China's 制造业 output is roughly triple America's."),
("A", "zh", "g-china-manufacturing-triple-us", "马斯克在谈到关税时说，美国在制造业上需要追赶，“中国的制造业规模大概是我们的三倍”，短期内无法替代。"),
("N", "zh", None, "马斯克表示，中国的制造业产出大约是美国的两倍。"),
("N", "zh", None, "马斯克说，中国制造业产值是美国的十倍。"),
("O", "en", None, "Musk said US manufacturing output is still bigger than China's."),

# --- g-china-batteries-half-price
("P", "en", "g-china-batteries-half-price", "\"Chinese cells cost half what American ones do,\" Musk said."),
("P", "zh", "g-china-batteries-half-price", "马斯克称，中国电池的价格只有美国造电池的一半。"),
("C", "en", "g-china-batteries-half-price", "Musk said cells from 宁德时代 and other Chinese makers sell for about 50% less than US-made cells."),
("A", "en", "g-china-batteries-half-price", "Musk said battery supply is a constraint for Megapack, that Tesla still buys a lot of cells from China, and that Chinese cells are about half the price of American ones."),
("N", "zh", None, "马斯克称，中国电芯比美国产的便宜两成左右。"),
("T", "zh", None, "马斯克说，宁德时代和比亚迪生产了全球大部分的动力电池。"),

# --- g-china-far-behind-robotaxis
("P", "en", "g-china-far-behind-robotaxis", "\"On robotaxis, China isn't even close to us,\" Musk said."),
("P", "zh", "g-china-far-behind-robotaxis", "马斯克说，在自动驾驶出租车方面，中国和美国根本不在一个档次。"),
("C", "en", "g-china-far-behind-robotaxis", "Musk said 百度's robotaxis and other Chinese efforts are \"nowhere near\" what Waymo and Tesla are doing."),
("A", "zh", "g-china-far-behind-robotaxis", "马斯克表示，特斯拉Robotaxi明年会大规模铺开，Waymo成本太高，而中国在无人驾驶出租车领域“远远落后于美国”。"),
("O", "en", None, "Musk said Chinese robotaxi companies are already ahead of Waymo."),
("T", "zh", None, "马斯克称，百度萝卜快跑的单车成本只有Waymo的五分之一。"),

# --- china-unanswered (no rebuttal on this subject)
("U", "en", None, "Musk said DJI makes the best consumer drones in the world and the US should not ban them."),
("U", "zh", None, "马斯克表示，大疆的无人机是全世界最好的，美国不应该封禁。"),
("U", "en", None, "Musk said China's high-speed rail network is the most impressive infrastructure project on Earth."),
("U", "zh", None, "马斯克称，中国的高铁网络是世界上最令人惊叹的基础设施。"),
("U", "en", None, "Musk said Xiaomi's SU7 is a genuinely impressive car and Xiaomi deserves credit."),
("U", "zh", None, "马斯克评价小米SU7“确实很不错”，称雷军值得尊重。"),
("U", "en", None, "Musk said X is blocked in China but a lot of Chinese users still reach it through VPNs."),
("U", "zh", None, "马斯克说，X在中国被屏蔽，但仍有很多中国用户通过VPN使用。"),
("U", "en", None, "Musk said China is far ahead of everyone in building nuclear power plants, including thorium reactors."),
("U", "zh", None, "马斯克称，中国正在建设的核电站数量超过世界其他国家的总和。"),
("U", "en", None, "Musk said Chinese smartphone makers like Huawei and Xiaomi could overtake Apple within a few years."),
("U", "zh", None, "马斯克表示，华为手机的国产化芯片证明制裁并没有压垮华为的手机业务。"),
("U", "en", None, "Musk said Chinese shipyards can build ships far faster and cheaper than American ones."),
("U", "zh", None, "马斯克称，中国的造船能力是美国的两百倍。"),
("U", "en", None, "Musk said he met Premier Li Qiang in Beijing and found him thoughtful and pragmatic."),
("U", "zh", None, "马斯克称，他与李强总理的会面非常愉快，对方很务实。"),
("U", "en", None, "Musk said China's steel output dwarfs that of every other country."),
("U", "zh", None, "马斯克说，中国的钢铁产量超过世界其他国家的总和。"),
("U", "en", None, "Musk said Chinese cities like Shenzhen feel like they are living in the future."),
("U", "zh", None, "马斯克称，中国的城市基础设施让美国看起来像第三世界国家。"),
("U", "en", None, "Musk said the Chinese government is much more focused on long-term planning than Washington is."),
("U", "zh", None, "马斯克说，中国的锂电池回收产业规模已经远超美国。"),
("U", "en", None, "Musk said China's Chang'e missions to the far side of the Moon were a remarkable achievement."),
("U", "zh", None, "马斯克表示，中国的空间站很可能会成为2030年后近地轨道上唯一的空间站。"),
("U", "en", None, "Musk said Chinese companies dominate the global supply of lithium refining."),
("U", "zh", None, "马斯克称，中国在建的数据中心将让美国的AI产业面临电力之外的另一个挑战——冷却水。"),
("U", "en", None, "Musk said Chinese tourists and students are welcome in America and the visa crackdown is a mistake."),
("U", "zh", None, "马斯克说，中国学生在美国读完理工科博士后应该直接拿到绿卡。"),

# --- unrelated
("X", "en", None, "Musk said Starship will attempt its first uncrewed landing on Mars in 2026."),
("X", "zh", None, "马斯克表示，星舰将在2026年尝试首次无人登陆火星。"),
("X", "en", None, "Musk said the Cybertruck is the toughest vehicle Tesla has ever built."),
("X", "zh", None, "马斯克称，Cybertruck是特斯拉造过的最结实的车。"),
("X", "en", None, "Musk said Neuralink's third patient is already controlling a computer with his thoughts."),
("X", "zh", None, "马斯克说，Neuralink的第三位患者已经能用意念控制电脑。"),
("X", "en", None, "Musk said Grok 5 has a real chance of reaching AGI."),
("X", "zh", None, "马斯克称，Grok 5有可能实现通用人工智能。"),
("X", "en", None, "Musk said The Boring Company's Vegas Loop will carry millions of passengers a year."),
("X", "zh", None, "马斯克说，德州超级工厂将成为全球最大的汽车工厂。"),
("X", "en", None, "Musk said Starlink now has more than six million subscribers worldwide."),
("X", "zh", None, "马斯克表示，星链已覆盖全球一百多个国家和地区。"),
("X", "en", None, "Musk said federal spending must be cut drastically or the US will go bankrupt."),
("X", "zh", None, "马斯克称，美国联邦政府的开支必须大幅削减，否则国家将破产。"),
# --- added zh items (rebalance)
("C", "zh", "g-china-mines-all-rare-earths", "马斯克称，全世界的 rare earths \"basically all\" 都是在中国的矿里挖出来的。"),
("C", "zh", "g-china-far-behind-robotaxis", "马斯克说，Baidu 的 robotaxi 跟 Waymo 比 \"not even close\"，中国在无人出租车上远远落后于美国。"),
("O", "zh", None, "马斯克说，中国新装的工业机器人其实只占全球很小一部分，远不如日本和美国。"),
("O", "zh", None, "马斯克说，中国的生育率其实还算正常，所谓人口危机被夸大了。"),
("O", "zh", None, "马斯克承认，中国每年的火箭发射次数已经超过了SpaceX。"),
("O", "zh", None, "马斯克表示，出口管制确实卡住了中国AI的脖子，DeepSeek也严重缺卡。"),
("N", "zh", None, "马斯克说，上海工厂只占特斯拉全球产量的一小部分，大头在德州和加州工厂。"),
("T", "zh", None, "马斯克说，比亚迪的刀片电池安全性其实不如特斯拉用的电池。"),
("T", "zh", None, "马斯克表示，中国的工业电价只有美国的一半左右，这对建数据中心是巨大优势。"),
("T", "zh", None, "马斯克称，DeepSeek的模型是用OpenAI的输出数据蒸馏出来的。"),
("T", "zh", None, "马斯克表示，中国开源模型的下载量已经超过了美国模型。"),
("T", "zh", None, "马斯克称，中国的千帆星座永远追不上星链。"),
("T", "zh", None, "马斯克说，台积电迟早会把最先进的制程全部搬到美国。"),
("T", "zh", None, "马斯克称，华为的智能驾驶系统已经和特斯拉FSD一样好。"),
]
