"""aaen-050..068: podcasts (labelled / unlabelled), earnings calls, WebVTT."""
from common import doc, make_vtt

# ---- labelled podcasts -----------------------------------------------------
doc(50, "podcast_labelled", "label", "The Frontier Hour, episode 212: Elon Musk",
    '''
Maya Torres: Welcome back to The Frontier Hour. My guest today needs no introduction. Elon, thanks for coming on.
Elon Musk: Thanks for having me.
Maya Torres: I want to start with Starship. You've had three successful booster catches now. What's next?
Elon Musk: Next is orbital refilling. That's the hard part. If we can do propellant transfer in orbit, then Mars becomes possible, and I think we'll have a demo next year.
Maya Torres: Let's switch to cars. Tesla's sales in China have been under pressure. BYD, Xiaomi, Li Auto, they're all coming at you. How worried are you?
Elon Musk: Look, the Chinese car companies are the most competitive in the world, no question. They iterate faster than anyone. Our advantage over them is autonomy, and I think that's going to matter more than anything else.
Maya Torres: Do Washington's tariffs on Chinese cars help you?
Elon Musk: Honestly, I don't think those tariffs are the answer. You win by making better products.
Maya Torres: Final question. How much do you sleep these days?
Elon Musk: Not enough. Usually about six hours.
''',
    ["Look, the Chinese car companies are the most competitive in the world, no question. They iterate faster than anyone.",
     "Our advantage over them is autonomy, and I think that's going to matter more than anything else.",
     "Honestly, I don't think those tariffs are the answer. You win by making better products."],
    "one guest; host raises China; tariff answer is about China only via the host's question; Mars and sleep turns not gold")

doc(51, "podcast_labelled", "label", "Macro & Mars, ep. 48",
    '''
Ben Okafor: I've got two guests today, Elon Musk and the economist Ruth Kessler. Ruth, let's start with you. China's growth target this year is around five percent. Is that real?
Ruth Kessler: It's achievable on paper, but the composition is the problem. Beijing is leaning on exports and factory investment again, while household consumption is still weak. The property sector is a drag that will last years.
Ben Okafor: And the deflation worries?
Ruth Kessler: Producer prices in China have been falling for more than two years. That's exported deflation, and it's why Europe is so nervous about cheap Chinese goods.
Ben Okafor: Elon, do you want to jump in on China?
Elon Musk: I'll leave the macro stuff to Ruth. What I care about is making life multiplanetary. We need a self-sustaining city on Mars before something bad happens here on Earth.
Ben Okafor: How far away is that?
Elon Musk: If we send ships every two years, maybe twenty or thirty years to self-sufficiency. It's a lot of tonnage.
''',
    [],
    "two guests; the other guest talks about China at length; he declines and changes the subject")

doc(52, "podcast_labelled", "label", "Founders Table: cars, chips and the deficit",
    '''
Dev Malhotra: We have a full table today: Sarah Lindqvist, Marcus Chen, and Elon Musk. Marcus, you were just in China.
Marcus Chen: I was in Hefei and Shenzhen last month. The Chinese carmakers are launching a new model every few weeks. The cost structure is unbelievable.
Sarah Lindqvist: And the tariffs aren't going to hold them back forever. They'll build in Mexico, Hungary, wherever they need to.
Dev Malhotra: Elon, you've competed with them longer than anyone.
Elon Musk: Yeah. They're relentless. Honestly, if you took away the tariffs they'd crush most legacy automakers within a couple of years.
Dev Malhotra: Including Tesla?
Elon Musk: Not Tesla, because of autonomy. But they'd beat everyone else, yes.
Dev Malhotra: Let's talk about the deficit, because that's what everyone is emailing us about.
Elon Musk: The deficit is out of control. Interest payments alone now exceed the defense budget.
Sarah Lindqvist: Which is why bond yields are where they are.
''',
    ["They're relentless.",
     "Honestly, if you took away the tariffs they'd crush most legacy automakers within a couple of years.",
     "Not Tesla, because of autonomy. But they'd beat everyone else, yes."],
    "three guests; China only in earlier turns by other guests; his 'they' refers back to Chinese carmakers; deficit turn not gold")

