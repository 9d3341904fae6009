# Documents q-zh-026 .. q-zh-050.
DOCS = []


def D(n, genre, kind, title, text, hc, guests=None, cues=None):
    DOCS.append(dict(n=n, genre=genre, kind=kind, title=title, text=text.strip(),
                     hc=hc, guests=guests or [], cues=cues))


# ---------------- opinion (cont.) ----------------
D(26, "opinion", "article",
  "FSD入华与欧洲之困：同一套技术，两种监管命运",
  """
特斯拉的完全自动驾驶功能在中国的推进速度，出乎很多人的意料。今年以来，已有数十万名国内车主开通了相关功能的试用。

与之形成鲜明对比的是欧洲。欧盟的型式认证机构至今未批准FSD监督版在欧洲道路上使用。

马斯克对此颇为不满。他上月在一场投资者会议上谈及欧洲监管机构时说：“说实话，他们的审批流程慢得令人难以置信。我们提交的材料足够装满一个仓库。”

他还表示，特斯拉将在荷兰继续推动测试，希望明年能拿到首个欧洲国家的批准。

在笔者看来，中国监管部门务实、灵活的态度，或许正是其智能汽车产业快速发展的原因之一。
""",
  "他们 refers to European regulators, not China (not gold), inside an article contrasting China and Europe; columnist's China praise is not his")

D(27, "opinion", "article",
  "当马斯克开始反讽“补贴论”",
  """
最近，一位美国议员在社交平台上发文称，中国电动车之所以便宜，“完全是靠政府补贴撑起来的”。

马斯克在这条帖子下面回复道：“⟦是啊，中国车企肯定全是靠补贴活着的，跟它们的工程师每周工作七十个小时一点关系都没有，对吧？⟧”

这条带着明显讽刺意味的回复迅速走红，被转发了数万次。随后，他又补充了一句：“⟦补贴解释不了一切。它们的成本控制是真本事⟧。”

作为全球最大电动车企业之一的掌舵人，马斯克公开替竞争对手“说话”，这并不常见。有人说这是他的坦诚，也有人认为他只是在为特斯拉自己的降价寻找理由。

无论动机如何，这番话至少说明，所谓“补贴论”已经难以解释中国电动车的全部竞争力。
""",
  "sarcasm (still his statement about Chinese carmakers); follow-up with 它们; lawmaker's claim and columnist analysis not gold")

D(28, "opinion", "article",
  "马斯克的“两头下注”",
  """
华尔街有一种流行的说法：马斯克在中国问题上“两头下注”——一边在华盛顿为对华强硬派站台，一边在北京笑脸相迎。

一位不愿具名的基金经理对笔者说：“马斯克嘴上说支持美国制造业回流，但特斯拉最赚钱的工厂在上海，这本身就说明了一切。”

马斯克最近的公开言论大多围绕美国能源政策。他上周在X上写道，美国需要“大幅简化”电网建设审批，否则将在AI竞赛中落后。他还说，核能是“被严重低估”的清洁能源。

这些话听起来与中国无关，但在笔者看来，每一句都暗含着对中美竞争格局的判断。

至于“两头下注”能否长期奏效，时间会给出答案。
""",
  "hard negative: his actual remarks are on US grid permits and nuclear power; the columnist reads China into them; fund manager paraphrases him")

# ---------------- aggregator_headline ----------------
D(29, "aggregator_headline", "article",
  "马斯克：⟦中国在电力方面拥有巨大优势⟧ - 澜沧财经",
  """
特斯拉CEO埃隆·马斯克周一在X上发文称，⟦中国明年的发电量可能达到美国的三倍，电力将成为AI竞争的决定性因素⟧。
""",
  "aggregator title with ' - Publisher' suffix: gold is the claim without the suffix; snippet carries a second claim")

D(30, "aggregator_headline", "article",
  "马斯克发帖谈中国电池价格 - 前沿汽车网",
  """
特斯拉首席执行官周日在社交平台X上转发了一张显示磷酸铁锂电芯价格走势的图表，引发网友热议。
""",
  "headline fragment that only says he posted about Chinese battery prices, without his claim; snippet describes a repost")

D(31, "aggregator_headline", "article",
  "马斯克称⟦中国电池价格将在两年内减半⟧ - 星海科技",
  """
马斯克在与一位储能行业博主的对话中作出上述预测，并提到⟦一家深圳电池制造商的报价已经低于每千瓦时50美元⟧。他同时表示，特斯拉Megapack的订单已排到明年年底。
""",
  "headline with the claim (contrast with 'posts about'); 'a Shenzhen-based battery maker' as China reference; Megapack backlog not gold")

