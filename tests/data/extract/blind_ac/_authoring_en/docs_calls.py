from common import doc

# ---------------- earnings calls ----------------
doc("earnings_call", "article",
 "Tesla (TSLA) Q3 2025 Earnings Call Transcript",
 '''
Prepared Remarks:

Travis Axelrod -- Head of Investor Relations

Good afternoon, everyone, and welcome to Tesla's third-quarter 2025 Q&A webcast. I'm joined today by Elon Musk, Vaibhav Taneja and a number of other executives. Our results were announced shortly after market close.

Elon Musk -- Chief Executive Officer

Thanks, Travis. So, this was a solid quarter, with record deliveries and record energy storage deployments. ⟦In China the competition is brutal, and I want to give a lot of credit to the team in Shanghai, who delivered record exports in the middle of a price war that frankly nobody else could have survived with margins intact.⟧ ⟦I think the Chinese automakers are going to be our main competition for the next decade, not the legacy companies.⟧ On Optimus, we're on track to start a pilot line in Fremont early next year, and I think it will ultimately be the biggest product of all time.

Vaibhav Taneja -- Chief Financial Officer

Thanks, Elon. Automotive revenue rose 6% sequentially. In China, average selling prices declined slightly because of incentive programmes, but that was more than offset by cost reductions at Giga Shanghai.

Questions & Answers:

Travis Axelrod -- Head of Investor Relations

Let's start with retail questions. The first one: "Will Tesla launch FSD in China this year?"

Elon Musk -- Chief Executive Officer

⟦We're hopeful we'll get approval in China for supervised FSD in the first half of next year, but it's ultimately up to the regulators there.⟧ In the U.S. we're already on version 14 and it's improving very quickly.
''',
 "earnings-call transcript with 'Name -- Title' speaker headers; CFO's China remarks not gold; Optimus and U.S. FSD sentences not gold")

doc("earnings_call", "article",
 "Tesla (TSLA) Q1 2026 Earnings Call Transcript",
 '''
Elon Musk -- Chief Executive Officer

Thank you. The headline this quarter is autonomy. We now have robotaxis operating without safety monitors in Austin and the Bay Area, and we expect to be in at least eight more metro areas by the end of the year. The cost per mile is going to be incredibly low.

Vaibhav Taneja -- Chief Financial Officer

On the regional picture, China remained challenging. Deliveries in the mainland were down 7% year over year, and we saw continued price pressure from local brands. Our Shanghai factory ran at high utilisation thanks to exports to Asia-Pacific and Europe.

Questions & Answers:

Operator

Our next question comes from Ryan Becker with Halsey Securities.

Ryan Becker -- Halsey Securities -- Analyst

Thanks. Elon, you once said Chinese carmakers would demolish everyone without trade barriers. Are we seeing that play out in Tesla's China numbers?

Vaibhav Taneja -- Chief Financial Officer

I'll take that one, Ryan. We're seeing share shifts, but the Model Y L has been very well received, and we expect China volumes to stabilise in the second half.

Elon Musk -- Chief Executive Officer

And just to add, the real story is that once a car can drive itself, its value goes up by a factor of five. That's what investors should be focused on.
''',
 "hard negative earnings call: China covered only by CFO; analyst quotes his old China claim back; his own remarks are about autonomy")

doc("earnings_call", "label",
 "Tesla Q4 earnings call, analyst Q&A",
 '''
Operator: Our next question comes from Lena Hoffmann with Brightwater Partners.
Lena Hoffmann: Thanks. Elon, you've mentioned Chinese competition a lot. How worried should investors be about BYD's push into Europe?
Elon Musk: ⟦BYD is a very strong company.⟧ ⟦I think they'll do well in Europe, and they'll take share from the European incumbents more than from us.⟧ Our advantage is autonomy, and once autonomy is solved it's a completely different game.
Vaibhav Taneja: I'd add that our European registrations were up 12% in December, so we're not seeing the impact Lena is describing yet.
Elon Musk: ⟦Also, just to be clear, the Shanghai factory is not going anywhere. It's our highest-output plant and it's staying that way.⟧
Operator: Our next question comes from Marcus Reid with Oakline Capital.
Marcus Reid: Elon, when will the Semi be in volume production?
Elon Musk: Later this year in Nevada. The line is basically built.
''',
 "'Name: text' earnings-call lines; analyst question about China not gold; 'they' = BYD; autonomy sentence and Semi answer not gold")

