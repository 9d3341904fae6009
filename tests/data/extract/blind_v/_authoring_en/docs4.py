from common import d

# 61
d("wire", "article",
  "Musk criticises EU duties on Chinese electric cars",
  """
BERLIN, July 5 (Reuters) - Tesla CEO Elon Musk on Friday criticised the European Union's decision to impose extra tariffs on electric vehicles imported from China, even though Tesla's own Shanghai-built cars face a lower rate than most Chinese brands.

"Tariffs on Chinese EVs are a mistake. Europe's consumers will pay more and its carmakers will get lazier," Musk said in a brief interview at the Gruenheide plant near Berlin, where he was visiting to mark the factory's fifth year of production.

He added that Beijing was likely to respond "in a measured way, not in a way that hurts anyone too badly".

Asked about Gruenheide's expansion plans, Musk said the plant would add a second shift for the Model Y "as soon as demand justifies it".

The European Commission has said the duties are needed to counter unfair subsidies. China's commerce ministry has called them protectionist.
""",
  ["Tariffs on Chinese EVs are a mistake. Europe's consumers will pay more and its carmakers will get lazier",
   "Beijing was likely to respond \"in a measured way, not in a way that hurts anyone too badly\""],
  "tariffs on China; Gruenheide expansion remark in same story not gold; Commission's and ministry's statements not gold")

# 62
d("wire", "article",
  "China's rare-earth curbs hit humanoid robot makers",
  """
BEIJING/SAN FRANCISCO, June 12 (Reuters) - China's new export licensing rules for rare-earth magnets are delaying deliveries to robot makers in the United States and Europe, according to three industry executives.

Tesla, which uses the magnets in the actuators of its Optimus humanoid robot, disclosed in a filing that it had applied for licences and that "timing of approvals is uncertain".

Elon Musk said on Wednesday that Optimus version 3 would be unveiled in the first quarter of next year, without addressing the supply question. "It will look like a person in a robot suit, that's how good it is," he wrote on X.

"Everyone is scrambling," said the chief executive of a Boston-based robotics start-up. "The Chinese government holds all the cards on magnets."

China's commerce ministry said the licensing regime complied with international norms.
""",
  [],
  "article about Chinese export controls; Tesla filing (company, not Musk) and executives' words not gold; his Optimus date statement not about China")

# 63
d("aggregator_headline", "article",
  "Elon Musk says Chinese government has been 'very supportive' of Tesla's Shanghai plant - The Economic Times",
  "",
  ["Chinese government has been 'very supportive' of Tesla's Shanghai plant"],
  "aggregator title; claim without publisher suffix")

# 64
d("aggregator_headline", "article",
  "Elon Musk to visit China as Tesla sales slump, sources say - Reuters",
  """
Tesla CEO Elon Musk is planning a trip to China next week, two people familiar with the matter said, as the company seeks to revive demand in its second-largest market.
""",
  [],
  "sources describe a planned visit; nothing he said")

# 65
d("aggregator_headline", "article",
  "Tesla's Musk says he takes his hat off to Chinese carmakers - Bloomberg",
  "",
  ["he takes his hat off to Chinese carmakers"],
  "aggregator title with reported-speech claim in third person")

# 66
d("short_summary", "article",
  "Musk says US and China will strike trade deal 'soon'",
  """
The billionaire said Beijing's response to Washington's latest tariffs had been "measured" and predicted the two sides would reach an agreement before the end of the year.
""",
  ["US and China will strike trade deal 'soon'",
   "Beijing's response to Washington's latest tariffs had been \"measured\"",
   "the two sides would reach an agreement before the end of the year"],
  "short summary; 'the billionaire'; 'predicted' as speech verb")

# 67
d("short_summary", "article",
  "Tesla China exports jump in April",
  """
Tesla's Shanghai plant exported more than 30,000 cars in April, the China Passenger Car Association said on Tuesday.
""",
  [],
  "plain China news summary, no statement by Musk")

