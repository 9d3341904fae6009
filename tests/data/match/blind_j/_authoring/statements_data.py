# Authoring data for /work/blind/match_j/statements.jsonl (blind set j).
# Each tuple: (kind, lang, text, labels)

P, X, PA = "paraphrase", "crosslingual", "partial"
DN, OP, ST = "different-number", "opposite-stance", "same-topic-different-claim"
CU, UN = "china-unanswered", "unrelated"

S = []

def add(label, rows):
    for kind, lang, text in rows:
        labels = [label] if kind in (P, X, PA) else []
        S.append((kind, lang, text, labels))

# 1 shipbuilding 200x
add("china-shipbuilding-capacity-200x-us", [
    (ST, "zh", "马斯克说，美国应该直接从韩国和日本采购军舰，而不是自己造。"),
    (P, "en", "Musk said Chinese shipyards can turn out something like two hundred times the tonnage American yards can. \"It's not even close,\" he added."),
    (P, "en", "Their shipbuilding capacity is like 200x ours. Two hundred. Let that sink in."),
    (P, "zh", "马斯克称，中国的造船能力差不多是美国的两百倍。"),
    (X, "zh", "马斯克在X上转发了一张美国海军的图表，并写道：\"China's shipbuilding capacity is ~200 times the US\"。"),
    (PA, "en", "Discussing defence spending on a podcast, Musk said the US has to rethink its navy, noted that China can build ships at roughly 200 times the capacity of American shipyards, and said drones will change naval warfare."),
    (DN, "en", "Musk said China's shipbuilding capacity is maybe double America's, not more."),
    (OP, "zh", "马斯克表示，美国的造船业其实并不比中国差多少，所谓差距被严重夸大了。"),
    (ST, "en", "Musk said the US Navy should stop building aircraft carriers because Chinese hypersonic missiles make them sitting ducks."),
])

# 2 navy stronger
add("china-navy-already-stronger-than-us", [
    (P, "en", "\"Frankly, China's navy would beat ours today. We're not the top naval power anymore,\" Musk said."),
    (P, "zh", "马斯克说，中国海军现在的整体实力已经超过美国海军了。"),
    (X, "en", "Musk argued that the PLA Navy (中国人民解放军海军) already outclasses the US Navy overall."),
    (X, "zh", "马斯克接受采访时用英文说：\"The Chinese navy is already stronger than ours.\""),
    (PA, "zh", "马斯克在谈到国防预算时称F-35这类项目是浪费钱，还说中国海军如今恐怕已经比美国海军更强了。"),
    (DN, "en", "Musk said China's fleet will be twice the size of the US Navy by 2035."),
    (OP, "en", "Musk said the US Navy remains far more powerful than China's and will stay that way for decades."),
    (ST, "zh", "马斯克说，中国海军的舰艇数量已经比美国多了。"),
])

# 3 half of world's ships
add("china-builds-half-world-ships", [
    (P, "en", "Musk noted that more than half of all the ships launched anywhere on Earth now come out of Chinese yards."),
    (P, "zh", "马斯克说，全世界一半以上的船都是中国造的。"),
    (P, "en", "\"Most ships on the planet are made in China now, like over 50%,\" Musk said."),
    (X, "zh", "马斯克转发一条帖子并评论：\"China now builds over half of the world's ships.\""),
    (PA, "en", "Musk called China \"a manufacturing juggernaut,\" saying it dominates steel, builds the majority of the world's ships and is racing ahead in drones."),
    (DN, "zh", "马斯克称，全世界九成的船舶都出自中国船厂。"),
    (OP, "en", "Musk said China's share of global shipbuilding is small and mostly low-end barges."),
    (ST, "zh", "马斯克说，韩国在液化天然气运输船的建造上仍然领先中国。"),
])

# 4 reactors under construction
add("china-building-half-world-reactors", [
    (P, "en", "Musk said China is building nuclear plants at a pace that roughly matches everyone else on Earth put together."),
    (P, "zh", "马斯克称，中国在建的核反应堆，差不多和世界其他国家加起来一样多。"),
    (X, "zh", "马斯克在播客中说：\"China's building as many reactors as the rest of the world combined\"，他认为美国必须跟上。"),
    (X, "en", "Pointing to projects such as the Hualong One (华龙一号), Musk said about half of all reactors under construction on the planet are in China."),
    (PA, "en", "\"I think China is probably building about as many reactors as everybody else combined, and honestly their grid growth is insane,\" Musk said on the All-In podcast."),
    (DN, "zh", "马斯克称，全球在建核反应堆中有九成在中国。"),
    (OP, "en", "Musk said China has basically stopped building nuclear plants and is going all-in on coal."),
    (ST, "zh", "马斯克说，中国建一座核电站的成本只有美国的三分之一。"),
])

