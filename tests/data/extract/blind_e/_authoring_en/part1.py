# Wire and liveblog documents. Gold spans are marked with ⟦ ⟧ and stripped by build.py.
DOCS = []
def add(**k):
    DOCS.append(k)

# W1
add(genre="wire", kind="article",
title="Musk talks up Chinese engineers at Shanghai event, teases Optimus timeline",
text="""SHANGHAI, June 12 (Reuters) - Tesla Chief Executive Elon Musk on Thursday heaped praise on the staff at the company's Shanghai factory, telling an audience of suppliers and local officials that the plant had set the standard for the rest of Tesla's global manufacturing network.

"⟦Giga Shanghai is the most productive factory Tesla has, and honestly it's not close⟧," Musk said, speaking in English with an interpreter at his side. "⟦The engineers here solve in a weekend what takes other places a month.⟧"

Musk, who flew in from Austin for the one-day visit, also used the appearance to restate his timeline for the Optimus humanoid robot. "We expect to have Optimus doing useful work in our own factories by the end of next year," he said.

He added that ⟦Tesla's Chinese suppliers had cut the cost of some battery components by nearly a third over two years⟧.

Asked about the company's self-driving plans, Musk said cameras alone were enough for full autonomy and described lidar as "a crutch".

Tesla's sales of China-made vehicles fell 8% in May from a year earlier, according to the China Passenger Car Association, as the U.S. automaker faces intensifying competition from BYD and Xiaomi.

(Reporting by Zhang Yan and Brenda Goh; Editing by Kim Coghill)""",
guests=[], hard_case="topic by neighbourhood: China-set article, his Optimus and lidar remarks are not gold; headline 'talks up' carries no claim")

# W2
add(genre="wire", kind="article",
title="CATL founder says he warned Musk about battery costs years ago",
text="""SHANGHAI (Reuters) - Robin Zeng, the founder and chairman of Chinese battery giant CATL, said on Friday he once told Elon Musk that Tesla would never hit its cost targets without Chinese cells, recalling a meeting in California nearly a decade ago.

"I told him, you can build the car, but the battery is our business," Zeng said at an industry forum in Ningde, in eastern Fujian province, drawing laughter from the audience.

Zeng said the Tesla chief had listened carefully and that the two companies' relationship had since grown into "a real partnership".

Tesla did not respond to a request for comment. The U.S. carmaker has bought lithium iron phosphate cells from CATL for its Shanghai-built vehicles since 2020.

Analysts said the anecdote underlined how dependent Western carmakers remain on Chinese suppliers. "Whatever Musk thinks about it, CATL holds the cards on cost," said Sam Fiorentino, an analyst at Haitong International.""",
guests=[], hard_case="someone else's words with Musk as object, inside a dateline lead; analyst quote mentions Musk")

# W3
add(genre="wire", kind="article",
title="Musk says ⟦Chinese AI labs are 'catching up fast'⟧, urges US to build more power plants",
text="""BEIJING, Sept 3 (Bloomberg) -- Elon Musk, speaking by video link to a technology conference in Beijing on Tuesday evening after a delayed start caused by a faulty connection, said ⟦Chinese artificial intelligence companies were closing the gap with their American rivals far faster than most people in Silicon Valley appreciated⟧.

"⟦DeepSeek showed that they can do a lot with very little compute⟧," Musk said, referring to the Hangzhou-based startup whose low-cost model rattled markets earlier this year. "⟦I wouldn't underestimate them.⟧"

He added that ⟦China would likely have far more electricity available for AI data centers than the United States within a few years⟧.

The billionaire also called on Washington to speed up approvals for new power plants and transmission lines. "America needs to double its electricity output, and the permitting process is a nightmare," he said.

Musk's xAI is building one of the world's largest computing clusters in Memphis, Tennessee. Chinese companies, meanwhile, have been restricted from buying Nvidia's most advanced chips under U.S. export controls.""",
guests=[], hard_case="speaker and speech verb far apart (long locative/time phrase); two-verb headline where only the China part is gold; US power remark not gold")

