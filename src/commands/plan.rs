//! `lp plan`: a distinct story for each principle of an interview loop.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::context::Global;
use crate::render::text;
use crate::ui::{Outcome, Ui};
use crate::{atomic, lint, plan, render};
use clap::Args;

/// Choose a distinct story for each principle of an interview loop, with backups
///
/// Telling the same story twice in one loop is a mistake. lp gives each principle in
/// focus its own story, covering as many principles as possible (an optimal matching,
/// not a greedy pick), preferring ready stories, primary links and answers with fewer
/// check findings, and names a backup for each where one is left. It says which
/// principles cannot get a distinct story.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    lp plan --principles 'ownership, dive deep, earn trust, deliver results'\n  \
    lp plan -o cheat-sheet.md      # one page: principle, story, its result, its length\n  \
    lp plan --company Acme       # none of the stories already told at Acme\n  \
    lp plan --json")]
pub struct PlanArgs {
    /// The principles of the loop (ids or names, comma-separated or repeated; default all)
    #[arg(long, value_name = "LIST", add = clap_complete::ArgValueCandidates::new(crate::complete::principle_ids))]
    pub principles: Vec<String>,

    /// Write a one-page Markdown cheat sheet to FILE
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE when it exists
    #[arg(long, requires = "output")]
    pub force: bool,

    /// Never assign a story already told at this company (`lp told`)
    #[arg(long, value_name = "NAME")]
    pub company: Option<String>,

    /// Print the plan as JSON
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &PlanArgs, global: &Global, ui: &mut Ui) -> anyhow::Result<Outcome> {
    atomic::refuse_existing(args.output.as_deref(), args.force)?;
    let library = global.load_clean(ui)?;
    if let Some(path) = &args.output {
        library.refuse_inside(path)?;
    }
    let focus = library.set.resolve_list(&args.principles)?;
    let mut findings: HashMap<String, usize> = HashMap::new();
    for d in lint::check(&library.stories) {
        if let Some(id) = d.story {
            *findings.entry(id).or_default() += 1;
        }
    }
    let (stories, set_aside) = match &args.company {
        Some(company) => without_told(&library, company, ui)?,
        None => (library.stories.clone(), Vec::new()),
    };
    let mut plan = plan::plan(&library.set, &stories, &focus, &findings);
    plan.set_aside = set_aside;
    if args.json {
        ui.json(&plan)?;
    } else {
        let style = ui.style_out();
        let mut out = text::plan(&plan, style);
        if let Some(company) = &args.company {
            out.push('\n');
            if plan.set_aside.is_empty() {
                out.push_str(&crate::render::layout::wrap(
                    &crate::visible::visible(&format!(
                        "No story was set aside: none was told at {company} before."
                    )),
                    style.width,
                    "",
                    "",
                ));
            } else {
                let recorded = plan
                    .set_aside
                    .first()
                    .and_then(|s| s.told.first())
                    .and_then(|t| t.split(" (").next())
                    .unwrap_or(company);
                out.push_str(&format!(
                    "Set aside, told at {} before:\n",
                    crate::visible::visible(recorded)
                ));
                for s in &plan.set_aside {
                    out.push_str(&crate::render::layout::wrap(
                        &crate::visible::visible(&format!(
                            "{} ({}): {}",
                            s.title.trim(),
                            s.id,
                            s.told.join("; ")
                        )),
                        style.width,
                        "  - ",
                        "    ",
                    ));
                }
            }
        }
        ui.out.write_all(out.as_bytes())?;
    }
    if let Some(path) = &args.output {
        let sheet = render::markdown::cheat_sheet(&library.set.name, &plan);
        atomic::write_output(path, atomic::Contents::Bytes(sheet.as_bytes()), args.force)?;
        ui.note(&format!("Wrote the cheat sheet to {}", path.display()))?;
    }
    Ok(Outcome::Done)
}

/// The library's stories less those told at `company`, and those set aside. A company
/// nobody has recorded a story for is refused, with the known ones: a slip of the name
/// would otherwise plan a repeat.
fn without_told(
    library: &crate::library::Library,
    company: &str,
    ui: &mut Ui,
) -> anyhow::Result<(Vec<crate::model::Story>, Vec<plan::SetAside>)> {
    let (told, warning) = library.told();
    if let Some(warning) = warning {
        ui.warn(&warning)?;
    }
    let here: Vec<&crate::told::Told> = told
        .iter()
        .filter(|t| crate::told::same_company(&t.company, company))
        .collect();
    if here.is_empty() {
        let known = crate::told::companies(&told);
        if known.is_empty() {
            anyhow::bail!(crate::diagnostic::hinted(
                format!(
                    "no story has been recorded as told at {:?}, or anywhere yet",
                    company
                ),
                format!(
                    "after an interview, lp told ID --company {} records what you told; without --company, lp plan uses every story",
                    crate::shell::quote(company)
                )
            ));
        }
        anyhow::bail!(crate::diagnostic::hinted(
            format!("no story has been recorded as told at {:?}", company),
            format!(
                "the companies lp knows: {}; without --company, lp plan uses every story",
                known.join(", ")
            )
        ));
    }
    let mut set_aside: Vec<plan::SetAside> = Vec::new();
    let stories = library
        .stories
        .iter()
        .filter(|s| {
            let told_here = here.iter().any(|t| t.story == s.id);
            if told_here {
                set_aside.push(plan::SetAside {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    told: crate::told::places(&told, &s.id),
                });
            }
            !told_here
        })
        .cloned()
        .collect();
    Ok((stories, set_aside))
}
