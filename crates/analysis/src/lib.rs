//! The analyst's questions, answered from the knowledge base with evidence for every claim.
//!
//! Every question reads only through [`KnowledgeBase`](blocwatch_store::KnowledgeBase), so it works the
//! same on the embedded SQLite store and on any other implementation:
//!
//! - [`bloc_at`]: members and statuses of a bloc on a date, with the reference rows' sources, and the news
//!   claims about it checked against the reference (`agrees`, `conflicts`, `new`);
//! - [`country`]: a state's memberships, treaties and strongest relations by news balance;
//! - [`dyad`]: two states over time — events per PLOVER type and quad class, a cooperation–conflict score,
//!   amounts, and the evidence sentences of each period;
//! - [`prospects`]: every state ranked by an alignment index (memberships, treaties, news, stances, economy);
//! - [`assess`]: how realistic a proposed alliance is, with a verdict and its reasons;
//! - [`search`]: evidence sentences in any of the three languages.
//!
//! The weights live in `data/analysis/weights.csv` (compiled in; [`Weights::from_path`] reads another).
//! Ids and names are resolved in English, Arabic and Russian ([`resolve_country`], [`resolve_bloc`]).
//!
//! ```no_run
//! # fn demo(kb: &dyn blocwatch_store::KnowledgeBase) -> Result<(), blocwatch_analysis::AnalysisError> {
//! let sco = blocwatch_analysis::bloc_at(kb, "ШОС", Some("2016-01-01"))?;
//! for m in &sco.members {
//!     println!("{} {} since {:?} ({})", m.member, m.status, m.since, m.source);
//! }
//! # Ok(()) }
//! ```

mod align;
mod assess;
mod bloc;
mod country;
mod dates;
mod dyad;
mod error;
mod names;
mod prospects;
mod search;
mod weights;

pub use align::{Components, SharedBloc, TreatyShare};
pub use assess::{assess, AssessReport, GroupBloc, PairAlignment};
pub use bloc::{bloc_at, BlocReport, ClaimCheck, MemberAt};
pub use country::{country, country_with, CountryReport, Relation};
pub use dyad::{dyad, dyad_with, DyadOptions, DyadPeriod, DyadReport, DyadTotals, Period};
pub use error::AnalysisError;
pub use names::{resolve_bloc, resolve_country};
pub use prospects::{prospects, Prospect, ProspectOptions, ProspectsReport};
pub use search::{search, MAX_LIMIT};
pub use weights::{ComponentWeights, Params, Weights};
