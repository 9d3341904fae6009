from common import d, mkvtt

# ---------------- WIRE ----------------
d("wire", "article",
  "Tesla's Musk says Chinese rivals 'extremely competitive' at shareholder meeting",
  """AUSTIN, Texas (Reuters) - Tesla Chief Executive Elon Musk on Thursday warned shareholders that the company faced its toughest competition from China, even as he promised a cheaper vehicle and a broader rollout of its humanoid robot.

Musk, in a wide-ranging address delivered on stage at the company's annual shareholder meeting held at its sprawling Gigafactory on the outskirts of Austin, Texas, said Chinese car companies were "the most competitive in the world" and would take share in every market they were allowed into.

"If there are no trade barriers established, they will pretty much demolish most other car companies," he said, adding that Tesla would only hold its own against the Chinese by moving faster on cost.

The Tesla CEO also said the Optimus robot would be in limited production at the Fremont plant by the end of next year, a timeline he has pushed back several times before.

"We'll have thousands of Optimus units doing useful work in our own factories by late next year," Musk said.

Tesla's shares rose 2.1% in after-hours trading. The company sold about 657,000 cars in China last year, according to the China Passenger Car Association.""",
  ["the most competitive in the world",
   "If there are no trade barriers established, they will pretty much demolish most other car companies",
   "Tesla would only hold its own against the Chinese by moving faster on cost"],
  "long locative phrase between subject and verb; non-China remark (Optimus timeline) in China article; pronoun 'they' -> Chinese car companies")

d("wire", "article",
  "Chinese battery founder says he warned Musk over lithium prices",
  """SHANGHAI (Reuters) - Zeng Fanlu, the founder of a Shenzhen-based battery maker that supplies several European carmakers, said on Wednesday that he once told Elon Musk that lithium prices would collapse within two years, a prediction he said the Tesla boss had dismissed.

"I told Musk that the price would fall by half, and he laughed," Zeng told reporters on the sidelines of an industry forum in Shanghai. "Now everyone knows who was right."

Zeng did not say when the conversation took place. Tesla did not respond to a request for comment.

Lithium carbonate prices in China have fallen roughly 80% from their 2022 peak, squeezing miners from Australia to Chile. Analysts at Morgan Stanley said in a note that Musk had repeatedly underestimated how quickly Chinese suppliers could add capacity.""",
  [],
  "someone else's words with Musk as object, including inside a dateline sentence; analyst paraphrase")

d("wire", "article",
  "Musk tells Beijing forum Chinese EV makers are 'the ones to beat'",
  """BEIJING, March 26 (Reuters) - Elon Musk, speaking by video link to a development conference in Beijing on Tuesday evening after a delayed start caused by technical problems, said Chinese electric-vehicle makers had become the benchmark for the global industry.

"The Chinese companies are the ones to beat. They iterate faster than anyone, and their cost structure is incredible," the billionaire said.

He said Tesla's Shanghai plant would remain the company's main export hub for Asia and Europe for "the foreseeable future".

The remarks were warmly received by the audience of officials and executives. Organisers said more than 1,200 people attended the three-day event, which also featured speakers from Apple and Qualcomm.

Musk did not take questions from the audience.""",
  ["The Chinese companies are the ones to beat. They iterate faster than anyone, and their cost structure is incredible",
   "Tesla's Shanghai plant would remain the company's main export hub for Asia and Europe for \"the foreseeable future\""],
  "subject and speech verb far apart (video link, time, delay phrase); multi-sentence quote; reported speech about Shanghai plant")

d("wire", "article",
  "China's Tesla sales slide as Musk focuses on robotaxis, Starship",
  """SHANGHAI/HOUSTON (Reuters) - Tesla's sales in China fell 11% in October from a year earlier, data showed on Tuesday, as the world's second-largest economy's price war intensified and local rivals such as BYD and Xiaomi rolled out cheaper models.

The slide comes as Chief Executive Elon Musk has spent much of his public time talking about autonomous driving and SpaceX's Starship rocket.

On a call with reporters on Monday, Musk said cameras alone were enough for full self-driving. "Lidar is a crutch. Humans drive with two eyes and a brain, and so will the cars," he said.

Hours later he posted on X that the next Starship flight was "about four weeks away" and that the booster would again be caught by the launch tower's mechanical arms.

Chinese carmakers have cut prices on more than 100 models this year, according to a tally by Cui Dongshu, secretary general of the China Passenger Car Association. "Tesla is no longer the default choice for young buyers in China," Cui said.

Tesla declined to comment on the October figures.""",
  [],
  "China article, but Musk's own remarks are about lidar and Starship (neighbourhood decides nothing); other person's China quote")

