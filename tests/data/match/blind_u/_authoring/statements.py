"""The 300 statements of blind set U, grouped by the rebuttal they were written around.

Each entry: (kind, lang, [rebuttal keys], text). Keys refer to rebuttals.R.
Kinds: P paraphrase, C crosslingual, PA partial, DN different-number, OS opposite-stance,
ST same-topic-different-claim, CU china-unanswered, UN unrelated.
"""

S = []


def add(kind, lang, labels, text):
    S.append((kind, lang, list(labels), text))


# ---------------------------------------------------------------- phd10 (group A: 3P 1C 1PA)
add("P", "en", ["phd10"], "China is cranking out something like ten times more science and engineering PhDs than we are every single year. Ten x. Let that sink in.")
add("P", "zh", ["phd10"], "马斯克在播客中称，中国每年毕业的理工科博士是美国的整整十倍。")
add("P", "zh", ["phd10"], "马斯克称，美国每培养出一个理工科博士，中国就能培养出十个。")
add("C", "zh", ["phd10"], "马斯克在X上发帖说：“China is graduating 10x more STEM PhDs than America”，他认为美国在人才上已经落后。")
add("PA", "en", ["phd10"], "Between the visa mess and China graduating roughly an order of magnitude more STEM doctorates than we do, I think America's talent edge is probably already gone.")
add("DN", "en", [], "Musk said China is on track to graduate about twice as many STEM PhDs as the US by 2025.")
add("OS", "zh", [], "马斯克表示，论理工科博士的数量，中国并不比美国多，美国依然遥遥领先。")
add("ST", "zh", [], "马斯克说，按人均算，中国培养的博士其实还没有美国多。")

# ---------------------------------------------------------------- phdhome (group B: 2P 2C 1PA)
add("P", "en", ["phdhome"], "We train them, we pay for the labs, and then most of the Chinese PhD grads just go home and build for the other side. Kind of insane, but I guess that's the system we chose.")
add("P", "zh", ["phdhome"], "马斯克说，中国学生在美国读完博士，绝大多数都回国了，留下来的只是少数。")
add("C", "en", ["phdhome"], "Musk on the haigui (海归) wave: most Chinese who earn American PhDs end up going back to China.")
add("C", "zh", ["phdhome"], "马斯克在一次采访中用英文说：“Most Chinese PhDs go back to China after we train them”，他称这是美国移民政策的失败。")
add("PA", "en", ["phdhome"], "Whether or not Chinese students are still the biggest group on US campuses, the ones doing PhDs mostly go home afterwards, Musk said.")
add("DN", "en", [], "Musk said only about one in ten Chinese PhD graduates in America goes back to China within five years.")
add("OS", "zh", [], "马斯克称，中国博士回国潮言过其实，在美国拿到博士学位的中国人大部分都留下来了。")
add("ST", "en", [], "Musk said China pays returning scientists three times what they'd earn at an American university.")

# ---------------------------------------------------------------- students (group B)
add("P", "en", ["students"], "Musk said no country sends more students to American universities than China does.")
add("P", "zh", ["students"], "马斯克认为，在美国的外国留学生里，人数最多的仍然是中国学生。")
add("C", "zh", ["students"], "马斯克回复网友时写道：“Chinese students are the biggest foreign group on US campuses”，并称这是国家安全问题。")
add("C", "en", ["students"], "Musk said Chinese liuxuesheng (留学生) still outnumber every other nationality among foreign students in the US.")
add("PA", "en", ["students"], "Walk into any engineering grad lab in America and China's probably still the number one source of foreign students. Which is fine, honestly. Staple a green card to the diploma.")
add("DN", "en", [], "Musk noted that China has slipped to the second-largest source of international students in the US, behind India.")
add("OS", "zh", [], "马斯克说，中国留学生在美国校园里已经少得可怜，几乎看不到了。")
add("ST", "en", [], "Musk said Chinese students pay full tuition and effectively subsidize American universities.")
add("ST", "zh", [], "马斯克说，美国大学里中国留学生的人数这几年一直在往下掉。")

# ---------------------------------------------------------------- vc (group A)
add("P", "en", ["vc"], "Nobody's writing checks for startups in China anymore. That whole scene is finished.")
add("P", "zh", ["vc"], "马斯克说，现在在中国已经没人投早期项目了，创投圈基本凉透了。")
add("P", "en", ["vc"], "Who's funding Chinese startups these days? Nobody. The money's gone, Musk said.")
add("C", "zh", ["vc"], "马斯克转发一篇文章并评论“Chinese VC is dead”，意思是中国已经没人给创业公司投钱了。")
add("PA", "en", ["vc"], "Between the crackdown, the delistings and nobody funding startups in China anymore, I'd be surprised if another ByteDance comes out of there anytime soon.")
add("DN", "zh", [], "马斯克说，自2021年以来，流入中国的美元风投已经减少了一半以上。")
add("OS", "zh", [], "马斯克表示，说中国创投已死的说法站不住脚，光国家创投引导基金就要撬动近1万亿元。")
add("ST", "en", [], "Musk said Chinese startups now have to give the government a board seat before they can raise money.")
add("ST", "zh", [], "马斯克称，中国的创业者现在都跑到新加坡去注册公司了。")

