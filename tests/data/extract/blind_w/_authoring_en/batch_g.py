from common import D

D(65, "podcast_labelled", "label",
  "Lex Fridman Podcast #512 - Elon Musk: Mars, China, AI and the Future of Humanity",
  """(01:12:04)
Lex Fridman: Let's talk about China. You've spent a lot of time there. What do people in the West misunderstand?
Elon Musk: ⟦I think people underestimate how hard-working and how smart the people in China are. There's a lot of talent there⟧. [laughter] ⟦I mean, it's obvious if you go there, but a lot of people haven't been⟧.
Lex Fridman: Is that a threat to America?
Elon Musk: ⟦It's a competitive threat, sure. China's manufacturing capacity is roughly three times ours in a lot of areas. That's just a fact⟧.
(01:15:40)
Lex Fridman: Okay, Mars. When do humans land?
Elon Musk: If we're lucky, 2029. More likely 2031. We need to get the ship reliable and the orbital refilling working. It's the hardest engineering problem humanity has ever attempted, I think.
Lex Fridman: And you'll go?
Elon Musk: I'd like to die on Mars. Just not on impact. [laughter]""",
  "speaker-labelled podcast with timestamps on their own lines and [laughter]; China turns gold (laughter tag excluded); Mars turns not gold")

D(66, "podcast_labelled", "label",
  "All-In E241: China's EV juggernaut, the Fed, and Elon's robot bet",
  """Jason Calacanis: All right, besties, let's get into China. BYD just passed Tesla in global revenue.
Chamath Palihapitiya: It's not even close anymore. The Chinese EV makers are just better at manufacturing at scale.
David Sacks: Look, I think if you asked Elon, he'd probably say they're the toughest competition Tesla has ever faced. But I'm guessing. I haven't talked to him about it.
Jason Calacanis: I mean, my read is Elon basically thinks China has already won the car business and that's why he's pivoting to robots.
David Friedberg: That's your read, J-Cal, not his.
Jason Calacanis: [laughter] Fair. Fair.
Chamath Palihapitiya: The real story is batteries. CATL has a cost structure nobody in the West can touch.
David Sacks: And the administration knows it. That's why the tariffs are there.
Jason Calacanis: Okay, let's move on to the Fed.""",
  "hard negative labelled podcast: Musk not present; hosts speculate about what he 'would say' and give their 'read' of his view - host paraphrase, not his statement")

D(67, "podcast_unlabelled", "unlabeled",
  "",
  """(00:42:10) So, China. You've got the Shanghai Gigafactory, you've got the Chinese competitors. How do you think about the next five years there?
(00:42:18) ⟦Well, China's going to be the biggest car market in the world for the foreseeable future. And the Chinese carmakers are really good. They've got the best supply chain, they've got incredible speed⟧. ⟦I think the Shanghai factory will keep being our most efficient factory, honestly⟧.
(00:42:41) More efficient than Texas?
(00:42:43) ⟦Yeah, for now. Texas is bigger, but Shanghai has had more time to get really dialed in⟧.
(00:42:50) Interesting. So you're basically saying Shanghai is the benchmark.
(00:42:53) [crosstalk] Yeah, yeah.
(00:42:55) Let's switch gears to SpaceX. The next Starship flight.
(00:42:59) Hopefully in about four weeks. We're going to try to catch the ship with the tower for the first time.""",
  "unlabelled transcript with timestamps and crosstalk: Musk's China answer gold; his short answer comparing Texas with Shanghai is still about the Shanghai factory (gold); host paraphrase ('So you're basically saying...') not gold; Starship not gold",
  guests=["Elon Musk"])

D(68, "podcast_unlabelled", "unlabeled",
  "",
  """Welcome back to the show. My guest today needs no introduction. Before we get into it, a quick word about the news: China's Tiangong space station just welcomed its fifth crew, and the country says it'll put astronauts on the Moon before 2030. A lot of people think that's a real race now.
Okay. Elon, thanks for coming on.
Thanks for having me.
So let's start with Starship. Where are you right now?
We're getting close to full reusability of the booster. The ship is the harder part. The heat shield is the biggest problem we have, by far. We've lost a lot of tiles.
And Mars? You've said before that 2026 might be the first uncrewed window.
Yeah, it's still possible. Maybe a 50-50 chance. If we miss it, the next window is about two years later.
Two years. That's a long wait.
It's orbital mechanics. You can't argue with physics.""",
  "hard negative unlabelled transcript: host's monologue about China's space program; Musk's answers are about Starship heat shield and Mars windows",
  guests=["Elon Musk"])

D(69, "podcast_labelled", "label",
  "",
  """HOST: You were in Shanghai last month. What struck you?
ELON MUSK: ⟦Honestly, the speed. The speed of everything. They built a new metro line in the time it takes us to get a permit for a bike lane in California⟧.
HOST: Come on, that's a bit -
ELON MUSK: [crosstalk] No, I'm serious. I'm serious. ⟦Chinese cities are just way ahead on infrastructure⟧.
HOST: But there are reasons for that, right? Different system.
ELON MUSK: ⟦Sure, different system. I'm not saying copy the system. I'm saying they get stuff done⟧.
HOST: Okay. Let's talk about your plans for X. Video, payments...
ELON MUSK: X Money should launch this year. We're doing the beta now.""",
  "YouTube interview with uppercase speaker labels and crosstalk; 'They' chain to Shanghai/Chinese cities gold, continuing after the host's interruption; X Money not gold")

