from common import d, mkvtt

# ---------------- QA INTERVIEW ----------------
d("qa_interview", "article",
  "Elon Musk on China, cheap cars and why Shanghai works: the full interview",
  """In a rare sit-down interview at the Tesla Gigafactory in Shanghai, the Tesla CEO spoke with our correspondent about competition, supply chains and the company's future in the world's largest car market. The conversation has been edited for length and clarity.

Q: Tesla's market share in China has been falling for two years. Are you losing?

A (Musk): We're not losing, but the market is brutal. China has more than a hundred EV brands, and most of them are losing money. There will be a big consolidation, and I think maybe five or ten survive.

Q: Why build so much here?

A (Musk): Because the supply chain is here. Within a couple of hours' drive of this plant you can get basically every part of a car. That doesn't exist anywhere else in the world.

Q: What about the Cybertruck? Will it ever come to China?

A (Musk): It's a big truck. We'll see. Right now we're focused on getting production efficiency up in Austin.

Q: Last question. Do Chinese engineers work harder than Americans?

A (Musk): The work ethic here is extraordinary. People are really hungry to win.""",
  ["We're not losing, but the market is brutal. China has more than a hundred EV brands, and most of them are losing money. There will be a big consolidation, and I think maybe five or ten survive.",
   "Because the supply chain is here. Within a couple of hours' drive of this plant you can get basically every part of a car. That doesn't exist anywhere else in the world.",
   "The work ethic here is extraordinary. People are really hungry to win."],
  "Q&A format 'A (Musk):'; 'here' refers to Shanghai/China via context; Cybertruck answer not gold; interviewer questions not gold")

d("qa_interview", "article",
  "Musk: 'The next Starship will carry real payload'",
  """Elon Musk spoke with us by phone from Starbase, Texas. This transcript has been lightly edited.

Q: Your Shanghai factory just built its three-millionth car and Chinese rivals are cutting prices again. But let's start with space. When does Starship carry a real satellite?

Musk: Probably on the next flight or the one after. We'll deploy a batch of V3 Starlink satellites, the big ones, which only Starship can carry.

Q: And Mars?

Musk: The window opens at the end of next year. I'd say fifty-fifty that we send uncrewed ships in that window.

Q: Some people say you are spread too thin.

Musk: People have been saying that for twenty years. I work a lot of hours. That's the answer.""",
  [],
  "interviewer's question mentions China; all Musk answers about rockets/Mars/work")

d("qa_interview", "article",
  "'AI will be everywhere': Elon Musk talks Grok, chips and rivals",
  """The xAI founder sat down with our technology editor in Palo Alto. Excerpts:

What keeps you up at night about AI?

Musk: Honestly, that it goes wrong in a way that's hard to reverse. I think the chance of a bad outcome is maybe ten to twenty percent.

Is DeepSeek a threat to Grok?

Musk: DeepSeek is a very capable team. The Chinese labs are maybe six months behind the frontier, not more, and they're doing it with far fewer chips. People in the West underestimate them.

Will export controls on Nvidia chips to China hold?

Musk: I think the controls slow them down a bit, but they'll build their own chips. Huawei is already doing it. It's a matter of time.

When will Grok 5 be out?

Musk: End of the year, maybe a bit later.""",
  ["DeepSeek is a very capable team. The Chinese labs are maybe six months behind the frontier, not more, and they're doing it with far fewer chips. People in the West underestimate them.",
   "I think the controls slow them down a bit, but they'll build their own chips. Huawei is already doing it. It's a matter of time."],
  "Q&A with questions unlabeled; pronoun 'them' -> China via question; non-China AI risk and Grok date answers not gold")

d("qa_interview", "article",
  "NIO's William Li: 'Musk told us we would be dead in two years'",
  """William Li, founder and chief executive of Chinese electric carmaker NIO, spoke to us at the company's headquarters in Shanghai.

Q: You have said that Elon Musk once dismissed NIO. What happened?

Li: At a dinner in 2018, Musk told a group of us that most Chinese EV start-ups would be dead in two years. I remember it very clearly. Well, we are still here.

Q: Do you think he respects Chinese carmakers now?

Li: I think he does. He says now that Chinese companies are the most competitive, and I would agree with him. But he used to say something different.

Q: Would you ever partner with Tesla?

Li: On battery swapping, yes, we are open to that. We have offered it to everyone.""",
  [],
  "rival CEO quoting Musk back; interviewer's question paraphrasing him; Li's paraphrase of Musk not gold")

