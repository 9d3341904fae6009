from common import doc

doc(26, "wire", "article",
"Tesla's Musk praises China's engineers, says they are the best in the world",
"""
BEIJING, May 14 (Reuters) - Tesla CEO Elon Musk on Tuesday heaped praise on Chinese engineering talent during a video appearance at a government-backed technology forum.

"The engineering talent in China is just extraordinary. There is a lot of very smart, very hardworking people there," Musk said. "I think, honestly, they are the best in the world at manufacturing engineering right now."

He added that Tesla planned to hire "several hundred more" engineers in Shanghai this year.

The comments come as Washington weighs new restrictions on US companies' research activity in China. The Commerce Department declined to comment.
""",
["they are the best in the world",
 "The engineering talent in China is just extraordinary. There is a lot of very smart, very hardworking people there,",
 "I think, honestly, they are the best in the world at manufacturing engineering right now.",
 "Tesla planned to hire \"several hundred more\" engineers in Shanghai this year"],
"two-verb headline (gold is the claim part); quote spanning sentences split by attribution; 'He added' continuation")

doc(27, "wire", "article",
"Musk addresses Beijing supply-chain expo by video link",
"""
BEIJING (Reuters) - Elon Musk, speaking by video link to the China International Supply Chain Expo in Beijing on Wednesday evening after a delayed start, said humanoid robots would outnumber humans by 2040.

"Everyone will want their own robot, maybe two," Musk said, drawing laughter from the audience. He also said that artificial general intelligence could arrive "next year or the year after."

Musk did not mention China or Tesla's Shanghai operations in his eight-minute address. Organisers said more than 600 foreign companies were exhibiting at this year's event, up from 500 last year.
""",
[],
"long phrase between name and verb at a Beijing event, but all his statements are about robots/AGI")

doc(28, "wire", "article",
"Musk says he has 'never discussed Taiwan' with Chinese officials",
"""
WASHINGTON (Reuters) - Elon Musk said on Friday he had never discussed Taiwan with Chinese government officials, responding to a congressional letter that questioned his meetings in Beijing.

"I have never discussed Taiwan with anyone in the Chinese government. Not once," Musk wrote on X.

The letter, signed by 14 House Republicans, asked whether Tesla's reliance on its Shanghai factory had shaped Musk's public comments on the island. A Tesla spokesperson separately denied that the company had received any "instructions" from Beijing.
""",
["he has 'never discussed Taiwan' with Chinese officials",
 "he had never discussed Taiwan with Chinese government officials",
 "I have never discussed Taiwan with anyone in the Chinese government. Not once,"],
"denial stated as his own claim ('said he had never') is gold; spokesperson denial not his; lawmakers' letter not his")

doc(29, "wire", "article",
"Maye Musk charms Shanghai crowds on book tour",
"""
SHANGHAI (Reuters) - Maye Musk, the model and mother of Tesla CEO Elon Musk, drew hundreds of fans to a bookshop in Shanghai on Saturday, where she said China was "my favourite country to visit."

"The people here are so kind, and the food is amazing," Musk, 77, told reporters. She said she hoped to return later in the year.

Her son has not visited China since last April. Asked whether he planned to, she said: "You'll have to ask Elon. I'm not his secretary."
""",
[],
"namesake: Maye Musk ('Musk, 77') praises China; Elon only mentioned")

doc(30, "wire", "article",
"Musk says banning Chinese-owned TikTok would be 'a mistake'",
"""
(Reuters) - Elon Musk said on Monday that a US ban on TikTok, the short-video app owned by China's ByteDance, would be a mistake, even though the app competes with his own platform X.

"In my opinion, TikTok should not be banned in the USA, even though such a ban may benefit the X platform," Musk said in a post. "Doing so would be contrary to freedom of speech and expression."

US lawmakers say the app's Chinese ownership poses a national security risk, a claim ByteDance denies.
""",
["banning Chinese-owned TikTok would be 'a mistake'",
 "a US ban on TikTok, the short-video app owned by China's ByteDance, would be a mistake, even though the app competes with his own platform X",
 "In my opinion, TikTok should not be banned in the USA, even though such a ban may benefit the X platform,",
 "Doing so would be contrary to freedom of speech and expression."],
"TikTok (Chinese-owned app) as topic; continuation quote refers back; lawmakers' claim not his")

