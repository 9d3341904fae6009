from build import D
# 040
D("x_roundup", "X post quoted verbatim with @handle and URL; other posts in the roundup not about China",
title="马斯克本周X动态盘点",
text="1. 周一，马斯克发帖称星舰下一次试飞“大约四周后”进行。\n2. 周二，他回复科技博主@SawyerMerritt关于中国电动车出口的帖子：“⟦中国电动车的出口量太惊人了，而且还在加速。⟧ https://x.com/SawyerMerritt/status/1876543210987654321”\n3. 周三，马斯克转发了一张Cybertruck在雪地行驶的照片，配文“坦克模式”。\n4. 周五，他写道：“⟦比亚迪的电池工厂是世界上最好的之一，别小看他们。⟧”\n5. 周末，他发了一个关于火星殖民地的表情包。")
# 041
D("x_roundup", "other users' posts about China mentioning @elonmusk; his own posts are about US politics and rockets - not gold",
title="X热议：网友@马斯克问中国问题",
text="本周，“马斯克 中国”话题在X上再次引发讨论。一位名为@ChinaEVFan的用户发帖称：“@elonmusk 你觉得小米SU7能打败Model 3吗？”这条帖子获得了两万多次点赞，但马斯克并未回复。另一位用户@TechWatcher写道：“马斯克肯定在担心中国车企。”同一周，马斯克本人发了十几条帖子，内容集中在美国联邦政府开支和星舰发射准备上，其中一条写道：“政府效率必须提高。”")
# 042
D("x_roundup", "his post on X described in reported speech (他在X上写道) about BYD; 它们 refers back to Chinese carmakers",
title="马斯克一周推文：从火星到比亚迪",
text="过去一周，马斯克在X上共发布了200多条帖子。其中最受关注的一条出现在周四，当时有用户晒出了比亚迪海鸥的拆解视频。马斯克在这条视频下写道，⟦比亚迪的成本控制能力“令人印象深刻”⟧。他还补充说：“⟦中国车企的进步速度是全球最快的，它们会成为特斯拉最大的对手。⟧”此外，他还发帖宣布Grok新版本将于下周上线。")
# 043
D("x_roundup", "he reposted a video about Chinese high-speed rail without comment - action, not a statement",
title="马斯克转发中国高铁视频引热议",
text="周二晚间，马斯克在X上转发了一段中国高铁以350公里时速穿越山区的视频，原帖作者为@ChinaDaily。马斯克没有附加任何评论。这条转发在数小时内获得超过一千万次浏览。不少中国网友在评论区留言“欢迎来坐高铁”。也有美国网友回复称：“这就是我们落后的地方。”")
# 044
D("x_roundup", "X posts about Hong Kong and a Chinese phone maker; he added continuation; one off-topic post",
title="盘点｜马斯克最近关于中国的几条帖子",
text="● 6月3日，马斯克回复一位香港网友称：“⟦香港依然是亚洲最重要的金融中心之一，这一点短期内不会改变。⟧”\n● 6月5日，他在评论小米新车发布会时写道：“⟦小米做得非常出色，雷军是一位了不起的企业家。⟧”他还补充道，⟦小米的工厂自动化程度“非常高”⟧。\n● 6月7日，他转发了一条关于SpaceX星链用户突破600万的新闻，配文“里程碑”。")
# 045
D("x_roundup", "Chinese netizens @-mention him; his posts are about a Cybertruck date and his children - not gold",
title="微博网友组团@马斯克",
text="近日，一位中国网友在X上用中文发帖称：“@elonmusk 什么时候在中国卖Cybertruck？”并配上了一张在上海街头偶遇Cybertruck的照片。马斯克没有回应这个问题，但他当天发帖表示，Cybertruck的新款将于明年一季度开始交付。第二天，他又发了一张与儿子X在工厂的合照，配文“小工程师”。")
# 046
D("earnings_call", "labelled earnings-call transcript; analyst question not gold; Musk's China sentences gold, his 4680 battery remark not gold",
title="特斯拉2024年第四季度财报电话会实录（节选）",
kind="label",
text="特拉维斯·阿克斯（投资者关系）：下面请埃隆开始。\n埃隆·马斯克：谢谢。首先说一下竞争。⟦中国的汽车公司是全世界最有竞争力的，如果没有关税壁垒，它们基本上会摧毁其他大多数汽车公司。⟧⟦它们非常努力，而且非常聪明。⟧另外，4680电池的产量本季度环比增长了50%，良率已经达到我们的目标。\n瑞银分析师：埃隆，上海工厂明年的产能规划有变化吗？\n埃隆·马斯克：⟦上海工厂明年会维持满产，我们在中国的需求依然很强。⟧")
# 047
D("earnings_call", "analyst asks about China; Musk answers about FSD in general, CFO gives China numbers - no gold",
title="特斯拉财报电话会问答环节摘录",
kind="label",
text="摩根士丹利分析师：你们在中国的交付量下滑了，能否谈谈原因？另外FSD在中国的进展如何？\n埃隆·马斯克：我们先说FSD。最新的版本在安全性上已经大幅超过人类司机，我们会在更多国家推出。\n瓦伊巴夫·塔内贾：关于中国的交付，本季度确实受到了价格竞争的影响，中国区交付量同比下降约5%，但毛利率保持稳定。\n摩根士丹利分析师：谢谢。")
# 048
D("earnings_call", "English-style earnings-call layout (Name -- Title then paragraph) in Chinese; Shanghai and China sales gold, robotaxi not gold",
title="特斯拉（TSLA）2025年第一季度财报电话会文字记录",
text="埃隆·马斯克 -- 首席执行官\n\n谢谢大家。这个季度挑战很大，但我们做了很多为未来打基础的工作。⟦上海超级工厂再次证明了自己是全世界最好的汽车工厂，它的单位成本是我们所有工厂中最低的。⟧⟦中国市场的竞争非常激烈，但我们在中国的订单从三月份开始明显回升。⟧Robotaxi服务将于6月在奥斯汀上线，这会是特斯拉历史上的一个转折点。\n\n瓦伊巴夫·塔内贾 -- 首席财务官\n\n谢谢埃隆。我来介绍一下财务数据。")
# 049
D("earnings_call", "earnings-call summary; CFO talks China deliveries, Musk talks Optimus - no gold",
title="特斯拉财报会要点：中国交付承压，马斯克力推机器人",
text="在周三的财报电话会上，首席财务官瓦伊巴夫·塔内贾表示，中国市场的价格战导致本季度单车均价下降，中国区交付量环比减少7%。马斯克则把大部分时间用于介绍人形机器人Optimus。他表示，Optimus明年的产量目标是“数千台”，长期来看“Optimus的价值将超过特斯拉的汽车业务”。对于分析师关于中国竞争的追问，马斯克没有直接回答。")
# 050
D("earnings_call", "analyst question about BYD price war (not gold); Musk answer with 他们 referring to Chinese carmakers - gold",
title="特斯拉电话会实录：谈比亚迪与价格战",
kind="label",
text="巴克莱分析师：比亚迪最近又降价了，特斯拉会跟进吗？\n埃隆·马斯克：我们不会为了份额而牺牲利润。⟦说实话，比亚迪和其他中国车企的制造能力非常强，他们比谁都拼。⟧⟦我们应该认真学习他们的供应链管理。⟧\n巴克莱分析师：那Model 2的时间表呢？\n埃隆·马斯克：明年上半年，我们会有更多消息。")
# 051
D("podcast_labelled", "labelled podcast transcript (Lex Fridman style); host questions not gold; China turns gold, Mars turn not",
title="莱克斯·弗里德曼播客第400期：埃隆·马斯克（中文字幕整理）",
kind="label",
text="莱克斯·弗里德曼：你怎么看中国在人工智能上的进展？\n埃隆·马斯克：⟦中国会是AI领域非常强大的力量，我认为他们在某些方面已经和美国不相上下。⟧⟦中国的电力供应也在快速增长，这对训练大模型至关重要。⟧\n莱克斯·弗里德曼：那火星呢？你还相信2029年能载人登陆吗？\n埃隆·马斯克：这个目标很激进，但我认为有可能。我们需要每两年一次的发射窗口。")
# 052
D("podcast_labelled", "labelled transcript; speaker is Maye Musk (his mother), not the watched speaker",
title="《鲁豫有约》对话梅耶·马斯克",
kind="label",
text="鲁豫：您这几年常来中国，对中国印象怎么样？\n梅耶·马斯克：我非常喜欢中国。中国的城市太现代了，上海的夜景让我每次都很惊讶。\n鲁豫：埃隆会跟您聊中国吗？\n梅耶·马斯克：我们很少聊工作。我只知道他很忙。\n鲁豫：您最喜欢的中国菜是什么？\n梅耶·马斯克：小笼包，还有北京烤鸭。")
# 053
D("podcast_labelled", "All-In style; hosts discuss Chinese robotics; Musk's turn uses 他们 referring back to Chinese companies - gold",
title="All-In播客：马斯克谈人形机器人竞争",
kind="label",
text="查马斯·帕里哈皮蒂亚：我上个月去了深圳，那边的人形机器人公司数量多得吓人，宇树、优必选，还有几十家初创公司。\n大卫·萨克斯：埃隆，你怎么看这些中国机器人公司？\n埃隆·马斯克：⟦他们会是Optimus最强的竞争对手，这一点毫无疑问。⟧⟦他们在硬件成本上的优势非常明显。⟧不过我认为真正的难点在于AI，而不是机械结构。\n杰森·卡拉卡尼斯：所以你觉得特斯拉还是领先的？\n埃隆·马斯克：在AI上是的。")
# 054
D("podcast_labelled", "hosts paraphrase Musk's China views (not gold); Musk's own turns about Mars and Starship",
title="All-In播客第210期节选",
kind="label",
text="杰森·卡拉卡尼斯：埃隆一直说中国车企会碾压所有人，我觉得他说得没错。\n查马斯·帕里哈皮蒂亚：对，他在这件事上一直很一致。\n埃隆·马斯克：今天我们还是聊聊星舰吧。下一次试飞我们会尝试第一次在轨推进剂转移。\n大卫·萨克斯：那会是多大的突破？\n埃隆·马斯克：这是去火星的关键一步。没有在轨加注，就没有火星城市。")
# 055
D("podcast_labelled", "single Musk turn mixing China sentence (gold) with rocket sentence (not gold)",
title="播客实录：马斯克谈中国航天与星舰",
kind="label",
text="主持人：中国的航天计划最近进展很快，嫦娥六号从月球背面带回了样品。你怎么看？\n埃隆·马斯克：⟦中国的航天计划比大多数人认为的要先进得多，他们的进展是实实在在的。⟧至于我们，星舰的目标是把每公斤入轨成本降到一百美元以下。\n主持人：你担心被中国超越吗？\n埃隆·马斯克：⟦如果我们停滞不前，中国一定会超越我们。⟧")
# 056
D("podcast_labelled", "他们 refers to European regulators, not China; China mentioned only by the host - no gold",
title="播客节选：马斯克谈FSD在欧洲和中国的审批",
kind="label",
text="主持人：FSD在中国的推出似乎进展顺利，但在欧洲却一直卡着。为什么？\n埃隆·马斯克：欧洲的问题是监管框架太老了。他们还在用几十年前的规则评估AI驾驶。\n主持人：你和他们沟通过吗？\n埃隆·马斯克：沟通了很多次。他们很有礼貌，但什么都不批。")
