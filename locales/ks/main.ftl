# سبق — کٲشُر (Kashmiri, Perso-Arabic script). Message ids mirror en/main.ftl exactly.
# A `# needs-review` line above a message means a native Kashmiri speaker should check it.

brand-name = سبق
# needs-review
footer-text = سبق — جموں تہٕ کشمیرکیٚن لُکن خٲطرٕ ڈیجیٹل خواندگی ہِنٛدۍ مُفت سبق۔

## Navigation
# needs-review
nav-label = مین مینیو
# needs-review
nav-menu = مینیو
# needs-review
nav-skip = سیٚدٕ مواد کُن گٔژھِو
# needs-review
nav-home = ہوم
# needs-review
nav-dashboard = میون ہیچھُن
# needs-review
nav-admin = سٹاف اکاؤنٹ
# needs-review
nav-password = پاس ورڈ بدلٲوِو
# needs-review
nav-login = لاگ اِن کٔرِو
# needs-review
nav-register = اکاؤنٹ بنٲوِو
nav-logout = لاگ آؤٹ
lang-switcher-label = زبان

## Home
# needs-review
home-title = فون، انٹرنیٹ تہٕ آن لائن خِدمات استعمال کرُن ہیچھِو
# needs-review
home-lead = سبق چھُ تۄہہِ پننِس زبانہِ منٛز قدم بہٕ قدم ہیچھناوان زِ سمارٹ فون تہٕ کمپیوٹر کِتھہٕ کٔنۍ چَلاوُن، انٹرنیٹس پیٚٹھ چیز کِتھہٕ کٔنۍ ژھانڈٕنۍ، سرکٲری خِدمات آن لائن کِتھہٕ کٔنۍ حاصل کرٕنۍ، ڈیجیٹل ادائیگی کِتھہٕ کٔنۍ کرٕنۍ تہٕ محفوظ کِتھہٕ کٔنۍ روزُن۔
# needs-review
home-topic-devices = سمارٹ فون تہٕ کمپیوٹر چَلاوُن
# needs-review
home-topic-internet = انٹرنیٹس پیٚٹھ معلومات ژھانڈٕنۍ تہٕ لُکن سٟتۍ کتھ کرٕنۍ
# needs-review
home-topic-services = آن لائن سرکٲری خِدمات، آدھار تہٕ DigiLocker
# needs-review
home-topic-payments = UPI سٟتۍ محفوظ ڈیجیٹل ادائیگی
# needs-review
home-topic-safety = آن لائن ٹھَگی نِشہِ بچُن
# needs-review
home-start = ہیچھُن کٔرِو شروٗع — یہِ چھُ مُفت
# needs-review
home-have-account = میون اکاؤنٹ چھُ گۄڈے بنیومُت
# needs-review
home-continue = ہیچھُن تھٲوِو جٲری
# needs-review
home-audience = طالب علمن، سرکٲری افسرن، سیلف ہیلپ گروپ ممبرن تہٕ جموں تہٕ کشمیرکیٚن سارنی 20 ضلعن ہٕندِس پرٛتھ کٲنٛسہِ خٲطرٕ۔

## Forms
# needs-review
form-choose = ژٲرِو…
# needs-review
field-login = لاگ اِن ناو یا موبائل نمبر
# needs-review
field-login-hint = مثلاً shazia.bhat یا 9419012345۔ ای میلٕچ ضرورت چھےٚ نہٕ۔
# needs-review
field-display-name = تُہُنٛد ناو
field-password = پاس ورڈ
# needs-review
field-password-confirm = پاس ورڈ لیٚکھِو دوبارٕ
# needs-review
field-current-password = موجودٕ پاس ورڈ
# needs-review
field-new-password = نۆو پاس ورڈ
# needs-review
field-initial-password = گۄڈنیُک پاس ورڈ (سُہ شخص بدلاوِ یہِ لاگ اِن کرنہٕ پتہٕ)
# needs-review
field-group = توٚہۍ کُس چھِو
# needs-review
field-gender = جِنس
# needs-review
field-district = ضلعہٕ
# needs-review
field-language = پسندیدٕ زبان
# needs-review
field-role = کِردار
# needs-review
password-show = ہٲوِو
# needs-review
password-hide = کھٹٲوِو
# needs-review
password-rules = کم از کم 8 حروف۔ لوکٕٹ تہٕ مُشکل پاس ورڈٕ کھوتہٕ چھِ یاد روزن وٲلۍ کینٛہہ لفظ بہتر۔

## Groups, genders, roles
# needs-review
group-government-official = سرکٲری افسر
# needs-review
group-student = طالب علم
# needs-review
group-shg-member = سیلف ہیلپ گروپ (SHG) ممبر
# needs-review
group-other = بیٛاکھ
# needs-review
gender-female = زنانہٕ
# needs-review
gender-male = مرد
# needs-review
gender-other = بیٛاکھ
# needs-review
gender-unstated = ونُن نہٕ یژھان
# needs-review
role-learner = ہیچھن وول
role-trainer = ٹرینر
# needs-review
role-official = افسر
role-admin = ایڈمن

## Registration
# needs-review
register-title = پنُن اکاؤنٹ بنٲوِو
# needs-review
register-intro = تُہٕنٛدِس اکاؤنٹس منٛز روزِ تُہٕنٛز پیش رفت تہٕ تُہٕنٛدۍ سرٹیفکیٹ محفوظ۔
# needs-review
register-submit = اکاؤنٹ بنٲوِو
# needs-review
register-have-account = تُہُنٛد اکاؤنٹ چھا گۄڈے بنیومُت؟
# needs-review
register-welcome = سبقس منٛز خوش آمدید! تُہُنٛد اکاؤنٹ چھُ تیار۔
# needs-review
register-error-login-format = 3 پیٚٹھہٕ 32 تام انگریزی حروف (a–z)، ہِندسہٕ، نُقطہٕ (.)، ڈیش (-) یا انڈرسکور (_) ورتٲوِو، گۄڈنیُک حرف گژھہِ a–z آسُن — یا 10 ہِندسن ہُنٛد موبائل نمبر۔
# needs-review
register-error-login-taken = یہِ لاگ اِن ناو یا موبائل نمبر چھُ گۄڈے رجسٹر۔ بیاکھ ژٲرِو، یا کٔرِو لاگ اِن۔
# needs-review
register-error-name-required = مہربٲنی کٔرِتھ لیٚکھِو پنُن ناو۔
# needs-review
register-error-name-too-long = ناوس منٛز ہیٚکن زیادٕ کھوتہٕ زیادٕ 80 حروف آسِتھ۔
# needs-review
register-error-name-invalid = تُہٕنٛدِس ناوس منٛز چھِ کینٛہہ تِم حروف یِہندِ اجازت چھےٚ نہٕ۔
# needs-review
register-error-choose = مہربٲنی کٔرِتھ اکھ آپشن ژٲرِو۔
# needs-review
register-error-district = مہربٲنی کٔرِتھ لسٹہِ منٛزٕ ژٲرِو پنُن ضلعہٕ۔
# needs-review
register-error-signed-in = توٚہۍ چھِو گۄڈے لاگ اِن۔

## Passwords
# needs-review
password-error-too-short = پاس ورڈس منٛز گژھن کم از کم 8 حروف آسنۍ۔
# needs-review
password-error-too-long = پاس ورڈس منٛز ہیٚکن زیادٕ کھوتہٕ زیادٕ 128 حروف آسِتھ۔
# needs-review
password-error-too-common = یہِ پاس ورڈ چھُ واریاہ آسان، کانٛہہ تہِ ہیٚکہِ اَتھ اندازٕ کٔرِتھ۔ یاد روزن وٲلۍ کینٛہہ لفظ آزمٲوِو۔
# needs-review
password-error-contains-login = پاس ورڈس منٛز گژھہِ نہٕ تُہُنٛد لاگ اِن ناو آسُن۔
# needs-review
password-error-mismatch = دۄشوَے پاس ورڈ چھِ نہٕ اکٕے ہیٚو۔
# needs-review
password-error-current-wrong = موجودٕ پاس ورڈ چھُ نہٕ ٹھیک۔
# needs-review
password-title = پاس ورڈ بدلٲوِو
# needs-review
password-submit = پاس ورڈ بدلٲوِو
# needs-review
password-changed = تُہُنٛد پاس ورڈ آو بدلاونہٕ۔ باقی سارنی جاین پیٚٹھ آیِو توٚہۍ لاگ آؤٹ کرنہٕ۔
# needs-review
password-must-change = ایڈمنن چھُ تۄہہِ اکہِ لٹہِ ہُنٛد پاس ورڈ دیُتمُت۔ مہربٲنی کٔرِتھ ژٲرِو وۄنۍ پنُن پاس ورڈ۔

