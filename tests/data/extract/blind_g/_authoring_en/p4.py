from common import d, mkvtt

# ---------------- PODCAST LABELLED ----------------
d("podcast_labelled", "label",
  "Lex Fridman Podcast #512 - Elon Musk: Manufacturing, China, and the Future of AI",
  """Lex Fridman: You've spent a lot of time in factories around the world. What's the most impressive one you've seen?
Elon Musk: Honestly, some of the factories in China are incredible. The level of automation and the speed at which they build things is just hard to believe unless you see it.
Lex Fridman: Is that about the people or the system?
Elon Musk: Both. China has a huge number of very talented engineers, and they're willing to work incredibly hard. And the supply chain is all there, within a few hours of each other.
Lex Fridman: Let's talk about Neuralink for a second. How many patients now?
Elon Musk: We have twelve patients implanted, and the next generation device will have three times the electrodes.
Lex Fridman: And what about the US? Can America compete on manufacturing?
Elon Musk: It can, but we have to make it much easier to build things. Permitting here takes years. That's the problem.""",
  ["Honestly, some of the factories in China are incredible. The level of automation and the speed at which they build things is just hard to believe unless you see it.",
   "Both. China has a huge number of very talented engineers, and they're willing to work incredibly hard. And the supply chain is all there, within a few hours of each other."],
  "labelled podcast; China turns gold, Neuralink and US manufacturing turns not gold")

d("podcast_labelled", "label",
  "All-In Podcast: E198 - China's AI surge, tariffs, and a special guest",
  """Chamath Palihapitiya: China is now producing more AI papers than the US, and DeepSeek showed they can do it cheaply.
David Sacks: I think the chip export controls are working, actually. They're slowing China down.
Jason Calacanis: Elon, you're here, you've been quiet. What's going on with Mars?
Elon Musk: We're going to try to send five Starships to Mars in the next window. If they land safely, crewed missions could follow two years later.
David Friedberg: And on the AI regulation front, what should Congress do?
Elon Musk: I think we need some kind of referee, some oversight agency, like the FAA for aircraft. Not heavy-handed, but something.
Chamath Palihapitiya: Back to China for a second — their energy build-out is ridiculous.""",
  [],
  "labelled podcast: hosts discuss China; Musk's turns about Mars and US AI regulation; 'they' in his turn refers to Starships")

d("podcast_labelled", "label",
  "",
  """Host: Welcome back. My guest today needs no introduction. Elon, thanks for coming on.
Elon: Thanks for having me.
Host: Let's start with Tesla. Your sales fell last year. What happened?
Elon: A few things. Interest rates were high, we were changing over the Model Y line, and the competition in China got really intense. The Chinese EV makers are shipping cars at prices that are hard to match. We also had a lot of distraction, I'll admit that.
Host: Do you regret getting into politics?
Elon: I don't regret trying to fix the government. I do think I underestimated how much time it would take.
Host: Is the Shanghai plant still important?
Elon: Shanghai is absolutely critical. It's our export hub, it's our most efficient plant, and the team there is phenomenal.""",
  ["the competition in China got really intense. The Chinese EV makers are shipping cars at prices that are hard to match.",
   "Shanghai is absolutely critical. It's our export hub, it's our most efficient plant, and the team there is phenomenal."],
  "labelled with first name 'Elon'; mixed turn, only China sentences gold; politics turn not gold")

d("podcast_labelled", "label",
  "The Food Business Podcast - Kimbal Musk on expanding to China",
  """Host: Kimbal, you just came back from Shanghai. What surprised you?
Kimbal Musk: How fast everything moves. In China you can open a restaurant in six weeks. In the US it's six months.
Host: And the customers?
Kimbal Musk: Chinese customers are incredibly tech-savvy. Everyone pays with their phone, everyone orders through an app. We had to rebuild our whole system.
Host: Has Elon been to one of your places in China?
Kimbal Musk: Not yet. He's busy with rockets.""",
  [],
  "Musk-like name (Kimbal Musk) in labelled podcast discussing China")

d("podcast_labelled", "label",
  "Decoder Live: The EV price war",
  """Host: Let me put it this way: Chinese EV makers are now selling cars for half the price of a comparable Tesla. BYD, Leapmotor, Geely.
Elon Musk: They're insanely good. Frankly, they out-work everyone, and we should copy their supply chain.
Host: That's a striking admission from the Tesla CEO. Let's move on.
Host: What about your new cheaper model? When does it ship?
Elon Musk: Production starts in the second quarter, and deliveries a few months after that.""",
  ["They're insanely good. Frankly, they out-work everyone, and we should copy their supply chain."],
  "pronoun 'they' refers to Chinese EV makers named in host's turn (topic only in context); product date not gold")

