from common import doc

doc(51, "wire", "article",
"'China's Elon Musk' says Xpeng will launch flying car deliveries next year",
"""
GUANGZHOU (Reuters) - Xpeng Chief Executive He Xiaopeng, often dubbed "China's Elon Musk," said on Monday that the company's flying-car unit would begin deliveries next year, and that China would become "the world's largest market for low-altitude aviation."

The billionaire founder told investors in Guangzhou that Xpeng had received more than 5,000 pre-orders for the vehicle, which combines a six-wheeled ground module with a detachable two-seat aircraft.

"Chinese consumers are ready for this," He said.

Xpeng shares rose 4% in Hong Kong. Tesla, whose chief executive has promised his own flying-car demonstration "by year-end," did not comment.
""",
[],
"nickname trap: 'China's Elon Musk' and 'the billionaire' are He Xiaopeng; real Musk's promise is about a flying car, not China")

doc(52, "wire", "article",
"Musk defends China price cuts, says Tesla 'will not lose' the price war",
"""
SHANGHAI/SAN FRANCISCO (Reuters) - Tesla will keep cutting prices in China if it has to, Chief Executive Elon Musk said on Wednesday, in his first public comments since the company slashed the price of its Model 3 in the country by 14,000 yuan.

"We're not going to lose the price war in China. We'll cut again if we have to, and we have the margins to do it," Musk said.

The cuts, Tesla's third in the country this year, came as BYD, Leapmotor and Xiaomi all lowered prices on competing sedans.

"Our competitors there are excellent, but they're burning cash, and we're not," the billionaire added on a call with reporters.

Analysts were sceptical. "Tesla's China margins are already the thinnest they've been in five years," said Wang Qian, an analyst at CICC. "Musk can say what he likes, but the numbers don't back him up."

Musk also said the Cybercab robotaxi would start production in Texas in the second quarter of next year, and that the vehicle would not have a steering wheel or pedals.

Tesla's China-made vehicle sales fell 11% in the latest month, according to the China Passenger Car Association, while BYD's rose 22%.

The company has faced growing pressure in the world's second-largest economy, where local rivals now account for more than 60% of new-energy vehicle sales.

Musk did not say whether the price cuts would extend to the Model Y, Tesla's best-selling vehicle in the country.

Tesla shares closed down 1.8%.
""",
["Tesla 'will not lose' the price war",
 "Tesla will keep cutting prices in China if it has to",
 "We're not going to lose the price war in China. We'll cut again if we have to, and we have the margins to do it,",
 "Our competitors there are excellent, but they're burning cash, and we're not,"],
"long wire; reported claim before attribution at sentence end; 'there' refers to China; analyst rebuttal not gold; Cybercab remark not gold")

doc(53, "wire", "article",
"China adds record solar capacity as Musk urges US to build more power",
"""
BEIJING (Reuters) - China installed a record 280 gigawatts of solar capacity in the first nine months of the year, the National Energy Administration said on Friday, more than the United States has installed in its entire history.

Across the Pacific, Elon Musk told a utilities conference in Houston that the US power grid was "not ready" for the coming surge in demand from data centers and electric vehicles.

"We need to roughly double US electricity output, and we need to do it fast. Permitting is the bottleneck," Musk said. He called on Congress to fast-track transmission lines.

Chinese officials say the country's grid investment will exceed 650 billion yuan this year.
""",
[],
"China energy story; Musk's remarks are about the US grid and permitting only")

doc(54, "wire", "article",
"Musk warns a Taiwan conflict would hit both Tesla and SpaceX",
"""
(Reuters) - Elon Musk said on Thursday that a military conflict between China and the United States over Taiwan would leave both Tesla and SpaceX "in serious trouble," in unusually blunt remarks on the geopolitical risk to his companies.

"If it came to that, and I hope it doesn't, Tesla's Shanghai factory would be in trouble, and so would a big part of the supply chain for SpaceX and everyone else," Musk said at an event hosted by an investment bank in New York.

He said he thought the risk of conflict "in the next few years" was low but "not trivial."

Musk has previously said Tesla could build cars outside China if it had to.
""",
["a Taiwan conflict would hit both Tesla and SpaceX",
 "a military conflict between China and the United States over Taiwan would leave both Tesla and SpaceX \"in serious trouble,\"",
 "If it came to that, and I hope it doesn't, Tesla's Shanghai factory would be in trouble, and so would a big part of the supply chain for SpaceX and everyone else,",
 "the risk of conflict \"in the next few years\" was low but \"not trivial.\"",
 "Tesla could build cars outside China if it had to"],
"hypothetical/conditional claims are gold; 'he thought' hedge; 'previously said' recalled claim about building outside China is gold")

