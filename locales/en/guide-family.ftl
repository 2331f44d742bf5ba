# Guide text: short sentences, plain words. Structure and sources: content/guides/family.toml

## Family preparedness plan

family-title = Family preparedness plan
family-summary = Get ready now, so your family knows what to do.
family-first = Make a plan now for who will care for your children if you are detained.
family-do-memorize = Memorize the phone number of a family member, a friend or a lawyer you can call if you are arrested.
family-do-a-number = Write down your A-number and share it with family, so they can find you.
family-do-documents = Keep important papers together in a safe place: birth certificates, passports, your children's papers. Tell a trusted person where they are.
family-do-caregiver = Choose a person to care for your children. Put it in writing. Some states, like California, have a form for this.
family-do-money = Plan for money, bank accounts and your lease, so your family can manage.
family-do-lawyer = Find a lawyer now. Some families fill out a form (G-28) with their lawyer ahead of time.
family-dont-passport = Do not offer your passport or your family's passports to { -ice }. If you have an order of removal, ask a lawyer before you refuse a request for travel papers.
family-dont-wait = Do not wait for an emergency to make the plan.
family-why-plan = Legal aid groups advise every family to have a plan, built around who will care for the children.
family-unsettled-state = The forms for naming a caregiver are different in each state. Ask a local lawyer which one to use.
