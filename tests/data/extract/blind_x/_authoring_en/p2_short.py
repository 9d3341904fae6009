from lib import D

# aggregator headlines
D("aggregator_headline", "article", "Musk says ⟦China has an electricity advantage⟧ - Reuters", "",
  "aggregator title carrying his claim; gold without the ' - Reuters' suffix")
D("aggregator_headline", "article", "Musk posts about Chinese battery prices - Electrek", "",
  "hard negative: headline only says he posted")
D("aggregator_headline", "article", "Elon Musk: ⟦Chinese carmakers will 'demolish' rivals without trade barriers⟧ - CNBC", "",
  "colon-style headline carrying his claim, with nested single quotes")
D("aggregator_headline", "article", "Musk and China: the debate goes on - Financial Times", "",
  "hard negative: framing headline only")
D("aggregator_headline", "article", "Tesla's Musk meets Chinese Premier Li Qiang in Beijing - Bloomberg",
  "Tesla Inc. Chief Executive Officer Elon Musk met Chinese Premier Li Qiang in Beijing on Sunday, according to state broadcaster CCTV, as the carmaker seeks approval for its driver-assistance software.",
  "hard negative: action (met) not speech; snippet body")
D("aggregator_headline", "article", "Musk: ⟦Tesla's Shanghai factory is 'our best'⟧ - South China Morning Post", "",
  "colon headline, Shanghai plant")
D("aggregator_headline", "article", "Kimbal Musk says China's vertical farms are the future - Forbes", "",
  "hard negative: Kimbal Musk, not the watched speaker")
D("aggregator_headline", "article", "BYD chief says Musk 'underestimated' Chinese carmakers - Nikkei Asia", "",
  "hard negative: someone else's words with Musk as object")
D("aggregator_headline", "article", "Tesla CEO Elon Musk says ⟦DeepSeek is 'impressive' but overhyped⟧ - Business Insider", "",
  "named Chinese company in aggregator title")
D("aggregator_headline", "article", "Musk says Starship will reach Mars in 2026 as China plans lunar base - Space.com", "",
  "hard negative: his claim in the headline is about Starship/Mars; China part is the outlet's")
D("aggregator_headline", "article", "Elon Musk says ⟦China 'will be the leader in AI compute'⟧ - The Verge",
  "Speaking at a conference in Riyadh, Musk said ⟦China's ability to add power and build data centers would give it \"far more AI compute than anyone else\" by the end of the decade⟧.",
  "aggregator title plus one-sentence snippet, both gold")
D("aggregator_headline", "article", "Why Elon Musk keeps talking about China - The Atlantic", "",
  "hard negative: headline about his talking, no claim")
D("aggregator_headline", "article", "Musk warns ⟦Tesla faces 'tough times' in China⟧ as price war rages - Reuters", "",
  "warns-clause carries his claim; trailing context phrase and publisher not gold")
D("aggregator_headline", "article", "Elon Musk's X restricted in Hong Kong? Here's what we know - Mashable", "",
  "hard negative: Hong Kong mentioned, no statement of his")

# short summaries
D("short_summary", "article", "",
  "Elon Musk said on Tuesday that ⟦Chinese EV makers are the most competitive in the world⟧, adding that ⟦Tesla would need to cut costs to keep up with them⟧.",
  "one-sentence RSS summary with two reported clauses; 'them' = Chinese EV makers")
D("short_summary", "article", "Musk in Beijing",
  "Tesla CEO Elon Musk arrived in Beijing on Sunday for an unannounced visit, meeting officials to discuss the rollout of Full Self-Driving in China.",
  "hard negative: visit/meeting, no statement")
D("short_summary", "article", "",
  "Musk's comments on Taiwan drew a sharp rebuke from Taipei on Wednesday, with the island's foreign minister calling them \"naive and dangerous.\"",
  "hard negative: reaction to his comments, content of his comments not given")
D("short_summary", "article", "Musk warns on rare earths",
  "The billionaire wrote on X on Sunday that ⟦Beijing's new export controls on rare earths would hit Tesla's Optimus supply chain hard⟧.",
  "X post described; Chinese export controls; 'the billionaire' name variant")
D("short_summary", "article", "",
  "Maye Musk, the mother of Elon Musk, told fans in Shanghai she feels \"at home in China\" as she promoted the Chinese edition of her memoir.",
  "hard negative: Maye Musk, not the watched speaker")
D("short_summary", "article", "Musk rules out China sale",
  "Musk told CNBC that ⟦he had no plans to sell Tesla's China business⟧, calling it \"⟦fundamental to the company⟧.\"",
  "two entries: reported clause and short quoted characterisation of Tesla's China business")
D("short_summary", "article", "",
  "Chinese regulators approved a limited trial of Tesla's driver-assistance software in Shanghai, a step Musk has long sought.",
  "hard negative: journalist's characterisation 'long sought'")
D("short_summary", "article", "Musk on Chinese EV start-ups",
  "Elon Musk says ⟦NIO, Xpeng and Li Auto are all going to be strong competitors⟧, in a podcast interview released on Friday. He also said Tesla's new Roadster demo would happen before the end of the year.",
  "named Chinese companies; his product-date remark in the same summary not gold")
D("short_summary", "article", "",
  "Musk said on Monday that Starship's next flight would take place in four weeks, as China's Long March 10 rocket completed a static fire test.",
  "hard negative: his claim is about Starship; China clause is the writer's")
D("short_summary", "article", "Musk opposes TikTok ban",
  "Musk said that ⟦banning TikTok, the Chinese-owned video app, would go against freedom of speech⟧. Analysts noted that a ban could benefit X.",
  "TikTok (Chinese-owned) - gold; analysts' sentence not gold")
