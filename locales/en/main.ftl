# Sabaq — English (source language). Every other locale mirrors these ids.

brand-name = Sabaq
footer-text = Sabaq — free digital literacy lessons for the people of Jammu & Kashmir.

## Navigation
nav-label = Main menu
nav-skip = Skip to content
nav-home = Home
nav-dashboard = My learning
nav-admin = Staff accounts
nav-password = Change password
nav-login = Sign in
nav-register = Create account
nav-logout = Sign out
lang-switcher-label = Language

## Home
home-title = Learn to use phones, the internet and online services
home-lead = Sabaq teaches, step by step and in your own language, how to use a smartphone and a computer, find things on the internet, use government services online, pay digitally and stay safe.
home-topic-devices = Using a smartphone and a computer
home-topic-internet = Finding information and talking to people on the internet
home-topic-services = Online government services, Aadhaar and DigiLocker
home-topic-payments = Digital payments with UPI, safely
home-topic-safety = Staying safe from fraud online
home-start = Start learning — it is free
home-have-account = I already have an account
home-continue = Continue learning
home-audience = For students, government officials, self-help group members and everyone in the 20 districts of Jammu & Kashmir.

## Forms
form-choose = Choose…
field-login = Login name or mobile number
field-login-hint = For example shazia.bhat or 9419012345. No e-mail needed.
field-display-name = Your name
field-password = Password
field-password-confirm = Type the password again
field-current-password = Current password
field-new-password = New password
field-initial-password = First password (the person changes it after signing in)
field-group = I am a
field-gender = Gender
field-district = District
field-language = Preferred language
field-role = Role
password-show = Show
password-hide = Hide
password-rules = At least 8 characters. A few words you can remember are better than a short, hard password.

## Groups, genders, roles
group-government-official = Government official
group-student = Student
group-shg-member = Self-help group member
group-other = Other
gender-female = Woman
gender-male = Man
gender-other = Other
gender-unstated = Prefer not to say
role-learner = Learner
role-trainer = Trainer
role-official = Official
role-admin = Administrator

## Registration
register-title = Create your account
register-intro = Your account saves your progress and your certificates.
register-submit = Create account
register-have-account = Already have an account?
register-welcome = Welcome to Sabaq! Your account is ready.
register-error-login-format = Use 3 to 32 letters, digits, dots, dashes or underscores, starting with a letter — or a 10-digit mobile number.
register-error-login-taken = This login name or mobile number is already registered. Choose another, or sign in.
register-error-name-required = Please enter your name.
register-error-name-too-long = Your name can be at most 80 characters.
register-error-name-invalid = Your name contains characters that are not allowed.
register-error-choose = Please choose one of the options.
register-error-district = Please choose your district from the list.
register-error-signed-in = You are already signed in.

## Passwords
password-error-too-short = The password must have at least 8 characters.
password-error-too-long = The password can have at most 128 characters.
password-error-too-common = This password is too easy to guess. Try a few words you can remember.
password-error-contains-login = The password must not contain your login name.
password-error-mismatch = The two passwords are not the same.
password-error-current-wrong = The current password is not correct.
password-title = Change password
password-submit = Change password
password-changed = Your password has been changed. You were signed out everywhere else.
password-must-change = An administrator has given you a one-time password. Please choose your own password now.

## Sign in
login-title = Sign in
login-submit = Sign in
login-no-account = New to Sabaq?
login-error-invalid = The login name or password is not correct.
login-error-throttled = Too many failed attempts. Please try again in { $minutes } minutes.
login-error-disabled = This account has been disabled. Please contact your trainer or the administrator.

## Dashboard
dashboard-title = My learning
dashboard-greeting = Welcome,
dashboard-role = Account
dashboard-learner-next = Courses are coming soon. Your progress will appear here.
dashboard-staff-next = Tools for your role are coming soon.
dashboard-admin-next = You can create trainer and official accounts under "Staff accounts".

