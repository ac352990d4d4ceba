//! The site's content as a typed, resolved model: what every later stage reads.
//!
//! Built by `load` from the files under `content/` and the site config, checked by
//! `validate`, then read-only. No I/O and no file-format concerns live here: the
//! model says *what was reported*, not how it was written down.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

/// A small map from language code to a value, sorted by language, with the
/// map methods the model needs. A site has two or three languages: a vector of
/// pairs is a quarter of the size of a `BTreeMap`, which allocates room for 11
/// entries on its first insert; with a translated text in every name, unit, note
/// and label, that is most of the model's memory on a large site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LangMap<V>(Vec<(String, V)>);

impl<V> LangMap<V> {
    pub fn new() -> LangMap<V> {
        LangMap(Vec::new())
    }

    fn position(&self, lang: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(l, _)| l.as_str().cmp(lang))
    }

    pub fn get(&self, lang: &str) -> Option<&V> {
        self.position(lang).ok().map(|i| &self.0[i].1)
    }

    pub fn get_key_value(&self, lang: &str) -> Option<(&String, &V)> {
        self.position(lang).ok().map(|i| (&self.0[i].0, &self.0[i].1))
    }

    pub fn contains_key(&self, lang: &str) -> bool {
        self.position(lang).is_ok()
    }

    /// Sets the value for `lang`, returning the one it replaces.
    pub fn insert(&mut self, lang: String, value: V) -> Option<V> {
        match self.position(&lang) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (lang, value));
                None
            }
        }
    }

    /// Pairs in language order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.0.iter().map(|(l, v)| (l, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(l, _)| l)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<V> Default for LangMap<V> {
    fn default() -> LangMap<V> {
        LangMap::new()
    }
}

impl<V> FromIterator<(String, V)> for LangMap<V> {
    /// Like collecting into a `BTreeMap`: sorted, a later duplicate wins.
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> LangMap<V> {
        let mut map = LangMap::new();
        for (lang, value) in iter {
            map.insert(lang, value);
        }
        map.0.shrink_to_fit();
        map
    }
}

impl<V> From<BTreeMap<String, V>> for LangMap<V> {
    fn from(map: BTreeMap<String, V>) -> LangMap<V> {
        let mut pairs: Vec<(String, V)> = map.into_iter().collect();
        pairs.shrink_to_fit();
        LangMap(pairs)
    }
}

impl<V, const N: usize> From<[(String, V); N]> for LangMap<V> {
    fn from(pairs: [(String, V); N]) -> LangMap<V> {
        pairs.into_iter().collect()
    }
}

impl<'a, V> IntoIterator for &'a LangMap<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (String, V)>, fn(&'a (String, V)) -> (&'a String, &'a V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(l, v)| (l, v))
    }
}

impl<V: Serialize> Serialize for LangMap<V> {
    /// As a map `{lang: value}`, like the `BTreeMap` it replaces.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

/// A human-readable string in one or more languages, keyed by language code.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Text(pub LangMap<String>);

/// A string looked up for one language, remembering whether it had to fall back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    /// The language the text is actually in.
    pub lang: &'a str,
    /// True when the requested language was missing and another one was used.
    pub is_fallback: bool,
}

impl Text {
    /// A text with a single language, mostly for tests and generated content.
    pub fn one(lang: &str, text: &str) -> Text {
        Text(LangMap::from([(lang.to_string(), text.to_string())]))
    }

