# `jawnik serve` i `jawnik build --watch`: serwer podglądu i ponowne budowanie.

serve-cannot-listen = nie można nasłuchiwać pod adresem { $addr }: { $error }; wybierz inny --port (--port 0 wybiera dowolny wolny)
serve-not-loopback = nasłuchiwanie pod adresem { $ip }: każdy, kto może połączyć się z tym adresem, może czytać stronę
serve-serving = podgląd strony { $root } pod adresem { $url } (Ctrl+C kończy)
serve-built = zbudowano { $pages ->
        [one] { $pages } stronę
        [few] { $pages } strony
       *[many] { $pages } stron
    } i { $files ->
        [one] { $files } inny plik
        [few] { $files } inne pliki
       *[many] { $files } innych plików
    } w { $ms } ms ({ $warnings ->
        [one] { $warnings } ostrzeżenie
        [few] { $warnings } ostrzeżenia
       *[many] { $warnings } ostrzeżeń
    })
serve-build-failed = budowanie nie powiodło się: { $errors ->
        [one] { $errors } błąd
        [few] { $errors } błędy
       *[many] { $errors } błędów
    }, { $warnings ->
        [one] { $warnings } ostrzeżenie
        [few] { $warnings } ostrzeżenia
       *[many] { $warnings } ostrzeżeń
    }; popraw pliki i zapisz je, jawnik śledzi zmiany
watch-watching = śledzenie zmian w folderze { $root } (Ctrl+C kończy)
watch-cannot-watch = nie można śledzić zmian w { $path }: { $error }
watch-error = śledzenie zmian w plikach: { $error }
count-problems = { $errors ->
        [one] { $errors } błąd
        [few] { $errors } błędy
       *[many] { $errors } błędów
    }, { $warnings ->
        [one] { $warnings } ostrzeżenie
        [few] { $warnings } ostrzeżenia
       *[many] { $warnings } ostrzeżeń
    }
rebuild-changed = { $changed ->
        [0] żaden plik się nie zmienił
        [one] zmieniono { $changed } plik
        [few] zmieniono { $changed } pliki
       *[many] zmieniono { $changed } plików
    }
rebuild-removed = , usunięto: { $removed }
rebuild-done = zbudowano ponownie po zmianie { $what }: { $counts } w { $ms } ms
rebuild-how-static = (skopiowano pliki statyczne, bez tworzenia stron)
rebuild-how-programmes = (strony i pliki tego programu; wspólne strony serwisu za chwilę)
rebuild-how-templates = ({ $pages ->
        [one] { $pages } strona używa
        [few] { $pages } strony używają
       *[many] { $pages } stron używa
    } zmienionych szablonów: utworzono je ponownie, nic poza tym)
rebuild-failed = ponowne budowanie po zmianie { $what } nie powiodło się: { $errors ->
        [one] { $errors } błąd
        [few] { $errors } błędy
       *[many] { $errors } błędów
    }, { $warnings ->
        [one] { $warnings } ostrzeżenie
        [few] { $warnings } ostrzeżenia
       *[many] { $warnings } ostrzeżeń
    }; { $kept }
rebuild-kept-serving = podgląd nadal pokazuje ostatnią poprawną wersję strony
rebuild-kept-output = folder { $output } pozostał bez zmian
rebuild-kept-nothing = niczego nie zapisano
rebuild-finished = zaktualizowano wspólne strony i pliki serwisu: { $counts } w { $ms } ms
rebuild-finish-failed = aktualizacja wspólnych stron i plików serwisu nie powiodła się: { $errors ->
        [one] { $errors } błąd
        [few] { $errors } błędy
       *[many] { $errors } błędów
    }, { $warnings ->
        [one] { $warnings } ostrzeżenie
        [few] { $warnings } ostrzeżenia
       *[many] { $warnings } ostrzeżeń
    }
rebuild-write-again = zostanie zapisany ponownie w całości po następnym udanym budowaniu
could-not-write = nie można zapisać { $path }: { $error }
change-and-others = { $others ->
        [one] { $first } i { $others } innego pliku
       *[other] { $first } i { $others } innych plików
    }
browser-failed = nie udało się otworzyć { $url } w przeglądarce: { $error }; otwórz ten adres samodzielnie
browser-no-thread = nie udało się uruchomić przeglądarki; otwórz adres samodzielnie
browser-no-opener = nie znaleziono programu xdg-open (ani gio, kde-open); ustaw w $BROWSER polecenie uruchamiające przeglądarkę
browser-did-not-start = $BROWSER ({ $command }) nie uruchomił się: { $error }
browser-exit = $BROWSER ({ $command }) zakończył się błędem ({ $status })
root-cannot-open = nie można otworzyć folderu strony { $path }: { $error }
root-no-config = brak pliku { $file } w folderze { $path }; uruchom jawnik w folderze strony albo podaj --root FOLDER (nową stronę tworzy `jawnik new site FOLDER`)
server-no-start = nie udało się uruchomić serwera podglądu: { $error }
no-site-title = nie udało się zbudować strony
no-site-heading = Nie udało się zbudować strony
no-site-text = Popraw opisane niżej problemy i zapisz plik; ta strona odświeży się sama.
no-site-building = strona jest właśnie budowana
