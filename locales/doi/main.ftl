# सबक — डोगरी (Dogri, Devanagari). Message ids mirror en/main.ftl exactly.
# A `# needs-review` line above a message means a native Dogri speaker should check it.

brand-name = सबक
# needs-review
footer-text = सबक — जम्मू-कश्मीर दे लोकें आस्तै डिजिटल साक्षरता दे मुफ्त पाठ।

## Navigation
# needs-review
nav-label = मुक्ख मेन्यू
# needs-review
nav-menu = मेन्यू
# needs-review
nav-skip = सिद्धा मुक्ख हिस्से उप्पर जाओ
# needs-review
nav-home = होम
# needs-review
nav-dashboard = मेरी पढ़ाई
# needs-review
nav-admin = स्टाफ अकाउंट
# needs-review
nav-password = पासवर्ड बदलो
# needs-review
nav-login = लॉगिन करो
# needs-review
nav-register = अकाउंट बनाओ
nav-logout = लॉग आउट
lang-switcher-label = भाशा

## Home
# needs-review
home-title = फोन, इंटरनेट ते ऑनलाइन सेवाएं बरतना सिक्खो
# needs-review
home-lead = सबक तुसेंगी तुंदी अपनी भाशा च, कदम-दर-कदम सखांदा ऐ जे स्मार्टफोन ते कंप्यूटर कि'यां चलाना ऐ, इंटरनेट उप्पर चीजां कि'यां लब्भनियां न, सरकारी सेवाएं ऑनलाइन कि'यां लैनियां न, डिजिटल भुगतान कि'यां करना ऐ ते सुरक्खत कि'यां रौह्ना ऐ।
# needs-review
home-topic-devices = स्मार्टफोन ते कंप्यूटर चलाना
# needs-review
home-topic-internet = इंटरनेट उप्पर जानकारी लब्भना ते लोकें कन्नै गल्ल करना
# needs-review
home-topic-services = ऑनलाइन सरकारी सेवाएं, आधार ते DigiLocker
# needs-review
home-topic-payments = UPI कन्नै सुरक्खत डिजिटल भुगतान
# needs-review
home-topic-safety = ऑनलाइन ठगी थमां बचना
# needs-review
home-start = सिक्खना शुरू करो — एह् मुफ्त ऐ
# needs-review
home-have-account = मेरा अकाउंट पैह्लें गै बने दा ऐ
# needs-review
home-continue = सिक्खना जारी रक्खो
# needs-review
home-audience = विद्यार्थियें, सरकारी अधिकारियें, स्वयं सहायता समूह दे मेंबरें ते जम्मू-कश्मीर दे सारे 20 जिलें दे हर इक माह्नू आस्तै।

## Forms
# needs-review
form-choose = चुनो…
# needs-review
field-login = लॉगिन नांऽ जां मोबाइल नंबर
# needs-review
field-login-hint = जि'यां shazia.bhat जां 9419012345। ई-मेल दी लोड़ नेईं।
# needs-review
field-display-name = तुंदा नांऽ
field-password = पासवर्ड
# needs-review
field-password-confirm = पासवर्ड फ्ही लिखो
# needs-review
field-current-password = मौजूदा पासवर्ड
# needs-review
field-new-password = नमां पासवर्ड
# needs-review
field-initial-password = पैह्ला पासवर्ड (ओह् माह्नू लॉगिन करने परैंत इसगी बदलग)
# needs-review
field-group = तुस कु'न ओ
# needs-review
field-gender = लिंग
# needs-review
field-district = जिला
# needs-review
field-language = पसंद दी भाशा
# needs-review
field-role = भूमिका
# needs-review
password-show = दस्सो
# needs-review
password-hide = लुकाओ
# needs-review
password-rules = घट्टोघट्ट 8 अक्खर। निक्के ते औक्खे पासवर्ड कोला चेतै रौह्ने आह्ले किश शब्द बेह्तर न।

## Groups, genders, roles
# needs-review
group-government-official = सरकारी अधिकारी
# needs-review
group-student = विद्यार्थी
# needs-review
group-shg-member = स्वयं सहायता समूह (SHG) मेंबर
# needs-review
group-other = होर
# needs-review
gender-female = जनानी
# needs-review
gender-male = मर्द
# needs-review
gender-other = होर
# needs-review
gender-unstated = नेईं दस्सना चांह्दे
# needs-review
role-learner = सिक्खने आह्ला
role-trainer = ट्रेनर
# needs-review
role-official = अधिकारी
role-admin = एडमिन

## Registration
# needs-review
register-title = अपना अकाउंट बनाओ
# needs-review
register-intro = तुंदे अकाउंट च तुंदी तरक्की ते तुंदे सर्टिफिकेट सांभे रौंह्दे न।
# needs-review
register-submit = अकाउंट बनाओ
# needs-review
register-have-account = केह् तुंदा अकाउंट पैह्लें गै ऐ?
# needs-review
register-welcome = सबक च तुंदा स्वागत ऐ! तुंदा अकाउंट त्यार ऐ।
# needs-review
register-error-login-format = 3 थमां 32 तगर अंग्रेजी अक्खर (a–z), अंक, बिंदु (.), डैश (-) जां अंडरस्कोर (_) बरतो, पैह्ला अक्खर a–z होऐ — जां 10 अंकें दा मोबाइल नंबर।
# needs-review
register-error-login-taken = एह् लॉगिन नांऽ जां मोबाइल नंबर पैह्लें गै रजिस्टर ऐ। कोई होर चुनो, जां लॉगिन करो।
# needs-review
register-error-name-required = किरपा करियै अपना नांऽ लिखो।
# needs-review
register-error-name-too-long = नांऽ बद्धोबद्ध 80 अक्खरें दा होई सकदा ऐ।
# needs-review
register-error-name-invalid = तुंदे नांऽ च किश ऐसे अक्खर न जिंदी इजाजत नेईं।
# needs-review
register-error-choose = किरपा करियै कोई इक विकल्प चुनो।
# needs-review
register-error-district = किरपा करियै सूची चा अपना जिला चुनो।
# needs-review
register-error-signed-in = तुस पैह्लें गै लॉगिन ओ।

## Passwords
# needs-review
password-error-too-short = पासवर्ड च घट्टोघट्ट 8 अक्खर होने चाहिदे न।
# needs-review
password-error-too-long = पासवर्ड च बद्धोबद्ध 128 अक्खर होई सकदे न।
# needs-review
password-error-too-common = इस पासवर्ड दा अंदाजा लाना बड़ा सौखा ऐ। चेतै रौह्ने आह्ले किश शब्द अजमाओ।
# needs-review
password-error-contains-login = पासवर्ड च तुंदा लॉगिन नांऽ नेईं होना चाहिदा।
# needs-review
password-error-mismatch = दोऐ पासवर्ड इक्को जनेह् नेईं न।
# needs-review
password-error-current-wrong = मौजूदा पासवर्ड ठीक नेईं ऐ।
# needs-review
password-title = पासवर्ड बदलो
# needs-review
password-submit = पासवर्ड बदलो
# needs-review
password-changed = तुंदा पासवर्ड बदली गेआ ऐ। बाकी सारी थाह्रें थमां तुसेंगी लॉग आउट करी दित्ता गेआ ऐ।
# needs-review
password-must-change = एडमिन ने तुसेंगी इक बारी बरतने आह्ला पासवर्ड दित्ता ऐ। किरपा करियै हुनै अपना पासवर्ड चुनो।

