from common import D

A = "aggregator_headline"
D(A, "马斯克称中国在电力方面拥有巨大优势 - 新浪财经", "",
  ["中国在电力方面拥有巨大优势"], "aggregator claim; strip publisher suffix")
D(A, "马斯克再谈中国电池价格 - 澎湃新闻", "",
  [], "aggregator headline only says he spoke")
D(A, "特斯拉上海超级工厂今年产量将创新高 马斯克发文点赞 - 第一财经",
  "特斯拉上海超级工厂今年产量有望突破百万辆……",
  [], "aggregator: factory news; Musk only 'liked/praised' (action, no claim)")
D(A, "马斯克母亲梅耶·马斯克：我很喜欢中国 - 凤凰网", "",
  [], "mother of Musk, not watched speaker")
D(A, "特斯拉CEO马斯克抵达北京 会见中国官员 - 网易新闻", "",
  [], "action (visit/meet), no claim")
D(A, "马斯克：中国将是AI领域最强大的竞争者 - 华尔街见闻",
  "马斯克在接受采访时称，中国在人工智能领域的进展被严重低估……",
  ["中国将是AI领域最强大的竞争者", "中国在人工智能领域的进展被严重低估"], "aggregator claim + snippet reported speech")
D(A, "马斯克表示对火星任务充满信心 称2026年将发射无人飞船 - 腾讯新闻", "",
  [], "aggregator claim not about China")
D(A, "馬斯克稱大陸電動車將重創全球車廠 - 中央社", "",
  ["大陸電動車將重創全球車廠"], "traditional aggregator claim")
D(A, "馬斯克旗下星鏈獲台灣廠商大單 - 經濟日報", "",
  [], "traditional aggregator; business news, no statement")

S = "short_summary"
D(S, "", "特斯拉CEO马斯克周三表示，中国消费者和工人对特斯拉的成功“至关重要”，上海工厂去年交付超过90万辆车。",
  ["中国消费者和工人对特斯拉的成功“至关重要”"], "one-sentence summary; trailing fact is journalist's")
D(S, "马斯克发文谈中国 引发网友热议", "马斯克在社交平台X上发文谈及中国，引发中外网友热议。",
  [], "only says he posted about China")
D(S, "分析师：马斯克对中国市场过于乐观", "分析人士称，马斯克对中国市场的乐观判断过于激进，特斯拉在华份额已连续三个季度下滑。",
  [], "analysts paraphrasing him critically")
D(S, "", "马斯克周五称，星舰最快将于下月进行第五次试飞，SpaceX已为此准备了两枚助推器。",
  [], "short summary, non-China claim")
D(S, "马斯克谈TikTok禁令", "马斯克周日表示，尽管TikTok的母公司是中国企业字节跳动，美国也不应禁止这款应用。",
  ["尽管TikTok的母公司是中国企业字节跳动，美国也不应禁止这款应用"], "TikTok/Chinese company; headline only stance (not China in headline)")
D(S, "", "特斯拉上海超级工厂第500万辆整车下线，马斯克在X上发文祝贺。",
  [], "congratulation action without claim")
D(S, "马斯克态度转变：比亚迪如今很有竞争力", "马斯克称比亚迪如今是一家非常有竞争力的公司，与他2011年在电视采访中嘲笑对方时的态度截然不同。",
  ["比亚迪如今很有竞争力", "比亚迪如今是一家非常有竞争力的公司"], "named Chinese company; contrast with old remark not quoted")
