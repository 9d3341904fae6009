from common import doc

DOCS = []
A = DOCS.append

# 061 machine_translated negative
A(doc(61, "machine_translated", "article",
"\"Musk effect\" again! Chinese netizens hotly discuss Tesla new car price cut",
'''
Recently, Tesla China official website shows, Model 3 price lowered 10,000 yuan. This news on Weibo triggered hot discussion, related topic reading volume exceeded 200 million. Netizen "Little Wang loves cars" commented: "Musk again cuts price, old car owners are crying." Automobile industry analyst Li Ming expressed, Musk may think that China market price war is unavoidable, so chose active price reduction. Reporter learned, Musk's SpaceX company last week again launched Starlink satellites. Tesla China relevant responsible person said, price adjustment is normal market behavior.
''',
"machine-translated: netizen quote, analyst's guess of what Musk 'may think', Tesla China spokesperson; no statement by him"))

# 062 wire (Reuters) positive, quote attributed at end, China only in previous sentence
A(doc(62, "wire", "article",
"Tesla's Musk says ⟦Chinese rivals are 'toughest competitors we've ever faced'⟧",
'''
SAN FRANCISCO, Oct 23 (Reuters) - Chinese automakers have moved faster than almost anyone in the industry expected, rolling out new models every few months and cutting prices aggressively at home and abroad.

"⟦Honestly, they are the toughest competitors we've ever faced. The pace of their product launches is insane, and their cost structure is remarkable⟧," Tesla Chief Executive Elon Musk told analysts on a conference call on Wednesday.

Musk said ⟦Tesla would rely on its lead in self-driving software to stay ahead of them⟧.

He also said the company expected to start producing its Cybercab robotaxi in Texas in 2026.

Chief Financial Officer Vaibhav Taneja said price cuts in China had weighed on the quarter's automotive margin, which fell to 16.3%.
''',
"multi-sentence quote whose 'they' refers back to the previous (journalist) sentence about Chinese automakers; attribution at the end; 'them' in reported speech; CFO's China remark and Cybercab date not gold"))

# 063 wire (Bloomberg) negative, 'they' = European regulators
A(doc(63, "wire", "article",
"EU Keeps Tariffs on Chinese EVs as Musk Takes Aim at Brussels",
'''
(Bloomberg) -- The European Union will keep its tariffs on electric cars made in China for at least another year, the European Commission said on Tuesday, rejecting a Chinese offer of minimum prices.

China's Ministry of Commerce said it "firmly opposed" the decision and would "take all necessary measures" to protect the rights of Chinese companies.

Elon Musk, whose Shanghai-made Model 3 sedans face a lower duty than most Chinese brands, used the day to attack European regulators over an unrelated issue: the slow approval of Tesla's Full Self-Driving software.

"They have had our data for over a year. They are strangling innovation with process," Musk said in a post on X, referring to the Dutch vehicle authority RDW and the European Commission's technical committee.

Tesla declined to comment on the tariff decision.

Chinese brands' share of Europe's electric car market rose to about 9% in the first half, according to data from Dataforce, despite the duties.
''',
"China-tariff story where his quote's 'they' refers to European regulators, as the text says"))

# 064 wire (AP) positive, TikTok / Beijing
A(doc(64, "wire", "article",
"Musk says ⟦China should let X in if TikTok stays in US⟧",
'''
WASHINGTON (AP) — Elon Musk said Friday that ⟦China should allow X and other American social media platforms to operate freely in the country if TikTok is allowed to stay in the United States⟧.

"⟦If TikTok, which is owned by a Chinese company, gets to operate here, then it's only fair that X can operate in China. Right now that's not the case⟧," Musk said during a live audio event on X.

China blocks X, Facebook, Google and many other foreign online services. The Chinese Embassy in Washington did not respond to a request for comment.

ByteDance, TikTok's Beijing-based parent, said in a statement that TikTok "is not a tool of any government".

Musk also said during the event that X's payments service would launch in the US "within weeks".
''',
"TikTok/ByteDance tied explicitly to China; conditional; 'the country' in reported speech; ByteDance statement and X payments remark not gold"))

# 065 wire (Reuters) negative, Chinese CEO praises Musk
A(doc(65, "wire", "article",
"Xiaomi's Lei Jun calls Musk 'an idol and a teacher' as SU7 outsells Model 3",
'''
BEIJING, Dec 2 (Reuters) - Xiaomi founder Lei Jun said on Monday that Elon Musk had been "an idol and a teacher" to him, as the Chinese smartphone maker's SU7 electric sedan outsold Tesla's Model 3 in China for a second straight month.

"I told Elon when we met that Xiaomi would make a car as good as a Tesla. He smiled," Lei said during a livestream on Weibo.

Tesla and Musk did not respond to requests for comment. Musk has not publicly commented on Xiaomi's car business.

Xiaomi delivered more than 20,000 vehicles in November. "Xiaomi's ecosystem of phones and home devices gives it an edge that Tesla cannot easily copy," said Zhao Rui, an analyst at Huachuang Securities.
''',
"Chinese CEO praising Musk and recounting what he told Musk; 'He smiled' is an action; analyst quote"))

