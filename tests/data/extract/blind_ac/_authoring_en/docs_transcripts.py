from common import doc

# ---------------- labelled podcasts ----------------
doc("podcast_labelled", "label",
 "Episode 512: Elon Musk on engineering, China and Mars",
 '''
Lex Fridman: You've spent a lot of time in China over the years. What have you learned from the engineers there?
Elon Musk: ⟦The engineers in China are incredibly talented and incredibly hardworking.⟧ ⟦The Shanghai factory went from a muddy field to producing cars in under a year, which I don't think could have happened anywhere else.⟧
Lex Fridman: Is there anything that worries you about the relationship?
Elon Musk: ⟦Well, I think there's a lot of misunderstanding in the West about how competitive Chinese companies actually are. People still think it's about cheap labour. It isn't.⟧
Lex Fridman: Let's talk about Mars. When do the first humans land?
Elon Musk: If we get lucky, maybe 2029. Starship needs to be fully reusable first, and that's the hard part.
Lex Fridman: Last one, and you can dodge it. Are you worried about a conflict over Taiwan?
Elon Musk: ⟦I think the risk is real but not imminent. Beijing has been pretty clear that they want reunification, but they've also been patient.⟧ I'd rather not speculate beyond that.
''',
 "labelled podcast: host questions about China not gold; Mars answer not gold; follow-up sentences with 'it' kept in the China entry; Taiwan/Beijing answer gold, 'I'd rather not speculate' not")

doc("podcast_labelled", "label",
 "The Long Run, Ep. 88: power, tariffs and Grok",
 '''
Jason Reed: Elon, you said a couple of years ago that Chinese carmakers would demolish everybody if there were no trade barriers. Do you still believe that?
Elon Musk: Look, I want to talk about the grid, because that's the thing nobody is paying attention to. The U.S. is going to run out of transformer capacity in about eighteen months.
Mara Chen: I'll take the China question then. BYD's margins are better than people think, and their export volumes are up eighty percent this year.
Elon Musk: The utilities are moving way too slowly. They need to approve interconnections in weeks, not years.
Jason Reed: Fair enough. What about Grok?
Elon Musk: Grok 5 should be out by the end of the quarter, and I think it'll be the smartest AI on the planet by a lot.
Mara Chen: Which it will need to be, because DeepSeek isn't standing still.
''',
 "hard negative: host quotes his old China claim back to him (not gold); he pivots to the U.S. grid; 'they' = U.S. utilities; co-host's China remarks not gold")

doc("podcast_labelled", "label",
 "Energy Hour: solar, storage and the China question",
 '''
Priya Nair: China installed more solar last year than the rest of the world combined. Elon, how do you read that?
Elon Musk: ⟦They're building at a scale that is just hard to comprehend.⟧ ⟦Honestly, we should be learning from them instead of complaining about them.⟧
Tom Alder: I'd push back on that. Chinese overcapacity is a policy choice, and it's subsidised by the state.
Elon Musk: ⟦Sure, Beijing subsidises some of it. But the cost curve of Chinese solar cells would have come down anyway, because their manufacturing is just really good.⟧
Priya Nair: And Tesla's own solar business?
Elon Musk: Solar Roof is a small business for us right now. Megapack is where the growth is.
''',
 "'they/them' referring back to China in host's question (gold); rebuttal to another guest; Tesla solar answer not gold; other guest's China claim not gold")

doc("podcast_labelled", "label",
 "Farm to Table Talks: Kimbal Musk on feeding cities",
 '''
Sara Bloom: You just got back from Shenzhen. What did you see?
Kimbal Musk: Vertical farms twenty storeys high, right in the middle of the city. China is five years ahead of us on urban agriculture, easily.
Sara Bloom: Does your brother ever weigh in on this stuff?
Kimbal Musk: Elon's more of a rockets guy. He eats whatever's put in front of him.
Sara Bloom: Would you open a restaurant in China?
Kimbal Musk: I'd love to. The Chinese diner is the most demanding customer in the world, and I mean that as a compliment.
''',
 "namesake: speaker label 'Kimbal Musk' with China claims; Elon only mentioned")

doc("podcast_labelled", "label",
 "Milken Global Conference 2025: a conversation with Elon Musk",
 '''
Rachel Kim: Critics say you're too soft on China because of Tesla's business there. What do you say to that?
Elon Musk: ⟦Who makes most of the world's batteries? China. Who makes most of the solar panels? China. So what exactly is the plan, to pretend that isn't true?⟧
Rachel Kim: So you're not worried about the dependence?
Elon Musk: ⟦I'm worried about it, sure. But the answer is to build more here, not to yell at China.⟧
Rachel Kim: Let's turn to Neuralink. How many patients now?
Elon Musk: Twelve, and the results are honestly better than we expected. The first patient is playing chess online better than he did before his accident.
''',
 "rhetorical questions about China (gold); 'it' = dependence on China; Neuralink answer not gold")

