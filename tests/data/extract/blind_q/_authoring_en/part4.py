from common import art, label, unlab, vtt

# 81 machine_translated, gold: long locative between subject and verb; descriptive headline
art(81, "machine_translated",
    "Musk again talks China market",
    """
Musk at Tesla annual shareholders meeting held in Austin city, Texas state, USA on the 6th local time stated, China market is Tesla's most important market outside America, Tesla will continue to increase investment in China.

When talking about domestic competitors, Musk said: "Chinese car companies are very strong, they are the most competitive in the world."

Besides, Musk also disclosed that Tesla humanoid robot Optimus will next year start small batch production. Reporter noticed, this year Tesla in China market sales volume year-on-year declined about 8%.
""",
    ["China market is Tesla's most important market outside America, Tesla will continue to increase investment in China",
     "Chinese car companies are very strong, they are the most competitive in the world."],
    "machine-translated; long locative phrase between 'Musk' and 'stated'; descriptive headline ('again talks China') not gold; Optimus not gold")

# 82 machine_translated, no gold: Chinese chairman says what he told Musk
art(82, "machine_translated",
    "Lanyu Auto chairman: I told Musk Chinese car enterprises will enter Europe",
    """
On the 9th, Lanyu Auto chairman Gao Ming at a forum in Hefei revealed, several years ago he once met with Tesla CEO Musk. "I told Musk, Chinese car enterprises within five years will enter the European market, he only smiled," Gao Ming said.

Gao Ming expressed, nowadays Chinese brands in Europe sales volume already exceed many traditional brands, this proves the judgement at that time was correct.

Regarding this, Tesla side did not give comment.
""",
    [],
    "machine-translated; another person's account of what he told Musk (headline and body); Tesla no comment")

# 83 machine_translated, gold: 'domestic' = China from a Chinese outlet
art(83, "machine_translated",
    "Musk: domestic new energy car enterprises competitiveness world strongest",
    """
On the 20th, Musk on social platform X posted saying, domestic new energy vehicle enterprises' competitiveness is the world strongest, "they are working very hard, very hard".

He also said, Tesla will in Shanghai build the second phase of Megapack energy storage super factory, expected next year put into production.

This post on Weibo caused netizens' hot discussion, related topic reading volume exceeded 100 million. Some netizens left message: "Even Musk admits it, domestic car is really rising."
""",
    ["domestic new energy car enterprises competitiveness world strongest",
     "domestic new energy vehicle enterprises' competitiveness is the world strongest",
     "they are working very hard, very hard",
     "Tesla will in Shanghai build the second phase of Megapack energy storage super factory, expected next year put into production"],
    "machine-translated; 'domestic' (国内) means China from the outlet's perspective; 'He also said' continuation; netizen's words not gold")

# 84 machine_translated, no gold: China space article, Musk on Starship
art(84, "machine_translated",
    "New generation manned rocket test success; Musk said Starship next flight in one month",
    """
On the 12th, our country's new generation manned carrier rocket in Wenchang successfully completed a full-system static fire test, laying foundation for realising manned lunar landing before 2030.

Meanwhile, SpaceX founder Musk on X stated, Starship next test flight is expected in about one month later, this time will attempt to recover the ship.

Industry experts said, our country's commercial space in recent years develops rapidly, gap with America is narrowing.
""",
    [],
    "machine-translated China space article; headline and body carry Musk's Starship claim, which is not about China; 'our country' is the outlet's voice")

# 85 machine_translated, gold: short
art(85, "machine_translated",
    "Musk praise Chinese engineers",
    """
Tesla CEO Musk in an interview stated: "Chinese engineers very talented, is the best in the world." He also said, hope more engineers join Tesla Shanghai R&D team.
""",
    ["Chinese engineers very talented, is the best in the world.",
     "hope more engineers join Tesla Shanghai R&D team"],
    "short machine-translated item; descriptive headline ('praise') not gold")

# 86 short_summary, gold
art(86, "short_summary",
    "Musk on Chinese rivals",
    """
Elon Musk said on Tuesday that Chinese automakers would be Tesla's strongest competitors in the coming decade, adding that their work ethic was "incredible".
""",
    ["Chinese automakers would be Tesla's strongest competitors in the coming decade",
     "their work ethic was \"incredible\""],
    "one-sentence RSS summary; 'adding that' continuation with pronoun 'their'")

