from common import add

def mkvtt(cues):
    out = "WEBVTT\n\n"
    t = 1
    for spk, txt in cues:
        dur = max(3, len(txt) // 15)
        a, b = t, t + dur
        f = lambda s: "%02d:%02d:%02d.000" % (s // 3600, (s % 3600) // 60, s % 60)
        out += f"{f(a)} --> {f(b)}\n<v {spk}>{txt}\n\n"
        t = b + 1
    return out

# ---------------- EARNINGS CALL ----------------
add("earnings_call",
"Tesla (TSLA) Q2 earnings call transcript",
"""Operator
Good afternoon, everyone, and welcome to Tesla's second-quarter results conference call. I will now hand over to Travis Axelrod, head of investor relations.
Travis Axelrod -- Head of Investor Relations
Thank you. Joining me today are Elon Musk and Vaibhav Taneja. Elon will begin with some opening remarks.
Elon Musk -- Chief Executive Officer
Thanks, Travis. So, the big picture is that we're transitioning from a car company to an AI and robotics company, and the numbers this quarter reflect that transition. FSD version 13 is performing extremely well, and we expect to expand unsupervised driving to more cities by year-end. On the regional side, China was tougher than we expected. The competition there is extremely intense, and frankly the Chinese brands have gotten very, very good. I'd say our Shanghai team is still the best in the company at cost control, though. Optimus is progressing well and we'll have a few thousand units working in our own factories next year.
Rachel Huang -- Jefferies -- Analyst
Thanks. Elon, are you planning further price cuts in China to defend share?
Elon Musk -- Chief Executive Officer
We don't comment on future pricing. But I'll say this: we are not going to chase volume at any cost in that market. We'd rather have healthy margins there than a few more points of share.""",
["China was tougher than we expected",
 "The competition there is extremely intense, and frankly the Chinese brands have gotten very, very good",
 "I'd say our Shanghai team is still the best in the company at cost control, though",
 "But I'll say this: we are not going to chase volume at any cost in that market. We'd rather have healthy margins there than a few more points of share"],
"earnings-call format 'Elon Musk -- Chief Executive Officer'; FSD/Optimus sentences not gold; analyst question not gold; 'that market' refers to China")

add("earnings_call",
"Tesla Q1 earnings call: full transcript",
"""Adam Rivera -- Barclays -- Analyst
Hi, thanks. A question on China: deliveries there were down sharply. What are you seeing on the ground, and do you expect a recovery in the second half?
Vaibhav Taneja -- Chief Financial Officer
Thanks, Adam. China remains a very competitive market. We saw some stabilisation in March, and we are encouraged by the early response to the refreshed Model Y there. We'll keep you updated.
Elon Musk -- Chief Executive Officer
And just to add on Optimus, since people keep asking: we're on track for the first external customers next year. The hands are the hardest part. We've redesigned them three times.
Operator
Our next question comes from the line of Dan Ives with Wedbush.""",
[], "China question answered by CFO; Musk's turn only about Optimus")

add("earnings_call",
"Tesla fourth-quarter earnings call (excerpt)",
"""Elon Musk: Okay, let me start with the year in review. It was a record year for energy storage, with Megapack deployments more than doubling.
Elon Musk: On vehicles, the headline is that the Shanghai factory produced its three-millionth car in November, which is just incredible for a plant that was a rice field six years ago.
Martin Viecha: Thanks, Elon. Let's move to analyst questions.
Colin Park: Elon, how do you see Chinese automakers expanding into Mexico and Latin America?
Elon Musk: They'll do well, honestly. They have the cost structure and they move fast. We'll have to compete on technology, because we are not going to win on price alone against them.
Elon Musk: And just on the Cybercab, which someone asked about in the chat, production starts in April at Giga Texas.""",
["On vehicles, the headline is that the Shanghai factory produced its three-millionth car in November, which is just incredible for a plant that was a rice field six years ago",
 "They'll do well, honestly. They have the cost structure and they move fast",
 "We'll have to compete on technology, because we are not going to win on price alone against them"],
"labelled call transcript; 'they' refers to Chinese automakers in analyst question; energy/Cybercab lines not gold",
kind="label")

add("earnings_call",
"Tesla Q3 call: Musk hands China question to sales chief",
"""Sandra Cole -- UBS -- Analyst
Elon, last year you said China would be back to growth by now. It hasn't happened. What changed?
Elon Musk -- Chief Executive Officer
I'll let Tom take that one, he's closer to it.
Tom Zhu -- Senior Vice President, Automotive
Thanks, Elon. The market in China has been affected by aggressive pricing from local brands. We have responded with financing offers, and we see signs of improvement in the premium segment.
Sandra Cole -- UBS -- Analyst
Thanks. And a quick follow-up on the Cybertruck?
Elon Musk -- Chief Executive Officer
Cybertruck demand is fine. We're adjusting production to match it.""",
[], "analyst paraphrases Musk's past claim; Musk hands off; another executive answers on China")

add("earnings_call",
"Tesla Q2 earnings call transcript: Musk's opening remarks",
"""Elon Musk -- Chief Executive Officer
Thank you, everyone, for joining. I'd like to start with a few words about where we are. This was a challenging quarter for the auto industry globally, with interest rates still high and consumers cautious. Despite that, our energy business had its best quarter ever. Megapack demand is far ahead of supply, and the new Houston factory will come online next year. Now, a word about our largest factory. Giga Shanghai had a very solid quarter, and I want to thank the team there, who once again delivered the lowest cost per vehicle anywhere in our network. A lot of people underestimate how good the Chinese supply chain is. They can go from a drawing to a production part in weeks, not months. On autonomy, we are now at over three billion miles driven on FSD, and the rate of improvement is accelerating. Cybercab remains on track. Optimus will be shown in a new version at the shareholder meeting. And with that, I'll hand it over to Vaibhav.
Vaibhav Taneja -- Chief Financial Officer
Thanks, Elon. Total revenue was $24.9 billion, down 3% year over year.""",
["Giga Shanghai had a very solid quarter, and I want to thank the team there, who once again delivered the lowest cost per vehicle anywhere in our network",
 "A lot of people underestimate how good the Chinese supply chain is",
 "They can go from a drawing to a production part in weeks, not months"],
"long earnings-call paragraph; China sentences amid energy/FSD/Optimus; 'They' refers to the Chinese supply chain")

add("earnings_call",
"Tesla energy storage call: tariffs and Chinese cells",
"""Priya Nand -- Morgan Stanley -- Analyst
On storage, how exposed is the Megapack business to the new tariffs?
Elon Musk -- Chief Executive Officer
Quite exposed, to be honest. We do source a lot of the cells for Megapack from China, and the tariffs hurt there. We are bringing up LFP cell production in Nevada, but it's going to take a while before that covers our needs. In the meantime, the Chinese cell makers are simply the most cost-effective suppliers on Earth.
Priya Nand -- Morgan Stanley -- Analyst
And on the Powerwall?
Elon Musk -- Chief Executive Officer
Powerwall is doing great. Installation times are down by a third.""",
["We do source a lot of the cells for Megapack from China, and the tariffs hurt there",
 "In the meantime, the Chinese cell makers are simply the most cost-effective suppliers on Earth"],
"tariffs on China; Nevada line and Powerwall not gold")

add("earnings_call",
"Tesla Q4 earnings call: Musk on US energy policy",
"""Kevin Bryce -- Goldman Sachs -- Analyst
Elon, Chinese storage makers are undercutting everyone. Meanwhile, Washington is changing the tax credits. How do you think about US policy here?
Elon Musk -- Chief Executive Officer
Look, I've said I'm fine with ending the subsidies. We'll be fine without them, and frankly our competitors in the US will be hurt more than we are. The grid needs roughly double the generation capacity it has today, and batteries are the fastest way to get there. That's the real story.
Kevin Bryce -- Goldman Sachs -- Analyst
Thanks. And on the Semi?
Elon Musk -- Chief Executive Officer
Volume production of the Semi starts late this year in Nevada.""",
[], "analyst question mentions Chinese makers; Musk answers only about US subsidies, the US grid and the Semi")

# ---------------- PODCAST LABELLED ----------------
add("podcast_labelled",
"",
"""Lex Fridman: You've toured a lot of factories in China. What stands out about the people who work in the Chinese car plants?
Elon Musk: Honestly, the work ethic. They're incredibly talented and they work really hard. That's just the reality.
Lex Fridman: Is that something that can be replicated in the US?
Elon Musk: I think so, but it takes a cultural shift. At Tesla we try to create that intensity. Not everyone likes it.
Lex Fridman: Let's talk about Neuralink. How's the second patient doing?
Elon Musk: Really well. He's playing video games with his mind, better than he did before the accident.""",
["Honestly, the work ethic. They're incredibly talented and they work really hard. That's just the reality"],
"labelled podcast; 'they' refers to workers in Chinese car plants from host's question; Neuralink and US-culture answers not gold",
kind="label")

add("podcast_labelled",
"",
"""Jason Hale: Before we bring Elon in, quick thought. The Chinese are producing EVs at a price point nobody in Detroit can touch.
Dana Whitcombe: Twelve thousand dollars for a decent hatchback. It's insane. And BYD is building plants in Hungary and Brazil.
Jason Hale: Okay, Elon, welcome back. What's new at SpaceX?
Elon Musk: Thanks for having me. The big news is that we've got the next Starship stacked and we're aiming for a launch in about three weeks.
Dana Whitcombe: And the Mars timeline?
Elon Musk: The next window is late next year. We'll try to land a few uncrewed ships. If that goes well, people a couple of windows later.""",
[], "hosts discuss China; Musk's turns only about Starship and Mars",
kind="label")

add("podcast_labelled",
"",
"""Host: A lot of people in Washington say Tesla is too dependent on Beijing. Is that fair?
Elon Musk: Is it dependent, or is it just good business? China is the biggest car market in the world. Why wouldn't we be there?
Host: But if relations sour?
Elon Musk: Then everybody gets hurt, not just Tesla. Apple, Nike, Starbucks, all of them. I don't think Beijing wants that either.
Host: Different topic. Your kids?
Elon Musk: They're great. Chaotic, but great.""",
["Is it dependent, or is it just good business? China is the biggest car market in the world. Why wouldn't we be there?",
 "I don't think Beijing wants that either"],
"rhetorical questions of his; 'Then everybody gets hurt' framed by host; family answer not gold",
kind="label")

add("podcast_labelled",
"",
"""Host: Kimbal, you spent three weeks in China this spring. What did you learn?
Kimbal Musk: That their food-delivery logistics are miles ahead. An order in Shanghai arrives in twenty minutes, hot.
Host: Does your brother agree with you on China?
Kimbal Musk: We argue about it at dinner. I think they're going to win a lot of industries. He'd probably say the same about cars.
Host: Fair enough. Tell us about the school gardens project.
Kimbal Musk: We're in 800 schools now.""",
[], "other Musk (Kimbal) as speaker; speculation about his brother's view is Kimbal's words",
kind="label")

add("podcast_labelled",
"",
"""Sara Lindqvist: You've been outspoken about chips. What happens if something goes wrong in the Taiwan Strait?
Musk: Then the global economy has a very bad year, or a very bad decade. Most of the world's advanced chips come out of Taiwan, and that is a massive single point of failure if China moves on the island.
Sara Lindqvist: Is Tesla preparing for that?
Musk: We're diversifying where we can. Samsung in Texas, some work with Intel. But realistically there is no substitute for TSMC for the next few years.
Sara Lindqvist: And xAI's compute?
Musk: We're bringing another hundred thousand GPUs online in Memphis this quarter.""",
["Most of the world's advanced chips come out of Taiwan, and that is a massive single point of failure if China moves on the island",
 "Then the global economy has a very bad year, or a very bad decade"],
"Taiwan Strait; short label 'Musk:'; diversification and Memphis answers not gold",
kind="label")

add("podcast_labelled",
"",
"""Host: China landed a probe on the far side of the moon and is planning its own station. Meanwhile NASA's Artemis keeps slipping. What's going on?
Elon Musk: NASA's people are fantastic. They've just been handed a budget process that makes it almost impossible to move fast.
Host: Is Congress the problem?
Elon Musk: Congress wants jobs in every district. That's how you end up with a rocket built in forty states.
Host: Would you ever run NASA?
Elon Musk: No. I have enough jobs.""",
[], "'they' refers to NASA after host mentions China; all his turns about NASA/Congress",
kind="label")

add("podcast_labelled",
"",
"""Priya Raman: DeepSeek shocked everyone last year. Did it shock you?
Elon Musk: Not really. The Chinese AI labs are very strong, and they've been underestimated for years. I said that at the time.
Priya Raman: What about export controls on Nvidia chips to China?
Elon Musk: They slow things down a bit, but they won't stop it. Chinese companies will build their own chips. Huawei is already doing it.
Priya Raman: And Grok?
Elon Musk: Grok 5 training starts next month. I think it has a chance of being the first model to reach AGI, maybe ten percent.""",
["Not really. The Chinese AI labs are very strong, and they've been underestimated for years",
 "They slow things down a bit, but they won't stop it. Chinese companies will build their own chips. Huawei is already doing it"],
"DeepSeek/Huawei; export controls; 'They' refers to export controls on chips to China (still about China); Grok answer not gold",
kind="label")

add("podcast_labelled",
"",
"""Host: Dr. Chen, you worked at Tesla's Shanghai plant in the early days. What was Elon like?
Dr. Chen Yu: Demanding. He told us once that we had the best production line he had ever seen, and then asked us to make it twice as fast.
Host: Did he mean it?
Dr. Chen Yu: Completely. He said, "You can do it in half the time," and walked away.
Host: And today?
Dr. Chen Yu: Today I run my own battery company in Changzhou. We supply two European automakers.""",
[], "former employee recalls what Musk told him - someone else's words with Musk as object",
kind="label")

# ---------------- PODCAST UNLABELLED ----------------
add("podcast_unlabelled",
"",
"""Welcome back to the show. My guest today needs no introduction. Elon, thanks for coming on.
Happy to be here.
Let's start with China. You've been going there for years. What's changed?
Well, the biggest change is that the Chinese car companies went from being followers to being leaders. Five years ago they were learning from us. Now, in some areas, we're learning from them.
Which areas?
Battery cost, interior design, speed of iteration. They can launch a new model in eighteen months. It takes most Western companies four years.
And SpaceX? Are you worried about Chinese reusable rockets?
I think they'll get there eventually, but we're pretty far ahead on reusability. Starship will be fully reusable before anyone else gets a booster back reliably.""",
["Well, the biggest change is that the Chinese car companies went from being followers to being leaders. Five years ago they were learning from us. Now, in some areas, we're learning from them",
 "Battery cost, interior design, speed of iteration. They can launch a new model in eighteen months. It takes most Western companies four years",
 "I think they'll get there eventually, but we're pretty far ahead on reusability"],
"unlabelled transcript; guest turns identified by content; 'they' refers to Chinese car companies/rockets; Starship sentence not gold",
kind="unlabeled", guests=["Elon Musk"])

add("podcast_unlabelled",
"",
"""This is the Frontier Markets podcast. I'm here with Elon Musk, and before we start I want to set the scene. China now makes about seventy percent of the world's lithium-ion batteries. Chinese carmakers exported more than five million vehicles last year.
Elon, you're building rockets. Tell me about the Raptor engine.
So Raptor 3 is a big step. We've removed a lot of the external plumbing, it's lighter, it's more reliable, and the thrust is up about twenty percent.
When does it fly?
On the next Starship, hopefully within the next two months.
Any plans to go public with Starlink?
Not anytime soon. Maybe when the cash flow is very predictable.""",
[], "host's China framing; guest speaks only about Raptor and Starlink",
kind="unlabeled", guests=["Elon Musk"])

add("podcast_unlabelled",
"",
"""Alright, we're rolling. So, the question everyone wants me to ask: tariffs.
Yeah, look. My view hasn't changed. I think tariffs on Chinese cars are bad for consumers and, in the long run, bad for the companies they are meant to protect.
Why bad for the companies?
Because protection makes you lazy. If Detroit doesn't have to compete with BYD, Detroit won't get better.
You compete with BYD.
We do, and it's made us better. It's the toughest competition we've ever had.
Let's switch gears. Neuralink.
Sure. We've got twelve patients now, and the data looks good.""",
["I think tariffs on Chinese cars are bad for consumers and, in the long run, bad for the companies they are meant to protect",
 "Because protection makes you lazy. If Detroit doesn't have to compete with BYD, Detroit won't get better",
 "We do, and it's made us better. It's the toughest competition we've ever had"],
"unlabelled transcript; tariffs on Chinese cars; BYD; Neuralink not gold",
kind="unlabeled", guests=["Elon Musk"])

add("podcast_unlabelled",
"",
"""Welcome to Table Talk. My guest is Kimbal Musk, entrepreneur, restaurateur and, yes, Elon's brother.
Thanks. Great to be here.
You just got back from Chengdu.
I did, and the food scene there is unbelievable. Chinese cities are doing things with urban farming that we should copy immediately.
Do you talk to Elon about China?
All the time. We don't always agree. But I think China's going to lead in a lot of areas, and I say that as an American who loves this country.""",
[], "unlabelled transcript whose guest is Kimbal Musk, not the watched speaker",
kind="unlabeled", guests=["Kimbal Musk"])

add("podcast_unlabelled",
"",
"""Okay, so we're live. Elon, thank you for doing this on short notice.
No problem.
You just came back from Shanghai. How was the trip?
It was good. The factory is running really well. I think the Shanghai team is the best we have, honestly, in terms of just getting things done.
Did you meet with officials?
I met with a few people. I'm not going to go into details. They were supportive, as they've been since the beginning.
And then Starbase?
Straight to Starbase. We have a launch on Thursday. The weather looks okay.""",
["The factory is running really well. I think the Shanghai team is the best we have, honestly, in terms of just getting things done",
 "They were supportive, as they've been since the beginning"],
"unlabelled; 'the factory' refers to Shanghai; 'They' refers to officials met in Shanghai; meeting itself an action; Starbase not gold",
kind="unlabeled", guests=["Elon Musk"])

add("podcast_unlabelled",
"",
"""This is Orbit Weekly, and my guest is Elon Musk. We're recording at Starbase.
Great to be here.
China's space station has been crewed continuously for years, and they're planning a moon base. Does that motivate your team?
What motivates the team is making life multiplanetary. That's it. The moon is a stepping stone.
How many Starship flights this year?
I'd like to do twenty-five. We'll probably do fifteen.
Any message for young engineers?
Come to Starbase. Bring boots.""",
[], "host raises China; guest's answer is about multiplanetary goals, not China",
kind="unlabeled", guests=["Elon Musk"])

add("podcast_unlabelled",
"",
"""Welcome back to Ground Truth. Today's guests are Elon Musk and energy analyst Maria Osei. Maria, let's start with you. Solar.
Global solar installations hit another record, and more than eighty percent of panels came from one country.
Elon, is that a problem?
It's a fact. China crushed it on solar. They built the entire supply chain while everyone else was arguing about subsidies.
Should the US try to catch up?
Yes, but we should be realistic. It'll take a decade, and the cost will be higher. That's fine.
Maria, your view?
I'd be more optimistic than Elon. Costs in India are coming down fast.""",
["It's a fact. China crushed it on solar. They built the entire supply chain while everyone else was arguing about subsidies"],
"two guests; Musk's turns identified by host's address; Osei's statements not his; US catch-up answer not China claim",
kind="unlabeled", guests=["Elon Musk", "Maria Osei"])

# ---------------- VTT ----------------
add("vtt", "Elon Musk at the Global Manufacturing Forum (full session)", "",
["The speed at which Chinese suppliers can tool up a new part is unmatched.",
 "Honestly, they set the benchmark for everyone else."],
"VTT transcript; 'they' refers to Chinese suppliers in previous cue; off-topic cues about Optimus",
kind="vtt", vtt=mkvtt([
 ("Moderator", "Elon, thank you for joining us. Let's start with manufacturing."),
 ("Elon Musk", "Sure. Manufacturing is underrated. The factory is the product, really."),
 ("Elon Musk", "The speed at which Chinese suppliers can tool up a new part is unmatched."),
 ("Elon Musk", "Honestly, they set the benchmark for everyone else."),
 ("Moderator", "And Optimus? When will we see it in homes?"),
 ("Elon Musk", "Probably in two or three years. Factories first, then homes."),
]))

add("vtt", "Panel: The future of the EV market", "",
[], "VTT; China statements by another panellist; Musk cues only about Cybertruck",
kind="vtt", vtt=mkvtt([
 ("Helen Zhao", "Chinese brands will take a third of the European market by 2030. I'm confident of that."),
 ("Moderator", "Elon, do you see the same thing?"),
 ("Elon Musk", "I mean, I'm focused on our own roadmap. The Cybertruck refresh comes out next spring."),
 ("Moderator", "Any price details?"),
 ("Elon Musk", "Not today. You'll have to wait."),
]))

add("vtt", "Musk livestream Q&A, Giga Shanghai anniversary", "",
["Five years ago this was farmland. Now it's the most productive car factory on Earth.",
 "I want to thank the government of Shanghai, they made this possible.",
 "China is going to remain a huge part of Tesla's future."],
"VTT with short speaker tag 'Musk'; one claim per cue",
kind="vtt", vtt=mkvtt([
 ("Musk", "Five years ago this was farmland. Now it's the most productive car factory on Earth."),
 ("Musk", "I want to thank the government of Shanghai, they made this possible."),
 ("Musk", "China is going to remain a huge part of Tesla's future."),
 ("Host", "Thank you, Elon. Any final words for the team?"),
 ("Musk", "Keep going. And get some sleep."),
]))

add("vtt", "Tech Week keynote: Elon Musk", "",
[], "VTT; host introduces China theme; Musk speaks about Starlink and the US power grid",
kind="vtt", vtt=mkvtt([
 ("Host", "This year's theme is competition with China. Please welcome Elon Musk."),
 ("Elon Musk", "Thank you. I want to talk about energy, because that's the real constraint on AI."),
 ("Elon Musk", "The US grid needs to roughly double in the next fifteen years."),
 ("Elon Musk", "Transformers are sold out. Permitting takes years. That has to change."),
 ("Elon Musk", "And Starlink now has more than seven million customers."),
]))

add("vtt", "Interview: Elon Musk on robotaxis and rivals", "",
["Baidu is doing good work on autonomy, and so is Huawei."],
"VTT; named Chinese companies; interviewer question not gold; robotaxi launch date not gold",
kind="vtt", vtt=mkvtt([
 ("Interviewer", "Baidu's Apollo Go is running thousands of robotaxis in Wuhan. Is that a threat?"),
 ("Elon Musk", "Baidu is doing good work on autonomy, and so is Huawei."),
 ("Elon Musk", "But our approach is general. It works anywhere, with cameras only."),
 ("Interviewer", "When does Austin get fully driverless service?"),
 ("Elon Musk", "By the end of this year, across most of the city."),
]))

add("vtt", "Maye Musk: A Woman Makes a Plan - Shanghai book event", "",
[], "VTT speaker Maye Musk, not the watched speaker",
kind="vtt", vtt=mkvtt([
 ("Interpreter", "Ms. Musk, welcome back to Shanghai."),
 ("Maye Musk", "Thank you. China has been so good to me. I come back every year."),
 ("Maye Musk", "My son Elon says I work too much. He's one to talk!"),
 ("Interpreter", "What do you like most about Chinese readers?"),
 ("Maye Musk", "They ask the best questions. Very direct."),
]))

add("vtt", "Elon Musk on X Spaces: trade, tariffs and Hong Kong", "",
["Hong Kong used to be the bridge between China and the world, and it still could be.",
 "If the tariffs go to a hundred percent, the Chinese companies will just build factories in Mexico and Hungary."],
"VTT; Hong Kong in relation to China; conditional claim on China tariffs; Dogecoin aside not gold",
kind="vtt", vtt=mkvtt([
 ("Elon Musk", "Okay, can everyone hear me? Great."),
 ("Elon Musk", "Hong Kong used to be the bridge between China and the world, and it still could be."),
 ("Speaker 2", "Elon, what about the new tariff proposal?"),
 ("Elon Musk", "If the tariffs go to a hundred percent, the Chinese companies will just build factories in Mexico and Hungary."),
 ("Speaker 2", "And Dogecoin?"),
 ("Elon Musk", "Doge is the people's crypto. That's all I'll say."),
]))
