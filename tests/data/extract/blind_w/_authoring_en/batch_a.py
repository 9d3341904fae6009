from common import D

D(1, "wire", "article",
  "CATL chairman says he warned Musk no one could match Chinese cell costs",
  """SHANGHAI, June 3 (Reuters) - The chairman of Chinese battery giant CATL said on Tuesday he once told Elon Musk that no supplier outside China could match the cost curve of lithium iron phosphate cells made in Fujian, a remark he said left the Tesla chief "quiet for a long time."

Robin Zeng, speaking at an industry forum in Shanghai, said the conversation took place during a 2019 visit to Tesla's plant in Fremont, California.

Musk, who addressed the same forum by video link later in the day, said ⟦Chinese battery makers had "earned their lead the hard way."⟧

"⟦They iterate faster than anyone. Their factories run like clockwork, and frankly we are learning from them⟧," he said.

Tesla buys cells from CATL for some vehicles assembled at its Shanghai plant, its largest factory by output.

Musk also used the appearance to repeat that the long-delayed second-generation Roadster would be unveiled "before the end of the year, hopefully," a target he has missed several times.

CATL's Hong Kong-listed shares rose 2.1% on the day.

(Reporting by Zhang Yan and Brenda Goh; Editing by Muralikumar Anantharaman)""",
  "dateline sentence is another CEO's words about Musk (not gold); Musk's later quote with 'they/their' chain to Chinese battery makers is gold; Roadster date not gold")

D(2, "wire", "article",
  "BYD's Stella Li says Musk 'finally takes us seriously'",
  """SHENZHEN, China, Sept 12 (Reuters) - BYD executive vice president Stella Li said on Thursday that Elon Musk "finally takes us seriously," more than a decade after the Tesla boss laughed off the Chinese carmaker's vehicles in a television interview.

"When he laughed at us, we were a small battery company trying to make cars. Now we sell more electric cars than anyone," Li told reporters at the company's headquarters in Shenzhen.

Analysts at Bernstein wrote in a note this week that Musk tends to overstate how quickly Tesla can win back share in China with cheaper trims, pointing to a fourth straight month of lower registrations.

Musk has long courted Beijing, and Tesla's Shanghai factory remains its biggest export base.

The billionaire did not respond to a request for comment. Speaking to reporters at SpaceX's Starbase site in Texas on Wednesday, he said only that the next Starship flight was "about four weeks away, if the hardware cooperates."

(Reporting by Kevin Krolicki; Editing by Louise Heavens)""",
  "hard negative: rival executive's words about Musk, analysts paraphrasing him critically, journalist framing 'long courted Beijing', and his only own quote is about Starship")

D(3, "wire", "article",
  "Musk addresses Beijing supply-chain expo by video link",
  """BEIJING, July 16 (Reuters) - Tesla Chief Executive Elon Musk, speaking by video link to the China International Supply Chain Expo in Beijing on Wednesday evening after a delay of almost an hour caused by a technical fault, said that ⟦China's manufacturing base was "second to none"⟧ and that ⟦Tesla would keep expanding its sourcing in the country⟧.

Organisers had promoted Musk's appearance for weeks, and several hundred attendees stayed in the hall past 9 p.m. local time to watch it.

He also said artificial general intelligence could arrive "next year, maybe the year after," and that humanoid robots would eventually outnumber people.

Tesla sold 61,484 China-made vehicles in June, data from the China Passenger Car Association showed, down 0.8% from a year earlier.

Nvidia's Jensen Huang, who attended the expo in person, told reporters Chinese AI researchers were "world class."

(Reporting by Beijing newsroom; Editing by Jacqueline Wong)""",
  "long phrase between subject and speech verb; two China points in reported speech are gold; AGI/robot claims in same piece not gold; another CEO's China quote not gold")

