from common import D
DOCS = []
A = DOCS.append

A(D(26, "opinion", "article",
"社评：马斯克的反问与讽刺，戳中了谁？",
"""
上周，马斯克在X上反问：“⟦中国已经生产了全世界一半以上的电动车，西方车企还在等什么？⟧”
这句略带挑衅的话，在欧美汽车圈引发不小的争议。
在另一条帖子里，他又调侃道：“⟦是啊，中国的电池便宜肯定全是因为补贴，他们的工程师肯定整天都在睡觉。⟧”
笔者以为，这种反问与讽刺背后，是对西方产业政策的不满，而非单纯替中国说话。
欧洲议会一位议员回应称，马斯克“显然没有读过补贴调查报告”。
""",
"rhetorical question and sarcasm of his about China are gold; columnist and MEP not"))

A(D(27, "opinion", "article",
"评论：马斯克炮轰欧洲监管，中国车企却成了最大赢家？",
"""
欧盟对中国电动车的反补贴调查尘埃落定后，比亚迪、上汽名爵等品牌在欧洲的销量不降反升。
与此同时，马斯克却把炮火对准了布鲁塞尔。他在X上写道：“他们制定规则的速度比工程师写代码还慢，欧洲的创新就是这样被扼杀的。”这里的“他们”，指的是欧盟委员会的监管官员。
马斯克还表示，特斯拉的FSD在欧洲的审批“已经拖了两年”。
笔者认为，当特斯拉在欧洲受困于审批时，中国品牌正在以更灵活的产品策略抢占市场。
这或许才是马斯克真正焦虑的地方——不过，这只是笔者的推测。
""",
"hard negative: China context but '他们' = EU regulators; FSD Europe approval remark"))

A(D(28, "opinion", "article",
"财经观察：马斯克为何频频为中国新能源产业“代言”",
"""
马斯克，这位在过去一年里把大部分精力花在了华盛顿政治、xAI融资和星舰试飞上的亿万富翁，本周一在通过视频连线参加于迪拜举行的世界政府峰会、且因网络故障推迟了二十分钟才开始的一场对话中，却罕见地表示，⟦中国新能源产业的崛起“不是靠补贴，而是靠极高的工作强度和工程人才密度”⟧。
这是他今年第三次公开为中国新能源产业说话。
他接着说：“⟦中国每年培养的工程师数量比美国多得多。这是一个简单的数字问题。⟧”
从商业逻辑看，这并不难理解：特斯拉依赖中国供应链，储能业务更离不开中国电芯。
但在美国国内，他的这番表态遭到了不少批评。一位共和党众议员在X上指责他“为北京说话”。
""",
"subject and verb far apart (long apposition + video-link clause); nested quote; critic's words not gold"))

A(D(29, "aggregator_headline", "article",
"马斯克称⟦中国拥有电力优势⟧ - 路透中文网",
"""
特斯拉首席执行官埃隆·马斯克周四表示，⟦中国在发电能力上的快速增长将使其在人工智能竞争中占据优势⟧。
""",
"aggregator title: gold excludes ' - Publisher' suffix"))

A(D(30, "aggregator_headline", "article",
"马斯克再谈中国电池价格 - 新浪财经",
"""
特斯拉CEO马斯克周二在社交平台上发布多条帖子，话题涉及电池原材料和中国供应商。
""",
"hard negative: headline fragment only says he talked, snippet carries no claim"))

A(D(31, "aggregator_headline", "article",
"马斯克盛赞中国工程师，称⟦他们是世界上最优秀的⟧ - 澎湃新闻",
"",
"headline with two verbs: gold is the claim part; pronoun refers to Chinese engineers"))

A(D(32, "aggregator_headline", "article",
"比亚迪高管：马斯克曾私下称赞我们的刀片电池 - 第一财经",
"""
比亚迪一位高管在接受采访时称，马斯克曾在一次私下会面中称赞刀片电池的安全性。特斯拉方面未予置评。
""",
"hard negative: another person's claim about what Musk said privately"))

A(D(33, "aggregator_headline", "article",
"马斯克：⟦中国电池价格明年将再降一半⟧ - 36氪",
"",
"aggregator title carrying claim; suffix excluded"))

A(D(34, "aggregator_headline", "article",
"马斯克发帖谈中国电池价格，网友热议 - 网易新闻",
"",
"hard negative: headline only describes that he posted"))

A(D(35, "aggregator_headline", "article",
"特斯拉CEO马斯克表示⟦上海工厂将生产新款Model Y⟧ - 华尔街见闻",
"""
马斯克周三在X上表示，⟦改款Model Y将首先在上海超级工厂投产，随后在柏林和得州工厂生产⟧。
""",
"aggregator title + snippet reported speech about Shanghai plant"))