D(32, "aggregator_headline", "article",
  "特斯拉上海工厂4月交付量创新高 马斯克点赞 - 申江商业报",
  """
特斯拉上海超级工厂4月共交付新车逾9万辆，创单月历史新高。马斯克在X上为特斯拉中国官方账号的相关帖子点了赞。
""",
  "hard negative: a 'like' is an action, not a statement")

D(33, "aggregator_headline", "article",
  "马斯克盛赞中国工程师 称⟦他们是“世界上最好的”⟧ - 北辰新闻",
  """
“⟦中国有很多非常聪明、非常勤奋的人⟧，”马斯克在周四的一次活动上说。
""",
  "two-verb headline (盛赞…称…): gold is the claim part; snippet quote gold")

D(34, "aggregator_headline", "article",
  "马斯克母亲梅耶：我在中国比在美国更出名 - 鹭岛财讯",
  """
梅耶·马斯克在接受采访时笑称，自己在中国社交媒体上的粉丝数已超过在美国的粉丝数。
""",
  "other Musk (mother Maye) in a headline colon construction; not the watched speaker")

D(35, "aggregator_headline", "article",
  "马斯克：⟦若无关税壁垒 中国车企将“碾压”多数对手⟧ - 财经观察网",
  """
特斯拉首席执行官表示，⟦中国汽车企业“非常具有竞争力”⟧。
""",
  "conditional claim in aggregator headline (suffix excluded); 特斯拉首席执行官 as name")

D(36, "aggregator_headline", "article",
  "马斯克与中国：一场持续十年的博弈 - 东岸评论",
  """
从上海建厂到FSD入华，特斯拉与中国的故事远比外界想象的复杂。本文梳理了马斯克过去十年在华布局的关键节点。
""",
  "framing headline with no claim; snippet is journalist's description")

D(37, "aggregator_headline", "article",
  "马斯克谈小米SU7：⟦他们做得非常好⟧ - 科创前线",
  """
在被问及小米新车时，马斯克表示，⟦小米是一家令人印象深刻的公司⟧，⟦中国的科技企业进入汽车行业的速度“惊人”⟧。
""",
  "他们 in the headline refers to Xiaomi named just before the colon; two claims in snippet")

D(38, "aggregator_headline", "article",
  "马斯克称星舰明年将飞往火星 中国航天紧追不舍 - 南岭日报",
  """
马斯克周三表示，首艘无人星舰将于明年底飞往火星。与此同时，中国也在加紧推进其深空探测计划。
""",
  "hard negative: headline claim is about Starship; the China clause is the outlet's own")

# ---------------- x_roundup ----------------
D(39, "x_roundup", "article",
  "马斯克一周推文盘点：中国太阳能、火星与选举",
  """
过去一周，马斯克在X上共发布和转发了超过400条内容。以下是其中几条值得关注的帖子：

1. 周一，他回复了一位能源博主发布的中国光伏装机数据图：“⟦中国今年的太阳能装机量超过了美国历史上的总和。这太疯狂了⟧。”

2. 周二，他转发了SpaceX的发射视频，并配文“火星见”。

3. 周三，他原文写道：“@EnergyWatchDaily ⟦根本不在一个量级。中国建电厂的速度比任何国家都快⟧ https://x.com/EnergyWatchDaily/status/1893345512”

4. 周四，他就美国中期选举连发数帖，呼吁选民“关注边境问题”。

5. 周五，他在一条讨论比亚迪海外销量的帖子下评论：“⟦它们的出口增速令人印象深刻⟧。”

6. 周六，这位亿万富翁还表示，⟦世界第二大经济体在核电建设上的投入“令人震惊”⟧。

编辑：周晓
""",
  "X roundup: verbatim post with @handle and URL (gold excludes handle/URL); 它们 refers to BYD; 'world's second-largest economy'; Mars and election posts not gold")

D(40, "x_roundup", "article",
  "X平台热帖｜中国网友刷屏马斯克评论区 这位首富却在聊火星",
  """
本周，马斯克的X评论区出现了大量来自中国网友的中文留言，不少人询问FSD何时在国内全面开放。

一位拥有百万粉丝的中国科技博主发帖称：“马斯克心里清楚，没有中国就没有特斯拉的今天。”该帖获得了数万点赞。

一家国内车企高管也在微博上发文调侃：“马斯克说过我们的车不好看，现在呢？”

不过，马斯克本人这一周的帖子几乎全部与SpaceX有关。他写道，星舰将在“未来几周内”进行下一次试飞，并称火星城市“将在本世纪中叶拥有百万人口”。

他还转发了一张美国联邦预算赤字的图表，配文“这不可持续”。
""",
  "hard negative: bloggers and a rival executive quoting/characterising Musk; his own posts are about Starship, Mars and US deficit")

