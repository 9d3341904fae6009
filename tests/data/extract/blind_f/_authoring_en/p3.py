from lib import A, V

A(51, "qa_interview",
  "Elon Musk on Starship's heat shield, Mars and the launch business: an interview",
  """
SpaceX flew 134 orbital missions last year, more than the rest of the world combined. We talked with Elon Musk at Starbase about what comes next. Edited for length.

Q: China launched more than 90 orbital rockets last year, and its commercial launch sector is booming. But let me start with Starship. What went wrong with the heat shield on Flight 10?

A: We lost a few tiles near the flaps, and that led to some burn-through. It's fixable. We've redesigned the tile attachment and we're testing a new ablative backup layer.

Q: When will you catch the ship with the tower?

A: Hopefully in the next two or three flights. The booster catch is routine now; the ship is harder because it's coming in much hotter.

Q: How many Starlink satellites will you launch this year?

A: About 2,500, give or take. Most of them V2 minis until Starship can carry the full-size V3.

Q: And Mars?

A: The next window is late 2026. We'll try to send five uncrewed ships and see how many land in one piece.
""",
  "Q&A where China appears only in the interviewer's question; all of Musk's answers are about Starship, Starlink and Mars")

A(52, "opinion",
  "Tesla can't afford to lose China - and Musk knows it",
  """
Ask Elon Musk what would happen if Tesla lost access to the Chinese market and you get an unusually measured answer. "{{If China closed to us, it would hurt, but we would survive}}," he told shareholders in June. "{{I don't think that's going to happen, though. The Chinese government has been consistent with us.}}"

It is a far cry from the swagger of 2020, when he wrote on Twitter that "{{China is the future of manufacturing, whether we like it or not}}."

The hedging is understandable. Giga Shanghai produced about 950,000 cars last year, close to half of Tesla's global output, and supplies right-hand-drive markets from Japan to Australia. No other factory could absorb that volume quickly.

Meanwhile the market itself has turned hostile. Tesla's share of China's battery-electric segment has fallen below 8%, from 15% three years ago, and Beijing's own champions - BYD, Geely, Xiaomi - are now exporting aggressively into Tesla's other markets.

Musk's critics in Washington accuse him of being too cozy with Beijing. The more accurate charge may be that he has no choice.
""",
  "opinion: conditional/hedged claim; recalled 2020 tweet is gold; headline and analysis are the journalist's")

A(53, "x_roundup",
  "No, Elon Musk did not post that Tesla is moving its HQ to Shanghai",
  """
A post claiming that Elon Musk would move Tesla's headquarters to Shanghai went viral on Tuesday, but it came from a parody account, @EIonMuskChina, which uses a capital "I" in place of the lowercase "l".

"Tesla HQ moving to Shanghai. Texas too slow," the account wrote. The post was viewed 12 million times before X labelled it as parody.

Musk's own posts on Tuesday concerned the Starship launch schedule and his dispute with OpenAI's Sam Altman. "OpenAI is closed, not open," he wrote.
""",
  "parody account impersonating Musk is not the speaker; his real posts are not about China")

A(54, "earnings_call",
  "Tesla Q1 2025 earnings call: tariffs and batteries (transcript excerpt)",
  """
Elon Musk: On tariffs, our parts from Mexico and Canada are mostly USMCA-compliant, so that's manageable. {{The bigger issue is Chinese battery cells. We get a lot of LFP cells from China, and the tariffs on those are very high now.}}
Vaibhav Taneja: Right. That's why we expect energy gross margins to come down somewhat in Q2.
Travis Axelrod: Next question from Ben Kallo with Baird.
Ben Kallo: Elon, would you consider building an LFP cell factory in the US with a Chinese partner like CATL?
Elon Musk: {{We've talked to CATL. They're a great company.}} But I think we'll do it ourselves in Nevada. The line is being installed now.
""",
  kind="label", hard="labelled earnings call: Mexico/Canada tariff sentence and Nevada plans not gold; 'they' = CATL; analyst question not gold")