A(D(36, "aggregator_headline", "article",
"马斯克与中国：一场没有终点的辩论 - 联合早报",
"""
评论文章回顾了特斯拉进入中国市场十年来的得失，以及马斯克在中美之间扮演的角色。
""",
"hard negative: framing title, no statement"))

A(D(37, "aggregator_headline", "article",
"马斯克称⟦香港回归后的发展超出西方预期⟧ - 星岛环球网",
"",
"Hong Kong in relation to China; aggregator suffix excluded"))

A(D(38, "aggregator_headline", "article",
"马斯克：星舰将在两年内飞向火星 - 环球网",
"",
"hard negative: headline claim but not about China (Chinese outlet)"))

A(D(39, "x_roundup", "article",
"马斯克一周推文盘点：中国、AI与星舰",
"""
本周马斯克在X上依旧高产，以下是几条值得关注的帖子。
1. 周一，他回复电动车博主@EVChinaWatch关于中国电动车出口的帖子，原文为：“@EVChinaWatch ⟦中国的电动车出口量明年将超过其他所有国家的总和。这是事实，不是观点。⟧ https://x.com/EVChinaWatch/status/1860412277309458521”
2. 周三，他转发一段猎鹰9号发射视频，配文“第400次成功着陆”。
3. 周四，针对一则关于小米汽车月交付量突破3万辆的新闻，他回复称：“⟦他们进步得非常快，令人印象深刻。⟧”
4. 周五，他发帖抨击美国一项电动车补贴政策，称其“应该全部取消”。
""",
"X post verbatim with @handle and URL (gold excludes handle/URL); '他们' = Xiaomi; Falcon 9 and US subsidy posts not gold"))

A(D(40, "x_roundup", "article",
"中国网友热议：马斯克这周又发了什么？",
"""
马斯克本周在X上发帖超过300条，引发国内网友关注。以下几条在微博上被大量转发：
其一，他发布了一张自己与儿子在星舰基地的合影，配文“周末工作日”。
其二，他称特斯拉的Robotaxi“明年将覆盖美国一半人口”。
其三，国内一家新势力车企的创始人在微博上转发马斯克的一条帖子并评论：“向埃隆学习，永远保持好奇。”
其四，一位中国博主@硅谷观察员 发帖称“马斯克私下说过中国AI三年内超过美国”，但未提供任何出处，马斯克本人也未回应。
""",
"hard negative: his posts not about China; blogger's unsourced attribution not his statement"))

A(D(41, "x_roundup", "article",
"马斯克X动态：点评DeepSeek，再谈中国机器人",
"""
马斯克周二在X上回复一条有关DeepSeek新模型的帖子，写道：“⟦DeepSeek的团队很强，但他们拥有的GPU数量远比公开说的多。⟧”
他还说，⟦中国的人形机器人公司将是Optimus“最强劲的竞争对手”⟧。
当天晚些时候，他又发帖称：“⟦在制造业上，除了特斯拉，没有哪家公司能在成本上跟中国竞争。⟧”
此外，他还转发了一段Optimus叠衣服的视频，称“进步神速”。
""",
"DeepSeek, Chinese robotics; '他还说' continuation; Optimus video post not gold"))

A(D(42, "x_roundup", "article",
"北京时间早间X精选：马斯克与NASA隔空交锋",
"""
马斯克周三在X上与一位NASA前官员展开争论。针对对方批评SpaceX载人航天进度的帖子，马斯克回复称：“他们自己的登月计划已经推迟了多少次？他们应该先照照镜子。”
一位中国航天领域的自媒体博主将这段对话翻译后发布在微博上，并评论称：“中国航天应该看看这场争吵，少走弯路。”
马斯克还发帖称，星舰的隔热瓦问题“基本解决”。
""",
"hard negative: '他们' = NASA; rhetorical question not about China; Chinese blogger's comment"))

A(D(43, "x_roundup", "article",
"马斯克回应“特斯拉将撤出中国”传言",
"""
针对网上流传的“特斯拉计划撤出中国市场”的说法，马斯克周日在X上回应：“⟦纯属胡说。我们在中国的业务很好，上海工厂正在满负荷运转。⟧”
他随后又发了一条：“⟦我从来没有说过要离开中国，也从来没有这样的计划。⟧”
这一传言最早出现于一个海外中文论坛，援引所谓“特斯拉内部邮件”。
特斯拉中国官方微博也在当天转发了马斯克的帖子。
""",
"denial stating his claim ('I never said...') is gold"))

A(D(44, "x_roundup", "article",
"马斯克点赞一段上海夜景视频，引发网友猜测其将访华",
"""
马斯克周四在X上给一段上海外滩夜景的视频点了赞，还转发了该视频，但没有配文。
随后，有网友猜测他可能在近期访华。据报道，马斯克上一次到访中国是在今年四月，当时他在北京停留了不到24小时。
特斯拉中国方面对此表示“不予置评”。
一名自称特斯拉员工的网友在X上写道，“埃隆说过很喜欢上海”，但该帖很快被删除。
""",
"hard negative: actions (like, repost, visit), hearsay attribution by another user"))