## Sign in
# needs-review
login-title = लॉगिन करो
# needs-review
login-submit = लॉगिन करो
# needs-review
login-no-account = सबक उप्पर नमें ओ?
# needs-review
login-error-invalid = लॉगिन नांऽ जां पासवर्ड ठीक नेईं ऐ।
# needs-review
login-error-throttled = मती बारी गलत कोशशां होइयां। किरपा करियै { $minutes } मिंट बाद फ्ही कोशश करो।
# needs-review
login-error-disabled = एह् अकाउंट बंद करी दित्ता गेआ ऐ। किरपा करियै अपने ट्रेनर जां एडमिन कन्नै गल्ल करो।

## Dashboard
# needs-review
dashboard-title = मेरी पढ़ाई
# needs-review
dashboard-greeting = स्वागत ऐ,
# needs-review
dashboard-role = अकाउंट
# needs-review
dashboard-learner-next = कोर्स जल्दी औने आह्ले न। तुंदी तरक्की इत्थें नजर औग।
# needs-review
dashboard-admin-next = तुस "स्टाफ अकाउंट" च जाइयै ट्रेनर ते अधिकारी दे अकाउंट बनाई सकदे ओ।

## Administration
# needs-review
admin-title = स्टाफ अकाउंट
# needs-review
admin-create-heading = ट्रेनर जां अधिकारी दा अकाउंट बनाओ
# needs-review
admin-create-submit = अकाउंट बनाओ
# needs-review
admin-created = अकाउंट बनी गेआ ऐ।
# needs-review
admin-list-heading = मौजूदा स्टाफ अकाउंट
# needs-review
admin-nav-label = प्रशासन
# needs-review
admin-accounts-title = सारे अकाउंट
# needs-review
admin-audit-title = ऑडिट लॉग
# needs-review
admin-search-label = लॉगिन जां नांऽ कन्नै खोजो
# needs-review
admin-search-submit = खोजो
# needs-review
admin-accounts-none = कोई अकाउंट नेईं लब्भा।
# needs-review
admin-column-name = नांऽ
# needs-review
admin-status = स्थिति
# needs-review
admin-status-active = चालू
# needs-review
admin-status-disabled = बंद
# needs-review
admin-actions = कारवाई
# needs-review
admin-disable = बंद करो
# needs-review
admin-enable = फ्ही चालू करो
# needs-review
admin-reset-password = इक बारी दा पासवर्ड देओ
# needs-review
admin-account-disabled = अकाउंट बंद करी दित्ता गेआ ऐ ते हर थाह्रै थमां लॉग आउट करी दित्ता गेआ ऐ।
# needs-review
admin-account-enabled = अकाउंट फ्ही चालू करी दित्ता गेआ ऐ।
# needs-review
admin-password-set = इक बारी दा पासवर्ड सेट करी दित्ता गेआ ऐ। अकाउंट गी हर थाह्रै थमां लॉग आउट करी दित्ता गेआ ऐ।
# needs-review
admin-password-issued-heading = नमां इक बारी दा पासवर्ड
# needs-review
admin-password-issued-label = इक बारी दा पासवर्ड
# needs-review
admin-password-issued-hint = एह् पासवर्ड अकाउंट आह्ले गी आपूं मिलियै जां फोन उप्पर दस्सो। एह् सिर्फ इस्सै बारी दस्सेआ जाग। लॉगिन करदे बेल्लै उनेंगी अपना पासवर्ड चुनना पौग।
# needs-review
admin-error-self = तुस अपने गै अकाउंट कन्नै एह् नेईं करी सकदे।
# needs-review
admin-error-not-staff = इक बारी दे पासवर्ड सिर्फ ट्रेनर, अधिकारी ते एडमिन अकाउंटें आस्तै न।
# needs-review
admin-pages-label = पेज
# needs-review
admin-page-previous = पिछला पेज
# needs-review
admin-page-next = अगला पेज
# needs-review
admin-page-number = पेज { $page }
# needs-review
admin-audit-when = कदूं
# needs-review
admin-audit-who = कुसने कीता
# needs-review
admin-audit-action = कारवाई
# needs-review
admin-audit-whom = अकाउंट
# needs-review
admin-audit-none = अजें तगर किश दर्ज नेईं होआ।
# needs-review
admin-action-disable = अकाउंट बंद कीता
# needs-review
admin-action-enable = अकाउंट फ्ही चालू कीता
# needs-review
admin-action-reset-password = इक बारी दा पासवर्ड दित्ता

## Errors
# needs-review
error-unauthenticated = किरपा करियै पैह्लें लॉगिन करो।
# needs-review
error-forbidden-title = इजाजत नेईं
# needs-review
error-forbidden = तुसेंगी एह् करने दी इजाजत नेईं ऐ।
# needs-review
error-cross-origin = एह् अनुरोध कुसै होर वेबसाइट थमां आया हा, इस करी नकारी दित्ता गेआ।
# needs-review
error-not-found-title = पेज नेईं लब्भा
# needs-review
error-not-found = असेंगी एह् पेज नेईं लब्भा।
# needs-review
error-internal = साढ़े पास्सै किश गड़बड़ होई गेई। किरपा करियै फ्ही कोशश करो।
# needs-review
error-bad-request = फार्म पढ़ेआ नेईं जाई सकेआ। किरपा करियै फ्ही कोशश करो।
# needs-review
error-busy = इस बेल्लै मते लोक साइन इन करा करदे न। किरपा करियै थोह्ड़ा रुकियै फ्ही कोशश करो।
# needs-review
error-unavailable = सबक इस बेल्लै अपने डेटाबेस तगर नेईं पुज्जी सकदा। तुंदा सांभेआ दा किश बी नेईं गुआचेआ: किरपा करियै इक मिंट बाद फ्ही कोशश करो।
# needs-review
error-try-again = फ्ही कोशश करो
# needs-review
error-too-large = फार्म भेजने आस्तै मता बड्डा ऐ। किरपा करियै इसगी छोटा करियै फ्ही कोशश करो।
# needs-review
error-unsupported-form = एह् पेज सिर्फ सबक थमां भेजे गेदे फार्म लैंदा ऐ। किरपा करियै वापस जाइयै फार्म बरतो।
# needs-review
error-page-title = एह् नेईं होई सकेआ
# needs-review
error-page-back = फार्म उप्पर वापस जाओ
# needs-review
error-quiz-no-answer = जांचने शा पैह्लें इस सुआलै दा जवाब चुनो।

## Courses
# needs-review
nav-courses = कोर्स
# needs-review
catalogue-title = कोर्स
# needs-review
catalogue-all = सारे
# needs-review
catalogue-filter = कुसदे आस्तै कोर्स दस्सो
# needs-review
catalogue-lessons = { $count } पाठ
# needs-review
catalogue-progress = { $percent }% पूरा
# needs-review
content-fallback = अजें अनुवाद नेईं होआ: { $language } च दस्सेआ गेआ ऐ।
# needs-review
course-continue = जित्थें छोड़ेआ हा, उत्थुआं गै अग्गें बधो
# needs-review
course-start = कोर्स शुरू करो
# needs-review
course-completed = पूरा होई गेआ
# needs-review
course-open = कोर्स खोल्लो
# needs-review
course-sign-in-to-save = पाठ कोई बी पढ़ी सकदा ऐ। अपनी तरक्की सांभने, क्विज देने ते सर्टिफिकेट लैने आस्तै लॉगिन करो।
# needs-review
course-practice-quiz = अभ्यास क्विज
# needs-review
course-final-heading = आखरी परीक्षा
# needs-review
course-final-text = सर्टिफिकेट लैने आस्तै { $pass }% जां इस थमां मते नंबर लेओ।
# needs-review
course-final-start = आखरी परीक्षा देओ
# needs-review
course-certificate = अपना सर्टिफिकेट दिक्खो
# needs-review
lesson-done = पूरा होई गेआ
# needs-review
lesson-complete = पूरा होई गेआ, अग्गें बधो
# needs-review
lesson-sign-in-hint = तां जे तुंदी तरक्की सांभी रवै।
# needs-review
lesson-pager = पिछला ते अगला पाठ
# needs-review
lesson-listen = एह् पाठ सुनो
# needs-review
read-aloud = पढ़ियै सुनाओ
# needs-review
read-aloud-stop = पढ़ना बंद करो

