//! Walks `content/` and turns each programme folder into the model.
//!
//! Per programme: `programme.toml` first (it defines the indicators), then the
//! `edition-START-END.toml` files, then the `YEAR.toml` reports, so each file can be
//! checked against what it refers to, with the exact place of any problem. Checks
//! that need the whole model and no source positions live in `validate`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use toml::Spanned;
use walkdir::WalkDir;

use super::format::{
    DirectionsIn, EditionFile, FrontMatter, PrintedNumber, ProgrammeFile, ReportFile, TaskIn, TextIn, TextListIn,
    ValueIn,
};
use super::model::*;
use super::names::Taken;
pub use super::names::{is_slug, slugify};
use super::numbering;
use super::source::{dash_hint, is_dash, parse_toml, read_text, FileCtx};
use crate::config;
use crate::diagnostics::{closest, quote, relative_to, Diagnostic, Diagnostics};

/// The result of loading a site: the model when nothing fatal went wrong, and every
/// problem found. A site with errors in `diagnostics` must not be published.
#[derive(Debug)]
pub struct Loaded {
    pub site: Option<Site>,
    pub diagnostics: Diagnostics,
}

/// The site config file's name at the site root.
pub const CONFIG_FILE: &str = "jawnik.toml";

/// Loads and validates the site under `root`.
pub fn load_site(root: &Path) -> Loaded {
    let mut diags = Diagnostics::default();
    let Some(config) = config::load(root, &mut diags) else {
        return Loaded { site: None, diagnostics: diags };
    };
    let content_dir = root.join("content");
    if !content_dir.is_dir() {
        let what = if content_dir.exists() { msg!("content-is-file") } else { msg!("content-missing") };
        diags.push(Diagnostic::error("content", what).hint(msg!("content-missing-hint")));
        return Loaded { site: None, diagnostics: diags };
    }
    // Folders are listed in order, read in parallel (each programme is
    // independent), and their results merged back in order.
    enum Entry {
        Programme(PathBuf),
        Diagnostic(Diagnostic),
    }
    let mut entries = Vec::new();
    for entry in WalkDir::new(&content_dir).min_depth(1).max_depth(1).sort_by_file_name() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                entries.push(Entry::Diagnostic(Diagnostic::error(
                    "content",
                    msg!("content-unreadable", error = e.to_string()),
                )));
                continue;
            }
        };
        let shown = relative_to(entry.path(), root);
        let name = entry.file_name().to_string_lossy();
        if is_ignored(&name) {
            continue;
        }
        // A link to a folder is a programme folder like any other.
        if entry.file_type().is_dir() || (entry.path_is_symlink() && entry.path().is_dir()) {
            entries.push(Entry::Programme(entry.into_path()));
        } else if entry.path_is_symlink() && !entry.path().exists() {
            entries.push(Entry::Diagnostic(
                Diagnostic::error(shown, msg!("content-broken-link")).hint(msg!("content-broken-link-hint")),
            ));
        } else {
            entries.push(Entry::Diagnostic(
                Diagnostic::warning(shown, msg!("content-loose-file")).hint(msg!("content-loose-file-hint")),
            ));
        }
    }
    let loaded: Vec<(Option<Programme>, Diagnostics)> = entries
        .into_par_iter()
        .map(|entry| {
            let mut d = Diagnostics::default();
            match entry {
                Entry::Programme(dir) => (load_programme(root, &dir, &config.languages, &mut d), d),
                Entry::Diagnostic(one) => {
                    d.push(one);
                    (None, d)
                }
            }
        })
        .collect();
    let mut programmes = Vec::new();
    for (programme, d) in loaded {
        diags.extend(d);
        programmes.extend(programme);
    }
    let site = Site { config, programmes };
    super::validate::validate(&site, &mut diags);
    Loaded { site: Some(site), diagnostics: diags }
}

/// Loads and validates one programme folder again, `content/<slug>`, with the
/// site's config as it was: what serve and `build --watch` do when only that
/// programme's files changed. The diagnostics are that programme's only.
pub fn reload_programme(root: &Path, config: &SiteConfig, slug: &str) -> (Option<Programme>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let programme = load_programme(root, &root.join("content").join(slug), &config.languages, &mut diags);
    if let Some(p) = &programme {
        super::validate::validate_programme(p, &mut diags);
    }
    (programme, diags)
}

/// Hidden files, editor backups and swap files are never content.
pub fn is_ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913"
}

/// What a file in a programme folder is, from its name.
#[derive(Debug, PartialEq, Eq)]
pub enum FileRole {
    Programme,
    ProgrammeText { lang: String },
    Edition { start: i32, end: i32 },
    Report { year: i32 },
    ReportText { year: i32, lang: String },
    ReportConclusions { year: i32, lang: String },
    Unknown,
}

pub fn classify(name: &str) -> FileRole {
    if name == "programme.toml" {
        return FileRole::Programme;
    }
    if let Some(lang) = name.strip_prefix("programme.").and_then(|r| r.strip_suffix(".md")) {
        return FileRole::ProgrammeText { lang: lang.to_string() };
    }
    if let Some(range) = name.strip_prefix("edition-").and_then(|r| r.strip_suffix(".toml")) {
        if let Some((a, b)) = range.split_once('-') {
            if let (Some(start), Some(end)) = (parse_year(a), parse_year(b)) {
                return FileRole::Edition { start, end };
            }
        }
        return FileRole::Unknown;
    }
    if let Some(year) = name.strip_suffix(".toml").and_then(parse_year) {
        return FileRole::Report { year };
    }
    if let Some(stem) = name.strip_suffix(".md") {
        if let Some((y, rest)) = stem.split_once('.') {
            if let Some(year) = parse_year(y) {
                return match rest.strip_prefix("conclusions.") {
                    Some(lang) => FileRole::ReportConclusions { year, lang: lang.to_string() },
                    None => FileRole::ReportText { year, lang: rest.to_string() },
                };
            }
        }
    }
    FileRole::Unknown
}

