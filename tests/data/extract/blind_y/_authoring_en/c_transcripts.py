"""yen-051 .. yen-071: podcasts (labelled / unlabelled), WebVTT, earnings calls, Q&A interviews."""
from common import doc, P, L, V

DOCS = []
add = DOCS.append

# ---- podcast_labelled ----------------------------------------------------------------
add(doc("yen-051", "podcast_labelled", "label",
    "The Tech Table, Ep. 212: Elon Musk on batteries, the grid and China",
    L("Jason Ruiz: Welcome back to The Tech Table. We've got Elon on the line, and Priya and Dev are here in the studio. Elon, let's start with China, because everyone's asking. Are they ahead in EVs?",
      "Elon Musk: ⟦In EVs, yes, in a lot of ways. The Chinese supply chain for batteries is just unmatched, and the cost per kilowatt-hour there is way lower than anywhere else. People don't want to hear it, but it's true.⟧",
      "Priya Natarajan: I'd push back a little. I was in Shenzhen last month, and honestly, a lot of those companies are losing money on every car. The subsidies are doing the heavy lifting.",
      "Elon Musk: ⟦Some of them, sure. But BYD is profitable, and they're vertically integrated to a degree that's kind of insane.⟧ Anyway, the bigger issue for us right now is getting Starship to orbit reliably. We're going to fly again in a few weeks.",
      "Dev Sharma: Can I jump in on the grid? China added more solar last year than the US has installed in total. That's the stat that keeps me up at night.",
      "Elon Musk: Yeah. ⟦They're building power generation at a rate that's just staggering. If you're training AI, electricity is the limiting factor, and they'll have a lot of it.⟧",
      "Jason Ruiz: Okay, quick break. When we come back, Elon's going to tell us about Neuralink.",
      "Elon Musk: Happy to."),
    "multi-guest podcast: other guests also talk about China; his Starship aside is not gold; 'They' after Dev's China sentence"))

add(doc("yen-052", "podcast_labelled", "label",
    "Orbit Hours, Ep. 88: Starship, Mars and the race back to the Moon",
    L("Karen Whitfield: Elon, before we get to Mars, I have to ask about China. Their space agency says it'll have astronauts on the Moon by 2030. Are they going to beat you there?",
      "Elon Musk: I'd rather talk about what we're doing. Starship is the first fully reusable rocket, and once it's working, the cost of getting to orbit drops by something like a factor of a hundred.",
      "Tom Becker: For listeners who haven't followed it, China's Chang'e program has been remarkably consistent. They've landed on the far side of the Moon and brought back samples. It's serious stuff.",
      "Elon Musk: The thing people underestimate is orbital refilling. You have to transfer hundreds of tons of propellant in orbit, and nobody has ever done that.",
      "Karen Whitfield: And Mars? When do the first ships go?",
      "Elon Musk: We're aiming for uncrewed Starships in the next transfer window. If those land safely, crewed missions a couple of years after that."),
    "hosts ask him about China and talk about China; his answers are only about Starship and Mars"))

add(doc("yen-053", "podcast_labelled", "label",
    "",
    L("[00:40:32] Lina Park: Let's talk robots. There are a dozen Chinese companies showing humanoids that dance and do backflips, and one of them is selling a robot for about sixteen thousand dollars. Does that worry you?",
      "[00:40:51] Elon Musk: ⟦If I had to guess, our toughest competitors in humanoid robots will almost all be Chinese companies.⟧ ⟦They're very good at hardware, very good at scaling manufacturing.⟧",
      "[00:41:20] Lina Park: Not American ones?",
      "[00:41:22] Elon Musk: I mean, there'll be some. ⟦But that's where the manufacturing muscle is. China makes more stuff than the US and Europe combined, roughly.⟧",
      "[00:41:40] Lina Park: And Optimus version three, when do we see it?",
      "[00:41:44] Elon Musk: We'll show the production design probably in the first quarter. It's a big leap on the hand, twenty-two degrees of freedom.",
      "[00:42:01] Lina Park: Quick one. Did you really say Chinese robots would beat Optimus? That's what the headlines said last week.",
      "[00:42:08] Elon Musk: ⟦No, I said they'd be the hardest competition, not that they'd win.⟧ Big difference."),
    "timestamped labelled transcript; 'They'/'that's where' refer back to China; Optimus date not gold; host's question vs his denial"))

