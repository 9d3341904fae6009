from common import add

# ---------------- WIRE ----------------
add("wire",
"Tesla's Musk praises Chinese engineers, says they are hardest-working in the industry",
"""AUSTIN, Texas, June 14 (Reuters) - Tesla Chief Executive Elon Musk, speaking to shareholders at the company's annual meeting in Austin on Thursday after a nearly hour-long delay caused by a storm, said Chinese auto engineers were "the hardest-working in the industry, and by a wide margin."
Musk told the audience that the Shanghai factory had become the company's most efficient plant, producing a car roughly every 30 seconds.
He also said Tesla's next-generation Roadster would be demonstrated "before the end of the year, hopefully," and repeated that the Starship rocket would attempt an orbital refuelling test in the coming months.
"If you look at the competition, the top ten will probably be mostly Chinese companies," Musk said. "They are extremely good at manufacturing."
Shares of Tesla rose 2.1% in after-hours trading. Analysts at Wedbush said the remarks underscored how central the China market remained to Tesla's growth story.""",
["they are hardest-working in the industry",
 "the hardest-working in the industry, and by a wide margin",
 "the Shanghai factory had become the company's most efficient plant, producing a car roughly every 30 seconds",
 "If you look at the competition, the top ten will probably be mostly Chinese companies",
 "They are extremely good at manufacturing"],
"subject and speech verb far apart; two-verb headline; off-topic Roadster/Starship remarks in China article; 'They' continuation")

add("wire",
"Battery founder says he warned Musk Chinese cells would always be cheaper",
"""NINGDE, China, March 3 (Reuters) - Zeng Hanlin, founder of Fujian-based battery maker Sunvolt Energy, said on Monday he once told Elon Musk that Chinese cell suppliers could cut costs faster than any U.S. rival, recounting a 2019 dinner in Shanghai.
"I told him, frankly, your cost curve will never catch ours," Zeng said in an interview at the company's headquarters. "He just laughed."
Zeng said the two men had not met since. Tesla did not respond to a request for comment.
Sunvolt, which supplies lithium iron phosphate cells to three domestic carmakers, plans to list in Hong Kong later this year, according to two people familiar with the matter.""",
[], "someone else's words with Musk as object, inside dateline sentence")

add("wire",
"Tesla denies report it will cut Shanghai shifts",
"""SHANGHAI, Oct 9 (Reuters) - Tesla on Wednesday denied a local media report that it planned to cut a production shift at its Shanghai plant, saying output would stay at current levels through the year-end.
Chief Executive Elon Musk said on X late on Tuesday that the report was false and that the Shanghai plant was running at full rate.
The plant, Tesla's largest by output, exports Model 3 and Model Y vehicles to Europe and Asia-Pacific markets.
Musk has long described the factory in glowing terms. In 2020, he said the Shanghai team had built the plant at a speed he had "never seen anywhere in the world."
Sales of Tesla's China-made vehicles fell 8% in September from a year earlier, data from the China Passenger Car Association showed.""",
["the report was false and that the Shanghai plant was running at full rate",
 "the Shanghai team had built the plant at a speed he had \"never seen anywhere in the world"],
"denial stated as his claim; quote recalled from years ago; company denial not his")

add("wire",
"Tesla China sales slide as price war deepens",
"""BEIJING, Jan 5 (Reuters) - Tesla's sales of China-made vehicles fell 14% in December from a year earlier, as BYD and a clutch of newer domestic brands extended a bruising price war into a third year.
BYD sold more than half a million cars in the month, widening its lead in the world's biggest auto market.
Elon Musk, asked about the results during a livestream on Saturday, did not address China directly.
"Our focus this year is autonomy, full stop," he said. "The cars that can drive themselves will be worth far more than the ones that cannot."
He added that the company's Optimus humanoid robot would begin limited production in Fremont "late this year."
Morgan Stanley analysts wrote in a note that Chinese rivals were now matching Tesla on software features at lower prices.""",
[], "China article, but all his remarks are about autonomy and Optimus (neighbourhood trap)")

