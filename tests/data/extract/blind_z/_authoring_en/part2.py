from common import doc

DOCS = []
A = DOCS.append

# 021 wire (CNBC) positive, split quote
A(doc(21, "wire", "article",
"Elon Musk says ⟦China will be 'formidable' in AI⟧, pledges to stay on as Tesla CEO",
'''
Tesla CEO Elon Musk said Tuesday that ⟦he expects China to be one of the strongest players in artificial intelligence⟧, warning that U.S. companies should not be complacent.

"⟦China is going to be a formidable competitor in AI⟧," Musk told CNBC's Laura Hedges in an interview on the sidelines of the Qatar Economic Forum, "⟦and anyone who thinks they're two years behind is kidding themselves⟧."

Chinese labs including DeepSeek and Alibaba's Qwen team have released open-weight models in recent months that rival the best American systems on several benchmarks, at a fraction of the cost.

Musk also said he plans to remain CEO of Tesla for at least another five years. "Yes," he said, when asked directly. "I'm not going anywhere."

He said xAI's next model would be "significantly better than anything else on the market" when it is released later this year.

Tesla shares were up 1.2% in afternoon trading.
''',
"quote split by the attribution (two gold parts); two-verb headline where only the first part is China; CEO-tenure and xAI remarks not gold; journalist's DeepSeek/Alibaba paragraph not gold"))

# 022 aggregator negative
A(doc(22, "aggregator_headline", "article",
"Tesla's Musk meets Chinese vice premier on surprise Beijing trip - Bloomberg",
"",
"aggregator headline reporting an action (meeting), no claim"))

# 023 aggregator positive, two verbs
A(doc(23, "aggregator_headline", "article",
"Elon Musk praises China's engineers, says ⟦they are 'the best in the world' at manufacturing⟧ - Fortune",
"",
"two-verb aggregator headline: gold is the claim part after 'says'; 'they' resolved within the title"))

# 024 aggregator negative
A(doc(24, "aggregator_headline", "article",
"Elon Musk comments on BYD's five-minute charging tech - InsideEVs",
"",
"headline says he commented on a Chinese company without carrying the comment"))

# 025 aggregator positive with snippet
A(doc(25, "aggregator_headline", "article",
"Musk: ⟦Huawei is 'the most formidable tech company in China'⟧ - South China Morning Post",
'''
The billionaire made the remarks during a live audio session on X on Saturday night.
''',
"colon headline with claim about Huawei; snippet carries no claim"))

# 026 aggregator negative
A(doc(26, "aggregator_headline", "article",
"Analysts say Musk is underestimating Xiaomi's EV threat - Yahoo Finance",
"",
"analysts' words with Musk as their object"))

# 027 aggregator positive
A(doc(27, "aggregator_headline", "article",
"Tesla CEO Elon Musk says ⟦Giga Shanghai has built its 3 millionth car⟧ - Teslarati",
"",
"aggregator title; claim about the Shanghai factory"))

# 028 aggregator negative
A(doc(28, "aggregator_headline", "article",
"Maye Musk says she 'loves' China, plans Shanghai book tour - Global Times",
"",
"other Musk (his mother) talking about China"))

# 029 short_summary positive, conditional
A(doc(29, "short_summary", "article",
"Musk warns on AI power race",
'''
Elon Musk on Monday suggested that ⟦Beijing could take the lead in artificial intelligence if the United States kept making it hard to build new power plants⟧, in a post on X replying to a chart comparing electricity generation in the two countries.
''',
"RSS summary; conditional claim; headline only describes ('warns on')"))

# 030 short_summary negative
A(doc(30, "short_summary", "article",
"Tesla shares rise on strong Shanghai deliveries",
'''
Tesla shares rose 4% on Tuesday after data showed stronger-than-expected deliveries from its Shanghai plant in May; Chief Executive Elon Musk, who was in Washington for meetings, did not comment on the figures.
''',
"China story where he made no comment"))

# 031 short_summary negative
A(doc(31, "short_summary", "article",
"BYD chairman says Musk 'underestimated' Chinese carmakers",
'''
BYD chairman Wang Chuanfu said on Friday that Elon Musk had "underestimated Chinese carmakers ten years ago, and so did everybody else", drawing laughter from shareholders at the company's annual meeting in Shenzhen.
''',
"Chinese CEO's words with Musk as object"))