D(4, "wire", "article",
  "Chinese EV makers press into Europe as Musk attacks EU rules",
  """BRUSSELS/BERLIN, March 4 (Reuters) - Chinese electric-car makers led by BYD and Chery are opening showrooms across Europe at a record pace, undercutting local brands by as much as a fifth even after the European Union's extra duties on China-built EVs.

BYD is due to start production at its plant in Szeged, Hungary, later this year, and Chery has taken over a former Nissan site near Barcelona.

Elon Musk, whose Tesla has lost share in Europe for 14 straight months, turned his fire on Brussels rather than on his Chinese rivals. Asked at a Berlin event about the approval of Tesla's supervised self-driving software in the bloc, he pointed at European regulators. "They are moving at a glacial pace. Their rules were written for a world without software, and they know it," Musk said.

He added that Tesla would keep pushing for approval through the Dutch regulator RDW, which could certify the system for the whole EU.

EU trade commissioner Maros Sefcovic said on Monday that Chinese carmakers "must compete on a level playing field," and that the bloc was monitoring price undertakings closely.

(Reporting by Philip Blenkinsop and Christina Amann; Editing by Mark Potter)""",
  "hard negative: China-heavy article; Musk's 'they/their' chain refers to European regulators, not Chinese firms; EU official's China quote not Musk")

D(5, "wire", "article",
  "Tesla China sales slide as local rivals cut prices",
  """SHANGHAI, Aug 4 (Reuters) - Sales of China-made Tesla vehicles fell 12% in July from a year earlier, extending a slump as Xiaomi, Geely and Leapmotor cut prices on rival SUVs in the world's largest car market.

Tesla's domestic retail sales in China dropped to their lowest level since late 2022, while exports from its Shanghai plant rose, data from the China Passenger Car Association showed on Monday.

The figures contrast with the optimism Elon Musk voiced at Tesla's 2022 shareholder meeting, when he said ⟦the Shanghai factory was "Tesla's crown jewel"⟧ and predicted ⟦China would eventually become the company's biggest market⟧.

Tom Zhu, who ran the Shanghai plant before becoming Tesla's global head of automotive, said in a statement to employees last month that the team had to "fight for every order."

Tesla did not respond to a request for comment on the July numbers.

(Reporting by Zhang Yan and Brenda Goh; Editing by Sonali Paul)""",
  "quote recalled from years ago is still his statement (gold); Tesla executive's and data commentary not gold")

D(6, "wire", "article",
  "Maye Musk draws crowds in Shanghai as Tesla's China sales wobble",
  """SHANGHAI, Nov 8 (Reuters) - Maye Musk, the model and dietitian who is the mother of Tesla chief Elon Musk, told an audience of several hundred fans in Shanghai on Friday that China was "my favourite place in the world to work," as she promoted the Chinese edition of her memoir.

"The people here are so kind to me, and the young women are so ambitious. They remind me of myself at 20," said the 77-year-old, who has visited the country more than a dozen times.

Her son Elon Musk visited Beijing in April, meeting Premier Li Qiang, and travelled to Shanghai last year to tour the Gigafactory. He did not attend Friday's event.

Separately, Kimbal Musk, Elon's younger brother and a Tesla board member, said on a podcast this week that Chinese vertical farms were "five years ahead of ours."

Tesla's China-made vehicle sales fell 9% in October, industry data showed.

(Reporting by Casey Hall; Editing by Edwina Gibbs)""",
  "hard negative: other Musks (Maye, Kimbal) make China statements; Elon only described by actions (visited, met)")

D(7, "wire", "article",
  "Musk denies seeking Chinese help on self-driving data rules",
  """WASHINGTON/BEIJING, Feb 20 (Reuters) - Elon Musk on Thursday denied a newspaper report that he had lobbied Chinese officials to relax data-export rules for Tesla's driver-assistance software in exchange for support on trade issues.

In a post on X, Musk said ⟦he had never asked Chinese officials for help with the data rules⟧, calling the story "utterly false" and its sources "unnamed and uninformed."

The report, citing two people familiar with the matter, said the discussions took place during Musk's visit to Beijing last April.

China's foreign ministry spokesperson Mao Ning told a regular press briefing that "China always welcomes foreign companies to invest and develop in China in accordance with laws and regulations," and declined to comment on specific companies.

Tesla's software, marketed in China as "intelligent assisted driving in urban areas," was rolled out to Chinese customers in February after months of delay.

(Reporting by David Shepardson and Liz Lee; Editing by Chizu Nomiyama)""",
  "denial: headline 'Musk denies seeking...' and 'Musk denied a report' are descriptions (not gold) but 'Musk said he had never asked Chinese officials...' states his claim (gold); foreign ministry quote not gold")

