"""Japanese charsets decoded exactly, and every repair or loss recorded.

The byte fixtures are built here: cp932 bytes come from Python's cp932 codec, and the
ISO-2022-JP (CP50220) bytes from ``to_cp50220`` below, an independent Shift_JIS → JIS
conversion written for the tests.
"""

from __future__ import annotations

import pytest

from mailguard.mime.charsets import decode_base64, decode_bytes

EXTENSIONS = "マイナンバーは①、担当は髙橋、㈱サンプル"  # NEC row 13 and IBM extension chars


def to_cp50220(text: str) -> bytes:
    """ISO-2022-JP as Windows writes it: each cp932 double-byte character (NEC and IBM
    extensions included) as its JIS X 0208 code; half-width katakana go out as
    ``ESC ( I`` (CP50221; CP50220 would widen them)."""
    out = bytearray()
    mode = "ascii"
    for ch in text:
        b = ch.encode("cp932")
        if len(b) == 2:
            s1, s2 = b
            if s1 >= 0xE0:
                s1 -= 0x40
            j1 = (s1 - 0x81) * 2 + 0x21
            if s2 >= 0x9F:
                j1 += 1
                j2 = s2 - 0x7E
            else:
                j2 = s2 - 0x1F - (1 if s2 >= 0x80 else 0)
            want, esc, data = "jis", b"\x1b$B", bytes((j1, j2))
        elif b[0] >= 0xA1:
            want, esc, data = "kana", b"\x1b(I", bytes((b[0] - 0x80,))
        else:
            want, esc, data = "ascii", b"\x1b(B", b
        if want != mode:
            out += esc
            mode = want
        out += data
    if mode != "ascii":
        out += b"\x1b(B"
    return bytes(out)


def codes(d) -> list[str]:
    return [code for code, _ in d.issues]


def test_cp50220_helper_agrees_with_the_stdlib_on_plain_jis():
    assert to_cp50220("亜あア") == "亜あア".encode("iso2022_jp")


# --- Shift_JIS / CP932 --------------------------------------------------------------------

def test_cp932_labelled_shift_jis_decodes_exactly_and_records_the_repair():
    d = decode_bytes(EXTENSIONS.encode("cp932"), "Shift_JIS")
    assert d.text == EXTENSIONS
    assert codes(d) == ["CHARSET_REPAIRED"]


def test_stdlib_alone_garbles_the_same_bytes():
    """The reason this module exists: the stdlib label gives the wrong text."""
    raw = EXTENSIONS.encode("cp932")
    assert raw.decode("shift_jis", errors="replace") != EXTENSIONS


@pytest.mark.parametrize("label", ["shift_jis", "SHIFT-JIS", "x-sjis", "sjis", "windows-31j",
                                   "Windows-31J", "cp932", "ms_kanji", "csShiftJIS"])
def test_shift_jis_aliases_read_as_cp932(label):
    d = decode_bytes(EXTENSIONS.encode("cp932"), label)
    assert d.text == EXTENSIONS
    assert "DECODE_LOSSY" not in codes(d)


def test_plain_shift_jis_needs_no_repair():
    d = decode_bytes("お世話になっております。".encode("shift_jis"), "Shift_JIS")
    assert d.text == "お世話になっております。"
    assert d.issues == ()


def test_half_width_katakana_in_shift_jis():
    assert decode_bytes("ｶﾌﾞｼｷｶﾞｲｼｬ".encode("cp932"), "shift_jis").text == "ｶﾌﾞｼｷｶﾞｲｼｬ"


# --- ISO-2022-JP ---------------------------------------------------------------------------

def test_iso_2022_jp_with_cp50220_extensions_decodes_exactly():
    raw = to_cp50220(EXTENSIONS)
    assert b"-!" in raw  # ① as JIS 0x2D21, which every stdlib codec rejects
    d = decode_bytes(raw, "ISO-2022-JP")
    assert d.text == EXTENSIONS
    assert codes(d) == ["CHARSET_REPAIRED"]


def test_iso_2022_jp_half_width_katakana_escape():
    raw = to_cp50220("ｱｲｳ123")
    assert b"\x1b(I" in raw
    d = decode_bytes(raw, "iso-2022-jp")
    assert d.text == "ｱｲｳ123"


def test_plain_iso_2022_jp_needs_no_repair():
    text = "本日の会議は15時からです。"
    d = decode_bytes(text.encode("iso2022_jp"), "ISO-2022-JP")
    assert (d.text, d.issues) == (text, ())


def test_unlabelled_iso_2022_jp_is_recognised():
    text = "ご確認ください"
    d = decode_bytes(text.encode("iso2022_jp"), None)
    assert d.text == text
    assert codes(d) == ["CHARSET_MISLABELLED"]


