"""Make tui/data/land.bin, the map's land mask, from the land mask that global-land-mask ships.

    pip install global-land-mask && python scripts/make_landmask.py

global-land-mask (MIT; data: NOAA's GLOBE, 1 km, public domain) keeps the earth as a
21600 × 43200 grid of booleans (ocean = True) in one compressed .npy: loading it takes
933 MB. This script reads that grid as a stream (no numpy needed), keeps the centre cell
of every 12 × 12 block (1/10 of a degree), and writes it as 1800 rows × 3600 bytes
(1 = land), from 90°N down and from 180°W east, zlib-compressed: about 0.2 MB on disk,
6.5 MB in memory, read by ``dateline.tui.components.land``.
"""

from __future__ import annotations

import importlib.util
import zipfile
import zlib
from pathlib import Path

STEP = 12  # source cells (1/120 degree) per kept cell
ROWS, COLS = 21600, 43200
OUT = Path(__file__).resolve().parents[1] / "tui" / "data" / "land.bin"


def main() -> None:
    spec = importlib.util.find_spec("global_land_mask")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install global-land-mask first")
    npz = Path(spec.submodule_search_locations[0]) / "globe_combined_mask_compressed.npz"
    with zipfile.ZipFile(npz) as z:
        with z.open("lat.npy") as f:
            f.read(128)  # the .npy header (v1, padded to 128 bytes)
            first_lat = float.fromhex(float.hex(__import__("struct").unpack("<d", f.read(8))[0]))
        assert first_lat > 0, "expected rows from the north down"
        with z.open("mask.npy") as f:
            header = f.read(128)
            assert b"(21600, 43200)" in header and b"'fortran_order': False" in header, header
            kept = bytearray()
            to_land = bytes.maketrans(b"\x00\x01", b"\x01\x00")
            for r in range(ROWS):
                row = f.read(COLS)
                if r % STEP == STEP // 2:
                    kept += row[STEP // 2 :: STEP].translate(to_land)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_bytes(zlib.compress(bytes(kept), 9))
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes; {len(kept) // (COLS // STEP)} rows)")


if __name__ == "__main__":
    main()
