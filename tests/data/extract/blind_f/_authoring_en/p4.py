from lib import A, V

A(76, "wire",
  "Tesla China says it will appeal court ruling in Model 3 defect case",
  """
SHANGHAI, March 4 (Reuters) - Tesla's China unit said on Tuesday it would appeal a Shanghai court ruling that ordered it to compensate a Model 3 owner over a suspension defect.

"We respect the court, but we disagree with the finding and will appeal in accordance with the law," Tesla China said in a statement posted on Weibo.

Grace Tao, Tesla's vice president for China, told reporters in Beijing that the company had "always put safety first" and that it would cooperate fully with regulators.

Tesla CEO Elon Musk has not commented on the case.
""",
  "Tesla China and its VP speak, not Musk; 'has not commented' is not a statement")

A(77, "aggregator_headline",
  "Elon Musk says {{China's DeepSeek is 'impressive'}} but doubts its cost claims - Reuters",
  """
Elon Musk said on X on Monday that {{DeepSeek likely had access to far more Nvidia chips than the Chinese startup has disclosed}}, replying to a post by Scale AI's Alexandr Wang.
""",
  "two-verb aggregator headline ('says ... but doubts ...'); gold is the 'says' claim without suffix; body clause gold")

A(78, "aggregator_headline",
  "Maye Musk says China 'feels like home' on book tour - Global Times",
  """
Maye Musk, the mother of Tesla CEO Elon Musk, told fans in Chengdu on Saturday that China "feels like home" and that she plans to spend more time in the country next year.
""",
  "Musk-like name: Maye Musk; claim headline about China but not by the watched speaker")

A(79, "short_summary",
  "Musk tours Shanghai Gigafactory on rare China trip",
  """
Elon Musk visited Tesla's Shanghai Gigafactory on Sunday, his first trip to China in 18 months, and toured the neighbouring Megapack plant with local officials, according to people familiar with the visit.
""",
  "actions only (visited, toured); no statement")

A(80, "short_summary",
  "Musk on BYD: the Tesla CEO weighs in",
  """
Elon Musk said on Wednesday that {{BYD was now Tesla's toughest competitor anywhere in the world}}. He added that {{Chinese EV makers were likely to take a third of the European market within five years}}.
""",
  "two-sentence summary with 'he added that' continuation; descriptive headline not gold")

A(81, "liveblog",
  "Nvidia export curbs: live reaction as Washington tightens chip rules on China",
  """
3:15 p.m. - Commerce Secretary Howard Lutnick, speaking on CNBC, said the rules would "close the loopholes that let advanced chips reach Chinese military end users."

2:58 p.m. - Elon Musk has weighed in on X. "{{Does anyone really think this stops China? They'll just build their own chips, and faster than we think}}," he wrote, in reply to a post from venture capitalist David Sacks.

2:40 p.m. - Nvidia shares are down 4%. In a statement, the company said it would "comply with all applicable regulations" and warned the rules would "hand the Chinese market to local competitors."

2:20 p.m. - China's Commerce Ministry says it "firmly opposes" the new restrictions and will "take necessary measures to safeguard the legitimate rights of Chinese companies."

2:00 p.m. - The Bureau of Industry and Security has published the new rules. Here's what we know so far.
""",
  "rhetorical question about China in an X post quoted in a liveblog; officials' and companies' statements not gold")

A(82, "qa_interview",
  "Q&A: Former Tesla China chief on the Musk years",
  """
Zhu Mingyuan led Tesla's China sales operation from 2018 to 2022. He now advises several Chinese EV startups. We spoke in Hangzhou.

Q: What was it like reporting to Elon?

A: Intense. He would call at 2 a.m. Shanghai time with questions about a single supplier. I once told Elon that China would become Tesla's biggest market within five years. He just nodded and moved on to the next topic.

Q: Is Musk right when he says Chinese carmakers will dominate globally?

A: Partly. The cost advantage is real, but brands take a long time to build, and tariffs are rising everywhere.

Q: Would you work for him again?

A: Never say never.
""",
  "former executive's account of what he told Musk, and interviewer's question paraphrasing Musk, are not gold")

A(83, "opinion",
  "Musk's China paradox",
  """
Elon Musk likes to present himself as a free-market absolutist. His record on China is more complicated.

When a reporter asked him last year why Tesla still buys most of its battery cells from Chinese suppliers, Musk shot back: "{{Who do you think makes most of the world's batteries? China}}." It was a fair point, if delivered with his usual impatience.

He can also be sardonic about Washington's anxiety. After a congressional hearing on Chinese EV imports in March, he posted: "{{Oh no, the Chinese are making cheap, good cars. Whatever shall we do}}."

Yet the same Musk has lobbied for higher tariffs on Chinese solar panels when it suited Tesla Energy, according to filings reviewed by this newspaper.

The paradox is not that he is inconsistent. It is that he is entirely consistent: he favours whatever helps his companies.
""",
  "opinion: rhetorical question and sarcasm about China are gold; lobbying is an action; columnist's analysis not gold")

