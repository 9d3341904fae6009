from common import add

# ------------------------------------------------------ aggregator (21-32)

add("aggregator_headline", "article",
"Musk says China's power grid gives it an edge in AI race - Reuters",
'''Elon Musk said on Friday that China's rapid expansion of power generation would give it a major advantage in artificial intelligence, warning that U.S. data centres could hit an electricity wall within two years.''',
["China's power grid gives it an edge in AI race",
 "China's rapid expansion of power generation would give it a major advantage in artificial intelligence"],
"aggregator title with ' - Reuters' suffix (gold without suffix); snippet's US-power warning not gold")

add("aggregator_headline", "article",
"Elon Musk posts chart on Chinese lithium prices, sparking debate - Electrek",
"",
[],
"headline only describes that he posted about a China topic; no claim")

add("aggregator_headline", "article",
"Tesla's Musk praises Chinese engineers, says they 'run circles' around rivals - CNBC",
"",
["they 'run circles' around rivals"],
"two-verb headline: 'praises' is description, the 'says' part is the claim; 'they' = Chinese engineers")

add("aggregator_headline", "article",
"Musk and Beijing: an uneasy partnership enters a new phase - Financial Times",
'''As Tesla's China sales slide and Washington turns up the pressure, the relationship between the billionaire and Chinese leaders faces its sternest test yet.''',
[],
"framing headline and journalist analysis, no statement of his")

add("aggregator_headline", "article",
"Elon Musk: Chinese carmakers will 'demolish' rivals without trade barriers - Bloomberg",
"",
["Chinese carmakers will 'demolish' rivals without trade barriers"],
"'Musk:' colon headline carrying a conditional claim; publisher suffix")

add("aggregator_headline", "article",
"Musk lands in Beijing for talks with Premier Li Qiang - South China Morning Post",
'''The Tesla chief executive arrived on a private jet on Sunday afternoon and was driven to the Diaoyutai State Guesthouse, according to people familiar with his schedule.''',
[],
"action only (lands, talks); no claim")

add("aggregator_headline", "article",
"Kimbal Musk says China's food-tech scene is 'years ahead' - Fortune",
"",
[],
"namesake (Kimbal Musk) headline with a China claim")

add("aggregator_headline", "article",
"Musk says BYD is 'very competitive' now, 13 years after laughing at it - Yahoo Finance",
"",
["BYD is 'very competitive' now"],
"Chinese company only (BYD); headline claim mixed with journalist's framing; suffix")

add("aggregator_headline", "article",
"Musk says Starship will fly again in weeks as China tests Long March 10 - Space.com",
"",
[],
"his claim is about Starship; China/Long March in the same headline is the journalist's")

add("aggregator_headline", "article",
"Analysts say Musk overstates Chinese demand for Tesla cars - Reuters",
"",
[],
"analysts' words with Musk as object")

add("aggregator_headline", "article",
"Musk says Tesla has 'no plans' to exit Shanghai - Reuters",
'''Tesla CEO Elon Musk said on Wednesday he had never discussed closing the Shanghai factory with anyone, calling a newspaper report "completely false".''',
["Tesla has 'no plans' to exit Shanghai",
 "he had never discussed closing the Shanghai factory with anyone",
 '''a newspaper report "completely false"'''],
"denial phrased as his claim ('said he had never ...'); 'calling X \"completely false\"' fragment; aggregator suffix")

add("aggregator_headline", "article",
"Tesla's Musk silent as China sales slump for fifth month - Reuters",
"",
[],
"headline about Musk and China with no statement of his")

# --------------------------------------------------- short_summary (33-40)

add("short_summary", "article",
"Musk on mainland EV demand",
'''Elon Musk said on Thursday that demand for electric vehicles on the mainland remained "very strong" despite a bruising price war, and that Tesla would keep its Shanghai plant running at full capacity.''',
['''demand for electric vehicles on the mainland remained "very strong" despite a bruising price war''',
 "Tesla would keep its Shanghai plant running at full capacity"],
"one-sentence RSS summary; 'the mainland' for China; two points joined by 'and that'")

add("short_summary", "article",
"Tesla Shanghai deliveries rise in March",
'''Tesla's Shanghai plant delivered 83,000 cars in March, the carmaker said, as Elon Musk prepares to host the company's first-quarter earnings call next week.''',
[],
"company statement, Musk only mentioned")

