# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = Arrest and detention
arrest-summary = You or someone you love is arrested or held by immigration.
arrest-first = Stay silent and ask for a lawyer. Do not sign anything.
arrest-do-lawyer = You have the right to a lawyer in immigration court, but the government does not pay for one. Ask for a list of free legal services.
arrest-do-consulate = You can ask to contact your consulate. Officers must tell a detained foreign national about this right.
arrest-do-a-number = Know your A-number if you have one, and give it to your family. It helps them find you.
arrest-do-find = To find a person held by { -ice }, use the { -ice } Online Detainee Locator. Search with their A-number and country of birth, or their exact name and country of birth.
arrest-do-line = Families can also call the { -ice } detention information line: 1-888-351-4024.
arrest-dont-sign = Do not sign any papers, such as voluntary departure or stipulated removal, before you talk to a lawyer.
arrest-dont-lie = Do not lie. Do not show false papers.
arrest-why-counsel = Federal law says a person in removal proceedings may have a lawyer of their choice, but not at the government's cost.
arrest-why-consular = A treaty, the Vienna Convention on Consular Relations, says authorities must tell a detained foreign national, without delay, that they can have their consulate told. This applies whatever your status.
arrest-why-locator = The locator does not show people under 18.
arrest-unsettled-silence = Whether staying silent can be held against you in immigration court is not settled. Ask your lawyer.
arrest-unsettled-locator = The locator's search fields may have changed since our sources were written.
