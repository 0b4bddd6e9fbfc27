"""Peak memory of `mailguard serve` with everything loaded, the name analyser included.

    python bench/bench_serve_rss.py [--messages 60] [--processes 1]

Starts `mailguard serve` (SQLite store, a throw-away folder), sends over SMTP messages that
make every part of the judging work: lists with unlabelled names (the name analyser's
child process), special-care terms, an XLSX and a PDF attachment (the extract pool), and
then reads the peak resident set (VmHWM) of the serve process and of every process it
started.  Prints each process and their sum: the figure the issue bounds (< 300 MB).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

NAMES = ["遠藤 澪", "東海林 修", "長谷川 真由美", "宇佐美 和", "真鍋 千夏", "榊原 丈", "小鳥遊 陸",
         "五十嵐 葵"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _xlsx(i: int) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["氏名", "携帯電話", "住所"])
    for k, n in enumerate(NAMES):
        ws.append([n, f"090-{1000 + i:04d}-{k:04d}", f"東京都港区芝{k + 1}-{i % 9 + 1}-1"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _pdf(i: int) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("HeiseiKakuGo-W5", 9)
    y = 780
    for k, n in enumerate(NAMES):
        c.drawString(40, y, n)
        c.drawString(160, y, f"080-{2000 + i:04d}-{k:04d}")
        c.drawString(280, y, f"大阪府大阪市北区梅田{k + 1}-{i % 7 + 1}")
        y -= 14
    c.save()
    return buf.getvalue()


def _message(i: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "taro@example.co.jp"
    msg["To"] = "staff@partner-example.jp"
    msg["Subject"] = f"名簿の件 {i}"
    lines = [f"{n}　　090-{3000 + i:04d}-{k:04d}　　{k}x{i}@gmail.com" for k, n in enumerate(NAMES)]
    msg.set_content("ご担当者様\n\n下記の通りです。\n\n" + "\n".join(lines)
                    + f"\n\n{NAMES[i % len(NAMES)]}さんは先月から糖尿病で通院中です。\n")
    msg.add_attachment(_xlsx(i), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       filename="名簿.xlsx")
    msg.add_attachment(_pdf(i), maintype="application", subtype="pdf", filename="一覧.pdf")
    return msg.as_bytes()


def _tree(pid: int) -> list[int]:
    out = [pid]
    kids = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    for k in kids.split():
        out += _tree(int(k))
    return out


def _peak(pid: int) -> tuple[int, str]:
    status = Path(f"/proc/{pid}/status").read_text()
    hwm = next(int(line.split()[1]) for line in status.splitlines()
               if line.startswith("VmHWM"))
    cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:70]
    return hwm // 1024, cmd


def main() -> None:
    ap = argparse.ArgumentParser(description="Peak RSS of mailguard serve, analyser loaded.")
    ap.add_argument("--messages", type=int, default=60)
    ap.add_argument("--processes", type=int, default=1, help="relay.judge_processes")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        smtp, web = _free_port(), _free_port()
        cfg = Path(tmp) / "mailguard.toml"
        cfg.write_text(f"""
[organization]
internal_domains = ["example.co.jp"]
[relay]
listen = "127.0.0.1:{smtp}"
upstream = "127.0.0.1:{_free_port()}"
judge_processes = {args.processes}
[store]
url = "sqlite:///{tmp}/mg.db"
[web]
listen = "127.0.0.1:{web}"
base_url = "http://127.0.0.1:{web}"
secret_key = "bench-secret-key-0123456789"
""")
        proc = subprocess.Popen([sys.executable, "-m", "mailguard", "serve", "--config",
                                 str(cfg)], cwd=tmp, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        try:
            for _ in range(100):
                try:
                    socket.create_connection(("127.0.0.1", smtp), 0.2).close()
                    break
                except OSError:
                    time.sleep(0.1)
            held = 0
            # processes come and go (the analyser's child is replaced when it grows):
            # the peak of each one is read after every message
            seen: dict[int, tuple[int, str]] = {}
            for i in range(args.messages):
                with smtplib.SMTP("127.0.0.1", smtp, timeout=60) as s:
                    s.sendmail("taro@example.co.jp", ["staff@partner-example.jp"], _message(i))
                    held += 1
                for pid in _tree(proc.pid):
                    with contextlib.suppress(OSError, StopIteration):
                        seen[pid] = _peak(pid)
            rows = [(pid, *v) for pid, v in seen.items()]
        finally:
            proc.terminate()
            proc.wait(30)
    total = 0
    for pid, mb, cmd in rows:
        total += mb
        print(f"{pid:>8} {mb:5d} MB  {cmd}")
    print(f"{held} messages held; peak RSS, serve and its processes: {total} MB "
          f"(bound 300 MB; processes replaced meanwhile count with their own peaks)")


if __name__ == "__main__":
    main()
