from lib import A, V

A(1, "wire",
  "Tesla's Musk says {{Chinese EV makers are the toughest competitors in the world}}",
  """
AUSTIN, Texas, Nov 14 (Reuters) - Tesla Chief Executive Elon Musk, speaking by video link to an industry conference in Shanghai on Thursday evening after a delayed start caused by technical problems, said that {{Chinese electric-vehicle makers were the most competitive car companies in the world}}.

"{{They work harder than anyone, and they iterate faster than anyone}}," Musk said, adding that {{Tesla's Shanghai factory would remain the company's largest export hub for at least the next two years}}.

Musk also told the audience that the next-generation Roadster would be unveiled "before the end of the year, hopefully," and that SpaceX's Starship would attempt to catch its upper stage with the launch tower on its next flight.

Tesla's sales in China, its second-largest market, fell 8% in October from a year earlier, according to data from the China Passenger Car Association, as BYD and Xiaomi cut prices on competing models.

Tesla did not respond to a request for comment on the remarks.

(Reporting by Zhang Yan in Shanghai and Akash Sriram in Bengaluru; Editing by Mark Potter)
""",
  "subject and speech verb far apart (long locative/time phrase); 'they' refers back to Chinese EV makers; Roadster and Starship remarks in same article are not gold; claim headline")

A(2, "aggregator_headline",
  "Musk posts about Chinese battery prices as LFP costs slide - Business Insider",
  """
Elon Musk shared a chart on X late Monday showing lithium-iron-phosphate cell prices in China falling below $50 per kilowatt-hour, adding only a fire emoji. The post drew more than 20,000 replies within hours.
""",
  "headline fragment: 'posts about' with no claim; sharing a chart is an action, not a statement")

A(3, "aggregator_headline",
  "Musk says {{China has an electricity advantage over the US}} - Reuters",
  """
Tesla and xAI chief Elon Musk said on Wednesday that {{China's power generation would be roughly three times that of the United States by 2027}}, and warned that American AI data centers would soon run short of transformers and gas turbines.
""",
  "aggregator title with ' - Reuters' suffix (gold without suffix); second clause about US data centers is not gold")

A(4, "short_summary",
  "Musk praises Xiaomi's first car",
  """
Elon Musk said on Friday that {{Xiaomi had done an incredible job with the SU7}}, adding that {{the Chinese smartphone maker's car factory in Beijing was one of the most advanced he had seen}}.
""",
  "plain positive; named Chinese company; descriptive headline without claim is not gold")

A(5, "short_summary",
  "Kimbal Musk eyes China expansion for restaurant group",
  """
Kimbal Musk, the Tesla board member and brother of Elon Musk, said on Tuesday that China's cities were "the most exciting place in the world to build a restaurant business" and that his group was scouting sites in Shanghai and Shenzhen.
""",
  "Musk-like name: Kimbal Musk, not the watched speaker")

A(6, "liveblog",
  "Tesla annual shareholder meeting: live updates",
  """
4:42 p.m. ET - That's a wrap. Musk left the stage to a standing ovation after roughly 90 minutes. We'll have a full recap shortly.

4:31 p.m. ET - Asked by a shareholder whether Tesla could still win in China against BYD and Xiaomi, Musk was blunt. "{{The Chinese market is the most competitive car market on Earth, by far}}," he said. "{{If we can win there, we can win anywhere.}} {{And right now we're holding our own in China, but it's hard.}}"

4:18 p.m. ET - Musk says Optimus production lines in Fremont will start "low-volume production" next year, and that he expects the humanoid robot to eventually be "the biggest product of all time."

4:05 p.m. ET - Gary Black of the Future Fund, watching the webcast, posted on X that Musk "keeps underplaying how much share Tesla has lost in China." Black has been a vocal critic of Tesla's pricing strategy.

3:52 p.m. ET - Musk, who took the stage in Austin in a black "Occupy Mars" T-shirt after a brief dance alongside two Optimus robots, said that {{Tesla's Shanghai plant, which produced its four-millionth vehicle last month, remained the most efficient car factory in the world}}.

3:45 p.m. ET - Welcome to our live coverage of Tesla's annual shareholder meeting at Giga Texas. Investors are voting on eight proposals, including a new board seat and a non-binding resolution on investing in xAI.
""",
  "liveblog mixing China and non-China remarks (Optimus not gold); investor's paraphrase of Musk not gold; subject-verb far apart; 'there' refers to China")

