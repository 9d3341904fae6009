from common import A, L, U, V, D

DOCS = []

# ---------------- EARNINGS_CALL ----------------
DOCS.append(A("earnings_call",
"Tesla (TSLA) Q2 Earnings Call Transcript",
"""Prepared Remarks:

Operator

Good afternoon, everyone, and welcome to Tesla's second-quarter earnings Q&A webcast. I'll now turn the call over to Elon Musk.

Elon Musk -- Chief Executive Officer

Thanks. So, it was a solid quarter given the circumstances. {{China was a bright spot. Demand there was stronger than we expected, and Giga Shanghai ran at essentially full capacity for the whole quarter.}} On FSD, we released version 14 to customers in North America and the feedback has been excellent. We think unsupervised operation in several more cities is possible before year end.

Questions & Answers:

Operator

Our first question comes from Nadia Ferreira with Halcyon Partners.

Nadia Ferreira -- Halcyon Partners -- Analyst

Thanks. Elon, how sustainable is the price discounting in China, and does it worry you?

Elon Musk -- Chief Executive Officer

{{The Chinese market is the most competitive on Earth. Honestly, if you can win there, you can win anywhere. We're not going to chase every price cut in China, though.}}

Priya Raman -- Chief Financial Officer

Just to add to that, our China gross margin held roughly flat sequentially, helped by lower material costs.

Operator

Our next question comes from Tom Ellery with Westbrook.

Tom Ellery -- Westbrook -- Analyst

On Optimus, when should we expect external sales?

Elon Musk -- Chief Executive Officer

Late next year, probably. We want to use them in our own factories first.""",
"earnings-call 'Name -- Title' format; analyst's and CFO's China remarks not gold; FSD/Optimus remarks not gold"))

DOCS.append(L("earnings_call",
"Tesla Q3 earnings call — partial transcript",
"""Operator: Next question from Julian Park of Crestline Securities.
Julian Park: Thanks. Chinese competitors cut prices again last month. How do you think about margins in China for the rest of the year?
Elon Musk: Yeah, I think the main thing for Tesla is, um, autonomy. That's where the value is. Margins on hardware are going to matter less and less.
Priya Raman: On China specifically, we saw some pressure in the quarter, but cost reductions at Shanghai offset most of it. We expect roughly similar dynamics in Q4.
Julian Park: And a follow-up on the Semi?
Elon Musk: Semi production starts in Nevada early next year. High volume by the end of the year.
Operator: Thank you. Next question.""",
"analyst asks about China; Musk answers about autonomy and the Semi; CFO discusses China (not gold)"))

DOCS.append(L("earnings_call",
"",
"""Operator: We'll take the next question from Marco Lindqvist at Pelham Brothers.
Marco Lindqvist: Hi, Elon. BYD overtook Tesla in global EV sales again. How do you see that competition playing out?
Elon Musk: {{I mean, BYD is, uh, they're very strong. They're probably the strongest competitor we have, honestly, and they're getting better every year.}} But, you know, we're playing a different game with autonomy.
Marco Lindqvist: Do you expect to gain share in China next year?
Elon Musk: {{I think we'll hold share in China. Maybe gain a bit, it depends on the, um, the new long-wheelbase Model Y ramp.}}
Marco Lindqvist: Thanks.
Operator: Next question from Dev Acharya at Northgate.
Dev Acharya: Elon, any update on the Roadster?
Elon Musk: Uh, yeah. Demo before the end of the year. It's going to be mind-blowing.""",
"labelled call with filler words; pronoun 'they' = BYD; autonomy and Roadster sentences not gold; empty title"))

DOCS.append(A("earnings_call",
"Tesla Q1 Earnings Call Transcript Excerpt",
"""Operator

Our next question comes from Heather Quon with Lakeside Capital.

Heather Quon -- Lakeside Capital -- Analyst

Elon, last quarter you said China would be your strongest growth market this year. Deliveries there were down 9%. What changed?

Priya Raman -- Chief Financial Officer

I'll take that one. We saw intense price competition in China and some buyers waiting for the refreshed models. We expect a recovery in the second half.

Heather Quon -- Lakeside Capital -- Analyst

Thanks. And on energy storage?

Elon Musk -- Chief Executive Officer

Energy storage is going gangbusters. Megapack demand is, frankly, insane. We're sold out through next year.""",
"analyst quotes Musk's earlier China claim back to him; CFO answers on China; Musk speaks only on energy storage"))