    /// The text in `lang`, else in `fallback` (the site's default language), else
    /// in any language present. `None` only for an empty text.
    pub fn localized<'a>(&'a self, lang: &str, fallback: &str) -> Option<Localized<'a>> {
        if let Some((l, t)) = self.0.get_key_value(lang) {
            return Some(Localized { text: t, lang: l, is_fallback: false });
        }
        self.0.get_key_value(fallback).or_else(|| self.0.iter().next()).map(|(l, t)| Localized {
            text: t,
            lang: l,
            is_fallback: true,
        })
    }

    /// The text in `lang` or the fallback chain of [`Text::localized`], as a plain
    /// string ("" for an empty text).
    pub fn get(&self, lang: &str, fallback: &str) -> &str {
        self.localized(lang, fallback).map_or("", |l| l.text)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A list of human-readable items (forms of implementation, implementers...) per
/// language. Each language's list has the same items in the same order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct TextList(pub LangMap<Vec<String>>);

impl TextList {
    /// The items in `lang`, falling back like [`Text::localized`]; the flag is true
    /// when the fallback was used.
    pub fn localized(&self, lang: &str, fallback: &str) -> (&[String], bool) {
        if let Some(items) = self.0.get(lang) {
            return (items, false);
        }
        match self.0.get(fallback).or_else(|| self.0.values().next()) {
            Some(items) => (items, true),
            None => (&[], false),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(Vec::is_empty)
    }
}

/// A calendar date that may be known only to the month or year: reports say
/// "W grudniu 2011 roku" (in December 2011) without a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking month and day ranges.
    pub fn parse(s: &str) -> Option<PartialDate> {
        let mut parts = s.trim().split('-');
        let year_s = parts.next()?;
        if year_s.len() != 4 {
            return None;
        }
        let year: i32 = year_s.parse().ok()?;
        let month = match parts.next() {
            Some(m) if m.len() == 2 => Some(m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?),
            Some(_) => return None,
            None => None,
        };
        let day = match parts.next() {
            Some(d) if d.len() == 2 => {
                let d: u8 = d.parse().ok()?;
                if d == 0 || d > days_in_month(year, month?) {
                    return None;
                }
                Some(d)
            }
            Some(_) => return None,
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(PartialDate { year, month, day })
    }

    /// A whole day.
    pub fn day(year: i32, month: u8, day: u8) -> PartialDate {
        PartialDate { year, month: Some(month), day: Some(day) }
    }

    /// True when the date is known to the day.
    pub fn is_full(&self) -> bool {
        self.day.is_some()
    }

    /// The calendar day `days` days after 1970-01-01 (proleptic Gregorian;
    /// Howard Hinnant's `civil_from_days`).
    pub fn from_unix_days(days: i64) -> PartialDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        PartialDate::day(year, month, day)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    /// ISO form, as written in content files: `2011`, `2011-12`, `2011-12-15`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// The whole site: config plus every programme, sorted by slug.
#[derive(Clone, Debug, Serialize)]
pub struct Site {
    pub config: SiteConfig,
    pub programmes: Vec<Programme>,
}

impl Site {
    pub fn programme(&self, slug: &str) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.slug == slug)
    }

    /// The default language: the first one in the config.
    pub fn default_lang(&self) -> &str {
        self.config.default_lang()
    }

    /// The newest date the content gives for any report: its metadata
    /// (prepared, approved, published, entered) or its change log. Never the
    /// build's own time, so the same content always says the same date.
    pub fn last_change(&self) -> Option<PartialDate> {
        self.programmes.iter().flat_map(|p| &p.reports).flat_map(Report::dates).max()
    }
}

/// The site config (`jawnik.toml`), with defaults applied.
#[derive(Clone, Debug, Serialize)]
pub struct SiteConfig {
    pub title: Text,
    pub description: Text,
    /// Language codes; the first is the default and is served at the site root.
    pub languages: Vec<String>,
    /// Absolute URL of the published site, used only for the sitemap, canonical
    /// links and feeds. Internal links are always relative.
    pub base_url: Option<String>,
    /// The organisation's BIP (public information bulletin) address.
    pub bip_url: Option<String>,
    pub theme: String,
    pub organisation: Organisation,
    pub accessibility: AccessibilityStatement,
    pub open_data: OpenData,
    /// Which files of each report to make for BIP entries (`[attachments]`).
    pub attachments: Attachments,
}

/// The report files jawnik makes beside each report's CSV (`[attachments]`):
/// an accessible PDF and a single self-contained HTML file, both on unless
/// the site turns them off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Attachments {
    pub pdf: bool,
    pub html: bool,
}

