from lib import D

# ---------------- liveblogs
D("liveblog", "article",
"Tesla Q3 earnings: live updates",
'''
5:31 p.m. ET - The call is under way. CFO Vaibhav Taneja opened by noting that automotive gross margin excluding credits came in at 16.4%.

5:38 p.m. ET - Musk is talking robotaxis. He says Tesla expects to have driverless service "in eight to ten metro areas" by the end of the year.

5:44 p.m. ET - First question on China. An analyst asks about the price war there. Musk: "⟦The Chinese market is brutally competitive. There are something like a hundred EV brands and they are all fighting for survival⟧."

5:46 p.m. ET - He adds: "⟦I expect most of them will not exist in five years, but the ones that survive will be formidable⟧."

5:52 p.m. ET - Musk on Optimus: the V3 prototype will be shown "probably in the first quarter."

6:03 p.m. ET - Shares are up 4% after hours. The call has ended.
''',
"live blog with timestamps; 'He adds' continuation where 'them' = Chinese EV brands (gold); robotaxi and Optimus remarks not gold; analyst question not gold")

D("liveblog", "article",
"Starship Flight 11 live: SpaceX launches from Texas",
'''
7:15 a.m. CT - Good morning from South Padre Island. Launch window opens at 7:30.

7:22 a.m. CT - Worth noting: China's Long March 9 super-heavy rocket, its answer to Starship, is not expected to fly before 2030, according to state media.

7:34 a.m. CT - Liftoff! All 33 Raptor engines lit, per the SpaceX broadcast.

7:41 a.m. CT - Musk on X: "Booster caught! Incredible work by the team."

8:20 a.m. CT - Splashdown of the ship in the Indian Ocean. Musk says the next flight will attempt to catch the ship itself "within two or three months."

8:35 a.m. CT - A Chinese space analyst, Chen Lan, told us: "China is watching every Starship flight very closely."
''',
"hard negative: China mentioned by journalist and analyst; his remarks all about Starship")

D("liveblog", "article",
"World AI Conference Shanghai: day one as it happened",
'''
09:05 (Beijing time) - Premier Li Qiang opens the conference, pledging support for "open-source AI cooperation."

09:40 - Elon Musk is on stage in person, his first appearance at WAIC since 2023. He starts with a joke about jet lag.

09:43 - Musk: "⟦I'm a big believer in China. The people here are smart and they work incredibly hard⟧."

09:47 - "⟦I think China will do very well in AI, particularly in applying it to manufacturing⟧," he says. "⟦The factories here are already more automated than most in America⟧."

09:55 - Now on xAI: Musk says Grok 5 will be released "by the end of the year" and may be "the first AGI candidate."

10:10 - Baidu founder Robin Li, speaking after Musk, says Chinese models are "catching up fast."
''',
"speech given in China where 'here' means China (gold); split quote with attribution in the middle; Grok date not gold; Baidu founder's words not gold")

D("liveblog", "article",
"Trump-Xi summit in Busan: live",
'''
11:02 local - The U.S. delegation has arrived. Commerce Secretary Howard Lutnick told reporters Elon Musk "has been very helpful" in conversations with the Chinese side.

11:20 - Musk, who is not part of the official delegation, posted a meme of a handshake on X with no caption.

11:45 - Chinese foreign ministry spokesperson Guo Jiakun: "China and the United States should be partners, not rivals."

12:30 - Xi and Trump have begun their bilateral meeting. Lutnick says tariffs on Chinese goods "are on the table."
''',
"hard negative: other people mention Musk; he posts a wordless meme")

D("liveblog", "article",
"Tesla annual meeting 2025 - live blog",
'''
3:00 p.m. CT - We're in Austin for Tesla's annual meeting. About 1,000 shareholders are here.

3:18 p.m. - Musk takes the stage to cheers and dances with an Optimus robot.

3:25 p.m. - Musk says the vote on his pay package "is not about money, it's about control."

3:41 p.m. - On competition, Musk says ⟦Chinese companies are "the most competitive in the world" and "very hard-working"⟧. He adds that ⟦Tesla's Shanghai plant will remain the company's main export hub for Asia⟧.

3:50 p.m. - He also claims Tesla will produce "a million Optimus units a year" eventually.

4:15 p.m. - Results: the pay package passes with over 75% support.
''',
"live blog; reported speech with embedded partial quotes (gold); 'He adds that' continuation on Shanghai (gold); pay package and Optimus not gold")