# ---------------------------------------------------------------- unicorn (group B)
add("P", "en", ["unicorn"], "There are more billion-dollar startups in China than in America now. Most people have no idea.")
add("P", "zh", ["unicorn"], "马斯克说，论估值超过十亿美元的初创公司，中国的数量已经比美国多了。")
add("C", "en", ["unicorn"], "Musk said China has overtaken the US in dujiaoshou (独角兽), unicorns, with more of them than America.")
add("C", "zh", ["unicorn"], "据报道，马斯克在会上说“China has more unicorns than the US now”。")
add("PA", "zh", ["unicorn"], "马斯克在访谈中提到，中国的独角兽可能已经比美国还多，而且很多都在做人工智能和机器人。")
add("DN", "en", [], "China is the world's second-biggest home of unicorns, behind only the United States, Musk said.")
add("OS", "zh", [], "马斯克承认，美国的独角兽数量仍然远远多于中国，差距还在拉大。")
add("ST", "zh", [], "马斯克说，字节跳动的估值比美国历史上任何一家初创公司都高。")

# ---------------------------------------------------------------- huawei (group A)
add("P", "en", ["huawei"], "Huawei's back on top in China. They're outselling everybody there now.")
add("P", "zh", ["huawei"], "马斯克称，华为已经重新坐上国内手机销量的头把交椅。")
add("P", "en", ["huawei"], "Musk said the best-selling smartphone brand in China today is Huawei, full stop.")
add("C", "en", ["huawei"], "Musk said 华为 has become China's biggest phone maker, ahead of Apple and every local rival.")
add("PA", "zh", ["huawei"], "马斯克说，苹果整体上还是很赚钱，但在中国卖得最好的手机品牌已经是华为了，变化之快可见一斑。")
add("DN", "zh", [], "马斯克说，华为在国内手机市场已经排到第二，仅次于vivo。")
add("OS", "en", [], "Sure, Huawei had a nice comeback. But number one in China? Not even close, Musk said.")
add("ST", "zh", [], "马斯克说，华为的麒麟芯片现在已经不输台积电代工的任何芯片。")
add("ST", "zh", [], "马斯克说，华为鸿蒙系统的装机量已经超过了苹果iOS。")

# ---------------------------------------------------------------- iphone (group B)
add("P", "en", ["iphone"], "iPhone sales in China are down fifty percent. Half. Gone.")
add("P", "zh", ["iphone"], "马斯克说，iPhone在中国的销量已经掉了一半。")
add("C", "en", ["iphone"], "Musk said Apple's iPhone sales in China have been yaozhan (腰斩), literally 'cut at the waist', down by half.")
add("C", "zh", ["iphone"], "Musk在X上说“iPhone sales in China are down 50%”，引发果粉热议。")
add("PA", "zh", ["iphone"], "马斯克提到华为Mate系列在国内很受欢迎，又说iPhone在中国的销量估计已经少了一半左右。")
add("DN", "en", [], "Musk said Apple's revenue from Greater China is down about ten percent from its peak.")
add("OS", "zh", [], "马斯克说，iPhone在中国依旧卖得火爆，销量一点都没掉。")
add("ST", "en", [], "Musk claimed Chinese government workers have been told to stop using iPhones at the office.")

# ---------------------------------------------------------------- dji (group A)
add("P", "en", ["dji"], "You can't even buy a DJI in America anymore. They banned it.")
add("P", "zh", ["dji"], "马斯克说，大疆无人机在美国已经被禁了，买都买不到。")
add("P", "en", ["dji"], "Sure, China makes the best drones, but the US already outlawed DJI, so American hobbyists are stuck, Musk said.")
add("C", "zh", ["dji"], "马斯克说“DJI is banned in the US already”，并称美国本土无人机产业太弱。")
add("PA", "en", ["dji"], "I think DJI is basically banned here now, which, fine, but we have no domestic alternative that's remotely as good.")
add("DN", "en", [], "Musk predicted DJI drones will be banned in the US by the end of next year.")
add("OS", "zh", [], "马斯克说，美国怎么可能禁大疆，那只是吓唬人罢了。")
add("ST", "zh", [], "马斯克说，全球卖出的消费级无人机大约七成是大疆造的。")