A(84, "x_roundup",
  "Weibo users flood Musk's X posts after election-night commentary",
  """
Elon Musk posted dozens of times on election night, mostly about vote counting in Pennsylvania and Arizona. "The Fed should cut rates now," he wrote at one point, and later: "Voter ID should be mandatory everywhere."

Within hours, screenshots of his posts were circulating on Weibo, where the hashtag #MuskElection drew 320 million views. "He behaves like a head of state," one user wrote. Another joked that Musk "should run for office in Shanghai instead."

The state-run Global Times ran an editorial saying the episode showed "the chaos of American politics."
""",
  "x_roundup: Musk's posts are about US politics; Chinese netizens and Global Times comment on him; not gold")

A(85, "earnings_call",
  "Tesla Q4 2025 earnings call - partial transcript",
  """
Travis Axelrod: Our first question from Say: How is demand in China holding up given the price war?
Vaibhav Taneja: Thanks. China demand held up reasonably well in Q4, helped by the Model Y L launch. We did see some pricing pressure, and we expect that to continue into Q1.
Elon Musk: On robotaxi, we're now operating in seven metro areas, and we expect to remove safety monitors in Austin within a few weeks.
Travis Axelrod: Next question from Pierre Ferragu with New Street Research.
Pierre Ferragu: Follow-up on China. Are you seeing any change in the competitive intensity from Xiaomi?
Vaibhav Taneja: Xiaomi is a strong competitor, no doubt. But our order backlog in China is at the highest level this year.
Elon Musk: I'd just add that the Cybercab design is locked. Production starts at Giga Texas in Q2.
""",
  kind="label", hard="labelled call: China discussed by the CFO and analysts; Musk's lines (robotaxi, Cybercab) follow China questions but are not about China")

A(86, "podcast_labelled",
  "Pivot Points: Musk's Beijing trip and the Tesla vote",
  """
Sarah Klein: So Elon went to Beijing again. Private jet, meeting with the premier, and he came home with a data deal. Classic.
Josh Adler: And he was back in Austin by Monday to host the shareholder meeting. The man doesn't sleep.
Sarah Klein: My question is what the board thinks. Half of Tesla's production is in Shanghai and the CEO is flying around doing diplomacy.
Josh Adler: I think the board loves it. The stock went up eight percent.
Sarah Klein: Fair. Okay, let's move on to the pay package.
""",
  "hosts describe Musk's trip (actions) and give their own views; he does not speak")

A(87, "podcast_unlabelled",
  "Orbit & Beyond Podcast: Elon Musk on rockets, AI and rivals",
  """
Welcome back to Orbit & Beyond. Our guest today is someone who needs no introduction: Elon Musk. Elon, thanks for coming on.

Happy to be here.

China has been launching a lot of rockets lately, and a few of their companies are working on reusable boosters. How do you see the competition?

{{China is the only serious competitor to SpaceX right now. Their commercial launch companies are moving fast, and they learn very quickly.}} {{I'd expect them to land an orbital booster within a year or two.}}

How many launches are you planning this year?

Around 170, if the weather cooperates. Most of them Falcon 9.

And on AI safety, you've said the big powers should talk. Is that realistic?

{{I think China takes AI safety more seriously than people in the West assume. I've had those conversations with senior people there.}}

Last question. Starship V3 - when does it fly?

Probably early next year. It's a much bigger ship.
""",
  "unlabelled transcript: 'their/they/them' refer to China; launch-count and Starship V3 turns not gold")

V(88, "Tesla Shanghai marks six years of production | CGTN",
  [("Narrator", "Six years ago, this site in Lingang was farmland. Today it is Tesla's largest factory anywhere in the world."),
   ("Narrator", "More than four million vehicles have rolled off these lines, and more than ninety-five percent of the parts are made in China."),
   ("Song Gang", "Tesla's success here shows that China's business environment is open and welcoming to foreign investment."),
   ("Narrator", "Tesla CEO Elon Musk, who attended the groundbreaking in 2019, sent a video message to employees for the anniversary."),
   ("Elon Musk", "Thank you, everyone. Optimus is going to be the biggest product of all time, and I hope to see many of you building it."),
   ("Narrator", "Reporting from Shanghai, this is CGTN."),
   ],
  "vtt news package: a Chinese official and narrator speak about China; Musk's clip is about Optimus")

