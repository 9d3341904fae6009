# -*- coding: utf-8 -*-
# docs 45-73
from gen1 import add

# 45
add("wire", "article",
    "马斯克坦言中国竞争对手“非常拼”",
    "【界面新闻】特斯拉首席执行官埃隆·马斯克在周三晚间的一场线上投资者活动中称中国对手“非常拼”，并表示特斯拉必须在产品迭代速度上跟上他们。“他们一周工作七天，而且工程师非常多，”马斯克说，“如果我们不加快脚步，就会被甩在后面。”\n\n"
    "同场参加活动的特斯拉首席财务官瓦伊巴夫·塔内贾则表示，公司今年的资本开支将超过110亿美元，主要投向AI算力。摩根大通分析师瑞安·布林克曼在活动后的报告中写道，马斯克对中国竞争对手的评价“比以往任何时候都更直接”。",
    ["中国竞争对手“非常拼”",
     "中国对手“非常拼”",
     "特斯拉必须在产品迭代速度上跟上他们",
     "他们一周工作七天，而且工程师非常多",
     "如果我们不加快脚步，就会被甩在后面"],
    "称 + quoted fragment inside a longer clause (span = whole asserted clause incl. fragment); quote split by 马斯克说; CFO and analyst in same paragraph not gold")

# 46
add("wire", "article",
    "马斯克驳斥特斯拉撤出中国传言",
    "【澎湃新闻】近日，网络上流传特斯拉将逐步撤出中国市场的消息。对此，特斯拉首席执行官马斯克周二在X上作出回应，他把特斯拉撤出中国的传言斥为“胡说八道”。他说上海工厂“运转良好”。他补充说，今年上海工厂还将新增一条产线。\n\n"
    "特斯拉中国副总裁陶琳也在微博上表示，上海超级工厂“一切正常，订单饱满”。\n\n"
    "马斯克当天还发帖称，SpaceX的星舰将在下月进行第十二次试飞。",
    ["特斯拉撤出中国的传言斥为“胡说八道”",
     "上海工厂“运转良好”",
     "今年上海工厂还将新增一条产线"],
    "把…斥为“…” (span from the 把-object to the closing mark); 他说 + fragment; 他补充说; headline 驳斥 only describes; Tesla China VP and Starship post not gold")

# 47
add("wire", "article",
    "马斯克会见李强 特斯拉FSD入华再进一步？",
    "【财新网】国务院总理李强周一在北京会见了特斯拉首席执行官埃隆·马斯克。据新华社报道，李强表示，中国将继续扩大高水平对外开放，欢迎包括特斯拉在内的外资企业“分享中国发展机遇”。\n\n"
    "知情人士透露，双方讨论了FSD在华落地及数据跨境传输等议题。马斯克此次在京停留不足一天，随后乘私人飞机离开。\n\n"
    "花旗分析师在报告中认为，此次会面“释放了积极信号”，特斯拉FSD有望在年内获批。",
    [],
    "meeting described (action); Li Qiang and analysts speak; no words of his")

# 48
add("wire", "article",
    "马斯克：与李强总理会面“非常愉快”",
    "【第一财经】特斯拉首席执行官马斯克周日晚间在X上发帖，称与李强总理的会面“非常愉快”。这位亿万富翁写道：“李强总理对新技术的理解非常深刻，期待未来有更多合作。”这是马斯克今年第二次到访北京。据悉，特斯拉正在申请在上海建设一座新的储能超级工厂。",
    ["与李强总理会面“非常愉快”",
     "与李强总理的会面“非常愉快”",
     "李强总理对新技术的理解非常深刻，期待未来有更多合作"],
    "China link only via a Chinese person (李强), no word 中国; 'the billionaire' as name")

# 49
add("wire", "article",
    "马斯克：长征火箭的发射节奏令人印象深刻",
    "【观察者网】SpaceX创始人埃隆·马斯克周四在X上转发了一段长征八号甲运载火箭发射的视频，并写道：“长征系列的发射节奏越来越快了，令人印象深刻。”他还表示，可重复使用火箭是未来的关键，“谁先掌握完全复用，谁就赢了”。\n\n"
    "今年以来，长征系列火箭已完成超过50次发射。中国航天科技集团相关负责人此前表示，可重复使用的长征十二号甲将于年内首飞。",
    ["长征火箭的发射节奏令人印象深刻",
     "长征系列的发射节奏越来越快了，令人印象深刻"],
    "China link only via 长征 rockets; his general remark on reusable rockets (他还表示) is not about China; CASC official not gold")

