from common import P, L, doc

DOCS = []
A = DOCS.append

# ---------------- qa_interview ----------------
A(doc("qa_interview", "article",
 "Elon Musk interview: ‘⟦China will probably be the biggest market for Optimus⟧’",
 P("Elon Musk sat down with us at Tesla's engineering headquarters in Palo Alto for 40 minutes last week. The conversation has been edited for length and clarity.",
   "Q: Tesla's sales in China have fallen for three straight quarters. Are you worried?",
   "A (Musk): ⟦Not really. China's a cyclical market and there's an incredible amount of competition there, which is healthy⟧. ⟦We'll be fine in China⟧.",
   "Q: BYD now outsells Tesla worldwide. Does that bother you?",
   "A (Musk): I don't think about it much. ⟦They make a huge number of low-cost cars, and they make them well⟧.",
   "Q: When can an ordinary customer buy Optimus?",
   "A (Musk): Late next year for external customers, if things go well. I've been wrong on timing before, so take that with a grain of salt.",
   "Q: And which market will be biggest for it?",
   "A (Musk): ⟦Probably China, honestly, because of the sheer scale of manufacturing in China⟧."),
 "Q: ... A (Musk): format; interviewer questions with China claims not gold; 'they' = BYD; product-date answer not gold; headline carries claim"))

A(doc("qa_interview", "article",
 "Maye Musk: ‘Shanghai is my second home’",
 P("The model and author, 77, has visited China more than 20 times since her memoir was translated into Mandarin. We spoke to her before a book event in Shanghai.",
   "Q: Why do you keep coming back to China?",
   "A: The energy. Chinese women in their seventies dance in the parks every evening. I love that. Shanghai is my second home.",
   "Q: Your son Elon has a complicated relationship with Beijing. Do you talk about it?",
   "A: Never. We talk about the grandchildren. He's far too busy, and I'm busy too.",
   "Q: What's next for you?",
   "A: A fashion show in Chengdu in October, and then I'll rest. Maybe."),
 "Maye Musk (not the watched speaker) talks about China; interviewer's question mentions Elon and Beijing; no gold"))

A(doc("qa_interview", "article",
 "‘⟦We should copy them⟧’: Musk’s full remarks on Chinese rivals",
 P("In an interview with CNBC on Tuesday, Elon Musk was asked whether Chinese carmakers such as BYD and Xiaomi posed an existential threat to Tesla. The interviewer noted that Xiaomi's SU7 had outsold the Model 3 in China in several months of last year and suggested that Tesla had been \"caught flat-footed.\"",
   "\"Look, ⟦they're extremely competitive, and they have the advantage of a very deep supply chain⟧,\" Musk responded. \"⟦In some ways we should copy them⟧. ⟦But they're not an existential threat to Tesla⟧.\"",
   "Asked whether Tesla would build a second factory in China, the Tesla CEO said ⟦there were no plans for another Chinese plant \"at this time\"⟧.",
   "He was more expansive on autonomy, predicting that Tesla's robotaxi service would be available to \"half the U.S. population\" by the end of next year.",
   "The interview aired on Squawk Box and was recorded at the company's Austin headquarters."),
 "interviewer's question/assertion not gold; 'they' = Chinese carmakers (gold); headline fragment carries claim; US robotaxi prediction not gold"))

A(doc("qa_interview", "article",
 "Q&A: The Chinese EV boss who wants to beat Tesla in Europe",
 P("Lu Weiming founded Zhenhai Motors in Ningbo in 2016. His compact electric SUV is now the best-selling Chinese EV in Norway. We spoke at the Munich auto show.",
   "Q: You met Elon Musk in Shanghai last year. How did that go?",
   "A: Very friendly. I told him our cars would outsell his in Scandinavia within two years. He just laughed and ordered more coffee.",
   "Q: Some in the West say Chinese carmakers get unfair subsidies. Are they right?",
   "A: Everybody gets subsidies. Tesla got loans from the U.S. government. We get land from the city. It is the same game.",
   "Q: Would you sell your cars in the United States?",
   "A: Not while the tariff is 100%. Maybe one day."),
 "Chinese CEO's words with Musk as object; interviewer paraphrases Musk's views inside a question (not gold); Musk only laughed"))

