# VTT, machine-translated, short summaries, other, and a few extra wire/aggregator items.
DOCS = []
def add(**k):
    DOCS.append(k)

M = "Elon Musk"
# ---------------- VTT ----------------
add(genre="vtt", kind="vtt", title="Elon Musk interview: solar, batteries and China", cues=[
    ("Interviewer", "You visited several solar factories in China last year. What stood out?"),
    (M, "⟦China installed more solar last year than the rest of the world combined.⟧"),
    (M, "⟦And the factories there are almost fully automated, which is why the panels are so cheap.⟧"),
    ("Interviewer", "Should the United States try to match that?"),
    (M, "We should build a lot more solar and batteries here. The sun is a giant free fusion reactor in the sky."),
], guests=[], hard_case="VTT: his China cues gold ('there' refers back to China), US solar cue not gold")

add(genre="vtt", kind="vtt", title="", cues=[
    ("Anchor", "Tesla chief executive Elon Musk landed in Beijing this morning on an unannounced visit."),
    ("Anchor", "Our correspondent Sarah Lin is following the story. Sarah, what do we know?"),
    ("Sarah Lin", "Musk met Premier Li Qiang this afternoon, according to state media. The premier told him China's door to foreign investment will only open wider."),
    ("Sarah Lin", "Musk himself did not speak to the press. Tesla says the visit is about its driver-assistance software."),
    ("Anchor", "Thank you, Sarah."),
], guests=[], hard_case="news VTT about his China trip: anchors and correspondent speak, the premier's words are reported; he says nothing")

add(genre="vtt", kind="vtt", title="Tesla Optimus panel — Q&A", cues=[
    ("Moderator", "Who do you see as the main competitors for Optimus?"),
    (M, "⟦Chinese companies are moving incredibly fast in humanoid robots.⟧"),
    (M, "⟦They'll probably be our toughest competitors, honestly.⟧"),
    (M, "Optimus will be in limited production this year, and we'll ramp significantly next year."),
    ("Moderator", "Thank you, Elon."),
], guests=[], hard_case="VTT: 'They' in a following cue refers to Chinese companies (gold); production-date cue not gold")

add(genre="vtt", kind="vtt", title="Starship update with Elon Musk", cues=[
    ("Host", "China's space agency says it will land astronauts on the moon by 2030. But today we're here to talk about Starship."),
    (M, "Starship is the first fully reusable rocket. That's the holy grail of spaceflight."),
    (M, "Our goal is to make life multiplanetary, and Mars is the next step."),
    ("Host", "When will we see a ship catch?"),
    (M, "Hopefully in the next few months."),
], guests=[], hard_case="host mentions China; his cues are about Starship and Mars")

add(genre="vtt", kind="vtt", title="World Governments Summit 2025: conversation with Elon Musk", cues=[
    ("Omar Al Olama", "Everyone is talking about DeepSeek. Were you surprised?"),
    (M, "⟦DeepSeek is impressive, but I think the Chinese labs have a lot more compute than they've said publicly.⟧"),
    (M, "⟦China will be a strong number two in AI, and maybe more than that.⟧"),
    ("Omar Al Olama", "And Grok?"),
    (M, "Grok 3 comes out in a week or two. It's scary smart."),
], guests=[], hard_case="VTT: China/DeepSeek cues gold, Grok release cue not gold; interviewer's question not gold")

add(genre="vtt", kind="vtt", title="", cues=[
    ("Host", "Kimbal, you've been spending time in China. What have you seen?"),
    ("Kimbal Musk", "China is way ahead of us on indoor agriculture. Some of these farms are incredible."),
    ("Kimbal Musk", "They move fast, and they are not afraid to try things at scale."),
    ("Host", "Would your brother agree?"),
    ("Kimbal Musk", "Probably. He loves anything that moves fast."),
], guests=[], hard_case="Musk-like name: Kimbal Musk speaks about China in VTT; watched speaker absent")

