from common import art, label, unlab, vtt

# 59 podcast_labelled, gold
label(59, "podcast_labelled",
    "#412 – Elon Musk: Factories, AI and China | The Long Form with Ravi Sethi",
    [("Ravi Sethi", "You've spent a lot of time in Chinese factories. What's the thing Americans most misunderstand about them?"),
     ("Elon Musk", "That it's cheap labor. It's not. The labor cost advantage is actually pretty small now. What China has is an enormous number of skilled engineers and a supply chain where everything is within a two-hour drive."),
     ("Ravi Sethi", "Let's talk about AI. Are we close to AGI?"),
     ("Elon Musk", "I think we'll have AI smarter than any single human next year, and smarter than all humans combined around 2030."),
     ("Ravi Sethi", "And who wins that race?"),
     ("Elon Musk", "It's the US and China. Nobody else is really in it. China will have a lot of compute and a lot of power generation, which is the real constraint."),
     ("Ravi Sethi", "That's a sobering thought to end on. Elon, thank you.")],
    ["That it's cheap labor. It's not. The labor cost advantage is actually pretty small now. What China has is an enormous number of skilled engineers and a supply chain where everything is within a two-hour drive.",
     "It's the US and China. Nobody else is really in it. China will have a lot of compute and a lot of power generation, which is the real constraint."],
    "labelled podcast; his turn resolved by host's question about Chinese factories; AGI timeline not gold; host questions not gold")

# 60 podcast_labelled, no gold: hosts talk about Musk and China
label(60, "podcast_labelled",
    "The Quorum Podcast, Ep. 203: Musk in Beijing, tariffs, and the AI capex boom",
    [("Dev", "Alright, besties, first topic. Elon flew to Beijing over the weekend. Quick trip, met a bunch of officials. What do we make of it?"),
     ("Marco", "I think it's smart. Tesla needs FSD approved in China, and you don't get that by tweeting."),
     ("Sunny", "I'd push back a little. The optics in Washington are terrible right now. Everyone's going to ask whose side he's on."),
     ("Dev", "Paul, you've invested alongside him. Did he say anything to you about the trip?"),
     ("Paul", "I haven't talked to him this week, and I wouldn't share it if I had. My own view is the Shanghai factory is the best asset Tesla has."),
     ("Marco", "Agreed. And BYD is eating everybody's lunch, so what's he supposed to do, stay home?"),
     ("Dev", "Okay, let's move to AI capex, because the numbers this week were insane.")],
    [],
    "podcast about Musk and China without Musk; hosts' own opinions; his trip is an action")

# 61 podcast_labelled, gold: 'they' = Shenzhen companies; Cybertruck not China
label(61, "podcast_labelled",
    "The Garage Hour, Ep. 88 — Elon Musk",
    [("Host", "So I went to a factory in Shenzhen last month, a robot vacuum company. Their line was insane."),
     ("Musk", "Yeah, they're super fast. They'll go from prototype to mass production in like three months. That's the thing people don't get."),
     ("Host", "Could Tesla work like that?"),
     ("Musk", "For some things. Cars are harder. Also, by the way, the Cybertruck steel is really hard to bend, which is why the panels are so flat."),
     ("Host", "Ha. That explains a lot."),
     ("Musk", "It's a feature, not a bug.")],
    ["Yeah, they're super fast. They'll go from prototype to mass production in like three months. That's the thing people don't get."],
    "'they' refers back to Shenzhen manufacturers named by the host (gold); Tesla/Cybertruck remarks not gold")

# 62 podcast_labelled, no gold: Kimbal Musk guest
label(62, "podcast_labelled",
    "Table Talk: Kimbal Musk on food, farming and China",
    [("Lucy Grant", "Kimbal, you've spent a lot of time in China lately. What did you learn?"),
     ("Kimbal Musk", "That the Chinese take food more seriously than anyone. The vertical farms outside Shanghai are years ahead of ours."),
     ("Lucy Grant", "Does your brother share your enthusiasm?"),
     ("Kimbal Musk", "You'd have to ask Elon. We argue about everything, mostly about food."),
     ("Lucy Grant", "Would you open a restaurant there?"),
     ("Kimbal Musk", "I'd love to. Chengdu, probably. The spice tolerance is a challenge for me, though.")],
    [],
    "another Musk (Kimbal) as the speaker on China; Elon mentioned only")

