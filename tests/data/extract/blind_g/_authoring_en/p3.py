from common import d, mkvtt

# ---------------- AGGREGATOR HEADLINE ----------------
d("aggregator_headline", "article",
  "Musk says China has an electricity advantage - Reuters",
  "",
  ["China has an electricity advantage"],
  "aggregator title with claim; strip ' - Reuters' suffix")

d("aggregator_headline", "article",
  "Musk posts about Chinese battery prices - Bloomberg",
  "Tesla CEO Elon Musk weighed in on a debate over falling battery cell prices in China in a late-night post on X.",
  [],
  "headline fragment describing that he posted, no claim; snippet also only describes")

d("aggregator_headline", "article",
  "Tesla's Musk praises China's engineers, says they are the best in the world - CNBC",
  "",
  ["they are the best in the world"],
  "two-verb headline: 'praises' (not gold) and 'says' claim (gold); pronoun 'they' -> China's engineers; publisher suffix")

d("aggregator_headline", "article",
  "Elon Musk meets Chinese Premier Li Qiang in Beijing - South China Morning Post",
  "The Tesla boss arrived in the Chinese capital on Sunday for talks on data security and self-driving software.",
  [],
  "aggregator title about a meeting (action, not statement)")

d("aggregator_headline", "article",
  "Elon Musk: Chinese carmakers will 'demolish' rivals without trade barriers - Financial Times",
  "",
  ["Chinese carmakers will 'demolish' rivals without trade barriers"],
  "colon headline carrying his claim; publisher suffix")

d("aggregator_headline", "article",
  "Kimbal Musk says China is the world's most exciting food market - Fortune",
  "",
  [],
  "Musk-like name (Kimbal Musk) in aggregator headline")

d("aggregator_headline", "article",
  "Musk says Tesla's Shanghai Gigafactory is its most productive plant - Yahoo Finance",
  "Speaking at an event in Austin, the billionaire said the Shanghai plant builds a Model Y every 30 seconds.",
  ["Tesla's Shanghai Gigafactory is its most productive plant",
   "the Shanghai plant builds a Model Y every 30 seconds"],
  "aggregator title + snippet both with claims about Shanghai plant; 'the billionaire'")

d("aggregator_headline", "article",
  "BYD chairman says Musk 'underestimated' Chinese EV makers - Reuters",
  "",
  [],
  "aggregator: rival's words with Musk as object")

d("aggregator_headline", "article",
  "Musk warns U.S. tariffs on Chinese EVs will backfire - Automotive News",
  "",
  ["U.S. tariffs on Chinese EVs will backfire"],
  "headline with 'warns' speech verb; Chinese tariffs; publisher suffix")

d("aggregator_headline", "article",
  "Musk says Starship will reach Mars by 2026 as China eyes lunar base - Space.com",
  "",
  [],
  "headline with China clause by journalist; Musk's claim is about Mars, not China")

# ---------------- X ROUNDUP ----------------
d("x_roundup", "article",
  "Musk's weekend on X: China, Grok and a Starship teaser",
  """Elon Musk posted more than 300 times over the weekend. Here are the ones that caught our eye.

On Saturday morning, responding to a chart of China's solar installations shared by @SawyerMerritt, Musk wrote: "China's solar output is insane. Nobody else is even close. https://x.com/SawyerMerritt/status/1829384756102938475"

Later that day he teased a new version of Grok: "Grok 4.2 is coming in a few weeks and it will blow your mind."

On Sunday, he reposted a Starship launch video with the words "Flight 11 soon".

He also replied to @WholeMarsBlog, who asked whether Tesla would ever sell a car for under $25,000: "Yes, but not this year."

The posts drew millions of views. Musk did not post about politics for most of the weekend, a rare pause.""",
  ["China's solar output is insane. Nobody else is even close."],
  "X post quoted verbatim with @handle and URL; other posts (Grok, Starship, price) not gold")

d("x_roundup", "article",
  "What Elon posted this week: DOGE, rockets and a lot of memes",
  """It was a busy week on X for Elon Musk, who is splitting his time between Washington and Starbase.

Monday: "Government spending is out of control. We will find a trillion dollars in savings," he wrote.

Tuesday: a photo of the Starship booster on the launch mount with the caption "Stacked."

Wednesday: a series of memes about the Federal Reserve.

Thursday: Chinese users flooded his replies after state media reported that Tesla would cut prices in China again. Some of the most-liked replies asked him to bring Full Self-Driving to the mainland. Musk did not respond.

Friday: "Starlink now has 7 million customers. Thank you!"

He also reposted a clip of his 2024 appearance on a comedy podcast.""",
  [],
  "roundup where China appears only as others' replies and reporting; Musk posts all non-China")