add("short_summary", "article",
"Musk's latest post on Shenzhen",
'''The billionaire wrote on X late Tuesday that Shenzhen "moves at a speed the rest of the world can't match", sharing a time-lapse video of a subway line being built in the city.''',
['''Shenzhen "moves at a speed the rest of the world can't match"'''],
"Chinese city only (Shenzhen); 'the billionaire' as name; X post described")

add("short_summary", "article",
"Maye Musk in Shanghai",
'''Maye Musk, the model and mother of Elon Musk, told a Shanghai fashion forum on Saturday that China had "always treated me like family" and that she planned to publish a Chinese edition of her memoir.''',
[],
"namesake (Maye Musk) making a China statement")

add("short_summary", "article",
"Musk slams Beijing's graphite curbs",
'''Elon Musk, in a post late Sunday, called Beijing's new export controls on graphite "a serious problem for the whole industry", saying battery makers outside China had "maybe 18 months" to find alternatives.''',
['''Beijing's new export controls on graphite "a serious problem for the whole industry"''',
 '''battery makers outside China had "maybe 18 months" to find alternatives'''],
"Chinese export controls; 'called X \"...\"' fragment plus 'saying' clause; headline only describes")

add("short_summary", "article",
"Musk sets June date for Austin robotaxi launch",
'''Elon Musk said Tesla's robotaxi service would launch in Austin in June, as shares of the carmaker's Hong Kong-listed Chinese suppliers rallied.''',
[],
"his claim is about a US product date; China only in the journalist's clause")

add("short_summary", "article",
"Musk: Chinese firms 'most competitive in the world'",
'''Tesla CEO Elon Musk said Chinese companies were "the most competitive in the world". He made the remarks during a call with analysts on Wednesday.''',
["Chinese firms 'most competitive in the world'",
 '''Chinese companies were "the most competitive in the world"'''],
"two-sentence summary; 'Musk:' colon headline")

add("short_summary", "article",
"BYD overtakes Tesla",
'''China's BYD overtook Tesla in annual battery-electric vehicle sales for the first time, a milestone that comes 13 years after Elon Musk laughed at the Chinese company's cars in a television interview.''',
[],
"something he did (laughed) years ago, not a statement")

# -------------------------------------------------------- liveblog (41-47)

add("liveblog", "article",
"Tesla annual meeting live: Musk on robots, China and pay",
'''Latest updates

4:52 pm CT - That's a wrap. Musk left the stage to music after roughly 90 minutes. We'll have full analysis shortly.

4:31 pm CT - Asked by a shareholder about competition in China, Musk said Chinese EV makers were "by far" the strongest competitors Tesla faces. "If I had to bet on who's number two after Tesla, it'll be a Chinese company," he said.

4:18 pm CT - Musk says the Optimus V3 prototype will be unveiled "probably in the first quarter". He walked two robots onto the stage, one of which waved at the crowd.

4:05 pm CT - Vote results: the pay package passed with about 75% support, according to preliminary tallies.

3:47 pm CT - Musk opens by thanking shareholders. "We've got a lot to cover, so let's get going," he says.''',
['''Chinese EV makers were "by far" the strongest competitors Tesla faces''',
 "If I had to bet on who's number two after Tesla, it'll be a Chinese company"],
"liveblog; China entry among non-China entries (Optimus date, greeting)")

add("liveblog", "article",
"Live: Tesla Q2 results - Musk on Optimus, robotaxi",
'''5:58 pm ET - Call ends. Shares are down 4% after hours.

5:44 pm ET - CFO Vaibhav Taneja says pricing in China "remains very competitive" and that Tesla offered zero-interest financing there for most of the quarter.

5:36 pm ET - Musk: "We'll have Optimus doing useful work in our factories by the end of the year. Thousands of them, hopefully." He says the robot is "the biggest product of all time".

5:21 pm ET - Musk says robotaxi service in Austin has had "no significant incidents" and will expand to the Bay Area next.

5:10 pm ET - Bernstein's analyst on our live chat: "Nobody on this call wants to talk about China and that tells you everything."

5:02 pm ET - Call starts. Musk, Taneja and head of IR Travis Axelrod on the line.''',
[],
"China discussed only by CFO and an analyst; Musk's entries are Optimus and robotaxi")

