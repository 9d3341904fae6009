"""r13 - Ghost blog: one <h3> heading per speaker turn with paragraphs below, the time code printed AFTER
the turn's text (legend: it marks where the turn begins); Korean anchor speaks through an interpreter."""
import re
from common import turn, hms, check_no_adjacent

SLUG = "r13_signal_noise_ghost_interpreter"
SHOW = "KBN Evening News"

P, I, E = "Park Min-seo", "Interpreter", "Elon Musk"
T = [
    (P, 5, ["(In Korean) 안녕하세요, 오늘 시간 내주셔서 감사합니다. 한국은 배터리 산업이 큰 나라인데요, 한국 공급사들은 얼마나 중요한가요?"]),
    (I, 18, ["Thank you for your time today. Her question is: Korea has a big battery industry, so how important are Korean suppliers to you?"]),
    (E, 31, ["Very important. Korean companies are some of the best battery makers in the world, and we work with several of them. Cell supply is one of the main constraints on how fast we can grow, so good suppliers matter a great deal."]),
    (I, 52, ["(In Korean) 매우 중요합니다. 한국 기업들은 세계 최고의 배터리 제조사들이고, 저희는 여러 회사와 협력하고 있습니다. 셀 공급은 성장 속도를 좌우하는 가장 큰 제약 중 하나입니다."]),
    (P, 71, ["(In Korean) 로봇에 대해서도 묻고 싶습니다. 한국은 제조업 비중이 높은데, 휴머노이드 로봇이 일자리를 빼앗을까요?"]),
    (I, 84, ["She&#8217;d like to ask about robots. Korea has a large manufacturing sector. Will humanoid robots take jobs away?"]),
    (E, 95, ["In the long run, I think robots will do most of the repetitive and dangerous work, and that&#8217;s a good thing. But the transition has to be managed carefully, and companies can&#8217;t just pretend it isn&#8217;t happening."]),
    (P, 121, ["(In English) Okay."]),
    (E, 123, ["Korea is actually a good example, because it already has one of the highest robot densities in the world and still has low unemployment. So it isn&#8217;t automatically one or the other."]),
    (I, 140, ["(In Korean) 장기적으로는 로봇이 반복적이고 위험한 일을 대부분 맡게 될 것이고, 그것은 좋은 일입니다. 다만 전환 과정은 신중하게 관리되어야 합니다. 한국은 로봇 밀도가 세계 최고 수준이면서도 실업률이 낮은 좋은 예입니다."]),
    (P, 171, ["(In Korean) 내년에 한국을 방문하실 계획이 있나요?"]),
    (I, 178, ["Do you have plans to visit Korea next year?"]),
    (E, 181, ["Yes."]),
    (I, 182, ["(In Korean) 네."]),
    (P, 184, ["(In Korean) 언제쯤 오실 수 있을까요?"]),
    (I, 187, ["When might that be?"]),
    (E, 189, ["I&#8217;d rather not give a date, because then it becomes a headline. But soon, hopefully.",
              "I&#8217;ve heard the food is incredible, so that&#8217;s a strong incentive."]),
    (I, 201, ["(In Korean) 날짜를 말씀드리면 기사 제목이 되니까 말씀드리지 않겠지만, 곧 가고 싶습니다. 음식이 정말 훌륭하다고 들었습니다."]),
    (P, 214, ["(In Korean) 오늘 정말 감사합니다."]),
    (E, 218, ["Thank you so much. 감사합니다."]),
]
check_no_adjacent([("E" if s == E else s, t, p) for s, t, p in T])
VIDEO = "https://www.kbn.example/news/video/881230"


def transcript():
    out, seen = [], {}
    for spk, t, paras in T:
        base = re.sub(r"[^a-z0-9]+", "-", spk.lower()).strip("-")
        n = seen.get(base, 0)
        seen[base] = n + 1
        hid = base if n == 0 else f"{base}-{n}"
        out.append(f'<h3 id="{hid}">{spk}</h3>')
        for p in paras:
            out.append(f"<p>{p}</p>")
        out.append(f'<p class="tc"><a href="{VIDEO}?t={t}">[{hms(t)}]</a></p>')
    return "\n".join(out)