doc("earnings_call", "label",
 "Tesla Q2 earnings call, retail investor questions",
 '''
Travis Axelrod: The next question comes from the Say platform: "What is Tesla's strategy to regain market share in China?"
Elon Musk: I'll let Tom take that one. I'll just say that the single most important thing for Tesla overall is autonomy. We expect to have no safety monitors in Austin by the end of the year.
Tom Zhu: Thank you, Elon. In China we are focused on three things: the Model Y L for families, expanding our supercharger network into lower-tier cities, and improving delivery times. We believe these will help us regain share in the second half.
Elon Musk: Thanks, Tom. Next question.
Travis Axelrod: "When will Optimus be available for purchase?"
Elon Musk: For external customers, probably late next year. We need to be using thousands of them in our own factories first.
''',
 "hard negative earnings call: China question answered by Tom Zhu; Musk's turns are about autonomy, call management and Optimus")

doc("earnings_call", "article",
 "Tesla earnings call: five takeaways, from robotaxis to China",
 '''
Tesla's fourth-quarter call on Wednesday ran for more than an hour. Here is what stood out.

1. Robotaxi expansion. Elon Musk said the company expected to launch its paid driverless service in Phoenix and Miami "within months," and repeated that a quarter of U.S. Tesla owners would be able to use unsupervised FSD by year-end.

2. China is getting harder. Musk conceded that ⟦Tesla's China deliveries were likely to fall again in the first quarter⟧, blaming what he called ⟦"a knife fight on pricing" among domestic brands⟧. "⟦The Chinese market will consolidate. When it does, the survivors will be extremely tough, and we intend to be one of them⟧," he said.

3. Margins held up. CFO Vaibhav Taneja said automotive gross margin excluding credits was 17.1%, helped by lower battery costs from Chinese suppliers.

4. Energy is booming. Megapack deployments doubled from a year earlier, and Musk said ⟦the Shanghai Megafactory would reach full output ahead of schedule⟧.

5. Optimus timeline slips slightly. Musk said the first external sales of the robot would now come in 2027.
''',
 "earnings-call write-up: 'conceded that', 'what he called' phrase, multi-sentence quote, Shanghai Megafactory remark gold; robotaxi, margin (CFO) and Optimus points not gold")

# ---------------- Q&A / TV interviews ----------------
doc("qa_interview", "article",
 "Q&A: Elon Musk on China, AI and the factory of the future",
 '''
The following interview has been edited for length and clarity.

Q: You've said Chinese automakers are Tesla's toughest competitors. Why?

A (Musk): ⟦Because they are relentless. They work incredibly hard, their engineering talent is deep and their costs are low.⟧ That's the honest answer.

Q: Is Tesla going to build a second factory in China?

A (Musk): ⟦Not right now. Shanghai has enough capacity for the foreseeable future.⟧

Q: What about AI? Is China ahead?

A (Musk): ⟦On AI models, China is maybe six months behind. On power generation, they're way ahead of us.⟧

Q: Last question: when does Optimus go on sale?

A (Musk): Next year for industrial customers, probably 2027 for consumers.
''',
 "Q&A format 'A (Musk):'; 'they' = Chinese automakers from the question; interviewer's paraphrase of him not gold; Optimus answer not gold")

doc("qa_interview", "article",
 "Interview: Musk on free speech, X and his critics",
 '''
This interview was conducted by video and has been condensed.

Q: Last month you said China would win the AI race if America didn't build more power plants. Do you stand by that?

A: I'd rather talk about X today. X is the only platform where you can actually say what you think without being shadow-banned.

Q: Chinese state media accounts are among the most active on X. Does that worry you?

A: Every account follows the same rules. If you break them, you're out, whoever you are.

Q: What's next for X Money?

A: We're launching in the U.S. first, probably in the spring, and then in Europe.
''',
 "hard negative Q&A: interviewer's questions mention/paraphrase his China claims; his answers are about X and generic rules")