A(7, "qa_interview",
  "Elon Musk on AI, chips and the race with China",
  """
In a wide-ranging conversation at xAI's Colossus data center in Memphis, Elon Musk talked about compute, export controls and whether the United States can stay ahead in artificial intelligence. The interview has been edited for length and clarity.

Q: Many people in Washington believe chip export controls have slowed China down. Do you agree?

A: {{I think they've slowed them down a bit, but not nearly as much as people in Washington believe.}} {{China has an enormous number of very talented AI engineers, and they're finding ways to get the compute they need.}}

Q: Was DeepSeek a wake-up call?

A: {{DeepSeek was a real achievement, and anyone who dismisses it is not paying attention.}} {{The Chinese labs are going to be very competitive on models for the foreseeable future.}}

Q: You've said power is the real bottleneck.

A: Yes. In the US we're going to run out of transformers before we run out of chips. We need to build a lot more generation and a lot more grid. {{China is adding more electricity every year than the entire output of some countries, so they're not going to hit that wall.}}

Q: When will Grok 5 be out?

A: Probably by the end of the first quarter. Maybe sooner.
""",
  "Q&A: interviewer's questions mentioning China not gold; mixed answer (US grid not gold, China power gold); 'them' refers to China")

A(8, "opinion",
  "Musk and China: the debate goes on",
  """
For a decade, Elon Musk's relationship with Beijing has attracted more speculation than almost any other corporate tie in the world. Critics in Washington argue that Tesla's dependence on its Shanghai factory, which builds roughly half of the company's cars, gives the Chinese Communist Party leverage over the world's richest man. Supporters counter that he has simply done what every global carmaker does: followed the customers.

The evidence, such as it is, cuts both ways. Musk flew to Beijing in April 2024, met Premier Li Qiang and left with a data-security clearance that smoothed the way for Tesla's driver-assistance software. A year later he skipped the Shanghai auto show altogether and sent no senior executive in his place.

"He is a businessman first and a politician a distant second," said Lin Wei, a partner at the Shanghai consultancy Autobrief. "He will do whatever keeps the factory running."

Others are less charitable. "Elon needs to decide which side he's on," a Republican member of the House China committee told me last month, asking not to be named because he did not want to pick a fight with a major donor.

What is missing from the debate is Musk himself, who has largely stopped talking about the subject in public. He did not respond to questions for this column.

Perhaps that silence is the most telling answer of all.
""",
  "framing headline over a body with no statement of his: only journalist analysis, his actions, and other people's quotes")

A(9, "x_roundup",
  "Musk's weekend on X: Starship, BYD and a swipe at Brussels",
  """
Elon Musk posted or reposted more than 300 times between Friday evening and Sunday night, according to a tally by the analytics firm Tweet Binder. Here are the posts that drew the most attention.

Starship: "Flight 12 is go for Tuesday, weather permitting," Musk wrote on Saturday, alongside a photo of the booster on the pad at Starbase.

Chinese EVs: Responding to a video of a BYD Seal overtaking traffic on a German autobahn, Musk posted: "@SawyerMerritt {{BYD's cars are very good now. People still underestimate how fast the Chinese carmakers are improving}} https://t.co/R7vQm2LpXa". The post was viewed 41 million times.

Brussels: After the European Commission opened a new inquiry into X's content moderation, Musk wrote: "They are strangling European innovation with paperwork and fines. Unelected bureaucrats."

Tesla China: Musk reposted a Tesla China video of Model Y deliveries in Chengdu with the words "{{Great work by the Tesla China team!}}"

Grok: He promised that Grok 5 would launch "in a few weeks," a timeline his followers greeted with some skepticism.
""",
  "X post quoted verbatim with @handle and URL (gold without them); 'they' referring to EU regulators not gold; Starship/Grok posts not gold")

