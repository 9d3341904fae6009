from common import doc

DOCS = []
A = DOCS.append

# 001 wire (Reuters) positive
A(doc(1, "wire", "article",
"Musk says ⟦Chinese suppliers will set the pace on battery costs⟧",
'''
AUSTIN, Texas, March 12 (Reuters) - Tesla Chief Executive Elon Musk, speaking by video link to an energy storage conference in Shenzhen on Tuesday evening after a start delayed by nearly an hour because of technical problems at the venue, said ⟦Chinese battery suppliers would push cell prices down faster than any Western rival could match⟧.

"⟦The cost curve is being written in China right now, and anyone who pretends otherwise is going to get a rude surprise⟧," Musk said, according to a recording of the session reviewed by Reuters.

He added that ⟦Tesla would keep buying cells from several Chinese makers for its Megapack storage business⟧, even as it expands its own cell production in Texas.

Musk also said the company's long-delayed Roadster sports car would be shown "before the end of the year", a target he has missed several times before.

Tesla shares rose 1.8% in extended trading. A spokesperson for CATL, Tesla's largest battery supplier, declined to comment on Musk's remarks.

Analysts at Bernstein said in a note last week that average prices for lithium iron phosphate cells in China had fallen by roughly a fifth over the past year, and that Western producers were "structurally unable" to follow.

(Reporting by Daniel Ortiz in Austin and Wen Jiaqi in Shenzhen; Editing by Mark Potter)
''',
"long place/time apposition between name and verb; 'he added' continuation; non-China Roadster remark and analyst/CATL lines in a China story"))

# 002 wire (AP) negative
A(doc(2, "wire", "article",
"Musk makes unannounced trip to Beijing as Tesla seeks driver-assistance approval",
'''
BEIJING (AP) — Elon Musk arrived in Beijing on Sunday for a visit that had not been announced, meeting senior officials as Tesla presses for permission to roll out its most advanced driver-assistance software in China, two people familiar with the schedule said.

China's Ministry of Industry and Information Technology said in a brief statement that it "welcomes foreign enterprises including Tesla to continue deepening cooperation in China" and that it had discussed "data security and intelligent connected vehicles" with the company.

Musk did not speak to reporters waiting outside his hotel. He posted a photograph of the Beijing skyline on X without a caption.

Before leaving Texas on Saturday, the billionaire told reporters at SpaceX's Starbase site that the next Starship test flight was "about four weeks away, maybe five."

Tesla's China sales fell 7% in the first quarter from a year earlier, according to the China Passenger Car Association, as domestic rivals including BYD and Xiaomi cut prices.

Tesla did not respond to a request for comment.
''',
"hard negative: actions only (visited, met, posted photo without caption); Chinese ministry quoted; his only quote is about Starship"))

# 003 wire (Bloomberg) positive
A(doc(3, "wire", "article",
"Musk Says ⟦Tesla Won't Chase Chinese Rivals' Price Cuts⟧",
'''
(Bloomberg) -- BYD Co. and a handful of other Chinese automakers cut prices again this month, some by as much as 15%, on models that compete head-on with the Model 3 and Model Y.

Elon Musk says ⟦Tesla isn't about to match every move⟧.

"⟦They are very good at manufacturing and they are relentless, but we are not going to chase the market into the ground⟧," Musk said on a call with investors on Wednesday.

The billionaire also said US demand had been "fine, not great," blaming high interest rates, and repeated that a cheaper model would arrive in the first half of the year.

Tesla shares fell 3.1% in New York. BYD's Hong Kong-listed stock was little changed.

"The price war is a war of attrition, and Tesla's margins give it more room than most," said Chen Li, an analyst at Mizuho Securities in Shanghai.
''',
"China only in the earlier sentence: 'every move' and 'They ... the market' refer back to BYD/Chinese automakers; US-demand remark and analyst quote are not gold"))

# 004 aggregator positive
A(doc(4, "aggregator_headline", "article",
"Musk says ⟦China's power output will be triple America's within a few years⟧ - Reuters",
"",
"aggregator title carrying the claim; gold excludes ' - Reuters'"))

# 005 aggregator negative
A(doc(5, "aggregator_headline", "article",
"Elon Musk weighs in on China's AI push in late-night posting spree - CNBC",
"",
"headline only says he talked about China; no claim carried"))

# 006 short_summary positive
A(doc(6, "short_summary", "article",
"Musk: ⟦Shanghai plant to build cheaper Model Y from next year⟧",
'''
Elon Musk said on Thursday that ⟦Tesla's Shanghai factory would begin building a cheaper Model Y variant next year⟧, calling the plant "⟦the best factory we have⟧."
''',
"one-sentence summary; colon headline claim; short quote whose topic comes from 'the plant'"))

