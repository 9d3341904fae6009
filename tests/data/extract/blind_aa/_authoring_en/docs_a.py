"""aaen-001..029: wire copy."""
from common import doc, T

doc(1, "wire", "article",
    "Musk says Chinese EV makers would demolish rivals without trade barriers",
    '''
AUSTIN, Texas, Oct 23 (Reuters) - Tesla Chief Executive Elon Musk said on Wednesday that Chinese electric-vehicle makers would demolish most of their rivals if trade barriers were removed, in some of his most direct comments yet on the competition Tesla faces in its second-biggest market.
Speaking on a call with analysts after Tesla reported third-quarter results, Musk said the company had seen heavy price pressure in China, where it competes with BYD, Geely and dozens of smaller brands.
"They are extremely good," Musk said of the Chinese automakers. "They work incredibly hard and they're very smart."
Tesla's automotive gross margin excluding regulatory credits fell to 16.4% from 18.7% a year earlier, the company said.
The billionaire also said that SpaceX's Starship would attempt its next flight "within about six weeks", a timeline he has missed before, and that the rocket's heat shield remained the biggest engineering challenge.
Musk gave no new guidance on vehicle deliveries for next year, saying only that growth would depend on the launch of cheaper models and the pace of self-driving approvals.
BYD sold more battery-electric cars than Tesla in the fourth quarter of last year, the first time the Chinese company had done so over a full quarter.
Tesla shares rose 3% in extended trading.
''',
    ["Chinese electric-vehicle makers would demolish most of their rivals if trade barriers were removed",
     "Chinese EV makers would demolish rivals without trade barriers",
     "the company had seen heavy price pressure in China",
     "They are extremely good",
     "They work incredibly hard and they're very smart."],
    "plain positive; headline carries claim; 'They' resolved by 'said of the Chinese automakers'; Starship and delivery remarks in same story are not gold")

doc(2, "wire", "article",
    "Tesla's Shanghai plant cuts shifts as Musk focuses on Starship",
    '''
SHANGHAI, March 4 (Reuters) - Tesla has cut one of three production shifts on its Model Y line at its Shanghai factory, two people familiar with the matter said, as demand in China softened in the face of cheaper rivals from BYD and Leapmotor.
The plant, Tesla's biggest by output, exported fewer vehicles to Europe in February than a year earlier, data from the China Passenger Car Association showed.
Tesla did not respond to a request for comment. Chief Executive Elon Musk, who has not addressed the Shanghai cuts publicly, spent the week in south Texas ahead of a Starship test flight.
"We're going to try to catch the booster with the tower arms again, and I think the odds are pretty good this time," Musk told reporters at the Starbase site on Monday. He added that the heat shield tiles "still need a lot of work."
Sales of domestic brands accounted for 62% of China's passenger vehicle market last year, according to the association.
''',
    [],
    "hard negative: China story, his only quotes are about Starship; 'he added' continuation also non-China")

doc(3, "wire", "article",
    "Musk weighs in on battery costs during Berlin plant tour",
    '''
GRUENHEIDE, Germany (Reuters) - Elon Musk on Thursday offered unusually blunt praise for rivals as he toured Tesla's plant outside Berlin with local officials.
Asked by a reporter about the rapid rise of Chinese battery makers such as CATL and BYD's FinDreams unit, the Tesla CEO paused before answering.
"Frankly, they out-work everyone, and we should copy their supply chain," Musk said. "Their cost per kilowatt-hour is just lower than anyone else's, and it's not because of subsidies."
He also said the German plant would begin producing a cheaper version of the Model Y "sometime next year", without giving details.
Brandenburg's economy minister said the state was in talks with Tesla about expanding the site's water permit.
''',
    ["Frankly, they out-work everyone, and we should copy their supply chain",
     "Their cost per kilowatt-hour is just lower than anyone else's, and it's not because of subsidies."],
    "topic only in context: 'they' refers to Chinese battery makers named in the reporter's question; neutral headline; Berlin product date not gold")

