"""A TCP proxy in front of the real PostgreSQL server, for store-fault tests.

The relay connects to the proxy instead of the server.  The test can then:

- ``down()``: stop listening and cut every open connection — what the relay sees when
  the database host stops or restarts (connections reset, new ones refused);
- ``up()``: listen again on the same port — the database is back;
- ``lose_commit_acks(n)``: for the next ``n`` transactions that write a message row, let
  the COMMIT reach the server and then cut the connection before its answer comes
  back — the commit landed, the relay only sees an error;
- ``lose_commit_acks(n, then_down=True)``: the same, and the database goes away at that
  moment, so the relay cannot look up whether the commit landed.

It speaks no PostgreSQL itself: it looks for the SQL text in the bytes the client sends
(the simple and extended query protocols both carry it in clear).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket


class PgProxy:
    def __init__(self, target_host: str = "127.0.0.1", target_port: int = 5432):
        self.target = (target_host, target_port)
        self.port = 0
        self._server: asyncio.AbstractServer | None = None
        self._conns: set[tuple[asyncio.StreamWriter, asyncio.StreamWriter]] = set()
        self._commit_acks_to_lose = 0
        self.commit_acks_lost = 0
        self._down_after_loss = False

    async def start(self) -> PgProxy:
        await self.up()
        return self

    async def up(self) -> None:
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        self.port = sock.getsockname()[1]
        self._server = await asyncio.start_server(self._client, sock=sock)

    async def down(self) -> None:
        server = self._drop()
        if server is not None:
            await server.wait_closed()

    def _drop(self) -> asyncio.AbstractServer | None:
        """Stop listening and cut every connection, at once."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
        for a, b in list(self._conns):
            for w in (a, b):
                w.transport.abort()
        self._conns.clear()
        return server

    async def stop(self) -> None:
        await self.down()

    def lose_commit_acks(self, n: int, *, then_down: bool = False) -> None:
        self._commit_acks_to_lose = n
        self._down_after_loss = then_down

    def url(self, real_url: str) -> str:
        """``real_url`` (postgresql://user@host:port/db) through this proxy."""
        head, _, db = real_url.rpartition("/")
        user = head.split("//", 1)[1].split("@", 1)[0]
        return f"postgresql://{user}@127.0.0.1:{self.port}/{db}"

    async def _client(self, creader: asyncio.StreamReader,
                      cwriter: asyncio.StreamWriter) -> None:
        try:
            sreader, swriter = await asyncio.open_connection(*self.target)
        except OSError:
            cwriter.transport.abort()
            return
        pair = (cwriter, swriter)
        self._conns.add(pair)
        wrote_message = asyncio.Event()
        cut = asyncio.Event()
        answered = asyncio.Event()

        async def client_to_server() -> None:
            while data := await creader.read(65536):
                if b"INSERT INTO messages" in data:
                    wrote_message.set()
                lose = (b"COMMIT" in data and wrote_message.is_set()
                        and self._commit_acks_to_lose > 0)
                if b"COMMIT" in data:
                    wrote_message.clear()
                if lose:
                    self._commit_acks_to_lose -= 1
                    cut.set()  # from now on nothing goes back to the client
                swriter.write(data)
                await swriter.drain()
                if lose:
                    # the server's answer to the COMMIT says it is done: drop it and cut
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(answered.wait(), 30)
                    self.commit_acks_lost += 1
                    if self._down_after_loss:
                        self._drop()
                    cwriter.transport.abort()
                    swriter.transport.abort()
                    return

        async def server_to_client() -> None:
            while data := await sreader.read(65536):
                if cut.is_set():
                    answered.set()  # the COMMIT's answer, never forwarded
                    continue
                cwriter.write(data)
                await cwriter.drain()

        try:
            with contextlib.suppress(OSError, ConnectionError):
                await asyncio.wait([asyncio.ensure_future(client_to_server()),
                                    asyncio.ensure_future(server_to_client())],
                                   return_when=asyncio.FIRST_COMPLETED)
        finally:
            self._conns.discard(pair)
            for w in pair:
                w.transport.abort()
