from common import add, T

# ---------------- aggregator_headline ----------------
add(29, "aggregator_headline",
"Musk says China's grid will outgrow America's within a decade - Reuters",
"Elon Musk says power generation, not chips, will be the main constraint on AI, and that China is adding capacity far faster than the United States.",
["China's grid will outgrow America's within a decade",
 "China is adding capacity far faster than the United States"],
"aggregator title: claim without ' - Reuters' suffix; snippet mixes a non-China claim (power as AI constraint) with a China one")

add(30, "aggregator_headline",
"Musk's China remarks rattle Tesla investors - Financial Times",
"",
[],
"aggregator headline describing remarks without carrying any claim")

add(31, "aggregator_headline",
"Elon Musk: Xiaomi's SU7 is 'a serious car' - CNBC",
"Tesla's chief executive gave rare praise to a Chinese rival during a live audio session on X.",
["Xiaomi's SU7 is 'a serious car'"],
"'Name: claim' headline with publisher suffix; named Chinese company")

add(32, "aggregator_headline",
"Tesla's Musk posts about Chinese robotaxi rivals - Bloomberg.com",
"Elon Musk on Friday shared a video of a Baidu Apollo Go vehicle navigating traffic in Wuhan.",
[],
"headline fragment 'posts about'; sharing a video is an action")

add(33, "aggregator_headline",
"Musk hails Shanghai staff, says Chinese engineers are 'super talented and hard-working' - South China Morning Post",
"",
["Chinese engineers are 'super talented and hard-working'"],
"two-verb headline: gold is only the claim after 'says'; publisher suffix")

add(34, "aggregator_headline",
"Beijing and Tesla: inside Musk's decade-long courtship - The Wall Street Journal",
"The billionaire has cultivated ties with China's leaders since before the Shanghai factory opened.",
[],
"journalist's framing/analysis, no statement")

add(35, "aggregator_headline",
"Musk says DeepSeek's training bill was far higher than reported - Yahoo Finance",
"The xAI founder, whose Grok chatbot competes with the Chinese model, made the comment in a reply on X.",
["DeepSeek's training bill was far higher than reported"],
"named Chinese AI company; publisher suffix")

add(36, "aggregator_headline",
"Analysts say Musk overstates China risk to Tesla margins - MarketWatch",
"",
[],
"analysts' words about Musk")

add(37, "aggregator_headline",
"Musk: U.S. tariffs on Chinese cars are 'a sugar high' - Electrek",
"",
["U.S. tariffs on Chinese cars are 'a sugar high'"],
"'Musk: claim' headline about tariffs on Chinese cars")

add(38, "aggregator_headline",
"Kimbal Musk says Chinese EVs are 'better than people think' - Fortune",
"Tesla director Kimbal Musk gave his view after a week-long trip through Guangdong.",
[],
"Kimbal Musk, not the watched speaker")

add(39, "aggregator_headline",
"Elon Musk says Tesla won't build a second car plant in China - Reuters",
"Tesla has no plans for another vehicle factory in China, Chief Executive Elon Musk said on Tuesday, adding that the Shanghai plant could still grow.",
["Tesla won't build a second car plant in China",
 "Tesla has no plans for another vehicle factory in China",
 "the Shanghai plant could still grow"],
"claim before attribution in snippet; 'adding that' continuation; publisher suffix")

add(40, "aggregator_headline",
"Musk and China: the debate goes on - Axios",
"Our reporter asks whether Tesla's dependence on Beijing makes its CEO a national-security question.",
[],
"framing headline, body with no statement")

add(41, "aggregator_headline",
"Musk says Huawei is Tesla's toughest tech rival in China - MSN",
"",
["Huawei is Tesla's toughest tech rival in China"],
"plain aggregator positive (MSN suffix)")

add(42, "aggregator_headline",
"Musk says Starship will fly to Mars in 2026 as China readies its own mission - Space.com",
"",
[],
"his claim is about Mars/Starship; the China clause is the outlet's own")

