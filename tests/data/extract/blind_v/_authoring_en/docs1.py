from common import d

# 1
d("wire", "article",
  "Musk tells Beijing forum that China's supply chain is unmatched",
  """
BEIJING, March 12 (Reuters) - Tesla Chief Executive Elon Musk, speaking by video link to a supply-chain conference in Beijing on Tuesday evening after a delayed start caused by audio problems, said China's manufacturing base had no equal anywhere in the world.

"The depth of the supply chain in China is just incredible. You can get almost any part within a day or two, which is not true anywhere else," Musk told the audience of executives and officials.

Musk, who has visited the country several times since Tesla opened its Shanghai factory in 2019, also used the appearance to talk about SpaceX.

"We're hoping to fly Starship again in about six weeks, assuming the regulators cooperate," he said.

The China Council for the Promotion of International Trade, which organised the event, said more than 600 foreign companies had registered to attend. Tesla's Shanghai plant produced nearly half of the carmaker's vehicles last year.

Musk added that the team in Shanghai "consistently hits its targets faster than anyone expected".
""",
  ["China's supply chain is unmatched",
   "China's manufacturing base had no equal anywhere in the world",
   "The depth of the supply chain in China is just incredible. You can get almost any part within a day or two, which is not true anywhere else",
   "the team in Shanghai \"consistently hits its targets faster than anyone expected\""],
  "subject and speech verb far apart (long 'speaking by video link...' phrase); Starship remark in same China article is not gold; 'he added' continuation about Shanghai team")

# 2
d("wire", "article",
  "CATL's founder says he told Musk years ago to bet on cheaper battery chemistry",
  """
NINGDE, China, May 8 (Reuters) - Robin Zeng, the founder of Chinese battery giant CATL, said on Wednesday he once told Elon Musk that lithium iron phosphate cells would eventually power most of the world's cheaper electric cars.

"I told him in 2019, in Shanghai, that LFP would win the mass market. He listened, and he moved faster than anyone," Zeng said at an investor event at the company's headquarters in Fujian province.

Tesla now uses CATL's LFP cells in standard-range versions of its Model 3 and Model Y built in Shanghai and sold in Europe and Asia.

Analysts said the relationship had become more complicated as CATL expands into markets where Tesla also sells energy storage products. "Musk likes to say Tesla is battery-agnostic, but in practice it is very dependent on Ningde," said Eunice Lee, an analyst at Bernstein.

Tesla did not respond to a request for comment.
""",
  [],
  "someone else's words with Musk as object inside a dateline sentence; analyst paraphrasing Musk critically")

# 3
d("aggregator_headline", "article",
  "Musk says China has 'a huge electricity advantage' over the US - Reuters",
  """
Elon Musk said China's rapid build-out of power generation would give it an edge in training artificial intelligence, speaking at an investment conference in Riyadh on Tuesday.
""",
  ["China has 'a huge electricity advantage' over the US",
   "China's rapid build-out of power generation would give it an edge in training artificial intelligence"],
  "aggregator title with ' - Reuters' suffix; gold excludes publisher")

# 4
d("aggregator_headline", "article",
  "Musk posts about Chinese battery prices as lithium slump deepens - Bloomberg",
  """
Lithium carbonate futures in Guangzhou fell to a four-year low on Monday, squeezing miners from Australia to Chile.
""",
  [],
  "headline fragment: only says he posted about Chinese battery prices, carries no claim")

# 5
d("x_roundup", "article",
  "Musk spars with critics on X over BYD sales figures",
  """
Elon Musk spent part of Sunday arguing with users on X about Chinese electric-vehicle sales.

It began when @EVdatahound posted a chart showing BYD overtaking Tesla in quarterly battery-electric deliveries. "Tesla is done in China," the account wrote.

Musk replied within minutes: "BYD is very good, but premature to call it. Our Shanghai numbers for March will surprise people."

Another user, @SinoAutoWatch, answered Musk that "Shanghai exports are being counted twice in Tesla's China totals", a claim Musk dismissed: "False. Shanghai exports are counted once, when they leave port."

Later he reposted a clip of the Giga Shanghai production line with the caption "Giga Shanghai is the fastest car factory on Earth https://x.com/Tesla_China/status/1771459936120" and, a few hours after that, a video of a Falcon 9 booster landing with the words "Nailed it."

@EVdatahound had the last word: "We'll see in April, Elon."
""",
  ["BYD is very good, but premature to call it.",
   "Our Shanghai numbers for March will surprise people.",
   "False. Shanghai exports are counted once, when they leave port.",
   "Giga Shanghai is the fastest car factory on Earth"],
  "X reply chain: other users' posts about Tesla in China not gold; his replies gold; Falcon 9 post not gold; URL after caption")