doc(4, "wire", "article",
    "Musk lashes out at EU regulators over driver-assistance approval",
    '''
BRUSSELS (Reuters) - Elon Musk on Friday criticised European transport regulators for what he called the slow approval of Tesla's supervised Full Self-Driving software, weeks after the system won clearance in China.
Tesla rolled out a version of the software to Chinese customers in February after getting a green light from the Ministry of Industry and Information Technology, the company has said.
The Dutch vehicle authority RDW, which is reviewing Tesla's application on behalf of the European Union, said on Thursday it would not be rushed.
"They move at the speed of a glacier, and honestly they seem more interested in paperwork than in saving lives," Musk wrote on X in response, referring to the European authorities.
An RDW spokesperson declined to comment on Musk's post.
''',
    [],
    "hard negative: 'they' refers to European regulators, not to China mentioned earlier; China approval is the journalist's and company's framing")

doc(5, "wire", "article",
    "CATL founder recalls telling Musk China would win battery race",
    '''
NINGDE, China (Reuters) - Robin Zeng, the founder and chairman of Contemporary Amperex Technology Co Ltd (CATL), said on Wednesday he once told Elon Musk that Chinese battery makers would "own the market within ten years", a prediction he said had largely come true.
Zeng, speaking to reporters at the company's headquarters in the southeastern province of Fujian, said Musk had been "very open" to buying more cells from Chinese suppliers and described their relationship as "friendly but tough".
"Elon is a great engineer, but he does not like to pay for batteries," Zeng joked.
CATL supplies lithium iron phosphate cells to Tesla's Shanghai factory. Tesla did not immediately respond to a request for comment.
''',
    [],
    "someone else's words with Musk as object, inside the dateline sentence; Zeng's characterisation of Musk's openness is not Musk's statement")

doc(6, "wire", "article",
    "Musk tells Beijing forum China's AI progress is 'remarkable'",
    '''
BEIJING, Nov 12 (Reuters) - Elon Musk, speaking by video link to a technology conference in Beijing on Tuesday evening after a delayed start caused by connection problems, said China's progress in artificial intelligence had been "remarkable" and that Chinese labs would be "very strong competitors" for years.
The event, held at a hotel near the Olympic park, drew executives from Baidu, Alibaba and ByteDance, as well as officials from the Cyberspace Administration of China.
Musk, whose company xAI develops the Grok chatbot, also repeated his view that digital superintelligence could arrive "within a couple of years" and urged governments to cooperate on safety.
"Chinese engineers are extremely talented and there are a lot of them," he said.
Organisers said more than 1,500 people attended.
''',
    ["China's AI progress is 'remarkable'",
     '''China's progress in artificial intelligence had been "remarkable"''',
     '''Chinese labs would be "very strong competitors" for years''',
     "Chinese engineers are extremely talented and there are a lot of them"],
    "subject and speech verb far apart (long 'speaking by video link ... after a delayed start' phrase); superintelligence remark not gold")

doc(7, "wire", "article",
    "Tesla's Musk praises China's engineers, says they are the best in the world",
    '''
SHANGHAI (Reuters) - Tesla Chief Executive Elon Musk heaped praise on Chinese engineers on Friday, telling staff at the company's Shanghai Gigafactory via video that the local team was "the best in the world at getting things done".
"The Shanghai team just keeps breaking records. I've never seen anything like it," Musk said in the video, which was posted on Tesla China's Weibo account.
The plant produced its 3 millionth vehicle this week, about five years after production started.
Tom Zhu, Tesla's senior vice president who previously ran the Shanghai factory, told the staff that the milestone showed "what Chinese manufacturing can do".
''',
    ["they are the best in the world",
     '''the local team was "the best in the world at getting things done"''',
     "The Shanghai team just keeps breaking records. I've never seen anything like it"],
    "two-verb headline (gold: the 'says' claim); Tom Zhu's China quote next to Musk's is not gold")

