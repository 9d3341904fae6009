from common import add, T

# ---------------- wire ----------------
add(1, "wire",
"Musk touts robotaxis at shareholder meeting, says Chinese carmakers are the most competitive in the world",
T('''
AUSTIN, Texas (Reuters) - Tesla shareholders on Thursday re-elected two directors and approved a change to board terms, as Chief Executive Elon Musk used the company's annual meeting to pitch its driverless taxi ambitions.
Musk, speaking from a stage at the company's Gigafactory outside Austin after a half-hour delay caused by a thunderstorm, said that Chinese electric-vehicle makers were now the most competitive car companies in the world and would take market share wherever they were allowed to sell.
"If there are no trade barriers, they will flatten most of the other car companies on the planet," he told the crowd of several thousand investors.
He also said the Cybercab would enter volume production next year and that the Optimus humanoid robot would be "the biggest product of all time."
Tesla's retail sales in China fell 9% in the first five months of the year, according to the China Passenger Car Association.
Tesla shares rose 1.4% in extended trading.
'''),
["Chinese carmakers are the most competitive in the world",
 "Chinese electric-vehicle makers were now the most competitive car companies in the world and would take market share wherever they were allowed to sell",
 "If there are no trade barriers, they will flatten most of the other car companies on the planet"],
"subject and speech verb far apart (long locative/time phrase); two-verb headline; 'they' = Chinese EV makers; Cybercab/Optimus remarks in same article not gold")

add(2, "wire",
"Chinese battery startup founder says he pitched Musk on sodium cells",
T('''
SHENZHEN, China (Reuters) - Liang Weiming, founder of Shenzhen-based battery startup Hailan Energy, said on Wednesday he once told Elon Musk that sodium-ion cells would turn lithium into "a luxury material" within a decade.
"I told him, your cars are great but your batteries are too expensive," Liang said in an interview at the company's headquarters, adding that Musk had listened politely but made no commitment.
Hailan, which counts two state-backed funds among its investors, plans to start mass production of sodium-ion packs in Guangdong province next year.
Tesla did not respond to a request for comment. The carmaker buys cells from CATL and LG Energy Solution for vehicles built at its Shanghai factory.
Analysts at Bernstein said sodium-ion chemistry could cut pack costs by up to a fifth for entry-level cars.
'''),
[],
"someone else's words with Musk as object, inside a dateline sentence ('said he once told Elon Musk that...'); Musk 'listened' is an action")

add(3, "wire",
"Musk says Tesla will keep expanding Shanghai plant despite tariff fight",
T('''
SHANGHAI, May 14 (Reuters) - Elon Musk said on Tuesday that Tesla would keep adding capacity at its Shanghai factory even as Washington and Beijing traded new tariff threats.
"The team there is incredible. Frankly, they out-work everyone, and we should be learning from how they run the supply chain," Musk said in a video message played at a supplier event in the city's Lingang district.
He added that Tesla had no plans to move Model Y production for Asian export markets out of China.
Back in 2019, when the plant broke ground, the Tesla CEO told reporters: "China is the future, in a lot of ways." He has repeated some version of the line several times since.
The Shanghai plant built about 950,000 vehicles last year, more than half of Tesla's global output. Its exports go mainly to Europe and Asia-Pacific.
'''),
["Tesla will keep expanding Shanghai plant despite tariff fight",
 "Tesla would keep adding capacity at its Shanghai factory even as Washington and Beijing traded new tariff threats",
 "The team there is incredible. Frankly, they out-work everyone, and we should be learning from how they run the supply chain",
 "Tesla had no plans to move Model Y production for Asian export markets out of China",
 "China is the future, in a lot of ways."],
"'the team there'/'they' = Shanghai staff (topic from context); 'He added' continuation; quote from 2019 recalled; claim in headline")

