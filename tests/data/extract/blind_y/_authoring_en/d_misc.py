"""yen-072 .. yen-100: X roundups, opinion/analysis, live blogs, machine-translated English, fact-checks/other."""
from common import doc, P

DOCS = []
add = DOCS.append

# ---- x_roundup -----------------------------------------------------------------------
add(doc("yen-072", "x_roundup", "article",
    "Musk's weekend on X: rockets, budgets and a jab at Western carmakers",
    P("Elon Musk posted more than 150 times over the weekend. Here are the highlights.",
      "Starship: On Saturday he wrote that Flight 10 was \"~3 weeks away\" and shared a video of a Raptor engine test in McGregor, Texas.",
      "Batteries: Replying to an account that posted a chart of a Chinese sodium-ion cell's energy density, Musk wrote:",
      "\"@evfacts_daily ⟦Chinese battery tech is moving super fast. People in the West are asleep at the wheel⟧ https://t.co/Xk3PqL9aZ2\"",
      "Politics: He posted several times about the federal budget, writing that \"the spending bill is an abomination.\"",
      "Shanghai: On Sunday, under a post about Tesla's Shanghai factory building its 4 millionth car, he wrote simply: \"⟦Shanghai team is awesome⟧!!\""),
    "X roundup: verbatim post with @handle and URL (gold without them); non-China posts about Starship and budget"))

add(doc("yen-073", "x_roundup", "article",
    "What Musk posted this week: DOGE, Grok and a birthday",
    P("It was a busy week on Elon Musk's X account. A selection:",
      "- Monday: \"Grok 4 is the smartest AI in the world by a lot,\" he wrote, linking to a benchmark chart.",
      "- Tuesday: Musk criticised a proposed Senate bill, calling it \"pork-filled\" and urging followers to call their representatives.",
      "- Wednesday: He wished his son a happy birthday with a photo from a Starbase launch.",
      "- Thursday: @sinoautowatch asked Musk whether Tesla would cut prices in China again, and @lingang_guy posted that Chinese brands had \"already won.\" Musk did not reply to either.",
      "- Friday: He reposted, without comment, a chart of Chinese solar installations shared by an energy analyst."),
    "roundup where other accounts post about China to him; his own posts are non-China; repost without comment is an action"))

add(doc("yen-074", "x_roundup", "article",
    "Musk on Chinese EV rivals: five posts that got people talking",
    P("Elon Musk has been unusually chatty about his Chinese competitors lately. Five posts from the past month:",
      "1. On CATL's new five-minute fast-charging battery, he wrote: \"⟦Looks legit. CATL is very good⟧.\"",
      "2. Under a video of BYD's latest sedan: \"⟦BYD's cars are much better than they were five years ago. Respect⟧.\"",
      "3. Replying to a critic of Chinese engineering: \"⟦When people say 'China can't innovate,' they haven't been to Shenzhen⟧.\"",
      "4. On Tesla's own truck: \"Semi volume production starts next year in Nevada.\"",
      "5. When a Tesla owners' account wrote that \"BYD is overrated,\" Musk replied with a laughing emoji.",
      "Bonus: asked by a follower which Chinese company worried him most in self-driving, he answered: \"⟦Huawei. They're underrated in autonomy⟧.\""),
    "roundup of posts about CATL, BYD and Huawei ('They' = Huawei); nested quote; Semi production date not gold; emoji reply not a statement"))

add(doc("yen-075", "x_roundup", "article",
    "Chinese netizens flood Musk's birthday post with good wishes",
    P("Elon Musk's short birthday message on X, \"Another trip around the sun. Grateful for my kids,\" drew thousands of replies from users in mainland China, many of them reached via VPN.",
      "\"Happy birthday, old friend of China!\" wrote one user whose profile said he lived in Hangzhou. \"Please build another factory here,\" wrote another.",
      "On Weibo, where the post was screenshotted and shared widely, users debated whether Musk was more popular in China than in the United States. \"Chinese people respect engineers, and he is an engineer,\" one user wrote.",
      "Musk did not respond to the Chinese-language replies."),
    "his post is about his birthday/family; China remarks are by other users"))

