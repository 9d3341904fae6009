from common import doc

# ---------------- X roundups ----------------
doc("x_roundup", "article",
 "Musk's week on X: BYD, tariffs and a Starship tease",
 '''
Elon Musk posted more than 600 times this week. Here are the posts that moved markets and made headlines.

Monday. Replying to @EVnews_daily, which had shared BYD's latest export figures, Musk wrote: "⟦BYD is very good. People underestimate them at their peril.⟧"

Tuesday. "Starship Flight 12 in ~4 weeks," he posted, along with a photo of the booster rolling out at Starbase.

Wednesday. Musk quote-posted a Senate hearing clip with the comment: "⟦Tariffs on Chinese EVs just mean Americans pay more for worse cars⟧ https://x.com/elonmusk/status/1897712345678901234"

Thursday. He reposted a video of Tesla's Shanghai factory without comment and liked several posts about the Cybertruck.

Friday. Asked by the fan account @TeslaNorthCarolina whether Tesla would cut prices in China again, Musk replied: "⟦No plans to, but the market there is insane⟧ 🤯"
''',
 "X posts quoted verbatim with @handles and a URL (URL excluded from gold); Starship post, repost and likes not gold")

doc("x_roundup", "article",
 "What Musk posted this week: Grok, Mars and a fight with a senator",
 '''
It was an AI-heavy week on Elon Musk's timeline.

On Monday he announced that Grok 5 had finished pre-training, writing: "This will be the smartest AI in the world by a significant margin."

On Tuesday he posted a rendering of a Mars base, captioned "2031?"

Midweek he traded insults with a U.S. senator over federal subsidies. "Maybe read the bill before voting on it," Musk wrote.

Many replies to his Grok post came from Chinese users comparing it with DeepSeek and Qwen. "DeepSeek is cheaper and just as smart," one wrote. Musk did not respond.

He also liked a post by @chinaEVdaily showing Xiaomi's new SUV, without commenting.
''',
 "hard negative roundup: his posts are about Grok, Mars and a U.S. senator; China appears only in replies from others and a 'like'")

doc("x_roundup", "article",
 "Musk mocks claims that Western battery startups will catch up with China",
 '''
Elon Musk took aim on Sunday at a venture capitalist who predicted that Western battery startups would "close the gap with China by 2028."

"⟦Sure, because Chinese battery makers are famously slow⟧ 🙄," Musk replied to the post from @vcjames.

Minutes later he added: "⟦They shipped more cells last month than the entire West did last year.⟧"

The investor responded that Musk was "ignoring the subsidies." Musk did not reply further, but posted a meme about Starship a few hours later.
''',
 "sarcasm (gold); 'They' continuation = Chinese battery makers; investor's claim and meme not gold; headline description only")

doc("x_roundup", "article",
 "The Musk feed: reposts, reactions and a parody account",
 '''
A quieter week for Elon Musk on X, at least in words.

He reposted a drone video of Giga Shanghai at night, which drew 40 million views, and reacted with a fire emoji to a clip of BYD's new megawatt charger.

A post that went viral on Wednesday, "China is winning everything and it isn't even close," came from @ElonMuskParody_, a parody account that is labelled as such on its profile. Several news sites briefly reported it as Musk's own post before correcting.

Musk's own most-viewed post of the week was about the U.S. federal budget: "This bill is a disgrace."

He also announced that X's new payments feature would arrive in "a few weeks."
''',
 "hard negative: reposts and emoji reactions (acts, not statements); a parody account's China post; his own words are about the U.S. budget and X payments")

doc("x_roundup", "article",
 "Musk's X thread on Chinese carmakers, annotated",
 '''
Elon Musk posted a five-part thread late on Saturday about the global car industry. Here it is, with our notes.

1/ "⟦Chinese carmakers have the best supply chains on Earth.⟧" (True on cost, say most analysts.)

2/ "⟦They also have the hardest-working engineers. It's not close.⟧"

3/ "Legacy automakers in Europe and the US will need to merge or die." (European executives were quick to reply.)

4/ "⟦If Tesla didn't have autonomy, we would be in serious trouble against the Chinese brands too.⟧"

5/ "Anyway, Starship launches Tuesday."
''',
 "thread with 'They/them' continuations referring to Chinese carmakers (gold); third post about Western legacy automakers and Starship post not gold; journalist's notes not gold")

