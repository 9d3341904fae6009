from common import D, L, VTT

# ---------------- podcast_unlabelled ----------------
D("podcast_unlabelled", "unlabeled", "",
  '''Welcome back to the show. My guest today needs no introduction. Elon, thanks for coming on.
Happy to be here.
So you were just in Shanghai. What struck you this time?
Honestly, the speed. The Chinese suppliers we work with can turn around a new part in a week. In the US it's three months. And the cost is like a third.
Does that scare you as a carmaker?
It should scare everyone. If you're a legacy automaker and you're not paying attention to China, you're going to have a very bad time.
Let's switch gears. Neuralink. How many patients now?
We're at twelve patients and it's going well.''',
  ["The Chinese suppliers we work with can turn around a new part in a week. In the US it's three months. And the cost is like a third.",
   "It should scare everyone. If you're a legacy automaker and you're not paying attention to China, you're going to have a very bad time."],
  "unlabelled transcript, guest turns inferred from alternation; 'It should scare everyone' (that = Chinese suppliers' speed) kept with its China sentence; Neuralink turn not gold",
  guests=["Elon Musk"])

D("podcast_unlabelled", "unlabeled", "",
  '''Before we bring our guest in, a quick note on the news: China has announced plans for a crewed lunar landing by 2029, and its Long March 10 rocket just passed a key engine test. Big moment for Beijing's space ambitions.
Okay, Elon Musk is here. Elon, Starship. Where are we?
We're close to full reusability. The booster is basically solved; the ship heat shield is the last big problem.
When do you put people on it?
Maybe two years, if the uncrewed flights go well. I'd love to be on one eventually.''',
  [],
  "host monologue about China; guest's turns only about Starship and his own plans",
  guests=["Elon Musk"])

D("podcast_unlabelled", "unlabeled", "",
  '''You've said nice things about Chinese carmakers before. Do you still feel that way?
Yeah, absolutely. I think they're the toughest competitors out there. BYD in particular is very strong on cost.
Some people say you only say that because of your factory in Shanghai.
No, it's just true. I'd say it even if we had no factory there. They earned it.
And what about Xiaomi?
Impressive. Lei Jun is a very smart guy and the SU7 is a good car.''',
  ["I think they're the toughest competitors out there. BYD in particular is very strong on cost.",
   "No, it's just true. I'd say it even if we had no factory there. They earned it.",
   "Impressive. Lei Jun is a very smart guy and the SU7 is a good car."],
  "unlabelled interview; host questions carry the China topic, his answers use pronouns ('they', 'it') and short answers referring back to Chinese carmakers/Xiaomi",
  guests=["Elon Musk"])

D("podcast_unlabelled", "unlabeled", "",
  '''Today we're talking food and farming with Kimbal Musk. Kimbal, you just got back from Chengdu.
I did, and it was incredible. Chinese farms are using drones for everything now. They're years ahead of us.
Is your brother as excited about China as you are?
He has his own opinions, you'd have to ask him. I'm just here for the vegetables.''',
  [],
  "guest is Kimbal Musk; watched speaker not present",
  guests=["Kimbal Musk"])

D("podcast_unlabelled", "unlabeled", "",
  '''This is Tech Fireside, and I'm joined by Elon Musk. Elon, tariffs. Everyone's asking.
Look, I've said it many times. Tariffs on imports from China raise prices for Americans. That's just math.
And Hong Kong? You were asked about listing there.
I think Hong Kong is a great financial center still. People write it off too fast.''',
  ["Tariffs on imports from China raise prices for Americans. That's just math.",
   "I think Hong Kong is a great financial center still. People write it off too fast."],
  "unlabelled; tariffs on China and Hong Kong",
  guests=["Elon Musk"])

D("podcast_unlabelled", "unlabeled", "",
  '''Elon, a lot of our listeners are in China and they wanted me to say hello. Ni hao to everyone listening in Beijing!
Ha, hello.
So, first question from a listener: when is the next Tesla Roadster demo?
We're aiming for the end of the year. It'll be the most exciting demo ever, I promise.
And will it fly?
Let's just say it'll do some things no car has done before.''',
  [],
  "host greets Chinese listeners; the guest's answers are a greeting and Roadster product date, not about China",
  guests=["Elon Musk"])