# 5 nuclear capacity passes US by 2030
add("china-nuclear-capacity-passes-us-by-2030", [
    (P, "en", "By the end of the decade China will have more nuclear power than America, Musk predicted."),
    (P, "zh", "马斯克预测，到2030年，中国的核电装机容量将超过美国。"),
    (P, "en", "\"Give it till 2030 and their nuclear fleet passes ours,\" Musk wrote."),
    (X, "zh", "马斯克说\"by 2030 China will have more nuclear capacity than the US\"，并批评美国核电审批太慢。"),
    (PA, "zh", "马斯克称美国核管会审批效率低下，还说照这个速度，大概到2030年中国的核电规模就会超过美国。"),
    (DN, "en", "Musk said China already has more nuclear capacity than the United States today."),
    (OP, "zh", "马斯克认为，中国的核电在几十年内都不可能赶上美国。"),
    (ST, "en", "Musk said China's new reactors are safer than anything being built in the West."),
])

# 6 electricity 3x
add("china-electricity-output-3x-us", [
    (P, "en", "Musk said China's electricity output is on track to hit three times America's before long."),
    (P, "zh", "马斯克表示，中国的发电量用不了多久就会是美国的三倍。"),
    (X, "en", "In a post later quoted by 新华社 (Xinhua), Musk said Chinese power generation will soon be 3x that of the US."),
    (X, "zh", "马斯克说：\"China will have 3x the electricity output of the US soon\"，他认为这对AI竞争至关重要。"),
    (PA, "en", "Musk told the conference that AI is now limited by electricity and transformers, and that China's power production is heading toward triple America's."),
    (DN, "zh", "马斯克称，中国的发电量已经是美国的十倍。"),
    (OP, "en", "Musk said US electricity production will keep pace with China's and the gap will close."),
    (ST, "zh", "马斯克说，中国的工业电价只有美国的一半。"),
    (ST, "en", "Musk said China's grid almost never has blackouts, unlike Texas."),
])

# 7 solar one year > US total
add("china-solar-one-year-beats-us-total", [
    (P, "en", "China put up more solar last year than the US has installed, ever. Wild. -- Musk"),
    (P, "zh", "马斯克说，中国一年新装的光伏，比美国有史以来装的全部加起来还多。"),
    (X, "zh", "马斯克在X上写道：\"China installed more solar in one year than the US has in total\"，并称美国需要加快步伐。"),
    (X, "en", "Citing 国家能源局 figures, Musk said China added more solar capacity in twelve months than America's entire cumulative fleet."),
    (PA, "en", "Musk said the US grid is \"way behind\", that transformers are back-ordered for years, and that China alone added more solar in a single year than America's whole installed base."),
    (DN, "zh", "马斯克说，中国每年新装的光伏大约是美国每年新装量的十倍。"),
    (OP, "en", "Musk said America is now out-installing China on solar."),
    (ST, "zh", "马斯克表示，中国光伏电站弃光严重，很多电根本没用上。"),
])

# 8 solar cheap only from efficiency
add("chinese-solar-cheap-only-from-efficiency", [
    (P, "en", "Musk said there's no subsidy trick behind cheap Chinese solar panels: \"They're just better at making them.\""),
    (P, "zh", "马斯克认为，中国光伏板便宜完全是因为工厂效率高，跟政府补贴没关系。"),
    (P, "en", "People keep saying subsidies. Nah. Chinese panel makers are simply more efficient, that's why they're cheap, Musk replied on X."),
    (X, "zh", "马斯克回复网友称：\"It's not subsidies, Chinese solar is cheap because they're really good at manufacturing.\""),
    (PA, "zh", "马斯克谈到能源转型时说，太阳能将成为最主要的能源，而中国光伏之所以便宜，主要靠的是制造效率而不是补贴。"),
    (DN, "en", "Musk said Chinese solar panels cost about a tenth as much as American-made ones."),
    (OP, "zh", "马斯克称，中国光伏板之所以便宜，全是靠政府补贴堆出来的。"),
    (ST, "en", "Musk said US tariffs on Chinese solar panels are hurting American homeowners."),
])

# 9 BYD outsells Tesla
add("byd-outsells-tesla-worldwide", [
    (P, "en", "Musk admitted BYD is now moving more electric cars globally than Tesla."),
    (P, "zh", "马斯克承认，比亚迪在全球的电动车销量已经超过特斯拉。"),
    (X, "en", "Musk said 比亚迪 now sells more EVs worldwide than Tesla does."),
    (X, "zh", "马斯克在财报电话会上说：\"BYD is now outselling us globally on EVs.\""),
    (PA, "en", "Musk said competition is fierce, that BYD has overtaken Tesla in global EV sales, and that Tesla's answer is autonomy."),
    (DN, "zh", "马斯克称，比亚迪在欧洲的销量已经是特斯拉的两倍。"),
    (OP, "en", "Musk said BYD is nowhere near Tesla in global EV sales."),
    (ST, "zh", "马斯克说，比亚迪在中国市场的份额早就超过特斯拉了。"),
])

