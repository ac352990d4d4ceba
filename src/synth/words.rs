//! The vocabulary synthetic sites are made of: programme themes, towns, indicator
//! definitions and the few phrases that vary between reports. Modelled on the
//! real reports in tests/seeds (names, units, value shapes), in Polish with
//! diacritics and in English. Only data here; `synth` decides how to combine it.

/// A kind of social programme a municipality runs.
pub struct Theme {
    pub slug: &'static str,
    pub pl: &'static str,
    pub en: &'static str,
    pub short_pl: &'static str,
    pub short_en: &'static str,
}

pub const THEMES: &[Theme] = &[
    Theme {
        slug: "przeciwdzialanie-przemocy",
        pl: "Program Przeciwdziałania Przemocy w Rodzinie oraz Ochrony Ofiar Przemocy w Rodzinie",
        en: "Programme for Counteracting Domestic Violence and Protecting Victims of Domestic Violence",
        short_pl: "Przeciwdziałanie przemocy w rodzinie",
        short_en: "Counteracting domestic violence",
    },
    Theme {
        slug: "wspieranie-rodziny",
        pl: "Program Wspierania Rodziny",
        en: "Family Support Programme",
        short_pl: "Wspieranie rodziny",
        short_en: "Family support",
    },
    Theme {
        slug: "profilaktyka-alkoholowa",
        pl: "Program Profilaktyki i Rozwiązywania Problemów Alkoholowych",
        en: "Programme for the Prevention and Solving of Alcohol Problems",
        short_pl: "Profilaktyka alkoholowa",
        short_en: "Alcohol prevention",
    },
    Theme {
        slug: "przeciwdzialanie-narkomanii",
        pl: "Program Przeciwdziałania Narkomanii",
        en: "Programme for Counteracting Drug Addiction",
        short_pl: "Przeciwdziałanie narkomanii",
        short_en: "Counteracting drug addiction",
    },
    Theme {
        slug: "aktywnosc-seniorow",
        pl: "Program Aktywności Lokalnej dla Osób Starszych",
        en: "Local Activity Programme for Older People",
        short_pl: "Aktywność seniorów",
        short_en: "Activity of older people",
    },
    Theme {
        slug: "wyrownywanie-szans",
        pl: "Program Wyrównywania Szans Osób z Niepełnosprawnościami",
        en: "Programme for Equal Opportunities of People with Disabilities",
        short_pl: "Wyrównywanie szans",
        short_en: "Equal opportunities",
    },
    Theme {
        slug: "przeciwdzialanie-bezdomnosci",
        pl: "Program Przeciwdziałania Bezdomności",
        en: "Programme for Counteracting Homelessness",
        short_pl: "Przeciwdziałanie bezdomności",
        short_en: "Counteracting homelessness",
    },
    Theme {
        slug: "zdrowie-psychiczne",
        pl: "Program Ochrony Zdrowia Psychicznego",
        en: "Mental Health Protection Programme",
        short_pl: "Zdrowie psychiczne",
        short_en: "Mental health",
    },
    Theme {
        slug: "integracja-spoleczna",
        pl: "Program Integracji Społecznej",
        en: "Social Integration Programme",
        short_pl: "Integracja społeczna",
        short_en: "Social integration",
    },
    Theme {
        slug: "opieka-nad-dziecmi",
        pl: "Program Opieki nad Dziećmi w Wieku do Lat 3",
        en: "Childcare Programme for Children up to the Age of 3",
        short_pl: "Opieka nad dziećmi do lat 3",
        short_en: "Childcare up to age 3",
    },
];

/// A town: its name, the form after "w" (locative), and its slug.
pub struct Town {
    pub name: &'static str,
    pub locative: &'static str,
    pub slug: &'static str,
}

const fn town(name: &'static str, locative: &'static str, slug: &'static str) -> Town {
    Town { name, locative, slug }
}

