"""Every command, including those added later, has help with an example, and `--help` works."""
from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from compare.cli import main


def walk(command: click.Command, path: tuple[str, ...] = ()):
    yield path, command
    if isinstance(command, click.Group):
        ctx = click.Context(command, info_name=path[-1] if path else "crosscheck")
        for name in command.list_commands(ctx):
            yield from walk(command.get_command(ctx, name), (*path, name))


COMMANDS = dict(walk(main))


def test_the_walk_finds_nested_commands():
    assert {(), ("ingest",), ("db",), ("db", "upgrade"), ("db", "downgrade"), ("db", "current")} <= set(COMMANDS)


@pytest.mark.parametrize("path", sorted(COMMANDS), ids=lambda p: " ".join(p) or "crosscheck")
def test_help_has_an_example(path):
    command = COMMANDS[path]
    assert command.help and "Example" in command.help, f"`crosscheck {' '.join(path)}` help has no Example"
    result = CliRunner().invoke(main, [*path, "--help"], prog_name="crosscheck")
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
    assert f"crosscheck {' '.join(path)}".strip() in result.output  # the usage line names the command
