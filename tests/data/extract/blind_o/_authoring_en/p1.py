from common import D, V
# ---------- wire ----------
D("wire","article","Tesla's Musk says Chinese carmakers will 'demolish' rivals without trade barriers",
'AUSTIN, Texas (Reuters) - Tesla Chief Executive Elon Musk said on Wednesday that Chinese carmakers would "pretty much demolish most other car companies in the world" if trade barriers were removed. '
'Speaking on a call with analysts after Tesla reported quarterly results, Musk said the company was seeing intense competition in its biggest overseas market. '
'"They are extremely competitive, they work incredibly hard, and they are very smart," he said. '
'Musk also said Tesla would unveil a new version of its Optimus humanoid robot by the end of the year. '
'Tesla shares rose 3% in after-hours trading. BYD, the world\'s largest maker of electric vehicles by some measures, did not immediately respond to a request for comment.',
["Chinese carmakers will 'demolish' rivals without trade barriers",
 "pretty much demolish most other car companies in the world",
 "They are extremely competitive, they work incredibly hard, and they are very smart"],
"plain positive; headline two-part claim; 'they' continuation; off-topic Optimus remark in same article")

D("wire","article","Chinese battery maker founder recalls meeting Musk",
'NINGDE, China (Reuters) - Zeng Yuqun, founder of Contemporary Amperex Technology Co Ltd (CATL), said on Thursday he once told Elon Musk that Tesla could never match CATL\'s cost per kilowatt-hour. '
'"I told him, you are a genius at cars, but batteries are our business," Zeng told reporters at the company\'s headquarters. '
'Zeng said the two men had met several times in Shanghai and that relations remained cordial. '
'Tesla did not respond to a request for comment. CATL supplies batteries for Tesla vehicles built at its Shanghai factory.',
[], "someone else's words with Musk as object; dateline sentence")

D("wire","article","Musk, in Beijing video address, says China's AI progress is 'underrated'",
'BEIJING (Reuters) - Elon Musk, speaking by video link to a technology conference in Beijing on Tuesday evening after a delayed start caused by technical problems, said China\'s progress in artificial intelligence was "very much underrated" by the West. '
'The billionaire, whose Tesla makes roughly half of its cars at a Shanghai plant, added that Chinese engineers were building "extremely capable" models at a fraction of U.S. costs. '
'He also repeated his long-standing warning that AI could pose an existential risk to humanity and called for a global regulatory referee. '
'Organisers said more than 2,000 people attended the session.',
["China's AI progress is 'underrated'", "very much underrated",
 "Chinese engineers were building \"extremely capable\" models at a fraction of U.S. costs"],
"subject and speech verb far apart; off-topic AI-risk remark not gold")

D("wire","article","Tesla CEO Musk visits Shanghai, meets Premier",
'SHANGHAI (Reuters) - Tesla Chief Executive Elon Musk arrived in Shanghai on Sunday on an unannounced visit and met Chinese Premier Li Qiang, according to two people familiar with the matter. '
'Musk toured the company\'s Shanghai gigafactory and met local executives, the sources said. '
'Chinese state media said Li told Musk that China would continue to open its market to foreign firms. '
'Tesla did not respond to requests for comment. Musk has visited China several times since the factory opened in 2019.',
[], "actions (visited, met) not statements; other person's words to Musk")

D("wire","article","Musk says Tesla's China sales held up despite price war",
'(Bloomberg) -- Elon Musk said Tesla\'s sales in China held up better than expected in the second quarter despite a bruising price war led by BYD Co. and a wave of new models from local startups. '
'"China is the most competitive market in the world, by far," Musk told investors at the company\'s annual shareholder meeting in Austin, Texas, on Thursday. '
'"If you can win there, you can win anywhere." '
'Musk said the company\'s next-generation vehicle platform was on track for production next year, and he reiterated that Tesla\'s Cybertruck would get a cheaper trim. '
'Tesla delivered about 130,000 China-made cars in the quarter, according to the China Passenger Car Association.',
["Tesla's sales in China held up better than expected in the second quarter despite a bruising price war led by BYD Co. and a wave of new models from local startups",
 "China is the most competitive market in the world, by far", "If you can win there, you can win anywhere."],
"plain positive; continuation quote; off-topic product remarks")

