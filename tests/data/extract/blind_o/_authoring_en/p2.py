from common import D, V
# ---------- qa_interview ----------
D("qa_interview","article","Elon Musk on China, chips and the future of Tesla: the full interview",
'The following interview has been edited for length and clarity.\n\n'
'Q: Many investors worry that Tesla is losing ground in China. Are they right to worry?\n'
'A (Musk): Look, the Chinese market is brutal. There are something like a hundred EV brands there, and most of them will not survive. But the ones that do survive will be formidable.\n\n'
'Q: Do you see Chinese automakers coming to the United States?\n'
'A (Musk): It is inevitable, tariffs or not. They will find a way, probably through Mexico.\n\n'
'Q: What about your own production? Will you build the new Roadster this year?\n'
'A (Musk): We are aiming for a demo before the end of the year. Hopefully.\n\n'
'Q: Last question. Are you sleeping?\n'
'A (Musk): Not enough.',
["Look, the Chinese market is brutal. There are something like a hundred EV brands there, and most of them will not survive.",
 "But the ones that do survive will be formidable.",
 "It is inevitable, tariffs or not. They will find a way, probably through Mexico."],
"Q&A; interviewer questions not gold; answer depends on question context (Chinese automakers); Roadster answer not gold")

D("qa_interview","article","Five questions for Elon Musk",
'We caught up with the Tesla and SpaceX chief backstage at the event.\n\n'
'Is Beijing a partner or a rival for Tesla?\n'
'Musk laughed and waved the question away without answering.\n\n'
'What is next for Starlink?\n'
'"Direct-to-cell everywhere. Your phone will just work, anywhere on Earth."\n\n'
'Would you ever run for office?\n'
'"I can\'t - I wasn\'t born here. And I wouldn\'t want to anyway."',
[], "interviewer's China question; his answers evade China; non-China answers")

D("qa_interview","article","'They just want it more': Musk on Chinese engineers, in conversation",
'Elon Musk sat down with our editor at a tech summit in Riyadh. Excerpts follow.\n\n'
'Editor: You have said many times that Chinese companies are the strongest competitors. Why?\n\n'
'Musk: Because the talent is there and the work ethic is there. They just want it more. You go to a factory in Ningbo at two in the morning and people are still on the line, figuring things out.\n\n'
'Editor: Is that sustainable?\n\n'
'Musk: I don\'t know. But it\'s working for them right now.\n\n'
'Editor: And for Tesla, what is the plan?\n\n'
'Musk: Make the best product. Same as always.',
["Because the talent is there and the work ethic is there. They just want it more.",
 "You go to a factory in Ningbo at two in the morning and people are still on the line, figuring things out.",
 "I don't know. But it's working for them right now."],
"Q&A; pronoun 'they/them' referring to Chinese companies; headline quote; last answer not China")

D("qa_interview","article","Q&A: Maye Musk on modeling, motherhood and China",
'Maye Musk, the 77-year-old model and dietitian, has a big following on Chinese social media. We asked her about it.\n\n'
'Q: Why do you think Chinese audiences love you?\n'
'A: I think they appreciate that I still work at my age. In China, I get stopped in the street all the time.\n\n'
'Q: Does Elon ever give you advice about China?\n'
'A: Oh, he just tells me to enjoy the food. He says Shanghai has the best dumplings.\n\n'
'Q: What\'s next for you?\n'
'A: A new book, and more travel.',
[], "Maye Musk, not the watched speaker; her report of what Elon says is her words")

# ---------- opinion ----------
D("opinion","article","Musk and China: the debate goes on",
'It has become a ritual. Every few months, Elon Musk says something glowing about China, and Washington erupts. '
'The latest round came last week, when Musk told a podcast host that "China is going to be the leader in electric vehicles, no question, and people in America just don\'t appreciate how fast they move." '
'Critics pounced. Senator Rick Scott called the remark "shameful" given Tesla\'s dependence on its Shanghai plant. '
'Musk\'s defenders note that he is describing reality, not endorsing it. '
'What is clear is that the billionaire\'s business interests and his political alliances are increasingly hard to square. '
'He wants cheap Chinese batteries and access to Chinese consumers, while his friends in Congress want tariffs. '
'That tension will not be resolved by another post on X.',
["China is going to be the leader in electric vehicles, no question, and people in America just don't appreciate how fast they move."],
"framing headline over body with a real quote (gold); journalist's analysis and senator's words not gold")

D("opinion","article","Musk and China: the debate goes on",
'Elon Musk has long courted Beijing. He has flattered its leaders, praised its workers and built Tesla\'s most productive factory in Shanghai. '
'Critics argue that this makes him uniquely vulnerable to pressure from the Communist Party. '
'Supporters counter that every global carmaker depends on China in some way. '
'The question is whether Musk\'s new role in American politics will change the calculus. '
'So far, there is little sign that it has. Tesla\'s China sales remain strong, and Chinese regulators have approved its driver-assistance software. '
'Whatever happens, the relationship between the world\'s richest man and the world\'s second-largest economy will remain one of the most closely watched in business.',
[], "same framing headline over body with no statement of his; journalist analysis")