A(10, "earnings_call",
  "Tesla (TSLA) Q2 2025 Earnings Call Transcript",
  """
Tesla (NASDAQ: TSLA)
Q2 2025 Earnings Call
Jul 23, 2025, 5:30 p.m. ET

Call participants:
Travis Axelrod -- Head of Investor Relations
Elon Musk -- Chief Executive Officer
Vaibhav Taneja -- Chief Financial Officer

Prepared Remarks:

Travis Axelrod -- Head of Investor Relations

Good afternoon, everyone, and welcome to Tesla's second-quarter 2025 Q&A webcast. I'm joined today by Elon Musk, Vaibhav Taneja and a number of other executives. Our Q2 results were announced at about 3 p.m. Central Time in the update deck we published at the same link as this webcast.

Elon Musk -- Chief Executive Officer

Thanks, Travis. So, we've had a tough quarter in some respects, but I think the foundations for the future have never been stronger. The robotaxi launch in Austin went very smoothly, and we expect to cover half the population of the US with autonomous ride-hailing by the end of the year, subject to regulatory approvals.

{{In China, the competition is absolutely brutal. There are well over a hundred EV brands there, many of them subsidized by local governments, and they will cut prices to the bone.}} {{But the Giga Shanghai team continues to be incredible. That factory is running close to full capacity, and it remains our main export hub for Asia and Europe.}}

Vaibhav Taneja -- Chief Financial Officer

Thanks, Elon. Total revenue was $22.5 billion, down 12% year over year. In China, regional revenue declined, reflecting continued price competition and a higher mix of financing incentives.

Questions & Answers:

Operator

Our first question comes from Adam Jonas with Morgan Stanley.

Adam Jonas -- Analyst

Elon, last year you said Chinese automakers would demolish most of their global competitors if there were no trade barriers. Do you still believe that?

Elon Musk -- Chief Executive Officer

{{Yes, I still think that's true. The Chinese car companies are the most competitive in the world, and without tariffs they would take a very large share of every market they enter.}}

On FSD in Europe, we're hoping for approval from the Dutch regulator early next year. They've been thorough, which is fine.
""",
  "earnings-call format 'Elon Musk -- Chief Executive Officer'; analyst quoting Musk back is not gold; CFO China remarks not gold; robotaxi/Europe remarks not gold")

A(11, "podcast_labelled",
  "All-In Podcast: Elon Musk on robotaxis, tariffs and China",
  """
Jason Calacanis: All right, everybody, welcome back to the All-In podcast. We've got a special guest, Elon Musk, back on the pod. Elon, good to see you.
Elon Musk: Good to be here.
Chamath Palihapitiya: Let me ask about China. You've got the Shanghai factory, you've got enormous exposure there. How worried are you?
Elon Musk: {{Well, I mean, China's manufacturing capability is just gigantic. People don't appreciate it.}} {{They have something like three times the manufacturing output of the US, and their supply chain for batteries is second to none.}}
David Sacks: And the tariffs? Where do you come down?
Elon Musk: {{Tariffs on Chinese cars are, I think, going to stay. I'm generally not a fan of tariffs, but the Chinese government subsidies are so big that in this case you sort of have to.}}
David Friedberg: I'd just add, China is now also ahead of us in a bunch of biotech manufacturing. Something like a third of new drug licensing deals are for Chinese molecules.
Jason Calacanis: Robotaxi in Austin, how's it going?
Elon Musk: Really well. We're expanding the geofence every week and we'll be in, I think, eight or nine metro areas by year end.
Jason Calacanis: Amazing. All right, let's take a quick break.
""",
  "labelled transcript; other hosts' China remarks (Friedberg) not gold; robotaxi turn not gold; 'they/their' refers to China")

