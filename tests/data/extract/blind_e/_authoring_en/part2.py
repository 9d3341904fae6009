# Q&A interviews, opinion, aggregator headlines.
DOCS = []
def add(**k):
    DOCS.append(k)

# ---------------- QA ----------------
# Q1
add(genre="qa_interview", kind="article",
title="Q&A: Elon Musk on China, tariffs and Tesla's cheaper model",
text="""Tesla's chief executive spoke to us for 25 minutes by phone from Austin on Monday. The conversation has been edited for length and clarity.

Q: Tesla's market share in China has slipped below 6%. Is that a problem?

A (Musk): ⟦China is the most competitive car market on Earth, so of course our share goes up and down there.⟧ ⟦What matters is that we're profitable in China and the Shanghai factory runs at full capacity.⟧

Q: When will the cheaper model arrive?

A (Musk): First half of next year. I'm not going to give you a specific date, because then you'll write that we missed it.

Q: Does Beijing ever put pressure on you?

A (Musk): ⟦No, honestly, the Chinese government has been very fair to Tesla.⟧ ⟦We've never been asked by them to do anything I wasn't comfortable with.⟧

Q: Last one. Are you still sleeping at the factory?

A (Musk): Less than I used to. My kids complain about it.""",
guests=[], hard_case="Q&A format 'A (Musk)': China answers gold, product-date and family answers not gold; 'them' refers back to the Chinese government")

# Q2
add(genre="qa_interview", kind="article",
title="'Tesla taught us a lot': Nio founder William Li on competing with Musk",
text="""William Li founded Nio in 2014, the same year Tesla began selling cars in China. We met him at the company's headquarters in Hefei.

Q: Elon Musk has said Chinese brands will dominate the global car market. Do you agree with him?

A: I think it is too early to say anyone will dominate. The market is very large, and there is room for many companies.

Q: What did you learn from Tesla?

A: Tesla taught the whole industry that an electric car can be desirable. We respect Elon very much. But our battery swap model is something Tesla does not have.

Q: Will Nio build cars in Europe?

A: We are studying it. Tariffs make the calculation more difficult.""",
guests=[], hard_case="interviewer's question paraphrases Musk (not gold); the answers are William Li's")

# Q3
add(genre="qa_interview", kind="article",
title="Musk tells CNBC ⟦Tesla is 'not going anywhere' in China⟧",
text="""Elon Musk sat down with CNBC's David Faber at the Gigafactory in Austin for a wide-ranging interview that aired on Tuesday.

Faber asked whether Tesla was losing the battle in China to local brands such as BYD and Li Auto, which have undercut it on price.

"⟦We're not going anywhere in China. We have a great team there and the cars are still the best-selling premium EVs in the country⟧," Musk replied.

He argued that ⟦Chinese carmakers had benefited from a supply chain that was "a decade ahead" of the West's⟧, a point he has made repeatedly since last year.

The conversation then turned to SpaceX. Asked when humans would land on Mars, Musk said he was "hopeful" for 2029 but conceded that his timelines were "often optimistic".

Musk also told Faber he spends "about 20 hours a week" on his government work, a figure he said would drop sharply by the summer.""",
guests=[], hard_case="interview write-up: interviewer's question about China not gold; his China answer and reported clause gold; Mars and schedule answers not gold")

# Q4
add(genre="qa_interview", kind="article",
title="Kimbal Musk on vertical farming, China and his famous brother",
text="""Kimbal Musk, the restaurateur and Tesla board member, has spent much of the past year visiting farms in China for his indoor agriculture venture. We caught up with him in Boulder, Colorado.

Q: What surprised you most in China?

Musk: The scale. Chinese farmers are way ahead on greenhouse technology. Some of the facilities I saw in Shandong are the size of small towns.

Q: Does your brother share your enthusiasm for China?

Musk: You'd have to ask him. We really don't talk business at dinner.

Q: Any plans to open restaurants there?

Musk: Maybe one day. Shanghai has one of the best food scenes in the world.""",
guests=[], hard_case="Musk-like name: Kimbal Musk, labelled 'Musk', speaks about China; the watched speaker says nothing")

