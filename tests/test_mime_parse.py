"""parse_message on real-world shaped mail: Japanese headers and filenames, transfer
encodings, and malformed input.  Every message is built here as raw bytes, the way a
mail client would have written it."""

from __future__ import annotations

import base64
import email.utils
import os
import random
import urllib.parse

import pytest
from test_mime_charsets import EXTENSIONS, to_cp50220

from mailguard.errors import InputError
from mailguard.mime.parse import parse_message


def ew(text: str, charset: str = "ISO-2022-JP") -> str:
    """An RFC 2047 B encoded word, with the bytes a Windows MUA writes for the label:
    ISO-2022-JP via the CP50220 helper, Shift_JIS as cp932 (① and all)."""
    if charset.upper() == "ISO-2022-JP":
        data = to_cp50220(text)
    else:
        data = text.encode("cp932" if charset.upper() == "SHIFT_JIS" else charset)
    return f"=?{charset}?B?{base64.b64encode(data).decode()}?="


def mail(headers: str, body: bytes = b"hello\n", *, crlf: bool = True) -> bytes:
    head = headers.strip("\n") + "\n\n"
    raw = head.encode("ascii", "surrogateescape") + body
    return raw.replace(b"\n", b"\r\n") if crlf else raw


def codes(pm) -> set[str]:
    return {d.code for d in pm.defects}


BASE = """\
From: taro@example.co.jp
To: hanako@partner.co.jp
Subject: test
Message-ID: <1@example.co.jp>
MIME-Version: 1.0"""


# --- headers --------------------------------------------------------------------------------

def test_iso_2022_jp_subject_with_circled_digit_in_an_encoded_word():
    raw = mail(f"From: a@example.co.jp\nTo: b@partner.co.jp\nSubject: {ew('【社外秘】資料①')}")
    pm = parse_message(raw)
    assert pm.subject == "【社外秘】資料①"
    assert "DECODE_LOSSY" not in codes(pm)
    assert any(d.code == "CHARSET_REPAIRED" and d.where == "header:Subject" for d in pm.defects)


def test_iso_2022_jp_display_names_in_from_to_cc():
    raw = mail(f"From: {ew('山田 太郎')} <taro@example.co.jp>\n"
               f"To: {ew('髙橋 一郎')} <ichiro@partner.co.jp>, \"{ew('㈱サンプル 営業部')}\""
               f" <sales@sample.co.jp>\n"
               f"Cc: {ew('佐藤', 'UTF-8')} <sato@example.co.jp>\nSubject: x")
    pm = parse_message(raw)
    assert (pm.sender_name, pm.sender) == ("山田 太郎", "taro@example.co.jp")
    assert pm.header_recipients == [
        ("to", "髙橋 一郎", "ichiro@partner.co.jp"),
        ("to", "㈱サンプル 営業部", "sales@sample.co.jp"),
        ("cc", "佐藤", "sato@example.co.jp"),
    ]


def test_comma_inside_an_encoded_display_name_does_not_split_the_address():
    raw = mail(f"From: a@example.co.jp\nTo: {ew('山田, 太郎', 'UTF-8')} <t@partner.co.jp>, "
               "b@partner.co.jp\nSubject: x")
    pm = parse_message(raw)
    assert [(n, a) for _, n, a in pm.header_recipients] == [
        ("山田, 太郎", "t@partner.co.jp"), ("", "b@partner.co.jp")]


def test_utf8_character_split_across_two_encoded_words():
    data = "見積".encode()
    w1 = base64.b64encode(data[:4]).decode()
    w2 = base64.b64encode(data[4:]).decode()
    raw = mail(f"From: a@example.co.jp\nSubject: =?UTF-8?B?{w1}?=\n =?UTF-8?B?{w2}?=")
    pm = parse_message(raw)
    assert pm.subject == "見積"
    assert codes(pm) == set()


def test_q_encoded_word_and_plain_text_mixed():
    raw = mail("From: a@example.co.jp\nSubject: Re: =?utf-8?Q?=E8=AB=8B=E6=B1=82?= no. 5")
    assert parse_message(raw).subject == "Re: 請求 no. 5"


def test_raw_utf8_header_is_legal_and_clean():
    raw = (BASE.replace("Subject: test", "Subject: 議事録の送付") + "\n\nbody\n").encode()
    pm = parse_message(raw)
    assert pm.subject == "議事録の送付"
    assert codes(pm) == set()