# 87 short_summary, no gold
art(87, "short_summary",
    "Musk in Beijing",
    """
Tesla CEO Elon Musk arrived in Beijing on Sunday for an unannounced visit and met senior officials, state media reported.
""",
    [],
    "one-sentence summary of an action (visit/meeting), no statement")

# 88 short_summary, gold
art(88, "short_summary",
    "Musk speaks at Paris tech conference",
    """
The billionaire, addressing a technology conference in Paris on Wednesday, said that tariffs on Chinese electric vehicles would not help anyone, least of all consumers.
""",
    ["tariffs on Chinese electric vehicles would not help anyone, least of all consumers"],
    "'the billionaire' as name; subject and verb apart; tariffs on China")

# 89 short_summary, no gold
art(89, "short_summary",
    "Analysts: Musk's China bet could backfire",
    """
Musk's heavy reliance on China could backfire as BYD extends its lead in the world's largest car market, analysts at Kestrel Partners said in a note on Monday.
""",
    [],
    "analysts' words about Musk and China")

# 90 short_summary, gold: pronoun in the next sentence
art(90, "short_summary",
    "Musk comments on Chinese carmakers' Mexico plans",
    """
Musk was asked on Thursday about plans by Geely and Great Wall Motor to build plants in Mexico. "They'll be formidable competitors in North America, no doubt," he said.
""",
    ["They'll be formidable competitors in North America, no doubt"],
    "two-sentence summary; 'they' resolved to Chinese carmakers from the previous sentence")

# 91 short_summary, no gold
art(91, "short_summary",
    "Space roundup: Starship and Long March",
    """
Elon Musk says Starship will fly again in about six weeks; separately, China's Long March 10 rocket completed a static fire test in Hainan this week.
""",
    [],
    "Musk claim (Starship) next to China news; not about China")

# 92 short_summary, gold: the mainland
art(92, "short_summary",
    "Musk addresses Shanghai AI forum",
    """
Musk, addressing a packed auditorium in Shanghai by video on Saturday, said the mainland's AI talent pool was "extraordinary".
""",
    ["the mainland's AI talent pool was \"extraordinary\""],
    "'the mainland' for China; video-link phrase between subject and verb")

# 93 short_summary, no gold: Kimbal
art(93, "short_summary",
    "Kimbal Musk backs Chinese greenhouse start-up",
    """
Kimbal Musk, Tesla director and brother of Elon Musk, said on Friday that China's greenhouse technology was "a decade ahead" as he announced an investment in a Shandong start-up.
""",
    [],
    "another Musk (Kimbal) making a China claim")

# 94 short_summary, gold: world's second-largest economy
art(94, "short_summary",
    "Musk reaffirms commitment",
    """
The world's richest man said on Friday that the world's second-largest economy would remain Tesla's most important market outside the United States for years to come.
""",
    ["the world's second-largest economy would remain Tesla's most important market outside the United States for years to come"],
    "'the world's richest man' for Musk; 'world's second-largest economy' for China")

# 95 other (timeline), gold
art(95, "other",
    "Timeline: Elon Musk and China, 2018-2025",
    """
Key moments in Tesla's relationship with China and in what its chief executive has said about the country:

July 2018 — Tesla signs an agreement with the Shanghai government to build a wholly owned factory in Lingang, the first such deal for a foreign carmaker.

January 2019 — At the groundbreaking ceremony, Musk says: "We're going to build this factory faster than any car factory in history."

April 2020 — Musk predicts Tesla will have "feature-complete" self-driving by the end of the year.

April 2021 — A customer protest on the roof of a Tesla car at the Shanghai auto show makes national headlines. Tesla China apologises; Musk does not comment publicly.

October 2022 — Musk writes on X: "China's EV makers are the most underrated companies in the world."

May 2023 — Musk visits Beijing and Shanghai and meets senior officials.

January 2024 — On an earnings call, Musk says Chinese brands will pressure margins for everyone for years.

March 2025 — Musk says he has no plans to build a second factory in China.
""",
    ["We're going to build this factory faster than any car factory in history.",
     "China's EV makers are the most underrated companies in the world.",
     "Chinese brands will pressure margins for everyone for years",
     "he has no plans to build a second factory in China"],
    "timeline format; recalled statements (gold); self-driving prediction, visits and non-comments not gold")

