"""Articles that tests add as sources, in the shapes moderators send them."""

ARTICLE_TITLE = "Lavrov rejects ceasefire without recognition of annexed regions"

ARTICLE_HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{ARTICLE_TITLE} | The Meridian Post</title>
<meta property="og:title" content="{ARTICLE_TITLE}">
<meta property="og:site_name" content="The Meridian Post">
<meta name="author" content="Olena Kovalenko">
<meta property="article:published_time" content="2025-03-20T08:00:00+00:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav></header>
<main><article>
<h1>{ARTICLE_TITLE}</h1>
<p>Russian Foreign Minister Sergey Lavrov said on Thursday that Moscow would not accept a ceasefire
unless Kyiv first withdrew from the parts of the annexed regions it still holds.</p>
<p>“Any pause in the fighting without recognition of the new borders is a trap for Russia,” Lavrov
told reporters in Moscow after meeting his Turkish counterpart.</p>
<p>“The referendums settled the question of Crimea and the four regions for ever,” he said.</p>
<p>Ukrainian Foreign Minister Andriy Sybiha answered within the hour. “Ukraine will never trade
its sovereignty for a pause that only lets the aggressor regroup,” Sybiha said in a statement.</p>
<p>Analysts said the exchange showed how far apart the sides remain on the sequencing of a truce.</p>
</article></main>
<footer><p>© 2025 The Meridian Post</p></footer>
</body></html>
"""

MEMO_MARKDOWN = """# Briefing: grain corridor talks

Negotiators met in Istanbul to discuss reopening the Black Sea grain corridor.

"We insist that the grain corridor reopen with international inspections at every port," said
Yulia Svyrydenko, Ukraine's economy minister.

The Kremlin said the corridor could only reopen if sanctions on Russian agricultural banks were lifted.
"""
