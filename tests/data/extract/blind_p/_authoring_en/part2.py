from common import doc, paras

DOCS = []
A = DOCS.append

# ---------------- QA INTERVIEW ----------------
A(doc("qa_interview",
 "Q&A: Elon Musk on Chinese rivals, Mars and why he still sleeps at the factory",
 paras([
 '''The Meridian Post sat down with Elon Musk at Tesla's Fremont plant last week. The interview has been edited for length and clarity.''',
 '''Q: BYD outsold Tesla again last quarter. Are Chinese carmakers simply better than you now?''',
 '''A (Musk): [[They're very good]]. [[I've said for years that the Chinese companies are the most competitive car companies in the world, and that hasn't changed]]. [[We're still ahead on software and autonomy, but on hardware cost they're right there]].''',
 '''Q: Let's talk about Mars. Is 2029 still realistic for a crewed landing?''',
 '''A (Musk): It's possible. I'd say fifty-fifty. We need to get orbital refilling working first, which is very hard.''',
 '''Q: Do you still sleep at the factory?''',
 '''A (Musk): Sometimes, when there's a production problem. There's a couch in the conference room. It's not glamorous.''',
 '''Q: Will Tesla build a second plant in China?''',
 '''A (Musk): [[Not right now. Shanghai has plenty of room to grow]].''',
 ]),
 "Q&A format; pronoun 'They' = Chinese carmakers from the question; answer 'Not right now' about a China plant; Mars and sleep answers not gold"))

A(doc("qa_interview",
 "'I'd rather talk about rockets': Musk on Starship, X and what comes next",
 paras([
 '''Elon Musk spoke to Orbit Weekly by phone from Starbase, Texas. Excerpts follow.''',
 '''Q: Your critics say you are too close to Beijing because of Tesla's business there. How do you respond?''',
 '''A: Honestly, I'd rather talk about rockets. Starship's next flight is the most important thing happening in my life right now.''',
 '''Q: Are you worried about the Chinese commercial launch companies that are copying Falcon 9?''',
 '''A: I'm not going to get into that. What I will say is that the heat shield is the hardest engineering problem we have. We lose tiles on every flight and we have to fix that.''',
 '''Q: How is X doing financially?''',
 '''A: Better than people think. Advertisers are coming back.''',
 ]),
 "interviewer questions about China; Musk deflects to rockets and X - no gold"))

A(doc("qa_interview",
 "Musk, in rare interview with Chinese business weekly, says [[mainland suppliers 'taught Tesla a lot']]",
 paras([
 '''In a rare interview with Shanghai-based Jingji Zhoukan published on Monday, Elon Musk spoke at length about Tesla's reliance on China, artificial intelligence and his own schedule.''',
 '''Asked whether Tesla still needed its Chinese supply chain, Musk said [[the company could not have reached its current scale without suppliers on the mainland]]. "[[They taught us a lot about cost]]. [[Honestly, some of them are better at it than we are]]," he said.''',
 '''The interviewer asked about the Chinese government's approach to regulating AI. Musk said [[Beijing had been "more thoughtful than people in the West assume"]] about the risks of advanced models.''',
 '''He declined to discuss his personal relationships with Chinese officials.''',
 '''Musk also said he was spending more time at SpaceX's Starbase site in Texas, where the company is preparing for the next Starship flight.''',
 ]),
 "interview write-up; headline carries claim; pronouns 'They'/'them' = mainland suppliers; Starbase remark not gold"))

A(doc("qa_interview",
 "Q&A: Nova Motors founder Gao Peng on price wars, going global, and Elon Musk",
 paras([
 '''Gao Peng founded Hangzhou-based Nova Motors in 2019. The company now sells 40,000 cars a month. He spoke to EV Dispatch in Hangzhou.''',
 '''Q: Is the price war in China ever going to end?''',
 '''A (Gao): Not this year. There are still too many brands. I think in three years there will be ten left.''',
 '''Q: You've met Elon Musk several times. What did you talk about?''',
 '''A (Gao): The first time, I told him that Chinese companies would catch Tesla in five years. I think he was surprised that a small company would say that to his face. We mostly talked about factories.''',
 '''Q: Do you admire him?''',
 '''A (Gao): Of course. Everyone in this industry learned from Tesla. But admiration is not strategy.''',
 ]),
 "interview with a Chinese CEO who talks about Musk (he told Musk ...); no words of Musk reported"))

