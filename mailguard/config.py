"""Settings: TOML in, frozen dataclasses out.

The file is found by ``--config``, else ``$MAILGUARD_CONFIG``, else ``./mailguard.toml``;
with none, the embedded defaults below serve.  Every section is a frozen dataclass; a
generic validator walks the TOML against the dataclass field types, so adding a key is
adding a field (and a commented line in ``mailguard.toml.example``).  Errors name the file,
the key and what was expected, and are raised as one-line ``ConfigError``s.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mailguard.errors import ConfigError

ACTIONS = ("pass", "warn", "delay", "hold", "reject")
LANGS = ("ja", "en")


# --- value checks referenced from field metadata -----------------------------------------

def _check_hostport(value: str) -> str | None:
    host, sep, port = value.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        return "an address like 127.0.0.1:10025 (host:port, port 1-65535)"
    if host.startswith("[") != host.endswith("]"):
        return "an address like [::1]:10025 for IPv6"
    return None


def _check_domain(value: str) -> str | None:
    from mailguard.mime.addresses import normalize_domain

    try:
        normalize_domain(value)
    except ValueError:
        return "a domain name like example.co.jp"
    return None


def _check_network(value: str) -> str | None:
    try:
        ipaddress.ip_network(value, strict=False)
    except ValueError:
        return "a network like 127.0.0.0/8 or ::1/128"
    return None


def _check_address(value: str) -> str | None:
    local, at, domain = value.rpartition("@")
    if not at or not local or _check_domain(domain):
        return "a mail address like user@example.co.jp"
    return None


def _check_action(value: str) -> str | None:
    return None if value in ACTIONS else "one of " + ", ".join(ACTIONS)


def _check_lang(value: str) -> str | None:
    return None if value in LANGS else "one of " + ", ".join(LANGS)


def _check_store_url(value: str) -> str | None:
    if value.startswith(("sqlite:///", "postgresql://", "postgresql+psycopg://")):
        return None
    return "sqlite:///PATH or postgresql://user@host/db"


CHECKS = {
    "hostport": _check_hostport,
    "domain": _check_domain,
    "network": _check_network,
    "address": _check_address,
    "action": _check_action,
    "lang": _check_lang,
    "store_url": _check_store_url,
    "upstream_tls": lambda v: None if v in ("required", "opportunistic", "off", "implicit")
    else "one of required, opportunistic, off, implicit",
    "bare_newline": lambda v: None if v in ("normalize", "reject") else "normalize or reject",
    "fate": lambda v: None if v in ("cancel", "release") else "cancel or release",
    "notify_lang": lambda v: None if v in ("ja+en", "ja", "en") else "one of ja+en, ja, en",
    "mode": lambda v: None if v in ("enforce", "observe") else "enforce or observe",
    "log_format": lambda v: None if v in ("text", "json") else "text or json",
    "log_level": lambda v: None if v in ("debug", "info", "warning", "error")
    else "one of debug, info, warning, error",
    "charset": lambda v: None if v in ("auto", "iso-2022-jp", "utf-8")
    else "one of auto, iso-2022-jp, utf-8",
    "auto": lambda v: None if v == "auto" else 'a whole number ≥ 0 or "auto"',
}


def _f(default: Any, check: str | None = None) -> Any:
    """A field with a default and an optional value check (applied to each list item)."""
    meta = {"check": check} if check else {}
    if isinstance(default, (list, dict)):
        raise TypeError("use tuples for list defaults")
    return field(default=default, metadata=meta)


# --- sections ------------------------------------------------------------------------------

@dataclass(frozen=True)
class OrganizationConfig:
    name: str = ""
    internal_domains: tuple[str, ...] = _f((), "domain")
    partner_domains: tuple[str, ...] = _f((), "domain")
    # group name → ["user@domain", "@domain", ...]: the sender's group in the statistics
    groups: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RelayConfig:
    listen: str = _f("127.0.0.1:10025", "hostport")
    upstream: str = _f("127.0.0.1:10026", "hostport")
    client_networks: tuple[str, ...] = _f(("127.0.0.0/8", "::1/128"), "network")
    hostname: str = ""
    max_message_size: int = 50 * 1024 * 1024
    max_recipients: int = 500
    max_sessions: int = 100
    max_sessions_per_client: int = 50    # sessions one IP address may hold at once (0 = no cap)
    max_concurrent_data: int = 64        # messages received and judged at once (0 = no cap)
    max_holds_per_sender_hour: int = 200  # more holds from one sender in an hour: 451 (0 = no cap)
    session_timeout: float = 300.0
    judge_timeout: float = 120.0
    on_error: str = "hold"  # what an internal error in judging does: "hold" or "tempfail"
    # --- relay (smtp/): TLS, AUTH, upstream, delivery; documented in mailguard.toml.example
    tls_cert: str = ""                   # PEM certificate chain: enables STARTTLS
    tls_key: str = ""                    # PEM private key of tls_cert
    implicit_tls_listen: str = ""        # host:port for implicit TLS (SMTPS), "" = none
    users: dict[str, Any] = field(default_factory=dict)  # AUTH user → password hash
    users_file: str = ""                 # file of NAME:HASH lines
    bare_newline: str = _f("normalize", "bare_newline")
    upstream_tls: str = _f("opportunistic", "upstream_tls")
    upstream_ca_file: str = ""
    upstream_user: str = ""
    upstream_password: str = ""
    upstream_password_file: str = ""
    upstream_timeout: float = 60.0
    upstream_connections: int = 4
    judge_workers: int = 0               # threads judging messages; 0 = number of CPUs
    # >0: judge in this many worker processes; 0: in threads of the relay process;
    # "auto": one process when the relay may use two or more CPUs (smtp/judging.py)
    judge_processes: int | str = _f("auto", "auto")
    delay_minutes: float = 5.0           # how long a "delay" verdict holds mail back
    delivery_max_age_hours: float = 120.0  # retries of queued deliveries give up after this
    delivery_interval: float = 5.0     # seconds between the delivery worker's rounds
    shutdown_grace: float = 30.0         # seconds SIGTERM waits for messages in flight
    instance: str = ""                   # name of this relay among several (default host:pid)
    # new mail is answered 452 while the store's (SQLite) or the spool's file system has
    # less free space than this (Postfix's queue_minfree): a full disk must not take a
    # message the relay then cannot record
    min_free_mb: float = 100.0
    mode: str = _f("enforce", "mode")    # "observe": judge and record, relay everything


@dataclass(frozen=True)
class StoreConfig:
    url: str = _f("sqlite:///var/mailguard.db", "store_url")
    # records of relayed or rejected mail the store could not take (an outage) wait here,
    # durably, until it answers again (smtp/spool.py); relative to the config's folder
    spool_dir: str = "var/spool"
    encryption_key_file: str = ""        # 32-byte key: raw held mail sealed with AES-GCM


@dataclass(frozen=True)
class WebConfig:
    listen: str = _f("127.0.0.1:8025", "hostport")
    base_url: str = "http://127.0.0.1:8025"
    # --- review links (web/, hold/tokens.py); documented in mailguard.toml.example
    secret_key: str = ""                 # HMAC key of review links ("" = secret_key_file)
    secret_key_file: str = ""            # "" = var/mailguard.key, made on first start
    token_ttl_hours: float = 168.0       # how long a link in a notice opens the page
    action_ttl_minutes: float = 60.0     # how long a page's buttons work before a reload
    max_requests_per_token: int = 60     # a review link's requests a minute (429 beyond)
    # --- operations and the office (web/, office/)
    metrics_networks: tuple[str, ...] = _f(("127.0.0.0/8", "::1/128"), "network")
    admins: dict[str, Any] = field(default_factory=dict)  # office login → password hash
    session_hours: float = 8.0           # an office login lasts this long


@dataclass(frozen=True)
class HoldsConfig:
    """What happens to held mail nobody decides on (hold/fates.py)."""

    expire_hours: float = 72.0           # a hold's deadline, from its arrival
    remind_before_hours: float = 24.0    # the reminder goes this long before the deadline
    expired_fate: str = _f("cancel", "fate")  # cancel (not sent; sender told) | release
    worker_interval: float = 15.0        # seconds between the hold worker's rounds


@dataclass(frozen=True)
class NotifyConfig:
    """Notices to senders and approvers (notify/)."""

    enabled: bool = True
    lang: str = _f("ja+en", "notify_lang")
    charset: str = _f("auto", "charset")  # auto: ISO-2022-JP when it can carry the text
    from_address: str = ""               # "" = mailguard@ the first internal domain
    from_name: str = "メール誤送信防止 mailguard"
    admins: tuple[str, ...] = _f((), "address")  # told when no sender can be
    max_per_sender: int = 10             # notices per sender per window; more are batched
    window_minutes: float = 10.0
    timezone: str = "Asia/Tokyo"         # times in notices and on the review page


@dataclass(frozen=True)
class ApproversConfig:
    """上長承認: holds of these rules need an approver's decision (hold/fates.py)."""

    rules: tuple[str, ...] = ()          # rule ids; "*" = every hold
    # sender address | "@domain" | "group:NAME" → approver addresses
    map: dict[str, Any] = field(default_factory=dict)
    groups: dict[str, Any] = field(default_factory=dict)  # NAME → member addresses
    fallback: tuple[str, ...] = _f((), "address")  # when no approver is mapped or none acts
    escalate_after_hours: float = 4.0    # fallback approvers are asked after this long


