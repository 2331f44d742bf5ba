# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = Mwen ap sèvi ak dwa mwen pou m rete an silans.
phrase-no-search = Mwen pa bay konsantman m pou yon fouy.
phrase-free-to-go = Èske m lib pou m ale?
phrase-lawyer = Mwen vle pale ak yon avoka.
phrase-no-sign = Mwen p ap siyen anyen san yon avoka.
phrase-no-entry = Mwen pa bay konsantman m pou nou antre lakay mwen.
phrase-slide-warrant = Tanpri, glise manda a anba pòt la.
phrase-no-scan = Mwen pa bay konsantman m pou eskanaj sa a.
phrase-wrong-warrant = Manda sa a pa gen bon non an oswa bon adrès la.
phrase-no-phone-search = Mwen pa bay konsantman m pou yon fouy nan telefòn mwen.
phrase-consulate = Mwen vle kontakte konsila peyi mwen.
phrase-recording = Mwen ap anrejistre. Mwen pa bare chemen nou.
phrase-license = Men lisans mwen. Pou tout lòt bagay, m ap rete an silans.
