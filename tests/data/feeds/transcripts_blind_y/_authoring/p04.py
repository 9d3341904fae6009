import textwrap
from common import *

SHOW = "U.S. Senate Subcommittee on Space and Science"

LABEL = {"C": "The Chairman", "A": "Senator Alvarado", "B": "Senator Brennan", "W": "Senator Whitcomb", "M": "Mr. Musk"}

SEGS = [
    ("C", ["Good morning. The Subcommittee will come to order. Today we examine whether the Federal licensing process for commercial launch and reentry keeps pace with an industry that now flies more often in a month than the entire Nation flew in a year a decade ago.",
           "We are joined by Mr. Elon Musk. Mr. Musk, your full written testimony will be made part of the record. You are recognized for five minutes."]),
    ("M", ["Thank you, Mr. Chairman, Ranking Member Alvarado, and members of the Subcommittee. I appreciate the opportunity to be here.",
           "I want to make one point today, and it is a simple one. The rules we operate under were written for a world in which a launch was a rare event. Each license modification can take months, even when the change is minor, such as moving a vent or changing a trajectory by a fraction of a degree. We are not asking for less safety. We are asking for a process that can review a small change in days rather than months.",
           "I look forward to your questions."]),
    ("C", ["Thank you, Mr. Musk. Senator Alvarado."]),
    ("A", ["Thank you, Mr. Chairman. Mr. Musk, in 2021 you told this Committee's staff, and I quote, ``The public will never be put at risk by anything we fly,'' end quote. Since then there have been two debris events that landed outside the hazard area. How do you reconcile those?"]),
    ("M", ["Senator, both events were investigated, and in both cases the debris landed in areas that were cleared of people. The hazard area was drawn conservatively, and the debris was outside the inner line but inside the outer one. We made changes after each event, and we shared the findings with the FAA before we flew again."]),
    ("A", ["But you would agree the statement was, at best, optimistic."]),
    ("M", ["I would agree it was a statement of intent, and that we hold ourselves to it."]),
    ("A", ["Did the company pay any fines in connection with either event?"]),
    ("M", ["No."]),
    ("C", ["Senator Brennan."]),
    ("B", ["Thank you. Mr. Musk, you have proposed that operators be allowed to self-certify minor modifications. Who decides what is minor?"]),
    ("M", ["The FAA would decide, in advance, by category. For example, a change that moves the predicted impact point by less than some distance, or a change in a component that does not affect the flight termination system. Those categories would be written into the rule. If the change falls outside them, it goes through the normal process."]),
    ("B", ["And you'd accept an audit requirement on those self-certifications?"]),
    ("M", ["Yes. Absolutely."]),
    ("C", ["Senator Whitcomb."]),
    ("W", ["Mr. Musk, a constituent of mine, a fisherman out of Port Isabel, tells me that, quote, ``Musk said the beach closures would be a few days a year.'' He counts more than forty this year. Is that correct?"]),
    ("M", ["I don't have the exact count in front of me, Senator, but I will get it to you. I do think the number is higher than we projected, and I think we owe the community a better schedule and more notice."]),
    ("W", ["I would appreciate that in writing."]),
    ("M", ["Correct, we will provide it in writing."]),
    ("C", ["Thank you. The record will remain open for two weeks for additional questions. The hearing is adjourned."]),
]


def wrap(label, paras):
    out = []
    for i, p in enumerate(paras):
        text = ("%s. %s" % (label, p)) if i == 0 else p
        out.append(textwrap.fill(text, width=70, initial_indent="    ", subsequent_indent=""))
    return "\n\n".join(out)


def build():
    g = Gold(SHOW, "GPO-style Senate hearing record in one <pre> block; turns begin with an indented 'Mr. Musk.' / 'Senator X.' label ending in a period, lines hard-wrapped at 70 columns; no timestamps.")
    chunks = []
    for who, paras in SEGS:
        if who == "M":
            g.add(None, paras[0], len(paras) > 1)
        else:
            g.other(LABEL[who])
        chunks.append(wrap(LABEL[who], paras))
        if who == "C" and paras[0].startswith("Good morning"):
            chunks.append("     STATEMENT OF ELON MUSK, CHIEF ENGINEER AND CHIEF EXECUTIVE\n        OFFICER, SPACE EXPLORATION TECHNOLOGIES CORP., STARBASE, TEXAS")
    body = esc("\n\n".join(chunks))
    page = """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title> - COMMERCIAL LAUNCH AND REENTRY LICENSING: KEEPING PACE WITH CADENCE</title>
<meta name="DC.title" content="S. Hrg. 119-142 - COMMERCIAL LAUNCH AND REENTRY LICENSING: KEEPING PACE WITH CADENCE">
<meta name="DC.publisher" content="U.S. Government Publishing Office">
</head>
<body>
<pre>
[Senate Hearing 119-142]
[From the U.S. Government Publishing Office]



                                                        S. Hrg. 119-142

       COMMERCIAL LAUNCH AND REENTRY LICENSING: KEEPING PACE WITH CADENCE

=======================================================================

                                HEARING

                               before the

                   SUBCOMMITTEE ON SPACE AND SCIENCE

                                 of the

                         COMMITTEE ON COMMERCE,
                      SCIENCE, AND TRANSPORTATION
                          UNITED STATES SENATE

                    ONE HUNDRED NINETEENTH CONGRESS

                             FIRST SESSION

                               __________

                              MAY 14, 2025

                               __________

    Printed for the use of the Committee on Commerce, Science, and
                             Transportation


                                 ______

                    U.S. GOVERNMENT PUBLISHING OFFICE
                           WASHINGTON : 2025


                            C O N T E N T S

                              ----------
                                                                   Page
Hearing held on May 14, 2025.....................................     1
Statement of Senator Halvorsen...................................     1
Statement of Senator Alvarado....................................     3
Statement of Senator Brennan.....................................    12
Statement of Senator Whitcomb....................................    15

                               Witnesses

Musk, Elon, Chief Engineer and Chief Executive Officer, Space
  Exploration Technologies Corp..................................     4
    Prepared statement...........................................     6

                                Appendix

Response to written questions submitted to Elon Musk by:
    Hon. Maria Alvarado..........................................    31
    Hon. Thomas Whitcomb.........................................    33


       COMMERCIAL LAUNCH AND REENTRY LICENSING: KEEPING PACE WITH CADENCE

                              ----------


                         WEDNESDAY, MAY 14, 2025

                                       U.S. Senate,
                         Subcommittee on Space and Science,
        Committee on Commerce, Science, and Transportation,
                                                    Washington, DC.
    The Subcommittee met, pursuant to notice, at 10:02 a.m., in room
SR-253, Russell Senate Office Building, Hon. Erik Halvorsen,
Chairman of the Subcommittee, presiding.
    Present: Senators Halvorsen [presiding], Alvarado, Brennan, and
Whitcomb.

          OPENING STATEMENT OF HON. ERIK HALVORSEN, U.S. SENATOR
                             FROM MINNESOTA

%s

    [Whereupon, at 11:47 a.m., the hearing was adjourned.]

                            A P P E N D I X

   Response to Written Question Submitted by Hon. Maria Alvarado to
                               Elon Musk
    Question. Please provide the number of beach access closures at
Boca Chica in calendar year 2024 and the notice given for each.
    Answer. [The information referred to was not available at the time
of printing.]

                                  [all]
</pre>
</body>
</html>
""" % body
    return g.write("y04_senate_hearing_record", page)


if __name__ == "__main__":
    build()