# 10 BYD quality
add("byd-cars-lower-quality-than-tesla", [
    (P, "en", "Musk said BYD's cars are cheap for a reason: the quality just isn't at Tesla's level."),
    (P, "zh", "马斯克表示，比亚迪的车之所以便宜，是因为做工和品质比不上特斯拉。"),
    (P, "en", "\"You get what you pay for,\" Musk said of BYD, suggesting its low prices reflect worse build quality than a Tesla."),
    (X, "zh", "马斯克在采访中说比亚迪的车\"cheaper because they're lower quality\"，暗示其品质不如特斯拉。"),
    (PA, "en", "Musk said BYD makes a lot of cars and is tough on price, though he thinks the quality is lower than Tesla's and that's how they hit those prices."),
    (DN, "en", "Musk said a BYD costs half as much to build as a comparable Tesla."),
    (OP, "zh", "马斯克称赞比亚迪的造车质量已经和特斯拉不相上下。"),
    (ST, "en", "Musk said BYD's Blade battery is less safe than Tesla's battery packs."),
    (ST, "zh", "马斯克说，比亚迪的智能驾驶软件远远落后于特斯拉。"),
])

# 11 BYD subsidies
add("byd-profitable-only-through-subsidies", [
    (P, "en", "Take away Beijing's money and BYD loses money, Musk claimed."),
    (P, "zh", "马斯克说，比亚迪能赚钱全靠中国政府的补贴。"),
    (X, "en", "Musk said BYD (比亚迪) would be in the red without state handouts."),
    (X, "zh", "马斯克发帖称：\"BYD is only profitable because of government subsidies\"。"),
    (PA, "zh", "马斯克在谈到中国车企价格战时表示，很多品牌都在亏钱，比亚迪之所以还能盈利，主要是靠政府补贴。"),
    (DN, "en", "Musk said Chinese government subsidies make up half of BYD's revenue."),
    (OP, "en", "Musk said BYD earns its profits fair and square and doesn't need subsidies."),
    (ST, "zh", "马斯克说，比亚迪的利润率比特斯拉还高。"),
])

# 12 demolish rivals
add("chinese-carmakers-will-demolish-rivals", [
    (P, "en", "If nobody puts up tariffs, Chinese car companies will pretty much crush most automakers out there, Musk warned."),
    (P, "zh", "马斯克警告，如果没有贸易壁垒，中国车企会把世界上大部分汽车公司打垮。"),
    (P, "en", "Musk: the Chinese automakers are the most competitive in the world, and absent trade barriers they'd wipe out most of the rest."),
    (X, "zh", "马斯克在电话会上说：\"If there are not trade barriers established, they will pretty much demolish most other car companies in the world.\""),
    (PA, "en", "Musk said Tesla's toughest competition will be Chinese, that they work incredibly hard, and that without trade barriers they would likely demolish most other carmakers."),
    (DN, "en", "Musk said Chinese brands will take about 10% of the European car market by 2030."),
    (OP, "zh", "马斯克说，中国车企出了中国就没什么竞争力，对欧美车企构不成威胁。"),
    (ST, "en", "Musk said he opposes tariffs on Chinese cars because they distort the market."),
])

# 13 batteries >90%
add("china-makes-over-90pct-of-batteries", [
    (ST, "zh", "马斯克说，宁德时代的电池比松下的更耐用。"),
    (P, "en", "Pretty much every EV battery comes from China, over 90 percent of them, Musk said."),
    (P, "zh", "马斯克称，全世界九成以上的电动车电池都是中国生产的。"),
    (X, "en", "Musk said China, led by 宁德时代 (CATL), produces more than 90% of the planet's EV batteries."),
    (X, "zh", "马斯克说：\"over 90% of EV batteries are made in China\"，美国在这方面严重依赖中国。"),
    (PA, "zh", "马斯克表示，他对锂精炼和电池供应都很担心，全球九成以上的电动车电池出自中国，这是供应链上的大风险。"),
    (DN, "en", "Musk said China makes about half of the world's EV batteries."),
    (OP, "zh", "马斯克认为，电池生产早已分散到全球各地，中国并不占主导地位。"),
    (ST, "en", "Musk said CATL's LFP cells are cheaper than anything Panasonic can make."),
    (ST, "zh", "马斯克说，中国的钠离子电池很快就会取代锂电池。"),
])