add(doc("yen-054", "podcast_labelled", "label",
    "Good Roots Podcast: Kimbal Musk on food, farming and what he saw in China",
    L("Ana Reyes: My guest today is Kimbal Musk, restaurateur, farmer, and yes, Elon Musk's brother. Kimbal, you just spent two weeks in China.",
      "Kimbal Musk: I did, and it blew my mind. The vertical farms outside Shanghai are enormous. China is going to feed its cities from inside buildings within ten years.",
      "Ana Reyes: Did your brother give you any advice before you went? He's been there a lot.",
      "Kimbal Musk: Ha, no. We don't talk much about work when we're together. Mostly we talk about our kids.",
      "Ana Reyes: What would you want American farmers to take from the trip?",
      "Kimbal Musk: That the Chinese are treating food like a technology problem, and we're still treating it like it's 1950."),
    "same surname: Kimbal Musk speaks about China; Elon only mentioned"))

add(doc("yen-055", "podcast_labelled", "label",
    "X Spaces recording: 'Energy, Batteries & the Grid' (partial transcript)",
    L("Moderator: Okay, next up we have @gridwatcher. Go ahead, you're live.",
      "Gridwatcher: Thanks. Elon, some senators want to ban Chinese batteries from grid storage in the US entirely. Thoughts?",
      "Musk: ⟦Oh sure, let's just ban Chinese batteries and see how that goes. Great plan.⟧",
      "Musk: ⟦I mean, who do you think makes most of the battery cells on Earth? It's China. It's not even close.⟧",
      "Moderator: Let's take one more. @ruralbroadband, you're up.",
      "Ruralbroadband: Elon, when will Starlink's new cheaper dish ship?",
      "Musk: Probably next quarter. The new dish is about half the cost to make and it's a lot smaller."),
    "sarcasm and rhetorical question about China are gold; 'Musk:' label; Starlink answer not gold"))

# ---- podcast_unlabelled --------------------------------------------------------------
add(doc("yen-056", "podcast_unlabelled", "unlabeled",
    "Episode 512 transcript",
    P("Welcome back to the podcast. My guest today is Elon Musk, CEO of Tesla and SpaceX. Elon, thanks for doing this again.",
      "Happy to be here.",
      "I want to start with the Shanghai factory. You've been there a lot. What makes it different?",
      "⟦Well, the team in Shanghai is incredibly talented and they're extremely hardworking. There's a sort of intense drive there that is hard to match.⟧ ⟦And the supplier base around the factory is very deep. Most parts come from within a few hours' drive.⟧",
      "Is that something you can replicate in Texas?",
      "We're trying. Giga Texas is getting better every month. The Cybercab line is going to be unlike any car production line ever. It's more like a consumer electronics line.",
      "Do you worry about China as a competitor in AI?",
      "⟦I think China will be a very strong competitor in AI. They have a lot of smart people and a lot of power generation. It would be foolish to underestimate them.⟧",
      "Last one on this. Your critics say you're too friendly with Beijing.",
      "⟦I'm friendly with everyone. I'm not going to pretend China isn't a huge part of the world economy just because it's politically convenient.⟧",
      "Let's talk about Mars.",
      "Sure."),
    "unlabelled transcript, single guest: his answers about Shanghai/China are gold; host questions and Texas/Cybercab answer are not",
    guests=["Elon Musk"]))

