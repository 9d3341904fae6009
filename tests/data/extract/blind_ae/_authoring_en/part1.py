from common import D

DOCS = []
A = DOCS.append

# 1 wire POS
A(D(1, "wire", "article",
"Musk says Chinese rivals 'extremely hard' to beat as Tesla sales slip",
'''BEIJING, June 11 (Reuters) - Tesla Chief Executive Elon Musk, speaking by video link to an automotive forum in Beijing on Tuesday evening after a delayed start caused by technical problems, said Chinese carmakers had become the toughest competitors Tesla has ever faced. "They are extremely hard to beat, and they move faster than anyone else in this industry," Musk told the audience of executives and officials. Tesla's deliveries in China fell 9% in May from a year earlier, according to data from the China Passenger Car Association. Musk also used the appearance to promote SpaceX's next Starship flight, saying the rocket would "most likely fly again within six weeks." The forum, organised by the China Association of Automobile Manufacturers, drew executives from BYD, Geely and NIO. Tesla did not respond to a request for comment on its China pricing plans.''',
["Chinese rivals 'extremely hard' to beat",
 "Chinese carmakers had become the toughest competitors Tesla has ever faced",
 "They are extremely hard to beat, and they move faster than anyone else in this industry"],
"subject and speech verb far apart (long 'speaking by video link...' phrase); headline claim; Starship remark in same article is not gold"))

# 2 wire NEG
A(D(2, "wire", "article",
"Battery maker's founder says he warned Musk on sodium-ion costs",
'''SHANGHAI (Reuters) - Zeng Weimin, founder of Shenzhen-based battery maker Huayu Power, said on Wednesday he once told Elon Musk that Chinese sodium-ion cells would be cheaper than lithium packs within three years. "I told him directly: your suppliers in China will beat your own cell team on cost," Zeng said at an industry event in Shanghai. Zeng did not say when the conversation took place. Tesla, which buys cells from several Asian suppliers, did not respond to a request for comment. Separately, Musk said on Wednesday that the Cybercab would enter volume production in Austin in the second quarter.''',
[],
"someone else's words with Musk as object inside dateline sentence; Musk's own remark is a product date, not China"))

# 3 wire POS
A(D(3, "wire", "article",
"Tesla's Musk praises China's engineers, says they are the best in the world",
'''SHANGHAI - Elon Musk on Saturday heaped praise on engineers in China, saying the talent pool at Tesla's Shanghai plant was the best he had seen anywhere. Speaking to employees at a town hall at Giga Shanghai that was streamed on the company's internal channels, the billionaire said the factory had cut the time needed to retool a production line by half. "When the Shanghai team told me 'we can retool in a weekend,' I didn't believe it. They did it in a day and a half," he said, according to a recording reviewed by reporters. He added that the plant would remain Tesla's main export hub for Asia and Europe. Musk did not comment on reports that Tesla is considering a smaller Model Y for the Chinese market.''',
["they are the best in the world",
 "the talent pool at Tesla's Shanghai plant was the best he had seen anywhere",
 "the factory had cut the time needed to retool a production line by half",
 "When the Shanghai team told me 'we can retool in a weekend,' I didn't believe it. They did it in a day and a half",
 "the plant would remain Tesla's main export hub for Asia and Europe"],
"headline with two verbs (praises..., says...) - gold is the claim part; nested quote; 'he added' continuation; 'the plant' refers back to Shanghai"))

# 4 wire NEG Kimbal
A(D(4, "wire", "article",
"Kimbal Musk says China's vertical farms are 'a decade ahead'",
'''HONG KONG, Oct 3 - Kimbal Musk, the restaurateur and Tesla board member who is the younger brother of Elon Musk, said on Thursday that China's indoor farming sector was years ahead of the United States. "China's vertical farms are a decade ahead of anything we have in America," Kimbal Musk told a food-technology summit in Hong Kong. He said he had visited greenhouse projects in Shandong and Jiangsu provinces this year. Asked about his brother's views on China, Kimbal Musk declined to comment, saying "you'll have to ask Elon." Elon Musk has not publicly commented on Chinese agriculture.''',
[],
"namesake: Kimbal Musk (brother) talks about China; Elon only mentioned"))