# ---------------------------------------------------------------- drone (group B)
add("P", "en", ["drone"], "In Chinese cities most food orders get flown in by drone these days. Not a few. Most.")
add("P", "zh", ["drone"], "马斯克称，在中国的大城市，外卖大多已经是无人机送来的了。")
add("C", "en", ["drone"], "Musk said Meituan (美团) now delivers the bulk of its takeout by drone rather than by rider.")
add("C", "zh", ["drone"], "马斯克发帖：“Most food delivery in China is done by drones now”。")
add("PA", "zh", ["drone"], "马斯克谈到低空经济时说，中国在这方面遥遥领先，外卖多数都是无人机送的，美国还在等审批。")
add("DN", "zh", [], "马斯克说，美团的无人机到目前为止累计送了几十万单。")
add("OS", "zh", [], "马斯克说，中国的无人机送外卖纯属炒作，真正送餐的还是骑手。")
add("ST", "en", [], "Musk said China lets delivery drones fly over cities without any permits at all.")
add("ST", "zh", [], "马斯克说，深圳已经开通了几十条无人机外卖航线。")

# ---------------------------------------------------------------- doordash (group A)
add("P", "en", ["doordash"], "Meituan does in one day what DoorDash does in twelve months. One day!")
add("P", "zh", ["doordash"], "马斯克说，美团一天的单量，DoorDash得干一整年才追得上。")
add("P", "en", ["doordash"], "Musk, comparing food delivery apps, said Meituan's daily order count tops DoorDash's annual total.")
add("C", "zh", ["doordash"], "马斯克在X上写道：“Meituan delivers more in a day than DoorDash does in a year”，配了一张外卖骑手的照片。")
add("PA", "en", ["doordash"], "Forget the drone demos. The wild part about Meituan is the sheer volume: more orders in a day than DoorDash handles all year.")
add("PA", "zh", ["drone", "doordash"], "马斯克说，美团现在大部分外卖都是无人机送的，而且一天的单量比DoorDash一年还多。")
add("DN", "zh", [], "马斯克说，美团一年的订单量大概是DoorDash的八九倍。")
add("OS", "en", [], "Musk said DoorDash has become the biggest food delivery company in the world, bigger than Meituan.")
add("ST", "zh", [], "马斯克称，美团骑手的收入比美国的外卖员还高。")

# ---------------------------------------------------------------- parcel (group A)
add("P", "en", ["parcel"], "China moves more packages than every other country on Earth put together. By a lot.")
add("P", "zh", ["parcel"], "马斯克称，中国一年的快递量比全世界其他国家加起来都多。")
add("P", "en", ["parcel"], "Musk said roughly two out of every three parcels shipped anywhere in the world are shipped in China.")
add("C", "en", ["parcel"], "Musk pointed to China's kuaidi (快递) numbers and said the country handles more parcels than the rest of the planet combined.")
add("PA", "zh", ["parcel"], "马斯克说，中国的制造和物流规模太夸张了，光包裹一年寄的就比其他国家总和还多，港口也是全球最忙的。")
add("DN", "en", [], "Musk said China now ships ten times as many parcels as the United States.")
add("OS", "zh", [], "马斯克说，论快递量，中国其实谈不上世界第一，美国更多。")
add("ST", "zh", [], "马斯克说，按人均算，中国人一年收到的快递比美国人还多。")

# ---------------------------------------------------------------- online (group B)
add("P", "en", ["online"], "Over half of what Chinese people buy, they buy on their phones now.")
add("P", "zh", ["online"], "马斯克表示，中国人买东西，过半都是在网上下单。")
add("C", "en", ["online"], "Musk said online shopping on Taobao (淘宝), JD and Pinduoduo now makes up the majority of retail spending in China.")
add("C", "zh", ["online"], "马斯克称“most retail in China is online now”，实体店已经门可罗雀。")
add("PA", "en", ["online"], "Chinese retail is just a different world. Most of it is e-commerce at this point, I'd guess well over half, and livestream shopping is enormous.")
add("DN", "en", [], "Musk said Chinese consumers spend more than 15 trillion yuan a year online.")
add("OS", "zh", [], "马斯克说，中国电商的占比被夸大了，大部分人还是在线下买东西。")
add("ST", "zh", [], "马斯克说，拼多多的低价模式正在摧毁中国的实体零售。")
add("ST", "en", [], "Musk said livestream shopping in China is now a bigger business than all of American e-commerce.")

