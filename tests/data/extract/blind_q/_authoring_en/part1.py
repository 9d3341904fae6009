from common import art, label, unlab, vtt

# 1 wire, gold: video link, long phrase between subject and verb, non-China Starship remark
art(1, "wire",
    "Tesla's Musk says Chinese suppliers set the pace on battery costs",
    """
SHANGHAI, March 12 (Reuters) - Tesla Chief Executive Elon Musk, speaking by video link to an industry forum in Beijing on Tuesday evening after a delayed start caused by technical problems, said Chinese battery suppliers had driven down cell costs faster than anyone in the industry had expected.

"The cost curve you're seeing out of China is just brutal for everyone else. Nobody in Europe or America is close right now," Musk told the audience of about 800 executives and officials.

He added that Tesla would keep buying cells from Chinese suppliers for its Shanghai factory for as long as they were the best on the market.

Musk also used the appearance to say that SpaceX's next Starship flight was "about five weeks away", pending regulatory approval.

China accounted for roughly a fifth of Tesla's global deliveries last year, according to company figures. The forum, organised by a national carmakers' association, runs until Thursday.

(Reporting by Liang Wen and Chris Doyle; Editing by Martin Hale)
""",
    ["Chinese suppliers set the pace on battery costs",
     "Chinese battery suppliers had driven down cell costs faster than anyone in the industry had expected",
     "The cost curve you're seeing out of China is just brutal for everyone else. Nobody in Europe or America is close right now",
     "Tesla would keep buying cells from Chinese suppliers for its Shanghai factory for as long as they were the best on the market"],
    "subject and speech verb far apart (video-link phrase); headline claim; 'he added' continuation; Starship date in same article not gold")

# 2 wire, no gold: dateline + someone else's words with Musk as object
art(2, "wire",
    "Chinese battery maker's founder recalls early pitch to Tesla",
    """
SHENZHEN, China, May 7 (Reuters) - Zeng Hanlin, the founder of Shenzhen-based battery maker Voltaris Energy, said on Wednesday he once told Elon Musk that Chinese cells would one day be cheaper than anything Tesla could build in Nevada.

"I said to him, give us five years," Zeng told reporters at the company's headquarters, where it unveiled a sodium-ion pack aimed at budget electric cars. "He listened politely. I don't think he believed me."

Voltaris, which supplies several domestic carmakers, said its new pack would cost about 30% less per kilowatt-hour than its current lithium iron phosphate products.

Tesla did not respond to a request for comment. Musk has not publicly commented on Voltaris.

Analysts at a Shanghai brokerage said the launch could put pressure on larger rivals, including CATL and BYD's battery unit.
""",
    [],
    "someone else's words with Musk as object, inside a dateline sentence; no Musk statement")

# 3 wire, gold: tariffs, two-verb headline, embedded partial quote
art(3, "wire",
    "Musk criticises EU duties on Chinese EVs, says they 'hurt consumers'",
    """
BERLIN, June 5 (Reuters) - Elon Musk said on Thursday that tariffs on Chinese electric vehicles imported into Europe were a mistake, even though Tesla's own China-built cars face a lower levy than most Chinese brands.

"Putting up walls against Chinese cars is not good for consumers, and it's not good for the industry," Musk said at an event at Tesla's plant in Gruenheide outside Berlin.

He added that Chinese carmakers would do well globally "with or without tariffs" because of how quickly they iterate.

The European Commission this week proposed raising duties on some Chinese-made EVs to as much as 38%, citing state subsidies. Beijing has threatened to retaliate against European pork and brandy.

Musk also said the Berlin plant would start producing a cheaper model "sometime next year", without giving details. Union representatives at the site said they had not been briefed on the plan.
""",
    ["they 'hurt consumers'",
     "tariffs on Chinese electric vehicles imported into Europe were a mistake",
     "Putting up walls against Chinese cars is not good for consumers, and it's not good for the industry",
     "Chinese carmakers would do well globally \"with or without tariffs\" because of how quickly they iterate"],
    "tariffs on China; two-verb headline (claim part only); product date not gold; union 'they' not Musk")