# 63 podcast_labelled, gold: long, Taiwan / Beijing, other topics
label(63, "podcast_labelled",
    "Deep Current with Tara Quinn — Elon Musk",
    [("Tara", "Welcome back. My guest today needs no introduction. Elon, thanks for coming."),
     ("Elon", "Thanks for having me."),
     ("Tara", "Let's start with X. Is it profitable yet?"),
     ("Elon", "Roughly break-even. Advertising has come back a lot."),
     ("Tara", "You've been critical of how much chipmaking is concentrated in Taiwan. Why?"),
     ("Elon", "Because if anything happens between China and Taiwan, the whole world's supply of advanced chips stops overnight. That's a single point of failure for civilization."),
     ("Tara", "Do you think Beijing will move on Taiwan?"),
     ("Elon", "I don't know, and I don't think anyone outside the Politburo knows. But I'd rather we not find out with all our chips in one place."),
     ("Tara", "Tesla is also talking about its own chip fab in Texas. Why?"),
     ("Elon", "Mostly it's just that we need an enormous number of chips, more than all the suppliers combined can make."),
     ("Tara", "How many Starlink users are there now?"),
     ("Elon", "About eight million, growing fast."),
     ("Tara", "Final topic: your kids. How are they?"),
     ("Elon", "They're great. The little ones keep me humble.")],
    ["Because if anything happens between China and Taiwan, the whole world's supply of advanced chips stops overnight. That's a single point of failure for civilization.",
     "I don't know, and I don't think anyone outside the Politburo knows. But I'd rather we not find out with all our chips in one place."],
    "long labelled podcast; Taiwan in relation to China (gold); answer to a Beijing question where the claim is hedged; chips fab, X, Starlink and family turns not gold")

# 64 podcast_labelled, no gold: host brings up China; Elon's 'they' = NASA
label(64, "podcast_labelled",
    "Orbit & Beyond, Episode 31",
    [("Host", "Big news this week: China's space agency says it's on track for a crewed lunar landing before 2030. That's a real race now. But let me ask you about our side. How is the Artemis program going, from where you sit?"),
     ("Elon Musk", "NASA is doing its best with a very complicated program. Honestly, they've been great to work with. They let us iterate, which is everything."),
     ("Host", "And Mars?"),
     ("Elon Musk", "Mars is the goal. The Moon is a stepping stone. We want to send five uncrewed Starships in the next window."),
     ("Host", "Five? That's ambitious."),
     ("Elon Musk", "It's ambitious. But it's possible.")],
    [],
    "host supplies the China context; Musk's 'they' = NASA; Moon/Mars remarks not China")

# 65 podcast_labelled, gold: short clip
label(65, "podcast_labelled",
    "Clip: Musk reacts to BYD sales milestone",
    [("Host", "Last thing. BYD just passed Tesla in annual electric car sales. Your reaction?"),
     ("Elon Musk", "Good for them. They earned it. We'll see how the next few years go.")],
    ["Good for them. They earned it. We'll see how the next few years go."],
    "short clip; 'them/they' = BYD from the host's question")

# 66 podcast_unlabelled, gold
unlab(66, "podcast_unlabelled",
    "The Build Show — Episode 57 with Elon Musk",
    """
Welcome back to The Build Show. I'm here with Elon Musk, who just got back from Shanghai. Elon, how's the factory?
Better than ever. The team there has cut the time it takes to build a Model Y by another ten percent this year.
What struck you most on this trip?
Honestly, the speed of the Chinese supply chain. You ask a supplier for a new part on Monday and they have a sample on Thursday. There's nowhere else in the world like that.
Let's switch to Starship. What's the next big milestone?
Orbital refilling. That's the big one. If we get propellant transfer working next year, the Moon and Mars become very real.
""",
    ["Elon Musk"],
    ["Better than ever. The team there has cut the time it takes to build a Model Y by another ten percent this year.",
     "Honestly, the speed of the Chinese supply chain. You ask a supplier for a new part on Monday and they have a sample on Thursday. There's nowhere else in the world like that."],
    "unlabelled transcript; 'there' resolved to Shanghai; Starship answer not gold")

