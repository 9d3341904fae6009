from lib import D

# W1
D("wire", "article",
"Musk says Washington underestimates China's AI push",
'''
SHANGHAI, July 4 (Reuters) - Tesla Chief Executive Elon Musk, speaking by video link to the World Artificial Intelligence Conference in Shanghai on Thursday evening after a delayed start, said ⟦Chinese companies were "far ahead of where most people in Washington think" in artificial intelligence⟧.

"⟦People underestimate China. They are very good at execution and they will have a lot of compute⟧," Musk said.

He also said Tesla's Optimus humanoid robot would go into limited production next year, without giving a volume target.

Chinese Premier Li Qiang told the same conference that China "welcomes foreign enterprises to share in the opportunities" of its AI industry and called for global rules on the technology.

Musk has addressed the Shanghai event in person or by video every year since 2019. Tesla shares rose 1.8% in premarket trading.
''',
"reported speech with nested quote; subject and verb far apart (long locative/time phrase); other official quoted about China next to him; his non-China remark (Optimus date) not gold")

# W2
D("wire", "article",
"CATL founder says he told Musk Tesla could never match its battery costs",
'''
NINGDE, China (Reuters) - Zeng Yuqun, the founder of Chinese battery maker CATL, said on Tuesday he had once told Elon Musk that Tesla would "never be able to make cells cheaper than us", and that the Tesla CEO had laughed and changed the subject.

Zeng, speaking at an investor day at the company's headquarters in Fujian province, said CATL's sodium-ion batteries would reach mass production in the second half of the year.

"We respect Tesla very much. But in batteries, scale is everything," Zeng said.

Tesla did not respond to a request for comment. Musk has previously said Tesla would continue to buy cells from several suppliers.
''',
"hard negative: someone else's words with Musk as object in dateline sentence; journalist's vague background 'Musk has previously said Tesla would continue to buy cells from several suppliers' is not about China")

# W3
D("wire", "article",
"Tesla's Musk: Chinese rivals out-work everyone",
'''
(Bloomberg) -- Chinese carmakers led by BYD Co. and Geely Automobile Holdings Ltd. cut prices again this quarter, squeezing margins across the industry and pushing Tesla Inc.'s share of the Chinese market to its lowest since 2019.

Elon Musk, asked about the competition on a call with analysts on Wednesday, was blunt. "⟦Frankly, they out-work everyone, and we should copy their supply chain⟧," he said. "⟦Their cost per vehicle is lower than ours and they iterate twice as fast⟧."

Musk also said the Cybercab, Tesla's two-seat robotaxi, would start volume production in the second quarter of next year, and that the company's Full Self-Driving software would be offered in Europe "soon."

Tesla shares fell 3% in late trading.
''',
"topic only from context: 'they' refers back to Chinese carmakers (gold); quote split into two by attribution; his Cybercab date and FSD Europe remark are not gold; title carries claim (gold)")

# W4
D("wire", "article",
"EU presses ahead with Chinese EV tariffs as X faces new probe",
'''
BRUSSELS (Reuters) - The European Commission confirmed on Monday that extra duties of up to 35% on electric cars made in China would stay in place, rejecting a last-minute offer from Beijing to set minimum prices instead.

China's commerce ministry said it "firmly opposes" the decision and would take "all necessary measures" to defend Chinese companies.

Separately, European regulators opened a fresh investigation into X, Elon Musk's social media platform, under the bloc's Digital Services Act, citing its handling of paid verification checkmarks.

Musk responded within hours. "They have no idea what they are doing. This is censorship dressed up as consumer protection," he wrote on X.

Tesla, which builds cars for Europe in Shanghai as well as Berlin, was hit with a lower 7.8% rate. The company declined to comment on the tariff decision.
''',
"hard negative: 'they' in his quote refers to European regulators, not China, although the article is about Chinese EV tariffs")