# 4 wire, no gold: actions only
art(4, "wire",
    "Musk makes unannounced Beijing trip, meets commerce minister",
    """
BEIJING (AP) — Tesla CEO Elon Musk arrived in Beijing on Sunday for a brief, unannounced visit during which he met China's commerce minister and toured a data center operated by a state-owned telecom carrier, according to two people familiar with the matter.

State broadcaster CCTV showed Musk shaking hands with the minister in a reception hall but did not air any of his remarks. The minister told Musk that China would "keep opening its doors wider" to foreign companies, CCTV said.

The billionaire, who flew in on his private jet from Texas, left the Chinese capital after about 20 hours. Tesla did not release any comment from Musk and did not respond to questions about the purpose of the trip.

The visit comes as Tesla seeks approval to roll out its most advanced driver-assistance software on the mainland, where it competes with dozens of local brands.
""",
    [],
    "things he did (visited, met, toured), not said; official's words addressed to Musk")

# 5 wire long, gold: recalled quote, non-China robotaxi remark, analyst critique
art(5, "wire",
    "Tesla's China Sales Slide for Third Month as Local Rivals Pull Ahead",
    """
(Bloomberg) -- Tesla Inc.'s sales in China fell for a third straight month in October as cheaper models from BYD Co., Xiaomi Corp. and Geely Automobile Holdings Ltd. drew buyers away from the Model 3 and Model Y.

The US carmaker sold 41,200 vehicles made at its Shanghai factory in the domestic market last month, down 14% from a year earlier, according to preliminary data from a passenger car industry group. Exports from the plant rose 9%.

China has been central to Elon Musk's strategy since the Shanghai plant opened in 2019. At the factory's groundbreaking that year, he said the plant would become the template for every Tesla factory after it.

His tone has since shifted. "If nothing changes, the Chinese brands will take most of the global market within a decade," Musk told analysts on a call in January.

Tesla's response has been to cut prices and offer zero-interest financing on some versions of the Model Y. That has helped volumes at the margin but squeezed profitability, according to people who track the company's regional results.

On a call with investors last week, Musk declined to give a China-specific forecast. He instead focused on autonomy, saying robotaxis would be "widely available" in the US by the end of next year.

"Tesla still builds a very good car in Shanghai, but the market has moved to where the value is," said Fang Rui, an analyst at Beacon Peak Research in Shanghai.

Some investors argue Musk has been too slow to respond to the shift. "The product cadence is the problem, not the price," said one fund manager who holds Tesla shares and asked not to be identified.

Tesla's share of China's new-energy vehicle market dropped to 5.8% in the first nine months of the year, from 7.1% a year earlier.

BYD, meanwhile, delivered more than 500,000 vehicles in October alone, including exports. Xiaomi said its order backlog for its second model stretched into next year.

Tesla didn't respond to a request for comment.
""",
    ["the plant would become the template for every Tesla factory after it",
     "If nothing changes, the Chinese brands will take most of the global market within a decade"],
    "long article; recalled 2019 remark (gold); journalist framing 'central to Musk's strategy' not gold; robotaxi claim not gold; analyst/fund manager criticism not gold")

# 6 wire, no gold: Kimbal Musk, later called "Musk"
art(6, "wire",
    "Kimbal Musk says China leads in indoor farming",
    """
SHANGHAI, Sept 20 (Reuters) - Kimbal Musk, the restaurateur and Tesla board member who is the younger brother of Elon Musk, said on Friday that Chinese companies were years ahead of their American peers in vertical farming.

"What I've seen in Shanghai and Chengdu this week is remarkable. They're running farms like factories," Kimbal Musk told a food technology forum in the city.

He declined to comment on his brother's business in China or on Tesla's sales in the country.

Musk, 52, has invested in several urban agriculture start-ups and said he would consider partnering with a Chinese greenhouse operator "if the right opportunity comes along."
""",
    [],
    "another Musk (Kimbal), later referred to as 'Musk'; his China remarks are not the watched speaker's")