# 50
add("wire", "article",
    "美国拟对东南亚光伏组件加征关税 中国企业受影响",
    "【21世纪经济报道】美国商务部初步裁定对来自柬埔寨、马来西亚、泰国和越南的光伏组件征收反倾销税，多家中国光伏企业在当地的工厂受到影响。隆基绿能一位高管表示，公司已在评估将部分产能转移至中东的可能性。\n\n"
    "特斯拉首席执行官马斯克同日在X上表示，美国需要“大幅提升”发电能力，“我们应该在得克萨斯和内华达的沙漠里铺满太阳能板”。他还表示，电网升级审批太慢，“联邦政府必须让路”。",
    [],
    "China-tariff story; his remarks are about US energy policy only")

# 51
add("wire", "article",
    "马斯克：深圳的硬件生态无人能及",
    "【南方都市报】特斯拉CEO马斯克在接受一档美国科技播客采访时说，深圳的硬件生态“无人能及”。“你在深圳可以在一周内把一个想法变成原型，在硅谷这要花三个月。”他说。马斯克还透露，Optimus机器人的部分关节执行器就是在珠三角完成打样的。\n\n"
    "主持人随后问及他对硅谷创业公司的看法，马斯克表示，硅谷“太过于关注软件，忽视了制造”。",
    ["深圳的硬件生态无人能及",
     "深圳的硬件生态“无人能及”",
     "你在深圳可以在一周内把一个想法变成原型，在硅谷这要花三个月",
     "Optimus机器人的部分关节执行器就是在珠三角完成打样的"],
    "China link only via a city/region (深圳, 珠三角); Silicon Valley remark not gold")

# 52
add("wire", "article",
    "金博尔·马斯克：中国餐饮市场潜力巨大",
    "【新浪科技】特斯拉董事、埃隆·马斯克的弟弟金博尔·马斯克周二在上海出席一场餐饮科技峰会时表示，中国餐饮市场的数字化程度“全球领先”，他的餐厅集团正考虑在中国开设首家门店。\n\n"
    "“我哥哥总说我应该多关注火箭，但我更喜欢食物，”金博尔笑着说。\n\n"
    "埃隆·马斯克当天则在X上发帖称，Neuralink已完成第十二例人体植入手术，“患者恢复情况良好”。",
    [],
    "namesake Kimbal Musk on China; Elon's post same day is about Neuralink")

# 53
add("wire", "article",
    "黄仁勋、马斯克先后评价DeepSeek",
    "【36氪】国产大模型DeepSeek发布新版本后，硅谷科技领袖们纷纷发表看法。英伟达CEO黄仁勋在一场活动上表示，DeepSeek是“世界级的工作”。马斯克则在X上回应称，DeepSeek的团队“非常聪明”。他怀疑其训练成本被低估了，“他们手里的GPU肯定比公开的要多”。Meta首席AI科学家杨立昆认为，这证明了开源模型的力量。伯恩斯坦分析师则在报告中指出，市场对DeepSeek的反应“过度了”。",
    ["DeepSeek的团队“非常聪明”",
     "其训练成本被低估了",
     "他们手里的GPU肯定比公开的要多"],
    "DeepSeek without the word 中国; other executives and an analyst on the same topic in the same paragraph; 其/他们 -> DeepSeek")

# 54
add("wire", "article",
    "欧盟对华电动车反补贴税落地 马斯克炮轰欧盟监管",
    "【联合早报】欧盟委员会周五宣布对中国产电动车征收最高35.3%的反补贴税，特斯拉上海工厂出口欧洲的车辆适用7.8%的较低税率。\n\n"
    "当天，马斯克在X上批评欧盟另一项针对社交平台的《数字服务法》罚款决定。他写道：“欧盟的官僚们正在扼杀言论自由。他们根本不在乎欧洲人民想要什么。”\n\n"
    "中国商务部发言人表示，中方坚决反对欧方的裁决，将采取一切必要措施维护中国企业的合法权益。",
    [],
    "China-EU tariff story; his post is about the EU DSA; 他们 -> EU bureaucrats")

