//! A final assessment is shown a few questions per screen, so a phone shows a short page and
//! each "Next" saves what was answered. Practice quizzes stay on one screen (they are short and
//! each question is checked where it stands).

use super::{scoring::Responses, Question};
use std::ops::Range;

/// Questions per screen of a final.
pub const PER_SCREEN: usize = 5;

/// How many screens `count` questions take (at least one).
pub fn count(questions: usize) -> usize {
    questions.div_ceil(PER_SCREEN).max(1)
}

/// The questions (by index) on screen `screen` (1-based), clamped to the screens there are.
pub fn range(questions: usize, screen: usize) -> Range<usize> {
    let screen = screen.clamp(1, count(questions));
    let start = (screen - 1) * PER_SCREEN;
    start..(start + PER_SCREEN).min(questions)
}

/// The screen question `index` is on.
pub fn of_question(index: usize) -> usize {
    index / PER_SCREEN + 1
}

/// The answers after screen `screen` was posted: `posted` replaces what was `saved` for that
/// screen's questions (an answer taken back is gone), other questions keep their saved answers.
/// `None` is a form of every question (a one-screen quiz): `posted` is the whole answer.
pub fn merge(
    questions: &[Question],
    screen: Option<usize>,
    saved: Responses,
    posted: Responses,
) -> Responses {
    let Some(screen) = screen else {
        return posted;
    };
    let shown = &questions[range(questions.len(), screen)];
    let mut merged: Responses = saved
        .into_iter()
        .filter(|(id, _)| !shown.iter().any(|q| &q.id == id))
        .collect();
    merged.extend(
        posted
            .into_iter()
            .filter(|(id, _)| shown.iter().any(|q| &q.id == id)),
    );
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::QuestionKind;

    fn questions(n: usize) -> Vec<Question> {
        (0..n)
            .map(|i| Question {
                id: format!("q{i}"),
                kind: QuestionKind::TrueFalse,
                options: Vec::new(),
                answer: vec!["true".into()],
                module: None,
                texts: Default::default(),
            })
            .collect()
    }

    fn answers(ids: &[&str]) -> Responses {
        ids.iter()
            .map(|id| (id.to_string(), vec!["true".to_string()]))
            .collect()
    }

    #[test]
    fn screens_cover_every_question_once() {
        for n in 0..23 {
            let covered: Vec<usize> = (1..=count(n)).flat_map(|s| range(n, s)).collect();
            assert_eq!(covered, (0..n).collect::<Vec<_>>(), "{n} questions");
            for i in 0..n {
                assert!(range(n, of_question(i)).contains(&i));
            }
        }
        assert_eq!(range(12, 99), 10..12, "past the end is the last screen");
        assert_eq!(range(12, 0), 0..5);
    }

    #[test]
    fn a_screen_replaces_only_its_own_answers() {
        let qs = questions(12);
        let saved = answers(&["q0", "q1", "q6"]);
        // Screen 1 (q0–q4) posted with q1 taken back and q2 answered; q6 is another screen's.
        let posted = answers(&["q0", "q2", "q7"]);
        let merged = merge(&qs, Some(1), saved.clone(), posted.clone());
        assert_eq!(merged, answers(&["q0", "q2", "q6"]));
        assert_eq!(merge(&qs, None, saved, posted.clone()), posted);
    }
}
