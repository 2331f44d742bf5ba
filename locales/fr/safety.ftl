# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = Cacher
quick-exit-label = Cacher cet écran maintenant
neutral-title = Notes
neutral-placeholder = Écrivez une note. Elle n'est pas enregistrée.
neutral-new = Nouvelle note
neutral-all = Toutes les notes
neutral-note-1-title = Courses
neutral-note-1-body = Riz, haricots, œufs, lait, pain, oignons, savon.
neutral-note-2-title = Soupe de haricots
neutral-note-2-body = Haricots, tomate, oignon, ail, sel. Cuire une heure.
neutral-note-3-title = Cette semaine
neutral-note-3-body = Payer la facture de téléphone. Nettoyer la cuisine. Réparer le vélo.
hide-tip-title = Comment marche « Cacher »
hide-tip-text = Touchez « Cacher » et kyr affiche tout de suite une simple page de notes. Rien de kyr n'y apparaît. Pour revenir, fermez kyr et ouvrez-le à nouveau.
hide-tip-ok = Compris

## Privacy
privacy-title = Votre vie privée
privacy-text = Cette application n'envoie rien et n'a pas besoin d'internet. Elle garde seulement vos réglages, les contacts que vous enregistrez et votre plan d'urgence, si vous en faites un. Votre plan est verrouillé par votre code PIN. Vous pouvez tout effacer dans Réglages.

## The emergency plan (locked)
home-plan = Mon plan d'urgence
home-plan-hint = Contacts, numéro A (A-number), plan pour la famille. Verrouillé par un code PIN.
vault-title = Mon plan d'urgence
vault-intro = Gardez ici vos contacts d'urgence et votre plan pour la famille. Ils sont verrouillés par un code PIN et restent seulement sur ce téléphone.
vault-pin-label = Code PIN ou phrase secrète
vault-pin-again = Tapez-le encore une fois
vault-pin-hint = Utilisez au moins 6 chiffres ou lettres. Une phrase secrète plus longue est plus sûre.
vault-create = Verrouiller mon plan avec ce code PIN
vault-unlock = Ouvrir
vault-lock = Verrouiller maintenant
vault-locked-note = Il se verrouille tout seul quand vous quittez l'application, et après 5 minutes.
vault-pin-mismatch = Les deux codes PIN ne sont pas les mêmes.
vault-pin-short = Utilisez au moins 6 chiffres ou lettres.
vault-wrong-pin = Code PIN incorrect.
# Plural: French "one" covers 0 and 1, so the number stays in that branch.
vault-wait = { $seconds ->
    [one] Attendez { $seconds } seconde, puis réessayez.
    [many] Attendez { $seconds } de secondes, puis réessayez.
   *[other] Attendez { $seconds } secondes, puis réessayez.
}
vault-unreadable = Votre plan d'urgence ne peut pas être lu. Le fichier est peut-être abîmé. Il n'a pas été supprimé. Vous pouvez le garder, ou l'effacer et recommencer.
vault-erase-damaged = Effacer le plan abîmé
vault-opening = Ouverture…
vault-save = Enregistrer et verrouiller
vault-saved = Enregistré. Votre plan est verrouillé.
vault-name-label = Votre nom
vault-a-number-label = Votre numéro A (A-number), si vous en avez un
vault-contacts-heading = Contacts d'urgence
vault-contact-name = Nom
vault-contact-phone = Numéro de téléphone
vault-add-contact = Ajouter un contact
vault-remove-contact = Retirer
vault-plan-heading = Plan pour la famille
vault-children-label = Qui va chercher les enfants
vault-documents-label = Où sont les papiers importants
vault-lawyer-name-label = Nom de l'avocat
vault-lawyer-phone-label = Numéro de téléphone de l'avocat
vault-notes-label = Autres notes
vault-phone-invalid = Ce numéro de téléphone ne semble pas correct : { $phone }
vault-too-long = C'est trop long. Veuillez raccourcir le texte.
vault-print = Imprimer le plan pour la famille
vault-print-title = Plan d'urgence pour la famille
vault-print-note = Gardez ce papier à la maison, là où votre famille peut le trouver.

## "I've been detained" message
detained-button = Je suis en détention : envoyer un message
detained-title = Envoyer un message pour demander de l'aide
detained-explain = Cela ouvre les SMS de votre téléphone avec un message prêt. C'est vous qui choisissez de l'envoyer. Cette application n'envoie rien.
detained-place-label = Où vous emmène-t-on ? (si vous le savez)
detained-to = À
detained-send = Ouvrir mes SMS
detained-no-contacts = Ajoutez d'abord un contact d'urgence à votre plan.
detained-msg-intro = C'est { $name }. Je suis en détention à l'immigration.
detained-msg-a-number = Mon numéro A (A-number) est { $anumber }.
detained-msg-lawyer = Merci d'appeler mon avocat, { $lawyer }, au { $phone }.
detained-msg-no-lawyer = Merci de m'aider à trouver un avocat.
detained-msg-place = On m'emmène à : { $place }.

## Second PIN for danger
duress-title = Un deuxième code PIN en cas de danger (vous pouvez passer cette étape)
duress-explain = Si quelqu'un qui n'est ni policier ni agent, par exemple une personne qui vous maltraite, vous force à ouvrir votre plan, tapez plutôt ce deuxième code PIN. Il ouvre un plan vide. Personne ne peut voir qu'un deuxième code PIN existe.
officials-no-hiding = N'utilisez pas un deuxième code PIN et n'effacez pas votre plan après que la police ou des agents de l'immigration ont demandé à voir votre téléphone ou cette application. Cacher ou effacer des informations à ce moment-là peut être un délit. Dites : « Je ne consens pas à une fouille », et demandez un avocat.
duress-pin-label = Deuxième code PIN
duress-wipe-label = Effacer aussi mon vrai plan quand le deuxième code PIN est utilisé
duress-wipe-warning = Si vous choisissez cela, votre vrai plan disparaît pour toujours quand le deuxième code PIN est utilisé. On ne pourra pas le récupérer.
duress-set = Créer le deuxième code PIN
duress-confirm = J'ai compris. Créer le deuxième code PIN.
duress-same = Le deuxième code PIN doit être différent de votre code PIN.
duress-done = Le deuxième code PIN est créé.

## Erase everything
wipe-title = Tout effacer
wipe-explain = Cela efface de ce téléphone votre plan d'urgence, vos contacts enregistrés, les contacts ajoutés depuis des fichiers, les paquets des cliniques et vos réglages. Les guides restent. On ne peut pas revenir en arrière.
wipe-button = Tout effacer
wipe-confirm = Oui, tout effacer maintenant
wipe-cancel = Annuler
wipe-done = Tout ce que vous aviez enregistré est effacé.

## Errors
error-vault-locked = Votre plan est verrouillé. Ouvrez-le avec votre code PIN.
error-vault-exists = Vous avez déjà un plan. Ouvrez-le avec votre code PIN.
error-vault-unreadable = Votre plan d'urgence ne peut pas être lu. Il n'a pas été supprimé.
