from common import D

DOCS = []
A = DOCS.append

def L(*lines):
    return "\n".join(lines)

# 58 x_roundup POS
A(D(58, "x_roundup", "article",
"Musk's posts this week: Chinese solar, Starship and a one-word reply",
'''Here is a roundup of what Elon Musk posted on X this week.

Monday: Musk wrote that "China's solar deployment last year exceeded the rest of the world combined. People don't realize how fast this is moving." The post was viewed 48 million times.

Tuesday: Under a post from the account @EnergyStatsDaily claiming that China had added more power generation in 2024 than the US had in a decade, Musk replied: "Exactly." He did not add anything further.

Wednesday: Musk posted a video of the Starship booster being caught by the launch tower's arms with the caption "Chopsticks for the win."

Thursday: Responding to a user who asked whether Tesla would raise prices, Musk said there were no plans to raise prices in the US this quarter.

Friday: Musk shared a meme about Mondays.''',
["China's solar deployment last year exceeded the rest of the world combined. People don't realize how fast this is moving."],
"roundup of his posts; bare one-word reply 'Exactly.' under someone else's China post is NOT gold (carries no claim of his own); 'Chopsticks' caption is about the launch tower"))

# 59 x_roundup NEG replies and parody
A(D(59, "x_roundup", "article",
"Musk's replies on China posts draw attention",
'''Elon Musk has been busy in the replies this week. On Monday, under a post by the account @TechEconWatch saying that Chinese factories now produce a third of the world's manufactured goods, Musk replied: "Exactly." On Wednesday he responded with "!!" to a video, posted by @EVInsiderNews, of a BYD car-carrier ship unloading in Brazil. On Thursday, a widely shared post from the parody account @ElonMuskRealTalk ("Elon Musk (Parody)") claimed that "China will own every car company by 2030." The account's display name includes the word parody, and its posts are not written by Musk. Musk's own original posts this week concerned Starship, the Grok chatbot and a dispute with a Delaware judge.''',
[],
"bare replies 'Exactly.' and '!!' under China posts (no claim of his own); parody account"))

# 60 x_roundup POS verbatim posts
A(D(60, "x_roundup", "article",
"Musk on Chinese EVs: the posts that moved the market",
'''Elon Musk's comments on X about Chinese carmakers on Sunday were followed by a 2% drop in shares of Li Auto and XPeng in Hong Kong on Monday. The key posts, verbatim:

"@EVmarketwatcher Chinese EV makers are extremely competitive. Don't underestimate them. https://x.com/elonmusk/status/1893345501234567890"

"@tslainsights Tesla will be fine. Focus on autonomy. https://x.com/elonmusk/status/1893349912345678901"

"@autonomyfan_99 Huawei's driver assistance is surprisingly good, but XPeng's is years behind https://x.com/elonmusk/status/1893352200011223344"

In a later post, Musk said Tesla's next software release would come "in about two weeks."''',
["Chinese EV makers are extremely competitive. Don't underestimate them.",
 "Huawei's driver assistance is surprisingly good, but XPeng's is years behind"],
"X posts quoted verbatim with @handles and URLs; the 'Tesla will be fine' post does not point to China"))

# 61 x_roundup NEG
A(D(61, "x_roundup", "article",
"Weekend on X: Musk on spending, Starship and a factory video",
'''Elon Musk's weekend posts covered familiar ground. On Saturday he wrote that "government spending is out of control" and shared a chart of federal interest payments. On Sunday he posted that Starship Flight 12 was "go for launch" pending FAA approval. He also replied "Wow" to a video posted by @FactoryFloorClips showing robotic welding lines at a Chinese carmaker's plant in Hefei; the clip, which was captioned "China builds a car every 30 seconds," has been viewed 20 million times. Late on Sunday, he posted a meme about the Delaware Court of Chancery.''',
[],
"bare 'Wow' reply to a China video; the China claim is someone else's caption"))