# ---------------- live blogs ----------------
doc("liveblog", "article",
 "Live: Tesla annual shareholder meeting 2025",
 '''
5:58 p.m. CT - That's a wrap. Musk left the stage to a standing ovation after just over two hours. Thanks for following along.

5:41 p.m. - Q&A. A shareholder from Singapore asks whether Tesla is losing the China market. Musk: "⟦We're not losing it, but it's the hardest market in the world. The Chinese brands are fantastic, and we have to earn every sale there.⟧"

5:30 p.m. - Musk says the Cybercab will be in production "by the end of the second quarter next year." Cheers from the crowd.

5:12 p.m. - Optimus robots serve drinks on stage. Musk: "This is the biggest product of all time. Bigger than the phone."

4:50 p.m. - Board chair Robyn Denholm opens the vote results. All proposals pass, including the new pay package.

4:45 p.m. - We're up and running at Giga Texas. Musk walked out wearing a cowboy hat.
''',
 "reverse-chronological live blog; only the China Q&A entry is gold; Cybercab date and Optimus claim not gold")

doc("liveblog", "article",
 "Live updates: Starship Flight 11",
 '''
8:47 a.m. CT - Splashdown confirmed in the Indian Ocean. SpaceX engineers in the control room are hugging.

8:31 a.m. - Musk on X: "Ship is looking good. Heat shield holding up much better than last time."

8:05 a.m. - Liftoff! All 33 Raptor engines lit.

7:40 a.m. - For context: China's Long March 10 is scheduled for its first test flight next month, and state media have described it as a rival to Starship. Musk has not commented on it.

7:15 a.m. - Weather is clear at Starbase. Musk says there's a "60% chance" of launch today.
''',
 "hard negative live blog: China context given by the blog itself; his words are about Starship")

doc("liveblog", "article",
 "As it happened: Elon Musk's visit to Beijing",
 '''
Sunday 21:30 - Musk's plane has left Beijing Capital International Airport, bound for Austin, according to flight-tracking data. That's it from us tonight.

Sunday 19:05 - Speaking briefly to reporters outside his hotel, Musk said ⟦the talks with Chinese officials had been "very productive"⟧ and that ⟦he expected progress on approving Tesla's driver-assistance software in China "fairly soon."⟧ He did not take questions.

Sunday 17:20 - Xinhua reports that Premier Li Qiang told Musk foreign firms would be "treated as equals." No readout from Tesla yet.

Sunday 15:00 - Musk has arrived at the Diaoyutai State Guesthouse. He was greeted by officials from the Ministry of Commerce.

Sunday 11:45 - Musk landed in Beijing about an hour ago. He posted only a Chinese flag emoji.
''',
 "live blog of a China trip: mostly actions and the premier's words; one entry with his reported clauses (gold); flag emoji not a statement")

doc("liveblog", "article",
 "Tesla Q3 earnings: live coverage",
 '''
5:52 p.m. ET - Call ends. Shares are down 2% after hours.

5:40 p.m. - On China, CFO Vaibhav Taneja says Model Y L orders "exceeded expectations" and that Shanghai exports rose 20% in the quarter.

5:31 p.m. - Musk says the next generation of the Optimus hand has 22 degrees of freedom. "It's the hardest engineering problem I've ever worked on."

5:18 p.m. - Musk: "We are on the cusp of the largest asset-value increase in history." He's talking about FSD turning cars into robotaxis.

5:00 p.m. - We're listening to the call. Revenue came in at $25.7 billion, slightly above estimates.
''',
 "hard negative live blog: China numbers from the CFO; Musk's entries are about Optimus and FSD")

doc("liveblog", "article",
 "VivaTech 2025 live: Elon Musk on AI, Europe and China",
 '''
16:40 - Session over. Musk's remarks on Europe are already trending in France.

16:32 - On China and AI, Musk says ⟦Chinese labs are "much closer than Americans think"⟧. "⟦DeepSeek and Qwen are very good. Anyone in Silicon Valley who dismisses them is making a mistake.⟧"

16:25 - Asked about the EU's AI Act, Musk is scathing about Brussels: "They've regulated an industry that barely exists here yet. They should build something first."

16:10 - Musk says Starlink now has 8 million customers and will "probably" double that next year.

16:00 - Musk appears on screen, by video link from Texas, to applause.
''',
 "live blog: China/AI entry gold; 'They' in the EU entry = Brussels regulators (not gold); Starlink figures not gold; headline only lists topics")