add("wire",
"Musk says Taiwan conflict would be 'nightmare' for carmakers",
"""LONDON, May 22 (Reuters) - Elon Musk said on Wednesday that a war over Taiwan would be a nightmare for every carmaker on Earth, not just Tesla, because so many advanced chips are made on the island.
Speaking at a technology conference in London, the billionaire said Beijing and Washington both had strong incentives to avoid escalation.
"Nobody wins that fight. Nobody," he said.
Musk also said SpaceX's Starlink would expand coverage across West Africa before the end of the year.
Taiwan's foreign ministry declined to comment. China's embassy in London did not respond to a request for comment.""",
["Taiwan conflict would be 'nightmare' for carmakers",
 "a war over Taiwan would be a nightmare for every carmaker on Earth, not just Tesla, because so many advanced chips are made on the island",
 "Beijing and Washington both had strong incentives to avoid escalation",
 "Nobody wins that fight. Nobody"],
"Taiwan in relation to China; 'that fight' refers back; Starlink remark not gold")

add("wire",
"Kimbal Musk says Chinese farm tech 'years ahead' at Shenzhen forum",
"""SHENZHEN, China, Nov 12 (Reuters) - Kimbal Musk, the restaurateur and Tesla board member who is the younger brother of Elon Musk, said on Tuesday that Chinese vertical-farming companies were years ahead of their U.S. peers.
"What I've seen this week in Shenzhen is remarkable. They have automated things we are still doing by hand," Musk said at an agritech forum.
He said he planned to invest in at least one Chinese start-up next year.
His brother, the Tesla chief executive, was not at the event and has not commented on Kimbal's visit.""",
[], "other person named Musk (Kimbal); 'Musk said' refers to him")

add("wire",
"Tesla's Musk weighs in on EU car duty plan",
"""BERLIN, Feb 28 (Reuters) - Elon Musk said on Friday he did not support the European Commission's plan to raise duties on cars imported from China, arguing that the levies would also hit Tesla's Shanghai-built Model 3.
"Tariffs on cars from China are a tax on European drivers, frankly," Musk told reporters during a visit to the Gruenheide plant outside Berlin.
If Brussels went ahead, he said, Tesla could shift more of its European supply from Shanghai to Berlin, "but that takes time and it isn't free."
He also said the Berlin factory would add a second shift for the Model Y by summer.
The Commission said its investigation into subsidies had been conducted in line with WTO rules.""",
["he did not support the European Commission's plan to raise duties on cars imported from China",
 "Tariffs on cars from China are a tax on European drivers, frankly",
 "Tesla could shift more of its European supply from Shanghai to Berlin"],
"headline only says he weighed in (not gold); tariffs on China; conditional claim; Berlin shift remark not gold")

add("wire",
"Analysts question Musk's upbeat China forecast",
"""HONG KONG, Aug 1 (Reuters) - Analysts on Thursday questioned Tesla's ability to regain market share in China, saying Elon Musk has repeatedly overstated demand for the company's cars in the world's second-largest economy.
"Every quarter he tells investors China is about to turn the corner, and every quarter the numbers say otherwise," said Li Wen, an auto analyst at a Hong Kong brokerage.
Another analyst, who declined to be named because of company policy, said Musk tended to treat Beijing's goodwill as a given.
Tesla did not respond to a request for comment. Its Hong Kong-listed Chinese rivals rose between 1% and 4%.""",
[], "analysts paraphrasing Musk critically; not his statement")

add("wire",
"Musk recounts Beijing meeting, says officials 'want Tesla to stay'",
"""BEIJING, April 29 (Reuters) - Elon Musk said on Monday that Chinese officials had made clear they wanted Tesla to keep expanding in the country, after a whirlwind day of meetings in the capital.
"One of the ministers looked at me and said, 'You built the Shanghai factory in a year; build the next one in six months,' and I thought, okay, that's a challenge," Musk told reporters at his hotel.
The Tesla chief did not say whether a new plant was planned. His trip came days after the company announced a 10% cut to its global workforce.
Baidu shares rose 3% in Hong Kong on speculation it could supply mapping data to Tesla.""",
["officials 'want Tesla to stay'",
 "Chinese officials had made clear they wanted Tesla to keep expanding in the country",
 "One of the ministers looked at me and said, 'You built the Shanghai factory in a year; build the next one in six months,' and I thought, okay, that's a challenge"],
"nested quote; headline claim; trip (action) not gold")

