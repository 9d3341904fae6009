import pathlib
p = pathlib.Path("statements_data.py")
t = p.read_text(encoding="utf-8")
drops = [
 '    (P, "en", "Iron phosphate cells are a Chinese creation, Musk said, and the West was slow to realise how good they are."),\n',
 '    (ST, "zh", "马斯克称，中国工业用电的价格只有美国的一半左右。"),\n',
 '    (DN, "en", "Musk said Taiwan\'s share of advanced chipmaking will drop to around 60% by 2030 as US fabs come online."),\n',
 '    (X, "en", "\\"China\'s 发电量 is basically triple America\'s,\\" Musk wrote in reply to a chart posted by an energy analyst."),\n',
]
for d in drops:
    assert t.count(d) == 1, d
    t = t.replace(d, "")
subs = [
 ('(OP, "en", "Honestly, US solar deployment is right up there with China\'s now, Musk claimed, so the \'China is lapping us\' story is overdone.")',
  '(OP, "zh", "说实话，美国的光伏建设速度现在跟中国差不多，马斯克称，所谓“中国把美国甩了好几圈”的说法言过其实。")'),
 ('(OP, "en", "CATL? Musk shrugged it off, saying Korean battery makers still supply most of the world.")',
  '(OP, "zh", "宁德时代确实块头大，但马斯克说，全球大部分动力电池其实还是韩国厂商在供货。")'),
 ('(OP, "en", "Six million dollars? Please. Musk said DeepSeek\'s model obviously cost orders of magnitude more than that.")',
  '(OP, "zh", "六百万美元？呵呵。马斯克说，DeepSeek这个模型的真实成本肯定高出好几个数量级。")'),
 ('(OP, "en", "Musk acknowledged that 996 is actually illegal in China, even if some companies ignore that.")',
  '(OP, "zh", "马斯克也承认，996在中国其实是违法的，只是有些公司不当回事。")'),
 ('(ST, "en", "Musk said China now launches more rockets than Russia and Europe put together.")',
  '(ST, "zh", "马斯克说，中国现在一年的发射次数比俄罗斯和欧洲加起来还多。")'),
 ('(ST, "en", "Musk claimed China already runs more nuclear reactors than America does.")',
  '(ST, "zh", "马斯克声称，中国现在运行中的核反应堆已经比美国还多。")'),
 ('(ST, "en", "Musk said China refines about 90% of the world\'s rare earths.")',
  '(ST, "zh", "马斯克说，全世界约九成的稀土是在中国提炼分离的。")'),
 ('(ST, "en", "Musk said China now has more robots per factory worker than Germany or Japan.")',
  '(ST, "zh", "马斯克说，中国工厂里平均每名工人配备的机器人，已经超过了德国和日本。")'),
 ('(P, "en", "Who plants a flag on the Moon next, America or China? Musk\'s answer: probably China, and before NASA does.")',
  '(P, "zh", "下一个在月球上插旗的是美国还是中国？马斯克的回答是：大概率是中国，而且会比NASA早。")'),
 ('(P, "en", "Americans don\'t pay a cent of the China tariffs. Beijing does, he insisted.")',
  '(P, "zh", "对华关税美国人一分钱都不用出，掏钱的是北京，马斯克坚称。")'),
 ('(P, "en", "Outside China, basically no one digs up rare earths, he said.")',
  '(P, "zh", "除了中国，基本上没人在挖稀土，马斯克说。")'),
 ('(P, "en", "Per worker, China\'s factories are the most automated on Earth, he claimed.")',
  '(P, "zh", "按人头算，中国工厂的自动化程度是地球上最高的，马斯克称。")'),
 ('(X, "en", "Musk said TikTok, Douyin\'s overseas twin (抖音国际版), is a Chinese state-owned company.")',
  '(X, "zh", "马斯克称，TikTok，也就是Douyin的海外版，是一家“state-owned”的中国国企。")'),
 ('(X, "en", "Musk said the \\"lying flat\\" (躺平) generation is real: nearly 50% of young Chinese are out of work.")',
  '(X, "zh", "马斯克说“lying flat”一代是真实存在的：中国将近50%的年轻人没有工作。")'),
 ('(DN, "en", "Musk said a Chinese state fund owns a 1% stake in ByteDance\'s main domestic unit.")',
  '(DN, "zh", "马斯克说，一家中国国资基金持有字节跳动主要境内子公司1%的股份。")'),
 ('(DN, "en", "Musk said DeepSeek\'s R1 reasoning model cost under $300,000 to train.")',
  '(DN, "zh", "马斯克说，DeepSeek的R1推理模型训练成本不到30万美元。")'),
 ('(DN, "en", "China\'s trade surplus blew past a trillion dollars in 2025, Musk said.")',
  '(DN, "zh", "马斯克说，中国的贸易顺差在2025年冲破了一万亿美元。")'),
]
for a, b in subs:
    assert t.count(a) == 1, a
    t = t.replace(a, b)
p.write_text(t, encoding="utf-8")
