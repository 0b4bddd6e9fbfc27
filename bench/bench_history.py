"""Benchmark the history detectors: false flags on ordinary mail, recall on planted
misdirection, and the cost of judging with a large history.

    python bench/bench_history.py [--days 60] [--holdout 14] [--per-day 120]
                                  [--orgs 150] [--planted 100] [--addresses 100000]
                                  [--judge 300] [--pg postgresql://postgres@127.0.0.1:5432]

1. Quality.  A generator of ordinary traffic (tests/historykit.py: organisations with
   their people, five internal senders, project pairs of organisations mailed
   together, a letter's salutation naming its addressee; each day a few new people at
   known organisations and, rarely, a new organisation) writes ``--days`` days of
   history into a SQLite store.  The following ``--holdout`` days of the same
   generator are judged exactly as the relay judges (``pipeline.judge``), each message
   recorded right after it is judged, as its delivery would (a held one once its sender
   confirmed it).  False-flag rate: the share of these
   ordinary messages on which a history rule fired (any action, and hold only).
   Then ``--planted`` misdirected messages of each kind are judged: recall is the
   share the right rule flagged.
2. Cost.  A history of ``--addresses`` addresses (10 per organisation) on SQLite, and
   on PostgreSQL when ``--pg`` is given (a database made and dropped here): the mean
   judging time of ``--judge`` ordinary messages with the history detectors, against
   the same engine with ``[history] enabled = false``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from historykit import (
    SENDERS,
    Org,
    Person,
    World,
    letter,
    make_world,
    ordinary,
)

from mailguard.app import build_engine
from mailguard.config import parse_settings
from mailguard.history import store as hs
from mailguard.history.observe import internal_test, observe_raw
from mailguard.hold.sql import SqlStore
from mailguard.pipeline import judge

HISTORY_RULES = ("first-contact-domain", "first-contact-address", "display-name-mismatch",
                 "addressee-mismatch", "unusual-co-recipients")
CONFIG = """
[organization]
internal_domains = ["example.co.jp"]
[store]
url = "{url}"
[history]
enabled = {enabled}
"""
INTERNAL = internal_test(["example.co.jp"], "")


def engine_for(url: str, enabled: bool = True):
    return build_engine(parse_settings(CONFIG.format(url=url, enabled=str(enabled).lower())))


def day_traffic(world: World, rng: random.Random, per_day: int, new_person: float,
                new_org: float) -> list[bytes]:
    out = []
    for _ in range(per_day):
        r = rng.random()
        if r < new_org:                       # a new customer: a first contact
            org = Org(f"株式会社しんき{len(world.orgs)}", f"new-{len(world.orgs)}.co.jp")
            org.people.append(world.new_person(org))
            world.orgs.append(org)
            out.append(letter(rng.choice(SENDERS), [(org, org.people[0])]))
            continue
        if r < new_org + new_person:          # someone new at a known organisation
            org = rng.choice(world.orgs)
            p = world.new_person(org)
            org.people.append(p)
            out.append(letter(rng.choice(SENDERS), [(org, p)]))
            continue
        sender, to, cc = ordinary(world, rng)
        out.append(letter(sender, to, cc=cc, short=rng.random() < 0.3))
    return out


def record(store: SqlStore, raws: list[bytes], at: dt.datetime) -> None:
    obs = [o for raw in raws if (o := observe_raw(raw, at=at, is_internal=INTERNAL))]
    with store._write() as conn:
        hs.apply(conn, obs)


def planted(world: World, rng: random.Random, n: int) -> dict[str, tuple[str, list[bytes]]]:
    """Misdirected messages of each kind: label → (the rule that should flag them,
    the messages)."""
    known = [o for o in world.orgs[:60] if len(o.people) >= 2]
    kinds: dict[str, tuple[str, list[bytes]]] = {
        "first contact (an unknown domain)": ("first-contact-domain", []),
        "display name (a known name, another company's address)":
            ("display-name-mismatch", []),
        "addressee (company and full name of another company)": ("addressee-mismatch", []),
        "addressee (family name only: 田中様)": ("addressee-mismatch", []),
        "co-recipients (two companies never addressed together)":
            ("unusual-co-recipients", []),
    }
    out = [v[1] for v in kinds.values()]
    paired = {frozenset((world.orgs[a].domain, world.orgs[b].domain))
              for a, b in world.projects}
    for i in range(n):
        sender = rng.choice(SENDERS)
        a, b = rng.sample(known, 2)
        pa, pb = a.people[0], rng.choice(b.people)
        stranger = Org("株式会社みしらぬ", f"misiranu-{i}.co.jp")
        stranger.people.append(world.new_person(stranger))
        out[0].append(letter(sender, [(stranger, stranger.people[0])]))
        fake = Person(pa.family, pa.given, f"{pa.address.split('@')[0]}@{b.domain}")
        out[1].append(letter(sender, [(b, fake)]))
        # the letter for A's contact addressed to B's contact (autocomplete)
        out[2].append(letter(sender, [(b, pb)], body=(
            f"{a.name}\n{pa.name} 様\n\nいつもお世話になっております。\n")))
        if pa.family != pb.family:
            out[3].append(letter(sender, [(b, pb)], body=(
                f"{pa.family}様\n\nいつもお世話になっております。\n")))
        if frozenset((a.domain, b.domain)) not in paired:
            out[4].append(letter(sender, [(a, pa), (b, pb)]))
    return kinds


def fired(verdict) -> set[str]:
    return {f.rule for f in verdict.findings}


def quality(args: argparse.Namespace, tmp: Path) -> None:
    rng = random.Random(args.seed)
    world = make_world(n_orgs=args.orgs, seed=args.seed, projects=10)
    url = f"sqlite:///{tmp}/quality.db"
    store = SqlStore(url)
    now = dt.datetime.now(dt.UTC)
    start = now - dt.timedelta(days=args.days + args.holdout)
    t0 = time.perf_counter()
    total = 0
    for d in range(args.days):
        raws = day_traffic(world, rng, args.per_day, args.new_person, args.new_org)
        record(store, raws, start + dt.timedelta(days=d, hours=9))
        total += len(raws)
    print(f"history: {args.days} days, {total} messages, {len(world.orgs)} organisations, "
          f"{sum(len(o.people) for o in world.orgs)} people "
          f"({time.perf_counter() - t0:.1f} s to record)")
    engine = engine_for(url)
    judged = flagged = held = 0
    by_rule: dict[str, int] = {}
    for d in range(args.holdout):
        at = start + dt.timedelta(days=args.days + d, hours=9)
        raws = day_traffic(world, rng, args.per_day, args.new_person, args.new_org)
        for i, raw in enumerate(raws):
            v = judge(raw, engine)
            # delivered (a held one once its sender confirmed it): the history learns it
            record(store, [raw], at + dt.timedelta(minutes=i))
            hits = fired(v) & set(HISTORY_RULES)
            judged += 1
            if hits:
                flagged += 1
                for r in hits:
                    by_rule[r] = by_rule.get(r, 0) + 1
            if any(f.rule in HISTORY_RULES and str(f.action) == "hold" for f in v.findings):
                held += 1
    print(f"held-out: {args.holdout} days, {judged} ordinary messages")
    print(f"  false-flag rate (any history rule): {100 * flagged / judged:.2f} % "
          f"({flagged})")
    print(f"  false-hold rate (a history rule holds): {100 * held / judged:.2f} % ({held})")
    for r in HISTORY_RULES:
        print(f"    {r}: {by_rule.get(r, 0)}")
    kinds = planted(world, rng, args.planted)
    print("planted misdirection (recall of the right rule):")
    for label, (rule, raws) in kinds.items():
        hit = sum(1 for raw in raws if rule in fired(judge(raw, engine)))
        print(f"  {label} → {rule}: {hit}/{len(raws)} = "
              f"{100 * hit / max(len(raws), 1):.1f} %")
    engine.history.reader.close()
    store.close()


def big_history(url: str, addresses: int) -> float:
    """A history of ``addresses`` addresses (10 per organisation); seconds to load."""
    from mailguard.history.observe import Contact, Observation

    store = SqlStore(url)
    t0 = time.perf_counter()
    at = dt.datetime.now(dt.UTC) - dt.timedelta(days=90)
    batch: list[Observation] = []
    for i in range(addresses):
        org = f"org{i // 10}.example"
        c = Contact(f"user{i}@{org}", org, org, f"氏名{i} 様", "to")
        batch.append(Observation(at=at, sender=SENDERS[i % 5], contacts=(c,), peers=()))
        if len(batch) == 5000:
            with store._write() as conn:
                hs.apply(conn, batch)
            batch.clear()
    if batch:
        with store._write() as conn:
            hs.apply(conn, batch)
    store.close()
    return time.perf_counter() - t0


def cost(args: argparse.Namespace, url: str, label: str) -> None:
    load = big_history(url, args.addresses)
    rng = random.Random(args.seed + 1)
    world = make_world(n_orgs=60, seed=args.seed)
    raws = [letter(*ordinary(world, rng)[:2]) for _ in range(args.judge)]
    for name, enabled in (("without history", False), ("with history", True)):
        engine = engine_for(url, enabled)
        for raw in raws[:20]:                 # warm the caches and the pool
            judge(raw, engine)
        times = []
        for raw in raws:
            t = time.perf_counter()
            judge(raw, engine)
            times.append(time.perf_counter() - t)
        if engine.history is not None:
            engine.history.reader.close()
        times.sort()
        print(f"  {label}, {args.addresses} addresses (loaded in {load:.0f} s), {name}: "
              f"mean {1000 * statistics.mean(times):.2f} ms, "
              f"p95 {1000 * times[int(len(times) * 0.95)]:.2f} ms per message")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--days", type=int, default=60)
    ap.add_argument("--holdout", type=int, default=14)
    ap.add_argument("--per-day", type=int, default=120)
    ap.add_argument("--orgs", type=int, default=150)
    ap.add_argument("--new-person", type=float, default=0.004,
                    help="share of messages to someone new at a known organisation")
    ap.add_argument("--new-org", type=float, default=0.002,
                    help="share of messages to a new organisation")
    ap.add_argument("--planted", type=int, default=100)
    ap.add_argument("--addresses", type=int, default=100_000)
    ap.add_argument("--judge", type=int, default=300)
    ap.add_argument("--pg", default="", help="PostgreSQL server URL for the cost test")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--skip-quality", action="store_true")
    ap.add_argument("--skip-cost", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if not args.skip_quality:
            quality(args, tmp)
        if args.skip_cost:
            return
        print("judging cost:")
        cost(args, f"sqlite:///{tmp}/big.db", "SQLite")
        if args.pg:
            import psycopg

            name = f"mailguard_bench_{secrets.token_hex(4)}"
            with psycopg.connect(f"{args.pg}/postgres", autocommit=True) as c:
                c.execute(f'CREATE DATABASE "{name}"')
            try:
                cost(args, f"{args.pg}/{name}", "PostgreSQL")
            finally:
                with psycopg.connect(f"{args.pg}/postgres", autocommit=True) as c:
                    c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
