from common import doc

# ---------------- panels (genre other, labelled) ----------------
doc("other", "label",
 "Panel transcript: The future of the electric car, World Mobility Forum, Dubai",
 '''
Moderator (Nadia Farouk): Ms. Li, let me start with you. Are Chinese battery makers really as far ahead as people say?
Li Na: Yes. Chinese companies have invested for twenty years, and today we can deliver a cell at half the cost of anyone else.
Moderator (Nadia Farouk): Elon, you're joining us by video. Do you agree?
Elon Musk: ⟦I agree with Ms. Li. The Chinese battery makers are years ahead, and pretending otherwise doesn't help anyone.⟧
Markus Vogel: With respect, European suppliers are catching up faster than either of you think. Northvolt's failure was not the whole story.
Elon Musk: ⟦On autonomy, though, I think Tesla is ahead of everyone, including the Chinese companies.⟧ And that's where the value is going to be.
Moderator (Nadia Farouk): Last word, Elon. Where will you be in ten years?
Elon Musk: Hopefully on my way to Mars.
''',
 "panel: other panellists (Chinese battery CEO, German executive) make China claims, not gold; 'I agree with Ms. Li' endorses her China claim (gold); mixed-topic sentence comparing Tesla with Chinese companies is gold; Mars not gold")

doc("other", "label",
 "Panel transcript: Powering AI, Global Energy Week",
 '''
Moderator: Let's talk about electricity. China added more generating capacity last year than the U.S. has in total nuclear. Dr. Okafor?
Grace Okafor: It's striking. China is building coal, solar and nuclear all at once, and it's planning ten years ahead. Nobody else is doing that.
Moderator: Elon?
Elon Musk: In the U.S. the constraint is transformers and permitting. You can't get a large transformer in under two years right now. That's insane.
Wei Jian: In China, a transformer order takes about four months. This is the difference.
Elon Musk: In America we also need to stop shutting down nuclear plants that work perfectly well. It's madness.
Moderator: A final thought on AI safety?
Elon Musk: We need some kind of referee. I've been saying that for ten years.
''',
 "hard negative panel: other panellists compare with China; Musk's turns, each following a China remark by someone else, are about U.S. transformers, nuclear and AI safety")

doc("other", "label",
 "Panel transcript: Frontier AI, Summit on Technology and Society",
 '''
Moderator (James Okoro): DeepSeek shocked a lot of people this year. Elon, were you surprised?
Elon Musk: ⟦Not really. DeepSeek's model was a genuinely impressive piece of engineering, and the team there is very talented.⟧ ⟦People who think China is years behind in AI are just wrong.⟧
Zhang Rui: Thank you, Elon. I would add that Chinese open-source models are now used by developers all over the world.
Moderator (James Okoro): Do export controls on chips work?
Elon Musk: ⟦They slow China down a little, but they also force Chinese companies to get very efficient, which arguably makes them more dangerous competitors.⟧
Moderator (James Okoro): And Grok?
Elon Musk: Grok is going to be the best model in the world by the end of the year. I'm confident about that.
''',
 "panel with a Chinese AI executive (not gold); DeepSeek / export-control answers gold ('they' = export controls on chips to China); Grok claim not gold")

# ---------------- newsletters ----------------
doc("other", "article",
 "The Daily Charge: Musk on Chinese EVs, Rivian's recall, and a Lucid surprise",
 '''
Good morning. Here's what you need to know today.

MUSK ON CHINA. Speaking at a dinner for Tesla suppliers on Monday night, Elon Musk said ⟦Chinese EV makers would "take a third of the European market" within five years unless European brands cut costs dramatically⟧. It's the latest in a string of warnings from the Tesla boss about competition from the mainland.

RIVIAN RECALL. Rivian is recalling about 24,000 R1S and R1T vehicles over a seat-belt issue. No injuries have been reported.

LUCID SURPRISE. Lucid beat delivery estimates for the first time in six quarters, sending its shares up 14% after hours.

ONE MORE THING. Kimbal Musk, Elon's brother, has been named chairman of a new urban-farming venture backed by a Singapore sovereign fund.

See you tomorrow.
''',
 "newsletter: one gold item; Kimbal Musk item and journalist's framing sentence not gold")