add("liveblog", "article",
"Live: Musk in Beijing - as it happened",
'''18:40 - Musk's motorcade has left the hotel for the airport. That concludes a visit of just under 30 hours.

16:15 - Tesla's shares are up 6% in premarket trading in New York on hopes the trip will unlock approval for Full Self-Driving in China.

14:05 - Speaking briefly to reporters outside his hotel, Musk said the meetings with Chinese officials had been "very productive". He said Chinese authorities had been "extremely supportive" of Tesla for a decade. "They've always kept their word with us," he added.

11:20 - State news agency Xinhua reports that a vice premier told Musk China welcomed Tesla "to continue to deepen its presence" in the country.

09:15 - Musk has landed at Beijing Capital International Airport, according to flight-tracking data. He posted a photo from the plane window without comment.''',
['''the meetings with Chinese officials had been "very productive"''',
 '''Chinese authorities had been "extremely supportive" of Tesla for a decade''',
 "They've always kept their word with us"],
"'he added' continuation with 'they' referring back to Chinese authorities; vice premier's words and his actions not gold")

add("liveblog", "article",
"Xiaomi SU7 launch live: prices, specs and a nod to Tesla",
'''21:05 - Orders: Xiaomi says it received 88,000 locked-in orders within 30 minutes.

20:48 - Lei Jun says Elon Musk phoned him last week and told him the SU7 "looked great". "Elon is a hero to me, but we will compete hard," Lei says. Tesla has not confirmed the call.

20:30 - The base SU7 comes in at 215,900 yuan, undercutting the Model 3 by about 30,000 yuan.

20:12 - Lei Jun takes the stage in Beijing to loud applause.''',
[],
"Lei Jun reporting what Musk supposedly told him - other person's words, not gold")

add("liveblog", "article",
"Markets live: tariff day hits autos, yuan slips",
'''11:40 - The offshore yuan has weakened past 7.30 per dollar for the first time since February.

10:12 - Elon Musk has weighed in on the tariff announcement. In a post on X, he wrote that tariffs on Chinese batteries would "raise costs for every American who buys an EV, including Tesla buyers".

Separately, General Motors' finance chief told a conference the tariffs on Chinese batteries were "manageable" for the company and that GM had been shifting sourcing to Korea for two years.

09:45 - Auto stocks open lower. Ford down 3%, GM down 2.5%, Tesla down 1.8%.''',
['''tariffs on Chinese batteries would "raise costs for every American who buys an EV, including Tesla buyers"'''],
"X post described in reported speech; another executive on the same topic in the next paragraph not gold")

add("liveblog", "article",
"Starship Flight 9 live updates",
'''8:47 am CT - Musk on X: "Starship reached orbital velocity! Great work by the SpaceX team. Next flight in about 6 weeks."

8:40 am CT - Chinese state broadcaster CCTV carries the launch live on its science channel, a first. Commentators note that China's own reusable Long March variant is still two years from flight.

8:31 am CT - Liftoff from Starbase, Texas.

8:10 am CT - Musk says on the SpaceX stream that weather is "looking good" and odds of launch today are "maybe 80%".''',
[],
"Musk's remarks are all about Starship; China content is the journalist's/CCTV's")

add("liveblog", "article",
"WAIC 2025 live: Musk joins Shanghai AI conference by video",
'''11:15 - Baidu's chief technology officer, speaking after Musk, says Chinese open-source models have "closed the gap" with U.S. labs.

11:10 - Musk says the next Grok model will be released "by the end of the year" and will be "the smartest AI on Earth by a lot".

11:02 - Musk, appearing by video link from Texas, said China would "probably" have the most AI compute capacity in the world within three years. "Who else is building power plants at that rate? Nobody," he said.

10:55 - The session opens with a video from the Shanghai municipal government.''',
['''China would "probably" have the most AI compute capacity in the world within three years''',
 "Who else is building power plants at that rate? Nobody"],
"rhetorical question of his pointing back to China; Grok remark at a Shanghai conference not gold; Baidu CTO on same topic not gold")
