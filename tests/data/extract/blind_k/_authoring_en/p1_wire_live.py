from common import D, L

# ---------------- wire ----------------
D("wire", "article",
  "Musk says Chinese automakers 'most competitive in the world'",
  '''BEIJING, Nov 12 (Reuters) - Tesla Chief Executive Elon Musk, speaking by video link to an industry forum in Beijing on Tuesday evening after a delayed start caused by a power cut at the venue, said Chinese automakers were the most competitive car companies in the world. "They work incredibly hard and they are very smart," Musk said. He also said the next Starship test flight would take place "in about four weeks", without giving details. Tesla's Shanghai plant, its largest by output, delivered 71,300 vehicles in October, according to the China Passenger Car Association. Tesla shares rose 2.1% in premarket trading.''',
  ["Chinese automakers 'most competitive in the world'",
   "Chinese automakers were the most competitive car companies in the world",
   "They work incredibly hard and they are very smart"],
  "subject and speech verb far apart (long locative/time phrase); pronoun 'they' = Chinese automakers; Starship remark in same article not gold")

D("wire", "article",
  "Chinese battery boss says he warned Musk about cell costs years ago",
  '''SHANGHAI (Reuters) - Zeng Haoran, founder of Ningbo-based battery maker Hualong Cell Technology, said on Thursday he once told Elon Musk that Tesla would never match Chinese cell costs by building its own factories. "I told him, you can build the factory, but you cannot build the supply chain," Zeng told reporters on the sidelines of a trade fair. Analysts at Bernstein said Musk has often understated how far ahead Chinese suppliers are on lithium iron phosphate chemistry. Tesla did not respond to a request for comment. Hualong supplies cells to three Chinese carmakers and is in talks with a European truck maker.''',
  [],
  "someone else's words with Musk as object, inside a dateline sentence; analysts paraphrasing him critically")

D("wire", "article",
  "Musk tells shareholders Shanghai plant is Tesla's best, warns tariffs won't last",
  '''AUSTIN, Texas, June 13 (Reuters) - Elon Musk, addressing shareholders at Tesla's annual meeting at its Gigafactory in Austin, Texas, on Thursday afternoon, said that Tesla's Shanghai factory was the company's most efficient plant by a wide margin.
"Giga Shanghai is the benchmark for every other plant we run," he added.
Musk said tariffs on Chinese-made cars would not protect American manufacturers for long. He also said Optimus humanoid robots would be on sale to outside customers by the end of next year, a timeline he has pushed back several times.
Shareholders approved all of the board's proposals, the company said.''',
  ["Tesla's Shanghai factory was the company's most efficient plant by a wide margin",
   "Giga Shanghai is the benchmark for every other plant we run",
   "tariffs on Chinese-made cars would not protect American manufacturers for long"],
  "long locative phrase between name and verb; 'he added' continuation; Optimus product date in same article not gold")

D("wire", "article",
  "Maye Musk draws crowds in Shanghai on book tour",
  '''SHANGHAI, April 3 (Reuters) - Maye Musk, the 76-year-old model and mother of Tesla CEO Elon Musk, drew hundreds of fans to a Shanghai bookstore on Wednesday, where she said Chinese women had been "the kindest readers in the world". "I come to China every year and I always feel at home," she told the audience. Her memoir has sold more than a million copies in the Chinese translation. Elon Musk was not present and Tesla did not comment.''',
  [],
  "other person named Musk (Maye Musk) talking about China; watched speaker says nothing")

D("wire", "article",
  "Tesla's Musk praises China's engineers, says they are the best in the world",
  '''(Bloomberg) -- Elon Musk heaped praise on Chinese engineering talent over the weekend, in the latest sign of the billionaire's warm ties with the world's second-largest economy.
Musk wrote on X on Sunday that the engineers he had worked with in Shanghai were "extraordinary". "People in America have no idea how good the engineering talent in China is. It's not close. They build in months what takes us years," he said in a follow-up post.
The comments came days after Tesla announced a new battery storage plant near its Shanghai car factory.''',
  ["they are the best in the world",
   "the engineers he had worked with in Shanghai were \"extraordinary\"",
   "People in America have no idea how good the engineering talent in China is. It's not close. They build in months what takes us years"],
  "headline with two verbs (gold: claim part); X post described; multi-sentence quote")

D("wire", "article",
  "Musk makes surprise Beijing trip as Tesla seeks self-driving approval",
  '''BEIJING, April 28 (Reuters) - Tesla CEO Elon Musk arrived in Beijing on Sunday on an unannounced visit and met Chinese Premier Li Qiang, according to state broadcaster CCTV. Li told Musk that China's market "will always be open to foreign investors", CCTV said. Musk has long courted Beijing, and the trip comes as Tesla seeks approval to roll out its Full Self-Driving software in the country. Two people familiar with the matter said Musk also visited Baidu's headquarters to discuss mapping data. Tesla did not respond to requests for comment.''',
  [],
  "things he did (visited, met) not said; another person's words addressed to him; journalist analysis")

