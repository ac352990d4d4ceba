# Problemy w plikach treści, wykrywane przez `jawnik check` i `jawnik build`.

content-is-file = `content` jest plikiem, a nie folderem
content-missing = brak folderu `content`
content-missing-hint = utwórz plik `content/<program>/programme.toml`; zob. docs/content-format.md
content-unreadable = nie można odczytać folderu content: { $error }
content-broken-link = to jest skrót (dowiązanie) do czegoś, co nie istnieje
content-broken-link-hint = wskaż w nim folder programu albo go usuń
content-loose-file = ten plik jest pomijany: każdy program potrzebuje własnego folderu w `content/`
content-loose-file-hint = przenieś go do `content/<program>/`
programme-folder-bad-name = nazwy folderu programu `{ $slug }` nie można użyć w adresach stron
programme-folder-bad-name-hint = zmień nazwę folderu na `{ $usable }` (małe litery, cyfry i łączniki)
programme-folder-taken = nazwa folderu programu `{ $slug }` { $reason }
programme-folder-taken-fix = nadaj folderowi inną nazwę
file-is-folder = `{ $name }` jest folderem, więc jawnik nie może go odczytać jako pliku
file-is-folder-hint = zastąp ten folder samym plikiem { $name }
programme-subfolder = foldery wewnątrz folderu programu są pomijane
programme-subfolder-hint = trzymaj programme.toml, edition-*.toml, ROK.toml i ROK.<język>.md bezpośrednio w folderze programu
programme-unknown-file = ten plik jest pomijany: jawnik nie czyta plików o takiej nazwie
programme-unknown-file-hint = oczekiwane nazwy: programme.toml, programme.<język>.md, edition-POCZĄTEK-KONIEC.toml, ROK.toml albo ROK.<język>.md
programme-no-file = w tym folderze programu brak pliku programme.toml
programme-no-file-hint = dodaj plik programme.toml z nazwą programu, realizatorem i wskaźnikami; zob. docs/content-format.md
text-without-year = do tego tekstu brak pliku { $year }.toml
text-without-year-hint = dodaj plik { $year }.toml z wartościami za ten rok albo zmień nazwę tego pliku
indicator-id-collides = `{ $usable }` to identyfikator innego wskaźnika (w systemie Windows oba byłyby jednym folderem); wybierz inny identyfikator
use-this = użyj `{ $usable }`
indicator-id-bad = identyfikator wskaźnika `{ $id }` może zawierać tylko małe litery, cyfry i łączniki
indicator-id-taken = identyfikator wskaźnika `{ $id }` { $reason }
indicator-id-taken-fix = użyj innego identyfikatora
indicator-id-twice = identyfikator wskaźnika `{ $id }` jest zdefiniowany dwa razy
indicator-id-twice-hint = pierwszy raz zdefiniowano go w wierszu { $line }; nadaj każdemu wskaźnikowi własny identyfikator
indicator-kind-did-you-mean = czy chodziło o `{ $best }`? Dostępne rodzaje to count, number, percent i text
indicator-kinds = dostępne rodzaje to count (liczby całkowite, domyślnie), number, percent i text
indicator-kind-unknown = nieznany rodzaj wskaźnika `{ $kind }`
indicator-ref-unknown-hint = wskaźniki definiuje się w sekcjach [[indicators]] w pliku programme.toml
indicator-ref-unknown = nieznany identyfikator wskaźnika `{ $id }` w `{ $key }`
edition-name-mismatch = plik nazywa się { $file }, ale podaje start = { $start }, end = { $end }
edition-name-mismatch-hint = zmień nazwę pliku albo popraw `start` i `end` tak, aby się zgadzały
edition-reversed = edycja zaczyna się ({ $start }) później, niż się kończy ({ $end })
edition-reversed-hint = zamień lata miejscami
taken-device = jest nazwą urządzenia w systemie Windows, gdzie żaden plik ani folder nie może się tak nazywać
taken-page-folder = jest zajęta przez własne strony serwisu (`{ $slug }/` w każdym języku)
taken-device-hint = { $fix }, np. `{ $slug }-1` (Windows zastrzega nazwy { $names })
taken-page-folder-hint = { $fix }, np. `{ $slug }-1`
windows-name-device = jest nazwą urządzenia (`{ $stem }`)
windows-name-device-ext = jest nazwą urządzenia (`{ $stem }`), nawet z rozszerzeniem
windows-name-char = zawiera znak `{ $char }`, którego nie może tam mieć nazwa pliku
windows-name-control = zawiera znak sterujący, którego nie może tam mieć nazwa pliku
windows-name-dot = kończy się kropką albo spacją, które zostałyby tam usunięte
config-is-folder = { $file } jest folderem, więc jawnik nie może go odczytać jako pliku
config-is-folder-hint = zastąp ten folder plikiem { $file } strony
config-missing = brak pliku { $file } w folderze { $root }
config-missing-hint = uruchom jawnik w folderze strony albo podaj --root FOLDER; nową stronę tworzy `jawnik new site FOLDER`
language-bad-code = `{ $code }` nie jest kodem języka
language-code-hint = użyj dwuliterowych kodów, takich jak "pl" i "en"
language-device-code = `{ $code }` nie może być kodem języka: to nazwa urządzenia w systemie Windows, więc nie dałoby się tam zapisać folderu o tej nazwie
language-twice = język `{ $code }` jest podany dwa razy
languages-empty = lista `languages` jest pusta
languages-empty-hint = podaj co najmniej jeden język; pierwszy jest domyślny: languages = ["pl", "en"]
accessibility-missing = brak sekcji [accessibility] z danymi do deklaracji dostępności
accessibility-missing-hint = podmioty publiczne muszą ją opublikować: dodaj sekcję [accessibility] ze statusem, datami, danymi kontaktowymi i dostępnością budynku; pełny przykład jest w docs/content-format.md, w części „The accessibility statement”
did-you-mean-quoted = czy chodziło o "{ $name }"?
accessibility-lacks = w deklaracji dostępności brakuje: { $keys }
accessibility-lacks-hint = wymaga ich wzór ministerstwa; dopóki ich nie uzupełnisz, deklaracja informuje, że ich nie podano (wszystkie klucze wymienia docs/content-format.md, w części „The accessibility statement”)
programme-no-edition = ten program nie ma pliku edycji
programme-no-edition-hint = dodaj plik edition-POCZĄTEK-KONIEC.toml (np. edition-2021-2030.toml) z celami i zadaniami programu
editions-overlap = edycje { $first } i { $second } nakładają się
editions-overlap-hint = nowa edycja zaczyna się w roku następującym po zakończeniu poprzedniej
indicator-unused = wskaźnika `{ $id }` nie ma w żadnym zadaniu
indicator-unused-hint = dopisz jego identyfikator do `indicators = [...]` któregoś zadania w pliku edycji albo usuń wskaźnik
programme-no-report = ten program nie ma jeszcze żadnego sprawozdania rocznego
programme-no-report-hint = dodaj plik ROK.toml (np. 2024.toml) z wartościami za dany rok
value-absent = brak wartości dla `{ $id }` ({ $name }); strona pokaże „nie podano”
value-absent-hint = dodaj [values.{ $id }] z `value = …` albo z `missing = "not-reported"` i notatką `note` z wyjaśnieniem
value-unlisted = `{ $id }` ma wartość, ale nie wymienia go żadne zadanie edycji { $edition }
value-unlisted-hint = dopisz `{ $id }` do `indicators` któregoś zadania w pliku edition-{ $edition }.toml
read-broken-link = to skrót (dowiązanie) do czegoś, co nie istnieje
read-is-folder = to folder, a nie plik
cannot-read-file = nie można odczytać pliku: { $why }
save-as-utf8 = otwórz go w Notatniku, wybierz Plik → Zapisz jako, ustaw Kodowanie na UTF-8 i zapisz; w LibreOffice lub Wordzie wybierz kodowanie tekstu „Unicode (UTF-8)”
encoding-windows-1250 = wygląda na zapisany w Windows-1250 (polskim kodowaniu Windows)
encoding-other = jest zapisany w innym kodowaniu
not-utf8 = plik nie jest zapisany w kodowaniu UTF-8: { $encoding }
not-text-document = to jest { $what }, a nie plik tekstowy
not-text-document-hint = jawnik czyta zwykły tekst: skopiuj treść do Notatnika i zapisz ją pod tą nazwą z kodowaniem UTF-8; co powinno być w pliku, opisuje docs/content-format.md
utf16 = plik jest zapisany w kodowaniu UTF-16 („Unicode” w Notatniku), a nie UTF-8
utf16-hint = zapisz go w UTF-8: { $how }
doc-docx = dokument Worda (.docx)
doc-xlsx = skoroszyt Excela (.xlsx)
doc-odf = plik OpenDocument (LibreOffice)
doc-zip = archiwum ZIP
doc-pdf = dokument PDF
doc-ole = dokument Worda lub Excela (.doc, .xls)
rtf = plik jest zapisany jako RTF (tekst sformatowany), a nie jako zwykły tekst
rtf-hint = w WordPadzie lub Wordzie wybierz Plik → Zapisz jako, wskaż „Zwykły tekst” (albo „Dokument tekstowy”) i kodowanie UTF-8
zero-bytes = to nie jest plik tekstowy: zawiera bajty zerowe
zero-bytes-hint = sprawdź, czy to właściwy plik; jawnik czyta pliki tekstowe zapisane w UTF-8
text-empty = `{ $key }.{ $lang }` jest puste
text-empty-hint = wpisz tekst albo usuń ten klucz
list-lengths = `{ $key }.{ $first }` ma { $first_n ->
        [one] { $first_n } pozycję
        [few] { $first_n } pozycje
       *[many] { $first_n } pozycji
    }, a `{ $key }.{ $lang }` ma { $n }
