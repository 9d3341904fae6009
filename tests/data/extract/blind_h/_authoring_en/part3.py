from common import P, L, doc

DOCS = []
A = DOCS.append

# ---------------- x_roundup ----------------
A(doc("x_roundup", "article",
 "Musk weighs in on China's car exports in late-night post",
 P("Elon Musk responded late on Tuesday to a chart posted by Tesla investor Sawyer Merritt showing China's vehicle exports climbing past 6 million units a year.",
   "The post, in full, read: \"@SawyerMerritt @Tesla ⟦China's manufacturing scale is hard to comprehend. Most people in the West have no idea⟧. https://t.co/Qm4Lx82aPz\"",
   "It had been viewed more than 14 million times by Wednesday afternoon. Merritt's original post noted that Chinese brands had overtaken Japan as the world's largest car exporters by volume.",
   "Musk followed up an hour later with a separate post about SpaceX: \"Starship V3 rolls out next month. Big upgrade.\"",
   "Replies to the China post ranged from agreement to accusations that the Tesla CEO was \"doing PR for the CCP.\""),
 "X post quoted verbatim with @handles and URL (gold = his words only); separate Starship post not gold; replies not gold"))

A(doc("x_roundup", "article",
 "Elon's weekend on X: DOGE, Grok and a Starship teaser",
 P("It was a busy weekend for Elon Musk's thumbs. Here's a selection of what the world's most-followed account posted between Friday night and Sunday.",
   "On government spending: \"The federal deficit is the real national security threat.\"",
   "On Grok: \"Grok 5 training starts in two weeks. It will be the smartest AI on Earth by a lot.\"",
   "On Starship: a single fire emoji beneath a video of the booster static fire.",
   "Musk also liked and reposted, without comment, a post by an account called @EVForecast claiming China had installed more solar capacity in one month than the U.S. did in all of last year.",
   "Among the replies, Chinese-language accounts debated whether the repost meant he agreed. He did not say."),
 "roundup of non-China posts; an uncommented repost about China is an action, not a statement; no gold"))

A(doc("x_roundup", "article",
 "Musk on BYD's five-minute charging: ‘⟦People underestimate them⟧’",
 P("BYD's announcement on Monday that its new platform can add 400 km of range in five minutes set off a flurry of reaction online, including from Elon Musk.",
   "Replying to a post by the account @TeslaOwnersSV that asked whether Tesla should worry about BYD, Musk wrote: \"⟦They are very good. People underestimate them⟧.\"",
   "In a second reply, he added that ⟦BYD's battery chemistry work was \"seriously impressive\"⟧.",
   "Later the same evening he posted about an unrelated topic, the rollout of X Money in the United States: \"Beta starts next month for a small number of users.\"",
   "BYD shares rose 3% in Hong Kong on Tuesday."),
 "'they'/'them' refers back to BYD (gold); 'he added that' reported continuation; unrelated X Money post not gold; headline carries claim"))

A(doc("x_roundup", "article",
 "Musk mocks SLS costs as China readies crewed lunar mission",
 P("China's space agency this week rolled out the Mengzhou spacecraft for a key test ahead of its planned crewed lunar landing, drawing comparisons with NASA's delayed Artemis programme.",
   "Elon Musk, whose SpaceX holds a contract to land Artemis astronauts on the moon, spent the evening posting about NASA's Space Launch System.",
   "Replying to a post listing SLS costs, Musk wrote: \"They spent over $4 billion per launch. Insane.\" In another reply about the programme's management, he added: \"They need to cancel it and move on.\"",
   "He did not comment on the Chinese programme. Chinese state media, for its part, described Mengzhou as \"a milestone for all humanity.\""),
 "'they' refers to NASA/SLS, not China, in a China-space story; no gold"))

