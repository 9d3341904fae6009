from common import doc

DOCS = []
A = DOCS.append

# ---------------------------------------------------------------- wire
A(doc(1, "wire", "article",
    "Musk says Chinese carmakers would 'take most of the market' without trade barriers",
    """
    AUSTIN, Texas, Oct 14 (Reuters) - Tesla Chief Executive Elon Musk, speaking by video link to an investor conference in Shanghai on Tuesday evening after a delayed start caused by a power outage at the venue, said Chinese carmakers were now the most competitive in the world and would win most of the global market if governments did not protect their own industries.

    "They are extremely good. If there are no trade barriers, they will take most of the market. Nobody in Detroit or Stuttgart is ready for it," Musk said.

    He added that Tesla's Shanghai plant remained the company's most efficient factory and would stay "a cornerstone" of its global production.

    Musk also said the next-generation Roadster would be demonstrated "hopefully before the end of the year", a target he has missed several times.

    Tesla's sales in China fell 9% in the first nine months of the year, according to data from the China Passenger Car Association, as BYD and Xiaomi cut prices.

    "Elon is stating what everyone in Shanghai already knows," said Zhao Ming, an analyst at Shanghai-based consultancy AutoInsight. "The question is what Tesla does about it."

    (Reporting by Daniel Hart in Austin and Zhang Yan in Shanghai; Editing by Peter Graff)
    """,
    [
        "Chinese carmakers would 'take most of the market' without trade barriers",
        "Chinese carmakers were now the most competitive in the world and would win most of the global market if governments did not protect their own industries",
        "They are extremely good",
        "If there are no trade barriers, they will take most of the market. Nobody in Detroit or Stuttgart is ready for it",
        "Tesla's Shanghai plant remained the company's most efficient factory and would stay \"a cornerstone\" of its global production",
    ],
    "subject and speech verb far apart (long locative/time phrase); 'they' = Chinese carmakers; Roadster date remark not gold; analyst quoting/judging him not gold; headline claim gold"))

A(doc(2, "wire", "article",
    "CATL's Zeng says he told Musk Tesla could never beat its battery costs",
    """
    NINGDE, China, March 3 (Reuters) - Robin Zeng, the founder and chairman of Chinese battery giant CATL, said on Monday he once told Elon Musk that Tesla would never match CATL's cost per kilowatt-hour if it tried to make all of its own cells.

    "I told him, you can try, but you will lose a lot of money," Zeng said at a company event in the coastal city of Ningde, according to a recording reviewed by Reuters. Zeng did not say when the conversation took place.

    Musk has visited China several times in recent years and has met senior officials, including Premier Li Qiang. Tesla has been ramping up its in-house 4680 cell production in Texas.

    Tesla did not respond to a request for comment. Musk, who posts frequently on his social media platform X, had not commented on Zeng's remarks by Monday evening.
    """,
    [],
    "others' words with Musk as object inside a dateline sentence ('said he once told Elon Musk that'); visits/meetings are actions; no statement of his"))

A(doc(3, "wire", "article",
    "Musk says Tesla never sought special treatment from Beijing as China sales slide",
    """
    SHANGHAI/SAN FRANCISCO, June 5 (Reuters) - Tesla's sales of China-made vehicles fell for a fifth straight month in May, data showed on Wednesday, as Elon Musk pushed back against suggestions that the U.S. automaker had relied on political favours to build its business in the world's second-largest economy.

    Musk said in a post on X that he had never asked Chinese officials for special treatment and that Tesla's Shanghai factory had been built "under the same rules as everyone else".

    The comments came after a U.S. congressional committee report said Tesla had benefited from cheap loans from Chinese state banks when it built the plant in 2019. Tesla did not respond to a request for comment on the report.

    Musk has long described China as central to Tesla's future. "China is going to be our biggest market in the long run, I think," he told an audience in Shanghai in January 2020, dancing on stage at the handover of the first locally built cars.

    Shipments from the Shanghai plant, which serves China as well as markets in Asia and Europe, fell 14% from a year earlier to 68,000 vehicles, the China Passenger Car Association said.
    """,
    [
        "Tesla never sought special treatment from Beijing",
        "he had never asked Chinese officials for special treatment",
        "Tesla's Shanghai factory had been built \"under the same rules as everyone else\"",
        "China is going to be our biggest market in the long run, I think",
    ],
    "denial phrased as his claim ('said he had never'); quote recalled from years ago is gold; congressional report and journalist framing not gold"))

