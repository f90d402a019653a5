"""Checks the seeds' report as Chromium rendered it: the screenshot and the DOM.

Usage: check_report.py SCREENSHOT.png DOM.html quotes.expected

The PNG must not be blank: many colours, and much of the page not the background. The DOM
must hold, outside the legend, every quotation of quotes.expected as a <q class="quote">
whose data-speaker is the list item of that quotation's speaker, the seeds' numbers as
<data class="number"> elements, and the layout marks. Only the standard library is used.
"""

import re
import struct
import sys
import zlib
from html.parser import HTMLParser


def png_pixels(path):
    """Width, height and rows of (r, g, b) tuples of an 8-bit RGB or RGBA PNG."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"error: {path} is not a PNG")
    position, idat = 8, b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    if depth != 8 or colour not in (2, 6):
        sys.exit(f"error: unexpected PNG format (depth {depth}, colour type {colour})")
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            corner = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                estimate = left + up - corner
                a, b, c = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                line[x] = (line[x] + (left if a <= b and a <= c else up if b <= c else corner)) & 255
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, channels)])
        previous = line
    return width, height, rows


class Page(HTMLParser):
    """Collects quotations, speakers, numbers and layout marks outside the legend."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, attributes, collected text or None)
        self.in_legend = 0
        self.quotes, self.speakers, self.numbers, self.layout = [], {}, [], []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag == "aside" and "legend" in classes:
            self.in_legend += 1
        self.stack.append([tag, attributes, classes, ""])

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, attributes, classes, text = self.stack.pop()
            if self.stack:
                self.stack[-1][3] += text
            if not self.in_legend:
                self.record(open_tag, attributes, classes, text)
            if open_tag == "aside" and "legend" in classes:
                self.in_legend -= 1
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.stack:
            self.stack[-1][3] += data

    def record(self, tag, attributes, classes, text):
        if tag == "q" and "quote" in classes and "continued" not in classes:
            self.quotes.append((text, attributes.get("data-speaker")))
        elif tag == "span" and "name" in classes and self.stack and "speaker" in self.stack[-1][2]:
            self.speakers[self.stack[-1][1].get("id")] = text
        elif tag == "data" and "number" in classes:
            self.numbers.append((text, attributes.get("value"), attributes.get("data-info", "")))
        elif tag == "span" and "layout" in classes:
            self.layout.append((classes[-1], text))


def expected_quotes(path):
    """(speaker, quotation) pairs of quotes.expected, grouped under speaker headings."""
    pairs, speaker = [], None
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith(" "):
            speaker = re.split(r" — | \(", line.rstrip("\n"))[0]
        elif line.startswith("  “"):
            pairs.append((speaker, line.strip()))
    return pairs


def main():
    screenshot, dom, expected = sys.argv[1:4]
    problems = []

    width, height, rows = png_pixels(screenshot)
    colours, background = set(), rows[0][0]
    differing = 0
    for row in rows[::4]:
        for pixel in row[::4]:
            colours.add(pixel)
            differing += pixel != background
    sampled = len(rows[::4]) * len(rows[0][::4])
    if len(colours) < 16 or differing < sampled // 50:
        problems.append(f"the screenshot looks blank: {len(colours)} colours, {differing} of {sampled} pixels drawn")

    page = Page()
    page.feed(open(dom, encoding="utf-8").read())
    page.close()
    found = [(page.speakers.get(speaker), text) for text, speaker in page.quotes]
    for pair in expected_quotes(expected):
        if pair not in found:
            problems.append(f"no <q class=quote> of {pair[1]} linked to {pair[0]}")
    for text, value, info in [
        ("$134 Million", "134000000", "money"), ("$1.5 billion", "1500000000", "money"),
        ("tens of thousands", "20000", "range 20000–99999"), ("three-and-a-half-year-old", "3.5", "unit years"),
        ("20", "20", "unit countries"), ("K‑12", None, "identifier"),
    ]:
        if not any(t == text and v == value and info in i for t, v, i in page.numbers):
            problems.append(f"no <data class=number value={value}> of {text} ({info})")
    for role, text in [("headline", "U.S., NATO military officials discuss Ukraine security guarantees"),
                       ("heading", "Troop Deployments")]:
        if (role, text) not in page.layout:
            problems.append(f"no layout mark {role} of {text}")
    if not any(role == "boilerplate" and text.startswith("Latest News Stories") for role, text in page.layout):
        problems.append("no boilerplate mark of the Latest News Stories list")

    for problem in problems:
        print("error: " + problem, file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"screenshot {width}x{height}, {len(colours)} colours; {len(page.quotes)} quotations, "
          f"{len(page.speakers)} speakers, {len(page.numbers)} numbers", file=sys.stderr)


main()
