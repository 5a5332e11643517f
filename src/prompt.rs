//! What the commands that ask questions in a terminal (`add`, `write`) share: the
//! prompt theme, the one-line prompt (`line`, lp's own editor of the line being
//! typed), Ctrl-C and signals at a prompt, principles typed as names, and one part of
//! a story written in the editor. Part of the interactive layer beside `ui` and `editor`.

use std::io::IsTerminal;

use anyhow::{Context, bail};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};

use crate::editor;

mod line;
use crate::model::{Part, PrincipleSet, Story};
use crate::recovery;
use crate::ui::Ui;
pub use line::{take_unentered, unentered};

/// Whether both ends of a conversation are a terminal.
pub fn terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The prompts' theme: colour when stderr has it. The chosen item of a list is marked
/// by `>` (and ticked items by `[x]`), never by colour alone.
pub fn theme(ui: &Ui) -> Box<dyn Theme> {
    if ui.color_err {
        Box::new(Marked(ColorfulTheme {
            active_item_prefix: console::style(">".to_string()).for_stderr().green(),
            checked_item_prefix: console::style("[x]".to_string()).for_stderr().green(),
            unchecked_item_prefix: console::style("[ ]".to_string()).for_stderr(),
            ..ColorfulTheme::default()
        }))
    } else {
        Box::new(Marked(SimpleTheme))
    }
}

/// Whether a one-line prompt is reading with bracketed paste on (`interact`).
static PASTE_MARKED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// A theme that echoes a pasted line without the marks of the paste's start and end
/// (`interact` takes them off the answer; the prompt would echo them as typed), and
/// draws everything else as the theme it wraps.
struct Marked<T>(T);

impl<T: Theme> Theme for Marked<T> {
    fn format_input_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> std::fmt::Result {
        let sel = if PASTE_MARKED.load(std::sync::atomic::Ordering::Relaxed) {
            without_marks(sel)
        } else {
            sel
        };
        self.0.format_input_prompt_selection(f, prompt, sel)
    }

    fn format_prompt(&self, f: &mut dyn std::fmt::Write, prompt: &str) -> std::fmt::Result {
        self.0.format_prompt(f, prompt)
    }
    fn format_error(&self, f: &mut dyn std::fmt::Write, err: &str) -> std::fmt::Result {
        self.0.format_error(f, err)
    }
    fn format_confirm_prompt(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        default: Option<bool>,
    ) -> std::fmt::Result {
        self.0.format_confirm_prompt(f, prompt, default)
    }
    fn format_confirm_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        selection: Option<bool>,
    ) -> std::fmt::Result {
        self.0.format_confirm_prompt_selection(f, prompt, selection)
    }
    fn format_input_prompt(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        default: Option<&str>,
    ) -> std::fmt::Result {
        self.0.format_input_prompt(f, prompt, default)
    }
    fn format_password_prompt(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
    ) -> std::fmt::Result {
        self.0.format_password_prompt(f, prompt)
    }
    fn format_password_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
    ) -> std::fmt::Result {
        self.0.format_password_prompt_selection(f, prompt)
    }
    fn format_select_prompt(&self, f: &mut dyn std::fmt::Write, prompt: &str) -> std::fmt::Result {
        self.0.format_select_prompt(f, prompt)
    }
    fn format_select_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> std::fmt::Result {
        self.0.format_select_prompt_selection(f, prompt, sel)
    }
    fn format_multi_select_prompt(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
    ) -> std::fmt::Result {
        self.0.format_multi_select_prompt(f, prompt)
    }
    fn format_sort_prompt(&self, f: &mut dyn std::fmt::Write, prompt: &str) -> std::fmt::Result {
        self.0.format_sort_prompt(f, prompt)
    }
    fn format_multi_select_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        selections: &[&str],
    ) -> std::fmt::Result {
        self.0
            .format_multi_select_prompt_selection(f, prompt, selections)
    }
    fn format_sort_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        selections: &[&str],
    ) -> std::fmt::Result {
        self.0.format_sort_prompt_selection(f, prompt, selections)
    }
    fn format_select_prompt_item(
        &self,
        f: &mut dyn std::fmt::Write,
        text: &str,
        active: bool,
    ) -> std::fmt::Result {
        self.0.format_select_prompt_item(f, text, active)
    }
    fn format_multi_select_prompt_item(
        &self,
        f: &mut dyn std::fmt::Write,
        text: &str,
        checked: bool,
        active: bool,
    ) -> std::fmt::Result {
        self.0
            .format_multi_select_prompt_item(f, text, checked, active)
    }
    fn format_sort_prompt_item(
        &self,
        f: &mut dyn std::fmt::Write,
        text: &str,
        picked: bool,
        active: bool,
    ) -> std::fmt::Result {
        self.0.format_sort_prompt_item(f, text, picked, active)
    }
}