@dataclass(frozen=True)
class RetentionConfig:
    """How long the store keeps what (``mailguard purge`` and the job inside serve)."""

    raw_days: float = 30.0               # raw bytes of decided holds, after their fate
    stats_days: float = 1825.0           # statistics rows (and their audit log), 0 = forever
    interval_hours: float = 6.0          # how often serve runs the purge (0 = never)


@dataclass(frozen=True)
class LogConfig:
    format: str = _f("text", "log_format")  # "json": one JSON object per line
    level: str = _f("info", "log_level")


@dataclass(frozen=True)
class RulesConfig:
    # "builtin" stands for the rule files shipped inside the package.
    paths: tuple[str, ...] = ("builtin",)
    disabled: tuple[str, ...] = ()
    # rule id → {"action": ..., "severity": ..., "params": {...}}; checked by the rule loader
    override: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AllowConfig:
    senders: tuple[str, ...] = _f((), "address")
    sender_domains: tuple[str, ...] = _f((), "domain")
    recipient_domains: tuple[str, ...] = _f((), "domain")


@dataclass(frozen=True)
class ReportConfig:
    lang: str = _f("ja", "lang")


@dataclass(frozen=True)
class LimitsConfig:
    """Safety budgets for reading a message and its attachments."""

    max_depth: int = 10               # MIME nesting and archive nesting
    max_total_bytes: int = 200 * 1024 * 1024   # expanded bytes per message
    max_file_bytes: int = 50 * 1024 * 1024     # expanded bytes per attachment or member
    max_ratio: int = 200              # compression ratio of an archive member
    max_members: int = 2000           # members of one archive
    max_pages: int = 500              # PDF pages
    max_cells: int = 1_000_000        # spreadsheet/CSV cells per message (~100 MB kept)
    max_text_chars: int = 20_000_000  # text kept per message for detection
    time_budget: float = 60.0         # seconds of extraction per message


