"""Exceptions raised by geo.

Every error a user can cause (a missing file, bad bytes, a malformed GeoJSON feature,
an unknown language) is a subclass of :class:`GeoError`, and also of the built-in it
resembles, so callers can catch either.
"""

from __future__ import annotations


class GeoError(Exception):
    """Raised for any problem geo can explain to the user (the root class)."""


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
        super().__init__(head + "\n" + "\n".join(f"  - {p}" for p in self.problems))


class GeoWarning(UserWarning):
    """Warned when geo reads an input another way than it is written (a feature drawn
    without a ``kind`` is read as a place); the command line prints it as ``warning: …``."""
