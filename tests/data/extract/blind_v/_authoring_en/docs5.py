from common import d

# 81
d("wire", "article",
  "Chinese battery maker's chairwoman says Musk 'laughed at us' a decade ago",
  """
SHENZHEN, China, Nov 3 (Reuters) - Chen Lihua, chairwoman of a Shenzhen-based battery maker that now supplies three of the world's top ten carmakers, said on Monday that Elon Musk had dismissed her company when the two first met.

"Ten years ago Elon laughed at our cells. He said they would never be good enough for a Tesla," Chen told reporters at the opening of a new plant in Huizhou. "Now look where we are."

Chen said her company was in talks with "several American customers", which she declined to name, about supplying cells for energy storage.

Shares in the company, which listed in Shenzhen in 2021, rose 6% on Monday. Tesla did not respond to a request for comment.
""",
  [],
  "rival quotes Musk back ('He said they would never be good enough') inside her own quote after a dateline; not his statement in this document")

# 82
d("wire", "article",
  "Musk says China has 'already won' EV volume race, autonomy is next battle",
  """
AUSTIN, Texas, Feb 6 (Reuters) - Elon Musk said on Thursday that Chinese carmakers had already won the race to sell the most electric vehicles, and that the next contest would be over self-driving software.

"People ask me, 'Is China going to win the EV race?' And I say, 'They already have, in terms of volume.' The question now is autonomy," Musk said at a technology conference in Austin.

Musk, who has repeatedly said Tesla's future lies in robotaxis and humanoid robots, said the company's Cybercab would enter volume production in the second quarter of next year.

"The Chinese companies are also working hard on autonomy, to be clear. Baidu and a few others are quite good. But we have the most real-world data by far," he said.

Tesla's deliveries fell last year for the first time in more than a decade, while BYD's rose.
""",
  ["China has 'already won' EV volume race",
   "Chinese carmakers had already won the race to sell the most electric vehicles",
   "People ask me, 'Is China going to win the EV race?' And I say, 'They already have, in terms of volume.'",
   "The Chinese companies are also working hard on autonomy, to be clear. Baidu and a few others are quite good."],
  "nested quotes inside his quote; 'They' = China in nested question; Cybercab date and 'most real-world data' claim not gold; 'autonomy is next battle' half of headline generic")

# 83
d("liveblog", "article",
  "Trump-Xi summit in Beijing: live updates",
  """
9:15 p.m. Beijing — The state banquet has ended. Guests are leaving the Great Hall of the People.

8:40 p.m. — Our photographer spotted Elon Musk at the banquet, seated two tables from President Xi. Musk did not take questions from reporters on his way in.

8:02 p.m. — The chief executive of a large US chipmaker told reporters that he was "cautiously optimistic" about an easing of export restrictions. "China is a very important market for us," he said.

7:30 p.m. — The delegation of American CEOs, which includes Musk, Apple's Tim Cook and the heads of several banks, arrived at the Great Hall.

6:55 p.m. — Musk posted a photo of the Forbidden City on X without a caption. It had 3 million views in under an hour.

6:10 p.m. — China's commerce ministry said the two sides had "reached consensus on several trade issues".
""",
  [],
  "liveblog of a China summit: Musk's presence, posting a photo and declining questions are actions, not statements; other CEO's China quote not gold")

# 84
d("liveblog", "article",
  "Tesla Q3 earnings call: live coverage",
  """
6:05 p.m. ET — That's the end of the call. Key takeaways: robotaxi expansion, record energy storage and a notably upbeat tone on China.

5:55 p.m. — Musk, asked by an analyst whether Chinese competitors would force more price cuts, was blunt. "We're not going to sacrifice margins to match every price cut in China," he said. He added that BYD was "a very good company". Tesla's software, he said, is "years ahead of anyone" and will be the deciding factor.

5:48 p.m. — Musk on Optimus: production of version 3 starts "early next year, probably".

5:41 p.m. — The CFO says deliveries in China rose 10% from the prior quarter, helped by the new long-wheelbase Model Y.

5:35 p.m. — Musk opens with a joke about his hat. Then: "China had a great quarter. The team in Shanghai did an amazing job."

5:30 p.m. — The call is starting.
""",
  ["We're not going to sacrifice margins to match every price cut in China",
   "BYD was \"a very good company\"",
   "China had a great quarter. The team in Shanghai did an amazing job."],
  "liveblog; 'He added' continuation about BYD; generic software claim not gold; CFO's China figures not gold; Optimus date not gold")

