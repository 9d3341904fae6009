from common import D
DOCS = []
A = DOCS.append

# ---------------- podcast_labelled ----------------
A(D("podcast_labelled", "label",
"The Build Hour, episode 212: Elon Musk",
"""
Priya Nandakumar: Welcome back to The Build Hour. My guest today is Elon Musk. Elon, thanks for making time.
Elon Musk: Happy to be here.
Priya Nandakumar: You've been to a lot of factories. Which one impressed you most recently?
Elon Musk: Honestly, the CATL plant in Ningde was pretty mind-blowing. The level of automation there is beyond what most people in the West realise. They're moving incredibly fast.
Priya Nandakumar: Faster than Tesla?
Elon Musk: On cells, yes, right now. We're catching up on the dry electrode process, but I'd say they're still ahead.
Priya Nandakumar: Let's talk about rockets for a minute.
Elon Musk: Sure. Raptor 3 is a big step. It's simpler, lighter and much cheaper to build.
""",
["Honestly, the CATL plant in Ningde was pretty mind-blowing. The level of automation there is beyond what most people in the West realise. They're moving incredibly fast.",
 "On cells, yes, right now.",
 "but I'd say they're still ahead."],
"labelled podcast; 'they' = CATL; host questions not gold; Raptor turn not gold"))

A(D("podcast_labelled", "label",
"All Things Markets - live from Miami",
"""
Jason: Elon, people keep asking whether you're too dependent on China. What do you say?
Elon Musk: Look, we're not overly dependent on China. We have factories in California, Texas and Berlin too. Shanghai is about half our output, sure, but that's because the team there is so good.
David: And if there were a Taiwan conflict?
Elon Musk: That would be a disaster for everyone, not just Tesla. Every chip in every car, phone and data centre runs through Taiwan in some way. I really hope that never happens.
Chamath: Switching gears - the deficit.
Elon Musk: The deficit is out of control. We're spending more on interest than on defence.
""",
["Look, we're not overly dependent on China.",
 "Shanghai is about half our output, sure, but that's because the team there is so good.",
 "That would be a disaster for everyone, not just Tesla. Every chip in every car, phone and data centre runs through Taiwan in some way. I really hope that never happens."],
"labelled podcast; dependence-on-China answer and Taiwan conflict answer gold; list of non-China factories not gold; deficit turn not gold"))

A(D("podcast_labelled", "label",
"Drive Time Deep Dive: BYD's founder on competing with Tesla",
"""
Host: Mr Wang, thank you for joining us. Elon Musk once laughed at BYD. How did that feel?
Wang Xiaodong: It was a long time ago. I think now he respects us. At least, that is my impression.
Host: What does Tesla do better than BYD?
Wang Xiaodong: Software, maybe. And brand. Elon is a very good marketer.
Host: Will you enter the US?
Wang Xiaodong: Not now. The tariffs make it impossible.
""",
[],
"labelled podcast with a Chinese executive; his impressions of Musk and a host question recalling Musk's past mockery - someone else's words, not gold"))

A(D("podcast_labelled", "label",
"Off the Grid podcast: Elon Musk on energy",
"""
Maya Ruiz: Elon, you've said solar is the future. What's holding the US back?
Elon Musk: Permitting. It takes years to connect a solar farm to the grid in America. That's insane.
Maya Ruiz: China installed more solar last year than the US has in its entire history. Should we copy them?
Elon Musk: I'd rather talk about what we control. In the US, that means fixing the interconnection queue, reforming environmental review and building transmission lines. None of that requires anyone's permission but our own.
""",
[],
"labelled podcast where China appears only in host's remarks; his answers are about US permitting - not gold"))

A(D("podcast_labelled", "label",
"Tech Unfiltered #88",
"""
Ben Carter: So Kimbal, your brother is always talking about China. Do you agree with him?
Kimbal Musk: On food tech, China is way ahead. I was just in Shanghai and the vertical farms there are incredible.
Ben Carter: Does Elon ever ask your opinion on it?
Kimbal Musk: He asks about everything, and then he does what he wants.
Ben Carter: Classic older brother.
Kimbal Musk: Exactly.
""",
[],
"Kimbal Musk speaking (not the watched speaker); host's description of Elon not gold"))

