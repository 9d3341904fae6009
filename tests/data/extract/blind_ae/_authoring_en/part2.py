from common import D

DOCS = []
A = DOCS.append

# 29 qa POS
A(D(29, "qa_interview", "article",
"Q&A: Elon Musk on China, competition and the cheaper Tesla",
'''Elon Musk spoke with our reporters for 40 minutes at Tesla's Fremont factory on Monday. The conversation has been edited for length and clarity.

Q: BYD outsold Tesla again last quarter. Is that a problem?

A (Musk): Look, BYD makes good cars, and the Chinese companies in general are extremely competitive. They have a huge cost advantage on batteries.

Q: Will the cheaper model be built in Shanghai?

A (Musk): Initially in Shanghai and Texas. Shanghai is the fastest factory we have at ramping a new product.

Q: When does the Roadster arrive?

A (Musk): We'll show it before the end of the year. I know I've said that before.''',
["BYD makes good cars, and the Chinese companies in general are extremely competitive",
 "They have a huge cost advantage on batteries.",
 "Initially in Shanghai and Texas.",
 "Shanghai is the fastest factory we have at ramping a new product."],
"Q&A format 'Q: ... A (Musk): ...'; interviewer questions not gold; 'They' refers back to Chinese companies; Roadster answer not gold"))

# 30 qa NEG
A(D(30, "qa_interview", "article",
"Q&A: Musk on Starship and Mars after his China trip",
'''Elon Musk returned from a two-day trip to Shanghai last week, where he met suppliers and toured Tesla's factory. We spoke to him by phone on Sunday; he asked to keep the conversation to space.

Q: When is the next Starship flight?

Musk: Probably in five or six weeks. The new heat shield is a big improvement.

Q: And Mars?

Musk: We're aiming to send the first uncrewed ships at the end of 2026. Maybe 50-50 on that timeline.

Q: Will people ever live there?

Musk: I think so, within our lifetimes. It's the most inspiring thing I can think of.''',
[],
"headline and intro mention China trip (his actions); all his answers are about space"))

# 31 qa POS rhetorical question
A(D(31, "qa_interview", "article",
"Musk on infrastructure, permits and speed: an interview",
'''The following interview took place at SpaceX's Starbase facility in Texas. It has been lightly edited.

Q: You've been critical of California's high-speed rail project. Why?

Musk: Why can China build a high-speed rail line in three years when California can't build one in fifteen? That's the question nobody in Sacramento wants to answer.

Q: Is that fair? China has a very different political system.

Musk: Sure, but they also just have a culture of getting things done. Their permitting takes weeks, ours takes years.

Q: What would you change first?

Musk: I'd delete most environmental review requirements for projects that obviously help the environment, like solar and transmission lines.''',
["Why can China build a high-speed rail line in three years when California can't build one in fifteen?",
 "Sure, but they also just have a culture of getting things done.",
 "Their permitting takes weeks, ours takes years."],
"rhetorical question of his about China (gold); 'they'/'their' refer back to China from the question; Sacramento and US permitting remarks not gold"))

# 32 qa NEG Kimbal
A(D(32, "qa_interview", "article",
"Kimbal Musk: 'China taught me how to think about food at scale'",
'''Kimbal Musk, the restaurant entrepreneur and Tesla director, spoke to us on the sidelines of a food-tech conference in Singapore.

Q: You've spent a lot of time in China this year. Why?

Kimbal Musk: Because that's where the scale is. Chinese vertical farming companies are doing things nobody else is doing.

Q: Does your brother share your enthusiasm for China?

Kimbal Musk: You'd have to ask Elon. We talk about food, not geopolitics.

Q: What's next for your farms?

Musk: We're opening two new farms in the Midwest.''',
[],
"namesake: Kimbal Musk interview; last answer labelled just 'Musk:' is still Kimbal"))

# 33 qa POS labels change
A(D(33, "qa_interview", "article",
"Interview: Elon Musk on Giga Shanghai, export controls and the price war",
'''This interview has been condensed and edited.

Q: How is Giga Shanghai doing?

Elon Musk: It's our highest-volume plant, and the team there is incredible.

Q: The price war in China has hit margins. Will you keep cutting prices?

Musk: We'll do what it takes to stay competitive in China, but we're not going to chase the market to the bottom.

Q: Beijing has restricted exports of some battery materials. Does that worry you?

EM: It's a concern. If China restricts graphite exports further, every battery maker outside China has a problem, including us.

Q: Last question - when is the next Starship flight?

EM: Hopefully next month.''',
["It's our highest-volume plant, and the team there is incredible.",
 "We'll do what it takes to stay competitive in China, but we're not going to chase the market to the bottom.",
 "It's a concern. If China restricts graphite exports further, every battery maker outside China has a problem, including us."],
"speaker labels change mid-way (Elon Musk: / Musk: / EM:); Chinese export controls; conditional; Starship answer not gold"))