A(55, "podcast_labelled",
  "China EV Insider, Ep. 41: Is Musk wrong about BYD?",
  """
Mark Tan: Welcome back to China EV Insider. I'm Mark Tan in Shanghai, and with me as always is Jenny Zhao. This week: Tesla's position in China.
Jenny Zhao: Thanks, Mark. So Musk keeps saying that Chinese carmakers will wipe out everybody else, and honestly I think he's overstating it. BYD's overseas expansion has been rocky, especially in Europe.
Mark Tan: Right, and remember he also used to claim that FSD would be approved in China within months. That hasn't happened either.
Jenny Zhao: I think the bigger story is Xiaomi. The YU7 is the first car that's really taking buyers directly from the Model Y.
Mark Tan: Agreed. Let's take a quick break and then get into the numbers.
""",
  "analysts paraphrasing Musk's claims critically; Musk is not speaking; not gold")

A(56, "podcast_unlabelled",
  "The Long Table #312 - Elon Musk",
  """
All right, we're rolling. Elon, welcome back.

Good to be back, man.

So I was reading about China's high-speed rail. The Chinese have built something like 45,000 kilometers of it in under twenty years.

{{Yeah, it's incredible. They just build stuff. They don't spend ten years on an environmental review.}}

Meanwhile here in California...

California has spent, what, fifteen billion dollars and hasn't laid a single track. It's embarrassing.

Do you think the US can learn from that?

{{I think we should be honest that China is better at building infrastructure right now. That's just a fact.}} We used to be good at it. The Hoover Dam took five years.

What about Mars? When do I get my ticket?

Ha. If you want to go, we'll get you there. Maybe 2030.
""",
  "unlabelled transcript: 'they' refers back to the Chinese in the host's line; California and Hoover Dam sentences not gold")

V(57, "Panel: The future of transport | Global Innovation Summit 2025",
  [("Moderator", "Before we wrap up, Mr. Wang said earlier that China's EV industry is now the global benchmark, and a lot of people here agree."),
   ("Moderator", "But Elon, the audience really wants to know one thing. When do we go to Mars?"),
   ("Elon Musk", "Well, the next window is at the end of 2026. We'll send uncrewed ships first."),
   ("Elon Musk", "If those land safely, then crewed missions a couple of years after that."),
   ("Wang Jun", "And maybe Chinese astronauts will be waiting for him there."),
   ("Moderator", "On that note, thank you all."),
   ],
  "vtt panel: China remarks by the moderator and another panelist; Musk's turns are about Mars")

A(58, "machine_translated",
  "Tesla fans gather at Shanghai super factory to celebrate production milestone",
  """
On the 18th morning, hundreds of Tesla car owners and fans gathered outside Shanghai super factory, celebrating the factory's 4 millionth vehicle rolling off line.

Tesla China relevant responsible person said, Shanghai factory will continue to increase investment, "serve Chinese consumers well".

Car owner Mr. Li said, he has bought three Teslas, "Musk is my idol". Another fan held a sign writing "Welcome Musk come to Shanghai again".

It is reported, Musk did not appear at the event. Earlier he once through video send congratulations to factory employees.
""",
  "machine-translated: company representative and fans speak; Musk's absence and congratulations are actions, no claim of his")

A(59, "other",
  "r/teslamotors: Elon says {{Shanghai is building the new Model Y L for export}}",
  """
Posted by u/gigafan88

Elon just replied to a question about the six-seat Model Y L on X: "{{Giga Shanghai is building it for China first, then export to other Asian markets next year}}" Link: https://x.com/elonmusk/status/1950412876603400192

Top comment (u/modelx_owner, 1.2k points): Makes sense, the Chinese market loves three-row SUVs. Li Auto has been eating Tesla's lunch in that segment.

Reply (u/skeptic_ev): Didn't they say the same about the Model 2 and it never happened lol

Reply (u/gigafan88): The Model 2 thing was a Reuters report, not Elon.
""",
  "forum thread: post title carries his claim; users' comments not gold")

