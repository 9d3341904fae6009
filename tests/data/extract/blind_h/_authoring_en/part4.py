from common import P, L, doc

DOCS = []
A = DOCS.append

# ---------------- podcast_unlabelled ----------------
A(doc("podcast_unlabelled", "unlabeled", "Moonshot Hour, episode 212",
 P("Welcome back to Moonshot Hour. My guest today needs no introduction: Elon Musk. Elon, thanks for coming on.",
   "Thanks for having me. Good to be here.",
   "Let's start with China, because your sales there have been under pressure for a year now. What's going on?",
   "⟦Well, the Chinese market is the most competitive car market in the world, by a long way⟧. ⟦There are domestic companies there that are very, very good, and they're willing to accept much lower margins than we are⟧.",
   "Do you think Tesla can still win there?",
   "⟦I think we can hold our own in China. We're not going to be the biggest, but we'll be profitable⟧.",
   "Let's switch to Neuralink. How many patients have the implant now?",
   "Twelve, as of last week. And they're all doing well, which is great. The next one is in Canada."),
 "unlabelled transcript: guest turns about China gold; 'they' = domestic Chinese companies; Neuralink turn not gold; host questions not gold",
 guests=["Elon Musk"]))

A(doc("podcast_unlabelled", "unlabeled", "The Frontier Podcast: Elon Musk on Neuralink",
 P("This is The Frontier. I'm your host, and today I'm talking to Elon Musk about Neuralink, which has now implanted its device in more than a dozen people.",
   "There's a lot of activity in this field now. Synchron here in the U.S., academic groups in Europe, and several startups in China that say they've implanted their own devices under a national program. But let me start with your patients. How is the first one doing?",
   "He's doing great. He's playing video games, he's browsing the web, he's better at some games than able-bodied people, which is kind of wild.",
   "What's the next milestone?",
   "Blindsight. We want to restore vision to someone who's been blind since birth, hopefully next year, subject to regulatory approval.",
   "And long term?",
   "Long term, the goal is a high-bandwidth connection between the brain and AI, so that humans aren't left behind."),
 "China mentioned only in the host's question; guest's turns are about Neuralink; no gold",
 guests=["Elon Musk"]))

A(doc("podcast_unlabelled", "unlabeled", "The Build, episode 88: Elon Musk",
 P("My guest today is Elon Musk. Elon, there's a popular view in Washington that China got where it is mostly by stealing technology. What do you make of that?",
   "⟦Do people really think China got good at making cars by accident?⟧ ⟦They worked incredibly hard for twenty years⟧.",
   "So you don't buy the IP-theft argument at all?",
   "⟦Oh sure, China just copies everything, that's why they have the best battery companies on Earth⟧. Come on.",
   "Fair. Let's talk about Starship. What's the biggest engineering problem left?",
   "The heat shield. Making it fully reusable without replacing tiles is brutally hard. We're not there yet."),
 "unlabelled transcript: rhetorical question and sarcasm about China (gold); host's framing not gold; heat-shield turn not gold",
 guests=["Elon Musk"]))

A(doc("podcast_unlabelled", "unlabeled", "Ageless, with Maye Musk",
 P("Welcome to Ageless. Today's guest is the model, dietitian and author Maye Musk, who has just returned from a book tour across China.",
   "Thank you, darling. It was my twelfth trip. I did Beijing, Hangzhou and Chengdu this time.",
   "What is it about China that keeps you going back?",
   "The readers. Chinese women send me the sweetest letters. And the food in Chengdu, I could eat it every day.",
   "Has Elon been with you on any of these trips?",
   "No, he's too busy. I go on my own. That's how I like it."),
 "Maye Musk talks about China in an unlabelled transcript; Elon only mentioned by the host; no gold",
 guests=["Maye Musk"]))

