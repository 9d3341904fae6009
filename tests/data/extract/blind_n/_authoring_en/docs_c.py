from common import doc

DOCS = []
A = DOCS.append

# ---------------------------------------------------------------- earnings_call
A(doc(52, "earnings_call", "article",
    "Tesla (TSLA) Q4 2025 Earnings Call Transcript",
    """
    Operator

    Good afternoon, everyone, and welcome to Tesla's fourth-quarter 2025 Q&A webcast. I would now like to turn the call over to Elon Musk.

    Elon Musk -- Chief Executive Officer

    Thanks. So, 2025 was a tough year for the auto industry, but we still delivered a record number of vehicles in China, which I think is a testament to the team in Shanghai. The Chinese market is hyper-competitive. The Chinese car companies are the most competitive in the world, and they are very good at cost. So we have to be excellent at autonomy, which is where I think we are way ahead. On the Optimus front, we expect to build several thousand units this year, mostly for use in our own factories.

    Vaibhav Taneja -- Chief Financial Officer

    Just to add some numbers. In China, we introduced zero-percent financing on the Model 3 and Model Y, and that helped demand in Q4. Our China inventory is now at its lowest level in two years.

    Operator

    Our first question comes from Daniel Park with Bernstein.

    Daniel Park -- Bernstein -- Analyst

    Thanks. Are you seeing any impact from Chinese competitors entering Europe?

    Elon Musk -- Chief Executive Officer

    Yeah, I mean, they're coming to Europe in a big way. They're coming everywhere. I think they'll do very well unless there are tariffs. Our answer is to make the cars smarter, not cheaper.

    Daniel Park -- Bernstein -- Analyst

    And a follow-up on the Cybercab timeline?

    Elon Musk -- Chief Executive Officer

    Volume production starts in Q2 at Giga Texas. It'll be slow at first, then exponential.
    """,
    [
        "So, 2025 was a tough year for the auto industry, but we still delivered a record number of vehicles in China, which I think is a testament to the team in Shanghai",
        "The Chinese market is hyper-competitive",
        "The Chinese car companies are the most competitive in the world, and they are very good at cost",
        "Yeah, I mean, they're coming to Europe in a big way. They're coming everywhere",
        "I think they'll do very well unless there are tariffs",
    ],
    "earnings-call transcript ('Elon Musk -- Chief Executive Officer' then paragraph); CFO and analyst China lines not gold; 'they' after analyst's question; Optimus and Cybercab not gold"))

A(doc(53, "earnings_call", "article",
    "Tesla Q2 2025 earnings call transcript (excerpt)",
    """
    Martin Viecha -- Head of Investor Relations

    We'll start with questions from retail shareholders. The first one: How is Tesla responding to the price war in China?

    Vaibhav Taneja -- Chief Financial Officer

    I'll take that one. The Chinese market remains extremely competitive. We've held prices steady in Q2 and focused on financing incentives and the new six-seat Model Y L, which is built in Shanghai for local customers.

    Martin Viecha -- Head of Investor Relations

    Thank you. The next question is about Full Self-Driving.

    Elon Musk -- Chief Executive Officer

    Yeah. So, the progress on FSD has been tremendous. Version 14 is roughly ten times better than version 13 in terms of miles between interventions. We're going to expand the Cybercab service to the Bay Area and Phoenix this year, and I think by the end of next year we'll have unsupervised FSD in most of the US.

    Martin Viecha -- Head of Investor Relations

    And one more on China: when will FSD launch there?

    Elon Musk -- Chief Executive Officer

    Vaibhav, do you want to take that?

    Vaibhav Taneja -- Chief Financial Officer

    We're working with regulators and don't have a timeline to share yet.
    """,
    [],
    "China questions answered by the CFO; his own turns are about FSD or hand the question off; IR's questions not gold"))

