from common import D

D(71, "traditional_chinese", "article",
  "馬斯克母親梅耶訪港 稱香港是「最有活力的城市之一」",
  """
  【香港01】特斯拉創辦人馬斯克的母親梅耶·馬斯克（Maye Musk）昨日抵港，出席一個美容品牌活動。她在活動上表示：「香港是世界上最有活力的城市之一，這裡的女性非常獨立。」
  被問及兒子馬斯克近期言論時，梅耶笑言：「我從來不替他發言，他自己的推特已經夠多了。」
  梅耶今年77歲，仍活躍於時裝界。她的自傳中文版在兩岸三地均有出版。
  """,
  "hard negative: Maye Musk on Hong Kong, traditional characters")

D(72, "traditional_chinese", "article",
  "陸祭稀土管制 馬斯克坦言⟦Optimus生產受衝擊⟧",
  """
  【經濟日報 記者 李孟珊／綜合外電】中國大陸上月宣布收緊稀土磁鐵出口管制，衝擊全球機器人與電動車供應鏈。特斯拉執行長馬斯克在財報電話會議上坦言，⟦大陸對稀土磁鐵的出口管制，已經讓Optimus人形機器人的生產計畫受到影響⟧。
  馬斯克說：「⟦我們正在和中國方面溝通，希望取得出口許可。但老實說，這件事不在我們的掌控之中⟧。」
  他強調，Optimus仍將於明年開始小量生產，「售價長期會壓在2萬美元左右」。
  業界人士指出，大陸掌握全球約九成的稀土磁鐵產能，台灣相關馬達廠商也正評估替代方案。
  """,
  "Chinese export controls (rare-earth magnets) as topic; headline claim gets its China link from the first half of the headline; Optimus schedule and price not gold")

D(73, "traditional_chinese", "article",
  "內地車企扎堆來港上市 馬斯克言論成市場話題",
  """
  【信報】今年以來，已有五家內地新能源車企及零部件商在港交所遞表，計劃集資總額逾300億港元。
  市場人士指出，特斯拉行政總裁馬斯克多次公開談及內地電動車行業，令國際投資者對相關板塊的關注度明顯上升。
  一名基金經理對本報表示：「馬斯克怎麼說不重要，重要的是這些企業能否在海外賺到錢。」
  港交所行政總裁表示，歡迎更多優質新能源企業來港上市，香港的國際資金池能夠支持它們出海。
  """,
  "hard negative: Hong Kong outlet describes that Musk often talks about mainland EVs, without his words")

D(74, "traditional_chinese", "article",
  "特斯拉在陸再降價 馬斯克親上火線解釋",
  """
  〔ETtoday新聞雲〕特斯拉本週在中國大陸宣布Model 3與Model Y全系降價，最高降幅達人民幣1.5萬元，引發市場對價格戰升溫的疑慮。
  「⟦我們不是在打價格戰。中國市場的電池成本下降得很快，我們只是把省下來的錢還給消費者。如果成本再降，價格還會再降⟧，」馬斯克週三在X上回覆網友時寫道。
  他補充說，⟦特斯拉上海廠目前的毛利率仍然是全球各工廠中最好的⟧。
  不過，大陸車商比亞迪、小鵬隨即跟進推出限時優惠。分析師認為，馬斯克的說法「很難讓市場信服」。
  """,
  "multi-sentence quote introduced first and attributed at its end; 補充說 continuation; analyst's rebuttal not gold")

D(75, "traditional_chinese", "article",
  "馬斯克與中共：剪不斷理還亂",
  """
  【聯合報／記者 陳宛茜】特斯拉執行長馬斯克與北京的關係，一向是國際媒體關注的焦點。
  2019年，特斯拉成為第一家在大陸獨資設廠的外國車企；此後五年，上海超級工廠的產量佔特斯拉全球一半以上。馬斯克多次訪陸，每次都受到高規格接待。
  另一方面，他經營的X平台在大陸遭封鎖，SpaceX的星鏈衛星也被中共視為潛在軍事威脅。
  學者分析，馬斯克在美國政壇的影響力上升，使得北京對他的態度更加複雜。「他既是中國市場的受益者，也是美國科技實力的象徵，」一位政大教授說。
  """,
  "hard negative: framing headline over a body with only background and a scholar's quote")

