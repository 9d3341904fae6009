from common import D

# ---------------- aggregator_headline ----------------
D("aggregator_headline", "马斯克：中国在电力方面拥有巨大优势 - 新浪财经",
"", ["中国在电力方面拥有巨大优势"], "aggregator title with claim; gold excludes publisher suffix (hard case 7)")

D("aggregator_headline", "马斯克再谈中国电池价格 - 36氪",
"", [], "headline only says he talked, no claim (hard case 6 trap)")

D("aggregator_headline", "马斯克称中国电池价格两年内将减半 - 澎湃新闻",
"特斯拉CEO马斯克在X上发文称，中国电池价格两年内将减半，这将推动电动车进一步普及……",
["中国电池价格两年内将减半"], "aggregator title + snippet; claim in headline and body (hard case 6 positive, 7)")

D("aggregator_headline", "比亚迪董事长王传福：马斯克曾经嘲笑过我们 - 第一财经",
"比亚迪董事长王传福在接受采访时回忆，马斯克曾在2011年的一次采访中笑着反问“你见过他们的车吗”……",
[], "rival quoting him back (headline and snippet): not gold (hard case 3)")

D("aggregator_headline", "特斯拉上海工厂11月交付量创新高 - 财联社",
"", [], "China-Tesla headline without any Musk statement")

D("aggregator_headline", "马斯克盛赞中国工程师 称其“世界最好” - 联合早报",
"", ["世界最好"], "two-verb headline: praise + 称 claim; gold the claim part (hard case 4)")

D("aggregator_headline", "马斯克：星舰明年将实现完全复用 - 凤凰网科技",
"", [], "Musk claim headline but about rockets, not China")

# ---------------- x_roundup ----------------
D("x_roundup", "马斯克本周X动态盘点：从火箭到中国电动车",
"本周，马斯克在X上依旧活跃。周一，他转发了一段星舰助推器回收的视频，并写道：“筷子又夹住了！”周二，他在回复一位网友时称，中国电动车企业“是全世界最具竞争力的车企”，并补充说，“它们的迭代速度让人敬畏”。周三，他就美国大选发表了多条评论。周四，他发帖称：“X的用户活跃度创下历史新高。”周五，他又回复了一条关于上海超级工厂的帖子，写道：“上海团队太棒了！”",
["中国电动车企业“是全世界最具竞争力的车企”", "它们的迭代速度让人敬畏", "上海团队太棒了！"],
"roundup mixing topics; only China posts gold; 它们 referring to Chinese EV firms (hard case 1, 2)")

D("x_roundup", "微博热议：马斯克一条推文引发网友讨论",
"马斯克今天凌晨在X上发布了一条仅有一个表情包的帖子，画面是一只柴犬坐在火箭上。不少中国网友猜测这是在暗示狗狗币，也有人认为与中国市场有关。微博话题#马斯克发了什么#阅读量已超过2亿。有网友评论：“马斯克这是要带狗狗币去火星吗？”截至发稿，马斯克本人并未作出进一步解释。",
[], "speculation by netizens; Musk's post has no claim about China")

D("x_roundup", "马斯克X帖子原文：回应“中国产能过剩”说法",
"马斯克今日在X上回应一位美国议员关于“中国产能过剩”的说法。帖子原文如下：“@SenatorXYZ 这不是产能过剩，这是效率。中国的工厂就是比大多数地方更高效。https://x.com/elonmusk/status/1789012345678901234”该帖发布后两小时内获得超过五百万次浏览。",
["@SenatorXYZ 这不是产能过剩，这是效率。中国的工厂就是比大多数地方更高效。https://x.com/elonmusk/status/1789012345678901234"],
"X post quoted verbatim with @handle and URL")

