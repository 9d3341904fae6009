from common import A, L, U, V, D

DOCS = []

# ---------------- WIRE ----------------
DOCS.append(A("wire",
"Tesla's Musk says {{Shanghai output will rise this year}}, brushes off price-war worries",
"""AUSTIN, Texas, May 14 (Reuters) - Tesla Chief Executive Elon Musk, speaking by video link to a supplier conference in Hangzhou on Tuesday evening after a start delayed by more than an hour by a power cut at the venue, said {{the company's Shanghai factory would build more vehicles this year than last}}.

"{{The price war in China is healthy. It forces everyone to get better, including us}}," Musk told the audience of several hundred parts makers.

He added that {{Chinese suppliers had cut the cost of some battery components by nearly a third in 18 months}}, without giving details.

Musk also used the appearance to say the next Starship test flight was "probably six weeks away" and that Tesla's humanoid robot would be "in limited production" by the end of next year.

Tesla, which does not break out output by plant, delivered about 1.8 million vehicles worldwide last year. Its shares rose 2.1% in extended trading.

Analysts at Bernholt Securities called the remarks "more cheerleading than guidance" in a note to clients on Wednesday.

(Reporting by Dana Okafor in Austin and Li Xin in Shanghai; Editing by Mark Pelham)""",
"far-apart subject and speech verb; two-verb headline; 'he added' continuation; off-topic rocket/robot remarks in a China article; analysts' words"))

DOCS.append(A("wire",
"Chinese battery founder says he told Musk years ago that prices would halve",
"""NINGDE, China, Sept 3 (Reuters) - Zeng Weiliang, the founder of Chinese battery maker Qiantang Power, said on Wednesday he once told Elon Musk that Chinese cells would cost half as much as Japanese ones within five years, a prediction he said "came true in four."

"He laughed at me, and then a month later his team ordered samples," Zeng told reporters at the company's headquarters in the coastal city, recounting a 2016 meeting in California.

Zeng described Musk as "the most demanding customer we have ever had" and said Qiantang would begin supplying packs for Tesla's energy storage products next year.

Tesla did not respond to a request for comment.

Qiantang, which listed in Shenzhen in 2021, supplies three Chinese carmakers and is building a plant in Hungary.""",
"someone else's words with Musk as object, inside a dateline sentence; no statement of Musk's"))

DOCS.append(A("wire",
"Tesla starts expanded Megapack line in Shanghai",
"""SHANGHAI, Feb 11 (Reuters) - Tesla began production on Tuesday at an expanded Megapack battery storage line at its site in Shanghai's Lingang free-trade zone, the city government said, as the U.S. company deepens its manufacturing footprint in China.

The line will be able to make 20,000 of the refrigerator-sized units a year, double its previous capacity, according to a statement from the Lingang administrative committee. About 1,200 local workers are employed at the facility.

Chief Executive Elon Musk did not attend the ceremony. In a post on X a few hours later, he wrote that the next Falcon Heavy mission would carry "the heaviest payload we've ever attempted," and separately said Tesla's camera-only approach to self-driving was "the only one that scales."

Tesla's China-made vehicle sales fell 4% in January from a year earlier, data from the China Passenger Car Association showed.""",
"China article in which Musk's only remarks are about rockets and self-driving sensors (topic decided by neighbourhood)"))

DOCS.append(A("wire",
"Musk's Taiwan Remarks Resurface as Tesla Courts Asian Chipmakers",
"""(Bloomberg) -- Elon Musk's years-old comments on Taiwan are getting a second life.

As Tesla negotiates long-term supply deals with chipmakers across Asia, a clip from a 2022 conference has been circulating on Taiwanese social media. In it, the billionaire says that "{{Taiwan's fabs make it the most consequential piece of real estate on Earth, and Beijing understands that better than anyone}}."

The comment drew a sharp rebuke at the time from lawmakers in Taipei. Tesla's negotiators have been asked about it in at least two meetings, according to people familiar with the talks who asked not to be identified because the discussions are private.

Musk, asked about the clip on the sidelines of an event in Paris last month, didn't back away. "{{I said what I said. Eventually the two sides will work something out, and the chips are the reason it matters so much}}," he said.

He declined to discuss the supply talks, saying only that Tesla would "need a lot more chips than anyone currently expects."

A representative for Tesla didn't respond to a request for comment. Taiwan's economy ministry said it doesn't comment on individual companies' negotiations.""",
"old quote recalled (gold); Taiwan in relation to Beijing; 'the two sides' resolved by context; off-topic chip-demand remark not gold"))

