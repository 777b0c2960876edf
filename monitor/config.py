"""The one settings model: YAML file plus environment, validated before anything runs.

Environment variables use the prefix ``INCIDENT_MONITOR_`` and ``__`` as the nesting
delimiter (``INCIDENT_MONITOR_KAFKA__BROKER=kafka://127.0.0.1:9092``), and string values in
the file may name one with ``${NAME}`` (``url: ${SLACK_WEBHOOK_URL}``). Secrets (webhook
URLs, tokens) are ``SecretStr``: they print masked and never reach logs or alerts.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from monitor.errors import ConfigError

ENV_PREFIX = "INCIDENT_MONITOR_"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FeedConfig(_Frozen):
    """A feed: a local path or an http(s) URL of RSS/Atom, JSONL or text."""

    url: str
    outlet: str | None = None
    interval_seconds: float | None = Field(default=None, gt=0)


class StdoutSink(_Frozen):
    type: Literal["stdout"] = "stdout"
    format: Literal["json", "text"] = "json"


class JsonlSink(_Frozen):
    type: Literal["jsonl"] = "jsonl"
    path: Path = Path("var/alerts.jsonl")


class WebhookSink(_Frozen):
    type: Literal["webhook"] = "webhook"
    url: SecretStr
    timeout_seconds: float = Field(default=10.0, gt=0)
    max_attempts: int = Field(default=5, ge=1)


class SlackSink(_Frozen):
    type: Literal["slack"] = "slack"
    webhook_url: SecretStr
    timeout_seconds: float = Field(default=10.0, gt=0)
    max_attempts: int = Field(default=5, ge=1)


SinkConfig = Annotated[
    StdoutSink | JsonlSink | WebhookSink | SlackSink, Field(discriminator="type")
]


class AlertRules(_Frozen):
    """When an incident change becomes an alert."""

    new_incident_min_killed: int = Field(default=0, ge=0)
    new_incident_requires_casualties: bool = False
    casualties_min_change: int = Field(default=1, ge=1)
    alert_on_decrease: bool = False
    figure_policy: Literal["highest", "latest_official"] = "highest"
    #: Hold an incident's updates this long and send them as one alert (0: off). An
    #: incident's first alert is never held.
    coalesce_seconds: float = Field(default=0.0, ge=0)


class MatchingConfig(_Frozen):
    """How reports are matched to incidents (see monitor/dedup/match.py)."""

    date_window_days: int = Field(default=1, ge=0)
    #: A report that states no date may describe an event up to this many days before
    #: its publication ("police said on Tuesday" about a weekend shooting; a weekday
    #: names a day up to a week back).
    undated_lookback_days: int = Field(default=7, ge=0)
    close_after_days: float = Field(default=7.0, gt=0)
    #: Wording similarity (monitor/dedup/wording.py) a report with no place below the
    #: country needs to join an incident (or an incident with none needs): without a
    #: place, "same country, same days" is no evidence of the same event.
    wording_vague: float = Field(default=0.2, ge=0, le=1)
    #: Wording similarity that admits a report the strict rules would keep out: a place
    #: in another province of the same country (a mis-resolved place), or an event date
    #: beyond the window but within ``wording_window_days`` (a follow-up with no date cue).
    #: Both at once (another province and days apart) need ``wording_far``.
    wording_admit: float = Field(default=0.25, ge=0, le=1)
    wording_window_days: int = Field(default=14, ge=0)
    #: The same, for a report in a compatible place whose only fault is a date beyond the
    #: window (within ``wording_window_days``): one weak link, not two.
    wording_later: float = Field(default=0.1, ge=0, le=1)
    #: Wording similarity that admits a report dated up to ``wording_far_days`` from the
    #: incident, in a compatible place: an arrest, a plea or a trial weeks or months later
    #: names the same victims and suspects. Higher than ``wording_admit``; 0 days turns it off.
    #: Two years: a trial or a sentencing often comes more than a year after the event.
    wording_far: float = Field(default=0.35, ge=0, le=1)
    wording_far_days: int = Field(default=730, ge=0)
    #: Wording similarity with which a report that joins two or more stored incidents
    #: (each passing every rule) makes them one: it must reach this with each of them,
    #: and the report must have a place below the country. Above 1: never.
    wording_merge: float = Field(default=0.25, ge=0)


class StateConfig(_Frozen):
    path: Path = Path("var/state.sqlite")


class MetricsConfig(_Frozen):
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = Field(default=9464, ge=0, le=65535)


class KafkaConfig(_Frozen):
    """The Kafka runtime. ``broker`` unset means: use the embedded runtime."""

    broker: str | None = None
    app_id: str = "incident-monitor"
    partitions: int = Field(default=4, ge=1)
    replication_factor: int = Field(default=1, ge=1)
    processing_guarantee: Literal["at_least_once", "exactly_once"] = "at_least_once"
    store: str = "rocksdb://"
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=6066, ge=0, le=65535)
    data_dir: Path = Path("var/faust")
    #: Consumer-group session timeout: how fast a dead worker's partitions move on.
    session_timeout_seconds: float = Field(default=10.0, gt=0)


class IngestConfig(_Frozen):
    poll_interval_seconds: float = Field(default=300.0, gt=0)
    max_item_bytes: int = Field(default=2_000_000, gt=0)
    max_feed_bytes: int = Field(default=20_000_000, gt=0)
    request_timeout_seconds: float = Field(default=20.0, gt=0)
    max_backoff_seconds: float = Field(default=3600.0, gt=0)


class Settings(BaseSettings):
    """Everything the service reads. Frozen once loaded."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_nested_delimiter="__", frozen=True, extra="forbid"
    )

    feeds: tuple[FeedConfig, ...] = ()
    sinks: tuple[SinkConfig, ...] = (StdoutSink(),)
    rules: AlertRules = AlertRules()
    matching: MatchingConfig = MatchingConfig()
    state: StateConfig = StateConfig()
    metrics: MetricsConfig = MetricsConfig()
    kafka: KafkaConfig = KafkaConfig()
    ingest: IngestConfig = IngestConfig()
    log_level: str = "INFO"

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        value = value.upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError(f"unknown log level {value!r}")
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Environment overrides the file (passed as init kwargs).
        return (env_settings, init_settings)


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Load and validate settings from an optional YAML file plus the environment.

    Relative paths inside the file (feeds, state, sinks) are resolved against the
    file's folder. Raises ConfigError with a readable reason.
    """
    data: dict[str, Any] = {}
    if path is not None:
        p = Path(path)
        try:
            loaded = yaml.safe_load(p.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(f"config file not found: {p}") from exc
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise ConfigError(f"config file {p} is unreadable: {exc}") from exc
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise ConfigError(f"config file {p} must hold a mapping at the top level")
        data = _resolve_paths(_expand_env(loaded), p.parent)
    data.update(overrides)
    try:
        return Settings(**data)
    except ValueError as exc:  # pydantic.ValidationError is a ValueError
        raise ConfigError(f"invalid config: {exc}") from exc


_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _expand_env(value: Any) -> Any:
    """Replace ``${NAME}`` in string values with the environment variable NAME, so a
    secret (``url: ${SLACK_WEBHOOK_URL}``) stays out of the file. Unset: ConfigError."""
    if isinstance(value, dict):
        return {k: _expand_env(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand_env(v) for v in value]
    if isinstance(value, str):
        def sub(m: re.Match[str]) -> str:
            if m.group(1) not in os.environ:
                raise ConfigError(f"config refers to ${{{m.group(1)}}}, which is not set in the environment")
            return os.environ[m.group(1)]

        return _ENV_REF.sub(sub, value)
    return value


def _resolve_paths(data: dict[str, Any], base: Path) -> dict[str, Any]:
    def fix(value: Any) -> Any:
        if isinstance(value, str) and "://" not in value and not os.path.isabs(value):
            return str(base / value)
        return value

    out = dict(data)
    feeds = out.get("feeds")
    if isinstance(feeds, list):
        out["feeds"] = [
            {**f, "url": fix(f.get("url"))} if isinstance(f, dict) else {"url": fix(f)}
            for f in feeds
        ]
    state = out.get("state")
    if isinstance(state, dict) and "path" in state:
        out["state"] = {**state, "path": fix(state["path"])}
    sinks = out.get("sinks")
    if isinstance(sinks, list):
        out["sinks"] = [
            {**s, "path": fix(s["path"])} if isinstance(s, dict) and "path" in s else s
            for s in sinks
        ]
    return out
