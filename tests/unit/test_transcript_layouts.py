"""Transcript page layouts met on a third batch: cue times in milliseconds, numbered court
transcripts, initials defined in prose, bilingual turns, Q&A without question marks.

Small pages of our own, one per class, each with the safeguards that keep other people's
words from being his; as in ``test_transcript_formats``.
"""

from __future__ import annotations

import pytest

from tests.unit.transcript_pages import HIM, SPEAKERS
from tests.unit.transcript_pages import his as _his
from tracker.feeds.transcript_dom import Line
from tracker.feeds.transcript_numbered import unnumbered
from tracker.feeds.transcript_pages import parse_page


def _cue(ms: int, who: str, shown: str, words: str) -> str:
    return (f'<p data-start="{ms}"><span class="speaker">{who}</span>'
            f'<span class="time">{shown}</span>：{words}</p>')


def test_chinese_labels_with_full_width_brackets_keep_the_shown_time_over_the_attribute() -> None:
    body = ("<ul><li>马斯克：电池很重要。</li></ul><h2>文稿</h2><div>"
            + _cue(5000, "李文", "（00:00:05）", "欢迎。")
            + _cue(27000, "埃隆·马斯克", "（00:00:27）", "大家好。")
            + _cue(41000, "李文", "（00:00:41）", "电池呢？")
            + _cue(723000, "马斯克", "（00:12:11）", "自动驾驶。") + "</div>"
            '<div class="comments"><p>马斯克：“自动驾驶。”够霸气</p></div>')
    assert _his(body) == [(27.0, "大家好。"), (731.0, "自动驾驶。")]


def test_cue_times_in_milliseconds_without_a_shown_time() -> None:
    cues = [(5000, "Host", "Welcome."), (27000, "Elon Musk", "Thanks."),
            (41000, "Host", "Batteries?"), (58000, "Elon Musk", "Essential.")]
    body = "<ol>" + "".join(f'<li data-start="{ms}">{who}: {words}</li>'
                            for ms, who, words in cues) + "</ol>"
    assert _his(body) == [(27.0, "Thanks."), (58.0, "Essential.")]


@pytest.mark.parametrize("label", ["马斯克（00:00:27）：", "马斯克 (00:00:27)：", "【00:00:27】马斯克：",
                                   "[00:00:27]马斯克：", "马斯克【00:00:27】：", "马斯克（嘉宾）（00:00:27）：",
                                   "马斯克（00:00:27）</p><p>"])
def test_chinese_label_and_time_written_several_ways(label: str) -> None:
    other = label.replace("马斯克", "李文").replace("27", "05")
    later = label.replace("马斯克", "李文").replace("00:27", "00:40")
    body = f"<p>{other}欢迎。</p><p>{label}谢谢。</p><p>还有一句。</p><p>{later}再见。</p>"
    assert _his(body) == [(27.0, "谢谢。 还有一句。")]


def _initials_page(legend: str, label: str = "{}:", end: str = "") -> str:
    turns = [("RS", "Thanks for coming.", "00:04"), ("KM", "Glad to.", "00:11"),
             ("EM", "Yeah, rare for us.", "00:14"), ("RS", "China?", "00:19"),
             ("KM", "Elon always says factories are products.", "00:27"),
             ("EM", "The factory is the product.", "00:52")]
    return (f"<p>{legend}</p>" + "".join(
        f"<p><strong>{label.format(who)}</strong> {words} [{ts}]</p>" for who, words, ts in turns)
        + end)


@pytest.mark.parametrize("legend", [
    "A note on format: RS is me, Rachel Stein; EM is Elon Musk; KM is Kimbal Musk.",
    "RS = Rachel Stein, EM = Elon Musk, KM = Kimbal Musk",
    "With Rachel Stein (RS), Elon Musk (EM) and Kimbal Musk (KM).",
    "Key:</p><ul><li>RS: Rachel Stein</li><li>EM: Elon Musk</li><li>KM: Kimbal Musk</li></ul><p>",
    "Key:</p><ul><li><b>RS</b> — Rachel Stein</li><li><b>EM</b> — Elon Musk</li></ul><p>",
])
def test_initials_defined_in_the_intro_with_the_time_after_each_turn(legend: str) -> None:
    body = _initials_page(legend, end="<p>This conversation has been condensed and edited.</p>"
                          "<p>Get Foundry Notes in your inbox</p>")
    assert _his(body) == [(14.0, "Yeah, rare for us."), (52.0, "The factory is the product.")]