# ---------------- Q&A write-ups
D("qa_interview", "article",
"Elon Musk on AI, China and Mars: the full interview",
'''
The following interview has been edited for length and clarity.

Q: Your factory in Shanghai builds about half of Tesla's cars. Are you worried about depending so much on China?

A (Musk): ⟦Not really. China has been very supportive of Tesla, and the Shanghai team is excellent⟧. ⟦If anything, the risk is on the US side, with tariffs on Chinese parts⟧.

Q: Chinese carmakers like BYD are now selling more EVs than you. What happened?

A (Musk): ⟦They are very good. They have the best supply chain in the world for batteries, and they move incredibly fast⟧.

Q: And Mars? You said 2026 for an uncrewed Starship.

A (Musk): We will try. I'd say 50/50 for 2026, and if we miss that window, 2028.
''',
"Q&A format 'A (Musk):'; interviewers' questions mention China (not gold); 'They' = Chinese carmakers from the question (gold); tariff sentence in China context (gold); Mars answer not gold")

D("qa_interview", "article",
"Musk in conversation: 'I'm focused on Starship'",
'''
Q: The Chinese government has been investing heavily in its own satellite networks. Do you see them as a threat to Starlink?

Musk: Look, I'm focused on getting Starship to full reusability this year. That's what matters to me right now.

Q: But are you concerned about Beijing's plans?

Musk: Honestly I don't spend much time on it. Our biggest constraint is our own launch cadence.

Q: What about Tesla's sales there?

Musk: I'll leave that for the earnings call.
''',
"hard negative: questions are about China but his answers are about Starship/his own focus and deflections; judgement: deflections are not claims about China")

D("qa_interview", "article",
"Musk tells CNBC Beijing has never pressured Tesla",
'''
In an interview with CNBC's David Faber on Tuesday, Tesla CEO Elon Musk addressed questions about his company's dependence on China.

Asked whether Beijing could use Tesla's Shanghai factory as leverage over him, Musk said ⟦the Chinese government had "never once" asked him to do anything in return for Tesla's access to the market⟧.

"⟦They have been fair to us. I can only speak from experience⟧," Musk said.

Faber pressed him on X's policies toward Chinese state media accounts. Musk said ⟦X labels Chinese state media the same way it labels any government-funded outlet⟧.

He also said he would "probably" vote for a third party in the next presidential election.
''',
"Q&A write-up: interviewer question paraphrased (not gold); 'They' = Chinese government (gold); policy on Chinese state media (gold); US politics remark not gold")

D("qa_interview", "article",
"BYD's Stella Li: 'Elon knows we are coming'",
'''
Stella Li, executive vice president of BYD, sat down with us in Mexico City.

Q: Elon Musk once laughed at BYD. Do you think he still does?

Li: No. I think Elon knows we are coming. He has said many nice things about us recently, but we don't need his approval.

Q: Has he ever called you?

Li: We met once at an auto show in Shanghai. He said hello. That's all.

Q: Tesla is still bigger in the US. Can you catch up there?

Li: The US is closed to us for now. Everywhere else, we are winning.
''',
"hard negative: BYD executive's words about Musk, including a vague paraphrase 'He has said many nice things about us' in someone else's mouth; 'He said hello' is trivial and hers")

D("qa_interview", "article",
"'⟦China is the future of manufacturing⟧': Musk Q&A",
'''
We spoke to Elon Musk by phone on Thursday about Tesla, Taiwan and the next decade.

Interviewer: You've said Taiwan is the biggest geopolitical risk for tech. Still true?

Musk: ⟦Yes. Taiwan is where basically all the advanced chips are made, and China's position on reunification is not going to change⟧. ⟦Everyone should be planning for it⟧.

Interviewer: Where should the US build?

Musk: ⟦China is the future of manufacturing unless America gets its act together on permitting⟧. We need to be able to build a factory in a year, not five.

Interviewer: Last one. How's the family?

Musk: Busy. Lots of kids.
''',
"Q&A with 'Musk:' labels inside an article; interviewer's own paraphrase of him not gold; a sentence mixing China and US permitting is gold as a whole; family remark not gold; headline quote 'China is the future of manufacturing' is a quote of his in the title")

