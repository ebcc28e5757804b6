# सबक — डोगरी (Dogri, Devanagari). Message ids mirror en/main.ftl exactly.
# A `# needs-review` line above a message means a native Dogri speaker should check it.

brand-name = सबक
# needs-review
footer-text = सबक — जम्मू-कश्मीर दे लोकें आस्तै डिजिटल साक्षरता दे मुफ्त पाठ।

## Navigation
# needs-review
nav-label = मुक्ख मेन्यू
# needs-review
nav-skip = सिद्धा मुक्ख हिस्से पर जाओ
# needs-review
nav-home = होम
# needs-review
nav-dashboard = मेरी पढ़ाई
# needs-review
nav-admin = स्टाफ खाते
# needs-review
nav-password = पासवर्ड बदलो
# needs-review
nav-login = लॉगिन करो
# needs-review
nav-register = खाता बनाओ
nav-logout = लॉग आउट
lang-switcher-label = भाशा

## Home
# needs-review
home-title = फोन, इंटरनेट ते ऑनलाइन सेवाएं बरतना सिक्खो
# needs-review
home-lead = सबक तुसेंगी तुंदी अपनी भाशा च, कदम-दर-कदम सखांदा ऐ जे स्मार्टफोन ते कंप्यूटर कि'यां चलाना ऐ, इंटरनेट पर चीजां कि'यां लब्भनियां न, सरकारी सेवाएं ऑनलाइन कि'यां लैनियां न, डिजिटल भुगतान कि'यां करना ऐ ते सुरक्षत कि'यां रौह्ना ऐ।
# needs-review
home-topic-devices = स्मार्टफोन ते कंप्यूटर चलाना
# needs-review
home-topic-internet = इंटरनेट पर जानकारी लब्भना ते लोकें कन्नै गल्ल करना
# needs-review
home-topic-services = ऑनलाइन सरकारी सेवाएं, आधार ते DigiLocker
# needs-review
home-topic-payments = UPI कन्नै सुरक्षत डिजिटल भुगतान
# needs-review
home-topic-safety = ऑनलाइन धोखाधड़ी थमां बचना
# needs-review
home-start = सिक्खना शुरू करो — एह् मुफ्त ऐ
# needs-review
home-have-account = मेरा खाता पैह्लें गै बने दा ऐ
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
register-title = अपना खाता बनाओ
# needs-review
register-intro = तुंदे खाते च तुंदी तरक्की ते तुंदे सर्टिफिकेट सांभे रौंह्दे न।
# needs-review
register-submit = खाता बनाओ
# needs-review
register-have-account = केह् तुंदा खाता पैह्लें गै ऐ?
# needs-review
register-welcome = सबक च तुंदा स्वागत ऐ! तुंदा खाता त्यार ऐ।
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
login-no-account = सबक पर नमें ओ?
# needs-review
login-error-invalid = लॉगिन नांऽ जां पासवर्ड ठीक नेईं ऐ।
# needs-review
login-error-throttled = मती बारी गलत कोशशां होइयां। किरपा करियै { $minutes } मिंट बाद फ्ही कोशश करो।
# needs-review
login-error-disabled = एह् खाता बंद करी दित्ता गेआ ऐ। किरपा करियै अपने ट्रेनर जां एडमिन कन्नै गल्ल करो।

## Dashboard
# needs-review
dashboard-title = मेरी पढ़ाई
# needs-review
dashboard-greeting = स्वागत ऐ,
# needs-review
dashboard-role = खाता
# needs-review
dashboard-learner-next = कोर्स जल्दी औने आह्ले न। तुंदी तरक्की इत्थें नजर औग।
# needs-review
dashboard-staff-next = तुंदी भूमिका आस्तै टूल जल्दी औने आह्ले न।
# needs-review
dashboard-admin-next = तुस "स्टाफ खाते" च जाइयै ट्रेनर ते अधिकारी दे खाते बनाई सकदे ओ।

