"""Matching reports to incidents and merging them (pure core)."""
