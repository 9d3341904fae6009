from common import d

# 41
d("wire", "article",
  "Musk Says Tesla Will Double Shanghai Megapack Output",
  """
(Bloomberg) -- Elon Musk said Tesla Inc. will double production at its Megapack battery factory in Shanghai next year.

"The Shanghai Megafactory was built in under a year. The local suppliers are phenomenal — they deliver whatever we need, almost overnight," Musk said in a post on X on Sunday, replying to a video of the plant's first anniversary celebration.

Demand for grid storage in China and elsewhere in Asia has outstripped supply, according to BloombergNEF, and Chinese manufacturers including CATL and BYD are expanding capacity rapidly.

The billionaire also said the company's factory in Lathrop, California, which makes Megapacks for the US market, was at full capacity. "Lathrop is running flat out," he wrote.

Tesla's energy business posted record deployments last quarter.
""",
  ["Tesla Will Double Shanghai Megapack Output",
   "Tesla Inc. will double production at its Megapack battery factory in Shanghai next year",
   "The Shanghai Megafactory was built in under a year. The local suppliers are phenomenal — they deliver whatever we need, almost overnight"],
  "'they' = local (Chinese) suppliers; Lathrop remark in same story not gold; BloombergNEF context not gold")

# 42
d("wire", "article",
  "Shanghai mayor pledges support for Tesla during Musk visit",
  """
SHANGHAI, April 29 (Reuters) - Shanghai's mayor told Tesla Chief Executive Elon Musk on Monday that the city would continue to support the carmaker's expansion, according to a statement on the municipal government's website.

Musk, who arrived in the city on Sunday evening, toured the Lingang factory and met with executives from several local suppliers, a person familiar with the matter said. He did not speak to reporters.

"Shanghai welcomes Tesla to deepen its roots here and share in the opportunities of China's high-quality development," the mayor was quoted as saying in the statement.

Tesla's shares rose 3% in premarket trading. The company did not respond to a request for comment on the visit.
""",
  [],
  "official's words to Musk in a dateline story; his actions (arrived, toured, met) not statements")

# 43
d("aggregator_headline", "article",
  "Musk: China will lead in humanoid robots unless US wakes up - South China Morning Post",
  "",
  ["China will lead in humanoid robots unless US wakes up"],
  "aggregator title with 'Musk:' claim and publisher suffix; empty body")

# 44
d("aggregator_headline", "article",
  "Tesla's China sales slump 20% in May as Musk stays silent on price war - Yahoo Finance",
  """
Tesla sold 38,588 vehicles made at its Shanghai factory in May, down 20% from a year earlier, data from the China Passenger Car Association showed.
""",
  [],
  "aggregator headline describing silence; no claim of his")

# 45
d("short_summary", "article",
  "Musk denies sharing Tesla data with Beijing",
  """
Elon Musk said Tesla had never shared data from its cars with the Chinese government and would be shut down if it did.
""",
  ["Tesla had never shared data from its cars with the Chinese government and would be shut down if it did"],
  "denial: headline 'denies sharing' does not state his claim; body 'said Tesla had never...' is gold")

# 46
d("short_summary", "article",
  "Musk meets Chinese premier in Beijing",
  """
Tesla CEO Elon Musk met Chinese Premier Li Qiang in Beijing on Sunday, state media reported, as the carmaker seeks approval to roll out driver-assistance software in the country.
""",
  [],
  "action (met) not statement; state media report")

# 47
d("machine_translated", "article",
  "Musk: Xiaomi Car Is Very Impressive, Lei Jun Respond With Thanks",
  """
On the 28th, Xiaomi Group founder Lei Jun in Weibo posted that Tesla CEO Musk in one interview praised Xiaomi SU7. Lei Jun said, "thank you Musk, Tesla always is the teacher of us."

According to report, Musk in the interview expressed, Xiaomi is a very strong company, and Lei Jun is very good at doing products. "They did in three years what took others ten years," Musk said.

It is worth to mention, Musk in the same interview also talked about Tesla's Optimus robot, said it will be "the most important product of Tesla".

Many netizens left messages said, "mutual respect between big bosses".
""",
  ["Xiaomi Car Is Very Impressive",
   "Xiaomi is a very strong company, and Lei Jun is very good at doing products",
   "They did in three years what took others ten years"],
  "machine-translated Chinese report; Lei Jun's and netizens' words not gold; Optimus remark not gold; 'They' = Xiaomi")

