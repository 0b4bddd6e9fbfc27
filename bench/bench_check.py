"""Benchmark `mailguard check` over generated 20 KB Japanese messages.

    python bench/bench_check.py [--count 1000] [--size 20000]

Generates the messages in a temporary folder (ISO-2022-JP, Shift_JIS/CP932 and UTF-8,
a mix of recipients), runs one `mailguard check --format json` process over all of
them, and prints messages/s (process start-up included, as a user would see it).
"""

from __future__ import annotations

import argparse
import random
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
]


def make_message(i: int, size: int, rng: random.Random) -> bytes:
    body_lines: list[str] = []
    while sum(len(x.encode("utf-8")) + 1 for x in body_lines) < size:
        body_lines.append(rng.choice(LINES))
    msg = EmailMessage()
    msg["From"] = "山田 太郎 <taro@example.co.jp>"
    kind = i % 4
    if kind == 0:
        msg["To"] = ", ".join(f"user{j}@customer{j}.co.jp" for j in range(rng.randint(1, 6)))
    elif kind == 1:
        msg["To"] = "hanako@example.co.jp"
    elif kind == 2:
        msg["To"] = "tanaka@partner.co.jp"
        msg["Cc"] = "suzuki@partner.co.jp"
    else:
        msg["To"] = "someone@examp1e.co.jp"
    msg["Subject"] = f"お見積りの件（第{i}版）"
    msg["Message-ID"] = f"<bench{i}@example.co.jp>"
    charset = ("iso-2022-jp", "shift_jis", "utf-8")[i % 3]
    msg.set_content("\n".join(body_lines) + "\n", charset=charset)
    return msg.as_bytes()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--size", type=int, default=20000, help="body bytes per message")
    args = ap.parse_args()
    rng = random.Random(42)
    with tempfile.TemporaryDirectory() as d:
        files = []
        for i in range(args.count):
            p = Path(d) / f"m{i:05d}.eml"
            p.write_bytes(make_message(i, args.size, rng))
            files.append(str(p))
        cfg = Path(d) / "mailguard.toml"
        cfg.write_text('[organization]\ninternal_domains = ["example.co.jp"]\n'
                       'partner_domains = ["partner.co.jp"]\n')
        avg = sum(Path(f).stat().st_size for f in files) / len(files)
        t0 = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "mailguard", "check", "--config", str(cfg),
                            "--format", "json", *files], capture_output=True)
        elapsed = time.perf_counter() - t0
        if r.returncode not in (0, 1):
            print(r.stderr.decode(), file=sys.stderr)
            return 1
        judged = len(r.stdout.splitlines())
    print(f"mailguard check: {judged} messages of {avg / 1024:.1f} KB on average "
          f"in {elapsed:.2f} s = {judged / elapsed:.0f} messages/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
