from common import doc, paras

DOCS = []
A = DOCS.append

# ---------------- VTT ----------------
A(doc("vtt",
 "Musk interview clip: Shanghai, suppliers and robotaxis",
 "",
 "WebVTT with voice tags; China sentences in his cues gold, robotaxi cue not",
 kind="vtt",
 cues=[
 ("Interviewer", "You just came back from Shanghai. How is the factory doing?"),
 ("Elon Musk", "[[Shanghai is doing great. It's our highest-output factory by a good margin]]."),
 ("Elon Musk", "[[And honestly, the suppliers around it in China are the best in the world]]."),
 ("Interviewer", "What about the robotaxi launch?"),
 ("Elon Musk", "We'll start in Austin in June, then expand to other cities pretty quickly."),
 ]))

A(doc("vtt",
 "",
 "",
 "interviewer's China question in a VTT; his cues are about Starship - no gold",
 kind="vtt",
 cues=[
 ("Interviewer", "Huawei and Xiaomi now sell cars with advanced driver assistance all over China. Is Tesla falling behind there?"),
 ("Elon Musk", "What I can tell you is that Starship flight eleven will be the most ambitious one yet."),
 ("Elon Musk", "We're going to try to reuse a booster for the first time."),
 ("Interviewer", "That's not quite what I asked."),
 ("Elon Musk", "I know."),
 ]))

A(doc("vtt",
 "Future Mobility Summit - main stage panel",
 "",
 "panel VTT; pronoun 'They' = Chinese EV makers from the moderator's question; another panellist's China remark and his Megapack cue not gold",
 kind="vtt",
 cues=[
 ("Moderator", "Elon, Chinese EV makers are expanding fast into Latin America and the Middle East. Should Tesla be worried?"),
 ("Elon Musk", "[[Yes. They are the most formidable competitors in the world]]."),
 ("Elon Musk", "[[If you look at the top ten EV companies by volume, most of them are Chinese]]."),
 ("Dr. Amara Osei", "I'd add that Chinese firms benefit from a domestic market where margins are thin, so they are forced to be efficient."),
 ("Elon Musk", "On the energy side, we're seeing huge demand for Megapack in Texas and California."),
 ]))

A(doc("vtt",
 "Maye Musk on her China tour",
 "",
 "Maye Musk speaks about China and about Elon - not the watched speaker",
 kind="vtt",
 cues=[
 ("Host", "Welcome back to China, Maye."),
 ("Maye Musk", "Thank you. I love coming to China. The people are so warm and so curious."),
 ("Host", "Your son Elon is very famous here."),
 ("Maye Musk", "Yes, he works very hard. I keep telling him to sleep more."),
 ]))

A(doc("vtt",
 "Evening business bulletin",
 "",
 "news VTT: anchor's reported speech of Musk is gold, as is the clip of him; anchor's market line not",
 kind="vtt",
 cues=[
 ("Anchor", "Tesla's chief executive is once again making headlines in Asia."),
 ("Anchor", "Speaking in Austin on Thursday, Elon Musk said [[the company's Shanghai factory would begin exporting a new version of the Model Y to Europe in the spring]]."),
 ("Anchor", "He also had this to say about the competition."),
 ("Elon Musk", "[[What the Chinese carmakers have done in the last five years is astonishing]]. [[Nobody in Detroit saw it coming]]."),
 ("Anchor", "Tesla shares closed down one percent."),
 ]))

A(doc("vtt",
 "Morning news: Musk lands in Beijing",
 "",
 "news VTT about his China trip: actions and an analyst's view; he did not speak - no gold",
 kind="vtt",
 cues=[
 ("Anchor", "Elon Musk touched down in Beijing this morning on a trip that was not announced in advance."),
 ("Reporter", "Musk was met at the airport by local officials. He did not speak to reporters before his motorcade left."),
 ("Grace Lin", "I think this trip is about getting approval for full self-driving in China. That's the prize."),
 ("Anchor", "We'll bring you more as we get it."),
 ]))

# ---------------- MACHINE TRANSLATED ----------------
A(doc("machine_translated",
 "Musk: [[China new energy automobile enterprises are world most competitive]]",
 paras([
 '''According to Sina Finance report, on the 15th, Tesla CEO Musk on social platform X published post expressed, [[Chinese new energy car companies' progress speed is "very amazing"]].''',
 '''Musk also said: "[[China's engineers quantity is very big, moreover very diligent]]."''',
 '''Reporter noticed, this year first half, China new energy automobile export volume same-period comparison increased 60%. Industry insider thinks, domestic car enterprises going out to sea already become unstoppable trend.''',
 ]),
 "stiff English translated from Chinese; headline claim after 'Musk:' and body statements gold; reporter and insider lines not"))

