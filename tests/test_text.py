"""Segmentation keeps offsets and separates sentences, bullets and headings."""
from __future__ import annotations

import pytest

from aidtracker.text import segment

TEXTS = [
    "Headline Without Stop\n\nThe U.S. sent 5 tanks.[3] Germany sent 2 more on Jan. 4. Done.",
    "Lead sentence:\n• first item\n• second item\n\nAfter the list. Another one!",
    "Lead:\n-- 75,000 rounds.\n-- 20 mortars.\n",
    "A sentence that wraps\nonto the next line. Then another.",
    "  Leading spaces.\tTabs too.  ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_segments_are_exact_substrings(text):
    for seg in segment(text):
        assert text[seg.start:seg.end] == seg.text
        assert seg.text == seg.text.strip()


def test_bullets_point_to_their_lead():
    segs = segment(TEXTS[1])
    items = [s for s in segs if s.kind == "item"]
    assert [s.text for s in items] == ["first item", "second item"]
    assert all(segs[s.lead].text == "Lead sentence:" for s in items)


def test_a_bullet_of_several_sentences_is_an_item_and_sentences():
    text = "Background:\n- Latvia leads the coalition. Sweden and Canada joined it (incl. Norway).\n- 10 drones.\n"
    got = [(s.kind, s.text, s.lead) for s in segment(text)]
    assert got == [("sentence", "Background:", None), ("item", "Latvia leads the coalition.", 0),
                   ("sentence", "Sweden and Canada joined it (incl. Norway).", None), ("item", "10 drones.", 0)]


def test_abbreviations_and_citations_do_not_split_badly():
    texts = [s.text for s in segment(TEXTS[0])]
    assert texts == ["Headline Without Stop", "The U.S. sent 5 tanks.[3]", "Germany sent 2 more on Jan. 4.", "Done."]


def test_wrapped_lines_are_joined():
    assert [s.text for s in segment(TEXTS[3])][0] == "A sentence that wraps\nonto the next line."


def test_hard_wrapped_prose_is_one_sentence_whatever_the_next_line_starts_with():
    from aidtracker.text import segment
    text = "In 2022 Poland also sent\n200 T-72 tanks and\nPT-91 Twardy tanks numbering 30.\nLeopard 1A5 tanks\t10\n"
    got = [(s.kind, s.text) for s in segment(text)]
    assert got[0] == ("sentence", "In 2022 Poland also sent\n200 T-72 tanks and\nPT-91 Twardy tanks numbering 30."), got
    assert got[1][1] == "Leopard 1A5 tanks\t10", got     # a table-like line is not glued to prose


def test_html_table_rows_keep_each_count_with_its_item(tmp_path, extractor):
    """A table without a header row still reads one row per line: 'T-72 tanks | 40 | Delivered'."""
    from aidtracker.sources import read_document
    page = tmp_path / "polish-aid.html"
    page.write_text("<html><body><h1>Polish military aid to Ukraine</h1><p>Published 14 March 2025</p>"
                    "<p>Poland has delivered the following equipment to Ukraine.</p><table>"
                    "<tr><td>T-72 tanks</td><td>40</td><td>Delivered</td></tr>"
                    "<tr><td>Krab howitzers</td><td>54</td><td>Delivered</td></tr></table></body></html>",
                    encoding="utf-8")
    recs = extractor.extract(read_document(page))
    assert sorted((r.donor, r.system, r.quantity, r.status) for r in recs) == [
        ("Poland", "AHS Krab", 54.0, "delivered"), ("Poland", "T-72", 40.0, "delivered")]


@pytest.mark.parametrize("pages,expected", [
    # running header and footer dropped, the sentence across the page break kept whole
    (["Ministry of Defence | Annual Report 2024\nIn addition, Poland delivered\nPage 1 of 2",
      "Ministry of Defence | Annual Report 2024\n100 MT-LB armoured personnel carriers.\nPage 2 of 2"],
     "In addition, Poland delivered 100 MT-LB armoured personnel carriers."),
    # a word broken at a line end is mended; a prefix keeps its hyphen
    (["Poland sent 60 Krab howit-\nzers and 20 anti-\ntank guns.\n3"],
     "Poland sent 60 Krab howitzers and 20 anti-tank guns."),
])
def test_pdf_pages_read_as_running_text(pages, expected):
    from aidtracker.sources import join_pages, reflow
    assert reflow(join_pages(pages)) == expected, pages


def test_an_unbulleted_list_under_a_colon_is_a_list():
    text = ("Capabilities in this package include:\n\nTwo NASAMS;\n\nFour counter-artillery radars; and\n\n"
            "Spare parts.\n\nThe package is the 60th since August 2021, the Pentagon said in its statement today.")
    segs = segment(text)
    got = [(s.kind, s.text, s.lead) for s in segs]
    assert got[1:4] == [("item", "Two NASAMS;", 0), ("item", "Four counter-artillery radars; and", 0),
                        ("item", "Spare parts.", 0)], got
    assert segs[4].kind == "sentence", got      # long prose ends the list


def test_an_unbulleted_list_row_may_give_its_value_after_a_colon():
    text = ("This package includes:\nJavelin anti-tank missile systems: ~$375 million\n"
            "TOW anti-tank missile systems: $353 million\nNote: list: not a row")
    got = [(s.kind, s.text, s.lead) for s in segment(text)]
    assert got[1:3] == [("item", "Javelin anti-tank missile systems: ~$375 million", 0),
                        ("item", "TOW anti-tank missile systems: $353 million", 0)], got
    assert got[3][0] != "item", got     # two colons: no row
