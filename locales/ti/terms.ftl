# Names of agencies and forms. Translators: keep these as they are written
# on the agents' papers and uniforms, so people recognize them.
-ice = ICE
# The agency's name in this language.
-dhs = ሚኒስትሪ ውሽጣዊ ድሕንነት
# Keep this one in English in every language: it is what is printed at the
# top of an ICE warrant, and people must recognize it on the paper.
-dhs-on-papers = Department of Homeland Security
-cbp = CBP
-mobile-fortify = Mobile Fortify
