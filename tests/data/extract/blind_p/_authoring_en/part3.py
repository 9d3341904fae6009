from common import doc, paras, label

DOCS = []
A = DOCS.append

# ---------------- X ROUNDUP ----------------
A(doc("x_roundup",
 "Musk's weekend on X: solar, Starship and a jab at legacy auto",
 paras([
 '''Elon Musk posted more than 300 times between Friday night and Sunday. Here are the posts that got the most attention.''',
 '''On energy: Responding to a chart showing that China installed more solar capacity last year than the United States has in its entire history, Musk wrote: "[[China's solar build-out is staggering. Nobody else is even close]]."''',
 '''On Starship: "Flight 10 hardware looking good. Static fire next week."''',
 '''On Washington: He reposted a clip about federal spending with the comment "The deficit is the real threat."''',
 '''On cars: His most-viewed post of the weekend, at 48 million views, was a reply to a Tesla-focused account:''',
 '''Elon Musk (@elonmusk): @SawyerMerritt [[Chinese carmakers are the most competitive in the world]]. [[Tariffs on them won't save legacy auto]]. https://x.com/elonmusk/status/1843215500918272117''',
 '''The reply drew a rebuke from a Michigan congressman, who wrote that Musk "should pick a side."''',
 ]),
 "X roundup mixing topics; verbatim post with @handle and URL (gold excludes handle and URL); 'them' = Chinese carmakers"))

A(doc("x_roundup",
 "X roundup: Musk spars with critics over Starship and federal spending",
 paras([
 '''It was a busy week on Elon Musk's timeline.''',
 '''Monday: After Starship's upper stage broke apart over the Caribbean, Musk wrote: "Lots of good data. Next flight in about six weeks."''',
 '''Wednesday: An account called @ChinaEVWatch posted a chart showing BYD outselling Tesla for a fourth straight quarter and tagged Musk. He did not respond to that post.''',
 '''Thursday: Replying to a thread about wasteful government contracts, Musk wrote simply: "Exactly."''',
 '''Friday: "Grok 5 training is going well," he posted, without giving a date.''',
 ]),
 "others post about China and tag him; his own posts are about Starship, spending and Grok - no gold"))

A(doc("x_roundup",
 "Musk on BYD: '[[Underestimate them at your peril]]'",
 paras([
 '''When an X user shared a clip of a YouTube reviewer mocking the interior of a BYD Seal, Elon Musk was not amused.''',
 '''"[[They are very good]]. Underestimate them at your peril," he replied on Saturday.''',
 '''It was not the first time the Tesla CEO has defended his biggest Chinese rival online. The post was viewed more than 20 million times.''',
 '''In other posts over the weekend, Musk promoted a Neuralink demonstration and argued with a former NASA official about lunar landers.''',
 ]),
 "headline carries his claim; 'They'/'them' refer to BYD - gold; the reporter's 'has defended' is description"))

A(doc("x_roundup",
 "Musk roundup: Artemis delays, China's moon samples and a Cybertruck update",
 paras([
 '''China's Chang'e-7 spacecraft returned samples from the lunar south pole region on Tuesday, state media reported, a milestone for Beijing's space programme.''',
 '''Musk did not comment on the Chinese mission. He did, however, weigh in on NASA's latest Artemis delay, quote-posting a news story about the slip: "NASA has great people. They need to cut the paperwork by 90%. Seriously."''',
 '''Later in the week he posted a photo of a Cybertruck fitted with a new lightbar, writing: "Shipping in the next software update."''',
 ]),
 "'They' refers to NASA, not to China in the preceding paragraph - no gold"))

A(doc("x_roundup",
 "Musk mocks skeptics of Chinese humanoid robots",
 paras([
 '''A viral thread arguing that Chinese humanoid-robot start-ups were "all demo, no product" drew a response from Elon Musk on Thursday.''',
 '''"[[Sure, Chinese humanoid robot companies are definitely not going to be competitive 🙄]]," he wrote.''',
 '''In a follow-up post he wrote that [[Tesla's biggest competitors in robotics would "probably all be from China"]].''',
 '''He also used the thread to promote Optimus: "Optimus V3 unveil later this year. It will blow people's minds."''',
 ]),
 "sarcasm about China is still a statement about China - gold; Optimus promo not gold; headline only describes"))