D("qa_interview", "article",
"Musk: 'NASA needs to take more risk'",
'''
In a wide-ranging conversation at the Paris Air Forum, Elon Musk answered questions from moderator Anne Dupont.

Dupont: NASA has delayed Artemis again. What's wrong?

Musk: They are drowning in paperwork. They should take more risk, and let the contractors fail faster.

Dupont: China says it will land on the moon by 2030. Will they beat the Americans?

Musk: ⟦They might. China's space program is very methodical, and they hit their dates⟧. ⟦If I were betting, I would not bet against them⟧.

Dupont: And Europe?

Musk: Europe needs its own launcher, but they are moving too slowly.
''',
"'they' = NASA (not gold) vs 'they' = China's space program (gold) vs 'they' = Europe (not gold) in consecutive answers")

# ---------------- labelled podcasts
D("podcast_labelled", "label", "",
'''
Lex Fridman: You've spent a lot of time in China. What do people in the West get wrong about it?
Elon Musk: ⟦I think people underestimate how hard-working and smart the people in China are. There's a lot of talent there⟧.
Lex Fridman: Is that a threat?
Elon Musk: ⟦It's competition. China is going to be the biggest economy in the world by a fair margin at some point, probably twice the size of the US, maybe three times⟧.
Lex Fridman: Let's talk about Neuralink. How many patients now?
Elon Musk: We have twelve patients implanted, and the goal is to do a few hundred next year.
Lex Fridman: And Mars?
Elon Musk: Mars is the long game. That's the thing I care most about.
''',
"labelled transcript: China turns gold ('there' = China); Neuralink and Mars turns not gold; host's questions not gold")

D("podcast_labelled", "label", "",
'''
Chamath Palihapitiya: China just released another open-source model that's beating everything on the benchmarks. This is a real problem for the US.
David Sacks: I agree. The Chinese labs are iterating incredibly fast, and they're doing it with fewer chips.
Elon Musk: The thing I'd focus on is regulation here. If the US regulates AI like the EU does, we're done.
Jason Calacanis: Elon, what's the timeline for Grok 5?
Elon Musk: End of the year, probably. It'll be trained on Colossus 2.
David Sacks: And China will have its answer a month later.
''',
"hard negative: hosts talk about China; his turns are about US regulation ('here' = US) and Grok timeline")

D("podcast_labelled", "label", "",
'''
Host: Chinese EV companies are just crushing it right now. BYD, Xiaomi, Geely.
Elon Musk: ⟦They are. They work insanely hard and they're very smart about cost⟧.
Host: So what does Tesla do?
Elon Musk: Autonomy. That's the only thing that matters in the long run. Cars that don't drive themselves will be like horses.
Host: Do you worry about Xiaomi specifically?
Elon Musk: ⟦Xiaomi's car is impressive. Lei Jun is a great entrepreneur⟧.
''',
"labelled transcript: China reference only in the host's line; Musk's 'They are' turn is gold; autonomy turn not gold; named Chinese company and founder (gold)")

D("podcast_labelled", "label", "",
'''
Interviewer: There's been a lot of criticism of how X handled posts about the Hong Kong national security law.
Elon Musk: ⟦We follow the law in each country where we operate, and in Hong Kong that now includes the national security law⟧. ⟦I don't love it, but we're not going to get X banned there⟧.
Interviewer: Critics say that's censorship.
Elon Musk: Every platform makes these choices. At least we're transparent about it.
Interviewer: Let's switch to SpaceX.
Elon Musk: Sure.
''',
"Hong Kong in relation to China (gold, 'there' = Hong Kong); general platform-policy remark not gold")

# ---------------- unlabelled podcasts
D("podcast_unlabelled", "unlabeled", "",
'''
Welcome back to the show. My guest today needs no introduction: Elon Musk. Elon, thanks for coming on.
Thanks for having me.
I want to start with China, because you have this unusual position: a huge factory in Shanghai and a front-row seat to the EV war there. How do you see it?
⟦Well, the Chinese car companies are the most competitive in the world. That's just a fact. If you look at the price of a mid-size EV in China, it's maybe half what it is in Europe⟧.
Why is that?
⟦Scale, supply chain, and work ethic. They have all three⟧.
Do you think Tesla can compete on price there?
I think Tesla competes on autonomy. Price matters, but the car that drives itself wins.
''',
"unlabelled transcript with guest list; his China answers gold ('They' = Chinese car companies); autonomy answer not gold; host questions not gold",
guests=["Elon Musk"])

