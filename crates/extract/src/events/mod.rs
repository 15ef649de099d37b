//! PLOVER event coding (work in progress: the trigger lexicons and actor rules land next).

use crate::context::SentenceCtx;
use crate::record::EventRec;

/// A date found in a sentence (document byte offsets), as the dates stage reports it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DateSpan<'a> {
    pub start: usize,
    pub end: usize,
    pub iso: &'a str,
}

/// What the coder remembers of the sentences before the current one, for "the two countries".
#[derive(Debug, Default)]
pub(crate) struct Memory {
    recent: Vec<String>,
}

impl Memory {
    pub(crate) fn update(&mut self, ctx: &SentenceCtx<'_>) {
        for m in ctx.mentions {
            if m.kind.is_geo() {
                self.recent.push(m.id.to_string());
            }
        }
    }
}

pub(crate) fn code(
    _ctx: &SentenceCtx<'_>,
    _dates: &[DateSpan<'_>],
    _memory: &Memory,
) -> Vec<EventRec> {
    Vec::new()
}