# 6
d("earnings_call", "label",
  "Tesla Q4 earnings call (excerpt)",
  """
Operator: Our next question comes from Colin Langan with Wells Fargo.
Colin Langan: Thanks. Elon, last quarter you said Chinese competitors would basically demolish most other car companies without trade barriers. Is that still your view, and how is it showing up in pricing?
Elon Musk: Yeah, I mean, the Chinese car companies are extremely competitive. They work incredibly hard and they're very smart, and I think, you know, if there are no trade barriers they will be very successful globally. That's just the reality.
Elon Musk: In terms of our own pricing, we're going to keep focusing on making the cars more affordable. The key lever is autonomy, honestly.
Vaibhav Taneja: And just to add, in China specifically we saw pricing pressure throughout the quarter, with several competitors offering zero-percent financing.
Colin Langan: Thank you.
""",
  ["Yeah, I mean, the Chinese car companies are extremely competitive.",
   "They work incredibly hard and they're very smart, and I think, you know, if there are no trade barriers they will be very successful globally. That's just the reality."],
  "analyst paraphrasing Musk's earlier China claim not gold; CFO's China remark not gold; 'they' = Chinese car companies; pricing/autonomy turn not gold")

# 7
d("podcast_labelled", "label",
  "Lex Fridman Podcast: Elon Musk on engineering, China and Mars",
  """
Lex Fridman: You've spent a lot of time in Shanghai over the years. What did you learn from the team there?
Elon Musk: The work ethic is just next level. Like, people at Giga Shanghai would stay at the factory to solve a problem and not go home until it was solved. And the engineering talent in China is really deep. There's a lot of very smart people there.
Lex Fridman: Do you worry about that as competition for American manufacturing?
Elon Musk: I do, yeah. Their engineers are graduating at something like ten times the rate of ours, and they're hungry.
Lex Fridman: Let's talk about Mars. When do you think the first humans land?
Elon Musk: If we're lucky, 2029. I'd say 2031 is more probable. We need to get orbital refilling working first, that's the critical path.
Lex Fridman: And you'd go yourself?
Elon Musk: Eventually, sure. Not on the first flight.
""",
  ["The work ethic is just next level. Like, people at Giga Shanghai would stay at the factory to solve a problem and not go home until it was solved.",
   "And the engineering talent in China is really deep. There's a lot of very smart people there.",
   "Their engineers are graduating at something like ten times the rate of ours, and they're hungry."],
  "pronoun 'their' refers back to China from previous turn; Mars turns not gold")

# 8
d("podcast_unlabelled", "unlabeled",
  "",
  """
Welcome back to the show. I'm here with my co-host David Park and our guest today, Elon Musk. David, before we get to Elon, you've been tracking the Chinese lunar program pretty closely. Yeah, they've been hitting basically every milestone they announce, on schedule, which is not something you can say about a lot of programs, and I think people in Washington are finally noticing. Okay. Elon, switching gears a bit, what's your honest read on Artemis? Look, I think NASA is a great organization with a lot of talented people. The problem is they're forced to work with these cost-plus contracts where there's no incentive to go faster. If you give them a fixed price and a deadline, they'll surprise you. And SLS? It's, uh, it's an expensive rocket. I'll leave it at that. Fair enough. We'll be right back after this.
""",
  [],
  "'they' refers to NASA, not China; co-host (not the guest) makes the China remark",
  guests=["Elon Musk"])