D("x_roundup", "一周推文速览：马斯克谈关税",
"【关税】马斯克在X上写道，他“一直反对关税”，因为关税“会扭曲市场”。他没有提到任何特定国家。\n【SpaceX】马斯克称，星链用户数已突破500万。\n【Neuralink】马斯克转发了第三位脑机接口受试者的视频。\n【特斯拉】马斯克表示，新款Model Y将在“下个月”开始交付。",
[], "tariffs discussed in general with explicit note no country named; no China statement")

D("x_roundup", "马斯克深夜连发数帖：谈DeepSeek、谈AI",
"1月27日深夜，马斯克在X上连发数帖。他先是回复了一条关于DeepSeek的帖子，称DeepSeek“确实很厉害，但他们拥有的GPU比他们承认的要多得多”。随后，他又发帖称：“xAI的Grok 3将是地球上最聪明的AI。”他还转发了一张英伟达股价下跌的截图，配文只有一个“哈哈”。有分析人士认为，马斯克的评论暗示了对中国AI实力的警惕。",
["DeepSeek“确实很厉害，但他们拥有的GPU比他们承认的要多得多”"],
"DeepSeek named Chinese company; 他们 refers back to DeepSeek; Grok remark not gold; analyst interpretation not gold")

D("x_roundup", "梅耶·马斯克在X上晒中国行照片",
"马斯克的母亲梅耶·马斯克周末在X上发布了多张在上海外滩拍摄的照片，并写道：“上海是我最喜欢的城市之一，这里的人太友好了！”她还表示，下个月将再次来到中国，参加一场品牌活动。不少网友在评论区留言，询问她的儿子埃隆是否也会同行，但梅耶并未回应。",
[], "Maye Musk, not the watched speaker (Musk-like name trap)")

D("x_roundup", "盘点｜马斯克关于香港的几条推文",
"近日，马斯克在X上罕见地谈到了香港。他在回复一位网友时写道：“香港依然是一个伟大的金融中心，是通往中国内地的大门，那些说它已经完了的人错了。”另一条帖子中，他称北京对香港的政策“比西方媒体描述的要务实”。此外，他还转发了一条关于港珠澳大桥的视频，但未添加任何评论。",
["香港依然是一个伟大的金融中心，是通往中国内地的大门，那些说它已经完了的人错了。", "北京对香港的政策“比西方媒体描述的要务实”"],
"Hong Kong statements; repost without comment not a statement")

# ---------------- earnings_call ----------------
D("earnings_call", "特斯拉2024年第三季度财报电话会实录（节选）",
"埃隆·马斯克 -- 首席执行官\n谢谢大家。本季度我们在中国市场表现不错，尽管价格竞争非常激烈。中国的电动车市场是世界上竞争最激烈的市场，能在那里站稳脚跟，说明我们的产品有实力。\n\n瓦伊巴夫·塔内贾 -- 首席财务官\n本季度汽车业务毛利率为17.1%，环比改善。\n\n埃隆·马斯克 -- 首席执行官\n另外，关于Cybercab，我们预计2026年开始量产。",
["本季度我们在中国市场表现不错，尽管价格竞争非常激烈。中国的电动车市场是世界上竞争最激烈的市场，能在那里站稳脚跟，说明我们的产品有实力。"],
"earnings-call transcript with speaker blocks; Cybercab remark not gold; CFO not gold")

D("earnings_call", "特斯拉2023年第四季度业绩会问答环节实录",
"分析师（摩根士丹利）：埃隆，您如何看待中国车企进军海外市场？\n\n埃隆·马斯克 -- 首席执行官\n坦率地说，中国车企是世界上最有竞争力的车企。如果不设立贸易壁垒，它们基本上会摧毁世界上大多数其他车企。\n\n分析师（摩根士丹利）：那么特斯拉的应对策略是什么？\n\n埃隆·马斯克 -- 首席执行官\n我们必须在成本和技术上同时领先，没有别的办法。",
["坦率地说，中国车企是世界上最有竞争力的车企。如果不设立贸易壁垒，它们基本上会摧毁世界上大多数其他车企。"],
"analyst question not gold; second answer is generic strategy, not about China")