doc("other", "article",
 "Tesla Weekly: Musk's China trip, Tom Zhu's promotion and Optimus news",
 '''
This week in Tesla-land:

Elon Musk made a two-day trip to Shanghai, touring the Gigafactory and the new Megafactory and meeting the city's party secretary. No public remarks were made, and Tesla did not issue a statement.

Tom Zhu, who built the Shanghai factory, was promoted to oversee global manufacturing. "China taught us how to build fast. Now we take that everywhere," Zhu wrote on Weibo.

On Optimus: Musk posted that the robot can now "fold laundry about as well as a teenager," which, frankly, is not a high bar.

Reader question of the week: will FSD launch in China this year? Our best guess is no, but we'd love to be wrong.
''',
 "hard negative newsletter: China trip described as actions, Tom Zhu's China quote, Musk's only words are about Optimus")

doc("other", "article",
 "Asia Markets Briefing: Tesla's Shanghai bet, chip stocks and the yuan",
 '''
TESLA. As Musk put it on Tuesday, "⟦Shanghai is the best factory we have, and that is because of the people, not the robots⟧." The comment came as the company confirmed it would add a third shift at the plant. Shares of Chinese suppliers Tuopu and Sanhua rose more than 5%.

CHIPS. Semiconductor stocks fell across the region after Washington added 14 Chinese firms to its export blacklist. "This was widely expected," said a Hong Kong-based strategist.

YUAN. The currency weakened past 7.3 per dollar for the first time since March.
''',
 "newsletter: journalist's 'As Musk put it, \"...\"' is his quoted statement (gold); strategist's quote not gold")

# ---------------- fact checks ----------------
doc("other", "article",
 "Fact check: Musk did not say China 'will own America by 2030'",
 '''
CLAIM: An image shared widely on Facebook and X shows Elon Musk alongside the quote: "China will own America by 2030 and nobody in Washington cares."

VERDICT: False. There is no record of Musk saying this.

The image claims the quote comes from a speech Musk gave in Dubai in February. A full recording of that session shows he spoke about artificial intelligence regulation and Starship, and did not mention China. "We need a referee for AI, and we need one soon," Musk said during the session.

A search of Musk's posts on X, news databases and transcripts of his public appearances found no instance of the quote. A spokesperson for X did not respond to a request for comment.

The same quote has previously circulated attributed to at least two other business figures.
''',
 "hard negative fact-check: a fabricated China quote attributed to him (not his words); his real remarks were about AI")

doc("other", "article",
 "Fact check: Yes, Musk said ⟦Chinese EVs would 'crush' rivals⟧ — but there's context",
 '''
CLAIM: Posts on social media say Elon Musk admitted that Chinese cars are better than Teslas.

VERDICT: Missing context.

Musk did praise Chinese carmakers during Tesla's earnings call in January. The transcript shows he said: "⟦Chinese car companies are the most competitive in the world by a long way. Without trade barriers, they'll pretty much crush most other carmakers globally.⟧"

However, he did not say Chinese cars were better than Teslas. In the same call, he said ⟦Tesla still had "the best product" in China⟧ and that its cost advantage came from manufacturing, not subsidies.

The viral posts, which paraphrase his words as "Musk admits Chinese cars beat Tesla," have been viewed more than 3 million times.
''',
 "fact-check with a verified direct quote (gold) and a reported clause; social posts' paraphrase of him not gold; headline carries his claim")

doc("other", "article",
 "Fact check: Quote praising Huawei came from Chinese executive, not Elon Musk",
 '''
CLAIM: A viral post says Elon Musk told a conference that "Huawei's cars are the smartest on the road, smarter than anything in America."

VERDICT: Misattributed.

The quote was actually said by Yu Chengdong, a senior Huawei executive, at a product launch in Shenzhen in April, according to a video of the event. The post's creator appears to have paired the quote with a photograph of Musk taken at an unrelated event.

Musk has not publicly commented on Huawei's car business, according to a review of his posts and interviews. Tesla did not respond to a request for comment.
''',
 "hard negative fact-check: misattributed quote (actually a Huawei executive's)")
