# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.

## Packs screen
packs-title = Clinic packs
packs-intro = A clinic can give you a pack: a file with its contacts, local notes and updates. The app checks who made it before it uses it. Nothing is sent.
packs-install = Install a pack from a file
packs-none = No pack is installed.
pack-version = Version { $version }, made on { $date }
pack-from = From { $publisher }
pack-key = Key code: { $key }
pack-restore = Go back to the earlier version
pack-remove = Remove this pack
pack-installed = The pack is installed.
pack-restored = Done. The pack is back to how it was before.

## Before installing
pack-review-title = Do you trust this clinic?
pack-review-new = This is the first pack from this clinic. Check the name and the key code with the clinic before you install it.
pack-review-known = This pack is from a clinic you already trust.
pack-adds-title = What this pack adds
pack-adds-contacts = Contacts for the directory
pack-adds-outdated = Reports of outdated directory entries
pack-adds-profile = The clinic's name, website and line for printed cards
pack-adds-guides = Its own guides: { $titles }
pack-adds-languages = In these languages: { $languages }
pack-adds-official = An official update that changes the app's own text: { $files }
pack-review-install = Trust and install
pack-review-update = Install the update
pack-review-cancel = Cancel

## Where pack content shows
pack-guide-from = This guide includes changes from { $publisher }.
home-clinic = Your clinic
clinic-call = Call

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = This pack is too large. Nothing was changed.
pack-error-not-a-pack = This file is not a kyr pack, or it is incomplete. Nothing was changed.
pack-error-signature = This pack was changed or damaged after it was made. Nothing was changed.
pack-error-malformed = This pack is not made correctly. Nothing was changed.
pack-error-not-official = This pack uses the app's own name, but it is not from the app's makers. Nothing was changed.
pack-error-other-key = This pack uses the name of a clinic you trust, but its key is different. It may not be from them. Nothing was changed.
pack-error-not-newer = You already have version { $installed } of this pack. This file is version { $offered }. Nothing was changed.
pack-error-built-in = This pack tries to change the app's own words, such as what to say to an agent. Only official kyr updates may do that. Nothing was changed.
pack-error-content = This pack has a mistake, so nothing was changed. In { $file }, line { $line }: { $problem }
pack-error-io = The pack could not be saved. Nothing was changed.
pack-broken = An installed pack could not be read. The app uses its own content for now.
