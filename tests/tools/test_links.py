"""The anchor checker (harness/tools/links.py) catches a link to a missing id or a missing page."""

from harness.tools import links


def test_a_link_to_a_missing_anchor_is_caught(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h2 id="here">A</h2><a href="../b/#gone">b</a><a href="#here">a</a>')
    (tmp_path / "b" / "index.html").write_text('<h2 id="kept">B</h2><a href="../a/#here">a</a><a href="../c/#x">c</a>')
    checked, broken = links.broken_fragments(tmp_path)
    assert checked == 4
    assert broken == [
        "a/index.html: link '../b/#gone': b/index.html has no id 'gone'",
        "b/index.html: link '../c/#x': no page c/index.html",
    ]