d("wire", "article",
  "Musk's Shanghai bet turns five, as brother Kimbal opens restaurants in China",
  """SHANGHAI (Bloomberg) -- Five years after Tesla delivered its first cars from its Shanghai factory, the plant has become the company's biggest by output, and Elon Musk's early enthusiasm for it looks prescient.

At the plant's handover ceremony in January 2020, Musk danced on stage and told the crowd that China would become Tesla's biggest market. "I think China will ultimately be our largest market, and I think Shanghai is going to be the template for everything we do," he said at the time.

His brother, Kimbal Musk, who sits on Tesla's board, was in Shanghai this week to open the first of three restaurants he plans in the city. "China's young diners are the most adventurous in the world," Kimbal Musk said at the opening.

Tesla delivered 916,000 vehicles from Shanghai last year, more than half of its global total.

Elon Musk, who has not visited China since last spring, said in a post on X on Monday that the Shanghai team "has been the best-run factory in the company for years".""",
  ["I think China will ultimately be our largest market, and I think Shanghai is going to be the template for everything we do",
   "China would become Tesla's biggest market",
   "has been the best-run factory in the company for years"],
  "recalled quote from years ago (gold); Kimbal Musk's China quote (not gold); X post described")

d("wire", "article",
  "Maye Musk draws crowds in Chinese fashion tour",
  """SHANGHAI (AFP) - Maye Musk, the model and mother of Tesla chief Elon Musk, drew hundreds of fans to a shopping mall in Shanghai on Saturday as part of a week-long tour promoting the Chinese edition of her memoir.

"I love China. I come here every year and the people are so kind to me," Maye Musk, 77, told the crowd in a short speech.

Her memoir has sold more than 300,000 copies in China, according to her publisher, CITIC Press. Her son has not commented on the tour.

Musk's popularity in China remains high despite Tesla's falling market share, according to analysts, and his mother's visits have drawn steady coverage on Weibo, where the hashtag for her tour was viewed 180 million times.""",
  [],
  "Musk-like name (Maye Musk) speaking about China; journalist analysis")

d("wire", "article",
  "Musk says he never discussed Starlink with Beijing officials",
  """WASHINGTON (Reuters) - Elon Musk on Friday rejected a newspaper report that he had promised Chinese officials he would not sell Starlink satellite internet service in China.

In a post on X, the billionaire said he had never discussed Starlink with any representative of the Chinese government. "Not once. Not in a meeting, not on a call," he wrote.

The report, published earlier on Friday, cited two unnamed people familiar with a 2023 meeting between Musk and officials in Beijing.

Musk said in the same post that Beijing had never asked him to limit Starlink's operations in Taiwan.

Starlink is not licensed to operate in mainland China, where foreign satellite internet providers are barred.""",
  ["he had never discussed Starlink with any representative of the Chinese government",
   "Not once. Not in a meeting, not on a call",
   "Beijing had never asked him to limit Starlink's operations in Taiwan"],
  "denial stated as his claim ('said he had never'); continuation quote; Taiwan")

d("wire", "article",
  "Analysts say Musk overstates Chinese threat as Tesla margins thin",
  """NEW YORK (Reuters) - Wall Street analysts say Tesla Chief Executive Elon Musk is overstating the threat from Chinese carmakers to deflect attention from the company's own slowing growth.

"Elon likes to say Chinese competition is existential, but Tesla's problem is an ageing lineup," said Gary Black, a fund manager and longtime Tesla investor.

Musk has long courted Beijing, which granted Tesla unusually favourable terms when it built its Shanghai factory in 2019, and he has rarely criticised the Chinese government in public.

Musk himself spent Thursday posting about U.S. energy policy. "America needs to build a lot more power generation, fast, or AI data centers will simply not be able to run," he wrote on X.

Tesla's gross margin fell to 17.9% in the latest quarter.""",
  [],
  "analyst paraphrasing Musk critically; journalist analysis 'courted Beijing'; his own quote is US energy policy")

