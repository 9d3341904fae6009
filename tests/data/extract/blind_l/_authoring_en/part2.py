from common import A, L, U, V, D

DOCS = []

# ---------------- QA_INTERVIEW ----------------
DOCS.append(A("qa_interview",
"Q&A: Elon Musk on Shanghai, the Cybertruck and the competition",
"""Automotive Production Weekly spoke with Tesla CEO Elon Musk by phone last week. The conversation has been edited for length and clarity.

Q: Shanghai now builds more cars than any other Tesla plant. Is that concentration a risk?
A (Musk): {{Not really. Shanghai is our most efficient plant and the team there is incredible.}} The bigger risk for any manufacturer right now is tariffs going up everywhere at once.

Q: The Cybertruck has had a rough year. What changes?
A (Musk): We're simplifying the trim levels and bringing the price down. It's a great truck, people just need to drive it.

Q: Do Chinese competitors worry you?
A (Musk): {{Worry isn't the word. Respect is. They launch a new model every few months and most of them are good.}}

Q: Will you build another factory in Asia?
A (Musk): Not this year. We have enough capacity for now.""",
"Q&A format 'A (Musk):'; pronoun 'they' = Chinese competitors; general tariff and Cybertruck answers not gold"))

DOCS.append(A("qa_interview",
"Elon Musk on robotaxis, Mars and why he won't talk about Chinese price cuts",
"""The following interview took place backstage at a technology conference in Las Vegas. Questions and answers have been condensed.

Q: Chinese carmakers are flooding Europe and Southeast Asia with cheaper EVs. How should Tesla respond?
Musk: I'd rather talk about the robotaxi. Autonomy is the whole game for us this year.

Q: But BYD outsold Tesla again last quarter.
Musk: Next question.

Q: All right. When does Starship go to Mars?
Musk: The window opens at the end of next year. I'd say fifty-fifty we make it.

Q: And your own role — will you step back from Tesla?
Musk: No. I'll be here for the foreseeable future.""",
"interviewer asks about China; Musk deflects with answers not about China; headline describes, no claim"))

DOCS.append(A("qa_interview",
"Interview: Musk says {{the mainland has the world's best battery supply chain}}",
"""In a wide-ranging conversation with Electrify Asia, recorded in Austin, the Tesla chief executive discussed batteries, robots and the competition. Edited excerpts follow.

Electrify Asia: Where are the best batteries made today?
Musk: {{The mainland has the best supply chain in the world for batteries, full stop. Mining, refining, cathodes, cells, packs — all of it.}}

Electrify Asia: Some say Chinese factories are built on subsidies.
Musk: {{Who else can build a gigafactory in eleven months? Only China. People say 'it's just subsidies' — subsidies don't pour concrete that fast.}}

Electrify Asia: What about your own 4680 cells?
Musk: The ramp is going well. We'll be at a very good cost per kilowatt-hour by year end.

Electrify Asia: Last question. Do you still plan to go to Mars yourself?
Musk: If I'm healthy enough, sure. Maybe in ten years.""",
"'the mainland'; rhetorical question with nested quote; interviewer's subsidy remark not gold; 4680 and Mars answers not gold"))

DOCS.append(A("qa_interview",
"Maye Musk on China, modelling at 77 and her famous son",
"""Maye Musk has spent more time in China in the past five years than most diplomats. The model and dietitian, whose memoir became a bestseller there, spoke to us in Shanghai before a runway show.

Q: You're hugely popular in China. Why do you think that is?
Musk: Chinese audiences are so warm to older women. Here, being 77 is something to celebrate, not hide.

Q: Do you speak any Mandarin?
Musk: A little. Enough to order dumplings and thank the makeup team.

Q: Does Elon ever give you advice about China?
Musk: He tells me to get more sleep. That's about it.

Q: Will he come to one of your shows here?
Musk: I've asked. He's always on a rocket somewhere.""",
"other Musk (Maye) labelled 'Musk:' speaking about China; Elon only mentioned as object"))

