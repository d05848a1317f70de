class CrosscheckError(Exception):
    """A domain error with a one-line message for the user (bad file, bad value, missing row)."""