A(doc("qa_interview", "article",
 "Musk on TikTok, X and Beijing: the interview",
 P("The following exchange took place on the sidelines of a technology conference in Las Vegas. Questions are in bold in our print edition.",
   "Q: Should TikTok be banned in the United States?",
   "Musk: ⟦I've been against a TikTok ban, even though I don't use it myself⟧. ⟦Banning an app because of who owns it sets a bad precedent⟧.",
   "Q: But TikTok's parent, ByteDance, is a Chinese company. Doesn't that worry you?",
   "Musk: ⟦If ByteDance is forced to sell, the sale should be open and fair, not a gift to one politically connected buyer⟧.",
   "Q: Would you buy TikTok?",
   "Musk: ⟦I have no interest in buying TikTok⟧. I'm busy enough with X.",
   "Q: How is X doing?",
   "Musk: Usage is at an all-time high. Advertisers are coming back."),
 "statements about TikTok/ByteDance (China) are gold; remarks about X not gold; interviewer's question about Chinese ownership not gold"))

A(doc("qa_interview", "article",
 "Q&A: Elon Musk on robots, rockets and the road ahead",
 P("Ahead of Tesla's annual meeting, Elon Musk answered written questions from our reporters by video call. Tesla's investor-relations team set the ground rules.",
   "Q: When will Optimus be sold to other companies?",
   "A: Next year, in small numbers. By 2027 it should be meaningful.",
   "Q: Starship has had two failures this year. Is Mars in 2026 still realistic?",
   "A: It's a long shot. I'd say 50-50 for an uncrewed attempt.",
   "Q: Tesla's deliveries in China fell 15% in the last quarter and Chinese rivals are cutting prices. Is that a concern?",
   "A: [Tesla declined to let Musk answer questions about China, citing the company's quiet period ahead of its earnings release.]",
   "Q: What's the biggest risk to Tesla right now?",
   "A: Execution. It's always execution."),
 "China appears only in the interviewer's question; editor's note says he did not answer; his answers are about Optimus, Mars, execution; no gold"))

A(doc("qa_interview", "article",
 "Musk: ‘⟦We need a licence from Beijing for every magnet⟧’",
 P("Elon Musk spoke to Bloomberg Television from Tesla's Giga Texas plant on Thursday, days after China tightened export controls on rare-earth materials. An excerpt:",
   "Bloomberg: How exposed is Tesla to the new Chinese export rules?",
   "Musk: ⟦China's restrictions on rare-earth magnets are a real problem for Optimus⟧. ⟦We need a licence from Beijing for every magnet that goes into the actuators⟧.",
   "Bloomberg: Tesla opened a lithium refinery near Corpus Christi this year. How is it going?",
   "Musk: It's ramping well. It will be the biggest lithium refinery in North America.",
   "Bloomberg: Is Washington doing enough?",
   "Musk: ⟦I think Beijing and Washington both need to cool it down a bit, honestly, because nobody wins this trade war⟧.",
   "Bloomberg: Last one: when is the next Starship flight?",
   "Musk: About four weeks, if the FAA cooperates."),
 "Chinese export controls (gold); Texas refinery and Starship answers not gold; headline carries claim"))

# ---------------- opinion ----------------
A(doc("opinion", "article",
 "Musk was right about China. Detroit still isn't listening",
 P("Two years ago, on a quarterly call that most people remember for its gloomy margin guidance, Elon Musk warned that ⟦Chinese brands \"will flatten\" most legacy automakers if trade barriers fall⟧.",
   "At the time, analysts on Wall Street rolled their eyes. One told me Musk was \"talking his book,\" using China as a bogeyman to justify price cuts.",
   "He was right, I think, and the numbers since then are hard to argue with. Chinese manufacturers now account for roughly a third of global EV exports. BYD sells more battery-electric cars than Tesla in many months.",
   "What strikes me is how little Detroit has changed. General Motors and Ford still talk about \"affordable EVs\" arriving in 2027 or 2028. By then, the Chinese will be on their third generation.",
   "Musk also said on that call that ⟦Chinese companies were \"the most competitive in the world\" at cost⟧, and that line has aged better than almost anything else he said that year.",
   "Tariffs buy time. They do not buy competence. The question for American carmakers is whether they use the time they have been given.",
   "The writer is a former auto-industry executive and a columnist for this newspaper."),
 "recalled quote of his from years ago (gold); columnist's own claims and the headline are not his statements; analyst's remark not gold"))