A(doc("podcast_unlabelled", "unlabeled", "Macro Matters: tariffs with Elon Musk",
 P("Today on Macro Matters we're joined by Elon Musk. Elon, the administration just raised tariffs on Chinese goods again. Good idea or bad idea?",
   "⟦Tariffs on Chinese goods are basically a tax on American consumers⟧. ⟦I understand the national security argument for some things, like chips, but a blanket tariff on everything from China doesn't make sense to me⟧.",
   "What about your own supply chain? Tesla still buys a lot from China.",
   "⟦We've reduced it a lot, but yes, there are some battery materials where China is basically the only source right now⟧.",
   "What should the U.S. be doing on energy?",
   "Build a lot more solar and a lot more batteries, and stop making it so hard to connect them to the grid. Permitting takes years. It's crazy."),
 "unlabelled transcript on Chinese tariffs (gold); US energy policy turn not gold",
 guests=["Elon Musk"]))

A(doc("podcast_unlabelled", "unlabeled", "China Decoded: what Musk gets wrong",
 P("Welcome to China Decoded. My guest is Li Wen, an economist at a Beijing think tank who has written extensively about foreign carmakers in China.",
   "Thanks for having me.",
   "Elon Musk has been very complimentary about Chinese carmakers lately. How is that received in Beijing?",
   "Officials like it, of course. But many people in the industry think he only praises Chinese companies when Tesla needs something, like approval for its driving software.",
   "Is that fair?",
   "Partly. I met him once, at the Shanghai factory opening. He was very curious, asked a lot of questions about supply chains. But I think he underestimates how fast Chinese companies are moving in software."),
 "Chinese economist discusses Musk; host paraphrases his praise in a question; no statement of his",
 guests=["Li Wen"]))

A(doc("podcast_unlabelled", "unlabeled", "Full Send, episode 301",
 P("Elon, welcome back. You've been travelling a lot lately: Beijing, Riyadh, Rome. How do you find time for the kids?",
   "I bring them with me sometimes. X was on the Rome trip. He liked the Colosseum.",
   "And the media coverage of your family?",
   "Honestly, they write whatever gets clicks. The legacy media has no interest in the truth.",
   "Last question: will you ever slow down?",
   "Probably not. There's too much to do, and I like the work."),
 "host mentions Beijing in passing; his turns are about family and 'they' = legacy media; no gold",
 guests=["Elon Musk"]))

# ---------------- vtt ----------------
A(doc("vtt", "vtt", "CNBC: Elon Musk full interview", "",
 "vtt: China answers gold inside single cues; Starship answer and interviewer lines not gold",
 cues=[("David Faber", "Elon, let's talk about China. Your sales there were down again last quarter."),
       ("Elon Musk", "⟦Yeah, I mean, it's the most competitive car market in the world by far⟧."),
       ("Elon Musk", "⟦The Chinese companies are incredibly good at manufacturing, and they're relentless⟧."),
       ("David Faber", "Are you worried about Xiaomi in particular?"),
       ("Elon Musk", "⟦Xiaomi's a good company. Lei Jun is a friend of mine, actually⟧."),
       ("David Faber", "Let me ask you about Starship before we run out of time."),
       ("Elon Musk", "We're going to try for orbit again in about six weeks.")]))

A(doc("vtt", "vtt", "", "",
 "vtt: interviewer raises China's space program; his cues are about Starship and Mars; no gold",
 cues=[("Interviewer", "China says it will put astronauts on the moon before 2030. Some people in Congress call that a new space race."),
       ("Interviewer", "But let me ask about Starship first. What went wrong on the last flight?"),
       ("Elon Musk", "We had a leak in the aft section that led to a fire. We've made changes, and we think it's fixed."),
       ("Elon Musk", "The goal is still to send uncrewed ships to Mars at the end of next year."),
       ("Interviewer", "And crew?"),
       ("Elon Musk", "Maybe two years after that, if the uncrewed landings go well.")]))

A(doc("vtt", "vtt", "Tesla Shanghai fifth anniversary: Musk video message", "",
 "vtt: one claim split across two cues (gold per cue); non-China closing line not gold",
 cues=[("Elon Musk", "Hi everyone. I'm sorry I can't be there in person."),
       ("Elon Musk", "⟦So the thing about the Shanghai factory⟧"),
       ("Elon Musk", "⟦is that it was built in, what, eleven months? Nobody thought that was possible⟧."),
       ("Elon Musk", "⟦The team in China is truly world-class, and I'm incredibly proud of them⟧."),
       ("Elon Musk", "Okay, I have to go, we have a launch in about an hour. Thank you!")]))