A(doc("x_roundup",
 "Chinese netizens cheer, jeer as Musk's Starship booster is caught again",
 paras([
 '''SpaceX's latest Starship test was one of the most discussed topics on Weibo on Monday, with the hashtag on the booster catch viewed more than 300 million times.''',
 '''"This is what real engineering looks like," wrote one Weibo user in Chengdu. Another replied: "Our Long March teams will do this within three years."''',
 '''Musk's own post after the flight was brief: "Mechazilla caught the booster!! Incredible work by the team."''',
 '''A commentator for a Beijing space-news account said China's commercial rocket firms were "two to three years behind" SpaceX.''',
 ]),
 "Chinese reactions roundup; his only post is about the booster catch - no gold"))

A(doc("x_roundup",
 "Musk reacts to Beijing's graphite export curbs",
 paras([
 '''China's commerce ministry on Friday announced that exports of high-purity synthetic graphite would require special licences from next month.''',
 '''Musk, replying to a post on X that summarised the new rules, wrote: "[[This is a big deal for the battery industry]]. [[Few people realise how much of the world's graphite is processed in China]]."''',
 '''Later that evening he posted a video of a Falcon 9 landing with the caption "Never gets old."''',
 ]),
 "'This' refers to China's export curbs - gold; Falcon 9 caption not gold"))

# ---------------- EARNINGS CALL ----------------
A(doc("earnings_call",
 "Tesla (TSLA) Q3 2025 Earnings Call Transcript",
 paras([
 '''Prepared Remarks:''',
 '''Jordan Reyes -- Head of Investor Relations''',
 '''Good afternoon, everyone, and welcome to Tesla's third-quarter 2025 Q&A webcast. Joining me today are Elon Musk and our CFO, Ravi Menon.''',
 '''Elon Musk -- Chief Executive Officer''',
 '''Thanks, Jordan. So it was a record quarter for deliveries and a record for energy storage. FSD version 14 is rolling out now and the feedback is excellent. [[In China, the market is extremely competitive]], and [[I'd say the Chinese carmakers are the most aggressive on pricing we've ever seen]]. [[Shanghai had a great quarter though, with record exports to Asia-Pacific]]. On Optimus, we're on track to start pilot production at Fremont early next year.''',
 '''Questions & Answers:''',
 '''Operator''',
 '''Our first question comes from Priya Natarajan with Halvorsen Securities.''',
 '''Priya Natarajan -- Analyst''',
 '''Thanks. How are you thinking about the China price war into next year?''',
 '''Elon Musk -- Chief Executive Officer''',
 '''[[Look, they're going to keep cutting prices. Our job is to keep cutting costs faster than they cut prices]]. Ravi, do you want to add anything?''',
 '''Ravi Menon -- Chief Financial Officer''',
 '''Sure. We took about $1,200 of cost out of every Model Y built in Shanghai this quarter.''',
 ]),
 "earnings-call transcript with 'Elon Musk -- Chief Executive Officer' headers; only the China sentences of his paragraphs; 'they' = Chinese carmakers in the question; CFO not gold"))

A(doc("earnings_call",
 "Tesla (TSLA) Q1 2025 Earnings Call Transcript",
 paras([
 '''Elon Musk -- Chief Executive Officer''',
 '''Thank you. The most important thing this quarter is autonomy. Cybercab production starts at Giga Texas next year, and the cost per mile will be lower than a bus ticket. Optimus is improving every week.''',
 '''Operator''',
 '''The next question is from Marcus Bell with Redfern Capital.''',
 '''Marcus Bell -- Analyst''',
 '''Could you give us some colour on China? Market share there has dropped for several quarters.''',
 '''Ravi Menon -- Chief Financial Officer''',
 '''Sure. China remains very competitive. Our Shanghai factory is running well, and we saw a strong response to the refreshed Model Y in March.''',
 '''Elon Musk -- Chief Executive Officer''',
 '''And just to add on Optimus: we expect thousands of units in our own factories by the end of next year.''',
 ]),
 "China question answered by the CFO; Musk's turns are about Cybercab and Optimus - no gold"))

A(doc("earnings_call",
 "Tesla Q4 2024 earnings call - excerpt",
 label([
 ("Operator", "Next question comes from the retail shareholder platform. The question is: how worried should we be about Xiaomi and BYD?"),
 ("Elon Musk", "[[I'd take them very seriously. Xiaomi did an amazing job with the SU7, and BYD is a manufacturing machine]]."),
 ("Elon Musk", "[[Frankly, they out-work everyone, and we should copy more of their supply chain practices]]."),
 ("Elon Musk", "Separately, on autonomy: we'll have unsupervised FSD in Austin by June."),
 ("Operator", "Thank you. Next question."),
 ]),
 "label transcript; 'them'/'they'/'their' refer to Xiaomi and BYD - gold; FSD date sentence not gold",
 kind="label"))

