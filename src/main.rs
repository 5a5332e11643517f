//! The `lp` binary: all the work is in the library crate.

fn main() -> std::process::ExitCode {
    lp::run()
}
