from common import doc, paras

DOCS = []
A = DOCS.append

# ---------------- WIRE ----------------
A(doc("wire",
 "Musk addresses Beijing forum by video, talks Shanghai expansion and Starship",
 paras([
 '''BEIJING, Nov 12 (Pacific Wire) - Tesla Chief Executive Elon Musk, speaking by video link to a manufacturing conference in Beijing on Tuesday evening after a delayed start caused by audio problems, said [[the company's Shanghai plant would add a second battery-pack line next year]].''',
 '''"[[The team in Shanghai is probably the best manufacturing team we have anywhere]]," Musk told an audience of several hundred executives and officials. "[[They hit every target we set and then some]]." ''',
 '''Musk, who has travelled to China more than a dozen times since the Shanghai factory broke ground, also used the appearance to talk up SpaceX. "Starship will attempt to catch the upper stage before the end of the year," he said, drawing polite applause.''',
 '''Tesla's sales of China-made vehicles fell 9% in October from a year earlier, according to figures from the China Passenger Car Association, as local rivals including BYD and Geely cut prices further.''',
 '''Asked by the moderator about the price war, Musk said [[Chinese carmakers were the most competitive on Earth]] and that [[Tesla would have to keep cutting costs to stay in the race there]].''',
 '''Tesla did not respond to a request for comment on the timing of the new line.''',
 '''(Reporting by Wen Jiahui in Beijing and Mark Adeyemi in San Francisco; Editing by Clara Voss)''',
 ]),
 "subject and verb far apart (long 'speaking by video link...' phrase); headline only describes talk; Starship quote in China article is not gold"))

A(doc("wire",
 "Chinese battery boss says he warned Musk about solid-state race",
 paras([
 '''SHANGHAI, May 6 (Pacific Wire) - Zeng Yuhan, founder of Shenzhen-based battery maker Voltrix Energy, said on Monday he once told Elon Musk that solid-state cells would reach mass production in China years before anyone in the United States expected.''',
 '''"I told Elon over dinner in 2021 that we would be shipping them by 2026. He didn't believe me," Zeng said at a company event in Shanghai, where Voltrix unveiled a pilot line with an annual capacity of 2 gigawatt-hours. "Now we are shipping."''',
 '''Voltrix, which supplies several domestic carmakers, said the cells would go first into premium sedans from two Chinese brands it declined to name.''',
 '''Tesla did not immediately respond to a request for comment. Musk has not publicly addressed Zeng's remarks.''',
 '''Shares of Voltrix rose 6% in Shenzhen.''',
 ]),
 "someone else's words with Musk as the object, inside a dateline sentence; no statement by Musk"))

A(doc("wire",
 "Musk criticises planned EU duties on Chinese-made electric cars",
 paras([
 '''BERLIN, June 13 (Meridian Post) - Elon Musk on Thursday said [[he opposed the European Union's planned tariffs on electric vehicles imported from China]], breaking ranks with several European carmakers that have lobbied for protection.''',
 '''"[[Nobody at Tesla asked for these duties on Chinese cars]]," the Tesla chief said at an event near the company's factory in Grünheide, outside Berlin.''',
 '''He added that [[Chinese brands would do well in Europe regardless, because their costs were so low]].''',
 '''The European Commission's anti-subsidy investigation concluded that Chinese EV makers benefited from state support along the whole supply chain. Tesla, which ships Model 3 sedans to Europe from Shanghai, was assigned a lower individual rate than most Chinese brands.''',
 '''Musk said [[Tesla would accept whatever rate Brussels set for cars shipped from Shanghai]]. He also confirmed that the Grünheide plant would begin building an updated Model Y in the autumn.''',
 '''A spokesperson for the Commission declined to comment on Musk's remarks.''',
 ]),
 "tariffs on China; 'he added' continuation; non-China 'confirmed that' clause about Berlin plant not gold; headline only describes"))