/// A line as read with bracketed paste on, without the marks of a paste's start and
/// end (`START_SEEN`, `END_SEEN`).
fn without_marks(line: &str) -> &str {
    match line.strip_prefix(START_SEEN) {
        Some(pasted) => pasted.strip_suffix(END_SEEN).unwrap_or(pasted),
        None => line,
    }
}

/// Ctrl-C at a prompt reaches `lp` twice: console reads it as a key and fails the
/// prompt with an "interrupted" error, then raises SIGINT. The prompt's error is
/// handled where the typed text is; the signal handler only keeps the default action
/// from killing `lp` before that, and shows the cursor again.
///
/// SIGTERM and SIGHUP end the session from outside, with no prompt to fail: a thread
/// keeps what was typed so far (`set_pending`) in its recovery file, puts the terminal
/// back as it was, says where the text is, and exits with 128 + the signal.
pub fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(|| {
        use std::io::Write as _;
        let mut err = std::io::stderr();
        if err.is_terminal() {
            let _ = write!(err, "\x1b[?25h");
        }
    });
    terminal_state::save();
    INTERACTIVE.store(true, std::sync::atomic::Ordering::SeqCst);
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        use signal_hook::consts::{SIGHUP, SIGTERM};
        // Set inside the signal handler itself, before a prompt's read fails with
        // EINTR: the prompt's thread then leaves the keeping to the signal's thread.
        for signal in [SIGTERM, SIGHUP] {
            let _ = signal_hook::flag::register(signal, std::sync::Arc::clone(&ENDING));
        }
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP]) else {
            return;
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                ended_by(signal);
            }
        });
    });
}

/// Set when SIGTERM or SIGHUP is ending the session.
static ENDING: std::sync::LazyLock<std::sync::Arc<std::sync::atomic::AtomicBool>> =
    std::sync::LazyLock::new(|| std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)));

/// Whether this session asked anything in the terminal.
static INTERACTIVE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// What would be lost if the session ended now.
struct Pending {
    root: std::path::PathBuf,
    kind: recovery::Kind,
    body: String,
    /// A file in an editor, to read when the signal comes, with what it held before:
    /// kept only if it changed.
    file: Option<(std::path::PathBuf, String)>,
    /// What did not happen (`stories/x.yaml was not changed`).
    unsaved: String,
    /// The text to keep instead when a line was being typed at a prompt, not yet
    /// entered: given that line.
    typing: Option<Typing>,
}

/// Makes the text a signal keeps from the line being typed at the prompt now open.
pub type Typing = Box<dyn Fn(&str) -> String + Send>;

static PENDING: std::sync::Mutex<Option<Pending>> = std::sync::Mutex::new(None);

/// The recovery file this session took up (`--resume`): what a signal keeps replaces
/// it, as Ctrl-C's keeping does, rather than setting it aside as another session's.
static TAKEN_UP: std::sync::Mutex<Option<std::path::PathBuf>> = std::sync::Mutex::new(None);

