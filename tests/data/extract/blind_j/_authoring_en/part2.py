from common import D
DOCS = []
A = DOCS.append

# ---------------- qa_interview ----------------
A(D("qa_interview", "article",
"'We underestimated them': Elon Musk on China, robots and the grid",
"""
The Tesla and SpaceX chief spoke to us for 40 minutes from his office in Austin. The conversation has been edited for length and clarity.

Q: Five years ago you said Chinese brands were not a threat. What changed?

A (Musk): Honestly, we underestimated them. The Chinese car companies are the most competitive in the world, and I say that as someone who competes with them every day.

Q: Do you think tariffs will protect Tesla?

A (Musk): Tariffs are a blunt instrument. I don't think we should need them, and in the long run they won't stop Chinese manufacturers from winning market share.

Q: Let's talk about Optimus. When will customers get one?

A (Musk): Probably late next year for external customers, assuming production goes as planned.

Q: And the power grid - is the US ready for AI?

A (Musk): No. We need to roughly double electricity output, and fast. Transformers are the bottleneck right now.
""",
["Honestly, we underestimated them. The Chinese car companies are the most competitive in the world, and I say that as someone who competes with them every day.",
 "in the long run they won't stop Chinese manufacturers from winning market share."],
"Q&A format; interviewer questions about China not gold; Optimus date and US grid answers not gold; 'them' in first answer resolved by following sentence"))

A(D("qa_interview", "article",
"Five questions for the Tesla CEO on the eve of the Shanghai auto show",
"""
Q: Tesla is skipping the Shanghai show again this year. Is that a signal about China?

A: (Musk) Not at all. China is one of our most important markets; we just don't do auto shows anywhere.

Q: Rivals like NIO are building battery-swap stations. Would you?

A: (Musk) We tried swapping back in 2013. Nobody used it. I think fast charging is simply the better approach.

Q: Will the Cybertruck ever be sold on the mainland?

A: (Musk) It's hard to say. The regulations there on vehicle dimensions and pedestrian safety are quite strict, and we haven't found a path yet.

Q: Some say you're too close to Beijing.

A: (Musk) I'd say I'm close to everyone who builds things. That's my tribe.
""",
["China is one of our most important markets; we just don't do auto shows anywhere.",
 "The regulations there on vehicle dimensions and pedestrian safety are quite strict, and we haven't found a path yet."],
"Q&A where 'there' refers to the mainland from the question; battery-swap answer is about Tesla's history (NIO only in question) - not gold; evasive 'close to everyone' answer not about China - not gold"))

A(D("qa_interview", "article",
"Interview: the Chinese EV analyst who thinks Musk got it wrong",
"""
Zhao Meiling runs the autos desk at a Shanghai brokerage. We asked her about Tesla's prospects.

Q: Elon Musk said last month that Tesla would "win on software." Do you agree?

A: Partly. But Chinese brands already ship better in-car software than Tesla in the local market. Musk is underestimating how fast Huawei's driver-assistance stack has improved.

Q: Why do Chinese consumers still buy Model Y?

A: Brand, resale value and the Shanghai factory's reputation for quality. That advantage is shrinking.

Q: What would you tell Musk if you met him?

A: Come and drive our cars for a week. He would be surprised.
""",
[],
"Q&A with a different interviewee; interviewer quotes Musk on a non-China topic inside question; analyst's critique - not gold"))

A(D("qa_interview", "article",
"Elon Musk, in his own words, on Hong Kong, free speech and X",
"""
This interview took place on a livestream hosted on X. Questions from the host are in bold in the original; Musk's answers follow.

Host: People in Hong Kong say they feel they can't speak freely anymore. Will X stand up for them?

Musk: We'll follow the law in each country. That's the only sane policy. But I will say, it's sad when a city that was such a beacon of open trade becomes more closed.

Host: Do you think Beijing will ever allow X on the mainland?

Musk: I doubt it. I don't think they want a platform they can't control, and we're not going to change how X works to get in.

Host: Final question - Mars timeline?

Musk: Uncrewed ships in the next window if things go well. Crewed maybe four years after that.
""",
["it's sad when a city that was such a beacon of open trade becomes more closed.",
 "I doubt it. I don't think they want a platform they can't control, and we're not going to change how X works to get in."],
"Hong Kong in relation to China; 'they' = Beijing from the host question; law-following generality and Mars answers not gold"))