# ---------------- vtt ----------------
D("vtt", "vtt", "Musk at the Shanghai Auto Show (video remarks)", "",
  ["China has the best supply chain in the world for electric vehicles.",
   "Our team in Shanghai is incredible."],
  "vtt; sentence split over two cues - gold per cue",
  vtt=VTT(("Moderator", "Please welcome, by video, Tesla's CEO Elon Musk."),
          ("Elon Musk", "Thank you, it's great to be here, even virtually."),
          ("Elon Musk", "China has the best supply chain in the world for electric vehicles."),
          ("Elon Musk", "Our team in Shanghai is incredible."),
          ("Elon Musk", "And we're very excited about the next generation of FSD.")))

D("vtt", "vtt", "SpaceX briefing clip", "",
  [],
  "vtt; another speaker talks about China, Musk about Starship",
  vtt=VTT(("Reporter", "China's space agency says it will beat the US back to the moon. Your reaction?"),
          ("Elon Musk", "What I care about is getting Starship to orbit and back reliably."),
          ("Elon Musk", "Once that works, everything else follows."),
          ("Reporter", "Thank you.")))

D("vtt", "vtt", "Interview: Elon Musk on Chinese competition", "",
  ["They work harder than anyone.",
   "Honestly, I think we should copy a lot of their supply chain practices."],
  "vtt; pronoun 'they/their' referring to Chinese carmakers in the interviewer's cue",
  vtt=VTT(("Interviewer", "Let's talk about Chinese carmakers like NIO and Geely."),
          ("Elon Musk", "They work harder than anyone."),
          ("Elon Musk", "Honestly, I think we should copy a lot of their supply chain practices."),
          ("Interviewer", "And your own timeline for the cheaper model?"),
          ("Elon Musk", "First half of next year.")))

D("vtt", "vtt", "Elon Musk on NASA partnership", "",
  [],
  "vtt; interviewer mentions China; Musk's 'they' refers to NASA",
  vtt=VTT(("Interviewer", "China is moving fast on the moon. Is NASA moving fast enough?"),
          ("Elon Musk", "NASA has been a great partner to SpaceX."),
          ("Elon Musk", "They took a chance on us when nobody else would."),
          ("Elon Musk", "I think they should be given more budget for science.")))

D("vtt", "vtt", "Tesla AI Day Q&A (excerpt)", "",
  ["I think Chinese AI companies are going to be very strong.",
   "DeepSeek was a wake-up call for a lot of people.",
   "They have a huge amount of talent."],
  "vtt; DeepSeek; 'they' continuation",
  vtt=VTT(("Audience member", "What about AI competition from China?"),
          ("Elon Musk", "I think Chinese AI companies are going to be very strong."),
          ("Elon Musk", "DeepSeek was a wake-up call for a lot of people."),
          ("Elon Musk", "They have a huge amount of talent."),
          ("Elon Musk", "Anyway, Dojo 3 is coming along nicely.")))

D("vtt", "vtt", "Hong Kong fintech panel", "",
  [],
  "vtt; other panelists quote Musk; he is not speaking",
  vtt=VTT(("Panelist Grace Leung", "Elon Musk once told me Hong Kong should be a crypto hub."),
          ("Moderator", "Did you believe him?"),
          ("Panelist Grace Leung", "I believed that he believed it."),
          ("Moderator", "Let's move on to regulation in the mainland.")))

# ---------------- machine_translated ----------------
D("machine_translated", "article",
  "Musk: Chinese new energy car enterprises are the most hardworking in the world",
  '''According to the report, Tesla CEO Musk recently at a video connection meeting expressed, Chinese new energy vehicle enterprises are very strong, "they are the most hardworking in the world, and also very smart". Musk also said, Tesla in China market will continue to increase investment. It is reported that Tesla Shanghai super factory this year delivered more than 900,000 vehicles.''',
  ["Chinese new energy car enterprises are the most hardworking in the world",
   "Chinese new energy vehicle enterprises are very strong",
   "they are the most hardworking in the world, and also very smart",
   "Tesla in China market will continue to increase investment"],
  "machine translated (stiff English from Chinese); 'expressed,' as speech verb; 'also said' continuation")

D("machine_translated", "article",
  "Musk talks China again: netizens heated discussion",
  '''Recently, Tesla CEO Musk once again became focus of Chinese netizens. On the Weibo platform, the topic "Musk again talks China" reading amount exceeded 200 million. Many netizens expressed, Musk is "the foreigner who understands China best". Some analysts believe, Musk frequently interacts with China, is for Tesla in China market sales considerations. As of press time, Tesla China did not respond.''',
  [],
  "machine translated; framing headline 'talks China again' with no statement of his in the body; netizens/analysts' words")

