// Also compiled into the build script (build.rs), which trains the model on the
// question bank once, at build time: no inner attributes here, and nothing but std.

/// What the bank teaches, read as a linear model: for each term, how much it says for
/// and against each principle (a multinomial logistic regression over the examples'
/// terms and pairs of terms, each weighted by its rarity, each question's weights
/// scaled to length one).
pub struct Model {
    /// Every term the examples use, sorted, with its rarity weight and one weight a
    /// class.
    pub terms: Vec<(String, f64, Vec<f64>)>,
    /// One a class.
    pub bias: Vec<f64>,
}

/// How many times the training reads every example, and how much the weights are held
/// back towards zero (so that a word seen once decides nothing alone).
const EPOCHS: usize = 30;
const RATE: f64 = 0.5;
const DECAY: f64 = 0.9;
const SHRINK: f64 = 0.01;

/// Trains the model on labelled examples: (class, its terms), `classes` classes. The
/// order of reading is shuffled the same way every time, so a build gives the same
/// model.
pub fn train(examples: &[(usize, Vec<String>)], classes: usize) -> Model {
    let mut names: Vec<&str> = examples
        .iter()
        .flat_map(|(_, t)| t.iter().map(String::as_str))
        .collect();
    names.sort_unstable();
    names.dedup();
    let index = |t: &str| names.binary_search(&t).ok();
    let mut df = vec![0usize; names.len()];
    let rows: Vec<(usize, Vec<usize>)> = examples
        .iter()
        .map(|(class, terms)| {
            let mut row: Vec<usize> = terms.iter().filter_map(|t| index(t)).collect();
            row.sort_unstable();
            row.dedup();
            for &t in &row {
                df[t] += 1;
            }
            (*class, row)
        })
        .collect();
    let n = examples.len().max(1) as f64;
    let idf: Vec<f64> = df.iter().map(|&d| 1.0 + (n / d as f64).ln()).collect();
    let rows: Vec<(usize, Vec<(usize, f64)>)> = rows
        .into_iter()
        .map(|(class, row)| {
            let norm = row.iter().map(|&t| idf[t] * idf[t]).sum::<f64>().sqrt();
            let row = row.into_iter().map(|t| (t, idf[t] / norm)).collect();
            (class, row)
        })
        .collect();

    let mut weights = vec![vec![0.0; classes]; names.len()];
    let mut bias = vec![0.0; classes];
    let mut order: Vec<usize> = (0..rows.len()).collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut rate = RATE;
    for _ in 0..EPOCHS {
        // Fisher–Yates with a xorshift: the same order on every machine.
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        for &r in &order {
            let (class, row) = &rows[r];
            let p = softmax(
                (0..classes)
                    .map(|k| bias[k] + row.iter().map(|&(t, x)| weights[t][k] * x).sum::<f64>())
                    .collect(),
            );
            for k in 0..classes {
                let error = p[k] - if k == *class { 1.0 } else { 0.0 };
                bias[k] -= rate * error * 0.1;
                for &(t, x) in row {
                    weights[t][k] -= rate * (error * x + SHRINK * weights[t][k]);
                }
            }
        }
        rate *= DECAY;
    }
    Model {
        terms: names
            .into_iter()
            .zip(idf)
            .zip(weights)
            .map(|((t, idf), w)| (t.to_string(), idf, w))
            .collect(),
        bias,
    }
}

/// The probability of each class for a text, given the weights of the terms it has
/// (one a class) and how much each term counts in it (its rarity weight, times its
/// weight in the text): the counts scaled to length one, as the examples were. `None`
/// for a text with no term the model knows.
pub fn predict<W: Copy + Into<f64>>(bias: &[f64], found: &[(&[W], f64)]) -> Option<Vec<f64>> {
    let norm = found.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
    (norm > 0.0).then(|| {
        softmax(
            (0..bias.len())
                .map(|k| {
                    bias[k]
                        + found
                            .iter()
                            .map(|(w, x)| w[k].into() * x / norm)
                            .sum::<f64>()
                })
                .collect(),
        )
    })
}

/// Scores made probabilities: each its exponential, over their sum.
pub fn softmax(scores: Vec<f64>) -> Vec<f64> {
    let top = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let exp: Vec<f64> = scores.into_iter().map(|s| (s - top).exp()).collect();
    let sum: f64 = exp.iter().sum();
    exp.into_iter().map(|e| e / sum).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(class: usize, text: &str) -> (usize, Vec<String>) {
        (class, text.split(' ').map(String::from).collect())
    }

    /// The probabilities the model gives the classes for some terms, as `lp find`
    /// reads them (rarity-weighted, scaled to length one).
    fn read(model: &Model, terms: &[&str]) -> Vec<f64> {
        let found: Vec<(&[f64], f64)> = terms
            .iter()
            .filter_map(|t| model.terms.iter().find(|(name, _, _)| name == t))
            .map(|(_, idf, w)| (w.as_slice(), *idf))
            .collect();
        predict(&model.bias, &found).expect("the terms are the model's")
    }

    /// A word only one class's examples use says that class; a word both use says
    /// neither; the same examples train the same model.
    #[test]
    fn a_word_of_one_class_says_that_class() {
        let examples = [
            example(0, "customer unhappy time"),
            example(0, "customer need time"),
            example(0, "client unhappy"),
            example(1, "cost saved time"),
            example(1, "budget cost"),
            example(1, "saved money time"),
        ];
        let model = train(&examples, 2);
        let customer = read(&model, &["customer"]);
        assert!(customer[0] > 0.7, "{customer:?}");
        let cost = read(&model, &["cost", "money"]);
        assert!(cost[1] > 0.7, "{cost:?}");
        let time = read(&model, &["time"]);
        assert!((time[0] - time[1]).abs() < 0.3, "{time:?}");
        let again = train(&examples, 2);
        assert_eq!(model.bias, again.bias);
        assert!(model.terms.iter().zip(&again.terms).all(|(a, b)| a == b));
    }

    #[test]
    fn probabilities_add_up_to_one() {
        let p = softmax(vec![1000.0, 0.0, -3.0]);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(p[0] > 0.99 && p.iter().all(|x| x.is_finite()));
    }
}