# 5 wire POS denial with his own claim
A(D(5, "wire", "article",
"Musk denies report of Shanghai job cuts",
'''Elon Musk on Thursday denied a report that he had told senior executives Tesla would shrink its workforce at its Shanghai factory by a fifth. The tech news site The Ledger reported on Wednesday, citing two people who attended a meeting in Austin, that Musk told managers that demand in China "no longer justifies" current staffing. Musk said on X that he had never discussed job cuts in China with anyone. "Giga Shanghai remains our highest-output factory and we are hiring there, not firing," he wrote. Tesla shares rose 1.2% in premarket trading.''',
["he had never discussed job cuts in China with anyone",
 "Giga Shanghai remains our highest-output factory and we are hiring there, not firing"],
"denial: the remark a report attributes to him is not gold; his own denial stating a claim ('said he had never...') and his follow-up quote are gold"))

# 6 wire NEG report claimed
A(D(6, "wire", "article",
"Report says Musk told executives Beijing would approve FSD by year-end; Tesla China calls it inaccurate",
'''A report published on Monday by the Chinese financial outlet Hua Capital News claimed that Elon Musk told Tesla executives in a private meeting that Beijing would approve the company's Full Self-Driving software by the end of the year. The report, which cited one unnamed person, could not be independently verified. Tesla's China unit said in a statement that the report was "inaccurate" and that it had no timetable to share. Musk did not respond to questions sent via X. Shares of Chinese lidar makers fell after the report.''',
[],
"remark attributed to him by an unverified third-party report and disputed; he said nothing himself"))

# 7 wire POS tariffs, long locative
A(D(7, "wire", "article",
"Musk says tariffs on Chinese EVs leave US buyers worse off",
'''AUSTIN, Texas (Reuters) - Elon Musk, at Tesla's annual shareholder meeting held at the company's Gigafactory on the outskirts of Austin, Texas, on Thursday afternoon, said that tariffs on Chinese electric vehicles leave American buyers worse off. "I'm not a fan of these tariffs on Chinese cars. They distort the market, and in the end the consumer pays," he told shareholders when asked about Washington's 100% duty on Chinese-made EVs. The Tesla CEO spent most of the two-hour event on the Optimus humanoid robot, which he said would be "the biggest product of all time." He added that the Model Y would remain the best-selling car in the world this year. Shareholders approved all of the board's proposals.''',
["tariffs on Chinese EVs leave US buyers worse off",
 "tariffs on Chinese electric vehicles leave American buyers worse off",
 "I'm not a fan of these tariffs on Chinese cars. They distort the market, and in the end the consumer pays"],
"long locative/time phrase between subject and 'said'; tariffs on China; Optimus and Model Y remarks in same article not gold"))

# 8 wire NEG neighbourhood
A(D(8, "wire", "article",
"China's EV price war deepens as BYD cuts prices again",
'''SHENZHEN, China - BYD cut prices on 22 models by as much as 34% on Friday, escalating a price war that has squeezed margins across China's auto industry. Rivals including Geely, Leapmotor and Tesla's China unit are expected to respond, analysts at a Hong Kong brokerage wrote in a note. Tesla, whose Shanghai plant makes Model 3 and Model Y cars for China and for export, has already offered zero-interest financing on the mainland this quarter. In the United States, meanwhile, Elon Musk said on Friday that America's electricity grid would need to double in capacity to support AI data centres. "The limiting factor for AI is going to be power and transformers, and we are not building enough of either," Musk said at an energy conference in Houston. He also said Starship's next test flight was "about four weeks away." BYD's Hong Kong-listed shares fell 4.1%.''',
[],
"article about China, but Musk's only statements are about US energy and Starship"))

