# सबक — हिन्दी (Hindi). Message ids mirror en/main.ftl exactly.

brand-name = सबक
footer-text = सबक — जम्मू-कश्मीर के लोगों के लिए डिजिटल साक्षरता के मुफ़्त पाठ।

## Navigation
nav-label = मुख्य मेन्यू
nav-skip = सीधे मुख्य हिस्से पर जाएँ
nav-home = होम
nav-dashboard = मेरी पढ़ाई
nav-admin = स्टाफ़ खाते
nav-password = पासवर्ड बदलें
nav-login = लॉगिन करें
nav-register = खाता बनाएँ
nav-logout = लॉग आउट
lang-switcher-label = भाषा

## Home
home-title = फ़ोन, इंटरनेट और ऑनलाइन सेवाओं का इस्तेमाल सीखें
home-lead = सबक आपको आपकी अपनी भाषा में, कदम-दर-कदम सिखाता है कि स्मार्टफ़ोन और कंप्यूटर कैसे चलाएँ, इंटरनेट पर चीज़ें कैसे ढूँढ़ें, सरकारी सेवाएँ ऑनलाइन कैसे लें, डिजिटल भुगतान कैसे करें और सुरक्षित कैसे रहें।
home-topic-devices = स्मार्टफ़ोन और कंप्यूटर चलाना
home-topic-internet = इंटरनेट पर जानकारी ढूँढ़ना और लोगों से बात करना
home-topic-services = ऑनलाइन सरकारी सेवाएँ, आधार और DigiLocker
home-topic-payments = UPI से सुरक्षित डिजिटल भुगतान
home-topic-safety = ऑनलाइन धोखाधड़ी से बचना
home-start = सीखना शुरू करें — यह मुफ़्त है
home-have-account = मेरा खाता पहले से है
home-continue = सीखना जारी रखें
home-audience = विद्यार्थियों, सरकारी अधिकारियों, स्वयं सहायता समूह की सदस्यों और जम्मू-कश्मीर के सभी 20 ज़िलों के हर व्यक्ति के लिए।

## Forms
form-choose = चुनें…
field-login = लॉगिन नाम या मोबाइल नंबर
field-login-hint = जैसे shazia.bhat या 9419012345। ई-मेल की ज़रूरत नहीं।
field-display-name = आपका नाम
field-password = पासवर्ड
field-password-confirm = पासवर्ड फिर से लिखें
field-current-password = अभी का पासवर्ड
field-new-password = नया पासवर्ड
field-initial-password = पहला पासवर्ड (व्यक्ति लॉगिन के बाद इसे बदलेगा)
field-group = आप कौन हैं
field-gender = लिंग
field-district = ज़िला
field-language = पसंद की भाषा
field-role = भूमिका
password-show = दिखाएँ
password-hide = छिपाएँ
password-rules = कम से कम 8 अक्षर। छोटे, मुश्किल पासवर्ड से अच्छे हैं कुछ ऐसे शब्द जो आपको याद रहें।

## Groups, genders, roles
group-government-official = सरकारी अधिकारी
group-student = विद्यार्थी
group-shg-member = स्वयं सहायता समूह (SHG) सदस्य
group-other = अन्य
gender-female = महिला
gender-male = पुरुष
gender-other = अन्य
gender-unstated = नहीं बताना चाहते
role-learner = सीखने वाले
role-trainer = ट्रेनर
role-official = अधिकारी
role-admin = एडमिन

