from common import doc

# ---------------- aggregator_headline ----------------
doc("aggregator_headline", "马斯克称中国拥有电力优势 - 新浪财经",
    "特斯拉CEO马斯克近日在一档访谈节目中谈及AI算力竞争，话题涉及电力供应…",
    ["中国拥有电力优势"], "aggregator title: claim without the publisher suffix")

doc("aggregator_headline", "马斯克发帖谈中国电池价格 - 澎湃新闻",
    "特斯拉CEO马斯克当地时间周日在社交平台发文，话题涉及中国电池价格走势，帖子随后被大量转发…",
    [], "aggregator title only describes that he posted")

doc("aggregator_headline", "马斯克：中国工程师是世界上最优秀的 - 36氪",
    "",
    ["中国工程师是世界上最优秀的"], "aggregator title with colon claim, empty snippet")

doc("aggregator_headline", "马斯克旗下xAI发布新模型 国内用户暂无法使用 - 财联社",
    "xAI周三发布Grok新版本，该服务目前仍未向中国内地用户开放。",
    [], "China mentioned only in journalist's description; no statement")

doc("aggregator_headline", "马斯克盛赞小米SU7 称其工程团队“非常出色” - 第一财经",
    "马斯克在X上回复一段小米SU7拆解视频时表示，小米的工程团队“非常出色”…",
    ["其工程团队“非常出色”", "小米的工程团队“非常出色”"],
    "two-verb headline: 盛赞 (description) + 称 (claim); Xiaomi")

doc("aggregator_headline", "馬斯克稱大陸將在AI晶片追上美國 - 自由時報電子報",
    "特斯拉執行長馬斯克在一場論壇上談及美中科技競爭…",
    ["大陸將在AI晶片追上美國"], "traditional-character aggregator title; 大陸")

doc("aggregator_headline", "馬斯克現身上海超級工廠 會見當地官員 - 明報新聞網",
    "特斯拉執行長馬斯克週三突然現身上海臨港，並與上海市官員會面，行程未事先公布。",
    [], "traditional; actions (visited, met), no statement")

doc("aggregator_headline", "分析师：马斯克低估了比亚迪的海外扩张速度 - 华尔街见闻",
    "多位分析师认为，比亚迪今年海外销量有望突破百万辆…",
    [], "analysts' words about Musk")

doc("aggregator_headline", "马斯克表示特斯拉不会退出中国市场 - 凤凰网科技",
    "",
    ["特斯拉不会退出中国市场"], "aggregator title, reported speech with 表示")

doc("aggregator_headline", "马斯克称Cybertruck明年登陆更多市场 - 网易科技",
    "马斯克表示，Cybertruck明年将进入更多海外市场，不过他并未提及是否会在中国销售。",
    [], "statement about product rollout; China only in journalist's note")

# ---------------- x_roundup ----------------
doc("x_roundup", "马斯克一周推文盘点：从星舰到中国电动车",
    "过去一周，马斯克在X上共发布和转发了400余条帖子。我们挑选了其中几条：\n"
    "1. 周一，他回复@WholeMarsBlog 写道：“China's EV industry is incredibly competitive. Most people in the West have no idea. https://t.co/Yp2LqzK0aa”\n"
    "2. 周三，他发布了星舰助推器回收的视频，配文“Mechazilla catches again!”\n"
    "3. 周四，他在另一条帖子中写道，中国的太阳能电池板年产能“已经超过世界其他地区的总和”。\n"
    "4. 周六，他转发了一张火星基地的概念图，并称“2030年前可以实现”。",
    ["China's EV industry is incredibly competitive. Most people in the West have no idea.",
     "中国的太阳能电池板年产能“已经超过世界其他地区的总和”"],
    "roundup mixing topics; verbatim X post with handle and URL; Starship/Mars not gold")

