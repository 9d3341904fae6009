from common import add

# ---------------- MACHINE TRANSLATED ----------------
add("machine_translated",
"Musk: China electric car will dominate global market",
"""According to reports, Tesla CEO Musk in the annual shareholders meeting held in Austin city of Texas state of USA on local time 13th indicated, China's new energy vehicle enterprises are the most competitive in the world, future will occupy the dominant position of global market.
Musk also said, Tesla Shanghai super factory is the company's most important export center, this year export quantity is expected to continue to grow.
In addition, Musk introduced the progress of Optimus humanoid robot, said will start small batch production next year.
Industry insiders think, this shows Tesla still attaches great importance to Chinese market.""",
["China electric car will dominate global market",
 "China's new energy vehicle enterprises are the most competitive in the world, future will occupy the dominant position of global market",
 "Tesla Shanghai super factory is the company's most important export center, this year export quantity is expected to continue to grow"],
"stiff translation from Chinese; long locative between subject and 'indicated'; 'Musk also said' continuation; Optimus not gold; industry insiders not his")

add("machine_translated",
"Musk again talks China: what signal is released?",
"""Recently, Tesla CEO Musk once again became the focus of public opinion. Regarding the relationship between Musk and China, the outside world has many interpretations.
Some analysts pointed out, Musk in the past years has visited China many times, and met with many high-level officials, showing his high attention to Chinese market.
Another expert said, Musk is a "smart businessman", knows how to balance between China and USA.
Reporter noticed, Tesla's sales in China in the first quarter decreased year-on-year, market competition is increasingly fierce.""",
[], "headline only says he talked about China; body is analysts/reporter; visits are actions")

add("machine_translated",
"Musk: Chinese engineers are very strong, Tesla will continue to increase investment",
"""Musk on the 20th via social platform X posted saying, Chinese engineers are very strong, Tesla will continue to increase investment in China.
He also said, Tesla Shanghai research and development center will expand recruitment, "we need more excellent Chinese talents".
Musk supplemented to say, the Starship rocket next test flight will be carried out in next month.
It is understood, Tesla Shanghai R&D center was established in 2021.""",
["Chinese engineers are very strong, Tesla will continue to increase investment",
 "Chinese engineers are very strong, Tesla will continue to increase investment in China",
 "Tesla Shanghai research and development center will expand recruitment, \"we need more excellent Chinese talents\"" ],
"translated; 'He also said' continuation; 'Musk supplemented to say' about Starship not gold")

add("machine_translated",
"Domestic battery giant chairman: Musk once asked me to build factory in America",
"""A domestic battery leading enterprise chairman in an interview recently revealed, some years ago Musk once invited him to build a factory in America, but he declined.
The chairman said: "I told Musk, our company's root is in China, we will first serve domestic customers well."
He also said, Musk is "a very respectable competitor and partner".
Tesla side did not respond to this.""",
[], "translated; chairman's words with Musk as object; 'He also said' refers to chairman")

add("machine_translated",
"Musk denies Tesla will withdraw from Chinese market",
"""Regarding the rumor that Tesla will withdraw from the Chinese market, Musk on 8th responded on X.
Musk said he had never considered leaving China, "this is nonsense".
He stated, Tesla will continue to operate Shanghai factory for long term, and Chinese consumers are very important to Tesla.
Previously, some self-media claimed Tesla plans to reduce production in China.""",
["he had never considered leaving China, \"this is nonsense\"",
 "Tesla will continue to operate Shanghai factory for long term, and Chinese consumers are very important to Tesla"],
"translated denial stated as his claim; headline 'denies' describes action; self-media claim not his")

