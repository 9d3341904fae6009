from common import d, mkvtt

# ---------------- MACHINE TRANSLATED ----------------
d("machine_translated", "article",
  "Musk: China new energy vehicle enterprises are very strong, will become world leader",
  """According to the report of the reporter, on the 20th, Tesla CEO Musk expressed that China's new energy vehicle enterprises are very strong, and in the future will occupy the leading position of global market.

Musk at the annual shareholders meeting held in Austin city of Texas state of the United States said, "Chinese car enterprises are the most competitive car enterprises in the world, their speed is very fast."

He also said, Tesla Shanghai super factory is the most efficient factory of Tesla at present.

It is understood that, Tesla in domestic market first three quarters sold about 450,000 vehicles, same-period comparison decreased 6%. Industry person pointed out, domestic car enterprises price competition is intensifying.""",
  ["China new energy vehicle enterprises are very strong, will become world leader",
   "China's new energy vehicle enterprises are very strong, and in the future will occupy the leading position of global market",
   "Chinese car enterprises are the most competitive car enterprises in the world, their speed is very fast.",
   "Tesla Shanghai super factory is the most efficient factory of Tesla at present"],
  "machine-translated from Chinese: colon headline claim; 'expressed that'; long locative before 'said'; 'He also said' continuation; 'domestic' = China (journalist)")

d("machine_translated", "article",
  "CATL founder: I once told Musk battery price will fall half",
  """This newspaper news, CATL chairman Zeng Yuqun at one forum held in Ningde city said, he once in a meeting told Musk, battery price will in two years fall half, Musk at that time did not believe.

Zeng Yuqun said: "Now the facts prove, Chinese battery industry's cost control ability is world first."

According to understanding, CATL is Tesla's important battery supplier. Relevant person said, Tesla and CATL cooperation relation is stable.

Reporter contacted Tesla China, as of press time not yet obtained reply.""",
  [],
  "machine-translated: someone else (Zeng Yuqun) with Musk as object; 'Musk did not believe' is Zeng's account")

d("machine_translated", "article",
  "Elon Musk again praise Chinese engineer: they are the most diligent",
  """On the evening of 15th, Beijing time, Tesla CEO Elon Musk through social platform X, in a reply to a netizen about Chinese engineers working overtime video, wrote: "They are the most hard-working people I have ever seen."

Afterwards, Musk in another post supplement said, China has many excellent engineers, this is the reason why Chinese manufacturing industry develops so fast.

It is worth mentioning that, this is not first time Musk praise China. In 2022, he once in an interview said, "China's economy is very strong, the people are very smart and very hard-working."

Many netizens left message said, Musk is the "foreign friend" of Chinese people.""",
  ["they are the most diligent",
   "They are the most hard-working people I have ever seen.",
   "China has many excellent engineers, this is the reason why Chinese manufacturing industry develops so fast",
   "China's economy is very strong, the people are very smart and very hard-working."],
  "machine-translated: two-verb headline (praise + claim after colon); 'they' -> Chinese engineers; supplement continuation; recalled 2022 quote; netizens' words not gold")

d("machine_translated", "article",
  "Musk again talks China: The argument continues",
  """Recently, about Tesla CEO Musk and China relation the topic again triggered hot discussion on the network.

Some netizens think, Musk to China attitude is friendly, other netizens think he is only for business interests. Industry analyst Mr. Zhang pointed out, Musk's China strategy in the past ten years has changed many times.

Reporter noted, Tesla Shanghai super factory this year delivered vehicles quantity is declining. Tesla official did not make response to related questions.

Analyst believes, in the future Tesla in Chinese market will face bigger pressure.""",
  [],
  "machine-translated framing headline ('Musk again talks China') over body with no statement of his")

d("machine_translated", "article",
  "Musk: U.S. should not add tariffs to Chinese goods, trade war has no winner",
  """According to foreign media report, local time 3rd, Tesla CEO Musk in an interview expressed that, United States to Chinese goods add tariffs is not wise, trade war has no winner.

Musk said: "If tariffs become higher and higher, the final payer is the consumer. China and the United States both will be harmed."

He added that, he hopes the two countries can through negotiation solve disagreement.

Also, Musk in the interview also talked about the Starship plan, he said next launch will be at next month carry out.

Ministry of Commerce spokesman on same day expressed, China side welcomes all circles rational voice.""",
  ["U.S. should not add tariffs to Chinese goods, trade war has no winner",
   "United States to Chinese goods add tariffs is not wise, trade war has no winner",
   "If tariffs become higher and higher, the final payer is the consumer. China and the United States both will be harmed.",
   "he hopes the two countries can through negotiation solve disagreement"],
  "machine-translated: 'expressed that'; 'He added that' continuation with 'the two countries'; Starship date not gold; Chinese ministry not gold")

