"""Incident causes: how the privacy office groups near misses in its reports.

Every rule's ``source`` names the incident cause it prevents in the terms of the
Privacy Mark training material and JIPDEC's incident reports, as a path from the broad
class to the narrow one, optionally followed by a note in full-width brackets:

    誤送付 › メール誤送信 › To/Cc の一斉送信（BCC にすべき宛先の漏えい）

The cause is the path without the note.  ``stats --by cause`` and the office dashboard
group by it; ``rules lint`` checks that a rule's cause is one of ``CAUSES``.
"""

from __future__ import annotations

SEP = " › "
MAIL = "誤送付 › メール誤送信"

# The causes the shipped rules use, in the order the office reads them.
CAUSES = (
    f"{MAIL} › 宛先間違い",
    f"{MAIL} › To/Cc の一斉送信",
    f"{MAIL} › 添付ファイル間違い",
    "その他漏えい",
)
UNKNOWN = "その他漏えい"   # a finding without a source (e.g. from an older record)


def cause_of(source: str) -> str:
    """The cause named by a rule's ``source``: the path before any bracketed note,
    with its separators normalised (``>``, ``›`` with or without spaces)."""
    text = (source or "").strip()
    for bracket in ("（", "("):
        text = text.split(bracket, 1)[0]
    parts = [p.strip() for p in text.replace(">", "›").split("›")]
    parts = [p for p in parts if p]
    return SEP.join(parts) if parts else UNKNOWN


def known_cause(source: str) -> bool:
    """Whether ``source`` names one of ``CAUSES``, a broader class of one (誤送付), or a
    narrower cause under one (… › 宛先間違い › FAX 番号)."""
    cause = cause_of(source)
    return any(cause == c or c.startswith(cause + SEP) or cause.startswith(c + SEP)
               for c in CAUSES)