D("earnings_call", "特斯拉财报电话会：马斯克谈能源业务与机器人",
"埃隆·马斯克 -- 首席执行官\n储能业务本季度部署量创新高，Megapack的需求远超供给。\n\n埃隆·马斯克 -- 首席执行官\nOptimus方面，我们预计明年会有数千台在特斯拉工厂工作。\n\n分析师（高盛）：上海储能超级工厂的进展如何？\n\n瓦伊巴夫·塔内贾 -- 首席财务官\n上海储能工厂已按计划于今年一季度投产，目前正在爬坡。",
[], "China only in analyst question and CFO answer; Musk remarks not about China")

D("earnings_call", "蔚来2024年Q2业绩会实录：李斌回应与特斯拉竞争",
"李斌 -- 创始人、董事长兼CEO\n我们尊重特斯拉。我记得马斯克几年前说过，他不担心中国竞争对手，现在看来情况已经不同了。\n\n分析师（中金）：您如何看待特斯拉在华降价？\n\n李斌 -- 创始人、董事长兼CEO\n我们不会参与价格战，我们的换电体系是核心竞争力。",
[], "NIO CEO paraphrasing Musk (rival quoting him back) - not gold (hard case 3)")

D("earnings_call", "特斯拉2022年第二季度电话会：上海停产影响",
"埃隆·马斯克 -- 首席执行官\n这个季度非常艰难。上海工厂因为疫情停产了好几周，这对我们的交付影响很大。但我要说，上海团队的表现非常出色，他们在恢复生产后以惊人的速度追了回来。\n\n我想特别感谢中国的供应商，在困难时期他们和我们站在一起。\n\n另外，柏林和得州工厂都在烧钱，这是正常的，新工厂爬坡期间总是这样。",
["上海工厂因为疫情停产了好几周，这对我们的交付影响很大。", "但我要说，上海团队的表现非常出色，他们在恢复生产后以惊人的速度追了回来。", "我想特别感谢中国的供应商，在困难时期他们和我们站在一起。"],
"multi-paragraph turn; Berlin/Texas remark not gold")

D("earnings_call", "特斯拉2025年第一季度财报电话会纪要",
"埃隆·马斯克 -- 首席执行官\n关于关税，我们是美国本土化程度最高的车企，但中国的稀土出口管制对Optimus的执行器生产造成了影响。我们需要从中国获得出口许可，北京方面希望确保这些磁体不会用于军事用途。\n\n埃隆·马斯克 -- 首席执行官\n至于Robotaxi，6月会在奥斯汀上线。",
["关于关税，我们是美国本土化程度最高的车企，但中国的稀土出口管制对Optimus的执行器生产造成了影响。", "我们需要从中国获得出口许可，北京方面希望确保这些磁体不会用于军事用途。"],
"Chinese export controls; sentence mixing tariff + China included; Robotaxi not gold")

D("earnings_call", "小米集团2024年业绩会实录（节选）",
"卢伟冰 -- 集团总裁\n小米SU7的交付量超出预期。马斯克先生曾公开称赞过小米汽车，我们对此表示感谢。\n\n分析师（瑞银）：小米是否考虑进军海外市场？\n\n雷军 -- 董事长兼CEO\n我们会在2027年前进入海外市场。我们的目标是成为全球前五的汽车品牌。",
[], "Xiaomi call, Musk mentioned by others only")

# ---------------- podcast_labelled ----------------
D("podcast_labelled", "",
"主持人：今天我们请到了埃隆·马斯克。埃隆，你最近去了中国，感觉怎么样？\n埃隆·马斯克：非常好。中国的变化太快了，每次去都像是到了一个新的国家。\n主持人：很多人说中国的电动车已经超过了特斯拉。\n埃隆·马斯克：在某些方面是的。他们的内饰和软件迭代非常快，我们需要学习。\n主持人：说到学习，你的孩子们最近在学什么？\n埃隆·马斯克：有一个在学编程，他学得比我好多了。",
["非常好。中国的变化太快了，每次去都像是到了一个新的国家。", "在某些方面是的。他们的内饰和软件迭代非常快，我们需要学习。"],
"labelled transcript; context-dependent turns about China; family remark about his kids not gold")

