"""aaen-069..100: Q&A, X roundups, opinion, live blogs, machine-translated, fact-checks, newsletters."""
from common import doc

# ---- Q&A interviews ----------------------------------------------------------
doc(69, "qa_interview", "article", "Q&A: Elon Musk on robots, rockets and rivals",
    '''
The Tesla and SpaceX chief spoke to Techwire Weekly by phone on Friday. The interview has been edited for length and clarity.
Q: You recently said Optimus would be Tesla's biggest product. Why?
A (Musk): Because everyone will want one. A humanoid robot that can do anything a person can do is worth more than a car, and eventually there will be billions of them.
Q: Who is your biggest competitor in humanoids?
A (Musk): Chinese companies, by far. Unitree and others are moving fast and their hardware is cheap. I'd say the top ten robot companies will mostly be Tesla and Chinese companies.
Q: Is that a national security concern?
A (Musk): It's an economic concern more than anything. China is very good at manufacturing at scale, and robots are ultimately a manufacturing problem.
Q: When do you go to Mars?
A (Musk): The first uncrewed ships go in the next window, at the end of 2026.
''',
    ["Chinese companies, by far.",
     "Unitree and others are moving fast and their hardware is cheap.",
     "I'd say the top ten robot companies will mostly be Tesla and Chinese companies.",
     "It's an economic concern more than anything. China is very good at manufacturing at scale, and robots are ultimately a manufacturing problem."],
    "Q/A (Musk) format; China only named in the answers; Optimus and Mars answers not gold")

doc(70, "qa_interview", "article", "Interview: Tesla China's Lin Hua on price wars and working for Elon",
    '''
Lin Hua, who oversees Tesla's sales operations in mainland China, spoke to Auto Asia Weekly in Shanghai. Edited excerpts:
Q: Elon Musk is often described as close to Beijing. Is that fair?
A: I can't speak for Elon. What I can say is that our team in China is made up of Chinese employees who love this company and work very hard.
Q: How often do you speak to him?
A: Every week. He is very hands-on. He always asks about the factory data and the delivery numbers.
Q: Will Tesla cut prices again in China?
A: We don't comment on future pricing. Chinese consumers care about value, safety and software, and we will compete on all three.
''',
    [],
    "Q&A with a Tesla China executive; interviewer's question describes Musk; the answers are not his")

doc(71, "qa_interview", "label", "Elon Musk on tariffs, Shanghai and a cheaper Tesla: interview transcript",
    '''
Sarah Quinlan: Let's start with tariffs. The administration wants a 100% tariff on cars from China. Good idea?
Elon Musk: I'm not a fan of tariffs in general, and I don't think they'll stop Chinese carmakers. They'll just build factories in Mexico and Hungary and Thailand.
Sarah Quinlan: You make cars in China. Does that give you an edge?
Elon Musk: Shanghai is our most efficient factory, and that's a credit to the people there. It's got the lowest cost per vehicle of anything we make.
Sarah Quinlan: Let's talk about the cheaper model. When?
Elon Musk: First half of next year. It'll be under thirty thousand dollars.
Sarah Quinlan: Your critics say you spend too much time on X.
Elon Musk: My critics can say what they want. X is the global town square, and it's important.
''',
    ["I'm not a fan of tariffs in general, and I don't think they'll stop Chinese carmakers.",
     "They'll just build factories in Mexico and Hungary and Thailand.",
     "Shanghai is our most efficient factory, and that's a credit to the people there.",
     "It's got the lowest cost per vehicle of anything we make."],
    "TV interview transcript with labels; 'They'/'It' refer to Chinese carmakers / Shanghai; critics' 'they' not China")

