"""x01 - GPO-style Senate hearing record, plain preformatted text, no times."""
import textwrap
from common import *

NAME = "x01_senate_hearing_launch_cadence"
SHOW = "FedText Archive (Senate Committee on Aerospace, Transportation, and Infrastructure Security hearing record)"

LABELS = {
    "CH": "The CHAIRMAN.",
    "MUS": "Senator MUSGRAVE.",
    MUSK: "Mr. MUSK.",
    "OK": "Dr. OKAFOR.",
    "PR": "Mr. PRUETT.",
    "TA": "Senator TALLEY.",
    "OY": "Senator OYELARAN.",
}

PREPARED = [
    "Prepared Statement of Elon Musk, Chief Executive Officer and Chief Technology Officer, Space Exploration Technologies Corp.",
    "Chairman Delacroix, Ranking Member Musgrave, and Members of the Committee, thank you for the opportunity to submit this statement for the record.",
    "Space Exploration Technologies Corp. (SpaceX) conducted the majority of orbital launches worldwide in the last calendar year. Each of those launches required a temporary flight restriction and, for most of them, a hazard area that affected civil traffic for some portion of the launch window.",
    "SpaceX supports three changes: (1) publication of launch hazard areas sized to the actual vehicle and trajectory rather than legacy worst-case templates; (2) a shared, machine-readable feed of vehicle state data during the launch window; and (3) a standing working group of launch operators, airlines, and air traffic controllers that meets before, not after, a new launch site begins operations.",
    "SpaceX looks forward to working with the Committee on these issues.",
]