# 68
d("machine_translated", "article",
  "Musk Talk About Chinese Car Enterprises Again: They Are Most Hardworking",
  """
Beijing time 14th morning, Tesla CEO Musk in American Texas State Austin City Giga Factory held 2025 annual shareholders meeting on expressed, Chinese car enterprises are the most hardworking car enterprises in the world, Tesla must continue to lower cost to keep leading position.

Musk said: "I have great respect for Chinese car companies. They work harder than anyone, they are smart, and they are fast."

In the meeting, Musk also introduced the progress of Optimus robot, said the robot will become "the biggest product in history".

Data shows, in first half of this year, Tesla in China market sold about 260,000 vehicles, same period decreased 5%.
""",
  ["They Are Most Hardworking",
   "Chinese car enterprises are the most hardworking car enterprises in the world, Tesla must continue to lower cost to keep leading position",
   "I have great respect for Chinese car companies. They work harder than anyone, they are smart, and they are fast."],
  "machine-translated; long locative phrase between name and verb; title claim after colon with pronoun; Optimus remark not gold")

# 69
d("machine_translated", "article",
  "Economist: Musk's Judgment On AI Is Correct, China Should Increase Investment",
  """
Recently, well-known economist Professor Wang in one forum expressed, Musk's judgment about artificial intelligence is "completely correct", our country should increase investment in computing power and energy.

Before this, Musk on social platform X said, "AI will be smarter than any single human by next year, and smarter than all humans combined by 2030."

Professor Wang thinks, China has advantage in electricity and manufacturing, but in high-end chips still have gap. "We cannot only look at Musk said what, we must look at our own situation," he said.

Netizens discussed heatedly. Some netizens said, "Musk is always right", also some said "he is too exaggerate."
""",
  [],
  "translated article: economist's China claims not gold; Musk's AI quote is not about China")

# 70
d("qa_interview", "article",
  "Elon Musk on Chinese brands, German carmakers and politics",
  """
The Tesla chief spoke to us at the Gruenheide factory outside Berlin. The interview was conducted in English and has been edited.

Q: Mr. Musk, Chinese brands are arriving in Europe in large numbers. Should Germany be worried?

A: Germany should worry, yes, because the Chinese brands are improving faster than anyone. The German carmakers have great engineers, but they move slowly. Too many meetings.

Q: What about Tesla's own sales in Europe? They fell sharply this year.

A: They'll recover. We'll have the cheaper Model Y variant in Europe soon, and that changes the picture.

Q: You were very involved in German politics this year. Any regrets?

A: No. I said what I think. People can disagree.
""",
  ["Germany should worry, yes, because the Chinese brands are improving faster than anyone."],
  "Q&A; 'they' = German carmakers (not gold) right after a gold sentence; headline only describes topics; European sales answer not gold")

# 71
d("qa_interview", "article",
  "A former Tesla China insider on what Elon really thinks",
  """
Helen Zhou spent six years handling public affairs for Tesla in China before leaving in 2023. She now advises foreign companies entering the Chinese market. This conversation has been condensed.

Q: What was it like working for Elon Musk on China?

A: Intense. Elon always told us China was the most important market after the US, and he expected us to move at Shanghai speed on everything.

Q: Did he understand Chinese politics?

A: He understood the incentives very well. He used to say that the government here cares about jobs and technology, and if you bring both, you will be welcome. I think that's roughly right, but it's incomplete.

Q: Is Tesla's position in China weakening?

A: Yes. The local brands are now better on software and cheaper. Tesla still has a premium image, but that is fading.
""",
  [],
  "former employee recalls what Musk told staff about China (her words, not his statement in this document); interviewer's questions not gold")

# 72
d("x_roundup", "article",
  "Musk, European commissioner and users spar over Chinese EVs",
  """
A post by Elon Musk about Chinese electric cars turned into a lengthy back-and-forth on X on Monday.

It started with Musk's reply to a video of a Chinese-made Zeekr driving through Milan. "The Chinese cars are getting really good. Underestimate them at your peril," he wrote.

A former European trade commissioner, posting as @EUtradeVeteran, replied: "They are good because they are subsidised, Elon. That's the point of the tariffs."

Musk shot back: "Subsidies help, but that's not the main reason. They simply work harder and iterate faster."

Then @TeslaOwnersEU asked when supervised FSD would reach Europe. Musk: "Hopefully early next year, pending approval."

The thread had been viewed 25 million times by Tuesday morning.
""",
  ["The Chinese cars are getting really good. Underestimate them at your peril",
   "Subsidies help, but that's not the main reason. They simply work harder and iterate faster."],
  "reply chain; commissioner's 'they' is not his; his own 'They' = Chinese carmakers (gold); FSD-in-Europe reply not gold")

