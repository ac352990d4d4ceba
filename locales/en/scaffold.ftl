# The comments in the files `jawnik new` writes, and its messages. A comment
# is written as lines; the code puts "# " before each.

slug-taken = `{ $slug }` cannot be used as a programme folder name: it { $reason }
slug-taken-fix = choose another name
slug-bad-hint = use lowercase letters, digits and hyphens, e.g. `wspieranie-rodziny`
slug-suggest-hint = use `{ $suggestion }` (lowercase letters, digits and hyphens)
slug-bad = `{ $slug }` cannot be used as a programme folder name
scaffold-site-intro =
    The site's settings. Everything below is an EXAMPLE: replace it with your
    organisation's details. Every key is described in docs/content-format.md.
    `jawnik check` lists what is still missing.
scaffold-site-languages = The first language is the default one and is served at the site root.
scaffold-site-base-url = The published site's address, for the feed and the sitemap (optional):
scaffold-site-accessibility =
    The accessibility statement required by the act of 4 April 2019 (every key:
    docs/content-format.md, "The accessibility statement"). Fill in these keys;
    until then `jawnik check` warns and the statement page says they were not
    provided. Dates are whole days; review the statement by 31 March every year.
scaffold-programme-intro =
    The programme `{ $slug }`. Everything below is an EXAMPLE: replace the names
    with the programme's own and define its indicators. An indicator's `id` is
    used in web addresses and in every year's file: choose it once and keep it.
    See docs/content-format.md.
scaffold-headline = Indicators shown on the home page.
scaffold-edition-intro =
    The edition { $start }–{ $end } of the programme, as adopted by the council: its
    goals, the tasks under them and the indicators measuring each task. EXAMPLE
    names: replace them with those of the programme's resolution.
scaffold-resolution = The council resolution adopting this edition:
no-edition-add-hint = add an edition file such as edition-{ $year }-{ $end }.toml to the programme folder
no-edition-list-hint = the programme's editions are { $editions }; check the year, or add an edition file (edition-START-END.toml) covering { $year }
no-edition = no edition of `{ $slug }` covers the year { $year }
scaffold-report-intro =
    Made by `jawnik new report`. Every indicator of the edition is listed below
    and marked missing = "not-reported" until you fill it in: replace that line
    with `value = 123` (digits only: no spaces, no quotes, a dot for decimals).
    Keep `missing` only for a value the report really does not give, and add
    `note.pl = "…"` saying why. Then run `jawnik check`.
scaffold-report-previous = Beside each indicator: its value in the { $year } report.
scaffold-report-title = The title as printed on the report: check it against the document.
scaffold-report-document =
    Where the report was published, and its BIP record (metryczka). The feed
    dates the report by `published_on`. Uncomment and fill in:
scaffold-in-words = in words: text.pl = "…"
scaffold-no-value = no value
scaffold-total-of-parts = { $total } (total of { $parts } parts)
scaffold-file-exists = the file already exists, so nothing was written
scaffold-file-exists-hint = jawnik never overwrites your files: rename or move the existing file first if you want a fresh one
scaffold-breakdown =
    The { $year } report gave { $what ->
            [total] a total and parts
           *[parts] parts without a total
        }; if this one does too:
scaffold-period = The { $year } report said what time the value is for; check and uncomment:
scaffold-task-note = The { $year } report said in this task's row: "{ $note }". For this year, uncomment and write:
scaffold-parts-no-total = { $parts } parts, no total
