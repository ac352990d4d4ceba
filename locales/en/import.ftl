# `jawnik import`: reading a spreadsheet and putting its values into a year file.

sheet-kind = jawnik cannot read this kind of file
sheet-kind-hint = save the spreadsheet as .xlsx, .ods or .csv (CSV with `;` between columns and UTF-8 encoding)
sheet-unreadable = cannot read the spreadsheet: { $error }
sheet-unreadable-hint = check that the file opens in a spreadsheet program, or save it again as .xlsx or .csv
sheet-none = it has no sheets
csv-unreadable = cannot read the CSV file: { $error }
row-problem = row { $row }: { $message }
row-no-key = there is no indicator id or name in this row
row-no-key-hint = write the indicator's id or name in the first column, or delete the row
row-closest-hint = the closest is `{ $id }` ("{ $name }"); write that id instead to use it
row-id-hint = write the indicator's id as in programme.toml
row-no-match = no indicator matches "{ $key }"
row-not-in-edition = `{ $id }` is not measured in the edition { $edition } (no task lists it)
row-not-in-edition-hint = check the year; to measure it, add `{ $id }` to a task in edition-{ $edition }.toml
row-again = `{ $id }` is given again (first on row { $first })
row-again-hint = keep only one row per indicator
row-note-decimal = the note "{ $note }" looks like the decimal part of "{ $raw },{ $note }"
row-note-decimal-hint = put numbers with a decimal comma in quotes ("12,5"), or save the CSV with `;` between columns
cell-not-number = "{ $raw }" is not a number
cell-not-number-hint = write the number in digits (2 506 or 12,5), or "brak danych" when the report does not give it
cell-not-whole = "{ $raw }" is not a whole number, but this indicator counts things
cell-not-whole-hint = check the number in the report
cell-not-percent = "{ $raw }" is not a percentage between 0 and 100
cell-not-percent-hint = write 12,5 for 12,5%
year-file-unreadable = cannot read the year file: { $error }
year-file-unreadable-hint = run `jawnik check` and fix the file first
values-not-table = `values` is not a table
values-not-table-hint = write each value as [values.<indicator-id>]
value-not-table = `values.{ $id }` is not a table
value-not-table-hint = write it as [values.{ $id }] with `value = …` on the next line
row-has-parts = row { $row }: `{ $id }` is broken down into parts in this file
row-has-parts-hint = a new total would no longer match the parts: change the value and its parts by hand
value-not-reported = not reported
value-not-applicable = not applicable
value-dash = a dash
import-value-none = none
