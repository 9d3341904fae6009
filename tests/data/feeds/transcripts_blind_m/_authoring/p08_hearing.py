import textwrap
from common import *

SHOW = "Senate Committee on Science and Space Commerce"
g = Gold(SHOW, "Committee website hearing page with the GPO-style printed transcript in one <pre> block, hard-wrapped lines; "
         "turns open with congressional labels like 'Mr. MUSK.' / 'Senator HALVERSEN.' / 'The CHAIR.', continuation "
         "paragraphs indented without label; a printed prepared statement follows his opening; no timestamps.")

CH, HA, PE, EM, DA = "The CHAIR.", "Senator HALVERSEN.", "Senator PEREIRA.", "Mr. MUSK.", "Ms. DAVILA."

T = [
    (CH, ["Good morning. The Subcommittee on Launch and Range Infrastructure will come to order. Today we examine whether the nation's launch ranges can keep up with a cadence that has roughly tripled in four years, and what that means for safety, for the environment, and for the communities that live next door.",
          "We have two witnesses. I'll introduce them both and then we'll hear opening statements, limited to five minutes. Your full written statements will be made part of the record."]),
    "      STATEMENT OF ELON MUSK, CHIEF ENGINEER, SPACE EXPLORATION\n                        TECHNOLOGIES CORP.",
    (EM, ["Thank you, Madam Chair, Ranking Member Halversen, and members of the Subcommittee. I appreciate the chance to be here.",
          "The short version of my testimony is that the ranges were designed for a world with a dozen launches a year, and we are now in a world with well over a hundred from a single coast. The people who run the ranges are excellent. The systems they have to work with are, in many cases, from the 1970s.",
          "I'll stop there and look forward to your questions."]),
    "    [The prepared statement of Mr. Musk follows:]\n\n        Prepared Statement of Elon Musk, Chief Engineer, Space\n                     Exploration Technologies Corp.\n\n    Chair Okonjo, Ranking Member Halversen, and members of the\nSubcommittee, thank you for the opportunity to testify. This\nstatement describes range scheduling, airspace integration and\nthe modernization investments we recommend.\n    Range scheduling today relies on manual deconfliction that\nwas designed for a small number of government launches per year.\nWe recommend a shared, automated scheduling system accessible to\nall licensed operators.",
    "   STATEMENT OF RENATA DAVILA, PRESIDENT, COALITION FOR LAUNCH\n                             SAFETY",
    (DA, ["Thank you, Chair Okonjo. I represent a coalition of local governments, fishing associations and emergency managers along both coasts. Our members are not against launches. They are against finding out about road closures two hours in advance."]),
    (CH, ["Thank you both. I'll begin. Mr. Musk, in 2021 you wrote, quote, ``The bottleneck is not rockets, it is paperwork,'' end quote. Do you still believe that?"]),
    (EM, ["Partly. The paperwork has gotten a lot better, honestly, and I want to credit the FAA for that. The bottleneck now is physical: the number of range assets, the tracking radars, the people. You can't streamline your way out of having one radar where you need three."]),
    (CH, ["So if Congress funded additional tracking assets, you would support cost-sharing by the operators?"]),
    (EM, ["Yes."]),
    (HA, ["Thank you, Madam Chair. Mr. Musk, Ms. Davila's members say notification is the problem. How far in advance does your company know a launch date, realistically?"]),
    (EM, ["For a given mission, we usually know the day about a week ahead and the window about two days ahead. Weather moves it, of course. I think we could commit to publishing a firm closure schedule seventy-two hours out for most launches."]),
    (HA, ["So that's a yes to seventy-two hours?"]),
    (EM, ["It's a yes with an asterisk. Weather is the asterisk."]),
    (PE, ["Ms. Davila, is seventy-two hours enough?"]),
    (DA, ["It would be a big improvement. Our fishing fleets would prefer a week, but seventy-two hours with reliable updates would be workable."]),
    (PE, ["Mr. Musk, same question to you. Would your company agree to a penalty if it misses that notice?"]),
    (EM, ["I'd want to see the details, Senator. If the penalty applies when we scrub for weather, that just creates an incentive to launch in bad weather, which is the opposite of what anyone here wants. If it applies to planning failures on our side, then that's reasonable."]),
    (CH, ["Thank you. The record will remain open for two weeks for additional questions for the record. I thank both witnesses."]),
    (EM, ["Thank you, Madam Chair."]),
]

W = 66
out = []
for item in T:
    if isinstance(item, str):
        out.append(item)
        out.append("")
        continue
    lab, paras = item
    if lab == EM:
        g.elon(None, paras[0])
    else:
        g.other(lab.rstrip("."))
    for k, p in enumerate(paras):
        txt = ("%s %s" % (lab, p)) if k == 0 else p
        out.append(textwrap.fill(txt, W, initial_indent="    ", subsequent_indent=""))
    out.append("")
