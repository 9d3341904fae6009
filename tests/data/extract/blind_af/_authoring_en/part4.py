from common import add

# ---------------------------------------------------- earnings_call (68-73)

add("earnings_call", "article",
"Tesla (TSLA) Q3 2025 Earnings Call Transcript",
'''Operator

Good afternoon, everyone, and welcome to Tesla's third-quarter 2025 Q&A webcast.

Travis Axelrod -- Head of Investor Relations

Thank you, and good afternoon. Joining me today are Elon Musk, Vaibhav Taneja and a number of other executives. Elon will open with a few remarks.

Elon Musk -- Chief Executive Officer

Thanks, Travis. So it was a record quarter for deliveries, which is great to see. Optimus is progressing well and we'll show the V3 design early next year. Regarding China, the competition there is brutal. The Chinese carmakers are the hardest-working companies in the world and they are launching new models every few months. Our Shanghai team has done an amazing job holding share in that environment. On energy, Megapack deployments were a record as well.

Vaibhav Taneja -- Chief Financial Officer

Thanks, Elon. Automotive gross margin excluding credits was 15.4%. In China, we continued to see pricing pressure and offered financing incentives through most of the quarter.

Travis Axelrod -- Head of Investor Relations

First question from analysts: when do you expect FSD approval in China?

Elon Musk -- Chief Executive Officer

We're hoping to get supervised FSD approved in China early next year. It's a little tricky because the data has to stay in China, so we're training locally. In the U.S., we're expanding unsupervised robotaxi to four more metro areas by year-end.''',
["Regarding China, the competition there is brutal.",
 "The Chinese carmakers are the hardest-working companies in the world and they are launching new models every few months.",
 "Our Shanghai team has done an amazing job holding share in that environment.",
 "We're hoping to get supervised FSD approved in China early next year.",
 "It's a little tricky because the data has to stay in China, so we're training locally."],
"'Elon Musk -- Chief Executive Officer' transcript format; China sentences inside turns that also cover Optimus, energy and U.S. robotaxi (not gold); CFO on China not gold")

add("earnings_call", "label",
"Tesla Q1 2025 earnings call (partial transcript)",
'''Travis Axelrod: Let's move to investor questions. The first one is about China pricing.
Vaibhav Taneja: Sure. In China we saw the full-quarter effect of the price adjustments, and the market remains very competitive. Our Shanghai factory ran at high utilization and exports to Asia-Pacific were strong.
Travis Axelrod: Elon, anything to add?
Elon Musk: I'd just say the most important thing for Tesla long term is autonomy and Optimus. If we solve autonomy, the car becomes worth five times as much. That's the big picture.
Travis Axelrod: Next question, on the Cybercab timeline.
Elon Musk: Cybercab volume production starts in 2026 at Giga Texas. We're on track for that.''',
[],
"labelled earnings call: CFO discusses China; Musk's turns (including one right after a China question) are about autonomy, Optimus and Cybercab")

add("earnings_call", "label",
"Tesla Q2 2025 Financial Results and Q&A Webcast - partial transcript",
'''Participants: Elon Musk (CEO), Vaibhav Taneja (CFO), Travis Axelrod (Head of Investor Relations). Analysts: Ryan Kessler (Morgan Stanley), Dana Whitmore (Goldman Sachs).
IR: Our first question comes from Morgan Stanley.
Analyst (Morgan Stanley): Elon, Xiaomi's new SUV reportedly took 200,000 orders in a day in China. How do you think about that?
CEO: Xiaomi is a very impressive company. Lei Jun is a friend, and they execute incredibly well on both hardware and software. We take them very seriously.
CFO: I'd add that in China our order backlog is healthy heading into Q3, and we have not seen meaningful cancellations.
Analyst (Goldman Sachs): On robotaxi, how quickly can you expand beyond Austin?
CEO: We expect to cover about half the U.S. population by the end of the year, subject to regulatory approvals. It's going to be a hockey stick.''',
["Xiaomi is a very impressive company.",
 "Lei Jun is a friend, and they execute incredibly well on both hardware and software.",
 "We take them very seriously."],
"role-only labels (CEO:, CFO:, Analyst (Morgan Stanley):) with names given once in a header; 'they'/'them' = Xiaomi; analyst question and CFO on China not gold; robotaxi answer not gold")