# 62 x_roundup POS reply with content
A(D(62, "x_roundup", "article",
"Musk warns Chinese EV exports 'will dominate' unless West wakes up",
'''Under a post by the account @GlobalAutoData showing that Chinese carmakers exported 6 million vehicles last year, more than Japan and Germany combined, Elon Musk replied on Saturday: "Exactly. They will dominate if we don't wake up." It was the second time this month the Tesla CEO had commented on Chinese exports. Earlier in June, he wrote that BYD's overseas expansion was happening much faster than people think.''',
["Chinese EV exports 'will dominate' unless West wakes up",
 "They will dominate if we don't wake up.",
 "BYD's overseas expansion was happening much faster than people think"],
"reply that adds his own claim: 'Exactly.' alone not gold, the following sentence is ('They' = Chinese carmakers in the post he replied to)"))

# 63 x_roundup NEG fan paraphrase
A(D(63, "x_roundup", "article",
"Fan account's 'FSD in China next month' claim does not match Musk's post",
'''A post by the fan account @TeslaChinaFans claiming that "Elon says FSD is coming to China next month!" was shared more than 30,000 times on Tuesday. Musk's actual post, published a few hours earlier, read: "FSD v14 rolls out to Europe next month, pending regulatory approval." It did not mention China. The fan account later deleted its post. Tesla has been seeking approval to offer its driver-assistance software in China for more than two years.''',
[],
"fan account paraphrasing him wrongly; his real post is about Europe"))

# 64 x_roundup POS '!!' then statement
A(D(64, "x_roundup", "article",
"Musk's week on X: Xiaomi, Grok and a double exclamation mark",
'''On Monday, Musk responded with "!!" to a post from @ChinaAutoPulse reporting that Xiaomi had taken 200,000 orders for its new SUV in 18 hours. Two days later he went further. "Xiaomi is executing incredibly well. Their team works harder than almost anyone," Elon wrote in a standalone post on Wednesday, without tagging the company. On Thursday, he spent most of the day promoting a new version of xAI's Grok chatbot. On Friday he posted a photo of his dog.''',
["Xiaomi is executing incredibly well.",
 "Their team works harder than almost anyone"],
"'!!' reply is not gold; later standalone post about Xiaomi is; 'Their' refers back to Xiaomi"))

# 65 x_roundup NEG impersonators
A(D(65, "x_roundup", "article",
"Beware the fake Elon Musks posting about China",
'''Dozens of accounts impersonating Elon Musk have been posting about China on X and Weibo this month, researchers at a Singapore-based disinformation lab said on Tuesday. One account, "Elon Musk (Parody)", posted that "Beijing is the future and Washington is the past," a line that was then screenshotted without the parody label and shared tens of thousands of times. Another, using the handle @eIonmusk with a capital I in place of the lowercase L, claimed that Tesla would move its headquarters to Shanghai. Neither account is operated by Musk. The real Musk posts from @elonmusk; he has not commented on the impersonators.''',
[],
"parody and impersonator accounts posting China claims under his name"))

# 66 x_roundup POS question
A(D(66, "x_roundup", "article",
"Musk's posts: grid capacity, Chinese power plants and a question for Washington",
'''Elon Musk spent part of Tuesday posting about electricity. "How is China adding more grid capacity every year than the US has added in a decade?" he asked in a post that gathered 30 million views. He followed up: "The answer is they actually build things. We write reports." Later in the day, he posted that the next Tesla Megapack factory would be in Texas, and shared a photo of the Starbase launch pad.''',
["How is China adding more grid capacity every year than the US has added in a decade?",
 "The answer is they actually build things. We write reports."],
"question he asks about China (gold); follow-up with 'they' = China; Megapack factory post not gold"))

