from common import D, V
# ---------- podcast_labelled ----------
D("podcast_labelled","label","All-In Podcast E201: Elon Musk on tariffs, DOGE and China",
'Chamath Palihapitiya: Elon, welcome back. Let\'s start with tariffs. Are they good or bad for Tesla?\n'
'Elon Musk: Well, tariffs are a complicated thing. For Tesla specifically, we are the most localized car maker in America, so we\'re less affected than most.\n'
'David Sacks: But China is where a lot of the battery supply chain is.\n'
'Elon Musk: Yeah, that\'s true. China makes most of the world\'s battery cells, and honestly they\'re very good at it. We are building our own cathode refinery in Texas so we\'re not dependent on that.\n'
'Jason Calacanis: And what about the DOGE stuff? Any regrets?\n'
'Elon Musk: No regrets. I think we saved a lot of money for taxpayers.\n'
'David Friedberg: Last one. Do you think Beijing would ever invade Taiwan?\n'
'Elon Musk: I think the probability is not zero, and if it happens it would be a disaster for the world economy, because so many chips come from Taiwan.',
["China makes most of the world's battery cells, and honestly they're very good at it.",
 "We are building our own cathode refinery in Texas so we're not dependent on that.",
 "I think the probability is not zero, and if it happens it would be a disaster for the world economy, because so many chips come from Taiwan."],
"labelled podcast; 'they're'/'that' refer to China's battery supply chain; Taiwan answer to China question; tariffs-general and DOGE turns not gold; hosts' words not gold")

D("podcast_labelled","label","Lex Fridman Podcast #500 - Elon Musk: Rockets, Mars and the limits of physics",
'Lex Fridman: What does it feel like to watch a booster come back and get caught by the tower?\n'
'Elon Musk: It\'s pretty exciting. Honestly it\'s still kind of unbelievable to me that it works.\n'
'Lex Fridman: There are other countries trying to do reusability now. China has several companies working on it.\n'
'Elon Musk: Reusability is the holy grail of rocketry. Whoever gets full and rapid reusability wins, basically.\n'
'Lex Fridman: When do you think humans land on Mars?\n'
'Elon Musk: If we get lucky, 2029. More likely 2031.',
[], "host mentions China; his answers are about rockets and Mars generally - not gold")

D("podcast_labelled","label","Moonshots with Peter Diamandis: Elon on Chinese robots",
'Peter Diamandis: I was in Shenzhen last month and saw about twenty humanoid robot companies. What\'s your take?\n'
'Elon Musk: China is going to be very strong in humanoid robots. Very strong. I think the top ten robot companies will probably be Tesla and nine Chinese companies.\n'
'Peter Diamandis: That\'s a bold statement.\n'
'Elon Musk: Well, look at the supply chain. All of the actuators, the motors, the rare earth magnets - it\'s all there. They have a huge advantage.\n'
'Peter Diamandis: And Optimus?\n'
'Elon Musk: Optimus will be the best, by far. It will have the best hands.',
["China is going to be very strong in humanoid robots. Very strong.",
 "I think the top ten robot companies will probably be Tesla and nine Chinese companies.",
 "Well, look at the supply chain. All of the actuators, the motors, the rare earth magnets - it's all there. They have a huge advantage."],
"labelled podcast; 'it's all there'/'They' refers to China; Optimus turn not gold")

D("podcast_labelled","label","Kimbal Musk on The Food Podcast",
'Host: Kimbal, you spent time in Chengdu. What did you learn about Chinese food culture?\n'
'Kimbal Musk: Incredible. The Chinese approach to fresh, local produce is something the US should learn from.\n'
'Host: Does your brother share your love of Chinese food?\n'
'Kimbal Musk: Elon eats whatever is in front of him. He says the best meal he ever had was in Shanghai, but he says that about everywhere.',
[], "Kimbal Musk speaking; his report of Elon is not Elon's statement")

# ---------- podcast_unlabelled ----------
D("podcast_unlabelled","unlabeled","",
'Welcome back to the show. My guest today needs no introduction. Elon, thanks for coming on.\n'
'Thanks for having me.\n'
'So I want to start with something you said last year, that China would become the biggest car market for Tesla again. Do you still believe that?\n'
'I think it\'s possible. Chinese consumers really care about technology, and they like Tesla, so I think there\'s a good chance.\n'
'And the competition from BYD and Xiaomi?\n'
'They\'re very good. Xiaomi especially, Lei Jun is a smart guy. The SU7 is a good car.\n'
'Okay, switching gears. When does Neuralink get its next patient?\n'
'We\'re doing several a month now. It\'s going well.',
["I think it's possible. Chinese consumers really care about technology, and they like Tesla, so I think there's a good chance.",
 "They're very good. Xiaomi especially, Lei Jun is a smart guy. The SU7 is a good car."],
"unlabeled transcript; host's paraphrase of past claim not gold; 'They' = BYD and Xiaomi; Neuralink turn not gold", guests=["Elon Musk"])