D("wire", "article",
  "Musk denies Tesla cars used for spying in China",
  '''BEIJING, March 20 (Reuters) - Elon Musk denied that Tesla cars were being used to collect intelligence in China, after reports that the military had restricted the vehicles from some compounds.
"If Tesla used cars to spy in China or anywhere, we would be shut down," Musk told a business forum hosted by the China Development Research Foundation, speaking via video.
Musk said he had never been asked by Beijing to hand over data from Tesla vehicles. He added that Tesla stores all data generated by its cars in China on servers inside the country.''',
  ["If Tesla used cars to spy in China or anywhere, we would be shut down",
   "he had never been asked by Beijing to hand over data from Tesla vehicles",
   "Tesla stores all data generated by its cars in China on servers inside the country"],
  "denial: 'Musk denied that ...' not gold, 'Musk said he had never ...' gold; conditional claim; 'He added' continuation")

D("wire", "article",
  "BYD outsells Tesla for third straight quarter as Chinese price war deepens",
  '''HONG KONG, Jan 3 (Reuters) - China's BYD sold more battery-electric cars than Tesla for the third straight quarter, company filings showed on Friday, as a bruising price war at home pushed Chinese automakers to slash prices and expand abroad.
Tesla's China-made deliveries fell 9% year on year in the fourth quarter.
Musk, who did not address the figures, said on X on Friday that the company's robotaxi service would launch in Austin "in June" and that "autonomy is the whole game, full stop". He separately said the next Starship flight was "targeting three weeks".
Analysts at Citi said the BYD numbers underlined the pressure on Tesla in its second-largest market.''',
  [],
  "topic by neighbourhood only: article about China, his statements are about robotaxi date and Starship")

D("wire", "article",
  "Musk warns Taiwan chip industry would be 'first casualty' of conflict",
  '''MILAN, Sept 18 (Reuters) - Elon Musk said on Wednesday that Taiwan's chip industry would be "the first casualty" of any military conflict across the Taiwan Strait, and urged Beijing and Taipei to find a peaceful arrangement.
"Nobody wins a war over Taiwan. Everybody loses, especially the people who need chips, which is everybody," Musk told a technology conference in Milan.
Taiwan's foreign ministry spokesman Liu Wen-chung said Musk "seems to think Taiwan is a bargaining chip" and that the island's future would be decided by its 23 million people.''',
  ["Taiwan's chip industry would be \"the first casualty\" of any military conflict across the Taiwan Strait",
   "Nobody wins a war over Taiwan. Everybody loses, especially the people who need chips, which is everybody"],
  "Taiwan in relation to China; a rival official quoting/characterising him back is not gold")

D("wire", "article",
  "Analysts say Musk overstates China threat as Tesla margins shrink",
  '''NEW YORK, Oct 24 (Reuters) - Wall Street analysts said on Thursday that Tesla CEO Elon Musk tends to overstate how far ahead Chinese carmakers are, using the threat to justify price cuts that have eroded Tesla's margins.
"He talks up the Chinese as an existential threat because it suits the story he is telling investors," said Gene Marsh, an analyst at Halvorsen Capital.
Another analyst, Priya Nair of Tideline Research, said Tesla's real problem was an ageing model line-up, not competition from Beijing-backed brands.
Tesla's automotive gross margin fell to 16.4% in the third quarter.''',
  [],
  "analysts paraphrasing him critically; no statement of his")

# ---------------- liveblog ----------------
D("liveblog", "article",
  "Tesla annual meeting 2025 - live updates",
  L("4:02 pm CT: Musk takes the stage to loud applause, wearing a black cowboy hat.",
    "4:10 pm CT: Musk says Optimus will be \"the biggest product of all time\" and repeats that production starts next year.",
    "4:24 pm CT: A shareholder asks about competition from China. Musk: \"China is going to be a formidable competitor in every market. I mean every market.\"",
    "4:25 pm CT: He adds that the Chinese companies \"have the best supply chain on Earth, and they will export aggressively\".",
    "4:31 pm CT: Vote results coming shortly. The board's pay proposal is expected to pass easily.",
    "4:40 pm CT: Musk closes with a joke about his hat. Meeting over."),
  ["China is going to be a formidable competitor in every market. I mean every market.",
   "the Chinese companies \"have the best supply chain on Earth, and they will export aggressively\""],
  "live blog timestamps; shareholder question not gold; Optimus remark not gold; 'He adds' continuation")