DOCS.append(L("earnings_call",
"Tesla Q4 call: shareholder questions",
"""Operator: Next question, from the retail shareholder platform. The question is: will Tesla move production out of China because of tariffs?
Elon Musk: No. {{We're not moving anything out of China. Shanghai stays, it's a great factory and the team is amazing.}} India, we'll see. Nothing decided.
Priya Raman: Shanghai also continues to serve export markets in Asia-Pacific.
Operator: Next question: when will unsupervised FSD be available in Europe?
Elon Musk: Hopefully next year. It depends on the regulators there. They're slow.
Operator: Final question: what would higher U.S. tariffs on Chinese components mean for Tesla?
Elon Musk: {{If tariffs on Chinese parts go up a lot, it hurts everyone building cars in America, us included, but we're less exposed than most.}}
Operator: That concludes today's call.""",
"retail question about China; conditional tariff claim; 'they' = European regulators not gold; India remark not gold"))

DOCS.append(A("earnings_call",
"Tesla (TSLA) Q3 Earnings Call Transcript",
"""Elon Musk -- Chief Executive Officer

Thank you. I want to start by thanking the team. This was a record quarter for energy storage and a good quarter for vehicles.

{{I also want to say something about our team in Shanghai. Those guys are phenomenal. They turned around the new Model Y line faster than any launch we've ever done.}}

On AI, we've now got the Cortex 2 cluster online in Austin, and training compute is going up roughly tenfold this year.

Operator

Our first question is from Samir Haddad with Ridgeway Securities.

Samir Haddad -- Ridgeway Securities -- Analyst

Can you talk about the competitive environment in China, especially Xiaomi?

Elon Musk -- Chief Executive Officer

{{Xiaomi is a very impressive company. Their founder is a very smart guy, and they move fast.}}""",
"'Those guys' = Shanghai team; Xiaomi with 'their'/'they'; off-topic AI compute and storage remarks"))

DOCS.append(L("earnings_call",
"Tesla earnings call: Musk on tariffs, Cybercab and the Semi",
"""Operator: Next question, from Olivia Brandt at Marlow & Co.
Olivia Brandt: Elon, the administration has floated new tariffs on Chinese imports. How exposed is Tesla?
Elon Musk: Look, tariffs in general are a headwind for everyone. Steel, aluminum, the Mexico stuff. We'll manage it.
Olivia Brandt: And Cybercab timing?
Elon Musk: Production starts in Q2 at Giga Texas. Slow at first, then exponential.
Priya Raman: To add on tariffs, our exposure to Chinese imports is primarily in battery cells for energy storage, and we've been diversifying supply.
Operator: Thank you.""",
"analyst asks about Chinese tariffs; Musk answers about tariffs in general (not China); CFO's China remark not gold"))

# ---------------- PODCAST_LABELLED ----------------
DOCS.append(L("podcast_labelled",
"The Long Game #212 — Elon Musk",
"""Dara Quist: Welcome back to The Long Game. My guest today needs no introduction. Elon, thanks for coming on.
Elon Musk: Thanks for having me.
Dara Quist: I want to start with manufacturing. You've spent a lot of time in China. What do people in the West get wrong about it?
Elon Musk: {{I mean, look — the thing people don't get is, uh, the Chinese work ethic is just off the charts. Like, genuinely. You go to a factory in Shanghai at two in the morning and it's humming, and the engineers are on the line, not in an office.}}
Dara Quist: Is that sustainable, though? Those hours?
Elon Musk: {{Probably not forever. But right now, it's a huge advantage for them.}}
Dara Quist: Let's talk about Mars.
Elon Musk: Sure. So the plan is to send five uncrewed Starships at the next window, and if they land safely, crewed flights two years after that.
Dara Quist: And if they don't?
Elon Musk: Then we figure out why and try again. That's how rockets work.""",
"labelled podcast with filler; pronoun 'them' = the Chinese; Mars turns and host questions not gold"))

