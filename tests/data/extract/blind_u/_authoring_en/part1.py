from common import D

DOCS = []
A = DOCS.append

# ---------------- WIRE ----------------
A(D(1, "wire", "article",
    "Musk tells Shanghai forum Chinese rivals are 'the toughest we face'",
    """
SHANGHAI (Reuters) - Tesla Chief Executive Elon Musk, speaking by video link to an industry forum in Shanghai on Tuesday evening after a delayed start caused by a connection fault, said Chinese electric-vehicle makers had become the most formidable competitors the company had ever faced.

"The Chinese companies are the toughest we face, by far. They are relentless on cost and they ship new models every few months," Musk told the audience of suppliers and local officials.

The remarks come as Tesla's share of the market in the world's second-largest economy has slipped for three consecutive quarters, according to industry association data.

Musk also used the appearance to say SpaceX would attempt its next Starship flight "probably in about six weeks," and that the company's launch site in south Texas was being expanded.

He did not take questions from reporters, and a Tesla spokesperson in Beijing declined to comment further.
""",
    ["Chinese rivals are 'the toughest we face'",
     "Chinese electric-vehicle makers had become the most formidable competitors the company had ever faced",
     "The Chinese companies are the toughest we face, by far. They are relentless on cost and they ship new models every few months"],
    "subject and speech verb far apart (long apposition, dateline); non-China Starship remark in same article is not gold; claim-carrying headline"))

A(D(2, "wire", "article",
    "Chinese battery founder says Tesla supply talks broke down over price",
    """
NINGDE, China (Pacific Wire) - Zeng Weiming, the founder of Minjiang Cell Technology, a fast-growing Chinese battery maker, said on Thursday he had once told Elon Musk that Tesla "would never find cheaper cells outside China," and that the two companies had broken off supply talks last year over pricing.

Zeng, whose company supplies several domestic carmakers, said the conversation took place during a factory tour in 2022. "I told him directly: you can build your own cells, but you will pay double," Zeng said.

Industry analysts said Musk tends to overstate how quickly Tesla can bring battery production in-house. "He has promised a lot about in-house cells that has not come true yet," said Dora Liang, an analyst at Sinolink Research in Shanghai.

Tesla did not respond to a request for comment. Musk, who visited Beijing in April, has not publicly addressed the supply dispute.
""",
    [],
    "someone else's words with Musk as object (founder says he told Musk ...), inside dateline sentence; analyst paraphrasing Musk critically; visit is an action"))

A(D(3, "wire", "article",
    "Musk attacks planned levies on Chinese-made cars",
    """
LONDON, 14 March (Albion Press Association) - Elon Musk has criticised proposed British tariffs on electric vehicles imported from China, arguing that they would raise prices for motorists without protecting a single domestic job.

'Tariffs on Chinese cars just make everything more expensive for the consumer. That's it, that's the result,' the Tesla chief executive said in a video address to a motoring conference in Birmingham on Wednesday.

He added that Chinese manufacturers would 'simply build plants inside Europe' if the levies went ahead.

The Department for Business and Trade is consulting on duties of up to 25 per cent on Chinese-built EVs. A spokesman said the government 'will not be lectured' on trade policy by foreign executives.

Musk, whose company ships Model 3 saloons to Britain from its Shanghai factory, also repeated his complaint that planning approval for Supercharger sites in England was 'absurdly slow'.
""",
    ["they would raise prices for motorists without protecting a single domestic job",
     "Tariffs on Chinese cars just make everything more expensive for the consumer. That's it, that's the result",
     "Chinese manufacturers would 'simply build plants inside Europe' if the levies went ahead"],
    "British single quotation marks; tariffs on Chinese EVs; 'he added' continuation; Supercharger planning remark is not gold"))

