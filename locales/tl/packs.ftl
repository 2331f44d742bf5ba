# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.

## Packs screen
packs-title = Mga pakete ng klinika
packs-intro = Puwede kang bigyan ng klinika ng pakete. Isa itong file na may mga contact ng klinika, mga lokal na tala, at mga update. Sinusuri ng app kung sino ang gumawa nito bago ito gamitin. Walang ipinapadala.
packs-install = Mag-install ng pakete mula sa file
packs-none = Walang naka-install na pakete.
pack-version = Bersyon { $version }, ginawa noong { $date }
pack-from = Mula sa { $publisher }
pack-key = Key code (ikumpara sa sinabi ng klinika): { $key }
pack-restore = Ibalik ang dating bersyon
pack-remove = Alisin ang paketeng ito
pack-installed = Naka-install na ang pakete.
pack-restored = Tapos na. Bumalik na ang pakete sa dati nitong ayos.

## Before installing
pack-review-title = Pinagkakatiwalaan mo ba ang klinikang ito?
pack-review-new = Ito ang unang pakete mula sa klinikang ito. Bago mo ito i-install, suriin sa klinika ang pangalan at ang key code. Dapat pareho ang mga ito sa sinasabi ng klinika.
pack-review-known = Galing ang paketeng ito sa klinikang pinagkakatiwalaan mo na.
pack-adds-title = Ano ang idinadagdag ng paketeng ito
pack-adds-contacts = Mga contact para sa direktoryo
pack-adds-outdated = Mga ulat tungkol sa mga lumang contact sa direktoryo
pack-adds-profile = Ang pangalan at website ng klinika, at isang linya ng sulat para sa mga ipi-print na card
pack-adds-guides = Sariling mga gabay ng pakete: { $titles }
pack-adds-languages = Sa mga wikang ito: { $languages }
pack-adds-official = Isang opisyal na update na nagbabago sa sariling teksto ng app: { $files }
pack-review-install = Magtiwala at i-install
pack-review-update = I-install ang update
pack-review-cancel = Kanselahin

## Where pack content shows
pack-guide-from = May mga pagbabago mula sa { $publisher } ang gabay na ito.
home-clinic = Ang klinika mo
clinic-call = Tumawag

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = Masyadong malaki ang paketeng ito. Walang nagbago.
pack-error-not-a-pack = Hindi pakete ng kyr ang file na ito, o kulang ito. Walang nagbago.
pack-error-signature = Binago o nasira ang paketeng ito pagkatapos itong gawin. Walang nagbago.
pack-error-malformed = Hindi tama ang pagkakagawa ng paketeng ito. Walang nagbago.
pack-error-not-official = Ginagamit ng paketeng ito ang pangalan mismo ng app, pero hindi ito galing sa mga gumawa ng app. Walang nagbago.
pack-error-other-key = Ginagamit ng paketeng ito ang pangalan ng klinikang pinagkakatiwalaan mo, pero iba ang key nito. Baka hindi ito galing sa kanila. Walang nagbago.
pack-error-not-newer = Mayroon ka nang bersyon { $installed } ng paketeng ito. Bersyon { $offered } ang file na ito. Walang nagbago.
pack-error-built-in = Sinusubukan ng paketeng ito na baguhin ang sariling mga salita ng app, gaya ng kung ano ang sasabihin sa opisyal. Ang mga update lang na galing mismo sa kyr ang puwedeng gumawa nito. Walang nagbago.
pack-error-content = May mali sa paketeng ito, kaya walang nagbago. Sa { $file }, linya { $line }: { $problem }
pack-error-io = Hindi ma-save ang pakete. Walang nagbago.
pack-broken = Hindi mabasa ang isang naka-install na pakete. Sariling nilalaman muna ng app ang ginagamit nito sa ngayon.
