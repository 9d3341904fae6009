from common import add

# ---------------------------------------------------------------- wire (1-20)

add("wire", "article",
'''Tesla's Musk tells Beijing forum Chinese EV makers are 'toughest competitors' ''',
'''BEIJING, March 26 (Reuters) - Tesla Chief Executive Elon Musk, speaking by video link to the China Development Forum in Beijing on Tuesday evening after a delayed start, said Chinese electric-vehicle makers were the toughest competitors Tesla had ever faced.

"They are extremely fast, they iterate constantly and they are not afraid to cut prices," Musk said, adding that Tesla's Shanghai factory remained "the most efficient in our network".

The 53-year-old billionaire also used the appearance to promote SpaceX's Starship, saying the next test flight could come "within about four weeks" if U.S. regulators signed off.

Musk did not comment on a recent report that Tesla had delayed an expansion of its Shanghai battery plant. A Tesla spokesperson in Shanghai declined to comment.

Tesla's sales in China fell 11% in the first two months of the year, according to the China Passenger Car Association, as BYD and newer brands such as Leapmotor grabbed market share.''',
["Chinese EV makers are 'toughest competitors'",
 "Chinese electric-vehicle makers were the toughest competitors Tesla had ever faced",
 "They are extremely fast, they iterate constantly and they are not afraid to cut prices",
 '''Tesla's Shanghai factory remained "the most efficient in our network"'''],
"subject and speech verb far apart (video-link phrase); headline with claim; 'adding that' continuation; Starship remark in same story not gold")

add("wire", "article",
'''Chinese battery boss says he warned Musk about sodium-ion lag''',
'''SHANGHAI (Reuters) - Zeng Qiming, the founder of Ningde-based battery maker Hengtai Power, said on Wednesday he once told Elon Musk that Tesla would "fall behind within five years" if it did not invest in sodium-ion cells, a conversation he said took place over dinner in Shanghai in 2021.

"I told Elon very directly that he was underestimating how fast the chemistry would move," Zeng told reporters on the sidelines of an industry conference in Fuzhou. "He listened. Whether he agreed, you would have to ask him."

Tesla did not respond to a request for comment. Musk and Zeng have met several times, and Hengtai supplied cells for some Shanghai-built Model 3 sedans until 2023.

Hengtai's shares rose 2.4% in Shenzhen trading.''',
[],
"someone else's words with Musk as object, inside a dateline sentence; Zeng quoting his own advice to Musk")

add("wire", "article",
'''Musk says Tesla 'not going anywhere' in China as price war bites''',
'''SHANGHAI, June 4 (Reuters) - Elon Musk on Tuesday dismissed reports that Tesla would leave China as "nonsense", and described Chinese rivals as "relentless" during a call with analysts that focused on the automaker's shrinking margins.

Musk said Tesla was "not going anywhere" and would keep the Shanghai plant running at close to full capacity through the year. Chief Financial Officer Vaibhav Taneja told the same call that price cuts in China had shaved roughly 90 basis points off automotive gross margin in the quarter, and that the company expected "continued pressure" there.

Shares of Tesla fell 3% in premarket trading. Rival BYD's Hong Kong-listed stock was little changed.

"Musk can say what he wants, but the numbers in China are going the wrong way," said Li Wen, an analyst at Shanghai-based Dongfang Brokerage.''',
["Tesla 'not going anywhere' in China",
 '''reports that Tesla would leave China as "nonsense"''',
 '''Chinese rivals as "relentless"''',
 '''Tesla was "not going anywhere" and would keep the Shanghai plant running at close to full capacity through the year'''],
"reported speech with quoted fragments (dismissed ... as \"nonsense\", described ... as \"relentless\"); CFO and analyst on same topic not gold")

add("wire", "article",
'''Tesla's China sales drop again as Musk focuses on robotaxis''',
'''SHANGHAI/SAN FRANCISCO (Reuters) - Tesla sold 58,000 China-made vehicles in April, down 9% from a year earlier, data from the China Passenger Car Association showed on Wednesday, as local brands including BYD, Xiaomi and Geely kept up aggressive discounting.

Chief Executive Elon Musk did not address the figures. In a series of posts on his social media platform X on Wednesday, the billionaire said Tesla's robotaxi service would expand to "several more cities" by the end of the year and that the next version of its Full Self-Driving software would arrive "in about six weeks".

He also wrote that Starship's next flight was "looking good for late May".

"Tesla's China business is losing the price war and the CEO is talking about something else," said Zhao Ming, a Shanghai-based auto analyst at Huaxin Securities. He said he expected Chinese brands to take more than 60% of the domestic market this year.

Tesla's shares were up 1.2% in early trading.''',
[],
"China story where Musk's only remarks are about robotaxis, FSD date and Starship; analyst on China not gold")