## Quizzes
# needs-review
quiz-practice-title = अभ्यास क्विज
# needs-review
quiz-final-title = आखरी परीक्षा
# needs-review
quiz-sign-in = क्विज देने आस्तै किरपा करियै लॉगिन करो। तुंदे जवाब ते नतीजे तुंदे अकाउंट च सांभे रौंह्दे न।
# needs-review
quiz-question-number = { $count } चा सुआल { $number }
# needs-review
quiz-hint-multiple = जिन्ने बी सही जवाब न, सारे चुनो।
# needs-review
quiz-hint-order = कदमें गी ठीक तरतीब च लाओ: पैह्लें पैह्ला कदम चुनो, फ्ही दूआ, ते इ'यां गै अग्गें।
# needs-review
quiz-submit = जवाब भेजो
# needs-review
quiz-true = सही
# needs-review
quiz-false = गलत
# needs-review
quiz-best = सारें शा बधिया: { $total } चा { $correct }
# needs-review
quiz-result-title = तुंदा नतीजा
# needs-review
quiz-score = { $total } चा { $correct } सही ({ $percent }%)
# needs-review
quiz-passed = शाबाश — तुस पास होई गे!
# needs-review
quiz-not-passed = पास होने आस्तै { $pass }% चाहिदा ऐ। पाठ फ्ही पढ़ो ते इक बारी होर कोशश करो।
# needs-review
quiz-your-answer = तुंदा जवाब:
# needs-review
quiz-correct = — सही
# needs-review
quiz-incorrect = — सही नेईं
# needs-review
quiz-right-answer = सही जवाब:
# needs-review
quiz-try-again = फ्ही कोशश करो
# needs-review
quiz-back-to-course = कोर्स उप्पर वापस जाओ
# needs-review
quiz-check = मेरा जवाब जांचो
# needs-review
quiz-check-hint = कुसै सुआलै दा जवाब देओ ते “मेरा जवाब जांचो” दबाओ, फौरन पता लग्गी जाग जे ओह् ठीक ऐ जां नेईं। जांचे दा जवाब बदलेआ नेईं जाई सकदा। सारे सुआलें दे जवाब देइयै अपने जवाब जमा करो।
# needs-review
quiz-final-attempts-left = आखरी परीक्षा कुसै बी 24 घंटें च { $limit } बारी दित्ती जाई सकदी ऐ; हून { $left } बारी बाकी ऐ। अखीर च तुसेंगी अपने नंबर ते दोहराने आले विशे दस्से जाङन।
# needs-review
quiz-final-limit-used = तुस पिछले 24 घंटें च आखरी परीक्षा { $limit } बारी देई चुके ओ।
# needs-review
quiz-final-limit-retry = तुस { $date } गी { $time } बजे (भारती समां) दे बाद फ्ही परीक्षा देई सकदे ओ। तां तक्कर पाठ फ्ही पढ़ो ते मॉड्यूल दे अभ्यास क्विज करो।
# needs-review
quiz-screen-questions = सुआल { $from }–{ $to }, कुल { $count }
# needs-review
quiz-answered = जवाब दित्ते: { $count } चा { $answered }
# needs-review
quiz-next = अगले सुआल
# needs-review
quiz-back = पिछले सुआल
# needs-review
quiz-save = मेरे जवाब सांभो
# needs-review
quiz-saved = तुंदे जवाब सांभी लैते गेदे न। तुस बाद च इस्सै जां कुसै दूए डिवाइस उप्पर आइयै पूरा करी सकदे ओ।
# needs-review
quiz-unanswered = { $count ->
    [one] इक सुआल दा जवाब अजें नेईं दित्ता गेदा। बिना जवाब दा सुआल गलत गिनेआ जंदा ऐ।
   *[other] { $count } सुआलें दे जवाब अजें नेईं दित्ते गेदे। बिना जवाब दा सुआल गलत गिनेआ जंदा ऐ।
}
# needs-review
quiz-go-to-question = सुआल { $number }
# needs-review
quiz-final-limit-reached = हून आस्तै आखरी परीक्षा दियां तुंदियां सारियां कोशशां पूरियां होई गेइयां न, इस आस्तै एह् जवाब नेईं गिने गे।
# needs-review
quiz-revise-heading = इनें विशें गी दोहराओ

## Certificates
# needs-review
certificate-title = सर्टिफिकेट
# needs-review
certificate-certifies = एह् प्रमाणत कीता जंदा ऐ जे
# needs-review
certificate-completed = ने कामयाबी कन्नै एह् कोर्स पूरा कीता ऐ
# needs-review
certificate-date = तरीक: { $date }
# needs-review
certificate-code = जांच कोड:
# needs-review
certificate-download-pdf = PDF दे रूप च डाउनलोड करो
# needs-review
certificate-print-hint = इसगी सांभने जां कुसै कन्नै सांझा करने आस्तै PDF डाउनलोड करो। कंप्यूटर उप्पर तुस एह् पेज (A4) प्रिंट बी करी सकदे ओ।
# needs-review
verify-title = सर्टिफिकेट दी जांच करो
# needs-review
verify-valid = एह् सर्टिफिकेट मान्य ऐ।
# needs-review
verify-name = नांऽ
# needs-review
verify-course = कोर्स
# needs-review
verify-date = तरीक
# needs-review
verify-not-found = इस कोड आह्ला कोई सर्टिफिकेट नेईं लब्भा। कोड जांचो ते फ्ही कोशश करो।
# needs-review
verify-intro = सर्टिफिकेट असली ऐ जां नेईं, एह् जांचने आस्तै उस उप्पर छपे दा कोड लिखो।
# needs-review
verify-code-label = सर्टिफिकेट दा कोड
# needs-review
verify-submit = जांचो

## Dashboard (courses)
# needs-review
dashboard-courses = मेरे कोर्स
# needs-review
dashboard-certificates = मेरे सर्टिफिकेट
# needs-review
dashboard-browse = कोर्स दिक्खो

