from common import T, doc, make_vtt

DOCS = []
A = DOCS.append

# ---------------- PODCAST LABELLED ----------------
A(doc("podcast_labelled", "label",
"Episode 512: Elon Musk on manufacturing, Mars and the future of work",
T("""
Host: Welcome back to the show. My guest today is Elon Musk. Elon, thanks for coming on again.
Elon Musk: Thanks for having me. Always fun.
Host: Let's start with manufacturing. You've built factories on three continents. Which one taught you the most?
Elon Musk: Honestly, Shanghai. The speed in China is just on another level. In Shanghai we went from a muddy field to producing cars in under a year, and that would be impossible almost anywhere else.
Host: Why is that?
Elon Musk: Part of it is the supply chain. Everything you need is within a two-hour drive. Part of it is the people. There's a tremendous work ethic there, and a lot of very talented engineers.
Host: Does that worry you, competitively?
Elon Musk: Sure. The toughest competitors for Tesla will be Chinese companies, not legacy automakers in Detroit or Germany. I've been saying that for years.
Host: Let's talk about Mars. Where are you on the timeline?
Elon Musk: We've got a shot at sending uncrewed Starships in the next window. If those land safely, then crewed missions maybe two years after that.
Host: And what keeps you up at night?
Elon Musk: AI safety, probably. And birth rates. Civilization needs more humans, not fewer.
Host: Elon Musk, thanks so much.
Elon Musk: Thank you.
"""),
["Honestly, Shanghai. The speed in China is just on another level.",
 "In Shanghai we went from a muddy field to producing cars in under a year, and that would be impossible almost anywhere else.",
 "Part of it is the supply chain. Everything you need is within a two-hour drive. Part of it is the people. There's a tremendous work ethic there, and a lot of very talented engineers.",
 "The toughest competitors for Tesla will be Chinese companies, not legacy automakers in Detroit or Germany. I've been saying that for years."],
"labelled podcast; answers whose topic comes from his previous turn ('there' = China); Mars/AI/birth-rate turns not gold; host questions not gold"))

A(doc("podcast_labelled", "label",
"The Growing Table, episode 88: Kimbal Musk on food in China",
T("""
Host: Kimbal, you just got back from three weeks in China. What surprised you?
Kimbal Musk: The scale. In Shandong I saw greenhouses that go on for kilometres, and they're run with incredible precision.
Host: Better than what we have in the U.S.?
Kimbal Musk: In some ways, yes. China has invested in agricultural tech for twenty years. We should learn from them.
Host: Does your brother ever ask you about China?
Kimbal Musk: Elon asks me about everything. But we mostly talk about family stuff, honestly.
Host: Fair enough. Thanks for coming on.
"""),
[],
"labelled podcast with Kimbal Musk (brother) as speaker about China; not the watched speaker"))

A(doc("podcast_labelled", "label",
"The Cap Table, episode 301: tariffs, chips and robots with Elon",
T("""
Nikhil Varma: Let's get into it. Chinese carmakers just posted another record month. BYD alone did half a million units.
Elon: They're relentless. Frankly, they out-work everyone, and we should copy their supply chain discipline.
Owen Brandt: Should Washington keep the tariffs?
Elon: I've said I'm generally against tariffs. But I understand why people want them, because the Chinese government subsidizes a lot of these companies.
Tessa Calloway: Okay, switching gears. Grok 5. When?
Elon: End of the year, hopefully. It's training now on the big cluster in Memphis.
Nikhil Varma: And the robots?
Elon: Optimus is the biggest product ever. I'm pretty sure about that.
"""),
["They're relentless. Frankly, they out-work everyone, and we should copy their supply chain discipline.",
 "I've said I'm generally against tariffs. But I understand why people want them, because the Chinese government subsidizes a lot of these companies."],
"pronoun 'They' refers back to Chinese carmakers named in the host's turn; speaker label 'Elon'; Grok/Optimus turns not gold"))