impl Default for Attachments {
    fn default() -> Self {
        Attachments { pdf: true, html: true }
    }
}

/// The terms under which the data files may be re-used (`[open_data]`).
/// Without `terms` the theme states the statutory ones (the act of 11 August
/// 2021 on open data and the re-use of public sector information).
#[derive(Clone, Debug, Default, Serialize)]
pub struct OpenData {
    /// The site's own terms line, per language; empty: the theme's default.
    pub terms: Text,
    /// A licence's identifier (SPDX / Open Definition), e.g. "CC-BY-4.0".
    pub licence: Option<String>,
    /// The licence's full text on the web.
    pub licence_url: Option<String>,
}

impl SiteConfig {
    pub fn default_lang(&self) -> &str {
        self.languages.first().map_or("pl", String::as_str)
    }
}

/// The body publishing the site (e.g. a municipal social welfare centre).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Organisation {
    pub name: Text,
    pub address: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
}

/// What the accessibility statement ("deklaracja dostępności", act of 4 April
/// 2019 on digital accessibility) needs from the site owner: `[accessibility]`
/// in jawnik.toml. Every field is optional in the file; `check` warns about the
/// ones the ministry's template requires (`content::legal`). Dates are whole
/// days: the template writes them as YYYY-MM-DD.
#[derive(Clone, Debug, Default, Serialize)]
pub struct AccessibilityStatement {
    /// Compliance with the act: full, partial or none.
    pub status: Option<ComplianceStatus>,
    /// Content that is not accessible, each with why and how to get it otherwise.
    pub non_compliant: Vec<NonCompliant>,
    /// The analysis of a disproportionate burden (art. 8 of the act), when some
    /// content is left inaccessible for that reason.
    pub burden_analysis_url: Option<String>,
    /// When the site was first published.
    pub published_on: Option<PartialDate>,
    /// The site's last significant update.
    pub updated_on: Option<PartialDate>,
    /// When the statement was prepared.
    pub prepared_on: Option<PartialDate>,
    /// When the statement was last reviewed (yearly, by 31 March).
    pub reviewed_on: Option<PartialDate>,
    /// How accessibility was assessed: by the body itself or by an auditor.
    pub assessment: Option<Assessment>,
    /// Who audited the site, when `assessment` is an audit.
    pub auditor: Option<String>,
    pub contact_person: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Accessibility of the building (architectural accessibility), per language.
    pub architectural: Text,
    /// A page describing the building's accessibility in more detail.
    pub architectural_url: Option<String>,
    /// Communication and information accessibility (sign language interpreter,
    /// induction loops, easy-to-read texts), per language.
    pub communication: Text,
    /// The body's mobile applications; none when empty.
    pub mobile_apps: Vec<MobileApp>,
}

impl AccessibilityStatement {
    /// The date of the statement's last review: the review date when given,
    /// else the date it was prepared.
    pub fn last_review(&self) -> Option<PartialDate> {
        self.reviewed_on.or(self.prepared_on)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ComplianceStatus {
    Full,
    Partial,
    None,
}

/// How the statement's assessment of accessibility was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Assessment {
    /// The body assessed its own site.
    SelfAssessment,
    /// An outside auditor examined the site.
    Audit,
}

/// One piece of content the statement names as not accessible.
#[derive(Clone, Debug, Serialize)]
pub struct NonCompliant {
    pub content: Text,
    pub reason: NonCompliantReason,
    /// How to get the content otherwise; empty: on request, through the contact.
    pub alternative: Text,
}

/// Why content is not accessible: the three cases the template lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NonCompliantReason {
    /// It does not meet the requirements ("Niezgodność z załącznikiem").
    NonCompliant,
    /// Making it accessible would be a disproportionate burden ("Nadmierne koszty").
    DisproportionateBurden,
    /// The act does not cover it ("Treści nieobjęte przepisami").
    OutOfScope,
}

/// A mobile application of the body, with its page.
#[derive(Clone, Debug, Serialize)]
pub struct MobileApp {
    pub name: String,
    pub url: String,
}

