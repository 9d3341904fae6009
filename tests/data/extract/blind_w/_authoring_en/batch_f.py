from common import D

D(59, "earnings_call", "article",
  "Tesla (TSLA) Q3 2025 Earnings Call Transcript",
  """Prepared Remarks:

Operator

Good afternoon, everyone, and welcome to Tesla's third-quarter 2025 Q&A webcast. I would now like to turn the call over to Travis Axelrod, head of investor relations.

Travis Axelrod -- Head of Investor Relations

Thank you. Joining me today are Elon Musk, Vaibhav Taneja and a number of other executives.

Vaibhav Taneja -- Chief Financial Officer

Thanks, Travis. Revenue was up 12% sequentially. In China, we saw a strong response to the Model Y L, the six-seat variant we launched in September, although pricing pressure in the market remains intense and we expect that to continue into Q4.

Elon Musk -- Chief Executive Officer

Yeah, I'd just add that the autonomy progress is the real story. We've got the robotaxi running in Austin with no safety monitor in a growing part of the city, and we expect to expand to eight to ten metro areas by the end of the year.

Questions & Answers:

Travis Axelrod -- Head of Investor Relations

The first question is from Dan Levy at Barclays. Dan, please go ahead.

Dan Levy -- Barclays -- Analyst

Thanks. Elon, can you give us an update on FSD approval in China and how you think about competing with BYD and Xiaomi there?

Elon Musk -- Chief Executive Officer

Sure. ⟦We're hopeful we'll get approval for supervised FSD in China in the coming months. We've got partial approval already, and the Chinese regulators have been clear about what they need⟧. ⟦As for BYD and Xiaomi, they're formidable. I have a lot of respect for them⟧.

Vaibhav Taneja -- Chief Financial Officer

And just to add on China, our Shanghai factory ran at near full utilization in the quarter thanks to strong export demand from Asia-Pacific.

Dan Levy -- Barclays -- Analyst

Great, thank you.""",
  "earnings-call transcript (Motley Fool format): CFO's China remarks not gold; analyst's China question not gold; Musk's China answer gold, incl. 'they' chain to BYD/Xiaomi; robotaxi remark not gold")

D(60, "earnings_call", "label",
  "",
  """Operator: Good day and welcome to the Tesla fourth quarter 2025 financial results conference call. At this time, all participants are in a listen-only mode.
Travis Axelrod: Thank you. Our next question comes from Ben Kallo at Baird.
Ben Kallo: Hi, thanks. Can you talk about China pricing and whether the Model 3 refresh helped share there?
Elon Musk: I'll let Vaibhav take that one.
Vaibhav Taneja: Sure. In China, the market remains extremely price competitive. We did see the refresh help in December, and our share in the premium segment stabilized. We also benefited from the trade-in subsidy program the Chinese government extended through the year.
Ben Kallo: And Elon, on Optimus?
Elon Musk: Optimus version 3 is going to be incredible. It'll have hands with 22 degrees of freedom, more dexterous than a human. We'll have a production line in Fremont for a million units a year eventually.
Travis Axelrod: Next question is from Emmanuel Rosner at Wolfe Research.
Emmanuel Rosner: Thanks. Elon, on unsupervised FSD in the U.S., what's the timing?
Elon Musk: We're already doing it in Austin. I think we'll be widespread in the U.S. by the end of next year.""",
  "hard negative labelled transcript: analyst asks about China, Musk hands it to the CFO; CFO's China answer not gold; Musk's turns are about Optimus and US FSD")

