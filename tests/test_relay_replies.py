"""The reply table is sane (like aiosmtpd's qa/test_1testsuite.py checks statuscodes)."""

from __future__ import annotations

import re

import pytest

from mailguard.smtp import replies as R

TABLE = R.table()


def test_the_table_is_not_empty():
    assert len(TABLE) >= 20


@pytest.mark.parametrize("name", sorted(TABLE))
def test_each_reply_is_named_after_its_codes_and_classes_agree(name):
    reply = TABLE[name]
    assert R.is_valid_enhanced(reply.status), name
    assert name.startswith(f"S{reply.code}_{reply.status.replace('.', '_')}_"), name
    assert str(reply.code)[0] == reply.status[0], name  # 4xx ↔ 4.x.x, 5xx ↔ 5.x.x
    assert 200 <= reply.code < 600 and reply.code // 100 != 3, name


@pytest.mark.parametrize("name", sorted(TABLE))
def test_each_reply_is_one_ascii_line_without_personal_data_fields(name):
    reply = TABLE[name]
    line = reply.format(**{f: "X" for f in reply.fields})
    assert line.isascii() and "\r" not in line and "\n" not in line
    assert len(line) <= 200
    # the only values a reply may carry are ids and codes made by mailguard
    assert set(reply.fields) <= {"id", "at", "rules", "upstream"}, name
    assert not re.search(r"\{[^}]*\}", line)


def test_codes_are_unique_per_meaning():
    texts = [(r.code, r.status, r.text) for r in TABLE.values()]
    assert len(texts) == len(set(texts))