A(doc("podcast_labelled", "label",
"Starbase Sessions: Elon Musk on the road to orbit",
T("""
Host: There's a lot of chatter about China's reusable rockets. LandSpace, Space Pioneer, the Long March 12 variants. Chinese state media says they'll catch up within five years.
Elon Musk: I'd rather talk about our roadmap. The goal for Starship is full and rapid reusability, like an airplane.
Host: How close are you?
Elon Musk: The booster is basically there. The ship is harder. The heat shield is the hardest problem.
Host: What's NASA's role in all this?
Elon Musk: They've been great partners. They took a risk on us early on, and I'll always be grateful.
Host: And the FAA?
Elon Musk: They're better than they used to be. Still too slow.
"""),
[],
"host discusses Chinese rockets; his turns are about Starship; 'They' refers to NASA and the FAA, not China"))

A(doc("podcast_labelled", "label",
"Free Speech Hour: Elon Musk on TikTok, X and the open internet",
T("""
Host: Elon, the TikTok divestment fight. Where do you land?
Elon Musk: Look, I don't love the idea of banning apps. But TikTok is owned by ByteDance, and ByteDance ultimately answers to the Chinese government, so I understand the concern.
Host: Would you buy TikTok?
Elon Musk: I haven't made a bid, and I don't have plans to.
Host: Is X available in China?
Elon Musk: No, X is blocked in China, while Chinese apps operate freely in America. That asymmetry is a bit odd, to be honest.
Host: Anything you'd change about X's moderation?
Elon Musk: Community Notes is the best thing we've built. I'd expand it to video.
"""),
["But TikTok is owned by ByteDance, and ByteDance ultimately answers to the Chinese government, so I understand the concern.",
 "No, X is blocked in China, while Chinese apps operate freely in America. That asymmetry is a bit odd, to be honest."],
"TikTok/ByteDance and Chinese government; 'I don't love the idea of banning apps' and bid answer not gold; Community Notes turn not gold"))

A(doc("podcast_labelled", "label",
"The Grid Podcast: Elon Musk on American energy",
T("""
Host: Everyone compares the U.S. grid with China's. China added more solar last year than the U.S. has in total. Does that keep you up at night?
Elon Musk: My focus is on what America needs to do. We need to build a lot more power plants, and we need to make it much easier to get permits.
Host: What about nuclear?
Elon Musk: Nuclear is great. It's safe, and we should build far more of it. The regulatory burden in the U.S. is insane.
Host: And batteries?
Elon Musk: Megapacks paired with solar is the fastest way to add capacity here. You can deploy them in months.
Host: Thanks, Elon.
"""),
[],
"host's question is about China's grid; his answers are about US energy policy (not gold)"))

A(doc("podcast_labelled", "label",
"Deep Dive with Mara Lindholm, episode 140: Elon Musk",
T("""
Mara Lindholm: I want to ask about Taiwan. A lot of your supply chain, and everyone's, runs through TSMC.
Elon Musk: Yes. If there's a conflict over Taiwan, the whole world's chip supply is in serious trouble. It's not just Tesla, it's everyone.
Mara Lindholm: How likely do you think a conflict is?
Elon Musk: I hope it doesn't happen. I think Beijing would prefer a peaceful resolution, and so would most people in Taiwan. But you have to plan for the worst case.
Mara Lindholm: Are you planning for it?
Elon Musk: We're building more chip capacity in the U.S. with Samsung in Texas. That helps, but it takes years.
Mara Lindholm: Switching topics, your kids. How many now?
Elon Musk: I'll leave that to the tabloids.
"""),
["If there's a conflict over Taiwan, the whole world's chip supply is in serious trouble. It's not just Tesla, it's everyone.",
 "I think Beijing would prefer a peaceful resolution, and so would most people in Taiwan. But you have to plan for the worst case."],
"Taiwan in relation to Beijing; conditional claim; Samsung Texas and family turns not gold"))