# Q5
add(genre="qa_interview", kind="article",
title="Elon Musk: '⟦Building cars in China was the best decision we made⟧'",
text="""In an interview at Tesla's Fremont factory, the billionaire answered questions from a small group of reporters for about half an hour. Excerpts follow.

Q: Critics say Tesla is too dependent on China.

Musk: ⟦Oh yes, terrible idea to build cars where people are really good at building cars.⟧ [laughs] ⟦Look, without Shanghai we'd have had a much harder time surviving 2020.⟧

Q: Would you build a second Chinese factory?

Musk: ⟦Not right now. The Shanghai plant can still grow, so there's no need.⟧

Q: What about the Roadster?

Musk: We'll show it by the end of the year. It's going to be insane.""",
guests=[], hard_case="headline carries his claim (gold); sarcasm about building cars in China; answers that refer back to the China question; Roadster answer not gold")

# Q6
add(genre="qa_interview", kind="article",
title="'The numbers don't lie': an analyst's case against Tesla's China story",
text="""Gene Harlow, a portfolio manager at Corbel Capital who has been short Tesla stock since 2023, argues that the company's China business is weaker than investors think. We spoke by video.

Q: Musk keeps calling China one of Tesla's strongest markets. Why do you disagree?

A: Because he says China is the future of Tesla every year, and every year the share goes down. The numbers don't lie. BYD outsells Tesla three to one in China now.

Q: Is Musk overstating Tesla's position there?

A: Of course he is. That's his job. Musk says the Shanghai factory is the best in the world, and maybe it is, but a factory needs customers.

Q: What would change your mind?

A: Approval for full self-driving in China, at a price Chinese buyers will pay.""",
guests=[], hard_case="analyst paraphrasing Musk critically and interviewer's questions restating him: not his statements")

# Q7
add(genre="qa_interview", kind="article",
title="Elon Musk on TikTok, Beijing and the limits of free speech",
text="""Over two hours at his home in Austin, Elon Musk talked about artificial intelligence, his companies and the fate of TikTok, the short-video app owned by Beijing-based ByteDance.

Musk, who has repeatedly clashed with regulators over content moderation on X, has taken a more ambivalent line on the law forcing ByteDance to sell TikTok's U.S. operations.

"⟦I don't think TikTok should be banned, even though ByteDance ultimately has to answer to Beijing⟧," he said.

Pressed on data security, he said that ⟦under Chinese law ByteDance would have to hand over user data if the government asked for it⟧. "⟦That's just how it works there. If Beijing asks, they comply.⟧"

He said ⟦a sale of TikTok's U.S. business to an American buyer was "probably the right outcome"⟧, but doubted it would happen. "⟦I doubt the Chinese government lets the algorithm leave the country⟧," he said.

On X, Musk said he wanted the platform to be "the global town square" and that the company would fight any government that tried to censor users.

Asked about his plans for the rest of the year, Musk said he would spend "most of my time on AI and robotics".

The interview took place before the latest extension of the sale deadline.""",
guests=[], hard_case="long interview write-up: TikTok/ByteDance/Beijing remarks gold, conditional claim; free-speech and X remarks not gold")

# ---------------- OPINION ----------------
# O1
add(genre="opinion", kind="article",
title="Musk and China: the debate goes on",
text="""Few relationships in global business attract as much scrutiny as the one between Elon Musk and Beijing. Critics in Washington see a billionaire with too many hostages in China; admirers see a pragmatist who built the world's most efficient car plant.

The man himself shows no sign of second thoughts. Addressing investors last week, he said: "⟦Our Shanghai factory is the best in the world, and China has been very supportive of Tesla from the start.⟧"

That sentence will not please hawks in Congress, who have asked whether Tesla's dependence on Chinese suppliers gives Beijing leverage over a company that is now intertwined with American space and defence programmes.

The debate will not be settled soon. But it would help if both sides looked at the numbers rather than the man.""",
guests=[], hard_case="framing headline without a claim over a body that contains a plain quote of his about China (gold)")

