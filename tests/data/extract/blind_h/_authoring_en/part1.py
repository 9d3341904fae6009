from common import P, L, doc

DOCS = []
A = DOCS.append

# ---------------- wire ----------------
A(doc("wire", "article",
 "Musk says ⟦Chinese suppliers now essential to every Tesla⟧",
 P("BEIJING, March 24 (Reuters) - Tesla Chief Executive Elon Musk, speaking by video link to the China Development Forum in Beijing on Monday evening after a 40-minute delay caused by a technical fault, said ⟦the company's Chinese suppliers were now essential to every vehicle it builds, not only those assembled in Shanghai⟧.",
   "“⟦Without the supply chain here, frankly, our cars would cost a lot more⟧,” Musk told an audience of officials and executives, his remarks subtitled in Mandarin on a screen behind the stage.",
   "The billionaire also used the appearance to promote SpaceX's next Starship test flight. “We're aiming to catch the ship with the tower again this summer,” he said.",
   "Premier Li Qiang, who spoke earlier in the day, did not mention Tesla by name but urged foreign companies to “put down deeper roots” in the country.",
   "Deliveries of China-made Tesla vehicles fell 11% in February from a year earlier, according to the China Passenger Car Association, as price competition from BYD and other domestic brands intensified.",
   "Musk last travelled to China in April 2024. A Tesla spokesperson in Shanghai declined to say when he would next visit.",
   "(Reporting by Liu Jia in Beijing and Peter Hensley in San Francisco; Editing by Sonali Mehta)"),
 "subject and speech verb far apart (video-link phrase); non-China Starship remark in same China article; 'here' = China"))

A(doc("wire", "article",
 "Chinese battery founder says he predicted cheap cells to Musk years ago",
 P("SHANGHAI, June 5 (Reuters) - Zeng Lin, founder of Shenzhen-based battery maker Voltaris Energy, said on Thursday he once told Elon Musk that Chinese lithium iron phosphate cells would cost half as much as American ones within five years, a forecast he said had since come true.",
   "\"I told him in 2019 over dinner in Shanghai: you will buy from us eventually,\" Zeng said at a briefing ahead of the company's planned Hong Kong listing. He declined to say whether Tesla was a customer.",
   "Voltaris, which supplies carmakers including Geely and Chery, aims to raise up to $1.2 billion in the offering, according to a term sheet seen by Reuters.",
   "Tesla did not respond to a request for comment. Musk, whose company buys cells from CATL and LG Energy Solution for cars made in Shanghai, has not publicly discussed Voltaris.",
   "(Reporting by Wen Qiao; Editing by Mark Ellery)"),
 "someone else's words with Musk as object, inside a dateline sentence ('said he once told Elon Musk that ...'); no Musk statement"))

A(doc("wire", "article",
 "Musk Warns Shareholders ⟦Chinese Rivals Are Tesla’s Toughest Test⟧",
 P("(Bloomberg) -- Elon Musk, addressing Tesla Inc.’s annual meeting at the company’s sprawling Gigafactory outside Austin, Texas, on Thursday afternoon before several thousand cheering investors, said ⟦competition from China would be the hardest test the carmaker faces this decade⟧.",
   "The remark came in response to a shareholder who asked about BYD Co. and a wave of other Chinese manufacturers that have grabbed market share from Tesla in Europe, Australia and Southeast Asia.",
   "“⟦Frankly, they out-work everyone, and we should copy their supply chain⟧,” Musk said. “⟦They’re not just cheap. They’re good⟧.”",
   "He added that ⟦Tesla’s Shanghai plant would remain its main export hub for Asia and parts of Europe⟧.",
   "Musk spent much of the two-hour event on Optimus, the humanoid robot he said would enter limited production next year, and on the Cybercab robotaxi, which he said would be “all over the place” by 2027.",
   "Shareholders approved all of the board’s proposals, including the reelection of two directors. Tesla shares rose 1.8% in extended trading in New York.",
   "--With assistance from Chunying Zhang."),
 "long locative phrase between name and verb; 'they' refers back to Chinese carmakers (gold); 'he added' continuation; product-date remarks not gold; headline carries claim"))

