from common import add

# ---------------- OPINION ----------------
add("opinion",
"Elon Musk's long, careful courtship of Beijing",
"""Few Western executives have worked Beijing as assiduously as Elon Musk. Since breaking ground in Shanghai in early 2019, he has met three premiers, toured state factories and hosted officials at Tesla's Lingang plant.
The payoff has been enormous: a wholly owned factory, cheap loans from state banks and a supply chain that no other country could have assembled so fast.
But the relationship has always been transactional. Musk needs Chinese batteries and Chinese buyers; Beijing needed a catfish to shake up its domestic carmakers.
Now that BYD and its peers have grown into sharks, the catfish looks a lot less necessary.
Whether Musk can keep his balance between Washington and Beijing may decide Tesla's next decade more than any robotaxi ever will.""",
[], "journalist's own analysis only; actions (met, toured) not statements")

add("opinion",
"Tesla's China dream, six years on",
"""Back in January 2019, standing in a muddy field in Lingang for the Shanghai groundbreaking, Musk declared that China would ultimately be Tesla's biggest market.
It has not quite worked out that way. Tesla's share of China's electric-car market has roughly halved since 2021, and the US remains its most profitable territory.
At the same ceremony, he predicted the plant would be "the template for all our future factories." In fairness, that one came true: Berlin and Austin both borrowed heavily from the Shanghai playbook.
What he did not predict was how quickly local rivals would learn the same lessons.
The question for investors is not whether Musk was wrong about China. It is whether he was merely early.""",
["China would ultimately be Tesla's biggest market",
 "the template for all our future factories"],
"opinion recalling his statements from years ago; columnist's analysis not gold; 'the plant' refers to Shanghai")

add("opinion",
"Musk and China: the debate goes on",
"""It has become a ritual. Every few months a Tesla sales figure, a visit or a tariff announcement sets off another round of argument about Elon Musk and China.
Hawks in Washington say his business interests there make him a security risk. Admirers in Shanghai say he is one of the few Americans who understands the country.
Neither camp has much new evidence this time. The latest round was triggered by a photograph of Musk at a Beijing restaurant, not by anything he said.
Tesla declined to comment for this column, as it usually does.
Perhaps the most honest answer is that Musk, like most CEOs, goes where the cars are sold and the batteries are made.""",
[], "framing headline over body with no statement of his; action (photo) not statement")

add("opinion",
"Musk and Beijing: a relationship that refuses to be simple",
"""It is tempting to read Elon Musk's views on China as pure commercial calculation. Sometimes, though, he simply says what he thinks.
Last week he told a podcast host that "China's industrial base is ten times ours in some areas, and pretending otherwise is dangerous."
That is not the sort of thing a CEO says to flatter a government. It is the sort of thing an engineer says after walking a factory floor.
He went further: American policymakers, he said, had "no idea how fast they move over there."
Critics will note that he has said far less about human rights. They are right to. But on industrial capacity, he is probably correct.""",
["China's industrial base is ten times ours in some areas, and pretending otherwise is dangerous",
 "no idea how fast they move over there"],
"framing headline over body WITH plain quote (gold); 'they ... over there' = China; critics not gold")

add("opinion",
"Why Musk's critics in Beijing and Washington are both wrong",
"""Critics on the Chinese side of the argument say Musk flatters Beijing when it suits him and attacks it when it does not. Critics in Washington say the exact opposite.
A commentator for a Shanghai newspaper wrote last month that "Musk treats China as a factory, not a partner."
Musk, for his part, has spent the past month fighting a different battle - with U.S. car-safety regulators.
"They want to slow everything down until nothing moves," he wrote of the National Highway Traffic Safety Administration on Tuesday.
That fight says a lot about his priorities. It says nothing, one way or another, about China.""",
[], "'they' refers to US regulators, not China; other commentators' words")

add("opinion",
"Betting against Chinese engineers is a losing trade",
"""Western investors still tend to treat China's carmakers as copycats. The evidence says otherwise.
Elon Musk, who has more reason than most to want them to fail, put it bluntly at a conference in Milan last month. "Why would anyone bet against China's engineers?" he asked. "They work harder, they iterate faster, and there are more of them."
He is not alone. Executives at Volkswagen and Toyota have been saying similar things privately for years.
The lesson for portfolio managers is simple: stop waiting for the Chinese EV industry to stumble.""",
["Why would anyone bet against China's engineers?",
 "They work harder, they iterate faster, and there are more of them"],
"rhetorical question of his; multi-sentence quote; other executives not gold")

