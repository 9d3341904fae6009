"""Authoring script for /work/blind/i/statements.jsonl."""
import collections
import json
import pathlib

K = {"P": "paraphrase", "X": "crosslingual", "PA": "partial", "DN": "different-number",
     "OS": "opposite-stance", "ST": "same-topic-different-claim", "CU": "china-unanswered",
     "UN": "unrelated"}

DEMOLISH = "i-chinese-automakers-will-demolish-rivals"
SUBSIDY = "i-byd-profitable-only-thanks-to-subsidies"
QUALITY = "i-byd-cars-lower-quality-than-tesla"
TOPBRAND = "i-tesla-top-ev-brand-in-china"
THREEX = "i-china-electricity-three-times-us"
GRIDADD = "i-china-adds-a-us-grid-every-year"
EXPORT = "i-export-controls-stopped-china-ai"
SIXM = "i-deepseek-trained-for-6-million"
H100 = "i-deepseek-has-50000-h100s"
AHEAD = "i-china-already-ahead-in-ai"
COMPUTE = "i-china-will-have-most-ai-compute"
SHANGHAI = "i-giga-shanghai-no-state-help"
HALVE = "i-china-population-halves-in-a-generation"
BIRTH = "i-china-lowest-birth-rate-in-world"
REALL = "i-china-controls-all-rare-earths"
MAGNET = "i-ev-motors-need-chinese-magnets"
ROBOTS = "i-china-installs-half-world-robots"
DENSITY = "i-china-highest-robot-density"
LAUNCH = "i-china-launches-more-than-spacex"
CONST = "i-chinese-constellations-overtake-starlink"
HAWAII = "i-taiwan-like-hawaii"
TIKTOK = "i-tiktok-ban-violates-free-speech"
DOUYIN = "i-douyin-only-educational-for-kids"
SOLAR = "i-china-makes-all-solar-panels"
LFP = "i-lfp-is-chinese-invention"
OIL = "i-chinese-workers-burn-3am-oil"
FSD = "i-chinese-self-driving-not-close-to-tesla"

