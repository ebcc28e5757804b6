#!/usr/bin/env bash
# Regenerate the self-hosted web-font subsets in public/fonts/ (used by style/main.css).
#
# Sources: Debian's fonts-noto-core package (SIL OFL 1.1), installed in Debian's
# standard font folder. Needs fonttools + brotli (WOFF2) from PyPI:
#   apt-get install -y fonts-noto-core
#   pip install fonttools brotli
# Run from anywhere: scripts/subset-fonts.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

SRC=/usr/share/fonts/truetype/noto
LICENSE_SRC=/usr/share/doc/fonts-noto-core/copyright
OUT=public/fonts

# What each subset keeps (glyph coverage). GSUB/GPOS closure adds every glyph that
# shaping can reach from these characters, so no presentation forms are needed.
#  - Nastaliq (Urdu, Kashmiri body text): the letters, marks, digits and punctuation of Urdu and
#    Kashmiri only (Kashmiri U+0620, U+0654-065F, U+0672-0673, U+06C4, U+06C6, U+06CD, U+06D0),
#    ZWNJ/ZWJ/LRM/RLM, bidi isolates, ASCII space/punctuation/digits, dotted circle: 98 KB instead
#    of 122 KB for the whole Arabic block. Anything else in the Arabic block falls back to Naskh.
#  - Naskh (fallback): the whole Arabic block U+0600-06FF and Arabic Supplement U+0750-077F.
#  - Devanagari (Hindi, Dogri): the Devanagari block without the rare Vedic signs and extensions,
#    regular weight only (bold is synthesised: a second 38 KB font is too much for a first visit).
# Keep the unicode-range lines in style/main.css in step with these.
NASTALIQ_UNICODES='U+0020-0040,U+060C-061F,U+0620-063A,U+0640-065F,U+0660-066D,U+0670-0673,U+0679-067E,U+0686,U+0688,U+0691,U+0698,U+06A9,U+06AF,U+06BA-06BE,U+06C0-06C4,U+06C6,U+06CC-06CD,U+06D0,U+06D2-06D5,U+06F0-06F9,U+200C-200F,U+2066-2069,U+25CC'
ARABIC_UNICODES='U+0020-0040,U+0600-06FF,U+0750-077F,U+200C-200F,U+2066-2069,U+FD3E-FD3F,U+25CC'
DEVANAGARI_UNICODES='U+0020-0040,U+0900-0970,U+200C-200D,U+25CC'

# All OpenType layout features (Nastaliq needs many contextual ones), no TrueType
# hinting (~20-30% smaller; browsers barely use it), keep the licence name records.
# --desubroutinize only matters for CFF fonts; these are TrueType, so it is a no-op.
COMMON=(--layout-features='*' --no-hinting --desubroutinize --name-IDs+=13,14 --flavor=woff2)

for f in NotoNastaliqUrdu-Regular NotoNaskhArabic-Regular NotoSansDevanagari-Regular NotoSans-Regular; do
  if [[ ! -r "$SRC/$f.ttf" ]]; then
    echo "missing $SRC/$f.ttf: apt-get install -y fonts-noto-core" >&2
    exit 1
  fi
done

mkdir -p "$OUT"

pyftsubset "$SRC/NotoNastaliqUrdu-Regular.ttf"   --unicodes="$NASTALIQ_UNICODES"     "${COMMON[@]}" --output-file="$OUT/noto-nastaliq-urdu-400.woff2"
pyftsubset "$SRC/NotoNaskhArabic-Regular.ttf"    --unicodes="$ARABIC_UNICODES"     "${COMMON[@]}" --output-file="$OUT/noto-naskh-arabic-400.woff2"
pyftsubset "$SRC/NotoSansDevanagari-Regular.ttf" --unicodes="$DEVANAGARI_UNICODES" "${COMMON[@]}" --output-file="$OUT/noto-sans-devanagari-400.woff2"