D("podcast_unlabelled", "unlabeled", "",
'''
This is Moonshot Talk, and today I'm joined by Elon Musk from Starbase.
Good to be here.
So, the big question: when do humans land on Mars?
I'd say the first crewed mission is probably 2029 if things go well, maybe 2031.
China has said it wants to bring back Mars samples by 2028. Does that worry you?
Honestly, our own schedule is the only thing I worry about. What we're doing is different - we're building a city.
What does the city look like?
Glass domes at first, then eventually you terraform. It'll take centuries.
''',
"hard negative: host asks about China's Mars plans; his answers are about his own schedule and Mars city, no claim about China",
guests=["Elon Musk"])

D("podcast_unlabelled", "unlabeled", "",
'''
Welcome to Bytes and Bolts. Joining us today are Elon Musk and battery analyst Sam Jaffe.
Hi everyone.
Thanks for having me.
Sam, let's start with you. Where are battery prices heading?
Down, mostly because Chinese LFP producers have massive overcapacity. CATL alone could supply half the world.
Elon, do you agree?
⟦Yeah, CATL is very good. I've said this before: the best cell makers in the world are in China right now⟧. ⟦We buy from them and we'll keep buying from them⟧.
Will Tesla build more cells in-house?
We will, in Nevada and Texas. The 4680 line is finally ramping.
''',
"unlabelled transcript with two guests: other guest's China remarks not gold; Musk's China turn gold ('them' = Chinese cell makers); his Nevada/Texas remark not gold",
guests=["Elon Musk", "Sam Jaffe"])

D("podcast_unlabelled", "unlabeled", "",
'''
You're listening to Founders Live. I'm here with Elon Musk.
Hey.
European regulators fined X again last week. What's your reaction?
They are completely out of control. They want to decide what people are allowed to say.
Does that make you want to pull X out of Europe?
No, we'll fight it in court.
Some people say X is more welcome in China than in Europe, which is ironic since it's blocked there.
⟦X has been blocked in China for a long time, and I don't expect that to change⟧. ⟦Beijing doesn't want an open platform, and I understand why from their point of view⟧.
''',
"'They' = European regulators (not gold) vs China turn (gold, 'their' = Beijing)",
guests=["Elon Musk"])

# ---------------- VTT
D("vtt", "vtt", "Elon Musk remarks at the China International Supply Chain Expo", "",
"speech in Beijing where 'here' means China; speaker tags; his product remark not gold; host's lines not gold",
vtt='''
WEBVTT

00:00:01.000 --> 00:00:05.500
<v Host>Please welcome Tesla CEO Elon Musk.

00:00:06.000 --> 00:00:11.200
<v Elon Musk>Thank you. It's great to be back in Beijing.

00:00:11.500 --> 00:00:18.900
<v Elon Musk>⟦The supply chain here is the best in the world, and I mean that sincerely⟧.

00:00:19.200 --> 00:00:26.000
<v Elon Musk>⟦Tesla would not be what it is today without our Chinese suppliers⟧.

00:00:26.400 --> 00:00:32.000
<v Elon Musk>We're also going to be launching the Model Y L, the long version, later this year.

00:00:32.500 --> 00:00:36.000
<v Host>Thank you, Mr. Musk.
''')

D("vtt", "vtt", "CNBC Squawk Box: Elon Musk interview", "",
"hard negative: anchor talks about China; Musk's cues are about FSD and cameras",
vtt='''
WEBVTT

00:00:00.000 --> 00:00:06.000
<v Becky Quick>Elon, Chinese automakers are rolling out lidar on cars that cost twenty thousand dollars.

00:00:06.200 --> 00:00:12.000
<v Becky Quick>Doesn't that put Tesla behind on self-driving?

00:00:12.300 --> 00:00:19.000
<v Elon Musk>No. Cameras are the right answer. The road system is designed for eyes, not lasers.

00:00:19.300 --> 00:00:24.500
<v Elon Musk>Our next FSD release will be ten times safer than the current one.

00:00:24.800 --> 00:00:28.000
<v Becky Quick>We'll hold you to that.
''')

D("vtt", "vtt", "Musk on Chinese competition - Bloomberg Television", "",
"quote split across cues: each cue's China sentence is a separate gold entry; 'they' in second cue refers back to Chinese companies in the first",
vtt='''
WEBVTT

00:00:00.500 --> 00:00:04.000
<v Emily Chang>How worried are you about China?

00:00:04.300 --> 00:00:10.000
<v Elon Musk>⟦Chinese companies are extremely hard-working and very smart⟧,

00:00:10.200 --> 00:00:16.000
<v Elon Musk>⟦and they will probably be the toughest competitors Tesla has ever faced⟧.

00:00:16.300 --> 00:00:21.000
<v Elon Musk>But we have a good plan.

00:00:21.300 --> 00:00:24.000
<v Emily Chang>Which is?

00:00:24.300 --> 00:00:29.000
<v Elon Musk>Make the car drive itself.
''')

