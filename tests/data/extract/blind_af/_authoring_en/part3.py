from common import add

# ---------------------------------------------------- qa_interview (48-54)

add("qa_interview", "article",
"'They will be formidable': Musk on Chinese automakers, Optimus and Mars",
'''Elon Musk sat down with our reporters at Tesla's Palo Alto offices on Monday. The conversation has been edited for length and clarity.

Q: Chinese automakers are expanding into Europe and Latin America. How worried are you?
A (Musk): They will be formidable anywhere they go. They have the cost structure, the supply chain and the work ethic, so nobody should be complacent.

Q: Optimus - when will customers actually get one?
A (Musk): External sales probably start in late 2026. Internal use comes first, in our own factories.

Q: You once said Mars by 2029. Is that still the plan?
A (Musk): It's a stretch goal, but I think we have a shot at sending uncrewed Starships in the 2026 window.

Q: Is the Shanghai factory still central to Tesla?
A (Musk): Shanghai is our best factory by almost every metric. The team there is incredible and they never complain about hard problems.''',
["They will be formidable anywhere they go.",
 "They have the cost structure, the supply chain and the work ethic, so nobody should be complacent.",
 "Shanghai is our best factory by almost every metric.",
 "The team there is incredible and they never complain about hard problems."],
"Q/A (Musk) format; 'they' in his answer points to Chinese automakers named in the question; Optimus and Mars answers not gold; interviewer questions not gold")

add("qa_interview", "article",
"Musk interview: 'Starship is the only thing that matters this year'",
'''We spoke to Elon Musk by phone on Friday, a day after SpaceX's latest test flight. Excerpts:

Q: Chinese companies such as LandSpace have now landed reusable boosters. Are they catching up with SpaceX?
A: Let me tell you what we're doing. Starship's next flight will try to catch the ship itself, not just the booster, and if that works it changes everything about cost to orbit.

Q: Is full reuse really achievable this year?
A: I think so. The heat shield is the hardest part. We've redesigned the tiles twice and the latest version looks much better in testing.

Q: Last question. Will you be in Texas for the launch?
A: I'll be at Starbase, as always. I wouldn't miss it for anything.''',
[],
"interviewer's question is about Chinese rockets, but his answers are about Starship only")

add("qa_interview", "article",
"Elon Musk on AI chips, Nvidia and Huawei: the full interview",
'''The Tesla and xAI chief spoke to us on the sidelines of a robotics event in Austin. The transcript has been lightly edited.

Interviewer: U.S. export controls are meant to keep advanced chips out of China. Are they working?
Musk: The export controls are slowing them down a bit, but Huawei is making real progress. I'd say they are maybe two years behind on the best chips, not ten.

Interviewer: What about your own chips? Where is Dojo?
Musk: We've shifted resources to our AI5 inference chip. Dojo 3 will come later, but AI5 is the priority and it will be made in Arizona and Taiwan.

Interviewer: Does China's lead in robotics hardware worry you?
Musk: Honestly, the Chinese supply chain for actuators and motors is the best in the world. We buy a lot of components there and we're trying to build more ourselves.''',
["The export controls are slowing them down a bit, but Huawei is making real progress.",
 "I'd say they are maybe two years behind on the best chips, not ten.",
 "Honestly, the Chinese supply chain for actuators and motors is the best in the world.",
 "We buy a lot of components there and we're trying to build more ourselves."],
"written Q&A with 'Interviewer:'/'Musk:' labels; 'them'/'they' refer to China/Huawei; Dojo/AI5 answer not gold")

add("qa_interview", "article",
"'Elon was wrong about batteries': Huanyu Energy chair on Tesla and China",
'''Chen Baolin founded Shenzhen-based Huanyu Energy in 2011 and built it into one of the world's five largest battery makers. He spoke to us in Shenzhen.

Q: You have known Elon Musk for almost a decade. What does he get wrong about China?
A: Elon once told me batteries would become a commodity and that nobody would make money on them. I told him he was wrong, and I think he would admit that today.

Q: Is Tesla still a big customer?
A: Tesla is an important customer, but our largest customers are now Chinese carmakers. That shift happened very quickly.

Q: Would you build a factory in the United States?
A: If the policy environment is stable, yes. Right now it is not stable.''',
[],
"interview with a Chinese battery chairman; his account of what Musk once told him is his words, not Musk's")

