from common import doc

# W1 positive, long: video-link phrase between subject and verb; CATL founder "told Musk"; Starship remark
doc("wire", "article",
 'Tesla\'s Musk says ⟦Chinese EV makers "will be very hard to beat"⟧',
 '''
SHANGHAI, May 14 (Reuters) - Tesla Chief Executive Elon Musk, speaking by video link to an industry conference in Beijing on Tuesday evening after a delayed start caused by a power cut at the venue, said ⟦Chinese electric vehicle makers had become the toughest competitors Tesla had ever faced⟧.

"⟦They iterate faster than anyone, they are relentless on cost, and they will be very hard to beat⟧," Musk told the audience at the forum, an annual gathering of automakers, suppliers and government officials.

Musk's remarks come as Tesla's sales in China, its second-largest market, fell 11% in the first four months of the year while domestic rivals such as BYD and Xiaomi gained share.

Zeng Yuqun, the founder of battery giant CATL, who spoke on the same panel, said he once told Elon Musk that Tesla would never match Chinese suppliers on battery cost without sourcing cells locally. "I said this to Elon in 2019 and I still believe it," Zeng said.

Musk also used the appearance to talk up SpaceX, saying the next Starship flight was "probably four to six weeks away" and that the company would attempt to catch the upper stage with its launch tower later this year.

He declined to comment on reports that Tesla was preparing a cheaper Model Y variant for Chinese buyers, saying only that ⟦the Shanghai team would "have something exciting to show" before the end of the year⟧.

Analysts at Morgan Stanley said in a note to clients that Musk's praise for Chinese rivals was "as much a warning to investors as a compliment."

Tesla shares were little changed in premarket trading.

(Reporting by Zhang Yan in Shanghai and Akash Sriram in Bengaluru; Editing by Louise Heavens)
''',
 "long locative/time phrase between subject and 'said' (video link to Beijing); CATL founder 'said he once told Elon Musk' is not gold; Starship remark in China story not gold; 'they' continuation")

# W2 negative: someone else's words with Musk as object, inside dateline sentence
doc("wire", "article",
 "CATL founder says he warned Musk years ago about battery costs",
 '''
NINGDE, China, June 3 (Reuters) - Robin Zeng, the billionaire founder of Chinese battery maker CATL, said on Monday he once told Elon Musk that Tesla "could not win on cost" without Chinese cells, recalling a dinner with the Tesla chief in Shanghai in 2019.

"He listened, he argued a little, and then he ordered more cells," Zeng told reporters at the company's headquarters in the eastern Chinese city of Ningde.

Tesla did not respond to a request for comment. Musk, who posted several times on Monday about a SpaceX launch from Florida, wrote on X that the Falcon 9 booster had "landed perfectly on its 25th flight."

CATL shares rose 2.4% in Shenzhen. Analysts said Zeng's remarks underscored how dependent Western automakers remain on Chinese supply chains, even as Washington tightens rules on battery imports.
''',
 "hard negative: rival's account of what he told Musk (dateline sentence), Zeng describing Musk's reaction, Musk's own post is about Falcon 9")

# W3 positive: subordinate clauses before "said"; other executives quoted in same paragraph
doc("wire", "article",
 "Tesla flags China price pressure at annual meeting",
 '''
AUSTIN, Texas (Bloomberg) -- Although he spent most of Tesla Inc.'s annual meeting on Thursday promoting robotaxis and the Optimus humanoid robot, Elon Musk, who has visited China three times in the past 18 months and counts several senior officials in Beijing among his contacts, said that ⟦Chinese carmakers were "extremely good" and would keep gaining market share outside China⟧.

Tom Zhu, the senior vice president who oversees Tesla's Asia operations, said the Shanghai factory had "run at full tilt" in the second quarter, while Chief Financial Officer Vaibhav Taneja said pricing in China "remains the most competitive of any market we operate in." Musk added that ⟦Tesla would not chase volume in China by cutting prices further⟧.

Asked by a shareholder whether trade tensions could cost Tesla its Shanghai plant, Musk said ⟦he had seen "no sign at all" that Beijing wanted the company to leave⟧.

Musk also repeated his prediction that Tesla would have "millions" of Optimus robots at work by 2030, a forecast many analysts regard as ambitious.

The shares rose 3% in extended trading.
''',
 "long sentence with concessive + relative clauses before 'said that'; CFO and Asia chief quoted on China in the same paragraph (not gold); Optimus prediction not gold")

