"""parse → extract → detect → decide: one message in, one Verdict out.

``judge`` is the single judging path: ``mailguard check`` calls it with the message
alone, the relay with the SMTP envelope added (Bcc recipients exist only there).  It is
synchronous and CPU-bound; the relay runs it off the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from mailguard.config import LimitsConfig
from mailguard.detect.base import ScanInput
from mailguard.extract.base import Extraction
from mailguard.extract.pipeline import extract
from mailguard.mime.addresses import (
    Organization,
    Recipient,
    make_recipient,
    normalize_domain,
    organization_of,
)
from mailguard.mime.parse import ParsedMessage, parse_message, read_parts
from mailguard.policy.engine import Engine
from mailguard.policy.verdict import Action, Verdict

FIELD_ORDER = {"to": 0, "cc": 1, "bcc": 2, "envelope": 3}


@dataclass(frozen=True)
class Envelope:
    mail_from: str
    rcpt_tos: tuple[str, ...]


def organization_for(engine: Engine, sender_domain: str) -> Organization:
    """The organisation in force.  With no ``internal_domains`` configured (the embedded
    defaults), the sender's own organisation counts as internal."""
    org = engine.org
    if org.internal_domains or not sender_domain:
        return org
    try:
        own = organization_of(normalize_domain(sender_domain))
    except ValueError:
        return org
    return replace(org, internal_domains=(own,))


def recipients_of(pm: ParsedMessage, envelope: Envelope | None,
                  org: Organization) -> list[Recipient]:
    """Header recipients (To/Cc/Bcc), plus envelope recipients the headers do not name."""
    seen: dict[str, Recipient] = {}
    for fld, name, addr in pm.header_recipients:
        r = make_recipient(addr, name, fld, org)
        key = r.address.lower()
        if key not in seen or FIELD_ORDER[fld] < FIELD_ORDER[seen[key].field]:
            seen[key] = r
    if envelope is not None:
        for addr in envelope.rcpt_tos:
            r = make_recipient(addr, "", "envelope", org)
            seen.setdefault(r.address.lower(), r)
    return list(seen.values())


def judge(raw: bytes, engine: Engine, envelope: Envelope | None = None,
          source: str = "", extractor: Callable[[ParsedMessage, LimitsConfig],
                                                Extraction] = extract) -> Verdict:
    """Judge one raw message.  Raises InputError only for input that is not mail at all.

    ``extractor`` reads the attachments: in place by default (``mailguard check``); the
    relay passes its pool of killable worker processes (``extract.pool``).
    """
    limits = engine.settings.limits
    pm = parse_message(raw, max_depth=limits.max_depth, parts=False)
    sender = (envelope.mail_from if envelope and envelope.mail_from else pm.sender).strip()
    sender_domain = sender.rpartition("@")[2].lower() if "@" in sender else ""
    org = organization_for(engine, sender_domain)
    recipients = recipients_of(pm, envelope, org)
    # mail that stays inside, when every rule looks only at mail that leaves (the
    # shipped rules: scope = "external"), has nothing a rule would read in its content:
    # its parts are not even decoded
    has_external = any(not r.internal for r in recipients)
    if engine.reads_content(has_external):
        read_parts(pm)
        ex = extractor(pm, limits)
    else:
        ex = Extraction()
    inp = ScanInput(message=pm, parts=ex.parts, recipients=recipients, org=org,
                    unscannable=ex.unscannable, attachment_names=ex.attachment_names,
                    sender=sender, sender_domain=sender_domain,
                    history=getattr(engine, "history", None))
    findings = engine.evaluate(inp)
    action = max((f.action for f in findings), default=Action.PASS)
    basis = None
    history = getattr(engine.settings, "history", None)
    if history is not None and history.enabled and has_external:
        from mailguard.history.observe import basis_of

        new_text = next((p.text for p in ex.parts if p.where == "body" and not p.quoted), "")
        basis = basis_of(pm, new_text, sender=sender, is_internal=org.is_internal,
                         delivered=envelope.rcpt_tos if envelope is not None else ())
    return Verdict(
        source=source, action=action, findings=findings,
        defects=[{"code": d.code, "where": d.where, "detail": d.detail} for d in pm.defects],
        message_id=pm.message_id, subject=pm.subject, sender=sender,
        recipients=[{"address": r.address, "field": r.field, "internal": r.internal,
                     "organization": r.organization} for r in recipients],
        ruleset=engine.ruleset.version, lang=engine.lang, history_basis=basis)


def fail_closed(source: str, error: BaseException, engine: Engine) -> Verdict:
    """The verdict for a message whose judging failed: held, never passed unjudged."""
    from mailguard.policy.engine import INTERNAL_ERROR_TEXTS, render
    from mailguard.policy.verdict import Finding

    texts = {lang: {k: render(v[lang], {"rule": type(error).__name__}, lang)
                    for k, v in INTERNAL_ERROR_TEXTS.items()} for lang in ("ja", "en")}
    main = texts.get(engine.lang, texts["ja"])
    finding = Finding(rule="internal-error", detector="pipeline", category="system",
                      severity="high", action=Action.HOLD, where="message",
                      message=main["message"], advice=main["advice"], title=main["title"],
                      source="その他漏えい（検査の失敗：フェイルクローズ）", texts=texts)
    return Verdict(source=source, action=Action.HOLD, findings=[finding],
                   ruleset=engine.ruleset.version, lang=engine.lang)