# 7 wire, gold: Taiwan, denial stated as claim, recalled remark
art(7, "wire",
    "Musk says he never discussed Taiwan with Beijing officials",
    """
TAIPEI/WASHINGTON, Feb 3 (Reuters) - Elon Musk said on Monday he had never discussed Taiwan with Chinese officials, pushing back against a report that he had raised the island's status during a visit to Beijing last spring.

"I have never talked about Taiwan with anyone in the Chinese government. Not once, not in any meeting," Musk wrote on X in response to the report, which was published by a Taipei-based weekly magazine.

In an interview two years ago, Musk said that friction between Beijing and Taipei was bound to grow as long as most of the world's advanced chips were made on the island.

Taiwan's Mainland Affairs Council said it had "taken note" of Musk's denial and would not comment further. China's foreign ministry said it was not aware of the matter.

The magazine said it stood by its reporting, which cited two unnamed people who attended the meeting.
""",
    ["he never discussed Taiwan with Beijing officials",
     "he had never discussed Taiwan with Chinese officials",
     "I have never talked about Taiwan with anyone in the Chinese government. Not once, not in any meeting",
     "friction between Beijing and Taipei was bound to grow as long as most of the world's advanced chips were made on the island"],
    "denial stated as his own claim (gold); Taiwan in relation to China; recalled remark; officials' responses not gold")

# 8 wire, no gold: China-themed article, Musk talks US energy; 'they' = US utilities
art(8, "wire",
    "China's power build-out looms over Musk's US energy pitch",
    """
AUSTIN, Texas, April 16 (Reuters) - China added more electricity generating capacity last year than the United States has built in the past decade, a gap that has become a talking point among US technology executives racing to power artificial intelligence data centers.

Elon Musk, addressing an energy conference in Austin on Wednesday, said the United States needed to double its transformer manufacturing within three years or risk rolling blackouts as AI demand soars.

"Utilities are not moving fast enough. They need to be building transmission like their lives depend on it," he said.

Musk also said Tesla's Megapack factory in Houston would begin production "in a few months".

China's National Energy Administration said last week that the country's installed solar capacity had passed another milestone. Analysts said the contrast between the two countries' grids would shape where the next wave of AI computing gets built.
""",
    [],
    "topic by neighbourhood: article framed on China, but Musk speaks only on US grid; 'they' = US utilities; product date")

# 9 wire, gold: "the company" referring to Xiaomi; descriptive headline
art(9, "wire",
    "Musk weighs in on Xiaomi's electric car ambitions",
    """
HONG KONG (Bloomberg) -- Elon Musk was asked on Thursday about Xiaomi Corp., the smartphone maker that has become one of the fastest-growing electric-vehicle brands in China.

"The company has done an incredible job, honestly. Going from phones to a car that people actually want in three years is very hard," Musk said during a question-and-answer session at a Tesla event in Austin, Texas.

He said Xiaomi and other Chinese newcomers would force Tesla to "raise its game" on interior design.

Xiaomi's shares rose 3% in Hong Kong trading on Friday. The company has said it aims to deliver 350,000 vehicles this year.

Musk also told the audience that Tesla's Optimus humanoid robot would go into limited production next year.
""",
    ["The company has done an incredible job, honestly. Going from phones to a car that people actually want in three years is very hard",
     "Xiaomi and other Chinese newcomers would force Tesla to \"raise its game\" on interior design"],
    "'the company' refers back to Xiaomi (gold); descriptive headline not gold; Optimus date not gold")