# W4 negative: executives on China, Musk only on robotaxis
doc("wire", "article",
 "Tesla sees China price war easing, says executive",
 '''
SHANGHAI, July 8 (Reuters) - A senior Tesla executive in China said on Tuesday that a bruising price war among Chinese automakers was showing signs of easing, as Beijing pressed companies to stop selling cars below cost.

"The worst of the discounting is behind us," Wang Hao, Tesla's vice president for China sales, told reporters at an event in Shanghai. "Customers are coming back to the showrooms."

Tesla CEO Elon Musk, who was not at the event, said separately on X that the company's robotaxi service would expand to "several more U.S. cities" before the end of the year.

China's Ministry of Industry and Information Technology last month summoned executives from more than a dozen carmakers, including BYD and Geely, and urged them to avoid "disorderly" competition.

Analysts at Citi said Tesla's China deliveries were likely to stabilise in the second half.
''',
 "hard negative: China remarks come from a Tesla China executive; Musk's statement in the China story is about U.S. robotaxis")

# W5 positive: paraphrase verbs warned, arguing, predicted, conceded, insisted, joked
doc("wire", "article",
 "Musk warns ⟦tariffs on Chinese EVs could backfire on Western carmakers⟧",
 '''
(Bloomberg) -- Elon Musk warned that ⟦new tariffs on Chinese electric vehicles could end up hurting the very carmakers they are meant to protect⟧, arguing that ⟦protection would make Western brands "lazy" at a time when Chinese rivals are improving every month⟧.

In an interview with a German business newspaper published on Sunday, the Tesla chief executive predicted that ⟦BYD and at least two other Chinese manufacturers would be among the world's ten largest carmakers by 2030⟧.

He conceded that ⟦Tesla had lost ground in China to cheaper local models⟧, but insisted that ⟦the Shanghai plant remained Tesla's most efficient factory⟧ and would not be scaled back.

The European Union imposed duties of as much as 35% on Chinese-built EVs last year after an anti-subsidy investigation, and Washington has raised its own levy to more than 100%.

Musk joked that ⟦he had "lost count" of how many new Chinese car brands had launched this year⟧.

Volkswagen AG's chief executive, speaking at a separate event in Wolfsburg, said European manufacturers needed "time, not tariffs" to catch up.

Musk also said he would be in Germany next month to inspect an expansion of Tesla's Gruenheide plant near Berlin.
''',
 "reported speech with verbs other than 'said' (warned, arguing, predicted, conceded, insisted, joked); headline with 'warns' carries claim; Berlin plant remark and VW CEO quote not gold")

# W6 negative: Kimbal Musk, "said Musk" refers to Kimbal
doc("wire", "article",
 'Kimbal Musk says Chinese diners adopt food tech "far faster" than Americans',
 '''
HONG KONG, Nov 2 - Kimbal Musk, the restaurateur and Tesla board member, said on Saturday that Chinese consumers were adopting new food technology "far faster than Americans," speaking at a food innovation summit in Hong Kong.

"The appetite here for experimentation is incredible. In Shanghai and Shenzhen people will try anything once," said Musk, the younger brother of Tesla CEO Elon Musk.

He said his brother had visited the mainland earlier this year but that the two had not discussed food. "Elon eats whatever is put in front of him," he joked.

Kimbal Musk, who co-founded a chain of farm-to-table restaurants in the United States, said he was in talks with two Chinese vertical-farming companies about a possible partnership.
''',
 "namesake: Kimbal Musk; 'said Musk' and 'he joked' refer to Kimbal, not Elon")

# W7 positive: quotes interrupted by attribution mid-sentence
doc("wire", "article",
 "Musk says ⟦Chinese suppliers key to Tesla's cheaper car⟧",
 '''
BERLIN, March 19 (Reuters) - "⟦Chinese companies are the most competitive in the world⟧," Tesla CEO Elon Musk said on Wednesday, "⟦and if you put up no trade barriers, they will pretty much demolish most other carmakers⟧."

Speaking to reporters at Tesla's plant outside Berlin, Musk said ⟦the company's planned lower-cost model would rely heavily on Chinese suppliers for batteries and electronics⟧.

"Look," he said, "⟦without the supply base around Shanghai, we would not be able to hit that price point at all⟧."

The factory near Berlin, which employs about 11,000 people, has struggled with weak European demand. "The team here is doing a great job, and we're adding a second shift on Model Y in the summer," Musk said of the German plant.

Tesla has not disclosed a price for the new model, which analysts expect to sell for about $30,000.
''',
 "quotes interrupted by attribution mid-sentence ('Look,' he said, '...'); praise for the Berlin plant is not gold")