A(89, "machine_translated",
  "Experts: Musk's company SpaceX satellite plan brings challenge to space order",
  """
Recently, Musk's company SpaceX announced that will again launch batch of Starlink satellites, total number has exceeded 8,000.

Musk on social platform X said, "Starlink will bring internet to every corner of Earth."

Chinese Academy of Sciences expert Wang Ming expressed, Starlink satellites large quantity occupy orbit resources, "brings challenge to space safety", China should accelerate construction of own satellite internet.

Another expert thinks, Musk's commercial space activity has obvious military background, deserves high vigilance.
""",
  "machine-translated: Musk's quote is about Starlink globally; Chinese experts' views about his company not gold")

A(90, "other",
  "Tesla flags China risks in annual report",
  """
Tesla warned in its annual 10-K filing on Wednesday that its operations in China could be disrupted by trade tensions, changes in local regulations or "a deterioration in relations between the United States and China."

"We have significant manufacturing and sales operations in China, and our business could be harmed by changes in Chinese economic, political, or regulatory conditions," the filing said.

The document, signed by Chief Executive Elon Musk and Chief Financial Officer Vaibhav Taneja, also flagged competition from "established and new Chinese manufacturers" and the risk of tariffs on components sourced from China.
""",
  "company filing language (even if signed by Musk) is not his statement; signing is an action")

A(91, "wire",
  "Musk Speaks on Hong Kong, Starlink at Asian Financial Forum",
  """
HONG KONG (Bloomberg) -- Elon Musk, in a rare appearance at a Hong Kong event, said {{the city remained "the best place in Asia" to do business with mainland China}}, even as US lawmakers push for sanctions on Hong Kong officials.

"{{Hong Kong has the rule of law for contracts, and it's right next to the biggest manufacturing base in the world}}," Musk told the Asian Financial Forum by video link on Monday. "{{For a lot of companies, that combination is hard to beat.}}"

Asked about Starlink, he said: "{{Starlink won't operate in China unless Beijing wants it to. That's their call.}}"

He said SpaceX planned to launch its next batch of direct-to-cell satellites in March.

Hong Kong Chief Executive John Lee welcomed the remarks, saying the city was "open for business."
""",
  "Hong Kong in relation to the mainland; 'their call' refers to Beijing; SpaceX launch plan and John Lee's words not gold; descriptive headline")

A(92, "wire",
  "Tesla director Kimbal Musk says China remains 'huge opportunity'",
  """
NEW YORK, Feb 12 (Reuters) - Kimbal Musk, a Tesla board member and the brother of Chief Executive Elon Musk, said on Wednesday that China remained "a huge opportunity" for the carmaker despite a price war that has eroded its market share.

"The Chinese consumer is incredibly sophisticated, and Tesla will win them back with autonomy," Kimbal Musk said at a food-technology conference in New York.

Elon Musk has long courted Beijing, and Tesla's Shanghai factory is its largest. Analysts at Morgan Stanley said the company's China strategy was "more dependent on one man's relationships than investors appreciate."

Kimbal Musk sold about $25 million of Tesla shares last month, according to regulatory filings.
""",
  "Musk-like name (Kimbal) speaking about China; journalist's description ('has long courted Beijing') and analysts' words not gold")

A(93, "aggregator_headline",
  "Musk says {{US should not 'underestimate' Chinese AI labs}} - Fox Business",
  """
"{{The Chinese AI labs are very good and getting better fast. Anyone who thinks we have a big lead is kidding themselves}}," Musk said in an interview with Fox Business on Thursday.
""",
  "aggregator title claim without suffix; snippet quote")

A(94, "short_summary",
  "Musk and China: the debate goes on",
  """
As Tesla's sales in China slide, investors and analysts are divided over whether Elon Musk's close ties with Beijing are an asset or a liability for the carmaker.
""",
  "framing headline and summary with no statement of his")

A(95, "liveblog",
  "US-China trade talks live: negotiators meet in Geneva",
  """
6:10 p.m. - Treasury Secretary Scott Bessent tells reporters the talks were "productive" and will continue tomorrow. Chinese Vice Premier He Lifeng left without speaking to the press.

5:30 p.m. - Tesla shares rose 2% in late trading. Elon Musk, who attended a White House dinner for business leaders on Thursday, has been quiet on the talks. His only post this afternoon was about DOGE: "The waste is staggering."

4:45 p.m. - China's Commerce Ministry says Beijing is willing to resolve differences "on the basis of mutual respect."

3:15 p.m. - Welcome to our live coverage of the Geneva talks. Here's what's at stake: tariffs of up to 145% on Chinese goods and 125% on US goods.
""",
  "trade-talks liveblog: Musk's actions and his DOGE post are not about China; officials' words not gold")

