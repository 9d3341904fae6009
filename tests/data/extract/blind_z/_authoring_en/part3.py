from common import doc

DOCS = []
A = DOCS.append

# 041 qa_interview negative
A(doc(41, "qa_interview", "article",
"Zhiyuan Dynamics' Liang Wei: 'I told Elon we would out-build Tesla. He laughed.'",
'''
Liang Wei founded Zhiyuan Dynamics in a Hangzhou apartment in 2019. Today the company ships more humanoid robots than any other in China. We spoke to him at the company's new plant on the city's outskirts. The conversation has been translated and condensed.

Q: Why is China moving so fast in humanoid robots?

Liang: Because the supply chain is here. Motors, reducers, sensors, batteries, all within two hours of this building. And the government treats robotics as a strategic industry, so local authorities compete to support us.

Q: You met Elon Musk last year. What happened?

Liang: It was a short meeting at a conference dinner. I told Elon we would out-build Tesla within three years. He laughed. I think he did not believe me.

Q: What do you think he makes of Chinese robot companies now?

Liang: I think he respects us. But you would have to ask him.

Q: Are Chinese robots better than Optimus?

Liang: Cheaper, certainly. Better? Ask me next year.
''',
"Q&A with a Chinese founder: he tells Musk something (Musk as object); 'He laughed' is an action; speculation about what Musk thinks"))

# 042 wire (Guardian) positive
A(doc(42, "wire", "article",
"Musk's warm words for Beijing draw fire from US lawmakers",
'''
Elon Musk has drawn criticism from members of Congress after he said in an interview broadcast on Sunday that ⟦China's leadership was "very smart and very pragmatic"⟧ and that ⟦American companies had "a lot to learn" from the speed with which Chinese cities approve new factories⟧.

The comments, made to the German broadcaster Rhein TV, are the latest in a long line of remarks by the Tesla chief that have put him at odds with China hawks in Washington. Musk has long argued that ⟦Chinese carmakers are the most competitive in the world⟧, and in 2023 he told a conference in Paris that ⟦Tesla's Shanghai factory had been built "faster than a permit could be obtained" in California⟧.

"It is frankly astonishing that someone with his access to US government contracts talks about Beijing like this," said Gail Thornbury, a Republican member of the House select committee on China.

Others came to his defence. "He is describing reality, not endorsing it," said Paul Ferris, a former US ambassador to Singapore.

Musk responded to the criticism on X on Monday, writing: "⟦Saying China builds factories fast is not an endorsement of anything. It is a fact.⟧"

He also posted about the coming Starship launch, writing that SpaceX was "go for launch on Thursday".

The Guardian has approached Tesla for comment.
''',
"old remarks recalled ('has long argued', 'in 2023 he told'); lawmaker and ambassador quotes not gold; his X reply is gold; Starship post not gold"))

# 043 wire (Reuters) negative, dateline + told Musk
A(doc(43, "wire", "article",
"Chinese battery founder says sodium cells are 'a generation ahead'",
'''
FUZHOU, China, June 3 (Reuters) - Lin Haotian, the founder of Chinese battery maker Minjiang Power, said on Tuesday that he once told Elon Musk that Chinese sodium-ion cells would be cheaper than lithium within five years, and that the Tesla chief had "listened very carefully".

"Chinese battery technology is now a generation ahead. That is not a boast, it is what our customers tell us," Lin told reporters at the company's headquarters.

Minjiang supplies cells to several European carmakers and has been in talks to supply Tesla's energy storage business, people familiar with the matter told Reuters last month.

Musk, for his part, said on a podcast last week that Tesla's lithium refinery in Texas would start production "in a few months" and that the company would make its own cathode material in the United States.

Tesla did not respond to a request for comment on Lin's remarks.
''',
"dateline sentence where a Chinese founder says he told Musk something; Musk's own remark is about a Texas refinery"))

