from common import T, doc

DOCS = []
A = DOCS.append

# ---------------- WIRE ----------------
A(doc("wire", "article",
"Musk says Tesla's Shanghai plant will stay 'the backbone' of global output",
T("""
SHANGHAI, March 12 (Reuters) - Tesla Chief Executive Elon Musk, speaking by video link to an industry forum in Shanghai on Wednesday evening after a delay of almost an hour, said the company's Shanghai factory would remain the backbone of its global production for years.

"The Giga Shanghai team is simply the fastest we have ever had at ramping a new model," Musk told the audience of suppliers and municipal officials.

He also said the next Starship flight was "probably six weeks away, maybe eight," drawing laughter from the room.

Tesla sold 61,204 China-made vehicles in February, according to data from the China Passenger Car Association, down 9% from a year earlier, as domestic rivals cut prices on mid-sized SUVs.

Musk said that Chinese competitors were "extremely good" and that Tesla would have to "work incredibly hard" to hold its share of the market.

The forum was organised by the Shanghai municipal commerce commission and attended by executives from about 40 parts makers.

(Reporting by Liang Wen and Dora Huang; Editing by Harriet Cole)
"""),
["Tesla's Shanghai plant will stay 'the backbone' of global output",
 "the company's Shanghai factory would remain the backbone of its global production for years",
 "The Giga Shanghai team is simply the fastest we have ever had at ramping a new model",
 "Chinese competitors were \"extremely good\" and that Tesla would have to \"work incredibly hard\" to hold its share of the market"],
"subject and speech verb far apart (long participial phrase); dateline; Starship remark in same article not gold; headline carries claim"))

A(doc("wire", "article",
"Chinese battery startup founder says he warned Musk about sodium-ion costs",
T("""
HEFEI, China, May 6 (Reuters) - Fang Yizhou, founder of Hefei-based battery maker Qingshan Cell Technology, said on Tuesday he once told Elon Musk that sodium-ion packs would undercut lithium iron phosphate within three years.

"I told him directly, at a dinner in Fremont, that China would win on sodium," Fang said in an interview at the company's headquarters. "He listened. He did not argue."

Tesla did not respond to a request for comment.

Qingshan, which counts two state-backed funds among its investors, plans to begin mass production at a 20-gigawatt-hour plant in Anhui province next year. Analysts at Jefferies said the company's cost claims were difficult to verify independently.
"""),
[],
"someone else's words with Musk as object, inside a dateline sentence; not gold"))

A(doc("wire", "article",
"Tesla's Musk responds to report on China software team",
T("""
BEIJING, Oct 3 (Reuters) - Tesla CEO Elon Musk on Friday pushed back against a media report that the carmaker planned to relocate its Beijing-based driver-assistance software team to Austin, Texas.

Musk said he had never discussed moving the Beijing team out of China. "Our engineers in Beijing are some of the best we have anywhere," he said in a reply on X.

The report, published by a Chinese technology outlet on Thursday, cited two unnamed people familiar with the matter. The outlet did not respond to a request for comment.

The team, which numbers around 300 people, adapts Tesla's Full Self-Driving software to Chinese roads and data rules.

In January 2020, at a delivery ceremony for the first Shanghai-built Model 3 cars, Musk famously declared "China rocks," a phrase that circulated widely on Weibo at the time.

Tesla's China registrations fell 4% in September from August, according to insurance data.
"""),
["he had never discussed moving the Beijing team out of China",
 "Our engineers in Beijing are some of the best we have anywhere",
 "China rocks"],
"denial stated as his own claim ('said he had never'); quote recalled from years ago; headline only describes that he responded (not gold)"))

A(doc("wire", "article",
"Tesla China sales slide as price war deepens; Musk focuses on robotaxi timeline",
T("""
SHANGHAI, July 2 (Reuters) - Tesla's sales of China-made vehicles fell 14% in June from a year earlier, data showed on Wednesday, as BYD and Leapmotor posted record months and a price war in the world's biggest car market showed no sign of easing.

Speaking at a separate event in Austin, Musk said the company's robotaxi service would expand to "at least five more cities" by the end of the year.

"Cameras are all you need. Humans drive with two eyes, and so can cars," he said, repeating his long-standing argument against lidar sensors.

Analysts at Bernstein said Tesla's share of China's battery-electric market had fallen to its lowest level since 2021. Chinese brands now account for more than 60% of passenger car sales in the country.

Musk did not address the China figures at the Austin event.
"""),
[],
"neighbourhood trap: China sales article, Musk quoted only on robotaxi and camera sensors"))