D("wire","article","Kimbal Musk says Chinese farmers are teaching him about vertical farming",
'SHENZHEN (AP) - Kimbal Musk, the restaurateur and Tesla board member who is the younger brother of Elon Musk, said on Monday that Chinese agricultural startups were "years ahead" in vertical farming. '
'"I came here to learn, and I am learning a lot," Kimbal Musk said during a tour of an indoor farm in Shenzhen. '
'He said he planned to invest in two Chinese startups. Elon Musk was not part of the trip.',
[], "other Musk (Kimbal) talking about China, not the watched speaker")

D("wire","article","Musk denies plan to sell Tesla's Shanghai factory",
'HONG KONG (Reuters) - Elon Musk on Friday rejected a media report that Tesla was exploring a sale of its Shanghai factory, saying the plant was "a core part of Tesla\'s future". '
'Musk wrote on X that the report was "utterly false" and that Tesla had never held talks with any buyer for the plant. '
'The Hong Kong-based newspaper that published the report said it stood by its story. '
'Tesla\'s Shanghai plant, its first outside the United States, can make more than 950,000 cars a year.',
["a core part of Tesla's future", "the report was \"utterly false\" and that Tesla had never held talks with any buyer for the plant"],
"denial that states his claim; X post described")

D("wire","article","Analysts say Musk overstates China threat to Tesla",
'NEW YORK (Reuters) - Several Wall Street analysts said on Tuesday that Tesla CEO Elon Musk was overstating the competitive threat from Chinese automakers to justify price cuts. '
'"Elon likes to say the Chinese will crush everyone, but the numbers don\'t support it yet," said Gary Black, managing partner at The Future Fund. '
'Another analyst, who asked not to be named, said Musk had a habit of using China as a "convenient bogeyman". '
'Tesla shares fell 1.2% on the day.',
[], "analysts paraphrasing him critically; rival quoting him back")

# ---------- liveblog ----------
D("liveblog","article","Live: Tesla shareholder meeting 2025 - all the updates",
'18:02 CT - Welcome to our live coverage of Tesla\'s annual meeting in Austin. Elon Musk is expected on stage shortly.\n'
'18:15 CT - Musk takes the stage to loud cheers, dancing briefly with two Optimus robots.\n'
'18:21 CT - Musk on robotaxis: "We will have driverless cars in about half of the US population areas by year-end."\n'
'18:34 CT - Now on to China. Musk says the Chinese EV industry is "the toughest competition we\'ve ever faced."\n'
'18:35 CT - He adds: "Frankly, their supply chain is better than ours and we should copy it."\n'
'18:40 CT - A shareholder asks about Mars. Musk says Starship could carry the first uncrewed missions in 2026.\n'
'18:52 CT - Vote results are in: all board proposals pass.',
["the Chinese EV industry is \"the toughest competition we've ever faced.\"", "Frankly, their supply chain is better than ours and we should copy it."],
"liveblog; 'their' refers to Chinese EV industry; robotaxi and Mars remarks not gold")

D("liveblog","article","As it happened: Musk at the Paris VivaTech conference",
'10:05 - Elon Musk has joined by video link. He starts with a joke about the French pronunciation of Tesla.\n'
'10:11 - Asked about European regulators, Musk says: "They\'re way too slow. They take five years to approve something that should take five weeks."\n'
'10:18 - On X, Musk says the platform will add payments in France "soon."\n'
'10:24 - Musk says he is "very optimistic" about AI but repeats that it needs oversight.\n'
'10:30 - Session ends. Musk did not address questions about Tesla\'s sales in Asia.',
[], "'they' refers to European regulators, not China; framing mentions Asia but no statement")

D("liveblog","article","Live updates: Musk in Beijing - day two",
'09:10 Beijing time - Musk\'s motorcade has left the hotel in Chaoyang district.\n'
'09:45 - Musk arrives at the China Council for the Promotion of International Trade. No remarks to reporters.\n'
'11:20 - State broadcaster CCTV shows Musk shaking hands with Vice Premier Ding Xuexiang.\n'
'11:32 - CCTV says Ding told Musk that Beijing welcomed Tesla to "deepen its roots" in China.\n'
'13:00 - Musk leaves for the airport. We will update if he posts on X.',
[], "actions and other officials' words; no statements of his")

