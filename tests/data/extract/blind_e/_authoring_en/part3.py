# X roundups, earnings calls, labelled and unlabelled podcasts.
DOCS = []
def add(**k):
    DOCS.append(k)

# ---------------- X ROUNDUPS ----------------
add(genre="x_roundup", kind="article",
title="Elon Musk's week on X: solar, Starship and a swipe at Brussels",
text="""Elon Musk posted more than 600 times on X this week. Here are the posts that moved markets or made headlines.

Monday: Replying to a chart of global solar module production, Musk wrote: "⟦China is way ahead on solar manufacturing. Not even close.⟧"

Tuesday: "Starship Flight 11 in ~3 weeks," he posted, alongside a photo of the booster being stacked.

Thursday: He quote-posted a video of BYD's new charging system: "⟦@TeslaOwnersSV BYD's 5-minute charging is impressive tbh https://x.com/TeslaOwnersSV/status/1905548812003459072⟧"

Friday: Musk criticised the European Commission over its investigation of X. "They are strangling innovation in Europe with endless rules," he wrote.""",
guests=[], hard_case="roundup: China posts gold (one verbatim with @handle and URL); Starship post and 'they' = European Commission not gold")

add(genre="x_roundup", kind="article",
title="What Musk posted this weekend",
text="""The billionaire spent much of Saturday posting about government spending, sharing charts on federal payroll costs and writing that "the deficit is an existential threat to America".

On Sunday he posted a meme about the Roman Empire and a clip of Optimus folding laundry, writing, "Getting better every week."

Chinese state media account @globaltimesnews posted a video tour of Giga Shanghai on Sunday, tagging Musk and calling the plant "a symbol of win-win cooperation". He did not respond.

Several users also tagged him in posts about BYD's latest price cuts, but Musk did not reply to any of them.""",
guests=[], hard_case="roundup where China content comes from other accounts tagging him; his posts are about US spending and Optimus")

add(genre="x_roundup", kind="article",
title="Musk on BYD: 'They are very good'",
text="""Elon Musk offered rare public praise for his biggest rival on Wednesday.

Responding to a post by the account @WallStreetMav that read "BYD sold more EVs than Tesla again last quarter," the Tesla CEO replied: "⟦They are very good, and they work insanely hard⟧."

Minutes later he added in a second reply: "⟦Chinese companies in general are underrated in the West.⟧"

The exchange drew more than 20 million views. BYD did not comment.

Musk also posted several times about a SpaceX Starlink launch from Vandenberg, writing that it was the company's "100th mission this year".""",
guests=[], hard_case="'They' in his reply refers to BYD from the post he answered (gold); headline 'Musk on BYD:' carries his quote; the other user's post and Starlink posts not gold")

add(genre="x_roundup", kind="article",
title="Musk fires back at EU regulators in late-night posting spree",
text="""Chinese regulators this week approved new rules on autonomous driving data, a move Tesla has long sought to allow wider use of its driver-assistance features in China.

But Elon Musk's attention on X was elsewhere. In a string of posts late on Tuesday, he attacked the European Union over its AI Act.

"They have no idea how software actually works," Musk wrote of the Brussels officials drafting the implementing rules. "This will kill AI development in Europe."

He also posted an image of Mars with the caption "Next stop," and replied "Exactly" to a post about U.S. interest rates.""",
guests=[], hard_case="'they' refers to EU officials, not Chinese regulators mentioned in the opening paragraph; Mars post not gold")

add(genre="x_roundup", kind="article",
title="Musk mocks claim that Chinese EVs are cheap only because of subsidies",
text="""Elon Musk took aim on Monday at a widely shared post by a U.S. think-tank fellow arguing that Chinese electric cars were cheap only because of government support.

"⟦Yes, BYD is only cheap because of subsidies. Definitely not because they're relentlessly efficient 🙄⟧" Musk wrote in reply.

In a follow-up, the Tesla CEO wrote that ⟦Chinese factories had automated far more of their production than people in the West realised⟧.

The original post, from think-tank fellow Jon Ford, was later deleted.""",
guests=[], hard_case="sarcasm in his X post (gold, the claim is about China); follow-up paraphrase gold; headline describes his act, not a claim")

