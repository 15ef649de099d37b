//! The crate's integration tests, as one test binary.
//!
//! Each file here was once a binary of its own; under the release profile (thin LTO) every one of them
//! linked and optimised the whole extractor again, and the crate's test build spent most of its time on
//! those twelve links. One binary links once. Run one file's tests with a filter on its module name:
//! `cargo test --release -p blocwatch-extract --test it events_ar::`.

mod facts_support;
mod support;

mod amounts_forms;
mod amounts_s14;
mod amounts_s15;
mod amounts_s21;
mod amounts_s27;
mod amounts_s39;
mod events_actor_choice;
mod events_actors;
mod events_actors_s12;
mod events_actors_s13;
mod events_actors_s14;
mod events_actors_s16;
mod events_ar;
mod events_classes;
mod events_companion;
mod events_dates;
mod events_dev;
mod events_en;
mod events_en_s17;
mod events_precision;
mod events_precision_s16;
mod events_reactions;
mod events_robust;
mod events_ru;
mod events_ru_s16;
mod events_ru_s17;
mod events_s29_types;
mod events_s32_vocab;
mod events_s33_names;
mod events_s34_accuse;
mod events_s34_handovers;
mod events_s35_actors;
mod events_s35_arabic;
mod events_s35_sanction;
mod events_s36_actors;
mod events_s36_arabic;
mod events_s36_sanction;
mod events_s37_actors;
mod events_s37_arabic;
mod events_s37_precision;
mod events_s37_sanction;
mod events_s38_aside;
mod events_s38_targets;
mod events_s38_threat;
mod events_s39;
mod events_s43_fallback;
mod events_second_acts;
mod events_seeds;
mod facts_ar;
mod facts_en;
mod facts_ru;
mod facts_s12;
mod facts_s13;
mod memberships_m11;
mod memberships_s14;
mod memberships_s15;
mod memberships_s16;
mod memberships_s17;
mod memberships_s21;
mod memberships_s28;
mod memberships_s36;
mod memberships_s37;
mod memberships_s38;
mod memberships_s39;
mod memberships_s39b;
mod memberships_s40;
mod memberships_s42;
mod memberships_s43;
mod precision_s40;
mod roles_s39;
mod roles_s40;
mod roles_s42;
mod stages;
mod triggers_s40;
mod types_s42;
mod vocab_ar_s41;
mod vocab_en_s41;
mod vocab_ru_s41;
