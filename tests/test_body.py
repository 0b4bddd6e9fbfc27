"""Body text as the detectors see it: HTML as readable text, and the sender's new words
kept apart from the text they quote or forward."""

from __future__ import annotations

import pytest

from mailguard.extract.body import body_parts, html_to_text, split_quoted
from mailguard.mime.parse import BodyPart, ParsedMessage, parse_message

# --- HTML → text ---------------------------------------------------------------------------


def test_html_block_elements_become_lines_and_cells_tabs():
    html = ("<html><head><title>件名</title><style>p {color: red}</style></head><body>"
            "<p>山田様</p><div>お世話になっております。<br>資料を送ります。</div>"
            "<table><tr><th>氏名</th><th>電話</th></tr>"
            "<tr><td>佐藤 花子</td><td>090-1234-5678</td></tr></table>"
            "<script>var x = '秘密';</script></body></html>")
    assert html_to_text(html) == (
        "山田様\nお世話になっております。\n資料を送ります。\n"
        "氏名\t電話\n佐藤 花子\t090-1234-5678")


def test_html_entities_and_whitespace():
    text = html_to_text("<p>A&amp;B&nbsp;&lt;株&gt;&#x2460;\n   続き</p>")
    assert text == "A&B <株>① 続き"


def test_html_pre_keeps_its_lines():
    assert html_to_text("<pre>a  b\nc</pre>") == "a  b\nc"


def test_html_blockquote_is_marked_as_quoted():
    new, quoted = split_quoted(html_to_text(
        "<div>了解です</div><blockquote type=\"cite\"><div>マイナンバー 1234</div>"
        "</blockquote>"))
    assert new == "了解です"
    assert quoted == "マイナンバー 1234"


def test_broken_html_does_not_raise():
    assert "text" in html_to_text("<div><p>text<td></tr><<<>>&bogus;</")


# --- quoted text ---------------------------------------------------------------------------

@pytest.mark.parametrize("separator", [
    "-----Original Message-----",
    "-------- Original Message --------",
    "-------- Forwarded Message --------",
    "---------- Forwarded message ---------",
    "-----転送メッセージ-----",
    "----- 元のメッセージ -----",
    "-----Original Message-----",
    "Begin forwarded message:",
    "On Mon, Jan 8, 2024 at 10:00 AM Taro Yamada <taro@example.co.jp> wrote:",
    "山田 太郎 さんは書きました:",
    "On 2024/01/08 10:00, Taro Yamada wrote:",
    "2024年1月8日(月) 10:00 山田 太郎 <taro@example.co.jp>:",
    "2024/01/08 10:00、山田太郎 <taro@example.co.jp>のメール:",
])
def test_everything_under_a_separator_is_quoted(separator):
    body = f"了解しました。\n\n{separator}\nFrom: 顧客\n社外秘の見積です\n"
    new, quoted = split_quoted(body)
    assert new == "了解しました。"
    assert quoted.startswith(separator.strip())
    assert "社外秘の見積です" in quoted


def test_english_attribution_wrapped_over_two_lines():
    body = ("Thanks!\n\nOn Mon, Jan 8, 2024 at 10:00 AM Taro Yamada\n"
            "<taro@example.co.jp> wrote:\nold text\n")
    new, quoted = split_quoted(body)
    assert new == "Thanks!"
    assert "old text" in quoted


def test_outlook_header_block_without_separator():
    body = ("承知しました。\n\n________________________________\n"
            "差出人: 佐藤 <sato@partner.co.jp>\n送信日時: 2024年1月8日 10:00\n"
            "宛先: 山田\n件名: 見積\n\n元の本文\n")
    new, quoted = split_quoted(body)
    assert new == "承知しました。"
    assert quoted.startswith("____") and "元の本文" in quoted


def test_quote_marked_lines_including_full_width_and_nested():
    body = "新しい文\n> 引用一\n>> 引用二\n＞全角の引用\n  > 字下げ引用\n返事の続き\n"
    new, quoted = split_quoted(body)
    assert new == "新しい文\n返事の続き"
    assert quoted == "引用一\n引用二\n全角の引用\n字下げ引用"


def test_text_without_quotes_is_all_new():
    body = "ご確認ください。\nFrom: の欄は空欄で構いません。\n-- \n山田\n"
    assert split_quoted(body) == (body.strip("\n"), "")


def test_a_lone_from_line_is_not_a_header_block():
    assert split_quoted("差出人: 山田様からの依頼です\n対応します\n")[1] == ""