/// One social programme, across all of its editions and reports.
#[derive(Clone, Debug, Serialize)]
pub struct Programme {
    /// The folder name under `content/`; used in URLs.
    pub slug: String,
    pub name: Text,
    pub short_name: Text,
    /// The body that runs the programme (e.g. the municipal social welfare
    /// centre); `None` when neither the programme nor its reports name one.
    pub operator: Option<Text>,
    /// The body that monitors/coordinates it, when the reports name one.
    pub coordinator: Option<Text>,
    /// Markdown description per language (`programme.<lang>.md`), may be empty.
    pub description: Narrative,
    /// Indicator ids shown on the home page, in order.
    pub headline: Vec<String>,
    /// Successive editions, oldest first.
    pub editions: Vec<Edition>,
    /// Indicator definitions in the order the programme file gives them.
    pub indicators: Vec<Indicator>,
    /// Year reports, oldest first.
    pub reports: Vec<Report>,
    /// The programme's folder, relative to the site root.
    pub dir: PathBuf,
}

impl Programme {
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    pub fn edition(&self, id: &str) -> Option<&Edition> {
        self.editions.iter().find(|e| e.id == id)
    }

    pub fn report(&self, year: i32) -> Option<&Report> {
        self.reports.iter().find(|r| r.year == year)
    }

    /// The first and last year of the programme across all editions.
    pub fn period(&self) -> Option<(i32, i32)> {
        let start = self.editions.iter().map(|e| e.start).min()?;
        let end = self.editions.iter().map(|e| e.end).max()?;
        Some((start, end))
    }

    /// The value reported for `indicator` in `year`: `None` when there is no report
    /// for that year or the report has no entry for it (both mean *missing*).
    pub fn value(&self, indicator: &str, year: i32) -> Option<&Value> {
        self.report(year)?.values.get(indicator)
    }

    /// The edition whose years include `year`.
    pub fn edition_for_year(&self, year: i32) -> Option<&Edition> {
        self.editions.iter().find(|e| e.contains_year(year))
    }

    /// Every year from the first to the last report, each with the indicator's
    /// value that year: `None` where no report gives one (a gap, never 0).
    pub fn series(&self, indicator: &str) -> Vec<(i32, Option<&Value>)> {
        let (Some(first), Some(last)) = (self.reports.first(), self.reports.last()) else { return Vec::new() };
        (first.year..=last.year).map(|y| (y, self.value(indicator, y))).collect()
    }
}

/// One edition of a programme (e.g. 2011–2020, then 2021–2030), adopted by its own
/// council resolution(s) and with its own goal structure. Indicator ids carry over.
#[derive(Clone, Debug, Serialize)]
pub struct Edition {
    /// `START-END`, e.g. `2021-2030`; also the edition file's name.
    pub id: String,
    pub start: i32,
    pub end: i32,
    /// The programme's full title in this edition, when it differs from the
    /// programme's name.
    pub name: Option<Text>,
    pub resolutions: Vec<Resolution>,
    pub strategic_goal: Option<Text>,
    /// What the reports call a goal ("Cel szczegółowy", "Obszar"), a direction
    /// of action between goal and task ("Kierunek działań") and a task
    /// ("Zadanie", "Forma realizacji").
    pub goal_term: Text,
    pub direction_term: Text,
    pub task_term: Text,
    /// Implementers (and partners) of every task of the edition, when the
    /// document gives them once for all (see [`Edition::implementers_of`]).
    pub implementers: TextList,
    pub partners: TextList,
    /// Goals in the order of their numbers (see [`super::numbering`]).
    pub goals: Vec<Goal>,
}

impl Edition {
    pub fn contains_year(&self, year: i32) -> bool {
        (self.start..=self.end).contains(&year)
    }

    /// Every indicator id this edition's tasks list, in order, without repeats.
    pub fn indicator_ids(&self) -> Vec<&str> {
        let mut seen = Vec::new();
        for task in self.tasks() {
            for id in &task.indicators {
                if !seen.contains(&id.as_str()) {
                    seen.push(id.as_str());
                }
            }
        }
        seen
    }