## Sign in
# needs-review
login-title = لاگ اِن کٔرِو
# needs-review
login-submit = لاگ اِن کٔرِو
# needs-review
login-no-account = سبقس پیٚٹھ نٔوۍ چھِوا؟
# needs-review
login-error-invalid = لاگ اِن ناو یا پاس ورڈ چھُ نہٕ ٹھیک۔
# needs-review
login-error-throttled = واریاہ ناکام کوششہٕ۔ مہربٲنی کٔرِتھ کٔرِو { $minutes } مِنٹن پتہٕ دوبارٕ کوشش۔
# needs-review
login-error-disabled = یہِ اکاؤنٹ آو بند کرنہٕ۔ مہربٲنی کٔرِتھ کٔرِو پننِس ٹرینرس یا ایڈمنس سٕتۍ رابطہٕ۔

## Dashboard
# needs-review
dashboard-title = میون ہیچھُن
# needs-review
dashboard-greeting = خوش آمدید،
# needs-review
dashboard-role = اکاؤنٹ
# needs-review
dashboard-learner-next = کورس چھِ جلدٕے یِوان۔ تُہٕنٛز پیش رفت یِیہِ یتہِ نظرِ۔
# needs-review
dashboard-admin-next = توٚہۍ ہیٚکِو "سٹاف اکاؤنٹ" منٛز ٹرینر تہٕ افسرن ہٕنٛدۍ اکاؤنٹ بنٲوِتھ۔

## Administration
# needs-review
admin-title = سٹاف اکاؤنٹ
# needs-review
admin-create-heading = ٹرینر یا افسرٕ سُنٛد اکاؤنٹ بنٲوِو
# needs-review
admin-create-submit = اکاؤنٹ بنٲوِو
# needs-review
admin-created = اکاؤنٹ آو بناونہٕ۔
# needs-review
admin-list-heading = موجودٕ سٹاف اکاؤنٹ
# needs-review
admin-nav-label = انتظام
# needs-review
admin-accounts-title = سٲری اکاؤنٹ
# needs-review
admin-audit-title = آڈٹ لاگ
# needs-review
admin-search-label = لاگ اِن یا ناوٕ سٕتۍ ژھانٛڈِو
# needs-review
admin-search-submit = ژھانٛڈِو
# needs-review
admin-accounts-none = کانٛہہ اکاؤنٹ میوٗل نہٕ۔
# needs-review
admin-column-name = ناو
# needs-review
admin-status = حالت
# needs-review
admin-status-active = چالو
# needs-review
admin-status-disabled = بند
# needs-review
admin-actions = کارروائی
# needs-review
admin-disable = بند کٔرِو
# needs-review
admin-enable = دوبارٕ چالو کٔرِو
# needs-review
admin-reset-password = اکہِ لٹہِ ہُنٛد پاس ورڈ دِیِو
# needs-review
admin-account-disabled = اکاؤنٹ آو بند کرنہٕ تہٕ پرٛتھ جایہِ پیٚٹھ آو لاگ آؤٹ کرنہٕ۔
# needs-review
admin-account-enabled = اکاؤنٹ آو دوبارٕ چالو کرنہٕ۔
# needs-review
admin-password-set = اکہِ لٹہِ ہُنٛد پاس ورڈ آو مقرر کرنہٕ۔ اکاؤنٹ آو پرٛتھ جایہِ پیٚٹھ لاگ آؤٹ کرنہٕ۔
# needs-review
admin-password-issued-heading = نوٚو اکہِ لٹہِ ہُنٛد پاس ورڈ
# needs-review
admin-password-issued-label = اکہِ لٹہِ ہُنٛد پاس ورڈ
# needs-review
admin-password-issued-hint = یہِ پاس ورڈ دِیِو اکاؤنٹ وٲلِس پانہٕ مِلِتھ یا فونس پیٹھ۔ یہِ ہاونہٕ یِیہِ بس یٮ۪ہ لٹہِ۔ لاگ اِن کرنہٕ وِزِ پزِ تِمن پنُن پاس ورڈ ژٲرُن۔
# needs-review
admin-error-self = توٚہۍ ہیٚکِو نہٕ پننِس اکاؤنٹس سٕتۍ یہِ کٔرِتھ۔
# needs-review
admin-error-not-staff = اکہِ لٹہِ ہٕنٛدۍ پاس ورڈ چھِ صرف ٹرینر، افسر تہٕ ایڈمن اکاؤنٹن خٲطرٕ۔
# needs-review
admin-pages-label = صفحہٕ
# needs-review
admin-page-previous = گۄڈنیُک صفحہٕ
# needs-review
admin-page-next = بییُک صفحہٕ
# needs-review
admin-page-number = صفحہٕ { $page }
# needs-review
admin-audit-when = کر
# needs-review
admin-audit-who = کٔمۍ کوٚر
# needs-review
admin-audit-action = کارروائی
# needs-review
admin-audit-whom = اکاؤنٹ
# needs-review
admin-audit-none = وۄنۍ تام چھُ نہٕ کینٛہہ درج گوٚمُت۔
# needs-review
admin-action-disable = اکاؤنٹ کوٚر بند
# needs-review
admin-action-enable = اکاؤنٹ کوٚر دوبارٕ چالو
# needs-review
admin-action-reset-password = اکہِ لٹہِ ہُنٛد پاس ورڈ دیُت

## Errors
# needs-review
error-unauthenticated = مہربٲنی کٔرِتھ کٔرِو گۄڈٕ لاگ اِن۔
# needs-review
error-forbidden-title = اجازت چھےٚ نہٕ
# needs-review
error-forbidden = تۄہہِ چھےٚ نہٕ یہِ کرنٕچ اجازت۔
# needs-review
error-cross-origin = یہِ درخواست آیہِ بیٚیہِ ویب سائٹہِ پیٚٹھٕ، اَمہِ موجوب آیہِ یہِ نامنظور کرنہٕ۔
# needs-review
error-not-found-title = صفحہٕ آو نہٕ لبنہٕ
# needs-review
error-not-found = اَسہِ لوٚب نہٕ یہِ صفحہٕ۔
# needs-review
error-internal = سانہِ طرفہٕ گوٚو کینٛہہ غلط۔ مہربٲنی کٔرِتھ کٔرِو دوبارٕ کوشش۔
# needs-review
error-bad-request = فارم آو نہٕ پرنہٕ۔ مہربٲنی کٔرِتھ کٔرِو دوبارٕ کوشش۔
# needs-review
error-busy = یِمہِ وقتہٕ چھِ واریاہ لُکھ سائن اِن کران۔ مہربٲنی کٔرِتھ کٔرِو تھوڑ انتظار تہٕ دوبارٕ کوشش۔
# needs-review
error-unavailable = سبق ہیٚکہِ نہٕ وۄنۍ پننِس ڈیٹابیسس تام واتِتھ۔ تُہُنٛد محفوظ کوٚرمُت کینٛہہ چھُ نہٕ ضایع گوٚمُت: مہربٲنی کٔرِتھ کٔرِو اکھ منٹ پتہٕ دوبارٕ کوشش۔
# needs-review
error-try-again = دوبارٕ کٔرِو کوشش
# needs-review
error-too-large = فارم چھُ سوزنہٕ خٲطرٕ واریاہ بوڑ۔ مہربٲنی کٔرِتھ کٔرِو لوکُٹ تہٕ دوبارٕ کوشش۔
# needs-review
error-unsupported-form = یہ صفحہٕ چھُ صرف سبقہٕ پیٹھٕ سوزنہٕ آمت فارم قبول کران۔ مہربٲنی کٔرِتھ گٔژھِو واپس تہٕ ورتٲوِو فارم۔
# needs-review
error-page-title = یہ گوٚو نہٕ
# needs-review
error-page-back = فارمس پیٹھ واپس گٔژھِو
# needs-review
error-quiz-no-answer = پرکھنہٕ برونٛہہ ژارِو یَمہِ سوالُک جواب۔

## Courses
# needs-review
nav-courses = کورس
# needs-review
catalogue-title = کورس
# needs-review
catalogue-all = سٲری
# needs-review
catalogue-filter = کَمِس خٲطرٕ کورس ہٲوِو
# needs-review
catalogue-lessons = { $count } سبق
# needs-review
catalogue-progress = { $percent }% مُکمل
# needs-review
content-fallback = وُنی چھُ نہٕ ترجمہٕ گوٚمُت: { $language } منٛز چھُ ہاونہٕ آمُت۔
# needs-review
course-continue = یتہِ ترٛوو، تتہِ پیٚٹھہٕ تھٲوِو جٲری
# needs-review
course-start = کورس شروٗع کٔرِو
# needs-review
course-completed = مکمل
# needs-review
course-open = کورس کھولِو
# needs-review
course-sign-in-to-save = سبق ہیٚکہِ پرٛتھ کانٛہہ پٔرِتھ۔ پنٕنۍ پیش رفت محفوظ تھاونہٕ، کوئز دِنہٕ تہٕ سرٹیفکیٹ حاصل کرنہٕ خٲطرٕ کٔرِو لاگ اِن۔
# needs-review
course-practice-quiz = پریکٹس کوئز
# needs-review
course-final-heading = آخری امتحان
# needs-review
course-final-text = سرٹیفکیٹ حاصل کرنہٕ خٲطرٕ اَنِو { $pass }% یا اَمہِ کھوتہٕ زیادٕ نمبر۔
# needs-review
course-final-start = آخری امتحان دِیِو
# needs-review
course-certificate = پنُن سرٹیفکیٹ وُچھِو
# needs-review
lesson-done = مُکمل
# needs-review
lesson-complete = مُکمل گوٚو، برونٛہہ پٔکِو
# needs-review
lesson-sign-in-hint = تاکہ تُہٕنٛز پیش رفت روزِ محفوظ۔
# needs-review
lesson-pager = پٔتِم تہٕ یِنہٕ وول سبق
# needs-review
lesson-listen = یہ سبق بوزِو
# needs-review
read-aloud = پٔرِتھ بوزنٲوِو
# needs-review
read-aloud-stop = پرُن بند کٔرِو

