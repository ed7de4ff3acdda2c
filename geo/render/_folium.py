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


def _import() -> None:
    """Import offlinefolium and its plugins, without importing pandas if it is not yet."""
    if "pandas" in sys.modules or "offlinefolium" in sys.modules:
        import offlinefolium
        import offlinefolium.plugins

        return
    # typeshed types sys.modules as dict[str, ModuleType], but None there is the documented
    # way to make an import raise ImportError
    sys.modules["pandas"] = None  # type: ignore[assignment]
    try:
        import offlinefolium
        import offlinefolium.plugins
        import offlinefolium.utilities
    finally:
        if sys.modules.get("pandas", 0) is None:
            del sys.modules["pandas"]
    if offlinefolium.utilities.pd is None:
        offlinefolium.utilities.pd = _PandasIfLoaded()


_import()
# already imported by _import() (without pandas): these only bind the names, with their types
import offlinefolium as folium  # noqa: E402
from offlinefolium.plugins import Fullscreen, MarkerCluster, MeasureControl, PolyLineTextPath  # noqa: E402

__all__ = ["folium", "Fullscreen", "MarkerCluster", "MeasureControl", "PolyLineTextPath"]