# (speaker, paragraphs).  Special marker paragraphs start with '@'.
SEQ = [
    ("CH", ["The Committee will come to order.",
            "Good morning, and welcome to today's hearing on launch cadence, airspace integration, and the commercial space economy. Ten years ago this country launched a couple of dozen orbital rockets a year. This year the number will be several times that, most of them from two coasts, and the airspace around those coasts is also some of the busiest in the world.",
            "Our job is not to pick winners. Our job is to make sure that the rules written for a handful of launches a year still make sense when there is a launch almost every day, and that the passenger on a regional flight out of Jacksonville is not the one paying for it in delays. I now recognize the ranking member, Senator Musgrave, for her opening statement."]),
    ("MUS", ["Thank you, Mr. Chairman, and thank you to our witnesses for being here.",
             "I want to start with something Mr. Musk has said more than once, and I am quoting from a 2023 interview: ``We want launch to be as routine as catching a flight.'' That is an admirable goal. But catching a flight is routine because of decades of shared rules, shared data, and shared responsibility, and I am not sure we are there yet for launch.",
             "I look forward to hearing from all three witnesses on how we get there. I yield back."]),
    ("CH", ["Thank you, Senator Musgrave. We have three witnesses this morning. Mr. Musk, you are recognized for 5 minutes."]),
    ("@HEAD", ["STATEMENT OF ELON MUSK, CHIEF EXECUTIVE OFFICER AND CHIEF TECHNOLOGY OFFICER, SPACE EXPLORATION TECHNOLOGIES CORP., HAWTHORNE, CALIFORNIA"]),
    (MUSK, ["Thank you, Mr. Chairman, Ranking Member Musgrave, and members of the Committee. I appreciate the chance to be here.",
            "I will keep this short because I think the questions are more useful than the statement. The main point is that the rocket is no longer the bottleneck. We can fly the vehicles more often than the system around them is currently set up to handle, and most of the friction is in how big the closed airspace is and how long it stays closed.",
            "Today a hazard area is often drawn for the worst case of a vehicle that is very different from the one actually flying. If we size it to the real trajectory and share the vehicle's position in real time, the airlines get most of that airspace back. That is good for everyone. That is really the whole message.",
            "@PREPARED"]),
    ("CH", ["Thank you, Mr. Musk. Dr. Okafor."]),
    ("@HEAD", ["STATEMENT OF DR. ADAEZE OKAFOR, DIRECTOR, CENTER FOR AIRSPACE INTEGRATION, GREAT LAKES AERONAUTICAL UNIVERSITY"]),
    ("OK", ["Thank you, Chairman Delacroix and Ranking Member Musgrave.",
            "Our center has modeled every launch-related airspace closure on the East Coast over the last 3 years. The headline finding is simple: the median closure is about four times larger than the debris footprint of the vehicle that actually flew. As one launch engineer put it to us, ``you are closing a state to protect a county.''",
            "Dynamic hazard areas, sized to the vehicle and updated during flight, could return most of that airspace to civil traffic without any reduction in safety."]),
    ("CH", ["Thank you. Mr. Pruett."]),
    ("@HEAD", ["STATEMENT OF COLIN PRUETT, PRESIDENT, ASSOCIATION OF REGIONAL AIR CARRIERS"]),
    ("PR", ["Thank you, Mr. Chairman. Regional carriers operate the short flights that get rerouted first and cancelled first when airspace closes. Our members support commercial space. What we ask for is predictability: closures published early, sized honestly, and lifted the moment they are no longer needed."]),
    ("CH", ["Thank you all. I will begin the questions.",
            "Mr. Musk, how many launches does SpaceX expect to conduct from Florida this year?"]),
    (MUSK, ["This year we expect somewhere north of a hundred from Florida, counting both pads at the Cape and the pad at Kennedy. Next year it will be more than that."]),
    ("CH", ["And for each of those, how long is the airspace actually closed?"]),
    (MUSK, ["Right now a typical window closes a large area for a couple of hours, sometimes more if there is a scrub and a recycle."]),
    ("CH", ["Hours?"]),
    (MUSK, ["Hours, yes. And the vehicle is actually in that airspace for a few minutes. So there is a big gap between the time the area is closed and the time anything could plausibly fall into it, and that gap is what I think we should go after."]),
    ("MUS", ["Mr. Musk, in the same interview I quoted earlier, you also said, and again I am quoting, ``The paperwork for a launch should not weigh more than the rocket.'' Do you still think the licensing process is the main obstacle?"]),
    (MUSK, ["I think the licensing process has improved quite a bit, and I want to give credit to the people at the agency who have worked hard on that. The airspace question is a different issue. It is less about paperwork and more about data."]),
    ("MUS", ["Dr. Okafor, do you agree that this is primarily a data problem?"]),
    ("OK", ["Largely, yes. The tools to shrink the closures exist. What is missing is a standard for sharing vehicle state in real time and a requirement that it be used."]),
    ("TA", ["Mr. Pruett, have your members ever been offered that kind of data?"]),
    ("PR", ["Not in real time, Senator. We receive a notice to air missions, and then we find out when the window is over."]),
    ("TA", ["Mr. Musk, would SpaceX be willing to share real-time trajectory data with the FAA during the launch window?"]),
    (MUSK, ["Yes."]),
    ("TA", ["With the regional carriers as well, not just the agency?"]),
    (MUSK, ["With anyone who needs it to route traffic. I do not see any reason to keep that secret. If it helps an airline release a corridor twenty minutes earlier, we should do it."]),
    ("OY", ["Thank you, Mr. Chairman. I want to read a short part of a letter from a constituent who runs a charter operation on the Gulf Coast. She writes: ``Elon Musk promised that the new site would not affect our routes, and since March we have lost eleven flights.'' Mr. Musk, what would you say to her?"]),
    (MUSK, ["I would say that she should not have lost eleven flights, and that we will look at every one of those dates. Some of that is the size of the hazard area, which is what we are here to talk about, and some of it may be coordination we can do better locally. I am happy to have our team sit down with her directly."]),
    ("CH", ["Thank you. I want to thank all of our witnesses. The record will remain open for 2 weeks for Members to submit questions for the record. Mr. Musk, anything in closing?"]),
    (MUSK, ["Just thank you for having the hearing. I think this is a solvable problem."]),
    ("CH", ["This hearing is adjourned."]),
]


def _wrap_keep_indent(s, width):
    lead = len(s) - len(s.lstrip(" "))
    lines = textwrap.wrap(s.strip(), width=width - lead, break_long_words=False, break_on_hyphens=False)
    if not lines:
        return [""]
    # first line keeps the paragraph indent, the rest are flush left (GPO text style)
    out = [" " * lead + lines[0]]
    rest = " ".join(lines[1:])
    if rest:
        out += textwrap.wrap(rest, width=width, break_long_words=False, break_on_hyphens=False)
    return out


