from common import doc

doc(1, "wire", "article",
"Musk says Chinese carmakers would 'flatten' rivals without trade walls",
"""
AUSTIN, Texas (Reuters) - Tesla Chief Executive Elon Musk, speaking on stage at the company's annual shareholder meeting at its Texas gigafactory on Thursday after a 40-minute delay caused by a sound-system fault, said Chinese automakers were now the toughest competitors Tesla faced anywhere.

"Honestly, if nobody puts up trade walls, they would flatten almost every other carmaker on Earth," Musk told a crowd of several thousand investors.

The billionaire also said Tesla's Optimus humanoid robot would go into limited production at the Fremont plant next year, and repeated his view that the robot could eventually be worth more than the car business.

Tesla's sales in China fell 9% in the first four months of the year, according to data from the China Passenger Car Association, as BYD and Geely cut prices.

Shares of Tesla rose 2% in after-hours trading.
""",
["Chinese carmakers would 'flatten' rivals without trade walls",
 "Chinese automakers were now the toughest competitors Tesla faced anywhere",
 "Honestly, if nobody puts up trade walls, they would flatten almost every other carmaker on Earth"],
"long locative/time phrase between name and verb; 'they' refers back to Chinese automakers; non-China Optimus remark in same story not gold")

doc(2, "wire", "article",
"BYD profit jumps 34% as overseas sales surge",
"""
SHENZHEN (Reuters) - BYD Co reported a 34% rise in quarterly net profit on Monday, beating analyst forecasts as exports of its cheaper plug-in hybrids to Latin America and Southeast Asia more than doubled.

The Shenzhen-based company sold 1.1 million vehicles in the quarter, widening its lead over Tesla in global electric-vehicle sales.

"Musk has said for years that the Chinese would be the ones to beat, and he was right," said Li Wen, an auto analyst at Guotai Junan Securities.

Tesla CEO Elon Musk, asked about BYD by reporters at a SpaceX event in Texas on Sunday, declined to discuss the company and instead said the next Starship flight was "about four weeks away."

BYD shares rose 5% in Hong Kong.
""",
[],
"analyst paraphrases Musk's China view (not his statement); his only quote in a China story is about Starship; declining is not a claim")

doc(3, "wire", "article",
"CATL founder says Musk once asked to buy his cells 'by the gigawatt'",
"""
NINGDE, China (Reuters) - Robin Zeng, the founder of Chinese battery giant CATL, said on Tuesday he once told Elon Musk that Tesla's in-house cells would never match CATL's on cost, and that the Tesla boss had laughed and asked to buy CATL cells "by the gigawatt".

Zeng made the remarks at an industry forum in Fujian province.

Musk responded hours later. Writing on X, he said that CATL made "excellent cells" but that Tesla would "still build our own, because no one should depend on a single supplier in one country."

CATL supplies batteries for Tesla's Shanghai-built Model 3 and Model Y.
""",
["CATL made \"excellent cells\" but that Tesla would \"still build our own, because no one should depend on a single supplier in one country.\"",
 ],
"Zeng's recollection of what he told Musk is not gold (dateline + other person's words); Musk's X reply about CATL is gold")

doc(4, "wire", "article",
"Chinese battery maker's founder recalls telling Musk to 'stop trying'",
"""
SHANGHAI (Reuters) - The founder of a Shenzhen-based battery maker said on Wednesday that he had once told Tesla CEO Elon Musk to "stop trying" to build cheaper lithium iron phosphate cells in the United States, because "China has a ten-year head start."

Lu Hao, who founded Sunrise Energy Storage in 2016, told a press conference in Shanghai that the conversation took place during Musk's visit to the city in 2023.

Musk has long courted Beijing, and Tesla's Shanghai factory remains its largest export hub. Tesla did not respond to a request for comment, and Musk, who was posting about a Falcon 9 launch at the time, did not address the remarks.
""",
[],
"dateline sentence with another person's words about what he told Musk; journalist description 'long courted Beijing'; Musk posting about Falcon 9 (not China)")

doc(5, "aggregator_headline", "article",
"Musk says China's engineers are the best in the world - Bloomberg",
"",
["China's engineers are the best in the world"],
"aggregator title carrying his claim; gold without ' - Bloomberg'")

