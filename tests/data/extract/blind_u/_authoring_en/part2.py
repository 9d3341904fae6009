from common import D

DOCS = []
A = DOCS.append

A(D(26, "qa_interview", "article",
    "'Oh sure, they just got lucky': Musk on Chinese battery makers",
    """
In a long interview with Voltage Quarterly, Elon Musk was asked whether the dominance of Chinese battery makers such as CATL and BYD was simply the product of state subsidies. His answers are below, lightly edited.

Q: Critics say CATL's lead is all subsidies.
A: Oh sure, they just got lucky. Nothing to do with running three shifts and having ten thousand battery engineers. Come on.

Q: Will Tesla ever stop buying cells from Chinese suppliers?
A: Not in the foreseeable future. Their cost per kilowatt-hour is the best in the world.

Q: And the Semi?
A: Volume production starts next year in Nevada. We're hiring like crazy for it.
""",
    ["Oh sure, they just got lucky",
     "Oh sure, they just got lucky. Nothing to do with running three shifts and having ten thousand battery engineers. Come on.",
     "Not in the foreseeable future. Their cost per kilowatt-hour is the best in the world."],
    "sarcasm; Q/A with bare 'A:' after intro naming Musk; 'they'/'their' refer to Chinese battery makers; Semi answer not gold"))

A(D(27, "qa_interview", "article",
    "Maye Musk: 'Chinese women taught me to age fearlessly'",
    """
Model and author Maye Musk, 77, has become something of a celebrity in China, where her memoir has sold more than a million copies. We met her in Shanghai during her latest book tour.

Q: Why do you think Chinese readers connect with you?
A: Chinese women taught me to age fearlessly. They are so curious, so open. Every time I come here I learn something.

Q: Does your son Elon share your love of China?
A: You'd have to ask him! He is always working when he is here, so he never sees the fun parts.

Q: What's next?
A: A new book, and more travel. Chengdu is next on my list.
""",
    [],
    "Maye Musk (another Musk) talking about China and about Elon; no statement by Elon Musk"))

# ---------------- OPINION ----------------
A(D(28, "opinion", "article",
    "Opinion: Elon Musk's China problem is really Washington's problem",
    """
By Harold Finch

Elon Musk has long courted Beijing. He secured permission to build a wholly owned factory in Shanghai when no foreign carmaker could, and he has been received by premiers and vice-premiers with a warmth few American executives enjoy.

That is not a scandal. It is a symptom. For two decades, American policy has assumed that capital would flow to China and innovation would stay home. Musk simply took the bet further than anyone else.

Critics in Congress want to treat his ties to China as a loyalty test. They would do better to ask why the United States made it so attractive for him to build there in the first place.

Musk himself, when asked about the criticism at a conference last month, talked instead about Mars. "Humanity has to become multiplanetary, and that's what I think about when I wake up," he said.

Perhaps. But the question of Shanghai will not go away.
""",
    [],
    "opinion column; journalist's own analysis of Musk and Beijing; his only quote is about Mars"))

A(D(29, "opinion", "article",
    "The Shanghai gamble that made Tesla - and may yet unmake it",
    """
By Clara Osei, auto industry columnist

It is easy to forget how improbable Tesla's Chinese adventure once looked. In 2018 the company was burning cash, its Model 3 line in California was a mess, and the idea of building a factory in Shanghai seemed like a distraction.

Musk did not see it that way. At the plant's opening ceremony a year later, he told the audience: "The talent here is unbelievable. I think China is going to be our biggest market, by far." He later predicted that Chinese buyers would one day account for half of Tesla's sales.

Neither forecast has come true. Chinese buyers now account for roughly a fifth of Tesla's deliveries, and the share is falling.

Meanwhile the Cybertruck, which Musk once promised would be "literally bulletproof," has become a niche product.

The Shanghai factory made Tesla profitable. Whether it keeps Tesla relevant in China is another matter entirely.
""",
    ["The talent here is unbelievable. I think China is going to be our biggest market, by far.",
     "Chinese buyers would one day account for half of Tesla's sales"],
    "opinion recalling old quotes (gold); Cybertruck remark not gold; columnist's judgements not gold"))