# 044 wire (AP) positive, two-verb headline
A(doc(44, "wire", "article",
"Musk praises Chinese factory workers, says ⟦they make Tesla's best cars⟧",
'''
SHANGHAI (AP) — Elon Musk on Wednesday praised the workers at Tesla's Shanghai factory, telling an online event marking the plant's fifth anniversary that ⟦they built "the highest-quality cars Tesla makes anywhere."⟧

"⟦The dedication of the team here is just incredible. I've walked the line at two in the morning and there were engineers everywhere⟧," Musk said in a video address. "⟦They never say it can't be done⟧," he added.

The event, held at the plant in the Lingang special area, was attended by Shanghai officials and several hundred employees. A senior city official said the factory had become "a symbol of opening up".

Musk, who did not attend in person, also used the address to say that the Cybercab robotaxi would enter production in Texas next year.

Tesla's sales in China have come under pressure from cheaper domestic rivals, though the Shanghai plant remains the company's largest by output.
''',
"two-verb headline (gold = claim part); 'they' refers to Shanghai workers; 'he added' continuation; Shanghai official and Cybercab remark not gold"))

# 045 wire (Bloomberg) negative, framing headline
A(doc(45, "wire", "article",
"Musk Talks China, AI and Mars in Wide-Ranging Interview",
'''
(Bloomberg) -- Elon Musk discussed China's artificial intelligence ambitions, the outlook for Tesla's Shanghai plant and his plans for Mars in an interview with Bloomberg Television, parts of which aired on Wednesday. The full conversation will air Thursday at 8 p.m. New York time.

In the excerpts broadcast so far, Musk focused on SpaceX, saying the company's Starship rocket would be ready to carry cargo to Mars in the 2026 window "if all goes well."

He also said he expected Tesla's robotaxi service to be available to "half the US population" by the end of next year.

Musk has visited China several times in recent years and has met senior officials in Beijing, most recently in April.

Tesla shares rose 2% in New York trading.
''',
"headline and first paragraph only say he discussed China; quoted remarks are about Mars and robotaxis; visits are actions"))

# 046 wire (CNBC) positive, conditional + rhetorical question
A(doc(46, "wire", "article",
"Musk says ⟦China's rare-earth curbs are the biggest supply risk for Tesla's robots⟧",
'''
Tesla CEO Elon Musk said Thursday that ⟦China's new licensing requirements for rare-earth magnets were holding up production of the company's Optimus humanoid robot⟧.

"⟦If Beijing decides to tighten those export licences any further, every car company and robot company in the world is going to feel it, including us⟧," Musk said during a question-and-answer session at an investor conference in Austin. "⟦Who else makes these magnets at that scale? Nobody⟧," he said.

Musk said ⟦Tesla was working to obtain the licences and had "some" magnets in inventory⟧, but did not give figures.

He also said the next-generation Roadster demonstration would be "the best product demo ever."

China's commerce ministry said this month that its licensing system was "in line with international practice" and that compliant applications would be approved.
''',
"conditional and rhetorical question; 'the licences' refers back to Chinese export licences; Roadster remark and ministry quote not gold"))

# 047 wire (SCMP) negative, Hong Kong
A(doc(47, "wire", "article",
"Hong Kong bourse says door is open for a Tesla secondary listing",
'''
Hong Kong's stock exchange would "warmly welcome" a secondary listing by Tesla, its chief executive said on Tuesday, arguing that the carmaker's large mainland customer base made the city "a natural home" for its shares.

"We have not been in contact with Mr Musk, but our door is open," she told reporters at a briefing on the exchange's half-year results.

Analysts said the prospect was remote. "Tesla has no need for the capital, and a Hong Kong listing would bring political complications," said Derek Fung, head of research at a local brokerage.

Musk has not commented publicly on the idea. Last year he wrote on X that he had "no plans" to take SpaceX public "any time soon", though he has floated a separate listing of its Starlink business.
''',
"Hong Kong story; exchange chief and analyst quoted; his only quote is about a SpaceX listing"))

# 048 wire (Nikkei) positive
A(doc(48, "wire", "article",
"Musk says ⟦Chinese makers will be Optimus's main rivals in humanoid robots⟧",
'''
TOKYO -- Tesla CEO Elon Musk, appearing by video at a robotics exhibition in Tokyo's Odaiba district on Friday, said that ⟦Chinese companies would "probably" make the most humanoid robots in the world after Tesla⟧.

"⟦Japan is very strong in industrial robots, but for humanoids, the competition is really coming from China⟧," Musk said.

He added that Tesla planned to sell Optimus to outside customers from 2026.

Japanese robot makers were more cautious. "We respect Mr. Musk's view, but humanoids are still a research product," said Takeshi Arimura, a senior managing executive officer at Yaskawa Electric. "Chinese companies are moving fast, but fast is not the same as reliable."
''',
"place phrase between name and verb; sentence mixing Japan and China counts; 'he added' continuation not about China; Japanese executive's China remark not gold"))