D(8, "wire", "article",
  "Tesla's Musk meets Chinese premier in surprise Beijing trip",
  """BEIJING, April 28 (Reuters) - Tesla Chief Executive Elon Musk met Chinese Premier Li Qiang in Beijing on Sunday during an unannounced visit, state media reported, as the U.S. carmaker seeks approval to roll out its advanced driver-assistance software in China.

Li told Musk that Tesla's development in China "can be called a successful example of China-U.S. economic and trade cooperation," according to a readout carried by the official Xinhua news agency.

Musk, who flew into the capital on his private jet, also met officials of the China Council for the Promotion of International Trade, people familiar with the matter said.

He did not comment publicly on the meeting. During the flight he posted on X about a Starlink launch, writing that "V3 satellites go up next month."

Tesla shares rose 4% in premarket trading on Monday.

(Reporting by Beijing and Shanghai newsrooms; Editing by Muralikumar Anantharaman)""",
  "hard negative: Musk only does things (flew, met); Chinese premier's words about Tesla; his only post is about Starlink")

D(9, "wire", "article",
  "Musk warns ⟦a Taiwan blockade would halt global car production⟧",
  """PARIS, June 13 (Reuters) - Elon Musk said on Thursday that ⟦a Chinese blockade of Taiwan would bring the world's car industry to a standstill within weeks⟧. Almost every automaker depends on chips made on the island.

"⟦If China blockades Taiwan, every car company on earth stops, including us. There is no plan B for the chips, not in the short term⟧," Musk told the VivaTech technology conference in Paris by video link.

He said ⟦a conflict across the Taiwan Strait was "the single biggest risk" to Tesla's supply chain⟧.

The Tesla and SpaceX chief also reiterated that SpaceX would attempt to send uncrewed Starships to Mars at the end of 2026, "assuming we make the window."

Taiwan's foreign ministry said in a statement it thanked "international friends" for paying attention to peace in the Taiwan Strait.

(Reporting by Mathieu Rosemain; Editing by Alexander Smith)""",
  "Taiwan in relation to China: claim-carrying headline gold; multi-sentence quote gold; follow-up reported speech about moving chip orders from Taiwan gold; Mars remark not gold; Taiwan ministry quote not gold")

D(10, "wire", "article",
  "Tesla China registrations slump; Musk says Wall Street has it wrong",
  """SHANGHAI, Oct 14 (Reuters) - Tesla's insurance registrations in China fell 17% last week from the previous week, data compiled by the China Automotive Technology and Research Center showed, as Xiaomi's YU7 SUV began deliveries.

The data added to concern among investors that the U.S. automaker is losing ground to cheaper domestic models in the world's second-largest economy.

Tesla Chief Executive Elon Musk brushed aside the worries on Monday without addressing China directly. "Wall Street analysts have been wrong about Tesla for fifteen years. They'll be wrong again. Their models don't include autonomy," he wrote on X.

In a separate post he said Giga Texas, Tesla's plant in Austin, would start building the Cybercab "in Q2 next year."

Deutsche Bank analyst Edison Yu said in a note the China figures were "hard to square with management's upbeat tone."

(Reporting by Qiaoyi Li and Zhang Yan; Editing by Raju Gopalakrishnan)""",
  "hard negative: China story, but Musk's 'they/their' chain refers to Wall Street analysts; Giga Texas date not China; analyst's words not gold")

D(11, "wire", "article",
  "Musk weighs in on U.S. tariff fight",
  """WASHINGTON, May 15 (Reuters) - Tesla CEO Elon Musk said on Friday that ⟦higher U.S. tariffs on Chinese-made cars were "not the answer"⟧ to competition from Chinese carmakers, breaking with some Detroit rivals who have lobbied for tougher measures.

"⟦Our Shanghai cars mostly stay in Asia anyway, so the tariffs barely touch us⟧," Musk told reporters at an event in Washington. "⟦But in general, I'm not a fan of tariffs on Chinese EVs or anything that distorts the market⟧."

Asked whether he would endorse candidates in next year's midterm elections, Musk said he planned to "stay out of it this time, mostly."

Ford CEO Jim Farley said last month that Chinese carmakers posed an "existential threat" to the U.S. auto industry.

(Reporting by David Shepardson; Editing by Leslie Adler)""",
  "tariffs on China: reported clause + two quoted sentences gold; midterm-elections answer not gold; Ford CEO's China quote not gold")

