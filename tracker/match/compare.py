"""Does the statement contradict the claim's quantities or comparison?

A statement on a claim's subject that names another multiplier, share, year or
amount ("about twice" against "three times", "a fifth" against "most") or turns the
claim's comparison round ("behind" against "ahead", 落后 against 领先) makes another
claim, whatever its similarity to the claim. So, often, does a statement that calls
something a lie when the claim does not ("the $6M figure is a lie" against "DeepSeek
really did spend only $6M"), that negates where the claim affirms, or that puts it at
another time ("in a few years" against "already"): the stance and time words are read for
the judge, which learns how much each tells. A statement that compares the claim's two
parties the other way round ("BYD now sells more EVs than Tesla" against "Tesla still
outsells BYD") turns the comparison round too, with no direction word to tell: who stands
on which side of the comparison is read for that (``swapped``). These are read in English and Chinese,
for the few top candidates the reranker (tracker.match.reranker) looks at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tracker.match import quantities as qty
from tracker.match.lexical import to_simplified

# Comparison words: "up" (more, ahead), "down" (less, behind), "equal" (as good as).
_DIRECTIONS = {
    "up": re.compile(
        r"\b(?:more than|ahead|leads?|leading|lead the|outsells?|outsold|outpaces?|surpass\w*|"
        r"exceeds?|bigger|larger|higher|better|beats?|dominat\w*|superior|faster|"
        r"far ahead|way ahead|overtak\w*|top\b|best|biggest|largest|most)"
        r"|领先|超过|超越|多于|高于|大于|胜过|强于|碾压|第一|最多|最大|最高|最好|最畅销|更多|更强|更好"
        r"|比.{1,16}(?:得多|多了|强多了|好得多)|远超|遥遥领先"
    ),
    "down": re.compile(
        r"\b(?:less than|fewer|behind|lags?|lagging|trails?|trailing|worse|inferior|lower|"
        r"smaller|slower|can'?t compete|far from|catch(?:ing)? up|weaker|decades? away|"
        r"years? away|generations? behind|overstated|shrink\w*|declin\w*)"
        r"|落后|不如|少于|低于|小于|比不上|追不上|赶不上|不及|逊于|差距|更少|更弱|萎缩|下降|减少"
    ),
    "equal": re.compile(
        r"\b(?:as good as|every bit as|equal|on par|the same as|level with|just as|"
        r"as hard as|as much as|matches|comparable)"
        r"|一样|相当|持平|不相上下|不输|同样|媲美|齐平"
    ),
}


# Calling something untrue or overstated: "is a lie", "fake", "a myth", "flat wrong",
# "overrated", 谎言, 假的, 不是真的, 言过其实 (set T posted three such denials with the claim).
_DENIAL = re.compile(
    r"\b(?:lies?|lying|lied|false|fake|myth|hoax|nonsense|bogus|not true|untrue|fabricat\w*|"
    r"made[- ]up|bullshit|propaganda|fiction|fairy tale|debunked|bs|overrated|overblown|"
    r"exaggerat\w*|overhyped|hype|not the case|baloney|rubbish|no such thing|nothing of the sort|"
    r"(?<!could be )(?<!might be )(?<!may be )wrong)\b"  # "I could be wrong" is a hedge
    r"|谎言|撒谎|说谎|假的|造假|不实|胡说|扯淡|骗局|骗人|不是真的|并非事实|编造|神话|鬼话|假新闻|谣言"
    r"|言过其实|夸大|夸张|站不住脚|不靠谱|炒作|错的|错了|大错特错|不对|无稽之谈"
    # a rhetorical question that denies: "哪有能力破解RSA？" (set U's one wrong post), 怎么可能
    r"|哪有|哪里有|哪来|怎么可能|怎么会|谈何|何来"
    # "没有的事" (no such thing), as set V's one wrong post answered the claim
    r"|没有的事|没这回事|没有这回事|没那回事|根本没有")
# A claim put as a question and answered no: "Lowest birth rate in the world? Not even
# close", "比美国多？差远了", "没有EUV就造不出芯片？怎么可能": the statement denies it.
_QUESTION_DENIED = re.compile(
    # the answer may come with its speaker first: "……？马斯克说：不是", "...? He said no"
    r"[?？]\s*[\"“”'’」]?\s*(?:(?:马斯克|他|musk|he|elon)\s*(?:说|称|表示|回答|says?|said|replied|"
    r"answered)\s*[,，:：]?\s*[\"“「]?\s*)?(?:no\b|nope\b|not even close|hardly\b|far from it|of course not|"
    r"not really|not at all|not a chance|nah\b|不是|没有|沒有|哪有|怎么可能|怎麼可能|当然不|才怪|"
    r"并不|差远了|差得远|远远不是|不可能|"
    # a rhetorical answer that rejects: "China stopped building coal plants? Please.", "...?
    # Are you kidding?", "六百万美元？呵呵。", "……？你信吗？" (sets Q to Y posted such answers)
    r"please\b|give me a break|are you kidding|you(?:'re| are) kidding|yeah,? right|"
    r"呵呵|你信吗|你信么|开什么玩笑|开玩笑|想多了|做梦|没那回事|没这回事)")
# Negation of the claim's verb: "will never", "isn't", "nowhere near", 不会, 没有, 并非.
_NEGATION = re.compile(
    r"\b(?:not|no|never|nobody|nothing|none|cannot|neither|nor|nowhere near|"
    r"not even close|far from)\b|n't\b"
    r"|不是|不会|不能|不可能|不再|没有|没能|并非|绝非|从未|从没|从来没|根本不|无法|毫无|未能|并不|并没|绝不|永远不"
    r"|远远不及|远不及|远不如|差得远|远没有")
# When the claim holds: now ("already", "today", 已经, 目前) or later ("will", "by 2030",
# "in a few years", 将, 再过几年, 未来). A text that names both, or neither, has no frame.
_ALREADY = re.compile(r"\balready\b|已经")
_NOW = re.compile(r"\b(?:currently|today|right now|at present|these days|as of now|"
                  r"nowadays|at this point)\b|目前|现在|如今|当前|眼下|当下")
_LATER = re.compile(r"\b(?:will|won't|going to|gonna|soon|eventually|someday|one day|"
                    r"in (?:a few|several|\w+) (?:years?|months?|decades?)|within (?:a few |\w+ )?"
                    r"(?:years?|months?|decades?)|by (?:19|20)\d\d|by the end of|next (?:year|decade)|"
                    r"in the (?:future|coming years))\b"
                    r"|将会|将要|即将|再过|未来|以后|年后|今后|迟早|终将|就会|将在|到\d{4}年|(?<![即必])将(?=[\u4e00-\u9fff])")

# Who is compared with whom: "BYD now sells more EVs than Tesla" against "Tesla still outsells
# BYD" is the claim turned round, with no direction word to tell (both say "more"; set X's one
# wrong post). The parties a claim about China compares, in English and Chinese forms
# (lowercase, simplified; ASCII forms on word boundaries).
_PARTIES: dict[str, tuple[str, ...]] = {
    "china": ("china", "chinese", "beijing", "the mainland", "中国", "国内", "北京", "大陆", "中方",
              "国产"),
    "us": ("united states", "america", "americans?", "the us", "u\\.s\\.", "washington",
           "美国", "美方"),
    "tesla": ("tesla", "特斯拉"), "byd": ("byd", "比亚迪"), "spacex": ("spacex",),
    "huawei": ("huawei", "华为"), "tsmc": ("tsmc", "台积电"), "smic": ("smic", "中芯"),
    "nvidia": ("nvidia", "英伟达"), "catl": ("catl", "宁德"), "xiaomi": ("xiaomi", "小米"),
    "apple": ("apple", "苹果"), "deepseek": ("deepseek",), "openai": ("openai",),
    "nio": ("nio", "蔚来"), "xpeng": ("xpeng", "小鹏"), "geely": ("geely", "吉利"),
    "toyota": ("toyota", "丰田"), "volkswagen": ("volkswagen", "vw", "大众"),
    "europe": ("europe", "european", "eu", "欧洲", "欧盟"), "japan": ("japan", "japanese", "日本"),
    "germany": ("germany", "german", "德国"), "india": ("india", "indian", "印度"),
    "taiwan": ("taiwan", "taiwanese", "台湾"), "russia": ("russia", "russian", "俄罗斯"),
    "starlink": ("starlink", "星链"),
}
_PARTY = re.compile("|".join(
    f"(?P<{name}>" + "|".join(rf"\b{f}(?!\w)" if f.isascii() else f for f in forms) + ")"
    for name, forms in _PARTIES.items()))
# A comparison's pivot and which way it goes: "gt" (the party before is ahead of the one after),
# "lt" (behind); an English "-er than" keeps its own word ("cheaper"): only the same word,
# the parties swapped, turns it round.
_UP = r"more|bigger|larger|higher|better|faster|stronger|greater|further ahead"
_DOWN = r"less|fewer|smaller|lower|worse|slower|weaker"
_PIVOT = re.compile(
    rf"\b(?P<gt>{_UP}|ahead of|outsells?|outsold|outselling|outpac\w*|overt(?:ake|akes|ook|aken)|"
    rf"surpass\w*|exceed\w*|beats?|beaten|leads?|leading)\b"
    rf"|\b(?P<lt>{_DOWN}|behind|trails?|trailing|lags?(?: behind)?|lagging(?: behind)?)\b"
    r"|\b(?!(?:other|rather)\b)(?P<word>\w{2,}er) than\b"
    r"|(?P<zgt>超过|超越|领先|胜过|碾压|多于|高于|大于|强于)"
    r"|(?P<zlt>落后于|落后|不如|比不上|赶不上|追不上|逊于|少于|低于|小于|弱于)"
    r"|(?<![相对])比(?!亚迪|较|如|例|重|赛|特币|率)(?=(?P<zbi>[^，。；！？,;!?]{1,24}?)(?:更|还|要)?(?P<zdir>多|大|高|强|好|快|先进|领先|少|小|低|弱|差|慢|落后))")
_ZH_UP = frozenset("多大高强好快") | {"先进", "领先"}
# (a full stop after a one-letter word is an abbreviation: "the u.s. sells more")
_CLAUSE_END = re.compile(r"[;!?。；！？\n]|(?<!\b\w)\.(?=\s|$)|,\s*(?:but|while|whereas)\b|，(?:但|而|不过)")
# A comparison denied or reversed before its pivot ("no Chinese brand sells more", "has lost its
# lead", 不比……少): which way it goes is not read here.
_ORDER_NEGATED = re.compile(r"\b(?:not|never|no|nobody|none|no longer|hardly|lost|los(?:e|es|ing))\b|"
                            r"n't\b|没有|没|并未|未(?!来)|并不|不再|从未|不$|失去")


# A place before a party: "in China", 在中国 (where, not who)
_PLACE = re.compile(r"(?:\b(?:in|inside|within|across|at)\s+(?:the\s+)?|在|于)$")


def _parties_in(norm: str, start: int, stop: int) -> list[tuple[int, str]]:
    """The parties named in norm[start:stop], leaving out places ("in China", 在中国): in
    "小米在中国卖的电动车会比特斯拉多" Xiaomi is compared, not China."""
    return [(m.start(), m.lastgroup or "") for m in _PARTY.finditer(norm, start, stop)
            if not _PLACE.search(norm, max(0, m.start() - 12), m.start())]


def _order(norm: str) -> frozenset[tuple[str, str, str]]:
    """The comparisons between two named parties in a text: (relation, first, second), a
    "lt" turned into "gt" with the parties swapped. A negated comparison ("doesn't sell more
    than", 没有超过) is left out: which way it goes is not read here; so is a text that
    compares more than once (it reads as ("several", "", ""), which nothing contradicts)."""
    pivots = list(_PIVOT.finditer(norm))
    if len(pivots) > 1:  # "BYD only outsells Tesla because of hybrids; in pure EVs Tesla is
        return frozenset({("several", "", "")})  # ahead": no one reading of who leads
    out = set()
    for m in pivots:
        floor = max(0, m.start() - 80)
        begin = max((e.end() for e in _CLAUSE_END.finditer(norm, floor, m.start())), default=floor)
        end_m = _CLAUSE_END.search(norm, m.end())
        end = min(end_m.start() if end_m else len(norm), m.end() + 60)
        if _ORDER_NEGATED.search(norm, begin, m.start()):
            continue
        kind = m.lastgroup
        if m.group("zdir") is not None and norm[m.start()] == "比":
            # "A比B多": B stands between 比 and the direction word
            right_from, kind = m.start() + 1, ("gt" if m.group("zdir") in _ZH_UP else "lt")
            end = right_from + len(m.group("zbi"))
        else:
            right_from = m.end()  # "cheaper than" holds its "than"
            if kind in ("gt", "lt") and norm.find("than", m.end(), end) >= 0:
                right_from = norm.find("than", m.end(), end) + 4
        relation = {"zgt": "gt", "zlt": "lt"}.get(kind or "", kind or "")
        if relation == "word":
            relation = m.group("word")
        before = _parties_in(norm, begin, m.start())
        after = _parties_in(norm, right_from, end)
        if not before or not after:
            continue
        a, b = before[-1][1], after[0][1]
        if a == b:
            continue
        out.add(("gt", b, a) if relation == "lt" else (relation, a, b))
    return frozenset(out)


# One word of scope, degree or obligation makes another claim on the same subject (set Y's
# wrong posts: "CATL and BYD together" against "CATL alone", "more reactors than any other
# single country" against "than the rest of the world combined", "slipped a couple of points"
# against "rapidly phasing out", 违法 against "required by law"). Each reading is a scale with
# two or three ends; a text that says more than one end of a scale has no reading on it.
_SCALES: dict[str, dict[str, re.Pattern[str]]] = {
    # how many stand on the claim's side: one alone, or several together
    "extent": {
        "one": re.compile(
            r"\b(?:alone|by itself|on its own|single-?handedly|any other(?: single)? \w+|"
            r"any single \w+|a single (?:country|company|nation|firm|maker)|"
            r"every other (?:country|nation|company)|each of the others)\b"
            r"|单独|独自|单凭|仅凭|一己之力|一家(?:公司|企业)?就|任何(?:其他|另一个|一个|单个)"
            r"|单一(?:国家|公司|企业)"),
        "many": re.compile(
            r"\b(?:combined|together|put together|jointly|all (?:the )?others|"
            r"rest of the (?:world|planet|industry)|everyone else|everybody else|"
            r"all other \w+|between them|(?<=\w )plus(?= \w))\b"
            r"|加起来|加在一起|加上|连同|合起来|合计|总和|之和|联手|共同|其余|其他所有|世界其他地区|所有其他"),
    },
    # how strong a change or a lead is
    "degree": {
        "strong": re.compile(
            r"\b(?:rapid(?:ly)?|quick(?:ly)?|fast|sharp(?:ly)?|dramatic(?:ally)?|massive(?:ly)?|"
            r"plummet\w*|plung\w*|collaps\w*|soar\w*|skyrocket\w*|surg\w*|at breakneck speed|"
            r"crash\w*|tank(?:ed|ing)?|boom\w*|exponential(?:ly)?|enormous(?:ly)?|hugely)\b"
            r"|大幅|迅速|急剧|快速|飞速|暴跌|暴增|猛增|骤降|骤增|狂飙|断崖|崩盘|崩溃|突飞猛进|飙升|锐减|剧烈"),
        "weak": re.compile(
            r"\b(?:slight(?:ly)?|slow(?:ly)?|modest(?:ly)?|marginal(?:ly)?|gradual(?:ly)?|"
            r"a (?:little|bit|touch)|a couple of (?:points|percent)|edg(?:e|es|ed|ing) "
            r"(?:up|down|lower|higher)|inch(?:es|ed|ing)? (?:up|down)|barely|somewhat|"
            r"dipp?(?:ed|ing)?|ticked? (?:up|down)|slipp?(?:ed|ing)?|nudg\w*)\b"
            r"|略微|略有|略|小幅|稍微|稍有|缓慢|逐步|逐渐|轻微|微幅|些许|一点点|慢慢|微降|微增"),
    },
    # how much of it: all, or a part
    "share": {
        "all": re.compile(
            r"\b(?<!almost )(?<!nearly )(?<!virtually )(?:all of|every single|entirely|"
            r"100 ?%|100 percent|the entire)\b"
            r"|(?<!几乎)(?<!差不多)(?:全部|所有的|百分之百|全都|统统|一律)"),
        "part": re.compile(
            r"\b(?:most of|majority of|the majority|much of|many of|some of|part of|a share of|"
            r"mostly|partly|partially|largely)\b"
            r"|大部分|大多数|多数|一部分|部分|一些|不少"),
    },
    # what the rule says: it must be done, it may be done, it is forbidden
    "rule": {
        "must": re.compile(
            r"\b(?:required|requires?|requiring|mandatory|mandated?|mandates|compulsory|"
            r"obliged|obligatory|forced? to|forces|must)\b"
            r"|强制|必须|规定要|要求|被迫|硬性|法律规定|法定|依法必须"),
        "may": re.compile(
            r"\b(?<!il)(?<!not )(?<!n't )(?<!never )(?:allowed|allows?|permitted|permits?|legal|"
            r"lawful|optional|voluntary|free to)\b"
            r"|(?<![不未])允许|(?<!不)合法|准许|自愿|可以自行"),
        "banned": re.compile(
            r"\b(?:illegal|unlawful|banned|bans?|banning|prohibited|prohibits?|outlawed|"
            r"forbidden|forbids?)\b|(?:\bnot|n't|\bnever)(?: be(?:en)?)? (?:allowed|permitted)\b"
            r"|违法|非法|禁止|不允许|不准|严禁|取缔|不合法"),
    },
}


def _scales(norm: str) -> tuple[tuple[str, str], ...]:
    """The text's reading on each scale of _SCALES: (scale, end), for the scales on which it
    says exactly one end."""
    out = []
    for scale, ends in _SCALES.items():
        said = [end for end, pattern in ends.items() if pattern.search(norm)]
        if len(said) == 1:
            out.append((scale, said[0]))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class TextView:
    """What the comparison reads in one text, computed once per text."""

    quantities: frozenset[qty.Quantity]
    directions: frozenset[str]
    chinese: bool
    denial: bool = False
    negated: bool = False
    frame: str = ""  # "now", "later" or "" (see _NOW, _LATER)
    order: frozenset[tuple[str, str, str]] = frozenset()  # who is compared with whom (_order)
    scales: tuple[tuple[str, str], ...] = ()  # scope, degree, share and rule words (_SCALES)


def view(text: str) -> TextView:
    """Read one text (a statement, a claim or a phrasing)."""
    norm = to_simplified(text).lower()
    chinese = sum("\u3400" <= c <= "\u9fff" for c in norm) > len(re.findall(r"[a-z]+", norm))
    return TextView(qty.quantities(norm),
                    frozenset(name for name, p in _DIRECTIONS.items() if p.search(norm)),
                    chinese, (_DENIAL.search(norm) or _QUESTION_DENIED.search(norm)) is not None,
                    _NEGATION.search(norm) is not None, _frame(norm), _order(norm), _scales(norm))


def _frame(norm: str) -> str:
    """"already" is now whatever else is said; a future word outweighs a weaker "now" ("按现在的
    速度，再过几年就会……": at today's pace, in a few years)."""
    already, later = _ALREADY.search(norm) is not None, _LATER.search(norm) is not None
    if already:
        return "" if later else "now"
    if later:
        return "later"
    return "now" if _NOW.search(norm) else ""


@dataclass(frozen=True, slots=True)
class ClaimSide:
    """A rebuttal's claim (each language) and its phrasings, as the comparison reads them."""

    claims: tuple[TextView, ...]
    phrasings: tuple[TextView, ...]


def claim_side(claims: Sequence[str], phrasings: Sequence[str]) -> ClaimSide:
    """Read a rebuttal's claim and phrasings."""
    return ClaimSide(tuple(view(t) for t in claims if t), tuple(view(t) for t in phrasings if t))


def contradictions(stmt: TextView, side: ClaimSide) -> tuple[str, ...]:
    """What in the statement contradicts the claim: "quantity", "direction", both or none.

    Quantities are compared with the claim and all its phrasings (a kind agrees when
    some value of it is close to one of theirs); the direction of a comparison with
    the claim in the statement's language (the other when it has none).
    """
    out = []
    claim_q = frozenset().union(*(v.quantities for v in side.claims + side.phrasings))
    if qty.compare(stmt.quantities, claim_q)[1]:
        out.append("quantity")
    own = _own_language(stmt, side)
    claim_dirs = frozenset().union(*(c.directions for c in own))
    if (stmt.directions and claim_dirs and not stmt.directions & claim_dirs) or swapped(stmt, side):
        out.append("direction")
    return tuple(out)


def swapped(stmt: TextView, side: ClaimSide) -> bool:
    """The statement compares the claim's two parties the other way round ("BYD sells more
    than Tesla" against "Tesla outsells BYD"), and nowhere the claim's way."""
    claim = frozenset().union(*(c.order for c in side.claims))
    if ("several", "", "") in claim | stmt.order:
        return False
    return any((r, b, a) in claim and (r, a, b) not in claim and (r, b, a) not in stmt.order
               for r, a, b in stmt.order)


def rescoped(stmt: TextView, side: ClaimSide) -> tuple[str, ...]:
    """The scales on which the statement says another end than the claim (in the statement's
    language when the claim has it): "together" against "alone", "slipped" against "rapidly",
    "illegal" against "required". A scale the claim or the statement says nothing on, or
    both ends of, tells nothing."""
    own = _own_language(stmt, side)
    if not own:
        return ()
    return tuple(scale for scale, end in stmt.scales
                 if all(dict(c.scales).get(scale) not in (None, end) for c in own))


def _own_language(stmt: TextView, side: ClaimSide) -> tuple[TextView, ...]:
    """The claim in the statement's language (both when it has no claim in that language)."""
    return tuple(c for c in side.claims if c.chinese == stmt.chinese) or side.claims


def stance(stmt: TextView, side: ClaimSide) -> tuple[bool, bool, bool]:
    """Whether the statement differs from the claim (in its own language when it has one)
    in calling something untrue, in negating, and in when it holds ("already" against
    "in a few years")."""
    own = _own_language(stmt, side)
    if not own:
        return False, False, False
    return (all(c.denial != stmt.denial for c in own),
            all(c.negated != stmt.negated for c in own),
            bool(stmt.frame) and all(c.frame and c.frame != stmt.frame for c in own))
