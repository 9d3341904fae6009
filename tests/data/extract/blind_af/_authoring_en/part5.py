from common import add, make_vtt

# ---------------------------------------------- podcast_unlabelled (80-84)

add("podcast_unlabelled", "unlabeled",
"The Frontier Hour - Episode 212: Elon Musk",
'''Welcome back to The Frontier Hour. My guest today needs no introduction. Elon, thanks for doing this.

Thanks for having me.

Let's start with China, because everyone asks about it. Tesla's Shanghai factory is, what, half your output now?

Roughly half, yeah. And it's an amazing factory. The team in Shanghai is extremely talented and they don't need to be told what to do twice. I think people in the West just don't appreciate how good Chinese manufacturing has become.

Does that worry you? The competition, I mean.

It should worry everyone in the car business. The Chinese companies are the most competitive in the world, and you can see it in the numbers.

Okay, let's switch to space. When does Starship go to Mars?

The next window is the end of 2026. I'd say fifty-fifty we make it with uncrewed ships. Crewed maybe two windows after that.

And you'd go?

Eventually, sure. Not on the first one.''',
["Roughly half, yeah. And it's an amazing factory.",
 "The team in Shanghai is extremely talented and they don't need to be told what to do twice.",
 "I think people in the West just don't appreciate how good Chinese manufacturing has become.",
 "It should worry everyone in the car business. The Chinese companies are the most competitive in the world, and you can see it in the numbers."],
"unlabelled transcript (guest Elon Musk), turns alternate without names; 'it' = Shanghai factory, 'they' = Shanghai team; Mars turns not gold; host questions not gold",
guests=["Elon Musk"])

add("podcast_unlabelled", "unlabeled",
"Signal and Noise - live at Starbase",
'''This is Signal and Noise. I'm here with Elon Musk at Starbase. Before we start, I want to say something about China, because I've just come back from Beijing and I was stunned. The subway, the high-speed rail, the chargers everywhere. Chinese cities feel like the future. Anyway. Elon, welcome.

Thanks. Glad to be here.

So, Starship. Where are we?

We're close to full reusability of the booster, and the ship is maybe six months behind that. The goal is to launch, land and refly within an hour.

Within an hour. Wow.

Yeah, like an airplane. That's the only way Mars becomes affordable.

And Neuralink? You had another patient implanted last month.

Yes, and he's doing great. He's playing video games with his mind and beating his brother at chess.''',
[],
"unlabelled transcript where the host (not the guest) talks about China; guest's turns are about Starship, Mars and Neuralink",
guests=["Elon Musk"])

add("podcast_unlabelled", "unlabeled",
"The Long Game - Elon Musk on power, AI and family",
'''Welcome to The Long Game. Today's guest is Elon Musk. Elon, you've been posting a lot about energy. Why now?

Because electricity is going to be the limiting factor for AI. We're going from chips being the constraint to power being the constraint, probably next year.

Who's best positioned for that?

China, by far. They're adding something like the entire US grid every few years. Their solar manufacturing is unmatched and they're not shy about building coal and nuclear either. If you just look at the trend lines, it's not close.

Is that a threat?

It's a fact. Whether it's a threat depends on what we do. In the US we need to build a lot more solar and batteries, and frankly we need to stop blocking transmission lines.

Let's talk about your kids for a second. How do you find time?

I don't find enough time, honestly. I try to have breakfast with the little ones when I'm in Austin.

Last one. Any plans to go back to Shanghai?

At some point, yeah. Our team there is fantastic and I owe them a visit.''',
["China, by far. They're adding something like the entire US grid every few years.",
 "Their solar manufacturing is unmatched and they're not shy about building coal and nuclear either.",
 "If you just look at the trend lines, it's not close.",
 "It's a fact. Whether it's a threat depends on what we do.",
 "At some point, yeah. Our team there is fantastic and I owe them a visit."],
"unlabelled; China remarks continued over several sentences with 'they'/'their'/'it'; US energy policy, AI power constraint in general and family turns not gold",
guests=["Elon Musk"])