# ---------------- unlabelled podcasts ----------------
doc("podcast_unlabelled", "unlabeled",
 "The Build, Ep. 214",
 '''
Welcome back to The Build. My guest today needs no introduction. Elon, thanks for being here.

Thanks for having me.

You were in Shanghai last month. What struck you most?

⟦Honestly, the speed. The Shanghai team rebuilt an entire production line over a long weekend, which would take months in most places.⟧ ⟦Chinese manufacturing has gotten really, really good, and I don't think people in the West fully appreciate that.⟧

Do you think Tesla can hold its market share there?

⟦It's going to be tough. The local competition is intense, there are something like a hundred EV brands in China right now, and most of them won't survive, but the ones that do will be formidable.⟧

Let's switch gears. You have a lot of kids. How do you find time?

I don't, really. That's the honest answer. I try to have breakfast with them when I'm home.

And the next Starship flight?

Hopefully in about six weeks, if the FAA cooperates.
''',
 "unlabelled transcript, single guest: host turns not gold; family and Starship answers not gold",
 guests=["Elon Musk"])

doc("podcast_unlabelled", "unlabeled",
 "Orbital Talk: Elon Musk on Mars",
 '''
Today on Orbital Talk we're joined by Elon Musk. China just landed another rover and says it will put astronauts on the Moon before 2030. Does that change anything for SpaceX?

Our goal is Mars. We're focused on making life multiplanetary, and the key to that is a fully reusable rocket. That's really all I think about.

But does the pressure motivate you?

What motivates me is the mission. The real obstacle for us is regulatory. They took longer to approve our last launch license than it took us to build the rocket.

Who's "they" here?

The FAA. I mean, they're well-intentioned, but the paperwork is crazy.

How many Starships will you build next year?

Probably a hundred, give or take. We're aiming for one a week by the end of the year.
''',
 "hard negative: host raises China's space program; guest answers about Mars and the FAA ('they' = FAA)",
 guests=["Elon Musk"])

doc("podcast_unlabelled", "unlabeled",
 "Capital Ideas: Is China investable?",
 '''
Welcome to Capital Ideas. I'm joined by Elon Musk and by Helen Marsh, chief investment officer at Fairpoint Capital. Helen, let me start with you. Is China investable right now?

I think selectively, yes. Valuations in Hong Kong are the cheapest they've been in a decade, and Beijing's stimulus is finally showing up in the consumption data.

Elon, you've got a huge factory in Shanghai. Do you agree?

⟦I'm not an investment adviser, but I can tell you the Chinese consumer is extremely discerning. If your product isn't great, they will not buy it, full stop.⟧

Helen, does that square with what you see?

Absolutely. Chinese consumers have traded down, but they will still pay up for quality.

Elon, last one for you. Tariffs on Chinese cars: good or bad?

⟦They're a crutch. They protect companies that should be competing harder.⟧
''',
 "unlabelled, two guests: host addresses each by name; the investor's China remarks not gold; his answers gold ('they' = tariffs on Chinese cars / Chinese consumers)",
 guests=["Elon Musk", "Helen Marsh"])

doc("podcast_unlabelled", "unlabeled",
 "Pivot Point: Musk and China",
 '''
This is Pivot Point. Today, Elon Musk and China. Kara, he said this week that Chinese carmakers are the best in the world. Is he right?

He's not wrong, but he's talking his book. He needs Beijing's goodwill for Shanghai, so of course he flatters them.

Sam?

I think Musk genuinely admires them. You can hear it in the way he talks about the Shanghai team. But admiration isn't a strategy, and Tesla's share in China has been falling for two years.

So who wins the next five years?

BYD. Not close.

Agreed. BYD.
''',
 "hard negative: guests are commentators; host paraphrases Musk in a question; commentators' analysis of him",
 guests=["Kara Lowe", "Sam Patel"])

doc("podcast_unlabelled", "unlabeled",
 "Deep Tech Weekly: the battery race",
 '''
You're listening to Deep Tech Weekly. My guests are Elon Musk and the battery scientist Daniel Cho. Daniel, where are we on sodium-ion?

Sodium-ion is real now. CATL and BYD are shipping it in volume, and nobody in the West is close.

Elon, is he right that nobody in the West is close?

⟦He's right. CATL is ahead on sodium-ion, no question.⟧ ⟦Look, I have enormous respect for what the Chinese battery industry has done.⟧ But for Tesla the bigger bottleneck is lithium refining, which is why we built our own refinery in Texas.

Daniel, quick reaction?

The refinery is a smart move. But China refines about two-thirds of the world's lithium, so it's a drop in the bucket.

Elon?

It's a drop in the bucket today. ⟦In five years, I think we'll be refining enough not to depend on Chinese refiners at all.⟧
''',
 "unlabelled, two guests: 'He's right' endorses the other guest's China claim (gold with CATL sentence); Texas refinery sentence not gold; co-guest's China facts not gold",
 guests=["Elon Musk", "Daniel Cho"])