## cohorts (lead)
# needs-review
nav-cohorts = बैच
# needs-review
admin-column-actions = कारवाई
# needs-review
admin-field-home-district = अपना जिला (ट्रेनरें आस्तै)
# needs-review
admin-district-none = — कोई नेईं —
# needs-review
cohorts-title = मेरे बैच
# needs-review
cohorts-none = अजें कोई बैच नेईं ऐ। हेठ दित्ते दे फार्म कन्नै इक बैच शुरू करो।
# needs-review
cohort-kind-shg = स्वयं सहायता समूह
# needs-review
cohort-kind-department = सरकारी महकमा
# needs-review
cohort-kind-class = स्कूल जां कालज दी जमात
# needs-review
cohort-kind-other = होर
# needs-review
cohort-create-heading = नमां बैच शुरू करो
# needs-review
cohort-field-name = बैच दा नांऽ
# needs-review
cohort-field-kind = ग्रुप दी किस्म
# needs-review
cohort-field-schedule = टाइम-टेबल बारै नोट (जरूरी नेईं)
# needs-review
cohort-field-group = ग्रुप
# needs-review
cohort-create-submit = बैच बनाओ
# needs-review
cohort-created = बैच बनी गेआ ऐ।
# needs-review
cohort-error-name = बैच दा नांऽ लिखो (बद्धोबद्ध 80 अक्खर)।
# needs-review
cohort-error-notes = टाइम-टेबल दे नोट बद्धोबद्ध 500 अक्खरें दे होई सकदे न।
# needs-review
cohort-error-trainer = इस लॉगिन नांऽ आह्ला कोई ट्रेनर नेईं ऐ।
# needs-review
cohort-column-learners = सिक्खने आह्ले
# needs-review
cohort-column-progress = औसत तरक्की
# needs-review
cohort-column-last-activity = आखरी गतिविधि
# needs-review
cohort-column-status = स्थिति
# needs-review
cohort-nav-label = बैच दे पेज
# needs-review
cohort-nav-progress = तरक्की
# needs-review
cohort-nav-assignments = कोर्स ते आखरी तरीकां
# needs-review
cohort-nav-attendance = हाजरी
# needs-review
cohort-nav-upload = सूची अपलोड करो
# needs-review
cohort-nav-slips = शुरुआती कोड दियां पर्चियां प्रिंट करो
# needs-review
cohort-learners-heading = सिक्खने आह्ले
# needs-review
cohort-learner-count = ({ $count })
# needs-review
cohort-no-learners = अजें कोई सिक्खने आह्ला नेईं ऐ। उनेंगी हेठ जोड़ो, जां सूची अपलोड करो।
# needs-review
cohort-status-pending = अजें तगर लॉगिन नेईं कीता
# needs-review
cohort-status-started = लॉगिन करी लेआ
# needs-review
cohort-new-code = नमां शुरुआती कोड
# needs-review
cohort-remove = हटाओ
# needs-review
cohort-learner-added = सिक्खने आह्ले गी बैच च जोड़ी दित्ता गेआ ऐ।
# needs-review
cohort-learner-removed = सिक्खने आह्ले गी बैच चा हटाई दित्ता गेआ ऐ। उंदी तरक्की सांभी दी ऐ।
# needs-review
cohort-add-existing-heading = ऐसे सिक्खने आह्ले गी जोड़ो जिसदा अकाउंट पैह्लें गै ऐ
# needs-review
cohort-search-label = नांऽ जां लॉगिन नांऽ
# needs-review
cohort-search-none = कोई सिक्खने आह्ला नेईं लब्भा।
# needs-review
cohort-search-more = होर बी सिक्खने आह्ले लब्भदे न: नांऽ दा होर हिस्सा लिखो।
# needs-review
cohort-add = जोड़ो
# needs-review
cohort-create-learner-heading = सिक्खने आह्ले दा अकाउंट बनाओ
# needs-review
cohort-create-learner-submit = अकाउंट बनाओ
# needs-review
cohort-code-issued = शुरुआती कोड बनी गेआ ऐ। एह् सिक्खने आह्ले गी देओ।
# needs-review
cohort-code-heading = शुरुआती कोड
# needs-review
cohort-code-hint = एह् सिर्फ हुनै दस्सेआ जा करदा ऐ। सिक्खने आह्ला इस कन्नै इक बारी “शुरुआती कोड कन्नै लॉगिन करो” उप्पर लॉगिन करदा ऐ ते अपना पासवर्ड चुनदा ऐ। एह् 30 दिन तगर चलदा ऐ।
# needs-review
cohort-hand-over-heading = एह् बैच कुसै होर ट्रेनर गी सौंपो
# needs-review
cohort-hand-over-label = ट्रेनर दा लॉगिन नांऽ
# needs-review
cohort-hand-over-submit = सौंपो
# needs-review
cohort-handed-over = हून एह् बैच दूए ट्रेनर दा ऐ।
# needs-review
login-have-code = केह् तुसेंगी अपने ट्रेनर थमां शुरुआती कोड थ्होआ ऐ?
# needs-review
start-title = शुरुआती कोड कन्नै लॉगिन करो
# needs-review
start-intro = अपना लॉगिन नांऽ ते अपनी पर्ची उप्पर लिखे दा कोड लिखो, फ्ही अपना पासवर्ड आपूं चुनो।
# needs-review
start-field-code = शुरुआती कोड
# needs-review
start-submit = पासवर्ड सेट करियै लॉगिन करो
# needs-review
start-done = स्वागत ऐ! तुंदा पासवर्ड सेट होई गेआ ऐ।
# needs-review
start-error-code = एह् लॉगिन नांऽ ते शुरुआती कोड आपूं च मेल नेईं खंदे, जां कोड बरती लैता गेदा ऐ जां उसदी मियाद मुक्की गेदी ऐ। अपने ट्रेनर थमां नमां कोड मंगो।
# needs-review
admin-learners-title = सिक्खने आह्ले
# needs-review
admin-district-all = सारे जिले

## start slips
# needs-review
slips-title = शुरुआती कोड दियां पर्चियां
# needs-review
slips-intro = इनें सिक्खने आह्लें अजें अपना पासवर्ड नेईं चुनेआ। हर इक आस्तै इक पर्ची प्रिंट करो: उस उप्पर उंदा लॉगिन नांऽ, शुरुआती कोड ते इक QR कोड होंदा ऐ, जेह्ड़ा लॉगिन दा पेज खोह्लदा ऐ।
# needs-review
slips-warning = प्रिंट करने कन्नै टिक कीते गेदे सिक्खने आह्लें गी नमें शुरुआती कोड मिलदे न। पैह्लें छापी गेदियें पर्चियें दे कोड कम्म करना बंद करी दिंदे न।
# needs-review
slips-none = इस बैच दे सारे सिक्खने आह्ले अपना पासवर्ड चुनी चुके न। कुसै गी पर्ची दी लोड़ नेईं।
# needs-review
slips-column-print = प्रिंट
# needs-review
slips-status-pending = कोड इस तरीक तगर चलग:
# needs-review
slips-status-expired = कोड दी मियाद मुक्की गेई: नमीं पर्ची चाहिदी ऐ
# needs-review
slips-print-chosen = टिक कीते गेदे सिक्खने आह्लें दियां पर्चियां प्रिंट करो
# needs-review
slips-print-all = जिनें अजें शुरू नेईं कीता, उनें सारें दियां पर्चियां प्रिंट करो ({ $count })
# needs-review
slips-sheet-title = शुरुआती कोड दियां पर्चियां
# needs-review
slips-sheet-ready = नमें शुरुआती कोड त्यार न: { $count }।
# needs-review
slips-sheet-print-hint = एह् पेज हुनै प्रिंट करो (Ctrl+P दबाओ, जां ब्राउजर दे मेन्यू च प्रिंट चुनो)। एह् कोड सिर्फ इस्सै बारी दिखदे न: जेकर तुस एह् पेज छोड़ी देओ, तां नमियां पर्चियां प्रिंट करो।
# needs-review
slips-slip-steps = QR कोड स्कैन करो जां उप्पर लिखे दा पता खोह्लो। अपना शुरुआती कोड लिखो ते अपना पासवर्ड चुनो। एह् कोड इक्कै बारी, { $date } तगर चलदा ऐ।
# needs-review
slips-error-chosen = टिक कीता गेदा कोई सिक्खने आह्ला हुन इस बैच च नेईं ऐ जां अपना पासवर्ड चुनी चुके दा ऐ। किश बी प्रिंट नेईं होआ; एह् ऐ हुनै दी सूची।
# needs-review
slips-error-none = घट्टोघट्ट इक सिक्खने आह्ले उप्पर टिक करो।