A(doc(54, "earnings_call", "label",
    "Tesla Q3 earnings call - analyst Q&A (transcript)",
    """
    Operator: Our next question comes from Emily Zhou with Jefferies.
    Emily Zhou: Thanks. Elon, Chinese EV prices have dropped another 10% this year. How does Tesla keep its share in that market without crushing margins?
    Elon Musk: It's a very tough market. The price war there is intense and honestly I don't think it's sustainable for a lot of the players. Many of them are losing money on every car. We're not going to chase them all the way down.
    Emily Zhou: And on the Model Y L, is that mainly for Chinese buyers?
    Elon Musk: Yes, it was designed with Chinese families in mind. It's doing well there.
    Vaibhav Taneja: I'd add that the Model Y L is built only in Shanghai for now.
    Elon Musk: On a separate topic, I want to mention that Megapack deployments hit a record in the US this quarter.
    """,
    [
        "It's a very tough market",
        "The price war there is intense and honestly I don't think it's sustainable for a lot of the players",
        "Many of them are losing money on every car",
        "We're not going to chase them all the way down",
        "Yes, it was designed with Chinese families in mind",
        "It's doing well there",
    ],
    "labelled call; answers point back to China via 'that market', 'there', 'them'; analyst and CFO lines not gold; Megapack remark not gold"))

A(doc(55, "earnings_call", "article",
    "Tesla Q1 2025 Earnings Call Transcript",
    """
    Vaibhav Taneja -- Chief Financial Officer

    Revenue in China declined year over year as competition intensified, but our Shanghai factory continued to run at high utilization thanks to exports.

    Operator

    Next question, from Ryan Brinkman with Ridgeline Partners.

    Ryan Brinkman -- Ridgeline Partners -- Analyst

    Ford and GM have both cut their EV spending and are pushing hybrids instead. What do you make of that?

    Elon Musk -- Chief Executive Officer

    They've basically given up. They're retreating to hybrids because they can't make money on EVs, and that's a mistake in the long run. Honestly, I think they'll regret it.

    Elon Musk -- Chief Executive Officer

    I'd also point out that our energy storage business in Texas and California grew more than 100% year over year. Megapack demand is off the charts.
    """,
    [],
    "'they' refers to Ford and GM, not Chinese rivals, though the CFO mentioned China just before; energy remarks not gold"))

A(doc(56, "earnings_call", "article",
    "Tesla Q2 2026 Earnings Call Transcript",
    """
    Operator

    Good afternoon, and welcome to Tesla's second-quarter 2026 results call. Please go ahead, Mr. Musk.

    Elon Musk -- Chief Executive Officer

    Thank you. I'll start with the energy business. The tariffs have had a meaningful impact on our energy margins, because we source LFP cells from China for Megapack. We're working to localize that, but it won't happen overnight. And I have to say, our Chinese suppliers have been very reliable partners through all of this.

    On Optimus, the supply of rare earth magnets has been a real constraint. China requires export licenses for those magnets now, and we're working through that process with the Chinese authorities. It's been slow.

    On autonomy, we now have robotaxi service in Austin, Phoenix and the Bay Area, and we'll add Miami and Las Vegas by year end.

    Vaibhav Taneja -- Chief Financial Officer

    To quantify the tariff impact: it was about $300 million in the quarter, split between energy and automotive.

    Operator

    Our first question comes from Alexandra Ruiz with Piper Sandler.

    Alexandra Ruiz -- Piper Sandler -- Analyst

    Elon, if the magnet licenses don't come through, does Optimus slip to next year?

    Elon Musk -- Chief Executive Officer

    I don't think so. We have other options, including magnets that don't use heavy rare earths. But obviously it would be easier if the licenses were granted.
    """,
    [
        "The tariffs have had a meaningful impact on our energy margins, because we source LFP cells from China for Megapack",
        "We're working to localize that, but it won't happen overnight",
        "And I have to say, our Chinese suppliers have been very reliable partners through all of this",
        "China requires export licenses for those magnets now, and we're working through that process with the Chinese authorities",
        "It's been slow",
        "But obviously it would be easier if the licenses were granted",
    ],
    "long call; tariffs and Chinese export controls; 'that', 'It's been slow', 'the licenses' refer back to China; robotaxi cities not gold; CFO and analyst not gold"))

A(doc(57, "earnings_call", "article",
    "Tesla Q4 2024 Earnings Call Transcript (excerpt)",
    """
    Elon Musk -- Chief Executive Officer

    The biggest risk for the energy business is policy uncertainty in the US. If the investment tax credits for storage are cut, that will slow deployments here. I've said many times I'd be fine with removing all subsidies, as long as oil and gas lose theirs too.

    Vaibhav Taneja -- Chief Financial Officer

    On the auto side, we saw good demand in China in December, helped by the trade-in subsidies that Beijing extended through the end of the year.

    Hannah Weiss -- UBS -- Analyst

    How much of the Shanghai output will go to exports next year?

    Vaibhav Taneja -- Chief Financial Officer

    Roughly the same share as this year, about 40%.

    Elon Musk -- Chief Executive Officer

    And just to close, I want to thank everyone on the team. It's been a hell of a year.
    """,
    [],
    "his turns are about US energy policy and thanks; China covered by CFO and analyst only"))

