# The legal aid directory: find help by ZIP code, state, language and service.

home-directory = Find legal help
home-directory-hint = Lawyers and hotlines near you, without internet.
directory-title = Find legal help
directory-hint = Search by ZIP code or state. It works without internet.
directory-zip = ZIP code
directory-state = State
directory-state-any = Any state
directory-language = Language spoken
directory-language-any = Any language
directory-service = Help with
directory-service-any = Any kind of help
directory-search = Search
directory-local = Help in your state
directory-national = National lines
directory-none = No listed help matches. Try without a filter, or call a national line.
directory-unknown-zip = We do not know this ZIP code. Check the five numbers, or choose your state.
directory-read-on = Source read on { $date }
directory-read-on-year = Source read on { $date } (page from { $year })
directory-one-source = Only one source
directory-old = More than a year old: check it before you rely on it.
directory-not-confirmed = Not recently confirmed
directory-distance = { $miles ->
    [one] { $miles } mile away
   *[other] { $miles } miles away
}
directory-source = Source
# The website a directory entry was read on, e.g. "Source: example.org".
directory-source-host = Source: { $host }
# The area an office serves, as its own page says, e.g. "Serves: Franklin County".
directory-serves = Serves: { $area }
# A clinic says this built-in entry is out of date; the entry stays shown.
directory-reported-outdated = Reported outdated by { $clinic }
# Button that writes a text message to join a rapid-response alert network.
directory-signup-text = Text { $word } to { $number }
directory-signup-text-only = Send a text to { $number }
directory-signup-page = Sign-up page
directory-signup-hint = This app sends no alerts. This joins a local group that checks reports before it alerts people.
directory-call = Call
directory-text = Text
directory-email = Email
directory-website = Website
directory-copy = Copy number
# Opens the other ways to reach a contact: text, copy, website, save.
directory-more = More
directory-copied = Number copied
directory-save = Save
directory-saved = Saved
directory-my-contacts = My contacts
directory-my-contacts-empty = You have not saved a contact yet.
directory-leaving = This opens your web browser and leaves the offline app. Continue?
directory-credit = ZIP code data © GeoNames, CC BY 4.0

import-title = Add a clinic's contacts
import-hint = Choose a CSV file in the directory's format. If any line has a problem, nothing is added.
import-choose = Choose a CSV file
import-done = Contacts added: { $count }
directory-imported = Added from a file
import-from = Added from a file on { $date }
import-remove = Remove the contacts from this file
import-removed = Contacts removed: { $count }
import-failed = The file was not added. Nothing changed. Fix these lines and try again:
import-error-too-large = The file is too large.
import-error-encoding = Line { $line }: the file is not UTF-8 text. Save it as "CSV UTF-8".
import-error-malformed = Line { $line }: this line cannot be read.
import-error-missing-column = A column is missing: { $field }.
import-error-too-many-rows = The file has too many lines.
import-error-required = Line { $line }: { $field } is required.
import-error-bad-value = Line { $line }: { $field } has a value that is not allowed.
import-error-bad-phone = Line { $line }: { $field } is not a U.S. phone number with an area code.
import-error-bad-url = Line { $line }: { $field } must start with https://.
import-error-bad-state = Line { $line }: { $field } is not a U.S. state code.
import-error-bad-date = Line { $line }: { $field } is not a date written YYYY-MM-DD.
import-error-bad-zip = Line { $line }: { $field } is not a known ZIP code.
import-error-duplicate = Line { $line }: this contact is already in the file.

contact-kind-directory = Directory
contact-kind-government = Government line
contact-kind-hotline = Hotline
contact-kind-legal_aid = Legal aid
contact-kind-consulate_lookup = Consulate help
contact-kind-alert_signup = Alert sign-up

service-deportation_defense = Deportation defense
service-detention = Detention
service-legal_referral = Legal referrals
service-accredited_representatives = Accredited representatives
service-lawyer_search = Find a lawyer
service-daca = DACA
service-find_detained_person = Find a detained person
service-case_status = Court case status
service-family_separation = Separated families
service-know_your_rights = Know your rights
service-rapid_response = Rapid response hotline
service-consular_protection = Consular help
service-asylum = Asylum
service-family = Family
service-workers_rights = Workers' rights
