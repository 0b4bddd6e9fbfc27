"""The sending history: who in the organisation has written to whom, under which names.

- ``tables``: the tables (latest schema; built by ``hold/migrations/m0002_history.py``).
- ``names``: names compared in a normalised form (widths, spaces, kana, romanisations).
- ``salutation``: the salutation block of the new text (「○○株式会社\\n△△様」, "Dear …").
- ``observe``: one delivered message → an ``Observation`` (addresses and names only).
- ``store``: the upserts that add observations (no lost updates across instances) and
  the ``HistoryReader`` the detectors and ``mailguard history show`` read.
- ``detectors``: ``first_contact``, ``display_name_mismatch``, ``addressee_mismatch``,
  ``unusual_co_recipients`` (the SPEC's ``multiple_external_domains``).
- ``importer``: ``mailguard history import`` (Postfix logs, mbox, Maildir).
"""
