from common import D

D(81, "machine_translated", "article",
  "Musk: ⟦China new energy vehicle development speed makes people admire⟧",
  """According to Sina Finance report, on the 18th, Tesla CEO Elon Musk in a video connection with the forum expressed that ⟦China's new energy vehicle industry development is very rapid, and the level of Chinese enterprises in intelligent driving has already reached world first-class⟧.

Musk expressed that, ⟦Tesla will continue to increase investment in China, the Shanghai Gigafactory is an important part of Tesla global layout⟧.

It is understood that, since the Shanghai Gigafactory put into production, cumulative delivery has exceeded 3 million vehicles. Industry insiders believe that, the localization rate of parts has exceeded 95%.

Musk also talked about SpaceX Starship, said that next flight test "will be very exciting.\"""",
  "machine-translated: 'Musk expressed that ...' clauses gold; industry insiders not gold; Starship not gold; stiff 'Musk: claim' headline gold")

D(82, "machine_translated", "article",
  "Musk said frankly: ⟦Chinese engineers are very diligent⟧",
  """Recently, Musk in an interview with overseas media said frankly: "⟦Chinese engineers are very hardworking, they often work until late night, this spirit is worth to learn⟧."

He also said, ⟦Tesla Shanghai factory's engineers team solved many problems that American factory could not solve⟧.

Regarding whether Tesla will build the second factory in China, Musk did not give clear answer.

Netizens commented: "Even Musk admits China's engineers are strong." Some netizens said, this is only commercial politeness.""",
  "machine-translated: 'said frankly' quote gold; 'He also said' continuation gold; 'did not give clear answer' not a statement; netizens' comments with Musk as object not gold")

D(83, "machine_translated", "article",
  "Premier Li Qiang meets Tesla CEO Musk",
  """Xinhua News Agency, Beijing, April 28 -- Premier of the State Council Li Qiang on 28th afternoon met in Beijing with the Tesla company CEO Musk.

Li Qiang expressed that, Tesla's development in China can be called a successful example of China-US economic and trade cooperation. China's super-large-scale market will always be open to foreign enterprises. It is hoped that the US side will provide fair, just and non-discriminatory environment for Chinese enterprises.

Both sides exchanged views on deepening cooperation in fields of new energy vehicles and artificial intelligence.

Wu Zhenglong participated in the meeting.""",
  "hard negative machine-translated readout: Chinese premier 'expressed that'; 'both sides exchanged views' describes an action, no Musk claim")

D(84, "machine_translated", "article",
  "Musk: ⟦Shanghai Gigafactory output will increase again⟧",
  """Musk at the annual shareholders meeting held in Austin city of Texas state of USA on 6th local time in the afternoon, in answering the question of a shareholder from China, expressed that, ⟦the Shanghai Gigafactory next year output will increase again, China market remains Tesla's most important market outside of USA⟧.

At the same meeting, Musk also expressed that Optimus robot will begin small batch production next year, and said the price "is maybe 20,000 to 30,000 US dollars."

Regarding the question whether Tesla will cooperate with Chinese automobile enterprises on autonomous driving, Musk expressed, ⟦Tesla is open to license FSD to Chinese car companies, if they have interest⟧.

Analysts pointed out, this is the first time Musk publicly mentioned licensing to Chinese car enterprises.""",
  "subject and speech verb far apart (long locative/time phrase); 'Musk: claim' headline gold; Optimus price not gold; analysts not gold")

D(85, "machine_translated", "article",
  "Musk again talks about China",
  """Recently, Musk again attracted attention. In one interview, he talked about Mars immigration plan, said that "humanity must become multi-planet species, otherwise will face extinction."

Musk also expressed that, artificial intelligence will surpass human intelligence "maybe next year," and called on governments of every country to strengthen regulation.

Regarding Chinese market, Tesla China related person in charge said, company currently operates normally, the new Model Y order situation is good.

Many netizens left messages: "Musk, when come to China again?" "Welcome Musk!\"""",
  "hard negative framing headline ('again talks about China' = 马斯克再谈中国) over a body with no China statement of his: Mars and AI only; Tesla China staff and netizens speak")