A(doc("machine_translated",
 "Musk arrives Shanghai super factory inspection, took group photo with staff",
 paras([
 '''On the 8th, Tesla CEO Musk arrived Shanghai, went to Lingang super factory carry out inspection, and with production line staff took group photo.''',
 '''Tesla China vice president in accepting interview time said, Shanghai super factory will continue raise localisation rate, this year target is above 97%.''',
 '''It is understood, this is Musk this year first time come to China.''',
 ]),
 "machine-translated report of a visit (actions) and a vice president's words - no gold"))

A(doc("machine_translated",
 "Musk: [[Shanghai factory is Tesla most efficient factory]]",
 paras([
 '''Musk at the United States Texas State Austin City held Tesla annual shareholders general meeting on expressed, [[Shanghai super factory is Tesla global production efficiency highest factory]].''',
 '''He also said, [[China market to Tesla is extremely important, Tesla will continue increase investment in China]].''',
 '''Regarding Optimus humanoid robot, Musk expressed next year will have several thousand units put into factory work.''',
 ]),
 "translated word order puts a long locative phrase between 'Musk' and 'expressed'; Optimus line not gold; title gold"))

A(doc("machine_translated",
 "Automobile blogger: Musk to China market understanding already outdated",
 paras([
 '''Well-known automobile blogger "Car Talk Old Wang" on Weibo published article said, Musk to Chinese market understanding "already outdated", Tesla in China product update speed obviously slower than domestic brands.''',
 '''The blogger also said, Musk many times said Chinese car enterprises strong, but Tesla action is not enough.''',
 '''It is worth noting, Musk this week on X mainly discussed artificial intelligence and rocket topics, did not respond to related discussion.''',
 ]),
 "translated blogger commentary paraphrasing Musk critically; no statement by him"))

A(doc("machine_translated",
 "Musk praise China photovoltaic installation volume",
 paras([
 '''Yesterday, Musk on X platform posted saying: "[[China's solar energy installation amount is more than all other countries added together]]."''',
 '''He also said, [[this is a very impressive achievement]].''',
 '''In addition, Musk replied netizen about Starship question saying, next launch is in about one month.''',
 ]),
 "translated 'he also said' continuation whose 'this' points back to China's solar installations - gold; Starship reply not"))

A(doc("machine_translated",
 "Musk again talks China: artificial intelligence and robot become focus",
 paras([
 '''On the 20th, Musk through video connection attended a technology forum held in Hangzhou, talked about artificial intelligence and robot topics.''',
 '''He expressed, "AI in next year will exceed any single human intelligence."''',
 '''He also said Optimus robot next year will start small batch production. Tesla China official Weibo forwarded the speech video.''',
 ]),
 "framing headline 'again talks China' over a body whose statements are about AI and Optimus - no gold"))

# ---------------- SHORT SUMMARY ----------------
A(doc("short_summary",
 "Tesla CEO on Chinese automakers",
 '''Tesla CEO Elon Musk said on Thursday [[Chinese automakers would likely take a large share of overseas markets over the next five years]].''',
 "one-sentence RSS summary with reported claim"))

A(doc("short_summary",
 "Musk meets Shanghai party chief",
 '''Elon Musk met Shanghai's Communist Party secretary on Sunday to discuss Tesla's expansion in the city, according to a statement from the municipal government.''',
 "one-sentence summary of an action - no gold"))

A(doc("short_summary",
 "Shanghai plant hits milestone",
 '''Musk, who spoke at an investor event in Austin, said [[Tesla's Shanghai factory had produced its four-millionth car]] and thanked its workers.''',
 "subject and verb separated by a relative clause; 'thanked' is an action"))

A(doc("short_summary",
 "BYD outsells Tesla for third straight quarter",
 '''BYD sold more battery-electric vehicles than Tesla for a third straight quarter, according to company filings. Tesla CEO Elon Musk did not comment.''',
 "China news where Musk makes no statement"))

A(doc("short_summary",
 "Musk on Chinese battery prices",
 '''The world's richest man said on Monday [[Chinese battery makers would keep prices low for years]]. "[[We'll be buying more cells from them, not fewer]]," he added.''',
 "two-sentence summary; 'he added' quote whose 'them' = Chinese battery makers; headline only names the subject"))

A(doc("short_summary",
 "Starship to try orbital refuelling next year",
 '''Musk said Starship would attempt its first orbital refuelling test next year, as China's space agency announced plans for a crewed lunar landing before 2030.''',
 "his claim is about Starship; China is in the adjacent clause - no gold"))

A(doc("short_summary",
 "Musk contrasts Beijing and Washington on solar",
 '''In a late-night post on X, Musk said [[Beijing understood the importance of solar power better than Washington did]].''',
 "'Beijing' stands for the Chinese government"))

A(doc("short_summary",
 "Musk talks China, AI in wide-ranging interview",
 '''In a wide-ranging interview with a German broadcaster, the Tesla chief discussed China, artificial intelligence and his plans for X.''',
 "headline and summary only say he talked about China - no claim"))

