# سبق — اردو (Urdu). Message ids mirror en/main.ftl exactly.

brand-name = سبق
footer-text = سبق — جموں و کشمیر کے لوگوں کے لیے ڈیجیٹل خواندگی کے مفت اسباق۔

## Navigation
nav-label = مین مینو
nav-skip = سیدھے اصل مواد پر جائیں
nav-home = ہوم
nav-dashboard = میری پڑھائی
nav-admin = اسٹاف اکاؤنٹس
nav-password = پاس ورڈ بدلیں
nav-login = لاگ ان کریں
nav-register = اکاؤنٹ بنائیں
nav-logout = لاگ آؤٹ
lang-switcher-label = زبان

## Home
home-title = فون، انٹرنیٹ اور آن لائن خدمات کا استعمال سیکھیں
home-lead = سبق آپ کو آپ کی اپنی زبان میں، قدم بہ قدم سکھاتا ہے کہ اسمارٹ فون اور کمپیوٹر کیسے چلائیں، انٹرنیٹ پر چیزیں کیسے ڈھونڈیں، سرکاری خدمات آن لائن کیسے حاصل کریں، ڈیجیٹل ادائیگی کیسے کریں اور محفوظ کیسے رہیں۔
home-topic-devices = اسمارٹ فون اور کمپیوٹر چلانا
home-topic-internet = انٹرنیٹ پر معلومات ڈھونڈنا اور لوگوں سے بات کرنا
home-topic-services = آن لائن سرکاری خدمات، آدھار اور DigiLocker
home-topic-payments = UPI سے محفوظ ڈیجیٹل ادائیگی
home-topic-safety = آن لائن دھوکے سے بچنا
home-start = سیکھنا شروع کریں — یہ مفت ہے
home-have-account = میرا اکاؤنٹ پہلے سے ہے
home-continue = سیکھنا جاری رکھیں
home-audience = طلبہ، سرکاری افسران، سیلف ہیلپ گروپ کے ممبران اور جموں و کشمیر کے سبھی 20 اضلاع کے ہر فرد کے لیے۔

## Forms
form-choose = چنیں…
field-login = لاگ ان نام یا موبائل نمبر
field-login-hint = مثلاً shazia.bhat یا 9419012345۔ ای میل کی ضرورت نہیں۔
field-display-name = آپ کا نام
field-password = پاس ورڈ
field-password-confirm = پاس ورڈ دوبارہ لکھیں
field-current-password = موجودہ پاس ورڈ
field-new-password = نیا پاس ورڈ
field-initial-password = پہلا پاس ورڈ (وہ شخص لاگ ان کے بعد اسے بدلے گا)
field-group = آپ کون ہیں
field-gender = جنس
field-district = ضلع
field-language = پسندیدہ زبان
field-role = کردار
password-show = دکھائیں
password-hide = چھپائیں
password-rules = کم از کم 8 حروف۔ چھوٹے اور مشکل پاس ورڈ سے بہتر ہیں چند ایسے الفاظ جو آپ کو یاد رہیں۔

## Groups, genders, roles
group-government-official = سرکاری افسر
group-student = طالب علم
group-shg-member = سیلف ہیلپ گروپ (SHG) ممبر
group-other = دیگر
gender-female = خاتون
gender-male = مرد
gender-other = دیگر
gender-unstated = نہیں بتانا چاہتے
role-learner = سیکھنے والے
role-trainer = ٹرینر
role-official = افسر
role-admin = ایڈمن

## Registration
register-title = اپنا اکاؤنٹ بنائیں
register-intro = آپ کے اکاؤنٹ میں آپ کی پیش رفت اور آپ کے سرٹیفکیٹ محفوظ رہتے ہیں۔
register-submit = اکاؤنٹ بنائیں
register-have-account = کیا آپ کا اکاؤنٹ پہلے سے ہے؟
register-welcome = سبق میں خوش آمدید! آپ کا اکاؤنٹ تیار ہے۔
register-error-login-format = 3 سے 32 تک انگریزی حروف (a–z)، ہندسے، نقطہ (.)، ڈیش (-) یا انڈرسکور (_) لکھیں، پہلا حرف a–z ہو — یا 10 ہندسوں کا موبائل نمبر لکھیں۔
register-error-login-taken = یہ لاگ ان نام یا موبائل نمبر پہلے سے رجسٹر ہے۔ کوئی دوسرا چنیں، یا لاگ ان کریں۔
register-error-name-required = براہ کرم اپنا نام لکھیں۔
register-error-name-too-long = نام زیادہ سے زیادہ 80 حروف کا ہو سکتا ہے۔
register-error-name-invalid = آپ کے نام میں کچھ ایسے حروف ہیں جن کی اجازت نہیں۔
register-error-choose = براہ کرم کوئی ایک آپشن چنیں۔
register-error-district = براہ کرم فہرست میں سے اپنا ضلع چنیں۔
register-error-signed-in = آپ پہلے سے لاگ ان ہیں۔