add(doc("yen-057", "podcast_unlabelled", "unlabeled",
    "Episode 140 transcript: Neuralink, one year in",
    P("Elon, thanks for coming on. Neuralink has now implanted devices in how many people?",
      "We're at twelve patients now, and all of them are using the device every day. Some of them for more than ten hours a day.",
      "There's a lot of competition coming, including from China. A Chinese group in Beijing says its brain implant has matched Neuralink's typing speed in trials. The Chinese government has made brain-computer interfaces a national priority. How do you see that?",
      "What I can tell you is where we are. Our next milestone is restoring vision. We call it Blindsight, and we hope to have the first human implant next year.",
      "When you say next year, is that a firm date?",
      "Nothing is firm in medicine. But that's the plan."),
    "host talks at length about China's brain-implant efforts; his answers are only about Neuralink",
    guests=["Elon Musk"]))

add(doc("yen-058", "podcast_unlabelled", "unlabeled",
    "Founders Unfiltered: Elon Musk and Wei Zhang on manufacturing",
    P("Welcome, everyone. Two guests today: Elon Musk, and Wei Zhang, who ran a battery start-up in Shenzhen for eight years before moving to California. Wei, let me start with you. What's the real difference between building hardware in China and building it here?",
      "Speed. In Shenzhen you can get a prototype battery pack built in a week. In California it takes three months. That's the whole story of China's advantage, honestly.",
      "Elon, do you agree with that?",
      "⟦Yeah, Wei's right. The speed of iteration in China is incredible.⟧ ⟦And the engineers there will work through the night if there's a problem on the line, which, you know, we used to do in America.⟧",
      "Wei, is it sustainable, though? The price war over there is brutal.",
      "No. I think half the brands will disappear. That's already happening. Chinese automakers are consolidating, and the local governments are pulling back support.",
      "Elon?",
      "⟦I agree, there'll be a big shakeout. The survivors will be really tough, though. BYD, Geely, maybe Xiaomi.⟧",
      "Let's switch gears. Elon, Starship. When's the next launch?",
      "Probably in about five weeks. We've got a new heat shield design we want to test."),
    "multi-guest unlabelled podcast: both guests talk about China; only Musk's turns (identified by the host's address) are gold",
    guests=["Elon Musk", "Wei Zhang"]))

add(doc("yen-059", "podcast_unlabelled", "unlabeled",
    "Market Movers Live: Tesla after earnings",
    P("We're joined by Elon Musk and by Marcus Feld, who covers autos at Redline Capital. Marcus, China first. How bad is it?",
      "It's bad. Tesla's share in China is down to about six percent. BYD and Xiaomi are eating its lunch, and Beijing's trade-in subsidies are mostly helping local brands.",
      "Elon, full self-driving. Where are we?",
      "The latest version is a big step up. Interventions are down by roughly a factor of five, and we'll expand unsupervised driving to more cities in the US this year.",
      "And anything you want to say to Marcus's point about China?",
      "I'll leave the macro stuff to Marcus. What I care about is making the car drive itself.",
      "Fair enough. Marcus, last word?",
      "Chinese carmakers will keep gaining share until Tesla launches something cheaper. Simple as that."),
    "analyst guest talks about China; Musk deflects and talks only about FSD",
    guests=["Elon Musk", "Marcus Feld"]))

# ---- vtt -----------------------------------------------------------------------------
add(doc("yen-060", "vtt", "vtt",
    "Elon Musk interview: China, Cybertruck and the road ahead",
    "",
    "single-interview WebVTT; 'them' in a later cue refers to Chinese EV brands; Cybertruck answer not gold",
    vtt=V(("00:00:01.000", "00:00:06.500", "Interviewer", "Elon, Tesla's sales in China were down again last quarter. What's going on there?"),
          ("00:00:06.500", "00:00:14.000", "Elon Musk", "⟦The China market is extremely competitive right now. There are something like a hundred EV brands fighting over the same customers.⟧"),
          ("00:00:14.000", "00:00:20.000", "Elon Musk", "⟦And a lot of them are selling cars at a loss, which isn't sustainable.⟧"),
          ("00:00:20.000", "00:00:25.000", "Interviewer", "So you expect a shakeout?"),
          ("00:00:25.000", "00:00:31.500", "Elon Musk", "⟦I do. Most of them won't survive, but the ones that do will be very strong.⟧"),
          ("00:00:31.500", "00:00:36.000", "Interviewer", "Let's talk about the Cybertruck. Production numbers?"),
          ("00:00:36.000", "00:00:43.000", "Elon Musk", "We're making good progress. We should hit a run rate of about 2,500 a week by the end of the year."))))

