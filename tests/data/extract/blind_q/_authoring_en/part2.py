from common import art, label, unlab, vtt

# 26 qa_interview, gold: TikTok / ByteDance / Beijing
art(26, "qa_interview",
    "Musk on TikTok, ByteDance and doing business in China",
    """
Elon Musk sat down with CNBC at Tesla's Fremont factory. Excerpts from the conversation:

CNBC: Congress wants ByteDance to sell TikTok's US business or see the app banned. Where do you stand?
Musk: I don't think TikTok should be banned, but the Chinese government shouldn't have any say over what Americans see. A sale to a non-Chinese owner is a reasonable compromise.

CNBC: Would X make a bid?
Musk: No. I've got enough on my plate.

CNBC: Do you worry about Beijing's influence over your own businesses?
Musk: Look, we follow the laws in every country we operate in, including China. That's all any company can do.

CNBC: Are you going to be at Tesla's shareholder meeting in person?
Musk: Of course. Wouldn't miss it.
""",
    ["I don't think TikTok should be banned, but the Chinese government shouldn't have any say over what Americans see. A sale to a non-Chinese owner is a reasonable compromise.",
     "Look, we follow the laws in every country we operate in, including China. That's all any company can do."],
    "TikTok/ByteDance and Beijing influence (gold); outlet-labelled Q&A; other answers not China")

# 27 opinion, gold: recalled quote; columnist analysis; Detroit remark not China
art(27, "opinion",
    "Tesla's Chinese lesson is one Detroit still refuses to learn",
    """
For a decade, American carmakers told themselves a comforting story about China: cheap labour, copied designs, subsidised factories. The story was always lazy, and it is now dangerous.

Consider how the industry's most famous contrarian has talked about it. "Go to a battery plant in Ningbo at two in the morning and you will see more engineers on the floor than you will find in a Detroit plant at noon," Elon Musk told a conference in 2023.

He was exaggerating, as he does. But the point stands, and it is one that executives in Michigan have been slow to absorb.

Musk has had harsher words for his home industry too. "Detroit forgot how to build things because it got very good at building spreadsheets," he said on a podcast last year.

The numbers bear out the worry. Chinese brands now sell more than half of the world's electric vehicles, and their export volumes have tripled in three years.

Tariffs may buy time. They will not buy competence.
""",
    ["Go to a battery plant in Ningbo at two in the morning and you will see more engineers on the floor than you will find in a Detroit plant at noon"],
    "opinion column; recalled quote about Chinese engineers (gold); his Detroit quote not about China; columnist analysis not gold")

# 28 opinion, no gold: framing headline over body without his China statements
art(28, "opinion",
    "Musk and China: the debate goes on",
    """
Few business relationships attract as much suspicion as the one between Elon Musk and the Chinese state. Critics in Washington point to the Shanghai factory, built with cheap loans from local banks, and to the warm receptions Musk has received on his visits to Beijing.

His defenders say this is simply what running a global car company looks like. Volkswagen, GM and Toyota all have deep roots on the mainland, and none of their chief executives is accused of divided loyalties.

Senator Dana Whitfield put the case against him bluntly at a hearing last month: "When a man's biggest factory sits in China, you should ask whose interests he is protecting."

Musk himself has rarely addressed the criticism directly. His most-shared remark this year was a prediction that Starship would carry cargo to Mars "by the end of 2026".

The truth is probably duller than either side admits. Tesla needs China's suppliers and customers; Beijing needs Tesla's know-how and jobs. That is a transaction, not a conspiracy.
""",
    [],
    "framing headline 'Musk and China' over a body with no China statement by him; senator's words; his Starship prediction is not about China")