# 48
d("qa_interview", "article",
  "'China's young people are very inspiring': Musk in conversation with Phoenix TV",
  """
The following is an English rendering of Elon Musk's interview with Hong Kong-based Phoenix TV, recorded at the Shanghai factory. Phoenix TV's questions were asked in Mandarin and interpreted. Some answers have been shortened.

Phoenix TV: You have met many young engineers here. What is your impression?

Musk: China's young people are very inspiring. They are smart, they are ambitious, and they want to build things. I think that's wonderful.

Phoenix TV: Many Chinese consumers now buy domestic brands instead of foreign ones. Does Tesla still have a place?

Musk: Absolutely. Chinese consumers are very discerning, and if you make a great product, they will buy it, whether it's foreign or local.

Phoenix TV: You have many children. How do you find time for them?

Musk: Not as much as I'd like. I try to have breakfast with the little ones when I'm home.

Phoenix TV: When will humans go to Mars?

Musk: I think within ten years. Maybe sooner.
""",
  ["China's young people are very inspiring",
   "China's young people are very inspiring. They are smart, they are ambitious, and they want to build things. I think that's wonderful.",
   "Chinese consumers are very discerning, and if you make a great product, they will buy it, whether it's foreign or local."],
  "translated interview; title quote carries claim; interviewer questions not gold; family and Mars answers not gold")

# 49
d("x_roundup", "article",
  "Musk, users trade blows over Chinese solar panels and DeepSeek",
  """
Elon Musk used X on Tuesday to comment on two China-related topics, drawing a flood of replies.

First, responding to a post by energy analyst @GridNerd showing that Chinese factories now make more than 80% of the world's solar panels, Musk wrote: "China is doing an incredible job on solar. The US should be learning from them instead of complaining."

@GridNerd replied: "Agree on the first part. The second part is politically impossible right now."

Hours later, a user named @mlresearcherjoe posted a thread claiming DeepSeek's latest model matched American frontier systems. Musk quoted it: "Impressive work by DeepSeek, but they are still well behind Grok on reasoning."

@mlresearcherjoe fired back: "Source? Your own leaderboard?" Musk didn't reply.

He ended the day with a post about the weather in Starbase: "Beautiful sunset tonight."
""",
  ["China is doing an incredible job on solar. The US should be learning from them instead of complaining.",
   "Impressive work by DeepSeek, but they are still well behind Grok on reasoning."],
  "reply chains: others' replies not gold; 'them' = China, 'they' = DeepSeek; sunset post not gold")

# 50
d("x_roundup", "article",
  "Starship flight sparks global reactions, including from Chinese state media",
  """
SpaceX's latest Starship test flight on Thursday drew reactions from around the world on X.

Elon Musk posted the launch video with a single line: "Starship is the first fully reusable rocket. This changes everything."

Among the replies was one from the Global Times, the Chinese state-backed tabloid: "China's Long March 10 will also fly soon. Space is not a one-country show." The post was liked 12,000 times.

Another user, @astro_dan, replied to Musk: "The Chinese are closer than you think." Musk did not respond to either post. He did, however, reply to NASA's official account, which had congratulated SpaceX, writing: "Thank you! Artemis is next."
""",
  [],
  "others (Chinese state media, users) reply to him about China; his posts are about Starship and NASA only")

# 51
d("earnings_call", "label",
  "Tesla Q4 2024 earnings call (excerpt)",
  """
Travis Axelrod: The next question is about energy storage. How is the Shanghai Megafactory ramp going?
Elon Musk: Really well. The Shanghai Megafactory went from groundbreaking to production in about seven months, which is insane. That team is amazing. Honestly, they set the standard for how fast you can build a factory.
Elon Musk: And also, I should mention, the Roadster demo is still planned for later this year. It's going to be the best demo ever.
Pierre Ferragu: Elon, you once said Chinese battery makers were the best in the world at LFP. Are you still sourcing most LFP cells from China?
Elon Musk: For now, yes. The Chinese suppliers are just really good at LFP. But we're building our own LFP line in Nevada, so that will shift over time.
""",
  ["Really well. The Shanghai Megafactory went from groundbreaking to production in about seven months, which is insane. That team is amazing. Honestly, they set the standard for how fast you can build a factory.",
   "For now, yes. The Chinese suppliers are just really good at LFP.",
   "But we're building our own LFP line in Nevada, so that will shift over time."],
  "labelled call; Roadster date not gold; analyst recalling his earlier claim not gold; 'they' = Shanghai team; Nevada sentence gold because 'that' = sourcing LFP cells from China")

