from common import doc

doc(76, "wire", "article",
"Musk and China: the debate goes on",
"""
NEW YORK (Reuters) - The debate over Elon Musk's relationship with China flared again this week after a US senator called for an investigation into Tesla's Shanghai operations.

Musk, for his part, was unapologetic. "I'm not going to pretend China isn't important to Tesla. It's our second-biggest market and our best factory," he told reporters at a conference in New York on Wednesday. "Anyone who says otherwise doesn't understand the car business."

Senator Rick Dalton, who made the call, said Musk's business ties made him "a walking conflict of interest."

Tesla has not commented on the senator's letter.
""",
["I'm not going to pretend China isn't important to Tesla. It's our second-biggest market and our best factory,",
 "Anyone who says otherwise doesn't understand the car business."],
"framing headline over a body that does contain his China quote; senator's words not gold; continuation quote")

doc(77, "wire", "article",
"China regulator orders Tesla recall of 1.6 million cars over Autopilot",
"""
BEIJING (Reuters) - China's State Administration for Market Regulation said on Friday that Tesla would recall more than 1.6 million vehicles sold in the country to fix issues with its Autopilot driver-assistance system, via an over-the-air software update.

The recall covers imported Model S and Model X cars and China-made Model 3 and Model Y vehicles, the regulator said.

Elon Musk, who has long defended the system, wrote on X hours later that "Autopilot is already about ten times safer than a human driver" and that critics "have never used it." He did not mention the recall or China.

Tesla China said in a statement on Weibo that the update would be free for owners.
""",
[],
"China regulator story; his remark is about Autopilot safety in general; Tesla China statement not his")

doc(78, "wire", "article",
"Musk says Hong Kong will stay 'the bridge' between China and the world",
"""
HONG KONG (Reuters) - Elon Musk, appearing by video at Hong Kong Fintech Week on Tuesday in a session moderated by the city's financial secretary, said Hong Kong would remain "the bridge between China and the rest of the world" for investors.

"Hong Kong has a unique position. Capital flows through there that can't flow anywhere else," Musk said.

Asked about Dogecoin, he said the cryptocurrency was "the people's crypto" and would "go to the moon, eventually," drawing laughs.

Hong Kong officials have been trying to revive the city's status as a finance hub after years of tight pandemic restrictions.
""",
["Hong Kong will stay 'the bridge' between China and the world",
 "Hong Kong would remain \"the bridge between China and the rest of the world\" for investors",
 "Hong Kong has a unique position. Capital flows through there that can't flow anywhere else,"],
"Hong Kong in relation to China; long phrase between name and verb; Dogecoin remark not gold")

doc(79, "wire", "article",
"China's ambassador hails Musk as 'a friend of the Chinese people'",
"""
WASHINGTON (Reuters) - China's ambassador to the United States, Xie Feng, on Thursday praised Elon Musk as "a friend of the Chinese people" at a reception in Washington attended by US business leaders.

"Mr Musk has shown that cooperation, not confrontation, is the right path," Xie said.

Musk, who attended the event briefly, was asked by a reporter whether Tesla planned to build a second factory in China. "We're focused on Texas right now," he said, before leaving.
""",
[],
"ambassador's words about Musk; reporter's question about China; his answer is about Texas only")

doc(80, "wire", "article",
"Musk jokes Shanghai workers are making Tesla's robots 'nervous'",
"""
SHANGHAI (Reuters) - Elon Musk joked on Monday that workers at Tesla's Shanghai factory were so fast that "the robots are getting nervous," in a video call with staff to celebrate a production record.

"Seriously, the Giga Shanghai team keeps breaking records. I don't know how they do it," Musk said, according to a recording shared by Tesla China on Weibo.

The plant produced more than 95,000 vehicles last month, its highest ever.

Musk also said Starship would attempt its first orbital refilling test "later this year."
""",
["Shanghai workers are making Tesla's robots 'nervous'",
 "workers at Tesla's Shanghai factory were so fast that \"the robots are getting nervous,\"",
 "Seriously, the Giga Shanghai team keeps breaking records. I don't know how they do it,"],
"joke is still his statement about Chinese workers; Starship remark not gold")