# 10 wire, no gold: regulator, rival quote, journalist description
art(10, "wire",
    "China summons carmakers including Tesla over price war",
    """
GUANGZHOU, July 22 (Reuters) - China's industry ministry on Tuesday summoned executives from more than a dozen carmakers, including Tesla's China unit, and urged them to stop "disorderly" price cuts, according to a statement on its website.

The meeting came weeks after Tesla lowered the price of its Model Y in China by 8,000 yuan. Musk has long courted Beijing, and the Shanghai factory, which opened in 2019 with generous local support, remains Tesla's biggest export hub.

Asked about Tesla at an event in Shenzhen, Wen Qiao, a senior vice president at BYD, was dismissive. "Elon says a lot of things," he said. "We prefer to let our sales figures speak."

The ministry did not name individual companies. Tesla declined to comment.
""",
    [],
    "journalist description ('Musk has long courted Beijing'); rival's words about Musk; regulator statement")

# 11 wire, gold: DeepSeek, conditional claim, X post; Grok claim not gold
art(11, "wire",
    "Musk says Chinese AI models could match US leaders within a year",
    """
SAN FRANCISCO, Jan 25 (Reuters) - Elon Musk said on Saturday that Chinese artificial intelligence labs such as DeepSeek could catch up with the leading US models within a year if their access to advanced chips is not further restricted.

"If the export controls stay where they are, I'd give the Chinese labs 12 months, maybe less," Musk wrote on X, replying to a post comparing benchmark scores.

He added that xAI's next Grok model would be released "in a few weeks" and would be "the smartest AI on Earth by a lot".

DeepSeek, which is based in the eastern city of Hangzhou, did not respond to a request for comment. A group of US lawmakers last week proposed tighter curbs on sales of Nvidia chips to Chinese buyers.
""",
    ["Chinese AI models could match US leaders within a year",
     "Chinese artificial intelligence labs such as DeepSeek could catch up with the leading US models within a year if their access to advanced chips is not further restricted",
     "If the export controls stay where they are, I'd give the Chinese labs 12 months, maybe less"],
    "conditional/hedged claim; X post described; 'he added' continuation about Grok is not China")

# 12 wire, no gold: Maye Musk
art(12, "wire",
    "Maye Musk draws crowds in Chengdu, says Chinese fans 'feel like family'",
    """
CHENGDU, China, Oct 12 (Reuters) - Maye Musk, the model and dietitian whose son Elon runs Tesla and SpaceX, drew hundreds of fans to a bookshop in the southwestern Chinese city of Chengdu on Saturday to promote a new translation of her memoir.

"Every time I come to China, people are so warm. I feel like family here," Musk, 76, told the audience through an interpreter.

She said she had visited the mainland more than a dozen times and planned to return in the autumn.

Asked about her son's views on China, she laughed. "You'll have to ask him," she said.
""",
    [],
    "another Musk (Maye Musk) speaking about China; headline claim is hers, not the watched speaker's")

# 13 liveblog, gold
art(13, "liveblog",
    "Tesla annual meeting live: Musk talks robots, China and his pay",
    """
4:52 p.m. CT — That's a wrap. Shareholders approved all company proposals, according to preliminary results announced from the stage.

4:31 p.m. CT — Musk on Optimus: "We'll have thousands of them walking around our factories by the end of next year. I'm confident about that."

4:18 p.m. CT — A shareholder asked about competition in China. Musk's answer was blunt: "The Chinese car companies are the most competitive in the world. They work incredibly hard and they're very smart. We see that in Shanghai every day."

4:05 p.m. CT — Musk, who walked on stage to loud music wearing a black cowboy hat and waved to the crowd for almost a minute, said the company's Shanghai factory had built its four millionth car.

3:48 p.m. CT — Our reporter in the room notes the crowd is noticeably smaller than last year's.

3:30 p.m. CT — The meeting is under way at Giga Texas in Austin. We'll be posting updates here.
""",
    ["The Chinese car companies are the most competitive in the world. They work incredibly hard and they're very smart. We see that in Shanghai every day",
     "the company's Shanghai factory had built its four millionth car"],
    "liveblog; Optimus remark in same post not gold; subject/verb far apart")

