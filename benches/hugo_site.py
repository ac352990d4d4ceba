#!/usr/bin/env python3
"""Turn a jawnik site (as written by `jawnik synth`) into an equivalent Hugo site.

Usage: benches/hugo_site.py JAWNIK_SITE HUGO_SITE

Same content, same page count per language, same URL layout:
  {lang}/                                   home: every programme
  {lang}/{programme}/                       programme: its years and indicators
  {lang}/{programme}/{year}/                year report: narrative + table of all values
  {lang}/{programme}/indicators/{id}/       indicator: table of every year + inline SVG chart
  {lang}/data/, {lang}/accessibility/, {lang}/search/   three fixed pages
i.e. 1 + P + P*Y + P*I + 3 HTML pages per language, in pl (default) and en.

Every indicator page with numbers carries a pre-rendered inline SVG line chart
(with gaps where a value is missing), so Hugo does no charting work of its own:
the comparison favours Hugo. Hugo gets no CSV files to write either.
Numbers are formatted per locale here ("2 506" / "2,506"), not by Hugo.
"""
import os
import shutil
import sys
import tomllib

LANGS = ("pl", "en")
UI = {
    "pl": dict(year="Rok", value="Wartość", note="Uwagi", indicator="Wskaźnik", unit="Jednostka",
               years="Sprawozdania roczne", indicators="Wskaźniki", not_reported="brak danych",
               not_applicable="nie dotyczy", chart="Wykres: {name}, lata {a}–{b}",
               data="Dane do pobrania", accessibility="Deklaracja dostępności", search="Szukaj",
               fixed_body="Strona stała serwisu."),
    "en": dict(year="Year", value="Value", note="Notes", indicator="Indicator", unit="Unit",
               years="Annual reports", indicators="Indicators", not_reported="not reported",
               not_applicable="not applicable", chart="Chart: {name}, {a}–{b}",
               data="Data downloads", accessibility="Accessibility statement", search="Search",
               fixed_body="A fixed page of the site."),
}


def tr(text, lang):
    """A jawnik translatable text: a plain string or {lang: text}."""
    if isinstance(text, dict):
        return text.get(lang) or text.get("pl") or next(iter(text.values()), "")
    return text or ""


def fmt_number(n, lang):
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    s = f"{n:,}" if isinstance(n, int) else f"{n:,.2f}".rstrip("0").rstrip(".")
    if lang == "pl":
        s = s.replace(",", "\u00a0").replace(".", ",")
    return s


def cell(value, lang):
    """(shown text, number or None, note) for one [values.x] table."""
    note = tr(value.get("note"), lang)
    if "value" in value:
        shown = fmt_number(value["value"], lang)
        if "parts" in value:
            parts = ", ".join(f"{tr(p['name'], lang)}: {fmt_number(p['value'], lang)}" for p in value["parts"])
            shown = f"{shown} ({parts})"
        return shown, float(value["value"]), note
    if "missing" in value:
        key = "not_reported" if value["missing"] == "not-reported" else "not_applicable"
        return f"*{UI[lang][key]}*", None, note
    return tr(value.get("text"), lang), None, note


def md_escape(s):
    return s.replace("|", "\\|").replace("\n", " ")