A(doc("vtt", "vtt", "Zhenhai Motors founder on competition (English interpretation)", "",
 "vtt: Chinese CEO via interpreter speaks about Musk; interviewer line; no Musk cue",
 cues=[("Interviewer", "Mr Lu, you've met Elon Musk several times. What is he like?"),
       ("Interpreter", "Mr Musk visited our factory in Ningbo in 2019. He looked at our welding line for a long time."),
       ("Interpreter", "I told him Chinese carmakers would be exporting millions of cars within five years. He did not believe me."),
       ("Interpreter", "Now we export more than Japan. So, I think he believes me now.")]))

A(doc("vtt", "vtt", "", "",
 "vtt: DeepSeek and Chinese AI (gold); 'they' = Chinese AI companies; Grok cue not gold",
 cues=[("Host", "DeepSeek shocked a lot of people this year. Were you surprised?"),
       ("Elon Musk", "⟦Not really. DeepSeek is a very capable team⟧."),
       ("Elon Musk", "⟦The Chinese AI companies are going to be very competitive, they have a lot of talent and they move fast⟧."),
       ("Host", "And Grok?"),
       ("Elon Musk", "Grok 5 will be the smartest AI in the world. I'm pretty confident about that.")]))

A(doc("vtt", "vtt", "Musk at Tesla Shanghai delivery event", "",
 "vtt: event in Shanghai, but 'they' = U.S. federal regulators (NHTSA); Cybercab date; no gold",
 cues=[("Reporter", "You're here in Shanghai, but let's talk about the U.S. for a second. Federal regulators just opened another probe into FSD."),
       ("Elon Musk", "They do this every few months. It's fine. We share all our data with them."),
       ("Reporter", "When does Cybercab production start?"),
       ("Elon Musk", "April, in Texas. Volume later in the year.")]))

A(doc("vtt", "vtt", "China Development Forum 2025: dialogue with Elon Musk", "",
 "vtt at a Beijing forum: China claims gold (incl. 'here' = China); moderator lines not gold; Mars joke not gold",
 cues=[("Moderator", "Mr Musk, welcome to the China Development Forum. What role do you see for foreign companies in China's next five years?"),
       ("Elon Musk", "⟦I think China will continue to be the most important manufacturing country in the world⟧."),
       ("Elon Musk", "⟦And foreign companies that invest here will do well, if they're willing to compete hard⟧."),
       ("Moderator", "And for Tesla specifically?"),
       ("Elon Musk", "⟦We're going to keep investing in Shanghai. Energy storage especially⟧."),
       ("Moderator", "Finally, will you invite us to Mars?"),
       ("Elon Musk", "Of course. Everyone's invited. Bring a warm coat.")]))

# ---------------- machine_translated ----------------
A(doc("machine_translated", "article",
 "Musk: ⟦China new energy vehicle industry development speed is world first⟧",
 P("On 15th, Tesla CEO Musk on social platform X posted saying, ⟦China new energy automobile industry development is very fast, Chinese car enterprises are very have competitiveness⟧.",
   "Musk expressed, ⟦Tesla Shanghai super factory is Tesla global most high efficiency factory⟧.",
   "Reporter understands, Tesla Shanghai super factory in 2019 year started construction, same year completed and put into production, is Tesla in overseas first super factory.",
   "Data shows, this year 1 to 9 month, Tesla China wholesale sales amount to 650,000 units, year-on-year growth 3%."),
 "machine-translated English from Chinese: stiff 'posted saying,' and 'expressed,' introducing his claims; reporter/data sentences not gold"))

A(doc("machine_translated", "article",
 "Musk arrives Shanghai, visits super factory",
 P("According to informed persons revealed, Tesla CEO Musk on 8th afternoon arrived Shanghai, visited Tesla Shanghai super factory, and with relevant leaders conducted meeting.",
   "During the visit, Musk inspected the new model production line, and with front-line employees took group photo.",
   "Industry insider analysis believes, Musk this visit is for FSD entering Chinese market paving the road. Tesla China side did not respond to this.",
   "It is worth noting that, this is Musk within one year the second time visiting China."),
 "machine-translated: visit and meeting are actions; analyst's belief not his statement; no gold"))