# ---------------- MACHINE TRANSLATED ----------------
add(genre="machine_translated", kind="article",
title="Musk: ⟦Chinese team is very excellent, Shanghai super factory efficiency is world first⟧",
text="""According to reports, on local time the 6th, Musk at the Tesla annual shareholders meeting held in Austin city of Texas state of the United States expressed, ⟦the Chinese team is very excellent, the Shanghai super factory's production efficiency is the first in the whole world⟧.

He also said, ⟦Tesla will continue to increase investment in China, the Chinese market is very important for Tesla⟧.

In addition, Musk also expressed that the Optimus robot next year will start small batch production, and the price will be controlled at 20,000 to 30,000 US dollars.

It is understood that the Tesla Shanghai super factory in 2024 delivered more than 910,000 vehicles, accounting for more than half of Tesla's global deliveries.""",
guests=[], hard_case="stiff translation from Chinese; long locative between 'Musk' and 'expressed'; 'Musk:' headline carries claim; Optimus remark not gold")

add(genre="machine_translated", kind="article",
title="Tesla and China relationship dispute: Musk once again talks China",
text="""Recently, about Tesla in China market the development prospects, the outside world again produces the dispute. Some analysts think, Tesla in China market share continuously falls, the brand force is weakening.

Musk this year already has twice visited China, meeting with relevant department leaders, and visited Baidu and other enterprises. Tesla China related responsible person said, the company will continue to take root in China market.

Industry person Zhang Xiang thinks, Tesla facing the domestic new forces' price war pressure, needs to accelerate launching new models, otherwise the share may continue to shrink.""",
guests=[], hard_case="framing headline ('once again talks China') over a translated body with no statement of his: visits, Tesla China spokesperson and analysts only")

add(genre="machine_translated", kind="article",
title="Focus on the dispute: Musk again speaks of China",
text="""On the evening of the 20th, Tesla CEO Elon Musk in one video connection interview again talked about the Chinese market.

Musk said: "⟦Chinese consumers are the most demanding consumers in the world, this forces us to continuously improve.⟧"

He also said, ⟦Chinese electric car companies' speed of iteration is very fast, Tesla must learn from them⟧.

To the question of the robotaxi, Musk expressed that the service next year will expand to more American cities.""",
guests=[], hard_case="framing headline without claim over a translated body with plain quotes of his about China (gold); robotaxi remark not gold")

add(genre="machine_translated", kind="article",
title="CATL Zeng Yuqun: I once said to Musk, battery is the core",
text="""At the World Power Battery Conference held in Yibin, Sichuan on the 9th, CATL chairman Zeng Yuqun revealed that, several years ago he once said to Musk, "The car you can make, but the battery must leave it to us."

Zeng Yuqun expressed, Musk at that time listened very seriously, afterwards the two sides established long-term cooperation.

He also said, Chinese power battery industry chain already is the most complete in the world.""",
guests=[], hard_case="translated: Zeng Yuqun's account of what he told Musk; 'He also said' refers to Zeng, not Musk")

add(genre="machine_translated", kind="article",
title="Musk: ⟦domestic car enterprises are the strongest competitors⟧",
text="""Sina Finance news, on the 24th, Tesla CEO Musk in the fourth quarter earnings conference call expressed, ⟦domestic car enterprises are Tesla's strongest competitors in the world⟧.

Musk thinks, ⟦if there are no trade barriers, Chinese car companies will obtain very big share in the global market⟧.

He supplemented to say, ⟦the speed of the Chinese supply chain is unmatched⟧.

Musk also disclosed that the cheaper model will be put into production in the first half of next year.""",
guests=[], hard_case="translated from Chinese: 'domestic car enterprises' means Chinese carmakers (the outlet is Chinese); 'He supplemented to say' continuation; product-date remark not gold; 'Musk:' headline carries the claim")

add(genre="machine_translated", kind="article",
title="China commercial spaceflight welcomes the big year, Musk's Starship is again tested",
text="""This year, our country's commercial spaceflight enterprises intensively carry out the launch missions. Landspace company's Zhuque-3 rocket completed the first flight, the recovery test is also under preparation.

Meanwhile, in the United States, SpaceX founder Musk expressed that the Starship next time test flight will be carried out in about four weeks, and "the success probability is very high".

Experts think, the gap between China and America in reusable rockets is shrinking, but still needs several years.""",
guests=[], hard_case="translated article on Chinese commercial space: his only remark is about Starship's next flight")

# ---------------- SHORT SUMMARIES ----------------
add(genre="short_summary", kind="article", title="Musk: ⟦Chinese carmakers 'most competitive' in world⟧",
text="""Elon Musk said on Wednesday that ⟦Chinese automakers are the most competitive car companies in the world⟧, warning that ⟦they would take significant market share abroad⟧.""",
guests=[], hard_case="one-sentence summary with two reported clauses; headline 'Musk:' quotes a fragment")

