"""Transcript pages read as turns: the region, one segment per turn, labels per page.

Small pages of our own, one per class of page the parser must hold on: continuation
paragraphs, text outside the transcript, markup formats, labels that name him or not.
"""

from __future__ import annotations

from tests.unit.transcript_pages import HIM, SPEAKERS
from tests.unit.transcript_pages import his as _his
from tracker.feeds.transcript_pages import parse_page


def _qa(host: str, him: str, answers: list[str], sep: str = ":") -> str:
    return "".join(f"<p><b>{host}{sep}</b> Question {i}?</p><p><b>{him}{sep}</b> {a}</p>"
                   for i, a in enumerate(answers))


# 1. A turn is one stretch under one label.

def test_unlabelled_paragraphs_continue_the_turn_above_them() -> None:
    body = ("<p><b>Host:</b> Hello.</p><p><b>Elon Musk:</b> First part.</p>"
            "<p>Second part.</p><p>Third part.</p><p><b>Host:</b> And?</p>"
            "<p><b>Elon Musk:</b> Yes.</p>")
    assert _his(body) == [(0.0, "First part. Second part. Third part."), (0.0, "Yes.")]


def test_caption_lines_with_their_own_times_are_one_turn_at_its_first_time() -> None:
    lines = ["[00:00:01.500] Host: Welcome back.", "[00:00:03.250] Elon Musk: Thanks.",
             "[00:00:04.900] Host: So, batteries?", "[00:00:07.999] Elon Musk: Cells are",
             "[00:00:09.100] the hard part.", "[00:00:12.000] Host: Why?",
             "[00:00:14.700] Elon Musk: Chemistry."]
    body = "".join(f"<div>{line}</div>" for line in lines)
    assert _his(body) == [(3.0, "Thanks."), (7.0, "Cells are the hard part."),
                          (14.0, "Chemistry.")]


# 2. Text outside the transcript is not his.

def test_show_notes_title_and_comments_that_name_him_are_not_turns() -> None:
    body = ("<h1>Elon Musk: factories are products</h1>"
            "<p>Elon Musk: the factory is the product.</p>"
            "<h2>Transcript</h2>" + _qa("Nina Park (00:10)", "Elon Musk (00:20)", ["A.", "B."])
            + '<div class="comment-list"><p>Elon Musk: great show</p>'
              "<p>Elon Musk: agreed</p></div>")
    assert [t for _, t in _his(body)] == ["A.", "B."]


def test_a_transcript_printed_twice_is_read_once() -> None:
    turns = _qa("Nina Park", "Elon Musk", ["Rockets are hard to build well.", "Yes.",
                                           "Reuse changes the economics of everything."])
    body = f"<section>{turns}</section><details><summary>Transcript</summary>{turns}</details>"
    assert len(_his(body)) == 3


def test_a_chapter_list_in_the_transcripts_label_form_is_left_out() -> None:
    body = ("<p><b>Elon Musk (01:05)</b> on Giga Berlin</p><p><b>Elon Musk (09:30)</b> on AI</p>"
            "<h2>Transcript</h2>"
            "<p><b>Nina Park (00:04)</b> Welcome.</p><p><b>Elon Musk (00:09)</b> Thanks.</p>"
            "<p><b>Nina Park (01:00)</b> Berlin?</p><p><b>Elon Musk (01:05)</b> It is hard.</p>")
    assert _his(body) == [(9.0, "Thanks."), (65.0, "It is hard.")]


# 3. Markup formats.

def test_label_time_link_and_body_in_separate_elements() -> None:
    seg = ('<div class="seg"><div><span class="who">{}</span><a href="https://youtu.be/v?t={}s">'
           '{}</a></div><div class="body"><p>{}</p></div></div>')
    body = "".join(seg.format(*s) for s in [("Nina Park", 0, "0:00", "Hi."),
                                            ("Elon Musk", 21, "0:21", "Hello."),
                                            ("Nina Park", 30, "0:30", "Mars?"),
                                            ("Elon Musk", 3725, "1:02:05", "Soon.")])
    assert _his(body) == [(21.0, "Hello."), (3725.0, "Soon.")]