add("wire", "article",
'''Musk on BYD: from punchline to peer''',
'''AUSTIN, Texas (Reuters) - Elon Musk said on Thursday that BYD had become "a very different company", more than a decade after he laughed at the Chinese automaker's cars in a television interview.

"I laughed at their cars back then, and honestly that was a mistake," Musk told reporters after a product event at Tesla's Texas factory. "Their products are very good now."

He added that the company's vertical integration, from lithium mines to chips, was "something we study closely".

Musk went on to say that BYD and other Chinese brands would probably take significant market share outside China in the next two years, particularly in Southeast Asia and Latin America. He also noted that deliveries of a cheaper Model Y variant would begin in the United States in July.

BYD said in a statement that it "welcomes competition" and did not comment further.''',
['''BYD had become "a very different company"''',
 "I laughed at their cars back then, and honestly that was a mistake",
 "Their products are very good now.",
 '''the company's vertical integration, from lithium mines to chips, was "something we study closely"''',
 "BYD and other Chinese brands would probably take significant market share outside China in the next two years, particularly in Southeast Asia and Latin America"],
"continuations 'he added', 'went on to say', 'also noted'; 'their'/'the company' pointing back to BYD; 'also noted' item about US product date not gold; headline is framing only")

add("wire", "article",
'''Kimbal Musk bets on Chinese vertical farms''',
'''SHANGHAI (Bloomberg) - Kimbal Musk, the restaurateur and Tesla board member, said on Friday that Chinese vertical-farming companies were "five years ahead" of their American peers and that he planned to invest in at least two Shanghai start-ups this year.

"China has figured out how to grow lettuce in a warehouse at a cost that would be unthinkable in Colorado," the younger brother of Tesla CEO Elon Musk told a food-technology conference in the city's Pudong district.

Musk, who co-founded the Kitchen restaurant group, said he had visited farms in Shanghai and Chengdu over the past week. He declined to discuss his brother's business in China.

Elon Musk was not at the event.''',
[],
"namesake: Kimbal Musk, later referred to as plain 'Musk', talking about China")

add("wire", "article",
'''Xiaomi's SU7 draws praise from Musk, jab from Lei Jun''',
'''BEIJING (Reuters) - Tesla boss Elon Musk said on Monday that Xiaomi's SU7 sedan was "an impressive car for a first attempt", after a video of the vehicle's production line in Beijing's Yizhuang district circulated widely on social media.

"Xiaomi did in three years what took us fifteen. Respect," Musk wrote in a post on X.

Xiaomi founder Lei Jun, asked about the comment at a launch event for the updated SU7 Ultra, said the company still had "a lot to learn" from Tesla but that the SU7 was already outselling the Model 3 in several cities. "We admire Elon, but we are not here to be second," Lei said.

Xiaomi's Hong Kong-listed shares rose 4%.''',
['''Xiaomi's SU7 sedan was "an impressive car for a first attempt"''',
 "Xiaomi did in three years what took us fifteen. Respect"],
"China link only through a Chinese company/product (Xiaomi SU7), no word 'China'; Lei Jun's reply not gold")

add("wire", "article",
'''EU duties on Chinese EVs take effect; Musk targets Brussels over self-driving rules''',
'''BRUSSELS (Reuters) - The European Union's extra duties on electric vehicles made in China took effect on Wednesday, raising tariffs on cars from BYD, Geely and SAIC by up to 35 percentage points on top of the standard 10% import duty.

Tesla, which exports Model 3 sedans from its Shanghai plant to Europe, was assigned a much lower rate after requesting an individual examination.

Elon Musk, who has not commented on the tariff decision, criticised European regulators on Wednesday over what he called the slow approval of Tesla's supervised Full Self-Driving software. "They have been sitting on this for over a year," he wrote on X. "Meanwhile the software keeps getting safer."

A European Commission spokesperson said the approval process "follows the same rules for every manufacturer".''',
[],
"'they' refers to European regulators, not China, inside an article about tariffs on Chinese EVs")