A(D("qa_interview", "article",
"Tesla's chief on the price war: 'Margins are what they are'",
"""
In a short exchange with reporters outside the Giga Berlin plant on Friday, Musk fielded questions about pricing. Excerpts:

Reporter: Are you cutting prices in China again?

Musk: We adjust prices in every market all the time. Margins are what they are.

Reporter: But BYD just cut by 10%.

Musk: Look, I have enormous respect for BYD. Their cost structure is incredible - I'd say the best in the industry.

Reporter: Is Berlin going to get more investment?

Musk: Yes, we're expanding the paint shop and adding a battery line here in Brandenburg.
""",
["I have enormous respect for BYD. Their cost structure is incredible - I'd say the best in the industry."],
"reporter questions about China not gold; generic pricing answer not specific to China - not gold; BYD answer gold; Berlin answer not gold"))

A(D("qa_interview", "article",
"Musk and China: the debate goes on",
"""
Few relationships in global business are picked over as closely as the one between Tesla's boss and the world's second-largest economy. We put the most common questions to a former Tesla China executive, who asked not to be named.

Q: Does Musk have special access in Beijing?

A: He has good relationships, but so do the heads of Apple and Volkswagen. People exaggerate it.

Q: Is Tesla dependent on China?

A: For batteries and for about a third of sales, yes. That's just arithmetic.

Q: What does Musk really think?

A: You'd have to ask him. In meetings he was always focused on cost and speed, not politics.
""",
[],
"framing headline over body with no Musk statement (former executive's words only)"))

A(D("qa_interview", "article",
"'Ask me anything': highlights from Musk's Q&A with Chinese university students",
"""
Musk joined students at Tsinghua University by video on Thursday evening. Selected questions and answers, translated from the Chinese where needed:

Student: What should young Chinese engineers study?

Musk: Physics, first principles. And honestly, the students I've met in China are some of the hardest-working anywhere, so you're already off to a good start.

Student: Will Tesla hire more in China?

Musk: Yes. Our Shanghai engineering team has grown a lot and I expect it to keep growing. Some of our best manufacturing ideas came from there.

Student: What's your favourite book?

Musk: The Hitchhiker's Guide to the Galaxy. Still.
""",
["the students I've met in China are some of the hardest-working anywhere, so you're already off to a good start.",
 "Yes. Our Shanghai engineering team has grown a lot and I expect it to keep growing. Some of our best manufacturing ideas came from there."],
"Q&A; general advice 'Physics, first principles' not gold; favourite-book answer not gold; 'Yes.' answering China hiring question"))

# ---------------- opinion ----------------
A(D("opinion", "article",
"Musk's China gamble is about batteries, not politics",
"""
Elon Musk has long courted Beijing. He has toured its factories, dined with its officials and praised its workers more times than anyone can count. Critics read this as political alignment. They are wrong.

Look at Tesla's cost sheet. Roughly 40% of the cells in its cars come from Chinese suppliers, and no Western factory can yet match their prices. A chief executive in that position does not have the luxury of picking fights.

Musk's admirers say he is simply pragmatic. His detractors say he is compromised. Both sides tend to overlook the dull truth that Tesla's margins now depend on a handful of plants in Jiangsu and Fujian.

The question for investors is not whether Musk likes China. It is whether Tesla can survive without it.
""",
[],
"journalist's analysis and description of Musk ('has long courted Beijing', 'praised its workers') - no statement of his"))

A(D("opinion", "article",
"When Musk says 'they're better than us', believe him",
"""
It is rare for a chief executive to admit a rival is ahead. So it was striking when Elon Musk told an investor call in April that Chinese automakers were "simply better at cost than anyone in the West, including us."

I have covered the car industry for 20 years, and I cannot remember a Detroit boss saying anything like it. General Motors' leadership still talks about Chinese brands as though they were a passing fad.

Musk went further. "If there are no trade barriers, they will demolish most other car companies in the world," he said. That line was reported widely at the time, but it is worth rereading now that Europe has put up its own barriers.

None of this makes Musk a prophet. He also told that call that full self-driving was "solved" - a claim that has aged less well.
""",
["Chinese automakers were \"simply better at cost than anyone in the West, including us.\"",
 "If there are no trade barriers, they will demolish most other car companies in the world"],
"opinion column quoting his real remarks (gold); conditional claim; 'they' refers to Chinese automakers; columnist's views and FSD claim not gold"))