# 67 earnings_call POS label, labels change
A(D(67, "earnings_call", "label",
"Tesla Q2 2025 earnings call (partial transcript)",
L("Travis Axelrod: Good afternoon, everyone, and welcome to Tesla's second-quarter 2025 Q&A webcast. Joining me today are Elon Musk and our CFO.",
  "Elon Musk: Thanks, Travis. It was a good quarter on autonomy and a tough quarter on vehicle sales. We launched robotaxi service in Austin, and it's going well.",
  "Travis Axelrod: The first question from investors is about China. How is Tesla responding to the price war there?",
  "EM: China is the most competitive car market on Earth. Our Shanghai team has taken cost out faster than any other factory, and we'll keep doing that.",
  "EM: I should say the Chinese companies are not standing still either. They're launching new models every few months.",
  "CFO: On the numbers, China deliveries were down 6% year over year.",
  "Travis Axelrod: Next question, on Optimus production.",
  "Elon: We'll have a few thousand Optimus robots built by the end of the year, mostly for internal use.",
  "Elon: And on the China question, we still expect to launch supervised FSD in China later this year, depending on approval."),
["China is the most competitive car market on Earth.",
 "Our Shanghai team has taken cost out faster than any other factory, and we'll keep doing that.",
 "I should say the Chinese companies are not standing still either. They're launching new models every few months.",
 "And on the China question, we still expect to launch supervised FSD in China later this year, depending on approval."],
"speaker label changes mid-transcript (Elon Musk: / EM: / Elon:); CFO's China figures not gold; robotaxi and Optimus turns not gold"))

# 68 earnings_call NEG label
A(D(68, "earnings_call", "label",
"Tesla Q1 earnings call transcript: analyst Q&A",
L("Operator: Our next question comes from Maria Ostrowski with Halvorsen Securities.",
  "Maria Ostrowski: Thanks. Chinese OEMs are cutting prices aggressively. How should we think about Tesla's China volumes and margins for the rest of the year?",
  "Vaibhav Taneja: I'll take that. We saw pricing pressure in China throughout the quarter, and we expect it to continue. Our Shanghai factory remains highly cost-efficient, and we'll manage volume accordingly.",
  "Elon Musk: I'd just add that the long-term value of the company is autonomy and Optimus. Car volumes in any one quarter matter much less than people think.",
  "Operator: Our next question comes from David Chen with Northgate Capital.",
  "David Chen: Elon, when do you expect unsupervised FSD for personal vehicles?",
  "Elon Musk: In the US, I think by the end of this year in several cities."),
[],
"analyst's question and CFO's answer about China; Musk's add-on is about autonomy and Optimus, not China"))

# 69 earnings_call POS article (Motley style)
A(D(69, "earnings_call", "article",
"Tesla (TSLA) Q4 2024 Earnings Call Transcript",
'''Prepared Remarks:

Travis Axelrod -- Head of Investor Relations

Good afternoon, everyone, and welcome to Tesla's fourth-quarter 2024 Q&A webcast.

Elon Musk -- Chief Executive Officer

Thank you. 2024 was a year of preparation. We laid the groundwork for the robotaxi launch, and Optimus is progressing well. I want to say a word about China. Our team in Shanghai delivered a record quarter, and I think people underestimate how strong Tesla's brand still is with Chinese consumers. The competition there is intense, but we're in a good position.

Vaibhav Taneja -- Chief Financial Officer

Thanks, Elon. Total revenue grew 2% year over year.

Questions & Answers:

Operator

Our first question comes from Leah Sorensen with Crestline Partners.

Leah Sorensen -- Crestline Partners -- Analyst

How do you see the cheaper model affecting demand?

Elon Musk -- Chief Executive Officer

It'll be significant. We'll start production in the first half of the year.''',
["Our team in Shanghai delivered a record quarter, and I think people underestimate how strong Tesla's brand still is with Chinese consumers.",
 "The competition there is intense, but we're in a good position."],
"earnings-call transcript with 'Elon Musk -- Chief Executive Officer' header then paragraph; the announcing sentence 'I want to say a word about China' carries no claim; 'there' = China"))

