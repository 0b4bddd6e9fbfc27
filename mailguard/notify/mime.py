"""Notice mail as Japanese mail clients expect it: ISO-2022-JP when the text fits, else UTF-8.

ISO-2022-JP (RFC 1468) is what every Japanese client shows correctly, old ones included,
but it holds only JIS X 0208: no half-width katakana, no NEC/IBM extensions (①, ㈱, 髙),
no emoji.  Windows text often carries the CP932 code points of a few JIS characters
(～ for 〜, － for −); those are mapped to their JIS twins, which changes nothing a
reader sees.  ``charset = "auto"`` then uses ISO-2022-JP when the whole notice fits and
UTF-8 (base64) when it does not, so nothing is lost; ``"iso-2022-jp"`` forces it, with
NFKC for what has a plain form (① → 1, ㈱ → (株), ｱ → ア) and 〓 (geta) for the rest.
Headers are RFC 2047 encoded words in the same charset, each word a complete
ISO-2022-JP sequence (it ends back in ASCII).
"""

from __future__ import annotations

import datetime as dt
import email.charset
import email.policy
import email.utils
import unicodedata
from collections.abc import Iterable
from email.header import Header
from email.mime.text import MIMEText

# CP932 code points that have a JIS X 0208 twin (what Windows IMEs type).
JIS_TWINS = str.maketrans({
    "\uff5e": "\u301c",   # ～ FULLWIDTH TILDE → 〜 WAVE DASH
    "\uff0d": "\u2212",   # － FULLWIDTH HYPHEN-MINUS → − MINUS SIGN
    "\u2225": "\u2016",   # ∥ PARALLEL TO → ‖ DOUBLE VERTICAL LINE
    "\u2014": "\u2015",   # — EM DASH → ― HORIZONTAL BAR
    "\uffe0": "\u00a2",   # ￠ → ¢
    "\uffe1": "\u00a3",   # ￡ → £
    "\uffe2": "\u00ac",   # ￢ → ¬
})
GETA = "〓"
JIS = "iso-2022-jp"
UTF8 = "utf-8"

# Body encodings: ISO-2022-JP is 7-bit already; UTF-8 goes base64 (safe on any relay).
email.charset.add_charset(UTF8, email.charset.BASE64, email.charset.BASE64, UTF8)


def fits_jis(text: str) -> bool:
    try:
        text.translate(JIS_TWINS).encode("iso2022_jp")
    except UnicodeEncodeError:
        return False
    return True


def to_jis(text: str) -> str:
    """Text ISO-2022-JP can carry: twins, then NFKC, then 〓 for what is left."""
    out = []
    for ch in text.translate(JIS_TWINS):
        if fits_jis(ch):
            out.append(ch)
            continue
        plain = unicodedata.normalize("NFKC", ch).translate(JIS_TWINS)
        out.append(plain if plain and fits_jis(plain) else GETA)
    return "".join(out)


def choose_charset(mode: str, texts: Iterable[str]) -> str:
    if mode == UTF8:
        return UTF8
    if mode == JIS:
        return JIS
    return JIS if all(fits_jis(t) for t in texts) else UTF8


def build_notice(*, from_addr: str, from_name: str, to: list[str], subject: str, body: str,
                 charset: str = "auto", kind: str = "", hold_id: str = "",
                 lang: str = "ja", tz: dt.tzinfo = dt.UTC) -> bytes:
    """The notice as bytes with CRLF line ends, ready for SMTP."""
    cs = choose_charset(charset, (subject, body, from_name))
    if cs == JIS:
        subject, body, from_name = (to_jis(subject), to_jis(body), to_jis(from_name))
    msg = MIMEText(body if body.endswith("\n") else body + "\n", "plain", cs)
    domain = from_addr.rpartition("@")[2] or "localhost"
    msg["From"] = email.utils.formataddr((from_name, from_addr), charset=cs)
    msg["To"] = ", ".join(to)
    msg["Subject"] = Header(subject, cs, maxlinelen=76, header_name="Subject").encode()
    msg["Date"] = email.utils.format_datetime(dt.datetime.now(tz))
    msg["Message-ID"] = email.utils.make_msgid("mailguard", domain=domain)
    msg["Auto-Submitted"] = "auto-generated"          # RFC 3834: no auto-replies to it
    msg["X-Auto-Response-Suppress"] = "All"           # Exchange/Outlook: no OOF replies
    msg["Content-Language"] = "ja, en" if lang == "ja+en" else lang
    if kind:
        msg["X-MailGuard-Notice"] = f"{kind}; hold={hold_id}" if hold_id else kind
    return msg.as_bytes(policy=email.policy.compat32.clone(linesep="\r\n"))
