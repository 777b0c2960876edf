"""State stores: SQLite for the embedded runtime."""