# 14 liveblog, no gold
art(14, "liveblog",
    "Shanghai auto show live: BYD and Xiaomi steal the spotlight",
    """
11:40 — Tesla's stand is modest this year: two Model Ys and a Cybercab mock-up. No executives from Austin appear to be here.

11:15 — Shen Fei, a vice president at Nio, was asked by reporters whether Elon Musk still underestimates Chinese brands. "I think he understands us quite well now," Shen said with a smile.

10:50 — Over on X, Musk posted a meme about Starship this morning. Nothing about the show so far.

10:20 — BYD has unveiled a plug-in hybrid pickup aimed at Australia and Latin America, priced from the equivalent of $32,000.

9:45 — The queue at Xiaomi's stand stretches past the food court. Security staff are letting visitors in in groups of twenty.

9:00 — Good morning from the National Exhibition and Convention Center in Shanghai, where the auto show opens to the press today.
""",
    [],
    "liveblog with China and Musk but no Musk statement: exec's words about him; his unrelated post described")

# 15 liveblog, gold: 'they' referring to Chinese competitors
art(15, "liveblog",
    "Tesla Q3 earnings: live updates",
    """
6:20 p.m. ET — The call is over. Shares are up 2.7% in after-hours trading.

6:12 p.m. ET — Musk was asked about Chinese rivals such as BYD and Xpeng. He said: "Honestly, they are relentless. Their cost per vehicle is lower than anyone's and they ship a new model every 18 months."

6:05 p.m. ET — Musk reiterates that unsupervised FSD will launch in "several US cities" by year-end. He has made similar promises before.

5:58 p.m. ET — Tesla's finance chief says deliveries in China were hurt by a shift in local subsidies and by a longer-than-usual retooling at the Shanghai plant.

5:30 p.m. ET — The call has started. Elon Musk is on the line from Austin.
""",
    ["Honestly, they are relentless. Their cost per vehicle is lower than anyone's and they ship a new model every 18 months"],
    "'they' refers back to Chinese rivals (gold); CFO's China remarks not gold; FSD not gold")

# 16 liveblog, no gold
art(16, "liveblog",
    "US-China trade talks live: tariffs, rare earths and Musk's posts",
    """
2:45 p.m. — China's commerce ministry says the talks in Geneva were "candid and constructive" and that both sides agreed to meet again next month.

2:10 p.m. — Elon Musk has been quiet on the talks. He posted several times this morning about federal spending and shared a video of a Falcon 9 landing.

1:30 p.m. — A commentator for a Chinese state-run newspaper wrote that "even Elon Musk knows decoupling is impossible." We have asked Musk's representatives whether he agrees; no response yet.

12:55 p.m. — US officials say they are prepared to ease some tariffs if Beijing resumes exports of rare-earth magnets.

12:00 p.m. — Welcome to our live coverage of the second day of US-China trade talks.
""",
    [],
    "headline mentions Musk's posts without a claim; commentator attributing a view to him (not his words); his posts on other topics")

# 17 liveblog, gold: sarcasm about Chinese robot makers; 'they' = European regulators not gold
art(17, "liveblog",
    "VivaTech live: Musk on robots, AI and rivals",
    """
15:20 — Musk is asked about Chinese humanoid robot makers, which have flooded trade shows this year with cheap bipedal machines. His reply drips with sarcasm: "Oh sure, they're definitely just toys. That's what people said about their cars, too."

15:12 — He says Neuralink will implant "dozens" more patients this year.

15:05 — Asked whether Europe can compete in AI, Musk takes aim at Brussels: "European regulators make it very hard to build anything here. They regulate first and ask questions later."

14:58 — Elon Musk has joined by video from Texas. The hall is full; organisers say 4,000 people are watching on site.
""",
    ["Oh sure, they're definitely just toys. That's what people said about their cars, too."],
    "sarcasm about Chinese robot makers, 'they' resolved from journalist's sentence (gold); 'they' = European regulators (not gold); Neuralink not gold")

