from common import *

# ---------------------------------------------------------------- w13 (Notion table + repeated copy)
def w13():
    p = Page('w13_notion_buildershour_table', 'Builders Hour',
             'Notion-published page: a table with columns Time (hh:mm:ss.mmm) | Speaker | Text; the speaker cell is empty on continuation rows; labels "Elon Musk" then "EM", "Jordan Pike" then "JP"; a collapsed toggle repeats the transcript as plain "Name: text" paragraphs without times.',
             'Notion-published fan transcript page')
    p.hard = ['timestamps with milliseconds (truncate)', 'empty speaker cell = continuation row of the turn above',
              'transcript repeated in a collapsed toggle: each turn counted once', 'labels full then initials ("EM")',
              'callout "Best line" prints "Elon Musk: ..."']
    R = [  # (time, speaker-cell, text)
        ('00:00:04.120', 'Jordan Pike', "Welcome to Builders Hour, episode forty-seven. I'm Jordan."),
        ('00:00:09.870', '', "Today's guest is Elon Musk. Elon, welcome."),
        ('00:00:13.400', 'Elon Musk', "Thanks, Jordan. Good to be here."),
        ('00:00:16.050', 'JP', "First question is the one everyone sent in. How do you decide what to work on?"),
        ('00:00:22.930', 'EM', "I try to think about what's most likely to affect the future in a positive way."),
        ('00:00:28.610', '', "And then, you know, whether anyone else is already doing it well. If they are, I don't need to."),
        ('00:00:34.002', '', "Usually nobody is doing it, because it's really hard or it seems crazy."),
        ('00:12:03.450', 'JP', "You've talked about deleting parts and processes. What's the rule?"),
        ('00:12:09.999', 'EM', "The rule is, if you don't end up adding back at least ten percent of what you deleted, you didn't delete enough."),
        ('00:12:18.300', 'JP', "Ten percent."),
        ('00:12:19.105', 'EM', "Ten percent. Roughly."),
        ('00:31:44.700', 'JP', "Is there a book you give to new engineers?"),
        ('00:31:49.010', 'EM', "Not really a book. I'd say read the textbooks, the actual physics and engineering textbooks, not the pop science versions."),
        ('00:47:58.560', 'JP', "Elon, thanks for doing this."),
        ('00:48:01.220', 'EM', "My pleasure."),
    ]
    rows, plain = [], []
    cur = None
    for t, sp, text in R:
        rows.append('<tr><td class="cell-time"><div class="notion-text">%s</div></td><td class="cell-speaker"><div class="notion-text">%s</div></td><td class="cell-text"><div class="notion-text">%s</div></td></tr>' % (t, E(sp), E(text)))
        if sp:
            cur = sp
            if sp in ('Elon Musk', 'EM'):
                p.el(ts(t), text)
            else:
                p.other(sp)
            plain.append('<p class="notion-text-block">%s: %s</p>' % (E(sp), E(text)))
        else:
            plain.append('<p class="notion-text-block">%s</p>' % E(text))
    p.choices = ['Times truncated: 00:12:09.999 -> 729.', 'The collapsed plain-text copy repeats the turns; gold lists each once (from the table).',
                 '"Ten percent. Roughly." is a turn of his (JP\'s "Ten percent." in between is a separate one-phrase turn).']
    p.write(fill(TPL13, rows='\n'.join(rows), plain='\n'.join(plain)))