# 066 wire (Guardian) positive
A(doc(66, "wire", "article",
"Musk: ⟦leaving China out of AI safety talks would be 'pointless'⟧",
'''
Elon Musk has said that ⟦any international agreement on artificial intelligence safety that excluded China would be "pointless"⟧, speaking at a technology event in London on Thursday.

"⟦If you leave China out, you're just regulating half the problem. They have to be at the table, whether people like it or not. The country has some of the best AI researchers in the world⟧," the Tesla and xAI chief said in a fireside chat with the broadcaster Imogen Wilde.

He added that ⟦Chinese researchers he had met were "very concerned about safety too"⟧.

A spokesperson for the Department for Science, Innovation and Technology said the UK would "continue to engage with all countries at the frontier of AI". Some campaigners called Musk's comments naive.

Musk also repeated his view that the UK's Online Safety Act was "a threat to free speech".
''',
"colon headline claim; 'They' and 'The country' inside the quote refer to China; 'he added' continuation; UK government and campaigners not gold; Online Safety Act remark not gold"))

# 067 wire (SCMP) positive, recalled remarks
A(doc(67, "wire", "article",
"Tesla's Shanghai plant turns six as Musk's China bet faces its toughest test",
'''
Six years after Tesla broke ground in Shanghai's Lingang area, the factory that Elon Musk once described as "⟦the fastest-built car plant in history⟧" faces its toughest test yet.

Tesla's sales in mainland China fell 9 per cent last year as local rivals such as BYD, Xiaomi and Leapmotor launched cheaper models packed with driver-assistance features.

In 2020, speaking at the handover of the first Shanghai-built Model Y, Musk said ⟦the Shanghai team had "set a new standard for the whole company"⟧. Last month, in a post on X, the billionaire wrote that ⟦Tesla's China team was "doing an amazing job in a very tough market"⟧.

Annie Xu, a Tesla China vice-president, told the Post that Chinese consumers had "become much more demanding about software" and that the company would roll out more localised features this year.

An official at the China Passenger Car Association said Tesla's share of the mainland EV market had fallen below 6 per cent for the first time.
''',
"SCMP-style feature with remarks recalled from 2020 and a recent X post; Tesla China VP and industry official quoted"))

# 068 wire negative, 'China's Elon Musk'
A(doc(68, "wire", "article",
"Founder dubbed 'China's Elon Musk' says domestic brands will dominate world EV sales",
'''
HEFEI, China — Zhou Hang, the founder of electric-vehicle startup Lumina Auto who is often called "China's Elon Musk" by local media, said on Saturday that Chinese brands would account for 80% of global EV sales by 2030.

"Chinese companies have the supply chain, the engineers and the government support. Nobody else has all three," Zhou said at a launch event for Lumina's new SUV in Hefei.

Zhou, 41, has said he admires Tesla but disagrees with its focus on robotaxis. "Musk bets on robots. We bet on customers," he said.

Lumina delivered 18,000 vehicles in May, up from 6,000 a year earlier.
''',
"nickname trap: someone called 'China's Elon Musk'; his China claims are not Musk's"))

# 069 wire (CNBC) negative
A(doc(69, "wire", "article",
"Tesla's China sales slide for a fourth month as Musk focuses on robotaxis",
'''
Tesla's sales in China fell for a fourth consecutive month in May, according to data from the China Passenger Car Association, as homegrown rivals such as BYD, Xiaomi and Leapmotor gained share.

Tesla sold 38,588 China-made vehicles domestically, down 15% from a year earlier.

CEO Elon Musk has told investors the company's future lies in autonomy and robotics rather than selling more cars. "We're really an AI and robotics company," Musk said on the company's most recent earnings call. "If you value Tesla as a car company, that's the wrong framework."

Musk said last week that the robotaxi service in Austin would double its fleet next month.

"Tesla's lineup is old by Chinese standards. Buyers here expect something new every year," said Yale Zhang, managing director of Shanghai-based consultancy AutoForesight.
''',
"China-sales story where all his quotes are about autonomy, robotics and Austin; consultant's China quote not gold"))

# 070 wire (Reuters) positive
A(doc(70, "wire", "article",
"Musk says ⟦China's space programme is 'much more advanced' than West realises⟧",
'''
LONDON, Nov 5 (Reuters) - SpaceX founder Elon Musk said on Tuesday that ⟦China's space programme was "much more advanced than most people in the West realise"⟧ and that ⟦Chinese rocket companies were likely to be SpaceX's strongest competitors within a decade⟧.

"⟦They are making very rapid progress. I would not underestimate them at all⟧," Musk said in a video address to a space industry conference in London, after the moderator noted China's recent lunar sample-return missions.

Musk also said SpaceX's Starship would attempt to return a booster to the launch tower "next month", and that the company planned to fly "about 25" Starship missions next year.

The China National Space Administration did not respond to a request for comment. A European Space Agency official at the conference said Europe needed "a reusable launcher of its own, quickly".
''',
"'They/them' refer back to Chinese rocket companies; Starship dates not gold; ESA official not gold"))

