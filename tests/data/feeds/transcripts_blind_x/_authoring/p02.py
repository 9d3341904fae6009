"""x02 - videotaped deposition excerpts (Q./A. lines with page:line numbers) on a legal-news site."""
import textwrap
from common import *

NAME = "x02_deposition_excerpts_docket_ledger"
SHOW = "Docket Ledger"

# Each item: (kind, text).  kinds: Q, A (Musk), W (THE WITNESS: - Musk), C:<LABEL> colloquy, BY, PAREN, HEAD
# Pages are laid out automatically, 25 lines each.
SEQ = [
    ("PAGE", "4"),
    ("HEAD", "ELON MUSK,"),
    ("PLAIN", "called as a witness by the Plaintiff, having been first duly sworn by the Certified Shorthand Reporter, was examined and testified as follows:"),
    ("HEAD", "EXAMINATION"),
    ("BY", "BY MS. ABERNATHY:"),
    ("Q", "Good morning, Mr. Musk."),
    ("A", "Good morning."),
    ("Q", "Could you state your full name for the record?"),
    ("A", "Elon Reeve Musk."),
    ("Q", "You understand that you are under oath today, the same as if you were testifying in a courtroom?"),
    ("A", "I do."),
    ("Q", "And you understand that you're appearing here as a non-party witness; neither SpaceX nor you personally is a party to this case?"),
    ("C:MR. FAIRBANKS:", "Objection. Calls for a legal conclusion. You can answer."),
    ("A", "That's my understanding, yes."),
    ("GAP", "* * *"),
    ("PAGE", "41"),
    ("C:THE VIDEOGRAPHER:", "We are back on the record. The time is 10:41 a.m. This is the beginning of media unit number 2."),
    ("BY", "BY MS. ABERNATHY:"),
    ("Q", "Mr. Musk, before the break we were discussing the fixture tooling for the second-stage tank line. Do you recall meeting anyone from Halden Precision in early 2019?"),
    ("A", "Not specifically. I meet a lot of suppliers, and in 2019 we were building that line very quickly. I may have walked past their fixtures, but I don't have a memory of a meeting."),
    ("Q", "I'm handing you what's been marked as Exhibit 14. Take whatever time you need."),
    ("PAREN", "(Exhibit 14 was previously marked for identification.)"),
    ("W", "Can I see the second page as well? It's cut off at the bottom."),
    ("C:MS. ABERNATHY:", "Sure. Counsel, there's a complete copy behind tab 14."),
    ("Q", "Exhibit 14 is an e-mail dated March 3, 2019, with your name in the From line. Is that an e-mail you sent?"),
    ("C:MR. FAIRBANKS:", "Objection. Foundation."),
    ("A", "It appears to be from my account. I have no reason to think I didn't send it."),
    ("Q", "The e-mail says, quote, \"Let's move the fixture work in-house if Halden can't hit the date,\" end quote. Did I read that correctly?"),
    ("A", "You read it correctly."),
    ("Q", "What did you mean by \"hit the date\"?"),
    ("C:MR. FAIRBANKS:", "Objection. Calls for speculation as to a document from six years ago. He can answer if he knows."),
    ("A", "I mean the delivery date. If a supplier couldn't deliver when we needed the fixtures, we would build them ourselves. That was a general rule at the time, not something specific to this company."),
    ("Q", "Did SpaceX in fact move the fixture work in-house?"),
    ("A", "I believe some of it, yes."),
    ("C:MS. ABERNATHY:", "Move to strike \"I believe\" as nonresponsive. Let me ask it differently."),
    ("Q", "Do you know whether SpaceX moved the fixture work in-house?"),
    ("A", "I don't know the details. You'd have to ask the people who ran the tank line."),
    ("C:MS. ABERNATHY:", "Let's go off the record."),
    ("C:THE VIDEOGRAPHER:", "We are going off the record. The time is 10:58 a.m."),
    ("PAREN", "(Recess taken.)"),
]

SIDE_LABEL = {"Q": "Q.", "A": "A."}


def layout():
    """Return list of pages; each page = (pgno, [line strings]), plus per-item first-line index."""
    pages = []
    cur = None
    for kind, text in SEQ:
        if kind == "PAGE":
            cur = [text, []]
            pages.append(cur)
            continue
        lines = cur[1]
        if kind in ("Q", "A"):
            head = f"     {SIDE_LABEL[kind]}   "
            wrapped = textwrap.wrap(text, 52)
            lines.append(head + wrapped[0])
            lines += ["     " + w for w in wrapped[1:]]
        elif kind == "W" or kind.startswith("C:"):
            label = "THE WITNESS:" if kind == "W" else kind[2:]
            wrapped = textwrap.wrap(label + "  " + text, 56)
            lines.append("          " + wrapped[0])
            lines += ["     " + w for w in wrapped[1:]]
        elif kind == "BY":
            lines.append("     " + text)
        elif kind == "HEAD":
            lines.append(text.center(62).rstrip())
        elif kind in ("PAREN", "PLAIN"):
            wrapped = textwrap.wrap(text, 54)
            lines += ["          " + wrapped[0]] + ["     " + w for w in wrapped[1:]]
        elif kind == "GAP":
            lines.append(text.center(62).rstrip())
    # split overlong pages into consecutive 25-line pages
    out = []
    for pgno, lines in pages:
        n = int(pgno)
        for i in range(0, max(len(lines), 1), 25):
            out.append([str(n), lines[i:i + 25]])
            n += 1
    return out


