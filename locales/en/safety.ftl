# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = Hide
quick-exit-label = Hide this screen now
neutral-title = Notes
neutral-placeholder = Write a note. It is not saved.
# The notes page that Hide shows looks like an ordinary notes app, with a few
# everyday notes. Change the foods and chores to ones common for your readers.
neutral-new = New note
neutral-all = All notes
neutral-note-1-title = Shopping
neutral-note-1-body = Rice, beans, eggs, milk, bread, onions, soap.
neutral-note-2-title = Bean soup
neutral-note-2-body = Beans, tomato, onion, garlic, salt. Cook for one hour.
neutral-note-3-title = This week
neutral-note-3-body = Pay the phone bill. Clean the kitchen. Fix the bike.
# Shown once on home, so people learn what Hide does before they need it.
hide-tip-title = How Hide works
hide-tip-text = Tap Hide and kyr shows a plain notes page at once. Nothing from kyr is on it. To come back, close kyr and open it again.
hide-tip-ok = Got it

## Privacy
privacy-title = Your privacy
privacy-text = This app sends nothing and needs no internet. It keeps only your settings, the contacts you save, and your emergency plan if you make one. Your plan is locked with your PIN. You can erase everything in Settings.

## The emergency plan (locked)
home-plan = My emergency plan
home-plan-hint = Contacts, A-number, family plan. Locked with a PIN.
vault-title = My emergency plan
vault-intro = Keep your emergency contacts and your family plan here. They are locked with a PIN and stay only on this phone.
vault-pin-label = PIN or passphrase
vault-pin-again = Type it again
vault-pin-hint = Use at least 6 numbers or letters. A longer passphrase is safer.
vault-create = Lock my plan with this PIN
vault-unlock = Open
vault-lock = Lock now
vault-locked-note = It locks by itself when you leave the app, and after 5 minutes.
vault-pin-mismatch = The two PINs are not the same.
vault-pin-short = Use at least 6 numbers or letters.
vault-wrong-pin = Wrong PIN.
vault-wait = { $seconds ->
    [one] Wait one second, then try again.
   *[other] Wait { $seconds } seconds, then try again.
}
vault-unreadable = Your emergency plan cannot be read. The file may be damaged. It has not been deleted. You can keep it, or erase it and start again.
vault-erase-damaged = Erase the damaged plan
vault-opening = Opening…
vault-save = Save and lock
vault-saved = Saved. Your plan is locked.
vault-name-label = Your name
vault-a-number-label = Your A-number, if you have one
vault-contacts-heading = Emergency contacts
vault-contact-name = Name
vault-contact-phone = Phone number
vault-add-contact = Add a contact
vault-remove-contact = Remove
vault-plan-heading = Family plan
vault-children-label = Who picks up the children
vault-documents-label = Where the important papers are
vault-lawyer-name-label = Lawyer's name
vault-lawyer-phone-label = Lawyer's phone number
vault-notes-label = Other notes
vault-phone-invalid = This phone number does not look right: { $phone }
vault-too-long = This is too long. Please make it shorter.
vault-print = Print the family plan
vault-print-title = Family emergency plan
vault-print-note = Keep this paper at home, where your family can find it.

## "I've been detained" message
detained-button = I've been detained: send a message
detained-title = Send a message for help
detained-explain = This opens your phone's text messages with a message ready. You choose to send it. This app sends nothing.
detained-place-label = Where are they taking you? (if you know)
detained-to = To
detained-send = Open my text messages
detained-no-contacts = Add an emergency contact to your plan first.
detained-msg-intro = This is { $name }. I have been detained by immigration.
detained-msg-a-number = My A-number is { $anumber }.
detained-msg-lawyer = Please call my lawyer, { $lawyer }, at { $phone }.
detained-msg-no-lawyer = Please help me find a lawyer.
detained-msg-place = They are taking me to: { $place }.

## Second PIN for danger
duress-title = A second PIN for danger (you can skip this)
duress-explain = If someone who is not an officer, such as an abuser, forces you to open your plan, type this second PIN instead. It opens an empty plan. Nobody can see that a second PIN exists.
officials-no-hiding = Do not use a second PIN or erase your plan after police or immigration agents ask to see your phone or this app. Hiding or deleting information then can be a crime. Say, "I do not consent to a search," and ask for a lawyer.
duress-pin-label = Second PIN
duress-wipe-label = Also erase my real plan when the second PIN is used
duress-wipe-warning = If you choose this, your real plan is gone forever when the second PIN is used. It cannot be brought back.
duress-set = Set the second PIN
duress-confirm = I understand. Set the second PIN.
duress-same = The second PIN must be different from your PIN.
duress-done = The second PIN is set.

## Erase everything
wipe-title = Erase everything
wipe-explain = This erases your emergency plan, your saved contacts, contacts added from files, clinic packs and your settings from this phone. The guides stay. This cannot be undone.
wipe-button = Erase everything
wipe-confirm = Yes, erase everything now
wipe-cancel = Cancel
wipe-done = Everything you saved is erased.

## Errors
error-vault-locked = Your plan is locked. Open it with your PIN.
error-vault-exists = You already have a plan. Open it with your PIN.
error-vault-unreadable = Your emergency plan cannot be read. It has not been deleted.