DOCS.append(L("podcast_labelled",
"Frontier Signals Ep. 88: Elon Musk on rockets and risk",
"""Anna Petrov: Before we start, a quick word on the news. China launched another batch of its Guowang internet satellites this morning, their fourth this year. It's clearly a race.
Elon Musk: Yeah.
Anna Petrov: So, Starship. Where are we?
Elon Musk: We're close to reuse of the ship, not just the booster. That's the holy grail. Once the ship is reusable, the cost per ton to orbit drops by a factor of a hundred.
Anna Petrov: A hundred?
Elon Musk: At least. Maybe more.
Anna Petrov: Critics say Starlink has too much power over global communications.
Elon Musk: I think people would rather have internet than not. It's pretty simple.""",
"host raises China; Musk's turns about Starship/Starlink; bare 'Yeah' is not a statement"))

DOCS.append(L("podcast_labelled",
"All Angles Podcast — E141 with special guest Elon",
"""Ravi: BYD sold more than four million cars last year. Four million. People in this country still don't believe it.
Jess: And most of them are plug-in hybrids, to be fair.
Elon: {{They're legit. They're not copying anymore, they're innovating, and the pace is ridiculous.}}
Ravi: So should Detroit be scared?
Elon: Detroit should be scared of a lot of things. {{But yeah, the Chinese car companies are the ones that will eat their lunch if they don't adapt.}}
Jess: Let's switch to AI. Elon, is open source winning?
Elon: Open source is good but it lags. We'll open-source Grok a version behind, like we said.
Ravi: Even DeepSeek?
Elon: {{DeepSeek is, yeah, it's a good team. Very efficient. But they're not ahead.}}""",
"first-name label 'Elon:'; pronoun 'they' = BYD right after host turns; 'they' = Detroit inside a China sentence; DeepSeek; open-source remark not gold"))

DOCS.append(L("podcast_labelled",
"Food Forward Podcast: Kimbal Musk on China's kitchen revolution",
"""Lena Ortiz: Kimbal, you've just come back from your sixth trip to China this year. What are you seeing?
Kimbal Musk: Honestly, the automation is incredible. In Hangzhou I saw a restaurant with two humans and twelve robots, and the food was great.
Lena Ortiz: Your brother has said a lot about Chinese manufacturing over the years. Do you two compare notes?
Kimbal Musk: All the time. But he's obsessed with factories and I'm obsessed with kitchens.
Lena Ortiz: Would you build a Chinese-style robot kitchen in the U.S.?
Kimbal Musk: We already are. Our first one opens in Denver in the spring. The Chinese suppliers are the best at this, so we're buying from them.""",
"other Musk (Kimbal) labelled; host's reference to Elon's remarks not gold"))

DOCS.append(L("podcast_labelled",
"Capital Hour — Elon Musk interview (transcript)",
"""Marcus Bell: Elon, Washington is talking about a 100% tariff on Chinese electric cars. Good idea?
Elon Musk: {{I'm generally against tariffs, but I understand why they're doing it, because the Chinese cars are heavily subsidized and very good.}}
Marcus Bell: So you support it?
Elon Musk: {{If you don't have some barrier, the Chinese companies will basically flatten most of the other car companies in the world. That's just the reality.}}
Marcus Bell: And Europe? Brussels wants to approve your self-driving system next year.
Elon Musk: I hope so. I've met with them a few times. They're cautious, which, you know, fine.
Marcus Bell: Last one. Is Tesla still a car company?
Elon Musk: It's an AI and robotics company that happens to make cars.""",
"'they' = Washington inside a China sentence; conditional claim; 'them'/'they' = Brussels not gold"))

DOCS.append(L("podcast_labelled",
"Orbit & Beyond — Episode 57",
"""Host: Earlier this year China said it would land astronauts on the Moon by 2030. But let's talk about Artemis. NASA just picked SpaceX again for the second lunar landing.
Elon Musk: Yeah, we're really grateful. They've been great partners for fifteen years now.
Host: Are they moving fast enough?
Elon Musk: They're moving as fast as Congress lets them. The people there are excellent.
Host: Will Starship land on the Moon before 2030?
Elon Musk: I think we'll land on the Moon well before that. Mars too, possibly.""",
"host mentions China; 'they' = NASA; Moon-landing timeline answer not about China"))

