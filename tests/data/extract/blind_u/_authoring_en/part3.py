from common import D, V

DOCS = []
A = DOCS.append

# ---------------- EARNINGS CALL ----------------
A(D(52, "earnings_call", "article",
    "Tesla (TSLA) Q4 2025 earnings call transcript",
    """
Prepared Remarks:

Dan Whitcombe -- Head of Investor Relations

Good afternoon, everyone, and welcome to Tesla's fourth-quarter 2025 Q&A webcast. I'm joined today by Elon Musk, Priya Raman and a number of other executives. Our results were announced shortly after market close. With that, I'll turn it over to Elon.

Elon Musk -- Chief Executive Officer

Thanks, Dan. So, it's been a wild year. Let me start with autonomy. We launched paid robotaxi service without a safety monitor in Austin, and we'll be in several more cities in the first half. On the competitive front, I want to be clear that the Chinese EV companies are extremely strong, and the ones that survive the price war there will be formidable globally. Our Shanghai factory had its best year ever, which I think shows we can compete with them on their home turf. On Optimus, we expect to start a pilot line in Fremont around the middle of the year, and I think it'll be the biggest product in history.

Priya Raman -- Chief Financial Officer

Thank you, Elon. Total revenue grew 4% sequentially. Automotive gross margin excluding credits was 16.1%.
""",
    ["On the competitive front, I want to be clear that the Chinese EV companies are extremely strong, and the ones that survive the price war there will be formidable globally.",
     "Our Shanghai factory had its best year ever, which I think shows we can compete with them on their home turf."],
    "earnings-call transcript with 'Elon Musk -- Chief Executive Officer' followed by a paragraph mixing China and non-China sentences; only China sentences gold"))

A(D(53, "earnings_call", "label",
    "",
    """
Operator: Our next question comes from Morgan Greaves of Halvorsen Capital. Please go ahead.
Morgan Greaves: Thanks. Two questions. First, on China: pricing seems to have deteriorated again. How should we think about margins there? Second, on FSD, when do you expect unsupervised in more US cities?
Operator: The China question will be taken by Priya.
Priya Raman: Thanks, Morgan. China remains the most competitive market we operate in. We took some targeted price actions in the quarter and we expect the environment to stay tough through the first half.
Elon Musk: On FSD, version 14 is a step change. We expect to expand unsupervised operation to several more metro areas this year, pending regulatory approvals here in the US.
Morgan Greaves: Thank you.
""",
    [],
    "speaker-labelled call where the analyst asks about China and the CFO answers; Musk's turn is about FSD in the US"))

A(D(54, "earnings_call", "label",
    "",
    """
Operator: Next question from Ravi Mehta of Northway Securities.
Ravi Mehta: Thanks for taking my question. Chinese OEMs like Xiaomi and Xpeng are now launching sub-$30,000 crossovers with lidar and giant screens. How do you respond to that?
Elon Musk: They're very good. Honestly, they're probably the best car companies in the world other than Tesla. But you don't beat them by bolting on more screens.
Ravi Mehta: And on the Semi, when does volume production start?
Elon Musk: Semi volume production begins in Nevada late this year. The line is basically built.
Operator: Thank you. Our next question comes from...
""",
    ["They're very good. Honestly, they're probably the best car companies in the world other than Tesla. But you don't beat them by bolting on more screens."],
    "pronoun 'they' in Musk's answer refers to Chinese OEMs named in the analyst's question; Semi answer not gold"))

A(D(55, "earnings_call", "article",
    "Tesla call: CFO flags China pricing pressure as Musk touts Megapack demand",
    """
Tesla's finance chief warned on Wednesday that price competition in China would weigh on margins into next year, while Elon Musk used the company's quarterly call to talk up its energy-storage business.

"We continue to see aggressive pricing in China, particularly in the compact SUV segment," chief financial officer Priya Raman told analysts.

Musk, asked whether the Shanghai plant would build the company's planned cheaper model, deferred to Raman, who said no decision had been made.

The chief executive was more expansive on batteries for the grid. "Demand for Megapack is insane. We're basically sold out through next year, and the Houston factory will double our capacity," he said.

Tesla shares rose 3% in after-hours trading.
""",
    [],
    "earnings write-up: CFO talks about China; Musk defers (action) and speaks about Megapack"))