A(96, "qa_interview",
  "Musk in his own words: excerpts from his Qatar Economic Forum session",
  """
Elon Musk spoke by video to the Qatar Economic Forum on Tuesday in a session moderated by Bloomberg's Editor-in-Chief. Below are excerpts, lightly edited.

On Chinese solar and batteries:
Q: Is it realistic for the West to build a solar supply chain without China?
Musk: {{Realistic, yes, but expensive and slow. China makes something like 90% of the polysilicon.}} {{You can't replace that overnight.}}

On whether he would spend less on politics:
Musk: I think I've done enough. I'm going to spend a lot less in the future.

On Tesla in China:
Q: Your sales in China are down again. Is the Shanghai factory at risk?
Musk: {{Not at all. The Shanghai factory is running at full capacity, and most of the output is exported.}} {{Chinese consumers also like the new Model Y L a lot.}}

On Starship:
Musk: We'll be catching the ship with the tower this year. That's the big one.
""",
  "Q&A excerpts with 'Musk:' labels; political spending and Starship answers not gold; 'that' refers to Chinese polysilicon")

A(97, "opinion",
  "Column: What Musk got right about China - and what he missed",
  """
In the spring of 2023, Elon Musk flew to Beijing and, after a round of meetings, wrote on his social-media platform that {{China's engineers and factory workers were "incredibly talented and hardworking"}}. He also warned, in a post a few days later, that {{Chinese carmakers would be "extremely competitive" overseas}}.

Two years on, he looks prescient. BYD now outsells Tesla globally, and Chinese brands hold a fifth of the European EV market.

What Musk missed, I would argue, was how quickly Chinese software would catch up. Xpeng's driver-assistance system is now considered on par with Tesla's by many reviewers, and Huawei's may be better.

Musk himself seems to have noticed. Asked this month about Huawei's driving software, the Tesla chief replied: "{{They're good. Very good. Better than most people in the West realize.}}"
""",
  "opinion recalling past posts (reported speech with embedded quotes) and a recent quote where 'they' = Huawei; columnist's analysis not gold")

A(98, "x_roundup",
  "Musk's week on X: CATL's sodium battery, Starship and a Cybertruck recall",
  """
Battery tech: Musk quote-posted a video from CATL's Tech Day on Tuesday. "@SawyerMerritt @CATL_Global {{Sodium-ion at this price point is impressive. China is years ahead on battery chemistry}} https://t.co/9uXbQe2mLp" he wrote. Shares of several US battery startups fell the next day.

Starship: "Flight 12 moved to next week due to a ground system issue," he posted on Wednesday.

Recall: Responding to a report on a Cybertruck recall in the US, he wrote that "the fix is an over-the-air update and takes 5 minutes."

Also: Musk's mother, Maye Musk, posted from Beijing that "Chinese fans are the warmest in the world." Musk replied with a heart emoji.
""",
  "X post quoted verbatim with @handles and URL; Maye Musk's post not gold; emoji reply not a statement; Starship/recall posts not gold")

V(99, "Xiaomi YU7 vs Tesla Model Y: which is better? Musk should be worried",
  [("Reviewer", "So here we are in Beijing with the Xiaomi YU7 on the left and the new Tesla Model Y on the right."),
   ("Reviewer", "Honestly, the YU7 interior is a generation ahead. Look at this screen."),
   ("Li Na", "Chinese buyers care a lot about the cabin experience, and Xiaomi understood that from day one."),
   ("Reviewer", "Tesla still wins on charging network and efficiency, but the gap is closing fast."),
   ("Reviewer", "If I were Elon, I'd be paying very close attention to this car."),
   ],
  "vtt car review: reviewer and guest talk about Chinese cars and Tesla; Musk does not speak; title claim is the reviewer's")

A(100, "other",
  "Explainer: a timeline of Tesla's Shanghai Gigafactory",
  """
January 2019 - Elon Musk attends the groundbreaking ceremony in Shanghai's Lingang area alongside city officials.

December 2019 - The first Model 3 sedans roll off the line, less than a year after construction began.

January 2020 - Musk dances on stage at a delivery ceremony for the first China-made cars.

2022 - The factory becomes Tesla's largest by output, building more than 700,000 vehicles in a year.

April 2024 - Musk makes a surprise trip to Beijing and meets Premier Li Qiang.

2025 - The plant starts production of the six-seat Model Y L for the Chinese market.
""",
  "timeline of actions involving Musk and China; no statements")