doc(55, "wire", "article",
"China says Starlink must not be used 'irresponsibly' near its borders",
"""
BEIJING (Reuters) - China's foreign ministry said on Tuesday that Elon Musk's Starlink satellite network must not be used "irresponsibly" in ways that threaten regional security, after reports that the service had been activated in parts of Myanmar.

"We hope that Mr Musk and his company will respect the sovereignty of all countries," ministry spokeswoman Mao Ning told a regular briefing.

Musk, who was posting about a Starship test at the time, did not respond. On Monday he had said on X that Starlink was "now available in 130 countries," without naming any.
""",
[],
"Chinese government's words addressed to Musk; his only claim is a global Starlink count")

doc(56, "wire", "article",
"Musk says Chinese consumers 'the most demanding in the world'",
"""
SHANGHAI (Reuters) - Elon Musk said on Sunday that Chinese car buyers were the most demanding customers Tesla had anywhere, in a video message to mark the delivery of the Shanghai plant's four-millionth vehicle.

"My friends in Shanghai always tell me, 'Tesla is a Chinese company too,' and honestly I think that's a fair point," Musk said. "Chinese consumers are the most demanding in the world. If you can win here, you can win anywhere."

The Shanghai factory, Tesla's first outside the United States, opened in late 2019.
""",
["Chinese consumers 'the most demanding in the world'",
 "Chinese car buyers were the most demanding customers Tesla had anywhere",
 "My friends in Shanghai always tell me, 'Tesla is a Chinese company too,' and honestly I think that's a fair point,",
 "Chinese consumers are the most demanding in the world. If you can win here, you can win anywhere."],
"nested quote inside his quote; headline claim without a verb; Chinese consumers")

doc(57, "aggregator_headline", "article",
"Elon Musk says Chinese consumers 'know tech better than anyone' - Reuters",
"",
["Chinese consumers 'know tech better than anyone'"],
"aggregator title; consumers")

doc(58, "aggregator_headline", "article",
"Musk's China bet faces its biggest test yet - The Wall Street Journal",
"",
[],
"framing headline, no claim of his")

doc(59, "aggregator_headline", "article",
"Musk says Beijing 'deserves credit' for early EV subsidies - Nikkei Asia",
"",
["Beijing 'deserves credit' for early EV subsidies"],
"aggregator title; China referred to as Beijing")

doc(60, "short_summary", "article",
"Musk on Unitree: 'real progress'",
"Elon Musk said in a post on X late Tuesday that Chinese robot maker Unitree was \"making real progress\" but was still \"a long way from general purpose,\" after a video of its humanoid doing kung fu went viral.",
["Unitree: 'real progress'",
 "Chinese robot maker Unitree was \"making real progress\" but was still \"a long way from general purpose,\""],
"summary; named Chinese company; headline colon claim")

doc(61, "short_summary", "article",
"Chinese EV stocks rise after Musk delays cheaper Tesla",
"Shares of Chinese electric-vehicle makers including Nio, Xpeng and Li Auto rose on Friday after Elon Musk said Tesla's long-awaited cheaper model would not reach customers until late next year.",
[],
"China market reaction; his statement is only a product date")

doc(62, "short_summary", "article",
"",
"Tesla CEO Elon Musk on Friday said Chinese regulators had been \"very reasonable\" in talks over where the company stores data from cars sold in the country, a rare comment on a sensitive approval process.",
["Chinese regulators had been \"very reasonable\" in talks over where the company stores data from cars sold in the country"],
"summary with empty title; Chinese regulators")

doc(63, "podcast_labelled", "label", "The Frontier Hour #88 - Elon Musk on Neuralink",
"""
Lex Hartman: Before we start, a quick note: next week's episode is recorded in Shanghai, with a guest from China's robotics industry. Okay. Elon, welcome back.
Elon Musk: Thanks, Lex. Good to be back.
Lex Hartman: Neuralink. Where are you with the human trials?
Elon Musk: We have twelve patients implanted now. The FDA has actually been pretty good. They've been fast, faster than I expected, honestly.
Lex Hartman: What's the next milestone?
Elon Musk: Blindsight. Restoring vision. We hope to do the first human implant this year.
""",
[],
"host mentions China in a programme note; 'they' refers to the FDA")

