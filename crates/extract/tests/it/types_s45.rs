//! Session 45 (types): acts the gold does not code and senses keyed on a word class. Sentences written for
//! these tests.

use crate::support::check_rows;

/// A refusal or a demand whose own stretch of clause says it has gone on for a span of time ("has long",
/// "for years", «давно», «много лет», "منذ زمن طويل", "منذ سنوات") is a stance held, not an act
/// (`Coder::tells_a_span` over `Coder::stretch_of`); the same verb with a day is coded.
#[test]
fn a_stance_held_for_a_span_is_no_act() {
    check_rows(&[
        ("en", "Moscow has long opposed NATO's expansion into the Caucasus.", &[]),
        (
            "en",
            "Moscow has opposed NATO's eastward expansion for years, and diplomats expect a hard debate.",
            &[],
        ),
        ("en", "Turkey has long sought to join the European Union.", &[]),
        ("en", "Moscow opposed NATO's expansion on Monday.", &["REJECT RUS>NATO"]),
        ("en", "Turkey asked on Monday to join the European Union.", &["REQUEST TUR>EU"]),
        ("ru", "Москва давно выступает против расширения НАТО на восток.", &[]),
        (
            "ru",
            "Москва много лет выступает против расширения НАТО, а дипломаты ждут трудного спора.",
            &[],
        ),
        ("ru", "Москва в понедельник выступила против расширения НАТО.", &["REJECT RUS>NATO"]),
        ("ar", "وتعارض موسكو منذ زمن طويل توسع حلف الناتو شرقاً.", &[]),
        ("ar", "وتعارض موسكو منذ سنوات توسع حلف الناتو شرقاً.", &[]),
        ("ar", "عارضت موسكو يوم الاثنين توسع حلف الناتو.", &["REJECT RUS>NATO"]),
    ]);
}

/// A span told in an apposition set off by commas or dashes belongs to the words there, not to the refusal.
#[test]
fn a_span_in_an_apposition_leaves_the_refusal() {
    check_rows(&[
        (
            "en",
            "Italy refused on Friday to hand the rebel leader to Turkey, which has long sought membership of the European Union.",
            &["REJECT ITA>TUR"],
        ),
        (
            "ru",
            "Италия в пятницу отказалась выдать Турции — давно добивающейся членства в ЕС — лидера повстанцев.",
            &["REJECT ITA>TUR"],
        ),
        (
            "ar",
            "رفضت إيطاليا يوم الجمعة تسليم زعيم المتمردين إلى تركيا، الساعية منذ زمن طويل إلى عضوية الاتحاد الأوروبي.",
            &["REJECT ITA>TUR"],
        ),
    ]);
}

/// «отказаться от» + a status, neutrality, line or turn of the doer's own gives it up (Russian only: the
/// English and Arabic verbs of refusing do not mean "give up"); a refused invitation or contract stays a
/// refusal.
#[test]
fn a_russian_refusal_of_ones_own_status_gives_it_up() {
    check_rows(&[
        (
            "ru",
            "Украина в понедельник отказалась от внеблокового статуса.",
            &[],
        ),
        (
            "ru",
            "Мьянма отказалась от своей очереди председательствовать в АСЕАН.",
            &[],
        ),
        (
            "ru",
            "Молдавия отказалась от нейтралитета между Россией и Евросоюзом.",
            &[],
        ),
        (
            "ru",
            "Туркмения отказалась от приглашения вступить в ОДКБ.",
            &["REJECT TKM>CSTO"],
        ),
        (
            "ru",
            "Индонезия отказалась от контракта с Россией на истребители.",
            &["REJECT IDN>RUS"],
        ),
    ]);
}

/// An asset freeze named with a ban on entry or travel is a sanctions listing on persons (SANCTION), while a
/// freeze alone stays the seizure of assets (COERCE) of the `assets` refinement.
#[test]
fn an_asset_freeze_with_a_travel_ban_is_a_sanction() {
    check_rows(&[
        (
            "ru",
            "Евросоюз в пятницу ввёл заморозку активов и запрет на въезд в отношении сорока белорусских чиновников.",
            &["SANCTION EU>BLR"],
        ),
        (
            "ar",
            "فرض الاتحاد الأوروبي يوم الجمعة تجميداً للأصول وحظراً للسفر على أربعين مسؤولاً بيلاروسياً.",
            &["SANCTION EU>BLR"],
        ),
        (
            "en",
            "Britain froze the assets of seven Russian oligarchs on Thursday.",
            &["COERCE GBR>RUS"],
        ),
        (
            "ru",
            "Британия в четверг заморозила активы семи российских олигархов.",
            &["COERCE GBR>RUS"],
        ),
    ]);
}