    /// Every task with the goal (and direction) it sits under, in the order
    /// the report prints them.
    pub fn places(&self) -> Vec<Place<'_>> {
        let mut out = Vec::new();
        for goal in &self.goals {
            out.extend(goal.tasks.iter().map(|task| Place { goal, direction: None, task }));
            for direction in &goal.directions_with_tasks {
                out.extend(direction.tasks.iter().map(|task| Place { goal, direction: Some(direction), task }));
            }
        }
        out
    }

    /// Every task, in the order of [`Edition::places`].
    pub fn tasks(&self) -> impl Iterator<Item = &Task> + '_ {
        self.goals.iter().flat_map(Goal::all_tasks)
    }

    /// Where `indicator` is measured first: the first task listing it.
    pub fn place_of(&self, indicator: &str) -> Option<Place<'_>> {
        self.places().into_iter().find(|p| p.task.indicators.iter().any(|i| i == indicator))
    }

    /// The implementers a task has: its own, else its direction's, else its
    /// goal's, else the edition's (the nearest level that names any
    /// implementers or partners). `None` when no level names any.
    pub fn implementers_of<'a>(&'a self, place: &Place<'a>) -> Option<Implementers<'a>> {
        let own =
            |level, implementers: &'a TextList, partners: &'a TextList| Implementers { level, implementers, partners };
        [
            Some(own(Level::Task, &place.task.implementers, &place.task.partners)),
            place.direction.map(|d| own(Level::Direction, &d.implementers, &d.partners)),
            Some(own(Level::Goal, &place.goal.implementers, &place.goal.partners)),
            Some(own(Level::Edition, &self.implementers, &self.partners)),
        ]
        .into_iter()
        .flatten()
        .find(|i| !i.implementers.is_empty() || !i.partners.is_empty())
    }

    /// The task a report's `[tasks.<key>]` names: by `id`, else by number.
    pub fn task_by_key(&self, key: &str) -> Option<&Task> {
        self.tasks()
            .find(|t| t.id.as_deref() == Some(key))
            .or_else(|| self.tasks().find(|t| t.number.as_deref().is_some_and(|n| super::numbering::same(n, key))))
    }
}

/// A task in its edition: the goal and, when the edition has that level, the
/// direction of action it belongs to.
#[derive(Clone, Copy, Debug)]
pub struct Place<'a> {
    pub goal: &'a Goal,
    pub direction: Option<&'a Direction>,
    pub task: &'a Task,
}

/// The levels of an edition, for where a task's implementers come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Edition,
    Goal,
    Direction,
    Task,
}

/// Who carries out a task ("Realizatorzy"), as [`Edition::implementers_of`]
/// finds them: the implementers and, when the document names them apart, the
/// partners they work with ("we współpracy z: …"; then the implementers are
/// the lead), and the level they are given at.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Implementers<'a> {
    pub level: Level,
    pub implementers: &'a TextList,
    pub partners: &'a TextList,
}

/// A council resolution adopting or amending a programme edition.
#[derive(Clone, Debug, Serialize)]
pub struct Resolution {
    /// As printed, e.g. `XI/88/2011`.
    pub number: String,
    pub date: PartialDate,
    /// The council, e.g. "Rada Miasta Krasnystaw".
    pub body: Text,
    pub title: Option<Text>,
    pub url: Option<String>,
}

/// A specific goal ("Cel szczegółowy 1", or an "Obszar").
#[derive(Clone, Debug, Serialize)]
pub struct Goal {
    /// As printed ("1", "2", "I"...), without a final dot; `None` when the
    /// document does not number goals.
    pub number: Option<String>,
    pub name: Text,
    /// The goal's own objective ("Cel: …" under an "Obszar").
    pub objective: Option<Text>,
    /// Directions of action ("Kierunki działań") listed under the goal by name.
    pub directions: TextList,
    /// Implementers (and partners) of every task of the goal, when given once
    /// for all.
    pub implementers: TextList,
    pub partners: TextList,
    /// Tasks directly under the goal, in the order of their numbers.
    pub tasks: Vec<Task>,
    /// The middle level: directions of action, each with its own tasks
    /// (after the goal's own tasks, in the order of their numbers).
    pub directions_with_tasks: Vec<Direction>,
}