list-lengths-hint = w każdym języku lista ma te same pozycje w tej samej kolejności: dopisz brakujące tłumaczenie
language-key-did-you-mean = czy chodziło o `{ $key }.{ $best }`? Języki strony to { $languages }
language-key-languages = języki strony to { $languages } (ustawione w jawnik.toml w `languages`)
language-key-unknown = `{ $key }.{ $lang }`: `{ $lang }` nie jest jednym z języków strony
translation-missing =
    `{ $key }` nie ma tłumaczenia na { $lang ->
            [pl] język polski
            [en] język angielski
            [de] język niemiecki
            [uk] język ukraiński
           *[other] język `{ $lang }`
        } (`{ $key }.{ $lang }`)
translation-missing-hint =
    dodaj `{ $key }.{ $lang } = "…"`; do tego czasu strony w { $lang ->
            [pl] języku polskim
            [en] języku angielskim
            [de] języku niemieckim
            [uk] języku ukraińskim
           *[other] języku `{ $lang }`
        } pokazują ten tekst w innym języku, oznaczony jako nieprzetłumaczony
date-year-first = zacznij od roku: `{ $key } = "{ $date }"`
date-hint = zapisuj daty jako "2024-03-28", "2024-03", gdy znany jest tylko miesiąc, albo "2024"
date-invalid = `{ $key }` nie jest poprawną datą
number-nan = `nan` („nie liczba”)
number-infinite = nieskończonością
number-impossible = `{ $key }` jest { $what }, a tego żadne sprawozdanie nie może podać
number-write-plain = wpisz liczbę bez cudzysłowów, spacji i przecinka: `{ $key } = { $number }`
number-value-hint = wpisz liczbę bez cudzysłowów (`value = 295`); wartość opisaną słowami zapisz w `text.pl = "…"` i `text.en = "…"` zamiast `value`
number-write-hint = wpisz liczbę bez cudzysłowów: `{ $key } = 295`
number-is-text = `{ $key }` musi być liczbą, a jest tekstem "{ $text }"
number-is-word = `{ $key }` musi być liczbą, a jest słowem `{ $word }`
number-example-hint = wpisz liczbę, np. 295 albo 12.5
number-is-other =
    `{ $key }` musi być liczbą, a jest { $kind ->
            [text] tekstem
            [number] liczbą
            [word] słowem
            [date] datą
            [list] listą
           *[table] tabelą
        }
