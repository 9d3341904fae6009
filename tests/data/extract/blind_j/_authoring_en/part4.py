from common import D
DOCS = []
A = DOCS.append

# ---------------- short_summary ----------------
A(D("short_summary", "article",
"Musk says Chinese battery prices will halve",
"Tesla's chief executive said cell costs from suppliers in China would fall by half within three years.",
["Chinese battery prices will halve",
 "cell costs from suppliers in China would fall by half within three years"],
"headline fragment carrying the claim vs descriptive; one-sentence RSS summary"))

A(D("short_summary", "article",
"Musk hosts livestream on Chinese EV market",
"Elon Musk held a two-hour live audio session on X on Sunday, drawing more than a million listeners.",
[],
"headline only says that he talked; summary describes the event"))

A(D("short_summary", "article",
"Tesla boss visits Shanghai Gigafactory",
"The billionaire toured the Lingang plant on Monday and met local officials, state media reported.",
[],
"actions (visited, toured, met), not statements"))

A(D("short_summary", "article",
"Musk warns over tariffs",
"Elon Musk, in remarks to reporters at the White House on Thursday evening, said that new US tariffs on Chinese goods would raise costs for American carmakers, Tesla included.",
["new US tariffs on Chinese goods would raise costs for American carmakers, Tesla included"],
"speech verb separated from subject by a long locative/time phrase; headline descriptive ('warns over tariffs') not gold"))

A(D("short_summary", "article",
"Musk sets date for Optimus unveiling in Shanghai",
"The Tesla CEO said the next version of the robot would be shown in October; the event will take place at the company's Shanghai showroom.",
[],
"product date statement in a China location - the claim is a product date, not about China"))

A(D("short_summary", "article",
"Analysts: Musk overstates China demand",
"Bernstein analysts said Musk's upbeat comments on Chinese sales were not borne out by insurance registration data.",
[],
"analysts paraphrasing him critically - not his statement"))

A(D("short_summary", "article",
"Tesla's Musk praises CATL, says partnership 'stronger than ever'",
"Musk said Tesla would keep buying cells from the Ningde-based battery giant for years to come.",
["partnership 'stronger than ever'",
 "Tesla would keep buying cells from the Ningde-based battery giant for years to come"],
"two-verb headline: claim after 'says' gold (partnership with CATL); named Chinese company via description"))

A(D("short_summary", "article",
"Musk's China comments draw fire",
"Hong Kong pro-democracy activists on Tuesday criticised the Tesla chief's remarks, saying he was 'ignoring reality'.",
[],
"headline about his comments (no claim); critics' words only"))

A(D("short_summary", "article",
"Elon Musk on Mars, memes and Chinese rivals",
"Asked about BYD, Musk replied simply: \"They're very good. Very good.\" He spent the rest of the hour on Starship.",
["They're very good. Very good."],
"short summary; 'They' = BYD from the question; Starship not gold"))

# ---------------- other ----------------
A(D("other", "article",
"Correction: Musk remarks on Chinese battery makers",
"""
An earlier version of this article misattributed a quotation. The remark that Chinese battery makers were "five years ahead" was made by a Ford executive, not by Elon Musk. Musk did not comment on the subject. We regret the error.
""",
[],
"correction notice: quote explicitly attributed to someone else; Musk did not comment"))

A(D("other", "article",
"Morning Briefing: markets, Musk and monsoon",
"""
Good morning. Here's what you need to know.

Markets: Asian stocks opened higher, led by Hong Kong tech names.

Musk: Speaking at a conference in Riyadh, Elon Musk said China "is winning the race to electrify transport" and that the US "needs to wake up." He also repeated his forecast that Tesla would sell a million robotaxis by 2028. Asked on stage about TikTok, Musk said he had "no interest" in buying the Chinese-owned app's US business.

Monsoon: Heavy rain is expected across southern India this week.
""",
["China \"is winning the race to electrify transport\"",
 "he had \"no interest\" in buying the Chinese-owned app's US business"],
"newsletter digest; China claim gold; 'US needs to wake up' and robotaxi forecast not gold; TikTok remark gold"))

