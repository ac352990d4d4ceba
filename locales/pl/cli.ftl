# Słowa jawnika w terminalu: etykiety, komunikaty o przebiegu poleceń.
# Każdy komunikat ma odpowiednik w locales/en/cli.ftl z tymi samymi zmiennymi.

## Etykiety komunikatu o problemie

label-error = błąd
label-warning = ostrzeżenie
label-help = wskazówka
label-note = uwaga
label-caused-by = przyczyna

## check

check-done = sprawdzono { $programmes ->
        [one] { $programmes } program
        [few] { $programmes } programy
       *[many] { $programmes } programów
    }, { $indicators ->
        [one] { $indicators } wskaźnik
        [few] { $indicators } wskaźniki
       *[many] { $indicators } wskaźników
    }, { $reports ->
        [one] { $reports } sprawozdanie
        [few] { $reports } sprawozdania
       *[many] { $reports } sprawozdań
    }: { $errors ->
        [one] { $errors } błąd
        [few] { $errors } błędy
       *[many] { $errors } błędów
    }, { $warnings ->
        [one] { $warnings } ostrzeżenie
        [few] { $warnings } ostrzeżenia
       *[many] { $warnings } ostrzeżeń
    }
check-unreadable = nie udało się odczytać strony: { $errors ->
        [one] { $errors } błąd
        [few] { $errors } błędy
       *[many] { $errors } błędów
    }, { $warnings ->
        [one] { $warnings } ostrzeżenie
        [few] { $warnings } ostrzeżenia
       *[many] { $warnings } ostrzeżeń
    }

## build

build-rendering = tworzenie stron: { $pages }…
build-done = zbudowano { $pages ->
        [one] { $pages } stronę
        [few] { $pages } strony
       *[many] { $pages } stron
    } i { $files ->
        [one] { $files } inny plik
        [few] { $files } inne pliki
       *[many] { $files } innych plików
    } w folderze { $output } w ciągu { $ms } ms ({ $warnings ->
        [one] { $warnings } ostrzeżenie
        [few] { $warnings } ostrzeżenia
       *[many] { $warnings } ostrzeżeń
    })
build-failed = budowanie nie powiodło się: { $errors ->
        [one] { $errors } błąd
        [few] { $errors } błędy
       *[many] { $errors } błędów
    }, { $warnings ->
        [one] { $warnings } ostrzeżenie
        [few] { $warnings } ostrzeżenia
       *[many] { $warnings } ostrzeżeń
    }; folder { $output } pozostał bez zmian
build-failed-io = budowanie nie powiodło się; poprzednia wersja strony pozostała na miejscu

## serve

serve-bad-bind = `--bind { $bind }` nie jest adresem IP; podaj adres taki jak 127.0.0.1

## new

new-site-not-empty = ten folder już istnieje i nie jest pusty, więc niczego nie zapisano
new-site-not-empty-hint = wybierz nową nazwę folderu, np. `jawnik new site moja-strona`
new-site-done =
    utworzono nową stronę w folderze { $dir }: jawnik.toml i content/{ $slug }/ (przykładowy program ze sprawozdaniem za rok { $year })
    dalej: uzupełnij jawnik.toml i pliki w content/, a potem uruchom `jawnik check --root { $dir }` i `jawnik build --root { $dir }`
new-programme-exists = program `{ $slug }` już istnieje, więc niczego nie zapisano
new-programme-exists-hint = dodaj do niego sprawozdanie za rok poleceniem `jawnik new report { $slug } ROK` albo wybierz inną nazwę
new-programme-done =
    utworzono folder { $dir }/ z plikami programme.toml i edition-{ $start }-{ $end }.toml (przykładowe nazwy i wskaźniki)
    dalej: uzupełnij je, a potem przygotuj plik z wartościami za rok poleceniem `jawnik new report { $slug } ROK`
