# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = म चुप बस्ने आफ्नो अधिकार प्रयोग गर्दैछु।
phrase-no-search = म खानतलासीका लागि सहमति दिन्नँ।
phrase-free-to-go = के म जान पाउँछु?
phrase-lawyer = म वकिलसँग कुरा गर्न चाहन्छु।
phrase-no-sign = म वकिलबिना कुनै पनि कुरामा हस्ताक्षर गर्दिनँ।
phrase-no-entry = तपाईं मेरो घरभित्र पस्नमा म सहमति दिन्नँ।
phrase-slide-warrant = कृपया वारेन्टलाई ढोकामुनिबाट भित्र छिराउनुहोस्।
phrase-no-scan = म यो स्क्यानका लागि सहमति दिन्नँ।
phrase-wrong-warrant = यो वारेन्टमा गलत नाम वा गलत ठेगाना छ।
phrase-no-phone-search = म मेरो फोनको खानतलासीका लागि सहमति दिन्नँ।
phrase-consulate = म आफ्नो वाणिज्य दूतावाससँग सम्पर्क गर्न चाहन्छु।
phrase-recording = म रेकर्ड गर्दैछु। म तपाईंको बाटो छेकिरहेको छैन।
phrase-license = यो मेरो लाइसेन्स हो। अरू कुनै पनि कुराबारे म चुप बस्नेछु।