# ---------------- PODCAST UNLABELLED ----------------
A(doc("podcast_unlabelled", "unlabeled",
"",
T("""
Welcome back to Long Form. I'm here with Elon Musk, who has somehow found three hours for us. Elon, let's start with something simple. What do you make of China's EV industry right now?

I think it's incredibly competitive. The Chinese car companies are the most competitive in the world, and they have the most efficient supply chain. People in the West underestimate them. That's a mistake.

Is there anything Tesla can learn from them?

Oh, a lot. Speed, mostly. In China a supplier will retool a line over a weekend. In the U.S. that takes months and a lot of meetings.

Let's talk about Neuralink. How many patients now?

We have about a dozen people with implants. The goal is thousands next year. The early results are really promising, especially for people with paralysis.

And Mars?

The next Earth-Mars window is the target. It'll be tight.

Alright. Thanks, Elon.
"""),
["I think it's incredibly competitive. The Chinese car companies are the most competitive in the world, and they have the most efficient supply chain. People in the West underestimate them. That's a mistake.",
 "Speed, mostly. In China a supplier will retool a line over a weekend. In the U.S. that takes months and a lot of meetings."],
"unlabelled transcript (guest inferred from content); Neuralink and Mars answers not gold; host questions not gold",
guests=["Elon Musk"]))

A(doc("podcast_unlabelled", "unlabeled",
"",
T("""
This is The Frontier, and my guest is Elon Musk. Before we start, a bit of context for listeners: China's government announced this week that it would spend more than a trillion yuan on AI and robotics over five years. Beijing clearly wants to lead. Elon, what are you working on that excites you most?

Honestly, the thing that excites me most is making life multiplanetary. If we can get a self-sustaining city on Mars, civilization has a backup.

Do you worry about AI?

Yes. I think AI is the biggest risk to humanity in the near term. We need to make sure it's truth-seeking and curious, not trained to lie.

And Starlink?

Starlink is growing like crazy. We'll have over ten thousand satellites soon.
"""),
[],
"unlabelled; host's own remarks about China and Beijing's AI spending; guest's answers about Mars, AI risk, Starlink (not gold)",
guests=["Elon Musk"]))

A(doc("podcast_unlabelled", "unlabeled",
"",
T("""
Welcome to Capital Frontiers. Today we have two guests: Elon Musk, and the economist Dr. Renata Ilves, who studies industrial policy. Elon, you first. The tariff debate. Where are you?

I think tariffs are a blunt instrument. If you put huge tariffs on Chinese goods, American consumers pay more, and Chinese companies just build factories in Mexico or Hungary. It doesn't really solve the problem.

Renata, do you agree?

Partly. My research shows that Beijing's subsidies to its carmakers were enormous, on the order of two hundred billion dollars over fifteen years. So I understand why Washington wants some protection. But I also think Elon is right that the factories simply move.

Elon, anything to add?

Just that the Chinese are extremely good at manufacturing, and that's not going to change because of a tariff. We have to get better, not just build walls.
"""),
["If you put huge tariffs on Chinese goods, American consumers pay more, and Chinese companies just build factories in Mexico or Hungary. It doesn't really solve the problem.",
 "Just that the Chinese are extremely good at manufacturing, and that's not going to change because of a tariff. We have to get better, not just build walls."],
"unlabelled with two guests; the economist's China remarks (and her paraphrase of him) are not his; tariffs on Chinese goods",
guests=["Elon Musk", "Renata Ilves"]))

A(doc("podcast_unlabelled", "unlabeled",
"",
T("""
Welcome to Table Talk. I'm joined by Kimbal Musk, who has just come back from a long trip through China. Kimbal, what did you see?

I saw the future of farming, honestly. China has vertical farms that produce lettuce at a fraction of our cost, and the logistics are unbelievable. Chinese engineers are solving problems we haven't even started on.

Did you talk to your brother about it?

I sent Elon a few videos. He's busy, as you can imagine.

What's next for you?

More restaurants, more school gardens. And maybe a partnership in Shanghai.
"""),
[],
"unlabelled transcript whose guest is Kimbal Musk (brother) speaking about China; not the watched speaker",
guests=["Kimbal Musk"]))