## Quizzes
# needs-review
quiz-practice-title = پریکٹس کوئز
# needs-review
quiz-final-title = آخری امتحان
# needs-review
quiz-sign-in = کوئز دِنہٕ خٲطرٕ کٔرِو مہربٲنی کٔرِتھ لاگ اِن۔ تُہٕنٛدۍ جواب تہٕ نتیجہٕ روزن تُہٕنٛدِس اکاؤنٹس منٛز محفوظ۔
# needs-review
quiz-question-number = { $count } منٛزٕ سوال { $number }
# needs-review
quiz-hint-multiple = یِمہٕ تہِ جواب ٹھیک چھِ، تِم سٲری ژٲرِو۔
# needs-review
quiz-hint-order = قدم تھٲوِو ٹھیک ترتیبہِ منٛز: گۄڈٕ ژٲرِو گۄڈنیُک قدم، پتہٕ دوٚیِم، تہٕ یِتھَے پٲٹھۍ برونٛہہ۔
# needs-review
quiz-submit = جواب سوزِو
# needs-review
quiz-true = صحیح
# needs-review
quiz-false = غلط
# needs-review
quiz-best = بہترین: { $total } منٛزٕ { $correct }
# needs-review
quiz-result-title = تُہُنٛد نتیجہٕ
# needs-review
quiz-score = { $total } منٛزٕ { $correct } ٹھیک ({ $percent }%)
# needs-review
quiz-passed = شاباش — توٚہۍ گٔیِو پاس!
# needs-review
quiz-not-passed = پاس گژھنہٕ خٲطرٕ چھُ { $pass }% ضروری۔ سبق پٔرِو دوبارٕ تہٕ کٔرِو بیٚیہِ اکہِ لٹہِ کوشش۔
# needs-review
quiz-your-answer = تُہُنٛد جواب:
# needs-review
quiz-correct = — ٹھیک
# needs-review
quiz-incorrect = — ٹھیک نہٕ
# needs-review
quiz-right-answer = ٹھیک جواب:
# needs-review
quiz-try-again = دوبارٕ کوشش کٔرِو
# needs-review
quiz-back-to-course = کورسس کُن واپس گٔژھِو
# needs-review
quiz-check = میون جواب پرکھِو
# needs-review
quiz-check-hint = کانٛہہ سوالُک جواب دِیِو تہٕ ”میون جواب پرکھِو“ دبٲوِو، تُہِ لگِو فوراً پتہٕ زِ سُہ چھا ٹھیک کِنہٕ نہٕ۔ پرکھنہٕ آمُت جواب ہیٚکہِ نہٕ بدلٲوِتھ۔ سارِنٕی سوالن ہٕنٛدۍ جواب دِنہٕ پتہٕ سوزِو پنٕنۍ جواب۔
# needs-review
quiz-final-attempts-left = آخری امتحان ہیٚکِو کانٛہہ تہِ 24 گٲنٛٹن منٛز { $limit } لٹہِ دِتھ؛ وۄنۍ چھےٚ { $left } لٹہِ باقی۔ آخرس پیٚٹھ وُچھِو پنٕنۍ نمبر تہٕ دوہراونۍ وٲلۍ موضوع۔
# needs-review
quiz-final-limit-used = تۄہیہِ چھُ پٔتِمَن 24 گٲنٛٹن منٛز آخری امتحان { $limit } لٹہِ دِیُتمُت۔
# needs-review
quiz-final-limit-retry = تۄہیہِ ہیٚکِو { $date } تاریخ { $time } بجہِ (ہِندوستٲنی وقت) پتہٕ دوبارٕ امتحان دِتھ۔ تیٚلہِ تام پٔرِو سبق دوبارٕ تہٕ کٔرِو ماڈیولن ہٕنٛدۍ پریکٹس کوئز۔
# needs-review
quiz-screen-questions = سوال { $from }–{ $to }، کُل { $count }
# needs-review
quiz-answered = جواب دِتۍ: { $count } منزٕ { $answered }
# needs-review
quiz-next = بییٚن سوال
# needs-review
quiz-back = گۄڈنیُک سوال
# needs-review
quiz-save = میٲنؠ جواب محفوظ کٔرِو
# needs-review
quiz-saved = تُہٕندۍ جواب چھِ محفوظ۔ تۄہؠ ہیٚکِو پَتہٕ یِتھ یَتھۍ یا بیٚیہِ آلس پؠٹھ مُکمل کٔرِتھ۔
# needs-review
quiz-unanswered = { $count ->
    [one] اَکِس سوالس چھُ نہٕ وُنۍ جواب دِتھ۔ بغیر جوابٕچ سوال چھُ غلط گَنزرنہٕ یِوان۔
   *[other] { $count } سوالن چھُ نہٕ وُنۍ جواب دِتھ۔ بغیر جوابٕچ سوال چھُ غلط گَنزرنہٕ یِوان۔
}
# needs-review
quiz-go-to-question = سوال { $number }
# needs-review
quiz-final-limit-reached = وۄنۍ کِس خٲطرٕ چھےٚ آخری امتحانٕچ ساری کوششہٕ پوٗرٕ گامٕژ، تَوے آیہِ نہٕ یِم جواب گنزرنہٕ۔
# needs-review
quiz-revise-heading = یِم موضوع دوہرٲوِو

## Certificates
# needs-review
certificate-title = سرٹیفکیٹ
# needs-review
certificate-certifies = یہِ چھُ تصدیق کرنہٕ یِوان زِ
# needs-review
certificate-completed = یِمو کوٚر کامیٲبی سان یہِ کورس مُکمل
# needs-review
certificate-date = تٲریخ: { $date }
# needs-review
certificate-code = تصدیقی کوڈ:
# needs-review
certificate-download-pdf = PDF ہِنٛدِ رۄپہٕ ڈاوٗن لوڈ کٔرِو
# needs-review
certificate-print-hint = یہِ محفوظ تھاونہٕ یا بیٚیَن سوزنہٕ خٲطرٕ کٔرِو PDF ڈاوٗن لوڈ۔ کمپیوٗٹرس پؠٹھ ہیٚکِو تۄہؠ یہِ صفحہٕ (A4) پرنٹ تہِ کٔرِتھ۔
# needs-review
verify-title = سرٹیفکیٹ تصدیق کٔرِو
# needs-review
verify-valid = یہِ سرٹیفکیٹ چھُ صحیح۔
# needs-review
verify-name = ناو
# needs-review
verify-course = کورس
# needs-review
verify-date = تٲریخ
# needs-review
verify-not-found = یَتھ کوڈس سٟتۍ آو نہٕ کانٛہہ سرٹیفکیٹ لبنہٕ۔ کوڈ وُچھِو تہٕ کٔرِو دوبارٕ کوشش۔
# needs-review
verify-intro = سرٹیفکیٹ اصلی چھا یا نہ، یہ وُچھنہٕ خٲطرٕ لیکھِو تتھ پؠٹھ چھپیومُت کوڈ۔
# needs-review
verify-code-label = سرٹیفکیٹُک کوڈ
# needs-review
verify-submit = وُچھِو

## Dashboard (courses)
# needs-review
dashboard-courses = میٲنۍ کورس
# needs-review
dashboard-certificates = میٲنۍ سرٹیفکیٹ
# needs-review
dashboard-browse = کورس وُچھِو