# 85
d("liveblog", "article",
  "Auto Shanghai 2025 — live from the show floor",
  """
3:30 p.m. — That's it from the show floor today. Tesla, notably, has no stand this year.

2:50 p.m. — Xpeng founder He Xiaopeng, asked by a reporter about Tesla, says: "I'd love to take Elon for a ride in our new car. I think he would be surprised."

2:15 p.m. — BYD unveils its new flagship sedan with a 1,000-kilowatt charging system. The company says it can add 400 km of range in five minutes.

1:40 p.m. — Over on X, Elon Musk has posted a video of Optimus sorting battery cells, captioned "Optimus is getting good." No mention of the Shanghai show.

1:05 p.m. — Xiaomi's booth is the busiest in Hall 5, with queues to see the YU7 SUV.
""",
  [],
  "China auto show liveblog; Chinese executive's words about Musk not gold; his Optimus post not about China")

# 86
d("qa_interview", "article",
  "Q&A: Musk on Starship, the Moon and what comes next",
  """
We spoke to Elon Musk at Starbase, the day after the latest Starship test flight.

Q: How did the flight go from your point of view?

A: Very well. We achieved every major objective. The heat shield performed better than last time.

Q: China plans to land astronauts on the Moon by 2030. Does that change NASA's calculations?

A: You'd have to ask NASA. I'm focused on making Starship work.

Q: When will Starship carry people?

A: Probably in two years. We want to do a lot of uncrewed flights first.

Q: And Mars?

A: The next window is in late 2026. We'll try to send five ships.
""",
  [],
  "interviewer's China question; his answer deflects to NASA and Starship and makes no claim about China")

# 87
d("opinion", "article",
  "The Tesla China trade is over",
  """
For the better part of five years, the bull case for Tesla rested partly on China. That case is now over, and the sooner investors accept it, the better.

Consider the numbers. Tesla's share of China's battery-electric market has fallen from more than 15% to under 8%. BYD, Geely, Xiaomi and Leapmotor are all growing faster. Tesla's Shanghai plant is still a marvel, but marvels do not guarantee market share.

Musk, for his part, seems to have moved on. On the last earnings call he spent most of his time on robotaxis. "The value of Tesla is going to be autonomy," he said. "Everything else is a rounding error." He may be right. But if he is, the China story no longer matters, and neither does the old argument about Shanghai's cost advantage.

My view: sell the China story, keep the robot story if you must.
""",
  [],
  "opinion about Tesla in China; Musk's quotes are about autonomy only; writer's analysis not gold")

# 88
d("opinion", "article",
  "Reading Musk on China: hedges, sarcasm and one big question",
  """
Elon Musk rarely says the same thing about China twice in the same way. Over the past year, I have collected his remarks — on calls, on X, at conferences — and they fall into three types.

First, the hedges. On the April call he said that if Beijing keeps subsidizing battery makers at the current rate, nobody else will be able to compete in LFP cells. That is a conditional, not a prediction, and it is worth reading it carefully.

Second, the sarcasm. After a widely shared column predicted an imminent Chinese economic collapse, Musk posted: "Sure, China's going to collapse any day now, just like it has every year for the last 30 years." He meant the opposite, of course.

Third, the questions. "Do people really think China is going to just sit still while we argue about permits?" he asked at a conference in Washington in May. It was a rhetorical question, but it is also the most useful lens for understanding his view of the US-China contest.

There is a fourth category, which I will not dwell on: the things he says about himself. "I'm the most tariff-averse person you'll ever meet," he said at the same conference. Maybe.

What ties them together is a conviction that China is a serious, durable competitor. Washington, in his telling, is not taking it seriously enough. On that, at least, I think he is right.
""",
  ["if Beijing keeps subsidizing battery makers at the current rate, nobody else will be able to compete in LFP cells",
   "Sure, China's going to collapse any day now, just like it has every year for the last 30 years.",
   "Do people really think China is going to just sit still while we argue about permits?"],
  "long newsletter: conditional claim, sarcasm and rhetorical question are gold; his remark about himself and tariffs in general not gold; writer's summary of his 'conviction' not gold")

