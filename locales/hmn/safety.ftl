# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = Zais
quick-exit-label = Zais nplooj no tam sim no
neutral-title = Ntawv sau
neutral-placeholder = Sau ib co lus. Lub app tsis khaws cia.
neutral-new = Ntawv sau tshiab
neutral-all = Txhua daim ntawv sau
neutral-note-1-title = Yuav khoom
neutral-note-1-body = Txhuv, taum, qe, mis nyuj, khob cij, dos, xab npum.
neutral-note-2-title = Nqaij npuas hau zaub ntsuab
neutral-note-2-body = Nqaij npuas, zaub ntsuab, qhiav, kua txob, ntsev. Hau ib teev.
neutral-note-3-title = Lub lim tiam no
neutral-note-3-body = Them nqi xov tooj. Ntxuav chav ua noj. Kho lub tsheb kauj vab.
hide-tip-title = Lub pob "Zais" ua haujlwm li cas
hide-tip-text = Nias "Zais" ces kyr qhia ib nplooj ntawv sau yooj yim tam sim ntawd. Tsis muaj dab tsi ntawm kyr nyob rau nplooj ntawd. Yuav rov qab los, kaw kyr thiab qhib nws dua.
hide-tip-ok = To taub lawm

## Privacy
privacy-title = Koj txoj kev ceev ntiag tug
privacy-text = Lub app no tsis xa dab tsi mus thiab tsis xav tau internet. Nws tsuas khaws koj cov kev teeb tsa, cov neeg hu uas koj khaws cia, thiab koj txoj kev npaj thaum muaj xwm ceev yog koj ua ib txoj. Koj txoj kev npaj raug xauv nrog koj tus lej PIN. Koj lwv tau txhua yam hauv Kev teeb tsa.

## The emergency plan (locked)
home-plan = Kuv txoj kev npaj thaum muaj xwm ceev
home-plan-hint = Cov neeg hu, tus lej A (A-number), txoj kev npaj rau tsev neeg. Xauv nrog tus lej PIN.
vault-title = Kuv txoj kev npaj thaum muaj xwm ceev
vault-intro = Khaws koj cov neeg hu thaum muaj xwm ceev thiab koj txoj kev npaj rau tsev neeg rau ntawm no. Lawv raug xauv nrog tus lej PIN thiab tsuas nyob hauv lub xov tooj no xwb.
vault-pin-label = Tus lej PIN los sis lo lus zais
vault-pin-again = Ntaus dua ib zaug
vault-pin-hint = Siv tsawg kawg 6 tus lej los sis tus ntawv. Lo lus zais uas ntev dua yuav nyab xeeb dua.
vault-create = Xauv kuv txoj kev npaj nrog tus lej PIN no
vault-unlock = Qhib
vault-lock = Xauv tam sim no
vault-locked-note = Nws xauv nws tus kheej thaum koj tawm ntawm lub app, thiab tom qab 5 feeb.
vault-pin-mismatch = Ob tus lej PIN tsis zoo ib yam.
vault-pin-short = Siv tsawg kawg 6 tus lej los sis tus ntawv.
vault-wrong-pin = Tus lej PIN tsis raug.
vault-wait = { $seconds ->
   *[other] Tos { $seconds } vib nas this, ces sim dua.
}
vault-unreadable = Nyeem tsis tau koj txoj kev npaj thaum muaj xwm ceev. Cov ntaub ntawv tej zaum puas lawm. Nws tseem tsis tau raug lwv. Koj khaws tau nws cia, los sis lwv nws thiab pib dua.
vault-erase-damaged = Lwv txoj kev npaj uas puas lawm
vault-opening = Tab tom qhib…
vault-save = Khaws cia thiab xauv
vault-saved = Khaws cia lawm. Koj txoj kev npaj raug xauv lawm.
vault-name-label = Koj lub npe
vault-a-number-label = Koj tus lej A (A-number), yog koj muaj
vault-contacts-heading = Cov neeg hu thaum muaj xwm ceev
vault-contact-name = Npe
vault-contact-phone = Tus xov tooj
vault-add-contact = Ntxiv ib tug neeg hu
vault-remove-contact = Rho tawm
vault-plan-heading = Txoj kev npaj rau tsev neeg
vault-children-label = Leej twg yuav mus tos cov menyuam
vault-documents-label = Cov ntaub ntawv tseem ceeb nyob qhov twg
vault-lawyer-name-label = Kws lij choj lub npe
vault-lawyer-phone-label = Kws lij choj tus xov tooj
vault-notes-label = Lwm yam sau tseg
vault-phone-invalid = Tus xov tooj no zoo li tsis raug: { $phone }
vault-too-long = Qhov no ntev dhau lawm. Thov ua kom luv dua.
vault-print = Luam txoj kev npaj rau tsev neeg
vault-print-title = Txoj kev npaj rau tsev neeg thaum muaj xwm ceev
vault-print-note = Khaws daim ntawv no cia hauv tsev, rau qhov chaw uas koj tsev neeg nrhiav tau.