doc(8, "wire", "article",
    "Kimbal Musk says Chinese farms are 'years ahead' on vertical farming",
    '''
HONG KONG (Reuters) - Kimbal Musk, the restaurateur and Tesla board member who is the younger brother of Elon Musk, said on Monday that Chinese agricultural companies were "years ahead" of their US counterparts in vertical farming.
"What I saw in Shenzhen and Chengdu blew my mind," Kimbal Musk told a food-technology summit in Hong Kong. "They are doing at scale what we are still doing in pilot projects."
He said he had no plans to invest in China personally but hoped his indoor-farming venture could partner with Chinese growers.
Asked about his brother's business interests in China, Kimbal Musk said: "You'd have to ask Elon."
''',
    [],
    "other person named Musk (Kimbal) talking about China; watched speaker only mentioned")

doc(9, "wire", "article",
    "Five years on, Musk's 'China rocks' moment haunts Tesla's pricing",
    '''
SHANGHAI (Reuters) - When Elon Musk danced on stage at the opening of Tesla's Shanghai factory in January 2020, he told the crowd that "China rocks" and that the plant would become "the heart of Tesla's global manufacturing".
Five years later, the factory is indeed Tesla's largest, but its margins have been squeezed by a price war that Tesla itself helped start.
"He said China would be Tesla's biggest market, and then he cut prices there six times in one year," said Tu Ming, founder of consultancy Sino Auto Lens. "Musk keeps overstating how loyal Chinese buyers are to the brand."
Tesla's share of China's battery-electric segment fell to 6% in the third quarter from 11% two years earlier, according to industry data compiled by the consultancy.
The company has responded with zero-interest loans, a longer-wheelbase Model Y aimed at families, and a stripped-down Model 3 priced below 230,000 yuan.
Rivals have moved faster. Xiaomi took 40 days to deliver its first 10,000 SU7 sedans, and Leapmotor now sells a compact SUV for under 100,000 yuan.
Musk told analysts in October that Tesla was "still very much committed to China" but gave no sales target.
Tesla's investor relations team did not respond to a request for comment.
''',
    ["China rocks",
     '''the plant would become "the heart of Tesla's global manufacturing"''',
     '''Tesla was "still very much committed to China"'''],
    "old remark recalled (2020) is gold; analyst paraphrasing him critically is not; long article")

doc(10, "wire", "article",
    "Musk makes surprise Beijing visit, meets premier",
    '''
BEIJING (Reuters) - Tesla Chief Executive Elon Musk arrived in Beijing on Sunday on an unannounced visit and met Chinese Premier Li Qiang, state media reported, as the carmaker seeks approval to roll out more advanced driver-assistance features in the country.
Li told Musk that China's market "will always be open to foreign enterprises", according to a readout carried by the official Xinhua news agency.
Musk also met officials from the China Council for the Promotion of International Trade and toured a data centre operated by Baidu, two people familiar with the matter said.
The billionaire, who flew in on his private jet from Texas, left the capital after less than 24 hours. He did not speak to reporters waiting outside his hotel.
Tesla did not respond to a request for comment.
''',
    [],
    "things he did (visited, met, toured) not said; premier's quote addressed to him is not gold")

doc(11, "wire", "article",
    "Musk responds to report on Starlink and Beijing",
    '''
WASHINGTON (Reuters) - Elon Musk on Tuesday rejected a newspaper report that he had offered to restrict Starlink service over Taiwan at Beijing's request.
"I have never been asked by the Chinese government to limit Starlink anywhere, and I would not agree if I were," Musk wrote on X.
Musk said that SpaceX had "zero business relationship" with Beijing.
The report, published on Monday, cited unnamed people saying Musk had discussed the issue with a Chinese official in 2022.
Taiwan's digital ministry said it had signed contracts with several non-US satellite operators to reduce its reliance on any single provider.
''',
    ["I have never been asked by the Chinese government to limit Starlink anywhere, and I would not agree if I were",
     '''SpaceX had "zero business relationship" with Beijing'''],
    "denial that states his own claim (gold); the report's allegation and 'rejected a report that' framing are not; headline only says he responded")