# O2
add(genre="opinion", kind="article",
title="Musk and China: The Debate Goes On",
text="""The argument over Elon Musk's ties to China has become a Rorschach test for America's view of the world's second-largest economy.

To his critics, Musk is a businessman who has courted Beijing for a decade, won favourable loans for his Shanghai factory and now sits uncomfortably close to U.S. national security decision-making. To his defenders, he has simply done what every multinational does.

Both camps tend to overstate their case. Tesla's Shanghai plant makes up roughly half of the company's output, which is significant but not unusual for a global carmaker. Volkswagen and General Motors each built their China businesses in much the same way.

What is different is Musk's political role. That is the real question Congress should be asking, and it is one he has so far left unanswered.""",
guests=[], hard_case="same framing headline over a body with only the columnist's analysis; no statement of his")

# O3
add(genre="opinion", kind="article",
title="Remember when Elon Musk laughed at BYD?",
text="""There is a clip that circulates on Chinese social media every few months. It shows a younger Elon Musk, in a 2011 television interview, being asked about the Shenzhen-based carmaker BYD.

"⟦I don't think they have a great product. I don't think their technology is very strong⟧," Musk said, grinning, when the host pointed out that Warren Buffett had invested in the company.

Fourteen years later, BYD sells more electric cars than Tesla. Its Blade battery is the industry benchmark, and its factories in Hungary, Turkey and Brazil are going up faster than anyone expected.

Musk's tone has changed accordingly. Last month he wrote on X that ⟦BYD's cars are "highly competitive these days"⟧, a concession that would have been unthinkable a decade ago.

The lesson is not that Musk was foolish. It is that nobody in the West took Chinese manufacturing seriously enough, soon enough.""",
guests=[], hard_case="quote from years ago recalled in a column (gold); 'they' refers back to BYD; his X post paraphrased with nested quote")

# O4
add(genre="opinion", kind="article",
title="Elon Musk's China alarm is self-serving",
text="""Listen to Elon Musk for long enough and you might conclude that Chinese carmakers are an unstoppable force, held back only by the tariff walls of the West.

It is a convenient story for the boss of a company whose sales are slipping. If the competition is superhuman, losing market share is no one's fault.

The reality is more mundane. Many Chinese EV makers are losing money, and the industry is consolidating rapidly. Analysts at Bernstein estimate that fewer than 20 of the 120-odd brands will survive the decade.

Musk's rhetoric has a purpose: to make Tesla look like the only Western company capable of fighting back. Investors should judge the company on its results instead.""",
guests=[], hard_case="columnist's characterisation of his views ('you might conclude'), not a report of a specific statement; analysts' estimates")

# O5
add(genre="opinion", kind="article",
title="America can't out-tariff China on solar. Even Musk knows it",
text="""On Sunday evening, Elon Musk posted a reply that summed up the dilemma facing American solar policy better than any think-tank report.

"⟦@SolarEngineer_ China makes about 80% of the world's solar panels and they are getting cheaper every year. Hard to compete with that. https://x.com/SolarEngineer_/status/1899012345678901234⟧"

It was a rare moment of candour from someone who spends much of his time these days defending the administration's trade agenda.

The numbers are stark. Chinese manufacturers added more solar module capacity last year than the United States has installed in its history. Tariffs have raised prices for American buyers without producing much domestic manufacturing.

If Washington wants a domestic solar industry, it will need something more than duties: patient capital, cheap power and a workforce that does not yet exist.""",
guests=[], hard_case="X post quoted verbatim with @handle and URL (gold); columnist's analysis not gold")

# O6
add(genre="opinion", kind="article",
title="The TikTok saga shows how little the free-speech crowd has thought about China",
text="""The long fight over TikTok was supposed to be about national security. It became, instead, a referendum on free speech.

Elon Musk, who bought Twitter promising to make it "the global town square," has been one of the loudest voices on that theme. "Censorship is the enemy of civilization," he wrote in one of many posts on X this year, in a thread about content moderation in Brazil.

But TikTok is not X. Its parent, ByteDance, is headquartered in Beijing and subject to Chinese national security laws. The question is not whether Americans can post freely, but who controls the algorithm that decides what 170 million of them see.

That is a question the free-speech maximalists have mostly ducked.""",
guests=[], hard_case="TikTok/China column where his quoted remarks are about censorship in Brazil and X, not about China")