A(12, "podcast_unlabelled",
  "Episode 481: Elon Musk on factories, Starship and building fast",
  """
Welcome back to the show. This is a conversation with Elon Musk, his fifth time on the podcast. We recorded it at Starbase in Texas the day after the last Starship flight. And now, dear friends, here's Elon Musk.

So let's talk about manufacturing. You've spent a lot of time in factories around the world. What's the best factory you've seen that you don't own?

{{Honestly, probably some of the factories in China. The level of automation in the best Chinese factories is, I think, way ahead of where most people in America assume it is. And the work ethic there is just intense.}}

Interesting. Let's talk about Starship. When do you think we'll see a crewed landing on Mars?

If we get lucky, maybe 2029. More likely 2031. The hard part is making the ship fully and rapidly reusable. Once you have that, everything else follows.

You were in Shanghai earlier this year. What struck you?

{{Yeah, the Shanghai team built that factory in under a year, which is insane. Nobody else could have done that.}}

And what about the heat shield problems on the last flight?

We lost a few tiles. It's a hard problem, but it's solvable. We're moving to a new tile design with a backup layer underneath.
""",
  "unlabelled transcript: host questions vs Musk answers; Mars/heat-shield turns not gold")

V(13, "Elon Musk full interview with CNBC's David Faber",
  [("David Faber", "Elon, let's talk about China. Tesla's sales there were down again last month."),
   ("Elon Musk", "{{Yeah, China is the most competitive car market in the world.}}"),
   ("Elon Musk", "{{There are a lot of very good Chinese companies, and they work incredibly hard.}}"),
   ("David Faber", "Are you worried the Chinese government could use Tesla as leverage in the trade war?"),
   ("Elon Musk", "{{No. Honestly, the Chinese government has treated us fairly, and I don't expect that to change.}}"),
   ("David Faber", "Let's move on to X. Are the advertisers coming back?"),
   ("Elon Musk", "They are. Most of the big advertisers have come back, and revenue is up."),
   ("Elon Musk", "And the platform is healthier than it's ever been."),
   ("David Faber", "Last question. Starship. When does it reach orbit with a payload?"),
   ("Elon Musk", "Hopefully next month. We'll see."),
   ],
  "vtt interview: interviewer questions about China not gold; 'they' = advertisers not gold; Starship not gold")

A(14, "machine_translated",
  "Musk: {{Chinese new energy vehicle enterprises are very strong, future will occupy large share of global market}}",
  """
On the 12th, Tesla Company CEO Elon Musk through video connection way attended the World Artificial Intelligence Conference opening ceremony held in Shanghai. Musk in the speech said, {{China in the artificial intelligence field will have very strong capability}}, he believes {{Chinese engineers are very smart and very hard-working}}.

When talking about new energy automobile, Musk expressed: "{{Chinese car enterprises are the most competitive in the world, they have very fast speed of iteration.}}"

Musk also said, Tesla's humanoid robot Optimus next year will start small batch production.

It is understood, this is the third time of Musk attending WAIC through video way. Reporter observed on site, many audience lifted mobile phones to shoot the big screen.
""",
  "machine-translated English from Chinese; colon headline carrying claim; Optimus remark not gold")

A(15, "other",
  "The China Tech Brief: Xiaomi's new SUV, DeepSeek's next model, and Musk's Starship update",
  """
Good morning. Here's what you need to know in China tech today.

1. Xiaomi says its YU7 SUV received 240,000 firm orders in 18 hours, more than the company expected. Founder Lei Jun said production would be expanded at its Beijing plant.

2. DeepSeek is preparing to release its next reasoning model before the Lunar New Year, according to two people familiar with the matter.

3. Elon Musk, who met Chinese Vice Premier Ding Xuexiang in Beijing last month, said on Monday that Starship's next flight would carry "real Starlink satellites for the first time." The rocket is scheduled to launch from Texas next week.

4. BYD shrugged off reports that Tesla would cut prices again in China. "We welcome competition from Tesla," a BYD spokesperson said.

That's it for today. Forward this to a friend who needs to know.
""",
  "newsletter: Musk's remark in a China-themed item is about Starship (not gold); meeting Chinese official is an action")

