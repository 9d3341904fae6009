from common import add, T

# ---------------- qa_interview ----------------
add(83, "qa_interview",
"Q&A: Elon Musk on Tesla's China strategy",
T('''
In a rare sit-down with a Chinese financial magazine, Tesla's chief executive discussed prices, competition and his company's plans in the world's largest car market. The interview has been edited for length and clarity.
Q: Tesla has lost market share in China for three straight years. What's going wrong?
A (Musk): I wouldn't say anything is going wrong. The market grew enormously and a hundred new brands appeared. Our absolute sales in China are still very high.
Q: Which Chinese competitor impresses you most?
A (Musk): Probably Xiaomi, for how quickly they went from zero to a really good car. That's hard to do.
Q: Will Tesla launch a cheaper model made specifically for China?
A (Musk): We don't comment on future products.
Q: Finally, how often do you plan to visit?
A (Musk): As often as I can. I love coming here.
'''),
["I wouldn't say anything is going wrong. The market grew enormously and a hundred new brands appeared. Our absolute sales in China are still very high.",
 "Probably Xiaomi, for how quickly they went from zero to a really good car. That's hard to do.",
 "As often as I can. I love coming here."],
"Q: / A (Musk): format; questions not gold; 'here' = China from intro and question; no-comment answer not gold")

add(84, "qa_interview",
"Interview: 'Elon listens to engineers,' says battery chief",
T('''
Gao Lin, chief executive of Suzhou-based battery maker Hengrun Power, spoke to us about supplying Western carmakers, sodium-ion cells and his meetings with Elon Musk.
Q: You've met Elon Musk several times. What is he like?
A: Very direct. He asks about the physics, not the price. I once told him that Chinese suppliers could cut cell costs by 40% in five years, and he just laughed.
Q: Does Tesla buy from you?
A: I can't comment on specific customers.
Q: Do Western carmakers underestimate Chinese battery makers?
A: Some do. Elon Musk doesn't. He has visited our lines and asked very good questions.
'''),
[],
"Q&A with a Chinese CEO: his words about Musk and what he told Musk; headline is the CEO's quote")

add(85, "qa_interview",
"Elon Musk, unfiltered: on competition, robots and Beijing",
T('''
The world's richest man sat down with The Ledger at Tesla's engineering headquarters in Palo Alto. Our conversation has been condensed.
The Ledger: Let's start with Beijing. Are relations between Tesla and the Chinese government as good as they look?
Musk: They're good. The Chinese government has always treated Tesla fairly, and I've said that publicly many times. I don't expect that to change.
The Ledger: Even with the trade war?
Musk: Even with the trade war. Both governments understand that we employ a lot of people in Shanghai and buy a lot of parts from Chinese suppliers.
The Ledger: Critics say you soften your views on China to protect that business.
Musk: That's not true. I've disagreed with Beijing on things, and I've said so.
The Ledger: Let's talk about Optimus. How many will you build next year?
Musk: If all goes well, several thousand. Maybe ten thousand.
The Ledger: And your kids, do they use Grok?
Musk: The older ones do. They try to trick it.
'''),
["They're good. The Chinese government has always treated Tesla fairly, and I've said that publicly many times. I don't expect that to change.",
 "Even with the trade war. Both governments understand that we employ a lot of people in Shanghai and buy a lot of parts from Chinese suppliers.",
 "That's not true. I've disagreed with Beijing on things, and I've said so."],
"outlet-name/Musk labels in prose Q&A; 'They're good' = relations with Chinese government; denial that states his claim; Optimus and family answers not gold")

add(86, "qa_interview",
"Q&A: Musk on Starship, Mars and why he won't talk politics",
T('''
Q: SpaceX just had its fifth successful Starship flight in a row. What changed?
Musk: We fixed the heat shield tiles, mostly. That was the long pole.
Q: China says it will land astronauts on the Moon before 2030. Will the U.S. get there first?
Musk: (laughs) Next question.
Q: Okay. When does Starship carry people?
Musk: I'd say three years, maybe four.
Q: Is Mars still the goal?
Musk: Always. That's why SpaceX exists.
'''),
[],
"China only in the interviewer's question; Musk declines; other answers about Starship/Mars")

add(87, "qa_interview",
"Five questions for Elon Musk on supply chains",
T('''
1. How exposed is Tesla to China's rare-earth restrictions?
"More than I'd like. The magnets in our drive units rely on Chinese processing, and there's no quick substitute."
2. Are you building alternatives?
"We are, so we're less dependent on China over time. But that doesn't help this quarter."
3. Should Washington negotiate?
"Yes. Talk to Beijing. Nobody wins if the supply of magnets stops."
4. Will the Cybercab still launch on time?
"Yes, production starts in the spring."
5. Last one: Mars in your lifetime?
"Definitely. I'd bet on it."
'''),
["More than I'd like. The magnets in our drive units rely on Chinese processing, and there's no quick substitute.",
 "We are, so we're less dependent on China over time. But that doesn't help this quarter.",
 "Yes. Talk to Beijing. Nobody wins if the supply of magnets stops."],
"numbered Q&A where answers are bare quotes without his name in each; Chinese export controls; product date and Mars answers not gold")

