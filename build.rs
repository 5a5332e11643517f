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

#[allow(dead_code)] // `predict` is for `lp find`, not the build.
mod learn {
    include!("src/find/learn.rs");
}

fn main() {
    for path in [
        "principles/amazon-questions.txt",
        "src/find/words.rs",
        "src/find/learn.rs",
        "words/stop-words.txt",
        "words/same.txt",
        "words/not-same.txt",
        "words/people.txt",
        "words/said-of-people.txt",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let text = std::fs::read_to_string("principles/amazon-questions.txt")
        .expect("principles/amazon-questions.txt");
    let mut out = String::from("&[\n");
    let mut id = String::new();
    // The examples the model learns from: each question's terms and pairs, under the
    // index of its principle (in the order the bank first names them).
    let mut classes: Vec<String> = Vec::new();
    let mut examples: Vec<(usize, Vec<String>)> = Vec::new();
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
        let class = match classes.iter().position(|c| *c == id) {
            Some(class) => class,
            None => {
                classes.push(id.clone());
                classes.len() - 1
            }
        };
        examples.push((class, terms.into_iter().chain(pairs).collect()));
    }
    out.push_str("]\n");
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/bank.rs"), out).expect("OUT_DIR is writable");

    let model = learn::train(&examples, classes.len());
    let mut out = format!("(&{classes:?}, &{:?}, &[\n", model.bias);
    for (term, idf, weights) in &model.terms {
        let weights: Vec<f32> = weights.iter().map(|&w| w as f32).collect();
        writeln!(out, "    ({term:?}, {idf:?}, &{weights:?}),").expect("a String takes any write");
    }
    out.push_str("])\n");
    std::fs::write(format!("{dir}/model.rs"), out).expect("OUT_DIR is writable");
}