D(41, "x_roundup", "article",
  "马斯克深夜连发数帖：点评中国电动车出口与NASA预算",
  """
周二深夜，马斯克在X上连续回复了多条帖子。

一位汽车数据分析师发帖称，中国电动车今年前十个月出口量同比增长超过60%，平均售价却下降了12%。马斯克回复说：“⟦它们的成本曲线下降得太快了，西方车企根本跟不上⟧。”

在另一条讨论NASA登月计划预算超支的帖子下，马斯克写道：“他们应该把钱花在真正能飞的火箭上。”

随后他又回到电动车话题，称“⟦十年后全球最畅销的十个汽车品牌里，可能有一半来自中国⟧”。
""",
  "它们 after a sentence about Chinese EV exports (gold) vs 他们 referring to NASA (not gold); hedged forecast gold")

D(42, "x_roundup", "article",
  "马斯克本周X动态：Grok新版本、星链与AI安全",
  """
本周，马斯克在X上的发言主要围绕人工智能展开。

他宣布Grok 5将在下月开始内测，并称其推理能力“远超现有任何模型”。

在谈到AI安全时，他写道：“我们需要一个类似于FAA的AI监管机构，但不能让它变成官僚机器。”

他还透露，星链的全球用户数已突破800万。

值得一提的是，马斯克本周的多条帖子被国内网友翻译后在微博上广泛传播，相关话题一度登上热搜。
""",
  "hard negative: Chinese reception of his posts described by the journalist; his posts are not about China")

D(43, "x_roundup", "article",
  "马斯克在X上谈香港与TikTok",
  """
伊隆·马斯克周末在X上就两个与中国相关的话题发表了看法。

在回复一位香港用户时，他写道：“⟦香港仍然是连接中国内地与世界的重要桥梁，这一点不会改变⟧。”

谈到美国国会推动的TikTok禁令，马斯克表示，⟦禁止TikTok违背言论自由原则⟧，⟦尽管TikTok的母公司在中国，但解决数据安全问题有比一刀切更好的办法⟧。

他还称，X“从来不怕竞争”。
""",
  "Hong Kong in relation to the mainland and TikTok (gold); descriptive headline not gold; remark about X itself not gold")

D(44, "x_roundup", "article",
  "“马斯克”发帖称要在中国建火星基地？系恶搞账号",
  """
近日，一条“马斯克称将在内蒙古建设火星模拟基地”的截图在国内社交平台广泛流传。经核实，该帖子发自一个名为“Elon Musk (Parody)”的恶搞账号，并非马斯克本人所发。

该恶搞账号在简介中注明了“模仿账号”字样，但截图传播时这一信息被裁掉。

此外，有网友将金巴尔·马斯克的一条帖子误认为是其兄长所发。金巴尔在帖子中写道：“中国的农业机器人让我大开眼界。”

马斯克本人的账号近一周没有发布任何与中国相关的内容。
""",
  "hard negative: parody account and Kimbal Musk posts about China; not the watched speaker")

D(45, "x_roundup", "article",
  "马斯克发问：⟦为何中国18个月就能建成一座超级工厂？⟧",
  """
马斯克周四在X上发帖抱怨美国的审批效率。

“⟦为什么中国能在18个月内建成一座超级工厂，而我们在加州连一个停车场的许可证都拿不到？⟧”他写道。

该帖子在一天内获得了超过5000万次浏览。不少网友在评论区贴出了上海超级工厂从开工到投产的时间线。

在同一天的另一条帖子中，马斯克表示，星舰的下一次发射已获得美国联邦航空管理局的批准。
""",
  "rhetorical question of his (headline and body, gold); FAA/Starship post not gold")

# ---------------- earnings_call ----------------
D(46, "earnings_call", "label",
  "特斯拉2025年第三季度财报电话会议实录（节选）",
  """
主持人：欢迎参加特斯拉2025年第三季度财报电话会议。现在请首席执行官埃隆·马斯克发言。
埃隆·马斯克：谢谢。这个季度我们创造了储能业务的新纪录，Megapack的部署量同比增长了80%以上。⟦在中国，我们面临着非常激烈的竞争，中国的汽车企业是世界上最具竞争力的⟧。但我对我们的产品路线图很有信心。
瓦伊巴夫·塔内贾：补充一下，第三季度上海工厂的出口量环比增长了15%，主要受欧洲需求拉动。
分析师（高盛）：我想问一下中国市场的定价策略。你们是否会跟进本土品牌的降价？
埃隆·马斯克：⟦我们不会进行没有意义的价格战。中国消费者非常理性，他们看重的是产品本身⟧。我们会通过降低成本来保持竞争力，而不是牺牲利润。
分析师（摩根大通）：关于Robotaxi的扩张时间表能否再具体一点？
埃隆·马斯克：我们计划在年底前覆盖美国十个以上的城市。
""",
  "labelled call transcript: only his China sentences are gold; CFO's Shanghai export line and analysts' questions not gold; energy/Robotaxi sentences in his turns not gold")