add(doc("yen-076", "x_roundup", "article",
    "Musk on TikTok, Ukraine and Starlink: his posts this week",
    P("Elon Musk weighed in on the fight over TikTok this week, returning to a subject he has posted about several times since Congress moved to force a sale of the Chinese-owned app.",
      "\"⟦I've been against banning TikTok for a long time, even though a ban would help X⟧. ⟦But ByteDance taking orders from Beijing is a legit concern⟧,\" he wrote on Wednesday.",
      "On Thursday he posted that Starlink terminals in Ukraine were \"working great\" after a software update.",
      "He also replied to a post about a delayed Starship test, writing that the vehicle would be \"ready in ~4 weeks.\""),
    "TikTok/ByteDance/Beijing post gold (two points in one post); Ukraine/Starship posts not gold"))

add(doc("yen-077", "x_roundup", "article",
    "Musk vs. Brussels: the week in posts",
    P("Elon Musk spent much of the week fighting with the European Union on X.",
      "After the European Commission opened a new inquiry into X's content moderation, Musk wrote of EU officials: \"They regulate everything and build nothing.\" He followed up with: \"They should be embarrassed.\"",
      "He also posted a Dogecoin meme, a photo of a Starship booster stacked at Starbase, and a clip of a Chinese humanoid robot doing a backflip, which he reposted without comment.",
      "Chinese tech blogs picked up the repost, with several claiming Musk was \"impressed\" by the robot."),
    "'they' refers to EU officials; repost of a Chinese robot clip without comment; blogs' claims about his feelings not his words"))

# ---- opinion -------------------------------------------------------------------------
add(doc("yen-078", "opinion", "article",
    "Musk and China: the debate goes on",
    P("Few relationships in business attract as much commentary as the one between Elon Musk and China. To his admirers, Tesla's Shanghai factory is proof that a Western company can thrive in the world's second-largest economy on its own terms. To his critics, it is a hostage.",
      "The facts are not really in dispute. Tesla built the plant in record time with cheap loans from Chinese state banks. A large share of the cars Tesla makes come off its Shanghai lines. And Musk has flown to Beijing whenever the company has needed something, from data-security clearances to a green light for its driver-assistance software.",
      "What is in dispute is what that dependence means. \"A company that makes that many of its cars in China cannot afford to annoy Beijing,\" argues Hannah Brooks, a fellow at a Washington think tank. Others, including several former Tesla executives, say the company has more leverage than it gets credit for.",
      "The debate will not end soon. It may not end until the Shanghai factory stops being so useful to both sides."),
    "framing headline over a body with no statement of his; think-tank quote; his actions"))

add(doc("yen-079", "opinion", "article",
    "Musk and Beijing: the conversation that never ends",
    P("Every few months, the internet rediscovers that Elon Musk likes China, and every few months the same arguments are rehearsed. It is worth pausing on what he actually says, rather than what people say he says.",
      "At a conference in Riyadh last month, he put it bluntly. \"⟦China is going to be the biggest economy in the world by far, and anyone who thinks otherwise isn't paying attention⟧,\" he told the audience.",
      "That is not, whatever his detractors claim, an endorsement of the Communist Party. It is a forecast, and a fairly conventional one among economists. What is unconventional is that a man with so much to lose in Washington keeps saying it out loud.",
      "Musk's critics would prefer he said less. His fans would prefer he said more. Either way, the conversation is not going anywhere."),
    "framing headline over a body that does contain a plain quote of his about China; quote introduced in the previous sentence"))

add(doc("yen-080", "opinion", "article",
    "Tesla's China pivot is really a robot story",
    P("When Elon Musk told investors in April that \"⟦Chinese carmakers are the best in the world at making cars cheaply⟧,\" many heard a concession. I heard a pitch.",
      "The logic goes like this: if you cannot beat BYD on price, you change the game. Hence robotaxis, hence Optimus, hence the endless talk of autonomy.",
      "Some analysts go further, arguing that Musk deliberately exaggerates China's lead to justify Tesla's retreat from ordinary cars. \"He talks up the Chinese threat because it makes the robot story sound urgent,\" one fund manager told me.",
      "That may be too cynical. But it is notable that, on the same call, Musk spent less than two minutes on China and more than twenty on robots. \"⟦They're formidable, no question⟧,\" he said of the Chinese brands, before moving on to the dexterity of Optimus's hands.",
      "The market, for now, is buying the pitch."),
    "opinion: his quotes gold; analysts paraphrasing him critically and the writer's reading are not; 'They' resolved by 'of the Chinese brands'"))