fn parse_year(s: &str) -> Option<i32> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// The files of one programme folder, sorted into their roles.
#[derive(Default)]
struct ProgrammeFiles {
    programme: Option<PathBuf>,
    texts: Vec<(String, PathBuf)>,
    editions: Vec<(i32, i32, PathBuf)>,
    reports: Vec<(i32, PathBuf)>,
    /// (year, language, is-conclusions, path)
    report_texts: Vec<(i32, String, bool, PathBuf)>,
}

fn load_programme(root: &Path, dir: &Path, languages: &[String], diags: &mut Diagnostics) -> Option<Programme> {
    let slug = dir.file_name()?.to_string_lossy().to_string();
    let shown_dir = relative_to(dir, root);
    if !is_slug(&slug) {
        diags.push(
            Diagnostic::error(&shown_dir, msg!("programme-folder-bad-name", slug = &slug))
                .hint(msg!("programme-folder-bad-name-hint", usable = slugify(&slug))),
        );
    } else if let Some(taken) = Taken::programme(&slug) {
        diags.push(
            Diagnostic::error(&shown_dir, msg!("programme-folder-taken", slug = &slug, reason = taken.reason(&slug)))
                .hint(taken.hint(&msg!("programme-folder-taken-fix"), &slug)),
        );
    }
    let mut files = ProgrammeFiles::default();
    let mut programme_is_folder = false;
    for entry in WalkDir::new(dir).min_depth(1).sort_by_file_name().into_iter().flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let shown = relative_to(entry.path(), root);
        if is_ignored(&name) {
            continue;
        }
        if entry.depth() > 1 || entry.file_type().is_dir() {
            if entry.depth() == 1 && classify(&name) != FileRole::Unknown {
                // `2024.toml/`: the year would vanish with only a warning.
                programme_is_folder |= classify(&name) == FileRole::Programme;
                diags.push(
                    Diagnostic::error(shown, msg!("file-is-folder", name = &name))
                        .hint(msg!("file-is-folder-hint", name = &name)),
                );
            } else if entry.depth() == 1 {
                diags.push(
                    Diagnostic::warning(shown, msg!("programme-subfolder")).hint(msg!("programme-subfolder-hint")),
                );
            }
            continue;
        }
        match classify(&name) {
            FileRole::Programme => files.programme = Some(entry.into_path()),
            FileRole::ProgrammeText { lang } => files.texts.push((lang, entry.into_path())),
            FileRole::Edition { start, end } => files.editions.push((start, end, entry.into_path())),
            FileRole::Report { year } => files.reports.push((year, entry.into_path())),
            FileRole::ReportText { year, lang } => files.report_texts.push((year, lang, false, entry.into_path())),
            FileRole::ReportConclusions { year, lang } => {
                files.report_texts.push((year, lang, true, entry.into_path()))
            }
            FileRole::Unknown => diags.push(
                Diagnostic::warning(shown, msg!("programme-unknown-file")).hint(msg!("programme-unknown-file-hint")),
            ),
        }
    }
    let Some(programme_path) = files.programme.take() else {
        if programme_is_folder {
            return None;
        }
        diags.push(Diagnostic::error(&shown_dir, msg!("programme-no-file")).hint(msg!("programme-no-file-hint")));
        return None;
    };
    // When programme.toml is unusable, the other files are still checked (without
    // the indicator cross-checks) so one run shows every problem; the programme is
    // then left out of the site.
    let shown = relative_to(&programme_path, root);
    let file = read_text(&programme_path, &shown)
        .and_then(|src| parse_toml::<ProgrammeFile>(&src, &shown).map(|f| (src, f)))
        .map_err(|d| diags.push(*d))
        .ok();
    let mut known = Known { indicators: file.is_some(), failed_editions: Vec::new(), unknown_kinds: Vec::new() };
    let mut programme = match &file {
        Some((src, file)) => {
            let mut ctx = FileCtx { path: shown, src, languages, diags };
            ctx.warn_placeholders();
            let (programme, unknown_kinds) = programme_from_file(&mut ctx, slug, shown_dir.clone(), file);
            known.unknown_kinds = unknown_kinds;
            programme
        }
        None => Programme {
            slug,
            name: Text::default(),
            short_name: Text::default(),
            operator: None,
            coordinator: None,
            description: Narrative::default(),
            headline: Vec::new(),
            editions: Vec::new(),
            indicators: Vec::new(),
            reports: Vec::new(),
            dir: shown_dir.clone(),
        },
    };

    for (lang, path) in &files.texts {
        if let Some(doc) = load_markdown(root, path, lang, languages, diags) {
            programme.description.0.insert(lang.clone(), doc);
        }
    }
    for (start, end, path) in &files.editions {
        match load_edition(root, path, (*start, *end), &programme, &known, languages, diags) {
            Some(edition) => programme.editions.push(edition),
            None => known.failed_editions.push(format!("{start}-{end}")),
        }
    }
    programme.editions.sort_by_key(|e| (e.start, e.end));
    for (year, path) in &files.reports {
        if let Some(report) = load_report(root, path, *year, &programme, &known, languages, diags) {
            programme.reports.push(report);
        }
    }
    for (year, lang, is_conclusions, path) in &files.report_texts {
        let Some(doc) = load_markdown(root, path, lang, languages, diags) else { continue };
        match programme.reports.iter_mut().find(|r| r.year == *year) {
            Some(report) => {
                let narrative = if *is_conclusions { &mut report.conclusions } else { &mut report.narrative };
                narrative.0.insert(lang.clone(), doc);
            }
            // The year file exists but could not be read: that error is enough.
            None if files.reports.iter().any(|(y, _)| y == year) => {}
            None => diags.push(
                Diagnostic::warning(relative_to(path, root), msg!("text-without-year", year = *year))
                    .hint(msg!("text-without-year-hint", year = *year)),
            ),
        }
    }
    known.indicators.then_some(programme)
}