DOCS.append(A("wire",
"Musk weighs in on Chinese EV subsidy debate",
"""BRUSSELS, April 22 - Elon Musk waded into the row over Chinese electric-vehicle subsidies on Monday, sharing a chart of European EV prices on X without adding any comment of his own.

The post came a day after the European Commission proposed extending its anti-subsidy duties on Chinese-made EVs for another five years. Commission spokeswoman Helle Brandt said the duties were "working as intended."

A spokesperson for the China Association of Automobile Manufacturers told reporters in Beijing that Musk "understands this industry better than most politicians in Europe do."

Analysts at Halvorsen Research wrote that Musk "tends to see the subsidy question through Tesla's own cost sheet," noting that Tesla's Shanghai-built cars face a lower duty than those of most Chinese rivals.

Tesla did not respond to a request for comment.""",
"headline only describes that he talked; sharing without words; industry body and analysts talking about him"))

DOCS.append(A("wire",
"Musk tells German workers {{Chinese rivals are 'scary good'}}",
"""GRUENHEIDE, Germany, June 5 - Tesla boss Elon Musk warned on Thursday that European carmakers were underestimating the competition from China.

Asked during a town-hall meeting at the Gruenheide plant outside Berlin about Chinese carmakers' push into Europe, Musk said: "{{Frankly, they out-engineer and out-work almost everyone. They're scary good. If you're not studying what they ship every quarter, you're already behind}}."

He was less complimentary about officials closer to home. European regulators were "moving at the speed of paperwork," Musk said, adding that they "should have approved supervised self-driving a year ago."

Tesla's registrations in Germany fell 14% in the first five months of the year, while those of BYD more than doubled, according to the KBA federal motor authority.

About 11,000 people work at the plant, Tesla's only vehicle factory in Europe.""",
"pronoun 'they' = Chinese carmakers (gold) vs 'they' = European regulators (not gold); claim headline"))

DOCS.append(A("wire",
"Kimbal Musk says Chinese farm robots are 'five years ahead'",
"""HONG KONG, Oct 8 - Kimbal Musk, a Tesla board member and the younger brother of Chief Executive Elon Musk, said on Wednesday that Chinese vertical-farming companies were "five years ahead" of their American counterparts.

"They automate everything. Walk into a farm outside Suzhou and there are more robots than people," Musk, who co-founded a chain of farm-to-table restaurants, told a food-technology forum in Hong Kong.

Asked whether his brother shared that view, he laughed. "You'd have to ask Elon. When we talk, it's about food, not cars," he said.

Kimbal Musk said he had visited mainland China four times this year and planned to invest in at least one agricultural robotics start-up there.""",
"other Musk (Kimbal) speaking about China and called 'Musk' after introduction; Elon only as object"))

DOCS.append(A("wire",
"Musk says {{he never sought Beijing's help on Starlink}}",
"""WASHINGTON, March 2 (Pacific Wire) - Elon Musk said on Friday that {{he had never asked the Chinese government for anything in connection with Starlink}}, pushing back against a letter from two U.S. senators that questioned his company's dealings with Beijing.

"{{I have never had a single conversation with anyone in Beijing about Starlink. Not one}}," Musk wrote on X, in a reply to a post about the letter.

The senators, in their letter to the Defense Department, cited unnamed sources as saying that SpaceX executives had discussed satellite coverage over Taiwan with Chinese intermediaries. SpaceX did not respond to a request for comment.

In a separate post, Musk said Starlink would launch in two more African countries "next month.\"""",
"denial phrased as his own claim (gold); senators' allegations not his; unrelated Starlink rollout remark not gold"))

DOCS.append(A("wire",
"Musk and China: investors weigh what a decade of courtship has bought",
"""NEW YORK, Nov 19 - Few chief executives have invested as much time in China as Elon Musk.

Since Tesla broke ground on its Shanghai plant in 2019, Musk has visited the country at least eight times, meeting senior officials in Beijing and touring suppliers in Ningbo and Changzhou. He has long courted Beijing, and analysts credit that effort with the speed at which the Shanghai factory was approved.

But the payoff is harder to see now. Tesla's share of China's battery-electric car market slipped to about 6% in the third quarter from nearly 11% two years earlier, according to Automobility data, as BYD, Geely and Xiaomi cut prices.

"The relationship still matters, but it is no longer a moat," said Ruth Anand, a portfolio manager at Carrow Capital, which holds Tesla shares.

Musk did not respond to emailed questions. At Tesla's most recent earnings call, executives declined to give a forecast for China deliveries.""",
"framing headline 'Musk and China' over a body with no statement of his; journalist analysis, his visits (actions) and an investor's quote"))