# ---------------------------------------------------------------- podcast_labelled
A(doc(58, "podcast_labelled", "label",
    "Lex Fridman Podcast #512 - Elon Musk: Tesla, SpaceX, China and the Future of Humanity",
    """
    Lex Fridman: You've spent a lot of time in China over the years. What have you learned from the people there?
    Elon Musk: China is a powerhouse. I think people in the West don't appreciate the scale of it. The amount of talent coming out of Chinese universities every year is staggering, something like ten times the number of engineers the US graduates.
    Lex Fridman: Does that scare you?
    Elon Musk: It's not about fear. They're very driven. A guy at the Shanghai factory once told me, 'We don't go home until it works.' That's the attitude there.
    Lex Fridman: Let's switch to Neuralink. How many patients now?
    Elon Musk: We have twelve people with implants, and the progress is really promising. The next step is restoring vision.
    """,
    [
        "China is a powerhouse",
        "I think people in the West don't appreciate the scale of it",
        "The amount of talent coming out of Chinese universities every year is staggering, something like ten times the number of engineers the US graduates",
        "They're very driven",
        "A guy at the Shanghai factory once told me, 'We don't go home until it works.' That's the attitude there",
    ],
    "labelled podcast; 'it'/'they' refer back to China; nested quote of a worker inside his turn; Neuralink turn not gold"))

A(doc(59, "podcast_labelled", "label",
    "All-In Podcast E212: China's EV juggernaut, the AI capex boom, Elon drops in",
    """
    Jason Calacanis: Before Elon jumps on, let's talk about China. BYD just posted another record quarter.
    David Sacks: China is winning the manufacturing game, full stop. They have the supply chain, the energy, the engineers.
    Chamath Palihapitiya: And the subsidies. Let's not pretend it's a free market.
    Jason Calacanis: Okay, and we've got Elon on the line. Elon, welcome back. Quick one: when does Starship fly again?
    Elon Musk: About a month. We're going to try to catch the ship this time, not just the booster.
    Jason Calacanis: And Mars?
    Elon Musk: Mars in the next window is still the plan. Probably five ships, uncrewed.
    David Sacks: Amazing. Thanks, Elon.
    """,
    [],
    "hosts discuss China at length; his turns are only about Starship and Mars"))

A(doc(60, "podcast_labelled", "label",
    "The Build Podcast - Episode 88: Elon Musk on factories",
    """
    Host: Chinese engineers - you've worked with a lot of them in Shanghai. How do they compare?
    Elon Musk: They're incredibly talented and they work really hard. Honestly, some of the best people I've ever worked with are on the Shanghai team.
    Host: And the Giga Berlin team?
    Elon Musk: Also great. They had a rough start with the permitting, but they've come a long way.
    Host: What's the one thing every factory gets wrong?
    Elon Musk: Too many parts. The best part is no part.
    """,
    [
        "They're incredibly talented and they work really hard",
        "Honestly, some of the best people I've ever worked with are on the Shanghai team",
    ],
    "'they' = Chinese engineers (gold) vs 'they' = Berlin team (not gold) in the same transcript; general factory remark not gold"))

A(doc(61, "podcast_labelled", "label",
    "Orbital Mechanics Show - Ep. 41",
    """
    Host A: Big news this week: China announced a timeline for a crewed lunar base in the 2030s.
    Host B: Elon, NASA just had its budget cut again. How are they handling it?
    Elon Musk: They've been great. I think they'll be fine. But Artemis needs to be simplified, there are too many moving parts.
    Host A: Is Starship ready to be the lander?
    Elon Musk: It will be. We need to demonstrate orbital refilling first, probably next year.
    """,
    [],
    "'they' = NASA (named in the question) right after a host's remark about China; Starship remarks"))

