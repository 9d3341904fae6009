"""yen-001 .. yen-028: wire copy."""
from common import doc, P

DOCS = []
add = DOCS.append

add(doc("yen-001", "wire", "article",
    '''Tesla's Musk says ⟦Chinese EV makers are the world's most competitive⟧''',
    P('''BEIJING, March 12 (Reuters) - Tesla Chief Executive Elon Musk, speaking by video link to an industry forum in Beijing on Tuesday evening after a technical delay of nearly an hour, said ⟦Chinese electric-vehicle makers were now "the most competitive car companies in the world"⟧ and warned that ⟦Western automakers would struggle to survive without trade barriers against Chinese imports⟧.''',
      '''Chinese carmakers have cut prices repeatedly over the past two years as a glut of factory capacity has pushed them to look for buyers overseas. "⟦They are extremely good, and they work incredibly hard. I have tremendous respect for them⟧," Musk told the audience of executives and officials.''',
      '''Asked by the moderator whether Tesla would cut prices again in China, Musk said ⟦the company would "stay disciplined"⟧ and that ⟦the price war there would end with "a handful of very strong survivors"⟧.''',
      '''Musk also said SpaceX would attempt the next flight of its Starship rocket "in about four weeks" and that Tesla's Optimus humanoid robot would enter limited production this year.''',
      '''The forum, organised by a government-backed industry group, also heard from executives at BYD and Geely, who said overseas expansion would be their top priority this year. Musk has made similar comments before, but his remarks on Tuesday were unusually blunt for a foreign executive addressing a Chinese audience.''',
      '''"He's saying out loud what every executive in Detroit and Stuttgart already knows," said Wendy Liu, an analyst at Shanghai-based Kinwell Research. "The cost gap with the Chinese brands is now 25% to 30%."''',
      '''Tesla's Shanghai factory, its largest by output, produced about 950,000 vehicles last year. The company faces mounting pressure in China from BYD, Xiaomi and Geely's Zeekr brand.''',
      '''China's Ministry of Industry and Information Technology has urged carmakers to avoid "disorderly" price competition. Tesla shares rose 2% in premarket trading on Wednesday.''',
      '''(Reporting by Zhang Yan and Kevin Marsh; Editing by Lisa Tran)'''),
    "long phrase between subject and speech verb; 'They' refers back to Chinese carmakers; non-China Starship/Optimus remarks and analyst quote are traps"))

add(doc("yen-002", "wire", "article",
    '''Tesla's China sales slump as Musk bets on robotaxis''',
    P('''SHANGHAI, April 3 (Reuters) - Tesla's sales of China-made vehicles fell 18% in March from a year earlier, data from the China Passenger Car Association showed on Wednesday, as the U.S. automaker lost ground to cheaper local rivals in the world's biggest car market.''',
      '''Chief Executive Elon Musk, who has long courted Beijing and has visited the country several times since the Shanghai plant opened in 2019, has in recent months steered investors' attention toward autonomous driving and humanoid robots.''',
      '''On a call with analysts last month, Musk said Tesla's robotaxi service would launch in Austin "in June" and that the company's Optimus robots would be "doing useful work" in its own factories by the end of the year.''',
      '''Analysts said the China figures showed how much ground Tesla had to make up. "The Model Y is five years old and the competition here turns over its lineup every 18 months," said Gao Ming, an auto analyst at Everbright Securities in Shanghai.''',
      '''Tesla did not respond to a request for comment. BYD, which sells far more cars than Tesla in China, reported a 23% rise in March sales.'''),
    "China story, but his only quoted remarks are about robotaxi and Optimus dates; journalist's 'long courted Beijing' and analyst quote are not his statements"))

