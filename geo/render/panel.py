"""The page around the map: the article (its sentences, its mentions linked to the
features), the header, the lists of what is not drawn, and the legend."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from branca.element import Figure

from geo.features import EVENT_COLOR, PLACE_COLORS, STATUS_COLORS
from geo.io.validate import sentences_are_of_text
from geo.render._folium import folium
from geo.render._html import _as_list, _features, _lang, _meta, _Raw, esc
from geo.render.popup import _candidates, _question, _where
from geo.render.say import Say

_STATIC = Path(__file__).resolve().parent / "static"




def _page(m: folium.Map) -> Figure:
    """The page a map is drawn in (``folium.Map`` always puts itself in a ``Figure``;
    ``get_root`` is only typed as returning an ``Element``)."""
    return cast(Figure, m.get_root())


def _sentence_spans(meta: dict, text: str) -> list[tuple[int, int, int, int]]:
    """The article's sentences as (number, start, end, paragraph): the spans extraction
    stored in ``geo.sentences`` (the Document's: a feature's ``sentence`` is its number).
    A file without them (older), or whose text the user edited (it no longer hashes to
    ``geo.text_sha256``), is split instead. (A span that does not fit the text is left out;
    the validator refuses such a file.)"""
    stored = meta.get("sentences")
    if stored is None or not sentences_are_of_text(meta):
        lang = meta.get("lang")
        return _split_file_without_sentences(text, lang if isinstance(lang, str) else None)
    return [
        (i, s[0], s[1], s[2])
        for i, s in enumerate(_as_list(stored))
        if isinstance(s, list) and len(s) == 3 and all(isinstance(v, int) and not isinstance(v, bool) for v in s)
        and 0 <= s[0] < s[1] <= len(text)
    ]


def _split_file_without_sentences(text: str, lang: str | None = None) -> list[tuple[int, int, int, int]]:
    """For an events file without ``geo.sentences`` of its text, and for it only: one
    written before the spans were stored, or one whose text the user edited. The sentences
    split from the text, as extraction splits them."""
    from geo.text import sentences

    return [(s.index, s.start, s.end, s.paragraph) for s in sentences(text, lang)]


def _article_html(fc: dict, say: Say | None = None) -> str:
    """The article text, sentence by sentence (the stored spans), with mentions linked to
    their features."""
    say = say or Say.of(fc)
    meta = _meta(fc)
    text = meta.get("text")
    if not isinstance(text, str) or not text:
        return f"<p><i>{esc(say('no_text'))}</i></p>"
    marks: list[tuple[int, int, str]] = []
    claim_sentences: set[int] = set()
    for f in _features(fc):
        p = f["properties"]
        if p.get("kind") in ("movement", "event") and isinstance(p.get("sentence"), int):
            claim_sentences.add(p["sentence"])
        for mention in _as_list(p.get("mentions")):
            if not isinstance(mention, dict):
                continue
            a, b = mention.get("start"), mention.get("end")
            if isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text) and text[a:b] == mention.get("text"):
                marks.append((a, b, str(p.get("id"))))
    for x in _as_list(meta.get("mentioned")):
        if isinstance(x, dict):
            a, b = x.get("start"), x.get("end")
            if isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text) and text[a:b] == x.get("text"):
                marks.append((a, b, "\0" + str(x.get("reason"))))
    marks.sort()
    paragraphs: dict[int, list[str]] = {}
    for index, start, end, paragraph in _sentence_spans(meta, text):
        inner = [m for m in marks if start <= m[0] and m[1] <= end]
        pos, parts = start, []
        for a, b, fid in inner:
            if a < pos:
                continue  # overlapping mentions: keep the first
            parts.append(esc(text[pos:a]))
            if fid.startswith("\0"):  # named, but not a place where something happened
                why = say(f"not_place_{fid[1:]}")
                parts.append(f'<span class="geo-not-place" title="{esc(why)}">{esc(text[a:b])}</span>')
            else:
                parts.append(
                    f'<span class="geo-mention" data-feature="{esc(fid)}" role="button" tabindex="0" '
                    f'title="{esc(say("show_on_map"))}">{esc(text[a:b])}</span>'
                )
            pos = b
        parts.append(esc(text[pos:end]))
        cls = "geo-sentence geo-claim" if index in claim_sentences else "geo-sentence"
        paragraphs.setdefault(paragraph, []).append(f'<span class="{cls}" data-s="{index}">{"".join(parts)}</span>')
    return "".join(f"<p>{' '.join(v)}</p>" for _, v in sorted(paragraphs.items()))


def claimant_counts(fc: dict, say: Say) -> dict[str, int]:
    """Each claimant on the page (as :meth:`Say.claimant` names it: one name, listed once)
    with its number of claims (drawn or not), in order of first claim."""
    counts: dict[str, int] = {}
    claims = [f["properties"].get("claimant") for f in _features(fc) if f["properties"].get("kind") in ("movement", "event")]
    claims += [u.get("claimant") for u in _as_list(_meta(fc).get("unmapped")) if isinstance(u, dict)]
    for name in claims:
        shown = say.claimant(name)
        counts[shown] = counts.get(shown, 0) + 1
    return counts


def _claims(say: Say, n: int) -> str:
    return say("one_claim") if n == 1 else say("claims", n=n)


def _claimants_html(counts: dict[str, int], colors: dict[str, str], say: Say) -> str:
    """The claimants, once each: a swatch of the colour that outlines their claims, the name,
    the number of claims."""
    if not counts:
        return esc(say("nobody"))
    return "".join(
        f'<li><span class="sw geo-claimant-sw" style="border:3px solid {colors.get(n, "#333333")}"></span>'
        f'<span class="geo-claimant">{esc(n)}</span> <span class="geo-count">({esc(_claims(say, c))})</span></li>'
        for n, c in counts.items()
    )


def _add_page(m: folium.Map, fc: dict, colors: dict[str, str], say: Say) -> None:
    meta = _meta(fc)
    counts = claimant_counts(fc, say)
    header = (
        '<div id="geo-header">'
        f"<div><b>{esc(say('source'))}:</b> {esc(say.source_line())}</div>"
        f'<div><b>{esc(say("claimed_by"))}:</b><ul id="geo-claimants">{_claimants_html(counts, colors, say)}</ul></div>'
        f"<div><b>{esc(say('published'))}:</b> {esc(meta.get('published') or say('not_given'))} &nbsp; "
        f"<b>{esc(say('language'))}:</b> {esc(_lang(fc))}</div>"
        f'<div class="geo-warning">{esc(say("warning"))}</div>'
        f'<div class="geo-tools"><a id="geo-download" href="events.geojson" download>{esc(say("download"))}</a> '
        f'<button type="button" id="geo-save-image">{esc(say("save_image"))}</button> '
        f'<button type="button" id="geo-print">{esc(say("print"))}</button></div></div>'
    )
    extra = ""
    unmapped = [u for u in _as_list(meta.get("unmapped")) if isinstance(u, dict)]
    if unmapped:
        extra += f'<div id="geo-unmapped"><b>{esc(say("not_drawn"))}</b> ({len(unmapped)}):<ul>' + "".join(
            f"<li>{esc(say.reason(u.get('reason')))}: “{esc(u.get('quote'))}”</li>" for u in unmapped
        ) + "</ul></div>"
    unresolved = _as_list(meta.get("unresolved"))
    if unresolved:
        extra += (
            f'<div id="geo-unresolved" style="font:12px sans-serif;margin-top:8px"><b>{esc(say("unknown_names"))}</b> '
            f'({esc(say("not_drawn_short"))}): '
        ) + ", ".join(_unresolved_name(u, say) for u in unresolved if isinstance(u, dict)) + "</div>"
    uncertain = [f["properties"] for f in _features(fc) if f["properties"].get("kind") == "place" and f["properties"].get("uncertain")]
    if uncertain:  # listed, never only drawn: each opens its place on the map
        extra += f'<div id="geo-uncertain"><b>{esc(say("uncertain_places"))}</b> ({len(uncertain)}): ' + "; ".join(
            f'<span class="geo-mention" data-feature="{esc(p.get("id"))}" role="button" tabindex="0" title="{esc(say("show_on_map"))}">'
            f"{esc(say.title(p))}</span> ({esc(_question(p, say))}"
            + (f" {esc(', '.join(_where(c) for c in _candidates(p)))}" if _candidates(p) else "")
            + ")"
            for p in uncertain
        ) + "</div>"
    mentioned = _as_list(meta.get("mentioned"))
    if mentioned:
        extra += f'<div id="geo-mentioned"><b>{esc(say("named_not_place"))}</b> ' + ", ".join(
            f"{esc(x.get('text'))} ({esc(say('not_place_short_' + str(x.get('reason'))))})" for x in mentioned if isinstance(x, dict)
        ) + "</div>"
    panel = (
        f'<div id="geo-panel" role="region" aria-label="{esc(say("article"))}">{header}'
        f'<div id="geo-text" lang="{esc(_lang(fc))}">{_article_html(fc, say)}</div>{extra}</div>'
    )
    root = _page(m)
    title = f"{say('title')}: {say.source_line()}"
    root.header.add_child(_Raw(f"<title>{esc(title)}</title>"))
    root.header.add_child(_Raw(f"<style>{(_STATIC / 'page.css').read_text(encoding='utf-8')}</style>"))
    root.html.add_child(_Raw(panel))
    root.html.add_child(_Raw(_legend_html(colors, say, counts)))


def _legend_html(colors: dict[str, str], say: Say, counts: dict[str, int] | None = None) -> str:
    words = say.words
    rows = [f'<div><span class="sw" style="background:{c};width:22px;height:4px"></span>{esc(words.get(s, s))}</div>' for s, c in STATUS_COLORS.items()]
    rows.append(f"<div style='margin-top:4px'><b>{esc(words['claimant_outline'])}</b></div>")
    rows += [f'<div class="geo-legend-claimant"><span class="sw" style="border:3px solid {c};width:16px;height:4px"></span>{esc(n)}'
             + (f' ({esc(_claims(say, counts[n]))})' if counts and n in counts else "") + "</div>" for n, c in colors.items()]
    rows.append(f'<div style="margin-top:4px"><span class="sw" style="background:{EVENT_COLOR};width:10px;height:10px;transform:rotate(45deg)"></span>{esc(words["event_kinds"])}</div>')
    for kind in ("town", "crossing", "river", "border", "area"):
        rows.append(f'<div><span class="sw" style="background:{PLACE_COLORS[kind]};width:12px;height:12px;border-radius:6px"></span>{esc(words[kind])}</div>')
    rows.append(f'<div><span class="sw" style="border:1px dashed #555;width:12px;height:12px;border-radius:6px"></span>{esc(words["uncertainty"])}</div>')
    rows.append(f'<div class="geo-legend-uncertain"><span class="sw" style="border:2px dashed {PLACE_COLORS["town"]};background:rgba(31,119,180,0.3);'
                f'width:10px;height:10px;border-radius:7px"></span>{esc(words["uncertain_place"])}</div>')
    rows.append(f"<div>{esc(words['direction'])}</div>")
    # a <details>: collapsible by click or keyboard; page.js closes it on narrow screens
    return (
        f'<details id="geo-legend" open><summary><b>{esc(words["legend"])}</b> — {esc(words["status_colour"])}</summary>'
        + "".join(rows) + "</details>"
    )


def _unresolved_name(u: dict, say: Say) -> str:
    """An unresolved name on the page, escaped, with why it is unresolved (in the page's
    language) when the record says."""
    why = say.why_unresolved(u.get("reason"))
    return esc(u.get("text")) + (f' <span class="geo-why">({esc(why)})</span>' if why else "")
