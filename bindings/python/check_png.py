"""Checks that a file is a valid PNG image (used by the ctest of
examples/python/indicators_tour.py): the 8-byte signature, an IHDR chunk
first with a correct CRC and a non-empty size, an IEND chunk last, and that
matplotlib decodes it to an image of that size.

    python3 check_png.py FILE.png
"""
import struct
import sys
import zlib


def check(path: str) -> str:
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG signature")
    chunks, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + body) != crc:
            raise SystemExit(f"{path}: bad CRC in chunk {kind!r}")
        chunks.append((kind, body))
        pos += 12 + length
    if not chunks or chunks[0][0] != b"IHDR" or chunks[-1][0] != b"IEND":
        raise SystemExit(f"{path}: chunks must start with IHDR and end with IEND")
    width, height = struct.unpack(">II", chunks[0][1][:8])
    if width == 0 or height == 0:
        raise SystemExit(f"{path}: empty image")
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    img = plt.imread(path)
    if img.shape[:2] != (height, width):
        raise SystemExit(f"{path}: decoded {img.shape}, header says {width}x{height}")
    return f"{path}: PNG {width}x{height}, {len(chunks)} chunks"


if __name__ == "__main__":
    print(check(sys.argv[1]))