# 73
d("x_roundup", "article",
  "Musk's German election posts draw replies from across the world",
  """
Elon Musk posted more than 40 times about Germany's election over the weekend, drawing reactions from politicians and ordinary users alike.

"Only the AfD can save Germany," he wrote on Saturday, repeating a line he has used before. The post was viewed 60 million times.

Replies came in many languages. One widely shared reply, from a Chinese-language account, read: "Next, Elon should comment on China. He won't, because of Shanghai." Another user, @berlin_watch, wrote: "He never criticises Beijing, only Berlin."

Musk did not respond to those replies. On Sunday evening he posted a single word, "Congratulations", after the first exit polls.
""",
  [],
  "users accuse him of silence on China; his posts are about German politics only")

# 74
d("earnings_call", "label",
  "Tesla Q2 earnings call (excerpt)",
  """
Travis Axelrod: We have a question about exports. What's the outlook for Shanghai exports given new tariffs in several markets?
Elon Musk: Shanghai is still our main export hub for Asia-Pacific and parts of Europe, and it's incredibly efficient. If the tariffs stay where they are, we may have to shift some exports from Shanghai to Berlin. We'll adapt.
Elon Musk: On a different note, the new Model S and X refresh will start deliveries next quarter.
Emmanuel Rosner: Elon, you've said before the mainland market would stay flat this year. Any change?
Elon Musk: I think it'll be roughly flat, maybe slightly down. The mainland market is a knife fight right now, honestly.
""",
  ["Shanghai is still our main export hub for Asia-Pacific and parts of Europe, and it's incredibly efficient.",
   "If the tariffs stay where they are, we may have to shift some exports from Shanghai to Berlin.",
   "I think it'll be roughly flat, maybe slightly down. The mainland market is a knife fight right now, honestly."],
  "hedged/conditional claim about Shanghai exports; 'the mainland' for China; Model S/X date not gold; analyst's paraphrase not gold")

# 75
d("earnings_call", "article",
  "Tesla (TSLA) Q3 2024 Earnings Call Transcript",
  """
Elon Musk -- Chief Executive Officer

Energy storage demand is off the charts. Megapack deployments hit another record, and we're going to need a lot more factories. The Lathrop factory is maxed out.

Vaibhav Taneja -- Chief Financial Officer

And I'd add that the Shanghai Megafactory contributed its first meaningful volumes this quarter, which helped the energy gross margin. We expect China to be a big part of storage growth next year.

Elon Musk -- Chief Executive Officer

Yeah, and the Cybertruck is now the best-selling electric pickup in the US, which I think people don't appreciate.

Travis Axelrod -- Head of Investor Relations

Thank you. Let's move to analyst questions.
""",
  [],
  "Musk's 'Yeah' follows CFO's China remark but his sentence is about Cybertruck; storage remarks not China-specific")

# 76
d("podcast_labelled", "label",
  "The Diary Of A CEO: Elon Musk",
  """
Steven Bartlett: You've said manufacturing is the hard part. Who's best at it right now?
Elon Musk: China, without a doubt. China's manufacturing capability is, I think, roughly equal to the rest of the world combined in a lot of categories. People in the West haven't internalized that yet.
Steven Bartlett: Why is that?
Elon Musk: Scale, work ethic, and a lot of engineers. Their factories run twenty-four seven, and the people running them really know what they're doing.
Steven Bartlett: Let's talk about you. You've said your mother was a huge influence.
Elon Musk: Absolutely. My mom worked five jobs at one point to support us. She's incredibly tough.
""",
  ["China, without a doubt. China's manufacturing capability is, I think, roughly equal to the rest of the world combined in a lot of categories. People in the West haven't internalized that yet.",
   "Scale, work ethic, and a lot of engineers. Their factories run twenty-four seven, and the people running them really know what they're doing."],
  "second answer's China reference comes only from the previous turn ('Their factories'); answer about his mother not gold")

