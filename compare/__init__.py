"""crosscheck: compare how sources report the terms of one proposal and flag where they diverge."""
__version__ = "0.1.0"