A(doc(4, "wire", "article",
    "China tightens rare earth export rules; Musk's attention elsewhere",
    """
    BEIJING, Oct 9 (Reuters) - China's commerce ministry on Thursday expanded export controls on rare earth elements and magnet technology, requiring foreign buyers to obtain licences for products containing even trace amounts of Chinese-origin material.

    The rules are expected to hit makers of electric vehicles, wind turbines and humanoid robots, which rely heavily on permanent magnets processed in China. The country accounts for about 90% of the world's refined rare earth output.

    Elon Musk, whose Tesla has said it is working to secure magnet supplies for its Optimus robot, did not address the new rules on Thursday. In posts on X, the billionaire said instead that the next flight of SpaceX's Starship would take place "in about four weeks" and that the rocket's upper stage had been redesigned to carry more propellant.

    "Starship V3 will be a big leap," he wrote.

    Shares of Chinese rare earth miners rose sharply in Shanghai and Shenzhen.
    """,
    [],
    "topic decided by neighbourhood: China export-control article, his only remarks are about Starship; company statement is not his"))

A(doc(5, "wire", "article",
    "Musk says Taiwan conflict would hit 'every company on Earth' that makes electronics",
    """
    PARIS, May 22 (Reuters) - Elon Musk said on Thursday that a military conflict between China and Taiwan would cause chaos across the global electronics industry, warning that few manufacturers had any plan to replace chips made on the island.

    "If something happens with Taiwan, pretty much every company on Earth that makes electronics is going to have a problem, including Tesla," Musk told the VivaTech conference in Paris during a fireside chat.

    He said Beijing and Taipei should find "a way to get along" and that the best outcome was "a peaceful resolution that both sides can live with".

    Musk also used the session to promote X's new payments service, which he said would launch in Europe next year.

    Taiwan's Mainland Affairs Council said in a statement that the island's future must be decided by its 23 million people. China's foreign ministry did not immediately comment.

    Musk, whose Tesla operates a large factory in Shanghai, has made similar remarks before, drawing criticism in Taipei.
    """,
    [
        "Taiwan conflict would hit 'every company on Earth' that makes electronics",
        "a military conflict between China and Taiwan would cause chaos across the global electronics industry",
        "few manufacturers had any plan to replace chips made on the island",
        "If something happens with Taiwan, pretty much every company on Earth that makes electronics is going to have a problem, including Tesla",
        "Beijing and Taipei should find \"a way to get along\"",
        "the best outcome was \"a peaceful resolution that both sides can live with\"",
    ],
    "Taiwan in relation to China; non-China remark about X payments in same article not gold; officials' statements not his"))

A(doc(6, "wire", "article",
    "Kimbal Musk says Chinese shoppers are 'years ahead' on electric cars",
    """
    SHANGHAI, Nov 5 (Reuters) - Kimbal Musk, the younger brother of Tesla CEO Elon Musk and a member of the carmaker's board, said on Wednesday that Chinese consumers were "years ahead" of Americans in embracing electric cars and smart-cockpit technology.

    "When you sit in a car here, it feels like a phone on wheels," Kimbal Musk told reporters at the China International Import Expo, where he was promoting a food-technology venture. "Americans will get there, but it will take time."

    Their mother, model and author Maye Musk, has also become a familiar face in China, where her memoir has sold more than a million copies. She told a book event in Hangzhou last month that China felt like "a second home".

    Elon Musk was not at the expo. Tesla's China-made sales rose 3% in October.
    """,
    [],
    "other people named Musk (Kimbal, Maye) talking about China; the watched speaker says nothing"))