A(doc("wire", "article",
"Tesla's Musk praises China's engineers, says they are 'the best in the world'",
T("""
(Bloomberg) -- Elon Musk heaped praise on Chinese engineering talent on Thursday, telling workers at Tesla's factory outside Berlin that the company's biggest competitive threat came from the east.

Answering a question from an employee at a town hall meeting, Musk said: "The engineers in China are the best in the world, and there are a lot of them. If you want to know who the competition is, look east."

He added that the German plant needed to "match Shanghai's cadence" on output per line by the end of next year.

Musk also spent several minutes on the Optimus humanoid robot, which he said would begin "limited production" at the Fremont site next year.

The Gruenheide plant, Tesla's only European factory, has struggled with softer demand and a union dispute. A Tesla spokeswoman declined to comment on the town hall.
"""),
["they are 'the best in the world'",
 "The engineers in China are the best in the world, and there are a lot of them.",
 "If you want to know who the competition is, look east.",
 "the German plant needed to \"match Shanghai's cadence\" on output per line by the end of next year"],
"headline with two verbs (praises ..., says ...): gold is the claim part; 'he added' continuation; Optimus date not gold"))

A(doc("wire", "article",
"Kimbal Musk says Chengdu food scene 'blew his mind'",
T("""
CHENGDU, China (AP) — Kimbal Musk, the restaurateur and Tesla board member who is the younger brother of Elon Musk, said on Saturday that China's urban farming technology was years ahead of what he had seen in the United States.

"The farm-to-table logistics here are years ahead of what we have in Colorado," Kimbal Musk told reporters after touring a vertical farm on the city's outskirts. "Honestly, it blew my mind."

He said he was in Sichuan province on a private trip and had no meetings planned with government officials. "I'm not here for Tesla," he said.

His brother has not visited Chengdu, according to local media.
"""),
[],
"other Musk (Kimbal Musk, brother) speaking about China; not the watched speaker"))

A(doc("wire", "article",
"Musk warns tariff fight with China could hurt Tesla 'more than anyone'",
T("""
WASHINGTON, Feb 19 (Reuters) - Elon Musk said on Wednesday that an escalating tariff fight between Washington and Beijing could hurt Tesla more than any other American automaker, because so much of its battery supply chain still runs through China.

"If tariffs on Chinese cells go to 100%, our costs go up meaningfully. There's no way around that in the short term," Musk said during an on-stage conversation at a policy conference hosted by a Washington think tank.

Musk also repeated his call for the United States to "massively expand" nuclear power and to speed up permitting for transmission lines.

The Commerce Department is reviewing whether to broaden duties on lithium-ion batteries imported from China, which currently face a 25% levy. Tesla sources lithium iron phosphate cells from CATL for some of its cheaper models and for its Megapack storage product.

Shares of Tesla fell 2.1% in afternoon trading.
"""),
["tariff fight with China could hurt Tesla 'more than anyone'",
 "an escalating tariff fight between Washington and Beijing could hurt Tesla more than any other American automaker, because so much of its battery supply chain still runs through China",
 "If tariffs on Chinese cells go to 100%, our costs go up meaningfully. There's no way around that in the short term"],
"tariffs on Chinese goods; hedged/conditional claim; US nuclear remark in same article not gold"))

A(doc("wire", "article",
"UBS analysts say Musk overstates Chinese cost edge",
T("""
LONDON, April 9 (Reuters) - Analysts at UBS said in a note on Wednesday that Tesla CEO Elon Musk overstates how far ahead Chinese battery makers are on cost, arguing that Western producers could close much of the gap by 2028.

"The gap is real, but it is closer to 15% than the 30% figure that gets thrown around," the analysts, led by Priya Ramanathan, wrote.

The note said Chinese suppliers benefited from cheap land, subsidised power and scale, but that new plants in Hungary and the U.S. South would narrow the difference.

Shares of CATL rose 2% in Hong Kong. Tesla did not reply to a request for comment.
"""),
[],
"analysts paraphrasing him critically; not his statement"))

