"""Alert rules: what change of an incident becomes which alert."""

from monitor.alerts.rules import alerts_for

__all__ = ["alerts_for"]