def build():
    turns = []
    for kind, text in SEQ:
        if kind in ("A", "W"):
            turns.append(dict(spk=MUSK, t=None, paras=[text]))
        elif kind == "Q":
            turns.append(dict(spk="Q", t=None, paras=[text]))
        elif kind.startswith("C:"):
            turns.append(dict(spk=kind[2:], t=None, paras=[text]))
    # sanity: no two adjacent Musk turns
    for a, b in zip(turns, turns[1:]):
        assert not (a["spk"] == MUSK and b["spk"] == MUSK), (a, b)

    pages_html = []
    for pgno, lines in layout():
        # pad to 25 lines like a certified transcript page
        assert len(lines) <= 25, (pgno, len(lines))
        lines = lines + [""] * (25 - len(lines))
        rows = "\n".join(f'<span class="ln">{i + 1:>2}</span>  {esc(l)}' for i, l in enumerate(lines))
        pages_html.append(f"""<div class="tx-page" id="page-{pgno}">
  <div class="tx-pghead"><span>Page {pgno}</span><span>ELON MUSK &mdash; 9/9/2025</span></div>
<pre class="tx-lines">
{rows}
</pre>
  <div class="tx-pgfoot">Ridgeline Court Reporting &middot; (213) 555-0148</div>
</div>""")

    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Read it: Elon Musk's deposition excerpts in the Corvane tooling case | Docket Ledger</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="Read it: Elon Musk's deposition excerpts in the Corvane tooling case">
<meta property="og:type" content="article">
<link rel="canonical" href="https://docketledger.com/2025/10/02/musk-deposition-corvane-halden-excerpts/">
<link rel="stylesheet" href="/assets/css/ledger.min.css?v=88">
<style>
  .tx-page{{border:1px solid #bbb;background:#fffef8;margin:18px 0;padding:10px 14px;max-width:680px}}
  .tx-pghead{{display:flex;justify-content:space-between;font:12px/1.4 Arial,sans-serif;color:#666}}
  .tx-lines{{font:13px/1.55 "Courier New",monospace;margin:6px 0}}
  .tx-lines .ln{{color:#999;user-select:none}}
  .tx-pgfoot{{font:11px Arial,sans-serif;color:#888;text-align:right}}
  .caption{{font:13px "Courier New",monospace;white-space:pre;background:#fffef8;border:1px solid #bbb;padding:10px 14px;max-width:680px}}
</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Read it: Elon Musk's deposition excerpts in the Corvane tooling case","datePublished":"2025-10-02T14:10:00-04:00","author":{{"@type":"Person","name":"Grace Liang"}}}}</script>
</head>
<body class="single-post">
<nav class="topnav">
  <a class="logo" href="/">DOCKET LEDGER</a>
  <ul><li><a href="/courts">Courts</a></li><li><a href="/regulation">Regulation</a></li><li><a href="/business-law">Business Law</a></li><li><a href="/documents">Documents</a></li><li><a href="/newsletter">Newsletter</a></li></ul>
</nav>
<article class="post">
<header>
  <p class="kicker">Documents</p>
  <h1>Read it: Elon Musk's deposition excerpts in the Corvane tooling case</h1>
  <p class="byline">By <a href="/author/grace-liang">Grace Liang</a> &middot; October 2, 2025 &middot; 6 min read</p>
</header>
<p>Elon Musk testified for roughly two hours in September as a non-party witness in <em>Corvane Aerostructures, Inc. v. Halden Precision Tooling, LLC</em>, a contract dispute in Los Angeles Superior Court over fixtures for a rocket tank production line. Neither Musk nor SpaceX is a party to the suit.</p>
<p>The excerpts below were filed Tuesday as Exhibit C to Corvane's opposition to a motion for summary judgment. Musk said he did not recall meeting Halden's representatives, and, asked about a 2019 e-mail, described moving work in-house as "a general rule at the time."</p>
<p>Halden's lawyers have argued the e-mail shows the work was pulled for reasons unrelated to the contract. A hearing on the motion is set for Nov. 14.</p>
<aside class="pullquote"><p>&ldquo;If a supplier couldn't deliver when we needed the fixtures, we would build them ourselves.&rdquo;</p><cite>&mdash; Elon Musk, deposition, p. 42</cite></aside>
<h2>The transcript</h2>
<p class="note">Line numbers and page breaks are reproduced from the certified transcript. Gaps between excerpts are marked with asterisks.</p>
<div class="caption">SUPERIOR COURT OF THE STATE OF CALIFORNIA
       FOR THE COUNTY OF LOS ANGELES

CORVANE AEROSTRUCTURES, INC.,      )
                                   )
             Plaintiff,            )
                                   )  Case No. 23STCV04471
        vs.                        )
                                   )
HALDEN PRECISION TOOLING, LLC,     )
                                   )
             Defendant.            )
___________________________________)

       VIDEOTAPED DEPOSITION OF ELON MUSK
          Los Angeles, California
        Tuesday, September 9, 2025