D(76, "traditional_chinese", "article",
  "馬斯克與北京：爭議聲中再發言",
  """
  【風傳媒】特斯拉執行長馬斯克與北京的關係長期備受爭議。本週他在接受美國財經頻道專訪時，再度談到中國。
  「⟦中國政府對製造業的支持是全方位的，從土地到電力到人才。美國如果還想在製造業競爭，就必須認真對待這一點⟧，」馬斯克說。
  主持人追問他是否擔心被批評「親中」，他回答：「⟦我只是說事實。中國的工廠效率就是很高，這跟政治立場無關⟧。」
  此番言論在美國社群媒體上再度引發兩極反應。
  """,
  "framing headline (馬斯克與北京：爭議) over a body that does contain plain quotes about China (gold); interviewer's question not gold")

D(77, "traditional_chinese", "article",
  "台系車用零組件廠：曾建議馬斯克分散陸供應鏈",
  """
  【工商時報 記者 楊曉芳／台北報導】國內一家車用零組件廠董事長林承宏昨日在法說會上表示，他早在2022年就曾當面建議特斯拉執行長馬斯克，把部分供應鏈移出中國大陸，「當時他聽得很認真」。
  林承宏說，公司墨西哥新廠明年第一季量產，主要供應北美電動車客戶，「客戶對非陸供應鏈的需求非常明確」。
  法人預估，該公司明年營收可望成長兩成以上。特斯拉在台灣的供應鏈夥伴包括多家馬達、線束與散熱廠商。
  """,
  "hard negative: a Taiwanese supplier says he told Musk to move supply chains out of the mainland (someone else's words with Musk as object)")

D(78, "traditional_chinese", "article",
  "特斯拉財報會議 馬斯克：⟦中國市場價格競爭依然激烈⟧",
  """
  鉅亨網編譯 陳蕙綾
  特斯拉週三盤後公布第三季財報，營收與獲利均優於市場預期。在隨後的財報電話會議上，馬斯克指出，⟦中國市場的價格競爭依然非常激烈，特斯拉必須依靠上海工廠的成本優勢應戰⟧。
  馬斯克並透露，Cybercab將於明年第二季在德州量產，奧斯汀的Robotaxi服務也將擴大至更多城市。
  財務長塔內賈表示，第四季資本支出將超過30億美元。
  特斯拉股價盤後一度上漲逾4%。
  """,
  "Taiwan financial outlet; headline claim and 指出 reported speech gold; Cybercab/Robotaxi dates not gold")

D(79, "traditional_chinese", "article",
  "馬斯克回覆港網友：⟦香港前途取決於北京⟧",
  """
  【東方日報】特斯拉老闆馬斯克昨日在社交平台X上回覆一名香港網友提問時寫道：「⟦香港仍然是亞洲最重要的金融中心之一，但它的未來最終取決於北京的決定⟧。」
  該名網友原本詢問特斯拉會否在香港推出更多車款。馬斯克在另一則回覆中表示，明年會有新車型引入香港市場。
  有本地學者認為，馬斯克的言論只是陳述事實，無需過度解讀。
  """,
  "Hong Kong in relation to Beijing (gold); a product-launch remark about the Hong Kong market is not gold")

D(80, "traditional_chinese", "article",
  "馬斯克批歐盟：他們只想罰款",
  """
  【星島日報】歐盟委員會昨日宣布，就X平台違反《數碼服務法》展開正式調查，最高可罰款其全球年營業額的6%。
  馬斯克隨即在X上回應：「他們只想罰款，不想解決問題。」他又說：「布魯塞爾的官僚比任何審查者都可怕。」
  與此同時，歐盟正就對華電動車關稅與北京進行新一輪談判。中國商務部表示，希望歐方「以對話解決分歧」。
  分析指，歐盟同時對美國科技巨頭和中國車企採取強硬立場，反映其在中美之間尋求「戰略自主」。
  """,
  "hard negative: 他們 refers to the EU; the China tariff paragraph contains no words of Musk")

