# Guide text: short sentences, plain words. Structure and sources: content/guides/car.toml

## In a car

car-title = Nan yon machin
car-summary = Lapolis oswa ajan kanpe machin w ap kondui a oswa machin ou monte a.
car-first = Rale sou kote nan yon kote ki an sekirite. Etenn motè a. Kenbe men ou sou volan an, oswa sou janm ou si ou se pasaje.
car-do-papers = Si se ou k ap kondui, montre lisans ou, papye enskripsyon machin nan ak prèv asirans lè lapolis mande. Lwa eta yo egzije sa. Gen de egzanp nan sous ki anba yo.
car-do-out = Si lapolis di w desann machin nan, fè l. Sa vre pou chofè a ak pou pasaje yo.
car-do-silent = Chofè oswa pasaje, ou ka rete an silans. Ou pa oblije pale sou estati imigrasyon ou.
car-do-no-search = Ou ka di non si yo vle fouye machin nan. Lapolis ka fouye kanmenm si yo gen rezon solid pou yo kwè y ap jwenn prèv yon krim.
car-do-passenger-free = Pasaje yo ka mande si yo lib pou yo ale. Si repons lan se wi, yo ka ale tou kalm.
car-do-no-license = Si ou pa gen lisans pou kondui, pa janm montre yon fo lisans. Ou toujou ka rete an silans sou estati ou. Mande yon avoka davans si ou ta dwe montre yon lisans oswa yon ID ki soti nan yon lòt peyi.
car-dont-run = Pa kondui ale, pa kouri. Pa diskite, pa goumen, menm si ou panse yo pa gen rezon kanpe w.
car-dont-lie = Pa bay manti. Pa montre fo papye.
car-dont-reach = Pa lonje men ou anba chèz la oswa nan yon sak san ou pa di ofisye a anvan.
car-why-out = Lakou Siprèm di lapolis ka bay chofè a ak pasaje yo lòd pou yo desann machin nan pandan yon kanpe ki legal.
car-why-passenger = Lè lapolis kanpe yon machin, pasaje a kanpe tou, epi li ka konteste yon kanpe ki pa legal nan tribinal.
car-why-fourth = Katriyèm Amandman an pwoteje w kont fouy ki pa rezonab. Lapolis bezwen konsantman ou oswa kòz pwobab pou yo fouye machin ou.
car-why-checkpoint = Nan pòs kontwòl imigrasyon fiks anndan peyi a, ajan yo ka kanpe machin epi poze kesyon kout san okenn soupson. Pou yo fouye machin nan, yo toujou bezwen konsantman ou oswa kòz pwobab.
car-why-roving = Toupre fwontyè a, ajan yo ka fouye machin pou chèche moun ki pa gen papye, men yo toujou bezwen yon bon rezon pou yo fè yon machin kanpe. Pou fouye yon machin, yo bezwen rezon solid oswa konsantman ou.
car-unsettled-name = Anjeneral, yon pasaje pa oblije bay non li, sòf si lapolis sispèk pasaje a nan yon krim epi eta a gen yon lwa sou sa. Gade nòt sou eta ou a pi wo a.
