//! Taking a quiz and seeing the result.

mod attempt;
mod take;

pub use attempt::AttemptPage;
pub use take::QuizPage;
