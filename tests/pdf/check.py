#!/usr/bin/env python3
"""Checks a report PDF's accessibility structure with pikepdf (PyPI), an
independent reader of the file jawnik wrote.

    tests/pdf/check.py FILE.pdf --lang pl --title "..." [--figures N] [--min-tables N]

Checks: tagged (StructTreeRoot, MarkInfo/Marked), document language (/Lang),
title in the document info and the XMP metadata, shown as the window title
(DisplayDocTitle), the PDF/UA-1 identification (pdfuaid:part = 1), one H1,
tables tagged as Table/TR/TH/TD with a Scope on every header cell (column
headers, and rows headed by the indicator's name), figures with alternative
text, every font embedded with a ToUnicode map (text extractable).

Prints the structure counts as JSON on success; prints every problem and exits
1 otherwise. Used by tests/e2e/pdf.rs.
"""

import argparse
import collections
import json
import sys

import pikepdf
from pikepdf import Name

STANDARD = {
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index",
    "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl",
    "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note",
    "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu",
    "WT", "WP", "Figure", "Formula", "Form", "Title", "FENote", "Sub", "Em", "Strong",
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--lang", required=True)
    ap.add_argument("--title", required=True)
    ap.add_argument("--figures", type=int, default=None, help="exact number of figures expected")
    ap.add_argument("--min-tables", type=int, default=1)
    args = ap.parse_args()

    problems = []
    pdf = pikepdf.open(args.pdf)
    root = pdf.Root

    # Tagged PDF and language.
    if Name.StructTreeRoot not in root:
        problems.append("no /StructTreeRoot: the PDF is not tagged")
    mark = root.get(Name.MarkInfo)
    if mark is None or not bool(mark.get(Name.Marked, False)):
        problems.append("/MarkInfo /Marked is not true")
    lang = str(root.get(Name.Lang, ""))
    if lang.split("-")[0] != args.lang:
        problems.append(f"/Lang is {lang!r}, expected {args.lang!r}")
    prefs = root.get(Name.ViewerPreferences)
    if prefs is None or not bool(prefs.get(Name.DisplayDocTitle, False)):
        problems.append("/ViewerPreferences /DisplayDocTitle is not true")

    # Title and PDF/UA identification.
    info_title = str(pdf.docinfo.get(Name.Title, ""))
    if info_title != args.title:
        problems.append(f"document info /Title is {info_title!r}, expected {args.title!r}")
    with pdf.open_metadata() as meta:
        xmp_title = meta.get("dc:title")
        ua_part = meta.get("pdfuaid:part")
    if xmp_title != args.title:
        problems.append(f"XMP dc:title is {xmp_title!r}, expected {args.title!r}")
    if str(ua_part) != "1":
        problems.append(f"XMP pdfuaid:part is {ua_part!r}, expected '1' (PDF/UA-1)")

    # The structure tree.
    role_map = {}
    tree = root.get(Name.StructTreeRoot)
    if tree is not None and Name.RoleMap in tree:
        role_map = {str(k)[1:]: str(v)[1:] for k, v in tree.RoleMap.items()}

    def kind(elem):
        s = str(elem.get(Name.S, "/?"))[1:]
        seen = set()
        while s not in STANDARD and s in role_map and s not in seen:
            seen.add(s)
            s = role_map[s]
        return s

    counts = collections.Counter()
    scopes = collections.Counter()
    tables = []
    figures = []

    def attrs(elem):
        a = elem.get(Name.A)
        if a is None:
            return []
        return list(a) if isinstance(a, pikepdf.Array) else [a]

    def walk(elem, table=None):
        if not isinstance(elem, pikepdf.Dictionary) or Name.S not in elem:
            return
        k = kind(elem)
        counts[k] += 1
        if k == "Table":
            table = collections.Counter()
            tables.append(table)
        if table is not None and k in ("TR", "TH", "TD"):
            table[k] += 1
        if k == "TH":
            scope = next((str(a.get(Name.Scope))[1:] for a in attrs(elem) if Name.Scope in a), None)
            scopes[scope] += 1
        if k == "Figure":
            figures.append(str(elem.get(Name.Alt, "")))
        kids = elem.get(Name.K)
        if kids is None:
            return
        for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
            walk(kid, table)

    if tree is not None:
        kids = tree.get(Name.K)
        for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]) if kids is not None else []:
            walk(kid)

    if counts["H1"] != 1:
        problems.append(f"{counts['H1']} H1 headings, expected exactly one")
    if counts["H2"] < 1:
        problems.append("no H2 headings")
    if len(tables) < args.min_tables:
        problems.append(f"{len(tables)} tables tagged as Table, expected at least {args.min_tables}")
    for i, t in enumerate(tables, 1):
        if t["TR"] == 0 or t["TH"] == 0 or t["TD"] == 0:
            problems.append(f"table {i} is not a real table: {dict(t)}")
    if scopes[None]:
        problems.append(f"{scopes[None]} header cells (TH) without a Scope")
    if args.figures is not None and len(figures) != args.figures:
        problems.append(f"{len(figures)} figures, expected {args.figures}")
    empty_alt = sum(1 for a in figures if not a.strip())
    if empty_alt:
        problems.append(f"{empty_alt} figures without alternative text")

    # Fonts: embedded, with a ToUnicode map so text can be extracted.
    fonts = {}
    for page in pdf.pages:
        res = page.obj.get(Name.Resources)
        for name, font in (res.get(Name.Font, {}) if res is not None else {}).items():
            fonts[font.objgen] = font
    for font in fonts.values():
        base = str(font.get(Name.BaseFont, "?"))
        if Name.ToUnicode not in font:
            problems.append(f"font {base} has no /ToUnicode: its text cannot be extracted")
        descs = [font] + list(font.get(Name.DescendantFonts, []))
        embedded = any(
            Name.FontDescriptor in d
            and any(k in d.FontDescriptor for k in (Name.FontFile, Name.FontFile2, Name.FontFile3))
            for d in descs
        )
        if not embedded:
            problems.append(f"font {base} is not embedded")

    if problems:
        for p in problems:
            print(f"{args.pdf}: {p}", file=sys.stderr)
        sys.exit(1)
    print(json.dumps({
        "pages": len(pdf.pages),
        "tables": len(tables),
        "th_scopes": dict(scopes),
        "figures": len(figures),
        "headings": {h: counts[h] for h in ("H1", "H2", "H3", "H4", "H5", "H6") if counts[h]},
        "fonts": len(fonts),
        "version": pdf.pdf_version,
    }, sort_keys=True))


if __name__ == "__main__":
    main()