doc(12, "wire", "article",
    "Tesla to slow Shanghai output, report says",
    '''
(Reuters) - Tesla plans to cut production at its Shanghai plant by about 10% in the second quarter, technology news site The Information reported on Wednesday, citing an internal memo.
Tesla did not respond to a request for comment, and Chief Executive Elon Musk did not address the report in his posts on X on Wednesday, which focused on a Falcon 9 launch and a lawsuit against advertisers.
"Falcon 9 just completed its 400th landing. Incredible work by the team!" Musk wrote.
Shares of Tesla fell 2.1% in premarket trading. Chinese rivals BYD and Xpeng rose in Hong Kong.
''',
    [],
    "hard negative: China story, his only quote is a Falcon 9 post; 'did not address' is journalist's")

doc(13, "wire", "article",
    "Musk says a Taiwan conflict with Beijing would halt global car production",
    '''
LONDON (Reuters) - Elon Musk said on Thursday that a military conflict between China and Taiwan would bring car production around the world to a standstill because of the industry's reliance on Taiwanese chips.
"If there's a war over Taiwan, every car company on Earth stops making cars. Not just Tesla. Everyone," Musk told an investor conference in London by video.
He said Tesla was working to diversify its semiconductor supply and was "moving as fast as we can" to source more chips from plants in Arizona and Texas.
Taiwan Semiconductor Manufacturing Co produces the majority of the world's most advanced chips. Beijing regards the democratically governed island as its own territory.
''',
    ["a Taiwan conflict with Beijing would halt global car production",
     "a military conflict between China and Taiwan would bring car production around the world to a standstill because of the industry's reliance on Taiwanese chips",
     "If there's a war over Taiwan, every car company on Earth stops making cars. Not just Tesla. Everyone"],
    "Taiwan in relation to China; US chip-sourcing remark not gold")

doc(14, "wire", "article",
    "Musk speaks at Hong Kong fintech week",
    '''
HONG KONG (Reuters) - Elon Musk told Hong Kong FinTech Week on Monday that the city remained "a really important bridge between the mainland and the rest of the world", in a rare comment on the Chinese special administrative region.
Speaking in a pre-recorded conversation with Alice Ng, the head of the city's investment promotion agency, Musk said that Hong Kong's strength was its ability to connect Chinese technology companies with international capital.
Most of the session, however, focused on X's plans for a payments service, which Musk said would launch in the United States "hopefully before the end of the year."
Ng said the government would welcome an application from X to operate a payments business in the city.
''',
    ['''the city remained "a really important bridge between the mainland and the rest of the world"''',
     "Hong Kong's strength was its ability to connect Chinese technology companies with international capital"],
    "Hong Kong in relation to the mainland; 'the city' reference; US payments launch date not gold; neutral headline")

doc(15, "wire", "article",
    "Senators press for TikTok sale as Musk touts X growth",
    '''
WASHINGTON (Reuters) - A bipartisan group of US senators on Tuesday urged the administration to enforce a law requiring China-based ByteDance to sell TikTok, saying the app gave Beijing "a direct line into the phones of 170 million Americans".
"The Chinese Communist Party should not have a say in what our children watch," Senator Mark Halvorsen said at a news conference.
The same day, Elon Musk said X had reached a record 600 million monthly users. "X is now the number one news app in more countries than ever," Musk wrote on the platform.
Musk has in the past been asked whether he would be interested in buying TikTok's US operations. He has not commented on the latest push by lawmakers.
''',
    [],
    "hard negative: others quoted on China/TikTok right next to his non-China X post")

doc(16, "wire", "article",
    "Musk says ByteDance built 'the best recommendation algorithm in the world'",
    '''
SAN FRANCISCO (Reuters) - Elon Musk said on Friday that TikTok's Chinese parent ByteDance had built "the best recommendation algorithm in the world".
"I'm not saying we should copy them, but we'd be idiots not to learn from them," Musk said during a live audio discussion on X, referring to ByteDance.
Musk also said X would roll out a redesigned video tab in the coming weeks.
ByteDance did not respond to a request for comment. The company has said its algorithm is not for sale.
''',
    ["ByteDance built 'the best recommendation algorithm in the world'",
     '''TikTok's Chinese parent ByteDance had built "the best recommendation algorithm in the world"''',
     "I'm not saying we should copy them, but we'd be idiots not to learn from them"],
    "Chinese company (ByteDance); 'them' resolved by 'referring to ByteDance'; product date not gold")

