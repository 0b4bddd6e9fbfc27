"""Composition root: builds the engine (and later the store, relay, web) from Settings."""

from __future__ import annotations

from mailguard.config import Settings
from mailguard.detect.registry import builtin_detectors
from mailguard.policy.engine import Engine
from mailguard.policy.ruleset import load_ruleset


def build_engine(settings: Settings) -> Engine:
    """The judging engine; raises ConfigError/RuleFileError with one clear line."""
    detectors = builtin_detectors()
    engine = Engine(settings, load_ruleset(settings, detectors), detectors)
    engine.history = history_view(settings)
    return engine


def history_view(settings: Settings) -> object | None:
    """What the history detectors read: the configured store, opened lazily and never
    written (None with ``[history] enabled = false``)."""
    if not settings.history.enabled:
        return None
    from mailguard.history.view import HistoryView

    return HistoryView.from_settings(settings)