# O7
add(genre="opinion", kind="article",
title="Musk's bet that Beijing needs Tesla more than Tesla needs Beijing",
text="""For a man who often seems to enjoy provoking governments, Elon Musk has been strikingly relaxed about one of them.

At a conference in Paris this spring, he was asked whether Tesla's exposure to China worried him. His answer was a question: "⟦Why would Beijing want to hurt a company that employs 20,000 people in Shanghai and exports cars all over the world?⟧"

It is a fair point, as far as it goes. Tesla brought world-class manufacturing practices to China's supply chain, and local suppliers have benefited enormously.

But leverage shifts. Chinese carmakers no longer need Tesla to show them how to make an electric car. The question Musk did not answer is what happens when Beijing decides it no longer needs him either.""",
guests=[], hard_case="rhetorical question of his about Beijing (gold); columnist's analysis not gold")

# ---------------- AGGREGATOR ----------------
add(genre="aggregator_headline", kind="article",
title="Musk says ⟦China's power grid will outpace the US by 2027⟧ - Reuters",
text="""Tesla CEO Elon Musk said on Tuesday that ⟦China's electricity output would exceed that of the United States by a wide margin within two years⟧, warning that power supply would be the main constraint on AI development.""",
guests=[], hard_case="aggregator title with ' - Reuters' suffix: gold is the claim without suffix; snippet repeats the claim")

add(genre="aggregator_headline", kind="article",
title="Elon Musk posts about Chinese battery prices, BYD responds - Electrek",
text="",
guests=[], hard_case="headline only describes that he posted; no claim of his")

add(genre="aggregator_headline", kind="article",
title="Musk hails Shanghai workforce, says ⟦Chinese staff 'burn the 3am oil'⟧ - Financial Times",
text="",
guests=[], hard_case="two-verb headline with publisher suffix: gold is the claim part")

add(genre="aggregator_headline", kind="article",
title="Musk meets Chinese vice premier Ding Xuexiang in Beijing - South China Morning Post",
text="""The Tesla boss held talks with Ding on Monday, according to a Chinese government readout that quoted Ding as saying China welcomes foreign companies to share in its development opportunities.""",
guests=[], hard_case="headline reports an action; snippet quotes the vice premier, not Musk")

add(genre="aggregator_headline", kind="article",
title="Elon Musk: ⟦Chinese carmakers will 'crush' rivals without trade barriers⟧ - CNBC",
text="""'⟦They're extremely good⟧,' Musk said of BYD and its Chinese peers on Tesla's fourth-quarter earnings call.""",
guests=[], hard_case="'Musk:' headline carries the claim; snippet quote with 'they' resolved by 'of BYD and its Chinese peers'")

add(genre="aggregator_headline", kind="article",
title="Analysts say Musk overstates threat from Chinese EVs - Reuters",
text="",
guests=[], hard_case="analysts' claim about Musk, not his own statement")

add(genre="aggregator_headline", kind="article",
title="Musk says ⟦Tesla won't build a new factory in China 'for now'⟧ - Reuters",
text="",
guests=[], hard_case="aggregator title, gold is the claim without 'Musk says' and publisher suffix")

add(genre="aggregator_headline", kind="article",
title="Maye Musk says China tour 'felt like coming home' - Global Times",
text="",
guests=[], hard_case="Musk-like name: his mother Maye Musk, not the watched speaker")

add(genre="aggregator_headline", kind="article",
title="Musk says ⟦Tesla cars in China 'would be shut down' if used to spy⟧ - Yahoo Finance",
text="""Elon Musk told a forum in Beijing via video link that ⟦Tesla would be shut down "in China and everywhere" if its cars were used for espionage⟧, as Chinese authorities restrict Tesla vehicles from some government sites.""",
guests=[], hard_case="conditional claim in an aggregator title and snippet; publisher suffix excluded")

add(genre="aggregator_headline", kind="article",
title="Musk and China: what the billionaire's Shanghai bet means for Tesla stock - The Motley Fool",
text="",
guests=[], hard_case="framing headline only, no claim")
