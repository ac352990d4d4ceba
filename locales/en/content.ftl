# Problems in the content files, found by `jawnik check` and `jawnik build`.

content-is-file = `content` is a file, not a folder
content-missing = there is no `content` folder
content-missing-hint = create `content/<programme>/programme.toml`; see docs/content-format.md
content-unreadable = cannot read the content folder: { $error }
content-broken-link = this is a link to something that does not exist
content-broken-link-hint = make it point to the programme's folder, or remove it
content-loose-file = this file is ignored: each programme needs its own folder in `content/`
content-loose-file-hint = move it into `content/<programme>/`
programme-folder-bad-name = the programme folder name `{ $slug }` cannot be used in web addresses
programme-folder-bad-name-hint = rename the folder to `{ $usable }` (lowercase letters, digits and hyphens)
programme-folder-taken = the programme folder name `{ $slug }` { $reason }
programme-folder-taken-fix = give the folder another name
file-is-folder = `{ $name }` is a folder, so jawnik cannot read it as a file
file-is-folder-hint = replace the folder with the file { $name } itself
programme-subfolder = folders inside a programme folder are ignored
programme-subfolder-hint = keep programme.toml, edition-*.toml, YEAR.toml and YEAR.<lang>.md directly in the programme folder
programme-unknown-file = this file is ignored: its name is not one jawnik reads
programme-unknown-file-hint = expected programme.toml, programme.<lang>.md, edition-START-END.toml, YEAR.toml or YEAR.<lang>.md
programme-no-file = this programme folder has no programme.toml
programme-no-file-hint = add programme.toml with the programme's name, operator and indicators; see docs/content-format.md
text-without-year = there is no { $year }.toml for this text
text-without-year-hint = add { $year }.toml with the year's values, or rename this file
indicator-id-collides = `{ $usable }` is another indicator's id (on Windows the two would be one folder); choose a different id
use-this = use `{ $usable }`
indicator-id-bad = indicator id `{ $id }` may use only lowercase letters, digits and hyphens
indicator-id-taken = indicator id `{ $id }` { $reason }
indicator-id-taken-fix = use another id
indicator-id-twice = indicator id `{ $id }` is defined twice
indicator-id-twice-hint = it is first defined on line { $line }; give each indicator its own id
indicator-kind-did-you-mean = did you mean `{ $best }`? The kinds are count, number, percent and text
indicator-kinds = the kinds are count (whole numbers, the default), number, percent and text
indicator-kind-unknown = unknown indicator kind `{ $kind }`
indicator-ref-unknown-hint = indicators are defined under [[indicators]] in programme.toml
indicator-ref-unknown = unknown indicator id `{ $id }` in `{ $key }`
edition-name-mismatch = the file is named { $file } but says start = { $start }, end = { $end }
edition-name-mismatch-hint = rename the file or correct `start` and `end` so they agree
edition-reversed = the edition starts ({ $start }) after it ends ({ $end })
edition-reversed-hint = swap the years
taken-device = is a device name on Windows, where no file or folder can be called that
taken-page-folder = is taken by the site's own pages (`{ $slug }/` in each language)
taken-device-hint = { $fix }, e.g. `{ $slug }-1` (Windows reserves { $names })
taken-page-folder-hint = { $fix }, e.g. `{ $slug }-1`
windows-name-device = is the name of a device (`{ $stem }`)
windows-name-device-ext = is the name of a device (`{ $stem }`), even with an extension
windows-name-char = contains `{ $char }`, which file names there cannot
windows-name-control = contains a control character, which file names there cannot
windows-name-dot = ends with a dot or a space, which would be dropped there
config-is-folder = { $file } is a folder, so jawnik cannot read it as a file
config-is-folder-hint = replace the folder with the site's { $file } file
config-missing = no { $file } in { $root }
config-missing-hint = run jawnik in the site's folder or pass --root DIR; `jawnik new site DIR` creates a new site
language-bad-code = `{ $code }` is not a language code
language-code-hint = use two-letter codes such as "pl" and "en"
language-device-code = `{ $code }` cannot be a language code: it is a device name on Windows, so its folder could not be written there
language-twice = the language `{ $code }` is listed twice
languages-empty = `languages` is empty
languages-empty-hint = list at least one language; the first is the default: languages = ["pl", "en"]
accessibility-missing = there is no [accessibility] table for the accessibility statement
accessibility-missing-hint = public bodies must publish one: add [accessibility] with status, the dates, the contact and the building's accessibility; docs/content-format.md, "The accessibility statement", has a complete example
did-you-mean-quoted = did you mean "{ $name }"?
accessibility-lacks = the accessibility statement lacks { $keys }
accessibility-lacks-hint = the ministry's template requires them; until they are filled in, the statement says they were not provided (docs/content-format.md, "The accessibility statement", lists every key)
programme-no-edition = this programme has no edition file
programme-no-edition-hint = add edition-START-END.toml (e.g. edition-2021-2030.toml) with the programme's goals and tasks
editions-overlap = the editions { $first } and { $second } overlap
editions-overlap-hint = a new edition starts the year after the previous one ends
indicator-unused = indicator `{ $id }` is not listed under any task
indicator-unused-hint = add its id to `indicators = [...]` of a task in an edition file, or remove it
programme-no-report = this programme has no year report yet
programme-no-report-hint = add YEAR.toml (e.g. 2024.toml) with the year's values
value-absent = no value for `{ $id }` ({ $name }); it will be shown as not reported
value-absent-hint = add [values.{ $id }] with `value = …`, or `missing = "not-reported"` and a `note` saying why
value-unlisted = `{ $id }` has a value but no task of the edition { $edition } lists it
value-unlisted-hint = add `{ $id }` to a task's `indicators` in edition-{ $edition }.toml
read-broken-link = it is a link to something that does not exist
read-is-folder = it is a folder, not a file
cannot-read-file = cannot read the file: { $why }
save-as-utf8 = open it in Notepad, choose File → Save As, set Encoding to UTF-8 and save; in LibreOffice or Word choose the "Unicode (UTF-8)" text encoding
encoding-windows-1250 = it looks like Windows-1250 (the Polish Windows encoding)
encoding-other = it is in some other encoding
not-utf8 = the file is not saved as UTF-8: { $encoding }
not-text-document = this is { $what }, not a text file
not-text-document-hint = jawnik reads plain text: copy the content into Notepad and save it under this name with Encoding UTF-8; docs/content-format.md shows what the file holds
utf16 = the file is saved as UTF-16 ("Unicode" in Notepad), not UTF-8
utf16-hint = save it as UTF-8: { $how }
doc-docx = a Word document (.docx)
doc-xlsx = an Excel workbook (.xlsx)
doc-odf = an OpenDocument file (LibreOffice)
doc-zip = a ZIP archive
doc-pdf = a PDF document
doc-ole = a Word or Excel document (.doc, .xls)
rtf = the file is saved as RTF (formatted text), not plain text
rtf-hint = in WordPad or Word choose File → Save As, pick "Plain text" (or "Text Document") and the UTF-8 encoding
zero-bytes = this is not a text file: it has zero bytes in it
zero-bytes-hint = check that this is the right file; jawnik reads text files saved as UTF-8
text-empty = `{ $key }.{ $lang }` is empty
text-empty-hint = write the text or remove the key
list-lengths = `{ $key }.{ $first }` has { $first_n } items but `{ $key }.{ $lang }` has { $n }
list-lengths-hint = each language lists the same items in the same order: add the missing translation
language-key-did-you-mean = did you mean `{ $key }.{ $best }`? The site's languages are { $languages }
language-key-languages = the site's languages are { $languages } (set in jawnik.toml under `languages`)
language-key-unknown = `{ $key }.{ $lang }`: `{ $lang }` is not one of the site's languages
translation-missing =
    `{ $key }` has no { $lang ->
            [pl] Polish
            [en] English
            [de] German
            [uk] Ukrainian
           *[other] `{ $lang }`
        } translation (`{ $key }.{ $lang }`)
