from common import A, L, U, V, D

DOCS = []

# ---------------- MACHINE_TRANSLATED ----------------
DOCS.append(A("machine_translated",
"Musk: {{China new energy vehicle industry already is world leading level}}",
"""According to reports, on the 18th, Tesla CEO Elon Musk through video connection expressed, {{China's new energy automobile industry already is at world leading level, Chinese enterprises in battery, electric motor and intelligent driving aspects all have very strong competitiveness}}. Musk said: "{{Chinese engineers are very excellent, their working efficiency lets people admire}}."

It is understood, Tesla Shanghai super factory last year delivered over 900,000 vehicles, accounting for Tesla global delivery volume more than half. Industry insiders consider, Musk's this words reflect the Tesla to the Chinese market's high attention degree.""",
"machine-translated from Chinese; 'expressed,' reported speech; industry insiders' view not gold"))

DOCS.append(A("machine_translated",
"Musk again talks China: behind it is what kind of signal?",
"""Recently, Tesla CEO Musk again becomes the focus of attention. Some media reports, Musk on social platform X forwarded one piece of chart about Chinese electric car export data, attracting netizens hot discussion.

Analysts pointed out, this is Musk this year third time in public occasion involving China topic. A certain securities firm automobile industry chief analyst Mr. Wang expressed: "Musk is very clear the Chinese market to Tesla's importance, this is not strange."

However, Tesla company towards this did not make response.""",
"machine-translated 'Musk again talks China' framing; forwarded chart without words; analyst's words"))

DOCS.append(A("machine_translated",
"Musk: {{Tesla will continue to increase investment in China}}",
"""This newspaper news: On local time 12th, Tesla CEO Elon Musk in the United States Texas State Austin City holding the annual shareholders meeting on expressed, {{Tesla will continue to increase investment in China, Shanghai super factory is Tesla global most efficient factory}}.

Musk pointed out, {{the Chinese market is the world most big electric vehicle market, also is competition most intense market}}. He also said, {{Tesla and Chinese supply chain enterprises cooperation is very good, future will deepen}}.

Besides, Musk also in the meeting introduced Optimus humanoid robot latest progress, expressing next year will realize small batch production.""",
"machine-translated; long locative phrase between subject and verb; 'He also said' continuation; Optimus remark not gold"))

DOCS.append(A("machine_translated",
"Battery enterprise founder recalls: I once told Musk Chinese battery will become most cheap",
"""This newspaper news: Ningbo Yuanheng New Energy founder Xu Guangming on the 9th, when accepting this reporter interview, expressed that he in 2015 once told Musk, Chinese battery price within five years will become world most cheap. "At that time he did not believe, now he believes," Xu Guangming said.

Xu Guangming introduced, company at present is supplying battery cells to several domestic car enterprises, and is planning to go to Europe build factory. For Tesla whether becomes customer, he expressed "cannot disclose".""",
"machine-translated; someone else recalling what he told Musk; 'domestic' = China; no Musk statement"))

DOCS.append(A("machine_translated",
"Electric car war: Musk again talks China",
"""Recently, Tesla CEO Musk again talked about China's automobile industry. He on social platform X wrote: "{{Chinese car companies are the most hardworking in the world, they work very very hard, and they are very smart}}."

He also said, {{domestic competition in China is extremely intense, this forces all enterprises to keep progressing}}.

To this, netizens commented one after another. Some netizens said, "Musk speaks truth." Some other netizens consider, Musk this is for Tesla China sales "doing advertisement".""",
"machine-translated framing headline ('Musk again talks China') over a body with real quotes; netizens' comments not gold"))

DOCS.append(A("machine_translated",
"Musk visits Shanghai super factory, talks Mars plan",
"""On the 3rd, Tesla CEO Musk arrived at Shanghai, and went to Tesla Shanghai super factory for inspecting. According to understanding, Musk with factory staff took group photo, and had a meal with management layer.

During the period, Musk accepted local media short interview, expressing SpaceX Starship will in two years realise landing on Mars, "humanity must become multi-planet species".

Shanghai Municipal relevant responsible person expressed, welcomes Tesla to continue deepening cooperation in Shanghai.""",
"machine-translated; Musk in China but his statements are about Mars; visit, photo and meal are actions"))