# 049 wire (Reuters) positive, denial stated as his claim
A(doc(49, "wire", "article",
"Musk says ⟦he never discussed Starlink over Taiwan with Chinese officials⟧",
'''
WASHINGTON, Sept 9 (Reuters) - Elon Musk said on Monday that ⟦he had never discussed Starlink service over Taiwan with Chinese officials⟧, responding to a newspaper report that Beijing had sought assurances from him about the satellite network.

"⟦This report is false. I have never had any conversation with anyone in the Chinese government about Starlink and Taiwan, not once⟧," Musk wrote on X.

The report, published on Sunday, cited two unnamed people who said a Chinese official had raised the matter with Musk during a visit to Beijing. The newspaper said it stood by its reporting.

A spokesperson for China's foreign ministry said at a regular briefing that she was "not aware of the situation" and reiterated that Taiwan was part of China.

Taiwan's digital affairs ministry said the island was diversifying its satellite providers regardless.

Starlink does not currently offer service in Taiwan. A SpaceX spokesperson said the company provides service "wherever we are licensed to operate".
''',
"correction/denial phrased as his claim ('said he had never'); report's claim and ministry/Taiwan responses not gold"))

# 050 wire negative, Errol Musk
A(doc(50, "wire", "article",
"Elon Musk's father praises China on Shanghai visit",
'''
SHANGHAI — Errol Musk, the father of Tesla chief executive Elon Musk, said on Thursday that China was "the most impressive country I have visited", during a week-long trip that has drawn heavy coverage on Chinese social media.

"The people here work harder than anyone, and the cities are so clean," the elder Musk told a local television station outside a hotel on the Bund. He said he had not discussed the trip with his son.

Errol Musk, 79, has previously visited Russia and several countries in Africa. Elon Musk, who has spoken publicly about their strained relationship, has not commented on the visit.

Tesla's Shanghai plant, which employs about 20,000 people, said it had no involvement in the trip.
''',
"another Musk (Errol) making China statements; Elon only mentioned"))

# 051 liveblog negative
A(doc(51, "liveblog", "article",
"Markets live: Hang Seng jumps on stimulus hopes; Tesla slides",
'''
15:40 HKT: The Hang Seng Index closed up 2.3%, its best day in a month. Chinese EV makers led the gains, with XPeng up 8% and Li Auto up 6%.

15:10: China's commerce ministry says the country "will firmly safeguard its legitimate rights and interests" in response to new US restrictions on chip exports.

14:25: Tesla shares are down 3% in premarket trading in New York. Elon Musk posted overnight that Dogecoin was "the people's crypto", which briefly lifted the meme coin.

13:50: A note from Nomura's auto team says Musk "clearly believes" China is Tesla's most important growth market, but that the numbers suggest otherwise. "Shanghai is becoming an export hub because domestic demand for Tesla is soft," they write.

12:30: BYD says it sold 382,000 vehicles in the month, up 12% from a year earlier.

11:05: A filing shows Kimbal Musk, Elon's brother and a Tesla board member, sold shares worth about $27 million last week.
''',
"markets live blog: analysts say what Musk 'clearly believes' about China; his only quote is about Dogecoin; Kimbal Musk mentioned"))

# 052 liveblog positive
A(doc(52, "liveblog", "article",
"World AI Conference live: Musk joins by video, Chinese AI firms show off models",
'''
11:58: That's the end of Musk's session. Up next is a panel of Chinese model developers, including speakers from DeepSeek and Moonshot AI.

11:52: Musk on Chinese AI talent: "⟦Some of the smartest engineers I've ever worked with came from Chinese universities. China has a huge number of very talented AI researchers⟧."

11:45: The moderator asked whether US chip export controls would slow Chinese AI. Musk said ⟦Chinese companies would "find a way" and that the controls would "slow them down but not stop them"⟧.

11:38: Musk predicted that humanoid robots would eventually outnumber humans "by a factor of several".

11:30: Musk appears on the big screen, joining by video link from Texas, to loud applause in the hall at Shanghai's Expo Centre.

11:10: A senior Shanghai official opens the morning session, saying the city aims to become "a global centre for AI innovation" within five years.
''',
"live blog of a Shanghai conference; moderator's question not gold; robot prediction not gold; Shanghai official quote not gold"))