A(doc(62, "podcast_labelled", "label",
    "Moonshots with Peter Kane - Elon Musk on chips, Taiwan and Starlink",
    """
    Peter Kane: What keeps you up at night on the supply side?
    Elon Musk: The situation with Taiwan worries me more than anything. If China were to blockade Taiwan, the chip supply for basically everyone would be cut off. That's the single biggest risk to the tech industry right now.
    Peter Kane: Do you think Beijing would actually do it?
    Elon Musk: I hope not. I think they understand it would be very costly for them too.
    Peter Kane: Switching gears, Starlink on airlines?
    Elon Musk: It's going really well. Over a dozen airlines have signed up, and passengers love it.
    """,
    [
        "The situation with Taiwan worries me more than anything",
        "If China were to blockade Taiwan, the chip supply for basically everyone would be cut off",
        "That's the single biggest risk to the tech industry right now",
        "I hope not. I think they understand it would be very costly for them too",
    ],
    "Taiwan in relation to China; answer 'I hope not ... they' refers back to Beijing; Starlink turn not gold"))

A(doc(63, "podcast_labelled", "label",
    "The Kitchen Table - Kimbal Musk on food, family and Shanghai",
    """
    Host: Kimbal, you spent a month in Shanghai this spring. What struck you?
    Kimbal Musk: The food scene is unreal. Chinese restaurants are using robots in ways we haven't even thought about in the US.
    Host: Does your brother share your enthusiasm for China?
    Kimbal Musk: You'd have to ask him. We don't talk about it much, honestly. We talk about family.
    Host: Will you open a restaurant there?
    Kimbal Musk: Maybe. I'd love to.
    """,
    [],
    "Kimbal Musk (not the watched speaker) talks about China; Elon only referred to"))

A(doc(64, "podcast_labelled", "label",
    "Silicon Frontier Podcast - Elon Musk on AI, compute and power",
    """
    Host 1: Welcome back. We've got Elon Musk with us, and we have to start with DeepSeek.
    Host 2: The Chinese lab says it trained a frontier model for a few million dollars. Do you buy it?
    Elon Musk: DeepSeek is a very talented team, no question. I think the claims about training cost are probably understated, but the model is real.
    Host 2: Understated how?
    Elon Musk: They obviously have more GPUs than they say. That's fine, everyone does some marketing.
    Host 1: Should American labs be worried about Chinese AI in general?
    Elon Musk: Chinese AI is going to be very competitive. People in Silicon Valley should not be complacent.
    Host 1: What about electricity? China is building power plants at an incredible rate.
    Elon Musk: Yes, and China's electricity output is going to be something like three times the US pretty soon. That's a huge advantage for AI.
    Host 2: So what does the US need to do?
    Elon Musk: In the US, we need to build a lot more power plants and a lot more transformers. The utilities are way too slow.
    Host 1: Let's talk about Grok. When is the next version?
    Elon Musk: Grok 5 starts training next month on the new cluster. It'll be the first model trained on a million GPUs.
    Host 2: A million?
    Elon Musk: Roughly, yes. Memphis phase two.
    Host 1: Elon, thanks for doing this.
    Elon Musk: My pleasure.
    """,
    [
        "DeepSeek is a very talented team, no question",
        "I think the claims about training cost are probably understated, but the model is real",
        "They obviously have more GPUs than they say",
        "Chinese AI is going to be very competitive",
        "People in Silicon Valley should not be complacent",
        "Yes, and China's electricity output is going to be something like three times the US pretty soon",
        "That's a huge advantage for AI",
    ],
    "long labelled podcast; named Chinese company (DeepSeek); 'they' refers back to DeepSeek; US power and Grok turns not gold"))

# ---------------------------------------------------------------- podcast_unlabelled
A(doc(65, "podcast_unlabelled", "unlabeled",
    "The Energy Hour - episode 203",
    """
    Welcome back to the show. My guest today needs no introduction. Elon, thanks for coming on.
    Thanks for having me.
    Let's start with energy. China installed more solar last year than the rest of the world combined. How do you see that?
    It's pretty amazing, actually. China's going to have more solar than everyone else put together for a long time. They've driven the cost of panels down to almost nothing, which is great for the world.
    Should the US be worried?
    The US should be building a lot more solar, regardless. The sun is a giant fusion reactor in the sky, and we should use it.
    """,
    [
        "It's pretty amazing, actually",
        "China's going to have more solar than everyone else put together for a long time",
        "They've driven the cost of panels down to almost nothing, which is great for the world",
    ],
    "unlabelled transcript; answer to host's China question, 'they' = China; US solar remark not gold; host's words not gold",
    guests=["Elon Musk"]))