# 89
d("aggregator_headline", "article",
  "NIO founder says Musk 'is right about autonomy' - CnEVPost",
  """
William Li told an investor event in Hefei that end-to-end AI models would define the next decade of the car industry.
""",
  [],
  "Chinese CEO's words about Musk; Musk's (implied) claim is about autonomy, not China")

# 90
d("x_roundup", "article",
  "Weibo users react to Musk's Mars timeline post",
  """
Elon Musk's post on X on Tuesday — "Starship will depart for Mars at the end of next year, carrying Optimus" — quickly spread to Chinese social media, where it became a trending topic on Weibo.

"Every year he says next year," one Weibo user wrote, in a comment that received 50,000 likes. Another wrote: "Our Chang'e missions are quieter but they deliver."

A few users defended Musk. "He is the only one who dares to dream this big," wrote a user in Hangzhou.

Musk did not respond to the Chinese reactions. His next post, about an hour later, was a meme about engineers and meetings.
""",
  [],
  "Chinese social-media reactions to his post; his post is about Mars, not China")

# 91
d("podcast_labelled", "label",
  "The Food Futures Podcast, episode 112",
  """
Host: My guest today is Kimbal Musk, chef, entrepreneur and Tesla board member. Kimbal, welcome.
Kimbal Musk: Thanks for having me.
Host: You've been spending a lot of time in China. Why?
Kimbal Musk: Because that's where the most interesting agriculture tech is happening right now. China has vertical farms the size of shopping malls. They're ten years ahead of us in some areas.
Host: Does your brother share that view?
Kimbal Musk: You'd have to ask him. We talk about rockets more than lettuce.
Host: Fair. What's next for you?
Kimbal Musk: More restaurants, and hopefully a partnership with a Chinese greenhouse company next year.
""",
  [],
  "speaker is Kimbal Musk, not Elon; China claims by a different Musk")

# 92
d("podcast_labelled", "label",
  "Tech Talk HK: Elon Musk on Hong Kong, the mainland and gaming",
  """
Host: Elon, thanks for joining us from Austin. Our listeners are mostly in Hong Kong. How do you see the city today?
Elon Musk: Hong Kong is still a great gateway to the mainland. A lot of capital flows through there, and the people are very entrepreneurial.
Host: Some say Hong Kong has become just another Chinese city since 2020.
Elon Musk: I think it's more integrated with the mainland now, that's obvious. But it's still got its own character and its own markets.
Host: A lighter one. Are you still playing Diablo?
Elon Musk: Yes, probably too much. It's how I relax.
Host: And your next trip to Asia?
Elon Musk: Probably later this year. I'm not sure of the dates yet.
""",
  ["Hong Kong is still a great gateway to the mainland. A lot of capital flows through there, and the people are very entrepreneurial.",
   "I think it's more integrated with the mainland now, that's obvious. But it's still got its own character and its own markets."],
  "Hong Kong in relation to the mainland; host's claim not gold; gaming and travel-date answers not gold")