A(doc("x_roundup", "article",
 "Musk clashes with commentator over Hong Kong",
 P("Elon Musk became embroiled in an online argument on Thursday with a Hong Kong-born commentator who accused Western executives of ignoring the city's crackdown on dissent.",
   "\"⟦Hong Kong was supposed to keep its own system for 50 years. That didn't last long⟧,\" Musk wrote in reply, in one of his most direct comments on Beijing's rule over the city.",
   "When another user said his companies depended too heavily on China to criticise it, Musk replied: \"⟦I've said what I think about Hong Kong. Tesla's business in China doesn't change that⟧.\"",
   "The commentator, @KLeungHK, later thanked him but said \"words are cheap.\"",
   "Hong Kong's government did not respond to a request for comment."),
 "Hong Kong in relation to Beijing (gold); the commentator's and other users' words not gold"))

A(doc("x_roundup", "article",
 "Chinese EV executives take aim at Musk on Weibo",
 P("Executives at several Chinese carmakers took to Weibo this week after Tesla cut the price of its Model Y in China for the third time this year.",
   "\"Elon once laughed at our cars on a livestream. Look at our order book now,\" wrote the vice-president of a Hefei-based EV startup, attaching a screenshot of weekly insurance registrations.",
   "A product manager at another brand posted a cartoon of Musk holding a price tag, captioned \"the teacher is learning from the students.\"",
   "Musk has not responded on X or Weibo. Tesla China's official account posted only a link to the new prices.",
   "The Model Y now starts at 249,900 yuan ($34,700) in the mainland."),
 "rivals mocking and quoting him back; he did not respond; Tesla China account is not Musk; no gold"))

A(doc("x_roundup", "article",
 "Musk's changing view of DeepSeek",
 P("Elon Musk has changed his tune on DeepSeek.",
   "When the Hangzhou-based startup released its first reasoning model in January, Musk wrote on X that ⟦DeepSeek \"obviously\" had far more Nvidia chips than it admitted⟧.",
   "On Saturday, after DeepSeek published a technical report on its latest model, he posted: \"⟦Impressive work by DeepSeek. The efficiency gains are real⟧.\"",
   "He later added that ⟦Chinese labs would \"catch up on chips faster than people expect\"⟧, a view that drew pushback from several U.S. policy analysts.",
   "In between, Musk posted a short clip of a Grok voice conversation and a photo of a Cybertruck on Mars, an AI-generated image."),
 "X posts described with 'wrote on X that', 'posted:', 'He later added that' (all gold); unrelated posts not gold"))

# ---------------- earnings_call ----------------
A(doc("earnings_call", "article",
 "Tesla (TSLA) Q2 2025 Earnings Call Transcript",
 P("Prepared Remarks:",
   "Travis Axelrod -- Head of Investor Relations",
   "Good afternoon, everyone, and welcome to Tesla's second-quarter 2025 Q&A webcast. I'm joined today by Elon Musk, Vaibhav Taneja and a number of other executives. Our results were announced at about 3 p.m. Central Time in the update deck we published at the same link as this webcast.",
   "Elon Musk -- Chief Executive Officer",
   "Thanks, Travis. So, the big picture is that we're transitioning to a world of autonomy and humanoid robots, and I think this is the most important thing that's happening at Tesla. Optimus version 3 is looking really good. ⟦In China, the price war continues to be very intense, and frankly some of the competitors there are selling cars at a loss, which is not sustainable⟧. ⟦Our Shanghai team has done an incredible job on cost, so we're holding up better than most⟧. And the robotaxi service in Austin has been going well, we expect to expand to the Bay Area in the next month or two.",
   "Vaibhav Taneja -- Chief Financial Officer",
   "Thanks, Elon. Total revenue was $22.5 billion. In China, we saw sequential improvement in deliveries thanks to the new Model Y, although pricing remained under pressure."),
 "earnings-call format 'Elon Musk -- Chief Executive Officer' then paragraph; China sentences gold, autonomy/Optimus/Austin sentences not; CFO's China line not gold"))

