from common import D

DOCS = []
A = DOCS.append

def L(*lines):
    return "\n".join(lines)

# 81 podcast_unlabelled POS
A(D(81, "podcast_unlabelled", "unlabeled",
"The Build Podcast with Elon Musk",
L("Welcome back to The Build. My guest today needs no introduction. Elon, thanks for coming on.",
  "Thanks for having me.",
  "I want to start with manufacturing. You've said the factory is the product. Who does it best today?",
  "Honestly, China does it best. The Chinese supply chain is incredibly deep, and the speed at which a Chinese factory can go from design to production is unmatched.",
  "Is that something the US can copy?",
  "Partly. We can copy the automation. What's harder to copy is the sheer number of engineers China graduates every year.",
  "Let's talk about the Cybercab. When does it ship?",
  "Production starts in April, and we should be at volume by the end of the year."),
["Honestly, China does it best.",
 "The Chinese supply chain is incredibly deep, and the speed at which a Chinese factory can go from design to production is unmatched.",
 "What's harder to copy is the sheer number of engineers China graduates every year."],
"unlabelled transcript: guest's answers are his turns; host questions not gold; Cybercab answer not gold",
guests=["Elon Musk"]))

# 82 podcast_unlabelled NEG
A(D(82, "podcast_unlabelled", "unlabeled",
"Orbit Talk: Elon Musk on Mars",
L("This is Orbit Talk. I'm here with Elon Musk. China just landed another rover on the far side of the moon, and its space station is fully operational. A lot of people are saying the space race is back. But today we're talking about Mars.",
  "Mars is the goal. The Moon is a stepping stone.",
  "When do the first ships go?",
  "The next transfer window is late 2026. We're aiming for that, but it's tight.",
  "What's the biggest technical hurdle?",
  "Landing a 100-ton ship on Mars. Nobody has done anything close to that.",
  "Thanks, Elon."),
[],
"unlabelled transcript: China appears only in the host's intro; guest talks about Mars",
guests=["Elon Musk"]))

# 83 podcast_unlabelled POS long
A(D(83, "podcast_unlabelled", "unlabeled",
"Deep Dive with Elon Musk - Episode 140",
L("Hey everyone, welcome to Deep Dive. Today's guest is Elon Musk. Elon, welcome.",
  "Thanks.",
  "So much to cover. Let's start with Neuralink. How many patients now?",
  "We have twelve people with implants. The goal is to get to a thousand next year.",
  "What's the limiting factor?",
  "Surgical robot throughput, mostly. We're building a faster robot.",
  "Okay. X. Is it profitable?",
  "Roughly breakeven. Advertising has come back a lot.",
  "And the Boring Company, still digging?",
  "The Vegas Loop is expanding. It'll connect the airport next year.",
  "You've also talked about solar. Where is solar going?",
  "Solar is going to be the main source of energy on Earth. The Chinese solar industry has already driven panel prices down by ninety percent, which is amazing for the world.",
  "Last question. What keeps you up at night?",
  "AI risk. And my kids, when they're sick.",
  "Elon, thanks so much.",
  "Thanks."),
["The Chinese solar industry has already driven panel prices down by ninety percent, which is amazing for the world."],
"long unlabelled transcript; one China sentence among many topics",
guests=["Elon Musk"]))

# 84 podcast_unlabelled NEG Kimbal
A(D(84, "podcast_unlabelled", "unlabeled",
"Table Talk: Kimbal Musk on food, China and family",
L("Welcome to Table Talk. My guest is Kimbal Musk. Kimbal, you've been spending time in China.",
  "I have. Chinese cities are building urban farms at a scale that's hard to believe. Shanghai alone has more vertical farm capacity than the entire US.",
  "Do you talk to Elon about China?",
  "Sometimes. But he talks to me about rockets and I talk to him about tomatoes.",
  "What's next for you?",
  "A new restaurant concept in Denver, and maybe a farm in China someday."),
[],
"namesake: the guest is Kimbal Musk, not Elon",
guests=["Kimbal Musk"]))

