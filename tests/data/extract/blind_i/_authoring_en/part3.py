from common import T, doc

DOCS = []
A = DOCS.append

# ---------------- X ROUNDUP ----------------
A(doc("x_roundup", "article",
"Musk's X posts this week: Chinese EVs, Starship and a cat meme",
T("""
Elon Musk posted more than 600 times on X this week. Here are the ones that mattered.

On Chinese EVs: Replying to @teslaownersSV, who had shared a video comparing a Model Y with a new BYD crossover, Musk wrote: "Chinese EVs are very good. Tesla is the only Western company that can compete with them." https://x.com/elonmusk/status/1892041177233810

On Starship: "Flight 13 next month. Ship catch attempt is a maybe."

On xAI: He said Grok would get a "major upgrade" before the end of the quarter.

On memes: Musk posted a cartoon of a cat in a spacesuit with the caption "me at 3am." It received 40 million views.
"""),
["Chinese EVs are very good. Tesla is the only Western company that can compete with them."],
"X roundup; post quoted with @handle and URL; other posts (Starship, Grok, meme) not gold"))

A(doc("x_roundup", "article",
"Chinese netizens react after Musk shares Weibo screenshot",
T("""
Elon Musk on Monday shared a screenshot of a trending Weibo post about Tesla's Model Y L without adding any comment of his own. Here is how people on X and Chinese social media responded.

@ChinaEVWatcher: "Elon reading Weibo now? Bullish."

@lin_yuqi_auto: "He's clearly checking the competition. Xiaomi fans will be thrilled."

Weibo user 车评人老周: "Musk knows where the real market is."

Tech commentator Hu Zhenyu wrote that the post showed Musk "understands Chinese consumers better than any Western CEO."

Tesla China's official Weibo account reposted the screenshot with a heart emoji.
"""),
[],
"roundup of others' reactions; his own post contains no words; commentators paraphrasing him"))

A(doc("x_roundup", "article",
"Musk quote-posts Chinese state media in rare nod to Beijing",
T("""
Elon Musk on Wednesday quote-posted an article from the Global Times, the Chinese state-run tabloid, about foreign investment in the auto sector.

"When the Global Times says 'Tesla is welcome in China,' I take them at their word. Our Shanghai team is world class," Musk wrote.

The post had been viewed more than 18 million times by Thursday morning. Replies were mixed. "Careful, Elon," wrote @FreedomForge. Others posted Tiananmen Square memes.

Musk did not respond to the replies. Separately, he posted a photo of the Starship launch tower at sunset.
"""),
["When the Global Times says 'Tesla is welcome in China,' I take them at their word.",
 "Our Shanghai team is world class"],
"nested quote inside his post; replies from other accounts not gold; photo post not a statement"))

A(doc("x_roundup", "article",
"EU confirms tariffs on Chinese EVs; Musk fires back at Brussels over X fine",
T("""
It was a busy day on X as the European Commission confirmed final duties of up to 35% on electric cars imported from China and, separately, upheld a fine against X under the Digital Services Act.

BYD Europe head Stella Lorenzo posted that the tariffs were "a step backwards for climate goals."

A Commission spokesperson said on X that the duties were "proportionate and WTO-compliant."

Musk ignored the tariff news and went straight for the fine. Replying to a post about the Commission's decision on X, he wrote: "They are relentlessly bureaucratic and they hate free speech." He followed up with a meme of a filing cabinet.

German carmakers' lobby group VDA said on X that it "regrets" the escalation.
"""),
[],
"opposite pronoun trap: 'They' refers to the European Commission in the X-fine context; tariff reactions from others only"))

A(doc("x_roundup", "article",
"What Musk said about China's humanoid robots",
T("""
A video of dozens of Unitree humanoid robots performing a synchronized dance at a Hangzhou trade show went viral over the weekend. Elon Musk was among those who responded.

"Chinese robotics companies are moving incredibly fast. Optimus will need to be 10x better to stay ahead," he wrote in a reply to @RoboHub.

Unitree's head of marketing, Chen Lu, replied in English: "Thank you, Elon. See you in the market."

Later, Musk posted that Optimus V3 would be "unveiled soon, probably Q1."
"""),
["Chinese robotics companies are moving incredibly fast. Optimus will need to be 10x better to stay ahead"],
"X reply about Chinese robotics; Unitree executive's reply and Optimus date not gold"))