## Assignments and attendance
# needs-review
assign-title = सौंपे गेदे कोर्स
# needs-review
assign-none = इस बैच गी अजें कोई कोर्स नेईं सौंपेआ गेआ।
# needs-review
assign-column-course = कोर्स
# needs-review
assign-column-due = आखरी तरीक
# needs-review
assign-no-due = कोई आखरी तरीक नेईं
# needs-review
assign-overdue = समां निकली गेआ
# needs-review
assign-remove = हटाओ
# needs-review
assign-heading = कोर्स सौंपो
# needs-review
assign-field-course = कोर्स
# needs-review
assign-field-due = आखरी तरीक (जरूरी नेईं)
# needs-review
assign-field-due-hint = जेह्ड़ा कोर्स पैह्लें गै सौंपे दा ऐ, उसी फ्ही सौंपने कन्नै उसदी आखरी तरीक बदली जंदी ऐ।
# needs-review
assign-submit = सौंपो
# needs-review
assign-saved = कोर्स बैच गी सौंपी दित्ता गेआ ऐ।
# needs-review
assign-removed = कोर्स बैच चा हटाई दित्ता गेआ ऐ। सिक्खने आह्लें दी तरक्की सांभी दी ऐ।
# needs-review
assign-error-course = सूची चा कोई कोर्स चुनो।
# needs-review
assign-error-due = आखरी तरीक 2020 थमां 2100 दे बिच्च कोई दिन लिखो, जां इसगी खाल्ली छोड़ो।
# needs-review
dashboard-due = आखरी तरीक:
# needs-review
attendance-title = हाजरी
# needs-review
attendance-heading = इक सेशन दर्ज करो
# needs-review
attendance-field-date = सेशन दी तरीक
# needs-review
attendance-present-legend = कुन हाजर हा
# needs-review
attendance-lessons-legend = केह्ड़े पाठ पढ़ाए गे
# needs-review
attendance-lessons-hint = एह् पाठ हाजर सिक्खने आह्लें आस्तै पूरे गिने जाङन, “सेशन च” निशान कन्नै। आखरी परीक्षा कदें बी इस चाल्ली पूरी नेईं मन्नी जंदी: हर सिक्खने आह्ला उसी आपूं दिंदा ऐ।
# needs-review
attendance-submit = हाजरी सांभो
# needs-review
attendance-recorded = सेशन सांभी लेआ गेआ ऐ।
# needs-review
attendance-already-recorded = एह् सेशन पैह्लें गै सांभेआ जाई चुके दा ऐ। किश नेईं बदलेआ।
# needs-review
attendance-no-learners = इस बैच च अजें कोई सिक्खने आह्ला नेईं ऐ।
# needs-review
attendance-no-courses = इस बैच गी अजें कोई कोर्स नेईं सौंपेआ गेआ, इस करी चुनने आस्तै कोई पाठ नेईं ऐ।
# needs-review
attendance-past-heading = पिछले सेशन
# needs-review
attendance-none = अजें कोई सेशन दर्ज नेईं होआ।
# needs-review
attendance-column-date = तरीक
# needs-review
attendance-column-present = हाजर
# needs-review
attendance-column-lessons = पढ़ाए गेदे पाठ
# needs-review
attendance-no-lessons = कोई पाठ नेईं
# needs-review
attendance-error-date = सेशन दी तरीक लिखो: 2020 थमां अज्ज तगर कोई दिन।
# needs-review
attendance-error-nobody = घट्टो-घट्ट इक हाजर सिक्खने आह्ले उप्पर निशान लाओ।
# needs-review
attendance-error-learner = निशान लाए गेदे सिक्खने आह्लें चा कोई इस बैच च नेईं ऐ।
# needs-review
attendance-error-lesson = निशान लाए गेदे पाठें चा कोई इस बैच गी सौंपे गेदे कोर्स दा नेईं ऐ।

## Progress grid
# needs-review
progress-title = तरक्की: { $cohort }
# needs-review
progress-actions-label = तरक्की तालिका दे विकल्प
# needs-review
progress-download-csv = CSV (Excel) दे रूप च डाउनलोड करो
# needs-review
progress-print = प्रिंट आस्तै पेज
# needs-review
progress-print-hint = एह् पेज प्रिंट करने आस्तै अपने ब्राउजर दा प्रिंट बटन (Ctrl+P) बरतो।
# needs-review
progress-back-to-grid = तालिका उप्पर परतोई जाओ
# needs-review
progress-no-courses = इस बैच गी अजें कोई कोर्स नेईं दित्ता गेदा, इस करी दस्सने आस्तै कोई तरक्की नेईं ऐ।
# needs-review
progress-assign-courses = इस बैच गी कोर्स देओ
# needs-review
progress-legend = हर खाने च दिखदा ऐ: मॉड्यूल दे कि'न्ने पाठ पूरे होए, उंदे चा कि'न्ने सत्र च पूरे होए, ते अभ्यास क्विज दा सारें शा खरा स्कोर। ✓ मॉड्यूल पूरा · ★ सर्टिफिकेट मिली गेआ · ⚠ अटके दे: 14 दिनें थमां कोई पाठ जां क्विज नेईं।
# needs-review
progress-due = आखरी तरीक: { $date }
# needs-review
progress-stuck-count = { $count } चा { $stuck } सिक्खने आह्ले अटके दे न (14 दिनें थमां कोई पाठ जां क्विज नेईं)।
# needs-review
progress-column-learner = सिक्खने आह्ला
# needs-review
progress-column-progress = तरक्की
# needs-review
progress-column-certificate = सर्टिफिकेट
# needs-review
progress-column-activity = आखरी गतिविधि
# needs-review
progress-module-lessons = पाठ: { $count }
# needs-review
progress-at-session = सत्र च: { $count }
# needs-review
progress-best-score = क्विज: { $score }
# needs-review
progress-no-quiz-yet = क्विज नेईं दित्ता
# needs-review
progress-stuck = अटके दा
# needs-review
progress-certified = सर्टिफिकेट
# needs-review
progress-never = शुरू नेईं कीता
# needs-review
progress-totals = मॉड्यूल पूरा कीता
# needs-review
progress-completed-of = { $count } चा { $done }
# needs-review
progress-csv-course = कोर्स
# needs-review
progress-csv-lessons-done = { $module }: पूरे पाठ
# needs-review
progress-csv-best-score = { $module }: क्विज दा सारें शा खरा स्कोर %
# needs-review
progress-csv-certificate = सर्टिफिकेट
# needs-review
progress-csv-last-activity = आखरी गतिविधि
# needs-review
progress-csv-yes = हां
# needs-review
progress-csv-no = नेईं