A(D(4, "wire", "article",
    "Tesla's China deliveries slide as price war bites",
    """
BEIJING (Meridian News) - Tesla's deliveries from its Shanghai plant fell 18% in October from a year earlier, data showed on Tuesday, as a bruising price war among Chinese carmakers eroded the US company's share of the market.

Local rivals including BYD and Leapmotor cut prices by as much as 15% over the summer, and several launched cheaper driver-assistance packages.

Musk has long courted Beijing, and the Shanghai factory, opened in 2019, remains Tesla's largest export hub. But the billionaire has said little about the slowdown in recent weeks.

Speaking at an energy event in Houston on Monday, Musk instead focused on the United States, saying the country "needs to roughly double its electricity output in the next 15 years" and urging federal regulators to speed up grid connections for solar and battery projects.

He also said Tesla's long-delayed Roadster would be unveiled "before the end of the year, hopefully."

Tesla shares fell 2.1% in pre-market trading.
""",
    [],
    "article about China but his statements are about US electricity and a product date; journalist analysis ('has long courted Beijing') is not his statement"))

A(D(5, "wire", "article",
    "Five years on, Tesla's Shanghai bet faces its sternest test",
    """
SHANGHAI (Harbour Business Wire) - When Tesla broke ground on its Lingang factory in January 2019, Elon Musk stood in a muddy field on the city's outskirts and made a promise. "Shanghai will be the template for how we build every factory from now on," he told the crowd, which included the city's mayor.

Half a decade later, the plant produces close to a million vehicles a year and accounts for more than half of Tesla's global output in some quarters.

But the template has grown harder to copy. Rivals such as Xiaomi and Zeekr now source from the same suppliers in the Yangtze River Delta, and local brands undercut the Model Y by thousands of dollars.

On an earnings call in 2020, Musk said that China's supply chain was the most advanced on the planet in terms of speed. That advantage is now shared by the competitors chasing him.

Tesla executives in China are weighing whether to add a cheaper model to the Shanghai line, two people familiar with the matter said.
""",
    ["Shanghai will be the template for how we build every factory from now on",
     "China's supply chain was the most advanced on the planet in terms of speed"],
    "quotes of his from years ago recalled in the article (still gold)"))

A(D(6, "wire", "article",
    "Kimbal Musk bets on Chinese appetite for indoor farming",
    """
HONG KONG (Pacific Wire) - Kimbal Musk, the restaurateur and Tesla board member, said on Friday that Chinese consumers were "the most demanding food buyers in the world" and that his indoor-farming venture would open its first Asian site near Shenzhen next year.

"China is where the future of food is being decided," Kimbal Musk told a food-technology summit in Hong Kong, adding that regulators on the mainland had been "surprisingly fast" in approving the project.

The younger brother of Tesla CEO Elon Musk has visited China at least four times this year. Elon Musk toured Tesla's Shanghai factory in the spring but did not attend Friday's event.

The venture, Greenstack, raised $80 million in a funding round led by a Singapore family office in June.
""",
    [],
    "another person named Musk (Kimbal Musk) talking about China; Elon Musk only mentioned for an action (tour)"))

A(D(7, "wire", "article",
    "Musk rejects report on Tesla car data as Chinese regulator stays silent",
    """
SAN FRANCISCO (Coastline News) - Elon Musk on Wednesday rejected a newspaper report that Tesla had handed vehicle camera footage to Chinese authorities, saying the company had never been asked by Beijing for such data and would refuse if it were.

"We have never given any government, including China's, access to customer camera data. Zero. It's not even technically possible the way our systems are set up," Musk wrote on X.

The report, published by the Capital Ledger on Tuesday, cited two unnamed former employees of Tesla's Shanghai operations.

China's Cyberspace Administration did not respond to a request for comment.

Musk denied the report a second time in a reply to a user later that evening.
""",
    ["the company had never been asked by Beijing for such data and would refuse if it were",
     "We have never given any government, including China's, access to customer camera data. Zero. It's not even technically possible the way our systems are set up"],
    "denial that states his claim (gold) vs bare 'Musk denied the report' (not gold); X post quoted"))