DOCS.append(A("machine_translated",
"Musk asked back: {{who can build factory faster than China?}}",
"""At one technology forum held in the Middle East, when host asked Musk whether worried about over-relying on Chinese supply chain, Musk asked back: "{{Who in the world can build factory faster than China? Nobody.}}"

He then expressed, {{Chinese supply chain's efficiency and scale are incomparable by other countries}}, but Tesla also is in North America and Europe building localization supply chain.

Musk additionally revealed, Cybercab will in next year second quarter put into production.""",
"machine-translated; rhetorical question in title and body; host question not gold; product-date remark not gold"))

DOCS.append(A("machine_translated",
"Musk's mother Maye Musk: I love Chinese food most",
"""On the 20th, Tesla CEO Musk's mother Maye Musk at Beijing attended a book signing activity. Maye Musk expressed, she most loves Chinese food, especially dumplings, "every time coming to China will gain weight".

When asked about son Musk, Maye Musk laughed and said: "He is too busy, I am also very busy."

It is known, Maye Musk this year already four times came to China.""",
"machine-translated; Maye Musk's words, including headline 'Musk's mother Maye Musk:'"))

# ---------------- SHORT_SUMMARY ----------------
DOCS.append(A("short_summary",
"Musk says {{Chinese automakers pulling ahead on batteries}}",
"""Elon Musk said on Tuesday that {{Chinese automakers are "pulling ahead" in battery technology}}, urging U.S. policymakers to fund domestic refining.""",
"one-sentence summary; participle clause about US policy not gold"))

DOCS.append(A("short_summary",
"Tesla China sales slide ahead of Musk trip",
"""Tesla's sales of China-made vehicles fell 8% in March from a year earlier, data from the China Passenger Car Association showed on Tuesday, as Chief Executive Elon Musk prepares to visit Beijing.""",
"one-sentence summary about China mentioning his planned trip; no statement"))

DOCS.append(A("short_summary",
"Musk flags Beijing's rare earth curbs",
"""Elon Musk said in a late-night post on X that {{Beijing's new export controls on rare earth magnets were "a big deal for every carmaker on Earth"}}, as Tesla's suppliers scramble for licences.""",
"Chinese export controls; descriptive headline not gold; gold is the reported clause"))

DOCS.append(A("short_summary",
"Musk posts chart on Chinese battery prices",
"""Musk shared a chart of Chinese battery cell prices on Sunday without comment; the post drew more than 20,000 replies.""",
"headline fragment plus summary describing a post without words"))

DOCS.append(A("short_summary",
"Tesla CEO on humanoid robots",
"""'{{China will be the largest market for humanoid robots by a wide margin}},' Elon Musk told investors on Thursday, adding that {{manufacturers in the world's second-largest economy would be "formidable" rivals}}.""",
"quote first, attribution at the end; 'adding that' continuation; 'the world's second-largest economy'"))

DOCS.append(A("short_summary",
"Analysts: Musk overstates Tesla's China strength",
"""Analysts at two brokerages said on Monday that Elon Musk overstates Tesla's position in China, citing the carmaker's shrinking market share and deeper discounts.""",
"analysts' claim about Musk; no statement of his"))

DOCS.append(A("short_summary",
"",
"""The Tesla CEO said {{the company had "no plans whatsoever" to cut production at its Shanghai plant}}, dismissing a report that the factory would idle one of its lines.""",
"summary with no name, only 'The Tesla CEO'; Shanghai plant"))

DOCS.append(A("short_summary",
"Maye Musk calls Shanghai her 'favourite city'",
"""Maye Musk, the mother of Tesla chief Elon Musk, said on Weibo on Friday that Shanghai is her "favourite city in the world," drawing thousands of comments.""",
"other Musk (Maye) about a Chinese city"))

# ---------------- OTHER ----------------
DOCS.append(A("other",
"Fact check: Did Musk say China 'owns' the battery supply chain?",
"""CLAIM: A viral post says Elon Musk admitted that China "owns" the global battery supply chain.

VERDICT: Accurate, with context.

THE FACTS: Musk made the remark during a March interview with a European energy podcast. Asked about battery sourcing, he said: "{{China basically owns the battery supply chain today, from mining to refining to cells. That's just a fact}}."

The viral post, which has been shared more than 30,000 times, cuts off the next part of his answer, in which he said {{Tesla was working to reduce its reliance on Chinese refiners "as fast as physics allows"}}.

Some versions of the post also attribute to Musk a line that "the West has already lost" the battery race. We found no record of him saying that.

Data from the International Energy Agency show Chinese companies account for roughly three-quarters of global battery cell production.""",
"fact-check; question headline not gold; misattributed line not gold; verified quote and reported clause gold"))