translation-missing-hint =
    add `{ $key }.{ $lang } = "…"`; until then pages in { $lang ->
            [pl] Polish
            [en] English
            [de] German
            [uk] Ukrainian
           *[other] `{ $lang }`
        } show the text in another language, marked as untranslated
date-year-first = write the year first: `{ $key } = "{ $date }"`
date-hint = write dates as "2024-03-28", or "2024-03" when only the month is known, or "2024"
date-invalid = `{ $key }` is not a valid date
number-nan = `nan` ("not a number")
number-infinite = infinite
number-impossible = `{ $key }` is { $what }, which no report can give
number-write-plain = write the number without quotes, spaces or a comma: `{ $key } = { $number }`
number-value-hint = write a number without quotes (`value = 295`); for a value in words use `text.pl = "…"` and `text.en = "…"` instead of `value`
number-write-hint = write a number without quotes: `{ $key } = 295`
number-is-text = `{ $key }` must be a number, but it is the text "{ $text }"
number-is-word = `{ $key }` must be a number, but it is the word `{ $word }`
number-example-hint = write a number such as 295 or 12.5
number-is-other =
    `{ $key }` must be a number, but it is { $kind ->
            [text] a text
            [number] a number
            [word] a word
            [date] a date
            [list] a list
           *[table] a table
        }