A(doc("x_roundup", "article",
"Top posts on X today: a former state-media editor on Tesla, Musk on Mars",
T("""
Here are the posts everyone is talking about.

Former state-media editor Gao Zhenlin wrote that "Musk understands China better than Washington does," a post that drew 9,000 replies, many of them angry.

Elon Musk, meanwhile, was focused on space. "Mars is the backup drive for civilization," he wrote, sharing a render of a Starship on the Martian surface.

A Taiwanese chip executive posted a photo from a Taipei night market.

And the Tesla China account announced a 0% financing offer for the Model 3 through the end of the month.
"""),
[],
"others' words about Musk and China; his post is about Mars"))

A(doc("x_roundup", "article",
"Musk on $10,000 Chinese EVs: 'Interesting'",
T("""
Elon Musk on Friday responded to a viral post about a new Chinese electric hatchback priced below $10,000 with a range of 400 km.

"So Chinese companies can make a $10,000 EV with 400 km range and we're told it's impossible here? Interesting," he wrote.

The post, shared by @AutoDataNerd, compared the car with the cheapest EVs on sale in the U.S. Musk followed up a few minutes later: "Legacy auto should be very worried about what's coming out of China."

A Detroit executive has previously called Chinese EV costs "humbling."
"""),
["So Chinese companies can make a $10,000 EV with 400 km range and we're told it's impossible here? Interesting",
 "Legacy auto should be very worried about what's coming out of China."],
"rhetorical question with sarcasm; follow-up post; another CEO's quote not gold"))

# ---------------- EARNINGS CALL ----------------
A(doc("earnings_call", "article",
"Tesla (TSLA) Q3 earnings call transcript",
T("""
Operator

Good afternoon, everyone, and welcome to Tesla's third-quarter earnings Q&A webcast. I'd like to turn the call over to Elon Musk.

Elon Musk -- Chief Executive Officer

Thank you. So, overall a solid quarter. We delivered a record number of vehicles and a record amount of energy storage. I want to highlight China in particular. The Shanghai team delivered exceptional results this quarter, and frankly the Chinese market is the most competitive car market in the world, so doing well there is a real achievement. On autonomy, we now have unsupervised robotaxis in Austin and we expect to expand to the Bay Area and several other metros before year-end. The AI5 chip design is essentially complete, and that will be a big step up.

Operator

Our first question comes from Marcus Lindqvist with Halden Partners.

Marcus Lindqvist -- Halden Partners -- Analyst

Thanks. Elon, can you talk about pricing in China? It seems like local competitors are cutting again.

Elon Musk -- Chief Executive Officer

Yeah, the price competition in China is intense. The Chinese brands are very aggressive on price, and some of them are losing a lot of money doing it. We're not going to chase every cut they make. We'd rather keep margins reasonable and compete on technology.

Martin Viljoen -- Chief Financial Officer

And just to add, our China automotive gross margin ex-credits was roughly flat sequentially.

Operator

Next question comes from Sunita Rao with Everley Research.

Sunita Rao -- Everley Research -- Analyst

On Optimus, when should we expect external sales?

Elon Musk -- Chief Executive Officer

Late next year, I think. Production starts at a slow rate and then it's an exponential ramp.
"""),
["I want to highlight China in particular. The Shanghai team delivered exceptional results this quarter, and frankly the Chinese market is the most competitive car market in the world, so doing well there is a real achievement.",
 "Yeah, the price competition in China is intense.",
 "The Chinese brands are very aggressive on price, and some of them are losing a lot of money doing it.",
 "We're not going to chase every cut they make."],
"earnings-call transcript ('Elon Musk -- Chief Executive Officer' then paragraph); robotaxi/chip/Optimus remarks in same turns not gold; analyst question and CFO remark not gold"))