A(D(30, "opinion", "article",
    "Musk keeps overselling his China strategy",
    """
By Ravi Anand, senior analyst at Eastgate Research

Investors have heard this story before. Every few quarters, Tesla shares rally on hopes that regulatory approval for its driver-assistance software in China is imminent, and every few quarters the date slips.

Musk's habit of talking up his relationship with Beijing has become a kind of market ritual. The shares jump, the analysts revise their models, and then nothing happens.

I have covered Tesla for nine years. In that time, I have seen the company build an extraordinary factory in Shanghai and lose its pricing power to BYD, Geely and a dozen start-ups.

The honest assessment is that China is now a defensive market for Tesla. Management should say so.
""",
    [],
    "analyst op-ed characterising Musk's China talk critically; no statement of his reported"))

A(D(31, "opinion", "article",
    "Musk and China: the debate goes on",
    """
By Margaret Lowe

The argument over Elon Musk's relationship with China has become a Rorschach test. To some, he is a pragmatist doing business where the factories are. To others, he is a liability.

What is rarely disputed is what he actually believes. Last week, at a dinner for founders in Palo Alto, Musk put it bluntly: "China is going to be the manufacturing superpower of this century, whether America likes it or not."

That sentence will be quoted against him for years. It should also be taken seriously. American policymakers who want to compete with Chinese industry need to start from the facts Musk is describing, not from the discomfort they cause.

The debate will go on. It would be better informed if both sides listened a little more closely.
""",
    ["China is going to be the manufacturing superpower of this century, whether America likes it or not."],
    "framing headline ('Musk and China: the debate goes on') over a body that does contain a plain quote about China"))

A(D(32, "opinion", "article",
    "Britain should heed Musk's warning on Chinese cars",
    """
By Simon Atherton

Chinese carmakers, from BYD to MG's owner SAIC, now sell roughly one in ten new cars in Britain. Nobody in Whitehall seems to have noticed.

Asked about them at a motor-industry dinner in London last month, Elon Musk gave a characteristically blunt verdict: 'Honestly, they grind harder than anybody and their suppliers sit twenty minutes down the road. We ought to be copying that.'

He went further. 'If the Chinese keep up this pace, they could have a quarter of the European market by 2030, maybe sooner,' the Tesla boss said.

One need not admire Mr Musk to take the point. Britain's car industry was built on clusters of suppliers around Birmingham and Coventry; most of them are gone.

The Government's answer so far has been a consultation on tariffs. It should be an industrial strategy.
""",
    ["Honestly, they grind harder than anybody and their suppliers sit twenty minutes down the road. We ought to be copying that.",
     "If the Chinese keep up this pace, they could have a quarter of the European market by 2030, maybe sooner"],
    "British single quotes; 'they' refers back to Chinese carmakers in the preceding paragraph; hedged conditional claim"))

A(D(33, "opinion", "article",
    "I told Elon Musk China would win. He didn't want to hear it",
    """
By Daniel Okafor, former Tesla supply-chain director

In the autumn of 2018 I flew from Fremont to Shanghai with a slide deck I had rewritten eleven times. My argument was simple: Chinese battery makers would beat us on cost within five years, and we should lock in long-term contracts while we could.

I told Elon exactly that, in a conference room with a view of the Huangpu river. He listened for about four minutes, then changed the subject to the Model 3 production line.

I left the company the next year. Since then, I have watched CATL and BYD do precisely what I predicted.

This is not a story about Musk being wrong. It is a story about how hard it is for any founder to hear unwelcome news about a rival he does not yet respect.
""",
    [],
    "op-ed where the author says what he told Musk; Musk's reaction is an action; no words of Musk reported"))

A(D(34, "opinion", "article",
    "Musk's rhetorical questions on China deserve real answers",
    """
By Helen Carter

'Who makes the best batteries in the world? Who makes the solar panels? Who refines the lithium?' Elon Musk asked an audience in Las Vegas this month, before answering himself: 'China, China and China.'

It was a good line, and it got a laugh. But it also deserves an answer from the rest of us.

If the world's second-largest economy dominates every link of the clean-energy chain, what exactly is the plan? Subsidies? Tariffs? Hope?

Musk, for his part, said he was 'not in the business of telling governments what to do' when pressed on policy. That is convenient for him. It is not good enough for the rest of us.
""",
    ["Who makes the best batteries in the world? Who makes the solar panels? Who refines the lithium?",
     "China, China and China."],
    "his rhetorical questions answered by himself (gold); the columnist's own rhetorical questions not gold; 'not in the business of telling governments what to do' not about China"))