d("podcast_labelled", "label",
  "Space Talk Podcast - Elon Musk on the Moon race",
  """Host: China says it will put astronauts on the moon before 2030. Its Chang'e missions have been flawless. How do you see the race?
Elon Musk: Look, NASA has been a great partner for us. They took a chance on SpaceX when nobody else would, and I'm grateful for that.
Host: But will Artemis beat 2030?
Elon Musk: Starship needs to demonstrate orbital refilling first. That's the hard part. Once we do that, the Moon becomes pretty straightforward.
Host: And then Mars.
Elon Musk: And then Mars. That's always been the goal.""",
  [],
  "host raises China; Musk's 'they' refers to NASA; his turns about Starship/Moon/Mars not China")

d("podcast_labelled", "label",
  "The Geopolitics Hour: Elon Musk on Taiwan and trade",
  """Host: Many people worry about a conflict in the Taiwan Strait. You have factories in Shanghai and suppliers in Taiwan. What's your view?
Elon Musk: I think Beijing has been very clear that they want reunification, and the US has been clear that it won't accept it by force. That's a dangerous combination.
Host: What would happen to Tesla?
Elon Musk: If something happened there, it would affect Tesla, Apple, basically everyone. Most of the advanced chips in the world come from Taiwan.
Host: Should companies leave China?
Elon Musk: I don't think so. I think you should diversify, but China is going to be a huge part of the global economy no matter what.
Host: Let's finish with something lighter. How's X doing?
Elon Musk: Usage is at an all-time high. I'm very happy with it.""",
  ["I think Beijing has been very clear that they want reunification, and the US has been clear that it won't accept it by force. That's a dangerous combination.",
   "If something happened there, it would affect Tesla, Apple, basically everyone. Most of the advanced chips in the world come from Taiwan.",
   "I don't think so. I think you should diversify, but China is going to be a huge part of the global economy no matter what."],
  "Taiwan/Beijing statements; 'there' refers to the Taiwan Strait; X usage turn not gold")

d("podcast_labelled", "label",
  "Ukraine, Starlink and the state of X - a conversation with Elon Musk",
  """Host: Before we start, a quick note that our sponsor this week is a Chinese-owned VPN company, and yes, we see the irony.
Elon Musk: Ha. OK.
Host: Let's talk about Starlink in Ukraine. Has it changed the war?
Elon Musk: It's been the backbone of Ukrainian military communications. Without Starlink, the front line would have collapsed.
Host: And the controversy over Crimea?
Elon Musk: We were asked to enable coverage for an attack, and I said no, because we didn't want to be complicit in a major escalation.
Host: Is X making money now?
Elon Musk: Roughly break-even. Advertising is coming back.""",
  [],
  "host mentions Chinese-owned sponsor; all Musk turns about Ukraine, Starlink and X")

# ---------------- PODCAST UNLABELLED ----------------
d("podcast_unlabelled", "unlabeled",
  "The Tech Hour - Episode 88 with Elon Musk",
  """Welcome to The Tech Hour. I'm joined today by Elon Musk. Elon, thanks for being here. Thanks for having me, it's good to be here. Let's jump right in. Everyone wants to know about China. How worried are you about BYD? I'd say BYD is an extremely strong company. They make their own batteries, their own chips, basically everything. That vertical integration is similar to what we do at Tesla. Do you think they'll come to the US? Eventually, yes, if the tariffs come down. They're very good at exporting. OK, and on a different note, when will Starship land on Mars? I think we'll make the first attempt in two years, roughly. Great. Thank you so much, Elon. My pleasure.""",
  ["I'd say BYD is an extremely strong company. They make their own batteries, their own chips, basically everything. That vertical integration is similar to what we do at Tesla.",
   "Eventually, yes, if the tariffs come down. They're very good at exporting."],
  "unlabelled transcript; turn boundaries implicit; BYD + 'they'; Mars answer not gold",
  guests=["Elon Musk"])

d("podcast_unlabelled", "unlabeled",
  "Startup Stories Live - Elon Musk on the early days",
  """Today on Startup Stories we have Elon Musk, who's going to tell us about the early days of Zip2 and PayPal. So Elon, go back to 1995. What was it like? We had one computer and we slept in the office. The website was up during the day and I coded at night. It was pretty rough. And PayPal? PayPal was a crazy time. We were growing at something like seven percent a day, and we were losing money on every transaction because of fraud. What did you learn? That you have to be paranoid about the things that can kill the company. Last question. Any advice for founders? Work super hard and focus on making a product people love.""",
  [],
  "unlabelled transcript with Musk as guest but no China content; negative for unlabelled format",
  guests=["Elon Musk"])