A(doc("earnings_call", "article",
"Tesla Q1 earnings call: excerpts",
T("""
Operator

Our next question is from Dmitri Kovalenko with Arcturus Capital.

Dmitri Kovalenko -- Arcturus Capital -- Analyst

How worried are you about Chinese competitors like BYD and Xiaomi taking share in China and Europe?

Martin Viljoen -- Chief Financial Officer

I'll take that. China deliveries were down year-over-year, largely due to pricing pressure from local brands, but Shanghai exports to Europe and Asia-Pacific were strong. We expect China volumes to stabilize in the second half.

Elon Musk -- Chief Executive Officer

And I'd just add that the most important thing for Tesla's future is autonomy. Anything that isn't autonomous is going to be like riding a horse while using a flip phone. The robotaxi launch is on track for June.

Operator

Thank you. Next question.
"""),
[],
"analyst asks about Chinese competitors, CFO answers on China; Musk's own turn is about autonomy and robotaxi date (not gold)"))

A(doc("earnings_call", "label",
"Tesla Q4 earnings call: partial transcript",
T("""
Operator: Our next question comes from Rachel Oduya with Grantley Securities.
Rachel Oduya: Elon, any update on getting FSD approved in China?
Elon Musk: We're making progress. We're hopeful we get approval for supervised FSD in China in the first half of the year, but it depends on the regulators, so I can't promise.
Elon Musk: The tricky part is that the data has to stay in China, so we have to train locally for Chinese roads, which is actually quite hard.
Rachel Oduya: And in Europe?
Elon Musk: Europe is maybe a little slower. The Netherlands regulator has been thoughtful. We'll see.
Vaughn Ellery: This is Vaughn, head of investor relations. We'll take one more question.
"""),
["We're hopeful we get approval for supervised FSD in China in the first half of the year, but it depends on the regulators, so I can't promise.",
 "The tricky part is that the data has to stay in China, so we have to train locally for Chinese roads, which is actually quite hard."],
"earnings call as labelled transcript; hedged claim about Chinese regulator; Europe answer not gold; analyst question not gold"))

A(doc("earnings_call", "label",
"Tesla Q2 earnings call: Megapack and Semi segment",
T("""
Rachel Oduya: Elon, Chinese regulators just approved a rival's driverless trucks. Is that a concern for the Semi?
Elon Musk: The Semi is in a good spot. We'll start volume production in Nevada later this year.
Elon Musk: Energy storage is the sleeper story. Megapack demand is insane. We could sell twice as many as we make.
Rachel Oduya: Thank you.
Operator: Next question comes from Aaron Feld with Northlake.
Aaron Feld: On the NHTSA investigation, any update?
Elon Musk: They're doing their job. We're cooperating fully. I don't think it'll be material.
"""),
[],
"analyst question mentions Chinese regulators; Musk answers about Semi, Megapack; 'They' refers to NHTSA, not China"))

A(doc("earnings_call", "article",
"Tesla earnings call transcript: battery supply remarks",
T("""
Elon Musk -- Chief Executive Officer

On the cell side, I want to give credit where it's due. Our cell suppliers in China have been great partners. They've cut costs faster than anyone expected, and without them the Model Y Standard wouldn't exist at this price. That said, we are building out our own LFP line in Nevada, and that should be running by the end of next year. We also expect the 4680 cell to reach cost parity with purchased cells in the first half.

Elena Okonkwo -- Chief Financial Officer

Thanks, Elon. On tariffs, the net impact this quarter was roughly $300 million, mostly related to cells and materials sourced from China.

Elon Musk -- Chief Executive Officer

Yeah, and it's worth saying, if the tariffs on Chinese battery materials stay where they are, it'll be a meaningful headwind for the energy business for the next couple of years.
"""),
["Our cell suppliers in China have been great partners.",
 "They've cut costs faster than anyone expected, and without them the Model Y Standard wouldn't exist at this price.",
 "if the tariffs on Chinese battery materials stay where they are, it'll be a meaningful headwind for the energy business for the next couple of years."],
"earnings call; 'They'/'them' refers back to Chinese cell suppliers; Nevada LFP line and 4680 remarks not gold; CFO tariff remark not gold"))