def test_numbered_speakers_named_by_the_intro() -> None:
    body = ("<p>Note: Speaker 1 is Nina Park; Speaker 2 is Elon Musk.</p>"
            + "".join(f"<div><span>Speaker {n}</span> <span>00:0{i}:00</span><p>{t}</p></div>"
                      for i, (n, t) in enumerate([(1, "Hi."), (2, "Hello."), (1, "Why?"),
                                                  (2, "Because.")])))
    assert _his(body) == [(60.0, "Hello."), (180.0, "Because.")]


def test_definition_list_with_the_time_after_the_words() -> None:
    body = "<dl>" + "".join(f"<dt>{who}</dt><dd><p>{t}</p><span>[00:0{i}:10]</span></dd>"
                            for i, (who, t) in enumerate([("Ruth Lee", "Start."),
                                                          ("Elon Musk", "Fine."),
                                                          ("Ruth Lee", "Next?"),
                                                          ("Elon Musk", "Done.")])) + "</dl>"
    assert _his(body) == [(70.0, "Fine."), (190.0, "Done.")]


def test_initials_defined_once_and_lines_wrapped_like_a_pdf() -> None:
    body = ('<p style="top:10px">Speakers: Elon Musk (EM), Ada Lin (AL).</p>'
            "<p><b>AL:</b> First question</p><p>about cars.</p>"
            "<p><b>EM:</b> Cars are</p><p>software now.</p>"
            "<p><b>AL:</b> Second?</p><p><b>EM:</b> Yes.</p>")
    assert _his(body) == [(0.0, "Cars are software now."), (0.0, "Yes.")]


def test_bracket_labels_in_chinese() -> None:
    body = "".join(f"<p><strong>【{who}】</strong>{t}</p>" for who, t in [
        ("主持人", "欢迎。"), ("埃隆·马斯克", "谢谢。"), ("主持人", "中国呢？"), ("马斯克", "很重要。")])
    assert [t for _, t in _his(body)] == ["谢谢。", "很重要。"]


def test_label_with_time_link_then_the_words_after_a_break() -> None:
    body = "".join(f'<p>{who}: (<a href="#">{ts}</a>)<br/>{t}</p>' for who, ts, t in [
        ("Speaker 1", "00:05", "Question?"), ("Elon Musk", "00:09", "Answer."),
        ("Speaker 2", "01:10", "Another?"), ("Elon Musk", "01:15", "Again.")])
    assert _his(body) == [(9.0, "Answer."), (75.0, "Again.")]


def test_two_column_table_with_full_names_then_surnames() -> None:
    rows = [("NINA PARK", "Welcome."), ("ELON MUSK", "Thank you."), ("PARK", "Energy?"),
            ("MUSK", "Solar.<br/><br/>And batteries."), ("PARK", "Thanks.")]
    body = "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    assert [t for _, t in _his(body)] == ["Thank you.", "Solar. And batteries."]


# 4. Labels that name him, and those that do not.

def test_role_suffix_on_the_first_label_then_the_surname() -> None:
    body = ("<p><b>Nina Park, technology editor:</b> Welcome.</p>"
            "<p><b>Elon Musk, CEO of Tesla:</b> Thanks.</p>"
            + _qa("Park", "Musk", ["One.", "Two."]))
    assert [t for _, t in _his(body)] == ["Thanks.", "One.", "Two."]


def test_another_elon_and_another_musk_are_not_him() -> None:
    gold = _qa("Elon Gold", "Ann Lee", ["A.", "B."])
    assert _his(gold) == []
    kimbal = ("<p><b>Kimbal Musk:</b> Food.</p><p><b>Elon Musk:</b> Rockets.</p>"
              + _qa("Kimbal Musk", "Elon Musk", ["Cars.", "AI."]) + "<p><b>Musk:</b> Both.</p>")
    assert [t for _, t in _his(kimbal)] == ["Rockets.", "Cars.", "AI."]


