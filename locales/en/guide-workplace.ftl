# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = At work
work-summary = Immigration agents come to your job.
work-first = Stay calm. Do not run.
work-do-warrant = Ask if the agents have a warrant signed by a judge. An { -ice } warrant does not, by itself, let them enter private areas of the workplace.
work-do-private = Agents need a judge's warrant, the employer's consent, or an emergency to enter areas that are not open to the public.
work-do-silent = You can stay silent. You do not have to answer questions about where you were born or your status. If you have valid U.S. immigration papers and an agent asks for them, show them.
work-do-lawyer = Ask for a lawyer. Do not sign any papers before you talk to one.
work-dont-lie = Do not lie. Do not show false papers.
work-dont-hide = Do not hide or run. Do not fight agents.
work-why-warrant = An { -ice } warrant signed by an officer does not, by itself, let agents into areas that are not open to the public, unless the employer agrees or there is an emergency. A search warrant signed by a judge does let them in.
work-why-fourth = The Fourth Amendment protects against unreasonable searches. That is why agents need a judge's warrant or consent to enter private areas.
work-why-i9 = Before an inspection of work papers (Form I-9), an employer usually gets a written notice at least 3 days ahead. Agents can also use a subpoena or a warrant to get the papers sooner.
work-why-silence = The U.S. Constitution gives everyone the right to stay silent, whatever their immigration status.
work-unsettled-employer = What your employer may allow, and which areas count as public, depends on the place. Talk to a workers' rights group or a lawyer.