A(doc("earnings_call", "article",
"Lianxin Energy (Shenzhen) FY results call transcript, excerpt",
T("""
Zhou Mingyuan -- Chairman and Chief Executive Officer

Thank you. 2025 was a breakthrough year for Lianxin. Our overseas revenue grew 64%, and we signed supply agreements with two North American automakers. When I met Mr. Elon Musk last autumn, he told me that our cell chemistry was among the best he had seen. I took that as a great encouragement to our engineers.

Ho Ka-wai -- Chief Financial Officer

Gross margin was 22.4%, up 1.8 points year-on-year.

Bernard Achebe -- Meridian Securities -- Analyst

Can you say whether Tesla is a customer?

Zhou Mingyuan -- Chairman and Chief Executive Officer

We do not comment on specific customers.
"""),
[],
"Chinese company's earnings call; chairman reports what Musk told him (someone else's words); not gold"))

# ---------------- MACHINE TRANSLATED ----------------
A(doc("machine_translated", "article",
"Musk: China new energy vehicle industry development very fast, Tesla will continue increase investment",
T("""
According to reports, on the 15th, Tesla CEO Musk in the World Artificial Intelligence Conference held in Shanghai opening ceremony through video connection method expressed, China in the artificial intelligence field development is very rapid. "I believe China will have very strong AI capability, and also very strong manufacturing capability," Musk said.

Musk also said, Tesla will continue to deepen cooperation with Chinese partners, Shanghai super factory is Tesla global most important export hub.

It is understood, this is Musk continuous several years attending the WAIC conference by video. The conference organizers expressed, this year participating enterprises exceed 800 home.
"""),
["China new energy vehicle industry development very fast, Tesla will continue increase investment",
 "China in the artificial intelligence field development is very rapid",
 "I believe China will have very strong AI capability, and also very strong manufacturing capability",
 "Tesla will continue to deepen cooperation with Chinese partners, Shanghai super factory is Tesla global most important export hub"],
"machine-translated stiff English; long locative phrase between name and 'expressed'; 'also said' continuation; headline carries claim"))

A(doc("machine_translated", "article",
"Musk again talks China, netizens hotly discuss",
T("""
Recently, Tesla CEO Musk once again became the focus of Chinese netizens. On the 3rd, Musk arrived in Beijing, and visited relevant departments, and had a meeting with Chinese enterprise leaders.

Netizens expressed: "Musk is very understand China." Some netizens said, "He is a old friend of Chinese people."

Industry analyst Wang Haoyu said to reporters, Musk this visit indicates Tesla attaches importance to Chinese market, but specific cooperation content still need observation.

As of press time, Tesla China did not respond to this.
"""),
[],
"machine-translated framing headline ('again talks China') over body with only his actions and others' comments"))

A(doc("machine_translated", "article",
"Trade war dispute: Musk again talks China",
T("""
On the 21st, regarding the United States and China tariff dispute, Tesla CEO Elon Musk on social platform X published post expressed, "Tariff war is no winner. China and America both will be harmed." This is Musk since the beginning of this year the third time public comment trade issue.

Reporter noticed, the post published after, the views amount exceeded 30 million times. Some US lawmakers criticised Musk standpoint "too soft."

Musk also on same day published content about SpaceX star ship test flight, said "next flight within one month."
"""),
["Tariff war is no winner. China and America both will be harmed."],
"machine-translated; framing headline over a body that does contain his China quote; Starship post not gold; lawmakers' criticism not gold"))

A(doc("machine_translated", "article",
"Musk mother Maye Musk Beijing new book signing, expressed love China",
T("""
On the 9th, Tesla CEO Elon Musk's mother Maye Musk in Beijing one bookstore held new book signing activity, attracted hundreds of readers queue.

Maye Musk expressed: "Chinese readers are very enthusiastic, I love China, I will come again." She also said, her son Elon is very busy, "he works every day until very late."

It is reported, this is Maye Musk this year second time come to China.
"""),
[],
"machine-translated; Maye Musk (mother) speaking about China; her remark about Elon not his statement"))

