"""Transcript page classes met on batch AF (development data once measured):

* a bilingual table whose first cell holds the label, its time and the translation
  ("埃隆·马斯克【00:00:21】：……") and whose second cell the English original;
* a forum reply that quotes a turn with its time after the transcript has passed it
  ("[31:10] Elon：是的。" under the post): no turn.

Small pages of our own, each with the convention absent as well.
"""

from __future__ import annotations

from tests.unit.transcript_pages import his_turns as _his

_ROWS = [("林晓", "00:00:05", "马斯克先生，欢迎做客。我们从自动驾驶开始吧。", "Welcome. Let's start."),
         ("埃隆·马斯克", "00:00:21", "很高兴参加这次访谈。自动驾驶是人工智能问题。", "Happy to be here."),
         ("林晓", "00:00:58", "您现在还这么看吗？", "Do you still think so?"),
         ("马斯克", "00:01:15", "在汽车这个场景下我仍然这么认为。", "For cars, I still do.")]


def _table(*, timed: bool) -> str:
    def label(name: str, stamp: str) -> str:
        return f"<span class='spk'>{name}</span>" + (f"<span class='tc'>【{stamp}】</span>" if timed else "")
    rows = "".join(f"<tr><td class='zh'>{label(n, t)}：{zh}</td><td class='en'>{en}</td></tr>"
                   for n, t, zh, en in _ROWS)
    return f"<article><h1>对话马斯克</h1><table><tr><th>中文</th><th>English original</th></tr>{rows}</table></article>"


def test_a_timed_label_in_a_bilingual_tables_first_cell() -> None:
    assert _his(_table(timed=True)) == [
        (21.0, "很高兴参加这次访谈。自动驾驶是人工智能问题。 Happy to be here."),
        (75.0, "在汽车这个场景下我仍然这么认为。 For cars, I still do.")]


def test_the_same_table_untimed_reads_as_before() -> None:
    assert [text for _, text in _his(_table(timed=False))] == [
        "很高兴参加这次访谈。自动驾驶是人工智能问题。 Happy to be here.",
        "在汽车这个场景下我仍然这么认为。 For cars, I still do."]


def test_a_reply_quoting_a_timed_turn_is_no_turn() -> None:
    post = ("<div class='post'><p>[00:10] Rick：歡迎 Elon。<br>[00:16] Elon Musk：很高興又來了。<br>"
            "[31:02] Rick：星鏈在台灣上線嗎？<br>[31:10] Elon Musk：是的。<br>"
            "[31:12] Rick：就這樣？<br>[31:14] Elon Musk：要看主管機關。<br>"
            "[62:03] Rick：謝謝。</p></div>"
            "<div class='post'><p>樓主辛苦了，這段最好笑：</p><p>[31:10] Elon Musk：是的。<br>"
            "[31:12] Rick：就這樣？</p></div>")
    assert [t for t, _ in _his(f"<main>{post}</main>")] == [16.0, 1870.0, 1874.0]