S = [
    # --- Chinese automakers would demolish rivals
    ("P", "en", DEMOLISH, "\"Honestly, take away the tariffs and the Chinese carmakers just wipe out almost everybody else,\" Musk told analysts."),
    ("P", "zh", DEMOLISH, "马斯克在财报电话会上说，一旦没有关税保护，中国汽车品牌会把全球大部分车企打垮。"),
    ("P", "en", DEMOLISH, "Musk on X: if Europe drops its guard on trade, most of the legacy automakers there get crushed by the Chinese. Most of them will be gone."),
    ("X", "en", DEMOLISH, "Musk warned that brands like 比亚迪 and 吉利 would flatten most of the world's automakers if the trade barriers came down."),
    ("PA", "en", DEMOLISH, "Musk said Tesla's toughest competition will come from China, that Chinese teams work incredibly hard, and that without trade barriers they would probably crush most car companies on the planet."),
    ("ST", "en", None, "Musk said Chinese car companies are the most competitive car companies in the world."),
    ("OS", "en", None, "Musk said he isn't worried about Chinese EV makers and that Western automakers would hold their own even in fully open markets."),
    ("DN", "zh", None, "马斯克表示，中国车企已经拿下了欧洲电动车市场一半的份额。"),

    # --- BYD only profitable thanks to subsidies
    ("P", "en", SUBSIDY, "Musk: take away Beijing's handouts and BYD's profits disappear overnight."),
    ("P", "zh", SUBSIDY, "马斯克暗示，比亚迪赚的钱其实都是政府给的，离开补贴它根本赚不到钱。"),
    ("P", "en", SUBSIDY, "\"BYD makes money because the state pays them to. That's it,\" Musk replied under a post about BYD's record earnings."),
    ("X", "en", SUBSIDY, "Musk said 比亚迪's profits are basically just government subsidies."),
    ("PA", "zh", SUBSIDY, "马斯克说比亚迪是个强劲的对手，电池也做得不错，但他认为它的利润主要是靠国家补贴撑起来的。"),
    ("ST", "en", None, "Musk said BYD receives huge subsidies from Beijing."),
    ("OS", "en", None, "Musk said BYD earns its money fairly and doesn't need any help from the Chinese government."),
    ("ST", "zh", None, "马斯克称，比亚迪的利润率其实比特斯拉低得多。"),

    # --- BYD lower quality
    ("P", "en", QUALITY, "\"Their cars just aren't built as well as ours. Fit and finish, software, all of it. BYD isn't at our level,\" Musk said."),
    ("P", "zh", QUALITY, "马斯克表示，比亚迪的车做工粗糙，品质跟特斯拉差得很远。"),
    ("P", "zh", QUALITY, "马斯克在X上回复称：“比亚迪的车便宜是有原因的，质量差一大截。”"),
    ("X", "zh", QUALITY, "马斯克说，BYD的车\"are not even close to Tesla in quality\"。"),
    ("PA", "en", QUALITY, "\"I think BYD is probably a tier below us on build quality, but they're very good at cost,\" Musk said."),
    ("OS", "zh", None, "马斯克称，比亚迪如今的造车质量已经和特斯拉不相上下。"),
    ("ST", "en", None, "Musk said BYD's cars are cheaper than Tesla's mostly because of lower labor costs in China."),

    # --- Tesla top EV brand in China
    ("P", "en", TOPBRAND, "Musk claimed Tesla is still the No. 1 EV seller in China."),
    ("P", "zh", TOPBRAND, "马斯克称，在中国卖得最好的电动车品牌依然是特斯拉。"),
    ("P", "en", TOPBRAND, "\"We're still number one for EVs in China, by a lot,\" Musk said on the call."),
    ("X", "zh", TOPBRAND, "马斯克说，Tesla \"is the top-selling EV brand in China\"。"),
    ("PA", "en", TOPBRAND, "Musk said Tesla's China business is doing great, Shanghai is running flat out, and Tesla still outsells every other EV brand in China."),
    ("ST", "en", None, "Musk said the Model Y was the best-selling car model in China in the first quarter."),
    ("DN", "zh", None, "马斯克称，特斯拉在中国电动车市场排名第二，仅次于比亚迪。"),
    ("OS", "en", None, "Musk admitted Tesla has fallen far behind Chinese brands in China's EV market."),

    # --- electricity three times
    ("P", "en", THREEX, "\"China's power output is already like 3x ours. People don't realize this,\" Musk wrote."),
    ("P", "zh", THREEX, "马斯克称，中国现在的发电量已是美国的三倍左右。"),
    ("P", "en", THREEX, "Musk said China is generating roughly triple the electricity the US does today."),
    ("X", "zh", THREEX, "马斯克在X上写道：\"China electricity generation is now ~3X the USA.\""),
    ("PA", "en", THREEX, "Musk said AI will soon be limited by power, that transformers are in short supply, and that China already makes around three times America's electricity."),
    ("DN", "en", None, "Musk said China's electricity output will be three times America's by 2030."),
    ("DN", "zh", None, "马斯克表示，中国的发电量已经是美国的两倍多。"),
    ("OS", "en", None, "Musk said the US still generates more electricity than China."),

    # --- adds a US grid every year
    ("P", "en", GRIDADD, "\"Every single year China builds more power plants than exist in the whole US,\" Musk said."),
    ("P", "zh", GRIDADD, "马斯克说，中国一年新建的发电装机，比美国全部电网加起来还多。"),
    ("P", "en", GRIDADD, "Musk: China is adding a whole America's worth of generating capacity annually."),
    ("X", "zh", GRIDADD, "马斯克称，China \"adds more capacity per year than the entire US grid\"。"),
    ("PA", "zh", GRIDADD, "马斯克谈到AI耗电时表示，美国电网跟不上，而中国每年新增的装机量可能都超过美国整个电网的总量。"),
    ("DN", "en", None, "Musk said China added more solar capacity last year than the US has installed in its entire history."),
    ("ST", "zh", None, "马斯克称，中国的电网比美国的更稳定，很少停电。"),
    ("OS", "en", None, "Musk said China's power buildout is slowing down and it is no longer adding much new capacity."),

    # --- export controls stopped China AI
    ("P", "en", EXPORT, "\"The export restrictions worked. China simply can't train top-tier models anymore,\" Musk said."),
    ("P", "zh", EXPORT, "马斯克称，芯片禁令已经让中国造不出一流的大模型了。"),
    ("P", "en", EXPORT, "Musk argued the chip ban has effectively locked China out of frontier AI."),
    ("X", "zh", EXPORT, "马斯克表示，出口管制\"basically stopped China from doing frontier AI\"。"),
    ("PA", "en", EXPORT, "Musk said Nvidia is making a fortune, Grok will be the smartest AI around, and thanks to the chip controls China can't really compete at the frontier anymore."),
    ("ST", "en", None, "Musk said US export controls will make Chinese chip companies like Huawei stronger in the long run."),
    ("OS", "zh", None, "马斯克认为，出口管制根本拦不住中国，中国照样能做出顶尖的AI。"),

    # --- DeepSeek $6 million
    ("P", "en", SIXM, "Asked about DeepSeek, Musk said they apparently did it for something like six million bucks, which is wild."),
    ("P", "zh", SIXM, "马斯克称，DeepSeek只用了几百万美元就训练出了能和OpenAI抗衡的模型。"),
    ("P", "en", SIXM, "\"Six million dollars for a GPT-4-class model. That's the number everyone should be worried about,\" Musk posted."),
    ("X", "en", SIXM, "Musk said 深度求索 spent just $6M training a model that rivals the best in the US."),
    ("PA", "zh", SIXM, "马斯克说DeepSeek团队很聪明，据说只花了大约600万美元训练，不过他觉得这对英伟达未必是坏事。"),
    ("DN", "en", None, "Musk said DeepSeek has spent well over a billion dollars on its servers."),
    ("OS", "zh", None, "马斯克称，DeepSeek对外宣称的低成本不可信，实际花费远高于此。"),
    ("ST", "en", None, "Musk said DeepSeek's model was trained by distilling outputs from OpenAI's models."),

    # --- DeepSeek 50,000 H100s
    ("P", "en", H100, "Musk agreed that DeepSeek is sitting on roughly 50,000 H100s it can't talk about."),
    ("P", "zh", H100, "马斯克认同这种说法：DeepSeek手上其实有大约五万块H100，只是不能公开。"),
    ("X", "zh", H100, "马斯克回应称DeepSeek\"obviously\"拥有大约5万块H100。"),
    ("X", "en", H100, "Musk said 幻方 and its DeepSeek lab are quietly running some 50,000 H100s despite the export ban."),
    ("PA", "en", H100, "Musk said DeepSeek's stated compute isn't the whole story and that he thinks they probably have something like 50,000 H100s tucked away."),
    ("DN", "zh", None, "马斯克称，DeepSeek手里只有大约一万块GPU。"),
    ("ST", "en", None, "Musk said DeepSeek got its Nvidia chips smuggled in through Singapore."),

    # --- China already ahead in AI
    ("P", "en", AHEAD, "Musk: China's ahead of America on AI right now, and it's not that close."),
    ("P", "zh", AHEAD, "马斯克直言，中国的AI已经跑在美国前面了。"),
    ("P", "en", AHEAD, "Musk said the US has already lost its lead in AI to China."),
    ("X", "zh", AHEAD, "马斯克在采访中说：\"China is already ahead of us in AI.\""),
    ("PA", "en", AHEAD, "\"I'd say China is probably ahead on AI at this point, and way ahead on manufacturing,\" Musk said."),
    ("OS", "zh", None, "马斯克称，中国在AI方面落后美国好几年。"),
    ("DN", "en", None, "Musk said China is about six months behind the US in AI."),
    ("DN", "zh", None, "马斯克预测，中国将在2030年之前超越美国成为AI领导者。"),

    # --- China will have most AI compute
    ("P", "en", COMPUTE, "\"Long term, China ends up with more AI compute than everyone else put together,\" Musk said."),
    ("P", "zh", COMPUTE, "马斯克预测，中国的AI算力最终会比全世界其他地方加起来还多。"),
    ("X", "en", COMPUTE, "Musk said 中国's AI compute will exceed the rest of the world combined, because they have the power to run it."),
    ("X", "zh", COMPUTE, "马斯克说：\"I think China will have more AI compute than the rest of the world combined.\""),
    ("PA", "en", COMPUTE, "Musk said power is the real constraint, China is building electricity like crazy, and it may well end up with more AI compute than the whole rest of the world."),
    ("DN", "zh", None, "马斯克称，中国目前的AI算力大约是美国的一半。"),
    ("OS", "en", None, "Musk said China will never catch up with the US in AI compute because of the chip bans."),

    # --- Giga Shanghai no state help
    ("P", "en", SHANGHAI, "\"Nobody in Beijing handed us anything. We built Shanghai ourselves,\" Musk said."),
    ("P", "zh", SHANGHAI, "马斯克强调，上海超级工厂完全是特斯拉自己建起来的，中国政府没给任何帮助。"),
    ("P", "en", SHANGHAI, "Musk said Tesla got zero government support for its Shanghai factory."),
    ("X", "zh", SHANGHAI, "马斯克说，Giga Shanghai\"got no special help from the government\"。"),
    ("PA", "en", SHANGHAI, "Musk praised the Shanghai team for building the factory in under a year and said Tesla did it without any help from the government."),
    ("ST", "en", None, "Musk said Giga Shanghai was built in under a year."),
    ("ST", "zh", None, "马斯克称，上海工厂的产量占特斯拉全球交付的一半以上。"),
    ("OS", "en", None, "Musk thanked the Shanghai government, saying Tesla could not have built the factory without its support."),

    # --- population halves in a generation
    ("P", "en", HALVE, "\"China's population is going to drop by half in like 30 years. Nobody is paying attention,\" Musk wrote."),
    ("P", "zh", HALVE, "马斯克称，再过一代人，中国人口就会少掉一半。"),
    ("P", "en", HALVE, "Musk said China will lose half its people within a generation at current birth rates."),
    ("X", "zh", HALVE, "马斯克警告：\"China's population will halve within a generation.\""),
    ("PA", "zh", HALVE, "马斯克谈人口危机时说，韩国、日本都在萎缩，中国可能一代人之内人口就会腰斩。"),
    ("DN", "en", None, "Musk said China's population could fall by about half by the end of the century."),
    ("OS", "en", None, "Musk said fears about China's population decline are overblown and its population will stabilize soon."),
    ("ST", "zh", None, "马斯克称，中国的劳动年龄人口已经见顶，养老负担会越来越重。"),

    # --- lowest birth rate
    ("P", "en", BIRTH, "\"Nowhere on Earth has a lower birth rate than China right now,\" Musk posted."),
    ("P", "zh", BIRTH, "马斯克说，中国的出生率已经是全球垫底了。"),
    ("X", "zh", BIRTH, "马斯克在X上说：\"China now has the lowest birth rate on Earth.\""),
    ("X", "en", BIRTH, "Musk said 中国's fertility rate is the lowest in the world."),
    ("PA", "en", BIRTH, "Musk said falling birth rates are the biggest risk to civilization and that China, with the world's lowest birth rate, is heading off a cliff."),
    ("DN", "zh", None, "马斯克称，中国去年出生人口还不到一千万。"),
    ("ST", "en", None, "Musk said South Korea has the lowest birth rate in the world and China is not far behind."),
    ("OS", "en", None, "Musk said China's birth rate is starting to recover thanks to new childcare subsidies."),

    # --- rare earths 100%
    ("P", "en", REALL, "\"Basically all rare earths run through China. Like, all of it,\" Musk said."),
    ("P", "zh", REALL, "马斯克称，全世界的稀土几乎百分之百掌握在中国手里。"),
    ("X", "zh", REALL, "马斯克说：\"China has basically 100% of the rare earth supply.\""),
    ("X", "en", REALL, "Musk said every gram of 稀土 in the world effectively comes under China's control."),
    ("PA", "en", REALL, "Musk said Optimus production was being held up by export licenses for magnets, adding that China controls pretty much all of the world's rare earths."),
    ("DN", "en", None, "Musk said China refines about 90% of the world's rare earths."),
    ("OS", "zh", None, "马斯克称，稀土其实并不稀有，中国在稀土上的控制力被严重夸大了。"),
    ("ST", "en", None, "Musk said China's new export licensing rules for rare-earth magnets are delaying Optimus."),

    # --- EV motors need Chinese magnets
    ("P", "en", MAGNET, "\"You can't build an EV motor without rare earth magnets from China. There's no way around it right now,\" Musk said."),
    ("P", "zh", MAGNET, "马斯克称，离开中国的稀土磁铁，电动车的电机根本造不出来。"),
    ("X", "zh", MAGNET, "马斯克表示，\"every EV motor needs Chinese rare earth magnets\"。"),
    ("X", "en", MAGNET, "Musk said the whole EV industry depends on 中国稀土 magnets and there is no way to make the motors without them."),
    ("PA", "en", MAGNET, "Musk said the magnet situation is a big deal for everybody and suggested that an EV motor basically can't be built without Chinese rare-earth magnets."),
    ("ST", "zh", None, "马斯克称，特斯拉下一代电机将完全不使用稀土。"),
    ("OS", "en", None, "Musk said EV motors don't really need rare earths, so China's magnet curbs won't matter much."),
    ("ST", "en", None, "Musk said Chinese rare-earth magnets are also essential for humanoid robot actuators."),

    # --- robots installed
    ("P", "en", ROBOTS, "\"China's putting in more factory robots every year than everybody else combined,\" Musk said."),
    ("P", "zh", ROBOTS, "马斯克表示，中国一年装的工业机器人比其他所有国家加起来还多。"),
    ("P", "en", ROBOTS, "Musk: over half of the world's new industrial robots go into Chinese factories."),
    ("X", "zh", ROBOTS, "马斯克称，China installs \"more industrial robots than the rest of the world combined\"。"),
    ("PA", "en", ROBOTS, "Musk said automation is the future and China gets it: they install more robots than the rest of the world put together and their factories are incredible."),
    ("DN", "zh", None, "马斯克称，中国每年安装的工业机器人是美国的十倍。"),
    ("OS", "en", None, "Musk said China still lags far behind Japan and Germany in factory automation."),

    # --- robot density
    ("P", "en", DENSITY, "\"Per worker, no country has more robots in its factories than China,\" Musk said."),
    ("P", "zh", DENSITY, "马斯克称，论每万名工人拥有的机器人数量，中国是全球第一。"),
    ("X", "en", DENSITY, "Musk said 中国工厂 have the highest robot density on the planet."),
    ("X", "zh", DENSITY, "马斯克原话：\"China has the highest robot density in the world now.\""),
    ("PA", "zh", DENSITY, "马斯克说，中国工厂的自动化程度可能是全世界最高的，机器人密度没人比得上，这值得美国制造业警惕。"),
    ("DN", "en", None, "Musk said China's robot density has overtaken Germany and Japan."),
    ("ST", "zh", None, "马斯克称，中国的人形机器人公司将是Optimus最大的竞争对手。"),
    ("DN", "en", None, "Musk said China has about twice as many robots per factory worker as the United States."),

    # --- launches
    ("P", "en", LAUNCH, "Musk said China is now out-launching SpaceX."),
    ("P", "zh", LAUNCH, "马斯克称，中国的火箭发射次数已经超过SpaceX了。"),
    ("X", "zh", LAUNCH, "马斯克表示，China \"launches more rockets than SpaceX does now\"。"),
    ("X", "en", LAUNCH, "Musk said China's 长征 rockets now fly more often than SpaceX's Falcons."),
    ("PA", "en", LAUNCH, "Musk said China's space program is really impressive, that they're launching more than SpaceX these days, and that the US should take it seriously."),
    ("DN", "zh", None, "马斯克称，SpaceX的发射次数大约是中国的两倍。"),
    ("OS", "en", None, "Musk said no country comes anywhere near SpaceX's launch rate, China included."),
    ("ST", "en", None, "Musk said China will probably land astronauts on the Moon before NASA does."),

    # --- constellations overtake Starlink
    ("P", "en", CONST, "\"China's going to pass Starlink in a few years with Guowang and Thousand Sails,\" Musk said."),
    ("P", "zh", CONST, "马斯克称，中国的国网和千帆星座用不了几年就会超过星链。"),
    ("X", "en", CONST, "Musk said 千帆 and 国网 could outnumber Starlink within a few years."),
    ("X", "zh", CONST, "马斯克说：\"China's constellations will be bigger than Starlink within a few years.\""),
    ("PA", "en", CONST, "Musk said SpaceX takes competition seriously and that China will probably overtake Starlink in a few years if they keep this pace."),
    ("OS", "zh", None, "马斯克称，中国的卫星互联网至少落后星链十年。"),
    ("ST", "en", None, "Musk said Beijing has asked SpaceX not to offer Starlink in China, and SpaceX has complied."),
    ("DN", "en", None, "Musk said China plans to put up around 13,000 satellites for its Guowang network."),

    # --- Taiwan like Hawaii
    ("P", "en", HAWAII, "Musk said Beijing sees Taiwan the way Americans see Hawaii, as an integral part of the country."),
    ("P", "zh", HAWAII, "马斯克把台湾比作中国的“夏威夷”。"),
    ("X", "zh", HAWAII, "马斯克说：\"Taiwan is to China kind of like Hawaii is to us.\""),
    ("X", "en", HAWAII, "Musk compared 台湾 to Hawaii, saying it belongs to China the way Hawaii belongs to the US."),
    ("PA", "zh", HAWAII, "马斯克在播客中谈到中美关系和芯片供应链，还说从中国的角度看，台湾大概就相当于美国的夏威夷。"),
    ("ST", "en", None, "Musk suggested China and Taiwan work out a special administrative zone arrangement, something like Hong Kong."),
    ("OS", "zh", None, "马斯克称，台湾和中国大陆是两个完全独立的国家。"),
    ("ST", "en", None, "Musk said Taiwan makes most of the world's advanced chips, so a blockade would cripple the global economy."),

    # --- TikTok free speech
    ("P", "en", TIKTOK, "Musk said a TikTok ban would be contrary to freedom of speech and expression, even though it might benefit X."),
    ("P", "zh", TIKTOK, "马斯克表示，美国封禁TikTok有违言论自由，尽管这对X有利。"),
    ("P", "en", TIKTOK, "\"Shutting down TikTok is censorship, plain and simple,\" Musk wrote."),
    ("X", "zh", TIKTOK, "马斯克发帖称：\"TikTok should not be banned in the USA... doing so would be contrary to freedom of speech.\""),
    ("PA", "en", TIKTOK, "Musk said he doesn't even use TikTok and a ban would help X commercially, but that forcing it out goes against free speech, so he opposes it."),
    ("ST", "zh", None, "马斯克否认自己有意收购TikTok美国业务。"),
    ("OS", "en", None, "Musk said TikTok is a Chinese propaganda tool and the US is right to ban it."),

    # --- Douyin educational for kids
    ("P", "en", DOUYIN, "Musk said the Chinese version of TikTok feeds children nothing but educational stuff, unlike the American app."),
    ("P", "zh", DOUYIN, "马斯克称，中国小孩刷的抖音全是科普教育内容，美国小孩刷的TikTok却全是垃圾。"),
    ("X", "en", DOUYIN, "Musk said 抖音 only shows kids educational videos, while TikTok in America serves them junk."),
    ("X", "zh", DOUYIN, "马斯克在X上写道：\"In China, Douyin shows kids only educational content. Here, it's junk.\""),
    ("PA", "zh", DOUYIN, "马斯克谈到社交媒体对青少年的危害，说中国的抖音给孩子推的基本都是教育内容，美国版则完全是另一回事。"),
    ("DN", "en", None, "Musk said Chinese children under 14 can only use Douyin for 40 minutes a day."),
    ("ST", "zh", None, "马斯克称，TikTok在美国的推荐算法由北京控制。"),

    # --- solar panels
    ("P", "en", SOLAR, "\"Pretty much every solar panel on Earth comes out of China,\" Musk said."),
    ("P", "zh", SOLAR, "马斯克说，全世界的太阳能板基本都是中国造的。"),
    ("P", "en", SOLAR, "Musk: the solar panel industry is basically 100% China at this point."),
    ("X", "zh", SOLAR, "马斯克称：\"almost all solar panels are made in China.\""),
    ("PA", "en", SOLAR, "Musk said Tesla would make more of its own solar cells in the US, noting that nearly all panels are made in China today and tariffs make them expensive."),
    ("OS", "zh", None, "马斯克称，中国在光伏制造上的优势被夸大了，其他国家的产量也不小。"),
    ("ST", "en", None, "Musk said Chinese solar overcapacity is crashing panel prices worldwide."),
    ("DN", "en", None, "Musk said China makes about 80% of the world's solar panels."),

    # --- LFP invention
    ("P", "en", LFP, "\"LFP came out of China. They invented it and they're still the best at it,\" Musk said."),
    ("P", "zh", LFP, "马斯克说，磷酸铁锂电池是中国人搞出来的技术。"),
    ("P", "en", LFP, "Musk credited Chinese scientists with inventing lithium iron phosphate batteries."),
    ("X", "zh", LFP, "马斯克称，LFP\"is a Chinese invention\"。"),
    ("PA", "en", LFP, "Musk said Tesla uses LFP in its standard-range cars, that the iron-phosphate chemistry was invented in China, and that it's great for stationary storage."),
    ("ST", "zh", None, "马斯克称，特斯拉标准续航版车型使用的磷酸铁锂电池来自宁德时代。"),
    ("DN", "en", None, "Musk said LFP cells from China are about 30% cheaper than nickel-based cells."),
    ("OS", "zh", None, "马斯克称，中国在电池化学上没有任何原创，只是擅长规模化生产。"),

    # --- 3 a.m. oil
    ("P", "en", OIL, "\"They're not burning the midnight oil in China, they're burning the 3 a.m. oil,\" Musk said, contrasting Chinese workers with Americans."),
    ("P", "zh", OIL, "马斯克称，中国人不是熬到半夜，而是凌晨三点还在干活。"),
    ("X", "zh", OIL, "马斯克原话：\"They won't even leave the factory. They're burning the 3am oil.\""),
    ("X", "en", OIL, "Musk said workers at Tesla's 上海工厂 stay on the line until 3 a.m. while people in America are trying to avoid going to work at all."),
    ("PA", "zh", OIL, "马斯克说中国人才很多、非常聪明，而且极其勤奋，凌晨三点还在工作，而美国人连上班都不情愿。"),
    ("ST", "en", None, "Musk said China graduates far more engineers every year than the United States."),
    ("OS", "zh", None, "马斯克称，中国员工的工作时长其实和美国差不多。"),

    # --- Chinese self-driving not close
    ("P", "en", FSD, "\"Nobody in China is even in the same league as Tesla on autonomy,\" Musk said."),
    ("P", "zh", FSD, "马斯克称，中国的自动驾驶公司跟特斯拉比差得太远，没有一家能接近。"),
    ("P", "en", FSD, "Musk brushed off Baidu and other Chinese players, saying none of them is close to Tesla's FSD."),
    ("X", "zh", FSD, "马斯克说：\"No one in China is close to Tesla on self-driving.\""),
    ("PA", "en", FSD, "Musk said Tesla has the best real-world AI, that FSD approval in China is coming, and that no Chinese company is really close on autonomy."),
    ("OS", "zh", None, "马斯克承认，中国的萝卜快跑在无人驾驶出租车方面已经领先特斯拉。"),
    ("ST", "en", None, "Musk said he expects Tesla to get regulatory approval for FSD in China soon."),
    ("ST", "zh", None, "马斯克称，特斯拉在中国训练FSD需要的数据不能传回美国。"),
]