doc(31, "wire", "article",
"EU finalises tariffs on Chinese-made EVs; Musk in Berlin focuses on autonomy",
"""
BRUSSELS/BERLIN (Reuters) - The European Union on Tuesday finalised tariffs of up to 35% on electric vehicles made in China, including those Tesla ships from Shanghai, which face a 7.8% duty.

In Berlin, where he toured the Gruenheide plant on the same day, Elon Musk criticised European regulators over the slow approval of driver-assistance software. "They are years behind on this. It's a bureaucratic nightmare," he told reporters, referring to the European type-approval authorities.

Asked about the tariffs, Musk walked away without answering. The European Commission said the duties would offset "unfair subsidies" from Beijing.
""",
[],
"China story; 'they' refers to European regulators; he declined on tariffs; Commission's words about Beijing")

doc(32, "wire", "article",
"Musk's old Taiwan remarks resurface as Tesla seeks FSD approval",
"""
HONG KONG (Reuters) - Comments Elon Musk made three years ago about Taiwan are drawing fresh attention as Tesla awaits Chinese approval for its Full Self-Driving software.

In a 2022 interview, Musk said Taiwan could be given "a special administrative zone arrangement that is reasonably palatable," a suggestion that angered officials in Taipei. At the time he also said that tension over the island was "inevitable" and that Beijing "has been very clear" about its intentions.

Asked about the remarks this week, Musk said only that he was "focused on making cars safer," and that FSD v14 would ship in Europe and China "when ready."

Taiwan's foreign ministry declined to comment.
""",
["Taiwan could be given \"a special administrative zone arrangement that is reasonably palatable,\"",
 "tension over the island was \"inevitable\"",
 "Beijing \"has been very clear\" about its intentions",
 "FSD v14 would ship in Europe and China \"when ready.\""],
"old remarks recalled are gold; 'focused on making cars safer' is not about China; product-date remark naming China is gold")

doc(33, "aggregator_headline", "article",
"Tesla's Musk: Xiaomi SU7 is 'impressive', Lei Jun 'a friend' - CNBC",
"",
["Xiaomi SU7 is 'impressive', Lei Jun 'a friend'"],
"aggregator title with colon-style claim about a Chinese company")

doc(34, "aggregator_headline", "article",
"Elon Musk weighs in on China's EV price war - Yahoo Finance",
"",
[],
"headline only says he weighed in; no claim")

doc(35, "aggregator_headline", "article",
"Musk warns US tariffs on Chinese EVs 'distort the market' - Financial Times",
"",
["US tariffs on Chinese EVs 'distort the market'"],
"aggregator title carrying claim about China tariffs")

doc(36, "aggregator_headline", "article",
"Nio CEO says Musk is 'overestimating' demand for FSD in China - South China Morning Post",
"",
[],
"another person's claim about Musk's China view")

doc(37, "short_summary", "article",
"Musk: Shanghai plant to run flat out through year-end",
"Elon Musk said on Thursday that Tesla's Shanghai gigafactory would run at full capacity through the end of the year to meet export demand, dismissing reports of production cuts.",
["Shanghai plant to run flat out through year-end",
 "Tesla's Shanghai gigafactory would run at full capacity through the end of the year to meet export demand"],
"summary positive; 'dismissing reports' is an action description, not gold")

doc(38, "short_summary", "article",
"Lawmakers slam Musk over China comments",
"Republican lawmakers criticised Elon Musk on Tuesday over his recent comments about China, with one saying the billionaire was 'carrying water for the Chinese Communist Party' and another calling for a review of Tesla's Shanghai ties.",
[],
"mentions his China comments without content; lawmakers' words")

doc(39, "podcast_labelled", "label", "All Angles podcast, episode 212 (excerpt)",
"""
Jason Park: Elon, everybody's freaking out about Chinese EVs flooding the American market at $15,000.
Elon Musk: Oh no, China wants to sell us cheap, excellent cars. What a tragedy. How will we survive.
David Reyes: [laughs] Okay, but seriously.
Elon Musk: Seriously, the tariffs just mean American consumers pay more. Chinese cars are good. That's the uncomfortable truth.
Naomi Adler: Do you worry about data, though? Cameras on every car, feeding back to Beijing?
Elon Musk: With Chinese cars, that's a legitimate concern, I think. But honestly it applies to any connected car, including ours. Every government is going to want to know where the data goes.
Jason Park: Let's get to X. Ad revenue is back?
Elon Musk: Mostly. Advertisers came back once they realized the platform wasn't on fire.
""",
["Oh no, China wants to sell us cheap, excellent cars. What a tragedy. How will we survive.",
 "Seriously, the tariffs just mean American consumers pay more. Chinese cars are good. That's the uncomfortable truth.",
 "With Chinese cars, that's a legitimate concern, I think."],
"sarcasm about China is still his statement; three hosts; X ad revenue answer not gold")

