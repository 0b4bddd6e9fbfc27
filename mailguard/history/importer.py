"""``mailguard history import``: seed the sending history from what was sent before.

- ``postfix``: a Postfix mail log, as syslog (``Dec  6 10:15:02 host postfix/smtp[123]:
  …``, the year taken as the latest that does not lie in the future) or with RFC 3339
  timestamps (``2026-12-06T10:15:02.123+09:00 host postfix/smtp[123]: …``), and
  Postfix's own ``maillog_file``.  A message is its queue id: the sender from the
  ``qmgr`` line ``QUEUEID: from=<…>, size=…, nrcpt=… (queue active)``, its recipients
  from the delivery agents' ``QUEUEID: to=<…>, [orig_to=<…>,] relay=…, …, status=sent
  (…)`` lines; addresses and dates only.
- ``mbox`` / ``maildir``: sent mail, read with mailguard's own MIME parser: From,
  To/Cc/Bcc with display names, Date, and the salutation of the new text.

Imported mail counts with its own date (so importing older mail ends the warm-up at
once).  Every message has a key (queue id and time, or Message-ID): importing the
same file twice counts it once.  Lines and messages that cannot be read are counted
and skipped, never fatal.
"""

from __future__ import annotations

import datetime as dt
import mailbox
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from mailguard.history.observe import Observation, internal_test, observe, observe_parsed

_SYSLOG = re.compile(
    r"^(?:(?P<mon>[A-Z][a-z]{2}) +(?P<day>\d{1,2}) (?P<time>\d\d:\d\d:\d\d)"
    r"|(?P<iso>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?))"
    r" (?P<host>\S+) (?P<prog>[\w.@/-]+)(?:\[(?P<pid>\d+)\])?: (?P<msg>.*)$")
_POSTFIX_PROG = re.compile(r"^postfix(?:-[\w.-]+)?/(?:[\w-]+/)*(?P<agent>[\w-]+)$")
_QID = r"(?P<qid>[0-9A-F]{6,}|[0-9BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz]{10,})"
_FROM = re.compile(_QID + r": from=<(?P<addr>[^>]*)>, size=\d+, nrcpt=\d+")
_TO = re.compile(_QID + r": to=<(?P<addr>[^>]*)>,(?: orig_to=<[^>]*>,)? relay=(?P<relay>\S+),"
                 r".*\bstatus=(?P<status>\w+)")
_REMOVED = re.compile(_QID + r": removed$")
_MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
DELIVERY_AGENTS = frozenset({"smtp", "lmtp"})  # local/virtual/pipe deliver in-house
BATCH = 500


@dataclass
class ImportResult:
    read: int = 0           # lines (postfix) or messages (mbox/maildir) read
    messages: int = 0       # messages that went to external recipients
    added: int = 0          # of those, new to the history (not imported before)
    bad: int = 0            # unreadable lines or messages, skipped
    notes: list[str] = field(default_factory=list)


def _syslog_time(m: re.Match[str], now: dt.datetime, tz: dt.tzinfo) -> dt.datetime | None:
    try:
        if m.group("iso"):
            t = dt.datetime.fromisoformat(m.group("iso").replace("Z", "+00:00"))
            return (t if t.tzinfo else t.replace(tzinfo=tz)).astimezone(dt.UTC)
        mon = _MONTHS[m.group("mon")]
        hh, mm, ss = (int(x) for x in m.group("time").split(":"))
        local_now = now.astimezone(tz)
        t = dt.datetime(local_now.year, mon, int(m.group("day")), hh, mm, ss, tzinfo=tz)
        if t > local_now + dt.timedelta(days=1):  # syslog has no year: last year's log
            t = t.replace(year=t.year - 1)
        return t.astimezone(dt.UTC)
    except (KeyError, ValueError):
        return None


@dataclass
class _Queued:
    sender: str = ""
    at: dt.datetime | None = None
    host: str = ""
    rcpts: list[str] = field(default_factory=list)


