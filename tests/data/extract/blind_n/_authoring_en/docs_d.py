from common import doc

DOCS = []
A = DOCS.append

# ---------------------------------------------------------------- machine_translated
A(doc(77, "machine_translated", "article",
    "Musk: Chinese new energy vehicle enterprises are very excellent, Tesla will continue to increase investment in China",
    """
    Sina Finance news, on the 15th, Tesla CEO Musk in the social platform X released a video and expressed, Chinese new energy vehicle enterprises are very excellent, the competition is very intense. Musk said: "I very respect Chinese car companies, their speed of innovation is world first-class." He also said, Tesla will continue to increase investment in China, Shanghai super factory is the most important export hub of Tesla.

    Reporter noticed that, this year from January to August, Tesla China sales decreased by 6% year-on-year. (Source: Sina Finance)
    """,
    [
        "Chinese new energy vehicle enterprises are very excellent, Tesla will continue to increase investment in China",
        "Chinese new energy vehicle enterprises are very excellent, the competition is very intense",
        "I very respect Chinese car companies, their speed of innovation is world first-class",
        "Tesla will continue to increase investment in China, Shanghai super factory is the most important export hub of Tesla",
    ],
    "stiff translation from Chinese ('expressed,', 'He also said,'); headline 'Musk: claim' is gold; reporter's data not gold"))

A(doc(78, "machine_translated", "article",
    "The dispute of the electric car: Musk talks about China again",
    """
    According to media report, Tesla CEO Musk on the 28th arrived in Beijing, this visit only stayed less than 24 hours, and met with relevant leaders. At the same day, CATL chairman Zeng Yuqun in a forum said, he once told Musk that "Tesla making battery by itself is not economical". Netizens commented that, the relationship between Musk and China is "subtle". Until press time, Tesla side has not responded.
    """,
    [],
    "framing headline 'Musk talks about China again' (describes that he talked) over a body with only his actions and others' words"))

A(doc(79, "machine_translated", "article",
    "Musk at Tesla shareholders meeting: China market still has huge potential",
    """
    According to report, Musk at the annual shareholders meeting held in Austin city of Texas state of the United States on local time 13th expressed, the China market still has huge potential, Tesla in China's team is "the most hardworking team in the world". Musk also expressed that, Optimus robot will in next year realize small-batch production. Analysts believe, Tesla in China is facing increasingly fierce competition from domestic car companies.
    """,
    [
        "China market still has huge potential",
        "the China market still has huge potential",
        "Tesla in China's team is \"the most hardworking team in the world\"",
    ],
    "translated; long locative phrase between subject and 'expressed'; headline claim after colon; Optimus remark and analysts not gold"))

A(doc(80, "machine_translated", "article",
    "Lei Jun: Xiaomi SU7 has surpassed Model 3 in many indexes, Musk has not responded",
    """
    Xiaomi Group founder Lei Jun on the 20th in live broadcast said, Xiaomi SU7 in many indexes already surpassed Tesla Model 3. Lei Jun revealed, he once sent Musk one SU7, "I hope Musk can drive it and give advice." To this, Musk has not responded. It is worth noting that, Musk on the same day on X published that Starship's next flight test will be carried out in four weeks.
    """,
    [],
    "translated; Chinese CEO's words with Musk as object; his only statement is about Starship"))

A(doc(81, "machine_translated", "article",
    "Musk accepted CCTV exclusive interview, talked about Chinese workers",
    """
    CCTV news, Tesla CEO Elon Musk in Beijing accepted CCTV reporter exclusive interview. Musk said, Chinese workers are very diligent and very smart, "it is a pleasure to work with them". He also said, Tesla Shanghai super factory's production efficiency is highest in global. He supplemented to say, he hopes to come to China more often in future. When talking about SpaceX, Musk said Starship will land on Mars in 2026.
    """,
    [
        "Chinese workers are very diligent and very smart",
        "it is a pleasure to work with them",
        "Tesla Shanghai super factory's production efficiency is highest in global",
        "he hopes to come to China more often in future",
    ],
    "translated; 'He also said,' / 'He supplemented to say,' continuations; descriptive headline not gold; Mars remark not gold"))

