//! Reading Sabaq's pages as a learner's browser would without JavaScript: the links on a page and
//! the fields of its quiz form, answered at random.

use rand::{seq::IndexedRandom, Rng};

/// The value of attribute `name` in one tag's text (`<input type="radio" name="x" value="y">`).
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let at = tag.find(&key)? + key.len();
    let end = tag[at..].find('"')? + at;
    Some(&tag[at..end])
}

/// Each tag `<{name} …>` of the page, as its text.
fn tags<'a>(page: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name} ");
    page.match_indices(open.as_str())
        .filter_map(|(at, _)| {
            let end = page[at..].find('>')? + at;
            Some(&page[at..end])
        })
        .collect()
}

/// The distinct paths of links on the page that start with `prefix`, in page order.
pub fn links(page: &str, prefix: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for tag in tags(page, "a") {
        if let Some(href) = attr(tag, "href").filter(|h| h.starts_with(prefix)) {
            let path = href.split('#').next().unwrap_or(href).to_owned();
            if !found.contains(&path) {
                found.push(path);
            }
        }
    }
    found
}

/// A quiz form as the page shows it: hidden fields, then one answer per question.
#[derive(Debug, Default)]
pub struct QuizForm {
    pub hidden: Vec<(String, String)>,
    /// Per question: the fields its answer is made of, chosen at random.
    pub answers: Vec<(String, Vec<(String, String)>)>,
    /// Questions that have a "Check" button (practice quizzes).
    pub checkable: Vec<String>,
    /// True on the last screen of a final, or on a practice quiz (a plain "Submit" button).
    pub can_submit: bool,
}

impl QuizForm {
    pub fn hidden(&self, name: &str) -> Option<&str> {
        self.hidden
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Hidden fields and every answer.
    pub fn all_fields(&self) -> Vec<(String, String)> {
        let mut fields = self.hidden.clone();
        fields.extend(self.answers.iter().flat_map(|(_, f)| f.iter().cloned()));
        fields
    }

    /// Hidden fields and the answer to question `id`.
    pub fn fields_for(&self, id: &str) -> Vec<(String, String)> {
        let mut fields = self.hidden.clone();
        fields.extend(
            self.answers
                .iter()
                .filter(|(q, _)| q == id)
                .flat_map(|(_, f)| f.iter().cloned()),
        );
        fields
    }
}

/// The question id in a field name: `answers[q]`, `answers[q:option]`, `answers[q#position]`.
fn question_of(field: &str) -> Option<&str> {
    let inner = field.strip_prefix("answers[")?.strip_suffix(']')?;
    Some(inner.split([':', '#']).next().unwrap_or(inner))
}

fn answer_for<'a>(
    answers: &'a mut Vec<(String, Vec<(String, String)>)>,
    question: &str,
) -> &'a mut Vec<(String, String)> {
    if let Some(i) = answers.iter().position(|(q, _)| q == question) {
        return &mut answers[i].1;
    }
    answers.push((question.to_owned(), Vec::new()));
    &mut answers.last_mut().expect("just pushed").1
}

/// Reads the quiz form on `page` and answers each question it shows at random (answers a
/// checked question fixed are sent again as shown; the server keeps the checked one).
pub fn read_quiz(page: &str, rng: &mut impl Rng) -> Option<QuizForm> {
    let start = page.find("<form method=\"post\" action=\"/api/submit-quiz\"")?;
    let end = page[start..].find("</form>")? + start;
    let form = &page[start..end];
    let mut quiz = QuizForm {
        can_submit: form.contains("<button type=\"submit\">"),
        ..QuizForm::default()
    };
    let mut radios: Vec<(String, Vec<String>)> = Vec::new();
    for tag in tags(form, "input") {
        let (Some(name), value) = (attr(tag, "name"), attr(tag, "value").unwrap_or("")) else {
            continue;
        };
        match attr(tag, "type") {
            Some("hidden") => quiz.hidden.push((name.into(), value.into())),
            Some("radio") => match radios.iter_mut().find(|(n, _)| n == name) {
                Some((_, values)) => values.push(value.into()),
                None => radios.push((name.into(), vec![value.into()])),
            },
            Some("checkbox") => {
                if let (Some(q), true) = (question_of(name), rng.random_bool(0.5)) {
                    answer_for(&mut quiz.answers, q).push((name.into(), "on".into()));
                }
            }
            _ => {}
        }
    }
    for (name, values) in radios {
        if let (Some(q), Some(v)) = (question_of(&name), values.choose(rng)) {
            answer_for(&mut quiz.answers, q).push((name.clone(), v.clone()));
        }
    }
    for (at, _) in form.match_indices("<select ") {
        let end = form[at..].find("</select>").map_or(form.len(), |e| e + at);
        let select = &form[at..end];
        let Some(name) = attr(select, "name") else {
            continue;
        };
        let options: Vec<&str> = tags(select, "option")
            .into_iter()
            .filter_map(|o| attr(o, "value"))
            .filter(|v| !v.is_empty())
            .collect();
        if let (Some(q), Some(v)) = (question_of(name), options.choose(rng)) {
            answer_for(&mut quiz.answers, q).push((name.into(), (*v).into()));
        }
    }
    quiz.checkable = tags(form, "button")
        .into_iter()
        .filter(|b| attr(b, "name") == Some("check"))
        .filter_map(|b| attr(b, "value").map(str::to_owned))
        .collect();
    Some(quiz)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<a href="/courses/c/lessons/one">1</a><a href="/courses/c/lessons/one#top">1</a>
<form method="post" action="/api/submit-quiz" class="quiz stack" id="quiz">
<input type="hidden" name="course" value="c"/><input type="hidden" name="attempt" value="a-1"/>
<label><input type="radio" name="answers[p]" value="a" required/></label>
<label><input type="radio" name="answers[p]" value="b" required/></label>
<label><input type="checkbox" name="answers[m:x]" value="on"/></label>
<select name="answers[s#1]" required><option value="">-</option><option value="first">1</option></select>
<button type="submit" class="secondary check" formaction="/api/check-answer" name="check" value="p">Check</button>
<button type="submit">Submit</button></form>"#;

    #[test]
    fn reads_links_hidden_fields_and_answers() {
        assert_eq!(
            links(PAGE, "/courses/c/lessons/"),
            ["/courses/c/lessons/one"]
        );
        let quiz = read_quiz(PAGE, &mut rand::rng()).expect("form");
        assert_eq!(quiz.hidden("attempt"), Some("a-1"));
        assert!(quiz.can_submit);
        assert_eq!(quiz.checkable, ["p"]);
        let p = quiz.fields_for("p");
        assert!(p
            .iter()
            .any(|(n, v)| n == "answers[p]" && (v == "a" || v == "b")));
        assert!(quiz
            .all_fields()
            .contains(&("answers[s#1]".into(), "first".into())));
    }
}