# 52
d("earnings_call", "article",
  "Tesla (TSLA) Q1 2025 Earnings Call Transcript",
  """
Questions & Answers:

Travis Axelrod -- Head of Investor Relations

Next question from the analysts. Adam Jonas, please go ahead.

Adam Jonas -- Morgan Stanley -- Analyst

Thanks. Elon, the rare earth export restrictions from China — how exposed is Optimus?

Elon Musk -- Chief Executive Officer

Vaibhav, you want to take that one?

Vaibhav Taneja -- Chief Financial Officer

Sure. We did have to apply for licenses for some magnets, and we're working with the Chinese authorities on that. It's not affecting vehicle production at this stage.

Adam Jonas -- Morgan Stanley -- Analyst

Great, thanks. And one for Elon on FSD.

Elon Musk -- Chief Executive Officer

Sure. FSD version 14 is a big step up. It's going to feel sentient, basically. We should have it out to customers in about two months.
""",
  [],
  "Musk hands the China question to the CFO; his only statement is about FSD; analyst question not gold")

# 53
d("podcast_labelled", "label",
  "The Joe Rogan Experience: Elon Musk",
  """
Joe Rogan: China's building like a hundred nuclear reactors right now. A hundred. Meanwhile we built, what, two in twenty years?
Elon Musk: Nuclear is very safe, much safer than people think. The problem in the US is the permitting takes forever.
Joe Rogan: It's crazy. And then Mars, how's that going?
Elon Musk: We're going to send Starships to Mars at the next window, uncrewed. If those land safely, then crewed missions maybe two years after.
Joe Rogan: You think you'll go?
Elon Musk: I'd like to. Maybe when I'm old.
""",
  [],
  "host's China remark; Musk's reply is about nuclear safety and US permitting, not China; Mars not gold")

# 54
d("podcast_unlabelled", "unlabeled",
  "",
  """
I want to get your take on DeepSeek, because when it came out the whole market freaked out and Nvidia dropped like seventeen percent in a day. What did you make of it? I thought it was a good piece of engineering, genuinely. The Chinese teams are very strong at optimization, they squeeze a lot out of limited hardware. But the claims about the cost were exaggerated. They had a lot more GPUs than they said. Interesting. And does it change how you think about xAI? Not really. We're building the biggest cluster in the world in Memphis. Colossus will be at a million GPUs eventually.
""",
  ["I thought it was a good piece of engineering, genuinely.",
   "The Chinese teams are very strong at optimization, they squeeze a lot out of limited hardware.",
   "But the claims about the cost were exaggerated. They had a lot more GPUs than they said."],
  "unlabelled transcript; first answer refers to DeepSeek from host's question; Colossus/xAI answer not gold",
  guests=["Elon Musk"])

# 55
d("vtt", "vtt",
  "World Artificial Intelligence Conference, Shanghai — video dialogue",
  "",
  ["I think China will have very strong AI capabilities, probably among the best in the world.",
   "The engineers here are extremely talented, and the pace of progress is remarkable.",
   "And I should say, I'm always happy to come back to Shanghai."],
  "vtt with Musk by video link at a Shanghai conference; Mars/Starship remark not gold",
  vtt="""
WEBVTT

00:00:00.000 --> 00:00:06.000
<v Host>Welcome, Mr. Musk. Thank you for joining us in Shanghai, even if only by video.

00:00:06.000 --> 00:00:12.500
<v Elon Musk>Thank you. I think China will have very strong AI capabilities, probably among the best in the world.

00:00:12.500 --> 00:00:19.000
<v Elon Musk>The engineers here are extremely talented, and the pace of progress is remarkable.

00:00:19.000 --> 00:00:24.000
<v Host>And what about your own plans? Mars?

00:00:24.000 --> 00:00:31.000
<v Elon Musk>Yes, Starship is making good progress. We hope to launch to Mars at the end of next year.

00:00:31.000 --> 00:00:36.000
<v Elon Musk>And I should say, I'm always happy to come back to Shanghai.

""")

