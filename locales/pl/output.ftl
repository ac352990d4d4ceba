# Folder wyjściowy: co jawnik może zastąpić i co poszło nie tak przy zapisie.

output-unmarked = w folderze wyjściowym nie ma pliku { $mark }, a są w nim pliki, których to budowanie by nie zapisało ({ $count }): { $files }
output-unmarked-hint = jeśli zbudowała go starsza wersja jawnika (która nie oznaczała swoich folderów) i nie ma w nim niczego Twojego, dodaj raz --force; pliki, które mają być opublikowane razem ze stroną, umieść w folderze static/ strony
output-cannot-look = nie można sprawdzić { $path }: { $error }
output-is-file = wskazane miejsce zapisu to plik, a nie folder: budowanie by go zastąpiło
output-is-file-hint = podaj w --output folder: nowy albo taki, który jawnik zapisał wcześniej. jawnik nigdy nie zastępuje pliku, nawet z --force
output-cannot-look-inside = nie można zajrzeć do { $path }: { $error }
output-foreign =
    w folderze wyjściowym { $count ->
            [one] jest { $count } plik, którego jawnik nie zapisał, a który budowanie by usunęło
            [few] są { $count } pliki, których jawnik nie zapisał, a które budowanie by usunęło
           *[many] jest { $count } plików, których jawnik nie zapisał, a które budowanie by usunęło
        }: { $files }
output-foreign-hint = przenieś je poza ten folder: pliki, które mają być opublikowane razem ze stroną, umieść w folderze static/ strony, który każde budowanie kopiuje do static/ w folderze wyjściowym. Aby je usunąć i mimo to zbudować stronę, dodaj --force
output-foreign-overwrite =
    w folderze wyjściowym { $count ->
            [one] jest { $count } plik, którego jawnik nie zapisał, a który ponowne budowanie by nadpisało
            [few] są { $count } pliki, których jawnik nie zapisał, a które ponowne budowanie by nadpisało
           *[many] jest { $count } plików, których jawnik nie zapisał, a które ponowne budowanie by nadpisało
        }: { $files }
output-foreign-overwrite-hint = przenieś je poza ten folder (pliki, które mają być opublikowane razem ze stroną, umieść w folderze static/ strony) i zapisz ponownie dowolny plik; aby mimo to je nadpisać, uruchom polecenie jeszcze raz z --force
output-not-ours =
    folder wyjściowy nie jest pusty i nie zapisał go jawnik: budowanie usunęłoby { $count ->
            [one] znajdujący się w nim plik
           *[other] wszystkie znajdujące się w nim pliki (razem { $count })
        } ({ $files })
output-not-ours-hint = wybierz dla --output nowy albo pusty folder: jawnik zastępuje tylko folder, który sam zapisał (z plikiem { $mark }), albo pusty. Pliki, które mają być opublikowane razem ze stroną, umieść w folderze static/ strony. Aby usunąć całą zawartość { $path } i mimo to zbudować tam stronę, dodaj --force
output-read-only = folder wyjściowy jest tylko do odczytu, więc nie można w nim zapisać strony
output-read-only-hint = zezwól na zapis w nim (np. zamontuj go ponownie do zapisu) albo zbuduj stronę w innym folderze, podając --output
output-leftover =
    nie udało się usunąć { $what ->
            [working] tego folderu roboczego
            [aside] poprzedniej wersji strony, odłożonej tutaj
           *[earlier] tego folderu, pozostawionego przez wcześniejsze budowanie
        }: { $error }
output-leftover-hint = usuń go, gdy żaden program nie będzie miał otwartego pliku z tego folderu; nie jest częścią strony, a budowanie radzi sobie z nim
output-outside = odmowa zapisu poza folderem wyjściowym: { $path }
output-broken-link = wskazane miejsce zapisu to skrót (dowiązanie) do { $target }, które nie istnieje
output-broken-link-hint = utwórz folder, na który wskazuje, albo podaj w --output folder
output-cannot-write-into = nie udało się zapisać nowej wersji strony w { $path }: { $error }
output-put-back = poprzednią wersję strony przywrócono bez zmian
output-not-put-back = części plików poprzedniej wersji strony ({ $count }) nie udało się przywrócić; są w { $path }
output-in-use = ten plik jest używany przez inny program, więc nie udało się zastąpić strony; { $kept }
output-in-use-hint = zamknij program, który ma go otwartego (np. plik CSV otwarty w Excelu albo wiersz poleceń w tym folderze), i zbuduj stronę ponownie
output-not-replaced = nie udało się zastąpić tego pliku ({ $error }), więc strona nie została zastąpiona; { $kept }
output-not-replaced-hint = sprawdź, czy pliki w folderze wyjściowym można zmieniać (uprawnienia, plik oznaczony jako niezmienialny), i zbuduj stronę ponownie
output-cannot-create = nie udało się utworzyć { $path }: { $error }
output-swap-lost = nie udało się przenieść nowej wersji strony na miejsce, a poprzedniej, odłożonej do { $aside }, nie udało się przywrócić ({ $error }): zmień nazwę tamtego folderu na { $path }
output-cannot-write-in = nie udało się zapisać w { $path }: { $error }
output-in-site-hint = użyj public/ (domyślnie) albo folderu poza stroną; --force tego nie zmienia
output-is-root = folder wyjściowy to katalog główny systemu plików
output-is-home = folder wyjściowy to Twój folder domowy
output-holds-site = folder wyjściowy zawiera sam folder strony, który zapis by zastąpił
output-is-source = folder wyjściowy to folder { $dir }/ strony, który zapis by zastąpił
output-in-source = folder wyjściowy leży w { $dir }/, gdzie zostałby odczytany jako część strony
rendering-failed = tworzenie stron nie powiodło się: { $error }
output-cannot-check = nie można sprawdzić folderu wyjściowego: { $error }
strict-denied = (ostrzeżenie, odrzucone przez --strict)