d("podcast_unlabelled", "unlabeled",
  "Energy Matters - Episode 40: Elon Musk",
  """Welcome back to Energy Matters. My guest is Elon Musk. Elon, you recently said China has an advantage in electricity. What did you mean? China is adding something like five hundred gigawatts of generation a year. That's more than the whole US grid adds in a decade. When it comes to powering AI, electricity is going to be the binding constraint, and they have a lot of it. So should the US copy them? We should definitely build a lot more solar and batteries. And we need to fix permitting. Right now it can take ten years to build a transmission line in America, which is absurd. And what about nuclear? I'm in favour of nuclear. It's very safe if done properly.""",
  ["China is adding something like five hundred gigawatts of generation a year. That's more than the whole US grid adds in a decade. When it comes to powering AI, electricity is going to be the binding constraint, and they have a lot of it."],
  "unlabelled; host's question paraphrases Musk (not gold); 'they' -> China; US permitting and nuclear answers not gold",
  guests=["Elon Musk"])

d("podcast_unlabelled", "unlabeled",
  "China Business Weekly - Episode 212",
  """This is China Business Weekly. Today we're talking about Tesla's position in China with our guest Lei Wang, an auto analyst based in Shanghai. Lei, welcome. Thank you. So, Elon Musk has said repeatedly that Chinese carmakers are the toughest competitors. Is he right? I think he's right, but he's also using it as an excuse. Tesla hasn't launched a truly new model in China for years. What should Tesla do? They need a cheaper car, and they need Full Self-Driving approved by Chinese regulators. Without those, their share will keep falling. Thank you, Lei.""",
  [],
  "unlabelled podcast where the guest is an analyst; host paraphrases Musk; analyst comments on him - no statement of his",
  guests=["Lei Wang"])

d("podcast_unlabelled", "unlabeled",
  "The Founders Table - Elon Musk and the robot future",
  """Our guest tonight is Elon Musk. Elon, let's talk about Optimus. Where are you on production? We're building the production line now. I think we'll make several thousand this year for internal use. Where will the parts come from? A lot of the actuator components come from China today. Frankly, the Chinese suppliers are faster and cheaper than anyone else. But we're building second sources in Mexico and the US. And what about competitors? There are a lot of Chinese humanoid robot companies. I think they'll be our main competition. Unitree is pretty impressive. Will Optimus do housework? Eventually, yes. It'll fold your laundry.""",
  ["A lot of the actuator components come from China today. Frankly, the Chinese suppliers are faster and cheaper than anyone else.",
   "There are a lot of Chinese humanoid robot companies. I think they'll be our main competition. Unitree is pretty impressive."],
  "unlabelled; named Chinese company (Unitree); Optimus production and housework answers not gold",
  guests=["Elon Musk"])

d("podcast_unlabelled", "unlabeled",
  "Kitchen Table Talk - with Kimbal Musk",
  """Welcome to Kitchen Table Talk. I'm here with Kimbal Musk. Kimbal, you've been spending a lot of time in China. Yeah, I love it there. The food scene in Chengdu is the best in the world, I'd argue. What about your brother? Does Elon like Chinese food? He'll eat anything, honestly. He's not picky. Is it hard to do business in China as an American? It's different, but people have been very welcoming. You have to be patient and build relationships.""",
  [],
  "unlabelled; guest is Kimbal Musk talking about China; Elon only mentioned",
  guests=["Kimbal Musk"])

d("podcast_unlabelled", "unlabeled",
  "Beyond Earth - Episode 17: Elon Musk",
  """Welcome to Beyond Earth. Elon Musk is with us. Elon, China just landed a probe on the far side of the Moon and brought back samples. Are you impressed? Yeah, that was a genuinely impressive mission. The Chinese space programme is moving very fast, much faster than people in America appreciate. Do you see them as a competitor to SpaceX? Not directly yet, but they have lots of companies building reusable rockets now. I'd be surprised if they don't land a booster soon. And Starship? We're aiming for a flight every month next year.""",
  ["Yeah, that was a genuinely impressive mission. The Chinese space programme is moving very fast, much faster than people in America appreciate.",
   "Not directly yet, but they have lots of companies building reusable rockets now. I'd be surprised if they don't land a booster soon."],
  "space topic that IS about China (Chinese space programme, 'they'); Starship cadence answer not gold",
  guests=["Elon Musk"])

# ---------------- VTT ----------------
d("vtt", "vtt", "Elon Musk at the Qatar Economic Forum", "",
  ["I think the Chinese car industry is going to be extremely strong globally.",
   "They have a great work ethic, and they have a lot of very talented engineers."],
  "vtt cues with speaker voice tags; China answer split over cues; pronoun 'they'",
  vtt=mkvtt([
    ("Moderator", "Elon, thanks for joining us. Let me ask about China first."),
    ("Moderator", "Do you see Chinese carmakers expanding globally?"),
    ("Elon Musk", "I think the Chinese car industry is going to be extremely strong globally."),
    ("Elon Musk", "They have a great work ethic, and they have a lot of very talented engineers."),
    ("Moderator", "And on Starlink, how many countries now?"),
    ("Elon Musk", "We're in over a hundred countries now, and it's growing fast."),
  ]))