doc(6, "aggregator_headline", "article",
"Musk posts about Chinese battery prices as lithium slides - Electrek",
"",
[],
"headline only says he posted about the topic; no claim carried")

doc(7, "short_summary", "article",
"Tesla's Musk sees China demand holding up",
"Tesla CEO Elon Musk said on Wednesday that demand for the company's cars in China was holding up better than in Europe, despite a bruising price war among local brands.",
["demand for the company's cars in China was holding up better than in Europe, despite a bruising price war among local brands",
 "China demand holding up"],
"plain positive one-sentence summary; headline 'sees China demand holding up' carries claim")

doc(8, "short_summary", "article",
"Musk lands in Beijing for surprise visit",
"Elon Musk arrived in Beijing on Sunday for meetings with senior officials, his first trip to China in over a year, people familiar with the matter said, as Tesla seeks approval for its driver-assistance software.",
[],
"things he did (visited, met), sources' words; no statement")

doc(9, "podcast_labelled", "label", "",
"""
Host (Dana Whitfield): Welcome back to Long Run. My guest today needs no introduction. Elon, thanks for coming on.
Elon Musk: Thanks for having me.
Dana Whitfield: I want to start with the car business. You've got BYD, you've got Xiaomi, you've got NIO, all these Chinese carmakers shipping cars at prices nobody in Detroit can touch.
Elon Musk: Yeah. They're relentless. They work harder than anyone, they iterate faster than anyone, and their supply chain is just incredibly deep.
Dana Whitfield: Is there anything you admire about them specifically?
Elon Musk: The speed. A factory that would take us eighteen months, they'll do in nine. I think people in the West really underestimate that.
Dana Whitfield: Let's switch to Starship. When's the next flight?
Elon Musk: Probably six weeks. We're redoing the heat shield tiles, which is a pain, but it'll be worth it.
""",
["They're relentless. They work harder than anyone, they iterate faster than anyone, and their supply chain is just incredibly deep.",
 "The speed. A factory that would take us eighteen months, they'll do in nine. I think people in the West really underestimate that."],
"China only in host's previous turn; 'they' refers to Chinese carmakers; Starship answer not gold")

doc(10, "podcast_unlabelled", "unlabeled", "",
"""
Welcome back to Orbital. Last week we had a long conversation about China's plan to put astronauts on the moon before 2030, and a lot of you wrote in about that. Today we're talking about something different, and my guest is Elon Musk. Elon, welcome.
Good to be here.
So let's talk about NASA. The budget proposal that came out this week cuts science missions pretty hard. What's your take?
Look, I think they do great work, but they're burdened by procurement rules from the 1970s. They should be buying launches as a service and letting the industry compete. That's how you get costs down.
And Artemis?
I think they'll get there, but the architecture is too complicated. Too many launches, too many handoffs. Simplify it.
""",
[],
"China only in host's intro about last episode; 'they' refers to NASA, not China; unlabeled transcript",
guests=["Elon Musk"])

doc(11, "earnings_call", "label", "Tesla Q2 earnings call transcript (excerpt)",
"""
Travis Axelrod -- Head of Investor Relations: Thank you. The first question from retail investors is about China. Elon?
Elon Musk -- Chief Executive Officer: Sure. So China is the most competitive car market in the world, without a doubt. The local brands are extremely good and they're pricing very aggressively. Our Shanghai team has done an incredible job, and Giga Shanghai is still our most efficient factory by a wide margin. On full self-driving, we're hoping to get approval to roll it out more broadly in China in the second half, but that depends on the regulators there.
Travis Axelrod -- Head of Investor Relations: Thanks. Next question is about Robotaxi in Austin.
Elon Musk -- Chief Executive Officer: Yeah, Austin's going well. We expect to expand the service area roughly fourfold by the end of the year, and add the Bay Area next.
Vaibhav Taneja -- Chief Financial Officer: And just to add on China, deliveries there were up sequentially, helped by the new Model Y.
""",
["So China is the most competitive car market in the world, without a doubt. The local brands are extremely good and they're pricing very aggressively.",
 "Our Shanghai team has done an incredible job, and Giga Shanghai is still our most efficient factory by a wide margin.",
 "On full self-driving, we're hoping to get approval to roll it out more broadly in China in the second half, but that depends on the regulators there."],
"earnings-call labels; Austin robotaxi answer not gold; CFO's China remark not his")

