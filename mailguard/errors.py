"""The mailguard exception tree.

Every error a user can cause (bad config, bad rule file, unreadable input) is a
``MailguardError`` whose ``str()`` is one clear line; the CLI prints that line and exits
2, never a traceback.
"""


class MailguardError(Exception):
    """Base of every error mailguard reports to a user."""


class ConfigError(MailguardError, ValueError):
    """The config file is missing, unreadable or invalid (names the file and key)."""


class RuleFileError(MailguardError, ValueError):
    """A rule file is invalid; ``problems`` holds every (file, line, text) found."""

    def __init__(self, problems: list[tuple[str, int, str]]):
        self.problems = problems
        first = problems[0] if problems else ("?", 0, "invalid rule file")
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{first[0]}:{first[1]}: {first[2]}{more}")


class InputError(MailguardError, ValueError):
    """An input message cannot be read at all (missing, empty, not mail)."""


class StoreError(MailguardError, RuntimeError):
    """The hold store cannot be opened, migrated or written."""
