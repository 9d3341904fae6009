# one-off patch: rebalance languages and kinds (kept for the record)
import re
p = "statements_data.py"
t = open(p, encoding="utf-8").read()
conv = {
 '("P", "en", "g-tesla-outsells-byd-evs", "Musk on X: BYD\'s totals are padded with hybrids. On pure EVs, Tesla is still #1 globally."),':
 '("P", "zh", "g-tesla-outsells-byd-evs", "马斯克在X上发帖：比亚迪的数字是靠混动车撑起来的，论纯电车，特斯拉全球依然第一。"),',
 '("T", "en", None, "Musk said Huawei will ship more AI chips in China next year than Nvidia does."),':
 '("T", "zh", None, "马斯克称，华为明年在中国的AI芯片出货量将超过英伟达。"),',
 '("T", "en", None, "Musk said China will have more AI compute than the US within five years."),':
 '("T", "zh", None, "马斯克说，五年之内中国的AI算力总量将超过美国。"),',
 '("T", "en", None, "Musk said Giga Shanghai is Tesla\'s most efficient factory, with the fastest production line."),':
 '("T", "zh", None, "马斯克称，上海超级工厂是特斯拉效率最高的工厂，生产线节拍最快。"),',
 '("T", "en", None, "Musk said China\'s new rockets are basically copies of the Falcon 9 design."),':
 '("T", "zh", None, "马斯克称，中国的新型火箭基本上都是照抄猎鹰9号的设计。"),',
 '("N", "en", None, "Musk said SpaceX launches ten times as many rockets as China."),':
 '("N", "zh", None, "马斯克说，SpaceX一年的发射次数是中国的十倍。"),',
 '("T", "en", None, "Musk said China\'s population has already peaked and started to shrink."),':
 '("T", "zh", None, "马斯克说，中国人口已经见顶，并且开始减少了。"),',
 '("N", "en", None, "Musk said Chinese battery cells are around 20 percent cheaper than American ones."),':
 '("N", "zh", None, "马斯克称，中国电芯比美国产的便宜两成左右。"),',
 '("N", "en", None, "Musk said China\'s manufacturing output is about twice America\'s."),':
 '("N", "zh", None, "马斯克表示，中国的制造业产出大约是美国的两倍。"),',
 '("N", "zh", None, "马斯克称，比亚迪每辆车的利润只有特斯拉的一半左右。"),':
 '("T", "zh", None, "马斯克称，比亚迪每辆车的利润只有特斯拉的一半左右。"),',
}
for a, b in conv.items():
    assert t.count(a) == 1, a
    t = t.replace(a, b)
add = '''
# --- added zh items (rebalance)
("C", "zh", "g-china-mines-all-rare-earths", "马斯克称，全世界的 rare earths \\"basically all\\" 都是在中国的矿里挖出来的。"),
("C", "zh", "g-china-far-behind-robotaxis", "马斯克说，Baidu 的 robotaxi 跟 Waymo 比 \\"not even close\\"，中国在无人出租车上远远落后于美国。"),
("O", "zh", None, "马斯克说，中国新装的工业机器人其实只占全球很小一部分，远不如日本和美国。"),
("O", "zh", None, "马斯克说，中国的生育率其实还算正常，所谓人口危机被夸大了。"),
("O", "zh", None, "马斯克承认，中国每年的火箭发射次数已经超过了SpaceX。"),
("O", "zh", None, "马斯克表示，出口管制确实卡住了中国AI的脖子，DeepSeek也严重缺卡。"),
("N", "zh", None, "马斯克说，上海工厂只占特斯拉全球产量的一小部分，大头在德州和加州工厂。"),
("T", "zh", None, "马斯克说，比亚迪的刀片电池安全性其实不如特斯拉用的电池。"),
("T", "zh", None, "马斯克表示，中国的工业电价只有美国的一半左右，这对建数据中心是巨大优势。"),
("T", "zh", None, "马斯克称，DeepSeek的模型是用OpenAI的输出数据蒸馏出来的。"),
("T", "zh", None, "马斯克表示，中国开源模型的下载量已经超过了美国模型。"),
("T", "zh", None, "马斯克称，中国的千帆星座永远追不上星链。"),
("T", "zh", None, "马斯克说，台积电迟早会把最先进的制程全部搬到美国。"),
("T", "zh", None, "马斯克称，华为的智能驾驶系统已经和特斯拉FSD一样好。"),
]
'''
t = t.rstrip()
assert t.endswith("]")
t = t[:-1] + add.lstrip("\n")
open(p, "w", encoding="utf-8").write(t)