# 032 podcast_labelled negative, three hosts + guest
A(doc(32, "podcast_labelled", "label",
"The Capital Table, Ep. 219: Elon Musk on government efficiency, plus the China tariff fight",
'''
Jason Reiner: All right, we're back. Elon's joining us from Austin. Before we get to him, Naomi, the tariff fight with China. Where are we?
Naomi Strauss: It's a mess. Beijing came back with export controls on gallium and graphite, and the commerce ministry basically said they're prepared to go as far as it takes. Honestly, I think they're playing a much longer game than Washington.
David Park: And the EV angle is fascinating. Chinese EVs are now better and cheaper than anything Detroit makes. I think Elon would say we should just let them in and compete.
Jason Reiner: Elon, welcome. Before you answer David, how's the government efficiency work going?
Elon Musk: It's going well. We've found a lot of waste. There are federal agencies where nobody can explain what half the contracts are for. They just renew them every year because that's what they did last year.
Jason Reiner: Give us one example.
Elon Musk: There was a building lease in Virginia that had been empty for six years and was still costing taxpayers millions. Nobody noticed. That's the kind of thing we're fixing.
David Park: So, Chinese EVs. Let them in?
Elon Musk: I'm going to let you guys fight about that one. What I will say is that the US needs to build a lot more electricity generation, like a lot more, or AI is going to hit a wall in this country within two years.
Naomi Strauss: See, that's a China answer. He just won't say China.
Elon Musk: It's an electricity answer.
''',
"labelled podcast: hosts discuss China and put words in his mouth; his turns are about federal spending and US electricity ('they' = federal agencies); he declines the Chinese-EV question"))

# 033 podcast_labelled positive
A(doc(33, "podcast_labelled", "label",
"Transcript: Elon Musk on AI, China and the future of humanity | Voss Conversations #512",
'''
Adrian Voss: Let's talk about DeepSeek. When that model came out, a lot of people in Silicon Valley were genuinely shocked. Were you?
Elon Musk: ⟦Not really. The Chinese AI teams are very strong, and they have a lot of talent coming out of their universities every year. I've said for a while that they would be competitive.⟧
Adrian Voss: They claimed it cost about six million dollars to train.
Elon Musk: ⟦I'd be surprised if that's the full cost. There's a lot of compute you don't see in that number.⟧
Adrian Voss: And Alibaba's Qwen models?
Elon Musk: ⟦Qwen is very good. Alibaba has one of the best open-weight model teams anywhere.⟧
Adrian Voss: Does any of this worry you from a safety perspective?
Elon Musk: What worries me most is AI that's trained to lie. That's true whoever builds it. I think the most important thing is that the AI be maximally truth-seeking.
Adrian Voss: Let's talk about Taiwan, because so much of this depends on chips. What happens if there's a blockade?
Elon Musk: ⟦If China blockades Taiwan, the whole AI industry stalls. Every major AI company depends on chips made there.⟧ Beyond that, I don't want to speculate.
Adrian Voss: Let's go to Mars. When do humans land?
Elon Musk: I think we have a shot at sending the first uncrewed Starships in the next window, and humans maybe four years after that, if things go well.
''',
"long-form interview: 'that number' refers to DeepSeek's claimed cost from the host's question; Alibaba/Qwen; conditional about a Taiwan blockade; generic AI-safety and Mars answers not gold; host questions not gold"))

# 034 podcast_unlabelled positive, one guest
A(doc(34, "podcast_unlabelled", "unlabeled",
"The Grid, episode 57: Elon Musk on solar, batteries and China",
'''
Welcome to The Grid. My guest today needs no introduction: Elon Musk. Elon, thanks for making the time.

Happy to be here.

I want to start with solar. China makes something like 80% of the world's solar panels now. How did that happen?

⟦They just decided to do it and then did it at enormous scale. The Chinese government put serious money behind solar fifteen years ago, and the companies there drove the cost down relentlessly.⟧ ⟦Honestly, it's one of the great industrial achievements of our time.⟧

Is that a problem for the US?

⟦It means the US is dependent on China for solar panels, and that's not great from a security standpoint.⟧ But the answer is to build more here, and that's what we're doing with Tesla Energy. We want to be making a hundred gigawatt-hours of storage a year.

Let's talk about people. What's different about the Shanghai factory?

⟦The team in Shanghai is incredibly hard-working and smart. When there's a problem on the line at two in the morning, there are twenty engineers standing around it at two in the morning.⟧

Last question. Mars. When?

I think we'll send the first ships in two years, and if those land safely, people in four. That's the goal, anyway.

Elon Musk, thanks so much.
''',
"unlabelled one-guest transcript; 'They' and 'it' refer back to China's solar industry in the host's question; Tesla Energy and Mars sentences not gold",
guests=["Elon Musk"]))