add(doc("yen-003", "wire", "article",
    '''Musk says ⟦he never predicted China would 'win' AI race⟧''',
    P('''SAN FRANCISCO, Feb 6 (Reuters) - Elon Musk on Thursday pushed back against reports that he had conceded the artificial intelligence race to China, writing on X that ⟦he had never said Chinese companies would overtake American ones in AI⟧.''',
      '''"⟦I never said China would win. I said they will have a lot more electricity and a lot more compute than people expect, which is a different thing⟧," Musk wrote in response to a user who shared a clip of a recent podcast appearance.''',
      '''The clip, which has been viewed more than 20 million times, shows Musk telling the hosts of a technology podcast that ⟦China's ability to build power plants quickly "is going to be a massive advantage" in training AI models⟧.''',
      '''Several commentators had presented the remarks as an admission that xAI, Musk's AI company, and other U.S. labs were falling behind. Musk did not say in his post whether he believed the United States would keep its lead.''',
      '''xAI said last month it had raised a further $6 billion from investors to expand its Colossus supercomputer in Memphis.'''),
    "denial stated as his own claim ('I never said China would win') is gold; headline carries the denial; recalled podcast remark"))

add(doc("yen-004", "wire", "article",
    '''Kimbal Musk says China 'far ahead' in indoor farming''',
    P('''HONG KONG, Nov 14 (Reuters) - Kimbal Musk, the restaurateur and Tesla board member whose older brother Elon runs the electric-car maker, said on Thursday that China was "far ahead" of the United States in indoor and vertical farming.''',
      '''"They are building at a scale we simply don't see at home," Musk told a food-technology conference in Hong Kong, referring to Chinese agricultural technology companies. "We have a lot to learn from them."''',
      '''Kimbal Musk, 52, co-founded The Kitchen restaurant group and has invested in several vertical-farming start-ups. He said he had not discussed the trip with his brother, who has frequently spoken about Chinese manufacturing.''',
      '''Elon Musk did not attend the event.'''),
    "same surname: 'Musk told' refers to Kimbal Musk, not the watched speaker; Elon only mentioned"))

add(doc("yen-005", "wire", "article",
    '''Tesla's Musk praises Shanghai workers, says ⟦the plant is the company's most efficient⟧''',
    P('''SHANGHAI, Jan 9 (Reuters) - Elon Musk on Tuesday thanked workers at Tesla's Shanghai factory in a video message marking the plant's five-millionth vehicle, saying ⟦the team there had "set the standard" for every other Tesla factory⟧.''',
      '''"⟦Giga Shanghai builds a car faster and with better quality than anywhere else we operate. That is not a small thing⟧," Musk said in the video, which was posted on Tesla China's Weibo account.''',
      '''The factory in the city's Lingang free-trade zone was built in less than a year with support from the local government, which arranged low-cost loans from state banks.''',
      '''A Tesla China spokeswoman told reporters the company would continue to "deepen its roots" in the country.'''),
    "two-verb headline: only the 'says' claim is gold; 'there' refers to the Shanghai factory; spokeswoman not gold"))

add(doc("yen-006", "wire", "article",
    '''Chinese premier tells Musk China will keep door open to foreign firms''',
    P('''BEIJING, April 29 (Reuters) - Chinese Premier Li Qiang told Elon Musk on Sunday that China would continue to open its market to foreign companies and "provide a good business environment" for Tesla, state broadcaster CCTV reported.''',
      '''Musk, who flew into Beijing unannounced on his private jet, met Li at the Great Hall of the People. He also met officials responsible for data security and visited the headquarters of search giant Baidu, according to two people briefed on the trip.''',
      '''"Tesla's development in China is a successful example of economic cooperation," Li told Musk, according to CCTV.''',
      '''A person familiar with the matter said Chinese officials had told Musk that approval for Tesla's driver-assistance software was "close."''',
      '''Tesla did not respond to questions about the visit.'''),
    "other people's words TO him (premier, officials) and his actions (flew, met, visited); no statement of his"))

add(doc("yen-007", "wire", "article",
    '''Musk says ⟦Tesla opposes decoupling from China⟧ - ministry''',
    P('''BEIJING, May 31 (Reuters) - China's commerce minister met Tesla CEO Elon Musk in Beijing on Wednesday, and Musk said that ⟦Tesla opposed "decoupling" from China and was willing to further expand its business there⟧, according to a statement from the ministry.''',
      '''The minister told Musk that China would "unswervingly" expand its opening up and welcomed foreign firms including Tesla to share in the opportunities of the Chinese market, the statement said.''',
      '''The statement did not say whether the two men discussed Tesla's plans to add capacity at its Shanghai plant.''',
      '''Asked by reporters outside his hotel whether he planned to meet President Xi Jinping, Musk did not reply.'''),
    "his words reported via a Chinese ministry readout; minister's words to him and unanswered question are traps"))