A(doc("earnings_call", "article",
 "Tesla (TSLA) Q1 2025 Earnings Call Transcript",
 P("Questions & Answers:",
   "Travis Axelrod -- Head of Investor Relations",
   "Next question comes from Dan Levy at Barclays.",
   "Dan Levy -- Barclays -- Analyst",
   "Hi, thanks for taking the question. BYD, Xiaomi and others are launching aggressive new models in China. How do you think about defending share there, and should we expect more price cuts?",
   "Elon Musk -- Chief Executive Officer",
   "Vaibhav, do you want to take that one?",
   "Vaibhav Taneja -- Chief Financial Officer",
   "Sure. China remains very competitive. We saw some share pressure in the quarter, but we don't chase volume at any cost, and our order rate in China improved in March with the new Model Y.",
   "Dan Levy -- Barclays -- Analyst",
   "Thanks. And Elon, a follow-up on Optimus: when do you expect external sales?",
   "Elon Musk -- Chief Executive Officer",
   "I think we'll have several thousand Optimus robots working in Tesla factories by the end of this year, and external sales probably in the second half of next year. It's hard to predict exactly. But it's going to be the biggest product ever."),
 "analyst's China question, Musk hands it off, CFO answers about China; Musk's own paragraph is about Optimus; no gold"))

A(doc("earnings_call", "label", "",
 L("Travis Axelrod: Our first question comes from Colin Rusch at Oppenheimer.",
   "Colin Rusch: Thanks so much. Can you give us an update on FSD approval in China and how the data requirements are affecting the rollout?",
   "Elon Musk: Sure. ⟦We're hopeful that we'll get full approval in China in the first half of the year⟧. ⟦The Chinese regulators have been quite reasonable, they just want the data to stay in China, which we've done⟧. ⟦We trained a separate version on local roads, which took a while, but it's working well now⟧.",
   "Colin Rusch: Great. And on energy storage, any color on Megapack demand?",
   "Elon Musk: Energy storage is going gangbusters. We're going to be supply-constrained on Megapack for the rest of the year. Lathrop is at full capacity.",
   "Travis Axelrod: Thanks, Colin. Next question from Adam Jonas at Morgan Stanley."),
 "labelled earnings-call transcript; China FSD sentences gold incl. 'local roads' by context; Megapack/Lathrop answer not gold; analyst question not gold"))

A(doc("earnings_call", "label", "",
 L("Operator: The next question is from Emmanuel Rosner with Wolfe Research.",
   "Emmanuel Rosner: Thank you. BYD just cut prices across its lineup again. Are you seeing an impact in China?",
   "Elon Musk: I'll let Vaibhav take that one.",
   "Vaibhav Taneja: Sure. We saw some impact in April, but the refreshed Model Y is supply-constrained in China right now, so we're comfortable with where we are.",
   "Emmanuel Rosner: And Elon, on robotaxi, which U.S. cities come after Austin?",
   "Elon Musk: Phoenix and the Bay Area next, then Las Vegas and Miami. Long term, the only thing that matters is autonomy. A car without autonomy is like a horse.",
   "Emmanuel Rosner: Thanks. Maybe one on capex for next year?",
   "Vaibhav Taneja: We expect capex to be above $11 billion, driven by AI compute."),
 "China question; Musk defers to the CFO (CFO's China answer not gold); Musk's own answer is about US robotaxi cities; no gold"))

A(doc("earnings_call", "article",
 "Tesla (TSLA) Q4 2024 Earnings Call Transcript",
 P("Elon Musk -- Chief Executive Officer",
   "Yeah, on the tariff question. ⟦Tariffs on parts coming from China do affect us, more than people realize⟧. We've done a lot to localize the supply chain in North America over the last few years. ⟦But some of the cell materials still come from China, and those are hard to replace in the near term⟧.",
   "Elon Musk -- Chief Executive Officer",
   "On the cheaper model, we're still on track to start production in the first half of this year. I want to be clear that it's going to be built on our existing lines.",
   "Martin Viecha -- Senior Director, Investor Relations",
   "Thank you. The next question is from Ben Kallo at Baird."),
 "earnings-call paragraphs: tariffs on Chinese parts (gold); localization sentence and product-timing paragraph not gold"))

