from common import doc

DOCS = []
A = DOCS.append

# ---------------------------------------------------------------- opinion
A(doc(26, "opinion", "article",
    "Musk and China: the debate goes on",
    """
    Few relationships in global business attract as much speculation as the one between Elon Musk and Beijing. To his critics, the Tesla boss is a useful idiot for the Chinese Communist Party; to his admirers in Shanghai, he is the foreigner who proved that China could build world-class cars.

    The truth is more complicated, and Musk himself has rarely been shy about his views. At a conference in Riyadh last week he was blunt: "China has the best manufacturing base in the world and it's not close. If you want to see the future of manufacturing, go to China."

    That is not a diplomatic nicety. It is a commercial judgement, and one that Tesla's board should take seriously as the company's share of the Chinese market erodes.

    What Musk has not said, at least publicly, is what Tesla will do about it. His answers on strategy tend to drift toward robots and robotaxis. In Riyadh, too, he pivoted quickly, predicting that humanoid robots would outnumber humans "by 2040".

    The debate will go on. But on the question of who is winning the manufacturing race, Musk, at least, has made up his mind.
    """,
    [
        "China has the best manufacturing base in the world and it's not close",
        "If you want to see the future of manufacturing, go to China",
    ],
    "framing headline 'Musk and China: the debate goes on' over a body with a real quote (gold); robot prediction not China; columnist's analysis not gold"))

A(doc(27, "opinion", "article",
    "Musk and China: the debate goes on",
    """
    Another week, another round of hand-wringing about Elon Musk's ties to China. This time the trigger was a report that Tesla's Shanghai factory enjoys cheaper loans than its rivals, a claim the company has not addressed.

    It is worth stepping back. Musk's relationship with Beijing has always been transactional. China got a showcase foreign investor and a catfish to shake up its sleepy car industry; Musk got a fast-built factory and access to the world's biggest car market.

    Whether that bargain still holds is an open question. BYD now sells more cars than Tesla worldwide. The Chinese government has less need for a foreign champion. And Musk's growing role in American politics makes him a more complicated guest in Beijing.

    None of this means Tesla is about to leave China. But it does mean the days of easy praise from both sides are over.
    """,
    [],
    "same framing headline over a body with no statement of his; columnist's analysis only"))

A(doc(28, "opinion", "article",
    "Elon Musk's China problem is also America's",
    """
    In 2022, Elon Musk told the Financial Times that Beijing had sought assurances from him that he would not sell Starlink in China. He seemed to regard it as a minor matter. It was not.

    Three years on, the entanglement has only deepened. Tesla makes roughly half its cars in Shanghai. SpaceX competes with Chinese state satellite constellations. And Musk, now a fixture in Washington, has become a lightning rod for every debate about how America should deal with its rival.

    He clearly relishes the role. When a U.S. senator suggested last month that Musk's business in China made him a national-security risk, Musk replied on X: "Yes, I'm obviously a Chinese agent. That's why China keeps outselling us. Brilliant analysis."

    The sarcasm was effective, but it dodged the question. Tesla's success in China is hard-won, no doubt. But the question of what leverage Beijing has over a man who controls the West's most important rocket company deserves a better answer than a joke.
    """,
    [
        "Beijing had sought assurances from him that he would not sell Starlink in China",
        "Yes, I'm obviously a Chinese agent. That's why China keeps outselling us. Brilliant analysis",
    ],
    "reported speech recalled from years ago; sarcastic X post; columnist's analysis not gold"))

A(doc(29, "opinion", "article",
    "The convenient myths Elon Musk tells about Beijing",
    """
    Listen to Elon Musk long enough and you would conclude that China is a meritocratic engineering paradise, its workers tireless, its officials reasonable, its market open to anyone with a good product.

    That is, to put it mildly, a partial picture. Foreign firms in China face data rules, joint-venture pressures and the ever-present risk of a consumer boycott ordered from above. Tesla has experienced some of this: its cars were barred from some government compounds in 2021 over spying fears.

    Musk would have you believe these are teething troubles. They are not; they are features of the system.

    None of this is an argument for Western companies to leave China. It is an argument for their leaders to speak about it honestly, and Musk, more than anyone, has the freedom to do so.
    """,
    [],
    "columnist paraphrasing him critically ('Musk would have you believe'); no direct or reported statement"))