A(doc("earnings_call",
 "Tesla energy segment Q&A - transcript excerpt",
 label([
 ("Analyst (Hannah Ortiz, Calder Partners)", "Given competition from Chinese storage makers, how do you see Megapack pricing?"),
 ("Elon Musk", "Demand in the US is really coming from utilities. They are finally realising they need storage to handle peak load, and they're placing orders two years out."),
 ("Elon Musk", "Our Lathrop factory is sold out through next year."),
 ("Analyst (Hannah Ortiz, Calder Partners)", "And the tariffs on imported cells?"),
 ("Vaibhav Rao", "We've qualified alternative suppliers and expect a limited margin impact."),
 ]),
 "analyst asks about Chinese storage makers and tariffs; Musk's 'They' = US utilities; tariff answer is by another executive - no gold",
 kind="label"))

A(doc("earnings_call",
 "Musk tells analysts [[Chinese rivals are 'very, very good']] as Tesla margins slip",
 paras([
 '''Tesla CEO Elon Musk used Wednesday's earnings call to deliver one of his starkest warnings yet about competition from China.''',
 '''"[[When people tell me, 'Chinese cars are cheap copies,' I tell them to go drive one]]," Musk told analysts. "[[They're very, very good now]]."''',
 '''He said [[the price war in the world's second-largest economy would probably last at least another year]], and that [[Tesla would not chase market share there at the expense of profit]].''',
 '''On the same call, Musk repeated that a cheaper Tesla model would begin production in the first half of next year, and said the company's Dojo supercomputer project had been "streamlined."''',
 '''Automotive gross margin fell to 14.9%, below analysts' estimates.''',
 ]),
 "earnings-call write-up; nested quote inside his quote; 'the world's second-largest economy' and 'there' mean China; product date and Dojo not gold; headline claim gold"))

A(doc("earnings_call",
 "Tesla shares rise after call; Musk focuses on AI compute",
 paras([
 '''Tesla shares rose 4% in extended trading after the company's quarterly call, during which Elon Musk spent most of his time on artificial intelligence.''',
 '''"We will have more than 100,000 H100-equivalents of training compute online by the end of the quarter," Musk said. "Nobody will have more compute for self-driving."''',
 '''The company's finance chief said deliveries from Shanghai had risen 8% sequentially and that China remained "a very important market." Musk did not add to those comments.''',
 '''Analysts pressed for details on the cheaper model. Musk said it would be announced "when it's ready."''',
 ]),
 "earnings write-up; China only in CFO remarks; Musk's claims are about compute and a product - no gold"))

# ---------------- PODCAST LABELLED ----------------
A(doc("podcast_labelled",
 "The Long Horizon #212 - Elon Musk",
 label([
 ("Sam Okafor", "Welcome back to The Long Horizon. My guest today is Elon Musk. Elon, thanks for coming on."),
 ("Elon Musk", "Thanks for having me."),
 ("Sam Okafor", "Let's start with China. You've been there many times. What do people get wrong?"),
 ("Elon Musk", "[[I think people in the US don't understand how capable China is]]. [[The sheer scale of manufacturing there is hard to grasp unless you see it. Like, you go to the Shenzhen area and there's an entire electronics supply chain within an hour's drive]]."),
 ("Sam Okafor", "And AI. Where are we?"),
 ("Elon Musk", "AI is improving at something like ten times a year in capability. It's the fastest-moving technology I've ever seen."),
 ("Sam Okafor", "Is there a real risk that China wins the AI race?"),
 ("Elon Musk", "[[It's a real possibility]]. [[China has the power generation to run enormous data centres, and electricity is the main constraint right now]]."),
 ("Sam Okafor", "Last one. Mars timeline?"),
 ("Elon Musk", "I'd say first uncrewed landing in the next few years, crewed a couple of windows after that."),
 ]),
 "labelled podcast: only his China sentences gold ('there', 'It' refer to China/China winning); AI-speed and Mars turns not gold",
 kind="label"))

