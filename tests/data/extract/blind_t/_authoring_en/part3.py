from common import add, T, build_vtt

# ---------------- earnings_call ----------------
add(58, "earnings_call",
"Tesla (TSLA) Q3 2025 Earnings Call Transcript",
T('''
Prepared Remarks:
Martin Keel -- Head of Investor Relations
Good afternoon, everyone, and welcome to Tesla's third-quarter 2025 Q&A webcast. I'm joined today by Elon Musk and Rachel Kim. Elon will open with some remarks.
Elon Musk -- Chief Executive Officer
Thanks. So, it was a record quarter for deliveries, and I want to thank the team. Energy storage deployments were also a record. On autonomy, we expect to remove safety monitors in Austin by year-end.
On China specifically, the market there is brutally competitive. I've said this before, but the Chinese carmakers are extremely good, and the Shanghai team has done an incredible job keeping costs down in that environment. We expect China to remain our second-biggest market next year.
Rachel Kim -- Chief Financial Officer
Thank you, Elon. Total revenue grew 7% year over year, and automotive gross margin excluding credits was 16.1%.
Questions & Answers:
Operator
Our first question comes from Colin Reyes with Barclays.
Colin Reyes -- Barclays -- Analyst
Elon, Chinese brands are now expanding into Europe and Latin America with cars priced well below the Model 3. Should investors worry about share loss outside China?
Elon Musk -- Chief Executive Officer
Well, they're going to be formidable everywhere they go. There's no question about that. But our focus is on autonomy, and once the cars drive themselves, the value equation is completely different.
'''),
["On China specifically, the market there is brutally competitive. I've said this before, but the Chinese carmakers are extremely good, and the Shanghai team has done an incredible job keeping costs down in that environment.",
 "We expect China to remain our second-biggest market next year.",
 "Well, they're going to be formidable everywhere they go. There's no question about that."],
"earnings-call format 'Elon Musk -- Chief Executive Officer' then paragraph; mixed turn (autonomy, energy not gold); 'they' = Chinese brands from analyst question; analyst question not gold")

add(59, "earnings_call",
"Tesla Q1 earnings call - partial transcript",
T('''
Operator: Welcome to the Tesla first-quarter 2026 financial results conference call.
Elon Musk: Thanks, everyone. The big news this quarter is the Cybercab production line in Austin, which started on schedule. Optimus version three will be shown later this year.
Rachel Kim: Automotive revenue declined 8% year on year, mainly due to lower volumes in China and pricing actions in the Chinese market.
Analyst (Jefferies): Elon, can you talk about what's happening with demand in China? Are Chinese buyers walking away from Tesla?
Elon Musk: Look, I'd rather spend the time on autonomy, because that's what will define the company over the next five years.
Analyst (Jefferies): So nothing specific on China?
Elon Musk: Rachel went through the numbers already.
Rachel Kim: To add to that, we are seeing stabilization in Shanghai export orders to Asia Pacific.
'''),
[],
"labelled call: China discussed by CFO and analyst only; Musk deflects to autonomy without any claim about China")

add(60, "earnings_call",
"",
T('''
Operator: Our next question comes from the line of Priya Natarajan with UBS.
Priya Natarajan: Thanks. On the energy business, how exposed are you to tariffs on Chinese battery cells?
Elon Musk: Pretty exposed, honestly. A lot of the cells in Megapack come from China today, and the tariffs are a real cost headwind for us. We're bringing up our own LFP line in Nevada, but that takes time.
Priya Natarajan: And the timing for that line?
Elon Musk: Probably first cells early next year. Maybe later. I've learned not to promise dates.
Operator: Thank you. Our next question comes from the line of Tom Haller with Piper Sandler.
'''),
["Pretty exposed, honestly. A lot of the cells in Megapack come from China today, and the tariffs are a real cost headwind for us."],
"labelled call excerpt with empty title; China tariffs answer is gold; US factory timing in the same and next turn is not")