# 67 podcast_unlabelled, no gold: China only in host intro
unlab(67, "podcast_unlabelled",
    "Signal & Noise: Elon Musk on AI safety",
    """
This has been quite a week in AI, with a new open-weight model out of China topping the leaderboards and everyone arguing about what it means. But today I want to talk about something more fundamental with my guest, Elon Musk. Elon, what's the single biggest risk from AI?
I think the biggest risk is training AI to be deceptive. If you teach it to lie, even for good reasons, you don't know where that ends.
How do you avoid that at xAI?
We try to make Grok maximally truth-seeking, even when the truth is uncomfortable. That's the whole philosophy.
You have a lot of kids. Do you think about the world they'll grow up in?
All the time. I want them to grow up in a future that's exciting, where we're out there among the stars.
""",
    ["Elon Musk"],
    [],
    "host's intro mentions a Chinese AI model, but Musk's answers are about AI safety, Grok and family")

# 68 podcast_unlabelled, gold: Chinese humanoid robots; Optimus date not gold
unlab(68, "podcast_unlabelled",
    "Future Shop Talk #19 — Elon Musk on robots",
    """
Elon, everybody wants to know about Optimus. When do we see the next version?
Optimus version 3 will be unveiled early next year. It has a completely new hand, which is the hardest part.
Who's your competition?
The Chinese robot companies will be our biggest competitors, no question. They're moving incredibly fast and their hardware costs are very low.
Not the American start-ups?
Some of them are good, but most of them are demo companies. They make great videos.
Will robots be bigger than cars?
Much bigger. Every person will want one, maybe two.
""",
    ["Elon Musk"],
    ["The Chinese robot companies will be our biggest competitors, no question. They're moving incredibly fast and their hardware costs are very low."],
    "unlabelled; China turn vs. 'they' = American start-ups in the next turn (not gold); Optimus date not gold")

# 69 podcast_unlabelled, no gold: Maye Musk guest
unlab(69, "podcast_unlabelled",
    "Women Who Lead — Maye Musk",
    """
Maye, you are enormously popular in China. Your book has sold more copies there than anywhere else. Why do you think that is?
I think Chinese women relate to my story. I was a single mother, I worked very hard, and I never gave up. When I go to Shanghai or Beijing, women come up to me and tell me their stories.
Do your children ever come with you?
Sometimes. Elon is very busy, of course. Tosca came with me to Hangzhou once and loved it.
What's next for you?
More travel. I'm going back to China in the spring.
""",
    ["Maye Musk"],
    [],
    "unlabelled transcript with Maye Musk as guest; her China remarks are not the watched speaker's")

# 70 podcast_unlabelled, gold: electricity
unlab(70, "podcast_unlabelled",
    "Powerline Podcast — live from the Energy Futures Summit",
    """
I'm joined on stage by Elon Musk. Elon, you keep saying electricity is the limiting factor for AI. Explain.
Sure. The chips are getting made, but you can't turn them on without power and transformers. That's the bottleneck now.
Who's winning on power?
China, by a lot. China's going to produce something like three times the electricity of the US within a few years. They just keep building, solar, nuclear, everything.
So what should Washington do?
Build a lot more generation here, and make the permitting way faster. Right now it takes years to connect anything.
Thanks, Elon. Big round of applause.
""",
    ["Elon Musk"],
    ["China, by a lot. China's going to produce something like three times the electricity of the US within a few years. They just keep building, solar, nuclear, everything."],
    "unlabelled; China electricity claim (gold); general AI power answer and US-permitting answer to a China-framed question not gold")

# 71 podcast_unlabelled, no gold: host raises China, Musk answers on US grid
unlab(71, "podcast_unlabelled",
    "Grid Talk — Episode 8 with Elon Musk",
    """
Elon, we've all seen the numbers on how much generating capacity China is adding. I want to focus on America. What's the one thing the US should do about its grid?
Build more transmission. We have plenty of places to put solar and batteries, but no way to move the power. Lines take ten years to approve. That's insane.
Is Tesla's Megapack part of the answer?
Absolutely. Megapacks let utilities store cheap power at night and use it at peak. Every utility should have them.
Last question: when does the new Megafactory open?
Early next year in Houston.
""",
    ["Elon Musk"],
    [],
    "host mentions China, but Musk's answers are about the US grid and Megapack (topic by neighbourhood)")

