"""Several relay processes sharing one store deliver each released message exactly once."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from storefactory import RAW, rec

from mailguard.hold import service
from mailguard.hold.sql import SqlStore

# A stand-in for a relay instance's delivery worker: claim, "send" (append the id to
# its output, which stands in for the sink), mark done, until the queue is empty.
WORKER = """
import sys, time
from mailguard.hold.sql import SqlStore
url, name, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
s = SqlStore(url)
time.sleep(max(0.0, start - time.time()))
idle = 0
while idle < 3:
    batch = s.claim_deliveries(name, limit=3, lease_seconds=60)
    if not batch:
        idle += 1
        time.sleep(0.05)
        continue
    idle = 0
    for d in batch:
        print(d.message_id, flush=True)
        time.sleep(0.002)
        s.delivery_done(d.message_id, name)
s.close()
"""


@pytest.mark.parametrize("workers", [2, 4])
def test_processes_deliver_each_message_exactly_once(store_url, workers):
    s = SqlStore(store_url)
    ids = []
    for _ in range(60):
        r = rec()
        s.record(r, RAW, mail_from="taro@example.co.jp")
        service.release(s, r.id, actor="admin:root")
        ids.append(r.id)
    start = time.time() + 2.0
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, store_url, f"relay-{i}",
                               str(start)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for i in range(workers)]
    outs = [p.communicate(timeout=120) for p in procs]
    try:
        for p, (_, err) in zip(procs, outs, strict=True):
            assert p.returncode == 0, err
        sent = [line for out, _ in outs for line in out.split()]
        assert sorted(sent) == sorted(ids)            # every one, none twice
        assert all(s.delivery(i).state == "done" for i in ids)
        assert all([e.event for e in s.events(i)].count("delivered") == 1 for i in ids)
        if store_url.startswith("postgresql"):
            # with SKIP LOCKED the work is shared, not serialised behind one instance
            assert sum(1 for out, _ in outs if out.strip()) >= 2
    finally:
        s.close()