A(doc("wire", "article",
 "Musk makes surprise Beijing trip, meets premier",
 P("BEIJING (AP) — Elon Musk made an unannounced visit to Beijing on Sunday, meeting Premier Li Qiang and officials from the Ministry of Industry and Information Technology, according to a statement posted on the ministry's website.",
   "The statement said the two sides discussed “data security and cooperation on intelligent connected vehicles” but did not quote Musk.",
   "The Tesla chief later posted a photo of a banquet table on X without a caption.",
   "Approached by reporters in the lobby of his hotel, Musk said only that “we're aiming for unsupervised FSD in a couple of U.S. cities by the end of June.” He did not answer shouted questions about China.",
   "Chinese state media described the visit as “fruitful.” Tesla shares rose 3% in premarket trading in New York on Monday."),
 "things he did (visited, met, posted a photo) not said; his only quote is about a US product date inside a China story"))

A(doc("wire", "article",
 "Taiwan rebukes Musk over remarks on island's status",
 P("Taipei (AFP) - Taiwan's foreign ministry on Wednesday rebuked Elon Musk after the world's richest man said in a podcast interview that ⟦Taiwan's relationship with Beijing was 'a bit like Hawaii's with Washington'⟧.",
   "'Taiwan is not for sale, and it has never been governed by the People's Republic of China,' ministry spokesman Lin Chia-hsin told reporters. 'We hope Mr Musk will study some history.'",
   "It is not the first time the Tesla boss has stirred anger on the island. In a 2021 interview with a German newspaper, he said ⟦Taiwan and the mainland should be 'left to sort it out themselves' without outside pressure⟧.",
   "Musk also said in the new interview that ⟦Beijing had 'no real interest' in a war that would disrupt its own exports⟧, remarks that drew a more muted response in Taipei.",
   "Tesla relies heavily on its Shanghai factory, which built nearly half of its vehicles last year, and several Taiwanese firms supply it with parts.",
   "Beijing's Taiwan Affairs Office did not immediately comment."),
 "Taiwan in relation to China; quote from years ago recalled (gold); official's rebuttal not gold"))

A(doc("wire", "article",
 "Tesla's Musk lashes out at EU rules as Chinese brands gain in Europe",
 P("FRANKFURT, May 27 (Reuters) - Elon Musk on Tuesday attacked European regulators over delays in approving Tesla's supervised driver-assistance software, even as Chinese brands continued to eat into the carmaker's sales on the continent.",
   "\"They are strangling innovation with paperwork,\" Musk said in a video message to a mobility conference in Berlin, referring to the Dutch vehicle authority RDW and the European Commission. \"We submitted everything months ago.\"",
   "BYD, Xpeng and Leapmotor together doubled their share of Europe's battery-electric market in April, data from research firm Dataforce showed, while Tesla's registrations fell 28%.",
   "\"Musk keeps blaming Brussels, but the real problem is that Chinese carmakers are selling better cars for less,\" said Matthias Kerner, an analyst at Hauck Mobility Research.",
   "Another analyst, who asked not to be named, said the Tesla CEO had \"underestimated China for years.\"",
   "(Reporting by Ilona Weber; Editing by Tom Haslett)"),
 "'they' refers to European regulators, not China; analysts paraphrasing him critically about China; no gold"))

A(doc("wire", "article",
 "Musk says ⟦he never lobbied for tariffs on Chinese EVs⟧",
 P("WASHINGTON, Aug 8 (Reuters) - Elon Musk said on Friday that ⟦he had never asked the U.S. government to keep or raise tariffs on Chinese electric vehicles⟧, pushing back against a newspaper report that Tesla lobbyists had urged the White House to preserve the 100% levy.",
   "\"⟦I have always been against tariffs that distort the market, including on cars from China⟧,\" Musk wrote on X. \"⟦If Chinese EVs were let in freely, Tesla would still be fine. Many other U.S. carmakers would not⟧.\"",
   "The report cited three people familiar with meetings between Tesla's government-relations staff and trade officials earlier this year.",
   "A White House spokesperson said tariff policy was \"set by the President alone\" and declined to discuss specific meetings.",
   "Tesla shares closed down 0.6%."),
 "denial phrased as his own claim ('said that he had never ...') is gold; conditional claim; X post"))

A(doc("wire", "article",
 "Kimbal Musk says China's farm-tech scene is 'years ahead'",
 P("HONG KONG (Bloomberg) -- Kimbal Musk, the restaurateur and longtime Tesla Inc. board member, said Chinese indoor-farming startups were “years ahead” of their American peers.",
   "“In Shenzhen I saw vertical farms run almost entirely by robots, things we only talk about in California,” Musk said in an interview on the sidelines of an agritech conference in Hong Kong on Tuesday.",
   "Musk, the younger brother of Tesla Chief Executive Officer Elon Musk, said he was considering investing in two Chinese startups but declined to name them.",
   "“Beijing treats food security the way we treat defense,” he said. “That's why they move so fast.”",
   "His brother has not commented publicly on the trip."),
 "other person named Musk (Kimbal) talking about China; not the watched speaker"))

