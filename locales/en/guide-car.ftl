# Guide text: short sentences, plain words. Structure and sources: content/guides/car.toml

## In a car

car-title = In a car
car-summary = Police or agents stop the car you are driving or riding in.
car-first = Pull over in a safe place. Turn off the engine. Keep your hands on the wheel, or on your lap if you are a passenger.
car-do-papers = If you are driving, show your license, registration and proof of insurance when police ask. State laws require this.
car-do-out = If police tell you to get out of the car, do it. This is true for the driver and for passengers.
car-do-silent = Driver or passenger, you can stay silent. You do not have to talk about your immigration status.
car-do-no-search = You can say no to a search of the car. Police may still search if they have strong reasons to think they will find proof of a crime.
car-do-passenger-free = Passengers can ask if they are free to go. If yes, they can leave calmly.
car-dont-run = Do not drive away or run. Do not argue or fight, even if you think the stop is unfair.
car-dont-lie = Do not lie. Do not show false papers.
car-dont-reach = Do not reach under the seat or into a bag without telling the officer first.
car-why-out = The Supreme Court says police may order the driver and passengers out of the car during a lawful stop.
car-why-passenger = A passenger is also stopped when police stop a car, and can challenge an unlawful stop in court.
car-why-checkpoint = At fixed immigration checkpoints inside the country, agents may stop cars and ask short questions without any suspicion.
car-why-roving = Near the border, agents may search vehicles for people without papers, but they still need a good reason to pull a car over. Searching a car needs strong reasons or your consent.
car-unsettled-name = Whether a passenger must give their name depends on the state. See your state note above.
