# سبق — کٲشُر (Kashmiri, Perso-Arabic script). Message ids mirror en/main.ftl exactly.
# A `# needs-review` line above a message means a native Kashmiri speaker should check it.

brand-name = سبق
# needs-review
footer-text = سبق — جموں و کشمیرکیٚن لُکن خٲطرٕ ڈیجیٹل خواندگی ہِنٛدۍ مُفت سبق۔

## Navigation
# needs-review
nav-label = مین مینیو
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
home-title = فون، انٹرنیٹ تہٕ آن لائن سروسہٕ استعمال کرُن ہیچھِو
# needs-review
home-lead = سبق چھُ تۄہہِ پننِس زبانہِ منٛز قدم بہٕ قدم ہیچھناوان زِ سمارٹ فون تہٕ کمپیوٹر کِتھہٕ کٔنۍ چَلاوُن، انٹرنیٹس پیٚٹھ چیز کِتھہٕ کٔنۍ ژھانڈٕنۍ، سرکٲری سروسہٕ آن لائن کِتھہٕ کٔنۍ حاصل کرٕنۍ، ڈیجیٹل ادائیگی کِتھہٕ کٔنۍ کرٕنۍ تہٕ محفوظ کِتھہٕ کٔنۍ روزُن۔
# needs-review
home-topic-devices = سمارٹ فون تہٕ کمپیوٹر چَلاوُن
# needs-review
home-topic-internet = انٹرنیٹس پیٚٹھ معلومات ژھانڈٕنۍ تہٕ لُکن سٟتۍ کتھ کرٕنۍ
# needs-review
home-topic-services = آن لائن سرکٲری سروسہٕ، آدھار تہٕ DigiLocker
# needs-review
home-topic-payments = UPI سٟتۍ محفوظ ڈیجیٹل ادائیگی
# needs-review
home-topic-safety = آن لائن فراڈ نِشہِ بچُن
# needs-review
home-start = ہیچھُن کٔرِو شروٗع — یہِ چھُ مُفت
# needs-review
home-have-account = میون اکاؤنٹ چھُ گۄڈے بنیومُت
# needs-review
home-continue = ہیچھُن تھٲوِو جٲری
# needs-review
home-audience = طالب علمن، سرکٲری افسرن، سیلف ہیلپ گروپ ممبرن تہٕ جموں و کشمیرکیٚن سارنی 20 ضلعن ہٕندِس پرٛتھ کٲنٛسہِ خٲطرٕ۔

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
dashboard-staff-next = تُہٕنٛدِس کِردارس خٲطرٕ ٹول چھِ جلدٕے یِوان۔
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
error-not-found-title = صفہٕ آو نہٕ لبنہٕ
# needs-review
error-not-found = اَسہِ لوٚب نہٕ یہِ صفہٕ۔
# needs-review
error-internal = سانہِ طرفہٕ گوٚو کینٛہہ غلط۔ مہربٲنی کٔرِتھ کٔرِو دوبارٕ کوشش۔
# needs-review
error-bad-request = فارم آو نہٕ پرنہٕ۔ مہربٲنی کٔرِتھ کٔرِو دوبارٕ کوشش۔
# needs-review
error-busy = یِمہِ وقتہٕ چھِ واریاہ لُکھ سائن اِن کران۔ مہربٲنی کٔرِتھ کٔرِو تھوڑ انتظار تہٕ دوبارٕ کوشش۔
# needs-review
error-too-large = فارم چھُ سوزنہٕ خٲطرٕ واریاہ بوڑ۔ مہربٲنی کٔرِتھ کٔرِو لوکُٹ تہٕ دوبارٕ کوشش۔
# needs-review
error-unsupported-form = یہ صفہٕ چھُ صرف سبقہٕ پیٹھٕ سوزنہٕ آمت فارم قبول کران۔ مہربٲنی کٔرِتھ گٔژھِو واپس تہٕ ورتٲوِو فارم۔
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
certificate-print-hint = یہِ سرٹیفکیٹ پرنٹ کرنہٕ یا PDF (A4) منٛز محفوظ کرنہٕ خٲطرٕ ورتٲوِو پننِس براؤزرس منٛز پرنٹ بٹن۔
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

## Dashboard (courses)
# needs-review
dashboard-courses = میٲنۍ کورس
# needs-review
dashboard-certificates = میٲنۍ سرٹیفکیٹ
# needs-review
dashboard-browse = کورس وُچھِو
