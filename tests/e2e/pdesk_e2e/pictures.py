"""Test photos for the picture journeys, made at test time: ImageMagick draws them (Debian's
imagemagick, which the journeys use for screenshots), and an EXIF block with an orientation and a
GPS position is spliced in after SOI as a camera writes it. The evidence helpers read what the
server stored."""

import struct
import subprocess
import urllib.error
import urllib.request

from pdesk_e2e.backend import API_KEY

# The GPS latitude's seconds (2999/100) as the EXIF block stores them: looked for in stored files.
GPS_MARKER = struct.pack(">II", 2999, 100)


def exif_segment(orientation):
    tiff = b"MM" + struct.pack(">HI", 0x2A, 8)
    tiff += struct.pack(">H", 2)
    tiff += struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0)
    tiff += struct.pack(">HHII", 0x8825, 4, 1, 38)
    tiff += struct.pack(">I", 0)
    tiff += struct.pack(">H", 2)
    tiff += struct.pack(">HHI", 0x0001, 2, 2) + b"N\0\0\0"
    tiff += struct.pack(">HHII", 0x0002, 5, 3, 68)
    tiff += struct.pack(">I", 0)
    tiff += struct.pack(">IIII", 48, 1, 51, 1) + GPS_MARKER
    payload = b"Exif\0\0" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def make_photo(path, width, height, left, right, orientation=None):
    """A JPEG, `left` colour in its left half and `right` in the other; with `orientation`, an EXIF
    block saying so and carrying a GPS position."""
    subprocess.run(["convert", "-size", "%dx%d" % (width, height), "xc:" + left, "-fill", right,
                    "-draw", "rectangle %d,0 %d,%d" % (width // 2, width - 1, height - 1),
                    "-quality", "92", "jpeg:" + path], check=True, timeout=60)
    if orientation is not None:
        with open(path, "rb") as handle:
            data = handle.read()
        with open(path, "wb") as handle:
            handle.write(data[:2] + exif_segment(orientation) + data[2:])
    return path


def fetch(stored_url):
    """The bytes of a stored picture URL (the key put back as the app does), or None for a 404."""
    url = stored_url.replace("/REST-API-KEY/", "/%s/" % API_KEY)
    try:
        with urllib.request.urlopen(url, timeout=15) as reply:
            return reply.read()
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return None
        raise


def image_facts(path):
    """(format, width, height) as ImageMagick reads the file."""
    out = subprocess.run(["identify", "-format", "%m %w %h", path], stdout=subprocess.PIPE, check=True,
                         timeout=30).stdout.decode().split()
    return out[0], int(out[1]), int(out[2])


def pixel(path, x, y):
    """(r, g, b) of one pixel, 0..255."""
    out = subprocess.run(["convert", path, "-format", "%%[fx:int(255*p{%d,%d}.r)] %%[fx:int(255*p{%d,%d}.g)] "
                          "%%[fx:int(255*p{%d,%d}.b)]" % (x, y, x, y, x, y), "info:"],
                         stdout=subprocess.PIPE, check=True, timeout=30).stdout.decode().split()
    return tuple(int(v) for v in out)
