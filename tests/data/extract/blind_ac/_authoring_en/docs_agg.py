from common import doc

# ---------------- aggregator headlines ----------------
doc("aggregator_headline", "article",
 "Musk says ⟦China has an electricity advantage⟧ - Reuters",
 "Tesla CEO Elon Musk said on Thursday ⟦China was generating far more electricity than the United States, giving it an edge in artificial intelligence⟧.",
 "aggregator title: gold is the claim without ' - Reuters'; snippet with reported speech without 'that'")

doc("aggregator_headline", "article",
 "Musk posts about Chinese battery prices - Electrek",
 "",
 "hard negative: aggregator title only says he posted about the topic")

doc("aggregator_headline", "article",
 "Tesla's Musk praises China's engineers, says ⟦they are the best in the world⟧ - CNBC",
 "",
 "two-verb headline: 'praises' is description, 'says they are...' is the claim ('they' = China's engineers)")

doc("aggregator_headline", "article",
 "Musk: ⟦Chinese carmakers will 'demolish' rivals without trade barriers⟧ - Bloomberg.com",
 "",
 "colon headline carrying his claim; publisher suffix excluded")

doc("aggregator_headline", "article",
 "Musk and China: the debate goes on - Financial Times",
 "For two decades Western executives have argued over how far to bet on the Chinese market. Tesla's chief has bet further than most.",
 "hard negative: framing headline, snippet is the journalist's analysis")

doc("aggregator_headline", "article",
 "Kimbal Musk says China's food scene 'blew his mind' - Fortune",
 "",
 "namesake: Kimbal Musk's claim about China in an aggregator title")

doc("aggregator_headline", "article",
 "Elon Musk meets Chinese premier in Beijing - South China Morning Post",
 "The Tesla boss held talks with Li Qiang on Sunday, his first trip to the capital in more than a year.",
 "hard negative: action only (met), no claim")

doc("aggregator_headline", "article",
 "Why Elon Musk can't stop talking about BYD - The Verge",
 "",
 "hard negative: headline about his talking, no claim carried")

doc("aggregator_headline", "article",
 "Musk warns ⟦US is 'way behind' China on power generation⟧ - Fox Business",
 "",
 "aggregator title with 'warns' carrying his claim")

doc("aggregator_headline", "article",
 "Analyst: Musk is wrong about China's EV demand - MarketWatch",
 "",
 "hard negative: analyst's claim about Musk")

doc("aggregator_headline", "article",
 "Musk says Starship will fly again in weeks as Tesla China sales slide - Reuters",
 "",
 "hard negative: his claim is about Starship; China clause is the journalist's")

doc("aggregator_headline", "article",
 "Elon Musk: ⟦Giga Shanghai is Tesla's most productive plant⟧ - Teslarati",
 "Speaking on an internal call, Musk described ⟦the Shanghai factory as the company's \"crown jewel\"⟧ and thanked workers there for a record quarter.",
 "colon headline; 'described X as Y' paraphrase in snippet (gold = 'X as Y')")

doc("aggregator_headline", "article",
 "Tesla's China sales fall 9% as Musk focuses on robotaxis - Bloomberg.com",
 "",
 "hard negative: China fact plus description of his focus, no claim")

# ---------------- short summaries (RSS) ----------------
doc("short_summary", "article",
 "Musk: ⟦Chinese automakers are the toughest rivals⟧",
 "Tesla CEO Elon Musk said on Thursday that ⟦Chinese automakers are \"the most competitive car companies in the world\"⟧, adding that ⟦Tesla would keep cutting costs at its Shanghai plant to keep up⟧.",
 "one-sentence summary with 'adding that' continuation and embedded quote; colon headline carries his claim")

doc("short_summary", "article",
 "Maye Musk celebrates birthday in Beijing",
 "Maye Musk, mother of the Tesla chief, told fans in Beijing that China felt \"like a second home\" as she marked her birthday with a dinner at a hutong restaurant.",
 "namesake: Maye Musk's claim about China")

doc("short_summary", "article",
 "",
 "The billionaire flew into Beijing on Sunday for talks with senior officials, his second trip to the world's second-largest economy this year.",
 "hard negative: action only, no statement; no title")

doc("short_summary", "article",
 "Musk weighs in on EV tariffs",
 "Musk argued in a post on X that ⟦tariffs on Chinese EVs \"distort the market\" and mostly hurt American consumers⟧.",
 "paraphrase with 'argued'; headline is description only")

doc("short_summary", "article",
 "Starship date set as China readies rival rocket",
 "Elon Musk said on Monday the next Starship test flight would take place in late June, as Chinese launch company LandSpace prepared its own reusable rocket for a maiden flight.",
 "hard negative: his claim is about Starship; China part is journalist context")

doc("short_summary", "article",
 "Musk on BYD",
 "In a rare concession, Elon Musk acknowledged that ⟦BYD now builds better-value cars than Tesla in some segments⟧. He did not say which ones.",
 "paraphrase with 'acknowledged'; named Chinese company; headline is description")

doc("short_summary", "article",
 "",
 "Analysts at Bernstein said Musk's optimism about China demand looked misplaced after April deliveries from the Shanghai plant fell 18%.",
 "hard negative: analysts characterise his view")

doc("short_summary", "article",
 "Musk jokes about keeping up with Chinese engineers",
 "Appearing by video at a supplier event in Shanghai, the Tesla chief joked that ⟦he would need \"a lot of coffee\" to keep pace with Chinese engineers who work through the night⟧.",
 "paraphrase with 'joked'; headline is description only")

doc("short_summary", "article",
 "Tesla shareholder meeting: robots, robotaxis, no China",
 "Musk said nothing about China during Tuesday's shareholder meeting, focusing instead on robotaxis and the Optimus robot, to the disappointment of some investors who had hoped for an update on Shanghai.",
 "hard negative: journalist notes he said nothing about China")
