from common import D
DOCS = []
A = DOCS.append

# ---------------- wire ----------------
A(D("wire", "article",
"Musk says Chinese cell makers are two years ahead on cost",
"""
NINGBO, China, March 12 (Reuters) - Elon Musk, speaking by video link to a battery industry forum in the eastern port city late on Wednesday after a technical delay of almost an hour, said Chinese cell makers had pulled about two years ahead of Western rivals on cost.

"If you look at lithium iron phosphate, the Chinese suppliers are just in a different league right now," the Tesla chief executive told the audience of roughly 800 engineers and procurement managers.

He also used the appearance to discuss SpaceX, saying the next Starship flight would probably slip into the summer because of pad repairs in Texas.

Tesla buys a large share of its LFP cells from suppliers in China for its Shanghai and Berlin plants. The company did not say whether Musk's comments signalled any change to its sourcing plans.

Organisers said the session was the first time Musk had addressed the annual Ningbo event, which is backed by the provincial government.
""",
["Chinese cell makers had pulled about two years ahead of Western rivals on cost",
 "If you look at lithium iron phosphate, the Chinese suppliers are just in a different league right now"],
"subject and speech verb far apart (long locative/time phrase); off-topic Starship remark in same article not gold"))

A(D("wire", "article",
"Chinese battery founder recalls warning Musk about solid-state hype",
"""
SHENZHEN (Reuters) - Lin Haotian, founder of a Shenzhen-based battery maker that supplies several European carmakers, said on Thursday he once told Elon Musk that solid-state cells would not reach mass production before 2030.

"I said to him, don't believe the slides, believe the factory floor," Lin told reporters at the company's headquarters, adding that the conversation took place during a supplier visit in 2021.

Analysts at Haitong Securities said Musk has tended to overstate how quickly Tesla could cut battery costs, and that Chinese producers were the real driver of price declines.

Tesla did not respond to a request for comment. Lin's company, Qianhe Energy, listed in Shenzhen last year and has a market value of about 31 billion yuan.
""",
[],
"other people's words with Musk as object, inside a dateline sentence; analyst paraphrase of Musk not gold"))

A(D("wire", "article",
"Musk urges Tesla to learn from Chinese rivals' speed",
"""
AUSTIN, Texas (AP) - Chinese carmakers can now take a new model from sketch to showroom in about 18 months, roughly half the time it takes most US and European manufacturers, according to industry consultants.

Elon Musk addressed that gap directly at a Tesla supplier day on Monday. "Frankly, they out-hustle everyone on the planet, and we would be foolish not to study how their supply chain is organised," he said.

Musk also said Tesla's Cybercab would begin low-volume production "sometime next year," a timeline that several analysts questioned.

Shares of Tesla rose 1.4% in after-hours trading.
""",
["Frankly, they out-hustle everyone on the planet, and we would be foolish not to study how their supply chain is organised"],
"topic only in context: 'they' refers back to Chinese carmakers in prior sentence; product-date remark not gold"))

A(D("wire", "article",
"Tesla's China deliveries slide 11% as price war deepens",
"""
BEIJING, Feb 4 (Bloomberg) - Tesla's wholesale deliveries from its Shanghai factory fell 11% in January from a year earlier, data from the China Passenger Car Association showed, as BYD, Leapmotor and Xiaomi slashed prices on rival models.

The decline comes as the world's second-largest economy grapples with weak consumer confidence and a glut of electric vehicles.

Elon Musk, who did not address the China figures, spent much of the week posting about other subjects. On Tuesday he wrote that lidar was "a crutch" for self-driving systems and that cameras alone would eventually be safer than human drivers.

He also said SpaceX planned to attempt a booster catch over water later this month.

Cui Dongshu, secretary general of the association, said foreign brands faced "a very tough year" on the mainland.
""",
[],
"neighbourhood is China but Musk's own remarks are about lidar and SpaceX - not gold; CPCA official quoted"))