d("vtt", "vtt", "SpaceX Starship Flight 10 webcast", "",
  [],
  "vtt webcast; commentators mention China; Musk cues about Starship",
  vtt=mkvtt([
    ("Kate Tice", "Welcome to the Starship Flight 10 webcast. We're at T-minus 10 minutes."),
    ("Dan Huot", "Fun fact: China's Long March rockets flew more than 60 times last year."),
    ("Elon Musk", "The booster catch is the thing to watch today. It's the hardest part."),
    ("Elon Musk", "If this works, we can reuse the booster within an hour."),
    ("Kate Tice", "And we have liftoff!"),
  ]))

d("vtt", "vtt", "CNBC interview: Elon Musk on Tesla's China business", "",
  ["China is the biggest car market in the world, and we sell a lot of cars there.",
   "Our Shanghai team is phenomenal. They're really, really good.",
   "That's false. I have no plans to sell anything in China."],
  "vtt CNBC interview; interviewer's questions not gold; denial-like claim about China stated by him",
  vtt=mkvtt([
    ("David Faber", "Elon, you've been criticised for being too close to Beijing. How do you respond?"),
    ("Elon Musk", "Look, China is the biggest car market in the world, and we sell a lot of cars there."),
    ("Elon Musk", "Our Shanghai team is phenomenal. They're really, really good."),
    ("David Faber", "There were reports you might sell a stake in the Shanghai plant."),
    ("Elon Musk", "That's false. I have no plans to sell anything in China."),
    ("David Faber", "What about the Roadster?"),
    ("Elon Musk", "The demo later this year will be the best product demo ever."),
  ]))

d("vtt", "vtt", "BYD Global Launch Event - Keynote", "",
  [],
  "vtt: BYD executives mention Musk and Tesla; Musk not speaking",
  vtt=mkvtt([
    ("Wang Chuanfu", "Thank you all for coming to Shenzhen today."),
    ("Wang Chuanfu", "Some years ago, Elon Musk laughed at our cars. Today we sell more electric cars than Tesla."),
    ("Stella Li", "We respect Tesla. Musk has done a lot for the industry. But Chinese engineering is now leading."),
    ("Wang Chuanfu", "Our new Blade Battery 2.0 charges in five minutes."),
  ]))

d("vtt", "vtt", "Elon Musk at VivaTech Paris", "",
  ["Everyone in Europe should be worried about the Chinese competition.",
   "They move fast, they are cheap, and the quality is good."],
  "vtt: mixed cues; European regulation cue not gold; 'they' after Chinese competition",
  vtt=mkvtt([
    ("Maurice Levy", "Welcome back to VivaTech, Elon."),
    ("Elon Musk", "Thanks, it's great to be in Paris."),
    ("Maurice Levy", "What is your message to European carmakers?"),
    ("Elon Musk", "Honestly? Everyone in Europe should be worried about the Chinese competition."),
    ("Elon Musk", "They move fast, they are cheap, and the quality is good."),
    ("Elon Musk", "And Europe needs to cut regulation. There are too many rules for everything."),
  ]))

d("vtt", "vtt", "Tesla Cybercab unveil event", "",
  [],
  "vtt: Musk on Cybercab and Optimus only; audience shout about China not his",
  vtt=mkvtt([
    ("Elon Musk", "Welcome to We, Robot. Tonight we're going to show you the future."),
    ("Elon Musk", "The Cybercab has no steering wheel and no pedals."),
    ("Audience member", "Bring it to China!"),
    ("Elon Musk", "We expect it to be in production before 2027."),
    ("Elon Musk", "And the cost per mile will be about twenty cents."),
  ]))

d("vtt", "vtt", "Elon Musk in conversation at the Milken Global Conference", "",
  ["Beijing has been very supportive of Tesla, I have to say.",
   "If you look at the EV market, China is way ahead. Way ahead."],
  "vtt: his cues about Beijing and China; US deficit cue not gold; moderator question not gold",
  vtt=mkvtt([
    ("Michael Milken", "Elon, you've said the US is running out of money. Explain."),
    ("Elon Musk", "The interest on the national debt is now bigger than the defense budget. That's not sustainable."),
    ("Michael Milken", "And China? Is the government there helping or hurting your business?"),
    ("Elon Musk", "Beijing has been very supportive of Tesla, I have to say."),
    ("Elon Musk", "If you look at the EV market, China is way ahead. Way ahead."),
  ]))