add(doc("yen-081", "opinion", "article",
    "Beijing's most useful American",
    P("There is no foreign businessman Beijing treats with more care than Elon Musk, and it is not hard to see why.",
      "Tesla's Shanghai factory is a showcase for the Communist Party's claim that China remains open for business. Every time Musk lands in Beijing, state media runs the footage for days. Every time he is photographed with a premier, the message to other foreign executives is clear.",
      "In effect, Musk has become a kind of unofficial ambassador, one whose business interests make him reluctant to cause offence. His silence on Xinjiang and on Hong Kong's national security law has been noted in Washington.",
      "Mr Musk declined to comment for this column."),
    "writer's characterisation and analysis only; 'his silence' and 'declined to comment' are not statements"))

add(doc("yen-082", "opinion", "article",
    "Reading Musk on China: signal and noise",
    P("Elon Musk has mused about China's rise for years, usually in passing, usually on X, often at 2 a.m. Most of it is noise.",
      "Last week was different. In a conversation with investors in New York, Musk argued that ⟦Chinese firms would outsell Tesla globally within three years unless it cracked autonomy⟧. That is a specific, testable claim, and it deserves to be treated as one.",
      "It is also a claim that some of his own executives have quietly contradicted. Tesla's head of sales in Asia told a Hong Kong audience in March that the company expected to \"hold share\" in the region.",
      "Who is right? The data so far favour the boss. Tesla's share of China's EV market has fallen for six consecutive quarters, while BYD and Geely keep climbing."),
    "vague paraphrase ('mused about China's rise') not gold vs clear paraphrase ('argued that ...') gold; own executive's claim not gold"))

add(doc("yen-083", "opinion", "article",
    "Taiwan's chip dominance is a risk America keeps postponing",
    P("Almost every advanced chip in an American data centre passes through a handful of factories in Taiwan, an island that Beijing has vowed to bring under its control, by force if necessary.",
      "Washington's answer has been subsidies for new fabs in Arizona, Texas and Ohio. Progress is real but slow. The most advanced Arizona lines will not match Taiwan's output for years.",
      "American companies are hedging in their own ways. Elon Musk's Tesla has signed a multibillion-dollar deal with Samsung for its next self-driving chip. \"The Samsung fab in Taylor will make our AI6 chip, which is great for Texas,\" Musk wrote when the deal was announced.",
      "Analysts warn that such deals do little to change the overall picture. \"If the Taiwan Strait closes, everyone loses, with or without a fab in Texas,\" said a former Pentagon official."),
    "Taiwan/China opinion piece; his quote is about a Samsung fab in Texas; others' Taiwan quotes not his"))

add(doc("yen-084", "opinion", "article",
    "Musk's sarcasm says more about the EV market than his earnings calls do",
    P("Elon Musk's preferred mode of argument is sarcasm, and on Tuesday he deployed it against a Wall Street note that called Chinese EV exports a \"temporary phenomenon.\"",
      "\"⟦Yeah, Chinese EVs are just a fad. Nothing to see here⟧,\" he wrote on X, above a chart of BYD's overseas sales.",
      "It was a joke, but it was also the clearest thing he has said about the industry in months. The note's authors had argued that \"Chinese exports will normalise as tariffs bite.\" Musk, whatever his other faults, has been right about this before.",
      "His own product pipeline, meanwhile, is mostly promise: a cheaper car that Musk says is coming \"next year,\" and a robotaxi network he says will cover half the U.S. population \"by year end.\""),
    "sarcastic post about Chinese EVs is gold; bank note quote and his product-date promises are not"))