A(D(8, "wire", "article",
    "Taiwan minister hits back at Musk over podcast remarks",
    """
TAIPEI (Formosa Wire) - Taiwan's economics minister on Monday rebuked Elon Musk, responding to comments the billionaire made on a US podcast last week.

"Mr Musk seems to believe Taiwan is a bargaining chip to be traded between big powers. He is mistaken, and he should visit us before he lectures us," Minister Chen Li-hua told reporters at the legislature.

Opposition legislator Hsu Ming-tsai was more cutting. "If I understand Mr Musk correctly, he thinks we should simply hand our factories to Beijing and say thank you," Hsu said, to laughter from colleagues.

Taiwan's chipmakers, which produce the bulk of the world's most advanced semiconductors, count Tesla as an indirect customer through its suppliers.

Tesla and Musk did not respond to requests for comment.
""",
    [],
    "Taiwan; other people's words only, including a rival sarcastically paraphrasing him ('If I understand Mr Musk correctly, he thinks ...')"))

A(D(9, "wire", "article",
    "Musk makes rare Hong Kong appearance at fintech week",
    """
HONG KONG (Harbour Business Wire) - Elon Musk, making his first public appearance in Hong Kong in nearly a decade and visibly jet-lagged after an overnight flight from Austin, told a packed fintech conference on Monday that the city remained the bridge between mainland China and global capital.

Dressed in a black T-shirt and joined on stage by the conference's organiser, Musk fielded questions on artificial intelligence, payments and his X platform.

"Why would anyone bet against Hong Kong? It has a legal system investors trust and it sits right next to the biggest manufacturing base on Earth," he said, to applause.

He also said X would launch its payments feature in the United States first, "probably this year," before expanding to other markets.

Hong Kong's financial secretary, who attended, said after the event that the city "welcomes all innovators, including Mr Musk."
""",
    ["the city remained the bridge between mainland China and global capital",
     "Why would anyone bet against Hong Kong? It has a legal system investors trust and it sits right next to the biggest manufacturing base on Earth"],
    "Hong Kong in relation to the mainland; rhetorical question; long apposition between subject and verb; X payments remark not gold"))

A(D(10, "wire", "article",
    "Musk lauds Chinese engineers, says Shanghai crew rebuilt line 'in two weeks'",
    """
AUSTIN, Texas (Pacific Wire) - Elon Musk on Thursday offered some of his most effusive praise yet for Tesla's workforce in China, telling an audience of engineering students in Austin that the team at the company's Shanghai plant had rebuilt an entire paint-shop line in two weeks.

"I asked the engineering lead in Shanghai how long it would take, and she said, 'Give us three weeks.' They did it in two. That's the kind of thing you see in China that you just don't see elsewhere," Musk said.

The event, held at the University of Texas, was billed as a recruiting talk for Tesla and SpaceX, and most of the hour-long session was devoted to rockets and humanoid robots.

Musk said the Optimus robot would be "in limited production" at Tesla's Fremont factory next year, and repeated his view that Starship would carry cargo to Mars within the decade.

But he returned to China several times. Asked by a student what the United States could learn from the country, he paused for several seconds before answering.

"Honestly? Work ethic and manufacturing depth. The number of people in China who actually know how to run a factory is staggering. We have to get much better at that here," he said.

Musk, who has drawn criticism in Washington for his business ties to Beijing, did not address the political debate.

He also joked about his own schedule, telling students he had slept "maybe four hours" after a late-night Starship review.

Tesla's Shanghai plant is its highest-volume factory and exports to Europe and the Asia-Pacific region.

The company reports quarterly results next week, with analysts expecting a fourth straight decline in China deliveries.
""",
    ["Shanghai crew rebuilt line 'in two weeks'",
     "the team at the company's Shanghai plant had rebuilt an entire paint-shop line in two weeks",
     "I asked the engineering lead in Shanghai how long it would take, and she said, 'Give us three weeks.' They did it in two. That's the kind of thing you see in China that you just don't see elsewhere",
     "Honestly? Work ethic and manufacturing depth. The number of people in China who actually know how to run a factory is staggering. We have to get much better at that here"],
    "long article; headline with two verbs (gold only the claim part); nested quote; multi-sentence quotes; Optimus/Mars/sleep remarks not gold"))