d("x_roundup", "article",
  "Musk takes aim at critics of Chinese EVs in late-night posting spree",
  """Tesla CEO Elon Musk spent part of Tuesday night defending Chinese carmakers on X, in a string of posts that surprised some of his U.S. followers.

Musk wrote on X that Chinese electric cars were "much better than most people in America realise" and said critics should "go drive one before commenting".

In another post, the billionaire said Xiaomi's SU7 was "a very impressive car" and that the Beijing-based company had "done in three years what took others decades".

He also wrote that he expected the best Chinese brands to become "global household names" by the end of the decade.

Several U.S. lawmakers criticised the posts. Representative John Moolenaar said Musk was "doing Beijing's PR".""",
  ["Chinese electric cars were \"much better than most people in America realise\"",
   "go drive one before commenting",
   "Xiaomi's SU7 was \"a very impressive car\" and that the Beijing-based company had \"done in three years what took others decades\"",
   "he expected the best Chinese brands to become \"global household names\" by the end of the decade"],
  "X posts described in reported speech; named Chinese company (Xiaomi); lawmaker's criticism not gold")

d("x_roundup", "article",
  "BYD executive mocks Musk with old clip; Tesla boss stays silent",
  """A senior BYD executive on Wednesday posted an old TV clip on X in which Elon Musk is seen laughing when asked about the Chinese carmaker, adding the caption "Who's laughing now?"

The post by Stella Li, BYD's executive vice president, was shared more than 50,000 times. "We respect Tesla, but we remember," she wrote in a follow-up.

Musk, who has posted dozens of times since, has not replied. Some of his supporters responded by sharing charts of Tesla's profit margins, which remain higher than BYD's.

The exchange comes as BYD overtook Tesla as the world's largest seller of battery-electric vehicles for a second consecutive quarter.""",
  [],
  "rival's post about Musk; his laughing described as an action, not quoted words; no statement of his")

d("x_roundup", "article",
  "Musk's replies of the day: 'They are relentless'",
  """Our daily look at the Tesla CEO's most notable replies on X.

1. A user named @electrek_watch posted a chart showing Chinese carmakers' exports doubling in two years. Musk replied: "They are relentless. Respect."

2. Under a post about NASA's Artemis delays, Musk wrote: "Too much bureaucracy. Let SpaceX do it."

3. Replying to a video of BYD's Shenzhen factory, he wrote: "The scale of that place is hard to comprehend."

4. Asked by a follower when Tesla's new Roadster would be unveiled, Musk said: "Hopefully by the end of the year."

5. He also posted a single fire emoji under a video of a Falcon 9 landing.""",
  ["They are relentless. Respect.",
   "The scale of that place is hard to comprehend."],
  "pronoun 'they' and 'that place' referring back to Chinese carmakers / BYD's Shenzhen factory; NASA, Roadster replies not gold")

d("x_roundup", "article",
  "Musk lashes out at EU regulators over China tariff probe fallout",
  """Elon Musk spent Thursday criticising European officials on X after the European Commission confirmed it would apply higher duties to Tesla cars shipped from Shanghai.

The Commission said Tesla had benefited from Chinese subsidies, a claim the company disputes in a legal challenge filed in Luxembourg.

Responding to a post about the Commission's new AI rules later in the day, Musk wrote: "They are strangling innovation in Europe. Brussels regulates, America builds."

He also shared a meme of a bureaucrat buried under paperwork.

Chinese state media said the EU duties were "naked protectionism".""",
  [],
  "'they' refers to European regulators (AI rules), not China; China context from journalist/state media")

