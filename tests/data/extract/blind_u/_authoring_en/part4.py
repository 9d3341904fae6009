from common import D

DOCS = []
A = DOCS.append

# ---------------- MACHINE TRANSLATED ----------------
A(D(80, "machine_translated", "article",
    "Musk: Chinese new energy vehicle enterprises are very strong, Tesla will continue to increase investment in China",
    """
Xin Finance news on 12th, Tesla CEO Musk on social platform X expressed, Chinese new energy vehicle enterprises are very strong, the competition is very fierce.

Musk said, Tesla will continue to increase investment in China, Shanghai super factory is Tesla's most important export center.

It is understood that, in first quarter Tesla China sold 137,000 vehicles, year-on-year decrease 5%. Industry insiders think, Musk's statement shows Tesla still attaches importance to the Chinese market.
""",
    ["Chinese new energy vehicle enterprises are very strong",
     "Tesla will continue to increase investment in China",
     "Chinese new energy vehicle enterprises are very strong, the competition is very fierce",
     "Tesla will continue to increase investment in China, Shanghai super factory is Tesla's most important export center"],
    "stiff English machine-translated from Chinese; 'expressed,' and 'said,' introducing reported speech; headline 'Musk: claim, claim'; industry insiders' view not gold"))

A(D(81, "machine_translated", "article",
    "Musk again talks China! Tesla responds",
    """
According to the report, on 8th, about the news that Tesla will adjust Shanghai super factory production, Tesla China related person in charge responded to reporter said, at present the company production operation is normal, relevant information is not accurate.

It is reported that, Shanghai super factory in last year delivered more than 900,000 vehicles, is Tesla global largest production base.

Musk before this on X platform published content about SpaceX launch, attracted netizens hot discussion. Some netizens left message said "hope Musk come China more".
""",
    [],
    "machine-translated framing headline ('Musk again talks China') over a body with only a company spokesperson, netizens and an unrelated post"))

A(D(82, "machine_translated", "article",
    "Musk: Shanghai factory will produce Optimus robot",
    """
According to Surge News reports, Tesla CEO Musk at the United States Texas state Austin city held annual shareholders meeting on represented, Tesla plans in the Shanghai super factory produce Optimus humanoid robot, and Chinese supply chain for robot the cost reduction will play key role.

He also said, "China's engineers are very excellent, execution ability is world first."

Musk additionally mentioned, Cybercab will in next year second quarter start volume production, and the price will be lower than 30,000 US dollars.

Analyst said, this shows Tesla in China layout further deepened.
""",
    ["Shanghai factory will produce Optimus robot",
     "Tesla plans in the Shanghai super factory produce Optimus humanoid robot",
     "Chinese supply chain for robot the cost reduction will play key role",
     "China's engineers are very excellent, execution ability is world first."],
    "translated Chinese word order with long locative phrase between subject and speech verb ('at ... held annual shareholders meeting on represented'); 'He also said' continuation; Cybercab date not gold"))

A(D(83, "machine_translated", "article",
    "Yuanhang Auto executive: I once told Musk, Chinese car will go global",
    """
Yuanhang Auto executive vice president Zhao Lichen in an interview said, he in 2019 once told Musk, Chinese car in ten years inside will go to the global market, "at that time he did not believe".

Zhao Lichen said, now Yuanhang Auto overseas sales accounts for 30%, proved that time judgment is correct.

He also said, Tesla is a respectable opponent, Chinese car enterprises should learn from Tesla software ability.
""",
    [],
    "machine-translated; another executive recounts what he told Musk; 'He also said' continuation belongs to the executive, not Musk"))

A(D(84, "machine_translated", "article",
    "Musk again praises domestic supply chain",
    """
Recently, Musk in an interview with foreign media expressed, domestic industry chain is the world's most complete, many parts in the mainland can be bought within one hour driving distance.

He also said, "Domestic workers is very diligent, this point I very admire."

He supplemented said, Tesla in future will launch more models, specific time is not yet determined.
""",
    ["domestic industry chain is the world's most complete, many parts in the mainland can be bought within one hour driving distance",
     "Domestic workers is very diligent, this point I very admire."],
    "machine-translated from a Chinese outlet: 'domestic' and 'the mainland' mean China; 'He also said' continuation gold; 'supplemented said' about models not gold; headline only describes praise"))