/// Records the recovery file a session took up, for a signal that ends it.
pub fn taking_up(file: Option<&std::path::Path>) {
    if let Ok(mut slot) = TAKEN_UP.lock() {
        *slot = file.map(std::path::Path::to_path_buf);
    }
}

/// What a signal that ends the session leaves to say when nothing typed is pending
/// ("nothing was written"): set by a session that writes only at its end.
static ENDED_NOTE: std::sync::Mutex<Option<&'static str>> = std::sync::Mutex::new(None);

/// Says what a signal ending the session means when no text is pending: for a session
/// that writes nothing until its end, "nothing was written".
pub fn note_if_ended(note: &'static str) {
    if let Ok(mut slot) = ENDED_NOTE.lock() {
        *slot = Some(note);
    }
}

/// Records the text typed so far, to be kept if a signal ends the session.
pub fn set_pending(root: &std::path::Path, kind: recovery::Kind, body: String, unsaved: String) {
    pend(root, kind, body, None, unsaved);
}

/// Records, before a prompt, the text typed so far (`body`, empty when there is
/// nothing yet) and how to keep it with a line typed at the prompt but not entered:
/// a signal that ends the session then keeps `typing` of that line.
pub fn set_pending_typing(
    root: &std::path::Path,
    kind: recovery::Kind,
    body: String,
    typing: Typing,
    unsaved: String,
) {
    pend(root, kind, body, Some(typing), unsaved);
}

fn pend(
    root: &std::path::Path,
    kind: recovery::Kind,
    body: String,
    typing: Option<Typing>,
    unsaved: String,
) {
    if let Ok(mut pending) = PENDING.lock() {
        *pending = Some(Pending {
            root: root.to_path_buf(),
            kind,
            body,
            file: None,
            unsaved,
            typing,
        });
    }
}

/// Records a file open in the editor (which held `original`), to be kept if a signal
/// ends the session while it is open and it changed.
pub fn set_pending_file(
    root: &std::path::Path,
    kind: recovery::Kind,
    file: &std::path::Path,
    original: &str,
    unsaved: String,
) {
    if let Ok(mut pending) = PENDING.lock() {
        *pending = Some(Pending {
            root: root.to_path_buf(),
            kind,
            body: String::new(),
            file: Some((file.to_path_buf(), original.to_string())),
            unsaved,
            typing: None,
        });
    }
}

/// When SIGTERM or SIGHUP is ending the session, waits for the signal's thread to
/// keep the text and exit; returns at once otherwise.
pub fn wait_if_ending() {
    if ENDING.load(std::sync::atomic::Ordering::SeqCst) {
        loop {
            std::thread::park();
        }
    }
}

/// Nothing is waiting to be kept: it was saved, or kept already.
pub fn clear_pending() {
    wait_if_ending();
    if let Ok(mut pending) = PENDING.lock() {
        *pending = None;
    }
}

/// Keeps what a signal would lose, in the recovery file the session took up if any.
fn keep_pending(p: &Pending, why: &str) -> anyhow::Result<recovery::Kept> {
    let taken_up = TAKEN_UP.lock().ok().and_then(|t| t.clone());
    recovery::save_over(&p.root, taken_up.as_deref(), &p.kind, why, &p.body)
}