D(12, "wire", "article",
  "Xiaomi's Lei Jun says Musk 'underestimated us, like everyone did'",
  """BEIJING, Dec 2 (Reuters) - Xiaomi founder Lei Jun said on Tuesday that Tesla chief Elon Musk had "underestimated us, like everyone did," as the smartphone maker reported that its car unit had turned an operating profit for the first time.

"I have been studying Elon's playbook for ten years. He is a great teacher, even if he does not know he is teaching me," Lei told analysts on an earnings call.

Lei added that Xiaomi's second car factory in Beijing would start production next spring.

Musk congratulated Xiaomi on its first car launch last year, according to a post Lei shared at the time. Tesla did not respond to a request for comment.

Xiaomi's shares rose 3% in Hong Kong.

(Reporting by Che Pan and Brenda Goh; Editing by Christopher Cushing)""",
  "hard negative: Chinese rival's words with Musk as object; 'Musk congratulated' is an action described, with no words of his")

D(13, "wire", "article",
  "Tesla's Musk praises China's engineers, says ⟦they are the best in the world⟧",
  """SHANGHAI, Jan 7 (Reuters) - Elon Musk on Tuesday praised Chinese engineers in a video message marking five years of production at Tesla's Shanghai factory.

"⟦The engineering talent in China is just phenomenal. There are more engineers graduating here every year than in the U.S. and Europe combined⟧," Musk said in the message, which was played to staff at the plant.

"⟦The team in Shanghai built this factory in under a year. Nobody else on earth could have done that⟧," he added.

Separately, in response to a question posted by a user on X, Musk said the Cybertruck would not be sold outside North America "for now."

The Shanghai plant produced more than 950,000 vehicles last year, just over half of Tesla's global output.

(Reporting by Zhang Yan; Editing by Kim Coghill)""",
  "headline with two verbs: 'praises' is description, the 'says ...' claim part is gold; 'he added' continuation gold; Cybertruck market remark not gold")

D(14, "wire", "article",
  "Tesla cuts Model Y prices in China as price war deepens",
  """SHANGHAI, Feb 26 (Reuters) - Tesla cut the starting price of its Model Y in China by 10,000 yuan ($1,380) on Wednesday, its second cut this year, as the U.S. automaker fights a deepening price war with domestic brands led by BYD.

"We hope more consumers can experience a Tesla," a Tesla China spokesperson said in a statement on Weibo.

Cui Dongshu, secretary general of the China Passenger Car Association, said Elon Musk "understands better than anyone that Chinese consumers will not pay a premium for a foreign badge any more."

Tesla's shares fell 1.5% in U.S. premarket trading. Musk has not commented on the price cut.

(Reporting by Zhang Yan and Casey Hall; Editing by Stephen Coates)""",
  "hard negative: company spokesperson and industry official speak; official's words describe what Musk 'understands' (not his claim); Musk has not commented")

D(15, "wire", "article",
  "Musk says ⟦China's rare-earth grip is slowing Optimus robot production⟧",
  """AUSTIN, Texas, June 23 (Reuters) - "⟦China has the rare-earth refining locked up. Ninety percent, maybe more. We have to build our own⟧," Elon Musk told reporters at Tesla's Austin headquarters on Monday, describing how ⟦Beijing's export controls on magnets had slowed work on the company's Optimus humanoid robot⟧.

He added that ⟦Beijing's export licences for the magnets were "coming through, but slowly."⟧

China in April began requiring licences for exports of seven rare earth elements and related magnets, a move widely seen as retaliation for U.S. tariffs.

Musk also said Optimus production would reach "thousands of units" by the end of the year and that the robot would eventually be Tesla's most valuable product.

(Reporting by Akash Sriram and Abhirup Roy; Editing by Shilpi Majumdar)""",
  "claim-carrying headline gold; 'describing how ...' paraphrase gold; quote introduced at start and attributed at its end; 'He added that' continuation gold; Optimus volume claim not gold")