doc(72, "qa_interview", "article", "Q&A: Musk talks Starlink, Mars and AI with Asia Tech Review",
    '''
Asia Tech Review, which covers technology across Greater China and Southeast Asia, spoke with Elon Musk on the sidelines of a conference in Singapore. Musk declined to answer questions about China.
Q: Starlink is now available across most of Southeast Asia. What's next?
A: India, hopefully, and more of Africa. The goal is that anyone, anywhere on Earth, can get high-speed internet.
Q: Are you worried about AI?
A: Yes. I think there's maybe a 10 to 20 percent chance it goes badly. That's why we need AI that is maximally truth-seeking.
Q: Beijing has its own satellite internet plans. How do you see them?
A: Next question. Ask me about rockets.
Q: All right. When will Starship fly humans?
A: Probably in two to three years.
''',
    [],
    "China-focused outlet; he refuses the China question ('Next question'); journalist notes he declined")

doc(73, "qa_interview", "article", "'They are a formidable company': Musk on Huawei",
    '''
Elon Musk spoke with Global Auto Report by video on Monday. Edited excerpts:
Q: Huawei now supplies driving software and chips to a dozen Chinese car brands. How do you see them?
A: They are a formidable company. Their engineering depth is really impressive, and they don't give up.
Q: Would Tesla ever partner with them?
A: I don't think that's likely, for a lot of reasons. But I respect them.
Q: What about Europe?
A: Europe has a problem with overregulation. They make it very hard to build anything.
''',
    ["They are a formidable company",
     "Their engineering depth is really impressive, and they don't give up.",
     "I don't think that's likely, for a lot of reasons. But I respect them."],
    "quote-headline whose 'They' is resolved by 'on Huawei'; answers' pronouns refer to Huawei in the question; Europe answer not gold")

# ---- X roundups -----------------------------------------------------------------
doc(74, "x_roundup", "article", "What Elon Musk posted this week: solar, Starship and a jab at the SEC",
    '''
Elon Musk was, as usual, prolific on X this week. Here are some of his most-discussed posts.
On Monday, replying to a chart showing solar installations by country, Musk wrote: "China's solar production is insane. They installed more last year than the US has in its entire history."
On Tuesday he posted a video of a Starship booster being caught by the launch tower, with the caption "Mechazilla does it again."
On Wednesday Musk renewed his feud with the Securities and Exchange Commission, calling the agency "completely broken".
On Friday, responding to a user who said Chinese EVs would never sell in America, he wrote: "They will. Maybe not this year, but they will."
''',
    ["China's solar production is insane. They installed more last year than the US has in its entire history.",
     "They will. Maybe not this year, but they will."],
    "roundup of posts; second China post only via 'They' = Chinese EVs in the user's post; SEC and Starship posts not gold")

doc(75, "x_roundup", "article", "Musk on X: government licences, Starship and a cat meme",
    '''
Here is a roundup of notable posts from Elon Musk over the weekend.
Saturday: "The federal government has no idea how many software licences it pays for. Tens of thousands of unused ones," Musk wrote.
Later on Saturday, Musk shared a meme about cats running a government agency, adding: "accurate".
Sunday: "Starship Flight 11 is go for next week."
Several accounts that often post about China replied to his posts. One, run by a commentator in Beijing, wrote that "Musk understands China better than American politicians do". Musk did not respond.
''',
    [],
    "X roundup; China appears only in a Beijing commentator's reply about him")

doc(76, "x_roundup", "article", "Musk replies to EV investor on Chinese charging speeds",
    '''
Elon Musk on Thursday weighed in on a post about BYD's new five-minute charging system.
"@EVdataHQ China is far ahead on charging infrastructure. US needs to get its act together https://t.co/Xk29LmQp7a" Musk wrote in reply to the account, which is run by a Tesla investor.
BYD said on Monday its new platform could add 400 km of range in five minutes of charging.
Tesla's Supercharger network is still the largest in the United States.
''',
    ["China is far ahead on charging infrastructure. US needs to get its act together"],
    "X post quoted verbatim with @handle and t.co URL; headline only says he replied")