D(86, "machine_translated", "article",
  "Musk again talks about China: ⟦Chinese team is the best⟧",
  """On 10th, Musk in social platform X published post, again talked about China. He wrote: "⟦The Tesla China team is the best in the world. Very proud of them⟧."

This post was published after Tesla announced Shanghai factory realized the 4 millionth vehicle rolled off the production line.

Musk further expressed that, ⟦the Chinese market "is very competitive, but this is good thing."⟧

Reporter noticed, this is since this year, Musk the third time publicly praised Chinese team.""",
  "framing headline over a body that DOES contain his China quotes (gold); headline's claim 'Chinese team is the best' also gold; reporter's note not gold")

D(87, "machine_translated", "article",
  "CATL Zeng Yuqun: I told Musk, battery cost still can decrease",
  """On 22nd, CATL chairman Zeng Yuqun at a forum expressed that, he once told Musk that lithium iron phosphate battery cost still have large space to decrease, "at that time he did not quite believe."

Zeng Yuqun said, now Tesla many models already use CATL's battery, facts proved that Chinese battery is reliable.

Regarding the cooperation with Tesla in future, Zeng Yuqun expressed that, both sides will continue deep cooperation in energy storage and other fields.

Tesla side did not make response to this.""",
  "hard negative machine-translated: Chinese CEO says what he told Musk and what Musk believed; no Musk words")

D(88, "machine_translated", "article",
  "Musk: ⟦Chinese car companies are most competitive in the world⟧",
  """Regarding Chinese automobile enterprises, Musk on earnings conference call expressed that: "⟦They are most competitive in the world. They work very hard, and also very smart⟧."

Musk continued to say, ⟦if there is no trade barrier, they will demolish most of the other car companies in the world⟧.

This is not the first time Musk praised Chinese car companies. But some foreign media pointed out, Musk this remarks is in order to lobby US government to not impose high tariff.

Regarding Tesla's own, Musk expressed that the unsupervised full self-driving will be launched in Austin "in June," Optimus will be produced thousands of units.""",
  "machine-translated 'they' chain to Chinese car companies gold incl. 'continued to say' continuation; headline claim gold; foreign media interpretation not gold; Austin/Optimus not gold")

D(89, "machine_translated", "article",
  "Tesla China responds to Model 3 recall",
  """On 14th, Tesla China made response to the recall of part of the imported Model 3 vehicles. Tesla China expressed that, the recall involves 8,000 vehicles, the company will free of charge for customers to replace relevant parts.

It is reported that, Tesla CEO Musk has visited China many times, and in 2023 met with Minister of Commerce Wang Wentao.

Industry analysts said, Tesla attaches great importance to Chinese consumers, the recall shows responsibility attitude.

Musk did not post on X about the recall.""",
  "hard negative: company statement (Tesla China) not Musk; Musk's past visits and meeting are actions; analysts not gold")

D(90, "machine_translated", "article",
  "Musk: ⟦Taiwan question, best not to have conflict⟧",
  """According to Hong Kong media report, Musk in an interview expressed regarding Taiwan question that, ⟦mainland and Taiwan "should find a way that both can accept," any conflict "will be very bad for the whole world."⟧

Musk rhetorical asked: "⟦If there is war in the Taiwan Strait, who will be the winner? No one⟧."

Taiwan side Mainland Affairs Council then responded that, Musk's remarks "do not understand the situation."

Musk also talked about Starlink, said next generation Starlink satellites "will launch next year.\"""",
  "machine-translated Taiwan/mainland: reported clause with quoted fragments gold; rhetorical question gold; Mainland Affairs Council reply not gold; Starlink launch date not gold")
