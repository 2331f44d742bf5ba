# Guide text: short sentences, plain words. Structure and sources: content/guides/places.toml

## Schools, hospitals, churches, courts

places-title = Schools, hospitals, places of worship, courts
places-summary = You go to a school, hospital, place of worship or courthouse.
places-first = These places are not safe zones anymore. Agents may act there.
places-do-same = Your rights are the same there: stay silent, do not consent to searches, ask for a lawyer.
places-do-court = If you must go to court, talk to a lawyer first and carry their phone number.
places-do-plan = Make a family plan: who picks up your children if you cannot.
places-dont-lie = Do not lie. Do not show false papers.
places-why-rescinded = On January 20, 2025, the government ended the policy that limited enforcement at schools, hospitals and places of worship. Officers now decide case by case.
places-why-courts = In January 2025, { -ice } also replaced its 2021 memo that limited arrests at or near courthouses.
places-unsettled-lawsuits = Religious groups went to court over the end of the protected areas policy. The rules may change again.