doc(12, "earnings_call", "label", "Tesla Q4 earnings call transcript (excerpt)",
"""
Vaibhav Taneja -- Chief Financial Officer: On the regional side, China deliveries were down 6% year over year, as we faced intense price competition from local OEMs. We expect that to remain the case in the first half.
Elon Musk -- Chief Executive Officer: I'd just say the thing that matters most long term is autonomy. If we solve full self-driving, and I think we will this year, the value of the fleet goes up by an order of magnitude. Nothing else really compares.
Analyst (Colin Rusch, Oppenheimer): Elon, a follow-up on Megapack. How are you thinking about capacity at Lathrop?
Elon Musk -- Chief Executive Officer: Lathrop will be at forty gigawatt-hours annualized by midyear. Demand for stationary storage is insane. Utilities in Texas and California are just buying everything we can make.
""",
[],
"China figures only from CFO; Musk's turns are about autonomy and Megapack")

doc(13, "qa_interview", "article",
"Q&A: Elon Musk on Taiwan, tariffs and the future of Tesla",
"""
The Tesla and SpaceX chief spoke with us for 40 minutes at his office in Austin. The conversation has been edited for length.

Q: Many investors worry about Taiwan. If Beijing moved against the island, what happens to Tesla?
A (Musk): Well, it would be bad for everyone, not just Tesla. Almost every advanced chip in the world comes out of Taiwan, so the whole industry would stop. I think Beijing's view has always been that reunification is inevitable, and I don't think a war is likely, but it's not zero.

Q: Would you move production out of Shanghai?
A (Musk): No. Shanghai is a great factory with great people. We're not going anywhere.

Q: What about the new US tariffs on Chinese parts?
A (Musk): Tariffs on Chinese parts hurt us more than people think, because a lot of the supply chain simply doesn't exist anywhere else yet.

Q: Last one. Mars by 2030?
A (Musk): Uncrewed, I'd say 50-50. Crewed, probably a few years after.
""",
["Well, it would be bad for everyone, not just Tesla. Almost every advanced chip in the world comes out of Taiwan, so the whole industry would stop.",
 "I think Beijing's view has always been that reunification is inevitable, and I don't think a war is likely, but it's not zero.",
 "No. Shanghai is a great factory with great people. We're not going anywhere.",
 "Tariffs on Chinese parts hurt us more than people think, because a lot of the supply chain simply doesn't exist anywhere else yet."],
"Q&A format; questions to him are not gold; answers about Taiwan, Shanghai plant, tariffs are; Mars answer not gold")

doc(14, "vtt", "vtt", "CNBC Squawk Box interview with Elon Musk",
"",
["Chinese EV companies are the most competitive in the world.",
 "I mean, they're just working incredibly hard, and they're very smart",
 "and they're getting government support, which, you know, is a factor."],
"vtt; quote split across cues; 'they' refers back to Chinese EV companies; rocket remark not gold",
vtt="""WEBVTT

00:00:01.000 --> 00:00:05.500
<v David Faber>Elon, let's talk competition. BYD just passed you in quarterly sales.

00:00:05.600 --> 00:00:09.000
<v Elon Musk>Yeah. Chinese EV companies are the most competitive in the world.

00:00:09.100 --> 00:00:13.200
<v Elon Musk>I mean, they're just working incredibly hard, and they're very smart,

00:00:13.300 --> 00:00:16.800
<v Elon Musk>and they're getting government support, which, you know, is a factor.

00:00:16.900 --> 00:00:20.000
<v David Faber>And SpaceX? There are reports of a new funding round.

00:00:20.100 --> 00:00:24.000
<v Elon Musk>I'm not going to comment on funding. Starship is flying again next month.
""")

doc(15, "vtt", "vtt", "Kimbal Musk at a farm-to-table summit in Hong Kong",
"",
[],
"namesake: Kimbal Musk (brother) speaks about China; Elon only mentioned",
vtt="""WEBVTT

00:00:00.500 --> 00:00:04.000
<v Moderator>Kimbal, you've been travelling in China a lot this year. What's struck you?

00:00:04.100 --> 00:00:09.300
<v Kimbal Musk>The vertical farms in Shenzhen are unbelievable. They're years ahead of anything we have in the US.

00:00:09.400 --> 00:00:12.000
<v Moderator>Does your brother share that view?

00:00:12.100 --> 00:00:16.500
<v Kimbal Musk>You'd have to ask Elon. We mostly talk about food and kids, honestly.
""")