## cohorts (lead)
# needs-review
nav-cohorts = بیچ
# needs-review
admin-column-actions = کارروائی
# needs-review
admin-field-home-district = پنُن ضلعہٕ (ٹرینرن خٲطرٕ)
# needs-review
admin-district-none = — کانٛہہ نہٕ —
# needs-review
cohorts-title = میٲنۍ بیچ
# needs-review
cohorts-none = وۄنۍ تام چھُ نہٕ کانٛہہ بیچ۔ بۄنہٕ کِس فارمہٕ سٟتۍ کٔرِو اکھ بیچ شروٗع۔
# needs-review
cohort-kind-shg = سیلف ہیلپ گروپ
# needs-review
cohort-kind-department = سرکٲری محکمہٕ
# needs-review
cohort-kind-class = سکوٗل یا کالجٕچ جماعت
# needs-review
cohort-kind-other = بیٛاکھ
# needs-review
cohort-create-heading = نۆو بیچ کٔرِو شروٗع
# needs-review
cohort-field-name = بیچُک ناو
# needs-review
cohort-field-kind = گروپٕچ قسم
# needs-review
cohort-field-schedule = شیڈولٕکۍ نوٹ (اختیٲری)
# needs-review
cohort-field-group = گروپ
# needs-review
cohort-create-submit = بیچ بنٲوِو
# needs-review
cohort-created = بیچ آو بناونہٕ۔
# needs-review
cohort-error-name = بیچس دِیِو اکھ ناو (زیادٕ کھوتہٕ زیادٕ 80 حروف)۔
# needs-review
cohort-error-notes = شیڈولٕکۍ نوٹ ہیٚکن زیادٕ کھوتہٕ زیادٕ 500 حروف آسِتھ۔
# needs-review
cohort-error-trainer = یَتھ لاگ اِن ناوس سٟتۍ چھُ نہٕ کانٛہہ ٹرینر۔
# needs-review
cohort-column-learners = ہیچھن وٲلۍ
# needs-review
cohort-column-progress = اوسط پیش رفت
# needs-review
cohort-column-last-activity = آخری سرگرمی
# needs-review
cohort-column-status = حالت
# needs-review
cohort-nav-label = بیچٕکۍ صفحہٕ
# needs-review
cohort-nav-progress = پیش رفت
# needs-review
cohort-nav-assignments = کورس تہٕ آخری تٲریخ
# needs-review
cohort-nav-attendance = حاضری
# needs-review
cohort-nav-upload = لسٹ اَپ لوڈ کٔرِو
# needs-review
cohort-nav-slips = شروٗعاتی کوڈٕچ پَرٕژ پرنٹ کٔرِو
# needs-review
cohort-learners-heading = ہیچھن وٲلۍ
# needs-review
cohort-learner-count = ({ $count })
# needs-review
cohort-no-learners = وۄنۍ تام چھُ نہٕ کانٛہہ ہیچھن وول۔ تِم کٔرِو بۄنہٕ شٲمِل، یا کٔرِو لسٹ اَپ لوڈ۔
# needs-review
cohort-status-pending = وۄنۍ تام چھُ نہٕ لاگ اِن کوٚرمُت
# needs-review
cohort-status-started = لاگ اِن کوٚرمُت
# needs-review
cohort-new-code = نۆو شروٗعاتی کوڈ
# needs-review
cohort-remove = کَڈِو
# needs-review
cohort-learner-added = ہیچھن وول آو بیچس منٛز شٲمِل کرنہٕ۔
# needs-review
cohort-learner-removed = ہیچھن وول آو بیچہٕ منٛزٕ کڈنہٕ۔ تٔمۍ سٕنٛز پیش رفت چھےٚ محفوظ۔
# needs-review
cohort-add-existing-heading = تِتھ ہیچھن وٲلِس کٔرِو شٲمِل یٔمۍ سُنٛد اکاؤنٹ گۄڈے چھُ
# needs-review
cohort-search-label = ناو یا لاگ اِن ناو
# needs-review
cohort-search-none = کانٛہہ ہیچھن وول میوٗل نہٕ۔
# needs-review
cohort-search-more = بییِہ تہِ ہیچھن وٲلۍ چھِ میلان: ناوُک زیادٕ حصہٕ لیٚکھِو۔
# needs-review
cohort-add = شٲمِل کٔرِو
# needs-review
cohort-create-learner-heading = ہیچھن وٲلِس خٲطرٕ اکاؤنٹ بنٲوِو
# needs-review
cohort-create-learner-submit = اکاؤنٹ بنٲوِو
# needs-review
cohort-code-issued = شروٗعاتی کوڈ آو بناونہٕ۔ یہِ دِیِو ہیچھن وٲلِس۔
# needs-review
cohort-code-heading = شروٗعاتی کوڈ
# needs-review
cohort-code-hint = یہِ چھُ صرف وۄنۍ ہاونہٕ یِوان۔ ہیچھن وول کَرِ اَمہِ سٟتۍ اکہِ لٹہِ ”شروٗعاتی کوڈٕ سٟتۍ لاگ اِن کٔرِو“ پیٚٹھ لاگ اِن تہٕ ژٲرِ پنُن پاس ورڈ۔ یہِ چلِ 30 دۄہ۔
# needs-review
cohort-hand-over-heading = یہِ بیچ کٔرِو بیٚیِس ٹرینرس حوالہٕ
# needs-review
cohort-hand-over-label = ٹرینرٕ سُنٛد لاگ اِن ناو
# needs-review
cohort-hand-over-submit = حوالہٕ کٔرِو
# needs-review
cohort-handed-over = وۄنۍ چھُ یہِ بیچ بیٚیِس ٹرینرس سُنٛد۔
# needs-review
login-have-code = تۄہہِ چھا پننِس ٹرینرس نِشہِ شروٗعاتی کوڈ مِلیومُت؟
# needs-review
start-title = شروٗعاتی کوڈٕ سٟتۍ لاگ اِن کٔرِو
# needs-review
start-intro = پنُن لاگ اِن ناو تہٕ پننِس پَرٕژِ پیٚٹھ لیٚکھمُت کوڈ لیٚکھِو، پتہٕ ژٲرِو پانہٕ پنُن پاس ورڈ۔
# needs-review
start-field-code = شروٗعاتی کوڈ
# needs-review
start-submit = پاس ورڈ مقرر کٔرِتھ لاگ اِن کٔرِو
# needs-review
start-done = خوش آمدید! تُہُنٛد پاس ورڈ آو مقرر کرنہٕ۔
# needs-review
start-error-code = یہِ لاگ اِن ناو تہٕ شروٗعاتی کوڈ چھِ نہٕ اکھ أکِس سٟتۍ میلان، یا چھُ کوڈ ورتاونہٕ آمُت یا چھےٚ اَمِچ میعاد ختم گٔمٕژ۔ پننِس ٹرینرس نِشہِ مَنٛگِو نۆو کوڈ۔
# needs-review
admin-learners-title = ہیچھن وٲلۍ
# needs-review
admin-district-all = سٲری ضلعہٕ

## start slips
# needs-review
slips-title = شروٗعاتی کوڈٕچ پَرٕژ
# needs-review
slips-intro = یِمَو ہیچھن والیو چھُ نہٕ وُنی تام پنُن پاس ورڈ ژٲرمُت۔ پرٛتھ اکھ سٕندِ خٲطرٕ کٔرِو اکھ پَرٕژ پرنٹ: تتھ پؠٹھ چھُ تہُنٛد لاگ اِن ناو، شروٗعاتی کوڈ تہٕ اکھ QR کوڈ، یُس لاگ اِن صفحہٕ کھولان چھُ۔
# needs-review
slips-warning = پرنٹ کرنہٕ سٟتۍ میلن ٹِک کرنہٕ آمتین ہیچھن والین نٔوۍ شروٗعاتی کوڈ۔ گۄڈٕ چھاپنہٕ آمژن پَرٕژن ہٕندۍ کوڈ گژھن بند۔
# needs-review
slips-none = یَتھ بیچس منٛز چھِ سٲرۍ ہیچھن وٲلۍ پنُن پاس ورڈ ژٲرِتھ۔ کانٛسہِ چھےٚ نہٕ پَرٕژِ ہنٛز ضرورت۔
# needs-review
slips-column-print = پرنٹ
# needs-review
slips-status-pending = کوڈ چلہِ یَتھ تٲریخہِ تام:
# needs-review
slips-status-expired = کوڈُک وقت گوو ختم: نٔو پَرٕژ چھےٚ ضروٗری
# needs-review
slips-print-chosen = ٹِک کرنہٕ آمتین ہیچھن والین ہٕنزٕ پَرٕژ کٔرِو پرنٹ
# needs-review
slips-print-all = یِمَو وُنی شروع چھُ نہٕ کوٚرمُت، تِمن سارنی ہٕنزٕ پَرٕژ کٔرِو پرنٹ ({ $count })
# needs-review
slips-sheet-title = شروٗعاتی کوڈٕچ پَرٕژ
# needs-review
slips-sheet-ready = نٔوۍ شروٗعاتی کوڈ چھِ تیار: { $count }۔
# needs-review
slips-sheet-print-hint = یہِ صفحہٕ کٔرِو وۄنۍ پرنٹ (Ctrl+P دَبٲوِو، یا براؤزرس کِس مینوٗہس منٛز ژٲرِو پرنٹ)۔ یِم کوڈ چھِ بس یِیَے لٹہٕ باوٕنہٕ یِوان: اگر توٚہۍ یہِ صفحہٕ ترٲوِو، تیٚلہِ کٔرِو نٔوۍ پَرٕژ پرنٹ۔
# needs-review
slips-slip-steps = QR کوڈ کٔرِو سکین یا کھولِو پؠٹھ لیوکھمُت پتہٕ۔ پنُن شروٗعاتی کوڈ لیٚکھِو تہٕ پنُن پاس ورڈ ژٲرِو۔ یہِ کوڈ چلہِ بس اکہِ لٹہٕ، { $date } تام۔
# needs-review
slips-error-chosen = ٹِک کرنہٕ آمُت کانٛہہ ہیچھن وول چھُ نہٕ وۄنۍ یَتھ بیچس منٛز، یا چھُ پنُن پاس ورڈ ژٲرِتھ۔ کینٛہہ تہِ آو نہٕ پرنٹ کرنہٕ؛ یہِ چھےٚ وۄنِچ لسٹ۔
# needs-review
slips-error-none = کم از کم اکھ ہیچھن وول کٔرِو ٹِک۔

