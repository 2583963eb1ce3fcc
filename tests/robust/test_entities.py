"""End to end: a page can make articlekit neither expand entities nor read files nor use the network."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

import articlekit

TEXT = "The council said the river rose by two metres overnight and 300 homes were flooded. "
LAUGHS = "".join(
    f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
)
BILLION_LAUGHS = f"""<?xml version="1.0"?>
<!DOCTYPE html [<!ENTITY lol0 "lol">{LAUGHS}]>
<html><head><title>Laughs &lol9;</title><meta name="description" content="&lol9;"></head>
<body><article><h1>Laughs &lol9;</h1><p>{TEXT}&lol9; {TEXT}</p><p>{TEXT}</p></article></body></html>"""


def _secret_page(target: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html [
 <!ENTITY xxe SYSTEM "{target}">
 <!ENTITY % dtd SYSTEM "http://127.0.0.1:9/evil.dtd"> %dtd;
]>
<html><head><title>Secret &xxe;</title>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "&xxe;", "author": "&xxe;"}}</script>
</head><body><article><h1>Secret &xxe;</h1><p>{TEXT}&xxe; {TEXT}</p>
<div xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="{target}" parse="text"/></div>
<svg xmlns="http://www.w3.org/2000/svg"><!DOCTYPE svg [<!ENTITY s SYSTEM "{target}">]>
<text>&s;</text><image href="{target}"/></svg>
<math><mtext>&xxe;</mtext></math>
<p>{TEXT}</p></article></body></html>"""


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any Python-level connection attempt fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield


@pytest.mark.usefixtures("no_network")
def test_billion_laughs_is_not_expanded_end_to_end() -> None:
    article = articlekit.extract(BILLION_LAUGHS)
    rendered = article.to_json()
    assert "lollol" not in rendered
    assert len(rendered) < 10_000
    assert "river rose" in article.text


@pytest.mark.usefixtures("no_network")
def test_system_entity_does_not_read_files(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    for target in (secret.as_uri(), str(secret), "file:///etc/passwd"):
        article = articlekit.extract(_secret_page(target))
        rendered = article.to_json() + article.to_markdown()
        assert "TOP-SECRET" not in rendered
        assert "root:" not in rendered
        assert "river rose" in article.text


@pytest.mark.usefixtures("no_network")
def test_file_url_page_and_remote_links_are_not_fetched() -> None:
    page = (f'<html><head><link rel="stylesheet" href="http://127.0.0.1:9/a.css">'
            f'<base href="file:///etc/"></head><body><iframe src="passwd"></iframe>'
            f'<img src="http://127.0.0.1:9/x.png"><article><p>{TEXT * 3}</p></article></body></html>')
    article = articlekit.extract(page, url="file:///etc/passwd")
    assert "root:" not in article.to_json()
