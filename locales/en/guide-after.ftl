# Guide text: short sentences, plain words. Structure and sources: content/guides/after.toml

## After an encounter

after-title = After an encounter
after-summary = Write it down, get help, and find someone who was taken.
after-first = As soon as you are safe, write down what happened.
after-do-write = Write the date, time and place, what agents said and did, their names or badge numbers, car plates, and what they took.
after-do-witnesses = Write down the names and phone numbers of witnesses. Keep photos and videos safe.
after-do-lawyer = Talk to a lawyer or a rapid response hotline about what happened.
after-do-find = If someone was taken, search the { -ice } Online Detainee Locator with their A-number and country of birth, or their exact name and country of birth.
after-do-line = You can also call the { -ice } detention information line: 1-888-351-4024.
after-dont-post = Do not post details about a person's status online.
after-dont-sign = Do not sign papers for someone who was detained before you talk to a lawyer.
after-why-record = Recording officials doing their jobs in public is protected in several federal appeals courts. Your notes and videos can help a lawyer.
after-why-locator = { -ice } runs the Online Detainee Locator. You can search with an A-number and country of birth, or with a name and country of birth.
after-unsettled-locator = The locator may not list everyone. Children under 18 may not be listed. If you cannot find the person, call a lawyer.