add("earnings_call", "label",
"XPeng Q1 earnings call: management on pricing and autonomy",
'''Operator: Welcome to the first-quarter earnings conference call. We will now begin the question-and-answer session.
Analyst (CICC): Tesla has said it will bring FSD to China this year. How does that change your competitive position?
CEO: I respect Tesla very much. Elon has said many times that vision-only is the right approach, and we agree with him on that. But in China, our system already drives in more than 300 cities, and Chinese consumers can compare for themselves.
Analyst (CICC): And on pricing in the domestic market?
CFO: We expect gross margin to remain above 14% despite the price competition. Volume growth will offset some of the pressure.''',
[],
"role labels with no names, on a Chinese carmaker's call: 'CEO' is XPeng's, who paraphrases Musk ('Elon has said many times ...') - not gold")

add("earnings_call", "label",
"Tesla Q4 2024 earnings call: retail investor questions",
'''Travis Axelrod: We'll now take questions submitted by retail shareholders. The top-voted question: "When will FSD be available in China, and what's holding it up?"
Elon Musk: We've submitted everything that Chinese regulators have asked for. The Chinese regulators have been very reasonable. They want it to happen too, I think, because Chinese consumers are asking for it. I'd guess we get partial approval in the first half of the year.
Travis Axelrod: The next question is about the Roadster. "Is the new Roadster still coming?"
Elon Musk: Yes, and the demo later this year will be the most epic product demo ever. I'm not going to say more than that.
Travis Axelrod: And finally, "Will Tesla build a factory in India?"
Elon Musk: We're looking at it. India is a big market with high import duties, so local production would make sense at some point.''',
["We've submitted everything that Chinese regulators have asked for.",
 "The Chinese regulators have been very reasonable.",
 "They want it to happen too, I think, because Chinese consumers are asking for it.",
 "I'd guess we get partial approval in the first half of the year."],
"labelled call; 'they' = Chinese regulators; last sentence about approval timing continues the China answer; Roadster and India answers not gold")

add("earnings_call", "label",
"Tesla Q1 call excerpt: China, tariffs and the Model Y",
'''Excerpt from Tesla's first-quarter earnings call Q&A, as published by the company. Speaker labels as in the original.
Analyst (UBS): Can you talk about your tariff exposure, particularly on cells from China?
CFO: We source most of the LFP cells for our energy storage business from China, so the tariff impact there is meaningful. On the auto side, our exposure is much smaller.
CEO: Look, I've been on record that I'm not a fan of tariffs generally. On China specifically, we're building our own LFP cell lines in Nevada so that we're less exposed, but it will take time. Chinese cell suppliers are extremely good and it's hard to match their cost.
Analyst (UBS): And the timing of the new Model Y ramp?
CEO: Deliveries of the new Model Y are ramping across all four factories now. We expect to be at full rate by the end of the quarter.''',
["On China specifically, we're building our own LFP cell lines in Nevada so that we're less exposed, but it will take time.",
 "Chinese cell suppliers are extremely good and it's hard to match their cost."],
"role labels with no names at all on a Tesla call (CEO = the Tesla CEO); general anti-tariff remark without China not gold; Model Y ramp answer not gold")

# ------------------------------------------------ podcast_labelled (74-79)

add("podcast_labelled", "label",
"Lex Fridman Podcast #512 - Elon Musk: AI, China, Mars and the future of humanity",
'''Lex Fridman: Let's talk about AI. Do you think the race with China is real?
Elon Musk: It's very real. China will have more AI compute than the rest of the world combined, probably within a few years, because they can build power plants and data centers faster than anyone. I don't think people in the US appreciate that.
Lex Fridman: What would you do about it if you were in charge?
Elon Musk: You've got to make it much easier to build power generation here. Permitting for a transmission line can take ten years. That's insane.
Lex Fridman: Let's switch to Mars. What's the timeline now?
Elon Musk: If all goes well, we send the first uncrewed Starships at the end of next year. Crewed missions maybe four years after that.
Lex Fridman: One more on China. You've worked there for a long time. What's something most people misunderstand?
Elon Musk: The work ethic. The people I've worked with in Shanghai are some of the most dedicated engineers I've ever met, and they genuinely want to build great things.''',
["It's very real. China will have more AI compute than the rest of the world combined, probably within a few years, because they can build power plants and data centers faster than anyone.",
 "The work ethic. The people I've worked with in Shanghai are some of the most dedicated engineers I've ever met, and they genuinely want to build great things."],
"labelled podcast; his US permitting and Mars turns not gold; short opening sentences answering China questions kept with the sentence that carries the claim")

