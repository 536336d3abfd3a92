#!/usr/bin/env python3
"""Makes the hall's CJK TrueType font for PDF documents from Noto Sans CJK SC (SIL Open Font License 1.1).

PDFBox, under openhtmltopdf, embeds TrueType (glyf) outlines only; the Noto CJK fonts ship with CFF outlines. This
script takes the Simplified Chinese face of the Regular collection, keeps the characters the hall prints (ASCII,
Latin-1, punctuation, GB 2312 and every character of the hall's own resources and sources), turns the cubic CFF outlines into
quadratic TrueType ones and names the result "GovHall Sans SC". Run it again when a document needs a character that
is missing:

    pip install fonttools   # 4.x
    python3 tools/fonts/make-cjk-font.py /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc \
        src/main/resources/fonts/GovHallSansSC-Regular.ttf
"""
import pathlib
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

FAMILY = "GovHall Sans SC"


def simplified_chinese_face(collection_path):
    for face in TTCollection(collection_path).fonts:
        if face["name"].getDebugName(1) == "Noto Sans CJK SC":
            return face
    raise SystemExit("no Noto Sans CJK SC face in " + collection_path)


def characters(project):
    wanted = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    wanted |= set(range(0x2000, 0x2070)) | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))
    wanted |= {0x2116, 0x2160, 0x2161, 0x2162, 0x2163, 0x2164, 0x25A1, 0x25CB, 0x25CF, 0x2605, 0x2714}
    for row in range(0xB0, 0xF8):  # GB 2312 hanzi
        for cell in range(0xA1, 0xFF):
            try:
                wanted.add(ord(bytes([row, cell]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    for row in range(0xA1, 0xAA):  # GB 2312 symbols
        for cell in range(0xA1, 0xFF):
            try:
                wanted.add(ord(bytes([row, cell]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    for path in [*(project / "src/main/resources").rglob("*"), *(project / "src/main/java").rglob("*.java")]:
        if path.is_file() and path.suffix in {".json", ".properties", ".html", ".csv", ".txt", ".sql", ".java"}:
            wanted |= {ord(c) for c in path.read_text(encoding="utf-8", errors="ignore") if ord(c) >= 0x2E80}
    return wanted


def to_truetype(font):
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].indexToLocFormat = 1
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font):
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 21, 22):
            names.removeNames(nameID=record.nameID)
    names.setName(FAMILY, 1, 3, 1, 0x409)
    names.setName("Regular", 2, 3, 1, 0x409)
    names.setName(FAMILY + " Regular; made from Noto Sans CJK SC", 3, 3, 1, 0x409)
    names.setName(FAMILY, 4, 3, 1, 0x409)
    names.setName("GovHallSansSC-Regular", 6, 3, 1, 0x409)


def main(source, target):
    project = pathlib.Path(__file__).resolve().parents[2]
    font = simplified_chinese_face(source)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=characters(project))
    subsetter.subset(font)
    to_truetype(font)
    rename(font)
    font.save(target)
    print(target, len(font.getGlyphOrder()), "glyphs")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