# W5
D("wire", "article",
"Tesla's China sales slide as Musk's 'biggest market' prediction fades",
'''
SHANGHAI, Oct 9 (Reuters) - Tesla sold 61,400 China-made vehicles in September, down 12% from a year earlier, data from the China Passenger Car Association showed on Wednesday, extending a slump that has seen local brands take a larger share of the world's biggest car market.

The figures are a far cry from the optimism of 2020, when Tesla's Shanghai Gigafactory began deliveries. Speaking at the plant's opening ceremony that January, Musk thanked local officials and said ⟦the factory had been built "at record speed" with the support of the Shanghai government⟧.

Months later he told a conference call that ⟦China would eventually be Tesla's biggest market⟧, a forecast that has not come to pass.

Musk has long courted Beijing, meeting senior officials on several trips, and Tesla remains the only foreign carmaker to wholly own its Chinese factory.

Tesla did not respond to a request for comment on the September data.
''',
"old remarks recalled in a new story (gold); journalist's 'Musk has long courted Beijing' not gold; headline word 'biggest market' in quotes is framing, not gold")

# W6
D("wire", "article",
"Musk lands in Beijing as Tesla seeks green light for driver assistance",
'''
BEIJING (Reuters) - Tesla CEO Elon Musk arrived in Beijing on Sunday on an unannounced visit, two people familiar with the matter said, as the U.S. automaker seeks approval to roll out its advanced driver-assistance software in the world's second-largest economy.

Musk met Premier Li Qiang and officials from the China Council for the Promotion of International Trade, state media Xinhua reported, without giving details.

Musk has long praised China's manufacturing prowess and regularly visits the country, though this was his first trip since last spring.

"The visit shows Tesla still sees China as indispensable," said Tu Le, founder of consultancy Sino Auto Insights.

Tesla did not respond to a request for comment.
''',
"hard negative: only actions (arrived, met) and journalist's vague characterisation 'has long praised'; analyst quoted about China")

# W7
D("wire", "article",
"Musk denies report he sought Pentagon briefing on China",
'''
WASHINGTON (Reuters) - Elon Musk on Friday denied a newspaper report that he had been scheduled to receive a top-secret Pentagon briefing on U.S. military plans for any conflict with China.

"⟦I have never asked for, nor received, any briefing about China war plans⟧," Musk wrote on X. "⟦Given my business interests there, I would not want one⟧."

The report had prompted concern among some lawmakers, given Tesla's large factory in Shanghai and its reliance on Chinese suppliers.

Defense Secretary Pete Hegseth said later on Friday that the meeting had been about "innovation, efficiencies and smarter production" and had nothing to do with China.

Musk also said he would step back from his government role by the end of May to focus on his companies.
''',
"denial: 'denied a newspaper report' has no claim (not gold); his quoted denial with content is gold; 'there' refers back to China; other official's words; US-politics remark not gold")

# W8
D("wire", "article",
"Kimbal Musk backs vertical farming venture in Shanghai",
'''
SHANGHAI (Reuters) - Kimbal Musk, the restaurateur brother of Tesla CEO Elon Musk and a member of Tesla's board, said on Thursday China's indoor farms were "years ahead of anything in America" as he announced an investment in a Shanghai-based vertical farming startup.

"Chinese growers have figured out how to do this at scale," Kimbal Musk told reporters at a launch event. "They are the future of food."

Separately, his mother Maye Musk, a model and author, drew crowds at a Shanghai bookshop last month, telling fans she always feels "at home in China."

Elon Musk was not involved in the investment, a spokesperson for the startup said.
''',
"hard negative: other Musks (Kimbal, Maye) talk about China; the watched speaker says nothing")

# W9
D("wire", "article",
"Tesla's Musk praises China's engineers, says ⟦they are the best in the world⟧",
'''
AUSTIN, Texas (Reuters) - Tesla Chief Executive Elon Musk praised China's engineering talent on Tuesday, saying at an event at the company's Texas headquarters that ⟦Chinese engineers were among the hardest-working he had met⟧.

"⟦The engineering talent in China is incredible. I think they are the best in the world at manufacturing⟧," Musk said, adding that ⟦Tesla's Shanghai team had "taught us a lot" about production efficiency⟧.

He said the Austin plant would add a third shift next month.

The remarks come as Washington tightens rules on technology exports to China.
''',
"headline with two verbs: only the claim part is gold ('they' = China's engineers); 'praised China's engineering talent' is description, the 'saying that' clause is gold; 'adding that' continuation; Austin shift remark not gold")

