"""Relay throughput: a bare aiosmtpd → aiosmtplib relay against mailguard, in one run.

    python bench/bench_relay.py [--quick] [--seconds 8] [--sizes 20,200] [--conc 1,8,32]

For 20 KB and 200 KB Japanese mail at concurrency 1, 8 and 32 it measures messages/s,
p50/p99 latency (client side: MAIL to the final 250) and CPU ms per message of the relay
process (and its children), for

  (a) bare:      stock aiosmtpd handing every message to aiosmtplib, no inspection
                 (the floor: what any Python relay costs);
  (b) mailguard: ``mailguard serve``'s relay with full inspection and the SQLite store
                 (every message judged and recorded, synchronous=FULL),

both relaying to the same sink (Postfix's ``smtp-sink`` when installed, else an aiosmtpd
sink in its own process), each relay in its own process, with uvloop where installed.
The load generator is a lean pipelining SMTP client, so most of the CPU measured is the
relay's; it connects both ways (``--connections``): one connection per concurrent sender,
reused, and a connection of its own for every message, as most mail clients submit.
Relay (b) runs with mailguard's default judging settings unless ``--processes`` /
``--workers`` say otherwise.  Prints a table, the peak
RSS of each relay, and (b)/(a) throughput at concurrency 32 (target ≥ 50 %, RSS < 300 MB).

Every message passes (internal and partner recipients, business text), so (a) and (b)
do the same SMTP work and the difference is mailguard's.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

LINES = [
    "いつも大変お世話になっております。株式会社サンプルの山田でございます。",
    "先日お打ち合わせいたしました新製品の件につきまして、お見積りをお送りいたします。",
    "ご不明な点がございましたら、お気軽にお問い合わせください。",
    "来週の定例会議は会議室Ａにて午後二時から開催いたします。資料は事前に共有いたします。",
    "納期につきましては、ご発注から約三週間を予定しております。",
    "本件について社内で検討のうえ、改めてご連絡差し上げます。",
    "添付の議事録をご確認のうえ、修正点があれば今週中にお知らせください。",
    "第三四半期の売上は前年同期比で一割ほど増加し、計画を上回る見込みです。",
]
RCPTS = [["hanako@example.co.jp"], ["tanaka@partner.co.jp", "suzuki@partner.co.jp"],
         ["jiro@sales.example.co.jp"], ["ito@partner.co.jp"]]
# --recipients external: every message leaves (judged in full)
EXTERNAL_RCPTS = [["tanaka@partner.co.jp", "suzuki@partner.co.jp"], ["ito@partner.co.jp"]]
SENDER = "taro@example.co.jp"

CONFIG = """
[organization]
internal_domains = ["example.co.jp"]
partner_domains = ["partner.co.jp"]
[relay]
listen = "127.0.0.1:{port}"
upstream = "127.0.0.1:{upstream}"
upstream_tls = "off"
max_sessions = 200
{judging}upstream_connections = 32
[store]
url = "sqlite:///{db}"
[web]
listen = "127.0.0.1:{web}"
base_url = "http://127.0.0.1:{web}"
"""


def japanese_text(size: int, rng: random.Random) -> str:
    out: list[str] = []
    n = 0
    while n < size:
        line = rng.choice(LINES)
        out.append(line)
        n += len(line.encode("utf-8")) + 1
    return "\n".join(out) + "\n"


def make_message(i: int, kb: int, rng: random.Random,
                 recipients: list[list[str]] = RCPTS) -> tuple[list[str], bytes]:
    """A passing Japanese message of about ``kb`` KB: body, plus a text attachment for
    the larger size (minutes of a meeting), in ISO-2022-JP or UTF-8."""
    rcpts = recipients[i % len(recipients)]
    msg = EmailMessage()
    msg["From"] = f"山田 太郎 <{SENDER}>"
    msg["To"] = ", ".join(rcpts)
    msg["Subject"] = f"お見積りの件（第{i}版）"
    msg["Message-ID"] = f"<bench{i}.{rng.random()}@example.co.jp>"
    size = kb * 1024
    body_size = min(size, 14 * 1024)
    # base64/ISO-2022-JP grow the text: aim at the encoded size
    charset = "iso-2022-jp" if i % 2 else "utf-8"
    msg.set_content(japanese_text(int(body_size / 1.4), rng), charset=charset)
    if size > body_size:
        minutes = japanese_text(int((size - body_size) / 1.37), rng)
        msg.add_attachment(minutes.encode("utf-8"), maintype="text", subtype="plain",
                           filename="議事録.txt")
    return rcpts, msg.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# --- the two relays under test (each runs in its own process) ------------------------------

def run_bare(port: int, upstream: int) -> None:
    """(a): stock aiosmtpd, and aiosmtplib with reused connections, nothing else."""
    import aiosmtplib
    from aiosmtpd.smtp import SMTP

    class Pool:
        def __init__(self) -> None:
            self.idle: list[aiosmtplib.SMTP] = []

        async def send(self, mail_from: str, rcpts: list[str], data: bytes) -> None:
            client = self.idle.pop() if self.idle else None
            if client is None or not client.is_connected:
                client = aiosmtplib.SMTP(hostname="127.0.0.1", port=upstream, start_tls=False)
                await client.connect()
            await client.sendmail(mail_from, rcpts, data)
            self.idle.append(client)

    pool = Pool()

    class Relay:
        async def handle_DATA(self, server, session, envelope) -> str:
            await pool.send(envelope.mail_from, envelope.rcpt_tos, envelope.original_content)
            return "250 OK"

    async def main() -> None:
        loop = asyncio.get_running_loop()
        handler = Relay()
        server = await loop.create_server(
            lambda: SMTP(handler, enable_SMTPUTF8=True, data_size_limit=None, loop=loop),
            "127.0.0.1", port)
        stop = asyncio.Event()
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        await stop.wait()
        server.close()

    _run(main)


def run_mailguard(config: str) -> None:
    """(b): ``mailguard serve``'s relay (full inspection, SQLite store)."""
    import logging

    from mailguard.config import load_settings
    from mailguard.serve import quiet_libraries, serve

    logging.basicConfig(level=logging.ERROR)
    quiet_libraries()
    settings = load_settings(config)
    _run(lambda: serve(settings))