d("qa_interview", "article",
  "Elon Musk on Taiwan, chips and the risk of war",
  """In a wide-ranging conversation with a financial newspaper, Elon Musk was asked about geopolitics, semiconductors and his businesses. Selected exchanges:

Q: You have business interests in China and you depend on Taiwanese chips. How do you think about the risk of conflict?

Elon Musk: I think it's the biggest geopolitical risk in the world right now. If there were a conflict over Taiwan, it would be a disaster for every company that makes anything electronic, not just Tesla.

Q: What should Taipei and Beijing do?

Elon Musk: My recommendation would be to figure out a special administrative zone for Taiwan that is reasonably palatable. It's possible, and I think probably more palatable than Hong Kong, but both sides have to want it.

Q: Is Tesla prepared for supply disruption?

Elon Musk: We're building more chip supply in Arizona and Texas. That helps, but it won't be fully diversified for several years.""",
  ["I think it's the biggest geopolitical risk in the world right now. If there were a conflict over Taiwan, it would be a disaster for every company that makes anything electronic, not just Tesla.",
   "My recommendation would be to figure out a special administrative zone for Taiwan that is reasonably palatable. It's possible, and I think probably more palatable than Hong Kong, but both sides have to want it."],
  "Taiwan/Hong Kong in relation to China; 'it' refers to cross-strait conflict via question; Arizona/Texas chip answer not gold")

d("qa_interview", "article",
  "Kimbal Musk: 'China taught me how to run a kitchen'",
  """Kimbal Musk, the restaurateur and Tesla board member, talks to us about food, family and his new venture in Shanghai.

Q: Why open in China now?

Kimbal Musk: Because it's the most exciting food market in the world. Chinese diners try everything, and they're incredibly demanding.

Q: Does your brother give you business advice?

Kimbal Musk: Elon gives everyone advice. Mostly about rockets. We don't talk about restaurants much.

Q: Will you expand beyond Shanghai?

Kimbal Musk: Shenzhen next, then probably Chengdu. The spice there is something else.""",
  [],
  "Musk-like name (Kimbal Musk) speaking about China; 'Elon' mentioned only as object")

d("qa_interview", "article",
  "Q&A: Musk says a China slowdown 'would hurt everyone', hedges on tariffs",
  """Tesla's chief executive answered questions from investors at a closed-door conference in New York. Below is an edited excerpt provided by the organisers.

Q: How exposed is Tesla to a slowdown in China?

A (Musk): If China's economy slows sharply, it would hurt everyone, not just us. We sell a lot of cars there and we buy a lot of parts there. I don't think it's going to happen, but you never know.

Q: Would you support lower U.S. tariffs on Chinese goods?

A (Musk): Maybe, if the other side lowers theirs too. I'm generally in favour of free trade, but it has to be reciprocal, and right now it's not.

Q: How about interest rates?

A (Musk): The Fed should have cut earlier. High rates make cars expensive for everyone.""",
  ["If China's economy slows sharply, it would hurt everyone, not just us. We sell a lot of cars there and we buy a lot of parts there. I don't think it's going to happen, but you never know.",
   "Maybe, if the other side lowers theirs too. I'm generally in favour of free trade, but it has to be reciprocal, and right now it's not."],
  "conditional/hedged claims; 'the other side' referring to China via question; Fed answer not gold")

d("qa_interview", "article",
  "Musk on the grid: 'We need to double U.S. electricity output'",
  """The Tesla and SpaceX boss spoke at an energy summit in Houston. Edited excerpts follow.

Q: China added more solar capacity last year than the U.S. has in total. Chinese panels are cheap. Shouldn't America just buy them?

Musk: The real bottleneck in America is permitting and transmission lines. You can have all the panels you want, but if you can't connect them to the grid, they're useless.

Q: How much new power does the U.S. need?

Musk: Roughly double what we have now, over the next fifteen years, mostly because of AI and electric vehicles.

Q: Will Tesla Energy build more Megapack factories?

Musk: Yes. Houston is next. We'll announce the details soon.""",
  [],
  "interviewer's China question answered with US-only energy remarks ('them' = panels, not China)")

# ---------------- OPINION ----------------
d("opinion", "article",
  "Opinion: Musk's China gamble is paying off - for now",
  """Elon Musk has long courted Beijing, and for most of the last decade the courtship looked one-sided in his favour. China gave Tesla something no foreign carmaker had received before: a wholly owned factory, cheap loans from state banks and land in Shanghai's Lingang zone.

Musk, for his part, has been careful. He rarely comments on Chinese politics, and when he does, it is usually in praise. At an event last year he said China's government was "very responsive to what businesses need", a line that won him applause in Beijing and scorn in Washington.

That balance is getting harder to strike. Tesla's share of China's EV market has fallen below 7%, and the company now competes against local champions with the full backing of the state.

There is also the question of his political role in the U.S. It is hard to advise a president who wants tariffs on Chinese goods while relying on Chinese factories for half your output.

Musk's bet was that he could stay above the fray. The next two years will show whether he was right.""",
  ["China's government was \"very responsive to what businesses need\""],
  "opinion with heavy journalist analysis (not gold) and one embedded reported statement (gold)")

