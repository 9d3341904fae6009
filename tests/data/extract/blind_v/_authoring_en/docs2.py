from common import d

# 21
d("earnings_call", "article",
  "Tesla (TSLA) Q2 2025 Earnings Call Transcript",
  """
Prepared Remarks:

Travis Axelrod -- Head of Investor Relations

Good afternoon, everyone, and welcome to Tesla's second-quarter 2025 Q&A webcast. My name is Travis Axelrod, and I'm the head of investor relations. I'm joined today by Elon Musk, Vaibhav Taneja, and a number of other executives.

Elon Musk -- Chief Executive Officer

Thank you. So, a few highlights. We launched the robotaxi service in Austin, which went very smoothly, and we expect to expand to several more cities by the end of the year. Optimus version 3 is looking great. I think it's going to be the best robot by far.

Questions & Answers:

Travis Axelrod -- Head of Investor Relations

The first question from Say is: How is Tesla responding to price cuts by BYD and other Chinese brands?

Elon Musk -- Chief Executive Officer

Well, the competition in China is brutal. It's the most competitive market in the world by far. There are, I think, over a hundred EV brands there, and a lot of them are losing money, so there'll be consolidation. But we're holding our own. Our market share in China is roughly stable, and the Model Y L is doing really well there.

Vaibhav Taneja -- Chief Financial Officer

Just to add to that, we've been using financing incentives in China rather than headline price cuts, which has helped protect margins.
""",
  ["Well, the competition in China is brutal. It's the most competitive market in the world by far.",
   "There are, I think, over a hundred EV brands there, and a lot of them are losing money, so there'll be consolidation.",
   "But we're holding our own. Our market share in China is roughly stable, and the Model Y L is doing really well there."],
  "earnings-call transcript with 'Elon Musk -- Chief Executive Officer' lines; prepared remarks on robotaxi/Optimus not gold; CFO's China remark not gold; 'there' = China")

# 22
d("podcast_labelled", "label",
  "All-In Podcast: Elon Musk on regulation, AI and Europe",
  """
Chamath Palihapitiya: Meanwhile China is approving robotaxis city by city. Wuhan has thousands of them on the road already.
David Sacks: Let's talk about Europe, though. Elon, your supervised FSD approval in the EU has been stuck for years.
Elon Musk: Yeah, it's insane. They have this committee process where every country gets a veto, and they move at the speed of a glacier. Brussels is a regulatory black hole.
Jason Calacanis: Do you think it gets approved this year?
Elon Musk: Maybe the Netherlands first. The RDW has actually been pretty reasonable with us.
Jason Calacanis: And then the rest of Europe follows?
Elon Musk: Hopefully. Once one country says yes, it gets harder for the others to say no.
""",
  [],
  "'they' refers to EU regulators, not China; China mentioned only by another host")

# 23
d("podcast_unlabelled", "unlabeled",
  "",
  """
So I want to ask about BYD, because a year ago they were an afterthought in most American coverage and now they're outselling Tesla in a lot of markets. How do you think about them? They're a very strong company. People underestimate how vertically integrated they are, they make their own chips, their own batteries, even their own ships to carry the cars. I have a lot of respect for them. Do you see them as the main threat? I'd say they're the strongest of the Chinese companies, yeah, and probably the main competitor for us. Long term, though, autonomy is what matters. The car is becoming a computer on wheels, and whoever has the best AI wins. Okay, let's talk about Neuralink, because there's news there too. Sure. We've now got twelve patients, and they're all doing well.
""",
  ["They're a very strong company. People underestimate how vertically integrated they are, they make their own chips, their own batteries, even their own ships to carry the cars.",
   "I have a lot of respect for them.",
   "I'd say they're the strongest of the Chinese companies, yeah, and probably the main competitor for us."],
  "unlabelled transcript; 'they/them' refer to BYD from host's question; autonomy and Neuralink remarks not gold",
  guests=["Elon Musk"])

