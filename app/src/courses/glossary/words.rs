//! Finding a word as a whole word, in any of the five languages' scripts.

/// Letters, digits and the marks that belong to a word: Devanagari vowel signs, viramas and
/// nuktas, Arabic-script vowel marks, and the zero-width joiners Urdu and Kashmiri use.
fn in_word(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c,
            '\u{0300}'..='\u{036F}'
            | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06ED}'
            | '\u{0900}'..='\u{0963}'
            | '\u{0966}'..='\u{097F}'
            | '\u{200C}'
            | '\u{200D}')
}

/// Words with a capital letter (OTP, UPI, QR code) match exactly; others in any case.
fn case_sensitive(word: &str) -> bool {
    word.chars().any(char::is_uppercase)
}

/// Byte range of the first whole-word use of `word` in `text`.
pub fn find_word(text: &str, word: &str) -> Option<std::ops::Range<usize>> {
    if word.is_empty() {
        return None;
    }
    // Lowercasing keeps byte offsets when it keeps the length (true of the scripts used here).
    let folded;
    let (haystack, needle) = if case_sensitive(word) {
        (text, word.to_owned())
    } else {
        folded = text.to_lowercase();
        if folded.len() == text.len() {
            (folded.as_str(), word.to_lowercase())
        } else {
            (text, word.to_owned())
        }
    };
    haystack
        .match_indices(needle.as_str())
        .find_map(|(start, m)| {
            let end = start + m.len();
            let before = text.get(..start)?.chars().next_back();
            let after = text.get(end..)?.chars().next();
            (!before.is_some_and(in_word) && !after.is_some_and(in_word)).then_some(start..end)
        })
}

/// Whether `text` uses `word` as a whole word.
pub fn uses_word(text: &str, word: &str) -> bool {
    find_word(text, word).is_some()
}

/// A term to link in a lesson: the first use of any of its forms links to `/glossary#<id>`.
#[derive(Debug, Clone)]
pub struct LinkTerm {
    pub id: String,
    pub forms: Vec<String>,
    /// Phrases in which a form means something else.
    pub except: Vec<String>,
    /// The definition, shown as the link's tooltip.
    pub definition: String,
}

/// `text` with each of `phrases` blanked out by as many spaces as it has bytes, so byte offsets
/// stay the same.
fn mask(text: &str, phrases: &[String]) -> String {
    phrases
        .iter()
        .filter(|p| !p.is_empty())
        .fold(text.to_owned(), |t, p| {
            t.replace(p.as_str(), &" ".repeat(p.len()))
        })
}

/// The earliest use in `text` of a term not yet linked: `(term index, byte range)`.
pub fn first_use(
    text: &str,
    terms: &[LinkTerm],
    linked: &[bool],
) -> Option<(usize, std::ops::Range<usize>)> {
    terms
        .iter()
        .enumerate()
        .filter(|(i, _)| !linked[*i])
        .filter_map(|(i, t)| {
            let masked = mask(text, &t.except);
            t.forms
                .iter()
                .filter_map(|f| find_word(&masked, f))
                // At one place, the longest form wins ("UPI PIN" over "UPI").
                .min_by_key(|r| (r.start, std::cmp::Reverse(r.end)))
                .map(|r| (i, r))
        })
        .min_by_key(|(_, r)| (r.start, std::cmp::Reverse(r.end)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_whole_words_only() {
        assert_eq!(find_word("Never share an OTP.", "OTP"), Some(15..18));
        assert_eq!(find_word("OTPs come by SMS", "OTP"), None);
        assert_eq!(find_word("an otp", "OTP"), None, "acronyms keep their case");
        assert_eq!(find_word("Your Password is", "password"), Some(5..13));
        assert_eq!(find_word("passwords", "password"), None);
    }

    #[test]
    fn knows_devanagari_and_arabic_script_words() {
        // पासवर्डों is an inflection of पासवर्ड: a vowel sign continues the word.
        assert!(uses_word("अपना पासवर्ड बदलें", "पासवर्ड"));
        assert!(!uses_word("सभी पासवर्डों को", "पासवर्ड"));
        assert!(uses_word("(पासवर्ड)।", "पासवर्ड"));
        // Kashmiri تہٕ carries a mark: تہ alone is another word.
        assert!(!uses_word("فون تہٕ کمپیوٹر", "تہ"));
        assert!(uses_word("فون تہٕ کمپیوٹر", "تہٕ"));
        assert!(uses_word("فون و کمپیوٹر", "و"));
        assert!(!uses_word("وقت", "و"));
        assert!(uses_word("اپنا اکاؤنٹ، پاس ورڈ", "اکاؤنٹ"));
    }

    fn term(id: &str, word: &str, except: &[&str]) -> LinkTerm {
        LinkTerm {
            id: id.into(),
            forms: vec![word.into()],
            except: except.iter().map(|e| e.to_string()).collect(),
            definition: String::new(),
        }
    }

    #[test]
    fn a_word_in_an_excepted_phrase_is_not_the_term() {
        let aadhaar = [term("aadhaar", "आधार", &["के आधार पर"])];
        let text = "उम्र के आधार पर योजना चुनें। आधार कार्ड साथ रखें।";
        let (_, at) = first_use(text, &aadhaar, &[false]).unwrap();
        assert_eq!(&text[at.start..], "आधार कार्ड साथ रखें।");
    }

    #[test]
    fn the_earliest_and_longest_use_comes_first() {
        let terms = vec![
            term("upi", "UPI", &[]),
            term("upi-pin", "UPI PIN", &[]),
            term("otp", "OTP", &[]),
        ];
        let text = "Type your UPI PIN, not the OTP, in the UPI app.";
        assert_eq!(
            first_use(text, &terms, &[false, false, false]),
            Some((1, 10..17))
        );
        assert_eq!(
            first_use(text, &terms, &[false, true, false]),
            Some((0, 10..13))
        );
        assert_eq!(
            first_use(text, &terms, &[true, true, false]),
            Some((2, 27..30))
        );
        assert_eq!(first_use(text, &terms, &[true, true, true]), None);
    }
}