doc(40, "podcast_labelled", "label", "Founders Table - live from Web Summit (excerpt)",
"""
Priya Natarajan: We should talk about China. Chinese AI labs are shipping open models that are as good as anything from San Francisco.
Tom Beckett: I had dinner with Elon last month and he told me he thinks the Chinese labs are "terrifyingly good." His words.
Elon Musk: I'm going to let Tom speak for Tom. What I'll say is that Grok 4 is the smartest model in the world right now, and the next one will be a lot smarter.
Priya Natarajan: Fair. Let's talk about free speech on X.
Elon Musk: The most important thing is that people can say things that other people don't like. That's the whole point.
""",
[],
"guest reports what Musk told him privately (other's words); Musk's own turns are about Grok and free speech, not China")

doc(41, "podcast_unlabelled", "unlabeled", "",
"""
So I have to ask about DeepSeek. This Hangzhou lab trained a frontier model for a fraction of the cost. Were you surprised?
Not really. I think it's impressive what they did with the chips they had, but I think they probably had more GPUs than they're saying. That's my guess.
More than they're saying?
Yeah, I think they're constrained by the export controls, so they can't really talk about it. But they're very good. I mean, they're legit.
And how does Grok compare?
Grok 3 was trained on a hundred thousand H100s. We're going to ten times that. It's a different scale.
""",
["Not really. I think it's impressive what they did with the chips they had, but I think they probably had more GPUs than they're saying. That's my guess.",
 "Yeah, I think they're constrained by the export controls, so they can't really talk about it. But they're very good. I mean, they're legit."],
"unlabeled transcript; China reference (DeepSeek, Hangzhou lab) only in host's question; 'they' refers to DeepSeek; Grok answer not gold",
guests=["Elon Musk"])

doc(42, "earnings_call", "label", "Tesla Q3 earnings call (partial transcript)",
"""
Operator: Our next question comes from Alex Potter with Piper Sandler.
Alex Potter -- Piper Sandler -- Analyst: Thanks. Xiaomi just took something like 20,000 orders in an hour for its SUV. How do you think about them as a competitor?
Elon Musk -- Chief Executive Officer: They're a strong company. Lei Jun is a friend and he's done an amazing job. I think they'll be one of the top five carmakers in the world eventually.
Alex Potter -- Piper Sandler -- Analyst: And on Semi?
Elon Musk -- Chief Executive Officer: Semi volume production starts in Nevada late next year. We're really excited about it.
""",
["They're a strong company. Lei Jun is a friend and he's done an amazing job. I think they'll be one of the top five carmakers in the world eventually."],
"China (Xiaomi) only in analyst's question; 'they' refers back; Semi answer not gold")

doc(43, "qa_interview", "article",
"'Elon thinks China will win': Errol Musk on his son, business and Beijing",
"""
Errol Musk, the South African engineer and father of Elon Musk, has made several trips to China in recent years. We spoke to him by phone from Pretoria.

Q: You've visited China five times. Why?
A: Business. I'm interested in their infrastructure projects in Africa. The Chinese get things built while everyone else is still holding meetings.

Q: Does your son share your view?
A: Elon thinks China will win the EV race, he's told me that many times. But he doesn't listen to me about much else.

Q: Would you like to see Tesla build a factory in Africa?
A: Of course. But that's Elon's decision.
""",
[],
"namesake: Errol Musk (father); his hearsay of what Elon 'told me' is other person's words, including the headline quote")

doc(44, "vtt", "vtt", "Panel: The Future of Energy - Qatar Economic Forum",
"",
["China's going to be massive in solar, and, frankly, they already are.",
 "They make something like eighty percent of the panels. You can't compete with that on cost right now."],
"vtt panel; moderator's China question; 'they' continuation; other panelist's China remark not his; Mars joke not gold",
vtt="""WEBVTT

00:12:01.000 --> 00:12:06.000
<v Moderator>Elon, you've said the sun is the only real long-term power source. Where does that leave China?

00:12:06.200 --> 00:12:10.500
<v Elon Musk>China's going to be massive in solar, and, frankly, they already are.

00:12:10.600 --> 00:12:15.000
<v Elon Musk>They make something like eighty percent of the panels. You can't compete with that on cost right now.

00:12:15.100 --> 00:12:20.000
<v Fatima Al-Sayed>I'd add that Chinese grid investment is the real story, not only panels.

00:12:20.100 --> 00:12:24.000
<v Elon Musk>And on Mars we'll need solar too, obviously, so I'm biased.
""")

