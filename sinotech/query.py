"""The search language, translated into a safe SQLite FTS5 expression.

Users type words (all must match), "quoted phrases", prefix*, OR, NOT and (groups). OR binds
tighter than the implicit AND, as in web search: `huawei 5G OR 6G` is huawei AND (5G OR 6G).
Every term is passed to FTS5 as a quoted string, so punctuation never reaches its parser:
`S-400`, `RISC-V` and `U.S.` become phrases of their tokens. A query FTS5 would reject gets a
plain-words reading where one is obvious (an unclosed quote) and a QueryError otherwise.
A query is bounded (MAX_TERMS terms, MAX_DEPTH levels of parentheses): SQLite's time grows
with the square of the terms OR joins, and the parser recurses once per level.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from .errors import QueryError

if TYPE_CHECKING:
    from collections.abc import Callable

_OPERATORS = {"AND", "OR", "NOT"}
_HAS_WORD = re.compile(r"\w")
MAX_TERMS = 64
MAX_DEPTH = 16


class Term(NamedTuple):
    text: str
    prefix: bool = False

    def fts(self) -> str:
        return '"' + self.text.replace('"', '""') + '"' + ("*" if self.prefix else "")


class Group(NamedTuple):
    """Items joined by AND; each item is (negated, alternatives joined by OR)."""

    items: tuple[tuple[bool, tuple[Term | Group, ...]], ...]

    def fts(self) -> str:
        positive = [_alternatives(alts) for negated, alts in self.items if not negated]
        negative = [_alternatives(alts) for negated, alts in self.items if negated]
        expression = " AND ".join(positive)
        if negative:
            if len(positive) > 1:
                expression = f"({expression})"
            expression += "".join(f" NOT {n}" for n in negative)
        return expression


def _alternatives(alternatives: tuple[Term | Group, ...]) -> str:
    parts = [a.fts() if _is_simple(a) else f"({a.fts()})" for a in alternatives]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _is_simple(unit: Term | Group) -> bool:
    """A term, or a group that is a single (already bracketed) OR list: no brackets needed."""
    return isinstance(unit, Term) or (len(unit.items) == 1 and not unit.items[0][0])


def to_fts(query: str, expand: Callable[[str], list[str] | None] | None = None) -> str:
    """The FTS5 MATCH expression for a user query; QueryError if it cannot be read.

    `expand` maps a word or phrase to the names it stands for (an entity's aliases), so that
    "artificial intelligence" also finds AI.
    """
    tokens = _lex(query.replace("\0", " "))  # SQLite would end the string at a NUL
    _check_parentheses(tokens)
    terms = sum(isinstance(token, Term) for token in tokens)
    if not terms:
        raise QueryError("empty query: give at least one word to search for")
    if terms > MAX_TERMS:
        raise QueryError(
            f'too many search terms ({terms}): at most {MAX_TERMS}; quote a passage as one "phrase"'
        )
    if expand is not None:
        tokens = [_expanded(token, expand) for token in tokens]
    parser = _Parser(tokens)
    group = parser.sequence()
    return group.fts()


def _check_parentheses(tokens: list[Term | str]) -> None:
    depth = 0
    for token in tokens:
        if token == "(":
            depth += 1
            if depth > MAX_DEPTH:
                raise QueryError(f"parentheses nested too deep: at most {MAX_DEPTH} levels")
        elif token == ")":
            depth -= 1
            if depth < 0:
                raise QueryError("unbalanced parenthesis: a ) has no (")
    if depth:
        raise QueryError("unbalanced parenthesis: a ( is never closed")


def _expanded(token: Term | str, expand: Callable[[str], list[str] | None]) -> Term | str | Group:
    if not isinstance(token, Term) or token.prefix:
        return token
    names = expand(token.text.lower())
    if not names or len(names) < 2:
        return token
    return Group(((False, tuple(Term(name) for name in names)),))


def _lex(query: str) -> list[Term | str]:
    tokens: list[Term | str] = []
    position = 0
    while position < len(query):
        char = query[position]
        if char.isspace():
            position += 1
        elif char == '"':
            close = query.find('"', position + 1)
            if close < 0:
                # An unclosed quote: read the rest as plain words.
                position += 1
                continue
            prefix = query.startswith("*", close + 1)
            phrase = query[position + 1 : close]
            if _HAS_WORD.search(phrase):
                tokens.append(Term(" ".join(phrase.split()), prefix))
            position = close + 1 + prefix
        elif char in "()":
            tokens.append(char)
            position += 1
        else:
            end = position
            while end < len(query) and not query[end].isspace() and query[end] not in '"()':
                end += 1
            tokens.extend(_word(query[position:end], query.startswith("(", end)))
            position = end
    return tokens


def _word(word: str, before_paren: bool) -> list[Term | str]:
    if word in _OPERATORS:
        return [word]
    if word == "NEAR" and before_paren:
        raise QueryError('NEAR queries are not supported: search for a "quoted phrase" instead')
    stem = word.rstrip("*")
    if not _HAS_WORD.search(stem):
        if "*" in word:
            raise QueryError("a * must end a word, as in sanction*")
        return []
    return [Term(stem, prefix=stem != word)]


class _Parser:
    def __init__(self, tokens: list[Term | Group | str]) -> None:
        self.tokens = tokens
        self.position = 0

    def peek(self) -> Term | Group | str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> Term | Group | str | None:
        token = self.peek()
        self.position += 1
        return token

    def sequence(self) -> Group:
        items: list[tuple[bool, tuple[Term | Group, ...]]] = []
        while (token := self.peek()) is not None:
            if token == ")":  # the end of a group: _check_parentheses balanced them
                break
            if token == "AND":
                self.take()
                if not items or not self._unit_follows():
                    raise QueryError("AND needs a search term on each side, as in huawei AND zte")
                continue
            negated = token == "NOT"
            if negated:
                self.take()
                if not items or not self._unit_follows():
                    raise QueryError("NOT needs a term on each side, as in huawei NOT 5G")
            items.append((negated, self.alternatives()))
        if not items:
            raise QueryError("empty group: () holds no search term")
        return Group(tuple(items))

    def alternatives(self) -> tuple[Term | Group, ...]:
        units = [self.unit()]
        while self.peek() == "OR":
            self.take()
            if not self._unit_follows():
                raise QueryError("OR needs a search term on each side, as in 5G OR 6G")
            units.append(self.unit())
        return tuple(units)

    def unit(self) -> Term | Group:
        token = self.take()
        if isinstance(token, (Term, Group)):
            return token
        if token == "(":
            group = self.sequence()
            self.take()  # its ), which _check_parentheses saw to
            return group
        raise QueryError(f"{token} needs a search term on each side")

    def _unit_follows(self) -> bool:
        token = self.peek()
        return isinstance(token, (Term, Group)) or token == "("
