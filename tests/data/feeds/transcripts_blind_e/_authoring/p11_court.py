from common import *

NAME = "court_deposition_pre_publicdocket"
SHOW = "PublicDocket (Hartwell v. Tesla, Inc., deposition excerpts)"

# (label, [lines]); label None = plain line; Musk labels are "A." and "THE WITNESS:"
E = [
    (None, ["            ELON MUSK,"]),
    (None, ["  having been first duly sworn, was examined and"]),
    (None, ["  testified as follows:"]),
    (None, ["                       EXAMINATION"]),
    (None, ["  BY MR. HALVERSON:"]),
    ("Q.", ["Good morning, Mr. Musk."]),
    ("A.", ["Good morning."]),
    ("Q.", ["You understand that you're under oath today?"]),
    ("A.", ["Yes."]),
    ("Q.", ["Let's turn to the Shanghai factory. When did you", "first discuss building a factory in China with the", "board?"]),
    ("A.", ["I believe it was in early 2018. We had been", "talking about it informally before that, but the", "formal discussion was early 2018."]),
    ("Q.", ["And the financing for that factory came from", "Chinese banks; correct?"]),
    ("MR. PRICE:", ["Objection to form."]),
    ("THE WITNESS:", ["Mostly, yes. A consortium of Chinese banks", "provided a loan facility for the first phase."]),
    (None, ["  BY MR. HALVERSON:"]),
    ("Q.", ["Did you personally negotiate that loan?"]),
    ("A.", ["No. The finance team handled that."]),
    ("Q.", ["Did you meet with Shanghai officials during 2018?"]),
    ("A.", ["Yeah."]),
    ("Q.", ["How many times?"]),
    ("A.", ["I don't recall exactly. Several times."]),
    ("Q.", ["I'm handing you what's been marked as Exhibit 14.", "It's an email from you dated July 9, 2018. It", "reads, quote, \"China is the future of EVs. We must", "be there first.\" End quote. Did you write that?"]),
    ("A.", ["That sounds like something I wrote, yes."]),
    ("Q.", ["What did you mean by \"be there first\"?"]),
    ("A.", ["That the Chinese market was going to be the", "largest EV market in the world, and if we weren't", "producing locally, we'd be at a big disadvantage", "because of the import tariffs at the time."]),
    ("MR. PRICE:", ["Counsel, we've been going about an hour. Can we", "take a short break when it's convenient?"]),
    ("MR. HALVERSON:", ["Sure. Let's go off the record."]),
    ("THE VIDEOGRAPHER:", ["We are going off the record at 10:02 a.m."]),
    (None, ["                  (Recess taken.)"]),
    ("THE VIDEOGRAPHER:", ["We are back on the record at 10:14 a.m."]),
    (None, ["  BY MR. HALVERSON:"]),
    ("Q.", ["Mr. Musk, before the break we were discussing", "Exhibit 14. Did anyone at Tesla disagree with the", "decision to build in Shanghai?"]),
    ("A.", ["Some people thought it was too risky. That's", "normal for any big decision."]),
    ("Q.", ["Did you consider that risk?"]),
    ("A.", ["Of course."]),
    ("Q.", ["Did you discuss the Shanghai project with your", "father, Errol Musk?"]),
    ("MR. PRICE:", ["Objection. Relevance."]),
    ("MR. HALVERSON:", ["I'll withdraw it."]),
]
MUSK = {"A.", "THE WITNESS:"}


def render():
    out_lines = []
    for lab, lines in E:
        if lab is None:
            out_lines.extend(lines)
            continue
        if lab in ("Q.", "A."):
            first = f"       {lab}   {lines[0]}"
        else:
            first = f"            {lab}  {lines[0]}"
        out_lines.append(first)
        out_lines.extend("  " + l for l in lines[1:])
    pages = []
    page_no = 41
    for i in range(0, len(out_lines), 25):
        chunk = out_lines[i:i + 25]
        body = "\n".join(f"{n + 1:>2}  {esc(l)}" for n, l in enumerate(chunk))
        pages.append(f"{'':>62}Page {page_no}\n{body}\n")
        page_no += 1
    return "\n".join(pages)