add(61, "earnings_call",
"Qingyun Motors (QYM) Q2 2025 Earnings Call Transcript",
T('''
Zhou Han -- Founder and Chief Executive Officer
Thank you, operator, and good evening, everyone. In the second quarter we delivered 61,200 vehicles, up 48% year over year, and our battery-swap network now covers 210 cities.
Some people still say Chinese companies just copy Tesla. I once told Elon Musk at a dinner in Shanghai that Chinese carmakers would out-work everyone within five years. He laughed. I think our numbers speak for themselves today.
Lina Xu -- Chief Financial Officer
Thank you, Zhou. Vehicle margin improved to 14.2% from 11.8% a year ago.
Questions & Answers:
Kevin Tam -- Goldman Sachs -- Analyst
Thank you. Zhou, do you expect Tesla to cut prices again in China this quarter?
Zhou Han -- Founder and Chief Executive Officer
You would have to ask Mr. Musk. We focus on our own products.
'''),
[],
"another company's call: CEO says he once told Musk something; 'He laughed' is a reaction, not a statement; analyst question")

add(62, "earnings_call",
"Tesla Q4 2025 earnings call: Elon Musk's opening remarks",
T('''
Elon Musk: Okay, thanks. So 2025 was a year of transition, as I said it would be. Let me go through a few things.
Elon Musk: First, autonomy. We've now done over 3 million paid robotaxi miles across six cities. That number is going to grow exponentially.
Elon Musk: Second, Optimus. The production line in Fremont is being installed now.
Elon Musk: Third, China. People keep asking me if we're losing in China. We're not losing, we're adapting. The Model Y L, which was designed largely by our engineers in Shanghai, has been the best-selling premium SUV in China for four months in a row.
Elon Musk: And I want to be clear that the Chinese EV makers deserve a lot of respect. They build great products very fast and at low cost. Anyone who dismisses them is making a mistake.
Elon Musk: Finally, energy. Megapack demand is off the charts, mostly driven by data centers in the U.S.
Rachel Kim: Thanks, Elon. Turning to the financials.
'''),
["Third, China. People keep asking me if we're losing in China. We're not losing, we're adapting.",
 "The Model Y L, which was designed largely by our engineers in Shanghai, has been the best-selling premium SUV in China for four months in a row.",
 "And I want to be clear that the Chinese EV makers deserve a lot of respect. They build great products very fast and at low cost. Anyone who dismisses them is making a mistake."],
"labelled transcript where consecutive Musk lines switch topic; only China lines gold; 'They'/'them' = Chinese EV makers")

add(63, "earnings_call",
"Tesla (TSLA) Q2 2026 Earnings Call Transcript",
T('''
Elon Musk -- Chief Executive Officer
Thank you. This quarter the tariff impact on our cost of goods was meaningful, mostly from aluminum and steel coming from Canada and some components from Mexico. We're working to localize more of the supply chain in Texas. Cybercab is on track for volume production in the second half.
Questions & Answers:
Operator
Our next question comes from Daniel Ortiz with Wells Fargo.
Daniel Ortiz -- Wells Fargo -- Analyst
Your Chinese competitors are lowering prices again. BYD cut prices on 22 models this month. How do you think about pricing in response?
Elon Musk -- Chief Executive Officer
I'm going to let Rachel take pricing. What I'd point investors to is the FSD take rate, which doubled this quarter.
Rachel Kim -- Chief Financial Officer
In China, we adjusted financing offers rather than list prices, and order intake held up well in June.
'''),
[],
"earnings-call format; Musk's tariff remarks are about Canada/Mexico; analyst asks about Chinese competitors and Musk hands off; CFO's China remarks not his")

# ---------------- podcast_labelled ----------------
add(64, "podcast_labelled",
"The Frontier Podcast #212 - Elon Musk",
T('''
Dan Reiner: You've spent a lot of time in China over the years. What do people in the West get wrong about it?
Elon Musk: I think people in the West underestimate how much talent there is in China. There are a lot of very smart, very hard-working people there, and the sheer number of engineers graduating every year is staggering.
Dan Reiner: More than the U.S.?
Elon Musk: Oh, many times more. Something like ten times as many engineering graduates, if you count properly. That's a big deal over the long run.
Dan Reiner: Let's talk about Mars. When do you realistically think humans land?
Elon Musk: If we're lucky, 2029. It depends on getting orbital refilling to work, which is the hardest part.
Dan Reiner: And is there a race with China to get there?
Elon Musk: Not really, not to Mars. To the Moon, maybe. Their lunar program is very competent, I'll say that.
'''),
["I think people in the West underestimate how much talent there is in China. There are a lot of very smart, very hard-working people there, and the sheer number of engineers graduating every year is staggering.",
 "Oh, many times more. Something like ten times as many engineering graduates, if you count properly. That's a big deal over the long run.",
 "Not really, not to Mars. To the Moon, maybe. Their lunar program is very competent, I'll say that."],
"answers whose China topic comes from the host's question ('many times more', 'Their'); Mars date not gold")