doc(53, "podcast_labelled", "label", "Orbit Talk: Elon Musk on NASA and the Moon",
    '''
Priya Raman: China landed a sample-return mission on the far side of the Moon, and it says it will put astronauts there by 2030. Meanwhile NASA keeps pushing Artemis back. Is NASA still capable of leading?
Elon Musk: NASA has great people. They've just been weighed down by bureaucracy and cost-plus contracts. They'll get there, and we'll help them get there.
Priya Raman: And the Chinese program specifically? Are you watching it?
Elon Musk: Let me just say SpaceX is focused on Mars. That's our thing. The Moon is a stepping stone.
Priya Raman: When does Starship land on the Moon?
Elon Musk: Uncrewed, probably in about two years. Then crew after that.
''',
    [],
    "'they' refers to NASA, not China; he deflects the China question and changes the subject")

doc(54, "podcast_labelled", "label", "Late Signal with Tom Reilly",
    '''
Tom Reilly: There's a theory online that you're secretly doing Beijing's bidding because of the Shanghai factory.
Elon Musk: Oh yeah, absolutely. Xi calls me every morning to approve my posts. (laughs) Come on. The Chinese government has never once told me what to say, and they never will.
Tom Reilly: But you do need them for the factory.
Elon Musk: Sure, Tesla needs China and China wants Tesla there, it's mutual. That's just business.
Tom Reilly: Different topic. Your kids. How many now?
Elon Musk: I'd rather not get into that. They're great, that's all I'll say.
''',
    ["Oh yeah, absolutely. Xi calls me every morning to approve my posts.",
     "The Chinese government has never once told me what to say, and they never will.",
     "Sure, Tesla needs China and China wants Tesla there, it's mutual. That's just business."],
    "sarcasm about the Chinese leader followed by a real denial; 'They're great' about his kids is not gold")

doc(55, "podcast_labelled", "label", "Compute Club: the DeepSeek moment",
    '''
Ana Duarte: My guests are Kai Hoffmann, who runs a research lab in Zurich, and Elon Musk. Kai, DeepSeek shocked everyone. They trained a frontier-class model for a fraction of the cost. What's your read?
Kai Hoffmann: Honestly, it's an excellent piece of engineering. The Chinese labs are extremely efficient because they've had to be, with the export controls on Nvidia chips. I'd say they're six months behind the frontier, at most.
Ana Duarte: Elon, same question.
Elon Musk: I'd rather talk about what we're doing. Grok 5 is training right now on two hundred thousand GPUs in Memphis, and I think it has a real shot at AGI.
Ana Duarte: Is that a dodge?
Elon Musk: It's a redirect. (laughs) Look, the thing that matters is truth-seeking AI. If an AI is trained to lie, that's dangerous, no matter who builds it.
Kai Hoffmann: I'd just add that the Chinese open-weight models are now the default for a lot of startups in Europe.
''',
    [],
    "other guest talks about Chinese labs; he is asked the same question and redirects to Grok")

# ---- unlabelled podcasts ---------------------------------------------------
doc(56, "podcast_unlabelled", "unlabeled", "Deep Current #87",
    '''
Welcome to Deep Current, I'm your host Jonah Blake, and today I'm sitting down with Elon Musk. Elon, thanks for making the time.
Happy to be here.
You were in Shanghai last month for the first time in a while. What struck you?
The speed. Every time I go there, the city has changed. There are new buildings, new subway lines, and the electric car penetration is just incredible. I think China has something like half of new car sales going electric now, way ahead of America.
Does that worry you as a competitor?
It motivates me. The Chinese companies are very hungry, and that's good for everyone, it keeps us honest. Anyway, the thing I'm most excited about right now is actually Optimus. We'll have thousands of robots working in our factories next year.
Let's stay on that for a second. When can I buy one?
Probably 2027 for consumers, if things go well.
''',
    ["Every time I go there, the city has changed. There are new buildings, new subway lines, and the electric car penetration is just incredible.",
     "I think China has something like half of new car sales going electric now, way ahead of America.",
     "It motivates me. The Chinese companies are very hungry, and that's good for everyone, it keeps us honest."],
    "unlabelled, one guest; 'there'/'the city' refer to Shanghai from the host's question; Optimus part of the same turn not gold",
    guests=["Elon Musk"])

