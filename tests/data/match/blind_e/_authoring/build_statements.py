"""Builds ../statements.jsonl from the hand-written list below.

Each entry: (kind, lang, [rebuttal keys], text). Order is shuffled with a fixed
seed before ids e001... are assigned, so neighbours are not adjacent by id.
"""

import collections
import json
import pathlib
import random

import yaml

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "statements.jsonl"

K = {
    "byd_sales": "e-byd-outsold-tesla-bevs-2024",
    "byd_quality": "e-byd-cars-worse-quality-than-tesla",
    "byd_subsidy": "e-byd-profits-only-from-subsidies",
    "pricewar": "e-tesla-did-not-start-china-price-war",
    "sh_half": "e-giga-shanghai-builds-half-of-teslas",
    "sh_help": "e-giga-shanghai-no-chinese-state-help",
    "lfp": "e-lfp-invented-in-china",
    "batt_price": "e-chinese-battery-packs-half-us-price",
    "windsolar": "e-china-power-mostly-wind-and-solar",
    "elec3x": "e-china-electricity-three-times-us",
    "blackout": "e-china-grid-never-has-blackouts",
    "solar_eff": "e-china-solar-cheap-purely-from-efficiency",
    "ds_cost": "e-deepseek-trained-for-6-million",
    "ds_gpu": "e-deepseek-secretly-has-50000-h100s",
    "ai_behind": "e-chinese-ai-years-behind-us",
    "mate60": "e-mate60-proves-chip-sanctions-failed",
    "re_mine": "e-china-mines-almost-all-rare-earths",
    "re_refine": "e-no-rare-earth-refining-outside-china-for-decades",
    "robots_inst": "e-china-installs-more-robots-than-rest-of-world",
    "robot_density": "e-china-has-highest-robot-density",
    "launches": "e-china-launches-more-rockets-than-us",
    "starlink_rival": "e-china-has-nothing-like-starlink",
    "taiwan_hawaii": "e-taiwan-part-of-china-like-hawaii",
    "taiwan_starlink": "e-taiwan-government-keeps-starlink-out",
    "tiktok": "e-tiktok-ban-only-about-censorship",
    "pop_decade": "e-china-population-falling-for-a-decade",
    "births": "e-china-births-halved-since-2016",
    "fertility": "e-china-has-lowest-fertility-in-world",
    "mfg10x": "e-china-manufacturing-ten-times-us",
    "robotaxi": "e-baidu-robotaxis-more-rides-than-waymo",
    "eu_tariff": "e-eu-ev-tariffs-as-high-as-us",
    "tesla_tariff": "e-eu-taxes-tesla-china-cars-like-chinese-brands",
}

P, C, PA = "paraphrase", "crosslingual", "partial"
DN, OS, ST = "different-number", "opposite-stance", "same-topic-different-claim"
CU, UN = "china-unanswered", "unrelated"