add(65, "podcast_labelled",
"Farm to Table Talk: Kimbal Musk on eating his way through China",
T('''
Sara Lind: Kimbal, you just got back from Chengdu. What struck you?
Kimbal Musk: The food scene is unbelievable. Chinese cities are doing things with urban farming that we haven't even started on.
Sara Lind: Did you talk to Elon about the trip?
Kimbal Musk: A little. He's busy. He's always busy.
Sara Lind: Does he share your enthusiasm for China?
Kimbal Musk: You'd have to ask him. I think he respects the engineering there, but I don't speak for my brother.
Sara Lind: Fair enough.
'''),
[],
"Kimbal Musk speaking; his guess about Elon's view is not Elon's statement")

add(66, "podcast_labelled",
"Besties Unplugged E187: Elon on tariffs, AI and the deficit",
T('''
Jason: Elon, welcome back. We have to start with tariffs. Are they working?
Elon: Depends which ones. Broad tariffs on allies, I think that's a mistake.
David: And China specifically?
Elon: China's different. There's a real strategic case for not being dependent on China for critical things like rare earths and drugs. But blanket tariffs on every Chinese product just raise prices for American consumers.
Chamath: The counterargument is that China has been subsidizing its industry for decades and dumping.
Elon: That's true, they do subsidize heavily. I'm not disputing that. I'm saying be surgical about it.
Jason: Let's move to the deficit.
Elon: The deficit is the thing that's actually going to kill us. Interest payments are now bigger than the defense budget.
'''),
["China's different. There's a real strategic case for not being dependent on China for critical things like rare earths and drugs.",
 "But blanket tariffs on every Chinese product just raise prices for American consumers.",
 "That's true, they do subsidize heavily. I'm not disputing that. I'm saying be surgical about it."],
"speaker label is just 'Elon'; tariffs on allies and deficit not gold; 'they' = China from co-host's claim; co-hosts' words not gold")

add(67, "podcast_labelled",
"Deep Signal Ep. 44: Musk on AI risk",
T('''
Host: Lots of people in China listen to this show, so let me start with a question from a listener in Hangzhou. She asks: what keeps you up at night?
Elon Musk: Honestly, AI safety. The risk that we create something much smarter than us and it doesn't share our values. That's the big one.
Host: Not geopolitics?
Elon Musk: Geopolitics matters, but it's second. AI is the one that could end everything.
Host: The Chinese government has its own AI rules now. Do you think
Elon Musk: Can I go back to your first question for a second? I want to say something about the alignment problem.
Host: Sure. And on a personal note, how are the kids?
Elon Musk: They're great. X is obsessed with rockets, which is convenient.
'''),
[],
"China only in host's framing and cut-off question; Musk talks AI risk and family")

add(68, "podcast_labelled",
"Robots & Rockets - live taping with Elon Musk",
T('''
Maya Chen: A lot of the humanoid robot demos going viral right now come from Chinese startups. Unitree, UBTech, AgiBot. Are you watching them?
Elon Musk: Very closely. They're moving fast, and their hardware costs are impressively low. I'd say the Chinese companies are our strongest competition in humanoids by far.
Maya Chen: Stronger than Figure or Boston Dynamics?
Elon Musk: Yes. I think so. Not because of any single robot, but because the supply chain for actuators and motors in China is so deep.
Maya Chen: When will Optimus be for sale to consumers?
Elon Musk: Probably 2027. I know, I know, Elon time.
Maya Chen: (laughs) We'll hold you to it.
'''),
["Very closely. They're moving fast, and their hardware costs are impressively low. I'd say the Chinese companies are our strongest competition in humanoids by far.",
 "Yes. I think so. Not because of any single robot, but because the supply chain for actuators and motors in China is so deep."],
"'They' = Chinese robot startups named in the question; Optimus date not gold")

add(69, "podcast_labelled",
"Throughline Tech Pod: Elon Musk on regulation",
T('''
Host: You've said before that China approves things faster. But let's talk about Europe. Brussels has fined X, it's investigating Tesla's driver assistance, and it's writing AI rules.
Elon Musk: They regulate everything before it exists. That's the problem with the European approach. By the time they finish the rule, the technology has moved on.
Host: And in the U.S.?
Elon Musk: Better, but the FAA has been a nightmare for Starship. They took months on an environmental review for a fish study.
Host: Fish?
Elon Musk: Yeah. Sharks, apparently. It's a long story.
'''),
[],
"host paraphrases a past Musk claim about China (interviewer's words, not gold); 'They' = European regulators / FAA")