# W8 negative: 'they' refers to European regulators in a China subsidy story
doc("wire", "article",
 "EU widens probe into Chinese EV subsidies to battery suppliers",
 '''
BRUSSELS, Sept 10 (Reuters) - The European Commission on Wednesday widened its investigation into Chinese state subsidies for electric vehicle makers to include battery suppliers, a move that could lead to higher duties on cars built by BYD, Geely and SAIC.

China's commerce ministry said it "firmly opposes" the probe and would take "all necessary measures" to protect Chinese companies.

Elon Musk, whose company ships Model 3 sedans from Shanghai to European buyers, was asked about the investigation at a technology conference in Paris. He did not address the subsidy question, instead criticising the pace of European rule-making.

"They take three years to approve a software update that we can push out in a day," Musk said of the Commission's vehicle regulators. "They're not bad people. They are just incredibly slow."

A Commission spokesperson declined to comment on Musk's remarks.
''',
 "hard negative: 'they' refers to European regulators, not China, in a story about Chinese subsidies; journalist's link (ships from Shanghai) is not his statement")

# W9 positive: "they" after a sentence about Chinese carmakers; also "they" about NHTSA (not gold)
doc("wire", "article",
 "Musk: ⟦Chinese carmakers \"out-work everyone\"⟧",
 '''
FREMONT, Calif. (Reuters) - Tesla CEO Elon Musk told employees at the company's Fremont factory on Friday that ⟦Chinese carmakers had set a pace the rest of the industry could not ignore⟧, according to a recording of the meeting reviewed by Reuters.

"⟦Frankly, they out-work everyone, and we should copy their supply chain⟧," Musk said. "⟦Their suppliers sit within an hour's drive of the final assembly plant. Ours are scattered across three continents.⟧"

He told workers the Cybercab would start volume production "in the second quarter, give or take."

Musk was less generous about U.S. auto-safety officials. "They have no idea how fast this industry moves," he said of the National Highway Traffic Safety Administration, which is reviewing Tesla's driver-assistance software.

Tesla did not respond to a request for comment.
''',
 "pronoun 'they'/'their' referring back to Chinese carmakers (gold), multi-sentence quote; later 'they' refers to NHTSA (not gold); Cybercab date not gold")

# W10 negative: Maye Musk in Shanghai
doc("wire", "article",
 "Maye Musk draws crowds in Shanghai on book tour",
 '''
SHANGHAI (AFP) - Maye Musk, the 77-year-old model and dietitian, drew hundreds of fans to a bookstore in Shanghai's Jing'an district on Saturday for the launch of a new Chinese edition of her memoir.

"Chinese women have taught me so much about working hard and staying curious," Musk told the audience through an interpreter. "I come here every year, and every year the city looks different."

Her son, Tesla CEO Elon Musk, did not attend. Asked about him, she said: "He works too hard, like everyone in China."

Maye Musk has more than two million followers on the Weibo social media platform, where she regularly posts photographs from her trips to the mainland.
''',
 "namesake: Maye Musk ('Musk told the audience'); Elon mentioned only as absent")

# W11 positive: recalled older statement + new X post; journalist framing not gold
doc("wire", "article",
 "Musk's old pledge on China back in focus as Tesla opens Shanghai battery plant",
 '''
SHANGHAI, Feb 11 (Reuters) - Tesla began production at its Shanghai Megapack battery factory on Tuesday, less than a year after breaking ground, giving the U.S. company a second major manufacturing base in China.

Musk has long courted Beijing, and the new plant puts fresh attention on his past remarks. During a visit to the Chinese capital in 2023, Musk said that ⟦the economies of the United States and China were "too intertwined to pull apart"⟧ and that ⟦Tesla opposed any attempt to decouple them⟧.

On Tuesday he struck a similar tone, writing on X: "⟦Incredible work by the Shanghai Megafactory team, built in record time⟧."

The plant will initially produce 10,000 Megapack units a year, according to the Shanghai government. Local officials attended the ceremony; Musk did not.
''',
 "statement recalled from years ago (gold); journalist's 'Musk has long courted Beijing' not gold; X post praising Shanghai team")

# W12 negative: actions only, state media quotes official
doc("wire", "article",
 "Musk makes surprise visit to Beijing, meets Premier Li",
 '''
BEIJING, April 28 (Reuters) - Tesla CEO Elon Musk arrived in Beijing on Sunday for an unannounced visit and met Premier Li Qiang, Chinese state media reported, as the carmaker seeks approval to roll out its advanced driver-assistance software in the world's second-largest economy.

Li told Musk that China would "continue to open up" to foreign investment and welcomed Tesla's "deep roots" in the country, according to state broadcaster CCTV.

Musk posted a photograph of the meeting on X without comment. He also met executives from Baidu, whose mapping data Tesla would need for its software to operate on Chinese roads, two people familiar with the matter said.

Tesla's Shanghai factory, its largest, produced nearly half of the company's global deliveries last year. Tesla did not respond to requests for comment.
''',
 "hard negative: only things he did (visited, met, posted a photo); the premier's words to Musk; sources' account")