A(doc("wire", "article",
"Musk says peaceful outcome on Taiwan 'in everyone's interest'; Taipei bristles",
T("""
TAIPEI (Reuters) - Taiwan's foreign ministry on Monday criticised remarks by Elon Musk, who told a financial conference in Miami last week that Beijing and Taipei should find "some sort of arrangement that is reasonably palatable to both sides."

"From their standpoint, Taiwan is a bit like Hawaii," Musk said at the event, referring to the government in Beijing. "A peaceful outcome is in everyone's interest."

"Taiwan is not for sale, and it is not a province of anyone," ministry spokeswoman Lin Pei-shan told reporters in Taipei.

Musk later added on X that he simply wanted to avoid a war over the island.

Tesla sources some chips from Taiwanese manufacturers, and SpaceX's Starlink service does not operate in Taiwan.
"""),
["peaceful outcome on Taiwan 'in everyone's interest'",
 "Beijing and Taipei should find \"some sort of arrangement that is reasonably palatable to both sides.\"",
 "From their standpoint, Taiwan is a bit like Hawaii",
 "A peaceful outcome is in everyone's interest.",
 "he simply wanted to avoid a war over the island"],
"Taiwan in relation to Beijing; 'their' refers to Beijing; ministry spokeswoman's rebuttal not gold; X post paraphrase"))

A(doc("wire", "article",
"Musk meets Chinese vice premier on unannounced Beijing trip",
T("""
BEIJING, April 28 (Reuters) - Tesla CEO Elon Musk met a Chinese vice premier on Sunday during an unannounced trip to Beijing, according to state broadcaster CCTV.

Musk arrived on his private jet on Sunday morning and was driven to the Diaoyutai State Guesthouse, where he met Vice Premier Tang Jiawei for about an hour, two people familiar with the matter said.

CCTV quoted Tang as saying that China welcomed Tesla's "deepening roots" in the country and would continue to open its market to foreign-invested firms.

Musk posted a photo of the Beijing skyline on X later in the day, without a caption. Tesla did not respond to a request for comment.
"""),
[],
"things he did (visited, met, posted a photo) rather than said; Chinese official's words not gold"))

A(doc("wire", "article",
"Tesla to add shift at Shanghai plant as export orders rise",
T("""
SHANGHAI (Reuters) - Tesla will add a fourth production shift at its Shanghai factory from next month to meet rising export orders, according to an internal email seen by Reuters.

"We are seeing very strong demand for Shanghai-built cars in Europe and Asia-Pacific. The factory is running flat out. Frankly, I wish we had built a second one there two years ago," Musk wrote in the email, which was sent to staff on Tuesday.

The Shanghai plant, Tesla's largest by output, produced about 950,000 vehicles last year, more than half of the company's global total.

Ivy Song, Tesla's vice president for external affairs in China, said at a separate event on Wednesday that the company remained "fully committed to China." Tesla declined to comment on the email.
"""),
["We are seeing very strong demand for Shanghai-built cars in Europe and Asia-Pacific. The factory is running flat out. Frankly, I wish we had built a second one there two years ago"],
"multi-sentence quote attributed at its end; another executive's China quote not gold"))

# ---------------- LIVEBLOG ----------------
A(doc("liveblog", "article",
"Tesla annual shareholder meeting: live updates",
T("""
4:02 p.m. CT — Welcome to our live coverage of Tesla's annual meeting at Giga Texas in Austin. Shareholders are voting on board seats and a proposal on the company's investment in xAI.

4:15 p.m. — Musk takes the stage to loud applause, dancing briefly alongside two Optimus robots.

4:21 p.m. — Musk says the Cybercab will enter volume production "sometime next year, hopefully in the spring."

4:34 p.m. — On China, Musk is blunt. "The Chinese car companies are the most competitive in the world. They will do well even without tariffs," he tells the crowd.

4:36 p.m. — He adds that Tesla's Shanghai team "sets the pace for the whole company."

4:50 p.m. — A shareholder asks about the pay package. Musk says the vote shows "overwhelming support."

5:05 p.m. — Board chair Rhiannon Vasquez thanks shareholders and says the board "stands firmly behind Elon."

5:12 p.m. — That's a wrap. Thanks for following along.
"""),
["The Chinese car companies are the most competitive in the world.",
 "They will do well even without tariffs",
 "Tesla's Shanghai team \"sets the pace for the whole company.\""],
"liveblog; pronoun 'They' refers back to Chinese car companies; Cybercab date and pay vote remarks not gold; 'he adds' continuation"))