impl Goal {
    /// The goal's own tasks, then those of its directions.
    pub fn all_tasks(&self) -> impl Iterator<Item = &Task> + '_ {
        self.tasks.iter().chain(self.directions_with_tasks.iter().flat_map(|d| &d.tasks))
    }
}

/// A direction of action ("Kierunek działań") between a goal and its tasks
/// (there, kinds of action, each with its indicators).
#[derive(Clone, Debug, Serialize)]
pub struct Direction {
    pub number: Option<String>,
    pub name: Text,
    pub implementers: TextList,
    pub partners: TextList,
    pub tasks: Vec<Task>,
}

/// A task or form of implementation under a goal, with the indicators measuring it.
#[derive(Clone, Debug, Serialize)]
pub struct Task {
    /// A name for the task in the year files (`[tasks.<id>]`), when given.
    pub id: Option<String>,
    /// As printed ("1.2", "3"), without a final dot.
    pub number: Option<String>,
    pub name: Text,
    /// Forms of implementation ("Forma realizacji") as a list.
    pub forms: TextList,
    /// Implementers ("Realizatorzy/partnerzy") named for this task; empty
    /// when it has those of its direction, goal or edition.
    pub implementers: TextList,
    /// Partners named apart from the implementers ("we współpracy z: …").
    pub partners: TextList,
    /// Schedule as printed, e.g. "2022–2024" ("Harmonogram realizacji").
    pub schedule: Option<Text>,
    /// Indicator ids, in the order the report lists them (by their numbers).
    pub indicators: Vec<String>,
    /// The indicators' numbers as printed under this task ("Lp."), by id.
    pub indicator_numbers: BTreeMap<String, String>,
}

impl Task {
    /// What a year file calls the task in `[tasks.<key>]`: its id, else its number.
    pub fn key(&self) -> Option<&str> {
        self.id.as_deref().or(self.number.as_deref())
    }
}

/// What kind of values an indicator takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IndicatorKind {
    /// A whole number, never negative (people, families, meetings...). The default.
    Count,
    /// Any number, decimals allowed.
    Number,
    /// A percentage, 0–100.
    Percent,
    /// A description ("całodobowo", "raz w roku").
    Text,
}

/// An indicator definition. Its id stays the same across years and editions.
#[derive(Clone, Debug, Serialize)]
pub struct Indicator {
    pub id: String,
    pub name: Text,
    /// The unit as a column heading ("osoby" / "people").
    pub unit: Text,
    pub kind: IndicatorKind,
    pub description: Option<Text>,
    pub target: Option<Target>,
}

/// A target value an indicator should reach, optionally by a year.
#[derive(Clone, Debug, Serialize)]
pub struct Target {
    pub value: Number,
    pub year: Option<i32>,
    pub note: Option<Text>,
}

/// A reported number: an integer or a decimal, exactly as written.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Serialize)]
#[serde(transparent)]
pub struct Number(pub f64);

impl Number {
    pub fn is_integer(self) -> bool {
        self.0.fract() == 0.0
    }
}

/// One year's report on a programme (e.g. "Informacja z wdrażania ... za rok 2023").
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub year: i32,
    /// The id of the edition the report belongs to.
    pub edition: String,
    pub title: Text,
    /// The original document (Word/PDF on the BIP), when known.
    pub document: Option<SourceDocument>,
    /// The BIP "metryczka": who prepared, published and entered it, and when.
    pub metadata: Metadata,
    pub changes: Vec<Change>,
    /// Values by indicator id.
    pub values: BTreeMap<String, Value>,
    /// The year's notes on tasks (`[tasks.<key>]`), by [`Task::key`]: a
    /// sentence the report prints in a task's row.
    pub task_notes: BTreeMap<String, Text>,
    /// Narrative Markdown per language shown before the values (`YEAR.<lang>.md`):
    /// the introduction.
    pub narrative: Narrative,
    /// Narrative shown after the values (`YEAR.conclusions.<lang>.md`):
    /// conclusions, needs for the next year.
    pub conclusions: Narrative,
    /// The year file, relative to the site root.
    pub path: PathBuf,
}