# W13 positive: denial stated as his claim
doc("wire", "article",
 "Musk says ⟦Tesla has never shared data with Chinese government⟧",
 '''
WASHINGTON (Reuters) - Elon Musk said on Monday that ⟦Tesla had never handed any vehicle data to the Chinese government⟧, responding to a U.S. congressional report that questioned the carmaker's data practices in China.

"⟦We have never shared data with Beijing, not once, not ever⟧," Musk wrote on X. "⟦If we did, we would be shut down everywhere else, so it would be insane.⟧"

The billionaire said ⟦he had never been asked by Chinese authorities to provide such data⟧.

The House Select Committee on the Chinese Communist Party said in its report that vehicles built in Shanghai stored data on servers inside China and that Chinese law could compel companies to hand it over. A committee spokesperson said Musk's response "does not answer the questions we asked."
''',
 "denial stated as his own claim ('said he had never...'), conditional second sentence of X post; committee's words not gold")

# W14 negative: analysts paraphrasing him critically; spokesperson denial
doc("wire", "article",
 "Analysts question Musk's rosy view of China demand",
 '''
NEW YORK (Reuters) - Wall Street analysts on Thursday questioned Elon Musk's upbeat assessment of Chinese demand for Tesla cars, after data showed sales from the company's Shanghai plant fell for a third straight month.

"Musk keeps telling investors that China is a growth market for Tesla. The numbers say otherwise," said Dana Whitfield, an analyst at Corbel Research.

Another analyst, who asked not to be named because of client relationships, said the Tesla CEO "tends to overstate how loyal Chinese buyers are to the brand."

Data from the China Passenger Car Association showed Tesla sold 52,300 China-made vehicles in September, down 9% from a year earlier.

Tesla declined to comment. A company spokesperson separately denied that it planned to cut shifts in Shanghai.
''',
 "hard negative: analysts paraphrasing Musk critically ('Musk keeps telling investors that China is...'); spokesperson denial is not Musk")

# W15 positive: Taiwan in relation to China; AI chip demand remark not gold
doc("wire", "article",
 "Musk says ⟦a China-Taiwan conflict is \"the single biggest risk\" for chip supply⟧",
 '''
SAN FRANCISCO (Reuters) - Elon Musk said on Tuesday that ⟦a conflict between China and Taiwan would be "the single biggest risk" to the global supply of advanced chips⟧, and that ⟦Beijing's position on the island was unlikely to soften⟧.

Musk, speaking at a semiconductor industry dinner in San Jose, said demand for AI chips would outstrip supply "for at least another three years" regardless of geopolitics.

Taiwan's economics minister, asked about the remarks in Taipei on Wednesday, said the island's chip industry "has weathered many storms and will weather this one."

Taiwan Semiconductor Manufacturing Co makes the vast majority of the world's most advanced processors, including those used by Tesla and Musk's artificial intelligence company xAI.
''',
 "Taiwan in relation to China (gold); AI chip demand forecast not gold; Taiwanese minister not gold")

# W16 negative: US energy-policy remarks in a China solar story
doc("wire", "article",
 "China's solar panel glut deepens as prices hit record low",
 '''
BEIJING/HOUSTON (Reuters) - Prices for Chinese solar panels fell to a record low this week as manufacturers including Longi and Jinko kept factories running despite a glut, squeezing margins across the industry.

"Nobody wants to be the first to cut output," said an executive at a Jiangsu-based module maker who declined to be identified. China accounts for more than 80% of global solar manufacturing capacity.

In Houston, Tesla CEO Elon Musk told an energy conference that the U.S. "needs to build transmission lines ten times faster than it does today" and that permitting, rather than hardware, was "the real bottleneck" for American power. He said Tesla's Megapack order backlog now stretched into 2027.

Industry group CPIA forecast that Chinese installations would slow next year for the first time in a decade.
''',
 "hard negative: his remarks about U.S. transmission/permitting and Megapack backlog sit inside a China solar story")

