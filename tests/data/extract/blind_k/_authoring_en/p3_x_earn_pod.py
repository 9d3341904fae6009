from common import D, L

# ---------------- x_roundup ----------------
D("x_roundup", "article",
  "Musk's weekend on X: Chinese EVs, memes and a Mars poll",
  '''Elon Musk spent much of the weekend posting, as usual. Here are the highlights.
On Saturday, replying to a chart of Chinese EV exports shared by @SawyerMerritt, he wrote: "@SawyerMerritt China's EV industry is insane. They will out-compete almost everyone https://t.co/Qx7LmP2aZk"
He then ran a poll asking followers whether the first Mars city should be called "Occupy Mars" or something else. More than 2 million accounts voted.
Late on Sunday he posted a meme about his own sleep schedule.''',
  ["China's EV industry is insane. They will out-compete almost everyone"],
  "X post quoted verbatim with @handle and URL; Mars poll and meme not gold")

D("x_roundup", "article",
  "What Elon Musk posted this week",
  '''Monday: Musk posted that Starship's heat shield tiles were "much improved" after the last flight.
Tuesday: He said X would add long-form video monetisation "next month".
Wednesday: Chinese state media editor Hu Lin posted that "Musk is a true friend of the Chinese people". Musk did not reply.
Thursday: Musk shared a photo of his son X Æ A-Xii at a SpaceX control room.
Friday: A viral post from @EVChinaWatch compared BYD and Tesla margins. Musk liked it but did not comment.''',
  [],
  "roundup with China items but Musk's own posts are not about China; a like is not a statement; another person's words about him")

D("x_roundup", "article",
  "Musk responds to BYD sales chart: 'They're very good'",
  '''A post by the account @ChinaEVdata showing BYD's monthly sales passing 400,000 drew a rare reply from the Tesla CEO on Wednesday.
"They're very good, and they're going to get better," Musk wrote.
When another user suggested that BYD's numbers were inflated by subsidies, he replied: "Nah, the cars are genuinely good."
The exchange was viewed more than 15 million times.''',
  ["They're very good",
   "They're very good, and they're going to get better",
   "Nah, the cars are genuinely good."],
  "pronoun 'they' referring back to BYD in the preceding sentence; 'the cars' = BYD cars")

D("x_roundup", "article",
  "Musk vs Brussels: the X posts that started a new fight",
  '''It was a busy week on X for Elon Musk, who traded barbs with the European Commission after it opened a new probe into the platform.
"They have no idea what they are doing. Zero," Musk wrote of the Commission's digital regulators on Tuesday.
In other news on the platform, China's commerce ministry account posted a statement about rare-earth export licences, and TikTok's US arm announced a new CEO.
Musk later added: "Europe is regulating itself into irrelevance."''',
  [],
  "'they' refers to European regulators, not China; China items in the roundup are others' posts")

D("x_roundup", "article",
  "Musk weighs in on TikTok deadline in late-night posts",
  '''As the deadline for a TikTok sale loomed, Elon Musk posted a string of comments overnight.
"Banning TikTok because its parent is Chinese is hypocritical when X is banned in China. Oh wait," he wrote, followed by a laughing emoji.
In a follow-up post he said ByteDance would "never sell the algorithm, and Beijing will never let them".
He also reposted a clip of a Falcon 9 landing with the caption "Just another Tuesday".''',
  ["Banning TikTok because its parent is Chinese is hypocritical when X is banned in China. Oh wait",
   "ByteDance would \"never sell the algorithm, and Beijing will never let them\""],
  "TikTok/ByteDance; sarcasm; Falcon 9 caption not gold")

D("x_roundup", "article",
  "Musk posts about Chinese battery prices",
  '''Elon Musk on Thursday shared a chart showing the price of Chinese lithium iron phosphate cells falling below $50 per kilowatt-hour, adding only a fire emoji.
The post drew more than 40,000 replies. Several Chinese battery executives reposted it, and CATL's international account replied with a thumbs-up.
Musk did not elaborate.''',
  [],
  "headline-fragment-style title and body describing that he posted (chart + emoji), no claim")