# ---------------- machine_translated ----------------
D(81, "machine_translated", "article",
  "埃隆·马斯克谈论关于中国的制造",
  """
  特斯拉的首席执行官埃隆·马斯克在周四说，⟦那个中国是一个非常令人印象深刻的国家，在制造的方面⟧。
  “⟦他们有非常多的工程师，并且他们是非常勤奋工作的，这是一个事实⟧，”马斯克说在一个采访中与美国的电视网络。
  马斯克也说⟦他认为特斯拉将会继续投资在上海的工厂⟧。
  根据报告，特斯拉的上海工厂生产了超过一半的公司的全球的车辆在去年。
  """,
  "stiff Chinese machine-translated from English; reported clause, quote attributed at end, 也说 continuation about Shanghai plant")

D(82, "machine_translated", "article",
  "马斯克会见了中国的官员在北京，根据报告",
  """
  根据路透社，埃隆·马斯克，特斯拉的首席执行官，在星期日到达了北京并且会见了一个高级的官员从中国的政府。
  这是马斯克的第一次访问到中国在这一年。他被陪伴由特斯拉的几个高管。
  分析师们说这个访问可能是关于完全自动驾驶的软件的批准在中国。特斯拉没有回应对一个请求为评论。
  马斯克的股份在特斯拉价值大约多于1000亿美元。
  """,
  "hard negative (machine-translated): actions only (arrived, met), analysts' speculation")

D(83, "machine_translated", "article",
  "马斯克：⟦中国的电动汽车公司是'最具有竞争力的'在世界上⟧",
  """
  埃隆·马斯克，他是特斯拉和SpaceX的首席执行官，说在星期三⟦那个中国的电动汽车制造商是最有竞争力的汽车公司在全世界⟧。
  '⟦我认为他们将会卖非常多的汽车在海外，甚至即使有关税⟧，'他说在一个投资者的电话中。
  马斯克也谈论了关于特斯拉的机器人出租车，说它将会被发射在明年。
  '⟦他们是非常努力工作的并且非常聪明⟧，'他加了，谈论关于中国的公司。
  """,
  "machine-translated with ASCII single quotes; 他加了 continuation whose 他们 is Chinese companies; robotaxi date not gold")

D(84, "machine_translated", "article",
  "分析师说马斯克是过分乐观的关于中国",
  """
  几个分析师在华尔街说在星期二那个埃隆·马斯克是过分乐观的关于特斯拉的销售在中国。
  '马斯克先生经常地高估需求在中国市场，'说一个分析师从一个投资银行，他要求不被命名。
  根据数据从中国乘用车协会，特斯拉的零售销售在中国下降了百分之十二在第二季度。
  马斯克没有作出评论在这个事情上。
  """,
  "hard negative (machine-translated): analysts paraphrasing Musk critically; he did not comment")

D(85, "machine_translated", "article",
  "马斯克通过视频链接在北京的会议上发言",
  """
  埃隆·马斯克，在星期二晚上通过视频链接向一个在北京的会议发言，在一个被延迟的开始之后，说⟦世界的第二大的经济体将会成为一个领导者在人工智能的领域，因为它有大量的电力和工程师⟧。
  会议是组织由一个中国的政府支持的机构，并且有超过一千个参加者。
  '⟦我非常期待着与中国的公司合作在未来⟧，'马斯克说。
  他也说SpaceX将会尝试着陆星舰在火星上在2026年，如果条件允许。
  """,
  "subject and verb far apart in stiff translation ('Musk, speaking by video link ... after a delayed start, said'); China referred to as 世界的第二大的经济体; Mars landing not gold")