S = [
    # ---------------- BYD vs Tesla sales 2024
    (P, "en", ["byd_sales"], "Musk conceded that BYD beat Tesla on fully electric car sales in 2024."),
    (P, "zh", ["byd_sales"], "马斯克坦言：“2024年全年，比亚迪卖出的纯电动车比我们多。”"),
    (P, "en", ["byd_sales"], "'Yeah, BYD sold more EVs than us in '24 - fully electric, not counting their hybrids,' Musk told the podcast host."),
    (C, "zh", ["byd_sales"], "马斯克在X上回复称“BYD out-sold Tesla on pure EVs in 2024”，承认比亚迪2024年纯电车销量领先。"),
    (PA, "en", ["byd_sales"], "Musk said Chinese competition is brutal, that BYD passed Tesla in pure electric sales over 2024 as a whole, and that Tesla has to win on autonomy to stay ahead."),
    (DN, "en", [], "Musk acknowledged that BYD sold more battery-electric cars than Tesla in the last quarter of 2024."),
    (DN, "zh", [], "马斯克预测，2025年比亚迪的纯电销量将是特斯拉的两倍以上。"),
    (OS, "en", [], "Musk insisted Tesla was still the world's biggest seller of pure electric cars for 2024 as a whole."),
    (ST, "zh", [], "马斯克表示，比亚迪在欧洲的销量增长速度惊人。"),
    (ST, "en", [], "Musk said BYD's plug-in hybrids, not its pure EVs, are what really drive its sales numbers."),

    # ---------------- BYD quality
    (P, "en", ["byd_quality"], "Musk said BYD cars just aren't built as well as a Tesla: 'the quality isn't there.'"),
    (P, "zh", ["byd_quality"], "马斯克说，比亚迪的车做工和品质都比不上特斯拉。"),
    (C, "en", ["byd_quality"], "Asked about 比亚迪 (BYD), Musk said their cars are cheap for a reason and the build quality falls short of a Tesla's."),
    (C, "zh", ["byd_quality"], "马斯克接受采访时用英文说，BYD的车“not as well made as a Tesla”，意指其品质不如特斯拉。"),
    (PA, "zh", ["byd_quality"], "马斯克表示，比亚迪价格确实便宜、销量也很大，但他认为在质量上跟特斯拉还有差距。"),
    (OS, "en", [], "Musk said BYD's cars are every bit as well built as a Tesla these days."),
    (OS, "zh", [], "马斯克称赞比亚迪的造车质量，说已经完全不输特斯拉。"),
    (ST, "en", [], "Musk said BYD's cars are boring to drive compared with a Tesla."),
    (ST, "zh", [], "马斯克称，比亚迪的智能驾驶软件远远落后于特斯拉的FSD。"),

    # ---------------- BYD subsidies
    (P, "en", ["byd_subsidy"], "Take away the government money and BYD would be losing money, Musk suggested."),
    (P, "zh", ["byd_subsidy"], "马斯克称，比亚迪之所以赚钱，全靠中国政府的补贴撑着。"),
    (P, "en", ["byd_subsidy"], "Musk: 'BYD's profits? That's basically Beijing's money.'"),
    (C, "zh", ["byd_subsidy"], "马斯克在播客中说“BYD wouldn't be profitable without subsidies”，暗指比亚迪的盈利依赖政府补贴。"),
    (PA, "en", ["byd_subsidy"], "Musk said Chinese carmakers are tough competitors, though he added that BYD's profitability is propped up entirely by state subsidies."),
    (DN, "en", [], "Musk said BYD received around two billion euros in direct state subsidies in 2022."),
    (OS, "en", [], "Musk said BYD would still be profitable even if every subsidy disappeared tomorrow."),
    (ST, "en", [], "Musk said BYD is the most vertically integrated carmaker in the world, making its own chips and batteries."),
    (ST, "zh", [], "马斯克称，比亚迪靠不断降价在中国市场打压竞争对手。"),

    # ---------------- Tesla and the China price war
    (P, "en", ["pricewar"], "Musk said the price war in China wasn't Tesla's doing: 'we just responded to the market.'"),
    (P, "zh", ["pricewar"], "马斯克称，中国的电动车价格战不是特斯拉挑起的。"),
    (C, "en", ["pricewar"], "On the 价格战 in China's car market, Musk told analysts Tesla 'didn't start it' and merely followed local brands' cuts."),
    (C, "zh", ["pricewar"], "马斯克在财报电话会上说：“We did not start the price war in China.”"),
    (PA, "zh", ["pricewar"], "马斯克表示，中国市场竞争极其激烈、利润率承压，而且价格战并不是特斯拉发起的，特斯拉只是被动应对。"),
    (OS, "en", [], "Musk admitted Tesla fired the first shot in China's price war with its January 2023 cuts."),
    (DN, "en", [], "Musk said Tesla cut its China prices by more than 10% on some models in early 2023."),
    (ST, "en", [], "Musk warned that China's EV price war will leave only a handful of carmakers standing."),
    (ST, "zh", [], "马斯克称，特斯拉在中国推出的零息贷款比直接降价更有效。"),

    # ---------------- Giga Shanghai share of output
    (P, "en", ["sh_half"], "Musk said more than half of the cars Tesla delivers now come out of Shanghai."),
    (P, "zh", ["sh_half"], "马斯克表示，特斯拉一半以上的车都是上海超级工厂造的。"),
    (P, "en", ["sh_half"], "'Shanghai is over 50% of our output,' Musk said of the Chinese plant."),
    (C, "zh", ["sh_half"], "马斯克称赞Giga Shanghai是“our most productive factory”，并称特斯拉过半的交付量都来自这里。"),
    (PA, "zh", ["sh_half"], "马斯克说，上海工厂效率最高、员工最拼，特斯拉全球交付的车辆中超过一半出自上海。"),
    (DN, "en", [], "Musk said the Shanghai plant can crank out close to a million cars a year."),
    (ST, "zh", [], "马斯克称，上海工厂每30秒左右就能下线一辆Model Y。"),
    (ST, "en", [], "Musk said Tesla's Shanghai Megafactory will start shipping Megapacks abroad next year."),

    # ---------------- Giga Shanghai and state help
    (P, "en", ["sh_help"], "Musk said Tesla built the Shanghai plant 'on our own dime, no help from the government.'"),
    (P, "zh", ["sh_help"], "马斯克称，特斯拉建上海工厂没拿过中国政府一分钱的帮助。"),
    (C, "en", ["sh_help"], "Musk insisted Tesla got no help or special treatment from 上海市政府 when it built Giga Shanghai."),
    (C, "zh", ["sh_help"], "马斯克表示：“Nobody in China gave us a handout for Giga Shanghai.”"),
    (PA, "en", ["sh_help"], "Musk said the Shanghai factory went up fast and that Tesla did it without any support from Chinese authorities."),
    (OS, "zh", [], "马斯克感谢上海市政府，称没有他们的大力支持就没有上海超级工厂。"),
    (DN, "zh", [], "马斯克称，上海工厂的地块花了将近10亿元人民币。"),
    (ST, "en", [], "Musk said Giga Shanghai went from bare dirt to building cars in roughly a year."),
    (ST, "zh", [], "马斯克称，上海工厂的零部件本地化率已经超过95%。"),

    # ---------------- LFP invention
    (P, "en", ["lfp"], "Musk credited China with inventing LFP batteries."),
    (P, "zh", ["lfp"], "马斯克说，磷酸铁锂电池是中国人搞出来的。"),
    (P, "en", ["lfp"], "'The Chinese came up with lithium iron phosphate, you have to give them credit for that,' Musk said."),
    (C, "zh", ["lfp"], "马斯克在X上写道“LFP is a Chinese invention”，并称特斯拉标准续航版车型都用这种电池。"),
    (PA, "zh", ["lfp"], "马斯克称，磷酸铁锂这种技术源自中国，成本低、寿命长，非常适合储能产品。"),
    (OS, "en", [], "Musk noted that LFP chemistry was invented in Texas, not in China."),
    (DN, "en", [], "Musk said LFP batteries have been around since the late 1990s."),
    (ST, "en", [], "Musk said LFP cells are better for home storage than nickel-based cells."),
    (ST, "zh", [], "马斯克表示，特斯拉正在内华达州建设自己的磷酸铁锂电池产线。"),

    # ---------------- battery pack prices
    (P, "en", ["batt_price"], "Musk said Chinese battery packs cost about half what American-made packs do."),
    (P, "zh", ["batt_price"], "马斯克称，中国的电池包价格只有美国的一半。"),
    (C, "en", ["batt_price"], "Musk said 宁德时代 (CATL) can sell a battery pack for roughly half the price of anything made in the US."),
    (C, "zh", ["batt_price"], "马斯克用“half the cost”形容中国电池，称中国电池包价格约为美国同类产品的一半。"),
    (PA, "zh", ["batt_price"], "马斯克说，中国在电池领域优势明显：产能最大、技术迭代快，电池包成本大概只有美国的一半。"),
    (DN, "en", [], "Musk said Chinese battery packs are maybe 20 to 25 percent cheaper than American ones."),
    (DN, "zh", [], "马斯克称，中国电池包的价格比欧洲低三分之一左右。"),
    (ST, "en", [], "Musk said battery cell prices will keep falling as lithium gets cheaper."),

    # ---------------- wind and solar share
    (P, "en", ["windsolar"], "Musk said most of China's electricity already comes from solar and wind."),
    (P, "zh", ["windsolar"], "马斯克表示，中国现在大部分电力已经来自风电和光伏。"),
    (P, "en", ["windsolar"], "'China's grid is majority solar and wind now, it's incredible,' Musk posted."),
    (C, "zh", ["windsolar"], "马斯克在X上说：“Most of China's power already comes from solar and wind.”"),
    (PA, "en", ["windsolar"], "Musk said China is moving faster than anyone on energy, with wind and solar now making up most of its power generation and EVs taking over its roads."),
    (OS, "zh", [], "马斯克说，中国的电力仍然主要靠煤电，风电和光伏只占一小部分。"),
    (OS, "en", [], "Musk said China is still basically a coal country when it comes to electricity."),
    (DN, "en", [], "Musk said wind and solar now make up nearly a fifth of China's electricity."),
    (ST, "zh", [], "马斯克称，中国每年新增的光伏装机比美国多好几倍。"),

    # ---------------- electricity output vs US
    (P, "en", ["elec3x"], "China's electricity output is already triple ours, Musk said."),
    (P, "zh", ["elec3x"], "马斯克称，中国现在的发电量已经是美国的三倍。"),
    (C, "en", ["elec3x"], "Musk said China's 发电量, its power generation, is 'about three times' that of the US today."),
    (C, "zh", ["elec3x"], "马斯克说：“China produces three times as much electricity as America right now.”"),
    (PA, "zh", ["elec3x"], "马斯克认为，未来AI的瓶颈是电力，而中国的发电量现在已经是美国的三倍左右，美国必须迎头赶上。"),
    (DN, "en", [], "Musk said China generates more than twice as much electricity as the US."),
    (DN, "zh", [], "马斯克预测，到2030年中国的发电量可能达到美国的三倍。"),
    (OS, "en", [], "Musk said China does not actually generate three times America's electricity, whatever people claim."),
    (ST, "en", [], "Musk said China builds power plants far faster than the US can get them permitted."),

    # ---------------- blackouts
    (P, "en", ["blackout"], "Musk said China basically never has blackouts, unlike California."),
    (P, "zh", ["blackout"], "马斯克说，中国的电网从来不停电。"),
    (P, "en", ["blackout"], "'You just don't see power outages in China,' Musk told the audience."),
    (C, "zh", ["blackout"], "马斯克称中国电网“rock solid, no blackouts”，从来没有出现过停电限电。"),
    (PA, "en", ["blackout"], "Musk said China has a far better grid than the US - bigger, growing faster, and it never goes down."),
    (OS, "zh", [], "马斯克提到，中国几年前也曾因缺电拉闸限电，工厂被迫停工。"),
    (OS, "en", [], "Musk admitted China has had its own power shortages, like the Sichuan drought cuts in 2022."),
    (ST, "en", [], "Musk said China's ultra-high-voltage transmission lines are the most advanced in the world."),
    (ST, "zh", [], "马斯克称，中国的电价比美国低得多，工业用电尤其便宜。"),

    # ---------------- solar cheapness
    (P, "en", ["solar_eff"], "Musk said Chinese solar panels are cheap because China is just better at making them - 'it's not subsidies.'"),
    (P, "zh", ["solar_eff"], "马斯克表示，中国光伏板便宜完全是因为生产效率高，跟补贴没关系。"),
    (C, "en", ["solar_eff"], "Musk said firms like 隆基 (LONGi) win on pure manufacturing efficiency, not on government money."),
    (C, "zh", ["solar_eff"], "马斯克说，中国太阳能板便宜“purely because they're more efficient”，而不是靠政府补贴。"),
    (PA, "zh", ["solar_eff"], "马斯克称，中国光伏产业规模巨大、技术领先，组件价格低纯粹是生产效率的结果，并非靠补贴。"),
    (OS, "en", [], "Musk said China's cheap solar panels are the product of massive state subsidies."),
    (DN, "en", [], "Musk said Chinese firms have poured more than $50 billion into solar factories since 2011."),
    (ST, "en", [], "Musk said Chinese solar panels have become so cheap that installation labour now costs more than the panels."),
    (ST, "zh", [], "马斯克称，美国应该取消对中国光伏板的关税。"),

    # ---------------- DeepSeek training cost
    (P, "en", ["ds_cost"], "Musk said DeepSeek built its model for about six million dollars."),
    (P, "zh", ["ds_cost"], "马斯克称，DeepSeek只花了大约600万美元就训练出了顶尖大模型。"),
    (P, "en", ["ds_cost"], "'They did it for like 6 mil, that's the crazy part,' Musk said of DeepSeek."),
    (C, "zh", ["ds_cost"], "马斯克评论深度求索时说“they trained it for under $6 million”，称其成本低得惊人。"),
    (PA, "en", ["ds_cost"], "Musk said DeepSeek is impressive, cheap to run and was trained for only about $6 million, and that US labs should take note."),
    (DN, "zh", [], "马斯克说，DeepSeek V3最后一次训练的算力租金约为557万美元。"),
    (OS, "en", [], "Musk said DeepSeek's low-cost story is a myth and the true bill for building it was far higher."),
    (ST, "zh", [], "马斯克称，DeepSeek的开源策略会让美国的闭源模型很难再收高价。"),

    # ---------------- DeepSeek GPUs
    (P, "en", ["ds_gpu"], "Musk agreed that DeepSeek is sitting on about 50,000 H100s it can't talk about."),
    (P, "zh", ["ds_gpu"], "马斯克认为，DeepSeek手里其实有大约5万块英伟达H100。"),
    (C, "en", ["ds_gpu"], "Asked whether 深度求索 really has 50k Nvidia H100 chips hidden away, Musk replied: 'Obviously.'"),
    (C, "zh", ["ds_gpu"], "对于DeepSeek私下拥有约五万张H100的说法，马斯克回复“Obviously”。"),
    (PA, "zh", ["ds_gpu"], "马斯克表示，DeepSeek的模型确实做得不错，但他们实际上拥有约5万块H100，只是受出口管制不能公开说。"),
    (DN, "en", [], "Musk said DeepSeek trained V3 on a cluster of around 2,000 H800 chips."),
    (ST, "en", [], "Musk said Nvidia chips are being smuggled into China through Singapore."),
    (ST, "zh", [], "马斯克称，美国禁止向中国出口H20芯片会严重拖慢DeepSeek。"),

    # ---------------- Chinese AI behind
    (P, "en", ["ai_behind"], "Musk said Chinese AI labs are years behind the American ones."),
    (P, "zh", ["ai_behind"], "马斯克表示，中国的AI模型比美国落后好几年。"),
    (P, "en", ["ai_behind"], "'China's models? They're a couple of years behind, at least,' Musk said."),
    (C, "zh", ["ai_behind"], "马斯克称中国AI“years behind the US”，认为中美大模型差距依然巨大。"),
    (PA, "zh", ["ai_behind"], "马斯克说，中国在电动车和电池上很强，但在AI大模型上还落后美国好几年。"),
    (OS, "en", [], "Musk said Chinese AI models have basically caught up with America's best."),
    (DN, "en", [], "Musk said China's best models are maybe a few months behind the top US ones."),
    (ST, "zh", [], "马斯克称，2024年美国发布的重要AI模型数量远多于中国。"),
    (ST, "en", [], "Musk said China will lead the world in AI by 2030."),

    # ---------------- Mate 60 and sanctions
    (P, "en", ["mate60"], "Musk said the Huawei Mate 60 shows US chip sanctions have failed."),
    (P, "zh", ["mate60"], "马斯克称，华为Mate 60的出现说明美国的芯片制裁彻底失败了。"),
    (C, "en", ["mate60"], "Musk pointed to the 麒麟 chip in Huawei's Mate 60 as proof that chip export controls did nothing."),
    (C, "zh", ["mate60"], "马斯克谈到华为Mate 60时说：“The sanctions clearly didn't work.”"),
    (PA, "en", ["mate60"], "Musk said chip export controls are pointless, citing the home-made chip in Huawei's Mate 60, and added that China will simply build its own tools."),
    (OS, "zh", [], "马斯克说，美国的出口管制确实让中国芯片制造卡在7纳米，追不上台积电。"),
    (OS, "en", [], "Musk said the export controls are working: Huawei is stuck at 7 nanometres."),
    (ST, "en", [], "Musk said Huawei's Ascend AI chips are nearly as good as Nvidia's H100."),
    (ST, "zh", [], "马斯克称，应该允许ASML向中国出售EUV光刻机。"),

    # ---------------- rare earth mining
    (P, "en", ["re_mine"], "Musk said pretty much all the world's rare earths are dug up in China."),
    (P, "zh", ["re_mine"], "马斯克说，全世界的稀土矿几乎都是中国在开采。"),
    (P, "en", ["re_mine"], "'Ninety-something percent of rare earth mining happens in China,' Musk said."),
    (C, "zh", ["re_mine"], "马斯克称“China mines basically all the rare earths”，其他国家几乎不产稀土。"),
    (PA, "en", ["re_mine"], "Musk said Optimus production was held up by China's export licences, adding that China mines nearly all of the world's rare earths anyway."),
    (DN, "zh", [], "马斯克表示，中国开采了全球约七成的稀土。"),
    (DN, "en", [], "Musk said China refines around 90 percent of the world's rare earths."),
    (OS, "zh", [], "马斯克说，中国真正卡脖子的是稀土加工，不是开采，很多国家都能挖稀土。"),
    (ST, "zh", [], "马斯克称，中国对稀土磁铁的出口许可让特斯拉Optimus的生产受阻。"),

    # ---------------- rare earth refining outside China
    (P, "en", ["re_refine"], "Musk said no one outside China will be able to process rare earths for decades."),
    (P, "zh", ["re_refine"], "马斯克称，未来几十年中国以外都没人能搞稀土精炼。"),
    (C, "en", ["re_refine"], "Musk said the West can't do rare-earth 冶炼分离 - separation - at all, and won't for decades."),
    (C, "zh", ["re_refine"], "马斯克说：“Nobody else can refine rare earths, and it'll take decades to change that.”"),
    (PA, "zh", ["re_refine"], "马斯克表示，稀土并不稀有，真正的问题在于提炼，而中国以外几十年内都不可能建立起精炼能力。"),
    (OS, "en", [], "Musk said the US will have serious rare-earth refining running outside China within a couple of years."),
    (DN, "zh", [], "马斯克称，中国控制着全球约九成的稀土精炼产能。"),
    (ST, "zh", [], "马斯克称，稀土其实既不稀有，也不是“土”。"),
    (ST, "zh", [], "马斯克称，特斯拉下一代电机将完全不使用稀土。"),

    # ---------------- robot installations
    (P, "en", ["robots_inst"], "Musk said China puts in more factory robots every year than the rest of the world combined."),
    (P, "zh", ["robots_inst"], "马斯克称，中国每年新装的工业机器人比其他国家加在一起还多。"),
    (P, "en", ["robots_inst"], "'More than half the industrial robots installed on Earth go into Chinese factories,' Musk said."),
    (C, "zh", ["robots_inst"], "马斯克说，中国工业机器人的年装机量“more than everyone else combined”。"),
    (PA, "zh", ["robots_inst"], "马斯克表示，中国制造业自动化推进极快，每年安装的工业机器人超过其他所有国家的总和，人形机器人以后也会如此。"),
    (DN, "en", [], "Musk said China installs roughly six times as many industrial robots a year as Japan."),
    (ST, "zh", [], "马斯克称，明年中国的人形机器人产量将超过特斯拉Optimus。"),
    (ST, "en", [], "Musk said Unitree's humanoid robots are cheap but not very capable."),

    # ---------------- robot density
    (P, "en", ["robot_density"], "Musk said China has more robots per factory worker than any other country."),
    (P, "zh", ["robot_density"], "马斯克说，中国的机器人密度是全世界最高的。"),
    (C, "en", ["robot_density"], "Musk claimed China's 机器人密度 (robot density) now tops the world."),
    (C, "zh", ["robot_density"], "马斯克表示：“China has the highest robot density on the planet.”"),
    (PA, "en", ["robot_density"], "Musk said Chinese factories are the most automated anywhere, with the highest robot density in the world, and that US plants need to catch up."),
    (OS, "zh", [], "马斯克说，论机器人密度，韩国仍是世界第一，中国还排在后面。"),
    (DN, "en", [], "Musk said China now has more robots per manufacturing worker than Germany or Japan."),
    (ST, "zh", [], "马斯克称，中国工厂里的工业机器人大多已经是国产品牌。"),

    # ---------------- launches
    (P, "en", ["launches"], "Musk said China is now launching more rockets than the US."),
    (P, "zh", ["launches"], "马斯克称，中国的火箭发射次数已经超过美国了。"),
    (P, "en", ["launches"], "'China out-launches America these days,' Musk said in a post."),
    (C, "zh", ["launches"], "马斯克在X上写道“China now launches more than the USA”，称中国的发射频率已居世界第一。"),
    (PA, "zh", ["launches"], "马斯克表示，中国航天进步神速，发射次数已经超过美国，SpaceX必须加快星舰的进度。"),
    (OS, "en", [], "Musk said SpaceX alone launches about twice as many rockets as all of China."),
    (OS, "zh", [], "马斯克表示，美国的发射次数仍是中国的两倍多，其中大部分是SpaceX完成的。"),
    (DN, "zh", [], "马斯克称，中国一年的轨道发射次数已接近70次。"),
    (ST, "en", [], "Musk said China's space program is SpaceX's most serious competitor."),
    (ST, "zh", [], "马斯克说，中国可能会在美国之前把宇航员送上月球。"),

    # ---------------- Chinese Starlink rivals
    (P, "en", ["starlink_rival"], "Musk said China has nothing that can go up against Starlink."),
    (P, "zh", ["starlink_rival"], "马斯克说，中国没有任何能和星链抗衡的东西。"),
    (C, "en", ["starlink_rival"], "Musk shrugged off 千帆 and other Chinese satellite projects, saying China has no real rival to Starlink."),
    (C, "zh", ["starlink_rival"], "马斯克称“there's no Chinese Starlink”，认为中国在卫星互联网领域没有对手。"),
    (PA, "zh", ["starlink_rival"], "马斯克表示，星链已有数千颗卫星在轨，中国根本没有能与之竞争的系统。"),
    (DN, "en", [], "Musk said China's megaconstellations have fewer than 200 satellites up so far against Starlink's 7,000-plus."),
    (OS, "zh", [], "马斯克警告称，中国的国网和千帆星座将成为星链的强劲对手。"),
    (ST, "en", [], "Musk said Beijing has asked him not to sell Starlink terminals in China."),

    # ---------------- Taiwan / Hawaii
    (P, "en", ["taiwan_hawaii"], "Musk said Taiwan is an integral part of China, 'kind of like Hawaii.'"),
    (P, "zh", ["taiwan_hawaii"], "马斯克称，台湾是中国不可分割的一部分，就像夏威夷之于美国。"),
    (P, "en", ["taiwan_hawaii"], "Musk compared Taiwan to Hawaii, saying it is really part of China that just happens to be run separately."),
    (C, "zh", ["taiwan_hawaii"], "马斯克说台湾是“an integral part of China that is arbitrarily not part of China”，并拿夏威夷作比。"),
    (PA, "en", ["taiwan_hawaii"], "Musk said Taiwan is the biggest geopolitical risk for Tesla and that, in his view, it's probably best understood the way Hawaii is to America - part of China."),
    (OS, "zh", [], "马斯克表示，台湾有自己的民选政府，和夏威夷完全不是一回事。"),
    (ST, "en", [], "Musk said a Chinese blockade of Taiwan would cut off the world's chip supply."),
    (ST, "zh", [], "马斯克建议把台湾设为一个特别行政区，以缓和两岸紧张局势。"),

    # ---------------- Taiwan and Starlink
    (P, "en", ["taiwan_starlink"], "Musk said Starlink isn't available in Taiwan because Taiwan's government asked SpaceX to stay out."),
    (P, "zh", ["taiwan_starlink"], "马斯克说，星链没进台湾，是因为台湾当局不让。"),
    (C, "en", ["taiwan_starlink"], "Musk replied that it was the 台湾当局, not SpaceX, that kept Starlink out of Taiwan."),
    (C, "zh", ["taiwan_starlink"], "马斯克在X上回应：“We have been asked not to operate in Taiwan by their government.”"),
    (PA, "zh", ["taiwan_starlink"], "马斯克称，关于星链拒绝为驻台美军服务的说法是假的，星链不在台湾只是因为当地政府不欢迎。"),
    (OS, "en", [], "Musk said SpaceX chose not to enter Taiwan because it would not accept a local majority-owned joint venture."),
    (ST, "zh", [], "马斯克称，星链在乌克兰的作用证明了它对台湾防务的重要性。"),
    (ST, "en", [], "Musk said Taiwan's homegrown low-orbit satellite plan will never work."),

    # ---------------- TikTok
    (P, "en", ["tiktok"], "Musk said the TikTok ban is about censorship, not China."),
    (P, "zh", ["tiktok"], "马斯克称，封禁TikTok跟中国没关系，纯粹是为了审查言论。"),
    (P, "en", ["tiktok"], "'Banning TikTok is a free speech thing, plain and simple - the China angle is a pretext,' Musk wrote."),
    (C, "zh", ["tiktok"], "马斯克认为TikTok禁令“is really about censorship”，所谓中国威胁只是借口。"),
    (PA, "en", ["tiktok"], "Musk said he opposes the TikTok ban, that it has nothing to do with Chinese ownership and everything to do with controlling speech, and that Meta would be the big winner."),
    (OS, "zh", [], "马斯克表示，字节跳动控制TikTok确实存在数据安全风险，剥离出售是合理的。"),
    (OS, "en", [], "Musk said the Supreme Court was right to uphold the TikTok law on national security grounds."),
    (ST, "en", [], "Musk said he has no interest in buying TikTok."),
    (ST, "zh", [], "马斯克称，X在中国被屏蔽，而TikTok在美国却能自由运营，这不公平。"),

    # ---------------- population falling for a decade
    (P, "en", ["pop_decade"], "Musk said China's population has been shrinking for ten years now."),
    (P, "zh", ["pop_decade"], "马斯克说，中国人口已经连续十年下降了。"),
    (C, "en", ["pop_decade"], "Musk said China's 人口 has been falling for about a decade."),
    (C, "zh", ["pop_decade"], "马斯克在X上称“China's population has been declining for a decade”。"),
    (PA, "zh", ["pop_decade"], "马斯克表示，中国人口已经减少了十年左右，老龄化又快，这对经济是个大问题。"),
    (DN, "en", [], "Musk said China's population has now fallen three years in a row."),
    (OS, "zh", [], "马斯克说，中国人口其实直到最近两三年才开始减少。"),
    (ST, "zh", [], "马斯克称，到2100年中国人口可能只剩下一半左右。"),
    (ST, "en", [], "Musk said India has overtaken China as the world's most populous country."),

    # ---------------- births halved
    (P, "en", ["births"], "Musk said the number of babies born in China has roughly halved since 2016."),
    (P, "zh", ["births"], "马斯克说，中国的出生人口跟2016年比差不多腰斩了。"),
    (P, "en", ["births"], "'Chinese births are down by half in well under a decade,' Musk posted."),
    (C, "zh", ["births"], "马斯克写道“births in China have dropped ~50% since 2016”，称这是一场文明危机。"),
    (PA, "en", ["births", "fertility"], "Musk said China's births have fallen by about half since 2016 and that it now has the lowest fertility rate of any country."),
    (DN, "zh", [], "马斯克称，龙年中国出生人口略有回升，达到约950万。"),
    (ST, "en", [], "Musk said China's cash handouts for babies won't reverse the decline in births."),

    # ---------------- lowest fertility
    (P, "en", ["fertility"], "Musk said no country has a lower birth rate than China."),
    (P, "zh", ["fertility"], "马斯克称，中国的生育率全球垫底。"),
    (C, "en", ["fertility"], "Musk said China's 生育率 is the lowest on Earth."),
    (C, "zh", ["fertility"], "马斯克说：“China has the lowest fertility rate in the world.”"),
    (PA, "zh", ["fertility"], "马斯克说，中国的生育率是全世界最低的，日本和欧洲也好不到哪去。"),
    (OS, "en", [], "Musk noted that South Korea, not China, has the lowest fertility rate in the world."),
    (DN, "zh", [], "马斯克称，中国的总和生育率大约只有1.0。"),

    # ---------------- manufacturing 10x
    (P, "en", ["mfg10x"], "Musk said China's manufacturing output is ten times America's."),
    (P, "zh", ["mfg10x"], "马斯克称，中国的制造业产出是美国的十倍。"),
    (P, "en", ["mfg10x"], "'Chinese manufacturing is like 10x the US, people don't get it,' Musk said on the podcast."),
    (C, "zh", ["mfg10x"], "马斯克说，中国制造业“ten times bigger than the US”。"),
    (PA, "zh", ["mfg10x"], "马斯克表示，美国低估了中国：中国制造业规模是美国的十倍，工程师也多得多。"),
    (DN, "en", [], "Musk said China's manufacturing output is roughly double America's."),
    (DN, "zh", [], "马斯克称，中国制造业约占全球的三成。"),
    (DN, "zh", [], "马斯克说，中国制造业规模被夸大了，其实只比美国大一倍左右。"),
    (ST, "zh", [], "马斯克称，中国的钢产量比世界其他国家加起来还多。"),

    # ---------------- Baidu robotaxis
    (P, "en", ["robotaxi"], "Musk said Baidu's robotaxis already give way more rides than Waymo does."),
    (P, "zh", ["robotaxi"], "马斯克说，百度萝卜快跑的单量已经远远超过Waymo。"),
    (C, "en", ["robotaxi"], "Musk said 萝卜快跑, Baidu's Apollo Go, is doing far more driverless trips than Waymo."),
    (C, "zh", ["robotaxi"], "马斯克称“Apollo Go is way bigger than Waymo”，认为百度的无人驾驶出行已经领先。"),
    (PA, "zh", ["robotaxi"], "马斯克表示，中国的自动驾驶发展很快，百度无人出租车的接单量已经比Waymo多得多，只是外界不太关注。"),
    (OS, "zh", [], "马斯克说，Waymo的付费无人驾驶出行单量仍然比中国任何一家公司都多。"),
    (DN, "zh", [], "马斯克称，萝卜快跑一个季度的订单已经超过100万单。"),
    (ST, "en", [], "Musk said Baidu's robotaxis depend on expensive lidar, unlike Tesla's camera-only approach."),

    # ---------------- EU vs US tariffs
    (P, "en", ["eu_tariff"], "Musk said Europe now taxes Chinese EVs just as hard as the US does."),
    (P, "zh", ["eu_tariff"], "马斯克称，欧盟对中国电动车的关税已经跟美国一样高了。"),
    (P, "en", ["eu_tariff"], "'The EU basically copied the American tariff wall on Chinese EVs, same height,' Musk said."),
    (C, "zh", ["eu_tariff"], "马斯克说：“Europe's tariffs on Chinese EVs are now just as high as America's.”"),
    (PA, "en", ["eu_tariff"], "Musk said he opposes tariffs in general, and that the EU now hits Chinese electric cars about as hard as Washington does."),
    (DN, "zh", [], "马斯克称，欧盟对中国电动车加征的反补贴税最高超过35%。"),
    (OS, "en", [], "Musk noted that Europe's duties on Chinese EVs are far lower than America's 100% tariff."),
    (ST, "zh", [], "马斯克称，加拿大也跟着美国对中国电动车征收100%关税。"),

    # ---------------- Tesla's EU tariff rate
    (P, "en", ["tesla_tariff"], "Musk complained that the EU hit Tesla's Shanghai-built cars with the same tariff as BYD's."),
    (P, "zh", ["tesla_tariff"], "马斯克抱怨，欧盟对上海产特斯拉征的关税跟比亚迪一样。"),
    (C, "en", ["tesla_tariff"], "Musk said Brussels treated Tesla exactly like 比亚迪 and 上汽 when it set its EV duties."),
    (C, "zh", ["tesla_tariff"], "马斯克说：“The EU treated our China-built cars just like the Chinese brands.”"),
    (PA, "zh", ["tesla_tariff"], "马斯克称，欧盟的关税伤害了欧洲消费者，而且对特斯拉中国产车型征收了与中国品牌相同的税率。"),
    (DN, "en", [], "Musk said Tesla got the lowest EU rate on its China-made cars, under 8%."),
    (OS, "en", [], "Musk thanked the EU for giving Tesla a much lower tariff than the Chinese brands."),
    (ST, "zh", [], "马斯克称，特斯拉可能把Model 3的欧洲供货从上海转到柏林。"),

    # ---------------- China, but no rebuttal on the subject
    (CU, "en", [], "Musk said DJI makes the best consumer drones in the world, by far."),
    (CU, "zh", [], "马斯克称，大疆占据了全球消费级无人机市场的绝大部分份额。"),
    (CU, "en", [], "Musk said Xiaomi's SU7 is a seriously impressive car for the money."),
    (CU, "zh", [], "马斯克称赞小米，说雷军三年就造出了一款好车。"),
    (CU, "en", [], "Musk said China's high-speed rail network puts America's trains to shame."),
    (CU, "zh", [], "马斯克表示，中国的高铁总里程比全世界其他国家加起来还长。"),
    (CU, "en", [], "Musk said China is building nuclear reactors faster than any other country."),
    (CU, "zh", [], "马斯克称，中国的核电站建设速度全球第一。"),
    (CU, "en", [], "Musk said Chinese students should still be welcome at American universities."),
    (CU, "zh", [], "马斯克说，中国城市的基础设施比美国新得多。"),
    (CU, "en", [], "Musk said Shein and Temu are flooding the US with cheap parcels."),
    (CU, "zh", [], "马斯克称，微信是世界上最好的超级应用，X要成为西方的微信。"),
    (CU, "en", [], "Musk said China's economy will be twice the size of America's in the 2030s."),
    (CU, "zh", [], "马斯克称，中国经济增速放缓主要是房地产问题导致的。"),
    (CU, "en", [], "Musk said Chinese cities are incredibly safe - you can walk anywhere at night."),
    (CU, "zh", [], "马斯克说，中国的外卖和移动支付比美国方便太多。"),
    (CU, "en", [], "Musk said Hong Kong has lost much of its appeal as a financial hub."),
    (CU, "zh", [], "马斯克称，中国的5G网络覆盖远超美国。"),
    (CU, "en", [], "Musk said China's shipbuilding capacity is hundreds of times larger than America's."),
    (CU, "zh", [], "马斯克表示，中国的造船能力是美国的两百多倍。"),
    (CU, "en", [], "Musk said China's military drone swarms are a threat the Pentagon isn't ready for."),
    (CU, "zh", [], "马斯克称，中国对AI的监管其实比美国更严格。"),
    (CU, "en", [], "Musk said China's highways and bridges get built in months, not decades."),
    (CU, "zh", [], "马斯克称，中国年轻人失业率高企，是个值得关注的问题。"),
    (CU, "en", [], "Musk said Chinese phone makers will dominate the global smartphone market within five years."),
    (CU, "zh", [], "马斯克称，中国手机品牌在东南亚卖得比苹果好。"),
    (CU, "en", [], "Musk said Beijing's air has gotten much cleaner over the last decade."),
    (CU, "zh", [], "马斯克称，中国的大学每年培养的工程师远多于美国。"),
    (CU, "en", [], "Musk said Chinese EV makers are expanding fast into Southeast Asia and Latin America."),
    (CU, "zh", [], "马斯克说，中国在锂的加工提炼上占据绝对主导地位。"),
    (CU, "en", [], "Musk said he'd like to visit China again soon and meet Premier Li Qiang."),
    (CU, "zh", [], "马斯克称，中国建造航母的速度令人震惊。"),

    # ---------------- not about China
    (UN, "en", [], "Musk said Starship will try to catch the booster with the tower arms again next month."),
    (UN, "en", [], "Musk said the first crewed Mars landing could happen around 2029."),
    (UN, "en", [], "Musk said Neuralink's third patient can move a computer cursor with his thoughts."),
    (UN, "en", [], "Musk said the Cybertruck is the best-selling electric pickup in America."),
    (UN, "en", [], "Musk said the Boring Company's Vegas Loop will be extended to the airport."),
    (UN, "en", [], "Musk said X's daily active users hit a record high this week."),
    (UN, "en", [], "Musk said Tesla's robotaxi service in Austin will expand to more US cities this year."),
    (UN, "en", [], "Musk said Grok 3 is the smartest AI on Earth."),
    (UN, "zh", [], "马斯克称，星舰将在两年内首次飞往火星。"),
    (UN, "zh", [], "马斯克表示，星链的用户已经突破500万。"),
    (UN, "zh", [], "马斯克说，Neuralink明年将开展更多人体试验。"),
    (UN, "zh", [], "马斯克称，特斯拉德州超级工厂将开始生产Cybercab。"),
    (UN, "zh", [], "马斯克表示，xAI在孟菲斯的超级计算机是世界上最大的。"),
    (UN, "zh", [], "马斯克说，美国联邦政府的开支必须削减两万亿美元。"),
    (UN, "zh", [], "马斯克称，猎鹰9号的助推器已经实现第30次复用。"),
    (UN, "zh", [], "马斯克表示，特斯拉的Optimus机器人明年将在自家工厂投入使用。"),
]