A(doc("podcast_unlabelled", "unlabeled",
"",
T("""
You're listening to Build Mode. Elon Musk is with me today. Elon, earlier this year you toured a factory run by CATL. What struck you?

The automation was impressive. They've automated cell production to a degree that I think nobody in the West has matched. Frankly, they out-work everyone, and we should copy their approach to yield.

Are you worried about depending on them?

A little. It's good to have a second source. That's why we're doing our own cells. But they've been a reliable supplier.

Let's do a lightning round. Favourite book?

The Foundation series.

Favourite movie?

Probably The Hitchhiker's Guide. The book is better, though.
"""),
["The automation was impressive. They've automated cell production to a degree that I think nobody in the West has matched. Frankly, they out-work everyone, and we should copy their approach to yield.",
 "But they've been a reliable supplier."],
"unlabelled; 'They'/'they' refer back to CATL named in the host's question; lightning-round answers not gold",
guests=["Elon Musk"]))

A(doc("podcast_unlabelled", "unlabeled",
"",
T("""
This is Geopolitics Now. I'm joined by Elon Musk and by Professor Adrian Koh, a China specialist at the National University of Singapore. Adrian, let me start with you. How does Beijing see Elon?

Beijing sees him as useful. As someone who has studied Chinese industrial policy for twenty years, I can tell you that the leadership values foreign investors who bring technology and jobs. Musk is the best example of that. He has, in their eyes, delivered.

Elon, your reaction?

I'll let him do the geopolitics. I'm an engineer. What I can talk about is rockets. Starship will be the first fully reusable orbital rocket, and that changes the economics of space entirely.

And what about the Moon?

We'll land on the Moon with Starship for NASA. The date depends on a lot of things, but I'm optimistic.
"""),
[],
"unlabelled with two guests; the China specialist's analysis of him is not his statement; his turns are about rockets and the Moon",
guests=["Elon Musk", "Adrian Koh"]))

A(doc("podcast_unlabelled", "unlabeled",
"",
T("""
Welcome back to Ground Truth. My guest is Elon Musk. Elon, in 2015 you were asked in an interview about BYD, and you laughed. Do you regret that?

Yeah, I mean, that was a long time ago. Their cars were not great back then. But they're very competitive today, so I was wrong to laugh. I'll admit that.

Why did they get so good?

Why do you think? Because they work incredibly hard and they have the backing of the whole Chinese supply chain. Is anyone surprised by that?

Okay, last question. When is the next Tesla product event?

Sometime in the fall. We'll have some cool stuff to show.
"""),
["Their cars were not great back then. But they're very competitive today, so I was wrong to laugh. I'll admit that.",
 "Because they work incredibly hard and they have the backing of the whole Chinese supply chain. Is anyone surprised by that?"],
"unlabelled; pronoun 'they' refers back to BYD named by host; rhetorical questions; product-event answer not gold; host recalls his past reaction (not gold)",
guests=["Elon Musk"]))

# ---------------- VTT ----------------
A(doc("vtt", "vtt", "Elon Musk interview at the Shanghai auto forum (captions)", "",
["China is the world's largest car market and it's going to stay that way.",
 "Our Shanghai factory is our best factory. I say that to the other teams all the time.",
 "The Chinese carmakers are going to be very tough competitors globally."],
"vtt captions; answers about Starship not gold",
vtt=make_vtt([
 ("Interviewer", "Elon, thank you for joining us here in Shanghai."),
 ("Elon Musk", "Thanks for having me. It's great to be back."),
 ("Interviewer", "How important is China for Tesla today?"),
 ("Elon Musk", "China is the world's largest car market and it's going to stay that way."),
 ("Elon Musk", "Our Shanghai factory is our best factory. I say that to the other teams all the time."),
 ("Interviewer", "And the competition?"),
 ("Elon Musk", "The Chinese carmakers are going to be very tough competitors globally."),
 ("Interviewer", "A quick one on SpaceX. When is the next Starship flight?"),
 ("Elon Musk", "Probably in about six weeks. We'll see how the data looks."),
])))

