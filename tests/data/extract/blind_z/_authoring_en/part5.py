from common import doc

DOCS = []
A = DOCS.append

# 081 podcast_unlabelled negative, Kimbal Musk
A(doc(81, "podcast_unlabelled", "unlabeled",
"Food Forward podcast: Kimbal Musk on vertical farms and what China gets right",
'''
Welcome to Food Forward. My guest today is Kimbal Musk, restaurateur, Tesla board member and, yes, Elon's brother. Kimbal, you just got back from a tour of vertical farms in China.

I did. We went to Shanghai, Chengdu and a place outside Shenzhen. What they're doing with indoor farming is amazing. The Chinese government has made food security a national priority, and you can see it everywhere.

Is it ahead of the US?

On scale, absolutely. On flavour, I'd still say we do better. But they are learning fast.

Does your brother share your enthusiasm for China?

You'd have to ask Elon. We don't talk business much at Thanksgiving. I will say he's always been impressed by how fast things get built there, but that's his story to tell.

What's next for you?

We're opening two new restaurants in Colorado and expanding the school garden programme to another hundred schools.
''',
"unlabelled transcript whose guest is Kimbal Musk; he paraphrases what Elon thinks of China (not Elon's statement)",
guests=["Kimbal Musk"]))

# 082 podcast_unlabelled positive
A(doc(82, "podcast_unlabelled", "unlabeled",
"Compute Hour: Elon Musk and Dana Whitfield on chips, China and the AI build-out",
'''
This is Compute Hour. With me are Elon Musk and Dana Whitfield, who ran semiconductor export policy at the Commerce Department until last year. Dana, start us off. Are export controls working?

Partially. They've slowed Chinese access to the very best Nvidia parts, but Huawei has made real progress on its Ascend chips, and SMIC is producing at seven nanometres in meaningful volumes. I'd say the controls bought the US maybe two years.

Elon, you're building some of the biggest clusters in the world. How worried should we be about Huawei?

⟦Huawei is a formidable company. People underestimate them at their peril.⟧ ⟦Their chips are not as good as Nvidia's yet, but they'll get there, because they have no choice.⟧

Dana, is that right?

I think Elon's being generous, but directionally, yes.

What's the binding constraint for xAI right now?

Power. Just power. We need gigawatts, and getting a gigawatt in the US takes years of permitting. That's the real bottleneck, not chips.

Elon, one more on China. Would you sell Grok there?

⟦Probably not, given the rules there. I don't think that government would allow a truth-seeking AI that says things it doesn't like.⟧

Dana, closing thoughts?

Just that nobody should assume the gap stays where it is. It won't.
''',
"unlabelled two-guest transcript; other guest's China analysis not gold; 'there' and 'that government' refer back to China in the host's question; his power answer not gold",
guests=["Elon Musk", "Dana Whitfield"]))

# 083 vtt negative, commentator speculation
A(doc(83, "vtt", "vtt",
"Did Elon just change his mind on China? | Tech Talk Daily",
"",
"YouTube commentary: the host guesses what Elon thinks and says he has not commented; analyst clip about Tesla in China",
cues=[
    ("Ryan Cole", "What's up everyone, welcome back to Tech Talk Daily."),
    ("Ryan Cole", "So today I want to talk about Elon and China, because there's a lot going on."),
    ("Ryan Cole", "Tesla's sales in China were down again last month, and BYD keeps crushing it."),
    ("Ryan Cole", "Now, Elon hasn't said anything about this yet."),
    ("Ryan Cole", "But my guess is he's thinking China is just a tougher market than he expected."),
    ("Ryan Cole", "And honestly, I think he's going to pivot hard to robotaxis and leave the price war to BYD."),
    ("Ryan Cole", "Here's what one analyst told me."),
    ("Priya Nair", "Tesla in China is a mature product in a market that rewards novelty. That's the problem."),
    ("Ryan Cole", "Let me know what you think in the comments."),
]))