## "I've been detained" message
detained-button = Kuv raug kaw lawm: xa xov
detained-title = Xa xov thov kev pab
detained-explain = Qhov no qhib koj lub xov tooj cov lus xa, nrog ib tsab xov uas npaj txhij lawm. Koj yog tus xaiv seb puas xa. Lub app no tsis xa dab tsi.
detained-place-label = Lawv coj koj mus qhov twg? (yog koj paub)
detained-to = Xa rau
detained-send = Qhib kuv cov lus xa
detained-no-contacts = Ntxiv ib tug neeg hu thaum muaj xwm ceev rau hauv koj txoj kev npaj ua ntej.
detained-msg-intro = Kuv yog { $name } nov. Tub ceev xwm tsiv teb tsaws chaw ntes kuv kaw lawm.
detained-msg-a-number = Kuv tus lej A (A-number) yog { $anumber }.
detained-msg-lawyer = Thov hu rau kuv tus kws lij choj, { $lawyer }, ntawm tus xov tooj { $phone }.
detained-msg-no-lawyer = Thov pab kuv nrhiav ib tug kws lij choj.
detained-msg-place = Lawv tab tom coj kuv mus rau: { $place }.

## Second PIN for danger
duress-title = Tus lej PIN thib ob rau thaum muaj kev txaus ntshai (koj hla tau qhov no)
duress-explain = Yog muaj ib tug neeg uas tsis yog tub ceev xwm, xws li ib tug neeg uas tsim txom koj, yuam koj qhib koj txoj kev npaj, ntaus tus lej PIN thib ob no hloov. Nws qhib ib txoj kev npaj khoob. Tsis muaj leej twg pom tau tias muaj tus lej PIN thib ob.
officials-no-hiding = Tsis txhob siv tus lej PIN thib ob los sis rho tawm koj txoj kev npaj tom qab tub ceev xwm los sis cov tub ceev xwm tsiv teb tsaws chaw thov saib koj lub xov tooj los sis lub app no. Kev zais los sis rho tawm ntaub ntawv thaum ntawd tuaj yeem yog ib qho kev ua txhaum cai. Hais tias, "Kuv tsis pom zoo rau kev tshawb," thiab thov kom muaj kws lij choj.
duress-pin-label = Tus lej PIN thib ob
duress-wipe-label = Lwv kuv txoj kev npaj tiag tiag thiab thaum siv tus lej PIN thib ob
duress-wipe-warning = Yog koj xaiv qhov no, koj txoj kev npaj tiag tiag yuav ploj mus ib txhis thaum siv tus lej PIN thib ob. Nws yuav rov qab tsis tau.
duress-set = Teeb tus lej PIN thib ob
duress-confirm = Kuv to taub. Teeb tus lej PIN thib ob.
duress-same = Tus lej PIN thib ob yuav tsum txawv ntawm koj tus lej PIN.
duress-done = Teeb tus lej PIN thib ob tiav lawm.

## Erase everything
wipe-title = Lwv txhua yam
wipe-explain = Qhov no lwv koj txoj kev npaj thaum muaj xwm ceev, koj cov neeg hu uas khaws cia, cov xov tooj tiv tauj uas ntxiv los ntawm cov file, cov pob ntaub ntawv los ntawm chaw pab thiab koj cov kev teeb tsa tawm ntawm lub xov tooj no. Cov lus qhia tseem nyob. Qhov no rov qab tsis tau.
wipe-button = Lwv txhua yam
wipe-confirm = Yog, lwv txhua yam tam sim no
wipe-cancel = Tso tseg
wipe-done = Txhua yam koj khaws cia raug lwv lawm.

## Errors
error-vault-locked = Koj txoj kev npaj raug xauv. Qhib nws nrog koj tus lej PIN.
error-vault-exists = Koj twb muaj ib txoj kev npaj lawm. Qhib nws nrog koj tus lej PIN.
error-vault-unreadable = Nyeem tsis tau koj txoj kev npaj thaum muaj xwm ceev. Nws tseem tsis tau raug lwv.