A(doc("wire", "article",
 "Elon Musk on China's car price war: '⟦It's brutal⟧'",
 P("Tesla CEO Elon Musk didn't mince words about the state of China's auto market on Wednesday.",
   "'⟦It's brutal. There are something like a hundred car companies in China and most of them are losing money on every car they sell⟧,' Musk told CNBC in an interview at Tesla's factory in Fremont, California. '⟦I think you'll see a lot of consolidation there over the next two or three years⟧.'",
   "'⟦The Chinese government has been very supportive of our Shanghai factory, and I'm grateful for that. We went from a muddy field to production in under a year⟧,' the Tesla chief said when asked whether geopolitical tension had hurt the business.",
   "Musk said a cheaper Tesla model would start production 'in the first half,' but declined to give a price.",
   "Tesla shares were down 3% in afternoon trading. The company reports quarterly results next week."),
 "multi-sentence quote; quote introduced first and attributed at the end; non-China product-date remark; headline carries claim"))

A(doc("wire", "article",
 "Musk shifts tone on China as Tesla battles for market share",
 P("Elon Musk has softened his tone on Chinese competition, telling investors in Riyadh this week that ⟦Chinese carmakers had 'earned' their lead in affordable electric vehicles⟧ and that ⟦Tesla would not ask for more protection from them⟧.",
   "The comments, made during a panel at the Future Investment Initiative on Tuesday, mark a departure from last year, when he warned that ⟦trade barriers were the only thing stopping Chinese brands from 'demolishing' western rivals⟧.",
   "“⟦They have earned it. They work incredibly hard, their engineers are excellent, and the government was smart to back the industry early⟧,” Musk said.",
   "Asked by the moderator whether he still believed tariffs were necessary, the billionaire said ⟦he had 'never been a fan' of tariffs on Chinese cars⟧ but acknowledged that ⟦without them, 'a lot of companies in Detroit would have a very hard time'⟧.",
   "He added that ⟦Tesla's Shanghai factory, which exports to more than 40 markets, was 'probably the best car factory in the world'⟧.",
   "Not everyone is convinced by the change. “Musk talks up China when he needs approvals in Beijing and talks it down when he needs sympathy in Washington,” said Hannah Ortiz, an auto analyst at Carrow Partners.",
   "Another analyst, who asked not to be named, said Musk's praise was “a pitch for self-driving approval, not a change of heart.”",
   "Tesla is still waiting for Chinese authorities to approve a full rollout of its supervised self-driving software. Musk said in Riyadh that ⟦Chinese regulators would sign off “soon”⟧, without giving a date.",
   "Much of the panel was devoted to other topics. Musk predicted that humanoid robots would outnumber people by 2040 and said SpaceX would attempt an uncrewed Mars landing in 2026.",
   "He also denied a report that Tesla had scaled back hiring in Shanghai, saying ⟦the company's headcount in China had “actually gone up” this year⟧.",
   "BYD, which overtook Tesla in annual sales of battery-electric vehicles last year, declined to comment. A spokesperson for Xpeng said the company “welcomes competition from all players.”",
   "Tesla's sales in China fell 8% in the first nine months of the year, according to the China Passenger Car Association, while BYD's rose 15%.",
   "Musk has visited China twice since 2023, meeting Premier Li Qiang on both occasions.",
   "Shares of Tesla rose 1.2% on Tuesday."),
 "long article: recalled earlier claim, 'them'/'they' = Chinese carmakers, 'he added', denial with stated claim (gold) vs. analysts' critical paraphrase and robots/Mars remarks (not gold)"))