A(D("opinion", "article",
"The billionaire who can't stop talking about Shenzhen",
"""
Another week, another Elon Musk post about China. This time, the billionaire was musing about Shenzhen's skyline, and his fans dutifully amplified it.

What is more interesting than the posts is the silence. Musk, so voluble on every subject, has had nothing to say about the detention of journalists on the mainland, or about the export controls his own government has imposed on chips.

Perhaps that is commercial prudence. Perhaps it is something else. Either way, the pattern is now hard to ignore.
""",
[],
"posts described without carrying any claim; columnist's commentary - not gold"))

A(D("opinion", "article",
"Europe should listen to Musk on Chinese cars - for once",
"""
I rarely agree with Elon Musk. But on one point he deserves a hearing.

Speaking in Berlin last autumn, he argued that Europe's carmakers could not out-subsidise Beijing and should instead "out-engineer them." "Tariffs buy you a few years, at best. Use those years or you're finished," Musk said.

That is blunt, but it is correct. Brussels has spent two years on countervailing duties and almost nothing on the factory automation that would actually close the cost gap with BYD and Geely.

Musk, of course, has his own interests. Tesla's Shanghai plant exports to Europe, and he has an obvious stake in the rules. But the diagnosis stands on its own.
""",
["Europe's carmakers could not out-subsidise Beijing and should instead \"out-engineer them.\"",
 "Tariffs buy you a few years, at best. Use those years or you're finished"],
"reported speech with nested quote; tariff quote in context of Chinese competition is gold; columnist's argument not gold"))

A(D("opinion", "article",
"Musk and China: the debate goes on",
"""
The arguments over Elon Musk's relationship with China are not going away, and this week supplied fresh fuel.

In a podcast appearance on Monday, Musk said China was "way ahead of the US on solar and batteries" and that American policymakers were "sleepwalking." He also said the Communist Party leadership he had met was "very smart and very pragmatic."

To his critics, that is the language of a man with too much riding on the goodwill of Beijing. To his fans, it is an honest engineer's assessment.

Both camps can agree on one thing: when Musk talks about China, markets listen.
""",
["China was \"way ahead of the US on solar and batteries\"",
 "the Communist Party leadership he had met was \"very smart and very pragmatic.\""],
"framing headline over a body that DOES contain his China statements; 'American policymakers were sleepwalking' about US - not gold"))

A(D("opinion", "article",
"Column: Musk's sarcasm about Chinese 'copycats' has aged badly",
"""
Back in 2011, asked in a television interview about BYD, Elon Musk laughed and replied: "Have you seen their car?" The clip went viral in China years later, when BYD overtook Tesla in global sales.

It would be unfair to hold a single sarcastic line against anyone. But it captures a mindset that many Western executives shared and some still hold.

Today Musk speaks very differently. On a call with analysts this year he said Chinese carmakers were "the most competitive car companies in the world." That is a remarkable journey in a little over a decade.
""",
["Have you seen their car?",
 "Chinese carmakers were \"the most competitive car companies in the world.\""],
"sarcastic rhetorical question from years ago (gold: about BYD); later reported claim gold; columnist framing not gold"))

A(D("opinion", "article",
"Why investors should ignore Musk's robotaxi promises in China",
"""
Tesla's bulls have a new story: robotaxis in Chinese cities. The theory goes that Beijing's regulators will approve unsupervised driving faster than Washington.

There is little evidence for this. Baidu's Apollo Go already operates thousands of driverless cars in Wuhan and elsewhere, and Pony.ai and WeRide are not far behind. Tesla would be entering late.

Musk has not said much specifically about China's robotaxi rules. His most recent comments, on a call in January, concerned the US, where he said regulators "need a national framework" rather than a state-by-state patchwork.

Until he spells out a China plan, investors should treat the idea with caution.
""",
[],
"his only quoted remark is about US regulators, in a China-themed column - not gold"))

