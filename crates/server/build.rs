//! Builds the page's assets into the binary, so that `blocwatch serve` works offline.
//!
//! 1. The JavaScript libraries come pinned from the npm registry by `web/package-lock.json`. When
//!    `web/node_modules` lacks them (a fresh clone), this script runs `npm ci --no-audit --no-fund` in `web/`;
//!    without npm the build stops with an error that says what to install.
//! 2. The world map (world-atlas, Natural Earth) names countries by their ISO 3166-1 numeric code; the page
//!    speaks alpha-3. The table between the two is generated here from `data/lexicon/countries.generated.csv`,
//!    never written by hand.
//! 3. Every file is copied into `OUT_DIR` and listed in `OUT_DIR/assets.rs` with `include_bytes!`, with its
//!    content type and an ETag.

use std::collections::hash_map::DefaultHasher;
use std::env;
use std::fmt::Write as _;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Files taken from `web/node_modules`: (path there, path served under `/assets/`).
const VENDOR: &[(&str, &str)] = &[
    ("echarts/dist/echarts.min.js", "vendor/echarts.min.js"),
    (
        "topojson-client/dist/topojson-client.min.js",
        "vendor/topojson-client.min.js",
    ),
    (
        "world-atlas/countries-110m.json",
        "vendor/countries-110m.json",
    ),
    ("echarts/LICENSE", "vendor/LICENSE-echarts.txt"),
    ("world-atlas/LICENSE", "vendor/LICENSE-world-atlas.txt"),
    (
        "topojson-client/LICENSE",
        "vendor/LICENSE-topojson-client.txt",
    ),
];

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let root = manifest.join("../..");
    let web = root.join("web");
    let src = web.join("src");
    let countries = root.join("data/lexicon/countries.generated.csv");
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));

    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={}", src.display());
    println!(
        "cargo:rerun-if-changed={}",
        web.join("package.json").display()
    );
    println!(
        "cargo:rerun-if-changed={}",
        web.join("package-lock.json").display()
    );
    // npm writes this file last; its absence (node_modules deleted) or change (another `npm ci`) re-runs us.
    println!(
        "cargo:rerun-if-changed={}",
        web.join("node_modules/.package-lock.json").display()
    );
    println!("cargo:rerun-if-changed={}", countries.display());

    let modules = web.join("node_modules");
    if VENDOR.iter().any(|(from, _)| !modules.join(from).is_file()) {
        npm_ci(&web);
    }

    let mut assets: Vec<(String, PathBuf)> = Vec::new();
    for (from, to) in VENDOR {
        let dest = out.join(to);
        fs::create_dir_all(dest.parent().expect("parent")).expect("create OUT_DIR/vendor");
        fs::copy(modules.join(from), &dest)
            .unwrap_or_else(|e| panic!("copying web/node_modules/{from} into the build: {e}"));
        assets.push((format!("/assets/{to}"), dest));
    }

    let iso = out.join("iso-numeric.json");
    fs::write(&iso, iso_numeric_json(&countries)).expect("write iso-numeric.json");
    assets.push(("/assets/iso-numeric.json".into(), iso));

    for path in files_under(&src) {
        let rel = path
            .strip_prefix(&src)
            .expect("under src")
            .to_string_lossy()
            .replace('\\', "/");
        let dest = out.join("page").join(&rel);
        fs::create_dir_all(dest.parent().expect("parent")).expect("create OUT_DIR/page");
        fs::copy(&path, &dest).expect("copy page file");
        let served = if rel == "index.html" {
            "/".to_string()
        } else {
            format!("/assets/{rel}")
        };
        assets.push((served, dest));
    }
    assets.sort();

    let mut code = String::from(
        "/// Every file the page needs: (served path, content type, ETag, bytes).\n\
         pub(crate) static ASSETS: &[(&str, &str, &str, &[u8])] = &[\n",
    );
    for (served, path) in &assets {
        let bytes = fs::read(path).expect("read asset");
        let mut h = DefaultHasher::new();
        bytes.hash(&mut h);
        let _ = writeln!(
            code,
            "    ({served:?}, {:?}, \"\\\"{:016x}\\\"\", include_bytes!({:?})),",
            content_type(path),
            h.finish(),
            path.display().to_string()
        );
    }
    code.push_str("];\n");
    fs::write(out.join("assets.rs"), code).expect("write assets.rs");
}

/// `npm ci` in `web/`: the exact versions of `package-lock.json`, checked against its hashes.
fn npm_ci(web: &Path) {
    let npm = if cfg!(windows) { "npm.cmd" } else { "npm" };
    let status = Command::new(npm)
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(web)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => panic!(
            "`npm ci` in {} failed ({s}). The page's JavaScript libraries (echarts, world-atlas, \
             topojson-client) come from the npm registry, pinned by web/package-lock.json: check the network \
             and run `npm ci` there by hand to see why.",
            web.display()
        ),
        Err(e) => panic!(
            "blocwatch-server embeds the web page's JavaScript libraries, pinned in web/package-lock.json, and \
             needs npm to fetch them once ({e}). Install Node.js and npm (Debian: `apt-get install -y npm`), \
             or run `npm ci` in {} on a machine that has them.",
            web.display()
        ),
    }
}

/// `{"004":"AFG", …}` from the lexicon's ISO 3166-1 table; an empty object (and a warning) when the table is
/// missing, so that the page still works, only without colours on the map.
fn iso_numeric_json(csv_path: &Path) -> String {
    let mut reader = match csv::Reader::from_path(csv_path) {
        Ok(r) => r,
        Err(e) => {
            println!(
                "cargo:warning=no ISO numeric codes for the map: {}: {e}",
                csv_path.display()
            );
            return "{}".into();
        }
    };
    let headers = reader
        .headers()
        .expect("countries.generated.csv header")
        .clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{} has no `{name}` column", csv_path.display()))
    };
    let (id, numeric) = (col("id"), col("numeric"));
    let mut pairs: Vec<(String, String)> = Vec::new();
    for row in reader.records() {
        let row = row.unwrap_or_else(|e| panic!("{}: {e}", csv_path.display()));
        let (a3, num) = (
            row.get(id).unwrap_or("").trim(),
            row.get(numeric).unwrap_or("").trim(),
        );
        if a3.len() == 3 && !num.is_empty() && num.bytes().all(|b| b.is_ascii_digit()) {
            pairs.push((format!("{:0>3}", num), a3.to_string()));
        }
    }
    pairs.sort();
    let body: Vec<String> = pairs.iter().map(|(n, a)| format!("{n:?}:{a:?}")).collect();
    format!("{{{}}}\n", body.join(","))
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = fs::read_dir(&d) else { continue };
        for entry in rd.flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.is_file() {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        _ => "text/plain; charset=utf-8",
    }
}