A(doc("machine_translated", "article",
 "Musk: ⟦Chinese market to Tesla is extremely important⟧",
 P("Tesla CEO Elon Musk on local time 13th in United States Texas state Austin city held Tesla annual shareholder conference on expressed, ⟦Chinese market for Tesla is extremely important, Tesla will continue to increase in China investment⟧.",
   "Musk said, ⟦Chinese consumers to intelligent driving acceptance degree very high, this is Tesla opportunity⟧.",
   "At the conference, Musk also introduced Optimus humanoid robot newest progress, and said next year will start small batch production.",
   "Shareholder conference passed all proposals."),
 "machine-translated: long locative phrase between subject and 'expressed'; 'Musk: claim' headline gold; Optimus remark not gold"))

A(doc("machine_translated", "article",
 "Netizens hot discuss: Musk again praises China?",
 P("Recently, one section about Musk praising Chinese engineers video on Weibo caused hot discussion, reading amount exceeded 300 million times.",
   "Some netizens said: \"Musk every time praises China, is because Tesla needs something.\" Also netizens said: \"Regardless of the reason, he said is the truth.\"",
   "Automobile industry analyst Zhang Hao to reporter expressed, Musk is very smart businessman, he understands Chinese market importance.",
   "Reporter noticed, this video actually is two years ago content, recently was re-edited and spread."),
 "machine-translated: netizens' and analyst's words about him; the video's content is never given; no gold"))

A(doc("machine_translated", "article",
 "Musk: ⟦Chinese engineers quantity and quality both are world first class⟧",
 P("In one interview, Musk believes, ⟦Chinese engineers quantity and quality both are world first class, Tesla Shanghai team is very excellent⟧.",
   "He also said, ⟦Chinese supply chain is very complete, almost all components can be found in Yangtze River Delta region within four hours driving⟧.",
   "He supplemented to say, ⟦Tesla will continue and Chinese suppliers cooperation⟧.",
   "When talking about SpaceX, Musk expressed Starship will next month carry out new one round test flight."),
 "machine-translated: 'Musk believes,' 'He also said,' 'He supplemented to say' continuations (gold); SpaceX remark not gold"))

A(doc("machine_translated", "article",
 "China lunar exploration project new progress, Musk also focuses on Mars",
 P("China Manned Space Engineering Office on 20th announced, Mengzhou manned spacecraft completed key test, for year 2030 before realizing Chinese people landing on moon laid foundation.",
   "Same day, SpaceX founder Musk on social platform posted saying, \"Mars is humanity's next frontier, Starship will make it possible.\"",
   "Experts expressed, China and United States in deep space exploration field competition increasingly fierce.",
   "Reporter learned, Long March ten carrier rocket research and development work also smoothly advancing."),
 "machine-translated China-space article; his post is about Mars; experts' words not his; no gold"))

A(doc("machine_translated", "article",
 "Musk accepts interview: ⟦Tesla China team gives me biggest surprise⟧",
 P("Tesla CEO Musk in recent accepting American media interview time said, ⟦Tesla China team gives me biggest surprise, their work efficiency is very high⟧.",
   "Musk said, ⟦domestic new energy car enterprises progress very fast, Tesla must learn from them⟧.",
   "When asked about United States politics, Musk said he not will again large amount donate.",
   "Tesla Shanghai super factory currently annual production capacity exceeds 950,000 vehicles."),
 "machine-translated: 'domestic' (from 国内) meaning Chinese carmakers, 'their'/'them' pronouns (gold); US politics remark not gold; headline carries his first-person claim (gold)"))

# ---------------- short_summary ----------------
A(doc("short_summary", "article",
 "Tesla's Musk speaks on Shanghai plant amid China slowdown",
 "Elon Musk said on Tuesday that ⟦Tesla would keep expanding its Shanghai plant despite slowing demand in the world's second-largest economy⟧.",
 "one-sentence RSS summary; China referred to as 'the world's second-largest economy'; headline only says he spoke (not gold)"))