# 72 vtt, gold: moderator paraphrases his claim (not gold), his cues (gold)
vtt(72, "vtt",
    "Elon Musk at the Gulf Future Summit — full session",
    [("Moderator", "Elon, you've said before that China is Tesla's toughest market. Is that still true?", 6),
     ("Elon Musk", "Yes, absolutely. The Chinese market is the most competitive car market in the world.", 5),
     ("Elon Musk", "Their carmakers are hungry, they're smart, and they move fast.", 4),
     ("Moderator", "And what about the Middle East? Is there a market for Tesla here?", 4),
     ("Elon Musk", "Huge potential. We're opening more stores in Saudi Arabia next year.", 5),
     ("Moderator", "We'll come back to that. Let's talk about Starlink.", 3)],
    ["Yes, absolutely. The Chinese market is the most competitive car market in the world.",
     "Their carmakers are hungry, they're smart, and they move fast."],
    "vtt; moderator's paraphrase of his earlier claim is not gold; Middle East answer not gold")

# 73 vtt, no gold: anchor mentions China; Musk on Starship
vtt(73, "vtt",
    "Evening Business Report — Starship segment",
    [("Anchor", "China's space agency completed another cargo mission to its space station this week. Here at home, SpaceX is preparing its next Starship test.", 8),
     ("Anchor", "Our correspondent spoke with Elon Musk at Starbase.", 3),
     ("Correspondent", "What's different about this flight?", 3),
     ("Elon Musk", "We've upgraded the heat shield tiles and the engines. The goal is to catch the ship with the tower for the first time.", 7),
     ("Correspondent", "When is it going to fly?", 2),
     ("Elon Musk", "About four weeks, if the weather cooperates.", 3)],
    [],
    "China mentioned by the anchor; Musk's cues are about Starship")

# 74 vtt, gold: 'they' = Chinese carmakers vs 'they' = European regulators
vtt(74, "vtt",
    "Musk at Tesla's Berlin factory — press Q&A",
    [("Reporter", "What do you make of Chinese carmakers like BYD and Geely coming to Europe?", 5),
     ("Elon Musk", "Honestly, they're the most competitive car companies in the world.", 4),
     ("Elon Musk", "And I think they'll do very well in Europe, tariffs or not.", 4),
     ("Reporter", "And the European regulators? When will FSD be approved here?", 4),
     ("Elon Musk", "They're too slow. They've had our data for over a year.", 4)],
    ["Honestly, they're the most competitive car companies in the world.",
     "And I think they'll do very well in Europe, tariffs or not."],
    "vtt; 'they' resolved from reporter's question to Chinese carmakers (gold) vs European regulators (not gold)")

# 75 vtt, no gold: Kimbal Musk speaker
vtt(75, "vtt",
    "Kimbal Musk keynote — AgriTech Asia",
    [("Kimbal Musk", "Thank you, Singapore. It's great to be back in Asia.", 4),
     ("Kimbal Musk", "I was in China last month, and I have to say, the vertical farming operations there are extraordinary.", 7),
     ("Kimbal Musk", "They're building farms like my brother builds factories. Fast, automated, relentless.", 6),
     ("Kimbal Musk", "We have a lot to learn from them.", 3)],
    [],
    "another Musk (Kimbal) speaking about China; Elon only mentioned as 'my brother'")