## Learner record
# needs-review
record-identity-heading = सिक्खने आह्ले दी जानकारी
# needs-review
record-group = समूह
# needs-review
record-new-code = नमां शुरुआती कोड देओ
# needs-review
record-new-code-hint = जेह्ड़े सिक्खने आह्ले अपना पासवर्ड भुल्ली गेदे न, उंदे आस्तै: उंदा पराना पासवर्ड कम्म करना बंद करी देग, ते ओह् नमें कोड कन्नै इक बारी लॉगिन करियै नमां पासवर्ड चुनङन।
# needs-review
record-cohorts-heading = बैच
# needs-review
record-cohorts-none = तुंदे कुसै बी बैच च नेईं न।
# needs-review
record-lessons-heading = पूरे कीते गेदे पाठ
# needs-review
record-lessons-count = ({ $count })
# needs-review
record-self-study = अपने आप पढ़ाई
# needs-review
record-at-session = सत्र च
# needs-review
record-at-session-on = { $date } दे सत्र च
# needs-review
record-column-course = कोर्स
# needs-review
record-column-lesson = पाठ
# needs-review
record-column-date = तरीक
# needs-review
record-column-how = कि'यां
# needs-review
record-attempts-heading = क्विज दियां कोशशां
# needs-review
record-attempts-none = अजें तगर कोई क्विज नेईं दित्ता।
# needs-review
record-column-quiz = क्विज
# needs-review
record-column-score = स्कोर
# needs-review
record-column-result = नतीजा
# needs-review
record-score = { $total } चा { $correct } ({ $percent })
# needs-review
record-passed = पास
# needs-review
record-not-passed = पास नेईं
# needs-review
record-certificates-heading = सर्टिफिकेट
# needs-review
record-certificates-none = अजें कोई सर्टिफिकेट नेईं।
# needs-review
record-certificate-verify = सर्टिफिकेट जांचो

## CSV enrolment
# needs-review
upload-title = सिक्खने आह्लें दी सूची अपलोड करो
# needs-review
upload-intro = इक स्प्रेडशीट थमां मते सारे सिक्खने आह्लें गी इक्कै बारी बैच च जोड़ो। जिन्ना चिर तुस झलक नेईं जांची लैंदे, किश बी सेव नेईं होंदा।
# needs-review
upload-columns-heading = कालम
# needs-review
upload-columns-intro = पैह्ली पंगती च कालमें दे नांऽ होन — अंग्रेजी, हिंदी जां उर्दू च, कुसै बी क्रम च। बाकी कालम छोड़ी दित्ते जंदे न।
# needs-review
upload-column-name = नांऽ
# needs-review
upload-column-login = मोबाइल जां लॉगिन
# needs-review
upload-column-gender = लिंग
# needs-review
upload-column-group = ग्रुप
# needs-review
upload-column-district = जिला
# needs-review
upload-column-language = भाशा
# needs-review
upload-column-name-help = सिक्खने आह्ले दा नांऽ, कुसै बी लिपि च।
# needs-review
upload-column-login-help = 10 अंकें दा मोबाइल नंबर, जां 3 थमां 32 अक्खरें, अंकें, बिंदुएं, डैश जां अंडरस्कोर दा लॉगिन नांऽ।
# needs-review
upload-column-gender-help = female, male, other जां unstated, जां हिंदी जां उर्दू च शब्द (महिला, خاتون)।
# needs-review
upload-column-group-help = student, shg-member, government-official जां other, जां हिंदी जां उर्दू च शब्द।
# needs-review
upload-column-district-help = जिले दा नांऽ अंग्रेजी, हिंदी जां उर्दू च (Srinagar, श्रीनगर, سرینگر)।
# needs-review
upload-column-language-help = पाठें दी भाशा: en, hi, ur, ks जां doi, जां उसदा नांऽ (Dogri, डोगरी)।
# needs-review
upload-column-what = केह् लिखना ऐ
# needs-review
upload-example-heading = मसाल
# needs-review
upload-formulas = कोई बी खाना =, +, - जां @ कन्नै शुरू नेईं होना चाहिदा: स्प्रेडशीट ऐसे खानें गी फार्मूला समझियै चलांदी ऐ। मोबाइल नंबर +91 कन्नै शुरू होई सकदा ऐ।
# needs-review
upload-encodings = Excel च “Save as” चुनो, फ्ही “CSV UTF-8 (comma delimited)” जां “Unicode text” चुनो। दूइयें एन्कोडिंगें आह्लियां फाइलां नेईं लैतियां जंदियां, तां जे नांऽ कदें नेईं बिगड़न। इक फाइल च बद्धोबद्ध { $rows } सिक्खने आह्ले ते { $megabytes } MB।
# needs-review
upload-template = इनें कालमें आह्ली खाली सूची डाउनलोड करो
# needs-review
upload-file-label = CSV फाइल
# needs-review
upload-submit = सूची जांचो
# needs-review
upload-back = बैच उप्पर वापस जाओ
# needs-review
upload-error-too-large = फाइल { $megabytes } MB थमां बड्डी ऐ। सूची गी छोटियें फाइलें च बंडो।
# needs-review
upload-error-unreadable = फाइल पढ़ी नेईं जाई सकी। उसगी फ्ही चुनो ते भेजो।
# needs-review
upload-error-workbook = एह् Excel वर्कबुक ऐ, CSV फाइल नेईं। Excel च “Save as” ते “CSV UTF-8” चुनो, फ्ही ओह् फाइल अपलोड करो।
# needs-review
upload-error-encoding = फाइल UTF-8 जां UTF-16 च सेव नेईं ऐ, इस करी उसदे नांऽ पढ़े नेईं जाई सकदे। Excel च “Save as” ते “CSV UTF-8” जां “Unicode text” चुनो।
# needs-review
upload-error-empty = फाइल खाली ऐ।
# needs-review
upload-error-no-rows = फाइल च कालमें दे नांएं आह्ली पंगत ऐ, पर कोई सिक्खने आह्ला नेईं।
# needs-review
upload-error-missing-column = “{ $column }” कालम नेईं ऐ। पैह्ली पंगती च एह् कालम होने चाहिदे न: { $columns }।
# needs-review
upload-error-repeated-column = पैह्ली पंगती च “{ $column }” कालम दो बारी ऐ।
# needs-review
upload-error-too-many-rows = फाइल च { $rows } थमां मते सिक्खने आह्ले न। उसगी छोटियें फाइलें च बंडो।
# needs-review
upload-preview-title = सूची जांचो
# needs-review
upload-preview-intro = अजें किश बी सेव नेईं होआ। पंगतां जांचो, फ्ही तेआर सिक्खने आह्लें गी बैच च जोड़ो।
# needs-review
upload-count-ready = जोड़ने आस्तै तेआर: { $count }
# needs-review
upload-count-enrolled = पैह्लें गै इस बैच च: { $count }
# needs-review
upload-count-refused = मसले आह्लियां पंगतां: { $count }
# needs-review
upload-refused-heading = मसले आह्लियां पंगतां
# needs-review
upload-refused-hint = एह् पंगतां नेईं जोड़ियां जाङन। इनेंगी स्प्रेडशीट च ठीक करो ते फ्ही अपलोड करो: पैह्लें जुड़े दे सिक्खने आह्ले छोड़ी दित्ते जंदे न।
# needs-review
upload-rows-heading = सूची दे सिक्खने आह्ले
# needs-review
upload-column-row = पंगत
# needs-review
upload-column-problem = मसला
# needs-review
upload-column-status = स्थिति
# needs-review
upload-status-ready = जोड़ेआ जाग
# needs-review
upload-status-enrolled = पैह्लें गै इस बैच च
# needs-review
upload-confirm = { $count } सिक्खने आह्लें गी जोड़ो
# needs-review
upload-again = दूई फाइल अपलोड करो
# needs-review
upload-nothing-to-enrol = इस सूची चा कुसै बी सिक्खने आह्ले गी नेईं जोड़ेआ जाई सकदा।
# needs-review
upload-confirm-changed = झलक दे बाद सूची दे किश लॉगिन दूए अकाउंटें लेई लैते। कुसै गी नेईं जोड़ेआ गेआ: पंगतां फ्ही जांचो।
# needs-review
upload-enrolled = जोड़े गेदे सिक्खने आह्ले: { $count }। उंदियां शुरुआती कोड दियां पर्चियां प्रिंट करो (“शुरुआती कोड दियां पर्चियां प्रिंट करो”), तां जे ओह् लॉगिन करी सकन।
# needs-review
upload-row-formula = “{ $column }” खाना =, +, - जां @ कन्नै शुरू होंदा ऐ, जिसगी स्प्रेडशीट फार्मूला समझियै चलांदी ऐ। इसगी उस निशान दे बगैर लिखो।
# needs-review
upload-row-missing = “{ $column }” खाली ऐ।
# needs-review
upload-row-name-too-long = नांऽ 80 अक्खरें थमां लम्मा ऐ।
# needs-review
upload-row-name-invalid = नांऽ च ऐसे अक्खर न जिंदी इजाजत नेईं।
# needs-review
upload-row-login-invalid = “{ $value }” नां ते 10 अंकें दा मोबाइल नंबर ऐ, नां लॉगिन नांऽ (a–z कन्नै शुरू होने आह्ले 3 थमां 32 अक्खर, अंक, बिंदु, डैश जां अंडरस्कोर)।
# needs-review
upload-row-unknown-gender = “{ $value }” सूची च दित्ता गेदा लिंग नेईं: female, male, other जां unstated।
# needs-review
upload-row-unknown-group = “{ $value }” सूची च दित्ता गेदा ग्रुप नेईं: student, shg-member, government-official जां other।
# needs-review
upload-row-unknown-district = “{ $value }” जम्मू-कश्मीर दा कोई जिला नेईं।
# needs-review
upload-row-unknown-language = “{ $value }” सबक दी कोई भाशा नेईं: en, hi, ur, ks जां doi।
# needs-review
upload-row-duplicate = उऐ मोबाइल जां लॉगिन जेह्ड़ा पंगत { $row } च ऐ।
# needs-review
upload-row-login-taken = एह् मोबाइल जां लॉगिन पैह्लें गै कुसै दूए अकाउंट दा ऐ। कोई होर लिखो, जां उस सिक्खने आह्ले गी बैच दे पेज थमां जोड़ो।
# needs-review
dashboard-trainer-next = तुंदे बैच, उंदे सिक्खने आह्ले ते उंदी तरक्की:

## assignment to chosen learners
# needs-review
assign-learners-legend = सिर्फ एह् सिक्खने आह्ले (पूरे बैच आस्तै कुसै उप्पर टिक नेईं करो)
# needs-review
assign-learners-hint = जेह्ड़ा कोर्स पैह्लें गै सौंपे दा ऐ, उसी फ्ही सौंपने कन्नै उसदे सिक्खने आह्ले बी बदली जंदे न।
# needs-review
assign-column-learners = सिक्खने आह्ले
# needs-review
assign-whole-cohort = पूरा बैच
# needs-review
assign-chosen-count = चुने गेदे सिक्खने आह्ले: { $count }
# needs-review
assign-error-learner = टिक कीते गेदे सिक्खने आह्लें चा कोई इस बैच च नेईं ऐ।

## officials' scope
# needs-review
admin-field-scope = कवरेज दा दायरा (अधिकारी)
# needs-review
admin-error-scope = चुनो जे एह् अधिकारी केह्‌दी रिपोर्ट दिक्खग: सारा यूटी, इक डिवीजन जां इक जिला।
# needs-review
scope-ut = सारा जम्मू ते कश्मीर
# needs-review
scope-division-jammu = जम्मू डिवीजन
# needs-review
scope-division-kashmir = कश्मीर डिवीजन
# needs-review
dashboard-scope = तुस इसदी रिपोर्ट दिक्खदे ओ:
# needs-review
dashboard-scope-none = कुसै एडमिन ने अजें तगर तैह् नेईं कीता जे तुस केह्‌दी रिपोर्ट दिक्खगे ओ।

## Coverage report (officials, admins) and the public coverage page
# needs-review
coverage-title = डिजिटल साक्षरता कवरेज
# needs-review
coverage-public-title = जम्मू-कश्मीर च डिजिटल साक्षरता
# needs-review
coverage-public-intro = सबक कि'न्ने लोकें तगर पुज्जेआ ऐ, सारे यूटी ते हर जिले आस्तै। 10 थमां घट्ट गिनती “<10” दे रूप च दस्सी जंदी ऐ, तां जे कुसै दी बक्खरी पन्छान नेईं होई सकै।
# needs-review
coverage-fewer-than-ten = <10
# needs-review
coverage-registered = रजिस्टर होए
# needs-review
coverage-active = पिछले 30 दिनें च सक्रिय
# needs-review
coverage-active-hint = “पिछले 30 दिनें च सक्रिय” च ओह् सिक्खने आह्ले गिने जंदे न जिनें अज्ज शा पैह्लें दे 30 दिनें च कुसै बी कोर्स दा कोई पाठ पढ़ेआ जां क्विज दित्ता, चाहे कोई बी अवधि चुनी गेदी होऐ। कोर्स शुरू करने, पूरा करने ते सर्टिफिकेट लैने च हर सिक्खने आह्ला इक्कै बारी गिनेआ जंदा ऐ, उस म्हीने च जिसलै एह् पैह्ली बारी होआ।
# needs-review
coverage-started = कोर्स शुरू कीता
# needs-review
coverage-completed = कोर्स पूरा कीता
# needs-review
coverage-certified = सर्टिफिकेट मिलेआ
# needs-review
coverage-lessons-self = अपने आप पढ़े गेदे पाठ
# needs-review
coverage-lessons-session = सत्र च पढ़े गेदे पाठ
# needs-review
coverage-target = लक्ष्य { $year }
# needs-review
coverage-reached = { $year } च पुज्ज
# needs-review
coverage-achieved = हासिल
# needs-review
coverage-no-district = जिला नेईं दस्सेआ गेआ
# needs-review
coverage-by-district = जिलेवार
# needs-review
coverage-by-month = म्हीनेवार
# needs-review
coverage-by-group = सिक्खने आह्लें दे ग्रुप मताबक
# needs-review
coverage-by-gender = लिंग मताबक
# needs-review
coverage-by-group-gender = सिक्खने आह्लें दे ग्रुप ते लिंग मताबक
# needs-review
coverage-by-course = कोर्स मताबक
# needs-review
coverage-month = म्हीना
# needs-review
coverage-course = कोर्स
# needs-review
coverage-chart-districts = { $year } च सिक्खने आह्लें तगर पुज्ज, जिलेवार, लक्ष्य दे मकाबले
# needs-review
coverage-chart-districts-public = सर्टिफिकेट लेई चुके दे सिक्खने आह्ले, जिलेवार
# needs-review
coverage-chart-months = म्हीनेवार नमें सर्टिफिकेट
# needs-review
coverage-chart-groups = रजिस्टर होए दे सिक्खने आह्ले, ग्रुप ते लिंग मताबक
# needs-review
coverage-filters = फिल्टर
# needs-review
coverage-from = थमां (म्हीना)
# needs-review
coverage-to = तगर (म्हीना)
# needs-review
coverage-all = सारे
# needs-review
coverage-apply = दस्सो
# needs-review
coverage-clear = फिल्टर हटाओ
# needs-review
coverage-downloads = डाउनलोड
# needs-review
coverage-download-csv = CSV डाउनलोड करो
# needs-review
coverage-download-xlsx = Excel (XLSX) डाउनलोड करो
# needs-review
coverage-col-breakdown = वर्ग
# needs-review
coverage-col-key = कोड
# needs-review
coverage-col-name = नांऽ
# needs-review
coverage-breakdown-total = कुल
# needs-review
coverage-breakdown-district = जिला
# needs-review
coverage-breakdown-group = सिक्खने आह्लें दा ग्रुप
# needs-review
coverage-breakdown-gender = लिंग
# needs-review
coverage-breakdown-course = कोर्स
# needs-review
coverage-breakdown-month = म्हीना
# needs-review
coverage-error-period = अवधि ठीक नेईं ऐ: 2025-04 जनेह् म्हीने लिखो, ते पैह्ला म्हीना आखरी म्हीने दे बाद दा नेईं होऐ।
# needs-review
coverage-error-group = सिक्खने आह्लें दा ऐसा कोई ग्रुप नेईं ऐ।
# needs-review
coverage-error-gender = लिंग दा ऐसा कोई विकल्प नेईं ऐ।
# needs-review
coverage-error-district = ऐसा कोई जिला नेईं ऐ।
# needs-review
coverage-error-course = ऐसा कोई कोर्स नेईं ऐ।
# needs-review
coverage-error-filter = इस रिपोर्ट च ऐसा कोई फिल्टर नेईं ऐ।
# needs-review
coverage-link = कवरेज रिपोर्ट
# needs-review
coverage-public-link = कवरेज
# needs-review
glossary-title = शब्दकोश
# needs-review
glossary-intro = पाठें च औने आह्‌ले शब्द, हर इक इक-दो वाक्यें च समझाए दा। पाठ च जिस शब्द दे थल्लै बिंदुएं आह्‌ली लकीर होऐ, ओह् इत्थै लेई औंदा ऐ।
# needs-review
glossary-empty = शब्दकोश अजें खाल्ली ऐ।
# needs-review
glossary-index = सारे शब्द

