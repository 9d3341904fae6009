"""Transcript page classes met on batch AA (development data once measured): a video
page's transcript panel in its side column written as a definition list, each term a
cue's time and its speaker, each description the words; a panel of two namesakes
labelled in full first, then by first name and initial ("Elon M.", "Elon R."). Each with
a page where the convention is absent.

Small pages of our own, one per class; as in ``test_transcript_round20``.
"""

from __future__ import annotations

from tests.unit.transcript_pages import his_turns as _his
from tests.unit.transcript_pages import speakers_turns
from tracker.feeds.transcript_dom import page_lines

# (shown time, ISO duration, label, words)
_CUES = [("0:05", "PT5S", "Mara Quint, Host", "Welcome to the garage. Two guests named Elon today."),
         ("0:20", "PT20S", "Elon Rask, Founder, Gearwise", "Happy to be here, it is a strange coincidence."),
         ("0:41", "PT41S", "Elon Musk, CEO of SpaceX", "Glad to be here. Rockets should be reusable."),
         ("1:10", "PT1M10S", "Mara Quint", "Why reusable?"),
         ("1:15", "PT1M15S", "Elon M.", "Because throwing away a plane after one flight is absurd."),
         ("2:02", "PT2M2S", "Elon R.", "Same for gearboxes, honestly."),
         ("1:02:30", "PT1H2M30S", "Elon M.", "Last word: iterate fast.")]
_HIS = [(41.0, "Glad to be here. Rockets should be reusable."),
        (75.0, "Because throwing away a plane after one flight is absurd."),
        (3750.0, "Last word: iterate fast.")]


def _terms(cues: list[tuple[str, str, str, str]], *, after: bool = False, wrapped: bool = False) -> str:
    out = []
    for shown, iso, who, words in cues:
        stamp = f"<time datetime='{iso}'>{shown}</time>"
        label = f"<span class='who'>{who}</span>"
        term = f"<dt>{label} {stamp}</dt>" if after else f"<dt>{stamp} {label}</dt>"
        pair = f"{term}<dd><p>{words}</p></dd>"
        out.append(f"<div>{pair}</div>" if wrapped else pair)
    return "".join(out)


def _video_page(panel: str) -> str:
    return ("<main><h1>Garage Talk, episode 9</h1><video src='/v/9.mp4'></video>"
            "<p>A conversation about building things. 18,201 views.</p></main>"
            f"<aside class='column-right'><h2>Cues</h2>{panel}</aside>"
            "<footer><p>Terms and privacy.</p></footer>")


# --- a definition list of timed cues in the side column -------------------------------------

def test_a_timed_definition_list_in_an_aside_is_read() -> None:
    assert _his(_video_page(f"<dl>{_terms(_CUES)}</dl>")) == _HIS


def test_the_time_may_follow_the_label_and_a_div_may_wrap_each_cue() -> None:
    assert _his(_video_page(f"<dl>{_terms(_CUES, after=True, wrapped=True)}</dl>")) == _HIS


def test_a_namesake_labelled_by_initial_is_the_other_one() -> None:
    turns = speakers_turns(_video_page(f"<dl>{_terms(_CUES)}</dl>"))
    assert [(who, start) for who, start, _ in turns if who.startswith("Elon R")] == [
        ("Elon Rask", 20.0), ("Elon Rask", 122.0)]


def test_a_glossary_in_the_side_column_stays_unread() -> None:
    glossary = ("<dl><dt>Reusability</dt><dd>Flying a booster again.</dd>"
                "<dt>Elon Musk</dt><dd>Founder of SpaceX.</dd>"
                "<dt>Raptor</dt><dd>An engine.</dd></dl>")
    text = " ".join(line.text for line in page_lines(f"<html><body>{_video_page(glossary)}</body></html>"))
    assert "Founder of SpaceX" not in text


def test_a_list_with_an_untimed_term_stays_unread() -> None:
    cues = [*_CUES[:3], ("", "", "Mara Quint", "Why reusable?"), *_CUES[4:]]
    panel = "<dl>" + _terms(cues).replace("<time datetime=''></time>", "") + "</dl>"
    assert speakers_turns(_video_page(panel)) == []


def test_two_timed_terms_are_too_few() -> None:
    panel = f"<dl>{_terms(_CUES[:2])}</dl>"
    text = " ".join(line.text for line in page_lines(f"<html><body>{_video_page(panel)}</body></html>"))
    assert "strange coincidence" not in text


# --- a first name and an initial after the full name ------------------------------------------

def _article(cues: list[tuple[str, str]]) -> str:
    return "<article><h1>Panel</h1>" + "".join(
        f"<p><b>{who}:</b> {words}</p>" for who, words in cues) + "</article>"


def test_an_initialled_first_name_shortens_the_full_name_said_before() -> None:
    page = _article([("Mara Quint", "Welcome, both of you."),
                     ("Elon Musk", "Thanks. Rockets should be reusable."),
                     ("Elon Rask", "Thanks from me too."),
                     ("Mara Quint", "Why?"),
                     ("Elon M.", "Because it is cheaper."),
                     ("Elon R.", "Agreed."),
                     ("Elon M.", "And faster.")])
    assert [text for _, text in _his(page)] == [
        "Thanks. Rockets should be reusable.", "Because it is cheaper.", "And faster."]


def test_an_initialled_first_name_before_any_full_name_is_no_one_watched() -> None:
    page = _article([("Mara Quint", "Welcome."),
                     ("Elon M.", "Thanks, I run a bakery."),
                     ("Mara Quint", "Tell us more."),
                     ("Elon M.", "Bread, mostly."),
                     ("Elon Musk", "I am here too, by video."),
                     ("Mara Quint", "Hello!"),
                     ("Elon Musk", "Hello.")])
    assert [text for _, text in _his(page)] == ["I am here too, by video.", "Hello."]