Reported by: Teresa Vance, CSR No. 13872</div>
<div class="caption">APPEARANCES:

For Plaintiff:     CALLOWAY ABERNATHY LLP
                   BY: JOANNA ABERNATHY, ESQ.

For Defendant:     MERCER &amp; HOLT LLP
                   BY: DEREK OSEI, ESQ.

For the Witness:   FAIRBANKS KLINE LLP
                   BY: THOMAS FAIRBANKS, ESQ.

Also Present:      MARCO ULLOA, Videographer

                    I N D E X
WITNESS                                   EXAMINATION
ELON MUSK
   BY MS. ABERNATHY                            4

                 E X H I B I T S
NUMBER      DESCRIPTION                      PAGE
14          E-mail, 3/3/2019, from E. Musk    41
            re: "fixtures / tank line"</div>
{chr(10).join(pages_html)}
<p>Read Corvane's full opposition brief <a href="/documents/corvane-v-halden-opposition.pdf">here (PDF)</a>. Lawyers for Musk did not respond to a request for comment.</p>
<div class="tags">Tags: <a href="/tag/spacex">SpaceX</a> <a href="/tag/depositions">Depositions</a> <a href="/tag/la-superior-court">L.A. Superior Court</a></div>
</article>
<section class="related">
  <h3>More from Documents</h3>
  <ul>
    <li><a href="/2025/09/18/faa-consent-order-text/">Text of the FAA consent order in the launch-license case</a></li>
    <li><a href="/2025/09/02/tesla-shareholder-suit-hearing/">Hearing transcript: shareholder suit over board pay</a></li>
  </ul>
</section>
<section id="comments"><h3>2 comments</h3>
  <div class="comment"><b>elonsrocketfan</b> &middot; Oct 2<p>"I don't know the details. You'd have to ask the people who ran the tank line." Classic.</p></div>
  <div class="comment"><b>litigator_in_LA</b> &middot; Oct 3<p>Non-party depo, objections preserved, nothing dramatic. The e-mail is the whole case.</p></div>
</section>
<footer class="site-footer">&copy; 2025 Docket Ledger Media. <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></footer>
<script src="/assets/js/ledger.min.js?v=88" defer></script>
</body>
</html>
"""
    others = ["MR. FAIRBANKS:", "Q.", "THE VIDEOGRAPHER:", "MS. ABERNATHY:"]
    exp = expected(
        "Certified deposition transcript pages in <pre> blocks with line numbers 1-25: examining attorney's lines start 'Q.', the witness's answers 'A.' (plus colloquy 'THE WITNESS:'), counsel colloquy 'MR. FAIRBANKS:'; no timestamps (only wall-clock times in videographer statements).",
        SHOW, gold_turns(turns), others)
    meta = dict(kind="Legal-news site publishing certified deposition excerpts",
                fmt="<pre> pages with line numbers, Q./A. lines, 'THE WITNESS:' colloquy; no times",
                hard=["Witness named only at the top ('ELON MUSK, called as a witness...'); his label is 'A.' and once 'THE WITNESS:'",
                      "Objections by his own counsel between Q. and A.",
                      "Question quotes his 2019 e-mail (Q. line, not his turn); comment quotes an answer; pull quote above the transcript",
                      "Line numbers interleaved in the text; two-excerpt gap '* * *'",
                      "Short answers: 'I do.', 'Good morning.', 'You read it correctly.'"],
                choices=["Every 'A.' line and the 'THE WITNESS:' line are his turns; times null (videographer's 10:41 a.m. is wall-clock).",
                         "Parenthetical court-reporter notes '(Exhibit 14 was previously marked...)' are not turns and do not belong to anybody's gold.",
                         "Others list uses labels as printed ('Q.', 'MR. FAIRBANKS:', 'MS. ABERNATHY:', 'THE VIDEOGRAPHER:')."])
    register(NAME, page, exp, meta)


build()
