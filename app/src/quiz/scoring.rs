//! Scoring, done on the server only. One point per question, all or nothing.

use super::model::{Question, QuestionKind};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What a learner chose for each question id (option ids; in order for `Order` questions).
pub type Responses = BTreeMap<String, Vec<String>>;

/// Correct answers out of questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Score {
    pub correct: u32,
    pub total: u32,
}

impl Score {
    /// Whole percent, rounded down (a pass mark of 60 needs a real 60%).
    pub fn percent(self) -> u32 {
        (self.correct * 100).checked_div(self.total).unwrap_or(0)
    }

    pub fn passes(self, pass_mark: u32) -> bool {
        self.total > 0 && self.percent() >= pass_mark
    }
}

/// True when `response` answers `question` fully and only correctly.
pub fn is_correct(question: &Question, response: &[String]) -> bool {
    match question.kind {
        QuestionKind::Single | QuestionKind::TrueFalse => {
            response.len() == 1 && question.answer.first() == response.first()
        }
        QuestionKind::Multiple => {
            let chosen: BTreeSet<&String> = response.iter().collect();
            chosen.len() == response.len() && chosen == question.answer.iter().collect()
        }
        QuestionKind::Order => response == question.answer.as_slice(),
    }
}

/// The score of `responses`, and for each question whether it was right.
pub fn score(questions: &[Question], responses: &Responses) -> (Score, Vec<bool>) {
    let marks: Vec<bool> = questions
        .iter()
        .map(|q| responses.get(&q.id).is_some_and(|r| is_correct(q, r)))
        .collect();
    let correct = marks.iter().filter(|m| **m).count() as u32;
    (
        Score {
            correct,
            total: questions.len() as u32,
        },
        marks,
    )
}