A(doc(82, "machine_translated", "article",
    "Musk again criticized lidar, domestic car companies collectively responded",
    """
    Recently, Musk in one interview again said, lidar is "a crutch", pure vision is the only correct road of automatic driving. To this, many domestic car companies collectively responded. Xpeng Motors chairman He Xiaopeng said, lidar and vision are not opposite. Huawei's Yu Chengdong expressed, safety is most important, more sensors is more safe. Industry people think, the route dispute will continue for long time.
    """,
    [],
    "translated China article; his statement is about self-driving sensors in general, not China; Chinese executives' replies not his"))

A(doc(83, "machine_translated", "article",
    "Musk: China's new energy vehicles will dominate the world",
    """
    Phoenix Technology news, Musk on the 18th in interview with foreign media said, China's new energy vehicle industry development is astonishing, "if no trade barriers, they will dominate the world". He supplemented, this is not compliment, is the fact. Since this year, domestic new energy vehicle export volume increased by more than 50%.
    """,
    [
        "China's new energy vehicles will dominate the world",
        "China's new energy vehicle industry development is astonishing",
        "if no trade barriers, they will dominate the world",
        "this is not compliment, is the fact",
    ],
    "translated; headline claim after colon; conditional claim; 'He supplemented,' continuation; 'domestic' (= Chinese) export data is journalist's"))

# ---------------------------------------------------------------- short_summary
A(doc(84, "short_summary", "article",
    "Tesla to lift Shanghai output",
    """
    Elon Musk said on Tuesday that Tesla's Shanghai factory would raise output by 20% next year, citing strong demand in China and across Asia.
    """,
    [
        "Tesla's Shanghai factory would raise output by 20% next year, citing strong demand in China and across Asia",
    ],
    "one-sentence summary; reported speech about the Shanghai plant"))

A(doc(85, "short_summary", "article",
    "Musk meets Chinese premier",
    """
    Tesla CEO Elon Musk met Chinese Premier Li Qiang in Beijing on Sunday, according to state media, his second trip to China this year.
    """,
    [],
    "one-sentence summary of an action (meeting), no statement"))

A(doc(86, "short_summary", "article",
    "",
    """
    The billionaire told a forum in Beijing by video link that China's progress in AI was 'impressive' and that the country would have 'a lot of compute'.
    """,
    [
        "China's progress in AI was 'impressive'",
        "the country would have 'a lot of compute'",
    ],
    "one-sentence summary naming him only as 'the billionaire'; two reported clauses"))

A(doc(87, "short_summary", "article",
    "Musk talks China, tariffs and robots in wide-ranging interview",
    """
    In a two-hour conversation, the Tesla boss covered everything from Beijing to Optimus. Read the highlights.
    """,
    [],
    "headline fragment that only says he talked about China; summary carries no claim"))

A(doc(88, "short_summary", "article",
    "",
    """
    "Chinese carmakers are extremely good," Musk said, adding that they would likely take a big share of global sales within five years.
    """,
    [
        "Chinese carmakers are extremely good",
        "they would likely take a big share of global sales within five years",
    ],
    "quote first, attribution after; 'adding that' continuation with 'they'"))

A(doc(89, "short_summary", "article",
    "",
    """
    Analysts say Elon Musk's upbeat remarks on China mask a steep drop in Tesla's market share there.
    """,
    [],
    "analysts' words about his remarks; his remarks are not reported"))

A(doc(90, "short_summary", "article",
    "Musk bullish on Chinese solar",
    """
    Musk, who visited Shanghai last week, said he expects the world's second-largest economy to lead in solar power for decades.
    """,
    [
        "he expects the world's second-largest economy to lead in solar power for decades",
    ],
    "China referred to as 'the world's second-largest economy'; relative clause between subject and verb"))

A(doc(91, "short_summary", "article",
    "Musk says next Starship launch in four weeks as China readies heavy-lift rocket",
    """
    SpaceX chief Elon Musk said the next Starship flight would take place in about four weeks, as China prepares the debut of its Long March 10.
    """,
    [],
    "near-miss: his claim is about Starship timing; China only in the journalist's clause"))