# 035 podcast_unlabelled positive, three guests
A(doc(35, "podcast_unlabelled", "unlabeled",
"Fully Charged Talks: the battery summit panel",
'''
Welcome to the panel, everyone. Sarah, you spent ten years at a battery startup. Where do things stand?

Honestly, the Chinese cell makers are running the table. CATL and BYD between them make more than half of the world's EV batteries, and the sodium-ion work coming out of Ningde is a couple of years ahead of anything in Europe.

Tom, do you agree?

Mostly. I'd add that the Koreans are not dead yet. LG and Samsung still have the best high-nickel chemistry. But on LFP, yes, it's a Chinese story.

Elon, you buy a lot of cells from them.

⟦We do. They're very good. Frankly, CATL is probably the best battery company in the world right now, and we'd be foolish not to buy from them.⟧ But we're also making our own 4680 cells in Texas, and the ramp is going well. We'll be at a run rate of a hundred gigawatt-hours by the end of next year.

Sarah, is sodium-ion real?

It's real for storage. Elon's going to disagree with me, but I think sodium takes thirty percent of the stationary market by 2030.

I don't disagree, actually. Sodium is great for stationary storage. For cars, the energy density isn't there yet.

And again, Tom, that production is mostly Chinese?

Almost entirely, for now.
''',
"unlabelled panel with three guests; other guests make the China claims; his 'We do. They're very good' answers a question about Chinese cell makers ('them'); his sodium and 4680 sentences not gold",
guests=["Elon Musk", "Sarah Okafor", "Tom Brennan"]))

# 036 earnings_call, Fool-style prose transcript, positive
A(doc(36, "earnings_call", "article",
"Tesla (TSLA) Q4 Earnings Call Transcript",
'''
Prepared Remarks:

Travis Axelrod -- Head of Investor Relations

Good afternoon, everyone, and welcome to Tesla's fourth-quarter Q&A webcast. I'm joined today by Elon Musk, Vaibhav Taneja and a number of other executives. Elon will open with some remarks.

Elon Musk -- Chief Executive Officer

Thanks, Travis. So, this was a challenging year for the auto industry, but we still grew energy storage deployments to record levels, and I think the progress on autonomy has been incredible. On China, ⟦the competition there is fierce, and I think the Chinese automakers are going to keep getting stronger.⟧ ⟦But our Shanghai factory had a record quarter, and the team there has done an incredible job.⟧ Looking ahead, the key for Tesla is autonomy. We expect to have unsupervised FSD in several US cities by the end of this year.

Ryan Gao -- Vice President, Asia-Pacific

Thanks, Elon. In China, we launched the new Model Y in January and order intake has been very strong. Chinese consumers really value the software experience, and we see that in our referral numbers.

Questions & Answers:

Operator

Our first question comes from Owen Fairley with Crestline Partners.

Owen Fairley -- Crestline Partners -- Analyst

Elon, there are reports that Tesla will make a cheaper model in Shanghai specifically for the Chinese market. Can you confirm?

Elon Musk -- Chief Executive Officer

⟦We don't comment on product plans for specific markets, but I can say that China will get the new affordable model at roughly the same time as everyone else.⟧

Owen Fairley -- Crestline Partners -- Analyst

And on robotaxi, what's the timeline?

Elon Musk -- Chief Executive Officer

Austin in June. Then California, pending regulatory approval, and other states after that. I'm confident we'll have thousands of cars on the road by the end of the year.
''',
"earnings-call page in 'Name -- Title' style; his own executive talks about Chinese consumers (not gold); 'there' refers to China; energy/autonomy/robotaxi sentences not gold"))