A(60, "wire",
  "Musk visits Beijing, says {{Tesla will share self-driving data with Chinese partners}}",
  """
BEIJING, April 29 (AP) - Elon Musk made a surprise visit to Beijing on Sunday, meeting senior officials as Tesla seeks approval to roll out its Full Self-Driving software in the world's second-largest economy.

"{{We're going to work closely with Chinese partners on data. The data stays in China, that's the rule, and we respect it}}," the billionaire told reporters at the airport before departing late Sunday, after a day of meetings that included a session with Premier Li Qiang.

According to the state news agency Xinhua, Li told Musk that China's market "will always be open" to foreign companies.

Musk also said that {{Tesla had no plans for now to build a second factory in China}}. He said he would fly back to Texas to watch a Starship test on Tuesday.

Tesla shares rose 8% in premarket trading on Monday.
""",
  "two-verb headline (visits = action, says = claim); quote attributed at end after long phrase; Xinhua's report of Li's words not gold; Starship plans not gold")

A(61, "wire",
  "China's market regulator summons Tesla over braking complaints",
  """
BEIJING, June 11 (Reuters) - China's State Administration for Market Regulation said on Wednesday it had summoned Tesla executives over consumer complaints about sudden braking in Model 3 and Model Y vehicles.

The regulator said Tesla had "promised to rectify" the problems and to improve its handling of customer complaints.

Tesla China said in a statement on Weibo that it "sincerely accepts" the regulator's guidance and would "respect Chinese laws and regulations."

Elon Musk, who is also CEO of SpaceX, spent Wednesday at the company's Starbase site in Texas, where he told employees that Starship would fly again "within four weeks."
""",
  "Chinese regulator and Tesla China statements are not Musk's; his remark in the same article is about Starship")

A(62, "aggregator_headline",
  "Musk and China: what the Tesla CEO's Beijing trip means - Nikkei Asia",
  """
Elon Musk's weekend in Beijing produced a data-security deal and a meeting with the premier. What it did not produce was clarity on Tesla's long-term strategy in the world's biggest car market.
""",
  "framing headline and snippet with actions only; no statement")

A(63, "aggregator_headline",
  "Musk says {{Tesla is 'not leaving China'}} as sales fall - CNBC",
  """
Elon Musk said Tuesday that {{Tesla would double down on China}} despite a third straight month of falling sales, telling investors that {{the company's Shanghai factory was "the crown jewel" of its manufacturing network}}.
""",
  "aggregator title: claim followed by journalist's 'as sales fall' and suffix; partial quote about the Shanghai factory")

A(64, "short_summary",
  "Tesla's Musk flags cheaper Model Y for China",
  """
Tesla CEO Elon Musk said on Tuesday that {{the company's Shanghai factory would start building a cheaper Model Y variant for Chinese buyers next quarter}}.
""",
  "one-sentence summary; product-date claim that is about the Shanghai factory and Chinese buyers")

A(65, "liveblog",
  "SpaceX Starship Flight 11 live updates",
  """
7:42 p.m. CT - Splashdown! The ship hit its target in the Indian Ocean. "Great flight! Congrats SpaceX team!!" Musk wrote on X moments later.

7:31 p.m. CT - The ship is deploying eight dummy Starlink satellites. Musk said on the webcast that real satellites would fly "on the next one or the one after."

7:02 p.m. CT - Booster caught by the chopsticks for the third time.

6:58 p.m. CT - Liftoff from Starbase, Texas.

6:20 p.m. CT - While we wait: China's LandSpace said on Monday its reusable Zhuque-3 rocket had completed a static fire test, putting it on track for a first orbital flight next month. Space analyst Tom Reed told us that "China is perhaps two or three years behind SpaceX on reusability."
""",
  "Starship liveblog: Musk's remarks are about the flight; China's space program mentioned by the blog and an analyst only")

A(66, "qa_interview",
  "Q&A: Elon Musk on the Shanghai sprint, Optimus and life after DOGE",
  """
This interview took place on the sidelines of Tesla's annual meeting in Austin. It has been condensed.

Q: Giga Shanghai turns six this year. What do you remember about building it?

A (Musk): {{The mayor of Shanghai at the time told me, 'We will help you build it in a year,' and honestly I didn't believe him. And then they did it. Dirt to production in under twelve months. That's China speed.}}

Q: Could you do that in the US?

A (Musk): Not with our current permitting system. In California it takes longer to get a permit for a parking lot.

Q: Optimus. When can I buy one?

A (Musk): Probably 2027 for consumers. Businesses first.

Q: Do you worry about Chinese humanoid-robot companies like Unitree?

A (Musk): {{Yes. Unitree is very good, and there are many others. I think the strongest competition for Optimus will come from China.}}

Q: And DOGE - any regrets?

A (Musk): I think we did a lot of good, but Washington is very hard to change.
""",
  "Q&A with 'A (Musk):' labels; nested quote (the mayor's words inside Musk's quote); US permitting, Optimus date and DOGE answers not gold")