add(88, "qa_interview",
"Q&A: Is Musk losing China? An analyst weighs in",
T('''
We spoke with Lei Xiang, a Shanghai-based auto analyst at Jinqiao Research, about Tesla's position in the Chinese market.
Q: Tesla's China sales dropped again last month. How bad is it?
A: It's bad, but not fatal. The Model Y is still a top seller.
Q: Musk seems less engaged with China than before. Is that fair?
A: I think so. He used to come every few months. Now he talks mostly about robots and AI, and when he does mention China it's usually to praise the competition, which doesn't help his own sales staff.
Q: What should he do?
A: Launch a cheaper car for Chinese buyers, and show up more.
'''),
[],
"analyst characterising what Musk says about China; interviewer's questions about him")

add(89, "qa_interview",
"Interview: Elon Musk on free speech, X and TikTok",
T('''
Q: Do you think the U.S. was right to force the sale of TikTok?
Musk: I've always said I'm against banning apps. But I understand the concern that a company under Beijing's jurisdiction has to hand over data if the government asks.
Q: Would you ever let X be sold to a Chinese buyer?
Musk: No. That's not happening.
Q: X is blocked in mainland China. Do you want that to change?
Musk: Sure, I'd like X to be available everywhere, including China. But that's up to them.
Q: What's the biggest change at X this year?
Musk: Payments. X Money is live for everyone in the U.S. now.
'''),
["I've always said I'm against banning apps. But I understand the concern that a company under Beijing's jurisdiction has to hand over data if the government asks.",
 "No. That's not happening.",
 "Sure, I'd like X to be available everywhere, including China. But that's up to them."],
"TikTok/Beijing; very short answer whose China topic comes from the question; 'them' = Chinese authorities; X Money answer not gold")

# ---------------- machine_translated ----------------
add(90, "machine_translated",
"Musk: Chinese new energy vehicle enterprises are very strong, Tesla will continue to deepen cultivation of Chinese market",
T('''
According to reports, on the 18th, Tesla CEO Musk in the annual shareholders meeting held in Austin city of Texas state of the United States expressed, Chinese new energy vehicle enterprises have very strong competitiveness, "they are the most hardworking team in the world". Musk also said, Tesla will continue to increase the investment in Shanghai super factory.
It is understood that, Tesla Shanghai super factory is Tesla's largest export hub in the world. Reporter notes that, since the beginning of this year, Tesla China sales volume has decreased year-on-year.
'''),
["Chinese new energy vehicle enterprises are very strong",
 "Tesla will continue to deepen cultivation of Chinese market",
 "Chinese new energy vehicle enterprises have very strong competitiveness",
 "they are the most hardworking team in the world",
 "Tesla will continue to increase the investment in Shanghai super factory"],
"stiff translation from Chinese; long locative phrase between subject and 'expressed'; 'Musk also said' continuation; headline claim")

add(91, "machine_translated",
"Musk once again talks about China! Netizens are hotly discussing",
T('''
Recently, a video of Musk visiting the Shanghai super factory spread widely on the internet. In the video, Musk and the workers took photos together, the atmosphere was warm.
Shanghai Municipal Commission of Economy and Informatization relevant responsible person said, Tesla project is a model of foreign investment in China. Many netizens left messages saying "Musk please come more often".
To this, Tesla side did not respond.
'''),
[],
"translated framing headline ('talks about China') over body with only actions and other people's words")

add(92, "machine_translated",
"Musk replies to netizen: Chinese people's work efficiency is amazing",
T('''
On 6th, Musk on social platform X replied a netizen's post about Chinese construction speed. Musk wrote: "China built more in one year than the U.S. built in ten years, this is a fact." He also said, the United States needs to reform the approval process, otherwise it will fall behind China more and more.
This reply was viewed more than 20 million times. Some netizens said, Musk speaks the truth.
'''),
["Chinese people's work efficiency is amazing",
 "China built more in one year than the U.S. built in ten years, this is a fact.",
 "the United States needs to reform the approval process, otherwise it will fall behind China more and more"],
"translated X post; 'He also said' continuation; netizens' words not gold")

add(93, "machine_translated",
"BYD releases 'God's Eye' intelligent driving, Musk's attitude attracts attention",
T('''
On 10th, BYD held intelligent strategy release conference in Shenzhen, announcing all series models will be equipped with high-level intelligent driving system "God's Eye". Industry insiders believe, this will bring pressure to Tesla.
On the same day, Musk on X published a post saying, pure vision is the only correct path of autonomous driving, lidar is "fool's errand". He did not directly mention BYD. In addition, Musk also said SpaceX Starship will be launched to Mars next year.
Analysts pointed out, Musk's statement obviously is aimed at Chinese car companies.
'''),
[],
"translated; his claims are about sensors in general and Mars; analysts say it targets Chinese carmakers (their interpretation, not his words)")