# 037 earnings_call labelled negative
A(doc(37, "earnings_call", "label",
"Tesla Q2 earnings call: full transcript",
'''
Travis Axelrod: Good afternoon and welcome to Tesla's second-quarter Q&A webcast. The first question from shareholders: Elon, what are the plans for Optimus production?
Elon Musk: We're aiming for a production line capable of a thousand units a month by the end of the year, and then a much bigger line next year. The hands are the hardest part. The human hand is an incredible piece of engineering.
Travis Axelrod: Next question: What's the status of Tesla's business in China?
Elon Musk: I'll let Vaibhav take that one.
Vaibhav Taneja: Sure. In China, the market remains very competitive. Deliveries improved in the second quarter after the Model Y changeover, and Shanghai continues to be a key export hub for Europe and Asia.
Travis Axelrod: Let's go to analysts. Marcus Hale, Redwood Equity.
Marcus Hale: Vaibhav, are you worried that Chinese brands will keep taking share in Europe?
Vaibhav Taneja: We watch it closely. Our view is that product and cost will decide it, and we're comfortable with our position.
Marcus Hale: And Elon, on the robotaxi rollout, how is it going with regulators?
Elon Musk: NHTSA has been reasonable. They ask a lot of questions, which is fine. We expect to cover half the US population by the end of the year, pending approvals.
''',
"earnings call: China questions go to the CFO; his turns are about Optimus, a hand-off, and NHTSA ('they' = NHTSA)"))

# 038 vtt positive (conference panel)
A(doc(38, "vtt", "vtt",
"Elon Musk at the Future Investment Forum 2025 | Full panel",
"",
"conference panel captions: electricity/AI answer where only the China cues are gold; moderator question not gold; Starship cue not gold",
cues=[
    ("Moderator", "Elon, welcome. Let's start with energy. You've talked a lot about electricity being the constraint on AI."),
    ("Elon Musk", "Yes, I think the limiting factor for AI right now is electricity and transformers."),
    ("Elon Musk", "⟦China is adding power capacity at an incredible rate, far more than the US.⟧"),
    ("Elon Musk", "⟦I think China will have roughly three times the electricity output of the US before long.⟧"),
    ("Moderator", "Is that something Washington should be worried about?"),
    ("Elon Musk", "⟦If the US wants to stay competitive in AI, it needs to match what China is doing on power.⟧"),
    ("Elon Musk", "And that means a lot more solar, a lot more batteries and, honestly, a lot less red tape."),
    ("Moderator", "Let's talk about Starship."),
    ("Elon Musk", "We're going to attempt the first orbital refilling demonstration next year."),
]))

# 039 vtt positive (CNBC interview)
A(doc(39, "vtt", "vtt",
"Musk on Chinese EVs: '⟦They're extremely competitive⟧' (CNBC interview)",
"",
"video title carrying his claim; 'they' in cues refers to Chinese carmakers/BYD from the interviewer; anti-tariff remark on Chinese cars is gold, generic market remark and Tesla-as-AI-company remark are not",
cues=[
    ("Laura Hedges", "Elon, the big story this year is Chinese carmakers going global. BYD is now outselling Tesla in parts of Europe."),
    ("Elon Musk", "⟦Yeah, they're extremely competitive.⟧"),
    ("Elon Musk", "⟦They have very good products, and their cost structure is hard to beat.⟧"),
    ("Laura Hedges", "Should Europe put up tariffs?"),
    ("Elon Musk", "⟦I'm generally against tariffs, including on Chinese cars.⟧"),
    ("Elon Musk", "I think things that distort the market are generally bad."),
    ("Laura Hedges", "What about Tesla? Is it losing share?"),
    ("Elon Musk", "Tesla is really an AI and robotics company now. The car business is important, but autonomy is what matters."),
]))

# 040 qa_interview positive
A(doc(40, "qa_interview", "article",
"'⟦China is a serious rival, not an enemy⟧': Elon Musk in his own words",
'''
Elon Musk sat down with Horizon Weekly at Tesla's Giga Texas factory last week for a wide-ranging conversation about AI, cars and geopolitics. The interview has been edited for length and clarity.

Q: You've been criticised in Washington for your ties to China. Is that fair?

A (Musk): ⟦I think China is a serious rival, not an enemy. We compete with Chinese companies every day and they make us better.⟧ ⟦Most Chinese people I've met just want a better life for their kids, same as everyone else.⟧

Q: Tesla's sales in China have been falling. What's going wrong?

A (Musk): ⟦Nothing is going wrong, exactly. The market there got a lot more crowded. There are something like a hundred EV brands in China now, and most of them are losing money.⟧

Q: Will you build a second factory there?

A (Musk): ⟦Not right now. Shanghai has plenty of spare capacity.⟧

Q: Let's talk about AI. When does AI surpass human intelligence?

A (Musk): I think AI will be smarter than any single human next year, and smarter than all humans combined by around 2030.

Q: And Mars?

A (Musk): Still the plan. The first Starships go in the next window if we're ready.
''',
"Q&A format: questions not gold; 'there' in the question resolves his short answer; quoted headline; AI and Mars answers not gold"))
