"""The privacy office and the mail admin: retention, the office dashboard.

This package reads and acts on the store through its interface (``hold.store.Store``,
``hold.service``); it is not the store.
"""
