"""Build test messages with the stdlib (the tests carry their own fixtures)."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formataddr

from mailguard.app import build_engine
from mailguard.config import parse_settings
from mailguard.pipeline import Envelope, judge
from mailguard.policy.verdict import Verdict

DEFAULT_CONFIG = """
[organization]
internal_domains = ["example.co.jp"]
partner_domains = ["partner.co.jp"]
"""


def make_mail(*, sender: str = "taro@example.co.jp", to: list[str] | tuple = (),
              cc: list[str] | tuple = (), bcc: list[str] | tuple = (),
              subject: str = "お見積りの件", body: str = "いつもお世話になっております。\n",
              attachments: list[tuple[str, bytes, str]] | tuple = ()) -> bytes:
    msg = EmailMessage()
    msg["From"] = formataddr(("山田 太郎", sender))
    if to:
        msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    if bcc:
        msg["Bcc"] = ", ".join(bcc)
    msg["Subject"] = subject
    msg["Message-ID"] = "<test@example.co.jp>"
    msg.set_content(body)
    for name, data, ctype in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def engine_for(config: str = DEFAULT_CONFIG):
    return build_engine(parse_settings(config))


def judge_mail(raw: bytes, config: str = DEFAULT_CONFIG,
               envelope: Envelope | None = None) -> Verdict:
    return judge(raw, engine_for(config), envelope=envelope, source="test.eml")


def rules_fired(v: Verdict) -> set[str]:
    return {f.rule for f in v.findings}


def verdict_types(v: Verdict) -> set[str]:
    """The entity types a verdict's findings report (every action)."""
    return {e.type for f in v.findings for e in f.entities}


def examples_of(v: Verdict, kind: str) -> list[str]:
    """The masked examples of one entity type that a verdict's findings show."""
    return [x for f in v.findings for e in f.entities if e.type == kind for x in e.examples]


def entity_types(raw: bytes) -> set[str]:
    """The entity types a judged message's findings report (every action)."""
    return verdict_types(judge_mail(raw))