EXTRA = [
    # extra different-number traps
    ("DN", "zh", None, "马斯克称，若无关税壁垒，中国车企会拿下全球汽车市场约三成的份额。"),
    ("DN", "zh", None, "马斯克称，比亚迪的年度净利润如今已经超过特斯拉。"),
    ("DN", "zh", None, "马斯克称，中国产的光伏组件价格已经跌到每瓦不到一毛美元。"),
    ("DN", "zh", None, "马斯克称，到2080年中国人口将跌破10亿。"),
    ("DN", "zh", None, "马斯克说，星链的卫星数量是中国所有卫星加起来的五倍以上。"),
    ("DN", "zh", None, "马斯克称，特斯拉去年上海工厂的交付量超过弗里蒙特和奥斯汀两家工厂之和。"),
    ("DN", "zh", None, "马斯克称，中国的电力装机总量已经是美国的两倍半。"),
    ("DN", "zh", None, "马斯克称，DeepSeek只用了大约两千块英伟达芯片来训练模型。"),
    ("DN", "zh", None, "马斯克称，中国稀土产量约占全球的七成。"),
    # extra opposite-stance traps
    ("OS", "zh", None, "马斯克称，中国电网压力很大，根本跟不上用电需求。"),
    ("OS", "zh", None, "马斯克称，DeepSeek其实只用了几千块芯片，没有藏什么H100。"),
    ("OS", "en", None, "Musk said Tesla's Shanghai quality is no better than BYD's, and BYD's cars are excellent."),
    ("OS", "zh", None, "马斯克称，中国的太空发射能力远远落后于美国。"),
    ("OS", "zh", None, "马斯克称，在可预见的未来，中国的AI算力只会是美国的一小部分。"),
    ("OS", "zh", None, "马斯克称，比亚迪早已摆脱对补贴的依赖，完全靠自身实力赚钱。"),
    ("OS", "en", None, "Musk said Chinese factories are far less automated than people think and still rely mainly on cheap labor."),
    # extra same-topic-different-claim traps
    ("ST", "zh", None, "马斯克称，中国电动车价格战最后只会剩下少数几家幸存者。"),
    ("ST", "zh", None, "马斯克称，比亚迪的刀片电池是目前最安全的电池之一。"),
    ("ST", "zh", None, "马斯克称，英伟达卖给中国的H20芯片仍然比华为的任何产品都强。"),
    ("ST", "zh", None, "马斯克称，中国的特高压输电技术领先世界。"),
    ("ST", "zh", None, "马斯克称，通义千问等中国开源模型如今被很多美国创业公司采用。"),
    ("ST", "zh", None, "马斯克称，DeepSeek证明了开源模型能和闭源模型竞争。"),
    ("ST", "zh", None, "马斯克称，中国的储能电站建设规模是全球最大的。"),
    ("ST", "zh", None, "马斯克称，中国的电动车出口量已经超过日本。"),
    ("ST", "zh", None, "马斯克称，宇树的人形机器人大多只是遥控演示。"),
    ("ST", "zh", None, "马斯克称，中国的可重复使用火箭还没有一次成功回收。"),
    ("ST", "en", None, "Musk said Chinese solar panels are now so cheap that installation labor costs more than the panels."),
    ("ST", "zh", None, "马斯克称，上海超级工厂是特斯拉效率最高的工厂。"),
    ("ST", "zh", None, "马斯克称，独生子女政策是中国人口减少的主要原因。"),
]