A(D(11, "wire", "article",
    "Musk and China: the debate goes on",
    """
WASHINGTON (Coastline News) - Few business relationships draw as much scrutiny in Washington as the one between Elon Musk and China.

Senator Ruth Calloway, a Republican on the banking committee, said on Wednesday that the Tesla chief "cannot serve two masters" and called for a review of the company's supply contracts with Chinese firms.

In Beijing, consultant Arthur Wen, who advises foreign carmakers on market entry, took a different view. "Musk understands that the Chinese market rewards patience. Most American CEOs never learn that," he said.

Tesla investors are split. "Every time the word China comes up, the stock moves two percent in one direction or the other," said Lena Kowalski, a portfolio manager at Brightwater Funds.

Musk's posts on X this week dealt with an upcoming Starship flight and his artificial-intelligence startup. He has not commented on Calloway's letter.
""",
    [],
    "document-level framing headline ('Musk and China: the debate goes on') over a body with no statement of his about China"))

A(D(12, "wire", "article",
    "Tesla CEO weighs in on BYD during Berlin plant walk-through",
    """
BERLIN (Continental Press) - Elon Musk, during a two-hour walk-through of Tesla's Gruenheide factory outside Berlin on Friday with workers, local politicians and a handful of reporters in tow, said BYD was now the company Tesla watched most closely.

"BYD is incredibly good at cost. They've vertically integrated everything, right down to the chips, and frankly they out-work everyone," he said, standing beside the Model Y body line.

Musk, who laughed off BYD's cars in a television interview more than a decade ago, said that Tesla's own cost-cutting would need to go much further to keep pace with the Shenzhen-based company.

He also told workers that the Berlin plant would begin producing a new battery pack design in the autumn, and that a second shift would be added "if demand holds up."
""",
    ["BYD was now the company Tesla watched most closely",
     "BYD is incredibly good at cost. They've vertically integrated everything, right down to the chips, and frankly they out-work everyone",
     "Tesla's own cost-cutting would need to go much further to keep pace with the Shenzhen-based company"],
    "subject and verb separated by long locative/time phrase; pronoun 'they' refers back to BYD; past action (laughed off) not a statement; Berlin plant remarks not gold"))

A(D(13, "wire", "article",
    "Musk blasts European regulators over self-driving delay",
    """
AMSTERDAM (Continental Press) - Chinese carmakers have won approval for advanced driver-assistance features in several European markets this year, while Tesla's supervised self-driving software is still awaiting sign-off from the Dutch vehicle authority, RDW.

Xpeng and Nio both received conditional approvals in Norway and the Netherlands in the spring.

Musk on Monday vented his frustration at the pace of the European approval process in a post that tagged the RDW's account. "They've had our data for over a year. They move at the speed of a glacier, and meanwhile people die in crashes a computer would have avoided," he wrote.

An RDW spokeswoman said the agency "will not be rushed" and was assessing the software "on the same basis as any other manufacturer."

Musk added that he expected European approval "in the next few months, hopefully."
""",
    [],
    "'they' refers to a European regulator, not to the Chinese carmakers mentioned earlier; product-date remark not gold"))

# ---------------- LIVEBLOG ----------------
A(D(14, "liveblog", "article",
    "Live: Tesla annual meeting - Musk on pay, robots and China",
    """
16:42 CT
Musk is on stage now, to loud cheers. He's opening with a video of Optimus robots sorting battery cells on a conveyor.

16:49 CT
First substantive comment: Musk says Optimus will be "the biggest product of all time." No production timeline yet.

16:58 CT
A shareholder question on competition, and Musk doesn't hold back: "Honestly, the Chinese carmakers are the fiercest competitors on the planet. Take away the tariffs and they'd flatten most of the legacy industry within a few years." He says Tesla's answer to the Chinese challenge is autonomy, not price.

17:05 CT
Musk turns to the pay package vote, saying he is "grateful" for the support and that he intends to stay at Tesla "for a very long time."

17:11 CT
Our China correspondent notes that the remarks will be closely watched in Beijing, where Tesla's share of the electric-vehicle market has slipped below 5%.

17:20 CT
Musk says the next-generation Roadster demo is "on track for the end of the year." We've heard that before.
""",
    ["Honestly, the Chinese carmakers are the fiercest competitors on the planet. Take away the tariffs and they'd flatten most of the legacy industry within a few years.",
     "Tesla's answer to the Chinese challenge is autonomy, not price"],
    "liveblog with framing title that does carry real China quotes in body; Optimus, pay and Roadster entries not gold; correspondent's note not gold"))