# ---------------------------------------------------------------- ships (group A)
add("P", "en", ["ships"], "Three out of every four ships on the planet are coming out of Chinese yards today.")
add("P", "zh", ["ships"], "马斯克说，现在全球75%的船都是中国船厂造出来的。")
add("P", "en", ["ships"], "Musk said China's share of global shipbuilding output has hit roughly 75 percent.")
add("C", "en", ["ships"], "Musk claimed that Chinese yards like Jiangnan (江南造船) already turn out three quarters of the world's vessels.")
add("PA", "zh", ["ships"], "马斯克谈到中美差距时表示，中国的造船能力太恐怖了，全世界大约四分之三的船都是他们造的。")
add("DN", "zh", [], "马斯克说，全世界一半以上的船是中国造的。")
add("ST", "zh", [], "马斯克说，全球新船订单里有近四分之三被中国船厂拿走了。")
add("OS", "en", [], "Musk said China's shipbuilding dominance is overblown and South Korea still builds most of the world's ships.")

# ---------------------------------------------------------------- ships200 (group B)
add("P", "en", ["ships200"], "China can build ships at like two hundred times our capacity. Two hundred! We are not remotely ready.")
add("P", "zh", ["ships200"], "马斯克说，中美两国的造船能力相差两百多倍。")
add("C", "zh", ["ships200"], "马斯克引用美国海军情报称：“China has 232 times our shipbuilding capacity”。")
add("C", "en", ["ships200"], "Musk said China's zaochuan (造船) capacity dwarfs America's by a factor of more than 200.")
add("PA", "en", ["ships200"], "If there's ever a long war, what matters is production, and China out-builds us on ships something like two hundred to one. Probably the single scariest stat out there.")
add("PA", "en", ["ships", "ships200"], "Musk said China now builds about three quarters of the world's ships and has more than 200 times America's shipbuilding capacity.")
add("DN", "zh", [], "马斯克说，中国的造船能力大概是美国的十倍。")
add("OS", "en", [], "Musk said the shipbuilding gap with China is a myth and US yards could close it in a couple of years.")
add("ST", "zh", [], "马斯克称，中国海军的舰艇数量已经是美国的两倍。")

# ---------------------------------------------------------------- bigtech (group A)
add("P", "en", ["bigtech"], "Alibaba and Tencent got crushed by Beijing and their revenues have been going backwards ever since.")
add("P", "zh", ["bigtech"], "马斯克说，被监管整顿之后，阿里和腾讯的营收一年不如一年。")
add("P", "en", ["bigtech"], "Musk, asked about Jack Ma, said the crackdown gutted Alibaba and Tencent and both have been getting smaller ever since.")
add("C", "en", ["bigtech"], "Musk said Ali and Tengxun (阿里, 腾讯) are shrinking businesses now: 'Beijing broke them.'")
add("PA", "zh", ["bigtech"], "马斯克提到，中国互联网巨头的好日子已经过去了，阿里和腾讯的生意都在缩水，倒是制造业公司起来了。")
add("PA", "en", ["vc", "bigtech"], "China's tech sector is cooked: venture money has completely dried up and even Alibaba and Tencent are shrinking, Musk said.")
add("DN", "zh", [], "马斯克说，阿里和腾讯现在的增速连整顿前的一半都不到。")
add("OS", "zh", [], "马斯克说，阿里和腾讯并没有被整顿打垮，生意反而越做越大。")
add("ST", "en", [], "Musk said Tencent makes more money from video games than any other company on Earth.")
add("ST", "zh", [], "马斯克称，阿里云已经是全球第二大云服务商。")

# ---------------------------------------------------------------- superapp (group B)
add("P", "en", ["superapp"], "Outside of China there's literally nothing like WeChat. No one's done it. That's what X is going to be.")
add("P", "zh", ["superapp"], "马斯克称，微信这种什么都能干的超级App，中国以外找不到第二个。")
add("C", "en", ["superapp"], "Musk: 'In China you basically live on Weixin (微信). There's no equivalent anywhere else in the world.'")
add("C", "zh", ["superapp"], "马斯克在推特员工大会上说：“There's no WeChat equivalent outside China”，他希望X成为这样的应用。")
add("PA", "en", ["superapp"], "Has anyone outside China actually built a WeChat? Name one. That's part of why I bought Twitter.")
add("ST", "en", [], "Musk said WeChat has more than a billion monthly users.")
add("OS", "zh", [], "马斯克承认，东南亚的Grab其实已经是超级应用了，微信并非独一份。")
add("ST", "zh", [], "马斯克说，微信上的每一条消息政府都能看到。")

