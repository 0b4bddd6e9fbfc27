"""Soak: `mailguard serve` under a steady mixed load for a long time; nothing may grow.

    python bench/soak.py [--minutes 60] [--rate 15] [--json FILE]

Starts `mailguard serve` (SQLite store, notices on, the review pages and every worker) in
a throw-away folder, relaying to a *flaky* upstream run here (a share of messages
deferred with 451, some connections dropped in the middle of DATA), and sends at a steady
rate a mix that makes every part work: passing mail (70 %), holds (社外秘 to an external
address, 15 %), delays (free-mail recipients, delayed one minute, 10 %) and rejects
(a look-alike domain, 5 %), from 40 senders so that hold notices go out.  Every ten
seconds it releases half of the open holds and cancels a quarter (the delivery worker
then sends the released ones through the flaky upstream, with retries).

Every minute it prints: messages sent and their answers, client latency p50 / p99
(connect to the final reply; a connection per message), the resident memory of the serve
process and the sum over every process it started, its open files and sockets, the
deliveries still queued.  At the end it compares the second half of the run with the
minutes after warm-up: RSS and open files must be flat (within 10 % and 16 MB), p99
stable.  Exit status 1 when something grew.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_relay import dot_stuff, japanese_text  # noqa: E402

CONFIG = """
[organization]
internal_domains = ["example.co.jp"]
partner_domains = ["partner.co.jp"]
[relay]
listen = "127.0.0.1:{port}"
upstream = "127.0.0.1:{upstream}"
upstream_tls = "off"
hostname = "soak.mailguard.test"
delay_minutes = 1.0
delivery_interval = 2.0
[rules.override.freemail-recipient]
action = "delay"
[rules.override.lookalike-domain]
action = "reject"
[holds]
worker_interval = 5.0
[notify]
from_address = "mailguard@example.co.jp"
max_per_sender = 1000
[store]
url = "sqlite:///{db}"
[web]
listen = "127.0.0.1:{web}"
base_url = "http://127.0.0.1:{web}"
"""

KINDS = (("pass", 70), ("hold", 15), ("delay", 10), ("reject", 5))
RECIPIENTS = {
    "pass": ["hanako@example.co.jp", "tanaka@partner.co.jp"],
    "hold": ["sato@client.example"],
    "delay": ["someone@gmail.com"],
    "reject": ["ito@partnre.co.jp"],
}


def make_mail(i: int, kind: str, rng: random.Random) -> tuple[str, list[str], bytes]:
    sender = f"user{i % 40:02d}@example.co.jp"
    rcpts = RECIPIENTS[kind]
    msg = EmailMessage()
    msg["From"] = f"社員 {i % 40:02d} <{sender}>"
    msg["To"] = ", ".join(rcpts)
    msg["Subject"] = ("【社外秘】" if kind == "hold" else "") + f"ご連絡（{i}）"
    msg["Message-ID"] = f"<soak{i}.{rng.random()}@example.co.jp>"
    msg.set_content(japanese_text(rng.randrange(1000, 12000), rng),
                    charset="iso-2022-jp" if i % 2 else "utf-8")
    raw = msg.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return sender, rcpts, dot_stuff(raw)


# --- the flaky upstream ------------------------------------------------------------------

class FlakyUpstream:
    """A next hop that defers some messages (451) and drops some connections in DATA."""

    def __init__(self, defer: float = 0.05, drop: float = 0.01, seed: int = 7):
        self.defer, self.drop = defer, drop
        self.rng = random.Random(seed)
        self.results: Counter = Counter()
        self.port = 0
        self.server: asyncio.AbstractServer | None = None

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._session, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]

    async def _session(self, reader: asyncio.StreamReader,
                       writer: asyncio.StreamWriter) -> None:
        try:
            writer.write(b"220 flaky ESMTP\r\n")
            while line := await reader.readline():
                verb = line[:4].upper()
                if verb in (b"EHLO", b"HELO"):
                    writer.write(b"250-flaky\r\n250-PIPELINING\r\n250-8BITMIME\r\n"
                                 b"250-SMTPUTF8\r\n250 SIZE 100000000\r\n")
                elif verb == b"DATA":
                    writer.write(b"354 go ahead\r\n")
                    await writer.drain()
                    while await reader.readline() not in (b".\r\n", b""):
                        pass
                    roll = self.rng.random()
                    if roll < self.drop:
                        self.results["dropped"] += 1
                        writer.transport.abort()
                        return
                    if roll < self.drop + self.defer:
                        self.results["deferred"] += 1
                        writer.write(b"451 4.3.0 try again later\r\n")
                    else:
                        self.results["accepted"] += 1
                        writer.write(b"250 2.0.0 ok\r\n")
                elif verb == b"QUIT":
                    writer.write(b"221 bye\r\n")
                    await writer.drain()
                    break
                else:
                    writer.write(b"250 ok\r\n")
                await writer.drain()
        except (ConnectionError, OSError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()


# --- the client side ---------------------------------------------------------------------

async def _reply(reader: asyncio.StreamReader) -> bytes:
    while True:
        line = await reader.readline()
        if not line:
            raise ConnectionError("closed")
        if line[3:4] != b"-":
            return line


async def send_one(port: int, sender: str, rcpts: list[str], data: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await _reply(reader)
        writer.write(b"EHLO soak.example.co.jp\r\n")
        await _reply(reader)
        writer.write(f"MAIL FROM:<{sender}>\r\n".encode() +
                     b"".join(f"RCPT TO:<{r}>\r\n".encode() for r in rcpts) + b"DATA\r\n")
        replies = [await _reply(reader) for _ in range(len(rcpts) + 2)]
        if not replies[-1].startswith(b"354"):
            return replies[-1]
        writer.write(data)
        final = await _reply(reader)
        writer.write(b"QUIT\r\n")
        with contextlib.suppress(ConnectionError):
            await _reply(reader)
        return final
    finally:
        writer.close()


# --- what the serve process holds --------------------------------------------------------

def _children(pid: int) -> list[int]:
    out = [pid]
    with contextlib.suppress(OSError):
        for tid in os.listdir(f"/proc/{pid}/task"):
            with contextlib.suppress(OSError):
                for c in Path(f"/proc/{pid}/task/{tid}/children").read_text().split():
                    out.extend(_children(int(c)))
    return out


def _status_kb(pid: int, field: str) -> int:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def sample(pid: int) -> dict[str, float]:
    tree = _children(pid)
    fds = sockets = 0
    for p in tree:
        with contextlib.suppress(OSError):
            for fd in os.listdir(f"/proc/{p}/fd"):
                fds += 1
                with contextlib.suppress(OSError):
                    if os.readlink(f"/proc/{p}/fd/{fd}").startswith("socket:"):
                        sockets += 1
    return {"rss_serve_mb": _status_kb(pid, "VmRSS") / 1024,
            "rss_all_mb": sum(_status_kb(p, "VmRSS") for p in tree) / 1024,
            "processes": len(tree), "open_files": fds, "sockets": sockets}


def queued_deliveries(db: Path) -> int:
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM deliveries WHERE state != 'done'"
                                ).fetchone()[0]
        finally:
            conn.close()
    return -1


# --- the run -----------------------------------------------------------------------------

async def run(args: argparse.Namespace) -> int:
    work = Path(tempfile.mkdtemp(prefix="mailguard-soak-"))
    upstream = FlakyUpstream()
    await upstream.start()
    port, web = _free_port(), _free_port()
    db = work / "mailguard.db"
    cfg = work / "mailguard.toml"
    cfg.write_text(CONFIG.format(port=port, upstream=upstream.port, db=db, web=web),
                   encoding="utf-8")
    log = open(work / "serve.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen([sys.executable, "-m", "mailguard", "serve", "--config",
                             str(cfg)], cwd=work, stdout=log, stderr=log)
    await _wait_port(port, proc)
    print(f"serve pid {proc.pid}, folder {work}; {args.rate} msgs/s for {args.minutes} min",
          flush=True)
    print(f"{'min':>4} {'sent':>6} {'answers':<34} {'p50 ms':>7} {'p99 ms':>7} "
          f"{'RSS MB':>7} {'all MB':>7} {'procs':>5} {'files':>5} {'socks':>5} "
          f"{'queued':>6}", flush=True)

    from mailguard.hold import service
    from mailguard.hold.sql import SqlStore

    store = SqlStore(f"sqlite:///{db}", migrate=False)
    rng = random.Random(42)
    kinds = [k for k, w in KINDS for _ in range(w)]
    minutes: list[dict] = []
    minute_lat: list[float] = []
    minute_answers: Counter = Counter()
    in_flight: set[asyncio.Task] = set()
    end = time.monotonic() + args.minutes * 60

    async def one(i: int) -> None:
        kind = kinds[i % len(kinds)]
        sender, rcpts, data = make_mail(i, kind, rng)
        t = time.perf_counter()
        try:
            reply = await send_one(port, sender, rcpts, data)
            minute_answers[f"{kind}:{reply[:3].decode()}"] += 1
        except (ConnectionError, OSError):
            minute_answers[f"{kind}:conn-error"] += 1
            return
        minute_lat.append(time.perf_counter() - t)

    async def decide() -> None:
        while time.monotonic() < end:
            await asyncio.sleep(10)
            try:
                held = await asyncio.to_thread(store.list, "held", 200)
                for n, rec in enumerate(held):
                    if n % 4 in (0, 1):
                        await asyncio.to_thread(service.release, store, rec.id,
                                                actor="admin:soak")
                    elif n % 4 == 2:
                        await asyncio.to_thread(service.cancel, store, rec.id,
                                                actor="admin:soak")
            except Exception as e:  # a conflict with the hold worker: next round
                print(f"  (decide: {type(e).__name__})", flush=True)

    decider = asyncio.ensure_future(decide())
    i = 0
    started = time.monotonic()
    minute_end = started + 60
    try:
        while time.monotonic() < end:
            task = asyncio.ensure_future(one(i))
            in_flight.add(task)
            task.add_done_callback(in_flight.discard)
            i += 1
            next_at = started + i / args.rate
            await asyncio.sleep(max(0.0, next_at - time.monotonic()))
            if time.monotonic() >= minute_end:
                minute_end += 60
                lat = sorted(minute_lat)
                row = {"minute": len(minutes) + 1, "sent": sum(minute_answers.values()),
                       "answers": dict(minute_answers),
                       "p50_ms": statistics.median(lat) * 1000 if lat else 0.0,
                       "p99_ms": lat[int(len(lat) * 0.99)] * 1000 if lat else 0.0,
                       **sample(proc.pid),
                       "queued": await asyncio.to_thread(queued_deliveries, db)}
                minutes.append(row)
                minute_lat.clear()
                minute_answers.clear()
                codes = Counter()
                for k, v in row["answers"].items():
                    codes[k.split(":")[1]] += v
                answers = " ".join(f"{c}:{n}" for c, n in sorted(codes.items()))
                print(f"{row['minute']:>4} {row['sent']:>6} {answers:<34} "
                      f"{row['p50_ms']:>7.1f} {row['p99_ms']:>7.1f} "
                      f"{row['rss_serve_mb']:>7.0f} {row['rss_all_mb']:>7.0f} "
                      f"{row['processes']:>5} {row['open_files']:>5} {row['sockets']:>5} "
                      f"{row['queued']:>6}", flush=True)
                if proc.poll() is not None:
                    print(f"serve exited with {proc.returncode}", flush=True)
                    return 1
        if in_flight:
            await asyncio.wait(list(in_flight), timeout=60)
    finally:
        decider.cancel()
        proc.send_signal(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(60)
        store.close()
        log.close()

    await upstream.stop()
    print(f"\nupstream: {dict(upstream.results)}")
    verdict = judge_growth(minutes)
    if args.json:
        Path(args.json).write_text(json.dumps({"minutes": minutes, "verdict": verdict},
                                              ensure_ascii=False, indent=1))
    return 0 if verdict["flat"] else 1


def judge_growth(minutes: list[dict]) -> dict:
    """Warm-up: the first fifth of the run (at least 2 minutes).  Flat: the second half's
    maximum within 10 % and 16 MB / 16 files of the warmed-up level."""
    if len(minutes) < 4:
        print("too short to judge growth")
        return {"flat": True, "short": True}
    warm = max(2, len(minutes) // 5)
    after = minutes[warm:]
    half = minutes[len(minutes) // 2:]
    out: dict = {"flat": True}
    for key, slack in (("rss_serve_mb", 16), ("rss_all_mb", 16), ("open_files", 16),
                       ("sockets", 16)):
        base = statistics.median(r[key] for r in after[:max(1, len(after) // 3)])
        top = max(r[key] for r in half)
        grew = top > base * 1.10 and top - base > slack
        out[key] = {"warmed_up": base, "second_half_max": top, "grew": grew}
        out["flat"] &= not grew
        print(f"{key:>13}: after warm-up {base:.0f}, second half max {top:.0f} "
              f"→ {'GREW' if grew else 'flat'}")
    p99_early = statistics.median(r["p99_ms"] for r in after[:max(1, len(after) // 3)])
    p99_late = statistics.median(r["p99_ms"] for r in half)
    out["p99_ms"] = {"early": p99_early, "late": p99_late}
    print(f"{'p99 ms':>13}: early {p99_early:.0f}, second half {p99_late:.0f}")
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _wait_port(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"serve exited with {proc.returncode}")
        try:
            _, w = await asyncio.open_connection("127.0.0.1", port)
            w.close()
            return
        except OSError:
            await asyncio.sleep(0.2)
    raise SystemExit(f"nothing listens on {port}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=60.0)
    ap.add_argument("--rate", type=float, default=15.0, help="messages per second")
    ap.add_argument("--json", help="also write the per-minute figures to this file")
    return asyncio.run(run(ap.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
