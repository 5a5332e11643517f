//! Words as a shell takes them back: every command lp prints for a person to run
//! (a hint, a resume line) quotes what it names through here.

/// A word as the shell would take it back: quoted only when it needs to be.
pub fn quote(word: &str) -> String {
    shlex::try_quote(word).map_or_else(|_| format!("{word:?}"), |q| q.into_owned())
}

/// A story id as the last word of a command: quoted when it needs to be, and after
/// `--` when it starts with a dash, so that it is never read as a flag.
pub fn operand(id: &str) -> String {
    let quoted = shlex::try_quote(id).map_or_else(|_| format!("'{id}'"), |q| q.into_owned());
    if id.starts_with('-') {
        format!("-- {quoted}")
    } else {
        quoted
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_quoted_only_when_they_need_it() {
        assert_eq!(quote("dive-deep"), "dive-deep");
        assert_eq!(quote("a b"), "'a b'");
        assert_eq!(quote("$(rm -rf x)"), "'$(rm -rf x)'");
        assert_eq!(operand("-rf"), "-- -rf");
        assert_eq!(operand("a;b"), "'a;b'");
    }
}