add("podcast_unlabelled", "unlabeled",
"Grow - Kimbal Musk on indoor farming in China",
'''Welcome to Grow. My guest is Kimbal Musk, chef, entrepreneur and, yes, Elon's brother. Kimbal, you've just been in China.

I have. Three weeks, five cities. What China is doing with indoor agriculture is extraordinary. They're building farms inside old factories in Shenzhen and selling the produce in the same neighborhood.

Does Elon ever give you advice about doing business there?

We talk, but he's busy with rockets. I think he'd say the same thing I'm saying: go and see it yourself before you form an opinion about China.

Would you invest there?

I already have, in two small companies in Hangzhou. It's early, but the teams are excellent.''',
[],
"unlabelled transcript with guest Kimbal Musk (namesake); his speculation about what Elon would say is not Elon's statement",
guests=["Kimbal Musk"])

add("podcast_unlabelled", "unlabeled",
"Founders at Dinner - Elon Musk and Marc Reyes",
'''This is Founders at Dinner, recorded live in Los Angeles. My guests tonight are Elon Musk and the venture investor Marc Reyes. Marc, let me start with you. You've invested in a dozen Chinese robotics startups. Why?

Because that's where the hardware talent is. The Chinese robotics ecosystem is about ten years ahead of Silicon Valley on cost, and I wanted exposure to it.

Elon, do you agree with Marc?

Mostly, yes. On actuators and batteries, China is ahead, no question. I think Tesla will win on the AI side, but the hardware supply chain is Chinese and pretending otherwise is silly.

Elon, when do we see Optimus in people's homes?

Probably 2027 for early adopters. It has to be extremely safe first, because it's going to be around children.

Marc, last word to you.

I'd just say, don't bet against either of them. Elon or China.''',
["Mostly, yes. On actuators and batteries, China is ahead, no question.",
 "I think Tesla will win on the AI side, but the hardware supply chain is Chinese and pretending otherwise is silly."],
"unlabelled transcript with two guests; the host names who answers; Marc Reyes's China remarks not gold; Optimus answer not gold",
guests=["Elon Musk", "Marc Reyes"])

# ------------------------------------------------------------- vtt (85-89)

add("vtt", "vtt",
"Global Markets Summit 2025: In conversation with Elon Musk",
"",
["Well, the Chinese market is the most competitive car market on Earth.",
 "There are something like a hundred EV brands in China, and they're all fighting on price.",
 "We're holding up better than most in China, honestly."],
"WebVTT with named voices; Megapack/Houston cue not gold; host question not gold",
vtt=make_vtt([
    ("00:00:01.000", "00:00:05.500", "Host", "Elon, Tesla's sales in China have been under pressure this year. What's going on there?"),
    ("00:00:05.500", "00:00:09.800", "Elon Musk", "Well, the Chinese market is the most competitive car market on Earth."),
    ("00:00:09.800", "00:00:15.200", "Elon Musk", "There are something like a hundred EV brands in China, and they're all fighting on price."),
    ("00:00:15.200", "00:00:18.400", "Elon Musk", "We're holding up better than most in China, honestly."),
    ("00:00:18.400", "00:00:21.000", "Host", "And on the energy side?"),
    ("00:00:21.000", "00:00:26.300", "Elon Musk", "Megapack demand is through the roof. We're adding a second factory in Houston."),
]))

add("vtt", "vtt",
"SpaceX update with Elon Musk (auto-captions)",
"",
[],
"WebVTT where the host raises China's Long March 10; Musk answers only about Starship and Starlink",
vtt=make_vtt([
    ("00:00:00.500", "00:00:05.000", "Host", "China just tested its Long March 10 rocket. Does that put pressure on SpaceX?"),
    ("00:00:05.000", "00:00:08.700", "Elon Musk", "Our goal is to get Starship flying every day eventually."),
    ("00:00:08.700", "00:00:12.900", "Elon Musk", "Full reusability is the whole game. Nothing else matters as much."),
    ("00:00:12.900", "00:00:16.000", "Host", "And Starlink? You're past seven million users."),
    ("00:00:16.000", "00:00:20.400", "Elon Musk", "Starlink is growing about fifty percent a year. It's doing great."),
]))