# 9 wire POS quote first, attributed at end; multi-sentence; he added
A(D(9, "wire", "article",
"Musk warns Europe on Chinese competition",
'''BERLIN (Reuters) - "Chinese car companies are the most competitive car companies in the world. If there are no trade barriers, they will flatten most of the legacy automakers," Elon Musk said on Tuesday at the Gruenheide plant outside Berlin. "Europe needs to wake up to that." Speaking to reporters after a tour of the factory, the Tesla CEO said the plant would add a third shift next spring. He added that Chinese suppliers now provided "roughly a third" of the parts used at the German factory, and that this share was unlikely to fall soon. The European Commission imposed countervailing duties on Chinese-built EVs last year.''',
["Chinese car companies are the most competitive car companies in the world",
 "If there are no trade barriers, they will flatten most of the legacy automakers",
 "Europe needs to wake up to that",
 'Chinese suppliers now provided "roughly a third" of the parts used at the German factory, and that this share was unlikely to fall soon'],
"quote opens the story and is attributed at its end; continuation quote sentence ('that' = Chinese competition); 'he added'; third-shift remark not gold; descriptive headline not gold"))

# 10 wire NEG analysts / rival quoting back
A(D(10, "wire", "article",
"Analysts say Musk overstates threat from Chinese carmakers",
'''NEW YORK - Several Wall Street analysts said on Monday that Elon Musk overstates the threat posed by Chinese carmakers in order to lobby for protection in the United States. "He talks up BYD because it helps his case in Washington," said Daniel Reyes, an analyst at Halvorsen Securities. "When Elon says the Chinese will wipe out Detroit, he's really talking about subsidies." At an event in Shenzhen, BYD executive Lin Haotian recalled being told by Musk years ago that BYD's cars were not very good. "He said our products were not competitive. We remember that," Lin said, drawing laughter from the audience. Tesla did not respond to a request for comment.''',
[],
"analysts paraphrasing Musk critically; a rival quoting him back - none of it is his own statement"))

# 11 wire POS old quote recalled
A(D(11, "wire", "article",
"Five years on, Giga Shanghai has become Tesla's biggest factory",
'''SHANGHAI - When the first Model 3 sedans rolled out of Tesla's Lingang factory in late 2019, Elon Musk bounded on stage and told the crowd that "China is going to be Tesla's largest market eventually." Five years later, the plant has produced more than 3.5 million vehicles and accounts for roughly half of Tesla's global output. Local suppliers now provide more than 95% of its components, according to the Shanghai municipal government. A former Tesla China executive said the company had planned around that forecast: "Elon told us, 'this will be our biggest market,' and we built accordingly." Musk, in a video message played at an anniversary event on Friday, said: "The Shanghai team has set the standard for every Tesla factory." Sales in China have slipped this year amid competition from Xiaomi and BYD.''',
["China is going to be Tesla's largest market eventually",
 "The Shanghai team has set the standard for every Tesla factory."],
"his quote from years ago recalled in the article (gold); a former executive relaying what Elon told them (nested, not gold)"))

# 12 wire NEG Errol
A(D(12, "wire", "article",
"Errol Musk says China 'understands how to build things'",
'''MOSCOW - Errol Musk, the father of Tesla CEO Elon Musk, told a business forum in Moscow on Wednesday that China "understands how to build things" and that Western countries should stop lecturing Beijing. The 79-year-old engineer, who is often at odds with his son, said he had visited Guangzhou twice this year. "My son knows this too, even if he cannot say it," Errol Musk said. A representative for Elon Musk did not respond to a request for comment. Errol Musk has no role at Tesla or SpaceX.''',
[],
"namesake: Errol Musk (father); his claim about what his son thinks is not Elon's statement"))

