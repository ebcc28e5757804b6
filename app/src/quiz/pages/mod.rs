//! Taking a quiz and seeing the result.

mod attempt;
mod take;

pub use attempt::AttemptPage;
pub use take::QuizPage;

use crate::{
    i18n::{t_in, Lang},
    quiz::ReviewItem,
};
use leptos::prelude::*;

/// The learner's answer, right or not, the right answer and why.
#[component]
fn Feedback(item: ReviewItem, lang: Lang) -> impl IntoView {
    let tr = move |id: &str| t_in(lang, id, &[]);
    let separator = if item.ordered { " → " } else { ", " };
    view! {
        <p>{tr("quiz-your-answer")} " " <strong>{item.chosen.join(separator)}</strong> " "
            {if item.correct { tr("quiz-correct") } else { tr("quiz-incorrect") }}</p>
        {(!item.correct).then(|| view! { <p>{tr("quiz-right-answer")} " " <strong>{item.right_answer.join(separator)}</strong></p> })}
        <p class="explanation">{item.explanation}</p>
    }
}
