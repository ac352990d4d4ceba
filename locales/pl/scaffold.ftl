# Komentarze w plikach, które zapisuje `jawnik new`, i jego komunikaty. Komentarz
# to kolejne wiersze; kod dopisuje przed każdym "# ".

slug-taken = `{ $slug }` nie może być nazwą folderu programu: { $reason }
slug-taken-fix = wybierz inną nazwę
slug-bad-hint = użyj małych liter, cyfr i łączników, np. `wspieranie-rodziny`
slug-suggest-hint = użyj `{ $suggestion }` (małe litery, cyfry i łączniki)
slug-bad = `{ $slug }` nie może być nazwą folderu programu
scaffold-site-intro =
    Ustawienia strony. Wszystko poniżej to PRZYKŁAD: zastąp to danymi swojej
    instytucji. Każdy klucz jest opisany w docs/content-format.md.
    `jawnik check` wypisuje, czego jeszcze brakuje.
scaffold-site-languages = Pierwszy język jest domyślny: jego strony są w głównym folderze serwisu.
scaffold-site-base-url = Adres opublikowanej strony, potrzebny do kanału RSS i mapy strony (opcjonalnie):
scaffold-site-accessibility =
    Deklaracja dostępności wymagana przez ustawę z dnia 4 kwietnia 2019 r.
    (wszystkie klucze: docs/content-format.md, „The accessibility statement”).
    Uzupełnij te klucze; do tego czasu `jawnik check` ostrzega, a strona
    deklaracji informuje, że ich nie podano. Daty podawaj z dokładnością do dnia;
    przeglądaj deklarację co roku do 31 marca.
scaffold-programme-intro =
    Program `{ $slug }`. Wszystko poniżej to PRZYKŁAD: zastąp nazwy nazwami
    tego programu i zdefiniuj jego wskaźniki. Identyfikator wskaźnika (`id`)
    jest częścią adresów stron i każdego pliku roku: wybierz go raz i nie zmieniaj.
    Zob. docs/content-format.md.
scaffold-headline = Wskaźniki pokazywane na stronie głównej.
scaffold-edition-intro =
    Edycja programu na lata { $start }–{ $end } w brzmieniu przyjętym przez radę: jej
    cele, zadania w ramach celów i wskaźniki mierzące każde zadanie. Nazwy są
    PRZYKŁADOWE: zastąp je nazwami z uchwały w sprawie programu.
scaffold-resolution = Uchwała rady przyjmująca tę edycję:
no-edition-add-hint = dodaj do folderu programu plik edycji, np. edition-{ $year }-{ $end }.toml
no-edition-list-hint = edycje programu to { $editions }; sprawdź rok albo dodaj plik edycji (edition-POCZĄTEK-KONIEC.toml) obejmujący rok { $year }
no-edition = żadna edycja programu `{ $slug }` nie obejmuje roku { $year }
scaffold-report-intro =
    Utworzone przez `jawnik new report`. Poniżej są wszystkie wskaźniki edycji,
    oznaczone missing = "not-reported", dopóki ich nie uzupełnisz: zastąp ten
    wiersz wierszem `value = 123` (same cyfry: bez spacji i cudzysłowu, z kropką
    przed częścią dziesiętną). Zostaw `missing` tylko przy wartości, której
    sprawozdanie naprawdę nie podaje, i dodaj `note.pl = "…"` z wyjaśnieniem.
    Potem uruchom `jawnik check`.
scaffold-report-previous = Obok każdego wskaźnika: jego wartość ze sprawozdania za rok { $year }.
scaffold-report-title = Tytuł w brzmieniu ze sprawozdania: porównaj go z dokumentem.
scaffold-report-document =
    Gdzie opublikowano sprawozdanie i jego metryczka w BIP. Kanał RSS datuje
    sprawozdanie według `published_on`. Usuń znaki # na początku wierszy i uzupełnij:
scaffold-in-words = słownie: text.pl = "…"
scaffold-no-value = brak wartości
scaffold-total-of-parts =
    { $total } (suma { $parts ->
            [one] { $parts } części
           *[other] { $parts } części
        })
scaffold-file-exists = plik już istnieje, więc niczego nie zapisano
scaffold-file-exists-hint = jawnik nigdy nie nadpisuje Twoich plików: jeśli chcesz nowy plik, najpierw zmień nazwę istniejącego albo go przenieś
scaffold-breakdown =
    Sprawozdanie za rok { $year } podało { $what ->
            [total] sumę i części
           *[parts] części bez sumy
        }; jeśli to też podaje:
scaffold-period = Sprawozdanie za rok { $year } podało, jakiego okresu dotyczy wartość; sprawdź i usuń znak #:
scaffold-task-note = Sprawozdanie za rok { $year } podało w wierszu tego zadania: „{ $note }”. Dla tego roku usuń znaki # i wpisz:
scaffold-parts-no-total =
    { $parts ->
            [one] { $parts } część
            [few] { $parts } części
           *[many] { $parts } części
        }, bez sumy