no-number-hint = wpisz liczbę podaną w sprawozdaniu; jeśli jej nie podaje, wpisz `missing = "not-reported"` i notatkę `note` z wyjaśnieniem
explain-this-value = ta wartość
key-did-you-mean = czy chodziło o `{ $best }`? Dozwolone klucze w tym miejscu: { $allowed }
key-remove = usuń ten klucz
key-allowed = dozwolone klucze w tym miejscu: { $allowed }
key-below-table = ; ten wiersz należy do { $table } (wiersz { $line }): klucze samego pliku wpisuje się nad jego pierwszą [tabelą]
unknown-table-name = nieznana nazwa tabeli `{ $name }`
unknown-key = nieznany klucz `{ $name }`
file-empty = plik jest pusty
file-empty-hint = zacznij go od `{ $field } = …`; co powinno być w tym pliku, opisuje docs/content-format.md
missing-organisation-hint = dodaj tabelę [organisation] z nazwą wydawcy w `name`; zob. docs/content-format.md
missing-key-top-hint = dodaj `{ $field } = …` na początku pliku, nad pierwszą [tabelą]
missing-key-table-hint = dodaj `{ $field } = …` do tej tabeli; zob. docs/content-format.md
missing-key = brak wymaganego klucza `{ $field }`
given-twice =
    { $kind ->
            [table] tabela
           *[key] klucz
        } `{ $name }` występuje dwa razy (pierwszy raz w wierszu { $line })