def test_raw_8bit_bytes_inside_an_encoded_word_in_a_display_name():
    raw = "From: =?utf-8?Q?山田?= <taro@example.co.jp>\nTo: b@partner.co.jp\n\nx\n".encode()
    pm = parse_message(raw)
    assert (pm.sender_name, pm.sender) == ("山田", "taro@example.co.jp")


def test_raw_iso_2022_jp_header_without_encoded_words():
    subject = to_cp50220("ご案内").decode("ascii")
    pm = parse_message(mail(f"From: a@example.co.jp\nSubject: {subject}"))
    assert pm.subject == "ご案内"


def test_raw_shift_jis_header_uses_the_body_charset_as_hint():
    raw = (b"From: a@example.co.jp\r\nSubject: " + "お知らせ".encode("cp932") +
           b"\r\nContent-Type: text/plain; charset=Shift_JIS\r\n\r\n" +
           "本文".encode("cp932") + b"\r\n")
    pm = parse_message(raw)
    assert pm.subject == "お知らせ"
    assert pm.body[0].text.strip() == "本文"
    assert any(d.code == "CHARSET_MISLABELLED" and d.where == "header:Subject"
               for d in pm.defects)


def test_obsolete_and_invalid_header_lines_do_not_hide_the_content_type():
    raw = mail("From: a@example.co.jp\nSubject : obsolete syntax\n"
               "X-Weird/Name\t x: value\nContent-Type: text/plain; charset=utf-8\n"
               "Content-Transfer-Encoding: base64",
               base64.b64encode("個人番号".encode()) + b"\n")
    pm = parse_message(raw)
    assert pm.subject == "obsolete syntax"
    assert pm.body[0].text.strip() == "個人番号"
    assert "HEADER_MALFORMED" in codes(pm)


# --- bodies and transfer encodings ---------------------------------------------------------

def test_cp932_body_labelled_shift_jis_with_platform_dependent_characters():
    raw = mail(BASE + "\nContent-Type: text/plain; charset=Shift_JIS\n"
               "Content-Transfer-Encoding: 8bit", EXTENSIONS.encode("cp932") + b"\n")
    pm = parse_message(raw)
    assert pm.body[0].text == EXTENSIONS + "\n"
    assert pm.body[0].charset == "cp932"
    assert {(d.code, d.where) for d in pm.defects} == {("CHARSET_REPAIRED", "body")}


def test_iso_2022_jp_body_in_base64():
    body = base64.encodebytes(to_cp50220(EXTENSIONS + "\n"))
    raw = mail(BASE + "\nContent-Type: text/plain; charset=\"ISO-2022-JP\"\n"
               "Content-Transfer-Encoding: base64", body)
    assert parse_message(raw).body[0].text == EXTENSIONS + "\n"


def test_quoted_printable_utf8_body():
    qp = b"=E5=80=8B=E4=BA=BA=E7=95=AA=E5=8F=B7: 1234=\n5678\n"
    raw = mail(BASE + "\nContent-Type: text/plain; charset=utf-8\n"
               "Content-Transfer-Encoding: quoted-printable", qp, crlf=False)
    assert parse_message(raw).body[0].text == "個人番号: 12345678\n"


def test_euc_jp_body():
    raw = mail(BASE + "\nContent-Type: text/plain; charset=EUC-JP",
               "住所: 東京都港区\n".encode("euc_jp"))
    pm = parse_message(raw)
    assert pm.body[0].text == "住所: 東京都港区\n"
    assert codes(pm) == set()


def test_crlf_is_normalised_in_body_text():
    raw = mail(BASE, b"line1\nline2\n")
    assert parse_message(raw).body[0].text == "line1\nline2\n"


def test_unknown_charset_body_is_decoded_and_recorded():
    raw = mail(BASE + "\nContent-Type: text/plain; charset=x-no-such-charset",
               "社外秘の資料です".encode("cp932"))
    pm = parse_message(raw)
    assert pm.body[0].text == "社外秘の資料です"
    assert "UNKNOWN_CHARSET" in codes(pm)
    assert "DECODE_LOSSY" not in codes(pm)


def test_undecodable_body_is_marked_lossy():
    raw = mail(BASE + "\nContent-Type: text/plain; charset=utf-8",
               b"\xff\xfe\xfd\x80\x80\x81 " * 30)
    assert "DECODE_LOSSY" in codes(parse_message(raw))


def test_invalid_base64_is_recorded_not_silently_truncated():
    good = base64.b64encode("マイナンバー 1234 5678 9012".encode()).decode()
    broken = good[:10] + "!!**" + good[10:-3]
    raw = mail(BASE + "\nContent-Type: text/plain; charset=utf-8\n"
               "Content-Transfer-Encoding: base64", broken.encode() + b"\n")
    pm = parse_message(raw)
    assert any(d.code == "BASE64_INVALID" and d.where == "body" for d in pm.defects)


