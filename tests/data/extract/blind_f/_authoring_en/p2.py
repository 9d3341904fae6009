from lib import A, V

A(26, "podcast_labelled",
  "Moonshots Ep. 150: Starship, Mars and the new space race",
  """
Peter Diamandis: Welcome back, everybody. I'm here with Elon Musk and with space policy analyst Laura Ng. Elon, let's start with Starship. Where are we?
Elon Musk: We're in a good place. The last two flights went really well. We caught the booster again, and the ship did a controlled splashdown. The next big milestone is catching the ship itself.
Peter Diamandis: Laura, from a policy perspective, how do you see China's progress?
Laura Ng: China is moving very methodically. Their Long March 10 is on track, and they've said they want a crewed lunar landing before 2030. I'd take that seriously.
Peter Diamandis: Elon, Mars. When?
Elon Musk: If things go well, we'll send the first uncrewed Starships to Mars at the end of next year. Crewed missions maybe two years after that.
Laura Ng: And that's where the US really has an edge. Nobody in Beijing has anything like Starship yet.
Elon Musk: Well, the key is full reusability. A fully reusable rocket cuts the cost of access to orbit by a factor of a hundred.
Peter Diamandis: Incredible. We'll be right back.
""",
  "topic by neighbourhood: Musk's turns are about Starship/Mars/reusability even right after another guest's China remarks; Laura Ng's China remarks not gold")

A(27, "podcast_unlabelled",
  "The Diary of a CEO: Elon Musk on kids, work and burnout",
  """
Before we start, a quick note. I was in Shenzhen last month filming for another episode, and honestly, the speed at which things get built there blew my mind. Whole streets of electronics suppliers, factories running through the night. It made me think a lot about the conversation you're about to hear.

My guest today is Elon Musk. Elon, thank you for doing this.

Thanks for having me.

You have, what, fourteen kids now? How do you think about being a father with this schedule?

Well, I try to spend as much time with them as I can. Little X comes with me to a lot of meetings. I think kids should see how work actually gets done.

Do you ever burn out?

Oh, absolutely. There have been times when I was working 120-hour weeks, and it's not sustainable. I'm trying to get better at sleeping six hours a night.

What would you tell your 25-year-old self?

Worry less. Most of the things I worried about never happened.
""",
  "unlabelled transcript: the China (Shenzhen) remarks are the host's monologue; Musk's turns are about family and work")

V(28, "Musk lands in Beijing: what it means for Tesla | Bloomberg Television",
  [("Anchor", "Tesla CEO Elon Musk arrived in Beijing on Sunday in a surprise visit, his first trip to China in more than a year."),
   ("Stephen Engle", "He met with Premier Li Qiang at the Great Hall of the People, and state media said Li told him China's door would open even wider."),
   ("Stephen Engle", "Tesla is seeking approval to roll out its Full Self-Driving software here, and sources say a data agreement may be signed this week."),
   ("Anchor", "Tesla shares jumped in premarket trading. Let's listen to what Musk said about AI at an event in Paris last week."),
   ("Elon Musk", "AI is probably the most disruptive force in history. There will come a point where no job is needed."),
   ("Elon Musk", "You can have a job if you want one, for personal satisfaction, but the AI will be able to do everything."),
   ("Anchor", "Stephen Engle in Beijing, thank you."),
   ],
  "vtt news package: visit and meeting are actions, premier's words reported by correspondent; Musk's own clip is about AI, not China")

A(29, "machine_translated",
  "Shanghai super factory five years: 3 million vehicles rolled off line, localization rate exceeds 95%",
  """
Reporter learned from Tesla China, as of this month, Tesla Shanghai super factory has accumulated production of vehicles exceeding 3 million units, becoming Tesla global largest production base.

Tesla China vice president Tao Lin said, Shanghai super factory localization rate already exceeds 95%, in the industry chain there are more than 400 Chinese suppliers, among them more than 60 entered Tesla global supply chain.

Lingang New Area relevant responsible person introduced, factory from starting construction to production only used less than one year time, created "Tesla speed". In 2019 year groundbreaking ceremony, Musk personally arrived at the site, and in delivery ceremony on the stage danced, causing heated discussion.

Industry insiders think, facing domestic car enterprises fierce competition, Tesla in China market share this year has declined.
""",
  "machine-translated: Tesla China VP's words, official's words and Musk's actions (arrived, danced) are not statements of his")

