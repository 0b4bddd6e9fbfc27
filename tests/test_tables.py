"""Tables laid out in text (mailguard/detect/tables.py): what a table is, and that reading
one never costs more than its own lines, whatever the text around it."""

from mailguard.detect import tables
from mailguard.detect.context import in_ranges
from mailguard.detect.personal_data import recognizers, scan_part
from mailguard.extract.base import TextPart


def test_a_header_without_rows_reads_only_the_line_under_it():
    read: list[int] = []

    def counted(text: str, pos: int):
        for item in tables._lines_from(text, pos):
            read.append(item[0])
            yield item

    text = "氏名　　電話番号\nあ\n" * 1000
    assert tables._table_at(counted(text, 0)) is None
    assert len(read) == 2  # the header and the line that is no row, not the 1,999 after


def test_header_lines_between_prose_lines_make_no_table():
    text = "氏名　　電話番号\nこちらは本文です\n" * 500
    assert tables.text_tables(text) == []


def test_each_of_many_small_tables_keeps_its_own_rows():
    blocks = [f"氏名　　電話番号\n宮原 聡{k}　　090-3{k:03d}-7788\n" for k in range(300)]
    text = "\n".join(blocks)
    found = tables.text_tables(text)
    assert len(found) == 300
    assert [t.rows[0][1] for t in found[:3]] == ["090-3000-7788", "090-3001-7788",
                                                  "090-3002-7788"]
    ps = scan_part(TextPart("body", text), recognizers())
    phone_units = sorted(u for u, fs in ps.units.items()
                         if any(f.type == "PHONE_NUMBER" for f in fs))
    assert len(phone_units) == 300 and all(u.endswith(":row0") for u in phone_units)


def test_in_ranges_over_many_sorted_ranges():
    ranges = [(k * 10, k * 10 + 5) for k in range(10_000)]
    assert in_ranges(ranges, 0) and in_ranges(ranges, 99_994)
    assert not in_ranges(ranges, 5) and not in_ranges(ranges, 99_995)
    assert not in_ranges([], 3) and not in_ranges(ranges, -1)


def test_a_name_column_beyond_a_short_header_is_read_not_a_crash():
    from mailguard.extract.base import Table

    rows = tuple((f"090-4{k:03d}-2211", f"東京都港区芝{k + 1}-1-1", n) for k, n in enumerate(
        ["遠藤 澪", "長谷川 真由美", "東海林 修", "五十嵐 葵", "宮原 聡", "白石 凛"]))
    part = TextPart("attachment:list.xlsx", "\n".join("\t".join(r) for r in rows),
                    table=Table(("電話番号", "住所"), rows))
    ps = scan_part(part, recognizers())
    assert any(f.type == "PHONE_NUMBER" for f in ps.found)
