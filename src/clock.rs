//! The practice clock: the time so far, redrawn on the terminal while an answer is
//! timed, and the keys `lp practice` reads around it (Enter to start and stop, `a` or
//! `s` after a short round).

use std::fs;
use std::io::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use crate::model::format_duration;

/// The clock shown while the person answers: the time so far, on one line, redrawn
/// each second until dropped.
pub struct Ticking {
    stop: std::sync::Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Ticking {
    pub fn start(started: Instant) -> Ticking {
        let stop = std::sync::Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        // The command holds the lock of stderr while it runs, so the clock writes to a
        // handle of its own on the same terminal.
        let terminal = clock_handle();
        let thread = std::thread::spawn(move || {
            let Some(mut terminal) = terminal else {
                return;
            };
            let mut shown = u64::MAX;
            while !flag.load(Ordering::SeqCst) {
                let now = started.elapsed().as_secs();
                if now != shown {
                    shown = now;
                    let _ = write!(terminal, "\r  {} ", format_duration(now as usize));
                    let _ = terminal.flush();
                }
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
        });
        Ticking {
            stop,
            thread: Some(thread),
        }
    }
}

/// A second handle on standard error, which a thread can write without its lock.
fn clock_handle() -> Option<fs::File> {
    use std::os::fd::AsFd as _;
    let fd = std::io::stderr().as_fd().try_clone_to_owned().ok()?;
    Some(fs::File::from(fd))
}

impl Drop for Ticking {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// After a short round: `a` (or Enter) answered, `s` skipped.
pub fn confirm_short(terminal: &console::Term) -> std::io::Result<bool> {
    loop {
        match terminal.read_key() {
            Ok(console::Key::Char('a' | 'A' | 'y' | 'Y')) => return Ok(true),
            Ok(console::Key::Char('s' | 'S' | 'n' | 'N')) => return Ok(false),
            Ok(console::Key::Char('\u{4}')) => return Ok(false),
            Ok(_) => {}
            Err(err) if err.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(false),
            Err(err) => return Err(err),
        }
    }
}

/// Waits for Enter, key by key: `Ok(false)` when the input closes or Ctrl-D is pressed,
/// an `Interrupted` error at Ctrl-C.
pub fn wait_for_enter(terminal: &console::Term) -> std::io::Result<bool> {
    loop {
        match terminal.read_key() {
            Ok(console::Key::Enter) => return Ok(true),
            Ok(console::Key::Char('\u{4}')) => return Ok(false),
            Ok(_) => {}
            Err(err) if err.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(false),
            Err(err) => return Err(err),
        }
    }
}