doc(57, "podcast_unlabelled", "unlabeled", "Signal and Noise: trade wars and Mars",
    '''
This is Signal and Noise. I'm Carla Jimenez, and I have two guests today: Elon Musk and the trade economist Dan Whitfield. Dan, let me start with you. China's exports hit a record again. Why?
Because Chinese factories are producing far more than domestic demand can absorb. Beijing has poured credit into manufacturing, and the surplus has to go somewhere. Right now it's going to Southeast Asia, Latin America and Europe.
Elon, you run a lot of factories. Does that match what you see?
Honestly, I'm not the right person for trade statistics. What I can tell you is that Starlink is now in over a hundred countries, and demand in places like Indonesia and Nigeria is way higher than we expected.
Dan, is there a risk of a trade war spiralling?
There is. If the European Union follows the US with steep tariffs, Beijing will retaliate, probably against European luxury goods and pork.
Elon, last one for you: will humans walk on Mars this decade?
I think there's a fighting chance. Maybe 2029, if we're lucky with the orbital refilling tests.
''',
    [],
    "unlabelled, two guests; the economist's turns are about China; his turns dodge to Starlink and Mars",
    guests=["Elon Musk", "Dan Whitfield"])

doc(58, "podcast_unlabelled", "unlabeled", "The Long Table, episode 9",
    '''
Welcome to The Long Table. Joining me are Elon Musk, the investor David Ferris, and Nadia Volkova, who runs a robotics startup. David, you just got back from Shenzhen.
I did, and I'll be honest, it was humbling. The hardware ecosystem there is ten years ahead. You can get a prototype built in forty-eight hours. Nobody in the West can do that.
Nadia, do you see that in robotics?
Completely. The Chinese humanoid companies like Unitree are shipping at price points we can't touch. We buy some of our actuators from them.
Elon, is China going to win robotics?
They'll be the toughest competition, for sure. I'd say Optimus is ahead on the AI side, but they are very good at manufacturing. It's going to be us and China, basically, and then everyone else.
Let's move on to energy. David?
Solar is the story. Electricity prices in Texas went negative again last week.
''',
    ["They'll be the toughest competition, for sure.",
     "I'd say Optimus is ahead on the AI side, but they are very good at manufacturing.",
     "It's going to be us and China, basically, and then everyone else."],
    "unlabelled, three guests; other guests talk about Shenzhen and Chinese robot makers; host addresses each by name; his 'they' = China",
    guests=["Elon Musk", "David Ferris", "Nadia Volkova"])

doc(59, "podcast_unlabelled", "unlabeled", "Torque Talk: Elon Musk",
    '''
You're listening to Torque Talk. I'm Ray Donnelly, and today's guest is Elon Musk. Elon, a lot of Chinese carmakers put lidar on everything now. Xpeng, Li Auto, even cheap models from BYD come with lidar units, and Huawei's driving system uses them too. Their argument is redundancy.
Cameras are the way. Humans drive with two eyes and a neural net. If you solve vision, lidar is just an expensive crutch, and adding more sensors actually creates ambiguity about which one to trust.
But regulators might demand it.
I don't think so. Regulators care about safety data, and the data will show that a vision-only system is many times safer than a human driver.
When does unsupervised FSD come to customers?
In the US, I think this year in a few states.
''',
    [],
    "host frames the question with Chinese carmakers; his answers are about self-driving sensors in general",
    guests=["Elon Musk"])

doc(60, "podcast_unlabelled", "unlabeled", "The Builders, season 3",
    '''
This is The Builders. I'm Hannah Cole, and I'm here with Elon Musk. Elon, let's go back to early 2020 and the opening of the Shanghai factory. What do you remember?
I remember saying on stage that China would be our biggest market one day, and I still think that. China has the biggest car market on Earth and the most enthusiastic buyers of new technology. People there are willing to try new things faster than anywhere else.
Some analysts say you've lost that market to BYD.
That's not right. We're still selling a lot of cars there. The competition there is intense, yes, but we're doing fine.
Okay, shifting gears. Neuralink. How many patients now?
We're at over twenty, and the results are amazing.
''',
    ["I remember saying on stage that China would be our biggest market one day, and I still think that.",
     "China has the biggest car market on Earth and the most enthusiastic buyers of new technology.",
     "People there are willing to try new things faster than anywhere else.",
     "That's not right. We're still selling a lot of cars there.",
     "The competition there is intense, yes, but we're doing fine."],
    "unlabelled; he recalls his own old remark; 'that market'/'there' refer back to China; Neuralink turn not gold",
    guests=["Elon Musk"])