## Registration
register-title = अपना खाता बनाएँ
register-intro = आपके खाते में आपकी प्रगति और आपके सर्टिफ़िकेट सुरक्षित रहते हैं।
register-submit = खाता बनाएँ
register-have-account = क्या आपका खाता पहले से है?
register-welcome = सबक में आपका स्वागत है! आपका खाता तैयार है।
register-error-login-format = 3 से 32 तक अंग्रेज़ी अक्षर (a–z), अंक, बिंदु (.), डैश (-) या अंडरस्कोर (_) लिखें, पहला अक्षर a–z हो — या 10 अंकों का मोबाइल नंबर लिखें।
register-error-login-taken = यह लॉगिन नाम या मोबाइल नंबर पहले से रजिस्टर है। कोई दूसरा चुनें, या लॉगिन करें।
register-error-name-required = कृपया अपना नाम लिखें।
register-error-name-too-long = नाम ज़्यादा से ज़्यादा 80 अक्षरों का हो सकता है।
register-error-name-invalid = आपके नाम में कुछ ऐसे अक्षर हैं जिनकी इजाज़त नहीं है।
register-error-choose = कृपया कोई एक विकल्प चुनें।
register-error-district = कृपया सूची में से अपना ज़िला चुनें।
register-error-signed-in = आप पहले से लॉगिन हैं।

## Passwords
password-error-too-short = पासवर्ड में कम से कम 8 अक्षर होने चाहिए।
password-error-too-long = पासवर्ड में ज़्यादा से ज़्यादा 128 अक्षर हो सकते हैं।
password-error-too-common = इस पासवर्ड का अंदाज़ा लगाना बहुत आसान है। कुछ ऐसे शब्द आज़माएँ जो आपको याद रहें।
password-error-contains-login = पासवर्ड में आपका लॉगिन नाम नहीं होना चाहिए।
password-error-mismatch = दोनों पासवर्ड एक जैसे नहीं हैं।
password-error-current-wrong = अभी का पासवर्ड सही नहीं है।
password-title = पासवर्ड बदलें
password-submit = पासवर्ड बदलें
password-changed = आपका पासवर्ड बदल गया है। बाकी सभी जगहों से आपको लॉग आउट कर दिया गया है।
password-must-change = एडमिन ने आपको एक बार इस्तेमाल होने वाला पासवर्ड दिया है। कृपया अभी अपना खुद का पासवर्ड चुनें।

## Sign in
login-title = लॉगिन करें
login-submit = लॉगिन करें
login-no-account = सबक पर नए हैं?
login-error-invalid = लॉगिन नाम या पासवर्ड सही नहीं है।
login-error-throttled = बहुत बार गलत कोशिश हुई। कृपया { $minutes } मिनट बाद फिर कोशिश करें।
login-error-disabled = यह खाता बंद कर दिया गया है। कृपया अपने ट्रेनर या एडमिन से संपर्क करें।

## Dashboard
dashboard-title = मेरी पढ़ाई
dashboard-greeting = स्वागत है,
dashboard-role = खाता
dashboard-learner-next = कोर्स जल्द आ रहे हैं। आपकी प्रगति यहाँ दिखेगी।
dashboard-staff-next = आपकी भूमिका के लिए टूल जल्द आ रहे हैं।
dashboard-admin-next = "स्टाफ़ खाते" में जाकर आप ट्रेनर और अधिकारी के खाते बना सकते हैं।