A(D("podcast_labelled", "label",
"The Frontier Hour: Elon Musk on AI",
"""
Host: Elon, where does China stand in the AI race?
Elon Musk: China is going to be a very strong competitor. Their engineers are excellent and they have far more electricity coming online than we do. I would not bet against them.
Host: And the US?
Elon Musk: We have the best chips right now, but that lead is not permanent. Grok 5 should be out before year-end, by the way.
Host: Are export controls working?
Elon Musk: They're slowing China down a bit, but they're also forcing Chinese companies to build their own chips, which they're doing quite successfully.
""",
["China is going to be a very strong competitor. Their engineers are excellent and they have far more electricity coming online than we do. I would not bet against them.",
 "They're slowing China down a bit, but they're also forcing Chinese companies to build their own chips, which they're doing quite successfully."],
"labelled podcast; export controls on China; US chips and Grok date not gold"))

A(D("podcast_labelled", "label",
"The Long Interview - Part 3",
"""
Interviewer: Let's talk about your childhood in Pretoria.
Elon Musk: I read a lot. Encyclopaedias, science fiction, everything.
Interviewer: Were you into science back then?
Elon Musk: Physics and computers, mostly. And video games.
Interviewer: And your children - do they learn Mandarin?
Elon Musk: One of them is learning it, yes. He's better at it than I am.
""",
[],
"his answers about childhood and family (a child learning Mandarin) are private life - not about China"))

# ---------------- podcast_unlabelled ----------------
A(D("podcast_unlabelled", "unlabeled",
"Silicon Crossroads - Episode 47",
"""
Welcome to Silicon Crossroads. I'm your host, Dana Whitfield, and today I'm joined by Elon Musk. Elon, welcome.

Thanks, Dana. Great to be here.

You were in Shanghai last month. What struck you most?

The speed, as always. The Chinese supply chain can turn around a new part in days, not weeks. It's honestly humbling. And the young engineers there are incredibly hungry.

Does that worry you as a competitor?

It motivates me. Competition is good. It forces everyone to get better.

Let's talk about Neuralink.

Sure. We have twelve patients now, and the results are very encouraging.
""",
["The Chinese supply chain can turn around a new part in days, not weeks. It's honestly humbling. And the young engineers there are incredibly hungry."],
"unlabelled transcript; guest answers identified by turn-taking; generic 'Competition is good' and Neuralink not gold",
guests=["Elon Musk"]))

A(D("podcast_unlabelled", "unlabeled",
"The Auto Debrief",
"""
This is The Auto Debrief, and with me today is Li Wenjun, who covered Tesla in China for eight years.

Thanks for having me.

Li, Elon Musk has said a lot about China over the years. What's the biggest misconception?

People think he has a special deal with Beijing. He doesn't. Tesla got the Shanghai factory because the timing was right and the city wanted a showcase.

And do Chinese consumers still love him?

Less than before. He's seen as a bit of a showman now. BYD and Xiaomi have taken his place as the exciting brands.
""",
[],
"unlabelled transcript whose guest is a journalist talking about Musk - not Musk's words",
guests=["Li Wenjun"]))

A(D("podcast_unlabelled", "unlabeled",
"Founders Fireside - live in Austin",
"""
All right, we're live. Elon, thanks for doing this.

Of course.

First question from the audience: will Tesla ever build a factory in India?

Maybe. We're looking at it, but nothing to announce.

Second question: what's the hardest part of making Starship reusable?

The heat shield. Without question. Every tile has to survive re-entry and be ready to fly again within hours.

And finally, what's your advice to young founders?

Work really hard and don't give up. That's basically it.
""",
[],
"unlabelled transcript with Musk as guest but no China content - hard negative on India/Starship",
guests=["Elon Musk"]))

A(D("podcast_unlabelled", "unlabeled",
"Energy Frontiers, episode 9",
"""
Welcome back to Energy Frontiers. My guest today is Elon Musk, and we're going to talk batteries. Elon, you've said the world needs terawatt-hours of storage. Where will it come from?

A lot of it from China, frankly. They have most of the refining capacity for lithium and graphite, and they built it with incredible focus over fifteen years. No one else even tried.

So the West just missed it?

Yes. We missed it. Now we have to rebuild it, and Tesla is doing its part with the lithium refinery in Corpus Christi.

How long will that take?

A few years to get to scale.
""",
["A lot of it from China, frankly. They have most of the refining capacity for lithium and graphite, and they built it with incredible focus over fifteen years. No one else even tried."],
"unlabelled transcript; 'They' = China; Corpus Christi refinery and timing not gold",
guests=["Elon Musk"]))