doc(77, "x_roundup", "article", "X roundup: China trade posts go viral; Musk touts Grok",
    '''
A post by the economist @tradewonk claiming that "China's EV exports will double again this year" was viewed more than 20 million times on X on Wednesday, one of the platform's top posts of the day.
Another widely shared post, from @HKmarketwatch, argued that Hong Kong stocks were "the cheapest in the world".
Elon Musk, meanwhile, spent the day promoting his AI company's chatbot. "Grok 4 is the smartest AI in the world by a wide margin," he wrote, before sharing a clip of a Falcon 9 launch from Cape Canaveral with the caption "Beautiful."
''',
    [],
    "others' viral posts about China and Hong Kong right next to his posts about Grok and Falcon 9")

doc(78, "x_roundup", "article", "Musk mocks claims he takes orders from Beijing",
    '''
Elon Musk on Sunday responded sarcastically to a viral post accusing him of doing the Chinese government's bidding.
"Yes, I'm clearly taking orders from Beijing. That's why I keep saying their export controls on rare earths are a problem 🙄," Musk wrote on X.
The original post, from an account with 40,000 followers, claimed Musk had "never once criticised China".
In a separate post on Sunday, Musk said Tesla's Optimus robot would travel to Mars aboard a Starship by the end of 2026.
''',
    ["Yes, I'm clearly taking orders from Beijing. That's why I keep saying their export controls on rare earths are a problem"],
    "sarcasm; the account's claim about him is not gold; Optimus-to-Mars post not gold")

doc(79, "x_roundup", "article", "Musk weighs in on DeepSeek in flurry of posts",
    '''
Elon Musk posted several times on X on Monday about DeepSeek, the Chinese artificial intelligence startup whose low-cost model rattled US technology stocks.
Musk wrote on X that DeepSeek's model was "impressive engineering" but that the company's claim to have trained it for under $6 million was "obviously not the full story".
"They have way more GPUs than they're letting on," he added in a later post.
Separately, Musk said xAI's Colossus supercomputer in Memphis would double in size within three months.
Nvidia shares fell 17% on Monday.
''',
    ['''DeepSeek's model was "impressive engineering"''',
     '''the company's claim to have trained it for under $6 million was "obviously not the full story"''',
     "They have way more GPUs than they're letting on"],
    "Chinese company; 'the company'/'They' refer to DeepSeek; 'he added' continuation; Colossus remark not gold")

# ---- opinion / analysis ---------------------------------------------------------
doc(80, "opinion", "article", "Opinion: Elon Musk's China problem isn't going away",
    '''
Elon Musk likes to present himself as a free-speech absolutist who will pick a fight with anyone. Governments in Brazil, Australia and the European Union have all felt the heat.
There is one government he conspicuously avoids provoking. Musk has long courted Beijing, and he has rarely said a critical word about the Chinese Communist Party in public.
The reason is not hard to find. Tesla's Shanghai factory produces roughly half of the company's cars. Chinese battery suppliers sit deep inside its cost structure. A clumsy post could cost him more than any fine from Brussels.
Critics in Congress have noticed. Some have called for a review of SpaceX's national security contracts, arguing that a man so dependent on one foreign market should not hold the keys to American launch capacity.
None of this is proof of wrongdoing. But it does mean that every time Musk lectures democracies about censorship, listeners are entitled to ask why the lectures stop at the Chinese border.
Until he answers that question himself, the suspicion will follow him.
''',
    [],
    "opinion column entirely in the writer's voice: describes his behaviour and silence, never quotes him")