# ---------------- opinion ----------------
doc("opinion", "article",
 "Opinion: Musk is right about China, and Detroit should listen",
 '''
It is rare for a chief executive to praise his rivals. Elon Musk has made a habit of it.

As Musk put it at Tesla's annual meeting last month, "⟦the Chinese companies are the real competition, not the guys in Detroit⟧." He is right, and not only for the reasons he gives.

Chinese carmakers do not merely have cheaper labour or generous subsidies. They have something more valuable: a domestic market so brutal that only the best survive. BYD, Geely and Xiaomi have been through a decade-long knife fight. Ford and GM have not.

Musk also said, in the same session, that ⟦Tesla would have to "get a lot better, a lot faster" to keep its place in China⟧. Detroit would do well to adopt the same humility.

Instead, Washington has reached for tariffs. They may buy time, but time is only useful if you do something with it.

The writer is a former auto industry executive and a fellow at the Midwest Manufacturing Institute.
''',
 "opinion: 'As Musk put it, \"...\"' in the columnist's narration is his quote (gold); columnist's own agreement and analysis not gold; 'They' = tariffs in columnist's voice")

doc("opinion", "article",
 "Opinion: Elon Musk's China problem is a Mars problem",
 '''
For all the attention paid to Tesla's fortunes in China, the more telling story about Elon Musk lies elsewhere.

He has staked his legacy on Mars. "We will land the first ships there before the end of the decade," he said last week, as he has said most years since 2016.

Meanwhile, China's space agency has quietly built a permanent space station, landed on the far side of the Moon and brought back samples. It does not make predictions. It makes launches.

Musk has long courted Beijing for Tesla's sake, and his supporters in China are many. But the competition that should worry him most is not BYD. It is the China National Space Administration.

The writer covers space policy.
''',
 "hard negative opinion: columnist's analysis about Musk and China; his quoted words are about Mars")

doc("opinion", "article",
 "Musk's China romance is older than you think",
 '''
In January 2020, Elon Musk danced on stage at the Shanghai factory's first delivery ceremony. Afterwards he told reporters that ⟦China would "probably be Tesla's biggest market in the long term"⟧. Few took him literally.

Two years later, he wrote in a piece for a magazine published by China's internet regulator that ⟦Chinese people "have great energy and a drive to make things better."⟧ Critics in the U.S. called it flattery. In Beijing it was widely shared.

And in 2023, asked on a podcast whether he would ever move Tesla's production out of China, he said: "⟦I don't see why we would. The team in Shanghai is the best we have.⟧"

Whatever one thinks of his politics, there is a consistency here that critics rarely acknowledge. He has said the same thing about China for a decade, in good years and bad.

The columnist writes about business and technology.
''',
 "opinion recalling statements from past years (all gold); columnist's framing and critics' views not gold")

doc("opinion", "article",
 "Musk and China: the debate goes on",
 '''
There are two schools of thought in Washington about Elon Musk's relationship with Beijing.

One holds that Tesla's reliance on its Shanghai factory makes Musk a hostage, unable to criticise the Chinese government without risking his most productive plant. The other holds that he is simply a businessman who follows the customers, and that his companies would be foolish to give up the world's largest car market.

Both camps have evidence. Musk has visited China repeatedly, met its premier and kept Tesla's data centres there. He has also launched rockets for the Pentagon and built Starlink, which Chinese military researchers have called a threat.

What neither camp has is a clear answer. The debate will continue as long as Tesla makes cars in Shanghai.
''',
 "hard negative: framing headline, body is columnist's analysis and his actions, no statement of his")

doc("opinion", "article",
 "Musk and China: the debate goes on, and he isn't backing down",
 '''
Critics in Congress want Elon Musk to choose between America and China. He keeps refusing.

"⟦I'm not going to pretend China isn't a huge part of the world economy. It is, and Tesla will keep doing business there.⟧" That was Musk on Thursday, responding to a letter from 14 senators urging him to reduce Tesla's exposure to Beijing.

It is a stance that will not win him friends on Capitol Hill. But it is at least consistent. The senators, for their part, said in their letter that Musk was "putting profits ahead of national security."

I'm not sure they're wrong. But I'm also not sure he is.
''',
 "framing headline over a body that does contain his plain China quote, introduced first and attributed in the following sentence (gold); senators' words not gold")

