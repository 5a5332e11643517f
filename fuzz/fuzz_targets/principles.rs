//! Loading a principle file: any bytes give a set or diagnostics, never a panic.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("principles/fuzz.yaml");
    let Ok(text) = lp::yaml::decode(path, data.to_vec()) else {
        return;
    };
    let (set, _) = lp::principles::parse_set(path, &text);
    if let Some(set) = set {
        for p in &set.principles {
            let _ = set.resolve(&p.name);
        }
    }
});