# 18 liveblog, no gold: Starship; 'they' = NASA
art(18, "liveblog",
    "Starship flight 12 live: booster catch attempt and reaction",
    """
8:41 a.m. CT — Musk on X: "Great flight! The booster catch looked epic from the tower cam."

8:30 a.m. CT — Ship splashdown confirmed in the Indian Ocean.

8:05 a.m. CT — While we wait: China's new heavy-lift rocket is still several years from its first flight, according to Chinese state media, and analysts say the country is targeting a crewed lunar landing before 2030.

7:50 a.m. CT — Speaking to reporters at Starbase before the launch, Musk praised NASA. "They've been a great partner. They've given us room to iterate fast, which is everything."

7:30 a.m. CT — Good morning from South Texas. Launch window opens at 8:00 a.m.
""",
    [],
    "China context supplied by the journalist; Musk's 'they' = NASA; his remarks about Starship not China")

# 19 liveblog, gold: short, WAIC
art(19, "liveblog",
    "WAIC Shanghai: live updates from day one",
    """
10:35 — He adds: "The talent here is incredible. I've always said that Chinese engineers are among the best in the world."

10:32 — Elon Musk, appearing by video link, tells the Shanghai audience that China "will have more AI compute than anyone except the US" within two years.

10:10 — Opening remarks from the city's deputy mayor, who says Shanghai will offer subsidised computing power to 500 start-ups.
""",
    ["The talent here is incredible. I've always said that Chinese engineers are among the best in the world.",
     "China \"will have more AI compute than anyone except the US\" within two years"],
    "reverse-chronological liveblog; 'He adds' continuation whose subject is in the later (older) post; embedded partial quote")

# 20 qa_interview, gold: Q: / A (Musk): format
art(20, "qa_interview",
    "Elon Musk on China, competition and the next decade",
    """
The following interview has been edited for length and clarity.

Q: Tesla's sales in China have dropped this year. Are you losing that market to BYD?
A (Musk): We're not losing it, but it's much harder than it was. The Chinese brands are extremely good. They play to win, and they're willing to accept margins that would terrify a US board.

Q: Some people in Washington say Tesla is too dependent on its Shanghai factory.
A (Musk): Shanghai is one of our best factories. The people there are outstanding, and I don't think it's a liability at all.

Q: What about Starship? When will it put a real payload in orbit?
A (Musk): Hopefully this year. We're getting close.

Q: Last question. Is there anything you'd do differently in China?
A (Musk): I'd have built the factory there sooner.
""",
    ["We're not losing it, but it's much harder than it was.",
     "The Chinese brands are extremely good. They play to win, and they're willing to accept margins that would terrify a US board.",
     "Shanghai is one of our best factories. The people there are outstanding, and I don't think it's a liability at all.",
     "I'd have built the factory there sooner."],
    "Q/A format; pronouns 'it'/'there' resolved by the question; questions not gold; Starship answer not gold")

# 21 qa_interview, no gold: Chinese exec talks about Musk
art(21, "qa_interview",
    "'We grew up chasing Tesla': Lanyu Auto's founder on Musk, price wars and Europe",
    """
Gao Ming founded Lanyu Auto in Hefei in 2016. The company now sells about 300,000 cars a year. We spoke to him at the Munich motor show.

You have met Elon Musk several times. What is he like?
Gao: Very direct. The first time we met, I told him that Chinese companies would be selling cars in Germany within five years. He just smiled. I don't think he disagreed.

Do you see Tesla as a rival or a teacher?
Gao: Both. Tesla taught the whole Chinese industry that software matters. But now we are faster on many things.

Will you build a factory in Europe?
Gao: If tariffs keep rising, we will have no choice.
""",
    [],
    "Q&A with a Chinese executive; he reports what he told Musk; no words of Musk")

