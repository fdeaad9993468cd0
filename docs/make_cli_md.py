"""Write docs/cli.md from the commands' own --help: `python docs/make_cli_md.py`.

tests/test_docs.py fails when docs/cli.md is not what this script writes, so the reference can
never drift from the code.
"""

from __future__ import annotations

from pathlib import Path

import click
from click.testing import CliRunner

from sinotech.cli import cli

TARGET = Path(__file__).with_name("cli.md")


def commands(group: click.Group, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command path, the group first, depth first in the order --help lists them."""
    found = [path]
    for name in group.list_commands(click.Context(group)):
        command = group.get_command(click.Context(group), name)
        if isinstance(command, click.Group):
            found += commands(command, (*path, name))
        else:
            found.append((*path, name))
    return found


def render() -> str:
    runner = CliRunner(env={"COLUMNS": "100"})
    parts = [
        "# sinotech command reference",
        "",
        "Generated from the commands' own `--help` by `python docs/make_cli_md.py`; do not edit.",
    ]
    for path in commands(cli):
        result = runner.invoke(cli, [*path, "--help"], prog_name="sinotech", terminal_width=100)
        title = " ".join(("sinotech", *path))
        parts += ["", f"## {title}", "", "```text", result.stdout.rstrip(), "```"]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