A(doc(66, "podcast_unlabelled", "unlabeled",
    "Deep Futures Podcast - Elon Musk",
    """
    Today's episode was recorded in Austin. Quick note before we start: last week we talked about China's electric-vehicle industry with Dr. Lin Hua, and if you missed that one, go back and listen, it was fantastic. Now, my guest today is Elon Musk. Elon, welcome.
    Good to be here.
    You've said Mars is the long-term goal. Is that still true?
    Absolutely. Making life multiplanetary is the most important thing we can do for the long-term survival of consciousness.
    And AI? Are you still worried?
    I think there's a ten to twenty percent chance it goes badly. That's why we need to build AI that's maximally truth-seeking.
    And Neuralink?
    We'll have our first blindsight patient this year.
    """,
    [],
    "host mentions China in the intro only; his answers are about Mars, AI risk and Neuralink",
    guests=["Elon Musk"]))

A(doc(67, "podcast_unlabelled", "unlabeled",
    "Capital Markets Weekly - Elon Musk interview",
    """
    Elon, the administration just raised tariffs on Chinese imports again. What does that do to Tesla?
    Well, it raises our costs, obviously. A lot of the cells in our energy storage products come from China, and there isn't an alternative supplier at that scale yet. I've said for a long time that tariffs on Chinese goods mostly hurt American consumers.
    Would you lobby against them?
    I'm not going to lobby. I'll just say what I think, which is what I'm doing right now.
    What about the cars?
    The cars are less affected, because most of the parts for cars we sell in America come from North America.
    """,
    [
        "Well, it raises our costs, obviously",
        "A lot of the cells in our energy storage products come from China, and there isn't an alternative supplier at that scale yet",
        "I've said for a long time that tariffs on Chinese goods mostly hurt American consumers",
    ],
    "unlabelled transcript; 'it' refers back to tariffs on China; North American parts remark not gold",
    guests=["Elon Musk"]))

A(doc(68, "podcast_unlabelled", "unlabeled",
    "Women Who Lead - Maye Musk",
    """
    Maye, you've become a phenomenon in China. Your book is everywhere there.
    It's wonderful. Chinese women are so ambitious and so curious. They ask the best questions at my events.
    What does your son Elon think about your fame in China?
    He thinks it's funny. He's proud, I think.
    Do you speak any Mandarin?
    Ni hao and xie xie. That's about it!
    """,
    [],
    "unlabelled transcript with Maye Musk as guest; her words about China are not the watched speaker's",
    guests=["Maye Musk"]))

A(doc(69, "podcast_unlabelled", "unlabeled",
    "Road to Autonomy Podcast - Elon Musk",
    """
    Last year BYD sold more electric cars than Tesla. Chinese carmakers like BYD, Geely and Xiaomi are moving incredibly fast. What's your honest take?
    Frankly, they out-work everyone. They're in the factory on weekends, and the whole supply chain is within a few hours' drive. We should copy their supply chain, honestly.
    You've also been critical of Europe's regulators.
    Yeah, they're way too slow. It takes years to approve anything there.
    Last question. Will Tesla make a $25,000 car?
    We'll have a cheaper model, but the real answer is the Cybercab.
    """,
    [
        "Frankly, they out-work everyone",
        "They're in the factory on weekends, and the whole supply chain is within a few hours' drive",
        "We should copy their supply chain, honestly",
    ],
    "'they' = Chinese carmakers named by the host (gold) vs 'they' = European regulators (not gold); cheap-car answer not gold",
    guests=["Elon Musk"]))

A(doc(70, "podcast_unlabelled", "unlabeled",
    "Sensor Fusion Podcast - episode 57",
    """
    We're recording this just after Elon's trip to Asia, and he's kindly found time for us. Let's talk about sensors. Most robotaxi companies use lidar. Why don't you?
    Because roads are designed for eyes and brains. If you solve vision, you solve driving. Lidar is expensive and it's a crutch.
    But doesn't redundancy make it safer?
    Sensor contention makes it less safe, actually. When lidar and cameras disagree, which one do you believe?
    When will unsupervised FSD be everywhere?
    In most of the US by the end of next year, I think.
    """,
    [],
    "self-driving sensors in general, no China link; host's mention of an Asia trip is not his statement",
    guests=["Elon Musk"]))