A(D("podcast_unlabelled", "unlabeled",
"Straight Talk with Reza",
"""
My guest today is Elon Musk. Elon, people say your Twitter takeover changed politics. Do you agree?

I think it restored free speech. That was the goal.

Some say you go easier on Beijing than on, say, the European Union.

I'm not going to get into that. The EU fines, though - they're just wrong on the law.

Do you think they'll fine X again?

Probably. They seem to enjoy it.
""",
[],
"unlabelled; 'they' refers to the EU not China; he declines the Beijing question (no claim)",
guests=["Elon Musk"]))

A(D("podcast_unlabelled", "unlabeled",
"Rocket Science Radio",
"""
And we're back. Elon, before the break you were talking about launch cadence. Where does China fit in?

China's launch rate is going up really fast. I think they did over seventy launches last year. They're clearly the number two space power now, and they're not slowing down.

Are you worried Blue Origin will beat you to the Moon?

Not worried. I'd love some competition, actually. It would be good for everyone. But right now SpaceX is launching more mass to orbit than the rest of the world combined.

Including China?

Including China, yes. By a wide margin.
""",
["China's launch rate is going up really fast. I think they did over seventy launches last year. They're clearly the number two space power now, and they're not slowing down.",
 "Including China, yes. By a wide margin."],
"unlabelled; China space programme gold; Blue Origin/competition answer not gold; short 'Including China, yes' answer gold by context",
guests=["Elon Musk"]))

A(D("podcast_unlabelled", "unlabeled",
"The Weekend Panel",
"""
Welcome to The Weekend Panel. Joining me are two guests: Maye Musk, model and author, and Dr Helen Cho, a nutritionist. Maye, you're huge in China. Why?

I've been going to China for years, and I just love it. The people are so kind, and the fashion scene in Shanghai is exciting.

Does your son Elon share your love for China?

You'd have to ask him. I can tell you he works too hard.

Helen, what about you?

I've only been to Beijing once, but the food was wonderful.
""",
[],
"unlabelled with Maye Musk as guest - a different Musk; she declines to speak for Elon",
guests=["Maye Musk", "Helen Cho"]))

# ---------------- vtt ----------------
A(D("vtt", "vtt", "Musk keynote at the Shanghai AI summit", "",
[],
"vtt with a translator and host; Musk's cues are about Optimus and humanoid robots generally - not gold",
vtt="""
WEBVTT

00:00:01.000 --> 00:00:06.000
<v Host>Please welcome, joining us by video from Texas, Elon Musk.

00:00:06.500 --> 00:00:12.000
<v Elon Musk>Thank you. It's great to be here, even if only virtually.

00:00:12.500 --> 00:00:20.000
<v Elon Musk>I think humanoid robots will be the biggest product of all time. Bigger than cars, bigger than phones.

00:00:20.500 --> 00:00:27.000
<v Elon Musk>Optimus will be walking around our factories in Fremont by the end of this year.

00:00:27.500 --> 00:00:33.000
<v Host>Many Chinese companies are building humanoids too. Unitree, UBTech, and others.

00:00:33.500 --> 00:00:37.000
<v Elon Musk>Thank you all, and enjoy the rest of the conference.
"""))

A(D("vtt", "vtt", "", "",
["The Chinese EV companies are the most competitive in the world.",
 "If there are not trade barriers established, they will pretty much demolish most other companies."],
"vtt; continuation across cues - 'they' in the next cue refers to Chinese EV companies; sales comment not gold",
vtt="""
WEBVTT

00:00:02.000 --> 00:00:07.500
<v Elon Musk>Our sales this quarter were a bit softer than we'd like, mostly because of interest rates.

00:00:08.000 --> 00:00:13.000
<v Elon Musk>The Chinese EV companies are the most competitive in the world.

00:00:13.500 --> 00:00:20.000
<v Elon Musk>If there are not trade barriers established, they will pretty much demolish most other companies.

00:00:20.500 --> 00:00:25.000
<v Analyst>Thanks, Elon. Can you comment on margins?
"""))

A(D("vtt", "vtt", "CNBC interview clip - Musk on Beijing visit", "",
["The meetings in Beijing were very productive.",
 "I think the Chinese government genuinely wants to see more foreign investment, and Tesla is happy to be part of that."],
"vtt; reporter's question mentions China; Musk's answer gold; Mars remark not gold",
vtt="""
WEBVTT

00:00:00.500 --> 00:00:05.000
<v Reporter>Elon, you were just in Beijing. How did the meetings go?

00:00:05.500 --> 00:00:09.000
<v Elon Musk>The meetings in Beijing were very productive.

00:00:09.500 --> 00:00:17.000
<v Elon Musk>I think the Chinese government genuinely wants to see more foreign investment, and Tesla is happy to be part of that.

00:00:17.500 --> 00:00:22.000
<v Reporter>And what's next for SpaceX?

00:00:22.500 --> 00:00:28.000
<v Elon Musk>Mars. Always Mars. We'll send the first ships in the next window.
"""))