# 34 qa NEG battery CEO
A(D(34, "qa_interview", "article",
"Q&A: Sodium-ion pioneer on Tesla, costs and the West",
'''Fang Liyuan founded Ningbo-based battery start-up Zhenhai Cell in 2017. She spoke to us at the company's headquarters.

Q: You met Elon Musk last year. What did you talk about?

Fang: I told Elon Musk that Chinese cell makers would be cheaper than anyone in the world for at least ten years. He listened carefully.

Q: Did he agree?

Fang: He said he thought we were right about cost, but wrong about energy density. I think he will change his mind.

Q: Will Tesla buy from you?

Fang: That is a question for Tesla.''',
[],
"a Chinese CEO relaying what she told Musk and what he said to her - her words, not his statement"))

# 35 qa POS TikTok
A(D(35, "qa_interview", "article",
"Musk on TikTok, X and free speech",
'''Elon Musk spoke to us at X's offices in San Francisco. Questions are in bold in the print edition.

Q: Should TikTok be banned in the US?

A: I've been against a TikTok ban, even though it would help X. But the issue with TikTok is real: its parent company is subject to Chinese law, and the Chinese government can ask for the data whenever it wants.

Q: So what's the answer?

A: Force a sale to a non-Chinese owner or keep it, but don't pretend ByteDance is independent from Beijing. It isn't.

Q: How is X doing financially?

A: Revenue is roughly flat, but we're profitable on an operating basis.''',
["I've been against a TikTok ban, even though it would help X.",
 "But the issue with TikTok is real: its parent company is subject to Chinese law, and the Chinese government can ask for the data whenever it wants.",
 "Force a sale to a non-Chinese owner or keep it, but don't pretend ByteDance is independent from Beijing. It isn't."],
"TikTok / ByteDance and Beijing (Chinese company); bare 'A:' labels are Musk; X finances answer not gold"))

# 36 qa NEG lidar
A(D(36, "qa_interview", "article",
"Q&A: Musk doubles down on cameras over lidar",
'''Days after returning from China, where several carmakers now fit lidar sensors as standard, Elon Musk sat down with us at Tesla's Palo Alto office.

Q: Why not add lidar to Teslas?

Musk: Because humans drive with eyes and a brain. Cameras plus neural nets are the right answer. Lidar is an expensive crutch.

Q: What about radar?

Musk: High-resolution radar could be useful in fog. We're testing it, but no decision yet.

Q: When will FSD be unsupervised in the US?

Musk: In some cities, this year.''',
[],
"self-driving sensors in general; China appears only in the journalist's intro"))

# 37 opinion POS framing
A(D(37, "opinion", "article",
"Musk and China: the debate goes on",
'''Few business relationships have been picked over as thoroughly as the one between Elon Musk and Beijing. Critics in Washington say Tesla's dependence on its Shanghai plant leaves its CEO reluctant to criticise the Chinese government. His defenders argue that he simply says what he sees. On Tuesday, he gave both camps new material. "China is going to be the toughest competitor Tesla has ever had, and anyone who tells you otherwise hasn't been to a Chinese car factory," Musk told a conference in Miami. That is not the language of someone doing Beijing's bidding, nor is it a criticism. It is an engineer's assessment, and on the evidence, it is correct. The question for investors is whether Tesla can keep up.''',
["China is going to be the toughest competitor Tesla has ever had, and anyone who tells you otherwise hasn't been to a Chinese car factory"],
"framing headline over a body that does contain his China quote; columnist's analysis not gold"))

# 38 opinion NEG framing
A(D(38, "opinion", "article",
"Musk and China: the debate goes on",
'''Elon Musk has long courted Beijing. Tesla's Shanghai factory, built in record time with cheap loans from Chinese state banks, remains the company's largest. Critics say the billionaire is too dependent on China's goodwill; supporters say he is merely pragmatic. What is striking is how little he now says on the subject. At a conference in Miami this week he spoke for an hour about robots, rockets and artificial intelligence, and did not mention China once. Silence, in this case, is a strategy.''',
[],
"same framing headline over a body with only the columnist's description"))