add(genre="x_roundup", kind="article",
title="Elon Musk X posts roundup: FSD in Europe, Mars and a jab at Ford",
text="""Tesla's CEO was in a cheerful mood on X on Thursday.

"FSD Supervised now approved in the Netherlands, more EU countries soon," Musk wrote, sharing a clip of a Model Y navigating Amsterdam.

He posted a rendering of a Mars base under the words "Cities on Mars by 2040", and joked that Ford's new EV platform was "a good start, welcome to 2017".

Separately, data released on Thursday showed that Tesla's China retail sales rose 12% in September, helped by the launch of the Model Y L, a longer six-seat version built in Shanghai. Musk did not comment on the figures.""",
guests=[], hard_case="his posts are about FSD in Europe, Mars and Ford; China sales figures are the writer's")

add(genre="x_roundup", kind="article",
title="Musk weighs in on TikTok deal as deadline nears",
text="""With the deadline for a TikTok sale days away, Elon Musk took to X to give his view.

Musk wrote on X that ⟦Beijing would never allow ByteDance to sell TikTok's recommendation algorithm⟧, replying to a post that speculated about a deal with Oracle.

In another post he was more blunt: "⟦The algorithm is considered a Chinese national asset. It's not leaving China.⟧"

He also posted about Grok 5, which he said would be released "before the end of the year", and shared a photo of his son X at a Tesla event.""",
guests=[], hard_case="TikTok/ByteDance posts about Beijing (gold); product-date and family posts not gold; 'Musk wrote on X that' reported speech")

# ---------------- EARNINGS CALLS ----------------
add(genre="earnings_call", kind="label", musk_labels=["Elon Musk:"],
title="Tesla Q4 2024 earnings call transcript (excerpt)",
text="""Travis Axelrod: Our next question comes from Adam Jonas at Morgan Stanley.
Adam Jonas: Thanks. Elon, how worried are you about Chinese competitors entering Europe and Latin America?
Elon Musk: ⟦I've said this before, the Chinese car companies are the most competitive in the world outside of Tesla.⟧ ⟦They'll do very well globally unless there are tariffs.⟧ But our focus is autonomy. Once we have unsupervised FSD, the value of the car changes completely.
Adam Jonas: And any update on FSD approval in China?
Elon Musk: ⟦We're hopeful to get approval in China this year, but it's up to the regulators there.⟧
Vaibhav Taneja: Just to add, deliveries in China were up sequentially and we saw good demand for the new Model Y.
Travis Axelrod: Next question, please.""",
guests=[], hard_case="labelled earnings call: his China sentences gold, his FSD-value sentences not; CFO and analyst lines not gold")

add(genre="earnings_call", kind="label", musk_labels=["Elon Musk:"],
title="Tesla Q2 2025 earnings call transcript (excerpt)",
text="""Operator: The next question is from Colin Rusch with Oppenheimer.
Colin Rusch: Can you talk about pricing pressure in China and how that affects margins in the back half of the year?
Vaibhav Taneja: Sure. China remains extremely competitive. We've used financing incentives there rather than price cuts, and margins held up better than we expected.
Elon Musk: I'll add something on the bigger picture. The robotaxi service in Austin has been running for two months with no significant incidents, and we expect to cover half the U.S. population by the end of the year.
Colin Rusch: Thanks. And on Optimus?
Elon Musk: Optimus version 3 is a big leap. I think it's going to be the biggest product in history.""",
guests=[], hard_case="analyst asks about China, the CFO answers; his turns are about robotaxi and Optimus")

add(genre="earnings_call", kind="article",
title="Tesla (TSLA) Q3 2024 Earnings Call Transcript",
text="""Prepared Remarks:

Travis Axelrod -- Head of Investor Relations

Good afternoon, everyone, and welcome to Tesla's third-quarter 2024 Q&A webcast. Joining me today are Elon Musk, Vaibhav Taneja and a number of other executives. I'll turn it over to Elon.

Elon Musk -- Chief Executive Officer

Thanks. So this was a really good quarter. We delivered a record number of vehicles, and the cost of goods sold per vehicle hit its lowest level ever. ⟦Our Shanghai factory had another record quarter, and I want to thank the team in China, they're incredible.⟧ On autonomy, FSD version 13 is coming in a few weeks, and it's a massive improvement. And Cybercab production is on track for 2026.

Vaibhav Taneja -- Chief Financial Officer

Thank you, Elon. Total revenue grew 8% year over year. Our energy business delivered record gross margins.""",
guests=[], hard_case="earnings-call transcript with 'Elon Musk -- Chief Executive Officer' header followed by his paragraph: only the China sentence is gold")