@dataclass(frozen=True)
class HistoryConfig:
    """The sending history and its detectors (mailguard/history/)."""

    enabled: bool = True                 # record deliveries and run the history detectors
    warmup_days: int = 14                # detectors silent while the history is younger
    allow_domains: tuple[str, ...] = _f((), "domain")      # never a first contact etc.
    allow_addresses: tuple[str, ...] = _f((), "address")
    # lookalike_domain stays silent for an organisation written to since this many days
    # and this many times (0 days: never silent)
    established_days: int = 14
    established_messages: int = 5


@dataclass(frozen=True)
class Settings:
    organization: OrganizationConfig = field(default_factory=OrganizationConfig)
    relay: RelayConfig = field(default_factory=RelayConfig)
    store: StoreConfig = field(default_factory=StoreConfig)
    web: WebConfig = field(default_factory=WebConfig)
    rules: RulesConfig = field(default_factory=RulesConfig)
    allow: AllowConfig = field(default_factory=AllowConfig)
    report: ReportConfig = field(default_factory=ReportConfig)
    limits: LimitsConfig = field(default_factory=LimitsConfig)
    holds: HoldsConfig = field(default_factory=HoldsConfig)
    notify: NotifyConfig = field(default_factory=NotifyConfig)
    approvers: ApproversConfig = field(default_factory=ApproversConfig)
    retention: RetentionConfig = field(default_factory=RetentionConfig)
    log: LogConfig = field(default_factory=LogConfig)
    history: HistoryConfig = field(default_factory=HistoryConfig)
    # where the settings came from ("<defaults>" or a path); relative paths resolve here
    source: str = "<defaults>"
    base_dir: str = "."


