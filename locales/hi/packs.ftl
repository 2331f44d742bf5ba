# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.
# "pack" = पैकेज; "key code" = पहचान कोड (the short code the person compares
# with what the clinic says). "Nothing was changed" = ऐप में कुछ नहीं बदला.

## Packs screen
packs-title = क्लिनिक पैकेज
packs-intro = कोई क्लिनिक आपको एक पैकेज दे सकता है: यह एक फ़ाइल होती है, जिसमें क्लिनिक के संपर्क, स्थानीय नोट्स और अपडेट होते हैं। ऐप इसे इस्तेमाल करने से पहले जाँचता है कि इसे किसने बनाया। कुछ भी नहीं भेजा जाता।
packs-install = फ़ाइल से पैकेज इंस्टॉल करें
packs-none = कोई पैकेज इंस्टॉल नहीं है।
pack-version = वर्ज़न { $version }, { $date } को बना
pack-from = { $publisher } की तरफ़ से
pack-key = पहचान कोड: { $key }
pack-restore = पिछले वर्ज़न पर वापस जाएँ
pack-remove = यह पैकेज हटाएँ
pack-installed = पैकेज इंस्टॉल हो गया है।
pack-restored = हो गया। पैकेज फिर से पहले जैसा हो गया है।

## Before installing
pack-review-title = क्या आप इस क्लिनिक पर भरोसा करते हैं?
pack-review-new = यह इस क्लिनिक का पहला पैकेज है। इंस्टॉल करने से पहले क्लिनिक से पूछें। देखें कि यहाँ लिखा नाम और पहचान कोड वही हैं जो क्लिनिक बताता है।
pack-review-known = यह पैकेज उस क्लिनिक का है जिस पर आप पहले से भरोसा करते हैं।
pack-adds-title = यह पैकेज क्या जोड़ता है
pack-adds-contacts = "कानूनी मदद खोजें" सूची के लिए संपर्क
pack-adds-outdated = सूची में पुराने हो चुके संपर्कों की रिपोर्टें
pack-adds-profile = क्लिनिक का नाम, वेबसाइट और प्रिंट किए गए कार्डों पर छपने वाली एक लाइन
pack-adds-guides = क्लिनिक की अपनी गाइड: { $titles }
pack-adds-languages = इन भाषाओं में: { $languages }
pack-adds-official = ऐप बनाने वालों की तरफ़ से एक आधिकारिक अपडेट, जो ऐप के अपने शब्द बदलता है: { $files }
pack-review-install = भरोसा करें और इंस्टॉल करें
pack-review-update = अपडेट इंस्टॉल करें
pack-review-cancel = रद्द करें

## Where pack content shows
pack-guide-from = इस गाइड में { $publisher } के किए हुए बदलाव शामिल हैं।
home-clinic = आपका क्लिनिक
clinic-call = फ़ोन करें

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = यह पैकेज बहुत बड़ा है। ऐप में कुछ नहीं बदला।
pack-error-not-a-pack = यह फ़ाइल इस ऐप का पैकेज नहीं है, या यह अधूरी है। ऐप में कुछ नहीं बदला।
pack-error-signature = यह पैकेज बनने के बाद बदला गया है या ख़राब हो गया है। ऐप में कुछ नहीं बदला।
pack-error-malformed = यह पैकेज सही तरीके से नहीं बना है। ऐप में कुछ नहीं बदला।
pack-error-not-official = यह पैकेज इस ऐप का अपना नाम इस्तेमाल करता है, लेकिन यह ऐप बनाने वालों की तरफ़ से नहीं है। ऐप में कुछ नहीं बदला।
pack-error-other-key = यह पैकेज उस क्लिनिक का नाम इस्तेमाल करता है जिस पर आप भरोसा करते हैं, लेकिन इसका पहचान कोड अलग है। हो सकता है कि यह उनकी तरफ़ से न हो। ऐप में कुछ नहीं बदला।
pack-error-not-newer = आपके पास इस पैकेज का वर्ज़न { $installed } पहले से है। यह फ़ाइल वर्ज़न { $offered } है। ऐप में कुछ नहीं बदला।
pack-error-built-in = यह पैकेज ऐप के अपने शब्द बदलने की कोशिश करता है, जैसे अधिकारी से क्या कहें। सिर्फ़ ऐप बनाने वालों के आधिकारिक अपडेट ही ऐसा कर सकते हैं। ऐप में कुछ नहीं बदला।
pack-error-content = इस पैकेज में एक गलती है, इसलिए ऐप में कुछ नहीं बदला। { $file } में, लाइन { $line }: { $problem }
pack-error-io = पैकेज सेव नहीं हो सका। ऐप में कुछ नहीं बदला।
pack-broken = इंस्टॉल किया हुआ एक पैकेज पढ़ा नहीं जा सका। अभी के लिए ऐप अपनी सामग्री इस्तेमाल कर रहा है।