# W4
add(genre="wire", kind="article",
title="Musk makes surprise Beijing trip, meets Premier Li",
text="""BEIJING (AP) — Elon Musk arrived in Beijing on Sunday on an unannounced visit and met Premier Li Qiang, according to Chinese state media, as Tesla seeks approval to roll out its advanced driver-assistance software in the world's second-largest economy.

Xinhua said Li told Musk that China would "continue to open up" and welcomed Tesla to deepen its investment in the country.

Musk, who toured a Tesla showroom in the city's Chaoyang district and later dined with executives from Baidu, did not speak to reporters. Tesla declined to comment on the purpose of the trip.

Hours after his plane left Beijing, the billionaire posted on X about an upcoming Starship test, writing that the rocket would "fly again in about four weeks."

It was Musk's third trip to China in two years.""",
guests=[], hard_case="things he did (visited, met, toured), Premier Li's words with Musk as object; his only quote is about Starship")

# W5
add(genre="wire", kind="article",
title="Tesla's Musk pushes back on Shanghai production report",
text="""SHANGHAI/SAN FRANCISCO (Reuters) - Tesla CEO Elon Musk on Wednesday dismissed a media report that the electric carmaker planned to reduce output at its Shanghai factory by as much as 20% in the third quarter.

"⟦This report is false. Giga Shanghai production is unchanged⟧," Musk wrote on X, responding to a user who had shared a link to the story.

In a later post, Musk said ⟦he had never discussed cutting production at the Shanghai plant with anyone at the company⟧.

Bloomberg News, which first reported the plan citing people familiar with the matter, said it stood by its reporting.

The Shanghai plant, Tesla's biggest factory by output, can make more than 950,000 vehicles a year and supplies markets across Asia and Europe.""",
guests=[], hard_case="denial: X post and 'said he had never ...' state his claim (gold); headline 'pushes back' carries no claim")

# W6
add(genre="wire", kind="article",
title="Maye Musk draws crowds in Shanghai as memoir tops Chinese bestseller lists",
text="""SHANGHAI (Reuters) - Maye Musk, the 76-year-old model and dietitian who is the mother of Tesla CEO Elon Musk, drew hundreds of fans to a bookstore in Shanghai's Jing'an district on Saturday, where the Chinese edition of her memoir has sold more than a million copies.

"China has been so good to me. I come here more often than anywhere else," Musk said as she signed copies, a translator repeating her words in Mandarin.

"The young women here are so ambitious, they inspire me," she added.

Her son Kimbal Musk, a Tesla board member, posted a photo from the event on X, writing that Chinese readers "get her story better than anyone".

Elon Musk did not attend the event.""",
guests=[], hard_case="Musk-like names: Maye Musk (called 'Musk') and Kimbal Musk speak about China; the watched speaker says nothing")

# W7
add(genre="wire", kind="article",
title="Tesla's Musk says ⟦he opposes tariffs on Chinese EVs⟧",
text="""BERLIN (Reuters) - Tesla Chief Executive Elon Musk said on Thursday ⟦he opposed tariffs on electric vehicles made in China⟧, breaking with the position of some European carmakers who have lobbied Brussels for protection.

"⟦Tesla and the other companies, we can compete without tariffs. We don't need protection from Chinese carmakers⟧," Musk said at a conference in Berlin.

Musk also said Germany had made "a mistake" by shutting down its nuclear power plants, adding: "Europe needs much more electricity, not less."

Asked whether China might retaliate against Tesla if the European Union raised duties further, the billionaire said ⟦he did not expect Beijing to target the company⟧.

The EU imposed extra duties of up to 35.3% on Chinese-built EVs last year. Tesla's Shanghai-made cars face a lower rate of 7.8%.""",
guests=[], hard_case="headline carries claim (gold without 'Tesla's Musk says'); German nuclear remark not gold; 'the billionaire said' reported clause")