# W10
D("wire", "article",
"Xpeng's He says Musk's view of Chinese cars has changed",
'''
GUANGZHOU (Reuters) - Xpeng Chief Executive He Xiaopeng said on Monday that Elon Musk "used to think Chinese cars were cheap copies" but now regarded them as Tesla's most serious competition.

"Ten years ago, nobody in Silicon Valley took us seriously. Now Elon talks about us all the time," He told reporters at the company's headquarters, after Xpeng reported record quarterly deliveries.

Analysts say Musk tends to overstate the threat from Chinese rivals to justify Tesla's pivot to robotaxis and humanoid robots.

Tesla did not respond to a request for comment.
''',
"hard negative: rival quoting/paraphrasing Musk; analysts paraphrasing him critically; no words of his")

# W11
D("wire", "article",
"Taiwan rebukes Musk over remarks on island's future",
'''
TAIPEI (Reuters) - Taiwan's foreign ministry on Wednesday criticised Elon Musk after the billionaire said ⟦Beijing would "eventually" bring Taiwan under its control and that companies should plan for it⟧.

Musk, speaking at a technology conference in Miami on Tuesday, also said ⟦a conflict over the island would disrupt "basically every supply chain on Earth," including Tesla's⟧.

"Taiwan is not for sale, and Mr. Musk's commercial interests do not define our future," ministry spokesman Lin Chia-lung said.

China's Taiwan Affairs Office did not comment directly but repeated that "reunification is inevitable."

Musk, whose Tesla operates a large factory in Shanghai, did not respond to the criticism.
''',
"Taiwan in relation to China (gold); Taiwanese and Chinese officials quoted right next to him (not gold); 'did not respond' not gold")

# W12
D("wire", "article",
"Tesla Shanghai exports jump as Musk focuses on Starship",
'''
SHANGHAI (Reuters) - Tesla's Shanghai plant exported 38,000 vehicles in August, its highest monthly total this year, as the factory shipped more Model Y cars to Europe and Southeast Asia, data showed on Friday.

Musk, who spent much of the week at SpaceX's Starbase site in Texas, said the next Starship flight would take place "in about six weeks" and that the rocket's heat shield had been "completely redesigned."

Asked on X about Tesla's camera-only approach, he wrote: "Lidar is a crutch. Humans drive with eyes, so can cars."

The Shanghai factory, which opened in 2019, can build more than 950,000 vehicles a year.
''',
"hard negative: China story, but his remarks are about Starship and self-driving sensors")

# W13
D("wire", "article",
"Musk says tariffs on Chinese cars distort market",
'''
DETROIT (Reuters) - Elon Musk said on Wednesday that ⟦tariffs on Chinese-made electric vehicles "distort the market"⟧ and that Tesla had not asked for them, even though the company could benefit from them.

He added that ⟦without trade barriers Chinese automakers would "demolish most other car companies in the world"⟧.

"⟦I am not in favour of tariffs on Chinese cars or anything else that distorts the market⟧," Musk told analysts. "⟦But they are extremely competitive, and that is just a fact⟧."

The United States quadrupled tariffs on Chinese EVs to 100% last year. The Alliance for Automotive Innovation, which represents major automakers, declined to comment.
''',
"tariffs on China (gold); 'he added that' continuation; split quote where second part uses 'they' for Chinese automakers")

# W14
D("wire", "article",
"Musk warns Taiwan conflict would hit Tesla's Shanghai supply chain",
'''
LONDON (Reuters) - Elon Musk said ⟦a conflict over Taiwan would put Tesla in a "tough spot"⟧, in an interview with the Financial Times published on Sunday.

"⟦If there is a conflict over Taiwan, our Shanghai supply chain would be in a tough spot, and so would everyone else's⟧," Musk said. "⟦I think that is unlikely in the next few years, but you have to plan for it⟧."

Musk declined to say whether Tesla had drawn up contingency plans.

He also said he expected interest rates in the United States to fall "fairly soon."
''',
"conditional/hedged claims (gold); lead paraphrase also gold; 'declined to say' is not a statement; US rates remark not gold")

