"""Static HTML reports of the store (context → templates → files) and the nightly runs page."""