D("liveblog", "article",
  "Live: Musk in Beijing - as it happened",
  L("09:15 Musk's private jet has landed at Beijing Capital International Airport, according to flight-tracking data.",
    "10:40 Chinese state media show Musk shaking hands with Vice Premier Ding Xuexiang at the Diaoyutai State Guesthouse.",
    "11:05 The commerce ministry says in a statement that Ding told Musk China \"welcomes Tesla to deepen its roots\" in the country.",
    "12:30 Musk's motorcade spotted outside Baidu's Haidian campus. No comment from either company.",
    "14:10 Our China correspondent notes Musk has long cultivated relationships with Beijing's leadership, which has given Tesla unusual latitude.",
    "16:45 Musk departs. He made no public remarks during the visit."),
  [],
  "live blog of actions only; officials' words to him; correspondent analysis; he made no remarks")

D("liveblog", "article",
  "Trade war live: Tariff deadline passes, markets slide",
  L("08:02 ET: The 145% levy on Chinese imports is now in force, the White House confirmed.",
    "08:30 ET: Beijing's commerce ministry vows to \"fight to the end\".",
    "09:12 ET: Elon Musk weighs in on X. \"Tariffs on Chinese cars are a tax on American consumers. Simple as that,\" he writes.",
    "09:40 ET: Nasdaq futures down 2.3%. Apple and Tesla lead declines.",
    "10:05 ET: Musk again, replying to a user who asked whether Tesla would raise prices: \"Our parts from China got a lot more expensive overnight, so yes, probably.\""),
  ["Tariffs on Chinese cars are a tax on American consumers. Simple as that",
   "Our parts from China got a lot more expensive overnight, so yes, probably."],
  "tariffs; X post quoted in live blog; Beijing's ministry words not gold")

D("liveblog", "article",
  "World AI Conference Shanghai: live updates",
  L("10:00 The conference opens at the Shanghai World Expo Center with a speech by Vice Premier Zhang Guoqing.",
    "10:45 Elon Musk appears by video. \"AI will be smarter than any single human by the end of next year, and smarter than all humans combined by 2030,\" he says.",
    "10:52 Musk adds that Grok 5 is \"in training now\" and calls for \"maximally truth-seeking AI\".",
    "11:20 Baidu's founder Robin Li tells the audience Chinese open-source models have \"closed the gap\" with US rivals.",
    "12:05 Panel on embodied AI begins with executives from Unitree and UBTech."),
  [],
  "Musk speaks at a Chinese venue but his statements are about AI in general and Grok; Chinese speakers' words not gold")

D("liveblog", "article",
  "Starship Flight 11 live: launch, landing and reaction",
  L("6:23 pm: Liftoff from Starbase, Texas. All 33 Raptor engines lit.",
    "6:31 pm: Ship has reached orbital velocity. Booster caught by the chopsticks.",
    "7:10 pm: Musk on X: \"Great flight. Next one will try a ship catch.\"",
    "7:45 pm: Asked by a user whether China could beat SpaceX to the moon, Musk replied: \"China's space program is far more advanced than most people in the West realize. Don't underestimate them.\"",
    "8:05 pm: NASA administrator congratulates SpaceX."),
  ["China's space program is far more advanced than most people in the West realize. Don't underestimate them."],
  "topic by neighbourhood: Starship remarks not gold, China space remark gold")

D("liveblog", "article",
  "US election night live: results and reaction",
  L("9:00 pm: Polls close across the East Coast.",
    "9:45 pm: Elon Musk posts on X: \"This is the most important election of our lifetime.\"",
    "10:10 pm: Asian markets open; Hong Kong's Hang Seng and Chinese tech stocks fall sharply.",
    "10:30 pm: Musk, at Mar-a-Lago, tells reporters \"We're going to win this\" and that he is \"cautiously optimistic\".",
    "11:15 pm: China's foreign ministry declines to comment on the US vote."),
  [],
  "China news in neighbouring entries; his words are about US politics")

D("liveblog", "article",
  "Hong Kong markets live: HKEX chief courts mega-listings",
  L("09:30 HKT: Hang Seng opens 0.8% higher.",
    "10:15 HKT: HKEX chief executive says the bourse wants to attract \"the biggest names in tech\", citing SpaceX and xAI as examples.",
    "11:02 HKT: Elon Musk responds on X. \"Hong Kong would be a great place for a listing, if it ever made sense for us. Not planned right now though.\"",
    "11:30 HKT: Analysts say a SpaceX listing in Hong Kong is highly unlikely given US export rules."),
  ["Hong Kong would be a great place for a listing, if it ever made sense for us. Not planned right now though."],
  "Hong Kong; hedged/conditional claim; analysts' words not gold")