add(4, "wire",
"BYD overtakes Tesla in quarterly battery-EV sales again",
T('''
HONG KONG (Bloomberg) - BYD Co. sold more fully electric cars than Tesla Inc. in the third quarter, reclaiming the title of the world's biggest EV maker by volume as price cuts at home and a push into Europe paid off.
The Shenzhen-based carmaker delivered 443,000 battery-only vehicles in the three months through September, compared with 418,000 for the U.S. company.
Elon Musk, who laughed off BYD's cars in a 2011 television interview, has said little in public about the Chinese company's rise this year. On Wednesday the billionaire was instead posting on X about a Starship booster catch, writing that the reusable rocket "changes everything for access to orbit."
"Musk keeps telling everyone Tesla is an AI company, not a car company, and numbers like these are one reason why," said Tu Le, founder of consultancy Sino Auto Insights.
BYD shares rose 3.1% in Hong Kong trading.
'''),
[],
"China article where Musk's only quoted words are about a rocket; analyst paraphrasing him; journalist's description of an old interview")

add(5, "wire",
"Musk warns a Chinese move on Taiwan would disrupt global chip supply",
T('''
WASHINGTON (Reuters) - Elon Musk warned on Monday that any attempt by Beijing to take Taiwan by force would choke off the supply of advanced chips to carmakers, phone makers and AI companies alike.
"If China were to blockade Taiwan, I think every car company on Earth would be in trouble, including us, because most of the leading-edge chips come from that one island," Musk said at a technology conference in Washington.
Musk, whose companies rely heavily on semiconductors made by Taiwan Semiconductor Manufacturing Co, has previously said that Taiwan and Beijing should work out "some kind of arrangement" on their own, remarks that irritated officials in Taipei.
At the same event he said that SpaceX's Starlink service now operated in more than 100 countries.
Taiwan's Mainland Affairs Council did not immediately respond to a request for comment.
'''),
["a Chinese move on Taiwan would disrupt global chip supply",
 "any attempt by Beijing to take Taiwan by force would choke off the supply of advanced chips to carmakers, phone makers and AI companies alike",
 "If China were to blockade Taiwan, I think every car company on Earth would be in trouble, including us, because most of the leading-edge chips come from that one island",
 "Taiwan and Beijing should work out \"some kind of arrangement\" on their own"],
"Taiwan in relation to China; conditional claim; earlier remark recalled via 'has previously said that'; Starlink remark not gold")

add(6, "wire",
"Kimbal Musk says China's farm tech is 'years ahead' at Shanghai food forum",
T('''
SHANGHAI (Reuters) - Kimbal Musk, the restaurateur and Tesla board member, said on Friday that Chinese vertical-farming companies were years ahead of their U.S. peers and urged American investors to study them.
"I have seen greenhouses in Shouguang that would make Silicon Valley blush," Kimbal Musk, the younger brother of Tesla CEO Elon Musk, told a food-technology forum in Shanghai.
He declined to comment on his brother's business in China or on Tesla's sales in the country.
Kimbal Musk co-founded a chain of farm-to-table restaurants and a school-garden charity. He has sat on Tesla's board since 2004.
'''),
[],
"other Musk family member (Kimbal) talking about China; Elon only mentioned")

add(7, "wire",
"Tesla cuts Model 3 prices in China for second time this year",
T('''
BEIJING, April 2 (Reuters) - Tesla cut the starting price of its Model 3 sedan in China by 8,000 yuan on Tuesday, its second reduction this year, as a bruising price war among domestic carmakers showed little sign of easing.
Elon Musk, in a post on his social media platform X late on Monday evening, hours before the new prices appeared on Tesla's Chinese website, said that the price war in China might ease by the end of the year if weaker players began to consolidate.
"It's brutal out there," he wrote in a separate reply, referring to the Chinese market. "Probably 20 or 30 Chinese brands will not survive."
Tesla's China-made vehicle sales fell 6% in March from a year earlier, data from the China Passenger Car Association showed. BYD posted a 13% rise.
Musk did not say whether Tesla would cut prices in other markets.
'''),
["the price war in China might ease by the end of the year if weaker players began to consolidate",
 "It's brutal out there",
 "Probably 20 or 30 Chinese brands will not survive"],
"subject and verb far apart; hedged/conditional claim; quote split by attribution; headline is not his claim")

