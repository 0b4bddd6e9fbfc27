"""Stage 7: notices — tell the sender (and approvers) why mail is held, and what became of it.

``build_notifier(settings, store, upstream)`` is the relay's hook (serve.py): the
``Notifier`` it returns is called after a hold or delay is stored, and is the hold
worker's messenger for reminders, escalations and outcomes.
"""

from mailguard.notify.notifier import Notifier, build_notifier

__all__ = ["Notifier", "build_notifier"]
