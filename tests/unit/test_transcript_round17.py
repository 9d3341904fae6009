"""A short surname label that speaks before a relative's full-name label (batch W, development
data once measured): "馬斯克：" first, "梅耶·馬斯克：" (his mother) later, is no short form of
hers. A short form follows its full one ("KIMBAL MUSK:" then "MUSK:" stays Kimbal).

Small pages of our own, as in ``test_transcript_round16``.
"""

from __future__ import annotations

from tests.unit.transcript_pages import his_turns as _his


def _forum(first: str, later: str) -> str:
    turns = [("主持人", "歡迎兩位來到論壇。"), (first, "謝謝大家，很高興回到香港。"),
             ("主持人", "梅耶女士，他小時候是怎樣的？"), (later, "他小時候很安靜，總是在看書。"),
             ("主持人", "那人工智能呢？"), (first, "長遠來說，大部分工作都會變成可選擇的。"),
             ("主持人", "最後一個問題？"), (first, "一定會再來。")]
    body = "".join(f"<p><strong>{who}：</strong>{words}</p>" for who, words in turns)
    return ("<article><p>特斯拉行政總裁馬斯克（Elon Musk）今日出席論壇，其母親梅耶·馬斯克亦同台。"
            f"以下為對話實錄：</p>{body}</article>")


def test_a_bare_surname_label_before_his_mothers_full_label_is_him() -> None:
    assert [t for _, t in _his(_forum("馬斯克", "梅耶·馬斯克"))] == [
        "謝謝大家，很高興回到香港。", "長遠來說，大部分工作都會變成可選擇的。", "一定會再來。"]


def test_a_surname_label_after_a_relatives_full_label_stays_the_relatives() -> None:
    page = ("<article><p>Kimbal Musk talks food. His brother Elon Musk is discussed.</p>"
            + "".join(f"<p><b>{who}:</b> {words}</p>" for who, words in [
                ("FORGE", "Why restaurants?"), ("KIMBAL MUSK", "Because food connects people."),
                ("FORGE", "And your brother?"), ("MUSK", "He works too much."),
                ("FORGE", "China?"), ("MUSK", "We never talk about it.")]) + "</article>")
    assert _his(page) == []
