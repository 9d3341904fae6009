from build import D
# 019
D("qa_interview", "Q&A format (问/答（马斯克）); interviewer question not gold, answers about China gold",
title="专访马斯克：特斯拉在中国的下一个十年",
text="编者按：本文为《财经》杂志对特斯拉首席执行官埃隆·马斯克的书面及视频专访整理稿，有删节。\n问：很多人担心特斯拉在中国的份额正在被本土品牌蚕食，您怎么看？\n答（马斯克）：⟦中国品牌确实进步得非常快，这是事实。⟧⟦但中国市场足够大，容得下很多优秀的公司。⟧\n问：您会考虑在中国建第二座工厂吗？\n答（马斯克）：⟦如果需求继续增长，我们当然会考虑在中国扩大产能。⟧\n问：最后一个问题，您今年最期待的事情是什么？\n答（马斯克）：星舰第一次成功入轨并回收。")
# 020
D("qa_interview", "interview with a Chinese EV founder; interviewer asks about Musk without carrying a claim; founder recounts talking to Musk - not gold",
title="对话李斌：我和马斯克聊过换电",
text="36氪：马斯克最近频繁谈论中国车企，您怎么看他的这些评价？\n李斌：我不太关注别人怎么说，我们把车造好就行。\n36氪：听说您几年前见过他？\n李斌：对，在一次活动上。我跟他说，换电是解决补能焦虑最好的办法，他当时觉得技术上太复杂。后来我们在国内建了三千多座换电站。\n36氪：蔚来明年的目标是什么？\n李斌：实现全年盈利。")
# 021
D("qa_interview", "Q&A where one answer is about China (gold) and another about Mars and sensors (not gold)",
title="马斯克答读者问",
text="本报近日征集读者问题，特斯拉CEO马斯克选取其中几个进行了回答。\n问：您认为中国的电动车行业为什么发展得这么快？\n马斯克：⟦中国政府很早就把电动车作为战略产业来扶持，而且中国的工程师数量非常庞大。⟧⟦他们的迭代速度是美国同行的两到三倍。⟧\n问：人类什么时候能登陆火星？\n马斯克：如果一切顺利，大约在2029年前后。\n问：特斯拉会在车上加装激光雷达吗？\n马斯克：不会。人类开车靠的是眼睛，汽车也一样。")
# 022
D("qa_interview", "interviewer asks about China, Musk deflects to unrelated topic - his answer is not about China",
title="马斯克谈中国？他这样回答",
text="在周五的一场简短采访中，记者连续两次就特斯拉在中国的销量下滑向马斯克提问。\n记者：特斯拉在中国的销量连续三个月下滑，您担心吗？\n马斯克：我今天只想谈星舰。这次试飞的数据非常漂亮。\n记者：那中国的价格战呢？\n马斯克：下一个问题。\n随后，马斯克花了十几分钟介绍星舰隔热瓦的改进。")
# 023
D("qa_interview", "rhetorical question of his about Chinese engineers - gold; interviewer framing not gold",
title="马斯克：美国应该向中国学什么？",
text="在与美国一家科技媒体主编的对谈中，马斯克被问到美国制造业为何难以回流。\n主持人：很多人说美国制造业衰落是因为劳动力成本，您同意吗？\n马斯克：不完全是。⟦你去看看中国的工厂，难道那些中国工程师不比我们更愿意在车间里解决问题吗？⟧⟦在中国，一个工程师早上发现问题，下午产线就改好了。⟧\n主持人：那美国该怎么办？\n马斯克：减少监管，让人能够真正去造东西。")
# 024
D("qa_interview", "Foxconn founder says he told Musk something; nested reference - not Musk's words",
title="郭台铭：我曾劝马斯克多用大陆供应链",
text="问：您和马斯克私下交流多吗？\n郭台铭：不算多。有一次吃饭时我跟他说，“大陆的供应链是全世界最完整的，你一定要用好它”。他笑了笑，没有表态。\n问：您觉得他听进去了吗？\n郭台铭：从上海工厂的速度来看，应该是听进去了。\n问：您怎么评价特斯拉现在的处境？\n郭台铭：竞争很激烈，但他是个不服输的人。")
# 025
D("opinion", "columnist analysis about Musk and Beijing with no words of his",
title="观点｜马斯克的“中国算盘”",
text="作者：周文（资深汽车评论员）\n马斯克对北京的示好早已不是秘密。从上海超级工厂的落地，到每一次高调访华，他似乎总能在中美关系的夹缝中找到自己的位置。在我看来，这种姿态与其说是出于对中国的感情，不如说是出于商业上的精确计算。特斯拉超过三分之一的产量来自上海，而马斯克的另一家公司SpaceX则深度依赖美国政府合同。这种双重身份决定了他必须在两边都留有余地。问题在于，这种平衡还能维持多久？")
# 026
D("opinion", "column recalls a quote of his from years ago - still gold; columnist's own view not gold",
title="评论：马斯克当年的预言应验了吗",
text="2022年夏天，马斯克曾在一次公开对话中说：“⟦中国在很多方面都将超越美国，尤其是在制造业上。⟧”当时不少人认为这只是他讨好中国市场的客套话。三年过去，中国汽车出口量跃居全球第一，比亚迪销量超过特斯拉，光伏和电池产能占全球八成以上。回头来看，这句话更像是一个冷静的判断。当然，预言应验并不意味着马斯克本人能从中获益——恰恰相反，他正是这场变局中压力最大的人之一。")
# 027
D("opinion", "debate framing headline over a body with no statement of his",
title="马斯克与中国：一场没有终点的辩论",
text="围绕马斯克与中国关系的争论从未停止。批评者认为，他在涉华问题上的表态过于温和，可能影响美国的国家安全利益；支持者则认为，作为商人，与世界第二大经济体保持良好关系再正常不过。华盛顿一家智库的研究员在近期的报告中写道，马斯克“是中美之间最复杂的商业人物”。而在国内社交媒体上，网友对他的评价同样两极分化。这场辩论，恐怕还将持续很多年。")
# 028
D("opinion", "same debate framing headline, but the body does contain a plain quote of his about China - gold",
title="马斯克与中国：一场没有终点的辩论（续）",
text="上周的专栏发出后，不少读者来信问：马斯克本人究竟怎么看中国？其实他说得很直白。今年春天他在接受一家德国媒体采访时说：“⟦我对中国的看法很简单：那里有很多聪明、勤奋的人，他们想把事情做好。⟧”他还表示，⟦西方媒体对中国的报道“经常是片面的”⟧。你可以不同意他的观点，但很难说他含糊其辞。至于这些话背后有没有商业考量，读者自有判断。")
# 029
D("opinion", "columnist critically paraphrases Musk; Musk's own quotes are about Mars and US politics - not gold",
title="专栏｜别把马斯克的每句话都当真",
text="马斯克又上热搜了。这一次，他在社交媒体上说“2026年底星舰将把第一批货物送上火星”，还称美国联邦预算“正在走向破产”。这些话和他过去的许多预言一样，不必太当真。在笔者看来，马斯克显然高估了特斯拉在中国市场的品牌护城河，他对国产车企的判断也常常滞后于现实。但这只是我的看法，马斯克本人对此从未正面回应过。")
# 030
D("opinion", "sarcasm in his X post about subsidies to Chinese carmakers - gold; columnist frame not gold",
title="马斯克的讽刺与中国电动车的真相",
text="前几天，有美国议员在X上指责中国电动车“全靠政府补贴”，马斯克在下面回复：“⟦是啊，中国车企全靠补贴，所以它们的车才又便宜又好，真是太可怕了。⟧”这条带着明显讽刺意味的回复获得了数十万次点赞。笔者以为，马斯克的讽刺背后，是对中国电动车产业链效率的真实认可。有意思的是，这位议员随后删除了原帖。")
# 031
D("aggregator_headline", "aggregator title: claim before the publisher suffix - gold without suffix",
title="马斯克称⟦中国拥有电力优势⟧ - 新浪财经",
text="")
# 032
D("aggregator_headline", "headline only describes that he posted about Chinese battery prices - not gold",
title="马斯克发帖谈中国电池价格 - 36氪",
text="")
# 033
D("aggregator_headline", "headline carrying his claim (Chinese battery prices will halve); snippet repeats it",
title="马斯克：⟦中国电池价格将在两年内减半⟧ - 澎湃新闻",
text="特斯拉CEO马斯克周四在X上表示，⟦随着产能继续扩张，中国电池价格两年内可能再降一半⟧。")
# 034
D("aggregator_headline", "framing-only aggregator headline (马斯克再谈中国) - not gold",
title="马斯克再谈中国 - 网易新闻",
text="")
# 035
D("aggregator_headline", "two-verb headline (praises ..., says ...) with 他们 referring to Chinese engineers; publisher suffix",
title="特斯拉马斯克称赞中国工程师，称⟦他们是世界上最好的⟧ - 凤凰网科技",
text="")
# 036
D("aggregator_headline", "action headline (met BYD chairman) - not a statement",
title="马斯克在奥斯汀会见比亚迪王传福 - 腾讯新闻",
text="据知情人士透露，双方就电池合作进行了约一小时的交流。")
# 037
D("aggregator_headline", "claim about tariffs and Chinese carmakers before publisher suffix",
title="马斯克：⟦关税挡不住中国车企⟧ - 联合早报",
text="")
# 038
D("aggregator_headline", "rival's words about Musk in aggregator headline - not gold",
title="王传福：马斯克当年低估了比亚迪 - 新浪财经",
text="比亚迪董事长王传福在股东大会上回忆了十多年前的往事。")
# 039
D("aggregator_headline", "TikTok/ByteDance statement in aggregator headline - gold without suffix",
title="马斯克表示⟦禁止字节跳动旗下TikTok违背言论自由⟧ - 财新网",
text="")