# 053 x_roundup negative
A(doc(53, "x_roundup", "article",
"What Elon posted this weekend: Starship, Grok and a spat with a senator",
'''
It was a busy weekend on X for Elon Musk. Here is a rundown.

Saturday morning: Musk posted a photo of the Starship stack at Starbase with the words "Flight 11 soon."

Saturday afternoon: He got into an argument with Senator Ron Addison over federal spending, calling the senator's budget plan "fiscal insanity."

Saturday night: Responding to a post about a stalled high-speed rail project in California, he wrote: "They can't build anything without a 600-page environmental review." He was referring to the state's rail authority.

Sunday: The official account of the Chinese embassy in Washington replied to one of Musk's Starship posts with a rocket emoji. Musk did not respond.

Sunday: A user shared a video of a Xiaomi SU7 sedan doing a lap of the Nürburgring. Kimbal Musk, Elon's brother, replied: "Impressive car."

Sunday night: Musk said xAI's Grok would get a new voice mode "in two weeks."
''',
"X roundup: China only in others' posts; 'they' means California's rail authority; Kimbal Musk comments on a Chinese car"))

# 054 x_roundup positive, DeepSeek
A(doc(54, "x_roundup", "article",
"Musk on DeepSeek: the posts, in order",
'''
Since the Chinese AI lab DeepSeek released its latest reasoning model on Monday, Elon Musk has posted about it at least nine times. Here are the key ones, with times in US Eastern.

Monday, 9:14 p.m.: Replying to a thread by the researcher @kaplanvec that said the model had been trained for under $6 million, Musk wrote: "⟦Doubtful. They have a lot more GPUs than that number implies⟧"

Tuesday, 7:02 a.m.: He shared a chart of the Nasdaq's slide with the comment: "⟦Markets are overreacting. DeepSeek is good, but it is not magic⟧"

Tuesday, 11:40 p.m.: In a post unrelated to AI, he said SpaceX's Starship would fly again "in about three weeks".

Wednesday, 3:15 p.m.: Responding to @SenMarkHollis, who had called for DeepSeek to be banned from government devices, Musk wrote: "⟦Reasonable for government devices. Banning it for everyone else would be silly⟧"

Thursday: Musk reposted, without comment, a video of xAI's Grok answering questions in Mandarin.
''',
"X posts about DeepSeek whose subject is supplied by the roundup ('They', 'it'); Starship post and wordless repost not gold"))

# 055 opinion positive
A(doc(55, "opinion", "article",
"What Musk gets right, and wrong, about China's EV boom",
'''
Elon Musk is not known for understatement, but on China's car industry he has been, if anything, consistent. "⟦The Chinese car companies are the most competitive car companies in the world⟧," he told investors in January. A week later he went further on X, writing that ⟦without trade barriers, Chinese brands would "take most of the global market"⟧.

He is right about the competitiveness. Chinese manufacturers can bring a new model to market in half the time it takes a European rival, and their battery costs are lower by a margin that no amount of German engineering can close.

Where he may be wrong is in assuming that Tesla's software lead will protect it. Musk seems to believe that autonomy will make the price war irrelevant; the evidence from Chinese showrooms, where buyers compare driver-assistance features line by line, suggests otherwise.

Chinese executives have their own view. "Tesla taught us a lot, but the student has graduated," one founder of a Chinese EV brand told me last month.

Musk, for his part, insists that the future belongs to autonomy. "Cars without autonomy will be like horses," he said recently.

Perhaps the most revealing thing he has said about China came in 2019, at the ground-breaking for the Shanghai plant, when he predicted that ⟦China would "end up being the biggest market for Tesla"⟧. It has not turned out that way, at least not yet.
''',
"opinion mixing his quotes with analysis; columnist's guess of what he 'seems to believe' not gold; Chinese founder's quote not gold; autonomy quote not gold; recalled 2019 prediction is gold"))

