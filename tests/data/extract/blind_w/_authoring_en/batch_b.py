from common import D

D(16, "liveblog", "article",
  "Live: Tesla annual shareholder meeting 2025",
  """3:58 pm CT - Elon Musk has taken the stage at Giga Texas to loud music and a dancing Optimus robot. He opens by thanking shareholders for "sticking with us through a crazy year."

4:05 pm - Musk on the robotaxi: "We'll be in probably half the U.S. population by the end of the year, pending regulatory approval." The usual caveat, then.

4:12 pm - First China mention of the day. Musk says ⟦Tesla's Shanghai team "is the best car-building team on the planet, period."⟧ Big applause from the Chinese employees seated near the front.

4:20 pm - A shareholder from Sacramento asks whether Chinese brands like BYD and Xiaomi will keep undercutting Tesla on price.

4:21 pm - Musk: "⟦They're brutal competitors, no question. But brutal is good, it keeps us honest⟧." He says ⟦Tesla will win "on autonomy, not on discounts."⟧

4:34 pm - Now on to the pay package vote. Musk says he needs "enough voting control to not be ousted by activist shareholders" if he is building a robot army. Not a joke, apparently.

4:41 pm - Our reporter in the room notes that Kimbal Musk, sitting in the front row, is filming the Optimus demo on his phone.

4:50 pm - Musk closes by saying the Roadster demo will happen "this year, hopefully." We have heard that one before.""",
  "liveblog: timestamped entries; answer to a shareholder question naming BYD/Xiaomi with 'they' is gold; robotaxi, pay package and Roadster remarks not gold")

D(17, "liveblog", "article",
  "As it happened: Elon Musk's whirlwind day in Beijing",
  """09:40 Beijing time - Musk's Gulfstream has landed at Beijing Capital International Airport, according to flight-tracking data. No statement yet from Tesla.

10:55 - State broadcaster CCTV shows Musk arriving at the Great Hall of the People. He is wearing a dark suit, no tie.

11:30 - Xinhua's readout is out: Premier Li Qiang told Musk that China "will continue to open up" and that foreign firms are welcome to "share in the opportunities of the Chinese market."

12:15 - A reminder of the stakes: Tesla has been waiting for more than a year to launch its full self-driving package in China, which requires regulators' approval for data to be processed locally.

13:40 - Shares of Baidu jump 5% in Hong Kong on reports that Tesla will use the search giant's mapping licence. Neither company has confirmed.

14:20 - Musk has posted for the first time today - a picture of a Starship booster on the pad in Texas, captioned "Getting ready." Nothing about China.

16:05 - Analysts at Morgan Stanley say in a client note that the trip "shows Musk still sees China as central to Tesla's AI narrative." That is their reading, not his.

17:30 - Musk's jet has left Beijing after roughly eight hours on the ground. We'll update if he says anything about the visit.""",
  "hard negative liveblog: only actions (landed, arrived, left), Chinese premier's words, analysts' reading of Musk; his only post is about Starship")

D(18, "liveblog", "article",
  "Markets live: Tesla climbs, Hang Seng slips, oil steady",
  """8:05 am ET - U.S. stock futures are flat ahead of the retail sales data. Nasdaq futures are up 0.1%.

8:20 am - Tesla is up 3.8% in premarket trading after Elon Musk said overnight on X that ⟦Tesla's full self-driving software would be available to customers in China "hopefully in Q3."⟧ He gave no further detail.

8:32 am - Retail sales rose 0.4% in May, slightly ahead of expectations.

8:38 am - In a second post, Musk said ⟦demand in the world's second-largest economy was "picking up nicely" after the price cuts⟧.

8:45 am - Wedbush's Dan Ives says Musk's China timeline is "aggressive but doable," while a Bernstein analyst calls it "the same promise we heard last year."

9:10 am - Over in Hong Kong, the Hang Seng closed down 0.6%, with Xiaomi and NIO among the biggest decliners.

9:30 am - The opening bell. Tesla opens up 3.1%.

9:48 am - Musk is still posting: he now says SpaceX's next Starship flight will carry "real Starlink satellites for the first time." Not moving the stock.""",
  "markets liveblog: Musk's reported posts about FSD in China and demand in 'the world's second-largest economy' gold; analysts' view of his timeline not gold; Starship post not gold")