## Assignments and attendance
# needs-review
assign-title = دِنہٕ آمٕتۍ کورس
# needs-review
assign-none = یَتھ بیچس چھُ نہٕ وۄنۍ تام کانٛہہ کورس دِنہٕ آمُت۔
# needs-review
assign-column-course = کورس
# needs-review
assign-column-due = آخری تٲریخ
# needs-review
assign-no-due = کانٛہہ آخری تٲریخ نہٕ
# needs-review
assign-overdue = وَقھ گوٚو گُزرِتھ
# needs-review
assign-remove = کَڈِو
# needs-review
assign-heading = کورس دِیِو
# needs-review
assign-field-course = کورس
# needs-review
assign-field-due = آخری تٲریخ (ضروری نہٕ)
# needs-review
assign-field-due-hint = یُس کورس گۄڈے دِنہٕ آمُت چھُ، سُہ دوبارٕ دِنہٕ سٟتۍ بدلِ تٔمۍ سٕنٛز آخری تٲریخ۔
# needs-review
assign-submit = کورس دِیِو
# needs-review
assign-saved = کورس آو بیچس دِنہٕ۔
# needs-review
assign-removed = کورس آو بیچہٕ منٛزٕ کڈنہٕ۔ ہیچھن وٲلین ہٕنٛز پیش رفت چھےٚ محفوظ۔
# needs-review
assign-error-course = لسٹہِ منٛزٕ ژٲرِو اکھ کورس۔
# needs-review
assign-error-due = آخری تٲریخ لیٖکھِو 2020 پیٚٹھہٕ 2100 تام کانٛہہ دۄہ، یا تھٲوِو خٲلی۔
# needs-review
dashboard-due = آخری تٲریخ:
# needs-review
attendance-title = حاضری
# needs-review
attendance-heading = اکھ سیشن درج کٔرِو
# needs-review
attendance-field-date = سیشنٕچ تٲریخ
# needs-review
attendance-present-legend = کُس اوس حاضر
# needs-review
attendance-lessons-legend = کم سبق پرٛنٲوِکھ
# needs-review
attendance-lessons-hint = یِم سبق گَنٛزرنہٕ یِن حاضر ہیچھن وٲلین خٲطرٕ مُکمل، ”سیشنس منٛز“ نِشانہٕ سٟتۍ۔ آخری امتحان چھُ نہٕ زانٛہہ یِتھہٕ پٲٹھۍ مُکمل مانِنہٕ یِوان: پرٛتھ ہیچھن وول چھُ سُہ پانہٕ دِوان۔
# needs-review
attendance-submit = حاضری محفوظ کٔرِو
# needs-review
attendance-recorded = سیشن آو محفوظ کرنہٕ۔
# needs-review
attendance-already-recorded = یہِ سیشن اوس گۄڈے محفوظ کرنہٕ آمُت۔ کینٛہہ بدلیوٚو نہٕ۔
# needs-review
attendance-no-learners = یَتھ بیچس منٛز چھُ نہٕ وۄنۍ تام کانٛہہ ہیچھن وول۔
# needs-review
attendance-no-courses = یَتھ بیچس چھُ نہٕ وۄنۍ تام کانٛہہ کورس دِنہٕ آمُت، تَوے چھُ نہٕ ژارنہٕ خٲطرٕ کانٛہہ سبق۔
# needs-review
attendance-past-heading = پٔتِمۍ سیشن
# needs-review
attendance-none = وۄنۍ تام چھُ نہٕ کانٛہہ سیشن درج۔
# needs-review
attendance-column-date = تٲریخ
# needs-review
attendance-column-present = حاضر
# needs-review
attendance-column-lessons = پرٛنٲوِنہٕ آمٕتۍ سبق
# needs-review
attendance-no-lessons = کانٛہہ سبق نہٕ
# needs-review
attendance-error-date = سیشنٕچ تٲریخ لیٖکھِو: 2020 پیٚٹھہٕ اَز تام کانٛہہ دۄہ۔
# needs-review
attendance-error-nobody = کم از کم اکھ حاضر ہیچھن وول نِشان کٔرِو۔
# needs-review
attendance-error-learner = نِشان کرنہٕ آمتین ہیچھن وٲلین منٛزٕ چھُ اکھ یَتھ بیچس منٛز نہٕ۔
# needs-review
attendance-error-lesson = نِشان کرنہٕ آمتین سبقن منٛزٕ چھُ اکھ یَتھ بیچس دِنہٕ آمتِس کورسس منٛز نہٕ۔

## Progress grid
# needs-review
progress-title = پیش رفت: { $cohort }
# needs-review
progress-actions-label = پیش رفت جدولٕک اختیار
# needs-review
progress-download-csv = CSV (Excel) ہِنٛدِ رۄپہٕ ڈاوٗن لوڈ کٔرِو
# needs-review
progress-print = پرنٹ خٲطرٕ صفحہٕ
# needs-review
progress-print-hint = یہِ صفحہٕ پرنٹ کرنہٕ خٲطرٕ ورتٲوِو پننِس براؤزرس منٛز پرنٹ بٹن (Ctrl+P)۔
# needs-review
progress-back-to-grid = جدولس پؠٹھ واپس گٔژھِو
# needs-review
progress-no-courses = یَتھ بیچس چھُ نہٕ وُنی تام کانٛہہ کورس دِنہٕ آمُت، تَوے چھےٚ نہٕ ہاونہٕ خٲطرٕ کانٛہہ پیش رفت۔
# needs-review
progress-assign-courses = یَتھ بیچس دِیِو کورس
# needs-review
progress-legend = پرٛتھ خانس منٛز چھُ ہاونہٕ یِوان: ماڈیولٕک کیٚتۍ سبق گٔیہِ مُکمل، تِمن منٛزٕ کیٚتۍ گٔیہِ سیشنس منٛز مُکمل، تہٕ پریکٹس کوئزٕک بہترین سکور۔ ✓ ماڈیول مُکمل · ★ سرٹیفکیٹ میُول · ⚠ رُکمٕتۍ: 14 دۄہن پؠٹھٕ نہٕ کانٛہہ سبق نہٕ کوئز۔
# needs-review
progress-due = آخری تٲریخ: { $date }
# needs-review
progress-stuck-count = { $count } منٛزٕ چھِ { $stuck } ہیچھن وٲلۍ رُکمٕتۍ (14 دۄہن پؠٹھٕ نہٕ کانٛہہ سبق نہٕ کوئز)۔
# needs-review
progress-column-learner = ہیچھن وول
# needs-review
progress-column-progress = پیش رفت
# needs-review
progress-column-certificate = سرٹیفکیٹ
# needs-review
progress-column-activity = آخری سرگرمی
# needs-review
progress-module-lessons = سبق: { $count }
# needs-review
progress-at-session = سیشنس منٛز: { $count }
# needs-review
progress-best-score = کوئز: { $score }
# needs-review
progress-no-quiz-yet = کوئز چھُ نہٕ دِیُتمُت
# needs-review
progress-stuck = رُکمُت
# needs-review
progress-certified = سرٹیفکیٹ
# needs-review
progress-never = شروٗع چھُ نہٕ کوٚرمُت
# needs-review
progress-totals = ماڈیول کوٚر مُکمل
# needs-review
progress-completed-of = { $count } منٛزٕ { $done }
# needs-review
progress-csv-course = کورس
# needs-review
progress-csv-lessons-done = { $module }: مُکمل سبق
# needs-review
progress-csv-best-score = { $module }: کوئزٕک بہترین سکور %
# needs-review
progress-csv-certificate = سرٹیفکیٹ
# needs-review
progress-csv-last-activity = آخری سرگرمی
# needs-review
progress-csv-yes = آ
# needs-review
progress-csv-no = نہ

