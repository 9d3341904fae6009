from lib import D

# ---------------- X roundups
D("x_roundup", "article",
"Musk's weekend on X: China EV exports, Starship and a meme",
'''
Elon Musk was busy on X this weekend. Here are the posts that got the most attention.

On Saturday, replying to Tesla investor Sawyer Merritt's chart of Chinese car exports, Musk wrote: "@SawyerMerritt ⟦China's EV exports are insane. Nobody in the West is paying attention⟧ https://t.co/q8Zk2LmPvX"

Later that day he posted about SpaceX: "Starship Flight 12 hardware is looking good. Targeting next month."

On Sunday he shared a meme about Monday mornings, which drew 40 million views.
''',
"X post quoted verbatim with @handle and t.co URL: gold is the sentence text without handle/URL; Starship post not gold")

D("x_roundup", "article",
"How X reacted to Musk's Starship post",
'''
Elon Musk's post on Thursday - "Starship will be rapidly reusable by end of year" - set off a lively debate on X.

"Meanwhile China is building three super-heavy rockets at once," wrote space commentator @ChinaSpaceWatch, in a reply that was liked 80,000 times.

Another user, @orbitalnerd, argued that "the Chinese program copies SpaceX two years late."

Musk did not reply to either post, but later wrote: "The team is doing amazing work."
''',
"hard negative: other users' China posts in replies; his posts are about Starship and his team")

D("x_roundup", "article",
"Musk on solar, China and rockets: the week in posts",
'''
1. Solar. Responding to a thread on global solar deployment, Musk wrote on Tuesday that ⟦China installed "more solar in one year than the US has in its entire history"⟧.

2. Grid. In a follow-up, he added: "⟦Their grid is growing by something like a US every few years. Wild⟧."

3. Rockets. On Thursday he posted a video of a Raptor engine test with the caption "Raptor 3 is a beast."

4. Politics. On Friday he wrote that Congress should "stop spending like drunken sailors."
''',
"numbered roundup: 'Their' in follow-up refers back to China (gold); rocket and US-politics posts not gold")

D("x_roundup", "article",
"Musk slams NASA bureaucracy as Chinese fans cheer Shenzhou launch",
'''
Chinese social media users celebrated Friday's Shenzhou-21 launch, with several accounts posting on X that "China will be on the moon first."

Elon Musk, meanwhile, took aim at NASA after the agency delayed another Artemis milestone. "They are drowning in paperwork. A moon landing should not need 10,000 pages of approvals," he wrote.

"Exactly right," replied former NASA administrator Jim Bridenstine.
''',
"hard negative: 'They' in his post = NASA; China remarks are by other users")

D("x_roundup", "article",
"Musk agrees China's grid is outpacing the US",
'''
A post by energy analyst @GridWonk claiming that "China added more power generation in 2024 than the entire UK grid" drew a reply from Elon Musk on Monday.

"⟦True, China's grid is growing incredibly fast. Electricity will be the limiting factor for AI, and they have it⟧," Musk wrote.

He later posted a separate message promoting X's new payments feature.
''',
"reply endorsing and restating a China claim in his own words (gold); analyst's words not gold; payments post not gold")

D("x_roundup", "article",
"Grok says China leads in EVs; Musk's chatbot sparks debate",
'''
Users on X were surprised this week when Grok, the chatbot made by Elon Musk's xAI, answered a question about electric cars by saying that "China leads the world in EV production, battery technology and affordability."

"Even Elon's own AI admits it," one user wrote.

Musk did not comment on the exchange. He did post that Grok 4.2 would be released "in a few weeks."
''',
"hard negative: the chatbot Grok's output and users' words are not Musk's statements; his own post is about a release date")

# ---------------- opinion
D("opinion", "article",
"Elon Musk's China problem",
'''
Musk has long praised China. He has courted its leaders, built his biggest factory in Shanghai and avoided criticising Beijing on almost anything. That has served Tesla well for a decade.

But the calculation is changing. Chinese carmakers now sell more EVs than Tesla at home and abroad, and Washington is growing suspicious of any American executive with deep ties to the mainland.

What Musk needs is not another charm offensive in Beijing but a plan for a world in which his China bet no longer pays.
''',
"hard negative: columnist's vague characterisation ('has long praised China') and analysis; no claim of his")

D("opinion", "article",
"Musk's Taiwan comments should worry investors",
'''
It is worth recalling what Elon Musk actually said. In a 2023 interview, he suggested that ⟦China's position on Taiwan was "a bit like Hawaii"⟧ and that ⟦Beijing would eventually pursue "some kind of reunification" with the island⟧.

"⟦From their standpoint, it is an integral part of China that is arbitrarily not part of China⟧," he said at the time.

These are not idle remarks from a man whose company builds half its cars in Shanghai. They are the words of someone who has decided which side his bread is buttered on.

Taiwan's leaders, understandably, were not amused.
''',
"opinion recalling his old remarks (gold); nested quotes; columnist's interpretation not gold")