A(doc(7, "wire", "article",
    "Tesla's Musk praises China's engineers, says they are the best in the world",
    """
    BEIJING, April 29 (Reuters) - Elon Musk praised Chinese engineers on Monday during a brief visit to Beijing, saying the depth of technical talent in the country was unmatched anywhere.

    "There are a lot of smart, hard-working people in China, and I have great respect for them," Musk told state broadcaster CCTV in a short interview after meeting officials from the China Council for the Promotion of International Trade.

    Musk, who flew in on his private jet and left after about 12 hours, did not take questions from other media. State media reported that he also met Premier Li Qiang, who told him that China's market "will always be open" to foreign companies.
    """,
    [
        "they are the best in the world",
        "the depth of technical talent in the country was unmatched anywhere",
        "There are a lot of smart, hard-working people in China, and I have great respect for them",
    ],
    "headline with two verbs (praises ..., says ...): gold is the claim; premier's words to him and his visit/meetings not gold"))

A(doc(8, "wire", "article",
    "Musk's China bet faces test as Shanghai exports slump",
    """
    SHANGHAI, Aug 2 (Reuters) - For years Elon Musk has cultivated ties with Beijing, winning permission in 2018 to build China's first wholly foreign-owned car plant and later courting senior leaders on a string of visits.

    That bet now faces its sternest test. Exports from Tesla's Shanghai Gigafactory fell 40% in July from a year earlier, data from the China Passenger Car Association showed on Friday, while local rivals led by BYD kept cutting prices.

    "Musk likes to say China needs Tesla as much as Tesla needs China. I don't think that's true anymore," said Zhou Hang, head of Shanghai-based consultancy Automotive Horizon.

    Another analyst, who asked not to be named because of the sensitivity of the topic, said Musk had "consistently overstated" how much leverage Tesla had with Chinese regulators.

    Tesla did not respond to a request for comment.
    """,
    [],
    "analysts paraphrasing him critically ('Musk likes to say ...'); journalist's description of courting Beijing; no statement of his"))

A(doc(9, "wire", "article",
    "Musk criticizes proposed tariffs on Chinese cars, calls for bigger U.S. grid",
    """
    WASHINGTON, Feb 12 (Reuters) - Elon Musk on Wednesday came out against a proposal in Congress to double tariffs on Chinese-made electric vehicles and batteries, saying trade barriers would raise prices for American consumers without making U.S. factories more competitive.

    "Tariffs on Chinese cars are a blunt instrument. They hurt buyers here more than they hurt anyone in Beijing," Musk told reporters at an event in Washington. "Tesla has not asked for them, and I don't support them."

    Musk also urged lawmakers to speed up permitting for transmission lines, saying the United States would need "a massive expansion" of its electricity grid to power data centres for artificial intelligence.

    "We are going to run out of transformers before we run out of chips," he said.

    The bill's sponsors said the tariffs were needed to stop China from flooding the U.S. market with subsidised vehicles.
    """,
    [
        "trade barriers would raise prices for American consumers without making U.S. factories more competitive",
        "Tariffs on Chinese cars are a blunt instrument",
        "They hurt buyers here more than they hurt anyone in Beijing",
        "Tesla has not asked for them, and I don't support them",
    ],
    "tariffs on China; 'them' referring back to the tariffs; US grid/energy remarks in same article not gold; descriptive headline verbs not gold"))