def build():
    pre = render()
    turns = []
    others = []
    prev = None
    for lab, lines in E:
        if lab is None:
            continue
        who = "MUSK" if lab in MUSK else lab
        assert not (who == prev == 'MUSK')
        prev = who
        if lab in MUSK:
            turns.append([None, " ".join(lines[0].split()[:5])])
        else:
            o = lab.rstrip(":")
            if o not in others:
                others.append(o)
    ld = jsonld({"@context": "https://schema.org", "@type": "DigitalDocument", "name": "Exhibit 12 — Excerpts from the Videotaped Deposition of Elon Musk",
                 "isPartOf": {"@type": "Legislation", "name": "Hartwell v. Tesla, Inc., No. 3:23-cv-04418 (N.D. Cal.)"}, "dateCreated": "2024-06-20"})
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hartwell v. Tesla, Inc., 3:23-cv-04418 – Doc. 187, Att. 12 – PublicDocket</title>
<meta name="description" content="Exhibit 12 to Declaration of J. Okonkwo: excerpts from the videotaped deposition of Elon Musk. Plain-text extraction of the court filing.">
<meta name="robots" content="noindex">
<link rel="stylesheet" href="/static/css/docket.3b1e.css">
{ld}
<script src="/static/js/recap-viewer.js" defer></script>
</head>
<body id="document-view">
<div id="navbar" class="navbar"><a class="navbar-brand" href="/">PublicDocket</a><form class="navbar-search" action="/search/"><input name="q" placeholder="Search dockets, opinions, filings"></form><a href="/sign-in/">Sign in</a> <a href="/donate/" class="btn">Donate</a></div>
<div class="container">
  <nav class="crumbs"><a href="/docket/68811203/hartwell-v-tesla-inc/">Hartwell v. Tesla, Inc. (3:23-cv-04418)</a> › Document 187 › Attachment 12</nav>
  <h1>Exhibit 12 — Excerpts from the Videotaped Deposition of Elon Musk</h1>
  <table class="meta"><tr><th>Court</th><td>District Court, N.D. California</td></tr><tr><th>Filed</th><td>June 20, 2024</td></tr><tr><th>Description</th><td>EXHIBIT 12 to Declaration of Jide Okonkwo in Support of [186] Motion for Summary Judgment</td></tr><tr><th>Pages</th><td>2</td></tr></table>
  <p class="alert">This is an automated text extraction of a PDF filed with the court. Formatting, line numbers and page breaks are preserved; minor OCR errors may remain. <a href="/recap/gov.uscourts.cand.419920/gov.uscourts.cand.419920.187.12.pdf">Download original PDF</a></p>
  <div class="plaintext-wrapper">
<pre class="plaintext">
             UNITED STATES DISTRICT COURT
            NORTHERN DISTRICT OF CALIFORNIA
              SAN FRANCISCO DIVISION

  MARGARET HARTWELL, Individually and on    )
  Behalf of All Others Similarly Situated,   )  Case No. 3:23-cv-04418
                  Plaintiff,                 )
        v.                                   )
  TESLA, INC., et al.,                       )
                  Defendants.                )

       VIDEOTAPED DEPOSITION OF ELON MUSK
                Austin, Texas
            Tuesday, April 16, 2024

{pre}
</pre>
  </div>
  <div class="share"><a href="mailto:?subject=Hartwell%20v.%20Tesla%20Exhibit%2012">Email</a> · <a href="#" data-copy>Copy link</a> · <a href="#" onclick="window.print()">Print</a></div>
  <section class="related"><h2>Other documents in this case</h2><ul><li><a href="/docket/68811203/186/">186 MOTION for Summary Judgment filed by Tesla, Inc.</a></li><li><a href="/docket/68811203/187/11/">187-11 Exhibit 11 — Board minutes (redacted)</a></li><li><a href="/docket/68811203/191/">191 ORDER granting motion to seal</a></li></ul></section>
</div>
<footer class="footer"><p>PublicDocket is a non-profit project. Court documents are public records. <a href="/terms/">Terms</a> · <a href="/privacy/">Privacy</a> · <a href="/removal/">Removal policy</a></p></footer>
</body>
</html>
'''
    g = {"speaker": "Elon Musk",
         "format": "Court filing text in <pre> with line numbers and page headers; deposition 'Q.'/'A.' lines (A. = the witness, Musk) plus 'THE WITNESS:' and counsel labels; no timestamps",
         "show": SHOW, "turns": turns, "others": others}
    return NAME, page, g