D("x_roundup", "article",
  "Tesla CEO on X: solar tariffs are 'self-defeating'",
  '''Elon Musk criticised the administration's trade policy on Friday in a series of posts.
"Tariffs on Chinese solar panels just make American solar more expensive. Self-defeating," the Tesla CEO wrote.
He added that the US "should be making its own panels anyway", and called for faster permitting of power plants.
Separately, he announced that Tesla's Solar Roof would get a price cut.''',
  ["solar tariffs are 'self-defeating'",
   "Tariffs on Chinese solar panels just make American solar more expensive. Self-defeating"],
  "tariffs from China; 'He added' continuation is about US manufacturing/permitting (not gold); product announcement not gold")

D("x_roundup", "article",
  "The internet reacts to Musk's China comments",
  '''Users on X and Weibo were divided this week over Musk's remarks about Chinese manufacturing.
"Musk gets it. The West is asleep," wrote venture capitalist @tomhale.
"He only praises China because of his Shanghai factory," countered Senator Ray Dolan in a post.
On Weibo, the hashtag #MuskAgainPraisesChina drew 300 million views. A popular blogger wrote that "even Musk admits China is number one".''',
  [],
  "reaction roundup: other people's words about Musk and paraphrases of him by others; no quote of his own")

# ---------------- earnings_call ----------------
D("earnings_call", "label",
  "Tesla Q3 2024 Earnings Call Transcript",
  L("Operator: Our first question comes from the line of Adam Jonas with Morgan Stanley.",
    "Adam Jonas -- Morgan Stanley -- Analyst: Elon, how are you thinking about price competition in China?",
    "Elon Musk -- Chief Executive Officer: Yeah, it's intense. China is the most competitive car market in the world by far. The Chinese OEMs are extremely good, and they are not slowing down. Our Shanghai team has done an amazing job keeping costs down. On FSD, we're seeing major improvements with version 13, and I think we'll have unsupervised FSD in California next year.",
    "Operator: Next question."),
  ["China is the most competitive car market in the world by far.",
   "The Chinese OEMs are extremely good, and they are not slowing down.",
   "Our Shanghai team has done an amazing job keeping costs down."],
  "earnings-call 'Elon Musk -- Chief Executive Officer' lines; analyst question not gold; FSD sentence in same turn not gold")

D("earnings_call", "label",
  "Tesla Q1 2025 Earnings Call Transcript",
  L("Travis Axelrod -- Head of Investor Relations: Welcome to Tesla's first-quarter earnings call.",
    "Elon Musk -- Chief Executive Officer: Thanks, Travis. The big story this quarter is autonomy. We'll launch paid robotaxi service in Austin in June. Optimus is progressing well; we expect several thousand units on our own lines this year.",
    "Vaibhav Taneja -- Chief Financial Officer: On the automotive side, China deliveries were down year on year, mainly because of the Model Y changeover in Shanghai, and pricing there remains very competitive.",
    "Elon Musk -- Chief Executive Officer: And I just want to add that the Cybercab will be built in Texas."),
  [],
  "earnings call where China is discussed only by the CFO; Musk's lines are about robotaxi, Optimus, Cybercab")

D("earnings_call", "article",
  "Tesla Q4 2023 Earnings Call Transcript (excerpt)",
  L("Colin Rusch -- Oppenheimer -- Analyst", "BYD passed you in EV sales in the fourth quarter. What's your read on the Chinese competitors?",
    "Elon Musk -- Chief Executive Officer", "The Chinese car companies are the most competitive car companies in the world. I think they will have significant success outside of China, depending on what kind of tariffs or trade barriers are put in place. Frankly, if there are not trade barriers established, they will pretty much demolish most other car companies in the world. They're extremely good.",
    "Colin Rusch -- Oppenheimer -- Analyst", "Thanks. And on the next-generation platform?",
    "Elon Musk -- Chief Executive Officer", "We're on track to start production in the second half of 2025 at Giga Texas."),
  ["The Chinese car companies are the most competitive car companies in the world.",
   "I think they will have significant success outside of China, depending on what kind of tariffs or trade barriers are put in place.",
   "Frankly, if there are not trade barriers established, they will pretty much demolish most other car companies in the world.",
   "They're extremely good."],
  "earnings call in block format (speaker line, then paragraph); conditional claim; pronouns referring to Chinese car companies; next-gen platform date not gold")