A(doc("liveblog", "article",
"Beijing auto show live: BYD, Xiaomi unveil new models as Musk and China stay in focus",
T("""
09:30 Beijing time — Doors are open at the China International Exhibition Center, and the queue at Xiaomi's stand already snakes past the Geely hall.

09:52 — BYD executive vice president Tao Lin unveils a new flagship sedan and says the company will "bring technology to every family, in every country."

10:20 — Xiaomi's auto chief, Luo Wenbin, asked by reporters about Tesla, says: "We respect Elon Musk a lot. But Chinese consumers want what we make." Big cheers from the Xiaomi staff.

10:45 — Tesla has a modest stand here, showing a refreshed Model Y. Tesla China's vice president, Feng Ruoxi, tells us the company has "no plans to change its strategy."

11:10 — A quick reminder: Musk has not attended the Beijing show since 2019. Analysts we spoke to said his absence was "noticeable but not surprising."

11:40 — Geely's Zeekr brand shows off an 800-volt platform. More to come after lunch.
"""),
[],
"framing (Musk and China in headline) over a body with no statement of his; other executives quoting or praising Musk"))

A(doc("liveblog", "article",
"Trade war live: Beijing retaliates with 34% tariffs; markets tumble",
T("""
9:40 a.m. ET — China's commerce ministry says it will impose 34% tariffs on all U.S. goods from next Thursday, matching the duties announced in Washington last week.

9:58 a.m. — The Dow is down more than 900 points in early trading. Chipmakers and automakers are leading losses.

10:12 a.m. — Elon Musk has weighed in on X. Replying to a post about auto parts, he wrote: "@WallStreetPulse Tariffs on Chinese parts will raise the cost of every car built in America, including ours. Not great. https://t.co/Qx81LmPzA2"

10:30 a.m. — The yuan weakens past 7.3 per dollar in offshore trading.

11:05 a.m. — Musk posts again, this time about a Falcon 9 launch from Vandenberg: "Liftoff! 400th mission for the fleet."

11:20 a.m. — White House spokesperson Dana Whitfield says the administration "will not be intimidated" by Beijing's move.
"""),
["Tariffs on Chinese parts will raise the cost of every car built in America, including ours. Not great."],
"X post quoted verbatim with @handle and URL; his later Falcon 9 post in same liveblog not gold; tariffs"))

A(doc("liveblog", "article",
"Starship Flight 12 live: booster catch attempt as China's reusable rockets close in",
T("""
7:00 a.m. CT — Good morning from Starbase. SpaceX is targeting 7:30 a.m. for the twelfth test flight of Starship.

7:12 a.m. — Context: China's LandSpace has said its Zhuque-3 reusable rocket will attempt an orbital landing later this year. Analysts say the competition for reusable heavy lift is heating up.

7:31 a.m. — Liftoff! All 33 Raptor engines appear to be running.

7:38 a.m. — The booster has been caught by the tower's "chopstick" arms. Huge cheers on the SpaceX stream.

8:20 a.m. — Elon Musk on X: "NASA has been incredibly supportive. They deserve a lot of credit for today." He adds that the next flight will try to reach orbit "within two months."

8:45 a.m. — The FAA says it is reviewing data from the flight, a routine step.
"""),
[],
"opposite pronoun trap: 'They' refers to NASA, not China; China's rockets mentioned only by the journalist"))

A(doc("liveblog", "article",
"Live: Musk on stage at the Doha Economic Forum",
T("""
13:05 — Musk is now on stage with moderator Amira Haddad. He's wearing a black T-shirt and, apparently, jet lag.

13:11 — Asked about AI competition, Musk says DeepSeek was "impressive, but not shocking." Then a rhetorical question to the audience: "Did anyone really think Chinese engineers couldn't do it?"

13:14 — On Starlink: he says the network now has "well over six million" users and is adding capacity in Africa.

13:20 — A joke about the dollar and central bankers. Moderator moves on quickly.

13:26 — Back to AI. He says China's electricity output "is going to be triple ours very soon, and AI runs on electricity."

13:40 — Session ends. Musk leaves via the side stage without taking press questions.
"""),
["DeepSeek was \"impressive, but not shocking.\"",
 "Did anyone really think Chinese engineers couldn't do it?",
 "China's electricity output \"is going to be triple ours very soon, and AI runs on electricity.\""],
"rhetorical question; DeepSeek; Starlink remark not gold; liveblog timestamps"))

