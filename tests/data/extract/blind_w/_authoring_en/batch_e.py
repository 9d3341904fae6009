from common import D

D(51, "x_roundup", "article",
  "Musk's one-word reply to a viral post on Chinese solar sets off debate",
  """A post by the account @WholeMarsBlog claiming that "China added more solar capacity last year than the United States has installed in its entire history" was viewed more than 40 million times over the weekend.

Elon Musk replied to it with a single word: "Exactly." He did not elaborate, and did not respond to follow-up questions from other users.

Energy analyst Jenny Chase replied that the claim was "roughly right, depending on how you count rooftop." The climate writer David Roberts quote-tweeted the exchange, writing: "The richest man in the world agrees China is winning. Now what?"

Chinese state broadcaster CGTN's account reposted Musk's reply with a thumbs-up emoji.""",
  "DECIDED NOT GOLD: a bare one-word endorsement ('Exactly') carries no claim in his own words; the China claim is another user's; quote-tweet by a writer not gold")

D(52, "x_roundup", "article",
  "What Musk posted this week: Chinese EV exports, Grok and a lot of memes",
  """Elon Musk posted or reposted more than 600 times this week. Here are the posts that moved markets or made news.

Monday. Sharing a chart of monthly vehicle exports by country, Musk wrote:

"⟦China's EV exports are insane. The rest of the world is not ready⟧ https://t.co/Qx7pLm2aZk"

The post was quote-tweeted by @SawyerMerritt, who added: "BYD alone shipped 90k cars abroad in August."

Wednesday. "Grok 5 will be out by end of year. It will be the smartest AI in the world by a lot," Musk wrote in reply to @BasedBeffJezos.

Thursday. Replying to a post about a Shenzhen-based battery maker's new sodium-ion cell, Musk wrote: "⟦Impressive. Their sodium-ion progress is real⟧."

Friday. Musk replied to @teslaownersSV's post about the Shanghai Gigafactory's 4 millionth car with "⟦Congrats to the Giga Shanghai team, amazing work⟧!"

Also Friday, he posted a meme about the Federal Reserve, which we will not reproduce here.""",
  "X posts quoted verbatim with @handles and t.co URL; China posts gold (URL excluded), incl. 'their' pointing to a Shenzhen-based battery maker; quote-tweet by another user not gold; Grok post not gold")

D(53, "x_roundup", "article",
  "Musk's space posts: praise for China's program, a jab at NASA",
  """Elon Musk had plenty to say about space on X this week, as China's Chang'e-7 probe entered lunar orbit and NASA delayed its Artemis III landing again.

Quote-tweeting a video of the Chang'e-7 orbit insertion posted by @CNSAWatcher, Musk wrote: "⟦China's space program is moving much faster than most people realize⟧."

A day later, reacting to NASA Administrator-nominee Jared Isaacman's post on the Artemis schedule, he wrote: "They need to be much bolder. SLS is a dead end."

When @Erdayastronaut asked whether SpaceX could still beat China to a crewed lunar landing, Musk replied: "⟦Yes, but only if we go all in. They are serious⟧." 

Others were less impressed. Former NASA official Lori Garver replied that "comparing SpaceX to a national program is apples and oranges.\"""",
  "quote-tweet about Chang'e-7 gold; 'They need to be bolder' refers to NASA (not gold); reply answering a China question with 'They are serious' (China) gold; other users not gold")

D(54, "x_roundup", "article",
  "Starship flight sparks a storm of posts - including from Beijing",
  """SpaceX's latest Starship test flight ended with the upper stage splashing down in the Indian Ocean, and the internet had opinions.

Elon Musk posted a video of the booster catch within minutes: "Mechazilla does it again! Congrats to the SpaceX team."

Hu Xijin, the former editor of China's Global Times, wrote on X that "Musk knows the future of space belongs to whoever builds fastest, and China builds fastest."

Commentator @Mario_Nawfal posted a poll asking whether China or SpaceX would land on the Moon first. Musk did not respond to it.

Chinese commercial rocket firm LandSpace congratulated SpaceX in a brief Weibo post, which was widely shared on X by Chinese-language accounts.""",
  "hard negative: Chinese commentator's words attribute a view to Musk ('Musk knows...'); his only post is about Starship")

D(55, "x_roundup", "article",
  "Musk agrees with post on Chinese factory workers, adds his own view",
  """A clip of workers at a Chinese electric-scooter factory assembling frames at high speed went viral on X on Tuesday after it was shared by the account @visegrad24.

Elon Musk replied "Yes" to a follow-up from another user who wrote that "China's manufacturing edge is about people, not robots." 

He then added in a second reply: "⟦Their work ethic is off the charts. Most people in the West have no idea⟧."

Musk's reply was itself quoted more than 8,000 times. "Imagine saying this while cutting jobs in Texas," one user wrote. Another, @GerberKawasaki, replied: "He's right about China, wrong about everything else.\"""",
  "DECIDED: bare 'Yes' reply is not gold (same rule as wen-051); his own second reply with 'their' pointing back to Chinese workers is gold; users' replies not gold")

D(56, "x_roundup", "article",
  "China's foreign ministry, Musk and the week in posts",
  """China's foreign ministry was asked on Thursday about a series of Elon Musk's posts criticising U.S. government spending. Spokesperson Lin Jian said it was "not appropriate for China to comment on U.S. internal affairs."

The posts in question included one from Wednesday in which Musk wrote: "The federal deficit is an existential threat to America."

Musk also replied to a video of SpaceX engineers catching a Super Heavy booster with the tower arms. "They are the best in the world," he wrote.

Chinese users on Weibo shared the catch video widely, with one popular comment reading: "Chinese engineers will do this in two years."

On Saturday, Musk posted a picture of his son X on his shoulders in the Oval Office, captioned "Throwback.\"""",
  "hard negative: 'They are the best in the world' refers to SpaceX engineers (not Chinese engineers mentioned later by a Weibo user); posts on US deficit and family not China; Chinese spokesperson not gold")

D(57, "x_roundup", "article",
  "Musk's Hong Kong post draws fire from Beijing's supporters",
  """Elon Musk waded into Hong Kong politics on Sunday with a post on the city's national security law, days after a pro-democracy activist was jailed for a second time.

"⟦Hong Kong was promised its freedoms until 2047. Beijing clearly decided not to wait⟧," Musk wrote, quote-tweeting a BBC article about the sentencing.

Hong Kong's Chief Executive John Lee said in a statement that "foreign individuals who smear the rule of law in Hong Kong" should "respect the facts."

Pro-Beijing lawmaker Regina Ip replied directly to Musk's post: "You clearly have not visited recently." Musk replied to her with a laughing emoji.

Tesla shares were little changed in Frankfurt on Monday.""",
  "Hong Kong in relation to Beijing: verbatim post gold; Chief Executive's and lawmaker's words not gold; emoji reply not gold")

D(58, "x_roundup", "article",
  "No, Elon Musk did not post that China is 'the best country on Earth'",
  """A screenshot circulating on Facebook and WeChat this week shows a post, apparently from Elon Musk, reading "China is the best country on Earth and I would move there tomorrow."

The post was in fact written by @ElonMuskAOC, a parody account with around 200,000 followers that labels itself as such in its bio. It is not Musk's account.

Musk's actual posts on the same day were about Grok, a rocket launch and a video game. "Diablo IV season 9 is the best one yet," he wrote on one of them.

X added a community note to the most-shared copies of the screenshot.""",
  "hard negative: China quote from a parody account, not Musk; his real posts are about games and Grok")
