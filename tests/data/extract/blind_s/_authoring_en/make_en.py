"""Generate /work/blind/S/en.jsonl: 100 English blind test documents (Musk on China)."""
import json
import random

DOCS = []


def add(genre, kind, title, text, gold, hard, guests=None):
    DOCS.append(dict(lang="en", genre=genre, kind=kind, title=title,
                     text=text.strip("\n"), guests=guests or [], gold=gold,
                     hard_case=hard))


def add_vtt(title, cues, gold, hard):
    parts = ["WEBVTT", ""]
    t = 1.0
    for spk, txt in cues:
        dur = max(3.0, min(12.0, len(txt) / 14.0))
        a, b = t, t + dur

        def ts(x):
            h = int(x // 3600); m = int(x % 3600 // 60); s = x % 60
            return f"{h:02d}:{m:02d}:{s:06.3f}"
        parts.append(f"{ts(a)} --> {ts(b)}")
        parts.append(f"<v {spk}>{txt}")
        parts.append("")
        t = b + 0.2
    vtt = "\n".join(parts) + "\n"
    for g in gold:
        assert any(g in txt for spk, txt in cues), g
    d = dict(lang="en", genre="vtt", kind="vtt", title=title, text="", vtt=vtt,
             guests=[], gold=gold, hard_case=hard)
    DOCS.append(d)


# ===================================================================== WIRE
add("wire", "article",
    "Musk concedes Chinese lidar makers have won on cost, still calls sensor a 'crutch'",
    """
SHANGHAI, March 11 (Reuters) - Tesla Chief Executive Elon Musk, speaking by video link to an automotive technology forum in Shanghai on Tuesday evening after a delay of nearly an hour caused by a failed connection, said Chinese lidar suppliers had driven the price of the sensor down to the cost of a good pair of headphones.

But the billionaire repeated his long-held view that cameras alone are enough for autonomous driving.

"Lidar is a crutch. Humans drive with two eyes and a brain, and so will our cars," Musk said.

Hesai Group and RoboSense, the two biggest Chinese lidar makers, together shipped more than 1.5 million units last year, according to research firm Yole Group. Most of those went to domestic carmakers such as Li Auto and Xiaomi.

Musk also said Tesla's next-generation Roadster would be demonstrated "before the end of the year", a target he has missed several times.

RoboSense shares rose 4% in Hong Kong on Wednesday morning. A Hesai spokesperson declined to comment.
""",
    ["Chinese lidar makers have won on cost",
     "Chinese lidar suppliers had driven the price of the sensor down to the cost of a good pair of headphones"],
    "long apposition and time phrase between 'Musk' and 'said'; his lidar-is-a-crutch quote and Roadster date in a China story are not gold")

add("wire", "article",
    "Chinese battery founder says he told Musk sodium-ion would beat LFP on cost",
    """
NINGDE, China, June 4 (Reuters) - Lin Zhaowei, founder of Fujian-based battery maker Haichen Power, said on Wednesday he once told Elon Musk that sodium-ion cells would be cheaper than lithium iron phosphate "within three winters", and that the Tesla boss had not believed him.

"He was polite, but I could see he thought I was dreaming," Lin told reporters at the company's plant in Ningde, the city that is also home to CATL.

"So this year we sent him the numbers," he added.

Tesla did not respond to a request for comment.

Lin said Haichen would begin shipping sodium-ion packs to two European carmakers in the second half of the year, and was considering a Hong Kong listing to fund a second factory. Analysts at Bernstein said the company's claims about energy density were difficult to verify independently.
""",
    [],
    "dateline sentence in which a Chinese founder says he once told Musk something; Musk is only the object of another person's words")

add("wire", "article",
    "Tesla to keep China prices steady for now, Musk says",
    """
BEIJING/SAN FRANCISCO, Jan 29 (Reuters) - Tesla has no plans to cut prices in China again this quarter, Chief Executive Elon Musk said on Wednesday, even as BYD and Xiaomi slashed sticker prices on competing models.

"We've done enough price cuts in China. At some point you're just lighting money on fire, and the Chinese market will punish anyone who does that for too long," Musk told analysts on a conference call.

"The competition there is brutal. Honestly, it's the most competitive car market on Earth," he added.

Tesla's sales of China-made vehicles fell 9% year on year in the first two months, according to the China Passenger Car Association. The Shanghai plant, the company's largest by output, also exports to Europe and the Asia-Pacific region.

Rivals have shown less restraint. BYD cut the price of its Seal sedan by 12% earlier this month, and Xiaomi offered zero-interest financing on its YU7 SUV.
""",
    ["Tesla to keep China prices steady for now",
     "Tesla has no plans to cut prices in China again this quarter",
     "We've done enough price cuts in China. At some point you're just lighting money on fire, and the Chinese market will punish anyone who does that for too long",
     "The competition there is brutal. Honestly, it's the most competitive car market on Earth"],
    "headline 'X, Musk says'; reported clause before the attribution; 'he added' continuation where 'there' means China")

add("wire", "article",
    "Musk's ties to Beijing draw fresh scrutiny in Washington",
    """
WASHINGTON, Feb 17 (Reuters) - A bipartisan group of U.S. lawmakers on Monday asked the Commerce Department to review Tesla's reliance on Chinese battery suppliers, citing Elon Musk's extensive business interests in China.

"Mr. Musk cannot be a government adviser on Monday and Beijing's favourite foreign CEO on Tuesday," Representative Dana Whitfield, a Republican from Ohio, said in a statement.

Musk has visited China several times in recent years and met Premier Li Qiang in Beijing last April. Tesla's Shanghai factory produced roughly half of the company's global deliveries last year, and the carmaker buys lithium iron phosphate cells from CATL for some vehicles and for its Megapack storage product.

Tesla did not respond to a request for comment. Musk, who posted more than 100 times on X on Monday, wrote mostly about the upcoming Starship flight test and did not address the letter.
""",
    [],
    "journalist's description of his visits and meetings plus a lawmaker's quote about him; his own posts that day were not about China")

add("wire", "article",
    "Musk rejects report on Tesla lobbying in Beijing",
    """
SHANGHAI, Oct 10 (Reuters) - Elon Musk on Friday rejected a newspaper report that Tesla had lobbied Chinese officials for special treatment under the country's data-security rules, writing on X that the company "never asked Beijing for any favor, not once".

The Financial Times had reported that Tesla executives met officials at the Cyberspace Administration of China three times last year to discuss how data from its cars could be used to train driver-assistance software.

Musk said he had never discussed Tesla's data practices with Chinese security officials. In a follow-up post he argued that Tesla had complied with the same rules as every other carmaker operating in the country.

The dispute echoes an episode in 2021, when Chinese authorities barred Tesla vehicles from some military compounds. At the time, Musk told a forum hosted by the China Development Research Foundation: "If Tesla used cars to spy in China or anywhere, we will get shut down."

The CAC did not respond to a faxed request for comment.
""",
    ["never asked Beijing for any favor, not once",
     "he had never discussed Tesla's data practices with Chinese security officials",
     "Tesla had complied with the same rules as every other carmaker operating in the country",
     "If Tesla used cars to spy in China or anywhere, we will get shut down."],
    "headline describes a rejection without his claim (not gold); 'said he had never ...' is gold; a recalled 2021 quote is gold")

add("wire", "article",
    "Kimbal Musk says Chinese vertical farms are 'a decade ahead'",
    """
HONG KONG, Nov 5 (Reuters) - Kimbal Musk, the restaurateur and Tesla board member who is the younger brother of Elon Musk, said on Wednesday that Chinese indoor-farming companies were "a decade ahead" of their U.S. counterparts in automation.

Speaking at an agri-tech summit in Hong Kong, Kimbal Musk said he had toured facilities in Chengdu and Suzhou last year. "They grow lettuce the way Tesla builds cars," he said.

Asked whether his brother shared his view of China, he laughed. "You'd have to ask Elon. We talk about food more than geopolitics."

Several Chinese vertical-farming start-ups have filed for listings on the Hong Kong stock exchange this year.
""",
    [],
    "Kimbal Musk (not the watched speaker) on China; Elon appears only as his brother")

add("wire", "article",
    "Musk says U.S. shipbuilding 'cannot catch China' without robots",
    """
AUSTIN, Texas, June 13 (Reuters) - Elon Musk, addressing shareholders gathered under a white tent at Tesla's sprawling Gigafactory on the eastern edge of Austin on Thursday afternoon, said the United States had "basically forgotten how to build ships" while Chinese shipyards turned out vessels at a pace America could not match.

"China has something like two hundred times our shipbuilding capacity. You can't close that gap with welders alone. You need robots," Musk said, gesturing at a row of Optimus humanoid robots on stage.

He said Optimus production would begin "in a few months" at the Fremont plant in California, without giving a date.

China State Shipbuilding Corp and other Chinese yards won more than half of global new orders by tonnage last year, according to Clarksons Research. The Trump administration has proposed port fees on Chinese-built ships to revive domestic shipbuilding.

Tesla shareholders approved all board-backed proposals at the meeting.
""",
    ["U.S. shipbuilding 'cannot catch China' without robots",
     "the United States had \"basically forgotten how to build ships\" while Chinese shipyards turned out vessels at a pace America could not match",
     "China has something like two hundred times our shipbuilding capacity. You can't close that gap with welders alone. You need robots"],
    "long locative phrase between name and verb; Optimus production timing in the same story is not gold")

add("wire", "article",
    "Analysts say Musk overstates China's robotaxi lag",
    """
SHANGHAI, Aug 20 (Reuters) - Chinese robotaxi operators are closer to Tesla than its chief executive suggests, analysts said on Wednesday, after Baidu's Apollo Go reported 1.4 million fully driverless rides in the second quarter.

"Musk likes to say the Chinese are years behind on autonomy. The ride numbers tell a different story," said Kelvin Tsang, an auto analyst at a brokerage in Hong Kong.

Pony.ai and WeRide have also expanded their fleets in Guangzhou and Shenzhen this year. Tesla has not launched a paid robotaxi service in China, where it still awaits approval to deploy its Full Self-Driving software broadly.

Baidu shares rose 2.3% in Hong Kong.
""",
    [],
    "an analyst paraphrases Musk's view critically inside the analyst's own quote; not his statement")

add("wire", "article",
    "Musk warns Chinese magnet curbs could slow Optimus output",
    """
(Reuters) - Tesla's Optimus humanoid robot program could be delayed if China keeps restricting exports of rare-earth magnets, Elon Musk said on Wednesday, in the clearest sign yet that Beijing's export controls are reaching the carmaker's newest products.

"We're trying to get an export license for the magnets. China wants assurances that they're not used for military purposes, which obviously they're not. They're just going into a humanoid robot," Musk said on the company's quarterly earnings call.

If Chinese licenses do not come through by the summer, Tesla might have to redesign the robot's actuators to use fewer rare earths, he said.

China's Ministry of Commerce imposed licensing requirements on seven rare-earth elements and related magnets in April, in retaliation for U.S. tariffs. The world's second-largest economy accounts for about 90% of global rare-earth magnet output.

Musk also said the company expected to begin limited production of a cheaper vehicle in the first half, and that its robotaxi service in Austin would cover a larger area "within weeks".

Industry executives say the licensing process has slowed shipments of magnets to automakers in Europe and the United States, with some suppliers halting production lines.
""",
    ["Chinese magnet curbs could slow Optimus output",
     "Tesla's Optimus humanoid robot program could be delayed if China keeps restricting exports of rare-earth magnets",
     "We're trying to get an export license for the magnets. China wants assurances that they're not used for military purposes, which obviously they're not. They're just going into a humanoid robot",
     "If Chinese licenses do not come through by the summer, Tesla might have to redesign the robot's actuators to use fewer rare earths"],
    "conditional claims about Chinese export controls, attribution after the clause; cheaper-model and Austin robotaxi remarks are not gold")

add("wire", "article",
    "BYD's Hungarian plant starts trial output as Europe sales slide for Tesla",
    """
SZEGED, Hungary, Oct 6 (Reuters) - BYD began trial production at its first European passenger-car plant in Szeged on Monday, a milestone for the Chinese carmaker's push into the European Union despite tariffs imposed by Brussels on China-made electric vehicles.

A Hungarian government minister attended the ceremony, calling the plant "proof that East and West can build together".

The plant will initially assemble the Dolphin Surf compact and later the Atto 2 SUV, a BYD Europe executive told reporters. "Europe is not a test market for us. It is a home market," he said.

Tesla, BYD's main rival in Europe, has seen registrations slide across the region this year. Asked about the slump at an event in Los Angeles on Monday, Elon Musk did not mention BYD. "European demand will come back when people see what FSD can do," he said. "They've been slow to approve it, but they'll get there," he added, referring to European regulators.
""",
    [],
    "article about a Chinese carmaker; Musk's remarks concern Europe and FSD, and his 'they' refers to European regulators")

add("wire", "article",
    "Taipei rebukes Musk after he says chip supply 'too concentrated' near China",
    """
TAIPEI, May 14 (Reuters) - Taiwan's economy ministry on Wednesday criticised remarks by Elon Musk, who told an investment conference in Riyadh that the world's advanced chip supply was "dangerously concentrated within missile range of the mainland".

"Taiwan's semiconductor industry is a force for stability, not a risk," the ministry said in a statement.

Musk, who was speaking on a panel alongside Saudi investment officials, said he hoped tensions between Beijing and Taipei would be resolved peacefully, but that companies should plan for "a scenario where the Taiwan Strait is closed for a year".

He also said Tesla's AI5 chip would be produced at both TSMC's Arizona plant and Samsung's facility in Texas.

China claims democratically governed Taiwan as its own territory and has stepped up military drills around the island. Taiwan Semiconductor Manufacturing Co makes more than 90% of the world's most advanced processors.

Taiwan's presidential office declined to comment further.
""",
    ["chip supply 'too concentrated' near China",
     "the world's advanced chip supply was \"dangerously concentrated within missile range of the mainland\"",
     "he hoped tensions between Beijing and Taipei would be resolved peacefully",
     "companies should plan for \"a scenario where the Taiwan Strait is closed for a year\""],
    "Taiwan in relation to China ('the mainland'); his claim sits inside a headline about someone else's rebuke; AI5 chip sourcing is not gold")

add("wire", "article",
    "Musk posts about Chinese steel as U.S. mills seek new duties",
    """
PITTSBURGH, Sept 23 (Reuters) - U.S. steelmakers on Tuesday filed anti-dumping petitions against imports of corrosion-resistant steel from Vietnam and Malaysia, alleging that Chinese-owned mills in those countries were selling below cost.

"This is Chinese overcapacity wearing a different flag," said the chief executive of one of the petitioning companies.

The filing came a day after Elon Musk shared a chart on X showing China's crude steel output dwarfing that of the rest of the world, without adding any comment of his own. The post was viewed more than 40 million times.

The Commerce Department has 20 days to decide whether to open an investigation.
""",
    [],
    "headline only says he posted; he shared a chart without comment (an act, not a statement)")

# ================================================================= LIVEBLOG
add("liveblog", "article",
    "Tesla annual meeting live: Musk on Optimus, China and his pay",
    """
4:42 p.m. CT
And we're off. Musk walks on stage to thumping music, flanked by two Optimus robots that attempt a rather stiff dance.

4:51 p.m.
Musk opens with robots, as expected. "Optimus will be the biggest product of all time, bigger than the car, bigger than the phone," he says.

4:58 p.m.
First shareholder question is on China. Musk says Chinese competitors are "extremely good" and that BYD is "the strongest competitor we have, by far".

5:03 p.m.
He adds that the Shanghai team is "the most productive we have anywhere; they basically never sleep". Some laughter in the room.

5:06 p.m.
Our colleague in Shanghai notes that Tesla China has not yet commented on October delivery numbers.

5:10 p.m.
Vote results are in: the pay package passed with about 75% support, according to preliminary figures.

5:14 p.m.
Musk is asked about the robotaxi service. "We'll be in ten more cities by the end of the year," he says. Past form suggests treating that with caution.

5:20 p.m.
That's it from us. Thanks for following along.
""",
    ["Chinese competitors are \"extremely good\"",
     "BYD is \"the strongest competitor we have, by far\"",
     "the Shanghai team is \"the most productive we have anywhere; they basically never sleep\""],
    "liveblog with mixed topics; Optimus and robotaxi claims are not gold")

add("liveblog", "article",
    "Auto Shanghai live: Xiaomi, BYD and Huawei unveil new models",
    """
09:15
Xiaomi's founder is on stage. "We benchmarked every single component against the Model Y," he says, drawing laughter from a crowd of several thousand.

09:40
Worth noting: Tesla has no booth at this year's show, for the second edition in a row. A company spokesperson said it would focus on its own showrooms.

10:05
XPeng's chief executive tells a small group of reporters that he met Elon Musk in Austin last year and that "he asked me a lot of questions about our chips". He would not say what the Tesla CEO made of the answers.

10:30
Huawei's HIMA alliance shows off a six-seat SUV that it says can drive itself on city roads from parking spot to parking spot.

11:00
Our take so far: the Chinese brands are no longer chasing Tesla on hardware. The question is who wins on software.
""",
    [],
    "Chinese executives talking about Musk; the liveblog's own analysis; no words of Musk")

add("liveblog", "article",
    "Live: Musk hosts X Spaces on AI, energy and trade",
    """
21:02 ET
The Space has started, with roughly 400,000 listeners tuned in.

21:06
Musk opens with Grok. "It's going to be the smartest AI on Earth by a lot," he says of the next version.

21:14
Asked about solar panels, Musk says most of the world's panels now come from Chinese factories. "Frankly, they out-build everyone on solar. Nobody else is even close," he says.

21:19
He turns to the U.S. grid: "The U.S. grid needs to roughly double by 2040 or we're in trouble."

21:25
On trade, Musk argues that tariffs on Chinese solar cells "just make Americans pay more for electricity".

21:31
A listener asks about NASA's budget. "They've been great partners, but they need to move faster," Musk says of the agency.

21:40
The Space ends abruptly after a technical glitch. We'll post a full summary shortly.
""",
    ["most of the world's panels now come from Chinese factories",
     "Frankly, they out-build everyone on solar. Nobody else is even close",
     "tariffs on Chinese solar cells \"just make Americans pay more for electricity\""],
    "'they' = Chinese factories (gold) vs 'they' = NASA (not gold); Grok and US grid remarks not gold")

add("liveblog", "article",
    "Starship Flight 11 live updates: booster catch, ship splashdown",
    """
18:23 CT - Liftoff! All 33 Raptor engines lit on the Super Heavy booster.

18:26 - The booster is heading back to the tower. Musk on X: "Tower catch looks clean."

18:31 - Commentators on a Chinese state TV stream note that the Long March 10 is due to fly next year and is also designed for partial reuse. A spokesperson for the Chinese state rocket maker said earlier this week China would "close the gap quickly".

18:40 - Asked by a reporter at Starbase whether China could beat SpaceX to full reusability, Musk did not answer and instead posted a photo of the booster in the chopsticks.

18:52 - Ship splashdown confirmed in the Indian Ocean. "They turned the license around in record time, thank you," Musk writes, tagging the FAA.

19:05 - That's a wrap for tonight.
""",
    [],
    "China raised by others and in a question he did not answer; his posts about the tower catch and the FAA ('They') are not about China")

add("liveblog", "article",
    "Trade war live: Beijing hits back with 34% tariffs; Musk weighs in",
    """
08:10 GMT
China's commerce ministry says it will impose an additional 34% tariff on all goods imported from the United States from April 10, matching Washington's latest move.

08:45
Markets: the Hang Seng is down more than 3% and U.S. futures are pointing sharply lower.

09:20
Elon Musk has weighed in on X. Replying to a post about Beijing's retaliation, the billionaire wrote: "Tariffs on tariffs on tariffs. Nobody wins this. China will simply sell more to everyone else."

09:35
Economists at a Japanese bank say the tit-for-tat could shave a full percentage point off Chinese growth this year.

10:02
Musk again, in a follow-up post: "To be clear, Tesla's cars for the US are made in the US. Shanghai builds for China and Asia."

10:30
The EU says it is "closely monitoring" the situation and urges both sides to negotiate.
""",
    ["Tariffs on tariffs on tariffs. Nobody wins this. China will simply sell more to everyone else.",
     "To be clear, Tesla's cars for the US are made in the US. Shanghai builds for China and Asia."],
    "plain positive: X posts quoted in a trade-war liveblog (Chinese tariffs, Shanghai plant)")

add("liveblog", "article",
    "Qatar Economic Forum live: Musk, Chinese officials and the AI race",
    """
14:00 local
A Chinese vice minister of industry opens the AI session by saying China will "share its open-source models with the Global South".

14:20
Elon Musk joins by video link from Texas. He says the limiting factor for AI is now electricity. "In the U.S., we need to build a lot more power plants and a lot more transformers. The grid is the bottleneck," he says.

14:26
Musk on xAI's next data centre in Memphis: "A million GPUs, eventually. That's the goal."

14:31
The moderator asks Musk whether China is ahead in AI, but the video link drops before he can answer. Organisers say they are trying to reconnect.

14:45
The link is not restored. A Qatari official jokes that "even Elon cannot beat the hotel Wi-Fi".
""",
    [],
    "China-framed session; his remarks are about US power and xAI; the China question went unanswered")

# ============================================================ QA_INTERVIEW
add("qa_interview", "article",
    "'They work at a different level': Musk on China, robots and rockets",
    """
The following is an edited transcript of a conversation with Elon Musk at Tesla's factory in Austin. Questions and answers have been condensed for clarity.

Q: Chinese carmakers now sell more electric vehicles abroad than Tesla does. How worried are you?

A (Musk): They work at a different level. The Chinese companies are the most competitive in the world, and if there are no trade barriers they will demolish most other car companies. That's just the reality.

Q: When does Starship carry its first crew?

A (Musk): Maybe in two years. I'm often wrong on timing, as you know.

Q: Your critics say you're too close to Beijing.

A (Musk): I have good relations with many governments. In China, I've met with officials because we have a big factory there, and that's the job. It doesn't mean I agree with everything they do.

Q: Last one: Optimus in people's homes?

A (Musk): Late next year, hopefully. Maybe the year after.
""",
    ["They work at a different level. The Chinese companies are the most competitive in the world, and if there are no trade barriers they will demolish most other car companies. That's just the reality.",
     "In China, I've met with officials because we have a big factory there, and that's the job. It doesn't mean I agree with everything they do."],
    "Q / A (Musk) format; interviewer's China questions are not gold; 'They' refers to Chinese carmakers named in the question; Starship and Optimus answers not gold")

add("qa_interview", "article",
    "Q&A: The founder of a Hangzhou humanoid start-up on prices, hands and Elon Musk",
    """
Zhou Yifan, 34, founded Kaiwu Robotics in Hangzhou in 2021. Its K2 humanoid sells for about 99,000 yuan. We spoke on the company's test floor.

Q: Musk has said Chinese companies will be Optimus's toughest competitors. Do you take that as a compliment?

A: Of course. But we don't build robots to impress Elon. We build them for factories in Jiangsu that cannot hire enough workers.

Q: How do you keep costs so low?

A: Ninety percent of our supply chain is within two hours' drive. That is the real Chinese advantage, not cheap labour.

Q: Will you list in Hong Kong?

A: Maybe next year. The market is open again, and investors understand robots now.

Q: Have you met Musk?

A: Once, briefly, at a conference in Shanghai. He was interested in our hands. Everybody is interested in the hands.
""",
    [],
    "interviewer's question paraphrasing Musk on Chinese competitors is not gold; the interviewee's words about Musk")

add("qa_interview", "article",
    "Elon Musk interview: 'Why would China need to steal our code?'",
    """
Sitting in a windowless conference room at X's offices in Palo Alto, a can of caffeine-free Diet Coke in hand, Elon Musk was in a combative mood.

Asked about reports that Chinese electric-vehicle makers had reverse-engineered Tesla's driver-assistance software, he laughed. "Why would China need to steal our code? They're faster than us at shipping features," he said. "When people say 'the Chinese just copy', I tell them to go spend a week in Hefei."

Was he worried about being seen as too friendly to Beijing? "Sure, and I'm also secretly a Chinese agent, according to half the internet," he said, rolling his eyes.

The conversation moved on. He talked at length about X's finances, which he insisted were "fine, better than fine", and about Grok, which he predicted would "pass any exam a human can pass by the end of next year".

Of his children, he said only: "They think I'm bad at video games. They're right."
""",
    ["Why would China need to steal our code? They're faster than us at shipping features",
     "When people say 'the Chinese just copy', I tell them to go spend a week in Hefei.",
     "Sure, and I'm also secretly a Chinese agent, according to half the internet"],
    "rhetorical question, nested quote and sarcasm about China; X finances, Grok and his children ('They') are not gold")

add("qa_interview", "article",
    "Maye Musk on her Shanghai book tour: 'China feels like a second home'",
    """
Maye Musk, the model, dietitian and mother of Elon Musk, has visited China more than a dozen times since her memoir was translated into Chinese. We caught up with her between signings in Shanghai.

Q: Why does China keep bringing you back?

A: The readers! Young women here ask me the best questions about ageing, about work. China feels like a second home now.

Q: You post a lot about Chinese food on social media.

A: I'm a dietitian, I can't help it. The vegetables in the markets here are wonderful.

Q: Does Elon share your enthusiasm for the country?

A: You'd have to ask him. He's always busy with his rockets.
""",
    [],
    "Maye Musk, not the watched speaker, talking about China; a question mentions Elon but there is no statement of his")

add("qa_interview", "article",
    "Musk: Chinese students 'should be welcome' at US universities",
    """
In a brief exchange with The Campus Ledger after a talk on Thursday, Elon Musk answered a few questions from our reporter. The exchange has been lightly edited.

THE CAMPUS LEDGER: The administration wants to revoke visas for some Chinese students. What's your view?

MUSK: I think most Chinese students here are just smart kids who want to learn. They should be welcome. If someone's doing espionage, deal with that person, not everyone.

THE CAMPUS LEDGER: Would you hire them?

MUSK: We already do. Some of our best engineers at Tesla came here from China.

THE CAMPUS LEDGER: What's next for Neuralink?

MUSK: Blindsight. Hopefully the first human implant next year.
""",
    ["Chinese students 'should be welcome' at US universities",
     "I think most Chinese students here are just smart kids who want to learn. They should be welcome. If someone's doing espionage, deal with that person, not everyone.",
     "We already do. Some of our best engineers at Tesla came here from China."],
    "Chinese students in the US; upper-case speaker names inside a prose Q&A; 'We already do' answers a question about hiring Chinese students; Neuralink not gold")

add("qa_interview", "article",
    "Q&A: Musk on Starlink, spectrum and why he won't talk about Beijing",
    """
Elon Musk spoke to us for twenty minutes by phone on Saturday. Excerpts:

Q: Starlink still isn't licensed in China. Will it ever be?

Musk declined to answer the question.

Q: Let's talk spectrum. Why buy more?

A: Because direct-to-cell needs it. By the end of next year your phone will connect to Starlink almost anywhere on Earth, including the middle of the Pacific.

Q: Chinese constellations like Qianfan are launching fast. Is that a threat?

Musk again declined to comment.

Q: How many satellites by 2027?

A: Probably fifteen thousand, give or take.
""",
    [],
    "headline and questions about China, but he declined; his answers are only about spectrum and satellite counts")

add("qa_interview", "article",
    "Ten questions for Elon Musk on the Semi, Chinese batteries and Mars",
    """
We sent Elon Musk ten questions. He answered five of them in writing; his replies are printed in full.

1. Where do the Semi's cells come from?
"The cells are ours, made in Nevada. But honestly, CATL makes great cells, and we buy a lot from them for Megapack."

2. Do tariffs on Chinese cells hurt?
"They do. The tariff on Chinese LFP cells adds real cost to every Megapack, and there's no US supplier at scale yet."

3. How many Semis next year?
"Thousands. Not tens of thousands yet."

4. When do humans land on Mars?
"2029 if we're lucky, 2031 if we're not."

5. Is Starship safe enough?
"It will be, after a lot more flights."

The remaining answers, on Neuralink and X, will appear in tomorrow's edition.
""",
    ["But honestly, CATL makes great cells, and we buy a lot from them for Megapack.",
     "They do. The tariff on Chinese LFP cells adds real cost to every Megapack, and there's no US supplier at scale yet."],
    "numbered written Q&A with unattributed answer quotes; CATL and tariff answers gold, Nevada cells, Semi and Mars answers not")

# ================================================================= OPINION
add("opinion", "article",
    "Musk and China: the debate goes on",
    """
Few relationships in global business are as scrutinised, or as misunderstood, as the one between Elon Musk and China.

Musk has long courted Beijing. He has met three premiers, toured the Forbidden City, and presided over the fastest factory build in automotive history in Shanghai. Tesla's China business, in turn, has been a lifeline in lean years.

Critics in Washington see a conflict of interest. As one former Tesla executive put it to me over coffee last month: "Elon thinks of China as the only competitor that matters, and the only customer he can't afford to lose."

That may be too neat. Tesla's share of China's EV market has shrunk for three straight years, and Chinese rivals now match its technology at a lower price. Beijing, for its part, no longer needs Tesla to teach its industry how to build electric cars.

What the relationship looks like in five years is anyone's guess. What seems certain is that the debate will not go away.
""",
    [],
    "framing headline over a body with only the columnist's analysis and a former executive's characterisation of Musk")

add("opinion", "article",
    "Musk and China: the debate goes on",
    """
Every few months, Elon Musk says something about China that sets off another round of argument. Last week was no exception.

In a post viewed more than 30 million times, he wrote: "China's EV makers were not subsidised into existence. They are just relentless." Detractors pointed to the billions in state support that Chinese carmakers have received. Admirers pointed to the sales figures.

It is worth remembering that Musk has been consistent on this point. In 2019, at the groundbreaking of the Shanghai plant, he told the audience that the factory would be built "at a speed I have never seen anywhere". It was.

My own view is that both camps are half right. Subsidies built the industry; relentlessness made it win.
""",
    ["China's EV makers were not subsidised into existence. They are just relentless.",
     "the factory would be built \"at a speed I have never seen anywhere\""],
    "same framing headline as a negative, but the body has a real quote and a recalled 2019 remark about the Shanghai plant")

add("opinion", "article",
    "The Musk discount: why Tesla's China story no longer adds up",
    """
Hi all, and welcome to issue #142 of Torque & Ticker. This week: China, again.

Tesla's China-made deliveries fell for the fourth month in a row in September. Its share of the world's largest car market is now below 5%.

Musk's China strategy, to the extent one exists, seems to be waiting for the price war to burn itself out. I'm not convinced it will.

"Elon talks about China as a growth market, but the numbers say it's a shrinking one," a portfolio manager at a Boston fund told me. Another investor was blunter: "The Shanghai plant is now an export hub with a domestic sideline."

Paid subscribers get my updated model below, including a scenario where Tesla stops breaking out China revenue altogether.
""",
    [],
    "Substack-style newsletter; the writer's analysis and investors' characterisations of Musk; no statement of his")

add("opinion", "article",
    "Opinion: Musk is right about BYD in Brazil, and that should scare Detroit",
    """
When Elon Musk said last month that BYD's new factory in Camaçari, in the Brazilian state of Bahia, would "make Brazil the export hub for Chinese cars in the Americas", many in Detroit shrugged. They shouldn't have.

The plant, built on the site of a former Ford factory, is designed to produce 150,000 vehicles a year at first. BYD has already cut prices in Brazil twice.

Musk, never one for understatement, went further on X: "Mexico is next. Then the US, one way or another."

He is right. Tariffs can slow Chinese carmakers; they cannot stop them indefinitely. American automakers that spend the next five years lobbying rather than cutting costs will discover this the hard way.
""",
    ["make Brazil the export hub for Chinese cars in the Americas",
     "Mexico is next. Then the US, one way or another."],
    "opinion: 'Musk is right' headline is the writer's view; 'Mexico is next' refers to BYD's expansion")

add("opinion", "article",
    "Starlink's China problem is America's problem too",
    """
By Margaret Ellison

Ms. Ellison served as a deputy assistant secretary of defense for space policy from 2019 to 2021.

Chinese military researchers have published dozens of papers on how to track, jam or destroy Starlink satellites. Beijing is also building its own mega-constellations, Guowang and Qianfan, with the explicit goal of denying the United States an uncontested advantage in low Earth orbit.

The Pentagon has been slow to respond. They have signed contracts with SpaceX, but they have not built a doctrine for what happens when a private company's satellites become a target.

Elon Musk, for his part, has turned Starlink on and off in conflict zones at his own discretion. That should worry us more than any Chinese paper.
""",
    [],
    "op-ed about China and Starlink; 'They' refers to the Pentagon; only Musk's actions are described")

add("opinion", "article",
    "Musk's TikTok take is self-serving, but he has a point",
    """
Elon Musk has opinions on TikTok, as he does on everything.

On Tuesday, in a long post on X, he argued that forcing ByteDance to sell TikTok's U.S. operations would go against freedom of speech, even though, as he conceded, "X itself is banned in China". He also wrote: "If TikTok is banned, X benefits. I still oppose the ban."

Yes, it is self-serving to pose as a free-speech purist while running a rival platform. And yes, the asymmetry, with American apps blocked in China while Chinese apps thrive here, is precisely what the law's supporters complain about.

But Beijing, which has blocked Twitter since 2009, hardly needs a pretext to retaliate, and banning an app used by 170 million Americans is a blunt instrument.
""",
    ["forcing ByteDance to sell TikTok's U.S. operations would go against freedom of speech",
     "X itself is banned in China",
     "If TikTok is banned, X benefits. I still oppose the ban."],
    "TikTok/ByteDance; 'as he conceded' inside the sentence; the columnist's commentary on the same topic is not gold")

add("opinion", "article",
    "China is winning the energy race. Musk knows it, but he won't say it",
    """
China installed more solar capacity last year than the United States has installed in its entire history. It is building nuclear reactors at a rate of roughly ten a year, and its grid-scale battery deployments dwarf everyone else's.

Elon Musk understands the implications as well as anyone. His Megapack business depends on cells from Chinese suppliers. Yet when asked at a recent event in Houston about the energy race, he chose to talk about Texas.

"We need a lot more solar and batteries in America, and fast," Musk said. "The permitting process here is insane. It takes longer to get a permit than to build the thing."

That is true, and it is also an evasion. Until American leaders, in business and in government, are willing to say plainly who is ahead, they will keep underestimating the gap.
""",
    [],
    "column about China; his quotes are about US energy and permitting; the columnist claims he 'knows it'")

# ======================================================= AGGREGATOR_HEADLINE
add("aggregator_headline", "article",
    "Musk says China has 'overwhelming' lead in battery production - Reuters", "",
    ["China has 'overwhelming' lead in battery production"],
    "aggregator title: gold is the claim without ' - Reuters'")

add("aggregator_headline", "article",
    "Musk posts about Chinese battery prices, sparks debate among EV fans - Electrek", "",
    [],
    "headline only says he posted about the topic; no claim of his")

add("aggregator_headline", "article",
    "Tesla's Musk praises Chinese engineers, says they 'work harder than anyone' - CNBC", "",
    ["they 'work harder than anyone'"],
    "two-verb headline: 'praises' is description, the 'says' part is the claim; publisher suffix")

add("aggregator_headline", "article",
    "Elon Musk meets Chinese vice premier in Beijing as Tesla pushes FSD approval - Bloomberg", "",
    [],
    "an act (meeting), not a statement")

add("aggregator_headline", "article",
    "Elon Musk: Chinese humanoid robots will be Optimus' biggest rivals - Business Insider", "",
    ["Chinese humanoid robots will be Optimus' biggest rivals"],
    "colon headline carrying his claim")

add("aggregator_headline", "article",
    "Kimbal Musk calls Chinese EV makers 'impressive' after Shenzhen trip - Fortune", "",
    [],
    "Kimbal Musk, not the watched speaker")

add("aggregator_headline", "article",
    "Tesla will not cut China prices further, Musk tells investors - Financial Times", "",
    ["Tesla will not cut China prices further"],
    "claim first, attribution after; publisher suffix")

add("aggregator_headline", "article",
    "BYD executive says Musk 'underestimated' Chinese carmakers - South China Morning Post", "",
    [],
    "someone else's words with Musk as the object")

add("aggregator_headline", "article",
    "Musk: Starlink won't seek China licence 'while rules require a backdoor' - Reuters",
    "Elon Musk said on Thursday that SpaceX's Starlink would not apply for an operating licence in China as long as regulations required the company to give authorities access to user data.",
    ["Starlink won't seek China licence 'while rules require a backdoor'",
     "SpaceX's Starlink would not apply for an operating licence in China as long as regulations required the company to give authorities access to user data"],
    "aggregator item with snippet; Starlink in China; claim in title and in snippet")

add("aggregator_headline", "article",
    "Musk on China: what he said, and what he didn't - The Verge", "",
    [],
    "framing headline without any claim")

add("aggregator_headline", "article",
    "Musk says Tesla's Shanghai plant will make Optimus parts, not robots - Yahoo Finance", "",
    ["Tesla's Shanghai plant will make Optimus parts, not robots"],
    "plain positive aggregator title")

add("aggregator_headline", "article",
    "Musk says robotaxi to launch in Phoenix next month; Baidu's Apollo Go expands in Wuhan - Reuters",
    "Tesla will begin offering driverless rides in Phoenix next month, Chief Executive Elon Musk said, as Chinese rival Baidu expanded its Apollo Go fleet in Wuhan to 1,000 vehicles.",
    [],
    "his claim is about Phoenix; the Baidu/Wuhan part is the journalist's")

# ================================================================ X_ROUNDUP
add("x_roundup", "article",
    "Musk's weekend on X: China EVs, Grok and a meme war",
    """
Elon Musk posted more than 300 times over the weekend, according to a tally by a tracking account. Here are the highlights.

On Chinese EVs: Replying to @ev_datahound, who shared data showing BYD outsold Tesla in Europe in July, Musk wrote: "@ev_datahound BYD is very strong. Chinese car companies are the most competitive in the world https://x.com/ev_datahound/status/1952736410948231168"

On Hong Kong: Asked by a follower whether Tesla China would ever list separately in Hong Kong, Musk replied: "No plans. Tesla China is part of Tesla, period."

On Grok: "Grok 5 begins training next month," he wrote, adding that it had "a non-trivial chance of being AGI".

On Mars: A render of a Starship landing site drew the reply "Looking forward to it."

He also reposted a video of Optimus folding laundry, without comment.
""",
    ["BYD is very strong. Chinese car companies are the most competitive in the world",
     "No plans. Tesla China is part of Tesla, period."],
    "X post quoted verbatim with @handle and URL; Hong Kong listing; Grok, Mars and a repost are not gold")

add("x_roundup", "article",
    "What Musk posted this week: DOGE, Starship and a feud with a senator",
    """
It was a busy week on Elon Musk's timeline.

Monday: Musk shared a clip of the Starship static fire, writing "Full stack, full send."

Wednesday: A Democratic senator wrote that Musk "owes Beijing for his Shanghai factory and it shows". Musk replied with a single word: "Lmao."

Thursday: He posted a long thread about federal spending, claiming the Defense Department could not account for billions in assets.

Friday: In a reply to a Chinese-American engineer who thanked him for hiring immigrants, Musk wrote: "Hiring the best people, wherever they're from, is the only strategy that works."
""",
    [],
    "a senator's China accusation answered with a non-claim ('Lmao'); a general hiring remark in reply to a Chinese-American engineer")

add("x_roundup", "article",
    "Musk fires off posts on Xiaomi's record lap and NASA's budget",
    """
Xiaomi's record lap at the Nürburgring drew a rare compliment from Elon Musk on Tuesday. After a fan account posted the SU7 Ultra's time, the Tesla CEO replied: "Impressive. They iterate insanely fast."

Hours later, commenting on proposed cuts at NASA, he wrote: "They should cut the bureaucracy, not the science."

Musk also posted a meme about the Cybertruck's sales, captioned "haters gonna hate".
""",
    ["Impressive. They iterate insanely fast."],
    "'They' = Xiaomi (gold) vs 'They' = NASA (not gold)")

add("x_roundup", "article",
    "X users read China into Musk's 'America needs more engineers' post",
    """
A six-word post from Elon Musk on Sunday evening, "America needs far more engineers. Period.", set off a debate that quickly turned to China.

"He means China graduates 1.4 million engineers a year and we graduate 130,000," wrote @policywonk_jen in a reply that was liked more than 80,000 times.

Others were less charitable. "Translation: more H-1Bs," wrote one user.

Musk did not elaborate. His next post was about a SpaceX launch from Vandenberg.
""",
    [],
    "his post is not about China; other users read China into it")

add("x_roundup", "article",
    "Musk weighs in on steel tariffs: 'China makes half the world's steel'",
    """
In a series of posts late on Sunday, Elon Musk waded into the debate over U.S. steel tariffs.

"China makes half the world's steel. The rest of the world combined makes the other half," he wrote, attaching a chart from the World Steel Association.

In a follow-up he added: "Chinese steel dumping is real, but tariffs on Canadian steel make no sense."

Steel industry groups did not respond to requests for comment.
""",
    ["China makes half the world's steel. The rest of the world combined makes the other half",
     "Chinese steel dumping is real, but tariffs on Canadian steel make no sense."],
    "a quoted sentence mixing China and Canada (included); 'he added' continuation; headline quote repeats the body")

add("x_roundup", "article",
    "Maye Musk's Shanghai photos go viral on Weibo and X",
    """
Maye Musk, 77, posted a set of photos from Shanghai's Bund on Saturday with the caption: "Shanghai, I love you! The fastest trains and the kindest people."

The post was shared more than 200,000 times on Weibo, where she has 1.5 million followers. Her son Elon replied on X with a heart emoji.

Chinese state media outlet Global Times called her "a friend of the Chinese people".
""",
    [],
    "Maye Musk's post about China; Elon's heart-emoji reply is an act")

add("x_roundup", "article",
    "Musk responds to report on Chinese anti-Starlink research",
    """
A paper by researchers at a Chinese military university proposing ways to track and disable Starlink satellites drew a sharp response from Elon Musk on Wednesday.

"If they could, wouldn't they have done it already?" Musk posted, quoting an @SCMPNews article about the study (https://x.com/SCMPNews/status/1960012345678901234).

In a second post, he wrote: "Starlink has 8,000 satellites. Good luck to them."

The study's authors, from the People's Liberation Army's National University of Defense Technology, had suggested using a network of optical telescopes.
""",
    ["If they could, wouldn't they have done it already?",
     "Starlink has 8,000 satellites. Good luck to them."],
    "rhetorical question with 'they' = Chinese military researchers; @handle and URL")

add("x_roundup", "article",
    "Musk posts about Chinese humanoid robot video",
    """
Elon Musk reposted a clip of a Chinese humanoid robot doing a backflip in a park in Hangzhou on Friday, adding only a fire emoji.

The clip, from a start-up that counts Alibaba among its investors, drew more than 20 million views.

Separately, the billionaire wrote that Optimus V3 would be unveiled "in Q1", adding: "It will blow your mind."
""",
    [],
    "headline only says he posted; an emoji repost is an act; the Optimus unveiling date is not about China")

# ============================================================ EARNINGS_CALL
add("earnings_call", "article",
    "Tesla (TSLA) Q2 2025 Earnings Call Transcript",
    """
Operator

Good afternoon, everyone, and welcome to Tesla's second-quarter 2025 Q&A webcast.

Travis Axelrod -- Head of Investor Relations

Thank you, and good afternoon. Joining me today are Elon Musk, Vaibhav Taneja and a number of other executives. Elon will begin with some opening remarks.

Elon Musk -- Chief Executive Officer

Thanks, Travis. So it was a tough quarter in some ways, but we launched the robotaxi service in Austin, which is a huge milestone. We expect to expand to several more metro areas by the end of the year.

On China: China remains an incredibly competitive market. The Chinese OEMs are moving really fast, and frankly they're very good at cost. Our Shanghai team did a great job though; Giga Shanghai hit record exports this quarter.

Vaibhav Taneja -- Chief Financial Officer

Thank you, Elon. Total revenue was $22.5 billion, down 12% year over year.

Operator

Our next question comes from Daniel Mercer with Halvorsen Capital.

Daniel Mercer -- Analyst

Elon, you've said before that Chinese carmakers would demolish most competitors without trade barriers. Does that still hold?

Elon Musk -- Chief Executive Officer

Yeah, I think that's still true. If there are no tariffs, they will do very well globally. That's why we have to win on autonomy. On FSD in China, we're waiting on regulatory approval; I think we get partial approval early next year.
""",
    ["China remains an incredibly competitive market. The Chinese OEMs are moving really fast, and frankly they're very good at cost.",
     "Our Shanghai team did a great job though; Giga Shanghai hit record exports this quarter.",
     "Yeah, I think that's still true. If there are no tariffs, they will do very well globally.",
     "On FSD in China, we're waiting on regulatory approval; I think we get partial approval early next year."],
    "'Elon Musk -- Chief Executive Officer' blocks; analyst's paraphrase of his old claim is not gold; robotaxi remarks not gold; 'they' = Chinese carmakers")

add("earnings_call", "article",
    "Lanyu Auto (LNYU) Q3 2025 Earnings Call Transcript",
    """
Operator

Our next question comes from Lisa Wong with a Hong Kong brokerage.

Lisa Wong -- Analyst

Thank you. Elon Musk said last week that FSD would be approved in China within months. How do you see competition from Tesla's software next year?

Chen Mo -- Chairman and Chief Executive Officer

Thank you, Lisa. We respect Tesla very much. But our driver-assistance system is already available in every city in China, and our new in-house chip gives us three times the compute. We welcome competition.

Grace Liu -- President

And I would add that in Europe our deliveries doubled quarter on quarter, helped by the new right-hand-drive model for the UK.

Operator

Thank you. Our next question comes from Raj Patel with a U.S. bank.
""",
    [],
    "Chinese carmaker's call; an analyst's question reports Musk's claim about China (a question, not gold)")

add("earnings_call", "article",
    "Tesla Q1 earnings call: edited transcript of Musk's remarks",
    """
The following excerpts are from Tesla's first-quarter earnings call on Tuesday. Remarks by Chief Executive Elon Musk have been lightly edited.

ELON MUSK: The tariff situation is fluid. We're the least affected car company, but it's not zero. Some parts still come from China, and we're working to localise those, though it will take time.

ELON MUSK: On energy, the bigger issue is cells. Megapack cells from China face very high tariffs now, so the LFP line we're building in Nevada matters a lot.

ELON MUSK: The Cybercab goes into volume production next year. I'm confident about that.

ELON MUSK: And in China, the new Model Y is doing well, better than expected, actually. The Shanghai team ramped it in record time.

VAIBHAV TANEJA (CFO): Just to add on tariffs, our estimate of the impact in the second quarter is roughly $300 million.
""",
    ["Some parts still come from China, and we're working to localise those, though it will take time.",
     "Megapack cells from China face very high tariffs now, so the LFP line we're building in Nevada matters a lot.",
     "And in China, the new Model Y is doing well, better than expected, actually. The Shanghai team ramped it in record time."],
    "general tariff sentences not gold, China-specific ones gold; Cybercab timing not gold; CFO not the speaker")

add("earnings_call", "article",
    "Tesla Q3 earnings call transcript: Musk bets on Cybercab and Optimus",
    """
Elon Musk -- Chief Executive Officer

We're at an inflection point. Optimus version 3 will be unveiled in the first quarter, and we're building a production line for a million units a year. Cybercab production starts in the second quarter.

Operator

Our next question comes from Priya Natarajan with a European bank.

Priya Natarajan -- Analyst

Thanks. On China: your share has fallen for several quarters while BYD and Xiaomi gain. What's the plan there?

Elon Musk -- Chief Executive Officer

I'll let Vaibhav take that one.

Vaibhav Taneja -- Chief Financial Officer

Sure. China remains very competitive. We've introduced financing offers and the Model Y L six-seater, which has been well received, and Shanghai continues to export to more than 20 markets.

Elon Musk -- Chief Executive Officer

And just to go back to Optimus: the hand is the hardest part. We've solved it.
""",
    [],
    "analyst asks about China, Musk hands off and the CFO answers about China; Musk's own turns are about Optimus and Cybercab")

add("earnings_call", "label",
    "Tesla Q4 call: retail shareholder questions (excerpt)",
    """
Travis Axelrod: Moving to retail questions from the Say platform. The top question: will Tesla build a factory in India before expanding Shanghai?
Elon Musk: We're not expanding Shanghai right now. Shanghai is already running close to full capacity, and the Chinese market is saturated with good options. India, we'll see.
Travis Axelrod: Next: when will the Roadster ship?
Elon Musk: Demo this year, hopefully. Production next year.
Travis Axelrod: A question on energy. How reliant is Megapack on Chinese suppliers?
Elon Musk: Less every quarter. By the end of next year I think we'll have a non-China supply chain for the cells in the US. But I want to be clear, CATL has been a great partner.
Travis Axelrod: Thank you. Operator, we can go to analyst questions now.
""",
    ["We're not expanding Shanghai right now. Shanghai is already running close to full capacity, and the Chinese market is saturated with good options.",
     "Less every quarter. By the end of next year I think we'll have a non-China supply chain for the cells in the US.",
     "But I want to be clear, CATL has been a great partner."],
    "speaker-labelled call; 'Less every quarter' answers a question about Chinese suppliers; India and Roadster answers not gold")

add("earnings_call", "article",
    "Lumiray Technologies (LMRY) Q2 2025 Earnings Call Transcript",
    """
Kevin Zhao -- Co-founder and Chief Executive Officer

Thank you. Some people, including Elon Musk, like to say lidar is a crutch. Our customers disagree: we shipped 412,000 units this quarter, up 180% year on year, and we now supply 24 of the top 30 Chinese carmakers.

Operator

Next question, Michael Tan with a U.S. bank.

Michael Tan -- Analyst

Congratulations on the quarter. Musk recently said Chinese lidar makers have won on cost. Do you see any Western customer following that logic and switching to you?

Kevin Zhao -- Co-founder and Chief Executive Officer

We are in talks with two European carmakers. I cannot say more today.
""",
    [],
    "Shenzhen lidar maker's call: the CEO and an analyst paraphrase Musk, including on Chinese lidar makers; not his statements")

# ========================================================= PODCAST_LABELLED
add("podcast_labelled", "label",
    "The Compounding Pod, Ep. 212: Elon Musk on humanoids, magnets and Starship",
    """
Priya Raman: Elon, welcome back. Let's start with China. Chinese start-ups just put out another humanoid that costs less than a used car.
Elon Musk: Yeah, the Chinese humanoid companies are very good. I think they'll be the toughest competition for Optimus, by far. Most of the top ten humanoid companies will probably be Chinese.
Tom Kessler: What's the hardest part of building Optimus?
Elon Musk: The hand. Nobody has solved the hand except us. It's got twenty-two degrees of freedom, same as a human.
Dev Shah: What about rare earths? Beijing has been restricting magnet exports.
Elon Musk: That's a real issue. China controls most of the magnet supply, and they've made it clear they can turn it off.
Priya Raman: Switching gears. Starship.
Elon Musk: We're going to try to catch the ship with the tower on the next flight, hopefully.
Tom Kessler: Hopefully.
Elon Musk: Hopefully. Rockets are hard.
""",
    ["Yeah, the Chinese humanoid companies are very good. I think they'll be the toughest competition for Optimus, by far. Most of the top ten humanoid companies will probably be Chinese.",
     "That's a real issue. China controls most of the magnet supply, and they've made it clear they can turn it off."],
    "three hosts; his hand and Starship turns are not gold")

add("podcast_labelled", "label",
    "Tech Weekly Ep. 88: Is Musk losing China?",
    """
Rachel Ng: Welcome to Tech Weekly. I'm Rachel.
Omar Haddad: And I'm Omar. Today: is Elon Musk losing China?
Rachel Ng: I think he already has, at least in cars. Tesla's share there is below five percent now.
Omar Haddad: But he still has the Shanghai factory, and Beijing still treats him like a VIP. Remember the April visit? Red carpet, premier, the works.
Rachel Ng: Visits are theatre. The numbers are the numbers.
Omar Haddad: Fair. But I'd argue the real China story for him is batteries, not cars. Megapack runs on Chinese cells.
Rachel Ng: Which is a vulnerability, not a strength.
Omar Haddad: We'll leave it there. Next week: Xiaomi's new phone.
""",
    [],
    "two hosts discussing Musk and China; no words of his")

add("podcast_labelled", "label",
    "The Signal Room, Ep. 301: Elon Musk on AI chips, Taiwan and the grid",
    """
Host (Ada Whitcombe): Let's talk about the chip supply chain. How exposed is the AI industry to Taiwan?
Elon Musk: Extremely. If there's a conflict over Taiwan, the whole AI industry stops. Basically every advanced chip comes from there. So we need fabs in the US, and I think Beijing knows exactly how much leverage that is.
Host (Ada Whitcombe): Do you think there will be a conflict?
Elon Musk: I don't think China invades anytime soon, but I'd put the odds higher than most people think.
Host (Ada Whitcombe): And the grid?
Elon Musk: The US needs way more transformers. That's the next shortage after chips. Utilities are ordering transformers with four-year lead times.
Host (Ada Whitcombe): Four years.
Elon Musk: Four years. It's crazy.
""",
    ["Extremely. If there's a conflict over Taiwan, the whole AI industry stops. Basically every advanced chip comes from there. So we need fabs in the US, and I think Beijing knows exactly how much leverage that is.",
     "I don't think China invades anytime soon, but I'd put the odds higher than most people think."],
    "Taiwan in relation to China; hedged claim; grid turns not gold")

add("podcast_labelled", "label",
    "Food Futures Podcast: Kimbal Musk on Chinese greenhouses and family dinners",
    """
Lena Ortiz: Kimbal, you've just come back from Shandong. What did you see?
Kimbal Musk: Greenhouses the size of small towns. China's greenhouse technology is incredible, honestly years ahead of ours.
Lena Ortiz: Does your brother agree with you about China?
Kimbal Musk: Elon and I argue about a lot of things. China isn't really one of them, but he's more of a rockets guy.
Lena Ortiz: What do you two talk about at family dinners?
Kimbal Musk: Food, mostly. And Mars, unfortunately.
""",
    [],
    "speaker label 'Kimbal Musk' (not the watched speaker) talking about China and about Elon")

add("podcast_labelled", "label",
    "The Frontier Podcast #47: Elon Musk",
    """
Jonah Price: DeepSeek shocked everyone in January. What was your reaction?
Elon Musk: DeepSeek is impressive. Those guys are smart, really smart, and they did a lot with not that much compute. But it's not going to beat Grok.
Jonah Price: What about chip export controls? Are they working?
Elon Musk: They slow China down a bit, but not as much as Washington thinks. They'll build their own chips. Huawei's already doing it.
Jonah Price: Switching to Neuralink. How many patients now?
Elon Musk: Twelve, I think. We'll be at a few dozen by the end of the year.
Jonah Price: And Blindsight?
Elon Musk: Human trials hopefully next year.
""",
    ["DeepSeek is impressive. Those guys are smart, really smart, and they did a lot with not that much compute. But it's not going to beat Grok.",
     "They slow China down a bit, but not as much as Washington thinks. They'll build their own chips. Huawei's already doing it."],
    "Chinese AI company and chip export controls; Neuralink turns not gold")

add("podcast_labelled", "label",
    "Rocket Talk Live: Elon Musk on Flight 10, the Moon and the FAA",
    """
Sam Ibe: Elon, thanks for coming on. When does Starship go to the Moon?
Elon Musk: Uncrewed landing in 2027, that's the plan. Crewed maybe a year or two later.
Carla Mendes: Worth pointing out to listeners that China says it will put astronauts on the Moon by 2030. The Mengzhou capsule just passed a big test.
Sam Ibe: Elon, how has the FAA been lately?
Elon Musk: Much better. They've been incredibly supportive this year. Honestly, night and day.
Carla Mendes: And Raptor 3?
Elon Musk: Raptor 3 is a beast. No heat shield needed on the engine, everything's integrated.
""",
    [],
    "a host brings up China's lunar plans; Musk talks Starship dates and 'They' = the FAA")

add("podcast_labelled", "label",
    "Hardcore Engineering Hour, episode 19",
    """
Sara Okafor: You've spent a lot of time at the Shanghai factory. What's different about it?
Elon Musk: I've been to Giga Shanghai many times. The work ethic there is incredible. People are sleeping in the factory, not because they're told to, but because they want to hit the target.
Ben Adler: Critics would say that's not a healthy model.
Elon Musk: Sure, I'm not saying everyone should live like that. I'm saying that's what you're competing against.
Sara Okafor: How's the Cybertruck line in Texas?
Elon Musk: Getting there. Cybertruck was a hard product to build. Stainless steel is not forgiving.
Ben Adler: Last thing, how are the kids?
Elon Musk: Good. Loud. X is teaching me chess, and losing gracefully is not his strength.
Sara Okafor: Thanks, Elon.
""",
    ["I've been to Giga Shanghai many times. The work ethic there is incredible. People are sleeping in the factory, not because they're told to, but because they want to hit the target.",
     "Sure, I'm not saying everyone should live like that. I'm saying that's what you're competing against."],
    "'that' points back to the Shanghai work culture (gold); Cybertruck and family turns not gold")

# ======================================================= PODCAST_UNLABELLED
add("podcast_unlabelled", "unlabeled",
    "Long Form with Nate Hollis, episode 140",
    """
Welcome back to Long Form. Today I'm joined by Elon Musk. Elon, thanks for doing this. Thanks for having me. So you were in Beijing last month. What did you take away from that trip? Honestly, the thing that struck me is how fast the cities change. Every time I go to China there's a new subway line, a new airport, whole new districts. The pace of construction is just insane. And the officials you met, are they supportive of Tesla? They've been very supportive, I have to say. Shanghai especially. Okay, let's talk about Mars. When do the first ships go? We'll send the first uncrewed ships in late 2026 if the window works out. That's the plan anyway. And will there be people on the second wave? Maybe. It depends on how the first landings go.
""",
    ["Honestly, the thing that struck me is how fast the cities change. Every time I go to China there's a new subway line, a new airport, whole new districts. The pace of construction is just insane.",
     "They've been very supportive, I have to say. Shanghai especially."],
    "unlabelled transcript; 'the cities' and 'They' refer back to China and Chinese officials; Mars answers not gold",
    guests=["Elon Musk"])

add("podcast_unlabelled", "unlabeled",
    "The Drive Report: Elon Musk on the Cybercab",
    """
everyone's talking about Chinese EV exports this week and we'll get to that in the second half with our panel, but first I'm really happy to have Elon Musk here to talk about the Cybercab. Elon, welcome. Thanks. So when does it go into production? Second quarter next year, at Giga Texas. It's a totally new manufacturing approach, we call it the unboxed process. No steering wheel, no pedals? None. If you need a steering wheel, buy a Model 3. How many can you build? Eventually millions a year. The line is designed for a cycle time of under ten seconds. That's wild. Okay Elon, thanks for joining us. Thank you.
""",
    [],
    "the host mentions Chinese EV exports; the guest talks only about the Cybercab",
    guests=["Elon Musk"])

add("podcast_unlabelled", "unlabeled",
    "Compute Wars panel, Hollow Oak Podcast",
    """
We've got two guests today, Elon Musk and Ravi Menon, who runs a data-centre infrastructure fund. Elon, let me start with you. Who has more AI compute in five years, the US or China? I think China will have more AI compute than the US within a few years if we don't build power plants faster. They're adding power like crazy, something like a US-sized grid every few years. Ravi, same question. Partly agree. But Chinese chips are still two generations behind, and that matters more than raw power. Elon, do you buy that? The chip gap is real but it's closing. Huawei is not to be underestimated. Okay, last question for both of you. What's the most overrated technology right now? Elon first. Quantum computing, for the next ten years at least. Ravi? I'd say humanoid robots. Elon is not going to like that. I don't, no.
""",
    ["I think China will have more AI compute than the US within a few years if we don't build power plants faster. They're adding power like crazy, something like a US-sized grid every few years.",
     "The chip gap is real but it's closing. Huawei is not to be underestimated."],
    "two-guest unlabelled transcript; the other guest's China claims are not gold; quantum answer not gold",
    guests=["Elon Musk", "Ravi Menon"])

add("podcast_unlabelled", "unlabeled",
    "Ageing Well with Corinne Blake: Maye Musk",
    """
hello and welcome, my guest this week is the model and author Maye Musk. Maye, welcome. Thank you, darling. You've just been in China again, what keeps drawing you back? The people. In Shanghai and Chengdu, women come up to me and say they want to age like me. China has the most beautiful energy. And your son Elon has a big factory there, do you visit it? I did once. Very clean, very fast. But I'm not the engineer in the family. Let's talk about your new book. It's about saying yes at seventy-seven.
""",
    [],
    "the guest is Maye Musk; her China remarks are not the watched speaker's",
    guests=["Maye Musk"])

add("podcast_unlabelled", "unlabeled",
    "",
    """
so uh thanks for coming on elon yeah happy to be here so first question china sales were weak last quarter what happened so uh yeah china sales were down a bit last quarter but that's really just the the model y changeover i think china will be fine for us the chinese consumer really likes the product and uh what about the semi on the semi we're starting volume production next year in nevada and we'll see a lot of them on the road by 2027 okay and do you worry about byd uh they're very good they're probably the best at cost in the world but we'll see
""",
    ["china sales were down a bit last quarter but that's really just the the model y changeover",
     "i think china will be fine for us the chinese consumer really likes the product",
     "they're very good they're probably the best at cost in the world"],
    "auto-caption style (lowercase, no punctuation, no labels); 'they' = BYD; Semi answer not gold",
    guests=["Elon Musk"])

add("podcast_unlabelled", "unlabeled",
    "Mars Society Hour: listener questions with Elon Musk",
    """
Okay, we're back, and we've got a stack of listener questions for Elon Musk. First one, from Priya in Toronto: how big will the first Mars base be? Small. A few dozen people, maybe, in the first couple of windows. Then it scales fast. Next, from Hao in Chengdu, who wants to know what Elon thinks about China's plan to bring back samples from Mars before NASA. I'm going to skip that one, sorry. Next, from Jamal in Lagos: will Starship ever carry tourists around the Moon? Yes, definitely. That's probably the first commercial use beyond satellites. Great, and one more. What's the hardest engineering problem left? Life support. Closed-loop life support is really hard.
""",
    [],
    "a listener question about China is declined; his other answers are about Mars and Starship",
    guests=["Elon Musk"])

# ===================================================================== VTT
add_vtt("Market Pulse interview: Elon Musk at Giga Texas", [
    ("Dana Reyes", "Elon, BYD outsold Tesla globally again last quarter. Is the crown gone for good?"),
    ("Elon Musk", "Well, BYD is a very impressive company. They've got an enormous cost advantage in China, partly because of scale and partly because of the supply chain there."),
    ("Dana Reyes", "And FSD in China, when?"),
    ("Elon Musk", "We're hoping for approval this year. The Chinese regulators have been reasonable, they just want the data to stay in the country, which we've done."),
    ("Dana Reyes", "Last one. Mars?"),
    ("Elon Musk", "Ha. Twenty twenty-eight, probably. Don't hold me to it."),
], ["Well, BYD is a very impressive company. They've got an enormous cost advantage in China, partly because of scale and partly because of the supply chain there.",
    "We're hoping for approval this year. The Chinese regulators have been reasonable, they just want the data to stay in the country, which we've done."],
    "VTT interview; Mars cue not gold")

add_vtt("Future of Space panel, Abu Dhabi", [
    ("Moderator", "China now has its own space station and plans a crewed Moon landing by 2030. But let's start with Starship."),
    ("Elon Musk", "Starship is the first fully reusable rocket. That's the whole game. Full and rapid reusability."),
    ("Moderator", "When does it land on the Moon?"),
    ("Elon Musk", "I think Starship lands on the Moon uncrewed in 2027. After that it's up to NASA how fast they want to go."),
    ("Helen Achterberg", "I'd just add that the Chinese programme has hit every milestone it has announced."),
], [], "China framing by the moderator and another panelist; Musk on Starship and NASA ('they')")

add_vtt("World Intelligence Expo: Elon Musk video dialogue", [
    ("Host (interpreted)", "Mr. Musk, thank you for joining us in Tianjin. What advice do you have for young Chinese engineers?"),
    ("Elon Musk", "Chinese engineers are some of the best in the world. My advice is: build things, don't just study them."),
    ("Host (interpreted)", "How do you see China's AI companies?"),
    ("Elon Musk", "They're going to be very formidable. The talent is there, the energy supply is there. I wouldn't bet against them."),
    ("Elon Musk", "Also, I should say, the Shanghai factory is our best factory. I'm very grateful to the team there."),
    ("Host (interpreted)", "Thank you. We hope to see you in China soon."),
], ["Chinese engineers are some of the best in the world. My advice is: build things, don't just study them.",
    "They're going to be very formidable. The talent is there, the energy supply is there. I wouldn't bet against them.",
    "Also, I should say, the Shanghai factory is our best factory. I'm very grateful to the team there."],
    "'They' answers a question about China's AI companies; interpreted host")

add_vtt("Closing Bell interview with Elon Musk", [
    ("Mark Delaney", "Elon, Chinese regulators just opened a probe into Tesla's pricing. Any comment?"),
    ("Elon Musk", "I'm not going to get into that today."),
    ("Mark Delaney", "Fair enough. The pay package vote is next week. Are you confident?"),
    ("Elon Musk", "I think shareholders understand what's at stake. It's about control of the robot army, not money."),
    ("Mark Delaney", "The robot army."),
    ("Elon Musk", "Yes. I want to be comfortable that I can't be ousted by activist investors."),
], [], "China question deflected with a non-claim; remaining cues about the pay package")

add_vtt("Evening Business Report: Tesla exports from Shanghai", [
    ("Anchor", "Tesla shares rose after hours. Elon Musk told investors on Wednesday that the company's Shanghai factory would start exporting the Model Y L to Europe next quarter."),
    ("Reporter, Shanghai", "Here in Shanghai, dealers tell us demand for the six-seater has been strong since its launch in August."),
    ("Elon Musk", "The Shanghai team is just incredible. They built the new line in nine months."),
    ("Anchor", "Musk also said the company's robotaxi service would expand to Phoenix and Las Vegas."),
], ["the company's Shanghai factory would start exporting the Model Y L to Europe next quarter",
    "The Shanghai team is just incredible. They built the new line in nine months."],
    "anchor's reported speech of Musk is gold; reporter's remarks and robotaxi expansion are not")

add_vtt("Hong Kong Robotics Summit: fireside chat", [
    ("Moderator", "Zhang Wei, your company just shipped its ten-thousandth humanoid. How do you compare with Tesla's Optimus?"),
    ("Zhang Wei", "I have great respect for Elon Musk. But in robotics, I believe China will win, because our supply chain is ten times faster."),
    ("Moderator", "Would you ever partner with Tesla?"),
    ("Zhang Wei", "If Elon calls, of course I will answer."),
], [], "a Chinese executive talking about Musk and China; no Musk speech")

# ======================================================= MACHINE_TRANSLATED
add("machine_translated", "article",
    "Musk: Chinese new energy vehicle enterprises are very strong, Tesla will continue deepen Chinese market",
    """
According to Sina Finance news, on the 6th local time, Tesla CEO Musk at the annual shareholder meeting held in Austin city of Texas state of America said, Chinese car enterprises are "very hardworking and very smart". Musk expressed, Tesla's Shanghai Super Factory is the most efficient factory of Tesla in whole world. He also said: "I am very optimistic about China market long-term development."

It is worth noting that, Tesla in China market sales volume in first half year declined 5.8% year on year. Industry insiders analysis, facing domestic brands fierce competition, Tesla needs to speed up product update.
""",
    ["Chinese new energy vehicle enterprises are very strong, Tesla will continue deepen Chinese market",
     "Chinese car enterprises are \"very hardworking and very smart\"",
     "Tesla's Shanghai Super Factory is the most efficient factory of Tesla in whole world",
     "I am very optimistic about China market long-term development."],
    "stiff translation from Chinese; long locative between name and verb; industry insiders' analysis not gold")

add("machine_translated", "article",
    "Musk again talks about China? Netizens: thinking too much",
    """
On the 9th, a video of Musk "talking about China" was widely forwarded on Weibo, reading volume exceeded 100 million. But after reporter verification, in the video Musk was introducing Starship next launch plan, said "we will try to catch the ship by the tower arms."

Many netizens expressed, the video title is misleading. A netizen left message said: "Every time Musk opens mouth, someone says he is talking about China."

It is understood that, Musk this year once visited Beijing and met relevant officials.
""",
    [],
    "'Musk again talks about China' framing; his quoted words are about Starship; netizens' words; a visit")

add("machine_translated", "article",
    "Musk again talks about China",
    """
On the 3rd, Musk on social platform X posted that: "China's high-speed rail is too amazing, America should learn." This post obtained more than ten million views.

He supplemented said, Chinese people's infrastructure ability "is world first". Some American netizens under the post left message agree, also some netizens questioned the high-speed rail debt problem.
""",
    ["China's high-speed rail is too amazing, America should learn.",
     "Chinese people's infrastructure ability \"is world first\""],
    "framing headline that only says he talked about China (not gold) over a body with real statements")

add("machine_translated", "article",
    "BYD Camaçari factory first vehicle rolls off production line, Brazil president attends ceremony",
    """
Xinhua News Agency, Salvador, 9th October electric: BYD company Brazil Camaçari factory on 9th held first vehicle roll-off ceremony, Brazil President attended and delivered speech.

BYD company responsible person expressed, this factory is BYD in Americas the first passenger car factory, planned annual capacity 150,000 vehicles, will drive local employment more than 10,000 persons.

It is reported, Tesla CEO Musk last year once visited Brazil and met local officials, but did not announce build factory plan.
""",
    [],
    "Chinese company abroad; Musk only described as having visited and met officials")

add("machine_translated", "article",
    "Musk evaluates domestic car enterprises: their speed is unbelievable",
    """
Recently, Tesla CEO Elon Musk in accepting foreign media interview when talking about domestic car enterprises said: "Their speed is unbelievable, from design to mass production only needs 18 months." He added said, Tesla must learn from them.

However, when asked whether Cybertruck will enter Chinese market, Musk did not make response.
""",
    ["their speed is unbelievable",
     "Their speed is unbelievable, from design to mass production only needs 18 months.",
     "Tesla must learn from them"],
    "'domestic' means Chinese in a translation from Chinese; 'He added said' continuation with 'them'; a non-response is not gold")

add("machine_translated", "article",
    "Expert: Starlink low orbit satellites constitute threat to space security",
    """
Global Times reporter learned, recently, a Chinese aerospace expert in accepting interview expressed, America SpaceX company's Starlink satellites quantity has exceeded 8,000 pieces, brings serious threat to other countries space assets. "They launch one time almost every two days, occupy large amount orbit resources," the expert said.

SpaceX company founder Musk recently on X posted said, "This year SpaceX will launch more than 170 times." Expert pointed out, China needs accelerate own low orbit constellation construction.
""",
    [],
    "'They' = SpaceX in a Chinese expert's words; Musk's post about launch count is not about China")

add("machine_translated", "article",
    "36Kr exclusive | Musk: Optimus supply chain cannot leave Chinese suppliers",
    """
36Kr learned, Tesla CEO Musk in company's latest quarter earnings conference call said, Optimus robot many parts are from Chinese supply chain, "Chinese supply chain cost is lowest, this is fact."

He also expressed, Optimus in next year will produce about 5,000 units, and the robot hand degree of freedom will reach 22.

According to 36Kr understanding, currently Optimus' joint module suppliers include several A-share listed companies, related concept stocks on the 22nd collectively rose.
""",
    ["Optimus supply chain cannot leave Chinese suppliers",
     "Optimus robot many parts are from Chinese supply chain",
     "Chinese supply chain cost is lowest, this is fact."],
    "translated 36Kr item; production target and hand specs not gold")

# ============================================================ SHORT_SUMMARY
add("short_summary", "article",
    "Tesla's Musk comments on China demand",
    "Elon Musk said on Wednesday that demand for Tesla cars in China had 'stabilised' after a weak first quarter, and that the company's Shanghai plant would run at full capacity through the summer.",
    ["demand for Tesla cars in China had 'stabilised' after a weak first quarter",
     "the company's Shanghai plant would run at full capacity through the summer"],
    "two reported clauses joined by 'and that'; headline describes without a claim")

add("short_summary", "article",
    "Musk meets Li Qiang in surprise Beijing trip",
    "Elon Musk met Chinese Premier Li Qiang in Beijing on Sunday, according to state broadcaster CCTV, in an unannounced visit as Tesla seeks approval for its driver-assistance software.",
    [],
    "an act (meeting), not a statement")

add("short_summary", "article",
    "Musk speaks at Riyadh investment forum",
    "The world's second-largest economy will lead in robotaxis 'unless the US moves much faster', the billionaire told a conference in Riyadh on Tuesday.",
    ["The world's second-largest economy will lead in robotaxis 'unless the US moves much faster'"],
    "China referred to as 'the world's second-largest economy'; attribution after the clause with 'the billionaire'")

add("short_summary", "article",
    "Hesai shares jump in Hong Kong",
    "Shares of Chinese lidar maker Hesai Group jumped 8% in Hong Kong on Thursday after analysts said Tesla's chief executive appeared to have softened his stance on the sensors.",
    [],
    "analysts' reading of his stance, not his statement")

add("short_summary", "article",
    "Musk weighs in on student visa row",
    "Musk, in a post on X, said the US should 'stop blocking' Chinese students from science programs, calling them 'some of the best engineers on Earth'.",
    ["the US should 'stop blocking' Chinese students from science programs",
     "some of the best engineers on Earth"],
    "Chinese students in the US; 'calling them' with 'them' = Chinese students")

add("short_summary", "article",
    "Kimbal Musk praises Chinese food-tech start-ups",
    "Kimbal Musk, brother of Tesla CEO Elon Musk, told a Beijing audience on Friday that Chinese food-tech start-ups were 'the most exciting in the world right now'.",
    [],
    "Kimbal Musk, not the watched speaker")

add("short_summary", "article",
    "Musk's remarks likely to rattle Detroit",
    "'They're not copying us anymore; we're copying them,' Musk said of Chinese EV makers on Tuesday, in remarks likely to rattle Detroit.",
    ["They're not copying us anymore; we're copying them"],
    "quote first; the referent (Chinese EV makers) appears only after the attribution")

add("short_summary", "article",
    "Tesla to bring six-seat Model Y L to US",
    "Musk said Tesla's six-seat Model Y L would go on sale in the US next spring; the variant launched in China in August and is built in Shanghai.",
    [],
    "his claim is a US product date; the China facts are the journalist's")

add("short_summary", "article",
    "Musk: China's solar industry 'has already won'",
    "Elon Musk was quoted as saying that China's solar industry 'has already won' in an interview published by a German business daily on Saturday.",
    ["China's solar industry 'has already won'"],
    "passive 'was quoted as saying'; colon headline carries the same claim")

add("short_summary", "article",
    "RoboSense wins new orders",
    "Chinese lidar maker RoboSense said on Monday it had won orders from three carmakers, a week after Elon Musk reiterated that Tesla would never use the sensors.",
    [],
    "his statement is about lidar in general, inside a China story")

# ==================================================================== OTHER
add("other", "article",
    "Elon's comment on Giga Shanghai from today's all-hands",
    """
Posted by u/gigafan_88 in r/TeslaInvestorsClub

Saw this clip going around from the all-hands this morning. Elon said (paraphrasing a bit, the audio was bad): "Shanghai is the benchmark. Every other Giga should hit Shanghai's cost per car."

Top comment (u/throwaway_lfp, 412 points): He's been saying that since 2020 lol.

Reply (u/model_why, 188 points): Texas is still nowhere near it tbh. Different product mix though.

Reply (u/gigafan_88, OP): True, but Berlin is closer than people think.
""",
    ["Shanghai is the benchmark. Every other Giga should hit Shanghai's cost per car."],
    "forum post; users' comments about his habits are not gold")

add("other", "article",
    "Chinese yards take 70% of new tanker orders; SpaceX drone-ship contract goes to Louisiana",
    """
Chinese shipyards secured about 70% of global tanker orders by deadweight in the first nine months, according to broker data, with yards in Jiangsu and Dalian booked into 2028.

In a rare U.S. order, SpaceX has contracted a Louisiana yard to build a third autonomous drone ship for booster landings. The company, founded by Elon Musk, did not disclose the price.

"Even Elon buys American for his drone ships, but for a VLCC you still go to China," said a Singapore-based shipbroker.

Chinese yards are also pricing newbuilds about 15% below their Korean rivals.
""",
    [],
    "trade press on Chinese shipyards; a shipbroker's quote mentions Musk; SpaceX's order is an act")

add("other", "article",
    "Electrified Daily: Musk on the Chinese cell price slide",
    """
Good morning. Here's what matters in batteries today.

1) Tesla CEO Elon Musk has weighed in on falling battery prices. "Chinese cell prices have dropped below $50 a kilowatt-hour. That's faster than anyone predicted, including me," Musk wrote on X on Monday, reacting to a BloombergNEF chart. He stopped short of saying Tesla would adopt sodium-ion cells, which CATL began mass-producing this year.

2) A former Northvolt plant in Sweden has a new owner.

3) India opens a second round of its production-linked incentive scheme for cells.
""",
    ["Chinese cell prices have dropped below $50 a kilowatt-hour. That's faster than anyone predicted, including me"],
    "newsletter item; 'stopped short of saying' is the writer's description, not gold")

add("other", "article",
    "Shenzhen Velocita Robotics unveils V2 humanoid priced below $20,000",
    """
SHENZHEN, China /PRNewswire/ -- Shenzhen Velocita Robotics Co., Ltd. ("Velocita") today unveiled the V2, a general-purpose humanoid robot priced at 139,000 yuan (about $19,400).

"Elon Musk has set the bar for humanoid ambition; we intend to set the bar for price," said Dr. Feng Lan, founder and CEO of Velocita. "Chinese manufacturing makes that possible."

The V2 features 28 degrees of freedom and a four-hour battery. Deliveries begin in the first quarter.

About Velocita: Founded in 2022, Velocita is a Shenzhen-based developer of embodied AI systems for factories and logistics.
""",
    [],
    "press release; a Chinese CEO mentions Musk")

add("other", "article",
    "Flashback: what Musk said about China when Giga Shanghai opened",
    """
It has been almost six years since the first Model 3s rolled out of Giga Shanghai, so it is worth revisiting what was said at the time.

At the delivery ceremony in January 2020, Musk danced on stage, jacket off, and told the crowd that Giga Shanghai had been built "in record time, faster than anything in history". He added that he believed China "will be Tesla's biggest market eventually".

That prediction has not come true. The United States remains Tesla's largest market by revenue, and the Chinese market has become a fight Tesla is no longer clearly winning.

Still, the factory itself has lived up to the hype. It remains the company's highest-volume plant.
""",
    ["Giga Shanghai had been built \"in record time, faster than anything in history\"",
     "China \"will be Tesla's biggest market eventually\""],
    "blog recalling statements from years ago (still gold); the blogger's assessment and the dancing are not")

add("other", "article",
    "$TSLA chatter: China deliveries, Elon's robotaxi post",
    """
@bullrider77: China numbers weak again. Elon silent as usual
@gamma_queen: he posted "Robotaxi expanding to Phoenix next month" lol pump incoming
@valuehawk: CPCA data shows Shanghai exports up 40% though. Domestic down.
@bullrider77: exports don't pay the bills if BYD eats the home market
@gamma_queen: Elon doesn't care about China sales, he cares about FSD
""",
    [],
    "stock-forum chatter; users' claims about Musk; his quoted post is about Phoenix")


# ================================================================= OUTPUT
assert len(DOCS) == 100, len(DOCS)
rng = random.Random(20250611)
rng.shuffle(DOCS)
with open("/work/blind/S/en.jsonl", "w", encoding="utf-8") as f:
    for i, d in enumerate(DOCS, 1):
        hay = [d["title"], d["text"], d.get("vtt", "")]
        for g in d["gold"]:
            assert any(g in h for h in hay), (d["title"], g)
        out = {"id": f"s-en-{i}"}
        out.update(d)
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
print("wrote", len(DOCS))