A(doc("podcast_labelled",
 "Open Table Pod, Ep. 301: Elon Musk joins the besties",
 label([
 ("Dev Kapoor", "Okay, I want to talk about China, because I think it's the story of the year. They're building a new nuclear plant every couple of months."),
 ("Rachel Tam", "And their EV makers are crushing it in Southeast Asia. It's not even close."),
 ("Marc Lindqvist", "Elon, you've been quiet. Thoughts?"),
 ("Elon Musk", "Let me take this in a different direction. The federal government spends about seven trillion dollars a year and nobody can tell you where a big chunk of it goes."),
 ("Elon Musk", "If we don't fix that, the country goes bankrupt. It's that simple."),
 ("Dev Kapoor", "Fair, but China-"),
 ("Elon Musk", "Also, Starship flies again next month, so that's exciting."),
 ]),
 "hosts make China claims; Musk changes subject to US spending and Starship - no gold",
 kind="label"))

A(doc("podcast_labelled",
 "Battery Talk with Ines Moreau - episode 54",
 label([
 ("Ines Moreau", "CATL just announced a sodium-ion cell that it says will be in cars by the end of the year. What do you make of them?"),
 ("Elon Musk", "[[They're very impressive]]. [[CATL is probably the best battery company in the world right now, honestly]]."),
 ("Ines Moreau", "Better than Panasonic?"),
 ("Elon Musk", "[[On cost, yes]]. Anyway, on our side we're making a lot of progress with the dry cathode process in Texas."),
 ("Ines Moreau", "When does that reach volume?"),
 ("Elon Musk", "Later this year, hopefully."),
 ]),
 "pronoun 'They' and the short answer 'On cost, yes' refer to CATL - gold; dry-cathode remarks not gold",
 kind="label"))

A(doc("podcast_labelled",
 "Kitchen Table Talks: Kimbal Musk on food, farming and China",
 label([
 ("Host (Leah Brandt)", "Kimbal, you just got back from a month in China. What surprised you?"),
 ("Kimbal Musk", "The vertical farms. Outside Chengdu there's a facility growing lettuce on thirty floors. China is way ahead of us on indoor agriculture."),
 ("Host (Leah Brandt)", "Does your brother share your enthusiasm?"),
 ("Kimbal Musk", "You'd have to ask him. We mostly argue about rockets and restaurants."),
 ("Host (Leah Brandt)", "Fair enough."),
 ]),
 "Kimbal Musk speaks about China; Elon not present - no gold",
 kind="label"))

A(doc("podcast_labelled",
 "Frontier Conversations - Elon Musk on geopolitics",
 label([
 ("Host", "A lot of listeners asked about Taiwan. What's your view?"),
 ("Elon Musk", "[[My view is that Beijing and Taipei should find some arrangement that avoids war, because a war would be horrible for everyone]]."),
 ("Elon Musk", "[[Does anyone seriously think a war over Taiwan helps anyone? I don't think so]]."),
 ("Host", "Should American companies be preparing for it anyway?"),
 ("Elon Musk", "[[Prudent companies should have a plan B for anything made in Taiwan, yes, in case Beijing ever blockades the island]]."),
 ("Host", "Changing topics - Neuralink. How many patients now?"),
 ("Elon Musk", "Twelve, and they're all doing well."),
 ]),
 "Taiwan/China statements including a rhetorical question - gold; Neuralink answer ('they' = patients) not gold",
 kind="label"))

A(doc("podcast_labelled",
 "The Build Podcast: Elon Musk, live from Starbase",
 label([
 ("Host", "An analyst wrote last week that you 'treat China as a customer, not a country.' Is that fair?"),
 ("Elon Musk", "I haven't read it. Look, I spend most of my time on engineering problems."),
 ("Elon Musk", "Right now it's the Raptor 3 engine. We took out about a third of the parts and it's more powerful."),
 ("Host", "How close is it to flying?"),
 ("Elon Musk", "A few months."),
 ]),
 "host reads an analyst's critical line about Musk and China; his replies are about engines - no gold",
 kind="label"))

# ---------------- PODCAST UNLABELLED ----------------
A(doc("podcast_unlabelled",
 "Signal & Noise, Ep. 88: Elon Musk",
 paras([
 '''Welcome to Signal and Noise. I'm here at Giga Texas with Elon Musk. Elon, thanks for coming.''',
 '''Thanks for having me.''',
 '''So, China. You were in Shanghai last month. What struck you?''',
 '''[[Just how fast everything is moving. Every time I go back there are new buildings, new companies, new cars]]. [[The pace in China right now is unlike anywhere else]].''',
 '''Do you think Tesla can hold its market share there?''',
 '''[[It's going to be very tough. The local brands are extremely good and they iterate incredibly fast]].''',
 '''Let's talk about Neuralink for a minute.''',
 '''Sure. The next version of the implant has four times as many electrodes, and we think it will let people control a robotic arm with real precision.''',
 ]),
 "unlabelled transcript (guest: Elon Musk); answers after China questions gold ('there', 'The local brands' = China); Neuralink answer not gold",
 kind="unlabeled", guests=["Elon Musk"]))