# ---------------- machine-translated English ----------------
doc("machine_translated", "article",
 "Musk: ⟦China new energy vehicle enterprises are world most competitive⟧",
 '''
According to reports, on the 15th, Tesla CEO Musk in a video connection expressed that ⟦China's new energy vehicle enterprises are currently the most competitive in the world⟧. He said, "⟦Chinese car enterprises very hardworking, very smart, the speed of progress is very fast.⟧"

Musk still said, ⟦Tesla Shanghai Super Factory is Tesla's most important export hub in the global⟧. Reporter noticed that in the first half of this year, Shanghai Super Factory delivered over 450,000 vehicles.

For the questions of the future, Musk indicated that the robot Optimus will in next year start small-scale production.
''',
 "stiff machine-translated English: 'expressed that', 'still said' continuation; colon headline carries claim; Optimus item ('indicated that') not gold")

doc("machine_translated", "article",
 "Tesla China responds to price reduction rumours",
 '''
On the 8th, Tesla China related responsible person expressed to reporters that the online circulated "Model Y will drop price 20,000 yuan" news is not true, the company at present has no price adjustment plan.

The responsible person said, Tesla in China market will continue deep cultivation, and thanks the broad car owners for the support.

It is understood that, Musk recently in social platform X published that the Cybertruck will in next year increase a new version. Industry insider analyzed that, Tesla in China market facing pressure increasing.
''',
 "hard negative machine translation: Tesla China spokesperson's China statements; Musk's post is about Cybertruck; analysts not gold")

doc("machine_translated", "article",
 "Musk at shareholders meeting talks about China market",
 '''
Local time on the 6th, Musk at the United States Texas State Austin City held Tesla annual shareholders meeting on expressed, ⟦China market is Tesla's very important market, Tesla will continue to increase investment in China⟧.

Musk said, "⟦Chinese team is excellent, Shanghai factory is our global most efficient factory.⟧" He also expressed, the humanoid robot Optimus in the future will become Tesla's most valuable product.

In addition, Tesla Chinese region president Zhu Xiaotong at the meeting expressed, the Model Y L in the Chinese market sales performance exceeds expectation.
''',
 "long locative phrase between 'Musk' and 'expressed' in machine-translated English; Optimus claim and Tom Zhu (Zhu Xiaotong) not gold; headline description only")

doc("machine_translated", "article",
 "Chinese humanoid robot companies accelerate, Musk talks Optimus",
 '''
Recently, Chinese humanoid robot enterprises such as Unitree Technology, UBTECH and others accelerated mass production. Unitree founder Wang Xingxing expressed that, China's humanoid robot industry chain is the most complete in the world.

At the same time, Musk on social platform X expressed that Optimus robot will in next year realize mass production, annual output is expected to reach 5,000 units. He said: "Optimus will be the biggest product in history."

Analyst believes, Chinese enterprises in cost aspect have obvious advantage.
''',
 "hard negative machine translation: China claims by Unitree founder and analysts; Musk's statement is about Optimus production")

doc("machine_translated", "article",
 "Musk: ⟦Chinese engineers are the world's best⟧",
 '''
Tesla CEO Elon Musk recently accepted a foreign media interview. Musk thinks, ⟦Chinese engineers are the world's best engineers, they are very hardworking, and very talented⟧.

He still said, ⟦Tesla Shanghai factory's construction speed "made the whole world surprised"⟧, and ⟦Tesla in China will continue to hire more local engineers⟧.

When talking about SpaceX, Musk said, the Starship will in this year carry out more test flights, and the final goal is to send humans to Mars.

It is worth mentioning that, the Chinese netizens to Musk's this speech gave very high evaluation.
''',
 "machine translation: 'Musk thinks,' and 'He still said,' reported speech; SpaceX/Mars statement not gold; netizens not gold; colon headline carries claim")

doc("machine_translated", "article",
 "Musk's mother Maye arrived at Shanghai, praised Chinese food",
 '''
On the 20th, the mother of Tesla CEO Musk, Maye Musk, arrived at Shanghai to participate in a book signing event. Maye Musk expressed that she very likes China, the Chinese food is the world most delicious, and she every year will come to China several times.

When reporter asked about her son, Maye said, "Elon works too much, I hope he can come to Shanghai with me to eat xiaolongbao."

Maye Musk in China social media has many fans.
''',
 "namesake in machine-translated English: Maye Musk's China claims; Elon only mentioned")