# ---------------- x_roundup ----------------
A(D("x_roundup", "article",
"What Musk posted this week: batteries, Beijing and a very strange meme",
"""
Elon Musk posted more than 600 times this week. Here are the ones that moved markets or made headlines.

On Monday, replying to @EVNewsDaily's chart of falling cell prices, he wrote: "Chinese battery prices will probably halve again within three years. Hard to compete with that." (https://x.com/elonmusk/status/1867000000000000001)

On Wednesday he posted a meme of a cat in a rocket with the caption "Mars or bust."

On Thursday, answering @SawyerMerritt, he said the Shanghai factory had "the highest output per worker of any car plant on Earth."

On Saturday he got into an argument with a Democratic senator about federal spending.
""",
["Chinese battery prices will probably halve again within three years. Hard to compete with that.",
 "the Shanghai factory had \"the highest output per worker of any car plant on Earth.\""],
"X posts quoted verbatim with @handles and URL; Mars meme and US politics spat not gold"))

A(D("x_roundup", "article",
"Musk vs. the commentariat: a weekend of posts on Chinese EVs",
"""
It started when @TechRadarPro's auto editor tweeted that Chinese EVs were "overrated."

Musk quote-posted it: "lol. Sure, overrated. That's why they're outselling everyone in Mexico, Brazil and Thailand 🙄"

The editor responded: "@elonmusk I drove the Xiaomi SU7 for a week. Nice, not revolutionary."

Musk did not reply directly but later posted: "People who say this have never visited a Chinese factory."

By Sunday evening the thread had more than 40 million views.
""",
["lol. Sure, overrated. That's why they're outselling everyone in Mexico, Brazil and Thailand",
 "People who say this have never visited a Chinese factory."],
"sarcasm; 'they' refers back to Chinese EVs; other users' posts (editor) not gold"))

A(D("x_roundup", "article",
"The 10 most-viewed posts on X about Tesla in China",
"""
1. @ChinaEVTracker: "Tesla China wholesale down 9% MoM. BYD up 14%." (18m views)
2. @elonmusk: "Solar in the US is stuck behind tariffs and permitting. Fix it." (15m views)
3. @WallStreetSilver: "Elon is the only CEO who tells the truth about China." (11m views)
4. @GigaShanghaiFan: photo of a ship loading Model 3s at Shanghai's Nanhui port (9m views)
5. @elonmusk: "Starship flight 10 on track for next month" (8m views)
6. @BYDglobal: "Thank you to 10 million owners worldwide." (6m views)
""",
[],
"Musk's own posts in a China roundup are about US solar and Starship - not gold; fans' claims about Musk not gold"))

A(D("x_roundup", "article",
"Musk's posts on DeepSeek, annotated",
"""
The release of a new DeepSeek model on Monday drew several reactions from Elon Musk. Here's the sequence.

9:14 am: Replying to a chart comparing training costs, Musk wrote: "Impressive work by the DeepSeek team. But I'd bet they have far more GPUs than they're admitting."

1:47 pm: He added in a separate post: "The pace of progress from China on AI is worth taking very seriously."

Later that afternoon he shared a video about Grok's new voice mode, saying it was "the best in the world."
""",
["Impressive work by the DeepSeek team. But I'd bet they have far more GPUs than they're admitting.",
 "The pace of progress from China on AI is worth taking very seriously."],
"named Chinese company DeepSeek; Grok claim not gold"))

A(D("x_roundup", "article",
"Musk responds to critics over Xinjiang showroom",
"""
Musk has faced calls to close Tesla's showroom in Urumqi. Rather than address them directly, he posted a series of unrelated updates on Tuesday.

"Neuralink patient number five doing great," he wrote in the morning.

In the afternoon he shared a link (https://x.com/elonmusk/status/1871111111111111111) to a SpaceX launch webcast.

Human rights groups including @hrw said his silence was "telling."

Tesla China did not respond to a request for comment.
""",
[],
"China-themed roundup but Musk's posts are about Neuralink and SpaceX - not gold; his silence described by others"))