add(70, "podcast_labelled",
"Clip: Musk on Chinese rare-earth export limits",
T('''
Interviewer: China just tightened export controls on rare earths. How worried should Tesla be?
Elon Musk: Quite worried, in the short term. We use rare-earth magnets in our motors and in Optimus, and most of that processing happens in China. We're working on alternatives, but it's not going to be solved in a month.
'''),
["Quite worried, in the short term. We use rare-earth magnets in our motors and in Optimus, and most of that processing happens in China. We're working on alternatives, but it's not going to be solved in a month."],
"short clip; Chinese export controls; answer topic partly from the question")

# ---------------- podcast_unlabelled ----------------
add(71, "podcast_unlabelled",
"Founders Hour - Episode 88",
T('''
Welcome back to Founders Hour. I'm here in Austin with Elon Musk. Elon, thanks for making the time.
Happy to be here.
Let's start with something you've talked about a lot lately: manufacturing. Who's the best at it right now?
China, by a wide margin. The Chinese manufacturing ecosystem is just incredible. If you need a part, there are ten suppliers within a two-hour drive of each other in the Yangtze River Delta.
Can America catch up?
It can, but it will take a long time. To match what China has, we'd need a huge cultural change.
Let's switch gears to Neuralink. How many patients now?
We're at twelve, with the next few scheduled this summer.
'''),
["China, by a wide margin. The Chinese manufacturing ecosystem is just incredible. If you need a part, there are ten suppliers within a two-hour drive of each other in the Yangtze River Delta.",
 "It can, but it will take a long time. To match what China has, we'd need a huge cultural change."],
"unlabelled transcript: guest turns must be inferred; Neuralink answer not gold", kind="unlabeled", guests=["Elon Musk"])

add(72, "podcast_unlabelled",
"The Long Game podcast - Elon Musk",
T('''
This week, China's carmakers shipped more vehicles abroad than Japan's for the first time, BYD opened a plant in Hungary, and Beijing announced new subsidies for trade-ins. That's the backdrop. But my guest today wanted to talk about something else entirely. Elon Musk, welcome.
Thank you. Yes, I want to talk about the birth rate, because I think it's the biggest risk to civilization that nobody takes seriously.
Why the biggest?
Because if the population collapses, nothing else matters. You can have the best technology in the world and no one to use it.
Some would say climate change is bigger.
Climate is serious, but it's a slower-moving problem, and we're already on the path to sustainable energy. The birth rate isn't on any path.
Should governments pay people to have kids?
Incentives help a little. Culture matters more.
'''),
[],
"unlabelled: host's China intro; guest's answers are about birth rate/climate, not China", kind="unlabeled", guests=["Elon Musk"])

add(73, "podcast_unlabelled",
"Tech Talk Radio - interview transcript",
T('''
...and we're back. My guest is the CEO of Tesla and SpaceX. Elon, before the break you mentioned Chinese battery makers. Finish that thought.
Sure. So CATL and BYD are, frankly, the best battery manufacturers in the world right now. I don't think that's controversial. The cost per kilowatt-hour they achieve is remarkable.
Better than Panasonic? Better than your own cells?
On cost, yes. On energy density, we're competitive. But they've got scale we don't have yet.
Will Tesla keep buying from them?
For sure. We'd be crazy not to. [laughs]
And the 4680 program?
Going well. Dry cathode is working at scale now in Texas.
'''),
["So CATL and BYD are, frankly, the best battery manufacturers in the world right now. I don't think that's controversial. The cost per kilowatt-hour they achieve is remarkable.",
 "On cost, yes. On energy density, we're competitive. But they've got scale we don't have yet.",
 "For sure. We'd be crazy not to."],
"unlabelled; short answers whose Chinese subject (CATL/BYD) comes from the question; 4680 answer not gold", kind="unlabeled", guests=["Elon Musk"])