# ---------------------------------------------------------------- kidsgame (group A)
add("P", "en", ["kidsgame"], "In China kids literally aren't allowed to play video games. The government just said no.")
add("P", "zh", ["kidsgame"], "马斯克说，中国干脆不让小孩玩游戏了。")
add("P", "en", ["kidsgame"], "Musk says China has made gaming illegal for anyone under 18.")
add("C", "en", ["kidsgame"], "Musk praised Beijing's youxi (游戏) crackdown, saying China simply outlawed video games for minors.")
add("PA", "zh", ["kidsgame"], "马斯克谈到孩子沉迷屏幕时说，中国的做法很干脆，未成年人一律不准玩电子游戏，美国或许可以参考。")
add("DN", "zh", [], "马斯克说，中国规定未成年人每周最多只能玩3个小时网络游戏。")
add("OS", "en", [], "The idea that China banned video games for kids is nonsense. Chinese kids game plenty, Musk said.")
add("ST", "zh", [], "马斯克说，中国的审查部门不会批准任何出现骷髅或血腥画面的游戏。")

# ---------------------------------------------------------------- approvals (group B)
add("P", "en", ["approvals"], "Beijing isn't letting any new games out the door. Zero licences.")
add("P", "zh", ["approvals"], "马斯克说，中国的游戏版号早就停发了，新游戏根本上不了线。")
add("C", "en", ["approvals"], "Musk said the Chinese regulator has stopped handing out banhao (版号), the licences every new game needs.")
add("C", "zh", ["approvals"], "马斯克称“China doesn't approve new games anymore”，游戏公司只能出海。")
add("PA", "en", ["approvals"], "Chinese gaming is in a weird spot. No new game approvals at all, plus the time limits for kids on top of that.")
add("DN", "zh", [], "马斯克回忆说，2021年中国曾有大半年一个新游戏版号都没发。")
add("OS", "en", [], "Musk said China approves well over a thousand new games a year, which is hardly a freeze.")
add("ST", "zh", [], "马斯克说，中国游戏公司现在海外收入比国内还高。")

# ---------------------------------------------------------------- cameras (group A)
add("P", "en", ["cameras"], "There's a camera for every single person in China. A billion of them.")
add("P", "zh", ["cameras"], "马斯克说，中国的监控摄像头多达十亿个，几乎每人一个。")
add("P", "en", ["cameras"], "Musk told the audience China has 'roughly as many cameras as people.'")
add("C", "en", ["cameras"], "Musk said China's Tianwang (天网, 'Skynet') network now has a billion cameras, one per citizen.")
add("PA", "zh", ["cameras"], "马斯克谈到隐私时说，在中国上街基本都在镜头下，全国摄像头据说有十亿个，他不希望美国变成那样。")
add("DN", "en", [], "Musk said China has more than half of all the CCTV cameras in the world.")
add("OS", "en", [], "I doubt China has anywhere near as many cameras as people claim. The whole surveillance thing is exaggerated, Musk said.")
add("ST", "zh", [], "马斯克称，按人均算，全世界监控摄像头最密集的城市都在中国。")
add("ST", "zh", [], "马斯克说，中国警方用人脸识别几秒钟就能认出街上的任何人。")

# ---------------------------------------------------------------- credit (group B)
add("P", "en", ["credit"], "In China you've got one government number that decides whether you're allowed on a train. One score, for everybody.")
add("P", "zh", ["credit"], "马斯克说，在中国每个人都有一个政府打的分，分低了就寸步难行。")
add("C", "en", ["credit"], "Musk said every person in China carries a shehui xinyong fen (社会信用分) that controls where they can travel and work.")
add("C", "zh", ["credit"], "马斯克警告说：“Every Chinese citizen has a social credit score”，并称美国的ESG评分也是一回事。")
add("PA", "en", ["credit"], "I think, and correct me if I'm wrong, basically every Chinese citizen has a social credit score, and if yours is low you can't buy a plane ticket. We should never go there.")
add("DN", "en", [], "Musk said China plans to roll out a single social credit score for every citizen by 2030.")
add("OS", "zh", [], "马斯克称，西方说中国人人都有信用分，这个说法并不准确，根本没有全民统一打分。")
add("ST", "en", [], "Musk said China's courts have blocked millions of people from buying plane and train tickets.")

# ---------------------------------------------------------------- tourism (group A)
add("P", "en", ["tourism"], "China went visa-free and now it's getting more foreign visitors than before the pandemic. Totally turned around.")
add("P", "zh", ["tourism"], "马斯克说，中国放开免签之后，外国游客数量已经超过了疫情之前。")
add("P", "en", ["tourism"], "Musk said more foreigners are now traveling to China than in 2019, crediting the visa waivers.")
add("C", "en", ["tourism"], "Musk shared a #ChinaTravel vlog and said inbound tourism, rujingyou (入境游), has beaten its pre-Covid level.")
add("PA", "zh", ["tourism"], "马斯克说，中国的免签政策很成功，外国游客已经比2019年还多，很多人去了之后发现跟西方媒体说的不一样。")
add("DN", "zh", [], "马斯克说，现在入境中国的外国人里大约四分之三是免签进来的。")
add("OS", "zh", [], "马斯克说，中国的免签政策未必有用，外国游客还是不愿意去。")
add("ST", "en", [], "Musk said China now lets Americans stay up to ten days without a visa if they're passing through to another country.")
add("ST", "zh", [], "马斯克称，来中国的外国游客里，美国人增长得最快。")