pub const TOWNS: &[Town] = &[
    town("Łęczna", "Łęcznej", "leczna"),
    town("Świdnik", "Świdniku", "swidnik"),
    town("Kraśnik", "Kraśniku", "krasnik"),
    town("Żyrardów", "Żyrardowie", "zyrardow"),
    town("Bełchatów", "Bełchatowie", "belchatow"),
    town("Głogów", "Głogowie", "glogow"),
    town("Ełk", "Ełku", "elk"),
    town("Łańcut", "Łańcucie", "lancut"),
    town("Końskie", "Końskich", "konskie"),
    town("Żagań", "Żaganiu", "zagan"),
    town("Świebodzin", "Świebodzinie", "swiebodzin"),
    town("Chełm", "Chełmie", "chelm"),
    town("Dęblin", "Dęblinie", "deblin"),
    town("Łomża", "Łomży", "lomza"),
    town("Ostrołęka", "Ostrołęce", "ostroleka"),
    town("Tczew", "Tczewie", "tczew"),
    town("Gniezno", "Gnieźnie", "gniezno"),
    town("Zgierz", "Zgierzu", "zgierz"),
    town("Łuków", "Łukowie", "lukow"),
    town("Biała Podlaska", "Białej Podlaskiej", "biala-podlaska"),
    town("Sieradz", "Sieradzu", "sieradz"),
    town("Oświęcim", "Oświęcimiu", "oswiecim"),
    town("Wałbrzych", "Wałbrzychu", "walbrzych"),
    town("Puławy", "Puławach", "pulawy"),
    town("Zduńska Wola", "Zduńskiej Woli", "zdunska-wola"),
    town("Kłodzko", "Kłodzku", "klodzko"),
    town("Jarosław", "Jarosławiu", "jaroslaw"),
    town("Sokółka", "Sokółce", "sokolka"),
    town("Przemyśl", "Przemyślu", "przemysl"),
    town("Kętrzyn", "Kętrzynie", "ketrzyn"),
];

/// What values an indicator takes, as far as the generator is concerned.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Whole numbers around `base` (people, meetings, cards...).
    Count { base: i64 },
    /// A count whose total is split into the named parts.
    Split { base: i64, parts: &'static [(&'static str, &'static str)] },
    /// Money in PLN with grosze (two decimals), around `base` złoty.
    Money { base: i64 },
    /// A percentage with one decimal, around `base` per cent.
    Percent { base: i64 },
    /// A value in words, picked from [`TEXT_VALUES`].
    Words,
}

pub struct IndicatorWords {
    pub id: &'static str,
    pub pl: &'static str,
    pub en: &'static str,
    pub unit_pl: &'static str,
    pub unit_en: &'static str,
    pub shape: Shape,
}

const fn ind(
    id: &'static str,
    pl: &'static str,
    en: &'static str,
    unit: (&'static str, &'static str),
    shape: Shape,
) -> IndicatorWords {
    IndicatorWords { id, pl, en, unit_pl: unit.0, unit_en: unit.1, shape }
}

const SEX: &[(&str, &str)] = &[("kobiety", "women"), ("mężczyźni", "men")];
const AGE: &[(&str, &str)] =
    &[("dzieci i młodzież", "children and young people"), ("dorośli", "adults"), ("seniorzy", "older people")];
const PLACE: &[(&str, &str)] = &[("w mieście", "in town"), ("na terenach wiejskich", "in rural areas")];

const PEOPLE: (&str, &str) = ("osoby", "people");
const FAMILIES: (&str, &str) = ("rodziny", "families");
const PLN: (&str, &str) = ("zł", "PLN");
const PCT: (&str, &str) = ("%", "%");