# 56
d("vtt", "vtt",
  "Energy keynote, Houston",
  "",
  [],
  "host introduces China's solar numbers; Musk speaks about the sun, batteries and US grid only",
  vtt="""
WEBVTT

00:00:00.000 --> 00:00:08.000
<v Host>Last year China installed more solar than the rest of the world combined. Our next speaker has thoughts on what America should do. Please welcome Elon Musk.

00:00:08.000 --> 00:00:15.000
<v Elon Musk>Thank you. So, the sun is a giant fusion reactor in the sky, and it's free. We should use it.

00:00:15.000 --> 00:00:22.000
<v Elon Musk>If you cover a small corner of Texas with solar panels, you could power the whole United States.

00:00:22.000 --> 00:00:29.000
<v Elon Musk>The missing piece is batteries. The US grid needs about a terawatt-hour of stationary storage.

""")

# 57
d("opinion", "article",
  "Musk's candour about Chinese carmakers is a gift to Detroit",
  """
The question, at a closed-door investor lunch in New York last month, was about Chinese automakers.

"They are going to be the biggest car companies in the world in ten years." Nobody in the room seemed surprised. Musk delivered the line almost casually, two people who attended told me, as if he were describing the weather.

Then he turned to Detroit. "The big three have forgotten how to build factories. They outsource everything and then wonder why they're slow," he said, according to one of those people.

I have been critical of Musk in this column, and I will be again. But on this he is right, and the industry should listen. The Chinese cost advantage is not a subsidy story; it is an engineering story.

Whether anyone in Michigan is paying attention is another matter.
""",
  ["They are going to be the biggest car companies in the world in ten years."],
  "quote opens paragraph and is attributed two sentences later; 'They' = Chinese automakers from previous paragraph; Detroit quote ('they' = big three) not gold; columnist's opinion not gold")

# 58
d("opinion", "article",
  "Elon and the Middle Kingdom: What his silence means",
  """
For years, Elon Musk was the most talkative American executive on the subject of China. Lately he has gone quiet.

In the past three months, by my count, he has posted about China exactly zero times. His feed has been about Grok, Starship and, above all, Europe. "They've basically decided to regulate themselves into irrelevance," he wrote last week about the European Commission, in one of a dozen posts attacking Brussels.

Why the change? One theory is that Tesla's sales in the world's second-largest economy are falling and there is no good news to share. Another is that the politics in Washington make any warm words about Beijing costly.

I lean towards the second. But silence is also a message, and in Beijing they will read it carefully.
""",
  [],
  "framing headline about China over a body with no China statement of his; 'they' = European Commission; writer's analysis not gold")

# 59
d("liveblog", "article",
  "China Development Forum 2025 — live updates",
  """
11:45 — Session ends. We'll be back after lunch with the session on healthcare.

11:32 — Musk closes by repeating the point he made earlier: "Every time I come to China, the pace of progress astounds me."

11:20 — Musk, asked about Detroit, is less generous. "They spent a decade on buybacks instead of factories. They have only themselves to blame," he says of the big American carmakers.

11:08 — Elon Musk, appearing on screen from Austin, says China's electric-vehicle industry is the product of "incredible hard work" by engineers and factory workers. "I have enormous respect for what has been built here," he says.

10:55 — The chief executive of a US chip company tells the forum that Chinese demand for its products is "stronger than ever" despite export restrictions.

10:40 — Chinese Vice-Premier opens the morning session, promising a "more open" economy for foreign investors.
""",
  ["Every time I come to China, the pace of progress astounds me.",
   "China's electric-vehicle industry is the product of \"incredible hard work\" by engineers and factory workers",
   "I have enormous respect for what has been built here"],
  "liveblog in reverse order; 'they' = US carmakers (not gold) in a China story; other CEO's China remark not gold")

# 60
d("liveblog", "article",
  "Starship Flight 10 — as it happened",
  """
7:42 p.m. CT — Splashdown confirmed in the Indian Ocean. Musk on X: "Great work by the SpaceX team!!"

7:15 p.m. — The commentators note that China's Tiangong space station passed overhead about an hour before launch, a coincidence that set social media buzzing.

6:58 p.m. — Booster catch! Musk: "Mechazilla does it again."

6:30 p.m. — Liftoff. The loudest launch yet, according to people watching from South Padre Island.

6:12 p.m. — Musk posts that weather is "looking good" and the countdown is proceeding.
""",
  [],
  "liveblog mentions China's space station; all his statements are about Starship")
