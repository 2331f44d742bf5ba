# The warrant checker. Questions are short; answers are what a person sees on the paper.

warrant-q-top = What is written at the top of the paper?
warrant-h-top = Ask them to slide it under the door or hold it to a window. Do not open the door.
warrant-a-top-court = The name of a court, like "United States District Court"
warrant-a-top-dhs = "{ -dhs-on-papers }", or form I-200 or I-205
warrant-a-unsure = I cannot tell
warrant-q-signed = Who signed it?
warrant-h-signed = Look at the bottom. The signer's title is printed under the signature.
warrant-a-signed-judge = A judge or magistrate judge
warrant-a-signed-officer = An immigration officer or agent
warrant-q-name = Is it for you or your home, with the name and address written correctly?
warrant-h-name = Check the person's name and the address.
warrant-a-name-yes = Yes, they are correct
warrant-a-name-no = No, the name or address is wrong
warrant-q-allows = What does it let them do?
warrant-h-allows = Look for the words "search" or "arrest".
warrant-a-allows-search = Search a place. It lists my address.
warrant-a-allows-arrest = Arrest a person. It names a person.

warrant-r-admin-title = This is an { -ice } warrant, not a judge's warrant.
warrant-r-admin-1 = An immigration officer signed it, not a judge.
warrant-r-admin-2 = Keep the door closed. Say that you do not consent to them coming in.
warrant-r-admin-3 = An { -ice } memo from May 2025 says agents may force their way in with an I-205 warrant to arrest a person with a final order of removal. People are challenging it in court. If agents come in anyway, do not fight. Stay silent and ask for a lawyer.
warrant-r-unsure-title = You cannot be sure what this paper is.
warrant-r-unsure-1 = Keep the door closed. A warrant from a judge names a court at the top and is signed by a judge.
warrant-r-unsure-2 = If you can, call a lawyer or a rapid response hotline now.
warrant-r-wrong-title = This warrant may not be for you or your home.
warrant-r-wrong-1 = Tell them through the closed door that the name or address is wrong. Do not open the door.
warrant-r-wrong-2 = If they come in anyway, do not fight. Stay silent. Remember what happened and write it down later.
warrant-r-search-title = A judge's search warrant lets them come in and search.
warrant-r-search-1 = They may search the places the warrant lists. Do not block them or fight.
warrant-r-search-2 = You can still stay silent. You do not have to say where you were born or what your status is.
warrant-r-search-3 = Ask for a copy of the warrant. Call a lawyer as soon as you can.
warrant-r-arrest-title = A judge's arrest warrant lets them arrest the person it names.
warrant-r-arrest-1 = It is about that person. Stay calm and do not fight.
warrant-r-arrest-2 = If you are not sure what it lets them do, keep the door closed and call a lawyer. Stay silent and do not sign anything.