A(doc("qa_interview",
 "Q&A: Musk on TikTok, free speech and the future of X",
 paras([
 '''This interview took place on stage at the Lakeside Media Summit and has been condensed.''',
 '''Q: Congress is again debating a TikTok ban. Where do you stand?''',
 '''A (Musk): [[I've been against banning TikTok, even though it's owned by a Chinese company]]. [[If the concern is Beijing getting Americans' data, then fix the data problem. Don't ban the app]].''',
 '''Q: Does X compete with TikTok?''',
 '''A (Musk): We're doing a lot more video. I think video will be the majority of time spent on X within a year.''',
 '''Q: Will X launch its payments product this year?''',
 '''A (Musk): Yes, in the US first. We're waiting on a couple of state licences.''',
 ]),
 "TikTok / Chinese ownership statements gold; X-video and payments answers not gold"))

A(doc("qa_interview",
 "Musk on China, Mars and everything in between",
 paras([
 '''We had planned to ask Elon Musk about Tesla's business in China. The conversation, held at SpaceX's Hawthorne headquarters, went elsewhere. Edited excerpts:''',
 '''Q: How many Starships will fly next year?''',
 '''A: If things go well, maybe twenty-five. The factory can build one a month now.''',
 '''Q: Are you still worried about AI?''',
 '''A: Yes. I think there's a ten to twenty percent chance it goes badly. We should be careful.''',
 '''Q: We're out of time - one last thing. Any plans to slow down?''',
 '''A: No. I'll slow down when I'm dead.''',
 ]),
 "headline framing 'Musk on China' over a body with no China statement"))

A(doc("qa_interview",
 "Interview: Elon Musk on engineering talent, Shanghai and the road to Mars",
 paras([
 '''Q: Where is the best engineering talent in the world right now?''',
 '''A: [[In sheer numbers, China]]. [[They graduate more engineers every year than the US, Europe and Japan combined, and the good ones are very, very good]].''',
 '''Q: You've said before that Shanghai is Tesla's best factory. Is that still true?''',
 '''A: [[Shanghai is still the benchmark. Every other Gigafactory gets measured against it]].''',
 '''Q: And Mars?''',
 '''A: We'll get there. Probably not on the timeline I said a few years ago, but we'll get there.''',
 ]),
 "transcript-style Q&A without names; interviewer's paraphrase 'You've said ... Shanghai is Tesla's best factory' not gold; Mars answer not gold"))

# ---------------- OPINION ----------------
A(doc("opinion",
 "Musk's China balancing act is getting harder",
 paras([
 '''Elon Musk has long courted Beijing. He flew to Shanghai in the depths of the pandemic, sat through banquets with provincial officials and has rarely missed a chance to be photographed with Chinese factory workers.''',
 '''That strategy made sense when Tesla needed a cheap, fast place to build cars. It makes less sense now that his closest ally in Washington wants to put tariffs on almost everything China makes.''',
 '''The Tesla CEO has stayed notably quiet on trade this year. His silence is itself a message: he cannot afford to anger either side.''',
 '''Meanwhile, the Chinese carmakers he once dismissed are eating into Tesla's share at home and abroad. The balancing act was never going to last forever.''',
 '''The writer is a columnist for the Harbor Ledger covering Asian business.''',
 ]),
 "columnist's description and analysis of Musk's China relations; no statement of his"))

A(doc("opinion",
 "What Elon Musk got right about China - and what he missed",
 paras([
 '''In 2020, speaking to a packed hall at an industry gathering in Shanghai, Elon Musk offered a line that has aged remarkably well: "[[China is going to be the biggest car market in the world for a very long time]], and [[whoever wins here wins everything]]."''',
 '''He was right about the market. China now buys more new cars than the United States and the European Union combined, and more than half of them are plug-ins.''',
 '''He was wrong, I would argue, about who would win it. In the same speech, Musk predicted that [[Chinese consumers would embrace autonomous driving faster than Americans]]. They have - but mostly in cars made by Huawei's partners and Xpeng, not Tesla.''',
 '''The lesson for Western executives is not that Musk misread China. It is that even the foreigner who read it best could not keep up.''',
 ]),
 "old quote recalled by a columnist (gold, split into two points; 'here' = China); columnist's analysis not gold"))