A(D("wire", "article",
"Years after Shanghai pledge, Musk's 'China speed' line still resonates",
"""
SHANGHAI (Reuters) - When Tesla broke ground on its factory in the city's Lingang district, few expected it to be producing cars within a year.

At the time, Musk told a gathering of local officials in 2019 that the Shanghai plant would become "the template for how we build factories everywhere in the world." Five years later, executives at rival automakers still cite that remark.

Musk returned to the theme in a post on X last week, writing that the team in Shanghai "remains the fastest in the company at ramping a new line." He added that Tesla's Giga Texas was "catching up, but not there yet."

The Lingang site now produces close to a million vehicles a year, about half of Tesla's global output.
""",
["the template for how we build factories everywhere in the world",
 "remains the fastest in the company at ramping a new line"],
"recalled quote from years ago is still gold; X post described; 'he added' continuation about Giga Texas not China - not gold"))

A(D("wire", "article",
"Musk rejects report Tesla sought Beijing subsidies for robotaxi trial",
"""
HONG KONG (Reuters) - Elon Musk on Saturday rejected a newspaper report that Tesla had lobbied for state subsidies to run a robotaxi pilot in Shanghai.

In a reply on X, Musk said he had never asked Chinese regulators for special treatment and that Tesla "competes on the same terms as every local brand." He called the report "pure fiction."

The Hong Kong-based newspaper said it stood by its story, which cited two people familiar with discussions between Tesla and the Shanghai municipal government.

Tesla has been testing its driver-assistance software in several Chinese cities since last year, after it received approval to store data locally.
""",
["he had never asked Chinese regulators for special treatment",
 "competes on the same terms as every local brand"],
"denial stated as his claim ('said he had never...') is gold; 'pure fiction' too vague to stand alone - not separate entry"))

A(D("wire", "article",
"Kimbal Musk says Chinese farm tech 'ahead of anyone' on vertical growing",
"""
CHENGDU, China (AFP) - Kimbal Musk, the restaurateur and Tesla board member, said on Friday that Chinese agricultural technology companies were "ahead of anyone" in indoor vertical farming.

Speaking at a food innovation summit in the Sichuan capital, the younger brother of Elon Musk said he had visited three facilities in Chengdu this week and was "blown away by the automation."

"Honestly, they're building farms the way my brother builds factories," he said, drawing laughter from the audience.

Maye Musk, the brothers' mother, who has a large following in China, also appeared at the event via a recorded video message, saying she had "always loved the energy of Chinese cities."

Elon Musk was not present and has not commented on the trip.
""",
[],
"other Musks (Kimbal, Maye) talking about China - not the watched speaker"))

A(D("wire", "article",
"Musk says Taiwan tensions a risk to chip supply, urges 'calm heads'",
"""
WASHINGTON (Reuters) - Elon Musk warned on Wednesday that any escalation between Beijing and Taipei would be catastrophic for the entire technology industry, as US lawmakers weighed new restrictions on chip exports.

"Basically every advanced product in the world depends on what comes out of Taiwan, and a conflict there would set the global economy back years," Musk said in an interview with a financial news channel. "I hope calm heads prevail on both sides."

Musk has previously drawn criticism in Taiwan for suggesting the island could be made a special administrative zone.

Taiwan's foreign ministry did not immediately respond to a request for comment.
""",
["any escalation between Beijing and Taipei would be catastrophic for the entire technology industry",
 "Basically every advanced product in the world depends on what comes out of Taiwan, and a conflict there would set the global economy back years",
 "I hope calm heads prevail on both sides."],
"Taiwan in relation to China; multi-sentence quote; journalist's background on past criticism not gold"))

# ---------------- liveblog ----------------
A(D("liveblog", "article",
"LIVE: Tesla annual shareholder meeting - all the updates",
"""
4:02 pm CT - Musk takes the stage to loud cheers, wearing a black cowboy hat. He opens with a joke about the weather in Austin.

4:09 pm - First big claim of the day: Musk says the Optimus robot will be "doing useful work in our factories by the end of the year." He's said something similar before.

4:15 pm - On to China. "The competition out of China is the toughest we've ever faced. BYD is an incredibly good company," Musk says.

4:16 pm - He adds that Tesla's Shanghai team "set the bar" for the rest of the company on production efficiency.

4:24 pm - A shareholder asks about succession planning. Musk deflects: "I'm not going anywhere."

4:31 pm - Our Asia correspondent notes that Chinese social media is already clipping the BYD comment, with the hashtag trending on Weibo.
""",
["The competition out of China is the toughest we've ever faced. BYD is an incredibly good company",
 "Tesla's Shanghai team \"set the bar\" for the rest of the company on production efficiency"],
"liveblog with mixed topics; off-topic Optimus date and succession remark not gold; 'He adds that' continuation gold"))