# ---------------- x_roundup ----------------
add(43, "x_roundup",
"What Musk posted this week: tariffs, Grok and a Shanghai shout-out",
T('''
Elon Musk posted more than 600 times on X this week, according to a tally by the tracking account @MuskPostCount. Here are the highlights.
On Monday, replying to @SawyerMerritt's chart of Tesla's Shanghai output, Musk wrote: "Giga Shanghai team is \U0001F525\U0001F525 Best factory in the world right now. https://x.com/SawyerMerritt/status/1899012345678901234"
On Tuesday he returned to his favourite subject, xAI, announcing that Grok 5 training would begin "in a few weeks."
On Wednesday, in a thread about U.S. trade policy, he wrote that tariffs on Chinese solar panels had made American rooftop solar needlessly expensive.
Thursday brought a flurry of posts about a rocket engine test in Texas.
And on Friday he shared a meme about the length of European Union regulations, with the caption "They regulate, we build."
'''),
["Giga Shanghai team is \U0001F525\U0001F525 Best factory in the world right now.",
 "tariffs on Chinese solar panels had made American rooftop solar needlessly expensive"],
"X post quoted verbatim with @handle and URL; Grok/rocket/EU posts not gold ('They' = EU)")

add(44, "x_roundup",
"Musk's X feed: a week of rockets, robots and one viral China video",
T('''
It was a quieter week than usual for the most-followed account on X. Musk spent much of Monday and Tuesday posting about Starship's upcoming flight, including a 40-second clip of the booster's engines firing.
The week's most-viewed post was not his own: a video of a Chinese "dark factory" assembling phones without human workers, shared by @cn_factory_watch, which Musk reposted without comment.
Chinese commentators quickly noticed. "Even Musk is watching our factories," wrote the popular Weibo car blogger @车圈老司机.
On Thursday, Musk said that Optimus robots would be "walking around Tesla factories" by the end of the year.
He ended the week with a poll asking followers whether they preferred the original Roadster or the Cybertruck.
'''),
[],
"repost without comment is an action; Weibo blogger's words; his own claims are about Optimus/Starship")

add(45, "x_roundup",
"Musk vs. the internet: five posts that set off a storm",
T('''
1. The battery post. Musk shared a chart showing lithium iron phosphate cell prices in China falling below $50 per kilowatt-hour, adding: "Chinese cell makers are just relentless. They will keep driving this down and nobody else is even close."
2. The Starlink spat. The SpaceX chief traded barbs with a Brazilian judge over satellite licences. "Absurd," he wrote.
3. The TikTok reply. Responding to @RepWalters, who called TikTok "a Chinese Communist Party spy tool," Musk wrote: "If the concern is Beijing getting American data, pass a privacy law that applies to every app, not just the Chinese one. https://x.com/elonmusk/status/1901234567890123456"
4. The robotaxi boast. "Austin will feel like the future by summer," Musk wrote.
5. The sarcastic one. After a U.S. senator accused him of "doing Beijing's bidding," Musk replied: "Yes, that's why China sells more EVs than us every single month. Great job, me."
'''),
["Chinese cell makers are just relentless. They will keep driving this down and nobody else is even close.",
 "If the concern is Beijing getting American data, pass a privacy law that applies to every app, not just the Chinese one.",
 "Yes, that's why China sells more EVs than us every single month. Great job, me."],
"'They' = Chinese cell makers; TikTok; sarcasm; senator's and congressman's words not gold; Starlink/robotaxi posts not gold")

add(46, "x_roundup",
"Musk's weekend on X: an EU fine, a Beijing rumour and a space selfie",
T('''
Musk began Saturday by responding to reports that the European Commission planned to fine X under the Digital Services Act. "They will lose in court, and they know it," he wrote of the Commission.
A rumour that Musk was planning a secret trip to Beijing spread widely on Chinese social media on Saturday night. He did not post about it, and a Tesla spokesperson said there were "no travel plans to share."
On Sunday, the fan account @TeslaChinaFans dug up a 2019 clip of Musk at the Shanghai groundbreaking and posted it with its own caption: "Elon loves China more than anyone."
Musk closed the weekend by reposting a photo of Earth taken from a Crew Dragon capsule with the words "Our beautiful home."
'''),
[],
"'They' = European Commission; fan account's caption about Musk and China; spokesperson's words; no China statement by Musk")

add(47, "x_roundup",
"Elon Musk's posts on China's solar boom, annotated",
T('''
Musk posted a long reply late Tuesday to a thread by energy analyst @JennaKimEnergy, who had argued that China installed more solar capacity last year than the U.S. has in its entire history.
"This is correct and people should think hard about it. When someone told me years ago 'China will never lead in clean tech,' I said wait ten years. Well, here we are," Musk wrote.
In a follow-up, he argued that the United States would need to at least match China's pace of grid-scale battery installations.
He also posted, unrelated, that the next Starship flight was "about four weeks away."
Our annotation: Musk has made versions of this argument since at least 2023, though Tesla's own energy business buys many of its cells from Chinese suppliers.
'''),
["This is correct and people should think hard about it. When someone told me years ago 'China will never lead in clean tech,' I said wait ten years. Well, here we are",
 "the United States would need to at least match China's pace of grid-scale battery installations"],
"nested quote inside his post; 'This is correct' agrees with analyst's China claim; Starship date not gold; journalist annotation not gold")

