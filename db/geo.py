"""Where the events are, for the map: counts per cell of a view, never a read of every
event.

Counts come from ``geocells`` (located events per 0.1° cell, kept by triggers: schema v3):
a query reads the occupied cells of the view's box, however many events they hold. With
a filter (an SQL condition on ``events`` and its parameters), or in an older store opened
read-only, they come from ``events`` grouped by the view's cells.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .reader import Readable
from .schema import GEO_RES


@dataclass(frozen=True)
class Box:
    """A view's extent in degrees: south < north, west < east (no wrap at 180°)."""

    south: float
    west: float
    north: float
    east: float


@dataclass(frozen=True)
class Point:
    """One event's place, as the map marks it."""

    id: str
    lat: float
    lon: float
    place: str | None
    looked_up: bool


def _has_geocells(db: Readable) -> bool:
    return bool(db.execute("SELECT 1 FROM sqlite_master WHERE name = 'geocells'").fetchone())


def _filtered(where: str | None) -> str:
    return f" AND ({where})" if where else ""


def cells(
    db: Readable,
    box: Box,
    rows: int,
    cols: int,
    where: str | None = None,
    params: tuple | list = (),
) -> dict[tuple[int, int], int]:
    """Located events per cell of a ``rows`` × ``cols`` grid over ``box`` (row 0 at the
    north), only the cells that hold any. ``where``/``params``: an optional filter."""
    if rows <= 0 or cols <= 0 or box.north <= box.south or box.east <= box.west:
        return {}
    dy, dx = (box.north - box.south) / rows, (box.east - box.west) / cols
    out: dict[tuple[int, int], int] = {}
    if where is None and _has_geocells(db):
        r0, r1 = _cell(box.south + 90), _cell(box.north + 90)
        c0, c1 = _cell(box.west + 180), _cell(box.east + 180)
        found = db.execute(
            "SELECT r, c, n FROM geocells WHERE r BETWEEN ? AND ? AND c BETWEEN ? AND ?", (r0, r1, c0, c1)
        ).fetchall()
        for r, c, n in found:
            lat, lon = (r + 0.5) / GEO_RES - 90, (c + 0.5) / GEO_RES - 180
            y, x = int((box.north - lat) / dy), int((lon - box.west) / dx)
            if 0 <= y < rows and 0 <= x < cols:
                out[y, x] = out.get((y, x), 0) + n
        return out
    found = db.execute(
        "SELECT CAST((? - lat) / ? AS INTEGER), CAST((lon - ?) / ? AS INTEGER), count(*) FROM events e "
        f"WHERE lat > ? AND lat <= ? AND lon >= ? AND lon < ?{_filtered(where)} GROUP BY 1, 2",
        (box.north, dy, box.west, dx, box.south, box.north, box.west, box.east, *params),
    ).fetchall()
    for y, x, n in found:
        if 0 <= y < rows and 0 <= x < cols:
            out[y, x] = out.get((y, x), 0) + n
    return out


def _cell(degrees: float) -> int:
    return math.floor(degrees * GEO_RES)


def outside(db: Readable, box: Box, where: str | None = None, params: tuple | list = ()) -> dict[tuple[int, int], int]:
    """Located events outside ``box`` by direction: (dy, dx) with dy = 1 north of it,
    -1 south, 0 within its latitudes; dx likewise east/west."""
    if where is None and _has_geocells(db):
        lat, lon = f"((r + 0.5) / {GEO_RES}.0 - 90)", f"((c + 0.5) / {GEO_RES}.0 - 180)"
        table, weight, extra = "geocells", "sum(n)", ""
    else:
        lat, lon, table, weight = "lat", "lon", "events e", "count(*)"
        extra = " WHERE lat IS NOT NULL AND lon IS NOT NULL" + _filtered(where)
    found = db.execute(
        f"SELECT CASE WHEN {lat} > ? THEN 1 WHEN {lat} <= ? THEN -1 ELSE 0 END, "
        f"CASE WHEN {lon} >= ? THEN 1 WHEN {lon} < ? THEN -1 ELSE 0 END, {weight} FROM {table}{extra} GROUP BY 1, 2",
        (box.north, box.south, box.east, box.west, *params),
    ).fetchall()
    return {(dy, dx): n for dy, dx, n in found if (dy, dx) != (0, 0) and n}


def located(db: Readable, where: str | None = None, params: tuple | list = ()) -> list[tuple]:
    """(lat, lon, count) of every occupied 0.1° cell (the whole store's spread, to fit
    a view to): from ``geocells``, or grouped from ``events`` with a filter."""
    if where is None and _has_geocells(db):
        sql = f"SELECT (r + 0.5) / {GEO_RES}.0 - 90, (c + 0.5) / {GEO_RES}.0 - 180, n FROM geocells"
        return db.execute(sql).fetchall()
    sql = (
        f"SELECT (CAST((lat + 90) * {GEO_RES} AS INTEGER) + 0.5) / {GEO_RES}.0 - 90, "
        f"(CAST((lon + 180) * {GEO_RES} AS INTEGER) + 0.5) / {GEO_RES}.0 - 180, count(*) FROM events e "
        f"WHERE lat IS NOT NULL AND lon IS NOT NULL{_filtered(where)} GROUP BY 1, 2"
    )
    return db.execute(sql, tuple(params)).fetchall()


def fit(points: list[tuple], keep: float = 3.0, least: float = 2.0) -> tuple[Box | None, int]:
    """A box around where the events are, and how many located events it leaves out.

    From the count-weighted median place, the cells within ``keep`` times the median
    distance of the events from it (at least ``least`` degrees): far-away events (the
    seed's Washington, against Ukraine and Russia) stay out of the box and are shown at
    the edge instead of shrinking everything else to a dot."""
    if not points:
        return None, 0
    total = sum(n for _, _, n in points)
    mlat, mlon = _weighted_median([(p[0], p[2]) for p in points]), _weighted_median([(p[1], p[2]) for p in points])
    dist = sorted(((math.hypot(lat - mlat, lon - mlon), n) for lat, lon, n in points), key=lambda d: d[0])
    median_dist = _weighted_median(dist)
    radius = max(keep * median_dist, least)
    kept = [(lat, lon, n) for lat, lon, n in points if math.hypot(lat - mlat, lon - mlon) <= radius]
    south, north = min(p[0] for p in kept), max(p[0] for p in kept)
    west, east = min(p[1] for p in kept), max(p[1] for p in kept)
    return Box(south, west, north, east), total - sum(n for _, _, n in kept)


def _weighted_median(values: list[tuple[float, int]]) -> float:
    ordered = sorted(values)
    half, seen = sum(n for _, n in ordered) / 2, 0
    for value, n in ordered:
        seen += n
        if seen >= half:
            return value
    return ordered[-1][0]


def point(db: Readable, event_id: str) -> Point | None:
    """Where one event is, if it has coordinates."""
    row = db.execute("SELECT id, lat, lon, place, attrs FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None or row[1] is None or row[2] is None:
        return None
    return Point(row[0], row[1], row[2], row[3], '"coords_from": "gazetteer"' in (row[4] or ""))


def first_in(db: Readable, box: Box, where: str | None = None, params: tuple | list = ()) -> str | None:
    """The id of the first event in timeline order whose place is in ``box``."""
    row = db.execute(
        f"SELECT id FROM events e WHERE lat > ? AND lat <= ? AND lon >= ? AND lon < ?{_filtered(where)} "
        "ORDER BY day, t0, rowid LIMIT 1",
        (box.south, box.north, box.west, box.east, *params),
    ).fetchone()
    return row[0] if row else None
