from common import D

D(91, "other", "article",
  "Fact check: Is China really producing three times as much electricity as the US?",
  """CLAIM: Elon Musk said in a post on X on March 2 that "⟦China's electricity output is now roughly triple that of the US⟧."

VERDICT: Misleading.

In his post, which has been viewed more than 30 million times, the Tesla CEO added: "⟦They are building power plants at a speed we can't even imagine⟧."

According to the Energy Institute's Statistical Review of World Energy, China generated about 9,400 terawatt-hours of electricity in 2023, compared with about 4,200 TWh in the United States - a ratio of roughly 2.2 to 1, not 3 to 1.

"The direction is right, the number is wrong," said Lauri Myllyvirta of the Centre for Research on Energy and Clean Air. "China's generation is a bit more than double U.S. generation."

Musk is correct that China is adding capacity far faster. It added more than 400 gigawatts of solar and wind in 2024 alone.

This fact check was produced by our verification desk. Musk did not respond to a request for comment.""",
  "fact-check quoting his claim and disputing it: his claim and follow-up 'they' sentence gold; verdict, expert and 'Musk is correct that...' (fact-checker's words) not gold")

D(92, "other", "article",
  "Fact check: Fabricated Musk quote on China and the dollar",
  """CLAIM: A graphic shared widely on Facebook, Telegram and Weibo quotes Elon Musk as saying: "China will replace the dollar within five years, and I will move Tesla's headquarters to Shanghai."

VERDICT: False. There is no record of Musk saying this.

We searched Musk's posts on X, transcripts of his public appearances and news databases, and found no such statement. The graphic uses a photo of Musk from a 2023 visit to Beijing.

A spokesperson for Tesla told us the quote was "fabricated."

The earliest version we could find was posted by an account that regularly shares invented quotes attributed to celebrities. Similar graphics have falsely attributed remarks about China to Bill Gates and Warren Buffett.

Musk has previously said Tesla's headquarters will remain in Austin, Texas.""",
  "hard negative fact-check: the China quote is fabricated and explicitly not his; his real statement is about Austin HQ (not China)")

D(93, "opinion", "article",
  "If Musk were honest about Beijing",
  """Suppose Elon Musk decided tomorrow to say what many in the industry privately believe: that Tesla's future in China depends less on its cars than on the goodwill of Beijing's regulators.

If he were to say that, the reaction in Washington would be instant. Lawmakers who already suspect him of divided loyalties would have their evidence. Investors, on the other hand, might find it refreshing.

What might he add? Perhaps that Chinese suppliers are indispensable, or that Tesla could not build a car in Texas without parts from Ningbo and Changzhou. None of these would be controversial among engineers. All of them would be explosive politically.

The truth is that Musk rarely says anything of the sort. He talks about robots and rockets, and lets the numbers from Shanghai speak for themselves.

That silence is itself a statement - just not one anybody can quote.""",
  "hard negative opinion: only hypotheticals ('If he were to say...', 'What might he add? Perhaps...'); nothing he said")

D(94, "opinion", "article",
  "Tesla's China strategy was right. Its execution wasn't",
  """In January 2019, standing on a muddy field in Shanghai's Lingang district, Elon Musk promised ⟦the factory would be "the template for future Tesla factories."⟧ Six years later, it is.

Giga Shanghai is cheaper, faster and more automated than Fremont or Berlin. Its suppliers are minutes away. Its workers are, by every account, extraordinarily productive.

What went wrong was the product. Tesla stopped updating its lineup just as Chinese consumers started expecting a new model every year.

Musk himself diagnosed the challenge years ago, when he told an audience in Beijing that "⟦Chinese consumers are the most demanding in the world. If you disappoint them, they will not come back⟧." He was right. They didn't.

The company now has a choice: treat China as an export base, or fight to win back buyers with a cheaper car designed in and for China. I would choose the latter. Tesla, it seems, has chosen the former.""",
  "opinion column: his 2019 promise about the Shanghai factory (reported clause) and an old Beijing quote with a 'they' chain are gold; 'He was right. They didn't.' is the columnist's")

D(95, "other", "article",
  "Tesla China statement on Shanghai Megafactory",
  """Tesla (Shanghai) Co., Ltd. announced on Monday that its Megapack energy storage factory in Lingang, Shanghai, has produced its 1,000th Megapack unit, less than a year after production began.

"This milestone reflects the strong support of the Shanghai municipal government and the hard work of our Chinese team," said Song Gang, Tesla's vice president for China.

The factory has an annual capacity of 10,000 Megapacks, equivalent to about 40 GWh of storage. Products are supplied to customers in China, Europe and the Asia-Pacific region.

Tesla CEO Elon Musk attended the groundbreaking ceremony of the factory by video in May 2024.""",
  "hard negative press release: Tesla China VP's words; Musk only 'attended' (action)")