A(D(15, "liveblog", "article",
    "Beijing auto show live: Xiaomi, BYD unveil new models; Musk a no-show",
    """
09:10
Good morning from the National Convention Center, where the doors have just opened. Xiaomi's booth already has a queue snaking round the hall.

09:45
Xiaomi's automotive president, unveiling the company's second SUV, couldn't resist a dig at Tesla. "I told Elon last year that our factory would catch his within three years. We did it in two," he said. The crowd loved it.

10:25
Analyst Grace Huang of Pinnacle Auto Research on Musk's absence: "He used to come to these shows. The fact that he isn't here says a lot about where Tesla's priorities are."

11:40
Tesla's booth is showing a refreshed Model Y with a longer wheelbase. A Tesla China vice-president told us the company remained "fully committed" to the market.

12:15
Over on X, Musk has spent the morning posting about Starship's next flight and has not commented on the show.
""",
    [],
    "liveblog at a Chinese event: rival CEO says he told Musk; analyst comments; Tesla executive quote; Musk's posts are about Starship"))

A(D(16, "liveblog", "article",
    "World Economic Forum live: Musk says Chinese AI labs only months behind",
    """
13:40 CET
The IMF's managing director says China's growth will slow to around 4% next year, warning of "a long adjustment" in the property sector.

14:05 CET
Elon Musk has joined by video link from Texas, in a session moderated by the forum's founder. It's a slightly choppy connection.

14:09 CET
Asked about competition in artificial intelligence, Musk says Chinese labs are "only a few months behind" the best American models. He adds: "DeepSeek proved you don't need a trillion dollars to be near the frontier."

14:15 CET
He also predicts that AI will be smarter than any single human "probably by the end of next year," a forecast he has made before.

14:30 CET
China's vice-premier, speaking after Musk, says the country "opposes the politicisation of technology" and welcomes foreign investment.
""",
    ["Chinese AI labs only months behind",
     "Chinese labs are \"only a few months behind\" the best American models",
     "DeepSeek proved you don't need a trillion dollars to be near the frontier."],
    "liveblog; 'he adds' continuation; named Chinese company (DeepSeek); AGI forecast not gold; IMF and vice-premier quotes not gold; headline carries claim"))

A(D(17, "liveblog", "article",
    "Starship flight live: booster caught, ship splashes down in Indian Ocean",
    """
07:02 CT
T-minus 10 minutes. Weather at Starbase is clear. Worth noting: China's space agency said on Monday its new Long March 10 rocket would attempt its first flight this summer, so the pressure is on.

07:12 CT
Liftoff! All 33 Raptor engines appear to be running.

07:19 CT
The tower has caught the booster. Musk on X, moments later: "Mechazilla did it again!!"

08:04 CT
Ship splashdown confirmed on target. Musk posts: "Congrats to the SpaceX team. Next one will try to catch the ship."

08:20 CT
A commentator on Chinese state television says Musk's rockets are "impressive engineering" but that China "will land astronauts on the moon first." We'll see.
""",
    [],
    "China appears only in journalist context and a Chinese commentator's words; Musk's posts are about the launch"))

A(D(18, "liveblog", "article",
    "Trade war live: Beijing retaliates with 34% levies; markets slide",
    """
08:00 BST
China's commerce ministry has announced retaliatory tariffs of 34% on all US goods from next Thursday, matching Washington's latest increase.

09:30 BST
European stocks open sharply lower, with carmakers and luxury brands hardest hit.

10:15 BST
Elon Musk has weighed in on X. "Tariffs are a tax on consumers. A trade war with China has no winners, only bigger bills," he wrote, in a post that has already been viewed more than 20 million times.

10:40 BST
A White House trade adviser, asked about Musk's post on cable television, said the Tesla CEO "is entitled to his opinion but he builds cars, not trade policy."

11:05 BST
Musk has since moved on, posting a video of a Starship engine test.
""",
    ["Tariffs are a tax on consumers. A trade war with China has no winners, only bigger bills"],
    "tariffs between US and China; X post quoted; adviser's response about Musk not gold; Starship video not gold"))