d("machine_translated", "article",
  "China aerospace achieves new breakthrough, Musk talks Starship progress",
  """Xinhua net news, on the 10th, China's Long March series carrier rocket successfully carried out the 500th launch, marking China aerospace industry reached a new level.

On the same day, SpaceX founder Musk on social platform announced, Starship will in next month carry out the eleventh test flight. Musk said: "The booster will again be caught by the tower, this is the key for fully reusable."

Experts said, Chinese commercial aerospace companies are speeding up development of reusable rocket, the gap with SpaceX is narrowing.""",
  [],
  "machine-translated: China space article, but Musk's words are about Starship only; experts' China remarks not gold")

d("machine_translated", "article",
  "Musk: If Chinese regulator approve, FSD may soon enter Chinese market",
  """This reporter learned, Tesla CEO Musk at the first quarter earnings meeting indicated, if obtain Chinese regulator approval, Tesla FSD full self-driving may within this year push out in China.

"It is possible, but depends on approval, we are very hopeful," Musk said.

He at the same time said, Tesla FSD in North America has already accumulated over 3 billion miles.

Industry analysis said, domestic intelligent driving competition is fierce, Huawei, XPeng etc. enterprises already in leading position.""",
  ["If Chinese regulator approve, FSD may soon enter Chinese market",
   "if obtain Chinese regulator approval, Tesla FSD full self-driving may within this year push out in China",
   "It is possible, but depends on approval, we are very hopeful"],
  "machine-translated hedged/conditional claim; quote 'It is possible' refers back to FSD in China; North America mileage not gold")

# ---------------- SHORT SUMMARY ----------------
d("short_summary", "article",
  "Musk says Chinese EV makers are 'the most competitive in the world'",
  "Tesla CEO Elon Musk said on Wednesday that Chinese carmakers were the most competitive in the world and would succeed globally without trade barriers.",
  ["Chinese EV makers are 'the most competitive in the world'",
   "Chinese carmakers were the most competitive in the world and would succeed globally without trade barriers"],
  "one-sentence RSS summary with reported speech; headline claim")

d("short_summary", "article",
  "Musk visits Shanghai Gigafactory",
  "Elon Musk toured Tesla's Shanghai plant on Monday and met local officials, according to people familiar with the matter.",
  [],
  "short summary of an action (visited, met), no statement")

d("short_summary", "article",
  "Musk: China will lead in AI electricity",
  "The billionaire told an audience in Riyadh that China's rapid build-out of power plants would give it an edge in artificial intelligence. He also said xAI would double its compute this year.",
  ["China will lead in AI electricity",
   "China's rapid build-out of power plants would give it an edge in artificial intelligence"],
  "two-sentence summary; second sentence (xAI compute) not gold")

d("short_summary", "article",
  "Musk posts about Chinese battery prices",
  "Elon Musk weighed in on falling Chinese battery prices on X, prompting a flurry of replies.",
  [],
  "headline and summary only describe that he posted")

d("short_summary", "article",
  "Musk says Beijing asked nothing of him",
  "Elon Musk said he had never been asked by Chinese officials to change X's content policies, rejecting a report by a U.S. newspaper.",
  ["Beijing asked nothing of him",
   "he had never been asked by Chinese officials to change X's content policies"],
  "denial as his claim ('said he had never'); 'Beijing' for China")

d("short_summary", "article",
  "Analysts: Musk's China comments mask Tesla weakness",
  "Several analysts said Elon Musk's repeated praise of Chinese rivals is a way to lower expectations ahead of weak quarterly results.",
  [],
  "analysts' words about his China comments; no statement of his")

d("short_summary", "article",
  "Tesla CEO: Shanghai to build new Megapack line",
  "Tesla's chief executive said the Shanghai Megafactory would add a second production line next year to meet demand in Asia.",
  ["Shanghai to build new Megapack line",
   "the Shanghai Megafactory would add a second production line next year to meet demand in Asia"],
  "short summary, 'Tesla's chief executive' naming; Shanghai plant")

d("short_summary", "article",
  "Musk says Starship to fly again within weeks",
  "Elon Musk said on Tuesday that Starship would fly again within weeks, as China's commercial rocket sector posted a record year.",
  [],
  "short summary: his claim is about Starship; China clause is journalist's")

