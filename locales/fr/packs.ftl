# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.

## Packs screen
packs-title = Paquets des cliniques
packs-intro = Une clinique peut vous donner un paquet : un fichier avec ses contacts, des notes locales et des mises à jour. Avant de l'utiliser, l'application vérifie qui l'a fait. Rien n'est envoyé.
packs-install = Installer un paquet depuis un fichier
packs-none = Aucun paquet n'est installé.
pack-version = Version { $version }, faite le { $date }
pack-from = Publié par { $publisher }
pack-key = Code de clé : { $key }
pack-restore = Revenir à la version d'avant
pack-remove = Retirer ce paquet
pack-installed = Le paquet est installé.
pack-restored = C'est fait. Le paquet est revenu comme avant.

## Before installing
pack-review-title = Faites-vous confiance à cette clinique ?
pack-review-new = C'est le premier paquet de cette clinique. Avant de l'installer, demandez à la clinique son nom et son code de clé. Vérifiez qu'ils sont les mêmes que ceux affichés ici.
pack-review-known = Ce paquet vient d'une clinique à qui vous faites déjà confiance.
pack-adds-title = Ce que ce paquet ajoute
pack-adds-contacts = Des contacts pour l'annuaire
pack-adds-outdated = Des signalements de contacts de l'annuaire qui ne sont plus à jour
pack-adds-profile = Le nom de la clinique, son site web et une ligne de texte pour les cartes imprimées
pack-adds-guides = Ses propres guides : { $titles }
pack-adds-languages = Dans ces langues : { $languages }
pack-adds-official = Une mise à jour officielle qui change le texte de l'application elle-même : { $files }
pack-review-install = Faire confiance et installer
pack-review-update = Installer la mise à jour
pack-review-cancel = Annuler

## Where pack content shows
pack-guide-from = Ce guide contient des changements faits par { $publisher }.
home-clinic = Votre clinique
clinic-call = Appeler

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = Ce paquet est trop gros. Rien n'a changé.
pack-error-not-a-pack = Ce fichier n'est pas un paquet pour cette application, ou il est incomplet. Rien n'a changé.
pack-error-signature = Ce paquet a été modifié ou abîmé après sa création. Rien n'a changé.
pack-error-malformed = Ce paquet n'est pas fait correctement. Rien n'a changé.
pack-error-not-official = Ce paquet utilise le nom de l'application, mais il ne vient pas des créateurs de l'application. Rien n'a changé.
pack-error-other-key = Ce paquet utilise le nom d'une clinique à qui vous faites confiance, mais sa clé est différente. Il ne vient peut-être pas de cette clinique. Rien n'a changé.
pack-error-not-newer = Vous avez déjà la version { $installed } de ce paquet. Ce fichier est la version { $offered }. Rien n'a changé.
pack-error-built-in = Ce paquet essaie de changer les mots de l'application elle-même, par exemple ce qu'il faut dire à un agent. Seules les mises à jour officielles de l'application peuvent le faire. Rien n'a changé.
pack-error-content = Ce paquet contient une erreur, donc rien n'a changé. Dans { $file }, ligne { $line } : { $problem }
pack-error-io = Le paquet n'a pas pu être enregistré. Rien n'a changé.
pack-broken = Un paquet installé n'a pas pu être lu. Pour l'instant, l'application utilise son propre contenu.