## Learner record
# needs-review
record-identity-heading = ہیچھن والِس مُتعلق
# needs-review
record-group = گروپ
# needs-review
record-new-code = نۆو شروٗعاتی کوڈ دِیِو
# needs-review
record-new-code-hint = یُس ہیچھن وول پنُن پاس ورڈ مَشراوِتھ چھُ، تَس خٲطرٕ: تٔمۍ سُند پرون پاس ورڈ گژھِ بند، تہٕ سُہ کرِ نٔوِس کوڈس سٟتۍ اکہِ لٹہٕ لاگ اِن تہٕ ژارِ نۆو پاس ورڈ۔
# needs-review
record-cohorts-heading = بیچ
# needs-review
record-cohorts-none = تُہٕنٛدِس کُنہِ تہِ بیچس منٛز نہٕ۔
# needs-review
record-lessons-heading = مُکمل کرنہٕ آمتۍ سبق
# needs-review
record-lessons-count = ({ $count })
# needs-review
record-self-study = پانہٕ پٔرِتھ
# needs-review
record-at-session = سیشنس منٛز
# needs-review
record-at-session-on = { $date } کِس سیشنس منٛز
# needs-review
record-column-course = کورس
# needs-review
record-column-lesson = سبق
# needs-review
record-column-date = تٲریخ
# needs-review
record-column-how = کِتھ پٲٹھۍ
# needs-review
record-attempts-heading = کوئزٕچ کوشش
# needs-review
record-attempts-none = وُنی تام چھُ نہٕ کانٛہہ کوئز دِیُتمُت۔
# needs-review
record-column-quiz = کوئز
# needs-review
record-column-score = سکور
# needs-review
record-column-result = نتیجہ
# needs-review
record-score = { $total } منٛزٕ { $correct } ({ $percent })
# needs-review
record-passed = پاس
# needs-review
record-not-passed = پاس نہٕ
# needs-review
record-certificates-heading = سرٹیفکیٹ
# needs-review
record-certificates-none = وُنی تام چھُ نہٕ کانٛہہ سرٹیفکیٹ۔
# needs-review
record-certificate-verify = سرٹیفکیٹ تصدیق کٔرِو

## CSV enrolment
# needs-review
upload-title = ہیچھن والین ہنٛز لسٹ اَپ لوڈ کٔرِو
# needs-review
upload-intro = اکِس سپریڈشیٹہِ منٛزٕ کٔرِو واریاہ ہیچھن وٲلۍ اکی لٹہِ بیچس منٛز شٲمِل۔ ییٚلہِ تام نہٕ توٚہۍ جھلک جانٛچِو، کینٛہہ تہِ چھُ نہٕ محفوظ گژھان۔
# needs-review
upload-columns-heading = کالم
# needs-review
upload-columns-intro = گۄڈنِچہِ قطارِ منٛز گژھن کالمن ہٕندۍ ناو آسٕنۍ — انگریزی، ہِندی یا اُردو منٛز، کُنہِ تہِ ترتیبہِ سٟتۍ۔ باقی کالم چھِ نظرانداز کرنہٕ یِوان۔
# needs-review
upload-column-name = ناو
# needs-review
upload-column-login = موبائل یا لاگ اِن
# needs-review
upload-column-gender = جِنس
# needs-review
upload-column-group = گروپ
# needs-review
upload-column-district = ضلعہٕ
# needs-review
upload-column-language = زبان
# needs-review
upload-column-name-help = ہیچھن والیُک ناو، کُنہِ تہِ رسم الخطس منٛز۔
# needs-review
upload-column-login-help = 10 ہِندسن ہُنٛد موبائل نمبر، یا 3 پیٚٹھہٕ 32 تام حروف، ہِندسہٕ، نُقطہٕ، ڈیش یا انڈرسکور ہُنٛد لاگ اِن ناو۔
# needs-review
upload-column-gender-help = female، male، other یا unstated، یا ہِندی یا اُردو منٛز لفظ (महिला، خاتون)۔
# needs-review
upload-column-group-help = student، shg-member، government-official یا other، یا ہِندی یا اُردو منٛز لفظ۔
# needs-review
upload-column-district-help = ضلعُک ناو انگریزی، ہِندی یا اُردو منٛز (Srinagar، श्रीनगर، سرینگر)۔
# needs-review
upload-column-language-help = سبقن ہٕنٛز زبان: en، hi، ur، ks یا doi، یا تمیُک ناو (Kashmiri، کٲشُر)۔
# needs-review
upload-column-what = کیاہ لیٚکھِو
# needs-review
upload-example-heading = مثال
# needs-review
upload-formulas = کانٛہہ تہِ خانہٕ گژھہِ نہٕ =، +، - یا @ سٟتۍ شروٗع گژھُن: سپریڈشیٹ چھُ تِتھۍ خانہٕ فارمولا سمجِتھ چلاوان۔ موبائل نمبر ہیٚکہِ +91 سٟتۍ شروٗع گٔژھِتھ۔
# needs-review
upload-encodings = Excel منٛز ژٲرِو “Save as”، پتہٕ “CSV UTF-8 (comma delimited)” یا “Unicode text”۔ بیٛاکھ اینکوڈنگ وٲلۍ فائل چھِ نہٕ نیٚنہٕ یِوان، تاکہ ناو گژھن نہٕ زانٛہہ خراب۔ اکِس فائلہِ منٛز زیادٕ کھوتہٕ زیادٕ { $rows } ہیچھن وٲلۍ تہٕ { $megabytes } MB۔
# needs-review
upload-template = یِمن کالمن سٟتۍ خٲلی لسٹ ڈاؤن لوڈ کٔرِو
# needs-review
upload-file-label = CSV فائل
# needs-review
upload-submit = لسٹ جانٛچِو
# needs-review
upload-back = بیچس پیٹھ واپس گٔژھِو
# needs-review
upload-error-too-large = فائل چھےٚ { $megabytes } MB کھوتہٕ بٔڑ۔ لسٹ کٔرِو لۄکٹین فائلن منٛز بٲگرِتھ۔
# needs-review
upload-error-unreadable = فائل ہیچ نہٕ پرنہٕ یِتھ۔ یہِ ژٲرِو دوبارٕ تہٕ سوزِو۔
# needs-review
upload-error-workbook = یہِ چھےٚ Excel ورک بُک، CSV فائل نہٕ۔ Excel منٛز ژٲرِو “Save as” تہٕ “CSV UTF-8”، پتہٕ کٔرِو سُہ فائل اَپ لوڈ۔
# needs-review
upload-error-encoding = فائل چھےٚ نہٕ UTF-8 یا UTF-16 منٛز محفوظ، اَمہِ موجوٗب ہیٚکن نہٕ اَمِکۍ ناو پٔرِتھ۔ Excel منٛز ژٲرِو “Save as” تہٕ “CSV UTF-8” یا “Unicode text”۔
# needs-review
upload-error-empty = فائل چھےٚ خٲلی۔
# needs-review
upload-error-no-rows = فائلہِ منٛز چھےٚ کالمن ہٕندۍ ناوٕ وٲلۍ قطار، مگر کانٛہہ ہیچھن وول چھُ نہٕ۔
# needs-review
upload-error-missing-column = “{ $column }” کالم چھُ نہٕ۔ گۄڈنِچہِ قطارِ منٛز گژھن یِم کالم آسٕنۍ: { $columns }۔
# needs-review
upload-error-repeated-column = گۄڈنِچہِ قطارِ منٛز چھُ “{ $column }” کالم زٕ لٹہِ۔
# needs-review
upload-error-too-many-rows = فائلہِ منٛز چھِ { $rows } کھوتہٕ زیادٕ ہیچھن وٲلۍ۔ یہِ کٔرِو لۄکٹین فائلن منٛز بٲگرِتھ۔
# needs-review
upload-preview-title = لسٹ جانٛچِو
# needs-review
upload-preview-intro = وۄنۍ تام چھُ نہٕ کینٛہہ تہِ محفوظ۔ قطارٕ جانٛچِو، پتہٕ کٔرِو تیار ہیچھن وٲلۍ بیچس منٛز شٲمِل۔
# needs-review
upload-count-ready = شٲمِل کرنہٕ خٲطرٕ تیار: { $count }
# needs-review
upload-count-enrolled = گۄڈے یَتھ بیچس منٛز: { $count }
# needs-review
upload-count-refused = مسلہٕ وٲلۍ قطارٕ: { $count }
# needs-review
upload-refused-heading = مسلہٕ وٲلۍ قطارٕ
# needs-review
upload-refused-hint = یِم قطارٕ یِن نہٕ شٲمِل کرنہٕ۔ یِم کٔرِو سپریڈشیٹس منٛز ٹھیک تہٕ کٔرِو دوبارٕ اَپ لوڈ: گۄڈے شٲمِل ہیچھن وٲلۍ چھِ ترٛاونہٕ یِوان۔
# needs-review
upload-rows-heading = لسٹہِ ہٕندۍ ہیچھن وٲلۍ
# needs-review
upload-column-row = قطار
# needs-review
upload-column-problem = مسلہٕ
# needs-review
upload-column-status = حالت
# needs-review
upload-status-ready = یِیہِ شٲمِل کرنہٕ
# needs-review
upload-status-enrolled = گۄڈے یَتھ بیچس منٛز
# needs-review
upload-confirm = { $count } ہیچھن وٲلۍ کٔرِو شٲمِل
# needs-review
upload-again = بیٛاکھ فائل اَپ لوڈ کٔرِو
# needs-review
upload-nothing-to-enrol = یَتھ لسٹہِ منٛزٕ ہیٚکہِ نہٕ کانٛہہ تہِ ہیچھن وول شٲمِل گٔژھِتھ۔
# needs-review
upload-confirm-changed = جھلکہِ پتہٕ نِیہ بیٛین اکاؤنٹَو لسٹہِ ہٕندۍ کینٛہہ لاگ اِن۔ کانٛہہ آو نہٕ شٲمِل کرنہٕ: قطارٕ جانٛچِو دوبارٕ۔
# needs-review
upload-enrolled = شٲمِل کرنہٕ آمٕتۍ ہیچھن وٲلۍ: { $count }۔ تِہُندۍ شروٗعاتی کوڈٕچ پَرٕژ پرنٹ کٔرِو (“شروٗعاتی کوڈٕچ پَرٕژ پرنٹ کٔرِو”)، تاکہ تِم ہیٚکن لاگ اِن کٔرِتھ۔
# needs-review
upload-row-formula = “{ $column }” خانہٕ چھُ =، +، - یا @ سٟتۍ شروٗع گژھان، یُس سپریڈشیٹ فارمولا سمجِتھ چلاوان چھُ۔ یہِ لیٚکھِو تمہِ نشانہٕ ورٲی۔
# needs-review
upload-row-missing = “{ $column }” چھُ خٲلی۔
# needs-review
upload-row-name-too-long = ناو چھُ 80 حروفن کھوتہٕ زیٛوٗٹھ۔
# needs-review
upload-row-name-invalid = ناوس منٛز چھِ تِم حروف یِہندِ اجازت چھےٚ نہٕ۔
# needs-review
upload-row-login-invalid = “{ $value }” چھُ نہٕ 10 ہِندسن ہُنٛد موبائل نمبر تہٕ نہٕ لاگ اِن ناو (a–z سٟتۍ شروٗع گژھن وٲلۍ 3 پیٚٹھہٕ 32 تام حروف، ہِندسہٕ، نُقطہٕ، ڈیش یا انڈرسکور)۔
# needs-review
upload-row-unknown-gender = “{ $value }” چھےٚ نہٕ لسٹہِ ہٕنٛز جِنس: female، male، other یا unstated۔
# needs-review
upload-row-unknown-group = “{ $value }” چھُ نہٕ لسٹُک گروپ: student، shg-member، government-official یا other۔
# needs-review
upload-row-unknown-district = “{ $value }” چھُ نہٕ جموٗں تہٕ کشمیرُک کانٛہہ ضلعہٕ۔
# needs-review
upload-row-unknown-language = “{ $value }” چھےٚ نہٕ سبقٕچ کانٛہہ زبان: en، hi، ur، ks یا doi۔
# needs-review
upload-row-duplicate = سُے موبائل یا لاگ اِن یُس قطار { $row } منٛز چھُ۔
# needs-review
upload-row-login-taken = یہِ موبائل یا لاگ اِن چھُ گۄڈے بیٛاکھ اکاؤنٹ ورتاوان۔ بیٛاکھ لیٚکھِو، یا تھ ہیچھن والِس کٔرِو بیچٕکِس صفحس پیٹھٕ شٲمِل۔
# needs-review
dashboard-trainer-next = تُہٕنٛدۍ بیچ، تِمن ہٕنٛدۍ ہیچھن وٲلۍ تہٕ تِہُنٛز پیش رفت:

## assignment to chosen learners
# needs-review
assign-learners-legend = بس یِم ہیچھن وٲلۍ (پوٗرِس بیچس خٲطرٕ کٔرِو نہٕ کانٛسہِ ٹِک)
# needs-review
assign-learners-hint = یُس کورس گۄڈے دِنہٕ آمُت چھُ، سُہ دوبارٕ دِنہٕ سٟتۍ بدلن تٔمۍ سٕندۍ ہیچھن وٲلۍ تہِ۔
# needs-review
assign-column-learners = ہیچھن وٲلۍ
# needs-review
assign-whole-cohort = پوٗرٕ بیچ
# needs-review
assign-chosen-count = ژٲرنہٕ آمٕتۍ ہیچھن وٲلۍ: { $count }
# needs-review
assign-error-learner = ٹِک کرنہٕ آمتین ہیچھن وٲلین منٛزٕ چھُ اکھ یَتھ بیچس منٛز نہٕ۔

## officials' scope
# needs-review
admin-field-scope = کوریج ہُنٛد دایرٕ (افسر)
# needs-review
admin-error-scope = ژارِو زِ یہ افسر کَمِچ رپورٹ وُچھِ: پوٗرٕ یوٗ ٹی، اکھ ڈویژن یا اکھ ضلعہٕ۔
# needs-review
scope-ut = پوٗرٕ جموٗں تہٕ کشیٖر
# needs-review
scope-division-jammu = جموٗں ڈویژن
# needs-review
scope-division-kashmir = کشیٖر ڈویژن
# needs-review
dashboard-scope = توٚہۍ چھِو امِچ رپورٹ وُچھان:
# needs-review
dashboard-scope-none = کُنہِ ایڈمنن چھُ نہٕ وُنی طے کوٚرمُت زِ توٚہۍ کَمِچ رپورٹ وُچھِو۔

## Coverage report (officials, admins) and the public coverage page
# needs-review
coverage-title = ڈیجیٹل خواندگی ہٕنٛز کوریج
# needs-review
coverage-public-title = جموٗں تہٕ کشیٖرس منٛز ڈیجیٹل خواندگی
# needs-review
coverage-public-intro = سبق چھُ کیٚتیٚن لُکن تام وٲتمُت، پوٗرِس یوٗ ٹی تہٕ پرٛتھ ضلعس منٛز۔ 10 کھوتہٕ کم تعداد چھےٚ ”<10“ ہِنٛدِ رۄپہٕ ہاونہٕ یِوان، تاکہ کانٛہہ تہِ ہیٚکہِ نہٕ الگ پرزناونہٕ یِتھ۔
# needs-review
coverage-fewer-than-ten = <10
# needs-review
coverage-registered = رجسٹر گٲمٕتۍ
# needs-review
coverage-active = پٔتِمَن 30 دۄہن منٛز سرگرم
# needs-review
coverage-active-hint = ”پٔتِمَن 30 دۄہن منٛز سرگرم“ منٛز چھِ تِم ہیچھن وٲلۍ گَنٛزرنہٕ یِوان یِمَو اَزٕ برونٛہہ کِس 30 دۄہن منٛز کُنہِ تہِ کورسُک کانٛہہ سبق پوٚر یا کوئز دیُت، کانٛہہ تہِ مُدت ژٲرِتھ۔ کورس شروٗع کرنس، مُکمل کرنس تہٕ سرٹیفکیٹ مِلنس منٛز چھُ پرٛتھ ہیچھن وول اکہِ لٹہِ گَنٛزرنہٕ یِوان، تَتھ رؠتس منٛز ییٚلہِ یہِ گۄڈنِچہِ لٹہِ سپُد۔
# needs-review
coverage-started = کورس کوٚر شروٗع
# needs-review
coverage-completed = کورس کوٚر مُکمل
# needs-review
coverage-certified = سرٹیفکیٹ میُول
# needs-review
coverage-lessons-self = پانہٕ پرنہٕ آمٕتۍ سبق
# needs-review
coverage-lessons-session = سیشنس منٛز پرنہٕ آمٕتۍ سبق
# needs-review
coverage-target = ہدف { $year }
# needs-review
coverage-reached = { $year } منٛز رسائی
# needs-review
coverage-achieved = حاصل
# needs-review
coverage-no-district = ضلعہٕ چھُ نہٕ دِنہٕ آمُت
# needs-review
coverage-by-district = ضلعہٕ وار
# needs-review
coverage-by-month = رؠتھ وار
# needs-review
coverage-by-group = ہیچھن وٲلین ہٕنٛدِس گروپس مُطٲبق
# needs-review
coverage-by-gender = جِنسہِ مُطٲبق
# needs-review
coverage-by-group-gender = ہیچھن وٲلین ہٕنٛدِس گروپس تہٕ جِنسہِ مُطٲبق
# needs-review
coverage-by-course = کورسس مُطٲبق
# needs-review
coverage-month = رؠتھ
# needs-review
coverage-course = کورس
# needs-review
coverage-chart-districts = { $year } منٛز ہیچھن وٲلین تام رسائی، ضلعہٕ وار، ہدفس مقابلہٕ
# needs-review
coverage-chart-districts-public = سرٹیفکیٹ مِلمٕتۍ ہیچھن وٲلۍ، ضلعہٕ وار
# needs-review
coverage-chart-months = رؠتھ وار نٔوۍ سرٹیفکیٹ
# needs-review
coverage-chart-groups = رجسٹر گٲمٕتۍ ہیچھن وٲلۍ، گروپ تہٕ جِنسہِ مُطٲبق
# needs-review
coverage-filters = فلٹر
# needs-review
coverage-from = پیٚٹھہٕ (رؠتھ)
# needs-review
coverage-to = تام (رؠتھ)
# needs-review
coverage-all = سٲری
# needs-review
coverage-apply = ہٲوِو
# needs-review
coverage-clear = فلٹر کَڈِو
# needs-review
coverage-downloads = ڈاوٗن لوڈ
# needs-review
coverage-download-csv = CSV ڈاوٗن لوڈ کٔرِو
# needs-review
coverage-download-xlsx = Excel (XLSX) ڈاوٗن لوڈ کٔرِو
# needs-review
coverage-col-breakdown = زمرہ
# needs-review
coverage-col-key = کوڈ
# needs-review
coverage-col-name = ناو
# needs-review
coverage-breakdown-total = کُل
# needs-review
coverage-breakdown-district = ضلعہٕ
# needs-review
coverage-breakdown-group = ہیچھن وٲلین ہُنٛد گروپ
# needs-review
coverage-breakdown-gender = جِنس
# needs-review
coverage-breakdown-course = کورس
# needs-review
coverage-breakdown-month = رؠتھ
# needs-review
coverage-error-period = مُدت چھےٚ نہٕ ٹھیک: 2025-04 ہیٚوۍ رؠتھ لیٚکھِو، تہٕ گۄڈنیُک رؠتھ گژھہِ نہٕ آخری رؠتہٕ پتہٕ آسُن۔
# needs-review
coverage-error-group = ہیچھن وٲلین ہُنٛد تِتھ کانٛہہ گروپ چھُ نہٕ۔
# needs-review
coverage-error-gender = جِنسہِ ہُنٛد تِتھ کانٛہہ آپشن چھُ نہٕ۔
# needs-review
coverage-error-district = تِتھ کانٛہہ ضلعہٕ چھُ نہٕ۔
# needs-review
coverage-error-course = تِتھ کانٛہہ کورس چھُ نہٕ۔
# needs-review
coverage-error-filter = یَتھ رپورٹس منٛز چھُ نہٕ تِتھ کانٛہہ فلٹر۔
# needs-review
coverage-link = کوریج رپورٹ
# needs-review
coverage-public-link = کوریج
# needs-review
glossary-title = لَفظَن ہُنٛد معنیٰ
# needs-review
glossary-intro = سبقن مَنٛز یِنہٕ وٲلۍ لَفظ، پرٛتھ اَکھ اکہِ یا زٕ جُملن مَنٛز سَمجھاونہٕ آمُت۔ سبقس مَنٛز یَتھ لَفظس تَل نُقطن ہٕنٛز لیٖکھ آسہِ، سُہ انان یوٗر۔
# needs-review
glossary-empty = یہِ فِہرِست چھےٚ وۄنۍ خٲلی۔
# needs-review
glossary-index = سٲری لَفظ

