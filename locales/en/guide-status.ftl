# Guide text: short sentences, plain words. Structure and sources: content/guides/status.toml

## Court dates, check-ins, visas and registration

status-title = Court dates, check-ins, visas and registration
status-summary = You have a court date or an { -ice } check-in, you have a visa, or you were asked to register.
status-first = Never skip an immigration court hearing or an { -ice } check-in. Talk to a lawyer before you go.
status-do-court = Find out the date of your next court hearing, and go. If you miss it, the judge can order you deported without you there.
status-do-check-in = Go to every { -ice } check-in. { -ice } lets people schedule a check-in online.
status-do-prepare = Before a hearing or a check-in, talk to a lawyer, carry their phone number, and make a family plan.
status-do-visa = If you have a visa, such as a student, work or visitor visa, different rules apply to you. Do not lie. Ask a lawyer, or your school's office for international students, what you must answer.
status-do-register = Since April 2025, the government asks people who never registered to register, with Form G-325R. Talk to a lawyer before you register or answer a request to register.
status-why-absentia = Federal law says that a person who got written notice of a hearing and does not come shall be ordered removed.
status-why-court-arrests = Since May 2025, { -ice } has arrested many people who came to immigration court, often right after the government asked to end their case.
status-why-register = A federal law says many noncitizens must register. Not registering on purpose can be a crime. Registering also gives the government your information. That is why you should talk to a lawyer first.
status-why-visa = The State Department can cancel a visa at any time.
status-unsettled-register = How the government will use registration information, and whom it will charge for not registering, is not clear yet. Ask a lawyer.
