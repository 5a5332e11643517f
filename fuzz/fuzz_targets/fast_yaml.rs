//! The fast reader for the usual shape of a story file: whenever it gives a value, the
//! full YAML parser gives the same one.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_yaml::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(fast) = lp::yaml::fast::parse(text) {
        let full = serde_yaml::from_str::<Value>(text)
            .unwrap_or_else(|err| panic!("fast: {fast:?}\nfull fails: {err}"));
        assert_eq!(format!("{fast:?}"), format!("{full:?}"));
    }
});