## District targets (admins)
# needs-review
targets-title = जिलें दे लक्ष्य
# needs-review
targets-year = ब'रा
# needs-review
targets-all-groups = सारे ग्रुप
# needs-review
targets-learners = कि'न्ने सिक्खने आह्लें तगर पुज्जना ऐ
# needs-review
targets-hint = हर जिले गी ब'रे च कि'न्ने सिक्खने आह्लें तगर पुज्जना ऐ (ओह् सिक्खने आह्ले जेह्ड़े कोई कोर्स शुरू करदे न)। जिस जिले दा कोई लक्ष्य नेईं होऐ, उसदा खाना खाली छोड़ो। कवरेज रिपोर्ट च हर जिले दी तरक्की इस लक्ष्य दे मकाबले दस्सी जंदी ऐ।
# needs-review
targets-save = लक्ष्य सांभो
# needs-review
targets-saved = लक्ष्य सांभी लैते गे न।
# needs-review
targets-error-year = 2020 ते 2100 दे बिच्च कोई ब'रा चुनो।
# needs-review
targets-error-number = लक्ष्य 0 थमां 2,00,00,000 तगर दियां पूरियां गिनतियां होनियां चाहिदियां न।

## Offline use
# needs-review
offline-save-link = इस कोर्स गी ऑफलाइन बरतने आस्तै सांभो
# needs-review
offline-save-title = ऑफलाइन बरतने आस्तै सांभो
# needs-review
offline-save-intro = इस कोर्स गी इस फोन उप्पर रक्खो, तां जे तुस नेटवर्क दे बगैर बी इसदे पाठ पढ़ी सको ते इसदे अभ्यास क्विज दे जवाब देई सको।
# needs-review
offline-save-size = { $language } च { $lessons } पाठ ते { $quizzes } अभ्यास क्विज: इस फोन उप्पर लगभग { $size } KB (डाउनलोड इस थमां छोटा होंदा ऐ)।
# needs-review
offline-save-button = ऑफलाइन आस्तै सांभो
# needs-review
offline-remove-button = इस फोन थमां हटाओ
# needs-review
offline-needs-js = कोर्स गी ऑफलाइन बरतने आस्तै सांभने च JavaScript दी लोड़ ऐ, जेह्ड़ी इस ब्राउजर च बंद ऐ जां मिलदी नेईं। जिसलै तुस ऑनलाइन ओ, तुस फ्ही बी हर पाठ पढ़ी सकदे ओ।
# needs-review
offline-saving = सांभेआ जा करदा ऐ… { $total } चा { $done }
# needs-review
offline-saved = इस फोन उप्पर सांभी लेआ गेआ ऐ ({ $size } KB)। तुस इसगी नेटवर्क दे बगैर पढ़ी सकदे ओ।
# needs-review
offline-save-failed = कोर्स सांभेआ नेईं जाई सकेआ: नेटवर्क चली गेआ। ऑनलाइन होइयै फ्ही कोशश करो।
# needs-review
offline-removed = इस फोन थमां हटाई दित्ता गेआ।
# needs-review
offline-unsupported = एह् ब्राउजर ऑफलाइन बरतने आस्तै पेज नेईं रक्खी सकदा।
# needs-review
offline-save-hint = जेह्ड़े पाठ तुस खोल्लदे ओ, ओह् बी इस फोन उप्पर रक्खे जंदे न। ऑफलाइन दित्ते गेदे अभ्यास क्विज दे जवाब नेटवर्क वापस औने परैंत भेजी दित्ते जंदे न। लॉग आउट करने कन्नै इस फोन उप्पर रक्खेआ गेदा सब किश हटी जंदा ऐ, ओह् जवाब बी जेह्ड़े अजें नेईं भेजे गेदे।
# needs-review
offline-title = ऑफलाइन
# needs-review
offline-intro = एह् पेज इस फोन उप्पर सांभेआ नेईं गेदा। हेठ कोई सांभे दा कोर्स खोल्लो, जां ऑनलाइन होइयै फ्ही कोशश करो।
# needs-review
offline-waiting-heading = भेजना बाकी ऐ
# needs-review
offline-waiting-text = एह् जवाब इस फोन उप्पर रक्खे दे न ते नेटवर्क वापस औने परैंत भेजी दित्ते जाङन। लॉग आउट नेईं करो।
# needs-review
offline-waiting-banner = भेजने आस्तै बाकी जवाब: { $count }
# needs-review
offline-sent = भेजी दित्ता गेआ ते गिनी लेआ गेआ।
# needs-review
offline-result = नतीजा दिक्खो
# needs-review
offline-send-now = हुनै भेजो
# needs-review
offline-saved-heading = इस फोन उप्पर सांभे गेदे कोर्स
# needs-review
offline-saved-none = अजें इस फोन उप्पर कोई कोर्स नेईं सांभेआ गेदा। कोई कोर्स खोल्लो ते “इस कोर्स गी ऑफलाइन बरतने आस्तै सांभो” चुनो।
# needs-review
offline-quiz-offline = तुस ऑफलाइन ओ। सुआलें दे जवाब देओ ते भेजो: तुंदे जवाब इस फोन उप्पर रक्खे जंदे न ते नेटवर्क वापस औने परैंत भेजी दित्ते जंदे न। जवाब जांचने आस्तै नेटवर्क दी लोड़ ऐ।
# needs-review
offline-final-offline = तुस ऑफलाइन ओ। आखरी परीक्षा आस्तै नेटवर्क दी लोड़ ऐ: ऑनलाइन होइयै इत्थें वापस आओ।