d("opinion", "article",
  "Column: The free-speech absolutist and the missing word",
  """When Elon Musk bought Twitter, he promised a platform where any lawful speech would be allowed. "Free speech is the bedrock of a functioning democracy," he wrote at the time.

Critics have pointed out the gaps. The platform has complied with government takedown requests in Turkey and India. Human rights groups say accounts critical of Beijing have been throttled, though the company denies it.

What is striking is how rarely Musk himself addresses China in this debate. He posts prolifically about censorship in Brazil, Britain and the European Union. He has much less to say about the country where his car company builds half its vehicles.

Perhaps that is prudence. Perhaps it is business. Either way, the silence speaks louder than any post.""",
  [],
  "opinion: columnist's analysis about Musk and China; his only quote is about free speech generally")

d("opinion", "article",
  "Why Musk was right about China in 2019 - and wrong about everything else",
  """In 2019, as bulldozers were still clearing the ground in Lingang, Elon Musk made a prediction that many dismissed as salesmanship. "China will be the biggest market for electric cars by far, and the Chinese car industry will be one of the strongest in the world," he told a crowd at the groundbreaking.

He was right on both counts. China now buys more than half of the world's electric cars, and its carmakers export more vehicles than Japan's.

He was less right about other things. Full self-driving was supposed to arrive in 2020. The Semi was supposed to be in volume production in 2019. The Roadster is still not here.

But on China, the record speaks for itself. Years later, Musk repeated the point in a post on X: "I said it years ago. Chinese carmakers are the toughest competitors." That one he can take to the bank.""",
  ["China will be the biggest market for electric cars by far, and the Chinese car industry will be one of the strongest in the world",
   "I said it years ago. Chinese carmakers are the toughest competitors."],
  "recalled quote from years ago; columnist's list of non-China predictions (not his words) not gold")

d("opinion", "article",
  "Musk would have you believe China is a partner. It isn't.",
  """Listening to Elon Musk, you might conclude that China is simply a fast-growing market full of hard-working engineers. That is the picture his admirers paint, and it is convenient for a man whose company depends on a factory in Shanghai.

The reality is messier. Beijing subsidises its carmakers heavily, restricts data flows and can squeeze any foreign company at will. Tesla's own cars were banned from some government compounds in 2021.

Musk's defenders argue that engagement is better than isolation. Perhaps. But it is worth noticing which topics the world's loudest poster avoids.

The West needs a China policy built on clear eyes, not on the commercial interests of its richest man.""",
  [],
  "columnist paraphrasing Musk critically/hypothetically; no statement of his")

d("opinion", "article",
  "The sarcasm that launched a thousand replies",
  """Some of Elon Musk's most revealing comments come in the form of a joke. Last week, a prominent commentator posted that Chinese carmakers only succeed because of cheap labour and state money. Musk replied within minutes.

"Sure, because Chinese engineers are famous for being lazy," he wrote.

The reply was viewed more than 40 million times. In a follow-up post, he was more direct: "Their factories are more automated than most in America. Cheap labour is not the reason."

Whatever one thinks of Musk, he has been remarkably consistent on this point. Other Western executives talk about Chinese competition in euphemisms. He does not.""",
  ["Sure, because Chinese engineers are famous for being lazy",
   "Their factories are more automated than most in America. Cheap labour is not the reason."],
  "sarcasm as statement; follow-up with 'their' referring to Chinese carmakers; columnist's framing not gold")

d("opinion", "article",
  "Musk and China: the debate goes on",
  """Few relationships in global business attract as much speculation as the one between Elon Musk and China. Depending on whom you ask, he is either a pragmatic industrialist or a useful friend for Beijing.

His supporters point to the Shanghai factory, which has trained thousands of workers and turned Tesla into a profitable company. His detractors point to his silence on human rights and his growing role in U.S. politics.

Both camps are missing something. The relationship is transactional, and it has always been so. China needed a catalyst for its EV industry; Tesla needed cheap, fast production.

Now that China's own carmakers have caught up, the transaction may be coming to an end. Neither side has said so publicly. But the numbers suggest it.""",
  [],
  "framing headline over opinion body with no statement of his")

d("opinion", "article",
  "Who makes the world's batteries? Musk's question deserves an answer",
  """At a conference in Washington last month, Elon Musk posed a question that hung in the air. "Who do you think makes most of the world's batteries? It's China. Most of the solar panels? China. Most of the refining? Also China," he said.

It was a rhetorical question, but a useful one. American policymakers have spent billions on subsidies and still import most of their battery cells from Asia.

Musk went on to say that the U.S. "should not be complacent" and that it would take "at least a decade" to build a supply chain at home that could match China's.

Of course, Musk has his own interests here. Tesla buys cells from CATL and has licensed some of its technology. But on the basic facts, he is right, and Washington should listen.""",
  ["Who do you think makes most of the world's batteries? It's China. Most of the solar panels? China. Most of the refining? Also China",
   "the U.S. \"should not be complacent\" and that it would take \"at least a decade\" to build a supply chain at home that could match China's"],
  "rhetorical question; 'went on to say' continuation comparing with China; columnist endorsement not gold")