add("podcast_labelled", "label",
"The Capital Table - Ep. 88: Is Elon right about China?",
'''Maya Chen: Welcome back. This week, everyone's talking about Elon's comments on Chinese EVs.
Ravi Patel: Right, he said last week that Chinese carmakers will out-build everyone, and honestly I think he's underselling it.
Maya Chen: I'm not so sure. BYD's margins are getting crushed. There's a limit to how long they can do this.
Ravi Patel: Sure, but the state will backstop them. That's the whole point. Elon keeps saying the competition is brutal, and he's right.
Maya Chen: Let's take a break and come back to the tariff question.''',
[],
"podcast hosts paraphrasing and quoting Musk back; Musk is not on the show")

add("podcast_labelled", "label",
"Deep Ledger - Elon Musk on batteries, Beijing and bureaucracy",
'''This week on Deep Ledger, host David Park talks to Elon Musk about energy storage, supply chains and regulation.
David: Thanks for coming on, Elon.
Elon: Happy to be here, David. Long-time listener.
David: You've been pretty vocal about batteries lately. Where do you see cell prices going?
Elon: Down, a lot. Lithium iron phosphate cells out of China are already below fifty dollars a kilowatt-hour, and I think they'll keep falling for the next couple of years. Nobody outside China is close on cost.
David: And on the regulatory side here at home?
Elon: Honestly, the US regulatory system is like a giant game of Jenga. Every year they add more blocks and nobody removes any. Eventually it collapses.''',
["Lithium iron phosphate cells out of China are already below fifty dollars a kilowatt-hour, and I think they'll keep falling for the next couple of years.",
 "Nobody outside China is close on cost."],
"first-name labels ('Elon:', 'David:') with full names given once in the intro; 'they' referring to US regulators in the last turn is not China")

add("podcast_labelled", "label",
"The Orbit Show - live from Starbase",
'''Host: We're here at Starbase with Elon Musk. Elon, I have to start with China. Their space program just landed a reusable booster and they're planning a crewed Moon landing before 2030. They're moving fast.
Elon Musk: What we're focused on here is making Starship fully reusable. Once the ship can be caught like the booster, cost per ton to orbit drops by a factor of a hundred.
Host: China's Long March 10 will fly crews to the Moon. Isn't NASA's Artemis program falling behind?
Elon Musk: Starship is the lander for Artemis, so my job is to make sure the lander is ready. We'll do an orbital refueling demo next year.
Host: Last question: will you go to Mars yourself?
Elon Musk: I'd like to, if the risk is reasonable. Probably not on the first flight though.''',
[],
"host talks about China's space program at length; Musk's answers are about Starship, Artemis and Mars")

add("podcast_labelled", "label",
"Future Forum 2025 - Panel: Manufacturing in the age of AI",
'''Panel participants: Elon Musk (joining by video) and Professor Wang Lin of Tsinghua University. Moderated by Sarah Okafor.
Moderator: Elon, you've built factories in California, Texas, Berlin and Shanghai. Which one taught you the most?
Musk: Shanghai, without question. We went from a muddy field to producing cars in under a year, and the local suppliers were incredibly fast. Everyone should study how that happened.
Moderator: Professor Wang, is that speed repeatable?
Wang: It is repeatable in China because of the supplier clusters in the Yangtze River Delta. Elon's experience is not luck, it is infrastructure.
Moderator: Elon, what about robots on the factory floor?
Musk: Optimus will be doing most of the repetitive work in our factories within five years. That's where the real productivity gain is.''',
["Shanghai, without question. We went from a muddy field to producing cars in under a year, and the local suppliers were incredibly fast.",
 "Everyone should study how that happened."],
"'Moderator:'/'Musk:'/'Wang:' labels with full names only in the intro; Professor Wang's China remarks and mention of 'Elon's experience' not gold; Optimus answer not gold")

add("podcast_labelled", "label",
"Kitchen Table Talks - Kimbal Musk on food, farming and China",
'''Host: Kimbal, you just spent two weeks in China. What struck you?
Kimbal Musk: The speed. In Shanghai I saw vertical farms that were built in six months. In the US that would take three years of permits.
Host: Your brother has said similar things about Chinese factories.
Kimbal Musk: Elon and I talk about it all the time. I think the Chinese approach to food technology is years ahead of ours, and we need to learn from it rather than pretend it isn't happening.
Host: Would you open a restaurant in China?
Kimbal Musk: Maybe in Shanghai one day. The food culture there is incredible.''',
[],
"namesake: Kimbal Musk labelled turns about China; host paraphrasing Elon ('Your brother has said similar things') not gold")