DOCS.append(A("wire",
"Musk warns {{tariffs on Chinese battery parts would push up US car prices}}",
"""DETROIT, Jan 30 - Elon Musk said on Thursday that {{higher U.S. tariffs on Chinese battery materials would add roughly $1,000 to the cost of building a Model Y in Texas}}, in some of his most specific comments yet on the trade dispute.

"{{Maybe it's five hundred, maybe it's fifteen hundred. But it's not zero, and it lands on the customer}}," Musk told an automotive industry gathering in Detroit, where he appeared in person for the first time in six years.

Tesla sources graphite anodes and some cathode materials from China for its U.S.-built vehicles. The Commerce Department is reviewing whether to raise duties on the materials further.

He also said production of the company's two-seat robotaxi would start "in the spring, if all goes well," and that Tesla would not hold a separate unveiling event for it.""",
"tariffs on Chinese parts; hedged quote whose 'it' points back to the China tariff cost; product-date remark not gold"))

# ---------------- LIVEBLOG ----------------
DOCS.append(A("liveblog",
"Tesla annual meeting live: Musk on robots, China and his pay package",
"""Welcome to our live coverage of Tesla's annual shareholder meeting in Austin, Texas. Refresh for updates.

2:02 pm CT — Musk walks on stage to loud cheers, flanked by two Optimus robots that wave at the crowd.

2:10 pm — First topic is Optimus. Musk says the robot will be "the biggest product of all time, by far" and that Tesla will make "several thousand" this year.

2:24 pm — Musk, speaking from the stage at Giga Texas, where shareholders have been queuing since dawn in heavy rain, has turned to China. He says {{the best car companies in the world after Tesla will be Chinese}}.

2:26 pm — More on that: "{{I've said it before and I'll say it again. They are extremely competitive, and anyone who still calls them 'copycats' is years out of date}}."

2:31 pm — He added that {{Tesla's Shanghai team could build a Model 3 faster than any factory in history}}. No figures given.

2:40 pm — Roadster update: Musk says a demo will happen "by the end of the year, hopefully." We've heard that before.

2:52 pm — A retail shareholder from Ohio asks whether Tesla is "too dependent on China." Musk: "{{No. China is something like a fifth of our deliveries. It matters a lot, but we're not dependent on any single market}}."

3:05 pm — Context from our Shanghai bureau: Musk has courted Beijing for the better part of a decade, and Tesla's share of China's EV market has been sliding since 2022.

3:15 pm — Voting results: the pay package passes with roughly 72% support, per the preliminary count.

3:20 pm — Musk thanks shareholders and says "we're just getting started." That's it from us today.""",
"long liveblog; far-apart subject and verb; pronoun continuation with nested quote; off-topic Optimus/Roadster remarks; shareholder question and bureau context not gold"))

DOCS.append(A("liveblog",
"Beijing auto show live: BYD, Xiaomi unveil new models as Tesla keeps low profile",
"""09:05 — Good morning from the China International Exhibition Center, where the doors have just opened for the media days.

09:30 — BYD kicks off with a new long-range sedan it says can add 400 km of range in five minutes of charging.

10:12 — Li Zhaoheng, BYD's head of overseas sales, tells our reporter: "Elon Musk once said our cars were nothing to worry about. I think he has changed his mind."

10:45 — Xiaomi's stand is mobbed. The company is showing a performance SUV priced below the Model Y.

11:20 — Tesla's stand is small and showing the refreshed Model Y. A Tesla spokesperson declined to say whether Elon Musk would visit during the show.

12:05 — Musk has reposted a video of the Xiaomi stand on X, without adding a comment.

13:30 — Analysts at Pine Harbor Capital note that Musk has said little publicly about China since the spring, "which is itself a signal.\"""",
"rival quoting Musk back; repost without words; analyst remark about his silence; no statement"))

DOCS.append(A("liveblog",
"As it happened: Elon Musk's one-day trip to Beijing",
"""08:30 — Musk's private jet has landed at Beijing Capital International Airport, according to flight-tracking data. Tesla has not confirmed the purpose of the trip.

10:15 — Musk, in a brief exchange with reporters in the lobby of his hotel before security staff ushered him into a waiting car, said {{the visit was about "making sure our data rules are compatible with China's"}}. Asked whether trade would come up, he said {{he had "never once" raised tariffs with Chinese officials and did not plan to start now}}.

11:50 — State media report that Musk met officials from the Ministry of Industry and Information Technology. No details on what was discussed.

13:40 — Musk has posted a photo from the meeting on X with the caption: "{{Great discussion with the team in Beijing about autonomy and data. Real progress}}"

15:10 — Tesla shares up 4% in premarket trading in New York.

16:00 — Responding to a follower asking about Starship, Musk writes: "Next flight in about four weeks."

18:20 — Musk's jet has departed Beijing. That's all for today.""",
"far-apart subject and verb; denial stated as his own claim; X caption; landing/meeting are actions; Starship reply not gold"))