# 084 vtt positive, CNBC interview
A(doc(84, "vtt", "vtt",
"Elon Musk on tariffs, China and Tesla's future | Full interview",
"",
"interview captions: question about China not gold; answer cues about Chinese parts are gold; 'they' = the administration not gold; Texas plant and stock answers not gold",
cues=[
    ("David Ferrante", "Elon, let's start with tariffs. Are the new duties on Chinese goods going to hurt Tesla?"),
    ("Elon Musk", "⟦Tesla is the least affected car company, but we're still affected, because some parts come from China.⟧"),
    ("Elon Musk", "⟦The supply chain for batteries in particular runs through China, and that's not something you can change overnight.⟧"),
    ("David Ferrante", "Have you talked to the administration about it?"),
    ("Elon Musk", "I've given my advice. What they do with it is up to them."),
    ("David Ferrante", "What's the status of the cathode plant in Texas?"),
    ("Elon Musk", "It's going to start production next year. We're pretty excited about it."),
    ("David Ferrante", "And on the stock, what do you say to investors who are nervous?"),
    ("Elon Musk", "I'd say hold on tight. The long-term future of Tesla is incredibly bright."),
]))

# 085 qa_interview positive, conference Q&A
A(doc(85, "qa_interview", "article",
"Musk at VivaTech: highlights from the Q&A",
'''
Elon Musk spoke by video link to the VivaTech conference in Paris on Friday, taking questions from the moderator and the audience for about 40 minutes. Below are edited excerpts.

On Chinese competition

Audience member: European carmakers are losing ground to Chinese brands. What should they do?

Musk: ⟦The Chinese companies are just executing extremely well. They iterate faster, and they're willing to operate on thin margins.⟧ ⟦The European companies need to move faster, or the Chinese will take a lot of their market.⟧

On BYD

Moderator: In 2011 you laughed at BYD on television. Do you regret that?

Musk: ⟦Ha, yes. Their products back then were not very competitive. Today they are very competitive.⟧

On regulation

Musk: Europe has too many regulations. Every new rule should come with a sunset clause, so that bad rules die automatically.

On Mars

Musk: The first uncrewed Starships should launch to Mars in the next transfer window. If they land safely, crewed flights would follow.
''',
"conference Q&A write-up: audience/moderator questions not gold; 'Their products' refers to BYD from the question; Europe-regulation and Mars answers not gold"))

# 086 qa_interview negative, Tesla Asia chief
A(doc(86, "qa_interview", "article",
"Q&A: Tesla's Asia chief on China, price wars and what Elon wants",
'''
Leo Fang has run Tesla's Asia-Pacific business for three years. We spoke in Shanghai. The interview has been condensed.

Q: Is Tesla losing the price war in China?

Fang: I would not call it a war. Chinese consumers have more choice than anyone in the world, and that is healthy. We compete on product, not only on price.

Q: What does Elon ask you about when you talk?

Fang: He always asks the same question: how do we make it better and cheaper? He is extremely focused on the product.

Q: Will Tesla build a second factory in China?

Fang: That is a decision for the company's leadership. I cannot comment.

Q: What surprised you most about the Chinese market?

Fang: How fast people adopt new technology. A feature that takes two years to catch on elsewhere takes two months here.
''',
"Q&A with a Tesla executive: China views are his; he reports a generic question Musk asks (not about China); title's 'what Elon wants' is framing"))

# 087 x_roundup positive
A(doc(87, "x_roundup", "article",
"Musk's posts on the China tariff fight, annotated",
'''
Elon Musk has said relatively little in public about the escalating tariff fight between Washington and Beijing. Over the weekend, that changed. Here's what he posted.

Saturday: "⟦Tariffs on Chinese batteries will raise the cost of every grid storage project in America. Bad idea.⟧" The post had 40 million views by Sunday night.

Saturday, later: Replying to @ThePowerLedger, which argued that China had "weaponised" its dominance of battery materials, Musk wrote: "⟦True, they have a dominant position in graphite and lithium refining. The answer is to build our own refineries, not to make batteries more expensive.⟧"

Sunday: He posted a photo of a Cybertruck at Starbase with the caption "Ready."

Sunday: He also reposted, without comment, a video from the state broadcaster CGTN about a new sodium-ion battery factory in Anhui province.

A senior US trade official, speaking on condition of anonymity, called Musk's posts "unhelpful at a sensitive moment".
''',
"X roundup: 'they' in his reply refers to China from the post he answers; wordless repost of Chinese state media is an action; trade official not gold"))