D(47, "earnings_call", "article",
  "特斯拉（TSLA）2025年第一季度财报电话会议文字记录",
  """
会议参与者：
特拉维斯·阿克斯 -- 投资者关系副总裁
埃隆·马斯克 -- 首席执行官
瓦伊巴夫·塔内贾 -- 首席财务官

……

埃隆·马斯克 -- 首席执行官

好的，谢谢特拉维斯。我先简单谈谈这个季度的情况。第一季度确实充满挑战，我们对多条产线进行了改造，导致交付量下降。⟦不过我想特别感谢我们在上海的团队，他们在创纪录的时间内完成了新款Model Y的产线切换。中国团队的表现一如既往地出色⟧。关于Optimus，我们预计今年会在弗里蒙特生产数千台，主要用于内部工厂。关税方面，⟦特斯拉在北美销售的汽车本地化程度很高，但我们的储能业务仍然依赖从中国进口的电芯，所以对华关税确实会对我们产生影响⟧。

瓦伊巴夫·塔内贾 -- 首席财务官

谢谢埃隆。第一季度总营收为193亿美元，同比下降9%。
""",
  "earnings-call transcript in 'Name -- Title' then paragraph form; China sentences within a long mixed paragraph; Optimus sentence not gold")

D(48, "earnings_call", "label",
  "恒达汽车业绩说明会：董事长谈特斯拉与马斯克",
  """
恒达汽车董事长林国栋：感谢各位投资者。今年上半年，我们的海外销量同比增长了140%。
投资者：您怎么看特斯拉的竞争？
林国栋：特斯拉是一家值得尊敬的公司。我记得几年前马斯克说过，中国车企如果没有关税保护会很厉害，我们把这句话当作鼓励。但说到底，竞争靠的是技术，不是别人的评价。
投资者：公司有没有和马斯克本人交流过？
林国栋：在一些场合见过，他对我们的电池技术很感兴趣，问了很多问题。
首席财务官张薇：补充一点，公司研发投入今年预计将超过300亿元。
""",
  "hard negative: Chinese rival's chairman quoting Musk back on an earnings call; Musk is not a speaker")

D(49, "earnings_call", "label",
  "特斯拉第四季度财报电话会议实录",
  """
Travis Axelrod: 下面我们开始问答环节。第一个问题来自散户投资者平台：FSD监督版何时能在更多国家推出？
Elon Musk: 我们希望在今年内拿到欧洲几个国家的批准。技术上已经准备好了，主要是监管流程。
Analyst (瑞银): 我想问一下中国市场。第四季度在华销量下滑的主要原因是什么？
Vaibhav Taneja: 主要是因为车型换代和价格竞争。上海工厂的生产效率依然很高，我们对明年的中国市场保持谨慎乐观。
Elon Musk: 我补充一点关于Optimus的。我们今年的目标是生产五千台，明年可能达到五万台。
Analyst (伯恩斯坦): 能源业务的毛利率能否持续？
Elon Musk: 我认为可以。储能是特斯拉增长最快的业务，需求几乎是无限的。
""",
  "hard negative: the China question is answered by the CFO; Musk's turns are about FSD in Europe, Optimus and energy")

D(50, "earnings_call", "article",
  "特斯拉电话会五大要点：马斯克称⟦中国车企是“最强对手”⟧",
  """
特斯拉周三公布第二季度财报后召开电话会议。以下是本次会议的五个要点：

一、利润率继续承压。汽车业务毛利率降至14.8%，为五年来最低。

二、中国竞争加剧。马斯克表示，⟦中国车企是特斯拉目前面临的最强对手⟧。他补充道，⟦它们在软件和智能座舱方面的进步尤其快⟧。

三、Robotaxi扩张。马斯克称，特斯拉计划在年内将Robotaxi服务扩展到凤凰城和迈阿密。

四、储能业务创纪录。第二季度储能部署量达到12.5吉瓦时。

五、上海工厂角色不变。被问及是否会调整上海产能时，马斯克说：“⟦上海仍将是我们最重要的出口中心⟧。”
""",
  "call write-up with 他补充道 continuation and 它们; journalist section headings ('中国竞争加剧') not gold; Robotaxi point not gold")
