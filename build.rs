//! Reads lp's question bank (`principles/amazon-questions.txt`) once, at build time,
//! with the same code `lp find` reads a question with (`src/find/words.rs`), so that
//! `lp find` does not stem four hundred questions each time it runs. The result is
//! `$OUT_DIR/bank.rs`: each question with its principle, its terms in order and the
//! pairs of neighbouring terms.

use std::fmt::Write as _;

#[allow(dead_code)]
mod words {
    include!("src/find/words.rs");
}

fn main() {
    for path in [
        "principles/amazon-questions.txt",
        "src/find/words.rs",
        "words/stop-words.txt",
        "words/same.txt",
        "words/not-same.txt",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let text = std::fs::read_to_string("principles/amazon-questions.txt")
        .expect("principles/amazon-questions.txt");
    let mut out = String::from("&[\n");
    let mut id = String::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(next) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            id = next.to_string();
            continue;
        }
        let terms: Vec<String> = words::words(line).into_iter().map(|(t, _)| t).collect();
        let pairs: Vec<String> = terms
            .windows(2)
            .filter(|w| w[0] != w[1])
            .map(|w| format!("{} {}", w[0], w[1]))
            .collect();
        writeln!(out, "    ({id:?}, {line:?}, &{terms:?}, &{pairs:?}),")
            .expect("a String takes any write");
    }
    out.push_str("]\n");
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/bank.rs"), out).expect("OUT_DIR is writable");
}