# 85 podcast_unlabelled POS conditional + question
A(D(85, "podcast_unlabelled", "unlabeled",
"Conversations at the Edge: Elon Musk",
L("My guest today is Elon Musk. Elon, there's a lot of talk about tariffs. What's your view?",
  "I generally think tariffs are a tax on consumers. That's true for almost any tariff.",
  "And on China specifically?",
  "If America puts a 100% tariff on everything from China, prices go up for everyone and Chinese companies just sell to the rest of the world instead. Is that really the outcome we want?",
  "So what would you do?",
  "Compete. Build better products. That's the only real answer.",
  "Let's switch to Starlink. How many users now?",
  "Over seven million."),
["If America puts a 100% tariff on everything from China, prices go up for everyone and Chinese companies just sell to the rest of the world instead. Is that really the outcome we want?"],
"conditional plus rhetorical question about tariffs on China; his general tariff view and 'Compete' answer not gold",
guests=["Elon Musk"]))

# 86 podcast_unlabelled NEG they = Brussels
A(D(86, "podcast_unlabelled", "unlabeled",
"Power Hour: Elon Musk on energy",
L("Welcome to Power Hour. China added more solar last year than the US has in its entire history, and it's building nuclear plants at a record pace. My guest today is Elon Musk, and we're going to talk about America's grid. Elon, where do we stand?",
  "The US grid needs to roughly triple over the next twenty years. Transformers are the bottleneck right now.",
  "What about Europe?",
  "Europe shut down its nuclear plants, which was a mistake. And the regulators in Brussels don't help. They make it almost impossible to build anything quickly.",
  "What should Washington do?",
  "Permitting reform. Make it possible to build transmission lines in a year, not a decade."),
[],
"host frames with China; guest talks US energy; 'They' = Brussels regulators",
guests=["Elon Musk"]))

# 87 vtt POS
A(D(87, "vtt", "vtt",
"Elon Musk interview at the Gulf Business Summit", "",
["The Chinese carmakers are the strongest competitors we have.",
 "They have great engineers and a government that really supports the industry."],
"WebVTT with <v> speaker tags; 'They' continues about Chinese carmakers; robotaxi cue not gold",
cues=[("Moderator", "Let's talk about Tesla. How serious is the competition from China?"),
      ("Elon Musk", "The Chinese carmakers are the strongest competitors we have."),
      ("Elon Musk", "They have great engineers and a government that really supports the industry."),
      ("Moderator", "And your outlook for robotaxis?"),
      ("Elon Musk", "We'll be in ten more US cities by the end of next year.")]))

# 88 vtt NEG
A(D(88, "vtt", "vtt",
"SpaceX update livestream", "",
[],
"host mentions a Chinese rocket; Musk's cues are all about Starship and the Moon",
cues=[("Host", "Before we start, a note that China's Long March 10 completed a static fire test this week."),
      ("Elon Musk", "Alright, let's talk Starship. Flight 12 is going to test the new heat shield."),
      ("Elon Musk", "If everything goes well, we'll try to catch the ship with the tower."),
      ("Host", "And the Moon program?"),
      ("Elon Musk", "We're on track to support a lunar landing, but it's going to be tight.")]))

# 89 vtt POS names change
A(D(89, "vtt", "vtt",
"Giga Shanghai fifth anniversary - video message", "",
["Five years ago, Giga Shanghai was a muddy field.",
 "Today it's the most productive car factory in the world.",
 "Thank you to the incredible team in China.",
 "I'd also like to thank the Shanghai government for their support from the very beginning."],
"voice tag changes mid-way (Elon Musk / Elon / EM); 'it' refers to Giga Shanghai; Starship cue not gold",
cues=[("Host", "We have a message from Elon Musk."),
      ("Elon Musk", "Hi everyone. Five years ago, Giga Shanghai was a muddy field."),
      ("Elon Musk", "Today it's the most productive car factory in the world. Thank you to the incredible team in China."),
      ("Elon", "I'd also like to thank the Shanghai government for their support from the very beginning."),
      ("EM", "By the way, the next Starship launch is in two weeks, so watch for that.")]))