A(doc("wire", "article",
 "China's EV makers pile into humanoid robots as Musk touts Optimus",
 P("SHENZHEN, China, Sept 18 (Reuters) - At least nine Chinese carmakers are now developing humanoid robots, according to a Reuters tally of company filings and statements, as the industry looks for growth beyond a saturated car market at home.",
   "The push mirrors Elon Musk's bet on Optimus. \"Optimus will be the biggest product of all time, bigger than the car,\" Musk said on Tesla's earnings call in July.",
   "Chinese executives have taken notice. \"When Elon says robots will be bigger than cars, everyone in our industry listens, but we don't wait for him,\" said Xu Ming, head of robotics at a Guangzhou-based carmaker, who asked that the company not be named because plans were not yet public.",
   "Xpeng showed a new version of its Iron robot at an event in Guangzhou last month, while Chery has set up a joint venture with a Wuhu-based robotics startup.",
   "Some analysts argue the Tesla CEO underestimates Chinese robot makers. \"He keeps comparing Optimus with Chinese prototypes from two years ago,\" said Ding Rui, a hardware analyst at Shenwan Hongyuan.",
   "Musk said in July that Tesla aimed to build \"several thousand\" Optimus units this year, though he later acknowledged the target would slip.",
   "Hangzhou-based Unitree, whose dog-like and humanoid robots sell for a fraction of Western rivals' prices, is preparing for a listing in Shanghai.",
   "Government support has been generous: Beijing, Shanghai and Shenzhen have each announced funds of at least 10 billion yuan for \"embodied intelligence.\"",
   "A robot half-marathon in Beijing in April drew global attention, though most of the 21 entrants failed to finish.",
   "Tesla did not respond to a request for comment, and Musk did not reply to a message sent via X.",
   "(Reporting by Fang Yilin and Joe Carver; Editing by Kim Doherty)"),
 "long China article where his only quotes are about Optimus in general; Chinese exec and analyst speak about him; no gold"))

# ---------------- liveblog ----------------
A(doc("liveblog", "article",
 "Tesla Q3 earnings call: Live updates",
 P("Tesla reported third-quarter results after the bell. Follow along for highlights from the call with Elon Musk and CFO Vaibhav Taneja.",
   "5:31 p.m. ET: The call is under way. Musk opens with a slide of Optimus folding laundry, to some laughter on the line.",
   "5:36 p.m. ET: Musk says the Cybercab will start volume production \"in the second quarter of next year.\" He has missed similar targets before.",
   "5:42 p.m. ET: On China, Musk says ⟦the Shanghai factory had its best export quarter ever⟧ and that ⟦demand in the country \"held up better than we expected\" despite the price war⟧.",
   "5:49 p.m. ET: Taneja says automotive gross margin in China was \"slightly lower\" because of financing incentives, without giving a figure.",
   "5:55 p.m. ET: An analyst asks whether BYD's new megawatt charging platform is a threat. Musk: \"⟦They're a very strong competitor, probably the strongest we have⟧.\"",
   "6:03 p.m. ET: Musk declines to give a delivery forecast for next year, saying it depends on \"macro factors and autonomy.\"",
   "6:10 p.m. ET: That's a wrap. Shares are up about 4% after hours."),
 "liveblog mixing China and product-date remarks; 'they' = BYD; CFO's China remark not gold"))

A(doc("liveblog", "article",
 "Starship Flight 11: as it happened",
 P("7:23 p.m. CT — Liftoff! All 33 Raptor engines appear to be lit as Starship clears the tower at Starbase.",
   "7:26 p.m. — Hot staging confirmed. Musk posts on X: \"Excellent ascent.\"",
   "7:31 p.m. — Some context while we wait: China's space agency said last week it still aims to land astronauts on the moon before 2030 on its Long March 10 rocket, and NASA officials have openly framed Artemis as a race with Beijing.",
   "7:40 p.m. — Elon Musk, speaking on the SpaceX webcast: \"Starship will be the first vehicle to carry humans to Mars. That's the whole point.\"",
   "7:52 p.m. — Ship splashdown in the Indian Ocean, right on target. \"Nailed it,\" says Musk.",
   "8:05 p.m. — A former NASA associate administrator tells us: \"Elon knows the Chinese are coming. That's why he's pushing this hard.\"",
   "8:20 p.m. — We're wrapping up. SpaceX says the next flight will come \"within weeks.\""),
 "China space context in liveblog; his remarks are about Starship/Mars; someone else speculates about what he knows about China"))

A(doc("liveblog", "article",
 "VivaTech 2025 live: Elon Musk on Europe, energy and AI",
 P("11:02 — Musk is on stage (well, on screen) with Publicis chairman Maurice Lévy. The main hall at Porte de Versailles is packed.",
   "11:06 — First topic is Europe's energy policy. Musk says Europe should \"build a lot more nuclear\" and stop closing reactors.",
   "11:13 — On solar, he turns to the audience: \"⟦Who do you think makes almost all the solar panels in the world? It's China⟧.\" Loud murmurs.",
   "11:18 — \"⟦Do you really think Europe can out-manufacture China with the regulations you have now?⟧\" Musk asks. Lévy laughs and moves on.",
   "11:24 — A question from the floor on X's content moderation in France. Musk: \"We follow the law in every country, but the law should not become censorship.\"",
   "11:31 — Musk wraps up by saying Starlink now covers \"basically all of Europe.\" That's the end of the session."),
 "rhetorical questions of his about China (gold); European energy and X remarks not gold"))