DOCS.append(A("other",
"Correction: Chinese EV exports story",
"""An article published on Tuesday about Chinese electric-vehicle exports incorrectly attributed a quote to Elon Musk. The remark that Chinese EVs are "the iPhone moment for cars" was made by Darren Holt, an analyst at Fairway Research, not by Musk. The article has been updated. We regret the error.""",
"correction notice; a China quote explicitly not Musk's"))

DOCS.append(A("other",
"The Drivetrain Dispatch — Friday digest",
"""Good morning. Here's what moved the EV world this week.

1. Price cuts, again. Three more Chinese brands cut prices on Monday, bringing the total this year to 27.

2. Quote of the week: "{{If you're building a car company today and you're not benchmarking against the Chinese, you're building a museum}}." — Elon Musk, at a retail summit in Las Vegas

3. Battery watch: Solid-state startup Vantor Cells raised $400 million. Its CEO said first samples ship in Q3.

4. Also from Musk: the Tesla boss said the company's next-generation platform would arrive "later than I'd like, but it's coming."

5. Chart of the week: Europe's EV share hit 22% in August.""",
"newsletter; quote given first and attributed after a dash; non-China Musk remark in same digest"))

DOCS.append(A("other",
"Shareholder suit over Tesla China disclosures can proceed, judge rules",
"""A federal judge in San Francisco on Wednesday allowed a shareholder lawsuit accusing Tesla of misleading investors about demand in China to move forward.

The plaintiffs allege that Tesla concealed a slowdown in Chinese orders during 2023 and that statements made on the company's behalf painted an overly rosy picture. U.S. District Judge Evelyn Marsh wrote that the plaintiffs had "plausibly alleged" that the company knew of the slowdown.

Lawyers for Tesla argued in filings that Elon Musk's comments about China were "generic corporate optimism" that no reasonable investor would rely on. Tesla did not respond to a request for comment.

The case is In re Tesla Securities Litigation II, No. 3:24-cv-01188.""",
"legal news describing his comments without quoting or paraphrasing any claim; lawyers' and judge's words"))

DOCS.append(A("other",
"Review: 'Gigafactory' traces Tesla's Shanghai gamble",
"""Journalist Wen Kaplan's new book is the most detailed account yet of how Tesla built its Shanghai factory in under a year.

Kaplan had access to dozens of former employees. The best scenes are set in 2019, when Musk, on a conference call from California, told the team that "{{the Shanghai factory is the most important thing we will do this year, more important than any product}}." In another, he tells a nervous executive that {{Chinese regulators "will move faster than you think, if you show them you're serious"}}.

Kaplan is less sure-footed on the politics. She asserts, without much evidence, that Musk saw China as "a hedge against Washington." That may be true, but the book doesn't show it.

Still, for anyone interested in how modern factories get built, it is essential reading.""",
"book review recalling old quotes (gold); author's interpretation of his views not gold"))

DOCS.append(A("other",
"Long-term review: 18 months with a BYD Seal",
"""I bought my Seal in the spring of last year after test-driving a Model 3 the same week. Here's how it has held up.

Range: real-world range in winter is about 380 km, which is fine for my commute.

Software: the infotainment is fast, but voice commands struggle with my accent.

Build quality: no rattles, one squeaky door seal replaced under warranty.

A lot of people in the comments ask about the old clip of Elon Musk laughing when asked about BYD in an interview years ago. Yes, he laughed. Times change.

Would I buy it again? Probably, though the next Model 3 refresh might tempt me.""",
"owner's blog review; Musk's laughter about BYD is an action, not words"))

DOCS.append(A("other",
"Press release: Tesla CEO addresses World New Energy Vehicle Congress",
"""HAIKOU, CHINA — The 7th World New Energy Vehicle Congress opened on Saturday in Haikou, Hainan Province, with more than 2,000 delegates from 30 countries.

Mr. Elon Musk, Chief Executive Officer of Tesla, delivered remarks by video, stating that "{{China's new energy vehicle industry has become a benchmark for the world}}" and that {{Tesla "will continue to grow together with Chinese partners"}}.

Other speakers included Mr. Gao Feng, President of the China EV Alliance, who said that Musk's participation "shows the openness of China's auto market."

The Congress is organised by the Congress Organising Committee and runs until Monday.""",
"press-release style; two reported clauses joined by 'and that'; organiser's remark about Musk not gold"))