add("opinion",
"Silence on Hong Kong speaks volumes",
"""Elon Musk describes himself as a free-speech absolutist. "Free speech is the bedrock of a functioning democracy," he has said, more than once.
Yet he has had nothing to say about press freedom in Hong Kong, where the last pro-democracy newspapers closed years ago.
That silence is not an accident, critics argue. Tesla sells hundreds of thousands of cars a year on the mainland and relies on Chinese suppliers for batteries.
It would be naive to expect any CEO in that position to speak up. But it would be equally naive to pretend that the silence means nothing.""",
[], "his general free-speech quote is not about China; journalist notes he has said nothing on Hong Kong")

# ---------------- AGGREGATOR ----------------
add("aggregator_headline",
"Elon Musk says Chinese grid will outpace US for AI data centres - CNBC",
"""The Tesla and xAI boss said on Thursday that China's power build-out had left America far behind in the race to supply electricity for AI.""",
["Chinese grid will outpace US for AI data centres",
 "China's power build-out had left America far behind in the race to supply electricity for AI"],
"aggregator title with publisher suffix; snippet reported clause")

add("aggregator_headline",
"Musk posts about Chinese battery prices - Electrek",
"", [], "headline fragment that only describes that he posted")

add("aggregator_headline",
"Tesla's Musk: Chinese carmakers will 'demolish' rivals without trade barriers - Bloomberg",
"", ["Chinese carmakers will 'demolish' rivals without trade barriers"],
"aggregator claim headline 'Musk: ...'")

add("aggregator_headline",
"Elon Musk meets Chinese premier in Beijing, discusses data rules - South China Morning Post",
"""The Tesla CEO arrived in the Chinese capital on Sunday for an unannounced visit, according to people familiar with the matter.""",
[], "action headline; 'discusses' without claim content")

add("aggregator_headline",
"Musk says Tesla's Shanghai plant to start Model Y L output next month - Reuters",
"", ["Tesla's Shanghai plant to start Model Y L output next month"],
"aggregator with ' - Reuters' suffix; Shanghai plant claim")

add("aggregator_headline",
"Musk says Starship will attempt Mars landing in 2026 - Space.com",
"""The SpaceX founder made the announcement on X. The timeline comes as China prepares its own Tianwen-3 sample-return mission, which Beijing says will launch around 2028.""",
[], "his claim is about Mars; China only in journalist's context")

add("aggregator_headline",
"Musk says Tesla 'not leaving China, ever' after report on cuts - Yahoo Finance",
"", ["Tesla 'not leaving China, ever'"],
"aggregator claim headline; trailing journalist phrase excluded")

add("aggregator_headline",
"Analysts say Musk overstating China demand recovery - MarketWatch",
"", [], "analysts' claim about Musk, not his")

add("aggregator_headline",
"Elon Musk: BYD is 'really good', Tesla must work harder - Carscoops",
"", ["BYD is 'really good', Tesla must work harder"],
"named Chinese company; 'Name: claim' headline")

add("aggregator_headline",
"Elon Musk's China remarks spark backlash on Weibo - The Guardian",
"""Users on the Chinese social media platform criticised the billionaire over the weekend, with some calling for a boycott of Tesla.""",
[], "headline refers to remarks without carrying them")

add("aggregator_headline",
"Musk says US should not ban TikTok - The Verge",
"""Elon Musk said on Saturday that banning TikTok would be "contrary to freedom of speech and expression," even though the app competes with X.""",
["US should not ban TikTok",
 "banning TikTok would be \"contrary to freedom of speech and expression,\" even though the app competes with X"],
"TikTok; aggregator suffix")

# ---------------- X ROUNDUP ----------------
add("x_roundup",
"What Elon Musk posted this weekend: batteries, ballots and boosters",
"""Musk was, as usual, prolific on X over the weekend. Here are the posts that drew the most attention.
On batteries: In a reply to @SawyerMerritt, who had shared a price chart, Musk wrote: "Chinese LFP cell prices have fallen another 20% this year. Impressive. https://t.co/Yq81pLm3vX"
On politics: He posted a string of messages about voter ID laws in Pennsylvania, including one that read simply "This matters."
On rockets: "Booster 14 is stacked. Flight soon," he wrote on Sunday evening, attaching a photo from Starbase.
On AI: He said Grok's next version would be released "in about two weeks," a timeline his followers greeted with some scepticism.""",
["Chinese LFP cell prices have fallen another 20% this year. Impressive"],
"X post quoted verbatim with @handle and URL; other posts off-topic")