A(doc("short_summary", "article",
 "Musk fires off posts on Chinese solar makers",
 "Elon Musk posted a series of comments about Chinese solar manufacturers on X on Sunday, drawing sharp replies from U.S. industry figures.",
 "summary only describes that he posted about China; no content"))

A(doc("short_summary", "article",
 "Musk in Riyadh: ⟦Beijing's EV support 'unlike anything in the West'⟧",
 "The billionaire, speaking on a panel at an investment conference in Riyadh on Wednesday, said ⟦Beijing's support for electric-vehicle makers was \"unlike anything in the West\" and had made it hard for foreign rivals to keep up⟧. He did not say whether Tesla had benefited.",
 "'the billionaire' + far-apart verb; Beijing = China; 'Musk in Riyadh: claim' headline gold"))

A(doc("short_summary", "article",
 "Tesla China sales slip 9% in May",
 "Tesla's sales of China-made vehicles fell 9% in May from a year earlier, data from the China Passenger Car Association showed, as Elon Musk focused on the launch of the company's robotaxi service in Austin.",
 "China sales summary mentioning Musk only as actor; no statement"))

A(doc("short_summary", "article",
 "Musk denies Tesla shares data with Chinese authorities",
 "Elon Musk on Friday denied that Tesla shares vehicle data with Chinese authorities, saying ⟦its cars in China store data locally and that the government has never asked for it⟧.",
 "denial: 'denied that ...' clause is not his claim; the 'saying ...' clause is (gold); headline describes the denial"))

A(doc("short_summary", "article",
 "Maye Musk says Shanghai is her 'second home'",
 "Maye Musk, the model and mother of Tesla CEO Elon Musk, said on Saturday that Shanghai had become her \"second home\" during a book tour across China.",
 "other person named Musk; no statement of the watched speaker"))

A(doc("short_summary", "article",
 "Musk: ⟦Chinese battery prices to halve⟧",
 "Tesla Chief Executive Elon Musk predicted on Wednesday that ⟦battery prices in China would halve again by 2027⟧, citing overcapacity among cell makers.",
 "headline 'Musk: claim' plus one-sentence summary with reported prediction; both gold"))

A(doc("short_summary", "article",
 "Geely chairman says Musk 'welcome' at Hangzhou plant",
 "Geely Holding chairman Li Shufu said on Thursday that Elon Musk was \"welcome to visit anytime\" and that the two had exchanged messages about solid-state batteries.",
 "another executive's words with Musk as object; no gold"))

A(doc("short_summary", "article",
 "Musk to visit China next week to discuss self-driving rollout, sources say",
 "Tesla CEO Elon Musk plans to travel to Beijing next week to seek approval for the company's driver-assistance software, two people familiar with the matter said.",
 "planned action reported by sources; no statement of his"))

# ---------------- other ----------------
A(doc("other", "article",
 "☕ The Morning Charge: Musk's China charm offensive",
 P("Good morning. Here's what's moving the EV world today.",
   "Musk goes on Chinese TV. In a rare interview with state broadcaster CCTV, Elon Musk said ⟦Tesla would \"always be a friend of China\"⟧ and that ⟦the Shanghai factory was \"the crown jewel\" of the company⟧. Sound familiar? He said almost exactly the same thing in 2020.",
   "Rivian's new R2 is delayed (again). The company blamed a supplier issue.",
   "Battery metals. Lithium prices rose 6% last week after a mine closure in Jiangxi province.",
   "That's it for today. See you tomorrow."),
 "newsletter item with his reported claims about China (gold); newsletter's own quip not gold"))