A(doc("opinion",
 "Opinion: The West misunderstands China's EV boom",
 paras([
 '''By Zhou Lan, senior fellow at the Pearl River Institute''',
 '''Every few months a Western executive visits Shenzhen, tours a factory and flies home to declare that China has won the electric-vehicle race. Elon Musk made the trip again last spring, meeting officials in Beijing and visiting Tesla's Shanghai plant.''',
 '''Such visits produce headlines but little understanding. China's EV industry was built on fifteen years of patient industrial policy, local-government competition and a ruthless consumer market.''',
 '''Executives at BYD and Geely have said the price war has gone too far. They are right, but the policy that created it will not be reversed quickly.''',
 '''Western governments should study that policy rather than simply tariff its results.''',
 ]),
 "op-ed by a Chinese analyst mentioning Musk's visits (actions); no words of Musk"))

A(doc("opinion",
 "Musk and China: the debate goes on",
 paras([
 '''Few subjects divide Tesla watchers like Elon Musk's relationship with China. To critics, it is a vulnerability; to admirers, a masterstroke.''',
 '''Last week, on a podcast recorded in Austin, the billionaire added fuel to the argument. "[[The Chinese government has been very supportive of Tesla]]," he said. "[[I think people in the West don't appreciate how pro-business the mainland can be]]."''',
 '''Critics were quick to respond. Human-rights groups pointed to the treatment of workers in Xinjiang; a US senator called the comments "embarrassing."''',
 '''His defenders argue that a carmaker which makes half its cars in Shanghai has little choice. Both sides, as usual, heard what they wanted to hear.''',
 ]),
 "generic 'debate goes on' headline framing does not suppress a plain quote about China in the body"))

A(doc("opinion",
 "Elon Musk and China: the argument that won't go away",
 paras([
 '''Every quarter the same argument resurfaces. Is Tesla too dependent on China? Is Elon Musk too cosy with Beijing?''',
 '''The numbers cut both ways. Shanghai builds roughly half of Tesla's cars, but the company's share of the Chinese market has fallen for three years in a row.''',
 '''Musk, for his part, spent this week posting about the Federal Reserve and a Starship engine test. He has said nothing new about China in months.''',
 '''Investors would be wise to stop waiting for him to settle the argument. He has no reason to.''',
 ]),
 "framing headline over a body where he makes no China statement (journalist says he said nothing new)"))

A(doc("opinion",
 "Legacy automakers still don't get it. Even Musk is laughing at them",
 paras([
 '''When a senior European auto executive told a Munich conference last week that Chinese EVs were "cheap copies," the room nodded along.''',
 '''Elon Musk did not. Replying on X to a clip of the remark, he wrote: "[[Yes, those cheap Chinese copies that are somehow better and cheaper than yours]]."''',
 '''Sarcasm aside, he has a point. A BYD Seal costs about a third less than a comparable German sedan and comes with more technology.''',
 '''European carmakers have spent a decade telling themselves that Chinese brands would never master software, safety or design. Each of those assumptions has fallen in turn.''',
 ]),
 "sarcastic X reply about Chinese EVs is still his statement about China - gold; the European executive's words are not"))

A(doc("opinion",
 "Editorial: Banning TikTok is the easy part",
 paras([
 '''Lawmakers in Washington are once again racing to force the sale of TikTok, whose parent company ByteDance is based in Beijing. "The Chinese Communist Party should not have a window into every American teenager's phone," Senator Laura Pike said on Tuesday.''',
 '''The harder question is what comes next. If TikTok goes, its users will not vanish; they will migrate to other platforms, including Instagram and Elon Musk's X.''',
 '''Musk has made free speech the centrepiece of his pitch for X. "X will never ban an account just because of its views," he wrote this week.''',
 '''Whether that promise survives an influx of millions of new users is another matter.''',
 ]),
 "TikTok/China editorial; Musk's quote is about X and free speech generally - not gold; senator's words not gold"))