# 90 vtt NEG Kimbal
A(D(90, "vtt", "vtt",
"Kimbal Musk keynote, Asia Food Summit 2025", "",
[],
"namesake: Kimbal Musk speaking in the VTT",
cues=[("Kimbal Musk", "Thank you. It's great to be in Shanghai."),
      ("Kimbal Musk", "China is leading the world in urban agriculture, and I came here to learn."),
      ("Moderator", "Does your brother Elon share your view?"),
      ("Kimbal Musk", "Elon is focused on Mars. I'm focused on lunch.")]))

# 91 vtt POS
A(D(91, "vtt", "vtt",
"Musk remarks at the World Governance Forum", "",
["The US and China. Those are the only two real contenders.",
 "China's going to have way more power generation than the US, and AI needs power. That's the thing people miss."],
"VTT; short answer naming China; Europe cue not gold",
cues=[("Interviewer", "You've said AI will be bigger than anything. Who's going to lead?"),
      ("Elon Musk", "The US and China. Those are the only two real contenders."),
      ("Elon Musk", "China's going to have way more power generation than the US, and AI needs power. That's the thing people miss."),
      ("Interviewer", "What about Europe?"),
      ("Elon Musk", "Europe is regulating itself out of the game, unfortunately.")]))

# 92 machine_translated POS
A(D(92, "machine_translated", "article",
"Musk: China new energy vehicle industry development speed is very fast",
'''According to reports, on the 15th, Tesla CEO Musk in one interview expressed, China's new energy vehicle industry development is very fast, Chinese enterprises in battery, intelligent driving and other fields are all having very strong competitiveness. Musk said, "Chinese engineers are very excellent, they work very hard." He also revealed, Tesla Shanghai super factory this year output is expected to exceed 950,000 units. Reporter noticed, this is Musk in recent one month inside the second time publicly praising Chinese automobile industry.''',
["China new energy vehicle industry development speed is very fast",
 "China's new energy vehicle industry development is very fast",
 "Chinese enterprises in battery, intelligent driving and other fields are all having very strong competitiveness",
 "Chinese engineers are very excellent, they work very hard.",
 "Tesla Shanghai super factory this year output is expected to exceed 950,000 units"],
"stiff machine-translated English; 'expressed,'/'revealed,' as speech verbs; reporter's note not gold"))

# 93 machine_translated NEG
A(D(93, "machine_translated", "article",
"Battery enterprise chairman: I once told Musk Chinese batteries will be cheapest",
'''This reporter learned, on the 20th, a Shenzhen battery enterprise chairman Mr. Zeng at the industry forum on said, he several years ago once told Musk, Chinese batteries in the future will be cheapest in the world. "At that time Musk just smiled, did not speak," Mr. Zeng said. He expressed, now this prediction already is realized. As of press time, Tesla side did not respond to this matter.''',
[],
"machine-translated; someone else's words with Musk as object; Musk 'did not speak'"))

# 94 machine_translated POS long locative
A(D(94, "machine_translated", "article",
"Musk at shareholders meeting talks Chinese market",
'''Local time 13th afternoon, Musk at America Texas state Austin city held Tesla annual shareholders meeting on expressed, Chinese market for Tesla is extremely important, Tesla will continue to increase investment in China. Musk said, the Shanghai super factory is Tesla global most efficient factory, "our Chinese team is the best." In addition, Musk also introduced the Optimus robot newest progress, expressed the robot next year will start small batch production.''',
["Chinese market for Tesla is extremely important",
 "Tesla will continue to increase investment in China",
 "the Shanghai super factory is Tesla global most efficient factory",
 "our Chinese team is the best."],
"machine-translated; long locative between subject and speech verb; descriptive headline not gold; Optimus remark not gold"))