D("machine_translated", "article",
  "Musk: Shanghai super factory is Tesla's most important factory",
  '''On 13th local time, Musk at the Tesla annual shareholder meeting held in the Austin city of Texas state of America expressed that, the Shanghai super factory is the Tesla most important production base, "without Shanghai, no today's Tesla". He also said, Tesla Optimus robot next year will start small batch production.''',
  ["Shanghai super factory is Tesla's most important factory",
   "the Shanghai super factory is the Tesla most important production base",
   "without Shanghai, no today's Tesla"],
  "machine translated; long locative between name and verb; 'also said' Optimus remark not gold")

D("machine_translated", "article",
  "Musk mother Maye visits Beijing, expresses love of Chinese food",
  '''Musk mother Maye Musk yesterday arrived Beijing to participate a fashion activity. Maye expressed, she very likes Chinese food, especially Peking duck, "every time coming to China I will gain weight". It is reported that her autobiography in China sold more than one million copies.''',
  [],
  "machine translated; other person named Musk (Maye)")

D("machine_translated", "article",
  "Musk responds to question of Chinese car price war",
  '''Facing reporter's question of price war in China car market, Musk expressed, price war is "normal phenomenon of market competition", Tesla will not because of this lower standards. He added, Chinese car enterprises "progress speed let people shocked". Regarding the Starship next launch, Musk said will be in next month.''',
  ["price war is \"normal phenomenon of market competition\"",
   "Tesla will not because of this lower standards",
   "Chinese car enterprises \"progress speed let people shocked\""],
  "machine translated; 'He added' continuation; Starship date not gold; 'Tesla will not ... lower standards' read in context of China price war")

D("machine_translated", "article",
  "Battery company founder recalls once persuading Musk",
  '''Xinghe Energy founder Fang Lei in the interview recalled, 2019 year he once told Musk, Chinese battery cost will be lower than any country, "I say to him, you must come to China purchase". Fang Lei expressed, Musk at that time did not believe. Now Xinghe Energy already become Tesla supplier.''',
  [],
  "machine translated; someone else recalling what he told Musk; Musk's reaction described by another person")

D("machine_translated", "article",
  "Musk: China's electric car will dominate the world",
  '''Musk in social platform X published post said, China's electric cars will be the world's most strong, "nobody can stop them". This post received more than 30 million views.''',
  ["China's electric car will dominate the world",
   "China's electric cars will be the world's most strong",
   "nobody can stop them"],
  "machine translated; colon headline carrying claim; 'them' refers to China's electric cars")

# ---------------- short_summary ----------------
D("short_summary", "article", "Musk: Chinese carmakers will 'demolish' rivals without trade barriers",
  "Elon Musk said on Tuesday that Chinese carmakers will 'demolish' most global rivals if trade barriers are not put in place.",
  ["Chinese carmakers will 'demolish' rivals without trade barriers",
   "Chinese carmakers will 'demolish' most global rivals if trade barriers are not put in place"],
  "one-sentence summary; conditional claim")

D("short_summary", "article", "Musk meets Chinese premier",
  "Elon Musk met Chinese Premier Li Qiang in Beijing on Sunday, state media reported, as Tesla seeks approval for its driver-assistance software.",
  [],
  "deed only")

D("short_summary", "article", "Musk says Beijing subsidy cuts will hurt smaller EV makers",
  "Tesla CEO Elon Musk, in a post on X late on Friday replying to an analyst's chart, said Beijing's subsidy cuts would hurt smaller electric-vehicle makers the most.",
  ["Beijing subsidy cuts will hurt smaller EV makers",
   "Beijing's subsidy cuts would hurt smaller electric-vehicle makers the most"],
  "subject and verb separated by an intervening phrase; Beijing as referent")

D("short_summary", "article", "Analysts question Musk's China optimism",
  "Analysts say Tesla CEO Elon Musk is overly optimistic about demand in China, where the company's market share fell to 6% last quarter.",
  [],
  "analysts' words with Musk as object")

D("short_summary", "article", "Musk calls CATL batteries 'the best in the world right now'",
  "The billionaire said CATL's batteries were 'the best in the world right now'. He added that Tesla would keep building its own cells in Nevada.",
  ["CATL batteries 'the best in the world right now'",
   "CATL's batteries were 'the best in the world right now'"],
  "named Chinese company; 'He added' continuation about Tesla's own cells not about China")

D("short_summary", "article", "Musk posts about Chinese battery prices",
  "Elon Musk posted about the price of Chinese battery cells on X on Thursday, drawing thousands of replies.",
  [],
  "headline fragment and body describing that he posted, no claim")