D(86, "machine_translated", "article",
  "中国的航天机构发射了新的火箭，马斯克评论了关于火星",
  """
  中国的国家航天局在星期五成功发射了一个新的重型火箭从文昌的发射场，根据官方的媒体。
  在同一天，埃隆·马斯克写在X上：'火星是下一个。我们将会发送五艘星舰在下一个窗口。'
  马斯克没有提到中国的发射在他的帖子里。
  专家说中国的航天计划正在快速地进步。
  """,
  "hard negative (machine-translated): his post on the same day is about Mars, not China")

# ---------------- short_summary ----------------
D(87, "short_summary", "article",
  "马斯克力挺国产车企 称⟦五年内中国品牌将占全球电动车半壁江山⟧",
  "特斯拉CEO马斯克周三表示，⟦未来五年国产车企将拿下全球一半以上的电动车市场份额⟧。",
  "two-verb headline (力挺 … 称 …) plus one-sentence summary; 国产车企 as reference to China")

D(88, "short_summary", "article",
  "马斯克抵达上海超级工厂",
  "马斯克周三抵达上海，参观特斯拉超级工厂并与一线员工合影，未发表公开讲话。",
  "hard negative: one-sentence summary of an action")

D(89, "short_summary", "article",
  "美收紧对华芯片出口管制，马斯克：⟦差距正在缩小⟧",
  "马斯克在X上发帖称，⟦中国在AI芯片上与美国的差距正在缩小，出口管制只能拖慢而无法阻止⟧。此前美国商务部宣布进一步收紧对华先进芯片出口。",
  "headline claim whose topic comes from the first clause (export controls on China); body reported speech on Chinese AI chips")

D(90, "short_summary", "article",
  "分析：马斯克对华预期或过于乐观",
  "多位分析人士认为，马斯克对特斯拉中国销量的乐观预期可能过于激进，价格战仍将持续压制利润。",
  "hard negative: analysts' view of Musk's expectations")

D(91, "short_summary", "article",
  "伊隆·马斯克：⟦关税挡不住中国汽车走向世界⟧",
  "在周二的一场投资者会议上，这位亿万富翁还谈到了特斯拉墨西哥工厂计划的最新进展。",
  "headline carries his claim about tariffs and Chinese cars; summary sentence about Mexico plant not gold")

D(92, "short_summary", "article",
  "马斯克：星舰下月再次试飞",
  "在上海出席活动间隙，马斯克对记者表示，星舰第十二次试飞定在下月进行，并称“这次会尝试捕获二级飞船”。",
  "hard negative: statement made in Shanghai but about Starship")

D(93, "short_summary", "article",
  "馬斯克讚⟦上海廠效率全球第一⟧",
  "特斯拉執行長馬斯克週二表示，⟦上海超級工廠的生產效率是特斯拉全球各廠之冠⟧，並透露⟦上海廠今年將試產新款平價車型⟧。",
  "traditional-character summary; praise headline carrying the claim; two reported points about the Shanghai plant")

D(94, "short_summary", "article",
  "梅耶·马斯克：中国读者最懂我",
  "马斯克的母亲梅耶·马斯克周日在上海书展上表示，中国读者对她新书的反响“超出想象”。",
  "hard negative: Maye Musk's statement")

D(95, "short_summary", "article",
  "马斯克否认出售特斯拉上海工厂股份",
  "马斯克周五在X上回应相关传闻时表示，⟦他从未与北京方面或任何中国机构讨论过出售上海工厂股份的问题⟧。",
  "denial: the headline 否认 is only a description; 'he said he had never ...' in the body is gold; 北京方面")

# ---------------- other ----------------
D(96, "other", "article",
  "晚点早知道｜马斯克谈中国充电网络；小米YU7交付破十万；英伟达发布新芯片",
  """
  【晚点早知道】今日要闻速览

  1. 马斯克：⟦中国的充电网络密度已经是美国的十倍以上⟧
  特斯拉CEO马斯克在一档美国播客节目中称，美国要普及电动车，首先要补上充电基础设施的短板。他说：“⟦在中国，你几乎不用担心找不到充电桩⟧。”

  2. 小米YU7交付量突破十万台
  小米集团周一宣布，YU7上市五个月累计交付突破十万台。

  3. 英伟达发布面向中国市场的新款芯片
  据报道，该芯片符合美国最新出口管制要求。

  4. 比亚迪匈牙利工厂投产
  比亚迪在欧洲的首座乘用车工厂正式投产，初期年产能15万辆。
  """,
  "newsletter digest: item headline with his claim and a body quote (gold); his US-infrastructure remark and other items not gold; top headline 谈 is only descriptive")