add(8, "wire",
"Xpeng CEO mocks Musk's old 'can't compete' jab as deliveries hit record",
T('''
GUANGZHOU, China (Reuters) - Xpeng Chief Executive He Xiaopeng on Monday reminded reporters of a remark he attributed to Elon Musk years ago, saying the Tesla boss had once predicted that Chinese start-ups "can't compete on software."
"He said we couldn't do it. Well, look at our numbers now," He told a news conference in Guangzhou after Xpeng reported record monthly deliveries of 36,000 vehicles.
Xpeng's Hong Kong-listed shares jumped 7%. The company develops electric models for the Chinese market with Volkswagen.
Tesla did not respond to a request for comment on He's remarks, and Musk has not publicly commented on Xpeng's recent results.
'''),
[],
"rival quoting Musk back (second-hand attribution by a Chinese CEO); dateline; no first-hand Musk statement")

add(9, "wire",
"Musk says forcing TikTok's Chinese owner to sell would set a bad precedent",
T('''
NEW YORK (Reuters) - Elon Musk said on Sunday that a U.S. law forcing ByteDance, TikTok's Beijing-based owner, to sell the app's American business would set a bad precedent for free speech, even though his own platform X might gain users from a ban.
"Banning an app because its parent company is in Beijing is not how free countries behave," Musk wrote in a post. "Compete with them, don't ban them."
He added that he had no interest in buying the app from its Chinese parent.
ByteDance has said it has no plans to sell TikTok. The White House declined to comment.
'''),
["forcing TikTok's Chinese owner to sell would set a bad precedent",
 "a U.S. law forcing ByteDance, TikTok's Beijing-based owner, to sell the app's American business would set a bad precedent for free speech, even though his own platform X might gain users from a ban",
 "Banning an app because its parent company is in Beijing is not how free countries behave",
 "Compete with them, don't ban them",
 "he had no interest in buying the app from its Chinese parent"],
"TikTok/ByteDance as Chinese company; 'them' = Beijing-based owner; 'He added' continuation")

add(10, "wire",
"Tesla's China-made cars face higher EU duties under final ruling",
T('''
BRUSSELS (Reuters) - The European Union confirmed on Tuesday that Tesla cars built in Shanghai and shipped to Europe would face an additional duty of 7.8%, the lowest rate among companies covered by its anti-subsidy investigation into Chinese-made electric vehicles.
The Commission said final duties on BYD, Geely and SAIC would range from 17% to 35.3%.
Elon Musk, asked about the decision during a live audio chat on X, did not address the tariff rate. Instead he attacked EU digital rules that he said were being used to harass X.
"They keep writing new rules they can't even explain to themselves," Musk said of officials in Brussels. "It's bureaucracy for its own sake."
The duties will apply for five years.
'''),
[],
"'they' refers to EU officials, not China, inside an article about Chinese-made cars; Musk's words on EU digital rules are not about China")

add(11, "wire",
"Musk meets Chinese premier in Beijing, discusses data rules and self-driving",
T('''
BEIJING, Oct 9 (Reuters) - Tesla CEO Elon Musk met China's premier in Beijing on Wednesday, his first trip to the country in more than a year, as the carmaker seeks approval to roll out its most advanced driver-assistance software to Chinese customers.
The meeting, which lasted about an hour, covered data security, foreign investment and the electric-vehicle industry, according to a statement from the Chinese government.
State broadcaster CCTV quoted the premier as saying China would keep opening up and welcomed Tesla to "put down deeper roots" in the country.
Musk, who flew in from Texas on his private jet, later told a small group of reporters at a Tesla showroom in Beijing's Chaoyang district that China had the most supportive government for electric vehicles anywhere.
"What China has done on charging infrastructure is just remarkable. You can drive from Harbin to Hainan and never worry about a charger," he said.
"When people say 'China just copies,' they clearly haven't been here lately," he added.
He said Tesla would store all data generated by its cars in China on servers inside the country, and that he had never been asked by Chinese officials to hand over any data.
Asked when Full Self-Driving might be approved in China, Musk said: "Hopefully soon. We're working closely with the regulators here."
The billionaire also said the next-generation Roadster would be unveiled before the end of the year, a deadline he has missed several times.
Tesla's sales in the world's second-largest economy fell 4% in the first nine months of the year, while BYD's rose by a third.
"Musk knows his China bet is the single most important thing for Tesla's margins," said Shanghai-based analyst Wen Jie of Pinecrest Capital.
Tesla's Shanghai factory, its largest, can build close to a million cars a year.
'''),
["China had the most supportive government for electric vehicles anywhere",
 "What China has done on charging infrastructure is just remarkable. You can drive from Harbin to Hainan and never worry about a charger",
 "When people say 'China just copies,' they clearly haven't been here lately",
 "Tesla would store all data generated by its cars in China on servers inside the country",
 "he had never been asked by Chinese officials to hand over any data",
 "Hopefully soon. We're working closely with the regulators here"],
"long article; headline only describes; premier's words and analyst's words not gold; nested quote; 'he had never' denial-as-claim; answer whose China topic comes from the question ('regulators here'); Roadster date not gold")