## Administration
admin-title = स्टाफ़ खाते
admin-create-heading = ट्रेनर या अधिकारी का खाता बनाएँ
admin-create-submit = खाता बनाएँ
admin-created = खाता बन गया है।
admin-list-heading = मौजूदा स्टाफ़ खाते
admin-nav-label = प्रशासन
admin-accounts-title = सभी खाते
admin-audit-title = ऑडिट लॉग
admin-search-label = लॉगिन या नाम से खोजें
admin-search-submit = खोजें
admin-accounts-none = कोई खाता नहीं मिला।
admin-column-name = नाम
admin-status = स्थिति
admin-status-active = चालू
admin-status-disabled = बंद
admin-actions = कार्रवाई
admin-disable = बंद करें
admin-enable = फिर से चालू करें
admin-reset-password = एक बार का पासवर्ड दें
admin-account-disabled = खाता बंद कर दिया गया है और हर जगह से लॉग आउट कर दिया गया है।
admin-account-enabled = खाता फिर से चालू कर दिया गया है।
admin-password-set = एक बार का पासवर्ड सेट कर दिया गया है। खाते को हर जगह से लॉग आउट कर दिया गया है।
admin-password-issued-heading = नया एक बार का पासवर्ड
admin-password-issued-label = एक बार का पासवर्ड
admin-password-issued-hint = यह पासवर्ड खाताधारक को खुद मिलकर या फ़ोन पर बताएँ। यह सिर्फ़ इसी बार दिखाया जाएगा। लॉगिन करते समय उन्हें अपना खुद का पासवर्ड चुनना होगा।
admin-error-self = आप अपने ही खाते के साथ ऐसा नहीं कर सकते।
admin-error-not-staff = एक बार के पासवर्ड सिर्फ़ ट्रेनर, अधिकारी और एडमिन खातों के लिए हैं।
admin-pages-label = पन्ने
admin-page-previous = पिछला पन्ना
admin-page-next = अगला पन्ना
admin-page-number = पन्ना { $page }
admin-audit-when = कब
admin-audit-who = किसने किया
admin-audit-action = कार्रवाई
admin-audit-whom = खाता
admin-audit-none = अभी तक कुछ दर्ज नहीं हुआ है।
admin-action-disable = खाता बंद किया
admin-action-enable = खाता फिर से चालू किया
admin-action-reset-password = एक बार का पासवर्ड दिया

## Errors
error-unauthenticated = कृपया पहले लॉगिन करें।
error-forbidden-title = इजाज़त नहीं है
error-forbidden = आपको यह करने की इजाज़त नहीं है।
error-cross-origin = यह अनुरोध किसी दूसरी वेबसाइट से आया था, इसलिए मना कर दिया गया।
error-not-found-title = पेज नहीं मिला
error-not-found = हमें यह पेज नहीं मिला।
error-internal = हमारी तरफ़ कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें।
error-bad-request = फ़ॉर्म पढ़ा नहीं जा सका। कृपया फिर से कोशिश करें।
error-busy = इस समय बहुत लोग साइन इन कर रहे हैं। कृपया थोड़ा रुककर फिर से कोशिश करें।
error-too-large = फ़ॉर्म भेजने के लिए बहुत बड़ा है। कृपया इसे छोटा करके फिर से कोशिश करें।
error-unsupported-form = यह पेज केवल सबक से भेजे गए फ़ॉर्म लेता है। कृपया वापस जाकर फ़ॉर्म का उपयोग करें।
error-page-title = यह नहीं हो सका
error-page-back = फ़ॉर्म पर वापस जाएँ
error-quiz-no-answer = जाँचने से पहले इस प्रश्न का उत्तर चुनें।

## Courses
nav-courses = कोर्स
catalogue-title = कोर्स
catalogue-all = सभी
catalogue-filter = किसके लिए कोर्स दिखाएँ
catalogue-lessons = { $count } पाठ
catalogue-progress = { $percent }% पूरा
content-fallback = अभी अनुवाद नहीं हुआ है: { $language } में दिखाया गया है।
course-continue = जहाँ छोड़ा था, वहीं से आगे बढ़ें
course-sign-in-to-save = पाठ कोई भी पढ़ सकता है। अपनी प्रगति सुरक्षित रखने, क्विज़ देने और सर्टिफ़िकेट पाने के लिए लॉगिन करें।
course-practice-quiz = अभ्यास क्विज़
course-final-heading = अंतिम परीक्षा
course-final-text = सर्टिफ़िकेट पाने के लिए { $pass }% या उससे ज़्यादा अंक लाएँ।
course-final-start = अंतिम परीक्षा दें
course-certificate = अपना सर्टिफ़िकेट देखें
lesson-done = पूरा हुआ
lesson-complete = पूरा हुआ, आगे बढ़ें
lesson-sign-in-hint = ताकि आपकी प्रगति सुरक्षित रहे।
lesson-pager = पिछला और अगला पाठ
lesson-listen = यह पाठ सुनें
read-aloud = पढ़कर सुनाएँ
read-aloud-stop = पढ़ना रोकें

