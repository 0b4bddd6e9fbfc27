"""Hostile and damaged attachments cost bounded time and memory, and never pass unseen.

Each bad input yields an ``Unscannable`` with its reason (or a clean skip), checked while
reading; the memory test runs the real ``mailguard check`` in a subprocess and reads its
peak RSS from the kernel.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile

import extractkit as kit
import pytest

from mailguard.config import LimitsConfig
from mailguard.extract.limits import RATIO_FLOOR

ROWS = [["氏名", "電話番号"], ["山田太郎", "03-1234-5678"]]


@pytest.fixture(scope="module")
def bomb() -> bytes:
    data = kit.zip_bomb()  # one member, 960 MiB of zeros
    assert len(data) <= 1_000_000
    [info] = zipfile.ZipFile(io.BytesIO(data)).infolist()
    assert info.file_size >= 1_000_000_000
    return data


def test_zip_bomb_is_refused_by_its_headers(bomb):
    ex = kit.extract_one("bomb.zip", bomb, "application/zip")
    assert kit.reasons(ex) == {"attachment:bomb.zip/zeros.bin": "too_large"}


def test_zip_bomb_that_lies_about_its_size_stops_at_the_declared_size(bomb):
    liar = kit.zip_bomb(declared=30 * kit.MIB)  # says 30 MiB, inflates to 960 MiB
    ex = kit.extract_one("liar.zip", liar, "application/zip")
    # zipfile never yields more than the declared size; the CRC then fails
    assert kit.reasons(ex) == {"attachment:liar.zip/zeros.bin": "corrupt"}


def test_compression_ratio_is_checked_while_inflating():
    liar = kit.zip_bomb(mib=8, declared=8 * kit.MIB)
    ex = kit.extract_one("r.zip", liar, "application/zip", LimitsConfig(max_ratio=50))
    assert kit.reasons(ex) == {"attachment:r.zip/zeros.bin": "too_large"}
    assert "ratio" in ex.unscannable[0].detail


def test_small_very_compressible_files_are_not_bombs():
    zeros = b"0" * (RATIO_FLOOR // 2)  # 1000:1, but only half a megabyte
    ex = kit.extract_one("z.zip", kit.zip_of([("zeros.txt", zeros)]), "application/zip",
                         LimitsConfig(max_ratio=10))
    assert ex.unscannable == []


def test_42_style_nested_bomb_is_reported_once_for_the_archive():
    inner = kit.zip_bomb(mib=100)
    middle = kit.zip_of([(f"i{i}.zip", inner) for i in range(16)])
    top = kit.zip_of([(f"m{i}.zip", middle) for i in range(16)])
    ex = kit.extract_one("42.zip", top, "application/zip")
    assert kit.reasons(ex) == {"attachment:42.zip": "too_large"}
    assert ex.unscannable[0].detail.startswith("16 files in the archive: ")


def test_fifty_nested_zips_stop_at_max_depth():
    data = kit.nested_zip(50)
    ex = kit.extract_one("n0.zip", data, "application/zip")
    [u] = ex.unscannable
    assert u.reason == "too_deep"
    assert u.where.count(".zip") == 12  # n0.zip and n1 … n11: depth 11 > max_depth 10
    assert not [p for p in ex.parts if "secret" in p.where]


def test_members_over_the_cap_are_reported_and_the_first_ones_read():
    data = kit.zip_of([(f"f{i:02}.txt", f"ファイル{i}".encode()) for i in range(30)])
    ex = kit.extract_one("many.zip", data, "application/zip", LimitsConfig(max_members=10))
    assert kit.reasons(ex) == {"attachment:many.zip": "too_large"}
    assert kit.texts(ex, "attachment:many.zip/f09.txt") == "ファイル9"
    assert kit.texts(ex, "attachment:many.zip/f10.txt") == ""


def test_oversized_central_directory_is_refused_before_parsing():
    data = kit.zip_of([(f"{'x' * 200}{i}.txt", b"") for i in range(100)])
    ex = kit.extract_one("dir.zip", data, "application/zip", LimitsConfig(max_members=10))
    assert kit.reasons(ex) == {"attachment:dir.zip": "too_large"}


def test_total_expanded_bytes_per_message():
    numbers = ",".join(str(n * 7919 % 1_000_003) for n in range(260_000)).encode()  # 1.8 MB
    big = kit.zip_of([(f"p{i}.txt", numbers) for i in range(3)])
    limits = LimitsConfig(max_total_bytes=4 * kit.MIB)
    ex = kit.extract_mail(kit.mail([("a.zip", big, "application/zip"),
                                    ("b.txt", "後の添付".encode(), "text/plain")]), limits)
    # the third member would cross the message's 4 MiB: refused by its declared size
    assert kit.reasons(ex) == {"attachment:a.zip/p2.txt": "too_large"}
    assert kit.texts(ex, "attachment:a.zip/p1.txt")
    assert kit.texts(ex, "attachment:b.txt") == "後の添付"  # nothing to inflate: still read


def test_spreadsheet_cells_are_capped_while_reading():
    data = kit.xlsx({"S": [["番号", "値"]] + [[i, i * 2] for i in range(5000)]})
    ex = kit.extract_one("big.xlsx", data, limits=LimitsConfig(max_cells=1000))
    assert kit.reasons(ex) == {"attachment:big.xlsx": "too_large"}
    [part] = [p for p in ex.parts if p.where == "attachment:big.xlsx"]
    assert 400 < len(part.table.rows) <= 500  # what was read before the cap is kept


def test_a_worksheet_is_streamed_so_its_xml_size_is_not_the_limit():
    """Sheets cost what their cells cost; only parts loaded whole must fit max_file_bytes."""
    data = kit.xlsx({"S": [["番号", "値"]] + [[i, i * 2] for i in range(5000)]})
    sheet = zipfile.ZipFile(io.BytesIO(data)).getinfo("xl/worksheets/sheet1.xml")
    limits = LimitsConfig(max_file_bytes=len(data) + 1000)
    assert sheet.file_size > limits.max_file_bytes
    ex = kit.extract_one("big.xlsx", data, limits=limits)
    assert ex.unscannable == []
    [part] = [p for p in ex.parts if p.where == "attachment:big.xlsx"]
    assert len(part.table.rows) == 5000


def test_pdf_pages_are_capped_and_the_first_pages_kept():
    data = kit.pdf([[f"ページ{i}"] for i in range(1, 6)])
    ex = kit.extract_one("p.pdf", data, "application/pdf", LimitsConfig(max_pages=2))
    assert kit.reasons(ex) == {"attachment:p.pdf": "too_large"}
    text = kit.texts(ex, "attachment:p.pdf")
    assert "ページ2" in text and "ページ3" not in text


def test_pdf_page_tree_of_a_million_shared_pages_costs_one_page():
    data = kit.pdf_page_dag(1000)  # 1000 × 1000 references to one page, 13 KB
    assert len(data) < 20_000
    ex = kit.extract_one("dag.pdf", data, "application/pdf")
    assert kit.texts(ex, "attachment:dag.pdf", role="") == "Million"
    assert ex.unscannable == []


def test_pdf_with_tens_of_thousands_of_page_objects_reads_only_max_pages():
    data = kit.pdf_many_pages(20_000)
    ex = kit.extract_one("many.pdf", data, "application/pdf", LimitsConfig(max_pages=50))
    assert kit.reasons(ex) == {"attachment:many.pdf": "too_large"}
    assert kit.texts(ex, "attachment:many.pdf", role="").count("Page") == 50


def test_text_budget_cuts_and_says_so():
    ex = kit.extract_one("long.txt", ("あ" * 5000).encode("utf-8"), "text/plain",
                         LimitsConfig(max_text_chars=1000))
    assert kit.reasons(ex) == {"attachment:long.txt": "too_large"}
    assert sum(len(p.text) for p in ex.parts if p.where.startswith("attachment:")) == 1000


def test_long_document_stops_at_the_text_budget_with_flat_memory():
    data = kit.docx([f"第{i}段落 本文テキスト" for i in range(3000)])
    ex = kit.extract_one("long.docx", data, limits=LimitsConfig(max_text_chars=5000))
    assert kit.reasons(ex) == {"attachment:long.docx": "too_large"}
    text = kit.texts(ex, "attachment:long.docx")
    assert len(text) == 5000 and text.startswith("第0段落 本文テキスト")


def test_html_is_read_in_pieces_never_cut_inside_a_script():
    from mailguard.extract.attachments import html_pieces

    markup = "<html><body>" + "".join(f"<p>顧客{i}</p><script>var s = '<p>秘密{i}</p>';"
                                      f"</script>" for i in range(3000)) + "</body></html>"
    pieces = list(html_pieces(markup, size=2000))
    assert len(pieces) > 10 and "".join(pieces) == markup
    ex = kit.extract_one("list.html", markup.encode(), "text/html")
    text = kit.texts(ex, "attachment:list.html")
    assert text.count("顧客") == 3000 and "秘密" not in text


def test_time_budget_spent_marks_every_attachment_timeout():
    raw = kit.mail([("a.csv", b"a,b\n", "text/csv"),
                    ("b.pdf", kit.pdf([["x"]]), "application/pdf")])
    ex = kit.extract_mail(raw, LimitsConfig(time_budget=0.0))
    assert kit.reasons(ex) == {"attachment:a.csv": "timeout", "attachment:b.pdf": "timeout"}
    assert [p.where for p in ex.parts] == ["subject", "body"]


# --- damaged files -----------------------------------------------------------------------------

def _damaged():
    xl = kit.xlsx({"S": ROWS})
    dx = kit.docx(["本文"])
    pd = kit.pdf([["申込書 山田太郎"]] * 3)
    return {
        "half.xlsx": xl[: len(xl) // 2],
        "badsheet.xlsx": kit.rewrite_zip(xl, {"xl/worksheets/sheet1.xml": b"<worksheet><sheetD"}),
        "half.docx": dx[: len(dx) // 2],
        "badxml.docx": kit.rewrite_zip(dx, {"word/document.xml": b"<w:document><w:body><w:p>"}),
        "dtd.docx": kit.rewrite_zip(dx, {"word/document.xml":
                                         b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aa">'
                                         b'<!ENTITY b "&a;&a;&a;">]><d>&b;</d>'}),
        "half.pdf": pd[: len(pd) // 2],
        "noise.pdf": pd[:200] + bytes(range(256)) * 20,
        "named.xlsx": b"this is not a spreadsheet\x00\x01\x02",
    }


@pytest.mark.parametrize("name", sorted(_damaged()))
def test_damaged_office_and_pdf_files_are_corrupt(name):
    ex = kit.extract_one(name, _damaged()[name])
    assert kit.reasons(ex) == {f"attachment:{name}": "corrupt"}


def test_truncated_base64_part_yields_a_finding_not_a_crash():
    raw = kit.mail([("申込書.pdf", kit.pdf([["申込書 山田太郎"] * 40] * 5), "application/pdf")])
    start = raw.rindex(b"Content-Transfer-Encoding: base64")
    cut = raw[: start + (len(raw) - start) // 2 + 3]  # mid-line, no closing boundary
    ex = kit.extract_mail(cut)
    assert kit.reasons(ex) == {"attachment:申込書.pdf": "corrupt"}
    assert [p.where for p in ex.parts] == ["subject", "body"]


# --- peak memory of `mailguard check` ------------------------------------------------------------

PEAK_RSS = """
import resource, subprocess, sys
proc = subprocess.run(sys.argv[1:], capture_output=True)
sys.stdout.write(f"{proc.returncode} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
sys.stderr.write(proc.stderr.decode(errors="replace"))
"""


def _bad_mails(bomb: bytes) -> dict[str, bytes]:
    inner = kit.zip_bomb(mib=100)
    middle = kit.zip_of([(f"i{i}.zip", inner) for i in range(16)])
    damaged = _damaged()
    pd = kit.pdf([["申込書 山田太郎"] * 40] * 5)
    full = kit.mail([("申込書.pdf", pd, "application/pdf")])
    start = full.rindex(b"Content-Transfer-Encoding: base64")
    return {
        "bomb": kit.mail([("bomb.zip", bomb, "application/zip")]),
        "liar": kit.mail([("liar.zip", kit.zip_bomb(declared=45 * kit.MIB), "application/zip")]),
        "42": kit.mail([("42.zip", kit.zip_of([(f"m{i}.zip", middle) for i in range(16)]),
                         "application/zip")]),
        "nested": kit.mail([("n0.zip", kit.nested_zip(50), "application/zip")]),
        "corrupt": kit.mail([(n, d, "application/octet-stream") for n, d in damaged.items()]),
        "truncated": full[: start + (len(full) - start) // 2 + 3],
    }


def test_mailguard_check_peak_memory_stays_under_300_mb(bomb, tmp_path):
    config = tmp_path / "mailguard.toml"
    config.write_text('[organization]\ninternal_domains = ["example.co.jp"]\n'
                      f'[store]\nurl = "sqlite:///{tmp_path}/mg.db"\n', encoding="utf-8")
    for name, raw in _bad_mails(bomb).items():
        path = tmp_path / f"{name}.eml"
        path.write_bytes(raw)
        out = subprocess.run(
            [sys.executable, "-c", PEAK_RSS, sys.executable, "-m", "mailguard", "check",
             "--config", str(config), "--format", "json", str(path)],
            capture_output=True, text=True, cwd=tmp_path, timeout=120)
        code, rss_kib = map(int, out.stdout.split())
        assert code in (0, 1), f"{name}: {out.stderr}"
        assert "Traceback" not in out.stderr, name
        assert rss_kib < 300 * 1024, f"{name}: peak RSS {rss_kib // 1024} MiB"


def test_mailguard_check_holds_the_bomb_for_external_recipients(bomb, tmp_path):
    import json

    config = tmp_path / "mailguard.toml"
    config.write_text('[organization]\ninternal_domains = ["example.co.jp"]\n'
                      f'[store]\nurl = "sqlite:///{tmp_path}/mg.db"\n', encoding="utf-8")
    path = tmp_path / "bomb.eml"
    path.write_bytes(kit.mail([("bomb.zip", bomb, "application/zip")]))
    out = subprocess.run([sys.executable, "-m", "mailguard", "check", "--config", str(config),
                          "--format", "json", str(path)], capture_output=True, text=True,
                         cwd=tmp_path, timeout=120)
    assert out.returncode == 1, out.stderr
    verdict = json.loads(out.stdout)
    assert verdict["action"] == "hold"
    [finding] = [f for f in verdict["findings"] if f["detector"] == "unscannable_attachment"]
    assert finding["rule"] == "attachment-bomb-or-too-deep"
    assert finding["where"] == "attachment:bomb.zip/zeros.bin"
    assert re.search(r"bomb\.zip/zeros\.bin", finding["message"])