A(16, "wire",
  "CATL founder says he once told Musk that battery costs would halve",
  """
NINGDE, China (Reuters) - Robin Zeng, founder and chairman of Chinese battery giant CATL, said on Thursday that he once told Elon Musk that battery pack prices would halve within five years, a prediction he said had "come true early."

Speaking at a company event in the southeastern city of Ningde, Zeng recalled a 2019 meeting with the Tesla CEO in Shanghai. "I told him, Elon, you are too pessimistic about batteries," Zeng said. "He laughed, but we have proven it."

CATL supplies cells for Tesla cars made in Shanghai and Berlin. Tesla did not immediately respond to a request for comment.

Analysts at Bernstein said in a note that Musk had in the past overstated the difficulty of scaling battery production, pointing to CATL's nearly 40% global market share as evidence.
""",
  "someone else's words with Musk as object (incl. dateline sentence); analysts paraphrasing him critically; not gold")

A(17, "wire",
  "Musk denies Beijing pressured him over Starlink in Taiwan",
  """
WASHINGTON, Sept 9 (Reuters) - Elon Musk on Tuesday denied a newspaper report that Chinese officials had pressed him to keep Starlink out of Taiwan, saying that {{he had never discussed Starlink with anyone in the Chinese government}}.

"{{Nobody in Beijing has ever asked me about Starlink. Not once}}," Musk wrote on X in response to the report, which cited two unnamed people familiar with the matter.

The report, published on Monday, said Chinese officials had raised the issue during Musk's 2023 visit to Beijing.

Taiwan's Ministry of Digital Affairs said separately that it had signed contracts with several non-Starlink satellite providers and was "not dependent on any single company."

SpaceX did not respond to requests for comment.
""",
  "denial: 'denied a report that...' is not gold (not his claim), 'saying that he had never...' and his X quote are gold; Taiwan in relation to China")

A(18, "aggregator_headline",
  "Musk meets Chinese Premier Li Qiang in Beijing - Bloomberg",
  """
Tesla Inc. Chief Executive Officer Elon Musk met Chinese Premier Li Qiang in Beijing on Sunday, according to state broadcaster CCTV, which said Li told Musk that China would continue to open its market to foreign companies.
""",
  "action (met) not statement; the premier's words to Musk not gold")

A(19, "aggregator_headline",
  "Tesla's Musk praises China's engineers, says {{they are the best in the world}} - CNBC",
  """
Elon Musk said on Tuesday that {{the pool of engineering talent in China was deeper than anywhere else}}, speaking by video to an investment conference in Riyadh.
""",
  "two-verb headline: gold is the claim part after 'says' (without ' - CNBC')")

A(20, "short_summary",
  "Analysts say Musk overstates China threat to Tesla margins",
  """
Analysts at Barclays said on Monday that Elon Musk had overstated the threat from Chinese price cuts to Tesla's margins, arguing that the company's software revenue would offset weaker car prices.
""",
  "analysts paraphrasing Musk critically; not his statement")

A(21, "liveblog",
  "Auto Shanghai 2025 live: BYD, Xiaomi and Huawei unveil new models",
  """
11:05 - BYD chairman Wang Chuanfu says the company will launch its megawatt charging network in Europe next year. "Our competitor is not Tesla, it is time," he told reporters.

10:48 - No sign of Tesla on the show floor this year. The company skipped the event for the second year in a row; a spokesperson said it was focusing on its own retail events.

10:30 - Xiaomi's Lei Jun, asked whether he had spoken to Elon Musk recently, said: "I have great respect for Elon. I told him two years ago that Xiaomi would build a car better than the Model Y."

10:12 - Elon Musk, meanwhile, is posting about rockets. "Starship will be fully reusable this year," he wrote on X a few minutes ago.

9:55 - Huawei's Richard Yu takes the stage to unveil the Maextro S800 sedan, priced from 708,000 yuan.

9:30 - Good morning from the National Exhibition and Convention Center in Shanghai, where more than 100 new models are being shown this week.
""",
  "China-themed liveblog: Musk's only quote is about Starship; other executives' words about/to Musk not gold")

