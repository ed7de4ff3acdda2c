"""offlinefolium, imported without pandas (import folium and its plugins from here).

offlinefolium (folium-offline) imports pandas (about 0.3 s, a quarter of a cold seed build)
only to recognise a DataFrame passed as locations, which geo never does. When pandas is
not imported yet, it is imported here as missing, and offlinefolium is then given
:class:`_PandasIfLoaded` in its place: pandas itself once anything has imported it, and
until then a ``DataFrame`` class nothing is an instance of (no DataFrame can exist before
pandas is imported). offlinefolium behaves exactly as with pandas.
"""

from __future__ import annotations

import sys
from typing import Any


class _NoDataFrame:
    """What ``pd.DataFrame`` is while pandas is not imported: a class without instances."""


class _PandasIfLoaded:
    def __getattr__(self, name: str) -> Any:
        pandas = sys.modules.get("pandas")
        if pandas is not None:
            return getattr(pandas, name)
        if name == "DataFrame":
            return _NoDataFrame
        raise AttributeError(f"pandas is not imported: no pandas.{name}")


def _import() -> Any:
    if "pandas" in sys.modules or "offlinefolium" in sys.modules:
        import offlinefolium
        import offlinefolium.plugins

        return offlinefolium
    sys.modules["pandas"] = None  # type: ignore[assignment] - "import pandas" raises ImportError
    try:
        import offlinefolium
        import offlinefolium.plugins
        import offlinefolium.utilities
    finally:
        if sys.modules.get("pandas", 0) is None:
            del sys.modules["pandas"]
    if offlinefolium.utilities.pd is None:
        offlinefolium.utilities.pd = _PandasIfLoaded()
    return offlinefolium


folium = _import()
Fullscreen = folium.plugins.Fullscreen
MarkerCluster = folium.plugins.MarkerCluster
MeasureControl = folium.plugins.MeasureControl
PolyLineTextPath = folium.plugins.PolyLineTextPath