# ---- liveblog ------------------------------------------------------------------------
add(doc("yen-085", "liveblog", "article",
    "Tesla annual meeting live: Musk takes the stage",
    P("4:02 p.m. CT - Musk takes the stage to loud cheers, flanked by two Optimus robots that wave at the crowd.",
      "4:09 p.m. - Musk says Optimus will be \"the biggest product of all time\" and that production will begin at Fremont next year.",
      "4:15 p.m. - On China, Musk says ⟦the Shanghai team \"continues to blow my mind\"⟧ and that ⟦Chinese buyers are the most demanding customers Tesla has⟧.",
      "4:21 p.m. - A shareholder asks whether Tesla will sell Optimus in China. Musk: \"⟦Yes, eventually. China will be a huge market for humanoid robots, probably the biggest⟧.\"",
      "4:30 p.m. - Our autos correspondent writes: \"He's underselling how much ground Tesla has lost in China. The numbers are ugly.\"",
      "4:38 p.m. - Musk says Cybercab production starts in April at Giga Texas."),
    "live blog: China entries gold; Optimus/Cybercab entries not; shareholder question and correspondent comment not"))

add(doc("yen-086", "liveblog", "article",
    "Starship Flight 11 live updates",
    P("6:21 p.m. CT - Liftoff! All 33 Raptor engines lit on the Super Heavy booster.",
      "6:24 p.m. - Booster caught by the tower arms. Musk on X: \"Catch! Incredible work by the team.\"",
      "6:30 p.m. - Worth noting: China's LandSpace said this week it would attempt to land its own reusable booster next month. Analysts say Chinese companies are three to five years behind SpaceX on reusability.",
      "6:58 p.m. - Ship splashdown in the Indian Ocean. Musk: \"Next flight will attempt a ship catch. Maybe 6 weeks.\"",
      "7:05 p.m. - That's it for tonight's live coverage."),
    "space live blog with a China entry by the writer/analysts; his quotes are only about Starship"))

add(doc("yen-087", "liveblog", "article",
    "Live: Elon Musk's surprise visit to Beijing",
    P("09:15 Beijing time - Musk's jet has landed at Beijing Capital International Airport, according to flight-tracking data.",
      "10:40 - State broadcaster CCTV shows Musk shaking hands with Premier Li Qiang. No statements yet.",
      "12:05 - Musk posts on X: \"⟦Honored to meet Premier Li. We have known each other since the early Shanghai days⟧.\"",
      "14:30 - Tesla shares are up 8% in premarket trading in New York.",
      "16:20 - Leaving a meeting with officials, Musk tells reporters that ⟦Chinese regulators have been \"very reasonable\" on data security⟧.",
      "18:00 - \"This visit is about one thing: getting self-driving approved in China,\" says Paul Kerr, an analyst at Harborview Research."),
    "live blog mixing actions (landed, shook hands) and his post and remarks about Chinese officials/regulators; analyst quote not gold"))

add(doc("yen-088", "liveblog", "article",
    "US-China trade talks in Geneva: live updates",
    P("08:30 CET - Delegations from Washington and Beijing arrive at the ambassador's residence for a second day of talks.",
      "10:15 - China's commerce ministry says the talks are \"candid and constructive.\"",
      "12:40 - A White House official tells reporters that the president had told Elon Musk to \"stay out of\" the negotiations.",
      "13:10 - Asked in Washington about the talks, Musk says he is \"focused on SpaceX this week\" and walks away.",
      "15:55 - Sources say both sides are close to a deal on reducing tariffs for 90 days."),
    "trade-talks live blog: words said TO/ABOUT Musk by an official; his own remark is about SpaceX"))

add(doc("yen-089", "liveblog", "article",
    "World AI Conference 2025, Shanghai: as it happened",
    P("10:02 - Elon Musk appears by video link from Texas to open the conference. The hall is packed.",
      "10:05 - Musk: \"⟦China is going to have a lot of AI compute. I think they'll be very strong in AI⟧.\"",
      "10:09 - He warns that AI is \"potentially the biggest existential risk we face\" and calls for oversight by \"all major governments.\"",
      "10:12 - Musk says ⟦the Chinese engineers he has worked with are \"among the best in the world\"⟧.",
      "10:20 - A Baidu executive, speaking after Musk, says Chinese companies \"will not need foreign chips\" within five years."),
    "AI conference in Shanghai: China remarks gold, general AI-risk remark not; Baidu executive not"))