A(D(56, "earnings_call", "label",
    "",
    """
Dan Whitcombe: Let's go to retail shareholder questions from the Say platform. The first one: "Will Tesla expand Giga Shanghai?"
Elon Musk: We're not planning a new building there right now, but Giga Shanghai will keep adding output. That team is the best-run factory team we have, honestly.
Dan Whitcombe: Next question: "How are tariffs affecting Tesla?"
Elon Musk: Tariffs overall are a headwind, but manageable. We still import some parts from China, and tariffs on those parts add real cost. On the positive side, our vehicles for the US market are mostly built here with mostly local suppliers.
Dan Whitcombe: Final retail question: "When is the next Master Plan?"
Elon Musk: Soon. I'm working on it.
""",
    ["We're not planning a new building there right now, but Giga Shanghai will keep adding output. That team is the best-run factory team we have, honestly.",
     "We still import some parts from China, and tariffs on those parts add real cost."],
    "retail Q&A on a call; Shanghai factory answer; mixed tariff answer where only the China sentence is gold; Master Plan answer not gold"))

A(D(57, "earnings_call", "label",
    "",
    """
Operator: Welcome to Nova Motors' second-quarter 2025 earnings conference call. Today's call will be conducted in English with simultaneous interpretation.
Fang Jie: Thank you. This quarter we delivered 92,000 vehicles, up 40% year on year. I want to say something about competition. Two years ago I told Elon Musk that Chinese driver assistance would catch up with Tesla within two years. Today I believe we have.
Analyst (Lucy Chen, Pearl River Securities): Thank you. How do you see Tesla's new model affecting your pricing?
Fang Jie: We respect Tesla. But our customers buy Nova for the cabin experience and the value.
Operator: Thank you. The next question...
""",
    [],
    "a Chinese carmaker's call in English; the CEO recounts what he told Musk; no words of Musk"))

# ---------------- PODCAST LABELLED ----------------
A(D(58, "podcast_labelled", "label",
    "Long Form with Dana Whitlock - Episode 212: Elon Musk",
    """
Dana Whitlock: You've spent a lot of time in China over the years. What's the thing Americans most misunderstand about it?
Elon Musk: The sheer scale of engineering talent. China graduates something like ten times as many engineers as we do, and they're good. People think it's all copying. It's not copying anymore.
Dana Whitlock: Does that scare you?
Elon Musk: No. They earn it. They work incredibly hard.
Dana Whitlock: Let's talk Mars. When does the first crewed ship go?
Elon Musk: If things go well, 2031. Maybe 2033. The hard part is propellant transfer in orbit.
Dana Whitlock: And Neuralink?
Elon Musk: We have twelve patients now. The results are pretty amazing.
""",
    ["The sheer scale of engineering talent. China graduates something like ten times as many engineers as we do, and they're good. People think it's all copying. It's not copying anymore.",
     "No. They earn it. They work incredibly hard."],
    "labelled podcast; answer to 'what do Americans misunderstand about it' and 'they' refer to China/Chinese engineers; Mars and Neuralink turns not gold"))

A(D(59, "podcast_labelled", "label",
    "The Launch Pad Podcast #88",
    """
Tom Brennan: Welcome back. I just got back from Shenzhen last week, and honestly the speed of that city blew my mind. Everything is electric, every delivery scooter, every bus.
Ana Ruiz: Tom won't stop talking about it. Anyway, our guest today is Elon Musk. Elon, welcome.
Elon Musk: Thanks for having me.
Ana Ruiz: Let's start with Starship. What changed on the latest version?
Elon Musk: Mostly the engines. Raptor 3 is much simpler, fewer parts, and we got rid of a lot of the plumbing. It should be way more reliable.
Tom Brennan: And the power grid in Texas, can it handle all the AI data centers?
Elon Musk: Not without a lot more generation. The US needs to build power plants and transformers much faster, or AI growth will hit a wall in about two years.
""",
    [],
    "labelled podcast where a host talks about China (Shenzhen); Musk's turns are about Starship and US power"))