/// What the other files of a programme can be checked against: whether
/// programme.toml could be read (so its indicators are known), and which
/// edition files could not be read (a report naming one of them is not wrong:
/// that file's own error says what to fix).
struct Known {
    indicators: bool,
    failed_editions: Vec<String>,
    /// Indicators whose `kind` is unknown: their values are not checked against it.
    unknown_kinds: Vec<String>,
}

/// The programme from its file, and the ids of indicators whose `kind` is not
/// one jawnik knows.
fn programme_from_file(
    ctx: &mut FileCtx,
    slug: String,
    dir: PathBuf,
    file: &ProgrammeFile,
) -> (Programme, Vec<String>) {
    let mut indicators: Vec<Indicator> = Vec::new();
    let mut unknown_kinds = Vec::new();
    let mut first_line: BTreeMap<String, usize> = BTreeMap::new();
    for ind in &file.indicators {
        let ind = ind.get_ref();
        let id = ind.id.get_ref().clone();
        if !is_slug(&id) {
            let usable = slugify(&id);
            // `Porady` beside `porady`: on Windows the two would be one folder.
            let hint = if file.indicators.iter().any(|other| other.get_ref().id.get_ref() == &usable) {
                msg!("indicator-id-collides", usable = &usable)
            } else {
                msg!("use-this", usable = &usable)
            };
            ctx.error_at(ind.id.span(), msg!("indicator-id-bad", id = &id), hint);
        } else if let Some(taken) = Taken::id(&id) {
            ctx.error_at(
                ind.id.span(),
                msg!("indicator-id-taken", id = &id, reason = taken.reason(&id)),
                taken.hint(&msg!("indicator-id-taken-fix"), &id),
            );
        }
        let line = crate::diagnostics::line_col(ctx.src, ind.id.span().start).0;
        if let Some(first) = first_line.get(&id) {
            ctx.error_at(
                ind.id.span(),
                msg!("indicator-id-twice", id = &id),
                msg!("indicator-id-twice-hint", line = first.to_string()),
            );
            continue;
        }
        first_line.insert(id.clone(), line);
        let kind = match &ind.kind {
            None => IndicatorKind::Count,
            Some(k) => match k.get_ref().as_str() {
                "count" => IndicatorKind::Count,
                "number" => IndicatorKind::Number,
                "percent" => IndicatorKind::Percent,
                "text" => IndicatorKind::Text,
                other => {
                    let kinds = ["count", "number", "percent", "text"];
                    let best = closest(other, kinds);
                    let hint = match best {
                        Some(best) => msg!("indicator-kind-did-you-mean", best = best),
                        None => msg!("indicator-kinds"),
                    };
                    ctx.error_at(k.span(), msg!("indicator-kind-unknown", kind = other), hint);
                    // Its values cannot be judged by a kind nobody knows: they
                    // are not checked against one (no error per year follows).
                    unknown_kinds.push(id.clone());
                    IndicatorKind::Count
                }
            },
        };
        let target = ind.target.as_ref().and_then(|t| {
            let t = t.get_ref();
            let value = ctx.number(&t.value, "target.value")?;
            let note = t.note.as_ref().map(|n| ctx.text(n, "target.note"));
            Some(Target { value, year: t.year.as_ref().map(|y| *y.get_ref() as i32), note })
        });
        indicators.push(Indicator {
            id,
            name: ctx.text(&ind.name, "name"),
            unit: ind.unit.as_ref().map(|u| ctx.text(u, "unit")).unwrap_or_default(),
            kind,
            description: ind.description.as_ref().map(|d| ctx.text(d, "description")),
            target,
        });
    }
    let ids: Vec<&str> = indicators.iter().map(|i| i.id.as_str()).collect();
    let mut headline = Vec::new();
    for h in &file.headline {
        if check_indicator_ref(ctx, h, &ids, "headline") {
            headline.push(h.get_ref().clone());
        }
    }
    let name = ctx.text(&file.name, "name");
    let programme = Programme {
        slug,
        short_name: file.short_name.as_ref().map(|s| ctx.text(s, "short_name")).unwrap_or_else(|| name.clone()),
        name,
        operator: match &file.operator {
            Some(o) => Some(ctx.text(o, "operator")),
            None => {
                ctx.diags
                    .push(Diagnostic::warning(&ctx.path, msg!("operator-missing")).hint(msg!("operator-missing-hint")));
                None
            }
        },
        coordinator: file.coordinator.as_ref().map(|c| ctx.text(c, "coordinator")),
        description: Narrative::default(),
        headline,
        editions: Vec::new(),
        indicators,
        reports: Vec::new(),
        dir,
    };
    (programme, unknown_kinds)
}