# 088 opinion negative, speculation
A(doc(88, "opinion", "article",
"What would Elon do? Guessing Musk's next move in China",
'''
Every few months, the same question lands in my inbox: what is Elon Musk going to do about China? The honest answer is that nobody knows, possibly including Musk.

My guess is that he sees the Chinese car market the way he once saw the US launch market: crowded, subsidised and ripe for disruption by something completely different. If I were him, I would stop trying to win a price war against BYD and let the Shanghai factory become a pure export hub.

His allies tend to frame it differently. "Elon plays a longer game than anyone," one longtime Tesla investor told me. "He's not going to say anything about China until he's ready to act."

What Musk has talked about, at length, is autonomy. He said last week that Tesla's value would come "overwhelmingly from autonomy", and that the company would have robotaxis "in every major US city" within a few years.

Maybe that is his China strategy, too. Or maybe he simply does not have one.
''',
"opinion: columnist's guesses about what he 'sees'; investor quote; his quotes are about autonomy and US cities"))

# 089 other (fact-check) positive
A(doc(89, "other", "article",
"Fact check: Musk did not say Chinese EVs are 'better than Tesla', but he did praise them",
'''
CLAIM: A widely shared video caption says Elon Musk "admitted Chinese EVs are better than Tesla".

VERDICT: Missing context.

FACTS: The clip, viewed more than 3 million times on TikTok and Instagram, comes from an interview Musk gave to a German newspaper's video channel in September. In the full interview, Musk said that ⟦Chinese electric vehicles were "very good"⟧ and that ⟦Chinese manufacturers were "the most competitive in the world"⟧.

He did not say they were better than Tesla's cars. Asked directly whether a BYD was better than a Model Y, he replied: "⟦No. But they are getting closer every year, and we take them very seriously.⟧"

Musk addressed the clip himself on Wednesday, writing on X: "⟦I said Chinese EVs are very good. I never said they were better than Tesla.⟧"

The misleading caption was added by an account that posts clips of business leaders. Tesla did not respond to a request for comment.
''',
"fact-check: viral caption is not his; his real praise and his answer ('they' = BYD) are gold; his own correction on X is gold; fact-checker's 'He did not say' is not"))

# 090 liveblog positive, tariff day
A(doc(90, "liveblog", "article",
"Tariff day live: Beijing retaliates, markets tumble, Musk weighs in",
'''
18:05 ET: Musk has now posted about the tariffs directly. "⟦Tariffs on China at this level will hurt American manufacturers more than Chinese ones, at least in the short term⟧," he wrote on X a few minutes ago.

17:30: China's commerce ministry announces retaliatory tariffs of 34% on all US goods from next week. "China will take resolute countermeasures," a spokesman said.

16:45: Tesla shares closed down 6%, their worst day since March.

15:10: Musk posted a video of a Starship static fire. No mention of the tariffs.

14:00: Kimbal Musk, in a television interview, called the tariffs on China "a tax on American families".

13:15: Asked by a user on X whether Tesla would raise prices, Musk replied: "⟦No price changes for now. Our cars are mostly built in the US, but some parts come from China, so we'll see⟧."

12:20: The White House press secretary says the president "is not going to blink".
''',
"live blog: his X posts on China tariffs are gold; Starship video is an action; Kimbal Musk and Chinese ministry quotes not gold"))