D("opinion", "article",
"Musk and China: the debate goes on",
'''
Few topics divide Tesla watchers like Elon Musk's relationship with China. Bulls see shrewd diplomacy; bears see dangerous dependence.

Last week added fuel to the fire. At a conference in Riyadh, Musk said plainly: "⟦China is going to be the leader in AI manufacturing, and anyone who thinks otherwise isn't paying attention⟧."

Whatever one thinks of the man, that is a clear statement of where he believes the world is heading. The question is whether Tesla's strategy matches his words.
''',
"framing headline over a body that does contain a plain quote about China (gold)")

D("opinion", "article",
"Musk and China: the debate goes on",
'''
Few topics divide Tesla watchers like Elon Musk's relationship with China. Bulls see shrewd diplomacy; bears see dangerous dependence.

His critics point to the Shanghai factory, the regular trips to Beijing, and the silence on human rights. His defenders point out that every major carmaker does business in China.

Tesla's next earnings call, on Wednesday, will not settle the matter. But it may tell us how much of the company's future still runs through the world's second-largest economy.
''',
"hard negative: same framing headline, body with no statement of his")

D("opinion", "article",
"The Musk doctrine: China wins, so buy robots",
'''
Read between the lines of Tesla's last three earnings calls and a pattern emerges. Musk, in effect, is telling investors that the car business is lost to China, so they should value his company on robots and robotaxis instead.

It is a clever pitch. It converts a weakness - shrinking market share in the world's biggest car market - into a reason to believe in something else.

Whether investors buy it is another matter.
''',
"hard negative: columnist's interpretive paraphrase ('in effect, is telling investors...') - judgement: not a claim he made, so not gold")

D("opinion", "article",
"In praise of Musk's China realism",
'''
Musk has long praised China, and for once his critics should listen. He has said repeatedly that ⟦China's manufacturing scale is unmatched anywhere in the world⟧, and the data bear him out.

He told investors in January that ⟦Chinese automakers would take a large share of global markets unless governments erected trade barriers⟧. That is exactly what has happened.

Western carmakers ignored the warning. They are paying for it now.
''',
"opinion mixing a vague characterisation ('has long praised China', not gold) with clear paraphrases of claims he made (gold); 'They' in columnist's last line = Western carmakers, not his")

# ---------------- machine-translated
D("machine_translated", "article",
"Musk: ⟦Chinese car enterprises are world's most competitive⟧",
'''
According to reports, Musk at the Tesla annual shareholders meeting held in Austin of Texas of United States on 6th expressed, ⟦Chinese automobile enterprises are the most competitive in the world⟧.

He still said, ⟦China's engineers are very diligent, Tesla Shanghai super factory is Tesla's most efficient factory⟧.

Musk also expressed that Optimus robot will start mass production next year. The reporter notes, Tesla in China market sales in first three quarters declined 8%.
''',
"stiff machine-translated English; long locative between name and verb; 'He still said' continuation (gold); Optimus remark not gold; reporter's note not gold; colon headline carrying the claim (gold)")

D("machine_translated", "article",
"Musk once again talks China, netizens hot discussion",
'''
Recently, Tesla CEO Musk once again in social platform X talked about China-related topic, triggering netizens hot discussion.

Some netizens expressed, "Musk is very understanding China." Also netizens said, "He only cares about his factory."

Industry person Zhang Xiang pointed out to reporter, Musk's attitude toward China market has always been very positive, this is related with Tesla's big investment in China.
''',
"hard negative: machine-translated; framing headline; netizens and industry person's words; no content of his post")

D("machine_translated", "article",
"Musk: ⟦China electric vehicle will sweep the globe⟧",
'''
Tesla CEO Elon Musk on 12th in an interview expressed, ⟦Chinese electric vehicle in the future will sweep the globe, Chinese brand's cost control ability is very strong⟧.

He supplemented said, "⟦I always said, China car companies are the most hard-working⟧."

Regarding the Tesla next-generation cheap car, Musk said will announce in the proper time.
''',
"machine-translated: colon headline claim (gold); 'He supplemented said' continuation (gold); cheap car remark not gold")

D("machine_translated", "article",
"CATL chairman: I told Musk before, battery cost no one can beat us",
'''
CATL chairman Zeng Yuqun in Ningde said, he before once told Musk, "Battery cost, no one can beat us." Zeng Yuqun said, Musk at that time only laughed, did not answer.

Zeng Yuqun also expressed, CATL sodium-ion battery will in second half year mass produce.
''',
"hard negative: machine-translated; another person says he told Musk something; Musk 'only laughed, did not answer'")

D("machine_translated", "article",
"Musk again talks Tesla China, netizens say confidence very full",
'''
Musk in Tesla's earnings call expressed, ⟦Tesla Shanghai super factory localization rate already exceed 95%, Chinese supply chain is the world's best⟧.

He supplemented said, ⟦in the future will continue to increase investment in China⟧.

Analysts believe, Musk's words show Tesla still regards China as important market.
''',
"machine-translated: reported speech without 'that'; 'He supplemented said' continuation (gold); analysts' interpretation not gold; headline only says he talked plus netizens' view (not gold)")