add(doc("yen-008", "wire", "article",
    '''Maye Musk draws crowds in Shanghai, says Chinese women 'inspire' her''',
    P('''SHANGHAI, Sept 2 (Reuters) - Maye Musk, the model and dietitian whose son Elon runs Tesla and SpaceX, told a packed book event in Shanghai on Saturday that Chinese women entrepreneurs were "the most inspiring" people she had met on her travels.''',
      '''"I come to China every year now, and every year I see more women running companies," Musk, 76, said. "The energy in this city is unlike anywhere else."''',
      '''Her son has said little publicly about her trip. Maye Musk's memoir has sold more than one million copies in China, according to her publisher.'''),
    "same surname: Maye Musk talks about China; 'Musk, 76, said' is not the watched speaker"))

add(doc("yen-009", "wire", "article",
    '''Musk warns ⟦Chinese carmakers could flatten legacy rivals⟧''',
    P('''AUSTIN, Texas, Jan 25 (Reuters) - Tesla CEO Elon Musk said on Wednesday that ⟦Chinese automakers had become "ferociously" good at cutting costs and would take a big share of overseas markets⟧, as the company forecast slower sales growth this year.''',
      '''Speaking on a conference call with analysts, Musk said ⟦BYD and other local brands were now selling well-equipped sedans in China for under $20,000⟧.''',
      '''"⟦Without tariffs or something like that⟧," Musk said, "⟦they're going to flatten most of the legacy automakers, I think, pretty quickly⟧."''',
      '''Tesla shares fell 9% in after-hours trading. The company said its vehicle volume growth "may be notably lower" this year as it works on a cheaper next-generation car, which Musk said would go into production at its Texas factory in the second half of next year.'''),
    "quote split by the attribution ('they' = Chinese carmakers); product-date remark about Texas car not gold"))

add(doc("yen-010", "wire", "article",
    '''U.S. quadruples tariffs on Chinese EVs; Musk focuses on deficit''',
    P('''WASHINGTON, May 14 (Reuters) - The Biden administration on Tuesday raised tariffs on Chinese electric vehicles to 100% and increased levies on Chinese batteries, chips and solar cells, citing unfair subsidies and overcapacity.''',
      '''Tesla, which exports some China-made cars to Europe and Asia but not to the United States, could benefit from the move, analysts said.''',
      '''Elon Musk, Tesla's chief executive, did not comment on the tariffs. In a series of posts on X on Tuesday, Musk instead focused on the federal budget, writing that "the deficit is the real emergency" and that Congress should "cut spending now."''',
      '''"Chinese overcapacity is a threat to American jobs, and these tariffs are long overdue," said Senator Mark Halvorsen, a Republican on the Senate Finance Committee.'''),
    "China tariff story; his only quoted words are about the U.S. deficit; senator's China quote not his"))

add(doc("yen-011", "wire", "article",
    '''Tesla to expand Shanghai battery plant as Musk touts robotaxi timeline''',
    P('''SHANGHAI, Oct 18 (Reuters) - Tesla will add a second production line at its Megapack battery factory in Shanghai, local officials said on Friday, doubling the plant's capacity less than a year after it opened.''',
      '''Elon Musk, speaking at a product event in Los Angeles last week, said Tesla's Cybercab would go into production "before 2027" but did not mention China.''',
      '''Musk has been effusive about the country in the past. In a 2020 interview with a Chinese state broadcaster, he said ⟦China's economic prospects were "amazing"⟧ and that ⟦Tesla intended to make Shanghai its largest factory in the world⟧.''',
      '''"⟦I think China is going to be the largest market for Tesla long term⟧," he told a conference in 2019.''',
      '''The Megapack plant can produce up to 10,000 of the utility-scale batteries a year.'''),
    "his old China remarks recalled by the writer are gold; current Cybercab date is not"))