doc(17, "wire", "article",
    "Musk says he opposes tariffs on Chinese EVs even though Tesla would benefit",
    '''
FRANKFURT (Reuters) - Tesla CEO Elon Musk said on Thursday he opposed the European Union's planned tariffs on electric vehicles made in China, even though Tesla's Shanghai-built cars would also be hit.
"Tesla competes fine without any protection. Slapping tariffs on cars from China distorts the market, and that's not good," Musk told reporters at an event in Frankfurt.
The European Commission has proposed duties of up to 35% on Chinese-built EVs after an anti-subsidy investigation. Beijing has called the move "naked protectionism".
A German auto industry association also opposes the tariffs, saying they risk retaliation against European brands in China.
''',
    ["he opposes tariffs on Chinese EVs even though Tesla would benefit",
     "he opposed the European Union's planned tariffs on electric vehicles made in China, even though Tesla's Shanghai-built cars would also be hit",
     "Tesla competes fine without any protection. Slapping tariffs on cars from China distorts the market, and that's not good"],
    "tariffs on China; Beijing's and German association's quotes next to his are not gold")

doc(18, "wire", "article",
    "Tesla CFO says China tariffs to cost company $300 million",
    '''
(Reuters) - Tesla expects new US tariffs on Chinese components to raise its costs by about $300 million this year, Chief Financial Officer Vaibhav Taneja said on Tuesday, as the company reported lower quarterly profit.
"The impact is mostly on our energy storage business, because we still source cells from China for Megapack," Taneja said on a conference call.
Chief Executive Elon Musk used the call to talk up the company's robotaxi plans, saying driverless rides would be available in "several more US cities" by the end of the year.
"The solar-plus-battery economics in Texas are just insane right now," Musk said, adding that Tesla's energy business would grow "well over 50%".
Shares were up 4% after hours.
''',
    [],
    "hard negative: CFO speaks about China; Musk on the same call speaks about robotaxis and Texas energy")

doc(19, "wire", "article",
    "Musk lauds Shanghai factory team on fifth anniversary",
    '''
SHANGHAI (Reuters) - Elon Musk marked the fifth anniversary of Tesla's Shanghai Gigafactory on Wednesday with a message to employees that was shown on screens across the plant.
"The Shanghai team," Musk said in the recorded message, "built this factory from a muddy field in less than a year, which frankly nobody thought was possible."
"Chinese workers," he continued, "have a work ethic and a level of skill that is just extraordinary."
The factory, in the Lingang area of the city's free trade zone, employs about 20,000 people.
Local government officials attended a ceremony at the site, Tesla China said in a statement.
''',
    ["The Shanghai team",
     "built this factory from a muddy field in less than a year, which frankly nobody thought was possible.",
     "Chinese workers",
     "have a work ethic and a level of skill that is just extraordinary."],
    "quotes split by the attribution ('Musk said', 'he continued'); headline only describes praise")

doc(20, "wire", "article",
    "NIO founder says Musk 'changed the game' for Chinese EV makers",
    '''
HEFEI, China (Reuters) - NIO founder William Li said on Saturday that Elon Musk had "changed the game" for Chinese electric-vehicle makers by opening Tesla's Shanghai factory, forcing local brands to raise their standards.
"Without Tesla coming to China, we would not be where we are. Elon pushed all of us," Li told reporters at NIO's annual customer day in Hefei.
Li said NIO would launch two new models under its Onvo brand next year and expand its battery-swap network in Europe.
Tesla did not respond to a request for comment on Li's remarks.
''',
    [],
    "a Chinese CEO praising Musk; Musk is the object, never the speaker")