/// Indicator definitions; a programme draws its indicators from these in a
/// seeded order (with numbered variants when it needs more than there are).
pub const INDICATORS: &[IndicatorWords] = &[
    ind(
        "osoby-objete-wsparciem",
        "Liczba osób objętych wsparciem",
        "Number of people who received support",
        PEOPLE,
        Shape::Split { base: 180, parts: SEX },
    ),
    ind(
        "rodziny-objete-pomoca",
        "Liczba rodzin objętych pomocą",
        "Number of families receiving help",
        FAMILIES,
        Shape::Count { base: 120 },
    ),
    ind(
        "porady-i-konsultacje",
        "Liczba udzielonych porad i konsultacji",
        "Number of advice and consultation sessions given",
        ("porady", "sessions"),
        Shape::Count { base: 300 },
    ),
    ind(
        "grupy-wsparcia",
        "Liczba prowadzonych grup wsparcia",
        "Number of support groups run",
        ("grupy", "groups"),
        Shape::Count { base: 4 },
    ),
    ind(
        "niebieskie-karty",
        "Liczba prowadzonych procedur „Niebieskie Karty”",
        "Number of “Blue Card” procedures conducted",
        ("procedury", "procedures"),
        Shape::Count { base: 40 },
    ),
    ind(
        "swietlice",
        "Liczba świetlic profilaktyczno-wychowawczych",
        "Number of prevention and education day-care centres",
        ("świetlice", "day-care centres"),
        Shape::Count { base: 5 },
    ),
    ind(
        "uczestnicy-zajec",
        "Liczba uczestników zajęć profilaktycznych",
        "Number of participants in prevention activities",
        PEOPLE,
        Shape::Split { base: 900, parts: AGE },
    ),
    ind(
        "szkolenia",
        "Liczba zorganizowanych szkoleń",
        "Number of training sessions organised",
        ("szkolenia", "sessions"),
        Shape::Count { base: 6 },
    ),
    ind(
        "osoby-przeszkolone",
        "Liczba osób przeszkolonych",
        "Number of people trained",
        PEOPLE,
        Shape::Count { base: 40 },
    ),
    ind(
        "materialy-informacyjne",
        "Liczba rozpowszechnionych materiałów informacyjnych",
        "Number of information materials distributed",
        ("sztuki", "copies"),
        Shape::Count { base: 2500 },
    ),
    ind(
        "wizyty-w-rodzinach",
        "Liczba wizyt w środowisku rodzinnym",
        "Number of home visits to families",
        ("wizyty", "visits"),
        Shape::Count { base: 100 },
    ),
    ind(
        "asystenci-rodziny",
        "Liczba zatrudnionych asystentów rodziny",
        "Number of family assistants employed",
        ("etaty", "posts"),
        Shape::Count { base: 3 },
    ),
    ind(
        "dzieci-w-pieczy",
        "Liczba dzieci umieszczonych w pieczy zastępczej",
        "Number of children placed in foster care",
        ("dzieci", "children"),
        Shape::Split { base: 25, parts: PLACE },
    ),
    ind(
        "interwencje-kryzysowe",
        "Liczba interwencji kryzysowych",
        "Number of crisis interventions",
        ("interwencje", "interventions"),
        Shape::Count { base: 60 },
    ),
    ind(
        "telefony-zaufania",
        "Liczba lokalnych telefonów zaufania",
        "Number of local helplines",
        ("telefony", "helplines"),
        Shape::Count { base: 2 },
    ),
    ind(
        "kontrakty-socjalne",
        "Liczba podpisanych kontraktów socjalnych",
        "Number of social contracts signed",
        ("kontrakty", "contracts"),
        Shape::Count { base: 35 },
    ),
    ind(
        "posilki-wydane",
        "Liczba wydanych posiłków",
        "Number of meals served",
        ("posiłki", "meals"),
        Shape::Count { base: 12000 },
    ),
    ind(
        "miejsca-noclegowe",
        "Liczba miejsc w noclegowniach i schroniskach",
        "Number of places in night shelters and hostels",
        ("miejsca", "places"),
        Shape::Count { base: 30 },
    ),
    ind(
        "kampanie-spoleczne",
        "Liczba kampanii społecznych",
        "Number of public awareness campaigns",
        ("kampanie", "campaigns"),
        Shape::Count { base: 3 },
    ),
    ind(
        "programy-profilaktyczne",
        "Liczba realizowanych programów profilaktycznych",
        "Number of prevention programmes run",
        ("programy", "programmes"),
        Shape::Count { base: 8 },
    ),
    ind(
        "uczestnicy-klubu-seniora",
        "Liczba uczestników klubów seniora",
        "Number of members of senior clubs",
        PEOPLE,
        Shape::Split { base: 150, parts: SEX },
    ),
    ind(
        "wolontariusze",
        "Liczba zaangażowanych wolontariuszy",
        "Number of volunteers involved",
        PEOPLE,
        Shape::Count { base: 45 },
    ),
    ind(
        "miejsca-w-zlobkach",
        "Liczba miejsc w żłobkach i klubach dziecięcych",
        "Number of places in nurseries and children's clubs",
        ("miejsca", "places"),
        Shape::Count { base: 160 },
    ),
    ind(
        "osoby-skierowane-na-terapie",
        "Liczba osób skierowanych na leczenie odwykowe",
        "Number of people referred to addiction treatment",
        PEOPLE,
        Shape::Split { base: 50, parts: SEX },
    ),
    ind(
        "wydatki-programu",
        "Wydatki na realizację programu",
        "Spending on the programme",
        PLN,
        Shape::Money { base: 450_000 },
    ),
    ind(
        "dofinansowanie-ngo",
        "Kwota dotacji dla organizacji pozarządowych",
        "Grants to non-governmental organisations",
        PLN,
        Shape::Money { base: 120_000 },
    ),
    ind(
        "srednie-swiadczenie",
        "Średnia wysokość świadczenia na rodzinę",
        "Average benefit per family",
        PLN,
        Shape::Money { base: 1_400 },
    ),
    ind(
        "odsetek-rodzin-usamodzielnionych",
        "Odsetek rodzin, które wyszły z systemu pomocy",
        "Share of families that left the assistance system",
        PCT,
        Shape::Percent { base: 18 },
    ),
    ind(
        "odsetek-zakonczonych-procedur",
        "Odsetek procedur zakończonych ustaniem przemocy",
        "Share of procedures closed because the violence stopped",
        PCT,
        Shape::Percent { base: 62 },
    ),
    ind(
        "obsada-etatow",
        "Obsada etatów pracowników socjalnych",
        "Social worker posts filled",
        PCT,
        Shape::Percent { base: 91 },
    ),
    ind(
        "dostepnosc-punktu",
        "Godziny pracy punktu konsultacyjnego",
        "Opening hours of the consultation point",
        ("", ""),
        Shape::Words,
    ),
    ind(
        "czestotliwosc-diagnozy",
        "Częstotliwość aktualizacji diagnozy problemów społecznych",
        "How often the diagnosis of social problems is updated",
        ("", ""),
        Shape::Words,
    ),
    ind(
        "forma-wsparcia-psychologicznego",
        "Forma wsparcia psychologicznego",
        "Form of psychological support",
        ("", ""),
        Shape::Words,
    ),
];