# 95 machine_translated NEG rumor
A(D(95, "machine_translated", "article",
'''Internet rumor "Musk says Chinese people most diligent in world" is fabricated''',
'''Recently, one piece of content titled "Musk says Chinese people are the most diligent in the world" is widely spreading on short video platforms. Reporter verification found, this so-called quote has no reliable source, Musk in public occasions and on his social media account never published this statement. Related video is by editing a Musk interview about rocket recycling and adding Chinese subtitles made. Platform already removed related video. Netizens please do not believe and do not spread rumors.''',
[],
"fabricated quote in a debunk; 'Musk says ...' appears only as the rumour's title"))

# 96 machine_translated POS pronoun
A(D(96, "machine_translated", "article",
"Musk again praises Chinese automobile enterprises: they are the most diligent",
'''On the 8th, Musk on social platform X published post talking about Chinese automobile enterprises. He wrote: "Frankly speaking, they are more diligent than anyone, we should learn their supply chain." This is not the first time Musk praises Chinese car companies. Earlier, Musk once said, Chinese automobile enterprises are world's most competitive automobile enterprises. Analysts think, Musk's remarks reflect the real competitive situation of the global electric vehicle market.''',
["they are the most diligent",
 "Frankly speaking, they are more diligent than anyone",
 "we should learn their supply chain",
 "Chinese automobile enterprises are world's most competitive automobile enterprises"],
"topic only in context: 'they' refers to Chinese automobile enterprises in the preceding sentence; earlier remark recalled; analysts not gold"))

# 97 short_summary POS
A(D(97, "short_summary", "article",
"Tesla to build cheaper Model Y in Shanghai next year, Musk says",
"Elon Musk said on Wednesday that Tesla's Shanghai factory would start producing a cheaper version of the Model Y next year, aimed at buyers in China and Southeast Asia.",
["Tesla to build cheaper Model Y in Shanghai next year",
 "Tesla's Shanghai factory would start producing a cheaper version of the Model Y next year, aimed at buyers in China and Southeast Asia"],
"one-sentence RSS summary; headline claim precedes 'Musk says'"))

# 98 short_summary NEG
A(D(98, "short_summary", "article",
"Musk visits Shanghai plant, meets local officials",
"Elon Musk visited Tesla's Shanghai factory on Tuesday and met local officials, according to two people familiar with the matter. Tesla did not comment.",
[],
"short summary of actions (visited, met), no statement"))

# 99 short_summary POS
A(D(99, "short_summary", "article",
"Musk says Chinese EV makers are the world's most competitive",
"The Tesla CEO told investors on Tuesday that Chinese EV makers were the most competitive in the world, adding that Tesla's Shanghai plant would keep running at full capacity.",
["Chinese EV makers are the world's most competitive",
 "Chinese EV makers were the most competitive in the world",
 "Tesla's Shanghai plant would keep running at full capacity"],
"short summary; 'the Tesla CEO' as name; 'adding that' continuation"))

# 100 other NEG newsletter
A(D(100, "other", "article",
"The Morning Brief: Tesla, TikTok and a Shanghai surprise",
'''Good morning. Here's what you need to know today.

1. Tesla's China sales fell for a third month, according to industry data released overnight. Analysts blamed aggressive discounts by BYD and Geely.

2. TikTok's US future is again in doubt after talks with prospective buyers stalled. Beijing has said it would not approve a sale that includes the app's algorithm.

3. Elon Musk said SpaceX would attempt to catch a Starship upper stage "within two flights." He also said Tesla's annual meeting would be held in Austin on Nov. 6.

4. A Shanghai court ruled in favour of a Tesla owner who sued over a brake malfunction claim.

5. Ahmed Musk, a Dubai-based logistics executive who is no relation to Elon, told a trade conference in Dubai that China's ports are "the most efficient on the planet."

That's it for today.''',
[],
"newsletter digest: China items and a Musk item side by side, but his statements are about Starship and a meeting date; an unrelated Ahmed Musk praises China's ports"))