add("machine_translated",
"Musk in Beijing forum video speech talks about Mars",
"""On 15th, the World Intelligent Industry Expo opened in Beijing. Tesla CEO Musk participated via video connection and delivered speech.
In speech, Musk said, humanity must become a multi-planet species, SpaceX plans to send spaceships to Mars in the coming window.
He also said, artificial intelligence development speed exceeds people's imagination, "in next few years AI will be smarter than any single human".
The expo attracted more than 500 enterprises from domestic and abroad to participate.""",
[], "speech at a Beijing event but his statements are about Mars and AI (neighbourhood trap)")

add("machine_translated",
"Tesla CEO: Chinese supply chain efficiency is world first",
"""Tesla CEO Musk in recent interview accepted by CCTV reporter expressed that, China's supply chain efficiency is world first, "no other country can do".
Musk thinks, Chinese workers are diligent and have high skill, this is the important reason for Shanghai factory success.
When talking about tariffs, Musk expressed, trade barriers are not beneficial to anyone, hopes China and USA can keep cooperation.
Reporter learned that Tesla Shanghai factory this year has delivered more than 500,000 vehicles.""",
["Chinese supply chain efficiency is world first",
 "China's supply chain efficiency is world first, \"no other country can do\"",
 "Chinese workers are diligent and have high skill, this is the important reason for Shanghai factory success",
 "trade barriers are not beneficial to anyone, hopes China and USA can keep cooperation"],
"translated; 'expressed that' / 'thinks' reporting verbs; 'the Tesla CEO' name variant")

# ---------------- SHORT SUMMARY ----------------
add("short_summary", "Musk sees Chinese automakers taking most of global market",
"""Elon Musk said on Tuesday that Chinese automakers would take most of the global market if no trade barriers were put in place.""",
["Chinese automakers taking most of global market",
 "Chinese automakers would take most of the global market if no trade barriers were put in place"],
"one-sentence summary; conditional claim; headline 'Musk sees ...' carries the claim")

add("short_summary", "Musk meets Chinese vice premier",
"""Elon Musk met Chinese Vice Premier Ding Xuexiang in Beijing on Sunday, state media reported, as Tesla seeks approval for its driver-assistance software.""",
[], "one-sentence summary of an action")

add("short_summary", "Tesla to export Shanghai-built cars to Canada",
"""Tesla's Shanghai plant will begin exporting to Canada next quarter, Musk told employees in an internal email seen by Bloomberg.""",
["Tesla's Shanghai plant will begin exporting to Canada next quarter"],
"claim first, attribution at end")

add("short_summary", "Analysts sceptical of Musk's China outlook",
"""Analysts said on Friday that the billionaire's optimism about a China sales rebound looked misplaced after a fourth straight monthly decline.""",
[], "analysts' words about his view")

add("short_summary", "Musk praises China's solar industry",
"""The billionaire, who has long praised the country's factories, said China's solar industry had "crushed it" over the past decade. He added that the US would need years to catch up.""",
["China's solar industry had \"crushed it\" over the past decade",
 "the US would need years to catch up"],
"two-sentence summary; 'He added' continuation; name variant 'the billionaire'; headline only describes praise")

add("short_summary", "Starship to fly again within weeks, Musk says",
"""Musk said Starship would fly again within six weeks, hours after China's Long March 10 rocket completed a key engine test.""",
[], "his claim is about Starship; China only in journalist's time clause")

add("short_summary", "Musk calls Xiaomi SU7 'serious competitor'",
"""Musk predicted that Xiaomi's SU7 would be "a serious competitor," in a rare compliment for a Chinese rival.""",
["Xiaomi SU7 'serious competitor'",
 "Xiaomi's SU7 would be \"a serious competitor"],
"named Chinese company; journalist's 'rare compliment' not gold")

add("short_summary", "Maye Musk to return to Shanghai for fashion week",
"""Maye Musk said on Weibo that she would return to Shanghai in October, calling China "my second home." """,
[], "Maye Musk, not the watched speaker")