# 007 short_summary negative
A(doc(7, "short_summary", "article",
"Kimbal Musk praises Chinese restaurant automation",
'''
Kimbal Musk, a Tesla board member and the younger brother of Elon Musk, said on Wednesday that Chinese restaurant chains were "years ahead" of their American peers in kitchen automation, speaking at a food-technology summit in Chengdu.
''',
"other person with the surname Musk (Kimbal) talking about China"))

# 008 podcast_labelled positive, two guests
A(doc(8, "podcast_labelled", "label",
"Build Mode, Ep. 412: Elon Musk and Priya Raman on robots, rockets and the factory race",
'''
Dan Kessler: Welcome back to Build Mode. I've got two people in the studio today: Elon Musk, and Priya Raman, who runs the hardware fund at Northgate Capital. Priya, you just got back from Shenzhen.
Priya Raman: I did. Eleven factories in six days. Honestly, the speed is hard to describe. One supplier there quoted me nine days to turn around a new injection mould. In Ohio I was quoted nine weeks.
Dan Kessler: Elon, does that match what you see?
Elon Musk: ⟦Yeah, that's accurate. Their supply chain is dense in a way that people in the US just don't appreciate.⟧ ⟦You can get a part designed, made and delivered to your door in the same week. We learned a lot from that when we built Giga Shanghai.⟧
Dan Kessler: Should that scare American manufacturers?
Elon Musk: ⟦China is going to keep getting faster, and you can be upset about it or you can get better.⟧ I'd rather get better.
Priya Raman: And I think Elon would say, and correct me, that slapping tariffs on Chinese robots won't save anybody.
Elon Musk: Ask me about tariffs another day. The bigger thing for me this year is Starship. If we catch the ship with the tower, that changes everything for getting to Mars.
Dan Kessler: We'll get to Mars, I promise. Priya, who wins the humanoid robot race?
Priya Raman: On hardware cost today? The Chinese teams. Unitree is already shipping in volume, and there are a dozen others right behind them.
Elon Musk: ⟦They're good. I'd say the Chinese robot companies are the main competition for Optimus, frankly. Nobody else is close.⟧
Dan Kessler: That's a big statement.
Elon Musk: ⟦It's just true. Tesla will make the most robots, but the second through tenth places could all be companies from China.⟧
''',
"labelled podcast with a second guest talking about China; 'Their supply chain' refers to Shenzhen suppliers in the previous turn; guest puts words in his mouth ('I think Elon would say'); his Starship/Mars turn not gold"))

# 009 podcast_unlabelled negative
A(doc(9, "podcast_unlabelled", "unlabeled",
"Orbital Weekly #88: Who catches SpaceX?",
'''
Welcome back to Orbital Weekly. I've got two guests today, Elon Musk and Marcus Webb, who covers the launch industry for Payload Review. Marcus, you wrote a piece last month saying China's commercial launch companies will catch SpaceX by 2030. Walk me through it.

Sure. If you look at what the startups in Beijing and Xi'an are doing, they went from nothing to reusable test hops in about four years. The state money behind them is enormous, and the provincial governments are competing to host them. I think they'll be landing boosters routinely within three years.

Elon, you're sitting right there. Is he right?

What I'd say is the thing that's really holding us back is paperwork. The FAA took longer to approve our last flight than it took us to build the rocket. They mean well, but they are drowning in process.

That's not really an answer on China, though.

Ha. Next question. Look, rapid reuse is the whole game. We're maybe eighteen months from a fully reusable upper stage, and once that happens the cost per kilo drops by a factor of ten.

Marcus, last word?

I'd bet Elon privately agrees with me that the Chinese will be a solid number two by the end of the decade. He just won't say it on a podcast.

Well, he's here and he's smiling, so I'll take that as a maybe. That's our show.
''',
"unlabelled transcript; he dodges a China question; 'they' in his turn means the FAA; other guest claims what Musk 'privately agrees'",
guests=["Elon Musk", "Marcus Webb"]))