A(30, "other",
  "Fact check: Did Elon Musk say 'China is the future, America is finished'?",
  """
Claim: A quote attributed to Elon Musk - "China is the future, America is finished" - has been shared thousands of times on Facebook and Threads since last week.

Verdict: False. There is no record of Musk saying this.

Reuters found no instance of the phrase in Musk's posts on X, in transcripts of his interviews or in news coverage. The image appears to have originated on a Telegram channel in early March and was later overlaid on a photo of Musk at the 2019 Shanghai groundbreaking.

Musk has spoken positively about Chinese industry. In a 2023 interview with CNBC, for example, he said that {{China's economy was like an Olympic athlete compared with most others}}. In January 2024, he told analysts on an earnings call that "{{the Chinese automakers are extremely good and extremely hard-working}}."

But he has not said that America is "finished." On the contrary, he wrote on X in April that "America is the greatest country on Earth."

This article was produced by the Reuters Fact Check team.
""",
  "fabricated quote attributed to Musk is not his statement; real recalled quotes about China are gold; his 'America' post not gold")

A(31, "wire",
  "Musk Says {{Tesla Will Keep Expanding in China Despite Price War}}",
  """
(Bloomberg) -- Elon Musk said {{Tesla Inc. will keep investing in China even as a brutal price war squeezes margins}}, pushing back against investors who have urged the carmaker to scale back in its second-largest market.

"{{We are not going to retreat from China. It's a great market with great people, and our Shanghai factory is the best we have}}," Musk said on a call with reporters Wednesday. "{{Yes, the price war is tough. But it's tough for everybody, and the weaker players will go out of business.}}"

The billionaire added that {{Tesla planned to expand its Shanghai Megafactory, which builds Megapack storage batteries, to double its current output}}.

He also said that {{Chinese regulators had been very constructive in talks about approving Tesla's Full Self-Driving software}}, though he declined to give a timeline.

Tesla's China retail sales fell 9% in the first half, according to the China Passenger Car Association. BYD Co., its biggest rival, sold more than 2 million vehicles in the same period.

"Musk is putting a brave face on it," said Mei Jiang, an analyst at consultancy AutoPacific Asia. "The reality is that Tesla is losing share every month."

--With assistance from Linda Lew.
""",
  "multi-sentence quotes; 'added that'/'also said that' continuations; 'the weaker players' context = China price war; analyst's comment not gold")

A(32, "wire",
  "Maye Musk says she feels 'at home' in China as memoir tops charts",
  """
SHANGHAI, May 20 (Reuters) - Maye Musk, the model and mother of Tesla CEO Elon Musk, said on Monday that she felt "completely at home" in China, where the Chinese translation of her memoir has sold more than a million copies.

"Chinese women are so ambitious, and they are so kind to me," the 77-year-old told a packed bookstore in Shanghai's Xuhui district.

Asked about her son's business in the country, she said: "I don't talk to him about business. I'm his mother, not his adviser."

Maye Musk has visited China more than 20 times since 2019. Her son's company operates its largest factory in Shanghai.
""",
  "Musk-like name: Maye Musk's statements about China are not the watched speaker's")

A(33, "aggregator_headline",
  "Elon Musk says {{TikTok ban would be 'a mistake' despite Chinese ownership}} - The Verge",
  """
Musk wrote on X that {{banning TikTok would be contrary to freedom of speech}}, though he acknowledged that {{its parent company ByteDance ultimately answers to Beijing}}.
""",
  "aggregator title with suffix; TikTok / Chinese ownership statements")

A(34, "short_summary",
  "{{Tesla to add third shift at Shanghai plant}}, Musk says",
  """
{{Tesla will add a third shift at its Shanghai factory from next month to meet demand for the refreshed Model Y in China and Europe}}, Chief Executive Elon Musk said on Thursday.
""",
  "claim attributed at the end of headline and sentence ('..., Musk said')")

A(35, "liveblog",
  "World AI Conference 2025 live: Musk joins by video, Baidu unveils Ernie 5",
  """
14:20 - Baidu's Robin Li closes the session with a jab: "Some people in America think they have a monopoly on intelligence. They don't."

14:02 - More from Musk, who was asked by the host about US chip export controls. "{{Chinese companies will find a way. They always do. The talent is there and the determination is there}}," he said.

13:55 - Musk, appearing on a giant screen from what looked like his office at Starbase, Texas, and speaking in English with Chinese subtitles after a 20-minute delay caused by a connection problem, said that {{China would have more AI computing power than any country except the United States by the end of next year}}.

13:50 - He opened by saying he hoped humanity would become "a multiplanetary species" within his lifetime, and that Tesla's Optimus robots would be in limited production by the end of the year.

13:30 - Welcome to our live coverage from the World Expo Center in Shanghai. Elon Musk is due to speak by video at 13:30 local time, followed by Baidu CEO Robin Li.
""",
  "liveblog: far subject and verb; Musk's multiplanetary/Optimus remarks not gold; Robin Li's remarks not gold")