A(D(85, "machine_translated", "article",
    "China Qianfan constellation completes new batch networking, Musk responds Starlink plan",
    """
According to reporter learned, on 3rd, Long March 6 rocket successfully sent 18 Qianfan satellites into predetermined orbit, Qianfan constellation in-orbit satellite number reached 108.

On the same day, Musk on X said, Starlink will in next year launch direct-to-cell service in more countries, and satellite quantity will exceed 10,000.

Industry experts pointed out, Chinese commercial space development speed is obviously accelerating.
""",
    [],
    "machine-translated article about Chinese satellites; Musk's statement is about Starlink; headline says he 'responds' (description)"))

# ---------------- SHORT SUMMARY ----------------
A(D(86, "short_summary", "article",
    "Musk: Chinese automakers 'most competitive in the world'",
    "Elon Musk said on Tuesday that Chinese automakers were the most competitive in the world, and that Tesla's refreshed Model Y would reach European buyers in March.",
    ["Chinese automakers 'most competitive in the world'",
     "Chinese automakers were the most competitive in the world"],
    "one-sentence summary with two reported clauses: China claim gold, product date not gold"))

A(D(87, "short_summary", "article",
    "Musk tours Shanghai plant",
    "Elon Musk visited Tesla's Shanghai Gigafactory on Monday, meeting local officials and touring a new battery line, the company said.",
    [],
    "short summary of actions only (visit, meeting)"))

A(D(88, "short_summary", "article",
    "Musk says Beijing battery rules will backfire",
    "The Tesla CEO, in a post on X late on Sunday, wrote that Beijing's new export curbs on battery technology 'will backfire, hurting Chinese companies most.'",
    ["Beijing battery rules will backfire",
     "Beijing's new export curbs on battery technology 'will backfire, hurting Chinese companies most.'"],
    "Chinese export controls; 'the Tesla CEO' as name; time and medium phrase between subject and verb; British quotes"))

A(D(89, "short_summary", "article",
    "Analysts: Musk underestimates Chinese rivals",
    "Analysts say Musk is underestimating how quickly Chinese rivals can copy Tesla's software, according to a note from Halvorsen Capital.",
    [],
    "analysts' claim about Musk, not his statement"))

A(D(90, "short_summary", "article",
    "Tesla China sales up 12% in May",
    "Tesla's China sales rose 12% in May. Musk told staff the Shanghai plant would 'run flat out' through the summer.",
    ["the Shanghai plant would 'run flat out' through the summer"],
    "two-sentence summary; claim about Shanghai factory"))

A(D(91, "short_summary", "article",
    "Musk sets date for orbital refuelling test",
    "Elon Musk says Starship will attempt orbital refuelling next year, as China's space agency readies its own lunar lander for a 2026 launch.",
    [],
    "short summary where China appears only in the journalist's clause; his claim is about Starship"))

A(D(92, "short_summary", "article",
    "Musk rules out Tesla exit from China",
    "Musk denied that Tesla would exit China, saying the company 'is there for the long run' despite falling sales.",
    ["is there for the long run"],
    "denial: the denied proposition is not his claim; the saying clause (there = China) is gold"))

A(D(93, "short_summary", "article",
    "Kimbal Musk eyes Shenzhen farm",
    "Kimbal Musk says Chinese consumers are driving demand for vertical farming, as his start-up plans a site near Shenzhen.",
    [],
    "Kimbal Musk, not the watched speaker"))

A(D(94, "short_summary", "article",
    "Musk in Berlin",
    "'They build faster than anyone,' the billionaire said of Chinese factories during a visit to Berlin on Thursday.",
    ["They build faster than anyone"],
    "quote first, attribution after; 'they' resolved by 'of Chinese factories' after the attribution; 'the billionaire'"))

# ---------------- OTHER ----------------
A(D(95, "other", "article",
    "The Morning Charge: your EV briefing for Friday",
    """
Good morning. Here's what you need to know.

1. Rivian's new plant. The company confirmed that construction in Georgia will resume next month after a two-year pause.

2. Musk on CATL. Speaking at a battery conference in Nevada on Thursday, Elon Musk said CATL was "years ahead of everyone on manufacturing cost" and that Tesla would keep buying from the Chinese supplier "for as long as they'll sell to us."

3. EU charging rules. Brussels published final standards for public chargers, requiring card payment at all new sites.

4. Quote of the day: "We'll have a million robotaxis on the road by the end of next year," Musk told the same conference. We've heard that one before.
""",
    ["CATL was \"years ahead of everyone on manufacturing cost\"",
     "Tesla would keep buying from the Chinese supplier \"for as long as they'll sell to us.\""],
    "newsletter digest with several items; China item gold; robotaxi 'quote of the day' not gold"))