# 96 other (fact check), no gold: fabricated quote
art(96, "other",
    "Fact check: No, Elon Musk did not say China 'will own Mars by 2040'",
    """
CLAIM: Elon Musk said, "China will own Mars by 2040 and America will be renting rooms."

VERDICT: False. There is no record of Musk making this statement.

A graphic shared thousands of times on Facebook and Weibo attributes the quote to Musk, citing a speech at a space conference in Dubai in February. We reviewed the full video of that appearance. Musk did not mention China at any point.

His remarks on Mars at the event concerned SpaceX's own timeline: he said the first uncrewed Starship mission to Mars could launch in about two years.

A spokesperson for the conference confirmed that the quote does not appear in the official transcript. The graphic appears to have originated on a satirical account.
""",
    [],
    "fact check of a fabricated quote (not his statement); his real remark in the document is about Mars, not China")

# 97 other (press release), gold
art(97, "other",
    "China New Mobility Forum Concludes in Beijing as Global Leaders Share Insights",
    """
BEIJING, Nov. 18 /PRNewswire/ -- The seventh China New Mobility Forum concluded in Beijing on Sunday, bringing together more than 2,000 executives, officials and researchers from 30 countries.

Tesla CEO Elon Musk, in a recorded video message to the forum, said China's electric vehicle industry had changed the world's expectations of what a car can be. "I want to thank our partners in China for their support over so many years," Musk said.

"The forum has become the most important platform for dialogue in our industry," said Dr. Wu Lihua, secretary-general of the forum's organising committee.

Other speakers included executives from BYD, Volkswagen and Toyota, who discussed solid-state batteries, software-defined vehicles and global supply chains.

About the China New Mobility Forum
The China New Mobility Forum is an independent, non-profit platform for exchange in the new energy vehicle industry. For more information, visit the forum's website.
""",
    ["China's electric vehicle industry had changed the world's expectations of what a car can be",
     "I want to thank our partners in China for their support over so many years"],
    "press release; Musk's video message (gold); organiser's quote and boilerplate not gold")

# 98 other (correction), no gold
art(98, "other",
    "Correction",
    """
An earlier version of this article, published on March 3, incorrectly attributed to Tesla CEO Elon Musk a remark that "Chinese batteries will be half the price of American ones by 2027." The remark was made by Lu Haitao, vice chairman of the Chinese battery maker Kunpeng Power, at the same conference. Musk did not speak about battery prices at the event. The article has been updated.
""",
    [],
    "correction notice: a China claim explicitly de-attributed from Musk")

# 99 other (newsletter), gold
art(99, "other",
    "Morning Briefing: The Fed, Hong Kong tech and a late-night Musk post",
    """
Good morning. Here's what you need to know today.

- The Federal Reserve held rates steady, as expected. Two officials dissented in favour of a cut.

- Hong Kong's Hang Seng index rose 2.1%, led by Tencent and Alibaba, after Beijing announced new support for consumer spending.

- Elon Musk, in a late-night post on X: "Chinese EV exports will double again within two years. Mark my words." Tesla shares slipped 1% in pre-market trading.

- Also from Musk: SpaceX plans to file for a Starlink spin-off "when the time is right", he told a podcast.

- Oil prices fell for a third day on signs of weaker demand.

That's it for today. See you tomorrow.
""",
    ["Chinese EV exports will double again within two years. Mark my words."],
    "newsletter bullets; China post (gold); Starlink remark and market items not gold")

# 100 other (book excerpt), no gold
art(100, "other",
    "Excerpt: 'The Factory at Lingang'",
    """
The following is adapted from a new book on Tesla's Shanghai Gigafactory.

In the winter of 2019, the site at Lingang was still mostly mud. Elon Musk arrived on a grey morning in January, stepped out of a black van in a dark jacket and walked the perimeter with a group of district officials, stopping every few minutes to look at drawings spread across the hood of a car.

One of the officials, a deputy district head named Zhou, later recalled turning to him and saying: "Mr Musk, in Shanghai we say: what can be done today, we do today."

Musk nodded, the official remembered, and asked for the drawings again.

That afternoon he flew back to California. Within ten months, the first Model 3 rolled off the line.
""",
    [],
    "book excerpt describing his actions in China; an official's words to him; no statement of his")