def test_traditional_chinese_full_name_then_short_name() -> None:
    body = ("<p><strong>主持人：</strong>歡迎。</p><p><strong>伊隆·馬斯克（Elon Musk）：</strong>謝謝。</p>"
            + _qa("主持人", "馬斯克", ["是的。", "沒錯。"], sep="："))
    assert [t for _, t in _his(body)] == ["謝謝。", "是的。", "沒錯。"]


def test_time_after_the_words_on_the_labels_line() -> None:
    body = "".join(f"<p><b>{who}:</b> {t} <span>[00:0{i}:05]</span></p>" for i, (who, t) in
                   enumerate([("Ivy Chen", "Hi."), ("Elon Musk", "Hello."), ("Ivy Chen", "Cars?"),
                              ("Elon Musk", "Good.")]))
    assert _his(body) == [(65.0, "Hello."), (185.0, "Good.")]


def test_subtitle_file_printed_on_the_page() -> None:
    cues = [("PAUL REED", "Welcome back."), ("ELON MUSK", "Thanks."), ("PAUL REED", "Mars?"),
            ("ELON MUSK", "Soon.")]
    srt = "\n".join(f"{i + 1}\n00:00:{10 * i + 1:02d},500 --> 00:00:{10 * i + 9:02d},000\n{w}: {x}\n"
                    for i, (w, x) in enumerate(cues))
    assert _his(f"<pre>{srt}</pre>") == [(11.0, "Thanks."), (31.0, "Soon.")]


def test_speaker_styled_span_and_dash_instead_of_a_colon() -> None:
    body = "".join(f"<p><span class='speaker'>{w}</span> — {x}</p>" for w, x in [
        ("MAYA", "Hi."), ("MUSK", "Hello."), ("MAYA", "Cars?"), ("MUSK", "Great.")])
    assert [t for _, t in _his(body)] == ["Hello.", "Great."]


def test_time_then_name_then_the_words_below() -> None:
    body = ("<p>00:00:00 Intro</p><p>00:00:30 Batteries</p><h2>Transcript</h2>"
            + "".join(f"<p>[{t}] - {w}</p><p>{x}</p>" for t, w, x in [
                ("00:00:00", "Nora Blum", "Welcome."), ("00:00:05", "Elon Musk", "Thanks."),
                ("00:00:30", "Nora Blum", "Batteries?"), ("00:00:35", "Elon Musk", "Cheaper.")]))
    assert _his(body) == [(5.0, "Thanks."), (35.0, "Cheaper.")]


def test_speaker_number_whose_parentheses_name_him() -> None:
    body = "".join(f"<p>{w}: {x}</p>" for w, x in [
        ("Speaker 1 (Ava Ross)", "Welcome."), ("Speaker 2 (Elon Musk)", "Thank you."),
        ("Speaker 1", "Rockets?"), ("Speaker 2", "Reusable.")])
    assert [t for _, t in _his(body)] == ["Thank you.", "Reusable."]


def test_inline_markup_keeps_the_words_as_printed() -> None:
    body = ("<p><b>Host:</b> Hi.</p><p><b>Elon Musk:</b> It is <em>huge</em>, really.</p>"
            "<p><b>Host:</b> And?</p><p><b>Elon Musk:</b> 中国的<a href='#'>比亚迪</a>非常强。</p>")
    assert [t for _, t in _his(body)] == ["It is huge, really.", "中国的比亚迪非常强。"]


