//! The site config, `jawnik.toml` at the site root: read, defaults applied,
//! checked. CLI overrides (output folder, base URL) are applied by `cli`.

use std::path::Path;

use crate::content::format::SiteFile;
use crate::content::legal;
use crate::content::load::CONFIG_FILE;
use crate::content::model::{Attachments, OpenData, Organisation, SiteConfig};
use crate::content::names::is_windows_device_name;
use crate::content::source::{parse_toml, read_text, FileCtx};
use crate::diagnostics::{show_path, Diagnostic, Diagnostics};

/// Reads the config; `None` (with an error pushed) when it is missing or unusable.
pub fn load(root: &Path, diags: &mut Diagnostics) -> Option<SiteConfig> {
    let path = root.join(CONFIG_FILE);
    if path.is_dir() {
        diags.push(
            Diagnostic::error(CONFIG_FILE, msg!("config-is-folder", file = CONFIG_FILE))
                .hint(msg!("config-is-folder-hint", file = CONFIG_FILE)),
        );
        return None;
    }
    if !path.is_file() && std::fs::symlink_metadata(&path).is_err() {
        diags.push(
            Diagnostic::error(CONFIG_FILE, msg!("config-missing", file = CONFIG_FILE, root = show_path(root)))
                .hint(msg!("config-missing-hint")),
        );
        return None;
    }
    let src = read_text(&path, Path::new(CONFIG_FILE)).map_err(|d| diags.push(*d)).ok()?;
    let file: SiteFile = parse_toml(&src, Path::new(CONFIG_FILE)).map_err(|d| diags.push(*d)).ok()?;

    let mut languages: Vec<String> = Vec::new();
    let mut bad_languages = false;
    if let Some(langs) = &file.languages {
        for l in langs.get_ref() {
            let code = l.get_ref();
            let valid = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
            let d = if !valid {
                Diagnostic::error(CONFIG_FILE, msg!("language-bad-code", code = code))
                    .at(&src, l.span())
                    .hint(msg!("language-code-hint"))
            } else if is_windows_device_name(code) {
                Diagnostic::error(CONFIG_FILE, msg!("language-device-code", code = code))
                    .at(&src, l.span())
                    .hint(msg!("language-code-hint"))
            } else if languages.contains(code) {
                Diagnostic::error(CONFIG_FILE, msg!("language-twice", code = code)).at(&src, l.span())
            } else {
                languages.push(code.clone());
                continue;
            };
            bad_languages = true;
            diags.push(d);
        }
        if languages.is_empty() && !bad_languages {
            diags.push(
                Diagnostic::error(CONFIG_FILE, msg!("languages-empty"))
                    .at(&src, langs.span())
                    .hint(msg!("languages-empty-hint")),
            );
            return None;
        }
    } else {
        languages = vec!["pl".into(), "en".into()];
    }
    if languages.is_empty() {
        return None;
    }

    let mut ctx = FileCtx { path: CONFIG_FILE.into(), src: &src, languages: &languages, diags };
    ctx.warn_placeholders();
    let title = ctx.text(&file.title, "title");
    let description = file.description.as_ref().map(|d| ctx.text(d, "description")).unwrap_or_default();
    let org = file.organisation.get_ref();
    let organisation = Organisation {
        name: ctx.text(&org.name, "organisation.name"),
        address: org.address.clone(),
        email: org.email.clone(),
        phone: org.phone.clone(),
        website: org.website.as_ref().and_then(|w| ctx.web_address(w, "website")),
    };
    let bip_url = file.bip_url.as_ref().and_then(|u| ctx.web_address(u, "bip_url"));
    let base_url = file.base_url.as_ref().and_then(|u| ctx.web_address(u, "base_url")).map(|u| {
        if u.ends_with('/') {
            u
        } else {
            format!("{u}/")
        }
    });
    let accessibility = legal::statement(&mut ctx, file.accessibility.as_ref(), base_url.is_some());
    let open_data = open_data(&mut ctx, &file);
    Some(SiteConfig {
        title,
        description,
        languages: languages.clone(),
        base_url,
        bip_url,
        theme: file.theme.as_ref().map_or_else(|| "default".to_string(), |t| t.get_ref().clone()),
        organisation,
        accessibility,
        open_data,
        attachments: file.attachments.as_ref().map_or_else(Attachments::default, |a| Attachments {
            pdf: a.pdf.unwrap_or(true),
            html: a.html.unwrap_or(true),
        }),
    })
}

/// The terms of re-use of the data files (`[open_data]`); the licence's
/// address is checked like every web address.
fn open_data(ctx: &mut FileCtx, file: &SiteFile) -> OpenData {
    let Some(o) = &file.open_data else { return OpenData::default() };
    let o = o.get_ref();
    OpenData {
        terms: o.terms.as_ref().map(|t| ctx.text(t, "open_data.terms")).unwrap_or_default(),
        licence: o.licence.as_ref().map(|l| l.get_ref().trim().to_string()),
        licence_url: o.licence_url.as_ref().and_then(|u| ctx.web_address(u, "open_data.licence_url")),
    }
}