add(doc("yen-061", "vtt", "vtt",
    "",
    "",
    "interviewer cites Chinese officials; his cues are only about Starship",
    vtt=V(("00:00:00.000", "00:00:07.000", "Interviewer", "Chinese officials say their reusable rocket will fly this year and that they'll catch up with SpaceX within five years. Your reaction?"),
          ("00:00:07.000", "00:00:15.000", "Elon Musk", "We're focused on getting Starship working. The next flight is in about a month, and we're going to try to catch the booster again."),
          ("00:00:15.000", "00:00:21.000", "Interviewer", "And the ship itself? When do you catch that?"),
          ("00:00:21.000", "00:00:29.000", "Elon Musk", "Hopefully later this year. The heat shield is the hardest part. It's the hardest engineering problem we have."),
          ("00:00:29.000", "00:00:34.000", "Interviewer", "Elon Musk, thank you."))))

add(doc("yen-062", "vtt", "vtt",
    "Panel: The future of batteries (World New Energy Vehicle Congress)",
    "",
    "panel with a Chinese battery CEO who speaks TO/ABOUT Musk; Musk's Optimus date not gold",
    vtt=V(("00:12:03.000", "00:12:10.000", "Moderator", "Mr. Chen, Hengtai Power supplies cells to Tesla's Shanghai plant. What is it like working with Elon?"),
          ("00:12:10.000", "00:12:19.000", "Chen Hao", "Mr. Musk pushed us very hard on cost. I said to him, we can go lower, but you have to buy more. He agreed."),
          ("00:12:19.000", "00:12:27.000", "Elon Musk", "⟦Chen's team is amazing. Honestly, the Chinese battery industry is years ahead on LFP chemistry.⟧"),
          ("00:12:27.000", "00:12:34.000", "Elon Musk", "On the robot side, we're going to make Optimus available to other companies next year."),
          ("00:12:34.000", "00:12:40.000", "Moderator", "Elon, will Tesla build a battery plant in China with Hengtai?"),
          ("00:12:40.000", "00:12:48.000", "Elon Musk", "⟦We're always looking at options there. The Shanghai ecosystem makes a lot of sense for batteries.⟧"))))

add(doc("yen-063", "vtt", "vtt",
    "Maye Musk on travel, family and China",
    "",
    "same surname: Maye Musk talks about China; Elon only mentioned by the host",
    vtt=V(("00:03:10.000", "00:03:15.000", "Host", "You've been to China more than twenty times now. What keeps bringing you back?"),
          ("00:03:15.000", "00:03:24.000", "Maye Musk", "The people. Chinese women are so ambitious and so generous. I always leave feeling younger."),
          ("00:03:24.000", "00:03:29.000", "Host", "Does Elon ever come with you?"),
          ("00:03:29.000", "00:03:36.000", "Maye Musk", "Oh, he's much too busy. He has his rockets. I go with my friends."))))