doc("qa_interview", "article",
 "Musk dismisses ⟦China exit talk as 'nonsense'⟧ in TV interview",
 '''
In an interview with Fox Business on Wednesday, Elon Musk dismissed ⟦reports that Tesla was preparing to scale back in China as "complete nonsense"⟧, insisting that ⟦the Shanghai factory would keep running at full capacity⟧.

He described ⟦the Chinese officials he had dealt with as "tough but fair"⟧, and argued that ⟦a trade war with Beijing would "hurt everyone and help no one."⟧

Asked whether Tesla would consider shifting some production to Mexico, Musk said ⟦there were "no plans whatsoever" to move any output out of Shanghai⟧.

Musk also insisted that Tesla's robotaxi service would launch in ten more U.S. cities next year, and dismissed criticism of his political activity as "a distraction."

The interview was recorded at Tesla's headquarters in Austin.
''',
 "TV interview write-up: 'dismissed X as Y' (gold = 'X as Y'), 'described X as Y', 'insisting that', 'argued that'; robotaxi and political remarks with the same verbs not gold")

doc("qa_interview", "article",
 "Interview: Tesla China's Wang Hao on price wars, Musk and the Model Y L",
 '''
Wang Hao runs sales for Tesla in China. We spoke at the company's Shanghai office.

Q: How often do you speak with Elon Musk?

A: Every week, sometimes every day. Elon always tells us that China is the most important market in the world for Tesla, and that if we can win here we can win anywhere.

Q: Is the price war over?

A: It's easing. Regulators have made it clear that selling below cost is not acceptable, and customers are focused on quality again.

Q: What does Musk think of Xiaomi?

A: You would have to ask him. I can tell you that our team studies every competitor carefully.
''',
 "hard negative: Tesla China executive relays what Musk 'always tells us' about China (someone else's words); questions mention Musk")

doc("qa_interview", "label",
 "Transcript: Elon Musk interview on Evening Report",
 '''
SARAH BLAKE: There were reports that Beijing pressured you over Starlink in Taiwan. Did they?
ELON MUSK: ⟦No. Nobody in the Chinese government has ever asked me to do anything about Starlink.⟧
SARAH BLAKE: Starlink just launched in India. How's it going?
ELON MUSK: Really well. We signed up more users in the first week than we expected for the whole month.
SARAH BLAKE: You've been spending time with Chinese carmakers. Is there one that impresses you most?
ELON MUSK: ⟦Xiaomi, probably. I'd have to learn Mandarin and stop sleeping to keep up with those guys.⟧
SARAH BLAKE: Let's talk about Mars. Still 2029?
ELON MUSK: Still 2029, if we're lucky. Maybe 2031 if we're not.
''',
 "TV transcript with upper-case labels; denial about Beijing pressure over Starlink in Taiwan gold; India Starlink answer not gold; joke about Xiaomi gold; Mars not gold")

doc("qa_interview", "article",
 "'As Elon put it, we out-work everyone': Aurion founder on taking on Tesla",
 '''
Chen Yifan founded Hangzhou-based Aurion Motors in 2019. The company now sells more cars in China than Tesla does in some months. Musk has praised Chinese carmakers repeatedly in recent weeks.

Q: How do you take the compliments from Musk?

A: As Elon put it, we out-work everyone. I think that's true, but it's not only about hours. It's about how close our suppliers are. Ours are all within fifty kilometres.

Q: Is Tesla still the benchmark?

A: For software, yes. For cost, no. He knows that too. He told me at a dinner in Shanghai that our seats were better than his.

Q: Will Aurion sell cars in the United States?

A: Not while the tariffs are over 100%. Europe first.
''',
 "hard negative: a Chinese rival quotes and paraphrases Musk inside his own answers (and in the headline); journalist's 'Musk has praised' is description")