## Passwords
password-error-too-short = پاس ورڈ میں کم از کم 8 حروف ہونے چاہئیں۔
password-error-too-long = پاس ورڈ میں زیادہ سے زیادہ 128 حروف ہو سکتے ہیں۔
password-error-too-common = اس پاس ورڈ کا اندازہ لگانا بہت آسان ہے۔ چند ایسے الفاظ آزمائیں جو آپ کو یاد رہیں۔
password-error-contains-login = پاس ورڈ میں آپ کا لاگ ان نام نہیں ہونا چاہیے۔
password-error-mismatch = دونوں پاس ورڈ ایک جیسے نہیں ہیں۔
password-error-current-wrong = موجودہ پاس ورڈ درست نہیں ہے۔
password-title = پاس ورڈ بدلیں
password-submit = پاس ورڈ بدلیں
password-changed = آپ کا پاس ورڈ بدل دیا گیا ہے۔ باقی سب جگہوں سے آپ کو لاگ آؤٹ کر دیا گیا ہے۔
password-must-change = ایڈمن نے آپ کو ایک بار استعمال ہونے والا پاس ورڈ دیا ہے۔ براہ کرم ابھی اپنا پاس ورڈ چنیں۔

## Sign in
login-title = لاگ ان کریں
login-submit = لاگ ان کریں
login-no-account = سبق پر نئے ہیں؟
login-error-invalid = لاگ ان نام یا پاس ورڈ درست نہیں ہے۔
login-error-throttled = بہت زیادہ ناکام کوششیں ہوئیں۔ براہ کرم { $minutes } منٹ بعد دوبارہ کوشش کریں۔
login-error-disabled = یہ اکاؤنٹ بند کر دیا گیا ہے۔ براہ کرم اپنے ٹرینر یا ایڈمن سے رابطہ کریں۔

## Dashboard
dashboard-title = میری پڑھائی
dashboard-greeting = خوش آمدید،
dashboard-role = اکاؤنٹ
dashboard-learner-next = کورس جلد آ رہے ہیں۔ آپ کی پیش رفت یہاں نظر آئے گی۔
dashboard-staff-next = آپ کے کردار کے لیے ٹولز جلد آ رہے ہیں۔
dashboard-admin-next = آپ "اسٹاف اکاؤنٹس" میں جا کر ٹرینر اور افسر کے اکاؤنٹ بنا سکتے ہیں۔