def test_unknown_transfer_encoding_is_recorded():
    raw = mail(BASE + "\nContent-Transfer-Encoding: x-strange", b"text\n")
    pm = parse_message(raw)
    assert "TRANSFER_ENCODING_UNKNOWN" in codes(pm)
    assert pm.body[0].text.strip() == "text"


# --- multipart, attachments, filenames -----------------------------------------------------

def multipart(parts: list[bytes], boundary: str = "BOUNDARY", subtype: str = "mixed") -> bytes:
    head = (BASE + f'\nContent-Type: multipart/{subtype}; boundary="{boundary}"')
    body = b"".join(b"--" + boundary.encode() + b"\n" + p + b"\n" for p in parts)
    return mail(head, body + b"--" + boundary.encode() + b"--\n")


def attachment(disposition: str, data: bytes = b"PDF", ctype: str = "application/pdf") -> bytes:
    return (f"Content-Type: {ctype}\nContent-Disposition: {disposition}\n"
            "Content-Transfer-Encoding: base64\n\n").encode("ascii", "surrogateescape") + \
        base64.encodebytes(data)


NAME = "顧客名簿①.xlsx"


@pytest.mark.parametrize("disposition", [
    # RFC 2231, UTF-8
    "attachment; filename*=utf-8''" + urllib.parse.quote(NAME.encode()),
    # RFC 2231, ISO-2022-JP (with ① in CP50220 form), as Thunderbird-era MUAs send it
    "attachment; filename*=iso-2022-jp'ja'" + urllib.parse.quote(to_cp50220(NAME)),
    # RFC 2231 continuations
    "attachment; filename*0*=utf-8''" + urllib.parse.quote(NAME[:3].encode())
    + "; filename*1*=" + urllib.parse.quote(NAME[3:].encode()),
    # RFC 2047 inside the quoted parameter (not standard; what Outlook and most MUAs do)
    f'attachment; filename="{ew(NAME)}"',
    f'attachment; filename="{ew(NAME, "Shift_JIS")}"',
])
def test_japanese_attachment_filenames(disposition):
    pm = parse_message(multipart([b"Content-Type: text/plain\n\nsee attached\n",
                                  attachment(disposition, b"xlsx-bytes")]))
    att = pm.attachments[0]
    assert att.name == NAME
    assert att.where == f"attachment:{NAME}"
    assert att.payload == b"xlsx-bytes"
    assert "DECODE_LOSSY" not in codes(pm)


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
def test_raw_8bit_filename(encoding):
    disposition = 'attachment; filename="' + NAME.encode(encoding).decode(
        "ascii", "surrogateescape") + '"'
    pm = parse_message(multipart([attachment(disposition)]))
    assert pm.attachments[0].name == NAME


def test_filename_from_content_type_name_when_no_disposition():
    part = (f'Content-Type: application/pdf; name="{ew("見積書.pdf")}"\n\n').encode() + b"%PDF"
    pm = parse_message(multipart([part]))
    assert pm.attachments[0].name == "見積書.pdf"


def test_part_without_a_name_gets_a_made_up_one():
    pm = parse_message(multipart([b"Content-Type: application/octet-stream\n\nxx"]))
    assert pm.attachments[0].name == "part-1.bin"


def test_text_attachment_is_an_attachment_not_body():
    pm = parse_message(multipart([
        b"Content-Type: text/plain; charset=utf-8\n\nbody text\n",
        attachment('attachment; filename="list.csv"', "氏名,電話\n".encode(), "text/csv"),
    ]))
    assert [b.text.strip() for b in pm.body] == ["body text"]
    assert pm.attachments[0].name == "list.csv"
    assert pm.attachments[0].payload.decode() == "氏名,電話\n"


def test_alternative_parts_share_a_group():
    alt = multipart([b"Content-Type: text/plain\n\nplain\n",
                     b"Content-Type: text/html\n\n<p>html</p>\n"], "ALT", "alternative")
    inner = alt.split(b"\r\n\r\n", 1)[1]  # the body only
    outer = multipart([b'Content-Type: multipart/alternative; boundary="ALT"\n\n' +
                       inner.replace(b"\r\n", b"\n"),
                       b"Content-Type: text/plain\n\nsecond\n"])
    pm = parse_message(outer)
    assert [(b.subtype, b.alternative) for b in pm.body] == [("plain", 1), ("html", 1),
                                                              ("plain", 0)]