# 071 aggregator positive
A(doc(71, "aggregator_headline", "article",
"Musk says ⟦Tesla will not build a new factory in China 'for now'⟧ - Reuters",
"",
"aggregator title with hedged claim"))

# 072 aggregator negative
A(doc(72, "aggregator_headline", "article",
"CATL in talks with Musk's Tesla over US battery plant, sources say - Nikkei Asia",
"",
"Chinese company and Musk's name in a headline with no statement by him"))

# 073 aggregator positive, quote headline
A(doc(73, "aggregator_headline", "article",
"'⟦They're the hardest-working people on Earth⟧': Elon Musk on Chinese factory workers - Business Insider",
"",
"quoted headline whose 'They' is resolved by the rest of the title"))

# 074 aggregator negative
A(doc(74, "aggregator_headline", "article",
"Elon Musk's China bet: what the Shanghai expansion means for Tesla stock - The Motley Fool",
"",
"framing headline with no claim of his"))

# 075 aggregator positive
A(doc(75, "aggregator_headline", "article",
"Elon Musk: ⟦DeepSeek is 'impressive', but the US will win the AI race⟧ - Fox Business",
"",
"colon headline mixing DeepSeek and the US; about a Chinese company, so gold"))

# 076 short_summary positive
A(doc(76, "short_summary", "article",
"Musk: ⟦Shanghai Megafactory to double output⟧",
'''
Elon Musk told the Nikkei newspaper that ⟦Tesla would double output at its Shanghai energy-storage Megafactory next year⟧, adding that ⟦Chinese regulators had been "very supportive" of the project⟧.
''',
"one-sentence summary with two reported clauses"))

# 077 short_summary negative
A(doc(77, "short_summary", "article",
"Xiaomi says SU7 outsold Model 3 in China again",
'''
Xiaomi founder Lei Jun said his company's SU7 sedan had outsold Tesla's Model 3 in China for a third straight month, a claim Elon Musk has not addressed.
''',
"Chinese CEO's claim; Musk has not addressed it"))

# 078 short_summary negative
A(doc(78, "short_summary", "article",
"Musk to visit Shanghai next week: sources",
'''
Elon Musk, who has posted dozens of times about Chinese electric cars this year, is due to visit Shanghai next week to meet local officials and tour Tesla's factory, according to two people familiar with his plans.
''',
"says he posted about Chinese EVs without carrying any claim; planned visit is an action"))

# 079 podcast_labelled positive, conference panel with Chinese CEO
A(doc(79, "podcast_labelled", "label",
"Transcript: 'The Next Billion Cars' panel, Global Mobility Summit, Singapore",
'''
Jonathan Ee: Welcome, everyone. With us on stage is Chen Ruoxi, founder of Nanjing-based EV maker Cirrus Motors, and joining by video link, Elon Musk. Mr. Chen, let me start with you. Why are Chinese carmakers winning?
Chen Ruoxi: Speed. We go from concept to launch in eighteen months. Our suppliers are twenty minutes away. And Chinese consumers are the most demanding in the world. They want a new feature every quarter.
Jonathan Ee: Elon, do you agree?
Elon Musk: ⟦I agree with him, actually. The Chinese car industry is extremely fast, and the consumers there expect software updates the way they expect updates on their phones.⟧ That's how we've always thought about Tesla too, so that part isn't new to us.
Jonathan Ee: Will Tesla sell a cheaper car in China?
Elon Musk: ⟦We will, yes. The market in China is very price-sensitive, and we need a product at a lower price point there.⟧
Jonathan Ee: Mr. Chen, is Tesla still the benchmark in China?
Chen Ruoxi: For software, yes. Elon taught the whole industry that a car is a computer. I once told him at a dinner in Shanghai that we would copy his best ideas and improve them. He laughed.
Jonathan Ee: Elon, last question to you. When does full autonomy arrive in Southeast Asia?
Elon Musk: It depends on regulators. Technically, I think we'll be able to do it almost everywhere within a couple of years. Singapore would be a great place to start, honestly.
Jonathan Ee: Thank you both.
''',
"labelled panel with a Chinese CEO making China claims next to him and recounting what he told Musk; his Tesla-philosophy and Singapore sentences not gold"))

# 080 podcast_labelled negative
A(doc(80, "podcast_labelled", "label",
"Deep Dive with Mara Lindgren: Elon Musk on Neuralink and the next decade",
'''
Mara Lindgren: Elon, welcome. There's a report out today that researchers in Beijing implanted a brain-computer interface in a patient ahead of schedule. But let's start with Neuralink itself. Where are you?
Elon Musk: We've now implanted twelve patients, and the results are remarkable. One of them is playing video games better than he did before his injury.
Mara Lindgren: Twelve. What's next?
Elon Musk: Blindsight. We hope to restore some vision for someone who's been blind from birth, maybe next year.
Mara Lindgren: Has the FDA been slow?
Elon Musk: They've actually been pretty reasonable. They ask tough questions, which they should.
Mara Lindgren: Last one. Is there anything you regret?
Elon Musk: Probably not sleeping enough. Honestly.
''',
"host mentions a Beijing report; all his turns are about Neuralink, the FDA ('they') and sleep"))
