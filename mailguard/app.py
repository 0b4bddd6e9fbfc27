"""Composition root: builds the engine (and later the store, relay, web) from Settings."""

from __future__ import annotations

from mailguard.config import Settings
from mailguard.detect.registry import builtin_detectors
from mailguard.policy.engine import Engine
from mailguard.policy.ruleset import load_ruleset


def build_engine(settings: Settings) -> Engine:
    """The judging engine; raises ConfigError/RuleFileError with one clear line."""
    detectors = builtin_detectors()
    return Engine(settings, load_ruleset(settings, detectors), detectors)
