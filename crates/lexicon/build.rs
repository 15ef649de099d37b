//! Embeds the lexicon data files (`data/lexicon/**.csv`) that exist at build time.
//!
//! Every file under `data/lexicon/` and `data/lexicon/aliases/` is listed with
//! `include_str!`, so `LexiconBuilder::embedded()` needs no files at run time. A file
//! that does not exist yet is simply not embedded (the loader treats every file as
//! optional and reports what it did not find).

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

fn csv_files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "csv") && p.is_file())
            .collect(),
        Err(_) => Vec::new(),
    };
    out.sort();
    out
}

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let data = manifest.join("../../data/lexicon");
    let aliases = data.join("aliases");
    println!("cargo:rerun-if-changed={}", data.display());
    println!("cargo:rerun-if-changed={}", aliases.display());
    let mut code = String::from("/// Embedded data files: (path relative to data/lexicon, contents).\npub(crate) static EMBEDDED: &[(&str, &str)] = &[\n");
    for (prefix, dir) in [("", &data), ("aliases/", &aliases)] {
        for path in csv_files(dir) {
            println!("cargo:rerun-if-changed={}", path.display());
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let abs = path.canonicalize().unwrap_or(path.clone());
            let _ = writeln!(
                code,
                "    ({:?}, include_str!({:?})),",
                format!("{prefix}{name}"),
                abs.display().to_string()
            );
        }
    }
    code.push_str("];\n");
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR")).join("embedded.rs");
    fs::write(out, code).expect("write embedded.rs");
}