D("earnings_call", "label",
  "Tesla Q2 2024 Earnings Call Transcript (Q&A)",
  L("Emmanuel Rosner -- Wolfe Research -- Analyst: Can you comment on the regulatory approval for FSD in China?",
    "Elon Musk -- Chief Executive Officer: I'll let Tom take that one.",
    "Tom Zhu -- Senior Vice President, Automotive: We are working closely with the relevant Chinese authorities and are making good progress on data and mapping requirements.",
    "Emmanuel Rosner -- Wolfe Research -- Analyst: And the 4680 ramp?",
    "Elon Musk -- Chief Executive Officer: 4680 is now cost-competitive with suppliers at scale. That's a big milestone."),
  [],
  "analyst asks about China, Musk hands off; the China answer is another executive's; 4680 answer not about China")

D("earnings_call", "article",
  "Musk tells analysts Tesla's China business 'doing better than the headlines say'",
  '''Tesla Chief Executive Elon Musk used the company's quarterly earnings call on Wednesday to push back against reports of collapsing demand in China.
The China business was "doing better than the headlines say", Musk told analysts, noting that the refreshed Model Y had a waiting list of several weeks in Shanghai and Beijing.
"People keep writing our obituary in China. They've been writing it for five years," he said.
Chief Financial Officer Vaibhav Taneja said that automotive margins excluding credits would be under pressure in the current quarter.
Musk also said the company was "on track" to release a cheaper model in the first half of next year.''',
  ["Tesla's China business 'doing better than the headlines say'",
   "The China business was \"doing better than the headlines say\"",
   "the refreshed Model Y had a waiting list of several weeks in Shanghai and Beijing",
   "People keep writing our obituary in China. They've been writing it for five years"],
  "earnings-call write-up; reported speech with embedded quote; CFO words not gold; cheaper model date not gold")

D("earnings_call", "label",
  "Tesla Q3 2025 Earnings Call Transcript (excerpt)",
  L("Vaibhav Taneja -- Chief Financial Officer: Revenue in Greater China grew 6% sequentially, and our Shanghai factory ran near full utilization.",
    "Pierre Ferragu -- New Street Research -- Analyst: Elon, the NHTSA investigation into FSD. How do you see that?",
    "Elon Musk -- Chief Executive Officer: We've been cooperating fully. They ask for data, we give them data. They're doing their job, and I think the results will speak for themselves."),
  [],
  "'they' refers to NHTSA (US regulator) right after a CFO line about China")

# ---------------- podcast_labelled ----------------
D("podcast_labelled", "label",
  "",
  L("Lex Fridman: You've spent a lot of time in China. What do people in the West misunderstand about it?",
    "Elon Musk: I think people underestimate how hard-working and talented the people in China are. There's a lot of smart, hard-working people there.",
    "Lex Fridman: Is that cultural?",
    "Elon Musk: Partly. There's a very strong work ethic. They don't just talk about building things, they build them. When we built the Shanghai factory, it went from dirt to production in under a year.",
    "Lex Fridman: Let's talk about Mars.",
    "Elon Musk: Sure. I think we'll send the first uncrewed Starships in about two years, when the planets align."),
  ["I think people underestimate how hard-working and talented the people in China are. There's a lot of smart, hard-working people there.",
   "They don't just talk about building things, they build them.",
   "When we built the Shanghai factory, it went from dirt to production in under a year."],
  "labelled podcast; host questions not gold; 'They' refers back to people in China; Mars turn not gold")

