# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = Border zone, checkpoints and airports
border-summary = You live or travel near the border, or fly.
border-first = At the border and in airports, the rules are different. Agents have more power there.
border-do-checkpoint = At a fixed checkpoint, agents may stop every car and ask a few short questions. You can stay silent.
border-do-no-search = Away from a checkpoint, you can say no to a search of your car.
border-do-phone = Before crossing the border, turn off face and fingerprint unlock and carry less data.
border-do-papers = If you have immigration papers, carry them. Adults who were given them must.
border-dont-lie = Do not lie to border agents. Do not show false papers.
border-dont-run = Do not run or resist.
border-why-zone = Federal law lets agents search vehicles for people without papers within a "reasonable distance" of the border, which rules set at 100 air miles.
border-why-stop = Agents still need reasonable suspicion to pull over a car in the border zone. A roving search of a car needs probable cause or your consent.
border-why-checkpoint = The Supreme Court allows brief stops at fixed checkpoints without suspicion.
border-unsettled-expedited = Fast removal without a court hearing now reaches anywhere in the U.S. for people who cannot show two years here. Courts have changed this more than once.
border-unsettled-phones = The rules for phone searches at the border are changing. See the guide called "Your phone".
