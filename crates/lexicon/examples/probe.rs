//! Prints the mentions found in each line of standard input:
//! `echo "Russia and China" | cargo run -p blocwatch-lexicon --example probe -- en`

use std::io::BufRead;
use std::time::Instant;

use blocwatch_lexicon::LexiconBuilder;
use blocwatch_text::{detect_lang, Lang};

fn main() {
    let t = Instant::now();
    // LEXICON_DIR: try data files from a directory instead of the embedded ones.
    let builder = match std::env::var_os("LEXICON_DIR") {
        Some(dir) => LexiconBuilder::new().data_dir(dir),
        None => LexiconBuilder::new().embedded(),
    };
    let lex = builder.strict(false).build().expect("lexicon");
    eprintln!(
        "built in {:?}: {} entities, {} patterns, {} warnings",
        t.elapsed(),
        lex.len(),
        lex.pattern_count(),
        lex.warnings().len()
    );
    if std::env::args().any(|a| a == "--warnings") {
        for w in lex.warnings() {
            eprintln!("  {w}");
        }
    }
    let forced = std::env::args().nth(1).and_then(|a| Lang::from_code(&a));
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let lang = forced.or_else(|| detect_lang(&line)).unwrap_or(Lang::En);
        let found: Vec<String> = lex
            .find(&line, lang)
            .iter()
            .map(|m| {
                format!(
                    "{}={:?}/{}",
                    lex.entity(m.entity).id,
                    &line[m.start..m.end],
                    m.form
                )
            })
            .collect();
        println!("{}", found.join(" "));
    }
}