given-twice-hint = zostaw jedno z nich: połącz oba w jedno
given-twice-same-table =
    { $kind ->
            [table] tabela
           *[key] klucz
        } `{ $name }` występuje dwa razy w tej samej tabeli
given-twice-same-table-hint = zostaw jedno z nich
syntax-key-placeholder = klucz
control-char = w tym wierszu jest niewidoczny znak sterujący (U+{ $code })
control-char-hint = usuń go (często trafia do pliku razem z tekstem skopiowanym z innego programu), a potem zapisz plik
backslash = ukośnik wsteczny `\` w tekście w podwójnym cudzysłowie rozpoczyna znak specjalny
backslash-hint = zamiast każdego ukośnika wstecznego wpisz `\\` albo ujmij tekst w pojedynczy cudzysłów: `{ $key } = '{ $text }'`
table-name-unclosed = nazwa tabeli `{ $name }` nie jest zamknięta znakiem `{ $closing }`
write-this = wpisz `{ $text }`
inline-table = tabela w nawiasach klamrowych `{"{"} … {"}"}` musi być zamknięta znakiem `{"}"}` w tym samym wierszu, z przecinkami między kluczami
inline-table-hint = zapisz ją w jednym wierszu, np. `{"{"} name.pl = "…", value = 1 {"}"}`
string-unclosed = tekst w cudzysłowie nie jest zamknięty w tym wierszu
string-unclosed-hint = zakończ go takim samym cudzysłowem w tym samym wierszu; tekst z kilku wierszy ujmij w potrójny cudzysłów: """…"""
extra-equals = w tym wierszu jest o jeden znak `=` za dużo
extra-equals-hint = zapisz `klucz = wartość`, z jednym znakiem `=`
line-goes-on = po wartości wiersz ciągnie się dalej
line-goes-on-hint = każde `klucz = wartość` zapisz w osobnym wierszu; tekst ze spacjami ujmij w cudzysłów; komentarz zaczyna się od #
leading-zero = liczba nie może zaczynać się od 0: `{ $number }`
date-needs = : oczekiwano { $what }
date-part-range = : { $part ->
        [month] miesiąc musi
        [day] dzień musi
        [hour] godzina musi
        [minute] minuta musi
        [second] sekunda musi
       *[other] { $part } musi
    } mieścić się w zakresie { $range }
toml-date-invalid = `{ $text }` nie jest poprawną datą{ $why }
toml-date-hint = zapisuj daty w cudzysłowie, jako "2024-03-28" albo "2024-03", gdy znany jest tylko miesiąc
toml-number-invalid = `{ $text }` nie jest liczbą zapisaną tak, jak wymaga TOML
toml-number-hint = zapisuj liczby samymi cyframi, z kropką przed częścią dziesiętną, np. `2506` albo `12.5`
bad-key = `{ $text }` nie może być kluczem
bad-key-hint = klucze to pojedyncze słowa z liter, cyfr, `_` i `-`, np. `value` albo `name.pl`; tekst ze spacjami wpisuje się po `=`, w cudzysłowie
not-toml = ten wiersz nie jest zapisany tak, jak wymaga format TOML ({ $description })
not-toml-hint = sprawdź, czy w wierszu nie brakuje cudzysłowu, nawiasu albo `=`; porównaj go z przykładami w docs/content-format.md
polish-number = `{ $key } = { $text }`: liczby zapisuje się bez spacji, z kropką przed częścią dziesiętną
multiline-unclosed = tekst otwarty znakami { $quotes } w wierszu { $line } nie jest zamknięty
multiline-unclosed-hint = zakończ go znakami { $quotes }
braces-unclosed = tabela w nawiasach klamrowych `{"{"}` w wierszu { $line } nie jest zamknięta znakiem `{"}"}`
braces-unclosed-hint = zamknij ją znakiem `{"}"}` w tym samym wierszu: `{"{"} name.pl = "…", value = 1 {"}"}`
no-value = `{ $key } =` nie ma wartości po znaku `=`
no-value-hint = wpisz wartość po `=`: liczbę (`{ $key } = 295`) albo tekst w cudzysłowie (`{ $key } = "…"`)
dash-not-number = `{ $key } = { $text }`: kreska nie jest liczbą
typographic-quotes = `{ $key }`: tekst jest w cudzysłowie drukarskim „…”
typographic-quotes-hint = użyj prostego cudzysłowu, takiego jak na klawiaturze: `{ $key } = "{ $text }"`
percent-sign = `{ $key } = { $text }`: odsetek zapisuje się bez znaku %
bare-value = `{ $key } = { $text }`: wartość nie jest ani liczbą, ani tekstem w cudzysłowie
bare-value-hint = liczbę wpisuje się bez cudzysłowu (`{ $key } = 295`); tekst ujmuje się w cudzysłów: `{ $key } = "{ $text }"`
key-space = klucz `{ $key }` zawiera spację
key-space-hint = klucze to pojedyncze słowa: sprawdź pisownię klucza w docs/content-format.md (tekst ze spacjami wpisuje się po `=`, w cudzysłowie)
no-equals = w wierszu `{ $line }` brak znaku `=`
no-equals-hint = zapisz `klucz = wartość` albo zacznij wiersz od #, aby był komentarzem
list-commas = pozycje listy oddziela się przecinkami
list-commas-hint = zapisz `["a", "b"]`: każdy tekst w cudzysłowie i przecinek między pozycjami
list-unclosed = lista nie jest zamknięta znakiem `]`
list-unclosed-hint = zakończ listę znakiem `]`: `["a", "b"]`
list-quote-missing = w tamtym wierszu brakuje cudzysłowu: każdy tekst na liście musi mieć cudzysłów na obu końcach, a lista kończy się znakiem `]`
list-unclosed-at = lista z wiersza { $line } nie jest zamknięta znakiem `]`
found-text = tekstem { $raw }
found-number = liczbą { $raw }
found-word = słowem `{ $raw }`
found-date = datą { $raw }
found-list = listą
found-table = tabelą
found-section = tabelą { $raw }
section-is-list = `[{ $name }]` jest listą: zapisz ją w podwójnych nawiasach, `[[{ $name }]]`
section-is-list-hint = każde [[{ $name }]] rozpoczyna jedną pozycję listy, z jej kluczami poniżej
want-whole = liczbą całkowitą
want-year = rokiem
want-text = tekstem w cudzysłowie
want-list = listą w nawiasach kwadratowych
want-table = tabelą kluczy
want-bool = `true` albo `false`
want-other = czymś innym
item-quote-hint = ujmij każdą pozycję w cudzysłów: "{ $raw }"
item-wrong-type = każda pozycja `{ $key }` musi być { $wanted }, a jedna jest { $found }
wrong-type = `{ $key }` musi być { $wanted }, a jest { $found }
vocabulary-missing = wpisz `missing = "not-reported"` albo `missing = "not-applicable"`
vocabulary-kind = wpisz `kind = "count"`, `"number"`, `"percent"` albo `"text"`
vocabulary-status = wpisz `status = "full"`, `"partial"` albo `"none"`
year-unquote-hint = wpisz rok bez cudzysłowu: `{ $key } = { $year }`
year-no-fraction-hint = wpisz rok bez części dziesiętnej: `{ $key } = { $year }`
year-digits-hint = wpisz rok czterema cyframi: `{ $key } = 2023`
year-digits-unquoted-hint = wpisz rok czterema cyframi, bez cudzysłowu: `{ $key } = 2023`
number-unquote-hint = wpisz liczbę bez cudzysłowu: `{ $key } = { $number }`
whole-number-hint = wpisz liczbę całkowitą, bez cudzysłowu: `{ $key } = 3`
quote-it-hint = ujmij to w cudzysłów: `{ $key } = "{ $raw }"`
one-text-hint = wpisz jeden tekst w cudzysłowie, a nie listę: `{ $key } = "…"`
text-quote-hint = wpisz tekst w cudzysłowie: `{ $key } = "…"`
text-or-languages-hint = wpisz tekst w cudzysłowie (`{ $key } = "…"`) albo osobny tekst dla każdego języka: `{ $key }.pl = "…"` i `{ $key }.en = "…"`
brackets-hint = ujmij to w nawiasy kwadratowe: `{ $key } = [{ $raw }]`
double-brackets-hint = wpisz [[{ $name }]], w podwójnych nawiasach: każde [[{ $name }]] dodaje jedną pozycję do listy
parts-list-hint = wpisz `parts = [ {"{"} name.pl = "…", name.en = "…", value = 1 {"}"}, … ]`, jedno `{"{"} … {"}"}` na każdą część
list-hint = wpisz listę w nawiasach kwadratowych: `{ $key } = ["…", "…"]`
parts-table-hint = zapisz każdą część jako `{"{"} name.pl = "…", name.en = "…", value = 1 {"}"}`
target-table-hint = wpisz `target.value = …` (oraz `target.year = …`, gdy cel dotyczy konkretnego roku)
table-hint = zapisz tabelę: `[{ $key }]` w osobnym wierszu, z jej kluczami poniżej
bool-hint = wpisz `{ $key } = true` albo `{ $key } = false`, bez cudzysłowu
see-docs = porównaj z przykładami w docs/content-format.md
too-large-hint = porównaj tę liczbę ze sprawozdaniem
too-large = `{ $key }` jest za duże: { $raw }
link-empty =
    { $what ->
            [link] link jest pusty
            [image] adres obrazu jest pusty
           *[key] pole `{ $key }` jest puste
        }
link-empty-hint = wpisz adres albo usuń link
link-scheme =
    { $what ->
            [link] link
            [image] adres obrazu
           *[key] pole `{ $key }`
        } zaczyna się od `{ $scheme }:`, a to jest niedozwolone
link-scheme-hint = jest tam "{ $shown }"; link może zaczynać się tylko od https://, http://, mailto: lub tel: albo prowadzić do strony tego serwisu (np. ../2022/)
link-other-site =
    { $what ->
            [link] link
            [image] adres obrazu
           *[key] pole `{ $key }`
        } zaczyna się od `//`: prowadzi do innego serwisu, nie mówiąc jak
