from common import D

D(34, "aggregator_headline", "article",
  "Musk says ⟦China will outbuild the US on power generation⟧ - Reuters",
  """Tesla CEO Elon Musk said on Tuesday that ⟦China's electricity output could be roughly triple that of the United States within a few years⟧, warning that power, not chips, would become the main constraint on artificial intelligence.""",
  "aggregator title: claim without ' - Reuters' suffix is gold; snippet reported clause gold; the AI-power warning is journalist's summary of a non-China point")

D(35, "aggregator_headline", "article",
  "Musk posts about Chinese battery prices - Bloomberg",
  """The billionaire shared a chart of falling lithium iron phosphate cell prices in China on X on Monday, drawing thousands of replies from EV enthusiasts and short sellers.""",
  "hard negative: headline only describes that he posted; snippet describes an action (shared a chart) without his claim")

D(36, "aggregator_headline", "article",
  "Tesla's Musk: ⟦Chinese carmakers 'will demolish' rivals without tariffs⟧ - CNBC",
  """Musk made the comments on Tesla's fourth-quarter earnings call on Wednesday. Shares of BYD rose in Hong Kong trading on Thursday.""",
  "aggregator title 'Musk: claim - Publisher' form; claim is gold without suffix; snippet has no claim")

D(37, "aggregator_headline", "article",
  "Musk's China bet faces its hardest test as BYD pulls ahead - Financial Times",
  """Tesla's chief has staked the company's future on autonomy, but in the world's biggest EV market the competition is moving faster than ever. Analysis.""",
  "hard negative: analysis headline about Musk and China with no words of his")

D(38, "aggregator_headline", "article",
  "Elon Musk says ⟦he opposes US tariffs on Chinese EVs⟧ - Reuters",
  """Elon Musk says he opposes US tariffs on Chinese EVs - Reuters
Biden to quadruple tariffs on Chinese electric vehicles - Politico
Ford's Farley calls Chinese EV makers an 'existential threat' - Automotive News
Musk says Tesla will reveal Cybercab in August - The Verge
Musk: ⟦Tesla 'does not need' tariff protection from China⟧ - Yahoo Finance""",
  "headline feed: title claim gold; in the list, another outlet's claim headline about China gold, Ford CEO's and Cybercab-date headlines not gold; the repeated title line is the same string and not counted twice")

D(39, "aggregator_headline", "article",
  "Kimbal Musk says China's vertical farms are 'the future' - South China Morning Post",
  """The younger brother of Tesla CEO Elon Musk toured vertical farming facilities in Shenzhen and Chengdu this week and said Western agritech start-ups have "a lot to learn.\"""",
  "hard negative: Kimbal Musk, not the watched speaker")

D(40, "aggregator_headline", "article",
  "Musk says Starship will reach Mars in 2026 as China ramps up lunar push - Space.com",
  """SpaceX CEO Elon Musk reiterated his timeline for uncrewed Mars missions on Thursday, days after China's space agency unveiled the Mengzhou crew capsule it plans to use for a lunar landing before 2030.""",
  "hard negative: his claim is about Starship/Mars; the China part of the headline is the outlet's context")

D(41, "aggregator_headline", "article",
  "Musk: ⟦Beijing has been 'very supportive' of Tesla⟧ - Yahoo Finance",
  """Elon Musk, in a livestreamed conversation on X on Wednesday night, said ⟦Chinese authorities had never asked Tesla to hand over vehicle data⟧ in comments that lifted Tesla shares 2% in premarket trading.""",
  "aggregator title claim gold; snippet reported clause gold")

D(42, "aggregator_headline", "article",
  "Analysts say Musk overstates Tesla's China robotaxi prospects - MarketWatch",
  """Several analysts said Tesla's chances of launching driverless ride-hailing in China before Baidu's Apollo Go and Pony.ai reach scale were slim, despite the CEO's upbeat remarks last week.""",
  "hard negative: analysts paraphrasing him critically; 'upbeat remarks' mentioned but not carried")

D(43, "aggregator_headline", "article",
  "Tesla's Musk praises DeepSeek, says ⟦Chinese AI is 'only months behind'⟧ - Business Insider",
  "",
  "two-verb aggregator headline: 'praises' part is description, 'says' claim part gold; empty snippet")

D(44, "short_summary", "article",
  "",
  """Elon Musk said Tuesday that ⟦Tesla's Shanghai factory would remain its main export hub⟧, brushing off reports of a production shift to Berlin.""",
  "one-sentence RSS summary with reported claim about Shanghai factory")

D(45, "short_summary", "article",
  "",
  """Elon Musk met Chinese Vice Premier Ding Xuexiang in Beijing on Sunday, state media reported, as Tesla seeks approval for its driver-assistance software.""",
  "hard negative one-sentence summary: action only (met)")

D(46, "short_summary", "article",
  "Musk says ⟦Chinese AI labs close behind⟧",
  """The Tesla CEO, in a late-night post on X, said ⟦Chinese AI labs were "only a few months behind" the U.S. frontier⟧, citing DeepSeek's latest model.""",
  "RSS summary with claim-carrying headline (gold) and reported clause (gold)")

D(47, "short_summary", "article",
  "",
  """Musk said Tesla's Cybercab would enter volume production in Austin next year, even as Chinese rivals Baidu and Pony.ai expand their own robotaxi fleets in Wuhan and Guangzhou.""",
  "hard negative: his claim is about Austin; the Chinese rivals clause is the writer's context")

D(48, "short_summary", "article",
  "Musk on Xiaomi's car: '⟦They did a good job⟧'",
  """Asked about Xiaomi's SU7 sedan on X, Elon Musk replied that ⟦the Beijing-based company "did a good job"⟧ and that ⟦its factory was "very impressive."⟧""",
  "two-sentence summary; 'they'/'its' refer to Xiaomi; quoted fragments with the reported clause as gold; headline quote also gold")

D(49, "short_summary", "article",
  "",
  """Hong Kong-listed shares of BYD rose 4% after Elon Musk warned on Tesla's earnings call that global EV demand would stay "choppy" through the year.""",
  "hard negative: his claim is about global demand, not China; BYD share move is context")

D(50, "short_summary", "article",
  "Musk: ⟦China will be the largest market for humanoid robots⟧",
  "",
  "headline-only item carrying his claim")