# 29 opinion, gold: framing headline over body with a plain quote
art(29, "opinion",
    "Elon Musk and Beijing: the argument that never ends",
    """
Every few months the same argument erupts. Is Elon Musk too close to Beijing? Is Tesla hostage to the Chinese market? The questions are fair, and the answers are rarely as simple as either camp pretends.

What is not in doubt is how Musk himself sees it. At a dinner with suppliers in Shanghai last week, he was characteristically blunt. "China is going to be Tesla's biggest market within five years, and we would be foolish to treat it as anything less," he said.

That remark will be read in Washington as confirmation of everything his critics fear. It should instead be read as a statement of commercial fact. There are more people buying electric cars in Jiangsu province than in most European countries.

The real question is not whether Musk is too close to China, but whether any carmaker can afford to keep its distance.
""",
    ["China is going to be Tesla's biggest market within five years, and we would be foolish to treat it as anything less"],
    "framing headline over a body that does contain a plain quote of his about China (gold); columnist's rhetorical questions not gold")

# 30 opinion, no gold: Chinese academic op-ed, his own first-person views
art(30, "opinion",
    "What foreign tech moguls get wrong about Chinese factories",
    """
When Western business leaders such as Elon Musk tour our factories, they tend to leave impressed by the robots, the speed and the scale. I have lost count of the visitors who describe a Chinese production line as "the future".

They are seeing only half of the picture. Behind the efficiency lies an exhausting model of competition in which margins have been driven close to zero and young engineers routinely work six days a week.

I teach industrial engineering in Hangzhou. Many of my former students now work for battery makers and carmakers. They are proud of what they build, but they are tired.

Mr Musk's admirers in China like to say that he understands us. Perhaps he does. But admiration from abroad is no substitute for an honest debate at home about how long this pace can last.

The author is a professor of industrial engineering at a university in Hangzhou.
""",
    [],
    "op-ed by a Chinese academic; 'they' = foreign visitors; admirers' claims about Musk; no words of Musk")

# 31 opinion (editorial), gold: tariffs, recalled quote
art(31, "opinion",
    "Editorial: Tariffs won't save American carmakers",
    """
The administration's plan to raise duties on Chinese-made electric vehicles to 150% is being sold as a shield for American workers. It is more likely to be a crutch.

Protection did not make the American steel industry competitive, and it will not make Detroit competitive in batteries or software. What it will do is keep prices high for American families who want an affordable electric car.

Even Elon Musk, whose company would seem to have the most to gain from keeping Chinese cars out, has argued against the idea. "I'm against tariffs on Chinese EVs. Competition makes everyone better, including us," he said at an investor conference last spring.

He is right, though we suspect he is also confident that Tesla could survive a fair fight.

Congress should reject the increase and spend the money on something that works: training, research and the charging network that still lags far behind China's.
""",
    ["I'm against tariffs on Chinese EVs. Competition makes everyone better, including us"],
    "editorial; tariffs on Chinese EVs; recalled quote (gold); editorial board's opinions not gold")

# 32 opinion, no gold: Shanghai plant column, non-China Musk quote
art(32, "opinion",
    "The Shanghai factory that made Tesla — and may yet unmake it",
    """
It is hard to overstate what the Shanghai Gigafactory did for Tesla. Built in under a year on former farmland in Lingang, it turned a cash-hungry start-up into a profitable carmaker and gave it the cheapest production base in its network.

Musk has long courted Beijing, and Beijing returned the favour: cheap land, fast permits and loans from state banks. For a few years, the partnership looked like the model for every foreign company in China.

That model now looks fragile. Local rivals have copied Tesla's production methods and then improved on them. Shanghai's output is increasingly shipped abroad because Chinese buyers have moved on to cheaper, flashier cars.

Asked recently what motivates him, Musk said he just wants "to make things that are useful and not boring". That ethos built the Shanghai plant. Whether it can save Tesla's position in China is another question.
""",
    [],
    "opinion with journalist description ('Musk has long courted Beijing'); his quote is about motivation, not China")

