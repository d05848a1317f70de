class CrosscheckError(Exception):
    """A domain error with a one-line message for the user (bad file, bad value, missing row)."""


def one_line(exc: BaseException) -> str:
    """An unexpected exception as one line: its type and the first line of its message."""
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0]}" if text else type(exc).__name__