A(D(19, "liveblog", "article",
    "Tesla Q3 earnings live: margins beat, Musk talks robotaxi",
    """
16:05 ET
Results are out: automotive gross margin came in at 17.9%, ahead of consensus. Revenue in China fell 9% year on year.

16:32 ET
The call begins. Musk opens with robotaxi, saying Tesla expects to operate in "eight to ten metro areas" by year end.

16:48 ET
First analyst question is about China pricing. Chief financial officer Priya Raman takes it: "China remains extremely competitive. We saw continued pricing pressure in the quarter, and we expect that to persist."

16:55 ET
Musk jumps back in on Optimus, saying the version 3 hand is "the hardest engineering problem I've seen."

17:10 ET
Halvorsen Capital's Morgan Greaves, in a note to clients: "Musk didn't say a word about China. That tells you something."
""",
    [],
    "earnings liveblog where only the CFO talks about China; analyst remark about Musk not gold; Musk's remarks about robotaxi/Optimus"))

A(D(20, "liveblog", "article",
    "London Tech Week: live updates from day two",
    """
11.02am: Chinese carmakers are the talk of the exhibition floor this morning, with BYD and Chery both showing cars priced under £25,000.

11.15am: Elon Musk has just appeared on the big screen by video link, and he was asked straight away about that Chinese push into Britain. His answer, in full: 'Frankly, they out-work everyone. Their supply chain is years ahead and we should be copying it, not complaining about it.' Strong words from the Tesla boss.

11.21am: 'If you want to see the future of manufacturing, go to Ningbo or Hefei and watch how fast they move,' was how Musk finished that answer.

11.30am: He also said the best thing Britain could do for its economy was 'build a lot more power stations, and fast'.

11.48am: A quote doing the rounds on social media, attributed to Musk, about a coming 'Chinese century' does not appear anywhere in his remarks today. Our desk has checked the recording.

12.05pm: Context from our motoring editor, Rachel Hughes: 'Musk has been saying versions of this for two years, but the difference now is that the Chinese brands are actually here.'
""",
    ["Frankly, they out-work everyone. Their supply chain is years ahead and we should be copying it, not complaining about it.",
     "If you want to see the future of manufacturing, go to Ningbo or Hefei and watch how fast they move"],
    "British single quotes; 'they' refers back to Chinese carmakers in previous entry; quote given first and attributed at its end; UK power-station remark not gold; misattributed viral quote and editor's comment not gold"))

# ---------------- QA INTERVIEW ----------------
A(D(21, "qa_interview", "article",
    "'We compete with China every single day': Elon Musk on rivals, robots and Mars",
    """
Elon Musk sat down with Northgate Business Review at Tesla's Austin headquarters last week. The conversation has been edited for length and clarity.

Q: Tesla's sales in China fell last quarter. Are Chinese brands simply better now?
A (Musk): They're very, very good. I've said that for years. The top Chinese companies iterate faster than anyone, and the government support for manufacturing is real. We compete with China every single day, and it makes us better.

Q: Some investors say you should cut prices again.
A (Musk): Price cuts aren't a strategy. Autonomy is the strategy.

Q: When will Starship go to Mars?
A (Musk): The next transfer window is late 2026. I'd say fifty-fifty we send an uncrewed ship then.

Q: Do you ever worry about being too dependent on Chinese suppliers?
A (Musk): Everyone is dependent on Chinese suppliers. Anyone who tells you otherwise hasn't looked at a bill of materials.
""",
    ["We compete with China every single day",
     "They're very, very good. I've said that for years. The top Chinese companies iterate faster than anyone, and the government support for manufacturing is real. We compete with China every single day, and it makes us better.",
     "Everyone is dependent on Chinese suppliers. Anyone who tells you otherwise hasn't looked at a bill of materials."],
    "Q: ... A (Musk): format; 'they' in answer refers to Chinese brands in the question; pricing and Mars answers not gold; interviewer questions not gold"))