doc(81, "wire", "article",
"Musk talks China, AI and Mars at VivaTech",
"""
PARIS (Reuters) - Elon Musk spoke about China, artificial intelligence and Mars during a wide-ranging video appearance at the VivaTech conference in Paris on Friday.

"We will send the first Starships to Mars at the end of next year, assuming the orbital alignment works," Musk said.

He said he expected AI to be "smarter than any single human" by the end of next year, and described the European Union's AI Act as "well-intended but counterproductive."

Organisers said about 14,000 people attended the session.
""",
[],
"headline and body only say he talked about China; his actual quotes are about Mars, AI and the EU")

doc(82, "wire", "article",
"Musk says China's rare-earth curbs are slowing Optimus production",
"""
(Reuters) - Elon Musk said on Wednesday that China's export restrictions on rare-earth magnets were delaying production of Tesla's Optimus humanoid robot, the first time he has publicly linked the curbs to a specific product.

"We need China export licences for the magnets in Optimus's actuators. We're working through it with Beijing, but it's slowing us down," Musk told analysts on a call.

Beijing tightened licensing for rare-earth exports in April, citing national security. China's commerce ministry said on Thursday that it had approved "a batch" of applications from foreign firms, without naming them.
""",
["China's rare-earth curbs are slowing Optimus production",
 "China's export restrictions on rare-earth magnets were delaying production of Tesla's Optimus humanoid robot",
 "We need China export licences for the magnets in Optimus's actuators. We're working through it with Beijing, but it's slowing us down,"],
"Chinese export controls; commerce ministry statement not his; journalist's 'first time he has publicly linked' is analysis")

doc(83, "aggregator_headline", "article",
"Elon Musk says Tesla's Shanghai plant is its 'most productive' - Business Insider",
"",
["Tesla's Shanghai plant is its 'most productive'"],
"aggregator; Shanghai plant")

doc(84, "aggregator_headline", "article",
"Musk meets Chinese Vice Premier Ding Xuexiang in Beijing - Xinhua",
"",
[],
"aggregator; action (met), no claim")

doc(85, "aggregator_headline", "article",
"Kimbal Musk: China's restaurants are 'years ahead' of America's - Fortune",
"",
[],
"aggregator; namesake Kimbal Musk's claim about China")

doc(86, "short_summary", "article",
"Resurfaced clip shows Musk in 2018 predicting China's EV rise",
"In a newly resurfaced 2018 video, Elon Musk predicted that China would become \"the biggest EV market by far, bigger than the US and Europe combined,\" a forecast that has since come true.",
["China would become \"the biggest EV market by far, bigger than the US and Europe combined,\""],
"old remark recalled in a summary; headline 'predicting China's EV rise' only describes; 'come true' is journalist's")

doc(87, "short_summary", "article",
"BYD chairman says Musk was 'wrong to laugh' at BYD",
"BYD Chairman Wang Chuanfu said on Tuesday that Elon Musk had been \"wrong to laugh\" at the Chinese carmaker in a 2011 interview, adding that Tesla was now \"a respected competitor, nothing more.\"",
[],
"summary; rival quotes Musk's old reaction back; all words are Wang's")

doc(88, "podcast_labelled", "label", "Bloomberg Television: Elon Musk interview (transcript)",
"""
Emily Chang: Critics say you're soft on Beijing because of Tesla's exposure there. What do you say to that?
Elon Musk: I'd say I'm realistic. China is a huge economy with a billion and a half people and a government that's very focused on industry. You can't just wish that away.
Emily Chang: But do they subsidise their carmakers unfairly?
Elon Musk: They subsidise, sure. But so does everyone. The US subsidises too. The bigger factor is they just work really hard.
Emily Chang: On SpaceX, are you still targeting an IPO for Starlink?
Elon Musk: Maybe in a few years, when the cash flow is predictable. Not now.
""",
["I'd say I'm realistic. China is a huge economy with a billion and a half people and a government that's very focused on industry. You can't just wish that away.",
 "They subsidise, sure. But so does everyone.",
 "The bigger factor is they just work really hard."],
"TV interview labels; interviewer's question voicing critics not gold; 'they' refers to Chinese carmakers in question; 'The US subsidises too' not gold; Starlink IPO not gold")

