"""Config: found where the SPEC says, defaults embedded, errors name file and key."""

import pytest

from mailguard.config import Settings, load_settings, parse_settings
from mailguard.errors import ConfigError


def test_embedded_defaults(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MAILGUARD_CONFIG", raising=False)
    s = load_settings(None)
    assert s == Settings()
    assert s.relay.listen == "127.0.0.1:10025"
    assert s.relay.upstream == "127.0.0.1:10026"
    assert s.web.listen == "127.0.0.1:8025"
    assert s.store.url == "sqlite:///var/mailguard.db"


def test_lookup_order(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mailguard.toml").write_text('[report]\nlang = "en"\n')
    env = tmp_path / "env.toml"
    env.write_text('[organization]\ninternal_domains = ["env.example"]\n')
    explicit = tmp_path / "explicit.toml"
    explicit.write_text('[organization]\ninternal_domains = ["explicit.example"]\n')
    monkeypatch.delenv("MAILGUARD_CONFIG", raising=False)
    assert load_settings(None).report.lang == "en"
    monkeypatch.setenv("MAILGUARD_CONFIG", str(env))
    assert load_settings(None).organization.internal_domains == ("env.example",)
    assert load_settings(str(explicit)).organization.internal_domains == ("explicit.example",)


def test_sample_config_is_valid():
    s = load_settings("mailguard.toml.example")
    assert s.organization.internal_domains == ("example.co.jp",)


@pytest.mark.parametrize("text,expected", [
    ('[relay]\nlisen = "1.2.3.4:25"\n', "unknown key 'relay.lisen'"),
    ('[nosuch]\nx = 1\n', "unknown key 'nosuch'"),
    ('[relay]\nlisten = "localhost"\n', "'relay.listen' = 'localhost' is not an address"),
    ('[relay]\nlisten = "127.0.0.1:99999"\n', "port 1-65535"),
    ('[relay]\nmax_recipients = "many"\n', "'relay.max_recipients' must be a whole number"),
    ('[organization]\ninternal_domains = "example.co.jp"\n',
     "'organization.internal_domains' must be a list of strings"),
    ('[organization]\ninternal_domains = ["exa mple.co.jp"]\n', "is not a domain name"),
    ('[relay]\nclient_networks = ["10.0.0.0/33"]\n', "is not a network"),
    ('[store]\nurl = "mysql://x"\n', "sqlite:///PATH or postgresql://"),
    ('[report]\nlang = "fr"\n', "one of ja, en"),
    ('relay = 5\n', "'relay' must be a table"),
    ('[relay\n', "not valid TOML"),
])
def test_errors_name_file_and_key(tmp_path, text, expected):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as e:
        load_settings(str(path))
    msg = str(e.value)
    assert msg.startswith(str(path) + ":")
    assert expected in msg
    assert "\n" not in msg


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings(str(tmp_path / "nope.toml"))


def test_rule_override_errors():
    from mailguard.app import build_engine

    for text, expected in [
        ('[rules]\ndisabled = ["no-such-rule"]\n', "unknown rule 'no-such-rule'"),
        ('[rules.override.lookalike-domain]\naction = "block"\n', "must be one of pass"),
        ('[rules.override.lookalike-domain]\nparams = { max_distance = "x" }\n',
         "'rules.override.lookalike-domain.params.max_distance'"),
        ('[rules.override.lookalike-domain]\ncolour = "red"\n', "unknown key"),
    ]:
        with pytest.raises(ConfigError, match=expected.replace(".", r"\.")):
            build_engine(parse_settings(text, "site.toml"))


def test_rule_override_applies():
    from mailfactory import judge_mail, make_mail

    config = """
[organization]
internal_domains = ["example.co.jp"]
[rules]
disabled = ["multiple-external-domains"]
[rules.override.freemail-recipient]
action = "hold"
[rules.override.external-recipients-visible]
params = { threshold = 2 }
"""
    v = judge_mail(make_mail(to=["a@gmail.com", "b@client.co.jp"]), config)
    fired = {f.rule: str(f.action) for f in v.findings}
    assert fired == {"freemail-recipient": "hold", "external-recipients-visible": "hold"}