def svg_chart(years, values, label):
    """Inline SVG line chart, one HTML block (no blank lines); None values are gaps."""
    W, H, L, R, T, B = 640, 260, 70, 20, 30, 40
    nums = [v for v in values if v is not None]
    if not nums:
        return ""
    lo, hi = min(nums), max(nums)
    if hi == lo:
        hi = lo + 1
    n = len(years)
    xs = [L + (W - L - R) * k / max(1, n - 1) for k in range(n)]
    ys = [None if v is None else T + (H - T - B) * (1 - (v - lo) / (hi - lo)) for v in values]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {W} {H}" role="img" '
           f'aria-labelledby="t">', f'<title id="t">{label}</title>',
           f'<rect x="0" y="0" width="{W}" height="{H}" fill="#fff"/>']
    for g in range(5):
        gy = T + (H - T - B) * g / 4
        gv = hi - (hi - lo) * g / 4
        out.append(f'<line x1="{L}" y1="{gy:.1f}" x2="{W - R}" y2="{gy:.1f}" stroke="#ddd"/>'
                   f'<text x="{L - 6}" y="{gy + 4:.1f}" font-size="11" text-anchor="end" fill="#555">{gv:.0f}</text>')
    for k, x in enumerate(xs):
        out.append(f'<text x="{x:.1f}" y="{H - B + 16}" font-size="11" text-anchor="middle" fill="#555">{years[k]}</text>')
    run = []
    for x, y in list(zip(xs, ys)) + [(None, None)]:
        if y is None:
            if run:
                pts = " ".join(f"{a:.1f},{b:.1f}" for a, b in run)
                out.append(f'<polyline fill="none" stroke="#1f5fa8" stroke-width="2" points="{pts}"/>')
            run = []
        else:
            run.append((x, y))
    for k, (x, y) in enumerate(zip(xs, ys)):
        if y is not None:
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="#1f5fa8"><title>{years[k]}: {values[k]}</title></circle>')
    out.append("</svg>")
    return "\n".join(out)


def front(title, weight):
    title = title.replace("\\", "\\\\").replace('"', '\\"')
    return f'+++\ntitle = "{title}"\nweight = {weight}\n+++\n'


CONFIG = """baseURL = "https://example.org/sprawozdania/"
title = "Programy społeczne"
defaultContentLanguage = "pl"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term", "RSS"]
enableRobotsTXT = true
[markup.goldmark.renderer]
unsafe = true
[languages.pl]
languageName = "Polski"
weight = 1
[languages.en]
languageName = "English"
weight = 2
"""

BASEOF = """<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title>
{{ range .Translations }}<link rel="alternate" hreflang="{{ .Lang }}" href="{{ .RelPermalink }}">
{{ end }}<style>body{font-family:sans-serif;max-width:60rem;margin:auto}nav{float:left;width:14rem}main{margin-left:15rem}td,th{padding:.2em .5em}</style>
</head>
<body>
<header><a href="{{ "/" | relLangURL }}">{{ .Site.Title }}</a>
{{ range .Translations }} <a href="{{ .RelPermalink }}" hreflang="{{ .Lang }}" lang="{{ .Lang }}">{{ .Language.LanguageName }}</a>{{ end }}</header>
<nav>{{ block "nav" . }}{{ end }}</nav>
<main id="main">{{ block "main" . }}{{ end }}</main>
<footer><a href="{{ "/accessibility/" | relLangURL }}">a11y</a></footer>
</body>
</html>
"""

SINGLE = """{{ define "nav" }}<ul>
{{ range .CurrentSection.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>{{ end }}
{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}{{ end }}
"""

LIST = """{{ define "nav" }}<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>{{ end }}
{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
"""

HOME = """{{ define "nav" }}<ul>
{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>{{ end }}
{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}{{ end }}
"""

NOT_FOUND = """{{ define "main" }}<h1>404</h1><p><a href="{{ "/" | relLangURL }}">{{ .Site.Title }}</a></p>{{ end }}
"""