A(doc("vtt", "vtt", "SpaceX update livestream (captions)", "", [],
"vtt; host talks about China's launches; Musk's cues are about Starship and Mars",
vtt=make_vtt([
 ("Host", "Welcome to the livestream. China launched a record number of rockets this year."),
 ("Host", "Chinese companies are clearly racing to build reusable boosters."),
 ("Elon Musk", "Our focus today is Starship. This ship has a new heat shield design."),
 ("Elon Musk", "If all goes well, we'll attempt a ship catch on the next flight."),
 ("Host", "And Mars?"),
 ("Elon Musk", "We're aiming for the next window. It's ambitious but possible."),
])))

A(doc("vtt", "vtt", "Town hall at Giga Berlin (captions)", "",
["Chinese carmakers are the toughest competitors we have.",
 "Frankly, they out-work everyone, and we should copy their supply chain.",
 "The Shanghai team ramped Model Y faster than any team in our history."],
"vtt; pronoun 'they' in a separate cue refers back to Chinese carmakers in the previous cue; Optimus date cue not gold",
vtt=make_vtt([
 ("Employee", "Elon, who should we be most worried about?"),
 ("Elon Musk", "Chinese carmakers are the toughest competitors we have."),
 ("Elon Musk", "Frankly, they out-work everyone, and we should copy their supply chain."),
 ("Elon Musk", "The Shanghai team ramped Model Y faster than any team in our history."),
 ("Employee", "When will Optimus come to Berlin?"),
 ("Elon Musk", "Maybe late next year. Fremont first."),
])))

A(doc("vtt", "vtt", "Maye Musk at the Shanghai book festival (captions)", "", [],
"vtt; speaker is Maye Musk (his mother), not the watched speaker",
vtt=make_vtt([
 ("Moderator", "Please welcome Maye Musk."),
 ("Maye Musk", "Thank you. I love coming to China. The people are so kind."),
 ("Maye Musk", "Chinese women are so ambitious, it inspires me every time."),
 ("Moderator", "Does your son Elon visit China as often as you?"),
 ("Maye Musk", "Not as often. He is very busy with his companies."),
])))

A(doc("vtt", "vtt", "Panel: The future of trade (captions)", "",
["Tariffs on Chinese batteries mostly raise prices for Americans.",
 "China has spent twenty years building that supply chain. You can't tariff your way past that."],
"vtt multi-speaker panel; other panellists' China remarks not gold; tariffs",
vtt=make_vtt([
 ("Moderator", "Let's start with batteries. Elon, what's your view on the new tariffs?"),
 ("Elon Musk", "Tariffs on Chinese batteries mostly raise prices for Americans."),
 ("Elon Musk", "China has spent twenty years building that supply chain. You can't tariff your way past that."),
 ("Gwen Hollis", "I'd disagree. China's overcapacity is a real threat to our industry."),
 ("Moderator", "Elon, a final word?"),
 ("Elon Musk", "Just that we need to build more factories here. That's the answer."),
])))

A(doc("vtt", "vtt", "Fireside chat in Brussels (captions)", "", [],
"vtt; moderator mentions EU tariffs on Chinese EVs; Musk's 'they' refers to European regulators (not gold)",
vtt=make_vtt([
 ("Moderator", "The EU has put tariffs on Chinese EVs and fined X. Let's start with the fine."),
 ("Elon Musk", "They want to control what people can say online. That's the real issue."),
 ("Elon Musk", "They have more lawyers than engineers in Brussels."),
 ("Moderator", "Will X stay in Europe?"),
 ("Elon Musk", "Yes, unless they make it impossible."),
])))

A(doc("vtt", "vtt", "Tesla product event Q&A (captions)", "",
["Giga Shanghai will build the new model for all of Asia.",
 "Our Chinese suppliers have been amazing on this program."],
"vtt; product date cue not gold; Shanghai plant and Chinese suppliers gold",
vtt=make_vtt([
 ("Reporter", "When does the new model go on sale?"),
 ("Elon Musk", "Deliveries start in the first quarter of next year."),
 ("Reporter", "Where will it be built?"),
 ("Elon Musk", "Giga Shanghai will build the new model for all of Asia."),
 ("Elon Musk", "Our Chinese suppliers have been amazing on this program."),
 ("Reporter", "Any price?"),
 ("Elon Musk", "Under thirty thousand dollars in the U.S."),
])))