doc(81, "opinion", "article", "Opinion: Musk is right about Chinese carmakers, wrong about the fix",
    '''
When Elon Musk told analysts last month that Chinese carmakers "will demolish most other car companies in the world" without trade barriers, much of Detroit rolled its eyes. They shouldn't have.
Anyone who has driven a 150,000-yuan Chinese sedan knows what he means. The fit and finish rival a German car at half the price, and the software is years ahead.
Musk's prescription is another matter. "The way to compete with China is autonomy, not tariffs," he said on the same call.
That is a convenient answer for a company whose valuation rests on robotaxis that do not yet exist at scale. For Ford or Stellantis, autonomy is not a strategy; it is a press release.
The honest answer is harder: Western carmakers will need Chinese partners, Chinese batteries and, yes, some protection while they retool.
''',
    ['''Chinese carmakers "will demolish most other car companies in the world" without trade barriers''',
     "The way to compete with China is autonomy, not tariffs"],
    "opinion quoting his real statements amid the writer's own China analysis (not gold)")

doc(82, "opinion", "article", "Opinion: Why Silicon Valley's China doves keep losing the argument",
    '''
For two decades, a certain kind of technology executive argued that trade would change China. That argument has lost in Washington, but it has not disappeared.
Elon Musk, to take the most prominent example, appears to believe that commerce will soften Beijing's behaviour. That belief seems to animate everything from his Shanghai factory to his reluctance to criticise Chinese leaders.
Ron Halberg, a venture investor who has known Musk for years, put it bluntly: "Elon thinks China is a customer, not an adversary."
Musk himself prefers to talk about other things. Asked about geopolitics at a recent conference, he said only: "I'm an engineer. I build rockets and cars."
The doves may yet be proved right. But they will need better arguments than a balance sheet.
''',
    [],
    "writer's inference about his beliefs and an investor describing his views are not his statements; his only quote is not about China")

doc(83, "opinion", "article", "Analysis: Tesla's China strategy hinges on one regulatory decision",
    '''
Last week Elon Musk told investors that Chinese regulators were close to approving Tesla's full self-driving software, and that approval would unlock "a huge wave" of demand in the country.
Investors took him at his word, sending the shares up 6% the next day. They may want to be more cautious.
Beijing has approved Tesla's driver-assistance features in stages, and each step has come with conditions on where data is stored and how the car's cameras may be used. There is little reason to think the final step will be faster.
Meanwhile, Huawei, Xpeng and BYD have rolled out comparable systems at no extra charge. A Tesla subscription priced at 64,000 yuan is a hard sell against free.
Musk also used the call to promise that a crewed Starship would reach Mars "in about five years". Investors have heard that kind of timeline before.
''',
    ["Chinese regulators were close to approving Tesla's full self-driving software",
     '''approval would unlock "a huge wave" of demand in the country'''],
    "clear paraphrase of his claim inside an analysis piece; writer's own China analysis and his Mars promise not gold")

doc(84, "opinion", "article", "Opinion: Imagine if Musk said what he really thinks about Beijing",
    '''
Imagine, for a moment, that Elon Musk stood up at Tesla's next shareholder meeting and said: "The Chinese Communist Party is a threat to the free world, and I'm moving our production out of Shanghai."
It would be the most consequential corporate speech of the decade. Tesla's stock would crater, and Beijing's response would be swift.
He won't, of course. At last year's meeting, what Musk actually talked about was robots. "Optimus will be the biggest product ever made, by far," he told the crowd.
That tells you where his priorities lie, and where they don't.
''',
    [],
    "writer's hypothetical quote put in his mouth is not his statement; his real quote is about Optimus")

doc(85, "opinion", "article", "The Chip Letter: what Musk's Taiwan comments tell us",
    '''
This week's issue is about one sentence, or rather two.
Speaking at a conference in Paris on Thursday, Musk said that Taiwan's chip industry was "too concentrated in one place" and that a blockade by Beijing "would be catastrophic for the whole world".
Neither point is new. Analysts have been saying both things for years. What's new is who is saying them: the boss of a company that sells a large share of its cars in China and whose factory in Shanghai depends on local goodwill.
My read is that Musk is hedging. He is signalling to Washington that he takes the risk seriously, without saying anything that would offend Beijing directly.
Next week: why Japan's chip subsidies are working.
''',
    ['''Taiwan's chip industry was "too concentrated in one place"''',
     '''a blockade by Beijing "would be catastrophic for the whole world"'''],
    "newsletter analysis; Taiwan/Beijing statement reported; writer's 'my read' interpretation of his motives not gold")