A(36, "qa_interview",
  "Interview: Elon Musk on Asia, robots and why Tesla is staying in China",
  """
TOKYO -- Elon Musk is not known for patience with journalists. But in a 40-minute video interview with Nikkei Asia on Friday, the Tesla and SpaceX chief was expansive on the subject of Asia.

On China, where Tesla's market share has roughly halved in two years, he was defiant. "{{Why would we leave the biggest EV market in the world? That would make no sense}}," he said, when asked whether Tesla would scale back its Shanghai operations.

"{{The Chinese brands are very strong, I'll give them that, but Tesla still has the best software}}," he added.

Asked whether Beijing had ever pressured Tesla, Musk said: "{{They have never asked us to do anything inappropriate. Never.}}"

Musk was less forthcoming on Japan. Asked about Toyota's solid-state battery plans, he said only that he had "a lot of respect" for Toyota. He said Tesla's Optimus humanoid robot would go on sale in Japan "probably in 2027."

The interview was conducted in English.
""",
  "rhetorical question referring to China through context; 'they' = Beijing; Toyota/Japan remarks not gold")

A(37, "opinion",
  "Tesla's China problem isn't about Musk",
  """
It has become fashionable to blame Tesla's slump in China on its chief executive: his politics, his distractions, his feuds. The numbers tell a simpler story.

In 2020, Tesla had the Chinese premium EV segment almost to itself. Today it competes with more than 100 brands, many of them selling cars with bigger screens, longer range and lower prices. BYD alone sold more plug-in cars last month than Tesla did worldwide.

"Tesla didn't get worse; everyone else got better," said Zhang Lei, a researcher at the Beijing-based China EV100 think tank.

Musk, for his part, spent this week explaining Starship's heat-shield problems to his 200 million followers and sparring with OpenAI's Sam Altman. Those are not the habits of a man obsessing over the Chinese market. But even if he were, it is hard to see what he could do. The Model Y is five years old, and a new generation of Chinese cars is already on the road.

The uncomfortable truth for Tesla shareholders is that the company's China problem would exist with or without Musk.
""",
  "opinion: journalist's analysis and a researcher's quote; Musk's activities (not China statements) mentioned only")

A(38, "x_roundup",
  "Musk mocks 'China is collapsing' narrative in late-night posts",
  """
Elon Musk took aim at commentators predicting the imminent collapse of China's economy in a series of posts on X late Thursday.

"{{Sure, China is 'collapsing.' That's why they make 80% of the world's solar panels and 70% of its batteries}} 🙄," Musk wrote, responding to a thread by a US hedge fund manager.

In a follow-up post, he wrote: "{{Underestimating China is a classic mistake. They are not going anywhere.}}"

The original thread, by investor Daniel Crane, argued that the country's property slump and falling birth rate would force Beijing into a "lost decade." Crane replied to Musk: "Elon knows better than anyone that Beijing can squeeze him whenever it wants."

Musk also shared a meme about Starship's heat tiles.
""",
  "sarcasm about China is gold; headline only describes ('mocks'); the investor's reply about Musk not gold")

A(39, "earnings_call",
  "Tesla (TSLA) Q1 2025 Earnings Call Transcript",
  """
Elon Musk -- Chief Executive Officer

Thank you. So, the most important thing this quarter is that we are on track to launch unsupervised FSD as a paid service in Austin in June. This will be the beginning of a very steep ramp. Optimus is also progressing well; we expect several thousand units to be built this year at the Fremont factory.

Vaibhav Taneja -- Chief Financial Officer

Thanks, Elon. Turning to regions, in China we saw a sequential decline in deliveries due to the Model Y changeover at Giga Shanghai and continued pricing pressure from local competitors. We expect the changeover headwinds to abate in Q2.

Operator

Our next question comes from Dan Levy with Barclays.

Dan Levy -- Analyst

Thanks. Could you talk about how you see pricing in China for the rest of the year, given the intensity of the competition there?

Elon Musk -- Chief Executive Officer

I'll let Vaibhav take that one.

Vaibhav Taneja -- Chief Financial Officer

Sure. We are going to stay disciplined. We won't chase every price cut in the Chinese market, and we think the new Model Y gives us a strong product to compete with.

Elon Musk -- Chief Executive Officer

And I'd just add that the Cybercab design is locked. Production starts at Giga Texas next year.
""",
  "earnings call: China covered by CFO and analyst; Musk only defers or talks FSD/Optimus/Cybercab")