## District targets (admins)
# needs-review
targets-title = ضلعن ہٕنٛدۍ ہدف
# needs-review
targets-year = ؤری
# needs-review
targets-all-groups = سٲری گروپ
# needs-review
targets-learners = کیٚتیٚن ہیچھن وٲلین تام گژھہِ واتُن
# needs-review
targets-hint = پرٛتھ ضلعس کیٚتیٚن ہیچھن وٲلین تام گژھہِ ؤرِس منٛز واتُن (تِم ہیچھن وٲلۍ یِم کانٛہہ کورس شروٗع کران چھِ)۔ یَتھ ضلعس کانٛہہ ہدف نہٕ آسہِ، تَمیُک خانہٕ تھٲوِو خٲلی۔ کوریج رپورٹس منٛز چھےٚ پرٛتھ ضلعٕچ پیش رفت یَتھ ہدفس مقابلہٕ ہاونہٕ یِوان۔
# needs-review
targets-save = ہدف محفوظ کٔرِو
# needs-review
targets-saved = ہدف آیہِ محفوظ کرنہٕ۔
# needs-review
targets-error-year = 2020 تہٕ 2100 درمیان اکھ ؤری ژٲرِو۔
# needs-review
targets-error-number = ہدف گژھن 0 پیٚٹھہٕ 2,00,00,000 تام پوٗرۍ عدد آسنۍ۔

## Offline use
# needs-review
offline-save-link = یہِ کورس آف لائن ورتاونہٕ خٲطرٕ محفوظ کٔرِو
# needs-review
offline-save-title = آف لائن ورتاونہٕ خٲطرٕ محفوظ کٔرِو
# needs-review
offline-save-intro = یہِ کورس تھٲوِو یَتھ فونس منٛز، تاکہ توٚہۍ ہیٚکِو نیٹ ورکہٕ ورٲی تہِ اَمِکۍ سبق پٔرِتھ تہٕ اَمِکۍ پریکٹس کوئز دِتھ۔
# needs-review
offline-save-size = { $language } منٛز { $lessons } سبق تہٕ { $quizzes } پریکٹس کوئز: یَتھ فونس منٛز تقریباً { $size } KB (ڈاوٗن لوڈ چھُ اَمہِ کھوتہٕ لوکُٹ)۔
# needs-review
offline-save-button = آف لائن خٲطرٕ محفوظ کٔرِو
# needs-review
offline-remove-button = یَتھ فونہٕ منٛزٕ کَڈِو
# needs-review
offline-needs-js = کورس آف لائن ورتاونہٕ خٲطرٕ محفوظ کرنس چھُ JavaScript ضروری، یُس یَتھ براؤزرس منٛز بند چھُ یا موجود چھُ نہٕ۔ آن لائن آسنہٕ وِزِ ہیٚکِو توٚہۍ پرٛتھ سبق پٔرِتھ۔
# needs-review
offline-saving = محفوظ گژھان… { $total } منٛزٕ { $done }
# needs-review
offline-saved = یَتھ فونس منٛز آو محفوظ کرنہٕ ({ $size } KB)۔ توٚہۍ ہیٚکِو یہِ نیٹ ورکہٕ ورٲی پٔرِتھ۔
# needs-review
offline-save-failed = کورس ہیوٚک نہٕ محفوظ کرنہٕ یِتھ: نیٹ ورک گوٚو ختم۔ آن لائن آسنہٕ وِزِ کٔرِو دوبارٕ کوشش۔
# needs-review
offline-removed = یَتھ فونہٕ منٛزٕ آو کڈنہٕ۔
# needs-review
offline-unsupported = یہِ براؤزر ہیٚکہِ نہٕ آف لائن ورتاونہٕ خٲطرٕ صفحہٕ تھٲوِتھ۔
# needs-review
offline-save-hint = یِم سبق توٚہۍ کھولِو، تِم تہِ چھِ یَتھ فونس منٛز تھاونہٕ یِوان۔ آف لائن دِنہٕ آمٕتۍ پریکٹس کوئزٕکۍ جواب چھِ نیٹ ورک واپس یِنہٕ پتہٕ سوزنہٕ یِوان۔ لاگ آؤٹ کرنہٕ سٟتۍ چھُ یَتھ فونس منٛز تھاونہٕ آمُت سورُے کینٛہہ کڈنہٕ یِوان، تِم جواب تہِ یِم وُنی سوزنہٕ آمٕتۍ چھِ نہٕ۔
# needs-review
offline-title = آف لائن
# needs-review
offline-intro = یہِ صفحہٕ چھُ نہٕ یَتھ فونس منٛز محفوظ۔ بۄنہٕ کھولِو کانٛہہ محفوظ کورس، یا آن لائن آسنہٕ وِزِ کٔرِو دوبارٕ کوشش۔
# needs-review
offline-waiting-heading = سوزنُک انتظار
# needs-review
offline-waiting-text = یِم جواب چھِ یَتھ فونس منٛز تھاونہٕ آمٕتۍ تہٕ نیٹ ورک واپس یِنہٕ پتہٕ یِن سوزنہٕ۔ لاگ آؤٹ کٔرِو نہٕ۔
# needs-review
offline-waiting-banner = سوزنہٕ باقی جواب: { $count }
# needs-review
offline-sent = آو سوزنہٕ تہٕ گَنٛزرنہٕ۔
# needs-review
offline-result = نتیجہٕ وُچھِو
# needs-review
offline-send-now = وۄنۍ سوزِو
# needs-review
offline-saved-heading = یَتھ فونس منٛز محفوظ کورس
# needs-review
offline-saved-none = یَتھ فونس منٛز چھُ نہٕ وُنی کانٛہہ کورس محفوظ۔ کانٛہہ کورس کھولِو تہٕ ژٲرِو “یہِ کورس آف لائن ورتاونہٕ خٲطرٕ محفوظ کٔرِو”۔
# needs-review
offline-quiz-offline = توٚہۍ چھِو آف لائن۔ سوالن ہٕنٛدۍ جواب دِیِو تہٕ سوزِو: تُہٕنٛدۍ جواب چھِ یَتھ فونس منٛز تھاونہٕ یِوان تہٕ نیٹ ورک واپس یِنہٕ پتہٕ سوزنہٕ یِوان۔ جواب پرکھنہٕ خٲطرٕ چھُ نیٹ ورک ضروری۔
# needs-review
offline-final-offline = توٚہۍ چھِو آف لائن۔ آخری امتحانس خٲطرٕ چھُ نیٹ ورک ضروری: آن لائن آسنہٕ وِزِ یِیِو یَتھ کُن واپس۔
