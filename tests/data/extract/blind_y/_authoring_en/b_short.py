"""yen-029 .. yen-050: aggregator titles (Google News / Bing News style) and one-sentence summaries."""
from common import doc

DOCS = []
add = DOCS.append

# ---- aggregator_headline -------------------------------------------------------------
add(doc("yen-029", "aggregator_headline", "article",
    "Musk says ⟦China has a huge electricity advantage over U.S.⟧ - Reuters",
    "Elon Musk said ⟦China's electricity output could be triple that of the United States within a few years⟧.",
    "aggregator title: gold is the claim without the ' - Reuters' suffix; snippet adds reported speech"))

add(doc("yen-030", "aggregator_headline", "article",
    "Elon Musk weighs in on China's EV price war - CNBC",
    "",
    "headline only says he talked about China; no claim carried"))

add(doc("yen-031", "aggregator_headline", "article",
    "Tesla's Musk: ⟦Chinese carmakers will 'demolish' rivals without trade barriers⟧ - Bloomberg",
    "",
    "colon headline carrying his claim; publisher suffix excluded"))

add(doc("yen-032", "aggregator_headline", "article",
    "Musk posts about Chinese battery prices, sparking debate among EV fans - Yahoo Finance",
    "The Tesla CEO's late-night post drew thousands of replies from fans and critics.",
    "headline fragment: 'posts about' without the claim"))

add(doc("yen-033", "aggregator_headline", "article",
    "Musk says ⟦Chinese battery prices will halve within two years⟧ - Electrek",
    "",
    "headline fragment carrying the claim (contrast with 'posts about Chinese battery prices')"))

add(doc("yen-034", "aggregator_headline", "article",
    "Elon Musk meets Chinese Premier in Beijing amid self-driving push - South China Morning Post",
    "The Tesla chief held talks with Li Qiang during a surprise visit to the capital on Sunday.",
    "action (meets, held talks) not a statement"))

add(doc("yen-035", "aggregator_headline", "article",
    "BYD chairman says Musk 'underestimated' Chinese EVs for a decade - Financial Times",
    "",
    "another person (BYD chairman) speaking about Musk and China"))

add(doc("yen-036", "aggregator_headline", "article",
    "Elon Musk says ⟦Tesla will never leave China⟧ - Fortune",
    "The billionaire told a conference in Shanghai that ⟦the factory there was 'core' to Tesla⟧ and ruled out moving production elsewhere.",
    "aggregator claim plus snippet; 'there' refers to Shanghai; 'the billionaire'"))

add(doc("yen-037", "aggregator_headline", "article",
    "Musk says Starship to fly again next month as China readies moon mission - Space.com",
    "",
    "his claim in the headline is about Starship; China part is the writer's"))

add(doc("yen-038", "aggregator_headline", "article",
    "Musk says ⟦DeepSeek likely has far more Nvidia chips than it admits⟧ - Business Insider",
    "",
    "Chinese company (DeepSeek) claim in aggregator title"))

add(doc("yen-039", "aggregator_headline", "article",
    "Musk, China and the Taiwan question: what we know - Al Jazeera",
    "",
    "explainer framing headline, no claim"))

add(doc("yen-040", "aggregator_headline", "article",
    "Musk says ⟦a Chinese blockade of Taiwan would halt AI progress worldwide⟧ - Nikkei Asia",
    "",
    "Taiwan in relation to China, claim in title"))

add(doc("yen-041", "aggregator_headline", "article",
    "Kimbal Musk says China's vertical farms are 'years ahead' of the US - AgFunder News",
    "",
    "same surname: Kimbal Musk, not the watched speaker"))

add(doc("yen-042", "aggregator_headline", "article",
    "Musk says ⟦Tesla's Shanghai factory hit record output in March⟧ - CnEVPost",
    "",
    "Tesla's Shanghai factory counts as China"))

# ---- short_summary -------------------------------------------------------------------
add(doc("yen-043", "short_summary", "article",
    "Musk: ⟦Chinese automakers most competitive in the world⟧",
    "Elon Musk said on Wednesday that ⟦Chinese automakers were the most competitive in the world⟧ and predicted ⟦they would win significant market share abroad⟧.",
    "one-sentence summary with two reported points; 'they' refers back"))

add(doc("yen-044", "short_summary", "article",
    "Tesla China sales drop 12% in May",
    "Tesla's China sales fell 12% in May, industry data showed, as Elon Musk focused on the launch of the company's robotaxi service in Austin, which he said would be 'super safe'.",
    "China sales summary; his only words are about the Austin robotaxi"))

add(doc("yen-045", "short_summary", "article",
    "⟦Tesla to build cheaper model in Shanghai⟧, Musk says",
    "The Tesla CEO told investors ⟦the Shanghai plant would begin producing a cheaper model next year⟧ and said ⟦China remained 'critical to everything we do'⟧.",
    "headline claim with attribution at the end; summary with two reported clauses"))

add(doc("yen-046", "short_summary", "article",
    "Analysts question Musk's China optimism",
    "Analysts said Musk's upbeat view of Tesla's prospects in China was misplaced, pointing to a fierce price war led by BYD.",
    "analysts characterising his view; no words of his"))

add(doc("yen-047", "short_summary", "article",
    "Musk warns ⟦Beijing's rare-earth curbs will hit all carmakers⟧",
    "Elon Musk, in a post on X late Sunday, said ⟦China's new export curbs on rare earths would 'hit every carmaker on Earth', including Tesla⟧.",
    "Chinese export controls; phrase between name and verb"))

add(doc("yen-048", "short_summary", "article",
    "Chinese state media hails Musk as 'old friend'",
    "Chinese state media praised Elon Musk as an 'old friend of the Chinese people' after his two-day visit to Beijing, during which he met senior officials.",
    "others' words about him; his actions only"))

add(doc("yen-049", "short_summary", "article",
    "Musk: ⟦no job cuts planned at Shanghai plant⟧",
    "Elon Musk said ⟦Tesla had no plans to cut jobs at its Shanghai factory⟧, adding that ⟦the plant was running at full tilt⟧.",
    "'adding that' continuation; 'the plant' refers to Shanghai"))

add(doc("yen-050", "short_summary", "article",
    "Musk talks China, AI and Mars in wide-ranging interview",
    "In a wide-ranging interview released on Friday, Elon Musk discussed China, artificial intelligence and his plans to send humans to Mars.",
    "only says he talked about China"))