# W8
add(genre="wire", kind="article",
title="Musk unveils Cybercab as Chinese rivals race ahead on robotaxis",
text="""LOS ANGELES (Reuters) - Elon Musk on Thursday unveiled Tesla's long-awaited Cybercab, a two-seat robotaxi without a steering wheel or pedals, as Chinese competitors including Baidu and Pony.ai expand their driverless fleets at home and abroad.

Musk said the Cybercab would enter production in 2026 and cost less than $30,000. "You'll be able to fall asleep in the car and wake up at your destination," he told the crowd at the Warner Bros studio lot.

He said cameras and neural networks were enough to make the vehicles safe, again dismissing the lidar sensors used by most rivals.

Baidu's Apollo Go already operates more than 1,000 fully driverless cars in Wuhan and is testing in Hong Kong and Dubai. Musk did not mention the Chinese competitors during his 20-minute presentation.

"Elon has to show this works at scale before Baidu does it everywhere," said Craig Irwin, an analyst at Roth Capital. Tesla shares fell 6% in after-hours trading.""",
guests=[], hard_case="China-framed article where his remarks are only about the Cybercab date, price and sensors; analyst quote names him")

# W9
add(genre="wire", kind="article",
title="Five years on, Tesla's Shanghai gamble pays off",
text="""SHANGHAI (Reuters) - When the first locally built Model 3 sedans rolled off the line in Shanghai in January 2020, few in the auto industry expected the factory to become the backbone of Tesla's global business.

Five years on, the plant accounts for roughly half of Tesla's worldwide deliveries. It was built in under a year on former farmland in the Lingang free trade zone, with cheap loans from Chinese state banks.

At the handover ceremony, Elon Musk danced on stage and told the crowd that ⟦China would one day be Tesla's biggest market⟧. That prediction has not quite come true – the United States still leads – but the factory's output has exceeded the company's own targets.

Speaking on an earnings call later that year, Musk said, "⟦The spirit in China is something I've not seen anywhere else. People there are very talented and they really want to get things done.⟧"

Tom Zhu, who ran the Shanghai plant before being promoted to a global role, said last week that the factory's suppliers were now "almost entirely local".

Tesla now faces a very different China, with more than 100 domestic EV brands fighting a bruising price war.""",
guests=[], hard_case="his quotes from years ago recalled in a feature are still gold; Tom Zhu's words are not")

# W10
add(genre="wire", kind="article",
title="Xpeng's He Xiaopeng takes aim at Tesla's FSD ahead of China launch",
text="""GUANGZHOU (Reuters) - Xpeng Chairman He Xiaopeng on Tuesday mocked Tesla's driver-assistance software as ill-suited to Chinese roads, weeks before the U.S. carmaker is expected to widen its rollout in China.

"Maybe Mr. Musk will tell us again that nobody in China can write self-driving software," He said with a smile at a product launch in Guangzhou. "We will let the customers decide."

Xpeng says its XNGP system is now available in every Chinese city with a mapped road network.

Tesla did not respond to a request for comment. Musk said last month on X that the next version of Full Self-Driving would be "mind-blowing", without giving a release date.

Shares of Xpeng rose 4% in Hong Kong.""",
guests=[], hard_case="rival quoting Musk back sarcastically (not gold); his only reported remark is about FSD generally")

# W11
add(genre="wire", kind="article",
title="Taiwan rebukes Musk over reunification remarks",
text="""TAIPEI (AFP) - Taiwan's foreign ministry on Monday criticised Elon Musk after the Tesla and SpaceX boss suggested on a podcast that the island's absorption by China was only a matter of time.

"⟦The official policy of Beijing is that Taiwan should be reunified. The way to think about it is that it's a question of when, not if⟧," Musk said in the interview, which was released on Friday.

He added that ⟦he hoped any resolution would be peaceful and acceptable to people on both sides of the Taiwan Strait⟧.

"Taiwan is not for sale, and its future will be decided by its 23 million people," ministry spokesman Lin Chia-lung told reporters in Taipei.

Musk has extensive business interests in China, where Tesla operates its largest factory. Beijing claims self-ruled Taiwan as part of its territory and has not ruled out using force to bring it under its control.""",
guests=[], hard_case="Taiwan in relation to China: quote spanning two sentences, 'He added that' continuation; Taiwan spokesman's words not gold")