DOCS.append(A("qa_interview",
"Transcript: Elon Musk on DeepSeek, Grok and the AI race",
"""Below is a partial transcript of an interview with Elon Musk that aired on a business news channel on Tuesday.

INTERVIEWER: The big story this week is DeepSeek. Were you surprised?
MUSK: {{DeepSeek is impressive. I'd be lying if I said otherwise.}}

INTERVIEWER: Some people say they must have had access to far more Nvidia chips than they admit.
MUSK: {{Maybe they did, maybe they're just very good. My bet is they're very good. Probably a bit of both.}}

INTERVIEWER: When is the next Grok coming?
MUSK: End of the quarter. It'll be the smartest AI on Earth by a lot.

INTERVIEWER: Should the U.S. restrict Chinese AI apps?
MUSK: {{I don't think banning a Chinese app fixes anything. You have to out-build them.}}""",
"pronoun 'they' = DeepSeek; hedged answer; interviewer's chip claim not gold; off-topic Grok date"))

DOCS.append(A("qa_interview",
"Q&A: Lanjing Auto's Chen Hao on price wars and what Musk got wrong",
"""Chen Hao founded Lanjing Auto in Hefei in 2017. The company now sells about 300,000 cars a year. He spoke to us at his headquarters; the interview was conducted in Mandarin and translated.

Q: Elon Musk has said that Chinese carmakers will crush Western rivals unless trade barriers go up. Do you agree?
Chen: Western rivals will be fine if they move faster. Crush is a strong word.

Q: You met him once. What was that like?
Chen: It was in 2019, in Shanghai. He told me we would all be dead in three years. We are still here, so I think he was wrong about that.

Q: Would you ever partner with Tesla?
Chen: Never say never. But today we are competitors.""",
"interviewer's question quoting Musk; rival recalling what Musk told him; no statement of Musk's own"))

DOCS.append(A("qa_interview",
"Musk on batteries, Berlin and buying from CATL",
"""In a short interview with Stromlinie, a German energy trade newsletter, Elon Musk discussed battery sourcing for Tesla's plant near Berlin. Excerpts:

Stromlinie: Tesla buys cells from CATL for some European models. What do you make of CATL?
Musk: {{The company is extremely good at cell chemistry, probably the best at LFP. We buy a lot from them and we'll keep buying.}}

Stromlinie: Will you make LFP cells in Germany?
Musk: Possibly. We're looking at it. Nothing to announce today.

Stromlinie: Are German energy prices a problem for the plant?
Musk: They are too high, obviously. Germany should not have shut down its nuclear plants.""",
"'the company'/'them' = CATL (gold); 'they' = German energy prices (not gold)"))

# ---------------- OPINION ----------------
DOCS.append(A("opinion",
"Musk and China: the debate goes on",
"""Every few months the question returns: has Elon Musk become too close to Beijing?

The case for the prosecution is familiar. Tesla's Shanghai factory was approved in record time, the company enjoyed tax breaks unavailable to most foreign carmakers, and Musk has visited the country repeatedly while rarely criticising its government. His supporters counter that every large carmaker courts the world's biggest auto market, and that Volkswagen and General Motors have done so for decades with far less scrutiny.

What is missing from the debate is evidence. No document has surfaced showing that Tesla received favours in exchange for anything. No regulator has found wrongdoing.

The more interesting question is what happens when Tesla's Chinese sales stop growing — which, on current trends, they already have. A carmaker that sells fewer cars in a market has less to lose there, and perhaps less reason to stay quiet.

Whatever Musk decides, investors should stop treating his China ties as either a shield or a scandal. They are a business relationship, and a fading one.""",
"framing headline over an opinion body with no statement of his; columnist's analysis only"))

DOCS.append(A("opinion",
"Musk and China: the debate that never ends",
"""When Elon Musk talks about China, markets listen. That has been true since Tesla opened its Shanghai plant, and it was true again last month in Riyadh.

"{{China is going to be the biggest car market by far for the rest of this century, and anybody who ignores it is making a very expensive mistake}}," Musk told an investment conference there.

He is right, at least about the size. China bought more new-energy vehicles last year than the rest of the world combined.

This is not a new theme for him. In 2020, he said "{{the people in Shanghai are incredibly talented and they work really hard}}," at a time when few Western executives were saying anything warm about China at all.

Where Musk is less convincing is on what Tesla should do about it. His company's market share in China has roughly halved since its peak. Praise is not a strategy.""",
"framing headline over a body with plain quotes (gold); old quote recalled; columnist's analysis not gold"))