def test_iso_2022_jp_label_over_shift_jis_bytes_is_mislabelled():
    text = "請求書を送付します"
    d = decode_bytes(text.encode("cp932"), "ISO-2022-JP")
    assert d.text == text
    assert codes(d) == ["CHARSET_MISLABELLED"]
    assert "cp932" in d.issues[0][1]


def test_broken_iso_2022_jp_is_lossy_not_clean():
    d = decode_bytes(b"\x1b$B\x7f\x7f\x22\x1b(B", "ISO-2022-JP")
    assert "DECODE_LOSSY" in codes(d)
    assert "\ufffd" in d.text


# --- EUC-JP --------------------------------------------------------------------------------

def test_euc_jp():
    text = "住所は東京都千代田区です"
    d = decode_bytes(text.encode("euc_jp"), "EUC-JP")
    assert (d.text, d.issues) == (text, ())


def test_euc_jp_with_nec_extensions_reads_as_cp51932():
    # ① in CP51932 is the EUC form of JIS 0x2D21: A1 A1 + 0x0C00 → AD A1
    raw = "番号".encode("euc_jp") + b"\xad\xa1" + "です".encode("euc_jp")
    d = decode_bytes(raw, "x-euc-jp")
    assert d.text == "番号①です"
    assert codes(d) == ["CHARSET_REPAIRED"]


def test_euc_jp_half_width_katakana():
    assert decode_bytes("ﾃｽﾄ".encode("euc_jp"), "euc-jp").text == "ﾃｽﾄ"


# --- unknown, missing, mislabelled, lossy ---------------------------------------------------

@pytest.mark.parametrize("encoding", ["cp932", "euc_jp", "utf-8"])
def test_unknown_charset_is_guessed_and_recorded(encoding):
    text = "顧客リストを添付します。ご確認ください。"
    d = decode_bytes(text.encode(encoding), "x-unknown-charset")
    assert d.text == text
    assert codes(d) == ["UNKNOWN_CHARSET"]
    assert d.issues[0][1].startswith("x-unknown-charset")


def test_unknown_charset_detail_is_a_safe_token():
    d = decode_bytes("本文".encode(), "bogus<script>;\n charset")
    assert d.issues[0][0] == "UNKNOWN_CHARSET"
    assert "<" not in d.issues[0][1] and "\n" not in d.issues[0][1]


def test_python_only_codecs_are_not_charsets():
    d = decode_bytes(b"\\u0031\\u0032", "unicode_escape")
    assert d.text == "\\u0031\\u0032"
    assert codes(d) == ["UNKNOWN_CHARSET"]


def test_utf8_under_a_shift_jis_label_is_mislabelled():
    text = "山田様、お世話になっております"
    d = decode_bytes(text.encode("utf-8"), "Shift_JIS")
    assert d.text == text
    assert codes(d) == ["CHARSET_MISLABELLED"]


def test_utf8_under_latin1_label_is_mislabelled():
    d = decode_bytes("日本語".encode(), "iso-8859-1")
    assert d.text == "日本語"
    assert codes(d) == ["CHARSET_MISLABELLED"]


def test_latin1_stays_latin1():
    d = decode_bytes("Grüße aus Köln".encode("latin-1"), "iso-8859-1")
    assert (d.text, d.issues) == ("Grüße aus Köln", ())


def test_undecodable_bytes_are_lossy_never_silently_clean():
    d = decode_bytes(b"\xff\xfe\x80\x81\xfc\xfc\xfd" * 20, "utf-8")
    assert "DECODE_LOSSY" in codes(d)
    assert d.lossy


def test_ascii_with_no_label_is_clean():
    assert decode_bytes(b"hello", None).issues == ()


def test_html_meta_charset_is_used_when_the_mime_label_is_missing():
    html = '<meta charset="shift_jis"><p>見積書①</p>'.encode("cp932")
    d = decode_bytes(html, None, html=True)
    assert "見積書①" in d.text
    assert "DECODE_LOSSY" not in codes(d)


# --- base64 ---------------------------------------------------------------------------------

def test_base64_clean_and_missing_padding_are_quiet():
    assert decode_base64(b"5pel5pys6Kqe\r\n") == ("日本語".encode(), "")
    assert decode_base64(b"SGVsbG8") == (b"Hello", "")


@pytest.mark.parametrize(("data", "problem"), [
    (b"SGVs*bG8=", "invalid characters"),
    (b"SGVsbG8gd29yb", "truncated"),
    (b"SGVsbA==SGVsbA==", "data after padding"),
])
def test_base64_damage_is_reported(data, problem):
    _, found = decode_base64(data)
    assert found == problem
