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