A(doc(30, "opinion", "article",
    "Musk's question about batteries deserves an answer from Washington",
    """
    At a Tesla event in California last month, Elon Musk was asked whether the United States could build an electric-vehicle industry without China. He answered with a question of his own: “Who do you think makes the batteries? Who makes the cathodes, the anodes, the refined lithium?”

    It was a rhetorical question, and the answer, Chinese companies, overwhelmingly, is one that American policymakers have been slow to accept.

    Musk went on: “You can put tariffs on it, sure. But you can't tariff your way into having a supply chain.”

    As someone who has watched the mainland's battery industry grow from a handful of workshops in Shenzhen into a global powerhouse, I find that refreshing. Washington's instinct is to wall itself off. The better instinct is to invite Chinese battery makers to build plants in America, under American rules, and learn from them.

    The writer is a Hong Kong-based energy analyst.
    """,
    [
        "Who do you think makes the batteries? Who makes the cathodes, the anodes, the refined lithium?",
        "You can put tariffs on it, sure. But you can't tariff your way into having a supply chain",
    ],
    "rhetorical question whose China link is only the question it answers; tariffs on Chinese battery supply; columnist's answer not his; curly quotes"))

A(doc(31, "opinion", "article",
    "China's censors and the limits of Musk's free-speech crusade",
    """
    X, the platform formerly known as Twitter, is blocked in mainland China, though many Chinese diplomats and state media outlets use it to reach foreign audiences.

    Elon Musk has styled himself a free-speech absolutist. "Free speech is the bedrock of democracy," he wrote in a post last week, defending X's refusal to remove posts in Brazil. "If people can't speak freely, they can't think freely."

    He has also spoken of making humanity "multiplanetary", and on Sunday he said SpaceX would send five uncrewed ships to Mars in the next launch window.

    What he has not done is apply his free-speech principles to China, where Tesla makes half its cars. Asked repeatedly by journalists, his companies have declined to comment.
    """,
    [],
    "near-miss: his quotes in a China op-ed are about free speech (Brazil) and Mars; columnist's criticism not his"))

A(doc(32, "opinion", "article",
    "Musk Is Half-Right About China's EV Juggernaut",
    """
    Elon Musk has a habit of saying out loud what other auto executives only whisper. On Tesla's earnings call this week, he offered this on Chinese competition: "If current trends continue, I think the top ten car companies in the world will mostly be Chinese. Maybe not all of them, but most."

    It is a hedged prediction, and a plausible one. BYD, Geely and Chery already rank among the world's biggest carmakers by volume, and Xiaomi went from zero to a hit sedan in three years.

    Where he is only half-right is on the reason. When an analyst asked what explained China's cost advantage, Musk had a one-line answer: "They just work harder."

    That's true as far as it goes. But the bigger story is a state-directed supply chain, cheap capital and a domestic market so brutal it forges champions. Work ethic is part of it; industrial policy is most of it.
    """,
    [
        "If current trends continue, I think the top ten car companies in the world will mostly be Chinese. Maybe not all of them, but most",
        "They just work harder",
    ],
    "conditional/hedged prediction; 'they' after an analyst's question about China; columnist's analysis not gold"))

# ---------------------------------------------------------------- aggregator_headline
A(doc(33, "aggregator_headline", "article",
    "Musk says China has an electricity advantage over the US - Reuters",
    """
    Tesla CEO Elon Musk said on Friday that China would produce roughly three times as much electricity as the United States by next year, giving it an edge in artificial intelligence.
    """,
    [
        "China has an electricity advantage over the US",
        "China would produce roughly three times as much electricity as the United States by next year, giving it an edge in artificial intelligence",
    ],
    "aggregator title: gold is the claim without ' - Reuters'; snippet with reported speech"))

A(doc(34, "aggregator_headline", "article",
    "Musk posts about Chinese battery prices - Electrek",
    "",
    [],
    "headline fragment: only says he posted, carries no claim"))

A(doc(35, "aggregator_headline", "article",
    "Elon Musk: Chinese carmakers are 'the most competitive in the world' - CNBC",
    "",
    [
        "Chinese carmakers are 'the most competitive in the world'",
    ],
    "aggregator title with 'Name: claim' form; publisher suffix excluded"))

A(doc(36, "aggregator_headline", "article",
    "CATL founder says he told Musk Tesla can't match its battery costs - Bloomberg",
    """
    Robin Zeng, chairman of Contemporary Amperex Technology Co., recounted a conversation with Elon Musk in which he said he warned the Tesla chief against making his own cells.
    """,
    [],
    "others' words with Musk as object in an aggregator title and snippet"))

