# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = 在工作場所
work-summary = 移民執法人員來到您工作的地方。
work-first = 保持冷靜。不要跑。
work-do-warrant = 問執法人員是否有法官簽名的令狀。單憑 { -ice } 令狀，他們不能進入工作場所的非公開區域。
work-do-private = 執法人員需要法官簽發的令狀、雇主的同意，或有緊急情況，才能進入不對公眾開放的區域。
work-do-silent = 您可以保持沉默。您不必回答關於您在哪裡出生或您的身分的問題。如果您有有效的美國移民文件，而執法人員要求查看，請出示。
work-do-lawyer = 要求見律師。在和律師談過之前，不要簽任何文件。
work-dont-lie = 不要說謊。不要出示假證件。
work-dont-hide = 不要躲藏或逃跑。不要和執法人員打鬥。
work-why-warrant = 由官員簽名的 { -ice } 令狀，本身並不允許執法人員進入不對公眾開放的區域，除非雇主同意或有緊急情況。由法官簽名的搜查令則允許他們進入。
work-why-fourth = 美國憲法第四修正案保護人們不受不合理的搜查。所以執法人員需要法官簽發的令狀或同意，才能進入非公開區域。
work-why-i9 = 在檢查工作資格文件（Form I-9）之前，雇主通常會至少提前 3 天收到書面通知。執法人員也可以用傳票或令狀，更早拿到這些文件。
work-why-silence = 無論移民身分為何，美國憲法都給予每一個人保持沉默的權利。
work-unsettled-employer = 您的雇主可以允許什麼，以及哪些區域算是公共區域，要看是什麼地方。請和勞工權益團體或律師談談。