TPL13 = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Builders Hour #47 &mdash; Elon Musk (full transcript)</title>
<meta name="description" content="Community transcript of Builders Hour episode 47 with Elon Musk.">
<meta property="og:site_name" content="Notion">
<link rel="stylesheet" href="/_assets/app-5a9d3e1c.css">
<style>.notion-table{border-collapse:collapse;width:100%}.notion-table td{border:1px solid rgba(55,53,47,.09);padding:7px 9px;vertical-align:top}.cell-time{font-family:SFMono-Regular,Menlo,monospace;font-size:12px;white-space:nowrap}.notion-callout{background:rgb(251,243,219);padding:16px;border-radius:3px}</style>
<script>window.CONFIG={"env":"production","isAdminMode":false,"publicDomainName":"buildershour.notion.site"};</script>
</head>
<body class="notion-body">
<div id="notion-app"><div class="notion-app-inner notion-light-theme">
<div class="notion-topbar"><div class="notion-topbar-breadcrumb"><a href="/Builders-Hour-Transcripts-9a1f">Builders Hour Transcripts</a> / <span>#47 &mdash; Elon Musk</span></div>
<div class="notion-topbar-share"><a href="https://www.notion.so/signup">Try Notion</a></div></div>
<div class="notion-frame"><div class="notion-scroller">
<div class="notion-page-content">
<h1 class="notion-page-title">Builders Hour #47 &mdash; Elon Musk (full transcript)</h1>
<div class="notion-page-properties"><div class="prop"><span class="prop-name">Recorded</span> <span class="prop-value">April 9, 2024</span></div><div class="prop"><span class="prop-name">Transcribed by</span> <span class="prop-value">community volunteers (u/stainless_sam, u/deltav)</span></div><div class="prop"><span class="prop-name">Status</span> <span class="prop-value">Reviewed</span></div></div>
<div class="notion-callout"><div class="notion-callout-icon">&#x1F4A1;</div><div class="notion-callout-text"><b>Best line:</b> Elon Musk: If you don&rsquo;t end up adding back at least ten percent of what you deleted, you didn&rsquo;t delete enough.</div></div>
<p class="notion-text-block">Timestamps follow the YouTube upload (hh:mm:ss.mmm). Corrections welcome in the Discord.</p>
<h2 class="notion-header-block">Transcript</h2>
<div class="notion-table-block"><table class="notion-table"><thead><tr><td>Time</td><td>Speaker</td><td>Text</td></tr></thead><tbody>
{{rows}}
</tbody></table></div>
<details class="notion-toggle-block"><summary>&#9656; Plain-text copy (for search / copy-paste)</summary>
{{plain}}
</details>
<h2 class="notion-header-block">Related</h2>
<ul><li class="notion-bulleted-list"><a href="/Builders-Hour-46-Ada-Lindqvist-2c7e">#46 &mdash; Ada Lindqvist</a></li><li class="notion-bulleted-list"><a href="/Builders-Hour-48-Tomasz-Wren-88ab">#48 &mdash; Tomasz Wren</a></li></ul>
</div></div></div>
</div></div>
<script src="/_assets/vendors~app-2b8c3e1f.js"></script>
<script src="/_assets/app-5a9d3e1c.js"></script>
</body>
</html>
'''

# ---------------------------------------------------------------- w14 (hearing)
def w14():
    p = Page('w14_hearing_subcommittee', 'Senate Subcommittee on Space and Emerging Technology (hearing transcript)',
             'Congressional-hearing transcript on a static site: GPO-style paragraphs "<span class=speaker>Mr. MUSK.</span> text", each turn preceded by a video link "[mm:ss]" (href #t=XXmYYs) with minutes running past 59.',
             'Congressional hearing transcript (static site)')
    p.hard = ['minutes over 59 ("[75:12]", "[102:40]")', 'GPO labels ("Mr. MUSK.", "Senator HALVORSEN.", "The CHAIRMAN.")',
              'senator quotes his post verbatim ("and I quote, ...") inside own turn', 'a second witness speaks',
              'one-word turn "Yes."', 'heading "STATEMENT OF ELON MUSK" is not a turn label']
    T = [
        (272, 'The CHAIRMAN.', "The subcommittee will come to order. Today we will hear from two witnesses on the commercialization of low Earth orbit. Mr. Musk, you are recognized for five minutes."),
        ('H', 'STATEMENT OF ELON MUSK, CHIEF EXECUTIVE OFFICER, SPACE EXPLORATION TECHNOLOGIES CORP.'),
        (290, 'Mr. MUSK.', "Thank you, Mr. Chairman, and members of the subcommittee. I appreciate the chance to be here.",
         "Ten years ago the cost to get a kilogram to orbit was many times what it is today. That happened because of reusability, and reusability happened because we were allowed to test and fail."),
        ('H', 'STATEMENT OF DR. AMARA OKONKWO, DIRECTOR, CENTER FOR ORBITAL SAFETY'),
        (601, 'Dr. OKONKWO.', "Thank you, Mr. Chairman. My concern is less with launch and more with what stays up there."),
        (1234, 'Senator HALVORSEN.', "Mr. Musk, in 2021 you posted, and I quote, \u201cthe FAA launch licensing process is fundamentally broken.\u201d Do you still hold that view?"),
        (1251, 'Mr. MUSK.', "I'd say it's much better now. The team there has improved things a lot. There's still a ways to go."),
        (1262, 'Senator HALVORSEN.', "So is that a yes?"),
        (1264, 'Mr. MUSK.', "Yes."),
        (4512, 'Senator DIAZ-ROURKE.', "Dr. Okonkwo, how many tracked objects are we talking about?"),
        (4518, 'Dr. OKONKWO.', "Roughly thirty thousand tracked, and many more that are too small to track."),
        (4530, 'Senator DIAZ-ROURKE.', "Mr. Musk, do you want to respond?"),
        (4533, 'Mr. MUSK.', "Our satellites are designed to deorbit within about five years if they fail, and they're in a low enough orbit that atmospheric drag pulls them down. We also share our ephemeris data publicly."),
        (6160, 'The CHAIRMAN.', "One final question. Will you commit to continuing to share that data with the Department?"),
        (6166, 'Mr. MUSK.', "Absolutely. We'd be happy to."),
        (6170, 'The CHAIRMAN.', "Thank you. The hearing record will remain open for two weeks. This hearing is adjourned."),
        ('I', '[Whereupon, at 11:43 a.m., the hearing was adjourned.]'),
    ]
    body = []
    for row in T:
        if row[0] == 'H':
            body.append('<h3 class="statement-head">%s</h3>' % E(row[1])); continue
        if row[0] == 'I':
            body.append('<p class="italic">%s</p>' % E(row[1])); continue
        t, lab, paras = row[0], row[1], row[2:]
        mm, ss = t // 60, t % 60
        link = '<a class="vid" href="https://video.senate-sset.example/hearings/2024-04-17#t=%dm%02ds">[%d:%02d]</a>' % (mm, ss, mm, ss)
        body.append('<p>%s <span class="speaker">%s</span> %s</p>' % (link, E(lab), E(paras[0])))
        body.extend('<p>%s</p>' % E(x) for x in paras[1:])
        if lab == 'Mr. MUSK.':
            p.el(t, list(paras))
        else:
            p.other(lab)
    p.choices = ['"[75:12]" means 75 min 12 s = 4512 s (minutes are not wrapped into hours).',
                 'The statement headings are not labels; the turn begins at "Mr. MUSK."',
                 'Labels are recorded in "others" as printed, including the trailing period.']
    p.write(fill(TPL14, transcript='\n'.join(body)))

TPL14 = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Hugo 0.121.1">
<title>Hearing: The Commercial Future of Low Earth Orbit &mdash; Subcommittee on Space and Emerging Technology</title>
<link rel="stylesheet" href="/css/uswds.min.css">
<link rel="stylesheet" href="/css/site.css">
<style>.speaker{font-variant:small-caps;font-weight:bold}.vid{font-family:monospace;font-size:.85em;color:#005ea2;text-decoration:none}.statement-head{text-align:center;font-size:1rem;margin:2rem 0 1rem}.italic{font-style:italic}</style>
</head>
<body>
<div class="usa-banner"><div class="usa-accordion"><header class="usa-banner__header"><p class="usa-banner__header-text">An official website of the subcommittee</p></header></div></div>
<header class="usa-header usa-header--basic"><div class="usa-nav-container"><div class="usa-navbar"><div class="usa-logo"><em class="usa-logo__text"><a href="/" title="Home">Subcommittee on Space and Emerging Technology</a></em></div></div>
<nav aria-label="Primary navigation" class="usa-nav"><ul class="usa-nav__primary usa-accordion"><li class="usa-nav__primary-item"><a href="/hearings/" class="usa-nav-link"><span>Hearings</span></a></li><li class="usa-nav__primary-item"><a href="/members/" class="usa-nav-link"><span>Members</span></a></li><li class="usa-nav__primary-item"><a href="/press/" class="usa-nav-link"><span>Press</span></a></li></ul></nav></div></header>
<main id="main-content" class="grid-container">
<nav class="usa-breadcrumb"><ol class="usa-breadcrumb__list"><li class="usa-breadcrumb__list-item"><a href="/hearings/" class="usa-breadcrumb__link">Hearings</a></li><li class="usa-breadcrumb__list-item usa-current">April 17, 2024</li></ol></nav>
<h1>The Commercial Future of Low Earth Orbit</h1>
<p class="usa-intro">Wednesday, April 17, 2024 &middot; 9:30 AM &middot; 253 Russell Senate Office Building</p>
<div class="usa-summary-box"><div class="usa-summary-box__body"><h4 class="usa-summary-box__heading">Witnesses</h4><ul class="usa-list">
<li>Mr. Elon Musk, Chief Executive Officer, Space Exploration Technologies Corp.</li>
<li>Dr. Amara Okonkwo, Director, Center for Orbital Safety</li></ul>
<p><a href="https://video.senate-sset.example/hearings/2024-04-17">Watch the hearing video</a> &middot; <a href="/files/2024-04-17-musk-testimony.pdf">Musk testimony (PDF)</a> &middot; <a href="/files/2024-04-17-okonkwo-testimony.pdf">Okonkwo testimony (PDF)</a></p></div></div>
<h2>Unofficial transcript</h2>
<p><em>This is an unofficial transcript prepared by committee staff. Bracketed times link to the archived video. The official printed hearing record will be published by the Government Publishing Office.</em></p>
<p class="present">Present: Senators Whitcombe [presiding], Halvorsen, Diaz-Rourke, and Pettigrew.</p>
{{transcript}}
</main>
<footer class="usa-footer usa-footer--slim"><div class="usa-footer__primary-section"><div class="grid-container"><nav class="usa-footer__nav"><ul class="grid-row grid-gap"><li><a class="usa-footer__primary-link" href="/privacy/">Privacy Policy</a></li><li><a class="usa-footer__primary-link" href="/accessibility/">Accessibility</a></li><li><a class="usa-footer__primary-link" href="/contact/">Contact</a></li></ul></nav></div></div></footer>
<script src="/js/uswds.min.js"></script>
</body>
</html>
'''