no-number-hint = write the number the report gives; when it gives none, write `missing = "not-reported"` and a `note` saying why
explain-this-value = this value
key-did-you-mean = did you mean `{ $best }`? Allowed keys here: { $allowed }
key-remove = remove this key
key-allowed = allowed keys here: { $allowed }
key-below-table = ; this line belongs to { $table } (line { $line }): keys of the file itself go above its first [table]
unknown-table-name = unknown table name `{ $name }`
unknown-key = unknown key `{ $name }`
file-empty = the file is empty
file-empty-hint = start it with `{ $field } = …`; docs/content-format.md shows what this file holds
missing-organisation-hint = add an [organisation] table with the publisher's `name`; see docs/content-format.md
missing-key-top-hint = add `{ $field } = …` at the top of the file, above the first [table]
missing-key-table-hint = add `{ $field } = …` to this table; see docs/content-format.md
missing-key = required key `{ $field }` is missing
given-twice =
    { $kind ->
            [table] the table
           *[key] the key
        } `{ $name }` is given twice (first on line { $line })
given-twice-hint = keep one of them: merge the two into one
given-twice-same-table =
    { $kind ->
            [table] the table
           *[key] the key
        } `{ $name }` is given twice in the same table
given-twice-same-table-hint = keep one of them
syntax-key-placeholder = key
control-char = this line has an invisible control character (U+{ $code }) in it
control-char-hint = delete it (it often comes with text copied from another program), then save the file
backslash = a backslash `\` in a text in double quotes starts a special sign
backslash-hint = write `\\` for each backslash, or put the text in single quotes: `{ $key } = '{ $text }'`
table-name-unclosed = the table name `{ $name }` is not closed with `{ $closing }`
write-this = write `{ $text }`
inline-table = a table in braces `{"{"} … {"}"}` must be closed with `{"}"}` on the same line, with commas between its keys
inline-table-hint = write it on one line, such as `{"{"} name.pl = "…", value = 1 {"}"}`
string-unclosed = the text in quotes is not closed on this line
string-unclosed-hint = end it with the same quote on the same line; a text of several lines goes in triple quotes: """…"""
extra-equals = this line has one `=` too many
extra-equals-hint = write `key = value`, with one `=`
line-goes-on = the line goes on after its value
line-goes-on-hint = put each `key = value` on a line of its own; a text with spaces goes in quotes; a comment starts with #
leading-zero = a number cannot start with 0: `{ $number }`
date-needs = : it needs { $what }
date-part-range = : the { $part ->
        [month] month
        [day] day
        [hour] hour
        [minute] minute
        [second] second
       *[other] { $part }
    } must be between { $range }
toml-date-invalid = `{ $text }` is not a valid date{ $why }
toml-date-hint = write dates in quotes, as "2024-03-28", or "2024-03" when only the month is known
toml-number-invalid = `{ $text }` is not a number as TOML writes them
toml-number-hint = write numbers with digits only and a dot for decimals, such as `2506` or `12.5`
bad-key = `{ $text }` cannot be used as a key
bad-key-hint = keys are single words of letters, digits, `_` and `-`, such as `value` or `name.pl`; a text with spaces goes after `=` in quotes
not-toml = this line is not written the way TOML files are ({ $description })
not-toml-hint = check the line for a missing quote, bracket or `=`; compare with the examples in docs/content-format.md
polish-number = `{ $key } = { $text }`: numbers are written without spaces, with a dot for decimals
multiline-unclosed = the text opened with { $quotes } on line { $line } is not closed
multiline-unclosed-hint = end it with { $quotes }
braces-unclosed = the table in braces `{"{"}` on line { $line } is not closed with `{"}"}`
braces-unclosed-hint = close it with `{"}"}` on the same line: `{"{"} name.pl = "…", value = 1 {"}"}`
no-value = `{ $key } =` has no value after the `=`
no-value-hint = write the value after `=`: a number (`{ $key } = 295`) or a text in quotes (`{ $key } = "…"`)
dash-not-number = `{ $key } = { $text }`: a dash is not a number
typographic-quotes = `{ $key }`: the text is in typographic quotes „…”
typographic-quotes-hint = use straight quotes, as on the keyboard: `{ $key } = "{ $text }"`
percent-sign = `{ $key } = { $text }`: a percentage is written without %
bare-value = `{ $key } = { $text }`: the value is neither a number nor a text in quotes
bare-value-hint = a number is written alone (`{ $key } = 295`); a text goes in quotes: `{ $key } = "{ $text }"`
key-space = the key `{ $key }` has a space in it
key-space-hint = keys are single words: check the key's spelling in docs/content-format.md (a text with spaces goes after `=`, in quotes)
no-equals = the line `{ $line }` has no `=`
no-equals-hint = write `key = value`, or start the line with # to make it a comment
list-commas = the items of a list are separated by commas
list-commas-hint = write `["a", "b"]`, each text in quotes and a comma between items
list-unclosed = a list is not closed with `]`
list-unclosed-hint = end the list with `]`: `["a", "b"]`
list-quote-missing = a quote is missing on that line: each text in the list needs a quote at each end, and the list ends with `]`
list-unclosed-at = the list on line { $line } is not closed with `]`
found-text = the text { $raw }
found-number = the number { $raw }
found-word = the word `{ $raw }`
found-date = the date { $raw }
found-list = a list
found-table = a table
found-section = the table { $raw }
section-is-list = `[{ $name }]` is a list: write it with double brackets, `[[{ $name }]]`
section-is-list-hint = each [[{ $name }]] starts one entry of the list, with its keys below it
want-whole = a whole number
want-year = a year
want-text = a text in quotes
want-list = a list in square brackets
want-table = a table of keys
want-bool = `true` or `false`
want-other = something else
item-quote-hint = put each item in quotes: "{ $raw }"
item-wrong-type = each item of `{ $key }` must be { $wanted }, but one is { $found }
wrong-type = `{ $key }` must be { $wanted }, but it is { $found }
vocabulary-missing = write `missing = "not-reported"` or `missing = "not-applicable"`
vocabulary-kind = write `kind = "count"`, `"number"`, `"percent"` or `"text"`
vocabulary-status = write `status = "full"`, `"partial"` or `"none"`
year-unquote-hint = write the year without quotes: `{ $key } = { $year }`
year-no-fraction-hint = write the year without a decimal part: `{ $key } = { $year }`
year-digits-hint = write the year as four digits: `{ $key } = 2023`
year-digits-unquoted-hint = write the year as four digits, without quotes: `{ $key } = 2023`
number-unquote-hint = write the number without quotes: `{ $key } = { $number }`
whole-number-hint = write a whole number, without quotes: `{ $key } = 3`
quote-it-hint = put it in quotes: `{ $key } = "{ $raw }"`
one-text-hint = write one text in quotes, not a list: `{ $key } = "…"`
text-quote-hint = write the text in quotes: `{ $key } = "…"`
text-or-languages-hint = write the text in quotes (`{ $key } = "…"`), or one text per language: `{ $key }.pl = "…"` and `{ $key }.en = "…"`
brackets-hint = put it in square brackets: `{ $key } = [{ $raw }]`
double-brackets-hint = write [[{ $name }]], with double brackets: each [[{ $name }]] adds one entry to the list
parts-list-hint = write `parts = [ {"{"} name.pl = "…", name.en = "…", value = 1 {"}"}, … ]`, one `{"{"} … {"}"}` per part
list-hint = write a list in square brackets: `{ $key } = ["…", "…"]`
parts-table-hint = write each part as `{"{"} name.pl = "…", name.en = "…", value = 1 {"}"}`
target-table-hint = write `target.value = …` (and `target.year = …` when the target has a year)
table-hint = write a table: `[{ $key }]` on a line of its own, with its keys below it
bool-hint = write `{ $key } = true` or `{ $key } = false`, without quotes
see-docs = compare with the examples in docs/content-format.md
too-large-hint = check the number against the report
too-large = `{ $key }` is too large: { $raw }
link-empty =
    { $what ->
            [link] the link
            [image] the image address
           *[key] `{ $key }`
        } is empty
link-empty-hint = write the address, or remove the link
link-scheme =
    { $what ->
            [link] the link
            [image] the image address
           *[key] `{ $key }`
        } starts with `{ $scheme }:`, which is not allowed
link-scheme-hint = it is "{ $shown }"; a link may start only with https://, http://, mailto: or tel:, or lead to a page of this site (such as ../2022/)
link-other-site =
    { $what ->
            [link] the link
            [image] the image address
           *[key] `{ $key }`
        } starts with `//`: it leads to another site without saying how