add(doc("yen-012", "wire", "article",
    '''CATL's chairman says he warned Musk about battery costs years ago''',
    P('''NINGDE, China, June 20 (Reuters) - The chairman of Contemporary Amperex Technology Co Ltd (CATL) said on Thursday he once told Elon Musk that Tesla would never make batteries as cheaply as the Chinese company, and that the U.S. carmaker would be better off buying them.''',
      '''"I told him, 'You cannot beat us on cost, so let's work together,'" Zeng Yuqun told reporters at the company's headquarters in Fujian province. "He laughed, but he has been buying from us ever since."''',
      '''Zeng did not say when the conversation took place. Tesla and Musk did not respond to requests for comment.''',
      '''CATL supplies lithium iron phosphate batteries for Tesla's Shanghai-built Model 3 and Model Y. Analysts at Bernstein said Musk's effort to mass-produce 4680 cells in Texas remained behind schedule.'''),
    "dateline sentence: another person says he told Musk something; nested quote is Zeng's; Musk only laughed"))

add(doc("yen-013", "wire", "article",
    '''Musk says ⟦chip supply too concentrated in Taiwan given tensions with Beijing⟧''',
    P('''RIYADH, Oct 29 (Reuters) - Elon Musk said on Tuesday that ⟦a Chinese blockade or invasion of Taiwan "would be a calamity for every AI company, including mine"⟧.''',
      '''"⟦Beijing has been very clear about its intentions regarding Taiwan. So if you're building AI and all your most advanced chips come from one island, you have to think about that⟧," Musk told an investment conference in the Saudi capital.''',
      '''He added that the next version of Tesla's self-driving computer, AI5, would be ready "late next year."''',
      '''Taiwan's TSMC makes the vast majority of the world's most advanced chips. China claims democratically governed Taiwan as its own territory; the government in Taipei rejects Beijing's claims.''',
      '''A TSMC spokesperson declined to comment on Musk's remarks.'''),
    "Taiwan in relation to China (gold); 'he added' continuation about AI5 chip date is not about China"))

add(doc("yen-014", "wire", "article",
    '''Tesla wins partial nod for driver-assist in China, still waiting in Europe''',
    P('''SHANGHAI/AMSTERDAM, Feb 26 (Reuters) - Tesla has started rolling out an advanced version of its driver-assistance software to customers in China, the company said on Tuesday, after regulators in Beijing gave a limited approval for the feature.''',
      '''In Europe, where Tesla has been seeking approval through the Dutch vehicle authority RDW for more than a year, progress has been slower. Asked about the delay at an event in Berlin, Elon Musk was blunt. "Honestly, they are the slowest regulators on Earth. We've given them everything they asked for," he said.''',
      '''The RDW said in a statement it was "carefully assessing" Tesla's application and had no timeline for a decision.''',
      '''In China, Tesla said in a post on Weibo that the features would be available to owners of Model 3 and Model Y vehicles with its latest hardware.'''),
    "'they' refers to European (Dutch) regulators, not China, inside a China-led story"))

add(doc("yen-015", "wire", "article",
    '''Musk says ⟦BYD is now Tesla's toughest rival⟧''',
    P('''LOS ANGELES, Dec 4 (Reuters) - Elon Musk said on Wednesday that ⟦China's BYD had become Tesla's most formidable competitor⟧, a striking shift for an executive who laughed when asked about the Shenzhen-based company in a television interview in 2011.''',
      '''"⟦Their cost structure is impressive. They make almost everything themselves, from the chips to the seats⟧," Musk said at a conference hosted by a business newspaper.''',
      '''He added that ⟦the company was "very focused and very tough"⟧, a description he did not apply to any other rival.''',
      '''BYD overtook Tesla as the world's biggest seller of battery-electric vehicles in the final quarter of last year. A BYD spokesperson said the company "respects all competitors."'''),
    "'Their'/'the company' refer to BYD; 'he added' continuation; 2011 laugh is an action, not a statement"))