# 9
d("vtt", "vtt",
  "Elon Musk interview, CNBC",
  "",
  [ "Well, China is our second-biggest market, and the Shanghai factory is our most productive.",
    "So it's important to maintain a good relationship with Beijing.",
    "I'm not close to the Chinese government in any special way."],
  "transcript cues; interviewer's China questions not gold; denial that states his claim is gold; X advertiser remark not gold",
  vtt="""
WEBVTT

00:00:01.000 --> 00:00:06.500
<v David Faber>You were just in Beijing last week. What was the message you were sending?

00:00:06.500 --> 00:00:13.000
<v Elon Musk>Well, China is our second-biggest market, and the Shanghai factory is our most productive.

00:00:13.000 --> 00:00:18.500
<v Elon Musk>So it's important to maintain a good relationship with Beijing. That's just common sense.

00:00:18.500 --> 00:00:24.000
<v David Faber>Some in Washington say you're too close to the Chinese government.

00:00:24.000 --> 00:00:31.500
<v Elon Musk>I'm not close to the Chinese government in any special way. I talk to governments all over the world.

00:00:31.500 --> 00:00:35.000
<v David Faber>Let's turn to X. Are advertisers coming back?

00:00:35.000 --> 00:00:40.000
<v Elon Musk>They are. Revenue is up, and engagement is at an all-time high.

""")

# 10
d("short_summary", "article",
  "Musk: Chinese automakers 'will demolish' rivals without trade barriers",
  """
Tesla CEO Elon Musk said Chinese carmakers are the most competitive in the world and would beat most global rivals if tariffs were removed.
""",
  ["Chinese automakers 'will demolish' rivals without trade barriers",
   "Chinese carmakers are the most competitive in the world and would beat most global rivals if tariffs were removed"],
  "plain positive; headline with 'Musk:' claim plus one-sentence summary")

# 11
d("short_summary", "article",
  "Musk weighs in on China tariff row",
  """
The Tesla boss posted several times on X about the European Union's new duties on Chinese-built electric vehicles, drawing thousands of replies.
""",
  [],
  "headline and summary only describe that he talked about China tariffs, no claim")

# 12
d("opinion", "article",
  "The Shanghai Dependency",
  """
Welcome back to Gigafactory Notes. This week: why Elon can't quit China, even if he wanted to. If you're new here, hi, and thanks for subscribing.

Last Wednesday, on the third-quarter call, Musk said something that I think got far too little attention. "Our Shanghai factory is, frankly, the best one we have, and the team there is incredible," he said, almost as an aside, before moving on to robotaxis.

I think he's right, but only half right. Shanghai is the best factory Tesla has because it was built into the densest EV supply chain on the planet, not because of anything Tesla invented. Fremont could never be Shanghai, and I'm not sure Austin can be either.

Then came the part about the competition. Asked about BYD and the rest of the Chinese pack, Musk didn't hedge. "They're going to be extremely tough. They're the hardest-working companies on Earth," he said.

This is not a new tune. Back in 2021 he wrote on what was then Twitter that the energy in China was amazing and that people there were "very eager to build the future." Three years and one brutal price war later, the compliments have a different edge: they sound like a man bracing for impact.

He also said unsupervised FSD would launch "in a few months", which, at this point, is a running joke among the people who read this newsletter.

My take: Tesla's China problem is really a pricing problem, and no amount of praise for the competition fixes that. See you next week.
""",
  ["Our Shanghai factory is, frankly, the best one we have, and the team there is incredible",
   "They're going to be extremely tough. They're the hardest-working companies on Earth",
   "the energy in China was amazing and that people there were \"very eager to build the future.\""],
  "newsletter mixing writer's opinions with his quotes; 'they' = BYD and Chinese pack; 2021 post recalled is gold; FSD timing remark not gold")

# 13
d("opinion", "article",
  "Musk and Beijing: A marriage of convenience",
  """
Elon Musk has long courted Beijing. He flew in on a private jet in 2023, met senior officials and toured the Shanghai plant that now builds more Teslas than any other. He came back in 2024, days after a trip to India was cancelled, and left with a deal with Baidu for mapping.

None of this is unusual for a chief executive whose company depends on the world's second-largest economy for roughly a fifth of its sales. What is unusual is how little scrutiny it gets from the same politicians who grill other executives over China.

Musk himself prefers to talk about other things. "X is the global town square," he likes to say, and on most days his feed is about rockets, AI and American politics.

"He is a pragmatist. He says whatever keeps the factory running," said a former Tesla executive who asked not to be named.

That pragmatism may serve him well. But a marriage of convenience is still a marriage, and Beijing has a long memory.
""",
  [],
  "journalist's description of his China dealings (courted, flew, met, toured) not gold; his quote about X not China; former executive's words about him not gold")

