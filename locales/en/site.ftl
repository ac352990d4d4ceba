# Rendering the site: themes, templates, UI strings, the site-wide files.

base-url-missing = `base_url` is not set: no sitemap.xml was written, and the links of 404.html work only for missing addresses in the site's top folder
base-url-missing-hint = add base_url = "https://…/" (where the site will be published): sitemaps need full addresses, and so does the 404 page, which web servers show at any depth (for /pl/old/page/, say)
strings-more =  and { $count } more
strings-missing = the theme's UI strings for `{ $lang }` lack { $keys }{ $more }
strings-missing-hint = add them to i18n/{ $lang }/<part>.toml in the theme or the site; until then they show as [key]
template-macros-hint = Tera 2 has no macros and no `import`: the theme's pieces are components, used without an import as `{"{"}{"{"} <value cell={"{"}row.cell{"}"} /> {"}"}{"}"}`
template-hint = fix the template; the theme's templates and their variables are described in docs/theming.md
template-missing = the theme has no template `{ $name }`
template-missing-hint = restore it in the theme folder, or add your own under the site's templates/ folder
template-render-failed = a page could not be rendered
template-read-failed = a template could not be read
template-called-from = called from { $places }; { $hint }
template-called-from-more = , called from
template-no-parent = it extends `{ $parent }`, which does not exist
template-no-parent-hint = name a template of the theme (base.html, say) in {"{"}% extends %{"}"}, or add that template
theme-not-found = the theme `{ $theme }` was not found
theme-not-found-hint = create the folder themes/{ $theme }/ or remove `theme = …` to use the default theme
theme-link = this is a link, which jawnik does not follow: it is left out
theme-link-hint = put a copy of the file itself here
windows-name = the name `{ $name }` cannot be used on Windows: it { $why }
windows-name-hint = rename it (and the links to it in the templates)
strings-not-toml = this UI strings file is not valid TOML: { $error }
strings-not-toml-hint = each line is `key = "text"`; quote the text and escape " inside it as \"

# The report's attachments: its PDF and single HTML file (render::attachments).
report-pdf-failed = could not make the PDF of this report ({ $lang }): { $error }
report-pdf-failed-hint = this is a fault in jawnik, not in the report: please report it with this message
report-pdf-disabled = this jawnik was built without the `pdf` feature: the reports have no PDF
report-pdf-disabled-hint = build jawnik with its default features (cargo build --release) to make the PDFs