doc("x_roundup", "车圈大佬微博热议马斯克",
    "马斯克在美国接受采访的片段在国内社交媒体上流传后，多位车企高管纷纷发声。\n"
    "某新势力品牌创始人在微博上写道：“马斯克早就说过中国车企会打败大多数对手，现在看来他是对的，但我们不能骄傲。”\n"
    "一位合资品牌高管则转发称：“他讲的是事实，我们只是没人愿意承认。”\n"
    "还有网友调侃：“连马斯克都开始夸我们了。”",
    [], "rivals/others quoting and paraphrasing him back; their words, not his")

doc("x_roundup", "马斯克深夜回复网友 评价比亚迪",
    "周二深夜，一名网友在X上贴出比亚迪最新一季度的全球销量图表，并@马斯克询问看法。\n"
    "马斯克回复称：“他们非常强，而且还在变得更强。”\n"
    "该回复在两小时内获得超过300万次浏览。随后他又发了一条与比亚迪无关的帖子，称“周末要去打游戏了”。",
    ["他们非常强，而且还在变得更强。"], "pronoun 他们 refers to BYD from the preceding post")

doc("x_roundup", "马斯克深夜连发20条推文 中国网友围观",
    "马斯克周日深夜在X上连发20余条帖子，一度登上国内微博热搜。\n"
    "他在帖子中批评美国联邦政府开支过大，称“赤字正在失控”；\n"
    "他还晒出与儿子X Æ A-12在发射台的合影，写道“他比我还爱火箭”；\n"
    "此外，他表示星链在非洲的用户数正在快速增长。\n"
    "不少中国网友在评论区留言“求马斯克来中国”，但他未作回应。",
    [], "China only in the framing (Chinese netizens); his posts are about US politics, family, Starlink")

doc("x_roundup", "马斯克X平台发文反对TikTok禁令",
    "在美国国会再次讨论TikTok禁令之际，马斯克周五在X上写道，他一直反对禁止TikTok。"
    "“因为TikTok的母公司是中国企业就把它禁掉，这违背了言论自由，”他写道。"
    "他同时表示，禁令会让X失去一个竞争对手，“这反而对我们有利，但仍然是错的”。"
    "帖子发布后引发两极化评论。",
    ["他一直反对禁止TikTok", "因为TikTok的母公司是中国企业就把它禁掉，这违背了言论自由，"],
    "TikTok; quote attributed at end; 'benefit X' remark about his own company not gold")

doc("x_roundup", "马斯克怼网友：“对，他们只是碰巧每天工作16小时”",
    "一名美国用户周三在X上发帖称，中国车企“完全是靠政府补贴活着的”。"
    "马斯克在下方讽刺地回复：“对，他们只是碰巧每天工作16个小时而已。”"
    "随后他又补充了一句：“补贴不能替你造出好车。”"
    "这条回复被大量中文账号截图转发。",
    ["对，他们只是碰巧每天工作16个小时而已。", "补贴不能替你造出好车。", "对，他们只是碰巧每天工作16小时"],
    "sarcasm; 他们 -> Chinese carmakers mentioned by the user; headline carries the quote")

doc("x_roundup", "梅耶·马斯克晒中国行照片",
    "马斯克的母亲梅耶·马斯克周末在社交媒体上发布多张在西安旅行的照片，并写道：“中国的美食和人民都太棒了！”\n"
    "马斯克转发了该帖子，并配上一个爱心表情。\n"
    "不少网友留言欢迎她再来中国。",
    [], "Maye Musk's words; his repost with a heart emoji is an action")

# ---------------- opinion ----------------
doc("opinion", "观点｜马斯克的北京棋局",
    "过去十年，马斯克一直在小心经营与北京的关系。从上海工厂的快速获批，到每次访华都能见到高层官员，他在中国享有的待遇是大多数外国企业家无法想象的。"
    "但这种关系也有代价：在美国政坛，他常被批评对中国“过于友好”。"
    "笔者认为，马斯克的真正筹码并不是他的言论，而是特斯拉在华的数万个就业岗位。"
    "随着国产品牌的崛起，这一筹码正在缩水。未来几年，他需要在华盛顿和北京之间走得更加谨慎。",
    [], "journalist's own analysis of his China dealings; no statement")