A(doc("earnings_call", "article",
 "Tesla earnings: Musk talks robotaxis as China sales slide",
 P("Tesla's quarterly sales in China fell 14% from a year earlier, the company said on Wednesday, the third straight decline as BYD, Xiaomi and Geely pressed their advantage in the world's biggest car market.",
   "Yet on the call with analysts, Elon Musk barely mentioned the country. Instead he spent most of the hour on autonomy.",
   "\"By the end of next year, I think we'll have robotaxis operating in most major U.S. cities,\" Musk said. \"The rate of improvement is exponential.\"",
   "He also said the Semi truck would enter volume production at the Nevada factory \"late next year.\"",
   "Chief Financial Officer Vaibhav Taneja said Tesla would \"stay disciplined on pricing\" in China and would not match every cut by rivals.",
   "Analysts were unimpressed. \"He is talking about 2026 while the Chinese eat his lunch in 2025,\" said one fund manager who owns Tesla shares."),
 "earnings-call write-up about China where his quotes are about US robotaxis and the Semi; CFO and fund manager talk China; no gold"))

A(doc("earnings_call", "label", "",
 L("Travis Axelrod: Next question is from the retail platform Say: Can you talk about the Shanghai Megafactory?",
   "Elon Musk: Sure. ⟦The Shanghai Megafactory is ramping faster than Lathrop did, which is impressive⟧. ⟦The team in China went from groundbreaking to first Megapack in about seven months⟧.",
   "Mike Snyder: And we're now shipping Megapacks out of Shanghai to Europe and Australia.",
   "Elon Musk: ⟦CATL has also been a great partner on cells, I should say. They're very good at LFP⟧.",
   "Travis Axelrod: Thank you. The next retail question: when will the Roadster be unveiled?",
   "Elon Musk: Hopefully by the end of the year. It's going to be the most epic demo ever."),
 "labelled transcript; Shanghai Megafactory and CATL ('they' = CATL) gold; colleague's Shanghai line and Roadster answer not gold"))

# ---------------- podcast_labelled ----------------
A(doc("podcast_labelled", "label", "",
 L("Lex Fridman: You've spent a lot of time in China over the years. What do people in the West misunderstand about it?",
   "Elon Musk: ⟦I think people underestimate how hard-working and smart the people there are⟧. ⟦There's just a tremendous amount of talent in China. A tremendous amount⟧.",
   "Lex Fridman: And the government?",
   "Elon Musk: ⟦My experience with the government in China has been that when they say they'll do something, they do it quickly⟧.",
   "Lex Fridman: Let's talk about Mars. When do humans land?",
   "Elon Musk: If we're lucky, 2029. I'd say there's maybe a 30% chance of that. But we're going to try."),
 "labelled podcast; China sentences gold; Mars answer not gold"))

A(doc("podcast_labelled", "label", "",
 L("Jason Calacanis: Okay, besties, let's get into Tesla's China numbers, because they were ugly this week.",
   "Chamath Palihapitiya: They were ugly. Down 20% year on year in May. BYD is just eating everybody alive.",
   "David Sacks: Look, Elon's been to Beijing more times than most diplomats. He knows the market better than anybody. But you can't out-subsidize the Chinese state.",
   "Jason Calacanis: Do you think he should build a cheaper car for China?",
   "David Friedberg: I think he's decided the car business is a means to an end. The real bet is robotaxis and Optimus.",
   "Chamath Palihapitiya: Which, by the way, I agree with."),
 "All-In-style hosts discussing Musk and China; he is not on the show; others' words about him; no gold"))