add("x_roundup",
"Musk's X activity: China factory video, Grok update and a feud with a senator",
"""Elon Musk reposted, without comment, a widely shared video of robotic arms at a Chinese car factory in Hefei on Monday. The clip has been viewed more than 40 million times.
He also announced that Grok would soon be able to read PDFs, and exchanged insults with a U.S. senator over budget cuts.
"You are a disgrace to your office," Musk wrote to the senator, who replied with a clown emoji.
Chinese state media picked up the repost, with one outlet calling it "recognition from the world's richest man." """,
[], "repost without comment is an action; state media's words; off-topic posts")

add("x_roundup",
"Musk on X: Chinese EV exports, Starship and a meme",
"""Responding on Tuesday to a chart from an account that tracks Chinese automakers' overseas sales, Musk wrote: "They are going to be extremely hard to compete with. Most people in the West have no idea."
Later that day he posted a meme about his own habit of missing deadlines, captioned "Elon time."
He also confirmed that the next Starship flight had been moved to Thursday because of high winds.""",
["They are going to be extremely hard to compete with. Most people in the West have no idea"],
"'They' refers to Chinese automakers from the sentence before; meme and Starship not gold")

add("x_roundup",
"Musk vs Brussels: the billionaire's latest posts on EU fines",
"""The European Commission on Thursday fined X for breaching the Digital Services Act. The same Commission is separately investigating subsidies to Chinese electric-car makers.
Musk's response came within minutes. "They are a menace to innovation and free expression," he wrote, referring to the Commission.
A follow-up post read: "We will see them in court."
A Commission spokesperson said the fine was "proportionate and lawful." """,
[], "'they'/'them' refer to European regulators though China appears in the same article")

add("x_roundup",
"Musk posts on DeepSeek, Dogecoin and the Cybertruck",
"""The Tesla CEO had plenty to say on X this week.
On Chinese AI: After a user asked whether DeepSeek's latest model made Nvidia chips less important, Musk replied: "DeepSeek's efficiency gains are real, but compute still wins in the end."
On crypto: A single dog emoji, posted at 3 a.m. Texas time, briefly moved the price of Dogecoin by 4%.
On trucks: He wrote that the Cybertruck would get a cheaper rear-wheel-drive version "soon." """,
["DeepSeek's efficiency gains are real, but compute still wins in the end"],
"named Chinese AI company; other posts off-topic")

add("x_roundup",
"'Thank you, Elon': Chinese executives and netizens react to Musk on X",
"""Xiaomi founder Lei Jun thanked Elon Musk on Weibo on Wednesday after the Tesla chief was photographed test-driving an SU7 in Shanghai.
"Thanks Elon for taking our car for a spin. Hope you enjoyed it!" Lei wrote.
Chinese internet users were divided. "He only comes here when he needs something," one wrote. Another said Musk was "the only American CEO who respects us."
Musk himself has not posted about the test drive.""",
[], "Chinese CEO and netizens talk about Musk; his action (test drive) not a statement")

add("x_roundup",
"Musk's thread on tariffs: 'mostly paid by US consumers'",
"""In a thread posted late on Friday, Elon Musk argued against new levies on imports from China.
"Tariffs on Chinese goods will mostly be paid by US consumers, not by China," he wrote in the first post.
"Not that anyone asked," he added in a second post, followed by a laughing emoji.
A third post in the thread linked to a Federal Reserve paper on the costs of the 2018 tariffs, without comment.""",
["mostly paid by US consumers",
 "Tariffs on Chinese goods will mostly be paid by US consumers, not by China"],
"X thread on China tariffs; sarcastic aside 'Not that anyone asked' not a China claim; link without comment")

add("x_roundup",
"Musk's weekend on X: China, Starlink and the midterms",
"""China's foreign ministry on Monday responded to Elon Musk's posts from last month, with spokesperson Mao Ning telling reporters that "foreign entrepreneurs are welcome to see the real China for themselves."
Musk, for his part, spent the weekend posting about Starlink's rollout in Indonesia and the U.S. midterm elections.
"Starlink is now live in 40 new villages in Sulawesi," he wrote on Saturday.
On Sunday he urged followers to "vote early" in a post that was shared more than 100,000 times.""",
[], "framing headline lists China; China part is the ministry's words; his posts are about Starlink and elections")
