from common import D, L

# ---------------- qa_interview ----------------
D("qa_interview", "article",
  "'They are relentless': Elon Musk on Chinese rivals, robots and regret",
  L("The Tesla chief spoke to us for 40 minutes at the company's Fremont factory. The conversation has been edited for length and clarity.",
    "Q: How worried are you about BYD and the other Chinese carmakers?",
    "A (Musk): Worried is the wrong word. They are relentless. They work seven days a week and they iterate faster than anyone in Detroit ever did.",
    "Q: Should Washington keep them out?",
    "A (Musk): I'm not in favor of tariffs in general. But I think if there are no trade barriers, they will pretty much demolish most other car companies in the world.",
    "Q: When will Optimus ship?",
    "A (Musk): Limited production next year, external sales the year after. Probably."),
  ["They are relentless. They work seven days a week and they iterate faster than anyone in Detroit ever did.",
   "if there are no trade barriers, they will pretty much demolish most other car companies in the world"],
  "Q&A format 'A (Musk):'; pronoun 'they' refers to Chinese carmakers named in the question; interviewer questions not gold; Optimus date not gold")

D("qa_interview", "article",
  "Elon Musk on Artemis, Starship and the new space race",
  L("China says it will land astronauts on the moon before 2030. We asked Musk about NASA's plans.",
    "Q: NASA says Artemis III is on track. Do you trust their timeline?",
    "A (Musk): Look, they have a lot of great people, but they are a bureaucracy. They need to take more risk, and they need to stop changing the requirements every six months.",
    "Q: Will Starship be ready?",
    "A (Musk): Starship will be ready before the rest of the architecture is, I'm confident of that."),
  [],
  "'they' refers to NASA, not China, although the intro mentions China")

D("qa_interview", "article",
  "Musk: 'My friends in Shenzhen told me we were too slow'",
  '''In a wide-ranging interview with Tech Horizon Weekly, Elon Musk reflected on the early days of Tesla's Shanghai factory.
"My friends in Shenzhen told me, 'You guys are too slow.' They were right," Musk said. "We learned more from building in China in one year than in the previous five years in California."
Asked whether he still sleeps at the factory, the billionaire laughed. "Less than I used to."
He also talked about his children, saying he tries to take at least one of them on every work trip.''',
  ["My friends in Shenzhen told me we were too slow",
   "My friends in Shenzhen told me, 'You guys are too slow.' They were right",
   "We learned more from building in China in one year than in the previous five years in California."],
  "nested quote; headline carrying his claim; quote continuation; remarks about his children and sleeping at the factory not gold")

D("qa_interview", "article",
  "Lumen Auto founder: 'Elon says nice things about us, but he wants to beat us'",
  L("Chen Yiming founded Hefei-based Lumen Auto in 2018. Its SUVs now outsell Tesla's Model Y in three Chinese provinces.",
    "Q: Elon Musk has praised Chinese carmakers many times. Does that help you?",
    "A (Chen): Elon likes to say nice things about us, but he still wants to beat us. I respect that.",
    "Q: You met him in Shanghai last year. What did you talk about?",
    "A (Chen): I told him our batteries were cheaper than his. He laughed.",
    "Q: Will you sell in the US?",
    "A (Chen): Not while the tariffs are 100%."),
  [],
  "rival talks about Musk and what he told Musk; interviewer characterises him; no statement of Musk's")

D("qa_interview", "article",
  "Musk on TikTok: 'ByteDance should not be forced to sell'",
  L("Elon Musk sat down with our reporter in Austin ahead of the congressional deadline on TikTok.",
    "Q: Congress wants ByteDance out of TikTok. Where do you stand?",
    "A: I've been against a ban. I don't think ByteDance should be forced to sell TikTok. That's not how free speech works.",
    "Q: Would X or one of your companies bid for it?",
    "A: No. If they do sell, I'm not a buyer. I have enough on my plate.",
    "Q: What about Starlink in Ukraine?",
    "A: Starlink will keep working there. We've never switched it off."),
  ["ByteDance should not be forced to sell",
   "I don't think ByteDance should be forced to sell TikTok.",
   "If they do sell, I'm not a buyer."],
  "TikTok/ByteDance; unlabelled 'A:' answers are Musk's (named in intro); 'they' = ByteDance; Starlink answer not gold")

D("qa_interview", "article",
  "Maye Musk: 'Chinese fans are the kindest in the world'",
  L("Model and author Maye Musk has become a social-media star in China. We spoke to her in Beijing.",
    "Q: Why do you think Chinese audiences love you?",
    "A: Chinese fans are the kindest in the world. They write me letters in English and Chinese.",
    "Q: Does your son Elon give you advice about China?",
    "A: He's too busy! I give him advice.",
    "Q: Will you live here?",
    "A: Maybe for a few months a year. I love Shanghai."),
  [],
  "other person named Musk (Maye Musk); the watched speaker is only mentioned")