# 13 wire POS Taiwan conditional
A(D(13, "wire", "article",
"Musk says a Taiwan conflict would upend global chip supply",
'''PARIS - Elon Musk said on Wednesday that a military conflict over Taiwan would upend global chip supply and hit almost every electronics maker in the world. "If China takes Taiwan, the supply of advanced chips stops overnight. Every car company, every phone company is affected, including Tesla," Musk said at a technology conference in Paris. He did not elaborate. The world's richest man also said that xAI's next model would be released "before the end of the quarter." Beijing regards Taiwan as its own territory and has not ruled out using force to bring it under its control.''',
["a Taiwan conflict would upend global chip supply",
 "a military conflict over Taiwan would upend global chip supply and hit almost every electronics maker in the world",
 "If China takes Taiwan, the supply of advanced chips stops overnight. Every car company, every phone company is affected, including Tesla"],
"conditional/hypothetical in his own words about China and Taiwan; xAI remark not gold"))

# 14 wire NEG denial without claim
A(D(14, "wire", "article",
"Musk denies saying China would 'inevitably' take Taiwan",
'''Elon Musk on Friday denied saying that China would "inevitably" take control of Taiwan, after a clip circulated on social media appearing to show him making the remark at a private dinner. "That clip is edited. Don't believe everything you see," Musk wrote on X in reply to a user who had shared it. The 40-second video, first posted by an anonymous account, had been viewed more than 12 million times. Fact-checkers at a European news agency said the audio appeared to have been spliced from two separate interviews. Taiwan's foreign ministry declined to comment.''',
[],
"denial: the denied remark is not his claim; his actual words are about the clip, not China"))

# 15 wire POS DeepSeek pronoun
A(D(15, "wire", "article",
"Musk says DeepSeek's new model is impressive, questions its costs",
'''Elon Musk said on Monday that the latest model from Chinese AI startup DeepSeek was impressive, but cast doubt on the Hangzhou-based company's claims about how little it cost to train. "It's a good model. But they obviously have far more GPUs than they are admitting," Musk wrote on X, responding to a post by an AI researcher about the release. Musk, who runs rival AI firm xAI, added that Grok 5 would start training "in a few weeks." DeepSeek did not respond to a request for comment. Nvidia shares fell 3% in early trading.''',
["DeepSeek's new model is impressive",
 "the latest model from Chinese AI startup DeepSeek was impressive",
 "It's a good model.",
 "But they obviously have far more GPUs than they are admitting"],
"named Chinese company; pronouns 'it'/'they' refer back to DeepSeek; Grok remark after 'added' is not China"))

# 16 wire NEG they = FAA
A(D(16, "wire", "article",
"China launches record number of rockets as SpaceX faces US red tape",
'''BEIJING - China's state-owned space contractor launched its 70th rocket of the year on Sunday, setting a national record, as commercial players such as LandSpace and Galactic Energy step up flights. In the United States, SpaceX has been waiting for a Federal Aviation Administration licence for its next Starship flight. "They are drowning us in paperwork. We could fly next week if they let us," Elon Musk wrote on X on Sunday, referring to the FAA. The FAA said in a statement that it was reviewing SpaceX's application "as quickly as safety allows." China plans to land astronauts on the moon before 2030.''',
[],
"'they' refers to the FAA, not to China, in an article about China's launches"))

# 17 wire POS short
A(D(17, "wire", "article",
"Musk says Chinese battery prices will halve within two years",
'''Elon Musk said on Tuesday that prices for batteries made in China would halve within two years as makers such as CATL scale up new chemistries. "The cost curve on Chinese LFP cells is going to surprise everyone," he wrote on X. He added that the world's second-largest economy had become the Saudi Arabia of batteries. Tesla uses CATL cells in some of its Model 3 and Model Y vehicles.''',
["Chinese battery prices will halve within two years",
 "prices for batteries made in China would halve within two years as makers such as CATL scale up new chemistries",
 "The cost curve on Chinese LFP cells is going to surprise everyone",
 "the world's second-largest economy had become the Saudi Arabia of batteries"],
"plain positive; headline claim; China referred to as 'the world's second-largest economy'"))