A(doc("short_summary",
 "Musk says [[no Chinese censorship requests on X]]",
 '''Musk said [[he had never been asked by Beijing to remove posts from X]], responding to a letter from two US senators.''',
 "denial phrased as his own claim ('said he had never ...') is gold; headline claim gold"))

# ---------------- OTHER ----------------
A(doc("other",
 "Excerpt: 'The Factory Years' (Chapter 9, Lingang)",
 paras([
 '''The following is adapted from "The Factory Years," a history of Tesla's manufacturing push, by the journalist Owen Hartley.''',
 '''It was close to midnight when Musk walked the new paint shop in Lingang. The air still smelled of solvent. He stopped beside a group of technicians eating noodles from paper bowls and asked how long they had been there. Since six that morning, one said.''',
 '''Later, in the car back to the hotel, Musk turned to me. "[[The Chinese workers here are incredibly talented, and they never complain]]," he said. "[[If we had this in California, we'd be building twice as many cars]]."''',
 '''I wrote both lines down. Neither, I suspect, would have pleased the United Auto Workers.''',
 ]),
 "book excerpt with recalled quotes ('here' = Lingang/China; the conditional compares with the Chinese workforce); author's narration not gold"))

A(doc("other",
 "Fact check: No, Elon Musk did not say 'China will own the 21st century'",
 paras([
 '''CLAIM: A post shared more than 40,000 times on Facebook attributes the following quote to Elon Musk: "China will own the 21st century and America is too lazy to stop it."''',
 '''VERDICT: False.''',
 '''There is no record of Musk making the statement. A search of his posts on X, and of transcripts of his interviews and earnings calls over the past five years, found no match.''',
 '''The quote appears to have first appeared on a satire account in March, alongside a doctored photo of Musk at a podium. Tesla did not respond to a request for comment.''',
 ]),
 "fabricated quote falsely attributed to him and debunked - not his statement"))

A(doc("other",
 "The Ridgeline Morning Brief",
 paras([
 '''Good morning. Here's what you need to know before the open.''',
 '''• Oil: Brent is up 1% after a drone strike on a Red Sea tanker.''',
 '''• Tesla: On a livestream from Giga Texas, Elon Musk said [[China's manufacturing scale was "unmatched"]] and that [[the Shanghai plant could build a robotaxi version of the Model Y if Chinese regulators allowed it]].''',
 '''• Hong Kong: In the same livestream, he said [[Hong Kong would become the main listing venue for mainland tech companies within a few years]].''',
 '''• X: Musk, separately, said X's payments product would launch in the US next month.''',
 '''• Apple: Shares slipped after a supplier warned on iPhone demand.''',
 ]),
 "newsletter digest bullets; Hong Kong in relation to the mainland; X payments bullet not gold"))

A(doc("other",
 "Press release: Tesla Giga Shanghai celebrates four-millionth vehicle",
 paras([
 '''SHANGHAI - Tesla today celebrated the production of the four-millionth vehicle at Gigafactory Shanghai, a Model Y in Stealth Grey.''',
 '''"This milestone belongs to our 20,000 employees and to our partners across China," said Helen Wu, Vice President of Tesla China. "Giga Shanghai remains Tesla's largest export hub."''',
 '''Since its opening in 2019, Giga Shanghai has exported vehicles to more than 40 markets.''',
 '''About Tesla: Tesla's mission is to accelerate the world's transition to sustainable energy.''',
 ]),
 "corporate press release quoting a Tesla China executive, not Musk - no gold"))

A(doc("other",
 "r/electricvehicles: Musk on the Chinese supply chain in new interview clip (around 14:20)",
 paras([
 '''Posted by u/volt_curious''',
 '''In the clip, Musk says: "[[The Chinese supply chain is incredibly deep]]. [[You can get almost any part made within a few days in the Pearl River Delta]]." Thoughts?''',
 '''Top comment (u/grid_nerd, 812 points): He's been saying this for years and he's right. I've sourced parts from Dongguan and it's unreal.''',
 '''Reply (u/skeptic_99): He says a lot of things. The Cybertruck was supposed to cost $40k.''',
 ]),
 "forum thread quoting a clip: his quote gold; commenters' words about him not"))

A(doc("other",
 "Elon Musk - business activities in China (encyclopedia-style entry)",
 paras([
 '''Musk has travelled to China on numerous occasions since 2014, when Tesla delivered its first cars in Beijing.''',
 '''In January 2019 he attended the groundbreaking of Gigafactory Shanghai, Tesla's first factory outside the United States. The plant began deliveries in December of that year.''',
 '''In April 2024 Musk made an unannounced trip to Beijing, where he met senior government officials. Shortly afterwards, Tesla reached an agreement with Baidu on mapping data.''',
 '''In 2023 Tesla opened a Megapack factory in Shanghai, which began production the following year.''',
 ]),
 "reference-style text listing his actions in China only - no gold"))
