"""Exceptions raised by geo.

Every error a user can cause (a missing file, bad bytes, a malformed GeoJSON feature,
an unknown language) is a subclass of :class:`GeoError`, and also of the built-in it
resembles, so callers can catch either.
"""

from __future__ import annotations


class GeoError(Exception):
    """Raised for any problem geo can explain to the user (the root class).

    ``problem`` says what is wrong (where, what was expected, what was found) and ``fix``
    how to put it right ("" when there is nothing to suggest); the message is both:

    >>> err = InputError("a.txt: is empty", fix="write the text into it")
    >>> str(err)
    'a.txt: is empty; fix: write the text into it'
    >>> err.problem, err.fix
    ('a.txt: is empty', 'write the text into it')

    A message written the older way, ``"...; fix: ..."`` in one string, is read into the
    two attributes here, once, so that no caller splits a message.
    """

    def __init__(self, problem: str = "", *args: object, fix: str = ""):
        if not fix and "; fix: " in problem:
            problem, fix = problem.split("; fix: ", 1)
        self.problem = problem
        self.fix = fix
        super().__init__(f"{problem}; fix: {fix}" if fix else problem, *args)


class InputError(GeoError, ValueError):
    """Raised when an input file is missing, unreadable, empty or not UTF-8."""


class ArgumentError(InputError, TypeError):
    """Raised when a function of the API is given a value of the wrong type (also a
    :class:`TypeError`, which Python raises for that)."""


class LanguageError(GeoError, ValueError):
    """Raised when a language code is not one geo supports."""


class GazetteerError(GeoError, ValueError):
    """Raised when the gazetteer file is malformed or a place id is unknown."""


class ValidationError(InputError):
    """Raised when a GeoJSON file has one or more problems; ``problems`` lists them all."""

    def __init__(self, path: str, problems: list[str]):
        self.path = path
        self.problems = list(problems)
        if len(self.problems) == 1:  # one problem, one line
            super().__init__(f"{path}: {self.problems[0]}")
            return
        head = f"{path}: {len(self.problems)} problem(s)"
        # each problem keeps its own fix: the message is the list, ``fix`` stays empty
        Exception.__init__(self, head + "\n" + "\n".join(f"  - {p}" for p in self.problems))
        self.problem, self.fix = self.args[0], ""


class GeoWarning(UserWarning):
    """Warned when geo reads an input another way than it is written (a feature drawn
    without a ``kind`` is read as a place); the command line prints it as ``warning: …``."""