# ---------------- WebVTT ----------------
doc("vtt", "vtt", "Markets Morning interview: Elon Musk", "",
 "vtt interview: answers about China gold; pricing non-answer and robotaxi forecast not gold",
 vtt='''
WEBVTT

00:00:01.000 --> 00:00:04.500
<v Kara Mendez>Let's talk about China. Your sales there were down again last quarter.

00:00:04.500 --> 00:00:09.000
<v Elon Musk>⟦China is an incredibly competitive market, probably the most competitive in the world.⟧

00:00:09.000 --> 00:00:15.200
<v Elon Musk>⟦The Chinese car companies are very good. They've got government support, but mostly they're just very good.⟧

00:00:15.200 --> 00:00:17.800
<v Kara Mendez>Are you going to cut prices again?

00:00:17.800 --> 00:00:20.000
<v Elon Musk>We don't comment on future pricing.

00:00:20.000 --> 00:00:22.500
<v Kara Mendez>And the robotaxi rollout?

00:00:22.500 --> 00:00:27.000
<v Elon Musk>We'll be in ten cities by the end of next year. I'm pretty confident about that.

''')

doc("vtt", "vtt", "Press scrum at Starbase", "",
 "hard negative vtt: reporters ask about China; he declines and talks about Starship",
 vtt='''
WEBVTT

00:00:00.500 --> 00:00:04.000
<v Reporter>Mr. Musk, Beijing says Starlink is a military threat. Your response?

00:00:04.000 --> 00:00:07.500
<v Elon Musk>I'm not going to get into that today.

00:00:07.500 --> 00:00:13.000
<v Elon Musk>What I will say is that this Starship is the most capable rocket ever built, by a lot.

00:00:13.000 --> 00:00:16.000
<v Reporter>Will Tesla get approval for FSD in China this year?

00:00:16.000 --> 00:00:21.000
<v Elon Musk>Today's about Starship. We're targeting a launch window that opens at six a.m. tomorrow.

''')

doc("vtt", "vtt", "Keynote: Elon Musk at the Future Battery Summit", "",
 "vtt keynote where one sentence spans two cues (gold per cue); Mars remark not gold",
 vtt='''
WEBVTT

00:00:02.000 --> 00:00:06.000
<v Elon Musk>Thanks, everyone. It's great to be here, even if it's by video.

00:00:06.000 --> 00:00:10.500
<v Elon Musk>⟦I've said this before and I'll say it again: the Chinese battery supply chain⟧

00:00:10.500 --> 00:00:14.000
<v Elon Musk>⟦is the most advanced in the world, and it isn't close.⟧

00:00:14.000 --> 00:00:19.500
<v Elon Musk>⟦CATL, BYD, Gotion, these companies move at a speed that Western suppliers have never matched.⟧

00:00:19.500 --> 00:00:24.000
<v Elon Musk>Now, the reason I care about batteries so much is that eventually we'll need them on Mars.

00:00:24.000 --> 00:00:27.000
<v Elon Musk>You can't exactly run a gas station on Mars.

''')

doc("vtt", "vtt", "Morning Show: Maye Musk on her new book", "",
 "namesake vtt: speaker is Maye Musk; host mentions Elon",
 vtt='''
WEBVTT

00:00:01.000 --> 00:00:05.000
<v Host>You spend a lot of time in China. Your son Elon has a factory there too.

00:00:05.000 --> 00:00:10.000
<v Maye Musk>I love China. The fans there are so warm, and the food in Chengdu is the best I have ever had.

00:00:10.000 --> 00:00:14.000
<v Host>Do you two ever travel there together?

00:00:14.000 --> 00:00:18.500
<v Maye Musk>Never at the same time. He's always working, and I'm always on a book tour.

''')

doc("vtt", "vtt", "Auto show interview: Elon Musk", "",
 "'they' in his answer refers to Chinese EV makers named in the reporter's question (gold); later 'they' refers to NASA (not gold)",
 vtt='''
WEBVTT

00:00:00.000 --> 00:00:06.000
<v Reporter>BYD, Xiaomi, NIO: the Chinese EV makers are exporting everywhere now. Should Western carmakers be scared?

00:00:06.000 --> 00:00:09.500
<v Elon Musk>⟦They should be paying attention. They're really good.⟧

00:00:09.500 --> 00:00:13.000
<v Reporter>And NASA? Are they still SpaceX's biggest customer?

00:00:13.000 --> 00:00:17.000
<v Elon Musk>They're a great partner. We wouldn't be here without them.

''')