/// A signal ended the session: keep the text, restore the terminal, say so, exit.
fn ended_by(signal: i32) -> ! {
    terminal_state::restore();
    let name = if signal == signal_hook::consts::SIGHUP {
        "the terminal closed (SIGHUP)"
    } else {
        "lp was asked to stop (SIGTERM)"
    };
    let pending = PENDING.lock().ok().and_then(|mut p| p.take());
    // A file in the editor is read now; left as it was, there is nothing to keep.
    let pending = pending.and_then(|mut p| match p.file.take() {
        None => Some(p),
        Some((file, original)) => {
            let now = std::fs::read_to_string(&file).ok()?;
            (now != original).then_some(Pending { body: now, ..p })
        }
    });
    // A line typed at the prompt, not entered, is kept with the rest.
    let line = line::unentered();
    let pending = pending.map(|p| match p.typing.as_ref() {
        Some(typing) if !line.trim().is_empty() => Pending {
            body: typing(&line),
            ..p
        },
        _ => p,
    });
    let pending = pending.filter(|p| !p.body.is_empty());
    let message = match pending {
        Some(p) => match keep_pending(&p, &format!("Kept when {name}")) {
            Ok(kept) => format!(
                "\nEnded: {name}; {}. What you wrote is in {kept}",
                p.unsaved
            ),
            Err(error) => format!(
                "\nEnded: {name}; {}.\n{}",
                p.unsaved,
                crate::diagnostic::render_error(&error, false)
            ),
        },
        None => match ENDED_NOTE.lock().ok().and_then(|n| *n) {
            Some(note) => format!("\nEnded: {name}; {note}."),
            None => format!("\nEnded: {name}."),
        },
    };
    terminal_state::write_raw(&format!("{}\n", crate::visible::visible(&message)));
    discard_typed_ahead();
    std::process::exit(128 + signal);
}

/// Text typed ahead that lp did not read is dropped, so that none of it reaches the
/// shell when lp exits: only after a session that asked in the terminal.
pub fn discard_typed_ahead() {
    if INTERACTIVE.load(std::sync::atomic::Ordering::SeqCst) {
        terminal_state::flush_input();
    }
}

/// A terminal's settings changed for a while: put back as they were when dropped,
/// whatever ends the reading (a return, an error, a panic).
struct Settings {
    /// The terminal opened for this (`/dev/tty`), kept open while its settings differ.
    opened: Option<std::fs::File>,
    fd: std::os::fd::RawFd,
    saved: libc::termios,
    /// When `tcsetattr` puts them back (`TCSANOW`, `TCSADRAIN`).
    when: libc::c_int,
}

impl Settings {
    /// The settings of the terminal on `fd` (`opened` when it was opened for this),
    /// changed by `change`, applied `when`. `None` when `fd` is no terminal.
    fn change(
        fd: std::os::fd::RawFd,
        opened: Option<std::fs::File>,
        when: libc::c_int,
        change: impl FnOnce(&mut libc::termios),
    ) -> Option<Settings> {
        // SAFETY: tcgetattr writes a termios for a descriptor this process holds.
        let mut saved: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(fd, &mut saved) } != 0 {
            return None;
        }
        let mut changed = saved;
        change(&mut changed);
        // SAFETY: settings read from this terminal, changed, written back to it.
        unsafe { libc::tcsetattr(fd, when, &changed) };
        Some(Settings {
            opened,
            fd,
            saved,
            when,
        })
    }
}

impl Drop for Settings {
    fn drop(&mut self) {
        // SAFETY: the settings were read from this same terminal, still open.
        unsafe { libc::tcsetattr(self.fd, self.when, &self.saved) };
        drop(self.opened.take());
    }
}

/// The terminal's settings when the conversation began, to put back when a signal ends
/// it in the middle of a menu (which turns echo off and hides the cursor).
mod terminal_state {
    use std::io::IsTerminal as _;
    use std::sync::Mutex;

    static SAVED: Mutex<Option<libc::termios>> = Mutex::new(None);