A(doc("wire",
 "Musk makes surprise Beijing trip as Tesla seeks data approval",
 paras([
 '''BEIJING, April 28 (Pacific Wire) - Elon Musk arrived in Beijing on Sunday on an unannounced visit and met senior officials including a vice premier, according to two people familiar with the matter.''',
 '''The trip comes as Tesla seeks approval to transfer data collected by its cars in China overseas, a step the company needs to train its driver-assistance software on local roads. The people said the Tesla CEO was expected to raise the issue directly.''',
 '''The China Council for the Promotion of International Trade said in a statement that it "welcomes foreign enterprises including Tesla to deepen cooperation with China."''',
 '''Musk, who flew in on his private jet from Texas, toured a Tesla showroom in the city's Chaoyang district before leaving for the airport in the evening. He posted a photo of the skyline on X without a caption.''',
 '''Tesla declined to comment.''',
 ]),
 "things he did (visited, met, toured, posted a photo) and others' words; no statement of his"))

A(doc("wire",
 "Five years on, Tesla's Shanghai gigafactory has reshaped China's EV supply chain",
 paras([
 '''SHANGHAI (Harbor Ledger) - When Tesla broke ground on a muddy plot in the Lingang free-trade zone in January 2019, Elon Musk stood on a makeshift stage in a padded jacket and made a promise.''',
 '''"[[This will be the template for every factory we build from now on]]," he told the crowd of local officials, many of whom doubted the plant would be finished within a year.''',
 '''It was. Five years later the factory has produced more than three million vehicles, and suppliers based in China now account for roughly 95% of the parts that go into a Shanghai-built Model Y, according to estimates from consultancy Orbis Auto.''',
 '''"Tesla taught us discipline. They would measure everything," said Chen Liwei, general manager of a Jiangsu-based company that makes seat frames for the plant.''',
 '''Musk himself returned to the theme at an investor event in 2022, saying [[Chinese suppliers were "the fastest on Earth" at turning a drawing into a finished part]].''',
 '''The plant has not been without problems. Production was halted for weeks during Shanghai's 2022 lockdown, and workers slept on the factory floor to keep lines running.''',
 '''Today, the bigger threat is competition. BYD, which sold more battery-electric cars than Tesla last year, has built its own cost advantage by making most of its components in-house.''',
 '''Tesla's China president, Tom Zhu, said last month the company would "continue to invest" in the city. Musk has not visited the plant since 2023.''',
 ]),
 "quote recalled from years ago ('This' = the Shanghai factory) is gold; reported clause with inner quote; supplier and executive quotes not gold"))

A(doc("wire",
 "Tesla China sales slide for third month as Musk touts robotaxi timeline",
 paras([
 '''SHANGHAI, Sept 2 (Pacific Wire) - Tesla's sales of China-made vehicles fell 14% in August from a year earlier, the third straight monthly decline, data from the China Passenger Car Association showed on Tuesday.''',
 '''BYD, Geely and Leapmotor all reported record monthly deliveries over the same period, helped by a government trade-in subsidy and a new round of price cuts.''',
 '''Musk, who did not address the China figures, wrote on X late on Monday that Tesla's robotaxi service would expand to "several more cities" before the end of the year. "Optimus will be in limited production next year," he added in a separate post.''',
 '''"Chinese buyers increasingly see Tesla as an older brand," said Hu Jing, an analyst at Chenguang Securities in Shanghai. "The Model Y is still popular, but it is no longer the default choice."''',
 '''Tesla shares fell 2.3% in premarket trading.''',
 ]),
 "China-sales article where Musk only speaks about robotaxis and Optimus: neighbourhood does not make them gold"))

A(doc("wire",
 "Musk says [[Taiwan conflict would be 'disastrous for everyone']], urges chip diversification",
 paras([
 '''WASHINGTON, Oct 3 (Meridian Post) - Elon Musk said on Wednesday that [[a military conflict between China and Taiwan would be disastrous for everyone, including Beijing]], and urged technology companies to reduce their reliance on chips made on the island.''',
 '''Speaking at a defence-technology summit in Washington, the billionaire said [[tensions across the Taiwan Strait were "the single biggest risk" to the global electronics supply chain]].''',
 '''"[[Every company should assume that if Beijing moves on Taiwan, chip supply from the island could be cut off for a year or more]]," he said.''',
 '''Musk also said SpaceX expected to launch dozens more of its Starshield satellites for the Pentagon next year.''',
 '''Taiwan's representative office in Washington said the island remained "a reliable partner" for global chip buyers. China's foreign ministry did not respond to a request for comment.''',
 ]),
 "Taiwan in relation to China; claim in headline after 'says' is gold; Starshield remark not gold"))
# title gold is the claim part of the headline