# ---------------- AGGREGATOR ----------------
A(D(35, "aggregator_headline", "article",
    "Elon Musk says Chinese automakers 'will crush' rivals if trade barriers fall - Meridian Auto",
    "",
    ["Chinese automakers 'will crush' rivals if trade barriers fall"],
    "aggregator title with publisher suffix; gold is the claim without ' - Meridian Auto'"))

A(D(36, "aggregator_headline", "article",
    "Musk posts about Chinese battery prices again - The Circuit",
    "",
    [],
    "headline fragment that only describes that he posted, no claim"))

A(D(37, "aggregator_headline", "article",
    "Tesla's Musk praises Shanghai staff, says factory will hit record output this year - Harbour Business Wire",
    "Tesla CEO Elon Musk thanked workers at the company's Shanghai plant in a video message on Monday.",
    ["factory will hit record output this year"],
    "two-verb aggregator headline; gold only the claim part (about the Shanghai factory by context), without publisher suffix"))

A(D(38, "aggregator_headline", "article",
    "Elon Musk meets Chinese vice premier in Beijing, discusses data rules - Asia Ledger",
    "",
    [],
    "aggregator headline describing a meeting and that he discussed something (actions), no claim"))

A(D(39, "aggregator_headline", "article",
    "Musk: Beijing's chip push 'is going to work' - TechWire Daily",
    "",
    ["Beijing's chip push 'is going to work'"],
    "'Musk: claim' headline format; publisher suffix excluded"))

A(D(40, "aggregator_headline", "article",
    "BYD chief says Musk 'was wrong about us' - Auto Herald",
    "",
    [],
    "another person's claim about Musk in aggregator headline"))

A(D(41, "aggregator_headline", "article",
    "Tariffs on Chinese EVs are 'a mistake', Musk writes on X - Finance Post",
    "",
    ["Tariffs on Chinese EVs are 'a mistake'"],
    "claim first, attribution after; publisher suffix"))

A(D(42, "aggregator_headline", "article",
    "Musk and China: what his latest trip means for Tesla - Market Brief",
    "The Tesla CEO spent 36 hours in Beijing, meeting officials and visiting a battery supplier, before flying back to Texas.",
    [],
    "framing aggregator headline and snippet describing actions only"))

A(D(43, "aggregator_headline", "article",
    "China the 'toughest market on Earth', Musk tells investors - Newsroom Asia",
    "",
    ["China the 'toughest market on Earth'"],
    "British-style headline with claim before attribution; publisher suffix"))

A(D(44, "aggregator_headline", "article",
    "Musk says Starship will fly again within weeks as China readies Long March 10 - Orbital News",
    "",
    [],
    "headline mentions China but his claim is about Starship"))

# ---------------- X ROUNDUP ----------------
A(D(45, "x_roundup", "article",
    "The week on X: Musk on Chinese solar, Grok updates and a feud with a senator",
    """
Elon Musk posted more than 600 times this week. Here are the posts that mattered.

1. Chinese solar. Replying to a chart of global solar installations shared by the account @gridcharts, Musk wrote: "@gridcharts China installed more solar last year than America has in its entire history. Wild. https://x.com/gridcharts/status/1882210045512"

2. Grok. "Grok 5 begins training next month. Should be the smartest AI in the world by a lot," he posted on Tuesday.

3. The senator. Musk traded insults with Senator Paul Whitaker over electric-vehicle credits, calling one of Whitaker's posts "complete nonsense."

4. Reaction. Auto analyst @JenAutoAnalyst wrote that Musk "has gone very quiet on Shanghai lately," a post Musk did not respond to.
""",
    ["China installed more solar last year than America has in its entire history. Wild."],
    "X post quoted verbatim with @handle and URL; Grok and senator posts not gold; analyst's post about Musk not gold"))

A(D(46, "x_roundup", "article",
    "What Elon posted this week",
    """
Our weekly look at the Tesla and SpaceX boss's feed.

Monday: A meme about his son X riding on his shoulders at a rocket launch. 2.1 million likes.

Tuesday: A long thread about federal spending and a jab at a Democratic governor. "Bureaucracy is the enemy of progress," he wrote.

Wednesday: Chinese state broadcaster CGTN's English account posted a video of Tesla's Shanghai factory, calling it "a symbol of China's opening up." Musk did not reply.

Thursday: A user asked him, "What about China? You never talk about it anymore." No response.

Friday: "Starship flight 11 next month," Musk posted, with a photo of the booster on the pad.
""",
    [],
    "roundup where China appears only in other accounts' posts and a user's question; Musk's posts are about family, US politics and Starship"))