add(74, "podcast_unlabelled",
"Women Who Lead - with Maye Musk",
T('''
Welcome to Women Who Lead. Today's guest is model, dietitian and author Maye Musk. Maye, you've been to China more than twenty times now.
Twenty-three, I think! I love it. I get recognised on the street in Shanghai more than in New York.
Why do you think you're so popular there?
I think Chinese women appreciate that I restarted my modelling career in my sixties. They tell me I give them hope.
Your son Elon is also very well known in China.
Oh, he is. But I'm the one with the Weibo account. [laughs]
Does he ask you for advice about China?
Never! He doesn't ask his mother for advice about anything.
'''),
[],
"unlabelled with guest Maye Musk: China remarks are hers, not Elon's", kind="unlabeled", guests=["Maye Musk"])

add(75, "podcast_unlabelled",
"AI Frontiers Live - session transcript",
T('''
Good evening and welcome. Our guest tonight runs xAI and was an early backer of OpenAI. Let's start with the news everyone's talking about. A Chinese lab released an open-weight model this week that matches the best American systems on several benchmarks. Your reaction?
Look, it's impressive, and I think it's a wake-up call. The Chinese labs are very good at getting a lot out of limited hardware. Why would anyone be surprised by that? They've been constrained on chips, so they got efficient.
Do U.S. export controls on chips to China still make sense?
They slow things down a bit, maybe. I'm not sure they change the outcome. China will probably make its own competitive AI chips within three to five years regardless.
What about Grok? When's the next version?
Grok 5 should be out by the end of the quarter. It'll be the smartest AI in the world, by a lot.
'''),
["Look, it's impressive, and I think it's a wake-up call.",
 "The Chinese labs are very good at getting a lot out of limited hardware. Why would anyone be surprised by that? They've been constrained on chips, so they got efficient.",
 "They slow things down a bit, maybe. I'm not sure they change the outcome.",
 "China will probably make its own competitive AI chips within three to five years regardless."],
"unlabelled; 'it' = Chinese lab's model, 'They' = export controls on China; rhetorical question; hedged prediction; Grok date not gold", kind="unlabeled", guests=["Elon Musk"])

add(76, "podcast_unlabelled",
"Orbit & Beyond - Episode 12",
T('''
My guest today is Elon Musk. Elon, China just launched another batch of satellites for its Guowang megaconstellation, and officials in Beijing have said openly it's meant to compete with Starlink. Are you worried?
What I'm focused on is our own launch cadence. We'll do something like 170 Falcon launches this year, and Starship will start carrying the V3 satellites soon.
Let me ask about NASA. Artemis keeps slipping.
Yeah. They've got great engineers, but the contracting process is slow. They need to give companies fixed-price contracts and get out of the way.
'''),
[],
"unlabelled: China only in the host's question; answers are about SpaceX cadence and NASA ('They' = NASA)", kind="unlabeled", guests=["Elon Musk"])

# ---------------- vtt ----------------
add(77, "vtt", "Interview clip: Musk on Giga Shanghai", "",
["Yeah, Giga Shanghai is still our most productive factory.",
 "The team there is phenomenal. They'll run three shifts and never complain."],
"VTT; host's question paraphrasing him not gold; 'The team there' = Shanghai; Berlin and Starship answers not gold",
kind="vtt", vtt=build_vtt([
    ("00:00:01.000", "00:00:05.200", "Host", "Elon, you've said the Shanghai factory is your best. Is that still true?"),
    ("00:00:05.400", "00:00:08.900", "Elon Musk", "Yeah, Giga Shanghai is still our most productive factory."),
    ("00:00:09.100", "00:00:13.600", "Elon Musk", "The team there is phenomenal. They'll run three shifts and never complain."),
    ("00:00:13.800", "00:00:15.000", "Host", "And Berlin?"),
    ("00:00:15.200", "00:00:18.700", "Elon Musk", "Berlin is getting better. It's ramping well now."),
    ("00:00:18.900", "00:00:21.300", "Host", "When's the next Starship flight?"),
    ("00:00:21.500", "00:00:23.800", "Elon Musk", "Probably in about six weeks."),
]))

add(78, "vtt", "Musk on cameras vs lidar", "",
[],
"VTT; host frames question with Chinese carmakers; Musk talks about self-driving sensors in general and product dates",
kind="vtt", vtt=build_vtt([
    ("00:00:00.500", "00:00:06.000", "Host", "Chinese carmakers like Xpeng and Li Auto are putting lidar on almost every car now. Why doesn't Tesla?"),
    ("00:00:06.200", "00:00:11.400", "Elon Musk", "Because lidar is a crutch. Humans drive with eyes, and cameras plus neural nets are the right solution."),
    ("00:00:11.600", "00:00:14.000", "Host", "How many cameras on the new Model Y?"),
    ("00:00:14.200", "00:00:18.500", "Elon Musk", "Eight external, plus the cabin camera. Same as before, but higher resolution."),
    ("00:00:18.700", "00:00:20.100", "Host", "And FSD version 14?"),
    ("00:00:20.300", "00:00:23.000", "Elon Musk", "Out next month to everyone in North America."),
]))