/// Values in words for `Shape::Words` indicators, (pl, en).
pub const TEXT_VALUES: &[(&str, &str)] = &[
    ("całodobowo", "around the clock"),
    ("w dni robocze w godz. 8–16", "on working days, 8:00–16:00"),
    ("dwa razy w tygodniu po południu", "twice a week in the afternoon"),
    ("raz w roku", "once a year"),
    ("co dwa lata", "every two years"),
    ("indywidualne konsultacje i grupa wsparcia", "individual consultations and a support group"),
    ("dyżur telefoniczny i porady online", "telephone duty and online advice"),
    ("nie prowadzono — brak specjalisty", "not run — no specialist available"),
];

/// Goal names for edition files, (pl, en).
pub const GOALS: &[(&str, &str)] = &[
    ("Wsparcie rodzin w trudnej sytuacji życiowej", "Support for families in difficult circumstances"),
    ("Podniesienie świadomości mieszkańców", "Raising residents' awareness"),
    ("Wzmocnienie współpracy instytucji", "Stronger cooperation between institutions"),
    ("Rozwój usług środowiskowych", "Developing community services"),
    ("Profilaktyka i wczesna interwencja", "Prevention and early intervention"),
];

/// Task names for edition files, (pl, en).
pub const TASKS: &[(&str, &str)] = &[
    ("Zapewnienie poradnictwa specjalistycznego", "Providing specialist counselling"),
    ("Prowadzenie działań edukacyjnych i informacyjnych", "Running educational and information activities"),
    ("Szkolenie kadr pomocy społecznej", "Training social assistance staff"),
    ("Organizowanie zajęć dla dzieci i młodzieży", "Organising activities for children and young people"),
    ("Finansowanie zadań organizacji pozarządowych", "Funding tasks of non-governmental organisations"),
    ("Monitorowanie realizacji programu", "Monitoring the programme"),
];