A(doc(37, "aggregator_headline", "article",
    "Tesla's Musk lauds Shanghai workers, says they 'burn the 3am oil' - South China Morning Post",
    "",
    [
        "they 'burn the 3am oil'",
    ],
    "two-verb aggregator title: gold is the 'says' claim; 'they' = Shanghai workers; publisher suffix excluded"))

A(doc(38, "aggregator_headline", "article",
    "Musk and China: What the Tesla CEO's Beijing trip means for investors - Barron's",
    """
    Elon Musk's whirlwind visit to Beijing has investors asking whether Tesla is about to get the green light for its driver-assistance software. Here's what to watch.
    """,
    [],
    "framing title and snippet about a trip; no claim of his"))

A(doc(39, "aggregator_headline", "article",
    "Musk says Tesla 'has no plans' to build second China factory - Financial Times",
    "",
    [
        "Tesla 'has no plans' to build second China factory",
    ],
    "aggregator title carrying his claim; suffix excluded"))

A(doc(40, "aggregator_headline", "article",
    "Elon Musk meets Li Qiang, says Tesla will keep expanding in China - Yahoo Finance",
    """
    The billionaire met the Chinese premier in Beijing on Sunday. Tesla's sales in the country have fallen for three straight quarters.
    """,
    [
        "Tesla will keep expanding in China",
    ],
    "two-verb aggregator title (meets ..., says ...): gold is the claim; meeting is an action; suffix excluded"))

A(doc(41, "aggregator_headline", "article",
    "Musk says next Starship launch in four weeks as China readies Long March 10 - Space.com",
    "",
    [],
    "near-miss headline claim: his claim is about Starship, China only in the subordinate clause"))

A(doc(42, "aggregator_headline", "article",
    "Kimbal Musk says China's food tech scene is 'years ahead' - Fortune",
    "",
    [],
    "other Musk family member (Kimbal) as the speaker"))

A(doc(43, "aggregator_headline", "article",
    "Musk: BYD cars are 'very competitive' these days - Bloomberg",
    """
    Tesla Inc. Chief Executive Officer Elon Musk said on Wednesday that BYD Co.'s vehicles had improved dramatically, and that the Shenzhen-based carmaker was now "a serious competitor everywhere".
    """,
    [
        "BYD cars are 'very competitive' these days",
        "BYD Co.'s vehicles had improved dramatically",
        "the Shenzhen-based carmaker was now \"a serious competitor everywhere\"",
    ],
    "aggregator title with named Chinese company; snippet with reported speech and 'Shenzhen-based carmaker'"))

A(doc(44, "aggregator_headline", "article",
    "Analysts say Musk overstates China's lead in batteries - MarketWatch",
    "",
    [],
    "analysts' words about him; no claim of his"))

# ---------------------------------------------------------------- x_roundup
A(doc(45, "x_roundup", "article",
    "Musk's weekend on X: Chinese solar, Starship and a feud with a senator",
    """
    Elon Musk posted more than 300 times over the weekend. Here are the highlights.

    On China's solar industry: Responding to a chart shared by @EnergyCharts_ showing that China installed more solar capacity in May than the US has in its entire history, Musk wrote: "China's solar manufacturing scale is insane. The US needs to wake up @ENERGY https://x.com/EnergyCharts_/status/1928374650192837465"

    On Starship: "Flight 10 hardware looking good. Static fire next week," he posted, alongside a photo of a Raptor engine.

    On a senator: Musk traded insults with a Democratic senator who called for an investigation of SpaceX's government contracts, calling the lawmaker "a clown" and "totally clueless".
    """,
    [
        "China's solar manufacturing scale is insane. The US needs to wake up @ENERGY https://x.com/EnergyCharts_/status/1928374650192837465",
    ],
    "X post quoted verbatim with @handle and URL; Starship and senator posts not gold"))

A(doc(46, "x_roundup", "article",
    "What Elon Musk posted this week: Grok, DOGE and a cryptic rocket emoji",
    """
    Musk's posting pace showed no sign of slowing this week. Among the highlights:

    - Grok: "Grok 4 is now the smartest AI in the world on every major benchmark," he wrote on Tuesday.
    - Spending: He reposted a chart of federal spending with the comment "Unsustainable."
    - A single rocket emoji on Thursday sent fans speculating about a Starship launch date.

    Meanwhile, a spokesperson for China's foreign ministry, asked about Musk's latest comments on AI, wrote on X that China "welcomes exchanges with entrepreneurs from all countries". On Weibo, a hashtag about his mother's visit to Chengdu drew 200 million views.
    """,
    [],
    "x roundup where China appears only through others (foreign ministry, Weibo); his posts are unrelated"))