# --- body parts of a message ---------------------------------------------------------------

def pm_with(*parts: BodyPart) -> ParsedMessage:
    return ParsedMessage(body=list(parts))


def test_alternative_picks_plain_text():
    pm = pm_with(BodyPart("body", "plain 本文\n", "plain", alternative=1),
                 BodyPart("body:2", "<p>html 本文</p>", "html", alternative=1))
    assert [(p.where, p.text, p.quoted) for p in body_parts(pm)] == [
        ("body", "plain 本文", False)]


def test_alternative_with_blank_plain_falls_back_to_html():
    pm = pm_with(BodyPart("body", " \n", "plain", alternative=1),
                 BodyPart("body:2", "<p>html だけ</p>", "html", alternative=1))
    assert [p.text for p in body_parts(pm)] == ["html だけ"]


def test_html_only_mail_is_converted():
    pm = pm_with(BodyPart("body", "<div>電話<br>03-1234-5678</div>", "html"))
    assert [p.text for p in body_parts(pm)] == ["電話\n03-1234-5678"]


def test_parts_outside_alternatives_are_all_kept():
    pm = pm_with(BodyPart("body", "first", "plain"), BodyPart("body:2", "second", "plain"))
    assert [p.text for p in body_parts(pm)] == ["first", "second"]


def test_reply_gives_new_and_quoted_parts_both_with_where_body():
    raw = ("From: taro@example.co.jp\r\nTo: a@partner.co.jp\r\nSubject: Re: x\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n"
           "承知しました。\r\n\r\n-----Original Message-----\r\n"
           "マイナンバー: 1234 5678 9012\r\n").encode()
    parts = body_parts(parse_message(raw))
    assert [(p.where, p.quoted) for p in parts] == [("body", False), ("body", True)]
    assert parts[0].text == "承知しました。"
    assert "1234 5678 9012" in parts[1].text


def test_empty_body_gives_no_parts():
    raw = b"From: a@example.co.jp\r\nSubject: x\r\n\r\n\r\n"
    assert body_parts(parse_message(raw)) == []


# --- forwards: what a forward carries is new to its recipient -----------------------------

def _parts_of(subject: str, body: str):
    from email.message import EmailMessage

    from mailguard.extract.body import body_parts
    from mailguard.mime.parse import parse_message

    m = EmailMessage()
    m["From"] = "a@example.co.jp"
    m["To"] = "b@client.co.jp"
    m["Subject"] = subject
    m.set_content(body)
    return body_parts(parse_message(m.as_bytes()))


def test_reply_quote_is_set_apart():
    parts = _parts_of("Re: 名簿", "承知しました。\n\n> 田中様の電話番号は…\n")
    assert [(p.quoted, p.text.strip()) for p in parts] == [
        (False, "承知しました。"), (True, "田中様の電話番号は…")]


def test_forwarded_text_counts_as_new():
    body = "ご参考まで。\n\n-----転送メッセージ-----\n差出人: 顧客担当\n顧客名簿です。\n"
    for subject in ("Fwd: 顧客名簿", "転送: 顧客名簿", "顧客名簿"):
        parts = _parts_of(subject, body)
        assert all(not p.quoted for p in parts), subject
        assert "顧客名簿です。" in parts[0].text


def test_outlook_fw_subject_makes_original_message_new():
    body = "共有します。\n\n-----Original Message-----\nFrom: x\nSent: y\n顧客一覧\n"
    assert all(not p.quoted for p in _parts_of("FW: 顧客一覧", body))
    assert any(p.quoted for p in _parts_of("RE: 顧客一覧", body))


def test_forwarded_customer_list_is_held_but_a_reply_quoting_it_is_not():
    from mailfactory import judge_mail, make_mail

    rows = "\n".join(f"氏名: 山田 花子{i}　電話: 090-1234-{5600 + i}　"
                     f"住所: 東京都千代田区丸の内1-{i}-1" for i in range(1, 7))
    fwd = make_mail(to=["x@client.co.jp"], subject="Fwd: 顧客名簿",
                    body=f"ご参考まで。\n\n-----転送メッセージ-----\n{rows}\n")
    assert str(judge_mail(fwd).action) == "hold"
    reply = make_mail(to=["x@client.co.jp"], subject="Re: 顧客名簿",
                      body="拝見しました。\n\n" + "\n".join("> " + r for r in rows.split("\n")))
    assert str(judge_mail(reply).action) == "pass"