def test_attached_message_stays_one_attachment():
    inner = mail("From: x@partner.co.jp\nSubject: inner", b"inner body\n", crlf=False)
    pm = parse_message(multipart([b"Content-Type: text/plain\n\nfwd\n",
                                  b"Content-Type: message/rfc822\n\n" + inner]))
    att = pm.attachments[0]
    assert att.is_message and att.name == "part-1.eml"
    assert parse_message(att.payload).body[0].text.strip() == "inner body"
    assert [b.text.strip() for b in pm.body] == ["fwd"]


# --- malformed input -----------------------------------------------------------------------

def test_missing_boundary_reads_the_body_as_text():
    raw = mail(BASE + "\nContent-Type: multipart/mixed",
               "電話 090-1234-5678\n".encode())
    pm = parse_message(raw)
    assert "MISSING_BOUNDARY" in codes(pm)
    assert "090-1234-5678" in pm.body[0].text


def test_boundary_declared_but_never_used():
    raw = mail(BASE + '\nContent-Type: multipart/mixed; boundary="nowhere"', b"just text\n")
    pm = parse_message(raw)
    assert "MISSING_BOUNDARY" in codes(pm)
    assert pm.body[0].text.strip() == "just text"


def test_unclosed_multipart_is_recorded_and_read():
    raw = mail(BASE + '\nContent-Type: multipart/mixed; boundary="b"',
               b"--b\nContent-Type: text/plain\n\ntruncated mail\n")
    pm = parse_message(raw)
    assert "BOUNDARY_UNCLOSED" in codes(pm)
    assert pm.body[0].text.strip() == "truncated mail"


def nested(depth: int) -> bytes:
    head = BASE + '\nContent-Type: multipart/mixed; boundary="b0"'
    parts = [f'--b{i}\nContent-Type: multipart/mixed; boundary="b{i + 1}"\n\n'
             for i in range(depth)]
    leaf = f"--b{depth}\nContent-Type: text/plain\n\ndeep secret 社外秘\n"
    closes = "".join(f"--b{i}--\n" for i in reversed(range(depth + 1)))
    return mail(head, ("".join(parts) + leaf + closes).encode())


def test_nesting_over_the_limit_is_recorded_and_still_read():
    pm = parse_message(nested(15), max_depth=10)
    assert "MIME_TOO_DEEP" in codes(pm)
    assert pm.body[0].text.strip() == "deep secret 社外秘"


def test_nesting_within_the_limit_is_clean():
    pm = parse_message(nested(5), max_depth=10)
    assert "MIME_TOO_DEEP" not in codes(pm)


def test_2000_levels_of_nesting_do_not_crash_the_parser():
    pm = parse_message(nested(2000))
    assert "MIME_TOO_DEEP" in codes(pm)
    assert pm.subject == "test"
    assert [b.text.strip() for b in pm.body] == ["deep secret 社外秘"]


def test_empty_input_is_refused_in_one_line():
    for raw in (b"", b"\r\n\r\n  \n"):
        with pytest.raises(InputError) as e:
            parse_message(raw)
        assert "\n" not in str(e.value)


def test_binary_blob_is_refused():
    blob = random.Random(7).randbytes(8192)  # fixed: random bytes can happen to look like text
    with pytest.raises(InputError, match="not a mail message"):
        parse_message(b"\x89PNG\r\n\x1a\n\x00\x00" + blob)


def test_text_without_headers_is_read_with_a_defect():
    pm = parse_message("これはヘッダーのない本文です。\n二行目\n".encode())
    assert "HEADER_MALFORMED" in codes(pm)
    assert "ヘッダーのない本文" in pm.body[0].text


def test_binary_garbage_after_real_headers_is_parsed():
    raw = mail(BASE + "\nContent-Type: application/octet-stream",
               random.Random(8).randbytes(2048))
    pm = parse_message(raw)
    assert pm.subject == "test" and len(pm.attachments) == 1


def test_utf8_byte_order_mark_before_the_headers():
    pm = parse_message(b"\xef\xbb\xbf" + mail(BASE))
    assert pm.sender == "taro@example.co.jp"


def test_pathological_address_header_does_not_crash():
    words = "\n\t".join(["=?utf-8?Q?date=3E2017-08-20T10:08:28.617=3C/pr?="] * 3000)
    pm = parse_message(mail(f"From: a@example.co.jp\nTo: \"t\" <t@partner.co.jp>,\n\t{words}"))
    assert ("to", "t", "t@partner.co.jp") in pm.header_recipients or \
        any(a == "t@partner.co.jp" for _, _, a in pm.header_recipients)