add(79, "vtt", "", "",
["I'm very optimistic about China. The economy here is incredibly dynamic, and I think people outside underestimate it.",
 "We're going to keep investing here for the long term."],
"VTT news package with narrator; 'here' = China/Shanghai; empty title",
kind="vtt", vtt=build_vtt([
    ("00:00:00.000", "00:00:04.500", "Narrator", "Tesla's chief executive arrived at the China International Import Expo in Shanghai on Tuesday."),
    ("00:00:04.700", "00:00:08.200", "Narrator", "Speaking to reporters at the Tesla booth, he was asked about the Chinese market."),
    ("00:00:08.400", "00:00:14.900", "Elon Musk", "I'm very optimistic about China. The economy here is incredibly dynamic, and I think people outside underestimate it."),
    ("00:00:15.100", "00:00:18.000", "Elon Musk", "We're going to keep investing here for the long term."),
    ("00:00:18.200", "00:00:22.600", "Narrator", "Tesla's Shanghai plant delivered its four-millionth car last month."),
]))

add(80, "vtt", "Kimbal Musk on China's food scene", "",
[],
"VTT with Kimbal Musk as speaker talking about China",
kind="vtt", vtt=build_vtt([
    ("00:00:01.000", "00:00:08.000", "Interviewer", "Kimbal, your brother has a huge factory in Shanghai and you've invested in Chinese food startups. What's the family's view on China?"),
    ("00:00:08.200", "00:00:13.500", "Kimbal Musk", "I can only speak for myself. I think China is the most exciting food market in the world right now."),
    ("00:00:13.700", "00:00:17.400", "Kimbal Musk", "The speed at which Chinese consumers adopt new products is amazing."),
    ("00:00:17.600", "00:00:20.000", "Interviewer", "Has Elon tried the plant-based dumplings?"),
    ("00:00:20.200", "00:00:23.100", "Kimbal Musk", "Ha, no. He eats whatever's closest."),
]))

add(81, "vtt", "Shenzhen tech forum - closing session", "",
["Shenzhen is, I think, the hardware capital of the world, and a lot of what we build at Tesla depends on suppliers there."],
"VTT; one cue about a Chinese city is gold, generic advice and SpaceX hiring joke are not",
kind="vtt", vtt=build_vtt([
    ("00:41:02.000", "00:41:07.500", "Moderator", "Final question. What's your message to the young engineers watching in Shenzhen tonight?"),
    ("00:41:07.700", "00:41:16.300", "Elon Musk", "Well, first, thank you. Shenzhen is, I think, the hardware capital of the world, and a lot of what we build at Tesla depends on suppliers there."),
    ("00:41:16.500", "00:41:22.000", "Elon Musk", "My advice is the same anywhere: work super hard, study physics, and don't be afraid to fail."),
    ("00:41:22.200", "00:41:25.400", "Elon Musk", "And maybe come work at SpaceX. We're hiring. [laughter]"),
    ("00:41:25.600", "00:41:27.000", "Moderator", "Thank you, Elon Musk."),
]))

add(82, "vtt", "Musk revisits his 2024 warning on Chinese carmakers", "",
["Yeah, I stand by that. If anything, they've gotten even faster since then.",
 "For the U.S. market, short term, sure. But they're going to sell everywhere else."],
"VTT; host restates his old claim (not gold); his short answers get their China topic from the host's words",
kind="vtt", vtt=build_vtt([
    ("00:12:00.000", "00:12:06.000", "Host", "Two years ago you said Chinese carmakers would crush most of their competitors without trade barriers."),
    ("00:12:06.200", "00:12:10.800", "Elon Musk", "Yeah, I stand by that. If anything, they've gotten even faster since then."),
    ("00:12:11.000", "00:12:13.200", "Host", "Do you think the tariffs are working?"),
    ("00:12:13.400", "00:12:18.100", "Elon Musk", "For the U.S. market, short term, sure. But they're going to sell everywhere else."),
    ("00:12:18.300", "00:12:20.000", "Host", "Let's talk Neuralink."),
]))