doc(21, "wire", "article",
    "Musk says China's solar dominance is 'just a fact'",
    '''
RIYADH (Reuters) - Elon Musk on Tuesday told an investment forum in Saudi Arabia that the world's energy transition depended heavily on one country.
"Chinese solar makers have driven the cost of panels down by something like ninety percent. Nobody else is even close, not Europe, not America. That's just a fact, whether people like it or not," Musk said, speaking by video link.
He said that the rest of the world would need to build "vast amounts" of battery storage, and that Tesla's Megapack orders were backlogged into next year.
Saudi Arabia's energy minister said the kingdom planned to add 40 gigawatts of solar capacity by 2030, much of it using Chinese equipment.
''',
    ["China's solar dominance is 'just a fact'",
     "Chinese solar makers have driven the cost of panels down by something like ninety percent. Nobody else is even close, not Europe, not America. That's just a fact, whether people like it or not"],
    "multi-sentence quote attributed only at its end; battery-storage remark not gold; minister's China mention not gold")

doc(22, "wire", "article",
    "Maye Musk draws crowds in Shanghai, says Chinese fans 'the warmest'",
    '''
SHANGHAI (Reuters) - Maye Musk, the model and dietitian who is the mother of Tesla CEO Elon Musk, drew hundreds of fans to a Shanghai bookshop on Saturday to promote the Chinese edition of her memoir.
"Chinese fans are the warmest I have ever met. I come here every year and I always feel at home," Maye Musk told reporters.
Asked whether her son would visit China soon, she said: "He is very busy. He doesn't tell his mother his schedule."
The memoir has sold more than 500,000 copies in China, according to its publisher.
''',
    [],
    "other person named Musk (Maye) talking about China, headline carries her claim")

doc(23, "wire", "article",
    "Musk says Tesla could build a second China factory if demand holds",
    '''
(Reuters) - Tesla could consider a second factory in China if demand for its cars there stays strong, Chief Executive Elon Musk said on Wednesday, though he added that no decision had been made.
"If the Chinese market keeps growing the way it has, then probably we'd need more capacity there at some point. But it's not something we've decided," Musk said on the company's quarterly earnings call.
Musk also said the company's Cybercab would enter volume production "in the second half of next year, hopefully."
Tesla's existing Shanghai plant can make about 950,000 vehicles a year.
''',
    ["Tesla could build a second China factory if demand holds",
     "Tesla could consider a second factory in China if demand for its cars there stays strong",
     "no decision had been made",
     "If the Chinese market keeps growing the way it has, then probably we'd need more capacity there at some point. But it's not something we've decided"],
    "conditional/hedged claim; reported clause before the attribution; 'he added' continuation; Cybercab date not gold")

doc(24, "wire", "article",
    "Analysis: What happens to Tesla if Beijing tilts the field?",
    '''
NEW YORK (Reuters) - Investors have for years treated Tesla's China business as a growth engine. But if Beijing were to tilt the playing field further toward domestic brands, the company would face a hard choice, analysts say.
"Imagine a scenario where Chinese regulators decide to restrict data from foreign cars. Tesla's whole self-driving story in China collapses overnight," said Lena Ostrowski, an analyst at Harbor Peak Securities.
Musk, for his part, has been focused elsewhere. At a conference in San Francisco on Monday, he spoke mainly about artificial intelligence.
"The amount of compute coming online is staggering. We'll have AI that is smarter than any human by next year," he said.
Tesla has said in regulatory filings that its operations in China are subject to "economic, political and regulatory risks".
''',
    [],
    "analyst's hypothetical about China, company filing about China, Musk's own quote about AI only")