A(doc(92, "short_summary", "article",
    "Musk warns Taiwan tensions could disrupt 'every car company on Earth'",
    """
    Tesla's CEO said a conflict in the Taiwan Strait would cut off chip supplies to every major carmaker, including his own.
    """,
    [
        "Taiwan tensions could disrupt 'every car company on Earth'",
        "a conflict in the Taiwan Strait would cut off chip supplies to every major carmaker, including his own",
    ],
    "Taiwan Strait; headline verb 'warns' carries the claim; 'Tesla's CEO' naming"))

A(doc(93, "short_summary", "article",
    "",
    """
    Maye Musk, the mother of Tesla CEO Elon Musk, said China was her 'second home' during a book tour stop in Hangzhou.
    """,
    [],
    "Maye Musk, not the watched speaker"))

# ---------------------------------------------------------------- other
A(doc(94, "other", "article",
    "The Morning Charge: Tesla's China rebound, Rivian recall, and more",
    """
    Good morning. Here's what you need to know today.

    1. Tesla's China sales rose 12% in October, the first increase in six months. Elon Musk, on X, was quick to celebrate: "Great work by Tesla China!" He added that demand in China was "recovering nicely".

    2. Rivian is recalling 24,000 SUVs over a seatbelt issue.

    3. Musk also said Tesla's unsupervised FSD would launch in eight more US cities by March. We've heard that before.

    4. BYD unveiled a five-minute charging system at an event in Shenzhen. Analysts called it a "step change".

    That's it for today. See you tomorrow.
    """,
    [
        "Great work by Tesla China",
        "demand in China was \"recovering nicely\"",
    ],
    "newsletter digest; China item gold; FSD date in next item not gold"))

A(doc(95, "other", "article",
    "Fact check: No, Elon Musk did not say 'China will rule the world by 2030'",
    """
    A post circulating on Facebook and WhatsApp claims Elon Musk said "China will rule the world by 2030, and America has only itself to blame." The post, shared more than 40,000 times, includes a photo of Musk at a 2023 event in Shanghai.

    There is no record of Musk making the statement. A search of his posts on X, his public interviews and news archives found no such quote. Tesla did not respond to a request for comment.

    The photo was taken at a trade fair where Musk did not speak publicly.

    Verdict: False. The quote is fabricated.
    """,
    [],
    "fabricated quote attributed to him in a fact-check; not his statement"))

A(doc(96, "other", "article",
    "Musk and China, again: full text of his AI conference remarks",
    """
    The following are excerpts from Elon Musk's video address to the opening session of the World Artificial Intelligence Conference in Shanghai on Thursday, as released by the organisers.

    "I want to thank the organisers for inviting me again. China is going to be very strong in AI, I have no doubt about that. There is tremendous talent here and the government clearly sees AI as a priority.

    "I do think we need some kind of international cooperation on AI safety, and China should be part of that conversation. You can't have a serious discussion about AI safety without the second-biggest AI power in the room.

    "On the robotics side, I think humanoid robots will be the biggest product in history. Every person will want one, maybe two."

    "Chinese companies are going to build a lot of robots too. Probably more than anyone else. I'm quite sure of it," Musk said in closing.
    """,
    [
        "China is going to be very strong in AI, I have no doubt about that",
        "There is tremendous talent here and the government clearly sees AI as a priority",
        "I do think we need some kind of international cooperation on AI safety, and China should be part of that conversation",
        "You can't have a serious discussion about AI safety without the second-biggest AI power in the room",
        "Chinese companies are going to build a lot of robots too. Probably more than anyone else. I'm quite sure of it",
    ],
    "framing headline over body with real quotes; multi-paragraph quote; quote attributed at its end; general robot prediction not gold"))

A(doc(97, "other", "article",
    "Press release: Lingang hosts Tesla Megafactory anniversary ceremony",
    """
    SHANGHAI, Feb. 11 - The Lingang Special Area Administration of the China (Shanghai) Pilot Free Trade Zone on Tuesday held a ceremony marking the first anniversary of production at Tesla's Megafactory, which makes Megapack energy storage systems.

    "Tesla's success in Lingang proves that Shanghai is the best place in the world for high-end manufacturing," said Wang Jian, deputy director of the administration.

    A video message from Tesla CEO Elon Musk was played at the ceremony. Tesla Vice President Tom Zhu and representatives of more than 30 local suppliers attended.

    The Megafactory shipped more than 10,000 Megapack units in its first year, according to the administration.
    """,
    [],
    "press release: official's words; a video message from him is mentioned without content"))