A(40, "podcast_labelled",
  "The Build Podcast, Ep. 88: Elon Musk on chips, Taiwan and Neuralink",
  """
Ravi Mehta: Let's get into geopolitics for a second, because you can't talk about chips without talking about Taiwan. What's your read?
Elon Musk: {{My view is that China's policy toward Taiwan is not going to change. They have been very clear about reunification for decades.}} {{I think the smart thing is to avoid a war at all costs, because a war over Taiwan would be a disaster for everyone, including China.}}
Ravi Mehta: Does that affect Tesla's supply chain planning?
Elon Musk: {{Well, if China were to blockade Taiwan, basically every car company and every electronics company would be in trouble, because so many chips come from TSMC.}}
Ravi Mehta: Switching gears. Neuralink. How many patients now?
Elon Musk: We've implanted twelve patients so far, and they're all doing well. By next year we hope to be in the hundreds.
Ravi Mehta: That's wild.
""",
  "Taiwan in relation to China; 'they' refers to China; Neuralink turn not gold")

A(41, "podcast_unlabelled",
  "Compute Hour, Episode 63: Elon Musk and Priya Raman on the AI race",
  """
Welcome to Compute Hour. I'm joined today by Elon Musk, and by Priya Raman, who runs the AI policy program at Stanford. Priya, let me start with you. How far behind is China in AI?

I'd say six months to a year on frontier models, and closing. The open-weight models coming out of Chinese labs are genuinely excellent, and they're cheap.

Elon, do you agree with that?

{{I'd say China is probably closer than six months on some things. Their open-source models are very good, and they have way more electricity coming online than we do.}} {{The one thing that's holding them back is chips, and that's not going to hold them back forever.}}

Priya, you've argued for tighter export controls.

I have. I think the controls buy time, and time matters. But they only work if the allies enforce them too.

Elon, last one. When does Grok 5 come out?

End of this quarter, probably. It'll be the first model that I think has a real shot at AGI.
""",
  "unlabelled transcript with two guests: the other guest's China remarks are not gold; turns are identified by the host addressing each guest; Grok turn not gold",
  kind="unlabeled", guests=["Elon Musk", "Priya Raman"])

V(42, "Elon Musk fireside chat at the Future Investment Initiative (full)",
  [("Moderator", "So, some people say American car companies can never compete with BYD on cost. What do you say to that?"),
   ("Elon Musk", "{{Well, how is it that a Chinese company can make a car for twenty thousand dollars and still make a profit?}}"),
   ("Elon Musk", "{{It's because they've got the whole supply chain within a few hundred miles. That's the secret.}}"),
   ("Moderator", "And Tesla's answer is?"),
   ("Elon Musk", "Our answer is autonomy. A car that drives itself is worth five times more than one that doesn't."),
   ("Moderator", "Let's talk about Mars. You said 2026 for the first uncrewed ships."),
   ("Elon Musk", "That's still the goal. It's going to be tight, but the orbital mechanics don't wait for anyone."),
   ],
  "vtt: rhetorical question about a Chinese company; 'they' refers back; autonomy and Mars turns not gold")

A(43, "machine_translated",
  "Review: Musk Shanghai super factory, from groundbreaking to 4 million vehicles",
  """
Recall January 2019, Musk at Shanghai Lingang groundbreaking ceremony said: "{{I believe China will become Tesla's largest market in future.}}" Today, this sentence although not fully realized, but Shanghai super factory already becomes Tesla global export center.

Six years time, factory produced vehicles exceed 4 million units. Musk afterwards again expressed, {{Shanghai super factory is Tesla's best-performance factory}}, {{Chinese team "never say cannot do"}}.

Many analysts pointed out, with domestic brands like BYD, Xiaomi rising, Tesla's competition pressure is increasing day by day.
""",
  "machine-translated; recalled quote from years ago is gold; 'expressed' as speech verb")