def test_defect_details_never_carry_message_text():
    secret = "山田太郎090"
    raws = [
        mail("From: a@example.co.jp\nSubject: =?x-unknown?B?"
             + base64.b64encode(secret.encode()).decode() + "?=", secret.encode()),
        mail(BASE + f"\nContent-Type: text/plain; charset={secret.encode().hex()}",
             secret.encode("cp932")),
        mail(BASE + "\nContent-Transfer-Encoding: base64", b"!!" + secret.encode() + b"!!"),
    ]
    for raw in raws:
        for d in parse_message(raw).defects:
            assert "山田" not in d.detail and "090" not in d.detail, d


# --- the shipped examples ------------------------------------------------------------------

EXAMPLES = os.path.join(os.path.dirname(__file__), os.pardir, "examples")


@pytest.mark.parametrize("name", sorted(n for n in os.listdir(EXAMPLES) if n.endswith(".eml")))
def test_every_example_decodes_without_loss(name):
    with open(os.path.join(EXAMPLES, name), "rb") as f:
        pm = parse_message(f.read())
    assert pm.sender.endswith("@example.co.jp")
    assert pm.header_recipients
    assert not codes(pm) & {"DECODE_LOSSY", "UNKNOWN_CHARSET", "CHARSET_MISLABELLED"}
    assert all("\ufffd" not in b.text for b in pm.body)


def test_cp932_example_keeps_platform_dependent_characters():
    with open(os.path.join(EXAMPLES, "06-cp932-body-internal.eml"), "rb") as f:
        pm = parse_message(f.read())
    assert pm.subject == "定例会議の議題①"
    assert pm.header_recipients[0][1] == "髙橋 一郎"
    assert "①\u3000見積書の確認" in pm.body[0].text
    assert "③\u3000㈱サンプル様への回答" in pm.body[0].text


def test_parts_can_be_left_for_later_and_read_once():
    from mailguard.mime.parse import read_parts

    raw = (b"From: a@example.co.jp\r\nTo: b@example.co.jp\r\nSubject: =?UTF-8?B?5qGI5YaF?=\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"
           b"\r\n44GK5LiW6Kmx44Gr44Gq44Gj44Gm44GK44KK44G+44GZ\r\n")
    full = parse_message(raw)
    lazy = parse_message(raw, parts=False)
    assert lazy.subject == full.subject == "案内"
    assert lazy.header_recipients == full.header_recipients and lazy.body == []
    read_parts(lazy)
    read_parts(lazy)  # a second call reads nothing twice
    assert lazy.body == full.body and lazy.defects == full.defects


# -- the plain-address fast path reads what the stdlib's address parser reads ----------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from mailguard.mime.parse import _plain_addresses  # noqa: E402

_ADDR_CHARS = st.text("abcXYZ019._-+'!#$%&*/=?^`{|}~@", min_size=1, max_size=12)
_NAME_CHARS = st.text("abc XYZ\t山田太郎=?_-'!#$%&*+/^`{|}~.\"(),<>[]:;@\\\u3000", max_size=14)


@st.composite
def _address_lists(draw) -> str:
    items = []
    for _ in range(draw(st.integers(1, 4))):
        addr = draw(_ADDR_CHARS)
        name = draw(_NAME_CHARS)
        form = draw(st.sampled_from(["bare", "angled", "named"]))
        items.append(addr if form == "bare" else f"<{addr}>" if form == "angled"
                     else f"{name} <{addr}>")
    sep = draw(st.sampled_from([",", ", ", " , ", ",\t"]))
    return sep.join(items)


@settings(max_examples=3000, deadline=None)
@given(values=st.lists(_address_lists(), min_size=1, max_size=3))
def test_the_plain_address_path_agrees_with_the_stdlib_parser(values):
    fast = _plain_addresses(values)
    if fast is not None:
        assert fast == email.utils.getaddresses(values)


def test_plain_address_lists_take_the_fast_path():
    assert _plain_addresses(["山田 太郎 <taro@example.co.jp>, jiro@example.co.jp",
                             "=?UTF-8?B?5bGx55Sw?= <h@example.jp>"]) == [
        ("山田 太郎", "taro@example.co.jp"), ("", "jiro@example.co.jp"),
        ("=?UTF-8?B?5bGx55Sw?=", "h@example.jp")]
    assert _plain_addresses(['"Yamada, Taro" <t@example.jp>']) is None  # the stdlib's