def run_sink(port: int) -> None:
    """A sink in its own process (when Postfix's smtp-sink is not installed)."""
    from aiosmtpd.smtp import SMTP

    class Sink:
        async def handle_DATA(self, server, session, envelope) -> str:
            return "250 OK"

    async def main() -> None:
        loop = asyncio.get_running_loop()
        await loop.create_server(lambda: SMTP(Sink(), enable_SMTPUTF8=True,
                                              data_size_limit=None, loop=loop),
                                 "127.0.0.1", port)
        await asyncio.Event().wait()

    _run(main)


def _run(main) -> None:
    try:
        import uvloop
    except ImportError:
        asyncio.run(main())
        return
    uvloop.run(main())


# --- load generator ------------------------------------------------------------------------

def dot_stuff(raw: bytes) -> bytes:
    data = raw.replace(b"\r\n.", b"\r\n..")
    if data.startswith(b"."):
        data = b"." + data
    return data + b".\r\n"


async def _reply(reader: asyncio.StreamReader) -> bytes:
    while True:
        line = await reader.readline()
        if not line:
            raise ConnectionError("closed")
        if line[3:4] != b"-":
            return line


async def sender(port: int, jobs: asyncio.Queue, latencies: list[float],
                 failures: list[bytes], per_message: bool = False) -> None:
    if per_message:
        await sender_per_message(port, jobs, latencies, failures)
        return
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await _reply(reader)
    writer.write(b"EHLO bench.example.co.jp\r\n")
    await _reply(reader)
    while True:
        try:
            rcpts, data = jobs.get_nowait()
        except asyncio.QueueEmpty:
            break
        t = time.perf_counter()
        # RFC 2920: MAIL, RCPT... and DATA in one go, then the message
        writer.write(f"MAIL FROM:<{SENDER}> SIZE={len(data)}\r\n".encode() +
                     b"".join(f"RCPT TO:<{r}>\r\n".encode() for r in rcpts) + b"DATA\r\n")
        replies = [await _reply(reader) for _ in range(len(rcpts) + 2)]
        if not replies[-1].startswith(b"354"):
            failures.append(b" | ".join(replies))
            continue
        writer.write(data)
        final = await _reply(reader)
        latencies.append(time.perf_counter() - t)
        if not final.startswith(b"250"):
            failures.append(final)
    writer.write(b"QUIT\r\n")
    with contextlib.suppress(ConnectionError):
        await _reply(reader)
    writer.close()