# 18 wire NEG headline fragment
A(D(18, "wire", "article",
"Musk posts about Chinese battery prices",
'''Elon Musk on Monday shared a chart on X showing the falling price of lithium iron phosphate cells made in China, without adding any comment of his own. The chart, produced by an energy research firm, showed average pack prices in China dropping below $60 per kilowatt-hour for the first time. The post drew more than 40,000 replies. Tesla buys LFP cells from CATL for its standard-range vehicles.''',
[],
"headline only says he posted; he shared a chart without words of his own"))

# 19 wire POS long, one China sentence
A(D(19, "wire", "article",
"Tesla shareholders back Musk's pay plan; CEO touts robots, robotaxis",
'''AUSTIN, Texas (Reuters) - Tesla shareholders on Thursday approved a new compensation package for Elon Musk, handing a decisive victory to the chief executive after months of debate among investors and proxy advisers. About 76% of votes cast supported the plan, according to preliminary results announced at the company's annual meeting in Austin. Musk took the stage to loud applause and spent more than an hour outlining plans for humanoid robots, self-driving taxis and a new generation of batteries. "This is not just a new chapter for Tesla, it's a whole new book," he said. The CEO said the Cybercab robotaxi would begin production in April and that he expected driverless service to be available in "most major U.S. cities" by the end of next year. He said Optimus, the company's humanoid robot, would eventually account for most of Tesla's value. Musk also said Chinese demand for humanoid robots would be "gigantic" and that Tesla planned to sell Optimus in China once the robot was in volume production. He did not give a timeline. On batteries, Musk said the company's 4680 cell was now cheaper to produce than cells bought from suppliers. Several large pension funds voted against the pay package. Proxy adviser ISS had recommended against it, citing its size. Tesla shares rose 2% in after-hours trading. Outside the venue, a small group of protesters held signs criticising Musk's role in Washington. The company did not provide updated delivery guidance for the year.''',
['Chinese demand for humanoid robots would be "gigantic"',
 "Tesla planned to sell Optimus in China once the robot was in volume production"],
"long document; one China sentence among many non-China statements"))

# 20 wire NEG long Starlink
A(D(20, "wire", "article",
"Starlink expands in Southeast Asia as China builds rival constellation",
'''SINGAPORE - SpaceX's Starlink satellite internet service began operating in Vietnam and Bangladesh this month, extending its reach in a region where China is racing to deploy its own low-Earth-orbit networks. Beijing has approved two state-backed constellations, Guowang and Qianfan, which together aim to launch more than 25,000 satellites over the coming decade. Chinese officials have described Starlink as a potential security threat, and the service is not available in mainland China. Elon Musk, speaking on a call with Vietnamese officials that was partly livestreamed, said Starlink would "bring high-speed internet to every village in Vietnam within two years." He said SpaceX was launching satellites at a rate of "more than one a day" and that the next generation would be deployed by Starship. "The goal is to make internet access as normal as electricity," Musk said. Analysts said the Chinese constellations remain years behind in the number of satellites in orbit. Qianfan had about 90 satellites in orbit as of last month, compared with more than 7,000 for Starlink. Its operator has signed agreements with Brazil and Malaysia. Some governments in the region have sought to balance relations with both Washington and Beijing. Vietnam's ministry of information said it would review Starlink's licence after a one-year pilot. SpaceX did not respond to questions about China.''',
[],
"long article full of China; Musk's quotes are all about Starlink in Vietnam and launches"))