d("wire", "article",
  "Musk criticises U.S. tariffs on Chinese EVs, says they distort market",
  """AUSTIN (Reuters) - Tesla CEO Elon Musk said on Wednesday that he opposed the 100% U.S. tariff on Chinese-made electric vehicles, even though Tesla would likely benefit from it.

"Tesla competes well in the marketplace. We do not need tariffs and I'm not in favour of things that inhibit freedom of exchange or distort the market," Musk told an investor conference.

He added that Chinese manufacturers would find ways around the tariffs by building factories in Mexico and elsewhere.

"They will just build plants in third countries, so the tariff doesn't really achieve what people think it does," he said.

The Biden administration announced the tariffs in May, saying Beijing's subsidies had created excess capacity. China's commerce ministry has called the measures protectionist.""",
  ["he opposed the 100% U.S. tariff on Chinese-made electric vehicles, even though Tesla would likely benefit from it",
   "Tesla competes well in the marketplace. We do not need tariffs and I'm not in favour of things that inhibit freedom of exchange or distort the market",
   "Chinese manufacturers would find ways around the tariffs by building factories in Mexico and elsewhere",
   "They will just build plants in third countries, so the tariff doesn't really achieve what people think it does"],
  "tariffs on China; 'he added' continuation; pronoun 'they' -> Chinese manufacturers")

d("wire", "article",
  "Musk meets Chinese premier in surprise Beijing visit",
  """BEIJING (Reuters) - Tesla Chief Executive Elon Musk met Chinese Premier Li Qiang in Beijing on Sunday, state media reported, during an unannounced trip that came days after Tesla postponed a planned visit to India.

Musk arrived on a private jet in the afternoon and was driven to the Diaoyutai state guesthouse, according to footage on social media. He also met officials from the China Council for the Promotion of International Trade.

According to a readout from Xinhua, Li told Musk that China's market "will always be open" to foreign investors and that Tesla's development in China was a successful example of U.S.-China economic cooperation.

Musk did not speak to reporters and Tesla did not comment on the purpose of the visit. He left Beijing late on Sunday.""",
  [],
  "things he did (visited, met) not said; Chinese official quoted to Musk")

# ---------------- LIVEBLOG ----------------
d("liveblog", "article",
  "LIVE: Tesla Q3 earnings call - Musk on China, robotaxis, margins",
  """5:31 PM ET - The call is under way. Musk opens with his usual overview and says it was "a record quarter for energy storage".

5:38 PM ET - On China, Musk is blunt. "The competition in China is the most intense anywhere on Earth. Those guys work like crazy," he says.

5:41 PM ET - He adds that the Shanghai factory is running "basically at full capacity" and that China demand is "solid, but price-sensitive".

5:47 PM ET - Robotaxi timing: Musk says paid rides without safety monitors will start in Austin "in a few months". Analysts on the call did not push back.

5:55 PM ET - CFO Vaibhav Taneja says China deliveries were up 4% sequentially, helped by financing incentives.

6:02 PM ET - Musk says the cheaper model will enter production in the first half of next year. That's a date we've heard before.

6:14 PM ET - Call ends. Shares up 3% after hours.""",
  ["The competition in China is the most intense anywhere on Earth. Those guys work like crazy",
   "the Shanghai factory is running \"basically at full capacity\" and that China demand is \"solid, but price-sensitive\""],
  "liveblog with China and non-China remarks; 'he adds' continuation; CFO's China numbers not gold")

d("liveblog", "article",
  "Starship Flight 9 live updates: launch, booster catch, and Musk's reaction",
  """8:02 AM CT - Good morning from Boca Chica. The countdown is holding at T-40 minutes while engineers check a ground-side valve.

8:19 AM CT - A quick note on context: China's space agency said this week it aims to land astronauts on the moon before 2030, and many observers see Starship as the U.S. answer.

8:45 AM CT - Liftoff! All 33 Raptor engines appear to be running.

8:52 AM CT - Booster caught by the tower arms. Musk on X: "Mechazilla does it again. Incredible work by the team."

9:10 AM CT - Musk says on the SpaceX stream that NASA has been a great partner. "They've given us the room to fail fast, and that's how you learn," he says.

9:31 AM CT - Ship splashed down in the Indian Ocean. Musk: "Next flight in about six weeks, pending FAA approval."

9:40 AM CT - That's all from us today.""",
  [],
  "liveblog with China context by journalist; 'they' refers to NASA; Musk quotes all about rockets")

d("liveblog", "article",
  "World AI Conference live: Musk says DeepSeek is 'impressive', warns on compute",
  """10:05 Shanghai time - The opening session of the World Artificial Intelligence Conference is under way at the Expo Center.

10:22 - Elon Musk has joined by video. He congratulates the organisers and jokes that he is "up very late in Texas".

10:26 - Asked about DeepSeek, the Hangzhou start-up, Musk says its latest model was "genuinely impressive engineering, especially given the chip restrictions they're working under".

10:29 - He goes on: "China is going to have a lot of AI. They have a lot of smart people, and they have a lot of electricity, which is the real constraint."

10:34 - Musk also repeats his view that AI could be smarter than any human by next year. "I think we'll have AI that is smarter than any single human by the end of next year," he says.

10:41 - Baidu's Robin Li takes the stage and says Chinese developers should "learn from Musk's focus on first principles".

10:50 - Musk's segment has ended.""",
  ["genuinely impressive engineering, especially given the chip restrictions they're working under",
   "China is going to have a lot of AI. They have a lot of smart people, and they have a lot of electricity, which is the real constraint."],
  "named Chinese company (DeepSeek) + pronoun; non-China AI forecast in same liveblog; Robin Li quoting Musk's name")