# ---- earnings calls ---------------------------------------------------------
doc(61, "earnings_call", "label", "Tesla Q3 earnings call (excerpt)",
    '''
Operator: Our next question comes from Priya Nair with Westbridge Capital.
Priya Nair: Thanks. Can you talk about pricing in China? It seems the price war there is getting worse, and your share has slipped.
Elon Musk: Yeah, China is extremely competitive. There are something like a hundred EV brands there, and many of them are selling below cost, which isn't sustainable. I think you'll see a lot of consolidation in China over the next two years. We're going to stay disciplined on price there.
Vaibhav Taneja: And just to add, our China deliveries were up sequentially, and the longer-wheelbase Model Y has been very well received by customers there.
Priya Nair: And a follow-up on Optimus timing?
Elon Musk: We expect to start production of Optimus version 3 late next year. It's going to be the biggest product of all time.
''',
    ["Yeah, China is extremely competitive.",
     "There are something like a hundred EV brands there, and many of them are selling below cost, which isn't sustainable.",
     "I think you'll see a lot of consolidation in China over the next two years.",
     "We're going to stay disciplined on price there."],
    "earnings call; analyst question and CFO add-on about China not gold; Optimus answer not gold")

doc(62, "earnings_call", "label", "Tesla Q1 earnings call (excerpt)",
    '''
Operator: Next question from Tom Hadley at Keystone Research.
Tom Hadley: Vaibhav, how much did the China business contribute to margin this quarter, and are Beijing's new export controls on rare earths affecting you?
Vaibhav Taneja: China remained a healthy contributor. On rare earths, we have been in close contact with our suppliers in China, and we have enough magnets for the near term, but it's something we're watching closely.
Tom Hadley: Elon, anything to add on that?
Elon Musk: Not on that, no. I'd rather talk about Optimus, because that's where the real value is. We'll have a pilot production line running in Fremont by the end of the year.
Tom Hadley: Thanks. And on the Semi?
Elon Musk: Semi volume production starts in Nevada next year.
''',
    [],
    "earnings call; CFO answers on China and rare earths; Musk declines and talks Optimus and Semi")

doc(63, "earnings_call", "article", "Tesla (TSLA) Q4 2024 Earnings Call Transcript",
    '''
Prepared Remarks:

Travis Axelrod -- Head of Investor Relations

Good afternoon, everyone, and welcome to Tesla's fourth-quarter 2024 Q&A webcast. Joining me today are Elon Musk, Vaibhav Taneja and a number of other executives.

Elon Musk -- Chief Executive Officer

Thanks, Travis. So 2024 was a tough year for the auto industry, but we still grew energy storage deployments by over 100%, which is incredible. On China, I want to give a shout-out to the Shanghai team. They delivered record output again, and honestly, China is the most competitive EV market in the world, so if you can win there, you can win anywhere. Looking ahead, we're on track to launch unsupervised FSD as a paid service in Austin in June.

Vaibhav Taneja -- Chief Financial Officer

Thanks, Elon. In China, we saw strong demand for our zero-percent financing offers in the fourth quarter, and we expect that to continue into the new year.

Questions & Answers:

Operator

Our first question comes from Alex Moreau with Lakeview Partners.

Alex Moreau -- Lakeview Partners -- Analyst

Thanks. Elon, do you expect US-China trade tensions to affect your business in the coming year?

Elon Musk -- Chief Executive Officer

It's hard to predict. I think both countries want trade to continue. My guess is that cooler heads prevail between Washington and Beijing, but we're planning for both scenarios.
''',
    ["On China, I want to give a shout-out to the Shanghai team.",
     "They delivered record output again, and honestly, China is the most competitive EV market in the world, so if you can win there, you can win anywhere.",
     "It's hard to predict. I think both countries want trade to continue.",
     "My guess is that cooler heads prevail between Washington and Beijing, but we're planning for both scenarios."],
    "earnings-call write-up with 'Name -- Title' headers; energy and FSD sentences in the same paragraph not gold; CFO China remark not gold")

