# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = मैं चुप रहने के अपने अधिकार का इस्तेमाल कर रहा/रही हूँ।
phrase-no-search = तलाशी के लिए मेरी सहमति नहीं है।
phrase-free-to-go = क्या मैं जाने के लिए आज़ाद हूँ?
phrase-lawyer = मुझे एक वकील से बात करनी है।
phrase-no-sign = वकील के बिना मैं किसी भी चीज़ पर साइन नहीं करूँगा/करूँगी।
phrase-no-entry = मेरे घर में आपके आने के लिए मेरी सहमति नहीं है।
phrase-slide-warrant = कृपया वारंट को दरवाज़े के नीचे से अंदर सरका दीजिए।
phrase-no-scan = इस स्कैन के लिए मेरी सहमति नहीं है।
phrase-wrong-warrant = इस वारंट पर गलत नाम या गलत पता लिखा है।
phrase-no-phone-search = मेरे फ़ोन की तलाशी के लिए मेरी सहमति नहीं है।
phrase-consulate = मुझे अपने कॉन्सुलेट से संपर्क करना है।
phrase-recording = मैं रिकॉर्ड कर रहा/रही हूँ। मैं आपके काम में रुकावट नहीं डाल रहा/रही हूँ।
phrase-license = यह रहा मेरा लाइसेंस। बाकी किसी भी बात पर मैं चुप रहूँगा/रहूँगी।
