"""Writing and reading the sending history.

Writes are upserts that add to what is there (``count = count + n``, the earlier
``first_seen``, the later ``last_seen``): several relay instances on one PostgreSQL add
their messages without losing one another's (no read-modify-write), and rows are
written in one order by every writer (table by table, sorted keys), so concurrent
upserts do not deadlock.  They run inside the caller's transaction: the history of a
relayed message is committed with its record, in the same fsync.

``HistoryReader`` is what the detectors and ``mailguard history show`` read: it opens
the store without creating or migrating it (``check`` never writes), and a store that
does not exist yet, or has no history tables, reads as an empty history.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import Connection, Engine

from mailguard.history import tables as t
from mailguard.history.names import FAMILY, family_key, is_generic, name_key, strip_honorifics
from mailguard.history.observe import Observation

# --- writing ---------------------------------------------------------------------------


@dataclass
class _Rows:
    """Rows per table, keyed by their primary key: (first, last, count, extra columns)."""

    by_table: dict[str, dict[tuple, list[Any]]] = field(default_factory=dict)

    def add(self, table: sa.Table, key: tuple, at: dt.datetime, **extra: Any) -> None:
        rows = self.by_table.setdefault(table.name, {})
        row = rows.get(key)
        if row is None:
            rows[key] = [at, at, 1, extra]
        else:
            row[0], row[1], row[2] = min(row[0], at), max(row[1], at), row[2] + 1
            row[3].update(extra)


def _collect(observations: Iterable[Observation]) -> _Rows:
    rows = _Rows()
    for o in observations:
        orgs = set()
        for c in o.contacts:
            rows.add(t.contacts, (c.address,), o.at, domain=c.domain,
                     organization=c.organization)
            orgs.add(c.organization)
            rows.add(t.senders, (c.address, o.sender), o.at)
            key = name_key(c.name) if c.name else ""
            if key and key != name_key(c.address.partition("@")[0]):
                rows.add(t.names, (c.address, key[:320]), o.at, name=c.name[:320])
                if fam := family_key(c.name):  # for 「田中様」 in a later letter
                    rows.add(t.names, (c.address, fam[:320]), o.at,
                             name=strip_honorifics(c.name).split()[0][:320])
        for org in sorted(orgs):
            rows.add(t.orgs, (org,), o.at)
        for a in o.peers:
            for b in o.peers:
                if a != b:
                    rows.add(t.peers, (a, b), o.at)
        for org, s in o.salutations:
            rows.add(t.salutations, (org, s.kind, s.key[:320]), o.at, name=s.name[:320])
            if s.kind == "person" and (fam := family_key(s.name)):
                rows.add(t.salutations, (org, s.kind, fam[:320]), o.at,
                         name=s.name.split()[0][:320])
    return rows


@functools.cache
def _upsert(dialect: str, table: sa.Table, keys: tuple[str, ...]) -> Any:
    """The upsert of ``table`` for ``dialect``, built once: building it costs more than
    executing it (SQLAlchemy then finds its compiled form in its cache)."""
    ins = (pg_dialect.insert if dialect == "postgresql" else sqlite_dialect.insert)(table)
    c = table.c
    later = sa.func.greatest if dialect == "postgresql" else sa.func.max
    earlier = sa.func.least if dialect == "postgresql" else sa.func.min
    update: dict[str, Any] = {
        "count": c.count + ins.excluded.count,
        "first_seen": earlier(c.first_seen, ins.excluded.first_seen),
        "last_seen": later(c.last_seen, ins.excluded.last_seen),
    }
    if "name" in c:
        update["name"] = ins.excluded.name
    return ins.on_conflict_do_update(index_elements=list(keys), set_=update)


def apply(conn: Connection, observations: Sequence[Observation]) -> int:
    """Add ``observations`` to the history inside ``conn``'s transaction.  Observations
    with a ``key`` (imports) that was added before are skipped.  Returns how many were
    added."""
    todo = []
    for o in observations:
        if o.key:
            row = {"key": import_key(o.key), "at": o.at}
            if conn.dialect.name == "postgresql":  # psycopg reports no rowcount here
                ins = pg_dialect.insert(t.imported).on_conflict_do_nothing()
                if conn.execute(ins.returning(t.imported.c.key), row).first() is None:
                    continue
            elif conn.execute(sqlite_dialect.insert(t.imported).on_conflict_do_nothing(),
                              row).rowcount != 1:
                continue
        todo.append(o)
    rows = _collect(todo)
    for table, keys in t.COUNTED:
        got = rows.by_table.get(table.name)
        if not got:
            continue
        values = []
        for key, (first, last, count, extra) in sorted(got.items()):
            v = dict(zip(keys, key, strict=True))
            v.update(extra, first_seen=first, last_seen=last, count=count)
            values.append(v)
        conn.execute(_upsert(conn.dialect.name, table, tuple(keys)), values)
    return len(todo)


def import_key(text: str) -> str:
    """The stored form of an imported message's key (a hash: no addresses in it)."""
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()