# W12
add(genre="wire", kind="article",
title="Tesla's China-made EV sales fall for third straight month",
text="""BEIJING (Reuters) - Tesla sold 61,484 China-made electric vehicles in August, down 4.1% from a year earlier, data from the China Passenger Car Association showed on Tuesday, marking a third consecutive monthly decline.

The figure includes Model 3 and Model Y vehicles exported to Europe and other markets from Tesla's Shanghai factory.

BYD, China's top-selling EV maker, sold over 370,000 vehicles in the same period. "The price war is not over, and foreign brands are feeling it most," CPCA Secretary General Cui Dongshu said.

Musk has long courted Beijing, and Tesla has enjoyed tax breaks and cheap financing in China since it opened the Shanghai plant. The company is expected to launch a six-seat version of the Model Y in China next month.""",
guests=[], hard_case="no statement of his: sales data, CPCA official's quote, journalist's description of his relationship with Beijing")

# ---------------- LIVEBLOGS ----------------
# L1
add(genre="liveblog", kind="article",
title="Tesla annual shareholder meeting 2025: live updates",
text="""4:02 p.m. CT — Elon Musk takes the stage at Giga Texas to loud cheers, walking out beside two Optimus robots. "This is the most exciting time in Tesla's history," he says.

4:15 p.m. — Musk says Tesla will produce "several thousand" Optimus units this year and hopes to sell them to other companies by 2027.

4:31 p.m. — China comes up. Asked by a shareholder about competition from Chinese brands, Musk says ⟦the Chinese car companies are the most competitive in the world⟧. "⟦They work harder than anyone and they're very smart. If nobody puts up trade barriers, they'll take a huge share of the global market⟧," he says.

4:36 p.m. — He adds that ⟦Tesla's Shanghai factory will stay at full output next year despite the price war⟧.

4:40 p.m. — Pivot to SpaceX. Musk says Starship will attempt to catch its upper stage "within a few months".

4:52 p.m. — Voting results are in: shareholders approve all board proposals, including the reincorporation resolution.""",
guests=[], hard_case="liveblog: China remarks gold, Optimus and Starship remarks in neighbouring entries not gold; 'they' continuation")

# L2
add(genre="liveblog", kind="article",
title="Beijing auto show 2025 — as it happened",
text="""09:30 Beijing time — Doors open at the China International Exhibition Center. More than 1,400 vehicles are on display, about a third of them new energy vehicles.

10:05 — Xiaomi founder Lei Jun takes the stage to launch the YU7 SUV. Lei says Elon Musk sent him a message congratulating Xiaomi on the SU7's first year. "I told Elon we are still students of Tesla," Lei says.

10:40 — BYD chairman Wang Chuanfu says the company will open three more overseas factories by 2027.

11:15 — Our reporter at the Tesla stand says staff declined to say whether Musk would visit the show. Tesla is showing a refreshed Model Y, with no new product.

12:20 — Analysts on the floor are blunt. "Tesla is now just one brand among many here," says Bill Russo of Automobility.""",
guests=[], hard_case="Lei Jun's account of a message from Musk and what Lei told him: other people's words; Musk absent")

# L3
add(genre="liveblog", kind="article",
title="Live: Elon Musk hosts X Spaces on tariffs and manufacturing",
text="""10:05 ET — The session starts about 15 minutes late. Musk opens by saying he wants to cover "tariffs, manufacturing and whatever else people want to talk about."

10:12 ET — First big comment on the trade war. Musk: "⟦Tariffs on Chinese goods are a tax on American consumers, full stop.⟧"

10:20 ET — On rare earths, he says ⟦China processes nearly all of the world's rare earth magnets⟧. "⟦They spent thirty years building that. We can't replace it in thirty days⟧," he adds.

10:34 ET — A listener asks about NASA's budget cuts. Musk: "They need to focus on science missions and leave rocket building to industry."

10:41 ET — The Space ends abruptly after a connection drop. More than 400,000 people were listening at the peak.""",
guests=[], hard_case="pronoun 'they' refers back to China (gold) in one entry and to NASA (not gold) in another")

