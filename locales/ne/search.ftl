# Extra words that people type when they look for a guide: everyday and
# slang words, other names for the same thing. They are never shown; search
# uses them to find the guide. Write the words people in your community
# really use, separated by commas. They need not match the English ones.

search-keywords-right-now = मद्दत, सहयोग, बचाउ, आपतकाल, इमर्जेन्सी, अहिले, तुरुन्त, रोकियो, समात्यो, के गर्ने, help
search-keywords-street = प्रहरी, पुलिस, आईडी, ID, कागजपत्र, परिचयपत्र, नाम, सडक, फुटपाथ, हिँड्दा, तलासी, खानतलासी
search-keywords-door = ICE, छापा, रेड, raid, ढकढक, ढोका ढकढक्याउने, घर, कोठा, अपार्टमेन्ट, ढोका खोल्ने, वारेन्ट
search-keywords-face-scan = Mobile Fortify, अनुहार, अनुहार पहिचान, फेस स्क्यान, फोटो, तस्बिर, औंलाको छाप, फिंगरप्रिन्ट, क्यामेरा, एप, बायोमेट्रिक
search-keywords-car = गाडी, कार, ट्राफिक, गाडी रोक्यो, ड्राइभर, गाडी चलाउँदा, लाइसेन्स, यात्री, डिक्की, टिकट
search-keywords-workplace = काम, जागिर, कामको ठाउँमा छापा, हाकिम, मालिक, बोस, फ्याक्ट्री, खेत, रेस्टुरेन्ट, ग्यास स्टेसन, सँगै काम गर्ने
search-keywords-protest = प्रदर्शन, आन्दोलन, जुलुस, र्याली, मार्च, धर्ना, भिडियो खिच्ने, रेकर्ड, प्रहरीको भिडियो
search-keywords-arrest = पक्राउ, समातियो, हिरासत, जेल, थुना, डिटेन्सन सेन्टर, डिपोर्ट, देश निकाला, फिर्ता पठाउने, धरौटी, बन्ड
search-keywords-border = सीमा, बोर्डर, विमानस्थल, एयरपोर्ट, उडान, प्लेन, जाँच चौकी, चेकपोइन्ट, भन्सार, कस्टम्स, CBP, यात्रा
search-keywords-places = स्कुल, विद्यालय, मन्दिर, गुम्बा, चर्च, मस्जिद, अस्पताल, डाक्टर, क्लिनिक, अदालत, कोर्ट
search-keywords-family = बच्चा, छोराछोरी, केटाकेटी, परिवार, योजना, प्लान, संरक्षक, अभिभावक, बच्चा कसले लिने, कागजपत्र
search-keywords-phone = फोन, मोबाइल, पासवर्ड, पिन, अनलक, फेसबुक, भाइबर, ह्वाट्सएप, सामाजिक सञ्जाल, म्यासेज, फोटो
search-keywords-status = अदालतको मिति, तारिख, court date, सुनुवाइ, हियरिङ, अध्यागमन अदालत, इमिग्रेसन कोर्ट, न्यायाधीश, जज, हाजिरी, चेक-इन, check-in, ICE check-in, भिसा, विद्यार्थी भिसा, स्टुडेन्ट भिसा, काम गर्ने भिसा, वर्क भिसा, दर्ता, रजिस्ट्रेसन, रजिस्टर, G-325R
search-keywords-after = उजुरी, रिपोर्ट, लेखेर राख्ने, साक्षी, बेपत्ता, आफन्त खोज्ने, कहाँ लगे, पत्ता लगाउने, लोकेटर