def w(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def load(path):
    with open(path, "rb") as f:
        return tomllib.load(f)


def convert_programme(src_dir, slug, out_content, weight):
    prog = load(os.path.join(src_dir, "programme.toml"))
    years = sorted(int(n[:4]) for n in os.listdir(src_dir) if len(n) == 9 and n[:4].isdigit() and n.endswith(".toml"))
    reports = {y: load(os.path.join(src_dir, f"{y}.toml")) for y in years}
    indicators = prog.get("indicators", [])
    base = os.path.join(out_content, slug)
    for lang in LANGS:
        ui = UI[lang]
        desc = ""
        md = os.path.join(src_dir, f"programme.{lang}.md")
        if os.path.exists(md):
            desc = open(md, encoding="utf-8").read().split("+++", 2)[-1]
        w(os.path.join(base, f"_index.{lang}.md"), front(tr(prog["name"], lang), weight) + desc)

        for k, y in enumerate(years):
            rep = reports[y]
            rows = [f"| {ui['indicator']} | {ui['value']} | {ui['unit']} | {ui['note']} |", "|---|---:|---|---|"]
            for ind in indicators:
                v = rep.get("values", {}).get(ind["id"])
                shown, _, note = cell(v, lang) if v else (f"*{ui['not_reported']}*", None, "")
                rows.append(f"| [{md_escape(tr(ind['name'], lang))}](../indicators/{ind['id']}/) | {md_escape(shown)} "
                            f"| {md_escape(tr(ind.get('unit'), lang))} | {md_escape(note)} |")
            narrative = ""
            md = os.path.join(src_dir, f"{y}.{lang}.md")
            if os.path.exists(md):
                narrative = open(md, encoding="utf-8").read()
            conclusions = ""
            md = os.path.join(src_dir, f"{y}.conclusions.{lang}.md")
            if os.path.exists(md):
                conclusions = open(md, encoding="utf-8").read()
            body = f"{narrative}\n## {ui['indicators']}\n\n" + "\n".join(rows) + "\n\n" + conclusions
            w(os.path.join(base, str(y), f"index.{lang}.md"), front(tr(rep["title"], lang), 100 + k) + body)

        for k, ind in enumerate(indicators):
            name = tr(ind["name"], lang)
            rows = [f"| {ui['year']} | {ui['value']} | {ui['note']} |", "|---:|---:|---|"]
            nums = []
            for y in years:
                v = reports[y].get("values", {}).get(ind["id"])
                shown, num, note = cell(v, lang) if v else (f"*{ui['not_reported']}*", None, "")
                rows.append(f"| {y} | {md_escape(shown)} | {md_escape(note)} |")
                nums.append(num)
            desc = tr(ind.get("description"), lang)
            body = (f"{desc}\n\n" if desc else "") + "\n".join(rows) + "\n"
            chart = svg_chart(years, nums, UI[lang]["chart"].format(name=name, a=years[0], b=years[-1]))
            if chart:
                body += f'\n<figure class="chart-wrap">\n{chart}\n</figure>\n'
            w(os.path.join(base, "indicators", ind["id"], f"index.{lang}.md"), front(name, 1000 + k) + body)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, out = sys.argv[1], sys.argv[2]
    if os.path.exists(out):
        shutil.rmtree(out)
    w(os.path.join(out, "config.toml"), CONFIG)
    layouts = os.path.join(out, "layouts")
    w(os.path.join(layouts, "_default", "baseof.html"), BASEOF)
    w(os.path.join(layouts, "_default", "single.html"), SINGLE)
    w(os.path.join(layouts, "_default", "list.html"), LIST)
    w(os.path.join(layouts, "index.html"), HOME)
    w(os.path.join(layouts, "404.html"), NOT_FOUND)
    site = load(os.path.join(src, "jawnik.toml"))
    content = os.path.join(out, "content")
    for lang in LANGS:
        w(os.path.join(content, f"_index.{lang}.md"), front(tr(site["title"], lang), 0) + tr(site.get("description"), lang) + "\n")
        for k, page in enumerate(("data", "accessibility", "search")):
            w(os.path.join(content, page, f"index.{lang}.md"), front(UI[lang][page], 1 + k) + UI[lang]["fixed_body"] + "\n")
    slugs = sorted(d for d in os.listdir(os.path.join(src, "content"))
                   if os.path.isdir(os.path.join(src, "content", d)))
    for k, slug in enumerate(slugs):
        convert_programme(os.path.join(src, "content", slug), slug, content, 10 + k)
    print(f"hugo site: {len(slugs)} programmes -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