A(doc("liveblog", "article",
"Tesla Q2 earnings: live reaction",
T("""
4:05 p.m. ET — Tesla's results are out. Revenue of $23.4 billion, slightly below consensus. Automotive revenue in China fell 11% from a year earlier.

4:20 p.m. — Shares are down 3% after hours.

5:32 p.m. — Musk on the call: "The energy storage business is on fire, in a good way." Megapack deployments hit a record.

5:41 p.m. — Musk says the Semi truck will begin volume deliveries "late next year."

5:55 p.m. — Analyst Carla Montoya of Hollister Securities, on our stream: "China remains the elephant in the room, and Elon didn't address it at all."

6:10 p.m. — Call ends. No questions on China were taken from the retail Q&A list.
"""),
[],
"neighbourhood trap: China numbers reported by journalist and analyst; Musk's quotes about energy storage and Semi only"))

# ---------------- OPINION ----------------
A(doc("opinion", "article",
"Musk and China: the debate goes on",
T("""
Few relationships in global business attract as much suspicion as the one between Elon Musk and Beijing. To his critics in Washington, the Tesla chief is too cosy with a strategic rival. To Chinese nationalists, he is a useful but fickle foreigner.

Both camps tend to miss what he actually says. Last month, on stage at a conference in Riyadh, he put it plainly: "If there are no trade barriers, Chinese car companies will demolish most other car companies in the world."

That is not the talk of a man planning to retreat from the mainland, nor of one who expects the playing field to stay level. It is the talk of someone who has looked at the cost curves and does not like what he sees.

Musk has long courted Beijing, and Beijing has long returned the favour, with cheap land for the Shanghai factory and a sympathetic hearing when data rules tightened.

The question now is whether that goodwill survives a tariff war neither side seems willing to end. My guess is that it will, because both sides still need each other more than they admit.

Jonah Ferris is a columnist covering technology and trade.
"""),
["If there are no trade barriers, Chinese car companies will demolish most other car companies in the world."],
"document-level framing headline that must not suppress a real quote in the body; columnist's own analysis ('Musk has long courted Beijing') not gold"))

A(doc("opinion", "article",
"Musk and Beijing: a relationship that keeps everyone guessing",
T("""
When Elon Musk's jet touched down in Beijing last spring, the reaction was instant. Tesla shares jumped, Chinese social media lit up, and commentators in Washington reached for their thesauruses to find new synonyms for "naive."

The trip was brief. He met officials, toured a data centre and left within 24 hours. Tesla said little; Chinese state media said a great deal.

It is worth remembering how much Tesla depends on China. More than a third of its cars are built in Shanghai, and its cheaper batteries come from Chinese suppliers. It is also worth remembering how much China has gained: the Shanghai plant trained a generation of local suppliers who now sell to BYD and Nio.

Critics such as Senator Hal Breckner argue that "no American CEO should be this dependent on the Chinese Communist Party." Supporters reply that engagement is the only realistic option.

What is missing from the debate is any sense of where this ends. Neither Musk nor Beijing has offered a clue.
"""),
[],
"same framing over a body with no statement of his; actions (trip, meetings) and others' quotes only"))

A(doc("opinion", "article",
"Opinion | Tesla's China bet looked reckless in 2018. It looks prescient now",
T("""
It is easy to forget how risky Tesla's Shanghai gamble looked at the time. The company was burning cash, the Model 3 ramp in Fremont was a mess, and Washington and Beijing were sliding into a trade war.

In January 2019, standing in a muddy field on the outskirts of Shanghai, Musk told a crowd that the plant would be "a template for how we build factories everywhere." He also said back then that Chinese suppliers would be essential to getting the cost of the Model 3 down.

Both predictions held up. Giga Shanghai was built in under a year. Its supplier base became the envy of the industry.

But there is a catch. The same ecosystem that made Tesla cheap made its rivals cheaper. BYD, Leapmotor and Xiaomi drew on the same pool of engineers, the same tooling firms and the same battery makers.

The lesson for Western carmakers is uncomfortable: you cannot borrow China's supply chain without also arming its champions.
"""),
["a template for how we build factories everywhere.",
 "Chinese suppliers would be essential to getting the cost of the Model 3 down"],
"quote of his from years ago recalled in an opinion piece; 'a template' refers to the Shanghai plant by context; columnist analysis not gold"))

