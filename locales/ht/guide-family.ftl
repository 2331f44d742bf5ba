# Guide text: short sentences, plain words. Structure and sources: content/guides/family.toml

## Family preparedness plan

family-title = Plan pou fanmi an pare
family-summary = Pare kounye a, pou fanmi ou konnen sa pou l fè.
family-first = Fè yon plan kounye a sou kiyès k ap okipe pitit ou yo si yo mete w nan detansyon.
family-do-memorize = Aprann pa kè nimewo telefòn yon manm fanmi, yon zanmi oswa yon avoka ou ka rele si yo arete w.
family-do-a-number = Ekri Nimewo A (A-number) ou epi bay fanmi ou li, pou yo ka jwenn ou.
family-do-documents = Kenbe papye enpòtan yo ansanm nan yon kote ki an sekirite: ak nesans, paspò, papye pitit ou yo. Di yon moun ou fè konfyans ki kote yo ye.
family-do-caregiver = Chwazi yon moun pou okipe pitit ou yo. Mete sa sou papye. Kèk eta, tankou California, gen yon fòm pou sa.
family-do-money = Fè plan pou lajan, kont labank ak kontra lwaye ou, pou fanmi ou ka degaje l.
family-do-lawyer = Jwenn yon avoka kounye a. Kèk fanmi ranpli yon fòm (G-28) ak avoka yo davans.
family-dont-passport = Pa ofri { -ice } paspò ou oswa paspò fanmi ou. Si ou gen yon lòd depòtasyon, mande yon avoka anvan ou refize yon demann pou papye vwayaj.
family-dont-wait = Pa tann yon ijans rive pou w fè plan an.
family-why-plan = Gwoup èd legal yo konseye chak fanmi pou yo gen yon plan, ki bati sou kiyès k ap okipe timoun yo.
family-unsettled-state = Fòm pou chwazi moun k ap okipe timoun yo pa menm nan chak eta. Mande yon avoka nan zòn ou kilès pou w sèvi.