doc(45, "x_roundup", "article",
"Musk's late-night posting spree: power plants, Hong Kong and a Cybertruck teaser",
"""
Elon Musk was busy on X overnight. Some of his posts:

- "Why is nobody talking about the fact that China added more electricity generation last year than the US has in the past decade?" (1:14 a.m.)
- In reply to a user asking whether Hong Kong was still a good place for a Tesla showroom: "Hong Kong is great. Sales there have been solid." (1:40 a.m.)
- "Cybertruck 2 teaser coming soon" (2:05 a.m.)
- A meme mocking a New York Times headline about SpaceX. (2:30 a.m.)

Several users replied to the power-plant post with charts showing China's coal-plant approvals, which Musk did not respond to.
""",
["Why is nobody talking about the fact that China added more electricity generation last year than the US has in the past decade?",
 "Hong Kong is great. Sales there have been solid."],
"rhetorical question of his is gold; Hong Kong post gold; Cybertruck and meme not; users' replies not his")

doc(46, "opinion", "article",
"The 'hardcore' culture Shanghai workers know too well",
"""
When Elon Musk told Twitter staff in 2022 that they would need to be "extremely hardcore" and work "long hours at high intensity," many in Silicon Valley were shocked.

Workers at Tesla's Shanghai plant were not. Former employees I interviewed describe 12-hour shifts, dormitories near the factory and a culture of relentless targets. One told me: "We were hardcore long before Twitter."

There is a reason Tesla's Chinese factory is its most productive. There is also a cost, and it is borne by the people on the line.
""",
[],
"opinion about Chinese workers quotes Musk's Twitter email (not about China); former employee's words; columnist's analysis")

doc(47, "liveblog", "article",
"Musk in Beijing: live updates",
"""
08:30 Musk's private jet has landed at Beijing Capital International Airport, according to flight-tracking data.

10:15 Musk meets Premier Li Qiang at the Great Hall of the People. State media shows the two shaking hands.

10:50 According to a readout from the Chinese side, Li told Musk that China's market "will always be open" to foreign companies.

13:20 Musk posts a photo from the meeting on X: "Honored to meet Premier Li. China's progress in the past decade has been nothing short of amazing."

14:05 Tesla shares jump 6% in pre-market trading on hopes of FSD approval.

16:40 Speaking briefly to reporters outside his hotel, Musk says he expects Tesla to get approval for full self-driving in China "fairly soon."
""",
["Honored to meet Premier Li. China's progress in the past decade has been nothing short of amazing.",
 "he expects Tesla to get approval for full self-driving in China \"fairly soon.\""],
"liveblog; actions (landed, met) and Premier Li's readout not gold; X post and remarks to reporters gold")

doc(48, "machine_translated", "article",
"Rumor Musk will again visit China, Tesla China responds: no information at present",
"""
Recently, network upper transmitted news says Musk will in next month arrive Shanghai, inspect super factory and meet with relevant departments. Regarding this, Tesla China related responsible person expressed to reporter, at present has no relevant information can disclose. Many netizens expressed, looking forward to Musk again come to China. Some analysis personage thinks, Musk visit China may be related to FSD entering China.
""",
[],
"machine-translated rumor; Tesla China staff and netizens speak; Musk says nothing")

doc(49, "other", "article",
"Fact check: Did Musk say China will beat the US in AI?",
"""
Claim: Viral posts say Elon Musk declared that "China will beat America in AI, it's over."

Rating: Missing context.

Musk did not use those words. The posts appear to distort remarks he made on a podcast last month, when he said: "China is going to have a lot of compute, maybe more than anyone, because they have so much electricity." He went on to say that Chinese chips were "still behind Nvidia for now."

So Musk did say China could have more computing power than any other country. But he did not say China would "beat America in AI" or that the race was "over."
""",
["China is going to have a lot of compute, maybe more than anyone, because they have so much electricity.",
 "Chinese chips were \"still behind Nvidia for now.\""],
"fact-check: viral misquote not gold; his actual words and continuation about Chinese chips gold")

doc(50, "other", "article",
"Panel recap: what the Technoking said about batteries",
"""
At Tuesday's closing panel of the Battery Futures conference in Las Vegas, the self-styled Technoking of Tesla was in a talkative mood.

Musk, who joined remotely from Starbase, said the cost of lithium iron phosphate cells made in China had fallen "way faster than anyone predicted," and that Chinese cathode makers were "basically unbeatable on price." He added that Tesla would keep buying Chinese cells for its cheaper models.

On sodium-ion, he was more cautious, saying the chemistry was "interesting but not ready for cars."

Other panelists, including CATL's European president, largely agreed.
""",
["the cost of lithium iron phosphate cells made in China had fallen \"way faster than anyone predicted,\"",
 "Chinese cathode makers were \"basically unbeatable on price.\"",
 "Tesla would keep buying Chinese cells for its cheaper models"],
"nickname 'Technoking'; 'He added' continuation; sodium-ion remark not gold")