add("qa_interview", "article",
"Musk sits down with CNBC: the highlights",
'''Elon Musk gave a wide-ranging interview to CNBC on Tuesday at Tesla's Giga Texas plant. Here are the key moments.

On Chinese competition: Musk said that if there were no trade barriers, Chinese car companies would "pretty much flatten" most other car companies in the world. "They are extremely good," he said. He went on: "They work harder than anyone and their supply chains are second to none."

The interviewer pressed him on whether Tesla's own China sales were suffering. Musk said Tesla's market share in China had "held up better than people expected" and that the company would launch a cheaper model there next year.

On his family: Musk said he tries to spend weekends with his children and that his son X "is basically a regular at SpaceX launches now".

On politics: He said he did not plan to donate to any candidate in the midterm elections.''',
['''if there were no trade barriers, Chinese car companies would "pretty much flatten" most other car companies in the world''',
 "They are extremely good",
 "They work harder than anyone and their supply chains are second to none.",
 '''Tesla's market share in China had "held up better than people expected"''',
 "the company would launch a cheaper model there next year"],
"conditional/hedged claim; 'they' referring back; 'He went on:' continuation; interviewer question not gold; family and politics remarks not gold")

add("qa_interview", "article",
"Tesla China's new chief: 'Elon has always said China is our home'",
'''Sun Wei took over Tesla's China business in January. She spoke to us at the company's Shanghai office.

Q: How often do you speak with Elon Musk?
A: Every week, sometimes every day. Elon has always said China is like a second home for Tesla, and he means it.

Q: Are you worried about BYD's price cuts?
A: Competition makes us better. Our customers care about software and safety, not only price.

Q: When will Full Self-Driving arrive in China?
A: We are working closely with regulators. I cannot give a date.''',
[],
"Tesla China executive paraphrasing Musk ('Elon has always said ...') - her words, not his statement")

add("qa_interview", "article",
"Musk on Taiwan, TikTok and free speech",
'''The billionaire answered questions from our editors by video for about 40 minutes. Edited excerpts follow.

FT: Should TikTok be banned in the United States?
Musk: I've been against banning TikTok, even though it would help X competitively. Banning an app used by that many Americans because its owner is Chinese is contrary to free speech.

FT: Are you worried about a conflict over Taiwan?
Musk: It's the biggest geopolitical risk for Tesla and for a lot of companies. I think Beijing is patient, though, and a war is not their preferred option.

FT: Will X ever be profitable?
Musk: It's roughly breakeven now. Advertising is coming back slowly.''',
["I've been against banning TikTok, even though it would help X competitively.",
 "Banning an app used by that many Americans because its owner is Chinese is contrary to free speech.",
 "It's the biggest geopolitical risk for Tesla and for a lot of companies.",
 "I think Beijing is patient, though, and a war is not their preferred option."],
"publication-labelled Q&A ('FT:'/'Musk:'); TikTok and Taiwan as China topics; 'It' refers to conflict over Taiwan from the question; X profitability not gold")

# -------------------------------------------------------- opinion (55-60)

add("opinion", "article",
"Musk and China: the debate goes on",
'''Few business relationships have been scrutinised as closely as the one between Elon Musk and the Chinese state. Tesla's Shanghai factory, built in record time with cheap loans from state banks, turned the company into a global manufacturer. Beijing, in turn, got a catfish to shake up its domestic carmakers.

Critics in Washington argue that the arrangement leaves Musk exposed to pressure from the Communist Party, especially now that he runs a satellite network with obvious military uses. His defenders point out that Tesla's Chinese business has shrunk as a share of sales and that SpaceX does not operate in China at all.

The truth is probably more mundane. Tesla needs Chinese suppliers, and China still wants a benchmark foreign carmaker on its roads. Neither side has much reason to rock the boat.

What is missing from this debate is any sign that either party is planning for a breakup.''',
[],
"framing headline over pure commentary; no statement of his")