A(doc(98, "other", "article",
    "Elon Musk on China, in his own words: a timeline",
    """
    Elon Musk's views on China have shaped Tesla's strategy for a decade. Here are some of his most notable remarks, compiled from interviews, earnings calls and posts.

    January 2020, Shanghai: At the first delivery ceremony for China-made cars, Musk said the plant had gone "from a muddy field to making cars in under a year" and called the Shanghai team "absolutely world-class".

    May 2021: After Chinese regulators summoned Tesla over customer complaints, Tesla China issued a statement saying it would "humbly accept" the regulators' guidance. Musk himself made no comment.

    July 2022: Asked on a podcast about Chinese workers, he said they were "super talented and super hard-working".

    March 2023: In an interview with an Asian business magazine, Musk said the Taiwan question was one "only the people on both sides of the strait can solve".

    September 2023: In a post on X, he wrote: "China is underrated by most Western analysts, by a lot."

    April 2024: During a 20-hour trip to Beijing, Musk met Premier Li Qiang. Neither side released his remarks.

    January 2025: On a livestream, he said Chinese AI labs were "moving very fast and should not be underestimated".

    June 2025: Asked about a possible sale of TikTok's US business, Musk said he had not been approached and was not interested.

    His brother Kimbal, a Tesla director, said in a 2024 interview that Elon "respects the Chinese market more than any other".
    """,
    [
        "the plant had gone \"from a muddy field to making cars in under a year\"",
        "absolutely world-class",
        "they were \"super talented and super hard-working\"",
        "the Taiwan question was one \"only the people on both sides of the strait can solve\"",
        "China is underrated by most Western analysts, by a lot",
        "Chinese AI labs were \"moving very fast and should not be underestimated\"",
        "he had not been approached and was not interested",
    ],
    "timeline of recalled quotes (gold); company statement, visit and Kimbal Musk's words not gold; Taiwan and TikTok"))

A(doc(99, "other", "article",
    "Review: a new biography probes Elon Musk's China entanglements",
    """
    In "Rocket Man in the Middle Kingdom", the journalist Laura Chen sets out to explain how Elon Musk became the most important American businessman in China, and what that means for both countries.

    Chen is at her best on the building of the Shanghai factory in 2019, which she reconstructs through interviews with dozens of engineers and officials. "Elon trusted the Shanghai team completely," one former Tesla China executive tells her. "He let them run."

    She is less convincing when she speculates about Musk's motives. Chen argues that he sees Beijing as a counterweight to Washington, but offers little evidence beyond his business decisions.

    Musk did not agree to be interviewed for the book.
    """,
    [],
    "book review: biographer's analysis and a former executive's words about him; no statement of his"))

A(doc(100, "other", "article",
    "Musk says Tesla's Shanghai Gigafactory 'a model of China's efficiency'",
    """
    BEIJING, Nov. 6 (Xinhua) -- Tesla CEO Elon Musk has said that the company's Shanghai Gigafactory is "a model of China's efficiency and openness", and that Tesla looks forward to deepening cooperation with Chinese partners.

    In a video message to the China International Import Expo, Musk said China's new energy vehicle market is "full of vitality" and that the country's commitment to green development was "admirable".

    A Chinese Foreign Ministry spokesperson said at a regular press briefing on Wednesday that China welcomes foreign enterprises to share in the opportunities of its development.
    """,
    [
        "Tesla's Shanghai Gigafactory 'a model of China's efficiency'",
        "the company's Shanghai Gigafactory is \"a model of China's efficiency and openness\"",
        "Tesla looks forward to deepening cooperation with Chinese partners",
        "China's new energy vehicle market is \"full of vitality\"",
        "the country's commitment to green development was \"admirable\"",
    ],
    "state-media style write-up; headline claim; several reported clauses; spokesperson's words not gold"))