# 091 machine_translated positive
A(doc(91, "machine_translated", "article",
"Musk: ⟦Chinese consumers are the most demanding in the world⟧",
'''
This outlet reports, on the 25th, Tesla CEO Musk on social platform X published a post saying: "⟦Chinese consumers are the most demanding in the world, this forces us to continuously improve⟧." This post in a short time obtained more than ten million views. Afterwards Musk again replying to a netizen said, ⟦Tesla will in China launch more localized functions, including voice assistant⟧. It is worth mentioning, in this year first quarter, Tesla in China market sales volume year-on-year decreased. An industry person said, Musk's remarks show Tesla attaches importance to China market. Meanwhile, Musk also revealed, SpaceX this year will carry out more than 170 launches.
''',
"machine-translated English; industry person's interpretation and SpaceX launch count not gold"))

# 092 machine_translated negative
A(doc(92, "machine_translated", "article",
"Musk: Starship will go to Mars next year, humanity to become multi-planetary species",
'''
On local time 27th, SpaceX founder Musk at Starbase base in Texas state held a speech saying, Starship will at end of next year go to Mars, humanity must become multi-planetary species. Reporter noticed, China's own heavy rocket Long March 10 also accelerates development, China Aerospace Science and Technology Corporation expert expressed, China plans before 2030 to realize Chinese people landing on moon. Some commentary thinks, China commercial aerospace enterprises are catching up with SpaceX.
''',
"machine-translated: colon headline carrying his claim, but about Mars; China content comes from experts and commentary"))

# 093 wire negative, 'they' = NASA
A(doc(93, "wire", "article",
"Musk criticises NASA lunar plan as China accelerates moon programme",
'''
HOUSTON, Aug 14 (Reuters) - China said on Thursday it had completed a key test of the lander it plans to use to put astronauts on the moon before 2030. "The test was a complete success," an official of the China Manned Space Agency told state television.

Hours later, Elon Musk criticised NASA's approach to its own Artemis programme. "They need to simplify the architecture. Too many contractors, too many cooks," Musk wrote on X, referring to the US space agency's plans for the next crewed landing.

SpaceX, which is building the Starship lunar lander for NASA, said in a statement that it remained on track to meet its milestones.

Asked on X by a user whether China would beat the United States back to the moon, Musk did not reply.
''',
"'They' in his quote follows a China paragraph but refers to NASA, as the text says; unanswered question about China"))

# 094 wire (AP) negative, sidestepped question
A(doc(94, "wire", "article",
"Musk sidesteps question on China at Starbase news conference",
'''
STARBASE, Texas (AP) — Elon Musk on Tuesday declined to answer a question about Tesla's business in China during a news conference at SpaceX's launch site in South Texas, instead taking a question about the next Starship flight.

A reporter for a Hong Kong broadcaster asked whether Tesla planned further price cuts in China after a fourth straight month of falling sales there. Musk pointed to another reporter.

"The next flight is about six weeks out. We learned a lot from the last one," he said in answer to that reporter's question.

Musk also said Starbase's new status as a city would let SpaceX "move much faster on construction".

Tesla did not respond to emailed questions about its pricing in China. Chinese carmakers including BYD have cut prices repeatedly this year.
''',
"question about China put to him that he declines (action); his quotes are about Starship and Starbase"))

# 095 wire (Bloomberg) positive, rare earths
A(doc(95, "wire", "article",
"Musk Says ⟦China's Grip on Rare-Earth Refining Is 'Real Vulnerability' for West⟧",
'''
(Bloomberg) -- Elon Musk said ⟦China controls the vast majority of the world's rare-earth refining⟧, calling it "⟦a real vulnerability for the West⟧" that would take years to fix.

"⟦Even if we started building refineries today, it would be five to ten years before we'd be independent of China⟧," Musk said in an interview with Bloomberg Television on Monday.

Tesla has been redesigning its motors to use fewer rare-earth elements. Musk said the company's next-generation motor would use "zero rare-earth magnets", though he did not give a timeline.

China's commerce ministry has said its export controls on some rare-earth products are "not targeted at any specific country".

Analysts at Bloomberg Intelligence estimate that China accounts for about 90% of global rare-earth magnet production.
''',
"short quote whose 'it' is China's control from the same sentence; conditional; next-generation motor remark not gold; ministry and analysts not gold"))