add(doc("yen-016", "wire", "article",
    '''BYD executive says Musk 'finally understands' Chinese EVs''',
    P('''SHENZHEN, China, March 8 (Reuters) - A senior BYD executive said on Friday that Elon Musk had "finally understood" how competitive Chinese electric vehicles had become, pointing to the Tesla CEO's change in tone toward the company.''',
      '''"Ten years ago people in California laughed at us. Now they study our cars," said Lin Wei, BYD's executive vice president for overseas markets.''',
      '''Lin said she had met Musk briefly at an industry event in Germany last year and told him BYD's new factory in Hungary would be "the most efficient in Europe." "He was very polite," she said.''',
      '''Musk has not commented publicly on her remarks.'''),
    "a Chinese executive talking ABOUT Musk and what she told him; no words of his"))

add(doc("yen-017", "wire", "article",
    '''Musk tells Hong Kong forum ⟦city's future is tied to the mainland⟧''',
    P('''HONG KONG, Nov 5 (Reuters) - Elon Musk told a fintech conference in Hong Kong on Tuesday that ⟦the city's fortunes were now "inseparable" from those of mainland China⟧, before cutting his appearance short without taking questions from reporters.''',
      '''"⟦Hong Kong's future is tied to the mainland now, and that's just reality. Whether that's good or bad depends on what Beijing decides to do with it⟧," Musk said via video link.''',
      '''He spent most of his 20-minute appearance discussing X's plans for a payments service, which he said would launch in the United States "within months."''',
      '''The city's financial secretary, speaking after Musk, said Hong Kong "remains the only place in the world where global capital and Chinese capital converge."'''),
    "Hong Kong in relation to the mainland/Beijing (gold); his X payments date not gold; official's quote not his"))

add(doc("yen-018", "wire", "article",
    '''DeepSeek's rise rattles U.S. tech; Musk touts Grok 3 launch''',
    P('''SAN FRANCISCO, Jan 28 (Reuters) - Shares of Nvidia and other U.S. chip companies slid on Monday after Chinese startup DeepSeek released a low-cost AI model that rivals the best American systems on several benchmarks.''',
      '''An Nvidia spokesperson said in a statement that DeepSeek's model was "an excellent AI advancement."''',
      '''Elon Musk, whose xAI is building one of the world's largest AI supercomputers in Memphis, said on X on Monday that xAI's Grok 3 model would be released "in about three weeks" and would be "the smartest AI on Earth."''',
      '''Venture investor Dana Holt called DeepSeek's release "a Sputnik moment for American AI."'''),
    "DeepSeek story; his remark is only about Grok 3's release; others' DeepSeek quotes are traps"))

add(doc("yen-019", "wire", "article",
    '''Musk doubts DeepSeek's cost claims, says ⟦Chinese lab has far more chips⟧''',
    P('''Jan 30 (Reuters) - Elon Musk said on Thursday that ⟦Chinese AI startup DeepSeek had access to far more Nvidia chips than it had publicly acknowledged⟧, casting doubt on the company's claim that it trained its flagship model for under $6 million.''',
      '''"⟦They have way more GPUs than they're letting on. Probably tens of thousands of top-end Nvidia chips⟧," Musk wrote in a post on X.''',
      '''DeepSeek did not respond to a request for comment. Its founder, Liang Wenfeng, rarely speaks publicly.''',
      '''Some researchers disputed Musk's view. "The efficiency gains in DeepSeek's paper are real and reproducible," said Ana Ortiz, a machine-learning researcher at a university in Toronto.'''),
    "two-verb headline (gold: the 'says' claim); 'They' = DeepSeek; researcher's rebuttal not gold"))