def has_tables(conn: Connection) -> bool:
    return sa.inspect(conn).has_table(t.orgs.name)


# --- reading ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Seen:
    first_seen: dt.datetime
    last_seen: dt.datetime
    count: int


@dataclass(frozen=True)
class NameUse:
    address: str
    name: str
    key: str
    count: int
    last_seen: dt.datetime


@dataclass(frozen=True)
class SalutationUse:
    organization: str
    kind: str
    name: str
    key: str
    count: int


class HistoryReader:
    """Read access to the history (see the module docstring).  Thread-safe; opens its
    connection pool on first use, so building one costs nothing."""

    OLDEST_TTL = 60.0  # seconds the oldest record's date is cached

    def __init__(self, url: str, *, base_dir: str | None = None,
                 engine: Engine | None = None):
        self.url = url
        self.base_dir = base_dir
        self._engine = engine
        self._lock = threading.Lock()
        self._absent = False
        self._tables = False
        self._local = threading.local()
        self._open: list[Connection] = []
        self._oldest: tuple[float, dt.datetime | None] | None = None

    def _engine_or_none(self) -> Engine | None:
        from mailguard.hold.sql import make_engine, normalize_url
        from mailguard.hold.store import StoreMissing

        with self._lock:
            if self._engine is None and not self._absent:
                try:
                    self._engine = make_engine(normalize_url(self.url, self.base_dir),
                                               create=False)
                except StoreMissing:
                    self._absent = True
            return self._engine

    def _connection(self) -> Connection | None:
        """This thread's connection, kept between messages: a message costs its queries
        and no pool check-out (with PostgreSQL's pre-ping, a round trip each).  No read
        transaction stays open between queries."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        engine = self._engine_or_none()
        if engine is None:
            return None
        conn = engine.connect()
        if engine.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        self._local.conn = conn
        with self._lock:
            self._open.append(conn)
        return conn

    def _drop_connection(self) -> None:
        conn = getattr(self._local, "conn", None)
        self._local.conn = None
        if conn is not None:
            with self._lock:
                if conn in self._open:
                    self._open.remove(conn)
            with contextlib.suppress(Exception):  # it is being thrown away
                conn.invalidate()
                conn.close()

    def _rows(self, query: Any) -> list[Any]:
        """The rows of ``query``; a connection lost since the last message (a database
        restart) is replaced once, then the error is raised (the detector fails closed)."""
        for attempt in (0, 1):
            conn = self._connection()
            if conn is None:
                return []
            try:
                # SQLite: a read transaction per query (an open one would keep reading
                # an old snapshot); PostgreSQL: autocommit
                with conn.begin():
                    if not self._checked(conn):
                        return []
                    return list(conn.execute(query))
            except sa.exc.DBAPIError:
                self._drop_connection()
                if attempt:
                    raise
        return []

    def _checked(self, conn: Connection) -> bool:
        """Whether the history tables exist (a store not yet migrated has none)."""
        if self._tables:
            return True
        self._tables = has_tables(conn)
        return self._tables

    def close(self) -> None:
        with self._lock:
            conns, self._open = self._open, []
        for conn in conns:
            with contextlib.suppress(Exception):  # closing anyway
                conn.close()
        self._local = threading.local()
        if self._engine is not None:
            self._engine.dispose()

    # --- queries ---

    def oldest(self) -> dt.datetime | None:
        """When the history starts (its oldest record), for the warm-up."""
        now = time.monotonic()
        if self._oldest is not None and now - self._oldest[0] < self.OLDEST_TTL:
            return self._oldest[1]
        rows = self._rows(sa.select(sa.func.min(t.orgs.c.first_seen)))
        value = rows[0][0] if rows else None
        if isinstance(value, str):  # SQLite returns text for an aggregate
            value = dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)
        self._oldest = (now, value)
        return value

    def contacts(self, addresses: Sequence[str]) -> dict[str, Seen]:
        if not addresses:
            return {}
        c = t.contacts.c
        return {r.address: Seen(r.first_seen, r.last_seen, r.count) for r in self._rows(
            sa.select(c.address, c.first_seen, c.last_seen, c.count)
            .where(c.address.in_(sorted(set(addresses)))))}

    def orgs(self, organizations: Sequence[str]) -> dict[str, Seen]:
        if not organizations:
            return {}
        c = t.orgs.c
        return {r.organization: Seen(r.first_seen, r.last_seen, r.count) for r in self._rows(
            sa.select(c.organization, c.first_seen, c.last_seen, c.count)
            .where(c.organization.in_(sorted(set(organizations)))))}

    def orgs_starting(self, prefix: str, limit: int = 2000) -> dict[str, Seen]:
        """Known organisations whose domain starts with ``prefix`` (an index range
        scan), for the look-alikes of a new domain."""
        c = t.orgs.c
        end = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        return {r.organization: Seen(r.first_seen, r.last_seen, r.count) for r in self._rows(
            sa.select(c.organization, c.first_seen, c.last_seen, c.count)
            .where(c.organization >= prefix, c.organization < end).limit(limit))}

    def org_contacts(self, organization: str, limit: int = 5) -> list[tuple[str, Seen]]:
        """The addresses of an organisation written to most."""
        c = t.contacts.c
        return [(r.address, Seen(r.first_seen, r.last_seen, r.count)) for r in self._rows(
            sa.select(c.address, c.first_seen, c.last_seen, c.count)
            .where(c.organization == organization)
            .order_by(c.count.desc(), c.address).limit(limit))]

    def names_by_key(self, keys: Sequence[str]) -> list[NameUse]:
        if not keys:
            return []
        c = t.names.c
        return [NameUse(r.address, r.name, r.name_key, r.count, r.last_seen)
                for r in self._rows(sa.select(t.names).where(
                    c.name_key.in_(sorted(set(keys)))).order_by(c.count.desc(), c.address))]

    def names_of(self, addresses: Sequence[str]) -> list[NameUse]:
        if not addresses:
            return []
        c = t.names.c
        return [NameUse(r.address, r.name, r.name_key, r.count, r.last_seen)
                for r in self._rows(sa.select(t.names).where(
                    c.address.in_(sorted(set(addresses))),
                    sa.not_(c.name_key.startswith(FAMILY))).order_by(c.count.desc()))]

    def peers(self, organizations: Sequence[str]) -> set[tuple[str, str]]:
        """The pairs among ``organizations`` that were recipients of one message."""
        if len(organizations) < 2:
            return set()
        c = t.peers.c
        orgs = sorted(set(organizations))
        return {(r.organization, r.peer) for r in self._rows(
            sa.select(c.organization, c.peer).where(c.organization.in_(orgs),
                                                    c.peer.in_(orgs)))}

    def salutations_by_key(self, keys: Sequence[tuple[str, str]]) -> list[SalutationUse]:
        """Uses of the (kind, key) salutations, most used first."""
        if not keys:
            return []
        c = t.salutations.c
        conds = [sa.and_(c.kind == k, c.name_key == n) for k, n in sorted(set(keys))]
        return [SalutationUse(r.organization, r.kind, r.name, r.name_key, r.count)
                for r in self._rows(sa.select(t.salutations).where(sa.or_(*conds))
                                    .order_by(c.count.desc(), c.organization))]

    def salutations_of(self, organization: str, limit: int = 10) -> list[SalutationUse]:
        c = t.salutations.c
        return [SalutationUse(r.organization, r.kind, r.name, r.name_key, r.count)
                for r in self._rows(sa.select(t.salutations).where(
                    c.organization == organization, sa.not_(c.name_key.startswith(FAMILY)))
                    .order_by(c.count.desc()).limit(limit))]

    def senders_of(self, address: str, limit: int = 10) -> list[tuple[str, Seen]]:
        c = t.senders.c
        return [(r.sender, Seen(r.first_seen, r.last_seen, r.count)) for r in self._rows(
            sa.select(t.senders).where(c.address == address)
            .order_by(c.count.desc()).limit(limit))]

    def peers_of(self, organization: str, limit: int = 10) -> list[tuple[str, int]]:
        c = t.peers.c
        return [(r.peer, r.count) for r in self._rows(
            sa.select(c.peer, c.count).where(c.organization == organization)
            .order_by(c.count.desc(), c.peer).limit(limit))]

    def org_address_count(self, organization: str) -> int:
        c = t.contacts.c
        rows = self._rows(sa.select(sa.func.count()).where(c.organization == organization))
        return int(rows[0][0]) if rows else 0


def identifying(name: str) -> bool:
    """A display name that can name one person (not a role, not a bare address)."""
    return bool(name_key(name)) and not is_generic(name) and "@" not in name
