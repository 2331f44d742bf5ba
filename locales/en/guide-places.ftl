# Guide text: short sentences, plain words. Structure and sources: content/guides/places.toml

## Schools, hospitals, churches, courts

places-title = Schools, hospitals, places of worship, courts
places-summary = You go to a school, hospital, place of worship or courthouse.
places-first = These places are not safe zones anymore. Agents may act there.
places-do-same = Your rights are the same there: stay silent, do not consent to searches, ask for a lawyer.
places-do-court = If you have an immigration court hearing or an { -ice } check-in, do not skip it. If you miss a court hearing, the judge can order you deported without you there. Talk to a lawyer before you go, carry their phone number, and make a family plan.
places-do-plan = Make a family plan: who picks up your children if you cannot.
places-dont-lie = Do not lie. Do not show false papers.
places-why-rescinded = On January 20, 2025, the government ended the policy that limited enforcement at schools, hospitals and places of worship. Officers now decide case by case.
places-why-courts = In January 2025, { -ice } replaced its 2021 memo that limited arrests at or near courthouses. Since May 2025, { -ice } has arrested many people who came to immigration court hearings.
places-unsettled-lawsuits = Religious groups went to court over the end of the protected areas policy. The rules may change again.