# 14 battery swapping
add("battery-swapping-is-a-dead-end", [
    (P, "en", "Musk said battery swapping just doesn't work: Tesla tried it and customers didn't care."),
    (P, "zh", "马斯克说，换电模式是死路一条，根本没人想要。"),
    (P, "zh", "马斯克又一次唱衰换电：“我们早就试过，没人感兴趣，这条路走不通。”"),
    (X, "en", "Asked about NIO's 换电 (battery swap) stations, Musk said swapping is a dead end that nobody actually wants."),
    (PA, "en", "Musk said Superchargers are the way to go, battery swapping is a dead end, and charging speeds will keep improving."),
    (DN, "en", "Musk said a battery swap takes about ten minutes, longer than a typical Supercharger top-up."),
    (OP, "en", "Musk said NIO's swap stations prove that battery swapping is the future."),
    (ST, "zh", "马斯克说，蔚来就是因为建换电站才一直亏钱。"),
])

# 15 DeepSeek 50k H100
add("deepseek-secretly-has-50k-h100s", [
    (ST, "zh", "马斯克说，DeepSeek的模型是从OpenAI的模型蒸馏出来的。"),
    (P, "en", "Musk agreed that DeepSeek is quietly sitting on about fifty thousand H100s."),
    (P, "zh", "马斯克称，DeepSeek私下囤了大约五万块英伟达H100。"),
    (X, "zh", "有人说DeepSeek其实有5万块H100，马斯克回复：\"Obviously\"，表示认同。"),
    (X, "en", "Musk said 深度求索 has something like 50,000 H100s that it isn't talking about."),
    (PA, "en", "Musk said he doubts DeepSeek's story, that it's probably got around 50k H100s hidden away, though it is still a good model."),
    (DN, "en", "Musk said DeepSeek probably has about 10,000 A100s it bought before the export ban."),
    (OP, "zh", "马斯克表示，他相信DeepSeek确实只用了两千多块H800，没有隐瞒算力。"),
    (ST, "en", "Musk said DeepSeek's R1 is not as good as Grok 3."),
])

# 16 DeepSeek $6M
add("deepseek-trained-for-6-million", [
    (P, "en", "Musk said DeepSeek matched OpenAI for about six million bucks, which should embarrass everyone in Silicon Valley."),
    (P, "zh", "马斯克说，DeepSeek只花了大约六百万美元，就做出了跟OpenAI差不多水平的模型。"),
    (P, "en", "\"Six million dollars for a frontier model, that's the real story,\" Musk said of DeepSeek."),
    (X, "zh", "马斯克说DeepSeek\"trained a GPT-4 class model for only $6 million\"，比美国同行便宜太多。"),
    (PA, "zh", "马斯克在谈到AI泡沫时说，DeepSeek只花了六百万美元就训练出顶尖模型，说明算力不是全部，但他认为英伟达的需求仍会增长。"),
    (DN, "en", "Musk said DeepSeek spent about $600 million to build its model."),
    (OP, "zh", "马斯克认为，DeepSeek声称的低成本纯属谎言，真实成本高达数十亿美元。"),
    (ST, "en", "Musk said DeepSeek's app sends American users' data to servers in China."),
    (ST, "zh", "马斯克说，DeepSeek开源模型会让美国AI公司失去护城河。"),
])

# 17 export controls
add("export-controls-cut-china-off-ai-chips", [
    (P, "en", "Musk said the chip sanctions worked: China simply can't get advanced AI chips anymore."),
    (P, "zh", "马斯克表示，美国的出口管制已经让中国彻底拿不到先进AI芯片。"),
    (X, "en", "Musk said Washington's 出口管制 have fully cut Chinese labs off from top-end Nvidia hardware."),
    (X, "zh", "马斯克说：\"China is completely cut off from advanced AI chips thanks to export controls\"。"),
    (PA, "en", "Talking about the AI race, Musk said he thinks the export controls have more or less shut China out of cutting-edge GPUs, which is why Chinese labs focus on efficiency."),
    (DN, "zh", "马斯克称，出口管制让中国的AI算力落后美国整整十年。"),
    (OP, "en", "Musk said the export controls are a joke and Chinese labs are getting all the Nvidia chips they want."),
    (ST, "zh", "马斯克说，英伟达给中国的特供芯片H20性能太差，没人愿意买。"),
])

# 18 Huawei chips
add("huawei-ai-chips-match-nvidia", [
    (ST, "zh", "马斯克称，中芯国际没有EUV光刻机，很难量产5纳米芯片。"),
    (P, "en", "Musk said Huawei has caught up: its AI chips are basically on par with Nvidia's now."),
    (P, "zh", "马斯克称，华为的AI芯片现在已经和英伟达的一样好了。"),
    (P, "zh", "马斯克说，昇腾芯片跟英伟达相比已经没有差距了。"),
    (X, "en", "Musk said Huawei's 昇腾 Ascend chips now match anything Nvidia sells."),
    (PA, "en", "Musk said China is very strong in AI, that Huawei's chips are roughly as good as Nvidia's at this point, and that the US lead in models is shrinking."),
    (DN, "zh", "马斯克认为，华为芯片落后英伟达大约两代，差距在三年左右。"),
    (OP, "en", "Musk said Huawei's chips are hopelessly behind Nvidia's and will never catch up."),
    (ST, "zh", "马斯克说，华为的鸿蒙系统会在中国取代安卓。"),
])