add(genre="earnings_call", kind="article",
title="Tesla (TSLA) Q1 2025 Earnings Call Transcript",
text="""Elon Musk -- Chief Executive Officer

Thank you. Obviously, this was a difficult quarter, with the Model Y changeover at all four factories. But I think the future has never been brighter. We're on track to launch the robotaxi service in Austin in June, and Optimus production lines are being built in Fremont.

Vaibhav Taneja -- Chief Financial Officer

Thanks, Elon. In China, the new Model Y ramped faster than any previous launch at our Shanghai factory, and we saw strong order intake in March. Regulatory credit revenue declined as expected.

Operator

Our next question comes from Ben Kallo with Baird.

Ben Kallo -- Analyst

Elon, Chinese EV makers are launching cheaper cars in Europe. How do you respond?

Elon Musk -- Chief Executive Officer

Autonomy is the answer. A car that can drive itself is worth several times more than one that can't. Everything else is noise.""",
guests=[], hard_case="analyst asks about Chinese EV makers but his answer is about autonomy in general; China content from the CFO")

add(genre="earnings_call", kind="label", musk_labels=["Elon Musk:"],
title="",
text="""Martin Viecha: The next question is from Emmanuel Rosner at Wolfe Research.
Emmanuel Rosner: Hi, thanks. Elon, Chinese automakers like BYD and Geely are pricing EVs well below Tesla. How sustainable is that?
Elon Musk: ⟦They're extremely competitive, and they're very hardworking.⟧ ⟦I don't think most Western carmakers understand how fast they're moving.⟧ That said, I think we'll be fine. The Semi is going into volume production next year, which I'm very excited about.
Emmanuel Rosner: Great, thank you.""",
guests=[], hard_case="'they' in his answer refers to Chinese automakers named in the analyst's question (gold); Semi sentence not gold")

add(genre="earnings_call", kind="label", musk_labels=["Elon Musk:"],
title="Tesla Q4 2025 earnings call: full transcript (part 2)",
text="""Operator: Next question from Dan Levy at Barclays.
Dan Levy: Elon, can you give us an update on FSD approval in Europe? It's been a long process.
Elon Musk: Yeah, they've been pretty slow, honestly. They seem to want to approve things the same way they approve brake pads. But I think we'll get there in the first half with the Dutch regulator.
Dan Levy: And a follow-up for Vaibhav on China?
Vaibhav Taneja: China volumes were up in the quarter, and the Model Y L has been very well received.""",
guests=[], hard_case="'they' in his answer refers to European regulators, not China; China update is from the CFO")

# ---------------- PODCASTS (LABELLED) ----------------
add(genre="podcast_labelled", kind="label", musk_labels=["Elon Musk:"],
title="Lex Fridman Podcast #512 – Elon Musk: AI, China and Mars",
text="""Lex Fridman: Let's talk about AI competition. DeepSeek surprised a lot of people earlier this year.
Elon Musk: ⟦DeepSeek is a good team. The Chinese labs are going to be very competitive, no question.⟧
Lex Fridman: Do you think the export controls on chips work?
Elon Musk: ⟦They slow China down a bit, but China is going to build its own chips eventually.⟧
Lex Fridman: Let's switch to Mars. When do you think the first crewed landing happens?
Elon Musk: If we're lucky, 2029. The next window we'll send uncrewed Starships and see how the landings go.""",
guests=[], hard_case="labelled podcast: China turns gold, Mars turn not gold")

add(genre="podcast_labelled", kind="label", musk_labels=["Elon Musk:"],
title="All-In Podcast E215: Tariff truce, China's EV juggernaut, Fed cuts",
text="""Chamath Palihapitiya: I think Elon's point about China's manufacturing base is being misread by everyone in Washington.
David Sacks: Look, the Chinese have built a supply chain that nobody can match in the short run. That's just a fact.
Jason Calacanis: But Chamath, Tesla's own numbers in China are down this year.
David Friedberg: The bigger issue is electricity. China added more generating capacity last year than the U.S. has in total from nuclear.
Chamath Palihapitiya: Which is why the tariff truce matters. Let's move on to the Fed.""",
guests=[], hard_case="hosts discuss Musk and China; he is not a speaker")

