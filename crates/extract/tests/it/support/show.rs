// One line per event: `TYPE SRC>TGT` (or `TYPE {A+B}` for an event without direction), then ` neg` when
// negated and the modality when it is not `asserted`. Shared by the crate's unit tests
// (`src/events/tests.rs`) and its integration tests (`tests/support`), which include it with `include!`
// where `EventRec` is in scope.

pub fn show(e: &EventRec) -> String {
    let sorted = |v: &[String]| {
        let mut v = v.to_vec();
        v.sort();
        v.dedup();
        v.join("+")
    };
    let mut s = if e.target.is_empty() {
        format!("{} {{{}}}", e.kind, sorted(&e.source))
    } else {
        format!("{} {}>{}", e.kind, sorted(&e.source), sorted(&e.target))
    };
    if e.negated {
        s.push_str(" neg");
    }
    if e.modality != "asserted" {
        s.push(' ');
        s.push_str(&e.modality);
    }
    s
}