D("podcast_labelled", "",
"主持人A：欢迎收听《硅谷101》。今天我们聊聊马斯克和中国。\n主持人B：我觉得马斯克对中国的态度很务实，他需要中国的供应链。\n主持人A：对，而且他说过上海工厂是特斯拉最好的工厂。\n主持人B：不过他最近好像说得比较少了。\n主持人A：可能和美国国内的政治环境有关。",
[], "hosts paraphrasing Musk; Musk not a speaker (hard case 3)")

D("podcast_labelled", "All-In播客第180期文字稿（中文翻译）",
"Chamath：埃隆，你怎么看美国对中国芯片的出口管制？\nElon：我认为出口管制只能延缓，不能阻止。中国最终会造出自己的先进芯片，可能只需要几年。\nDavid Sacks：我同意，华为已经证明了这一点。\nElon：华为是一家非常强大的公司，他们的工程能力被严重低估了。\nJason：我们换个话题，聊聊星舰。\nElon：星舰下一次发射会尝试用机械臂接住飞船。",
["我认为出口管制只能延缓，不能阻止。中国最终会造出自己的先进芯片，可能只需要几年。", "华为是一家非常强大的公司，他们的工程能力被严重低估了。"],
"export controls; Huawei; Starship turn not gold; other hosts not gold")

D("podcast_labelled", "",
"Lex：你认为人工智能最大的风险是什么？\n埃隆：最大的风险是AI被训练成说谎。我们需要追求最大限度的真相。\nLex：你对开源模型怎么看？\n埃隆：开源很重要，但也有风险。\nLex：你怎么看待监管？\n埃隆：我认为我们需要一个类似FDA的机构来监管AI，他们应该在模型发布前进行审查。",
[], "Musk turns about AI generally; 他们 refers to a hypothetical US regulator, not China")

D("podcast_labelled", "鲁豫有约·特别节目文字实录",
"鲁豫：马斯克先生，你第一次来中国是什么时候？\n马斯克：大概是2014年，那时候北京的雾霾很严重。现在好多了，中国在治理污染方面做得很出色。\n鲁豫：你对年轻人有什么建议？\n马斯克：努力工作，做有用的事情，不要太在意别人的看法。\n鲁豫：你平时喜欢吃什么？\n马斯克：随便吃点就行，我对吃的不太讲究。",
["大概是2014年，那时候北京的雾霾很严重。现在好多了，中国在治理污染方面做得很出色。"],
"labelled interview; years-ago Beijing smog recollection gold; generic advice and food answers not gold")

D("podcast_labelled", "",
"主持人：埃隆，星链在台湾的情况怎么样？\n埃隆·马斯克：我们还没有在台湾提供服务，这是一个复杂的问题。\n主持人：为什么复杂？\n埃隆·马斯克：因为中国认为台湾是它的一部分，而特斯拉在中国有大量业务。我不想假装这不存在。\n主持人：那乌克兰呢？\n埃隆·马斯克：星链在乌克兰的作用非常关键，这是毫无疑问的。",
["我们还没有在台湾提供服务，这是一个复杂的问题。", "因为中国认为台湾是它的一部分，而特斯拉在中国有大量业务。我不想假装这不存在。"],
"Taiwan statements; Ukraine turn not gold")

D("podcast_labelled", "",
"主持人：今天我们邀请到了特斯拉中国区前高管。\n嘉宾：谢谢邀请。\n主持人：马斯克在内部是怎么评价中国团队的？\n嘉宾：这个我不方便透露具体的话。我只能说，中国团队在公司内部的地位非常高。\n主持人：你觉得马斯克会再来中国吗？\n嘉宾：应该会，我个人觉得他很喜欢中国。",
[], "guest speculation about Musk; no Musk statement")