DOCS.append(A("opinion",
"Elon's China problem isn't the one you think",
"""Listen to Elon Musk's fans and you would believe Chinese EVs win on engineering alone. Listen to his critics and it's all subsidies. Neither camp has read the balance sheets.

Chinese carmakers win because of suppliers. A mid-sized Chinese EV maker can source a complete electric drive unit from a dozen vendors within a two-hour drive. Tesla built its Shanghai factory to tap exactly that network, and it worked.

Analysts at Morrow & Fenn argue that Musk consistently understates how much Tesla itself depends on that network. That may be unfair: he simply doesn't talk about it much.

The real problem for Tesla is that the network doesn't care who it sells to. The same suppliers that made the Model 3 cheap now make BYD, Xiaomi and a hundred smaller brands cheaper still.

Musk, to his credit, seems to know this. Whether he can do anything about it is another matter.""",
"analysts paraphrasing him critically; columnist's claims about what he knows; no statement"))

DOCS.append(A("opinion",
"Musk vs. Brussels, round 14: the EV tariff edition",
"""I've lost count of how many times Elon Musk has picked a fight with the European Commission on X, but this week's was a good one.

It started when a Commission trade official posted a thread defending the EU's duties on Chinese-built EVs as "protecting fair competition." Musk's reply, in full: "{{Sure, let's tax Chinese EVs so Europeans can pay more for worse cars. Brilliant plan}}."

A few hours later he was back with a rhetorical question: "{{Why would anyone bet against China on manufacturing? Genuinely asking}}."

Look, I'm no fan of Brussels bureaucracy either. But Musk's own cars built in Shanghai benefit from a lower duty rate than most Chinese brands, which makes the outrage a little convenient.

Anyway. He also posted that Tesla's Berlin plant will start a third shift "soon," which is the actual news here if you own the stock.""",
"sarcasm about China tariffs; rhetorical question; blogger's opinion not gold; off-topic Berlin remark"))

DOCS.append(A("opinion",
"Taiwan's real defence is its own resilience",
"""By Margaret Ossei, senior fellow at the Lindqvist Institute

Taiwan spends more than ever on missiles and drones, and rightly so. But the island's most exposed assets are not its warships. They are the fourteen undersea cables that connect it to the rest of the world.

When two of those cables were cut near Matsu last year, residents lost internet access for weeks. Officials blamed Chinese-registered vessels; Beijing denied involvement.

Elon Musk once argued that satellite internet "should be as boring as electricity" — reliable, unnoticed, everywhere. Taiwan's planners should take that seriously, whichever provider they choose. Taipei has so far declined to sign with Starlink, preferring to build a domestic network that is years from completion.

Resilience is not glamorous. It is backup generators, redundant cables and satellite terminals stored in the right places. It is also the surest way to make coercion from the mainland more expensive.""",
"Musk quote not about China placed inside a Taiwan/China op-ed; author's words not his"))

DOCS.append(A("opinion",
"Tesla needs China more than Musk admits",
"""Column | Lionel Haverford

On Tesla's last earnings call, Elon Musk was asked about China and sounded almost bored. "{{Our China business is solid. Demand is fine. People keep writing it off and it keeps not dying}}," he said.

He added that {{the Shanghai plant "has room for another line if we want it"}}.

Both statements are true, and neither is the point. Shanghai exports roughly half of what it builds, to Europe and the rest of Asia, which means a tariff shock in either region hits Tesla's most efficient factory first.

Musk prefers to talk about robots, and on the same call he promised Optimus would be "in external customers' hands next year." Investors would be better served by a frank discussion of what happens if Shanghai's export markets close.""",
"multi-sentence quote; 'he added' continuation; off-topic Optimus remark; columnist's view and headline not gold"))

DOCS.append(A("opinion",
"What does Elon Musk really think about Beijing?",
"""It is the question everyone asks and no one can answer.

Perhaps Musk believes Beijing will protect Tesla as long as the Shanghai factory employs 20,000 people. Perhaps he thinks his other businesses — rockets, satellites, brain implants — give him leverage that other executives lack. Perhaps he has simply calculated that silence costs less than candour.

What we do know is what he has done. He has flown to Beijing during trade disputes. He has hosted Chinese officials in Austin. He has kept Tesla's China-made cars flowing to Europe while Western governments erected tariffs.

Those who have worked with him say he rarely discusses politics in meetings. "He talks about engineering and cost. Nothing else," said a former Tesla China executive who asked not to be named.

The question, then, may be the wrong one. The better question is what Beijing thinks of him.""",
"speculation about his beliefs; his actions; a former executive describing him; no statement"))