# ---- earnings_call -------------------------------------------------------------------
add(doc("yen-064", "earnings_call", "article",
    "Tesla (TSLA) Q2 2025 Earnings Call Transcript",
    P("Prepared Remarks:",
      "Nora Whitman -- Head of Investor Relations",
      "Good afternoon, everyone, and welcome to Tesla's second-quarter 2025 Q&A webcast. I'm joined today by Elon Musk and Karen Li, our chief financial officer. Our comments today may include forward-looking statements.",
      "Elon Musk -- Chief Executive Officer",
      "Thanks, Nora. So, it was a challenging quarter in some ways, but the robotaxi launch in Austin went very well, and we're going to expand the service area significantly over the next few months. ⟦In China, the competition is very intense, as everyone knows. We've seen price cuts from pretty much every local brand, and we've chosen not to chase them all the way down.⟧ ⟦That said, the new Model Y is selling well in China, and our Shanghai factory continues to be extremely efficient.⟧ On Optimus, we expect to have a production-intent prototype by the end of the year.",
      "Questions & Answers:",
      "Operator",
      "Our first question comes from Ryan Cole with Harbor Point Capital. Please go ahead.",
      "Ryan Cole -- Harbor Point Capital -- Analyst",
      "Thanks. Elon, do you see any risk to Optimus from China's export restrictions on rare-earth magnets?",
      "Elon Musk -- Chief Executive Officer",
      "⟦Yeah, it's a real issue. China wants assurances that the magnets won't be used for military purposes, and we're working through the license process.⟧ I'd expect us to have a clearer picture by next quarter.",
      "Karen Li -- Chief Financial Officer",
      "And just to add on China pricing, our average selling price there was down about 4% sequentially, which was in line with our expectations."),
    "Fool-style earnings call: his China sentences gold, robotaxi/Optimus sentences in the same paragraph not; CFO on China not gold"))

add(doc("yen-065", "earnings_call", "article",
    "Tesla (TSLA) Q4 2024 Earnings Call Transcript",
    P("Elon Musk -- Chief Executive Officer",
      "Thank you. So 2024 was a year of laying the groundwork. The big story for 2025 is autonomy. We expect to launch unsupervised FSD as a paid service in Austin in June, and then expand from there. Energy storage deployments more than doubled, and Megapack demand remains extremely strong.",
      "Operator",
      "Our next question comes from Priya Sandhu with Meridian Research.",
      "Priya Sandhu -- Meridian Research -- Analyst",
      "Elon, how are you thinking about demand in China given the price war, and would you consider a cheaper China-specific model?",
      "Elon Musk -- Chief Executive Officer",
      "I'd say the big picture is that autonomy changes everything. Once the car can drive itself, the value of the car goes up dramatically. I'll let Karen talk about the regional numbers.",
      "Karen Li -- Chief Financial Officer",
      "Sure. In China, deliveries were up modestly year over year, but we did see pricing pressure from local competitors, and we expect that to continue into the first half.",
      "Operator",
      "Our next question comes from Leo Brandt with Fairway Partners."),
    "analyst asks him about China; his answer is about autonomy only; CFO answers on China"))

add(doc("yen-066", "earnings_call", "label",
    "Tesla Q1 earnings call - partial transcript",
    L("Operator: The next question comes from Dana Meyers of Crestline Securities.",
      "Dana Meyers: Hi, thanks. Elon, there's a lot of concern about the world's second-largest economy slowing down. Are you seeing that in orders?",
      "Elon Musk: ⟦Honestly, Chinese demand for our cars has held up better than I expected.⟧ ⟦The Chinese consumer is cautious right now, but the government's trade-in incentives are helping, and we're benefiting from that too.⟧",
      "Dana Meyers: And the cheaper model, will it be built in Shanghai?",
      "Elon Musk: ⟦Shanghai will be one of the first places we build it, yes. The supply chain there is just the best for a low-cost car.⟧",
      "Dana Meyers: Thanks. And quickly on energy: Megapack margins?",
      "Elon Musk: Energy margins were a record this quarter. We'll have the Houston Megafactory running next year."),
    "'the world's second-largest economy' in the analyst's question; his answers about Chinese demand and Shanghai gold; energy answer not"))