# 21 liveblog POS
A(D(21, "liveblog", "article",
"Tesla Q3 earnings live: Musk on robotaxis, margins and China",
'''5:31 p.m. ET - Tesla's earnings call has started. Elon Musk is joined by the company's CFO and its head of investor relations.

5:38 p.m. ET - Musk opens with robotaxis: "We expect to remove safety monitors in Austin by the end of the year." He repeats that the Cybercab enters production in Q2.

5:46 p.m. ET - On China, Musk says competition there is brutal but that Tesla's Shanghai factory ran at full capacity for the quarter. "The Chinese market is the most competitive in the world, and we're still holding our own," he says.

5:52 p.m. ET - The CFO says automotive gross margin excluding credits was 15.4%.

6:03 p.m. ET - Asked about driver-assistance software abroad, Musk says the company is "hoping for partial approval in China" early next year. He gives no further detail.

6:10 p.m. ET - Shares are up 3% after hours.

6:15 p.m. ET - Musk on Optimus: "Version 3 will look like a person in a robot suit." That's it for the call.''',
["competition there is brutal",
 "Tesla's Shanghai factory ran at full capacity for the quarter",
 "The Chinese market is the most competitive in the world, and we're still holding our own",
 'the company is "hoping for partial approval in China" early next year'],
"live blog with timestamps; robotaxi and Optimus entries not gold; 'there' refers to China"))

# 22 liveblog NEG actions only
A(D(22, "liveblog", "article",
"Live: Elon Musk's surprise visit to Beijing",
'''09:12 Beijing time - Elon Musk's private jet has landed at Beijing Capital International Airport, according to flight-tracking data. Tesla has not confirmed the purpose of the trip.

10:40 - State broadcaster CCTV shows Musk arriving at the Diaoyutai State Guesthouse, where he is expected to meet China's premier.

11:55 - The meeting has ended. A readout from China's foreign ministry says the premier told Musk that China "will continue to welcome foreign investment". No comment yet from Musk or Tesla.

13:20 - Musk is touring the Beijing headquarters of Baidu, which supplies mapping data to Tesla in China, a person familiar with the visit says.

15:05 - An account called "Elon Musk Fan Club China" has posted a message on Weibo claiming Musk said China is his "second home". Tesla China says the account is not affiliated with the company and the quote is not genuine.

16:30 - Musk's jet has departed Beijing. He spent about seven hours in the city.''',
[],
"things he did (landed, met, toured) not said; premier's words; fake quote from a fan account"))

# 23 liveblog POS tariffs
A(D(23, "liveblog", "article",
"Trade war live: Beijing retaliates, markets slide",
'''08:02 GMT - China's commerce ministry says it will impose 34% additional tariffs on all US goods from next Thursday.

08:45 GMT - Asian markets are sharply lower; the Hang Seng is down 6%.

09:30 GMT - Elon Musk has weighed in on X. Replying to a post about the new duties, he wrote: "A tariff war with China hurts both sides. Nobody wins this." It is one of the few times the Tesla CEO has publicly criticised the administration's trade policy.

10:15 GMT - European stocks open lower, with carmakers among the biggest fallers.

11:00 GMT - Musk has followed up with a second post, saying that Tesla is "the least affected car company" because it builds its cars locally in each market. He did not mention China this time.

11:40 GMT - The White House says the president "is not worried" about Beijing's response.''',
["A tariff war with China hurts both sides. Nobody wins this."],
"live blog; tariffs with China (gold); his follow-up about Tesla being least affected does not point to China"))

# 24 liveblog NEG AI summit
A(D(24, "liveblog", "article",
"AI Safety Summit live: Musk and Chinese vice-minister share stage",
'''14:00 CET - The afternoon session is under way, with Elon Musk and Chinese vice-minister of science and technology Gao Mingyuan on the same panel.

14:12 CET - Gao says China is "ready to work with all countries" on AI governance and proposes a new international body based in Shanghai.

14:25 CET - Musk says the biggest risk from AI is "a superintelligence that is not maximally truth-seeking". He calls for a "referee" for AI development, without specifying who that should be.

14:31 CET - The moderator asks Musk about his next Starship launch. He says it is "probably six weeks away."

14:40 CET - Gao says Chinese researchers published more AI papers last year than any other country.

14:52 CET - The panel ends. Musk leaves without taking questions from reporters.''',
[],
"Chinese official talks about China on the same panel; Musk's remarks are about AI risk and Starship"))

