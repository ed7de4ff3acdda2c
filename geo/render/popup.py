"""A feature's popup and tooltip (every value escaped)."""

from __future__ import annotations

from typing import Any

from geo.render._folium import folium
from geo.render._html import _as_list, _join, esc


def _popup_html(props: dict) -> str:
    kind = props.get("kind")
    rows: list[tuple[str, Any]] = []
    if kind in ("movement", "event"):
        when = props.get("date_start") or "?"
        if props.get("date_end") and props.get("date_end") != props.get("date_start"):
            when = f"{when} → {props.get('date_end')}"
        rows = [
            ("Claimed by", props.get("claimant")),
            ("Status", props.get("status")),
            ("Actor", props.get("actor")),
            ("When", when),
            ("Date basis", props.get("date_basis")),
            ("Precision", f"about {props.get('precision_km')} km" if props.get("precision_km") is not None else None),
            ("Hedged in the text", "yes" if props.get("hedged") else None),
            ("Inferred", _join(props.get("inferred")) or None),
            ("Edited by hand", "yes" if props.get("edited") else None),
            ("Note", props.get("note")),
        ]
    else:
        rows = [
            ("Name", props.get("name") if props.get("name") != props.get("title") else None),
            ("Kind", props.get("place_kind")),
            ("Region", props.get("region")),
            ("Precision", f"about {props.get('precision_km')} km" if props.get("precision_km") is not None else None),
            ("Location", "inferred, not from a gazetteer" if props.get("inferred") else "gazetteer"),
            ("Confidence", f"{props.get('confidence')} (chosen among {len(_as_list(props.get('candidates'))) + 1} places of that name)" if props.get("confidence") is not None else None),
            ("Other candidates", None if props.get("uncertain") else _join([f"{c.get('name')} ({c.get('country')})" for c in _candidates(props)]) or None),
            ("Why", props.get("note")),
            ("Geometry source", props.get("source")),
            ("Mentions", _join([m.get("text") if isinstance(m, dict) else m for m in _as_list(props.get("mentions"))]) or None),
        ]
    body = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows if v not in (None, ""))
    quote = props.get("quote")
    q = f'<blockquote class="geo-quote">{esc(quote)}</blockquote>' if quote else ""
    title = props.get("title") or props.get("name") or props.get("id")
    which = _uncertain_html(props) if kind == "place" and props.get("uncertain") else ""
    return f'<div class="geo-popup" data-id="{esc(props.get("id"))}"><b>{esc(title)}</b>{which}<table>{body}</table>{q}</div>'


def _candidates(props: dict) -> list[dict]:
    return [c for c in _as_list(props.get("candidates")) if isinstance(c, dict)]


def _question(props: dict) -> str:
    """ "which X?" for an uncertain place (its own words when the collection has them)."""
    q = props.get("question")
    return q if isinstance(q, str) and q else f"which {props.get('name') or props.get('id')}?"


def _where(c: dict) -> str:
    """A runner-up in a few words: "Springfield (Missouri, United States of America)"."""
    place = ", ".join(str(x) for x in (c.get("region"), c.get("country_name") or c.get("country")) if x)
    return f"{c.get('name')} ({place})" if place else str(c.get("name"))


def _uncertain_html(props: dict) -> str:
    """An uncertain place's question and the other places of that name (name, country,
    population), every value escaped."""
    rows = "".join(
        f"<tr><td>{esc(c.get('name'))}</td><td>{esc(c.get('region'))}</td><td>{esc(c.get('country_name') or c.get('country'))}</td>"
        f"<td>{esc(f'{pop:,}' if isinstance(pop := c.get('population'), int) and not isinstance(pop, bool) and pop > 0 else '')}</td></tr>"
        for c in _candidates(props)
    )
    table = (f'<table class="geo-runners-up"><tr><th>{esc("Other places of that name")}</th><th>{esc("Region")}</th><th>{esc("Country")}</th>'
             f"<th>{esc('Population')}</th></tr>{rows}</table>") if rows else ""
    return (f'<div class="geo-which"><b>{esc(_question(props))}</b> {esc("Uncertain: the name may mean another place.")}'
            f"</div>{table}")


def _tooltip(props: dict) -> folium.Tooltip:
    title = props.get("title") or props.get("name") or props.get("id")
    if props.get("kind") == "place" and props.get("uncertain"):
        return folium.Tooltip(esc(f"{title} ({_question(props)})"))
    return folium.Tooltip(esc(title))


def _popup(props: dict) -> folium.Popup:
    return folium.Popup(_popup_html(props), max_width=420)