A(doc("wire",
 "Maye Musk draws crowds in Shanghai as memoir tour reaches China",
 paras([
 '''SHANGHAI (Harbor Ledger) - Maye Musk, the model and dietitian whose son runs Tesla and SpaceX, told a packed bookstore in Shanghai on Saturday that China was "the place where I feel most welcome."''',
 '''"Chinese women ask me the best questions, about work and about getting older," she said, to applause. The Chinese edition of her memoir has sold more than 400,000 copies, according to its publisher.''',
 '''Her other son, Kimbal Musk, who joined part of the tour, told reporters he was "amazed by the speed of Chinese cities" and hoped to open a restaurant in Shanghai.''',
 '''Elon Musk, who was in Texas for a Starship test, did not attend.''',
 ]),
 "other people named Musk (Maye, Kimbal) speak about China; Elon says nothing"))

A(doc("wire",
 "Battery price war deepens as Chinese cell makers slash quotes",
 paras([
 '''HONG KONG, Feb 20 (Straits Observer) - Chinese battery makers led by CATL and BYD have cut prices for lithium iron phosphate cells by nearly a third over the past year, according to industry tracker CellPrice Asia, putting heavy pressure on rivals in South Korea and Japan.''',
 '''The cuts have come as Chinese producers race to fill new capacity built during the boom of 2021 and 2022.''',
 '''"[[They are relentless]]," Elon Musk told an investor conference in Miami on Tuesday when asked about the Chinese cell makers. "[[If we don't match their cost curve, we lose. It's that simple]]."''',
 '''Musk also said the ramp of Tesla's own 4680 cells in Texas was ahead of schedule.''',
 '''An executive at South Korea's Hanmir Energy, speaking on condition of anonymity, said his company had lost two European contracts to Chinese bidders this year.''',
 ]),
 "topic only through pronouns ('They', 'their' = Chinese cell makers) - gold; 4680 remark not gold"))

A(doc("wire",
 "Musk attacks EU regulators as Chinese rivals gain ground in Europe",
 paras([
 '''FRANKFURT (Meridian Post) - Chinese brands doubled their share of Europe's electric-car market to 8% in the first half of the year, according to data from research firm Datavolt, with BYD alone outselling Tesla in three countries.''',
 '''Elon Musk, speaking at a fintech conference in Frankfurt on Wednesday, did not mention the Chinese brands. Instead he took aim at European regulators over delays to approving Tesla's supervised driver-assistance software.''',
 '''"They move at the speed of continental drift," he said of the regulators. "We submitted everything more than a year ago."''',
 '''BYD's head of European sales, Marta Klein, said the company planned to open 150 more showrooms in the region by the end of next year.''',
 ]),
 "'They' refers to European regulators, not to the Chinese brands in the preceding paragraph - not gold"))

A(doc("wire",
 "Musk says [[Chinese AI labs are 'very strong']] as xAI readies new Grok",
 paras([
 '''SAN FRANCISCO, Feb 4 (Techfront) - Elon Musk said on Monday that [[Chinese artificial intelligence labs such as DeepSeek had shown they could build competitive models with far less computing power than their American rivals]].''',
 '''"[[People underestimate how good the Chinese AI teams are]]. [[They're very strong, and they're going to get stronger]]," Musk said during a live audio session on X that drew more than a million listeners.''',
 '''He said xAI would release its next Grok model "in about three weeks."''',
 '''DeepSeek's release of a low-cost reasoning model last month briefly wiped hundreds of billions of dollars off the market value of US chip stocks.''',
 ]),
 "DeepSeek/Chinese AI; product-date remark in same article not gold; headline claim gold"))

A(doc("wire",
 "Is Musk overstating the China threat? Some analysts think so",
 paras([
 '''NEW YORK (Global Ticker) - Elon Musk has spent much of the past year warning investors about Chinese competition. A growing number of Wall Street analysts are not convinced.''',
 '''"Elon keeps telling everyone that Chinese carmakers will flatten the industry, but his own margins tell a different story," said Dana Whitfield, an analyst at Harrow & Lane. "It's a convenient story when sales are slowing."''',
 '''Another analyst, Rahul Mehta of Corbin Research, said the Tesla CEO "uses China as a bogeyman to justify price cuts."''',
 '''Others disagree. "If anything he understates it," said Lin Qiao, a Hong Kong-based fund manager.''',
 '''Tesla did not respond to a request for comment.''',
 ]),
 "analysts paraphrasing Musk critically; no statement of his reported"))