doc(16, "x_roundup", "article",
"Musk's weekend on X: Starship, BYD and a meme war",
"""
Elon Musk posted more than 200 times over the weekend. Here are the highlights.

On Saturday he announced that the next Starship test would carry a dummy payload: "Flight 12 will deploy 8 Starlink simulators. Launch window opens in ~3 weeks."

Replying to @electrek, which had posted a chart of BYD's falling prices, Musk wrote: "BYD is very good at cost. People laughed at them ten years ago. Nobody's laughing now https://x.com/electrek/status/1890023345"

Later he posted a meme about the Federal Reserve, and on Sunday morning he wrote "Grok 5 training starts next month" in reply to an xAI engineer.

He also reposted a video of a Tesla Model Y being assembled at the Shanghai gigafactory, adding only a fire emoji.
""",
["BYD is very good at cost. People laughed at them ten years ago. Nobody's laughing now"],
"X post quoted verbatim with @handle and URL; other posts (Starship, Grok, Fed) not gold; repost with emoji is an action")

doc(17, "x_roundup", "article",
"What Elon Musk posted this week",
"""
A weekly roundup of the billionaire's most-discussed posts.

Monday: Musk wrote that the US federal deficit was "an existential threat" and called for deeper spending cuts.

Tuesday: He reposted, without comment, a thread by the account @AsiaTechWatch arguing that China's solar-panel output now exceeds the rest of the world combined.

Wednesday: "Starlink now has 7 million customers," he posted, thanking the SpaceX team.

Thursday: In a reply to @WholeMarsBlog, he wrote that the Cybertruck's new software update would fix the steer-by-wire lag "by end of month."

Friday: A photo of his dog.
""",
[],
"China claim belongs to another account he reposted without comment (an action); his own posts are non-China")

doc(18, "opinion", "article",
"Opinion: Musk was right about China's EV makers. The West didn't listen",
"""
It is easy to forget how unfashionable it was, a decade ago, to take Chinese carmakers seriously.

Elon Musk was one of the few who did. In a 2015 interview he was dismissive of BYD's products, a remark he has come to regret. But by 2019, at the opening of the Shanghai factory, his tone had changed. "The Chinese supply chain and the Chinese workforce are going to change this industry," he told the audience then. "Anyone who doesn't see that is not paying attention."

Today the numbers speak for themselves. BYD outsells Tesla. Xiaomi sold a hundred thousand cars in its first year.

Western policymakers responded with tariffs rather than competition. That may protect jobs for a few years; it will not protect the industry.
""",
["The Chinese supply chain and the Chinese workforce are going to change this industry",
 "Anyone who doesn't see that is not paying attention."],
"old remark recalled (2019) is still his statement; 2015 dismissal only characterized, not quoted; columnist's own analysis not gold")

doc(19, "opinion", "article",
"Musk and China: the debate goes on",
"""
Few business relationships are as scrutinized as the one between Elon Musk and Beijing.

Critics argue that Tesla's dependence on its Shanghai plant gives the Chinese government leverage over the world's richest man. Supporters counter that every global carmaker depends on China in one way or another.

Senator Mark Holloway said last week that Musk "has never once criticized the Chinese Communist Party, and we all know why." A Tesla spokesperson called the comment "baseless."

What is clear is that Tesla's China sales, roughly a fifth of its global total, are too large to walk away from. Whatever Musk privately thinks, the balance sheet will shape his choices.
""",
[],
"framing headline with no statement of his in body; senator describes his views; spokesperson is not Musk")

doc(20, "liveblog", "article",
"Live: Tesla AI Day - all the updates",
"""
20:02 Musk takes the stage to loud cheers. He opens with a joke about being late "as usual".

20:09 Musk says the new AI5 chip will be "about ten times" more capable than the current hardware, with first units next year.

20:21 On China, Musk says Tesla's Shanghai factory will start building Optimus robots for the Asian market in 2027, adding: "The Shanghai team can build anything, faster than anyone."

20:30 A demo of Optimus folding laundry. Some in the crowd are unimpressed.

20:44 Asked about competition from Xpeng's humanoid robot, he says Chinese robotics firms "will be our biggest competitors, for sure, probably the top ten will be mostly Chinese."

20:58 That's it. Musk leaves the stage without taking further questions.
""",
["Tesla's Shanghai factory will start building Optimus robots for the Asian market in 2027",
 "The Shanghai team can build anything, faster than anyone.",
 "will be our biggest competitors, for sure, probably the top ten will be mostly Chinese."],
"liveblog; AI5 chip remark not gold; split quote with reported-speech subject 'Chinese robotics firms'")