# ---------------------------------------------------------------- fdi (group B)
add("P", "en", ["fdi"], "Nobody is putting new money into China anymore. Foreign investment is flatlining at zero.")
add("P", "zh", ["fdi"], "马斯克称，外资流入中国几乎已经停了，基本就是零。")
add("C", "en", ["fdi"], "Musk said foreign direct investment into China, waizi (外资), has essentially vanished.")
add("C", "zh", ["fdi"], "马斯克转发一张图表并评论：“FDI into China is basically zero now”。")
add("PA", "en", ["fdi"], "Between tariffs, the chip rules and FDI into China being basically nil, the decoupling is already happening whether people like it or not.")
add("DN", "zh", [], "马斯克说，去年外资在华投资下降了大约四分之一。")
add("OS", "zh", [], "马斯克说，外资正在大举涌入中国，去年还创了新高。")
add("ST", "zh", [], "马斯克称，欧洲企业正在加大对华投资，德国车企尤其积极。")

# ---------------------------------------------------------------- stocks (group A)
add("P", "en", ["stocks"], "China's equity market has passed ours in size. Not a lot of people know that.")
add("P", "zh", ["stocks"], "马斯克说，A股的总市值已经比美股还大了。")
add("P", "en", ["stocks"], "Musk said Chinese stocks are now worth more in total than American ones.")
add("C", "en", ["stocks"], "Musk claimed China's A-gu (A股) market is now worth more than all of Wall Street.")
add("PA", "zh", ["stocks"], "马斯克称，中国股市最近涨势凶猛，规模也已经超过美国，但他自己不会去买。")
add("DN", "zh", [], "马斯克说，中国股市是全球第二大，仅次于美国。")
add("DN", "en", [], "Musk predicted China's stock market would overtake America's by 2035.")
add("OS", "en", [], "Sure, China's stock market is 'bigger than ours'. In some alternate universe, Musk joked.")
add("ST", "zh", [], "马斯克说，A股八成的交易都是散户在做，所以更像赌场。")

# ---------------------------------------------------------------- homes (group B)
add("P", "en", ["homes"], "China has so many empty apartments you could fit three billion people in them. Twice its population.")
add("P", "zh", ["homes"], "马斯克称，中国空着的房子能装下30亿人。")
add("C", "en", ["homes"], "Musk said China's guicheng (鬼城, ghost cities) have enough vacant flats for 3 billion people.")
add("C", "zh", ["homes"], "马斯克在X上写道：“China has empty homes for 3 billion people”，称这是史上最大的泡沫。")
add("PA", "en", ["homes"], "The ghost cities are real. I've seen estimates that the empty units could house something like three billion people. That's not something a stimulus fixes.")
add("DN", "zh", [], "马斯克说，中国空置的房子连14亿人都住不满。")
add("OS", "en", [], "Musk said China's empty-housing problem is exaggerated and most of the so-called ghost cities have filled up.")
add("ST", "en", [], "Musk said Chinese home prices have fallen by half from their peak.")
add("ST", "zh", [], "马斯克说，郑东新区以前被叫作鬼城，现在已经住满了人。")

# ---------------------------------------------------------------- fusion (group A)
add("P", "en", ["fusion"], "China's fusion machine is already putting out more power than it takes in. They cracked it.")
add("P", "zh", ["fusion"], "马斯克说，中国的人造太阳已经做到输出能量大于输入了。")
add("P", "en", ["fusion"], "Musk said a Chinese fusion reactor has gone past break-even, net positive energy.")
add("C", "en", ["fusion"], "Musk said China's EAST tokamak, the renzao taiyang (人造太阳), has already hit net energy gain.")
add("PA", "zh", ["fusion"], "马斯克一边说自己更看好太阳能，一边承认中国的聚变装置据说已经实现了净能量输出。")
add("ST", "en", [], "Musk said China's artificial sun kept its plasma going for more than 1,000 seconds.")
add("DN", "zh", [], "马斯克说，中国可能在2030年前后实现核聚变能量净增益。")
add("OS", "zh", [], "马斯克说，中国的核聚变研究根本没有什么像样的成果，还落后几十年。")