add(12, "wire",
"Maye Musk draws crowds at Hong Kong book fair",
T('''
HONG KONG (AFP) - Model and author Maye Musk, mother of billionaire Elon Musk, drew hundreds of fans to a book signing at the Hong Kong Convention and Exhibition Centre on Saturday, where she praised the city's energy.
"Hong Kong is one of my favourite places. The people here work so hard and still find time to be kind," Maye Musk, 77, told reporters.
She said her Chinese-language book sales had surprised her publisher, and that she planned to visit Beijing and Chengdu later this year.
Asked whether her son would join her on a future trip to the mainland, she laughed. "You'll have to ask him. He doesn't tell his mother his schedule."
Her memoir has been translated into more than 20 languages.
'''),
[],
"Maye Musk (not the watched speaker) praising Hong Kong/China")

# ---------------- liveblog ----------------
add(13, "liveblog",
"Tesla earnings live: Musk talks China, robotaxis and margins",
T('''
5:31 p.m. ET - The call is under way. Elon Musk opens, as usual, with a long preamble about autonomy.
5:36 p.m. - Musk says the robotaxi service will be available to "half the U.S. population" by the end of the year. Investors have heard timelines like this before.
5:44 p.m. - First China mention. Musk: "The Chinese market is the most competitive in the world, without question. Every month there is a new brand with a new car that's pretty good."
5:45 p.m. - He goes on: "We're holding our own there, but margins are thin and they will stay thin for a while."
5:52 p.m. - The CFO says average selling prices fell again, partly because of incentives in China and Europe.
6:03 p.m. - A Morgan Stanley analyst asks whether Tesla worries Chinese brands will undercut it in Mexico and Brazil. Musk doesn't really answer and pivots to Optimus.
6:10 p.m. - Our take: he sounded more cautious about China than at any point in the past two years.
6:15 p.m. - Shares are up 3% after hours.
'''),
["The Chinese market is the most competitive in the world, without question. Every month there is a new brand with a new car that's pretty good",
 "We're holding our own there, but margins are thin and they will stay thin for a while"],
"framing headline ('Musk talks China') over body with real quotes; continuation 'He goes on' with 'there' = China; robotaxi claim and analyst question not gold")

add(14, "liveblog",
"Musk in China: live updates as Tesla boss lands in Beijing",
T('''
08:05 Beijing time - Elon Musk's jet has touched down at Beijing Capital International Airport, according to flight-tracking data. This is his first visit since last April.
08:40 - A convoy of black cars has left the airport. Tesla China has not confirmed his schedule.
10:15 - State media report that Musk met the head of the China Council for the Promotion of International Trade. No readout from Tesla yet.
11:02 - Musk has just posted on X, but not about China. "Starship flight 12 is go for next week," he wrote, with a photo of the booster at Starbase.
12:30 - Our Shanghai correspondent says staff at the Tesla plant there expect him to tour the factory tomorrow.
13:45 - Analysts at Citi say the trip is "all about FSD approval" and that Musk will want to press the flesh with regulators.
15:20 - Musk was seen leaving a government compound. He waved to photographers but did not stop to speak.
16:00 - That's it for today's live coverage. We'll be back tomorrow.
'''),
[],
"framing headline 'Musk in China' over body with actions only (landed, met, waved); his only quote is about Starship; analysts' words")

