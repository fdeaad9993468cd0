"""The settings file: its values become defaults, below flags and the environment; a broken
file is one line naming the file and the line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sinotech import config
from sinotech.cli import cli

from . import terminal


@pytest.fixture
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty XDG config home: the test writes sinotech/config.toml into it."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("SINOTECH_CONFIG", raising=False)
    config.settings.cache_clear()
    path = tmp_path / "config" / "sinotech" / "config.toml"
    path.parent.mkdir(parents=True)
    yield path
    config.settings.cache_clear()


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    config.settings.cache_clear()
    result = CliRunner().invoke(cli, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def test_the_file_is_found_where_xdg_says(settings_file: Path) -> None:
    assert config.config_path() == settings_file
    settings_file.write_text('format = "json"\nstyle = "apa"\npager = false\ncolor = false\n')
    assert config.read(settings_file) == config.Settings("json", "apa", False, False, None)


def test_format_precedence_flag_environment_file_default(settings_file: Path) -> None:
    def output_format(*args: str, env: dict[str, str] | None = None) -> str:
        code, out, _ = invoke("search", "huawei", "--limit", "1", *args, env=env)
        assert code == 0
        return "json" if out.startswith("[") else "csv" if out.startswith("id,") else "plain"

    assert output_format() == "plain"  # the default in a pipe
    settings_file.write_text('format = "json"\n')
    assert output_format() == "json"  # the file
    assert output_format(env={"SINOTECH_FORMAT": "csv"}) == "csv"  # the environment
    assert output_format("--format", "plain", env={"SINOTECH_FORMAT": "csv"}) == "plain"  # flag


def test_a_format_a_command_does_not_have_is_left_to_that_command(settings_file: Path) -> None:
    settings_file.write_text('format = "csv"\n')  # `show` has no csv; `cite` writes BibTeX
    code, out, _ = invoke("show", "acri-2022:2.1:8")
    assert code == 0 and out.startswith("acri-2022:2.1:8 (acri-2022 §2.1")
    code, out, _ = invoke("cite", "--footnote", "15")
    assert code == 0 and out.startswith("@")


def test_style_precedence(settings_file: Path) -> None:
    def style(*args: str, env: dict[str, str] | None = None) -> str:
        code, out, _ = invoke("quote", "orf-2021:5", "--format", "json", *args, env=env)
        assert code == 0, out
        return json.loads(out)["style"]

    assert style() == "chicago-author-date"
    settings_file.write_text('style = "apa"\n')
    assert style() == "apa"
    assert style(env={"SINOTECH_STYLE": "harvard"}) == "harvard"
    assert style("--style", "chicago-notes", env={"SINOTECH_STYLE": "harvard"}) == "chicago-notes"


def test_store_precedence(settings_file: Path, tmp_path: Path, store_path: Path) -> None:
    configured = tmp_path / "configured.db"
    settings_file.write_text(f'db = "{configured}"\n')
    assert invoke("db", "path", env={"SINOTECH_DB": ""})[1] == f"{configured}\n"
    assert invoke("db", "path")[1] == f"{store_path}\n"  # SINOTECH_DB is set by conftest
    assert invoke("db", "path", "--db", "x.db")[1] == "x.db\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('format = "json"\nstyle = apa\n', "Invalid value (at line 2, column 9)"),
        ('format = "json"\n\ncolour = false\n', "line 3: unknown setting 'colour' (settings:"),
        ('style = "mla"\n', "line 1: style must be one of chicago-author-date, chicago-notes,"),
        ("pager = true\n", 'line 1: pager must be a command such as "less -S", or false'),
        ('color = "no"\n', "line 1: color must be true or false"),
        ("[db]\npath = 1\n", "line 1: db must be the path of a store, as a string"),
    ],
)
def test_a_broken_file_is_one_line_naming_file_and_line(
    settings_file: Path, text: str, message: str
) -> None:
    settings_file.write_text(text)
    code, out, err = invoke("search", "huawei")
    assert (code, out) == (2, "")
    assert err.startswith(f"Error: {settings_file}")
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def on_a_terminal(settings_file: Path, *args: str, **env: str) -> str:
    """What `sinotech ARGS` shows on a real terminal (a pty), with the given environment."""
    import os

    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "PAGER")}
    environment |= {"XDG_CONFIG_HOME": str(settings_file.parent.parent), "TERM": "xterm"} | env
    code, shown = terminal.on_a_terminal(*args, env=environment)
    assert code == 0, shown
    return shown


def coloured(text: str) -> bool:
    """Whether text holds an SGR colour (foreground 30-38, 90-97); bold alone is not colour."""
    import re

    return any(
        any(code in {"38", *map(str, range(30, 38)), *map(str, range(90, 98))}
            for code in params.split(";"))
        for params in re.findall(r"\x1b\[([0-9;]*)m", text)
    )  # fmt: skip


def test_colour_precedence(settings_file: Path) -> None:
    show = ("--no-pager", "show", "acri-2022:2.1:8")
    assert coloured(on_a_terminal(settings_file, *show))  # the default: colour on a terminal
    settings_file.write_text("color = false\n")
    assert not coloured(on_a_terminal(settings_file, *show))  # the file
    settings_file.write_text("color = true\n")
    assert not coloured(on_a_terminal(settings_file, *show, NO_COLOR="1"))  # the environment
    assert not coloured(on_a_terminal(settings_file, "--no-color", *show))  # the flag


def recording_pager(folder: Path, name: str) -> tuple[str, Path]:
    """A pager command that keeps what it is given in a file (a program, as pagers are run
    without a shell), and that file."""
    record = folder / f"{name}.paged"
    script = folder / f"{name}.sh"
    script.write_text(f"#!/bin/sh\ncat > '{record}'\n")
    script.chmod(0o755)
    return str(script), record


def test_pager_precedence(settings_file: Path, tmp_path: Path) -> None:
    long_listing = ("search", "huawei", "--format", "table")
    file_pager, paged_by_file = recording_pager(tmp_path, "file")
    env_pager, paged_by_env = recording_pager(tmp_path, "env")
    settings_file.write_text(f'pager = "{file_pager}"\n')
    shown = on_a_terminal(settings_file, *long_listing)
    assert "acri-2022" in paged_by_file.read_text() and "acri-2022" not in shown  # the file
    on_a_terminal(settings_file, *long_listing, SINOTECH_PAGER=env_pager)
    assert "acri-2022" in paged_by_env.read_text()  # the environment
    paged_by_file.unlink()
    assert "acri-2022" in on_a_terminal(settings_file, "--no-pager", *long_listing)  # the flag
    assert not paged_by_file.exists()
    settings_file.write_text("pager = false\n")
    assert "acri-2022" in on_a_terminal(settings_file, *long_listing)
    assert not paged_by_file.exists()


def test_the_styles_offered_are_the_styles_shipped() -> None:
    from sinotech.quote import STYLE_DIR, STYLES

    assert sorted(config.STYLES) == sorted(STYLES)
    assert all((STYLE_DIR / f"{STYLES[name]}.csl").is_file() for name in config.STYLES)
