from common import D

D(26, "qa_interview", "article",
  "Elon Musk on cheap EVs, Mars and the competition: an interview",
  """The Tesla and SpaceX chief spoke to us by phone from Starbase, Texas. The conversation has been edited for length and clarity.

Q: Chinese EV makers are now selling well-equipped cars for under $15,000. Can Tesla compete at that price?

A: ⟦They are extremely competitive, probably the most competitive companies in the world. They work incredibly hard and they're very smart⟧. ⟦We're not going to win a pure price war with them, and we're not trying to⟧.

Q: Separate question. What is the single most important thing for Tesla this year?

A: Autonomy. A car that can drive itself is worth five times more than one that can't. That's the whole game.

Q: Let's talk about Mars. You said the first crewed landing could come in 2029. Is that still realistic?

A: It's possible. I'd say 2031 is more likely. We need to get orbital refilling working first, and that's hard.

Q: Last one. Do you still sleep at the factory?

A: Less than I used to. [Laughs] My kids complain.""",
  "interviewer names China, Musk's answer uses only 'they/them' and clearly answers the China question (gold); 'Autonomy...' answer to a non-China question not gold; Mars and family answers not gold")

D(27, "qa_interview", "article",
  "Q&A: Musk on Ford, CATL and whether Detroit can catch up",
  """We sat down with Elon Musk at the Petersen Automotive Museum in Los Angeles after Tesla's product event. Edited excerpts follow.

Q: Ford has licensed battery technology from CATL for its Michigan plant. Jim Farley says it's the only way to make affordable EVs in America. Is he right?

A: Jim's a good guy, I like Jim. Ford has been slow on software, and they know it. They're working hard to fix it, but it's a long road.

Q: Is Detroit finished?

A: No, I don't think so. GM and Ford have great brands. They need to move faster on the electrical architecture, that's all.

Q: You've criticised NASA in the past. How is the relationship now?

A: It's good. They've got great people. The bureaucracy is the problem, not the people.""",
  "hard negative: China (CATL) named in a question but Musk's 'they' chains refer to Ford, Detroit carmakers and NASA, not the Chinese company")

D(28, "qa_interview", "article",
  "'I think it's a mistake': Musk on TikTok, Taiwan and free speech",
  """This interview took place on the sidelines of the Qatar Economic Forum and has been condensed.

Q: The U.S. has forced ByteDance to sell TikTok's American business. You once opposed a ban. Where are you now?

A (Musk): I've always been against bans in general, that's a free-speech thing. ⟦But whether the Chinese government can get at the data is a legitimate question, and the sale probably solves it⟧.

Q: Taiwan's leaders say your earlier comments on the island were unhelpful. Any regrets?

A (Musk): ⟦My view is that Beijing wants reunification and Taiwan wants to stay as it is, and the best outcome is that nobody does anything rash. Any war there would be a disaster for everyone⟧.

Q: And on X, are you worried about foreign influence operations?

A (Musk): We catch a lot of bot networks. We're pretty good at it now, but it's an arms race.""",
  "Q/A (Musk) format: TikTok answer mixes free-speech point (not gold) and Chinese government data point (gold); Taiwan answer gold; X bots answer not gold")

D(29, "qa_interview", "article",
  "Musk tells CNBC ⟦Tesla is not too dependent on China⟧",
  """Tesla CEO Elon Musk was asked on Tuesday about his carmaker's reliance on China in a wide-ranging interview with CNBC's David Faber at the company's Austin headquarters.

Faber asked whether Musk was worried that Beijing could use Tesla's Shanghai factory as leverage over him.

"No," Musk said. "⟦China is about a fifth of our sales, and the Shanghai factory makes money. That's not dependence, that's a good business⟧."

Faber then asked about Musk's political spending. Musk said he would spend "a lot less" on the next elections, adding, "I think I've done my part."

Asked whether he would step down as chief executive, he said: "Only if I'm dead."

Faber noted that Tesla's China sales had fallen 15% in the first half. Musk did not respond directly, saying instead that "⟦China will come back when the new models arrive⟧.\"""",
  "claim-carrying headline gold; interview write-up: interviewer's China question not gold; Musk's bare 'No' is not an entry but the following quote is gold; politics and CEO-tenure answers not gold; reported clause with quoted words gold")