# ---------------- OTHER ----------------
d("other", "article",
  "Fact check: Did Elon Musk say China will 'dominate' the car industry?",
  """Claim: A viral post says Elon Musk predicted that China would "dominate" the global car industry.

Verdict: Mostly true, with context.

Musk did not use the word "dominate" in the clip being shared. What he said, on a Tesla earnings call in January, was: "The Chinese car companies are the most competitive car companies in the world. If there are no trade barriers, they will pretty much demolish most other companies in the world."

The viral post, shared by the account @EVnewsdaily, paraphrased that remark as "China will dominate," which fairly reflects its meaning.

Our rating reflects that the quote is paraphrased, not invented.""",
  ["The Chinese car companies are the most competitive car companies in the world. If there are no trade barriers, they will pretty much demolish most other companies in the world."],
  "fact-check: his actual quote is gold; the viral paraphrase by another account is not")

d("other", "article",
  "Fact check: No, Musk did not call Taiwan 'a Chinese province'",
  """Claim: An image circulating on Facebook shows a purported X post by Elon Musk reading: "Taiwan is just a Chinese province, everyone knows it."

Verdict: False.

There is no record of such a post on Musk's account, and archive services show no deleted post matching the text. The typeface and layout in the image do not match X's interface.

A spokesperson for X said the image was "fabricated". Musk has not commented on the image.

The fake post appears to have originated on a Telegram channel that has spread fabricated celebrity quotes before.""",
  [],
  "fabricated quote attributed to Musk (explicitly not his); X spokesperson not gold")

d("other", "article",
  "Excerpt: 'Elon in Shanghai' - from a new book on Tesla's China years",
  """The following is adapted from a new book by a former Tesla China executive.

It was late at night when Elon called me from Fremont. The Shanghai factory had just finished its first car, three months ahead of schedule.

"This is the fastest we have ever built anything," he told me. "The Chinese team did in one year what took us three in California."

I remember he was quiet for a moment, then asked whether I had watched the Starship test that morning.

I hung up and walked out onto the factory floor. Workers were still cheering. Some of them had not been home in days.""",
  ["The Chinese team did in one year what took us three in California.",
   "This is the fastest we have ever built anything"],
  "book excerpt recalling his words; first person narrator is not Musk; his later action (asking) not a statement")

d("other", "article",
  "Press release: BYD marks 10 millionth new energy vehicle",
  """SHENZHEN, China -- BYD Company Limited today celebrated the production of its 10 millionth new energy vehicle at its Jinan plant.

"This milestone belongs to every engineer and worker at BYD," said Wang Chuanfu, BYD's chairman and president. "We thank our customers around the world, and we respect every competitor, including Tesla and Elon Musk, who helped build this industry."

BYD sold more than 4.2 million vehicles last year and now exports to more than 90 countries.

About BYD: BYD is a high-tech company devoted to leveraging technological innovations for a better life.""",
  [],
  "press release: Chinese CEO mentions Musk; no statement of his")

d("other", "article",
  "Morning Briefing: Tesla, Musk and the China question",
  """Good morning. Here's what you need to know today.

• Tesla: Elon Musk said late Tuesday that Tesla would cut prices in China "only if necessary" and that demand there was "holding up better than the headlines suggest".

• SpaceX: Musk said the next Starship launch was set for the first week of next month.

• Trade: Beijing announced new export curbs on graphite. Musk said the curbs were "manageable" for Tesla because it had stockpiled material.

• Markets: Asian shares were mixed; the yuan weakened slightly.""",
  ["Tesla would cut prices in China \"only if necessary\" and that demand there was \"holding up better than the headlines suggest\"",
   "the curbs were \"manageable\" for Tesla because it had stockpiled material"],
  "newsletter bullets; China bullets gold, Starship bullet not; 'the curbs' refer back to Beijing's export curbs")

d("other", "article",
  "Profile: Elon Musk",
  """Elon Reeve Musk (born 28 June 1971) is a businessman known for his leadership of Tesla, SpaceX, xAI and X. He was born in Pretoria, South Africa, and moved to Canada at 17.

Musk's relationship with China has been the subject of extensive commentary. Tesla opened its Shanghai Gigafactory in 2019 after the Chinese government relaxed ownership rules for foreign carmakers. He met with Chinese Premier Li Qiang in 2023 and 2024.

His mother, Maye Musk, is a model with a large following in China. His brother Kimbal Musk sits on the Tesla board.

Musk has been married three times and has fourteen children.""",
  [],
  "encyclopedic bio: China facts and actions, no statements")