A(doc(47, "x_roundup", "article",
    "Musk on China's EV export surge: 'Their manufacturing capacity is insane'",
    """
    Elon Musk weighed in on X on Saturday after a widely shared chart showed Chinese electric-vehicle exports doubling in a year.

    "Their manufacturing capacity is insane," he replied to the post by an account called @EVTrackerHQ, which had written that "BYD alone will export more cars than Germany this year."

    Minutes later, replying to a user who asked whether Tesla could keep up, Musk added: "We'll have to out-innovate them. They're not going to slow down."

    He then posted a video of a Cybertruck towing a trailer through snow in Norway.
    """,
    [
        "Their manufacturing capacity is insane",
        "We'll have to out-innovate them. They're not going to slow down",
    ],
    "reply posts whose China link is context ('their', 'them', 'they'); nested quote from another account not gold; Cybertruck post not gold"))

A(doc(48, "x_roundup", "article",
    "Musk mocks solar tariff plan in late-night posts",
    """
    Elon Musk took aim at a proposal for new tariffs on Chinese solar panels in a string of late-night posts on X.

    "Sure, let's tariff the cheapest solar panels on Earth and then wonder why electricity is expensive. Genius move 🙃," he wrote shortly after midnight.

    In another post, he linked to a news article about Chinese panel prices falling below 10 cents per watt and wrote simply: "They will keep dropping."

    He also shared a meme about the Federal Aviation Administration and posted a poll asking followers whether Starship should be painted black.
    """,
    [
        "Sure, let's tariff the cheapest solar panels on Earth and then wonder why electricity is expensive. Genius move 🙃",
        "They will keep dropping",
    ],
    "sarcasm about tariffs on Chinese panels; 'they' = Chinese panel prices; FAA meme and Starship poll not gold"))

A(doc(49, "x_roundup", "article",
    "China racks up launches as Musk blasts U.S. red tape",
    """
    China carried out its 60th orbital launch of the year on Wednesday, sending a batch of Guowang internet satellites into orbit on a Long March 5B rocket from Hainan.

    Elon Musk, meanwhile, took aim at American regulators. "They are strangling the space industry with paperwork," he wrote on X, referring to the Federal Aviation Administration, which licenses SpaceX launches. "A single launch license takes longer than building the rocket."

    In a separate post, he said Starship would fly again "in about a month".
    """,
    [],
    "'they' = the FAA right after a paragraph about China's launches; Starship date not gold"))

A(doc(50, "x_roundup", "article",
    "Elon Musk's X posts: Baidu, Waymo and the robotaxi race",
    """
    Musk spent part of Tuesday commenting on rival robotaxi services.

    Under a video of a Baidu Apollo Go vehicle navigating a crowded street in Wuhan, he wrote: "Baidu is doing impressive work. Chinese autonomy is advancing fast."

    Of Waymo, he was less charitable: "Too expensive to scale. Lidar is a crutch."

    And in reply to a Tesla owner in Shanghai asking when Full Self-Driving would arrive in China, Musk posted: "Waiting on approval. Hopefully soon."
    """,
    [
        "Baidu is doing impressive work",
        "Chinese autonomy is advancing fast",
        "Waiting on approval. Hopefully soon",
    ],
    "named Chinese company; reply whose China link is the question it answers; Waymo/lidar remark not gold"))

A(doc(51, "x_roundup", "article",
    "How X reacted to Musk's Beijing remarks",
    """
    Elon Musk's appearance at a forum in Beijing on Tuesday drew a flood of reactions online.

    "Say what you want about him, he's honest about where the competition is," posted @FutureAutoGuy.

    @TechSkeptic was less impressed: "Elon flatters Beijing every time he needs a permit. Nothing new here."

    Detroit-based auto consultant Dana Whitfield wrote that Musk "keeps telling the West what it doesn't want to hear".

    On Weibo, the hashtag "Musk praises China" was viewed 300 million times.
    """,
    [],
    "reactions roundup: other people's posts about him; hashtag describes that he talked; none of his words quoted"))
