"""Generate /work/blind/R/en.jsonl. Gold spans are marked inline with ⟦...⟧ and stripped."""
import json, random, re

OPEN, CLOSE = "⟦", "⟧"
MARK = re.compile(OPEN + "(.*?)" + CLOSE, re.S)
DOCS = []


def strip(s):
    gold = MARK.findall(s)
    return s.replace(OPEN, "").replace(CLOSE, ""), gold


def add(genre, kind, title, text, hard, guests=None, cues=None):
    title, g1 = strip(title.strip())
    d = {"lang": "en", "genre": genre, "kind": kind, "title": title}
    if kind == "vtt":
        parts, gold = ["WEBVTT\n"], list(g1)
        t = 1.0
        for spk, line in cues:
            line, g = strip(line)
            gold += g
            dur = max(3.0, round(len(line) / 15.0, 1))
            s, e = t, t + dur
            f = lambda x: "%02d:%02d:%06.3f" % (int(x // 3600), int(x % 3600 // 60), x % 60)
            parts.append("%s --> %s\n<v %s>%s\n" % (f(s), f(e), spk, line))
            t = e + 0.4
        d["text"] = ""
        d["vtt"] = "WEBVTT\n\n" + "\n".join(parts[1:]) + "\n"
    else:
        body = "\n".join(l.strip() for l in text.strip().split("\n"))
        body, g2 = strip(body)
        d["text"] = body
        gold = g1 + g2
    d["guests"] = guests or []
    d["gold"] = gold
    d["hard_case"] = hard
    for g in gold:
        assert OPEN not in g and CLOSE not in g
    DOCS.append(d)


def label(lines):
    return "\n".join(lines)

# ------------------------------------------------------------------ WIRE
add("wire", "article",
"Tesla to lift Shanghai output as Musk touts China supply chain",
"""SHANGHAI, June 10 (Reuters) - Tesla plans to raise output at its Shanghai Gigafactory by about 15% in the second half of the year, two people familiar with the matter said, as the U.S. automaker tries to win back buyers in its second-biggest market.

The plant, which built roughly 916,000 vehicles last year, will add a third shift on its Model Y line from August, one of the people said. They declined to be named because the plans are not public.

Musk, speaking by video link to an industry forum in Beijing on Tuesday evening after a 40-minute delay caused by technical problems, said that ⟦the Shanghai factory remained the benchmark for every plant Tesla builds⟧.

“⟦The supply chain in China is just extremely deep. You can get almost any part within a two-hour drive of the factory⟧,” he said.

He also told the forum that SpaceX's next Starship flight was "probably four to six weeks away", a remark that drew laughter from an audience made up mostly of auto executives.

Tesla did not respond to a request for comment. Its shares were up 1.8% in premarket trading.

(Reporting by Zhang Yan and Brenda Goh; Editing by Kim Coghill)""",
"subject and speech verb far apart (long 'speaking by video link...' phrase); non-China Starship remark in same article")

add("wire", "article",
"Chinese battery maker says offer to supply Tesla still stands",
"""NINGDE, China, March 3 (Reuters) - Zeng Lihua, founder of Chinese battery maker Qingyuan Energy, said on Monday that he once told Elon Musk that Tesla would "never match" Chinese cell costs without local partners, and that his offer to supply the U.S. carmaker still stood.

"I said to Elon in 2019: you can build cars anywhere, but the cells come from here," Zeng told reporters at the company's headquarters in the eastern province of Fujian.

Qingyuan, which supplies lithium iron phosphate cells to three Chinese automakers, said it had spare capacity of about 40 gigawatt-hours a year.

Tesla, whose Shanghai plant already sources cells from CATL and LG Energy Solution, did not respond to a request for comment.

Analysts at Bernstein said in a note that Qingyuan's pitch underlined how far prices have fallen, with LFP cells now selling for under $60 per kilowatt-hour in the domestic market.""",
"someone else's words with Musk as object, inside a dateline sentence; no Musk statement")

add("wire", "article",
"Musk says ⟦Chinese battery prices will halve again by 2027⟧",
"""AUSTIN, Texas (Bloomberg) -- Elon Musk said on Wednesday that ⟦the cost of battery cells made in China would fall by half again within two years⟧, a forecast that, if borne out, would pile further pressure on carmakers in Europe and the U.S.

“⟦What people don't appreciate is that the Chinese cell makers are still on the steep part of the curve⟧,” Musk told an energy conference in Austin. “⟦They've got scale, they've got cheap power, and they're iterating on chemistry faster than anyone⟧.”

“⟦We're going to see sub-$40 cells out of China, I'm pretty confident of that⟧,” he added.

The remarks come as lithium carbonate prices hover near four-year lows. Benchmark Mineral Intelligence estimates that average LFP cell prices in China fell 24% last year.

Tesla buys cells from CATL and from BYD's FinDreams unit for some of its energy storage products and lower-priced vehicles.

Musk also said Tesla's Megapack factory in Houston would begin production in the first quarter of next year.""",
"headline carrying his claim; 'they' continuation; 'he added'; non-China product date")

add("wire", "article",
"BYD to start European deliveries of budget hatchback as tariffs bite",
"""SHENZHEN/LONDON (Reuters) - BYD will begin delivering its Dolphin Surf hatchback to customers in 14 European countries next month, the Chinese automaker said on Thursday, betting that a sub-20,000-euro price tag will offset the EU's anti-subsidy duties.

BYD, which sold more battery-electric cars than Tesla worldwide in the last quarter, faces an additional tariff of 17% on EVs shipped from China to the bloc. A plant in Szeged, Hungary, is due to start production later this year.

Tesla CEO Elon Musk, speaking at a separate event in California on the same day, said cameras alone were enough to achieve full self-driving. "Lidar is a crutch. Humans drive with eyes, and so will the cars," Musk said.

He said Tesla would start selling its Optimus humanoid robots to outside customers "sometime next year".

Stella Li, BYD's executive vice president, said the company expected Europe to account for a fifth of its overseas sales by 2026.""",
"topic decided by neighbourhood: China article, Musk's remarks are about lidar and Optimus date only")

add("wire", "article",
"Musk talks competition, water and expansion at Berlin plant",
"""BERLIN (Reuters) - Elon Musk on Thursday addressed several hundred engineers at Tesla's plant outside Berlin, in remarks that ranged from competition to regulation and the plant's expansion.

Musk spent much of the 30-minute talk on Chinese carmakers, which have taken roughly a tenth of the European electric-vehicle market in two years. “⟦Frankly, they work harder than anyone and they iterate faster than anyone⟧,” he said. “⟦If we don't learn from their supply chain, we're toast⟧.”

Turning to local opposition, the billionaire said concerns about the factory's water use were "completely overblown".

"We use less water than a golf course," he said.

Environmental groups, which have protested against the plant's planned expansion into nearby forest, said in a statement that Musk's comparison was misleading.""",
"topic only in context: 'they' refers back to Chinese carmakers (gold); water remarks not gold")

add("wire", "article",
"EU tariffs on Chinese EVs reshape market as Tesla waits on FSD approval",
"""AMSTERDAM (Reuters) - A year after Brussels imposed duties of up to 35.3% on electric cars made in China, Chinese brands have shifted toward plug-in hybrids, which are not covered by the tariffs, data from research firm Dataforce showed on Monday.

Tesla's Shanghai-built Model 3, which carries a 7.8% duty, has lost ground to European-built rivals.

Meanwhile, Tesla is still waiting for European approval of its supervised Full Self-Driving software. Speaking at a tech event in Amsterdam on Monday, Elon Musk said he expected a decision from the Dutch vehicle authority RDW by the end of the year.

Of the European regulators, Musk said: "They're thoughtful people, but they move at the speed of continental drift."

The RDW said in a statement it was reviewing Tesla's application "with due care".""",
"'they' refers to European regulators, not Chinese; tariffs context is the journalist's")

add("wire", "article",
"⟦Tesla's Optimus robot hit by China rare-earth export curbs⟧, Musk says",
"""April 23 (Reuters) - Tesla CEO Elon Musk said on Tuesday that ⟦production of the company's Optimus humanoid robot had been affected by China's restrictions on exports of rare-earth magnets⟧, and that ⟦Tesla was working with Beijing to obtain an export licence⟧.

China, which processes about 90% of the world's rare earths, this month added seven medium and heavy rare-earth elements to its export-control list, requiring companies to apply for licences.

“⟦China wants assurances that these are not used for military purposes, which obviously they're not. They're just going into a humanoid robot⟧,” Musk told analysts on a conference call after the company reported quarterly results.

Musk said he still expected Tesla to build "several thousand" Optimus units this year.

The company's shares rose 5% in extended trading after Musk said he would devote significantly less time to his government role from May.""",
"headline claim with trailing attribution; two reported clauses; product-count remark not gold")

add("wire", "article",
"Maye Musk draws crowds on Shanghai book tour",
"""SHANGHAI (AFP) - Maye Musk, the model and dietitian whose eldest son is Tesla chief executive Elon Musk, drew hundreds of fans to a bookstore in Shanghai on Saturday to promote the Chinese edition of her memoir.

"Every time I come to China I am amazed by how fast everything changes," Maye Musk told reporters. "The young people here are so ambitious."

She said her son was "very busy" and had not joined her on the trip.

Asked whether he planned to visit China this year, she laughed and said: "You'll have to ask him."

Her memoir has sold more than 300,000 copies in China since 2022, according to her publisher.""",
"another Musk (Maye Musk) speaking about China; not the watched speaker")

add("wire", "article",
"Tesla's China sales slide for fifth month as local rivals cut prices",
"""BEIJING (Reuters) - Tesla sold 38,600 China-made vehicles in the domestic market in July, down 16% from a year earlier, data from the China Passenger Car Association showed on Tuesday, as cheaper models from local rivals drew buyers away.

Exports from its Shanghai plant, which supplies Europe and Asia-Pacific markets, rose 9%.

The slide marks a reversal for a company that once dominated China's premium EV segment. When the Shanghai plant broke ground in January 2019, Musk told a crowd of officials and employees that ⟦China would one day be Tesla's biggest market⟧.

“⟦I think the future of Tesla in China is going to be incredible. I love it here⟧,” he said at the time.

That prediction has yet to come true: the United States remains Tesla's largest market by revenue.

Cui Dongshu, secretary general of the CPCA, said price competition in the sector would persist through the end of the year.""",
"quote of his from years ago recalled in the article (gold)")

add("wire", "article",
"Analysts question Musk's alarm over Chinese carmakers",
"""NEW YORK - Elon Musk may be overstating the threat posed by Chinese carmakers, analysts at three Wall Street banks said this week, pointing to tariffs and thin margins at many of the companies.

"The Chinese threat is real but manageable, at least in North America," Morgan Stanley analysts wrote in a note to clients on Monday.

Barclays said most of China's roughly 100 EV brands were loss-making and would struggle to fund overseas expansion.

Musk, who visited Beijing in April and met Premier Li Qiang, has not commented on the notes. Tesla did not respond to a request for comment.""",
"analysts paraphrasing him critically; things he did (visited, met) rather than said")

add("wire", "article",
"Musk responds to report on Tesla's China data arrangements",
"""Elon Musk on Friday pushed back against a newspaper report that Tesla had sought special treatment from Chinese regulators over the handling of data collected by its cars.

In a post on X, Musk said ⟦he had never asked Beijing for any exemption on data rules⟧.

“⟦All data from Tesla cars sold in China is stored in China, full stop. We follow the same rules as every Chinese carmaker⟧,” the Tesla CEO wrote.

The report, which cited two people familiar with the matter, said Tesla had lobbied for its cars to be allowed to send some camera data to servers in the United States to train its driver-assistance software.

Tesla has stored data from Chinese customers at a Shanghai data centre since 2021. The newspaper said it stood by its reporting.""",
"denial stated as his own claim ('said he had never...') is gold")

add("wire", "article",
"Musk speaks on chip supply at Riyadh investment forum",
"""RIYADH (Reuters) - Elon Musk said on Monday that ⟦the world's reliance on chip plants in Taiwan was dangerous given tensions with China⟧, urging automakers and AI companies to diversify their suppliers.

“⟦If there's a conflict between Beijing and Taipei, the auto industry stops. Not slows down — stops⟧,” Musk told an investment conference in the Saudi capital.

Musk said Tesla's next self-driving chip would be built at plants in Arizona and Texas.

Taiwan Semiconductor Manufacturing Co, the world's largest contract chipmaker, makes more than 90% of the most advanced semiconductors. A TSMC spokesperson declined to comment.""",
"Taiwan in relation to China; chip-plant location remark not gold")

add("wire", "article",
"TikTok deal talks drag on as deadline nears",
"""WASHINGTON (Reuters) - Talks over the sale of TikTok's U.S. operations dragged on this week, with ByteDance and a group of American investors still divided over who would control the app's recommendation algorithm, three sources said.

China's commerce ministry said on Thursday that any deal must comply with Chinese export-control rules on technology.

Elon Musk, who owns rival platform X, was named in January reports as a possible buyer of the business. At an event in Washington on Wednesday, Musk was asked about X's finances and said advertising revenue in the United States had "fully recovered".

He did not address TikTok, and X did not respond to a request for comment.""",
"TikTok/China article; Musk's only remark is about X's US ad revenue; 'named as possible buyer' is not a statement")

add("wire", "article",
"Musk says ⟦Chinese EV makers will win in Europe unless Tesla cuts costs⟧",
"""GRUENHEIDE, Germany (Reuters) - Tesla Chief Executive Elon Musk said on Tuesday that ⟦Chinese carmakers would take a significant share of the European market within five years⟧, even with the extra duties imposed by Brussels.

Speaking to workers at the company's plant near Berlin, Musk said ⟦the European Union's tariffs of up to 35.3% on Chinese-made electric vehicles had bought local carmakers "a bit of time, not much"⟧.

“⟦The Chinese car companies are the toughest competitors we have ever faced. They're not going to slow down because of a tariff⟧,” said Musk, who was wearing a black T-shirt and spoke without notes.

Chinese brands including BYD, SAIC-owned MG, Leapmotor and Xpeng accounted for 9.8% of battery-electric car sales in Europe in the first half, according to Dataforce, up from 6.1% a year earlier.

BYD's plant in Szeged, Hungary, is due to start production this year, and Chery has agreed to build cars at a former Nissan factory in Barcelona.

Musk also said the Berlin plant would begin building a longer-range version of the Model Y in the autumn, and dismissed concerns about the factory's water consumption.

Asked by a worker whether Tesla would build a factory in Europe with a Chinese partner, Musk said that ⟦Tesla had no such plans but would keep buying Chinese battery cells for its cheaper models⟧.

IG Metall, Germany's largest union, said the company should focus on improving working conditions at the plant rather than on its rivals.

"Workers here are not afraid of competition from China. They are tired of understaffing," said Dirk Schulze, the union's district head.

A spokesperson for the Chinese embassy in Berlin said Chinese automakers competed "fairly and openly" and that the EU duties were protectionist.

Tesla's European registrations fell 28% in the first half, according to the European Automobile Manufacturers' Association.

The company's shares closed up 1.2% in New York.""",
"long wire; headline claim; several China statements; Berlin product/water remarks and union 'they' quote not gold")
# ------------------------------------------------------------------ LIVEBLOG
add("liveblog", "article",
"Tesla annual shareholder meeting 2025: live updates",
"""4:02 p.m. CT — Elon Musk takes the stage at Gigafactory Texas to loud applause, wearing a black cowboy hat and sunglasses.

4:09 p.m. — Musk opens with Optimus. "Optimus will be the biggest product of all time, bigger than the car," he says, to cheers.

4:15 p.m. — A quick slide on deliveries. No new numbers.

4:21 p.m. — On to China. Musk, speaking at the annual shareholders' meeting held at the company's sprawling Austin factory, said that ⟦Tesla's team in Shanghai was "the most capable manufacturing team on Earth"⟧.

4:23 p.m. — He's still on China: “⟦People underestimate Chinese companies at their peril. BYD, Xiaomi, Huawei — these are serious, serious competitors⟧.”

4:30 p.m. — A shareholder asks about the Cybercab launch date. Musk says volume production starts "in the second quarter of next year."

4:41 p.m. — The shareholder proposal on board declassification fails, according to the preliminary tally.

4:48 p.m. — Musk wraps up: "Mars, here we come." The stream cuts to a Cybertruck video.""",
"liveblog; China remarks (gold) mixed with Optimus, Cybercab date and Mars lines (not gold)")

add("liveblog", "article",
"China retaliates with tariffs on U.S. goods: live",
"""09:05 GMT — China's finance ministry says it will impose additional tariffs of 15% on U.S. coal and liquefied natural gas and 10% on crude oil and farm machinery, effective next week.

09:20 — U.S. stock futures slide. Tesla, which makes roughly half its cars outside the U.S. and has a large factory in Shanghai, is down 3% in premarket trading.

09:48 — Elon Musk has been quiet on the tariffs so far. His only post this morning was a video of a Raptor engine test, captioned "Raptor 3 looking good".

10:10 — Wedbush analyst Dan Ives says in a note that Musk "will have to navigate Beijing very carefully" in the weeks ahead.

10:35 — China's commerce ministry adds two U.S. companies to its unreliable entity list.""",
"tariff liveblog; Musk's only post is about a rocket engine; analyst's words about him")

add("liveblog", "article",
"Beijing auto show live: Xiaomi, BYD unveil new models; Musk appears by video",
"""10:02 Beijing time — Doors open at the China International Exhibition Center. Queues at the Xiaomi stand already stretch past the BYD hall.

10:15 — Surprise at the Tesla booth: Elon Musk appears on the big screen in a pre-recorded video message.

10:18 — “⟦Who builds the best factories in the world right now? Honestly, it's China⟧,” Musk says in the clip.

10:20 — The video ends with a thank-you: “⟦We wouldn't be where we are without our Chinese suppliers⟧.”

10:45 — Xiaomi founder Lei Jun takes the stage to unveil the YU9 SUV, priced from 329,900 yuan.

11:30 — Xpeng chairman He Xiaopeng tells reporters that Musk once told him over dinner that robotaxis would be "a winner-takes-most market". He says he disagrees.

11:52 — BYD shows off its Yangwang U9 hypercar doing a "dance" on the stand.""",
"rhetorical question of his (gold); rival reporting what Musk told him (not gold)")

add("liveblog", "article",
"Musk and China: the debate goes on — live reaction",
"""13:00 — Welcome to our live coverage of the reaction to this morning's report that Tesla is in talks to license its driver-assistance software to a Chinese carmaker.

13:12 — Tesla has not commented. A spokesperson at Tesla China said the company "does not comment on market rumours".

13:25 — The Global Times, in an editorial, says foreign carmakers are welcome "as long as they respect Chinese rules".

13:40 — Elon Musk is posting, but not about this. His latest post is about the release date of Grok 5, which he says will arrive "by end of year".

14:05 — Nora Hsieh of Pacific Mobility Research tells us the report "fits Musk's pattern of keeping Beijing onside".

14:30 — Shares of Tesla are flat in Frankfurt trading.""",
"document framing 'Musk and China' over a body with no China statement of his; Grok date post not gold")

add("liveblog", "article",
"VivaTech 2025 live: Musk on AI, robots and China",
"""15:30 CET — Elon Musk is on screen at VivaTech in Paris, appearing by video link from Texas.

15:34 — First up, AI. Musk says he expects AI to be "smarter than any single human" by 2027.

15:41 — The interviewer asks about manufacturing. Musk tells a story: “⟦When I was in Shanghai last year, a supplier told me, 'We can do it in half the time.' And they did. That's the mentality in China right now. It's intense⟧.”

15:47 — On robotaxis, he says Tesla will launch in ten more U.S. cities by year-end.

15:52 — Asked whether Chinese AI models such as DeepSeek were catching up, Musk said ⟦they were “maybe six months behind, at most”⟧.

15:58 — Session ends, with Musk waving at the crowd and promising to come to Paris "in person next year".""",
"quote spanning several sentences with a nested quote; 'they' = Chinese AI models; robotaxi/AI date remarks not gold")

add("liveblog", "article",
"Trump-Xi summit in Busan: live updates",
"""08:00 KST — U.S. President Donald Trump and Chinese President Xi Jinping are due to meet at 11 a.m. at Gimhae air base.

08:45 — The U.S. business delegation arrives. Elon Musk is among the CEOs, alongside the heads of Nvidia, Boeing and Cargill.

09:10 — Musk was seen chatting with Chinese Commerce Minister Wang Wentao in the lobby of the delegation hotel.

09:30 — Asked by reporters whether he would stay for the banquet, Musk said he had "a rocket launch to get back to".

10:15 — Xpeng chairman He Xiaopeng, also in Busan for a business forum, joked that Musk "should come test-drive our robotaxis before he talks about them".

11:05 — The two leaders shake hands. No press questions taken.""",
"things he did (attended, chatted); his only remark is about a rocket launch; rival's joke about him")

add("liveblog", "article",
"Tesla Q3 earnings live: margins, robotaxi and the China price war",
"""4:05 p.m. ET — Tesla reports third-quarter revenue of $26.1 billion, ahead of estimates; automotive gross margin ex-credits comes in at 15.4%.

4:31 p.m. — The call is under way. CFO Vaibhav Taneja says deliveries in China rose 7% sequentially.

4:44 p.m. — An analyst asks whether Tesla will match the latest round of discounting. “⟦Oh sure, let's just match every price cut in China, that'll end well⟧,” Musk quips.

4:46 p.m. — He added that ⟦Tesla would rather lose some market share in China than destroy its margins⟧.

4:52 p.m. — Musk says the company will remove safety monitors from its Austin robotaxis "by the end of the year".

5:10 p.m. — Shares up 2% after hours.""",
"sarcasm (gold); 'he added' continuation; CFO's China numbers and robotaxi date not gold")

# ------------------------------------------------------------------ QA_INTERVIEW
add("qa_interview", "article",
"Q&A: Elon Musk on solar, batteries and the race with China",
"""Elon Musk sat down with our energy desk at Tesla's Palo Alto offices last week. The conversation has been edited for length and clarity.

Q: Chinese solar panels now cost less than ten cents a watt. Is that good or bad for America?

A (Musk): ⟦It's great for the planet and terrible for anyone trying to make panels in the U.S. China basically owns the solar supply chain, from polysilicon to modules⟧.

Q: Should Washington keep the tariffs?

A (Musk): ⟦I'm generally against tariffs, but with Chinese solar there's a real national security argument⟧.

Q: When will Starship carry people to Mars?

A (Musk): If things go well, the first crewed flight could be in 2029.

Q: How is Megapack demand?

A (Musk): Demand is insane. We're sold out through the end of next year.""",
"Q: / A (Musk): format; China answers gold, Mars and Megapack answers not")

add("qa_interview", "article",
"Interview: battery chief says Musk 'asks better questions than most engineers'",
"""Chen Hao is vice president of Xinhe Battery, a Shenzhen-based maker of lithium iron phosphate cells. We spoke to him at a trade fair in Shanghai.

Q: You met Elon Musk in Austin last year. What did you talk about?

A: He asked a lot about our dry-electrode process. He asks better questions than most engineers. I told him Chinese factories can ramp a new line in six months, and he did not look surprised.

Q: Is Tesla a customer?

A: I can't comment on specific customers.

Q: What worries you most?

A: Overcapacity. There are too many cell makers in China, and prices are below cost for many of them.""",
"interview with a Chinese executive; he describes what he told Musk; no Musk statement")

add("qa_interview", "article",
"Musk: ⟦Xiaomi's new SUV is 'a good car, not a Tesla killer'⟧",
"""In an interview with CNBC on Thursday, Elon Musk said that ⟦Xiaomi's YU7 sport utility vehicle was "a good car, not a Tesla killer"⟧, days after the Chinese smartphone maker said it had taken 240,000 firm orders in 18 hours.

“⟦Lei Jun is a smart guy and they've done a solid job. But building a car is easy; building a car company at scale is hard⟧,” Musk said.

The YU7 is priced about 4% below Tesla's Model Y in China.

Musk also told CNBC that he planned to stay on as Tesla's chief executive for at least five more years.""",
"interview write-up ('in an interview with CNBC'); headline carries claim; 'they' = Xiaomi; CEO tenure remark not gold")

add("qa_interview", "article",
"Musk sidesteps China questions in Starbase interview",
"""Our reporter spoke to Elon Musk at Starbase, Texas, ahead of Starship's eleventh flight test. Edited excerpts:

Q: Tesla's deliveries in China fell 20% last quarter. What's going wrong?

Musk: I'm not going to talk about Tesla today. This is a SpaceX day.

Q: Fair enough. How confident are you about catching the booster again?

Musk: Pretty confident. The tower arms have been upgraded and the software is much better. I'd say 80% odds.

Q: And the ship itself?

Musk: The heat shield is the hardest problem. We lost fewer tiles last time, but it's not solved.""",
"interviewer's China questions; his answers decline or are about Starship")

add("qa_interview", "article",
"Elon Musk interview: '⟦China will have more AI compute than anyone⟧'",
"""The Tesla and xAI chief spoke to us by phone on Sunday. Edited excerpts.

Q: DeepSeek shocked Silicon Valley this year. Did it shock you?

Musk: ⟦DeepSeek is a real team with real talent. They found some clever efficiencies, but they didn't break physics⟧.

Q: Will U.S. export controls on Nvidia chips keep China behind?

Musk: ⟦They'll slow China down a little, not a lot. China will have more AI compute than anyone within a few years because they have the power⟧.

Q: When does Grok 5 come out?

Musk: Grok 5 is training now. I think it has a real shot at AGI.""",
"headline quote carrying claim; 'Musk:' answer labels; Grok answer not gold")

add("qa_interview", "article",
"Kimbal Musk on restaurants, farming and his famous brother",
"""Kimbal Musk, the restaurateur and Tesla board member, spoke to us during a visit to Chengdu.

Q: What brings you to Chengdu?

A: Food, honestly. China's vertical farms are remarkable, and the restaurant entrepreneurs here move incredibly fast.

Q: Do you and Elon talk about China?

A: Elon and I mostly talk about family. We don't talk business much.

Q: What's next for your farming company?

A: We're opening two more greenhouse sites in the U.S. next year.""",
"Kimbal Musk (not the watched speaker) on China")

add("qa_interview", "article",
"Elon Musk: the long lunch",
"""Elon Musk arrives twenty minutes late, apologises, and orders a diet Coke and a steak. For the next two hours he talks about rockets, robots, his children and, more carefully than usual, China.

On the trade war, he is blunt. “⟦If Beijing decides to restrict graphite exports the way they did with gallium, every battery factory outside China has a problem⟧,” he says, cutting his steak.

He reckons that ⟦Chinese robotaxi operators such as Baidu's Apollo Go could be running in more cities than Waymo within two years⟧, though he hedges immediately: “⟦Maybe. It depends on how fast the regulators there move⟧.”

He is less guarded about his family. Three of his children now attend a school he helped to found in Austin, and he says he tries to have breakfast with them "at least twice a week".

On X, he insists the payments service will launch "this year, for real this time". He has said this before.

When the bill arrives he insists on paying. "SpaceX is doing fine," he says.""",
"FT-style interview write-up; conditional/hedged claims about China (gold); 'the regulators there' = Chinese; family and X remarks not gold")

# ------------------------------------------------------------------ OPINION
add("opinion", "article",
"Musk's Beijing balancing act is getting harder",
"""Elon Musk has long courted Beijing. The Shanghai Gigafactory, approved in record time in 2018, was a gift from a government eager to jolt its own carmakers into action, and it worked.

Since then Musk has made regular pilgrimages to the Chinese capital, meeting premiers and ministers and posing for photographs with factory workers.

But the ground has shifted. Chinese brands now outsell Tesla in China, and Washington is far less tolerant of American executives who appear too cosy with the Communist Party.

Musk's role in American politics makes his position even more awkward. Every trip to Beijing now invites a question in Washington, and every tariff from Washington invites a question in Beijing.

The Shanghai plant remains Tesla's most productive. The question is how long its owner can keep both capitals happy.""",
"opinion column with journalist's own analysis ('Musk has long courted Beijing'); no statement of his")

add("opinion", "article",
"Musk and China: the debate goes on",
"""It has become a ritual. Every few months Elon Musk says something admiring about China, and every few months Washington clutches its pearls.

Last week, at a dinner in Washington for technology executives, he did it again. “⟦China's manufacturing capability is greater than the U.S. and Europe combined, and people just don't get it⟧,” he told the room, according to two attendees.

He went further, insisting that ⟦Washington's tariffs on Chinese cars would only make American carmakers lazier⟧.

You can dislike the messenger and still take the message seriously. The numbers back him up: China produced more than 30 million vehicles last year, a third of the world's total.

The real question is not whether Musk is right about China's factories. It is whether anyone in Washington has a plan to respond.""",
"'Musk and China: the debate goes on' framing over a body that DOES contain his China statements (gold)")

add("opinion", "article",
"Reading between the lines of Tesla's China strategy",
"""Tesla's strategy in China looks less like a plan than a series of improvisations. Prices go down, prices go up, a cheaper model is announced, then quietly shelved.

"He talks up China when he needs Shanghai and talks it down when he needs Washington," said Nora Hsieh, an analyst at Pacific Mobility Research.

That may be too cynical. But it is hard to find a consistent thread in the company's approach, beyond a reliance on the Shanghai plant for exports.

Meanwhile BYD, Geely and Xiaomi are taking share with models that cost less and, increasingly, do more.

If Tesla has an answer, it has not yet shown it.""",
"opinion; analyst characterises Musk's talk critically; no words of his")

add("opinion", "article",
"Opinion: Musk's post on Chinese solar tells us what Washington won't",
"""On Sunday night, Elon Musk posted a chart to his 220 million followers. It showed solar installations by country, and one bar towered over the rest.

"⟦China installed more solar in 2024 than America has in its entire history. Let that sink in.⟧ https://t.co/x7Kq2LmZ9p" — @elonmusk

When a clean-energy analyst replied that the grid was the real story, Musk wrote back: "@CleanEnergyDan ⟦And their grid build-out is even more impressive than the panels⟧."

He is right, and it is worth asking why American politicians find it so hard to say the same thing.

The United States added about 50 gigawatts of solar last year; China added more than five times that.

Until we fix permitting, tariffs will not close the gap.""",
"X post quoted verbatim with URL and @handle; 'their' = China from earlier post (gold)")

add("opinion", "article",
"America's solar boom needs permits, not tariffs",
"""China makes eight out of every ten solar panels sold on Earth, and its factories can make far more than the world can install. That overcapacity has crushed prices and bankrupted rivals from Germany to Arizona.

Washington's response has been tariffs, layered on tariffs.

But the bottleneck in America is not panels. It is everything else: interconnection queues, transmission lines, transformers.

Elon Musk put it well in March: "The limiting factor for AI is electricity, and the limiting factor for electricity is transformers."

Fix that, and the tariff debate looks very different.""",
"China solar column; Musk quote is about electricity and transformers in general, not China")

add("opinion", "article",
"What Musk got right about China's EV juggernaut",
"""Back in 2021, when most Western executives still dismissed Chinese carmakers as copycats, Elon Musk told an auto industry conference in Shanghai that ⟦Chinese EV makers would be "the ones to beat" by the end of the decade⟧.

“⟦Their speed is terrifying, honestly⟧,” he added.

At the time this was treated as flattery aimed at his hosts. Four years on, it looks like the most accurate forecast anyone made.

BYD now sells more electric cars than Tesla. Xiaomi went from zero to a hit SUV in three years.

As an economist, I am wary of giving any chief executive credit for prophecy. But on this one, the record speaks for itself.""",
"economist's column recalling an old statement of his (gold) with 'he added' continuation")

add("opinion", "article",
"China's lunar ambitions should worry NASA",
"""China plans to put astronauts on the Moon before 2030, and on current form it may well do so. The Chang'e-6 mission returned samples from the far side last year, and the Mengzhou crew capsule has completed its abort tests.

NASA's Artemis programme, by contrast, has slipped again.

Elon Musk, whose Starship is meant to serve as Artemis's lunar lander, has little patience for the agency's pace. Speaking of NASA at a conference in Florida last month, he said: "They're doing their best, but they're stuck with a cost-plus system that rewards delay."

He added that Starship would land on the Moon "before 2028".

Congress should take note. The race is real, whether or not the people running it admit it.""",
"China space column; his 'they' refers to NASA, and the Moon date is about Starship; not gold")
# ------------------------------------------------------------------ AGGREGATOR_HEADLINE
add("aggregator_headline", "article",
"Musk says ⟦China will out-build the US on power plants⟧ - Reuters",
"""Tesla CEO Elon Musk said on Thursday that ⟦China was adding power generation at roughly three times the pace of the United States⟧, warning that ⟦the gap could decide the race in artificial intelligence⟧.""",
"aggregator title with ' - Reuters' suffix (gold excludes suffix); snippet with two reported clauses")

add("aggregator_headline", "article",
"Elon Musk weighs in on Chinese lithium prices - Electrek",
"""The Tesla CEO shared a chart of lithium carbonate prices on X late Tuesday.""",
"headline only describes that he talked; snippet describes an action")

add("aggregator_headline", "article",
"Musk lauds Shanghai workforce, says ⟦Tesla's China plant is its most productive⟧ - Bloomberg",
"",
"two-verb aggregator headline: description + claim; gold is the claim part only")

add("aggregator_headline", "article",
"Musk meets Chinese Vice Premier Ding Xuexiang in Beijing - South China Morning Post",
"""Tesla boss Elon Musk met Chinese Vice Premier Ding Xuexiang on Monday, state media reported, in his second visit to the country this year.""",
"action (met), not a statement")

add("aggregator_headline", "article",
"Elon Musk: ⟦without trade barriers, Chinese carmakers will 'flatten' the competition⟧ - Yahoo Finance",
"",
"'Musk:' headline carrying his claim; publisher suffix")

add("aggregator_headline", "article",
"Musk and China: a complicated relationship - The Economist",
"""The world's richest man has spent a decade cultivating ties with Beijing. It may not last.""",
"framing headline without any claim of his")

add("aggregator_headline", "article",
"Musk says ⟦DeepSeek is 'impressive but not magic'⟧ - Business Insider",
"""The billionaire weighed in on the Chinese AI startup in a post on X on Monday.""",
"aggregator headline with named Chinese company; suffix excluded")

add("aggregator_headline", "article",
"BYD executive says Musk 'underestimated us' - Nikkei Asia",
"""A senior BYD executive said Tesla's chief had been slow to take Chinese rivals seriously.""",
"other speaker's words about Musk")

add("aggregator_headline", "article",
"Musk says Starship will attempt Mars landing in 2026 as China plans its own mission - Space.com",
"""SpaceX's founder reiterated his timeline on Sunday, days after China outlined plans for the Tianwen-3 sample-return mission.""",
"his claim is about Starship/Mars; China appears only in the journalist's framing")

add("aggregator_headline", "article",
"Musk warns ⟦tariffs on Chinese parts will raise Tesla's costs⟧ - Financial Times",
"""Elon Musk said on Wednesday that ⟦levies on components imported from China would add "several hundred dollars" to the cost of each vehicle Tesla builds in the US⟧.""",
"'warns' headline carrying claim about tariffs on Chinese parts; snippet reported speech")

# ------------------------------------------------------------------ X_ROUNDUP
add("x_roundup", "article",
"Musk's week on X: Chinese solar, Starship and a jab at the SEC",
"""Elon Musk posted more than 600 times this week. Here are the highlights.

Monday: Replying to a chart from @SolarInsightsHQ showing China's solar installations, Musk wrote: "⟦China is going to have more solar capacity than the rest of the world combined pretty soon⟧."

Tuesday: "Starship Flight 11 launches in ~3 weeks," he posted, with a photo of the booster on the pad.

Wednesday: He called the Securities and Exchange Commission "a broken organization" in a reply to a Bloomberg reporter.

Thursday: In a quote-post of a video showing a fully automated factory in Changzhou, he wrote "⟦No humans, lights off. This is where manufacturing is heading and China is there first⟧ https://t.co/Lm3kP0aQ2d".

Friday: A meme about his son X's birthday party, which drew 90 million views.""",
"roundup of posts; China posts gold, Starship/SEC/family posts not")

add("x_roundup", "article",
"Reactions pour in after Musk's midterm posts",
"""Elon Musk spent much of Saturday posting about the U.S. midterm elections, urging his followers to "vote early" and attacking polling firms as "fake".

The posts drew more than 200 million views, according to X's own counter.

On Weibo, where Musk has a large following, reaction was mostly bemused. "Nobody in China cares about American midterms, Elon," wrote @zhangxin_ev, a car blogger with 3 million followers.

Others in China shared memes of Musk in a cowboy hat.""",
"Musk's posts are about US politics; Chinese users' words about him")

add("x_roundup", "article",
"Musk says ⟦China's robotaxi progress is 'underrated'⟧",
"""Elon Musk on Saturday weighed in on a viral video of a Baidu Apollo Go vehicle navigating rush-hour traffic in Wuhan.

"⟦Chinese robotaxi progress is underrated⟧," Musk wrote in reply to @AutonomyWatcher, whose clip had been viewed 12 million times.

He followed up minutes later: "⟦Tesla will still be first to scale, but they're not far behind⟧."

Baidu says Apollo Go has completed more than 11 million rides.""",
"headline claim; reply post; 'they' = Chinese robotaxi operators")

add("x_roundup", "article",
"Chinese AI founder trades barbs with Musk fans over Grok benchmarks",
"""Elon Musk posted on Wednesday that Grok 4 was "the smartest AI in the world", sharing a benchmark chart from xAI.

Within hours, Zhou Yan, founder of Hangzhou-based Qiming AI, posted that his company's open-weight model "beats Grok on math at one-tenth the cost", attaching his own chart.

Musk's supporters piled in, accusing Zhou of cherry-picking tests. Musk himself did not respond.

Qiming's model was downloaded 400,000 times on Hugging Face in its first week.""",
"Musk's post is about Grok; Chinese founder's words; he did not respond")

add("x_roundup", "article",
"Musk takes aim at proposed tariff on Chinese EVs",
"""Elon Musk on Tuesday mocked a proposal in Congress to raise tariffs on Chinese-made electric vehicles to 200%.

"⟦Brilliant idea. Nothing says 'we can compete' like a 200% tariff⟧," the billionaire posted on X, adding a laughing emoji.

Hours later he wrote that ⟦the best answer to Chinese competition was to "build better cars, not higher walls"⟧.

Senator Tom Ridley, a sponsor of the bill, said Musk "has a conflict of interest the size of Shanghai".""",
"sarcastic post about tariffs on Chinese EVs (gold) with nested quote; senator's words not gold")

add("x_roundup", "article",
"Musk posts about Chinese rare-earth dominance",
"""Elon Musk on Wednesday shared a chart on X showing China's share of global rare-earth processing, without adding a comment.

The post, which drew 40 million views, came a day after Beijing tightened licensing rules for exports of magnet materials.

He later posted a video of a Falcon 9 launch from Vandenberg Space Force Base.""",
"headline only says he posted about the topic; shared a chart without comment")

add("x_roundup", "article",
"Musk weighs in on TikTok deal, says ⟦ByteDance 'will never give up the algorithm'⟧",
"""Elon Musk has cast doubt on the proposed sale of TikTok's U.S. business.

"⟦Beijing will never let ByteDance hand over the algorithm. Whatever deal gets signed, the code stays in China⟧," Musk wrote on X on Friday, replying to @BizWireWatch.

He also posted that X's own recommendation code would be open-sourced again "next month".

TikTok did not respond to a request for comment.""",
"TikTok/ByteDance statement (gold); X open-source remark not gold")

add("x_roundup", "article",
"Musk compliments Xiaomi on SU7 Ultra lap record",
"""Tesla chief Elon Musk offered rare praise for a Chinese rival on Sunday after Xiaomi said its SU7 Ultra prototype had set a lap record for four-door electric cars at the Nürburgring.

"⟦Impressive work by the Xiaomi team⟧," Musk posted in reply to a video of the lap.

When a user asked whether Tesla would respond with a track version of the Model S, Musk replied: "⟦They earned it⟧. We'll see you at the ring."

Xiaomi founder Lei Jun reposted Musk's comment with a thank-you in English.""",
"praise for a named Chinese company; 'They' = Xiaomi (gold); Tesla track remark not gold")

# ------------------------------------------------------------------ EARNINGS_CALL
add("earnings_call", "article",
"Tesla (TSLA) Q2 2025 Earnings Call Transcript",
"""Travis Axelrod -- Head of Investor Relations

Good afternoon, everyone, and welcome to Tesla's second-quarter 2025 Q&A webcast. My name is Travis Axelrod, and I'm the head of investor relations. I'm joined today by Elon Musk, Vaibhav Taneja, and a number of other executives. Elon, over to you.

Elon Musk -- Chief Executive Officer

Thanks, Travis. So it's been a tough quarter in some ways, but the fundamentals are strong. Robotaxi is live in Austin, and we expect to cover about half the U.S. population by the end of the year, pending regulatory approvals. ⟦In China, the competition is brutal. There are something like 100 EV brands there, and the price war hasn't let up⟧. ⟦But Giga Shanghai had its best-ever quarter for exports, and I think we're holding our own⟧. On Optimus, version 3 is looking really good. We'll have a production-intent prototype by the end of the year.

Vaibhav Taneja -- Chief Financial Officer

Thank you, Elon. Total revenue was $22.5 billion, down 12% year over year. Our China business saw sequential improvement in deliveries, helped by the launch of the six-seat Model Y L.

Travis Axelrod -- Head of Investor Relations

Great. Let's move to analyst questions.""",
"earnings-call transcript ('Elon Musk -- Chief Executive Officer' then paragraph); only China sentences gold; CFO China line not gold")

add("earnings_call", "label",
"Tesla Q1 2025 earnings call: CFO on China, Musk on robots",
label([
"Vaibhav Taneja: In China, we saw improved demand in March following the launch of the new Model Y, and Giga Shanghai ran at close to full utilisation.",
"Elon Musk: Yeah, and just to add on Optimus, we're aiming to have a few thousand working in our own factories by the end of the year.",
"Priya Raman: Thanks. Elon, how exposed is the Optimus supply chain to tariffs?",
"Elon Musk: We're working through it. The actuators are the hard part, and we're designing our own. Honestly, I'm more focused on the neural net than the hardware right now.",
"Travis Axelrod: Next question, please.",
]),
"China content is the CFO's; Musk's turns are about Optimus and tariffs in general")

add("earnings_call", "label",
"",
label([
"Operator: Our next question comes from Daniel Hsu with Crestline Capital. Please go ahead.",
"Daniel Hsu: Thanks. BYD just cut prices on the Seal by another 10% in China. How do you think about competing with them?",
"Elon Musk: ⟦Look, BYD is a very strong company. They're vertically integrated down to the chips, and they have a cost structure that's hard to match⟧. ⟦We're not going to chase them to the bottom on price in China⟧. Our focus is autonomy. Once the cars can drive themselves, the cost per mile is what matters, and that's a different game.",
"Daniel Hsu: Thanks. And a quick follow-up on the Semi?",
"Elon Musk: Semi volume production starts in Nevada late this year.",
]),
"analyst question about BYD; Musk's turn with 'they/them' = BYD (gold); autonomy and Semi lines not gold")

add("earnings_call", "label",
"Tesla Q4 2024 earnings call (excerpt)",
label([
"Colin Park: Elon, last year you told us Chinese automakers would consolidate down to a handful of players. Do you still believe that, and where does that leave Tesla?",
"Elon Musk: I'd rather talk about what we control. The Cybercab line in Austin is on track to start in the second quarter, and the unboxed process cuts the factory footprint by about 40%.",
"Colin Park: Understood. Thank you.",
"Operator: The next question comes from the line of Sarah Blum with Orbis Research.",
]),
"analyst quoting Musk's past China view back to him (not gold); his answer is about Cybercab")

add("earnings_call", "article",
"Tesla earnings call: five takeaways, from Shanghai to Optimus",
"""1. Shanghai is running flat out. On Wednesday's call, Musk said ⟦Giga Shanghai was operating at close to full capacity for the first time in a year⟧, helped by export demand.

2. Robotaxi expansion. Musk said the service would reach the Phoenix and Las Vegas areas within months.

3. Energy is the bright spot. Storage deployments hit a record 14.2 GWh. Musk also said that ⟦Tesla's new LFP cell line in Nevada would reduce its dependence on Chinese suppliers, "but not to zero"⟧.

4. Optimus. Musk repeated that the robot would eventually be "the biggest product of all time".

5. Pay. Musk declined to discuss his compensation package, saying only that it was "a matter for the board".""",
"earnings-call write-up; two China points (gold) among robotaxi, Optimus, pay remarks")

add("earnings_call", "label",
"NIO Q2 earnings call: William Li on price war, Tesla",
label([
"William Li: Thank you. Elon Musk once said battery swapping would never work. We have now completed more than 80 million swaps across China.",
"Analyst: How do you view Tesla's new Model Y L in the Chinese market?",
"William Li: It is a good product. But our customers value services, and in services we are ahead.",
"Stanley Qu: Let me add some colour on margins. Vehicle margin was 10.3% this quarter.",
]),
"Chinese CEO quoting Musk back; Musk is not a speaker")
# ------------------------------------------------------------------ PODCAST_LABELLED
add("podcast_labelled", "label",
"",
label([
"Lex Fridman: Let's talk about AI compute. Where does China stand right now?",
"Elon Musk: ⟦China is going to have a lot of compute. They're building power plants at an insane rate, and power is the real limiting factor⟧. ⟦The chip restrictions slow them down a bit, but they're very resourceful⟧.",
"Lex Fridman: And Mars? When do you think humans actually land there?",
"Elon Musk: I think we've got a decent shot at 2029 for the first crew. It's ambitious, but that's the goal.",
"Lex Fridman: What keeps you up at night about that?",
"Elon Musk: Life support. Landing is hard, but keeping people alive for two years is harder.",
]),
"labelled podcast; China turn gold, Mars turns not")

add("podcast_labelled", "label",
"The Dealflow Pod, episode 212: Is Tesla still a China story?",
label([
"Marcus Lee: So the big question this week: is Tesla still a China story?",
"Dana Whitfield: I think Elon's bet on Shanghai was the best capital allocation decision in auto history. Full stop.",
"Marcus Lee: Sure, but that was 2019. BYD eats their lunch now.",
"Dana Whitfield: Maybe. But nobody else got a wholly owned plant in China. That's a moat.",
"Marcus Lee: We should get Elon on the show and ask him.",
]),
"hosts discuss Musk's China bet; Musk is not a speaker")

add("podcast_labelled", "label",
"",
label([
"Host: Your supply-chain team spends a lot of time in Ningbo and Suzhou. What have you learned from the Chinese suppliers?",
"Elon Musk: ⟦The Chinese supplier base is just relentless. They'll work through the weekend to hit a date, and they don't complain about it⟧. ⟦Honestly, we should copy a lot of what they do⟧.",
"Host: Switching gears. How are the kids?",
"Elon Musk: Good. Loud. X is obsessed with rockets, which I guess is my fault.",
]),
"'they' in his turn refers to Chinese suppliers (gold); family turn not gold")

add("podcast_labelled", "label",
"",
label([
"Host: Let's talk about China. Are you worried about Tesla there?",
"Elon Musk: Pass. Let's talk about Neuralink instead. We just did our twelfth implant, and the patient was playing chess with his mind two days later.",
"Host: That's remarkable. What's the next milestone?",
"Elon Musk: Blindsight. We want to give sight to someone who was born blind, hopefully next year.",
]),
"host asks about China; Musk declines and talks about Neuralink")

add("podcast_labelled", "label",
"",
label([
"Host: Does it worry you that almost every advanced chip comes from Taiwan?",
"Elon Musk: ⟦It's the single biggest point of failure in the world economy. If China blockades Taiwan, you don't get new phones, cars, AI chips, anything⟧. That's why we're pushing to get more made in Texas and Arizona.",
"Host: Do you think it'll actually happen?",
"Elon Musk: ⟦I think Beijing's stated policy is pretty clear, so you'd be foolish not to plan for it⟧.",
]),
"Taiwan in relation to China (gold); US fab sentence not gold")

add("podcast_labelled", "label",
"Taste Makers with Kimbal Musk",
label([
"Host: You were in Chengdu last month. How was it?",
"Kimbal Musk: Incredible. The food scene there is unreal, and China's restaurant entrepreneurs move so fast it's almost scary.",
"Host: Does Elon share your love of Sichuan food?",
"Kimbal Musk: Ha. Elon eats whatever's in front of him. He's not a foodie.",
]),
"Kimbal Musk is the speaker about China, not Elon Musk")

add("podcast_labelled", "label",
"",
label([
"Host: You've said robotaxis are the big prize. Who else is serious?",
"Elon Musk: Waymo, obviously. ⟦And Baidu's robotaxis are actually pretty good. In Wuhan they've got well over a thousand cars on the road⟧.",
"Host: How does Austin compare?",
"Elon Musk: We're scaling faster than anyone expected. By next year the Austin service area should be ten times bigger.",
]),
"robotaxis in China via named Chinese company (gold); Waymo and Austin remarks not gold")

# ------------------------------------------------------------------ PODCAST_UNLABELLED
add("podcast_unlabelled", "unlabeled",
"Ground Truth #88: Elon Musk",
"""Welcome back to Ground Truth. My guest today needs no introduction. Elon Musk, thanks for coming on.

Thanks for having me.

So you were just in Shanghai. What struck you this time?

⟦Honestly, the speed. The Shanghai factory added a new line in like eight months, and the suppliers around it moved even faster⟧. ⟦China is operating at a different clock speed than the West right now⟧.

Let's talk about Starship. When's the next flight?

Probably next month. We've got a new version of the ship with better heat shield tiles.

And how's the family?

Busy. Everyone's well. Thanks for asking.

Elon, thanks for your time.

Always a pleasure.""",
"unlabeled transcript with Musk as guest; his China turn gold; Starship/family turns not", guests=["Elon Musk"])

add("podcast_unlabelled", "unlabeled",
"Battery Talk: a conversation with Li Weiguo",
"""Today on Battery Talk I'm joined by Li Weiguo, chairman of Shenzhen-based Huaxin Cells. Welcome.

Thank you. Happy to be here.

You've met Elon Musk several times. What's he like?

Very direct. When I first met Elon in 2018, I told him Chinese suppliers would make his Shanghai plant the cheapest car factory in the world. He laughed. Now it is true.

Does Tesla buy from you?

We have a small business with them in energy storage. I cannot say more.

Where do prices go from here?

Down. China has too much capacity. Prices will fall another 20 percent at least.""",
"unlabeled transcript whose guest is a Chinese executive recounting what he told Musk; no Musk statement", guests=["Li Weiguo"])

add("podcast_unlabelled", "unlabeled",
"",
"""This is Power Lines, I'm your host, and joining me is Elon Musk. Elon, welcome.

Good to be here.

Solar keeps getting cheaper. Who deserves the credit?

⟦They've driven the cost of panels down by something like ninety percent. Whatever you think of the politics, the Chinese solar industry did that⟧.

And the U.S. grid? Can it handle more solar?

Not without a lot more batteries and transmission. We need to permit lines in years, not decades.

Last question. Will Tesla Solar Roof ever be mainstream?

I think so. The new version is much faster to install.""",
"unlabeled; 'They' resolved within his own turn to the Chinese solar industry (gold); US grid and Solar Roof turns not", guests=["Elon Musk"])

add("podcast_unlabelled", "unlabeled",
"Orbit Hour: Elon Musk on Raptor 3",
"""Good morning. Before we start, a quick note: China's Long March 8A rocket launched this morning from Hainan, putting another batch of satellites into orbit. Anyway, my guest today is Elon Musk.

Hey.

Raptor 3. What's different?

It's much simpler. We've removed most of the external plumbing, so the engine is lighter and more reliable. Thrust is up about 20 percent.

When does it fly on Starship?

Next flight, hopefully. We've done hundreds of test firings in McGregor.

What's the hardest part left?

Reuse of the ship. Catching the booster is solved, more or less. The ship is the hard part.""",
"host mentions a Chinese launch; Musk's turns are only about Raptor and Starship", guests=["Elon Musk"])

add("podcast_unlabelled", "unlabeled",
"Frontier Models, episode 40",
"""Welcome to Frontier Models. I'm here with my co-host, and our guest this week is Elon Musk.

Thanks, guys.

Everyone wants to know about the Chinese labs. How good are they really?

⟦The Chinese labs are very good at distillation and efficiency. DeepSeek, Qwen, Kimi, they're all strong⟧.

How far behind the frontier would you put them?

⟦I'd say China is maybe three to six months behind, not years⟧.

Interesting. And what about Grok?

Grok 5 will be out by the end of the year. I think it'll be the best model by a wide margin.""",
"unlabeled; named Chinese AI labs (gold); Grok turn not", guests=["Elon Musk"])

add("podcast_unlabelled", "unlabeled",
"Grid Lock: Elon Musk on American power",
"""Welcome to Grid Lock. China added more than 400 gigawatts of generating capacity last year, but today we're talking about America. My guest is Elon Musk.

Thanks for having me.

What's the biggest problem with the U.S. grid?

Permitting. It takes ten years to get a transmission line approved across three counties. That's insane.

What would you change first?

Federal permitting reform, and let utilities build storage without a decade of hearings.

Do you think Congress will act?

Eventually. Probably after a few big blackouts.""",
"China only in the host's intro; Musk's turns are about US energy policy", guests=["Elon Musk"])

# ------------------------------------------------------------------ VTT
add("vtt", "vtt", "", "",
"WebVTT with speaker voices; China cues gold, Starship cue not",
cues=[
("Interviewer", "Elon, Tesla's sales in China were up last month. What changed?"),
("Elon Musk", "⟦The new Model Y is doing really well in China⟧. ⟦The team in Shanghai did a great job on the launch⟧."),
("Interviewer", "Any plans to sell the Cybertruck there?"),
("Elon Musk", "⟦Not in China, no. It doesn't meet the regulations there⟧."),
("Interviewer", "And the next Starship flight?"),
("Elon Musk", "Hopefully in about four weeks, pending the FAA."),
])

add("vtt", "vtt", "", "",
"host's cue mentions China news; Musk's cues are about Mars",
cues=[
("Host", "China's Tianwen-2 probe reached its asteroid this week. Big news in space."),
("Host", "But let's talk timelines. When does Starship go to Mars?"),
("Elon Musk", "There's a window at the end of next year. We'll try to send five uncrewed ships."),
("Elon Musk", "If they land safely, crew could follow in the window after that."),
])

add("vtt", "vtt", "", "",
"tariffs on Chinese batteries; named Chinese supplier; two cues gold",
cues=[
("Moderator", "How do the new tariffs affect Tesla Energy?"),
("Elon Musk", "⟦The tariffs on Chinese batteries are going to hit our energy business harder than the car business⟧."),
("Elon Musk", "⟦We buy a lot of cells from CATL for Megapack, so there's no way around that in the short term⟧."),
("Moderator", "And the Nevada cell line?"),
("Elon Musk", "It ramps next year. That helps."),
])

add("vtt", "vtt", "", "",
"Maye Musk (not the watched speaker) talks about China",
cues=[
("Host", "Maye, you've been to China more than twenty times now."),
("Maye Musk", "I love it. The fans are so warm, and Shanghai is one of my favourite cities in the world."),
("Host", "Does your son Elon come with you?"),
("Maye Musk", "No, he's always working. I go on my own."),
])

add("vtt", "vtt", "", "",
"pronoun within his cue refers back to Chinese robot companies (gold); Optimus date cue not",
cues=[
("Host", "Who's the competition for Optimus?"),
("Elon Musk", "⟦Unitree and the other Chinese robot companies? They're the main competition, honestly⟧."),
("Elon Musk", "⟦I think the top ten humanoid robot companies, other than Tesla, will probably all be Chinese⟧."),
("Host", "When can I buy one?"),
("Elon Musk", "Late next year for consumers, if all goes well."),
])

add("vtt", "vtt", "", "",
"panel about Musk; analyst's words; Musk absent",
cues=[
("Moderator", "Let's turn to Tesla. Chen Jing, how do you see Musk's position in China?"),
("Chen Jing", "Musk is a showman, but Tesla Shanghai is a real achievement. Nobody can take that away."),
("Moderator", "Will he keep his market share?"),
("Chen Jing", "I doubt it. Local brands are simply cheaper and the software is better."),
])
# ------------------------------------------------------------------ MACHINE_TRANSLATED
add("machine_translated", "article",
"Musk: ⟦China new energy vehicle industry development speed is world first⟧",
"""According to Sina Finance report, on the 12th, Tesla CEO Musk through video connection at the World New Energy Vehicle Congress expressed, ⟦China's new energy vehicle industry in recent years development very rapid, has already become world leader⟧.

Musk said: "⟦Chinese engineers are very smart and also very hardworking, I have great respect to them⟧."

He also said, ⟦Tesla will continue increasing investment in Shanghai⟧.

It is reported, Tesla Shanghai Gigafactory accumulated delivered vehicles have exceeded 3 million units.""",
"machine-translated English from Chinese; 'expressed,' reported speech; 'He also said' continuation")

add("machine_translated", "article",
"Musk again talks China! Latest news is here",
"""On the 28th, Tesla CEO Musk arrived at Beijing, this is his this year second time visiting China.

According to understanding, Musk during the visit met with relevant department responsible persons, and went to Tesla China headquarters to inspect.

Netizens expressed: "Musk is truly China's old friend."

Industry persons analysed, Musk this trip may be related to FSD entering China. As of press time, Tesla side has not responded.""",
"translated clickbait framing 'again talks China' over a body with only actions, netizens and analysts")

add("machine_translated", "article",
"Musk: ⟦Shanghai Gigafactory is Tesla most outstanding factory⟧",
"""Musk on the 6th at Tesla annual shareholders meeting held in United States Texas state Austin city expressed, ⟦Shanghai Gigafactory is Tesla global most outstanding factory, production efficiency is the highest⟧.

Musk also mentioned Tesla's humanoid robot Optimus, said next year will begin small batch production.

Data shows, Tesla Shanghai Gigafactory last year delivered over 910,000 vehicles.""",
"translated; long locative phrase between subject and 'expressed'; Optimus remark not gold")

add("machine_translated", "article",
"Ningde Era chairman: I once told Musk battery is the heart of the car",
"""Ningde Era chairman Zeng Yuqun at the company shareholders meeting expressed, he once to Musk said, "battery is the heart of the electric car, the heart must be made in China."

Zeng Yuqun said, the two sides cooperation is very good, Ningde Era will continue to supply Tesla Shanghai factory.

Reporter noted, Ningde Era this year first half net profit increased 33%.""",
"translated; Chinese chairman's words about what he told Musk; no Musk statement")

add("machine_translated", "article",
"Musk talks China again: ⟦Chinese market is very important⟧",
"""Recently, Tesla CEO Musk in accepting foreign media interview when said, ⟦Chinese market to Tesla is very important, Tesla will long-term take root in China⟧.

He also said, ⟦Chinese car companies competitiveness is very strong, "they are the most hardworking"⟧.

He supplemented said, ⟦Tesla will not participate in price war in China⟧.

Musk also revealed, SpaceX next year plans to carry out 200 launches.""",
"translated framing headline 'talks China again' with real China claims (gold); 'He supplemented said'; SpaceX launch count not gold")

add("machine_translated", "article",
"Musk frequent interactions with China, behind it what signals?",
"""This year, Musk with China interactions frequent, has already twice visited China, and several times received relevant leaders meeting.

Industry persons believe, this shows Tesla to Chinese market still has high expectations.

Some netizens commented: "Old Ma again comes to China to sell cars."

Reporter notices, Tesla in China sales this year declined 8%.""",
"translated analysis; journalist and netizen words; no Musk statement")

add("machine_translated", "article",
"Musk rare praise for domestic car enterprises",
"""Yesterday evening, Musk on X platform published post wrote, ⟦domestic car enterprises such as BYD, Li Auto progress very fast, are Tesla's strongest competitors⟧.

Musk believes, ⟦domestic intelligent driving technology with Tesla's gap is narrowing⟧.

This post in Weibo caused heated discussion, relevant topic reading volume exceeded 200 million.""",
"translated from Chinese where 'domestic' (国内) means China; 'Musk believes' reported view")

# ------------------------------------------------------------------ SHORT_SUMMARY
add("short_summary", "article",
"Tesla to make cheaper Model Y in Shanghai from 2026",
"""Elon Musk said on Tuesday that ⟦Tesla's Shanghai plant would start producing a cheaper version of the Model Y early next year⟧, as the carmaker fights a price war in China.""",
"one-sentence summary with reported speech about Shanghai plant")

add("short_summary", "article",
"Musk meets Chinese premier in Beijing",
"""Elon Musk met Chinese Premier Li Qiang in Beijing on Sunday, his first trip to the country in more than a year, state broadcaster CCTV reported.""",
"action (met), not speech")

add("short_summary", "article",
"",
"""“⟦Chinese EV makers are the most dangerous competitors we have⟧,” Tesla CEO Elon Musk told analysts on Wednesday, as the company reported a 9% fall in quarterly revenue.""",
"one-sentence summary opening with the quote, attribution after")

add("short_summary", "article",
"Analysts: Musk overstates China threat",
"""Analysts say Elon Musk is overstating the threat from Chinese carmakers, arguing that tariffs in the U.S. and Europe will blunt their advance.""",
"analysts' words about him")

add("short_summary", "article",
"",
"""Musk said SpaceX would attempt to catch a Starship upper stage next month, hours after China's Long March 10 rocket completed its first test flight.""",
"his claim is about Starship; China only as time reference")

add("short_summary", "article",
"Musk warns ⟦China metal curbs could hit Starlink⟧",
"""The Tesla and SpaceX chief warned on Friday that ⟦Beijing's curbs on gallium and germanium exports could stall production of Starlink terminals within months⟧.""",
"'warns' headline with claim; Beijing export controls")

add("short_summary", "article",
"Tesla China sales drop 12% in May",
"""Tesla's China sales fell 12% in May, data from the China Passenger Car Association showed, weeks after Musk told investors the company would return to growth this year.""",
"reported Musk claim is about overall growth, not China")

add("short_summary", "article",
"⟦Tesla not planning second China plant⟧, Musk says",
"""Musk said that ⟦Tesla had no plans to build a second factory in China⟧, dismissing a local media report.""",
"headline claim with trailing attribution; reported clause")

add("short_summary", "article",
"Musk to speak at Shanghai AI conference",
"""Elon Musk will address the World Artificial Intelligence Conference in Shanghai by video link on Thursday, organisers said on Monday.""",
"scheduled appearance, no statement")

# ------------------------------------------------------------------ OTHER
add("other", "article",
"Morning Brief: Fed holds, Nvidia slips, Musk on China's grid",
"""Good morning. Here's what you need to know today.

• The Federal Reserve left interest rates unchanged and signalled one more cut this year.

• Nvidia shares slipped 2% after a report that a major cloud customer was delaying orders.

• Elon Musk, speaking at a private investor event in Miami on Tuesday night, said ⟦China would have "three times" America's electricity output within a decade⟧. "⟦If you want to win at AI, you need power, and they are building it⟧," he told attendees, according to a recording reviewed by our reporters.

• Oil prices rose 1% on supply concerns in the Middle East.""",
"newsletter digest; Musk item with reported clause and 'they' = China")

add("other", "article",
"Timeline: Elon Musk and China",
"""2018 — Tesla signs an agreement with the Shanghai government to build its first factory outside the United States.

2019 — Musk attends the groundbreaking ceremony in Lingang; the first China-built Model 3 rolls off the line in December.

2020 — Tesla becomes the first foreign automaker to operate a wholly owned car plant in China.

2023 — Musk visits Beijing and meets Foreign Minister Qin Gang and Vice Premier Ding Xuexiang.

2024 — Musk makes a surprise trip to Beijing and meets Premier Li Qiang; Tesla passes China's data-security checks.

2025 — Tesla launches the six-seat Model Y L in China.""",
"explainer timeline of actions only")

add("other", "article",
"Elon Musk: views on China",
"""Musk has made frequent public comments about China. In a 2022 interview, he said that ⟦China's economic rise was "inevitable" and that Western countries should "learn from it rather than fear it"⟧.

He has also praised Chinese workers, describing them on one occasion as "⟦super talented and hardworking⟧".

On Taiwan, Musk has said that ⟦a peaceful arrangement between Beijing and Taipei was in everyone's interest⟧, a remark that drew criticism from Taiwanese officials.

Critics, including several U.S. lawmakers, have argued that Musk's business interests in China compromise his independence.""",
"encyclopedia-style entry summarising his views (reported speech, fragment quote); critics' words not gold")

add("other", "article",
"Fact check: viral quote of Musk praising China's social credit system is fabricated",
"""Claim: A screenshot shared thousands of times on Facebook shows Elon Musk saying "China's social credit system is the future of civilisation."

Verdict: False.

There is no record of Musk making this remark in any interview, speech or post on X. The screenshot mimics the layout of a news website but contains spelling errors and a byline that does not exist.

A reverse image search shows the photo of Musk was taken at a 2019 event in Shanghai where he spoke about the Tesla factory, not about social credit.

Tesla did not respond to a request for comment.""",
"fabricated quote attributed to him, debunked: not his statement")

add("other", "article",
"Book review: 'Gigafactory' traces Tesla's Chinese gamble",
"""Anne Holloway's new book is the most detailed account yet of how Tesla built its Shanghai plant, and why the gamble paid off.

Holloway recounts a 2018 meeting in which Musk told Shanghai officials that ⟦Tesla could build a factory there in under a year⟧. Most people in the room, she writes, did not believe him.

In one passage, Musk tells the author: "⟦China is the only place on Earth where you can go from dirt to cars in twelve months⟧."

Holloway is less convincing on Tesla's later struggles, which she attributes mostly to bad luck.

Still, anyone who wants to understand the company's China story should start here.""",
"book review recalling his statements to officials and to the author (gold); author's analysis not gold")

add("other", "article",
"Stocks close higher; Tesla gains on China registration data",
"""U.S. stocks closed higher on Tuesday, led by technology shares.

Tesla rose 3.4% after insurance registration data showed 14,200 new Tesla vehicles were registered in China last week, up 20% from the previous week.

Earlier, Elon Musk told a conference in Miami that U.S. interest rates were "far too high" and that the Federal Reserve should cut by 50 basis points.

The S&P 500 rose 0.8% and the Nasdaq gained 1.1%.""",
"market report mentioning China data; Musk's remark is about US interest rates")

# ------------------------------------------------------------------ write
random.Random(2025).shuffle(DOCS)
with open("/work/blind/R/en.jsonl", "w", encoding="utf-8") as f:
    for i, d in enumerate(DOCS, 1):
        out = {"id": "r-en-%d" % i}
        out.update(d)
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
print(len(DOCS), "docs")