add(doc("yen-020", "wire", "article",
    '''Xiaomi's Lei Jun takes aim at Tesla with new SUV''',
    P('''BEIJING, June 26 (Reuters) - Xiaomi Chief Executive Lei Jun on Thursday unveiled the company's second electric vehicle, an SUV priced below Tesla's Model Y in China.''',
      '''The billionaire, who is often compared with Elon Musk, said Xiaomi had benchmarked the car directly against the Model Y. "We respect Tesla very much, but on range and comfort we are ahead," he said.''',
      '''Lei said he had been "a student of Elon" for many years.''',
      '''Tesla did not comment. Musk, who posted several times on Thursday about SpaceX's Starlink satellites, did not mention the Xiaomi launch.'''),
    "'the billionaire' and 'he said' refer to Lei Jun, not Musk; 'Elon' used by another speaker"))

add(doc("yen-021", "wire", "article",
    '''Tesla holds annual meeting; Musk says robotaxis coming to more cities''',
    P('''AUSTIN, Texas, June 13 (Reuters) - Elon Musk, addressing shareholders at Tesla's annual meeting at its sprawling factory on the outskirts of Austin, Texas, on Thursday afternoon, said ⟦the company's Shanghai plant remained "the most productive car factory on Earth"⟧ and ⟦China would stay one of Tesla's two most important markets⟧.''',
      '''Musk also said the robotaxi service would expand to "several more U.S. cities" by the end of the year.''',
      '''Shareholders voted to approve all of the board's proposals, including a plan to move the company's legal home to Texas. Several large pension funds had opposed the move, arguing it weakened investor protections.''',
      '''Asked by a shareholder how he balanced work with a large family, Musk joked that he had "too many kids to count" and said he tried to take at least one of them on every business trip.''',
      '''Tesla's sales in China, where it competes with dozens of local brands, fell 7% in the first five months of the year, according to industry data. "The Shanghai plant is efficient, but efficiency doesn't sell cars on its own," said Rachel Owens, an analyst at Northbay Capital.''',
      '''Tesla's head of China operations, speaking later at the same event, said the company would introduce a longer-wheelbase Model Y for Chinese buyers.'''),
    "long locative/time phrase between name and verb; headline claim is about robotaxis (not gold); own executive's China remark not gold"))

add(doc("yen-022", "wire", "article",
    '''China's Chang'e-7 set for launch as SpaceX readies Starship''',
    P('''BEIJING, Aug 10 (Reuters) - China will launch its Chang'e-7 lunar probe later this month to search for water ice near the moon's south pole, the China National Space Administration said on Sunday.''',
      '''Western analysts say China's steady progress has intensified a new space race with the United States.''',
      '''SpaceX founder Elon Musk said on Sunday that the next Starship test flight would take place "in roughly three weeks," pending regulatory approval, and that the company planned to catch the rocket's upper stage for the first time.''',
      '''NASA's administrator has warned lawmakers that China could land astronauts on the moon before the United States returns. "They are very good and they are moving fast," he told a House committee last month.'''),
    "China space story; his remark is about Starship only; 'They are very good' about China is NASA's administrator"))

add(doc("yen-023", "wire", "article",
    '''Musk says ⟦China's space program 'far more advanced' than people realize⟧''',
    P('''WASHINGTON, Nov 19 (Reuters) - Elon Musk said on Tuesday that ⟦China's space program was "far more advanced than most people in America realize"⟧ and that ⟦Chinese rocket companies were closing the gap with SpaceX faster than expected⟧.''',
      '''"⟦If you look at the launch cadence they're going to have in two or three years, it's going to be formidable⟧," Musk said in an interview on the sidelines of a space industry event in Washington.''',
      '''He said SpaceX's Starship would fly to Mars in 2026 "if things go well."''',
      '''China conducted 67 orbital launches last year, second only to the United States.'''),
    "China space program (gold) next to his Mars date (not gold); 'they' = Chinese rocket companies; hedged claim"))

add(doc("yen-024", "wire", "article",
    '''Musk arrives in Shanghai, sidesteps questions on new plant''',
    P('''SHANGHAI, Oct 7 (Reuters) - Elon Musk arrived in Shanghai on Monday for a brief visit to Tesla's factory, but did not respond to reporters' questions about whether the company would build a second plant in China.''',
      '''"Will Tesla build a second factory in China, Mr. Musk?" one reporter shouted as he stepped out of his car. "Is the cheaper Model Y coming here first?" asked another. Musk waved and walked into the building.''',
      '''A Tesla spokeswoman said the company had "no announcements to make at this time."''',
      '''Musk later posted a photo on X of himself with a group of factory workers, without comment.'''),
    "questions put to him, unanswered; actions only (arrived, waved, posted a photo)"))

