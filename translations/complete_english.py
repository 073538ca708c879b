#!/usr/bin/env python3
"""Fills hexastore_en.ts after `cmake --build build --target update_translations`.

English needs a translation file only for its plural forms: "%n item(s)"
becomes "1 item" and "2 items". Every other entry repeats its source text, so
that the file is complete (tst_translations checks that no entry is left
unfinished in a shipped translation).
"""
import pathlib
import re

path = pathlib.Path(__file__).with_name("hexastore_en.ts")
text = path.read_text(encoding="utf-8")


def fill(match: re.Match) -> str:
    block = match.group(0)
    if 'type="unfinished"' not in block:
        return block
    source = re.search(r"<source>(.*?)</source>", block, re.S).group(1)
    if 'numerus="yes"' in block:
        one = source.replace("(s)", "").replace("(es)", "")
        other = source.replace("(s)", "s").replace("(es)", "es")
        forms = (f"\n            <numerusform>{one}</numerusform>"
                 f"\n            <numerusform>{other}</numerusform>\n        ")
        block = re.sub(r'<translation type="unfinished">.*?</translation>',
                       f"<translation>{forms}</translation>", block, flags=re.S)
    else:
        block = re.sub(r'<translation type="unfinished">.*?</translation>',
                       f"<translation>{source}</translation>", block, flags=re.S)
    return block


text = re.sub(r"<message( numerus=\"yes\")?>.*?</message>", fill, text, flags=re.S)
path.write_text(text, encoding="utf-8")