DOCS.append(A("liveblog",
"Musk in Shanghai: live updates",
"""7:45 — Elon Musk has arrived at Tesla's Shanghai Gigafactory, where workers lined the entrance to greet him. He shook hands and posed for photos but did not speak to the press.

8:30 — Musk is touring the new Megapack facility with Tesla China executives, according to a company employee.

9:10 — A local official told reporters that Shanghai "welcomes Mr Musk and all foreign investors" and that the city would continue to "provide a first-class business environment."

10:40 — Musk has briefly spoken to a camera crew from a Chinese tech outlet. Asked about his plans for Mars, he said Starship "will land there within four years, maybe sooner." He also said his youngest son, who travelled with him, was "having the time of his life."

11:20 — Tesla China's vice president told reporters the plant had produced its four-millionth car last month.

12:00 — Musk has left the factory. We'll bring you any further updates.""",
"framing headline 'Musk in Shanghai'; his only words are about Mars and his family; officials and executives talk about China"))

DOCS.append(A("liveblog",
"Markets live: Stocks slip, oil climbs, TikTok deal talk swirls",
"""9:35 a.m. ET — U.S. stocks open lower, with the S&P 500 off 0.4% as Treasury yields tick up.

10:10 a.m. — Oil extends gains after a drone attack on a Gulf pipeline. Brent crude is up 2.3%.

11:42 a.m. — Elon Musk has weighed in on the TikTok sale talks. In a post on X, the billionaire wrote: "{{ByteDance will never sell the algorithm. Beijing won't let them, and honestly, I wouldn't either}}."

11:55 a.m. — Shares of social media companies rise modestly on the post. Analysts note Musk has no known involvement in any bid.

12:30 p.m. — Fed Governor Marisol Yates says she sees "no urgency" to cut rates again.

1:15 p.m. — Musk follows up in a reply: "{{The Chinese government treats that code like a strategic asset. Because it is}}."

2:00 p.m. — That's a wrap on the morning session.""",
"single Musk item inside an unrelated markets liveblog; TikTok; follow-up post; analysts' note not gold"))

DOCS.append(A("liveblog",
"Starship Flight 12 live: launch, booster catch and splashdown",
"""6:58 p.m. CT — We're about 30 minutes from the launch window opening at Starbase, Texas.

7:20 p.m. — Earlier today China's space agency launched a crewed mission to its Tiangong station. A reminder that the space race is very much a two-horse affair these days.

7:31 p.m. — Liftoff! All 33 Raptor engines appear to have lit.

7:34 p.m. — Booster caught by the tower arms. Huge cheers on the SpaceX webcast.

7:52 p.m. — NASA's acting administrator has posted congratulations. Musk replies on X: "They have been incredible partners. We couldn't have done any of this without them."

8:40 p.m. — Splashdown in the Indian Ocean confirmed. Musk: "Next flight in six weeks. Then we go for orbital refilling."

8:45 p.m. — That's it for tonight's coverage.""",
"pronoun 'they' refers to NASA, not China; China mentioned only by the journalist; Musk's words all about rockets"))

DOCS.append(A("liveblog",
"Davos live: Musk on AI, chips and China's power grid",
"""10:00 — Elon Musk is about to appear by video link from Austin in a session moderated by Swiss broadcaster Claudia Renner.

10:08 — Renner opens by asking whether China could overtake the United States in artificial intelligence.

10:11 — Musk: "{{If China keeps building power plants at the rate it's going, it will have something like three times America's electricity output within a decade. That's the ballgame for AI}}."

10:15 — He says AI regulation in the U.S. "needs a referee, not a rulebook written by lawyers."

10:22 — Asked about U.S. export curbs on advanced chips, Musk said {{Chinese labs would "route around" them within a year or two}}.

10:30 — Musk says he expects the next version of Grok "before summer."

10:34 — Session over. Renner thanks him and the room applauds politely.""",
"conditional claim about China; moderator question not gold; off-topic AI-regulation and product-date remarks"))