d("x_roundup", "article",
  "Musk on TikTok: ban would be 'contrary to free speech'",
  """Elon Musk waded into the debate over the future of TikTok on Wednesday, posting on X that he opposed a U.S. ban on the Chinese-owned app.

"I have been against a TikTok ban for a long time, even though it competes with X. Banning an app because its owner is Chinese is contrary to free speech," Musk wrote on X.

In a second post he said that ByteDance should be allowed to keep a stake in the U.S. business "as long as the data stays in America".

Musk's comments came hours before a Senate vote on the issue. A spokesperson for TikTok thanked him in a statement.""",
  ["I have been against a TikTok ban for a long time, even though it competes with X. Banning an app because its owner is Chinese is contrary to free speech",
   "ByteDance should be allowed to keep a stake in the U.S. business \"as long as the data stays in America\""],
  "TikTok/ByteDance as Chinese company; X post quoted verbatim; second post reported speech")

d("x_roundup", "article",
  "Musk responds to Chinese battery price chart with single exclamation mark",
  """Elon Musk on Monday replied to a widely shared chart showing that lithium iron phosphate cell prices in China had fallen below $50 per kilowatt-hour.

His reply consisted of a single exclamation mark.

The chart, posted by the analyst account @BatteryBenchmark, was viewed 3 million times. Commenters debated what Musk meant, with some reading it as admiration and others as alarm.

Tesla buys LFP cells from CATL and from its own line in Nevada.""",
  [],
  "reply without words (punctuation only); commenters' interpretations not gold; headline only describes")

# ---------------- EARNINGS CALL ----------------
d("earnings_call", "article",
  "Tesla (TSLA) Q4 earnings call transcript",
  """Operator

Good afternoon, everyone, and welcome to Tesla's fourth-quarter earnings Q&A webcast.

Elon Musk -- Chief Executive Officer

Thanks. So, a few points. First, on autonomy: we've made massive progress with the latest version of FSD. I think by the end of this year, it'll be safer than a human driver in most conditions.

Second, on competition. I want to be clear that the Chinese car companies are the most competitive car companies in the world. I think they will have significant success outside of China, depending on what kind of tariffs or trade barriers are put in place.

Third, on energy storage, Megapack deployments doubled year over year, and we expect strong growth again.

Vaibhav Taneja -- Chief Financial Officer

Thank you, Elon. Revenue for the quarter was $25.7 billion. In China, we saw deliveries improve in December on the back of our financing offers.

Elon Musk -- Chief Executive Officer

And just to add, the Shanghai team did an amazing job ramping the refreshed Model Y. Probably the fastest ramp we've ever done.""",
  ["I want to be clear that the Chinese car companies are the most competitive car companies in the world. I think they will have significant success outside of China, depending on what kind of tariffs or trade barriers are put in place.",
   "the Shanghai team did an amazing job ramping the refreshed Model Y. Probably the fastest ramp we've ever done."],
  "earnings-call format 'Elon Musk -- Chief Executive Officer'; FSD and Megapack not gold; CFO China remark not gold")

d("earnings_call", "article",
  "Tesla Q2 earnings call: prepared remarks and Q&A (transcript)",
  """Travis Axelrod -- Head of Investor Relations

Good afternoon and welcome to Tesla's second-quarter earnings call. Joining me today are Elon Musk, Vaibhav Taneja and a number of other executives.

Elon Musk -- Chief Executive Officer

Thanks, Travis. This was a quarter of transition. We're retooling lines for new products, so volumes were a bit lower. But the Cybertruck is now the best-selling electric pickup in the U.S., and the Semi factory in Nevada is on track for next year.

Vaibhav Taneja -- Chief Financial Officer

On regional performance: China was a bright spot. Our Shanghai factory exported a record number of vehicles, and domestic deliveries in China rose 8% sequentially.

Tom Zhu -- Senior Vice President, Automotive

I'd add that Chinese customers responded well to the new Model 3 Performance. Our share in the premium segment in China stabilised.

Elon Musk -- Chief Executive Officer

Great. Let's go to questions.""",
  [],
  "earnings call where only other executives discuss China; Musk's turns about Cybertruck/Semi")

d("earnings_call", "article",
  "Tesla earnings call: analyst asks about China price war",
  """Colin Langan -- Wells Fargo -- Analyst

Thanks for taking my question. How should we think about the price war in China? Your Chinese competitors are cutting prices every month. Can you keep up without hurting margins?

Elon Musk -- Chief Executive Officer

Well, they are very tough competitors, no question. They're willing to lose money for a long time, and some of them have government support. We're not going to chase every price cut. We'll compete on technology, especially autonomy, and on cost.

Colin Langan -- Wells Fargo -- Analyst

And a follow-up on the Robotaxi launch?

Elon Musk -- Chief Executive Officer

We're on track to launch in several more U.S. cities this year. I'm confident about that.""",
  ["Well, they are very tough competitors, no question. They're willing to lose money for a long time, and some of them have government support. We're not going to chase every price cut."],
  "pronoun 'they' referring to Chinese competitors in analyst's question; analyst question not gold; Robotaxi follow-up not gold")