def test_a_comment_thread_longer_than_the_post_is_still_left_out() -> None:
    comments = "".join(f"<li><p>Elon Musk: comment number {i} on this long thread.</p>"
                       f"<p>Fan {i}: I agree with that point.</p></li>" for i in range(40))
    body = ("<h1>Episode</h1>" + _qa("Nina Park", "Elon Musk", ["A.", "B.", "C."])
            + f'<section id="comments"><ol>{comments}</ol></section>')
    assert [t for _, t in _his(body)] == ["A.", "B.", "C."]


def test_the_pages_title_naming_him_is_not_a_turn_of_a_headed_transcript() -> None:
    body = ("<h1>Elon Musk</h1><p>Our guest this week builds rockets.</p>"
            + "".join(f"<h3>{who}</h3><p>{t}</p>" for who, t in [
                ("Nina Park", "Welcome."), ("Elon Musk", "Thanks."), ("Nina Park", "Mars?"),
                ("Elon Musk", "Soon.")]))
    assert [t for _, t in _his(body)] == ["Thanks.", "Soon."]


def test_a_word_with_a_colon_twice_in_his_answer_is_not_a_speaker() -> None:
    body = ("<p><b>Nina Park:</b> Why?</p><p><b>Elon Musk:</b> Two reasons.</p>"
            "<p>Look: the cost.</p><p>Look: the speed.</p><p><b>Nina Park:</b> OK.</p>"
            "<p><b>Elon Musk:</b> Right.</p>")
    assert [t for _, t in _his(body)] == [
        "Two reasons. Look: the cost. Look: the speed.", "Right."]


def test_intro_that_names_the_speaker_number_after_the_name() -> None:
    body = ("<p>In this recording Elon Musk is Speaker 3 and Ava Ross is Speaker 1.</p>"
            + "".join(f"<p>{w}: {x}</p>" for w, x in [
                ("Speaker 1", "Welcome."), ("Speaker 3", "Thanks."), ("Speaker 1", "Why?"),
                ("Speaker 3", "Because.")]))
    assert [t for _, t in _his(body)] == ["Thanks.", "Because."]


def test_chinese_honorific_and_a_heading_that_says_transcript() -> None:
    body = ("<p><b>马斯克先生：</b>节目预告。</p><h2>本期访谈文字稿</h2>"
            + _qa("主持人", "马斯克先生", ["你好。", "是的。"], sep="："))
    assert [t for _, t in _his(body)] == ["你好。", "是的。"]


def test_broadcast_transcript_with_roles_and_sound_cues() -> None:
    body = ("<p>DAN PARK, HOST:</p><p>Good morning.</p>"
            "<p>ELON MUSK, CEO, TESLA: Thanks for having me.</p><p>PARK: China?</p>"
            "<p>(SOUNDBITE OF MUSIC)</p><p>MUSK: Very competitive.</p><p>PARK: Thanks.</p>")
    assert [t for _, t in _his(body)] == ["Thanks for having me.", "Very competitive."]


def test_bold_label_with_its_time_inside() -> None:
    body = "".join(f"<p><strong>{w} {t}</strong> {x}</p>" for w, t, x in [
        ("Lena Ho", "00:00:02", "Hi."), ("Elon Musk", "00:00:06", "Hello."),
        ("Lena Ho", "00:01:00", "Grok?"), ("Elon Musk", "00:01:04", "Better.")])
    assert _his(body) == [(6.0, "Hello."), (64.0, "Better.")]


def test_host_and_guest_labels_written_differently() -> None:
    body = "".join(f"<p><b>Host:</b> Q{i}?</p><p>Elon Musk: A{i}.</p>" for i in range(3))
    assert [t for _, t in _his(body)] == ["A0.", "A1.", "A2."]


def test_one_persons_labels_alone_are_not_a_transcript() -> None:
    body = ("<p>Elon Musk: the factory is the product.</p><p><b>Musk:</b> China is fast.</p>"
            "<p>Elon Musk: tariffs hurt.</p><p>Some article text about him.</p>")
    transcript = parse_page("https://x.example/q", body.encode(), speakers=SPEAKERS)
    assert transcript is None or HIM not in {s.speaker for s in transcript.segments}