add(genre="short_summary", kind="article", title="",
text="""Elon Musk arrived in Beijing on Sunday for an unannounced visit, meeting senior officials as Tesla seeks approval for its driver-assistance software.""",
guests=[], hard_case="one-sentence summary of an action, no statement")

add(genre="short_summary", kind="article", title="",
text="""The Tesla CEO told investors ⟦the Shanghai plant would begin producing a cheaper Model Y variant in the second quarter⟧, sending shares up 3% after hours.""",
guests=[], hard_case="short summary, 'the Tesla CEO' as name; claim about the Shanghai plant")

add(genre="short_summary", kind="article", title="Musk posts about Chinese battery prices",
text="""Elon Musk posted about Chinese battery prices on X on Monday, drawing thousands of replies from Tesla fans and critics.""",
guests=[], hard_case="headline fragment and summary only describe that he posted; no claim")

add(genre="short_summary", kind="article", title="",
text="""Elon Musk said ⟦Tesla would keep investing in China despite the trade war⟧. He added that ⟦the company's Shanghai engineers were "among the best anywhere"⟧.""",
guests=[], hard_case="two-sentence summary with 'He added that' continuation")

add(genre="short_summary", kind="article", title="",
text="""Analysts at Morgan Stanley said Musk's upbeat comments on China ignored a steady decline in Tesla's market share there, cutting their delivery forecast for the year.""",
guests=[], hard_case="analysts' characterisation of his comments, not his words")

add(genre="short_summary", kind="article", title="",
text="""Musk warned that ⟦tariffs on Chinese goods would raise car prices for Americans⟧ in a post on X on Friday.""",
guests=[], hard_case="one-sentence summary of an X post about Chinese tariffs")

add(genre="short_summary", kind="article", title="",
text="""Speaking at an event in Shanghai, Musk said Starship would carry the first crew to Mars by 2029.""",
guests=[], hard_case="China setting, statement about Mars: not gold")

add(genre="short_summary", kind="article", title="",
text="""The billionaire said ⟦he had never been asked by Beijing to censor content on X⟧, rejecting claims made by U.S. lawmakers at a hearing on Thursday.""",
guests=[], hard_case="denial phrased as 'said he had never ...' (gold); 'the billionaire' as name")

add(genre="short_summary", kind="article", title="",
text="""Tesla's Shanghai factory built its 3 millionth vehicle on Tuesday, the company said, a milestone Musk marked by sharing a photo of the car on X.""",
guests=[], hard_case="the company's statement and an act of his (sharing a photo), no claim")

# ---------------- OTHER ----------------
add(genre="other", kind="article",
title="Excerpt: 'The Shanghai Sprint', from a new book about Tesla",
text="""By the summer of 2019, the site in Lingang was a sea of mud and steel. Musk flew in every few weeks, walked the half-built paint shop and left behind long lists of demands.

One night in August he sent an email to the whole Shanghai team. The message was short: "⟦What you have done here in six months would take two years anywhere else. China is proving what is possible.⟧" Musk wrote, before signing off with a single word: "Onward."

Not everyone was impressed by the pace. Several managers quit, and a senior supplier executive later complained that Tesla's demands were "impossible to meet."

By December, the first cars were rolling off the line.""",
guests=[], hard_case="book excerpt: quote introduced in one sentence and attributed at its end; an email to staff about China is his statement; 'Onward' not a China claim")

add(genre="other", kind="article",
title="Gigafactory Shanghai",
text="""Gigafactory Shanghai (also Giga Shanghai) is an automotive manufacturing facility operated by Tesla, Inc. in the Lingang area of Pudong, Shanghai, China. It was the company's first factory outside the United States.

Construction began in January 2019 after Tesla signed an agreement with the Shanghai municipal government. Elon Musk attended the groundbreaking ceremony. Production of the Model 3 began in October 2019, and the Model Y followed in January 2021.

The plant is wholly owned by Tesla, the first foreign car factory in China not required to have a local joint-venture partner. In 2023, it produced about 947,000 vehicles.""",
guests=[], hard_case="encyclopedia-style entry: only actions (he attended), no statement")