add(48, "x_roundup",
"Roundup: the China angle in Musk's latest posts",
T('''
Readers asked whether Musk had said anything about China this week, given the new U.S. chip export rules. The short answer: not directly.
His posts on Tuesday and Wednesday focused on the federal budget, which he called "a crime against future generations."
On Thursday he praised a new Texas law on data centres, saying it would make the state "the AI capital of America."
China hawks in Congress noticed the silence. "He's happy to talk about anything except the country that builds half his cars," Representative Dana Whitfield wrote on X.
We'll keep watching.
'''),
[],
"framing headline about China over a body where his posts are about US budget/Texas; lawmaker's words about him")

add(49, "x_roundup",
"Musk lays into new tariff list in late-night posting spree",
T('''
Elon Musk fired off more than a dozen posts after midnight on Thursday about the administration's new tariff list, which raises duties on Chinese batteries, graphite and electric-vehicle components.
"Putting a 60% tariff on Chinese graphite just means every battery made in America gets more expensive. Who exactly is this helping?" he wrote.
He added that America had no alternative to Chinese graphite at scale for at least five years.
In a separate thread about Canadian lumber, Musk said that tariffs between close allies were "just self-harm."
Replies were split. The account @AmericaFirstMfg accused him of "shilling for Beijing," while @EVBatteryGuy said he was "100% right."
'''),
["Putting a 60% tariff on Chinese graphite just means every battery made in America gets more expensive. Who exactly is this helping?",
 "America had no alternative to Chinese graphite at scale for at least five years"],
"Chinese tariffs; rhetorical question; 'He added' continuation; his tariff remark on Canada not gold; replies by other accounts not gold")

add(50, "x_roundup",
"Musk weighs in on Hong Kong listing boom, with an emoji",
"Musk on Monday replied to a post from @HKStockWatch about Chinese tech firms choosing Hong Kong over New York for their listings. His entire reply was a single \U0001F3AF emoji. Some users read it as an endorsement of the Hong Kong market; others as a jab at U.S. regulators. The post drew 4 million views.",
[],
"reply with only an emoji: no words to extract; users' interpretations are not his statement")

# ---------------- opinion ----------------
add(51, "opinion",
"Musk and China: the debate that never ends",
T('''
Every few months, the same argument flares up. Is Elon Musk too close to Beijing? His critics point to the Shanghai factory, which builds roughly half of Tesla's cars, and to the warm receptions he gets from Chinese officials. His defenders say he is simply a businessman going where the customers are.
Musk himself has never been shy about the subject. At a conference last spring he said: "China is not the enemy. The Chinese people are smart and hard-working, and most of them just want a good life, like anyone else."
That is a reasonable sentiment. It is also a convenient one for a man whose company's fortunes depend on the goodwill of the Chinese Communist Party.
Consider the data question. When questions arose last year about where Tesla stores the video recorded by its cars in China, Musk said flatly that no data from Chinese customers ever left the country. He was quick, and persuasive. Whether American regulators should take similar comfort is another matter.
None of this makes Musk a stooge. It makes him a chief executive with a very large bet on one country, and he would be wise to be more candid about the risks.
'''),
["China is not the enemy. The Chinese people are smart and hard-working, and most of them just want a good life, like anyone else.",
 "no data from Chinese customers ever left the country"],
"framing headline ('the debate') over body that does contain his statements; columnist's analysis not gold")

add(52, "opinion",
"Why Musk can't quit China",
T('''
Elon Musk has long courted Beijing, and Beijing has courted him back. The relationship delivered Tesla a factory built in under a year, cheap loans from state banks and a customer base of millions.
But the arithmetic is changing. Domestic brands now offer cars with more features at lower prices, and Tesla's share of China's electric-car market has shrunk from about 15% to under 7% in three years.
Musk's answer, in public at least, has been to change the subject to robots and artificial intelligence. At a recent investor event he spoke for nearly two hours about humanoid robots and barely mentioned his Chinese rivals.
That silence is telling. A company that depends on one market for a third of its deliveries cannot treat that market as an afterthought.
Investors deserve more than a pivot.
'''),
[],
"journalist's analysis ('has long courted Beijing'); descriptions of what he spoke about without his words")