# 39 opinion POS sarcasm
A(D(39, "opinion", "article",
"Opinion: Musk's sarcasm about Chinese EVs hides an uncomfortable truth",
'''When a Republican senator posted over the weekend that Chinese electric cars were "cheap junk propped up by subsidies," Elon Musk could not resist. "Sure, Chinese EVs are terrible. That's why they're outselling everyone on every continent except this one," he replied on X. The sarcasm was characteristic. But beneath it is a point that American policymakers would rather not confront: the cars are good. I drove three of them in Shenzhen last month, and each was better equipped than anything comparable on sale in Ohio. Musk is not a neutral observer, of course; Tesla competes with these companies and benefits from tariffs that keep them out. Still, on this one, he is right.''',
["Sure, Chinese EVs are terrible. That's why they're outselling everyone on every continent except this one"],
"sarcasm (still his statement about China); senator's quote and columnist's view not gold"))

# 40 opinion NEG wrong paraphrase
A(D(40, "opinion", "article",
"No, Elon Musk did not say Chinese cars are better than American ones",
'''At a rally in Michigan on Saturday, a congressional candidate told supporters that "even Elon Musk says Chinese cars are better than ours." It is a good line. It is also, as far as anyone can tell, untrue. We searched Musk's posts on X, his interviews and the transcripts of Tesla's earnings calls over the past two years and found no such statement. The remark the candidate appears to have had in mind was a post in which Musk praised the durability of SpaceX's Raptor engines compared with older rocket motors. Politicians are entitled to their talking points. They are not entitled to invent quotes.''',
[],
"someone paraphrasing him wrongly; a fact-check headline negating the claim"))

# 41 opinion POS long
A(D(41, "opinion", "article",
"Analysis: What Musk's shareholder letter tells us about Tesla's next decade",
'''Elon Musk's annual letter to shareholders, published on Monday, runs to 14 pages and is by turns visionary, combative and oddly specific. It is worth reading in full, but a few themes stand out. The first is robots. Musk writes that Optimus "will be the most valuable product ever made by any company," a claim he has made before but never in writing to investors. The second is autonomy. The letter says Tesla expects unsupervised Full Self-Driving to be "widely available" in the United States by the end of next year, and it devotes four pages to the company's AI training clusters. The third is energy, where Musk notes that Megapack deployments doubled last year. Then there is a single, arresting sentence on page nine: "Our Shanghai factory remains the benchmark for speed and cost, and China will remain one of our two most important markets for the foreseeable future." It is the only mention of China in the document. Investors hoping for detail on the cheaper Model Y will be disappointed; the letter says only that it is "on track." Musk also uses the letter to defend his political activity, writing that he has "stepped back" from government work. The tone is confident. Whether the numbers support it is another question. Tesla's vehicle deliveries fell for the second consecutive year, and its automotive margins remain well below their 2022 peak. Musk's letter does not dwell on either fact.''',
["Our Shanghai factory remains the benchmark for speed and cost",
 "China will remain one of our two most important markets for the foreseeable future"],
"long analysis; one China sentence (two points) in a letter full of other claims; quote introduced in one sentence with the attribution before"))

# 42 opinion NEG politics
A(D(42, "opinion", "article",
"Musk's Washington experiment is over. What did it achieve?",
'''For a few months, Elon Musk was the most powerful unelected official in Washington. He promised to cut $2 trillion from the federal budget; he later said the figure had been "a stretch goal." He told a cabinet meeting that the deficit was "an existential threat to America." Critics noted that his companies held billions in government contracts. Others pointed to China, whose government has watched America's political turbulence with interest, and to Tesla's large exposure to the Chinese market. But Musk himself rarely linked the two, and in his farewell remarks spoke only of spending, bureaucracy and "the need to make government efficient again." The experiment is over. Its legacy is unclear.''',
[],
"his statements are about US politics and budget; China only in others' criticism"))

# 43 opinion POS Hong Kong
A(D(43, "opinion", "article",
"Opinion | Musk is right about Hong Kong's strengths, but stops short",
'''Elon Musk does not often talk about Hong Kong. So when he told a fintech forum by video last week that "Hong Kong is still the best door into China for global capital," people here paid attention. He went further, saying the city's role as a bridge between the mainland and the rest of the world was underappreciated in the West. He is right on both counts, but he stopped short of explaining why the bridge works. The city's real advantage is its access to mainland savings, and that depends on Beijing's policy choices, not on tax rates. Musk, whose Tesla sells cars in Hong Kong and on the mainland, has an interest in both. The writer is a former banker who lectures on finance in Hong Kong.''',
["Hong Kong is still the best door into China for global capital",
 "the city's role as a bridge between the mainland and the rest of the world was underappreciated in the West"],
"Hong Kong in relation to China / the mainland; writer's opinion not gold"))