@pytest.mark.parametrize("label", ["{}", "{}:", "{} —"])
def test_bold_initials_with_or_without_a_colon(label: str) -> None:
    body = _initials_page("EM is Elon Musk; KM is Kimbal Musk; RS is Rachel Stein.", label)
    assert [t for _, t in _his(body)] == ["Yeah, rare for us.", "The factory is the product."]


def test_initials_with_periods() -> None:
    body = _initials_page("Elon Musk (E.M.), Kimbal Musk (K.M.), Rachel Stein (R.S.)",
                          "{}:").replace("EM:", "E.M.:").replace("KM:", "K.M.:")
    assert [t for _, t in _his(body)] == ["Yeah, rare for us.", "The factory is the product."]


def test_initials_of_someone_else_are_not_his() -> None:
    body = _initials_page("RS is Rachel Stein; EM is Emily Moss; KM is Kimbal Musk.")
    assert _his(body) == []


def test_answers_holding_a_translation_and_the_english_original_are_all_read() -> None:
    qa = [("歡迎來到香港。", "主要是見合作夥伴。", "Mostly to meet partners."),
          ("你擔心競爭嗎？", "中國車企很有競爭力。", "Chinese carmakers are very competitive."),
          ("關稅呢？", "我不支持關稅。", "I'm not a fan of tariffs.")]
    body = ("<blockquote>馬斯克：「香港是橋樑。」</blockquote><dl>" + "".join(
        f"<dt>記者：</dt><dd><p>{q}</p></dd><dt>馬斯克：</dt><dd><p>{a}</p><p>（原文）{en}</p></dd>"
        for q, a, en in qa) + "</dl><p>＊訪問內容經刪節。英文原文以受訪者錄音為準。</p>")
    assert [t for _, t in _his(body)] == [f"{a} （原文）{en}" for _, a, en in qa]


def _magazine(questions: list[str], intro: str) -> str:
    answers = ["The speed.</p><p>It's a decision, not magic.", "There's risk everywhere.",
               "That's not accurate.", "Storage will be huge.", "Being truth-seeking matters."]
    return (f"<p>{intro}</p><blockquote><p>Elon Musk: “Storage will be huge.”</p></blockquote>"
            + "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in zip(questions, answers,
                                                                           strict=True))
            + "<p>◆</p><footer><p>Clara Voss is a staff writer.</p></footer>")


QUESTIONS = ["What do you see in Shanghai that Americans miss?",
             "Your critics say you soften your views on Beijing.",
             "Is there a risk in depending on its goodwill?",
             "And AI? xAI is in a race with Chinese labs.",
             "Last question: what keeps you up at night?"]


def test_bold_questions_without_a_question_mark_between_ones_that_ask() -> None:
    body = _magazine(QUESTIONS, "Our questions are in bold; the answers are Musk's.")
    assert [t for _, t in _his(body)] == [
        "The speed. It's a decision, not magic.", "There's risk everywhere.",
        "That's not accurate.", "Storage will be huge.", "Being truth-seeking matters."]


def test_bold_questions_whose_page_does_not_say_who_answers_are_nobodys() -> None:
    body = _magazine(QUESTIONS, "We spoke in Austin in the spring.")
    transcript = parse_page("https://x.example/t", f"<html><body>{body}</body></html>".encode(),
                            speakers=SPEAKERS)
    assert transcript is None or all(s.speaker != HIM for s in transcript.segments)


DEPOSITION = [
    "Q.   Good morning, Mr. Musk.", "A.   Good morning.",
    "Q.   Did the financing come from Chinese banks;", "correct?",
    "MR. PRICE:  Objection to form.",
    "THE WITNESS:  Mostly, yes. A consortium of", "banks provided the loan.",
    "BY MR. HALVERSON:", "Q.   Did you negotiate it?", "A.   No. The finance team",
    "handled that.", "MR. PRICE:  Counsel, can we take a break?",
    "THE VIDEOGRAPHER:  We are going off the record.", "(Recess taken.)",
    "THE VIDEOGRAPHER:  We are back on the record.", "Q.   Did you consider the risk?",
    "A.   Of course.", "Q.   Did you discuss it with your father, Errol Musk?",
    "MR. PRICE:  Objection. Relevance.",
]
HIS_ANSWERS = ["Good morning.", "Mostly, yes. A consortium of banks provided the loan.",
               "No. The finance team handled that.", "Of course."]