A(doc(10, "wire", "article",
    "Tesla wins Chinese nod for driver-assist features; Musk rails at European regulators",
    """
    SHANGHAI/AMSTERDAM, Feb 25 (Reuters) - Tesla has begun rolling out an advanced version of its driver-assistance software to customers in China after receiving regulatory approval, the company said on Tuesday, a milestone in one of its biggest markets.

    In Europe, where the software is still awaiting approval, Elon Musk vented his frustration with the Dutch vehicle authority RDW, which is reviewing Tesla's application on behalf of the European Union.

    "They are moving at a glacial pace. It is absurd," Musk wrote on X, responding to a user who asked when European owners would get the feature. "Europe's regulators are holding back safety improvements that would save lives."

    A spokesperson for RDW said the review was proceeding according to its normal procedures.

    Tesla's China rollout excludes some city-street functions, according to a notice on the company's Chinese website.
    """,
    [],
    "'they' refers to European regulators (RDW), not China; the China news comes from the company, not from him"))

A(doc(11, "wire", "article",
    "Musk tells Tesla shareholders China remains 'incredibly important' as robot push widens",
    """
    AUSTIN, Texas, June 13 (Reuters) - Elon Musk, at Tesla's annual shareholder meeting held on Thursday at the company's sprawling Gigafactory on the outskirts of Austin, Texas, said China would remain one of Tesla's most important markets even as the company shifted its focus toward self-driving taxis and humanoid robots.

    "China is incredibly important to us. We have an amazing team in Shanghai, and the Chinese market is the most competitive car market in the world," Musk told several thousand investors gathered under a tent.

    Shareholders at the meeting approved Musk's pay package and a proposal to keep the company's legal home in Texas, according to preliminary results.

    Musk spent most of his hour-long presentation on Optimus, Tesla's humanoid robot, which he said would be in "limited production" at the Fremont factory next year. He said Tesla's camera-only approach to self-driving would prove superior to systems relying on lidar. "Lidar is a crutch," he said.

    Asked by a shareholder whether Tesla could compete with cheaper Chinese rivals, Musk said Tesla would win on technology, not price. "They are very good at cost. We have to be better at autonomy," he said.

    He also said the Shanghai factory would begin producing a cheaper Model Y variant for Asian markets this year and joked that the plant's workers "are not just burning the midnight oil, they're burning the 3am oil".

    Tesla's deliveries fell 8.5% in the first quarter, its steepest drop in more than a decade. In China, its market share has shrunk to about 6% from nearly 8% a year earlier, according to data from the China Passenger Car Association.

    Musk did not address a question from one shareholder about his relationship with Chinese officials. Instead he turned to SpaceX, saying Starship would attempt to catch its upper stage "within months".

    "The future is going to be amazing," he said to cheers as the meeting closed.
    """,
    [
        "China remains 'incredibly important'",
        "China would remain one of Tesla's most important markets even as the company shifted its focus toward self-driving taxis and humanoid robots",
        "China is incredibly important to us",
        "We have an amazing team in Shanghai, and the Chinese market is the most competitive car market in the world",
        "Tesla would win on technology, not price",
        "They are very good at cost. We have to be better at autonomy",
        "the Shanghai factory would begin producing a cheaper Model Y variant for Asian markets this year",
        "are not just burning the midnight oil, they're burning the 3am oil",
    ],
    "long article; subject and verb far apart; China and non-China remarks mixed (Optimus, lidar, Starship not gold); answer to a question about Chinese rivals with 'they'"))

A(doc(12, "wire", "article",
    "DeepSeek's new model rattles U.S. tech stocks; Musk touts Grok",
    """
    HANGZHOU/SAN FRANCISCO, Jan 28 (Reuters) - Chinese artificial intelligence startup DeepSeek released a new reasoning model on Tuesday that it said matched leading U.S. systems at a fraction of the cost, sending shares of chipmakers lower for a second day.

    The Hangzhou-based company, backed by the quantitative hedge fund High-Flyer, said the model was trained on fewer than 3,000 Nvidia chips.

    Some investors questioned the claim. "I'd be surprised if that's the full story," said Daniel Roth, a partner at venture firm Lightyear Capital.

    Elon Musk, whose xAI is building one of the world's largest computing clusters in Memphis, Tennessee, used a livestream on Tuesday evening to promote the next version of his chatbot. "Grok 4 will be the smartest AI in the world, by a lot," he said, adding that the Memphis cluster would double to 200,000 GPUs within months.

    He did not mention DeepSeek.
    """,
    [],
    "China AI article; his remarks are only about Grok and his own cluster; investor's doubt not his"))

