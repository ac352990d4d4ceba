//! Model → bytes. Renderers return strings and byte vectors and never touch the
//! filesystem except to read the theme; `output` writes what they return.

use std::path::PathBuf;

use crate::content::Site;
use crate::diagnostics::Diagnostics;
use crate::output::Files;

pub mod chart;
pub mod data;
pub mod strings;

/// Options that change what is rendered, not what the content says.
#[derive(Clone, Debug)]
pub struct RenderOptions {
    /// The site folder: themes/, templates/ and static/ are looked up under it.
    pub root: PathBuf,
    /// Inject the live-reload script into every page (serve mode only).
    pub live_reload: bool,
}

/// Every output file of the site, and any warnings rendering found.
pub struct Rendered {
    pub files: Files,
    pub warnings: Diagnostics,
}

/// Renders the whole site. Errors (a broken template, say) come back as
/// diagnostics and nothing is written.
pub fn render_site(site: &Site, _opts: &RenderOptions) -> Result<Rendered, Diagnostics> {
    // Placeholder until the page renderer lands: one page listing the programmes.
    let mut html = String::from(
        "<!DOCTYPE html><html lang=\"pl\"><head><meta charset=\"utf-8\"><title>jawnik</title></head><body><ul>",
    );
    for p in &site.programmes {
        html.push_str(&format!("<li>{}</li>", p.slug));
    }
    html.push_str("</ul></body></html>\n");
    let files = Files::from([("index.html".to_string(), html.into_bytes())]);
    Ok(Rendered { files, warnings: Diagnostics::default() })
}