add("opinion", "article",
"The Musk-Beijing question won't go away",
'''For a man who rarely avoids a fight online, Elon Musk has been notably careful about China. But at a dinner in Austin last week, he was unusually blunt.

"China is going to be the biggest market for robots, just like it became the biggest market for EVs," Musk told the small group of investors, according to a recording reviewed by this column. "Anyone who thinks they can ignore it is going to get a rude surprise."

It is a remarkable statement from someone whose companies depend on Washington's goodwill. The Pentagon is SpaceX's biggest customer. Yet Musk seems to calculate that Tesla's future, and Optimus's, runs through Shenzhen's supply chains as much as through Texas.

Whether that is savvy or reckless is the real debate.''',
["China is going to be the biggest market for robots, just like it became the biggest market for EVs",
 "Anyone who thinks they can ignore it is going to get a rude surprise."],
"framing headline over a body that does contain a plain quote (gold); columnist's analysis not gold; quote continued in a second sentence with 'it' = China")

add("opinion", "article",
"Why Washington should stop worrying about Musk's China ties",
'''Critics like to say Elon Musk is compromised by China. Senator Dan Harlow, who sits on the armed services committee, has argued that Musk "cannot be trusted" with defence contracts because of Tesla's exposure to Beijing. A think-tank report last month claimed Musk "softens his tone" whenever Chinese interests are at stake.

The evidence for this is thin. Tesla's China sales have fallen for two years. Starlink refuses to operate on the mainland. And the supposed softening mostly consists of Musk declining to comment, which is hardly a crime.

The better question is why American carmakers can't match what Chinese firms do. That is a question for Detroit, not for Musk.''',
[],
"opinion citing critics' characterisations of Musk ('softens his tone'); journalist's analysis; no statement of his")

add("opinion", "article",
"Musk saw China's EV rise coming. Detroit didn't",
'''In 2017, long before BYD was a household name in Europe, Elon Musk stood on a stage in Beijing and told an audience of students that "China is going to be the biggest market for electric cars by far, and we want to be part of that."

He was right, and then some. China now buys more electric cars than the rest of the world combined. Detroit spent those years lobbying for looser emissions rules.

Musk has made plenty of bad predictions - full self-driving "next year" has become a running joke - but on China he read the map earlier than almost anyone in the industry.

Today the question is not whether Chinese EV makers will go global, but how fast.''',
["China is going to be the biggest market for electric cars by far, and we want to be part of that."],
"quote from years ago recalled in a column (gold); columnist's jab quoting 'next year' about FSD not gold")

add("opinion", "article",
"If Musk were honest about China",
'''Imagine Elon Musk stepping up to a podium and saying what everyone in the industry already knows: that Tesla could not have become a mass-market carmaker without Chinese suppliers and Chinese subsidies.

He won't, of course. As the saying in Silicon Valley goes, you don't bite the hand that builds your batteries. A more candid Musk might admit that Shanghai saved Tesla in 2020; the real one prefers to talk about robots and Mars.

None of this makes him unusual. Apple, Volkswagen and Starbucks all tiptoe around Beijing in exactly the same way.''',
[],
"hypothetical words the columnist puts in his mouth - not his statement")

add("opinion", "article",
"The battery question Musk keeps asking",
'''At an energy conference in Houston last month, Elon Musk paused in the middle of a riff about grid storage and asked the room a question.

"Who makes most of the world's battery cells right now? It's China, by a mile," he said. "And if you think that changes in five years, you haven't been paying attention."

It is a rhetorical trick he has used before, and it usually lands. The audience of oil executives laughed nervously.

The rest of his talk was about Megapacks in Texas and a plea for faster permitting of transmission lines, a subject on which he is on firmer ground with this crowd.''',
["Who makes most of the world's battery cells right now? It's China, by a mile",
 "And if you think that changes in five years, you haven't been paying attention."],
"rhetorical question answered by himself; 'that' in the follow-up sentence refers back to China's lead; his US grid remarks summarized as not gold")

# ------------------------------------------------------ x_roundup (61-67)

add("x_roundup", "article",
"What Musk posted this week: China exports, Grok and a meme",
'''Elon Musk posted more than 600 times on X this week. Here are the ones that moved markets or made headlines.

On Chinese car exports: Replying to a chart from a data account, Musk wrote: "@evdatadaily China's EV exports this year are insane. They will be #1 globally by far https://t.co/Xk29fLqB7w"

On Grok: "Grok 4 is coming very soon and will be the best AI in the world," he posted on Tuesday, without giving a date.

On memes: Musk shared a cartoon of a rocket eating a gas pump. It has been viewed 80 million times.''',
["China's EV exports this year are insane. They will be #1 globally by far"],
"X post quoted verbatim with @handle and URL; Grok post and meme not gold")