add("wire", "article",
'''Musk criticises new U.S. tariffs on Chinese EVs''',
'''WASHINGTON, May 15 (Reuters) - Elon Musk on Wednesday called the administration's new tariffs on Chinese electric vehicles "a mistake", breaking with much of the U.S. auto industry, which has lobbied for protection from low-cost imports.

"Tesla competes fine in China without any help, and I think things that inhibit freedom of exchange or distort the market are not good," Musk said at a technology conference in Paris, where he appeared by video.

Asked whether he feared retaliation against Tesla's Shanghai operations, he said he had seen "no sign of that" from Beijing so far.

The Alliance for American Auto Jobs, an industry group, welcomed the tariffs. "Chinese overcapacity is a real threat to American workers," said Karen Whitfield, its spokesperson.

Tesla does not import Chinese-made cars into the United States.''',
['''the administration's new tariffs on Chinese electric vehicles "a mistake"''',
 "Tesla competes fine in China without any help, and I think things that inhibit freedom of exchange or distort the market are not good",
 '''he had seen "no sign of that" from Beijing so far'''],
"called X \"a mistake\"; said he had seen \"no sign of that\" from Beijing; headline only describes; industry group quote on same topic not gold")

add("wire", "article",
'''Musk meets Chinese Premier Li Qiang in surprise Beijing trip''',
'''BEIJING (Reuters) - Tesla Chief Executive Elon Musk met Chinese Premier Li Qiang in Beijing on Sunday, state broadcaster CCTV reported, during an unannounced visit that came days after Tesla postponed a trip to India.

Li told Musk that China's "super-large market will always be open to foreign-funded enterprises" and that Tesla's development in China was "a successful example" of economic cooperation between the two countries, according to CCTV.

Musk also visited the headquarters of search giant Baidu, according to two people familiar with the matter, and toured a data centre on the city's outskirts. He flew out of Beijing on Sunday night.

Tesla did not respond to requests for comment. Musk posted a photo of the Beijing skyline on X without a caption.''',
[],
"only things he did (met, visited, posted a photo) and the premier's words; no statement of his")

add("wire", "article",
'''Musk says Long March 9 'moving faster than people think' ''',
'''HAWTHORNE, Calif. (Reuters) - SpaceX founder Elon Musk said on Tuesday that the Long March 9 heavy-lift rocket program was "moving faster than people think" and could fly a fully reusable version before the end of the decade.

"Their engineers are very talented and they have the full weight of the state behind them," Musk said during a briefing on Starship's next test flight at the company's headquarters.

Musk said Starship's next flight would attempt to catch the upper stage for the first time, and that SpaceX aimed to launch "dozens" of Starship missions next year.

Yang Ruiqing, a researcher at the state-owned academy that builds the rocket, told state media last month that Long March 9 remained on track for a maiden flight around 2030.''',
["Long March 9 'moving faster than people think'",
 '''the Long March 9 heavy-lift rocket program was "moving faster than people think" and could fly a fully reusable version before the end of the decade''',
 "Their engineers are very talented and they have the full weight of the state behind them"],
"China link only via a Chinese rocket (Long March 9), no word 'China'; 'their' refers to the program; his Starship remarks not gold")

add("wire", "article",
'''SpaceX launches record Starlink batch as China readies Long March 8A''',
'''CAPE CANAVERAL, Fla. (Reuters) - SpaceX launched 29 Starlink satellites from Florida on Saturday, its 40th mission of the year, while China prepared a Long March 8A rocket for a launch from Hainan carrying the first satellites of its Qianfan broadband constellation.

"Falcon 9 is the workhorse of the world and it's only getting better," Elon Musk wrote on X after the booster landed on a drone ship for its 25th flight.

Analysts say China's state-backed megaconstellations are intended as direct rivals to Starlink. "Beijing sees Starlink as a strategic threat and is moving fast," said Dana Ferris, a space-industry analyst at Northbridge Space Advisors.

SpaceX did not comment on the Chinese programmes.''',
[],
"Musk's only quote is about Falcon 9; China/Long March mentioned by journalist and analyst")

