# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = Border zone, checkpoints and airports
border-summary = You live or travel near the border, or fly.
border-first = At border crossings, and at airports when you arrive from another country, the rules are different. Agents have more power there.
border-do-checkpoint = At a fixed checkpoint, agents may stop every car and ask a few short questions. You can stay silent.
border-do-no-search = Away from the border crossing itself, including at checkpoints inside the country, you can say no to a search of your car. Agents may still search if they have probable cause. At the border crossing, they can search your car without your consent.
border-do-phone = Before crossing the border, turn off face and fingerprint unlock and carry less data.
border-do-papers = If you have immigration papers, carry them. Adults who were given them must.
border-do-green-card = If you have a green card, you do not have to sign Form I-407, which gives up your green card. You can ask to see an immigration judge instead.
border-do-travel-lawyer = If you have a green card or a visa and were ever arrested, talk to a lawyer before you travel abroad.
border-dont-lie = Do not lie to border agents. Do not show false papers.
border-dont-run = Do not run or resist.
border-why-zone = Federal law lets agents search vehicles for people without papers within a "reasonable distance" of the border, which rules set at 100 air miles.
border-why-stop = Agents still need reasonable suspicion to pull over a car in the border zone. A roving search of a car needs probable cause or your consent.
border-why-checkpoint = The Supreme Court allows brief stops at fixed checkpoints without suspicion.
border-why-car-search = Away from the border, agents need your consent or probable cause to search a car, even at a checkpoint.
border-why-answers = When you arrive from another country, U.S. citizens only have to answer questions about who they are and their citizenship. Green card holders only have to answer questions about who they are and their status; refusing other questions may cause delay. Visitors and visa holders can be refused entry if they do not answer.
border-unsettled-expedited = Fast removal without a court hearing now reaches anywhere in the U.S. for people who cannot show two years here. Courts have changed this more than once.
border-unsettled-phones = The rules for phone searches at the border are changing. See the guide called "Your phone".