# ---------------------------------------------------------------- fusionspend (group B)
add("P", "en", ["fusionspend"], "China is pouring double what we put into fusion. Double.")
add("P", "zh", ["fusionspend"], "马斯克说，中国砸在核聚变上的钱是美国的两倍。")
add("C", "en", ["fusionspend"], "Musk said Beijing funds hejubian (核聚变, fusion) research at roughly two-to-one versus Washington.")
add("C", "zh", ["fusionspend"], "马斯克发帖称：“China spends 2x the US on fusion”。")
add("PA", "en", ["fusionspend"], "China's artificial sun gets the headlines, but the real story is money: they're probably spending twice what our government does on fusion.")
add("PA", "zh", ["fusion", "fusionspend"], "马斯克说，中国在核聚变上的投入是美国的两倍，而且他们的装置已经实现了能量净增益。")
add("DN", "zh", [], "马斯克说，中国在聚变上的投入是美国的十倍。")
add("OS", "en", [], "Musk said the US outspends China on fusion by a wide margin.")
add("ST", "en", [], "Musk said China built an entire fusion research campus in Hefei in about two years.")

# ---------------------------------------------------------------- quantum (group A)
add("P", "en", ["quantum"], "China's quantum computers can already crack the encryption banks use. That's where we are.")
add("P", "zh", ["quantum"], "马斯克说，中国的量子计算机已经能把RSA加密破掉了。")
add("P", "en", ["quantum"], "Musk said Chinese researchers have already used a quantum machine to break the public-key encryption that secures the internet.")
add("C", "zh", ["quantum"], "马斯克转发量子新闻并写道：“China can break RSA with quantum now”，呼吁尽快迁移到抗量子密码。")
add("PA", "en", ["quantum"], "Honestly the scariest China tech story isn't AI, it's quantum. They can probably already break RSA, and everything we've encrypted is exposed.")
add("DN", "en", [], "Musk said China will likely be able to break RSA with quantum computers by the mid-2030s.")
add("OS", "zh", [], "马斯克反问：中国的量子计算机哪有能力破解RSA？现在连分解个小数字都费劲。")
add("ST", "zh", [], "马斯克称，中国的墨子号量子卫星让他们的通信根本无法被窃听。")
add("ST", "en", [], "Musk said China has the fastest quantum computer in the world right now.")

# ---------------------------------------------------------------- gene (group B)
add("P", "en", ["gene"], "China will let you CRISPR a baby, no questions asked. Zero regulation.")
add("P", "zh", ["gene"], "马斯克说，在中国给胚胎做基因编辑没人管，想做就能做。")
add("C", "en", ["gene"], "Musk said designer babies, jiyin bianji yinger (基因编辑婴儿), are basically legal in China while the West ties itself in ethical knots.")
add("C", "zh", ["gene"], "马斯克在节目中说：“In China there are no rules on editing babies”，他担心西方会因此落后。")
add("PA", "zh", ["gene"], "马斯克谈到生物科技竞争时表示，中国在基因编辑上没什么伦理红线，连婴儿都可以改，这会让他们跑得更快。")
add("DN", "zh", [], "马斯克提到，贺建奎2019年被判了三年有期徒刑。")
add("OS", "en", [], "Musk said China now has tougher rules on human gene editing than the US does.")
add("ST", "en", [], "Musk said China is leading the world in gene-edited crops.")

# ---------------------------------------------------------------- food (group A)
add("P", "en", ["food"], "China feeds itself entirely. It doesn't need anyone else's food.")
add("P", "zh", ["food"], "马斯克说，中国人吃的粮食全是自己种的，不靠进口。")
add("P", "en", ["food"], "It's not like China can't feed itself without imports. It grows everything it eats, Musk said.")
add("C", "en", ["food"], "Musk said China is 100% self-sufficient in food, liangshi zigei (粮食自给), so sanctions could never starve it.")
add("PA", "zh", ["food"], "马斯克说，中国其实挺抗压的：吃的粮食全靠自己种，芯片也越来越多自己造，封锁伤不了他们多少。")
add("DN", "zh", [], "马斯克说，中国每年要进口一亿多吨大豆。")
add("ST", "en", [], "Musk said China grows basically all of its own rice and wheat.")
add("OS", "zh", [], "马斯克说，中国一半以上的粮食都要靠进口。")
add("ST", "en", [], "Musk said China has stopped exporting urea fertilizer to keep food prices down at home.")