A(D(60, "podcast_labelled", "label",
    "Four Chairs Podcast: tariffs, China and the rare-earth squeeze",
    """
Jason Price: So Beijing just put export licences on seven rare earths. Marcus, is this the real trade war now?
Marcus Hale: Yes. China's overcapacity was always the issue, but controlling the magnets is the real leverage. They've been planning this for a decade.
Jason Price: Elon, you're the one actually buying these magnets. Where do you land?
Elon Musk: Blanket tariffs on everything from China are a mistake, but there's a real argument for protecting strategic stuff. If China controls ninety percent of rare earth magnets, that's a national-security problem, not a trade problem.
Marcus Hale: So you'd back targeted tariffs?
Elon Musk: Targeted, yes. Magnets, refining, maybe a few chip categories from China. On the Starship side, by the way, we barely use rare earths at all.
""",
    ["Blanket tariffs on everything from China are a mistake, but there's a real argument for protecting strategic stuff. If China controls ninety percent of rare earth magnets, that's a national-security problem, not a trade problem.",
     "Targeted, yes. Magnets, refining, maybe a few chip categories from China."],
    "multi-host podcast; another host's China remarks not gold; follow-up answer on targeted tariffs names China; Starship sentence not gold"))

A(D(61, "podcast_labelled", "label",
    "Table Talk - Kimbal Musk on food, farming and China",
    """
Host: Kimbal, you've just come back from Chengdu.
Kimbal Musk: Yeah, Chengdu is unbelievable. The food scene in China is the most dynamic in the world right now, and young chefs there are fearless.
Host: Would you open a restaurant there?
Kimbal Musk: Maybe in Shanghai first. The supply chains for fresh produce in China are incredible.
Host: Does your brother share your enthusiasm?
Kimbal Musk: Elon? He'd probably say the factories are the most dynamic thing in China. [laughs] We just care about different things.
""",
    [],
    "Kimbal Musk labelled podcast; Kimbal guesses what Elon would say - not Elon's statement"))

A(D(62, "podcast_labelled", "label",
    "Circuit Breakers, episode 54",
    """
Priya Shah: Xiaomi went from zero to shipping a car in about three years. Their SU7 outsold the Model 3 in China last month. What's your reaction?
Elon: Yeah, that's insane. Lei Jun's team did something that took us, what, a decade.
Priya Shah: Are you worried?
Elon: Worried is the wrong word. I respect them. They're a hardcore engineering company.
Priya Shah: Let's switch to X. What's the plan for payments?
Elon: X is going to be the everything app. Payments launch this year, starting in the US.
""",
    ["Yeah, that's insane. Lei Jun's team did something that took us, what, a decade.",
     "Worried is the wrong word. I respect them. They're a hardcore engineering company."],
    "speaker label is just 'Elon'; pronouns 'them'/'they' refer to Xiaomi across turns; X payments turn not gold"))

A(D(63, "podcast_labelled", "label",
    "Market Movers Daily - Tesla after the China numbers",
    """
Host (Ben Carter): Tesla's China sales were down again. Shira, Musk's basically telling investors China doesn't matter anymore, right?
Shira Goldman (analyst): That's how I read it. He wants everyone looking at robotaxis, not at Shanghai.
Host (Ben Carter): But for years he was the biggest China bull in the industry.
Shira Goldman (analyst): He says a lot of things. The numbers say BYD is eating his lunch.
Host (Ben Carter): We'll leave it there.
""",
    [],
    "podcast of host and analyst paraphrasing and characterising Musk's views critically; Musk is not a speaker"))

A(D(64, "podcast_labelled", "label",
    "Harbour Lights Podcast - special episode",
    """
INTERVIEWER: A lot of Chinese tech companies are going back to Hong Kong to list instead of New York. What do you make of that?
ELON MUSK: Hong Kong is still where Chinese companies go to raise money from the world. That's not going to change anytime soon.
INTERVIEWER: Would xAI ever list there?
ELON MUSK: We're not planning any listing. We raised plenty privately.
INTERVIEWER: One last one. Do you still visit Shanghai?
ELON MUSK: Whenever I can. The Shanghai team is fantastic.
""",
    ["Hong Kong is still where Chinese companies go to raise money from the world. That's not going to change anytime soon.",
     "Whenever I can. The Shanghai team is fantastic."],
    "uppercase speaker labels; Hong Kong in relation to Chinese companies; xAI listing answer not gold"))