# 33 opinion long, gold: compilation with nested quote, rhetorical question, Hong Kong; non-China quotes
art(33, "opinion",
    "What Elon Musk really thinks about China — in his own words",
    """
Elon Musk's views on China are frequently summarised, rarely quoted. So we went back through a decade of interviews, earnings calls and posts to see what he has actually said.

Start with the industry, where his admiration is plain. "When people tell me 'China just copies,' I tell them to go and visit a battery plant in Ningde," he said in a 2022 interview.

Then there is scale. On a podcast two years ago, he asked: "Who do you think makes the solar panels, the batteries and the magnets? Do people really believe China is going to slow down?"

He has been less forthcoming about politics. Asked at a 2020 event about the protests in Hong Kong, he replied: "That's for Beijing and the people of Hong Kong to work out. I'm a car guy."

Critics find that answer evasive, and it is. Human rights groups have repeatedly urged him to speak out on Xinjiang, where Tesla opened a showroom in 2022. He has not done so.

Of course, much of what Musk says has nothing to do with China at all. He is fond of repeating that "the best part is no part", an engineering maxim he applies to everything from rockets to car bodies. He has promised a city on Mars "within our lifetimes".

What emerges from the record is a businessman who admires Chinese industry, depends on Chinese customers and avoids Chinese politics whenever he can.

That is not a scandal. It is a strategy, and a fairly common one.

Whether it survives a new era of trade wars is another matter. For now, the man who talks about almost everything has chosen to say very little about the one subject that matters most to his critics.
""",
    ["When people tell me 'China just copies,' I tell them to go and visit a battery plant in Ningde",
     "Who do you think makes the solar panels, the batteries and the magnets? Do people really believe China is going to slow down?",
     "That's for Beijing and the people of Hong Kong to work out. I'm a car guy."],
    "long essay; nested quote; rhetorical question; Hong Kong; his engineering/Mars remarks not gold; author's summary of his views not gold")

# 34 opinion, no gold: rare earths op-ed; Musk quote about Optimus only
art(34, "opinion",
    "China's rare-earth squeeze is the real threat to America's robot dreams",
    """
Beijing's decision to require export licences for rare-earth magnets looked like a technical trade measure when it was announced in April. It is turning into the biggest single constraint on America's plans for humanoid robots.

Every robot joint needs a small, powerful motor, and almost every such motor depends on magnets processed in China. There is no quick substitute.

That makes Elon Musk's latest promise look ambitious. "We're aiming to have thousands of Optimus robots working in our own factories by the end of next year," he told investors in July.

Perhaps. But unless Washington and its allies build a processing industry of their own, the pace of America's robot revolution will be set in Beijing, not in Austin.
""",
    [],
    "op-ed about Chinese export controls, but the Musk quote is only about the Optimus timeline (topic by neighbourhood)")

# 35 aggregator, gold, no snippet
art(35, "aggregator_headline",
    "Musk says China has the best battery supply chain in the world - Reuters",
    "",
    ["China has the best battery supply chain in the world"],
    "aggregator title: claim without the ' - Reuters' suffix")

# 36 aggregator, no gold: describes that he posted
art(36, "aggregator_headline",
    "Elon Musk posts about Chinese battery prices - Bloomberg",
    """
The Tesla chief executive shared a chart on X showing lithium iron phosphate cell prices in China falling below $50 per kilowatt-hour.
""",
    [],
    "headline fragment: only describes that he posted; snippet describes an action (sharing a chart)")

# 37 aggregator, gold: two-verb headline
art(37, "aggregator_headline",
    "Musk lauds Shanghai workforce, says it is the most productive in Tesla's network - Nikkei Asia",
    "",
    ["it is the most productive in Tesla's network"],
    "two-verb headline: gold is the claim part only; aggregator suffix excluded")

# 38 aggregator, no gold: framing headline
art(38, "aggregator_headline",
    "Musk and Beijing: what the billionaire's latest visit means - South China Morning Post",
    "",
    [],
    "framing headline about Musk and China with no claim")

# 39 aggregator, gold: colon headline
art(39, "aggregator_headline",
    "Musk: Chinese carmakers will 'run the table' without trade barriers - Bloomberg.com",
    "",
    ["Chinese carmakers will 'run the table' without trade barriers"],
    "'Musk: claim' headline form; aggregator suffix")

