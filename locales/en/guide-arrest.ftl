# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = Arrest and detention
arrest-summary = You or someone you love is arrested or held by immigration.
arrest-first = Stay silent and ask for a lawyer. Do not sign anything.
arrest-do-lawyer = You have the right to a lawyer in immigration court, but the government does not pay for one. Ask for a list of free legal services.
arrest-do-fear = If you are afraid to go back to your country, tell the officer clearly. Ask to talk to an asylum officer or a judge.
arrest-do-bond = Ask your lawyer about a bond hearing. A judge may let you out while your case goes on. Not everyone can get bond. A lawyer may also be able to challenge your detention in federal court.
arrest-do-court = If you get a date for immigration court, go. If you miss it, the judge can order you deported without you there.
arrest-do-consulate = You can ask to contact your consulate. Officers must tell a detained foreign national about this right. For some countries, officers must tell the consulate even if you do not ask. If you fear your home government, or plan to ask for asylum, talk to a lawyer before you contact your consulate.
arrest-do-a-number = Know your A-number if you have one, and give it to your family. It helps them find you.
arrest-do-find = To find a person held by { -ice }, use the { -ice } Online Detainee Locator. Search with their A-number and country of birth, or their exact name and country of birth.
arrest-do-line = Families can also call the { -ice } detention information line: 1-888-351-4024.
arrest-dont-sign = Do not sign any papers, such as voluntary departure or stipulated removal, before you talk to a lawyer.
arrest-dont-lie = Do not lie. Do not show false papers.
arrest-why-counsel = Federal law says a person in removal proceedings may have a lawyer of their choice, but not at the government's cost.
arrest-why-consular = A treaty, the Vienna Convention on Consular Relations, says authorities must tell a detained foreign national, without delay, that they can have their consulate told. This applies whatever your status.
arrest-why-fear = Federal law says that a person in fast removal who says they fear going back must be sent to an asylum officer for an interview.
arrest-why-bond = Federal rules let a detained person ask an immigration judge to review their detention and bond. Since 2025, immigration judges say that many people who entered without inspection cannot get bond. Federal courts can review whether a person is held against the law.
arrest-why-locator = The locator can be searched with an A-number and country of birth, or with a name and country of birth.
arrest-unsettled-silence = Whether staying silent can be held against you in immigration court is not settled. What you say can be used against you there. Ask your lawyer.
arrest-unsettled-locator = The locator's search fields may have changed since our sources were written.
