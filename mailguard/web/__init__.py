"""Stage 8: the review pages (aiohttp + Jinja2) where senders and approvers decide on holds.

``mailguard.web.app:start_web`` is serve.py's hook; ``create_app(service, settings)``
builds the application for tests and embedding.
"""
