"""Settings: command-line flags over environment variables over a config file over defaults.

The config file is `crosscheck.toml` in the current folder, or the file named by CROSSCHECK_CONFIG:

    max_file_bytes = 5_000_000
    aliases = "aliases.toml"        # extra source aliases: [aliases] "Canonical" = ["alias", ...]; and
                                    # [speaks_for] "Office or leader" = "Side" for a source of its own
    lexicon = "trade.toml"          # another domain lexicon (TOML or YAML)
    query_timeout = 10              # seconds for `crosscheck query`
    workers = 2                     # processes that extract facts (default: one per core, up to 4, from 100 files)
    [tolerance]                     # per-slot tolerance for numbers, relative (0.05 = 5%) or "N" absolute
    "prisoners released" = 0.1
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compare.errors import CrosscheckError


@dataclass(frozen=True)
class Settings:
    max_file_bytes: int = 5_000_000
    aliases_file: str | None = None
    lexicon_file: str | None = None
    query_timeout: float = 10.0
    workers: int | None = None
    tolerance: dict[str, float] = field(default_factory=dict)


def _read_config(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CrosscheckError(f"{path}: cannot read config: {exc}") from None


def load_settings() -> Settings:
    env_path = os.environ.get("CROSSCHECK_CONFIG")
    path = Path(env_path) if env_path else Path("crosscheck.toml")
    raw = _read_config(path) if path.exists() else {}
    if env_path and not path.exists():
        raise CrosscheckError(f"{path}: config file named by CROSSCHECK_CONFIG does not exist")
    base = path.parent
    def rel(v: str | None) -> str | None:
        return str((base / v).resolve()) if v else None
    env_max = os.environ.get("CROSSCHECK_MAX_FILE_BYTES")
    return Settings(
        max_file_bytes=int(env_max or raw.get("max_file_bytes", Settings.max_file_bytes)),
        aliases_file=os.environ.get("CROSSCHECK_ALIASES") or rel(raw.get("aliases")),
        lexicon_file=os.environ.get("CROSSCHECK_LEXICON") or rel(raw.get("lexicon")),
        query_timeout=float(raw.get("query_timeout", Settings.query_timeout)),
        workers=_positive_int("workers", os.environ.get("CROSSCHECK_WORKERS") or raw.get("workers")),
        tolerance={k: float(v) for k, v in (raw.get("tolerance") or {}).items()},
    )


def _positive_int(name: str, value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        n = int(value)
    except (TypeError, ValueError):
        n = 0
    if n < 1:
        raise CrosscheckError(f"{name}: {value!r} is not a positive whole number")
    return n


def auto_workers(items: int, threshold: int) -> int:
    """Processes for a job of `items` (files): the `workers` setting if given, else one
    per core (up to 4) once the job has at least `threshold` items, else 1."""
    chosen = load_settings().workers
    if chosen:
        return chosen
    return min(os.cpu_count() or 1, 4) if items >= threshold else 1