add("wire", "article",
'''Tesla's Shanghai plant turns five as output hits 3 million''',
'''SHANGHAI (Reuters) - Tesla's Shanghai Gigafactory rolled out its 3 millionth vehicle on Monday, five years after the plant began deliveries, the company said.

The factory, Tesla's first outside the United States, was built in under a year. At the time, Elon Musk said the plant was "the fastest factory build we've ever done" and said Shanghai officials had "made things possible that would have taken years elsewhere".

The plant now supplies cars to China, Europe and much of Asia-Pacific and accounts for roughly half of Tesla's global deliveries.

A Tesla China spokesperson said in a statement on Weibo that the milestone belonged to "our 20,000 colleagues in Lingang".''',
['''the plant was "the fastest factory build we've ever done"''',
 '''Shanghai officials had "made things possible that would have taken years elsewhere"'''],
"quote of his from years ago recalled in a current story (still gold); spokesperson statement not gold")

add("wire", "article",
'''Analysts question Tesla's China demand picture as inventories swell''',
'''HONG KONG (Reuters) - Analysts on Thursday questioned Tesla's upbeat view of Chinese demand after data showed inventories of unsold Model Y crossovers at Chinese showrooms rising for a third month.

"Elon keeps saying demand in China is fine. The inventory numbers say otherwise," said Raymond Leung, an analyst at Hong Kong-based Harbourview Securities.

Another analyst, who declined to be named, said Musk tended to "overstate" Chinese appetite for Tesla's pricier trims.

At a results briefing in Guangzhou on the same day, XPeng Chief Executive He Xiaopeng took a swipe at Tesla. "A few years ago people in California said our cars were not serious. Now they are studying our chips," He said.

Tesla did not respond to a request for comment.''',
[],
"analysts paraphrasing Musk critically ('Elon keeps saying demand in China is fine'); rival alluding to his old remarks; no statement of his")

add("wire", "article",
'''Musk weighs in on DeepSeek as AI stocks slide''',
'''SAN FRANCISCO (Reuters) - Elon Musk on Monday cast doubt on DeepSeek's claim that it trained its latest model for under $6 million, saying the Hangzhou-based startup "obviously" had access to far more computing power than it disclosed.

"I'd bet they have ten times the compute they're admitting to," Musk wrote in a reply on X.

Musk, whose xAI is racing to train its next Grok model on a supercomputer in Memphis, said separately that the Grok 3 release was "about two weeks away".

Nvidia shares fell 12% on Monday as investors questioned the need for massive AI spending. "DeepSeek is a wake-up call, and the industry should take it seriously," said Priya Natarajan, chief investment officer at Lantern Capital.''',
['''the Hangzhou-based startup "obviously" had access to far more computing power than it disclosed''',
 "I'd bet they have ten times the compute they're admitting to"],
"Chinese company (DeepSeek) and city only, no word 'China'; 'they' refers to DeepSeek; Grok release date not gold; investor quote on same topic not gold")

add("wire", "article",
'''Shenzhen's 'Elon Musk' bets on flying cars''',
'''SHENZHEN (Reuters) - Zhang Rui, the 38-year-old founder local media have nicknamed "Shenzhen's Elon Musk", said on Tuesday his flying-car startup AeroLink had won approval from China's aviation regulator to begin passenger trials next year.

"China will be the first country where flying cars are normal," Zhang told reporters at the company's headquarters in Nanshan district. "We are not copying anybody. We are faster than Tesla, faster than SpaceX."

Zhang, who worked at drone maker DJI before founding AeroLink, said he had never met the real Elon Musk but would "welcome a race".

AeroLink raised 2 billion yuan in a funding round led by a Shenzhen government fund last month.''',
[],
"namesake by nickname ('Shenzhen's Elon Musk'); all China remarks are Zhang's")

add("wire", "article",
'''Taiwan's foreign ministry hits back at Musk over chip comments''',
'''TAIPEI (Reuters) - Taiwan's foreign ministry on Friday criticised Elon Musk after the billionaire said in a podcast interview that Beijing would "at some point" try to take control of the island's chip industry and that Taiwanese semiconductor firms should build more capacity abroad as "insurance".

"Taiwan is not for sale and not for anyone to bargain over," ministry spokesperson Hsu Mei-ling told a regular news briefing.

In the interview, Musk was also asked about global chip supply. "If Beijing moves on Taiwan, the whole world's electronics stop. That's just a fact," he said.

Tesla and SpaceX both buy chips made by Taiwan Semiconductor Manufacturing Co. China's Taiwan Affairs Office did not respond to a request for comment.''',
['''Beijing would "at some point" try to take control of the island's chip industry''',
 '''Taiwanese semiconductor firms should build more capacity abroad as "insurance"''',
 "If Beijing moves on Taiwan, the whole world's electronics stop. That's just a fact"],
"Taiwan in relation to China; his claim in a 'criticised ... after he said' sentence; Taiwanese spokesperson not gold")

