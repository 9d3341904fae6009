from common import T, doc

DOCS = []
A = DOCS.append

# ---------------- QA INTERVIEW ----------------
A(doc("qa_interview", "article",
"Elon Musk: 'China is not the enemy'",
T("""
The Tesla and SpaceX chief spoke with us for about forty minutes in Austin, between a board meeting and a flight to Los Angeles. The interview has been edited for length and clarity.

Q: You've been critical of tariffs. Is Washington too hawkish on China?

A (Musk): I think there's a lot of reflexive hostility toward China in Washington. China is not the enemy. The Chinese people are hard-working and smart, and most of them want the same things Americans want.

Q: Should Tesla be worried about BYD?

A (Musk): They're very good. I've said that for a while. They make great cars at a very low cost, and we take them seriously.

Q: When will Optimus be on sale to other companies?

A (Musk): Limited production this year, external customers probably next year. I've been wrong on timelines before, so take that with a grain of salt.

Q: Last one. Do you still sleep at the factory?

A (Musk): Less than I used to. My kids complain.
"""),
["China is not the enemy",
 "I think there's a lot of reflexive hostility toward China in Washington.",
 "China is not the enemy.",
 "The Chinese people are hard-working and smart, and most of them want the same things Americans want.",
 "They're very good. I've said that for a while. They make great cars at a very low cost, and we take them seriously."],
"Q&A format (Q: / A (Musk):); headline quote carries claim (also repeated in body); 'They' refers back to BYD named in the question; interviewer questions and Optimus/family answers not gold"))

A(doc("qa_interview", "article",
"Elon Musk on Starship, Mars and why he still worries about paperwork",
T("""
We caught up with Elon Musk at Starbase in South Texas, a day after the latest Starship test flight. Questions and answers have been condensed.

Q: Many people say China's space program could beat SpaceX to Mars. Is that a worry for you?

A: Honestly, I don't think about other programs much. Our biggest enemy is physics, and the second biggest is paperwork.

Q: What's the hardest part of the ship right now?

A: The heat shield. We lose tiles on every flight. We need a shield that can fly again the same day with no inspection.

Q: And Tesla? Sales in Asia have been soft.

A: Let me answer a different question. The thing that matters most this year is getting the ship to orbit and catching it.

Q: When do humans go to Mars?

A: If we're lucky, the first crewed ships leave in about four years.
"""),
[],
"interviewer questions mention China; his answers are about physics, heat shield, Mars (not gold)"))

A(doc("qa_interview", "article",
"In conversation: Elon Musk on the electricity race",
T("""
Musk, who joined our video call from a conference room at Tesla's Texas gigafactory shortly after midnight local time and apologised twice for the delay, said that China was "way ahead" of the United States in building new power generation.

"China's going to have something like three times the electricity output of the U.S. within a few years," he said. "That's a huge advantage for AI."

He added that Chinese solar manufacturers had "basically won" the panel market, and that American policy makers were "only now waking up to it."

Asked whether he would build a data centre outside the U.S., he said xAI's next cluster would be in Memphis "because that's where we could get the power fastest."

On his schedule, he was less precise. "I work most of the time. I'm not sure that's healthy," he said, laughing.
"""),
["China was \"way ahead\" of the United States in building new power generation",
 "China's going to have something like three times the electricity output of the U.S. within a few years",
 "That's a huge advantage for AI.",
 "Chinese solar manufacturers had \"basically won\" the panel market"],
"subject and speech verb far apart; 'That' refers back to China's electricity output; 'he added' continuation; Memphis data centre and schedule remarks not gold"))

A(doc("qa_interview", "article",
"Q&A: Lumora Auto's founder on competing with Tesla, and what Musk told him",
T("""
Shen Kaiwen founded Lumora Auto in Hangzhou six years ago. The company now sells about 30,000 cars a month. We spoke to him at the Shanghai auto show.

Q: You met Elon Musk last year in California. What did he say to you?

A (Shen): He told me our software was better than he expected. He was very generous. I think he respects Chinese engineers more than most Western executives do.

Q: Is Tesla still the benchmark?

A (Shen): For manufacturing, yes. For software in China, I think we are ahead now.

Q: What about Europe?

A (Shen): We will launch in Germany next spring. The tariffs make it harder, but not impossible.
"""),
[],
"Q&A with a Chinese CEO who paraphrases what Musk told him; someone else's words with Musk as object"))