A(doc("other", "article",
 "Review: a new biography asks what Elon Musk really thinks about China",
 P("The most revealing chapter of \"The Gambler\", a new biography of Elon Musk by journalist Claire Hendon, concerns Tesla's Shanghai factory.",
   "Hendon writes that Musk believed, in 2018, that China would eventually \"own\" the battery supply chain, and that he bet the company on being inside it rather than outside it. She cites two unnamed former executives.",
   "Whether he really thought that, or whether it is a retrospective tidying-up of a messy decision, Hendon can't say, and she admits as much.",
   "The book is stronger on SpaceX, where Hendon had access to dozens of engineers. Still, at 600 pages, it could have lost a hundred.",
   "\"The Gambler\" is published by Halvard Press, $35."),
 "biographer's paraphrase of what he believed, sourced to third parties; reviewer's words; no gold"))

A(doc("other", "article",
 "Excerpts: Elon Musk's remarks at the Giga Shanghai Phase 3 opening",
 P("The following are excerpts from remarks Elon Musk delivered by video at the opening of the third phase of Tesla's Shanghai factory on Friday, as distributed by the company.",
   "\"⟦When we came to Shanghai in 2018, this was farmland. Today it's the most productive car factory in the world⟧.\"",
   "\"⟦I want to thank the Shanghai government and the people of China for their support. We could not have done it anywhere else⟧.\"",
   "\"Our mission is to accelerate the world's transition to sustainable energy. That hasn't changed since 2003.\"",
   "\"⟦We're going to keep building here, and we're going to keep hiring here⟧.\""),
 "speech excerpts attributed in the intro only; China paragraphs gold ('here' = Shanghai); generic mission paragraph not gold"))

A(doc("other", "article",
 "r/teslainvestorsclub: Did Musk just throw China under the bus?",
 P("A thread on Reddit's Tesla investors forum drew more than 2,000 comments on Monday after a user posted a screenshot of a cable-news chyron reading \"MUSK SLAMS CHINA.\"",
   "Several users pointed out that the chyron referred to a clip from 2019 about a different topic altogether. \"He was talking about Starlink licensing in India, not China,\" one top-voted comment said.",
   "Others argued that Musk's relationship with Beijing was a growing risk for shareholders regardless.",
   "The moderators eventually locked the thread, citing \"too much speculation and not enough sources.\""),
 "forum summary: users' words; a chyron that describes talking; no statement of his"))

A(doc("other", "article",
 "Press release: Tesla Shanghai rolls out five millionth vehicle",
 P("SHANGHAI, Nov. 12 — Tesla's Shanghai Gigafactory today celebrated the production of its five millionth vehicle, a red Model Y, at a ceremony attended by employees and representatives of Lingang New Area.",
   "\"⟦Giga Shanghai has exceeded every expectation. The team in China is simply extraordinary⟧,\" said Elon Musk, Chief Executive Officer of Tesla.",
   "\"Five million vehicles in under six years is a testament to Lingang's business environment,\" said Chen Jun, director of the Lingang New Area Administration.",
   "About Tesla: Tesla's mission is to accelerate the world's transition to sustainable energy.",
   "Media contact: press@tesla.example"),
 "press release: quote attributed at its end (gold); local official's quote not gold; boilerplate not gold"))

A(doc("other", "article",
 "Fact check: No, Elon Musk did not say 'China should take Taiwan'",
 P("A quote circulating on Facebook and WhatsApp claims Elon Musk said \"China should take Taiwan, it would be good for business.\"",
   "There is no record of Musk saying this. The image accompanying the post is a doctored screenshot of a 2023 conference; the original video shows Musk discussing battery chemistry, and Taiwan is not mentioned.",
   "A search of Musk's posts on X and his public interviews found no similar statement. Tesla did not respond to a request for comment.",
   "Verdict: False. The quote is fabricated."),
 "fabricated quote attributed to him in a fact check is not his statement; the real video is about battery chemistry; no gold"))

A(doc("other", "article",
 "TV listings: Tuesday",
 P("19:30 CCTV-2 — Made in China: The Lingang Story. Documentary on the growth of Shanghai's Lingang industrial zone, including Tesla's first overseas gigafactory. Features archive footage of Elon Musk at the 2019 groundbreaking.",
   "20:30 Documentary Channel — The Rocket Men. SpaceX engineers recall the first Falcon 9 landing.",
   "22:00 Business Tonight — Interviews with fund managers on Chinese equities."),
 "TV listings: Musk appears only as footage subject; no statement"))
