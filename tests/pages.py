"""Web fixtures written by the tests: the seed pair as two saved pages with different site
templates (navigation, related links and a footer naming other people, places and dates),
and a WARC crawl holding them beside an unrelated page."""

from __future__ import annotations

import html
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .conftest import DATA

ORIGINAL = DATA / "000_c49ac1a8b086b6ac.txt"
SPUN = DATA / "002_eb46de863a2a7b74.txt"
UNRELATED = (
    "The city council of Springfield approved a new budget on Tuesday after a long debate.\n\n"
    "Mayor Linda Carter said the plan adds 120 teachers and repairs 14 bridges over three years.\n\n"
    "Opponents on the council argued that property taxes would rise by 4 per cent, and local business "
    "groups asked for a delay until the autumn so that shop owners could be consulted first."
)

TEMPLATES = {
    "daily": (
        '<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> '
        '<a href="/sport">Sport</a></nav></header>',
        '<aside class="related"><h3>Related stories</h3><ul>'
        '<li><a href="/a">Angela Merkel meets Emmanuel Macron in Berlin on 3 June</a></li>'
        '<li><a href="/b">Tokyo markets fall 12 per cent in October</a></li></ul></aside>',
        "<footer><p>© 2024 The Daily Example, 1 Fleet Street, London. Editor: Jane Smith. "
        'Founded in 1901.</p><p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>',
    ),
    "farm": (
        '<div id="menu"><ul><li><a href="/">Start</a></li><li><a href="/news">News</a></li>'
        '<li><a href="/celebs">Celebrities</a></li></ul></div><div class="ad">Advertisement: '
        "Buy shoes in Paris today, 50% off until Friday!</div>",
        '<div class="more"><h4>You may also like</h4><p><a href="/x">Kim Kardashian visits Dubai in '
        'January</a></p><p><a href="/y">Boris Johnson says 7 things about Brexit</a></p></div>',
        '<div class="footer">Copyright 2025 NewsFarm Media Ltd, Manila. Contact: John Doe. '
        '<a href="/about">About us</a> | <a href="/contact">Contact</a></div>',
    ),
}


def article_page(text: str, template: str, title: str, published: str, url: str) -> str:
    """A saved news page: the article's paragraphs inside a site template, dated in its metadata."""
    top, related, footer = TEMPLATES[template]
    paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n") if p.strip())
    if template == "daily":
        dating = (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "{html.escape(title)}", "datePublished": "{published}T09:30:00+00:00"}}</script>'
        )
    else:
        dating = f'<meta property="article:published_time" content="{published}T18:00:00Z">'
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<link rel="canonical" href="{url}">{dating}</head><body>{top}<main><article>'
        f"<h1>{html.escape(title)}</h1>{paragraphs}</article>{related}</main>{footer}</body></html>"
    )


def seed_pages() -> dict[str, str]:
    """File name -> page: the original on a news site, the spun copy on a content farm."""
    title = "Putin welcomes Myanmar junta leader"
    return {
        "daily-example.html": article_page(
            ORIGINAL.read_text(encoding="utf-8"), "daily", title, "2025-03-04", "https://daily.example/world/putin"
        ),
        "newsfarm.html": article_page(
            SPUN.read_text(encoding="utf-8"), "farm", title + "!", "2025-03-06", "https://newsfarm.example/p/123"
        ),
        "council.html": article_page(
            UNRELATED, "daily", "Springfield budget approved", "2025-02-11", "https://daily.example/local/budget"
        ),
    }


def write_warc(path: Path, pages: dict[str, str], extra_records: bool = True) -> None:
    """A gzipped WARC of the pages as HTTP responses (plus a request and an image record)."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for number, page in enumerate(pages.values()):
            url = f"https://site{number}.example/article-{number}"
            if extra_records:
                request = StatusAndHeaders("GET / HTTP/1.1", [("Host", f"site{number}.example")], is_http_request=True)
                writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=BytesIO(page.encode("utf-8")), http_headers=headers
            )
            writer.write_record(record)
        if extra_records:
            image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    "https://site0.example/logo.png", "response", payload=BytesIO(b"\x89PNG..."), http_headers=image
                )
            )