D(19, "liveblog", "article",
  "Musk and China: the debate goes on - live from the Senate hearing",
  """10:02 am - The Senate Commerce Committee hearing on foreign influence in the U.S. tech sector is under way. Chair opens by saying Elon Musk's "business entanglements with Beijing" deserve scrutiny.

10:15 am - Senator Maria Cantwell reads from a 2023 op-ed that accused Musk of "parroting Beijing's talking points on Taiwan." She does not say which remarks she means.

10:31 am - Witness James Lewis, a former State Department official, says Tesla's dependence on its Shanghai factory "gives the Chinese government leverage over one of the most influential people in America."

10:48 am - Musk has responded on X, but not to the substance. "The Senator should spend less time on cable news," he wrote.

11:05 am - A Tesla lobbyist in the room tells our reporter the company "will not be commenting today."

11:20 am - Senator Ted Cruz defends Musk, saying SpaceX "single-handedly put America back in the launch business."

11:42 am - Hearing adjourns. No Musk testimony was scheduled, and none occurred.""",
  "framing headline over body with no Musk China statement: senators and witnesses speak about him; his only post attacks a senator, not about China")

D(20, "liveblog", "article",
  "Tesla Q2 earnings call: live updates",
  """5:30 pm ET - Tesla's earnings call has started, slightly late as usual. Investor relations head Travis Axelrod reads the safe-harbor statement.

5:34 pm - Musk opens with robotaxi: "We expect to have autonomous ride-hailing in the Bay Area, Nevada, Arizona and Florida before the end of the year." Shares up 1% after hours.

5:41 pm - CFO Vaibhav Taneja says vehicle margins were hurt by "lower average selling prices, particularly in China, where the market remains extremely competitive."

5:47 pm - An analyst asks whether the China slowdown is structural. Musk takes it: "⟦China is the toughest market in the world. If you can win there, you can win anywhere⟧." He adds that ⟦Tesla's Chinese customers "care more about software than anyone else."⟧

5:55 pm - Musk on Optimus: production line for version 3 to start "early next year." 

6:03 pm - Taneja says capex will be above $9 billion this year.

6:11 pm - Call ends. Stock is down 4% after hours.""",
  "earnings liveblog: CFO's China remark not gold; Musk's quote and 'adds that' clause on China gold; robotaxi and Optimus not gold")

D(21, "liveblog", "article",
  "Davos 2026 live: day two",
  """09:00 CET - Good morning from the Congress Centre, where snow is falling and the queue for the main hall is already out the door.

09:40 - Elon Musk is on stage in conversation with WEF president Borge Brende. He opens with energy: "America needs to build way more power plants. We are going to run out of electricity for AI within a year." 

09:46 - Brende asks how China fits into that picture. Musk: "⟦China is building solar at a rate that is hard to comprehend. They added more last year than the U.S. has in its entire history⟧." 

09:49 - He continues: "⟦Honestly, their grid is the envy of the world⟧." Murmurs in the hall.

09:55 - Musk says he wants to put data centres in orbit, powered by solar, "within three or four years."

10:10 - Chinese Vice Premier He Lifeng takes the stage next and says China "stands ready to work with all countries on green development."

10:30 - That's it from the main hall for now. Our colleagues are live from the Ukraine session.""",
  "liveblog; 'they/their' chain across two entries referring to China gold; US electricity remark and orbital data centres not gold; Chinese vice premier not gold")

D(22, "other", "article",
  "How Elon Musk learned to stop worrying and love the Chinese price war",
  """Five years ago, Tesla could sell every car its Shanghai factory made. This spring, for the first time, the plant sat idle for four days in a row for what the company called "production line upgrades."

The change in fortunes says as much about China as it does about Tesla. The country's carmakers, once dismissed as copycats, now set the pace on price, battery chemistry and in-car software, and Tesla's share of China's electric-vehicle market has fallen below 6%.

Elon Musk, by most accounts, has chosen not to fight on price. In Texas last month, at the opening of a new cathode refinery outside Corpus Christi, he talked for twenty minutes about lithium and the future of robots, saying that "Optimus will be the biggest product of all time, by far."

He has also found time for politics. At a rally in Pennsylvania, he told the crowd that "America is at a crossroads," a line he has repeated on X dozens of times since.

And he has kept returning to Mars. Speaking at Starbase, a few days after Chinese state media celebrated the country's Tianwen-2 asteroid probe, he said SpaceX was "on track to send five Starships to Mars at the next window."

It is only in rare moments that Musk addresses China head on. At a shareholder Q&A in June he said: "⟦The Chinese companies are very competitive, but I don't think they can out-innovate us on autonomy⟧." 

Those who have worked with him say the remark reflects a long-held belief. "Elon always thought software would save him," one former Tesla China executive said. "The question is whether it saves him in time."

The numbers are not on his side. BYD sold more than 4 million vehicles last year. Xiaomi's YU7 racked up 240,000 firm orders in its first 18 hours. Leapmotor, part-owned by Stellantis, is profitable.

Meanwhile, Tesla's most important new factory is in Texas, not Shanghai. Musk told analysts in January that Giga Texas would be "the first factory to build a product that makes money while you sleep," a reference to the Cybercab.

Wall Street is split. Some analysts argue that the Chinese market is now a sideshow for a company valued on artificial intelligence. Others, like Bernstein's Toni Sacconaghi, say Musk "is underestimating how fast the Chinese are moving on autonomy."

Musk, for his part, seems content to let the Shanghai plant run as an export hub and keep his sights on the sky. When he posted last week that Starship would fly again "in about three weeks," he did not mention that the launch would coincide with a Chinese crewed mission to the Tiangong space station.""",
  "long-form analysis: his one China quote sits in paragraph six (gold); his Optimus, US-politics, Mars and Giga Texas remarks sit next to China context but are not gold; former executive and analyst quotes not gold")