doc(89, "podcast_labelled", "label", "Detroit Auto Forum panel (transcript excerpt)",
"""
Moderator: Jim, Chinese brands are coming to Mexico and Canada. Is Detroit ready?
Jim Farrell (CEO, Farrell Motors): Elon likes to say Chinese carmakers will crush everybody without tariffs. I think that's convenient for a guy who builds half his cars in Shanghai.
Moderator: Sandra?
Sandra Ruiz (UAW): Our members are worried. We've seen the BYD factories. They're impressive, and they're cheap.
Moderator: Jim, is Elon wrong?
Jim Farrell (CEO, Farrell Motors): He's not wrong that they're good. He's wrong that tariffs don't work.
""",
[],
"rival CEO quotes Musk back critically and assesses him; Musk is not on the panel")

doc(90, "podcast_unlabelled", "unlabeled", "",
"""
You were in Shanghai last month. What was that like?
It was great. I went to the factory, had dinner with the team. The energy in that city is just amazing. I mean, the people are so optimistic, you can feel it in the street. Honestly they're more excited about the future than people here are, and that's a bit of a wake-up call for us.
Did you get any sleep on that trip?
Not much. Maybe four hours a night. I was working on Starship stuff in the hotel.
Okay, let's talk about Neuralink.
So we've got twelve people with implants now, and we want to get to a hundred this year.
""",
["The energy in that city is just amazing. I mean, the people are so optimistic, you can feel it in the street. Honestly they're more excited about the future than people here are, and that's a bit of a wake-up call for us."],
"unlabeled; China reference (Shanghai) in the question and earlier sentence of his turn; 'that city' / 'they' point back; sleep and Neuralink answers not gold",
guests=["Elon Musk"])

doc(91, "qa_interview", "article",
"Elon Musk: 'Starship will land on Mars in 2026 if the window works out'",
"""
We caught up with the SpaceX founder at Starbase, Texas, shortly after the latest Starship test.

Q: China plans its own Mars sample-return mission in 2028. Will SpaceX get there first?
A: Starship will land on Mars in 2026 if the window works out. If not, 2028. Either way, we'll send uncrewed ships first.

Q: How many?
A: Five, maybe. Each with an Optimus on board.

Q: What's the biggest risk?
A: Heat shield. Re-entry at Mars speeds is brutal.
""",
[],
"interviewer's question mentions China; his answers are about Starship timelines only")

doc(92, "vtt", "vtt", "Tesla Shanghai delivery ceremony - English captions",
"",
["Thank you to the whole team in China.",
 "Honestly, you are the best in the world. I mean it.",
 "And next year, Shanghai will build the new Model Y L for export to Europe."],
"vtt; 'you' addresses the China team named in the preceding cue; product remark naming Shanghai; Cybertruck aside not gold",
vtt="""WEBVTT

00:00:01.000 --> 00:00:04.000
<v Host>Please welcome, by video, Tesla CEO Elon Musk.

00:00:04.500 --> 00:00:07.500
<v Elon Musk>Hello everyone! Thank you to the whole team in China.

00:00:07.600 --> 00:00:11.000
<v Elon Musk>Honestly, you are the best in the world. I mean it.

00:00:11.100 --> 00:00:15.500
<v Elon Musk>And next year, Shanghai will build the new Model Y L for export to Europe.

00:00:15.600 --> 00:00:19.000
<v Elon Musk>By the way, the Cybertruck is selling well, if anyone was wondering.
""")

doc(93, "x_roundup", "article",
"Musk slams battery tariffs in series of posts",
"""
Elon Musk criticised the White House's new tariffs on Chinese batteries in a series of posts on X on Thursday.

"Tariffs on Chinese batteries will just raise prices for Americans. Bad idea. https://x.com/i/status/1912340098871"

Quote-posting @BusinessNews, which had reported that Tesla sourced some Megapack cells from China, he added: "Yes, and there is no US alternative at scale for at least three years."

In a later post he promoted a new Starlink plan for airlines.
""",
["Tariffs on Chinese batteries will just raise prices for Americans. Bad idea.",
 "Yes, and there is no US alternative at scale for at least three years."],
"X posts verbatim with URL and @handle; second post's topic only in quoted post context (cells from China); Starlink post not gold")

doc(94, "x_roundup", "article",
"Beware the fake Elon: parody accounts post on China",
"""
Several posts attributed to Elon Musk about China went viral this week. None of them were his.

A parody account, @elonmusk_cn, which is not affiliated with Musk, posted: "China is the greatest country on Earth, moving Tesla HQ to Shenzhen." It had been viewed 9 million times by Friday.

Musk's real account, @elonmusk, posted on Wednesday about the launch of Grok Imagine and on Thursday about a SpaceX Dragon docking: "Perfect docking with the ISS."

X labelled the parody account on Friday.
""",
[],
"parody account namesake; his real posts are about Grok and Dragon")