def build():
    body = []
    turns = []
    for spk, paras in SEQ:
        if spk == "@HEAD":
            body.append("")
            for ln in textwrap.wrap(paras[0], width=66):
                body.append(" " + ln.center(68).rstrip())
            body.append("")
            continue
        turns.append(dict(spk=spk, t=None, paras=paras))
        for i, p in enumerate(paras):
            if p == "@PREPARED":
                body.append("")
                body.append("    [The prepared statement of Mr. Musk follows:]")
                body.append("")
                for ln in textwrap.wrap(PREPARED[0], 60):
                    body.append(" " + ln.center(68).rstrip())
                body.append("")
                for q in PREPARED[1:]:
                    body += _wrap_keep_indent("    " + q, 71)
                    body.append("")
                continue
            label = LABELS[spk] if i == 0 else ""
            body += _wrap_keep_indent("    " + (label + " " if label else "") + p, 71)
        body.append("")
    body.append("    [Whereupon, at 11:48 a.m., the hearing was adjourned.]")
    body.append("")
    body.append("                                  <all>")

    front = r"""
                                                        S. Hrg. 119-214

           LAUNCH CADENCE, AIRSPACE INTEGRATION, AND THE
                      COMMERCIAL SPACE ECONOMY

=======================================================================

                                HEARING

                               before the

              COMMITTEE ON AEROSPACE, TRANSPORTATION, AND
                       INFRASTRUCTURE SECURITY
                          UNITED STATES SENATE

                    ONE HUNDRED NINETEENTH CONGRESS

                             FIRST SESSION

                               __________

                              MAY 14, 2025

                               __________

    Printed for the use of the Committee on Aerospace, Transportation,
                     and Infrastructure Security

                               __________

                    U.S. GOVERNMENT PUBLISHING OFFICE
61-402 PDF                 WASHINGTON : 2025

-----------------------------------------------------------------------

   COMMITTEE ON AEROSPACE, TRANSPORTATION, AND INFRASTRUCTURE SECURITY

                ONE HUNDRED NINETEENTH CONGRESS

                             FIRST SESSION

               HARLAN DELACROIX, Louisiana, Chairman
DEV TALLEY, Montana                   RUTH MUSGRAVE, Oregon, Ranking
KATHERINE ABBOTT, North Carolina      AMARA OYELARAN, Maryland
PRESTON VOSS, Idaho                   DANIEL ESTRADA, New Mexico

          Nolan Birch, Republican Staff Director
          Ilse Marquardt, Democratic Staff Director

                            C O N T E N T S

                              ----------
                                                                   Page
Hearing held on May 14, 2025.....................................     1
Statement of Senator Delacroix...................................     1
Statement of Senator Musgrave....................................     2

                               Witnesses

Musk, Elon, Chief Executive Officer and Chief Technology Officer,
  Space Exploration Technologies Corp............................     3
    Prepared statement...........................................     4
Okafor, Dr. Adaeze, Director, Center for Airspace Integration,
  Great Lakes Aeronautical University............................     5
Pruett, Colin, President, Association of Regional Air Carriers...     6

 
           LAUNCH CADENCE, AIRSPACE INTEGRATION, AND THE
                      COMMERCIAL SPACE ECONOMY

                              ----------

                        WEDNESDAY, MAY 14, 2025

                                       U.S. Senate,
                   Committee on Aerospace, Transportation, and
                                   Infrastructure Security,
                                                    Washington, DC.
    The Committee met, pursuant to notice, at 10:02 a.m., in room 253, 
Russell Senate Office Building, Hon. Harlan Delacroix, Chairman of the 
Committee, presiding.
    Present: Senators Delacroix [presiding], Musgrave, Talley, Abbott, 
Oyelaran, Voss, and Estrada.

           OPENING STATEMENT OF HON. HARLAN DELACROIX, 
                     U.S. SENATOR FROM LOUISIANA
"""
    pre = front.strip("\n") + "\n\n" + "\n".join(body)
    # GPO text uses literal `` '' quotes; keep them, escape for HTML
    pre_html = esc(pre).replace("&lt;all&gt;", "&lt;all&gt;")

    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>S. Hrg. 119-214 - LAUNCH CADENCE, AIRSPACE INTEGRATION, AND THE COMMERCIAL SPACE ECONOMY | FedText Archive</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Text of Senate hearing S. Hrg. 119-214 held May 14, 2025 before the Committee on Aerospace, Transportation, and Infrastructure Security. Witnesses: Elon Musk, Dr. Adaeze Okafor, Colin Pruett.">