# ---- live blogs -------------------------------------------------------------------
doc(86, "liveblog", "article", "Live: Tesla annual shareholder meeting",
    '''
16:42 CT - Musk is on stage, introducing Optimus robots dancing behind him. "This is going to be the biggest product of all time," he says.
16:50 CT - Musk turns to China. "Our Shanghai factory is still our best factory. The team there is amazing," he says. He says Tesla's China sales have "stabilised" after a tough first half.
16:58 CT - A shareholder asks about Chinese competition. Musk: "They're very good. BYD especially. But we have the best AI."
17:05 CT - Musk says the Roadster demo will happen "before the end of the year, for real this time." Laughter in the room.
17:12 CT - Vote results are in: all proposals passed, according to the company secretary.
''',
    ["Our Shanghai factory is still our best factory. The team there is amazing",
     '''Tesla's China sales have "stabilised" after a tough first half''',
     "They're very good. BYD especially."],
    "live blog; 'Musk turns to China' is the blogger's; Optimus and Roadster entries not gold; 'They' resolved by the shareholder's question")

doc(87, "liveblog", "article", "Beijing auto show live: Xiaomi and BYD steal the spotlight",
    '''
09:30 - Doors open at the China International Exhibition Center. Queues at the Xiaomi stand are already hundreds of people long.
09:55 - Xiaomi founder Lei Jun unveils a new SUV. "We want to build a car that Chinese families are proud of," he says.
10:40 - No sign of Elon Musk, who skipped the show. Tesla's stand features the longer Model Y. Musk's latest post on X, from an hour ago, is about Starship: "Flight 10 looking good."
11:15 - BYD chairman Wang Chuanfu says Chinese brands will make up more than 70% of the domestic market within two years.
11:40 - An analyst at the show tells us: "Musk should be worried. Tesla looks old next to this."
''',
    [],
    "live blog of a Chinese event; his only post is about Starship; analyst's remark about him not gold")

doc(88, "liveblog", "article", "US-China trade talks: live updates",
    '''
09:15 - Delegations arrive in Geneva for a second day of talks.
10:02 - A Chinese commerce ministry spokesperson says Beijing "will fight to the end" if Washington does not lift the latest tariffs.
10:30 - Elon Musk has weighed in on X. "Hope both sides reach a deal. A trade war between the US and China is bad for everyone," he wrote.
11:05 - The US Treasury secretary describes the talks as "productive".
11:40 - Musk, in a follow-up post, said that tariffs on Chinese components would raise Tesla's costs "significantly" but that the company was "less affected than most".
''',
    ["Hope both sides reach a deal. A trade war between the US and China is bad for everyone",
     '''tariffs on Chinese components would raise Tesla's costs "significantly"''',
     '''the company was "less affected than most"'''],
    "live blog; official Chinese and US quotes interleaved with his posts")

doc(89, "liveblog", "article", "Tesla Q2 earnings: live coverage",
    '''
17:31 ET - The call begins. Musk opens with robotaxis: "We'll have autonomous ride-hailing available to half the US population by the end of the year, pending regulatory approval."
17:40 ET - CFO Vaibhav Taneja says sales in China improved in June, helped by financing incentives.
17:44 ET - An analyst asks about BYD. Musk hands the question to Taneja, who says competition in China "remains intense".
17:52 ET - Musk on Optimus: "Version 3 is going to be incredible. Like a person in a robot suit."
18:05 ET - Shares up 2% after hours.
''',
    [],
    "live blog; China answered by the CFO; Musk 'hands the question' (an act); his quotes are about robotaxis and Optimus")