## Administration
# needs-review
admin-title = स्टाफ खाते
# needs-review
admin-create-heading = ट्रेनर जां अधिकारी दा खाता बनाओ
# needs-review
admin-create-submit = खाता बनाओ
# needs-review
admin-created = खाता बनी गेआ ऐ।
# needs-review
admin-list-heading = मौजूदा स्टाफ खाते
# needs-review
admin-nav-label = प्रशासन
# needs-review
admin-accounts-title = सारे खाते
# needs-review
admin-audit-title = ऑडिट लॉग
# needs-review
admin-search-label = लॉगिन जां नांऽ कन्नै खोजो
# needs-review
admin-search-submit = खोजो
# needs-review
admin-accounts-none = कोई खाता नेईं लब्भा।
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
admin-account-disabled = खाता बंद करी दित्ता गेआ ऐ ते हर थाह्रै थमां लॉग आउट करी दित्ता गेआ ऐ।
# needs-review
admin-account-enabled = खाता फ्ही चालू करी दित्ता गेआ ऐ।
# needs-review
admin-password-set = इक बारी दा पासवर्ड सेट करी दित्ता गेआ ऐ। खाते गी हर थाह्रै थमां लॉग आउट करी दित्ता गेआ ऐ।
# needs-review
admin-password-issued-heading = नमां इक बारी दा पासवर्ड
# needs-review
admin-password-issued-label = इक बारी दा पासवर्ड
# needs-review
admin-password-issued-hint = एह् पासवर्ड खाते आह्ले गी आपूं मिलियै जां फोन उप्पर दस्सो। एह् सिर्फ इस्सै बारी दस्सेआ जाग। लॉगिन करदे बेल्लै उनेंगी अपना पासवर्ड चुनना पौग।
# needs-review
admin-error-self = तुस अपने गै खाते कन्नै एह् नेईं करी सकदे।
# needs-review
admin-error-not-staff = इक बारी दे पासवर्ड सिर्फ ट्रेनर, अधिकारी ते एडमिन खातें आस्तै न।
# needs-review
admin-pages-label = सफे
# needs-review
admin-page-previous = पिछला सफा
# needs-review
admin-page-next = अगला सफा
# needs-review
admin-page-number = सफा { $page }
# needs-review
admin-audit-when = कदूं
# needs-review
admin-audit-who = कुसने कीता
# needs-review
admin-audit-action = कारवाई
# needs-review
admin-audit-whom = खाता
# needs-review
admin-audit-none = अजें तगर किश दर्ज नेईं होआ।
# needs-review
admin-action-disable = खाता बंद कीता
# needs-review
admin-action-enable = खाता फ्ही चालू कीता
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
error-cross-origin = एह् अनुरोध कुसै होर वैबसाइट थमां आया हा, इस करी नकारी दित्ता गेआ।
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
error-too-large = फार्म भेजने आस्तै मता बड्डा ऐ। किरपा करियै इसगी छोटा करियै फ्ही कोशश करो।
# needs-review
error-unsupported-form = एह् पन्ना सिर्फ सबक थमां भेजे गेदे फार्म लैंदा ऐ। किरपा करियै वापस जाइयै फार्म बरतो।
# needs-review
error-page-title = एह् नेईं होई सकेआ
# needs-review
error-page-back = फार्म पर वापस जाओ
# needs-review
error-quiz-no-answer = जांचने शा पैह्लें इस सोआलै दा जवाब चुनो।

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
quiz-sign-in = क्विज देने आस्तै किरपा करियै लॉगिन करो। तुंदे जवाब ते नतीजे तुंदे खाते च सांभे रौंह्दे न।
# needs-review
quiz-question-number = { $count } चा सवाल { $number }
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
quiz-back-to-course = कोर्स पर वापस जाओ
# needs-review
quiz-check = मेरा जवाब जांचो
# needs-review
quiz-check-hint = कुसै सोआलै दा जवाब देओ ते “मेरा जवाब जांचो” दबाओ, फौरन पता लग्गी जाग जे ओह् ठीक ऐ जां नेईं। जांचे दा जवाब बदलेआ नेईं जाई सकदा। सारे सोआलें दे जवाब देइयै अपने जवाब जमा करो।
# needs-review
quiz-final-attempts-left = आखरी परीक्षा कुसै बी 24 घंटें च { $limit } बारी दित्ती जाई सकदी ऐ; हून { $left } बारी बाकी ऐ। अखीर च तुसेंगी अपने नंबर ते दोहराने आले विशे दस्से जाङन।
# needs-review
quiz-final-limit-used = तुस पिछले 24 घंटें च आखरी परीक्षा { $limit } बारी देई चुके ओ।
# needs-review
quiz-final-limit-retry = तुस { $date } गी { $time } बजे (भारती समां) दे बाद फ्ही परीक्षा देई सकदे ओ। तां तक्कर पाठ फ्ही पढ़ो ते मॉड्यूल दे अभ्यास क्विज़ करो।
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
certificate-print-hint = इस सर्टिफिकेट गी प्रिंट करने जां PDF (A4) च सांभने आस्तै अपने ब्राउजर दा प्रिंट बटन बरतो।
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

## Dashboard (courses)
# needs-review
dashboard-courses = मेरे कोर्स
# needs-review
dashboard-certificates = मेरे सर्टिफिकेट
# needs-review
dashboard-browse = कोर्स दिक्खो
