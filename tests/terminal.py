"""Running sinotech as a person does at a terminal: a real pty for stdin, stdout and stderr,
so isatty() is true and pagers, colour and $EDITOR behave as they do for people."""

from __future__ import annotations

import os
import pty
import subprocess
import sys


def on_a_terminal(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """`sinotech ARGS` on a pty with the given environment: its exit code and all it showed."""
    primary, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "sinotech", *args],
        stdin=secondary, stdout=secondary, stderr=secondary, env=env or dict(os.environ),
    )  # fmt: skip
    os.close(secondary)
    shown = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # EIO: the terminal's other side closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(primary)
    return process.wait(timeout=60), shown.decode()