    pub fn save() {
        if !std::io::stdin().is_terminal() {
            return;
        }
        // SAFETY: tcgetattr writes a termios for a descriptor that is a terminal.
        let mut state: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut state) } == 0
            && let Ok(mut saved) = SAVED.lock()
            && saved.is_none()
        {
            *saved = Some(state);
        }
    }

    pub fn restore() {
        if let Ok(saved) = SAVED.lock()
            && let Some(state) = saved.as_ref()
        {
            // SAFETY: the settings were read from this same terminal.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, state) };
        }
        if std::io::stderr().is_terminal() {
            // The cursor shown, bracketed paste off.
            write_raw("\x1b[?25h\x1b[?2004l");
        }
    }

    /// Writes to standard error's descriptor directly: the thread a signal ended may
    /// hold the lock of `std::io::stderr`, and never give it back.
    pub fn write_raw(text: &str) {
        let mut bytes = text.as_bytes();
        while !bytes.is_empty() {
            // SAFETY: writes bytes from a live slice to a descriptor.
            let n = unsafe { libc::write(libc::STDERR_FILENO, bytes.as_ptr().cast(), bytes.len()) };
            if n <= 0 {
                break;
            }
            bytes = &bytes[n as usize..];
        }
    }

    pub fn flush_input() {
        if std::io::stdin().is_terminal() {
            // SAFETY: drops unread input of a terminal; nothing else is touched.
            unsafe { libc::tcflush(libc::STDIN_FILENO, libc::TCIFLUSH) };
        }
    }
}

/// Shows the cursor again after a prompt was interrupted.
pub fn show_cursor(ui: &mut Ui) -> std::io::Result<()> {
    if std::io::stderr().is_terminal() {
        write!(ui.err, "\x1b[?25h")?;
    }
    Ok(())
}

/// Whether an error is a prompt interrupted by Ctrl-C. When SIGTERM or SIGHUP
/// interrupted it, the signal's thread keeps the text and ends lp: this thread waits
/// for that, so that the text is kept once, by one of them.
pub fn is_interrupt(error: &anyhow::Error) -> bool {
    wait_if_ending();
    error.chain().any(|cause| {
        matches!(cause.downcast_ref::<dialoguer::Error>(), Some(dialoguer::Error::IO(e)) if e.kind() == std::io::ErrorKind::Interrupted)
            || cause
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::Interrupted)
    })
}

/// What a terminal in bracketed-paste mode sends around a paste. The prompts read
/// the start as an unknown key followed by `0~`, and the end as one followed by `1~`.
const PASTE_END: &str = "\x1b[201~";
const START_SEEN: &str = "0~";
const END_SEEN: &str = "1~";

/// A one-line prompt's answer with bracketed paste on, where the terminal has it: the
/// terminal then marks a paste's start and end, so a paste is known for one however
/// slowly it arrives. Returns the line typed or the paste's first line, and the rest
/// of a paste when there is one (told by timing where the terminal does
/// not mark it).
pub fn interact(
    theme: &dyn Theme,
    prompt: &str,
    default: Option<&str>,
    initial: &str,
) -> std::io::Result<(String, Option<String>)> {
    let marked = std::io::stderr().is_terminal() && std::io::stdin().is_terminal();
    if marked {
        terminal_state::write_raw("\x1b[?2004h");
    }
    PASTE_MARKED.store(marked, std::sync::atomic::Ordering::Relaxed);
    let typed = line::read(theme, prompt, default, initial);
    PASTE_MARKED.store(false, std::sync::atomic::Ordering::Relaxed);
    let answer = typed.map(|mut first| {
        let bracketed = marked && first.starts_with(START_SEEN);
        if bracketed {
            first.drain(..START_SEEN.len());
            if first.ends_with(END_SEEN) {
                first.truncate(first.len() - END_SEEN.len());
                return (first, None);
            }
        }
        let rest = rest_of(bracketed).filter(|r| !r.trim().is_empty());
        (first, rest)
    });
    if marked {
        terminal_state::write_raw("\x1b[?2004l");
    }
    answer
}