/// Reports an indicator id that the programme does not define; true when it does.
fn check_indicator_ref(ctx: &mut FileCtx, id: &Spanned<String>, known: &[&str], key: &str) -> bool {
    if known.contains(&id.get_ref().as_str()) {
        return true;
    }
    let hint = match closest(id.get_ref(), known.iter().copied()) {
        Some(best) => msg!("did-you-mean", name = best),
        None => msg!("indicator-ref-unknown-hint"),
    };
    ctx.error_at(id.span(), msg!("indicator-ref-unknown", id = id.get_ref(), key = key), hint);
    false
}

fn load_edition(
    root: &Path,
    path: &Path,
    (start, end): (i32, i32),
    programme: &Programme,
    known: &Known,
    languages: &[String],
    diags: &mut Diagnostics,
) -> Option<Edition> {
    let shown = relative_to(path, root);
    let src = read_text(path, &shown).map_err(|d| diags.push(*d)).ok()?;
    let file: EditionFile = parse_toml(&src, &shown).map_err(|d| diags.push(*d)).ok()?;
    let mut ctx = FileCtx { path: shown, src: &src, languages, diags };
    ctx.warn_placeholders();
    let name_of = |s: i32, e: i32| format!("edition-{s}-{e}.toml");
    if *file.start.get_ref() != i64::from(start) || *file.end.get_ref() != i64::from(end) {
        ctx.error_at(
            file.start.span().start..file.end.span().end,
            msg!(
                "edition-name-mismatch",
                file = name_of(start, end),
                start = file.start.get_ref().to_string(),
                end = file.end.get_ref().to_string()
            ),
            msg!("edition-name-mismatch-hint"),
        );
    }
    if start > end {
        ctx.error_at(
            file.start.span(),
            msg!("edition-reversed", start = start, end = end),
            msg!("edition-reversed-hint"),
        );
    }
    let ids: Vec<&str> = programme.indicators.iter().map(|i| i.id.as_str()).collect();
    let mut resolutions = Vec::new();
    for r in &file.resolutions {
        let r = r.get_ref();
        let Some(date) = ctx.date(&r.date, "date") else { continue };
        resolutions.push(Resolution {
            number: r.number.get_ref().clone(),
            date,
            body: ctx.text(&r.body, "body"),
            title: r.title.as_ref().map(|t| ctx.text(t, "title")),
            url: r.url.as_ref().and_then(|u| ctx.web_address(u, "url")),
        });
    }
    let mut tasks_in = EditionTasks { ids: &ids, known: known.indicators, years: (start, end), task_ids: Vec::new() };
    let goal_numbers: Vec<_> = file.goals.iter().map(|g| g.get_ref().number.as_ref()).collect();
    warn_repeated_numbers(&mut ctx, &goal_numbers, "goals-of-edition");
    let mut goals = Vec::new();
    for g in &file.goals {
        let g = g.get_ref();
        let task_numbers: Vec<_> = g.tasks.iter().map(|t| t.get_ref().number.as_ref()).collect();
        warn_repeated_numbers(&mut ctx, &task_numbers, "tasks-of-goal");
        let mut tasks: Vec<Task> = g.tasks.iter().map(|t| tasks_in.task(&mut ctx, t.get_ref())).collect();
        numbering::sort(&mut tasks, |t| t.number.clone());
        let (directions, mut directions_with_tasks) = match g.directions.as_ref().map(|d| (d.span(), d.get_ref())) {
            None => (TextList::default(), Vec::new()),
            Some((span, DirectionsIn::Names(names))) => {
                (ctx.list(&Spanned::new(span, names.clone()), "directions"), Vec::new())
            }
            Some((_, DirectionsIn::WithTasks(list))) => {
                let numbers: Vec<_> = list.iter().map(|d| d.number.as_ref()).collect();
                warn_repeated_numbers(&mut ctx, &numbers, "directions-of-goal");
                let with_tasks = list
                    .iter()
                    .map(|d| {
                        let numbers: Vec<_> = d.tasks.iter().map(|t| t.get_ref().number.as_ref()).collect();
                        warn_repeated_numbers(&mut ctx, &numbers, "tasks-of-direction");
                        let mut tasks: Vec<Task> =
                            d.tasks.iter().map(|t| tasks_in.task(&mut ctx, t.get_ref())).collect();
                        numbering::sort(&mut tasks, |t| t.number.clone());
                        Direction {
                            number: printed_number(&mut ctx, d.number.as_ref()),
                            name: ctx.text(&d.name, "name"),
                            implementers: list_of(&mut ctx, &d.implementers, "implementers"),
                            partners: list_of(&mut ctx, &d.partners, "partners"),
                            tasks,
                        }
                    })
                    .collect();
                (TextList::default(), with_tasks)
            }
        };
        numbering::sort(&mut directions_with_tasks, |d| d.number.clone());
        goals.push(Goal {
            number: printed_number(&mut ctx, g.number.as_ref()),
            name: ctx.text(&g.name, "name"),
            objective: g.objective.as_ref().map(|o| ctx.text(o, "objective")),
            directions,
            implementers: list_of(&mut ctx, &g.implementers, "implementers"),
            partners: list_of(&mut ctx, &g.partners, "partners"),
            tasks,
            directions_with_tasks,
        });
    }
    numbering::sort(&mut goals, |g| g.number.clone());
    let default_term = |pl: &str, en: &str| Text(LangMap::from([("pl".into(), pl.into()), ("en".into(), en.into())]));
    let mut term = |t: &Option<Spanned<TextIn>>, key: &str, pl: &str, en: &str| {
        t.as_ref().map(|t| ctx.text(t, key)).unwrap_or_else(|| default_term(pl, en))
    };
    let goal_term = term(&file.goal_term, "goal_term", "Cel szczegółowy", "Specific objective");
    let direction_term = term(&file.direction_term, "direction_term", "Kierunek działań", "Direction of action");
    let task_term = term(&file.task_term, "task_term", "Zadanie", "Task");
    Some(Edition {
        id: format!("{start}-{end}"),
        start,
        end,
        name: file.name.as_ref().map(|n| ctx.text(n, "name")),
        resolutions,
        strategic_goal: file.strategic_goal.as_ref().map(|s| ctx.text(s, "strategic_goal")),
        goal_term,
        direction_term,
        task_term,
        implementers: list_of(&mut ctx, &file.implementers, "implementers"),
        partners: list_of(&mut ctx, &file.partners, "partners"),
        goals,
    })
}