A(doc("machine_translated", "article",
"Musk: Chinese engineers very diligent, Shanghai super factory is most efficient",
T("""
On the 28th, in the United States Texas state Austin city held Tesla annual shareholder meeting on, Musk expressed, Chinese engineers are very diligent, very smart. He also said, Shanghai super factory is Tesla all factories among most efficient one.

Musk supplemented said, "Other factories must study from Shanghai."

In addition, Musk at meeting on announced, Optimus robot plans next year start small batch production.
"""),
["Chinese engineers very diligent, Shanghai super factory is most efficient",
 "Chinese engineers are very diligent, very smart",
 "Shanghai super factory is Tesla all factories among most efficient one",
 "Other factories must study from Shanghai."],
"machine-translated; long locative phrase between subject and verb; 'He also said' and 'supplemented said' continuations; Optimus plan not gold"))

A(doc("machine_translated", "article",
"Chinese media exclusive interview Musk: human must become multi-planet species",
T("""
Recently, this reporter in US Texas state Starbase exclusive interviewed SpaceX founder Musk. As is known, China aerospace enterprises also in developing reusable rockets.

Reporter asked: "Do you think Chinese commercial space enterprises will catch up SpaceX?"

Musk did not directly answer, he said: "Human must become multi-planet species, this is the most important thing. Starship is designed for Mars."

Musk also expressed, next year plan to send unmanned starship to Mars.
"""),
[],
"machine-translated; reporter's question about China not gold; his answers about Mars and Starship not about China"))

A(doc("machine_translated", "article",
"Musk denied Tesla exit China market rumor",
T("""
On the 11th, aiming at online spreading "Tesla will exit China market" rumor, Musk on X platform replied, "Tesla exit China market is completely fake news. We will stay in China long time."

Previously, some self-media claimed Tesla Shanghai factory will reduce production line. Tesla China related responsible person expressed, the factory production is normal.
"""),
["Tesla exit China market is completely fake news. We will stay in China long time."],
"machine-translated; denial in which he states his claim in a quote; Tesla China spokesperson not gold"))

# ---------------- OTHER ----------------
A(doc("other", "article",
"Morning Brief: Fed minutes, oil slips, Tesla's China FSD talks",
T("""
Good morning. Here's what you need to know today.

• Fed minutes: Officials were split on the pace of cuts, with several saying inflation risks remain "tilted to the upside."

• Oil: Brent slipped below $70 for the first time since March on weaker Chinese import data.

• Tesla: Elon Musk said Chinese regulators had been "very reasonable" in talks over the company's Full Self-Driving software, and that he expected "good news from China soon." Shares rose 4% premarket.

• Chips: Nvidia reports after the bell. Consensus is for revenue of $54 billion.
"""),
["Chinese regulators had been \"very reasonable\" in talks over the company's Full Self-Driving software",
 "he expected \"good news from China soon.\""],
"newsletter bullet items; other bullets mention China (oil) with no Musk statement"))

A(doc("other", "article",
"Gigafactory Shanghai",
T("""
Gigafactory Shanghai (also Giga Shanghai) is an electric vehicle factory operated by Tesla, Inc. in the Lingang area of Pudong, Shanghai, China. It was the first automobile plant in China wholly owned by a foreign company.

History. Tesla signed an agreement with the Shanghai municipal government in July 2018. Chief executive Elon Musk attended the groundbreaking ceremony on 7 January 2019, alongside Shanghai officials. Construction was completed in under twelve months, and the first Model 3 vehicles were delivered to employees in December 2019.

Production. The plant produces the Model 3 and Model Y for the Chinese market and for export to Europe and Asia-Pacific. In 2023 it produced approximately 947,000 vehicles. A separate Megafactory for Megapack batteries began operating nearby in 2025.
"""),
[],
"encyclopedic entry; mentions his attendance (an action) only"))