# ---------------- PODCAST UNLABELLED ----------------
A(D(65, "podcast_unlabelled", "unlabeled",
    "Frontier Hours - Elon Musk on building things",
    """
Welcome back to Frontier Hours. My guest today needs no introduction. Elon, thanks for coming on.

Thanks for having me.

I want to start with manufacturing. You've said the US has forgotten how to build things. Where does China fit in that picture?

China is the manufacturing champion of the world, no question. Their output in steel, in batteries, in solar, it's more than the next several countries combined. We have to be honest about that.

Is that a threat?

It's a challenge. China earned that position through decades of hard work.

Let's talk about Starship.

Sure. The next flight is in about a month, and we're going to try to catch the ship this time.
""",
    ["China is the manufacturing champion of the world, no question. Their output in steel, in batteries, in solar, it's more than the next several countries combined. We have to be honest about that.",
     "It's a challenge. China earned that position through decades of hard work."],
    "unlabelled transcript: guest's turns must be told from the host's; host's question reports a non-China claim; Starship turn not gold",
    guests=["Elon Musk"]))

A(D(66, "podcast_unlabelled", "unlabeled",
    "The Cortex Hour - Elon Musk on Neuralink",
    """
This is The Cortex Hour. I'm joined by Elon Musk to talk about brain-computer interfaces. I was reading that researchers in Beijing and Shanghai have also implanted wireless chips this year, so it's clearly a busy field. Elon, how many patients does Neuralink have now?

Twelve, and we expect to be at several dozen by the end of the year.

What's the biggest technical challenge?

Thread durability. The threads can retract over time, and we've made a lot of progress on that. The long-term goal is to restore full movement to people who are paralysed.

And Blindsight?

The first human implant should happen next year, assuming the FDA agrees.
""",
    [],
    "unlabelled transcript where only the host mentions Chinese researchers; Musk's answers are about Neuralink",
    guests=["Elon Musk"]))

A(D(67, "podcast_unlabelled", "unlabeled",
    "",
    """
[Music]
so elon you were in beijing last month what was that like
uh yeah it was it was good um you know the the thing about china is the the speed of execution is just incredible like they they'll build a whole factory in the time it takes us to get a permit here
wow
yeah and i think people underestimate that
and the self-driving stuff when does that come to europe
um hopefully next year we're working on it with the regulators
[Music]
""",
    ["the thing about china is the the speed of execution is just incredible like they they'll build a whole factory in the time it takes us to get a permit here",
     "yeah and i think people underestimate that"],
    "auto-caption style unlabelled transcript (lowercase, no punctuation, fillers); 'that' refers back to China's speed; Europe self-driving answer not gold",
    guests=["Elon Musk"]))

A(D(68, "podcast_unlabelled", "unlabeled",
    "Grace Notes - Maye Musk on modelling at 77",
    """
My guest today is the model and dietitian Maye Musk. Maye, you've become a huge star in China. How did that happen?

It surprised me too! My book was translated and suddenly I had millions of followers there. Chinese women are so curious about ageing well.

Do you travel there often?

Four or five times a year. I love Shanghai, and I love the food in Chengdu.

And your son Elon, does he come with you?

No, he's always working. When he's in China he's in the factory all day, so we just have dinner.
""",
    [],
    "unlabelled transcript with Maye Musk as guest; she talks about China and mentions Elon",
    guests=["Maye Musk"]))

A(D(69, "podcast_unlabelled", "unlabeled",
    "Energy Futures Live - two builders on batteries",
    """
Welcome to Energy Futures Live. We have two guests today: Wen Li, who runs a sodium-ion battery start-up in Shenzhen, and Elon Musk. Wen, let me start with you. Why is China so far ahead on batteries?

Scale and speed. In Shenzhen I can get a new cell design prototyped in a week because every supplier is within an hour's drive. And the government treats batteries as a strategic industry.

Elon, same question. Why is China so far ahead?

Well, at Tesla we buy a lot of cells from Chinese suppliers and they're excellent. The cost they hit is something nobody else has matched, including us, frankly.

That's generous of you, Elon. I'll take it.

And Elon, on Optimus, how many robots will you build next year?

Thousands, hopefully. The hand is the hardest part. We're on version three of it now.
""",
    ["Well, at Tesla we buy a lot of cells from Chinese suppliers and they're excellent. The cost they hit is something nobody else has matched, including us, frankly."],
    "unlabelled transcript with two guests: the other guest's China answer is not gold; Musk's answer identified by host addressing 'Elon' and 'at Tesla'; Optimus answer not gold",
    guests=["Elon Musk", "Wen Li"]))