/// A translated list key that may be left out (then empty).
fn list_of(ctx: &mut FileCtx, value: &Option<Spanned<TextListIn>>, key: &str) -> TextList {
    value.as_ref().map(|v| ctx.list(v, key)).unwrap_or_default()
}

/// A number as printed, tidied for pages (`"3."` is `3`); `None` when left
/// out, or empty (with a warning).
fn printed_number(ctx: &mut FileCtx, number: Option<&Spanned<PrintedNumber>>) -> Option<String> {
    let n = number?;
    let tidy = numbering::tidy(&n.get_ref().0);
    if tidy.is_empty() {
        ctx.warn_at(n.span(), msg!("number-key-empty"), msg!("number-key-empty-hint"));
        return None;
    }
    Some(tidy)
}

/// Warns about a number given twice among siblings (`what`, a selector of
/// the catalogue's `numbered-twice`: "tasks-of-goal"): a typo that would also
/// make the order ambiguous.
fn warn_repeated_numbers(ctx: &mut FileCtx, numbers: &[Option<&Spanned<PrintedNumber>>], what: &str) {
    let given: Vec<&Spanned<PrintedNumber>> = numbers.iter().flatten().copied().collect();
    for (i, n) in given.iter().enumerate() {
        if let Some(first) = given[..i].iter().find(|m| numbering::same(&m.get_ref().0, &n.get_ref().0)) {
            let line = crate::diagnostics::line_col(ctx.src, first.span().start).0;
            ctx.warn_at(
                n.span(),
                msg!("numbered-twice", what = what, number = numbering::tidy(&n.get_ref().0)),
                msg!("numbered-twice-hint", line = line.to_string()),
            );
        }
    }
}

/// What the tasks of one edition are checked against while they are read.
struct EditionTasks<'a> {
    /// The programme's indicator ids, when programme.toml could be read.
    ids: &'a [&'a str],
    known: bool,
    /// The edition's first and last year.
    years: (i32, i32),
    /// The task ids given so far, with their lines.
    task_ids: Vec<(String, usize)>,
}

impl EditionTasks<'_> {
    fn task(&mut self, ctx: &mut FileCtx, t: &TaskIn) -> Task {
        let mut indicators = Vec::new();
        let mut indicator_numbers = BTreeMap::new();
        let numbers: Vec<_> = t.indicators.iter().map(|r| r.get_ref().number.as_ref()).collect();
        warn_repeated_numbers(ctx, &numbers, "indicators-of-task");
        for item in &t.indicators {
            let r = item.get_ref();
            let id = Spanned::new(r.id_span.clone().unwrap_or_else(|| item.span()), r.id.clone());
            if !self.known || check_indicator_ref(ctx, &id, self.ids, "indicators") {
                if let Some(n) = printed_number(ctx, r.number.as_ref()) {
                    indicator_numbers.insert(r.id.clone(), n);
                }
                indicators.push(r.id.clone());
            }
        }
        numbering::sort(&mut indicators, |id| indicator_numbers.get(id).cloned());
        let id = t.id.as_ref().and_then(|id| self.task_id(ctx, id));
        let schedule = t.schedule.as_ref().map(|s| {
            self.check_schedule(ctx, s);
            ctx.text_neutral(s, "schedule")
        });
        Task {
            id,
            number: printed_number(ctx, t.number.as_ref()),
            name: ctx.text(&t.name, "name"),
            forms: list_of(ctx, &t.forms, "forms"),
            implementers: list_of(ctx, &t.implementers, "implementers"),
            partners: list_of(ctx, &t.partners, "partners"),
            schedule,
            indicators,
            indicator_numbers,
        }
    }

    /// A task's `id`: usable in a year file's `[tasks.<id>]`, and given once.
    fn task_id(&mut self, ctx: &mut FileCtx, id: &Spanned<String>) -> Option<String> {
        let text = id.get_ref();
        if !is_slug(text) {
            ctx.error_at(id.span(), msg!("task-id-bad", id = text), msg!("use-this", usable = slugify(text)));
            return None;
        }
        let line = crate::diagnostics::line_col(ctx.src, id.span().start).0;
        if let Some((_, first)) = self.task_ids.iter().find(|(t, _)| t == text) {
            ctx.error_at(
                id.span(),
                msg!("task-id-twice", id = text),
                msg!("task-id-twice-hint", line = first.to_string()),
            );
            return None;
        }
        self.task_ids.push((text.clone(), line));
        Some(text.clone())
    }

    /// The years a schedule names ("2024–2026", "od 2025 r.") must lie within
    /// the edition's.
    fn check_schedule(&self, ctx: &mut FileCtx, schedule: &Spanned<TextIn>) {
        let texts: Vec<&str> = match schedule.get_ref() {
            TextIn::Plain(s) => vec![s.as_str()],
            TextIn::Langs(m) => m.values().map(String::as_str).collect(),
        };
        let (start, end) = self.years;
        let outside: Vec<i32> = texts.iter().flat_map(|t| years_in(t)).filter(|y| !(start..=end).contains(y)).collect();
        if let Some(year) = outside.first() {
            ctx.warn_at(
                schedule.span(),
                msg!("schedule-outside", year = *year, start = start, end = end),
                msg!("schedule-outside-hint", start = start, end = end),
            );
        }
    }
}