def _numbered(lines: list[str], *, per_page: int = 12, page_line: bool = False) -> str:
    out = []
    for n, text in enumerate(lines):
        page, number = 41 + n // per_page, n % per_page + 1
        if number == 1 and not page_line:
            out.append(f"{'':60}Page {page}")
        out.append(f"{page}:{number} {text}" if page_line else f"{number:>2}    {text}")
    return "\n".join(out)


@pytest.mark.parametrize("page_line", [False, True])
def test_deposition_with_numbered_lines_reads_the_witness_answers(page_line: bool) -> None:
    head = "<h1>Excerpts from the Videotaped Deposition of Elon Musk</h1>"
    body = head + f"<pre>{_numbered(DEPOSITION, page_line=page_line)}\n</pre>"
    assert [t for _, t in _his(body)] == HIS_ANSWERS


@pytest.mark.parametrize(("q", "a", "witness"), [("Q.", "A.", "THE WITNESS"),
                                                 ("Q:", "A:", "The Witness")])
def test_deposition_without_line_numbers(q: str, a: str, witness: str) -> None:
    lines = [line.replace("Q.  ", q).replace("A.  ", a).replace("THE WITNESS", witness)
             for line in DEPOSITION]
    body = "<h1>Deposition of Elon Musk</h1>" + "".join(f"<p>{line}</p>" for line in lines)
    assert [t for _, t in _his(body)] == HIS_ANSWERS


def test_deposition_whose_line_numbers_are_a_tables_first_column() -> None:
    rows = "".join(f"<tr><td>{n % 25 + 1}</td><td>{text}</td></tr>"
                   for n, text in enumerate(DEPOSITION))
    body = f"<h1>Deposition of Elon Musk</h1><table>{rows}</table>"
    assert [t for _, t in _his(body)] == HIS_ANSWERS


def test_deposition_whose_lines_are_paragraphs_and_the_witness_sworn_in() -> None:
    lines = ["ELON MUSK,", "having been first duly sworn, was examined and", "testified as follows:",
             *DEPOSITION]
    body = "".join(f"<p>{n + 1} {text}</p>" for n, text in enumerate(lines))
    assert [t for _, t in _his(body)] == HIS_ANSWERS


@pytest.mark.parametrize("witness", ["Daniel Reyes", "Errol Musk"])
def test_deposition_of_someone_else_about_him_is_not_his(witness: str) -> None:
    lines = [line.replace("Mr. Musk", f"Mr. {witness.split()[1]}") for line in DEPOSITION]
    body = (f"<h1>Deposition of {witness}</h1><p>Counsel asked about Elon Musk's emails.</p>"
            f"<pre>{_numbered(lines)}</pre>")
    assert _his(body) == []


def test_qa_labels_without_an_answerer_are_nobodys() -> None:
    body = ("<p>This is a text extraction of a PDF about Elon Musk.</p>"
            f"<pre>{_numbered(DEPOSITION)}</pre>")
    assert _his(body) == []


def test_a_short_numbered_list_and_clock_times_keep_their_numbers() -> None:
    listed = [Line(f"{n} Elon Musk: point {n}") for n in range(1, 4)]
    clock = [Line(f"12:{n:02d} Host: note {n}") for n in range(1, 12)]
    assert unnumbered([*listed, *clock]) == [*listed, *clock]
    court = [Line(f"7:{n} Q. Line {n}") for n in range(1, 12)]
    assert [line.text for line in unnumbered(court)] == [f"Q. Line {n}" for n in range(1, 12)]


@pytest.mark.parametrize(("intro", "his"), [
    ("Answers are Elon Musk's.", ["Speed. They decided it matters.", "Of course."]),
    ("We spoke in Austin.", []),
])
def test_questions_labelled_q_with_the_answers_unlabelled_below(intro: str,
                                                                his: list[str]) -> None:
    body = (f"<p>{intro}</p><p>Q: What do you see in Shanghai?</p><p>Speed.</p>"
            "<p>They decided it matters.</p><p>Q: Is that a risk</p><p>Of course.</p>"
            "<p>Q: Thank you.</p><footer><p>Elon Musk: “Speed.”</p></footer>")
    transcript = parse_page("https://x.example/t", f"<html><body>{body}</body></html>".encode(),
                            speakers=SPEAKERS)
    got = [s.text for s in transcript.segments if s.speaker == HIM] if transcript else []
    assert got == his