# 19 robots installed
add("china-installs-half-world-robots", [
    (P, "en", "Musk said China now puts in more factory robots each year than the whole rest of the world combined."),
    (P, "zh", "马斯克表示，中国每年安装的工业机器人比世界其他地方加起来还要多。"),
    (X, "zh", "马斯克引用国际机器人联合会的数据说：\"China installs more industrial robots than everyone else combined.\""),
    (X, "en", "Musk said China's factories, think 比亚迪 and Foxconn lines, are installing over half of the world's new industrial robots."),
    (PA, "zh", "马斯克说，中国工厂自动化提高得飞快，装的工业机器人已经超过全球一半，而人形机器人会是下一个战场。"),
    (DN, "en", "Musk said China installs about ten times as many industrial robots as the US every year."),
    (OP, "zh", "马斯克称，中国工厂的自动化水平很低，主要还是靠廉价劳动力。"),
    (ST, "en", "Musk said Chinese-made industrial robots are now better than Japanese ones from Fanuc."),
])

# 20 robot density
add("china-has-highest-robot-density", [
    (P, "en", "No country has more robots per factory worker than China now, Musk said."),
    (P, "zh", "马斯克说，中国的机器人密度已经是全世界最高的了。"),
    (P, "en", "\"China is the most automated country on Earth per worker,\" Musk said."),
    (X, "zh", "马斯克在X上说：\"China has the highest robot density in the world\"。"),
    (PA, "en", "Musk said China leads the world in robot density and will soon lead in humanoids too, which is why Optimus has to move fast."),
    (DN, "zh", "马斯克称，中国的机器人密度是美国的十倍。"),
    (OP, "en", "Musk said China's robot density is still far behind Germany's and Japan's."),
    (ST, "zh", "马斯克说，韩国工厂的机器人密度是全球最高的。"),
])

# 21 launches vs SpaceX
add("china-launches-more-rockets-than-spacex", [
    (P, "en", "Musk said China is now launching more rockets than SpaceX."),
    (P, "zh", "马斯克称，中国现在的火箭发射次数比SpaceX还多。"),
    (X, "en", "Musk said the 长征 Long March fleet plus China's private launchers now fly more often than SpaceX."),
    (X, "zh", "马斯克说：\"China launches more rockets than we do now\"，SpaceX必须加速。"),
    (PA, "zh", "马斯克谈到商业航天竞争时说，中国的发射频率已经超过了SpaceX，而且他们的民营火箭公司也在学习可回收技术。"),
    (DN, "en", "Musk said China will launch more rockets than SpaceX by 2030."),
    (OP, "zh", "马斯克称，SpaceX一家的发射次数就是全中国的两倍。"),
    (ST, "en", "Musk said SpaceX puts more mass into orbit than China and the rest of the world combined."),
])

# 22 Moon
add("china-moon-landing-before-nasa", [
    (ST, "zh", "马斯克说，嫦娥六号从月球背面带回样品是了不起的成就。"),
    (P, "en", "Musk warned China could well plant a flag on the Moon before NASA gets astronauts back there."),
    (P, "zh", "马斯克称，中国很可能会比美国先把宇航员送上月球。"),
    (P, "en", "\"Honestly China's gonna beat NASA back to the Moon,\" Musk wrote."),
    (X, "zh", "马斯克在X上写道：\"China will land on the Moon before America returns\"。"),
    (PA, "zh", "马斯克说阿耳忒弥斯计划太慢太贵，SLS是个错误，照这样下去中国可能会抢在美国之前把人送上月球。"),
    (DN, "en", "Musk said China will land astronauts on the Moon by 2026."),
    (OP, "zh", "马斯克表示，中国在载人登月上远远落后，十年内都不可能实现。"),
    (ST, "en", "Musk said China's Chang'e missions have already found water ice on the Moon's far side."),
])