D(70, "podcast_unlabelled", "unlabeled",
  "Tech Frontier Live, episode 88: Elon Musk and Kai Chen",
  """Welcome to Tech Frontier Live. I'm joined today by two guests: Elon Musk, and the investor Kai Chen, who grew up in Hangzhou and now runs a fund in Singapore. Kai, let me start with you. Are Chinese AI labs catching up?
As someone who grew up in Hangzhou and still spends half the year there, I can tell you they're not catching up. In some areas they're ahead. DeepSeek showed that.
Elon, do you agree?
⟦Partly. The Chinese labs are very good at efficiency, because they have to be. They can't get the best Nvidia chips, so they squeeze every bit out of what they have⟧. ⟦But in raw compute, China is behind, for now⟧.
For now?
⟦They'll catch up on chips eventually. Huawei's making real progress⟧.
Kai, what's your take on that?
I think Huawei is two generations behind. But two generations in China is five years, not ten.
Elon, last question. Colossus, your supercomputer in Memphis. How big will it get?
We'll be at a million GPUs. It'll be the biggest AI training cluster in the world.""",
  "unlabelled transcript with two guests: the Chinese investor's China answers are not gold (self-identified by Hangzhou), Musk's answers (addressed as 'Elon') about Chinese labs and Huawei gold; Colossus not gold",
  guests=["Elon Musk", "Kai Chen"])

D(71, "podcast_labelled", "label",
  "",
  """Host: My guest today is Maye Musk. Maye, you've been to China, what, fifteen times?
Maye Musk: More than that now! I love it. I think China is the most exciting place in the world for fashion right now.
Host: Your son Elon has a big factory in Shanghai.
Maye Musk: Yes, and when I visit, the workers come up to me and say thank you. It's so sweet. They are very proud of what they build.
Host: Does Elon ask you about China?
Maye Musk: We don't talk business. He asks if I'm eating well. [laughter]
Host: And your book is out in Chinese now.
Maye Musk: It's doing very well. Chinese women are so ambitious, they like a woman who plans her own life.""",
  "hard negative: Maye Musk, not the watched speaker; Elon only mentioned")

D(72, "podcast_unlabelled", "unlabeled",
  "",
  """[00:15:02] So DeepSeek came out of nowhere, this Chinese lab in Hangzhou, and it knocked a trillion dollars off Nvidia in a day. Everyone was talking about it. But I want to ask you about OpenAI, because you're suing them.
[00:15:14] Yeah. Well, they were founded as a non-profit, open source. That was the whole point. I came up with the name. And now they're closed, and they're maximum profit. It's like if you funded a charity to save the Amazon rainforest and it became a logging company.
[00:15:31] [laughter] That's a good line.
[00:15:33] It's true, though. They're not open anymore.
[00:15:36] Do you think the lawsuit will succeed?
[00:15:38] I think the facts are on our side. We'll see.
[00:15:42] And the election? Any regrets?
[00:15:44] No regrets. I'd do it again.""",
  "hard negative unlabelled transcript: host introduces a Chinese lab, but Musk's 'they' chain refers to OpenAI; election answer not China",
  guests=["Elon Musk"])

D(73, "podcast_labelled", "label",
  "Dialogue with Elon Musk - Shanghai World AI Conference, transcript (English)",
  """Moderator (via interpreter): Mr. Musk, many Chinese young people admire you. What would you say to them?
Elon Musk: Well, first of all, thank you. ⟦I've always been impressed by the young people I meet in China. They're incredibly talented and very driven⟧.
Moderator (via interpreter): Chinese companies are developing humanoid robots very quickly. Do you see them as competitors to Optimus?
Elon Musk: ⟦Yes. I think the strongest competition for Optimus will come from China. They're very good at manufacturing and they move fast⟧.
Moderator (via interpreter): And AI safety - should China and the U.S. cooperate?
Elon Musk: ⟦Absolutely. AI safety is a global issue, and China and the U.S. should be talking about it. I think China takes it seriously, more than people in the West assume⟧.
Moderator (via interpreter): Thank you. One last question. When will Optimus be on sale?
Elon Musk: Probably late next year for external customers. We'll use them in our own factories first.""",
  "labelled transcript with interpreted moderator: his China answers gold incl. 'they' chains; Optimus sale date not gold")

D(74, "podcast_unlabelled", "unlabeled",
  "Clip: Musk on tariffs (from Full Send Podcast)",
  """[00:41:10] And the tariffs on China, what do you make of those?
[00:41:13] ⟦I think they hurt American consumers more than they hurt China, to be honest⟧. ⟦China will just sell to the rest of the world. They already are⟧.
[00:41:22] So they don't work?
[00:41:24] ⟦Not really, not for cars. You can't tariff your way to being competitive with China⟧.
[00:41:30] [laughter] Put that on a T-shirt.
[00:41:32] Ha. Sure.""",
  "short unlabelled clip with timestamps; host asks about tariffs on China; 'they' in answer refers to tariffs then China; gold his answers",
  guests=["Elon Musk"])
