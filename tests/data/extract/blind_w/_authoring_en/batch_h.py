from common import D, VTT

D(75, "vtt", "vtt", "Elon Musk at the Qatar Economic Forum (captions)", "",
  "WebVTT with voice tags: China cue gold, Mars cue not",
  vtt=VTT([
    ("00:00:01.000", "00:00:06.500", "Moderator", "Elon, thank you for joining us. Let's start with China. Tesla's sales there have been under pressure."),
    ("00:00:06.500", "00:00:14.200", "Elon Musk", "⟦Yeah, China is super competitive right now. The local brands are offering a lot of car for the money⟧."),
    ("00:00:14.200", "00:00:19.800", "Elon Musk", "⟦But I think the Chinese market will reward autonomy, and that's where we're strongest⟧."),
    ("00:00:19.800", "00:00:24.000", "Moderator", "And Mars? You've talked about 2026."),
    ("00:00:24.000", "00:00:31.300", "Elon Musk", "We'll try for the end of next year. Maybe five ships if everything goes right, which it won't. [laughter]"),
  ]))

D(76, "vtt", "vtt", "", "",
  "hard negative WebVTT: host talks about China's moon program; Musk's cues are about Starship",
  vtt=VTT([
    ("00:03:10.000", "00:03:18.000", "Host", "China just tested its Long March 10 rocket, and they say they'll land people on the Moon before 2030."),
    ("00:03:18.000", "00:03:22.500", "Host", "But let's talk about your rocket. How's Starship doing?"),
    ("00:03:22.500", "00:03:30.000", "Elon Musk", "Starship is going well. Version 3 is much more capable, more thrust, more propellant."),
    ("00:03:30.000", "00:03:37.200", "Elon Musk", "We're going to catch the ship, not just the booster, hopefully on the next flight or the one after."),
    ("00:03:37.200", "00:03:40.000", "Host", "Incredible."),
  ]))

D(77, "vtt", "vtt", "CNBC interview: Musk on batteries", "",
  "WebVTT: host names Chinese battery makers; Musk's cue uses 'they/their' - gold within one cue; US-grid cue not gold",
  vtt=VTT([
    ("00:01:02.000", "00:01:09.000", "David Faber", "Chinese battery makers like CATL and BYD now dominate the market. How worried are you about that?"),
    ("00:01:09.000", "00:01:18.400", "Elon Musk", "⟦They're very good. Honestly, their cost per kilowatt hour is the lowest in the world, and they've earned it⟧."),
    ("00:01:18.400", "00:01:22.000", "David Faber", "And what about the U.S. grid? Can it handle all these data centers?"),
    ("00:01:22.000", "00:01:30.500", "Elon Musk", "Not without a lot more batteries. The U.S. grid could deliver twice as much energy if you buffered it with storage."),
  ]))

D(78, "vtt", "vtt", "", "",
  "hard negative WebVTT: Kimbal Musk speaks about China; Elon not speaking",
  vtt=VTT([
    ("00:10:00.000", "00:10:05.000", "Interviewer", "Kimbal, you were in Shenzhen last week. What did you see?"),
    ("00:10:05.000", "00:10:13.000", "Kimbal Musk", "Honestly, the vertical farms there are five years ahead of anything in the U.S. It was humbling."),
    ("00:10:13.000", "00:10:17.500", "Interviewer", "Does your brother feel the same about their car industry?"),
    ("00:10:17.500", "00:10:24.000", "Kimbal Musk", "You'd have to ask Elon. [laughter] We don't talk cars at Thanksgiving."),
  ]))

D(79, "vtt", "vtt", "Musk at Tesla's Shanghai plant anniversary (video message)", "",
  "WebVTT: China cue gold; US politics cue not gold; speaker named 'Elon'",
  vtt=VTT([
    ("00:00:00.500", "00:00:07.000", "Elon", "Hi everyone in Shanghai. Congratulations on five years."),
    ("00:00:07.000", "00:00:15.500", "Elon", "⟦Giga Shanghai is the best factory in the world, and that's because of the people. The team in China is amazing⟧."),
    ("00:00:15.500", "00:00:23.000", "Elon", "Also, quick thing for folks back home: please vote in the midterms. It really matters this time."),
    ("00:00:23.000", "00:00:26.000", "Elon", "Thank you, xie xie!"),
  ]))

D(80, "vtt", "vtt", "", "",
  "hard negative WebVTT: host mentions China's moon programme, then asks about NASA's Artemis plan; Musk's 'they' chain refers to NASA",
  vtt=VTT([
    ("00:19:52.000", "00:20:00.000", "Host", "Big news this week: China's Mengzhou capsule passed its abort test, and Beijing is talking about a landing before 2030."),
    ("00:20:00.000", "00:20:08.000", "Host", "Different topic, though. What do you make of NASA's current plan for Artemis, with SLS and Orion?"),
    ("00:20:08.000", "00:20:16.000", "Elon Musk", "Look, they've got great people, but the SLS architecture is way too expensive. They can't fly it often enough."),
    ("00:20:16.000", "00:20:22.000", "Elon Musk", "They should buy launches commercially and focus on science. That's what they're great at."),
    ("00:20:22.000", "00:20:25.000", "Host", "Would you take over NASA if asked?"),
    ("00:20:25.000", "00:20:28.000", "Elon Musk", "No. I've got enough jobs. [laughter]"),
  ]))