add(94, "machine_translated",
"Musk previously said: 'China will become Tesla's largest market'",
T('''
Reviewing history, as early as 2020, Musk at the World Artificial Intelligence Conference held in Shanghai through video connection said, China's AI and new energy development is very fast, "I am very confident about China".
Now, five years passed, Tesla's largest single market is still the United States, China market ranks second. Industry person said, the competition in China market is more and more fierce, the share of Tesla faces pressure.
'''),
["China will become Tesla's largest market",
 "China's AI and new energy development is very fast",
 "I am very confident about China"],
"translated; old quote recalled in headline and body; long phrase between subject and verb; industry person's words not gold")

add(95, "machine_translated",
"Zhiyuan Auto founder: I once told Musk, Chinese car companies will surpass Tesla",
T('''
On 22nd, Zhiyuan Auto founder Chen Feng at a forum in Beijing said, he once in 2019 told Musk, Chinese car companies will surpass Tesla in intelligent cockpit within five years. "At that time he did not believe," Chen Feng said.
Chen Feng also said, Musk is a great entrepreneur, worth learning by all Chinese entrepreneurs. Tesla China has not responded to this.
'''),
[],
"translated; Chinese founder's words with Musk as object; headline is the founder's claim")

add(96, "machine_translated",
"Flash news | Musk: Tesla has no plans to withdraw from Chinese market",
"Financial Associated Press, 14th news, Musk in response to rumors expressed that Tesla has no any plan to withdraw from Chinese market, Shanghai factory operation is normal.",
["Tesla has no plans to withdraw from Chinese market",
 "Tesla has no any plan to withdraw from Chinese market, Shanghai factory operation is normal"],
"translated flash news; headline 'Musk: claim'; denial of rumours phrased as his claim")

# ---------------- other ----------------
add(97, "other",
"The Morning Charge: Musk's China math, a Rivian recall and more",
T('''
Good morning. Here's what you need to know today.
1) Musk does China math. In a reply on X late Monday, Elon Musk argued that China would produce more than half of the world's electric vehicles for at least the next decade, citing scale, supply chains and work ethic.
2) Rivian is recalling about 24,000 R1S SUVs over a seat-belt issue.
3) GM's chief executive said the company would keep its battery plans intact despite slower EV demand.
4) Quote of the day: "We will catch the first Starship ship this year." - Elon Musk, at a SpaceX all-hands.
That's it. See you tomorrow.
'''),
["China would produce more than half of the world's electric vehicles for at least the next decade"],
"newsletter; 'argued that' reported claim; quote of the day is his but about Starship; GM CEO's words not gold")

add(98, "other",
"Tesla Shanghai Gigafactory celebrates production of its 5,000,000th vehicle",
T('''
SHANGHAI, China - Tesla today celebrated the production of the 5,000,000th vehicle at Gigafactory Shanghai, a Model Y L in Pearl White. The milestone comes less than six years after the factory delivered its first car.
"This achievement belongs to every one of our more than 20,000 employees in Shanghai," said the vice president of Tesla Greater China. "We thank our customers, partners and the Shanghai Municipal Government for their support."
Tesla CEO Elon Musk congratulated the team in a video message shown at the ceremony.
Gigafactory Shanghai exports vehicles to more than 40 markets across Asia-Pacific and Europe.
About Tesla: Tesla's mission is to accelerate the world's transition to sustainable energy.
'''),
[],
"press release; executive's quote not Musk's; 'congratulated the team in a video message' carries no claim")

add(99, "other",
"Elon Musk - views on China (reference entry)",
T('''
Musk has repeatedly praised China's industrial capacity. In a 2021 interview with a Chinese business magazine, Musk said that China's infrastructure was "decades ahead" of that of the United States.
His views have drawn criticism in Washington. In 2024 a U.S. senator said Musk was "compromised by his business interests in China." Musk responded that he had never once been asked by the Chinese government to do anything.
His brother Kimbal Musk said in a 2024 interview that Elon "admires China but is not naive about it."
Musk has also said that Chinese officials he met were "very receptive" to the idea of international AI safety rules.
'''),
["China's infrastructure was \"decades ahead\" of that of the United States",
 "he had never once been asked by the Chinese government to do anything",
 "Chinese officials he met were \"very receptive\" to the idea of international AI safety rules"],
"encyclopedia-style entry; 'said he had never' denial is gold; senator's and Kimbal Musk's words not gold")

add(100, "other",
"Excerpt: 'The Gigafactory Gamble'",
T('''
The deal came together in the winter of 2018. Musk flew to Shanghai three times in six weeks, each visit shorter than the last. Local officials had promised land, loans and a construction timeline that seemed impossible to Tesla's own engineers.
"We thought it would take two years," recalled one former Tesla executive who worked on the project. "The Chinese side said ten months. They were right."
Musk, by this account, was impatient with everyone. At a late-night meeting in Fremont he slammed his laptop shut and said of NASA, which was then reviewing a SpaceX crew capsule, "They move like glaciers."
The factory produced its first car in October 2019.
'''),
[],
"book excerpt: his actions in China; former executive's China quote; Musk's quote is about NASA ('They' = NASA)")