doc(64, "podcast_unlabelled", "unlabeled", "Robots Weekly, live from Austin",
"""
Welcome back to Robots Weekly. I've got two guests today, Elon Musk and Marc Halvorsen from Boston Dynamics. Elon, let me start with you. Chinese companies are shipping humanoids at twenty thousand dollars. Unitree, UBTech, AgiBot. How worried are you?
Not worried, but I respect them. They're moving fast and they have the best hardware supply chain in the world. I think probably most of our serious competition will come from China. Optimus will still be the best, though.
Marc, same question.
Honestly, we see the Chinese firms as partners as much as competitors. We buy actuators from some of them.
Elon, last one. When does Optimus go on sale?
Next year, externally. Small numbers.
""",
["Not worried, but I respect them. They're moving fast and they have the best hardware supply chain in the world. I think probably most of our serious competition will come from China."],
"unlabeled with two guests; host addresses each by name; Marc's China answer not gold; 'them' refers to Chinese companies; Optimus date not gold",
guests=["Elon Musk", "Marc Halvorsen"])

doc(65, "podcast_unlabelled", "unlabeled", "",
"""
This episode is brought to you by Nomad Travel, whose new China itinerary is forty percent off this month. Okay, my guest is Elon Musk. Elon, you've got, what, fourteen kids now?
Something like that. I've lost count. No, I'm kidding.
Do you still play Diablo?
Less than I'd like. I got to the top of the ladder once, and then my kids started beating me at everything. They're much better than me at games now.
Is that humbling?
Very humbling. I think it's good for me.
""",
[],
"sponsor read mentions China; Musk talks about kids and video games; 'they' refers to his kids",
guests=["Elon Musk"])

doc(66, "earnings_call", "label", "Tesla Q1 earnings call transcript",
"""
Travis Axelrod -- Head of Investor Relations: Next question: How is Tesla handling competition in China, and will prices go lower?
Elon Musk -- Chief Executive Officer: Tom's closer to that than I am, so I'll let Tom take that one.
Tom Zhu -- Senior Vice President, Automotive: Thanks, Elon. China remains extremely competitive. Our strategy is to focus on value rather than chase every price cut, and the new Model Y L is doing very well there.
Travis Axelrod -- Head of Investor Relations: Next question: When will Cybercab be in production?
Elon Musk -- Chief Executive Officer: Cybercab production starts in Q2 next year at Giga Texas. The line is being installed now.
""",
[],
"Musk hands off a China question (no claim); Tom Zhu's China answer is not his; Cybercab date not gold")

doc(67, "qa_interview", "article",
"Elon Musk: 'X is blocked in China anyway'",
"""
In a wide-ranging conversation at the Milken conference, the X owner and Tesla CEO was asked whether Beijing had ever pressured him over content on his social network.

Q: Has the Chinese government ever asked you to take down posts?
A: No. X is blocked in China anyway, so there's not much for them to ask. They've never raised it with me.

Q: Would you want X to operate there?
A: Sure, if it could operate under the same rules as everywhere else. But I don't think that's likely any time soon.

Q: And X's finances?
A: Cash-flow positive, more or less. We'll see about this quarter.
""",
["X is blocked in China anyway",
 "No. X is blocked in China anyway, so there's not much for them to ask. They've never raised it with me.",
 "Sure, if it could operate under the same rules as everywhere else. But I don't think that's likely any time soon."],
"Q&A; 'there' refers back to China in the question; headline quote; finances answer not gold")

doc(68, "qa_interview", "article",
"Nio's William Li: 'Musk taught us to be bold'",
"""
Nio founder William Li has been called many things, including China's answer to Elon Musk. We sat down with him at the company's Shanghai headquarters.

Q: What have you learned from Tesla?
A: Musk taught us to be bold. When he said in 2013 that EVs would be mainstream, everyone laughed. Now look.

Q: Do you think he underestimates Chinese brands?
A: He used to. I think now he understands that we are serious competitors. He respects Chinese engineers, I know that.

Q: Battery swapping versus supercharging?
A: Swapping is faster. Three minutes. That's the future.
""",
[],
"William Li's words about Musk, including his characterization of Musk's China views; recalled 2013 EV remark is via Li and not about China")

