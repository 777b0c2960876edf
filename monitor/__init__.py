"""incident-monitor: violent incidents from news feeds, merged across outlets, with alerts."""

__version__ = "0.1.0"
