"""Reserved for the sending-history branch's m0002 (issue 11): does nothing.

This branch (office) numbers its own migration 3 so the lead can merge both; when the
real ``m0002`` arrives, delete this file (no store in the field has run it: it is a
placeholder on the office branch only, and it changes no schema).
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

VERSION = 2


def upgrade(conn: Connection) -> None:
    return None
