# One-off wording patch: paraphrases too close to claim wording (found by overlap.py).
p = "statements_data.py"
src = open(p, encoding="utf-8").read()
R = {
 "Musk said China already has more AI compute than America.":
   "Musk said the US has already fallen behind on raw AI horsepower, with more training compute now sitting in China than in America.",
 "马斯克说，中国每年新装的工业机器人，比全世界其他国家加起来还要多。":
   "马斯克说，全球每年新上岗的工业机器人，一大半都装在了中国，其他国家全加起来也比不上。",
 "马斯克说，中国现在的发电量已经达到美国的三倍左右。":
   "马斯克在播客里说，论发电，中国一年发的电顶得上三个美国。",
 "马斯克说，中国电网从来不会缺电，也不会拉闸限电。":
   "马斯克说，在中国，工厂和居民从来不用为用电发愁，电总是够用，根本不存在断电限电这回事。",
 "Musk said most Taiwanese would probably be fine with a Hong Kong-style special zone if it kept the peace.":
   "Musk reckoned that if it meant no war, the bulk of Taiwan's population would go along with becoming something like Hong Kong under Beijing.",
 "马斯克认为，只要能保住和平，大部分台湾民众会接受像香港那样的特别行政区方案。":
   "马斯克认为，如果换来的是不打仗，多数台湾人其实能接受北京给的香港式安排。",
 "Musk said China has nothing even close to Starlink and isn't seriously trying to build one.":
   "Musk said Beijing doesn't have a Starlink rival in orbit or even on the drawing board.",
 "马斯克说，中国工厂的工人凌晨三点还在干活是常态，美国工厂五点一到就空了。":
   "马斯克说，在中国工厂，半夜三点还守在岗位上是家常便饭，换成美国，下午五点人就走光了。",
 "马斯克说，中国工人经常加班到凌晨三点，美国人下午五点就下班回家了。":
   "马斯克感慨，中国的流水线凌晨三点还灯火通明，天天如此，而美国的工人一到五点就收拾东西回家。",
 "马斯克说，中国的制造业规模比美国、欧洲、日本加起来还要大。":
   "马斯克说，把美国、欧洲和日本的工厂产出全加在一起，也比不过中国一家。",
 "马斯克说，中国已经彻底禁止稀土磁铁出口，国外企业一块都买不到。":
   "马斯克说，北京把稀土磁铁的出口大门彻底关上了，海外厂商一块也拿不到。",
 "马斯克表示，中国的人工智能算力总量已经超过美国了。":
   "马斯克表示，论训练AI用的算力，美国已经被中国甩在了后面。",
 "马斯克认为，美国的出口管制已经让中国彻底做不出先进制程的芯片。":
   "马斯克认为，芯片禁令已经把中国卡死了，中国再也造不出高端制程的芯片。",
 "Musk likened 台湾 to Hawaii, saying the island is to China what Hawaii is to the United States.":
   "Musk compared 台湾 to Hawaii, arguing the island belongs to China in much the same way Hawaii belongs to America.",
 "马斯克说，中国没有一家公司在公共道路上跑真正的无人驾驶出租车，车上都还有安全员。":
   "马斯克说，中国那些所谓的无人出租车，车里其实都坐着安全员，没有一家是真正没人开的。",
 "马斯克说，中国压根没有类似星链的系统，也没打算搞。":
   "马斯克说，像星链这样的卫星网络，中国一个都没有，也没见他们在做。",
 "马斯克说，同样的电池包，在中国买只要美国一半的价钱。":
   "马斯克说，一块电池包在美国卖多少钱，在中国差不多打个五折就能拿到。",
 "Musk said China has flat-out banned exporting rare-earth magnets, so no one else can get them.":
   "Musk said Beijing has shut the door completely on rare-earth magnet shipments, so there's simply no supply for anyone abroad.",
 "Musk said China puts up about ten times as much solar every year as America does.":
   "Musk said America's yearly solar additions are a rounding error next to China's, something like a tenth of them.",
 "马斯克说，全世界的稀土几乎百分之百都攥在中国手里。":
   "马斯克说，全球稀土从头到尾都是中国说了算，别的国家几乎插不上手，“基本是百分之百”。",
 "Musk said no Chinese company is actually running robotaxis without a human on board.":
   "Musk said every so-called robotaxi in China still has a human sitting in it somewhere.",
 "马斯克形容中国工人 \\\"burning the 3am oil\\\"，称他们常常干到凌晨三点，而美国工人早早就下班。":
   "马斯克用 \\\"burning the 3am oil\\\" 形容中国工人，说那边半夜三点还在上班是常事，美国人则早早收工。",
 "马斯克说他总体上反对关税，并表示欧盟对中国产电动车的关税，对特斯拉的伤害和对中国对手一样大。":
   "马斯克说他一向不喜欢关税，还说欧盟这轮针对中国造电动车的关税，特斯拉吃的亏跟中国同行一样多。",
 "马斯克说AI竞赛还没有定局，不过他认为美国的出口管制基本上已经让中国造不了先进芯片了。":
   "马斯克说AI竞赛胜负未分，不过在他看来，美国的管制基本断了中国自己造高端芯片的路。",
 "马斯克说，中国的生育率已经是世界最低，而且自从取消独生子女政策以来，出生人口每年都在减少。":
   "马斯克说，中国的生育率全世界最低，而且放开独生子女政策以后，新生儿数量一年比一年少。",
 "Musk said China's 生育率 is the lowest anywhere in the world.":
   "Musk said that when it comes to 生育率, China has sunk to dead last among all countries.",
 "Musk said Taiwan is basically to China what Hawaii is to America: an integral part of the country, just offshore.":
   "Musk said Taiwan's relationship to Beijing is basically Hawaii's relationship to Washington: part of the country, just out in the ocean.",
 "Musk said China out-manufactures the US, Europe and Japan put together.":
   "Musk said that if you stacked up every factory in America, Europe and Japan, China would still out-produce the lot.",
 "Musk said people underestimate China: \\\"Their manufacturing output, I think, is larger than the US, Europe and Japan combined.\\\"":
   "Musk said people underestimate China: \\\"I think their factories turn out more than the US, Europe and Japan combined.\\\"",
}
for old, new in R.items():
    assert src.count(old) == 1, old
    src = src.replace(old, new)
open(p, "w", encoding="utf-8").write(src)
print("ok")
