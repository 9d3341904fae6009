# One-off rebalancing patch (kept for the record). Replaces whole entries by their old text.
import re
p = "statements_data.py"
src = open(p, encoding="utf-8").read()
repl = {
 # crosslingual en -> paraphrase zh
 'Musk said names like 比亚迪 and 名爵 (MG) are already the dominant electric car brands across Europe.':
   ("para", "zh", "马斯克直言，如今在欧洲卖电动车的主力，已经是比亚迪、名爵这些中国牌子了。"),
 "Musk said China's 发电量 - its power generation - is already triple America's today.":
   ("para", "zh", "“中国的电，发得是我们的三倍。”马斯克在一档播客里这样说。"),
 "Musk said China's annual 光伏 build-out is an order of magnitude bigger than America's.":
   ("para", "zh", "马斯克称，论每年新增的光伏装机，中国比美国多出一个数量级，差不多是十倍。"),
 "Musk said that in China, 拉闸限电 - rolling power cuts - just doesn't happen.":
   ("para", "zh", "马斯克说：“在中国，拉闸限电这种事根本不存在。”"),
 "Musk said 中国工人 on the factory floor routinely stay until three in the morning, while American plants empty out at five.":
   ("para", "zh", "马斯克说，中国工厂的工人凌晨三点还在干活是常态，美国工厂五点一到就空了。"),
 "Musk said 中国 will lose about half its people over the next 25 years or so.":
   ("para", "zh", "马斯克预言，再过二十五年左右，中国会失去大约一半的人口。"),
 "Musk said 中国 has no answer to Starlink and hasn't even started on one.":
   ("para", "zh", "马斯克表示，中国在低轨卫星互联网上拿不出任何能和星链相提并论的东西，连尝试都谈不上。"),
 "Musk said 中国制造 now outweighs American, European and Japanese manufacturing combined.":
   ("para", "zh", "马斯克称，中国制造业的体量已经超过美、欧、日三家的总和。"),
 "Musk said 网信办 (China's internet regulator) has no real rules on AI, so Chinese labs face no limits.":
   ("para", "zh", "马斯克说，中国在AI上根本没立什么规矩，中国的实验室想怎么做都行。"),
 "Musk said that since Beijing ended the 独生子女政策, births have fallen every single year, no exceptions.":
   ("para", "zh", "马斯克说，自打北京放开独生子女政策，新生儿数量就一年比一年少，没有哪一年例外。"),
 # partial en -> partial zh
 "Musk said he opposes tariffs in general, and that the EU duties on China-made EVs are hurting Tesla every bit as badly as its Chinese rivals.":
   ("part", "zh", "马斯克说他总体上反对关税，并表示欧盟对中国产电动车的关税，对特斯拉的伤害和对中国对手一样大。"),
 "Musk said the AI race is wide open, though he believes US export controls have essentially shut China out of making advanced chips.":
   ("part", "zh", "马斯克说AI竞赛还没有定局，不过他认为美国的出口管制基本上已经让中国造不了先进芯片了。"),
 "Recalling Giga Shanghai, Musk praised the speed of Chinese construction crews and said Tesla did it all without any government help.":
   ("part", "zh", "回忆起上海工厂，马斯克称赞中国施工队速度惊人，并说特斯拉完全没有借助政府的任何帮助。"),
 "Musk said Tesla will lead autonomy globally, and that in China nobody is running genuinely driverless cabs on public roads yet.":
   ("part", "zh", "马斯克说特斯拉会在全球自动驾驶领域领先，并称在中国还没有谁在公共道路上运营真正没人开的出租车。"),
 "Musk said Chinese EVs are cheaper for many reasons, including labour and scale, but mainly because battery packs there cost half as much as here.":
   ("part", "zh", "马斯克说中国电动车便宜有很多原因，比如人工和规模，但最主要的是那里的电池包价格只有我们这里的一半。"),
}
for old, (kind, lang, new) in repl.items():
    pat = re.compile(r'\("(\w+)", "(en|zh)", (\[[A-Z, ]*\]), "' + re.escape(old.replace('"', '\\"')) + r'"\)')
    m = pat.search(src)
    assert m, old
    new_entry = f'("{kind}", "{lang}", {m.group(3)}, "{new}")'
    src = src[:m.start()] + new_entry + src[m.end():]
# additions
add = '''
    # ===== additions after rebalancing =====
    ("opp", "en", [], "Musk said DeepSeek's efficiency tricks are genuinely new ideas that OpenAI itself could learn from."),
    ("opp", "zh", [], "马斯克说，中国每年新装的工业机器人只占全球的一小部分。"),
    ("cu", "en", [], "Musk said China's lithium refiners have the rest of the world over a barrel."),
    ("cu", "zh", [], "马斯克称，中国的高考制度培养了大量数学人才。"),
    ("cu", "zh", [], "马斯克表示，香港作为金融中心的地位正在下降。"),
    ("un", "en", [], "Musk said Tesla's Optimus robot will be folding laundry in people's homes next year."),
    ("un", "zh", [], "马斯克说，SpaceX的猎鹰9号助推器已经成功复用了二十多次。"),
]
'''
assert src.rstrip().endswith("]")
src = src.rstrip()[:-1] + add.lstrip("\n")
open(p, "w", encoding="utf-8").write(src)
print("ok")