A(D(45, "earnings_call", "label",
"特斯拉2025年第三季度财报电话会议实录（节选）",
"""
主持人：下面请埃隆·马斯克发言。
埃隆·马斯克：谢谢大家。这个季度我们的交付量创了新高，储能业务表现尤其出色。
埃隆·马斯克：⟦在中国，竞争非常激烈，国产品牌在价格上非常激进。但我们的上海工厂依然保持了很高的利润率。⟧
首席财务官：谢谢埃隆。我来介绍一下财务数据。本季度汽车业务毛利率为18.1%。
分析师（摩根士丹利）：请问中国市场的价格战会持续多久？
埃隆·马斯克：⟦我认为会持续至少一年。中国车企的融资环境很宽松，他们还有很多弹药。⟧
埃隆·马斯克：另外，Cybercab的生产线会在明年第二季度开始爬坡。
""",
"speaker-labelled earnings call; analyst question not gold; Cybercab line not gold"))

A(D(46, "earnings_call", "label",
"特斯拉财报会实录：Robotaxi与Optimus成焦点",
"""
首席财务官：本季度中国区收入同比下降9%，主要受价格调整影响。
分析师（高盛）：埃隆，你曾说过中国是特斯拉第二重要的市场，现在还是这样吗？
埃隆·马斯克：我想先谈谈自动驾驶，这才是公司价值的核心。我们的Robotaxi服务在奥斯汀已经运营了六个月，没有发生严重事故。
埃隆·马斯克：Optimus第三代的设计已经冻结，明年底会有几千台在工厂里干活。
分析师（高盛）：所以关于中国市场……
埃隆·马斯克：我们下一个问题吧。
首席财务官：关于中国，我补充一句，上海工厂的出口业务依然稳健。
""",
"hard negative: analyst quoting him back in a question; CFO on China; his turns off-topic"))

A(D(47, "earnings_call", "article",
"特斯拉（TSLA）2024年第四季度业绩电话会议文字实录",
"""
参会人员：
埃隆·马斯克 -- 首席执行官
首席财务官
投资者关系主管
埃隆·马斯克 -- 首席执行官
好的，谢谢。2024年对特斯拉来说是充满挑战的一年。⟦我们在中国面对的竞争比以往任何时候都要激烈，中国的电动车公司是全世界最有竞争力的。⟧⟦不过，Model Y在中国依然是最畅销的车型之一，这一点我们很自豪。⟧至于明年，我们的重点是自动驾驶和新车型。
投资者关系主管
谢谢埃隆。下面进入问答环节。第一个问题来自零售投资者：FSD何时入华？
埃隆·马斯克 -- 首席执行官
⟦我们正在等待中国监管部门的批准。我希望在今年内获得部分批准，但这不完全由我们决定。⟧
""",
"earnings transcript in 'Name -- Title' then paragraph format; only China sentences of his paragraph are gold"))

A(D(48, "earnings_call", "article",
"特斯拉2025年第一季度财报电话会议实录（节选）",
"""
埃隆·马斯克 -- 首席执行官
谢谢大家参加。本季度储能部署量创新纪录。我认为美国需要把电网容量翻倍，否则AI数据中心将无电可用。我们的Megapack工厂正在全速运转。
首席财务官
关于关税的影响，我们的中国供应链敞口在逐季下降。上海工厂的交付环比有所改善。
埃隆·马斯克 -- 首席执行官
补充一句，Cybertruck的新版本会在下半年推出。
""",
"hard negative: CFO speaks about China and tariffs; Musk only on US grid and Cybertruck"))

A(D(49, "earnings_call", "label",
"电话会实录：马斯克谈宁德时代与电池供应",
"""
投资者关系主管: 下一个问题，关于电池供应链。
分析师（巴克莱）: 特斯拉对宁德时代的依赖会降低吗？
埃隆·马斯克: ⟦宁德时代是非常优秀的合作伙伴。坦白说，他们在磷酸铁锂上的成本优势，其他人几年内都追不上。⟧
埃隆·马斯克: ⟦所以短期内我们会继续从他们那里大量采购，特别是储能业务。⟧
埃隆·马斯克: 4680电池方面，我们的干电极工艺已经取得突破。
""",
"ASCII-colon labels; '他们' = CATL across lines; 4680 line not gold"))

A(D(50, "short_summary", "article",
"马斯克：⟦中国将主导全球电动车市场⟧",
"""
特斯拉首席执行官马斯克周四在一次采访中表示，⟦中国电动车企业凭借成本和速度优势，将在未来十年主导全球市场⟧。
""",
"short summary: headline claim and body reported speech"))