# 93
d("podcast_unlabelled", "unlabeled",
  "",
  """
There's been a lot of talk about Chinese open-weight models lately, Qwen and Kimi and so on, but I actually want to ask you about OpenAI, because you're suing them. What's the latest? The case is going to trial. They were founded as a nonprofit, open source, and they turned into a closed-source, maximum-profit company. That's not okay. Do you think you'll win? I think the facts are very clear. And Grok, where is it going? Grok 5 will be the first model with a real chance of AGI. Small chance, but a chance.
""",
  [],
  "host mentions Chinese AI models; guest's 'they' refers to OpenAI; Grok claim not about China",
  guests=["Elon Musk"])

# 94
d("machine_translated", "article",
  "Musk Again Comment X Platform Algorithm, Chinese Netizens: Hope Weibo Learn",
  """
On the 9th, Musk on X platform posted said, "X's algorithm will be fully open source next month, including all the code for recommendations." This news caused heated discussion of domestic netizens.

Many netizens said, domestic social platforms should also learn, make algorithm more transparent. One netizen commented: "If Weibo also can open source, that is good."

Expert Li Ming expressed, algorithm open source is a trend, but in our country still need consider the safety requirement.

It is understood, X platform before already once open sourced part of algorithm in 2023.
""",
  [],
  "translated Chinese article; Musk's statement about X algorithm not about China; netizens and expert talk about Chinese platforms")

# 95
d("other", "article",
  "Fact check: No, Elon Musk did not say China 'will own America by 2030'",
  """
A graphic circulating on Facebook and WhatsApp shows a photo of Elon Musk next to the quote: "China will own America by 2030 and nobody in Washington cares."

The graphic has been shared more than 200,000 times. But there is no record of Musk saying or posting those words.

We searched Musk's posts on X, transcripts of his recent interviews and earnings calls, and news archives, and found no match. A Tesla spokesperson, asked about the quote, said it was "fabricated".

The image appears to have first been posted by a satirical account in March. Musk's actual posts on the day the graphic claims he spoke were about Starship and the Tesla share price.

VERDICT: False. The quote is fabricated.
""",
  [],
  "fact-check of a fabricated quote he never said: the fake quote is not his statement (doubtful label); fact-checker and spokesperson words not gold")

# 96
d("other", "article",
  "Musk, Chinese officials hail Shanghai milestone at Beijing press conference",
  """
BEIJING — Elon Musk appeared alongside Chinese officials and Tesla's China executives at a press conference in Beijing on Monday to mark the production of the three-millionth car at Tesla's Shanghai factory.

A vice minister of industry and information technology spoke first, saying the factory showed that China's market "remains open and welcoming to foreign investment".

Tesla's senior vice president for China followed with figures on local sourcing, saying more than 95% of parts for Shanghai-built cars now came from Chinese suppliers.

Then it was Musk's turn. "I am very confident in China's future," he said. "The Shanghai team has set a new standard for car manufacturing, and we will keep investing here."

He also answered a question about the company's plans in India, saying Tesla would open a showroom in Mumbai "fairly soon", but declined to give a date for a factory there.

Asked by a Chinese reporter whether Tesla was worried about local competition, Musk smiled. "Worried? No. Respectful, yes. The competition here makes us better."
""",
  ["I am very confident in China's future",
   "The Shanghai team has set a new standard for car manufacturing, and we will keep investing here.",
   "Worried? No. Respectful, yes. The competition here makes us better."],
  "press conference with several speakers in turn; officials' and executive's words not gold; India remark not gold; answer to question about local competition ('here' = China)")