D("podcast_unlabelled","unlabeled","The Joe Rogan Experience #2400",
'Dude, I saw that video of the Chinese drone show last night. Like ten thousand drones over Shenzhen. They\'re just on another level with that stuff. I don\'t know how they do it. Anyway. '
'So Elon, tell me about the boring tunnel in Vegas. Is it ever gonna go anywhere?\n'
'Oh yeah, we\'re expanding it. It\'s going to connect to the airport.\n'
'No way. That\'s sick.',
[], "unlabeled; China monologue is the host's; Musk's only turn is about the Vegas tunnel", guests=["Elon Musk"])

D("podcast_unlabelled","unlabeled","Ep. 88 - A conversation with Elon Musk",
'Today we have Elon Musk. Elon, you\'ve said Chinese workers have an amazing work ethic. Where does that come from?\n'
'Well, I think there\'s a culture of hard work there, and a lot of people who grew up with very little and want a better life. At Giga Shanghai, the team is incredibly motivated. They\'d work through the night if you let them.\n'
'Do you worry about Chinese competition in space?\n'
'China\'s space program is impressive. They\'re the only other country that could really compete with SpaceX in the next decade.\n'
'What about your kids, do they want to go to Mars?\n'
'Some of them, maybe. They\'re still young.',
["Well, I think there's a culture of hard work there, and a lot of people who grew up with very little and want a better life.",
 "At Giga Shanghai, the team is incredibly motivated. They'd work through the night if you let them.",
 "China's space program is impressive. They're the only other country that could really compete with SpaceX in the next decade."],
"unlabeled; 'there' refers to China from question; kids answer not gold", guests=["Elon Musk"])

D("podcast_unlabelled","unlabeled","",
'This is The Energy Hour, and I am joined by Elon Musk. Elon, let\'s talk about the grid.\n'
'Sure. The US grid is in bad shape. We need to roughly double electricity output in the next fifteen years, and we\'re not on track.\n'
'Why not?\n'
'Permitting. It takes ten years to build a transmission line in America. That\'s crazy.\n'
'Some people point out that China builds transmission lines in a year.\n'
'Well, the point is we need permitting reform here. Nuclear needs to be part of it too.',
[], "unlabeled; host mentions China; Musk's turns about US energy policy - not gold", guests=["Elon Musk"])

# ---------- vtt ----------
D("vtt","vtt","CNBC interview: Musk on China",
"", ["China is the world's manufacturing superpower, and I don't think people in the West fully grasp that.",
 "Their output of steel, of cement, of solar panels, it's more than the rest of the world combined in some cases."],
"vtt; 'Their' refers to China; interviewer lines not gold; Cybertruck cue not gold",
vtt=V([("David Faber","Elon, you've been outspoken about China lately. Why?"),
       ("Elon Musk","China is the world's manufacturing superpower, and I don't think people in the West fully grasp that."),
       ("Elon Musk","Their output of steel, of cement, of solar panels, it's more than the rest of the world combined in some cases."),
       ("David Faber","And Cybertruck sales?"),
       ("Elon Musk","Cybertruck is doing fine. It's a niche product, and we always said that.")]))

D("vtt","vtt","Tesla AI Day highlights",
"", [], "vtt; Musk on self-driving sensors in general; audience member mentions Chinese lidar makers",
vtt=V([("Elon Musk","Cameras are all you need. Humans drive with eyes, so cars can drive with cameras."),
       ("Audience member","But Chinese carmakers all use lidar now. Are they wrong?"),
       ("Elon Musk","Lidar is a crutch. Anyone relying on lidar is doomed. That's my view."),
       ("Elon Musk","Next question, please.")]))

D("vtt","vtt","Musk at the World Government Summit",
"", ["I've been to China many times, and the government there is very pragmatic.",
 "They set a goal and they execute."],
"vtt; cue continuation 'They' = Chinese government; moderator lines not gold",
vtt=V([("Moderator","What is your impression of how Beijing makes decisions?"),
       ("Elon Musk","I've been to China many times, and the government there is very pragmatic."),
       ("Elon Musk","They set a goal and they execute."),
       ("Elon Musk","Anyway, I think AI is the bigger issue for all of us.")]))

D("vtt","vtt","SpaceX press conference",
"", [], "vtt; reporter asks about China; Musk answers about Starship schedule",
vtt=V([("Reporter","China says it will land astronauts on the moon by 2030. Will Starship get there first?"),
       ("Elon Musk","Our goal is to do an uncrewed landing in about two years, and crewed shortly after."),
       ("Gwynne Shotwell","We're very focused on the Artemis contract with NASA.")]))