# 40 aggregator, no gold: Kimbal
art(40, "aggregator_headline",
    "Kimbal Musk says China's vertical farms are ahead of the US - Fortune",
    "",
    [],
    "another Musk (Kimbal) making a China claim in a headline")

# 41 aggregator, no gold: EU regulators
art(41, "aggregator_headline",
    "Elon Musk slams EU probe, says Brussels regulators 'have lost the plot' - POLITICO Europe",
    "",
    [],
    "headline carries his claim but about the EU, not China")

# 42 aggregator, gold: with non-claim snippet
art(42, "aggregator_headline",
    "Musk warns Chinese AI labs are 'extremely good' and moving fast - Yahoo Finance",
    """
The xAI founder's comments came during a livestreamed event on X on Monday night, which drew more than a million viewers.
""",
    ["Chinese AI labs are 'extremely good' and moving fast"],
    "aggregator title with claim; snippet carries no claim")

# 43 aggregator, no gold: analysts
art(43, "aggregator_headline",
    "Analysts say Musk overstates China's lead in robotics - MarketWatch",
    "",
    [],
    "analysts' words with Musk as object")

# 44 aggregator, gold: snippet also carries a claim
art(44, "aggregator_headline",
    "Tesla CEO says Shanghai factory will export Model Y to India from next quarter - CarNewsChina",
    """
Elon Musk said the Shanghai plant, Tesla's largest, had spare capacity of about 200,000 vehicles a year that could be used for new export markets.
""",
    ["Shanghai factory will export Model Y to India from next quarter",
     "the Shanghai plant, Tesla's largest, had spare capacity of about 200,000 vehicles a year that could be used for new export markets"],
    "'the Tesla CEO' as name; Shanghai factory topic; snippet with reported speech")

# 45 x_roundup, gold: verbatim post with handle and URL
art(45, "x_roundup",
    "Musk's weekend on X: Mars odds, a senator and Chinese EVs",
    """
Elon Musk posted more than 200 times over the weekend. Here are the posts that drew the most attention.

On Mars: "Starship will make the first uncrewed Mars landing attempt in the next window. Odds are maybe 50/50," he wrote on Saturday.

On Chinese EVs, replying to a chart of export volumes, he wrote: "@EVChartGuy Chinese EV exports are going to keep rising no matter what anyone does. They're simply very good cars at a very good price https://t.co/k3Lm9QzPx2"

On a US senator who criticised SpaceX's government contracts: "Senator, maybe read the contract before posting about it."

He also shared, without comment, a video of the Shanghai Gigafactory at night.
""",
    ["Chinese EV exports are going to keep rising no matter what anyone does. They're simply very good cars at a very good price"],
    "X post quoted verbatim with @handle and URL (gold = the words); Mars and senator posts not gold; sharing a video is an action")

# 46 x_roundup, no gold
art(46, "x_roundup",
    "What Elon Musk posted this week",
    """
It was a busy week on Elon Musk's X account. Among the highlights:

- A meme comparing the Cybertruck to a 1980s video game, which collected more than 300,000 likes.
- A thread on federal spending, in which he wrote that "the deficit is the single biggest threat to the country."
- Several posts celebrating the latest Starlink launch, including "Another one! 9,000 satellites and counting."
- A chart of Chinese EV exports, which he shared without comment.
- A reply to a user asking about his work schedule: "Mostly I just sleep at the factory."

He also changed his display name twice.
""",
    [],
    "roundup of non-China posts; China chart shared without comment (action, no claim)")

# 47 x_roundup, gold: sarcasm and rhetorical question
art(47, "x_roundup",
    "Musk mocks the 'China is collapsing' narrative in late-night posts",
    """
Elon Musk took aim late on Tuesday at commentators who have predicted a Chinese economic collapse.

Replying to a finance influencer who said China's property crisis would bring down its economy within a year, Musk wrote: "Yes, China will collapse any day now. People have only been saying that for 20 years."

In a follow-up post, he asked: "If China's economy is collapsing, why are they building more factories than the rest of the world combined?"

He also weighed in on US interest rates, writing that "the Fed is way behind the curve, as usual."

The influencer later deleted the original post.
""",
    ["Yes, China will collapse any day now. People have only been saying that for 20 years.",
     "If China's economy is collapsing, why are they building more factories than the rest of the world combined?"],
    "sarcasm and rhetorical question about China (gold); headline describing the mockery not gold; Fed post not gold; influencer's claim not gold")

