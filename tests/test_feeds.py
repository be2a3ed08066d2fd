import csv

import pytest

from settings.errors import ExtractError
from extractors.feeds import canonical_url, parse_feed
from tests.conftest import SHARED_DATA, atom, need_shared, rss


@pytest.mark.parametrize("url, expected", [
    ("https://Example.com/a/b?utm_source=x&id=3#frag", "https://example.com/a/b?id=3"),
    ("http://example.com:80/x?fbclid=1", "http://example.com/x"),
    ("https://example.com:8443/x", "https://example.com:8443/x"),
    ("https://example.com", "https://example.com/"),
    ("https://example.com/x?b=2&a=1&utm_medium=rss", "https://example.com/x?b=2&a=1"),
])
def test_canonical_url_drops_tracking_and_fragments(url, expected):
    assert canonical_url(url) == expected


def test_rss_and_atom_entries_are_normalised():
    items = [{"title": "One", "link": "https://n.example/1?utm_source=rss", "pubDate": "Tue, 04 Jul 2023 08:00:00 GMT"},
             {"title": "Two", "link": "https://n.example/2", "guid": "story-2"}]
    parsed = parse_feed(rss(items).encode(), "application/rss+xml", "https://n.example/feed")
    assert [e.key for e in parsed.entries] == ["https://n.example/1", "https://n.example/2"]
    assert parsed.entries[0].published == "2023-07-04T08:00:00+00:00"
    assert parsed.entries[1].guid == "story-2" and parsed.warning is None
    parsed_atom = parse_feed(atom(items).encode(), "application/atom+xml", "https://n.example/atom")
    assert [e.title for e in parsed_atom.entries] == ["One", "Two"]


def test_duplicate_entries_within_a_feed_are_dropped():
    items = [{"title": "A", "link": "https://n.example/a#top"}, {"title": "A again", "link": "https://n.example/a"}]
    assert len(parse_feed(rss(items).encode(), "text/xml", "https://n.example/f").entries) == 1


def test_malformed_feed_still_yields_entries_with_a_warning():
    broken = rss([{"title": "Ok & fine", "link": "https://n.example/x"}])  # bare ampersand: not well-formed XML
    parsed = parse_feed(broken.encode(), "text/xml", "https://n.example/f")
    assert parsed.warning and parsed.warning.startswith("malformed feed")
    assert [e.key for e in parsed.entries] == ["https://n.example/x"]


@pytest.mark.parametrize("body", [b"<html><body><p>just a page</p></body></html>", b"", b"\x00\x01garbage"])
def test_a_document_that_is_not_a_feed_is_an_error(body):
    with pytest.raises(ExtractError, match="not a feed"):
        parse_feed(body, "text/html", "https://n.example/f")


def test_a_page_given_as_a_feed_says_so_in_plain_words_and_names_the_feed_it_links():
    page = (b"<!DOCTYPE html><html><head><title>News</title><link rel=\"alternate\" type=\"application/rss+xml\" "
            b"href=\"/rss/world.xml\"></head><body><p>Front page</p></body></html>")
    with pytest.raises(ExtractError) as caught:
        parse_feed(page, "text/html; charset=utf-8", "https://n.example/news/")
    said = str(caught.value)
    assert said.startswith("not a feed: the URL returned an HTML page, not an RSS or Atom feed; the page names a "
                           "feed: https://n.example/rss/world.xml (parser: ")
    with pytest.raises(ExtractError, match=r"^not a feed \("):  # an empty body is no HTML page
        parse_feed(b"", "text/html", "https://n.example/f")


def manifest_rows():
    path = SHARED_DATA / "feeds" / "MANIFEST.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return [row for row in csv.DictReader(lines, delimiter="\t") if row.get("file")]


@pytest.mark.parametrize("row", manifest_rows() or [pytest.param(None, marks=pytest.mark.skip(
    reason="../shared/data/feeds is absent"))], ids=lambda r: r["file"] if r else "absent")
def test_shared_feeds_pass_the_feed_stage(row):
    """The 44 feedparser test feeds: no exception escapes; bozo ones come back as warnings, not failures."""
    folder = need_shared(SHARED_DATA / "feeds")
    header = row["http_header_in_comment"].strip()
    content_type = "text/xml"
    if header.lower().startswith("content-type:"):
        content_type = header.split(":", 1)[1].strip()
    content = (folder / row["file"]).read_bytes()
    try:
        parsed = parse_feed(content, content_type, f"http://127.0.0.1/{row['file']}")
    except ExtractError as exc:  # a recorded, named failure is an acceptable outcome for hostile input
        assert "not a feed" in str(exc)
        return
    if row["expect_bozo"] == "yes":
        assert parsed.warning is not None
