"""Judging in worker processes (``relay.judge_processes``): verdicts as in-process, many
messages in flight, and a worker that dies or gets stuck costs only the message it was
on (held by the relay) while the others are judged by its replacement."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import signal

import pytest
from mailfactory import DEFAULT_CONFIG, judge_mail, make_mail, rules_fired

from mailguard.config import parse_settings
from mailguard.pipeline import Envelope
from mailguard.smtp.judging import JudgeWorkerError, ProcessJudge

SENDER = "taro@example.co.jp"


def _mails(n: int) -> list[tuple[bytes, Envelope]]:
    out = []
    for i in range(n):
        if i % 3 == 0:   # held: a marking to an outside address
            to, subject = ["tanaka@client.example"], f"【社外秘】計画 {i}"
        elif i % 3 == 1:
            to, subject = ["hanako@example.co.jp"], f"定例 {i}"
        else:            # look-alike of the partner's domain
            to, subject = ["sato@partnre.co.jp"], f"見積 {i}"
        out.append((make_mail(to=to, subject=subject), Envelope(SENDER, tuple(to))))
    return out


@pytest.fixture
async def judge():
    j = ProcessJudge(parse_settings(DEFAULT_CONFIG), 2)
    await asyncio.to_thread(j.warm_up)
    yield j
    j.close()


def _pids(j: ProcessJudge) -> list[int]:
    return [w.proc.pid for w in j.workers]


async def test_many_messages_in_flight_get_the_in_process_verdicts(judge):
    mails = _mails(60)
    verdicts = await asyncio.gather(*(judge(raw, env, f"m{i}", 60)
                                      for i, (raw, env) in enumerate(mails)))
    for (raw, env), v in zip(mails, verdicts, strict=True):
        expected = judge_mail(raw, envelope=env)
        assert v.action == expected.action and rules_fired(v) == rules_fired(expected)
    assert {str(v.action) for v in verdicts} >= {"hold", "pass"}
    assert len({w.proc.pid for w in judge.workers}) == 2


async def test_a_dead_worker_fails_only_the_message_it_was_on(judge):
    mails = _mails(40)
    victim = judge.workers[0]
    os.kill(victim.proc.pid, signal.SIGSTOP)   # it holds its queue while we line up
    try:
        calls = [asyncio.ensure_future(judge(raw, env, f"m{i}", 60))
                 for i, (raw, env) in enumerate(mails)]
        await asyncio.sleep(0.2)
        queued = len(victim.pending)
        assert queued >= 2
    finally:
        os.kill(victim.proc.pid, signal.SIGKILL)
    results = await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), 60)
    failed = [r for r in results if isinstance(r, BaseException)]
    assert len(failed) == 1 and isinstance(failed[0], JudgeWorkerError)
    assert victim.proc.pid not in _pids(judge) and len(judge.workers) == 2
    # the pool goes on with a fresh worker
    raw, env = mails[1]
    assert (await judge(raw, env, "after", 60)).action == judge_mail(raw, envelope=env).action


async def test_a_stuck_worker_is_replaced_and_its_queue_judged_elsewhere(judge):
    mails = _mails(20)
    victim = judge.workers[0]
    os.kill(victim.proc.pid, signal.SIGSTOP)
    try:
        # short deadlines for what lands on the stuck worker, long for the rest
        calls = [asyncio.ensure_future(judge(raw, env, f"m{i}", 1.0 if i == 0 else 60))
                 for i, (raw, env) in enumerate(mails)]
        results = await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), 60)
    finally:
        if victim.proc.is_alive():
            os.kill(victim.proc.pid, signal.SIGKILL)
    assert isinstance(results[0], TimeoutError)   # the one it was on: held by the relay
    assert all(not isinstance(r, BaseException) for r in results[1:])
    assert victim.proc.pid not in _pids(judge)
    victim.proc.join(5)
    assert not victim.proc.is_alive()


async def test_close_stops_the_workers_and_fails_what_waits():
    j = ProcessJudge(parse_settings(DEFAULT_CONFIG), 1)
    await asyncio.to_thread(j.warm_up)
    [w] = j.workers
    os.kill(w.proc.pid, signal.SIGSTOP)
    raw, env = _mails(1)[0]
    call = asyncio.ensure_future(j(raw, env, "m", 60))
    await asyncio.sleep(0.1)
    j.close()
    with pytest.raises(JudgeWorkerError):
        await call
    w.proc.join(5)
    assert not w.proc.is_alive()
    with pytest.raises(JudgeWorkerError):
        await j(raw, env, "m", 60)


async def test_a_worker_that_cannot_start_fails_requests_without_a_restart_loop(tmp_path):
    settings = parse_settings(DEFAULT_CONFIG)
    # a rule file that is gone by the time the workers start
    settings = dataclasses.replace(settings, rules=dataclasses.replace(
        settings.rules, paths=(str(tmp_path / "gone" / "rules.toml"),)))
    j = ProcessJudge(settings, 1)
    try:
        raw, env = _mails(1)[0]
        for _ in range(2):
            with pytest.raises(JudgeWorkerError):
                await asyncio.wait_for(j(raw, env, "m", 60), 60)
        await asyncio.sleep(0.5)
        assert j.workers == []      # nothing restarts until a message needs a worker
    finally:
        j.close()


async def test_a_worker_reads_office_and_pdf_attachments_in_the_extract_pool(judge):
    """A judging worker is a parent of the extract pool's children: a roster in an XLSX
    and in a PDF is read and held for what it is, not as a judging error."""
    import io

    from openpyxl import Workbook
    from reportlab.pdfgen import canvas

    wb = Workbook()
    wb.active.append(["氏名", "携帯電話", "住所"])
    for k in range(6):
        wb.active.append([f"社員{k}号", f"090-4400-{k:04d}", f"東京都港区芝{k + 1}-1-1"])
    xlsx = io.BytesIO()
    wb.save(xlsx)
    pdf = io.BytesIO()
    c = canvas.Canvas(pdf)
    c.drawString(40, 780, "Staff list")
    c.save()
    raw = make_mail(to=["tanaka@client.example"], attachments=[
        ("名簿.xlsx", xlsx.getvalue(),
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("list.pdf", pdf.getvalue(), "application/pdf")])
    v = await judge(raw, Envelope(SENDER, ("tanaka@client.example",)), "att", 60)
    assert "internal-error" not in rules_fired(v)
    assert "personal-data-list" in rules_fired(v)
    assert any(f.where == "attachment:名簿.xlsx" for f in v.findings)


def test_the_default_judges_in_a_process_only_when_there_is_a_cpu_for_it(monkeypatch):
    from mailguard.config import parse_settings
    from mailguard.smtp import judging

    assert parse_settings("").relay.judge_processes == "auto"
    monkeypatch.setattr(judging.os, "sched_getaffinity", lambda pid: {0, 1})
    assert judging.judge_processes_for("auto") == 1
    monkeypatch.setattr(judging.os, "sched_getaffinity", lambda pid: {3})
    assert judging.judge_processes_for("auto") == 0  # a one-CPU container: threads
    assert judging.judge_processes_for(2) == 2
    assert parse_settings("[relay]\njudge_processes = 0\n").relay.judge_processes == 0


def test_judge_processes_refuses_what_is_neither_a_count_nor_auto():
    from mailguard.config import parse_settings
    from mailguard.errors import ConfigError

    for bad in ('"many"', "-1", "1.5", "true"):
        with pytest.raises(ConfigError, match="judge_processes"):
            parse_settings(f"[relay]\njudge_processes = {bad}\n")