A(D(70, "podcast_unlabelled", "unlabeled",
    "",
    """
[Applause]
hey everyone welcome back to the channel we have a lot of viewers watching from china tonight so hello to you all
and today our guest is elon musk elon thanks for being here
thanks
so the semi when are we actually gonna see it on the road in numbers
um next year for sure we're building the factory in nevada it's almost done
and starship
uh next flight is like four weeks away maybe five
[Applause]
""",
    [],
    "auto-caption unlabelled transcript; host greets Chinese viewers; Musk's turns are about the Semi and Starship",
    guests=["Elon Musk"]))

A(D(71, "podcast_unlabelled", "unlabeled",
    "The Long Table - a conversation with Elon Musk",
    """
Today on The Long Table, Elon Musk. We're going to cover a lot: AI, energy, family, and China. Elon, let's start with DeepSeek. When their model came out, a lot of people in Silicon Valley panicked. Did you?

No. It was impressive, but it wasn't a shock to me. Chinese AI teams are very strong and they're very efficient with compute. Anyone who was surprised wasn't paying attention.

Grok is competing with them and with OpenAI. Where is Grok right now?

Grok 4 is out, Grok 5 is training. I think it'll be the smartest model by a significant margin.

Let's do energy. You've been talking a lot about solar.

Yeah, look, the sun is a giant fusion reactor in the sky. We should just use it. Solar plus batteries is the answer for most of the world.

Who builds those panels, though?

China, overwhelmingly. Something like eighty percent of the world's solar panels come from China, and their costs keep dropping. That's just reality.

How's family life? You have a lot of kids.

It's chaotic, but good. I try to have breakfast with them when I can.

Last question. Your Shanghai factory just turned five. How do you feel about it?

Incredibly proud. Giga Shanghai is the best factory we have, and the team there is phenomenal. It was built in under a year, which nobody thought was possible.
""",
    ["No. It was impressive, but it wasn't a shock to me. Chinese AI teams are very strong and they're very efficient with compute. Anyone who was surprised wasn't paying attention.",
     "China, overwhelmingly. Something like eighty percent of the world's solar panels come from China, and their costs keep dropping. That's just reality.",
     "Incredibly proud. Giga Shanghai is the best factory we have, and the team there is phenomenal. It was built in under a year, which nobody thought was possible."],
    "long unlabelled transcript; China answers (DeepSeek, solar panels, Shanghai factory) gold; Grok, general solar, family answers not gold",
    guests=["Elon Musk"]))

# ---------------- VTT ----------------
A(D(72, "vtt", "vtt",
    "Evening Business Report - 14 November",
    "",
    ["Chinese carmakers would be Tesla's main rivals for the next decade",
     "the company had to match their pace",
     "Tesla's Shanghai factory would begin building a cheaper Model Y variant early next year"],
    "news-broadcast VTT where the anchor reports what Musk said; correspondent's analysis not gold; Starship remark not gold",
    vtt=V([
        ("Anchor", "Good evening. Tesla shares jumped more than six percent today after chief executive Elon Musk made some striking comments about China."),
        ("Anchor", "Speaking at an investment conference in Riyadh, Musk said Chinese carmakers would be Tesla's main rivals for the next decade, and that the company had to match their pace."),
        ("Anchor", "He also said Tesla's Shanghai factory would begin building a cheaper Model Y variant early next year."),
        ("Correspondent Mei Lin", "Investors here in Shanghai took that as a sign Tesla is doubling down on China rather than pulling back."),
        ("Anchor", "Musk also said SpaceX would launch its next Starship in about a month. Now to the markets."),
    ])))

A(D(73, "vtt", "vtt",
    "Asia Tonight",
    "",
    [],
    "news VTT reporting Musk's visit and meeting (actions), a company statement and an analyst's interpretation",
    vtt=V([
        ("Anchor", "Elon Musk made a surprise visit to Beijing today, meeting China's premier for about an hour."),
        ("Reporter James Cho", "Tesla said in a brief statement that the meeting was productive, but gave no details."),
        ("Anchor", "What do you think he was after?"),
        ("Analyst Tom Reyes", "I think Musk sees China as make or break for self-driving. He needs approval for the software there, and he knows it."),
        ("Anchor", "Musk flew back to Texas this evening without speaking to reporters."),
    ])))

