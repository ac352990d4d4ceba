# jawnik's words at the terminal: labels, status lines of the commands.
# Every message here has a twin in locales/pl/cli.ftl with the same variables.

## Labels of a diagnostic

label-error = error
label-warning = warning
label-help = help
label-note = note
label-caused-by = caused by

## check

check-done = checked { $programmes ->
        [one] { $programmes } programme
       *[other] { $programmes } programmes
    }, { $indicators ->
        [one] { $indicators } indicator
       *[other] { $indicators } indicators
    }, { $reports ->
        [one] { $reports } report
       *[other] { $reports } reports
    }: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
check-unreadable = could not read the site: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }

## build

build-rendering = rendering { $pages } pages…
build-done = built { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } and { $files } more files into { $output } in { $ms } ms ({ $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    })
build-failed = build failed: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }; { $output } was left as it was
build-failed-io = build failed; the previous site was left in place

## serve

serve-bad-bind = `--bind { $bind }` is not an IP address; use one such as 127.0.0.1

## new

new-site-not-empty = this folder already exists and is not empty, so nothing was written
new-site-not-empty-hint = choose a new folder name, e.g. `jawnik new site moja-strona`
new-site-done =
    created a new site in { $dir }: jawnik.toml and content/{ $slug }/ (an example programme with its { $year } report)
    next: edit jawnik.toml and the files in content/, then run `jawnik check --root { $dir }` and `jawnik build --root { $dir }`
new-programme-exists = the programme `{ $slug }` already exists, so nothing was written
new-programme-exists-hint = add a year's report to it with `jawnik new report { $slug } YEAR`, or choose another name
new-programme-done =
    created { $dir }/ with programme.toml and edition-{ $start }-{ $end }.toml (example names and indicators)
    next: fill them in, then `jawnik new report { $slug } YEAR` for a year's values
new-report-exists = the report file already exists, so nothing was written
new-report-exists-hint = jawnik never overwrites a report: edit the file, or fill it from a spreadsheet with `jawnik import { $slug } { $year } FILE`
new-report-done =
    created { $path } with { $count } indicators, all marked not reported
    next: fill in the values (or `jawnik import { $slug } { $year } FILE`), then run `jawnik check`
no-programme = there is no programme `{ $slug }`
no-programme-none-hint = create one with `jawnik new programme SLUG`
no-programme-list-hint = the programmes are { $programmes }
did-you-mean = did you mean `{ $name }`?

## import

import-would-break = the import would make the file unreadable ({ $problem }); nothing was written
import-new-file = (a new file, every indicator not reported until filled)
import-above-header = row { $row }: skipped, it is above the header row
import-row = row { $row }
import-unchanged = (unchanged)
import-summary = { $changed ->
        [one] { $changed } indicator
       *[other] { $changed } indicators
    } to change, { $unchanged } unchanged, { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } not applied
import-summary-absent = ; { $count ->
        [one] { $count } indicator
       *[other] { $count } indicators
    } not in the spreadsheet, left as they are: { $ids }
import-not-written = nothing was written: fix the rows listed above, or pass --allow-unmatched to apply the other rows
import-preview = this was a preview: run again with --write to save the changes
import-nothing-to-write = { $path } already has these values; nothing to write
import-written = wrote { $path }; next: run `jawnik check`

## synth (a developer's command)

synth-range = { $option } must be between 1 and { $max }
synth-cannot-read = cannot read { $path }
synth-cannot-create = cannot create { $path }
synth-cannot-write = cannot write { $path }
synth-not-empty = { $path } is not empty; `jawnik synth` writes a whole new site: give a new or empty folder
synth-done = wrote { $count } files into { $path }: { $programmes } programmes × { $years } years × { $indicators } indicators (seed { $seed }); expect { $pages } pages per language

## --help: commands (cli-<command>-about) and their arguments
## (cli-<command>-arg-<arg>, or cli-arg-<arg> where it means the same everywhere)

cli-about = Builds bilingual websites from municipal social programme reports
cli-long-about =
    jawnik turns per-year TOML/Markdown reports on social programmes into a static, bilingual website with trend charts and open data.

    Start with `jawnik check` in a site folder (one with jawnik.toml and content/).
cli-heading-usage = Usage:
cli-heading-commands = Commands:
cli-heading-arguments = Arguments:
cli-heading-options = Options:
cli-default = default: { $value }
cli-possible = possible values: { $values }
cli-arg-help = Print help
cli-arg-version = Print version
cli-help-about = Print this message or the help of the given subcommand(s)
cli-arg-lang = Language of messages and help (default: the system's language)
cli-arg-root = The site folder, holding jawnik.toml and content/
cli-arg-programme = The programme's folder name
cli-arg-year = The report year
cli-check-about = Check the content for errors and warnings without building
cli-check-arg-strict = Treat warnings as errors (exit 1 when there are any), as `build --strict` does
cli-build-arg-strict = Treat warnings as errors: build nothing, and leave the output folder as it was, when there is any (for the pipeline that publishes)
cli-check-arg-output = The output folder `jawnik build` would write (default: public/ under the root), judged as build judges it
cli-check-arg-force = Judge the output folder as `jawnik build --force` would
cli-build-about = Build the site into the output folder (public/ by default)
cli-build-arg-output = Where to write the site (default: public/ under the root): a new or empty folder, or one jawnik wrote before (it holds a .jawnik-output file)
cli-build-arg-watch = Keep running and rebuild when a file changes
cli-build-arg-force = Replace the output folder even though jawnik did not write it, or delete files in it that jawnik did not write (never a file, the site or its source folders)
cli-serve-about = Build, serve on localhost and rebuild when a file changes
cli-serve-arg-bind = Address to listen on (only this machine can connect to the default)
cli-serve-arg-port = Port to listen on (0 picks a free one; the address is printed)
cli-serve-arg-output = Also write each good build into DIR, as `jawnik build` would (the site is served from memory; without this option nothing is written)
cli-serve-arg-open = Open the preview in the default browser ($BROWSER when set) once it is served; if that fails, serve warns and goes on
cli-serve-arg-force = Let --output replace a folder jawnik did not write, deleting what it holds (never a file, the site or its source folders)
cli-new-about = Create a new site, programme or year report from a template
cli-new-site-about = A working skeleton site with one programme
cli-new-site-arg-dir = The folder to create
cli-new-programme-about = A new programme folder in content/
cli-new-programme-arg-slug = The programme's folder name (lowercase, hyphens)
cli-new-report-about = Next year's report file with every indicator listed
cli-import-about = Import a year's values from a spreadsheet (CSV, XLSX, ODS)
cli-import-arg-file = The spreadsheet: .csv, .xlsx or .ods
cli-import-arg-write = Write the changes (without it, only a preview is shown)
cli-import-arg-allow-unmatched = Apply the rows that match even when others do not (those are still listed)
cli-synth-about = Write a deterministic synthetic site (benchmarks, scale tests)
cli-synth-arg-programmes = Number of programmes
cli-synth-arg-years = Report years per programme (the last is 2024)
cli-synth-arg-indicators = Indicators per programme
cli-synth-arg-seed = Seed: the same arguments always give byte-identical files
cli-synth-arg-out = The folder to create the site in (must be new or empty)
cli-value-dir = DIR
cli-value-ip = IP
cli-value-lang = LANG
cli-value-programme = PROGRAMME
cli-value-year = YEAR
cli-value-file = FILE
cli-value-slug = SLUG
cli-usage-options = [OPTIONS]
cli-usage-command = <COMMAND>
