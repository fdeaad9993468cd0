"""The errors the core raises; the CLI turns each into a one-line message and an exit code."""


class SinotechError(Exception):
    """Base class: something the user can act on, said in one line."""


class StoreError(SinotechError):
    """The store cannot be opened or built (a foreign file, an unwritable directory)."""


class QueryError(SinotechError):
    """A search query that cannot be read (exit code 2, like a usage error)."""


class NotFound(SinotechError):
    """A claim, footnote or section that is not in the store."""


class InputError(SinotechError):
    """A document that cannot be added: missing, empty, of an unknown or misnamed format, or with
    nothing to read in it (exit code 2, like a usage error)."""


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the signal lands so that everything unwinds as for Ctrl-C:
    a build removes its temporary file, an `add` puts the library back."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


# SQLite's own words for a fault (its result codes' messages), and what the user can do about it.
_STORE_FAULTS = (
    ("database or disk is full", "the disk is full: free some space, or choose another path "
     "with --db"),
    ("malformed", "the store is damaged: rebuild it with `sinotech db build`"),
    ("not a database", "the store is damaged: rebuild it with `sinotech db build`"),
    ("disk I/O error", "the disk failed reading or writing it: check the disk, then rebuild "
     "it with `sinotech db build`"),
    ("locked", "another program is writing it: try again in a moment"),
    ("readonly", "it cannot be written here: choose another path with --db"),
    ("unable to open", "it cannot be opened: check the path and its permissions, or choose "
     "another with --db"),
)  # fmt: skip


def store_fault(message: str, path: object) -> StoreError:
    """A SQLite error (its message) as one line that says what to do: `sqlite3.Error` from any
    command becomes this at the CLI's boundary."""
    advice = next(
        (advice for words, advice in _STORE_FAULTS if words in message),
        "rebuild it with `sinotech db build`",
    )
    return StoreError(f"store {path}: {message}; {advice}")


def escaped(text: str, limit: int = 60) -> str:
    """Text quoted for a one-line message: bytes that are not UTF-8 as \\xff, a newline or any
    control character as \\n or \\x00, cut short if long."""
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    text = "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)
    return "'" + (text if len(text) <= limit else text[: limit - 1] + "…") + "'"