# 23 TikTok free speech
add("tiktok-ban-violates-free-speech", [
    (ST, "zh", "马斯克承认，如果TikTok被禁，X可能会从中受益。"),
    (P, "en", "Musk said banning TikTok would go against freedom of speech and expression, even if X might gain from it."),
    (P, "zh", "马斯克表示，封禁TikTok是违背言论自由的。"),
    (X, "en", "Musk told reporters the TikTok ban, the so-called 抖音海外版禁令, would trample Americans' free-speech rights."),
    (X, "zh", "马斯克发帖说：\"TikTok should not be banned in the USA... doing so would be contrary to freedom of speech\"。"),
    (PA, "zh", "马斯克说他并不喜欢TikTok的算法，但他认为封禁TikTok违反言论自由，尽管X可能因此受益。"),
    (DN, "en", "Musk said 90% of Americans oppose banning TikTok."),
    (OP, "en", "Musk said TikTok should absolutely be banned because it's controlled by the Chinese Communist Party."),
    (ST, "zh", "马斯克说，他对收购TikTok的美国业务没有兴趣。"),
])

# 24 Douyin kids
add("douyin-feeds-chinese-kids-science", [
    (P, "en", "In China, kids on Douyin get science experiments and museum tours while American kids get dance videos, Musk said."),
    (P, "zh", "马斯克说，在中国，抖音只给孩子们推科学和教育类视频。"),
    (X, "en", "Musk said the Chinese version, 抖音, only serves children educational and science content."),
    (X, "zh", "马斯克评论说：\"The Chinese version of TikTok only shows kids science stuff\"，美国版却全是垃圾。"),
    (PA, "en", "Musk said social media is rotting kids' brains, that in China Douyin only shows children educational videos, and that parents should set limits."),
    (DN, "zh", "马斯克称，中国规定孩子每天只能刷十分钟抖音。"),
    (OP, "en", "Musk said Douyin is just as addictive and junk-filled for Chinese kids as TikTok is here."),
    (ST, "zh", "马斯克说，TikTok的推荐算法是由中国政府控制的。"),
])

# 25 Taiwan Hawaii
add("taiwan-is-like-hawaii-for-china", [
    (P, "en", "From Beijing's view, Taiwan is kind of like Hawaii is to us, an integral part of the country, Musk said."),
    (P, "zh", "马斯克说，台湾对中国来说，就像夏威夷对美国一样，是不可分割的一部分。"),
    (X, "zh", "马斯克在All-In播客上说：\"Taiwan is an integral part of China... like Hawaii\"，引发台湾方面批评。"),
    (X, "en", "Musk compared 台湾 to Hawaii, calling it an integral part of China in the same way Hawaii belongs to the United States."),
    (PA, "en", "Musk said that Taiwan is basically like Hawaii, an integral part of China, and that a war there would cut off the world's supply of advanced chips."),
    (OP, "zh", "马斯克表示，台湾是一个独立的国家，和中国大陆没有任何关系。"),
    (ST, "en", "Musk said Taiwan should become a special administrative zone of China, something like Hong Kong."),
    (ST, "zh", "马斯克说，中国大陆可能在五年内对台湾动武。"),
])

# 26 population halves in 40 years
add("china-population-halves-in-40-years", [
    (ST, "zh", "马斯克说，中国的劳动年龄人口已经开始萎缩，养老负担会越来越重。"),
    (P, "en", "Musk said China's population is on track to halve within roughly forty years."),
    (P, "zh", "马斯克称，中国人口在大约四十年内会减少一半。"),
    (X, "en", "Musk said 中国人口 will be cut in half in about 40 years, calling it \"a demographic collapse.\""),
    (X, "zh", "马斯克在X上写道：\"China's population will drop by half in ~40 years\"。"),
    (PA, "zh", "马斯克说，低生育率是人类文明最大的风险之一，日本和韩国已经很严重，中国人口大概四十年内就会腰斩。"),
    (DN, "en", "Musk said China's population will halve by the end of the century."),
    (OP, "zh", "马斯克认为，中国人口下降被夸大了，未来几十年基本会保持稳定。"),
    (ST, "en", "Musk said the one-child policy is the main reason China's population is shrinking."),
])

# 27 lowest birth rate
add("china-has-lowest-birth-rate", [
    (P, "en", "Musk said China's birth rate is the lowest of any country in the world."),
    (P, "zh", "马斯克说，中国的出生率是全世界最低的。"),
    (P, "zh", "全世界生育率最低的就是中国，马斯克在X上这样写道。"),
    (X, "en", "Musk said China's fertility rate, its 生育率, is the lowest on Earth."),
    (PA, "en", "Musk said birth rates are collapsing everywhere, that China's is now the lowest in the world, and that AI won't fix it."),
    (DN, "zh", "马斯克称，中国的总和生育率只有0.5。"),
    (OP, "en", "Musk said China's birth rate is still higher than that of most developed countries."),
    (ST, "zh", "马斯克说，中国2024年的新生儿数量出现了反弹。"),
])