# ---------------- LIVEBLOG ----------------
add("liveblog",
"Tesla annual meeting live: Musk on robotaxis, China, Optimus",
"""4:52 p.m. ET - That's a wrap. Musk has left the stage to a standing ovation and a fog machine. Thanks for following along.
4:31 p.m. ET - Asked by a shareholder about competition, Musk is blunt: "The Chinese automakers are the toughest competitors we have ever faced, and it's not close."
4:18 p.m. ET - Musk says Optimus will be "in limited production next year" at Fremont. No price given.
4:05 p.m. ET - Musk says FSD will launch in "a few more countries" this year, pending regulatory approval. He doesn't name them.
3:50 p.m. ET - Musk says the Shanghai plant has the best production line in the company's network and thanks the local team by name.
3:40 p.m. ET - Voting results are in: all board nominees re-elected.
3:31 p.m. ET - We're under way, about half an hour late.""",
["The Chinese automakers are the toughest competitors we have ever faced, and it's not close",
 "the Shanghai plant has the best production line in the company's network"],
"liveblog; headline lists topics only; off-topic Optimus/FSD entries")

add("liveblog",
"Live: SpaceX Starship flight test - updates",
"""09:44 CT - Booster caught by the tower arms. Cheers from the crowd on South Padre Island.
09:40 CT - Musk on X: "Great flight. Team is incredible."
09:31 CT - Liftoff!
09:10 CT - The launch window opens in 20 minutes. Weather looks fine.
08:55 CT - Musk earlier thanked the Federal Aviation Administration for a quicker licence review. "They are moving much faster than they used to, credit where it's due," he said of the agency.
08:40 CT - Context: Chinese commercial launch firms including LandSpace are racing to field their own reusable rockets. LandSpace's chief executive told state media last week that "Musk proved reusability works, and now we will prove it is cheap."
08:30 CT - Good morning and welcome to our live coverage.""",
[], "'they' refers to the FAA, not China; Chinese CEO quotes Musk as object")

add("liveblog",
"China supply chain expo day two - as it happened",
"""11:05 Beijing time - We're wrapping up the morning session. Coverage resumes after lunch with a panel on rare earths.
10:30 - Musk then moved on to Mars, saying SpaceX would send the first uncrewed ships "in the next window, if things go well." Not much there for the supply-chain crowd.
10:22 - He added that Tesla would keep buying parts from the mainland for as long as those suppliers stayed the best in the world.
10:15 - Elon Musk, appearing by video link from Austin after a delayed start that organisers blamed on "weather on the other side of the Pacific," said Chinese suppliers had been essential to everything Tesla has achieved.
10:02 - The Tesla CEO is up next, by video. We're told the link is being tested.
09:40 - China's commerce minister opened the day, pledging "an even more open" market for foreign investors.""",
["Chinese suppliers had been essential to everything Tesla has achieved",
 "Tesla would keep buying parts from the mainland for as long as those suppliers stayed the best in the world"],
"subject and verb far apart; 'he added' continuation; Mars remark not gold; reverse-chronological entries")

add("liveblog",
"Musk and China: live updates as Tesla chief lands in Beijing",
"""18:20 - State broadcaster CCTV shows Musk shaking hands with the premier at the Great Hall of the People. No remarks were released.
17:45 - A Tesla spokesperson says the visit is "a routine business trip" and declines to discuss the agenda.
16:30 - Shares of Chinese lidar makers jump on speculation about a mapping deal.
15:10 - A Global Times commentary says Musk's visit "shows that decoupling is a fantasy."
14:55 - Musk's private jet has landed at Beijing Capital International Airport, according to flight-tracking data.
14:40 - Musk has not made any public remarks so far. We will update as soon as he does.""",
[], "framing headline 'Musk and China' over body with no statement of his; actions only; spokesperson and state media")