/// The rest of a paste: a paste of several lines reaches a one-line prompt as its
/// first line, ended by the first newline, with the rest already waiting on the
/// terminal, faster than anyone types. What arrives within a moment is read here, so
/// that it belongs to the same answer and never spills into the next question or,
/// after lp exits, into the shell; with `bracketed`, up to the mark of its end, which
/// is taken off. `None` when nothing was waiting.
fn rest_of(bracketed: bool) -> Option<String> {
    use std::io::IsTerminal as _;
    if !std::io::stdin().is_terminal() {
        return None;
    }
    let fd = libc::STDIN_FILENO;
    let waiting = |ms: i32| {
        let mut poll = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: polls one descriptor this process holds, for at most `ms`.
        unsafe { libc::poll(&mut poll, 1, ms) > 0 && poll.revents & libc::POLLIN != 0 }
    };
    // Bytes are read as they come (not line by line), echoed as they were typed.
    let changed = Settings::change(fd, None, libc::TCSANOW, |raw| {
        raw.c_lflag &= !libc::ICANON;
        raw.c_cc[libc::VMIN] = 0;
        raw.c_cc[libc::VTIME] = 0;
    })?;
    let mut bytes = Vec::new();
    // A person types a new line after far more than 30 ms; a paste arrives at once.
    // A marked paste is read to its end mark, however slowly it comes.
    let mut wait = if bracketed { 2000 } else { 30 };
    let end = PASTE_END.as_bytes();
    while bytes.len() < crate::yaml::MAX_FILE_BYTES && waiting(wait) {
        let mut chunk = [0u8; 4096];
        // SAFETY: reads into a buffer of the length given.
        let n = unsafe { libc::read(fd, chunk.as_mut_ptr().cast(), chunk.len()) };
        if n <= 0 {
            break;
        }
        bytes.extend_from_slice(&chunk[..n as usize]);
        if bracketed && bytes.windows(end.len()).any(|w| w == end) {
            break;
        }
        if !bracketed {
            wait = 80;
        }
    }
    drop(changed);
    if bytes.is_empty() {
        return None;
    }
    let text = String::from_utf8_lossy(&bytes)
        .replace(PASTE_END, "")
        .replace("\x1b[200~", "")
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    Some(text)
}

/// A line typed at a one-line prompt, with the rest of a paste when there is one:
/// `joined` by a newline for a part, which keeps its paragraphs, or by a space for a
/// field of one line (a title).
pub fn with_rest_of_paste((first, rest): (String, Option<String>), one_line: bool) -> String {
    match rest {
        None => first,
        Some(rest) if one_line => {
            let words: Vec<&str> = std::iter::once(first.as_str())
                .chain(rest.lines())
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            words.join(" ")
        }
        Some(rest) => format!("{first}\n{rest}"),
    }
}

/// Text for a part: trailing blank lines trimmed, ending in one newline.
pub fn block(text: &str) -> String {
    let text = text.trim_end();
    if text.trim().is_empty() {
        String::new()
    } else {
        format!("{text}\n")
    }
}

/// Principles as given (the primary first), each resolved from an id, name or alias;
/// items may be comma-separated.
pub fn resolve_principles(given: &[String], set: &PrincipleSet) -> anyhow::Result<Vec<String>> {
    let mut ids: Vec<String> = Vec::new();
    for name in given
        .iter()
        .flat_map(|g| g.split(','))
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        let Some(p) = set.resolve(name) else {
            // A sentence (the answer typed or pasted one prompt early) is no misspelt
            // name: "did you mean" would mislead.
            let words: Vec<&str> = name.split_whitespace().collect();
            if words.len() > 6 {
                bail!(crate::diagnostic::hinted(
                    format!(
                        "'{} …' reads as a sentence, not a principle's name",
                        words[..6].join(" ")
                    ),
                    "give principles by id or name, comma-separated (`lp principles` lists them); the answer itself goes in its parts, next"
                ));
            }
            let near = set.suggest(name);
            let hint = if near.is_empty() {
                "`lp principles` lists them".to_string()
            } else {
                format!("did you mean {}?", crate::english::quoted_or_list(&near))
            };
            bail!(crate::diagnostic::hinted(
                format!("unknown principle '{name}'"),
                hint
            ));
        };
        if !ids.contains(&p.id) {
            ids.push(p.id.clone());
        }
    }
    Ok(ids)
}