A(doc("wire",
 "Tesla's Shanghai Megafactory starts exports; Musk flags graphite risk",
 paras([
 '''SHANGHAI, Jan 15 (Asia Markets Monitor) - Tesla's Megapack battery plant in Shanghai shipped its first units to Australia on Wednesday, less than a year after construction began.''',
 '''Musk wrote on X that [[the Shanghai Megafactory had gone from groundbreaking to first shipment in under a year]]. "[[Only in China is that kind of speed possible]]," he wrote.''',
 '''Separately, speaking to analysts on a call later that day, the Tesla CEO said [[China's new export controls on graphite were "a real risk" for battery makers outside the country]], and that [[Tesla was working to qualify graphite suppliers outside China]].''',
 '''He also reiterated that Tesla's Semi truck would enter volume production in Nevada next year.''',
 '''China processes more than 90% of the world's battery-grade graphite, according to the International Energy Agency.''',
 ]),
 "X post described + quoted; Chinese export controls; Semi remark not gold"))

A(doc("wire",
 "Tesla China denies report that Musk will step back from Shanghai oversight",
 paras([
 '''SHANGHAI (Pacific Wire) - Tesla's China unit on Wednesday denied a media report that Elon Musk planned to hand day-to-day oversight of the company's Shanghai operations to a regional executive.''',
 '''"The report is untrue. Tesla's management structure in China has not changed," Tesla China said in a post on its official Weibo account.''',
 '''The original report, published by business website Caijing Daily, cited unnamed sources.''',
 '''Musk himself did not comment. On X, the billionaire spent the day posting about a Falcon 9 launch from Florida.''',
 ]),
 "company statement (Tesla China) about Musk, not his own words; his posts were about a launch"))

# ---------------- LIVEBLOG ----------------
A(doc("liveblog",
 "Live: Tesla annual meeting - Musk on Optimus, China and his pay package",
 paras([
 '''4:02 p.m. CT - Musk takes the stage in Austin to loud cheers, wearing a black cowboy hat. He jokes that the meeting will be "mostly about robots."''',
 '''4:09 p.m. - First up, Optimus. "Optimus will be the biggest product of all time, by far," Musk says. He shows a video of the robot folding laundry.''',
 '''4:21 p.m. - Now onto competition. Musk, pacing the stage in front of a giant slide showing a map of global deliveries, says [[the strongest competitors Tesla faces are all Chinese]]. "[[The Chinese car companies are insanely good at manufacturing]]," he says.''',
 '''4:24 p.m. - On the Shanghai plant: "[[Giga Shanghai built its five-millionth car last month]]. [[The team there is incredible]]."''',
 '''4:30 p.m. - A shareholder asks about Mars. Musk: "We'll send the first uncrewed Starships in the next transfer window, if all goes well."''',
 '''4:41 p.m. - Vote results are in: the pay package passes with roughly 75% support, according to preliminary figures.''',
 '''4:47 p.m. - Board chair Robyn Denholm thanks shareholders and says the board "remains fully confident" in Musk.''',
 ]),
 "liveblog mixing topics; only China entries gold ('there' = Shanghai); headline 'Musk on ... China' is only a description"))

A(doc("liveblog",
 "Beijing auto show live: Xiaomi and BYD unveil new models, no sign of Tesla's boss",
 paras([
 '''09:15 - Doors open at the China International Exhibition Center. Crowds are already ten deep at the Xiaomi stand.''',
 '''09:40 - Gao Peng, founder of upstart Nova Motors, tells reporters he invited Elon Musk to the launch of his new sedan. "I wrote to Elon last month and said: come and see what we can do. He has not replied yet," Gao says, laughing.''',
 '''10:40 - Tesla's booth is much quieter. A Tesla China vice president says the company is "focused on software" this year and has no new car to show.''',
 '''11:05 - Over on X, Elon Musk has been posting about this morning's Starlink launch rather than the show. "Another 24 Starlinks to orbit," he wrote.''',
 '''11:30 - One analyst tells us Musk's absence is "telling." "Three years ago he would have been here," says Sun Mei of Harbor Auto Research.''',
 ]),
 "China auto-show liveblog; others' words about Musk; his only post is about Starlink"))