A(D("other", "article",
"Book excerpt: 'Gigafactory: The Making of Tesla Shanghai'",
"""
The following is adapted from a forthcoming book by journalist Helena Park.

In the winter of 2018, a small group of Tesla executives flew into Pudong with a single instruction from their boss: get a factory built in under a year. Robin Ren, then head of Tesla China, remembers the mood as "half-excited, half-terrified."

Musk arrived a few weeks later. According to Ren, he walked the muddy site in silence for twenty minutes before turning to the team. "He just nodded, said nothing, and got back in the car," Ren recalls.

Local officials were sceptical. One later told the author that "nobody believed the American timetable."
""",
[],
"book excerpt; Musk's actions recalled by Ren and officials' words; Musk says nothing"))

A(D("other", "article",
"Event listing: Global Manufacturing Summit 2025",
"""
Date: 14-16 October
Venue: National Exhibition and Convention Center, Shanghai

Keynote speakers include Elon Musk (by video), CATL chairman Robin Zeng, and Siemens CEO Roland Busch. Topics: automation, battery supply chains, trade policy and the future of Chinese manufacturing.

Tickets from 2,800 yuan.
""",
[],
"event listing mentioning him as speaker - no statement"))

A(D("other", "article",
"Press release: Shanghai Lingang Authority welcomes Tesla's new investment",
"""
SHANGHAI, June 3 - The Lingang Special Area Administration today welcomed Tesla's decision to expand its Megafactory in the zone.

"This investment is a vote of confidence in Shanghai's business environment," said Director Chen Jie.

Tesla CEO Elon Musk said in a statement included in the release that "Shanghai has the best combination of talent, speed and supply chain anywhere in the world" and that Tesla "looks forward to many more years of growth in China."

The new phase is expected to add 20 GWh of annual capacity.
""",
["Shanghai has the best combination of talent, speed and supply chain anywhere in the world",
 "looks forward to many more years of growth in China."],
"press release: official's words not gold; Musk's statement quoted inside release is gold"))

A(D("other", "article",
"Court filing summary: shareholder suit cites Musk's China posts",
"""
A shareholder lawsuit filed in Delaware on Monday alleges that Tesla failed to disclose risks related to its China business. The complaint cites a series of posts by Elon Musk, which the plaintiffs describe as "materially misleading."

According to the filing, the plaintiffs' lawyers argue that Musk "repeatedly painted an unrealistically rosy picture of demand in the Chinese market."

Tesla has called the lawsuit "baseless."
""",
[],
"court filing characterising his posts - plaintiffs' words, not his"))

A(D("other", "article",
"Profile: Who is Elon Musk?",
"""
Elon Musk, born in Pretoria in 1971, is chief executive of Tesla and SpaceX and the owner of X. He is the eldest of three children of Maye Musk and Errol Musk; his brother Kimbal Musk sits on Tesla's board.

Musk has visited China many times and met senior officials including Premier Li Qiang. Tesla's Shanghai factory, which opened in 2019, was the first wholly foreign-owned car plant in the country.

He has described himself as "a free speech absolutist."
""",
[],
"encyclopedic profile: actions (visited, met) and a quote not about China - not gold"))

A(D("other", "article",
"Reader mailbag: Did Musk really say China would win?",
"""
A reader writes: "I keep seeing claims that Elon Musk said China would win the EV race. Is that real?"

Our fact-check team answers: Yes, in substance. On a January earnings call, Musk said that Chinese car companies were "the most competitive in the world" and would "demolish" rivals absent trade barriers. He did not use the word "win," however.

The reader's question, and the viral posts it refers to, paraphrase him loosely.
""",
["Chinese car companies were \"the most competitive in the world\" and would \"demolish\" rivals absent trade barriers"],
"reader question paraphrasing him loosely not gold; fact-check's quoted reported speech is gold; nested quotes"))