add("x_roundup", "article",
"X roundup: the week in Musk's timeline",
'''Starship: Musk posted a video of the booster catch with the caption "Engineering is magic." He later added that the next flight would carry "real Starlink satellites".

Grok: He wrote that Grok's voice mode was now available "to all Premium users".

Elsewhere on X: A Chinese state media anchor posted that China's reusable rocket programme would "surprise the world" this year, and several China-watching accounts shared clips of a Long March test in Gansu. Musk did not reply to any of them.''',
[],
"Musk posts about Starship and Grok; China posts are by other people; 'did not reply' is an action")

add("x_roundup", "article",
"Musk replies to Xiaomi factory video",
'''A video of Xiaomi's new Beijing car plant, where a Model-Y-sized SUV rolls off the line every 76 seconds, went viral on X on Wednesday after being posted by tech commentator @FutureShenzhen.

Musk replied within minutes: "They are extremely good at manufacturing, probably the best on Earth."

Xiaomi founder Lei Jun reposted Musk's reply with the comment "Thank you, Elon! Still learning from Tesla." Ford's chief executive, who has praised Xiaomi's cars before, also chimed in, writing that the clip was "humbling".''',
["They are extremely good at manufacturing, probably the best on Earth."],
"reply where 'they' points to Xiaomi named in the original post; Lei Jun and Ford CEO replies not gold")

add("x_roundup", "article",
"Musk vs NASA, and other posts of the day",
'''NASA announced on Monday that it would open its next lunar lander contract to a new round of bids. Musk replied to the agency's post: "They should have done this years ago. Competition works."

In a separate thread, a China space analyst posted a chart showing Beijing's planned crewed lunar landing before 2030, calling it "the real race". Dozens of accounts replied; Musk was not among them.

Musk also posted a photo of his son at Starbase, writing "little X inspecting the booster".''',
[],
"'they' refers to NASA, right next to a paragraph about China's lunar plans; family post not gold")

add("x_roundup", "article",
"Musk mocks battery tariff plan in late-night posts",
'''The White House on Thursday proposed raising tariffs on lithium-ion batteries imported from China to 100%, arguing that Chinese cells were being dumped below cost.

Musk's response came shortly after midnight: "Great plan: put a 100% tax on the cheapest batteries on Earth. What could possibly go wrong?"

An hour later he followed up: "Every US grid storage project just got more expensive, because there is no non-Chinese supply at that scale."

Senator Rick Calloway, a supporter of the tariffs, replied that Musk "profits from Chinese supply chains and doesn't want to pay his fair share".''',
["Great plan: put a 100% tax on the cheapest batteries on Earth. What could possibly go wrong?",
 "Every US grid storage project just got more expensive, because there is no non-Chinese supply at that scale."],
"sarcasm; the post's words point to tariffs on Chinese batteries from context; follow-up post about the same tariffs; senator's reply about Musk not gold")

add("x_roundup", "article",
"Family posts: Maye Musk in Shanghai, Elon on Mars",
'''Maye Musk shared photos from a fashion show in Shanghai on Saturday, writing: "Shanghai, I love you! The energy here is amazing and everyone is so kind."

Her son Elon Musk, meanwhile, spent his weekend posting about Mars. "A self-sustaining city on Mars is the only way to ensure the long-term survival of consciousness," he wrote on Sunday.

Tosca Musk, Elon's sister, posted a trailer for her new streaming series.''',
[],
"namesakes (Maye and Tosca Musk); Maye's Shanghai post not his; his Mars post not about China")

add("x_roundup", "article",
"AI twitter reacts to DeepSeek's new model",
'''DeepSeek released its R2 reasoning model on Monday, and the AI crowd on X had thoughts.

Elon Musk: "DeepSeek is legit. Their open-source release is a gift to the world, whether people in Washington like it or not."

OpenAI's chief executive wrote that the model was "impressive, particularly for the price", and promised "much better models" soon.

One prominent AI researcher argued the real lesson was that "open source is winning", not that any country was winning.

Musk later added that xAI would open-source Grok 2 "next week".''',
["DeepSeek is legit. Their open-source release is a gift to the world, whether people in Washington like it or not."],
"'Name:' style roundup entry; DeepSeek without the word China; other executives on same topic not gold; Grok 2 remark not gold")