D(61, "earnings_call", "article",
  "Tesla Q4 earnings call: excerpt on competition",
  """Colin Rusch -- Oppenheimer -- Analyst

Thanks. You've got BYD now launching a megawatt charger and selling a subcompact EV in China for under 60,000 yuan. How do you think about that competitive threat over the next two years?

Elon Musk -- Chief Executive Officer

⟦They're very impressive. They're the most competitive car companies in the world, and they'll have considerable success outside China too, depending on what tariffs are put in place⟧. ⟦Frankly, if there are no trade barriers, they will pretty much demolish most other car companies in the world⟧.

That said, I think the future is autonomous. Cars will be like elevators. Nobody cares who makes the elevator, they care that it works.

Colin Rusch -- Oppenheimer -- Analyst

Okay. And on the energy business?

Elon Musk -- Chief Executive Officer

Megapack deployments were a record. The Houston Megafactory is going to be huge for us, and we're going to build the LFP cell lines in Nevada.""",
  "earnings-call paragraph where analyst names BYD and China; Musk's 'they' chain (to Chinese carmakers) gold; elevator/autonomy and Houston/Nevada energy remarks not gold")

D(62, "earnings_call", "article",
  "Tesla Q1 call: Musk talks Cybertruck and Giga Texas; CFO on China",
  """Elon Musk -- Chief Executive Officer

The Cybertruck line at Giga Texas is now running at about 1,300 units a week. We're going to add a second shift on the Model Y line there next month. Texas is going to be the heart of Tesla manufacturing for the next decade.

Vaibhav Taneja -- Chief Financial Officer

On regional performance, China deliveries were down 6% year-on-year, reflecting the Lunar New Year timing and continued price competition from local OEMs. Our Shanghai factory's exports to Europe were partly offset by tariff effects.

Grace Tao -- Vice President, Tesla China

We also opened our 2,000th Supercharger station in mainland China this quarter, and our customer satisfaction scores remain the highest in the premium segment.

Adam Jonas -- Morgan Stanley -- Analyst

Elon, Grace mentioned the Supercharger milestone. Should we think of China as a mature market for Tesla now?

Elon Musk -- Chief Executive Officer

I'd rather talk about where we're going. The next big thing is the Cybercab, and it will be made in Texas. Production starts in Q2.""",
  "hard negative: CFO and Tesla China VP discuss China; analyst asks Musk about China, he explicitly declines and talks about Cybercab in Texas")

D(63, "earnings_call", "article",
  "NIO Inc. (NIO) Q2 2025 Earnings Call Transcript",
  """William Bin Li -- Founder, Chairman and Chief Executive Officer

Thank you. In the second quarter, we delivered 72,056 vehicles, an increase of 26% year-over-year. Our Onvo brand achieved record deliveries.

Tim Hsu -- Analyst, Goldman Sachs

Thank you, William. Tesla's Elon Musk has been talking a lot about robotaxis. How does NIO think about autonomy compared with Tesla?

William Bin Li -- Founder, Chairman and Chief Executive Officer

We respect Tesla very much. Elon is a visionary. But in China, the requirements for autonomous driving are different, and we believe our in-house chip, the Shenji NX9031, gives us a cost advantage. Tesla has its approach, we have ours.

Stanley Qu -- Chief Financial Officer

On margins, our vehicle margin was 10.3%, up from 9.7% in the previous quarter.""",
  "hard negative: a Chinese carmaker's call; Musk is only mentioned by analyst and praised by NIO's CEO")

D(64, "earnings_call", "label",
  "",
  """Travis Axelrod: Next question comes from Pierre Ferragu at New Street Research.
Pierre Ferragu: Hi, Elon. Could you give us some color on demand by region?
Elon Musk: Sure. ⟦We're seeing strong demand in China for the Model Y L. The Shanghai team did an incredible job getting that launched in record time⟧. In Europe, it's been tough, I won't sugarcoat it. And in the U.S., the end of the tax credit pulled demand forward into Q3.
Pierre Ferragu: And on energy storage?
Elon Musk: Energy is growing like crazy. The Megapack 3 and Megablock will be made in Houston starting next year, and we think storage deployments will roughly double.
Vaibhav Taneja: And I'd add that our China energy business, including the Shanghai Megafactory, contributed meaningfully to margins this quarter.
Pierre Ferragu: Thank you.""",
  "labelled earnings-call: Musk turn mixes regions - China sentences gold, Europe/US sentences not; energy turn not gold; CFO's China line not gold")