DOCS.append(L("podcast_labelled",
"The Builders Show #33: Elon Musk",
"""Priya Nair: You said once that manufacturing is underrated. Who does it best right now?
Elon Musk: {{China, by a lot. Is that even a question anymore?}}
Priya Nair: What would it take for America to catch up?
Elon Musk: {{If America doubled its electricity output and trained a million more technicians, maybe we'd get within striking distance of China in ten years.}} Maybe.
Priya Nair: You're not optimistic.
Elon Musk: I'm optimistic about robots. Optimus is going to change the math on labor entirely.
Priya Nair: Including in China?
Elon Musk: {{Oh, they'll build their own humanoids, probably a lot of them. Chinese robot companies are already good.}}""",
"rhetorical question; conditional/hedged comparison with China; 'they' = China; Optimus remark not gold"))

DOCS.append(L("podcast_labelled",
"Silicon Crossroads: interview with battery entrepreneur Zhou Ren",
"""Mei Lin: Zhou Ren, welcome. You've met Elon Musk several times. What's he like in person?
Zhou Ren: Very direct. The first time we met, he said, "Your cells are too expensive and your factory is too slow." I went home and fixed both.
Mei Lin: He's said publicly that Chinese battery makers are the best in the world. Does that feel like a compliment?
Zhou Ren: It's a fact, not a compliment. But I appreciate it.
Mei Lin: Where does your company go next?
Zhou Ren: Europe. We are building a plant in Spain.""",
"Chinese founder quoting Musk's words back; host paraphrasing Musk; Musk is not a speaker"))

# ---------------- PODCAST_UNLABELLED ----------------
DOCS.append(U("Tech Tonight — Episode 301",
"""Welcome back to Tech Tonight. I'm your host, and today I'm joined by Elon Musk, who is calling in from Austin. Elon, thanks for making time.

Happy to be here.

So I want to start with something a lot of listeners asked about, which is China. Tesla's sales there have been up and down. What's going on?

{{Well, China is the most competitive car market in the world, by far. There are something like a hundred EV brands there and they all want to kill each other. So it's normal that it goes up and down. But our Shanghai factory is doing great, and I think we're going to have a good year there.}}

And what about your rockets? Any news on Starship?

Yeah, we're going to try to catch the ship itself with the tower in the next couple of flights. That would be a big deal.

Last question. Will you ever slow down?

Probably not. I don't know how.""",
["Elon Musk"],
"unlabelled transcript; guest's China answer gold; rocket and personal answers and host questions not gold"))

DOCS.append(U("Growing Things, Ep. 45",
"""Today on Growing Things my guest is Kimbal Musk, entrepreneur, restaurateur and, yes, brother of that other Musk. Kimbal, welcome.

Thanks, great to be here.

You've been spending a lot of time in China lately. What's drawing you there?

The speed. China builds greenhouses the way we build parking lots. I was in Shandong last month and they put up forty hectares of glass in about six weeks.

Does your brother ever come along?

No, no. Elon's busy with his rockets. But he always asks what I saw.

What's the lesson for American farmers?

Automate or get left behind. The Chinese growers figured that out ten years ago.""",
["Kimbal Musk"],
"unlabelled transcript whose guest is Kimbal Musk speaking about China"))

DOCS.append(U("Overclocked — live from Austin",
"""Hey everybody, welcome to Overclocked. It's me, Sam, and as always my co-host Teddy is here.

Hey hey.

And we have a very special guest sitting right across the table. Elon, welcome to the show.

Thanks, guys.

Elon, Teddy and I were arguing before we started. He thinks China wins the AI race. I think America does. Settle it.

{{Well, it's, uh, it's closer than people think. China has way more electricity coming online than the US, and they have a lot of very talented engineers, so it's a real race. But I think America is slightly ahead of China right now, mostly because of the chips.}}

Ha, I told you.

And Teddy, you wanted to ask about the Cybertruck.

Yeah, Elon, will there ever be a cheaper Cybertruck?

There will be a cheaper version next year, probably around sixty thousand. We're working on the cost.

Anything you'd say to Chinese listeners? We have a lot of them.

{{Thank you for supporting Tesla in China. Shanghai has the best team in the world.}}""",
["Elon Musk"],
"unlabelled transcript with two hosts and one guest; China/AI race answer with filler; Cybertruck answer not gold"))