add("vtt", "vtt",
"Supply Chain Week 2025 - keynote conversation",
"",
["Chinese suppliers are relentless on cost.",
 "We've learned a lot from them, frankly, especially on casting and battery packs."],
"WebVTT; moderator introduces him; 'them' in the next cue refers back to Chinese suppliers; Optimus cue not gold",
vtt=make_vtt([
    ("00:00:02.000", "00:00:06.000", "Moderator", "Our next guest joins us by video from Austin. Please welcome Elon Musk."),
    ("00:00:06.000", "00:00:08.500", "Elon Musk", "Thanks. Good to be here with everyone."),
    ("00:00:08.500", "00:00:13.000", "Moderator", "You've sourced a lot from Chinese suppliers over the years. What have you learned?"),
    ("00:00:13.000", "00:00:16.200", "Elon Musk", "Chinese suppliers are relentless on cost."),
    ("00:00:16.200", "00:00:21.000", "Elon Musk", "We've learned a lot from them, frankly, especially on casting and battery packs."),
    ("00:00:21.000", "00:00:24.000", "Moderator", "And what about humanoid robots?"),
    ("00:00:24.000", "00:00:29.500", "Elon Musk", "I think Optimus will be the biggest product ever made. Not just by Tesla, by anyone."),
]))

add("vtt", "vtt",
"Battery Day Asia - chairman's fireside chat",
"",
[],
"WebVTT with a Chinese battery chairman recalling what Musk told him; no Musk voice",
vtt=make_vtt([
    ("00:00:01.000", "00:00:06.000", "Chen Baolin", "When I first met Elon Musk, he told me the battery would decide everything."),
    ("00:00:06.000", "00:00:11.000", "Chen Baolin", "He was right about that, and Chinese companies understood it earlier than anyone."),
    ("00:00:11.000", "00:00:14.000", "Moderator", "Do you think Tesla can catch up on cost?"),
    ("00:00:14.000", "00:00:19.000", "Chen Baolin", "Tesla is a great company, but on cell cost, China is still ahead."),
]))

add("vtt", "vtt",
"Late Night Tech - Elon Musk interview (captions)",
"",
["I don't think TikTok should be banned.",
 "Even if the Chinese government has influence over ByteDance, banning it sets a bad precedent for free speech.",
 "I'm not bidding for TikTok."],
"WebVTT on TikTok/ByteDance; 'X and xAI' sentence not gold",
vtt=make_vtt([
    ("00:00:00.000", "00:00:04.500", "Host", "Let's talk TikTok. Congress wants it sold or banned. Where are you on that?"),
    ("00:00:04.500", "00:00:08.800", "Elon Musk", "I don't think TikTok should be banned. I know that's not a popular view in Washington."),
    ("00:00:08.800", "00:00:14.600", "Elon Musk", "Even if the Chinese government has influence over ByteDance, banning it sets a bad precedent for free speech."),
    ("00:00:14.600", "00:00:16.500", "Host", "Would you buy it?"),
    ("00:00:16.500", "00:00:21.000", "Elon Musk", "I'm not bidding for TikTok. I've got enough on my plate with X and xAI."),
]))

# ------------------------------------------------ machine_translated (90-95)