# W15
D("wire", "article",
"Xiaomi's Lei Jun calls Musk 'a genius' as SU7 orders top 200,000",
'''
BEIJING (Reuters) - Xiaomi Corp founder Lei Jun said on Thursday orders for its SU7 electric sedan had topped 200,000, and called Tesla CEO Elon Musk "a genius who changed the whole industry."

"Elon showed us what a car can be. We want to build a car that Chinese families can afford," Lei told a news conference in Beijing.

Xiaomi's Hong Kong-listed shares rose 6%. Musk did not respond to a request for comment on Lei's remarks.
''',
"hard negative: a Chinese CEO quoted praising Musk; Musk says nothing")

# W16
D("wire", "article",
"Musk tells Austin workers Shanghai plant is Tesla's most productive",
'''
AUSTIN, Texas (Reuters) - Tesla's Shanghai plant built almost 950,000 vehicles last year, more than any other Tesla factory, and has been held up internally as a model for the rest of the company.

"⟦The team there is working incredibly hard, and frankly the output per worker there is the highest of any Tesla factory⟧," Musk told employees at the Austin plant on Wednesday, according to a recording reviewed by Reuters.

He said the Austin plant's Cybertruck line would be reconfigured to build a cheaper model.
''',
"topic only in context: 'there' refers back to the Shanghai plant; Cybertruck remark not gold")

# W17
D("wire", "article",
"China's Qianfan constellation lags as SpaceX steps up Starlink launches",
'''
BEIJING (Reuters) - China's Qianfan satellite internet constellation, backed by the Shanghai government, has placed only 90 satellites in orbit, far short of its target of 648 by the end of this year, according to a Reuters analysis of launch data.

State-run Shanghai Spacecom Satellite Technology, which runs the project, said delays at its launch provider had slowed deployment.

SpaceX, by contrast, launched its 8,000th Starlink satellite this month. "The company will launch more than 150 missions this year," Musk said of SpaceX on X. "Starlink is now the majority of all active satellites."

China plans to build up to three mega-constellations to rival Starlink.
''',
"hard negative: 'the company' in his quote refers to SpaceX, not the Chinese operator named just before")

# W18
D("wire", "article",
"Musk calls BYD 'extremely competitive' after sales overtake Tesla",
'''
HONG KONG (Reuters) - BYD Co, the Shenzhen-based carmaker backed by Warren Buffett's Berkshire Hathaway, sold more battery-electric vehicles than Tesla in the fourth quarter, company data showed on Tuesday.

Asked by a user on X about the company's rise, Elon Musk replied: "⟦The company is extremely competitive and its cost structure is remarkable⟧."

In a 2011 interview with Bloomberg Television, Musk had laughed when asked about BYD, saying: "⟦Have you seen their car?⟧"

BYD's Hong Kong shares rose 4%.
''',
"'the company' refers back to BYD (gold); old rhetorical-question quote recalled (gold, 'their' = BYD)")

# W19 long
D("wire", "article",
"Musk tells shareholders Chinese carmakers are 'the toughest in the world'",
'''
AUSTIN, Texas (Reuters) - Elon Musk said at the annual shareholder meeting held at Tesla's headquarters in Austin, Texas, on Thursday that ⟦Chinese competitors were "the toughest in the world"⟧ and that ⟦Tesla would need to keep cutting costs to hold its ground in the world's second-largest economy⟧.

Shareholders approved a new compensation plan for Musk by a wide margin and re-elected two directors, according to preliminary results.

Musk spent much of the 90-minute presentation on Tesla's Optimus robot, which he said would be "the biggest product of all time." He said a production line for the robot in Fremont would be running by the end of next year.

He also said the Cybercab would be built "without a steering wheel or pedals" and that the company aimed to remove safety monitors from its Austin robotaxi service within months.

Turning to China, Musk said ⟦Tesla's Shanghai factory remained "a jewel" and that local suppliers were "second to none"⟧. "⟦The pace of improvement in China is just staggering. Every year they get better⟧," he said.

He declined to say when Tesla would launch its Full Self-Driving software in China, saying only that ⟦approval from Chinese regulators was "progressing"⟧.

Asked by a shareholder about politics, Musk said he would spend "a lot less" on political campaigns in the future.

Tesla's sales in China fell 8% in the first nine months of the year, while BYD, Geely and Leapmotor gained share.

Some investors questioned whether the company was too dependent on the Chinese market. "The concentration risk is real," said Gary Black of the Future Fund, a Tesla shareholder.

Tesla shares closed 1.2% higher.
''',
"long article: far-apart subject and verb; his non-China remarks (Optimus, Cybercab, politics) not gold; investor quoted about China not gold; 'they' = China")