/// Implementers listed under tasks, (pl, en).
pub const IMPLEMENTERS: &[(&str, &str)] = &[
    ("Miejski Ośrodek Pomocy Społecznej", "Municipal Social Welfare Centre"),
    ("Zespół Interdyscyplinarny", "Interdisciplinary Team"),
    ("Placówki oświatowe", "Educational institutions"),
    ("Komenda Powiatowa Policji", "District Police Headquarters"),
    ("Organizacje pozarządowe", "Non-governmental organisations"),
    ("Poradnia Psychologiczno-Pedagogiczna", "Psychological and Educational Counselling Centre"),
];

/// People who prepare and publish reports (BIP "metryczka").
pub const PEOPLE_NAMES: &[&str] = &[
    "Anna Kowalska",
    "Małgorzata Wójcik",
    "Łukasz Zieliński",
    "Katarzyna Woźniak",
    "Grzegorz Dąbrowski",
    "Żaneta Kłos",
    "Paweł Śliwiński",
    "Agnieszka Żurek",
];

/// Notes for values that are missing, (pl, en) by reason.
pub const NOT_REPORTED_NOTES: &[(&str, &str)] = &[
    ("Realizator nie przekazał danych w terminie.", "The implementer did not submit the data in time."),
    ("Dane niedostępne z powodu zmiany systemu ewidencji.", "Data unavailable because the record system changed."),
    ("Sprawozdanie za ten rok nie podaje tej wartości.", "The report for this year does not give this value."),
];
pub const NOT_APPLICABLE_NOTES: &[(&str, &str)] = &[
    ("Zadania nie realizowano w tym roku.", "The task was not carried out this year."),
    ("Placówka była zamknięta z powodu remontu.", "The facility was closed for renovation."),
    (
        "Wskaźnik dotyczy działań rozpoczętych w późniejszych latach.",
        "The indicator concerns activities started in later years.",
    ),
];

/// Sentences for the yearly narrative, (pl, en); `{year}` and `{town}` are filled.
pub const CONCLUSIONS: &[(&str, &str)] = &[
    (
        "Zwiększyła się liczba osób korzystających z poradnictwa specjalistycznego.",
        "More people used specialist counselling.",
    ),
    (
        "Utrzymano ofertę zajęć dla dzieci i młodzieży we wszystkich świetlicach.",
        "Activities for children and young people were kept in every day-care centre.",
    ),
    (
        "Współpraca z organizacjami pozarządowymi przebiegała bez zakłóceń.",
        "Cooperation with non-governmental organisations went smoothly.",
    ),
    ("Konieczne jest zwiększenie liczby asystentów rodziny.", "More family assistants are needed."),
    ("Trudności kadrowe ograniczyły liczbę prowadzonych grup.", "Staff shortages limited the number of groups run."),
    ("Należy kontynuować kampanie informacyjne w szkołach.", "Information campaigns in schools should continue."),
    (
        "Wzrosło zapotrzebowanie na wsparcie psychologiczne po pandemii.",
        "Demand for psychological support grew after the pandemic.",
    ),
];