A(D("liveblog", "article",
"As it happened: US raises tariffs on Chinese EVs to 125%",
"""
09:45 ET - The White House has confirmed the new tariff schedule. Chinese-made electric vehicles will face a 125% levy from next month.

09:58 - Commerce Secretary says the move is about "fair competition, not punishment."

10:12 - Reminder: Elon Musk has in the past voiced opposition to tariffs in general. He has not commented today, and Tesla has not responded to our questions.

10:30 - BYD spokesperson in Shenzhen: "We will continue to focus on markets that welcome us."

10:41 - A reader asks whether Tesla benefits. Our autos editor says Tesla could gain share in the short term, but notes that "Musk has long courted Beijing and will not want to be seen cheering this."

11:05 - That's it for our live coverage today.
""",
[],
"journalist description of Musk's past views and editor's analysis ('Musk has long courted Beijing') - not gold; no Musk statement"))

A(D("liveblog", "article",
"Live updates: Musk in Beijing for surprise visit",
"""
07:30 Beijing time - Tesla's chief executive landed at Beijing Capital International Airport this morning on a private jet, according to flight-tracking data.

08:15 - Musk met Premier Li in the Great Hall of the People. No details of the conversation have been released.

09:40 - State broadcaster CCTV shows Musk touring a data centre on the outskirts of the capital.

10:05 - Tesla shares are up 6% in pre-market trading in New York on the news.

11:20 - Musk is now reported to have visited a Baidu office. He has not made any public remarks so far.

12:00 - We'll keep this page updated as we get more.
""",
[],
"things he did (landed, met, toured, visited) rather than said - not gold"))

A(D("liveblog", "article",
"Live: Starship flight 9 and Musk's post-launch briefing",
"""
18:02 UTC - Liftoff! Starship clears the tower at Starbase.

18:10 - Booster splashdown confirmed. The ship continues its coast phase.

18:50 - Musk begins a post-flight chat with reporters. He says the heat shield "performed better than we dared hope."

18:55 - Asked about NASA's lunar timeline, Musk says: "They've been very supportive, honestly. They want this to work as much as we do."

19:02 - A reporter asks about China's own plans for a crewed moon landing. Musk says the Chinese programme is "moving extremely fast" and that "it would be a mistake to underestimate them."

19:06 - He adds that he would welcome a "friendly race" with Beijing to the Moon.

19:15 - Briefing ends.
""",
["the Chinese programme is \"moving extremely fast\"",
 "it would be a mistake to underestimate them",
 "he would welcome a \"friendly race\" with Beijing to the Moon"],
"'they' referring to NASA not gold; 'them' referring to Chinese programme gold; 'He adds that' continuation"))

A(D("liveblog", "article",
"Davos live: day three",
"""
14:00 CET - Next session up: "Tech and the Geopolitics of Supply Chains."

14:12 - The moderator asks the panel whether Europe can still catch up with China on batteries, noting that "people like Elon Musk have been pretty gloomy about Europe's chances."

14:20 - EU commissioner: "I respectfully disagree with Mr Musk. Europe has the talent."

14:33 - Huawei's rotating chair says he has "great respect for Elon" but that Chinese companies "don't need anyone's permission to innovate."

14:50 - Session ends. Musk himself is not attending Davos this year.
""",
[],
"moderator question mentions Musk, panellists react to him; Musk not present - no statement of his"))

A(D("liveblog", "article",
"Live: Tesla Q3 delivery numbers and reaction",
"""
8:00 am ET - Tesla delivered 462,890 vehicles in the third quarter, slightly ahead of consensus.

8:25 am - Musk posts on X: "Great work by the whole team. Shanghai especially crushed it this quarter 🇨🇳"

8:40 am - Analysts at Wedbush say the beat was driven by "robust demand out of China."

9:10 am - Musk follows up in a reply, writing that demand in China "is stronger than the bears think" and that the new Model Y variant "is selling out in Chengdu and Wuhan."

9:30 am - Markets open; Tesla up 3%.
""",
["Shanghai especially crushed it this quarter",
 "demand in China \"is stronger than the bears think\"",
 "is selling out in Chengdu and Wuhan"],
"X posts described in a liveblog; analysts' 'robust demand out of China' not gold"))