# 24
d("vtt", "vtt",
  "Future of Robotics panel, Dubai",
  "",
  [],
  "panel: Chinese robotics founder and moderator talk about China; Musk speaks only about Optimus timing",
  vtt="""
WEBVTT

00:00:00.500 --> 00:00:07.000
<v Moderator>China installed more industrial robots last year than the rest of the world combined. Li Wen, you run a robotics company in Shenzhen. Why is that?

00:00:07.000 --> 00:00:15.000
<v Li Wen>Because the supply chain is all there. In Shenzhen I can get a new actuator design prototyped in three days.

00:00:15.000 --> 00:00:19.000
<v Moderator>Elon, when does Optimus actually ship to customers?

00:00:19.000 --> 00:00:27.500
<v Elon Musk>We'll start limited production this year, internal use first. External customers probably late next year.

00:00:27.500 --> 00:00:33.000
<v Elon Musk>The hands are the hardest part. Twenty-two degrees of freedom in the hand alone.

00:00:33.000 --> 00:00:38.000
<v Li Wen>Our hands have sixteen. We will catch up.

""")

# 25
d("aggregator_headline", "article",
  "Tesla's Musk praises China's engineers, says they are the best in the world - CNBC",
  """
Elon Musk spent Wednesday touring the Shanghai factory and met with local suppliers.
""",
  ["they are the best in the world"],
  "two-verb headline: 'praises' part not gold, 'says' claim gold; 'they' = China's engineers; publisher suffix excluded")

# 26
d("aggregator_headline", "article",
  "Musk and China: the debate goes on - Financial Times",
  """
As Tesla's sales in the world's second-largest economy slide, investors are asking whether the carmaker's biggest bet abroad still makes sense.
""",
  [],
  "document-level framing headline with no statement in body")

# 27
d("short_summary", "article",
  "Tesla not planning second China plant, Musk says",
  """
Elon Musk said on Friday that Tesla had no plans to build a second factory in China, adding that the Shanghai plant had plenty of room to grow.
""",
  ["Tesla not planning second China plant",
   "Tesla had no plans to build a second factory in China",
   "the Shanghai plant had plenty of room to grow"],
  "short RSS summary; claim in headline ending with ', Musk says'")

# 28
d("short_summary", "article",
  "Maye Musk says she loves China, plans book tour in Shanghai",
  """
Model and author Maye Musk, mother of Tesla CEO Elon Musk, said she would return to China in the autumn, calling Chinese fans "the warmest in the world."
""",
  [],
  "his mother Maye Musk speaking about China, not the watched speaker")

# 29
d("machine_translated", "article",
  "Musk's Starlink Once Again Cause Controversy, Expert: China Must Accelerate Own Satellite Internet Construction",
  """
Recently, SpaceX company founder Musk on social platform publish content said, "Starlink will have 10 million users by next year." This remark once again caused attention of domestic industry.

Professor Zhang of Beijing University of Aeronautics and Astronautics expressed, the Starlink system already occupied large amount of low orbit resources, our country must accelerate the construction of own satellite internet, otherwise will be in passive position.

Another expert thinks, "Guowang" and "Qianfan" constellations are steadily advancing, the gap with Starlink is shrinking, there is no need to over-worry.

It is understood, by the end of last year, Starlink already launched more than 7,000 satellites.
""",
  [],
  "translated Chinese article about China's satellite internet; Musk's Starlink statement not about China; Chinese experts' words not gold")