# 97
d("other", "article",
  "Explainer: What Elon Musk has actually said about China",
  """
Elon Musk's views on China are often summarised in a single word — "pro" or "anti" — depending on who is doing the summarising. His actual words are more varied. Here is a selection, with dates and context.

2019, Shanghai: At the Gigafactory groundbreaking in January, Musk said the Shanghai plant would be "a template for future Gigafactories" around the world.

2020, Tesla earnings call: "China is extraordinary, honestly," Musk said. "The energy in China is tremendous. People there are very smart and hardworking." On the same call he complained about stay-at-home orders in California, which is a separate matter.

2022, interview with the Financial Times: Musk suggested that Taiwan and Beijing could agree on an arrangement that would be "reasonably acceptable" to both sides.

2023, Beijing: Musk did not speak publicly during his trip, according to Tesla, but China's foreign ministry said he had told officials Tesla was "willing to continue expanding its business in China". We include this because it is often cited; it is the ministry's account, not his own public statement.

2024, earnings call: Musk said that without trade barriers, Chinese carmakers "will beat almost every other car company in the world."

2025, X: "Most people in the West have no idea how advanced Chinese manufacturing has become," Musk wrote in March.

Taken together, the pattern is less about politics than about manufacturing. He admires Chinese industry; he rarely comments on the Chinese state. And when he does, as on Taiwan, it tends to cause trouble.
""",
  ["the Shanghai plant would be \"a template for future Gigafactories\" around the world",
   "China is extraordinary, honestly",
   "The energy in China is tremendous. People there are very smart and hardworking.",
   "Taiwan and Beijing could agree on an arrangement that would be \"reasonably acceptable\" to both sides",
   "without trade barriers, Chinese carmakers \"will beat almost every other car company in the world.\"",
   "Most people in the West have no idea how advanced Chinese manufacturing has become"],
  "explainer listing past quotes with dates (recalled quotes gold); foreign ministry's account of what he told officials not gold; California remark not gold; writer's summary 'He admires Chinese industry' not gold")

# 98
d("other", "article",
  "Timeline: Tesla in China",
  """
2018 — Tesla signs an agreement with the Shanghai government to build its first factory outside the United States.

January 2019 — Elon Musk attends the groundbreaking ceremony in Lingang, Shanghai.

December 2019 — The first Shanghai-built Model 3 cars are delivered to employees.

2020 — Production of the Model Y begins in Shanghai.

2022 — A Covid lockdown halts the Shanghai plant for three weeks.

May 2023 — Musk visits Beijing and Shanghai, meeting senior officials.

April 2024 — Musk makes an unannounced trip to Beijing; Tesla later reaches a mapping deal with Baidu.

2025 — The Shanghai Megafactory, which makes Megapack batteries, starts production.
""",
  [],
  "timeline of actions (attends, visits, makes a trip); no statements")

# 99
d("short_summary", "article",
  "Musk's xAI hires former DeepSeek researcher, The Information reports",
  """
Elon Musk's artificial intelligence company xAI has hired a senior researcher who previously worked at Chinese start-up DeepSeek, The Information reported on Thursday, citing people familiar with the matter.
""",
  [],
  "company action reported by third parties; no statement")

# 100
d("wire", "article",
  "Musk says China will be 'very strong' in AI, denies special treatment from Beijing",
  """
DOHA, May 21 (Bloomberg) -- Elon Musk said China would be a formidable competitor in artificial intelligence and rejected suggestions that Tesla had received favourable treatment from the Chinese government.

China, he said in a wide-ranging interview at the Qatar Economic Forum, "is going to be very strong in AI, probably stronger than people expect."

Musk denied that Tesla had been given special treatment in the country, saying the company had "played by exactly the same rules as every other carmaker in China".

"The Chinese are not going to slow down for anyone, and frankly I don't blame them," the Tesla chief said, when asked whether US chip export controls would hold Beijing back.

Musk also said he would spend "a lot less" on political campaigns in the future. "I think I've done enough," he said.

Tesla shares rose 2% in New York.
""",
  ["China will be 'very strong' in AI",
   "China would be a formidable competitor in artificial intelligence",
   "is going to be very strong in AI, probably stronger than people expect.",
   "the company had \"played by exactly the same rules as every other carmaker in China\"",
   "The Chinese are not going to slow down for anyone, and frankly I don't blame them"],
  "quote whose subject 'China' precedes an inserted attribution; 'Musk denied that...' clause not gold but the 'saying...' clause stating his claim is; quote attributed at its end; headline 'denies special treatment' not gold; political spending remarks not gold")