<link rel="stylesheet" href="/static/css/fedtext.4e1c.css">
<style>
 body{{font-family:Georgia,serif;margin:0;background:#f7f7f4;color:#1b1b1b}}
 header.site{{background:#112e51;color:#fff;padding:10px 24px}}
 header.site a{{color:#fff;text-decoration:none;margin-right:18px}}
 .crumbs{{font-size:13px;padding:8px 24px;color:#555}}
 main{{display:flex;gap:24px;padding:0 24px 40px}}
 aside.meta{{width:260px;font-size:14px}}
 aside.meta dt{{font-weight:bold;margin-top:8px}}
 .doc{{flex:1;background:#fff;border:1px solid #ddd;padding:16px}}
 pre.gpo{{font-family:"Courier New",monospace;font-size:13px;white-space:pre;overflow-x:auto}}
 footer{{font-size:12px;color:#666;padding:16px 24px;border-top:1px solid #ccc}}
</style>
<script async src="/static/js/analytics.js"></script>
</head>
<body>
<header class="site">
  <a href="/" class="brand"><strong>FedText Archive</strong></a>
  <a href="/collections/chrg">Congressional Hearings</a>
  <a href="/collections/crec">Congressional Record</a>
  <a href="/collections/bills">Bills</a>
  <a href="/search">Search</a>
</header>
<div class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/collections/chrg">Hearings</a> &rsaquo; <a href="/collections/chrg/119">119th Congress</a> &rsaquo; S. Hrg. 119-214</div>
<main>
<aside class="meta">
  <h2>Document details</h2>
  <dl>
    <dt>Title</dt><dd>Launch Cadence, Airspace Integration, and the Commercial Space Economy</dd>
    <dt>Chamber</dt><dd>Senate</dd>
    <dt>Committee</dt><dd>Aerospace, Transportation, and Infrastructure Security</dd>
    <dt>Held</dt><dd>May 14, 2025</dd>
    <dt>Witnesses</dt><dd>Elon Musk (SpaceX); Dr. Adaeze Okafor (Great Lakes Aeronautical University); Colin Pruett (Association of Regional Air Carriers)</dd>
    <dt>Serial</dt><dd>S. Hrg. 119-214</dd>
  </dl>
  <p><a href="/pkg/CHRG-119shrg61402/pdf/CHRG-119shrg61402.pdf">PDF (412 KB)</a> &middot; <a href="/pkg/CHRG-119shrg61402/mods.xml">MODS</a> &middot; <a href="/pkg/CHRG-119shrg61402/details">Details</a></p>
  <p class="note">The text below is the official text version. Page numbers refer to the printed hearing.</p>
</aside>
<div class="doc">
<h1>[Senate Hearing 119-214]<br>[From the U.S. Government Publishing Office]</h1>
<pre class="gpo">
{pre_html}
</pre>
</div>
</main>
<footer>
  FedText Archive republishes public-domain text from the U.S. Government Publishing Office. This is not an official government website.
  &middot; <a href="/about">About</a> &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy</a>
</footer>
<script>
  document.querySelectorAll('pre.gpo').forEach(function(p){{p.setAttribute('tabindex','0');}});
</script>
</body>
</html>
"""
    exp = expected(
        "GPO plain-text hearing record inside a <pre>: each turn opens with a capitalised label like 'Mr. MUSK.' / 'The CHAIRMAN.' / 'Senator MUSGRAVE.' on an indented paragraph, continuation lines flush left; no timestamps.",
        SHOW,
        gold_turns(turns),
        ["The CHAIRMAN.", "Senator MUSGRAVE.", "Dr. OKAFOR.", "Mr. PRUETT.", "Senator TALLEY.", "Senator OYELARAN."],
    )
    meta = dict(kind="Government record site (GPO-style Senate hearing text)",
                fmt="<pre> plain text, 'Mr. MUSK.' labels, no times",
                hard=["Ranking member quotes him twice with GPO ``...'' quotes (not his turns)",
                      "Senator MUSGRAVE label shares the 'MUS' prefix with 'Mr. MUSK.'",
                      "Constituent letter read aloud: 'Elon Musk promised ...' inside a senator's turn",
                      "Prepared statement inserted into the record inside his first turn (continuation, not a new turn)",
                      "Front matter / witness list / 'STATEMENT OF ELON MUSK' heading print his name without being turns",
                      "One-word turn 'Yes.'; chairman's one-word interruption 'Hours?'"],
                choices=["All times null: the only clock times are wall-clock ('at 10:02 a.m.', 'at 11:48 a.m.'), not offsets.",
                         "The '[The prepared statement of Mr. Musk follows:]' block sits inside his opening turn and does not start a new turn.",
                         "Section headings (STATEMENT OF ...) are not speaker labels."])
    register(NAME, page, exp, meta)


build()