async def sender_per_message(port: int, jobs: asyncio.Queue, latencies: list[float],
                             failures: list[bytes]) -> None:
    """A connection of its own for every message, as most mail clients submit: connect,
    greeting, EHLO, the pipelined transaction, QUIT.  Latency from connect to the 250."""
    while True:
        try:
            rcpts, data = jobs.get_nowait()
        except asyncio.QueueEmpty:
            return
        t = time.perf_counter()
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            await _reply(reader)
            writer.write(b"EHLO bench.example.co.jp\r\n")
            await _reply(reader)
            writer.write(f"MAIL FROM:<{SENDER}> SIZE={len(data)}\r\n".encode() +
                         b"".join(f"RCPT TO:<{r}>\r\n".encode() for r in rcpts) +
                         b"DATA\r\n")
            replies = [await _reply(reader) for _ in range(len(rcpts) + 2)]
            if not replies[-1].startswith(b"354"):
                failures.append(b" | ".join(replies))
                continue
            writer.write(data)
            final = await _reply(reader)
            latencies.append(time.perf_counter() - t)
            if not final.startswith(b"250"):
                failures.append(final)
            writer.write(b"QUIT\r\n")
            with contextlib.suppress(ConnectionError):
                await _reply(reader)
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError, OSError):
                await writer.wait_closed()


def load(port: int, messages: list[tuple[list[str], bytes]], count: int, conc: int,
         per_message: bool = False) -> tuple[float, list[float], list[bytes]]:
    async def main() -> tuple[float, list[float], list[bytes]]:
        jobs: asyncio.Queue = asyncio.Queue()
        for i in range(count):
            jobs.put_nowait(messages[i % len(messages)])
        latencies: list[float] = []
        failures: list[bytes] = []
        t = time.perf_counter()
        await asyncio.gather(*(sender(port, jobs, latencies, failures, per_message)
                               for _ in range(conc)))
        return time.perf_counter() - t, latencies, failures

    result: tuple[float, list[float], list[bytes]] = (0.0, [], [])

    async def wrapped() -> None:
        nonlocal result
        result = await main()

    _run(wrapped)
    return result


# --- process accounting --------------------------------------------------------------------

TICK = os.sysconf("SC_CLK_TCK")


def _tree(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def cpu_seconds(pid: int, own_only: bool = False) -> float:
    """CPU seconds of a relay process and its descendants (judging workers), or of the
    process alone: the split shows which one saturates first."""
    total = 0
    for p in [pid] if own_only else _tree(pid):
        try:
            f = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(x) for x in f[11:13 if own_only else 15])  # utime stime (cutime cstime)
    return total / TICK