link-other-site-hint = wpisz pełny adres, zaczynający się od https:// (jest tam "{ $shown }")
web-address-host-hint = jest tam "{ $shown }"; zacznij od https://: "{ $fixed }"
web-address-hint = jest tam "{ $shown }"; wpisz pełny adres, zaczynający się od https://
web-address = `{ $key }` musi być pełnym adresem strony internetowej
raw-html = w tekście nie wolno używać kodu HTML: `{ $tag }`
raw-html-hint = usuń znacznik HTML { $tag } (pojawia się w tekście wklejonym z Worda); w Markdownie pisz **pogrubienie**, *kursywę*, listy z `- ` i tabele z `|`
link-no-address =
    { $what ->
            [image] obraz nie ma adresu
           *[link] link nie ma adresu
        }
link-no-address-hint = wpisz adres w nawiasach: [tekst](https://…) albo usuń link
cannot-write-file = nie można zapisać pliku: { $error }
accessibility-partial-empty = deklaracja dostępności mówi, że strona nie jest w pełni zgodna, ale nie wymienia żadnych niedostępnych treści
accessibility-partial-empty-hint = dodaj tabelę [[accessibility.non_compliant]] dla każdej z nich: treść, powód i alternatywę; do tego czasu deklaracja informuje, że wykazu nie podano
accessibility-full-listed = deklaracja dostępności mówi, że strona jest w pełni zgodna, ale wymienia niedostępne treści
accessibility-full-listed-hint = wpisz status = "partial" albo usuń tabele [[accessibility.non_compliant]]
accessibility-burden = treść pozostaje niedostępna ze względu na nadmierne obciążenie, ale nie podano linku do analizy
accessibility-burden-hint = ustawa wymaga dołączenia analizy obciążenia: dodaj burden_analysis_url = "https://…" w sekcji [accessibility]
accessibility-review-early = przegląd deklaracji ({ $reviewed }) ma datę wcześniejszą niż jej sporządzenie ({ $prepared })
accessibility-review-early-hint = sprawdź obie daty: reviewed_on to data ostatniego corocznego przeglądu
accessibility-no-address = deklaracja dostępności wymaga adresu strony, ale nie ustawiono `base_url`
accessibility-no-address-hint = ustaw base_url = "https://…" na początku jawnik.toml: deklaracja podaje adres strony, której dotyczy
write-one-of = wpisz jedno z: { $words }
unknown-word =
    { $what ->
            [status] nieznany status dostępności
            [assessment] nieznany sposób oceny
           *[reason] nieznany powód
        } `{ $word }`
whole-date = `{ $key }` musi być pełną datą, np. "2024-03-28"
whole-date-hint = deklaracja dostępności podaje każdą datę z dokładnością do dnia (RRRR-MM-DD), jak wymaga wzór ministerstwa
accessibility-review-due =
    deklaracja dostępności { $when ->
            [reviewed] była ostatnio przeglądana { $last }
           *[prepared] została sporządzona { $last } i od tego czasu nie była przeglądana
        }: brakuje przeglądu wymaganego do 31 marca { $year } r.
accessibility-review-due-hint = ustawa wymaga przeglądu i aktualizacji deklaracji co roku do 31 marca: przejrzyj ją, a potem ustaw reviewed_on = "RRRR-MM-DD" w sekcji [accessibility] (to sprawdzenie porównuje z dzisiejszą datą, { $today })
report-no-metryczka = to sprawozdanie nie ma metryczki: kto i kiedy je sporządził, zatwierdził, opublikował i wprowadził
report-no-metryczka-hint = dodaj tabelę [metadata] (prepared_by, prepared_on, published_by, published_on, …) według metryczki sprawozdania w BIP; do tego czasu jego strona informuje, że metryczki nie podano
report-no-document = to sprawozdanie nie ma linku do opublikowanego dokumentu
report-no-document-hint = dodaj tabelę [document] z tytułem i url = "https://…", czyli adresem dokumentu w BIP
report-document-no-url = [document] sprawozdania nie ma url, więc jego strona nie może linkować do opublikowanego dokumentu
report-document-no-url-hint = dodaj url = "https://…", czyli adres dokumentu w BIP
dash-bd-hint = „b/d” (brak danych) oznacza, że sprawozdanie nie podaje liczby: zamiast `value` wpisz `missing = "not-reported"` i notatkę `note` z wyjaśnieniem
dash-nd-hint = „{ $text }” oznacza, że wskaźnik nie ma zastosowania: zamiast `value` wpisz `missing = "not-applicable"`
dash-hint = sprawozdanie podaje kreskę: zamiast `value` wpisz `missing = "dash"`, a strony pokażą kreskę bez zgadywania, co oznacza (jeśli sprawozdanie wyjaśnia jej znaczenie, wpisz `value = 0`, gdy chodzi o zero, albo `missing = "not-reported"`)
number-and-words-unit = ; jeśli słowa mówią, co jest liczone („osób”), wpisz je zamiast tego w `unit` wskaźnika w programme.toml
number-and-words = `{ $key } = { $text }`: liczba i słowa w jednej wartości
number-and-words-hint = wpisz samą liczbę, `{ $key } = { $number }`, a słowa jako notatkę: `note.pl = "{ $words }"` (i jej tłumaczenie w `note.en`){ $unit }
operator-missing = nie podano `operator`: strony poinformują, że nie wskazano realizatora programu
operator-missing-hint = jeśli program albo sprawozdania wskazują realizatora, dodaj `operator.pl = "…"` i `operator.en = "…"`
number-key-empty = `number` jest puste
number-key-empty-hint = wpisz numer tak, jak jest wydrukowany, np. "1.2", albo usuń ten klucz
numbered-twice =
    { $what ->
            [goals-of-edition] dwa cele tej edycji mają
            [tasks-of-goal] dwa zadania tego celu mają
            [directions-of-goal] dwa kierunki działań tego celu mają
            [tasks-of-direction] dwa zadania tego kierunku działań mają
           *[indicators-of-task] dwa wskaźniki tego zadania mają
        } numer { $number }
numbered-twice-hint = drugi jest w wierszu { $line }; porównaj numery ze sprawozdaniem
task-id-bad = identyfikator zadania `{ $id }` może zawierać tylko małe litery, cyfry i łączniki
task-id-twice = identyfikator zadania `{ $id }` występuje dwa razy
task-id-twice-hint = pierwszy raz występuje w wierszu { $line }; nadaj każdemu zadaniu własny identyfikator
schedule-outside = harmonogram wymienia rok { $year }, spoza edycji { $start }–{ $end }
schedule-outside-hint = porównaj rok z programem: ta edycja obejmuje lata { $start }–{ $end }
year-mismatch-rename-hint = zmień nazwę pliku na { $said }.toml albo popraw `year`
year-mismatch = plik nazywa się { $year }.toml, ale podaje year = { $said }
year-outside-edition = rok { $year } leży poza edycją { $start }–{ $end }
year-other-edition-hint = ten rok należy do edycji `{ $edition }`: ustaw edition = "{ $edition }"
year-no-edition-hint = żadna edycja tego programu nie obejmuje roku { $year }: sprawdź rok
edition-add-hint = dodaj plik edition-{ $edition }.toml do folderu programu
edition-list-hint = edycje tego programu to { $editions }
edition-unknown = nieznana edycja `{ $edition }`
task-keys-none-hint = zadania w edition-{ $edition }.toml nie mają numerów ani identyfikatorów: nadaj tam zadaniu `id = "…"` i użyj go tutaj
task-keys-hint = zadania mają oznaczenia { $keys }
task-key-unknown = żadne zadanie edycji { $edition } nie ma numeru ani identyfikatora `{ $key }`
task-number-shared =
    { $count ->
            [few] { $count } zadania edycji { $edition } mają
           *[other] { $count } zadań edycji { $edition } ma
        } numer { $number }
task-number-shared-hint = nadaj zadaniu identyfikator w edition-{ $edition }.toml (`id = "…"`) i wpisz tutaj [tasks.<identyfikator>]
value-none = `{ $id }` nie ma wartości
value-none-hint = wpisz `value = 123` albo, gdy nie ma liczby, `missing = "not-reported"` (albo "not-applicable", albo "dash", gdy sprawozdanie podaje kreskę), albo `text.pl = "…"` dla wartości opisanej słowami
value-several = `{ $id }` ma więcej niż jedno z: { $what }, `missing` i `text`
value-several-hint = zostaw tylko jedno: liczby (`value` z jego `parts`), powód braku (`missing`) albo słowa (`text`)
text-kind-in-value = `{ $id }` przyjmuje wartość opisaną słowami, w `text`, a nie w `value`
text-kind-in-value-hint = zamiast `value` wpisz `text.pl = "{ $text }"` i `text.en = "…"`
text-kind-number = `{ $id }` przyjmuje wartość opisaną słowami, a podano liczbę
text-kind-hint = wpisz `text.pl = "…"` i `text.en = "…"` albo zmień rodzaj wskaźnika w programme.toml
text-kind-parts = `{ $id }` przyjmuje wartość opisaną słowami, a podano `parts` z liczbami
missing-dash-hint = kreskę ze sprawozdania zapisuje się jako missing = "dash"
missing-reasons-hint = wpisz missing = "not-reported", "not-applicable" albo "dash"
missing-reason-unknown = nieznany powód braku wartości `{ $reason }`
value-not-reported-warning = wartość `{ $id }` jest oznaczona jako niepodana
value-not-reported-warning-hint = wpisz `value = …`, jeśli liczba jest znana, albo dodaj notatkę `note` z wyjaśnieniem, dlaczego jej nie podano
number-kind-text = `{ $id }` wymaga liczby, a podano tekst
number-kind-text-hint = wpisz `value = 123`; jeśli sprawozdanie podaje słowa zamiast liczby, ustaw wskaźnikowi kind = "text" w programme.toml albo wpisz te słowa w notatce `note`
parts-empty = `{ $id }` ma pustą listę `parts`
parts-empty-hint = wpisz części podane w sprawozdaniu, każdą jako `{"{"} name.pl = "…", name.en = "…", value = 1 {"}"}`, albo usuń `parts`
parts-sum = części `{ $id }` sumują się do { $sum } ({ $parts }), a suma wynosi { $total }
parts-sum-hint = porównaj części i sumę ze sprawozdaniem; jeśli sprawozdanie nie podaje sumy, usuń `value` i zostaw części
count-negative = `{ $id }` to wskaźnik zliczający, więc jego wartość nie może być ujemna
count-fraction = `{ $id }` to wskaźnik zliczający, więc jego wartość musi być liczbą całkowitą
count-fraction-hint = sprawdź tę liczbę albo ustaw temu wskaźnikowi kind = "number" w programme.toml
percent-range = `{ $id }` to odsetek, więc jego wartość musi mieścić się między 0 a 100
percent-range-hint = dla 12,5% wpisz 12.5
markdown-language = `{ $lang }` nie jest jednym z języków strony, więc ten plik jest pomijany
markdown-language-hint = języki strony to { $languages }; zmień nazwę pliku
front-matter-unclosed = nagłówek otwarty znakami `+++` w wierszu 1 nie jest zamknięty
front-matter-unclosed-hint = zakończ go osobnym wierszem `+++` przed tekstem; bez tego strona pokazałaby go jako tekst
year-four-digits-hint = wpisz rok czterema cyframi: `year = { $year }`
list-after-key = `{ $header }` nie może występować po `{ $key } = …` (wiersz { $line }) w tej samej tabeli
list-after-key-hint = podaj `{ $key }` w jeden sposób: jako `{ $key } = …` albo jako tabele { $header }; oba sposoby pokazuje docs/content-format.md
placeholder-left =
    { $count ->
        [one] „{ $text }” to tekst z szablonu, a nie prawdziwa treść
        [few] { $count } teksty w tym pliku pochodzą z szablonu, a nie są prawdziwą treścią: „{ $text }” tutaj i { $others ->
            [one] w wierszu
           *[other] w wierszach
        } { $lines }
       *[many] { $count } tekstów w tym pliku pochodzi z szablonu, a nie jest prawdziwą treścią: „{ $text }” tutaj i { $others ->
            [one] w wierszu
           *[other] w wierszach
        } { $lines }
    }
placeholder-left-hint = wpisz w tym miejscu prawdziwy tekst; w pliku .toml wiersz nieobowiązkowy można też pominąć, wstawiając # na jego początku
placeholder-left-md-hint = wpisz w tym miejscu prawdziwy tekst
