"""Personal-data detector: accuracy on the labelled corpus, throughput, time per message.

    python bench/bench_pii.py [--mb 10] [--skip-corpus] [--skip-throughput] [--long-lines N]

1. **Corpus** (tests/pii_corpus.py, 300+ generated messages): each message is judged by
   ``mailguard.pipeline.judge`` with the shipped ``rules/personal-data.toml`` alone (so
   other rules cannot hold it); the message-level decision is the rules' action
   (hold = delay/hold/reject).  Prints recall on must-hold messages, the false-hold rate
   on must-pass messages, the misses, and per-entity-type precision and recall of the
   scan (entities a rule could count: score >= 0.5, outside quoted text and the sender's
   signature) against the types each sample carries.
2. **Throughput**: the whole detector (the scan and every personal-data rule) over
   ``--mb`` MB of Japanese business mail, message by message, on one core: once as
   threads (replies quote earlier mail; quoted text is split off by the extract stage
   and not scanned by the shipped rules) and once as new text only.
3. **One 20 KB message**: the time ``judge`` takes for a 20 KB mail, a thread and one of
   new text only (all shipped rules, and personal-data rules alone).
4. **Long lines**: shapes that put many hits on one line or paragraph, at N and 4N
   repetitions (``--long-lines N``, 0 to skip): the time must grow linearly.

Times are CPU time of this process (the machine may be shared), every pass with the
detector's caches of validated phone numbers and addresses emptied; the text comes from
``tests/pii_corpus.business_mails``: prose, a signature in every mail, personal data in
about one in ten, and (threads) half of them replies quoting earlier mails.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pii_corpus import SENDER, Gen, business_mails, corpus, mail  # noqa: E402

from mailguard.app import build_engine  # noqa: E402
from mailguard.config import parse_settings  # noqa: E402
from mailguard.detect.base import ScanInput  # noqa: E402
from mailguard.detect.personal_data import (  # noqa: E402
    ENTITY_TYPES,
    PersonalData,
    Scan,
    clear_value_caches,
    scan_message,
)
from mailguard.extract.base import TextPart  # noqa: E402
from mailguard.extract.body import split_quoted  # noqa: E402
from mailguard.mime.addresses import Organization  # noqa: E402
from mailguard.mime.parse import ParsedMessage  # noqa: E402
from mailguard.pipeline import judge  # noqa: E402
from mailguard.policy.engine import Engine  # noqa: E402
from mailguard.policy.verdict import Action  # noqa: E402

RULES = ROOT / "rules" / "personal-data.toml"
CONFIG = f"""
[organization]
internal_domains = ["example.co.jp"]
[rules]
paths = ["{RULES.as_posix()}"]
"""


class CapturingEngine(Engine):
    """The real engine, keeping the last ScanInput to read the scan it memoised."""

    last: ScanInput | None = None

    def evaluate(self, inp):  # type: ignore[no-untyped-def]
        self.last = inp
        return super().evaluate(inp)


def engine(config: str = CONFIG) -> CapturingEngine:
    e = build_engine(parse_settings(config))
    return CapturingEngine(e.settings, e.ruleset, e.detectors)


def counted_types(scan: Scan) -> set[str]:
    return {f.type for p in scan.parts() for f in p.found
            if f.confidence >= 0.5 and not f.quoted and not f.signature and not f.own}


def run_corpus() -> None:
    eng = engine()
    samples = corpus()
    held_ok = pass_ok = 0
    n_hold = sum(1 for s in samples if s.expect == "hold")
    n_pass = len(samples) - n_hold
    misses: list[str] = []
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    fp_examples: dict[str, list[str]] = {}
    fn_examples: dict[str, list[str]] = {}
    t0 = time.perf_counter()
    for s in samples:
        v = judge(s.raw, eng, source=s.id)
        held = v.action >= Action.DELAY
        if s.expect == "hold" and held:
            held_ok += 1
        elif s.expect == "pass" and not held:
            pass_ok += 1
        else:
            rules = ",".join(sorted({f.rule for f in v.findings if f.action >= Action.DELAY}))
            misses.append(f"  {s.id:40s} expected {s.expect}, got {v.action} {rules}")
        # rules of scope "external" do not run for internal mail: scan it all the same
        scan = eng.last.once("personal_data", lambda: scan_message(eng.last)) if eng.last \
            else None
        found = counted_types(scan) if scan else set()
        for t in ENTITY_TYPES:
            if t in found and t in s.types:
                tp[t] += 1
            elif t in found:
                fp[t] += 1
                fp_examples.setdefault(t, []).append(s.id)
            elif t in s.types:
                fn[t] += 1
                fn_examples.setdefault(t, []).append(s.id)
    dt = time.perf_counter() - t0
    print(f"corpus: {len(samples)} messages ({n_hold} must hold, {n_pass} must pass), "
          f"judged in {dt:.2f} s")
    recall = held_ok / n_hold
    false_hold = (n_pass - pass_ok) / n_pass
    print(f"  message-level recall on must-hold : {recall:.3f} ({held_ok}/{n_hold})"
          f"  target >= 0.97  {'OK' if recall >= 0.97 else 'FAIL'}")
    print(f"  false-hold rate on must-pass      : {false_hold:.3f} ({n_pass - pass_ok}/{n_pass})"
          f"  target <= 0.02  {'OK' if false_hold <= 0.02 else 'FAIL'}")
    for m in misses:
        print(m)
    print("  per-type (message level: the type is counted / the sample carries it)")
    print(f"  {'type':26s} {'precision':>9s} {'recall':>7s} {'tp':>4s} {'fp':>4s} {'fn':>4s}")
    for t in ENTITY_TYPES:
        if not (tp[t] or fp[t] or fn[t]):
            continue
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else float("nan")
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else float("nan")
        print(f"  {t:26s} {p:9.3f} {r:7.3f} {tp[t]:4d} {fp[t]:4d} {fn[t]:4d}")
        if fp_examples.get(t):
            print(f"      fp e.g. {', '.join(fp_examples[t][:3])}")
        if fn_examples.get(t):
            print(f"      fn e.g. {', '.join(fn_examples[t][:3])}")


def _inputs(bodies: list[str]) -> list[ScanInput]:
    """One ScanInput per mail body, split into new and quoted text as the extract stage
    does."""
    org = Organization()
    out = []
    for body in bodies:
        new, quoted = split_quoted(body)
        parts = [TextPart("subject", "ご連絡"), TextPart("body", new)]
        if quoted:
            parts.append(TextPart("body", quoted, quoted=True))
        out.append(ScanInput(message=ParsedMessage(sender=SENDER, sender_name="山田 太郎"),
                             parts=parts, recipients=[], org=org, sender=SENDER))
    return out


def run_throughput(mb: float) -> None:
    for threads in (True, False):
        _throughput(mb, threads)


def _throughput(mb: float, threads: bool) -> None:
    bodies = business_mails(int(mb * 1_000_000), threads=threads)
    size = sum(len(b.encode()) for b in bodies)
    quoted = sum(len(split_quoted(b)[1].encode()) for b in bodies)
    det = PersonalData()
    eng = engine()
    rules = [r for r in eng.ruleset.enabled() if r.detector == "personal_data"]
    params = []
    for r in rules:
        p = {k: v.default for k, v in det.params.items()}
        p.update(r.params)
        params.append(p)
    best = float("inf")
    hits = 0
    for _ in range(3):
        inputs = _inputs(bodies)
        # Each pass sees the mail for the first time, as a relay does: without this, the
        # phone numbers and addresses validated in the first pass would be served from
        # the detector's caches in the next two, and "best of 3" would skip that work.
        clear_value_caches()
        # The ScanInputs just built (~30 objects each) are the bench's own garbage-
        # collector load: collected here, they do not trigger full collections inside
        # the timed loop (whose cost depended on what ran before: 18-22 MB/s for the
        # same code).  Collections the detector's own allocations cause still count.
        gc.collect()
        # CPU time of this process: the machine is shared, wall time would count others
        t0 = time.process_time()
        hits = 0
        for inp in inputs:
            for p in params:
                hits += len(det.check(inp, p))
        best = min(best, time.process_time() - t0)
    held = sum(1 for inp in inputs
               if any(det.check(inp, p) for p in params))
    kind = "threads" if threads else "new text only"
    print(f"throughput ({kind}): {size / 1e6:.1f} MB of Japanese business mail in "
          f"{len(bodies)} messages ({size / len(bodies) / 1000:.1f} KB each, "
          f"{quoted / size:.0%} quoted), {len(rules)} rules: "
          f"{best:.2f} s = {size / 1e6 / best:.1f} MB/s (best of 3, one core; {hits} hits "
          f"in {held} messages)  target >= 20 MB/s  {'OK' if size / 1e6 / best >= 20 else 'FAIL'}")


def run_message_20k() -> None:
    """A 20 KB message two ways: a thread (new text on top of quoted replies, as long mail
    usually is) and 20 KB of new text (mails pasted one after another: the worst case,
    where the signatures inside are scanned too)."""
    g = Gen(99)
    thread = "\n\n".join(business_mails(20_000, seed=3))
    flat = "\n\n".join(business_mails(20_000, seed=3, threads=False))
    for kind, text in (("thread", thread), ("new text", flat)):
        raw = mail(g, "20KB のメール", text, to="tanaka@customer.co.jp")
        for label, eng in (("all shipped rules", engine(
                '[organization]\ninternal_domains = ["example.co.jp"]\n')),
                           ("personal-data rules", engine())):
            times = []
            # the heap the sections before left (a full collection of it took ~100 ms,
            # inside one of the 30 judgements): settled before timing, as in _throughput
            gc.collect()
            for _ in range(30):
                clear_value_caches()  # judged as if for the first time (see _throughput)
                t0 = time.process_time()
                judge(raw, eng)
                times.append(time.process_time() - t0)
            print(f"20 KB message ({kind}, {len(text.encode()) / 1000:.1f} KB of text), "
                  f"judge with {label}: median {statistics.median(times) * 1000:.1f} ms, "
                  f"max {max(times) * 1000:.1f} ms")


# one long line (or one long paragraph) of a shape that gives many hits to a single line:
# each hit must cost about the same however long the line is
LONG_LINES = {
    "mobiles and mailboxes on one line": lambda n: "連絡先 " + " ".join(
        f"090-{i % 10000:04d}-{i * 7 % 10000:04d} box{i}@gmail.com" for i in range(n)),
    "a condition, no full stop": lambda n: "うつ病 " * n,
    # 本人 in clause after clause: who each one is is read back to the sentence's start
    "the person spoken of, clause after clause": lambda n: "いずれも本人が入院中、" * n,
    "named people and counts": lambda n: "、".join(
        f"A さん、B さんの{i}名はインフルエンザ" for i in range(n)),
    "list lines with an order number": lambda n: "\n".join(
        f"{i}. #{100000 + i} | Emily Carter | +1 503-555-{i % 10000:04d}" for i in range(n)),
    "one-person cards": lambda n: "\n\n".join(
        f"Rizky Pratama\nE-mail: r{i}@gmail.com" for i in range(n)),
    # a sentence that names people each with a bracketed birth date and address (the
    # pet check and the name overlaps read the whole line for each: ×13.6 for ×4)
    "heirs in one sentence": lambda n: "、".join(
        f"長男の橋本 翔太（昭和{30 + i % 30}年4月7日生、東京都杉並区阿佐谷北1-2-{i % 50}在住）"
        for i in range(n)),
    # one paragraph of people, each with a condition: each term is given the name written
    # last above it (a scan of every name for every term cost the square)
    "a paragraph of people and conditions": lambda n: "\n".join(
        f"{i}. 鈴木 一郎さん（{20 + i % 50}歳）は糖尿病で通院中" for i in range(n)),
    # a typed table whose rows stand out of line with its header, each row's pieces cut
    # into the columns their kinds fit (the cuts tried per row are bounded)
    "a table typed out of line": lambda n: (
        "No.　氏名（カナ）　　　　　　生年月日　　電話\n") + "\n".join(
        f" {i}　ツゲ　ツムギ　ア　イ　Ｈ２６．１０．{i % 28 + 1}　090-{i % 10000:04d}-1234"
        for i in range(n)),
}


def run_long_lines(n: int) -> None:
    """Each shape at n and 4n repetitions: the time should grow four times, not sixteen
    (a search over the whole line for every hit on it made the first two take minutes)."""
    eng = engine()
    g = Gen(5)
    for name, make in LONG_LINES.items():
        spent = []
        for k in (n, 4 * n):
            raw = mail(g, "長い行", make(k), to="tanaka@customer.co.jp")
            clear_value_caches()
            t0 = time.process_time()
            judge(raw, eng)
            spent.append(time.process_time() - t0)
        print(f"long line, {name}: {n} -> {4 * n} repetitions {spent[0]:.2f} -> "
              f"{spent[1]:.2f} s (x{spent[1] / max(spent[0], 1e-6):.1f}; linear is x4)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--skip-corpus", action="store_true")
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--long-lines", type=int, default=3000, metavar="N",
                    help="repetitions of each long-line shape (0: skip)")
    a = ap.parse_args()
    if not a.skip_corpus:
        run_corpus()
    if not a.skip_throughput:
        run_throughput(a.mb)
        run_message_20k()
    if a.long_lines:
        run_long_lines(a.long_lines)


if __name__ == "__main__":
    main()
