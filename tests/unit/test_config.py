"""Settings: file plus environment, validation, secrets masked."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import SlackSink, load_settings
from monitor.errors import ConfigError


def test_env_reference_fills_a_secret_and_it_prints_masked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEST_SLACK_URL", "https://hooks.example.org/T000/secret-token")
    cfg = tmp_path / "c.yaml"
    cfg.write_text("sinks: [{type: slack, webhook_url: '${TEST_SLACK_URL}'}]\n")
    settings = load_settings(cfg)
    (sink,) = settings.sinks
    assert isinstance(sink, SlackSink)
    assert sink.webhook_url.get_secret_value() == "https://hooks.example.org/T000/secret-token"
    assert "secret-token" not in repr(settings) and "secret-token" not in str(settings.model_dump())


def test_missing_env_reference_is_a_config_error(tmp_path: Path) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text("sinks: [{type: webhook, url: '${SURELY_NOT_SET_ANYWHERE_42}'}]\n")
    with pytest.raises(ConfigError, match="SURELY_NOT_SET_ANYWHERE_42"):
        load_settings(cfg)


def test_environment_overrides_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text("matching: {date_window_days: 2}\nmetrics: {port: 9000}\n")
    monkeypatch.setenv("INCIDENT_MONITOR_METRICS__PORT", "9100")
    settings = load_settings(cfg)
    assert settings.metrics.port == 9100 and settings.matching.date_window_days == 2


def test_relative_paths_resolve_against_the_file(tmp_path: Path) -> None:
    (tmp_path / "conf").mkdir()
    cfg = tmp_path / "conf" / "c.yaml"
    cfg.write_text("feeds: [{url: feeds/a.xml}, {url: 'https://example.org/rss'}]\nstate: {path: ../var/s.sqlite}\n")
    settings = load_settings(cfg)
    assert settings.feeds[0].url == str(tmp_path / "conf" / "feeds" / "a.xml")
    assert settings.feeds[1].url == "https://example.org/rss"
    assert settings.state.path == tmp_path / "conf" / ".." / "var" / "s.sqlite"


@pytest.mark.parametrize("text", ["rules: {casualties_min_change: 0}", "sinks: [{type: carrier_pigeon}]", "- a list", "bogus_key: 1"])
def test_invalid_config_is_rejected_with_a_reason(tmp_path: Path, text: str) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text(text + "\n")
    with pytest.raises(ConfigError):
        load_settings(cfg)