A(67, "opinion",
  "Opinion: While Musk fights Washington, China's carmakers are eating Tesla's lunch",
  """
Elon Musk has had a busy summer. He launched a political party, feuded with the president, and promised his followers that "the America Party will give voters a real choice." He also found time to call the Federal Reserve "completely out of touch."

Half a world away, Chinese carmakers have been busy too. BYD opened its first European plant in Hungary. Xiaomi took 289,000 orders for its new SUV in a single day. Geely's Zeekr began selling in Mexico and Australia.

None of this is Musk's fault, exactly. But a chief executive who spends his evenings posting about Washington is not spending them studying the Xiaomi YU7's bill of materials.

Tesla's board should ask him to choose.
""",
  "opinion about Chinese carmakers, but Musk's quoted words are about US politics and the Fed; headline is the columnist's claim")

A(68, "x_roundup",
  "Musk's posts this week: Hong Kong listings, Grok and Starlink",
  """
Hong Kong: Replying to a post about Chinese companies choosing Hong Kong over New York for their IPOs, Musk wrote: "{{If US rules keep getting stricter, more Chinese companies will list in Hong Kong. Makes sense.}}"

Grok: "Grok Imagine is now free for all users," he posted on Wednesday, along with a video generated by the tool.

Starlink: Musk said on Thursday that Starlink now had more than 8 million customers in 150 countries and territories.

Tesla: He reposted a video of a Cybertruck towing a Boeing 737, without comment.
""",
  "conditional claim about Chinese companies and Hong Kong; Grok/Starlink posts not gold; repost without comment is an action")

A(69, "earnings_call",
  "Tesla (TSLA) Q3 2025 Earnings Call Transcript",
  """
Operator

Our next question comes from Emmanuel Rosner with Wolfe Research.

Emmanuel Rosner -- Analyst

Thank you. Could you give us an update on FSD approvals outside the US, particularly China and Europe?

Elon Musk -- Chief Executive Officer

Sure. {{We're hoping to get approval for supervised FSD in China in the first half of next year. The Chinese regulators have been very reasonable, but they want to make sure the data stays local, which we're doing.}}

In Europe, the process is slower. They have a lot of committees, and every country wants its own say. But I'm confident we'll get there in 2026.

Operator

Next question comes from George Gianarikas with Canaccord.
""",
  "earnings call: China FSD approval gold ('they' = Chinese regulators); Europe paragraph with 'they' = European regulators not gold")

A(70, "podcast_labelled",
  "Founders Unfiltered, Ep. 77: Elon Musk",
  """
Dana Whitfield: Let's talk about batteries. Where's the cheapest battery made today?
Elon Musk: {{China, no question. Chinese LFP cells are the cheapest in the world by a wide margin.}} We're building our own LFP line in Nevada, and it'll be running next year.
Dana Whitfield: Why can't America match those costs?
Elon Musk: {{Part of it is scale. They've got something like 80 percent of the world's cathode production, so everything is cheaper there.}} Part of it is that we just stopped making things in America for thirty years.
Dana Whitfield: Speaking of America, your new party. What's the plan?
Elon Musk: I'm not going to talk politics today.
""",
  "labelled transcript: China sentences gold, adjacent Nevada/America sentences in the same turn not gold; 'they' = China")