# 22 qa_interview, gold: outlet/subject labels; mixed topics
art(22, "qa_interview",
    "'The sun is the real power plant': Elon Musk on energy, AI and what comes next",
    """
Elon Musk spoke to The Ledger by phone from Austin. The conversation has been condensed.

The Ledger: You keep saying electricity is the bottleneck for AI. Who is handling that best?
Musk: China, by far. Their solar output is mind-boggling. They're installing more panels in a single year than the US has installed in its entire history.

The Ledger: And the US? Why is it so slow?
Musk: Permitting. It takes longer to get a transmission line approved than to build a gigafactory.

The Ledger: You have 14 children. How do you find time for them?
Musk: I try to have breakfast with the little ones. It doesn't always work.

The Ledger: Last one. Is the US-China AI race a two-horse race?
Musk: It's mostly a two-horse race, yes, and China is running faster on hardware deployment than most people realize.
""",
    ["China, by far. Their solar output is mind-boggling. They're installing more panels in a single year than the US has installed in its entire history.",
     "It's mostly a two-horse race, yes, and China is running faster on hardware deployment than most people realize."],
    "Q&A write-up; title quote is about the sun not China; US permitting and family answers not gold")

# 23 qa_interview, no gold: China only in intro and question framing
art(23, "qa_interview",
    "Elon Musk: 'Mars is the backup drive for civilization'",
    """
We met Elon Musk at Starbase a week after he returned from a trip to China; by agreement, the conversation covered only SpaceX.

How close is Starship to carrying people?
Musk: Closer than people think. We need a lot more flights first, probably a few hundred, to be confident.

Why Mars and not the Moon?
Musk: The Moon is great, but it doesn't have an atmosphere or much water. Mars is the backup drive for civilization.

Isn't that expensive?
Musk: Everything is expensive until it isn't. Rockets used to be thrown away. Now we catch them.
""",
    [],
    "interview intro mentions China, but all of Musk's answers are about SpaceX/Mars; headline claim not about China")

# 24 qa_interview, gold: 'they' = BYD (gold) vs 'they' = Waymo (not)
art(24, "qa_interview",
    "Five questions for Elon Musk",
    """
Q: Who is Tesla's toughest competitor?
Musk: There isn't one answer. It depends on the product.

Q: What about BYD?
Musk: They're very good. Their cost structure is remarkable, and their vertical integration is deeper than ours in some areas.

Q: And Waymo?
Musk: They're good too, but their approach doesn't scale. Too many sensors, too expensive.

Q: Would you ever partner with a Chinese carmaker on software?
Musk: I'd consider licensing FSD to anyone, including Chinese companies, if the regulators allow it.

Q: What keeps you up at night?
Musk: Honestly, my phone.
""",
    ["They're very good. Their cost structure is remarkable, and their vertical integration is deeper than ours in some areas.",
     "I'd consider licensing FSD to anyone, including Chinese companies, if the regulators allow it."],
    "'they' resolved by question to BYD (gold) vs to Waymo (not gold); hedged claim")

# 25 qa_interview, no gold: analyst paraphrasing critically
art(25, "qa_interview",
    "Is Tesla too exposed to China? An analyst answers",
    """
Priya Raman covers the auto sector at Halvorsen Capital. We asked her about Tesla's position in China.

Is Elon Musk too optimistic about China?
Raman: I think he overstates how much room Tesla still has to grow there. The local brands have caught up on software and beaten Tesla on price.

What about the Shanghai factory?
Raman: It's a great plant, but it's increasingly an export hub. That tells you something about domestic demand.

Would you buy the stock?
Raman: Not for the China story. If you buy Tesla today, you're buying robotaxis and robots.
""",
    [],
    "analyst paraphrasing Musk critically; interviewer's question; no words of Musk")
