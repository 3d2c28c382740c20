"""A .txt or .md upload without a title or a date takes them from its own first lines."""

from __future__ import annotations

from index.sources.ingest import read_file


def test_a_text_upload_is_titled_by_its_headline_and_dated_by_its_date_line() -> None:
    doc = read_file(
        b"Ceasefire talks resume in Doha\nPublished March 14, 2025\n\nThe envoy said on Monday that "
        b"the talks were useful.\n",
        "upload.txt",
    )
    assert (doc.title, doc.date) == ("Ceasefire talks resume in Doha", "2025-03-14")


def test_page_chrome_and_bylines_are_not_taken_for_a_headline() -> None:
    doc = read_file(
        b"5 hours ago\n\nBy A. Writer\n\nDepot workers reject the offer\n\nThe union said on Monday "
        b"that it would not sign.\n",
        "upload.txt",
    )
    assert doc.title == "Depot workers reject the offer"
    assert doc.date is None  # "5 hours ago" is relative to a capture nobody dated


def test_a_markdown_upload_keeps_its_heading_and_reads_an_updated_line() -> None:
    doc = read_file(
        b"# Ceasefire talks resume\n\n*Updated: 14/03/2025 10:31*\n\nThe envoy said it was useful.\n", "upload.md"
    )
    assert (doc.title, doc.date) == ("Ceasefire talks resume", "2025-03-14")
    untitled = read_file(b"Depot workers reject the offer\n\nThe union said it would not sign.\n", "notes.md")
    assert untitled.title == "Depot workers reject the offer"


def test_a_text_that_opens_with_a_sentence_has_no_title_of_its_own() -> None:
    doc = read_file(b"The union said on Monday that it would not sign the offer.\n", "notes.txt")
    assert doc.title is None and doc.date is None


def test_the_first_line_of_a_wrapped_paragraph_is_not_a_headline() -> None:
    doc = read_file(b"The union and the authority\nmet again on Monday without a deal.\n", "notes.txt")
    assert doc.title is None