A(doc("qa_interview", "article",
"Musk, in Hong Kong Q&A, keeps door open on listing",
T("""
Elon Musk appeared by video at a financial-industry summit in Hong Kong on Thursday. Below is an edited transcript of his exchange with the moderator, Victoria Leung.

Moderator: Would you ever list a Tesla subsidiary here in Hong Kong?

Musk: I wouldn't rule out a Hong Kong listing for one of the units. Hong Kong has deep capital markets and a lot of investors who understand Chinese manufacturing.

Moderator: Some investors worry about political risk.

Musk: Every market has risk. I'd say the mainland has been a very good partner for Tesla, and I expect that to continue.

Moderator: What about Starlink in Asia?

Musk: We're live in a lot of countries. Regulators move at their own pace. We're patient.
"""),
["I wouldn't rule out a Hong Kong listing for one of the units.",
 "Hong Kong has deep capital markets and a lot of investors who understand Chinese manufacturing.",
 "I'd say the mainland has been a very good partner for Tesla, and I expect that to continue."],
"Hong Kong; 'the mainland' as China reference; hedged claim; headline only describes ('keeps door open'); Starlink answer not gold"))

A(doc("qa_interview", "article",
"Elon Musk: 'They want to regulate everything'",
T("""
The X owner sat down with us in Paris after a meeting with French officials. Edited excerpts follow.

Q: The European Commission fined X last month under the Digital Services Act. What's your response?

A (Musk): They want to regulate everything, including things they don't understand. We'll appeal.

Q: Do Chinese AI labs benefit from lighter regulation than American ones?

A (Musk): I'd rather talk about what we're doing. Grok 5 should be out by the end of the year, and it'll be the smartest AI on Earth by a lot.

Q: Will you move X's European headquarters out of Ireland?

A (Musk): No plans. Dublin is fine.
"""),
[],
"opposite pronoun trap: 'They' refers to European regulators; interviewer's China question gets an answer about Grok (not gold); headline quote not about China"))

A(doc("qa_interview", "article",
"The Big Interview: Elon Musk on rare earths, robots and Washington",
T("""
Elon Musk has had a turbulent year: a public break with the White House, a brutal quarter for Tesla's car sales and a bet-the-company push into humanoid robots. We spoke to him at Tesla's engineering headquarters in Palo Alto. The conversation has been edited.

Q: How exposed is Optimus to China's export controls on rare-earth magnets?

A (Musk): Quite exposed, honestly. We need licences from Beijing for the magnets in the actuators, and we're working through that with them.

Q: Are you looking at alternatives?

A (Musk): Yes, but China processes most of the world's rare earths. You can't replace that overnight. Anyone who tells you otherwise hasn't built a factory.

Q: Is there a risk Beijing uses that leverage against you?

A (Musk): They've been reasonable so far. I hope it stays that way.

Q: You've stepped back from politics. For good?

A (Musk): I've done my part. I'm focused on the companies now.

Q: What's the Optimus production target?

A (Musk): A few thousand this year if the supply chain cooperates. Much more next year.

Q: And the Roadster?

A (Musk): We'll demo it before the end of the year. It'll be the most exciting product demo ever, possibly.
"""),
["We need licences from Beijing for the magnets in the actuators, and we're working through that with them.",
 "China processes most of the world's rare earths. You can't replace that overnight.",
 "They've been reasonable so far. I hope it stays that way."],
"Chinese export controls; 'them'/'They' refer back to Beijing; politics, Optimus target and Roadster answers not gold; long Q&A"))

# ---------------- AGGREGATOR HEADLINES ----------------
A(doc("aggregator_headline", "article",
"Musk says China has an 'unbeatable' battery supply chain - Reuters",
"",
["China has an 'unbeatable' battery supply chain"],
"aggregator title: gold is the claim without ' - Reuters' suffix"))

A(doc("aggregator_headline", "article",
"Musk posts about Chinese battery prices on X - Electrek",
"",
[],
"headline fragment that only describes that he posted; no claim"))

A(doc("aggregator_headline", "article",
"Elon Musk: Chinese carmakers will 'demolish' rivals without trade barriers - CNBC",
"Tesla CEO Elon Musk said on Wednesday that Chinese automakers were the most competitive in the world and would take a large share of global sales if tariffs were removed.",
["Chinese carmakers will 'demolish' rivals without trade barriers",
 "Chinese automakers were the most competitive in the world and would take a large share of global sales if tariffs were removed"],
"aggregator title with colon attribution carrying claim plus snippet with reported speech"))

A(doc("aggregator_headline", "article",
"Musk and China: what Tesla's CEO did, and didn't do, in Beijing - Bloomberg",
"Elon Musk's weekend visit to Beijing produced photo opportunities with officials and a flurry of speculation about Tesla's self-driving plans, but few concrete announcements.",
[],
"aggregator framing headline and snippet about a visit; no statement"))

A(doc("aggregator_headline", "article",
"Tesla's Musk praises Xiaomi SU7, says Chinese EV makers 'deserve respect' - South China Morning Post",
"",
["Chinese EV makers 'deserve respect'"],
"aggregator title with two verbs; gold is the claim part without publisher suffix"))

