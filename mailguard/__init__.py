"""mailguard: a pre-send email guard.

The data flow is readable from the package layout:
``mime`` (parse) → ``extract`` (text from body and attachments) → ``detect`` (findings)
→ ``policy`` (rules → verdict) → ``smtp`` (relay) / ``hold`` (durable store) →
``notify`` and ``web`` (hold-and-confirm).  ``pipeline.judge`` ties the first four
together; the relay and ``mailguard check`` both call it.
"""

__version__ = "0.1.0"