A(doc("other", "article",
"Excerpt: 'The Cost Curve', a history of the battery wars",
T("""
The meeting in Palo Alto ran long. On the screen was a chart from one of Tesla's suppliers in Ningde, showing cell costs falling faster than anyone in the room had thought possible.

Musk stared at it for a long time. "If we don't match what the Chinese cell makers are doing on cost, we're dead," he finally told the room. "Not in ten years. In three."

Nobody argued. One engineer, who asked not to be named, recalled later that the mood "went from confident to terrified in about a minute."

The following week, Musk flew to Fujian. What was said there has never been fully disclosed.
"""),
["If we don't match what the Chinese cell makers are doing on cost, we're dead",
 "Not in ten years. In three."],
"book excerpt; quote interrupted by attribution and continued; recalled from years ago; engineer's recollection not gold"))

A(doc("other", "article",
"Tesla Inc. annual report (Form 10-K), risk factors excerpt",
T("""
We have significant operations in China, including Gigafactory Shanghai, and a substantial portion of our battery cells and raw materials are sourced from suppliers located in China. Changes in trade policy, tariffs, export controls or the political relationship between the United States and China could adversely affect our business.

Our Chief Executive Officer, Elon Musk, devotes his time to several companies. If he were to reduce his involvement, our business could be harmed.

In addition, the Chinese government has in the past and may in the future impose restrictions on data collected by vehicles operated in China.
"""),
[],
"company filing: company's risk language about China; Musk only mentioned, not speaking"))

A(doc("other", "article",
"Livestream recap: Elon's Saturday Spaces on robots and China",
T("""
Hey everyone, quick recap of last night's Spaces for those who missed it (about 2 hours, 400k listeners at peak).

Elon said China will be "a huge market for Optimus, maybe the biggest outside the U.S." He added that Chinese factories are "already the most automated in the world, so they get it."

He also talked Starship for a while. Short version: he thinks the next flight goes in about five weeks and that the V3 ship "looks great."

Someone asked about Cybertruck sales and he kind of dodged it.

Also, at one point he said the new Model Y L is "selling like crazy in China." That's good news for us long-term holders.
"""),
["China will be \"a huge market for Optimus, maybe the biggest outside the U.S.\"",
 "Chinese factories are \"already the most automated in the world, so they get it.\"",
 "the new Model Y L is \"selling like crazy in China.\""],
"fan blog recap using 'Elon'; 'He added' continuation; Starship remarks not gold"))

A(doc("other", "article",
"Fact check: No, Musk did not say China will 'own' the car industry",
T("""
Claim: A graphic shared widely on Facebook shows a photo of Elon Musk with the caption: "China will own the car industry and America is finished."

Rating: False.

There is no record of Musk making this statement. We searched transcripts of his public appearances, his posts on X, and news archives going back to 2015, and found no match. A Tesla spokesperson told us the quote was "fabricated." The image first appeared on a page that regularly posts invented celebrity quotes.

The graphic appears to have been inspired by real remarks on Chinese competition, but the wording is not his.
"""),
[],
"fact-check of a fabricated quote attributed to him; explicitly not his statement"))

A(doc("other", "article",
"Keynote highlights: Global New Energy Summit 2025",
T("""
SINGAPORE — The Global New Energy Summit closed on Friday after three days of panels on grid storage, hydrogen and battery recycling.

In a recorded keynote, Tesla CEO Elon Musk said that Chinese partners were "essential to the energy transition" and that "the world simply cannot build enough batteries without China."

Musk also called on governments to "get out of the way" of new solar and storage projects.

Other speakers included Dr. Aiko Tanabe of the Asian Grid Institute, who said that "China's scale changes everything about the economics of storage."

The summit will return to Singapore next year.
"""),
["Chinese partners were \"essential to the energy transition\"",
 "the world simply cannot build enough batteries without China."],
"event press release; another speaker's China quote not gold; general policy remark not gold"))