def peak_rss_mb(pid: int) -> float:
    total = 0
    for p in _tree(pid):
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
    return total / 1024


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    end = time.time() + timeout
    while time.time() < end:
        if proc.poll() is not None:
            raise SystemExit(f"relay exited with {proc.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
            return
        time.sleep(0.1)
    raise SystemExit(f"nothing listens on {port}")


def start_sink(port: int) -> subprocess.Popen:
    smtp_sink = shutil.which("smtp-sink") or "/usr/sbin/smtp-sink"
    if Path(smtp_sink).exists():
        cmd = [smtp_sink, "-u", "nobody"] if os.geteuid() == 0 else [smtp_sink]
        return subprocess.Popen([*cmd, f"127.0.0.1:{port}", "256"])
    return subprocess.Popen([sys.executable, __file__, "--role", "sink", "--port", str(port)])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--role", choices=("bench", "bare", "mailguard", "sink"), default="bench")
    ap.add_argument("--port", type=int)
    ap.add_argument("--upstream", type=int)
    ap.add_argument("--config")
    ap.add_argument("--sizes", default="20,200", help="message sizes in KB")
    ap.add_argument("--conc", default="1,8,32", help="concurrency levels")
    ap.add_argument("--seconds", type=float, default=8.0,
                    help="aim for about this long per measurement")
    ap.add_argument("--workers", type=int, help="relay.judge_workers for (b) "
                    "(default: mailguard's default)")
    ap.add_argument("--processes", type=int, help="relay.judge_processes for (b) "
                    "(0: judging threads; default: mailguard's default)")
    ap.add_argument("--connections", default="reused,per-message",
                    help="how the clients connect: reused (one connection per concurrent "
                         "sender), per-message (a connection for every message), or both")
    ap.add_argument("--recipients", choices=("mixed", "external"), default="mixed",
                    help="mixed: half the mail to internal recipients, half to a partner "
                         "(default); external: all of it leaves")
    ap.add_argument("--quick", action="store_true", help="short runs (a smoke test)")
    args = ap.parse_args()
    if args.role == "bare":
        run_bare(args.port, args.upstream)
        return 0
    if args.role == "mailguard":
        run_mailguard(args.config)
        return 0
    if args.role == "sink":
        run_sink(args.port)
        return 0

    sizes = [int(s) for s in args.sizes.split(",")]
    concs = [int(c) for c in args.conc.split(",")]
    seconds = 2.0 if args.quick else args.seconds
    rng = random.Random(42)
    corpus = {kb: [(rcpts, dot_stuff(raw)) for rcpts, raw in
                   (make_message(i, kb, rng, EXTERNAL_RCPTS if args.recipients == "external"
                                 else RCPTS) for i in range(40))] for kb in sizes}
    work = Path(tempfile.mkdtemp(prefix="mailguard-bench-"))
    sink_port = free_port()
    sink = start_sink(sink_port)
    procs: dict[str, subprocess.Popen] = {}
    ports: dict[str, int] = {}
    try:
        ports["bare"] = free_port()
        procs["bare"] = subprocess.Popen([sys.executable, __file__, "--role", "bare",
                                          "--port", str(ports["bare"]),
                                          "--upstream", str(sink_port)])
        ports["mailguard"] = free_port()
        cfg = work / "mailguard.toml"
        judging = "".join(f"{key} = {value}\n" for key, value in (
            ("judge_workers", args.workers), ("judge_processes", args.processes))
            if value is not None)
        cfg.write_text(CONFIG.format(port=ports["mailguard"], upstream=sink_port,
                                     db=work / "mailguard.db", judging=judging,
                                     web=free_port()))
        procs["mailguard"] = subprocess.Popen(
            [sys.executable, __file__, "--role", "mailguard", "--config", str(cfg)],
            cwd=str(work))
        for name in procs:
            wait_port(ports[name], procs[name])
        print(f"sink: {'smtp-sink' if 'smtp-sink' in str(sink.args) else 'aiosmtpd'}; "
              f"{os.cpu_count()} CPUs; python {sys.version.split()[0]}\n")
        print(f"{'size':>6} {'conc':>4}  {'connections':<12} {'relay':<9} {'msgs/s':>8} "
              f"{'p50 ms':>8} {'p99 ms':>8} {'CPU ms/msg':>10} {'of it main':>10} {'load gen':>8}")
        results: dict[tuple[int, int, str, str], float] = {}
        modes = [m.strip() for m in args.connections.split(",") if m.strip()]
        for kb in sizes:
            for conc in concs:
                for mode in modes:
                    per = mode == "per-message"
                    for name in ("bare", "mailguard"):
                        # warm up (connections, caches), then size the run to ~`seconds`
                        elapsed, lat, fail = load(ports[name], corpus[kb],
                                                  max(conc * 2, 10), conc, per)
                        rate = len(lat) / elapsed if elapsed else 1
                        count = max(conc * 4, int(rate * seconds))
                        before = cpu_seconds(procs[name].pid)
                        before_main = cpu_seconds(procs[name].pid, own_only=True)
                        before_gen = time.process_time()
                        elapsed, lat, fail = load(ports[name], corpus[kb], count, conc, per)
                        cpu = cpu_seconds(procs[name].pid) - before
                        cpu_main = cpu_seconds(procs[name].pid, own_only=True) - before_main
                        cpu_gen = time.process_time() - before_gen
                        if fail:
                            print(f"  {len(fail)} failure(s), e.g. {fail[0][:120]!r}")
                        lat.sort()
                        p50 = statistics.median(lat) * 1000
                        p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000
                        mps = len(lat) / elapsed
                        results[(kb, conc, mode, name)] = mps
                        print(f"{kb:>4}KB {conc:>4}  {mode:<12} {name:<9} {mps:>8.1f} "
                              f"{p50:>8.1f} {p99:>8.1f} "
                              f"{cpu / max(len(lat), 1) * 1000:>10.2f} "
                              f"{cpu_main / max(len(lat), 1) * 1000:>10.2f} "
                              f"{cpu_gen / max(len(lat), 1) * 1000:>8.2f}", flush=True)
        print()
        for name, proc in procs.items():
            print(f"peak RSS {name}: {peak_rss_mb(proc.pid):.0f} MB")
        top = max(concs)
        for kb in sizes:
            for mode in modes:
                a = results[(kb, top, mode, "bare")]
                b = results[(kb, top, mode, "mailguard")]
                print(f"{kb} KB at concurrency {top}, {mode} connections: mailguard "
                      f"{b / a * 100:.0f}% of bare ({b:.1f} vs {a:.1f} msgs/s)")
    finally:
        for proc in (*procs.values(), sink):
            proc.terminate()
        for proc in (*procs.values(), sink):
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