# ---------------------------------------------------------------- w15 (Webflow press conference, interpreter)
def w15():
    p = Page('w15_webflow_presser_interpreter', 'Brandenburg Business Journal',
             'Webflow CMS collection: one "transcript-row" div per turn with a speaker-name div, an optional <time datetime="PT..M..S">mm:ss</time> div and a rich-text div; only some turns carry a time.',
             'Press conference transcript on a Webflow site')
    p.hard = ['interpreter turns, including one rendering his answer into German (not his)',
              'several reporters; moderator interrupts with one word ("Thanks.")', 'label with role ("Elon Musk, CEO of Tesla") then "Musk"',
              'some turns without a time (null)', '<time datetime> ISO-8601 durations']
    T = [
        ('Moderator (Anke Vogel)', 61, ["Guten Tag and good afternoon. Welcome to the press conference on the expansion of the Gigafactory Berlin-Brandenburg. Mr. Musk will give a short statement, then we take questions."]),
        ('Elon Musk, CEO of Tesla', 83, ["Thank you. So, we're going to double the capacity of this factory over the next two years, subject to approvals of course.",
                                          "The team here has done an incredible job. This is now one of the most efficient car factories in the world."]),
        ('Reporter (Handelsblatt)', 170, ["Mr. Musk, how many new jobs, and what about the water supply concerns from local residents?"]),
        ('Musk', 178, ["Several thousand jobs. On water, we actually recycle most of our process water now, so the expansion doesn't need a large increase in water use."]),
        ('Reporter (rbb, in German)', 215, ["Herr Musk, was sagen Sie den Anwohnern, die gegen die Rodung des Waldes protestieren?"]),
        ('Interpreter', None, ["The question is: what do you say to residents who are protesting against the clearing of the forest?"]),
        ('Musk', 231, ["We'll plant more trees than we remove, three to one. And I'd invite anyone to come visit the factory and see for themselves."]),
        ('Interpreter', None, ["(into German) Wir werden dreimal so viele B\u00e4ume pflanzen, wie wir entfernen. Und ich lade jeden ein, die Fabrik zu besuchen."]),
        ('Moderator (Anke Vogel)', None, ["Thanks."]),
        ('Reporter (Reuters)', 262, ["A question on the cheaper model. Will it be built here?"]),
        ('Musk', None, ["We'll make that announcement later. But Berlin is certainly a candidate."]),
        ('Reporter (Reuters)', None, ["Is that a yes?"]),
        ('Musk', None, ["It's a maybe."]),
        ('Moderator (Anke Vogel)', 290, ["Last question, please."]),
        ('Reporter (Der Tagesspiegel)', 293, ["You once said Germany has too much bureaucracy. Has that changed?"]),
        ('Musk', 299, ["It's better. Honestly, the state government here has been very helpful. There's still a lot of paperwork though. Germany loves paperwork."]),
        ('Moderator (Anke Vogel)', 317, ["Vielen Dank. Thank you all."]),
    ]
    rows = []
    for who, t, paras in T:
        tm = '<div class="ts"><time datetime="PT%dM%dS">%d:%02d</time></div>' % (t // 60, t % 60, t // 60, t % 60) if t is not None else '<div class="ts w-condition-invisible"></div>'
        rt = ''.join('<p>%s</p>' % E(x) for x in paras)
        rows.append('<div role="listitem" class="transcript-row w-dyn-item"><div class="speaker-name">%s</div>%s<div class="rich-text w-richtext">%s</div></div>' % (E(who), tm, rt))
        if who.startswith('Elon Musk') or who == 'Musk':
            p.el(t, list(paras))
        else:
            p.other(who)
    p.choices = ['Interpreter turns (even the German rendering of his answer) are not his.',
                 'Turns without a <time> element get null.']
    p.write(fill(TPL15, rows='\n'.join(rows)))

TPL15 = '''<!DOCTYPE html><!--  This site was created in Webflow. https://webflow.com  --><!--  Last Published: Tue Mar 12 2024 14:02:11 GMT+0000 (Coordinated Universal Time)  -->
<html data-wf-domain="www.bb-businessjournal.de" data-wf-page="65e1f0c2a7d3e1b9c44f0a12" data-wf-site="65e1f0c2a7d3e1b9c44f09f0" lang="en">
<head>
<meta charset="utf-8">
<title>Transcript: Musk press conference on Gigafactory expansion | Brandenburg Business Journal</title>
<meta content="Full transcript of the press conference at Gr&uuml;nheide." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65e1f0c2a7d3e1b9c44f09f0/css/bb-businessjournal.webflow.8c1a2f.css" rel="stylesheet" type="text/css">
<style>.transcript-row{display:grid;grid-template-columns:200px 60px 1fr;gap:12px;padding:10px 0;border-bottom:1px solid #eee}.speaker-name{font-weight:700}.ts{color:#888}</style>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
</head>
<body class="body-article">
<div data-collapse="medium" data-animation="default" data-duration="400" class="navbar w-nav"><div class="container w-container"><a href="/" class="brand w-nav-brand">Brandenburg Business Journal</a>
<nav role="navigation" class="nav-menu w-nav-menu"><a href="/economy" class="nav-link w-nav-link">Economy</a><a href="/industry" class="nav-link w-nav-link w--current">Industry</a><a href="/energy" class="nav-link w-nav-link">Energy</a><a href="/about" class="nav-link w-nav-link">About</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-article"><div class="container w-container">
<div class="article-category">Industry &middot; Transcript</div>
<h1 class="article-title">Transcript: Musk press conference on Gigafactory expansion</h1>
<div class="article-meta"><div>By Jonas Richter</div><div>March 12, 2024</div></div>
<div class="rich-text w-richtext"><p>Tesla chief executive Elon Musk appeared at Gr&uuml;nheide on Tuesday to announce plans to double the plant&rsquo;s capacity. Questions in German were interpreted into English and answers into German. We publish the English transcript below; times refer to our video recording and are given for the main questions only.</p></div>
<div class="transcript-list-wrapper w-dyn-list"><div role="list" class="transcript-list w-dyn-items">
{{rows}}
</div></div>
<div class="rich-text w-richtext"><p><em>Transcript edited for clarity. German passages are reproduced as spoken.</em></p></div>
</div></section>
<section class="section-newsletter"><div class="container w-container"><h3>Get the Brandenburg Business Journal briefing</h3><div class="w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" method="get"><input type="email" class="text-field w-input" maxlength="256" name="email" placeholder="Your email" required=""><input type="submit" value="Subscribe" class="button w-button"></form></div></div></section>
<footer class="footer"><div class="container w-container"><div>&copy; 2024 Brandenburg Business Journal GmbH</div><a href="/impressum" class="footer-link">Impressum</a> <a href="/datenschutz" class="footer-link">Datenschutz</a></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65e1f0c2a7d3e1b9c44f09f0" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65e1f0c2a7d3e1b9c44f09f0/js/webflow.5b2e4c.js" type="text/javascript"></script>
</body>
</html>
'''

# ---------------------------------------------------------------- w16 (transcription-service share page)
def w16():
    p = Page('w16_scribewave_share', 'Scribewave shared transcript ("Founders at Altitude" recording)',
             'Transcription-service share page: one block per turn with speaker name and a start time (m:ss under an hour, h:mm:ss after) on a meta line, text paragraphs below; AI outline/key-quotes panel above; hidden plain-text export repeats the transcript.',
             'Transcription-service share page (Otter-like)')
    p.hard = ['m:ss and h:mm:ss on one page (59:58 then 1:00:31)', 'AI summary and "Key quotes" panel print "Elon Musk: ..."',
              'whole transcript repeated in a plain-text export block', 'an unidentified "Speaker 3" interjects with one word',
              'multi-paragraph turns']
    T = [
        ('Hannah Cho', '0:04', ["Okay, I think we're recording. This is Founders at Altitude, live from the Aspen tent. Elon, thanks for doing this."]),
        ('Elon Musk', '0:11', ["Sure, happy to. It's a bit cold in here, I have to say."]),
        ('Hannah Cho', '0:16', ["We'll get you a blanket. So, first: what's the mistake you see founders make most?"]),
        ('Elon Musk', '0:24', ["Optimizing something that shouldn't exist. That's the most common one. People spend months making a process more efficient when they should have deleted the process.",
                               "The second one is hiring too fast. It's much easier to hire than to un-hire."]),
        ('Speaker 3', '1:02', ["Wow."]),
        ('Hannah Cho', '1:03', ["Someone in the back agrees."]),
        ('Elon Musk', '1:05', ["Yeah, I think anyone who's run a company agrees."]),
        ('Hannah Cho', '27:40', ["How do you think about risk, personally?"]),
        ('Elon Musk', '27:46', ["I generally expect things to fail. If you start with the assumption that the thing probably won't work, then you're not crushed when it doesn't."]),
        ('Hannah Cho', '59:50', ["We're at the hour. Okay, one more."]),
        ('Elon Musk', '59:58', ["One more, sure."]),
        ('Hannah Cho', '1:00:04', ["What keeps you up at night?"]),
        ('Elon Musk', '1:00:31', ["Honestly, mostly production problems. It's usually something very mundane, like a supplier that can't make a part.",
                                  "The big existential stuff I think about during the day."]),
        ('Hannah Cho', '1:01:10', ["Elon Musk, everybody."]),
    ]
    blocks, plain = [], []
    for who, t, paras in T:
        txt = ''.join('<p class="seg">%s</p>' % E(x) for x in paras)
        blocks.append('<div class="speech-block" data-start-ms="%d"><div class="speech-meta"><span class="speaker-label">%s</span> <span class="speech-time">%s</span></div><div class="speech-text">%s</div></div>' % (int(ts(t) * 1000), E(who), t, txt))
        plain.append('%s  %s\n%s\n' % (E(who), t, E('\n'.join(paras))))
        if who == 'Elon Musk':
            p.el(ts(t), list(paras))
        else:
            p.other(who)
    p.choices = ['The plain-text export repeats all turns; gold lists each once.', '"Speaker 3" (unidentified) is not him.']
    p.write(fill(TPL16, blocks='\n'.join(blocks), plain='\n'.join(plain)))

TPL16 = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Founders at Altitude &ndash; Elon Musk (live) &middot; Scribewave</title>
<meta name="robots" content="noindex">
<meta property="og:title" content="Founders at Altitude &ndash; Elon Musk (live)">
<meta property="og:description" content="Shared transcript on Scribewave">
<link rel="stylesheet" href="https://static.scribewave.io/share/app.4c91e2.css">
<style>.speech-block{margin:0 0 18px}.speech-meta{font-size:13px;color:#555}.speaker-label{font-weight:600;color:#1d4ed8}.speech-time{margin-left:8px;color:#9ca3af}.export-preview{display:none;white-space:pre-wrap}.ai-panel{background:#f8fafc;border:1px solid #e2e8f0;border-radius:10px;padding:14px}</style>
<script>window.__SW_SHARE__={"conversationId":"cv_8Kq2xR1","durationSec":3672,"speakers":["Hannah Cho","Elon Musk","Speaker 3"],"owner":"hannah@foundersataltitude.com"};</script>
</head>
<body class="share-view">
<header class="sw-header"><a class="sw-logo" href="https://scribewave.io/">Scribewave</a><div class="sw-header-actions"><a class="btn" href="https://scribewave.io/signup?ref=share">Sign up free</a> <a class="btn btn-ghost" href="https://scribewave.io/login">Log in</a></div></header>
<div class="share-layout">
<aside class="ai-panel">
<h3>Summary <span class="badge">AI</span></h3>
<p>A live conversation recorded at Aspen in which Elon Musk discusses common founder mistakes, hiring, risk and what keeps him up at night.</p>
<h4>Outline</h4>
<ul><li>0:24 &ndash; Founder mistakes: optimizing what shouldn&rsquo;t exist</li><li>27:46 &ndash; Personal risk</li><li>1:00:31 &ndash; What keeps him up at night</li></ul>
<h4>Key quotes</h4>
<ul><li>Elon Musk: &ldquo;It&rsquo;s much easier to hire than to un-hire.&rdquo;</li><li>Elon Musk: &ldquo;I generally expect things to fail.&rdquo;</li></ul>
<h4>Action items</h4><ul><li>Hannah Cho: send the recording to the Aspen comms team</li></ul>
</aside>
<main class="transcript-pane">
<h1 class="conv-title">Founders at Altitude &ndash; Elon Musk (live)</h1>
<div class="conv-meta">Recorded Jul 18, 2024 &middot; 1h 1m &middot; Shared by Hannah Cho</div>
<div class="audio-player"><audio controls preload="none" src="https://media.scribewave.io/share/cv_8Kq2xR1.m4a"></audio></div>
<div class="speech-list">
{{blocks}}
</div>
<pre class="export-preview" aria-hidden="true">
{{plain}}
</pre>
</main>
</div>
<footer class="sw-footer"><p>Transcribed with Scribewave. Accuracy may vary. &copy; 2024 Scribewave Inc. &middot; <a href="https://scribewave.io/terms">Terms</a> &middot; <a href="https://scribewave.io/privacy">Privacy</a></p></footer>
<script src="https://static.scribewave.io/share/app.4c91e2.js" defer></script>
</body>
</html>
'''