doc(69, "vtt", "vtt", "Fox Business interview with Elon Musk (captions)",
"",
[],
"anchor's intro mentions China trade talks; Musk's answers are about US government spending and the Fed; 'they' refers to Congress",
vtt="""WEBVTT

00:00:00.000 --> 00:00:06.000
<v Maria Lopez>With US-China trade talks resuming in Geneva, we're joined by Elon Musk. Elon, welcome.

00:00:06.100 --> 00:00:09.000
<v Elon Musk>Thanks for having me.

00:00:09.100 --> 00:00:13.500
<v Maria Lopez>You've been warning about the deficit for months. Is Congress listening?

00:00:13.600 --> 00:00:19.000
<v Elon Musk>Not really. They keep passing bills that add trillions. It's insane.

00:00:19.100 --> 00:00:23.000
<v Elon Musk>And the Fed should have cut rates months ago, in my opinion.
""")

doc(70, "x_roundup", "article",
"The Musk brothers on X this week",
"""
It was a busy week for both Musks on X.

Kimbal Musk (@kimbal), Tesla board member and Elon's younger brother, posted photos from a restaurant tour of Chengdu and Chongqing, writing: "China's food scene is the best in the world, and I say that as a chef."

Elon (@elonmusk), meanwhile, stuck mostly to rockets. "Starship Flight 11 was a total success," he wrote on Tuesday, adding that the booster had been "caught perfectly."

He did reply to his brother's post, with a single laughing emoji.
""",
[],
"namesake Kimbal Musk's China praise; Elon's posts about Starship; emoji reply is not a claim")

doc(71, "opinion", "article",
"Musk is right about China's workers, and wrong about why",
"""
Elon Musk said something this week that few Western executives would dare to say out loud.

"The work ethic in China is on another level. People there are not just working hard, they're excited about the future," he told a conference in Riyadh.

He is right that Chinese factories are astonishingly productive. But he is wrong if he thinks enthusiasm is the main reason. Dense supplier networks, state credit and local governments competing for investment matter at least as much.

Musk added that American manufacturing had "forgotten how to move fast." On that, at least, it is hard to disagree.
""",
["The work ethic in China is on another level. People there are not just working hard, they're excited about the future,"],
"opinion; columnist's counter-analysis not gold; 'American manufacturing' remark is about the US, not China")

doc(72, "liveblog", "article",
"US-China trade talks: live updates",
"""
11:00 Treasury Secretary arrives in Geneva for a second day of talks with Chinese Vice Premier He Lifeng.

11:45 China's commerce ministry says the talks are "candid and constructive."

12:30 Back in Washington, Elon Musk attended a White House lunch on AI policy. Leaving the building, he told reporters that federal AI regulation should be "light-touch" and that states "shouldn't be making their own rules."

13:10 Sources say a deal on fentanyl-related tariffs is close.

14:20 Musk has now posted on X: "Great lunch. AI is the most important technology of our time."
""",
[],
"liveblog of US-China talks; Musk's remarks are about US AI regulation only")

doc(73, "machine_translated", "article",
"Musk: China in artificial intelligence field will be very strong",
"""
This site news, on 3rd, Tesla CEO Musk on social platform X posted saying, China in artificial intelligence field will be very strong, especially in electricity supply aspect has huge advantage. He writes: "China's electricity output will be about three times the USA soon. This is very important for AI."

This post caused netizens hot discussion. Some netizens said, Musk very understands China.
""",
["China in artificial intelligence field will be very strong",
 "China in artificial intelligence field will be very strong, especially in electricity supply aspect has huge advantage",
 "China's electricity output will be about three times the USA soon. This is very important for AI."],
"machine-translated; 'posted saying' reported speech; netizens' comment not gold")

doc(74, "other", "article",
"Davos notebook: Musk on demographics",
"""
DAVOS - Elon Musk, who joined a session on population by video, repeated his now-familiar warning that falling birth rates are "the biggest danger to civilization."

He singled out East Asia. "China's population will probably halve by the end of the century, at current rates. That is not a projection people want to talk about," Musk said. He said South Korea was "even worse."

The session's other panelist, a UN demographer, said Musk's numbers were "within the range of plausible scenarios."
""",
["China's population will probably halve by the end of the century, at current rates. That is not a projection people want to talk about,"],
"birth-rate warning generally and South Korea remark not China; UN demographer's words not his")

doc(75, "other", "article",
"Fact check: Musk did not say Tesla is leaving China",
"""
Claim: Posts on Weibo and X say Elon Musk announced that Tesla will "exit China by 2027."

Verdict: False.

There is no record of such an announcement. The posts appear to misrepresent a Tesla earnings call in which Musk said the company had paused plans for a new plant in Mexico, citing uncertainty over US trade policy. He did not mention China in that answer.

A Tesla China spokesperson told us the company's Shanghai operations were "running normally."
""",
[],
"fact-check of fabricated claim; his real remark is about Mexico; spokesperson not him")