# 30
d("liveblog", "article",
  "Tesla Q1 earnings live: Musk says robotaxi launch on track",
  """
5:58 p.m. ET — The call is over. Shares are up 5% in after-hours trading.

5:47 p.m. — Wedbush's Dan Ives, in a note to clients just now: "The China numbers are the soft spot. Musk needs to win back Chinese consumers, full stop."

5:40 p.m. — CFO Vaibhav Taneja says China deliveries were hit by the Model Y changeover at the Shanghai plant and by "aggressive" competitor pricing.

5:33 p.m. — Musk on Optimus: "We're on track to build several thousand Optimus robots this year."

5:26 p.m. — Musk says he will be spending "far less time" on government work from next month. "I think I've done most of what I set out to do," he says.

5:19 p.m. — First question, on robotaxi. Musk: "We're on track to launch paid rides in Austin in June. No question about it."

5:15 p.m. — Musk is on the line. He sounds upbeat.
""",
  [],
  "earnings liveblog: China discussed only by CFO and analyst; Musk's statements about robotaxi, Optimus and government work")

# 31
d("qa_interview", "article",
  "'We learned from Tesla, now Tesla learns from us': an interview with Lin Haoran",
  """
Lin Haoran founded his electric-vehicle company in Hangzhou in 2016. It now sells more than 400,000 cars a year. We spoke to him in Munich, where the company is opening its European headquarters. The interview has been condensed.

Q: Elon Musk is fond of saying that Chinese carmakers work harder than anyone. Is that flattery or a warning?

A: Both, I think. And it's true. But we also learned a lot from Tesla. When they came to Shanghai, the whole supply chain had to raise its standards.

Q: Have you met him?

A: Once, in 2019. He told me the hardest part of making cars is not the design, it is the production. He was right.

Q: Will you compete with Tesla in Europe?

A: We already do. Europeans are open to Chinese brands now in a way they were not five years ago.
""",
  [],
  "interviewer's question quotes Musk back and rival recalls what Musk told him (not about China); none is Musk's own statement in this document")

# 32
d("opinion", "article",
  "Opinion: Tesla's China bet was never about cheap labor",
  """
When the first Shanghai-built Model 3s rolled out in the final days of 2019, Elon Musk stood on a stage in a black T-shirt, danced awkwardly, and said something that sounded like flattery at the time: "I think China is going to be the future, in many ways."

Five years on, it sounds more like prophecy. The Shanghai plant was built in under a year, with government help on land, loans and permits. In 2022, Musk told a podcast host that the Chinese government had been extremely supportive of the Shanghai project and that it "would not have happened this fast anywhere else".

The usual story is that Tesla went to China for cheap labor. That is wrong. Labor is a small share of the cost of a car. Tesla went to China for suppliers, speed and a market of 1.4 billion people.

Rivals see it the same way. "Tesla was the catfish," said a senior executive at a Guangzhou-based carmaker, using the Chinese term for a competitor that forces everyone else to swim faster. "Now the catfish is being chased."

Whether Musk still believes his own 2019 words is an open question. He talks about China less than he used to. But the numbers say he was right the first time.
""",
  ["I think China is going to be the future, in many ways.",
   "the Chinese government had been extremely supportive of the Shanghai project and that it \"would not have happened this fast anywhere else\""],
  "opinion column recalling quotes from 2019 and 2022 (still his statements); columnist's analysis and rival's words not gold")

# 33
d("wire", "article",
  "Taipei rebukes Musk over comments on Taiwan",
  """
TAIPEI, Sept 20 (Reuters) - Taiwan's foreign ministry on Friday criticised Elon Musk after the billionaire said in a podcast interview that Beijing's eventual reunification with Taiwan was "probably inevitable".

"Taiwan is not for sale, and it is not part of the People's Republic of China," ministry spokesman Lee Chih-wei told reporters in Taipei. "We suggest Mr. Musk study some history."

In the interview, released on Wednesday, Musk said he hoped a peaceful solution could be found that would be acceptable to both sides. "Think of it as something like Hawaii," he said of the island's relationship with the mainland.

He added that China had made it clear it would not tolerate Starlink operating in Taiwan, which has been developing its own satellite network partly for that reason.

China's foreign ministry did not comment on Musk's remarks. Tesla and SpaceX did not respond to requests for comment.
""",
  ["Beijing's eventual reunification with Taiwan was \"probably inevitable\"",
   "he hoped a peaceful solution could be found that would be acceptable to both sides",
   "Think of it as something like Hawaii",
   "China had made it clear it would not tolerate Starlink operating in Taiwan"],
  "Taiwan-China statements; spokesman's rebuttal not gold; quote whose topic comes from its attribution sentence; 'He added' continuation")