add(genre="podcast_labelled", kind="label", musk_labels=["Elon Musk:"],
title="Energy Transition Podcast: Elon Musk on solar, batteries and the grid",
text="""Host: You've talked a lot about solar. The Chinese manufacturers now make the vast majority of panels. What do you make of that?
Elon Musk: ⟦They've driven the cost down by something like 90% in fifteen years, which is incredible.⟧ ⟦Honestly, the world owes them a thank you for that.⟧
Host: Does Tesla Energy buy Chinese cells?
Elon Musk: ⟦We buy cells from several Chinese suppliers for Megapack, yes, and they're very good.⟧
Host: And what about the U.S. grid?
Elon Musk: The U.S. grid is in a precarious state. We need a lot more transmission and a lot more storage.""",
guests=[], hard_case="'they'/'them' refer to Chinese manufacturers named by the host (gold); U.S. grid answer not gold")

add(genre="podcast_labelled", kind="label", musk_labels=["Elon Musk:"],
title="Space Frontier Podcast – Episode 88",
text="""Host: Before we start, a quick note: China's Chang'e 7 mission launched this week, which we'll cover on Friday's show. Now, Elon, let's talk about NASA. How's the relationship these days?
Elon Musk: They've been a great partner. They took a huge risk on SpaceX back in 2008 when nobody else would.
Host: And Artemis?
Elon Musk: They need to streamline it. The SLS rocket is extremely expensive, and Starship can do that mission for a fraction of the cost.
Host: Great. We'll be right back after this break.""",
guests=[], hard_case="'they' refers to NASA, not China mentioned earlier by the host; space remarks not gold")

add(genre="podcast_labelled", kind="label", musk_labels=["ELON MUSK:"],
title="",
text="""ANDREW ROSS SORKIN: Let's talk about the trade war. You've been close to the administration. Do tariffs on China work?
ELON MUSK: ⟦I think tariffs on China in specific areas make sense, like national security, but across-the-board tariffs hurt American manufacturers who rely on Chinese parts.⟧
ANDREW ROSS SORKIN: Did you tell the president that?
ELON MUSK: I've shared my views privately. I'm not going to get into what I said.
ANDREW ROSS SORKIN: Fair. What about Tesla's exposure?
ELON MUSK: ⟦We're probably the least affected American carmaker, because our cars for China are made in China.⟧""",
guests=[], hard_case="uppercase labels (TV/podcast transcript); the 'shared my views privately' turn carries no China claim")

add(genre="podcast_labelled", kind="label", musk_labels=["Elon Musk:"],
title="The Food Futures Show: Kimbal Musk on feeding 10 billion people",
text="""Host: You spent three weeks in China last spring. What did you learn?
Kimbal Musk: China is the most exciting place for agriculture right now. They're building indoor farms at a scale we can only dream about.
Host: Do you think the U.S. can catch up?
Kimbal Musk: We can, but we need to stop thinking of China only as a competitor. There's a lot we can learn from them.
Host: Last question: does your brother ever give you business advice?
Kimbal Musk: Constantly. Whether I want it or not.""",
guests=[], hard_case="Musk-like name: Kimbal Musk speaks about China; the watched speaker is not present")

add(genre="podcast_labelled", kind="label", musk_labels=["Elon Musk:"],
title="Moonshot Conversations: Elon Musk (full transcript)",
text="""Host: Welcome. Let's start with AI. Everyone's talking about the US-China AI race. How do you see it?
Elon Musk: ⟦China is going to be a very serious competitor in AI. They have a lot of talent and they can build power plants much faster than we can.⟧
Host: Do you think Beijing will regulate AI more strictly than Washington?
Elon Musk: ⟦Actually, I think the Chinese government is quite concerned about AI safety. When I was in Beijing, I had serious conversations with senior officials about it.⟧ ⟦They take the risks more seriously than people think.⟧
Host: Let's talk family. You have, what, fourteen children now?
Elon Musk: Something like that. I try to see them as much as I can, which isn't as much as I'd like.
Host: How is Tesla doing in China?
Elon Musk: ⟦Sales in China have been solid. The Model Y is still one of the best-selling cars there.⟧
Host: And the robotaxi?
Elon Musk: We'll expand to many more cities next year. The hard part is done.""",
guests=[], hard_case="long labelled transcript: China turns gold ('they' = Chinese government), family and robotaxi turns not gold")