doc(90, "liveblog", "article", "Live: Musk at VivaTech Paris",
    '''
14:02 - Musk appears by video link, greeted by cheers from a packed hall.
14:05 - On AI: "It will be smarter than the smartest human next year."
14:11 - The moderator asks about Chinese competition in EVs. Musk says that Chinese carmakers "have gotten really, really good" and are "the toughest competitors we've ever had". He added that Tesla's Shanghai factory gave the company "a front-row seat" to that competition.
14:18 - On Europe: "Europe needs to make it easier to build things. The permitting is insane."
14:25 - Session ends.
''',
    ['''Chinese carmakers "have gotten really, really good" and are "the toughest competitors we've ever had"''',
     '''Tesla's Shanghai factory gave the company "a front-row seat" to that competition'''],
    "live blog; reported speech plus 'He added' continuation; AI and Europe entries not gold")

# ---- machine-translated -------------------------------------------------------------
doc(91, "machine_translated", "article", "Musk: China new energy vehicle industry development speed very fast",
    '''
According to report, on 15th, Tesla CEO Musk in video connection with Shanghai forum expressed, China new energy vehicle industry development speed is very fast, Chinese enterprises have very strong competitiveness. Musk said: "I very admire Chinese engineers, they are very smart, very diligent." It is understood, Tesla Shanghai super factory this year already delivered over 900,000 vehicles. Musk also expressed, he is very optimistic about the prospect of humanoid robot.
''',
    ["China new energy vehicle industry development speed very fast",
     "China new energy vehicle industry development speed is very fast, Chinese enterprises have very strong competitiveness",
     "I very admire Chinese engineers, they are very smart, very diligent."],
    "machine-translated from Chinese; 'expressed,' as speech verb; humanoid robot remark not gold")

doc(92, "machine_translated", "article", "Wang Chuanfu: Musk is respectable opponent",
    '''
BYD chairman Wang Chuanfu at performance explanation meeting expressed, Musk is a respectable opponent, Tesla promoted global new energy vehicle development. Wang Chuanfu said, Chinese car enterprises should learn from Tesla software ability. Reporter learned, Musk this month did not visit China.
''',
    [],
    "machine-translated; Chinese executive speaking about Musk; 'did not visit' is an action")

doc(93, "machine_translated", "article", "Musk again posts about China high-speed rail",
    '''
On 3rd, Musk on social platform X published post, praised China high-speed railway. Musk wrote: "China's high-speed rail is amazing, America should have this." Netizens message numerous, some netizens said, hope Musk come ride. Before this, Musk once many times expressed, China's infrastructure construction ability is world first class.
''',
    ["China's high-speed rail is amazing, America should have this.",
     "China's infrastructure construction ability is world first class"],
    "machine-translated; X post quote plus recalled earlier statements; netizens' words not gold; headline only says he posted")

doc(94, "machine_translated", "article", "Musk mother Maye Beijing book signing: Chinese readers very enthusiastic",
    '''
On 20th, Tesla CEO Musk's mother Maye Musk in Beijing one bookstore held signing meeting. Maye Musk expressed, Chinese readers very enthusiastic, she every year all want come to China. Talking about son, Maye said: "He works too hard, I hope he sleeps more."
''',
    [],
    "machine-translated; Maye Musk's claim about China in headline and body; not the watched speaker")

doc(95, "machine_translated", "article", "Musk: Tesla will continue increase investment in China",
    '''
Musk at the annual shareholders meeting held in Austin city of Texas state of USA on 13th local time expressed, Tesla will continue to increase investment in China, Shanghai super factory is Tesla most important production base in the world. He also said, Optimus robot next year will start mass production. Analysts believe, Tesla in China market faces pressure from domestic brands.
''',
    ["Tesla will continue increase investment in China",
     "Tesla will continue to increase investment in China",
     "Shanghai super factory is Tesla most important production base in the world"],
    "machine-translated; long locative phrase between subject and verb; 'He also said' Optimus not gold; analysts not gold")

