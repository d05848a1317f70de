"""review and query commands."""