# 55
add("wire", "article",
    "特斯拉CEO马斯克盛赞中国工程师，称他们是世界上最好的",
    "【环球网】“我参观过很多工厂。说实话，中国工程师的数量和质量都让人震惊。他们每年培养的工科毕业生是美国的好几倍。”特斯拉首席执行官埃隆·马斯克在周二的一次线上访谈中这样说道。\n\n"
    "他还回忆起2019年上海工厂建设期间的一件事：“当时我问当地团队能不能在年底前投产，他们说‘没问题’，结果真的做到了。”\n\n"
    "马斯克表示，美国应该“反思自己的工程教育体系”。",
    ["他们是世界上最好的",
     "说实话，中国工程师的数量和质量都让人震惊。他们每年培养的工科毕业生是美国的好几倍",
     "当时我问当地团队能不能在年底前投产，他们说‘没问题’，结果真的做到了"],
    "two-verb headline (gold = claim part, 他们 -> 中国工程师); multi-sentence quote attributed at its end; nested quote; US education remark not gold")

# 56
add("wire", "article",
    "上海车展观察：国产车企老板们眼中的马斯克",
    "【每日经济新闻】在本届上海车展上，“马斯克”依然是国产车企高管们绕不开的话题。\n\n"
    "理想汽车CEO李想在接受采访时说，特斯拉是他创业的“老师”，“没有特斯拉，就没有中国新能源车今天的局面”。\n\n"
    "零跑汽车董事长朱江明则表示：“马斯克定义了智能电动车，但中国车企正在重新定义它。”\n\n"
    "长城汽车董事长魏建军说，他多年前在一次行业会议上听马斯克讲过电池成本的问题，“那时他就判断电池价格会降到每千瓦时100美元以下”。\n\n"
    "特斯拉今年并未参加上海车展。",
    [],
    "Chinese executives talk about Musk; one recalls a remark of his (not about China) in his own words")

# 57
add("wire", "article",
    "马斯克：若监管放行，特斯拉将在华推出Robotaxi",
    "【中国证券报】特斯拉首席执行官马斯克于当地时间周三晚间、在公司第三季度财报发布后约一个小时召开的分析师电话会议上，就Robotaxi的全球推广计划回答提问时表示，如果能够获得监管部门的许可，特斯拉“有可能”在明年下半年于中国的部分城市推出Robotaxi服务。他同时强调，这“完全取决于监管进度”。\n\n"
    "分析人士认为，在百度萝卜快跑、小马智行等本土企业已经大规模运营的情况下，特斯拉入局面临不小挑战。",
    ["若监管放行，特斯拉将在华推出Robotaxi",
     "如果能够获得监管部门的许可，特斯拉“有可能”在明年下半年于中国的部分城市推出Robotaxi服务",
     "这“完全取决于监管进度”"],
    "very long time/locative phrase between name and 表示; conditional/hedged claim; 这 points back to the China launch")

# 58
add("wire", "article",
    "特斯拉回应“上海工厂裁员”传闻：不实",
    "【北京商报】针对网传“特斯拉上海超级工厂大规模裁员”的消息，特斯拉中国相关负责人周四回应称，该消息“不实”，工厂生产经营一切正常。\n\n"
    "该负责人表示，特斯拉对中国市场的长期承诺“没有改变”。此前，马斯克在今年的股东大会上花了大量时间介绍Optimus机器人和Cybercab，几乎没有提及中国市场，引发部分投资者担忧。",
    [],
    "company spokesperson, not Musk; journalist notes he did not mention China")