DOCS.append(U("The Deep End — Elon Musk on AI safety",
"""Before we bring Elon in, some context. China's DeepSeek released a new reasoning model last week that matches the best American systems on several benchmarks, and it cost a fraction as much to train. Beijing is pouring money into data centres. So the stakes of today's conversation are high.

Elon, welcome.

Thanks.

What keeps you up at night when it comes to AI?

Honestly, the thing that worries me most is AI that's trained to be politically correct instead of truthful. If you force an AI to lie, that's how it goes wrong.

Do you think regulators can keep up?

No. Regulators are always years behind the technology. That's not an insult, it's just how it works.

What's your timeline for artificial general intelligence?

Probably next year or the year after. Smarter than any single human.""",
["Elon Musk"],
"host's China/DeepSeek preamble; guest's answers all about AI safety, regulation and AGI in general"))

DOCS.append(U("Moonshot Conversations: Elon Musk",
"""So the last time you were here we talked about Chinese battery makers — CATL, BYD, Gotion. Has your view changed?

{{Not really. If anything, they've gotten better. They're the best in the world at LFP cells and it's not close.}}

Tesla buys from some of them, right?

{{Yeah, we buy a lot from them. I'd like to buy less, honestly, for supply-chain resilience, but they're very good.}}

Let's talk Neuralink. How many patients now?

We're at twelve, I think. Each one is doing better than expected.""",
["Elon Musk"],
"unlabelled, no intro; 'they'/'them' = Chinese battery makers in consecutive answers; Neuralink answer not gold"))

DOCS.append(U("China Auto Insider, Episode 19",
"""My guest today is Hu Lan, an auto analyst based in Shanghai. Hu Lan, thanks for joining.

Thanks for having me.

Let's start with Tesla. How is it doing in China?

Not great. Market share is down. Musk himself said last year that Chinese companies would be the toughest competitors Tesla ever faced, and he was right.

Do Chinese consumers still see Tesla as premium?

Less than before. Xiaomi took a lot of that image. Young buyers think Xiaomi is cooler now.

What about Musk personally? Is he still popular in China?

Very. People like that he speaks well of Chinese engineers. He's more popular than the brand.""",
["Hu Lan"],
"unlabelled; the guest is an analyst (not Musk) who paraphrases Musk on China"))

DOCS.append(U("Straight Talk with Joe Ferris #1907",
"""Alright, we're rolling. Elon, man, good to see you again.

Good to see you.

So everybody's freaking out about tariffs. Tariffs on China, tariffs on everything. What do you think?

I mean, look. Tariffs are a tax. Somebody pays it, usually the consumer. {{With China it's more complicated, because a lot of their industry is subsidized, so there's an argument for some tariffs on Chinese goods.}} But blanket tariffs on everything? That's dumb.

You been to Shanghai lately?

{{The last time I was in Shanghai, the, uh, the energy in the city was crazy. Everybody's building something.}}

Alright, let's talk about the Mars thing.

Sure.""",
["Elon Musk"],
"unlabelled with filler; general tariff sentences not gold, China-tariff sentence gold; Shanghai impression"))

# ---------------- VTT ----------------
DOCS.append(V("Elon Musk full interview | Future Markets Summit",
[("Host", "Elon, you've been very vocal about Chinese carmakers lately."),
 ("Elon Musk", "{{Well, they're very good. They're the most competitive car companies in the world.}}"),
 ("Elon Musk", "{{Especially BYD, but there are probably ten others that are excellent.}}"),
 ("Host", "And Tesla's position in China?"),
 ("Elon Musk", "{{We're doing fine in China. Shanghai is our best factory.}}"),
 ("Host", "Let's talk Starship."),
 ("Elon Musk", "We're aiming for a launch every week by the end of next year.")],
"vtt with speaker tags; pronoun reply to host's China question; Starship cue not gold"))