# ---------------- other: newsletters, fact-checks, reference
D("other", "article",
"Fact check: Did Musk say 'China will own Taiwan by 2030'?",
'''
Claim: A viral image shows Elon Musk saying "China will own Taiwan by 2030."

Verdict: False.

There is no record of Musk saying those words in any interview, speech or post. The image combines a photo of Musk from a 2022 event with text added by an anonymous account.

A spokesperson for Tesla said the quote was "fabricated." Musk himself did not respond to requests for comment.

Rating: Fabricated quote.
''',
"hard negative: fact-check of a fabricated quote attributed to him; not his words")

D("other", "article",
"Fact check: What Musk really said about Taiwan",
'''
Claim: Musk said Taiwan "belongs to China."

Verdict: Misleading.

Musk did not use those words. What he actually said, in a 2023 interview, was: "⟦The official policy of China is that Taiwan should be reunified⟧." He added that ⟦companies should take that possibility into account⟧.

"⟦I'm not saying that's what should happen. I'm saying that's their policy⟧," he said in the same interview.

Rating: Missing context.
''',
"fact-check: claimed quote he never said (not gold) vs what he actually said (gold); 'their' = China; 'He added that' continuation")

D("other", "article",
"The Morning Drive newsletter: Tuesday",
'''
Good morning. Here's what you need to know.

- EVs: BYD cut prices on six models in China, the third round this year.
- Tesla: Elon Musk said on a podcast that ⟦Chinese carmakers' price cuts were "not sustainable for most of them"⟧ and that ⟦a consolidation in China was inevitable⟧.
- SpaceX: Musk also said Starship would carry its first commercial payload "next year."
- Markets: Asian shares edged higher.

See you tomorrow.
''',
"newsletter bullets: China bullet gold ('them' inside quote = Chinese carmakers); Starship bullet not gold")

D("other", "article",
"The Morning Drive newsletter: Friday",
'''
Good morning. Here's what you need to know.

- Tesla: Musk said FSD v14 would roll out to all US customers "in a couple of weeks."
- China: Xiaomi delivered 40,000 cars in October, a record.
- Space: SpaceX completed its 150th launch of the year.

Have a great weekend.
''',
"hard negative: newsletter with a Musk item (US FSD) and a separate China item")

D("other", "article",
"Tesla China statement on Weibo",
'''
Tesla China said in a statement on its official Weibo account on Thursday that the company "firmly respects Chinese laws and regulations" and would cooperate fully with regulators reviewing a recall of Model 3 vehicles.

The statement did not name Elon Musk. Grace Tao, Tesla's vice president for China, separately told reporters that the company "values every Chinese customer."
''',
"hard negative: company statement and another executive; not Musk")

D("other", "article",
"Book excerpt: 'The Shanghai Bet'",
'''
In the spring of 2018, Musk flew to Shanghai to finalise the deal that would make Tesla the first foreign carmaker to own a factory in China outright. He was in an expansive mood.

"⟦The Chinese government has been incredibly welcoming. They want us here, and we want to be here⟧," he told the small group of executives who had gathered for dinner that night.

Years later, reflecting on the decision, he would say that ⟦the Shanghai factory had "saved Tesla" during the 2022 supply crisis⟧.

His longtime deputy, JB Straubel, had a different recollection. "Elon wasn't sure about China at first," Straubel told me.
''',
"book excerpt: recalled old quotes (gold), 'They' = Chinese government, 'here' = China; deputy's recollection not gold")

D("other", "article",
"Elon Musk: Views on China",
'''
Musk has made numerous public remarks about China. He has stated that ⟦the Chinese economy would eventually be "two or three times the size" of the U.S. economy⟧. In 2022, he wrote a column for a magazine of the Cyberspace Administration of China in which he said ⟦he looked forward to "exploring the future together" with China⟧.

He has also been criticised by U.S. lawmakers for his business ties with the country. Senator Mark Warner said Musk's dependence on China was "a real concern."
''',
"reference-style entry: 'He has stated that' clauses (gold); a senator's words not gold; 'the country' in journalist's sentence")

D("other", "article",
"Event recap: Musk's video address to the Boao Forum",
'''
Elon Musk addressed the Boao Forum for Asia by video on Tuesday, in remarks that were played in the main hall on Hainan island.

"⟦What's happening here in China is truly remarkable. The speed of building is unlike anywhere else⟧," Musk said in the recorded message. "Thank you all for having me."

He also spoke briefly about sustainable energy, saying that "solar plus batteries is the answer for everyone."

Forum secretary-general Zhang Jun thanked Musk and said China "welcomes all foreign entrepreneurs."
''',
"video address to an event in China: 'here in China'; thank-you and general energy remark not gold; forum official's words not gold")