# 70 earnings_call NEG article
A(D(70, "earnings_call", "article",
"Tesla (TSLA) Q3 2024 Earnings Call Transcript",
'''Questions & Answers:

Operator

Our next question is about China.

Travis Axelrod -- Head of Investor Relations

The question from retail investors is: how is Tesla performing in China given BYD's growth?

Vaibhav Taneja -- Chief Financial Officer

China remains our second-largest market. Deliveries there were up sequentially, and Giga Shanghai ran at high utilization.

Elon Musk -- Chief Executive Officer

On energy, I want to highlight that Megapack deployments in the US hit a record. The demand for stationary storage is enormous, because the grid needs buffering. That's going to be a very big business.

Travis Axelrod -- Head of Investor Relations

Thank you. Next question.''',
[],
"China question answered by the CFO; Musk's turn is about US energy storage"))

# 71 earnings_call POS long label
A(D(71, "earnings_call", "label",
"Tesla Q3 2025 earnings call - full Q&A transcript",
L("Travis Axelrod: Welcome to the Q&A portion. We'll start with questions from retail shareholders.",
  "Travis Axelrod: First question: When will Optimus be available for purchase?",
  "Elon Musk: We're aiming to start limited external sales in late 2026. The hands are the hardest part. The human hand is an incredible piece of engineering, and replicating it is extremely difficult.",
  "Travis Axelrod: Next: What's the status of the Semi?",
  "Elon Musk: The Semi factory in Nevada is coming online. Volume production starts next year.",
  "Travis Axelrod: Next: How is the Tesla brand doing globally?",
  "Elon Musk: It varies by region. In the US, it's strong. In Europe, it's been hurt somewhat by politics, frankly. In China, we're up against about a hundred local brands, and honestly the fact that we're still in the top five there is remarkable.",
  "Travis Axelrod: Now to analyst questions. First, from Sam Whitaker at Eastbridge Securities.",
  "Sam Whitaker: Thanks. Can you talk about capex for next year?",
  "Vaibhav Taneja: We expect capex to exceed $11 billion, mostly AI compute and new factories.",
  "Sam Whitaker: And Elon, any update on the Roadster?",
  "Elon Musk: We're going to do a demo that I think will be the most exciting product demo ever. That's all I'll say.",
  "Travis Axelrod: That's all the time we have."),
["In China, we're up against about a hundred local brands, and honestly the fact that we're still in the top five there is remarkable."],
"long transcript; one China sentence inside a turn that also covers the US and Europe"))

# 72 earnings_call NEG label lidar
A(D(72, "earnings_call", "label",
"Tesla earnings call: Q&A on FSD and margins",
L("Travis Axelrod: The next question is from a retail shareholder: Will Tesla follow Chinese carmakers and offer lidar as an option?",
  "Elon Musk: No. Cameras are the path to general-purpose autonomy. Adding lidar just adds cost and complexity, and it doesn't solve the hard problem, which is the AI.",
  "Travis Axelrod: Next question: When will FSD be available in more countries?",
  "Elon Musk: We're working with regulators in Europe. I'm hopeful for approval in the Netherlands in the next couple of months.",
  "Vaibhav Taneja: And on margins, we expect some improvement from lower material costs."),
[],
"question mentions Chinese carmakers; his answer is about sensors in general and Europe"))

# 73 earnings_call POS article
A(D(73, "earnings_call", "article",
"Tesla (TSLA) Q1 2025 Earnings Call Transcript",
'''Questions & Answers:

Operator

Our next question comes from Leah Sorensen with Crestline Partners.

Leah Sorensen -- Crestline Partners -- Analyst

Elon, you've spoken before about Chinese competitors. Has your view changed?

Elon Musk -- Chief Executive Officer

The Chinese car companies are the most competitive in the world. They work incredibly hard and they're very smart, and they have a supply chain that's hard to match. I think they'll be very strong outside China too, especially in Southeast Asia and Latin America. For Tesla, the answer is to be the best at autonomy.

Leah Sorensen -- Crestline Partners -- Analyst

Thank you.''',
["The Chinese car companies are the most competitive in the world.",
 "They work incredibly hard and they're very smart, and they have a supply chain that's hard to match.",
 "I think they'll be very strong outside China too, especially in Southeast Asia and Latin America."],
"analyst question not gold; 'they' refers back to Chinese car companies; Tesla-strategy sentence not gold"))