# 25 liveblog POS BYD
A(D(25, "liveblog", "article",
"Tesla annual meeting live updates",
'''3:02 p.m. CT - The meeting has begun in Austin. Musk walks out on stage with two Optimus robots.

3:10 p.m. CT - Musk: "We're going to make Tesla the most valuable company in the world by a lot."

3:24 p.m. CT - Q&A begins. The first shareholder asks about BYD overtaking Tesla in global EV sales. Musk says BYD is a very strong company and that Chinese automakers are absolutely world-class at manufacturing. He adds: "We should learn from them, not complain about them."

3:31 p.m. CT - A second shareholder asks about the Roadster. Musk: "The demo at the end of the year will be unforgettable."

3:45 p.m. CT - Musk says he plans to remain CEO "for at least five more years."

3:50 p.m. CT - Meeting adjourned.''',
["BYD is a very strong company",
 "Chinese automakers are absolutely world-class at manufacturing",
 "We should learn from them, not complain about them."],
"live blog; 'them' refers back to Chinese automakers; other entries not gold"))

# 26 liveblog NEG Maye
A(D(26, "liveblog", "article",
"Shanghai Fashion Week live: Maye Musk closes the show",
'''19:30 - Maye Musk, the 77-year-old model and mother of Elon Musk, is about to walk in the closing show.

19:48 - Backstage, Maye Musk tells reporters that Shanghai is "the most exciting city in the world for fashion right now" and that Chinese designers are "fearless".

20:05 - Asked whether her son would visit, she says: "Elon is very busy with rockets. He watches my shows online."

20:20 - The show ends with a standing ovation. Maye Musk has more than 800,000 followers on Weibo.''',
[],
"namesake: Maye Musk (mother) on China; Elon only mentioned"))

# 27 liveblog POS mainland
A(D(27, "liveblog", "article",
"VivaTech 2025 live: Elon Musk joins by video",
'''11:00 - Elon Musk is appearing by video link from Texas, interviewed by the conference's founder.

11:06 - Musk says Starlink now has more than 6 million customers.

11:14 - On electric cars, Musk says the next few years will be decided by how fast Western companies can match costs on the mainland. "If you look at the cost of making a car in China versus Europe, it's not close. Europe has to fix that or it will not have a car industry."

11:20 - Asked about AI regulation in the EU, Musk says Brussels is "regulating things that don't exist yet".

11:29 - He ends with a pitch for Mars: "Life needs to be multiplanetary."''',
["the next few years will be decided by how fast Western companies can match costs on the mainland",
 "If you look at the cost of making a car in China versus Europe, it's not close. Europe has to fix that or it will not have a car industry."],
"live blog; China referred to as 'the mainland'; EU regulation, Starlink and Mars remarks not gold"))

# 28 liveblog NEG market
A(D(28, "liveblog", "article",
"Stock market today: Tesla slides after weak China sales data",
'''9:35 a.m. ET - Tesla shares open down 5% after data from the China Passenger Car Association showed the company's China-made vehicle sales fell 18% in October.

10:10 a.m. ET - Morgan Hale analyst Priya Natarajan says in a note that "China remains the soft spot in the Tesla story" and that Musk "needs to address it head-on" on the next call.

10:45 a.m. ET - Musk has not commented on the figures. His most recent post on X, from early this morning, was about Starship's heat shield tiles.

11:30 a.m. ET - BYD says its October sales rose 12%.

12:05 p.m. ET - Tesla shares are down 4.6% at midday.''',
[],
"market live blog about Tesla in China; analyst's words; Musk silent"))