add(53, "opinion",
"Opinion: Musk was right about Chinese carmakers, and Detroit didn't listen",
T('''
In late 2023, during an on-stage interview in Las Vegas, Elon Musk made a prediction that many in Detroit dismissed as hyperbole. "The Chinese car companies are going to be the ones everyone is chasing," he said. "Not the Germans, not the Japanese. Them."
Two years later, Chinese brands account for a fifth of new electric-car sales in Mexico and are building plants in Hungary, Turkey and Brazil.
GM's chief executive told investors last month that she "respects what Elon has said" but believes American brands can compete on their home turf.
To be fair to Detroit, Musk has been wrong before. He said in 2019 that Tesla would have a million robotaxis on the road by the following year.
But on China, he saw what others didn't.
'''),
["The Chinese car companies are going to be the ones everyone is chasing",
 "Not the Germans, not the Japanese. Them."],
"old quote recalled; 'Them' = Chinese car companies (context); his robotaxi prediction and GM CEO's words not gold")

add(54, "opinion",
"What Elon Musk won't tell you about Shanghai",
T('''
If Elon Musk were being honest, he would admit that China built Tesla, not the other way around.
Without the Shanghai Gigafactory, approved in record time and financed by Chinese banks, Tesla might not have survived the Model 3 production crisis. The plant gave the company its first reliable profits.
Musk likes to say that Tesla is "the most American-made car company." On some measures that is true. But the cars that made Tesla profitable were built on the mainland.
Imagine him standing before Congress and saying: "I owe my company to the Chinese Communist Party." He never will.
The author is a former auto-industry executive and a senior fellow at the Harbor Institute.
'''),
[],
"hypothetical words the columnist puts in his mouth ('Imagine him ... saying'); his real quoted claim is about US manufacturing, not China")

add(55, "opinion",
"Musk's Taiwan comments show the limits of CEO diplomacy",
T('''
Elon Musk has a habit of wandering into geopolitics. Last week, in a podcast interview, he offered his view on one of the world's most dangerous flashpoints.
"My guess is Beijing will eventually try to take Taiwan, and I don't think the U.S. is prepared for what that means for supply chains," Musk said.
He went on: "If it happens, a lot of companies are going to find out very quickly how dependent they are on that one island."
Taiwan's foreign ministry responded that the island "is not for sale and not for taking."
On substance, Musk is not wrong to worry. Most of the world's advanced chips are made in Taiwan, and no one has a credible plan to replace them quickly.
But a CEO with a factory in Shanghai is not a neutral observer, and his words land differently in Taipei than in Austin.
'''),
["My guess is Beijing will eventually try to take Taiwan, and I don't think the U.S. is prepared for what that means for supply chains",
 "If it happens, a lot of companies are going to find out very quickly how dependent they are on that one island"],
"Taiwan/Beijing; hedged guess; 'He went on' continuation where 'it' = Beijing taking Taiwan; Taiwan ministry's words not gold")

add(56, "opinion",
"Beijing's space programme is racing ahead. Musk's complaints are about Washington",
T('''
China's space agency has had a remarkable year: a sample return from the far side of the Moon, a new crewed capsule test and the first flights of a reusable booster.
Yet when Elon Musk talks about the space race, his target is almost always at home. Asked in a recent interview whether SpaceX feared Chinese competition, Musk pivoted to the Federal Aviation Administration. "They took longer to approve a launch licence than it took us to build the rocket," he said. "That's insane."
His frustration with American regulators is understandable. But it also lets him avoid the harder question: what happens when a state-backed rival can launch as often as SpaceX?
'''),
[],
"question about China answered with 'They' = FAA; columnist's analysis")

add(57, "opinion",
"The uncomfortable truth in Musk's remark on Chinese AI",
T('''
\u201cIf I had to bet, I'd say China will be the leader in AI applications, maybe not frontier models, but applications, within a few years.\u201d
That was Elon Musk, speaking at a closed-door dinner with investors in San Francisco last month, according to a recording heard by this newspaper. It was a hedged statement, and a characteristically provocative one.
The remark deserves more attention than it got. Chinese companies already ship AI features to hundreds of millions of users in apps for shopping, payments and ride-hailing.
Critics will say Musk has an interest in talking up the competition, since xAI wants more government support. That may be true. It doesn't make him wrong.
'''),
["If I had to bet, I'd say China will be the leader in AI applications, maybe not frontier models, but applications, within a few years."],
"quote opens the article and is attributed in the next sentence; hedged claim")