A(doc("opinion", "article",
 "How Elon Musk learned to play Beijing's game",
 P("Few Western executives have cultivated the Chinese leadership as assiduously as Elon Musk. Since Tesla broke ground in Shanghai in 2019, he has met three premiers, toured the Great Hall of the People and posed for photographs with party officials in Lingang.",
   "The payoff has been considerable: a wholly owned factory, when foreign carmakers were still required to form joint ventures; cheap loans from state banks; and, eventually, a nod for the company's driver-assistance software.",
   "Musk has long courted Beijing, and Beijing has long courted him. State media coverage of his visits is invariably warm. Tesla's Shanghai plant is held up as a model of \"opening up.\"",
   "The cost is harder to measure. Critics in Washington say the relationship makes him reluctant to criticise China on human rights, and some Tesla investors worry about concentration risk.",
   "\"He's a hostage to his own factory,\" a former U.S. trade official told me. \"That's not a criticism. It's just arithmetic.\"",
   "Whether the balancing act can survive a second Trump term, with its tariffs and export controls, is another question entirely."),
 "journalist's analysis ('Musk has long courted Beijing'), his actions (met, toured), others' quotes; no statement of his"))

A(doc("opinion", "article",
 "Musk and China: the debate goes on",
 P("Every few months the same argument breaks out: is Elon Musk a clear-eyed realist about China, or an apologist with a factory to protect?",
   "This week's round was triggered by an interview he gave to a German business weekly. \"⟦China's carmakers are not winning because of subsidies. They are winning because they iterate faster than anyone⟧,\" Musk said. \"Europe should stop complaining and start building.\"",
   "Fair enough. The second sentence will annoy Brussels, but the first deserves more attention than it is getting. If he is right, tariffs will not save European manufacturers; only speed will.",
   "His critics point out that Tesla itself benefited from generous Chinese support. That is true, and Musk rarely mentions it.",
   "But the debate has become tribal. People decide what they think of Musk first, and what they think of Chinese industry second. That is the wrong order."),
 "framing headline ('Musk and China: the debate goes on') over a body that does contain his quote about China (gold); 'they' = China's carmakers; the Europe-only sentence is not gold"))

A(doc("opinion", "article",
 "Musk and China: the debate goes on",
 P("It has become a ritual of the business pages: a new data point about Tesla's Chinese sales, followed by a round of op-eds asking what Elon Musk's dependence on Shanghai means for American policy.",
   "The latest figures are mixed. Tesla's retail sales in China rose 4% in October, but its share of the battery-electric market slipped below 7% for the first time.",
   "Defenders of the company argue that its Shanghai plant is a strategic asset for the United States, a window into the world's most advanced EV supply chain. Detractors call it a hostage.",
   "Both camps tend to assume they know what Musk himself thinks. In fact, he has been unusually quiet on the subject this year, preferring to post about robots, rockets and American politics.",
   "Perhaps that silence is the most telling data point of all."),
 "same framing headline over a body with no statement of his about China (hard negative); the text even notes his silence"))

A(doc("opinion", "article",
 "The speed gap: why Chinese regulators keep surprising the West",
 P("When a European consultant argued on X last week that Chinese regulators would take \"years\" to approve Tesla's new driver-assistance features, Elon Musk replied within minutes: \"⟦Sure, because Chinese regulators are famous for moving slowly 🙄⟧\"",
   "The sarcasm was deserved. Beijing approved a pilot for Tesla's software in 28 cities in less than four months, while the U.S. National Highway Traffic Safety Administration has been reviewing a similar feature for a year and a half.",
   "Musk was less charitable about Washington. \"They'll get to it by 2040, maybe,\" he added about NHTSA in a later post.",
   "None of this means the Chinese system is better in every way. Speed without transparency carries its own risks, and Chinese regulators can reverse course just as quickly.",
   "But Western policymakers who assume that Beijing is a bureaucratic slow-walker are badly out of date."),
 "sarcasm about Chinese regulators is gold; 'they' = NHTSA in the next post is not gold; columnist's analysis not gold"))

A(doc("opinion", "article",
 "Hong Kong's press freedom is not a Twitter debate",
 P("Since the national security law took effect in 2020, Hong Kong has fallen more than 70 places in global press-freedom rankings. Apple Daily and Stand News are gone. Dozens of journalists have left the city.",
   "Against this backdrop, it was striking to watch Elon Musk weigh in last week on a thread about content moderation. \"Free speech is the bedrock of democracy,\" he wrote, as he has many times before, in a post about the suspension of an American comedian's account.",
   "He did not mention Hong Kong, and there is no reason he should have. But the contrast is instructive.",
   "For those who care about speech in the city, the question is not what billionaires post. It is what Hong Kong's remaining independent outlets can still publish, and for how long.",
   "The author is a former Hong Kong journalist now teaching in Taipei."),
 "Hong Kong opinion piece quoting Musk on free speech in general (US context); he did not mention Hong Kong; no gold"))

