"""The built-in detectors by their stable SPEC names (explicit: no import side effects)."""

from __future__ import annotations

import functools

from mailguard.detect.base import Detector


@functools.lru_cache(maxsize=1)
def builtin_detectors() -> dict[str, Detector]:
    from mailguard.detect import content, personal_data, recipients, unscannable
    from mailguard.history import detectors as history

    found: list[Detector] = [
        recipients.ExternalRecipientsVisible(),
        recipients.MultipleExternalDomains(),
        recipients.LookalikeDomain(),
        recipients.FreemailRecipient(),
        recipients.ExternalRecipient(),
        content.ConfidentialMarking(),
        content.UndecodableText(),
        unscannable.UnscannableAttachment(),
        personal_data.PersonalData(),
        history.FirstContact(),
        history.DisplayNameMismatch(),
        history.AddresseeMismatch(),
    ]
    return {d.name: d for d in found}