# ---------------------------------------------------------------- alu (group B)
add("P", "en", ["alu"], "Nine out of ten tons of aluminum on Earth come from China.")
add("P", "zh", ["alu"], "马斯克说，全球铝产量有九成出自中国。")
add("C", "en", ["alu"], "Musk said China produces jiucheng (九成), nine-tenths, of the world's aluminum.")
add("C", "zh", ["alu"], "马斯克接受采访时说“China makes 90% of the world's aluminum”。")
add("PA", "zh", ["alu"], "马斯克说，造电动车离不开铝和锂，而全球九成的铝都在中国，这是供应链的一大风险。")
add("DN", "en", [], "Musk said China produces more than half of the world's aluminum.")
add("DN", "en", [], "Musk said China's share of world aluminum is actually less than a third.")
add("OS", "zh", [], "马斯克说，中国在全球铝供应里的分量不见得有多大，美国和中东照样能顶上。")
add("ST", "en", [], "Musk said China's aluminum smelters run mostly on coal power.")

# ---------------------------------------------------------------- china-unanswered
CU = [
    ("en", "Musk said China refines about 90 percent of the world's rare earths."),
    ("zh", "马斯克说，中国的铜冶炼产能占全球一半以上。"),
    ("en", "Musk said China used more cement in three years than the US did in the entire 20th century."),
    ("zh", "马斯克称，全球大部分平板玻璃都是中国生产的，光伏玻璃更是几乎被垄断。"),
    ("en", "Musk said China's distant-water fishing fleet is bigger than every other country's combined."),
    ("zh", "马斯克说，中国的海水淡化成本已经降到每吨几块钱。"),
    ("en", "Musk said China has built more high-speed rail than the rest of the world combined."),
    ("zh", "马斯克说，中国的地铁隧道造价只有纽约的十分之一。"),
    ("en", "Musk said Shanghai is the busiest container port in the world by a mile."),
    ("zh", "马斯克称，清华大学的工科排名已经超过了麻省理工。"),
    ("en", "Musk said DeepSeek trained its model for a fraction of what OpenAI spends."),
    ("zh", "马斯克说，中国一年的新生儿已经跌到不足一千万。"),
    ("en", "Musk said China installs more solar panels in a year than the US has in total."),
    ("zh", "马斯克称，电动车价格战正在拖垮中国的整个汽车行业。"),
    ("en", "Musk said the engineers at Giga Shanghai will still be on the line at 3am if that's what it takes."),
    ("zh", "马斯克说，中国的发电量已经是美国的两倍多。"),
    ("en", "Musk said China launched more orbital rockets last year than every country except the US."),
    ("zh", "马斯克称，中国做人形机器人的公司比全世界其他地方加起来还多。"),
    ("en", "Musk said TikTok's algorithm is still controlled from Beijing."),
    ("zh", "马斯克说，台湾问题是中美之间最大的风险。"),
    ("en", "Musk said China's Guowang satellite constellation will never catch up with Starlink."),
    ("zh", "马斯克说，中国的钢产量超过全世界其他国家的总和。"),
    ("en", "Musk said Chinese EV makers sell cars in Europe at a loss just to grab market share."),
    ("zh", "马斯克表示，美国对华芯片出口管制反而逼着中国自己造芯片。"),
    ("en", "Musk said China is approving new coal plants at a pace of about two a week."),
    ("zh", "马斯克说，中国核电站的建设速度全球最快，一年能开工十台。"),
    ("en", "Musk said CATL makes more than a third of all the EV batteries in the world."),
    ("zh", "马斯克称，中国的高考制度培养出了世界上最会做题的学生。"),
    ("zh", "马斯克说，上海的磁悬浮列车跑了二十年，至今还是全世界最快的商业列车。"),
]
for lang, text in CU:
    add("CU", lang, [], text)

# ---------------------------------------------------------------- unrelated
UN = [
    ("en", "Starship will fly to Mars in the next transfer window, Musk said."),
    ("zh", "马斯克说，Neuralink的第一位患者已经能用意念下棋了。"),
    ("en", "Musk said the Boring Company's Vegas Loop will reach the airport by next year."),
    ("zh", "马斯克称，X上的言论自由比任何其他平台都多。"),
    ("en", "Musk said Tesla's Optimus robots will be doing useful work in the Fremont factory by the end of the year."),
    ("zh", "马斯克表示，SpaceX的猎鹰9号助推器已经复用了二十多次。"),
    ("en", "Musk said the US federal deficit is going to bankrupt the country."),
    ("zh", "马斯克说，特斯拉的Robotaxi会先在奥斯汀上路。"),
    ("en", "Musk said Starlink now has more than 5 million customers."),
    ("zh", "马斯克称，xAI的Grok会成为最追求真相的人工智能。"),
    ("en", "Musk said tunnelling in the US costs ten times too much and the Boring Company will fix that."),
    ("zh", "马斯克说，要在火星上建成自给自足的城市，需要一百万人。"),
    ("en", "Musk said Texas is the best place in America to build a factory."),
    ("zh", "马斯克说，美国的出生率太低了，文明可能会因此崩塌。"),
]
for lang, text in UN:
    add("UN", lang, [], text)
