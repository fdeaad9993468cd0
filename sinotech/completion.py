"""Shell completion: Click's, made quiet on any fault, with a bash script that keeps claim ids
whole (imported only when the shell asks for completion).

Bash splits the word being completed at the characters in COMP_WORDBREAKS, ':' among them, so
Click's own script sees `acri-2022 : 2.1 :` and completes nothing past `acri-2022:`. This script
hands over the line up to the cursor instead; the word is read from it as the shell would quote
it, and each completion is cut to the part after the word's last break character, which is
the part bash replaces (what bash-completion's `__ltrim_colon_completions` does).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from click.shell_completion import (
    BashComplete,
    add_completion_class,
    shell_complete,
    split_arg_string,
)

if TYPE_CHECKING:
    import click
    from click.shell_completion import CompletionItem

_SOURCE_BASH = """\
%(complete_func)s() {
    local IFS=$'\\n'
    local response

    response=$(env COMP_LINE="${COMP_LINE:0:$COMP_POINT}" COMP_WORDBREAKS="$COMP_WORDBREAKS" \\
%(complete_var)s=bash_complete $1)

    for completion in $response; do
        IFS=',' read type value <<< "$completion"

        if [[ $type == 'dir' ]]; then
            COMPREPLY=()
            compopt -o dirnames
        elif [[ $type == 'file' ]]; then
            COMPREPLY=()
            compopt -o default
        elif [[ $type == 'plain' ]]; then
            COMPREPLY+=("$value")
        fi
    done

    return 0
}

%(complete_func)s_setup() {
    complete -o nosort -F %(complete_func)s %(prog_name)s
}

%(complete_func)s_setup;
"""


class WholeWordBashComplete(BashComplete):
    """Bash completion of words that hold break characters: claim ids such as acri-2022:2.1:8."""

    source_template = _SOURCE_BASH

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kept = ""  # the start of the word completed that bash keeps (up to a break)

    def get_completion_args(self) -> tuple[list[str], str]:
        line = os.environ.get("COMP_LINE", "")
        words = split_arg_string(line)
        if not line or line[-1].isspace() or len(words) < 2:
            words.append("")
        incomplete = words[-1]
        typed = line.rsplit(None, 1)[-1] if line.strip() else ""
        if not typed.startswith(("'", '"')):  # inside quotes, bash breaks no word
            breaks = set(os.environ.get("COMP_WORDBREAKS", ":=")) - set(" \t\n\"'")
            self.kept = incomplete[: max((incomplete.rfind(c) + 1 for c in breaks), default=0)]
        return words[1:-1], incomplete

    def format_completion(self, item: CompletionItem) -> str:
        value = str(item.value)
        return f"{item.type},{value.removeprefix(self.kept)}"


def complete(cli: click.Command, complete_var: str, instruction: str) -> int:
    """Answer the shell: completion writes nothing but its answer and never shows an error,
    whatever the store or the line (its output lands in the user's shell)."""
    add_completion_class(WholeWordBashComplete, "bash")
    try:
        return shell_complete(cli, {}, "sinotech", complete_var, instruction)
    except Exception:  # anything at all would print into the user's shell
        return 1