A(44, "other",
  "Global Mobility Forum announces Elon Musk as keynote speaker",
  """
SINGAPORE, Aug 4, 2025 /PRNewswire/ -- The Global Mobility Forum today announced that Elon Musk, CEO of Tesla and SpaceX, will deliver the opening keynote at its annual summit on October 14, under the title "China, AI and the Future of the Car."

"We are thrilled to welcome Elon," said forum chair Dr. Henry Lau. "No one has a more informed view of the Chinese EV market, and our delegates are eager to hear it."

The two-day summit will also feature executives from BYD, Geely and Toyota. Registration is open at globalmobilityforum.org.

Media contact: press@globalmobilityforum.org
""",
  "press release: a talk title about China and the chair's words, but no statement of Musk's")

A(45, "wire",
  "China rejects Musk's Taiwan advice",
  """
BEIJING, Oct 3 (Reuters) - China's foreign ministry on Thursday rejected comments by Elon Musk, who said in a podcast interview aired this week that {{Beijing had no need to use force against Taiwan because time was on its side}}.

"{{If I were advising Beijing, I would say: be patient. Economically, they're winning anyway}}," Musk said on the podcast.

Asked about the remarks at a regular news briefing, foreign ministry spokesperson Mao Ning said Taiwan was "China's internal affair" and that "no foreign individual is in a position to give advice."

Taiwan's Mainland Affairs Council said Musk's comments showed "a lack of understanding" of the island's democracy.

Musk, whose Tesla operates a large factory in Shanghai, did not respond to a request for comment.
""",
  "Taiwan in relation to China; officials' reactions not gold; 'they' refers to Beijing")

A(46, "wire",
  "Tesla's China sales fall for third month as Musk promotes Cybercab",
  """
SHANGHAI, Aug 2 (Reuters) - Tesla sold 41,200 China-made vehicles in July, down 12% from a year earlier, data from the China Passenger Car Association showed on Friday, as competition from BYD, Geely and Xiaomi intensified.

The figure includes vehicles exported to Europe and other Asian markets from Tesla's Shanghai factory.

Chief Executive Elon Musk, who has not commented publicly on the China numbers, spent the week promoting Tesla's Cybercab robotaxi. "Cybercab production starts in April," he wrote on X on Wednesday.

He also criticised US auto-safety regulators after the National Highway Traffic Safety Administration opened a new probe into Tesla's Full Self-Driving software. "They are looking at data that is two years out of date," Musk said.

"The price war has no end in sight," said Cui Jun, an analyst at the CPCA.
""",
  "China-sales article: Musk's quotes are about Cybercab and NHTSA ('they' = US regulator), not gold")

A(47, "aggregator_headline",
  "Tesla's China sales slump as Musk turns his attention to robotaxis - Financial Times",
  """
Tesla's market share in China has fallen to its lowest level in five years, while Elon Musk has devoted most of his recent public appearances to autonomous driving and humanoid robots.
""",
  "journalist framing in headline and snippet; no statement")

A(48, "aggregator_headline",
  "Musk: {{China will build more humanoid robots than anyone else}} - South China Morning Post",
  """
Elon Musk said {{Chinese companies would be Tesla's main rivals in humanoid robots}}, adding that "{{the top ten competitors will probably all be Chinese, except us}}."
""",
  "colon headline carrying claim, with publisher suffix")

A(49, "short_summary",
  "Cathie Wood says Musk 'understands China better than any Western CEO'",
  """
ARK Invest's Cathie Wood said on Wednesday that Elon Musk "understands China better than any Western CEO" and predicted that Tesla would regain market share in the country next year.
""",
  "someone else praising Musk about China; not his statement")

A(50, "liveblog",
  "Stock market today: Dow slips, Tesla rises as Musk weighs in on solar tariffs",
  """
2:45 p.m. - Tesla shares are up 3.1% after Elon Musk said in a post on X that {{US tariffs on Chinese solar panels were pointless because China's cost advantage was too large}}. "{{The tariffs just make American solar more expensive. China will still make most of the panels}}," he wrote.

2:10 p.m. - Oil prices extended losses after OPEC+ signaled it would keep raising output. Brent crude fell 1.8% to $64.20 a barrel.

1:30 p.m. - Nvidia shares slipped 1.2% ahead of next week's earnings report.

12:15 p.m. - Fed Governor Christopher Waller said he still sees room for two more rate cuts this year, citing a cooling labor market.

11:00 a.m. - Stocks opened lower as investors digested a hotter-than-expected producer price report.
""",
  "markets liveblog; statements about US tariffs on Chinese solar panels; headline 'weighs in on' is descriptive")