A(D("liveblog", "article",
"LIVE: World AI Conference, Shanghai - day one",
"""
10:00 CST - The conference opens at the Expo Centre with a video address from Elon Musk.

10:04 - Musk, in the pre-recorded message, says he expects "China will have very powerful AI, probably on par with anyone" and that Chinese engineers are "exceptionally talented."

10:06 - He also says humanoid robots will "outnumber humans by 2040" - a claim he has made before.

10:08 - Musk closes by praising the host city. "Shanghai has become one of the great technology cities of the world," he says.

10:30 - DeepSeek researcher on stage now, talking about efficient training.
""",
["China will have very powerful AI, probably on par with anyone",
 "Chinese engineers are \"exceptionally talented.\"",
 "Shanghai has become one of the great technology cities of the world"],
"mixed: humanoid robot prediction not gold; China AI, engineers and Shanghai remarks gold"))

A(D("liveblog", "article",
"Live: EU votes on countervailing duties",
"""
11:00 - Member states are voting today on final duties for electric vehicles built in China.

11:25 - Germany votes against; France in favour.

11:40 - Elon Musk weighs in on X, though not on this vote: he says European regulators are "strangling innovation with paperwork" and that "they should let people build things."

12:05 - Result: the duties pass. China's commerce ministry says it will "take all necessary measures."

12:20 - Tesla faces a lower duty rate of about 7.8% on cars shipped from Shanghai, after requesting an individual examination.
""",
[],
"'they' refers to European regulators, not China - not gold, though the page is about China duties"))

# ---------------- aggregator_headline ----------------
A(D("aggregator_headline", "article",
"Musk says China has an edge in cheap electricity for AI - Reuters",
"Tesla CEO Elon Musk said on Tuesday that China's rapid buildout of power generation could give it an advantage in training artificial intelligence models.",
["China has an edge in cheap electricity for AI",
 "China's rapid buildout of power generation could give it an advantage in training artificial intelligence models"],
"aggregator title claim without ' - Reuters' suffix; snippet reported speech"))

A(D("aggregator_headline", "article",
"Musk posts about Chinese battery prices - Bloomberg",
"",
[],
"headline only describes that he posted, no claim carried"))

A(D("aggregator_headline", "article",
"Tesla's Musk praises China's engineers, says they work 'harder than anyone' - CNBC",
"",
["they work 'harder than anyone'"],
"two-verb headline: praise verb descriptive, claim after 'says' is gold, suffix excluded"))

A(D("aggregator_headline", "article",
"Musk: Chinese automakers will 'demolish' rivals without trade barriers - The Verge",
"",
["Chinese automakers will 'demolish' rivals without trade barriers"],
"colon headline carrying his claim"))

A(D("aggregator_headline", "article",
"Elon Musk weighs in on Xiaomi's new SUV - South China Morning Post",
"The billionaire reacted on X to the launch of the YU7, which Xiaomi says has a range of 835 km.",
[],
"headline and snippet describe reaction without carrying any claim"))

A(D("aggregator_headline", "article",
"Musk says Starlink will not operate in China - Financial Times",
"",
["Starlink will not operate in China"],
"short aggregator title claim"))

A(D("aggregator_headline", "article",
"Musk's remarks on China spark backlash in Taiwan - Taipei Times",
"Lawmakers in Taipei criticised the Tesla chief on Monday, saying he 'does not understand' the island.",
[],
"headline about his remarks (no claim); snippet quotes lawmakers"))

A(D("aggregator_headline", "article",
"Musk says TikTok ban would be 'a mistake', warns of X advantage - Yahoo Finance",
"Musk said that banning the app owned by China's ByteDance would go against free speech principles even though it might benefit X.",
["TikTok ban would be 'a mistake'",
 "banning the app owned by China's ByteDance would go against free speech principles even though it might benefit X"],
"TikTok / ByteDance topic; aggregator suffix excluded; 'warns of X advantage' is headline descriptor not separate claim"))

A(D("aggregator_headline", "article",
"BYD chairman says Musk 'was wrong about us' - Nikkei Asia",
"",
[],
"rival quoting/characterising Musk - not his statement"))