# 010 earnings_call labelled positive
A(doc(10, "earnings_call", "label",
"Tesla Q1 earnings call transcript",
'''
Travis Axelrod: Good afternoon, everyone, and welcome to Tesla's first-quarter Q&A webcast. Joining me today are Elon Musk, Vaibhav Taneja and a number of other executives. We'll start with questions from retail shareholders. The first one is: How is Tesla responding to competition in China?
Elon Musk: ⟦Well, China is the most competitive car market in the world, by far. The Chinese companies are extremely good, and they've been very aggressive on price.⟧ ⟦We're holding our own there, I think, given the circumstances. Our Shanghai team is fantastic.⟧
Vaibhav Taneja: And just to add some numbers, China deliveries were up sequentially, and Giga Shanghai exported more vehicles to Europe and Asia-Pacific than in any quarter last year.
Travis Axelrod: Thank you. The next question: When will unsupervised FSD be available to customers?
Elon Musk: We expect to launch unsupervised FSD as a paid service in Austin in June, and then expand to other cities in the US. I'm confident of that.
Travis Axelrod: Let's go to analyst questions. Kate Lindqvist from Halvorsen Securities, please go ahead.
Kate Lindqvist: Thanks. Elon, on FSD approval in China, is there any timeline you can share?
Elon Musk: ⟦We're working on it. We have partial approval and we hope to get full approval this year, but it's up to the government there, so I can't promise a date.⟧
Kate Lindqvist: And a follow-up on Optimus. How many units this year?
Elon Musk: Several thousand, if things go well. Probably the biggest limitation is actuators, which is a supply chain we are building from scratch.
''',
"earnings call: questions about China not gold; CFO's China numbers not gold; 'there' refers to China from the analyst's question; FSD Austin and Optimus answers not gold"))

# 011 vtt negative
A(doc(11, "vtt", "vtt",
"Elon Musk full interview: AI, Grok and the OpenAI lawsuit",
"",
"YouTube captions: China (DeepSeek) raised only by the interviewer, who changes the subject; 'they' in his turns means OpenAI",
cues=[
    ("Rachel Tan", "So there's been a lot of talk this week about DeepSeek and what it means for American AI."),
    ("Rachel Tan", "Some people in Washington are calling it a Sputnik moment. But first, let's talk about Grok."),
    ("Rachel Tan", "Where are you on the next model?"),
    ("Elon Musk", "Grok 5 starts training next month on what I think is the biggest cluster in the world, in Memphis."),
    ("Elon Musk", "It should be out by the end of the year, if all goes well."),
    ("Rachel Tan", "OpenAI. You're suing them. Why?"),
    ("Elon Musk", "They were supposed to be open source and non-profit. That was the whole point of it."),
    ("Elon Musk", "And they turned it into a closed-source, maximum-profit company. It's not okay."),
    ("Rachel Tan", "Do you think you'll win?"),
    ("Elon Musk", "I think the facts are very clear. We'll see what the jury says."),
]))

# 012 x_roundup positive
A(doc(12, "x_roundup", "article",
"Musk's week on X: Chinese exports, a booster catch and a fight with the SEC",
'''
Elon Musk posted more than 600 times between Monday and Friday, according to a count by the analytics firm PostPulse. Here are the posts that moved markets or made headlines.

MONDAY: Replying to a chart of Chinese vehicle exports shared by the account @EVDataDaily, Musk wrote: "⟦@EVDataDaily Chinese car exports are going vertical. Legacy automakers are not ready https://t.co/Qx81LmP0aZ⟧"

TUESDAY: He shared a video of a Super Heavy booster being caught by the launch tower in South Texas with the caption "Mechazilla does it again."

WEDNESDAY: Asked by a user whether Tesla would build a factory in India this year, he replied: "Not this year, maybe next."

THURSDAY: In a thread about clean energy costs, Musk wrote that ⟦tariffs on Chinese solar panels were "a mistake that only raises costs for Americans"⟧, adding that ⟦the US should "learn from how fast China built its solar supply chain."⟧

FRIDAY: He posted a meme mocking the Securities and Exchange Commission, which he has been battling in court for years.
''',
"X roundup: verbatim post with @handle and URL; reported X post with embedded quotes; India, SEC and Starship posts not gold"))

# 013 opinion negative
A(doc(13, "opinion", "article",
"Musk and China: the debate goes on",
'''
Few relationships in global business attract as much suspicion as the one between Elon Musk and Beijing. Critics in Washington say the Tesla chief has grown too dependent on a country whose government can, with a phone call, make or break his second-biggest market. His defenders reply that every carmaker on Earth is in the same position.

What is not in dispute is the scale of the bet. Tesla's Shanghai factory built nearly half of the cars the company sold worldwide last year. Musk has courted Chinese leaders for a decade, flown in for meetings at short notice, and steered clear of the kind of public criticism of Beijing that has become routine among American executives.

"He understands that his business in China exists at the pleasure of the party," said Deborah Lyle, a former US trade negotiator now at the Halden Institute. "Every decision he makes there is a calculation."

Chinese officials see it differently. A commentary in the state-run Global Times last month described Tesla as "a model of win-win cooperation" and urged other American firms to follow its lead.

Musk himself has spent the past week posting about other things: rocket launches, the federal budget and his chatbot Grok, which he said this week was "the smartest AI on Earth by a wide margin."

Perhaps his silence is the point. The debate over whether a single businessman can be both a friend of the White House and a welcome guest in Beijing will not be settled by anything he posts. It will be settled by what happens next in Shanghai.
''',
"framing headline 'Musk and China' over a body with no statement of his about China; columnist description ('has courted'); critic and Global Times quoted; his Grok quote not gold"))