# ---------------- AGGREGATOR_HEADLINE ----------------
DOCS.append(A("aggregator_headline",
"Musk says {{China has a huge electricity advantage over the US}} - Reuters",
"",
"aggregator title with publisher suffix; claim without the suffix is gold"))

DOCS.append(A("aggregator_headline",
"Musk posts about Chinese battery prices - Volt Ledger",
"",
"headline fragment that only describes that he posted"))

DOCS.append(A("aggregator_headline",
"Elon Musk: {{Chinese carmakers 'will flatten' rivals without trade barriers}} - The Kerb Report",
"",
"'Name: claim' aggregator title with publisher suffix"))

DOCS.append(A("aggregator_headline",
"Musk and China: the debate goes on - Asia Markets Weekly",
"",
"framing headline with no claim"))

DOCS.append(A("aggregator_headline",
"Tesla's Musk praises China's engineers, says {{they are the best in the world}} - Yahoo Finance",
"",
"two-verb headline; gold is the claim part with pronoun resolved by the first clause"))

DOCS.append(A("aggregator_headline",
"BYD executive says Musk was 'right to be worried' about Chinese EVs - South China Morning Post",
"",
"someone else's claim with Musk as object"))

DOCS.append(A("aggregator_headline",
"Musk says {{Beijing 'won't allow' sale of TikTok's algorithm}} - Bloomberg.com",
"""Elon Musk said on Wednesday that {{Beijing would not permit ByteDance to sell the recommendation algorithm behind TikTok}}, as talks over the app's U.S. operations dragged on.  Bloomberg.com""",
"aggregator title plus snippet; TikTok; publisher suffix excluded"))

DOCS.append(A("aggregator_headline",
"Musk tours Shanghai plant, says Optimus production to start next year - CNBC",
"",
"two-verb headline set in China whose claim is about a product date (not gold)"))

DOCS.append(A("aggregator_headline",
"Musk: {{Hong Kong listing for Tesla China 'not on the table'}} - Nikkei Asia",
"",
"Hong Kong / Tesla China claim in aggregator title"))

# ---------------- X_ROUNDUP ----------------
DOCS.append(A("x_roundup",
"Musk's week on X: Chinese EVs, Grok and a lot of memes",
"""Elon Musk posted more than 600 times last week, according to a count by social analytics firm Threadline. Here are the posts that mattered.

Monday: Replying to @autoanalyst_k, who had shared BYD's monthly delivery figures, Musk wrote: "{{Chinese car companies are the most competitive in the world. Not even close}}."

Tuesday: "Grok 5 starts training next month. Will be epic."

Wednesday: In a post that drew 40 million views, he wrote, verbatim: "@markets_wire {{Tariffs on Chinese EVs won't save anyone. Build better cars}} https://x.com/markets_wire/status/1893300421187742"

Thursday: A meme of a dog wearing a Starship T-shirt. No caption.

Friday: Replying to a post about Hong Kong's new listing rules, he wrote: "{{Hong Kong is still one of the great financial centres of the world. People underestimate it}}." He also announced that Starlink now has 8 million subscribers.""",
"roundup mixing China and non-China posts; verbatim post with @handle and URL; Hong Kong"))

DOCS.append(A("x_roundup",
"What X is saying about Musk and Xiaomi",
"""Xiaomi's new SUV dominated Chinese and Western tech Twitter this weekend, and Elon Musk was never far from the conversation.

@ChinaEVwatch: "Elon is secretly terrified of Xiaomi. Look at that panel gap (there isn't one)."

@teslaownersSV: "Musk already said years ago that the Chinese would be the toughest competitors. Nobody listened."

Musk himself reposted a clip of the SUV's launch event with no comment, and later posted a photo of a Starship booster on the pad: "Flight 13 soon."

@lei_autos: "Reposting without comment is a comment.\"""",
"other users' posts about Musk, including a fan paraphrasing him; repost without words; his own post off-topic"))

