# Extra words that people type when they look for a guide: everyday and
# slang words, other names for the same thing. They are never shown; search
# uses them to find the guide. Write the words people in your community
# really use, separated by commas. They need not match the English ones.

search-keywords-right-now = मदद, बचाओ, इमरजेंसी, अभी, जल्दी, रोका गया, पुलिस ने रोका, पकड़ लिया, क्या करूँ, help
search-keywords-street = पुलिस, पुलिसवाला, आईडी, ID, कागज, कागजात, दस्तावेज, पहचान पत्र, नाम, फुटपाथ, पैदल, तलाशी
search-keywords-door = ICE, छापा, रेड, raid, दस्तक, दरवाजा, खटखटाना, घर, मकान, अपार्टमेंट, वारंट
search-keywords-face-scan = Mobile Fortify, चेहरा, चेहरे की पहचान, फेस स्कैन, फोटो, तस्वीर, उंगलियों के निशान, फिंगरप्रिंट, कैमरा, ऐप, बायोमेट्रिक
search-keywords-car = गाड़ी, गाडी, कार, ट्रैफिक, ड्राइवर, ड्राइविंग, लाइसेंस, सवारी, डिक्की, चालान, टिकट
search-keywords-workplace = नौकरी, काम, काम पर छापा, बॉस, मालिक, सेठ, फैक्टरी, खेत, रेस्टोरेंट, गैस स्टेशन, मोटल, साथ काम करने वाले
search-keywords-protest = प्रदर्शन, धरना, रैली, जुलूस, मार्च, वीडियो बनाना, रिकॉर्डिंग, फिल्म बनाना, पुलिस का वीडियो
search-keywords-arrest = गिरफ्तारी, गिरफ्तार, पकड़ा गया, हिरासत, जेल, हवालात, डिटेंशन सेंटर, डिपोर्ट, देश निकाला, जमानत, बॉन्ड
search-keywords-border = बॉर्डर, सीमा, हवाई अड्डा, एयरपोर्ट, फ्लाइट, जहाज, चेकपॉइंट, कस्टम, CBP, बॉर्डर पेट्रोल, सफर
search-keywords-places = स्कूल, मंदिर, गुरुद्वारा, मस्जिद, चर्च, अस्पताल, डॉक्टर, क्लिनिक, अदालत, कोर्ट, कचहरी
search-keywords-family = बच्चे, परिवार, योजना, प्लान, गार्जियन, अभिभावक, बच्चों को कौन लेगा, कागजात, इमरजेंसी प्लान, रिश्तेदार
search-keywords-phone = फोन, मोबाइल, पासवर्ड, पिन, अनलॉक, लॉक खोलना, व्हाट्सएप, फेसबुक, सोशल मीडिया, मैसेज, फोटो
search-keywords-status = अदालत की तारीख, कोर्ट की तारीख, कोर्ट डेट, पेशी, सुनवाई, इमिग्रेशन कोर्ट, इमिग्रेशन अदालत, जज, चेक-इन, चेकइन, ICE चेक-इन, हाजिरी, वीजा, वीज़ा, स्टूडेंट वीजा, वर्क वीजा, F-1, H-1B, रजिस्ट्रेशन, पंजीकरण, रजिस्टर, G-325R, court date, hearing, check-in, visa
search-keywords-after = शिकायत, रिपोर्ट, लिखकर रखना, गवाह, लापता, रिश्तेदार को ढूँढना, कहाँ ले गए, पता करना, लोकेटर