A(doc("podcast_unlabelled",
 "Deep Orbit podcast - episode 140",
 paras([
 '''This is Deep Orbit. My guest is Elon Musk, who has just come from a Starship launch review.''',
 '''Good to be here.''',
 '''China has landed samples from the far side of the Moon and is planning a crewed landing by 2030. Are you worried they'll beat America?''',
 '''What I think about is Mars. The Moon is a useful stepping stone, but the goal is a self-sustaining city on Mars, and that requires about a million tonnes of cargo.''',
 '''That's a lot of launches.''',
 '''Thousands. Which is why full reusability is the whole game.''',
 ]),
 "host asks about China's space programme; guest answers about Mars and reusability - no gold",
 kind="unlabeled", guests=["Elon Musk"]))

A(doc("podcast_unlabelled",
 "Crossroads Economics Live: EVs, trade and the future of manufacturing",
 paras([
 '''Welcome to Crossroads Economics. I have two guests today: Elon Musk, and the trade economist Priya Raman from the Castlebrook Institute. Priya, let me start with you. Are the new tariffs on Chinese cars going to work?''',
 '''In the short term, they'll protect some jobs. In the long term, I think Chinese producers will simply build factories in Mexico and Hungary and go around them.''',
 '''Elon, same question. Do tariffs on Chinese EVs help Tesla?''',
 '''[[Not really. The Chinese companies are so far down the cost curve that a tariff buys you maybe a couple of years]]. [[I'd rather compete with them directly]].''',
 '''Priya, is he right?''',
 '''Partly. But a couple of years matters a lot if you're a Michigan supplier.''',
 '''Elon, last word?''',
 '''Just that we're hiring engineers in Austin. Lots of them.''',
 ]),
 "unlabelled two-guest transcript; host's cue identifies which guest answers; the economist's China remarks not gold; closing hiring line not gold",
 kind="unlabeled", guests=["Elon Musk", "Priya Raman"]))

A(doc("podcast_unlabelled",
 "The Asia Desk: Is Tesla losing China?",
 paras([
 '''Welcome to The Asia Desk. My guest today is Li Wen, who has covered China's car industry for fifteen years. Li Wen, is Tesla losing China?''',
 '''It is losing share, yes. Five years ago, Elon Musk was treated like a rock star in Shanghai. Today, young buyers see Xiaomi's Lei Jun the same way.''',
 '''Does Musk understand that?''',
 '''I think he understands it better than his critics say. But understanding is not the same as having the right product.''',
 '''What should Tesla do?''',
 '''A cheaper car, built in China, for China. Quickly.''',
 ]),
 "unlabelled transcript whose guest is an analyst talking about Musk - no words of Musk",
 kind="unlabeled", guests=["Li Wen"]))

A(doc("podcast_unlabelled",
 "Power Lines podcast: Elon Musk on solar and storage",
 paras([
 '''Welcome to Power Lines. Elon Musk is with us. Elon, more than 80 percent of the world's solar panels now come from Chinese manufacturers. How did that happen?''',
 '''[[They just executed better. They invested early, they built at enormous scale, and they drove the cost down year after year]].''',
 '''Could the US bring that back?''',
 '''[[Not easily. Their lead in polysilicon alone is something like ten years]]. What the US can do is build a lot more storage and a lot more transmission.''',
 '''So storage is the priority?''',
 '''Storage is the priority. The grid in the US could deliver twice as much energy if we just had enough batteries to buffer it.''',
 ]),
 "unlabelled transcript; 'They'/'Their' = Chinese solar manufacturers - gold; US grid and storage sentences not gold",
 kind="unlabeled", guests=["Elon Musk"]))

A(doc("podcast_unlabelled",
 "Road Test Radio with Elon Musk",
 paras([
 '''This is Road Test Radio. Elon Musk is our guest. Elon, Chinese brands are selling driver-assistance features in Europe that Tesla still can't sell there. What's going on?''',
 '''It's the European regulators. They approve things at a glacial pace. We submitted our supervised FSD package to the Dutch authority more than a year ago and we're still waiting.''',
 '''Is that going to change?''',
 '''I hope so. They've said they'll decide by the end of the year, but they've said that before.''',
 ]),
 "host mentions Chinese brands; guest's 'They' refers to European regulators - no gold",
 kind="unlabeled", guests=["Elon Musk"]))