A(D("vtt", "vtt", "Panel: The future of EV batteries", "",
[],
"vtt panel where others discuss Musk and China; a panellist quotes Musk - not his words",
vtt="""
WEBVTT

00:00:01.000 --> 00:00:06.000
<v Moderator>Dr Zeng, Elon Musk has praised Chinese battery makers many times. Do you agree with him?

00:00:06.500 --> 00:00:14.000
<v Zeng Yuqun>Elon once told me our factories were the best he had seen. I think he was being polite, but thank you, Elon.

00:00:14.500 --> 00:00:20.000
<v Moderator>Ms Fischer, can Europe compete?

00:00:20.500 --> 00:00:27.000
<v Anna Fischer>Only if we invest now. Musk is right that the gap is large, but it is not permanent.
"""))

A(D("vtt", "vtt", "Musk town hall with Tesla employees (leaked audio captions)", "",
[],
"vtt with Musk speaking about European regulators ('they') and US factories; not China",
vtt="""
WEBVTT

00:00:01.000 --> 00:00:06.500
<v Elon Musk>Okay, everyone, thanks for coming. I know it's been an intense quarter.

00:00:07.000 --> 00:00:14.000
<v Elon Musk>The European regulators are still sitting on FSD approval. They keep asking for more paperwork.

00:00:14.500 --> 00:00:20.000
<v Elon Musk>Honestly, they move slower than any agency I've dealt with.

00:00:20.500 --> 00:00:27.000
<v Elon Musk>Meanwhile here in Austin, Cybercab production starts in the spring. Let's go.
"""))

A(D("vtt", "vtt", "Musk on Xiaomi SU7 (livestream captions)", "",
["I drove the Xiaomi SU7 last week. It's a really good car, honestly.",
 "Lei Jun and his team did an excellent job, and they did it in record time."],
"vtt positive about named Chinese company; streamer's comments not gold; Model S remark not gold",
vtt="""
WEBVTT

00:00:00.000 --> 00:00:04.000
<v Streamer>Elon's on the stream now! Elon, what did you think of the SU7?

00:00:04.500 --> 00:00:10.000
<v Elon Musk>I drove the Xiaomi SU7 last week. It's a really good car, honestly.

00:00:10.500 --> 00:00:16.000
<v Elon Musk>Lei Jun and his team did an excellent job, and they did it in record time.

00:00:16.500 --> 00:00:22.000
<v Elon Musk>Still think the Model S Plaid is faster, though. Just saying.
"""))

A(D("vtt", "vtt", "Press conference: Tesla Semi delivery event", "",
[],
"vtt press conference; reporter asks about China tariffs, Musk answers only about Semi production and Nevada - not gold",
vtt="""
WEBVTT

00:00:01.000 --> 00:00:07.000
<v Reporter>Mr Musk, will the new tariffs on Chinese components affect the Semi's price?

00:00:07.500 --> 00:00:14.000
<v Elon Musk>The Semi is built in Nevada and we're ramping to fifty thousand units a year.

00:00:14.500 --> 00:00:20.000
<v Elon Musk>Pricing will be announced closer to deliveries. That's all I can say for now.
"""))

# ---------------- machine_translated ----------------
A(D("machine_translated", "article",
"Musk: China new energy vehicle enterprises are world's most strong",
"""
According to reports, on 15th, Tesla CEO Musk in Austin city of Texas state of America held annual shareholders meeting and expressed that, China new energy vehicle enterprises are the world's most strong competitors. Musk indicated, domestic car enterprises engineering ability is very high, work very hard, Tesla must learn from them.

It is understood, this is Musk this year third time publicly praising Chinese car enterprises. Industry person analysed that, Musk's words reflect the Chinese brand's fast rising.
""",
["China new energy vehicle enterprises are world's most strong",
 "China new energy vehicle enterprises are the world's most strong competitors",
 "domestic car enterprises engineering ability is very high, work very hard, Tesla must learn from them"],
"machine-translated; long locative between name and verb ('in Austin city of Texas state ... expressed that'); 'domestic' = Chinese; industry analyst not gold"))