def test_handles_outlets_ranges_and_bracketed_roles_as_labels() -> None:
    spaces = "".join(f"<p>{w}: {x}</p>" for w, x in [
        ("@lexfridman", "Welcome."), ("@elonmusk", "Hi."), ("@lexfridman", "Mars?"),
        ("@elonmusk", "Soon.")])
    assert [t for _, t in _his(spaces)] == ["Hi.", "Soon."]
    outlet = _qa("36氪", "马斯克", ["你好。", "是的。"], sep="：")
    assert [t for _, t in _his(outlet)] == ["你好。", "是的。"]
    ranged = "".join(f"<p>{w} ({a} - {b}): {x}</p>" for w, a, b, x in [
        ("Ann Lee", "00:00:01", "00:00:04", "Hi."), ("Elon Musk [CEO]", "00:00:05", "00:00:09",
                                                     "Hello."),
        ("Ann Lee", "00:00:10", "00:00:12", "Why?"), ("Elon Musk", "00:00:13", "00:00:20", "Cost.")])
    assert _his(ranged) == [(5.0, "Hello."), (13.0, "Cost.")]


def test_a_bracketed_aside_after_his_words_is_part_of_the_turn() -> None:
    body = ("<p>Host: (00:01)</p><p>So this year?</p><p>Elon Musk: (00:05)</p>"
            "<p>Hopefully. Hopefully. [laughter]</p><p>Host: (00:09)</p><p>Next.</p>"
            "<p>Elon Musk: (00:12)</p><p>Sure</p>")
    assert _his(body) == [(5.0, "Hopefully. Hopefully. [laughter]"), (12.0, "Sure")]


def test_a_first_name_label_is_the_person_the_page_names_with_it() -> None:
    gold = ("<p>I'm Elon Gold, and this is my show. My guest is Ann Lee.</p>"
            + _qa("Elon", "Ann", ["A.", "B."]))
    assert _his(gold) == []
    guest = ("<p>Ann Lee talks with Tesla CEO Elon Musk.</p>" + _qa("Ann", "Elon", ["A.", "B."]))
    assert [t for _, t in _his(guest)] == ["A.", "B."]


def test_a_subscribe_button_mid_post_does_not_end_the_transcript() -> None:
    first = _qa("Mira Chen", "Elon Musk", ["A.", "B."])
    rest = _qa("Mira Chen", "Elon Musk", ["C.", "D.", "E."])
    body = f"{first}<p><a href='/subscribe'>Subscribe now</a></p>{rest}"
    assert [t for _, t in _his(body)] == ["A.", "B.", "C.", "D.", "E."]
    related = f"{first}{rest}<p>Related posts</p><p><b>Elon Musk:</b> a related headline</p>"
    assert [t for _, t in _his(related)] == ["A.", "B.", "C.", "D.", "E."]


def test_a_collapsed_transcript_that_is_the_only_copy_is_read() -> None:
    turns = _qa("Nina Park", "Elon Musk", ["A.", "B."])
    assert [t for _, t in _his(f'<div style="display:none" hidden>{turns}</div>')] == ["A.", "B."]


def test_of_two_copies_the_one_with_times_is_read() -> None:
    answers = ["Rockets are hard to build, and harder to build well.", "Yes.",
               "Reuse changes the economics of everything in space."]
    plain = _qa("Nina Park", "Elon Musk", answers)
    timed = "".join(f"<p>[00:0{i}:00] Nina Park: Q{i}?</p><p>[00:0{i}:30] Elon Musk: {a}</p>"
                    for i, a in enumerate(answers))
    assert [s for s, _ in _his(f"<div class='m'>{plain}</div><div>{timed}</div>")] == [
        30.0, 90.0, 150.0]