/// Asks for a story's title; Enter keeps `current` when there is one. The current
/// title is shown made visible (prompts write to the terminal themselves), and kept
/// as it is.
pub fn ask_title(theme: &dyn Theme, ui: &mut Ui, current: &str) -> anyhow::Result<String> {
    let current = current.trim();
    let prompt = if current.is_empty() {
        "Title".to_string()
    } else {
        format!(
            "Title (Enter keeps it) [{}]",
            crate::visible::visible(current)
        )
    };
    loop {
        let typed = with_rest_of_paste(
            interact(theme, &prompt, None, "").context("could not read the title")?,
            true,
        );
        match typed.trim() {
            "" if current.is_empty() => {
                writeln!(
                    ui.err,
                    "A story needs a title: a few words on what happened (Ctrl-C stops)."
                )?;
            }
            "" => return Ok(current.to_string()),
            typed => return Ok(typed.to_string()),
        }
    }
}

/// The line below which the file a part is written in holds only help, ignored.
pub const CUT_LINE: &str = "# ------------------------ >8 ------------------------";

/// What became of a part written in the editor.
pub enum Edited {
    /// The text, with the help below the cut line taken off.
    Text(String),
    /// The editor could not start or failed, or its file could not be made. What it
    /// left, if anything, is handed back; the caller asks on one line instead.
    Failed {
        error: anyhow::Error,
        left: Option<String>,
    },
}

/// The help a part's file holds below the cut line, as comments. A line of the text
/// that is the cut line itself would cut the text short when read back: the cut
/// line is made unique to this file, so no text can hold it.
fn cut_line(current: &str) -> String {
    let mut cut = CUT_LINE.to_string();
    let mut n = 2;
    while current.contains(&cut) {
        cut = format!("{CUT_LINE} {n}");
        n += 1;
    }
    cut
}

/// Writes one part in the editor: a temporary file named after the part, holding
/// `current` above the cut line and `help` (the notes, guidance) as comments below
/// it. An editor that fails never loses the text: whatever it left is handed back.
pub fn part_in_editor(part: Part, current: &str, help: &str) -> Edited {
    let file = match tempfile::Builder::new()
        .prefix(&format!("lp-{}-", part.key()))
        .suffix(".md")
        .tempfile()
        .context("could not create a file for the editor (is $TMPDIR a folder you can write?)")
    {
        Ok(file) => file,
        Err(error) => return Edited::Failed { error, left: None },
    };
    let cut = cut_line(current);
    let mut initial = current.trim_end().to_string();
    initial.push_str("\n\n");
    initial.push_str(&cut);
    initial.push_str("\n# Write above this line; everything below it is ignored.\n");
    for line in help.lines() {
        initial.push_str(format!("# {line}").trim_end());
        initial.push('\n');
    }
    if let Err(error) =
        std::fs::write(file.path(), &initial).context("could not write the file for the editor")
    {
        return Edited::Failed { error, left: None };
    }
    let outcome = editor::edit_waiting(file.path(), &initial);
    let written = std::fs::read(file.path())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let text = match written.find(&cut) {
        Some(at) => written[..at].to_string(),
        None => written.clone(),
    };
    match outcome {
        Ok(()) => Edited::Text(block(&text)),
        Err(error) => Edited::Failed {
            error,
            left: (written != initial && !text.trim().is_empty()).then(|| block(&text)),
        },
    }
}