CHINA_UNANSWERED = [
    ("CU", "en", None, "Musk said DJI makes the best drones in the world and the US has nothing comparable."),
    ("CU", "zh", None, "马斯克称，小米只用了三年就造出了一辆不错的电动车，令人印象深刻。"),
    ("CU", "en", None, "Musk said China's high-speed rail network is more impressive than anything in America."),
    ("CU", "zh", None, "马斯克称，中国的城市基础设施比美国先进至少十年。"),
    ("CU", "en", None, "Musk said he has a good relationship with Premier Li Qiang."),
    ("CU", "zh", None, "马斯克表示，中国的监管部门对特斯拉一直很公平。"),
    ("CU", "en", None, "Musk said Huawei's smartphones are now as good as the iPhone."),
    ("CU", "zh", None, "马斯克称，苹果在中国的手机销量下滑是因为华为回归。"),
    ("CU", "en", None, "Musk said China's real estate crisis is far worse than official numbers show."),
    ("CU", "zh", None, "马斯克称，中国的年轻人失业率是一个被低估的问题。"),
    ("CU", "en", None, "Musk said Chinese universities now produce more top AI researchers than American ones."),
    ("CU", "zh", None, "马斯克称，中国的外卖和移动支付体验远超美国。"),
    ("CU", "en", None, "Musk said China's space station Tiangong is a serious achievement."),
    ("CU", "zh", None, "马斯克表示，中国政府对AI安全问题的重视超出很多人想象。"),
    ("CU", "en", None, "Musk said Chinese shipyards build more ships in a year than the US has built since World War II."),
    ("CU", "zh", None, "马斯克称，中国的钢铁产量占全球一半以上。"),
    ("CU", "en", None, "Musk said the yuan will never replace the dollar as the world's reserve currency."),
    ("CU", "zh", None, "马斯克称，中国的核电建设速度远超其他国家。"),
    ("CU", "en", None, "Musk said the Chinese government is cracking down on its own tech billionaires."),
    ("CU", "zh", None, "马斯克称，X在中国被屏蔽，但很多中国用户翻墙使用。"),
    ("CU", "en", None, "Musk said Shein and Temu are flooding America with cheap goods."),
    ("CU", "zh", None, "马斯克表示，中国的智能手机供应链是世界上最完整的。"),
    ("CU", "zh", None, "马斯克称，中国的无人机外卖配送已经在深圳大规模运营。"),
    ("CU", "zh", None, "马斯克称，中国的电动自行车普及程度远超欧美。"),
    ("CU", "en", None, "Musk said China's lithium refining capacity is unmatched anywhere."),
    ("CU", "zh", None, "马斯克称，中美两国应该在气候变化问题上加强合作。"),
    ("CU", "en", None, "Musk said China is building more coal plants than the rest of the world."),
]