# ---------------------------------------------------------------- liveblog
A(doc(13, "liveblog", "article",
    "Live: Elon Musk in Beijing - latest updates",
    """
    08:12 Welcome to our live coverage of Elon Musk's surprise trip to China. The Tesla chief's jet landed at Beijing Capital International Airport a little after 7am local time, according to flight-tracking data.

    09:40 State broadcaster CCTV has aired brief footage of Musk arriving at the China Council for the Promotion of International Trade. No statements yet.

    10:55 Musk has spoken. In a short clip posted by CCTV, he says: "I have been to China many times, and every time the progress is astonishing. The speed of construction here is something the rest of the world should learn from."

    11:20 Some context from our Shanghai correspondent: Tesla is seeking approval to roll out its Full Self-Driving software in China and needs permission to transfer data collected in the country overseas to train its algorithms.

    12:03 Asked by a CCTV reporter whether Tesla would invest more on the mainland, Musk replied: "Definitely. We are looking at expanding both Shanghai and the Megapack factory." He added that Tesla's Chinese suppliers were "among the best in the world".

    12:30 Over on X, Musk has posted a picture of a Starship booster with the caption "Flight 10 soon". Not China-related, but a reminder that he runs several companies at once.

    13:45 Premier Li Qiang told Musk that China's door "will only open wider", according to a readout from Xinhua.

    15:10 Musk has left Beijing, per flight data. That's it from us today.
    """,
    [
        "I have been to China many times, and every time the progress is astonishing",
        "The speed of construction here is something the rest of the world should learn from",
        "Definitely. We are looking at expanding both Shanghai and the Megapack factory",
        "Tesla's Chinese suppliers were \"among the best in the world\"",
    ],
    "liveblog with timestamps; 'here' and a one-word answer to a question about the mainland; 'He added' continuation; Starship X post and premier's words not gold"))

A(doc(14, "liveblog", "article",
    "Tesla Q3 earnings call live: Musk bets on robotaxis as margins shrink",
    """
    5:31 pm ET: The call is under way. Elon Musk opens by calling it "a pivotal quarter" for Tesla's autonomy efforts.

    5:38 pm: Musk says the company's robotaxi service in Austin will expand to "half the US population" by the end of next year. He has made bold timing promises before, so take that with a grain of salt.

    5:46 pm: CFO Vaibhav Taneja addresses China. He says sales in the region were hurt by "intense price competition" and that Tesla offered zero-interest financing to support demand.

    5:52 pm: An analyst from Morgan Stanley asks about Chinese competitors' lower costs. Taneja takes the question again, saying Tesla's cost per vehicle fell to its lowest ever.

    6:04 pm: Musk is back, talking about Optimus. "Optimus will be the biggest product of all time," he says. Version 3 prototypes are due in the first quarter.

    6:15 pm: Call ends. Shares are up 2% after hours.
    """,
    [],
    "China discussed only by the CFO and an analyst; his own remarks are about robotaxis and Optimus"))