doc(25, "wire", "article",
    "Musk and China: the debate goes on",
    '''
WASHINGTON (Reuters) - Elon Musk's relationship with China has again become a talking point in Washington, where lawmakers from both parties have questioned whether his business ties to the country create conflicts of interest.
On Monday, Musk weighed in himself during an appearance at a manufacturing summit in Ohio.
"Who makes most of the world's solar panels? China. Who makes most of the batteries? China. So if you want an energy transition, you'd better understand how they did it," Musk said.
Representative Dana Whitlock, a Republican from Indiana, said afterward that Musk "sounds like he works for Beijing's trade ministry".
Musk did not respond to the comment.
''',
    ["Who makes most of the world's solar panels? China. Who makes most of the batteries? China. So if you want an energy transition, you'd better understand how they did it"],
    "framing headline over a body with a real quote (gold); rhetorical questions; lawmaker describing him not gold")

doc(26, "wire", "article",
    "BYD executive takes jab at Musk at Shenzhen launch",
    '''
SHENZHEN (Reuters) - A senior BYD executive on Thursday took a swipe at Elon Musk, recalling what she described as his dismissive attitude toward Chinese carmakers a decade ago.
"Many years ago, some people in America laughed at our cars. Now those same people are cutting their prices to compete with us," BYD executive vice president Stella Li said at a product launch in Shenzhen, to applause. Asked if she meant Musk, she smiled and said: "Everyone knows."
BYD sold more than 4 million vehicles last year and outsold Tesla in battery-electric vehicles in the fourth quarter.
Tesla did not respond to a request for comment.
''',
    [],
    "rival characterising his past views in her own words; no words of his")

doc(27, "wire", "article",
    "Tesla's Musk: Chinese buyers are the world's most demanding",
    '''
SHANGHAI (Reuters) - Elon Musk said Chinese car buyers were the most demanding in the world when it came to in-car technology, as Tesla prepares to launch an updated Model Y with a larger screen and a voice assistant tailored to the local market.
"Customers in China expect the car to be a smartphone on wheels. If the software isn't great, they just won't buy it," Musk said in a video interview with state broadcaster CCTV that aired on Sunday.
The updated Model Y will use a voice assistant built on a Chinese large language model, according to two people familiar with the matter.
Xiaomi's SU7, launched last year, has been praised by reviewers for its integration with the company's smartphones.
''',
    ["Chinese buyers are the world's most demanding",
     "Chinese car buyers were the most demanding in the world when it came to in-car technology",
     "Customers in China expect the car to be a smartphone on wheels. If the software isn't great, they just won't buy it"],
    "Chinese consumers; colon headline carrying his claim")

doc(28, "wire", "article",
    "Musk stays quiet on China's rare-earth curbs",
    '''
(Reuters) - Elon Musk has long courted Beijing, meeting senior Chinese leaders on multiple visits and building Tesla's largest factory in Shanghai with generous local support. But the billionaire has said nothing publicly about China's new curbs on exports of rare-earth magnets, which carmakers say threaten production.
Instead, at an event in Los Angeles on Thursday, Musk talked about Neuralink. "We've now implanted devices in twelve patients, and every one of them is doing well," he said.
Ford and General Motors have warned the curbs could force them to idle plants. A Tesla spokesperson did not respond to questions.
''',
    [],
    "journalist's description ('has long courted Beijing', 'has said nothing') is not a statement; his quote is about Neuralink")

doc(29, "wire", "article",
    "Musk recalls doubters of Tesla's China bet",
    '''
AUSTIN, Texas (Reuters) - Elon Musk said on Thursday that many of Tesla's own executives had doubted his decision to build a factory in China a decade ago.
"When I told the team, 'China is going to be our biggest market and our best factory,' a lot of people thought I was crazy," Musk said at Tesla's annual shareholder meeting. "Turns out I was right about that one."
He also told shareholders that the Optimus humanoid robot would be "the biggest product ever, of any kind", drawing cheers.
Shareholders approved all of the board's proposals, the company said.
''',
    ["many of Tesla's own executives had doubted his decision to build a factory in China a decade ago",
     "When I told the team, 'China is going to be our biggest market and our best factory,' a lot of people thought I was crazy",
     "Turns out I was right about that one."],
    "nested quote inside his quote; continuation refers back; Optimus remark not gold; headline only describes")