# 096 wire (Guardian) negative
A(doc(96, "wire", "article",
"Chinese social media erupts over Musk's post on population collapse",
'''
A post by Elon Musk warning about falling birth rates has become one of the most discussed topics on Chinese social media this week, drawing hundreds of thousands of comments on Weibo.

"Population collapse is the biggest danger civilisation faces. Much bigger than climate change," Musk wrote on X on Monday. The post did not mention any country.

Chinese users quickly connected it to China's own shrinking population, which fell for a third consecutive year in 2024. "He is talking about us, even if he doesn't say so," one Weibo user wrote.

An editorial in the nationalist tabloid Global Times said China's demographic challenge was "manageable" and accused "certain Western billionaires" of spreading "anxiety".

Musk has posted about birth rates dozens of times in recent years, often citing South Korea and Japan.
''',
"Chinese reaction story; his post mentions no country; Weibo user says 'he is talking about us' (not his words); Global Times editorial"))

# 097 wire (Reuters) positive, Hong Kong and the mainland
A(doc(97, "wire", "article",
"⟦Tesla to open Hong Kong design studio⟧, Musk says",
'''
HONG KONG, May 14 (Reuters) - ⟦Tesla will open a design studio in Hong Kong later this year⟧, Chief Executive Elon Musk said on Wednesday, as the carmaker tries to win back buyers in its second-biggest market.

"⟦Hong Kong and the mainland together are now our second-biggest market, and we want designers who understand Chinese customers⟧," Musk said in a video message played at an event in the city.

Hong Kong's secretary for innovation said the studio was "a vote of confidence in Hong Kong as a bridge between China and the world".

Musk also said he expected xAI's next Grok model to be released before the end of the year.
''',
"claim placed before the attribution ('..., Musk says'); Hong Kong together with 'the mainland'; HK official and Grok remark not gold"))

# 098 wire negative, Tesla's China chief
A(doc(98, "wire", "article",
"Tesla's China chief says Shanghai will get a new model line",
'''
SHANGHAI — Tesla will add a production line at its Shanghai factory to build a six-seat version of the Model Y, the company's China chief Wang Hao said on Thursday, adding that the plan had been approved by Elon Musk.

"Elon supports the Shanghai team one hundred percent," Wang said at a press event at the factory. "Chinese families want more space, and this car is for them."

Musk, who signed off on the investment in March according to Wang, has not commented publicly on the plan.

The new line is expected to add capacity of about 100,000 vehicles a year.
''',
"Tesla China executive's claims; Musk only approved (action) and has not commented"))

# 099 other (newsletter) positive
A(doc(99, "other", "article",
"Three things Elon said this week (and one he didn't)",
'''
Hi all, here's your weekly Musk digest.

1. On Chinese carmakers. Speaking on a Tesla investor call, Elon said ⟦BYD and other Chinese carmakers would "keep gaining share" outside China "whether we like it or not"⟧. He added: "⟦Their cars are good and cheap. That's a tough combination to beat.⟧"

2. On Starship. He said the next flight is "weeks, not months" away. Classic.

3. On his schedule. Elon said he's "sleeping at the factory again", this time in Austin, to sort out the Cybercab line.

And the one he didn't say: a quote going around on Threads claims Elon called the Chinese government "the best in the world". There's no record of it. It seems to have been lifted from a parody account, @EIonMuskSatire (note the capital I). Don't share it.

Also worth remembering: back in 2021, Elon said ⟦Chinese universities were turning out "more great engineers than anywhere else on Earth"⟧. That one is real.

See you next week.
''',
"newsletter: 'Their cars' refers to Chinese carmakers; fabricated quote from a parody account not gold; recalled 2021 remark gold; Starship and schedule items not gold"))

# 100 wire negative, very short
A(doc(100, "wire", "article",
"Musk to address Shanghai AI conference by video link",
'''
Tesla CEO Elon Musk will speak by video link at the World Artificial Intelligence Conference in Shanghai on Thursday, the organisers said.
''',
"very short: announces that he will speak in China; no statement"))