# L4
add(genre="liveblog", kind="article",
title="Tesla Q3 earnings call: live coverage",
text="""5:31 p.m. ET — The call begins. Elon Musk opens with a recap of the robotaxi service in Austin, saying it will expand to "eight to ten metro areas" by the end of the year.

5:38 p.m. — Musk on energy: Megapack deployments hit a record, and he says storage could eventually be "as big as the car business."

5:47 p.m. — CFO Vaibhav Taneja handles a question on China. Taneja says demand there remained "robust" in the quarter even as the company offered five-year zero-interest financing on the Model Y.

5:52 p.m. — An analyst presses on China margins. Taneja says pricing "stabilised" in September. Musk does not weigh in.

6:05 p.m. — Musk closes on Optimus: "I think Optimus will be the biggest product of all time." Shares up 2% after hours.""",
guests=[], hard_case="his remarks are about robotaxi, energy and Optimus; the China content comes from the CFO")

# L5
add(genre="liveblog", kind="article",
title="US-China trade talks in Geneva: live",
text="""8:10 a.m. — Treasury Secretary Scott Bessent arrives at the Swiss ambassador's residence for a second day of talks with Chinese Vice Premier He Lifeng.

9:02 a.m. — Beijing's commerce ministry says it will "resolutely defend" its interests but remains open to dialogue.

9:45 a.m. — Elon Musk weighs in on X. The Tesla CEO writes: "⟦If China stops exporting rare earths, every car factory outside China stops within months. People don't realize this.⟧"

10:20 a.m. — A spokesperson for the White House says there will be a joint statement "by the end of the day."

11:30 a.m. — Markets rally on reports of a 90-day tariff truce. The yuan strengthens past 7.2 per dollar.""",
guests=[], hard_case="liveblog entry quoting his X post about Chinese export controls; officials' statements not gold")

# L6
add(genre="liveblog", kind="article",
title="Starship Flight 10: live updates from Starbase",
text="""6:15 p.m. CT — The launch window opens in 15 minutes. Weather at Starbase looks good.

6:22 p.m. — Context: China's Long March 10 rocket completed a static fire test earlier this week, part of Beijing's plan to land astronauts on the moon before 2030.

6:31 p.m. — Liftoff! All 33 Raptor engines lit.

6:40 p.m. — Elon Musk posts on X: "Huge thanks to the FAA team. They turned the license around in record time."

7:10 p.m. — Splashdown in the Indian Ocean. Musk: "This is the most advanced rocket ever built and it just did everything we asked of it.\"""",
guests=[], hard_case="'they' refers to the FAA, not to the Chinese rocket mentioned in an earlier entry; rocket remarks not gold")

# L7
add(genre="liveblog", kind="article",
title="World Artificial Intelligence Conference in Shanghai: live updates",
text="""14:00 — The opening plenary begins at the Shanghai World Expo Center, with Vice Premier Ding Xuexiang giving the keynote.

14:40 — Elon Musk appears by video link, about twenty minutes later than scheduled. He says ⟦China will be "extremely good" at AI because of the quality of its engineers and the amount of electricity it can bring online⟧.

14:44 — "⟦I think China will have more AI compute than the rest of the world combined, eventually⟧," Musk tells the audience.

14:47 — He also repeats his forecast that AI will be smarter than any single human by next year and smarter than all humans combined "probably by 2030."

15:05 — Baidu CEO Robin Li, up next, says Musk "is right about electricity" but argues that open-source models matter more.""",
guests=[], hard_case="video address from Shanghai: China remarks gold, general AGI forecast not gold; Robin Li's reaction not gold")
