# Documents q-zh-051 .. q-zh-075.
DOCS = []


def D(n, genre, kind, title, text, hc, guests=None, cues=None):
    DOCS.append(dict(n=n, genre=genre, kind=kind, title=title, text=text.strip(),
                     hc=hc, guests=guests or [], cues=cues))


# ---------------- podcast_labelled ----------------
D(51, "podcast_labelled", "label",
  "播客文字稿｜马斯克做客《深夜对谈》：AI、火星与中国",
  """
主持人：欢迎回来。今天的嘉宾是埃隆·马斯克。埃隆，很高兴你能来。
马斯克：谢谢邀请。
主持人：我们先聊聊火星吧。你说过要在火星上建立城市，这个时间表现在怎么样了？
马斯克：我认为第一批人类可能在2029年左右登陆。这取决于星舰的进展速度。
主持人：说到速度，很多人拿中国的工业速度和美国比。你怎么看？
马斯克：⟦中国的工业能力被严重低估了。他们建一座发电厂的速度，可能是我们的五倍⟧。我们需要醒过来。
主持人：这会不会让你担心？
马斯克：⟦我不担心中国，我担心的是我们自己变得太慢⟧。坦白说，美国的官僚程序已经到了荒谬的地步。
主持人：最后一个问题，你最近睡得好吗？
马斯克：不太好。每天大概六个小时。
""",
  "labelled podcast: China sentences inside mixed turns; Mars, US bureaucracy and sleep sentences not gold")

D(52, "podcast_labelled", "label",
  "《车圈三人行》第88期：马斯克到底怎么看中国车企？",
  """
老周：今天我们聊一个老话题，马斯克到底怎么看中国车企。
小林：我觉得他的态度变化挺大的。十几年前他还在节目里嘲笑过中国电动车，现在动不动就夸。
老周：对，他上次好像说中国车企是全世界最有竞争力的，还说没关税的话能把别人都打趴下。
阿杰：但你要注意，他夸的时候往往是特斯拉需要给自己降价找理由的时候。
小林：这个我同意。他嘴上说的和特斯拉实际做的，不完全是一回事。
老周：好，那我们下期再聊特斯拉的新车。
""",
  "hard negative: hosts paraphrase and interpret Musk's China remarks; he is not on the show; headline is a question about his view")

D(53, "podcast_labelled", "label",
  "",
  """
主持人：你最近去了几次中国，跟很多中国车企的高管见过面。感觉怎么样？
马斯克：⟦中国车企的迭代速度非常快，一款新车从立项到上市可能只要十八个月。说实话，他们比谁都拼⟧。
主持人：那特斯拉还有优势吗？
马斯克：我们的优势在于自动驾驶和制造工艺。另外，我们的超充网络也是别人短期内无法复制的。
主持人：你会担心他们在美国市场卖车吗？
马斯克：⟦如果没有关税，他们会在美国卖得很好，这一点我毫不怀疑⟧。
主持人：好的，我们休息一下，马上回来。
""",
  "untitled labelled transcript; 他们 refers back to 中国车企 (gold, incl. conditional); Tesla-advantage turn not gold")

D(54, "podcast_labelled", "label",
  "《硅谷夜话》第215期文字稿",
  """
主持人A：今天我们非常荣幸请到了埃隆·马斯克。开始之前我先说一句，我上周刚从深圳回来，那边的硬件生态真是让人震撼。
主持人B：是的，华强北现在一天就能把一个原型做出来。
主持人A：埃隆，我们聊聊Neuralink吧。现在有多少患者植入了设备？
马斯克：目前有十二位。最新的一位患者已经可以用意念玩电子游戏了。我们希望明年能把数量增加到上百位。
主持人B：那你觉得脑机接口会在什么时候普及？
马斯克：大概十年内。前提是安全性得到充分验证。
主持人A：最后，你对年轻创业者有什么建议？
马斯克：专注于做有用的东西。别太在意别人怎么说。
""",
  "hard negative: hosts praise Shenzhen; Musk's turns are only about Neuralink and advice")