A(doc("opinion", "article",
 "What Elon Musk understands about Chinese engineers that Washington doesn't",
 P("In a post on X last March, Elon Musk wrote that ⟦Chinese engineers are \"extremely talented and hardworking, and there are a lot of them\"⟧. The post drew predictable outrage from China hawks, and predictable cheers from Chinese social media.",
   "As someone who has taught engineering in both Hefei and Pittsburgh, I think he understated the point.",
   "China graduates more than 1.3 million engineers a year. Many of them now stay at home rather than go abroad, and they are increasingly building companies rather than joining them.",
   "Musk has since gone further. \"⟦The best engineers in the world for manufacturing are in China, full stop⟧,\" he told a podcast in June, adding that ⟦Tesla's Shanghai team had taught its American colleagues \"a lot about speed\"⟧.",
   "Critics say such comments are designed to please Beijing. Perhaps. But American visa policy is doing far more to push talent toward China than any billionaire's compliments.",
   "Zhou Li is professor of mechanical engineering at a university in Hefei and a visiting scholar at Carnegie Mellon."),
 "op-ed reporting his X post and podcast quote (gold); critics' view and author's analysis not gold"))

# ---------------- aggregator_headline ----------------
A(doc("aggregator_headline", "article",
 "Musk says ⟦China has an electricity advantage over the US⟧ - Reuters",
 "Elon Musk said on Thursday that ⟦China's power generation capacity gave it a major edge in the race to build artificial intelligence data centers⟧. Reuters · 3 hours ago",
 "aggregator title with ' - Reuters' suffix (gold without suffix); snippet with reported speech"))

A(doc("aggregator_headline", "article",
 "Musk posts about Chinese battery prices - Electrek",
 "Tesla CEO Elon Musk took to X on Sunday to weigh in on a chart showing falling battery pack costs in China, sparking a lively debate among EV watchers. Electrek · 1 day ago",
 "headline fragment that only says he talked ('posts about'); snippet also just describes; no gold"))

A(doc("aggregator_headline", "article",
 "Tesla's Musk praises China's engineers, says ⟦they are the best in the world⟧ - Bloomberg",
 "",
 "headline with two verbs; gold is the claim part; 'they' = China's engineers; publisher suffix excluded"))

A(doc("aggregator_headline", "article",
 "Elon Musk meets Chinese premier in Beijing, discusses data rules - CNBC",
 "Elon Musk met Chinese Premier Li Qiang in Beijing on Sunday, days after Tesla's sales in China slumped, according to Chinese state media. CNBC · 14 hours ago",
 "aggregator headline about things he did (met, discussed); no claim carried"))

A(doc("aggregator_headline", "article",
 "Musk: ⟦Chinese carmakers will ‘demolish’ rivals without trade barriers⟧ - Yahoo Finance",
 "",
 "'Musk: claim' headline with aggregator suffix; title-only item"))

A(doc("aggregator_headline", "article",
 "Musk's remarks on Taiwan draw fire from Taipei - Taipei Times",
 "Taiwan's Mainland Affairs Council on Tuesday criticised comments by the Tesla CEO, saying they \"ignore the will of 23 million people.\" Taipei Times · 2 days ago",
 "headline describes his remarks without carrying them; snippet is another body's words"))

A(doc("aggregator_headline", "article",
 "Elon Musk says ⟦Giga Shanghai remains Tesla's most productive plant⟧ - CnEVPost",
 "Tesla's Shanghai factory delivered 916,000 vehicles last year. CnEVPost · 5 hours ago",
 "aggregator claim headline about Shanghai factory; snippet is data, not gold"))

A(doc("aggregator_headline", "article",
 "Musk says Starship will attempt Mars landing in 2026 - Space.com",
 "SpaceX CEO Elon Musk reiterated his Mars timeline on Saturday, as China accelerates its own deep-space program with a sample-return mission planned for 2028. Space.com · 9 hours ago",
 "claim headline but about Mars; China appears only in the journalist's snippet"))

A(doc("aggregator_headline", "article",
 "Analysts say Musk overstates China threat to Tesla - Barron's",
 "",
 "analysts paraphrasing him critically; not his statement"))

A(doc("aggregator_headline", "article",
 "Elon Musk warns ⟦Tesla would be hit hard if Beijing retaliates with its own tariffs⟧ - MarketWatch",
 "Tesla Chief Executive Elon Musk said on Monday that ⟦a tit-for-tat tariff fight would hurt the company's Shanghai exports⟧. MarketWatch · 6 hours ago",
 "'warns' + claim about Chinese retaliation; snippet paraphrase also gold"))