impl Report {
    /// Every date the report's metadata and change log give.
    pub fn dates(&self) -> impl Iterator<Item = PartialDate> + '_ {
        let m = &self.metadata;
        [m.prepared_on, m.approved_on, m.published_on, m.entered_on]
            .into_iter()
            .flatten()
            .chain(self.changes.iter().map(|c| c.date))
    }
}

/// Where the report was originally published.
#[derive(Clone, Debug, Serialize)]
pub struct SourceDocument {
    pub title: Text,
    pub url: Option<String>,
    /// E.g. "PDF", "DOCX".
    pub format: Option<String>,
}

/// The BIP "metryczka" of a published document.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Metadata {
    pub prepared_by: Option<String>,
    pub prepared_on: Option<PartialDate>,
    pub approved_by: Option<String>,
    pub approved_on: Option<PartialDate>,
    pub published_by: Option<String>,
    pub published_on: Option<PartialDate>,
    pub entered_by: Option<String>,
    pub entered_on: Option<PartialDate>,
}

/// One entry of a report's change log ("rejestr zmian").
#[derive(Clone, Debug, Serialize)]
pub struct Change {
    pub date: PartialDate,
    pub description: Text,
    pub by: Option<String>,
}

/// One indicator's value in one year's report.
#[derive(Clone, Debug, Serialize)]
pub struct Value {
    pub kind: ValueKind,
    pub note: Option<Text>,
    /// The indicator's wording as printed in this year's report, when it differs
    /// from the indicator's current name.
    pub label: Option<Text>,
    /// Implementers named for this value in this year's report.
    pub implementers: TextList,
    /// The time the value refers to when it is not simply the report's year,
    /// as printed: "od 2022 r.", "stan na 31 grudnia".
    pub period: Option<Text>,
}

/// The four shapes a reported value can take.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ValueKind {
    Number {
        value: Number,
    },
    /// Not reported or not applicable: never stored or shown as 0.
    Missing {
        reason: MissingReason,
    },
    Text {
        text: Text,
    },
    /// Named parts, with the total they add up to when the report prints
    /// one. Without it there is no total: none is ever computed for show.
    Breakdown {
        total: Option<Number>,
        parts: Vec<Part>,
    },
}