# ---- machine_translated --------------------------------------------------------------
add(doc("yen-090", "machine_translated", "article",
    "Musk: ⟦Chinese team very excellent, Shanghai super factory is best factory⟧",
    P("According to report, on 15th, Tesla CEO Musk through video connection expressed: \"⟦Chinese team is very excellent, very diligent, Shanghai super factory is our best factory in whole world⟧.\"",
      "It is understood, Tesla Shanghai super factory in 2023 year delivered more than 947,000 vehicles, accounting for more than half of Tesla global deliveries.",
      "Industry insider expressed, Tesla in Chinese market is facing domestic brands' fierce competition, future pressure will not be small."),
    "machine-translated from Chinese; headline claim and direct quote gold; industry insider not"))

add(doc("yen-091", "machine_translated", "article",
    "Tesla responded! Netizens hot discussion Shanghai super factory new line",
    P("Recently, about Tesla Shanghai super factory will add new production line news caused netizens hot discussion. Tesla China official Weibo responded, said relevant information \"please be subject to official release\".",
      "It is worth mentioning, Musk before had many times visited Shanghai super factory. Some netizens said: \"Musk is the foreign entrepreneur who most understands China.\" Another netizen said: \"Domestic new energy brands are already stronger than Tesla.\"",
      "Up to press time, Musk himself has not made response on this."),
    "machine-translated: Tesla China's Weibo and netizens speak; Musk's visits and non-response"))

add(doc("yen-092", "machine_translated", "article",
    "Musk: ⟦China market is Tesla second largest market, will continue increasing investment⟧",
    P("Musk at the Tesla annual shareholders meeting held in Austin city, Texas state, USA, on 13th local time expressed, ⟦China market is Tesla's second largest market, Tesla will continue to increase investment in China⟧.",
      "He also said, ⟦Chinese electric vehicle enterprises are very strong competitors, Tesla must keep learning⟧.",
      "In addition, Musk revealed, Tesla Optimus humanoid robot will next year start small batch production."),
    "machine-translated, long locative phrase between subject and verb; 'He also said' continuation; Optimus date not gold"))

add(doc("yen-093", "machine_translated", "article",
    "Lei Jun: once told Musk, Xiaomi car will enter world top five",
    P("Xiaomi Group founder Lei Jun in interview expressed, he once told Musk, Xiaomi car in 15 to 20 years will become world top five car enterprise.",
      "Lei Jun said: \"At that time Musk listened, did not say anything, only smiled.\"",
      "Lei Jun also expressed, domestic car enterprises' speed of progress is very fast, Tesla is respectable opponent."),
    "another person says he told Musk something about a Chinese company; Musk only smiled"))

add(doc("yen-094", "machine_translated", "article",
    "Musk again praises domestic humanoid robot",
    P("Recently, one Chinese netizen on X platform released video of domestic humanoid robot doing kung fu, Musk under it replied: \"⟦Impressive. China is moving fast on robots⟧.\"",
      "This is Musk again publicly praising Chinese robot industry. Reporter noticed, Musk last year had also said, ⟦Tesla's biggest competitor in humanoid robots will come from China⟧.",
      "Analysts believe, domestic humanoid robot enterprises in cost aspect have obvious advantage."),
    "machine-translated X reply; recalled old remark; analysts not gold"))

add(doc("yen-095", "machine_translated", "article",
    "Musk says Starship will go to Mars end of 2026, as domestic commercial space accelerates catching up",
    P("Musk on X platform expressed, SpaceX Starship plans in end of 2026 to launch to Mars, carrying Optimus robot.",
      "Meanwhile, domestic commercial space enterprises are accelerating. One Beijing rocket company person in charge expressed, \"We will within three years realise rocket recovery and reuse, narrow the gap with SpaceX.\"",
      "Industry insider said, domestic and American distance in reusable rockets is gradually shrinking."),
    "machine-translated space piece: his claim is about Starship/Mars; China claims by a Chinese company and insiders"))