link-other-site-hint = write the full address, starting with https:// (it is "{ $shown }")
web-address-host-hint = it is "{ $shown }"; start it with https://: "{ $fixed }"
web-address-hint = it is "{ $shown }"; write the full address, starting with https://
web-address = `{ $key }` must be a full web address
raw-html = raw HTML is not allowed in the text: `{ $tag }`
raw-html-hint = remove the HTML tag { $tag } (text pasted from Word brings these); write **bold**, *italics*, lists with `- ` and tables with `|` in Markdown
link-no-address =
    { $what ->
            [image] the image address
           *[link] the link
        } has no address
link-no-address-hint = write the address between the brackets: [text](https://…), or remove the link
cannot-write-file = cannot write the file: { $error }
accessibility-partial-empty = the accessibility statement says the site is not fully compliant but lists no inaccessible content
accessibility-partial-empty-hint = add a [[accessibility.non_compliant]] table for each: content, reason and alternative; until then the statement says the list was not provided
accessibility-full-listed = the accessibility statement says the site is fully compliant but lists inaccessible content
accessibility-full-listed-hint = write status = "partial", or remove the [[accessibility.non_compliant]] tables
accessibility-burden = content is left inaccessible as a disproportionate burden, but no analysis is linked
accessibility-burden-hint = the act requires the analysis of the burden to be attached: add burden_analysis_url = "https://…" under [accessibility]
accessibility-review-early = the statement's review ({ $reviewed }) is dated before it was prepared ({ $prepared })
accessibility-review-early-hint = check both dates: reviewed_on is the date of the last yearly review
accessibility-no-address = the accessibility statement needs the site's address, but `base_url` is not set
accessibility-no-address-hint = set base_url = "https://…" at the top of jawnik.toml: the statement names the address of the site it is about
write-one-of = write one of { $words }
unknown-word =
    unknown { $what ->
            [status] accessibility status
            [assessment] assessment
           *[reason] reason
        } `{ $word }`
whole-date = `{ $key }` must be a whole date, like "2024-03-28"
whole-date-hint = the accessibility statement gives every date to the day (YYYY-MM-DD), as the ministry's template requires
accessibility-review-due =
    the accessibility statement { $when ->
            [reviewed] was last reviewed on { $last }
           *[prepared] was prepared on { $last } and has not been reviewed since
        }: the review due by 31 March { $year } is missing
accessibility-review-due-hint = the act requires a review and update of the statement by 31 March every year: review it, then set reviewed_on = "YYYY-MM-DD" under [accessibility] (this check compares with today's date, { $today })
report-no-metryczka = this report has no metryczka: who prepared, approved, published and entered it, and when
report-no-metryczka-hint = add a [metadata] table (prepared_by, prepared_on, published_by, published_on, …) from the report's BIP record; until then its page says the metryczka was not provided
report-no-document = this report has no link to the document as published
report-no-document-hint = add a [document] table with its title and url = "https://…", the document's address on the BIP
report-document-no-url = the report's [document] has no url, so its page cannot link to the document as published
report-document-no-url-hint = add url = "https://…", the document's address on the BIP
dash-bd-hint = "b/d" (brak danych) means the report has no number: write `missing = "not-reported"` instead of `value`, and a `note` saying why
dash-nd-hint = "{ $text }" means the indicator does not apply: write `missing = "not-applicable"` instead of `value`
dash-hint = the report prints a dash: write `missing = "dash"` instead of `value`, so pages show the dash without guessing what it means (if the report says what it means, write `value = 0` for none, or `missing = "not-reported"`)
number-and-words-unit = ; when the words are what is counted ("osób"), they belong in the indicator's `unit` in programme.toml instead
number-and-words = `{ $key } = { $text }`: a number and words in one value
number-and-words-hint = write the number alone, `{ $key } = { $number }`, and the words as a note: `note.pl = "{ $words }"` (and its translation in `note.en`){ $unit }
operator-missing = `operator` is not given: pages will say who runs the programme is not named
operator-missing-hint = if the programme or its reports name who runs it, add `operator.pl = "…"` and `operator.en = "…"`
number-key-empty = `number` is empty
number-key-empty-hint = write the number as printed, such as "1.2", or remove the key
numbered-twice =
    two { $what ->
            [goals-of-edition] goals of this edition
            [tasks-of-goal] tasks of this goal
            [directions-of-goal] directions of this goal
            [tasks-of-direction] tasks of this direction
           *[indicators-of-task] indicators of this task
        } are numbered { $number }
numbered-twice-hint = the other is on line { $line }; check the numbers against the report
task-id-bad = task id `{ $id }` may use only lowercase letters, digits and hyphens
task-id-twice = task id `{ $id }` is given twice
task-id-twice-hint = it is first given on line { $line }; give each task its own id
schedule-outside = the schedule names { $year }, outside the edition { $start }–{ $end }
schedule-outside-hint = check the year against the programme: this edition covers { $start }–{ $end }
year-mismatch-rename-hint = rename the file to { $said }.toml or correct `year`
year-mismatch = the file is named { $year }.toml but says year = { $said }
year-outside-edition = the year { $year } is outside the edition { $start }–{ $end }
year-other-edition-hint = the year belongs to the edition `{ $edition }`: set edition = "{ $edition }"
year-no-edition-hint = no edition of this programme covers { $year }: check the year
edition-add-hint = add the file edition-{ $edition }.toml to the programme folder
edition-list-hint = this programme's editions are { $editions }
edition-unknown = unknown edition `{ $edition }`
task-keys-none-hint = the tasks of edition-{ $edition }.toml have no numbers or ids: give the task `id = "…"` there and use it here
task-keys-hint = the tasks are named { $keys }
task-key-unknown = no task of the edition { $edition } has the number or id `{ $key }`
task-number-shared = { $count } tasks of the edition { $edition } are numbered { $number }
task-number-shared-hint = give the task an id in edition-{ $edition }.toml (`id = "…"`) and write [tasks.<id>] here
value-none = `{ $id }` has no value
value-none-hint = write `value = 123`, or `missing = "not-reported"` (or "not-applicable", or "dash" for a dash in the report) when there is no number, or `text.pl = "…"` for a value in words
value-several = `{ $id }` has more than one of { $what }, `missing` and `text`
value-several-hint = keep only one: numbers (`value`, with its `parts`), a reason it is missing (`missing`), or words (`text`)
text-kind-in-value = `{ $id }` takes a value in words, in `text`, not in `value`
text-kind-in-value-hint = write `text.pl = "{ $text }"` and `text.en = "…"` instead of `value`
text-kind-number = `{ $id }` takes a value in words, but a number is given
text-kind-hint = write `text.pl = "…"` and `text.en = "…"`, or change the indicator's kind in programme.toml
text-kind-parts = `{ $id }` takes a value in words, but `parts` with numbers are given
missing-dash-hint = a dash in the report is written missing = "dash"
missing-reasons-hint = write missing = "not-reported", "not-applicable" or "dash"
missing-reason-unknown = unknown reason `{ $reason }` for a missing value
value-not-reported-warning = `{ $id }` is marked as not reported
value-not-reported-warning-hint = fill in `value = …` if the number is known, or add a `note` saying why it was not reported
number-kind-text = `{ $id }` needs a number, but a text is given
number-kind-text-hint = write `value = 123`; if the report gives words instead of a number, make the indicator kind = "text" in programme.toml or put the words in a `note`
parts-empty = `{ $id }` has an empty list of `parts`
parts-empty-hint = write the parts the report gives, `{"{"} name.pl = "…", name.en = "…", value = 1 {"}"}` each, or remove `parts`
parts-sum = the parts of `{ $id }` add up to { $sum } ({ $parts }), but the total is { $total }
parts-sum-hint = check the parts and the total against the report; when the report prints no total, remove `value` and keep the parts
count-negative = `{ $id }` is a count and cannot be negative
count-fraction = `{ $id }` is a count, so it must be a whole number
count-fraction-hint = check the number, or set kind = "number" for this indicator in programme.toml
percent-range = `{ $id }` is a percentage and must be between 0 and 100
percent-range-hint = write 12.5 for 12.5%
markdown-language = `{ $lang }` is not one of the site's languages, so this file is ignored
markdown-language-hint = the site's languages are { $languages }; rename the file
front-matter-unclosed = the front matter opened by `+++` on line 1 is not closed
front-matter-unclosed-hint = end it with a line of its own `+++` before the text; without it the page would show it as text
year-four-digits-hint = write the year as four digits: `year = { $year }`
list-after-key = `{ $header }` cannot follow `{ $key } = …` (line { $line }) in the same table
list-after-key-hint = give `{ $key }` one way: as `{ $key } = …` or as { $header } tables; docs/content-format.md shows both
placeholder-left =
    { $count ->
        [one] `{ $text }` is a placeholder from the template, not the real text
       *[other] { $count } texts in this file are placeholders from the template, not the real text: `{ $text }` here, and on { $others ->
            [one] line
           *[other] lines
        } { $lines }
    }
placeholder-left-hint = replace it with the real text; in a .toml file an optional line can also be left out by putting # at its start
placeholder-left-md-hint = replace it with the real text