D(55, "podcast_labelled", "label",
  "《晓岚夜话》对话埃隆·马斯克（文字实录）",
  """
晓岚: 你还记得第一次来中国是什么时候吗？
Elon Musk: 我想是2012年左右吧。⟦那时候我就觉得这个国家充满了能量，每个人都在拼命往前跑⟧。
晓岚: 后来你在上海建了工厂。
Elon Musk: ⟦对，那是特斯拉历史上最好的决定之一。上海的供应商网络太厉害了，几乎所有零部件都能在两小时车程内找到⟧。
晓岚: 你妈妈最近出了新书。
Elon Musk: 是的，她比我还会写。
晓岚: 你有什么想对中国年轻人说的吗？
Elon Musk: ⟦中国的年轻人非常聪明、非常努力。我希望更多人去学工程，而不是金融⟧。
""",
  "labels with ASCII colon and English name; 这个国家 refers back to China; remark about his mother's book not gold")

D(56, "podcast_labelled", "label",
  "《食与农》播客第42期：金巴尔·马斯克谈中国农业",
  """
主持人：金巴尔，欢迎来到节目。你这次在中国待了多久？
金巴尔·马斯克：两周。去了云南、四川和上海。
主持人：有什么印象深刻的？
金巴尔·马斯克：中国的农业科技发展太快了，尤其是无人机植保，我在美国从来没见过这样的规模。
主持人：你哥哥埃隆对中国也评价很高。
金巴尔·马斯克：是的，我们经常聊这些。他总说中国的工程师是最好的，我觉得农业领域也是一样。
主持人：谢谢你的分享。
""",
  "hard negative: Kimbal Musk is the labelled speaker; his relay of Elon's view is not Elon's statement")

# ---------------- podcast_unlabelled ----------------
D(57, "podcast_unlabelled", "unlabeled",
  "《前沿对话》第33期：埃隆·马斯克",
  """
欢迎收听《前沿对话》，我是主持人陈默。今天我们的嘉宾是埃隆·马斯克。埃隆，欢迎。

谢谢，很高兴来这里。

我们从一个大家都关心的问题开始。你怎么看中国在电动车领域的崛起？

⟦中国在电动车领域已经是绝对的领先者了，无论是电池、电机还是整车制造⟧。⟦我认为未来十年，全球一半以上的电动车都会由中国企业生产。这不是坏事，竞争会让所有人变得更好⟧。

那特斯拉怎么保持优势？

靠自动驾驶。一辆能自己开的车，价值是普通车的五到十倍。

最后，你想对上海工厂的员工说些什么？

⟦谢谢你们。你们是特斯拉最棒的团队之一，一直让我很骄傲⟧。
""",
  "unlabelled transcript, guest's turns identified by turn-taking; 你们 addresses the Shanghai factory staff; autonomy answer not gold", guests=["Elon Musk"])

D(58, "podcast_unlabelled", "unlabeled",
  "《满仓》播客：马斯克谈星舰与Neuralink",
  """
今天我们的嘉宾是埃隆·马斯克。在开始之前，我想先说一下，这周中国发布了一份关于可重复使用火箭的新规划，很多人觉得中国正在快速追赶SpaceX。埃隆，我们先聊聊星舰吧。

好的。星舰是有史以来最大的飞行器，我们的目标是让它像飞机一样完全可重复使用。

下一次试飞是什么时候？

大概六周后。我们会尝试第一次在轨推进剂转移。

那Neuralink呢？

Neuralink进展很顺利。我们希望在未来几年内帮助瘫痪患者重新行走。

好，今天就到这里，谢谢埃隆。
""",
  "hard negative: host raises China's rockets; the guest's answers are only about Starship and Neuralink", guests=["Elon Musk"])