D(30, "qa_interview", "article",
  "NIO's William Li: 'Elon asked more questions than anyone'",
  """NIO founder William Li has rarely spoken about his encounters with Elon Musk. In this interview in Shanghai, he did.

Q: Elon Musk visited your battery-swap station in Hefei last year. What did you talk about?

A: He asked a lot of questions about battery swapping. I think he was impressed by how fast it is - three minutes. He asked more questions than anyone I have met.

Q: Did he say Tesla would adopt swapping?

A: You should ask him. I think Tesla prefers charging. That is their choice.

Q: Do you see Tesla as a rival or a partner?

A: Both. Tesla educated the Chinese market. Without Tesla, maybe Chinese consumers would have waited five more years to buy EVs.

Q: Some say NIO has fallen behind Xiaomi and Li Auto.

A: We have our own rhythm. Our new brand, Onvo, is growing fast.""",
  "hard negative: Chinese founder speaks about Musk; Musk's questions are only described ('he asked'), no claim of his reported")

D(31, "qa_interview", "article",
  "Musk: ⟦Chinese regulators are 'pragmatic'⟧, the SEC is not",
  """In a rare long-form interview with The Wall Street Journal's editor-in-chief, Elon Musk compared his dealings with regulators on three continents. Excerpts:

WSJ: How do you deal with Beijing's regulators?

Musk: ⟦Honestly, they've been very pragmatic. They tell you what the rules are and then they stick to them⟧. That's more than I can say for some places.

WSJ: Meaning the SEC?

Musk: The SEC has been harassing me for years. They have a vendetta, and they keep losing.

WSJ: And Europe?

Musk: The EU is slow. They mean well, but they regulate first and ask questions later.

WSJ: You've said Tesla would get full self-driving approved in China this year. Do you still believe that?

Musk: ⟦I think we'll get it. The Chinese government has been clear about what they need on data, and we've built it⟧.""",
  "labelled Q&A: interviewer's paraphrase of his FSD claim is a question (not gold); 'they' chain to Beijing's regulators gold; 'they' to SEC and EU not gold; claim-carrying headline: China half gold, SEC half not")

D(32, "qa_interview", "article",
  "Five questions for Elon Musk",
  """Q: Your Shanghai plant turned five this year. What's next for Tesla in China?

A: Look, the big thing for Tesla this year is autonomy. We'll have unsupervised FSD in Austin by June, and then we expand city by city across the U.S.

Q: How many Optimus robots will you make this year?

A: A few thousand, if all goes well.

Q: Is xAI going to merge with Tesla?

A: No plans for that.

Q: What do you make of Chinese humanoid robot makers like Unitree?

A: I'd rather not comment on other companies today.

Q: What keeps you up at night?

A: Honestly? Getting Starship to orbit reliably.""",
  "hard negative: interviewer twice names China, but Musk deflects - answers about Austin, and a refusal to comment; neither carries a claim about China")

D(33, "qa_interview", "article",
  "Musk unfiltered: on critics, cars and China",
  """Our conversation lasted three hours and ranged from his childhood in Pretoria to his latest fights online.

Q: Critics say you are too friendly with the Chinese Communist Party.

Musk: ⟦What do they want me to do, not sell cars in the world's biggest car market? That would be insane⟧.

Q: Some would say that's the point. Is there a line you wouldn't cross for access to that market?

Musk: ⟦Of course. If China asked us to do something unethical, we'd leave. They haven't⟧.

Q: Let's change the subject. You have fourteen children.

Musk: I think it's fourteen. [Laughs] Population collapse is the biggest danger to civilisation, much bigger than climate change.

Q: Your mother says you were a lonely kid.

Musk: She's right. Books were my friends.""",
  "rhetorical question referring to China via 'the world's biggest car market' (gold); 'they' in first answer refers to critics but the statement is about selling in China; conditional claim about China gold; population and childhood not gold")