A(doc(15, "liveblog", "article",
    "Trade war live: Beijing hits back with 34% tariffs; markets slide",
    """
    Beijing responds

    China's finance ministry said on Friday it would impose an additional 34% tariff on all imports from the United States from April 10, matching Washington's latest levy. The commerce ministry also added 11 U.S. firms to its unreliable entity list.

    Musk weighs in

    Elon Musk, who has been advising the White House on government spending, has broken ranks on tariffs. Responding on X to a chart showing China's share of global manufacturing, he wrote: "A trade war with China hurts both countries. Nobody wins this." In a second post, he added that tariffs on Chinese components would raise Tesla's costs "meaningfully, but not catastrophically".

    White House reaction

    A White House spokesperson said the president's advisers "are free to share their views" but that the tariffs would stay until Beijing changed course.

    Markets

    The S&P 500 fell 4% by midday, its worst two-day run since 2020. Shares of Tesla were down 6%.
    """,
    [
        "A trade war with China hurts both countries. Nobody wins this",
        "tariffs on Chinese components would raise Tesla's costs \"meaningfully, but not catastrophically\"",
    ],
    "liveblog with section heads; X post; 'he added' continuation; tariffs on China; spokesperson's words not gold"))

A(doc(16, "liveblog", "article",
    "Shanghai auto show live: BYD, Xiaomi steal the spotlight",
    """
    10:05 The doors are open at the National Exhibition and Convention Center in Shanghai, and the crowds are already thickest at the Xiaomi stand.

    10:40 BYD chairman Wang Chuanfu takes the stage. He says BYD will sell a million cars abroad this year and takes an apparent swipe at Tesla: "Some people said Chinese cars could never be premium. They were wrong."

    11:15 Tesla is here too, with a modest stand showing the refreshed Model Y. No executives from Austin made the trip; Elon Musk's last visit to China was a year ago.

    12:20 NIO founder William Li, asked about Musk, tells reporters: "Elon thinks the Chinese market is all about price. It's not. It's about technology."

    13:00 Xpeng's He Xiaopeng recalls meeting Musk in 2019 and says the Tesla CEO told him Xpeng "would not survive". Musk has never publicly confirmed the conversation.
    """,
    [],
    "rivals characterising him or quoting him back (Li, He Xiaopeng); journalist's note about his last visit; no statement of his"))

A(doc(17, "liveblog", "article",
    "Global Investment Forum live: Musk on AI, China and Mars",
    """
    2:02 pm Elon Musk has joined by video link from Starbase, Texas. The moderator opens with Mars, and Musk says he still hopes to send uncrewed Starships there "in the next window, late next year".

    2:10 pm Now on to China. The moderator notes that Chinese brands outsold foreign ones in their home market for the first time last year. Musk: "Their progress has been incredible. The best Chinese companies are now as good as anyone, in some areas better." He added: "People underestimate how hard they work."

    2:18 pm Musk on whether Washington should restrict Chinese AI models: "I'm not sure bans work. The smart move is to build better stuff faster."

    2:25 pm A question about the Shanghai factory: Musk says the Shanghai plant is "running at full tilt" and remains Tesla's highest-output factory.

    2:31 pm Back to AI in general: Musk repeats his estimate that AI will be smarter than any single human "by next year" and smarter than all humans combined by 2030.

    2:40 pm Session ends. We'll have analysis shortly.
    """,
    [
        "Their progress has been incredible",
        "The best Chinese companies are now as good as anyone, in some areas better",
        "People underestimate how hard they work",
        "I'm not sure bans work. The smart move is to build better stuff faster",
        "the Shanghai plant is \"running at full tilt\" and remains Tesla's highest-output factory",
    ],
    "'their'/'they' refer back to Chinese brands; answer about restricting Chinese AI doesn't name China; Mars and general AI remarks not gold"))

A(doc(18, "liveblog", "article",
    "Starship launch live: SpaceX aims for orbit as China eyes the Moon",
    """
    6:00 pm CT Good evening from South Padre Island, where SpaceX is counting down to the eleventh test flight of Starship.

    6:12 pm A bit of context: China's space agency said this week that its Mengzhou crew capsule passed a key abort test, part of a plan to land astronauts on the Moon before 2030. The race with NASA's Artemis program is well and truly on.

    6:25 pm Elon Musk is on the SpaceX webcast. Asked about NASA's plan to use Starship as a lunar lander, he says: "They have been great partners. They take risks that a lot of people don't give them credit for."

    6:40 pm Liftoff! All 33 Raptor engines lit, per Musk on X.

    6:48 pm Hot staging successful. Musk: "Ship is in orbit. Wow."

    7:30 pm Splashdown in the Indian Ocean. Musk calls it "an epic day".
    """,
    [],
    "'they' refers to NASA although China is mentioned just before; all his remarks are about Starship"))