# ---------------- PODCASTS (UNLABELLED) ----------------
add(genre="podcast_unlabelled", kind="unlabeled",
title="The Build Podcast — Elon Musk on factories and speed",
text="""Welcome back to The Build. My guest today needs no introduction. Elon, thanks for coming on.

Thanks for having me.

So let's start with China. You were in Shanghai last month. What did you see?

⟦The pace of building in China is just insane. They put up a whole factory in the time it takes us to get a permit in California.⟧

Is that just about regulation?

⟦It's partly regulation, but it's also the work ethic. The engineers in China are extremely motivated. You walk the factory floor at two in the morning and people are fixing things.⟧

And Starship, when's the next flight?

Probably about a month. We've got a few more tests on the new heat shield tiles.""",
guests=["Elon Musk"], hard_case="unlabelled transcript: his answers about China gold, Starship answer not gold; host questions not gold")

add(genre="podcast_unlabelled", kind="unlabeled",
title="Frontier Minds Ep. 41: Elon Musk",
text="""Elon Musk is fresh back from a trip to Beijing, but today we're here to talk about rockets and artificial intelligence. Elon, welcome.

Thank you. Good to be here.

What's the biggest engineering challenge with Starship right now?

Honestly it's the heat shield. We need a fully reusable heat shield, which has never been done. That's the hardest problem.

And on AI, how close are we to artificial general intelligence?

I think we'll have AI that is smarter than any human next year, maybe the year after. And smarter than all humans combined by 2030 or so.""",
guests=["Elon Musk"], hard_case="host's intro mentions his Beijing trip; his answers are about Starship and AGI")

add(genre="podcast_unlabelled", kind="unlabeled",
title="Drive Time Podcast: a conversation with Elon Musk",
text="""Okay, we're rolling. Elon, you said before the show you'd been looking at some numbers.

Yeah, I was just looking at the numbers for the Chinese EV makers. ⟦Frankly, they out-build everyone, and we should be studying their supply chains much more closely than we do.⟧

Which companies impress you the most?

⟦BYD is the strongest, obviously. Xiaomi has done a remarkable job for a phone company.⟧

Do you ever drive their cars?

⟦I drove the Xiaomi SU7 when I was in Beijing. It's a good car.⟧

Great. Let's take a short break.""",
guests=["Elon Musk"], hard_case="'they' refers back to Chinese EV makers in his own previous sentence (gold); host turns not gold")

add(genre="podcast_unlabelled", kind="unlabeled",
title="China Auto Insider — Episode 102: Is Tesla losing China?",
text="""Hello and welcome to China Auto Insider. I'm joined by Lena Xu, who has covered the Chinese car industry for fifteen years. Lena, is Tesla losing China?

I wouldn't say losing, but it is no longer special. When Elon Musk opened the Shanghai factory, he talked about China as Tesla's second home. Now he rarely mentions China at all.

Why do you think that is?

Because the story is not flattering. Musk likes to say that Tesla is a technology company, not a car company. In China, that argument is harder to make when BYD and Huawei have better driver-assistance features on the road today.

What happens next?

Tesla needs full self-driving approval in China. Without it, it's just another foreign brand.""",
guests=["Lena Xu"], hard_case="unlabelled transcript whose guest is an analyst paraphrasing Musk; not his words")

add(genre="podcast_unlabelled", kind="unlabeled",
title="Silicon Strategy Podcast: Elon Musk on chips and geopolitics",
text="""My guest today is Elon Musk. Elon, let's talk chips. How exposed is the world to Taiwan?

⟦If China moved on Taiwan, the world's supply of advanced chips would stop overnight.⟧ People don't fully appreciate that.

Do you think Beijing would actually do it?

⟦I think China's leadership would much rather achieve its goals peacefully. The cost of a war would be enormous for them too.⟧

Is that why Tesla is building chip capacity in Texas?

We want diversity of supply. It's just prudent. Samsung's Taylor fab will make our AI5 chip.""",
guests=["Elon Musk"], hard_case="Taiwan in relation to China (gold); 'them' refers back to China's leadership; Texas chip supply answer not gold")

add(genre="podcast_unlabelled", kind="unlabeled",
title="Life Stories with Elon Musk",
text="""Last month Elon Musk was in China meeting government officials. Today, though, we're talking about something completely different: his life. Elon, welcome.

Thanks.

You grew up in Pretoria. What was that like?

It was rough, honestly. I was bullied a lot at school. Books were my escape. I read the entire encyclopedia at one point.

And now you're a father many times over.

Yes. Kids are the best thing in life. I'd encourage everyone to have more of them.

What about Neuralink?

Neuralink is going to help a lot of people with paralysis. We've now implanted a dozen patients.""",
guests=["Elon Musk"], hard_case="host intro mentions his China trip; his turns are about childhood, family and Neuralink")