A(D(96, "other", "article",
    "Elon Musk and China",
    """
Elon Musk's business relationship with China dates to the early 2010s, when Tesla began exporting the Model S to the country. In 2018, Tesla became the first foreign carmaker permitted to build a wholly owned factory in China, in Shanghai's Lingang free-trade zone. Construction began in January 2019 and the first cars were delivered that December.

Musk has met several senior Chinese officials, including the country's premier in 2019 and again in 2024. He visited Beijing in April 2024, shortly after Tesla's driver-assistance software received a preliminary data-security clearance.

Commentators in the United States have criticised the relationship, arguing that Tesla's reliance on the Shanghai plant gives Beijing leverage over Musk. Chinese state media has generally portrayed him favourably.

See also: Tesla Gigafactory Shanghai; Tesla in China.
""",
    [],
    "encyclopedia-style profile: actions, visits, meetings and commentators' views, no statement by Musk"))

A(D(97, "other", "article",
    "Fact check: Did Elon Musk say China 'will own the 21st century'?",
    """
Claim: A post shared more than 40,000 times on Facebook says Elon Musk declared that "China will own the 21st century and America is finished."

Rating: False.

There is no record of Musk saying this in any interview, speech or post. The quote first appeared on a satire account in 2021 and has been recirculated without attribution since.

What Musk did say, in a 2023 interview with a financial television channel, was this: "China's economy has enormous momentum, and I think it'll be twice the size of the US economy eventually." He added that he did not consider that "a bad thing for the world."

Our verdict: the viral quote is fabricated, although Musk has made positive comments about the Chinese economy.
""",
    ["China's economy has enormous momentum, and I think it'll be twice the size of the US economy eventually.",
     "he did not consider that \"a bad thing for the world.\""],
    "fact-check: fabricated quote attributed to him is not gold; his real quote from years ago is gold, plus 'He added' continuation where 'that' refers to China's economy"))

A(D(98, "other", "article",
    "Fact check: Viral Taiwan quote falsely attributed to Musk",
    """
Claim: An image circulating on social media shows a quote card attributing to Elon Musk the words "Taiwan belongs to whoever builds the chips."

Rating: False.

We searched Musk's posts on X, transcripts of his interviews and news archives and found no record of the statement. The image uses a font and layout associated with a parody account.

A spokesperson for Tesla did not respond to a request for comment. Musk has not addressed the image.
""",
    [],
    "fact-check of a fabricated quote about Taiwan; no real statement of his"))

A(D(99, "other", "article",
    "Remarks by Elon Musk at the World Artificial Intelligence Conference, Shanghai (excerpt as delivered)",
    """
Thank you. It's great to be here.

I want to talk about where AI is going. I think AI will be smarter than any single human by next year, and smarter than all humans combined by around 2030. That's not hype; that's just the trend line.

China has some of the best AI talent in the world, and I've been really impressed by the engineers I've met here. The open-source models coming out of Chinese labs are genuinely world-class.

We also need to think about safety. Whatever country you're in, a superintelligence that isn't aligned with humanity is dangerous.

Thank you very much.
""",
    ["China has some of the best AI talent in the world, and I've been really impressed by the engineers I've met here. The open-source models coming out of Chinese labs are genuinely world-class."],
    "speech text in first person with no attribution verbs (speaker given in title); AI forecast and safety sentences not gold"))

A(D(100, "other", "article",
    "Tech Tonight: Musk's pay vote, Starship, and a Chinese chip surprise",
    """
Welcome to Tech Tonight, our evening newsletter.

Chip surprise. Huawei said its new Ascend accelerator matches Nvidia's previous-generation flagship, according to benchmarks it published on Wednesday. Independent testers have not verified the claim.

Pay vote. Tesla shareholders approved Elon Musk's new compensation package with 76% support. "This is a vote for the future of Tesla," Musk said afterwards.

Starship. SpaceX is targeting next month for the next flight. Musk said the ship would carry "real Starlink satellites" for the first time.

That's it for tonight.
""",
    [],
    "newsletter where a Chinese company item (Huawei) sits next to Musk items that are about pay and Starship"))
