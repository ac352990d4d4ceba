# Tworzenie stron: motywy, szablony, teksty interfejsu, pliki całego serwisu.

base-url-missing = nie ustawiono `base_url`: nie zapisano pliku sitemap.xml, a linki na stronie 404.html działają tylko dla brakujących adresów w głównym folderze serwisu
base-url-missing-hint = dodaj base_url = "https://…/" (adres, pod którym strona zostanie opublikowana): mapa strony wymaga pełnych adresów, podobnie jak strona 404, którą serwery pokazują na dowolnym poziomie (np. dla /pl/stara/strona/)
strings-more =  i { $count } innych
strings-missing = w tekstach interfejsu motywu dla `{ $lang }` brakuje: { $keys }{ $more }
strings-missing-hint = dodaj je do i18n/{ $lang }/<część>.toml w motywie albo w stronie; do tego czasu wyświetlają się jako [klucz]
template-macros-hint = Tera 2 nie ma makr ani `import`: części motywu to komponenty, używane bez importu jako `{"{"}{"{"} <value cell={"{"}row.cell{"}"} /> {"}"}{"}"}`
template-hint = popraw szablon; szablony motywu i ich zmienne opisuje docs/theming.md
template-missing = motyw nie ma szablonu `{ $name }`
template-missing-hint = przywróć go w folderze motywu albo dodaj własny w folderze templates/ strony
template-render-failed = nie udało się utworzyć strony
template-read-failed = nie udało się odczytać szablonu
template-called-from = wywołany z { $places }; { $hint }
template-called-from-more = , wywołany z
template-no-parent = rozszerza szablon `{ $parent }`, który nie istnieje
template-no-parent-hint = wskaż w {"{"}% extends %{"}"} szablon motywu (np. base.html) albo dodaj ten szablon
theme-not-found = nie znaleziono motywu `{ $theme }`
theme-not-found-hint = utwórz folder themes/{ $theme }/ albo usuń `theme = …`, aby użyć motywu domyślnego
theme-link = to jest skrót (dowiązanie), którego jawnik nie śledzi: zostaje pominięty
theme-link-hint = umieść tu kopię samego pliku
windows-name = nazwy `{ $name }` nie można użyć w systemie Windows: { $why }
windows-name-hint = zmień ją (także w linkach do tego pliku w szablonach)
strings-not-toml = ten plik z tekstami interfejsu nie jest poprawnym plikiem TOML: { $error }
strings-not-toml-hint = każdy wiersz to `klucz = "tekst"`; ujmij tekst w cudzysłów, a znak " w jego środku zapisz jako \"

# Załączniki sprawozdania: jego PDF i pojedynczy plik HTML (render::attachments).
report-pdf-failed = nie udało się utworzyć pliku PDF tego sprawozdania ({ $lang }): { $error }
report-pdf-failed-hint = to błąd programu jawnik, a nie sprawozdania: zgłoś go, dołączając ten komunikat
report-pdf-disabled = ten jawnik zbudowano bez funkcji `pdf`: sprawozdania nie mają plików PDF
report-pdf-disabled-hint = zbuduj jawnik z funkcjami domyślnymi (cargo build --release), aby powstawały pliki PDF