# ---------------------------------------------------------------- vtt
A(doc(71, "vtt", "vtt",
    "Musk interview after Shanghai visit (captions)",
    "",
    [
        "The Chinese supply chain is incredibly efficient",
        "Everything you need is within a few hours",
        "And the people are super hard-working. I think that's the real advantage",
        "BYD is a strong company",
        "They've made a lot of progress",
    ],
    "vtt with voice tags; 'the people', 'they' refer back to China/BYD; FSD remark not gold; interviewer lines not gold",
    cues=[
        ("Interviewer", "Elon, you've just come back from Shanghai. What did you see there?"),
        ("Elon Musk", "The Chinese supply chain is incredibly efficient. Everything you need is within a few hours."),
        ("Elon Musk", "And the people are super hard-working. I think that's the real advantage."),
        ("Interviewer", "Are you worried about competition from BYD?"),
        ("Elon Musk", "BYD is a strong company. They've made a lot of progress."),
        ("Elon Musk", "But we'll be fine. Our FSD is way ahead."),
    ]))

A(doc(72, "vtt", "vtt",
    "Starship flight 12 post-launch interview",
    "",
    [],
    "interviewer mentions China's Moon plan; his cues are about Starship; 'they' = NASA",
    cues=[
        ("Interviewer", "China says it will land astronauts on the Moon by 2030. But first, tell us about today's test."),
        ("Elon Musk", "Today went really well. We got the booster back on the tower."),
        ("Elon Musk", "The next ship will fly in about four weeks."),
        ("Interviewer", "Is NASA happy?"),
        ("Elon Musk", "They seem pretty happy. They've been great partners."),
    ]))

A(doc(73, "vtt", "vtt",
    "Evening news: Musk in Beijing",
    "",
    [
        "China's EV industry has advanced tremendously",
        "I think it's the leader right now",
    ],
    "news captions: narrator describes that he praised; his own cue is gold; premier's words not gold",
    cues=[
        ("Narrator", "Tesla's chief executive was in Beijing on Sunday for talks with senior officials."),
        ("Narrator", "Speaking to state television, he praised the country's electric vehicle industry."),
        ("Elon Musk", "China's EV industry has advanced tremendously. I think it's the leader right now."),
        ("Narrator", "Musk also met the premier, who pledged further opening."),
        ("Li Qiang (translated)", "China will continue to open its market to foreign companies."),
    ]))

A(doc(74, "vtt", "vtt",
    "Documentary excerpt: Tesla's China gamble",
    "",
    [],
    "narrator and analyst talk about his China ties; his own cue is about Mars",
    cues=[
        ("Narrator", "Elon Musk has built a relationship with China that few Western executives can match."),
        ("Narrator", "Critics say it leaves him vulnerable to pressure from Beijing."),
        ("Elon Musk", "We're going to make life multiplanetary. That's the goal."),
        ("Ding Rui", "Musk understands that without China, Tesla would not exist in its current form."),
    ]))

A(doc(75, "vtt", "vtt",
    "Giga Shanghai anniversary - remarks",
    "",
    [
        "The Shanghai team is incredible",
        "They built the factory in less than a year",
        "Honestly, I've never seen anything like it anywhere in the world",
    ],
    "vtt; 'they' and 'it' refer back to the Shanghai team/build; Berlin cue not gold",
    cues=[
        ("Elon Musk", "The Shanghai team is incredible. They built the factory in less than a year."),
        ("Elon Musk", "Honestly, I've never seen anything like it anywhere in the world."),
        ("Host", "And Giga Berlin?"),
        ("Elon Musk", "Berlin took longer, mostly because of permits."),
    ]))

A(doc(76, "vtt", "vtt",
    "Interview: FSD in Europe",
    "",
    [],
    "host notes approval in China; his answers are about European regulators ('they', 'there')",
    cues=[
        ("Host", "Your self-driving software is now approved in China. What about Europe?"),
        ("Elon Musk", "Europe is frustrating. They move incredibly slowly."),
        ("Elon Musk", "The regulators there want paperwork for everything."),
        ("Host", "When will it launch in the Netherlands?"),
        ("Elon Musk", "Hopefully by the summer."),
    ]))
