# `jawnik import`: odczyt arkusza i wpisanie jego wartości do pliku roku.

sheet-kind = jawnik nie potrafi odczytać pliku tego rodzaju
sheet-kind-hint = zapisz arkusz jako .xlsx, .ods albo .csv (CSV ze średnikiem `;` między kolumnami i kodowaniem UTF-8)
sheet-unreadable = nie można odczytać arkusza: { $error }
sheet-unreadable-hint = sprawdź, czy plik otwiera się w programie do arkuszy, albo zapisz go ponownie jako .xlsx lub .csv
sheet-none = nie ma w nim żadnego arkusza
csv-unreadable = nie można odczytać pliku CSV: { $error }
row-problem = wiersz { $row }: { $message }
row-no-key = w tym wierszu nie ma identyfikatora ani nazwy wskaźnika
row-no-key-hint = wpisz identyfikator albo nazwę wskaźnika w pierwszej kolumnie albo usuń ten wiersz
row-closest-hint = najbliższy jest `{ $id }` („{ $name }”); wpisz ten identyfikator, aby go użyć
row-id-hint = wpisz identyfikator wskaźnika tak jak w programme.toml
row-no-match = żaden wskaźnik nie pasuje do „{ $key }”
row-not-in-edition = `{ $id }` nie jest mierzony w edycji { $edition } (nie wymienia go żadne zadanie)
row-not-in-edition-hint = sprawdź rok; aby go mierzyć, dopisz `{ $id }` do zadania w pliku edition-{ $edition }.toml
row-again = `{ $id }` występuje ponownie (pierwszy raz w wierszu { $first })
row-again-hint = zostaw tylko jeden wiersz dla każdego wskaźnika
row-note-decimal = notatka „{ $note }” wygląda na część dziesiętną liczby „{ $raw },{ $note }”
row-note-decimal-hint = ujmij liczby z przecinkiem dziesiętnym w cudzysłów ("12,5") albo zapisz plik CSV ze średnikiem `;` między kolumnami
cell-not-number = „{ $raw }” nie jest liczbą
cell-not-number-hint = wpisz liczbę cyframi (2 506 albo 12,5) albo „brak danych”, gdy sprawozdanie jej nie podaje
cell-not-whole = „{ $raw }” nie jest liczbą całkowitą, a ten wskaźnik coś zlicza
cell-not-whole-hint = sprawdź tę liczbę w sprawozdaniu
cell-not-percent = „{ $raw }” nie jest odsetkiem od 0 do 100
cell-not-percent-hint = dla 12,5% wpisz 12,5
year-file-unreadable = nie można odczytać pliku roku: { $error }
year-file-unreadable-hint = najpierw uruchom `jawnik check` i popraw ten plik
values-not-table = `values` nie jest tabelą
values-not-table-hint = zapisz każdą wartość jako [values.<identyfikator-wskaźnika>]
value-not-table = `values.{ $id }` nie jest tabelą
value-not-table-hint = zapisz to jako [values.{ $id }] z `value = …` w następnym wierszu
row-has-parts = wiersz { $row }: `{ $id }` jest w tym pliku podzielony na części
row-has-parts-hint = nowa suma nie zgadzałaby się z częściami: zmień wartość i jej części ręcznie
value-not-reported = nie podano
value-not-applicable = nie dotyczy
value-dash = kreska
import-value-none = brak
