"""The relay's reader: text-like attachments are read in place, documents in the killable
extract pool (a child process per message costs far more than reading a text file)."""

from __future__ import annotations

import extractkit as kit
import pytest

from mailguard.config import LimitsConfig
from mailguard.extract.pipeline import extract
from mailguard.mime.parse import parse_message
from mailguard.smtp.judging import _Reader

CSV = "氏名,電話番号\n山田太郎,03-1234-5678\n".encode()


@pytest.fixture
def reader():
    r = _Reader(1)
    children: list[str] = []
    real = r.pool._in_child

    def counted(pm, limits):
        children.append(",".join(a.name for a in pm.attachments))
        return real(pm, limits)

    r.pool._in_child = counted  # type: ignore[method-assign]
    r.children = children  # type: ignore[attr-defined]
    yield r
    r.close()


@pytest.mark.parametrize("attachments", [
    [("議事録.txt", "来週の定例会議は会議室Ａにて。".encode(), "text/plain")],
    [("名簿.csv", CSV, "text/csv"), ("memo.html", b"<html><p>x</p></html>", "text/html")],
    [("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")],
])
def test_text_like_attachments_are_read_in_place(reader, attachments):
    pm = parse_message(kit.mail(attachments))
    ex = reader(pm, LimitsConfig())
    assert reader.children == []
    assert ex == extract(pm, LimitsConfig())
    assert ex.attachment_names == [name for name, _, _ in attachments]


@pytest.mark.parametrize("attachments", [
    [("名簿.xlsx", kit.xlsx({"S": [["氏名"], ["山田太郎"]]}), "application/octet-stream")],
    [("a.zip", kit.zip_of([("memo.txt", "メモ".encode())]), "application/zip")],
    # a text file beside a document: the whole message goes to the pool
    [("note.txt", b"x", "text/plain"), ("doc.pdf", kit.pdf([["資料"]]), "application/pdf")],
    # an attached mail may hold anything
    [("fwd.eml", kit.inner_mail([("x.csv", CSV, "text/csv")]), "message/rfc822")],
    # the bytes decide, not the name: a PDF called .txt is still a PDF
    [("scan.txt", kit.pdf([["資料"]]), "text/plain")],
])
def test_documents_archives_and_attached_mail_go_to_the_pool(reader, attachments):
    pm = parse_message(kit.mail(attachments))
    ex = reader(pm, LimitsConfig())
    assert len(reader.children) == 1
    assert ex == extract(pm, LimitsConfig())
