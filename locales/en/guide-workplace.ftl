# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = At work
work-summary = Immigration agents come to your job.
work-first = Stay calm. Do not run.
work-do-warrant = Ask if the agents have a warrant signed by a judge. An { -ice } warrant does not, by itself, let them enter private areas of the workplace.
work-do-private = Agents need a judge's warrant or the employer's permission to enter areas that are not open to the public.
work-do-silent = You can stay silent. You do not have to say where you were born or what your status is.
work-do-lawyer = Ask for a lawyer. Do not sign any papers before you talk to one.
work-dont-lie = Do not lie. Do not show false papers.
work-dont-hide = Do not hide or run. Do not fight agents.
work-why-warrant = Know-your-rights guides from the ACLU say an { -ice } warrant signed by an officer does not give agents the legal power to go inside.
work-why-silence = The U.S. Constitution gives everyone the right to stay silent, whatever their immigration status.
work-unsettled-employer = What your employer may allow, and which areas count as public, depends on the place. Talk to a workers' rights group or a lawyer.