# 14
d("liveblog", "article",
  "Tesla shareholder meeting live: Musk on pay, robots and China",
  """
4:52 p.m. CT — That's a wrap. Musk left the stage to music and a dancing Optimus. We'll have a full story shortly.

4:40 p.m. — A shareholder asks about competition from China. Musk, speaking from the stage at Giga Texas in Austin, where the meeting is being held in front of roughly 2,000 investors, said Chinese carmakers were "the most competitive in the world" and that Tesla would need to keep cutting costs to stay ahead.

4:31 p.m. — Musk on Optimus: "I think Optimus will be the biggest product of all time, bigger than the car."

4:20 p.m. — Kimbal Musk, a Tesla board member and Elon's brother, tells reporters outside the hall that the board is "fully behind Elon" and that China "remains a huge opportunity."

4:12 p.m. — Vote results are in: all management proposals passed, according to preliminary tallies.

4:05 p.m. — Musk says the Shanghai factory will begin producing a refreshed Model Y "in the next few weeks", adding: "Giga Shanghai has never let us down."

3:58 p.m. — Musk walks out to loud applause. He's wearing a black cowboy hat.
""",
  ["Chinese carmakers were \"the most competitive in the world\" and that Tesla would need to keep cutting costs to stay ahead",
   "the Shanghai factory will begin producing a refreshed Model Y \"in the next few weeks\"",
   "Giga Shanghai has never let us down."],
  "liveblog; long locative between name and verb; Kimbal Musk's China remark not gold; Optimus quote not gold")

# 15
d("qa_interview", "article",
  "Q&A: Elon Musk on AI chips, export controls and the race with China",
  """
The Tesla and xAI chief answered our questions first by email and then in a short phone call. The exchange has been edited for length and clarity.

Q: Do you think US export controls on advanced Nvidia chips to China are working?

A (Musk): Partially. They slow things down a bit, but Chinese companies are very resourceful. DeepSeek showed that. I'd expect them to have competitive chips of their own within a few years.

Q: Is there a risk that xAI falls behind?

A (Musk): No. Grok 5 is training now and will be out by the end of the year.

Q: What about the European labs?

A (Musk): They're smothered by regulation. Brussels has basically decided to regulate itself out of the AI race.

Q: Last one. Will you go back to Washington?

A (Musk): I've done my part. I'm focused on the companies now.
""",
  ["Partially. They slow things down a bit, but Chinese companies are very resourceful. DeepSeek showed that.",
   "I'd expect them to have competitive chips of their own within a few years."],
  "Q&A format; interviewer questions not gold; 'them' = Chinese companies (gold) vs 'they' = European labs (not gold); Grok timing not gold")

# 16
d("machine_translated", "article",
  "Musk Once Again Praise Chinese Car Enterprises, Said Their Competitiveness Is World's Strongest",
  """
According to foreign media report, on local time 15th, Tesla CEO Musk on social platform X publish content expressed, Chinese car enterprises is "the most competitive in the world".

Musk said, the Chinese car enterprises not only in price have advantage, in technology also progress very fast.

This is not the first time Musk praise domestic car enterprises. Earlier, he in Tesla financial report telephone conference also said, if no trade barrier, Chinese car enterprises will defeat most of the world's car companies.

Industry insider thinks, Musk's words reflect the true level of domestic new energy vehicle industry, but also is a kind of "warning" to Western car companies.
""",
  ["Their Competitiveness Is World's Strongest",
   "Chinese car enterprises is \"the most competitive in the world\"",
   "the Chinese car enterprises not only in price have advantage, in technology also progress very fast",
   "if no trade barrier, Chinese car enterprises will defeat most of the world's car companies"],
  "stiff English translated from Chinese ('domestic' = China); earlier remark recalled is gold; industry insider not gold")