out.append("    [Whereupon, at 11:42 a.m., the hearing was adjourned.]")

header = """
                                                        S. Hrg. 118-412

           RANGE CAPACITY AND THE COMMERCIAL LAUNCH CADENCE

=======================================================================

                                HEARING

                              before the

             SUBCOMMITTEE ON LAUNCH AND RANGE INFRASTRUCTURE

                                 of the

                COMMITTEE ON SCIENCE AND SPACE COMMERCE
                          UNITED STATES SENATE

                    ONE HUNDRED EIGHTEENTH CONGRESS

                             SECOND SESSION

                               __________

                            OCTOBER 16, 2024

                               __________

                                             Washington, DC.
    The Subcommittee met, pursuant to notice, at 10 a.m., in room
SR-253, Russell Senate Office Building, Hon. Adaeze Okonjo,
Chair of the Subcommittee, presiding.
    Present: Senators Okonjo [presiding], Halversen, and Pereira.

         OPENING STATEMENT OF HON. ADAEZE OKONJO, U.S. SENATOR

"""

pre = esc(header + "\n".join(out) + "\n")

page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Range Capacity and the Commercial Launch Cadence | Senate Committee on Science and Space Commerce</title>
<link rel="stylesheet" href="https://www.spacecommerce.senate.gov/themes/committee/css/main.css">
<style>
 .hearing-transcript pre{font-family:"Courier New",monospace;font-size:13px;background:#fbfbf8;border:1px solid #ddd;padding:12px;overflow-x:auto}
 .witness-list li{margin-bottom:.6em}
 .usa-banner{background:#f0f0f0;font-size:12px;padding:4px 12px}
</style>
</head>
<body>
<div class="usa-banner">An official website of the United States government</div>
<header class="committee-header">
  <a class="seal" href="https://www.spacecommerce.senate.gov/"><img src="https://www.spacecommerce.senate.gov/themes/committee/images/seal.png" alt="Committee seal" width="64" height="64"> Committee on Science and Space Commerce</a>
  <nav class="main-nav">
    <a href="https://www.spacecommerce.senate.gov/">Home</a>
    <a href="https://www.spacecommerce.senate.gov/hearings">Hearings</a>
    <a href="https://www.spacecommerce.senate.gov/legislation">Legislation</a>
    <a href="https://www.spacecommerce.senate.gov/subcommittees">Subcommittees</a>
    <a href="https://www.spacecommerce.senate.gov/press">Press</a>
  </nav>
</header>
<main class="container">
  <p class="breadcrumb"><a href="https://www.spacecommerce.senate.gov/hearings">Hearings</a> / Subcommittee on Launch and Range Infrastructure</p>
  <h1>Range Capacity and the Commercial Launch Cadence</h1>
  <p class="hearing-meta">Subcommittee Hearing &middot; Wednesday, October 16, 2024 &middot; 10:00 AM &middot; SR-253 Russell Senate Office Building</p>
  <section class="hearing-video"><h2>Hearing video</h2><div class="video"><iframe src="https://www.senate.gov/isvp/?comm=spacecommerce&amp;filename=spc101624" width="640" height="360" title="Hearing video"></iframe></div></section>
  <section class="witness-list">
    <h2>Witnesses</h2>
    <ul>
      <li><strong>Mr. Elon Musk</strong><br>Chief Engineer, Space Exploration Technologies Corp.<br><a href="https://www.spacecommerce.senate.gov/download/musk-testimony-10-16-24">Testimony (PDF)</a></li>
      <li><strong>Ms. Renata D&aacute;vila</strong><br>President, Coalition for Launch Safety<br><a href="https://www.spacecommerce.senate.gov/download/davila-testimony-10-16-24">Testimony (PDF)</a></li>
    </ul>
  </section>
  <section class="hearing-transcript">
    <h2>Hearing transcript</h2>
    <p>[Senate Hearing 118-412] [From the U.S. Government Publishing Office]</p>
<pre>{{PRE}}</pre>
  </section>
</main>
<footer class="committee-footer">
  <p>Committee on Science and Space Commerce &middot; 254 Russell Senate Office Building &middot; Washington, DC 20510</p>
  <p><a href="https://www.spacecommerce.senate.gov/privacy">Privacy</a> &middot; <a href="https://www.spacecommerce.senate.gov/accessibility">Accessibility</a></p>
</footer>
<script src="https://www.spacecommerce.senate.gov/themes/committee/js/main.js" defer></script>
</body>
</html>
""".replace("{{PRE}}", pre)

write("m08_senate-hearing", page, g)
