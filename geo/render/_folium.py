"""offlinefolium and the plugins geo uses (import folium from here).

offlinefolium (folium-offline) is folium with Leaflet and its plugins inlined. It is imported
as it is: it imports pandas (to recognise a DataFrame passed as locations), and nothing in
``sys.modules`` or in offlinefolium is changed to avoid that.
"""

from __future__ import annotations

import offlinefolium as folium
from offlinefolium.plugins import Fullscreen, MarkerCluster, MeasureControl, PolyLineOffset, PolyLineTextPath

__all__ = ["folium", "Fullscreen", "MarkerCluster", "MeasureControl", "PolyLineOffset", "PolyLineTextPath"]