/// The four-digit years (1900–2199) in a text, in order.
fn years_in(text: &str) -> Vec<i32> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i - start == 4 {
                if let Ok(y) = text[start..i].parse::<i32>() {
                    if (1900..2200).contains(&y) {
                        out.push(y);
                    }
                }
            }
        } else {
            i += 1;
        }
    }
    out
}

fn load_report(
    root: &Path,
    path: &Path,
    year: i32,
    programme: &Programme,
    known: &Known,
    languages: &[String],
    diags: &mut Diagnostics,
) -> Option<Report> {
    let shown = relative_to(path, root);
    let src = read_text(path, &shown).map_err(|d| diags.push(*d)).ok()?;
    let file: ReportFile = parse_toml(&src, &shown).map_err(|d| diags.push(*d)).ok()?;
    let mut ctx = FileCtx { path: shown.clone(), src: &src, languages, diags };
    ctx.warn_placeholders();
    let said = *file.year.get_ref();
    if said != i64::from(year) {
        let hint = if (1000..=9999).contains(&said) {
            msg!("year-mismatch-rename-hint", said = said.to_string())
        } else {
            msg!("year-four-digits-hint", year = year)
        };
        ctx.error_at(file.year.span(), msg!("year-mismatch", year = year, said = said.to_string()), hint);
    }
    let edition_id = file.edition.get_ref().clone();
    match programme.edition(&edition_id) {
        _ if programme.editions.is_empty() && !known.indicators => {}
        None if known.failed_editions.contains(&edition_id) => {}
        Some(edition) if !edition.contains_year(year) => ctx.error_at(
            file.year.span(),
            msg!("year-outside-edition", year = year, start = edition.start, end = edition.end),
            match programme.editions.iter().find(|e| e.contains_year(year)) {
                Some(e) => msg!("year-other-edition-hint", edition = &e.id),
                None => msg!("year-no-edition-hint", year = year),
            },
        ),
        Some(_) => {}
        None => {
            let known: Vec<&str> = programme.editions.iter().map(|e| e.id.as_str()).collect();
            let hint = match closest(&edition_id, known.iter().copied()) {
                Some(best) => msg!("did-you-mean", name = best),
                None if known.is_empty() => msg!("edition-add-hint", edition = &edition_id),
                None => msg!("edition-list-hint", editions = known.join(", ")),
            };
            ctx.error_at(file.edition.span(), msg!("edition-unknown", edition = &edition_id), hint);
        }
    }
    let metadata = file
        .metadata
        .as_ref()
        .map(|m| {
            let m = m.get_ref();
            let mut date = |v: &Option<Spanned<toml::Value>>, key: &str| v.as_ref().and_then(|v| ctx.date(v, key));
            Metadata {
                prepared_by: m.prepared_by.clone(),
                prepared_on: date(&m.prepared_on, "prepared_on"),
                approved_by: m.approved_by.clone(),
                approved_on: date(&m.approved_on, "approved_on"),
                published_by: m.published_by.clone(),
                published_on: date(&m.published_on, "published_on"),
                entered_by: m.entered_by.clone(),
                entered_on: date(&m.entered_on, "entered_on"),
            }
        })
        .unwrap_or_default();
    let mut changes = Vec::new();
    for c in &file.changes {
        let c = c.get_ref();
        if let Some(date) = ctx.date(&c.date, "date") {
            changes.push(Change { date, description: ctx.text(&c.description, "description"), by: c.by.clone() });
        }
    }
    super::legal::report_record(&mut ctx, &file);
    let document = file.document.as_ref().map(|d| {
        let d = d.get_ref();
        SourceDocument {
            title: ctx.text(&d.title, "title"),
            url: d.url.as_ref().and_then(|u| ctx.web_address(u, "url")),
            format: d.format.clone(),
        }
    });
    let ids: Vec<&str> = programme.indicators.iter().map(|i| i.id.as_str()).collect();
    let mut values = BTreeMap::new();
    for (id, value) in &file.values {
        if known.indicators && !check_indicator_ref(&mut ctx, id, &ids, "values") {
            continue;
        }
        let indicator = programme.indicator(id.get_ref()).filter(|_| !known.unknown_kinds.contains(id.get_ref()));
        if let Some(v) = value_from_file(&mut ctx, id.get_ref(), indicator, value) {
            values.insert(id.get_ref().clone(), v);
        }
    }
    let mut task_notes = BTreeMap::new();
    let edition = programme.edition(&edition_id);
    for (key, note) in &file.tasks {
        let text = ctx.text(&note.get_ref().note, "note");
        // Without the edition, its own error (or the report's) says what to fix.
        if let Some(task) = edition.and_then(|e| task_for_note(&mut ctx, e, key)) {
            task_notes.insert(task.to_string(), text);
        }
    }
    Some(Report {
        year,
        edition: edition_id,
        title: ctx.text(&file.title, "title"),
        document,
        metadata,
        changes,
        values,
        task_notes,
        narrative: Narrative::default(),
        conclusions: Narrative::default(),
        path: shown,
    })
}