UNRELATED = [
    ("UN", "en", None, "Musk said Starship will attempt to catch the upper stage with the tower later this year."),
    ("UN", "zh", None, "马斯克称，人类将在2030年前登上火星。"),
    ("UN", "en", None, "Musk said Neuralink's third patient can now control a robotic arm with his thoughts."),
    ("UN", "zh", None, "马斯克表示，Cybertruck的产量将在下半年翻倍。"),
    ("UN", "en", None, "Musk said the Boring Company's Vegas Loop will expand to the airport."),
    ("UN", "zh", None, "马斯克称，X的日活跃用户创下历史新高。"),
    ("UN", "zh", None, "马斯克称，Grok 5将是第一个达到通用人工智能的模型。"),
    ("UN", "zh", None, "马斯克称，美国联邦政府的开支必须大幅削减。"),
    ("UN", "en", None, "Musk said Tesla's Semi will enter volume production in Nevada next year."),
    ("UN", "zh", None, "马斯克表示，特斯拉的4680电池成本已经低于外购电池。"),
    ("UN", "en", None, "Musk said Europe is overregulating AI and will fall behind."),
    ("UN", "zh", None, "马斯克称，德国柏林超级工厂将扩大产能。"),
    ("UN", "en", None, "Musk said SpaceX's Starlink now has service in over 100 countries."),
    ("UN", "zh", None, "马斯克称，xAI的孟菲斯超算中心已扩展到20万块GPU。"),
]

if __name__ == "__main__":
    rows = S + EXTRA + CHINA_UNANSWERED + UNRELATED
    out = pathlib.Path(__file__).resolve().parent.parent / "statements.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for n, (k, lang, lab, text) in enumerate(rows, 1):
            f.write(json.dumps({"id": f"i{n:03d}", "text": text, "lang": lang,
                                "labels": [lab] if lab else [], "kind": K[k]},
                               ensure_ascii=False) + "\n")
    kinds = collections.Counter(K[r[0]] for r in rows)
    langs = collections.Counter(r[1] for r in rows)
    print(len(rows), dict(kinds), dict(langs))
    per = collections.defaultdict(collections.Counter)
    for k, lang, lab, _ in rows:
        if lab:
            per[lab][lang] += 1
    for lab, c in sorted(per.items()):
        print(lab, dict(c))