# 59
add("wire", "article",
    "马斯克：特斯拉从未向北京方面提供用户数据",
    "【联合早报】美国一家智库近日发布报告，质疑特斯拉在华收集的车辆数据可能被中国政府获取。特斯拉首席执行官马斯克周五否认了这一说法。他说，特斯拉“从来没有”向中国政府提供过任何用户数据，“如果我们这么做了，我们会被关闭，无论在中国还是在美国”。\n\n"
    "马斯克补充说，特斯拉在华收集的数据全部存储在上海的本地数据中心。他还说，《数据安全法》的规定“非常清楚”，特斯拉会严格遵守。该智库负责人回应称，特斯拉的说法“无法独立核实”。",
    ["特斯拉从未向北京方面提供用户数据",
     "特斯拉“从来没有”向中国政府提供过任何用户数据",
     "如果我们这么做了，我们会被关闭，无论在中国还是在美国",
     "特斯拉在华收集的数据全部存储在上海的本地数据中心",
     "《数据安全法》的规定“非常清楚”，特斯拉会严格遵守"],
    "denial: '否认了这一说法' alone not gold, his own 'never' claim is; China link via a Chinese law only (数据安全法); think tank not gold")

# 60
add("aggregator_headline", "article",
    "馬斯克稱大陸電池價格兩年內將腰斬 - Yahoo奇摩新聞",
    "特斯拉執行長馬斯克在X發文表示，大陸電池製造商的磷酸鐵鋰電池價格兩年內可能再下降一半，這將讓電動車「比燃油車更便宜」...",
    ["大陸電池價格兩年內將腰斬",
     "大陸電池製造商的磷酸鐵鋰電池價格兩年內可能再下降一半，這將讓電動車「比燃油車更便宜」"],
    "traditional aggregator item: 'says … will halve' (gold claim without the ' - Yahoo奇摩新聞' suffix)")

# 61
add("aggregator_headline", "article",
    "馬斯克發文談大陸電池價格 - 自由時報",
    "特斯拉執行長馬斯克周末在社群平台X上發文，談及大陸電池價格走勢，引發網友熱烈討論。",
    [],
    "traditional aggregator item: 'posts about' headline with no claim")

# 62
add("aggregator_headline", "article",
    "特斯拉CEO马斯克：上海超级工厂将生产更便宜的Model Y - 东方财富网",
    "马斯克在财报电话会上表示，一款更便宜的Model Y车型将于明年在上海超级工厂投产。",
    ["上海超级工厂将生产更便宜的Model Y",
     "一款更便宜的Model Y车型将于明年在上海超级工厂投产"],
    "aggregator title 'name: claim - publisher'")

# 63
add("aggregator_headline", "article",
    "马斯克与比亚迪：“老对手”之间的十年恩怨 - 腾讯新闻",
    "从当年的一笑了之，到如今的全球销量之争，马斯克与比亚迪的故事堪称电动车行业十年变迁的缩影。本文梳理了两家公司的发展历程。",
    [],
    "framing headline with a quoted phrase that is the journalist's, no statement")

# 64
add("aggregator_headline", "article",
    "马斯克访华归来 称中国的自动驾驶进展“超出预期” - 网易",
    "据路透社报道，马斯克在结束对北京的短暂访问后表示，中国的自动驾驶技术进展“超出预期”。他还表示，世界第二大经济体在智能驾驶上的投入“远超外界想象”。",
    ["中国的自动驾驶进展“超出预期”",
     "中国的自动驾驶技术进展“超出预期”",
     "世界第二大经济体在智能驾驶上的投入“远超外界想象”"],
    "two-verb aggregator title (visit + says); 'world's second-largest economy' for China")

# 65
add("aggregator_headline", "article",
    "马斯克：中国车企是全球最具竞争力的汽车公司 - 凤凰网",
    "马斯克在接受采访时谈到国产车企，他说：“说实话，它们是全球最具竞争力的汽车公司，而且还在不断进步。”",
    ["中国车企是全球最具竞争力的汽车公司",
     "说实话，它们是全球最具竞争力的汽车公司，而且还在不断进步"],
    "它们 -> 国产车企 (topic only from context)")

# 66
add("aggregator_headline", "article",
    "马斯克：星舰明年将飞往火星 中国航天专家回应 - 搜狐",
    "马斯克表示，星舰将在明年底的窗口期飞往火星。中国航天专家对此表示，这一时间表“过于乐观”。",
    [],
    "his claim is about Mars; the Chinese expert's response is not his")

# 67
add("short_summary", "article",
    "马斯克称宁德时代电池“世界一流”",
    "埃隆·马斯克周四表示，宁德时代的电池技术“世界一流”，特斯拉将继续从这家公司采购电池。",
    ["宁德时代电池“世界一流”",
     "宁德时代的电池技术“世界一流”",
     "特斯拉将继续从这家公司采购电池"],
    "named Chinese company without 中国; 这家公司 -> CATL")

