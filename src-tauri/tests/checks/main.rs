//! Checks on the app crate and the code, in one binary: the app's network
//! and permission baseline (`safety`), and promises about the code itself
//! (`tidy`).

mod safety;
mod tidy;