A(71, "podcast_unlabelled",
  "Food Fight Podcast: Kimbal Musk on farms, restaurants and China",
  """
Welcome to Food Fight. My guest today is Kimbal Musk, restaurateur, Tesla board member, and yes, Elon's brother. Kimbal, welcome.

Thanks for having me. Great to be here.

You've just come back from China. What were you doing there?

I spent two weeks visiting vertical farms around Shanghai and Chengdu. Honestly, China is years ahead of us on indoor agriculture. The scale is insane, and the government support is enormous.

Would you open a restaurant there?

I'd love to. Chinese diners are the most adventurous in the world. If we can find the right partner, maybe next year.

And does your brother give you business advice?

Never. And I don't give him any either.
""",
  "unlabelled transcript whose guest is Kimbal Musk: his China remarks are not the watched speaker's",
  guests=["Kimbal Musk"])

V(72, "Elon Musk on DeepSeek, chips and China | Bloomberg Interview",
  [("Emily Chang", "Elon, when DeepSeek came out, Nvidia lost almost six hundred billion dollars in a day. Were you surprised?"),
   ("Elon Musk", "{{Not really. The Chinese teams are extremely good, and DeepSeek is one of the best.}}"),
   ("Elon Musk", "{{I do think they had more compute than they said. But the engineering was real.}}"),
   ("Emily Chang", "You once said AI is more dangerous than nukes. Does a race with China make that worse?"),
   ("Elon Musk", "{{It makes it more urgent. I've talked to senior people in China, and they're worried about AI safety too.}}"),
   ("Elon Musk", "{{So I think there's actually room for some agreement between the US and China on this.}}"),
   ("Emily Chang", "And Grok? Where does it stand?"),
   ("Elon Musk", "Grok is getting better very fast. The next version will be trained on Colossus 2."),
   ],
  "vtt: 'they' refers to DeepSeek/Chinese teams; interviewer's recall of his old quote not gold; Grok turn not gold")

A(73, "machine_translated",
  "Musk at shareholder meeting: Chinese robot companies will be Optimus biggest competitors",
  """
According to foreign media report, Tesla CEO Musk at in the United States Texas state Austin city held annual shareholders' meeting on expressed, {{Chinese companies in humanoid robot field will be Optimus's biggest competitors}}.

Musk said: "{{China's supply chain in robot field is very complete, cost is very low, I think they are very strong opponents.}}"

Musk also revealed, Optimus third generation will in next year start mass production, target is annual production one million units.

Regarding Tesla in China market sales decline, Musk did not directly respond.
""",
  "machine-translated; subject and speech verb separated by long locative phrase; production target not gold; 'did not respond' is not a statement")

A(74, "other",
  "Excerpt: 'Tesla Speed: How Shanghai Saved Elon Musk' by Laura Chen",
  """
On a freezing January morning in 2019, Elon Musk stood on a patch of muddy farmland in Lingang, at the southeastern tip of Shanghai, and promised something nobody in the crowd believed. "{{I think Giga Shanghai will become a template for how to build factories fast}}," he said, a shovel in his hand.

Within eleven months, cars were rolling off the line.

"Elon was obsessed with speed," recalled Tom Zhu, who ran the project and later became one of Tesla's most senior executives. "Every week he asked why we were not faster."

When I interviewed Musk for this book in 2024, he was unusually effusive. "{{The Shanghai team was the most impressive group I've ever worked with. They never said no.}}"

It is tempting to read the Shanghai story as one of Chinese state capitalism at its most efficient. It was also, in large part, a story of individuals who refused to fail.
""",
  "book excerpt: recalled 2019 quote and author's interview quote are gold; Tom Zhu's recollection and author's analysis not gold")

A(75, "wire",
  "Musk says {{Tesla could license FSD to Chinese carmakers}}",
  """
SAN FRANCISCO, Oct 23 (Reuters) - Tesla CEO Elon Musk said on Wednesday that {{Tesla would consider licensing its Full Self-Driving software to Chinese automakers if regulators in Beijing allowed it}}.

Speaking on a call with investors, Musk said {{several Chinese carmakers had approached Tesla about a license}}. "{{They're very smart companies, and they know autonomy is hard. If they want to license it, we'd be open to that}}," he said.

He declined to name the companies. Earlier on the call, he said Tesla's Optimus robot would enter "limited production" at Fremont next year.

Tesla shares rose 4% in extended trading.
""",
  "conditional/hedged claims; 'they' refers back to Chinese carmakers; Optimus remark not gold; declining to name is an action")