add("machine_translated", "article",
"Musk: China new energy automobile industry development is world leading",
'''According to the news of this website, on June 13 local time, Musk in the Tesla 2025 annual shareholders general meeting held at Austin city of Texas state of the United States expressed, China's new energy automobile industry development speed is very fast, the Chinese team is "the most hardworking team". Musk also said, Tesla will continue increasing the investment in China market.

It is understood, Tesla Shanghai super factory is Tesla's global largest export center, last year delivered more than 900 thousand vehicles. Analyst person pointed out, the Chinese market competition is intense, Tesla sales volume share has declined.''',
["China new energy automobile industry development is world leading",
 '''China's new energy automobile industry development speed is very fast, the Chinese team is "the most hardworking team"''',
 "Tesla will continue increasing the investment in China market"],
"stiff translation from Chinese; very long locative phrase between 'Musk' and 'expressed'; 'also said' continuation; analyst not gold")

add("machine_translated", "article",
"Tesla China sales volume declines, Musk once again visited Shanghai super factory",
'''Reporter learned, on 20th, Tesla CEO Musk arrived Shanghai, inspected Tesla Shanghai super factory, and with the factory staff took group photo. According to the Passenger Car Association data, Tesla China last month sales volume year-on-year declined 18%.

Industry person expressed, Musk this visit is for boosting the confidence of the China team. Tesla China related responsible person said, the company to the Chinese market is full of confidence.''',
[],
"stiff translation; Musk's actions only (arrived, inspected, photo); others' words about China")

add("machine_translated", "article",
"Musk once again praises China electric car",
'''On 9th, Musk in the accepting the American media interview when said: "China's electric vehicle industry is very strong, this is everyone can see." He also supplemented said, Chinese engineers are "very smart and very diligent", Tesla from Chinese supply chain learned many things.

To the question about Mars, Musk expressed, SpaceX plans in 2026 to launch uncrewed spaceship to Mars.''',
["China's electric vehicle industry is very strong, this is everyone can see.",
 '''Chinese engineers are "very smart and very diligent"''',
 "Tesla from Chinese supply chain learned many things"],
"stiff translation; 'He also supplemented said' continuation; Mars remark not gold; headline only describes")

add("machine_translated", "article",
"Lei Jun: Musk once personally told me Xiaomi car is very good",
'''At the Xiaomi annual speech, Xiaomi group founder Lei Jun expressed, last year Musk once personally told him "Xiaomi automobile is made very good". Lei Jun said, this is to Xiaomi team the biggest encouragement.

Lei Jun also said, Xiaomi will in next three years invest 30 billion yuan to automobile research and development.''',
[],
"stiff translation; Lei Jun reporting what Musk told him - Lei's words, not gold (also in the headline)")

add("machine_translated", "article",
"Musk sends post: Chinese engineer quantity is America several times",
'''Musk on social platform X published post said: "Chinese engineers number is America's several times, this is the fact that cannot be ignored." This post within one day browse volume exceeded 50 million.

Some netizens commented, Musk speaking is very objective. Also there are American netizens who opposed.''',
["Chinese engineer quantity is America several times",
 "Chinese engineers number is America's several times, this is the fact that cannot be ignored."],
"stiff translation; 'Musk sends post:' headline carrying the claim; X post quoted; netizen comments not gold")

add("machine_translated", "article",
"Musk video connection Shanghai forum: humanity must become multi-planet species",
'''On 5th, the 2025 Pujiang Innovation Forum opened in Shanghai. Musk through video connection manner attended and delivered speech.

Musk expressed, humanity must become multi-planet species, establishing Mars base is necessary. He also said, the artificial intelligence development speed exceeds people's imagination, in future robot number will exceed human.

The forum organizer said, this year forum has more than 2000 guests from 40 countries attending.''',
[],
"stiff translation; speech at a Shanghai forum but his remarks are about Mars and AI/robots generally")

# ------------------------------------------------------------- other (96-100)