# 74 podcast_labelled POS
A(D(74, "podcast_labelled", "label",
"The Long Form Hour #512: Elon Musk on engineering, manufacturing and first principles",
L("Nadia Karim: You've visited a lot of factories around the world. Which ones impress you most?",
  "Elon Musk: Honestly, some of the Chinese factories are astonishing. The level of automation, the speed at which they iterate. I visited a battery plant near Ningde and it was like the future.",
  "Nadia Karim: What can American manufacturing learn from that?",
  "Elon Musk: Mostly that you need a lot of people who actually want to work in manufacturing. China has tens of millions of skilled factory workers. We have a shortage of electricians.",
  "Nadia Karim: Let's talk about Mars. Is 2026 still realistic for an uncrewed landing?",
  "Elon Musk: It's possible. The window opens at the end of 2026. I'd say it's a coin toss."),
["Honestly, some of the Chinese factories are astonishing. The level of automation, the speed at which they iterate.",
 "I visited a battery plant near Ningde and it was like the future.",
 "China has tens of millions of skilled factory workers."],
"labelled podcast; US-labour and Mars sentences in the same turns not gold"))

# 75 podcast_labelled NEG
A(D(75, "podcast_labelled", "label",
"Besties Podcast E210: China's AI race, tariffs, and Elon on Mars",
L("Rob Tanaka: Let's start with China. DeepSeek just dropped another model, and it's basically at parity with the frontier.",
  "Priya Desai: It's remarkable. Chinese labs are doing this with a fraction of the compute. Export controls clearly aren't working.",
  "Marcus Webb: I'd push back. The controls are slowing them down, they're just very efficient.",
  "Rob Tanaka: Elon, you're here to talk about Mars, so let's get to it. What's the plan for the next window?",
  "Elon Musk: We want to send five Starships to Mars at the end of 2026. If those land safely, crewed missions could start in 2029.",
  "Priya Desai: And what does a Mars city need first?",
  "Elon Musk: Power and propellant. You need to make methane and oxygen on the surface, so the first ships will carry solar arrays and a lot of robots."),
[],
"hosts discuss China at length; Musk (guest) talks only about Mars"))

# 76 podcast_labelled POS labels change, Taiwan
A(D(76, "podcast_labelled", "label",
"Transcript: Elon Musk on chips, Taiwan and AI compute",
L("Host: Where does all this compute come from? Everyone depends on one chipmaker in Taiwan.",
  "Elon Musk: Right, and that's the single biggest risk in the whole AI industry. If China blockades Taiwan, the AI build-out stops. There's no plan B for the most advanced chips.",
  "Host: Do you think that's likely?",
  "Musk: I don't think it's likely in the next couple of years, but Beijing has been very clear about its goals, so you have to take it seriously.",
  "Host: So what is Tesla doing?",
  "Elon: We're building our own fab, eventually. It'll take years.",
  "Host: And xAI?",
  "Elon: Grok 5 training starts next month."),
["If China blockades Taiwan, the AI build-out stops. There's no plan B for the most advanced chips.",
 "I don't think it's likely in the next couple of years, but Beijing has been very clear about its goals, so you have to take it seriously."],
"labels change (Elon Musk: / Musk: / Elon:); conditional about China and Taiwan; fab and Grok answers not gold"))

