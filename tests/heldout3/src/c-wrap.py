"""Wrap pandoc's standalone HTML (c-huawei.pandoc.html) in hand-written site chrome."""

from pathlib import Path

here = Path(__file__).parent
html = (here / "c-huawei.pandoc.html").read_text()
top = """<body>
<div class="site">
<a class="skip" href="#content">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/">Baltic Forum for Technology Policy</a>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/research/">Research</a></li>
      <li><a href="/regions/eurasia/">Eurasia</a></li>
      <li><a href="/topics/telecom/">Telecom &amp; Digital</a></li>
      <li><a href="/events/">Events</a></li>
      <li><a href="/about/">About us</a></li>
      <li><a class="button" href="/subscribe/">Subscribe</a></li>
    </ul>
  </nav>
</header>
<main id="content">
<article class="post">
"""
bottom = """</article>
<aside class="related">
  <h2>Related articles</h2>
  <ul>
    <li><a href="/2024/09/ericsson-spares/">Why Russian operators still buy Ericsson spares</a></li>
    <li><a href="/2024/06/kazakh-corridor/">The Kazakhstan corridor for network equipment</a></li>
    <li><a href="/2024/03/central-asia-5g/">5G in Central Asia: a Chinese monopoly?</a></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <p>&copy; 2024 Baltic Forum for Technology Policy. All rights reserved.</p>
  <p><a href="/privacy/">Privacy policy</a> &middot; <a href="/contact/">Contact</a>
     &middot; <a href="/feed.xml">RSS</a></p>
</footer>
</div>
</body>"""
html = html.replace("<body>\n", top, 1).replace("</body>", bottom, 1)
STYLE = (
    "    .site-header,.site-footer{background:#12304a;color:#fff;padding:1em}\n"
    "    .related{border-top:1px solid #ccc;margin-top:2em}\n  </style>"
)
html = html.replace("</style>", STYLE, 1)
(here.parent / "gen" / "c-huawei.html").write_text(html)