doc(21, "liveblog", "article",
"Shanghai auto show live: Xiaomi, BYD steal the spotlight",
"""
09:15 Doors open at the National Exhibition and Convention Center. Huge queues at the Xiaomi stand.

09:40 Xiaomi founder Lei Jun says on stage that he has "learned a lot from Elon Musk" and that the SU7's successor will beat the Model S "in every measurable way."

10:05 Tesla has a modest booth this year, showing the refreshed Model Y. No executives from Austin are present.

10:30 Over in the US, Elon Musk has been posting about tonight's Starship launch. "Weather looks good," he wrote.

11:10 BYD unveils a sedan priced under 100,000 yuan with a 600 km range.
""",
[],
"China story; Lei Jun's words about Musk not gold; Musk's only post about Starship weather")

doc(22, "machine_translated", "article",
"Musk: China new energy vehicle industry development speed very fast, Chinese engineers very diligent",
"""
According to reports, on 12th, Tesla CEO Elon Musk in connection video form attended the World New Energy Vehicle Conference and delivered speech. Musk expressed, China's new energy vehicle industry development speed is very fast, the whole world should study it. He said: "Chinese engineers are very diligent, very smart, I am very admire." Musk also expressed, Tesla will continue to increase the investment in Shanghai super factory.

It is understood, this is Musk the third time to attend this conference.
""",
["China new energy vehicle industry development speed very fast, Chinese engineers very diligent",
 "China's new energy vehicle industry development speed is very fast, the whole world should study it",
 "Chinese engineers are very diligent, very smart, I am very admire.",
 "Tesla will continue to increase the investment in Shanghai super factory"],
"machine-translated English; 'expressed' as speech verb; headline claim")

doc(23, "machine_translated", "article",
"Tesla Shanghai super factory first half year delivery exceed 450,000 vehicles",
"""
Reporter learned from Tesla China, Shanghai super factory first half year total delivered vehicles exceed 450,000, among them export accounted near 40%. Last year Musk once personally came to factory for inspection, and with workers took photograph together. Industry personage analysis thinks, Tesla in China market faces domestic brands strong competition, price pressure continues. Tesla China vice president Grace Tao expressed, the company will continue to take root in China.
""",
[],
"machine-translated; Musk only did things (inspected, photographed); Grace Tao and analysts speak")

doc(24, "other", "article",
"Fact check: No, Musk did not say China 'owns' Tesla",
"""
Claim: A widely shared image shows a quote attributed to Elon Musk: "China owns Tesla and everyone knows it."

Verdict: False.

The image, which circulated on Facebook and Threads this week, uses a photo from a 2023 event in Paris. We found no record of Musk saying or posting the quote. A search of his X archive, Tesla earnings-call transcripts and major interviews turned up nothing similar.

Tesla did not respond to a request for comment. The quote appears to have first appeared on a satirical account.
""",
[],
"fact-check of a fabricated quote; the quote is not his statement")

doc(25, "other", "article",
"The Morning Charge: Musk on Chinese lidar, rate cuts and more",
"""
Good morning. Here's what you need to know today.

1. Musk doubles down on cameras. Asked on X whether Tesla would ever adopt lidar like Chinese rivals Huawei and Xpeng, Elon Musk replied that "lidar is a crutch," and said Tesla would stay camera-only. (Note: he didn't address the Chinese firms directly.)

2. The Fed is expected to hold rates steady on Wednesday.

3. Musk also said that Chinese automakers "will eventually need to build factories in Europe and Mexico, just like we did," in a separate post on Sunday.

4. Lucid's new CEO starts today.
""",
["will eventually need to build factories in Europe and Mexico, just like we did"],
"newsletter; lidar remark is general sensors, not about China despite Chinese rivals in the question; item 3 is gold")