add(15, "liveblog",
"Trade war live: Beijing hits back with new tariffs on U.S. goods",
T('''
09:12 GMT - China's commerce ministry says it will impose additional tariffs of 15% on U.S. coal and LNG and 10% on farm machinery from next Monday.
09:30 - Markets: the Hang Seng is down 2.1%, the yuan weaker against the dollar.
10:05 - A European Commission spokesperson says the EU is "monitoring closely".
10:48 - Elon Musk has weighed in. Replying to a post by @MacroMaven_ about the new measures, he wrote: "Tariffs on tariffs on tariffs. Great plan, everyone. China will just sell more to everyone else."
11:10 - A second post from the Tesla CEO, apparently serious this time: "Trade wars have no winners. Both sides should drop this and get back to building."
11:25 - Worth noting: the Shanghai factory exports to Europe and Asia, not the U.S., so the direct hit to Tesla is limited.
12:00 - U.S. Treasury says Washington will "respond appropriately".
'''),
["Tariffs on tariffs on tariffs. Great plan, everyone. China will just sell more to everyone else.",
 "Trade wars have no winners. Both sides should drop this and get back to building."],
"sarcasm about China tariffs; X post with @handle; second post whose China topic ('both sides' = US and China) comes from context")

add(16, "liveblog",
"Live: China's Chang'e-7 lifts off for the lunar south pole",
T('''
20:30 Beijing time - The launch window opens in 10 minutes at the Wenchang site on Hainan island.
20:41 - Liftoff! The Long March 5 rocket clears the tower.
20:50 - Fairing separation confirmed, the China National Space Administration says.
21:05 - Reaction is pouring in. NASA's acting administrator congratulated China on "an impressive launch."
21:20 - Elon Musk has posted, though not about Chang'e. Replying to a user who complained that NASA's Artemis programme keeps slipping, he wrote: "They need to move a lot faster. Honestly, the bureaucracy is the problem, not the engineers."
21:40 - Orbit insertion successful. Chang'e-7 is on its way.
22:00 - China aims to land astronauts on the Moon before 2030.
'''),
[],
"'They' refers to NASA inside a live blog about a Chinese launch; NASA official's words")

add(17, "liveblog",
"Live from the World AI Conference in Shanghai",
T('''
14:00 - Day two kicks off. Big crowd for the afternoon session, which features a video link with Elon Musk.
14:22 - The link is finally working after a 20-minute delay. Musk appears from what looks like his office in Texas.
14:25 - Musk, speaking by video link to the hall in Shanghai after the organisers had apologised twice for the technical problems, said China would probably have more AI compute than the rest of the world combined within a few years if current trends held.
14:31 - On DeepSeek: "Very impressive team. People underestimated them, and that was a mistake."
14:38 - The moderator, a Tsinghua professor, asks whether Musk still thinks AI is humanity's biggest risk. Musk says yes, "by a lot," and calls for some form of global oversight.
14:45 - Session over. Next up: a panel of Chinese robotics start-ups.
'''),
["China would probably have more AI compute than the rest of the world combined within a few years if current trends held",
 "Very impressive team. People underestimated them, and that was a mistake."],
"speaker and verb separated by a long participial phrase; hedged claim; 'them' = DeepSeek team; AI-risk remark not about China; moderator's question")

add(18, "liveblog",
"Auto Shanghai live: BYD and Xiaomi steal the show",
T('''
09:00 - Doors open at the National Exhibition and Convention Center. Queues already snake around hall 5 for Xiaomi's stand.
09:45 - BYD chairman Wang Chuanfu on stage: "Chinese brands no longer follow. We lead."
10:30 - No sign of senior executives at the Tesla booth, which is showing a refreshed Model Y.
11:15 - Xiaomi's Lei Jun tells the crowd he still considers Elon Musk "an idol" but says the SU7 has "surpassed" the Model 3 on several measures.
12:00 - Analyst Bill Russo of Automobility says Musk "talks as if China is just another market, and it isn't. It's the market."
12:40 - A reporter from a state broadcaster asks a Tesla China spokeswoman whether Musk thinks Chinese rivals are catching up. She declines to speak for him.
13:30 - Lunch break. More this afternoon.
'''),
[],
"others' words about Musk (CEO praising him, analyst paraphrasing him critically, reporter's question); no statement of his")

