"""aaen-030..049: aggregator titles and one/two-sentence RSS summaries."""
from common import doc

# ---- aggregator headlines -------------------------------------------------
doc(30, "aggregator_headline", "article",
    "Musk says China has an electricity advantage over the US - Reuters",
    "Elon Musk said on Monday that China is adding power generation far faster than the United States, giving it an edge in artificial intelligence.",
    ["China has an electricity advantage over the US",
     "China is adding power generation far faster than the United States, giving it an edge in artificial intelligence"],
    "aggregator title carrying claim; gold excludes ' - Reuters'")

doc(31, "aggregator_headline", "article",
    "Musk posts about Chinese battery prices on X - Bloomberg",
    "",
    [],
    "headline fragment: only says he posted, carries no claim")

doc(32, "aggregator_headline", "article",
    "Elon Musk: BYD is 'very competitive' now - CNBC",
    "",
    ["BYD is 'very competitive' now"],
    "colon headline with claim about a named Chinese company; publisher suffix")

doc(33, "aggregator_headline", "article",
    "Musk and China: the debate goes on - Financial Times",
    "Investors and politicians are divided over how much the Tesla chief's business in the world's second-largest economy should worry Washington.",
    [],
    "framing headline with no statement of his")

doc(34, "aggregator_headline", "article",
    "Tesla's Musk praises Shanghai workers, says they 'burn the 3am oil' - South China Morning Post",
    "",
    ["they 'burn the 3am oil'"],
    "two-verb headline; 'they' = Shanghai workers; publisher suffix")

doc(35, "aggregator_headline", "article",
    "Elon Musk meets Chinese Premier in Beijing, state media says - Reuters",
    "Tesla chief executive Elon Musk met Chinese Premier Li Qiang in Beijing on Sunday, state broadcaster CCTV reported.",
    [],
    "action (met) not statement; 'says' belongs to state media")

doc(36, "aggregator_headline", "article",
    "Kimbal Musk says China's food scene 'blew my mind' - Business Insider",
    "",
    [],
    "other Musk (Kimbal) says something about China")

doc(37, "aggregator_headline", "article",
    "Musk warns Chinese carmakers will outsell Tesla unless it ships robotaxis - Electrek",
    "",
    ["Chinese carmakers will outsell Tesla unless it ships robotaxis"],
    "'warns' headline carrying claim; publisher suffix")

doc(38, "aggregator_headline", "article",
    "Elon Musk speaks about Tesla's China business at shareholder meeting - Yahoo Finance",
    "",
    [],
    "headline only says he spoke about China")

doc(39, "aggregator_headline", "article",
    "Analysts say Musk underestimates Chinese rivals - MarketWatch",
    "Wall Street analysts said the Tesla CEO's confidence about the company's position in China looked misplaced.",
    [],
    "analysts characterising his views critically")

doc(40, "aggregator_headline", "article",
    "Musk says he 'wouldn't bet against China' in AI race - Fortune",
    "The xAI founder said Chinese labs were catching up quickly despite US export controls on advanced chips.",
    ["he 'wouldn't bet against China' in AI race",
     "Chinese labs were catching up quickly despite US export controls on advanced chips"],
    "aggregator claim plus snippet naming him as 'the xAI founder'")

doc(41, "aggregator_headline", "article",
    "Musk says Starship will fly again within weeks as Chinese rival readies rocket - Space.com",
    "SpaceX's chief executive said the next test flight was close, while Beijing-based LandSpace prepared its own reusable booster.",
    [],
    "his claim is about Starship; China reference is the outlet's framing")

# ---- short RSS summaries -------------------------------------------------
doc(42, "short_summary", "article",
    "Tesla wins China approval for driver-assistance software",
    '''Tesla CEO Elon Musk said on Tuesday that Chinese regulators had been "very reasonable" in approving the company's driver-assistance software and that he expected a full rollout in the country this year.''',
    ['''Chinese regulators had been "very reasonable" in approving the company's driver-assistance software''',
     "he expected a full rollout in the country this year"],
    "one-sentence summary; second clause refers to China only via 'the country'")

doc(43, "short_summary", "article",
    "xAI raises $6 billion as DeepSeek cuts prices",
    "Elon Musk's artificial intelligence startup xAI has raised $6 billion in fresh funding, people familiar with the matter said, as Chinese rivals including DeepSeek slash prices for their models.",
    [],
    "China in the story, 'said' belongs to sources; no words of his")

doc(44, "short_summary", "article",
    "Musk praises Beijing's clean-energy push in post on X",
    '''Elon Musk wrote on X on Saturday that the Chinese government "cares a lot about the environment" and is "way ahead of the US" on solar and battery deployment.''',
    ['''the Chinese government "cares a lot about the environment" and is "way ahead of the US" on solar and battery deployment'''],
    "X post described in reported speech; headline only describes")

doc(45, "short_summary", "article",
    "CATL chairman calls Musk 'a friend' despite price fights",
    '''Robin Zeng, chairman of Chinese battery giant CATL, said Elon Musk was "a friend" and that the two companies would keep working together, even as Tesla pushes for lower cell prices.''',
    [],
    "Chinese executive speaking about Musk")

doc(46, "short_summary", "article",
    "Musk: China's factory output roughly twice America's",
    '''The billionaire told a conference in Riyadh that China's manufacturing output is "roughly twice" that of the United States and that the gap is widening.''',
    ["China's factory output roughly twice America's",
     '''China's manufacturing output is "roughly twice" that of the United States''',
     "the gap is widening"],
    "colon headline claim; summary refers to him only as 'The billionaire'")

doc(47, "short_summary", "article",
    "Chinese state media slams Musk over DeepSeek remarks",
    '''Chinese state media on Thursday accused Elon Musk of "hypocrisy" over his comments about DeepSeek, saying the billionaire had benefited enormously from the Chinese market.''',
    [],
    "mentions his comments without carrying them; state media's words")

doc(48, "short_summary", "article",
    "Musk on Xiaomi's SU7",
    '''Xiaomi's SU7 sedan has become one of the best-selling electric cars in China since its launch. Elon Musk said on Wednesday that the company had done "an amazing job" and that Tesla would need to "up its game" to keep up with it.''',
    ['''the company had done "an amazing job"''',
     '''Tesla would need to "up its game" to keep up with it'''],
    "two-sentence summary; 'the company'/'it' refer back to Xiaomi in the previous sentence; headline only says he spoke")

doc(49, "short_summary", "article",
    "Musk says he will spend less time on government work",
    "Elon Musk said on Tuesday he would scale back his government role to focus on Tesla, whose sales in China fell 10% in April from a year earlier.",
    [],
    "his claim is about his government role; China sales figure is the outlet's")