A(D("x_roundup", "article",
"Inside Musk's late-night posting spree on tariffs",
"""
Between midnight and 3 a.m. Eastern on Friday, Elon Musk posted or replied 73 times. A large share concerned trade.

"Tariffs on Chinese solar panels are a tax on American homeowners. Simple as that," he wrote at 12:18 a.m.

Replying to @CNBC's report on new duties on Chinese lithium-ion batteries, he asked: "Who exactly benefits from making batteries 40% more expensive? Not consumers."

In another reply he wrote that the Commerce Department was "run by people who have never built anything," adding: "They should visit a factory sometime."

He ended the night with a picture of his dog.
""",
["Tariffs on Chinese solar panels are a tax on American homeowners. Simple as that",
 "Who exactly benefits from making batteries 40% more expensive? Not consumers."],
"tariffs on China; rhetorical question in reply to report on duties (context: Chinese tariffs) gold; 'They' = US Commerce Department not gold"))

A(D("x_roundup", "article",
"A week on X: Musk on Hong Kong listings, Huawei phones and a cybertruck meme",
"""
Monday: Musk replied "Interesting" to a post about Chinese firms listing in Hong Kong instead of New York.

Tuesday: Asked by @teslaownersSV whether he had tried the new Huawei phone, Musk wrote: "Haven't tried it, but their chip progress despite the sanctions is genuinely remarkable."

Wednesday: Musk posted a Cybertruck meme.

Thursday: "Hong Kong is still one of the best places in the world to raise capital, whatever people say," Musk wrote, linking to https://x.com/i/spaces/1YpKkZ.

Friday: Musk said he would host a Spaces chat on free speech.
""",
["Haven't tried it, but their chip progress despite the sanctions is genuinely remarkable.",
 "Hong Kong is still one of the best places in the world to raise capital, whatever people say"],
"'Interesting' reply too thin - not gold; 'their' = Huawei; Hong Kong statement with URL; Cybertruck meme not gold"))

A(D("x_roundup", "article",
"Posts of the day: @elonmusk on the Shanghai megafactory",
"""
@elonmusk: "Congrats to Tesla Shanghai on the 100th Megapack built in the new factory! Amazing speed by the team. https://t.co/a8Kx2Lm9"

@TeslaChina replied with a video of the production line and the caption "Thank you, Elon!"

@elonmusk: "The Shanghai Megafactory went from groundbreaking to production in under nine months. Nothing like that anywhere else."

@SolarDan: "Imagine if we could permit anything that fast in California."
""",
["Congrats to Tesla Shanghai on the 100th Megapack built in the new factory! Amazing speed by the team.",
 "The Shanghai Megafactory went from groundbreaking to production in under nine months. Nothing like that anywhere else."],
"X posts quoted verbatim with handle and t.co URL; other accounts' replies not gold"))

# ---------------- earnings_call ----------------
A(D("earnings_call", "article",
"Tesla (TSLA) Q4 earnings call transcript",
"""
Prepared Remarks:

Travis Axelrod -- Head of Investor Relations

Good afternoon, everyone, and welcome to Tesla's fourth-quarter Q&A webcast.

Elon Musk -- Chief Executive Officer

Thanks, Travis. So, it was a good quarter in a tough environment. I want to say a few things about China first. The competitive pressure there is intense, and the Chinese brands are executing extremely well. Our Shanghai team did a phenomenal job keeping the factory fully utilised through the price cuts. Turning to energy storage, Megapack deployments hit a record, and we expect them to more than double this year.

Vaibhav Taneja -- Chief Financial Officer

Thanks, Elon. Automotive gross margin excluding credits was 16.2%.
""",
["The competitive pressure there is intense, and the Chinese brands are executing extremely well.",
 "Our Shanghai team did a phenomenal job keeping the factory fully utilised through the price cuts."],
"earnings-call transcript lines ('Elon Musk -- Chief Executive Officer' then paragraph); energy-storage sentences not gold; CFO not gold"))

A(D("earnings_call", "article",
"Tesla Q1 earnings call: analyst Q&A (excerpt)",
"""
Operator

Our next question comes from Colin Langan of Wells Fargo.

Colin Langan -- Wells Fargo -- Analyst

Elon, you've said before that Chinese OEMs will demolish everyone without trade barriers. Given what's happening in Europe, do you still believe that?

Elon Musk -- Chief Executive Officer

I think the trade barriers make that less likely in the near term. But we're not really planning around tariffs. We're planning around building the lowest-cost cars with autonomy. That's the whole strategy.

Colin Langan -- Wells Fargo -- Analyst

Thanks. And on 4680 cells?

Elon Musk -- Chief Executive Officer

Dry cathode is working now. We'll scale it through the year.
""",
["I think the trade barriers make that less likely in the near term."],
"analyst quoting Musk back in a question - not gold; his answer's first sentence refers back to Chinese OEMs (gold); strategy and 4680 lines not gold"))