add(doc("yen-067", "earnings_call", "label",
    "Tesla Q3 earnings call - partial transcript",
    L("Operator: Our next question comes from Hiro Tanaka of Eastgate Securities.",
      "Hiro Tanaka: Elon, Xiaomi and BYD are both launching SUVs priced below the Model Y in China. How do you respond?",
      "Elon Musk: I'll let Zhao take that one, he's closer to it.",
      "Zhao Lin: Thanks, Elon. We see the competition in China as healthy. Our Model Y remains the best-selling SUV in the country, and we'll keep improving it.",
      "Hiro Tanaka: Thanks. Elon, on Optimus, when will we see external sales?",
      "Elon Musk: Late next year, probably. First we need them working reliably in our own factories."),
    "he hands the China question to his China executive; his own lines are not about China"))

# ---- qa_interview --------------------------------------------------------------------
add(doc("yen-068", "qa_interview", "article",
    "Q&A: Elon Musk on China, chips and the AI race",
    P("Elon Musk spoke to us by phone from Austin on Thursday. The interview has been edited for length and clarity.",
      "Q: You've warned that America could lose the AI race. To whom?",
      "A (Musk): ⟦The main competitor is China, obviously. They have the talent, and they're building power plants like crazy.⟧",
      "Q: Are U.S. chip export controls working?",
      "A (Musk): ⟦Partly. It slows them down, but Chinese chip companies are getting better quickly. I wouldn't bet on the controls holding them back for more than a few years.⟧",
      "Q: When is the next version of Grok coming?",
      "A (Musk): Grok 5 should start training in a few weeks. I think it has a real chance of being the first AGI, honestly.",
      "Q: Some people say your business in China compromises you.",
      "A (Musk): ⟦That's nonsense. Tesla makes cars in China and sells cars in China. That's it.⟧"),
    "Q/A format: questions are not his; answers about China gold; Grok answer not"))

add(doc("yen-069", "qa_interview", "article",
    "Q&A: Elon Musk on Mars, Starship and the Moon race",
    P("Q: China says it will land astronauts on the Moon by 2030. Are you worried?",
      "A (Musk): Honestly, my focus is Mars. The Moon is a nice stepping stone, but the goal is a self-sustaining city on Mars.",
      "Q: When will Starship carry a real payload to orbit?",
      "A (Musk): This year, I think. We need a couple more successful flights first.",
      "Q: Is NASA moving fast enough?",
      "A (Musk): They've been a great partner, but they're hampered by bureaucracy. That's not their fault; it's how the system works."),
    "question mentions China, his answer does not; 'they' = NASA"))

add(doc("yen-070", "qa_interview", "article",
    "Musk, in interview, calls Chinese EV makers '⟦scary good⟧'",
    P("In a 40-minute interview recorded at Tesla's Texas headquarters, Elon Musk was asked whether Tesla could match the prices of its Chinese rivals.",
      "\"⟦Not at the low end. They've got a cost structure we can't touch right now⟧,\" he replied.",
      "When the interviewer pressed him on reports that Chinese officials had pressured him over content on X, Musk said ⟦he had \"never had a single conversation\" with Beijing about X⟧.",
      "The interviewer noted that Tesla's market share in China had fallen for six straight quarters. Musk did not dispute the figure.",
      "Asked about his plans for the holidays, Musk said he would spend them with his children in Texas."),
    "interview write-up: 'They' = Chinese rivals; denial stated as his claim ('never had a single conversation'); private-life answer and interviewer's remark not gold"))

add(doc("yen-071", "qa_interview", "article",
    "Q&A: Lumos Auto's founder on price wars, Tesla and Elon Musk",
    P("Gao Feng founded Hangzhou-based electric-car maker Lumos Auto in 2017. He spoke to us at the Shanghai auto show.",
      "Q: You've met Elon Musk several times. What's he like?",
      "A (Gao): Very direct, very funny. He asked a lot of questions about our battery-swap stations. I told him China would have 10,000 of them by 2027.",
      "Q: Are Chinese automakers going to dominate globally?",
      "A (Gao): In cost, yes. In brand, not yet. That will take another ten years.",
      "Q: What would you say to Musk if he were here?",
      "A (Gao): Come and drive our car. Then we talk."),
    "interview with a Chinese CEO who talks about Musk and what he told Musk; no Musk statement"))