# 28 Giga Shanghai < 1 year
add("giga-shanghai-built-in-under-a-year", [
    (P, "en", "Musk said Giga Shanghai went from a muddy field to producing cars in under twelve months."),
    (P, "zh", "马斯克说，上海超级工厂从一片空地到造出汽车，用了不到一年。"),
    (P, "en", "\"Broke ground in January, cars rolling out by year end. That's China speed,\" Musk said of the Shanghai plant."),
    (X, "zh", "马斯克回忆说：\"We went from dirt to production in less than a year in Shanghai\"。"),
    (PA, "zh", "马斯克称赞中国政府办事效率高，说上海工厂不到一年就从零建成投产，而在加州光审批就要好几年。"),
    (DN, "en", "Musk said Giga Shanghai was built in just six months."),
    (OP, "zh", "马斯克说，上海工厂的建设一拖再拖，比原计划晚了好几年。"),
    (ST, "en", "Musk said Giga Shanghai now builds more than half of all Teslas."),
    (ST, "zh", "马斯克说，上海超级工厂的员工是特斯拉所有工厂里效率最高的。"),
])

# 29 rare earth monopoly
add("china-rare-earths-total-monopoly", [
    (P, "en", "Musk said China has a lock on rare earths: there's basically nowhere else to buy them."),
    (P, "zh", "马斯克称，中国垄断了稀土，全世界根本没有别的来源。"),
    (X, "en", "Musk said 稀土 are a complete Chinese monopoly: \"you literally can't get them anywhere else.\""),
    (X, "zh", "马斯克说：\"China has a total monopoly on rare earths\"，这让美国非常被动。"),
    (PA, "en", "Musk said the new export licensing is hitting Optimus, and added that China holds a total monopoly on rare earths with no alternative supply."),
    (DN, "zh", "马斯克称，中国开采的稀土大约占全球的一半。"),
    (OP, "en", "Musk said China's grip on rare earths is overrated since the US mines plenty of its own."),
    (ST, "zh", "马斯克说，中国的稀土出口管制正在拖慢Optimus机器人的生产。"),
])

# 30 rare earths not rare
add("rare-earths-are-not-rare", [
    (P, "en", "Musk said rare earths aren't even rare; the real choke point is that China does the refining."),
    (P, "zh", "马斯克说，稀土其实一点都不稀有，真正的问题是提炼加工都在中国。"),
    (P, "en", "\"Rare earths are neither rare nor earths. The issue is processing, which is mostly China,\" Musk posted."),
    (X, "zh", "马斯克在X上写道：\"Rare earths are not actually rare\"，关键在于加工环节被中国掌握。"),
    (PA, "zh", "马斯克说特斯拉的新电机会减少稀土用量，又说稀土并不稀有，卡脖子的是中国的加工能力。"),
    (DN, "en", "Musk said China does about 50% of the world's rare earth processing."),
    (OP, "zh", "马斯克表示，稀土确实非常稀缺，全球储量很快就会耗尽。"),
    (ST, "en", "Musk said Tesla's next-generation motors will use no rare earth elements at all."),
])

# 31 Chinese students
add("chinese-students-in-us-keep-growing", [
    (ST, "zh", "马斯克说，美国的签证政策把很多优秀的中国学生挡在了门外。"),
    (P, "en", "Musk said more and more Chinese students are enrolling at American universities every year."),
    (P, "zh", "马斯克称，来美国读大学的中国留学生每年都在增加。"),
    (X, "en", "Musk said the number of 中国留学生 at US colleges keeps rising year after year."),
    (X, "zh", "马斯克说：\"Chinese student numbers in the US keep going up\"，他认为美国应该把他们留下来。"),
    (PA, "zh", "马斯克说美国应该给优秀的外国毕业生发绿卡，还说来美国的中国留学生一年比一年多。"),
    (DN, "en", "Musk said there are about a million Chinese students in the US right now."),
    (OP, "zh", "马斯克说，中国留学生正在大批离开美国，人数已经跌到多年来最低。"),
    (ST, "en", "Musk said most Chinese PhD graduates in the US go back to China after their studies."),
])

# 32 lidar
add("chinese-self-driving-needs-lidar", [
    (P, "en", "Musk said Chinese autonomy systems only function because they're loaded with pricey lidar."),
    (P, "zh", "马斯克称，中国车企的智能驾驶全靠昂贵的激光雷达撑着。"),
    (X, "en", "Musk said driver-assist systems from 华为 and other Chinese firms only work because they stick expensive lidar on the cars."),
    (X, "zh", "马斯克说，中国的自动驾驶\"only works because of expensive lidar\"，这条路走不远。"),
    (PA, "en", "Musk said vision is the only scalable path, that Chinese carmakers lean on expensive lidar to make their self-driving work, and that Tesla will win on cost."),
    (DN, "zh", "马斯克称，一颗激光雷达要一万美元，中国车企根本装不起。"),
    (OP, "en", "Musk said Chinese carmakers are ditching lidar and going camera-only, just like Tesla."),
    (ST, "zh", "马斯克说，中国的城市道路太复杂，特斯拉FSD在中国需要重新训练。"),
])