D("opinion","article","Elon Musk was right about China, and it hurts to admit it",
'In 2015, Elon Musk was asked on Bloomberg TV about BYD. He laughed. "Have you seen their car?" he said. "I don\'t think they have a great product." '
'A decade later, BYD outsells Tesla globally. Musk himself has changed his tune: in January he said that Chinese carmakers were "the most competitive car companies in the world." '
'My point is not to mock him. It is that the rest of the industry did not change its tune at all. '
'European automakers spent those ten years lobbying for subsidies. Detroit spent them on trucks. '
'Musk, to his credit, noticed. The question is whether anyone in Stuttgart or Dearborn will.',
["Have you seen their car?", "I don't think they have a great product.",
 "Chinese carmakers were \"the most competitive car companies in the world.\""],
"recalled quote from years ago (gold); rhetorical question; 'their/they' refers to BYD; columnist's analysis not gold")

D("opinion","article","The billionaire's Taiwan problem",
'When Elon Musk suggested in 2022 that Taiwan should become a "special administrative zone" of China, he infuriated Taipei. '
'Three years on, his comments still shape how Taiwanese officials view Starlink. '
'Taiwan has since built its own satellite internet provider, partly to reduce dependence on a company whose owner has business interests on the mainland. '
'Musk has not revisited the subject publicly. But Taiwanese diplomats say privately that the damage is lasting. '
'For a man who says he values free speech above all, it is striking how carefully he avoids the topic in Beijing.',
["Taiwan should become a \"special administrative zone\" of China"],
"recalled Taiwan statement (gold); rest is analysis and officials' views")

D("opinion","article","Why tech billionaires can't stop talking about China",
'Jensen Huang says China is "nanoseconds behind" the US in chips. Sam Altman says DeepSeek is "impressive." '
'Elon Musk, never one to be left out, has posted about Chinese AI labs dozens of times this year. '
'What unites these men is a simple incentive: the China story moves markets. '
'Investors who want to believe that American tech is in danger will buy defence stocks; those who want to believe it is safe will buy Nvidia. '
'Either way, the billionaires win.',
[], "other CEOs' words about China; Musk only described as posting")

# ---------- x_roundup ----------
D("x_roundup","article","Musk's weekend on X: Chinese solar, Starship and a meme war",
'Elon Musk posted more than 300 times over the weekend. Here are the highlights.\n\n'
'On China: Replying to a chart of solar installations, Musk wrote, "China installed more solar last year than the US has in its entire history. Think about that." He added in a follow-up post that "their manufacturing scale is simply astonishing."\n\n'
'On Starship: "Flight 10 in about four weeks," he wrote.\n\n'
'On the media: Musk shared a meme mocking a legacy newspaper, captioned "lmao."\n\n'
'On Europe: He wrote that EU regulators "have lost the plot" over AI rules.',
["China installed more solar last year than the US has in its entire history. Think about that.",
 "their manufacturing scale is simply astonishing."],
"X roundup; follow-up 'their' refers to China; Starship and EU posts not gold")

D("x_roundup","article","What Elon Musk posted this week",
'Musk spent much of the week posting about the Starship test flight and feuding with a former government official. '
'He also reposted a video of a Xiaomi SU7 on a racetrack without comment. '
'On Thursday, he replied "Interesting" to a post about Chinese lithium prices. '
'He posted a photo of his son X Æ A-Xii at the launch site.',
[], "reposts and one-word reply without a claim; actions, not statements")

D("x_roundup","article","Musk on X: 'Chinese humanoid robots will be our toughest competition'",
'Elon Musk said on Sunday that Chinese companies would be Tesla\'s main rivals in humanoid robots. '
'"@Tesla_Optimus will be #1, but the toughest competition will come from China. Not even close. https://x.com/elonmusk/status/1889000000000000000" the post read. '
'Musk was replying to @TeslaOwnersSV, who had shared a video of a Unitree robot dancing. '
'In another post, he said Optimus version 3 would be unveiled "hopefully" in the first quarter.',
["Chinese humanoid robots will be our toughest competition",
 "Chinese companies would be Tesla's main rivals in humanoid robots",
 "@Tesla_Optimus will be #1, but the toughest competition will come from China. Not even close. https://x.com/elonmusk/status/1889000000000000000"],
"X post quoted verbatim with handle and URL; Optimus date not gold")