# 77
d("podcast_unlabelled", "unlabeled",
  "",
  """
This is a special one, because we have both Musk brothers in the studio. Kimbal, let's start with you. You were in China last month for the food innovation summit. What did you see? Honestly, the vertical farms in Chengdu are incredible, they're doing things at a scale nobody in America has tried, and the government there is really backing it. Wow. Elon, same question, but for chips: what's the latest on the AI5 chip? AI5 is on track. It's going to be about forty times better than AI4 in some metrics. We're making it at TSMC in Arizona and at Samsung in Texas. And Kimbal, you're still on the Tesla board? I am, yes. I'm the one who asks the annoying questions.
""",
  [],
  "two Musk brothers; Kimbal makes the China remarks; Elon's answer about AI5 chip production in Arizona/Texas is not about China",
  guests=["Elon Musk", "Kimbal Musk"])

# 78
d("podcast_unlabelled", "unlabeled",
  "",
  """
Let's talk supply chains. A lot of people were caught off guard when China restricted gallium and germanium exports. How worried should we be? Pretty worried, actually. China refines something like ninety percent of the world's gallium, and if they decide to cut it off, a lot of industries have a problem overnight. Is Tesla exposed? Somewhat, mostly on the power electronics side, because a lot of those parts come out of Chinese supply chains. We've been working on alternatives for a while. Okay. Last question, and it's the one everyone asks. When do we get the new Roadster? End of next year, hopefully. It'll be the most epic demo ever.
""",
  ["Pretty worried, actually. China refines something like ninety percent of the world's gallium, and if they decide to cut it off, a lot of industries have a problem overnight.",
   "Somewhat, mostly on the power electronics side, because a lot of those parts come out of Chinese supply chains."],
  "Chinese export controls; 'they' = China; answer on Tesla's exposure names Chinese supply chains; 'We've been working on alternatives' not gold; Roadster date not gold",
  guests=["Elon Musk"])

# 79
d("vtt", "vtt",
  "Tesla China 5th anniversary event, Shanghai — Musk video message",
  "",
  ["Five years ago this was a muddy field, and now it's the most productive car factory in the world.",
   "I want to thank the Shanghai team, our Chinese suppliers, and the people of China.",
   "You made the impossible possible."],
  "speech at a Shanghai event; greeting 'Hello, Shanghai!' is not a claim; 'You' addressed to the Chinese team; Cybercab remark not gold",
  vtt="""
WEBVTT

00:00:00.000 --> 00:00:03.000
<v Elon Musk>Hello, Shanghai!

00:00:03.000 --> 00:00:10.000
<v Elon Musk>Five years ago this was a muddy field, and now it's the most productive car factory in the world.

00:00:10.000 --> 00:00:16.000
<v Elon Musk>I want to thank the Shanghai team, our Chinese suppliers, and the people of China.

00:00:16.000 --> 00:00:19.000
<v Elon Musk>You made the impossible possible.

00:00:19.000 --> 00:00:26.000
<v Elon Musk>And next year, we'll show you something amazing: the Cybercab, with no steering wheel and no pedals.

""")

# 80
d("vtt", "vtt",
  "Fox Business interview with Elon Musk",
  "",
  [],
  "host mentions China's stimulus; Musk talks only about US government spending and US production",
  vtt="""
WEBVTT

00:00:00.000 --> 00:00:06.000
<v Maria Bartiromo>Elon, China just announced another stimulus package. Before we get to that, let's talk about government waste.

00:00:06.000 --> 00:00:13.000
<v Elon Musk>Sure. The federal government is spending about two trillion dollars more than it takes in every year.

00:00:13.000 --> 00:00:19.000
<v Elon Musk>That's not sustainable. Eventually the interest payments eat everything.

00:00:19.000 --> 00:00:24.000
<v Maria Bartiromo>And Tesla? How much of your production is here in America?

00:00:24.000 --> 00:00:30.000
<v Elon Musk>Every Tesla sold in the US is built in the US, in California or Texas. That's something people don't know.

""")
