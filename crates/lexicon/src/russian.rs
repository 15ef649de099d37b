//! Russian case forms generated from the nominative.
//!
//! Aliases are written in the nominative; the matcher needs every case form news
//! uses (`России`, `Южной Африки`, `Путиным`, `российскими`). This module produces
//! them with a small rule set rather than a morphological dictionary: the paradigms
//! of proper names and relational adjectives are regular enough, and an extra form
//! that is not a real word costs nothing (it never occurs in text). Irregular stems
//! (`Египет → Египта`) are listed as extra aliases in the data instead.

/// Per-case variants: nominative, genitive, dative, accusative, instrumental,
/// prepositional.
type Cases = [Vec<String>; 6];

fn fixed(w: &str) -> Cases {
    std::array::from_fn(|_| vec![w.to_owned()])
}

/// What the alias is, for inflection purposes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Style {
    /// A name of a place, organisation or thing: adjectives agree with the head noun,
    /// words after the head (genitive complements) stay as they are.
    Name,
    /// A relational adjective standing alone (`российский`): every gender and number.
    Adjective,
    /// A person's name or surname: every word inflects.
    Person,
}

/// All surface forms of a Russian alias, the nominative first, without duplicates.
pub(crate) fn forms(alias: &str, style: Style) -> Vec<String> {
    let words: Vec<&str> = alias.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let per_word: Vec<Cases> = match style {
        Style::Person => {
            let n = words.len();
            words
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let short = w.chars().count() <= 3 && i + 1 < n;
                    if short || starts_lower(w) {
                        fixed(w)
                    } else {
                        inflect_word(w, true, None)
                    }
                })
                .collect()
        }
        Style::Adjective if words.len() == 1 => vec![inflect_word(words[0], false, Some(All))],
        _ => name_words(&words),
    };
    let mut out: Vec<String> = Vec::new();
    for case in 0..6 {
        let mut acc: Vec<String> = vec![String::new()];
        for (i, w) in per_word.iter().enumerate() {
            let mut next = Vec::new();
            for prefix in &acc {
                for v in &w[case] {
                    if next.len() >= 16 {
                        break;
                    }
                    let mut s = prefix.clone();
                    if i > 0 {
                        s.push(' ');
                    }
                    s.push_str(v);
                    next.push(s);
                }
            }
            acc = next;
        }
        for s in acc {
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

/// Combining form of a relational adjective for hyphenated compounds:
/// `российский → российско` (`российско-китайский`). Only for `-ский`/`-цкий`.
pub(crate) fn combining_form(adjective: &str) -> Option<String> {
    let lw = adjective.to_lowercase();
    if adjective.contains(' ') {
        return None;
    }
    if lw.ends_with("ский") || lw.ends_with("цкий") || lw.ends_with("ской") {
        let stem: String = adjective
            .chars()
            .take(adjective.chars().count() - 2)
            .collect();
        return Some(format!("{stem}о"));
    }
    None
}

fn name_words(words: &[&str]) -> Vec<Cases> {
    let mut out = Vec::with_capacity(words.len());
    // Inflect the first noun phrase (adjectives + head noun), and the one after each
    // coordinating "и" (Босния и Герцеговина); leave complements as they are.
    let mut inflecting = true;
    for &w in words {
        let lw = w.to_lowercase();
        if lw == "и" {
            out.push(fixed(w));
            inflecting = true;
            continue;
        }
        if !inflecting {
            out.push(fixed(w));
            continue;
        }
        if is_adjective(&lw) {
            out.push(inflect_word(w, false, None));
            continue;
        }
        out.push(inflect_word(w, false, None));
        inflecting = false;
    }
    out
}

fn starts_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

fn is_adjective(lw: &str) -> bool {
    if lw.chars().count() < 4 {
        return false;
    }
    if lw.ends_with("ние") || lw.ends_with("тие") {
        return false;
    }
    ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие"]
        .iter()
        .any(|e| lw.ends_with(e))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Hard,
    Velar,
    Soft,
    Mixed,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Gender {
    M,
    F,
    N,
    Pl,
}

/// Marker: generate every gender and number.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct All;

fn class_of(stem_last: Option<char>) -> Class {
    match stem_last {
        Some('к' | 'г' | 'х') => Class::Velar,
        Some('ж' | 'ш' | 'ч' | 'щ') => Class::Mixed,
        _ => Class::Hard,
    }
}

fn adj_endings(class: Class, g: Gender) -> [&'static [&'static str]; 6] {
    use Class::*;
    use Gender::*;
    match (class, g) {
        (Hard, M) => [
            &["ый"],
            &["ого"],
            &["ому"],
            &["ый", "ого"],
            &["ым"],
            &["ом"],
        ],
        (Velar, M) => [
            &["ий"],
            &["ого"],
            &["ому"],
            &["ий", "ого"],
            &["им"],
            &["ом"],
        ],
        (Soft | Mixed, M) => [
            &["ий"],
            &["его"],
            &["ему"],
            &["ий", "его"],
            &["им"],
            &["ем"],
        ],
        (Hard | Velar, F) => [&["ая"], &["ой"], &["ой"], &["ую"], &["ой", "ою"], &["ой"]],
        (Soft, F) => [&["яя"], &["ей"], &["ей"], &["юю"], &["ей", "ею"], &["ей"]],
        (Mixed, F) => [&["ая"], &["ей"], &["ей"], &["ую"], &["ей", "ею"], &["ей"]],
        (Hard, N) => [&["ое"], &["ого"], &["ому"], &["ое"], &["ым"], &["ом"]],
        (Velar, N) => [&["ое"], &["ого"], &["ому"], &["ое"], &["им"], &["ом"]],
        (Soft | Mixed, N) => [&["ее"], &["его"], &["ему"], &["ее"], &["им"], &["ем"]],
        (Hard, Pl) => [&["ые"], &["ых"], &["ым"], &["ые", "ых"], &["ыми"], &["ых"]],
        (_, Pl) => [&["ие"], &["их"], &["им"], &["ие", "их"], &["ими"], &["их"]],
    }
}

/// Splits a hyphenated word: only the last part inflects (`Эр-Рияд → Эр-Рияда`).
fn split_hyphen(w: &str) -> (&str, &str) {
    match w.rfind('-') {
        Some(i) if i + 1 < w.len() => (&w[..=i], &w[i + 1..]),
        _ => ("", w),
    }
}

fn inflect_word(w: &str, person: bool, all: Option<All>) -> Cases {
    let (head, tail) = split_hyphen(w);
    let letters: Vec<char> = tail.chars().collect();
    // Acronyms, Latin words, numbers: as they are.
    let cyrillic = letters.iter().all(|c| matches!(*c as u32, 0x0400..=0x04FF));
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    if letters.len() < 2 || !cyrillic || upper >= 2 {
        return fixed(w);
    }
    let lw: Vec<char> = tail.to_lowercase().chars().collect();
    if lw.len() != letters.len() {
        return fixed(w);
    }
    let n = letters.len();
    let stem_of = |k: usize| -> String {
        let mut s = String::from(head);
        s.extend(&letters[..n - k]);
        s
    };
    let ends = |e: &str| {
        let ec: Vec<char> = e.chars().collect();
        lw.len() >= ec.len() && lw[lw.len() - ec.len()..] == ec[..]
    };
    let build = |stem: &str, endings: [&[&str]; 6]| -> Cases {
        std::array::from_fn(|c| endings[c].iter().map(|e| format!("{stem}{e}")).collect())
    };
    let merge = |a: &mut Cases, b: Cases| {
        for (x, y) in a.iter_mut().zip(b) {
            for v in y {
                if !x.contains(&v) {
                    x.push(v);
                }
            }
        }
    };

    let lws: String = lw.iter().collect();
    // Adjectives (and adjectival surnames: Зеленский, Зеленская).
    if is_adjective(&lws)
        && (!person
            || ends("ский")
            || ends("цкий")
            || ends("ская")
            || ends("цкая")
            || ends("ой")
            || ends("ая"))
    {
        let stem = stem_of(2);
        let stem_last = lw.get(n.wrapping_sub(3)).copied();
        let e2: String = lw[n - 2..].iter().collect();
        let (class, g) = match e2.as_str() {
            "ый" => (Class::Hard, Gender::M),
            "ой" => (class_of(stem_last), Gender::M),
            "ий" => match class_of(stem_last) {
                Class::Hard => (Class::Soft, Gender::M),
                c => (c, Gender::M),
            },
            "ая" => (class_of(stem_last), Gender::F),
            "яя" => (Class::Soft, Gender::F),
            "ое" => (class_of(stem_last), Gender::N),
            "ее" => (
                if class_of(stem_last) == Class::Mixed {
                    Class::Mixed
                } else {
                    Class::Soft
                },
                Gender::N,
            ),
            "ые" => (Class::Hard, Gender::Pl),
            _ => (
                match class_of(stem_last) {
                    Class::Hard => Class::Soft,
                    c => c,
                },
                Gender::Pl,
            ),
        };
        let genders: &[Gender] = if all.is_some() {
            &[Gender::M, Gender::F, Gender::N, Gender::Pl]
        } else {
            std::slice::from_ref(&g)
        };
        let mut out: Cases = Default::default();
        for &gg in genders {
            let mut cases = build(&stem, adj_endings(class, gg));
            if e2 == "ой" && gg == Gender::M {
                // Stressed ending: nominative "-ой" (Мировой), otherwise as usual.
                cases[0] = vec![format!("{stem}ой")];
                cases[3].retain(|v| !v.ends_with("ый") && !v.ends_with("ий"));
                cases[3].push(format!("{stem}ой"));
            }
            merge(&mut out, cases);
        }
        return out;
    }
    let last = lw[n - 1];
    let prev = lw.get(n.wrapping_sub(2)).copied();
    match last {
        'я' if prev == Some('и') => build(
            &stem_of(1),
            [&["я"], &["и"], &["и"], &["ю"], &["ей", "ею"], &["и"]],
        ),
        'я' => build(
            &stem_of(1),
            [&["я"], &["и"], &["е"], &["ю"], &["ей", "ею"], &["е"]],
        ),
        'а' if lws == "острова" => build(
            &stem_of(1),
            [&["а"], &["ов"], &["ам"], &["а"], &["ами"], &["ах"]],
        ),
        'а' => {
            let soft_gen = matches!(prev, Some('г' | 'к' | 'х' | 'ж' | 'ш' | 'щ' | 'ч'));
            let ins: &[&str] = if matches!(prev, Some('ж' | 'ш' | 'щ' | 'ч' | 'ц')) {
                &["ой", "ей", "ою"]
            } else {
                &["ой", "ою"]
            };
            let mut c = build(
                &stem_of(1),
                [
                    &["а"],
                    if soft_gen { &["и"] } else { &["ы"] },
                    &["е"],
                    &["у"],
                    ins,
                    &["е"],
                ],
            );
            if person && (ends("ова") || ends("ева") || ends("ёва") || ends("ина") || ends("ына"))
            {
                merge(
                    &mut c,
                    build(
                        &stem_of(1),
                        [&["а"], &["ой"], &["ой"], &["у"], &["ой"], &["ой"]],
                    ),
                );
            }
            c
        }
        'ь' => build(
            &stem_of(1),
            [
                &["ь"],
                &["я", "и"],
                &["ю", "и"],
                &["ь", "я"],
                &["ем", "ью"],
                &["е", "и"],
            ],
        ),
        'й' => {
            let prep: &[&str] = if prev == Some('и') {
                &["и", "е"]
            } else {
                &["е"]
            };
            build(
                &stem_of(1),
                [&["й"], &["я"], &["ю"], &["й", "я"], &["ем"], prep],
            )
        }
        'ы' => {
            let gen: &[&str] = if prev == Some('ц') {
                &["ев", "ов", ""]
            } else {
                &["ов", ""]
            };
            build(
                &stem_of(1),
                [&["ы"], gen, &["ам"], &["ы", "ов"], &["ами"], &["ах"]],
            )
        }
        'и' if matches!(prev, Some('г' | 'к' | 'х' | 'ж' | 'ш' | 'щ' | 'ч'))
            && lws.chars().count() > 4 =>
        {
            // Plural -и after a velar or sibilant (Багамские острова aside, e.g. Мальдивы-like
            // names written with и).
            build(
                &stem_of(1),
                [&["и"], &["ов", ""], &["ам"], &["и"], &["ами"], &["ах"]],
            )
        }
        'е' if ends("ане") || ends("яне") => build(
            &stem_of(1),
            [&["е"], &[""], &["ам"], &[""], &["ами"], &["ах"]],
        ),
        'е' if ends("ние") || ends("тие") => build(
            &stem_of(1),
            [&["е"], &["я"], &["ю"], &["е"], &["ем"], &["и"]],
        ),
        'о' if ends("ство") => build(
            &stem_of(1),
            [&["о"], &["а"], &["у"], &["о"], &["ом"], &["е"]],
        ),
        'ц' | 'к'
            if all.is_some() && n >= 5 && prev == Some(if last == 'ц' { 'е' } else { 'о' }) =>
        {
            // A singular demonym noun with a fleeting vowel (американец → американца, китаец →
            // китайца, бразилец → бразильца, турок → турка): only rows written as demonyms.
            let mut stem = stem_of(2);
            match lw[n - 3] {
                'а' | 'е' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' => stem.push('й'),
                'л' => stem.push('ь'),
                _ => {}
            }
            stem.push(last);
            let ins = if last == 'ц' { "ем" } else { "ом" };
            let mut cases: Cases = Default::default();
            cases[0] = vec![stem_of(0)];
            cases[1] = vec![format!("{stem}а")];
            cases[2] = vec![format!("{stem}у")];
            cases[3] = vec![format!("{stem}а")];
            cases[4] = vec![format!("{stem}{ins}")];
            cases[5] = vec![format!("{stem}е")];
            cases
        }
        c if is_consonant(c) => {
            let stem = stem_of(0);
            let surname =
                person && (ends("ов") || ends("ев") || ends("ёв") || ends("ин") || ends("ын"));
            let ins: Vec<&str> = if surname {
                vec!["ым", "ом"]
            } else if matches!(c, 'ж' | 'ш' | 'щ' | 'ч' | 'ц') {
                vec!["ом", "ем"]
            } else {
                vec!["ом"]
            };
            let mut cases: Cases = Default::default();
            cases[0] = vec![stem.clone()];
            cases[1] = vec![format!("{stem}а")];
            cases[2] = vec![format!("{stem}у")];
            cases[3] = vec![stem.clone(), format!("{stem}а")];
            cases[4] = ins.iter().map(|e| format!("{stem}{e}")).collect();
            cases[5] = vec![format!("{stem}е")];
            cases
        }
        _ => fixed(w),
    }
}

fn is_consonant(c: char) -> bool {
    "бвгджзйклмнпрстфхцчшщ".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(alias: &str, style: Style, expect: &[&str]) {
        let got = forms(alias, style);
        for e in expect {
            assert!(
                got.iter().any(|g| g == e),
                "forms({alias:?}) lacks {e:?}: {got:?}"
            );
        }
    }

    #[test]
    fn nouns() {
        check(
            "Россия",
            Style::Name,
            &["Россия", "России", "Россию", "Россией"],
        );
        check("Корея", Style::Name, &["Кореи", "Корее", "Корею", "Кореей"]);
        check(
            "Казахстан",
            Style::Name,
            &["Казахстана", "Казахстану", "Казахстаном", "Казахстане"],
        );
        check(
            "Африка",
            Style::Name,
            &["Африки", "Африке", "Африку", "Африкой"],
        );
        check(
            "Канада",
            Style::Name,
            &["Канады", "Канаде", "Канаду", "Канадой"],
        );
        check(
            "Кремль",
            Style::Name,
            &["Кремля", "Кремлю", "Кремлем", "Кремле"],
        );
        check("Китай", Style::Name, &["Китая", "Китаю", "Китаем", "Китае"]);
        check(
            "Нидерланды",
            Style::Name,
            &["Нидерландов", "Нидерландам", "Нидерландами", "Нидерландах"],
        );
        check("Эр-Рияд", Style::Name, &["Эр-Рияда", "Эр-Риядом"]);
        check("Перу", Style::Name, &["Перу"]);
        assert_eq!(forms("США", Style::Name), ["США"]);
    }

    #[test]
    fn multiword() {
        check(
            "Южная Африка",
            Style::Name,
            &[
                "Южной Африки",
                "Южную Африку",
                "Южной Африкой",
                "Южной Африке",
            ],
        );
        check(
            "Северная Корея",
            Style::Name,
            &["Северной Кореи", "Северную Корею"],
        );
        check(
            "Соединённые Штаты Америки",
            Style::Name,
            &["Соединённых Штатов Америки", "Соединённым Штатам Америки"],
        );
        check(
            "Шанхайская организация сотрудничества",
            Style::Name,
            &["Шанхайской организации сотрудничества"],
        );
        check(
            "Евразийский экономический союз",
            Style::Name,
            &[
                "Евразийского экономического союза",
                "Евразийском экономическом союзе",
            ],
        );
        check("Белый дом", Style::Name, &["Белого дома", "Белом доме"]);
        check(
            "Босния и Герцеговина",
            Style::Name,
            &["Боснии и Герцеговины"],
        );
        check(
            "Республика Корея",
            Style::Name,
            &["Республики Корея", "Республике Корея"],
        );
        check(
            "Содружество Независимых Государств",
            Style::Name,
            &[
                "Содружества Независимых Государств",
                "Содружестве Независимых Государств",
            ],
        );
        check(
            "Объединённые Арабские Эмираты",
            Style::Name,
            &["Объединённых Арабских Эмиратов"],
        );
    }

    #[test]
    fn singular_demonyms() {
        check(
            "американец",
            Style::Adjective,
            &[
                "американец",
                "американца",
                "американцу",
                "американцем",
                "американце",
            ],
        );
        check("китаец", Style::Adjective, &["китайца", "китайцем"]);
        check("бразилец", Style::Adjective, &["бразильца", "бразильцу"]);
        check("турок", Style::Adjective, &["турок", "турка", "турком"]);
        check(
            "израильтянка",
            Style::Adjective,
            &["израильтянку", "израильтянки", "израильтянкой"],
        );
        check("израильтянин", Style::Adjective, &["израильтянина"]);
    }

    #[test]
    fn adjectives() {
        check(
            "российский",
            Style::Adjective,
            &[
                "российского",
                "российская",
                "российской",
                "российскую",
                "российские",
                "российских",
                "российскими",
                "российское",
                "российским",
            ],
        );
        check("иранский", Style::Adjective, &["иранскими"]);
        check(
            "мировой",
            Style::Adjective,
            &["мировой", "мирового", "мировая", "мировые"],
        );
        assert_eq!(combining_form("российский").as_deref(), Some("российско"));
        assert_eq!(combining_form("немецкий").as_deref(), Some("немецко"));
    }

    #[test]
    fn people() {
        check(
            "Путин",
            Style::Person,
            &["Путина", "Путину", "Путиным", "Путине"],
        );
        check(
            "Владимир Путин",
            Style::Person,
            &["Владимира Путина", "Владимиром Путиным"],
        );
        check(
            "Сергей Лавров",
            Style::Person,
            &["Сергея Лаврова", "Сергеем Лавровым"],
        );
        check(
            "Мария Захарова",
            Style::Person,
            &["Марии Захаровой", "Марию Захарову"],
        );
        check(
            "Владимир Зеленский",
            Style::Person,
            &["Владимира Зеленского", "Владимиром Зеленским"],
        );
        check(
            "Дмитрий Медведев",
            Style::Person,
            &["Дмитрия Медведева", "Дмитрии Медведеве"],
        );
        check(
            "Реджеп Тайип Эрдоган",
            Style::Person,
            &["Реджепа Тайипа Эрдогана", "Реджепом Тайипом Эрдоганом"],
        );
        check(
            "Си Цзиньпин",
            Style::Person,
            &["Си Цзиньпина", "Си Цзиньпином"],
        );
        check("Ким Чен Ын", Style::Person, &["Ким Чен Ына"]);
        check("Лукашенко", Style::Person, &["Лукашенко"]);
    }
}