# --- loading -------------------------------------------------------------------------------

def find_config(explicit: str | None) -> Path | None:
    """The config file to use: --config, else $MAILGUARD_CONFIG, else ./mailguard.toml."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("MAILGUARD_CONFIG")
    if env:
        return Path(env)
    local = Path("mailguard.toml")
    return local if local.is_file() else None


def load_settings(explicit: str | None = None) -> Settings:
    path = find_config(explicit)
    if path is None:
        return Settings()
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read config file: {e}") from None
    return parse_settings(text, str(path))


def parse_settings(text: str, source: str = "<string>") -> Settings:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{source}: not valid TOML: {e}") from None
    values = _build(Settings, data, source, "", skip={"source", "base_dir"})
    base = str(Path(source).resolve().parent) if source not in ("<string>", "<defaults>") else "."
    _check_groups(values.organization.groups, source)
    _check_admins(values.web.admins, source)
    return dataclasses.replace(values, source=source, base_dir=base)


def _check_groups(groups: dict[str, Any], source: str) -> None:
    for name, members in groups.items():
        where = f"organization.groups.{name}"
        if not isinstance(members, list) or not all(isinstance(v, str) for v in members):
            raise ConfigError(f"{source}: '{where}' must be a list of addresses and "
                              "@domains")
        for v in members:
            problem = (_check_domain(v[1:]) if v.startswith("@") else _check_address(v))
            if problem:
                raise ConfigError(f"{source}: '{where}' = {v!r} is not a mail address "
                                  "or @domain")


def _check_admins(admins: dict[str, Any], source: str) -> None:
    from mailguard.smtp.auth import check_hash_format

    for name, value in admins.items():
        if not isinstance(value, str):
            raise ConfigError(f"{source}: 'web.admins.{name}' must be a string (a hash "
                              "from mailguard hash-password)")
        problem = check_hash_format(value)
        if problem:
            raise ConfigError(f"{source}: 'web.admins.{name}': {problem}")


def _build(cls: type, data: dict[str, Any], source: str, prefix: str,
           skip: set[str] | None = None) -> Any:
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.name not in (skip or set())}
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        where = f"{prefix}{key}"
        if key not in fields:
            known = ", ".join(sorted(fields))
            raise ConfigError(f"{source}: unknown key '{where}' (known here: {known})")
        kwargs[key] = _convert(hints[key], value, fields[key], source, where)
    return cls(**kwargs)


def _convert(tp: Any, value: Any, fld: dataclasses.Field, source: str, where: str) -> Any:
    check = CHECKS.get(fld.metadata.get("check", ""))
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise ConfigError(f"{source}: '{where}' must be a table [{where}]")
        return _build(tp, value, source, where + ".")
    origin = typing.get_origin(tp)
    if origin is tuple:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{source}: '{where}' must be a list of strings")
        for v in value:
            _run_check(check, v, source, where)
        return tuple(value)
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"{source}: '{where}' must be a table")
        return value
    if tp is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{source}: '{where}' must be true or false")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ConfigError(f"{source}: '{where}' must be a whole number ≥ 0")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ConfigError(f"{source}: '{where}' must be a number ≥ 0")
        return float(value)
    if (isinstance(tp, types.UnionType) and int in typing.get_args(tp)
            and isinstance(value, int) and not isinstance(value, bool)):
        if value < 0:
            raise ConfigError(f"{source}: '{where}' must be a whole number ≥ 0")
        return value
    if tp is str or (isinstance(tp, types.UnionType) and str in typing.get_args(tp)):
        if not isinstance(value, str):
            raise ConfigError(f"{source}: '{where}' must be a string")
        _run_check(check, value, source, where)
        return value
    raise ConfigError(f"{source}: '{where}' has an unsupported type")  # pragma: no cover


def _run_check(check: Any, value: str, source: str, where: str) -> None:
    if check is not None:
        problem = check(value)
        if problem:
            raise ConfigError(f"{source}: '{where}' = {value!r} is not {problem}")