D("short_summary", "article", "",
  "Elon Musk told a podcast that TikTok's Chinese owner ByteDance should not be forced to sell the app, arguing a ban would hurt free speech.",
  ["TikTok's Chinese owner ByteDance should not be forced to sell the app"],
  "one-sentence summary, empty title; TikTok/ByteDance")

D("short_summary", "article", "Kimbal Musk: China leads in vertical farming",
  "Tesla director Kimbal Musk said in Hong Kong on Monday that China leads the world in vertical farming technology.",
  [],
  "other person named Musk (Kimbal) in headline and summary")

D("short_summary", "article", "Tesla's Musk hails China's build speed, says Chinese factories go up 'insanely' fast",
  "The Tesla CEO, speaking at a conference in Riyadh, said China built factories at an 'insane' speed.",
  ["Chinese factories go up 'insanely' fast",
   "China built factories at an 'insane' speed"],
  "two-verb headline (gold: the 'says' claim part only, not the 'hails' description)")

D("short_summary", "article", "Musk says Starship will fly again in four weeks",
  "Elon Musk said the next Starship test will take place in about four weeks, as China's Long March 9 programme moves ahead.",
  [],
  "his claim is about Starship timing; China only in the neighbouring clause")

# ---------------- other ----------------
D("other", "article",
  "The Morning Download: Musk on Chinese robots",
  '''Good morning. Here's what you need to know.
"The Chinese humanoid robot companies are the ones to watch. Unitree is very impressive, and they're moving fast." That was Elon Musk, speaking at an investor dinner in New York last night, according to a recording heard by this newsletter.
Elsewhere: Fed minutes are out at 2 pm, and Nvidia reports after the bell.''',
  ["The Chinese humanoid robot companies are the ones to watch. Unitree is very impressive, and they're moving fast."],
  "newsletter; quote introduced first and attributed in the following sentence")

D("other", "article",
  "Conference agenda: Future of Mobility Forum 2025",
  '''9:00 Registration and coffee
9:30 Keynote: "China and the global EV race" - Dr. Wen Hao, Tsinghua University
10:15 Fireside chat: Elon Musk on China, AI and the road ahead (video link)
11:00 Panel: Battery supply chains after tariffs
12:00 Lunch''',
  [],
  "agenda listing that he will talk about China; no statement")

D("other", "article",
  "Book excerpt: 'Gigafactory East'",
  '''The meeting in Shanghai's city hall ran late. By the time it ended, Musk had a handshake deal for the land.
Back at the hotel, he was jubilant. "The Chinese government moves faster than any government I've ever dealt with," he told his team, according to two people present. "If we can't build here, we can't build anywhere."
The next morning he flew to Los Angeles for a SpaceX review.''',
  ["The Chinese government moves faster than any government I've ever dealt with",
   "If we can't build here, we can't build anywhere."],
  "book excerpt recalling an old quote; 'here' refers to Shanghai; deeds (deal, flight) not gold")

D("other", "article",
  "Fact check: Did Elon Musk say 'China will rule the world by 2030'?",
  '''A post circulating on Facebook attributes the quote "China will rule the world by 2030" to Elon Musk. We found no record of Musk saying or writing this. The image appears to combine a photo from a 2023 Tesla event with text created by an anonymous account. A Tesla spokesperson did not respond. Verdict: False.''',
  [],
  "fact-check of a fabricated quote wrongly attributed to him - not his statement")

D("other", "article",
  "Press briefing notes: Tesla China media day",
  '''Key points from Elon Musk's remarks, delivered by video to reporters in Shanghai on Friday:
- Musk said Tesla planned to start building a new Megapack line at the Shanghai plant next year.
- He said Chinese regulators had been "very constructive" on autonomous driving.
- He declined to give a date for FSD approval in China.
- On SpaceX: Starlink now has more than 6 million users.''',
  ["Tesla planned to start building a new Megapack line at the Shanghai plant next year",
   "Chinese regulators had been \"very constructive\" on autonomous driving"],
  "bullet-point briefing notes; declined-to-comment item not gold; Starlink item not gold")

D("other", "article",
  "Letter from Tesla China to customers",
  '''Dear customers, thank you for your support. Tesla China will continue to provide high-quality products and services. As our CEO Elon Musk has always emphasised, customers come first. The new Model Y will be delivered in Shanghai, Beijing and Guangzhou from next month. - Tesla China Customer Service''',
  [],
  "company letter; vague reference to what Musk 'emphasised' is not a statement about China")