/// The task a year file's `[tasks.<key>]` names, by the task's `id` or its
/// number, as its [`Task::key`]; `None`, with an error, when no task or more
/// than one has it.
fn task_for_note<'e>(ctx: &mut FileCtx, edition: &'e Edition, key: &Spanned<String>) -> Option<&'e str> {
    let k = key.get_ref();
    if let Some(task) = edition.tasks().find(|t| t.id.as_deref() == Some(k.as_str())) {
        return task.key();
    }
    let numbered: Vec<&Task> =
        edition.tasks().filter(|t| t.number.as_deref().is_some_and(|n| numbering::same(n, k))).collect();
    match numbered.as_slice() {
        [task] => task.key(),
        [] => {
            let keys: Vec<&str> = edition.tasks().filter_map(Task::key).collect();
            let hint = match closest(k, keys.iter().copied()) {
                Some(best) => msg!("did-you-mean", name = best),
                None if keys.is_empty() => msg!("task-keys-none-hint", edition = &edition.id),
                None => msg!("task-keys-hint", keys = keys.join(", ")),
            };
            ctx.error_at(key.span(), msg!("task-key-unknown", edition = &edition.id, key = k), hint);
            None
        }
        _ => {
            ctx.error_at(
                key.span(),
                msg!("task-number-shared", count = numbered.len(), edition = &edition.id, number = k),
                msg!("task-number-shared-hint", edition = &edition.id),
            );
            None
        }
    }
}

/// One `[values.<id>]` table: exactly one of value / missing / text, with the
/// checks its indicator's kind asks for.
/// `indicator` is `None` when programme.toml could not be read, or the
/// indicator's `kind` is unknown: then only the value's own shape is checked.
fn value_from_file(
    ctx: &mut FileCtx,
    id: &str,
    indicator: Option<&Indicator>,
    value: &Spanned<ValueIn>,
) -> Option<Value> {
    let span = value.span();
    let v = value.get_ref();
    let kind_of = indicator.map(|i| i.kind);
    // `parts` alone is a breakdown without a printed total.
    let numbers = v.value.is_some() || v.parts.is_some();
    let given = [numbers, v.missing.is_some(), v.text.is_some()].iter().filter(|b| **b).count();
    if given == 0 {
        ctx.error_at(span, msg!("value-none", id = id), msg!("value-none-hint"));
        return None;
    }
    if given > 1 {
        let what = if v.value.is_some() { "`value`" } else { "`parts`" };
        ctx.error_at(span, msg!("value-several", id = id, what = what), msg!("value-several-hint"));
        return None;
    }
    let kind = if numbers {
        if kind_of == Some(IndicatorKind::Text) {
            match &v.value {
                Some(raw) => match raw.get_ref() {
                    toml::Value::String(s) if is_dash(s) => {
                        ctx.error_at(raw.span(), msg!("text-kind-in-value", id = id), dash_hint(s))
                    }
                    toml::Value::String(s) => ctx.error_at(
                        raw.span(),
                        msg!("text-kind-in-value", id = id),
                        msg!("text-kind-in-value-hint", text = quote(s)),
                    ),
                    _ => ctx.error_at(raw.span(), msg!("text-kind-number", id = id), msg!("text-kind-hint")),
                },
                None => ctx.error_at(span, msg!("text-kind-parts", id = id), msg!("text-kind-hint")),
            }
            return None;
        }
        let total = match &v.value {
            Some(raw) => {
                let total = ctx.number(raw, "value")?;
                check_number_kind(ctx, indicator, total, raw.span());
                Some(total)
            }
            None => None,
        };
        match &v.parts {
            None => ValueKind::Number { value: total? },
            Some(parts) => breakdown(ctx, id, indicator, total, parts)?,
        }
    } else if let Some(reason) = &v.missing {
        let reason = match reason.get_ref().as_str() {
            "not-reported" => MissingReason::NotReported,
            "not-applicable" => MissingReason::NotApplicable,
            "dash" => MissingReason::Dash,
            other => {
                let hint = match closest(other, ["not-reported", "not-applicable", "dash"]) {
                    _ if is_dash(other) => msg!("missing-dash-hint"),
                    Some(best) => msg!("did-you-mean-quoted", name = best),
                    None => msg!("missing-reasons-hint"),
                };
                ctx.error_at(reason.span(), msg!("missing-reason-unknown", reason = other), hint);
                return None;
            }
        };
        if reason == MissingReason::NotReported && v.note.is_none() {
            ctx.warn_at(
                span.clone(),
                msg!("value-not-reported-warning", id = id),
                msg!("value-not-reported-warning-hint"),
            );
        }
        ValueKind::Missing { reason }
    } else {
        let text = v.text.as_ref()?;
        if kind_of.is_some_and(|k| k != IndicatorKind::Text) {
            ctx.error_at(text.span(), msg!("number-kind-text", id = id), msg!("number-kind-text-hint"));
            return None;
        }
        ValueKind::Text { text: ctx.text(text, "text") }
    };
    Some(Value {
        kind,
        note: v.note.as_ref().map(|n| ctx.text(n, "note")),
        label: v.label.as_ref().map(|l| ctx.text(l, "label")),
        implementers: v.implementers.as_ref().map(|i| ctx.list(i, "implementers")).unwrap_or_default(),
        period: v.period.as_ref().map(|p| ctx.text(p, "period")),
    })
}