add(19, "liveblog",
"WEF live blog: day three in Davos",
T('''
10:02 CET - Welcome back. Elon Musk's conversation with the forum's president is about to start in the Congress Hall.
10:10 - First question is about energy. Musk says the U.S. needs to "massively" expand solar and battery storage and that permitting is the bottleneck.
10:14 - Now on China. Musk: "China is going to have something like three times the electricity output of the U.S. at some point. That's the real race people should be paying attention to."
10:17 - He adds that Chinese solar manufacturers have basically won on cost. "Tariffs are just slowing the inevitable," he says.
10:25 - Asked about Mars, the SpaceX boss predicts an uncrewed Starship landing "in the next window, maybe."
10:31 - A question on Ukraine; Musk declines to engage.
10:40 - Session ends. Reaction from delegates coming up.
'''),
["China is going to have something like three times the electricity output of the U.S. at some point. That's the real race people should be paying attention to.",
 "Chinese solar manufacturers have basically won on cost",
 "Tariffs are just slowing the inevitable"],
"US energy policy and Mars remarks in same blog not gold; 'He adds' continuation; tariff remark tied to Chinese solar by context")

# ---------------- short_summary ----------------
add(20, "short_summary",
"Musk says Chinese automakers will take a third of the global market",
"Elon Musk on Thursday predicted that automakers from the world's second-largest economy would eventually sell roughly one in three cars worldwide, speaking at an investor event in Austin.",
["Chinese automakers will take a third of the global market",
 "automakers from the world's second-largest economy would eventually sell roughly one in three cars worldwide"],
"plain positive; China referred to as 'the world's second-largest economy'")

add(21, "short_summary",
"Musk posts about Chinese battery prices, sparking debate on X",
"The Tesla CEO's late-night post drew thousands of replies from users arguing over whether cell costs in China can keep falling.",
[],
"headline fragment that only says he posted about the topic; no claim carried")

add(22, "short_summary",
"Musk says Chinese battery cell prices could halve again by 2030",
"The billionaire made the prediction in a reply on X but did not give a source for the figure.",
["Chinese battery cell prices could halve again by 2030"],
"headline carries the claim (contrast with 'posts about' fragment)")

add(23, "short_summary",
"Musk and China: what the Tesla boss really thinks",
"We look back at a decade of the billionaire's dealings with the world's second-largest economy, from the Shanghai factory to Taiwan.",
[],
"framing headline and summary with no statement")

add(24, "short_summary",
"Tesla to base Asian treasury team in Hong Kong",
"Elon Musk told staff that Hong Kong remained a great place to do business despite Beijing's tighter grip on the city, the South China Morning Post reported.",
["Hong Kong remained a great place to do business despite Beijing's tighter grip on the city"],
"Hong Kong in relation to Beijing; reported speech via 'told staff that'")

add(25, "short_summary",
"Musk meets CATL chairman in Ningde",
"Elon Musk met the founder of battery giant CATL during an unannounced stop in Fujian province on Friday, people familiar with the matter said.",
[],
"action (met) rather than statement")

add(26, "short_summary",
"Tesla's China bet, five years on",
"Back in 2020, Musk told an audience in Shanghai that China would be Tesla's biggest market one day; it hasn't quite happened yet.",
["China would be Tesla's biggest market one day"],
"old statement recalled in a one-sentence summary")

add(27, "short_summary",
"Musk visits Shanghai Gigafactory, says next Model Y coming in 2026",
"The Tesla chief toured the production line and chatted briefly with workers, according to a video posted by Tesla China.",
[],
"two-verb headline where the reported claim is a product date, not China; visit is an action")

add(28, "short_summary",
"Musk questions U.S. chip curbs on China",
"\u201cDo we really think export controls will stop China from building its own chips?\u201d Musk asked in a post on Tuesday, arguing that the curbs would only speed up Beijing's self-sufficiency drive.",
["Do we really think export controls will stop China from building its own chips?",
 "the curbs would only speed up Beijing's self-sufficiency drive"],
"rhetorical question; quote before attribution; headline describes only")