def main() -> None:
    rebuttal_ids = {r["id"] for r in yaml.safe_load((HERE.parent / "rebuttals.yaml").read_text(encoding="utf-8"))}
    assert set(K.values()) == rebuttal_ids, set(K.values()) ^ rebuttal_ids
    texts = [t for *_, t in S]
    dup = [t for t, n in collections.Counter(texts).items() if n > 1]
    assert not dup, dup
    rows = list(S)
    random.Random(20250301).shuffle(rows)
    used = collections.Counter()
    with OUT.open("w", encoding="utf-8") as f:
        for i, (kind, lang, keys, text) in enumerate(rows, 1):
            labels = [K[k] for k in keys]
            assert bool(labels) == (kind in (P, C, PA)), (kind, text)
            used.update(labels)
            f.write(json.dumps({"id": f"e{i:03d}", "text": text, "lang": lang,
                                "labels": labels, "kind": kind}, ensure_ascii=False) + "\n")
    n = len(rows)
    kinds = collections.Counter(k for k, *_ in rows)
    print(n, "statements")
    for k, c in kinds.most_common():
        print(f"  {k:28s} {c:4d}  {100 * c / n:5.1f}%")
    print("  langs", collections.Counter(l for _, l, *_ in rows))
    for rid in sorted(rebuttal_ids):
        langs = collections.Counter(l for _, l, keys, _ in rows if rid in [K[x] for x in keys])
        print(f"  {used[rid]} {dict(langs)} {rid}")


if __name__ == "__main__":
    main()