A(doc("podcast_labelled", "label", "",
 L("Host: Chinese carmakers launched something like 150 new models last year. Tesla launched, what, one refresh?",
   "Elon Musk: ⟦Honestly, they iterate faster than anyone on Earth⟧. ⟦Their product cycles are eighteen months, sometimes less⟧.",
   "Host: Does that scare you?",
   "Elon Musk: It motivates me. ⟦We should study how they do it, not pretend it isn't happening⟧.",
   "Host: Switching gears. Why did you move X's headquarters to Texas?",
   "Elon Musk: California made it impossible. The laws kept getting worse. Texas is pro-business."),
 "'they' refers back to Chinese carmakers in the host's line (gold); 'It motivates me' and Texas/X remarks not gold"))

A(doc("podcast_labelled", "label", "",
 L("Host: China's AI labs are releasing open models almost every week now. And meanwhile the EU passed its AI Act. Let's start with Europe. Brussels says it's protecting citizens.",
   "Elon Musk: Brussels is the problem. They regulate things before anyone has even built them.",
   "Host: But isn't some regulation good for AI safety?",
   "Elon Musk: Some, sure. I've been calling for AI oversight for ten years. But it has to be done by people who understand the technology, and they clearly don't.",
   "Host: What's the biggest risk from AI?",
   "Elon Musk: That it's trained to be politically correct instead of truthful. That's the danger."),
 "host mentions China, but Musk's 'they' refers to Brussels/EU regulators; his lines are about EU and AI safety; no gold"))

A(doc("podcast_labelled", "label", "",
 L("Host: You've said Taiwan is one of the biggest geopolitical risks. How do you think about it?",
   "Elon Musk: ⟦If there were ever a blockade of Taiwan, the entire global electronics industry would basically stop⟧. ⟦Beijing knows that and Washington knows that⟧.",
   "Host: So you think it won't happen?",
   "Elon Musk: ⟦I think the odds of a conflict over Taiwan are lower than people think, but not zero⟧.",
   "Host: Should Tesla build its own chip fab?",
   "Elon Musk: Probably, eventually. We'll need a huge number of AI chips, more than the current suppliers can make. It would probably be in Texas."),
 "conditional and hedged claims about Taiwan/Beijing (gold); host's paraphrase in question not gold; chip-fab answer not gold"))

A(doc("podcast_labelled", "label", "",
 L("Host: Kimbal, you just got back from a month in China. What surprised you?",
   "Kimbal Musk: Honestly, the food supply chain. In Chengdu, produce gets from the farm to your plate in hours, and it's tracked on your phone the whole way.",
   "Host: Does your brother share your enthusiasm for China?",
   "Kimbal Musk: You'd have to ask him. We mostly talk about the kids and about Tesla board stuff I can't tell you about.",
   "Host: Fair enough. What's next for The Kitchen?",
   "Kimbal Musk: Two new restaurants in Colorado, and maybe one in Shanghai. We'll see."),
 "other Musk (Kimbal) speaker label; talks about China; no statement of the watched speaker"))

A(doc("podcast_labelled", "label", "",
 L("Host: Take us back to 2018. How did the Shanghai factory deal actually happen?",
   "Elon Musk: ⟦So I met with the mayor of Shanghai, and I said, 'If you give us the land and let us own it outright, we'll build the fastest car factory in history.'⟧ And he said, 'Okay.'",
   "Elon Musk: ⟦The Shanghai government did everything they promised, on time, which is rare anywhere⟧.",
   "Host: And the Chinese engineers?",
   "Elon Musk: ⟦I remember telling our team in Fremont, 'The engineers in Shanghai are working at a level you need to see to believe,' and I meant it⟧.",
   "Host: Any regrets about the deal?",
   "Elon Musk: ⟦None. It's been great for Tesla and great for China⟧."),
 "nested quotes inside his turns (his account of what he told the Shanghai mayor and his team); mayor's reply not gold"))