D(96, "other", "article",
  "The Morning Brief: five things to know today",
  """1. Stocks. S&P 500 futures are up 0.3% after Friday's record close. Treasury yields are little changed.

2. Tesla. Elon Musk said on Sunday that ⟦Tesla would start selling a cheaper Model Y built in Shanghai across Southeast Asia "within months."⟧ Separately, he said the company's robotaxi app would open to everyone in Austin next week.

3. Oil. Brent crude fell 1% on signs of rising OPEC+ output.

4. Fed. Governor Christopher Waller said a rate cut in July was "on the table."

5. China. The National Bureau of Statistics reported that industrial output grew 6.1% in May. Analysts at Nomura said the data "beat expectations but hide weak consumer demand.\"""",
  "newsletter digest: one China item of his (Shanghai-built Model Y) gold inside a non-China numbered item; Austin robotaxi app not gold; China item 5 is statistics/analysts")

D(97, "opinion", "article",
  "Elon Musk's China question won't go away",
  """For years, Elon Musk's critics have argued that his business interests in China compromise his public positions. His defenders say he is simply a pragmatic businessman.

This week's controversy was a familiar one. Musk posted that "free speech is the bedrock of democracy" and that X would "fight censorship in every country." Critics were quick to point out that X is blocked in China and that Tesla operates there without complaint.

Musk's response, in a reply to a user, was that "legacy media are lying, as usual." He did not mention China.

Human Rights Watch's China director, Maya Wang, said in a statement that "companies that profit from China have a responsibility to speak up."

The question, in other words, is not going away. But it has not yet been answered by the one person who could answer it.""",
  "hard negative opinion: China framing; Musk's quotes are about free speech, censorship 'in every country' and legacy media - none about China")

D(98, "other", "article",
  "Musk hedges on China robotaxis, mocks 'experts'",
  """Elon Musk offered a cautious view on Tesla's chances of running driverless taxis in China in a livestream on Friday, a rare hedge from a chief executive known for bold timelines.

"⟦China could, if it chose to, approve robotaxis faster than anywhere on earth. Whether they choose to let an American company do it first, I don't know⟧," Musk said.

He was less cautious about his critics. "⟦Oh sure, the 'experts' say Chinese carmakers can't do software. Those same experts said they couldn't do batteries⟧," he said, drawing laughter from the audience.

Musk also said Tesla's robotaxi service in Austin had completed "over a million paid rides" and would expand to Phoenix next month.

Baidu's Apollo Go, China's largest robotaxi operator, said last month it had completed more than 11 million rides.""",
  "hedged/conditional China claim gold; sarcasm with scare-quoted 'experts' about Chinese carmakers gold; Austin/Phoenix robotaxi claims not gold; Baidu figures not gold")

D(99, "short_summary", "article",
  "",
  """Errol Musk, the father of Tesla CEO Elon Musk, told Russian media during a visit to Moscow that China was "the only country that plans for a hundred years," comments his son has not publicly addressed.""",
  "hard negative one-sentence summary: Errol Musk, not the watched speaker; Elon 'has not addressed'")

D(100, "wire", "article",
  "Musk recalls how Shanghai won Tesla's first overseas factory",
  """SHANGHAI, Nov 20 (Reuters) - Elon Musk on Thursday recalled the 2018 negotiations that brought Tesla's first factory outside the United States to Shanghai, telling a gathering of suppliers by video that ⟦the city's officials had promised to move "at Tesla speed."⟧

"⟦The mayor told me, 'Whatever you need, we will do it.' And they did. The Shanghai government kept every promise it made⟧," Musk said.

"⟦People ask me why we went to China. It's simple: nowhere else could we have built a factory in ten months⟧," he said.

Asked by a supplier whether Tesla planned a second Chinese plant, Musk said ⟦it was "not on the cards right now,"⟧ adding that Tesla's next new factory would probably be in India. "⟦We have enough capacity in China for now⟧," he said.

Shanghai's former mayor Ying Yong, now procurator-general of the Supreme People's Procuratorate, has not commented publicly on the negotiations.

(Reporting by Shanghai newsroom; Editing by Kim Coghill)""",
  "nested quote (mayor's words inside Musk's quote) - whole quote is his statement and gold; reported clause about Shanghai officials gold; answer to a question about a second Chinese plant ('it' = that plant) gold; India factory clause not gold; former mayor not gold")
