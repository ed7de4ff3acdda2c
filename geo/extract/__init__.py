"""The extraction stage's modules: mentions → places (borders, compass parts, spatial
expressions) → frames (movements, events) → attribution and dates, run in order by
:class:`geo.extract.pipeline.Extractor`.

The stage's new name is :mod:`geo.extraction` (the same modules this release);
``geo.extract`` is the public function (:func:`geo.extract`). ``from geo.extract.frames
import ...`` and ``from geo.extract import frames`` keep working one release;
``import geo.extract.frames as f`` reaches for the attribute ``geo.extract.frames``, which
the function does not have: write ``import geo.extraction.frames as f``.
"""