# 014 opinion positive
A(doc(14, "opinion", "article",
"Elon Musk's China problem, revisited",
'''
Three years ago, Elon Musk was asked at a conference in Austin whether Tesla relied too heavily on China. "⟦Relying on China is not a choice, it's arithmetic. That's where the supply chain is⟧," he said at the time.

Not much has changed. On Tuesday, in a post on X, the Tesla chief executive wrote that ⟦Chinese automakers were "the most competitive in the world" and would "do very well globally" even if tariffs remained⟧.

It is a remarkable thing for the head of an American carmaker to say, and it tells you something about how he sees the next decade. Musk may believe that Tesla's future lies in software and robots, leaving the low-margin business of building cars to whoever can do it cheapest. If so, he has not said it in so many words.

The numbers support his gloom about the car business, if not his optimism about everything else. BYD sold more battery-electric vehicles than Tesla last year, and Chinese brands now make up about a tenth of Europe's electric car market.

"Tesla still has the best brand in the industry, but brands erode," said Kavita Menon, an auto analyst at Ridgeway Research, who cited Musk's own remark on a 2023 earnings call that ⟦Chinese rivals "will be hard to beat on cost for a long time"⟧.

Musk, for his part, spent most of Tuesday's post-market call talking about robotaxis. "Autonomy is the whole ballgame," he said.
''',
"opinion with framing headline over body that DOES contain his China statements: a recalled quote from three years ago and a reported X post; his remark cited inside an analyst's sentence is gold; columnist's speculation ('may believe') and autonomy quote not gold"))

# 015 other (fact-check) positive
A(doc(15, "other", "article",
"Fact check: Did Elon Musk say China will 'overtake the US in AI by 2026'?",
'''
CLAIM: A graphic shared thousands of times on Facebook and Threads shows a photo of Elon Musk next to the quote: "China will overtake the US in AI by 2026 and there is nothing Washington can do about it."

VERDICT: False. There is no record of Musk saying this.

FACTS: The graphic began circulating on Monday and was shared by several accounts that post about technology stocks. We searched Musk's posts on X, transcripts of his recent interviews and Tesla's last four earnings calls, and found no instance of the quote.

Musk has spoken about Chinese AI. In a podcast interview in March, he said ⟦China would have "a lot of compute" and was "very strong" in AI⟧, but he did not predict that it would overtake the United States. He has said repeatedly that xAI's goal is to build the most capable AI model in the world.

The wording of the viral quote closely matches a line from a January newsletter by Kai Wen, a Singapore-based technology commentator, who wrote that China "could overtake the US in AI by 2026". Wen told us he had never attributed the words to Musk and was "surprised" to see them on the graphic.

Representatives for Musk did not respond to a request for comment.
''',
"fact-check: fabricated quote attributed to him is not gold; his real reported remark is; commentator's line and xAI remark not gold"))

# 016 liveblog positive
A(doc(16, "liveblog", "article",
"Tesla shareholder meeting live: Musk talks robots, China and his pay package",
'''
4:52 p.m. CT: The meeting is over. Musk left the stage to a standing ovation after nearly 90 minutes. Thanks for following along.

4:31 p.m.: Asked by a shareholder about competition in China, Musk, standing on the stage at Giga Texas in front of several thousand shareholders and wearing a black cowboy hat, said ⟦Chinese carmakers were "incredibly competitive" and would be Tesla's toughest rivals for the next decade⟧. "⟦If you look at the top ten car companies by the end of the decade, I think most of them will be Chinese⟧," he said.

4:18 p.m.: Optimus demo. Two robots served drinks on stage, to mixed reviews from the crowd. Musk said production would start "in limited numbers" at the Fremont factory later this year.

4:05 p.m.: Voting results are in. Shareholders approved all of the board's proposals, including the re-election of two directors, according to preliminary figures read out by the company secretary.

3:50 p.m.: Musk said that ⟦the Shanghai factory had "by far the highest output per employee" of any Tesla plant⟧ and joked that he might have to "move into the factory" in Austin to keep up.

3:41 p.m.: Musk takes the stage to music and fireworks. "This is going to be an epic year," he says.

3:30 p.m.: We're at Giga Texas in Austin, where the doors have just opened. The crowd is large, and very enthusiastic.
''',
"live blog, reverse chronology; long apposition between name and 'said'; Optimus/'epic year' remarks not gold"))