# ---- fact-checks, newsletters (other) ---------------------------------------------
doc(96, "other", "article", "Fact check: Musk did not say China will 'rule the world by 2030'",
    '''
Claim: A graphic shared thousands of times on Facebook shows a photo of Elon Musk alongside the quote "China will rule the world by 2030 and America is finished."
Verdict: False.
There is no record of Musk making this statement in interviews, earnings calls, speeches or his posts on X. The graphic first appeared on a page that regularly publishes invented celebrity quotes.
Musk has commented on China's industrial strength many times. On an earnings call in October, he said Chinese carmakers were "the most competitive car companies in the world". But he did not make the statement shown in the graphic, and a spokesperson for Tesla said the quote was fabricated.
''',
    ['''Chinese carmakers were "the most competitive car companies in the world"'''],
    "fact-check: fabricated quote (not gold) next to a real one (gold); spokesperson's words not gold")

doc(97, "other", "article", "Fact check: Fabricated Musk quote about Taiwan circulates on Weibo",
    '''
Claim: A screenshot circulating on Weibo and Facebook attributes to Elon Musk the words "Taiwan belongs to China, and Tesla will help reunification."
Verdict: False.
Our reporters found no interview, post or speech in which Musk said this. The screenshot imitates the layout of an X post but uses a font X does not use, and the account handle shown in it does not exist. The image appears to have originated on a satirical account.
The only post of his we found from that day was about Starlink: "Starlink now covers every ocean on Earth," Musk wrote.
''',
    [],
    "fact-check of a fabricated Taiwan quote; his genuine post that day is not about China")

doc(98, "other", "article", "Morning Briefing: Fed holds, Musk on Chinese chips, oil slips",
    '''
Good morning. Here's what you need to know today.
- The Federal Reserve held interest rates steady and signalled two cuts later this year.
- Elon Musk said Chinese chipmakers are "two or three years behind" Nvidia but "catching up fast", in remarks at an investment forum in Riyadh. Separately, he said X would launch a standalone video app this summer.
- Oil slipped as refinery runs in China dipped. "Chinese demand is the swing factor this year," said Marta Keller, a commodities strategist at Nordbank.
- Beijing's commerce ministry said it would tighten export controls on gallium.
''',
    ['''Chinese chipmakers are "two or three years behind" Nvidia but "catching up fast"'''],
    "newsletter; his China claim sits next to a strategist quoted on China; his video-app remark not gold; headline only names topic")

doc(99, "other", "article", "The Download: China's robot boom, and Musk's latest Mars timeline",
    '''
Welcome to today's Download.
China's robot boom: Shipments of humanoid robots by Chinese companies such as Unitree and UBTech tripled last year, according to a new industry report. "Chinese firms can build a humanoid for a fifth of the cost of a Western one," the report's author told us.
Mars, again: Elon Musk said the first crewed Starship could land on Mars in 2031, pushing back an earlier target.
Quote of the day: "Musk is right that robots are the future, but the future will be made in China," said the chief executive of a Hangzhou-based robotics start-up.
''',
    [],
    "newsletter; China items and a Chinese CEO describing Musk's view; his own claim is about Mars")

doc(100, "other", "article", "Fact check: Musk did not call Hong Kong 'finished'",
    '''
Claim: Posts on X and Threads say Elon Musk called Hong Kong "finished" as a business hub.
Verdict: Misleading.
In a podcast interview in March, Musk said that Hong Kong "has lost some of its edge to Shenzhen and Singapore" but that it "still has a great future as a financial centre". He did not use the word "finished", which appears to have been added by an account that shared a clipped version of the interview.
We contacted the account, which did not respond.
''',
    ['''Hong Kong "has lost some of its edge to Shenzhen and Singapore"''',
     '''it "still has a great future as a financial centre"'''],
    "fact-check: misattributed word 'finished' is not his; his real paraphrased remarks about Hong Kong and Shenzhen are gold")