/// Asks for one part on one line, or in the editor with `e`; Enter keeps `current`
/// (nothing, for a new story) and, when there is text, `-` clears it. When the editor
/// fails, says so and asks again; what it left is kept through `keep` (the story's
/// recovery file) and becomes the text that Enter keeps.
pub fn ask_part(
    theme: &dyn Theme,
    ui: &mut Ui,
    part: Part,
    current: &str,
    help: &str,
    keep: &dyn Fn(&str) -> anyhow::Result<recovery::Kept>,
) -> anyhow::Result<String> {
    let name = part.label();
    let mut current = current.to_string();
    loop {
        let question = if current.trim().is_empty() {
            format!("{name} (Enter to skip, e for the editor)")
        } else {
            format!("{name} (Enter keeps it, e for the editor, - clears it)")
        };
        let (typed, rest) = interact(theme, &question, None, "")
            .with_context(|| format!("could not read the {}", name.to_lowercase()))?;
        // A paste of several paragraphs is one answer: the whole of it, shown back.
        let typed = match rest {
            None => typed,
            Some(rest) => {
                let whole = block(&format!("{typed}\n{rest}"));
                writeln!(
                    ui.err,
                    "Pasted into the {}, whole:\n{}",
                    name.to_lowercase(),
                    crate::render::layout::indent(&whole, 76)
                )?;
                return Ok(whole);
            }
        };
        match typed.trim() {
            "" => return Ok(current),
            "-" if !current.trim().is_empty() => return Ok(String::new()),
            "e" => match part_in_editor(part, &current, help) {
                Edited::Text(text) => {
                    // The prompt echoes the `e`: what came back is said here.
                    let words = text.split_whitespace().count();
                    writeln!(
                        ui.err,
                        "{name}, as written in the editor: {}.",
                        crate::english::plural(words, "word", "words")
                    )?;
                    return Ok(text);
                }
                Edited::Failed { error, left } => {
                    ui.error(&error)?;
                    if let Some(left) = left {
                        let kept = keep(&left)?;
                        writeln!(
                            ui.err,
                            "What the editor left is kept in {kept}\nIt is the {} now: Enter keeps it.",
                            name.to_lowercase()
                        )?;
                        current = left;
                    }
                    writeln!(
                        ui.err,
                        "Type the {} on one line instead.",
                        name.to_lowercase()
                    )?;
                }
            },
            _ => return Ok(block(&typed)),
        }
    }
}

/// Keeps a story that could not be saved in its recovery file: `why` in the header.
pub fn keep(
    root: &std::path::Path,
    kind: &recovery::Kind,
    story: &Story,
    why: &str,
) -> anyhow::Result<recovery::Kept> {
    recovery::save(root, kind, why, &crate::story_yaml::to_yaml(story))
}

#[cfg(test)]
mod tests {

    use super::*;

    #[test]
    fn a_pasted_line_is_echoed_without_the_marks_of_the_paste() {
        assert_eq!(
            without_marks("0~Our release failed."),
            "Our release failed."
        );
        assert_eq!(without_marks("0~One line.1~"), "One line.");
        assert_eq!(without_marks("typed 0~ by hand"), "typed 0~ by hand");
        let echo = |marked: bool, sel: &str| {
            PASTE_MARKED.store(marked, std::sync::atomic::Ordering::Relaxed);
            let mut out = String::new();
            Marked(SimpleTheme)
                .format_input_prompt_selection(&mut out, "Situation", sel)
                .unwrap();
            PASTE_MARKED.store(false, std::sync::atomic::Ordering::Relaxed);
            out
        };
        assert_eq!(
            echo(true, "0~Our release failed."),
            "Situation: Our release failed."
        );
        // Without bracketed paste, what was typed is echoed as typed.
        assert_eq!(echo(false, "0~ as typed"), "Situation: 0~ as typed");
        // Everything else is drawn as the wrapped theme draws it.
        let mut out = String::new();
        Marked(SimpleTheme)
            .format_select_prompt_item(&mut out, "Save", true)
            .unwrap();
        let mut plain = String::new();
        SimpleTheme
            .format_select_prompt_item(&mut plain, "Save", true)
            .unwrap();
        assert_eq!(out, plain);
    }
}