# 34
d("wire", "article",
  "Tesla opens flagship Hong Kong showroom as Musk touts Cybercab",
  """
HONG KONG, June 4 (Reuters) - Tesla opened its largest showroom in Hong Kong on Tuesday, as the company tries to revive sales in a city where Chinese brands such as BYD have grabbed market share.

The 2,000-square-metre space in Kowloon Bay will also house a service centre. Hong Kong's commerce secretary attended the opening ceremony.

Musk did not attend. On X, he posted a picture of the Cybercab prototype and wrote that production in Austin would begin "next year, hopefully early". Responding to a user who pointed to Wall Street's scepticism about the product, he wrote that "they have been wrong about Tesla for 15 years and they will be wrong again".

Tesla's sales in Hong Kong fell 30% last year, according to Transport Department data.
""",
  [],
  "'they' = Wall Street in a China/Hong Kong story; Cybercab product date not gold")

# 35
d("x_roundup", "article",
  "Musk weighs in on TikTok fight as X users pile on",
  """
Elon Musk jumped into the debate over TikTok's future in the United States late on Saturday, posting a series of replies that drew millions of views.

Responding to @WallStreetMav, who had argued that TikTok should be sold or banned, Musk wrote: "@WallStreetMav The real question is whether ByteDance answers to Beijing. If it does, that's a problem. If it doesn't, a ban is overreach https://x.com/WallStreetMav/status/1781234567890123456"

@WallStreetMav replied: "Exactly. Divest or ban."

A user posting as @ChinaObserverX then replied to Musk: "ByteDance is legally required to cooperate with Chinese intelligence. Read the 2017 law." Musk answered: "Fair point. Chinese law does seem to require that."

Others were less impressed. "Elon only cares because TikTok competes with X," wrote @mediawatcher.

Musk moved on quickly. His next post, an hour later, was a chart captioned "X is the #1 news app in 140 countries."
""",
  ["The real question is whether ByteDance answers to Beijing. If it does, that's a problem. If it doesn't, a ban is overreach",
   "Fair point. Chinese law does seem to require that."],
  "X post quoted verbatim with @handle and URL; reply chain with others' China claims not gold; his X-ranking post not gold")

# 36
d("other", "article",
  "At Paris AI summit, tech chiefs split over Chinese AI",
  """
PARIS — A panel on artificial intelligence at the VivaTech conference on Friday turned into a sharp exchange over China, with Elon Musk, a French minister and the head of a Paris start-up offering starkly different views.

"China will have more AI compute than the US within five years if nothing changes," said Musk, who joined by video link from Texas.

"That's alarmist," replied Claire Duval, chief executive of the Paris-based AI company Lumen, who argued that Chinese labs were constrained by access to advanced chips. "Compute is not the same as capability."

Digital Affairs Minister Paul Renard tried to steer the discussion back to Europe. "Our task is not to choose between Washington and Beijing but to build our own capacity," he said.

Musk was unmoved. "I'm not saying it to scare anyone. I'm saying it because their power grid is growing by the equivalent of a whole US grid every few years," he said.

"Europe should worry less about rules and more about electricity." The line drew scattered applause in the hall. It was Musk again, who went on to say that Grok would be "the smartest AI in the world" by the end of the year.

The panel ended ten minutes late.
""",
  ["China will have more AI compute than the US within five years if nothing changes",
   "I'm not saying it to scare anyone. I'm saying it because their power grid is growing by the equivalent of a whole US grid every few years"],
  "panel write-up with several speakers in turn; 'their' = China; quote about Europe opening a paragraph and attributed two sentences later is not about China; Grok claim not gold")