D("x_roundup","article","The internet reacts as Musk mocks a U.S. report on Chinese spy cranes",
'The billionaire had a busy day on X. When a congressional committee released a report warning that Chinese-made port cranes could be used for espionage, Musk responded: "Yeah, because the cranes are definitely the weak point 🙄." '
'Many users took the post as sarcasm aimed at the committee. '
'"So the cranes are fine but TikTok is dangerous? Make it make sense," one user replied. '
'Musk later added: "If you\'re worried about Chinese hardware, start with your phone."',
["Yeah, because the cranes are definitely the weak point 🙄.",
 "If you're worried about Chinese hardware, start with your phone."],
"sarcasm about Chinese cranes (gold); users' replies not gold")

D("x_roundup","article","X roundup: DeepSeek day",
'Tech Twitter went into overdrive as DeepSeek released its latest model. '
'"This is a Sputnik moment," wrote venture capitalist Marc Andreessen. '
'Perplexity CEO Aravind Srinivas said his company would host the model on US servers. '
'An account named @elonmusk_fanclub posted: "Elon will destroy DeepSeek with Grok 4." '
'Musk himself posted a laughing emoji in reply to a meme about Nvidia\'s share price.',
[], "others' words; fan account not Musk; emoji reply is not a claim")

# ---------- earnings_call ----------
D("earnings_call","label","Tesla Q4 2024 earnings call transcript (excerpt)",
'Operator: Our next question comes from Colin Rusch with Oppenheimer.\n'
'Colin Rusch -- Oppenheimer -- Analyst: Thanks. Elon, can you talk about competition in China and what you are seeing on pricing?\n'
'Elon Musk -- Chief Executive Officer: Yeah. So, I mean, China is incredibly competitive. The Chinese car companies are the most competitive in the world, and I think they will do well outside China, depending on what kind of tariffs or trade barriers are put in place. Pricing in China has been under a lot of pressure, but our team in Shanghai has done an amazing job on cost. On the Cybercab, we are still on track for production next year.\n'
'Vaibhav Taneja -- Chief Financial Officer: And just to add, our China gross margin was roughly in line with the rest of the business.\n'
'Operator: Thank you. Next question.',
["So, I mean, China is incredibly competitive.",
 "The Chinese car companies are the most competitive in the world, and I think they will do well outside China, depending on what kind of tariffs or trade barriers are put in place.",
 "Pricing in China has been under a lot of pressure, but our team in Shanghai has done an amazing job on cost."],
"earnings call labels; analyst question and CFO not gold; Cybercab sentence not gold")

D("earnings_call","label","Tesla Q2 earnings call (partial transcript)",
'Travis Axelrod -- Head of Investor Relations: First question from retail investors: When will FSD be available in Europe?\n'
'Elon Musk -- Chief Executive Officer: We are hoping to get approval in the Netherlands early next year. The European regulators are pretty slow. They want to see a lot of data, which is fine, but they move at a glacial pace.\n'
'Travis Axelrod -- Head of Investor Relations: Second question: Is Tesla worried about Chinese competition?\n'
'Vaibhav Taneja -- Chief Financial Officer: We take all competition seriously, and we have a strong position in China.\n'
'Elon Musk -- Chief Executive Officer: Next question.',
[], "earnings call; 'they' = European regulators; China question answered by CFO, not Musk")

D("earnings_call","article","Tesla earnings call: Musk says Shanghai will make the cheaper Model Y first",
'On Tesla\'s third-quarter earnings call on Wednesday, Elon Musk said the cheaper variant of the Model Y would go into production at Giga Shanghai before any other plant. '
'"Shanghai is the fastest factory we have. It\'s just incredibly efficient, and the team there is just amazing," Musk said on the call. '
'Asked by Morgan Stanley analyst Andrew Percoco whether Chinese demand would hold up, Musk said he was "cautiously optimistic", adding that the subsidy changes in China were "a headwind, for sure." '
'He also said that Tesla would spend about $11 billion on capital expenditure next year, much of it on AI compute in Texas.',
["Shanghai will make the cheaper Model Y first",
 "the cheaper variant of the Model Y would go into production at Giga Shanghai before any other plant",
 "Shanghai is the fastest factory we have. It's just incredibly efficient, and the team there is just amazing",
 "cautiously optimistic", "the subsidy changes in China were \"a headwind, for sure.\""],
"earnings call write-up; analyst question context; capex remark not gold")

D("earnings_call","label","",
'Martin Viecha -- Senior Director of Investor Relations: Okay, let\'s move on to analyst questions.\n'
'Adam Jonas -- Morgan Stanley -- Analyst: Elon, BYD just cut prices again by up to 30%. Musk famously laughed at BYD in 2011. Do you regret that?\n'
'Elon Musk -- Chief Executive Officer: I\'d rather talk about autonomy. The value of a Tesla will go up dramatically once it is autonomous, and that applies everywhere.\n'
'Adam Jonas -- Morgan Stanley -- Analyst: Thank you.',
[], "analyst quotes Musk's past; Musk's answer deflects to autonomy - not about China")