add(doc("yen-025", "wire", "article",
    '''Musk says ⟦tariffs on Chinese EVs won't fix Western carmakers' problems⟧''',
    P('''PARIS, May 23 (Reuters) - Tesla CEO Elon Musk said on Thursday that ⟦tariffs on Chinese electric vehicles would not solve the problem facing Western carmakers⟧, which he said was that ⟦Chinese cars were simply cheaper and, in many cases, better⟧.''',
      '''"⟦Tesla didn't ask for these tariffs. Honestly, I'm not a fan of things that distort the market⟧," Musk told the VivaTech conference in Paris by video.''',
      '''His comments contrasted with those of a senior Ford executive, who told reporters in Detroit this week that "fair rules" were needed to compete with Chinese automakers.''',
      '''Musk said Tesla was also on track to unveil a new Roadster "before the end of the year."'''),
    "tariffs on Chinese EVs; 'these tariffs' refers back; Ford executive and Roadster date are traps"))

add(doc("yen-026", "wire", "article",
    "Tesla's China chief says local competition 'brutal'",
    P('''SHANGHAI, Sept 19 (Reuters) - Competition in China's car market is "brutal" and will lead to consolidation, Tesla's head of China operations, Zhao Lin, said on Thursday.''',
      '''"Chinese brands launch a new model every month. We have to be faster," Zhao told a forum in Shanghai.''',
      '''Zhao, who reports directly to Elon Musk, said Musk was "very focused" on the China market and visited the factory "more often than people know."''',
      '''Musk, in a post on X on Thursday, said the next major version of Tesla's self-driving software would be released to U.S. customers "next month."'''),
    "his own executive talks about China and about Musk; Musk's own post is about a U.S. software release"))

add(doc("yen-027", "wire", "article",
    '''Tesla boss says ⟦China sales will rebound in second half⟧''',
    P('''LONDON, July 24 (Reuters) - Tesla boss Elon Musk told analysts on Wednesday that ⟦the company's sales in China would recover in the second half of the year⟧ as updated versions of the Model Y reached showrooms, shrugging off a price war that has squeezed margins across the industry.''',
      '''Local rivals are "⟦cutting prices like crazy⟧," the billionaire said, adding that ⟦Tesla would not match every cut in China⟧.''',
      '''"⟦We're going to see a lot of consolidation there. Most of those brands won't exist in five years⟧," he added.''',
      '''Musk also reiterated that Tesla would take its robotaxi service to more U.S. cities and said the Optimus humanoid robot would be sold to outside customers "in 2026."'''),
    "'the Tesla boss', 'the billionaire', 'he added'; 'there'/'those brands' refer to China; robotaxi/Optimus dates not gold"))

add(doc("yen-028", "wire", "article",
    '''Musk and Beijing: a relationship built on a factory''',
    P('''SHANGHAI, Jan 7 (Reuters) - Five years after Tesla delivered its first Shanghai-built cars, Elon Musk's ties with China's leadership remain one of the most closely watched relationships in global business.''',
      '''Musk has visited China at least five times since 2019, meeting premiers, ministers and local party chiefs. He danced on stage at the plant's delivery ceremony in 2020 and has invested billions of dollars in expanding the site.''',
      '''Critics in Washington say the relationship gives Beijing leverage over one of America's most influential businessmen. "He needs China more than China needs him," said a senior Republican congressional aide.''',
      '''Supporters argue that Tesla's Chinese supply chain has helped the company cut costs for cars sold around the world.''',
      '''Tesla did not respond to a request for comment. Musk has posted about China on X several times in recent months.'''),
    "framing headline and journalist analysis; actions (visited, danced, invested); critic's quote; 'posted about China' only describes"))
