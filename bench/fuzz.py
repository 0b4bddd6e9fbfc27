"""The long fuzz run over every reader of untrusted bytes.

    python bench/fuzz.py --minutes 60 [--target NAME ...] [--seeds DIR ...] [--seed N]
    python bench/fuzz.py --list
    python bench/fuzz.py --minimize FILE --target NAME
    python bench/fuzz.py --make-seeds

Targets (``tests/fuzzkit.py``): ``mime`` (parse and charset repair, body text),
``charset``, ``address``, ``smtp-data`` (the DATA reader, then the relay's judging
path), ``judge`` (the whole pipeline and every rendering of the verdict: check's JSON and
text, the stored record, the notice, the review view) and one ``extract-KIND`` per
attachment format (csv xlsx docx pptx pdf zip rtf html mail doc xls msg ppt).

Each target runs in time slices (``--slice`` seconds, round robin until ``--minutes``
are spent), each slice in a forked child with its address space capped
(``--memory-limit``): mutated inputs from the seed corpus (``tests/fuzz_seeds/``, plus
messages found under ``--seeds`` and their attachments), mail-aware mutations, and an
input whose outcome has not been seen before joins the corpus.  The oracle: no exception
but the documented ones, no own-code error swallowed as ``corrupt``, the target's
properties (see fuzzkit), no input over the per-message budget (``--hang``, default the
extraction time budget plus the pool's grace: a watchdog in the child and a kill from
the parent), RSS measured per target.  What fails is written to ``--out`` (one file per
distinct failure) for ``--minimize``.

Prints inputs per target, failures, hangs, slow inputs and peak RSS, and writes the same
as JSON (``--json``).  One core: run it under ``nice``.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import logging
import multiprocessing
import os
import random
import resource
import signal
import sys
import tempfile
import time
import traceback
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import fuzzkit as fk  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")
CORPUS_MAX = 400          # inputs kept per target for their new outcomes
MAIL_SEED_MAX = 512 * 1024


class Hang(BaseException):
    """The watchdog's alarm: not an Exception, so no reader's ``except Exception`` (a
    library's, or ours around a damaged property set) swallows it."""


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE / 1e6


def failure_key(exc: BaseException) -> str:
    """Type and the innermost frame in mailguard (else the innermost at all)."""
    if isinstance(exc, (fk.OracleFailure, fk.OwnCodeError)):
        return f"{type(exc).__name__}: {str(exc)[:160]}"
    tb = traceback.extract_tb(exc.__traceback__)
    own = [f for f in tb if f.filename.startswith(fk.MAILGUARD_DIR)]
    f = (own or tb or [None])[-1]
    where = f"{os.path.basename(f.filename)}:{f.lineno} {f.name}" if f else "?"
    return f"{type(exc).__name__} at {where}"


def outcome(result: Any) -> tuple:
    """A coarse signature of what an input did: a new one keeps the input."""
    if result is None:
        return ("none",)
    if hasattr(result, "unscannable"):
        return ("x", tuple(sorted({u.reason for u in result.unscannable})),
                min(len(result.parts), 8), tuple(sorted({p.role for p in result.parts})))
    if hasattr(result, "defects") and hasattr(result, "attachments"):
        return ("m", tuple(sorted({d.code for d in result.defects})),
                min(len(result.attachments), 4), min(len(result.body), 4))
    if hasattr(result, "findings"):
        return ("v", str(result.action), tuple(sorted(result.rules)),
                tuple(sorted({d["code"] for d in result.defects})))
    if hasattr(result, "issues"):
        return ("d", result.charset, tuple(sorted({c for c, _ in result.issues})))
    if isinstance(result, bytes):
        return ("b", min(len(result) // 1000, 20))
    if isinstance(result, list):
        return ("l", min(len(result), 10))
    return (type(result).__name__,)


def extra_seeds(dirs: list[Path]) -> dict[str, list[bytes]]:
    """Messages under ``dirs`` as mail seeds; their attachments as seeds of their kind."""
    from mailguard.errors import InputError
    from mailguard.extract.sniff import sniff
    from mailguard.mime.parse import parse_message

    kinds = {"zip": None, "pdf": "pdf", "csv": "csv", "html": "html", "rtf": "rtf",
             "mail": "mail", "ole": None}
    out: dict[str, list[bytes]] = {}
    for d in dirs:
        for p in sorted(d.rglob("*")):
            if not p.is_file() or p.stat().st_size > MAIL_SEED_MAX:
                continue
            data = p.read_bytes()
            name = p.name.lower()
            if name.endswith(".msg"):
                out.setdefault("msg", []).append(data)
                continue
            if not name.endswith((".eml", ".txt", ".raw", ".msg")) and "." in name:
                continue
            out.setdefault("mail", []).append(data)
            try:
                pm = parse_message(data)
            except (InputError, RecursionError):
                continue
            for a in pm.attachments:
                kind = sniff(a.name, a.content_type, a.payload, a.is_message).partition(":")[0]
                low = a.name.lower()
                if kind == "zip":
                    kind = next((k for k in ("xlsx", "docx", "pptx") if low.endswith("." + k)),
                                "zip")
                elif kind == "ole":
                    kind = next((k for k in ("doc", "xls", "ppt", "msg") if low.endswith("." + k)),
                                None)
                else:
                    kind = kinds.get(kind)
                if kind and a.payload and len(a.payload) <= MAIL_SEED_MAX:
                    out.setdefault(kind, []).append(a.payload)
    return out


def worker(name: str, seconds: float, seed: int, extra: list[bytes], out_dir: str,
           hang: float, slow: float, memory_limit: int, conn: Any) -> None:
    """One slice of one target, in a forked child; sends its figures on ``conn``."""
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings on damaged files
    warnings.simplefilter("ignore")
    if memory_limit:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    target = fk.targets()[name]
    rng = random.Random(seed)
    corpus = fk.load_seeds(target.seeds) + extra
    if not corpus:
        corpus = [b""]
    pool = list(corpus)
    seen: set[tuple] = set()
    current = os.open(os.path.join(out_dir, f"current-{name}.bin"),
                      os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
    report: dict[str, Any] = {"inputs": 0, "failures": {}, "hangs": [], "slow": [],
                              "rss_start": rss_mb(), "rss_max": 0.0}

    def on_alarm(signum: int, frame: Any) -> None:
        raise Hang()

    signal.signal(signal.SIGALRM, on_alarm)
    deadline = time.monotonic() + seconds
    warm = None
    while time.monotonic() < deadline:
        try:  # a mutation is bounded too (it is not what is being tested)
            signal.setitimer(signal.ITIMER_REAL, 10)
            try:
                data = fk.mutate(target, rng, rng.choice(corpus), pool)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        except (Hang, MemoryError):
            report["mutator_timeouts"] = report.get("mutator_timeouts", 0) + 1
            continue
        os.pwrite(current, data, 0)
        os.ftruncate(current, len(data))
        t0 = time.monotonic()
        result = None
        try:
            signal.setitimer(signal.ITIMER_REAL, hang)
            try:
                result = target.run(data)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        except Hang:
            path = save(out_dir, name, "hang", data)
            report["hangs"].append({"seconds": round(time.monotonic() - t0, 1), "file": path})
        except Exception as e:
            key = failure_key(e)
            f = report["failures"].setdefault(key, {"count": 0, "file": ""})
            f["count"] += 1
            if not f["file"]:
                f["file"] = save(out_dir, name, "fail", data)
                f["trace"] = "".join(traceback.format_exception(e)[-6:])[-2000:]
        elapsed = time.monotonic() - t0
        if elapsed > slow:
            report["slow"].append({"seconds": round(elapsed, 2), "size": len(data),
                                   "file": save(out_dir, name, "slow", data)})
            report["slow"] = sorted(report["slow"], key=lambda s: -s["seconds"])[:5]
        report["inputs"] += 1
        sig = outcome(result)
        if sig not in seen:
            seen.add(sig)
            if len(corpus) < CORPUS_MAX:
                corpus.append(data)
        if len(pool) < 64 and rng.random() < 0.01:
            pool.append(data)
        if report["inputs"] % 50 == 0:
            r = rss_mb()
            report["rss_max"] = max(report["rss_max"], r)
            if warm is None and time.monotonic() > deadline - seconds * 0.8:
                warm = r
    report["rss_warm"] = warm if warm is not None else report["rss_start"]
    report["rss_end"] = rss_mb()
    report["rss_max"] = max(report["rss_max"], report["rss_end"])
    report["peak_rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000
    report["corpus"] = len(corpus)
    os.close(current)
    conn.send(report)
    conn.close()


def save(out_dir: str, target: str, kind: str, data: bytes) -> str:
    h = hashlib.sha1(data).hexdigest()[:12]
    path = os.path.join(out_dir, f"{target}-{kind}-{h}.bin")
    if not os.path.exists(path):
        with open(path, "wb") as f:
            f.write(data)
    return path


def run(args: argparse.Namespace) -> int:
    names = args.target or list(fk.targets())
    unknown = [n for n in names if n not in fk.targets()]
    if unknown:
        print(f"fuzz: unknown target(s) {', '.join(unknown)} (see --list)", file=sys.stderr)
        return 2
    out_dir = args.out or tempfile.mkdtemp(prefix="mailguard-fuzz-")
    os.makedirs(out_dir, exist_ok=True)
    extras = extra_seeds([Path(d) for d in args.seeds])
    fk.context()  # engine and settings built once, shared by the forked children
    # every target once on its seeds: the modules they import lazily are imported here,
    # once, and the children run the code as it was when the run started
    for name in names:
        for seed in fk.load_seeds(fk.targets()[name].seeds)[:3]:
            try:
                fk.targets()[name].run(seed)
            except Exception as e:
                print(f"fuzz: {name} fails on its own seed: {failure_key(e)}", file=sys.stderr)
    ctx = multiprocessing.get_context("fork")
    totals = {n: {"inputs": 0, "failures": {}, "hangs": [], "slow": [], "peak_rss": 0.0,
                  "rss_growth": [], "slices": 0, "seconds": 0.0} for n in names}
    end = time.monotonic() + args.minutes * 60
    rng = random.Random(args.seed)
    print(f"fuzz: {len(names)} target(s), {args.minutes:g} min, failures in {out_dir}",
          file=sys.stderr)
    while time.monotonic() < end:
        for name in names:
            left = end - time.monotonic()
            if left <= 1:
                break
            seconds = min(args.slice, left)
            kinds = fk.targets()[name].seeds
            extra = [s for k in kinds for s in extras.get(k, [])]
            receiver, sender = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=worker, args=(
                name, seconds, rng.randrange(2**32), extra, out_dir, args.hang, args.slow,
                args.memory_limit * 1024 * 1024, sender), daemon=True)
            t0 = time.monotonic()
            proc.start()
            sender.close()
            report = None
            if receiver.poll(seconds + args.hang + 60):
                try:
                    report = receiver.recv()
                except (EOFError, OSError):
                    report = None
            if proc.is_alive():
                proc.kill()
            proc.join(10)
            tot = totals[name]
            tot["slices"] += 1
            tot["seconds"] += time.monotonic() - t0
            if report is None:  # the child died (a signal, the OOM killer) or hung
                cur = os.path.join(out_dir, f"current-{name}.bin")
                data = Path(cur).read_bytes() if os.path.exists(cur) else b""
                path = save(out_dir, name, "died", data)
                key = f"worker died (exit {proc.exitcode})"
                f = tot["failures"].setdefault(key, {"count": 0, "file": path})
                f["count"] += 1
                continue
            tot["inputs"] += report["inputs"]
            for key, f in report["failures"].items():
                g = tot["failures"].setdefault(key, {"count": 0, "file": f["file"],
                                                     "trace": f.get("trace", "")})
                g["count"] += f["count"]
            tot["hangs"] += report["hangs"]
            tot["slow"] = sorted(tot["slow"] + report["slow"], key=lambda s: -s["seconds"])[:5]
            tot["peak_rss"] = max(tot["peak_rss"], report["peak_rss"])
            tot["rss_growth"].append(round(report["rss_end"] - report["rss_warm"], 1))
            if args.verbose:
                print(f"  {name}: {report['inputs']} inputs in {seconds:.0f} s, "
                      f"{sum(f['count'] for f in report['failures'].values())} failures, "
                      f"RSS {report['rss_warm']:.0f}→{report['rss_end']:.0f} MB",
                      file=sys.stderr)
    print_report(totals)
    if args.json:
        Path(args.json).write_text(json.dumps(totals, indent=2, ensure_ascii=False))
    bad = sum(sum(f["count"] for f in t["failures"].values()) + len(t["hangs"])
              for t in totals.values())
    return 1 if bad else 0


def print_report(totals: dict[str, dict[str, Any]]) -> None:
    print(f"{'target':<16} {'inputs':>10} {'inputs/s':>9} {'failures':>9} {'hangs':>6} "
          f"{'slowest s':>10} {'peak RSS MB':>12} {'RSS growth/slice MB':>20}")
    total = 0
    for name, t in totals.items():
        fails = sum(f["count"] for f in t["failures"].values())
        slowest = t["slow"][0]["seconds"] if t["slow"] else 0.0
        growth = max(t["rss_growth"], default=0.0)
        rate = t["inputs"] / t["seconds"] if t["seconds"] else 0.0
        print(f"{name:<16} {t['inputs']:>10,} {rate:>9.0f} {fails:>9} {len(t['hangs']):>6} "
              f"{slowest:>10.2f} {t['peak_rss']:>12.0f} {growth:>20.1f}")
        total += t["inputs"]
    print(f"{'total':<16} {total:>10,}")
    for name, t in totals.items():
        for key, f in t["failures"].items():
            print(f"\n{name}: {f['count']} × {key}\n  input: {f['file']}")
            if f.get("trace"):
                print("  " + f["trace"].rstrip().replace("\n", "\n  "))
        for h in t["hangs"]:
            print(f"\n{name}: hang ({h['seconds']} s)\n  input: {h['file']}")


def minimize(args: argparse.Namespace) -> int:
    """Delta debugging: drop chunks (halves down to single bytes) while the input still
    fails the same way."""
    [name] = args.target or [None]
    if name not in fk.targets():
        print("fuzz: --minimize needs one --target", file=sys.stderr)
        return 2
    target = fk.targets()[name]
    data = Path(args.minimize).read_bytes()

    def key(d: bytes) -> str | None:
        try:
            target.run(d)
        except Exception as e:
            return failure_key(e)
        return None

    want = key(data)
    if want is None:
        print("fuzz: the input does not fail", file=sys.stderr)
        return 1
    chunk = max(len(data) // 2, 1)
    while chunk >= 1:
        i, changed = 0, False
        while i < len(data):
            cand = data[:i] + data[i + chunk:]
            if key(cand) == want:
                data, changed = cand, True
            else:
                i += chunk
        if not changed:
            chunk //= 2
    out = args.minimize + ".min"
    Path(out).write_bytes(data)
    print(f"{want}\n{len(data)} bytes: {data!r}\nwritten to {out}")
    return 0


# --- coverage-guided: atheris (libFuzzer) ---------------------------------------------------

def run_atheris(args: argparse.Namespace) -> int:
    """Each target for its share of ``--minutes`` under atheris, in a process of its own;
    libFuzzer's coverage feedback with fuzzkit's mutators as its custom mutator."""
    import re
    import subprocess

    names = args.target or list(fk.targets())
    out_dir = args.out or tempfile.mkdtemp(prefix="mailguard-atheris-")
    os.makedirs(out_dir, exist_ok=True)
    seconds = max(int(args.minutes * 60 / len(names)), 5)
    rows = {}
    for name in names:
        cmd = [sys.executable, __file__, "--atheris-worker", name, "--out", out_dir,
               "--hang", str(args.hang), "--memory-limit", str(args.memory_limit),
               "--minutes", str(seconds / 60)]
        proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
        log = proc.stderr
        Path(out_dir, f"{name}.log").write_text(log)
        runs = re.findall(r"stat::number_of_executed_units:\s+(\d+)", log)
        rss = re.findall(r"stat::peak_rss_mb:\s+(\d+)", log)
        cov = re.findall(r"cov: (\d+)", log)
        crashed = "Uncaught Python exception" in log or "ERROR: libFuzzer" in log
        rows[name] = {"inputs": int(runs[-1]) if runs else 0, "peak_rss": int(rss[-1]) if rss
                      else 0, "coverage": int(cov[-1]) if cov else 0, "failed": crashed,
                      "exit": proc.returncode}
        print(f"{name:<16} {rows[name]['inputs']:>10,} inputs  cov {rows[name]['coverage']:>6}  "
              f"peak RSS {rows[name]['peak_rss']:>5} MB  "
              f"{'FAILED, see ' + out_dir if crashed else 'ok'}", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2))
    return 1 if any(r["failed"] for r in rows.values()) else 0


def atheris_worker(args: argparse.Namespace) -> None:
    import atheris

    name = args.atheris_worker
    target = fk.targets()[name]
    seeds = fk.load_seeds(target.seeds)
    with atheris.instrument_imports(include=["mailguard"]):
        fk.context()
        for seed in seeds[:3]:  # imports what the target reads with, instrumented
            with contextlib.suppress(Exception):
                target.run(seed)
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    warnings.simplefilter("ignore")
    corpus = tempfile.mkdtemp(prefix=f"corpus-{name}-")
    for i, seed in enumerate(seeds):
        Path(corpus, f"seed{i}").write_bytes(seed)

    def mutator(data: bytes, max_size: int, seed: int) -> bytes:
        return fk.mutate(target, random.Random(seed), data, seeds)[:max_size]

    atheris.Setup([sys.argv[0], f"-max_total_time={int(args.minutes * 60)}",
                   f"-timeout={int(args.hang)}", f"-rss_limit_mb={args.memory_limit}",
                   f"-max_len={fk.MAX_INPUT}", f"-artifact_prefix={args.out}/{name}-",
                   "-print_final_stats=1", corpus], target.run, custom_mutator=mutator)
    atheris.Fuzz()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--minutes", type=float, default=1.0, help="total run time (default 1)")
    p.add_argument("--target", action="append", help="a target (repeatable; default all)")
    p.add_argument("--seeds", action="append", default=[], metavar="DIR",
                   help="more seed messages (e.g. a mail corpus); attachments seed extractors")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--slice", type=float, default=60.0, help="seconds per target and turn")
    p.add_argument("--hang", type=float, default=65.0,
                   help="seconds after which an input counts as a hang (default 65: the "
                        "60 s extraction budget and the pool's 5 s grace)")
    p.add_argument("--slow", type=float, default=2.0, help="report inputs slower than this")
    p.add_argument("--memory-limit", type=int, default=2048, metavar="MB",
                   help="address space of a fuzzing child (default 2048)")
    p.add_argument("--out", help="where failing inputs are written (default a temp dir)")
    p.add_argument("--json", help="also write the figures as JSON here")
    p.add_argument("--verbose", action="store_true", help="a line per slice")
    p.add_argument("--list", action="store_true", help="list the targets")
    p.add_argument("--minimize", metavar="FILE", help="shrink a failing input (with --target)")
    p.add_argument("--engine", choices=("mutate", "atheris"), default="mutate",
                   help="mutate: fuzzkit's mutators, new outcomes kept (default); atheris: "
                        "coverage-guided (libFuzzer) with the same mutators, if installed")
    p.add_argument("--atheris-worker", help=argparse.SUPPRESS)
    p.add_argument("--make-seeds", action="store_true",
                   help="rewrite tests/fuzz_seeds/ from the test factories")
    args = p.parse_args(argv)
    if args.list:
        print("\n".join(fk.targets()))
        return 0
    if args.make_seeds:
        print(f"{fk.write_seeds()} bytes of seeds in {fk.SEED_DIR}")
        return 0
    if args.minimize:
        return minimize(args)
    if args.atheris_worker:
        atheris_worker(args)
        return 0
    if args.engine == "atheris":
        return run_atheris(args)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