A(doc("liveblog", "article",
 "Tariff tracker live: Beijing hits back with 84% levies",
 P("09:12 ET — China's finance ministry says it will raise tariffs on all U.S. goods to 84% from Thursday, matching Washington's latest increase.",
   "09:40 — U.S. stock futures slide. Tesla is down 5% premarket; Apple is down 6%.",
   "10:05 — White House trade adviser Peter Navarro, asked on CNBC about Elon Musk's criticism of the tariff plan, calls Musk \"a car assembler\" who depends on parts from China and Japan.",
   "10:30 — Musk responds on X within minutes: \"Peter should try building something sometime.\"",
   "11:15 — The commerce secretary says talks with Beijing are \"not on the table this week.\"",
   "11:50 — Musk posts a chart of U.S. federal interest payments with the caption \"This is the real problem.\"",
   "12:20 — The yuan weakens past 7.35 per dollar for the first time since 2007."),
 "China-tariff liveblog; another official's words about Musk and China; Musk's own posts are about Navarro and US debt; no gold"))

A(doc("liveblog", "article",
 "Live: AI leaders at the World Artificial Intelligence Conference in Shanghai",
 P("09:30 Beijing time — The World Artificial Intelligence Conference opens at the Shanghai Expo Centre. Premier Li Qiang is expected to speak later this morning.",
   "09:48 — Elon Musk, appearing by video from Texas, opens with a prediction that AI will be smarter than any single human \"probably by next year.\"",
   "09:52 — Musk: \"⟦China is going to have a lot of compute. They're very good at building things fast, including data centers⟧.\"",
   "10:05 — Baidu's Robin Li, on stage in person, says open-source models will win. \"Elon always underestimates open source,\" he jokes.",
   "10:15 — Back to Musk, who added that ⟦Chinese AI labs like DeepSeek had shown \"impressive efficiency\" with fewer chips⟧.",
   "10:22 — He closes with a plug for Grok 5 and leaves the call. The audience applauds politely."),
 "liveblog with China remarks plus generic AI prediction; another executive's joke about Musk not gold; 'added that' continuation"))

A(doc("liveblog", "article",
 "Live: Senate hearing on Chinese influence in U.S. technology",
 P("2:02 p.m. — The Senate Commerce Committee hearing is under way. Witnesses include a former State Department official and two think-tank researchers.",
   "2:15 p.m. — Sen. Marsha Dyer (R) says several U.S. tech companies are \"dangerously exposed\" to Beijing and names Tesla, Apple and Nvidia.",
   "2:31 p.m. — Witness Rebecca Hale says Elon Musk has \"enormous business exposure to the Chinese Communist Party\" through Tesla's Shanghai factory. Musk was invited to testify but declined.",
   "2:48 p.m. — Sen. Carlos Ruiz (D) asks whether X's content policies in Chinese-language markets should be investigated. No witness answers directly.",
   "3:10 p.m. — A Tesla spokesperson emails to say the company \"complies with all U.S. laws\" and declines further comment.",
   "3:25 p.m. — Hearing adjourned."),
 "others' words about Musk and China; he declined to testify; company spokesperson is not Musk; no gold"))

A(doc("liveblog", "article",
 "Live: Elon Musk at the Qatar Economic Forum",
 P("14:05 Doha — Musk appears by video from Texas for a 30-minute conversation with a Bloomberg TV anchor.",
   "14:09 — He says he will spend \"a lot less\" on political campaigns in future. \"I think I've done enough,\" he says.",
   "14:15 — On Tesla's sales: the billionaire says ⟦he expects China sales to \"rebound strongly\" in the second half⟧, pointing to the refreshed Model Y.",
   "14:17 — He added that ⟦Chinese regulators had been \"very constructive\" on testing of Tesla's driver-assistance software⟧.",
   "14:24 — Asked whether he will still be Tesla CEO in five years: \"Yes. Unless I'm dead.\"",
   "14:30 — The session ends a few minutes early because of a connection problem."),
 "liveblog: China remarks via 'the billionaire says' and 'He added that'; politics and tenure remarks not gold"))