def build():
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Full transcript: Elon Musk on KBN, with the interpreter&#x27;s turns kept in</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://signalnoise.blog/assets/built/screen.css?v=4b9d2e11af">
<link rel="canonical" href="https://signalnoise.blog/elon-musk-kbn-interview-transcript/">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Signal &amp; Noise">
<meta property="og:type" content="article">
<meta property="og:title" content="Full transcript: Elon Musk on KBN, with the interpreter&#x27;s turns kept in">
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://signalnoise.blog/" data-key="8a1c2f0d9e" data-api="https://signalnoise.blog/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{{border-radius:8px}} .tc{{font-size:.8em;color:#7a7a7a;margin-top:-.6em}}</style>
</head>
<body class="post-template tag-interviews tag-korea tag-hash-import-2024-05 is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="https://signalnoise.blog">Signal &amp; Noise</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://signalnoise.blog/">Home</a></li><li class="nav-transcripts"><a href="https://signalnoise.blog/tag/transcripts/">Transcripts</a></li><li class="nav-about"><a href="https://signalnoise.blog/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a href="#/portal/signin" data-portal="signin">Sign in</a> <a href="#/portal/signup" data-portal="signup" class="gh-head-button">Subscribe</a></div>
</div></header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-interviews tag-korea">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/interviews/">Interviews</a></span></div>
<h1 class="article-title">Full transcript: Elon Musk on KBN, with the interpreter&#x27;s turns kept in</h1>
<p class="article-excerpt">Most English write-ups of this interview dropped the interpreter. Here is the whole thing, so you can see what was actually asked and how the answers were relayed.</p>
<div class="article-byline"><div class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/jiwoo/">Jiwoo Han</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-05-21">May 21, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div></div></div></div>
</header>
<section class="gh-content gh-canvas">
<p>KBN anchor Park Min-seo interviewed Elon Musk for <em>KBN Evening News</em>. She asked her questions in Korean; a KBN interpreter relayed them to Musk in English and then relayed his answers back in Korean for viewers. Korean lines are given as spoken.</p>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">&#9201;&#65039;</div><div class="kg-callout-text">Time codes appear at the <strong>end</strong> of each turn and mark the moment that turn <strong>begins</strong> in the KBN video. Click one to jump there.</div></div>
<figure class="kg-card kg-embed-card"><iframe width="200" height="113" src="https://www.kbn.example/embed/881230" frameborder="0" allowfullscreen title="KBN interview"></iframe></figure>
<h2 id="transcript">Transcript</h2>
{transcript()}
<hr>
<p>Transcribed and checked by Jiwoo Han. If you&#x27;re a Korean speaker and spot a mistake in the interpreter&#x27;s lines, reply to the newsletter.</p>
</section>
</article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal=""><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-content-link" href="/battery-supply-chain-korea/"><header class="post-card-header"><h2 class="post-card-title">Why Korea still matters for batteries</h2></header></a></article>
<article class="post-card post"><a class="post-card-content-link" href="/interpreters-are-invisible/"><header class="post-card-header"><h2 class="post-card-title">Interpreters are invisible, until they aren&#x27;t</h2></header></a></article></div></aside>
</main>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://signalnoise.blog">Signal &amp; Noise</a> &copy; 2024</section><nav class="site-footer-nav"><ul class="nav"><li><a href="https://signalnoise.blog/rss/">RSS</a></li><li><a href="https://signalnoise.blog/privacy/">Privacy</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="https://signalnoise.blog/assets/built/casper.js?v=4b9d2e11af"></script>
<script>document.querySelectorAll('.gh-content .tc a').forEach(function(a){{a.setAttribute('target','_blank');}});</script>
</body>
</html>
"""
    turns = [turn(t, paras[0]) for spk, t, paras in T if spk == E]
    return dict(slug=SLUG, html=html, show=SHOW, turns=turns, others=[P, I],
                format="Ghost post; an <h3> speaker heading per turn with paragraphs below and the time code printed after the turn's text as a bracketed [hh:mm:ss] link (legend: it marks where the turn begins); Korean anchor via an interpreter.")