# W17 positive: TikTok / ByteDance
doc("wire", "article",
 "Musk says ⟦a TikTok ban would be \"a mistake\"⟧, urges sale by Chinese owner",
 '''
(Reuters) - Elon Musk said on Saturday that ⟦banning TikTok in the United States would be "a mistake"⟧ that would give the government too much power over what Americans can watch.

In a post on X, the billionaire also said that ⟦ByteDance should sell TikTok's U.S. operations to a buyer outside China⟧. "⟦The app itself isn't the problem. Who owns it is.⟧"

Lawmakers from both parties have argued that ByteDance's Chinese ownership makes TikTok a national security risk. ByteDance has said it would not sell.

Musk, who owns the X social media platform, said separately that X's video views had "doubled since January."
''',
 "TikTok/ByteDance (Chinese-owned company) statements are gold; multi-sentence quote without attribution verb following a reported clause; X video growth not gold")

# W18 positive: Hong Kong; Dogecoin remark not gold
doc("wire", "article",
 "Musk says ⟦Hong Kong still \"the bridge\" to mainland China⟧",
 '''
HONG KONG (SCMP) - Elon Musk told a fintech forum in Hong Kong on Thursday that ⟦the city remained "the bridge" between global investors and mainland China⟧, in a rare public comment on the financial hub.

Speaking by video from Texas, the billionaire said he expected ⟦more Chinese technology companies to list in Hong Kong over the next two years⟧.

He also used the appearance to praise Dogecoin as "the people's crypto," drawing laughter from the audience of about 2,000 bankers and start-up founders.

A senior official from the city's Financial Services and the Treasury Bureau, speaking after Musk, said Hong Kong had "never been more open for business."
''',
 "Hong Kong in relation to the mainland (gold); 'expected X' reported clause; Dogecoin remark not gold; official's words not gold")

# W19 negative: "posts about" headline; he shared a chart without comment
doc("wire", "article",
 "Musk posts about Chinese battery prices",
 '''
(Reuters) - Elon Musk on Monday shared a chart showing the price of lithium iron phosphate battery cells in China falling below $50 per kilowatt-hour, without adding any comment of his own.

The post, viewed more than 30 million times, drew thousands of replies. "This is why Western battery startups are in trouble," wrote one user, whose reply Musk did not answer.

Benchmark Mineral Intelligence said Chinese cell prices had fallen about 40% in 18 months because of overcapacity.

Musk later posted about an outage at his Starlink satellite internet service, writing that service had been "fully restored."
''',
 "hard negative: headline only says he posted; he shared a chart without comment; his only words concern Starlink")

# W20 positive: long preamble before 'suggested that'; hedged / conditional claim; export controls
doc("wire", "article",
 "Musk: ⟦China could lead in AI compute \"within two years\" if power build-out continues⟧",
 '''
(Reuters) - Elon Musk, who has repeatedly argued that electricity rather than chips will be the main constraint on artificial intelligence, and whose xAI start-up is building one of the largest data centres in the United States, suggested on Wednesday that ⟦China could overtake the United States in total AI computing capacity within two years if its power build-out continued at the current pace⟧.

"⟦China's electricity output is growing at a rate that the U.S. simply isn't matching. If that doesn't change, they will have more compute than us, probably sooner than people think⟧," Musk said during a livestreamed discussion on X.

He cautioned that ⟦the forecast depended on Chinese companies' access to advanced chips, which remains restricted by U.S. export controls⟧.

Musk also said xAI's next model would be released "in a few weeks."
''',
 "long preamble (relative clauses) before the verb 'suggested'; hedged/conditional claim; export controls on China; xAI release date not gold")

# W21 negative: musk deer, no Elon at all
doc("wire", "article",
 "China's musk deer farms expand as traditional-medicine demand grows",
 '''
CHENGDU, China (Reuters) - Farms raising musk deer in the Chinese provinces of Sichuan and Shaanxi are expanding rapidly, as demand for natural musk used in traditional medicine and perfume pushes prices to records.

"Demand for musk is stronger than ever, and we cannot breed the animals fast enough," said Li Wei, who manages a farm of about 600 deer outside Chengdu.

Natural musk, a secretion from a gland of the male deer, now sells for more than three times the price of gold by weight, traders said. China banned hunting of wild musk deer decades ago, and farmed animals are harvested without being killed.
''',
 "namesake trap: 'musk' the animal product; no Elon Musk")

# W22 positive: short, 'he added' continuation with 'they'
doc("wire", "article",
 "Musk says ⟦Xiaomi's SU7 is \"an impressive car\"⟧",
 '''
(Reuters) - Elon Musk said on Friday that ⟦Xiaomi's SU7 electric sedan was "an impressive car" and a sign of how quickly Chinese technology companies were moving into autos⟧. "⟦They did in three years what took legacy automakers decades⟧," he added in a post on X. Xiaomi shares rose 4% in Hong Kong after the comments.
''',
 "short wire; named Chinese company only; 'he added' continuation with 'they' = Xiaomi")