A(22, "qa_interview",
  "Q&A: Lumen Auto's founder on price wars, Europe and Elon Musk",
  """
Chen Hao founded Shenzhen-based Lumen Auto in 2018. The company delivered 310,000 cars last year. We spoke with him at the company's headquarters. The conversation has been translated and edited.

Q: Elon Musk has said that Chinese carmakers would demolish most of their rivals without trade barriers. Do you agree?

A: I think Elon is being polite to us. The truth is more complicated. We have strong cost advantages, but building a global brand takes decades.

Q: Have you met him?

A: Once, in 2023, in Shanghai. I told Elon that Chinese companies would soon be making their own autonomous-driving chips. He was very curious about it.

Q: Will Lumen enter the US?

A: Not under the current tariffs. Europe and the Middle East are our priorities.
""",
  "interview with a Chinese executive: interviewer paraphrasing Musk's claim in a question and the executive's account of what he told Musk are not gold")

A(23, "opinion",
  "The Musk-Beijing question, revisited",
  """
Every few months the same argument flares up on X and in Washington: is Elon Musk too close to Beijing? This week it was a Senate hearing on supply chains, where his name came up four times in an hour.

It is worth remembering what Musk has actually said. At the opening of the Shanghai factory in January 2020, he told employees that {{China would become Tesla's biggest market "at some point"}}, and added, "{{I think the future of China is very bright.}}"

He has not changed his tune much since. Asked at a conference in Paris on Tuesday whether Tesla should reduce its exposure to China, the Tesla CEO answered: "{{No. China is a huge market and the Shanghai team is the best we have. Why would we walk away from that?}}"

Critics say that is exactly the problem. A company that builds half its cars in one country cannot afford to offend that country's government. Supporters reply that every carmaker from Volkswagen to Toyota faces the same dilemma, and that Musk is merely franker about it.

Both sides have a point. But the debate would be better served by fewer insinuations and more attention to what the man has said on the record.
""",
  "framing headline over a body that does contain his statements; recalled quotes from 2020 are gold; rhetorical question")

A(24, "x_roundup",
  "What Musk posted this week - and how Chinese social media reacted",
  """
Elon Musk spent much of the week posting about space and artificial intelligence. "The next window for Mars opens at the end of 2026," he wrote on Monday. On Wednesday he claimed that "Grok 4 is the smartest AI in the world by a significant margin."

On Chinese social media, the posts were shared widely. A Weibo hashtag about Musk's Mars plans was viewed 180 million times, with many users joking that China's Tianwen-3 mission would get there first.

Hu Xijin, the former editor of the state-backed Global Times, wrote on X: "@elonmusk Mars is far away. China's EV makers are close by. Focus on your cars." Musk did not reply.
""",
  "Musk's posts are about Mars and AI; China remarks are by Weibo users and Hu Xijin (@-mentioning Musk), not gold")

A(25, "earnings_call",
  "Tesla Q4 2024 earnings call (excerpt)",
  """
Travis Axelrod: Our next question from retail shareholders via Say: Will Tesla be affected by tariffs on Chinese components?
Elon Musk: {{We've been working to reduce our dependence on Chinese parts for US-built cars for a while now, so the impact of tariffs on Chinese components will be manageable.}} {{But I want to be clear, Chinese suppliers are very good, and for some cells there simply isn't an alternative today.}}
Vaibhav Taneja: Just to add to that, the tariff impact in the quarter was roughly $300 million, mostly in the energy business.
Elon Musk: And on the Semi, we'll be in volume production in Nevada late next year.
Travis Axelrod: Thank you. The next question comes from Colin Rusch with Oppenheimer.
Colin Rusch: Thanks, guys. Elon, can you talk about energy storage demand in China?
Elon Musk: {{The Megafactory in Shanghai is ramping really well. Demand there for Megapacks is strong, especially from Chinese utilities.}}
""",
  kind="label", hard="labelled earnings-call excerpt; tariffs on Chinese components gold; CFO and Semi remarks not gold")