A(doc("aggregator_headline", "article",
"Xiaomi auto chief Luo Wenbin says Musk 'inspired' him to build cars - Yahoo Finance",
"Luo Wenbin, who runs Xiaomi's electric-vehicle unit, said on Tuesday that Elon Musk had inspired him to enter the car industry, and that Xiaomi would 'learn from Tesla but not copy it.'",
[],
"another person's words about Musk; not his statement"))

A(doc("aggregator_headline", "article",
"Musk says he 'never' asked Beijing for favours on FSD approval - Financial Times",
"",
["he 'never' asked Beijing for favours on FSD approval"],
"denial that states his claim; aggregator suffix"))

A(doc("aggregator_headline", "article",
"Musk reacts to BYD outselling Tesla - Business Insider",
"Tesla CEO Elon Musk responded to a post about BYD's quarterly sales with a laughing emoji and a GIF of a sinking ship, drawing thousands of replies.",
[],
"headline describes a reaction; emoji/GIF reply is not a statement"))

A(doc("aggregator_headline", "article",
"Elon Musk says tariffs on Chinese EVs are a mistake - Nikkei Asia",
"",
["tariffs on Chinese EVs are a mistake"],
"aggregator title carrying claim about tariffs on China"))

A(doc("aggregator_headline", "article",
"Kimbal Musk says China's vertical farms are 'the future' - Fortune",
"Kimbal Musk, the food entrepreneur and brother of Tesla CEO Elon Musk, praised Chinese agricultural technology during a visit to Shandong province.",
[],
"Musk-like name (Kimbal Musk), not the watched speaker"))

A(doc("aggregator_headline", "article",
"Musk: DeepSeek shows China can build AI cheaply - Bloomberg.com",
"",
["DeepSeek shows China can build AI cheaply"],
"aggregator title with colon attribution; DeepSeek"))

# ---------------- SHORT SUMMARY ----------------
A(doc("short_summary", "article",
"Tesla Shanghai hits 3 million cars",
"Elon Musk said on Thursday that Tesla's Shanghai factory had built its three-millionth car faster than any plant in automotive history. \"The team in China is incredible,\" he said.",
["Tesla's Shanghai factory had built its three-millionth car faster than any plant in automotive history",
 "The team in China is incredible"],
"plain positive; two-sentence RSS summary"))

A(doc("short_summary", "article",
"Musk tours Giga Shanghai",
"Tesla CEO Elon Musk visited the company's Shanghai Gigafactory on Monday, touring the Megapack line and meeting local officials, according to people familiar with the matter.",
[],
"action (visited, toured, met) rather than statement"))

A(doc("short_summary", "article",
"Musk sees Chinese automakers winning big global share",
"The billionaire Tesla chief told investors on Tuesday that Chinese automakers would take \"a significant share\" of the global market, but said Tesla would stay the leader in autonomy.",
["Chinese automakers winning big global share",
 "Chinese automakers would take \"a significant share\" of the global market"],
"'the billionaire' as name variant; headline carries claim; second clause about autonomy leadership not about China"))

A(doc("short_summary", "article",
"Musk talks China, AI and Mars in wide-ranging interview",
"In a wide-ranging interview released on Sunday, Elon Musk discussed China, artificial intelligence and his plans for Mars.",
[],
"headline and summary only describe that he talked about China"))

A(doc("short_summary", "article",
"Musk says BYD 'much stronger than people realise'",
"Tesla's chief executive made the remarks during a livestream on X on Saturday evening.",
["BYD 'much stronger than people realise'"],
"short headline carrying claim; body only describes"))

A(doc("short_summary", "article",
"SpaceX's Musk says next Starship launch set for late June",
"Elon Musk said on Friday the next Starship test flight would take place in late June, pending FAA approval, as China's commercial rocket firms ramp up their own launch schedules.",
[],
"neighbourhood: China mentioned by journalist; his claim is about a launch date"))

A(doc("short_summary", "article",
"Six years on, Giga Shanghai makes half of Tesla's cars",
"Six years after Elon Musk declared that \"China is the future\" at the plant's groundbreaking, the Shanghai factory now builds roughly half of all Tesla vehicles.",
["China is the future"],
"quote from years ago recalled in a summary"))

A(doc("short_summary", "article",
"Analysts: Musk underestimates Chinese push into Europe",
"Analysts at Morrow Capital say Elon Musk is underestimating Chinese carmakers' push into Europe, citing BYD's rapid growth in Germany and Spain.",
[],
"analysts' view about Musk; not his statement"))

A(doc("short_summary", "article",
"Musk responds to China price-cut chatter",
"Elon Musk on Tuesday denied that Tesla would cut prices again in China, writing on X that Tesla had \"no plans\" to cut Chinese prices further this year.",
["Tesla had \"no plans\" to cut Chinese prices further this year"],
"denial where gold is only the clause stating his claim; X post paraphrase; headline only describes a response"))