# ---------------- OTHER ----------------
add("other",
"Morning Brief: Fed minutes, oil slips, Musk on China",
"""Good morning. Here's what you need to know today.
- Fed minutes: Officials saw "no urgency" to cut rates again.
- Oil: Brent slipped below $70 on demand worries.
- Musk on China: Speaking at a conference in Milan, Elon Musk said China builds in months what takes the West years, and that Europe "should study them, not sue them."
- Earnings: Nvidia reports after the bell.
- Weather: Heat advisories across the Southwest.""",
["China builds in months what takes the West years",
 "should study them, not sue them"],
"newsletter bullet; 'them' refers to China; other bullets unrelated")

add("other",
"Book review: 'The Catfish' charts Tesla's Chinese adventure",
"""In "The Catfish," veteran correspondent Helen Marsh tells the story of how Tesla came to build its biggest factory in Shanghai.
Marsh argues that Musk understood Beijing better than most Western CEOs, and that his decision to go all-in on China in 2018 was the single most important bet of his career.
She relies on interviews with dozens of former employees and officials. Musk himself declined to be interviewed for the book.
The result is gripping, if occasionally too admiring of its subject.""",
[], "book review; author's analysis about Musk; he declined interview")

add("other",
"Inside Tesla: the all-hands email after a record quarter",
"""Employees received an all-hands email from Elon Musk on Sunday night, according to a copy seen by this newsletter.
"Our China team delivered a record quarter. Please thank them when you see them," Musk wrote.
The email also said the company would "go hard" on Cybercab production in the second half and asked staff to "keep costs insanely low."
The email did not mention the layoffs reported last week.""",
["Our China team delivered a record quarter. Please thank them when you see them"],
"internal email quoted; Cybercab/cost lines not gold")

add("other",
"Event listing: Elon Musk to speak on 'China and the future of EVs'",
"""Date: 14 November. Venue: Hong Kong Convention and Exhibition Centre.
Elon Musk will join by video for a fireside chat titled "China and the future of EVs," followed by a panel of Chinese industry executives.
Registration closes on 7 November. Media accreditation required.""",
[], "event announcement naming a China talk topic; no statement")

add("other",
"Fact check: Did Musk say Chinese EVs are unsafe?",
"""Claim: A viral post says Elon Musk called Chinese electric cars "unsafe deathtraps."
Verdict: False.
There is no record of Musk saying this. What Musk actually said, in a March interview with a German broadcaster, was that Chinese cars were "very well built and very affordable."
The viral post appears to have originated on a satirical account.""",
["Chinese cars were \"very well built and very affordable"],
"fact-check: false attributed quote not his; real quote is gold")

add("other",
"Tesla Inc. annual report (excerpt): risk factors",
"""We depend on Gigafactory Shanghai for a significant portion of our vehicle production and exports. Any disruption to operations in China, including as a result of changes in trade policy, public health measures or geopolitical tensions, could adversely affect our business.
In addition, we rely on suppliers in China for battery cells and other components. Tariffs or export controls imposed by the United States or China could increase our costs.
Our Chief Executive Officer, Elon Musk, is highly active on social media, and his statements may attract regulatory scrutiny.""",
[], "company filing language about China, not Musk's statement")

add("other",
"Newsletter recap: Musk at the Riyadh investment forum",
"""The Tesla CEO spent most of his time on stage talking about AI and humanoid robots. But one exchange stood out.
Asked whether Chinese carmakers posed an existential threat to Western automakers, he paused. "Not existential. But they are the best in the world at manufacturing cost, and if you ignore them you will lose," he said.
He added that Tesla's own Chinese operations had taught the company "more than any consultant ever could."
He then predicted that there would be "more humanoid robots than people" by 2040.""",
["Not existential. But they are the best in the world at manufacturing cost, and if you ignore them you will lose",
 "Tesla's own Chinese operations had taught the company \"more than any consultant ever could"],
"newsletter; 'they' refers to Chinese carmakers in question; 'He added' continuation; robots prediction not gold")