doc(95, "opinion", "article",
"Europe should listen to what Musk says about Chinese cars",
"""
Elon Musk is not usually a reliable guide to policy. But on Chinese carmakers he has been consistent, and largely right.

"They are going to set up factories in Europe whether Europe likes it or not, and the smart move is to make them do it on European terms," he said at a Berlin event last year. It is a point Brussels has been slow to grasp.

Musk also said, at the same event, that Europe needed "way more nuclear power." That is a different argument, for a different column.

For now, the lesson is simple: tariffs buy time, not competitiveness.
""",
["They are going to set up factories in Europe whether Europe likes it or not, and the smart move is to make them do it on European terms,"],
"opinion; 'They' refers to Chinese carmakers in preceding sentence; nuclear remark not gold; columnist's analysis not gold")

doc(96, "opinion", "article",
"What if Musk simply said what he thinks about Beijing?",
"""
Imagine Elon Musk posting, one morning, "The Chinese Communist Party is a threat to free speech." The reaction would be enormous. Tesla's share price would probably fall. Beijing would be furious.

He won't, of course. And it's worth asking why a man who comments on almost everything is so quiet on this one subject.

His defenders say he is simply being pragmatic. His critics say he is compromised. Both may be right.
""",
[],
"columnist's hypothetical post invented for argument, not his statement; critics/defenders not his")

doc(97, "liveblog", "article",
"Tesla shareholder meeting: as it happened",
"""
15:30 The meeting opens. Board chair Robyn Denholm thanks shareholders for approving the pay package.

15:48 Musk takes the stage, dancing, to AC/DC.

16:02 He says Tesla will produce "about a million" Optimus robots a year by 2030.

16:15 A shareholder asks about China. Musk says the Chinese market is "brutally competitive," then adds: "But our team there is world-class, and we're not backing down."

16:40 He closes by saying he "might" take Tesla's AI chip business into a separate company. No details.
""",
["the Chinese market is \"brutally competitive,\"",
 "But our team there is world-class, and we're not backing down."],
"liveblog; shareholder's question not gold; 'there' refers to China; Optimus and chip remarks not gold")

doc(98, "machine_translated", "article",
"Musk accepts interview: Chinese team very strong, Tesla will not leave Chinese market",
"""
Recently, Musk in accepting one foreign media interview time talked about Chinese market. He said: "Chinese team very strong, the speed is fastest in the world. Tesla will never leave Chinese market."

Talking about competition, Musk expressed, domestic brands such as BYD, Xiaomi progress is huge, "they are very respectable opponents."

In addition, Musk also revealed, SpaceX next generation rocket will in next year make first flight.
""",
["Chinese team very strong, Tesla will not leave Chinese market",
 "Chinese team very strong, the speed is fastest in the world. Tesla will never leave Chinese market.",
 "domestic brands such as BYD, Xiaomi progress is huge",
 "they are very respectable opponents."],
"machine-translated (domestic = Chinese brands); rocket remark not gold")

doc(99, "other", "article",
"Tech Brief: Musk praises Huawei; Apple's new chip; Nvidia earnings",
"""
MUSK ON HUAWEI. In a rare compliment for a Chinese tech giant, Elon Musk wrote on X that Huawei's new foldable phone was "remarkable engineering," adding that the company "should not be underestimated." His post came in response to a teardown video.

APPLE. The M5 chip is here, and it's fast.

NVIDIA. Earnings Wednesday after the bell. Expect a beat.
""",
["Huawei's new foldable phone was \"remarkable engineering,\"",
 "should not be underestimated."],
"newsletter item; 'the company' refers to Huawei; journalist framing 'rare compliment' not gold")

doc(100, "other", "label", "Chinese Foreign Ministry regular press conference (excerpt, English transcript)",
"""
Bloomberg: Elon Musk made comments about Taiwan on a podcast this week. Does the ministry have a response?
Lin Jian: I am not aware of the specific comments. China's position on the Taiwan question is consistent and clear. Taiwan is an inalienable part of China's territory.
AFP: A follow-up. Has Mr Musk been invited to visit China again?
Lin Jian: We welcome foreign entrepreneurs, including Mr Musk, to invest and develop in China.
""",
[],
"press-conference transcript: journalists mention his Taiwan comments without content; spokesman's words about China are not his")
