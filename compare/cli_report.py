"""report and nightly commands."""