D(23, "other", "article",
  "Tesla's China problem is not the one Musk talks about",
  """When Elon Musk flew into Shanghai in 2019 to break ground on Tesla's first overseas factory, he danced on stage and the local government threw in cheap loans. That factory, built in under a year, became the company's biggest.

Musk has long courted Beijing. He has met three Chinese premiers, written a column for the Cyberspace Administration of China's magazine and hosted Chinese officials at his factories in California and Texas. That courtship is not the subject of this piece.

The subject is the one thing he rarely brings up: that the Chinese consumer has moved on.

At the company's last product event in Los Angeles, Musk spoke for almost two hours. He promised that the Cybercab would cost "under $30,000," that Optimus would one day do "your laundry, walk your dog and babysit your kids," and that Starship would make humanity "multi-planetary within our lifetimes." He did not mention China once.

On X, he has posted hundreds of times in the past month, mostly about American politics, artificial intelligence and his AI company xAI. "Grok 5 has a chance of reaching AGI," he wrote on Saturday.

Meanwhile, according to the China Passenger Car Association, Tesla's retail sales in the country fell for a sixth month in a row. Its Model 3 is now outsold by the Xiaomi SU7 in most tier-one cities.

Chinese analysts are blunt. "Tesla used to be the iPhone of cars. Now it is the Nokia," said Yale Zhang of Automotive Foresight.

The company's own China staff know it. One sales manager in Hangzhou said customers ask first about the screen, the voice assistant and the price - in that order.

None of this means Tesla is in trouble globally. Its energy storage business is growing fast, and the Shanghai Megapack factory started shipping last year. But the market that once made Tesla's fortune now makes its headlines for the wrong reasons.""",
  "hard negative long-form: journalist framing ('long courted Beijing'), actions only (met premiers, wrote a column); Musk's product, AI and politics quotes sit among China data but none is about China; Chinese analyst's quote not gold")

D(24, "opinion", "article",
  "Musk and China: the debate goes on",
  """Every few months, the argument resurfaces. Is Elon Musk too close to Beijing? Is Tesla's dependence on Shanghai a national security problem, or just good business?

I have written before that the question is overblown. Tesla is one of dozens of American companies with deep Chinese supply chains, and nobody asks Apple's Tim Cook to testify about iPhones.

But Musk makes it harder for his defenders. Last week, asked on a podcast whether he worried about Chinese competition, he said: "⟦Honestly, if there are no trade barriers, the Chinese car companies will demolish most other car companies in the world⟧." 

It is not an outrageous claim. It is, in fact, what most industry analysts think. But coming from the head of America's most valuable carmaker, it sounds to some ears like a sales pitch for Beijing.

The debate will go on. It should be about facts, not about one man's mouth.""",
  "framing headline ('the debate goes on') over a body that DOES contain a plain quote of his about China: gold must not be suppressed; author's opinion not gold")

D(25, "opinion", "article",
  "What Musk should say about China - but won't",
  """Imagine, for a moment, Elon Musk standing on the stage at Tesla's next shareholder meeting and saying what he surely knows: that China has beaten Tesla at its own game.

If Musk were to say that Chinese carmakers now build better, cheaper electric cars than Tesla, the stock would probably fall 10% by the close. If he were to admit that the Shanghai factory is running below capacity because Chinese buyers have moved on, analysts would start asking what else they had not been told.

He could, in theory, frame it as a challenge. "We got complacent," a more candid Musk might say. "The Chinese companies worked harder than we did."

He will not say any of this, of course. Musk's style is to change the subject - to robotaxis, to robots, to Mars - rather than to admit defeat in a market.

But his investors would be better served by the truth than by another slide about humanoid robots.""",
  "hard negative opinion: columnist imagines what Musk might say ('If Musk were to say...', 'a more candid Musk might say'); nothing he actually said")