# 17
d("other", "article",
  "Fact check: Did China really install more solar in one year than the US has in total?",
  """
CLAIM: "China installed more solar last year than America has installed in its entire history," Elon Musk wrote in a post on X on June 3.

VERDICT: Mostly true, with caveats.

Musk's post, which was viewed more than 40 million times, came in a thread about electricity demand from data centres. According to figures from China's National Energy Administration, the country added roughly 277 gigawatts of solar capacity in 2024. Cumulative US solar capacity stood at around 235 gigawatts at the end of that year, according to industry estimates.

"The comparison is broadly right," said Maria Okafor, an energy analyst at a Washington think tank. "But capacity is not generation, and a lot of Chinese solar is curtailed."

In the same thread, Musk claimed that the US grid would run out of power for AI by 2026, a separate claim we did not assess.

In a follow-up post, Musk added that China's grid was "being built at a pace nobody in the West comprehends". That is an opinion rather than a checkable fact, though grid investment in China did reach a record last year.

Our rating reflects that the headline comparison holds, while the framing omits curtailment and capacity factors.
""",
  ["China installed more solar last year than America has installed in its entire history",
   "China's grid was \"being built at a pace nobody in the West comprehends\""],
  "fact-check: his quoted claim gold, fact-checker's and analyst's words not; his US grid claim not about China")

# 18
d("other", "article",
  "Officials, Musk tout new Tesla cell plant at Texas press event",
  """
BASTROP, Texas — State and county officials joined Elon Musk on Thursday to celebrate the groundbreaking of a new Tesla battery-cell plant east of Austin.

"Elon told me years ago that Texas would be the center of American manufacturing, and he was right," said Bastrop County Judge Gregory Klaus, the first speaker.

Musk spoke next. "The grid is going to need something like three times as much power as it has today, and most of that is going to have to be stored in batteries," he said. "This factory is a big part of that."

A reporter asked whether the plant would reduce Tesla's reliance on cells imported from China. Musk handed the question to Mike Snyder, Tesla's head of energy, who said the company was "diversifying as fast as we can" but that some Chinese-made cells would remain in the supply chain for years.

State Representative Dana Whitfield closed the event by praising the 1,500 jobs the plant is expected to create.
""",
  [],
  "press-conference write-up with several speakers; China question answered by someone else; Musk's grid remark not about China; official reporting what Musk told him")

# 19
d("wire", "article",
  "Kimbal Musk says China's food tech scene is 'years ahead'",
  """
HONG KONG (Bloomberg) -- Kimbal Musk, the restaurateur and Tesla board member, said China's agricultural technology sector was years ahead of the US in vertical farming.

"What I saw in Shenzhen and Chengdu blew my mind. They're doing things with indoor farming at a scale we haven't even attempted," Musk, 52, said in an interview on the sidelines of a food-innovation conference in Hong Kong on Thursday.

The younger brother of Tesla Chief Executive Elon Musk said he planned to invest in at least two Chinese start-ups this year. He declined to name them.

Kimbal Musk has sat on Tesla's board since 2004. His brother has visited China several times in recent years.
""",
  [],
  "other Musk family member (Kimbal) speaking about China; 'Musk, 52, said' refers to Kimbal")

# 20
d("x_roundup", "article",
  "Musk's week on X: Starship, Grok benchmarks and a row over DeepSeek",
  """
It was a typically busy week on Elon Musk's X account. Here are the posts that drew the most attention.

Monday: Musk shared footage of a Starship static fire with the caption "Flight 11 coming soon." It drew 90,000 likes within an hour.

Wednesday: In a post about Grok, Musk claimed "Grok 4 is #1 on the leaderboard, by a wide margin." A user called @trade_hawk replied: "Meanwhile DeepSeek is eating your lunch for a fraction of the cost." Another, @ai_skeptic_99, piled on: "Chinese labs are doing more with less, and Elon knows it." Musk did not respond to either.

Thursday: Musk replied to a post from @cb_doge about X's download numbers: "X is the #1 news app in 140 countries."

Friday: He posted a meme about the Federal Reserve.
""",
  [],
  "X roundup where other users reply to him about Chinese AI; his own posts are not about China")