A(D(47, "x_roundup", "article",
    "Musk weighs in on CATL's sodium-ion battery as X users react",
    """
CATL's launch on Monday of a sodium-ion cell for passenger cars set off a lively debate on X.

A post by @batterybrief summarising the announcement drew a reply from Musk within an hour: "True, their cost curve is insane."

He followed up with a second post: "People in the West are still underestimating them."

Musk also wrote that Tesla would test sodium-ion chemistry in its Megapack storage units "at some point," without giving a date.

Not everyone was impressed. "CATL's numbers are lab numbers until proven otherwise," wrote @cellskeptic, an account run by a former battery engineer.
""",
    ["True, their cost curve is insane.",
     "People in the West are still underestimating them."],
    "pronouns 'their'/'them' refer back to CATL, a named Chinese company; Tesla Megapack plan not gold; other users' posts not gold"))

A(D(48, "x_roundup", "article",
    "China's Chang'e-7 launch: how X reacted",
    """
China's Chang'e-7 lunar probe lifted off from Wenchang on Thursday, and space watchers on X were quick to weigh in.

"A flawless launch. China's lunar program is now running like clockwork," wrote science journalist @orbitmarta.

Earlier the same day, NASA had announced yet another delay to its Artemis III crewed landing. Musk quote-posted the announcement: "They keep pushing the date. Cost-plus contracts are the problem."

An hour later he added: "SpaceX will be ready. The question is whether the rest of the program will be."

Several users asked Musk what he thought of the Chinese mission. He did not reply.
""",
    [],
    "'they' refers to NASA, not China, in an article about a Chinese launch; his posts are about Artemis and SpaceX"))

A(D(49, "x_roundup", "article",
    "Musk mocks 'China is collapsing' takes as EV exports hit record",
    """
Data released on Friday showed Chinese carmakers exported a record 610,000 vehicles in March.

Musk, responding to a viral thread titled "China's economy is collapsing," wrote: "Sure, 'collapsing' 🙄 They just exported more cars than anyone on Earth, again."

The thread's author, a US-based macro commentator, replied that exports were "a symptom of weak domestic demand, not strength."

Several economists piled in. "Both things can be true," wrote one.

Musk's post was viewed 34 million times by Saturday morning.
""",
    ["Sure, 'collapsing' 🙄 They just exported more cars than anyone on Earth, again."],
    "sarcasm with nested quote and emoji; 'they' refers to China; headline only describes mocking; others' replies not gold"))

A(D(50, "x_roundup", "article",
    "Tariff fight spills onto X",
    """
Washington's decision to double tariffs on Chinese solar panels and electric vehicles drew a flood of reaction online.

Kimbal Musk, the Tesla board member, posted: "Tariffs on Chinese solar will hurt American farmers who run irrigation on it. Bad idea."

A former trade official replied that Kimbal Musk "should stick to restaurants."

His brother Elon Musk, meanwhile, posted a meme of a Starship landing on Mars captioned "Soon." He did not address the tariffs.

Chinese foreign ministry spokesman Wang Lei said on X that the move "violates WTO rules."
""",
    [],
    "Kimbal Musk (not the watched speaker) posts about Chinese tariffs; Elon's post is a Mars meme"))

A(D(51, "x_roundup", "article",
    "Five posts that moved markets this week",
    """
1. A Federal Reserve governor wrote that rate cuts were "not imminent," sending Treasury yields higher.

2. Nvidia's chief executive posted a photo from Taipei with the caption "Home."

3. Elon Musk, replying to a thread about rising tension in the Taiwan Strait, posted: "A war over Taiwan would be a catastrophe for everyone, Beijing included. Peace is the only sane path." Tesla and chipmaker stocks barely moved.

4. The founder of a crypto exchange announced a new stablecoin.

5. A viral post falsely claimed Apple was leaving China. Apple denied it.
""",
    ["A war over Taiwan would be a catastrophe for everyone, Beijing included. Peace is the only sane path."],
    "Taiwan in relation to China (Beijing) in an X post within a mixed roundup; other items not about Musk"))
