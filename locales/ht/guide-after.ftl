# Guide text: short sentences, plain words. Structure and sources: content/guides/after.toml

## After an encounter

after-title = Apre yon rankont ak ajan
after-summary = Ekri sa k te pase, jwenn èd, epi jwenn yon moun yo te pran.
after-first = Depi ou an sekirite, ekri sa k te pase.
after-do-write = Ekri dat la, lè a ak kote a, sa ajan yo te di ak sa yo te fè, non yo oswa nimewo badj yo, plak machin yo, ak sa yo te pran.
after-do-witnesses = Ekri non ak nimewo telefòn temwen yo. Kenbe foto ak videyo yo an sekirite.
after-do-lawyer = Pale ak yon avoka oswa yon liy telefòn repons rapid sou sa k te pase.
after-do-find = Si yo te pran yon moun, chèche l nan "Online Detainee Locator" (sit entènèt { -ice } pou jwenn moun ki nan detansyon) ak Nimewo A (A-number) li ak peyi kote l fèt, oswa ak non egzak li ak peyi kote l fèt.
after-do-line = Ou ka rele liy enfòmasyon sou detansyon { -ice } la tou: 1-888-351-4024.
after-dont-post = Pa mete detay sou estati yon moun sou entènèt.
after-dont-sign = Pa siyen papye pou yon moun yo mete nan detansyon anvan ou pale ak yon avoka.
after-why-record = Plizyè tribinal apèl federal pwoteje dwa pou anrejistre ofisyèl k ap fè travay yo an piblik. Nòt ou ak videyo ou ka ede yon avoka.
after-why-locator = Se { -ice } ki jere "Online Detainee Locator" la. Ou ka chèche ak yon Nimewo A (A-number) ak peyi kote moun nan fèt, oswa ak yon non ak peyi kote moun nan fèt.
after-unsettled-locator = Sit la ka pa gen tout moun ladan l. Timoun ki gen mwens pase 18 an ka pa ladan l. Si ou pa jwenn moun nan, rele yon avoka.