A(doc("opinion", "article",
"Why the Musk-China story is mostly noise",
T("""
Every few months a rival executive takes a swing at Elon Musk, and every few months the internet treats it as news.

Last week it was Li Fengrui, the president of Nio, who told a press event in Hefei: "Elon said we would all be dead in five years. We're still here." The line got a laugh and a lot of reposts.

Before that, analysts at a Hong Kong brokerage accused Musk of "talking up Chinese competitors so he can talk down his own margins," a theory that says more about brokerage research than about Tesla.

The truth is less dramatic. Tesla's China business is doing what mature businesses do: slowly losing share to cheaper rivals while remaining profitable.

The quotes, real or remembered, are a sideshow. Watch the registration data instead.
"""),
[],
"rival quoting him back (Nio executive) and analysts paraphrasing him critically; not his statements"))

A(doc("opinion", "article",
"Musk's TikTok take is more interesting than it looks",
T("""
When Congress moved to force ByteDance to sell TikTok, most tech executives kept quiet. Elon Musk did not.

He wrote on X that banning TikTok "would be contrary to freedom of speech and expression," an unexpected stance from a man whose own platform is blocked in China.

A day later, with characteristic sarcasm, he went further: "Sure, let's copy the Chinese government's approach to the internet. What could go wrong?"

You can read this cynically. X competes with TikTok for attention and advertisers, and a ban might help it. But the position is consistent with Musk's absolutist view of speech, even when that view is inconvenient.

What it is not is a pro-Beijing position, whatever his critics claim.
"""),
["banning TikTok \"would be contrary to freedom of speech and expression,\"",
 "Sure, let's copy the Chinese government's approach to the internet. What could go wrong?"],
"TikTok/ByteDance statement; sarcasm; columnist's interpretation not gold"))

A(doc("opinion", "article",
"Maye Musk's Shanghai moment says a lot about soft power",
T("""
Maye Musk, the 77-year-old model and mother of Elon Musk, drew a crowd of thousands at a Shanghai shopping mall last weekend to sign copies of the Chinese edition of her memoir.

"I love Shanghai. The people here are so warm, and the young women ask me such smart questions," she told reporters. "China has been very kind to me."

She has visited the mainland more than a dozen times since 2019 and has more than 2 million followers on Weibo.

Her popularity is a reminder that the Musk family brand in China is bigger than Tesla, and that soft power often flows through unexpected channels.
"""),
[],
"other Musk (Maye Musk, his mother) speaking about China; not the watched speaker"))

A(doc("opinion", "article",
"Tesla's FSD gamble in China hinges on a regulator, not a robot",
T("""
For all the talk of neural networks, the fate of Tesla's driver-assistance software in China will be decided in a government office in Beijing.

Musk knows this. At a dinner with analysts in New York last week, he was unusually candid: "If Chinese regulators approve FSD this year, and I think there's a decent chance they will, China could become our biggest robotaxi market."

He then pivoted, as he often does, to Mars, saying a crewed landing was possible "by the end of the decade if things go well."

The hedge in his China comment is notable. Tesla has been waiting for approval to transfer driving data out of the country for more than two years, and Chinese rivals such as Huawei and Xpeng have not been waiting around.

My view: approval will come, but too late for Tesla to lead.
"""),
["If Chinese regulators approve FSD this year, and I think there's a decent chance they will, China could become our biggest robotaxi market."],
"conditional/hedged claim; Mars remark in same piece not gold"))

A(doc("opinion", "article",
"Musk's long courtship of Beijing",
T("""
Elon Musk has long courted Beijing. He has flown in for meetings with premiers, toured state-owned factories, and kept his Weibo account active even as X remained blocked.

That courtship paid off. Tesla became the first foreign carmaker allowed to own its Chinese factory outright, and local banks lent it billions on favourable terms.

Yet when Musk sat down for a three-hour podcast last week, he barely mentioned China. He talked mostly about sensors. "Lidar is a crutch," he said. "Anyone relying on lidar is doomed."

Perhaps that silence is itself a strategy. In a year of tariffs and export controls, saying nothing about the world's second-largest economy may be the safest thing a CEO can do.
"""),
[],
"journalist's description of his stance ('has long courted Beijing'); his quotes in the piece are about lidar, not China"))