def postfix_observations(lines: Iterable[str], internal_domains: tuple[str, ...],
                         result: ImportResult, *, now: dt.datetime | None = None,
                         tz: dt.tzinfo | None = None) -> Iterator[Observation]:
    """The messages of a Postfix log delivered to external recipients."""
    now = now or dt.datetime.now(dt.UTC)
    tz = tz or dt.datetime.now().astimezone().tzinfo or dt.UTC
    queue: dict[str, _Queued] = {}

    def done(qid: str) -> Observation | None:
        q = queue.pop(qid, None)
        if q is None or not q.sender or not q.rcpts or q.at is None:
            return None
        test = internal_test(internal_domains, q.sender)
        obs = observe(at=q.at, sender=q.sender, recipients=[("to", "", a) for a in q.rcpts],
                      is_internal=test, key=f"postfix:{q.host}:{qid}:{q.at.isoformat()}")
        if obs is not None:
            result.messages += 1
        return obs

    for line in lines:
        result.read += 1
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        m = _SYSLOG.match(line)
        if m is None:
            result.bad += 1
            continue
        p = _POSTFIX_PROG.match(m.group("prog"))
        if p is None:
            continue                        # another program's line
        msg, agent = m.group("msg"), p.group("agent")
        if agent == "qmgr":
            if (f := _FROM.match(msg)) is not None:
                q = queue.setdefault(f.group("qid"), _Queued())
                q.sender, q.host = f.group("addr"), m.group("host")
            elif (r := _REMOVED.match(msg)) is not None and (o := done(r.group("qid"))):
                yield o
            continue
        if agent in DELIVERY_AGENTS and " to=<" in msg:
            t = _TO.match(msg)
            at = _syslog_time(m, now, tz)
            if t is None or at is None or "@" not in t.group("addr"):
                result.bad += 1
                continue
            if t.group("status") != "sent":
                continue
            q = queue.setdefault(t.group("qid"), _Queued())
            q.host = q.host or m.group("host")
            q.at = q.at or at
            q.rcpts.append(t.group("addr"))
    for qid in list(queue):
        if (o := done(qid)) is not None:
            yield o


def mail_observations(paths: Iterable[Path], fmt: str, internal_domains: tuple[str, ...],
                      result: ImportResult) -> Iterator[Observation]:
    """The sent messages of mbox files or Maildir folders."""
    from mailguard.mime.parse import parse_message

    for path in paths:
        try:
            box: mailbox.Mailbox = (mailbox.mbox(path, create=False) if fmt == "mbox"
                                    else mailbox.Maildir(path, factory=None, create=False))
            keys = list(box.iterkeys())
        except (OSError, mailbox.Error) as e:
            result.bad += 1
            result.notes.append(f"{path}: cannot read as {fmt}: {getattr(e, 'strerror', e)}")
            continue
        for key in keys:
            result.read += 1
            try:
                raw = box.get_bytes(key)
                pm = parse_message(raw)
                test = internal_test(internal_domains, pm.sender)
                if not pm.sender or not test(pm.sender.rpartition("@")[2].lower()):
                    continue                # not sent by the organisation
                ident = pm.message_id or f"{pm.sender}|{pm.date}|{pm.subject}"
                obs = observe_parsed(pm, internal_domains=internal_domains,
                                     key=f"mail:{ident}")
            except Exception:  # one unreadable message never stops the import
                result.bad += 1
                continue
            if obs is None:
                if not pm.date:
                    result.bad += 1
                continue
            result.messages += 1
            yield obs


def run_import(store: object, observations: Iterable[Observation], result: ImportResult,
               ) -> ImportResult:
    """Add ``observations`` to the store's history, ``BATCH`` messages per transaction."""
    from mailguard.history.store import apply

    batch: list[Observation] = []

    def flush() -> None:
        if batch:
            with store._write() as conn:  # type: ignore[attr-defined]
                result.added += apply(conn, batch)
            batch.clear()

    for o in observations:
        batch.append(o)
        if len(batch) >= BATCH:
            flush()
    flush()
    return result