A(D("earnings_call", "article",
"Tesla Q2 earnings call transcript",
"""
Elon Musk -- Chief Executive Officer

Thanks for joining. The big story this quarter is autonomy. We launched the robotaxi service in Austin, and the safety record has been excellent. We'll expand to more US cities over the next six months. On Optimus, version three will be unveiled later this year, and we're targeting production of several thousand units in 2026. I also want to thank the team in Nevada for ramping the Semi line.

Vaibhav Taneja -- Chief Financial Officer

Revenue for the quarter was $22.5 billion. Shanghai continued to be our most cost-efficient factory, and China deliveries grew sequentially.
""",
[],
"earnings call where only the CFO mentions Shanghai/China; Musk's paragraph is about robotaxi and Optimus - not gold"))

A(D("earnings_call", "label",
"",
"""
Operator: Next question, from Adam Jonas at Morgan Stanley.
Adam Jonas: Elon, how worried are you about Xiaomi and Huawei's new SUVs in China?
Elon Musk: Not worried, but very respectful. Xiaomi in particular has done an amazing job. Lei Jun is a great entrepreneur.
Adam Jonas: Would you consider a cheaper model for that market?
Elon Musk: We have the Model Y L now in China, which is doing well. The cheapest Tesla is really going to be the Cybercab, which is a different thing entirely.
Adam Jonas: Thank you.
""",
["Not worried, but very respectful. Xiaomi in particular has done an amazing job. Lei Jun is a great entrepreneur.",
 "We have the Model Y L now in China, which is doing well."],
"earnings-call excerpt as 'Name: text' lines; Cybercab sentence not gold; analyst question not gold"))

A(D("earnings_call", "article",
"Tesla Q3 2024 earnings call - CEO remarks",
"""
Elon Musk -- Chief Executive Officer

Let me start with the macro picture. Interest rates are still high, which is tough on car affordability. On China specifically: if you look at the EV penetration rate there, it's now over 50% of new car sales, which is incredible. I think that's a preview of what the rest of the world will look like. The Chinese government has been very supportive of electrification, and frankly it shows. Now let me talk about FSD version 13, which we're very excited about.
""",
["if you look at the EV penetration rate there, it's now over 50% of new car sales, which is incredible.",
 "I think that's a preview of what the rest of the world will look like.",
 "The Chinese government has been very supportive of electrification, and frankly it shows."],
"earnings call; 'there'/'that' refer back to China; interest-rate and FSD sentences not gold"))

A(D("earnings_call", "article",
"Tesla earnings preview: what to expect from Musk on China",
"""
Tesla reports second-quarter results after the bell on Wednesday. Investors will be listening closely for anything Elon Musk says about China, where the company's market share slipped to about 6% in the first half.

On the last call, Musk spent most of his time on autonomy and said little about pricing. Analysts at Barclays said they expect him to "downplay China weakness" again.

Key numbers to watch: automotive gross margin, Shanghai export volumes and any update on the Cybercab timeline.
""",
[],
"earnings preview: predictions of what he may say, analysts' words - no statement of his"))

A(D("earnings_call", "article",
"Tesla annual meeting call: Musk on Giga Shanghai expansion",
"""
Elon Musk -- Chief Executive Officer

Yeah, so on Shanghai, we're going to add another line for the updated Model Y, and honestly the local supply chain there is so good that we can do it in about four months. I don't think you could do that anywhere else. Separately, on the question of the Starship timeline, we're looking at flight 11 before the end of the summer.

Unidentified Participant

Could you comment on the new export controls?

Elon Musk -- Chief Executive Officer

We're complying with all US rules, obviously. Beyond that, I don't want to speculate.
""",
["on Shanghai, we're going to add another line for the updated Model Y, and honestly the local supply chain there is so good that we can do it in about four months.",
 "I don't think you could do that anywhere else."],
"China-context continuation 'I don't think you could do that anywhere else' refers to Shanghai supply chain (gold); Starship and US-rules answer not gold"))