def test_a_dropped_copy_gives_its_times_to_the_kept_one() -> None:
    answers = ["Rockets are hard to build, and harder to build well.", "Yes.",
               "Reuse changes the economics of everything in space."]
    plain = "".join(f"<p><b>Nina Park:</b> Why {i}?</p><p><b>Elon Musk:</b> {a}</p>"
                    for i, a in enumerate(answers))
    timed = "".join(f"<p><b>Nina Park:</b> (00:0{i}:00) Why {i}?</p>"
                    f"<p><b>Elon Musk:</b> (00:0{i}:30) {a}</p>" for i, a in enumerate(answers))
    assert [s for s, _ in _his(plain + timed)] == [30.0, 90.0, 150.0]


def test_paragraphs_inside_table_cells_keep_the_row_together() -> None:
    rows = [("Nina Park", "<p>Welcome.</p>"), ("Elon Musk<br/>00:00:05", "<p>Thanks.</p><p>Really.</p>"),
            ("Nina Park", "<p>Mars?</p>"), ("Elon Musk<br/>00:01:10", "<p>Soon.</p>")]
    body = "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    assert _his(body) == [(5.0, "Thanks. Really."), (70.0, "Soon.")]


def test_dash_labels_zero_width_spaces_and_stage_directions() -> None:
    body = "".join(f"<p>{w} — {x}</p>" for w, x in [
        ("Nina Park", "Welcome."), ("Elon Musk", "\u200b[laughs] Thanks."),
        ("Nina Park", "Mars?"), ("Elon Musk", "“Soon,” as I say.")])
    assert [t for _, t in _his(body)] == ["Thanks.", "Soon,” as I say."]


def test_a_bold_name_that_begins_a_sentence_is_not_a_label() -> None:
    body = ("<p><b>Elon Musk</b> is the founder of SpaceX and the CEO of Tesla.</p>"
            + "".join(f"<p><b>{w}</b> {x}</p>" for w, x in [
                ("Nina Park", "Welcome."), ("Elon Musk", "Thanks."), ("Nina Park", "Mars?"),
                ("Elon Musk", "Soon.")]))
    assert [t for _, t in _his(body)] == ["Thanks.", "Soon."]


def test_a_guests_name_heading_above_a_transcript_headed_by_speakers() -> None:
    body = ("<h2>Elon Musk</h2><p>CEO of Tesla and SpaceX.</p>"
            + "".join(f"<h3>{who}</h3><p>{t}</p>" for who, t in [
                ("Nina Park", "Welcome."), ("Elon Musk", "Thanks."), ("Nina Park", "Mars?"),
                ("Elon Musk", "Soon.")]))
    assert [t for _, t in _his(body)] == ["Thanks.", "Soon."]


def test_repeated_short_lines_without_words_between_are_no_transcript() -> None:
    links = "<p>Apple Podcasts</p><p>Spotify</p><p>Overcast</p>"
    body = f"{links}<p>Episode 12: batteries and rockets.</p>{links}"
    assert parse_page("https://x.example/e", body.encode(), speakers=SPEAKERS) is None


def test_a_host_greeting_him_by_name_defines_no_speaker_number() -> None:
    body = ("<p>Editor's note: Speaker 2 is Elon Musk.</p>"
            + "".join(f"<p>{w}: {x}</p>" for w, x in [
                ("Speaker 1", "Elon Musk, welcome to the show."), ("Speaker 2", "Thanks."),
                ("Speaker 1", "Mars?"), ("Speaker 2", "Soon.")]))
    assert [t for _, t in _his(body)] == ["Thanks.", "Soon."]


def test_a_host_who_names_himself_in_his_first_turn() -> None:
    body = ("<p><b>Elon:</b> Hi, I'm Elon Gold, and this is Ann Lee.</p>"
            "<p><b>Ann:</b> Hello.</p><p><b>Elon:</b> Cars?</p><p><b>Ann:</b> Yes.</p>")
    assert _his(body) == []