# 48 x_roundup, no gold: post about US solar; Chinese users react; 'they' = US regulators
art(48, "x_roundup",
    "Chinese social media users pile on after Musk's solar permitting post",
    """
Elon Musk wrote on X on Tuesday that "the permitting process for solar in America is absurd. They make you wait two years just to connect a farm to the grid."

The post did not mention China, but it quickly spread on Weibo, where it was viewed more than 40 million times.

"Musk should come to Qinghai. We connect a solar farm in two months," one user wrote. Another said: "Even the richest man in the world envies our grid."

State-run tabloid Global Times ran a commentary arguing that the post showed "the institutional advantages of the Chinese system."
""",
    [],
    "his post is about US permitting ('they' = US regulators); Chinese users and media supply the China angle")

# 49 x_roundup, gold: TikTok / ByteDance reply with handle
art(49, "x_roundup",
    "Musk weighs in on TikTok deal in reply to policy account",
    """
Elon Musk on Friday offered his view on the long-running fight over TikTok's ownership.

"@TechPolicyWatch ByteDance selling TikTok's US arm is the sensible outcome. Beijing keeps the algorithm, America keeps the app. Everybody can live with that," he wrote.

In a separate post minutes later, he promoted a new video feature on X: "Long-form video on X is now better than anywhere else. Try it."

TikTok did not respond to a request for comment. The Chinese commerce ministry has said any sale would need its approval.
""",
    ["ByteDance selling TikTok's US arm is the sensible outcome. Beijing keeps the algorithm, America keeps the app. Everybody can live with that"],
    "reply with @handle about ByteDance/TikTok and Beijing (gold); X video promo not gold; ministry's words not gold")

# 50 x_roundup, no gold: diplomat posts about Musk
art(50, "x_roundup",
    "Chinese diplomats court Musk on X",
    """
A Chinese consul general posted a photo on X on Sunday of Elon Musk at Tesla's Shanghai factory, with the caption: "Elon knows where the future is being built. Welcome back anytime!"

A day earlier, a foreign ministry spokesperson had written that "Mr Musk and all foreign entrepreneurs are welcome to invest and develop in China."

The posts drew thousands of replies, many of them from accounts that appeared to be automated.

Musk did not respond to either post.
""",
    [],
    "others' posts with Musk as object (diplomat's caption attributes knowledge to him); he did not respond")

# 51 x_roundup, gold: short single post
art(51, "x_roundup",
    "Musk: China's solar build-out is 'staggering'",
    """
"The scale of China's solar build-out is staggering. Nobody else is even in the same league," Elon Musk wrote on X on Thursday, sharing a satellite image of a desert installation in Inner Mongolia.
""",
    ["China's solar build-out is 'staggering'",
     "The scale of China's solar build-out is staggering. Nobody else is even in the same league"],
    "headline claim and the quoted post; quote attributed after it")

# 52 x_roundup, no gold: Errol Musk
art(52, "x_roundup",
    "Errol Musk's China comments go viral",
    """
A clip of Errol Musk, the father of Elon Musk, circulated widely on X this week. In it, the 79-year-old engineer says China "will own this century, and everyone knows it."

Musk, speaking to a small podcast in South Africa, added that he had visited Shanghai twice and found it "cleaner than any city in America."

Elon Musk, who is estranged from his father, did not comment on the clip. Several of his fans posted that Errol's views should not be confused with his son's.
""",
    [],
    "another Musk (Errol), later called 'Musk'; Elon did not comment")