# 77 podcast_labelled NEG Kimbal
A(D(77, "podcast_labelled", "label",
"The Food Frontier podcast: Kimbal Musk on farming in China",
L("Host: My guest today is Kimbal Musk, entrepreneur, chef and Elon's younger brother. Welcome.",
  "Kimbal Musk: Thanks for having me.",
  "Host: You just spent three weeks in China. What surprised you?",
  "Kimbal Musk: How fast they build. A vertical farm in Chengdu went from empty lot to first harvest in eleven months.",
  "Host: Does Elon ever ask you about China?",
  "Kimbal: Honestly, we mostly talk about kids and skiing.",
  "Host: Would you build a farm there?",
  "Kimbal: Maybe. China is the biggest food market in the world, so it would be crazy not to think about it."),
[],
"namesake: Kimbal Musk as labelled speaker"))

# 78 podcast_labelled POS long
A(D(78, "podcast_labelled", "label",
"The Frontier Show, episode 88: Elon Musk",
L("Host: Elon, welcome back. It's been a year.",
  "Elon Musk: Good to be back.",
  "Host: Let's start with Starship. Where are we?",
  "Elon Musk: Version 3 flies in a few months. It's a much bigger ship, more thrust, and the heat shield is finally where it needs to be.",
  "Host: And orbital refilling?",
  "Elon Musk: Next year. That's the key to the Moon and Mars.",
  "Host: Tesla. The stock's been volatile. What are investors missing?",
  "Elon Musk: They're valuing it like a car company. It's an AI and robotics company that happens to make cars.",
  "Host: Optimus?",
  "Elon Musk: The first production line is being built in Fremont. Long term, I think there will be more humanoid robots than people.",
  "Host: You've been in the news for politics a lot. Any regrets?",
  "Elon Musk: Some. I'd rather talk about technology.",
  "Host: Fair. One last one: who's your biggest competitor in electric cars?",
  "Elon Musk: Probably one of the Chinese brands. BYD or Xiaomi, depending on the year.",
  "Host: Thanks, Elon.",
  "Elon Musk: Thanks."),
["Probably one of the Chinese brands. BYD or Xiaomi, depending on the year."],
"long podcast; one China answer at the end; 'They' earlier refers to investors (not Chinese)"))

# 79 podcast_labelled NEG host asks about China
A(D(79, "podcast_labelled", "label",
"Founders Unfiltered: Elon Musk on risk, failure and rockets",
L("Host: A lot of people say China is going to eat everyone's lunch on manufacturing. Do you agree?",
  "Elon Musk: Let me answer a different question, because I think the more interesting one is about rockets. Reusability is the whole game.",
  "Host: Okay, reusability. Why does it matter so much?",
  "Elon Musk: Because if you threw away a 747 after every flight, nobody could afford to fly. Same with rockets.",
  "Host: And what failure taught you the most?",
  "Elon Musk: The first three Falcon 1 launches. We almost died as a company."),
[],
"interviewer's question carries the China claim; Musk deflects to rockets"))

# 80 podcast_labelled POS DeepSeek
A(D(80, "podcast_labelled", "label",
"AI Frontiers podcast: Elon Musk on Grok, DeepSeek and the compute race",
L("Host: How worried should American labs be about DeepSeek?",
  "Elon Musk: DeepSeek is a very talented team, and Chinese AI labs in general are going to be extremely competitive.",
  "Host: Even with export controls on Nvidia chips?",
  "Elon Musk: The controls slow them down a bit. But China will have more electricity for AI than the rest of the world combined within a few years, and that matters more than chips in the long run.",
  "Host: What about Grok?",
  "Elon Musk: Grok 5 has a real chance at AGI. I'd say ten percent and rising."),
["DeepSeek is a very talented team, and Chinese AI labs in general are going to be extremely competitive.",
 "The controls slow them down a bit.",
 "But China will have more electricity for AI than the rest of the world combined within a few years, and that matters more than chips in the long run."],
"Chinese AI company; export controls on chips to China; 'them' refers back to Chinese labs; Grok answer not gold"))