impl ValueKind {
    /// The number to plot or compare, if there is one (a breakdown's total
    /// only when the report gives it).
    pub fn number(&self) -> Option<Number> {
        match self {
            ValueKind::Number { value } => Some(*value),
            ValueKind::Breakdown { total, .. } => *total,
            ValueKind::Missing { .. } | ValueKind::Text { .. } => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MissingReason {
    /// The report does not give this value.
    NotReported,
    /// The indicator does not apply this year (e.g. not part of this edition).
    NotApplicable,
    /// The report prints a dash without saying whether it means none or not
    /// reported: neither 0 nor a known reason.
    Dash,
}

/// A named part of a breakdown value.
#[derive(Clone, Debug, Serialize)]
pub struct Part {
    pub name: Text,
    pub value: Number,
    /// What the report says about the part ("w tym 12 z procedurą NK").
    pub note: Option<Text>,
}

/// Markdown documents per language.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(transparent)]
pub struct Narrative(pub LangMap<MarkdownDoc>);

/// One Markdown file: its optional front matter title and its body.
#[derive(Clone, Debug, Serialize)]
pub struct MarkdownDoc {
    pub title: Option<String>,
    pub body: String,
    /// The file, relative to the site root, and the line the body starts on, so
    /// Markdown problems can be reported at the right place.
    pub path: PathBuf,
    pub body_line: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_parse_and_print() {
        assert_eq!(PartialDate::parse("2011-12").unwrap().to_string(), "2011-12");
        assert_eq!(PartialDate::parse("2024-02-29").unwrap().day, Some(29));
        assert_eq!(PartialDate::parse("2023-02-29"), None);
        assert_eq!(PartialDate::parse("2023-13"), None);
        assert_eq!(PartialDate::parse("23-01"), None);
        assert_eq!(PartialDate::parse("2023-1-01"), None);
        assert_eq!(PartialDate::parse("2023").unwrap().month, None);
    }

    #[test]
    fn days_since_the_epoch_become_calendar_days() {
        assert_eq!(PartialDate::from_unix_days(0), PartialDate::day(1970, 1, 1));
        assert_eq!(PartialDate::from_unix_days(-1), PartialDate::day(1969, 12, 31));
        // 2024-02-29 (leap day) and 2026-11-30.
        assert_eq!(PartialDate::from_unix_days(19_782), PartialDate::day(2024, 2, 29));
        assert_eq!(PartialDate::from_unix_days(20_787), PartialDate::day(2026, 11, 30));
        assert_eq!(PartialDate::from_unix_days(11_016), PartialDate::day(2000, 2, 29));
    }

    #[test]
    fn series_spans_every_year_with_gaps_as_none() {
        let report = |year: i32, v: Option<f64>| Report {
            year,
            edition: "e".into(),
            title: Text::default(),
            document: None,
            metadata: Metadata::default(),
            changes: vec![],
            values: v
                .map(|n| {
                    let kind = ValueKind::Number { value: Number(n) };
                    let value =
                        Value { kind, note: None, label: None, implementers: TextList::default(), period: None };
                    BTreeMap::from([("x".to_string(), value)])
                })
                .unwrap_or_default(),
            task_notes: BTreeMap::new(),
            narrative: Narrative::default(),
            conclusions: Narrative::default(),
            path: PathBuf::new(),
        };
        let p = Programme {
            slug: "p".into(),
            name: Text::default(),
            short_name: Text::default(),
            operator: None,
            coordinator: None,
            description: Narrative::default(),
            headline: vec![],
            editions: vec![],
            indicators: vec![],
            reports: vec![report(2020, Some(67.0)), report(2023, Some(34.0))],
            dir: PathBuf::new(),
        };
        let s: Vec<(i32, Option<f64>)> =
            p.series("x").iter().map(|(y, v)| (*y, v.and_then(|v| v.kind.number()).map(|n| n.0))).collect();
        assert_eq!(s, vec![(2020, Some(67.0)), (2021, None), (2022, None), (2023, Some(34.0))]);
    }

    #[test]
    fn lang_maps_stay_sorted_and_serialise_as_maps() {
        let mut m: LangMap<String> = [("pl".to_string(), "a".to_string()), ("en".into(), "b".into())].into();
        assert_eq!(m.keys().collect::<Vec<_>>(), ["en", "pl"]);
        assert_eq!(m.insert("pl".into(), "c".into()), Some("a".into()));
        assert_eq!(m.insert("de".into(), "d".into()), None);
        assert_eq!(m.get("pl").map(String::as_str), Some("c"));
        assert!(!m.contains_key("uk"));
        assert_eq!(serde_json::to_string(&m).unwrap(), r#"{"de":"d","en":"b","pl":"c"}"#);
        let later_wins: LangMap<i32> = vec![("pl".to_string(), 1), ("pl".to_string(), 2)].into_iter().collect();
        assert_eq!((later_wins.len(), later_wins.get("pl")), (1, Some(&2)));
    }

    #[test]
    fn text_falls_back_to_default_language_and_says_so() {
        let t = Text::one("pl", "Niebieska Karta");
        let l = t.localized("en", "pl").unwrap();
        assert_eq!((l.text, l.lang, l.is_fallback), ("Niebieska Karta", "pl", true));
        assert!(!t.localized("pl", "pl").unwrap().is_fallback);
        assert_eq!(Text::default().get("en", "pl"), "");
    }
}