# 53 earnings_call, gold: 'Name -- Title' format
art(53, "earnings_call",
    "Tesla (TSLA) Q2 Earnings Call Transcript",
    """
Prepared Remarks:

Martin Ruiz -- Head of Investor Relations

Good afternoon, everyone, and welcome to Tesla's second-quarter earnings Q&A webcast. Joining me today are Elon Musk, Nadia Chen and a number of other executives. Our results were announced about an hour ago.

Elon Musk -- Chief Executive Officer

Thanks, Martin. So, it was a tough quarter in some ways but a very important one. On China, I want to say that the team in Shanghai has done an amazing job. Giga Shanghai produced more cars per hour this quarter than any factory we have ever built. The competition in China is intense, and I expect it to stay that way. On autonomy, we're now running the robotaxi service in three cities, and we expect to expand that a lot by the end of the year.

Questions & Answers:

Operator

Our first question comes from Adam Stein with Northgate Partners.

Adam Stein -- Analyst

Elon, how worried are you about price competition from BYD in Europe?

Elon Musk -- Chief Executive Officer

Well, they're a very strong company, no question. But our cars are better and our software is way ahead, so I'm not losing sleep over it.

Nadia Chen -- Chief Financial Officer

And just to add, our China deliveries were up 4% sequentially, helped by the new financing offers.
""",
    ["On China, I want to say that the team in Shanghai has done an amazing job. Giga Shanghai produced more cars per hour this quarter than any factory we have ever built.",
     "The competition in China is intense, and I expect it to stay that way.",
     "Well, they're a very strong company, no question. But our cars are better and our software is way ahead, so I'm not losing sleep over it."],
    "earnings-call transcript lines ('Elon Musk -- Chief Executive Officer'); 'they' = BYD from analyst question; robotaxi sentences and CFO's China remark not gold")

# 54 earnings_call, no gold: CFO talks China; Musk defers and talks FSD
art(54, "earnings_call",
    "Tesla (TSLA) Q1 Earnings Call Transcript",
    """
Questions & Answers:

Operator

The next question comes from Lena Park with Ridgeway Securities.

Lena Park -- Analyst

Thank you. Can you talk about pricing in China? It looks like average selling prices fell again this quarter.

Elon Musk -- Chief Executive Officer

Nadia, do you want to take that one?

Nadia Chen -- Chief Financial Officer

Sure. We did see pressure on pricing in China, partly because of incentives we offered during the Lunar New Year period. We expect that to ease in the second quarter as the refreshed Model Y ramps in Shanghai.

Lena Park -- Analyst

And a follow-up on autonomy, if I may.

Elon Musk -- Chief Executive Officer

Yeah, so FSD version 14 is a big step. It's the first version where I really feel like the car is thinking. We'll have it in customers' hands within about six weeks.
""",
    [],
    "analyst's China question; Musk hands over to the CFO, whose China remarks are not his; his answer is about FSD")

# 55 earnings_call, gold: label format with 'they'
label(55, "earnings_call",
    "",
    [("Operator", "Our next question comes from Rebecca Lowe with Marlow Securities."),
     ("Rebecca Lowe", "Thanks. Chinese automakers are now launching compact SUVs at half the price of a Model Y. How do you respond to that?"),
     ("Elon Musk", "Look, they're incredibly good at cost. I have huge respect for them. We respond by making the car autonomous, which they can't match yet."),
     ("Elon Musk", "And on the Shanghai factory, we're going to add a second shift for the new Model Y in the fourth quarter."),
     ("Rebecca Lowe", "Great. And any update on the Semi?"),
     ("Elon Musk", "Semi volume production starts in Nevada later this year. We're excited about it."),
     ("Operator", "Thank you. Our next question comes from Omar Haddad with Beacon Street.")],
    ["Look, they're incredibly good at cost. I have huge respect for them. We respond by making the car autonomous, which they can't match yet.",
     "And on the Shanghai factory, we're going to add a second shift for the new Model Y in the fourth quarter."],
    "labelled earnings call; 'they' = Chinese automakers from analyst's question (gold); Semi answer not gold")

