"""The user's settings file: defaults for the output format, the citation style, the pager,
colour and the store, so a user types them once.

    # ~/.config/sinotech/config.toml  ($XDG_CONFIG_HOME/sinotech/config.toml)
    format = "plain"            # listings and details: table, plain, json, jsonl, csv, markdown
    style = "apa"               # `quote`: chicago-author-date, chicago-notes, apa, harvard
    pager = "less -S"           # a command, or false to never page
    color = false               # false: never colour, as NO_COLOR does
    db = "~/research/sinotech.db"

Precedence, as in git: a flag, then the environment (SINOTECH_FORMAT, SINOTECH_STYLE,
SINOTECH_PAGER, NO_COLOR, SINOTECH_DB), then this file, then the built-in default. The file is
read only when it exists (tomllib is loaded only then), once per command.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .errors import SinotechError
from .render import LISTING_FORMATS

if TYPE_CHECKING:
    import click

CONFIG_ENV = "SINOTECH_CONFIG"
FORMATS = LISTING_FORMATS  # every output a listing or a detail view offers
# The CSL styles `quote --style` offers (quote.STYLES maps each to its file): named here, as
# every command loads this module and not quote's.
STYLES = ("chicago-author-date", "chicago-notes", "apa", "harvard")


class ConfigError(SinotechError):
    """The settings file cannot be read: said with the file and line, exit code 2."""


class Settings(NamedTuple):
    """The settings file's values (a NamedTuple, not a dataclass: see sources.Source)."""

    format: str | None = None
    style: str | None = None
    pager: str | bool | None = None  # a command, False for none, None for $PAGER or less
    color: bool | None = None
    db: Path | None = None


def config_path() -> Path:
    """$SINOTECH_CONFIG, else config.toml in the per-user config directory (XDG on Linux)."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
    else:
        base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "sinotech" / "config.toml"


@functools.cache
def settings() -> Settings:
    """The settings file's values (all None without a file)."""
    return read(config_path())


def read(path: Path) -> Settings:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read the settings file {path}: {error}") from None
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: {error}") from None
    return Settings(**{key: _checked(path, text, key, value) for key, value in data.items()})


def _checked(path: Path, text: str, key: str, value: object) -> object:
    """One setting's value, or a ConfigError naming the file and the line it is on."""
    choices = {"format": FORMATS, "style": STYLES}
    problem = None
    if key in choices:
        if value not in choices[key]:
            problem = f"{key} must be one of {', '.join(choices[key])}, not {value!r}"
    elif key == "pager":
        if value is True or not isinstance(value, (str, bool)) or value == "":
            problem = 'pager must be a command such as "less -S", or false'
    elif key == "color":
        if not isinstance(value, bool):
            problem = "color must be true or false"
    elif key == "db":
        if not isinstance(value, str) or not value:
            problem = "db must be the path of a store, as a string"
        else:
            return Path(value).expanduser()
    else:
        problem = f"unknown setting {key!r} (settings: color, db, format, pager, style)"
    if problem:
        raise ConfigError(f"{path}, line {_line_of(text, key)}: {problem}")
    return value


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(rf"\s*[\"']?{re.escape(key)}[\"']?\s*=", line):
            return number
    return 1


def apply(context: click.Context) -> None:
    """Make the settings the defaults of this run: each command's --format and --style (where
    it has that choice and no fixed default), paging and colour. Flags still win (--no-pager
    and --no-color only ever turn paging and colour off), and the environment wins over the
    file."""
    values = settings()
    chosen_format = _from_environment("SINOTECH_FORMAT", FORMATS) or values.format
    chosen_style = _from_environment("SINOTECH_STYLE", STYLES) or values.style
    context.default_map = _defaults(context.command, chosen_format, chosen_style)
    if values.pager is False:
        context.meta["no_pager"] = True
    if isinstance(values.pager, str) and not os.environ.get("SINOTECH_PAGER"):
        os.environ["SINOTECH_PAGER"] = values.pager
    if values.color is False and "NO_COLOR" not in os.environ:
        os.environ["NO_COLOR"] = "1"


def _from_environment(name: str, choices: tuple[str, ...]) -> str | None:
    value = os.environ.get(name)
    if value and value not in choices:
        raise ConfigError(f"{name} must be one of {', '.join(choices)}, not {value!r}")
    return value or None


def _defaults(
    command: click.Command, chosen_format: str | None, chosen_style: str | None
) -> dict[str, object]:
    """Click's default_map for a group: per command, the settings that apply to it. Commands
    load lazily (cli.COMMANDS), so these are the ones loaded, among them the one invoked: Click
    resolves it before it calls the group's callback, which applies the settings."""
    import click

    defaults: dict[str, object] = {}
    for name, sub in getattr(command, "commands", {}).items():
        if isinstance(sub, click.Group):
            defaults[name] = _defaults(sub, chosen_format, chosen_style)
            continue
        own = {}
        for parameter in sub.params:
            choices = getattr(parameter.type, "choices", ())
            if parameter.name == "fmt" and parameter.default is None and chosen_format in choices:
                own["fmt"] = chosen_format
            elif parameter.name == "style" and chosen_style in choices:
                own["style"] = chosen_style
        if own:
            defaults[name] = own
    return defaults