## Administration
admin-title = اسٹاف اکاؤنٹس
admin-create-heading = ٹرینر یا افسر کا اکاؤنٹ بنائیں
admin-create-submit = اکاؤنٹ بنائیں
admin-created = اکاؤنٹ بن گیا ہے۔
admin-list-heading = موجودہ اسٹاف اکاؤنٹس
admin-nav-label = انتظام
admin-accounts-title = تمام اکاؤنٹس
admin-audit-title = آڈٹ لاگ
admin-search-label = لاگ ان یا نام سے تلاش کریں
admin-search-submit = تلاش کریں
admin-accounts-none = کوئی اکاؤنٹ نہیں ملا۔
admin-column-name = نام
admin-status = حالت
admin-status-active = فعال
admin-status-disabled = بند
admin-actions = کارروائی
admin-disable = بند کریں
admin-enable = دوبارہ فعال کریں
admin-reset-password = ایک بار کا پاس ورڈ دیں
admin-account-disabled = اکاؤنٹ بند کر دیا گیا ہے اور ہر جگہ سے لاگ آؤٹ کر دیا گیا ہے۔
admin-account-enabled = اکاؤنٹ دوبارہ فعال کر دیا گیا ہے۔
admin-password-set = ایک بار کا پاس ورڈ مقرر کر دیا گیا ہے۔ اکاؤنٹ کو ہر جگہ سے لاگ آؤٹ کر دیا گیا ہے۔
admin-password-issued-heading = نیا ایک بار کا پاس ورڈ
admin-password-issued-label = ایک بار کا پاس ورڈ
admin-password-issued-hint = یہ پاس ورڈ اکاؤنٹ والے کو خود مل کر یا فون پر بتائیں۔ یہ صرف اسی بار دکھایا جائے گا۔ لاگ ان کرتے وقت انہیں اپنا پاس ورڈ چننا ہوگا۔
admin-error-self = آپ اپنے ہی اکاؤنٹ کے ساتھ ایسا نہیں کر سکتے۔
admin-error-not-staff = ایک بار کے پاس ورڈ صرف ٹرینر، افسر اور ایڈمن کے اکاؤنٹس کے لیے ہیں۔
admin-pages-label = صفحات
admin-page-previous = پچھلا صفحہ
admin-page-next = اگلا صفحہ
admin-page-number = صفحہ { $page }
admin-audit-when = کب
admin-audit-who = کس نے کیا
admin-audit-action = کارروائی
admin-audit-whom = اکاؤنٹ
admin-audit-none = ابھی تک کچھ درج نہیں ہوا۔
admin-action-disable = اکاؤنٹ بند کیا
admin-action-enable = اکاؤنٹ دوبارہ فعال کیا
admin-action-reset-password = ایک بار کا پاس ورڈ دیا

## Errors
error-unauthenticated = براہ کرم پہلے لاگ ان کریں۔
error-forbidden-title = اجازت نہیں
error-forbidden = آپ کو یہ کرنے کی اجازت نہیں ہے۔
error-cross-origin = یہ درخواست کسی دوسری ویب سائٹ سے آئی تھی، اس لیے رد کر دی گئی۔
error-not-found-title = صفحہ نہیں ملا
error-not-found = ہمیں یہ صفحہ نہیں ملا۔
error-internal = ہماری طرف کچھ خرابی ہو گئی۔ براہ کرم دوبارہ کوشش کریں۔
error-bad-request = فارم پڑھا نہیں جا سکا۔ براہ کرم دوبارہ کوشش کریں۔
error-busy = اس وقت بہت سے لوگ سائن اِن کر رہے ہیں۔ براہ کرم تھوڑا رُک کر دوبارہ کوشش کریں۔
error-too-large = فارم بھیجنے کے لیے بہت بڑا ہے۔ براہ کرم اسے مختصر کر کے دوبارہ کوشش کریں۔
error-unsupported-form = یہ صفحہ صرف سبق سے بھیجے گئے فارم قبول کرتا ہے۔ براہ کرم واپس جا کر فارم استعمال کریں۔
error-page-title = یہ نہیں ہو سکا
error-page-back = فارم پر واپس جائیں
error-quiz-no-answer = جانچنے سے پہلے اس سوال کا جواب چنیں۔

## Courses
nav-courses = کورس
catalogue-title = کورس
catalogue-all = سب
catalogue-filter = کس کے لیے کورس دکھائیں
catalogue-lessons = { $count } اسباق
catalogue-progress = { $percent }% مکمل
content-fallback = ابھی ترجمہ نہیں ہوا: { $language } میں دکھایا گیا ہے۔
course-continue = جہاں چھوڑا تھا، وہیں سے آگے بڑھیں
course-sign-in-to-save = اسباق کوئی بھی پڑھ سکتا ہے۔ اپنی پیش رفت محفوظ رکھنے، کوئز دینے اور سرٹیفکیٹ حاصل کرنے کے لیے لاگ ان کریں۔
course-practice-quiz = پریکٹس کوئز
course-final-heading = آخری امتحان
course-final-text = سرٹیفکیٹ حاصل کرنے کے لیے { $pass }% یا اس سے زیادہ نمبر لائیں۔
course-final-start = آخری امتحان دیں
course-certificate = اپنا سرٹیفکیٹ دیکھیں
lesson-done = مکمل
lesson-complete = مکمل ہو گیا، آگے بڑھیں
lesson-sign-in-hint = تاکہ آپ کی پیش رفت محفوظ رہے۔
lesson-pager = پچھلا اور اگلا سبق
lesson-listen = یہ سبق سنیں
read-aloud = پڑھ کر سنائیں
read-aloud-stop = پڑھنا روکیں