## Administration
admin-title = Staff accounts
admin-create-heading = Create a trainer or official account
admin-create-submit = Create account
admin-created = The account has been created.
admin-list-heading = Existing staff accounts
admin-nav-label = Administration
admin-accounts-title = All accounts
admin-audit-title = Audit log
admin-search-label = Search by login or name
admin-search-submit = Search
admin-accounts-none = No accounts found.
admin-column-name = Name
admin-status = Status
admin-status-active = Active
admin-status-disabled = Disabled
admin-actions = Actions
admin-disable = Disable
admin-enable = Re-enable
admin-reset-password = Set one-time password
admin-account-disabled = The account has been disabled and signed out everywhere.
admin-account-enabled = The account has been re-enabled.
admin-password-set = A one-time password has been set. The account was signed out everywhere.
admin-password-issued-heading = New one-time password
admin-password-issued-label = One-time password
admin-password-issued-hint = Give this password to the account holder in person or by phone. It is shown only this once. They must choose their own password when they sign in.
admin-error-self = You cannot do this to your own account.
admin-error-not-staff = One-time passwords are only for trainer, official and administrator accounts.
admin-pages-label = Pages
admin-page-previous = Previous page
admin-page-next = Next page
admin-page-number = Page { $page }
admin-audit-when = When
admin-audit-who = Done by
admin-audit-action = Action
admin-audit-whom = Account
admin-audit-none = Nothing has been logged yet.
admin-action-disable = Disabled the account
admin-action-enable = Re-enabled the account
admin-action-reset-password = Set a one-time password

## Errors
error-unauthenticated = Please sign in first.
error-forbidden-title = Not allowed
error-forbidden = You do not have permission to do this.
error-cross-origin = This request came from another website and was refused.
error-not-found-title = Page not found
error-not-found = We could not find this page.
error-internal = Something went wrong on our side. Please try again.
error-bad-request = The form could not be read. Please try again.
error-busy = Many people are signing in right now. Please wait a moment and try again.
error-too-large = The form is too large to send. Please shorten it and try again.
error-unsupported-form = This page only accepts forms sent from Sabaq. Please go back and use the form.
error-page-title = This did not work
error-page-back = Back to the form
error-quiz-no-answer = Choose an answer to this question before checking it.

## Courses
nav-courses = Courses
catalogue-title = Courses
catalogue-all = All
catalogue-filter = Show courses for
catalogue-lessons = { $count } lessons
catalogue-progress = { $percent }% done
content-fallback = Not yet translated: shown in { $language }.
course-continue = Continue where you left off
course-sign-in-to-save = Anyone can read the lessons. Sign in to save your progress, take quizzes and earn a certificate.
course-practice-quiz = Practice quiz
course-final-heading = Final assessment
course-final-text = Pass with { $pass }% or more to earn your certificate.
course-final-start = Take the final assessment
course-certificate = View your certificate
lesson-done = Completed
lesson-complete = Mark as complete and continue
lesson-sign-in-hint = to save your progress.
lesson-pager = Previous and next lesson
lesson-listen = Listen to this lesson
read-aloud = Read aloud
read-aloud-stop = Stop reading

## Quizzes
quiz-practice-title = Practice quiz
quiz-final-title = Final assessment
quiz-sign-in = Please sign in to take quizzes. Your answers and results are saved to your account.
quiz-question-number = Question { $number } of { $count }
quiz-hint-multiple = Choose all answers that are right.
quiz-hint-order = Put the steps in the right order: choose the first step, then the second, and so on.
quiz-submit = Submit answers
quiz-true = True
quiz-false = False
quiz-best = Best: { $correct } of { $total }
quiz-result-title = Your result
quiz-score = { $correct } of { $total } right ({ $percent }%)
quiz-passed = Well done — you passed!
quiz-not-passed = You need { $pass }% to pass. Read the lessons again and try once more.
quiz-your-answer = Your answer:
quiz-correct = — right
quiz-incorrect = — not right
quiz-right-answer = Right answer:
quiz-try-again = Try again
quiz-back-to-course = Back to the course
quiz-check = Check my answer
quiz-check-hint = Answer a question and press “Check my answer” to see at once whether it is right. A checked answer cannot be changed. When you have answered every question, submit your answers.
quiz-final-attempts-left = You can take the final assessment { $limit } times in any 24 hours; { $left } left now. At the end you see your score and the topics to revise.
quiz-final-limit-used = You have taken the final assessment { $limit } times in the last 24 hours.
quiz-final-limit-retry = You can take it again after { $time } on { $date } (India time). Until then, read the lessons again and practise with the module quizzes.
quiz-final-limit-reached = You have used all your attempts at the final assessment for now, so these answers were not counted.
quiz-revise-heading = Topics to revise

## Certificates
certificate-title = Certificate
certificate-certifies = This certifies that
certificate-completed = has successfully completed the course
certificate-date = on { $date }
certificate-code = Verification code:
certificate-download-pdf = Download as PDF
certificate-print-hint = Use your browser's Print button to print this certificate or save it as PDF (A4).
verify-title = Verify a certificate
verify-valid = This certificate is valid.
verify-name = Name
verify-course = Course
verify-date = Date
verify-not-found = No certificate with this code was found. Check the code and try again.

## Dashboard (courses)
dashboard-courses = My courses
dashboard-certificates = My certificates
dashboard-browse = Browse courses