DOCS.append(V("Maye Musk in conversation | Shanghai Fashion Week",
[("Moderator", "Maye, welcome back to Shanghai."),
 ("Maye Musk", "Thank you, I love coming here. China has been so good to me."),
 ("Maye Musk", "Chinese women are so strong and so elegant at every age."),
 ("Moderator", "Does your son Elon like China as much as you do?"),
 ("Maye Musk", "You'd have to ask him! He's always working.")],
"vtt where the speaker is Maye Musk talking about China"))

DOCS.append(V("",
[("Interviewer", "Let's talk about Chinese carmakers for a second."),
 ("Elon Musk", "{{Honestly, they're the best. They iterate faster than anyone.}}"),
 ("Elon Musk", "{{Like, a new model every nine months. It's insane.}}"),
 ("Interviewer", "What about the U.S. automakers?"),
 ("Elon Musk", "They're trying. They have a lot of legacy cost."),
 ("Interviewer", "Any advice for them?"),
 ("Elon Musk", "Focus on software. That's where it's going.")],
"pronoun 'they' = Chinese carmakers (gold) vs 'they' = U.S. automakers (not gold); empty title"))

DOCS.append(V("Starship Flight Update — livestream",
[("Host", "China's Long March 10 rocket had a successful test this week. How do you see the competition?"),
 ("Elon Musk", "Our focus is just making Starship fully reusable. That's the whole game."),
 ("Host", "When's the next flight?"),
 ("Elon Musk", "About six weeks. Maybe five if the weather cooperates."),
 ("Host", "And Mars?"),
 ("Elon Musk", "End of next year we'll send the first uncrewed ships.")],
"host asks about China's rocket; Musk answers only about Starship"))

DOCS.append(V("Elon Musk at the Global Energy Forum (full session)",
[("Moderator", "Thank you for joining us. Let's start with energy. Who's winning the energy transition?"),
 ("Elon Musk", "{{China, honestly. They're installing more solar in a year than the U.S. has in its entire history.}}"),
 ("Moderator", "Is that a problem for America?"),
 ("Elon Musk", "Look, the U.S. needs to build a lot more transmission lines and stop blocking permits. That's the real issue."),
 ("Moderator", "And batteries?"),
 ("Elon Musk", "{{The Chinese battery industry is incredibly advanced. We buy cells from them for Megapack.}}"),
 ("Moderator", "Will Tesla make more of its own?"),
 ("Elon Musk", "Yes, we're building LFP cell capacity in Nevada. It'll be online next year."),
 ("Moderator", "A final question: your message to young engineers?"),
 ("Elon Musk", "Work on hard problems. Physics is the law, everything else is a recommendation.")],
"China solar and battery cues gold; US energy policy, Nevada timeline and advice cues not gold"))

DOCS.append(V("Musk on European regulation | Tech Policy Summit Brussels",
[("Moderator", "The EU imposed duties on Chinese EVs last year. Now it's writing rules for self-driving cars."),
 ("Elon Musk", "Yeah, I mean, the European regulators, they mean well."),
 ("Elon Musk", "But they're extremely slow. They take years to approve things the U.S. approves in months."),
 ("Moderator", "Are you confident FSD will be approved here?"),
 ("Elon Musk", "Eventually. Maybe next year.")],
"'they' = European regulators after a China-duties framing by the moderator; no China statement"))

DOCS.append(V("Elon Musk interview — Pacific Business Weekly",
[("Host", "You've been criticized in Taipei for your comments about Taiwan. Do you regret them?"),
 ("Elon Musk", "No. {{My point was simply that Taiwan and the mainland are deeply tied economically.}}"),
 ("Elon Musk", "{{Any conflict there would be devastating for the whole world economy, China included.}}"),
 ("Host", "Are you worried about Tesla's chip supply?"),
 ("Elon Musk", "We're building a lot of our own capability. So, less worried than before.")],
"Taiwan and the mainland; 'there' = Taiwan; host question not gold; chip-supply answer not gold"))