# W20
D("wire", "article",
"Musk posts about Chinese battery prices",
'''
(Reuters) - Elon Musk on Sunday shared a chart on X showing the falling price of lithium iron phosphate battery cells made in China, without comment.

The chart, originally posted by a battery industry analyst, showed average cell prices in China falling below $50 per kilowatt-hour for the first time.

Chinese producers including CATL and BYD's FinDreams unit dominate global production of the cheaper LFP chemistry.

Musk did not elaborate on the post, which was viewed more than 20 million times.
''',
"hard negative: headline only describes that he posted; he shared a chart without comment")

# W21
D("wire", "article",
"Musk says ⟦China moving fast in space⟧",
'''
STARBASE, Texas (Reuters) - Elon Musk's message to reporters after Tuesday's Starship test was blunt.

"⟦China is going to be a big factor in space too. They are moving very fast, faster than NASA for sure⟧," Musk said, when asked about Beijing's plan to land astronauts on the moon before 2030.

He said Starship would fly again "within a month" and that SpaceX aimed to catch the upper stage with the launch tower later this year.

NASA Administrator Sean Duffy told lawmakers last week that the United States was "in a race with China" to return to the moon.
''',
"headline carries his claim (gold, telegraphic 'says X'); quote introduced in one sentence and attributed at its end, 'They' = China; Starship date not gold; NASA chief's China words not gold")

# W22
D("wire", "article",
"Analysts question Musk's China warnings",
'''
NEW YORK (Reuters) - Wall Street analysts said on Thursday that Elon Musk may be overstating the threat from Chinese electric-vehicle makers to justify Tesla's shift toward robotaxis and robots.

"He keeps telling investors that the Chinese will crush everyone, and then asks them to value Tesla as an AI company," said Seth Goldstein, an equity strategist at Morningstar. "It's a convenient story."

Another analyst, who asked not to be named, said Musk's comments on Chinese competition had become "a fixture of every earnings call."

Tesla shares have fallen 20% this year.
''',
"hard negative: analysts paraphrase his China claims critically; no words of his")

# W23
D("wire", "article",
"Musk mocks EU hopes of Chinese EV slowdown",
'''
BERLIN (Reuters) - Elon Musk on Monday mocked suggestions by a European Commission official that Chinese carmakers would slow their expansion into Europe because of new tariffs.

"⟦Oh sure, China is definitely going to slow down its EV push because of a memo from Brussels⟧," Musk wrote in a sarcastic reply on X.

In a later post he asked: "⟦Who do you think makes most of the batteries on Earth? China does⟧."

Chinese brands took 7% of Europe's EV market in the first half of the year, according to data firm Dataforce.
''',
"sarcasm (gold); rhetorical question answered by himself (gold)")

# W24
D("wire", "article",
"Musk says DeepSeek has more chips than it admits",
'''
SAN FRANCISCO (Reuters) - Elon Musk said on Monday that ⟦Chinese AI startup DeepSeek had access to far more Nvidia chips than it had disclosed⟧, in a reply to a post about the company's low-cost R1 model.

"⟦They obviously have a lot more GPUs than they say⟧," Musk wrote, responding to a claim by Scale AI CEO Alexandr Wang that DeepSeek had about 50,000 Nvidia H100 chips.

Wang said on CNBC that "the Chinese labs have more H100s than people think."

Musk's own AI firm, xAI, is building a supercomputer in Memphis that he said would use "a million GPUs."
''',
"reported speech about a named Chinese company (gold); quote whose 'They' = DeepSeek (gold); other CEO's China words not gold; Memphis GPU remark not gold")