D("qa_interview", "article",
  "Elon Musk: 'Are we supposed to pretend they're not good?'",
  L("At a fireside chat hosted by the Milken Institute, moderator Ana Ruiz pressed Musk on Chinese EVs.",
    "Ruiz: Critics say you're too generous about Chinese automakers.",
    "Musk: Are we supposed to pretend they're not good? They're very good.",
    "Ruiz: Some senators want a 500% tariff.",
    "Musk: Sure, let's just put a 500% tariff on everything from China, that'll fix it. Come on.",
    "Ruiz: And what about the Roadster?",
    "Musk: Demo by the end of the year. Hopefully."),
  ["Are we supposed to pretend they're not good? They're very good.",
   "Sure, let's just put a 500% tariff on everything from China, that'll fix it. Come on."],
  "rhetorical question; sarcasm; pronoun after moderator's question about Chinese automakers; Roadster date not gold")

D("qa_interview", "article",
  "Musk: America's grid is the bottleneck",
  L("In an interview with Energy Ledger, Elon Musk talked about power demand from AI data centres.",
    "Q: China installed more solar last year than the US has in its history. How does America catch up?",
    "A (Musk): We need to permit transmission lines in months, not decades. That's the whole thing. And utilities need to stop saying no to batteries.",
    "Q: Will Tesla Megapacks be enough?",
    "A (Musk): Megapack production in Lathrop will double next year."),
  [],
  "question mentions China, but his answers are about US grid permitting and Megapack production")

# ---------------- opinion ----------------
D("opinion", "article",
  "Musk and China: the debate goes on",
  '''Few relationships in global business draw as much scrutiny as the one between Elon Musk and Beijing. Critics in Washington say Tesla's dependence on its Shanghai factory makes its chief executive reluctant to criticise the Communist Party. Supporters say he is simply pragmatic.
Musk himself has never been shy. "China is going to be the biggest car market in the world for a very long time, and we would be crazy not to be there," he said at a Tesla event in Palo Alto last month.
That candour is unusual among Western CEOs. Whether it serves Tesla's shareholders is another matter.''',
  ["China is going to be the biggest car market in the world for a very long time, and we would be crazy not to be there"],
  "framing headline ('the debate goes on') over a body that does contain a plain quote (gold); journalist analysis not gold")

D("opinion", "article",
  "Musk and China: the debate goes on",
  '''Every few months the question returns: is Elon Musk too close to Beijing? The answer depends on whom you ask.
To hawks in Congress, Tesla's Shanghai plant, which produces roughly half the company's cars, is a hostage. To Chinese officials, Musk is a model foreign investor whose factory was built in under a year with cheap loans from state banks.
What is clear is that the relationship has paid off for both sides. Tesla got scale; China got a catfish that forced its domestic carmakers to improve.
Whether that balance survives a new round of tariffs is the real debate.''',
  [],
  "framing headline with no statement of his in the body; journalist analysis only")

D("opinion", "article",
  "Tesla's China bet is five years old. Was Musk right?",
  '''When Tesla broke ground on its Shanghai factory in January 2019, Elon Musk declared that "China is the future" and promised the plant would be building cars by the end of that year. Many analysts laughed. It was building Model 3s by October.
Five years on, the factory is Tesla's biggest, and Musk's enthusiasm has not cooled. Last week he told investors that Chinese customers were "the most demanding in the world, in a good way".
Yet the market he bet on has turned into the most competitive on earth, and Tesla's share of it is sliding.''',
  ["China is the future",
   "Chinese customers were \"the most demanding in the world, in a good way\""],
  "quote from years ago recalled (gold); reported speech with embedded quote; columnist analysis not gold")

D("opinion", "article",
  "The convenient myth of Elon Musk, China hawk",
  '''Musk has long courted Beijing. He has dined with Premier Li Qiang, toured the Forbidden City with Tesla's China chief and watched as Chinese regulators waved through approvals that took rivals years.
Critics say he tailors his public posture to whatever audience is in front of him. Former Tesla employees describe a CEO who reads Chinese sales data every morning.
None of this is illegal. But it should make Washington think twice before treating him as an adviser on China policy.''',
  [],
  "journalist's description/analysis and deeds only; no statement of his")

D("opinion", "article",
  "What happens to Tesla if Taiwan becomes a flashpoint?",
  '''Investors rarely price in geopolitics until it is too late. Tesla is a case in point.
Musk told an investor conference last year that Tesla's Shanghai output could be at risk if tensions over Taiwan escalated, a rare admission from a chief executive who usually plays down China risk. "We'd have to reroute a lot of things, and it would be painful," he said.
Tesla's filings say little about contingency planning. Shareholders deserve more.''',
  ["Tesla's Shanghai output could be at risk if tensions over Taiwan escalated",
   "We'd have to reroute a lot of things, and it would be painful"],
  "hedged/conditional claim about Shanghai output and Taiwan; 'it' continuation after the China context")