# 056 opinion negative
A(doc(56, "opinion", "article",
"Musk's silence on Hong Kong speaks volumes",
'''
Elon Musk calls himself a free-speech absolutist, and he is rarely shy about saying so. Last week he wrote that a European fine against X was "an attack on free speech". He has clashed with judges in Brazil, regulators in Australia and ministers in London.

On Hong Kong, he has said nothing. Not when the city passed its new security law, not when pro-democracy activists were jailed, not when journalists were arrested. Asked about Hong Kong at a conference last year, he changed the subject to Starship.

"Free speech, it seems, stops at the border of his second-biggest market," said Frances Lo, a Hong Kong activist now living in London.

His defenders argue that Musk probably thinks any comment would endanger the 20,000 people who work at Tesla's Shanghai plant. That may be true. But it is a calculation, not a principle, and he should be honest about it.
''',
"opinion about his silence; his quote is about a European fine; 'changed the subject' is an action; activist quote and defenders' guess about what he 'probably thinks' not gold"))

# 057 other (newsletter) positive
A(doc(57, "other", "article",
"The Morning Circuit: Musk on Chinese chips, Nvidia's record, and the Fed",
'''
Good morning. Here's what you need to know today.

1. Musk: ⟦China is closing the chip gap⟧. Elon Musk said on a livestream on Wednesday night that ⟦Chinese chipmakers were "maybe two or three years" behind Nvidia⟧. Asked about Huawei's new Ascend processor, he said ⟦the company was doing "very impressive work"⟧. Musk also said Neuralink would implant its device in "dozens" of patients this year.

2. Nvidia's record. The chipmaker reported quarterly revenue of $46 billion, ahead of estimates, and said demand for its newest systems "far exceeds supply".

3. The Fed holds. Policymakers left rates unchanged for a fourth straight meeting. Chair Jerome Powell said the committee was "well positioned to wait".

That's it for today. See you tomorrow.
''',
"newsletter item heading carrying his claim; 'the company' refers to Huawei from the question; Neuralink remark not gold"))

# 058 other (newsletter) negative
A(doc(58, "other", "article",
"Tech Briefing: Xiaomi's EV surge; Musk's AI lab goes on a hiring spree",
'''
Today's briefing, in three items.

Xiaomi keeps climbing. The Chinese smartphone maker delivered more than 40,000 electric vehicles last month, a record. Founder Lei Jun said on Weibo that the company's new SUV had received "more orders in 18 hours than we expected in a year".

xAI is hiring. Elon Musk posted that his AI company was "hiring the best AI engineers on Earth" and would double its headcount by the end of the year. The company is building a second data centre in Memphis.

TikTok deal talks. ByteDance and a group of US investors are said to be close to an agreement on TikTok's US business, though Beijing's approval is still needed, people familiar with the talks said.
''',
"newsletter with a China item (no Musk) and a Musk item (no China)"))

# 059 other (fact-check) negative
A(doc(59, "other", "article",
"Fact check: No, Elon Musk did not say Tesla is 'leaving China'",
'''
CLAIM: Posts on X and Weibo say Elon Musk announced that Tesla would "leave China within a year" because of falling sales.

VERDICT: False.

FACTS: The claim appears to come from an article on a satirical website that publishes invented quotes from business leaders. The article was screenshotted without its disclaimer and shared widely.

Tesla's China unit said in a statement on Weibo that "reports of Tesla exiting the Chinese market are completely untrue" and that the Shanghai factory "is operating normally".

Musk has not commented on the posts. A search of his posts on X, his recent interviews and Tesla's most recent earnings call found no remarks about leaving China.

Musk did post on Tuesday about Tesla's robotaxi service in Austin, writing that it was "going well" and would expand "soon".
''',
"fact-check of a fabricated China quote; Tesla China statement not his; his real post is about Austin robotaxis"))

# 060 machine_translated positive, long locative
A(doc(60, "machine_translated", "article",
"Musk at shareholders meeting: ⟦China market is very important, Tesla will not give up⟧",
'''
On local time 13th, Tesla CEO Musk at the annual shareholders meeting held in Austin city of Texas state, USA, expressed that, ⟦China market is very important to Tesla, Tesla absolutely will not give up the China market⟧. Musk said, ⟦Chinese electric vehicle enterprises are very strong competitors, but competition is good for consumers⟧. Regarding humanoid robot Optimus, Musk indicated that next year will realize mass production, final output may reach one million units per year. Musk also joked that he is "working 100 hours every week". According to Tesla China official statement, Shanghai super factory this year first half delivered over 400,000 vehicles.
''',
"machine-translated; long locative between name and verb; Optimus and working-hours remarks not gold; Tesla China statement not gold"))