add("liveblog",
"Tesla Q3 results: live reaction",
"""6:02 p.m. ET - CFO Vaibhav Taneja says China gross margins improved "slightly" from the second quarter.
5:55 p.m. ET - Musk says Cybercab production will start "in Q2 next year." Insert the usual caveats about Musk timelines.
5:48 p.m. ET - More from Musk on the same market: "The price war there is brutal. Everyone is cutting, and some of those companies won't survive it."
5:41 p.m. ET - On the call, Musk says demand in China has stabilised after a rough summer.
5:32 p.m. ET - The call has started. Musk opens with a few words about autonomy.
4:10 p.m. ET - Headline numbers: revenue $25.2bn, EPS 72 cents, both slightly ahead of estimates.""",
["demand in China has stabilised after a rough summer",
 "The price war there is brutal. Everyone is cutting, and some of those companies won't survive it"],
"topic in context ('there' = China from previous entry); CFO words not his; Cybercab date not gold")

add("liveblog",
"Paris AI summit live: Musk, Altman and Mistral's Mensch on regulation",
"""15:40 - Musk on European rules, to applause and some boos: "They regulate first and innovate never." He was talking about the Commission, not the summit hosts, he clarifies.
15:32 - The moderator asks Altman about DeepSeek and the Chinese labs. Altman: "They are very good, and they are fast. We take them seriously."
15:20 - Musk says xAI's next model will be trained on "roughly twice" the compute of the last one.
15:05 - Panel begins. Mensch says Europe "can still win" on open models.
14:50 - Doors open. The room is full.""",
[], "'they' refers to European regulators; another CEO speaks about Chinese labs")

add("liveblog",
"US-China tariff talks: latest updates",
"""14:20 GMT - China's commerce ministry says it will "resolutely respond" to any new levies.
14:05 GMT - Elon Musk has weighed in on X, replying to the White House account: "@WhiteHouse tariffs on Chinese components hit American factories hardest. Every EV built in the US uses them. https://t.co/aB3kQ9mZ2x"
13:50 GMT - A Treasury official tells reporters the talks are "constructive but difficult."
13:30 GMT - Talks resume in Geneva for a second day.""",
["tariffs on Chinese components hit American factories hardest",
 "Every EV built in the US uses them"],
"X post quoted verbatim with @handle and URL; ministry/official quotes not his")

# ---------------- QA INTERVIEW ----------------
add("qa_interview",
"Elon Musk on China, AI and the next decade of cars: an edited interview",
"""The Tesla chief executive spoke to us for forty minutes by phone last week. The conversation has been edited for length and clarity.
Q: Your Shanghai factory is now the largest in your network. Is that a risk?
A (Musk): Not really. The team there is phenomenal. If anything, the risk is that we don't build enough capacity in China fast enough.
Q: Chinese brands are expanding quickly in Europe. Are you worried?
A (Musk): Worried is the wrong word. They are very good, and they will be formidable. We have to out-innovate them.
Q: When will the Cybercab be on the road?
A (Musk): Production starts next year. I'm usually optimistic on timelines, so add some margin.
Q: Do you still talk to officials in Beijing?
A (Musk): Sure, from time to time. They've been consistently supportive of Tesla's investment there.""",
["The team there is phenomenal",
 "If anything, the risk is that we don't build enough capacity in China fast enough",
 "They are very good, and they will be formidable. We have to out-innovate them",
 "They've been consistently supportive of Tesla's investment there"],
"Q/A format; pronouns refer to Chinese entities in questions; Cybercab answer not gold")

add("qa_interview",
"Musk interview: 'Starship is the whole ballgame'",
"""We caught up with Elon Musk at Starbase in South Texas, a day after the latest test flight.
Q: Chinese companies now build well over half the world's electric cars, and Beijing is planning a crewed moon landing by 2030. Is America losing the technology race?
Musk: Let's talk about Starship instead - that's what I'm excited about. The next flight carries real payload for the first time.
Q: How soon could Starship carry people?
Musk: Within a couple of years, if the heat shield behaves. It's the hardest engineering problem we have.
Q: And Mars?
Musk: Mars is the backup drive for civilisation. We have to get there.""",
[], "interviewer's question carries China claims; his answers deflect to Starship/Mars")

