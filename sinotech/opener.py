"""`open`: the address a claim, source or work is read at, and handing it to the system.

An added document opens from the copy kept in the library (a PDF at the claim's page, as
`file:///…#page=12`, which browsers and PDF viewers honour); anything else at its URL, or its
DOI through doi.org.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import NotFound, SinotechError

if TYPE_CHECKING:
    from pathlib import Path


def address(location: dict[str, object], library_files: Path) -> str:
    """Where to read it: the kept file (at its page), else the URL, else the DOI link."""
    if location["file"]:
        path = library_files / str(location["file"])
        if path.is_file():
            uri = path.resolve().as_uri()
            if location["page"] and path.suffix.lower() == ".pdf":
                uri += f"#page={location['page']}"
            return uri
    if location["url"]:
        return str(location["url"])
    if location["doi"]:
        return f"https://doi.org/{location['doi']}"
    raise NotFound(f"{location['id']} has no URL, DOI or kept file to open")


def launch(uri: str) -> None:
    """Open with the platform's opener (xdg-open, open, start), as a double-click would."""
    import click

    if click.launch(uri) != 0:
        raise SinotechError(f"could not open {uri}: no program to open it with")