# 44 opinion NEG rival quoting back
A(D(44, "opinion", "article",
"A founder's victory lap, and the Musk quote he won't let go",
'''He Wenbo has told the story so many times that his staff can recite it. In 2019, the founder of Hangzhou-based Lingtu Auto says, Elon Musk told him at a dinner in Shanghai that Chinese start-ups would not survive the next downturn. At Lingtu's launch event on Thursday, He repeated the anecdote to loud applause, before unveiling a sedan that undercuts the Model 3 by a third. "Mr Musk said we would disappear. We are still here," he said. There is no record of the dinner conversation, and Tesla has never commented on it. It is a good marketing story either way. Whether Lingtu can turn it into profits is a separate question.''',
[],
"a rival quoting Musk back from an unrecorded dinner - the rival's account, not Musk's statement"))

# 45 opinion POS hedged
A(D(45, "opinion", "article",
"Musk's China hedge",
'''Listen carefully to Elon Musk on China and you will notice the hedges. On Tesla's latest earnings call he said: "Chinese carmakers might end up with half of the global market, maybe more, maybe less. It's hard to say." He added that Tesla would "probably" not need to build a second factory in China. Those are not the confident predictions of a few years ago. They are the words of a CEO who knows that his biggest market outside the United States is slipping, and who would rather not be pinned down. Analysts have noticed. Shares fell 3% after the call.''',
["Chinese carmakers might end up with half of the global market, maybe more, maybe less. It's hard to say.",
 'Tesla would "probably" not need to build a second factory in China'],
"hedged claims are still statements; 'he added'; columnist's interpretation not gold"))

# 46-57 aggregator
A(D(46, "aggregator_headline", "article",
"Musk says China has an electricity advantage - Reuters", "",
["China has an electricity advantage"],
"aggregator title: gold excludes the ' - Reuters' suffix"))

A(D(47, "aggregator_headline", "article",
"Musk posts about Chinese battery prices - Bloomberg", "",
[],
"aggregator headline only says he posted, no claim"))

A(D(48, "aggregator_headline", "article",
"Elon Musk: BYD's cars are 'highly competitive' now - CNBC",
"Elon Musk: BYD's cars are 'highly competitive' now  CNBC",
["BYD's cars are 'highly competitive' now"],
"aggregator 'Name: claim' headline; description repeats title with publisher"))

A(D(49, "aggregator_headline", "article",
"Kimbal Musk says China's restaurants are decades ahead - Fortune", "",
[],
"namesake in aggregator title"))

A(D(50, "aggregator_headline", "article",
"Tesla CEO Musk warns Chinese carmakers will 'crush' rivals without trade barriers - Financial Times", "",
["Chinese carmakers will 'crush' rivals without trade barriers"],
"aggregator title with 'warns' as speech verb; suffix excluded"))

A(D(51, "aggregator_headline", "article",
"Musk meets Chinese premier in surprise Beijing trip - South China Morning Post",
"Tesla chief executive Elon Musk met China's premier in Beijing on Sunday, state media reported, days before the Beijing auto show.",
[],
"action (met) not speech; publisher name contains 'China'"))

A(D(52, "aggregator_headline", "article",
"Musk: Giga Shanghai will build its 3 millionth car this year - Electrek", "",
["Giga Shanghai will build its 3 millionth car this year"],
"'Musk: claim' aggregator title about the Shanghai plant"))

A(D(53, "aggregator_headline", "article",
"What Musk's China comments mean for Tesla stock - Barron's",
"Elon Musk's latest remarks on China have investors asking whether Tesla can defend its market share. Here's what analysts are saying.",
[],
"framing headline about his comments without carrying any claim"))

A(D(54, "aggregator_headline", "article",
"Musk says he never asked Beijing for help on FSD approval - Bloomberg", "",
["he never asked Beijing for help on FSD approval"],
"denial phrased as his own claim ('he never asked Beijing') - gold"))

A(D(55, "aggregator_headline", "article",
"Musk's father Errol says China 'understands' business - Daily Mail", "",
[],
"namesake: Errol Musk; title starts with 'Musk's'"))

A(D(56, "aggregator_headline", "article",
"Elon Musk weighs in on U.S. tariffs on Chinese solar panels - Yahoo Finance",
'''The billionaire wrote on X that tariffs on Chinese solar panels "make zero sense" for American consumers, as the administration considers doubling the duties.''',
['tariffs on Chinese solar panels "make zero sense" for American consumers'],
"descriptive title ('weighs in') not gold; the snippet carries his claim on China tariffs"))

A(D(57, "aggregator_headline", "article",
"Musk and China: the debate goes on - The Economist",
"Tesla's boss has long courted Beijing. His critics say that has made him too cautious.",
[],
"framing headline and journalist's snippet, no statement"))