A(doc("opinion",
 "Opinion: Musk's hedged China forecast deserves a closer look",
 paras([
 '''Elon Musk is not known for hedging. So it was notable that, in an interview with a Texas radio station last month, he said [[it was "possible, maybe even likely" that a Chinese brand would be the world's best-selling carmaker by 2030]].''',
 '''He then hedged further. "[[Absent tariffs, I'd bet on at least two of the top five global carmakers being Chinese. With tariffs, it's a closer call]]," he said.''',
 '''That is a remarkable thing for the head of a US carmaker to say. It is also probably correct.''',
 '''Toyota and Volkswagen still sell more cars than anyone else. But BYD's growth rate, and its willingness to build plants in Hungary, Turkey and Brazil, suggest the gap will close faster than Western boards expect.''',
 ]),
 "hedged and conditional claims about China are gold; columnist's judgement not gold"))

# ---------------- AGGREGATOR HEADLINES ----------------
A(doc("aggregator_headline",
 "Musk says [[China has a big lead in battery chemistry]] - Pacific Wire",
 '''Tesla CEO Elon Musk said on Tuesday that China has a big lead in battery chemistry and that [[Western manufacturers would need years to catch up with Chinese rivals]].''',
 "aggregator title: gold is the claim without the ' - Publisher' suffix; snippet repeats it"))

A(doc("aggregator_headline",
 "Musk posts about Chinese battery prices - Circuit Daily",
 '''Elon Musk took to X on Sunday to share a chart of lithium iron phosphate cell prices in China, drawing thousands of replies.''',
 "headline fragment describing that he posted; sharing a chart is an action - no gold"))

A(doc("aggregator_headline",
 "Tesla's Musk praises Chinese engineers, says [[they are the hardest-working in the world]] - The Meridian Post",
 '',
 "two-verb aggregator headline: gold is the claim part after 'says' ('they' = Chinese engineers)"))

A(doc("aggregator_headline",
 "Elon Musk meets Chinese vice premier in Beijing - Asia Markets Monitor",
 '''Tesla chief executive Elon Musk met a Chinese vice premier in Beijing on Monday, state broadcaster CCTV reported. The vice premier said China welcomed foreign carmakers to "share in the opportunities" of its market.''',
 "an action (meeting) plus an official's words - no gold"))

A(doc("aggregator_headline",
 "Musk: [[Chinese carmakers will be the toughest rivals Tesla has ever faced]] - EV Dispatch",
 '',
 "'Musk: claim' headline form on an aggregator item"))

A(doc("aggregator_headline",
 "Musk weighs in on China EV price war - Autoline Asia",
 '''Tesla boss Elon Musk commented on the deepening price war among Chinese electric-vehicle makers during a livestream on Friday, as shares of BYD and Nio fell.''',
 "headline and snippet only describe that he talked; no claim carried"))

A(doc("aggregator_headline",
 "'[[Shanghai is our best factory]],' Musk tells staff - Harbor Ledger",
 '''In an all-hands email, the Tesla chief also thanked workers at the plant for a record quarter.''',
 "quoted claim at the start of an aggregator title"))

A(doc("aggregator_headline",
 "Kimbal Musk says China's restaurant scene is 'unbeatable' - Foodservice Week",
 '''The restaurateur and Tesla board member spoke at a hospitality conference in Singapore.''',
 "Musk-like name: Kimbal Musk, not the watched speaker"))

A(doc("aggregator_headline",
 "Analysts say Musk overstates Chinese competition threat - Global Ticker",
 '''Several Wall Street analysts said on Wednesday that Tesla CEO Elon Musk's repeated warnings about Chinese rivals were exaggerated and served to distract from slowing sales.''',
 "analysts' words about Musk; his warnings only described"))

A(doc("aggregator_headline",
 "Elon Musk says [[he opposes US tariffs on Chinese EVs]] - Global Ticker",
 '''Musk, speaking at a conference in Los Angeles, said [[he had never asked the administration for tariffs on Chinese cars]].''',
 "aggregator title claim plus a 'said he had never ...' denial that states his claim"))

A(doc("aggregator_headline",
 "Musk says Starship will fly again within weeks - Pacific Wire",
 '''The announcement comes as China's commercial launch companies step up tests of their own reusable rockets.''',
 "his claim is about Starship; China appears only in the reporter's context"))

A(doc("aggregator_headline",
 "Musk praises Xiaomi's SU7 launch, says [[Chinese rivals are catching up fast]] - Techfront",
 '',
 "two-verb headline: 'praises' is description, claim after 'says' is gold"))