doc(64, "earnings_call", "article", "Tesla (TSLA) Q2 2025 Earnings Call Transcript",
    '''
Questions & Answers:

Operator

Our next question comes from Hannah Schultz with Meridian Securities.

Hannah Schultz -- Meridian Securities -- Analyst

Elon, BYD just cut prices again and Xiaomi's new SUV had 200,000 orders in three minutes. How do you respond in China?

Elon Musk -- Chief Executive Officer

I'll let Tom take that one. I want to spend my time on energy. Megapack demand is off the charts, and the new factory in Houston will be producing by the end of next year.

Tom Zhu -- Senior Vice President, Automotive

Thank you, Elon. In China, the market is very competitive, but our brand is still strong. We launched the Model Y L in September and the order backlog extends into the next quarter. We will keep focusing on value for Chinese customers rather than joining a price war.

Hannah Schultz -- Meridian Securities -- Analyst

Thank you. And Elon, a quick one on Roadster?

Elon Musk -- Chief Executive Officer

The demo is this year. It will be the most exciting product demo ever.
''',
    [],
    "earnings-call write-up; analyst asks Musk about Chinese rivals, he hands off to Tom Zhu who answers on China; Musk on Megapack and Roadster")

# ---- WebVTT ------------------------------------------------------------------
vtt65, _ = make_vtt([
    ("Laura Bennett", "Elon, Chinese carmakers are now exporting more cars than anyone. Should Detroit be scared?"),
    ("Elon Musk", "Yes. The Chinese companies are incredibly good at making cars cheaply."),
    ("Elon Musk", "And they work harder than anyone. I've seen it firsthand at our Shanghai factory."),
    ("Laura Bennett", "What about your rockets? When is the next Starship launch?"),
    ("Elon Musk", "Probably in about four weeks, pending the FAA license."),
    ("Laura Bennett", "Elon Musk, thank you."),
])
doc(65, "vtt", "vtt", "Elon Musk on Market Close (captions)", "",
    ["The Chinese companies are incredibly good at making cars cheaply.",
     "And they work harder than anyone. I've seen it firsthand at our Shanghai factory."],
    "TV interview captions; continuation cue with 'they'; Starship cue not gold",
    vtt=vtt65)

vtt66, _ = make_vtt([
    ("Reporter", "Your Shanghai plant just cut shifts. Is Tesla losing China?"),
    ("Elon Musk", "Look, I'm here today to talk about Starship, so let's keep it to that."),
    ("Reporter", "Fair enough. What did you learn from this flight?"),
    ("Elon Musk", "The booster performed perfectly. The upper stage lost two engines on ascent, and we need to understand why."),
    ("Reporter", "And when's the next one?"),
    ("Elon Musk", "Within two months, I'd say."),
])
doc(66, "vtt", "vtt", "Post-launch press conference, Starbase (captions)", "",
    [],
    "reporter asks about China; he refuses and talks about Starship",
    vtt=vtt66)

vtt67, _ = make_vtt([
    ("Moderator", "so the next question from the audience is about byd and the chinese ev makers"),
    ("Moderator", "how do you see them"),
    ("Elon Musk", "yeah i mean byd is very strong"),
    ("Elon Musk", "they've gotten really good at batteries and honestly their cost is lower than ours"),
    ("Elon Musk", "um but anyway on the tesla side we're focused on the robotaxi"),
    ("Elon Musk", "the cybercab should be in production next year"),
])
doc(67, "vtt", "vtt", "", "",
    ["yeah i mean byd is very strong",
     "they've gotten really good at batteries and honestly their cost is lower than ours"],
    "YouTube auto-captions, no punctuation; 'they' in a later cue refers to BYD; robotaxi cues not gold",
    vtt=vtt67)

vtt68, _ = make_vtt([
    ("Moderator", "Professor Liang, how does China approach AI governance?"),
    ("Liang Wei", "In China, every large model has to be registered with the regulator before release, and the approach is quite pragmatic."),
    ("Liang Wei", "Beijing wants innovation, but it also wants control over content."),
    ("Moderator", "Elon, what's your view on regulation?"),
    ("Elon Musk", "I think we need a referee. Every industry that can harm the public has a regulator, and AI should too."),
    ("Elon Musk", "I've been saying this for ten years, and I think the US should move first."),
])
doc(68, "vtt", "vtt", "AI Governance Panel - Global Tech Summit", "",
    [],
    "panel: Chinese professor describes China's rules; his answer is about AI regulation in general and the US",
    vtt=vtt68)