D("vtt","vtt","Musk: Hong Kong remarks at fintech forum (video)",
"", ["Hong Kong is a great city, but it needs to decide whether it's a financial hub for the world or just for the mainland.",
 "I think that's the key question for Hong Kong's future."],
"vtt; Hong Kong in relation to the mainland",
vtt=V([("Host","Welcome, Elon. You're joining us live from Austin."),
       ("Elon Musk","Thanks. Hong Kong is a great city, but it needs to decide whether it's a financial hub for the world or just for the mainland."),
       ("Elon Musk","I think that's the key question for Hong Kong's future."),
       ("Elon Musk","And X payments will launch in Asia next year, hopefully.")]))

# ---------- machine_translated ----------
D("machine_translated","article","Musk: Chinese new energy vehicle enterprises are the most strong in world",
'According to reports, Tesla CEO Musk on the 23rd in the annual shareholders meeting held in Austin city of Texas state of United States expressed, Chinese car enterprises are world most competitive car enterprises. '
'Musk said: "If not have trade barriers, they will almost defeat all other car companies of the world." '
'He also said, Tesla Shanghai super factory is the most efficient factory of Tesla. '
'Musk also mentioned, the Cybercab will start to mass production next year.',
["Chinese new energy vehicle enterprises are the most strong in world",
 "Chinese car enterprises are world most competitive car enterprises",
 "If not have trade barriers, they will almost defeat all other car companies of the world.",
 "Tesla Shanghai super factory is the most efficient factory of Tesla"],
"machine-translated; speech verb far from subject; Cybercab remark not gold")

D("machine_translated","article","Musk again talks China: what did he say?",
'Recently, Musk again becomes the focus of the public opinion. Many netizens discuss the relationship of Musk and China. '
'Industry insiders point out, Musk to the Chinese market has always high regard, but the Tesla market share in China is in declining. '
'A car analyst said: "Musk once told me, China is the market he most cares about." '
'Up to press time, Tesla has not responded.',
[], "machine-translated; framing headline; analyst recounts what Musk told him - not gold")

D("machine_translated","article","Musk praise Chinese engineers: they are very smart very diligent",
'Musk in the social platform X published post saying, Chinese engineers are very smart and very diligent, this is China can rapid development reason. '
'He also added: "I have great respect to them." '
'This post received tens of thousands of likes. Many Chinese netizens leave message express thanks.',
["Chinese engineers are very smart and very diligent, this is China can rapid development reason",
 "I have great respect to them.", "they are very smart very diligent"],
"machine-translated; X post described; 'them' = Chinese engineers; 'he also added'")

D("machine_translated","article","Tesla Shanghai factory delivers 3 millionth vehicle",
'On 15th, Tesla Shanghai super factory held the ceremony of 3 millionth vehicle off the line. '
'Tesla global vice president Tao Lin said, Shanghai factory is Tesla global most important export center. '
'Musk through video sent congratulation. '
'Reporter learned, the factory localization rate already over 95%.',
[], "machine-translated; action (sent congratulation) and executive's words; no statement content")

# ---------- other ----------
D("other","article","Newsletter: The Musk China Brief #42",
'Good morning. Three things this week.\n\n'
'1) Musk says Beijing has "earned" its lead in batteries. Speaking at a closed-door dinner in Austin, according to a recording heard by this newsletter, Musk said: "They earned it. They invested when nobody else would." \n\n'
'2) Tesla\'s China registrations fell 8% week on week, per insurance data.\n\n'
'3) Xiaomi\'s Lei Jun said his company "learned a lot from Tesla." Nice words.\n\n'
'See you next week.',
["Beijing has \"earned\" its lead in batteries", "They earned it. They invested when nobody else would."],
"newsletter; 'They' = Beijing; Lei Jun's words not gold")

D("other","article","Press release: Tesla opens Megapack factory in Shanghai",
'SHANGHAI, Feb. 11 /PRNewswire/ -- Tesla today announced the start of production at its Megafactory in Shanghai, its first energy storage plant outside the United States. '
'"This is a milestone for sustainable energy," said Mike Snyder, Tesla\'s vice president of energy. '
'Elon Musk attended the ceremony virtually. The plant will produce 10,000 Megapack units a year.',
[], "press release; other executive quoted; Musk action only")

D("other","article","Book excerpt: 'Musk told the team China was the future'",
'In the spring of 2018, Elon Musk gathered his senior team in Fremont. According to two people present, he told them that "China is the future of this company, and if we don\'t build there, we die." '
'The team was stunned. Many had assumed Tesla would build its next factory in Europe. '
'Musk, the author writes, was "obsessed" with speed. He said that the Shanghai factory had to be built in under a year.',
["China is the future of this company, and if we don't build there, we die.",
 "the Shanghai factory had to be built in under a year"],
"book excerpt; recalled quote from years ago; author's description not gold")