D("liveblog","article","Tesla Q3 earnings live: Musk weighs in on tariffs",
'4:31 p.m. ET - Tesla beat on revenue, missed on EPS. Call starts in 15 minutes.\n'
'4:48 p.m. - Musk opens the call. He says the quarter was "a tough one, but we got through it."\n'
'4:55 p.m. - Musk on tariffs: "The tariffs on Chinese parts hit us less than people think, because we localized most of our supply chain years ago."\n'
'4:57 p.m. - He says tariffs on China-made cells will raise the cost of Megapack "a little" but not materially.\n'
'5:10 p.m. - CFO Vaibhav Taneja says capex guidance is unchanged.',
["The tariffs on Chinese parts hit us less than people think, because we localized most of our supply chain years ago.",
 "tariffs on China-made cells will raise the cost of Megapack \"a little\" but not materially"],
"liveblog; tariffs on Chinese parts; off-topic opener")

D("liveblog","article","Live: Starship Flight 9 launch from Starbase",
'7:00 p.m. CT - Launch window opens in 30 minutes.\n'
'7:22 p.m. - Elon Musk on X: "Excitement is guaranteed."\n'
'7:36 p.m. - Liftoff! All 33 Raptors lit.\n'
'7:45 p.m. - Musk says the booster catch was "a bit sporty" but successful.\n'
'7:58 p.m. - Chinese state media reported on the launch within minutes, noting China\'s own reusable rocket plans.\n'
'8:10 p.m. - Musk, asked by a reporter when the next flight would be, said only: "Probably six weeks."',
[], "China mentioned in context; his remarks about rockets, next-flight date not China - hard negative")

# ---------- aggregator_headline ----------
D("aggregator_headline","article","Musk says China has an electricity advantage - Reuters","",
["China has an electricity advantage"], "aggregator title with publisher suffix")
D("aggregator_headline","article","Elon Musk posts about Chinese battery prices - Electrek","",
[], "headline fragment: only says he posted")
D("aggregator_headline","article","Musk: BYD is 'very competitive' now, unlike 10 years ago - CNBC","",
["BYD is 'very competitive' now, unlike 10 years ago"], "aggregator title, colon-claim headline")
D("aggregator_headline","article","Musk and China: the debate goes on - Financial Times","",
[], "framing headline only")
D("aggregator_headline","article","Tesla's Musk praises China's engineers, says they are the best in the world - Bloomberg","",
["they are the best in the world"], "two-verb headline; claim part is gold")
D("aggregator_headline","article","Elon Musk warns Taiwan is 'integral' to Beijing's view - South China Morning Post","",
["Taiwan is 'integral' to Beijing's view"], "aggregator; Taiwan in relation to China")
D("aggregator_headline","article","Musk speaks at Tesla shareholder meeting amid China sales slump - Yahoo Finance","",
[], "headline says he spoke; China in framing only")
D("aggregator_headline","article","Musk says Starship will reach Mars in 2026 as Chinese rivals watch - Space.com","",
[], "claim is about Mars, China only in neighbourhood")

# ---------- short_summary ----------
D("short_summary","article","Musk says Chinese EV prices will keep falling",
"Tesla CEO Elon Musk said on Monday that prices of Chinese electric vehicles would keep falling for at least two more years, putting pressure on Western automakers.",
["prices of Chinese electric vehicles would keep falling for at least two more years, putting pressure on Western automakers", "Chinese EV prices will keep falling"],
"one-sentence summary; plain positive")
D("short_summary","article","Musk talks China in new interview",
"In a wide-ranging interview released Tuesday, Elon Musk discussed Tesla's business in China, the company's robotaxi plans and his relationship with the White House.",
[], "summary only says he talked; no claim")
D("short_summary","article","BYD chief hits back at Musk",
"BYD chairman Wang Chuanfu said Elon Musk's past dismissal of the Chinese carmaker was 'a mistake he has now corrected'. Wang spoke at an event in Shenzhen.",
[], "rival's words about Musk")
D("short_summary","article","Musk on TikTok ban",
"Elon Musk said a U.S. ban on TikTok would be against free speech, though he added that he had never used the Chinese-owned app himself.",
["a U.S. ban on TikTok would be against free speech", "he had never used the Chinese-owned app himself"],
"TikTok; 'he added' continuation")