/// Reads the posted form fields into responses. Field names (inside `answers[…]`):
/// `<qid>` = option (single, true/false); `<qid>:<option>` = on (multiple);
/// `<qid>#<position>` = option (order, positions from 1). Unknown questions and options are ignored.
pub fn responses_from_form(questions: &[Question], fields: &HashMap<String, String>) -> Responses {
    let mut responses = Responses::new();
    for q in questions {
        let valid = q.option_ids();
        let chosen: Vec<String> = match q.kind {
            QuestionKind::Single | QuestionKind::TrueFalse => {
                fields.get(&q.id).into_iter().cloned().collect()
            }
            QuestionKind::Multiple => valid
                .iter()
                .filter(|o| fields.contains_key(&format!("{}:{o}", q.id)))
                .cloned()
                .collect(),
            QuestionKind::Order => (1..=valid.len())
                .filter_map(|pos| fields.get(&format!("{}#{pos}", q.id)).cloned())
                .collect(),
        };
        let chosen: Vec<String> = chosen.into_iter().filter(|c| valid.contains(c)).collect();
        if !chosen.is_empty() {
            responses.insert(q.id.clone(), chosen);
        }
    }
    responses
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn q(id: &str, kind: QuestionKind, options: &[&str], answer: &[&str]) -> Question {
        Question {
            id: id.into(),
            kind,
            options: options.iter().map(|s| s.to_string()).collect(),
            answer: answer.iter().map(|s| s.to_string()).collect(),
            texts: Default::default(),
            module: None,
        }
    }

    fn v(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn each_kind_is_marked() {
        let single = q("s", QuestionKind::Single, &["a", "b"], &["b"]);
        assert!(is_correct(&single, &v(&["b"])));
        assert!(!is_correct(&single, &v(&["a"])));
        assert!(!is_correct(&single, &v(&["b", "a"])));
        let multi = q("m", QuestionKind::Multiple, &["a", "b", "c"], &["a", "c"]);
        assert!(is_correct(&multi, &v(&["c", "a"])));
        assert!(!is_correct(&multi, &v(&["a"])));
        assert!(!is_correct(&multi, &v(&["a", "b", "c"])));
        assert!(!is_correct(&multi, &v(&["a", "a", "c"])));
        let tf = q("t", QuestionKind::TrueFalse, &[], &["false"]);
        assert!(is_correct(&tf, &v(&["false"])));
        let order = q("o", QuestionKind::Order, &["x", "y", "z"], &["y", "x", "z"]);
        assert!(is_correct(&order, &v(&["y", "x", "z"])));
        assert!(!is_correct(&order, &v(&["x", "y", "z"])));
    }

    #[test]
    fn form_fields_become_responses() {
        let qs = vec![
            q("s", QuestionKind::Single, &["a", "b"], &["b"]),
            q("m", QuestionKind::Multiple, &["a", "b", "c"], &["a", "c"]),
            q("t", QuestionKind::TrueFalse, &[], &["true"]),
            q("o", QuestionKind::Order, &["x", "y"], &["y", "x"]),
        ];
        let fields: HashMap<String, String> = [
            ("s", "b"),
            ("m:a", "on"),
            ("m:c", "on"),
            ("m:zzz", "on"),
            ("t", "true"),
            ("o#1", "y"),
            ("o#2", "x"),
            ("ghost", "a"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let responses = responses_from_form(&qs, &fields);
        assert_eq!(responses.len(), 4);
        let (s, marks) = score(&qs, &responses);
        assert_eq!((s.correct, s.total), (4, 4));
        assert_eq!(marks, vec![true; 4]);
    }

    #[test]
    fn pass_mark_needs_the_real_percentage() {
        assert!(Score {
            correct: 15,
            total: 25
        }
        .passes(60));
        assert!(!Score {
            correct: 14,
            total: 25
        }
        .passes(60));
        assert!(!Score {
            correct: 0,
            total: 0
        }
        .passes(0));
    }

    fn arb_quiz() -> impl Strategy<Value = Vec<Question>> {
        prop::collection::vec((0usize..4, 2usize..6, any::<u64>()), 1..12).prop_map(|specs| {
            specs
                .into_iter()
                .enumerate()
                .map(|(i, (kind, n, seed))| {
                    let options: Vec<String> = (0..n).map(|o| format!("o{o}")).collect();
                    let pick = |k: u64| options[(seed.rotate_left(k as u32) as usize) % n].clone();
                    let (kind, answer) = match kind {
                        0 => (QuestionKind::Single, vec![pick(0)]),
                        1 => {
                            let mut set: Vec<String> = (0..n)
                                .filter(|o| seed >> o & 1 == 1)
                                .map(|o| options[o].clone())
                                .collect();
                            if set.is_empty() {
                                set.push(options[0].clone());
                            }
                            (QuestionKind::Multiple, set)
                        }
                        2 => (
                            QuestionKind::TrueFalse,
                            vec![if seed % 2 == 0 { "true" } else { "false" }.to_string()],
                        ),
                        _ => {
                            let mut order = options.clone();
                            order.rotate_left((seed as usize) % n);
                            (QuestionKind::Order, order)
                        }
                    };
                    let options = if kind == QuestionKind::TrueFalse {
                        vec![]
                    } else {
                        options
                    };
                    Question {
                        id: format!("q{i}"),
                        kind,
                        options,
                        answer,
                        texts: Default::default(),
                        module: None,
                    }
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn score_never_exceeds_the_number_of_questions(qs in arb_quiz(), picks in prop::collection::vec(prop::collection::vec(0usize..6, 0..6), 12)) {
            let responses: Responses = qs.iter().zip(&picks).map(|(q, p)| {
                let ids = q.option_ids();
                (q.id.clone(), p.iter().map(|i| ids[i % ids.len()].clone()).collect())
            }).collect();
            let (s, marks) = score(&qs, &responses);
            prop_assert!(s.correct <= s.total);
            prop_assert_eq!(s.total as usize, qs.len());
            prop_assert_eq!(marks.len(), qs.len());
            prop_assert!(s.percent() <= 100);
        }

        #[test]
        fn the_answer_key_scores_full_marks(qs in arb_quiz()) {
            let responses: Responses = qs.iter().map(|q| (q.id.clone(), q.answer.clone())).collect();
            let (s, _) = score(&qs, &responses);
            prop_assert_eq!(s.correct, s.total);
        }

        #[test]
        fn multiple_choice_ignores_the_order_of_choices(qs in arb_quiz(), shift in 0usize..6) {
            for q in qs.iter().filter(|q| q.kind == QuestionKind::Multiple) {
                let mut shuffled = q.answer.clone();
                let len = shuffled.len();
                shuffled.rotate_left(shift % len);
                prop_assert!(is_correct(q, &shuffled));
            }
        }
    }
}