doc("opinion", "评论｜“中国是特斯拉的未来”，这句话还成立吗？",
    "2020年1月，在上海工厂首批Model 3交付仪式上，马斯克曾在台上说：“中国是特斯拉的未来。”那一刻，他甚至在台上跳起了舞。"
    "五年后的今天，特斯拉在华市场份额已从巅峰时的近10%回落到不足5%。"
    "比亚迪、小米、理想等品牌正在蚕食特斯拉的基本盘。"
    "有意思的是，马斯克今年早些时候依然坚持认为，中国市场“长期来看会是特斯拉最大的市场”。"
    "这是乐观还是固执，恐怕只有时间能回答。",
    ["中国是特斯拉的未来。", "中国市场“长期来看会是特斯拉最大的市场”"],
    "quote recalled from years ago (gold); title reuses his quote in a question; author's analysis not gold")

doc("opinion", "马斯克与中国：一场还没结束的争论",
    "关于马斯克与中国的关系，舆论场上一直存在两种声音。一种认为他是中美商业合作的桥梁，另一种则认为他过于依赖中国市场。"
    "本周，马斯克在接受一家德国杂志采访时给出了自己的说法：“我在中国的经历非常好，中国政府一直是支持的，而且说到做到。”"
    "这番话在欧洲引起不小争议。批评者认为，这不过是商业利益驱动下的表态。"
    "但无论如何，这是他近年来对北京最直接的一次公开评价。",
    ["我在中国的经历非常好，中国政府一直是支持的，而且说到做到。"],
    "framing headline over a body with a plain quote of his")

doc("opinion", "马斯克与中国：争论还在继续",
    "特斯拉在中国的前景，再一次成为财经圈的热门话题。"
    "经济学家周海宁认为，特斯拉的品牌溢价正在消失；而资深汽车评论员陈默则指出，特斯拉的软件能力依然领先国产品牌至少一年。"
    "两人都提到了马斯克，但都承认，没有人真正知道他心里怎么想。"
    "对于中国消费者而言，这场争论或许并不重要：他们更关心的是价格。",
    [], "framing headline with no statement of his in the body")

doc("opinion", "专栏｜只有中国能做到？",
    "上个月，马斯克在一场工程师大会上抛出了一个问题：“谁能在一年之内从零建成一座整车工厂？”"
    "停顿片刻后，他自问自答：“只有中国。”"
    "台下掌声雷动。但在笔者看来，这句话既是赞美，也是提醒。"
    "马斯克接着说，美国的审批流程“可能要花五年”。这种对比也许有些夸张，但足以让华盛顿的政策制定者坐立不安。",
    ["谁能在一年之内从零建成一座整车工厂？", "只有中国。"],
    "rhetorical question of his answered by himself; US permitting remark not about China")

doc("opinion", "观点｜电网之争，中国早已领先",
    "马斯克最近再次强调，美国电网需要在未来十年内扩容至少三倍，否则人工智能和电动车的发展都会“撞上天花板”。"
    "笔者认为，这一点中国早已走在前面：过去五年，中国新增的发电装机容量相当于美国现有总装机的一半。"
    "换句话说，马斯克所担心的问题，在中国并不存在。"
    "中国的挑战在别处——比如如何消纳过剩的光伏产能。",
    [], "his statement about US grid; China comparison is the author's, not his")

doc("opinion", "联合视角｜马斯克眼中的中国政府",
    "在西方企业家普遍对中国监管环境感到担忧之际，马斯克是少数公开唱反调的人。"
    "他在上周的一次闭门会议后对记者说，中国政府对外资企业“其实非常务实”，并且“比很多人想象的更愿意听取意见”。"
    "这种表态在新加坡商界引起了一些共鸣。一位本地基金经理告诉本报，马斯克的看法“值得认真对待”。"
    "不过，也有学者提醒，单个企业的经验未必能代表整体营商环境。",
    ["中国政府对外资企业“其实非常务实”", "比很多人想象的更愿意听取意见"],
    "reported speech with embedded quotes; continuation sharing subject; other commentators not gold")