## Quizzes
quiz-practice-title = پریکٹس کوئز
quiz-final-title = آخری امتحان
quiz-sign-in = کوئز دینے کے لیے براہ کرم لاگ ان کریں۔ آپ کے جواب اور نتیجے آپ کے اکاؤنٹ میں محفوظ رہتے ہیں۔
quiz-question-number = { $count } میں سے سوال { $number }
quiz-hint-multiple = جتنے بھی صحیح جواب ہیں، سب چنیں۔
quiz-hint-order = قدموں کو صحیح ترتیب میں لگائیں: پہلے پہلا قدم چنیں، پھر دوسرا، اور اسی طرح آگے۔
quiz-submit = جواب بھیجیں
quiz-true = صحیح
quiz-false = غلط
quiz-best = بہترین: { $total } میں سے { $correct }
quiz-result-title = آپ کا نتیجہ
quiz-score = { $total } میں سے { $correct } صحیح ({ $percent }%)
quiz-passed = شاباش — آپ پاس ہو گئے!
quiz-not-passed = پاس ہونے کے لیے { $pass }% چاہیے۔ اسباق دوبارہ پڑھیں اور ایک بار پھر کوشش کریں۔
quiz-your-answer = آپ کا جواب:
quiz-correct = — صحیح
quiz-incorrect = — صحیح نہیں
quiz-right-answer = صحیح جواب:
quiz-try-again = دوبارہ کوشش کریں
quiz-back-to-course = کورس پر واپس جائیں
quiz-check = میرا جواب جانچیں
quiz-check-hint = کسی سوال کا جواب دیں اور ”میرا جواب جانچیں“ دبائیں، فوراً پتا چلے گا کہ وہ صحیح ہے یا نہیں۔ جانچا گیا جواب بدلا نہیں جا سکتا۔ سب سوالوں کے جواب دینے کے بعد اپنے جواب جمع کریں۔
quiz-final-attempts-left = آخری امتحان کسی بھی 24 گھنٹوں میں { $limit } بار دیا جا سکتا ہے؛ ابھی { $left } بار باقی ہے۔ آخر میں آپ کو اپنے نمبر اور دہرانے والے موضوعات دکھائی دیں گے۔
quiz-final-limit-used = آپ پچھلے 24 گھنٹوں میں آخری امتحان { $limit } بار دے چکے ہیں۔
quiz-final-limit-retry = آپ { $date } کو { $time } بجے (بھارتی وقت) کے بعد دوبارہ امتحان دے سکتے ہیں۔ تب تک اسباق دوبارہ پڑھیں اور ماڈیول کے پریکٹس کوئز حل کریں۔
quiz-final-limit-reached = فی الحال آخری امتحان کی آپ کی ساری کوششیں ہو چکی ہیں، اس لیے یہ جواب شمار نہیں کیے گئے۔
quiz-revise-heading = یہ موضوعات دہرائیں

## Certificates
certificate-title = سرٹیفکیٹ
certificate-certifies = تصدیق کی جاتی ہے کہ
certificate-completed = نے کامیابی سے یہ کورس مکمل کیا ہے
certificate-date = تاریخ: { $date }
certificate-code = تصدیقی کوڈ:
certificate-download-pdf = PDF کے طور پر ڈاؤن لوڈ کریں
certificate-print-hint = اس سرٹیفکیٹ کو پرنٹ کرنے یا PDF (A4) میں محفوظ کرنے کے لیے اپنے براؤزر کا پرنٹ بٹن استعمال کریں۔
verify-title = سرٹیفکیٹ کی تصدیق کریں
verify-valid = یہ سرٹیفکیٹ درست ہے۔
verify-name = نام
verify-course = کورس
verify-date = تاریخ
verify-not-found = اس کوڈ کا کوئی سرٹیفکیٹ نہیں ملا۔ کوڈ چیک کریں اور دوبارہ کوشش کریں۔

## Dashboard (courses)
dashboard-courses = میرے کورس
dashboard-certificates = میرے سرٹیفکیٹ
dashboard-browse = کورس دیکھیں