d("liveblog", "article",
  "Trade war live: Beijing retaliates with 34% tariffs; markets tumble",
  """09:02 GMT - China's commerce ministry has announced a 34% tariff on all U.S. goods from April 10, matching Washington's latest levy.

09:15 GMT - European stocks open sharply lower, with carmakers down more than 4%.

09:40 GMT - Elon Musk, who heads the government efficiency effort in Washington, has posted again about federal spending. "The waste in these agency budgets is mind-boggling," he wrote on X.

10:05 GMT - Tesla shares down 6% in premarket trading. Analysts note Tesla relies on Chinese suppliers for some battery cells.

10:30 GMT - Musk also posted a video of a Starship engine test with the caption "Raptor 3 is a beast".

11:12 GMT - Beijing's foreign ministry spokesperson says China "will fight to the end" if the U.S. escalates further.""",
  [],
  "liveblog about China tariffs; Musk's posts about US spending and rockets; analysts' China note")

d("liveblog", "article",
  "Markets live: BYD shares jump after Musk comment",
  """Hong Kong, 10:12 - BYD's Hong Kong-listed shares are up 5.8% this morning, and traders are pointing to one thing: a late-night post by Elon Musk.

10:15 - For those catching up: replying to a video of BYD's new megawatt charger, Musk wrote on X that BYD was "very competitive" and that its charging tech was "legit". That is quite a change from 2011, when he laughed at the company's cars in a TV interview.

10:31 - The Tesla CEO followed up about an hour later, saying Tesla would "need to up our game" on charging speed because the Chinese automaker "is setting the pace right now".

10:48 - Hang Seng up 0.9%. Xiaomi and Li Auto also higher.

11:03 - A BYD spokesperson said the company "appreciates the recognition" but declined to comment further.""",
  ["BYD was \"very competitive\" and that its charging tech was \"legit\"",
   "need to up our game",
   "is setting the pace right now"],
  "X post described in liveblog; named Chinese company; 'the Chinese automaker' reference; BYD spokesperson not gold")

d("liveblog", "article",
  "Musk and China: the debate goes on - live",
  """14:00 - Welcome to our live coverage of today's Senate hearing on U.S. companies' exposure to China. Tesla is one of the firms expected to come up.

14:12 - Senator Hawley says Musk's business interests in China pose "a clear conflict of interest" given his role advising the White House.

14:25 - A witness from the Center for Strategic and International Studies says Tesla's Shanghai plant made about half of its cars last year.

14:41 - Tesla did not send a representative. A spokesperson referred questions to a statement from last year saying the company "complies with all applicable laws".

15:03 - Senator Warner asks whether Musk has ever been asked by Beijing to tone down criticism of Chinese policy. The witness says she is not aware of any such request.

15:20 - The hearing has adjourned.""",
  [],
  "framing headline 'Musk and China: the debate goes on' over body with no statement of his")

d("liveblog", "article",
  "Tesla AI Day live: Musk on Optimus, Chinese supply chain",
  """7:04 PM PT - The stage lights are up at Tesla's Palo Alto office.

7:10 PM PT - Musk opens with Optimus. He says the robot's hands now have 22 degrees of freedom.

7:21 PM PT - An interesting aside on supply chains. Musk: "When people tell me 'China just copies,' I tell them they haven't been to a factory in Ningbo. The Chinese supply chain for actuators is unbelievable."

7:24 PM PT - He adds that Tesla is sourcing some actuator parts from Chinese suppliers but wants to "have a second source outside China for everything".

7:36 PM PT - Musk says Optimus will cost "well under $30,000" at scale. No date given.

7:52 PM PT - Q&A begins. First question is about Dojo.""",
  ["When people tell me 'China just copies,' I tell them they haven't been to a factory in Ningbo. The Chinese supply chain for actuators is unbelievable.",
   "Tesla is sourcing some actuator parts from Chinese suppliers but wants to \"have a second source outside China for everything\""],
  "nested quote inside his quote; 'he adds' continuation; non-China Optimus remarks")
