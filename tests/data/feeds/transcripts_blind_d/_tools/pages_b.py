from common import T, M, E, A, save, hms, short, mmss, wrap, hms_srt


# ---------------------------------------------------------------- 8 Senate hearing (GPO <pre>)
def hearing():
    turns = [
        T('The Chairman.', None, "Good morning. The Committee will come to order. Today we examine the state of American leadership in space and the challenge posed by the rapid growth of the People's Republic of China's civil, commercial and military space programs. We are joined by two witnesses. I will introduce them and then turn to the Ranking Member for her opening statement. Mr. Musk, you are recognized for five minutes."),
        M('Mr. Musk.', None, "Thank you, Chairman Hargrove, Ranking Member Okafor, and members of the Committee. I appreciate the opportunity to testify.",
          "The most important fact about the launch market today is that the United States still leads by a wide margin in the mass we put into orbit each year. That lead is not permanent. China has a clear national strategy, substantial funding, and a growing number of commercial companies that are working on reusable rockets.",
          "If the United States wants to keep its lead, the single most useful thing Congress can do is to make the licensing process faster and more predictable. We often spend more time waiting for paperwork than building hardware."),
        T('The Chairman.', None, "Thank you. Dr. Ortiz."),
        T('Dr. Ortiz.', None, "Thank you, Mr. Chairman. I want to emphasize one point in my written testimony: China's progress is not only about launch. It is about the entire ecosystem, from satellite manufacturing to ground stations to lunar exploration. We should measure ourselves against all of it."),
        T('The Chairman.', None, "Mr. Musk, how would you characterize China's progress on reusable launch vehicles?"),
        M('Mr. Musk.', None, "They're making rapid progress. Several Chinese companies have flown hop tests, and I would expect at least one of them to land an orbital-class booster within the next year or two. They are good at learning from what we have done publicly."),
        T('Senator Okafor.', None, "Mr. Musk, will you commit to providing the Committee with the launch cadence data we discussed with your staff?"),
        M('Mr. Musk.', None, "Yes."),
        T('Senator Okafor.', None, "Dr. Ortiz has argued that we should measure the whole ecosystem, not just launch. Mr. Musk, do you agree?"),
        M('Mr. Musk.', None, "Mostly. Launch is the foundation, because if you can't get mass to orbit cheaply, nothing else matters. But satellite manufacturing at scale is also critical, and China has been building that capability very deliberately."),
        T('Senator Lindgren.', None, "Thank you, Mr. Chairman. Mr. Musk, does SpaceX rely on any suppliers based in China?"),
        M('Mr. Musk.', None, "No, Senator. SpaceX does not use Chinese suppliers for flight hardware, and we comply fully with ITAR."),
        T('Senator Lindgren.', None, "And Tesla? Tesla has a very large factory in Shanghai."),
        M('Mr. Musk.', None, "Tesla is a different company in a different situation. Tesla builds cars in China for the Chinese market and for export, and it complies with the laws of every country where it operates. There is no sharing of technology between SpaceX and Tesla's China operations."),
        T('The Chairman.', None, "Thank you both. The record will remain open for two weeks for questions for the record. This hearing is adjourned."),
        M('Mr. Musk.', None, "Thank you, Mr. Chairman."),
    ]
    lines = []
    for i, t in enumerate(turns):
        lines.append(wrap(t.paras[0], width=70, first='    ' + t.spk + ' ', indent=''))
        for p in t.paras[1:]:
            lines.append(wrap(p, width=70, first='    ', indent=''))
        if i == 0:
            lines.append("""
    STATEMENT OF ELON MUSK, CHIEF EXECUTIVE OFFICER AND CHIEF
    TECHNOLOGY OFFICER, SPACE EXPLORATION TECHNOLOGIES CORP.
""".rstrip('\n'))
        if i == 1:
            lines.append("    [The prepared statement of Mr. Musk appears in the Appendix.]")
        if i == 2:
            lines.append("""
     STATEMENT OF DR. LENA ORTIZ, DIRECTOR, CENTER FOR SPACE POLICY
                       AND STRATEGY, GEORGETOWN RIDGE INSTITUTE
""".rstrip('\n'))
    body = E("\n\n".join(lines))
    head = """[Senate Hearing 119-84]
[From the U.S. Government Publishing Office]



                                                         S. Hrg. 119-84

             SPACE LEADERSHIP AND THE CHALLENGE FROM CHINA

=======================================================================

                                HEARING

                               before the

                  COMMITTEE ON COMMERCE, SCIENCE, AND
                             TRANSPORTATION
                          UNITED STATES SENATE

                    ONE HUNDRED NINETEENTH CONGRESS

                             FIRST SESSION

                               __________

                             APRIL 9, 2025

                               __________

    Printed for the use of the Committee on Commerce, Science, and
                             Transportation


                            C O N T E N T S

                              ----------
                                                                   Page
Hearing held on April 9, 2025....................................     1
Statement of Senator Hargrove....................................     1
Statement of Senator Okafor......................................     3
Statement of Senator Lindgren....................................    14

                               Witnesses

Elon Musk, Chief Executive Officer and Chief Technology Officer,
  Space Exploration Technologies Corp............................     4
    Prepared statement...........................................     6
Dr. Lena Ortiz, Director, Center for Space Policy and Strategy,
  Georgetown Ridge Institute.....................................     8
    Prepared statement...........................................     9

                                Appendix

Response to written questions submitted to Elon Musk by:
    Hon. Dale Hargrove...........................................    31
    Hon. Amara Okafor............................................    33


             SPACE LEADERSHIP AND THE CHALLENGE FROM CHINA

                              ----------


                        WEDNESDAY, APRIL 9, 2025

                                       U.S. Senate,
        Committee on Commerce, Science, and Transportation,
                                                    Washington, DC.
    The Committee met, pursuant to notice, at 10:02 a.m., in room
SR-253, Russell Senate Office Building, Hon. Dale Hargrove, Chairman
of the Committee, presiding.
    Present: Senators Hargrove [presiding], Okafor, Lindgren, Baptiste,
and Whitcomb.

            OPENING STATEMENT OF HON. DALE HARGROVE,
                  U.S. SENATOR FROM WYOMING

"""
    tail = """

    [Whereupon, at 11:48 a.m., the hearing was adjourned.]

                            A P P E N D I X

    [Responses to written questions are printed in the committee
record and are available on the Committee's website.]

                                  [all]
"""
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>- SPACE LEADERSHIP AND THE CHALLENGE FROM CHINA</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="dc.title" content="S. Hrg. 119-84 - SPACE LEADERSHIP AND THE CHALLENGE FROM CHINA">
<meta name="dc.publisher" content="U.S. Government Publishing Office">
<meta name="dc.date" content="2025-04-09">
<meta name="citation_title" content="SPACE LEADERSHIP AND THE CHALLENGE FROM CHINA">
<link rel="canonical" href="https://www.govinfo.gov/content/pkg/CHRG-119shrg58831/html/CHRG-119shrg58831.htm">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"GovernmentPermit","name":"S. Hrg. 119-84","provider":{{"@type":"GovernmentOrganization","name":"U.S. Government Publishing Office"}}}}</script>
<style>body{{font-family:monospace;margin:1em}}.gpo-banner{{font-family:sans-serif;font-size:13px;background:#112e51;color:#fff;padding:6px 10px}}.gpo-banner a{{color:#fff}}</style>
<script src="https://www.govinfo.gov/app/js/uswds-init.min.js"></script>
</head>
<body>
<div class="gpo-banner" role="banner"><img src="https://www.govinfo.gov/app/assets/us_flag_small.png" alt="U.S. flag" width="16" height="11"> An official website of the United States government · <a href="https://www.govinfo.gov/">govinfo</a> · <a href="https://www.govinfo.gov/app/collection/chrg">Congressional Hearings</a> · <a href="https://www.govinfo.gov/content/pkg/CHRG-119shrg58831/pdf/CHRG-119shrg58831.pdf">PDF</a> · <a href="https://www.govinfo.gov/app/details/CHRG-119shrg58831">Details</a></div>
<pre>
{E(head)}{body}{E(tail)}</pre>
<div class="gpo-banner"><a href="https://www.govinfo.gov/about/policies">Policies</a> · <a href="https://www.govinfo.gov/privacy-policy">Privacy</a> · <a href="https://www.govinfo.gov/accessibility">Accessibility</a> · <a href="https://www.govinfo.gov/help">Help</a></div>
</body>
</html>
"""
    return save('senate_hearing_gpo', page,
                "US Senate hearing record (govinfo) as plain text in <pre>, hard-wrapped; speaker labels 'Mr. Musk.' / 'The Chairman.' / 'Senator Okafor.' ending with a period, then the text; continuation paragraphs indented with no label; contents/witness list and statement headings mentioning Elon Musk are not turns",
                "U.S. Senate Committee on Commerce, Science, and Transportation (S. Hrg. 119-84)", turns,
                ["The Chairman.", "Dr. Ortiz.", "Senator Okafor.", "Senator Lindgren."])


# ---------------------------------------------------------------- 9 Earnings call
def earnings():
    turns = [
        T('Operator', None, "Good afternoon, everyone, and welcome to Tesla's fourth quarter 2024 Q&A webcast. My name is Ellie, and I'll be your operator today. All lines are in listen-only mode. I would now like to turn the call over to Travis Axelrod, Head of Investor Relations. Please go ahead."),
        T('Travis Axelrod -- Head of Investor Relations', None, "Thank you, and good afternoon, everyone. With me today are Elon Musk, Vaibhav Taneja and a number of other executives. Our Q4 results were announced at about 3 p.m. Central Time in the update deck we published at the same link as this webcast. During this call, we will discuss our business outlook and make forward-looking statements. These comments are based on our predictions and expectations as of today. With that, I'll turn it over to Elon for some opening remarks."),
        M('Elon Musk -- Chief Executive Officer', None, "Thanks, Travis. So, 2024 was a year of laying the groundwork for what I think will be an epic 2025 and beyond.",
          "In China, Giga Shanghai had another record year of production, and the team there continues to be outstanding. The Megafactory in Shanghai started production in the first quarter, which was faster than anyone expected, and that will meaningfully increase our energy storage output.",
          "On autonomy, we are making good progress on supervised FSD in China. It's more complicated there because the data needs to stay in the country, but the team is working through it with the regulators."),
        T('Vaibhav Taneja -- Chief Financial Officer', None, "Thank you, Elon. Revenue for the quarter was up year over year, driven by record deliveries and strong growth in energy storage. Our operating margin was impacted by lower average selling prices, partially offset by cost reductions."),
        T('Travis Axelrod -- Head of Investor Relations', None, "Thank you. We'll now begin with questions from retail investors submitted through Say. The first question: Elon, when will FSD be available to customers in China?"),
        M('Elon Musk -- Chief Executive Officer', None, "We've received partial approval. We're hoping to get full approval this year. The main challenge is that we can't easily train on data from China outside of China, so we're setting up local training capability."),
        T('Travis Axelrod -- Head of Investor Relations', None, "Thank you. Let's go to analyst questions. Operator?"),
        T('Operator', None, "Thank you. Our first question comes from Adam Greer with Halvorsen Capital. Your line is open."),
        T('Adam Greer -- Halvorsen Capital -- Analyst', None, "Thanks for taking my question. Elon, on the last call you said, quote, \"China is the most competitive market in the world, and we intend to win there,\" end quote. Given the price war, has anything changed in how you think about that market?"),
        M('Elon Musk -- Chief Executive Officer', None, "No, I think that's still right. It's extremely competitive. The Chinese automakers are very good and very fast, so we have to be better and faster. Our advantage long term is autonomy and manufacturing technology, not price."),
        T('Adam Greer -- Halvorsen Capital -- Analyst', None, "That's helpful. Thanks, I'll hop back in the queue."),
        M('Elon Musk -- Chief Executive Officer', None, "Thanks, Adam."),
        T('Operator', None, "Our next question comes from Mei Tan with Orchard Securities. Your line is open."),
        T('Mei Tan -- Orchard Securities -- Analyst', None, "Hi, thank you. On energy storage: a large share of LFP cells for Megapack still come from China. How exposed are you to the new tariffs, and what's the plan?"),
        T('Vaibhav Taneja -- Chief Financial Officer', None, "Thanks, Mei. We do have exposure through our cell supply for energy storage, and we've reflected the current tariff environment in our outlook. We're also working to diversify supply."),
        M('Elon Musk -- Chief Executive Officer', None, "Yeah, and just to add to that, we're building our own LFP cell lines in Nevada. Ideally, the tariffs matter less and less over time as that ramps."),
        T('Operator', None, "That concludes our question-and-answer session. I'll turn the call back to management for closing remarks."),
        M('Elon Musk -- Chief Executive Officer', None, "Thanks, everyone. I want to thank the Tesla team around the world for an incredible year, especially the teams in Shanghai, Berlin, Austin and Fremont. We'll see you next quarter."),
        T('Operator', None, "Ladies and gentlemen, this concludes today's call. You may now disconnect."),
    ]
    parts = []
    for t in turns:
        if ' -- ' in t.spk:
            bits = t.spk.split(' -- ')
            lab = f"<strong>{E(bits[0])}</strong> -- " + " -- ".join(f"<em>{E(b)}</em>" for b in bits[1:])
        else:
            lab = f"<strong>{E(t.spk)}</strong>"
        parts.append(f"<p>{lab}</p>")
        for p in t.paras:
            parts.append(f"<p>{E(p)}</p>")
    prepared_end = 4  # index of Travis's Q&A intro
    # split into prepared remarks / Q&A sections
    html_turns = []
    idx = 0
    for i, t in enumerate(turns):
        if i == prepared_end:
            html_turns.append('<h2 id="qa">Questions &amp; Answers:</h2>')
        if ' -- ' in t.spk:
            bits = t.spk.split(' -- ')
            lab = f"<strong>{E(bits[0])}</strong> -- " + " -- ".join(f"<em>{E(b)}</em>" for b in bits[1:])
        else:
            lab = f"<strong>{E(t.spk)}</strong>"
        html_turns.append(f"<p>{lab}</p>")
        for p in t.paras:
            html_turns.append(f"<p>{E(p)}</p>")
    body = "\n".join(html_turns)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tesla (TSLA) Q4 2024 Earnings Call Transcript | The Dividend Desk</title>
<meta name="description" content="TSLA earnings call for the period ending December 31, 2024.">
<meta property="og:title" content="Tesla (TSLA) Q4 2024 Earnings Call Transcript">
<meta property="og:type" content="article">
<meta name="author" content="Dividend Desk Transcribing">
<link rel="canonical" href="https://www.dividenddesk.com/earnings/call-transcripts/2025/01/29/tesla-tsla-q4-2024-earnings-call-transcript/">
<link rel="stylesheet" href="https://www.dividenddesk.com/static/dist/css/article.8d1f2e.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tesla (TSLA) Q4 2024 Earnings Call Transcript","datePublished":"2025-01-30T01:12:00Z","author":{{"@type":"Organization","name":"Dividend Desk Transcribing"}},"about":{{"@type":"Corporation","name":"Tesla","tickerSymbol":"NASDAQ: TSLA"}}}}</script>
<script>var ddConfig = {{"ticker":"TSLA","pageType":"transcript","ads":true}};</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="article-page transcript-page">
<div id="cookie-consent" class="consent-bar">This website uses cookies to deliver our services and to analyze traffic. <a href="/legal/privacy-statement/">Privacy</a> <button id="consent-accept">Got it</button></div>
<header class="site-header">
  <a href="/" class="site-logo">The Dividend Desk</a>
  <nav class="site-nav"><a href="/investing/">Investing</a> <a href="/stock-market/">Stock Market</a> <a href="/earnings/">Earnings</a> <a href="/retirement/">Retirement</a> <a href="/premium/">Premium Services</a></nav>
  <form class="ticker-search" action="/search/"><input type="search" name="q" placeholder="Search tickers"></form>
</header>
<main class="article-container">
<div class="ticker-bar"><span class="ticker-name">Tesla</span> <span class="ticker-symbol">NASDAQ: TSLA</span> <span class="ticker-price">$389.10</span> <span class="ticker-change neg">-1.2%</span></div>
<article class="article-body">
<h1>Tesla (TSLA) Q4 2024 Earnings Call Transcript</h1>
<div class="author-byline">By <a href="/author/transcribing/">Dividend Desk Transcribing</a> – Jan 29, 2025 at 8:12PM</div>
<div class="article-content">
<p><strong>TSLA earnings call for the period ending December 31, 2024.</strong></p>
<figure class="ticker-chart"><img src="https://g.dividenddesk.com/charts/TSLA-1y.png" alt="Tesla stock chart"><figcaption>Tesla (TSLA) one-year price</figcaption></figure>
<h2 id="date-time">Tesla (TSLA) Q4 2024 Earnings Call - 5:30 p.m. ET, January 29, 2025</h2>
<h2>Contents:</h2>
<ul><li><a href="#prepared-remarks">Prepared Remarks</a></li><li><a href="#qa">Questions and Answers</a></li><li><a href="#participants">Call Participants</a></li></ul>
<h2 id="prepared-remarks">Prepared Remarks:</h2>
{body}
<p>Duration: 58 minutes</p>
<h2 id="participants">Call participants:</h2>
<p><strong>Travis Axelrod</strong> -- <em>Head of Investor Relations</em></p>
<p><strong>Elon Musk</strong> -- <em>Chief Executive Officer</em></p>
<p><strong>Vaibhav Taneja</strong> -- <em>Chief Financial Officer</em></p>
<p><strong>Adam Greer</strong> -- <em>Halvorsen Capital -- Analyst</em></p>
<p><strong>Mei Tan</strong> -- <em>Orchard Securities -- Analyst</em></p>
<p><a href="/quote/nasdaq/tsla/">More TSLA analysis</a></p>
<p><em>All earnings call transcripts</em></p>
<p class="disclaimer">This article is a transcript of this conference call produced for The Dividend Desk. While we strive for our Foolproof Best, there may be errors, omissions, or inaccuracies in this transcript. As with all our articles, The Dividend Desk does not assume any responsibility for your use of this content, and we strongly encourage you to do your own research, including listening to the call yourself and reading the company's SEC filings.</p>
</div>
</article>
<aside class="related"><h3>Related Articles</h3><ul><li><a href="/investing/2025/01/30/tesla-earnings-what-investors-need-to-know/">Tesla Earnings: 3 Things Investors Need to Know</a></li><li><a href="/investing/2025/01/30/musk-china-fsd/">Elon Musk: FSD in China Is Coming “This Year.” Is It?</a></li><li><a href="/investing/2025/01/28/byd-vs-tesla/">BYD vs. Tesla: Which EV Stock Is the Better Buy?</a></li></ul></aside>
</main>
<footer class="site-footer"><p>&copy;1995 - 2025 The Dividend Desk. All rights reserved. <a href="/legal/terms-and-conditions/">Terms of Use</a> · <a href="/legal/privacy-statement/">Privacy Policy</a> · <a href="/legal/accessibility/">Accessibility</a></p><p>Market data powered by Xignite.</p></footer>
<script src="https://www.dividenddesk.com/static/dist/js/article.3a9b7c.js" defer></script>
</body>
</html>
"""
    return save('earnings_call_tsla_q4', page,
                "Earnings-call transcript (Motley-Fool style): speaker line '<strong>Name</strong> -- <em>Title</em>' (analysts 'Name -- Firm -- Analyst') on its own <p>, text in the following <p>s; Operator introduces analysts; analyst quotes Musk; 'Call participants' list at the end is not a turn",
                "Tesla Q4 2024 earnings call (The Dividend Desk)", turns,
                ["Operator", "Travis Axelrod -- Head of Investor Relations", "Vaibhav Taneja -- Chief Financial Officer", "Adam Greer -- Halvorsen Capital -- Analyst", "Mei Tan -- Orchard Securities -- Analyst"])


# ---------------------------------------------------------------- 10 Keynote fireside (dl, time after text, Elon Gold)
def keynote():
    turns = [
        T('Elon Gold, Comedian & Master of Ceremonies', 5, "Good morning, FutureMobility! How are we doing? Before anyone asks: yes, my name is also Elon. No, I do not have a rocket. I have a 2011 Honda Odyssey, and it does not land itself."),
        T('Elon Gold', 100, "Our next session is the one you've all been waiting for. Please welcome our chair, Priya Raman, and the other Elon, Elon Musk!"),
        T('Priya Raman, Chair, FutureMobility Summit', 130, "Elon, welcome. Let's start with autonomy in China. Where are things?"),
        M('Elon Musk, CEO, Tesla', 138, "Thanks for having me. So, FSD in China is more complicated than in the US, mostly because of data rules. We've got approval for some features and we're working with regulators on the rest. I'm optimistic about this year."),
        T('Raman', 242, "Data localization has been a sticking point. How do you handle it?"),
        M('Musk', 249, "Right. Data generated in China stays in China. We've built training capacity locally for that reason. I think that's a reasonable rule, honestly, and other countries will probably adopt similar rules."),
        T('Raman', 390, "Will we see Tesla robotaxis in Shanghai?"),
        M('Musk', 395, "Eventually, yes. The first cities will be in the US, but China is a natural market for robotaxis. The cities are dense, and people are very comfortable with new technology."),
        T('Raman', 540, "Okay, lightning round. Favorite Chinese EV that isn't a Tesla?"),
        M('Musk', 544, "The Xiaomi car is pretty impressive. They did a good job."),
        T('Raman', 550, "Best city to drive in?"),
        M('Musk', 552, "Austin."),
        T('Audience member', 601, "Hi, I work on battery materials. Do you think sodium-ion will matter for cars, given how fast CATL and BYD are moving on it?"),
        M('Musk', 614, "For stationary storage and cheaper cars, yes, it'll probably matter. For long-range cars, lithium will still dominate for a while. The Chinese battery companies are excellent, by the way. CATL is a very impressive company."),
        T('Elon Gold', 760, "Ladies and gentlemen, Elon Musk! The other Elon will be here all week. Try the veal. Coffee is in the hall, sessions resume at eleven."),
    ]
    parts = []
    for t in turns:
        ts = f' <span class="ts">[{hms(t.t)}]</span>'
        parts.append(f'  <dt>{E(t.spk)}</dt>\n  <dd><p>{E(t.paras[0])}{ts}</p></dd>')
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Day 2 Keynote: Fireside Chat with Elon Musk — Transcript | FutureMobility Summit 2025</title>
<meta name="description" content="Full transcript of the Day 2 keynote fireside chat with Elon Musk at FutureMobility Summit 2025, Singapore.">
<meta property="og:title" content="Day 2 Keynote: Fireside Chat with Elon Musk">
<meta property="og:image" content="https://futuremobilitysummit.com/wp-content/uploads/2025/05/day2-keynote.jpg">
<link rel="stylesheet" id="fms-theme-css" href="https://futuremobilitysummit.com/wp-content/themes/fms2025/style.css?ver=2.4.1" media="all">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Event","name":"FutureMobility Summit 2025","startDate":"2025-05-20","endDate":"2025-05-22","location":{{"@type":"Place","name":"Marina Convention Centre","address":"Singapore"}},"performer":[{{"@type":"Person","name":"Elon Musk"}},{{"@type":"Person","name":"Elon Gold"}}]}}</script>
<script id="fms-analytics" src="https://futuremobilitysummit.com/wp-content/plugins/fms-analytics/track.js?ver=1.0" defer></script>
</head>
<body class="page-template page-template-session-transcript">
<div class="announcement-bar">Early-bird tickets for FutureMobility 2026 are live. <a href="/tickets">Get yours</a></div>
<header class="site-header">
  <a class="brand" href="/"><img src="/wp-content/uploads/fms-logo.svg" alt="FutureMobility Summit"></a>
  <nav class="main-nav"><ul><li><a href="/agenda">Agenda</a></li><li><a href="/speakers">Speakers</a></li><li><a href="/sessions" class="current">Sessions &amp; Video</a></li><li><a href="/partners">Partners</a></li><li><a href="/press">Press</a></li><li><a href="/tickets" class="btn">Tickets</a></li></ul></nav>
</header>
<main class="session">
  <nav class="crumbs"><a href="/sessions">Sessions</a> / <a href="/sessions/day-2">Day 2</a> / Keynote</nav>
  <h1>Day 2 Keynote: Fireside Chat with Elon Musk</h1>
  <ul class="session-meta"><li>21 May 2025, 09:30 SGT</li><li>Main Stage, Hall A</li><li>Moderator: Priya Raman</li><li>MC: Elon Gold</li></ul>
  <div class="video-wrap"><iframe src="https://player.vimeo.com/video/1088123456?h=4f2a1c" width="960" height="540" allow="autoplay; fullscreen" title="Day 2 Keynote"></iframe></div>
  <section class="speakers-strip">
    <div class="speaker-card"><img src="/wp-content/uploads/speakers/elon-musk.jpg" alt=""><h3>Elon Musk</h3><p>CEO, Tesla; CEO &amp; CTO, SpaceX</p></div>
    <div class="speaker-card"><img src="/wp-content/uploads/speakers/priya-raman.jpg" alt=""><h3>Priya Raman</h3><p>Chair, FutureMobility Summit</p></div>
    <div class="speaker-card"><img src="/wp-content/uploads/speakers/elon-gold.jpg" alt=""><h3>Elon Gold</h3><p>Comedian, MC</p></div>
  </section>
  <section class="transcript">
    <h2>Transcript</h2>
    <p class="transcript-note">This transcript was produced from the session recording and edited for readability. The time code after each passage marks where that passage begins in the video.</p>
    <dl class="session-transcript">
{body}
    </dl>
  </section>
  <section class="more-sessions">
    <h2>More from Day 2</h2>
    <ul>
      <li><a href="/sessions/day-2/charging-asean">Panel: Building a charging network across ASEAN</a></li>
      <li><a href="/sessions/day-2/battery-supply-chains">Battery supply chains after the tariff wars</a></li>
      <li><a href="/sessions/day-2/closing-comedy">Closing set: Elon Gold</a></li>
    </ul>
  </section>
</main>
<footer class="site-footer">
  <div class="footer-cols"><div><h4>FutureMobility Summit</h4><p>Marina Convention Centre, Singapore</p></div><div><h4>Follow</h4><a href="https://www.linkedin.com/company/futuremobility">LinkedIn</a> <a href="https://x.com/futuremob">X</a> <a href="https://www.youtube.com/@futuremobility">YouTube</a></div></div>
  <p class="copy">© 2025 FutureMobility Events Pte. Ltd. · <a href="/privacy">Privacy</a> · <a href="/code-of-conduct">Code of conduct</a></p>
</footer>
<div id="cookie-notice" role="dialog" aria-live="polite"><span>We use cookies to improve your experience.</span> <a href="#" class="cn-set-cookie" data-cookie-set="accept">Ok</a> <a href="/privacy" class="cn-more-info">Privacy policy</a></div>
<script src="https://futuremobilitysummit.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</body>
</html>
"""
    return save('keynote_fireside_fms', page,
                "Conference session page; <dl> with <dt> speaker label (first with role: 'Elon Musk, CEO, Tesla', then 'Musk') and <dd> text; time code [hh:mm:ss] AFTER the text marks where the passage begins; MC 'Elon Gold' is a different person (not his turns)",
                "FutureMobility Summit 2025", turns,
                ["Elon Gold, Comedian & Master of Ceremonies", "Elon Gold", "Priya Raman, Chair, FutureMobility Summit", "Raman", "Audience member"])


# ---------------------------------------------------------------- 11 NetEase 实录
def netease():
    turns = [
        T('主持人', None, "马斯克先生，欢迎再次来到上海。这是您今年第二次来中国了吧？"),
        M('埃隆·马斯克', None, "是的，谢谢。很高兴再次来到上海。上海超级工厂是我们全球效率最高的工厂，这里的团队非常出色，每次来我都能学到新东西。"),
        T('主持人', None, "现在比亚迪、小米、理想等中国品牌发展很快，特斯拉在中国的竞争压力越来越大。您怎么看？"),
        M('马斯克', None, "我一直说，中国的汽车公司是世界上最有竞争力的汽车公司。他们工作非常努力，也非常聪明。",
          "竞争对消费者是好事，对我们也是好事，它逼着我们做出更好的产品。"),
        T('主持人', None, "所以您认为竞争是好事？"),
        M('马斯克', None, "对。"),
        T('主持人', None, "很多车主关心FSD什么时候能在中国全面推出。"),
        M('马斯克', None, "我们正在和监管部门密切沟通，希望尽快获得批准。中国的道路情况很复杂，所以我们需要在本地训练。数据会留在中国。"),
        T('主持人', None, "在人工智能方面，您认为中美之间应该竞争还是合作？"),
        M('马斯克', None, "我认为在人工智能安全方面，中美两国应该合作。超级人工智能是全人类共同面临的风险，这不是一个国家能单独解决的问题。"),
        T('主持人', None, "最后，您对中国的年轻工程师有什么建议？"),
        M('马斯克', None, "努力解决困难的问题，做有用的事情。不要太在意别人的看法。"),
        T('主持人', None, "谢谢马斯克先生，祝您在上海一切顺利。"),
    ]
    parts = []
    for t in turns:
        parts.append(f"<p>{E(t.spk)}：{E(t.paras[0])}</p>")
        for p in t.paras[1:]:
            parts.append(f"<p>{E(p)}</p>")
    body = "\n".join(parts)
    page = f"""<!DOCTYPE HTML>
<html id="ne_wrap" data-publishtime="2024-11-06 18:42:11" data-category="科技">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>马斯克上海对话实录：中国车企是全球最有竞争力的_网易科技</title>
<meta name="keywords" content="马斯克,特斯拉,上海超级工厂,FSD,人工智能">
<meta name="description" content="特斯拉CEO埃隆·马斯克在上海接受专访，谈中国竞争、FSD入华与中美人工智能合作。以下为对话实录。">
<meta property="og:type" content="article">
<meta property="og:title" content="马斯克上海对话实录：中国车企是全球最有竞争力的">
<meta property="article:published_time" content="2024-11-06T18:42:11+08:00">
<link rel="stylesheet" href="https://static.ws.126.net/163/f2e/product/post2020_cms/static/css/main.8d2e1c4a.css">
<script type="application/ld+json">{{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","@id":"https://www.163.com/tech/article/JF2A8C4B00097U7R.html","title":"马斯克上海对话实录：中国车企是全球最有竞争力的","pubDate":"2024-11-06T18:42:11"}}</script>
<script>var _ntes_nacc="tech"; var _ntes_docid="JF2A8C4B00097U7R";</script>
<script src="https://static.ws.126.net/163/frontend/antnest/NTM-BXR8M5Y7-1.js?v=1"></script>
</head>
<body>
<div class="ntes-nav" id="js_N_nav">
  <div class="ntes-nav-main clearfix">
    <a class="ntes-nav-index-title ntes-nav-entry-wide" href="https://www.163.com/">网易首页</a>
    <ul class="ntes-nav-inside"><li><a href="https://news.163.com/">新闻</a></li><li><a href="https://sports.163.com/">体育</a></li><li><a href="https://ent.163.com/">娱乐</a></li><li><a href="https://money.163.com/">财经</a></li><li><a href="https://auto.163.com/">汽车</a></li><li><a href="https://tech.163.com/">科技</a></li><li><a href="https://mobile.163.com/">手机</a></li></ul>
    <div class="ntes-nav-login"><a href="https://reg.163.com/" class="ntes-nav-login-title">登录</a> <a href="https://zc.reg.163.com/">注册免费邮箱</a></div>
  </div>
</div>
<div class="container clearfix">
<div class="post_main">
  <div class="post_crumb"><a href="https://www.163.com/">网易首页</a> &gt; <a href="https://tech.163.com/">网易科技</a> &gt; 正文</div>
  <h1 class="post_title">马斯克上海对话实录：中国车企是全球最有竞争力的</h1>
  <div class="post_info">2024-11-06 18:42:11　来源: <a href="https://tech.163.com/">网易科技</a>　<span class="post_info_address">北京</span>　<a href="#post_comment_area" class="post_top_tie_count">跟贴 1,284 人参与</a></div>
  <div class="post_body" id="content">
    <p class="f_center"><img src="https://nimg.ws.126.net/?url=http%3A%2F%2Fcms-bucket.ws.126.net%2F2024%2F1106%2Fmusk_sh.jpg&amp;thumbnail=660x2147483647&amp;quality=80&amp;type=jpg" alt="马斯克在上海超级工厂" style="max-width:100%"></p>
    <p class="f_center"><span style="color:#999">图为马斯克在上海超级工厂（资料图）</span></p>
    <p>网易科技讯 11月6日消息，特斯拉CEO埃隆·马斯克近日再次到访上海超级工厂，并接受了网易科技的专访。马斯克谈到了中国车企的竞争力、FSD入华进展以及中美在人工智能领域的合作等话题。</p>
    <div class="post_summary" style="border:1px solid #e5e5e5;padding:10px;background:#f8f8f8">
      <p><strong>本文要点：</strong></p>
      <p>马斯克：中国的汽车公司是世界上最有竞争力的汽车公司</p>
      <p>马斯克：FSD数据会留在中国，需要在本地训练</p>
      <p>马斯克：中美两国应该在人工智能安全方面合作</p>
    </div>
    <p>以下为对话实录（经网易科技编辑整理）：</p>
{body}
    <p>（本文由网易科技整理，未经授权禁止转载）</p>
    <div class="post_btns"><a class="post_btn_share" href="javascript:;">分享到微信</a> <a class="post_btn_share" href="javascript:;">分享到微博</a></div>
    <div class="post_author">本文来源：网易科技 责任编辑：王晓_NT5041</div>
  </div>
  <div class="post_recommend">
    <h3>相关推荐</h3>
    <ul>
      <li><a href="https://www.163.com/tech/article/JF1B2C3D00097U7R.html">马斯克：明年将在中国推出更便宜的车型？特斯拉回应</a></li>
      <li><a href="https://www.163.com/tech/article/JF0A1B2C00097U7R.html">上海储能超级工厂首批Megapack下线</a></li>
      <li><a href="https://www.163.com/tech/article/JE9Z8Y7X00097U7R.html">小米汽车交付量再创新高</a></li>
    </ul>
  </div>
  <div class="tie-area" id="post_comment_area">
    <div class="tie-title">网友评论 <span>1,284人参与</span></div>
    <div class="tie-list">
      <div class="tie-item"><span class="tie-user">网易广东省深圳市网友</span><p class="tie-cnt">“中国的汽车公司是世界上最有竞争力的”，这话说得实在。</p></div>
      <div class="tie-item"><span class="tie-user">马斯克的粉丝</span><p class="tie-cnt">马斯克：对。（笑死，最短回答）</p></div>
    </div>
  </div>
</div>
<div class="post_side">
  <div class="side_box"><h3>热点新闻</h3><ol><li><a href="https://www.163.com/news/a1.html">多地出台新能源汽车消费新政</a></li><li><a href="https://www.163.com/news/a2.html">国产大模型最新排名出炉</a></li><li><a href="https://www.163.com/news/a3.html">商业航天：可回收火箭试验成功</a></li></ol></div>
</div>
</div>
<div class="N-footer"><p>©1997-2024 网易公司版权所有 <a href="https://corp.163.com/">About NetEase</a> | <a href="https://corp.163.com/gb/about/overview.html">公司简介</a> | <a href="https://corp.163.com/gb/contactus.html">联系方法</a></p></div>
<script src="https://static.ws.126.net/163/f2e/product/post2020_cms/static/js/main.4c1a2b3d.js"></script>
</body>
</html>
"""
    return save('netease_tech_shilu', page,
                "网易科技 对话实录: plain <p> '说话人：文本' with full-width colon; his label changes '埃隆·马斯克：' -> '马斯克：'; one unlabelled continuation paragraph; '本文要点' box and comments with '马斯克：…' lines are not turns",
                "网易科技", turns, ["主持人"])


# ---------------------------------------------------------------- 12 The Paper bilingual
def thepaper():
    # paras: Chinese first, English original next (in parentheses or not)
    turns = [
        T('【主持人】', None, "马斯克先生，感谢您接受澎湃新闻的采访。您这次来中国，最大的感受是什么？", "（Mr. Musk, thank you for speaking with The Paper. What is your biggest impression from this trip to China?）"),
        M('【马斯克】', None, "谢谢邀请。我每次来中国都很受启发，这里的建设速度令人惊叹。", "（Thanks for having me. I'm always inspired when I come to China. The speed of construction here is amazing.）"),
        T('【主持人】', None, "特斯拉上海储能超级工厂已经投产。储能业务对特斯拉有多重要？", "（Tesla's Megafactory in Shanghai is now in production. How important is energy storage for Tesla?）"),
        M('【马斯克】', None, "储能业务的增长速度比汽车业务更快。从长远看，储能业务的规模可能和汽车业务差不多大。",
          "Energy storage is growing faster than the car business. Long term, it could be roughly as big as the car business.",
          "上海工厂的产能爬坡比我们预期的要快。",
          "The ramp in Shanghai has been faster than we expected."),
        T('【主持人】', None, "欧盟和美国都对中国电动车加征了关税。您怎么看？", "（The EU and the US have both raised tariffs on Chinese EVs. What's your view?）"),
        M('【马斯克】', None, "我一般不赞成关税。关税会扭曲市场，最终由消费者买单。", "（I'm generally not in favor of tariffs. Tariffs distort the market, and in the end consumers pay.）"),
        T('【主持人】', None, "所以您反对这些关税？", "（So you oppose these tariffs?）"),
        M('【马斯克】', None, "是的。", "（Yes.）"),
        T('【主持人】', None, "最后一个问题：您如何看待中国的未来？", "（Last question: how do you see China's future?）"),
        M('【马斯克】', None, "我对中国的未来非常乐观。中国有大量优秀的工程师，而且非常务实。", "（I'm very optimistic about China's future. China has a huge number of excellent engineers, and they are very pragmatic.）"),
    ]
    parts = []
    for t in turns:
        parts.append(f"<p><strong>{E(t.spk)}</strong>{E(t.paras[0])}</p>")
        for p in t.paras[1:]:
            cls = ' class="en"' if not any('\u4e00' <= c <= '\u9fff' for c in p) else ''
            parts.append(f"<p{cls}>{E(p)}</p>")
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>对话马斯克｜储能、关税与中国的未来（中英对照全文）_澎湃号·湃客_澎湃新闻-The Paper</title>
<meta name="keywords" content="马斯克,特斯拉,储能,关税">
<meta name="description" content="澎湃新闻专访特斯拉CEO埃隆·马斯克，中英对照全文。">
<meta property="og:title" content="对话马斯克｜储能、关税与中国的未来（中英对照全文）">
<link rel="stylesheet" href="https://file.thepaper.cn/wap/v6/css/detail.7a1b.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"对话马斯克｜储能、关税与中国的未来（中英对照全文）","datePublished":"2025-02-18T07:30:00+08:00","publisher":{{"@type":"Organization","name":"澎湃新闻"}}}}</script>
<script>window.__NEXT_DATA__={{"props":{{"pageProps":{{"contId":"30218877","nodeId":"25434"}}}},"page":"/newsDetail_forward/[id]","buildId":"z4n9X"}}</script>
</head>
<body>
<div id="__next">
<header class="header__wrap">
  <a class="logo" href="https://www.thepaper.cn/"><img src="https://file.thepaper.cn/wap/v6/img/logo.png" alt="澎湃新闻"></a>
  <nav class="nav__list"><a href="https://www.thepaper.cn/">首页</a><a href="https://www.thepaper.cn/channel_25950">时事</a><a href="https://www.thepaper.cn/channel_25951">财经</a><a href="https://www.thepaper.cn/channel_122908">国际</a><a href="https://www.thepaper.cn/channel_119908">科技</a><a href="https://www.thepaper.cn/channel_25952">思想</a><a href="https://www.thepaper.cn/channel_119489">智库</a></nav>
  <div class="header__right"><a href="https://www.thepaper.cn/user_login_register">登录</a> <a href="https://www.thepaper.cn/download">下载客户端</a></div>
</header>
<main class="index_wrapper">
<div class="detail_left">
  <h1 class="index_title">对话马斯克｜储能、关税与中国的未来（中英对照全文）</h1>
  <div class="ant-space index_left"><span>澎湃新闻记者 陈思远</span> <span>2025-02-18 07:30</span> <span>来源：澎湃新闻</span></div>
  <div class="index_cententWrap" id="content">
    <p>【编者按】特斯拉CEO埃隆·马斯克日前在上海接受澎湃新闻专访。采访以英文进行，以下为中英对照全文，中文为澎湃新闻编译，英文原话附于其后，供读者参照。</p>
    <div class="image-wrap"><img src="https://imagecloud.thepaper.cn/thepaper/image/301/228/877.jpg" alt=""><p class="image-caption">马斯克在上海储能超级工厂。澎湃新闻记者 摄</p></div>
{body}
    <p>（澎湃新闻记者 陈思远 对本文亦有贡献。图片来源：澎湃新闻）</p>
  </div>
  <div class="index_responsible">责任编辑：李娜　图片编辑：金潇</div>
  <div class="index_correction">校对：张亮亮</div>
  <div class="share_box"><span>分享到：</span><a href="javascript:;" class="share_wx">微信</a><a href="javascript:;" class="share_wb">微博</a><a href="javascript:;" class="share_qq">QQ空间</a></div>
  <div class="comment_wrap"><h3>评论（96）</h3><div class="comment_item"><span class="user">湃友4581</span><p>“关税会扭曲市场”——说得好。</p></div><div class="comment_item"><span class="user">埃隆迷</span><p>【马斯克】是的。——这个回答很马斯克</p></div></div>
</div>
<aside class="detail_right">
  <div class="hot_news"><h3>热新闻</h3><ol><li><a href="https://www.thepaper.cn/newsDetail_forward_30218001">上海：加快布局新型储能产业</a></li><li><a href="https://www.thepaper.cn/newsDetail_forward_30217523">新能源车出口一月数据公布</a></li><li><a href="https://www.thepaper.cn/newsDetail_forward_30216990">马斯克：储能业务规模或将与汽车业务相当</a></li></ol></div>
</aside>
</main>
<footer class="footer_wrap"><p>© 2014-2025 上海东方报业有限公司　沪ICP备14003370号　互联网新闻信息服务许可证：31120170006</p></footer>
</div>
<script src="https://www.thepaper.cn/_next/static/chunks/main-5e2d1f3c.js" defer></script>
</body>
</html>
"""
    return save('thepaper_bilingual_musk', page,
                "澎湃新闻 bilingual interview: '<strong>【马斯克】</strong>中文译文' paragraphs, with the English original in the following paragraph (in full-width parentheses, or once without parentheses, plus one continuation pair); snippet is the Chinese text; comment '【马斯克】是的。' and hot-news headline are not turns",
                "澎湃新闻", turns, ["【主持人】"])


# ---------------------------------------------------------------- 13 Bilibili SRT dump
def bilibili():
    # each turn: list of cues (start, end, zh, en); first cue of a turn carries the label
    spec = [
        ('主持人', False, [(61.2, 66.0, "欢迎来到节目，今天我们请到了埃隆·马斯克。", "Welcome to the show. Today we have Elon Musk.")]),
        ('埃隆·马斯克', True, [(66.48, 68.9, "谢谢，很高兴来到这里。", "Thanks, great to be here.")]),
        ('主持人', False, [(69.5, 75.2, "我们先聊聊人工智能。你觉得中国在AI领域处于什么位置？", "Let's start with AI. Where do you think China stands in AI?")]),
        ('马斯克', True, [(75.9, 79.8, "中国在人工智能方面会非常强大。", "China is going to be very strong in AI."),
                          (79.8, 83.4, "他们有很多人才，也有充足的电力。", "They have a lot of talent and plenty of electricity."),
                          (83.4, 87.0, "我认为电力会成为AI最大的瓶颈。", "I think power is going to be the biggest bottleneck for AI.")]),
        ('主持人', False, [(87.6, 90.1, "那美国呢？", "What about the US?")]),
        ('马斯克', True, [(90.72, 95.5, "美国需要更多的发电能力和更多的变压器。", "The US needs more generating capacity and more transformers."),
                          (95.5, 99.8, "这听起来很无聊，但这就是现实。", "It sounds boring, but that's the reality.")]),
        ('主持人', False, [(243.0, 247.6, "你会和中国的AI公司合作吗？", "Would you work with Chinese AI companies?")]),
        ('马斯克', True, [(248.33, 253.0, "在AI安全方面，我认为中美应该对话。", "On AI safety, I think the US and China should talk."),
                          (253.0, 257.4, "这是全人类的问题。", "This is a problem for all of humanity.")]),
        ('主持人', False, [(301.5, 305.0, "最后一个问题：你还想去火星吗？", "Last question: do you still want to go to Mars?")]),
        ('马斯克', True, [(305.9, 308.2, "对。", "Yes.")]),
        ('主持人', False, [(308.6, 311.0, "什么时候？", "When?")]),
        ('马斯克', True, [(311.64, 316.0, "如果一切顺利，也许十年之内。", "If things go well, maybe within ten years."),
                          (316.0, 319.5, "但我不会拿这个开玩笑。", "But I'm not joking about it.")]),
    ]
    turns = []
    cues_html = []
    n = 18
    for lab, musk, cues in spec:
        tr = T(lab, cues[0][0], cues[0][2], musk=musk)
        turns.append(tr)
        for k, (s, e, zh, en) in enumerate(cues):
            n += 1
            zline = f"{lab}: {zh}" if k == 0 else zh
            cues_html.append(f'<div class="subtitle-item" data-index="{n}" data-from="{s}" data-to="{e}"><span class="subtitle-index">{n}</span><span class="subtitle-time">{hms_srt(s)} --&gt; {hms_srt(e)}</span><p class="subtitle-zh">{E(zline)}</p><p class="subtitle-en">{E(en)}</p></div>')
    body = "\n".join(cues_html)
    page = f"""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<title>【中英字幕】马斯克最新访谈：谈中国AI、电力瓶颈与火星（精校版）_哔哩哔哩_bilibili</title>
<meta name="description" content="马斯克最新访谈中英双语精校字幕。视频播放量 58.2万、弹幕量 3120、点赞数 2.1万。">
<meta name="keywords" content="马斯克,Elon Musk,访谈,中英字幕,人工智能,AI,火星">
<meta name="author" content="科技字幕组Official">
<meta property="og:type" content="video">
<meta property="og:title" content="【中英字幕】马斯克最新访谈：谈中国AI、电力瓶颈与火星（精校版）">
<meta property="og:url" content="https://www.bilibili.com/video/BV1Xa4y1c7Mk/">
<link rel="stylesheet" href="//s1.hdslb.com/bfs/static/jinkela/video/css/video.0.4f1a2b.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"VideoObject","name":"【中英字幕】马斯克最新访谈：谈中国AI、电力瓶颈与火星（精校版）","uploadDate":"2025-03-02T20:15:00+08:00","duration":"PT6M12S","thumbnailUrl":["https://i0.hdslb.com/bfs/archive/7c1e2a.jpg"]}}</script>
<script>window.__INITIAL_STATE__={{"aid":1151234567,"bvid":"BV1Xa4y1c7Mk","p":1,"episode":"","videoData":{{"title":"【中英字幕】马斯克最新访谈","owner":{{"mid":482910331,"name":"科技字幕组Official"}}}}}};(function(){{var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}}());</script>
</head>
<body>
<div id="biliMainHeader"><div class="bili-header"><ul class="left-entry"><li><a href="//www.bilibili.com" class="default-entry">首页</a></li><li><a href="//www.bilibili.com/anime/">番剧</a></li><li><a href="//live.bilibili.com">直播</a></li><li><a href="//game.bilibili.com/platform">游戏中心</a></li><li><a href="//show.bilibili.com/platform/home.html">会员购</a></li><li><a href="//manga.bilibili.com">漫画</a></li></ul><div class="center-search-container"><form id="nav-searchform"><input class="nav-search-input" type="text" placeholder="马斯克 访谈"></form></div><ul class="right-entry"><li><a href="//passport.bilibili.com/login">登录</a></li><li><a href="//member.bilibili.com/platform/upload/video/frame">投稿</a></li></ul></div></div>
<div id="app" class="video-container-v1">
<div class="left-container">
  <div id="viewbox_report" class="video-info-v1"><h1 title="【中英字幕】马斯克最新访谈：谈中国AI、电力瓶颈与火星（精校版）" class="video-title">【中英字幕】马斯克最新访谈：谈中国AI、电力瓶颈与火星（精校版）</h1>
  <div class="video-info-detail"><span class="view item">58.2万</span><span class="dm item">3120</span><span class="pubdate-text">2025-03-02 20:15:00</span><span class="copyright item">未经作者授权，禁止转载</span></div></div>
  <div id="playerWrap" class="player-wrap"><div id="bilibili-player" class="bpx-player-container"><div class="bpx-player-video-area"><video preload="none" crossorigin="anonymous"></video></div></div></div>
  <div id="arc_toolbar_report" class="video-toolbar-container"><span class="video-like">2.1万</span><span class="video-coin">8640</span><span class="video-fav">1.3万</span><span class="video-share">分享</span></div>
  <div class="video-desc-container"><div class="basic-desc-info"><span class="desc-info-text">本期字幕组精校了马斯克最新访谈（约6分钟）。
精彩语录——马斯克：电力会成为AI最大的瓶颈。
马斯克：在AI安全方面，中美应该对话。
原视频来自海外播客，仅作学习交流，侵删。</span></div></div>
  <div class="video-subtitle-panel">
    <div class="subtitle-panel-header"><h3>字幕文本（SRT）</h3><span class="subtitle-lang">中文（简体）+ English · 字幕组校对</span><a class="subtitle-download" href="//aisubtitle.hdslb.com/bfs/subtitle/7c1e2a9b.srt" download>下载SRT</a></div>
    <div class="subtitle-list">
{body}
    </div>
  </div>
  <div id="commentapp" class="comment-m-v1"><div class="reply-header"><span class="total-reply">评论 1846</span><span class="sort-actions"><span class="hot-sort on">最热</span> <span class="time-sort">最新</span></span></div>
  <div class="reply-list">
    <div class="reply-item"><div class="user-name">会飞的小火箭</div><div class="reply-content">马斯克：对。（问他去不去火星就一个字，太真实了）</div><div class="reply-info"><span class="reply-time">2025-03-02 21:03</span><span class="reply-like">3452</span></div></div>
    <div class="reply-item"><div class="user-name">ElonMusk本人(假的)</div><div class="reply-content">埃隆·马斯克: 谢谢，很高兴来到这里。</div><div class="reply-info"><span class="reply-time">2025-03-02 21:40</span><span class="reply-like">1207</span></div></div>
    <div class="reply-item"><div class="user-name">字幕组阿桂</div><div class="reply-content">01:30 那段“变压器”我们校了三遍，原文说的是 transformers，不是模型。</div><div class="reply-info"><span class="reply-time">2025-03-03 09:12</span><span class="reply-like">866</span></div></div>
  </div></div>
</div>
<div class="right-container">
  <div class="up-panel-container"><div class="up-info-container"><a class="up-name" href="//space.bilibili.com/482910331">科技字幕组Official</a><div class="up-description">专注海外科技访谈字幕</div><div class="follow-btn">+ 关注 24.6万</div></div></div>
  <div class="danmaku-box"><div class="danmaku-wrap"><div class="bui-collapse-header">弹幕列表</div><ul class="danmaku-list"><li><span class="dm-time">01:16</span><span class="dm-text">电力！！</span></li><li><span class="dm-time">05:06</span><span class="dm-text">马斯克：对。</span></li><li><span class="dm-time">05:12</span><span class="dm-text">十年之内 我记下了</span></li></ul></div></div>
  <div class="recommend-list-v1"><div class="rec-title">相关推荐</div><div class="video-page-card-small"><a href="/video/BV1Qe411k7Zp"><p class="title">马斯克：特斯拉上海工厂是最好的工厂（中字）</p></a></div><div class="video-page-card-small"><a href="/video/BV1Hh4y1d7Yr"><p class="title">【全程字幕】星舰第六次试飞直播回放</p></a></div></div>
</div>
</div>
<div class="bili-footer"><p>营业执照 · 互联网ICP备案：沪ICP备13002172号-3 · 信息网络传播视听节目许可证：0910417</p></div>
<script src="//s1.hdslb.com/bfs/static/player/main/core.d4a1b8c3.js" crossorigin=""></script>
</body>
</html>
"""
    return save('bilibili_srt_bilingual', page,
                "Bilibili video page with an SRT-like subtitle list: each cue shows index, 'hh:mm:ss,mmm --> hh:mm:ss,mmm', a Chinese line and the English original; the first cue of a turn has the label ('埃隆·马斯克: ' then '马斯克: ', ASCII colon), continuation cues are unlabelled; turn time = first cue start (truncated); description, comments and danmaku with '马斯克：…' are not turns",
                "哔哩哔哩 · 科技字幕组Official", turns, ["主持人"])


ALL = [hearing, earnings, keynote, netease, thepaper, bilibili]
