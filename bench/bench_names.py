"""Name analyser (mailguard/detect/names.py): accuracy, cost, memory.

    python bench/bench_names.py [--reps 200]

1. **Accuracy**: precision and recall (exact spans) on the labelled lists of
   tests/names_corpus.py: the list the rules were fitted on, and three written later
   (``final`` is the one nothing was fitted to).
2. **Start-up** of the contained child (interpreter + fugashi + dictionary map), median of
   ten fresh children: the first call on a fresh analyser, less a warm call.
3. **Latency** of ``find_names`` for 1, 10 and 100 cells (median and p95, wall clock) and
   **throughput** (cells/s, and CPU ms per 100 cells of this process and the child),
   for the contained child and for fugashi in this process (the same rules), side by side.
4. **Memory**: the child's resident set after start, after the lists, and its peak
   (VmHWM) after 2,000+ distinct lines of business mail, with the default trim and
   without; and what fugashi costs in a process of its own when run in-process.

Cells are the lists' texts (names and non-names, 1-40 characters); lines of mail come
from ``tests/pii_corpus.business_mails``.  The machine may be shared: CPU times are the
steadier figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import names_corpus as corpus  # noqa: E402
from pii_corpus import business_mails  # noqa: E402

from mailguard.detect import names_worker  # noqa: E402
from mailguard.detect.names import NameAnalyser, find_names  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


class InProcess:
    """fugashi in this process: what the child saves us from, for comparison."""

    def __init__(self) -> None:
        self.tagger = names_worker.make_tagger()

    def tokens(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        return [names_worker.tokenize(self.tagger, t) for t in texts]


def cpu_seconds(pid: int) -> float:
    f = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / TICK


def status(pid: int) -> dict[str, int]:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
            out[key] = int(value.split()[0]) // 1024
    return out


def mail_lines() -> list[str]:
    return sorted({line.strip() for m in business_mails(600_000, threads=False)
                   for line in m.splitlines() if line.strip()})


def accuracy() -> None:
    print("## accuracy (exact spans, the contained child)\n")
    print("| list | names | texts without | precision | recall |")
    print("|---|---|---|---|---|")
    lists = [("fitted", corpus.NAMES, corpus.NON_NAMES),
             ("heldout (then fitted)", corpus.HELDOUT_NAMES, corpus.HELDOUT_NON_NAMES),
             ("fresh (then fitted)", corpus.FRESH_NAMES, corpus.FRESH_NON_NAMES),
             ("final (never fitted)", corpus.FINAL_NAMES, corpus.FINAL_NON_NAMES)]
    total = corpus.Score()
    for label, names, non_names in lists:
        s = corpus.score(find_names, names, non_names)
        total.found += s.found
        total.missed += s.missed
        total.wrong += s.wrong
        print(f"| {label} | {s.found + len(s.missed)} | {len(non_names)} | "
              f"{s.precision:.3f} | {s.recall:.3f} |")
    n_non = sum(len(x[2]) for x in lists)
    print(f"| all | {total.found + len(total.missed)} | {n_non} | {total.precision:.3f} | "
          f"{total.recall:.3f} |")
    print(f"\nmissed ({len(total.missed)}): "
          + ", ".join(f"{name}" for _, name in total.missed))
    print(f"taken wrongly ({len(total.wrong)}): "
          + ", ".join(f"{got} (in {text})" for text, got in total.wrong) + "\n")


def startup(n: int = 10) -> float:
    firsts, warms = [], []
    for _ in range(n):
        a = NameAnalyser()
        t0 = time.perf_counter()
        find_names(["森 真一"], analyser=a)
        t1 = time.perf_counter()
        find_names(["森 真一"], analyser=a)
        t2 = time.perf_counter()
        firsts.append(t1 - t0)
        warms.append(t2 - t1)
        a.close()
    start = statistics.median(firsts) - statistics.median(warms)
    print(f"## start-up of the child: {start * 1000:.1f} ms (median of {n}; first call "
          f"{statistics.median(firsts) * 1000:.1f} ms, a warm call "
          f"{statistics.median(warms) * 1000:.2f} ms)\n")
    return start


def latency(cells: list[str], reps: int) -> None:
    child = NameAnalyser()
    untrimmed = NameAnalyser(rss_trim=None, rss_limit=None)
    inproc = InProcess()
    analysers = (child, untrimmed, inproc)
    for analyser in analysers:   # warm: dictionary pages, caches
        find_names(cells, analyser=analyser)
    print("## latency and throughput (wall clock; CPU of this process + the child)\n")
    print("contained: the child as shipped (trimmed to 48 MB); untrimmed: the same child "
          "without the memory bound; in-process: fugashi in this process\n")
    print("| cells per call | contained p50 / p95 ms | untrimmed p50 / p95 ms "
          "| in-process p50 / p95 ms |")
    print("|---|---|---|---|")
    for size in (1, 10, 100):
        row = []
        for analyser in analysers:
            times = []
            for r in range(reps if size < 100 else max(reps // 4, 20)):
                batch = [cells[(r * size + k) % len(cells)] for k in range(size)]
                t0 = time.perf_counter()
                find_names(batch, analyser=analyser)
                times.append(time.perf_counter() - t0)
            times.sort()
            row.append(f"{statistics.median(times) * 1000:.3f} / "
                       f"{times[int(len(times) * 0.95)] * 1000:.3f}")
        print(f"| {size} | {' | '.join(row)} |")
    lines = mail_lines()
    print("\ncells/s, and CPU ms per 100 cells (this process + the child):\n")
    print("| workload | contained | untrimmed | in-process |")
    print("|---|---|---|---|")
    for label, texts in (("cells, 100 a call", cells * 8),
                         (f"lines of mail ({len(lines)} distinct), 100 a call", lines)):
        row = []
        for analyser in analysers:
            pid = getattr(analyser, "pid", None)
            c0 = time.process_time() + (cpu_seconds(pid) if pid else 0)
            t0 = time.perf_counter()
            for i in range(0, len(texts), 100):
                find_names(texts[i:i + 100], analyser=analyser)
            wall = time.perf_counter() - t0
            cpu = time.process_time() + (cpu_seconds(pid) if pid else 0) - c0
            row.append(f"{len(texts) / wall:,.0f} ({cpu / len(texts) * 100 * 1000:.2f} ms)")
        print(f"| {label} | {' | '.join(row)} |")
    print()
    child.close()
    untrimmed.close()


def memory() -> None:
    print("## memory of the child (MB)\n")
    print("| trim | after start RSS | after the lists RSS | after mail lines RSS / peak (VmHWM) "
          "| replaced |")
    print("|---|---|---|---|---|")
    texts = ([t for t, _ in corpus.NAMES + corpus.HELDOUT_NAMES + corpus.FRESH_NAMES]
             + corpus.NON_NAMES + corpus.HELDOUT_NON_NAMES + corpus.FRESH_NON_NAMES)
    lines = mail_lines()
    for trim in ("default", None):
        a = NameAnalyser() if trim else NameAnalyser(rss_trim=None, rss_limit=None)
        find_names(["森"], analyser=a)
        s0 = status(a.pid)
        find_names(texts, analyser=a)
        s1 = status(a.pid)
        for i in range(0, len(lines), 100):
            find_names(lines[i:i + 100], analyser=a)
        s2 = status(a.pid)
        label = f"{a.rss_trim >> 20} MB" if trim else "none"
        print(f"| {label} | {s0['VmRSS']} | {s1['VmRSS']} | {s2['VmRSS']} / {s2['VmHWM']} "
              f"(file {s2['RssFile']}, anon {s2['RssAnon']}) | {a.started - 1} |")
        a.close()
    # fugashi in a process of its own: what it would add to a judging process in-process
    script = (
        "import sys, json; sys.path[:0] = %r\n"
        "from mailguard.detect import names_worker\n"
        "def st():\n"
        "    return {l.split(':')[0]: int(l.split()[1]) // 1024 for l in "
        "open('/proc/self/status') if l.startswith(('VmRSS', 'VmHWM'))}\n"
        "base = st(); t = names_worker.make_tagger(); loaded = st()\n"
        "for line in json.load(sys.stdin): names_worker.tokenize(t, line)\n"
        "print(json.dumps([base, loaded, st()]))\n" % [str(ROOT), str(ROOT / "tests")])
    import json

    out = subprocess.run([sys.executable, "-c", script], input=json.dumps(lines),
                         capture_output=True, text=True, check=True)
    base, loaded, end = json.loads(out.stdout)
    print(f"\nin-process (a bare interpreter + fugashi): +{loaded['VmRSS'] - base['VmRSS']} MB "
          f"to load, peak +{end['VmHWM'] - base['VmRSS']} MB after the mail lines, untrimmed\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reps", type=int, default=200, help="calls per latency figure")
    args = ap.parse_args()
    cells = ([t for t, _ in corpus.NAMES] + corpus.NON_NAMES)
    accuracy()
    startup()
    latency(cells, args.reps)
    memory()


if __name__ == "__main__":
    main()