d("earnings_call", "article",
  "Tesla Q1 earnings call transcript: Musk on robotaxi timeline",
  """Adam Jonas -- Morgan Stanley -- Analyst

Elon, last year you said that Chinese carmakers would 'demolish' most of the competition without trade barriers. Do you still believe that, and when will robotaxi be profitable?

Elon Musk -- Chief Executive Officer

Let me take the robotaxi part. Profitability depends on utilization. If a car is driving paying customers 50 or 60 hours a week, the economics are extraordinary. We'll see meaningful revenue from that next year.

Adam Jonas -- Morgan Stanley -- Analyst

Thank you.

Elon Musk -- Chief Executive Officer

Next question.""",
  [],
  "analyst quotes Musk back about China (not gold); Musk's answer only about robotaxi")

d("earnings_call", "label",
  "",
  """Operator: Our next question comes from the line of Ben Kallo with Baird.
Ben Kallo: Hi, thanks. Can you talk about rare earths? China has put new export controls on magnets. How does that affect Optimus?
Elon Musk: Yeah, it's a real issue. China wants assurances that the rare earth magnets aren't used for military purposes, which obviously they're not. We're working through the export license process with Beijing.
Elon Musk: On the broader Optimus ramp, we're still targeting a pilot line in Fremont this year.
Ben Kallo: Do you need to redesign the motors?
Elon Musk: We're looking at designs that don't need rare earths at all. That would take the dependency on China out of the picture, but it takes time.
Operator: Thank you. Our next question comes from Dan Levy with Barclays.""",
  ["Yeah, it's a real issue. China wants assurances that the rare earth magnets aren't used for military purposes, which obviously they're not. We're working through the export license process with Beijing.",
   "We're looking at designs that don't need rare earths at all. That would take the dependency on China out of the picture, but it takes time."],
  "earnings call as labelled transcript; Chinese export controls; Optimus timeline turn not gold")

d("earnings_call", "label",
  "",
  """Operator: Good afternoon and welcome to the Tesla third-quarter results call.
Elon Musk: Thank you. I'll keep this short. Megapack had another record quarter and Megablock is coming next year.
Elon Musk: We also opened the Lathrop expansion, so we now have capacity for about 40 gigawatt-hours a year of storage in California.
Vaibhav Taneja: Thanks, Elon. Our Shanghai Megafactory is now producing Megapacks for the Asia-Pacific market. Chinese regulators approved the grid connection in record time.
Tom Zhu: In China, auto deliveries were up 10% year on year in the quarter.
Elon Musk: Great. Let's go to the investor questions.""",
  [],
  "labelled earnings call: China remarks only by CFO and Tom Zhu; Musk on Megapack/Lathrop")

d("earnings_call", "article",
  "Tesla annual results call: full transcript",
  """Elon Musk -- Chief Executive Officer

Good afternoon. Let me start with the big picture. It's been a tough year for the whole auto industry. Interest rates are still high and consumers are cautious.

On the positive side, Giga Shanghai produced more than 950,000 cars last year. It remains our highest-output factory, and honestly the team there sets the standard for everyone else in the company.

We're also seeing, as I've said before, incredible competition from China. BYD, Geely, Xiaomi, Li Auto — these are strong companies. If I were running another carmaker, I would be very worried.

Turning to FSD: version 14 is rolling out in North America this month, and we expect approvals in Europe next year.

On Optimus, we expect a few thousand units in our factories by the end of the year.

Vaibhav Taneja -- Chief Financial Officer

Thanks, Elon. Let me walk through the numbers.""",
  ["Giga Shanghai produced more than 950,000 cars last year. It remains our highest-output factory, and honestly the team there sets the standard for everyone else in the company.",
   "We're also seeing, as I've said before, incredible competition from China. BYD, Geely, Xiaomi, Li Auto — these are strong companies. If I were running another carmaker, I would be very worried."],
  "long earnings-call paragraph mixing topics; only Shanghai and Chinese competition sentences gold")