D(59, "podcast_unlabelled", "unlabeled",
  "《满仓》第180期：关税、AI与中国",
  """
欢迎收听本期节目。今天我们请到了一位老朋友，埃隆·马斯克。

谢谢你们，很高兴回来。

我先问一个关于关税的问题。美国对中国电动车征收了100%的关税，埃隆，你觉得这合理吗？

⟦我一直不太支持关税，因为它会扭曲市场。但说实话，如果没有这些关税，中国车企会拿下美国市场很大一块份额⟧。

我插一句，我觉得关税是必要的，国家安全比什么都重要。

那AI呢？埃隆，你觉得中国在AI上离美国有多远？

⟦可能只差几个月，而不是几年。DeepSeek让很多人吃了一惊，但我一点也不意外，中国有大量优秀的AI研究人员⟧。

好，今天就聊到这里。
""",
  "unlabelled multi-host show; answers follow questions addressed to 埃隆; co-host's tariff view not gold; tariffs on China and DeepSeek gold", guests=["埃隆·马斯克"])

D(60, "podcast_unlabelled", "unlabeled",
  "《造车的人》第12期：极昼汽车创始人陈嘉树",
  """
大家好，欢迎收听《造车的人》。今天的嘉宾是极昼汽车创始人陈嘉树。

大家好。

陈总，你之前说过马斯克是你的偶像，现在还是吗？

还是。不过现在更多是对手了。我见过他两次，第一次我跟他说，中国车企会在十年内赶上特斯拉。他只是笑了笑，没接话。

那你觉得特斯拉在中国的最大问题是什么？

车型太少，更新太慢。中国消费者喜欢新鲜感。

感谢陈总。
""",
  "hard negative: the guest is a Chinese carmaker founder who says he once told Musk something; Musk only smiled", guests=["陈嘉树"])

D(61, "podcast_unlabelled", "unlabeled",
  "《未来简史》播客：马斯克谈机器人与供应链",
  """
这里是《未来简史》，我是主持人。今天我们邀请到了埃隆·马斯克，聊聊人形机器人。

很高兴来这里。

埃隆，你认为谁会是特斯拉Optimus最大的竞争对手？

⟦如果非要我猜的话，可能是中国的公司⟧。⟦它们在硬件供应链上的优势太大了，也许五年后，全球大部分人形机器人都会在中国制造⟧。当然，我也可能是错的。

那你们的零部件会依赖中国吗？

⟦某些执行器和稀土磁铁，目前很难完全绕开中国⟧。我们正在想办法。

最后，Optimus什么时候能进入家庭？

我希望是2027年，但我的时间表一向不太准。
""",
  "hedged and conditional claims about Chinese companies (gold); 它们 continuation; Optimus date not gold", guests=["Elon Musk"])

D(62, "podcast_unlabelled", "unlabeled",
  "《财经早咖啡》特别版：马斯克谈关税与欧洲",
  """
今天节目开始前，先说一条新闻：中国商务部昨天宣布对部分美国农产品加征关税。好，言归正传，今天的嘉宾是埃隆·马斯克。

嗨，大家好。

埃隆，你怎么看美国和欧盟之间的关税争端？

我的看法一直没变：关税本质上是对消费者征税。美国和欧洲应该走向零关税，这对双方都有好处。

那加拿大和墨西哥呢？

北美应该是一个统一的市场。特斯拉的供应链跨越这三个国家，任何关税都会提高成本。

谢谢埃隆。
""",
  "hard negative: tariff remarks about the EU, Canada and Mexico only; China tariff news is the host's", guests=["埃隆·马斯克"])

# ---------------- vtt ----------------
D(63, "vtt", "vtt",
  "马斯克在上海峰会视频致辞（字幕）",
  "",
  "vtt: China cues gold, battery-line cue in Texas not gold, host cue not his",
  cues=[
      ("Elon Musk", "大家好，很抱歉今天不能亲自到场。"),
      ("Elon Musk", "⟦中国一直是特斯拉最重要的市场之一，上海工厂是我们全球供应链的核心⟧。"),
      ("Elon Musk", "我们今年会在得州推出新的电池产线。"),
      ("Elon Musk", "⟦我非常感谢中国的合作伙伴和员工，没有你们就没有今天的特斯拉⟧。"),
      ("主持人", "谢谢马斯克先生的致辞。"),
  ])