D("podcast_labelled", "label",
  "",
  L("Host: China just launched another batch of its Guowang satellites this week. Big week in space.",
    "Host: Elon, let's start with Starship. What's next?",
    "Elon Musk: The next big thing is orbital refilling. Once we can transfer propellant ship to ship, Mars becomes real.",
    "Host: And the timeline?",
    "Elon Musk: Probably next year for the demo. I'm often optimistic on timelines, as you know."),
  [],
  "host talks about China; Musk's turns are only about Starship/Mars")

D("podcast_labelled", "label",
  "All-In Summit: Elon Musk fireside (excerpt)",
  L("David Friedberg: Let's talk geopolitics. Taiwan.",
    "Elon Musk: My understanding of China's official policy is that they consider Taiwan a province of China. And I think we have to be realistic about the fact that Beijing takes that very seriously.",
    "Chamath Palihapitiya: So what should companies do?",
    "Elon Musk: Have a plan B for chips. If something happens in Taiwan, the global economy takes a massive hit, maybe thirty percent of global output.",
    "Jason Calacanis: On that cheery note, let's talk Grok."),
  ["My understanding of China's official policy is that they consider Taiwan a province of China.",
   "And I think we have to be realistic about the fact that Beijing takes that very seriously.",
   "If something happens in Taiwan, the global economy takes a massive hit, maybe thirty percent of global output."],
  "Taiwan in relation to China; multiple hosts; 'Have a plan B for chips' too generic, not gold")

D("podcast_labelled", "label",
  "",
  L("Host: Kimbal, you've been to Shenzhen three times this year. What are you seeing?",
    "Kimbal Musk: The Chinese are miles ahead in vertical farming automation. Their robots pick lettuce faster than people do.",
    "Host: Does Elon agree?",
    "Kimbal Musk: You'd have to ask him. He's more worried about their cars than their lettuce.",
    "Host: Ha. Fair enough."),
  [],
  "guest is Kimbal Musk (not the watched speaker); he characterises Elon's views")

D("podcast_labelled", "label",
  "",
  L("Host: You talk a lot about energy. Where does the world stand?",
    "Elon Musk: Who makes most of the world's solar panels? China. Who makes most of the batteries? Also China. Who refines most of the lithium? China again. So if you care about sustainable energy, you have to acknowledge that.",
    "Host: Switching topics - how is the Semi going?",
    "Elon Musk: Semi volume production starts next year in Nevada."),
  ["Who makes most of the world's solar panels? China. Who makes most of the batteries? Also China. Who refines most of the lithium? China again.",
   "So if you care about sustainable energy, you have to acknowledge that."],
  "rhetorical questions answered by himself; Semi turn not gold")

D("podcast_labelled", "label",
  "",
  L("Host: People in China love Optimus clips. Chinese robot startups like Unitree are everywhere now. Anyway, how many Optimus units this year?",
    "Elon Musk: Optimus production will be a few thousand units this year, hopefully ten thousand next year.",
    "Host: And the hands?",
    "Elon Musk: The hands are the hardest part. Twenty-two degrees of freedom. Nobody has done that at scale."),
  [],
  "host mentions Chinese robot startups; Musk's answers are about Optimus output and hand design")

D("podcast_labelled", "label",
  "",
  L("Dwarkesh: What did you make of DeepSeek?",
    "Elon: I think they're very talented. The DeepSeek team did some clever things with efficiency, but they had a lot more compute than they said.",
    "Dwarkesh: And will Chinese labs catch up?",
    "Elon: China will have a lot of compute. They will be a strong competitor in AI, there's no doubt about it.",
    "Dwarkesh: Last one: favourite book this year?",
    "Elon: Probably a history of the Roman Empire."),
  ["I think they're very talented. The DeepSeek team did some clever things with efficiency, but they had a lot more compute than they said.",
   "China will have a lot of compute. They will be a strong competitor in AI, there's no doubt about it."],
  "label 'Elon:' variant; DeepSeek and Chinese labs; book answer not gold")