# 68
add("short_summary", "article",
    "马斯克评蔚来换电模式",
    "伊隆·马斯克周二表示，蔚来的换电模式“在中国行得通，在美国行不通”。",
    ["蔚来的换电模式“在中国行得通，在美国行不通”"],
    "descriptive title not gold; body claim with quoted fragment")

# 69
add("short_summary", "article",
    "马斯克：Model Y L下月在美交付",
    "马斯克周日在X上表示，特斯拉Model Y L将于下月起在美国交付，售价暂未公布。该车型此前已在中国上市。",
    [],
    "his claim is a US delivery date; the China link is the journalist's sentence")

# 70
add("short_summary", "article",
    "马斯克或于下周访华",
    "澎湃新闻记者从多个渠道获悉，马斯克计划于下周访问中国，这将是他今年第二次访华。特斯拉中国未予置评。",
    [],
    "reported plan from sources, not his words")

# 71
add("liveblog", "article",
    "图文直播｜第三届链博会开幕：马斯克视频致辞",
    "10:00 第三届中国国际供应链促进博览会在北京开幕。\n"
    "10:12 商务部副部长致辞，表示将进一步优化外资营商环境。\n"
    "10:25 特斯拉首席执行官埃隆·马斯克通过视频发表致辞。\n"
    "10:26 “特斯拉上海超级工厂的本土化率已经超过95%，这离不开中国供应商的支持。”马斯克说。\n"
    "10:28 他还表示，中国供应链的“速度和韧性”是全球任何地方都无法比拟的。\n"
    "10:29 他进一步指出，特斯拉未来会把更多储能产品的生产放在上海，“Megafactory只是开始”。\n"
    "10:31 马斯克最后谈到了火星：“我希望有一天，我们能在火星上建立一座城市。”\n"
    "10:40 宁德时代董事长曾毓群登台发言，表示中国电池企业愿与全球车企“共同成长”。\n"
    "10:55 英伟达CEO黄仁勋身着唐装亮相，称中国市场“非常重要”。",
    ["特斯拉上海超级工厂的本土化率已经超过95%，这离不开中国供应商的支持",
     "中国供应链的“速度和韧性”是全球任何地方都无法比拟的",
     "特斯拉未来会把更多储能产品的生产放在上海，“Megafactory只是开始”"],
    "quote before its attribution; 他还表示/他进一步指出 continuations; Mars remark and other speakers not gold")

# 72
add("liveblog", "article",
    "直播｜小米YU7发布会：雷军对标Model Y",
    "19:00 发布会开始，雷军登台。\n"
    "19:15 雷军表示，YU7的续航比Model Y长“整整200公里”。\n"
    "19:32 雷军在现场放出马斯克此前在特斯拉发布会上的照片，调侃称“我们向老师致敬”。\n"
    "19:45 YU7标准版定价25.35万元，比Model Y低约1万元。\n"
    "19:50 现场大屏幕显示，开售一小时锁单量突破24万台。\n"
    "20:10 有记者在X上艾特马斯克询问看法，截至发稿，马斯克尚未回应。",
    [],
    "Chinese rival's launch; Musk mentioned but says nothing")

# 73
add("liveblog", "article",
    "实时更新｜特斯拉第二季度财报：马斯克称或迎“艰难的几个季度”",
    "05:30 特斯拉公布第二季度财报，营收同比下降12%。\n"
    "05:45 电话会开始。马斯克开场表示，公司可能会经历“艰难的几个季度”，原因是美国电动车税收抵免即将取消。\n"
    "05:52 马斯克说，Robotaxi服务将在年底前覆盖美国一半人口。\n"
    "06:05 有分析师问及中国市场的价格战。首席财务官塔内贾回答称，特斯拉在华“依然保持了稳定的份额”，公司不会参与无底线的降价。\n"
    "06:15 马斯克补充了关于AI5芯片的进展，称其性能将是AI4的40倍。\n"
    "06:30 电话会结束，特斯拉盘后股价下跌4%。",
    [],
    "China question answered by the CFO; his remarks (US tax credit, Robotaxi, AI5) not about China")