# TrueType subsets embedded in certificate PDFs (app/src/certificates/fonts/): krilla reads
# TrueType, not WOFF2, and embeds only the glyphs a certificate uses.
PDF_OUT=app/src/certificates/fonts
PDF=(--layout-features='*' --no-hinting --name-IDs+=13,14)
pyftsubset "$SRC/NotoSans-Regular.ttf"           --unicodes='U+0020-007E,U+00A0-00FF,U+2010-2027,U+20B9' "${PDF[@]}" --output-file="$PDF_OUT/noto-sans.ttf"
pyftsubset "$SRC/NotoSansDevanagari-Regular.ttf" --unicodes="$DEVANAGARI_UNICODES" "${PDF[@]}" --output-file="$PDF_OUT/noto-sans-devanagari.ttf"
pyftsubset "$SRC/NotoNastaliqUrdu-Regular.ttf"   --unicodes="$NASTALIQ_UNICODES"   "${PDF[@]}" --output-file="$PDF_OUT/noto-nastaliq-urdu.ttf"
pyftsubset "$SRC/NotoNaskhArabic-Regular.ttf"    --unicodes="$ARABIC_UNICODES"     "${PDF[@]}" --output-file="$PDF_OUT/noto-naskh-arabic.ttf"

# Licence file: each font's own copyright/trademark lines, then the OFL text as
# Debian ships it (DEP-5 layout: one leading space per line, " ." for blank lines).
{
  echo "The .woff2 files in this folder are subsets of fonts from the Noto project"
  echo "(Debian package fonts-noto-core), converted to WOFF2 by scripts/subset-fonts.sh."
  echo
  python3 - "$SRC" <<'EOF'
import sys
from fontTools.ttLib import TTFont
src = sys.argv[1]
for out, name in [
    ("noto-nastaliq-urdu-400.woff2", "NotoNastaliqUrdu-Regular"),
    ("noto-naskh-arabic-400.woff2", "NotoNaskhArabic-Regular"),
    ("noto-sans-devanagari-400.woff2", "NotoSansDevanagari-Regular"),
]:
    names = TTFont(f"{src}/{name}.ttf", lazy=True)["name"]
    get = lambda i: str(names.getDebugName(i) or "").split(";")[0]
    print(f"{out}: {get(4)}, {get(5)}")
    print(f"  {get(0)}")
    if get(7):
        print(f"  {get(7)}")
EOF
  echo
  echo "This Font Software is licensed under the SIL Open Font License, Version 1.1."
  echo "No Reserved Font Name is declared for these fonts."
  echo
  echo "-----------------------------------------------------------"
  echo "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007"
  echo "-----------------------------------------------------------"
  echo
  # The full text is the stand-alone "License: OFL-1.1" stanza (preceded by a blank line).
  awk '
    on && !/^ /                                { exit }
    on                                         { sub(/^ /, ""); if ($0 == ".") $0 = ""; print; next }
    prev == "" && $0 == "License: OFL-1.1"     { on = 1 }
                                               { prev = $0 }
  ' "$LICENSE_SRC"
} > "$OUT/OFL.txt"
grep -q '^PREAMBLE$' "$OUT/OFL.txt" || { echo "OFL text not found in $LICENSE_SRC" >&2; exit 1; }

# Check: every woff2 loads and maps every character of the sample texts.
python3 - "$OUT" <<'EOF'
import sys
from fontTools.ttLib import TTFont
out = sys.argv[1]
urdu = "سبق: ڈیجیٹل خواندگی، موبائل فون"
kashmiri = "کٲشُر سِریٖنَگَر ۆ"
hindi = "सबक: डिजिटल साक्षरता, मोबाइल फ़ोन, किश्तवाड़"
ok = True
for name, text in [
    ("noto-nastaliq-urdu-400", urdu + kashmiri),
    ("noto-naskh-arabic-400", urdu + kashmiri),
    ("noto-sans-devanagari-400", hindi),
]:
    font = TTFont(f"{out}/{name}.woff2")
    cmap = font.getBestCmap()
    missing = sorted({f"U+{ord(c):04X}" for c in text if ord(c) not in cmap})
    ok &= not missing
    print(f"{name}.woff2: {len(font.getGlyphOrder())} glyphs, missing: {missing or 'none'}")
sys.exit(0 if ok else 1)
EOF