A(doc("liveblog",
 "Markets live: Hang Seng jumps as Chinese EV stocks rally",
 paras([
 '''10:12 HKT - The Hang Seng index is up 1.8% in early trade, led by carmakers and battery stocks after Beijing extended its vehicle trade-in subsidy.''',
 '''10:45 - Tesla CEO Elon Musk has just weighed in on X. His post, in full: "[[The price war among Chinese EV makers is brutal]]. [[Only the strongest of them will survive, and the survivors will be formidable]]."''',
 '''11:20 - BYD shares are up 4%, Xpeng 6%. Li Auto is the laggard, flat on the day.''',
 '''11:50 - "Musk is right about consolidation, but it will take longer than people think," says Joanna Ho, a strategist at Kowloon Capital.''',
 '''12:05 - Gold is steady at $2,410 an ounce.''',
 ]),
 "X post quoted in a markets liveblog; second sentence on-topic through 'them' = Chinese EV makers; strategist's words not gold"))

A(doc("liveblog",
 "Live: US-China trade talks in Geneva, day two",
 paras([
 '''8:30 a.m. - Delegations arrive at the villa. Among the executives seen entering the side building used for business meetings: Elon Musk, who flew in overnight.''',
 '''8:42 a.m. - Asked by reporters whether he expected a deal, Musk said only "no comment" and went inside.''',
 '''9:15 a.m. - A spokesperson for the Chinese delegation says talks are "candid and constructive."''',
 '''10:50 a.m. - Musk has posted on X, though not about Geneva: "The US deficit is the real threat to the economy. Nobody wants to talk about it."''',
 '''11:30 a.m. - A US official says the two sides have agreed to continue technical discussions next month.''',
 ]),
 "trade-talk liveblog; Musk attends (action), says 'no comment', posts about US deficit - no gold"))

A(doc("liveblog",
 "World AI Conference live: Musk joins Shanghai stage by video",
 paras([
 '''14:20 - The main hall is full. Organisers promise a "special guest from Texas."''',
 '''14:30 - Elon Musk, appearing by video from what looks like a SpaceX conference room and introduced by the host as "an old friend of Shanghai", says [[China will "probably have more AI compute than the rest of the world combined" within a decade]].''',
 '''14:36 - Musk: "I think we'll have AI that is smarter than any single human by the end of next year." Big claim, familiar claim.''',
 '''14:41 - Asked about Chinese robotics companies, he says: "[[They're moving incredibly fast]]. [[I would not be surprised if the top humanoid robot companies, apart from Tesla, are all Chinese]]."''',
 '''14:50 - Baidu's head of research follows Musk with a talk on large-model efficiency.''',
 ]),
 "long gap between subject and speech verb; AGI timeline not gold; pronoun 'They' = Chinese robotics companies"))

A(doc("liveblog",
 "Tesla Q2 earnings live: margins, FSD and a quiet word on China",
 paras([
 '''5:31 p.m. ET - The call is underway. Tesla's chief financial officer opens with the numbers: automotive gross margin ex-credits of 15.8%.''',
 '''5:36 p.m. - The CFO says deliveries in China were "resilient despite intense competition" and that the Shanghai plant ran near full capacity.''',
 '''5:40 p.m. - Musk: "Unsupervised FSD will be available to customers in several US cities by the end of the year." He has said something similar before, of course.''',
 '''5:52 p.m. - An analyst asks about Chinese competition. Musk hands it to the CFO - "Why don't you take that one" - who says the company is "confident in our position."''',
 '''6:05 p.m. - Shares up 3% after hours.''',
 ]),
 "China discussed only by the CFO; Musk's words are about FSD or a hand-off - no gold"))

A(doc("liveblog",
 "VivaTech 2025 live: Musk on Europe, China and Starship",
 paras([
 '''11:00 - Musk appears on the big screen by video link, to a standing ovation from part of the crowd.''',
 '''11:07 - On European regulation: "Europe needs to decide whether it wants to build things or just regulate things," he says.''',
 '''11:15 - On the rise of Chinese carmakers in Europe, Musk throws a question back at the audience: "[[Why would anyone bet against Chinese engineers?]]" "[[They have more of them than anyone, and they work extraordinarily hard]]," he added.''',
 '''11:22 - Musk says Starship will be "fully reusable within two years."''',
 '''11:30 - France's digital minister takes the stage and says Europe "does not need lectures."''',
 ]),
 "rhetorical question of his about China; 'he added' continuation; Europe and Starship remarks not gold"))