add("other", "article",
"The Morning Charge: Musk on CATL, Rivian's new plant, and lithium",
'''Good morning. Here's what you need to know today.

1. Musk on CATL. Speaking at a closed-door investor event on Tuesday, Elon Musk said CATL was "the best battery company in the world right now" and that Tesla would keep buying from the Ningde-based supplier "for as long as they keep being the best".

2. Rivian breaks ground. Rivian's chief executive said the new Georgia plant would "change the economics" of the R2 and open in 2027.

3. Lithium. Prices rose 4% after a mine in Yichun halted production. "Supply discipline is finally arriving," said one commodities strategist.

That's it for today. See you tomorrow.''',
['''CATL was "the best battery company in the world right now"''',
 '''Tesla would keep buying from the Ningde-based supplier "for as long as they keep being the best"'''],
"newsletter digest; Chinese company named only (CATL, Ningde); other executives and strategist in neighbouring items not gold")

add("other", "article",
"Lumiq Robotics unveils L2 humanoid, targets 10,000 units in 2026",
'''SHENZHEN, China, Sept. 18, 2025 /PRNewswire/ -- Lumiq Robotics, a Shenzhen-based developer of humanoid robots, today unveiled its L2 general-purpose humanoid, priced at 99,000 yuan.

"Elon Musk has said humanoid robots will be the biggest product in history. We agree, and we intend to build them in Shenzhen at a fraction of the cost," said Dr. Feng Yixuan, founder and CEO of Lumiq.

The company plans to deliver 10,000 units in 2026 to factories and logistics customers across China and Southeast Asia.

About Lumiq Robotics: Founded in 2021, Lumiq is backed by leading Chinese and international investors.''',
[],
"press release by a Chinese company; its CEO paraphrases Musk (about robots, not China)")

add("other", "article",
"Excerpt: 'Gigafactory' - how Shanghai saved Tesla",
'''The following is adapted from a forthcoming book about Tesla's expansion in Asia.

By the autumn of 2019, the Shanghai site had gone from mud to a working paint shop in ten months. Musk, who had flown in on a Thursday night, walked the line with a small group of executives. He was in a rare good mood.

"You have to understand, the Chinese government was incredibly helpful," he told me later that evening, sitting in a conference room that still smelled of fresh paint. "They removed obstacles we didn't even know we had."

He was less generous about his own engineers back in California, whom he called "too slow, way too slow" on the Model Y tooling.

A Chinese official who worked on the project recalled that Musk "asked more questions than any foreign investor we ever met".''',
["You have to understand, the Chinese government was incredibly helpful",
 "They removed obstacles we didn't even know we had."],
"book excerpt; quote split around the attribution with 'they' = Chinese government; his remark about California engineers not gold; official's recollection not gold")

add("other", "article",
"Fact check: Viral Musk quote praising Chinese Communist Party is fabricated",
'''A screenshot circulating on Facebook and WeChat claims Elon Musk said "the Communist Party of China is the most competent government in human history".

There is no record of Musk saying this. The quote does not appear in any of his posts on X, in interviews, or in transcripts of his public appearances, and the screenshot uses a font that does not match the one used by X.

Several fact-checking organisations have rated similar claims false.

Verdict: False. The quote is fabricated.''',
[],
"fabricated quote attributed to him and debunked by the text - not his statement")

add("other", "article",
"Evening News script - segment 3: Tesla in China",
'''ANCHOR: Tesla's sales in China fell again last month, and the company's chief executive is keeping his focus elsewhere. Our correspondent Mei Lin reports from Shanghai.

MEI LIN (VO): At Tesla's Shanghai showroom, salespeople say customers are comparing the Model Y with cheaper rivals from BYD and Xiaomi.

SOT - CUSTOMER (in Mandarin, subtitled): "The Tesla is good, but the Xiaomi has more screens and costs less."

MEI LIN (VO): Elon Musk did not mention China at his robotaxi event in Austin this week.

SOT - ELON MUSK: "By the end of next year, I think robotaxis will be widespread across the United States."

MEI LIN (STANDUP): For now, Tesla China is betting on price cuts and a longer-range Model Y to win buyers back. Mei Lin, Shanghai.''',
[],
"TV news script about Tesla in China; Musk's sound bite is about U.S. robotaxis")