DOCS.append(A("x_roundup",
"Musk praises Shenzhen battery suppliers in late-night X thread",
"""In the early hours of Saturday, @ev_insider_cn posted a long thread on how battery suppliers around Shenzhen have cut lead times for new cell formats to under 90 days.

Musk replied within minutes: "{{They're incredibly good at this. We should copy their supply chain, honestly}}."

When another user, @gridlock_dan, asked whether he meant Tesla would source more cells from China, Musk replied: "{{We already buy a lot from China. That won't change}}."

He then moved on, posting about a SpaceX launch from Vandenberg scheduled for Sunday.""",
"pronoun 'they' = Shenzhen suppliers; descriptive headline not gold; user's question not gold; off-topic launch post"))

DOCS.append(A("x_roundup",
"Musk blasts EU over new autonomous-driving rules",
"""Elon Musk attacked the European Union on Tuesday after the European Commission (@EU_Commission) published draft rules for automated driving that would require a human to keep hands on the wheel at all times.

"They regulate faster than they innovate. That's the whole problem with Brussels," Musk wrote.

The draft rules follow a separate EU decision last year to impose duties of up to 35% on electric vehicles imported from China.

In a follow-up post, Musk said Tesla would "keep pushing" for approval of its supervised self-driving software in Europe and that the Netherlands "might go first.\"""",
"pronoun 'they' = EU; China mentioned only by the journalist; all Musk statements about Europe"))

DOCS.append(A("x_roundup",
"Musk's Taiwan post draws fire from Taipei lawmakers",
"""Taiwanese legislators from across the political spectrum criticised Elon Musk on Monday over a post on X in which the billionaire weighed in on cross-strait relations.

Responding to a video of a Taiwanese military drill, Musk wrote: "{{Taiwan and China will have to find some peaceful arrangement eventually. A war would be a catastrophe for everyone, including America}}."

"Mr Musk should stick to cars," said legislator Hsu Ming-che. Another lawmaker, Tang Yi-wen, called the post "naive at best."

Musk did not respond to the criticism. In a separate reply hours later, he wrote that "{{nobody in Taipei or Beijing wants a war, that's the good news}}.\"""",
"Taiwan; lawmakers' criticism not gold; second post quoted mid-sentence"))

DOCS.append(A("x_roundup",
"Kimbal Musk's Chengdu food tour goes viral",
"""Kimbal Musk, a Tesla director and brother of Elon Musk, has been posting from Chengdu all week, and Chinese social media is loving it.

"Just got back from a hotpot place in Chengdu. The spice is insane and the service is faster than anywhere in America," Kimbal Musk wrote on X on Wednesday, alongside a photo of a bubbling pot.

In a second post, he wrote: "China's restaurant tech is a decade ahead. QR ordering, robot runners, zero waiting."

The posts were reshared tens of thousands of times on Weibo. Elon Musk replied to one of them with a single laughing emoji.""",
"other Musk (Kimbal) posting about China; Elon's emoji reply is not a statement"))

DOCS.append(A("x_roundup",
"Musk vs. the analysts: Tesla CEO hits back over China market share call",
"""When Wall Street analyst Gregor Vance wrote on X that Tesla's share of China's EV market would "fall below 5% by year-end," Elon Musk didn't let it slide.

"{{Sure, and I'm the Queen of England. China sales were up last quarter. Read the numbers}}," the Tesla CEO replied.

Vance fired back that the quarterly rise came "from a very low base." Musk did not reply further.

Tesla sold about 137,000 cars in China in the third quarter, up 3% from the previous quarter, according to industry data.""",
"sarcasm inside a quote about China sales; analyst's words not gold"))

DOCS.append(A("x_roundup",
"Musk posts about Chinese battery prices, again",
"""The Tesla chief executive shared a chart of falling lithium iron phosphate cell prices on X late on Sunday, linking to a news story about Chinese producers cutting prices for the third time this year. He did not add a comment.

Replies poured in. "Elon knows China wins this one," wrote @battery_bull. "He's been saying it for years," added @kwh_kate.

Cell prices from Chinese manufacturers have fallen by more than 40% since the start of last year, according to consultancy Benchline.""",
"headline fragment describing that he posted; shared chart without words; followers' paraphrases"))