add(genre="other", kind="article",
title="Tesla breaks ground on Megapack factory in Shanghai",
text="""SHANGHAI, China — Tesla today broke ground on its Megafactory in Shanghai, which will produce up to 10,000 Megapack units per year.

"⟦Shanghai has proven to be an incredible place to build. The speed and skill of the team here made this possible⟧," said Elon Musk, CEO of Tesla. "⟦We're excited to bring large-scale energy storage to China and the wider Asian market.⟧"

The Megafactory is expected to begin production in the first quarter of next year.

About Tesla
Tesla's mission is to accelerate the world's transition to sustainable energy.""",
guests=[], hard_case="press release: 'said Elon Musk, CEO of Tesla' after the quote; two quotes about China")

add(genre="other", kind="article",
title="Fact check: Did Elon Musk say China will overtake America by 2030?",
text="""CLAIM: A post shared more than 40,000 times on Facebook says Elon Musk told an audience in Dubai that "China will overtake America in every industry by 2030 and there is nothing anyone can do about it."

VERDICT: False. There is no record of Musk making this statement. The quote does not appear in any transcript or video of his appearances in Dubai, and a Tesla spokesperson said he had not said it.

The image that accompanies the post shows Musk at a 2023 conference in Paris, where he discussed artificial intelligence and did not mention China.""",
guests=[], hard_case="fact check: a fabricated quote attributed to him that he did not say; not his statement")

add(genre="other", kind="article",
title="The Morning Drive: Musk's Shanghai memories, Ford's recall, Rivian's new SUV",
text="""Good morning. Here's what you need to know today.

MUSK GETS NOSTALGIC. Speaking at a Tesla owners' event on Saturday, Elon Musk told a story about Tesla's early days in China. "⟦When I first met the officials in Shanghai, they told me, 'We will help you build the fastest factory in the world,' and they did.⟧" he said. He added that ⟦without Chinese suppliers, the Model 3 ramp would have taken years longer⟧.

FORD RECALL. Ford is recalling 270,000 vehicles over a parking brake issue.

RIVIAN. Rivian unveiled the R2 production version, priced from $45,000.""",
guests=[], hard_case="newsletter with nested quote inside his quote (the officials' words are part of his statement); 'He added that' continuation")

add(genre="other", kind="article",
title="Global Energy Futures Forum 2025 — Programme",
text="""Day 1, Tuesday 14 October

09:00 Opening remarks — Forum chair Dr Helena Vos

09:30 Keynote (video): Elon Musk, "China and the Future of Energy"

10:30 Panel: "Can Europe compete with China on batteries?" — speakers from Northvolt, CATL Europe and the European Commission

12:00 Lunch

13:30 Fireside chat: "Solar at terawatt scale" — Li Zhenguo, LONGi Green Energy""",
guests=[], hard_case="conference programme: a session title in quote marks next to his name is not a statement")

# ---------------- EXTRA AGGREGATOR / WIRE ----------------
add(genre="aggregator_headline", kind="article",
title="Elon Musk says ⟦Xiaomi's SU7 is 'a very good car'⟧ after Beijing test drive - Bloomberg",
text="",
guests=[], hard_case="aggregator title: claim about a Chinese company's car, without the after-clause and publisher suffix")

add(genre="aggregator_headline", kind="article",
title="Tesla's Musk to visit China as FSD approval looms, sources say - Reuters",
text="""Tesla CEO Elon Musk plans to travel to China later this month to meet senior officials, two people familiar with the matter said, as the company pushes for approval of its Full Self-Driving software.""",
guests=[], hard_case="planned trip reported by sources; no statement of his")

add(genre="wire", kind="article",
title="Tesla's Zhu says China team 'has never been stronger'",
text="""SHANGHAI (Reuters) - Tom Zhu, Tesla's senior vice president of automotive, who built the company's Shanghai factory and now splits his time between Texas and China, speaking at an auto forum in Shanghai on Wednesday after a long introduction by the organisers, said the carmaker's China team "has never been stronger".

"We are not going to be pushed out of the Chinese market. We are here for the long run," Zhu said.

The Tesla executive, who reports directly to Elon Musk, added that the company would launch two new versions of the Model Y in China this year.

Musk was not at the event. He has been focused on Tesla's robotaxi business in the United States and on his artificial intelligence startup xAI.""",
guests=[], hard_case="a Tesla executive (not Musk) makes China claims with subject and verb far apart; Musk named only as his boss")
