"""A feature's popup and tooltip, in the article's language (every value escaped)."""

from __future__ import annotations

from typing import Any, get_args

from geo.render._folium import folium
from geo.render._html import _as_list, _join, esc
from geo.render.say import Say
from geo.schema import Modality

#: the modalities a movement may carry, each a word of the page (``modality_<value>``)
MODALITIES: tuple[str, ...] = get_args(Modality)


def _km(say: Say, props: dict) -> str | None:
    prec = props.get("precision_km")
    return say("about_km", n=f"{prec:g}" if isinstance(prec, (int, float)) else prec) if prec is not None else None


def _popup_html(props: dict, say: Say) -> str:
    kind = props.get("kind")
    rows: list[tuple[str, Any]] = []
    yes = say("yes")
    notes = say.notes  # the extraction's explanations are English sentences
    if kind in ("movement", "event"):
        when = props.get("date_start") or "?"
        if props.get("date_end") and props.get("date_end") != props.get("date_start"):
            when = f"{when} → {props.get('date_end')}"
        rows = [
            (say("claimed_by"), say.claimant(props.get("claimant"))),
            (say("status"), say(str(props.get("status"))) if props.get("status") else None),
            (say("actor"), props.get("actor")),
            (say("when"), when),
            (say("date_basis"), props.get("date_basis") if notes else None),
            (say("precision"), _km(say, props)),
            (say("hedged"), yes if props.get("hedged") else None),
            (say("modality"), say(f"modality_{props['modality']}") if props.get("modality") in MODALITIES else None),
            (say("inferred"), (_join(props.get("inferred")) or None) if notes else (yes if props.get("inferred") else None)),
            (say("edited"), yes if props.get("edited") else None),
            (say("note"), props.get("note") if notes else None),
        ]
    else:
        n = len(_as_list(props.get("candidates"))) + 1
        rows = [
            (say("name"), props.get("name") if props.get("name") != say.spelling(props) else None),
            (say("kind"), say.kind(props.get("place_kind")) if props.get("place_kind") else None),
            (say("region"), props.get("region")),
            (say("precision"), _km(say, props)),
            (say("location"), say("loc_inferred") if props.get("inferred") else say("loc_gazetteer")),
            (say("confidence"), say("chosen_among", c=props.get("confidence"), n=n) if props.get("confidence") is not None else None),
            (say("other_candidates"), None if props.get("uncertain") else _join([f"{c.get('name')} ({c.get('country')})" for c in _candidates(props)]) or None),
            (say("why"), props.get("note") if notes else None),
            (say("geometry_source"), props.get("source") if notes else None),
            (say("mentions"), _join([m.get("text") if isinstance(m, dict) else m for m in _as_list(props.get("mentions"))]) or None),
        ]
    body = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows if v not in (None, ""))
    quote = props.get("quote")
    q = f'<blockquote class="geo-quote">{esc(quote)}</blockquote>' if quote else ""
    which = _uncertain_html(props, say) if kind == "place" and props.get("uncertain") else ""
    return f'<div class="geo-popup" data-id="{esc(props.get("id"))}"><b>{esc(say.title(props))}</b>{which}<table>{body}</table>{q}</div>'


def _candidates(props: dict) -> list[dict]:
    return [c for c in _as_list(props.get("candidates")) if isinstance(c, dict)]


def _question(props: dict, say: Say) -> str:
    """ "which X?" for an uncertain place (its own words when the collection has them)."""
    q = props.get("question")
    return q if isinstance(q, str) and q and say.notes else say("which", name=say.spelling(props))


def _where(c: dict) -> str:
    """A runner-up in a few words: "Springfield (Missouri, United States of America)"."""
    place = ", ".join(str(x) for x in (c.get("region"), c.get("country_name") or c.get("country")) if x)
    return f"{c.get('name')} ({place})" if place else str(c.get("name"))


def _uncertain_html(props: dict, say: Say) -> str:
    """An uncertain place's question and the other places of that name (name, country,
    population), every value escaped."""
    rows = "".join(
        f"<tr><td>{esc(c.get('name'))}</td><td>{esc(c.get('region'))}</td><td>{esc(c.get('country_name') or c.get('country'))}</td>"
        f"<td>{esc(f'{pop:,}' if isinstance(pop := c.get('population'), int) and not isinstance(pop, bool) and pop > 0 else '')}</td></tr>"
        for c in _candidates(props)
    )
    table = (f'<table class="geo-runners-up"><tr><th>{esc(say("other_places"))}</th><th>{esc(say("region"))}</th><th>{esc(say("country"))}</th>'
             f"<th>{esc(say('population'))}</th></tr>{rows}</table>") if rows else ""
    return (f'<div class="geo-which"><b>{esc(_question(props, say))}</b> {esc(say("uncertain_note"))}'
            f"</div>{table}")


def _tooltip(props: dict, say: Say) -> folium.Tooltip:
    title = say.title(props)
    if props.get("kind") == "place" and props.get("uncertain"):
        return folium.Tooltip(esc(f"{title} ({_question(props, say)})"))
    return folium.Tooltip(esc(title))


def _popup(props: dict, say: Say) -> folium.Popup:
    return folium.Popup(_popup_html(props, say), max_width=420)