D(97, "other", "article",
  "特斯拉上海超级工厂第300万辆整车下线",
  """
  【特斯拉中国官方新闻稿】今天，特斯拉上海超级工厂第300万辆整车正式下线。这是继2023年第200万辆下线后的又一重要里程碑。
  特斯拉全球副总裁表示：“这一成绩离不开中国供应链伙伴的支持和每一位员工的努力。”
  特斯拉首席执行官埃隆·马斯克在X上转发了这一消息，并配上了一个点赞表情。
  上海超级工厂目前拥有员工约两万人，零部件本土化率超过95%。
  """,
  "hard negative: company press release; another executive's quote; Musk only reposted with an emoji")

D(98, "other", "article",
  "书摘｜《马斯克的工厂》：上海的九个月",
  """
  （本文节选自传记作者新书《马斯克的工厂》第十二章，经出版社授权刊发）

  2019年1月，上海临港的那块地还是一片泥地。马斯克站在临时搭建的帐篷里，看着工程图纸，几乎没有说话。

  那天晚上在酒店，我问他为什么这么有把握能在一年内建成工厂。他想了想说：“⟦因为这里的人想赢。中国人非常聪明，而且极其勤奋⟧。”

  他接着说：“⟦在美国，光是拿环评许可就要一年。在这里，政府会帮你把路修好⟧。”

  十个月后，第一辆Model 3从上海的产线上下线。马斯克在现场跳了一段舞，全场欢呼。

  后来我问他，最难的部分是什么。他说是睡眠，“那段时间我每天只睡四个小时”。
  """,
  "book excerpt: quotes told to the biographer years ago (gold), 这里 = China; dancing (action) and sleep remark not gold")

D(99, "other", "article",
  "埃隆·马斯克与中国（百科词条）",
  """
  埃隆·马斯克与中国的联系主要通过特斯拉展开。
  2014年，特斯拉在北京交付首批Model S。2018年7月，特斯拉与上海市政府签署纯电动车项目投资协议。2019年1月，上海超级工厂开工建设，同年12月首批国产Model 3交付。
  2020年1月，马斯克出席上海超级工厂Model Y项目开工仪式。2023年5月和2024年4月，马斯克两次访华，会见多位中方官员。
  此外，马斯克的母亲梅耶·马斯克的自传中文版于2020年在中国大陆出版。其弟金巴尔·马斯克亦曾多次访华。
  参见：特斯拉上海超级工厂；特斯拉中国。
  """,
  "hard negative: encyclopedia timeline of actions, no words of his")

D(100, "other", "article",
  "马斯克第三届链博会视频致辞全文",
  """
  以下为特斯拉首席执行官埃隆·马斯克在第三届中国国际供应链促进博览会开幕式上的视频致辞全文（中文翻译）：

  大家好！很遗憾这次不能亲自到场。

  ⟦特斯拉在中国的发展，离不开中国供应链伙伴的支持。今天，上海超级工厂超过95%的零部件来自本土供应商，其中很多已经成长为全球领先的企业⟧。

  ⟦我一直认为，中国的供应链是全世界最有韧性、最有效率的。无论是电池、电机还是芯片封装，这里的速度和质量都让我印象深刻⟧。

  展望未来，我们将继续推进可持续能源和自动驾驶技术的发展。人工智能和机器人将在未来十年深刻改变每一个行业。

  祝本届博览会圆满成功！谢谢大家！
  """,
  "full text of his speech without per-sentence attribution: China paragraphs gold; greetings and AI/robotics outlook not gold")