D("vtt", "vtt", "Kimbal Musk at the Shanghai Food Forum", "",
"hard negative: Kimbal Musk speaker tag, not the watched speaker; his vague paraphrase of his brother ('My brother always says...') is Kimbal's words",
vtt='''
WEBVTT

00:00:01.000 --> 00:00:06.000
<v Moderator>Our next speaker is Kimbal Musk, founder of The Kitchen Restaurant Group.

00:00:06.500 --> 00:00:13.000
<v Kimbal Musk>China is doing amazing things with indoor agriculture. Honestly it's ahead of the US.

00:00:13.300 --> 00:00:18.000
<v Kimbal Musk>My brother always says Shanghai moves fast. He's right.

00:00:18.300 --> 00:00:22.000
<v Moderator>Thank you, Kimbal.
''')

# ---------------- earnings calls
D("earnings_call", "label", "Tesla (TSLA) Q4 earnings call transcript",
'''
Travis Axelrod -- Head of Investor Relations
Our first question comes from Adam Jonas of Morgan Stanley.

Adam Jonas -- Morgan Stanley -- Analyst
Elon, how do you think about Chinese OEMs entering Europe and Latin America at these price points?

Elon Musk -- Chief Executive Officer
⟦Well, they're very competitive. I've said this before, I think the Chinese car companies are the most competitive car companies in the world, and they will have significant success outside of China, depending on what kind of tariffs or trade barriers are put in place⟧. Our strategy is to lead on autonomy, and we think that's going to be a big differentiator.

Adam Jonas -- Morgan Stanley -- Analyst
Thank you.
''',
"earnings-call transcript with 'Name -- Title' lines; 'they' from the analyst's question; autonomy sentence not gold")

D("earnings_call", "label", "Tesla (TSLA) Q1 earnings call transcript",
'''
Vaibhav Taneja -- Chief Financial Officer
In China, we saw continued pricing pressure, and we responded with financing incentives. Deliveries from Giga Shanghai were down sequentially.

Elon Musk -- Chief Executive Officer
I want to emphasize that the important thing is the robotaxi launch in June. We'll start in Austin with a small fleet and expand rapidly. Optimus production will also begin this year at Fremont.

Colin Rusch -- Oppenheimer -- Analyst
Can you comment on the competitive environment in China?

Vaibhav Taneja -- Chief Financial Officer
It remains very intense. We're confident in our cost position.
''',
"hard negative: CFO talks about China; Musk's paragraph is robotaxi/Optimus")

D("earnings_call", "label", "Tesla (TSLA) Q2 earnings call transcript",
'''
Operator
Next question from Dan Levy of Barclays.

Dan Levy -- Barclays -- Analyst
Elon, the new rare-earth export licensing regime from Beijing - is that affecting Optimus?

Elon Musk -- Chief Executive Officer
⟦Yes, China wants assurances that the rare earth magnets aren't used for military purposes, which obviously they are not. We're working through it with the Chinese government to get an export license⟧. On the robot itself, the hand is the hardest part, and we've redesigned it with 22 degrees of freedom.

Dan Levy -- Barclays -- Analyst
Great, thank you.
''',
"earnings call: Chinese export controls (gold); robot-hand sentence not gold")

D("earnings_call", "label", "Tesla (TSLA) Q3 earnings call transcript",
'''
Martin Viecha -- Senior Director, Investor Relations
Next question from retail shareholders: "When will FSD be available in China?"

Elon Musk -- Chief Executive Officer
⟦We hope to get approval in China for supervised FSD early next year. The regulators there have been reasonable, but it takes time⟧. ⟦We also need to train on Chinese roads, which we can't easily do from the US because of data rules⟧.

Martin Viecha -- Senior Director, Investor Relations
Next question: "What is the status of the Semi?"

Elon Musk -- Chief Executive Officer
The Semi factory in Nevada will start production late next year.
''',
"earnings call: retail question mentions China (not gold); 'there' = China; two China points as two entries; Semi answer not gold",
)