# 56 earnings_call, no gold: 'they' = European regulators; CFO on China
label(56, "earnings_call",
    "Tesla Q4 earnings call — partial transcript",
    [("Operator", "We'll take our next question from Jonas Berg with Nordkap Bank."),
     ("Jonas Berg", "A question on Europe. When do you expect to get approval for supervised FSD from European regulators?"),
     ("Elon Musk", "They've been very slow, frankly. We've given them everything they asked for, and then they ask for more. I'm hoping for the Netherlands first, maybe next quarter."),
     ("Jonas Berg", "And a quick one on China deliveries. Should we expect growth this year?"),
     ("Nadia Chen", "We're not guiding by region, but we did see sequential improvement in China in December, and the Shanghai plant is running at full capacity."),
     ("Elon Musk", "I'd just add that Cybercab production starts in Austin in the second quarter.")],
    [],
    "'they' = European regulators (not gold); China answer given by the CFO, not Musk; Cybercab not China")

# 57 earnings_call, gold: long, multi-speaker, Shanghai, tariffs (hedged), Starship
art(57, "earnings_call",
    "Tesla (TSLA) Q3 Earnings Call Transcript",
    """
Elon Musk -- Chief Executive Officer

Thank you. Let me start with the big picture. We delivered a record number of vehicles this quarter, and energy storage deployments were also a record. Megapack demand is extremely strong, and we're sold out through the end of next year.

On manufacturing, Shanghai remains our most efficient plant by a wide margin. The team there can change over a production line in a matter of days, which is something we're trying to copy in Texas and Berlin.

On trade, I'll say this. If the tariffs on Chinese-made components go up again, our cost per vehicle will rise, probably by a few hundred dollars. We can absorb that, but it's not nothing.

And on the SpaceX side, obviously that's a separate company, but the Starship progress has been great, and I think people will be surprised by how fast things move next year.

Questions & Answers:

Operator

Our first question comes from Sandra Koh with Pinebrook Capital.

Sandra Koh -- Analyst

Thanks. Elon, you mentioned Shanghai. Are you considering shifting more export production there, given the tariff uncertainty in the US?

Elon Musk -- Chief Executive Officer

Right now Shanghai supplies most of Asia and a good part of Europe, and I don't see that changing. It's a great factory with a great team.

Sandra Koh -- Analyst

And on the cheaper model, any timeline?

Elon Musk -- Chief Executive Officer

We're not going to give a specific date. It'll be next year.

Nadia Chen -- Chief Financial Officer

I'll just add that the tariff impact Elon mentioned is already reflected in our guidance.
""",
    ["On manufacturing, Shanghai remains our most efficient plant by a wide margin. The team there can change over a production line in a matter of days, which is something we're trying to copy in Texas and Berlin.",
     "If the tariffs on Chinese-made components go up again, our cost per vehicle will rise, probably by a few hundred dollars. We can absorb that, but it's not nothing.",
     "Right now Shanghai supplies most of Asia and a good part of Europe, and I don't see that changing. It's a great factory with a great team."],
    "long earnings-call transcript; conditional tariff claim; Megapack, Starship and cheaper-model date not gold; analyst question and CFO remark not gold")

# 58 earnings_call, no gold: China VP speaks; Musk on robotaxi
art(58, "earnings_call",
    "Tesla (TSLA) Q4 Earnings Call Transcript — excerpt",
    """
Hannah Boyd -- Analyst

Thank you. A question for the China team, if I may. How are you thinking about the price war there this year?

Grace Lin -- Vice President, Greater China

Thanks, Hannah. The market remains very competitive. Our focus in China is on the refreshed Model Y and on expanding our service network to lower-tier cities. We are not going to chase volume at any price.

Hannah Boyd -- Analyst

And Elon, on robotaxi, when does the service leave the pilot stage?

Elon Musk -- Chief Executive Officer

I think we'll have it open to the public in Austin and the Bay Area in the first half. After that, it's really about scaling the fleet, and that goes exponential.
""",
    [],
    "Tesla's China executive speaks about China, not Musk; Musk's turn is about robotaxis")