add("wire", "article",
'''TikTok's U.S. fate hangs in the balance as deadline nears''',
'''WASHINGTON (Reuters) - TikTok's Chinese owner ByteDance has less than two weeks to find a buyer for the app's U.S. operations or face a nationwide ban, after talks with a consortium of investors stalled on Tuesday, three people familiar with the matter said.

Elon Musk has been floated in media reports as a possible bidder, reports the billionaire has not addressed publicly. Asked on Tuesday about X's own plans, Musk said the platform's new TV app would launch "next month" and that video views on X had hit a record in March.

"TikTok's algorithm is the crown jewel, and Beijing has made clear it will not let it go," said Lauren Cho, a technology policy fellow at the Atlantic Policy Institute.

ByteDance did not respond to a request for comment.''',
[],
"TikTok/ByteDance story where Musk's only remarks are about X's TV app and video views; journalist's note about reports he 'has not addressed'")

add("wire", "article",
'''Musk says Starlink won't switch on in Hong Kong without Beijing's nod''',
'''HONG KONG - Elon Musk said on Saturday that SpaceX would not activate its Starlink satellite internet service in Hong Kong unless authorities in Beijing approved it, responding to a user on X who asked why the city was still greyed out on the service's coverage map.

"Hong Kong follows mainland rules on this. We're not going to operate somewhere we're not licensed," Musk wrote.

The city's Office of the Communications Authority said it had received no application from SpaceX. Legislator Ronald Kwok said Hong Kong should "not be used as a bargaining chip" between Washington and Beijing.''',
["Starlink won't switch on in Hong Kong without Beijing's nod",
 "SpaceX would not activate its Starlink satellite internet service in Hong Kong unless authorities in Beijing approved it",
 "Hong Kong follows mainland rules on this. We're not going to operate somewhere we're not licensed"],
"Hong Kong in relation to Beijing; headline claim; legislator quote not gold")

add("wire", "article",
'''Tesla shareholders back Musk as he talks up China, robots''',
'''AUSTIN, Texas, June 13 (Reuters) - Tesla shareholders on Thursday approved a proposal to move the company's legal home to Texas and re-elected two directors, handing Chief Executive Elon Musk another win after a bruising year.

Musk, speaking on stage at the company's annual shareholder meeting at its Gigafactory on the outskirts of Austin, Texas, before a crowd of several thousand investors, said China would remain Tesla's second-most important market "for a very long time".

"People underestimate China. The people there are smart and they work incredibly hard," he said.

He said Tesla hoped to roll out its Full Self-Driving software in China "as soon as we get the green light" from regulators, but did not give a timeline. He also noted that the Shanghai plant had become "our main export hub" for Asia and Europe.

Most of the nearly two-hour presentation focused on other subjects. Musk said the Optimus humanoid robot would begin "limited production" at Tesla's Fremont factory next year, predicted that robots would one day outnumber humans, and said the Cybercab would go into volume production in 2026.

He also joked about his own schedule, saying he had "slept on the factory floor more times than I'd like to admit" in the past year.

Tesla's board chair told shareholders that the company's China team had "executed brilliantly" in a difficult market.

Ethan Morales, a portfolio manager at Silverline Capital who attended the meeting, said Musk's China comments were "reassuring but light on detail".

Tesla's shares rose 2.9% in after-hours trading.''',
['''China would remain Tesla's second-most important market "for a very long time"''',
 "People underestimate China. The people there are smart and they work incredibly hard",
 '''Tesla hoped to roll out its Full Self-Driving software in China "as soon as we get the green light" from regulators''',
 '''the Shanghai plant had become "our main export hub" for Asia and Europe'''],
"long article; long locative phrase between name and verb; 'he also noted' continuation; Optimus, Cybercab and private-life remarks not gold; board chair and investor on China not gold")