# 76 vtt, gold: longer; Taiwan/chips, Chinese AI; other topics
vtt(76, "vtt",
    "Tech Frontiers Conference — fireside chat with Elon Musk",
    [("Interviewer", "Thanks for joining us, Elon. Let's dive right in.", 3),
     ("Elon Musk", "Happy to be here.", 2),
     ("Interviewer", "You're building one of the biggest AI clusters in the world in Memphis. How big does it get?", 6),
     ("Elon Musk", "We'll be at about a million GPUs by the end of next year. That's the plan.", 5),
     ("Interviewer", "Almost all of those chips are made in Taiwan. Does that worry you?", 4),
     ("Elon Musk", "It does. If there's ever a blockade of Taiwan by China, the AI industry basically stops.", 6),
     ("Interviewer", "Are you going to build your own chip fab?", 3),
     ("Elon Musk", "We're looking at it seriously. We need more chips than all the suppliers combined can make.", 6),
     ("Interviewer", "What about Chinese AI labs? Are they really catching up?", 4),
     ("Elon Musk", "DeepSeek and the others are very good. I'd say they're maybe six months behind, on a limited budget.", 6),
     ("Interviewer", "Last question. Will you ever retire?", 3),
     ("Elon Musk", "No. I'll probably die at my desk.", 3)],
    ["It does. If there's ever a blockade of Taiwan by China, the AI industry basically stops.",
     "DeepSeek and the others are very good. I'd say they're maybe six months behind, on a limited budget."],
    "vtt; Taiwan-China and Chinese AI labs (gold); own-fab answer, GPU count and retirement not gold")

# 77 vtt, no gold: news segment about his trip
vtt(77, "vtt",
    "Asia Markets Tonight — Musk in Beijing",
    [("Anchor", "Tesla chief Elon Musk made a surprise visit to Beijing today.", 4),
     ("Anchor", "Our correspondent Lin Yue has more.", 2),
     ("Lin Yue", "Musk arrived this morning and met senior officials, including the head of the industry ministry.", 6),
     ("Lin Yue", "He did not speak to reporters, but people familiar with the meeting say Tesla's self-driving software was on the agenda.", 7),
     ("Lin Yue", "Analysts here say the visit signals that Tesla wants to stay close to Beijing as competition heats up.", 6),
     ("Anchor", "Lin Yue in Beijing, thank you.", 2)],
    [],
    "news segment describing his visit (actions) and sources/analysts; no words of his")

# 78 vtt, gold: short
vtt(78, "vtt",
    "",
    [("Elon Musk", "People underestimate China. I think that's a big mistake.", 4),
     ("Elon Musk", "Anyway, let's talk about the Cybercab.", 3)],
    ["People underestimate China. I think that's a big mistake."],
    "very short vtt; non-China continuation cue")

# 79 machine_translated, gold
art(79, "machine_translated",
    "Musk: Chinese team is very excellent, Shanghai Super Factory will continue to expand",
    """
According to Sina Finance report, on the 15th local time, Tesla CEO Musk through video connection attended the World New Energy Vehicle Conference and delivered speech.

Musk expressed that the Chinese team is very excellent. "They are hard-working and also very smart, I am very proud of them," Musk said.

He also stated that Tesla Shanghai Super Factory will continue to expand production capacity, and in the future will export more vehicles to Europe and Asia-Pacific market.

It is understood that Shanghai Super Factory is Tesla's largest production base in the world, in year 2024 delivered more than 900,000 vehicles.
""",
    ["Chinese team is very excellent, Shanghai Super Factory will continue to expand",
     "the Chinese team is very excellent",
     "They are hard-working and also very smart, I am very proud of them",
     "Tesla Shanghai Super Factory will continue to expand production capacity, and in the future will export more vehicles to Europe and Asia-Pacific market"],
    "stiff machine-translated English from a Chinese outlet; 'expressed that'/'also stated that' continuation")

# 80 machine_translated, no gold
art(80, "machine_translated",
    "Tesla China again price reduction, Model Y lowest price breaks 230,000 yuan",
    """
On the 3rd, Tesla China official website showed, Model Y rear-wheel drive version price adjusted down 8,000 yuan, after adjustment starting price is 229,900 yuan.

Industry insider analysed, this time price reduction is in order to cope with domestic car enterprises' intense competition. Since the beginning of this year, BYD, Xiaomi and other car enterprises successively released new models.

Regarding this time price adjustment, Tesla China related responsible person said "according to market situation dynamically adjust". Musk himself has not made response up to press time.
""",
    [],
    "machine-translated; Tesla China official and analyst speak; Musk explicitly made no response")