add("qa_interview",
"The billionaire on TikTok, ByteDance and free speech",
"""In a wide-ranging conversation at a media conference in New York, Elon Musk answered audience questions. Excerpts:
Q: Should the U.S. ban TikTok?
Musk: I've been against a ban for a long time. Banning an app because of who owns it sets a terrible precedent.
Q: Do you think ByteDance is a competitor to X?
Musk: In some ways. Their engineering team is excellent, whatever you think of the politics. Their recommendation algorithm is the best in the world right now.
Q: What about X's own algorithm?
Musk: We're rewriting it. It'll be open source, so you can judge for yourself.""",
["I've been against a ban for a long time. Banning an app because of who owns it sets a terrible precedent",
 "Their engineering team is excellent, whatever you think of the politics",
 "Their recommendation algorithm is the best in the world right now"],
"TikTok/ByteDance; 'their' refers to the Chinese company; X algorithm answer not gold")

add("qa_interview",
"Maye Musk on modelling in Shanghai and what she tells her son",
"""Maye Musk, 77, has become one of the most recognisable Western faces in Chinese fashion. We met her between shoots.
Q: You have spent a lot of time in China this year.
A: I love it. The fans in Shanghai and Beijing are incredibly warm, and the young designers there are fearless.
Q: Does Elon ask your advice about China?
A: He's a grown man; he doesn't ask me anything! But I tell him what I see anyway.
Q: What's next?
A: A book tour in Chengdu and Hangzhou in the autumn. Then, hopefully, a holiday.
Musk said she planned to keep working "as long as they keep booking me." """,
[], "mother Maye Musk speaks about China; 'Musk said' refers to her")

add("qa_interview",
"Five questions for Elon Musk on batteries",
"""Q. Where are the cheapest battery cells made today?
Musk: China, without question. The cost advantage of Chinese LFP producers is huge, and I don't see that changing for several years.
Q. Will Tesla make its own LFP cells?
Musk: We're building a line in Nevada. It's small initially, but it will grow.
Q. Does dependence on Chinese suppliers worry you?
Musk: Not really. They've been reliable partners and, honestly, better than anyone else at scaling.
Q. Sodium-ion?
Musk: Interesting for stationary storage. Not ready for cars.
Q. Solid state?
Musk: Everybody has been saying next year for ten years.""",
["China, without question",
 "The cost advantage of Chinese LFP producers is huge, and I don't see that changing for several years",
 "Not really. They've been reliable partners and, honestly, better than anyone else at scaling"],
"short answers whose China topic comes from the question; Nevada/sodium answers not gold")

add("qa_interview",
"Veltro founder: 'I don't need Elon's compliments'",
"""Liang Qiao founded Hangzhou-based electric-car start-up Veltro in 2018. He spoke to us in his office overlooking West Lake.
Q: Elon Musk has said Chinese carmakers will dominate the industry. Do you agree?
Liang: He said that to be polite, maybe. I don't need Elon's compliments, I need customers.
Q: You met him once, I believe.
Liang: In 2019. He told me our company would be gone in a year. I still remember his face. Well, we are still here.
Q: Will you sell in America?
Liang: Not while the tariffs are 100%.""",
[], "rival quotes Musk back; interviewer paraphrases Musk in a question")

add("qa_interview",
"Musk, in Q&A with students, fields questions on AI, China and free speech",
"""Elon Musk took questions from students at a university in Texas on Friday. Selected exchanges:
Student: Will China beat the U.S. in AI?
Musk: It's possible. If they keep building power plants at the current rate, they will have far more compute than we do by the end of the decade.
Student: Has it been easy getting FSD approved in China?
Musk: Oh, extremely easy. It only took three years of paperwork.
Student: Why do you spend so much time on X?
Musk: Because I clearly love being yelled at by strangers.
Student: What should we study?
Musk: Physics. And learn to build things with your hands.""",
["It's possible. If they keep building power plants at the current rate, they will have far more compute than we do by the end of the decade",
 "Oh, extremely easy. It only took three years of paperwork"],
"hedged/conditional claim; sarcasm about Chinese approval; sarcasm about X not gold")