## Quizzes
quiz-practice-title = अभ्यास क्विज़
quiz-final-title = अंतिम परीक्षा
quiz-sign-in = क्विज़ देने के लिए कृपया लॉगिन करें। आपके जवाब और नतीजे आपके खाते में सुरक्षित रहते हैं।
quiz-question-number = { $count } में से सवाल { $number }
quiz-hint-multiple = जितने भी सही जवाब हैं, सब चुनें।
quiz-hint-order = कदमों को सही क्रम में लगाएँ: पहले पहला कदम चुनें, फिर दूसरा, और इसी तरह आगे।
quiz-submit = जवाब भेजें
quiz-true = सही
quiz-false = ग़लत
quiz-best = सबसे अच्छा: { $total } में से { $correct }
quiz-result-title = आपका नतीजा
quiz-score = { $total } में से { $correct } सही ({ $percent }%)
quiz-passed = शाबाश — आप पास हो गए!
quiz-not-passed = पास होने के लिए { $pass }% चाहिए। पाठ फिर से पढ़ें और एक बार और कोशिश करें।
quiz-your-answer = आपका जवाब:
quiz-correct = — सही
quiz-incorrect = — सही नहीं
quiz-right-answer = सही जवाब:
quiz-try-again = फिर से कोशिश करें
quiz-back-to-course = कोर्स पर वापस जाएँ
quiz-check = मेरा उत्तर जाँचें
quiz-check-hint = किसी प्रश्न का उत्तर दें और “मेरा उत्तर जाँचें” दबाएँ, तुरंत पता चलेगा कि वह सही है या नहीं। जाँचा गया उत्तर बदला नहीं जा सकता। सब प्रश्नों के उत्तर देने के बाद अपने उत्तर जमा करें।
quiz-final-attempts-left = अंतिम परीक्षा किसी भी 24 घंटों में { $limit } बार दी जा सकती है; अभी { $left } बार बाकी है। अंत में आपको अपने अंक और दोहराने वाले विषय दिखेंगे।
quiz-final-limit-used = आप पिछले 24 घंटों में अंतिम परीक्षा { $limit } बार दे चुके हैं।
quiz-final-limit-retry = आप { $date } को { $time } बजे (भारतीय समय) के बाद फिर से परीक्षा दे सकते हैं। तब तक पाठ फिर से पढ़ें और मॉड्यूल के अभ्यास क्विज़ हल करें।
quiz-final-limit-reached = अभी के लिए अंतिम परीक्षा की आपकी सारी कोशिशें हो चुकी हैं, इसलिए ये उत्तर नहीं गिने गए।
quiz-revise-heading = इन विषयों को दोहराएँ

## Certificates
certificate-title = सर्टिफ़िकेट
certificate-certifies = यह प्रमाणित किया जाता है कि
certificate-completed = ने सफलता से यह कोर्स पूरा किया है
certificate-date = तारीख़: { $date }
certificate-code = जाँच कोड:
certificate-download-pdf = PDF के रूप में डाउनलोड करें
certificate-print-hint = इस सर्टिफ़िकेट को प्रिंट करने या PDF (A4) में सेव करने के लिए अपने ब्राउज़र का प्रिंट बटन इस्तेमाल करें।
verify-title = सर्टिफ़िकेट की जाँच करें
verify-valid = यह सर्टिफ़िकेट मान्य है।
verify-name = नाम
verify-course = कोर्स
verify-date = तारीख़
verify-not-found = इस कोड का कोई सर्टिफ़िकेट नहीं मिला। कोड जाँचें और फिर से कोशिश करें।

## Dashboard (courses)
dashboard-courses = मेरे कोर्स
dashboard-certificates = मेरे सर्टिफ़िकेट
dashboard-browse = कोर्स देखें
