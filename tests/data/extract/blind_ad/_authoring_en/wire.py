from common import D, P

G = "wire"
DOCS = [

# W1
D(G, "Tesla's Musk says [[Chinese rivals are 'the toughest']] as Starship nears next flight",
P('''SHANGHAI, March 12 (Reuters) - Tesla Chief Executive Elon Musk said on Tuesday that Chinese electric-vehicle makers were "[[the toughest competitors we have ever faced]]" and warned that [[they would keep gaining share abroad unless Western automakers cut costs sharply]].''',
'''Musk, addressing a supplier conference at Tesla's Shanghai Gigafactory by video link after a delayed start, said [[the plant had reached three million vehicles faster than any factory in the company's history]].''',
'''"[[The speed of execution in China is just incredible. Things that take a year elsewhere take a month here]]," he said.''',
'''He also used the appearance to give an update on SpaceX, saying the next Starship test flight was "about six weeks away" pending regulatory approval. "We're going to try catching the ship with the tower this time, which is a little crazy," Musk said.''',
'''Tesla's sales of China-made vehicles fell 4% in February from a year earlier, data from the China Passenger Car Association showed, while BYD's deliveries rose 11%.''',
'''Tesla shares were up 1.2% in premarket trading.'''),
"headline claim gold; topic by neighbourhood: China remarks gold, Starship date in same article not gold; 'they' = Chinese EV makers"),

# W2
D(G, "CATL founder says Musk once asked him to build a U.S. battery plant",
P('''NINGDE, China (Reuters) - Robin Zeng, founder and chairman of Contemporary Amperex Technology Co Ltd (CATL), said on Thursday he once told Elon Musk that Chinese battery makers would be "impossible to catch" within five years, and that the Tesla boss had laughed and asked him to build a factory in Nevada instead.''',
'''Zeng, speaking to reporters at the company's annual technology day in the coastal city of Ningde, said the two men had met "four or five times" since 2019.''',
'''"He is a very direct person. He asked me the price per kilowatt-hour before he asked my name," Zeng said, drawing laughter from the audience.''',
'''Tesla did not respond to a request for comment. The U.S. automaker buys lithium iron phosphate cells from CATL for some standard-range versions of the Model 3 and Model Y built in Shanghai.''',
'''CATL shares closed up 2.3% in Shenzhen.'''),
"someone else's words with Musk as object, inside a dateline sentence; no Musk statement"),

# W3
D(G, "SpaceX launches 23 Starlink satellites; Musk says [[tariffs won't hold back Chinese carmakers]]",
P('''CAPE CANAVERAL, Fla. (AP) — A SpaceX Falcon 9 rocket lifted off from Cape Canaveral Space Force Station late Tuesday, carrying 23 Starlink internet satellites into low-Earth orbit. The first-stage booster, flying for a record 26th time, landed on the drone ship "A Shortfall of Gravitas" about eight minutes after launch.''',
'''Elon Musk, who watched from the company's Starbase site in South Texas, wrote on X that the reuse record "would have been unthinkable five years ago."''',
'''Earlier in the day, in a brief exchange with reporters at Starbase, Musk was asked about the Commerce Department's new duties on Chinese-made electric vehicles. He said [[the duties would not protect American automakers for long]].''',
'''"[[Chinese car companies are extremely good. If you put up a wall, they'll just build a factory on the other side of it]]," he said. He added that [[Tesla itself had "not asked for" the tariffs]].''',
'''The launch was SpaceX's 71st Falcon 9 mission of the year. Another Starlink batch is scheduled to fly from California on Thursday.'''),
"China remarks inside a rocket-launch story (headline claim gold); rocket remarks not gold; 'the duties' resolved to tariffs on Chinese EVs; 'he added'"),

# W4
D(G, "Starship clears heat-shield test as China's LandSpace readies reusable rocket",
P('''BROWNSVILLE, Texas (Reuters) - SpaceX said on Friday its Starship upper stage had completed a full-duration static fire with a redesigned heat shield, clearing the way for a ninth test flight as early as next month.''',
'''"The tiles are the hardest engineering problem on the whole vehicle. We've redone the attachment method three times," Elon Musk told employees in remarks streamed on X. "If this flight goes well, we're on track to send uncrewed ships to Mars at the end of next year."''',
'''Musk also thanked the U.S. space agency for its help with data from earlier re-entries. "NASA has been a great partner on this. Honestly, they've moved faster than anyone expected," he said.''',
'''The test comes as Chinese rivals race to close the gap. Beijing-based LandSpace said this week its Zhuque-3 rocket, designed to land its booster in a similar way to SpaceX's Falcon 9, would make its maiden flight before the end of the year, and state media said China aims to land astronauts on the moon by 2030.''',
'''"Reusability is now a national priority," a LandSpace spokesperson said.'''),
"hard negative: China context from journalist/LandSpace; Musk only on heat shield, Mars and NASA ('they' = NASA)"),

# W5
D(G, "Tesla beats profit estimates as China deliveries rebound",
P('''AUSTIN, Texas (Reuters) - Tesla reported quarterly profit above Wall Street estimates on Wednesday, helped by an 18% rise in deliveries in China, its second-largest market, after a bruising price war.''',
'''On a call with analysts, Chief Executive Elon Musk said [[demand in China had "turned a corner"]]. "[[The Chinese market is the most competitive on Earth, and we're holding our own]]," he said.''',
'''He added that [[the Shanghai factory would start building a cheaper Model Y variant for export to Southeast Asia before the end of the year]]. He also argued that [[local rivals were selling many models below cost and that this "can't go on forever"]].''',
'''Musk also said the Cybercab robotaxi would enter volume production in Texas next year and that Tesla's humanoid robot, Optimus, would be "useful in our own factories" within months.''',
'''Analysts were mixed. "China was the swing factor this quarter, and Musk is right that it turned, but margins there are still razor-thin," said Marissa Chen, an analyst at Harborview Capital.''',
'''"I wouldn't build a thesis on one quarter of Chinese sales," said Paul Krueger of Lindell Securities, who has a "hold" rating on the stock.''',
'''Tesla shares rose 6% in extended trading.'''),
"several people quoted in turn (analysts, one repeating Musk's claim); his reported speech over several sentences (he added / he also argued); robotaxi remarks not gold"),

# W6
D(G, "Tesla shares slip as analysts question Musk's China optimism",
P('''NEW YORK (Reuters) - Tesla shares fell 3% on Thursday as several analysts said the company's outlook for China looked too rosy following a weaker-than-expected quarter in the country.''',
'''Bernstein analyst Harriet Ng wrote in a note that Musk "keeps insisting Chinese buyers will come back once full self-driving is approved, and there is no evidence of that." Another analyst, Victor Salas of Crane & Oakes, said Musk had "talked down" the threat from Xiaomi and BYD for two years "and the market share numbers tell a different story."''',
'''On Wednesday's call, Musk focused mostly on autonomy. "The value of Tesla is overwhelmingly going to be autonomy and Optimus. That's it," he said, adding that the robotaxi service would expand to eight more U.S. metro areas by the end of the year.''',
'''Tesla's China retail sales fell 12% in the quarter, according to the China Passenger Car Association, while its share of the country's battery-electric market slipped below 7%.''',
'''Tesla did not respond to a request for comment on the analysts' remarks.'''),
"hard negative: analysts paraphrasing Musk critically about China; his own quotes only about autonomy"),

# W7
D(G, "Musk grilled over China plant in Delaware shareholder trial",
P('''WILMINGTON, Del. (Reuters) - Elon Musk on Monday defended Tesla's heavy reliance on its Shanghai factory, testifying in a lawsuit brought by a Michigan pension fund that accuses Tesla's board of failing to disclose the risks of concentrating production in China.''',
'''Musk told the court that [[building the Shanghai factory without a local joint-venture partner was "the single best decision" Tesla had made]]. He added that [[Chinese officials had never asked Tesla for access to data collected by its cars]].''',
'''He also argued that [[the risks of operating in China had been "fully and repeatedly disclosed"]] in the company's filings. Pressed further, he said [[Tesla's supplier network around Shanghai could not be replicated anywhere else "for at least a decade"]].''',
'''The fund's lawyer, Martin Leshko, read from a 2020 earnings call transcript. "Isn't it true that you told analysts that China would one day be Tesla's biggest market?" Leshko asked.''',
'''"[[I don't remember saying that exact phrase, but it's not wrong]]," Musk replied.''',
'''Asked about his compensation, Musk said he had "never been motivated by money" and that his Tesla stock was "a means of control, not wealth." Chancellor Kathaleen McCormick is expected to rule later this year.'''),
"lawsuit story; his remarks reported indirectly over several sentences ('He added', 'He also argued'); lawyer's question quoting him not gold; his short reply resolving to the China claim gold; pay remarks not gold"),

# W8
D(G, "Kimbal Musk says China's vertical farms are 'years ahead' of the U.S.",
P('''SINGAPORE (Reuters) - Kimbal Musk, the restaurateur and Tesla board member, said on Wednesday that Chinese indoor farming companies were "years ahead" of their American peers and urged U.S. investors to study them.''',
'''"I toured a facility outside Chengdu last month that grows lettuce on 20 floors with almost no labour. We have nothing like that at scale," Musk told the Asia-Pacific Agri-Food Innovation Summit.''',
'''He said Beijing's subsidies for controlled-environment agriculture had "changed the economics completely" and that U.S. farm policy was "stuck in the 1980s."''',
'''His older brother Elon, Tesla's chief executive, did not attend. On Wednesday, Elon Musk posted on X that SpaceX's Starship would attempt its next orbital flight "in about four weeks."'''),
"other Musk (Kimbal) speaking about China; Elon's only remark is about Starship"),

# W9
D(G, "Musk tells Beijing forum that [[AI cooperation with China is 'essential']]",
P('''BEIJING (Bloomberg) -- Elon Musk, speaking by video link to an artificial-intelligence conference in Beijing on Tuesday evening after a delayed start caused by a power failure at the venue, said [[the U.S. and China should set up a permanent channel to discuss AI safety]].''',
'''"[[Beijing takes AI risk more seriously than people in the West assume]]," the billionaire said, citing his conversations with Chinese officials. "[[They understand that a superintelligence nobody controls is bad for everyone, including the Communist Party]]."''',
'''The remarks drew applause from the audience of several hundred researchers and officials at the China National Convention Center. Vice Minister of Science and Technology Chen Jiachang, who spoke after Musk, said China was "open to dialogue with all parties" on AI governance.''',
'''Musk also said that xAI's next model, Grok 5, would be released "hopefully before the end of the year" and that it would be "the smartest AI on Earth by a lot."'''),
"subject and speech verb far apart (long locative/time phrase); 'They' = Chinese officials; Chinese official's words and Grok date not gold; headline paraphrase carries claim"),

# W10
D(G, "Chip supply fears resurface as Taiwan Strait drills intensify",
P('''TAIPEI (Reuters) - Taiwan's defence ministry said on Monday it had tracked 45 Chinese military aircraft and 14 warships around the island over the previous 24 hours, the largest show of force since the spring.''',
'''"These drills are a serious provocation and undermine regional stability," ministry spokesperson Sun Li-fang told reporters. A spokesperson for China's Taiwan Affairs Office said in Beijing that the exercises were "a stern warning to separatist forces."''',
'''Executives in the technology industry have long warned of the consequences of a conflict. Tesla CEO Elon Musk said in a 2023 podcast interview that "[[if there is a conflict over Taiwan, the world's electronics supply chain basically stops. Not just Tesla, everyone]]." He also said at the time that [[Tesla would be "in trouble" but that Apple would be hit harder]].''',
'''"The market is pricing maybe a 5% chance of a blockade in the next two years, which I think is too low," said Alan Ho, a strategist at Kowloon Capital in Hong Kong.''',
'''Taiwan Semiconductor Manufacturing Co shares fell 1.8%.'''),
"Musk quote from years ago recalled in a story about Taiwan (gold); officials/analyst quoted in turn not gold"),

# W12
D(G, "Musk lands in Beijing for surprise visit as Tesla seeks data approval",
P('''BEIJING (Reuters) - Tesla CEO Elon Musk arrived in Beijing on Sunday for an unannounced visit and met Premier Li Qiang, state media reported, as the U.S. automaker seeks approval to roll out its driver-assistance software in China.''',
'''Li told Musk that China's market "will always be open to foreign-funded enterprises" and that Tesla's growth in the country showed the benefits of cooperation, according to a readout published by Xinhua.''',
'''Musk has long courted Beijing, and Tesla's Shanghai plant, which opened in 2019, is its biggest factory by output. The billionaire flew in on his private jet from Austin and was expected to leave on Monday, according to two people with knowledge of the plans.''',
'''He posted a photo of the Beijing skyline on X on Sunday without comment. Tesla did not respond to a request for comment.'''),
"hard negative: actions (visited, met) and journalist description; premier's words with Musk as object; post without comment"),

# W13
D(G, "Musk denies report he consulted Beijing on Starlink",
P('''(Reuters) - Elon Musk on Thursday rejected a Wall Street Journal report that he had discussed Starlink's coverage over Asia with Chinese government officials.''',
'''"[[This report is false. I have never spoken to anyone in Beijing about Starlink]]," Musk wrote on X. In a follow-up post, he said [[he had "never once" been asked by Chinese officials to restrict the service]].''',
'''The Journal, citing people familiar with the matter, reported that Musk had discussed the satellite network's availability near Taiwan with a senior Chinese diplomat during a trip to Shanghai last year.''',
'''Musk also said Starlink would begin service in India "next month," after receiving regulatory clearance earlier this year.'''),
"denial phrased as his claim ('I have never spoken...', 'had never once been asked') is gold; headline 'denies report' only describes; India remark not gold"),

# W14
D(G, "Musk says Chinese automakers may route around U.S. tariffs through Mexico",
P('''AUSTIN, Texas (Reuters) - Tesla Chief Executive Elon Musk said on Friday that [[Chinese automakers may route around U.S. tariffs through Mexico]] if Washington keeps duties on their cars at current levels.''',
'''"[[If the tariffs stay where they are, I'd expect the Chinese carmakers to probably build in Mexico and ship across the border. That's what I would do]]," Musk told reporters after a product event at the company's Texas headquarters.''',
'''He cautioned, however, that [[Beijing might discourage such moves in order to keep factory jobs at home]].''',
'''Mexico's economy minister, Marcelo Ebrard, said last month that his government would "not allow Mexico to become a back door" for Chinese vehicles. BYD has paused plans for a Mexican plant, citing uncertainty over U.S. trade policy.'''),
"conditional/hedged claims; headline paraphrase repeated in body as reported speech; minister's words not gold"),

# W15
D(G, "Maye Musk draws crowds in Shanghai on book tour",
P('''SHANGHAI (Reuters) - Maye Musk, the 77-year-old model and dietitian, drew hundreds of fans to a bookshop in Shanghai's Jing'an district on Saturday to promote the Chinese edition of her memoir.''',
'''"China is where I feel most appreciated. The young women here ask me the best questions," Musk said, signing copies for more than three hours.''',
'''Her son, Tesla CEO Elon Musk, has visited China several times in recent years. Her Chinese social media account on Weibo has more than 2 million followers.''',
'''She said she planned to return to Beijing in the autumn for a fashion event.'''),
"other Musk (Maye) quoted about China, 'Musk said' refers to her; no Elon statement"),

# W16
D(G, "Auto bosses split on China threat at Detroit summit",
P('''DETROIT (Reuters) - The heads of some of the world's biggest carmakers offered sharply different views on Tuesday of the threat posed by Chinese rivals, at an industry summit in Detroit.''',
'''Ford CEO Jim Farley said Chinese companies had "a cost advantage of about 30%" on comparable vehicles. "Elon's been saying this for years, and he's right," Farley added.''',
'''Stella Li, an executive vice president at BYD, rejected suggestions that Chinese firms relied on subsidies. "We win because we make every part ourselves," she said.''',
'''Tesla CEO Elon Musk, appearing by video, said [[Chinese carmakers had "the best cost structure on the planet"]]. "[[They will be number one in exports. That's basically guaranteed at this point]]," he said.''',
'''A General Motors spokesperson said the company would not comment on competitors.''',
'''Volkswagen's chief executive, speaking later in the day, said European firms could still compete "if Brussels gets out of the way."'''),
"rival CEOs quoted in turn, one praising Musk; only Musk's remarks gold; 'They' = Chinese carmakers"),

# W17
D(G, "NIO chief fires back at Musk: 'We are not copying anyone'",
P('''HEFEI, China (Reuters) - NIO founder William Li on Wednesday hit back at critics who say Chinese electric-vehicle makers imitate Western designs, recalling a conversation with Tesla's Elon Musk.''',
'''"Elon once told me Chinese companies just copy. I invited him to Hefei to see our battery-swap stations. He hasn't come yet," Li told reporters at the launch of NIO's new ET9 sedan.''',
'''Li said NIO held more than 9,000 patents and spent more on research and development relative to revenue than any Western carmaker.''',
'''Musk did not respond to a request for comment. NIO shares rose 4% in Hong Kong.'''),
"rival quoting Musk back (Li's words about what Musk told him) - not gold"),

# W18
D(G, "Musk hits back at critics of Chinese EV makers",
P('''(Reuters) - Elon Musk on Saturday defended Chinese electric-car makers against critics who say they merely imitate Western designs.''',
'''"[[When people tell me 'the Chinese just copy,' I tell them to go drive a Xiaomi SU7 and then say that again]]," Musk said during a live audio session on X attended by about 400,000 listeners.''',
'''He said [[the interiors and software of many Chinese cars were "better than most of what Detroit makes"]], though he insisted that [[Tesla still had the edge over Chinese rivals in autonomy]].''',
'''Xiaomi, which started delivering the SU7 in 2024, has said it aims to sell 350,000 vehicles this year.'''),
"nested quotes inside his quote; quote split by attribution; hedged second clause"),

# W19
D(G, "China's solar glut reshapes global power markets",
P('''HOUSTON (Reuters) - A flood of cheap Chinese solar panels has pushed module prices to record lows, squeezing manufacturers from Germany to Ohio and accelerating installations across the developing world.''',
'''China produced more than 80% of the world's polysilicon last year, according to the International Energy Agency, and Chinese companies have added capacity even as prices slumped.''',
'''At an energy conference in Houston on Tuesday, Elon Musk said the United States "needs to roughly double its electricity output" within 15 years to power AI data centres. "The grid is the bottleneck. Transformers are the bottleneck. Permitting is the bottleneck," Musk said.''',
'''"Prices cannot fall much further without bankruptcies," said Wang Xin, a vice president at Jiangsu-based LONGi rival Sunrise Energy.''',
'''U.S. solar installations are expected to grow 10% this year.'''),
"hard negative: China-heavy article but Musk's words about U.S. electricity/grid only"),

# W20
D(G, "Musk holds closed-door meeting with Tesla engineers on Chinese rivals",
P('''(Reuters) - Elon Musk told Tesla engineers at a closed-door meeting in Fremont this week that they should learn from the way Chinese carmakers run their supply chains, according to a recording reviewed by Reuters.''',
'''Musk pointed to BYD and Geely as examples, noting that both made far more of their own components than Tesla. "[[Frankly, they out-work everyone, and we should copy their supply chain]]," he said.''',
'''He added that [[their suppliers could turn around a new part in days rather than months]]. Tesla did not respond to a request for comment.''',
'''The meeting came a week after BYD overtook Tesla in quarterly battery-electric vehicle sales for the third consecutive quarter.'''),
"topic only in context: 'they'/'their' after a sentence about BYD and Geely - gold; descriptive headline not gold"),

# W21
D(G, "Musk slams EU regulators as Chinese rivals roll out driver assistance in Europe",
P('''AMSTERDAM (Reuters) - Chinese carmakers including BYD and Xpeng are rolling out advanced driver-assistance features across Europe this year, even as Tesla's Full Self-Driving software awaits approval from regulators in the Netherlands.''',
'''Musk on Wednesday turned his fire on the Dutch vehicle authority RDW and the European Commission, which must sign off on the system. "Frankly, they have been sitting on our application for eighteen months. It's absurd," Musk said on X. "They approve nothing and then wonder why Europe has no tech industry."''',
'''RDW said in a statement it was reviewing the application "carefully and according to the rules."''',
'''Xpeng said its navigation assist would be available in Germany, Norway and the Netherlands by the summer.'''),
"'they' referring to European regulators (not China) in a China-framed article - not gold"),

# W22
D(G, "Musk: Tesla's China team could run the whole company",
P('''(Bloomberg) -- Elon Musk praised Tesla's staff in China in unusually effusive terms at a company all-hands meeting on Thursday, according to a recording heard by Bloomberg News.''',
'''"[[Honestly, the team in Shanghai is the best we have. If I had to pick one group to run the whole company, it might be them. They don't wait for permission]]," Musk told employees.''',
'''The Shanghai plant built about 950,000 vehicles last year, more than half of Tesla's global output. Its former head, Tom Zhu, was promoted to oversee global vehicle production in 2023.''',
'''Musk also told the meeting that Tesla would hold a product event in the autumn to unveil a new roadster, which he said would "make a Bugatti look slow."'''),
"headline claim (colon format) gold; multi-sentence quote attributed at its end; roadster remarks not gold"),

# W24
D(G, "Tesla's China sales slide 9% in May as price war drags on",
P('''SHANGHAI (Reuters) - Tesla sold 55,720 China-made vehicles in May, down 9% from a year earlier, data from the China Passenger Car Association showed on Tuesday, as domestic rivals BYD, Leapmotor and Xiaomi cut prices further.''',
'''Exports from the Shanghai plant fell to 16,400 units. BYD's sales rose 14% to a record.''',
'''Elon Musk did not address the figures. On Monday, the Tesla CEO wrote on X that the Optimus humanoid robot would be "available for sale to the public next year," and said in a separate post that he was looking forward to "a quiet weekend with the kids."''',
'''Tesla shares were little changed in premarket trading.'''),
"hard negative: China sales article, Musk remarks about product date and private life only"),

# W25
D(G, "Musk mocks lawmakers' plan to ban Chinese solar panels",
P('''WASHINGTON (Reuters) - Elon Musk on Wednesday ridiculed a bipartisan bill that would bar U.S. utilities from installing solar panels containing Chinese components.''',
'''"[[Sure, let's ban Chinese panels and then wonder why electricity prices double. Brilliant]]," Musk wrote on X, in response to a post by one of the bill's sponsors.''',
'''In a follow-up, he asked: "[[Does anyone in Congress know who makes the polysilicon? It's China. It's almost all China]]."''',
'''Senator Laura Whitcomb, a co-sponsor, said the bill would "end our dangerous dependence on an adversary." Musk's SolarCity unit, now part of Tesla Energy, buys panels from several Asian suppliers.'''),
"sarcasm and rhetorical question in his X posts - gold; senator's words not gold"),

# W26
D(G, "xAI unveils Grok 5 as analysts weigh threat from Chinese labs",
P('''SAN FRANCISCO (Reuters) - Elon Musk's artificial-intelligence startup xAI released its Grok 5 model on Tuesday, claiming it outperformed rivals on reasoning and coding benchmarks.''',
'''"This is the smartest AI in the world, and it's not close," Musk said during a livestream on X. He said xAI's Colossus supercomputer in Memphis would double in size by the end of the year.''',
'''Analysts said Chinese developers such as DeepSeek and Alibaba's Qwen team remained formidable. "The Chinese labs are six months behind at most, and they are doing it with a fraction of the compute," said Kai Ostrowski, a research director at Tidewater Analytics.''',
'''DeepSeek did not respond to a request for comment.'''),
"hard negative: Musk on Grok/Colossus; analyst on Chinese labs; 'they' in analyst quote"),
]