A(D(74, "vtt", "vtt",
    "",
    "",
    ["It's impressive. They did a lot with very little compute, and I think that surprised a lot of people in Silicon Valley.",
     "Not ahead, but close. China will have more AI compute than anyone except the US within two years, I'd guess."],
    "interview VTT with Musk as voice; 'they' refers to DeepSeek named by the host; hedged prediction; Grok answer not gold",
    vtt=V([
        ("Host", "What do you make of DeepSeek?"),
        ("Elon Musk", "It's impressive. They did a lot with very little compute, and I think that surprised a lot of people in Silicon Valley."),
        ("Host", "Is China ahead of America in AI now?"),
        ("Elon Musk", "Not ahead, but close. China will have more AI compute than anyone except the US within two years, I'd guess."),
        ("Host", "And Grok?"),
        ("Elon Musk", "Grok 5 should be out by the end of the year."),
    ])))

A(D(75, "vtt", "vtt",
    "",
    "",
    [],
    "VTT where the host mentions China's lunar rover as news intro; Musk's cues are about Starship",
    vtt=V([
        ("Host", "Big week in space. China's rover landed on the far side of the moon again on Tuesday, and their agency says astronauts are next."),
        ("Host", "But let's start with your news. Starship flew this morning. How did it go?"),
        ("Elon Musk", "Really well. We caught the booster and the ship hit the target zone within a few meters."),
        ("Elon Musk", "Next step is catching the ship itself. I think we'll try that in the next two or three flights."),
        ("Host", "Congratulations."),
    ])))

A(D(76, "vtt", "vtt",
    "",
    "",
    ["so the the chinese market is uh super competitive",
     "like there's over a hundred ev brands there and most of them are losing money",
     "but the ones that survive are going to be really strong"],
    "auto-caption style VTT (lowercase, fillers) where one China point spans several cues; Optimus cues not gold",
    vtt=V([
        ("Elon Musk", "so the the chinese market is uh super competitive", 3.2),
        ("Elon Musk", "like there's over a hundred ev brands there and most of them are losing money", 3.8),
        ("Elon Musk", "but the ones that survive are going to be really strong", 3.0),
        ("Elon Musk", "anyway um on optimus we're gonna", 2.5),
        ("Elon Musk", "start production next year at fremont", 2.6),
    ])))

A(D(77, "vtt", "vtt",
    "Morning Markets",
    "",
    [],
    "news VTT headline fragment ('posting about Chinese battery prices') without his claim; analyst's words not gold",
    vtt=V([
        ("Anchor", "Elon Musk was posting about Chinese battery prices again overnight, and battery stocks in Hong Kong moved on it."),
        ("Anchor", "We'll have more on that later. First, oil."),
        ("Reporter Dana Ng", "Brent is up two percent this morning on supply worries."),
        ("Anchor", "And back to those battery stocks. Our analyst Kevin Shaw says the sector was already oversold."),
        ("Kevin Shaw", "Honestly, whatever Musk posts, Chinese cell prices are falling because of overcapacity, full stop."),
    ])))

A(D(78, "vtt", "vtt",
    "",
    "",
    ["Yeah. They're incredibly hardworking and they're smart. I'm not surprised at all."],
    "VTT: 'they' in Musk's cue refers back to Chinese automakers in the host's cue; factory-announcement answer not gold",
    vtt=V([
        ("Host", "Chinese automakers sold more cars abroad than Japan's last year, for the first time ever."),
        ("Elon Musk", "Yeah. They're incredibly hardworking and they're smart. I'm not surprised at all."),
        ("Host", "Will Tesla build another factory in Asia?"),
        ("Elon Musk", "We'll make an announcement when we're ready."),
    ])))

A(D(79, "vtt", "vtt",
    "",
    "",
    [],
    "VTT with Kimbal Musk as speaker talking about China; not the watched speaker",
    vtt=V([
        ("Interviewer", "Kimbal, you've been spending a lot of time in China lately."),
        ("Kimbal Musk", "I have. The vertical farming sector in China is moving faster than anywhere else."),
        ("Kimbal Musk", "Chinese investors get it. They see food security as a national priority."),
        ("Interviewer", "Does Elon ever come along?"),
        ("Kimbal Musk", "Rarely. He's busy with rockets."),
    ])))