# 37
d("earnings_call", "label",
  "Tesla Q3 earnings call (excerpt)",
  """
Travis Axelrod: Next question from Adam Jonas at Morgan Stanley.
Adam Jonas: Hi, Elon. You've said before that Tesla is the only Western carmaker that can compete with the Chinese on cost. Does that still hold after the latest round of price cuts in Shanghai?
Vaibhav Taneja: Adam, I'll take the numbers part. Our cost per vehicle in China reached a new low this quarter, and we think that gap versus local competitors is narrowing.
Elon Musk: Overall, I'd say the big picture is that the value of Tesla is going to be overwhelmingly autonomy and Optimus. The car business is important, but it's not what people should focus on.
Adam Jonas: Thanks. And on Optimus, any update on the production line in Fremont?
Elon Musk: Yeah, the line is being built now. We'll start production of version 3 early next year.
""",
  [],
  "analyst paraphrases Musk's China claim (not gold); CFO answers the China part; Musk's turns about autonomy and Optimus")

# 38
d("vtt", "vtt",
  "Bloomberg Television: Musk on FSD approvals",
  "",
  ["They've been pretty reasonable, actually, the Chinese regulators.",
   "We expect approval for supervised FSD in China in the coming months."],
  "'they' = Chinese regulators (gold) vs 'they' = NHTSA (not gold) in adjacent cues; approval date in China is about China",
  vtt="""
WEBVTT

00:00:02.000 --> 00:00:07.000
<v Emily Chang>How are the regulators in China treating you on full self-driving?

00:00:07.000 --> 00:00:13.000
<v Elon Musk>They've been pretty reasonable, actually, the Chinese regulators. We expect approval for supervised FSD in China in the coming months.

00:00:13.000 --> 00:00:17.000
<v Emily Chang>And here in the US?

00:00:17.000 --> 00:00:24.000
<v Elon Musk>NHTSA is a different story. They take forever, and they ask for the same data three times.

00:00:24.000 --> 00:00:28.000
<v Emily Chang>Is that fair to NHTSA?

00:00:28.000 --> 00:00:33.000
<v Elon Musk>Maybe a little unfair. But only a little.

""")

# 39
d("podcast_labelled", "label",
  "All-In Summit: A conversation with Elon Musk",
  """
Jason Calacanis: Elon, electricity. Everybody's talking about it. Where are we?
Elon Musk: It's the limiting factor for AI now, not chips. China's going to have like three times the electricity output of the US, and meanwhile we can't even get a transmission line permitted in California.
David Friedberg: So you're saying China wins AI?
Elon Musk: I'm saying China winning is a real risk if we don't build power. Also, I think Grok is going to be the best AI by the end of the year, so there's that.
Jason Calacanis: Of course.
Elon Musk: Solar plus batteries is the obvious answer. The US should be building a hundred gigawatts a year of solar.
""",
  ["China's going to have like three times the electricity output of the US, and meanwhile we can't even get a transmission line permitted in California.",
   "I'm saying China winning is a real risk if we don't build power."],
  "one sentence mixes China and California (included); Grok and US solar remarks not gold; host's question not gold")

# 40
d("podcast_unlabelled", "unlabeled",
  "",
  """
Before we start, a quick bit of news: China's export figures came out this morning and they were way above expectations, so markets are in a good mood. Anyway. Elon, thanks for coming on. Happy to be here. You have, what, fourteen kids now? How do you find time for them? I try to have breakfast with the little ones when I'm in Austin. It's not always possible, but I try. And X. A lot of people want to know what's next for the app. Payments. X Money should roll out to everyone this year, and then it becomes a real everything app. We'll see if the regulators agree. They usually do, eventually.
""",
  [],
  "host opens with China export news; guest talks about family and X payments only",
  guests=["Elon Musk"])