D(64, "vtt", "vtt",
  "连线马斯克：人类何时登陆火星",
  "",
  "hard negative vtt: host mentions a Chinese lunar launch; Musk's cues are only about Mars",
  cues=[
      ("主持人", "今天我们连线埃隆·马斯克。中国的嫦娥七号刚刚发射成功，大家都很关注深空探测。"),
      ("Elon Musk", "我们的目标一直是让人类成为多行星物种。"),
      ("Elon Musk", "星舰将在2026年尝试飞往火星。"),
      ("Elon Musk", "火星上最大的挑战是能源和水。"),
      ("主持人", "谢谢马斯克先生。"),
  ])

D(65, "vtt", "vtt",
  "",
  "",
  "他们 in a separate cue refers back to Chinese battery makers/CATL in the previous cue (gold); 4680 cue not gold",
  cues=[
      ("主持人", "您怎么看中国的电池产业？"),
      ("埃隆·马斯克", "⟦中国的电池企业，比如宁德时代，规模非常大⟧。"),
      ("埃隆·马斯克", "⟦他们的成本控制能力是世界一流的⟧。"),
      ("埃隆·马斯克", "我们自己的4680电池也在进步，但还需要时间。"),
      ("主持人", "好的，谢谢。"),
  ])

D(66, "vtt", "vtt",
  "专访启辰能源董事长何一鸣（视频字幕）",
  "",
  "hard negative vtt: a Chinese executive recounts Musk's question and talks about Tesla; Musk is not a speaker",
  cues=[
      ("何一鸣", "我第一次见马斯克是在2019年。"),
      ("何一鸣", "他问我，中国工厂为什么能做到这么便宜。"),
      ("何一鸣", "我告诉他，靠的是规模和工程师。"),
      ("主持人", "您觉得特斯拉在中国还能保持优势吗？"),
      ("何一鸣", "能，他们的品牌力还在。"),
  ])

D(67, "vtt", "vtt",
  "马斯克接受记者短暂采访（字幕）",
  "",
  "vtt: Shanghai output and Chinese regulators gold; Robotaxi cue and sign-off not gold; reporter's question not his",
  cues=[
      ("Elon Musk", "⟦上海工厂去年生产了将近一百万辆车，这是一个了不起的成就⟧。"),
      ("Elon Musk", "另外，我们的Robotaxi下个月将在奥斯汀扩大服务范围。"),
      ("记者", "您对中国的监管环境满意吗？"),
      ("Elon Musk", "⟦总体来说，中国监管部门的效率很高，沟通也很顺畅⟧。"),
      ("Elon Musk", "好了，我得去开下一个会了。"),
  ])

D(68, "vtt", "vtt",
  "梅耶·马斯克北京见面会（字幕）",
  "",
  "hard negative vtt: speaker is Maye Musk talking about China and deflecting a question about Elon",
  cues=[
      ("Maye Musk", "我这是第八次来中国了。"),
      ("Maye Musk", "中国的年轻人都很努力，让我想起我年轻的时候。"),
      ("主持人", "您的儿子埃隆怎么看中国？"),
      ("Maye Musk", "这个问题你应该去问他本人。"),
  ])

# ---------------- traditional_chinese ----------------
D(69, "traditional_chinese", "article",
  "馬斯克：⟦大陸電動車業者競爭力「極強」⟧",
  """
（台北經貿時報綜合外電報導）特斯拉執行長馬斯克週三在財報會議上表示，⟦大陸電動車業者的競爭力非常強，若沒有關稅壁壘，將重創多數海外車廠⟧。

馬斯克說：「⟦他們的工作效率令人驚嘆，我們必須更努力⟧。」

分析師指出，比亞迪等陸企近年積極拓展東南亞與歐洲市場，已對特斯拉形成實質威脅。

特斯拉股價在盤後交易中小漲0.8%。
""",
  "Taiwan outlet usage (大陸, 「」 quotes); 他們 refers back to mainland EV makers; analyst's words not gold")

D(70, "traditional_chinese", "article",
  "社論：馬斯克與中共的曖昧關係",
  """
特斯拉執行長馬斯克與中共的關係，向來是國際輿論關注的焦點。特斯拉上海超級工廠是其全球最重要的生產基地之一，使馬斯克在涉及北京的議題上往往顯得格外謹慎。

立法委員林佳蓉日前在質詢時表示，馬斯克「一再為中共說話」，台灣應審慎評估與其旗下企業的合作。

本報認為，企業家有其商業考量，無可厚非；但當商業利益與民主價值發生衝突時，社會有權要求更多透明度。

馬斯克本人並未回應相關批評。
""",
  "hard negative: editorial and a legislator characterising Musk; no statement of his")