# ---- other (fact-checks, features, newsletters) ----------------------------------------
add(doc("yen-096", "other", "article",
    "Fact check: Viral quote claiming Musk said 'China will rule the world by 2030' is fabricated",
    P("Claim: Elon Musk said in an interview that \"China will rule the world by 2030 and America is finished.\"",
      "Rating: False.",
      "The quote has circulated on Facebook and Telegram since at least March, usually over a photo of Musk speaking at a conference. We found no record of Musk saying it in any interview, post or public appearance.",
      "The photo comes from a 2023 conference session in which Musk discussed Starship and Mars. A transcript of that session shows Musk said Starship would \"make life multiplanetary\" and did not mention China.",
      "X and Tesla did not respond to requests for comment."),
    "fact-check of a fabricated quote: the fake quote is not his statement; his real words are about Starship"))

add(doc("yen-097", "other", "article",
    "Fact check: Did Musk say China will be 'the biggest car market for decades'? Partly",
    P("A post shared thousands of times claims Elon Musk said China \"will be the biggest car market for decades and Tesla will move its headquarters to Shanghai.\"",
      "Rating: Missing context.",
      "Musk did say, during a 2023 earnings call, that \"⟦China is going to be the biggest car market for a long time⟧.\" The first half of the viral quote is a loose paraphrase of that remark.",
      "We found no record, however, of him saying Tesla would move its headquarters to Shanghai. Asked in 2024 whether Tesla might move its headquarters again, he said it would \"stay in Texas.\""),
    "fact-check: the viral (mis)quote is not gold, the verified original quote is; HQ-in-Texas remark not gold"))

add(doc("yen-098", "other", "article",
    "Fact check: Musk's claim on China's electricity output is roughly right",
    P("During an appearance at a technology conference on Wednesday, Elon Musk said ⟦China now produces \"more than twice\" as much electricity as the United States⟧.",
      "Verdict: Mostly true.",
      "Data from the International Energy Agency show China generated roughly twice as much electricity as the United States in 2023, and the gap has widened since.",
      "Musk also said ⟦China would \"pull further ahead\" because it was adding power plants faster than any country in history⟧. That is a forecast and cannot be checked, though current construction data are consistent with it.",
      "His further claim that Tesla's energy-storage business would \"double next year\" is not assessed here."),
    "fact-check quoting his China claims (gold); his Tesla energy claim not gold; checker's verdict not gold"))

add(doc("yen-099", "other", "article",
    "In Chengdu, a cafe for Elon Musk's biggest fans",
    P("The walls of Mars Cafe in Chengdu are covered with photos of rockets, and the menu offers a \"Starship latte.\" Its owner, a 29-year-old software engineer who goes by \"Elon\" online, opened it two years ago.",
      "\"Elon understands China better than most Americans,\" he said, meaning the real one. \"He knows Chinese engineers are the best.\"",
      "Regulars at the cafe say they follow Musk's posts closely. \"Chinese people like him because he builds things,\" said Zhou Min, a student.",
      "Musk has never visited the cafe, though its owner says he has sent him several invitations on X."),
    "nickname trap: a fan called 'Elon' speaks about China and about Musk; no statement of Musk's"))

add(doc("yen-100", "other", "article",
    "What Elon told me about China in 2019",
    P("In the spring of 2019, I spent an afternoon with Elon Musk at the Fremont factory. Tesla was weeks from running out of cash, and he had just signed a deal to build a factory in Shanghai. I asked him why he was betting so much on it.",
      "\"⟦China is the future of manufacturing, whether we like it or not⟧,\" he told me. \"⟦If you want to make cars at scale and cheaply, you have to be there⟧.\"",
      "I told Musk that Washington would not tolerate a Shanghai-dependent Tesla forever. He shrugged and changed the subject to rockets.",
      "Today he talks mostly about robots. When I emailed him last week to ask whether he still believed what he had told me about China in 2019, he replied with a single line: \"⟦More than ever⟧.\""),
    "newsletter recalling his quotes to the author (gold); author's words to him not; 'More than ever' is about China only via context"))