# ---------------------------------------------------------------- qa_interview
A(doc(19, "qa_interview", "article",
    "'The competition there is brutal': Elon Musk on cars, robots and the road ahead",
    """
    This interview has been edited for length and clarity.

    Q: Your sales in China fell again last quarter. BYD, Xiaomi and a dozen others are undercutting you. What is going on in that market?

    Musk: The competition there is brutal. It's the most competitive market on Earth, by far. Anyone who survives in that market is going to be very strong globally.

    Q: Do you worry that Chinese brands will come to Europe and the US?

    Musk: They're already in Europe. They work incredibly hard and they are very smart, so yes, they will be formidable. We just need to keep innovating.

    Q: Let's talk about Optimus. When can I buy one?

    Musk: Probably 2027 for consumers. Factories first.

    Q: And the Roadster?

    Musk: We'll demo it this year. It's going to be mind-blowing.
    """,
    [
        "The competition there is brutal",
        "It's the most competitive market on Earth, by far",
        "Anyone who survives in that market is going to be very strong globally",
        "They're already in Europe",
        "They work incredibly hard and they are very smart, so yes, they will be formidable",
    ],
    "interviewer's question names China, his answers don't ('there', 'that market', 'they'); Optimus and Roadster dates not gold; interviewer's questions not gold"))

A(doc(20, "qa_interview", "article",
    "Elon Musk on Starship: 'We're going to Mars, and sooner than you think'",
    """
    Q: Before we get to China and Tesla, which I know our readers want to hear about, let's start with SpaceX. When is the next Starship flight?

    Musk: Probably six weeks. The team has done an incredible job turning the vehicle around.

    Q: NASA is counting on Starship to land astronauts on the Moon. Can you hit the 2027 date?

    Musk: It's tight, but I think we can do it. They've been very supportive.

    Q: And Mars?

    Musk: We're going to Mars, and sooner than you think. We'll send the first uncrewed ships at the end of next year if the engineering goes well.

    Editor's note: The interview ran over time, and Musk left before questions on China could be asked.
    """,
    [],
    "interviewer mentions China but he never speaks about it; 'they' = NASA; editor's note"))

A(doc(21, "qa_interview", "article",
    "Q&A: Musk on batteries, Beijing and the end of cheap lithium",
    """
    Tesla CEO Elon Musk spoke with our energy correspondent by phone last week. Excerpts:

    Q: Chinese LFP cell prices have fallen below $60 per kilowatt-hour. Can anyone outside China compete with that?

    A (Musk): Not right now, no. The Chinese battery makers are simply the best at manufacturing at scale. CATL is an amazing company.

    Q: Tesla buys cells from CATL. Is that a risk, given tensions between Washington and Beijing?

    A (Musk): We're building our own LFP line in Nevada, but it will take years to match them on cost.

    Q: Lithium prices have crashed. Will they stay low?

    A (Musk): Lithium is not rare. It's like saying salt is rare. Refining is the bottleneck.
    """,
    [
        "Not right now, no. The Chinese battery makers are simply the best at manufacturing at scale",
        "CATL is an amazing company",
        "We're building our own LFP line in Nevada, but it will take years to match them on cost",
    ],
    "Q/A format 'A (Musk):'; answers point back to Chinese makers ('them'); lithium answer not about China; questions not gold"))

