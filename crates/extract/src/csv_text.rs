//! The records of a CSV text compiled into the binary (`data/events/*.csv`, `data/facts/*.csv`), read
//! where they lie: a field without quotes is a slice of the text, and only a quoted one is copied.
//!
//! The `csv` crate read the same files through its byte-at-a-time state machine into a `StringRecord`
//! per row, then validated each record as UTF-8 again: 0.15 G instructions at each start for the ~35,000
//! rows of the event and facts data, whose text is a `&str` already. The rules are the crate's defaults
//! (comma, `"` quoting with `""` for a quote, `\n`, `\r` or `\r\n` ending a record, empty lines skipped,
//! a UTF-8 byte-order mark dropped); `tests::reads_as_the_csv_crate` compares the two on every data file.

use std::borrow::Cow;

use memchr::{memchr, memchr3};

/// The records of `text`, each a list of its fields (the header is the first record).
pub(crate) fn records(text: &str) -> Records<'_> {
    Records {
        text: text.strip_prefix('\u{feff}').unwrap_or(text),
        at: 0,
        width: 0,
    }
}

/// The records after the header that have as many fields as it: what the `csv` crate's reader yields
/// without error (it refuses a record of another length).
pub(crate) fn rows(text: &str) -> impl Iterator<Item = Vec<Cow<'_, str>>> {
    let mut all = records(text);
    let width = all.next().map_or(0, |h| h.len());
    all.filter(move |r| r.len() == width)
}

pub(crate) struct Records<'t> {
    text: &'t str,
    at: usize,
    /// The most fields a record had so far: the next one's list is made that long at once.
    width: usize,
}

impl<'t> Iterator for Records<'t> {
    type Item = Vec<Cow<'t, str>>;

    fn next(&mut self) -> Option<Self::Item> {
        let b = self.text.as_bytes();
        while self.at < b.len() && matches!(b[self.at], b'\n' | b'\r') {
            self.at += 1;
        }
        if self.at == b.len() {
            return None;
        }
        let mut fields = Vec::with_capacity(self.width);
        loop {
            let (field, end) = self.field();
            fields.push(field);
            // (Every byte that ends a field is ASCII, so the slices above fall on char boundaries.)
            match b.get(end) {
                Some(b',') => self.at = end + 1,
                _ => {
                    self.at = end;
                    self.width = self.width.max(fields.len());
                    return Some(fields);
                }
            }
        }
    }
}

impl<'t> Records<'t> {
    /// The field starting at `self.at`, and where it ends (at a comma, a line end or the end of the text).
    fn field(&self) -> (Cow<'t, str>, usize) {
        let (text, b) = (self.text, self.text.as_bytes());
        let stop =
            |from: usize| memchr3(b',', b'\n', b'\r', &b[from..]).map_or(b.len(), |k| from + k);
        if b.get(self.at) != Some(&b'"') {
            let end = stop(self.at);
            return (Cow::Borrowed(&text[self.at..end]), end);
        }
        // Quoted: up to the quote that is not doubled, then (as the crate does) any text after it up to the
        // field's end, unquoted.
        let mut out = String::new();
        let mut from = self.at + 1;
        loop {
            let Some(k) = memchr(b'"', &b[from..]) else {
                out.push_str(&text[from..]);
                return (Cow::Owned(out), b.len());
            };
            out.push_str(&text[from..from + k]);
            let q = from + k;
            if b.get(q + 1) == Some(&b'"') {
                out.push('"');
                from = q + 2;
            } else {
                let end = stop(q + 1);
                out.push_str(&text[q + 1..end]);
                return (Cow::Owned(out), end);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `csv` crate's records of `text` as `records` reads them: with `flexible(false)` a record of another
    /// length than the header is an error, which the callers skip; here both readers keep it.
    fn crate_records(text: &str) -> Vec<Vec<String>> {
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        rdr.records()
            .map(|r| r.expect("readable").iter().map(str::to_string).collect())
            .collect()
    }

    fn ours(text: &str) -> Vec<Vec<String>> {
        records(text)
            .map(|r| r.into_iter().map(Cow::into_owned).collect())
            .collect()
    }

    #[test]
    fn reads_as_the_csv_crate() {
        let files: &[&str] = &[
            include_str!("../../../data/events/types.csv"),
            include_str!("../../../data/events/refine.csv"),
            include_str!("../../../data/events/words.csv"),
            include_str!("../../../data/events/triggers_ar.csv"),
            include_str!("../../../data/events/triggers_en.csv"),
            include_str!("../../../data/events/triggers_ru.csv"),
            include_str!("../../../data/events/cues_ar.csv"),
            include_str!("../../../data/events/cues_en.csv"),
            include_str!("../../../data/events/cues_ru.csv"),
            include_str!("../../../data/facts/amount_bounds.csv"),
            include_str!("../../../data/facts/amount_inclusions.csv"),
            include_str!("../../../data/facts/amount_kinds.csv"),
            include_str!("../../../data/facts/amount_prices.csv"),
            include_str!("../../../data/facts/amount_shares.csv"),
            include_str!("../../../data/facts/amount_targets.csv"),
            include_str!("../../../data/facts/amount_units.csv"),
            include_str!("../../../data/facts/currencies.csv"),
            include_str!("../../../data/facts/currency_states.csv"),
            include_str!("../../../data/facts/date_cues.csv"),
            include_str!("../../../data/facts/day_words.csv"),
            include_str!("../../../data/facts/membership_cues.csv"),
            include_str!("../../../data/facts/membership_modal.csv"),
            include_str!("../../../data/facts/membership_negation.csv"),
            include_str!("../../../data/facts/months.csv"),
            include_str!("../../../data/facts/number_words.csv"),
            include_str!("../../../data/facts/relative_dates.csv"),
            include_str!("../../../data/facts/scales.csv"),
        ];
        for text in files {
            assert_eq!(ours(text), crate_records(text));
        }
    }

    #[test]
    fn quotes_blank_lines_and_line_ends_as_the_csv_crate() {
        for text in [
            "",
            "\n\n",
            "a,b\nc,d",
            "a,b\r\nc,d\r\n",
            "a,b\r\rc,d\n\r\n\ne,f\n",
            "\u{feff}a,b\n1,2\n",
            "a,\"b, \"\"c\"\"\",d\n",
            "\"multi\nline\",x\n",
            "\"ab\"cd,e\n",
            "ab\"cd\",e\n",
            "a,b,\n,\n",
            "\"open,quote\n",
            "\"\"\n\"\"\"\",\"\n",
            "x,\"\"\"\"",
            "тест,\"اختبار\",,\n",
        ] {
            assert_eq!(ours(text), crate_records(text), "{text:?}");
        }
    }
}
