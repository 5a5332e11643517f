//! Text from files is data, never terminal control: the one function every human
//! output passes file-derived text through (titles, ids, file names, notes, error
//! messages), so that nothing in a story can recolour the terminal, retitle the
//! window, write the clipboard, clear the screen or reorder what is shown.

use std::borrow::Cow;

/// Whether a character would act on a terminal or on how text is laid out instead of
/// being shown: C0 controls other than newline and tab, DEL, C1 controls, and the
/// Unicode bidirectional formatting characters.
pub fn is_control(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        // Bidi: marks, embeddings and overrides, isolates.
        | '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether bytes may hold a control character: a C0 byte other than newline and tab,
/// DEL, or the first byte of a C1 control (U+0080–U+009F) or of a bidi formatting
/// character (U+061C, U+200E–U+206F). Most text has none, and is passed at once.
pub fn may_hold_control(bytes: &[u8]) -> bool {
    next_suspect(bytes, 0).is_some()
}

/// Where the first byte at or after `from` stands that may begin a control character
/// (see `may_hold_control`).
fn next_suspect(bytes: &[u8], from: usize) -> Option<usize> {
    let suspect = |b: u8| {
        (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7f || b == 0xc2 || b == 0xd8 || b == 0xe2
    };
    // Eight bytes at a time: a run of printable ASCII (0x20–0x7e) is passed at once;
    // a run with any other byte (a newline, say) is looked at byte by byte.
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let rest = bytes.get(from..)?;
    let mut runs = rest.chunks_exact(8);
    let mut at = from;
    for run in &mut runs {
        let w = u64::from_le_bytes(run.try_into().expect("a run is eight bytes"));
        let below_space = w.wrapping_sub(0x20 * ONES) & !w & HIGH;
        let del_or_above = (w.wrapping_add(ONES) | w) & HIGH;
        if below_space | del_or_above != 0
            && let Some(i) = run.iter().position(|&b| suspect(b))
        {
            return Some(at + i);
        }
        at += 8;
    }
    let i = runs.remainder().iter().position(|&b| suspect(b))?;
    Some(at + i)
}

/// Whether `text` holds a control character (see `is_control`): only the characters
/// that begin with a byte one could begin with are looked at (`·`, `—` and `…` begin
/// so, and are not).
pub fn has_control(text: &str) -> bool {
    let mut from = 0;
    while let Some(at) = next_suspect(text.as_bytes(), from) {
        // A byte that may begin a control character is ASCII or a leading byte, never
        // inside a character, so a character begins there.
        if text[at..].chars().next().is_some_and(is_control) {
            return true;
        }
        from = at + 1;
    }
    false
}

/// `text` with every control character (see `is_control`) shown as a visible escape:
/// ESC as `\e`, the others as `\u{…}` (`\u{7}`, `\u{202e}`). Every other character,
/// newline and tab included, is left as it is; text with nothing to escape is
/// returned as it is, without a copy. Applied before text is cut to a width, so no
/// escape is cut in half, and idempotent: escaping twice changes nothing more.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !has_control(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\u{1b}' => out.push_str("\\e"),
            c if is_control(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_scan_finds_what_a_look_at_every_character_finds() {
        let mut rng = fastrand::Rng::with_seed(11);
        let pieces = [
            "plain words ",
            "\n",
            "\t",
            "·",
            "—",
            "…",
            "é",
            "\u{1b}",
            "\u{7f}",
            "\u{85}",
            "\u{9f}",
            "\u{a0}",
            "\u{61c}",
            "\u{200d}",
            "\u{200e}",
            "\u{202e}",
            "\u{2069}",
            "\u{206a}",
            "\u{2028}",
            "x",
        ];
        for _ in 0..5000 {
            let n = rng.usize(0..40);
            let text: String = (0..n).map(|_| pieces[rng.usize(..pieces.len())]).collect();
            assert_eq!(has_control(&text), text.chars().any(is_control), "{text:?}");
        }
    }

    #[test]
    fn controls_become_visible_escapes() {
        assert_eq!(
            visible("Red \u{1b}[31m text \u{1b}]0;pwned\u{7}"),
            "Red \\e[31m text \\e]0;pwned\\u{7}"
        );
        assert_eq!(
            visible("a\u{9b}2J\u{202e}b\u{7f}"),
            "a\\u{9b}2J\\u{202e}b\\u{7f}"
        );
        assert_eq!(
            visible("tabs\tand\nlines, é, 日本, 🙂"),
            "tabs\tand\nlines, é, 日本, 🙂"
        );
        assert!(matches!(visible("plain"), Cow::Borrowed(_)));
    }

    /// A property test over many random strings, drawn from a mix of every kind of
    /// character: no control survives, every other character is kept in order, and
    /// escaping twice is escaping once.
    #[test]
    fn no_control_survives_and_every_other_character_is_unchanged() {
        let mut rng = fastrand::Rng::with_seed(7);
        let pools: [&dyn Fn(&mut fastrand::Rng) -> char; 6] = [
            &|r| r.char('\u{0}'..='\u{7f}'),
            &|r| r.char('\u{80}'..='\u{ff}'),
            &|r| r.char('\u{2000}'..='\u{206f}'),
            &|r| r.char('\u{600}'..='\u{6ff}'),
            &|r| r.char(..),
            &|r| {
                [
                    '\u{1b}', '[', ']', ';', '\\', 'e', 'u', '{', '}', '\n', '\t',
                ][r.usize(..11)]
            },
        ];
        for _ in 0..20_000 {
            let len = rng.usize(0..40);
            let text: String = (0..len)
                .map(|_| pools[rng.usize(..pools.len())](&mut rng))
                .collect();
            let shown = visible(&text);
            assert!(!shown.chars().any(is_control), "{text:?} -> {shown:?}");
            assert!(
                !shown
                    .bytes()
                    .any(|b| b < 0x20 && b != b'\n' && b != b'\t' || b == 0x7f),
                "{shown:?}"
            );
            // Read the output alongside the input: each control is its escape, and
            // every other character is itself, in order, with nothing added.
            let mut rest: &str = &shown;
            for c in text.chars() {
                let expected = match c {
                    '\u{1b}' => "\\e".to_string(),
                    c if is_control(c) => format!("\\u{{{:x}}}", c as u32),
                    c => c.to_string(),
                };
                assert!(rest.starts_with(&expected), "{text:?} -> {shown:?}");
                rest = &rest[expected.len()..];
            }
            assert!(rest.is_empty(), "{text:?} -> {shown:?}");
            assert_eq!(visible(&shown), shown, "idempotent");
        }
    }
}