A(doc(22, "qa_interview", "article",
    "Elon Musk: 'I don't think the West understands China at all'",
    """
    The following is an excerpt from a conversation with Elon Musk recorded at Tesla's Giga Texas factory. Our questions are in bold in the print edition.

    You spend a lot of time in China. What do people in the West get wrong about it?

    I don't think the West understands China at all. People imagine it's all copying. It's not. The engineering talent is extraordinary, and the pace is extraordinary.

    Some critics say your business interests make you soft on Beijing, on Hong Kong for example.

    I'm not a politician. I build cars and rockets. Hong Kong is a matter for China, and I'm not going to pretend I know more about it than the people who live there.

    You've said X is a free-speech platform. Is that compatible with the EU's Digital Services Act?

    We follow the law in each country. If the law is bad, the people should change it.
    """,
    [
        "I don't think the West understands China at all",
        "People imagine it's all copying. It's not",
        "The engineering talent is extraordinary, and the pace is extraordinary",
        "Hong Kong is a matter for China, and I'm not going to pretend I know more about it than the people who live there",
    ],
    "Q&A without speaker labels; headline carries his claim; Hong Kong; answer on EU law not China"))

A(doc(23, "qa_interview", "article",
    "Interview: Zhiyuan Battery's chairman on CATL, price wars and Elon Musk",
    """
    Chen Weiming founded Zhiyuan Battery in a Shenzhen industrial park in 2011. Today the company supplies cells to three of China's ten biggest carmakers. He spoke to us at the company's headquarters.

    Q: Elon Musk has said several times that battery supply is the main constraint on electric vehicles. Do you agree?

    Chen: Elon was right five years ago. Today the constraint is demand, not supply. There are too many factories in China, not too few.

    Q: Have you met him?

    Chen: Once, in Shanghai. I told him that Chinese suppliers could cut costs faster than anyone expected. He laughed. I think he believes it now.

    Q: What do Western carmakers misunderstand about China?

    Chen: Speed. A Chinese team will do in 18 months what takes four years in Detroit.
    """,
    [],
    "Q&A with a Chinese executive; interviewer paraphrasing Musk (not about China anyway); Chen's account of what he told Musk; no statement of his"))

A(doc(24, "qa_interview", "article",
    "Musk on TikTok: 'I've been against a ban for a long time'",
    """
    In an interview with a German broadcaster aired on Sunday, Elon Musk was asked about the future of TikTok, the short-video app owned by China's ByteDance, which faces a U.S. ban unless it is sold.

    Q: Should TikTok be banned in the United States?

    Musk: I've been against a ban for a long time. It goes against freedom of speech. That said, the algorithm being controlled from Beijing is a legitimate concern, and I understand why people worry about it.

    Q: Would you buy it?

    Musk: I haven't put in a bid, and I have no plans to. I'm quite busy.

    Q: How is X doing financially?

    Musk: Advertisers are coming back. We're roughly break-even.
    """,
    [
        "I've been against a ban for a long time",
        "It goes against freedom of speech",
        "That said, the algorithm being controlled from Beijing is a legitimate concern, and I understand why people worry about it",
        "I haven't put in a bid, and I have no plans to",
    ],
    "TikTok (Chinese-owned) via question; 'it' refers back to TikTok; headline carries his claim; answer on X's finances not gold"))

A(doc(25, "qa_interview", "article",
    "Maye Musk: 'China feels like home now'",
    """
    Maye Musk, the 77-year-old model and dietitian, is a bestselling author in China, where her memoir has sold more than a million copies. We met her in Shanghai.

    Q: Why do you think Chinese readers connect with your story?

    Maye Musk: Chinese women are very ambitious. They want to know how to make a plan and start again. I get letters from readers in Chengdu, in Wuhan, everywhere.

    Q: Does your son Elon give you advice on China?

    Maye Musk: No! I give him advice. He's too busy with rockets.

    Q: Will you keep coming back?

    Maye Musk: Of course. China feels like home now.
    """,
    [],
    "Maye Musk, not the watched speaker, speaks about China; Elon only mentioned as object"))