A(D("machine_translated", "article",
"Musk again talks China, netizens heated discussion",
"""
Recently, Musk on social platform X published a post about China, causing netizens heated discussion. The post content involves Chinese electric vehicle price and battery cost.

Reporter noticed that, many netizens in comment area expressed support, also some netizens questioned. A netizen said: "Musk is only praising China because Tesla sells many cars here."

At present, Tesla China has not responded regarding this.
""",
[],
"machine-translated; headline 'again talks China' and body describe a post without carrying its claim; netizens' words not gold"))

A(D("machine_translated", "article",
"Tesla Shanghai super factory welcome 4 millionth vehicle off line",
"""
This newspaper news: Yesterday, Tesla Shanghai super factory 4 millionth whole vehicle officially rolled off the production line. Tesla global vice president Tao Lin expressed, Shanghai super factory is Tesla global highest efficiency factory.

It is reported, Musk through video sent congratulations. But the company did not publish his specific speaking content.

Since the factory started production in 2019, it has become Tesla global most important export center.
""",
[],
"machine-translated; another Tesla executive quoted; Musk 'sent congratulations' (action) with no content - not gold"))

A(D("machine_translated", "article",
"Musk responds to report on Tesla China investment",
"""
Regarding foreign media report that Tesla plans to reduce China investment, Musk yesterday on X responded. Musk said he has never considered withdrawing from China market, Tesla will continue to expand Shanghai production capacity.

He also said: "China is one of Tesla's most important markets, this will not change."

Musk added, Shanghai factory's next-stage expansion will be announced within this year.
""",
["he has never considered withdrawing from China market, Tesla will continue to expand Shanghai production capacity",
 "China is one of Tesla's most important markets, this will not change.",
 "Shanghai factory's next-stage expansion will be announced within this year"],
"machine-translated denial phrased as his claim; 'He also said'/'Musk added' continuations; headline descriptive only"))

A(D("machine_translated", "article",
"SpaceX Starship again launches, Musk: next time will attempt tower catch",
"""
Beijing time 8th morning, SpaceX company Starship rocket in Texas again launched. After launching, Musk on X said, next time flight will attempt using launch tower catching the spaceship.

Chinese netizens also paid much attention to this launch. Some netizens said China's own reusable rocket technology also is fast developing.

Expert pointed out, China commercial space enterprises such as LandSpace are catching up.
""",
[],
"machine-translated; headline claim and reported speech are about Starship, not China; 'Beijing time' and Chinese netizens in neighbourhood only"))

A(D("machine_translated", "article",
"Musk talks with Chinese entrepreneurs: I very admire Chinese people's diligence",
"""
Recently, Musk in a closed-door exchange meeting held in Shanghai with a number of Chinese entrepreneurs, talked about artificial intelligence and manufacturing topics. According to attendees revealed, Musk said, he very admires Chinese people's diligence and wisdom.

But another attendee said, Musk in the meeting mainly discussed robot technology, few talked about China market.

This news has not been confirmed by Tesla.
""",
["I very admire Chinese people's diligence",
 "he very admires Chinese people's diligence and wisdom"],
"machine-translated; Musk's claim relayed through attendees (reported speech of his, kept gold); second attendee's description not gold"))

A(D("machine_translated", "article",
"Musk's mother Maye Musk: I like Chinese food very much",
"""
Recently, Maye Musk, mother of Tesla CEO Musk, in Beijing attended a book-signing activity. She expressed, she likes Chinese food very much, also very likes Chinese fans.

Maye Musk said, her son Elon is very busy, seldom has time to accompany her to travel.

Many fans on site asked her about Musk's view on China, she smiled and said "you should ask him yourselves."
""",
[],
"machine-translated; Maye Musk (not the watched speaker); headline colon claim is hers"))

A(D("machine_translated", "article",
"Musk said in interview Chinese AI will be very strong, but US chips still lead",
"""
In an interview published this week, Musk said Chinese AI will be very strong, maybe soon reaching world first-class level. He pointed out, Chinese companies have very many excellent engineers and electricity supply very abundant.

At same time, Musk said, American chips at present are still leading, but the lead is shrinking.

Analysts believe, Musk's view is consistent with many industry insiders.
""",
["Chinese AI will be very strong, but US chips still lead",
 "Chinese AI will be very strong, maybe soon reaching world first-class level",
 "Chinese companies have very many excellent engineers and electricity supply very abundant"],
"machine-translated; 'He pointed out' continuation; US chip lead statement alone not gold; analysts not gold"))
