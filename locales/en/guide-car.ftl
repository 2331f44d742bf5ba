# Guide text: short sentences, plain words. Structure and sources: content/guides/car.toml

## In a car

car-title = In a car
car-summary = Police or agents stop the car you are driving or riding in.
car-first = Pull over in a safe place. Turn off the engine. Keep your hands on the wheel, or on your lap if you are a passenger.
car-do-papers = If you are driving, show your license, registration and proof of insurance when police ask. State laws require this. Two examples are in the sources below.
car-do-out = If police tell you to get out of the car, do it. This is true for the driver and for passengers.
car-do-silent = Driver or passenger, you can stay silent. You do not have to talk about your immigration status.
car-do-no-search = You can say no to a search of the car. Police may still search if they have strong reasons to think they will find proof of a crime.
car-do-passenger-free = Passengers can ask if they are free to go. If yes, they can leave calmly.
car-do-no-license = If you do not have a driver's license, never show a false one. You can still stay silent about your status. Ask a lawyer ahead of time whether to show a license or ID from another country.
car-dont-run = Do not drive away or run. Do not argue or fight, even if you think the stop is unfair.
car-dont-lie = Do not lie. Do not show false papers.
car-dont-reach = Do not reach under the seat or into a bag without telling the officer first.
car-why-out = The Supreme Court says police may order the driver and passengers out of the car during a lawful stop.
car-why-passenger = A passenger is also stopped when police stop a car, and can challenge an unlawful stop in court.
car-why-fourth = The Fourth Amendment protects you from unreasonable searches. Police need your consent or probable cause to search your car.
car-why-checkpoint = At fixed immigration checkpoints inside the country, agents may stop cars and ask short questions without any suspicion. To search the car, they still need your consent or probable cause.
car-why-roving = Near the border, agents may search vehicles for people without papers, but they still need a good reason to pull a car over. Searching a car needs strong reasons or your consent.
car-unsettled-name = A passenger usually does not have to give their name, unless police suspect the passenger of a crime and the state has a law about it. See your state note above.