D("opinion", "article",
  "China's overcapacity problem is the world's problem",
  '''Beijing's industrial policy has produced more steel, more solar panels and more electric cars than the world can absorb. Prices are collapsing, and factories from Ohio to Bavaria are feeling it.
Elon Musk, for one, appears preoccupied with other things. He said this week that Starship would carry the first humans to Mars by 2029 and that SpaceX would build "a city of a million people" there.
Meanwhile, the EU is weighing new duties on Chinese batteries, and the IMF has warned of a trade shock.''',
  [],
  "column about China; his statements in it are about Mars/Starship, not China")

D("opinion", "article",
  "DeepSeek shook Silicon Valley. Musk's reaction was telling",
  '''When Hangzhou-based DeepSeek released a model that matched American rivals at a fraction of the cost, most tech executives stayed quiet. Elon Musk did not.
"DeepSeek is impressive, no question. But they will hit the compute wall like everyone else," he posted on X. He later wrote that the company had "obviously" used far more GPUs than it disclosed.
That scepticism may be self-serving: xAI is spending billions on chips. But it is also not wrong.''',
  ["DeepSeek is impressive, no question. But they will hit the compute wall like everyone else",
   "the company had \"obviously\" used far more GPUs than it disclosed"],
  "named Chinese company (DeepSeek); 'they'/'the company' referring back; author's analysis not gold")

# ---------------- aggregator_headline ----------------
D("aggregator_headline", "article",
  "Musk says China has an electricity advantage - Reuters",
  "Tesla CEO Elon Musk said on Monday that China's cheap and abundant power gives its factories an edge over the United States in artificial intelligence.",
  ["China has an electricity advantage",
   "China's cheap and abundant power gives its factories an edge over the United States in artificial intelligence"],
  "aggregator title: gold without ' - Reuters' suffix")

D("aggregator_headline", "article",
  "Musk posts about Chinese battery prices - Bloomberg",
  "",
  [],
  "headline fragment describing that he talked, no claim")

D("aggregator_headline", "article",
  "Musk says Chinese battery prices will halve - CNBC",
  "",
  ["Chinese battery prices will halve"],
  "headline carrying his claim; publisher suffix excluded")

D("aggregator_headline", "article",
  "Elon Musk's brother Kimbal says China's food tech is years ahead - Fortune",
  "Kimbal Musk, a Tesla board member and restaurateur, said Chinese vertical farms are far more automated than anything in the US.",
  [],
  "other person named Musk (Kimbal Musk)")

D("aggregator_headline", "article",
  "Elon Musk: BYD cars are 'very competitive' these days - Electrek",
  "",
  ["BYD cars are 'very competitive' these days"],
  "colon headline carrying claim about a named Chinese company")

D("aggregator_headline", "article",
  "Musk meets Chinese premier in Beijing as Tesla pushes FSD rollout - South China Morning Post",
  "The Tesla chief held talks with Li Qiang on Sunday, state media said.",
  [],
  "deed (met), not a statement")

D("aggregator_headline", "article",
  "Tesla's Musk praises Xiaomi's SU7, says the company 'will be a top-five automaker' - Bloomberg.com",
  "",
  ["the company 'will be a top-five automaker'"],
  "two-verb headline; 'the company' refers back to Xiaomi; suffix excluded")

D("aggregator_headline", "article",
  "Musk and China: what the billionaire's Beijing ties mean for Tesla investors - Barron's",
  "",
  [],
  "framing headline without a claim")

D("aggregator_headline", "article",
  "Elon Musk says Tesla will not exit China despite tariff fight - Yahoo Finance",
  "Musk, responding to a shareholder on X, said the company's Shanghai plant would keep running at full capacity.",
  ["Tesla will not exit China despite tariff fight",
   "the company's Shanghai plant would keep running at full capacity"],
  "aggregator title with suffix; snippet with reported speech")

D("aggregator_headline", "article",
  "Analysts say Musk overstates China threat to Tesla - Financial Times",
  "",
  [],
  "analysts' words with Musk as object")

D("aggregator_headline", "article",
  "Musk: Chinese tariffs 'make no sense' for consumers - Business Insider",
  "",
  ["Chinese tariffs 'make no sense' for consumers"],
  "colon headline with claim on tariffs; suffix excluded")

D("aggregator_headline", "article",
  "Musk says next Starship flight in four weeks as China readies rival megaconstellation - Space.com",
  "SpaceX's CEO gave the timeline on X. Separately, China launched the first batch of its Qianfan satellites.",
  [],
  "his claim in the headline is about Starship; China appears only in the neighbouring clause")