D(71, "traditional_chinese", "article",
  "馬斯克讚⟦比亞迪「非常出色」⟧ 港股比亞迪午後急升",
  """
【維港晨報訊】特斯拉行政總裁馬斯克昨晚在社交平台X上回覆網民時寫道：「⟦比亞迪的車現在非常出色，和十年前完全不同⟧。」

受消息刺激，比亞迪H股今日午後急升逾4%，收市報每股412港元。

有網民翻出馬斯克多年前接受電視訪問時對中國電動車的保留評價，指其「今非昔比」。對此，馬斯克回應稱，⟦當年自己低估了中國車企的進步速度⟧。

市場人士認為，比亞迪近期海外銷量強勁，加上馬斯克的正面評價，短期內股價料續獲支持。
""",
  "Hong Kong outlet (行政總裁); headline praise verb + claim; netizens' jab not gold; his reply gold")

D(72, "traditional_chinese", "article",
  "經濟部：對馬斯克過往言論 已透過管道表達關切",
  """
（寶島新聞網記者 黃啟文／台北報導）經濟部官員今天在立法院備詢時表示，對於特斯拉執行長馬斯克過往涉及台灣的言論，政府已透過適當管道表達關切。

該官員並未具體說明所指為何項言論，僅表示「相關單位持續關注」。

立委追問是否會影響特斯拉在台業務，官員回應，特斯拉在台灣的營運屬於正常商業行為，政府依法管理。

特斯拉台灣分公司表示，不對相關議題評論。
""",
  "hard negative: officials refer to unspecified past remarks of his; no content of his claim")

D(73, "traditional_chinese", "article",
  "馬斯克：⟦兩岸若發生衝突 全球經濟將遭重創⟧",
  """
（台海日報綜合報導）特斯拉執行長馬斯克接受美國媒體專訪時，罕見地就兩岸議題發表長篇談話。

馬斯克表示：「⟦台灣是全球半導體供應鏈不可或缺的一環，兩岸之間任何衝突都會重創全球經濟⟧。」

他並說，⟦北京和台北之間「最好的結果是維持現狀」⟧。

不過，當主持人追問美國是否應該協防台灣時，馬斯克未予正面回應。

外交部對此表示，歡迎國際社會關注台海和平穩定。
""",
  "Taiwan in relation to the mainland (兩岸) gold; nested 「」 inside reported speech; his non-answer described by journalist not gold")

D(74, "traditional_chinese", "article",
  "港股收市｜汽車股造好 蔚來小鵬齊升",
  """
恒生指數今日收市升218點，報23,456點，成交額1,523億港元。

汽車股表現突出，蔚來升6.2%，小鵬升5.1%，理想升3.8%。有分析師認為，特斯拉行政總裁馬斯克日前的言論提振了市場對中國電動車板塊的信心，但未有具體說明。

另一方面，科技股個別發展，騰訊微跌0.3%，美團升1.2%。

市場人士預期，港股短期內將在23,000點至24,000點之間橫行。
""",
  "hard negative: market report mentions unspecified remarks of his; no claim")

D(75, "traditional_chinese", "article",
  "馬斯克本人：⟦特斯拉絕不撤出中國市場⟧",
  """
特斯拉行政總裁馬斯克本人昨日首度回應有關公司計劃減少在華投資的報道。

他在X平台發文指：「⟦特斯拉不會撤出中國，我們在上海的投資只會增加⟧。」

他補充說，⟦中國內地擁有全球最完善的電動車供應鏈，任何理性的公司都不會放棄這樣的市場⟧。

有分析師認為，馬斯克的表態旨在穩定投資者信心。特斯拉股價在美股盤前時段升逾2%。
""",
  "HK usage (內地, 行政總裁); 他補充說 continuation; analyst's reading not gold")