new-report-exists = plik sprawozdania już istnieje, więc niczego nie zapisano
new-report-exists-hint = jawnik nigdy nie nadpisuje sprawozdania: popraw ten plik albo uzupełnij go z arkusza poleceniem `jawnik import { $slug } { $year } PLIK`
new-report-done =
    utworzono plik { $path }; { $count ->
        [one] { $count } wskaźnik, oznaczony
        [few] { $count } wskaźniki, wszystkie oznaczone
       *[many] { $count } wskaźników, wszystkie oznaczone
    } jako „nie podano”
    dalej: wpisz wartości (albo użyj `jawnik import { $slug } { $year } PLIK`), a potem uruchom `jawnik check`
no-programme = nie ma programu `{ $slug }`
no-programme-none-hint = utwórz go poleceniem `jawnik new programme NAZWA`
no-programme-list-hint = istniejące programy: { $programmes }
did-you-mean = czy chodziło o `{ $name }`?

## import

import-would-break = po imporcie pliku nie dałoby się odczytać ({ $problem }); niczego nie zapisano
import-new-file = (nowy plik; każdy wskaźnik ma „nie podano”, dopóki nie wpiszesz wartości)
import-above-header = wiersz { $row }: pominięty, leży nad wierszem nagłówka
import-row = wiersz { $row }
import-unchanged = (bez zmian)
import-summary = do zmiany: { $changed ->
        [one] { $changed } wskaźnik
        [few] { $changed } wskaźniki
       *[many] { $changed } wskaźników
    }, bez zmian: { $unchanged }, niezastosowane: { $rows ->
        [one] { $rows } wiersz
        [few] { $rows } wiersze
       *[many] { $rows } wierszy
    }
import-summary-absent = ; { $count ->
        [one] { $count } wskaźnika
       *[other] { $count } wskaźników
    } nie ma w arkuszu, pozostają bez zmian: { $ids }
import-not-written = niczego nie zapisano: popraw wymienione wyżej wiersze albo dodaj --allow-unmatched, aby zastosować pozostałe
import-preview = to był tylko podgląd: uruchom polecenie jeszcze raz z --write, aby zapisać zmiany
import-nothing-to-write = { $path } ma już te wartości; nie ma czego zapisać
import-written = zapisano { $path }; dalej: uruchom `jawnik check`

## synth (polecenie dla programistów)

synth-range = { $option } musi być liczbą od 1 do { $max }
synth-cannot-read = nie można odczytać { $path }
synth-cannot-create = nie można utworzyć { $path }
synth-cannot-write = nie można zapisać { $path }
synth-not-empty = { $path } nie jest pusty; `jawnik synth` zapisuje całą nową stronę: podaj nowy albo pusty folder
synth-done = zapisano { $count ->
        [one] { $count } plik
        [few] { $count } pliki
       *[many] { $count } plików
    } w folderze { $path }: programy × lata × wskaźniki = { $programmes } × { $years } × { $indicators } (ziarno { $seed }); spodziewane strony na język: { $pages }

## --help: polecenia (cli-<polecenie>-about) i ich argumenty
## (cli-<polecenie>-arg-<argument> albo cli-arg-<argument>, gdy znaczy to samo wszędzie)

cli-about = Tworzy dwujęzyczne serwisy internetowe ze sprawozdań z gminnych programów społecznych
cli-long-about =
    jawnik zamienia roczne sprawozdania z programów społecznych, zapisane w plikach TOML i Markdown, w statyczny, dwujęzyczny serwis internetowy z wykresami zmian i otwartymi danymi.

    Zacznij od polecenia `jawnik check` w folderze strony (tym, w którym są jawnik.toml i content/).