/// A value's `parts`, with the `total` the report prints, if it prints one:
/// then the parts must add up to it. Without a total none is computed.
fn breakdown(
    ctx: &mut FileCtx,
    id: &str,
    indicator: Option<&Indicator>,
    total: Option<Number>,
    parts: &Spanned<Vec<Spanned<crate::content::format::PartIn>>>,
) -> Option<ValueKind> {
    if parts.get_ref().is_empty() {
        ctx.error_at(parts.span(), msg!("parts-empty", id = id), msg!("parts-empty-hint"));
        return None;
    }
    let mut out = Vec::new();
    for p in parts.get_ref() {
        let p = p.get_ref();
        let n = ctx.number(&p.value, "value")?;
        check_number_kind(ctx, indicator, n, p.value.span());
        out.push(Part {
            name: ctx.text(&p.name, "name"),
            value: n,
            note: p.note.as_ref().map(|n| ctx.text(n, "note")),
        });
    }
    if let Some(total) = total {
        let sum: f64 = out.iter().map(|p| p.value.0).sum();
        if (sum - total.0).abs() > 1e-9 * total.0.abs().max(1.0) {
            let list: Vec<String> = out.iter().map(|p| crate::i18n::plain_number(p.value)).collect();
            ctx.error_at(
                parts.span(),
                msg!(
                    "parts-sum",
                    id = id,
                    sum = crate::i18n::plain_number(Number(sum)),
                    parts = list.join(" + "),
                    total = crate::i18n::plain_number(total)
                ),
                msg!("parts-sum-hint"),
            );
        }
    }
    Some(ValueKind::Breakdown { total, parts: out })
}

fn check_number_kind(ctx: &mut FileCtx, indicator: Option<&Indicator>, n: Number, span: std::ops::Range<usize>) {
    let Some(indicator) = indicator else { return };
    let id = &indicator.id;
    match indicator.kind {
        IndicatorKind::Count if n.0 < 0.0 => {
            ctx.error_at(span, msg!("count-negative", id = id), msg!("cell-not-whole-hint"))
        }
        IndicatorKind::Count if !n.is_integer() => {
            ctx.error_at(span, msg!("count-fraction", id = id), msg!("count-fraction-hint"))
        }
        IndicatorKind::Percent if !(0.0..=100.0).contains(&n.0) => {
            ctx.error_at(span, msg!("percent-range", id = id), msg!("percent-range-hint"))
        }
        _ => {}
    }
}

/// A Markdown file with optional `+++`-delimited TOML front matter.
fn load_markdown(
    root: &Path,
    path: &Path,
    lang: &str,
    languages: &[String],
    diags: &mut Diagnostics,
) -> Option<MarkdownDoc> {
    let shown = relative_to(path, root);
    if !languages.iter().any(|l| l == lang) {
        diags.push(
            Diagnostic::warning(&shown, msg!("markdown-language", lang = lang))
                .hint(msg!("markdown-language-hint", languages = languages.join(", "))),
        );
        return None;
    }
    let src = read_text(path, &shown).map_err(|d| diags.push(*d)).ok()?;
    if let Some(d) = super::source::placeholder_warning(&shown, &src, msg!("placeholder-left-md-hint")) {
        diags.push(d);
    }
    let (front, body, body_line) = match split_front_matter(&src) {
        Some((front, body, body_line)) => (Some(front), body, body_line),
        None if src.starts_with("+++\n") => {
            diags.push(
                Diagnostic::error(&shown, msg!("front-matter-unclosed"))
                    .at_line(&src, 1)
                    .hint(msg!("front-matter-unclosed-hint")),
            );
            return None;
        }
        None => (None, src.as_str(), 1),
    };
    let meta: FrontMatter = match front {
        Some(front) => match parse_toml::<FrontMatter>(front, &shown) {
            Ok(m) => m,
            Err(mut d) => {
                // Front matter starts on line 2 of the file.
                d.line = d.line.map(|l| l + 1);
                d.source_line = d.line.and_then(|l| src.lines().nth(l - 1)).map(str::to_string);
                diags.push(*d);
                FrontMatter::default()
            }
        },
        None => FrontMatter::default(),
    };
    Some(MarkdownDoc { title: meta.title, body: body.to_string(), path: shown, body_line })
}

/// Splits `+++\n<toml>\n+++\n<body>`; returns the front matter, the body and the
/// 1-based line the body starts on.
pub fn split_front_matter(src: &str) -> Option<(&str, &str, usize)> {
    let rest = src.strip_prefix("+++\n")?;
    let end = rest.find("\n+++").map(|i| i + 1).or_else(|| rest.starts_with("+++").then_some(0))?;
    let front = &rest[..end];
    let after = &rest[end + 3..];
    let body = after.strip_prefix('\n').unwrap_or(after);
    let body_line = 1 + src[..src.len() - body.len()].matches('\n').count();
    Some((front, body, body_line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_roles_come_from_names() {
        assert_eq!(classify("programme.toml"), FileRole::Programme);
        assert_eq!(classify("2023.toml"), FileRole::Report { year: 2023 });
        assert_eq!(classify("2023.en.md"), FileRole::ReportText { year: 2023, lang: "en".into() });
        assert_eq!(classify("edition-2021-2030.toml"), FileRole::Edition { start: 2021, end: 2030 });
        assert_eq!(classify("programme.pl.md"), FileRole::ProgrammeText { lang: "pl".into() });
        assert_eq!(classify("2024.conclusions.pl.md"), FileRole::ReportConclusions { year: 2024, lang: "pl".into() });
        assert_eq!(classify("notes.txt"), FileRole::Unknown);
        assert_eq!(classify("edition-2021.toml"), FileRole::Unknown);
    }

    #[test]
    fn front_matter_is_split_with_the_body_line() {
        let (front, body, line) = split_front_matter("+++\ntitle = \"Wstęp\"\n+++\n\nTreść\n").unwrap();
        assert_eq!(front, "title = \"Wstęp\"\n");
        assert_eq!(body, "\nTreść\n");
        assert_eq!(line, 4);
        assert!(split_front_matter("Treść").is_none());
    }
}