# 017 machine_translated positive
A(doc(17, "machine_translated", "article",
"Musk: ⟦Chinese engineers very excellent, Tesla will continue deepening Chinese market⟧",
'''
According to reports, on the 18th, Tesla CEO Musk through video connection at the 2025 China Electric Vehicle Hundred People Forum said, ⟦China's new energy vehicle industry development speed is very fast, Chinese engineers are very excellent, also very hardworking⟧. Musk stated, ⟦Tesla will continue to increase investment in China market, Shanghai super factory is Tesla's most important export center⟧. Musk also expressed that, humanoid robot Optimus will next year realize small batch production. Reporter noticed, since this year, Tesla in China market sales faced pressure, domestic brands such as BYD, Xiaomi continuously launch new vehicle models. Industry insider indicated, Tesla needs to accelerate localized research and development.
''',
"machine-translated English from Chinese media; colon headline; Optimus remark and industry insider not gold"))

# 018 machine_translated negative
A(doc(18, "machine_translated", "article",
"Tesla China sales rebound in May, Model Y still top-selling SUV",
'''
Recently, according to China Passenger Car Association data, Tesla China in May sold 61,662 vehicles, month-on-month increase 28%. Tesla China relevant responsible person expressed, "Chinese consumers to new version Model Y reaction is very positive, we are full of confidence to the Chinese market." It is understood, last year Musk once visited Shanghai super factory, and met with relevant leaders. Industry analyst Zhang Xiang thinks, Musk possibly believes China market is the key of Tesla growth, but local brands competition increasingly intensifies. Musk's company SpaceX this month completed Starship ninth test flight.
''',
"machine-translated: Tesla China spokesperson quoted; analyst speculates what Musk 'possibly believes'; his visit is an action"))

# 019 wire (SCMP) positive
A(doc(19, "wire", "article",
"Musk says ⟦any Taiwan Strait conflict would be 'devastating' for global economy⟧",
'''
Elon Musk has said that ⟦a military conflict across the Taiwan Strait would be "devastating for the whole global economy"⟧, as the billionaire weighed in on cross-strait tensions during an appearance at a technology forum in Dubai on Wednesday.

"⟦Almost every advanced chip in the world comes from Taiwan right now. If Beijing and Taipei ever came to blows and that supply were cut, it would be a catastrophe, not just for Tesla but for everyone⟧," Musk told the forum's moderator.

He added that ⟦he hoped Beijing and Washington could "find a way to keep the peace"⟧, saying ⟦he believed neither side wanted war⟧.

Musk did not answer a follow-up question about Tesla's contingency plans.

Taiwan's Mainland Affairs Council said in a statement on Thursday that Musk's comments "reflect global concern about Beijing's military pressure". A spokesman for China's foreign ministry told a regular briefing that "the Taiwan question is purely China's internal affair" and that foreign business figures "should speak and act responsibly".

Musk also used the appearance to promote Starlink, saying the satellite internet service now had "more than six million customers in over 100 countries".
''',
"Taiwan in relation to China; conditional; 'neither side' refers back to Beijing and Washington; Taipei and Beijing official responses not gold; Starlink remark not gold"))

# 020 wire (Nikkei) negative
A(doc(20, "wire", "article",
"Panasonic battery chief says Chinese rivals 'cannot be ignored' as Kansas plant ramps",
'''
TOKYO -- The head of Panasonic Holdings' battery unit said on Monday that Chinese cell makers, led by CATL and BYD, had opened up a cost advantage of as much as 20% over Japanese and Korean rivals.

"We cannot ignore them, and we will not try to beat them on price alone," said Hiroshi Natsume, president of Panasonic Energy, at a briefing in Osaka. "Our answer is quality and local production in North America."

Tesla CEO Elon Musk, Panasonic's largest customer, wrote on X last month that the company's new plant in De Soto, Kansas, was "ramping well" and that Tesla would need "every cell Panasonic can make."

Natsume said Musk had told him at a meeting in Austin that Tesla wanted more cells made in the United States. He declined to give details of supply negotiations.

Panasonic Energy aims to lift annual capacity in North America to about 80 gigawatt-hours by 2028. Shares of Panasonic Holdings rose 1.4% in Tokyo.
''',
"Nikkei-style China-battery story; Musk quoted only about a Kansas plant; executive's account of what Musk told him (US cells) not gold"))