A(D(22, "qa_interview", "article",
    "Interview: Nova Motors founder Fang Jie on taking the fight to Tesla",
    """
Fang Jie founded Hangzhou-based Nova Motors in 2017. Its cars now outsell Tesla's in three Chinese provinces. We spoke to him at the company's design centre.

Q: Elon Musk is often described as the Western executive who understands Chinese carmakers best. Is that fair?
A: He understands manufacturing. Whether he understands Chinese consumers, I am less sure.

Q: You met him in 2023. What did you tell him?
A: I told him our cars would be in Europe before his Cybertruck. He laughed. We were right.

Q: What is Nova's biggest weakness?
A: Software. Tesla is still ahead there, and I say that openly to my engineers.
""",
    [],
    "Q&A with a Chinese CEO about Musk; interviewer questions and the CEO's account of what he told Musk; no statement of Musk"))

A(D(23, "qa_interview", "article",
    "Elon Musk on Taiwan, chips and the cost of conflict",
    """
In a wide-ranging interview with The Meridian Quarterly, recorded at SpaceX's Hawthorne offices, Elon Musk discussed geopolitics, semiconductors and satellite internet. Excerpts follow.

Meridian: Beijing says Taiwan is an internal matter. Companies like yours depend on chips made there. How do you think about that risk?
Musk: If there were a blockade of Taiwan, the whole global economy would seize up. Every car company, every phone company, every data center. Nobody wins that, least of all China.

Meridian: Have you ever discussed Taiwan with Chinese officials?
Musk: I've never discussed Taiwan with anyone in the Chinese government. Not once. People assume things that just aren't true.

Meridian: Starlink coverage has become a political issue in several countries.
Musk: Starlink follows the law in every country where it operates. That's it. We're not a political organisation.
""",
    ["If there were a blockade of Taiwan, the whole global economy would seize up. Every car company, every phone company, every data center. Nobody wins that, least of all China.",
     "I've never discussed Taiwan with anyone in the Chinese government. Not once."],
    "Taiwan in relation to China; denial that states his claim ('I've never discussed ...'); interviewer's question about Beijing not gold; Starlink answer not gold"))

A(D(24, "qa_interview", "article",
    "Q&A: Musk on the heat shield problem that keeps him up at night",
    """
This interview took place by phone on Sunday, a day after the latest Starship test. It has been condensed.

Q: China's new export controls on rare earths have rattled carmakers. Is Tesla's Optimus robot exposed?
Musk declined to answer the question, saying he wanted to keep the conversation to SpaceX.

Q: Fair enough. What is the hardest problem on Starship right now?
A: The heat shield. We've lost tiles on every flight, and a fully reusable heat shield has never been built. That's the thing that keeps me up at night.

Q: Your brother Kimbal said last week that China is "the future of food." Do you agree?
A: Kimbal knows food. I know rockets.
""",
    [],
    "interviewer's questions mention China; Musk declines (action) and answers about the heat shield; Kimbal Musk's quoted view is not Elon's"))

A(D(25, "qa_interview", "article",
    "Musk on TikTok, free speech and his plans for X",
    """
Elon Musk spoke to Signal & Noise for its weekly business interview. Below is an edited transcript.

Signal & Noise: Congress has ordered TikTok's Chinese parent to sell the app or see it banned. Where do you stand?
Elon Musk: I've been against banning TikTok, because banning apps is a slippery slope. But I also think it's fair to say Beijing shouldn't have a say over what 170 million Americans see in their feed. Both things can be true.

Signal & Noise: Would X want to buy it?
Elon Musk: I'm not going to comment on that.

Signal & Noise: When does X Money launch?
Elon Musk: Beta in the US this summer, then wider.
""",
    ["I've been against banning TikTok, because banning apps is a slippery slope. But I also think it's fair to say Beijing shouldn't have a say over what 170 million Americans see in their feed. Both things can be true."],
    "TikTok and Beijing; refusal to comment is not a claim; X Money date not gold"))