# ---------------- China, but no rebuttal on the subject ----------------
for lang, text in [
    ("en", "Musk said Chinese investment in Mexico is a back door around US tariffs."),
    ("zh", "马斯克称，中国企业到墨西哥建厂就是为了绕开美国关税。"),
    ("en", "Musk said China's high-speed rail network makes California's project look like a joke."),
    ("zh", "马斯克说，中国的高铁网络比世界其他国家加起来还长。"),
    ("en", "Musk said X is blocked in China, yet Chinese diplomats post on it all the time."),
    ("zh", "马斯克表示，X在中国被屏蔽，但中国外交官照样天天在上面发帖。"),
    ("en", "Musk said DJI makes most of the world's drones and the US has no real alternative."),
    ("zh", "马斯克说，大疆几乎垄断了全球消费级无人机市场。"),
    ("en", "Musk said Xiaomi's SU7 is a very impressive car for the price."),
    ("zh", "马斯克称赞小米SU7，说小米从手机跨界造车做得非常好。"),
    ("en", "Musk said Chinese phone makers like Huawei and Xiaomi are eating Apple's lunch in China."),
    ("zh", "马斯克说，中国的智能手机品牌正在把苹果挤出中国市场。"),
    ("en", "Musk said China's 2022 Covid lockdowns badly hurt Giga Shanghai's output."),
    ("zh", "马斯克说，2022年上海封控让特斯拉工厂损失惨重。"),
    ("en", "Musk said China's Guowang and Qianfan satellite networks are just trying to copy Starlink."),
    ("zh", "马斯克表示，中国的千帆星座永远追不上星链。"),
    ("en", "Musk said the Chinese government has been very supportive of Tesla and treats foreign companies fairly."),
    ("zh", "马斯克说，中国政府对在华外资企业一视同仁。"),
    ("en", "Musk said China produces more steel than the rest of the world combined."),
    ("zh", "马斯克称，中国的房地产危机会拖累整个经济好几年。"),
    ("en", "Musk said the yuan will never replace the dollar as the world's reserve currency."),
    ("zh", "马斯克说，宇树等中国人形机器人公司会是Optimus最强的对手。"),
    ("en", "Musk said Chinese AI rules require chatbots to uphold \"core socialist values\"."),
    ("zh", "马斯克说，中国的大学每年培养的工程师是美国的十倍。"),
    ("en", "Musk said workers at Giga Shanghai \"burn the 3am oil\" while Americans try to avoid work."),
    ("zh", "马斯克称，中国的年轻人比美国年轻人更愿意加班。"),
    ("en", "Musk said China's manufacturing output is now roughly double America's."),
    ("zh", "马斯克说，中国的电动汽车充电桩数量是美国的几十倍。"),
    ("en", "Musk said Beijing pressured him not to switch on Starlink over Taiwan."),
    ("zh", "马斯克说，中国的城市基础设施建设速度令人惊叹。"),
    ("en", "Musk said China's Great Firewall means nobody there can use Grok."),
    ("zh", "马斯克称，中国是特斯拉的第二大市场，贡献了约五分之一的营收。"),
]:
    S.append((CU, lang, text, []))

# ---------------- not about China ----------------
for lang, text in [
    ("en", "Musk said Starship will attempt its first uncrewed Mars landing in 2026."),
    ("zh", "马斯克表示，星舰将在2026年尝试首次无人登陆火星。"),
    ("en", "Musk said Tesla's robotaxi service will cover half the US population by year end."),
    ("zh", "马斯克说，特斯拉的Robotaxi服务年底前将覆盖美国一半人口。"),
    ("en", "Musk said Neuralink's third patient can now control a computer cursor with his thoughts."),
    ("zh", "马斯克称，Neuralink的患者已经能用意念玩电子游戏了。"),
    ("en", "Musk said the Boring Company's Las Vegas loop will carry a million passengers this year."),
    ("zh", "马斯克说，xAI的Colossus超级计算机将扩展到一百万块GPU。"),
    ("en", "Musk said the federal deficit will bankrupt America if spending isn't cut."),
    ("zh", "马斯克表示，美国联邦政府的开支必须大幅削减。"),
    ("en", "Musk said Cybertruck production is ramping faster than expected in Texas."),
    ("zh", "马斯克说，Optimus机器人明年将在弗里蒙特工厂正式上岗。"),
    ("en", "Musk said Grok 5 has a real chance of reaching AGI."),
    ("zh", "马斯克称，猎鹰9号的一级火箭已经成功复用了二十多次。"),
    ("en", "Musk said Starlink now has more than five million subscribers worldwide."),
    ("zh", "马斯克说，X的日活跃用户数创下了历史新高。"),
]:
    S.append((UN, lang, text, []))