cli-heading-usage = Użycie:
cli-heading-commands = Polecenia:
cli-heading-arguments = Argumenty:
cli-heading-options = Opcje:
cli-default = domyślnie: { $value }
cli-possible = możliwe wartości: { $values }
cli-arg-help = Wyświetla pomoc
cli-arg-version = Wyświetla wersję programu
cli-help-about = Wyświetla tę pomoc albo pomoc do podanego polecenia
cli-arg-lang = Język komunikatów i pomocy (domyślnie: język systemu)
cli-arg-root = Folder strony, w którym są jawnik.toml i content/
cli-arg-programme = Nazwa folderu programu
cli-arg-year = Rok sprawozdania
cli-check-about = Sprawdza treść pod kątem błędów i ostrzeżeń, bez budowania strony
cli-check-arg-strict = Traktuje ostrzeżenia jak błędy (kod wyjścia 1, jeśli jakieś są), tak jak `build --strict`
cli-build-arg-strict = Traktuje ostrzeżenia jak błędy: jeśli jakieś są, niczego nie buduje i zostawia folder wyjściowy bez zmian (dla procesu publikacji)
cli-check-arg-output = Folder, do którego zapisywałby `jawnik build` (domyślnie public/ w folderze strony), oceniany tak jak przy budowaniu
cli-check-arg-force = Ocenia folder wyjściowy tak jak `jawnik build --force`
cli-build-about = Buduje stronę w folderze wyjściowym (domyślnie public/)
cli-build-arg-output = Gdzie zapisać stronę (domyślnie public/ w folderze strony): nowy albo pusty folder albo folder zapisany wcześniej przez jawnik (jest w nim plik .jawnik-output)
cli-build-arg-watch = Działa dalej i buduje stronę ponownie, gdy zmieni się plik
cli-build-arg-force = Zastępuje folder wyjściowy, choć nie zapisał go jawnik, albo usuwa z niego pliki, których jawnik nie zapisał (nigdy plik, folder strony ani jej foldery źródłowe)
cli-serve-about = Buduje stronę, udostępnia podgląd na tym komputerze i buduje ponownie po zmianie pliku
cli-serve-arg-bind = Adres, pod którym serwer nasłuchuje (z adresem domyślnym może się połączyć tylko ten komputer)
cli-serve-arg-port = Port, na którym serwer nasłuchuje (0 wybiera wolny port; adres zostanie wypisany)
cli-serve-arg-output = Zapisuje też każdą udaną wersję do FOLDERU, tak jak `jawnik build` (podgląd działa z pamięci; bez tej opcji nic nie jest zapisywane)
cli-serve-arg-open = Otwiera podgląd w domyślnej przeglądarce ($BROWSER, jeśli ustawiono), gdy serwer już działa; jeśli się nie uda, serve ostrzega i działa dalej
cli-serve-arg-force = Pozwala opcji --output zastąpić folder, którego nie zapisał jawnik, usuwając jego zawartość (nigdy plik, folder strony ani jej foldery źródłowe)
cli-new-about = Tworzy z szablonu nową stronę, program albo sprawozdanie za rok
cli-new-site-about = Działający szkielet strony z jednym programem
cli-new-site-arg-dir = Folder do utworzenia
cli-new-programme-about = Nowy folder programu w content/
cli-new-programme-arg-slug = Nazwa folderu programu (małe litery, łączniki)
cli-new-report-about = Plik sprawozdania za kolejny rok z listą wszystkich wskaźników
cli-import-about = Importuje wartości za rok z arkusza (CSV, XLSX, ODS)
cli-import-arg-file = Arkusz: .csv, .xlsx albo .ods
cli-import-arg-write = Zapisuje zmiany (bez tej opcji wyświetla tylko podgląd)
cli-import-arg-allow-unmatched = Stosuje pasujące wiersze, nawet gdy inne nie pasują (te nadal są wypisywane)
cli-synth-about = Zapisuje powtarzalną stronę z danymi syntetycznymi (testy wydajności i skali)
cli-synth-arg-programmes = Liczba programów
cli-synth-arg-years = Lata sprawozdań w każdym programie (ostatni to 2024)
cli-synth-arg-indicators = Liczba wskaźników w każdym programie
cli-synth-arg-seed = Ziarno: te same argumenty dają zawsze identyczne pliki
cli-synth-arg-out = Folder, w którym powstanie strona (nowy albo pusty)
cli-value-dir = FOLDER
cli-value-ip = IP
cli-value-lang = JĘZYK
cli-value-programme = PROGRAM
cli-value-year = ROK
cli-value-file = PLIK
cli-value-slug = NAZWA
cli-usage-options = [OPCJE]
cli-usage-command = <POLECENIE>
