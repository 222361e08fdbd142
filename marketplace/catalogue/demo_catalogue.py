"""Demo catalogue content for Launchpad: challenges and solutions for the seeded organisations.

Every organisation named here is one of the fictional providers or suppliers in
marketplace.core.demo. The entries are plain dicts so a seeding command can create Challenge and
Solution rows from them (money is in pence; themes are Theme slugs; regions are ITL1 codes).
Some challenge/solution pairs are deliberately close matches and some solutions are near misses,
so the matcher has real work to do.
"""

CHALLENGES = [
    {
        "organisation": "Tynebridge Homes",
        "title": "Spotting condensation risk in 1960s cross-wall homes before mould appears",
        "summary": (
            "About 6,200 of our homes are 1960s cross-wall houses and maisonettes across "
            "Gateshead, Newcastle and North Tyneside. They run wet every winter, and most "
            "mould reports reach us only once it is visible and spreading. We want a "
            "low-cost way to see which homes are at risk early, so we can visit, fix "
            "ventilation and give advice before residents suffer."
        ),
        "problem_statement": (
            "Tynebridge Homes owns 28,500 homes, and 6,200 of them are cross-wall "
            "construction built between 1962 and 1971. They have thin gable insulation, "
            "cold bridging at the floor slabs and small kitchens with weak or missing "
            "extract fans. Last winter (October to March) we logged 1,940 damp and mould "
            "reports from this archetype alone, 61% of our total, even though it is less "
            "than a quarter of the stock.\n\n"
            "Most reports come in once black mould is on bedroom walls or behind wardrobes. "
            "By then residents, many of them families with young children, have often "
            "thrown away clothes and bedding, and we are into mould washes, redecoration "
            "and sometimes a decant. Under Awaab's Law we now have to investigate and make "
            "safe within fixed timescales, and we expect more cases to be classed as "
            "significant hazards.\n\n"
            "Our stock condition survey suggests around 30% of these homes have a faulty or "
            "disconnected extract fan, but we do not know which ones. Residents often "
            "switch fans off because of noise or worries about the electricity bill. We "
            "need evidence at the level of the individual home, not archetype averages, so "
            "our surveyors go where the risk actually is."
        ),
        "desired_outcomes": (
            "- Know which cross-wall homes have sustained high humidity before mould is "
            "reported\n"
            "- Cut mould reports in pilot homes by at least 25% against a matched control "
            "group\n"
            "- Give surveyors and neighbourhood officers a simple weekly list, not another "
            "dashboard to check\n"
            "- Evidence of proactive work we can show the Regulator and the Housing "
            "Ombudsman"
        ),
        "themes": ["damp-mould-condensation"],
        "regions": ["TLC"],
        "homes_affected": 6_200,
        "residents_affected": 14_300,
        "current_approach": (
            "We rely on residents reporting mould through the contact centre or the app, "
            "followed by a surveyor visit. In 2022 we trialled plug-in hygrometers in 150 "
            "homes, but 40% were unplugged or lost within three months and nobody owned the "
            "data. Gas servicing visits include a quick damp check, but engineers are not "
            "trained for it and the notes are free text that nobody analyses."
        ),
        "systems_constraints": (
            "Must create inspection jobs in NEC Housing and read property attributes from "
            "our Keystone asset database. Sensors must run on battery for at least three "
            "years; many homes have no broadband, so we cannot rely on residents' Wi-Fi."
        ),
        "data_protection_constraints": (
            "Readings linked to an address are personal data. Hosting must be in the UK, "
            "raw data kept no longer than two years after the pilot, and we need a DPIA and "
            "a plain-English leaflet for residents before anything is installed. No audio "
            "and no occupancy profiling beyond humidity, temperature and CO2."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 3_000_000,
        "budget_max_pence": 7_500_000,
        "pilot_length_weeks": 26,
        "visibility": "public",
    },
    {
        "organisation": "Tynebridge Homes",
        "title": "Meeting Awaab's Law timescales for damp and mould reports",
        "summary": (
            "Since Awaab's Law came into force we have to investigate damp and mould "
            "hazards and act within fixed deadlines. Our process was built for routine "
            "repairs: reports are logged as free text, surveys are booked by hand and we "
            "cannot see which cases are close to breaching. We need a way to triage, track "
            "and evidence every case from first contact to completion."
        ),
        "problem_statement": (
            "We receive between 250 and 400 damp and mould reports a month, more in winter. "
            "They come through the contact centre, the resident app, email, councillors and "
            "MPs. Each one is logged as a repair in NEC Housing with a free-text "
            "description, so we cannot easily tell a small patch of mould on a window "
            "reveal from a child's bedroom with a wet wall and a cough in the household.\n\n"
            "Awaab's Law requires us to investigate within set timescales, share the "
            "findings in writing and start works promptly where there is a significant "
            "hazard, with emergency hazards made safe within 24 hours. Our surveyors are "
            "booked from a spreadsheet, the written summary to residents is often missed, "
            "and follow-up works are raised as separate jobs that lose the link to the "
            "original report.\n\n"
            "In a sample audit of 120 cases from last winter, 34 had no record of the "
            "written findings being sent and 19 had gaps of more than eight weeks between "
            "survey and works. We had 41 stage 1 complaints about damp and mould in the "
            "same period and two Housing Ombudsman determinations of maladministration."
        ),
        "desired_outcomes": (
            "- Every damp and mould report categorised by severity and household "
            "vulnerability at first contact\n"
            "- A live view of each case against its Awaab's Law deadline, with warnings "
            "before a breach\n"
            "- Written findings sent to residents automatically from the survey record\n"
            "- Complaints about damp and mould down by a third within a year"
        ),
        "themes": ["damp-mould-condensation", "repairs-maintenance"],
        "regions": ["TLC"],
        "homes_affected": 28_500,
        "residents_affected": 61_000,
        "current_approach": (
            "Contact centre advisers log a repair with a damp code and a free-text note. A "
            "damp coordinator reviews the list daily in Excel and books surveyors. We "
            "bought a bolt-on case module three years ago but it only worked for disrepair "
            "claims and nobody uses it now. Reporting is a weekly manual count that takes "
            "one officer most of a Monday."
        ),
        "systems_constraints": (
            "Must integrate with NEC Housing (repairs and contact records) and our "
            "Totalmobile scheduling. We cannot run a second repairs system in parallel; the "
            "case view has to sit alongside NEC Housing, not replace it."
        ),
        "data_protection_constraints": (
            "Vulnerability and health information is special category data. It must stay in "
            "the UK, be visible only to staff with a need, and be auditable. Photos taken "
            "inside homes must not be used to train third-party models without our written "
            "agreement."
        ),
        "procurement_route": "framework",
        "budget_min_pence": 4_000_000,
        "budget_max_pence": 12_000_000,
        "pilot_length_weeks": 24,
        "visibility": "public",
    },
    {
        "organisation": "Tynebridge Homes",
        "title": "Weather-triggered welfare calls for older residents in cold snaps",
        "summary": (
            "When the Met Office issues cold-weather or amber health alerts we want to "
            "contact our most at-risk residents within 24 hours, check they are warm and "
            "have credit on their meter, and get help to them. Today that relies on a few "
            "officers phoning down a list that is out of date before it is printed."
        ),
        "problem_statement": (
            "We have about 4,800 households where the lead tenant is over 75, or where we "
            "hold a record of a long-term health condition or disability, and a further "
            "1,100 on prepayment meters who have told us they have self-disconnected in the "
            "past. During the January cold spell last year our income and tenancy teams "
            "phoned 900 people over four days, while also doing their normal jobs.\n\n"
            "The calling list came from NEC Housing vulnerability flags, which we know are "
            "incomplete: a recent check found 28% of flags had not been reviewed for over "
            "three years and some residents on the list had died or moved. Officers had no "
            "script, no record of what was said in a single place, and no way to send a gas "
            "engineer, a fuel voucher or a referral to adult social care without rekeying.\n\n"
            "Two residents were found in very cold homes by family members in that period, "
            "one of whom was admitted to hospital with hypothermia. We are not willing to "
            "go through another winter like that."
        ),
        "desired_outcomes": (
            "- A prioritised call list generated automatically when a UKHSA cold-health "
            "alert or Met Office warning covers our area\n"
            "- Most at-risk residents contacted within 24 hours, by phone, text or a visit\n"
            "- One record of each contact with follow-up actions (voucher, repair, "
            "referral) tracked to completion\n"
            "- Better-quality vulnerability data as a side effect of the calls"
        ),
        "themes": ["health-care-independent-living", "tenant-engagement-communication"],
        "regions": ["TLC"],
        "homes_affected": 5_900,
        "residents_affected": 7_400,
        "current_approach": (
            "A manual export from NEC Housing to Excel, split between officers by patch. "
            "Calls are logged in a shared spreadsheet and then, if someone remembers, as a "
            "contact note. We tried a bulk SMS last year but half the mobile numbers "
            "bounced and older residents told us they did not trust a text asking them to "
            "reply."
        ),
        "systems_constraints": (
            "Needs to read tenancy and vulnerability data from NEC Housing and write back "
            "contact notes. Nice to have: links to our Civica Paris payments system for "
            "fuel vouchers and to the Newcastle and Gateshead adult social care referral "
            "forms."
        ),
        "data_protection_constraints": (
            "Health and vulnerability data is special category; UK hosting only, strict "
            "role-based access, and a DPIA covering automated prioritisation. We will need "
            "a lawful basis review for sharing details with councils and the NHS."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 1_500_000,
        "budget_max_pence": 4_500_000,
        "pilot_length_weeks": 20,
        "visibility": "public",
    },
    {
        "organisation": "Tynebridge Homes",
        "title": "Getting more repairs fixed first time across Tyneside",
        "summary": (
            "Our 180 in-house operatives complete about 95,000 responsive repairs a year, "
            "but only 71% are fixed at the first visit. Too many jobs need a second trade, "
            "a part from the merchant or a follow-on that nobody booked. We want smarter "
            "scheduling and better job information so operatives turn up ready to finish "
            "the job."
        ),
        "problem_statement": (
            "Tynebridge Homes' direct labour organisation covers 28,500 homes from two "
            "depots at Team Valley and Wallsend. Operatives are scheduled in half-day slots "
            "by a planning team of nine, who adjust schedules by phone when jobs overrun. "
            "Average travel time between jobs is 26 minutes even though most of our stock "
            "lies within ten miles of a depot.\n\n"
            "First-time fix sits at 71% against our target of 85%. When we reviewed 500 "
            "failed first visits, 38% needed a part not carried on the van, 22% needed a "
            "second trade (usually a plasterer after a plumber), 17% were no access and the "
            "rest were wrongly diagnosed at the call. Each repeat visit costs us around £68 "
            "and, more importantly, another day off work for the resident.\n\n"
            "Our tenant satisfaction measure for repairs (TP02) fell to 68% last year and "
            "the comments are consistent: people do not mind waiting a few days if the job "
            "is done properly when someone turns up."
        ),
        "desired_outcomes": (
            "- First-time fix above 80% in the pilot patch within six months\n"
            "- Travel time between jobs down by a fifth\n"
            "- Fewer no-access visits through reliable appointment reminders\n"
            "- Planners spending time on exceptions rather than rebuilding schedules every "
            "morning"
        ),
        "themes": ["workforce-productivity", "repairs-maintenance"],
        "regions": ["TLC"],
        "homes_affected": 28_500,
        "residents_affected": None,
        "current_approach": (
            "We use Totalmobile for job dispatch, but the scheduling rules were set up in "
            "2017 and nobody has the skills to change them. Van stock is topped up weekly "
            "from a fixed list. We have tried multi-skilling a small team of operatives, "
            "which works, but the scheduling system does not know about their extra skills."
        ),
        "systems_constraints": (
            "Must take jobs from NEC Housing repairs and send completions back with SOR "
            "codes. We are open to replacing Totalmobile at contract end in 18 months, but "
            "the pilot has to run alongside it. Operatives use Android phones issued "
            "through Intune."
        ),
        "data_protection_constraints": (
            "Operative location data is personal data and the unions will want to see the "
            "DPIA. No individual productivity league tables. Resident contact details must "
            "stay in the UK."
        ),
        "procurement_route": "open_tender",
        "budget_min_pence": 6_000_000,
        "budget_max_pence": 18_000_000,
        "pilot_length_weeks": 26,
        "visibility": "members",
    },
    {
        "organisation": "Tynebridge Homes",
        "title": "Reaching residents who are not online",
        "summary": (
            "Around one in five of our residents has no internet at home or does not use "
            "it, and they are the people most likely to be in arrears, to have an "
            "unresolved repair and to miss out on benefits. As we move more services online "
            "we need practical ways to help them get connected, or to serve them well if "
            "they choose not to be."
        ),
        "problem_statement": (
            "Our 2024 STAR survey and tenancy visits suggest that 19% of lead tenants do "
            "not use the internet, rising to 46% among those over 70. A further group have "
            "only a pay-as-you-go phone with little data. Only 31% of residents have "
            "registered for our MyTynebridge portal, and registrations have flattened since "
            "2023.\n\n"
            "The same group make more calls, wait longer and are more likely to have an "
            "outstanding repair logged on their behalf by a neighbour or a councillor. "
            "Universal Credit claims must be managed online, and we see residents in "
            "arrears because they did not see a journal message from the DWP. Last year our "
            "tenancy sustainment officers spent an estimated 2,300 hours helping people "
            "with online forms.\n\n"
            "We have a small digital inclusion fund but no way to find out who needs what, "
            "lend devices and data at scale, or measure whether anyone is better off six "
            "months later."
        ),
        "desired_outcomes": (
            "- A clear picture of digital exclusion across our stock, not just survey "
            "estimates\n"
            "- Devices, data and one-to-one support reaching at least 300 households in the "
            "pilot\n"
            "- A phone and SMS route to the most common services for those who stay offline\n"
            "- Measurable change: UC journal engagement, arrears and portal use among "
            "supported households"
        ),
        "themes": ["tenant-engagement-communication", "income-arrears-financial-inclusion"],
        "regions": ["TLC"],
        "homes_affected": 28_500,
        "residents_affected": 11_500,
        "current_approach": (
            "Two digital champions on fixed-term contracts, a handful of refurbished "
            "laptops donated by a local firm and referrals to library sessions. Take-up is "
            "low because residents have to come to us, and we have no systematic record of "
            "who has been helped or what happened next."
        ),
        "systems_constraints": (
            "Must read contact details from NEC Housing and log outcomes back as contact "
            "notes. The portal runs on the NEC Housing Online module, so any app or channel "
            "needs to hand off to it or work through its APIs."
        ),
        "data_protection_constraints": (
            "Digital capability is not sensitive on its own, but linking it to income and "
            "vulnerability data needs a DPIA. Any device lending must include wiping and a "
            "clear privacy notice. UK or EEA hosting is acceptable."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 2_000_000,
        "budget_max_pence": 5_000_000,
        "pilot_length_weeks": 36,
        "visibility": "public",
    },
    {
        "organisation": "Mersey Vale Housing",
        "title": "Sequencing a ten-year retrofit programme to reach EPC C by 2030",
        "summary": (
            "We committed to bringing all 41,200 homes to EPC C by 2030 as part of our "
            "ten-year retrofit programme, but our plan still works at estate level and "
            "relies on EPCs that are often out of date. We need home-by-home modelling that "
            "tells us which measures to fit, in what order, and what it will cost, so our "
            "bids and contracts line up."
        ),
        "problem_statement": (
            "Mersey Vale Housing took on 41,200 homes through stock transfer from two "
            "councils. Around 14,900 of them are currently below EPC C on the data we hold, "
            "but 38% of our EPCs are over eight years old and around 3,000 homes have no "
            "EPC at all. We know from our own re-surveys that a large share of older "
            "certificates are wrong in both directions.\n\n"
            "Our retrofit programme is in year three. So far we have delivered cavity and "
            "loft top-ups on about 6,000 homes and external wall insulation on two estates. "
            "The next phase covers mixed archetypes: 1930s semis, Wimpey no-fines houses, "
            "1970s flats and a small number of Airey homes, each with different "
            "constraints. Warm Homes: Social Housing Fund bids need costed, home-level "
            "plans within tight windows.\n\n"
            "The board wants to know whether we can hit EPC C by 2030 within the current "
            "business plan, what it costs, and where we will fall short. At the moment our "
            "asset team answers these questions with a spreadsheet that takes three weeks "
            "to re-run."
        ),
        "desired_outcomes": (
            "- A home-by-home retrofit plan with measures, costs and projected EPC bands\n"
            "- Scenarios the asset team can run in a day, not three weeks\n"
            "- Plans we can turn directly into Warm Homes bid submissions and contractor "
            "work packages\n"
            "- A clear list of homes where we need a fresh survey before committing"
        ),
        "themes": ["energy-retrofit-net-zero", "data-systems-interoperability"],
        "regions": ["TLD"],
        "homes_affected": 41_200,
        "residents_affected": None,
        "current_approach": (
            "An in-house spreadsheet model built by a consultant in 2021, using archetype "
            "averages and EPC data from the national register. It cannot cope with mixed "
            "measures or phasing, and it does not talk to our asset database, so every "
            "update is copied by hand."
        ),
        "systems_constraints": (
            "Must read stock and component data from our Orchard asset management system "
            "and export work packages our contractors can load. Uses EPC register data and "
            "our own retrofit assessments (PAS 2035 format)."
        ),
        "data_protection_constraints": (
            "Mostly property data, no personal data needed for modelling. Resident "
            "vulnerability is used only for prioritisation and must stay in our systems."
        ),
        "procurement_route": "framework",
        "budget_min_pence": 5_000_000,
        "budget_max_pence": 15_000_000,
        "pilot_length_weeks": 20,
        "visibility": "public",
    },
    {
        "organisation": "Mersey Vale Housing",
        "title": "Keeping heat pump running costs affordable for residents",
        "summary": (
            "We have fitted 1,150 air source heat pumps in the last three years, replacing "
            "old storage heaters and some gas boilers. A significant minority of residents "
            "now tell us their bills have gone up, they do not understand the controls, or "
            "they turn the system off. We need to fix this before scaling up to another "
            "3,000 installs."
        ),
        "problem_statement": (
            "Our installs cover bungalows, low-rise flats and some semi-detached houses, "
            "mostly in Knowsley, St Helens and Wirral. A resident survey of 400 heat pump "
            "households last spring found 29% felt their heating costs had risen, 35% did "
            "not know how to use the controls, and 11% admitted switching the system off "
            "altogether for part of the winter and using electric fan heaters instead.\n\n"
            "We also saw 340 heating repairs calls from these homes last winter, of which "
            "our contractor says two thirds were 'no fault found' or a control setting "
            "problem. Several residents on prepayment meters ran out of credit because the "
            "system was set to high flow temperatures or was running the immersion backup "
            "constantly.\n\n"
            "We have no remote visibility of how any of these systems are running. Without "
            "that we cannot tell the difference between a badly commissioned unit, a "
            "resident who needs advice or a genuine fault, and our heat pump programme's "
            "reputation on estates is suffering."
        ),
        "desired_outcomes": (
            "- Remote visibility of performance and faults across the installed heat pumps\n"
            "- Fewer 'no fault found' call-outs and faster fixes for real faults\n"
            "- Residents understanding and trusting their system, with bills no higher than "
            "their old heating\n"
            "- Evidence to shape commissioning standards for the next 3,000 installs"
        ),
        "themes": ["energy-retrofit-net-zero", "income-arrears-financial-inclusion"],
        "regions": ["TLD"],
        "homes_affected": 1_150,
        "residents_affected": 2_600,
        "current_approach": (
            "Handover packs and a one-off demonstration by the installer. Our energy advice "
            "team of three visits when a complaint comes in. The installer's manufacturer "
            "portal covers only some units and is not shared with us."
        ),
        "systems_constraints": (
            "Must work with mixed manufacturers (Mitsubishi, Vaillant and Daikin). Repairs "
            "need to be raised in MRI Housing, which is our housing management system, and "
            "we would like performance data in our Power BI reporting."
        ),
        "data_protection_constraints": (
            "Energy use data linked to a home can reveal occupancy patterns and is personal "
            "data. UK hosting required, with residents' consent for any data that goes "
            "beyond what is needed to maintain the system."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 2_500_000,
        "budget_max_pence": 8_000_000,
        "pilot_length_weeks": 30,
        "visibility": "public",
    },
    {
        "organisation": "Mersey Vale Housing",
        "title": "Avoiding damp after insulation: checking ventilation in retrofitted homes",
        "summary": (
            "After external and cavity insulation, some of our homes have become tighter "
            "and damper, with mould appearing in places it never did before. We need to "
            "know which retrofitted homes have inadequate ventilation so we can fix them "
            "quickly and build the lessons into the rest of our programme."
        ),
        "problem_statement": (
            "We have insulated about 6,000 homes since 2021. On one estate in Huyton, where "
            "we fitted external wall insulation to 212 no-fines houses, damp and mould "
            "reports rose from 14 in the winter before works to 57 in the winter after. "
            "Investigation found trickle vents closed or missing, extract fans undersized "
            "or disconnected by residents, and in a few cases the insulation detailing at "
            "the eaves had created cold spots.\n\n"
            "PAS 2035 should have caught this, but our earlier phases were delivered before "
            "full PAS 2035 compliance and the ventilation assessments were thin. Retrofit "
            "coordinators now sign off each home, but we have no data after handover to "
            "tell us whether ventilation is working as intended.\n\n"
            "Our board and our tenant scrutiny group have both asked whether retrofit is "
            "making homes worse. We need to be able to answer that with evidence and act on "
            "the homes that need it."
        ),
        "desired_outcomes": (
            "- Identify retrofitted homes with persistent high humidity or poor air quality "
            "within a heating season\n"
            "- Fix ventilation in those homes before mould develops\n"
            "- Feed findings into our PAS 2035 ventilation specification for future phases\n"
            "- A short, honest report we can share with residents and the board"
        ),
        "themes": ["damp-mould-condensation", "energy-retrofit-net-zero"],
        "regions": ["TLD"],
        "homes_affected": 6_000,
        "residents_affected": 13_500,
        "current_approach": (
            "Damp reports go through the normal repairs route. We commissioned a consultant "
            "to investigate the Huyton estate, which was useful but took four months and "
            "covered one estate only."
        ),
        "systems_constraints": (
            "Alerts into MRI Housing as inspection jobs. Our retrofit coordination records "
            "are held by our managing agent in a SharePoint library, so any tool needs to "
            "be able to link to PAS 2035 documentation by property reference."
        ),
        "data_protection_constraints": (
            "Environmental readings are personal data once linked to an address; UK "
            "hosting; residents opt in to monitoring. We will not accept devices with "
            "microphones or cameras."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 3_000_000,
        "budget_max_pence": 7_000_000,
        "pilot_length_weeks": 26,
        "visibility": "public",
    },
    {
        "organisation": "Mersey Vale Housing",
        "title": "Cutting void re-let times on our general needs homes",
        "summary": (
            "Our average re-let time for general needs homes is 48 days, against a target "
            "of 28. Every day a home sits empty costs rent and keeps a family in temporary "
            "accommodation. Trades, inspections, utilities and lettings all work to their "
            "own schedules and nobody owns the whole journey from keys back to keys out."
        ),
        "problem_statement": (
            "Mersey Vale Housing turns over around 2,300 homes a year. Average key-to-key "
            "time is 48 calendar days; for homes needing major works it is 81 days. Lost "
            "rent from voids was £1.9 million last year. Meanwhile Knowsley and Sefton "
            "councils have more than 1,100 households in temporary accommodation, and both "
            "have asked us to speed up nominations.\n\n"
            "A home typically goes through a pre-void inspection (when we manage to get in "
            "during the notice period), a void inspection, a works order to our contractor, "
            "asbestos checks on older stock, gas and electrical testing, cleaning, a "
            "post-works inspection and a viewing. Each step is booked separately. Our "
            "tracking spreadsheet shows an average of nine days where a void is waiting for "
            "someone to book the next step.\n\n"
            "Our contractor blames late works orders; our lettings team blames late "
            "sign-off; and the gas contractor says keys are not where they should be. "
            "Everybody is partly right."
        ),
        "desired_outcomes": (
            "- Average re-let time down to 32 days in the pilot area within six months\n"
            "- One shared schedule for each void that all trades and teams can see\n"
            "- Fewer failed post-works inspections\n"
            "- A clear view of where time is lost, by stage and by contractor"
        ),
        "themes": ["allocations-homelessness", "repairs-maintenance"],
        "regions": ["TLD"],
        "homes_affected": 2_300,
        "residents_affected": None,
        "current_approach": (
            "Weekly voids meeting with the contractor, a shared Excel tracker and "
            "individual bookings in each team's own system. We tried a voids module in MRI "
            "Housing but it only records dates after the event; it does not schedule "
            "anything."
        ),
        "systems_constraints": (
            "MRI Housing (tenancies, voids and lettings), our contractor's own job "
            "management system (Kirona), and Property Pool Plus choice-based lettings, "
            "which is run by the councils."
        ),
        "data_protection_constraints": (
            "Mostly property data. Outgoing and incoming tenant details should stay in MRI "
            "Housing and not be copied into third-party tools unless needed. UK hosting."
        ),
        "procurement_route": "framework",
        "budget_min_pence": 3_500_000,
        "budget_max_pence": 9_000_000,
        "pilot_length_weeks": 24,
        "visibility": "public",
    },
    {
        "organisation": "Mersey Vale Housing",
        "title": "Building stronger evidence in noise and anti-social behaviour cases",
        "summary": (
            "Noise nuisance and neighbour disputes are our most common type of anti-social "
            "behaviour report, but fewer than one in ten cases reach a resolution that "
            "residents are happy with. Victims are asked to keep paper diary sheets, "
            "evidence arrives late or not at all, and cases drag on for months. We want a "
            "better way to capture, manage and act on evidence."
        ),
        "problem_statement": (
            "We open around 1,600 ASB cases a year, of which 58% are noise or neighbour "
            "nuisance. Our ASB team of eleven officers carries an average of 45 live cases "
            "each. The median case stays open for 19 weeks. Only 22% of victims say they "
            "are satisfied with how their case was handled (TSM measure TP12).\n\n"
            "Residents are asked to fill in diary sheets and return them by post or email. "
            "Most never come back; those that do are hard to read and rarely usable in "
            "court. Some residents send phone videos to officers' work mobiles, which "
            "creates its own problems for storage, continuity of evidence and data "
            "protection. Merseyside Police and the councils' environmental health teams "
            "each hold their own records, and case conferences rely on officers reading out "
            "notes.\n\n"
            "Two recent injunction applications failed because our evidence was not strong "
            "enough. The victims in both cases have since moved out."
        ),
        "desired_outcomes": (
            "- Victims able to log incidents, recordings and photos easily from their "
            "phones\n"
            "- Evidence stored securely with an audit trail fit for court\n"
            "- Officers able to see risk and case history at a glance and manage their "
            "caseload\n"
            "- Victim satisfaction with ASB handling up by ten percentage points"
        ),
        "themes": ["community-safety-asb", "tenant-engagement-communication"],
        "regions": ["TLD"],
        "homes_affected": 41_200,
        "residents_affected": None,
        "current_approach": (
            "Cases are logged in MRI Housing's ASB module, which is essentially a notes "
            "field with dates. Evidence sits in email inboxes and shared drives. We piloted "
            "a free noise app, but it stored recordings on overseas servers and we stopped "
            "using it."
        ),
        "systems_constraints": (
            "Must link to cases in MRI Housing and allow secure sharing with Merseyside "
            "Police and the Knowsley and Sefton community safety partnerships."
        ),
        "data_protection_constraints": (
            "Recordings may capture third parties and special category data. UK hosting "
            "only, a retention schedule aligned to case closure, and strict access control. "
            "A DPIA will be essential and we expect to consult our tenant panel."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 2_000_000,
        "budget_max_pence": 5_500_000,
        "pilot_length_weeks": 26,
        "visibility": "members",
    },
    {
        "organisation": "Pennine Hearth Housing Association",
        "title": "Replacing oil and LPG heating in off-gas stone terraces and rural homes",
        "summary": (
            "About 3,400 of our homes are off the gas grid, heated by oil, LPG, solid fuel "
            "or old storage heaters. Many are solid-wall stone terraces and farm cottages "
            "in exposed Pennine locations. We want to move them to low-carbon heat without "
            "leaving residents colder or poorer, and we need to know what will actually "
            "work in these buildings."
        ),
        "problem_statement": (
            "Pennine Hearth Housing Association has 19,800 homes across Calderdale, "
            "Kirklees, Rossendale and the South Pennine villages. Of the 3,400 off-gas "
            "homes, 1,260 use heating oil, 410 bottled or bulk LPG, 190 solid fuel and the "
            "rest electric storage heaters. Most were built before 1919 in local sandstone, "
            "with solid walls, small windows and little room for hot water cylinders.\n\n"
            "Oil deliveries are unreliable in winter on steep lanes, and residents on low "
            "incomes buy small quantities at high prices. Last winter we recorded 77 cases "
            "of residents running out of fuel and 16 of those were households with a "
            "vulnerable adult. Our gas and oil servicing contractor tells us 300 oil "
            "boilers are beyond economic repair within five years.\n\n"
            "We installed 40 air source heat pumps in 2023 as a trial. Half work well. In "
            "the others, residents report cold rooms and high bills, and our surveys found "
            "heat loss calculations had assumed insulation that was not there. We are "
            "nervous about scaling up without better assessment, better controls and honest "
            "advice for residents."
        ),
        "desired_outcomes": (
            "- A tested approach to low-carbon heat for stone terraces and off-gas "
            "cottages, by archetype\n"
            "- Heat pumps sized on real heat loss, with controls that keep bills affordable\n"
            "- Residents warm and confident using the new system\n"
            "- A costed plan for the 300 oil boilers due to fail, ready for the Warm Homes: "
            "Social Housing Fund"
        ),
        "themes": ["energy-retrofit-net-zero"],
        "regions": ["TLE", "TLD"],
        "homes_affected": 3_400,
        "residents_affected": 7_200,
        "current_approach": (
            "Like-for-like boiler replacement when an oil boiler fails, plus the 2023 "
            "trial. Our asset team has one retrofit specialist who is also managing our EPC "
            "data, our cavity wall programme and our contractor frameworks."
        ),
        "systems_constraints": (
            "Asset data lives in Aareon QL and component data in an Excel register. Repairs "
            "are raised in Aareon QL. Any monitoring platform must be "
            "manufacturer-agnostic, as we already have two brands installed."
        ),
        "data_protection_constraints": (
            "Property and energy data only for planning. Any remote monitoring of "
            "individual homes needs resident consent and UK hosting."
        ),
        "procurement_route": "framework",
        "budget_min_pence": 6_000_000,
        "budget_max_pence": 20_000_000,
        "pilot_length_weeks": 40,
        "visibility": "public",
    },
    {
        "organisation": "Pennine Hearth Housing Association",
        "title": "Telling penetrating damp from condensation in solid-wall homes",
        "summary": (
            "Our solid stone terraces get damp from both driving rain and condensation, and "
            "we often treat the wrong cause. Surveyors have to judge on a single visit, and "
            "the fix for one can make the other worse. We want better diagnosis, ideally "
            "using thermal imaging and moisture data, so we spend money on the right repair "
            "first time."
        ),
        "problem_statement": (
            "About 8,500 of our homes are pre-1919 stone-built terraces, many on slopes "
            "facing prevailing westerly weather. Last year we raised 1,380 damp and mould "
            "jobs. A review of 200 of them found that 31% had a second or third visit "
            "because the first repair did not work, at an average extra cost of £640 per "
            "case.\n\n"
            "Typical mistakes: re-pointing with cement mortar that traps moisture, fitting "
            "an extract fan when the real problem is a failed gutter or a defective "
            "parapet, or applying a mould wash in a room where water is coming through the "
            "wall. Surveyors do not carry moisture meters that can see deep into thick "
            "stone, and we have no thermal imaging capability in-house.\n\n"
            "Residents lose patience quickly. Damp and mould accounted for 26% of our stage "
            "1 complaints last year, and several went to the Housing Ombudsman. We also "
            "have to meet Awaab's Law timescales now, which means the first diagnosis has "
            "to be right."
        ),
        "desired_outcomes": (
            "- Accurate diagnosis of penetrating damp, rising damp and condensation on the "
            "first visit\n"
            "- Repeat damp jobs cut by half\n"
            "- A clear survey record with images and readings that residents and the "
            "Ombudsman can follow\n"
            "- Guidance for our repairs contractors on breathable repairs for traditional "
            "buildings"
        ),
        "themes": ["damp-mould-condensation", "repairs-maintenance"],
        "regions": ["TLE", "TLD"],
        "homes_affected": 8_500,
        "residents_affected": 18_000,
        "current_approach": (
            "Repairs surveyors attend with a basic pin-type moisture meter and a standard "
            "damp report template in Aareon QL. Complex cases go to an external building "
            "surveyor, which takes four to six weeks to arrange."
        ),
        "systems_constraints": (
            "Survey outputs need to attach to the repair in Aareon QL. Photos and thermal "
            "images must be linked to our UPRN-based property references."
        ),
        "data_protection_constraints": (
            "Thermal images of occupied rooms can identify people; these must be taken with "
            "consent, stored in the UK and not used for any other purpose."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 2_000_000,
        "budget_max_pence": 6_000_000,
        "pilot_length_weeks": 20,
        "visibility": "public",
    },
    {
        "organisation": "Pennine Hearth Housing Association",
        "title": "Repairs in scattered rural homes without losing half the day to travel",
        "summary": (
            "A third of our homes are in villages and hill farms spread over 600 square "
            "miles. Operatives regularly drive over an hour to a single job, find they need "
            "a different trade, and drive back. We want scheduling that groups work "
            "sensibly, respects rural travel and lets one visit do more."
        ),
        "problem_statement": (
            "Our 64 multi-trade operatives cover 19,800 homes from depots in Halifax and "
            "Todmorden. For the 6,300 rural homes, average travel per job is 47 minutes "
            "each way, compared with 14 minutes in towns. Snow, flooding and single-track "
            "roads make journey times unpredictable from November to March.\n\n"
            "Rural residents wait an average of 24 days for a routine repair, against 15 "
            "days in town. Our schedulers try to batch rural jobs by village, but the "
            "system does not show them which other jobs are due nearby, including gas "
            "servicing and electrical tests, so the same lane can get three vans on three "
            "different days.\n\n"
            "We also lose visits because mobile signal is poor in the valleys and "
            "operatives cannot open job details or close jobs until they are back in range. "
            "Overtime for rural work is £310,000 a year, and two of our most experienced "
            "rural operatives retired last year saying the driving had worn them out."
        ),
        "desired_outcomes": (
            "- Rural routine repair times close to town times\n"
            "- Travel per rural job down by at least 20%\n"
            "- Jobs and compliance visits in the same area grouped into one trip where "
            "possible\n"
            "- A mobile app that works offline in the valleys"
        ),
        "themes": ["repairs-maintenance", "workforce-productivity"],
        "regions": ["TLE", "TLD"],
        "homes_affected": 6_300,
        "residents_affected": 13_100,
        "current_approach": (
            "Manual scheduling in Aareon QL with a paper map on the planners' wall. "
            "Operatives phone in between jobs. A route-optimisation add-on was tried in "
            "2021 but it did not understand multi-trade skills or rural roads and was "
            "abandoned after two months."
        ),
        "systems_constraints": (
            "Jobs come from Aareon QL. Our gas servicing contractor uses its own system "
            "(Joblogic) and would need to share appointment data. Operatives use Samsung "
            "tablets."
        ),
        "data_protection_constraints": (
            "Vehicle and operative location data needs consultation with our staff forum "
            "and a DPIA. No use for individual performance management without agreement."
        ),
        "procurement_route": "open_tender",
        "budget_min_pence": 5_000_000,
        "budget_max_pence": 14_000_000,
        "pilot_length_weeks": 32,
        "visibility": "public",
    },
    {
        "organisation": "Pennine Hearth Housing Association",
        "title": "Fuel poverty support for residents in off-grid homes",
        "summary": (
            "Our residents in oil and LPG heated homes are among the most fuel-poor in the "
            "region. Many do not claim benefits they are entitled to, miss the Warm Home "
            "Discount and run out of fuel in winter. We need a way to find these households "
            "early and get money and advice to them before the cold weather."
        ),
        "problem_statement": (
            "We estimate that at least 1,900 of our households are in fuel poverty, "
            "concentrated in the 3,400 off-gas homes and among older residents in stone "
            "terraces with high heat loss. Heating oil must be bought in bulk, usually 500 "
            "litres at a time, which many cannot afford in one go. Some households run out "
            "and use portable gas heaters, which we know are a fire and carbon monoxide "
            "risk.\n\n"
            "Our two money advisers helped 410 households last year and brought in £780,000 "
            "in unclaimed benefits and grants, an average of £1,900 each. But they work "
            "from referrals, so they see people once a crisis has already happened. We know "
            "from a sample of 150 tenancy audits that 38% of households over pension age "
            "were not claiming Pension Credit they were likely to be entitled to.\n\n"
            "Arrears among off-gas households rose by 14% last winter. Income officers "
            "report that heating and rent are competing for the same money."
        ),
        "desired_outcomes": (
            "- Households at risk of fuel poverty identified before October\n"
            "- Benefit checks and grant applications completed for at least 400 households "
            "in the pilot\n"
            "- Fewer residents running out of heating fuel\n"
            "- Arrears among supported households stable or falling through the winter"
        ),
        "themes": ["income-arrears-financial-inclusion", "energy-retrofit-net-zero"],
        "regions": ["TLE", "TLD"],
        "homes_affected": 3_400,
        "residents_affected": 7_200,
        "current_approach": (
            "Money advice by referral, a small hardship fund and signposting to the local "
            "authority and Citizens Advice. We do not routinely hold information on how "
            "homes are heated in our housing system, which makes targeting hard."
        ),
        "systems_constraints": (
            "Tenancy and rent account data are in Aareon QL. Heating type is in a separate "
            "asset register. Any tool must join the two using our property reference."
        ),
        "data_protection_constraints": (
            "Financial and benefit information is personal data and needs to stay in the "
            "UK. Residents must consent to any checks with third parties, including DWP."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 1_500_000,
        "budget_max_pence": 4_000_000,
        "pilot_length_weeks": 26,
        "visibility": "public",
    },
    {
        "organisation": "Pennine Hearth Housing Association",
        "title": "Filling the gaps in stock condition data for older homes",
        "summary": (
            "We have not fully surveyed around 40% of our stock in the last five years, and "
            "our data on pre-1919 homes is particularly thin. Without reliable information "
            "on walls, roofs, windows and heating we cannot plan investment, prove Decent "
            "Homes compliance or build a credible retrofit plan. We want to find and fill "
            "the gaps cost-effectively."
        ),
        "problem_statement": (
            "Our last full stock condition survey covered 60% of homes between 2018 and "
            "2020. Since then we have updated components when they are replaced, but our "
            "asset team estimates that roughly 7,900 homes have at least one key element "
            "with no recorded condition or a renewal date that is clearly wrong. Wall "
            "construction is recorded as 'unknown' for 2,200 homes, and heating type does "
            "not match the gas servicing records for 640.\n\n"
            "This matters more than ever. The Regulator of Social Housing's consumer "
            "standards expect us to know the condition of our homes. We have to report "
            "Decent Homes performance, and we cannot bid for retrofit funding without "
            "accurate wall, roof and heating data. Our 30-year plan carries an estimated "
            "error margin of £40 million.\n\n"
            "A full resurvey would cost about £1.1 million. We would rather use the data we "
            "already have, including repairs history, EPCs and servicing records, to target "
            "surveys where they matter most."
        ),
        "desired_outcomes": (
            "- A confidence score for every home's asset data\n"
            "- A prioritised survey list that fills the most important gaps first\n"
            "- Asset records updated automatically from repairs, servicing and EPC data "
            "where possible\n"
            "- A defensible position on Decent Homes compliance for the board and the "
            "Regulator"
        ),
        "themes": ["data-systems-interoperability", "energy-retrofit-net-zero"],
        "regions": ["TLE", "TLD"],
        "homes_affected": 7_900,
        "residents_affected": None,
        "current_approach": (
            "Ad hoc surveys when homes become void or when repairs staff notice something. "
            "Data validation is done in Excel by one asset data officer."
        ),
        "systems_constraints": (
            "Aareon QL for housing and repairs, Keystone for asset management. Our gas and "
            "electrical compliance contractors supply data as monthly CSV files."
        ),
        "data_protection_constraints": "Property data only; resident details are not needed.",
        "procurement_route": "direct_award",
        "budget_min_pence": 2_500_000,
        "budget_max_pence": 7_000_000,
        "pilot_length_weeks": 16,
        "visibility": "members",
    },
    {
        "organisation": "Trent Valley Homes",
        "title": "Detecting falls in sheltered housing without relying on pendants",
        "summary": (
            "Many of our older residents have a pull cord and a pendant alarm, but they "
            "often do not wear the pendant and cannot reach a cord after a fall. We want to "
            "detect falls and long lies in our sheltered schemes reliably and respectfully, "
            "without cameras, so help arrives quickly."
        ),
        "problem_statement": (
            "Trent Valley Homes has 12,400 homes, including 2,150 flats and bungalows "
            "across 38 sheltered schemes in Nottinghamshire and Derbyshire. The average age "
            "of residents in those schemes is 79. Our scheme managers and the county "
            "telecare monitoring centre recorded 212 falls last year. In 61 of them, the "
            "resident was on the floor for more than an hour before anyone knew; in nine "
            "cases it was over twelve hours.\n\n"
            "Residents tell us pendants are uncomfortable, they take them off to wash or "
            "sleep, or they do not want to look 'old' in front of visitors. Pull cords are "
            "frequently tied up out of the way. Several of the longest lies happened at "
            "night when the resident got up to use the bathroom.\n\n"
            "A long lie can mean pressure sores, dehydration, hospital admission and a move "
            "into residential care. Both county councils and the local NHS trusts have "
            "asked housing providers to help reduce falls-related admissions."
        ),
        "desired_outcomes": (
            "- Falls detected automatically in the pilot homes, with an alert to the "
            "monitoring centre within minutes\n"
            "- No cameras and no wearable required\n"
            "- Fewer long lies and falls-related hospital admissions among pilot residents\n"
            "- False alarm rates low enough that the monitoring centre trusts the alerts"
        ),
        "themes": ["health-care-independent-living"],
        "regions": ["TLF"],
        "homes_affected": 2_150,
        "residents_affected": 2_600,
        "current_approach": (
            "Analogue pull cords and pendants linked to the county monitoring centre, plus "
            "daily wellbeing calls from scheme managers on weekdays. We tried a wrist-worn "
            "fall detector in 2022 but most residents stopped wearing it within a month."
        ),
        "systems_constraints": (
            "Alerts must reach the monitoring centre (Tunstall PNC) and our scheme "
            "managers' phones. Resident records are held in Civica CX."
        ),
        "data_protection_constraints": (
            "Health information is special category data. UK hosting only; no cameras or "
            "audio recording; residents or their representatives must give informed "
            "consent; a DPIA is required."
        ),
        "procurement_route": "innovation_partnership",
        "budget_min_pence": 5_000_000,
        "budget_max_pence": 15_000_000,
        "pilot_length_weeks": 40,
        "visibility": "public",
    },
    {
        "organisation": "Trent Valley Homes",
        "title": "Moving our telecare from analogue to digital before the switch-off",
        "summary": (
            "About 3,100 of our residents rely on analogue telecare equipment that will "
            "stop working reliably as the phone network goes digital. We need to replace or "
            "upgrade it, test it and keep accurate records of every device, without leaving "
            "anyone unprotected during the changeover."
        ),
        "problem_statement": (
            "BT's national switch from analogue landlines to digital is due to be completed "
            "by January 2027. Our 3,100 telecare users include residents in sheltered "
            "schemes with hard-wired warden call systems and people in general needs homes "
            "with standalone dispersed alarm units and peripherals such as smoke detectors "
            "and bed sensors.\n\n"
            "Our equipment records are poor. The asset list for dispersed alarms was last "
            "reconciled in 2019, and we know it includes devices that have been returned, "
            "swapped or lost. At three schemes we found warden call panels that were not on "
            "any register at all. Over the last year we had seven incidents where an alarm "
            "call failed to connect after a resident's broadband provider switched their "
            "line to digital without telling anyone.\n\n"
            "We have to plan installation visits around residents who are often unwell or "
            "in hospital, schedule engineers across two counties, and evidence to the "
            "councils that every commissioned user is safe."
        ),
        "desired_outcomes": (
            "- A reliable register of every telecare device and who it belongs to\n"
            "- Every resident moved to digital equipment before their line changes, with no "
            "failed calls\n"
            "- Regular automated health checks on devices, with alerts when one stops "
            "reporting\n"
            "- A model we can reuse for our other connected equipment"
        ),
        "themes": ["health-care-independent-living", "data-systems-interoperability"],
        "regions": ["TLF"],
        "homes_affected": 3_100,
        "residents_affected": 3_400,
        "current_approach": (
            "We rely on the county monitoring centre to report failures and on our scheme "
            "managers to notice problems. Our housing system does not record telecare "
            "devices, so the data lives in three spreadsheets held by different teams."
        ),
        "systems_constraints": (
            "Civica CX for tenancy and household data; monitoring through Tunstall PNC. Any "
            "equipment must work with the Tunstall and Legrand protocols already in use at "
            "the monitoring centre."
        ),
        "data_protection_constraints": (
            "Health-related data; UK hosting; sharing agreements with Nottinghamshire and "
            "Derbyshire county councils are already in place and must be respected."
        ),
        "procurement_route": "framework",
        "budget_min_pence": 8_000_000,
        "budget_max_pence": 25_000_000,
        "pilot_length_weeks": 52,
        "visibility": "public",
    },
    {
        "organisation": "Trent Valley Homes",
        "title": "Early warning for residents living alone who may be struggling",
        "summary": (
            "Neighbours and family members often spot that an older resident is not coping "
            "long after things have started to slip. We would like a light-touch, "
            "affordable way to notice changes in daily routine, such as not boiling the "
            "kettle or not turning on lights, so our support staff can check in before a "
            "crisis."
        ),
        "problem_statement": (
            "Around 4,300 of our residents live alone and are over 70, and many have no "
            "regular visitors. In general needs homes there is no scheme manager on site. "
            "Our tenancy support officers each cover about 600 households and cannot visit "
            "everyone regularly.\n\n"
            "Last year we had four cases where a resident died at home and was not found "
            "for more than a week. In others, self-neglect was only noticed when a "
            "contractor visited for a gas service and found the home cold, with little food "
            "in it. Adult social care told us several of these residents would have "
            "qualified for support if they had been referred earlier.\n\n"
            "Residents and families tell us they want something simple that does not feel "
            "like surveillance. Some older people worry about cameras or microphones; some "
            "have dementia and cannot operate a smartphone. Any solution has to be cheap "
            "enough to scale to thousands of homes, and it has to work in homes without "
            "broadband."
        ),
        "desired_outcomes": (
            "- A simple way to notice when someone's daily routine changes, such as kettle "
            "or lighting use\n"
            "- Alerts that go to the right person (family, support officer or monitoring "
            "centre) as the resident chooses\n"
            "- Earlier referrals to support and fewer crises\n"
            "- Residents and families who say it feels reassuring rather than intrusive"
        ),
        "themes": ["health-care-independent-living"],
        "regions": ["TLF"],
        "homes_affected": 4_300,
        "residents_affected": 4_300,
        "current_approach": (
            "Daily telephone wellbeing calls for about 600 residents who request them, plus "
            "tenancy visits once a year. The calls are valued but take two full-time staff, "
            "and residents who do not answer trigger a visit that is usually unnecessary."
        ),
        "systems_constraints": (
            "Household records in Civica CX. Alerts need to go to our support team's shared "
            "mailbox and to the Tunstall PNC monitoring centre for residents who already "
            "have telecare."
        ),
        "data_protection_constraints": (
            "Health and wellbeing inferences are special category data. UK hosting only, "
            "explicit consent, and residents must be able to pause monitoring."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 2_000_000,
        "budget_max_pence": 6_000_000,
        "pilot_length_weeks": 26,
        "visibility": "public",
    },
    {
        "organisation": "Trent Valley Homes",
        "title": "Keeping older residents safe in heatwaves",
        "summary": (
            "Several of our sheltered schemes and top-floor flats overheat badly in summer. "
            "During last year's heatwave, communal lounges and some flats reached over 30C, "
            "and residents with heart and breathing conditions struggled. We want to know "
            "which homes overheat, warn the right people when temperatures climb and fix "
            "the worst buildings."
        ),
        "problem_statement": (
            "Our 38 sheltered schemes include 11 built in the 1980s with large south-facing "
            "windows, low ceilings and communal heating that some residents cannot turn "
            "down. In July last year scheme managers recorded indoor temperatures of 31C to "
            "33C in corridors and several flats. Two residents were admitted to hospital "
            "with dehydration and one with heat exhaustion.\n\n"
            "We have no temperature data apart from what scheme managers note with handheld "
            "thermometers. We do not know how hot it gets at night, which is when older "
            "people are most at risk, or which flats are worst. The UKHSA heat-health "
            "alerts reach our head office but there is no process for turning them into "
            "action at scheme level.\n\n"
            "As we add insulation through our retrofit programme, we also need to make sure "
            "we are not making summer overheating worse. The Future Homes guidance on "
            "overheating does not help much with existing 1980s blocks."
        ),
        "desired_outcomes": (
            "- Temperature monitoring in the hottest schemes and flats, with alerts when "
            "safe thresholds are passed\n"
            "- A heat-alert routine for scheme managers, with priority lists of vulnerable "
            "residents\n"
            "- Evidence on which buildings need shading, ventilation or heating controls "
            "changes\n"
            "- Fewer heat-related hospital admissions among residents"
        ),
        "themes": ["health-care-independent-living", "energy-retrofit-net-zero"],
        "regions": ["TLF"],
        "homes_affected": 1_100,
        "residents_affected": 1_300,
        "current_approach": (
            "Fans bought by scheme managers from petty cash, cold water and advice "
            "leaflets. No systematic monitoring. Communal heating is controlled from plant "
            "rooms that only contractors can access."
        ),
        "systems_constraints": (
            "Civica CX for resident data; communal heating plant is managed by our M&E "
            "contractor's BMS at three schemes."
        ),
        "data_protection_constraints": (
            "Temperature data is low risk, but linking it to residents' health conditions "
            "for prioritisation is special category data and must stay in UK-hosted systems "
            "with role-based access."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 1_500_000,
        "budget_max_pence": 4_000_000,
        "pilot_length_weeks": 20,
        "visibility": "public",
    },
    {
        "organisation": "Trent Valley Homes",
        "title": "Filling supported housing vacancies faster",
        "summary": (
            "Our supported housing and sheltered flats stay empty for too long between "
            "residents, partly because works are slow and partly because nominations from "
            "councils and care services take weeks. Every empty flat is someone waiting in "
            "hospital, in temporary accommodation or in an unsuitable home. We want a "
            "faster, joined-up process."
        ),
        "problem_statement": (
            "We have 2,150 sheltered homes and 420 supported housing units for people with "
            "learning disabilities, mental health needs or leaving homelessness. Average "
            "re-let time for sheltered flats is 63 days and for supported units 71 days, "
            "compared with 31 days for our general needs homes. Lost rent and service "
            "charges last year were £740,000.\n\n"
            "Sheltered and supported voids need more than general needs voids: adaptations "
            "to check, community alarms to test and reassign, furniture to clear and, for "
            "supported units, a matching process with the support provider and the "
            "council's commissioning team. Nominations come by email from three councils "
            "and two NHS discharge teams, with no shared view of which units are available "
            "or nearly ready.\n\n"
            "Meanwhile Nottinghamshire hospitals report delayed discharges of older people "
            "waiting for suitable housing, and the councils' homelessness teams use bed and "
            "breakfasts for people who could be in our supported schemes. Commissioners "
            "have told us plainly that our void times are now a factor in future contract "
            "awards."
        ),
        "desired_outcomes": (
            "- Re-let times for sheltered and supported homes down to 40 days\n"
            "- Partners able to see upcoming vacancies and nominate early\n"
            "- Adaptations, telecare and works all scheduled together\n"
            "- Lost rent and service charges reduced by at least £200,000 a year"
        ),
        "themes": ["allocations-homelessness", "health-care-independent-living"],
        "regions": ["TLF"],
        "homes_affected": 2_570,
        "residents_affected": None,
        "current_approach": (
            "Each void is tracked on a spreadsheet by the lettings team. Works are ordered "
            "through Civica CX. Nomination requests and responses are handled by email, and "
            "partners often chase by phone."
        ),
        "systems_constraints": (
            "Civica CX (voids, lettings and repairs). Our voids contractor uses Kirona. "
            "Councils use Abritas and Locata for housing registers."
        ),
        "data_protection_constraints": (
            "Nomination forms contain health and support needs: special category data, UK "
            "hosting, sharing only under existing nomination agreements."
        ),
        "procurement_route": "framework",
        "budget_min_pence": 3_000_000,
        "budget_max_pence": 8_000_000,
        "pilot_length_weeks": 30,
        "visibility": "members",
    },
    {
        "organisation": "Severn Heart Housing",
        "title": "Fire-door inspections across 46 tower blocks",
        "summary": (
            "We have around 9,800 flat entrance doors and 3,200 communal fire doors in 46 "
            "high-rise blocks and many more medium-rise buildings. The Fire Safety "
            "(England) Regulations 2022 require regular checks, and our paper-based "
            "inspections cannot show the Building Safety Regulator where every door stands. "
            "We want every door identified, inspected and tracked to repair."
        ),
        "problem_statement": (
            "Severn Heart Housing manages 33,000 homes in Birmingham, Sandwell and "
            "Wolverhampton, including 46 blocks over 18 metres and 112 blocks between 11 "
            "and 18 metres. Under the Fire Safety (England) Regulations 2022 we must check "
            "communal fire doors every three months and use best endeavours to check flat "
            "entrance doors every year in buildings over 11 metres.\n\n"
            "Inspections are done by a mix of our own caretakers and a contractor, on paper "
            "forms that are scanned and filed by block. We cannot say with confidence how "
            "many fire doors we have. The last count differed from the previous one by more "
            "than 600 doors. Defects are reported by email, and we have no reliable link "
            "between a failed inspection and the repair that followed. Last quarter we "
            "could evidence only 71% of required communal door checks.\n\n"
            "Residents replace their own front doors, remove self-closers because they are "
            "heavy, or wedge communal doors open. Our fire risk assessors keep raising the "
            "same actions year after year. As we prepare building safety cases for the "
            "Building Safety Regulator, this is one of our biggest gaps."
        ),
        "desired_outcomes": (
            "- Every fire door uniquely identified, with its specification and history\n"
            "- Inspections recorded on a phone or tablet with photos, not paper\n"
            "- Failed inspections turned automatically into repairs and tracked to closure\n"
            "- Evidence of inspection compliance by building, ready for the safety case"
        ),
        "themes": ["building-fire-safety"],
        "regions": ["TLG"],
        "homes_affected": 14_800,
        "residents_affected": 31_000,
        "current_approach": (
            "Paper inspection forms, scanned PDFs and a compliance spreadsheet updated "
            "monthly by our building safety team. Our contractor uses its own app but we "
            "receive only PDF reports."
        ),
        "systems_constraints": (
            "Repairs must be raised in Capita OpenHousing. Building information should feed "
            "our building safety case documents held in SharePoint. We already use UPRNs "
            "and block references from our asset register in Keystone."
        ),
        "data_protection_constraints": (
            "Mostly asset data. Photos may capture residents or their belongings inside "
            "flats, so they need UK hosting, retention rules and careful access control."
        ),
        "procurement_route": "framework",
        "budget_min_pence": 4_000_000,
        "budget_max_pence": 11_000_000,
        "pilot_length_weeks": 26,
        "visibility": "public",
    },
    {
        "organisation": "Severn Heart Housing",
        "title": "Keeping the golden thread of building information for higher-risk buildings",
        "summary": (
            "For our 46 higher-risk buildings we must keep accurate, up-to-date building "
            "information and show the Building Safety Regulator how we manage risk. Our "
            "information is spread across drawings, surveys, compliance certificates and "
            "contractor reports in different systems. We need a reliable golden thread that "
            "our building safety managers can actually use."
        ),
        "problem_statement": (
            "The Building Safety Act 2022 requires us, as the principal accountable person, "
            "to hold and maintain the golden thread of information for every higher-risk "
            "building, and to submit a safety case report when the Building Safety "
            "Regulator calls the building in. Of our 46 buildings, 12 have been called in "
            "so far and 34 are still to come.\n\n"
            "Our information is held in at least seven places: drawings in an old document "
            "management system, fire risk assessments in SharePoint, fire-stopping surveys "
            "from three contractors, compliance certificates in Capita OpenHousing, lift "
            "and dry riser records from our M&E contractor, cladding remediation files from "
            "the project team and emails. Many drawings do not match what was built, and "
            "records of past alterations are patchy.\n\n"
            "When we prepared our first safety case report, a team of four took 11 weeks to "
            "assemble the evidence. We cannot repeat that 34 times. We also need to make "
            "sure information stays current when works happen, rather than being rebuilt "
            "every time."
        ),
        "desired_outcomes": (
            "- One place where building safety information for each higher-risk building is "
            "held and kept up to date\n"
            "- Links between compliance data, inspections and the building safety case\n"
            "- Time to prepare a safety case report cut by at least half\n"
            "- Clear audit trail of changes for the Building Safety Regulator"
        ),
        "themes": ["building-fire-safety", "data-systems-interoperability"],
        "regions": ["TLG"],
        "homes_affected": 5_900,
        "residents_affected": 12_400,
        "current_approach": (
            "Building safety managers maintain their own folders and trackers. Some "
            "buildings have a digital twin prepared during remediation works, but it is not "
            "kept up to date and we do not own the software licence."
        ),
        "systems_constraints": (
            "Capita OpenHousing (compliance and repairs), Keystone (asset register), "
            "SharePoint and a legacy Idox document system. Must support open formats (IFC, "
            "PDF/A) so we are not locked in."
        ),
        "data_protection_constraints": (
            "Mostly building data. Resident vulnerability information used for "
            "person-centred fire risk assessments and personal emergency evacuation plans "
            "is special category and must be restricted."
        ),
        "procurement_route": "open_tender",
        "budget_min_pence": 8_000_000,
        "budget_max_pence": 25_000_000,
        "pilot_length_weeks": 40,
        "visibility": "members",
    },
    {
        "organisation": "Severn Heart Housing",
        "title": "Involving high-rise residents in building safety",
        "summary": (
            "We have to prepare and carry out resident engagement strategies for each "
            "higher-risk building, and residents need to understand what we are doing and "
            "how to raise concerns. Attendance at block meetings is low, many residents do "
            "not speak English as a first language, and trust is low after years of "
            "cladding works."
        ),
        "problem_statement": (
            "Our 46 high-rise blocks are home to about 12,400 people. Residents speak over "
            "40 languages, and around a quarter of households have someone with a "
            "disability or mobility problem. Under the Building Safety Act we must have a "
            "resident engagement strategy for each higher-risk building, provide key safety "
            "information, and run a complaints process for building safety concerns.\n\n"
            "Block meetings attract ten to fifteen people each. Leaflets about fire doors "
            "and evacuation strategies go unread. When we changed from stay-put to "
            "simultaneous evacuation at two blocks during remediation, a survey afterwards "
            "found 40% of residents did not know what the fire alarm meant for them.\n\n"
            "Residents also report building safety concerns through every channel we have, "
            "often mixed in with repairs calls, and they rarely hear what happened. Our "
            "building safety managers cannot easily tell which residents need a personal "
            "emergency evacuation plan or who has not been reached, and our last fire "
            "service visit noted that our evacuation information was out of date in three "
            "blocks."
        ),
        "desired_outcomes": (
            "- Residents in each block told, in their language, what keeps them safe and "
            "what to do in a fire\n"
            "- A simple way for residents to raise and track building safety concerns\n"
            "- Evidence of engagement by block for the Building Safety Regulator\n"
            "- Up-to-date records of residents who need help to evacuate"
        ),
        "themes": ["building-fire-safety", "tenant-engagement-communication"],
        "regions": ["TLG"],
        "homes_affected": 5_900,
        "residents_affected": 12_400,
        "current_approach": (
            "Block meetings, printed newsletters, notices in lifts and a building safety "
            "page on our website. Translation is arranged case by case. We have one "
            "resident engagement officer for all 46 blocks."
        ),
        "systems_constraints": (
            "Resident contact data in Capita OpenHousing. Concerns should be logged against "
            "the block in our compliance records. Must support SMS and WhatsApp, since "
            "email use among residents is low."
        ),
        "data_protection_constraints": (
            "Information about residents who need evacuation help is special category data; "
            "UK hosting only; strictly limited access for building safety and fire service "
            "liaison."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 2_000_000,
        "budget_max_pence": 5_000_000,
        "pilot_length_weeks": 24,
        "visibility": "public",
    },
    {
        "organisation": "Severn Heart Housing",
        "title": "Anti-social behaviour in the communal areas of tower blocks",
        "summary": (
            "Drug dealing, rough sleeping in stairwells and vandalism of fire equipment are "
            "making some of our tower blocks feel unsafe. Residents report incidents, but "
            "they rarely hear back, and we cannot see patterns across blocks. We want "
            "better reporting, case management and partnership working with West Midlands "
            "Police."
        ),
        "problem_statement": (
            "Across our 46 high-rise blocks we received 2,140 reports of anti-social "
            "behaviour in communal areas last year: 38% drug-related, 24% rough sleeping or "
            "unauthorised access, 21% vandalism and the rest nuisance and intimidation. "
            "Damaged door entry systems and wedged fire doors are a recurring problem and a "
            "building safety risk.\n\n"
            "Reports come by phone, email, concierge logs and through councillors. Each is "
            "logged in Capita OpenHousing, but the ASB module does not link reports from "
            "different residents about the same incident or block. Our neighbourhood "
            "officers cannot easily produce the evidence the police and the council need "
            "for closure orders or community protection notices.\n\n"
            "Satisfaction with our handling of ASB (TSM TP12) is 49% in our high-rise "
            "blocks, our lowest score. In exit interviews, residents leaving tower blocks "
            "increasingly cite feeling unsafe in the building as the main reason. Concierge "
            "staff say they feel the same way on late shifts, and two have left in the past "
            "year."
        ),
        "desired_outcomes": (
            "- Residents able to report incidents quickly and anonymously if they choose\n"
            "- Patterns across blocks visible to neighbourhood officers, concierge staff "
            "and partners\n"
            "- Cases with evidence packs that stand up in court or at a partnership meeting\n"
            "- Improved TP12 satisfaction in pilot blocks"
        ),
        "themes": ["community-safety-asb"],
        "regions": ["TLG"],
        "homes_affected": 5_900,
        "residents_affected": 12_400,
        "current_approach": (
            "Concierge logbooks, a CCTV contract that only stores footage for 14 days, and "
            "monthly meetings with the police neighbourhood team where officers bring "
            "printed lists."
        ),
        "systems_constraints": (
            "Capita OpenHousing for tenancy and ASB records. We share information with West "
            "Midlands Police under an existing information-sharing agreement. Concierge "
            "staff use tablets running Microsoft 365."
        ),
        "data_protection_constraints": (
            "Crime and offence data is highly sensitive. UK hosting only, clear retention "
            "periods, and processing aligned with our information-sharing protocol with the "
            "police and Birmingham City Council."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 2_500_000,
        "budget_max_pence": 6_000_000,
        "pilot_length_weeks": 26,
        "visibility": "members",
    },
    {
        "organisation": "Severn Heart Housing",
        "title": "Damp and mould in high-rise flats after cladding remediation",
        "summary": (
            "On several tower blocks where we have replaced cladding, residents are "
            "reporting more condensation and mould than before. The new systems are safer "
            "but the buildings behave differently, and winter ventilation has changed. We "
            "need data to understand what is happening flat by flat and to fix it before "
            "the next winter."
        ),
        "problem_statement": (
            "Between 2021 and 2024 we replaced or remediated the external wall systems on "
            "14 of our tower blocks, covering 1,650 flats. On six of those blocks, damp and "
            "mould reports rose by between 40% and 120% in the following winter. Many of "
            "the flats are overcrowded, and residents dry clothes indoors because balconies "
            "were closed in as part of the works.\n\n"
            "Our surveyors find condensation mould on the inside face of external walls and "
            "around new window reveals, and in some flats the mechanical extract units were "
            "removed during works and not replaced. We do not know whether the cause is "
            "reduced air leakage, cold bridging at the new window lines, changes in how "
            "residents use their homes or all three.\n\n"
            "Awaab's Law deadlines apply, and the affected residents have been through "
            "years of disruption. Some have already contacted their MP and the Housing "
            "Ombudsman. We need to respond quickly and fairly, and we need facts to take "
            "back to the remediation contractors where workmanship is at fault."
        ),
        "desired_outcomes": (
            "- Humidity, temperature and CO2 data from a representative sample of affected "
            "flats\n"
            "- A clear diagnosis by block of what is driving condensation\n"
            "- Targeted fixes (ventilation, drying space, repairs) completed before next "
            "winter\n"
            "- Evidence to support claims against contractors where the works were "
            "defective"
        ),
        "themes": ["damp-mould-condensation", "building-fire-safety"],
        "regions": ["TLG"],
        "homes_affected": 1_650,
        "residents_affected": 4_100,
        "current_approach": (
            "Reactive surveys, mould washes and dehumidifiers handed out from a stock of "
            "80. We have asked the remediation contractors to investigate, but they dispute "
            "responsibility."
        ),
        "systems_constraints": (
            "Repairs in Capita OpenHousing. Sensor data must be exportable for use by our "
            "building surveyors and legal team."
        ),
        "data_protection_constraints": (
            "Residents must opt in; UK hosting; no cameras or microphones; data retained "
            "only for the life of the investigation and any related claims."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 2_500_000,
        "budget_max_pence": 7_000_000,
        "pilot_length_weeks": 30,
        "visibility": "public",
    },
    {
        "organisation": "Severn Heart Housing",
        "title": "Handling complaints within the Ombudsman's Complaint Handling Code",
        "summary": (
            "Our complaints have doubled in three years, and we are missing the Housing "
            "Ombudsman's timescales. Complaints are logged in different places, stage 1 "
            "responses are late and residents feel we do not learn from them. We want a "
            "process and a system that get responses out on time, track promises we make "
            "and show the board what is going wrong."
        ),
        "problem_statement": (
            "We received 3,870 stage 1 complaints last year, up from 1,920 three years ago. "
            "The Housing Ombudsman's Complaint Handling Code, now statutory, requires us to "
            "acknowledge within five working days and respond at stage 1 within ten working "
            "days. We met the ten-day target for 58% of complaints. Stage 2 performance was "
            "better but still short.\n\n"
            "Complaints arrive through the contact centre, email, social media, councillors "
            "and MPs. Some are logged as complaints in Capita OpenHousing, some as repairs "
            "and some not at all. Commitments made in responses, such as a follow-up visit "
            "or compensation, are tracked in officers' own notes, and we found in an audit "
            "that 27% were not completed.\n\n"
            "The Ombudsman has issued four maladministration findings against us this year, "
            "mainly on repairs and damp. Our TSM for complaints handling satisfaction "
            "(TP09) is 27%. The board wants to see learning from complaints, not only "
            "numbers, and so does our resident panel."
        ),
        "desired_outcomes": (
            "- Stage 1 responses within ten working days for at least 90% of complaints\n"
            "- Every commitment in a complaint response tracked to completion\n"
            "- Themes from complaints reported monthly to the board and resident panel\n"
            "- Higher satisfaction with complaint handling among residents"
        ),
        "themes": ["tenant-engagement-communication"],
        "regions": ["TLG"],
        "homes_affected": 33_000,
        "residents_affected": 72_000,
        "current_approach": (
            "A complaints team of eight working from Capita OpenHousing and a shared "
            "mailbox. Triage and allocation are manual. Reporting is built in Excel every "
            "month."
        ),
        "systems_constraints": (
            "Capita OpenHousing is our housing system of record; we also use Dynamics 365 "
            "for the contact centre. Any tool must not create a third place where "
            "complaints live."
        ),
        "data_protection_constraints": (
            "Complaints may contain health and vulnerability information. UK hosting "
            "required; access restricted to complaints and service teams; retention in line "
            "with our schedule."
        ),
        "procurement_route": "framework",
        "budget_min_pence": 4_000_000,
        "budget_max_pence": 10_000_000,
        "pilot_length_weeks": 26,
        "visibility": "public",
    },
    {
        "organisation": "Fenland Living",
        "title": "Spotting tenants heading into arrears before it is too late",
        "summary": (
            "Our arrears have risen by 31% in two years, driven by Universal Credit managed "
            "migration and cost-of-living pressure. Income officers spend most of their "
            "time chasing cases that are already serious. We want to identify tenants "
            "likely to fall behind early, offer the right help and keep people in their "
            "homes."
        ),
        "problem_statement": (
            "Fenland Living has 9,600 homes across Fenland, East Cambridgeshire and West "
            "Norfolk. Current tenant arrears are £2.4 million, or 5.8% of the rent roll, up "
            "from 4.4% two years ago. Around 3,900 of our tenants now claim Universal "
            "Credit, and another 1,100 are due to move from legacy benefits over the next "
            "year.\n\n"
            "Our six income officers each cover about 1,600 accounts. They work down "
            "arrears lists sorted by balance, so by the time they contact someone the debt "
            "is often more than £800 and the relationship has become difficult. Evictions "
            "for rent arrears rose from seven to nineteen in two years, and each costs us "
            "more than £9,000 once legal fees, void costs and lost rent are counted.\n\n"
            "Many of our tenants work seasonally in agriculture and food processing, so "
            "incomes rise and fall through the year. Standard arrears rules do not account "
            "for that, and we end up sending letters to people who will be back in work "
            "next month while missing those quietly slipping behind."
        ),
        "desired_outcomes": (
            "- Tenants at risk of arrears identified at least two months earlier than now\n"
            "- Income officers focusing on prevention and support, with a smaller chase "
            "list\n"
            "- Arrears as a share of the rent roll back below 5%\n"
            "- Fewer evictions for rent arrears"
        ),
        "themes": ["income-arrears-financial-inclusion"],
        "regions": ["TLH"],
        "homes_affected": 9_600,
        "residents_affected": 22_000,
        "current_approach": (
            "Weekly arrears lists from Orchard Housing, standard letter templates and a "
            "predictive arrears trial with another supplier in 2021 that we stopped because "
            "the predictions did not reflect our rural, seasonal income patterns."
        ),
        "systems_constraints": (
            "Must work with Orchard Housing for rent accounts and with the DWP Landlord "
            "Portal for UC. We would like outputs in our existing Power BI dashboards."
        ),
        "data_protection_constraints": (
            "Financial and benefits data is personal data; UK hosting; automated profiling "
            "must be explained to tenants and reviewed by a person before any action."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 2_000_000,
        "budget_max_pence": 5_000_000,
        "pilot_length_weeks": 26,
        "visibility": "public",
    },
    {
        "organisation": "Fenland Living",
        "title": "Cutting drive time for repairs across scattered rural stock",
        "summary": (
            "Our homes are spread across a large, sparsely populated area, with some "
            "villages 40 miles from our Wisbech depot. Operatives spend more time driving "
            "than fixing. We want routing and scheduling that reflect rural reality, and "
            "better use of the small team we have."
        ),
        "problem_statement": (
            "Our 38 operatives cover 9,600 homes spread over about 1,100 square miles, with "
            "clusters in market towns and hundreds of homes in small villages and hamlets. "
            "Vehicle tracking shows operatives spend an average of 2 hours 50 minutes a day "
            "driving. Fuel and vehicle costs rose by 22% last year.\n\n"
            "Jobs are booked into fixed morning or afternoon slots. If an operative "
            "finishes early in a village, the system cannot find them another nearby job; "
            "if a job overruns, appointments later in the day are missed. We miss about 9% "
            "of appointments, and the no-access rate is 11%, which is high because "
            "residents in rural areas often work away during the day.\n\n"
            "Our repairs satisfaction (TP02) is 64%. Residents in outlying villages "
            "complain they wait longest, and our data confirms it: an average of 29 days "
            "for a routine repair compared with 17 in Wisbech and March. We cannot recruit "
            "more operatives locally, so we have to get more out of the hours we already "
            "pay for."
        ),
        "desired_outcomes": (
            "- Driving time per operative down by at least 45 minutes a day\n"
            "- Fewer missed appointments and no-access visits\n"
            "- Rural waiting times close to those in the towns\n"
            "- A schedule that adjusts during the day when jobs run long or short"
        ),
        "themes": ["workforce-productivity", "repairs-maintenance"],
        "regions": ["TLH"],
        "homes_affected": 9_600,
        "residents_affected": 22_000,
        "current_approach": (
            "Manual scheduling by two planners using Orchard Housing's diary and Google "
            "Maps. Operatives keep paper job sheets as a backup because mobile coverage is "
            "patchy."
        ),
        "systems_constraints": (
            "Jobs from Orchard Housing; operatives use iPhones. Any app must work offline. "
            "Our gas contractor schedules its own work and would share data via CSV."
        ),
        "data_protection_constraints": (
            "Location data needs staff consultation and a DPIA. Resident data in the UK."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 3_000_000,
        "budget_max_pence": 8_000_000,
        "pilot_length_weeks": 26,
        "visibility": "public",
    },
    {
        "organisation": "Fenland Living",
        "title": "Predicting heating and hot water failures before winter",
        "summary": (
            "Heating failures in our rural homes hit hardest: engineers take longer to "
            "arrive, many homes are oil-fired and vulnerable residents can be left cold for "
            "days. We want to use our repairs and servicing data to predict which boilers "
            "and systems are likely to fail, so we can replace or fix them before the cold "
            "weather."
        ),
        "problem_statement": (
            "We recorded 2,860 heating and hot water repairs last year, 1,140 of them "
            "between December and February. A third of our homes are heated by oil, and "
            "spare parts for older oil boilers can take a week to arrive. Over 300 "
            "residents were without heating for more than 48 hours last winter, including "
            "74 households with someone over 80 or with a serious health condition.\n\n"
            "Our component data shows 1,900 boilers over 15 years old, but age alone is a "
            "poor guide. Some of our oldest boilers are reliable, while some models from "
            "2012 to 2014 fail repeatedly. We have years of repairs history, servicing "
            "records and call data, but they sit in different systems and nobody has the "
            "time or skills to analyse them.\n\n"
            "Emergency call-outs cost us an average of £210 each, against £95 for a planned "
            "repair. We believe at least a third of winter failures could have been "
            "prevented."
        ),
        "desired_outcomes": (
            "- A ranked list of homes at highest risk of heating failure, refreshed monthly\n"
            "- Planned replacements and pre-winter checks targeted at those homes\n"
            "- Winter heating emergency call-outs down by 25%\n"
            "- Priority given to households with vulnerable residents"
        ),
        "themes": ["repairs-maintenance", "data-systems-interoperability"],
        "regions": ["TLH"],
        "homes_affected": 9_600,
        "residents_affected": 22_000,
        "current_approach": (
            "Boilers are replaced on age when budget allows, and reactively when they fail "
            "beyond repair. Annual servicing identifies some problems, but findings are "
            "recorded in free text."
        ),
        "systems_constraints": (
            "Repairs and component data in Orchard Housing; servicing data from our "
            "contractor as monthly spreadsheets. We are willing to share a three-year data "
            "extract for the pilot."
        ),
        "data_protection_constraints": (
            "Vulnerability data for prioritisation must stay in our systems or a UK-hosted "
            "environment with a data processing agreement."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 1_500_000,
        "budget_max_pence": 4_500_000,
        "pilot_length_weeks": 16,
        "visibility": "public",
    },
    {
        "organisation": "Fenland Living",
        "title": "Rooftop solar that cuts bills for residents in rural bungalows",
        "summary": (
            "We have about 2,300 bungalows, many with south-facing roofs and residents on "
            "low fixed incomes. We would like to fit solar panels in a way that genuinely "
            "lowers residents' bills and helps our net zero plan, but we lack the capital "
            "and the expertise to run a solar programme ourselves."
        ),
        "problem_statement": (
            "Fenland Living's bungalows were mostly built between 1950 and 1985 for older "
            "residents. They are single-storey, detached or semi-detached, with simple "
            "pitched roofs and plenty of unshaded space. About 70% of residents are over 65 "
            "and more than half rely on the State Pension and Pension Credit. Many heat "
            "their homes with electric storage heaters or oil.\n\n"
            "Electricity bills are a major worry. In our 2024 survey, 43% of bungalow "
            "residents said they had cut back on heating to afford other essentials. We "
            "have tried solar on 60 homes as part of an old Feed-in Tariff scheme, but "
            "nobody checked whether residents used the power, and some inverters have "
            "failed without anyone noticing.\n\n"
            "We cannot borrow more for this without affecting our investment in repairs and "
            "Decent Homes. We are interested in community-owned or shared-savings models, "
            "but we need to understand how residents benefit, how maintenance works and "
            "what happens when tenancies change."
        ),
        "desired_outcomes": (
            "- Solar fitted to a first batch of at least 300 bungalows at little or no "
            "capital cost to us\n"
            "- Measurable bill savings for residents, shown clearly to them\n"
            "- Maintenance and performance monitoring included\n"
            "- A model we can extend to the rest of our suitable stock"
        ),
        "themes": ["energy-retrofit-net-zero", "income-arrears-financial-inclusion"],
        "regions": ["TLH"],
        "homes_affected": 2_300,
        "residents_affected": 3_100,
        "current_approach": (
            "The 60 legacy solar installations, which are not monitored. An offer from a "
            "commercial rent-a-roof company was rejected because residents would have "
            "received very little benefit."
        ),
        "systems_constraints": (
            "Property and roof data in Orchard Housing and our asset register. Tenancy "
            "changes must trigger updates to any savings scheme."
        ),
        "data_protection_constraints": (
            "Energy generation and consumption data is personal data when linked to a home. "
            "UK hosting; resident consent for smart meter data access."
        ),
        "procurement_route": "innovation_partnership",
        "budget_min_pence": 2_500_000,
        "budget_max_pence": 10_000_000,
        "pilot_length_weeks": 52,
        "visibility": "public",
    },
    {
        "organisation": "Fenland Living",
        "title": (
            "Retrofit assessments for scattered homes without the cost of sending assessors "
            "everywhere"
        ),
        "summary": (
            "To bid for retrofit funding we need PAS 2035 assessments and coordination for "
            "homes spread across villages many miles apart. Assessor costs and travel make "
            "each assessment expensive, and slots are hard to book. We want a reliable, "
            "affordable route to whole-house assessments at volume."
        ),
        "problem_statement": (
            "We plan to bid for funding to improve 1,200 homes currently below EPC C. Most "
            "are 1950s to 1970s bungalows and semi-detached houses with cavity walls, some "
            "with failed or partially filled insulation, and 280 hard-to-treat homes with "
            "solid walls or non-traditional construction.\n\n"
            "Under PAS 2035, each home needs a retrofit assessment, a medium-term "
            "improvement plan and coordination through design, installation and evaluation. "
            "We have quotes of £450 to £750 per assessment from assessors based outside the "
            "area, with lead times of three months. Several homes are in villages where we "
            "own only two or three properties, which makes each visit expensive.\n\n"
            "Our last funding bid was delayed because assessments arrived late and were "
            "inconsistent between assessors. Two measures were installed in homes that "
            "later failed post-install checks, which we had to pay to put right. We need a "
            "partner that can assess, coordinate and stand behind the quality, and that "
            "knows our part of the country."
        ),
        "desired_outcomes": (
            "- PAS 2035 assessments for 1,200 homes within a bid window\n"
            "- Consistent, good-quality improvement plans we can act on\n"
            "- Coordination that gets measures installed right first time\n"
            "- A lower cost per home than our recent quotes"
        ),
        "themes": ["energy-retrofit-net-zero"],
        "regions": ["TLH"],
        "homes_affected": 1_200,
        "residents_affected": 2_700,
        "current_approach": (
            "Ad hoc procurement of retrofit assessors for each funding round, with our one "
            "asset manager acting as the client contact. No standard approach to data or "
            "quality checks."
        ),
        "systems_constraints": (
            "Outputs must be loadable into our asset register and Orchard Housing. "
            "Assessments should follow PAS 2035 and TrustMark lodgement requirements."
        ),
        "data_protection_constraints": (
            "Residents' details are shared with assessors for booking; this needs a data "
            "processing agreement and UK hosting."
        ),
        "procurement_route": "dps",
        "budget_min_pence": 5_000_000,
        "budget_max_pence": 20_000_000,
        "pilot_length_weeks": 36,
        "visibility": "public",
    },
    {
        "organisation": "Thamesgate Housing Trust",
        "title": "One property record after three mergers",
        "summary": (
            "Thamesgate is the product of three mergers, and we still run two housing "
            "management systems, three asset databases and several compliance spreadsheets. "
            "The same home can have different addresses, attributes and even different "
            "bedroom counts depending on where you look. We need a single, trusted record "
            "for each of our 52,300 homes."
        ),
        "problem_statement": (
            "Thamesgate Housing Trust owns or manages 52,300 homes across nine London "
            "boroughs and parts of Kent and Surrey. The 2016 and 2019 mergers brought in "
            "organisations that used Capita OpenHousing and Aareon QL; the original "
            "Thamesgate used MRI Housing, and we have migrated part of the stock to "
            "Dynamics 365. Our asset data sits in Keystone, Apex and an old Access "
            "database.\n\n"
            "A reconciliation exercise last year found 3,700 homes with conflicting "
            "addresses, 1,900 with different numbers of bedrooms and 4,400 where the "
            "heating type differs between systems. About 2,100 properties lack a UPRN. "
            "Compliance teams cannot always be sure which blocks a home belongs to, and in "
            "one case a gas safety check was missed because the property existed in one "
            "system but not the other.\n\n"
            "This affects rent setting, repairs, compliance, the TSM returns we submit to "
            "the Regulator of Social Housing and our ability to plan investment. Every "
            "project starts by cleaning data, and none of the cleaning sticks."
        ),
        "desired_outcomes": (
            "- A single property record with a UPRN for every home and block\n"
            "- Agreed rules for which system is the master for each attribute\n"
            "- Conflicts found and fixed automatically, with exceptions routed to data "
            "owners\n"
            "- Data quality measured and reported monthly"
        ),
        "themes": ["data-systems-interoperability"],
        "regions": ["TLI", "TLJ"],
        "homes_affected": 52_300,
        "residents_affected": None,
        "current_approach": (
            "A data team of four doing manual reconciliations in Excel and SQL. A previous "
            "master data management project was abandoned after 18 months when the budget "
            "ran out."
        ),
        "systems_constraints": (
            "Capita OpenHousing, Aareon QL, MRI Housing and Dynamics 365 are all live; "
            "Keystone and Apex for assets. Any solution must work through APIs or scheduled "
            "extracts and leave source systems untouched until we choose to migrate."
        ),
        "data_protection_constraints": (
            "Mainly property data. Some tenancy attributes will be included; UK or EEA "
            "hosting acceptable under our standard data processing agreement."
        ),
        "procurement_route": "framework",
        "budget_min_pence": 8_000_000,
        "budget_max_pence": 25_000_000,
        "pilot_length_weeks": 40,
        "visibility": "members",
    },
    {
        "organisation": "Thamesgate Housing Trust",
        "title": "Trustworthy data for our tenant satisfaction measures return",
        "summary": (
            "We have to submit tenant satisfaction measures to the Regulator of Social "
            "Housing every year, and our first returns needed heavy manual work and several "
            "restatements. Survey data, complaints data and repairs data come from "
            "different systems, and our samples do not reflect all of our residents. We "
            "want reliable, auditable TSM data we can also use to improve services."
        ),
        "problem_statement": (
            "Our TSM return covers 22 measures. The ten management information measures, "
            "including repairs completed within target, complaints responded to and ASB "
            "cases per 1,000 homes, come from four systems after the mergers. Last year's "
            "return took a team of five about six weeks to compile, and our internal "
            "auditors found definitional inconsistencies that led us to restate two "
            "figures.\n\n"
            "The twelve perception measures come from a telephone survey of 2,600 tenants "
            "by an external agency. The sample under-represented younger households, "
            "residents who speak little English and those in our Kent homes. Residents' "
            "comments were delivered as a spreadsheet of free text that no one has analysed "
            "in depth.\n\n"
            "Our board and resident panel want to see TSMs quarterly, by area and by group, "
            "and to understand what drives low scores. At the moment we can only show an "
            "annual number, several months after the year end, with limited confidence in "
            "it."
        ),
        "desired_outcomes": (
            "- TSM management information measures produced automatically each quarter with "
            "a clear audit trail\n"
            "- Perception surveys that reflect our resident population\n"
            "- Free-text comments analysed into themes that services can act on\n"
            "- A return the auditors sign off without restatement"
        ),
        "themes": ["data-systems-interoperability", "tenant-engagement-communication"],
        "regions": ["TLI", "TLJ"],
        "homes_affected": 52_300,
        "residents_affected": 118_000,
        "current_approach": (
            "Annual telephone survey by an external agency and manual compilation of data "
            "from each system in Excel."
        ),
        "systems_constraints": (
            "Data from Capita OpenHousing, Aareon QL, MRI Housing and Dynamics 365; "
            "reporting in Power BI."
        ),
        "data_protection_constraints": (
            "Survey responses linked to tenancy data are personal data; UK hosting; "
            "residents must be told how their responses are used and given the option to "
            "remain anonymous in reporting."
        ),
        "procurement_route": "framework",
        "budget_min_pence": 4_000_000,
        "budget_max_pence": 9_000_000,
        "pilot_length_weeks": 30,
        "visibility": "public",
    },
    {
        "organisation": "Thamesgate Housing Trust",
        "title": "Preventing homelessness and shortening stays in temporary accommodation",
        "summary": (
            "London boroughs are placing more households than ever in temporary "
            "accommodation, much of it nightly paid and unsuitable. Some of them are our "
            "own former tenants. We want to prevent tenancies failing in the first place "
            "and help councils move families out of temporary accommodation and into "
            "settled homes faster."
        ),
        "problem_statement": (
            "Across the nine boroughs where we own homes, more than 60,000 households are "
            "in temporary accommodation, and several of our partner boroughs spend over £70 "
            "million a year on it. We lease 1,400 homes to councils as temporary "
            "accommodation and provide around 2,200 general needs lets a year, half of them "
            "to households nominated from council waiting lists.\n\n"
            "Tenancy failure in the first year is a growing problem: 7% of new tenancies "
            "end within twelve months, through abandonment, arrears or eviction. Many "
            "households come to us from temporary accommodation with debts, no furniture "
            "and no local support. Affordability checks at sign-up are basic and we do not "
            "follow up systematically after the first visit.\n\n"
            "We also lose time matching nominations to available homes. Councils tell us "
            "they could move families out of bed and breakfasts faster if they could see "
            "what is becoming available and what each household can afford."
        ),
        "desired_outcomes": (
            "- First-year tenancy failure halved among new tenancies in the pilot\n"
            "- Affordability and support needs identified before tenancy sign-up\n"
            "- Councils able to see upcoming vacancies and nominate sooner\n"
            "- Fewer days in temporary accommodation for households moving to Thamesgate "
            "homes"
        ),
        "themes": ["allocations-homelessness", "income-arrears-financial-inclusion"],
        "regions": ["TLI", "TLJ"],
        "homes_affected": 2_200,
        "residents_affected": 5_600,
        "current_approach": (
            "A tenancy sustainment team of 14, pre-tenancy affordability forms completed on "
            "paper and settling-in visits at six weeks. Nominations are handled by email "
            "and borough portals."
        ),
        "systems_constraints": (
            "Lettings are handled in MRI Housing and Dynamics 365. Councils use Locata, "
            "Abritas and Civica housing register systems."
        ),
        "data_protection_constraints": (
            "Homelessness and support needs data is sensitive personal data; UK hosting; "
            "sharing with councils only under nomination and information-sharing "
            "agreements."
        ),
        "procurement_route": "innovation_partnership",
        "budget_min_pence": 6_000_000,
        "budget_max_pence": 20_000_000,
        "pilot_length_weeks": 48,
        "visibility": "public",
    },
    {
        "organisation": "Thamesgate Housing Trust",
        "title": "Clearing our damp and mould backlog and staying on top of it",
        "summary": (
            "After a Housing Ombudsman spotlight on our damp and mould handling, we have "
            "3,100 open cases and a backlog of remedial works. Some cases have been open "
            "for over a year. We need to clear the backlog safely, prioritise the most "
            "serious hazards under Awaab's Law and stop new cases building up again."
        ),
        "problem_statement": (
            "We have 3,100 open damp and mould cases, of which 640 are more than six months "
            "old. Around 40% of cases are in 1960s and 1970s council-built flats that came "
            "to us through the mergers, with single glazing in some blocks, poor "
            "ventilation and overcrowding. Over 1,100 of the households include children "
            "under five or someone with a respiratory condition.\n\n"
            "Cases are spread across two housing systems. Survey reports vary in quality, "
            "and works are split between three contractors with different ways of recording "
            "completion. We cannot say reliably how many cases involve a significant hazard "
            "under Awaab's Law, or where each case is in its journey.\n\n"
            "The Housing Ombudsman made a special investigation report about us last year, "
            "with eleven maladministration findings relating to damp and mould. Our "
            "disrepair claims have tripled in two years, costing £3.8 million in "
            "compensation and legal fees, and solicitors are leafleting some of our "
            "estates."
        ),
        "desired_outcomes": (
            "- Every open case risk-assessed and prioritised within eight weeks\n"
            "- Backlog of cases over six months old cleared within a year\n"
            "- New cases surveyed and actioned within Awaab's Law timescales\n"
            "- Disrepair claims falling, with good evidence of what we did and when"
        ),
        "themes": ["damp-mould-condensation", "repairs-maintenance"],
        "regions": ["TLI", "TLJ"],
        "homes_affected": 52_300,
        "residents_affected": 118_000,
        "current_approach": (
            "A damp and mould taskforce of 12 staff formed after the Ombudsman report, "
            "working from exported spreadsheets. Contractors work through lists in date "
            "order rather than by risk."
        ),
        "systems_constraints": (
            "Capita OpenHousing and MRI Housing for repairs; Dynamics 365 for contact "
            "records. Contractors use their own systems and send completion reports as "
            "PDFs."
        ),
        "data_protection_constraints": (
            "Health information about household members is special category data; UK "
            "hosting; access limited to the taskforce and contractors under data processing "
            "agreements."
        ),
        "procurement_route": "framework",
        "budget_min_pence": 10_000_000,
        "budget_max_pence": 25_000_000,
        "pilot_length_weeks": 52,
        "visibility": "public",
    },
    {
        "organisation": "Thamesgate Housing Trust",
        "title": "Getting repairs right at first contact in our contact centre",
        "summary": (
            "About a quarter of our repairs are raised with the wrong trade, priority or "
            "description, which leads to wasted visits and frustrated residents. Our "
            "contact centre advisers are not trades people and residents find it hard to "
            "describe what is wrong. We want to help advisers and residents get the "
            "diagnosis right the first time."
        ),
        "problem_statement": (
            "Our contact centre handles about 61,000 repair requests a year, plus 18,000 "
            "raised online. A sample of 1,000 repairs showed 24% were raised against the "
            "wrong schedule of rates code or trade, and 9% had the wrong priority. Each "
            "misdiagnosed repair costs an average of £85 in wasted visits and rework, or "
            "about £1.2 million a year.\n\n"
            "Residents often do not know what a part is called or where a leak is coming "
            "from. Advisers follow a decision-tree script that is over 300 steps long and "
            "was last updated in 2020. Calls about repairs average eight minutes. Online "
            "forms ask residents to pick from a list of categories that make sense to "
            "surveyors but not to the public.\n\n"
            "About 30% of residents say they would send a photo or video if asked, but we "
            "have no way to receive them and attach them to the job. When residents email "
            "photos, they sit in the mailbox and do not reach the operative."
        ),
        "desired_outcomes": (
            "- Misdiagnosed repairs halved\n"
            "- Photos and video from residents attached to the repair job and visible to "
            "the operative\n"
            "- Shorter call handling times\n"
            "- Improved satisfaction with the repairs service (TP02 to TP04)"
        ),
        "themes": ["repairs-maintenance", "tenant-engagement-communication"],
        "regions": ["TLI", "TLJ"],
        "homes_affected": 52_300,
        "residents_affected": 118_000,
        "current_approach": (
            "Advisers use an in-house decision tree in Dynamics 365. Our online repairs "
            "form is on the website and feeds directly into the housing systems with no "
            "triage."
        ),
        "systems_constraints": (
            "Dynamics 365 for contact centre, repairs raised in MRI Housing and Capita "
            "OpenHousing. Operatives use our in-house scheduling system."
        ),
        "data_protection_constraints": (
            "Photos taken in homes must be stored in the UK, not used to train third-party "
            "models without consent, and deleted in line with our retention policy."
        ),
        "procurement_route": "dps",
        "budget_min_pence": 4_000_000,
        "budget_max_pence": 12_000_000,
        "pilot_length_weeks": 24,
        "visibility": "public",
    },
    {
        "organisation": "Thamesgate Housing Trust",
        "title": "Sharing anti-social behaviour information safely with police and boroughs",
        "summary": (
            "Serious anti-social behaviour on our estates usually involves several "
            "agencies, but information sits in separate systems and is shared in meetings "
            "or by email. We want a secure, lawful way to share case information with the "
            "Metropolitan Police, borough community safety teams and other landlords, so "
            "action is quicker and victims are better protected."
        ),
        "problem_statement": (
            "We handle about 2,900 ASB cases a year across nine London boroughs. About 15% "
            "involve serious harm: drug-related exploitation, cuckooing, hate crime or "
            "domestic abuse. These cases are discussed at community MARACs, ASB risk "
            "assessment conferences and the boroughs' community safety partnership "
            "meetings, each with different formats and timescales.\n\n"
            "Our officers spend hours preparing reports for meetings and chasing updates by "
            "email. Information shared by email is hard to control and sometimes goes to "
            "the wrong people. The Metropolitan Police's records and ours often describe "
            "the same incidents differently, and we have had cases where a victim was moved "
            "to safety by one agency while another was still sending letters to their old "
            "address.\n\n"
            "A recent safeguarding adult review involving one of our tenants identified "
            "poor information sharing between housing, police and adult social care as a "
            "contributory factor. We want to act on its recommendations, and the boroughs "
            "have said they will join a pilot if we lead it."
        ),
        "desired_outcomes": (
            "- Secure, role-based sharing of ASB case information with agreed partners\n"
            "- Consistent risk assessments visible to all agencies involved\n"
            "- Less time preparing for partnership meetings\n"
            "- Victims protected faster in high-risk cases"
        ),
        "themes": ["community-safety-asb", "data-systems-interoperability"],
        "regions": ["TLI", "TLJ"],
        "homes_affected": 52_300,
        "residents_affected": None,
        "current_approach": (
            "Email, encrypted attachments, minutes of meetings and a spreadsheet for "
            "high-risk cases. Each borough uses a different approach."
        ),
        "systems_constraints": (
            "ASB records in MRI Housing and Dynamics 365. Several boroughs use ECINS; the "
            "Metropolitan Police will share only through approved routes."
        ),
        "data_protection_constraints": (
            "Crime, offence and safeguarding information is highly sensitive. UK hosting "
            "only, full audit trail, Cyber Essentials Plus as a minimum, and processing "
            "aligned with our existing information-sharing agreements."
        ),
        "procurement_route": "open_tender",
        "budget_min_pence": 5_000_000,
        "budget_max_pence": 15_000_000,
        "pilot_length_weeks": 40,
        "visibility": "members",
    },
    {
        "organisation": "Wessex Coast Homes",
        "title": "Stopping wind-driven rain getting into exposed coastal homes",
        "summary": (
            "Many of our homes on exposed parts of the Dorset and Devon coast suffer damp "
            "from wind-driven rain through walls, windows and roofs. Standard repairs do "
            "not last, and damp and mould keep returning. We want a lasting approach to "
            "protecting these homes and monitoring whether it works."
        ),
        "problem_statement": (
            "Wessex Coast Homes has 16,700 homes, and about 4,100 are in very severe or "
            "severe exposure zones under BS 8104. Common problems include rain penetration "
            "through rendered solid walls, failed cavity insulation that bridges moisture "
            "to the inner leaf, leaking window reveals and storm damage to ridge tiles.\n\n"
            "Last year we logged 1,720 damp and mould repairs, and 44% were in these "
            "exposed homes. A review of 150 repeat cases showed most had been treated with "
            "a mould wash and redecoration, sometimes with an extract fan, but the water "
            "was coming through the wall. In 38 homes we had removed failed cavity "
            "insulation, but the replacement insulation had already started to fail again.\n\n"
            "Residents describe wet walls after every storm, ruined carpets and furniture, "
            "and children's bedrooms they cannot use. Our tenant scrutiny panel chose damp "
            "in exposed homes as its review topic last year, and its report was blunt about "
            "our repeated failures."
        ),
        "desired_outcomes": (
            "- A reliable way to stop rain penetration in the worst-affected exposed homes\n"
            "- Monitoring that shows whether walls are drying out after treatment\n"
            "- Repeat damp cases in pilot homes reduced by at least 60%\n"
            "- A specification we can include in our planned maintenance programme"
        ),
        "themes": ["damp-mould-condensation", "repairs-maintenance"],
        "regions": ["TLK"],
        "homes_affected": 4_100,
        "residents_affected": 9_200,
        "current_approach": (
            "Mould washes, repointing and re-rendering in the worst cases, and cavity "
            "extraction where insulation has failed. We have no follow-up monitoring to "
            "show whether treatments work."
        ),
        "systems_constraints": (
            "Repairs in MRI Housing; planned works in our Keystone asset database. Survey "
            "and monitoring data should link to both using UPRNs."
        ),
        "data_protection_constraints": (
            "Photographs inside homes and monitoring data linked to addresses are personal "
            "data; UK hosting; residents' consent for monitoring."
        ),
        "procurement_route": "framework",
        "budget_min_pence": 4_000_000,
        "budget_max_pence": 12_000_000,
        "pilot_length_weeks": 52,
        "visibility": "public",
    },
    {
        "organisation": "Wessex Coast Homes",
        "title": "Giving our tenant scrutiny panel the insight it needs",
        "summary": (
            "We have one of the largest tenant scrutiny panels in the South West, with 64 "
            "active members. They want to use data and residents' views to challenge us, "
            "but they get board-style reports weeks late and in a format that is hard to "
            "use. We want to give the panel timely, understandable insight and a way to "
            "hear from more residents."
        ),
        "problem_statement": (
            "Our scrutiny panel reviews two or three service areas a year and reports to "
            "the board. It has done valuable work on damp, repairs and communication. Panel "
            "members range from their twenties to their eighties, include several residents "
            "with disabilities, and live across Dorset, Devon and Somerset, so most "
            "meetings are online or hybrid.\n\n"
            "Panel members regularly tell us that they cannot get the data they need, that "
            "reports are full of jargon, and that they hear from the same few residents. "
            "Our TSM perception survey tells us how satisfied residents are, but not why. "
            "We do not have an easy way for the panel to run a quick poll, hold a focus "
            "group with residents in a particular area or follow progress on the "
            "recommendations they make.\n\n"
            "The Regulator's consumer standards expect us to give tenants meaningful "
            "opportunities to influence and scrutinise our services. We need to be able to "
            "show how tenants' views have changed what we do."
        ),
        "desired_outcomes": (
            "- Scrutiny panel members able to explore service data and residents' comments "
            "themselves\n"
            "- Quick surveys and polls reaching a wider and more representative group of "
            "residents\n"
            "- Recommendations and our responses tracked openly\n"
            "- Evidence for the Regulator of tenant influence on services"
        ),
        "themes": ["tenant-engagement-communication"],
        "regions": ["TLK"],
        "homes_affected": 16_700,
        "residents_affected": 35_000,
        "current_approach": (
            "Quarterly performance packs in PDF, an annual TSM survey and panel meetings on "
            "Teams. Resident involvement staff spend much of their time preparing papers."
        ),
        "systems_constraints": (
            "MRI Housing for tenancy data; Power BI for internal reporting; Microsoft 365 "
            "for the panel."
        ),
        "data_protection_constraints": (
            "Panel members must not see personal data about other residents. Survey data "
            "must be anonymised or aggregated before sharing; UK hosting."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 1_500_000,
        "budget_max_pence": 4_000_000,
        "pilot_length_weeks": 26,
        "visibility": "public",
    },
    {
        "organisation": "Wessex Coast Homes",
        "title": "Community solar on coastal estates with savings shared with residents",
        "summary": (
            "Our coastal estates get good sunshine and we have hundreds of suitable roofs. "
            "We want community-owned solar that lowers residents' bills and involves them "
            "in the project, rather than a commercial scheme that takes most of the "
            "benefit. We need a partner that can design, fund and run this with us."
        ),
        "problem_statement": (
            "Wessex Coast Homes has around 3,800 houses and low-rise blocks with roofs "
            "suitable for solar PV, mostly on estates in Weymouth, Bridport, Exmouth and "
            "Minehead. Average household income on these estates is well below the regional "
            "average, and 31% of residents told us they had gone without heating last "
            "winter to afford other essentials.\n\n"
            "Salt spray and high winds mean panels and fixings must be specified for "
            "coastal exposure. Some roofs will need repairs before panels can be installed, "
            "which must be coordinated with our planned maintenance programme. Several "
            "estates have active residents' associations that want a say in how any "
            "community benefit fund is spent.\n\n"
            "We have looked at rent-a-roof offers, but residents would receive free daytime "
            "electricity only and we would have no control over maintenance. We want "
            "residents to benefit financially and to have a stake in the scheme, while we "
            "meet our net zero commitments and improve EPC ratings."
        ),
        "desired_outcomes": (
            "- Solar fitted to at least 400 homes in a first phase, funded mainly by "
            "community investment\n"
            "- Bill savings for residents, clearly reported\n"
            "- A community benefit fund governed with residents\n"
            "- Panels and fixings designed for coastal conditions, with monitoring and "
            "maintenance included"
        ),
        "themes": ["energy-retrofit-net-zero", "income-arrears-financial-inclusion"],
        "regions": ["TLK"],
        "homes_affected": 3_800,
        "residents_affected": 8_400,
        "current_approach": (
            "A small number of solar installations from a 2012 programme, unmonitored. "
            "Exploratory talks with a commercial installer that we have paused."
        ),
        "systems_constraints": (
            "Roof and planned maintenance data in Keystone; tenancy data in MRI Housing; "
            "smart meter access through residents' consent."
        ),
        "data_protection_constraints": (
            "Generation and consumption data linked to addresses is personal data; UK "
            "hosting; opt-in consent for any household-level energy data."
        ),
        "procurement_route": "innovation_partnership",
        "budget_min_pence": 3_000_000,
        "budget_max_pence": 10_000_000,
        "pilot_length_weeks": 52,
        "visibility": "public",
    },
    {
        "organisation": "Wessex Coast Homes",
        "title": "Retrofitting exposed coastal homes without causing new damp",
        "summary": (
            "Our net zero plan includes insulating around 5,000 homes, but many are in "
            "exposed coastal locations where wall insulation has failed before. We need to "
            "choose the right measures for each home, taking exposure and moisture risk "
            "into account, so we improve energy efficiency without causing damp."
        ),
        "problem_statement": (
            "About 5,600 of our homes are below EPC C. Many are 1950s and 1960s cavity-wall "
            "homes and solid-wall cottages. In 2013 to 2015 we filled 1,400 cavities under "
            "ECO. Since then 310 of those homes have needed cavity extraction because the "
            "insulation became wet in wind-driven rain, at an average cost of £3,200 each.\n\n"
            "Our current retrofit plan uses standard archetype packages. It does not "
            "account for exposure, wall orientation or the condition of render and "
            "pointing. PAS 2035 assessments help at home level, but we need to make "
            "decisions earlier, when building bids and setting our programme, about which "
            "homes should get external wall insulation, which need a rain screen and which "
            "should not have wall insulation at all.\n\n"
            "The tenant scrutiny panel has asked us not to repeat past mistakes. The board "
            "wants a credible route to EPC C by 2030 that we can defend to funders and "
            "residents."
        ),
        "desired_outcomes": (
            "- A stock-level retrofit plan that takes exposure and moisture risk into "
            "account\n"
            "- Clear rules for which wall measures are suitable where\n"
            "- Bids for the Warm Homes: Social Housing Fund built on that plan\n"
            "- No new damp problems in homes insulated during the pilot"
        ),
        "themes": ["energy-retrofit-net-zero", "damp-mould-condensation"],
        "regions": ["TLK"],
        "homes_affected": 5_600,
        "residents_affected": 12_300,
        "current_approach": (
            "Archetype-based planning in Excel, with PAS 2035 assessments commissioned when "
            "funding is secured."
        ),
        "systems_constraints": (
            "Keystone asset database and MRI Housing. EPC register data and our stock "
            "condition survey (2022)."
        ),
        "data_protection_constraints": (
            "Property data only for planning; no personal data required."
        ),
        "procurement_route": "framework",
        "budget_min_pence": 3_000_000,
        "budget_max_pence": 9_000_000,
        "pilot_length_weeks": 20,
        "visibility": "public",
    },
    {
        "organisation": "Wessex Coast Homes",
        "title": "Handling the repairs surge after storms",
        "summary": (
            "Every named storm brings hundreds of urgent repairs within a couple of days: "
            "roofs, fences, flooding, fallen trees and power cuts. Our repairs service "
            "falls behind for weeks afterwards, and vulnerable residents wait alongside "
            "everyone else. We want to plan, prioritise and schedule storm repairs better."
        ),
        "problem_statement": (
            "In the 2023 to 2024 winter we had six named storms. After Storm Ciaran we "
            "logged 870 repairs in four days, compared with a normal week of 400. Around "
            "30% were classed as emergencies. Our in-house team of 72 operatives and three "
            "contractors took five weeks to clear the backlog, and routine repairs "
            "performance fell to 52% within target for two months.\n\n"
            "Calls come in faster than we can triage them. We have no way to group storm "
            "jobs by location or type, so roofers criss-cross the county while some homes "
            "wait days for a tarpaulin. Vulnerable residents are identified only if they or "
            "their families tell the contact centre. We also cannot see contractors' "
            "capacity in real time.\n\n"
            "Residents tell us the worst part is not knowing when someone will come. Our "
            "TSM for repairs satisfaction falls every winter and recovers by summer. "
            "Climate projections suggest more frequent storms, so this is not going away."
        ),
        "desired_outcomes": (
            "- Storm repairs triaged and grouped by location and trade within hours\n"
            "- Vulnerable households prioritised automatically\n"
            "- Regular updates to residents on when help will arrive\n"
            "- Routine repairs back on track within two weeks of a storm"
        ),
        "themes": ["workforce-productivity", "repairs-maintenance"],
        "regions": ["TLK"],
        "homes_affected": 16_700,
        "residents_affected": 35_000,
        "current_approach": (
            "Emergency rota and overtime, daily calls with contractors, and a whiteboard in "
            "the repairs office."
        ),
        "systems_constraints": (
            "MRI Housing for repairs; contractors use their own systems. Operatives use our "
            "mobile working app built on Microsoft Power Apps."
        ),
        "data_protection_constraints": (
            "Vulnerability data for prioritisation is special category data and must be "
            "restricted; UK hosting."
        ),
        "procurement_route": "direct_award",
        "budget_min_pence": 2_000_000,
        "budget_max_pence": 6_000_000,
        "pilot_length_weeks": 24,
        "visibility": "public",
    },
]


SOLUTIONS = [
    {
        "organisation": "DampSense Ltd",
        "name": "DampSense Home Sensor",
        "summary": (
            "A battery-powered sensor the size of a smoke alarm that measures humidity, "
            "temperature and CO2 every 15 minutes and sends readings over a low-power radio "
            "network, with no need for residents' Wi-Fi. Our platform turns the readings "
            "into a daily mould-risk rating for each home and tells your damp team when a "
            "home has stayed in the danger zone for too long."
        ),
        "description": (
            "Each home normally gets two sensors, one in the main bedroom and one in the "
            "living room or kitchen. They fix to the wall with two screws, run for five "
            "years on a single battery and connect through LoRaWAN gateways we install on "
            "blocks or through a built-in NB-IoT SIM in scattered homes. Our installers, or "
            "your own trained operatives, can fit both sensors in about 20 minutes.\n\n"
            "The platform combines humidity, temperature and CO2 with the property's "
            "construction and heating type from your housing system. It estimates surface "
            "condensation risk using the BS 5250 approach and flags homes where conditions "
            "favour mould growth for several days in a row. Staff get a short weekly list "
            "of homes to visit, and an inspection job is raised automatically in your "
            "housing management system for the highest-risk homes.\n\n"
            "Residents get a leaflet and, if they opt in, a text message when humidity has "
            "been high for two days, with a simple tip such as opening the trickle vents or "
            "running the extractor fan. The sensors have no microphone, camera or motion "
            "sensor.\n\n"
            "Landlords use the data to find homes at risk before residents report mould, to "
            "check whether fan repairs and advice worked, and to evidence proactive action "
            "under Awaab's Law."
        ),
        "themes": ["damp-mould-condensation"],
        "regions": ["TLC", "TLD", "TLE", "TLI"],
        "maturity": "at_scale",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 2_800,
        "housing_deployments": 34,
        "evidence": (
            "In a 420-home pilot with Brackenfold Homes in Sunderland, 63 homes were "
            "flagged as high risk in the first eight weeks, 41 of which had never reported "
            "damp. After fan repairs and advice visits, mould reports in pilot homes fell "
            "38% over the winter compared with a matched group.\n\n"
            "Millbeck Housing Association now monitors 3,100 homes and recorded 29% fewer "
            "emergency mould call-outs in the second year of use."
        ),
        "evidence_links": [
            "https://www.dampsense.co.uk/case-studies/brackenfold",
            "https://www.dampsense.co.uk/case-studies/millbeck",
        ],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "UKCA marked; LoRa Alliance certified devices",
        "integrations": "NEC Housing, Civica CX, MRI Housing, Aareon QL, Orchard Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "DampSense Ltd",
        "name": "DampSense Risk Score",
        "summary": (
            "Analytics that rank every home in your stock by its likelihood of damp and "
            "mould, using repairs history, property attributes, EPC data, household size "
            "and, where fitted, sensor readings. It tells you where to put sensors, surveys "
            "and planned works first, even in homes where you have no monitoring at all."
        ),
        "description": (
            "Risk Score is a modelling service rather than hardware. We take an extract of "
            "your property, repairs and tenancy data, match it to the EPC register and our "
            "own data on local weather exposure, and train a model on your past damp and "
            "mould reports. The result is a score from 1 to 100 for every home, refreshed "
            "monthly, with the main reasons for each score shown in plain English, for "
            "example 'overcrowded two-bed flat, no working extract fan recorded, three "
            "condensation jobs in five years'.\n\n"
            "Asset and damp teams use the scores to choose which homes get proactive "
            "surveys, where to fit DampSense sensors and which blocks to prioritise for "
            "ventilation upgrades. Neighbourhood officers can see scores for their patch "
            "and add their own knowledge, which feeds back into the next refresh.\n\n"
            "We work with your data protection officer before we receive anything. "
            "Household data is used only for modelling, never sold or shared, and personal "
            "identifiers are pseudonymised on our UK servers. Most landlords see useful "
            "results within six weeks of sending the first extract."
        ),
        "themes": ["damp-mould-condensation", "data-systems-interoperability"],
        "regions": ["TLC", "TLD", "TLE", "TLI"],
        "maturity": "deployed",
        "pricing_model": "licence",
        "indicative_price_pence": 1_800_000,
        "housing_deployments": 9,
        "evidence": (
            "At Kestrel Vale Homes (11,000 homes), the top 10% of homes by risk score "
            "accounted for 47% of the following winter's damp and mould reports. Proactive "
            "surveys of the top 500 found hazards in 212 homes that had not been reported.\n\n"
            "Stoneholt Housing used the scores to target a £600,000 ventilation programme "
            "and cut repeat mould jobs by 33% in the treated homes."
        ),
        "evidence_links": ["https://www.dampsense.co.uk/case-studies/kestrel-vale"],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "NEC Housing, Civica CX, MRI Housing, Capita OpenHousing, Orchard Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "DampSense Ltd",
        "name": "DampSense Retrofit Ventilation Check",
        "summary": (
            "A monitoring package for homes that have just been insulated, to check whether "
            "ventilation is coping. Sensors go in at handover and stay for one or two "
            "heating seasons. We report which homes have persistent high humidity or CO2, "
            "so you can fix fans, vents or detailing before mould appears, and so your "
            "retrofit coordinator has real post-installation evidence."
        ),
        "description": (
            "Retrofit makes homes more airtight, and PAS 2035 expects ventilation to be "
            "assessed and improved as part of the work. In practice, fans are undersized, "
            "trickle vents are taped over and residents switch off mechanical ventilation "
            "because of noise. This package is designed to catch those problems early.\n\n"
            "We install two or three DampSense sensors per home at or shortly after "
            "handover, alongside an optional current clamp on the extract fan or PIV unit "
            "so we can see whether it is running. Readings are compared with pre-retrofit "
            "data where you have it, and with similar homes in the same programme. Each "
            "month we send the retrofit coordinator and your asset team a short report: "
            "homes performing as expected, homes that need a look and homes that need "
            "urgent action.\n\n"
            "Because the monitoring has a fixed period, sensors can be moved to the next "
            "phase of your programme afterwards, which keeps costs down. Reports are "
            "written to fit the monitoring and evaluation stage of PAS 2035 and can be "
            "attached to the TrustMark lodgement record."
        ),
        "themes": ["damp-mould-condensation", "energy-retrofit-net-zero"],
        "regions": ["TLC", "TLD", "TLE", "TLI"],
        "maturity": "piloted",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 4_500,
        "housing_deployments": 3,
        "evidence": (
            "On a 180-home external wall insulation scheme with Irwell Brook Housing, 23 "
            "homes showed sustained humidity above 75% within six weeks of handover. "
            "Fourteen had disconnected or failed extract fans and six had closed or missing "
            "trickle vents. After fixes, 19 of the 23 returned to normal ranges and none "
            "reported mould that winter."
        ),
        "evidence_links": ["https://www.dampsense.co.uk/case-studies/irwell-brook-retrofit"],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "UKCA marked",
        "integrations": "MRI Housing, NEC Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "DampSense Ltd",
        "name": "DampSense Case Tracker",
        "summary": (
            "A case management tool for damp and mould reports built around Awaab's Law "
            "timescales. It records severity and household vulnerability at first contact, "
            "runs the statutory clocks for investigation, written findings and works, and "
            "shows managers which cases are close to breaching. It works alongside your "
            "housing management system instead of replacing it."
        ),
        "description": (
            "Case Tracker sits next to your housing system and picks up every repair with a "
            "damp, mould or condensation code. Contact centre staff answer five short "
            "questions that set the severity and flag children, older people or anyone with "
            "a respiratory condition. The tool then starts the relevant Awaab's Law clocks "
            "and shows each case as green, amber or red.\n\n"
            "Surveyors complete a structured inspection on a phone or tablet, with photos, "
            "moisture readings and, where available, DampSense sensor data. From that "
            "record the tool generates the written summary of findings that must go to the "
            "resident, in plain English and in the resident's preferred language, and sends "
            "it by post, email or text. Follow-on works orders are linked to the original "
            "case so nothing is lost between teams.\n\n"
            "Managers see a live list of cases by stage and deadline, and a monthly report "
            "for the board covers volumes, timescales, repeat cases and complaints. Every "
            "action is time-stamped, so you have a clear audit trail if a case reaches the "
            "Housing Ombudsman or a disrepair claim."
        ),
        "themes": [
            "damp-mould-condensation",
            "repairs-maintenance",
            "tenant-engagement-communication",
        ],
        "regions": ["TLC", "TLD", "TLE", "TLI"],
        "maturity": "deployed",
        "pricing_model": "licence",
        "indicative_price_pence": 2_400_000,
        "housing_deployments": 7,
        "evidence": (
            "After six months with Case Tracker, Oakhythe Homes (14,500 homes) sent written "
            "findings within the required time in 96% of cases, up from an estimated 55%. "
            "Stage 1 complaints about damp and mould fell 31% year on year.\n\n"
            "A 2024 internal audit at Ashgrove Valley Housing found no cases without a "
            "complete audit trail, compared with 28% the previous year."
        ),
        "evidence_links": ["https://www.dampsense.co.uk/case-studies/oakhythe"],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "NEC Housing, Civica CX, MRI Housing, Capita OpenHousing, Dynamics 365",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "DampSense Ltd",
        "name": "DampSense Summer Heat Watch",
        "summary": (
            "A summer mode for our sensors that watches for overheating in flats and "
            "sheltered schemes. When indoor temperatures pass health thresholds, "
            "particularly overnight, scheme managers and support staff get an alert and a "
            "list of residents to check on. It also shows which buildings overheat most, to "
            "guide shading and ventilation works."
        ),
        "description": (
            "The same DampSense sensors that track humidity in winter record temperature "
            "all year round. Summer Heat Watch applies the CIBSE TM59 overheating criteria "
            "and UKHSA guidance to those readings, looking for flats where temperatures "
            "stay above 26C at night or pass 28C for long periods during the day.\n\n"
            "When the UKHSA issues a heat-health alert for your area, or when sensors show "
            "a flat passing your chosen threshold, staff get an alert by text and email "
            "with a priority list. The list combines sensor readings with the vulnerability "
            "information you choose to share, such as age or a recorded heart or breathing "
            "condition. Staff log their check-in calls and actions in the app, for example "
            "a fan delivered or a move to a cooler communal room.\n\n"
            "After each summer we provide a building-by-building report showing hours above "
            "threshold, the worst flats and the likely causes: south-facing glazing, "
            "communal heating pipes running hot through corridors or windows that cannot "
            "open safely. Landlords use it to plan solar shading, window restrictor changes "
            "and heating pipework insulation."
        ),
        "themes": ["health-care-independent-living", "damp-mould-condensation"],
        "regions": ["TLC", "TLD", "TLE", "TLI"],
        "maturity": "piloted",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 1_200,
        "housing_deployments": 2,
        "evidence": (
            "In summer 2024 we monitored 240 sheltered flats for Heronsgate Housing. On the "
            "two hottest nights, 38 flats stayed above 28C until morning; all were on the "
            "top two floors of three schemes with uninsulated heating pipes in the "
            "corridors. Scheme managers made 310 check-in calls from the alert lists, and "
            "no heat-related hospital admissions were recorded among residents that summer."
        ),
        "evidence_links": ["https://www.dampsense.co.uk/case-studies/heronsgate-summer"],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "Civica CX, NEC Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "DampSense Ltd",
        "name": "DampSense Home Display",
        "summary": (
            "A small e-ink display for the kitchen or hallway that shows residents how "
            "humid their home is and suggests one simple action, such as opening a window "
            "for ten minutes or putting the fan on boost. Designed with residents for "
            "households who want to understand and control condensation themselves."
        ),
        "description": (
            "Home Display pairs with DampSense sensors and uses a traffic-light scale and "
            "one short line of text rather than numbers. It runs for two years on AA "
            "batteries and needs no Wi-Fi or app. The wording was tested with residents in "
            "four focus groups, including older people and people who speak English as a "
            "second language, and is available in eight languages.\n\n"
            "We deliberately avoid telling residents they are 'causing' mould. The display "
            "explains what is happening and when a small action will help, and it tells "
            "residents to contact their landlord if the home stays red for three days "
            "despite ventilation, because that usually means a building problem such as a "
            "failed fan or a cold bridge.\n\n"
            "For landlords, the display adds a resident-facing layer to sensor programmes, "
            "which residents say makes monitoring feel more like help than surveillance. We "
            "are still testing whether it reduces humidity on its own; early results are "
            "encouraging but the sample is small."
        ),
        "themes": ["damp-mould-condensation", "tenant-engagement-communication"],
        "regions": ["TLC", "TLD", "TLE", "TLI"],
        "maturity": "prototype",
        "pricing_model": "one_off",
        "indicative_price_pence": 3_500,
        "housing_deployments": 1,
        "evidence": (
            "Prototype tested in 40 homes with Calder Moor Homes in winter 2024. 31 "
            "households were still using the display after three months and average time "
            "spent above 70% relative humidity fell by 19% compared with the same homes "
            "before installation. A larger trial is planned."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials_plus"],
        "other_certifications": "UKCA marked",
        "integrations": "",
        "processes_personal_data": False,
        "data_hosting": "",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "RepairFlow",
        "name": "RepairFlow Triage",
        "summary": (
            "Photo and video repairs diagnosis for contact centres and resident "
            "self-service. Residents send a photo or short video from a text link, and our "
            "guided questions and image recognition suggest the trade, the schedule of "
            "rates code, the likely parts and the priority. Operatives see the photos "
            "before they set off."
        ),
        "description": (
            "When a resident reports a repair, by phone or online, they receive a text with "
            "a secure link. They take photos or a short video following simple on-screen "
            "prompts such as 'show us the whole tap, then the pipe underneath'. No app "
            "download is needed. Advisers can also start a live video call if the resident "
            "prefers.\n\n"
            "Our models, trained on over two million labelled repairs images from UK social "
            "housing, suggest what the repair is, the trade needed, the schedule of rates "
            "code and the parts likely to be required. An adviser confirms or changes the "
            "suggestion in a few seconds. The job is created in your housing or scheduling "
            "system with the images attached, so the operative and any planner can see "
            "exactly what they are going to.\n\n"
            "Triage reduces wasted visits, wrong-trade bookings and second visits for "
            "parts. It also shortens calls, because advisers spend less time asking "
            "residents to describe things they do not have names for. Residents can track "
            "their repair with the same link."
        ),
        "themes": ["repairs-maintenance", "tenant-engagement-communication"],
        "regions": ["TLD", "TLG", "TLI"],
        "maturity": "at_scale",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 240,
        "housing_deployments": 27,
        "evidence": (
            "In a 12-month deployment with Ouse Bank Housing (22,000 homes), wrong-trade "
            "bookings fell from 19% to 6% and first-time fix rose from 74% to 86%. Average "
            "repair call length fell by 2 minutes 10 seconds.\n\n"
            "Marram Coast Housing reported savings of £410,000 a year in avoided visits "
            "after rolling Triage out to its online repairs form."
        ),
        "evidence_links": [
            "https://repairflow.io/case-studies/ouse-bank",
            "https://repairflow.io/case-studies/marram-coast",
        ],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": (
            "NEC Housing, Civica CX, MRI Housing, Capita OpenHousing, Aareon QL, Dynamics "
            "365, Totalmobile"
        ),
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "RepairFlow",
        "name": "RepairFlow Predict",
        "summary": (
            "Predictive maintenance that combines your repairs history, component ages, "
            "servicing records and property data to forecast which homes and components are "
            "likely to fail next, starting with heating, roofs and water. It produces a "
            "ranked list for planned works and pre-winter checks, refreshed every month."
        ),
        "description": (
            "Predict uses the data you already have. We take a three to five year extract "
            "of repairs, servicing and component data and clean it, matching jobs to "
            "components and identifying repeat failures that are currently recorded as "
            "separate jobs. We then train models for each component type, accounting for "
            "make and model, age, usage, property type and local weather.\n\n"
            "Every month, asset and repairs managers receive a ranked list of homes most "
            "likely to have a failure in the next 90 days, with reasons and estimated costs "
            "of reactive versus planned intervention. Lists can be weighted by household "
            "vulnerability, so a likely boiler failure in the home of a resident over 80 is "
            "ranked above one in a home where the resident is likely to cope for a day or "
            "two.\n\n"
            "Most landlords start with heating and hot water, where failures are costly and "
            "distressing, and add roofs, gutters and plumbing leaks later. We provide a "
            "quarterly review with your team to check predictions against outcomes and "
            "adjust the models."
        ),
        "themes": ["repairs-maintenance", "data-systems-interoperability"],
        "regions": ["TLD", "TLG", "TLI"],
        "maturity": "deployed",
        "pricing_model": "licence",
        "indicative_price_pence": 3_500_000,
        "housing_deployments": 6,
        "evidence": (
            "At Ashby Fold Homes, the 400 homes ranked highest for heating failure "
            "accounted for 31% of winter heating emergencies the following year. Pre-winter "
            "checks and 120 planned boiler replacements reduced winter heating call-outs by "
            "27% against the previous year, saving an estimated £96,000."
        ),
        "evidence_links": ["https://repairflow.io/case-studies/ashby-fold"],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "MRI Housing, Capita OpenHousing, Aareon QL, Orchard Housing, Civica CX",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "RepairFlow",
        "name": "RepairFlow Damp Pathway",
        "summary": (
            "A photo-led intake for damp and mould reports that helps advisers and "
            "residents capture the right information the first time. Residents send photos "
            "and answer questions about where the damp is, how long it has been there and "
            "who lives in the home, so you can set priority and Awaab's Law timescales from "
            "the start."
        ),
        "description": (
            "Damp Pathway is a specialised version of RepairFlow Triage. The resident "
            "receives a link and is guided to photograph the affected areas, the windows "
            "and the extract fans, and to answer questions about the household, including "
            "young children and anyone with a health condition. Our image model estimates "
            "the extent of mould and distinguishes likely condensation patterns from signs "
            "of penetrating or rising damp, such as tide marks at skirting level or "
            "staining under a window sill.\n\n"
            "The adviser sees a suggested severity and the recommended response time, "
            "confirms them and books a survey. Emergency hazards are highlighted for a "
            "same-day response. All images and answers are attached to the repair and are "
            "available to the surveyor.\n\n"
            "Damp Pathway does not replace a survey and does not tell residents the cause "
            "of their damp. It makes sure that the most serious cases are identified early, "
            "that surveyors arrive informed and that there is a clear record of what the "
            "resident reported and when."
        ),
        "themes": ["damp-mould-condensation", "repairs-maintenance"],
        "regions": ["TLD", "TLG", "TLI"],
        "maturity": "deployed",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 120,
        "housing_deployments": 5,
        "evidence": (
            "Brindle Street Homes used Damp Pathway for 2,800 damp reports in winter 2024. "
            "94 cases were escalated to emergency on the basis of photos that would have "
            "been logged as routine. Average time from report to survey fell from 17 to 6 "
            "working days."
        ),
        "evidence_links": ["https://repairflow.io/case-studies/brindle-street-damp"],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": "NEC Housing, MRI Housing, Capita OpenHousing, Dynamics 365",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "RepairFlow",
        "name": "RepairFlow Van Stock",
        "summary": (
            "Parts forecasting for repairs vans. It reads the jobs scheduled for the next "
            "few days, along with photos and triage data, and tells stores and operatives "
            "which parts to load, so fewer jobs fail for want of a part. It also reviews "
            "van stock lists to remove items that are never used."
        ),
        "description": (
            "Van Stock combines your schedule, repairs triage information and the history "
            "of which parts were used for similar jobs. Each evening it produces a pick "
            "list for each operative covering the parts they are likely to need the next "
            "day that are not already on their van. Stores staff can prepare bags overnight "
            "or merchants can deliver to depots.\n\n"
            "The system also reviews standard van stock lists every quarter. In most fleets "
            "we find 20% to 30% of the stocked lines are rarely used, while some commonly "
            "needed parts are missing. Adjusting the lists reduces the cash tied up in vans "
            "and the number of trips to merchants.\n\n"
            "Operatives see the recommended parts in their mobile app and can confirm what "
            "they used when they close a job, which improves the forecasts over time. Van "
            "Stock works with RepairFlow Triage but can also use your existing job "
            "descriptions and schedule of rates codes."
        ),
        "themes": ["repairs-maintenance", "workforce-productivity"],
        "regions": ["TLD", "TLG", "TLI"],
        "maturity": "piloted",
        "pricing_model": "licence",
        "indicative_price_pence": 1_500_000,
        "housing_deployments": 2,
        "evidence": (
            "In a six-month pilot with 45 operatives at Millbeck Housing Association, jobs "
            "failing for a part not on the van fell from 14% to 6%. Van stock value per "
            "vehicle fell by £640 after two list reviews."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "Totalmobile, Kirona, MRI Housing, Capita OpenHousing",
        "processes_personal_data": False,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "RepairFlow",
        "name": "RepairFlow Contact Assist",
        "summary": (
            "A guided repairs script for contact centre advisers that replaces long "
            "decision trees with a short, adaptive set of questions. It suggests the right "
            "job code and priority from what the resident says, offers a photo or video "
            "link when description is difficult, and drafts the job record for the adviser "
            "to confirm."
        ),
        "description": (
            "Many contact centres use decision trees with hundreds of branches that "
            "advisers learn to shortcut. Contact Assist uses a simpler approach. The "
            "adviser types or selects what the resident describes in everyday language, "
            "such as 'water coming through the kitchen ceiling', and the tool asks the next "
            "most useful question, usually no more than five in total.\n\n"
            "It then suggests the schedule of rates code, trade and priority, with a "
            "confidence indicator. Where confidence is low, it prompts the adviser to send "
            "a photo link through RepairFlow Triage or to book an inspection instead of a "
            "repair. It also prompts safety questions, for example about electrics near a "
            "leak, and reminds advisers to check for vulnerability and for related damp and "
            "mould.\n\n"
            "Contact Assist runs in a browser panel next to your CRM or housing system. Job "
            "records are created through standard integrations. Managers get reports on "
            "call length, code accuracy and common issues so scripts can be improved."
        ),
        "themes": ["repairs-maintenance", "tenant-engagement-communication"],
        "regions": ["TLD", "TLG", "TLI"],
        "maturity": "deployed",
        "pricing_model": "licence",
        "indicative_price_pence": 2_800_000,
        "housing_deployments": 8,
        "evidence": (
            "At Heronsgate Housing, code accuracy measured by post-visit audit rose from "
            "71% to 89%, and new advisers were handling repairs calls independently after "
            "four days of training instead of three weeks. Average call length fell by 95 "
            "seconds."
        ),
        "evidence_links": ["https://repairflow.io/case-studies/heronsgate-contact"],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": "Dynamics 365, Salesforce, NEC Housing, MRI Housing, Capita OpenHousing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "RepairFlow",
        "name": "RepairFlow Boiler Watch",
        "summary": (
            "Early warning of heating failures using data from connected boilers and simple "
            "add-on sensors. It spots fault codes, pressure drops and unusual cycling "
            "before the resident loses heat, and raises a repair with the likely fault and "
            "part. At prototype stage and looking for pilot partners."
        ),
        "description": (
            "Boiler Watch connects to boilers that already support OpenTherm or "
            "manufacturer cloud services, and for older boilers uses a clip-on sensor kit "
            "measuring flow temperature, return temperature and system pressure. Data is "
            "sent via a small cellular hub, so residents' broadband is not needed.\n\n"
            "Our software looks for patterns that typically come before a failure, such as "
            "gradual pressure loss, short cycling or repeated lockouts, and creates a job "
            "in your repairs system with the likely fault and part. Where a fault can be "
            "fixed by a simple reset or repressurising, the resident receives guidance by "
            "text or a call from the contact centre.\n\n"
            "The prototype has been tested on 60 homes over one winter with promising "
            "results, but we have not yet proved the business case at scale. We are looking "
            "for landlords with significant numbers of older or oil-fired boilers, and "
            "particularly rural stock where a failure means a long wait, to run a paid "
            "pilot in winter 2025 to 2026."
        ),
        "themes": ["repairs-maintenance", "energy-retrofit-net-zero"],
        "regions": ["TLD", "TLG", "TLI"],
        "maturity": "prototype",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 3_000,
        "housing_deployments": 1,
        "evidence": (
            "In a 60-home trial with Stoneholt Housing, Boiler Watch flagged 17 developing "
            "faults, 11 of which were fixed before the resident lost heating. There were "
            "four failures the system did not predict."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials"],
        "other_certifications": "UKCA marked hub",
        "integrations": "MRI Housing, Orchard Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "RetroFit Analytics",
        "name": "RetroFit Analytics Stock Planner",
        "summary": (
            "Home-by-home retrofit modelling for your whole stock. We combine EPCs, your "
            "asset data and our archetype library to model measures, costs, carbon and EPC "
            "outcomes for every home, then build phased programmes that match your budget "
            "and funding windows. Asset teams can run their own scenarios in minutes."
        ),
        "description": (
            "Stock Planner starts with your property list and whatever asset data you hold. "
            "We match each home to EPC register data, correct obvious errors and fill gaps "
            "using our archetype library and statistical models, clearly marking which data "
            "is measured and which is inferred. For each home the model uses RdSAP 10 "
            "calculations to estimate the effect of fabric and heating measures on EPC "
            "rating, energy use, carbon and residents' bills.\n\n"
            "Your team sets constraints such as budget per year, maximum disruption per "
            "block, fabric-first rules, planned component replacements and grant "
            "eligibility. The planner then builds a phased programme and shows where you "
            "will fall short of EPC C by 2030. Scenarios take minutes to run, not weeks.\n\n"
            "Outputs include a board summary, home-level measure lists and export files for "
            "contractors and funding bids. We also list homes where the data is so "
            "uncertain that a survey should come first. The planner is delivered as a web "
            "application with training and quarterly model updates."
        ),
        "themes": ["energy-retrofit-net-zero", "data-systems-interoperability"],
        "regions": ["TLH", "TLI", "TLJ", "TLK"],
        "maturity": "deployed",
        "pricing_model": "licence",
        "indicative_price_pence": 4_500_000,
        "housing_deployments": 14,
        "evidence": (
            "For Heronsgate Housing (24,000 homes), Stock Planner showed that a "
            "fabric-first programme could bring 94% of homes to EPC C by 2030 within the "
            "business plan, against an earlier estimate of 71%, by resequencing works with "
            "planned roof and window replacements.\n\n"
            "Two Warm Homes: Social Housing Fund bids built in the planner by Marram Coast "
            "Housing were successful, securing £6.2 million."
        ),
        "evidence_links": [
            "https://www.retrofitanalytics.co.uk/case-studies/heronsgate",
            "https://www.retrofitanalytics.co.uk/case-studies/marram-coast-whshf",
        ],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": "",
        "integrations": "Keystone, Orchard Asset Management, Apex, MRI Housing, NEC Housing",
        "processes_personal_data": False,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "RetroFit Analytics",
        "name": "EPC Gap Finder",
        "summary": (
            "Finds homes with missing, expired or unreliable EPCs and predicts their likely "
            "rating, so you know where your energy data is weak and which homes need a new "
            "assessment before you plan or bid. Useful as a quick first step before a full "
            "retrofit plan."
        ),
        "description": (
            "Gap Finder compares your property list against the EPC register and flags "
            "homes with no certificate, certificates over ten years old and certificates "
            "that conflict with what you know about the home, such as a gas boiler recorded "
            "where you have fitted an air source heat pump. We use address matching on "
            "UPRNs, with manual checks on the hardest cases.\n\n"
            "For each home without a reliable EPC, we predict the likely rating using "
            "similar homes nearby, your asset data and our archetype models, with a "
            "confidence level. The output is a list of homes ranked by how much a new EPC "
            "would change your plans, so you can target assessors where it matters.\n\n"
            "Gap Finder is delivered as a fixed-price project in about four weeks. It is "
            "often the first step towards our Stock Planner, but many landlords use it "
            "alone to clean up energy data for TSM-style reporting, lender requests or "
            "sustainability reporting under SHIFT or the Sustainability Reporting Standard "
            "for Social Housing."
        ),
        "themes": ["energy-retrofit-net-zero", "data-systems-interoperability"],
        "regions": ["TLH", "TLI", "TLJ", "TLK"],
        "maturity": "deployed",
        "pricing_model": "one_off",
        "indicative_price_pence": 950_000,
        "housing_deployments": 11,
        "evidence": (
            "At Calder Moor Homes (8,300 homes), Gap Finder found 2,140 homes with missing "
            "or unreliable EPCs. Predicted ratings placed 610 of them below EPC C, and "
            "follow-up assessments on a sample of 200 confirmed the prediction band in 84% "
            "of cases."
        ),
        "evidence_links": ["https://www.retrofitanalytics.co.uk/case-studies/calder-moor"],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": "",
        "integrations": "Keystone, Apex, Orchard Asset Management",
        "processes_personal_data": False,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "RetroFit Analytics",
        "name": "Warm Homes Bid Builder",
        "summary": (
            "Support for preparing bids to the Warm Homes: Social Housing Fund and similar "
            "schemes. We turn your retrofit plan into costed, compliant bid packages, check "
            "eligibility home by home and prepare the data tables and narrative, so your "
            "team can submit on time without hiring consultants for each round."
        ),
        "description": (
            "Funding windows are short and bids need home-level data on current EPC "
            "ratings, proposed measures, costs, carbon savings and resident impact. Bid "
            "Builder uses your Stock Planner model or your own data to select eligible "
            "homes, apply the funding rules and produce the required spreadsheets and "
            "supporting documents.\n\n"
            "We check for common errors that lead to rejection, such as homes that do not "
            "meet starting EPC criteria, measures that are not eligible or costs outside "
            "the caps. We also model match funding requirements and cashflow, and flag "
            "homes where a PAS 2035 assessment is needed before the bid.\n\n"
            "Our team has prepared more than 30 successful social housing retrofit bids. We "
            "work alongside your staff and train them, so you build in-house capability "
            "over time. After award, Bid Builder can produce monitoring returns from the "
            "same data, saving effort throughout the programme. We charge a fixed fee per "
            "bid round, agreed before we start, with no success fee."
        ),
        "themes": ["energy-retrofit-net-zero"],
        "regions": ["TLH", "TLI", "TLJ", "TLK"],
        "maturity": "deployed",
        "pricing_model": "one_off",
        "indicative_price_pence": 1_400_000,
        "housing_deployments": 12,
        "evidence": (
            "In the first round of the Warm Homes: Social Housing Fund, 9 of 10 bids we "
            "supported were funded, with a combined award of £31 million. Oakhythe Homes "
            "reported that bid preparation time fell from eleven weeks to four."
        ),
        "evidence_links": ["https://www.retrofitanalytics.co.uk/case-studies/warm-homes-bids"],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": "",
        "integrations": "Keystone, Apex",
        "processes_personal_data": False,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "RetroFit Analytics",
        "name": "Exposure Mapper",
        "summary": (
            "Maps wind-driven rain exposure and moisture risk for every home, using BS 8104 "
            "exposure calculations, local terrain, wall orientation and building condition "
            "data. It shows where cavity fill or external insulation is likely to fail, and "
            "which wall measures are safe in each location, so retrofit plans avoid "
            "creating damp."
        ),
        "description": (
            "Exposure Mapper calculates the wind-driven rain index for each elevation of "
            "each home, using Met Office climate data, terrain and local shelter from "
            "nearby buildings. We combine that with your data on wall construction, render "
            "and pointing condition, previous cavity extractions and damp repairs.\n\n"
            "Each home receives a moisture risk rating for different wall insulation "
            "options: cavity fill, external wall insulation with render, external wall "
            "insulation with a ventilated rain screen, or no wall insulation until repairs "
            "are done. The results feed directly into Stock Planner, so retrofit scenarios "
            "automatically exclude measures that are unsafe for a given home.\n\n"
            "Asset teams get maps and lists by estate, with the worst-exposed elevations "
            "highlighted. Surveyors and retrofit assessors can view the risk rating on "
            "site. We update ratings when you record repairs or new survey data, and we can "
            "supply the exposure evidence that retrofit designers need under PAS 2035 for "
            "each home in a work package. Pricing covers the whole stock, however many "
            "homes you have in exposed areas."
        ),
        "themes": ["energy-retrofit-net-zero", "damp-mould-condensation"],
        "regions": ["TLH", "TLI", "TLJ", "TLK"],
        "maturity": "piloted",
        "pricing_model": "licence",
        "indicative_price_pence": 1_200_000,
        "housing_deployments": 3,
        "evidence": (
            "At Marram Coast Housing, Exposure Mapper identified 1,900 homes where cavity "
            "fill carried a high risk. Of the 220 of those homes that had received cavity "
            "fill under ECO, 61% had since needed extraction or remedial damp works, "
            "compared with 6% of homes rated low risk. Marram Coast has changed its wall "
            "insulation specification as a result."
        ),
        "evidence_links": [
            "https://www.retrofitanalytics.co.uk/case-studies/marram-coast-exposure"
        ],
        "certifications": ["cyber_essentials"],
        "other_certifications": "",
        "integrations": "Keystone, Apex",
        "processes_personal_data": False,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "RetroFit Analytics",
        "name": "Bill Impact Model",
        "summary": (
            "Estimates how retrofit and heating changes will affect each household's energy "
            "bills, not just the EPC rating. It helps you design programmes and tariffs "
            "that leave residents better off, and gives residents honest estimates before "
            "works start, including those on prepayment meters."
        ),
        "description": (
            "A better EPC does not always mean lower bills, particularly when residents "
            "move from gas to electric heating or when homes were previously under-heated. "
            "Bill Impact Model uses the Stock Planner measures and your data on household "
            "size and heating patterns, where available, to estimate annual energy costs "
            "before and after works under current and projected tariffs.\n\n"
            "The model includes standing charges, prepayment premiums, heat pump "
            "performance at realistic flow temperatures and the effect of time-of-use "
            "tariffs. It highlights homes where residents are likely to pay more after "
            "works, so you can add solar, batteries, tariff advice or controls to the "
            "package.\n\n"
            "Residents can receive a one-page estimate before works, written in plain "
            "English. After works, we can compare estimates with actual bills where "
            "residents agree to share meter data. The model is used by asset teams, "
            "financial inclusion teams and scrutiny panels to check that retrofit is fair "
            "and that promises made to residents are kept."
        ),
        "themes": ["energy-retrofit-net-zero", "income-arrears-financial-inclusion"],
        "regions": ["TLH", "TLI", "TLJ", "TLK"],
        "maturity": "piloted",
        "pricing_model": "licence",
        "indicative_price_pence": 850_000,
        "housing_deployments": 2,
        "evidence": (
            "For a 140-home heat pump programme at Brindle Street Homes, the model "
            "predicted higher bills for 31 households. Adding time-of-use tariff switching "
            "and controls advice reduced that to six, and post-works meter data for 90 "
            "homes showed average bills 9% below the pre-works level."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials"],
        "other_certifications": "",
        "integrations": "Keystone, MRI Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "HeatWise Systems",
        "name": "HeatWise Controller",
        "summary": (
            "A heat pump controller that replaces the manufacturer's wall thermostat and "
            "runs the system on low, steady flow temperatures, shifting heating and hot "
            "water to cheaper tariff periods. Residents get a simple dial and a display of "
            "what their heating is costing this week. Works with the main air source heat "
            "pump brands."
        ),
        "description": (
            "The HeatWise Controller is installed by the heat pump installer or by our "
            "engineers in about an hour. It connects to the heat pump over Modbus or the "
            "manufacturer's interface, measures indoor temperature in the main living space "
            "and uses weather compensation to keep flow temperatures as low as possible "
            "while holding the temperature the resident has chosen.\n\n"
            "If the resident is on a time-of-use tariff, the controller heats water and "
            "pre-warms the home during cheaper periods. It limits use of the immersion "
            "heater backup, which is one of the most common causes of high bills we see. "
            "Residents use a single dial to make the home warmer or cooler and can see an "
            "estimate of the week's heating cost in pounds on the display. There is no app "
            "to learn, although one is available.\n\n"
            "Landlords get a fleet view of all connected heat pumps, with alerts for faults "
            "and for homes using much more electricity than expected. Data is sent over a "
            "built-in cellular connection, so residents do not need broadband."
        ),
        "themes": ["energy-retrofit-net-zero"],
        "regions": ["TLM", "TLC", "TLD"],
        "maturity": "at_scale",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 4_200,
        "housing_deployments": 22,
        "evidence": (
            "Across 1,800 homes at Lowther Vale Homes, average heat pump running costs fell "
            "by 17% in the first full winter after the controller was fitted, mainly "
            "through lower flow temperatures and less immersion heater use. Resident "
            "satisfaction with heating rose from 58% to 81%.\n\n"
            "Kestrel Vale Homes reported a 44% fall in heat pump 'no heat' calls."
        ),
        "evidence_links": [
            "https://heatwise.energy/case-studies/lowther-vale",
            "https://heatwise.energy/case-studies/kestrel-vale-ashp",
        ],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "MCS-compliant installation partners; UKCA marked",
        "integrations": "MRI Housing, NEC Housing, Orchard Housing, Civica CX",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "HeatWise Systems",
        "name": "HeatWise Fleet Monitor",
        "summary": (
            "Remote monitoring for mixed fleets of air and ground source heat pumps. It "
            "reads performance data from the main manufacturers' cloud services or our "
            "retrofit data logger, flags faults and poor performance, and separates real "
            "faults from control problems, so engineers only go out when they need to."
        ),
        "description": (
            "Fleet Monitor works with heat pumps from Mitsubishi, Vaillant, Daikin, "
            "Samsung, NIBE and Grant, either through the manufacturer's cloud service or "
            "through a HeatWise data logger fitted at the unit. Where neither is possible, "
            "a clip-on electricity monitor and temperature probes give a basic picture.\n\n"
            "The platform calculates the seasonal performance of each system and compares "
            "it with similar homes. It flags common issues such as flow temperatures set "
            "too high, the immersion heater running constantly, defrost problems, low "
            "system pressure and units switched off in cold weather. Each alert carries a "
            "suggested action: remote settings change, resident call, or engineer visit "
            "with the likely fault.\n\n"
            "Repairs teams see alerts in their housing or repairs system, and asset teams "
            "get monthly performance reports by archetype and installer. This helps with "
            "warranty claims and with improving commissioning standards on future "
            "installations. We can also provide the monitoring evidence required under some "
            "grant schemes."
        ),
        "themes": ["energy-retrofit-net-zero", "repairs-maintenance"],
        "regions": ["TLM", "TLC", "TLD"],
        "maturity": "deployed",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 2_400,
        "housing_deployments": 11,
        "evidence": (
            "Irwell Brook Housing connected 900 heat pumps from three manufacturers. In the "
            "first winter, 38% of heating calls were resolved by a remote settings change "
            "or a phone call rather than a visit, and 71 systems with commissioning faults "
            "were identified and fixed under installer warranty.\n\n"
            "Average seasonal performance across the fleet improved from 2.4 to 2.9."
        ),
        "evidence_links": ["https://heatwise.energy/case-studies/irwell-brook"],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": "MRI Housing, NEC Housing, Aareon QL, Power BI",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "HeatWise Systems",
        "name": "HeatWise Resident Coach",
        "summary": (
            "A support programme that helps residents get used to heat pump heating. It "
            "combines a home visit at handover, short text and voice messages through the "
            "first winter, and a phone line staffed by people who understand heat pumps. "
            "Residents learn why the radiators feel cooler and how to keep bills down."
        ),
        "description": (
            "Many residents who switch from gas or storage heaters to a heat pump find the "
            "new system confusing. Radiators feel lukewarm, the heating runs for long "
            "periods, and advice to 'leave it on' sounds wrong. Resident Coach is designed "
            "to build confidence rather than hand over a manual.\n\n"
            "At handover, one of our coaches visits with the installer, sets the controls "
            "with the resident and agrees a weekly budget. Over the first winter, residents "
            "receive short messages timed to the weather, for example before the first cold "
            "snap or when clocks change. They can reply or call our helpline, which is open "
            "seven days a week in winter. Where the resident also has a HeatWise Controller "
            "or Fleet Monitor, coaches can see how the system is running and spot problems "
            "early.\n\n"
            "We provide landlords with monthly reports on calls, common concerns and "
            "residents who may need a visit or financial help, such as those on prepayment "
            "meters topping up more often than expected."
        ),
        "themes": [
            "energy-retrofit-net-zero",
            "tenant-engagement-communication",
            "income-arrears-financial-inclusion",
        ],
        "regions": ["TLM", "TLC", "TLD"],
        "maturity": "deployed",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 5_500,
        "housing_deployments": 7,
        "evidence": (
            "In a 350-home programme with Lowther Vale Homes, residents who received "
            "coaching were 62% less likely to switch their heat pump off during the winter "
            "than residents in a comparison group, and made 45% fewer repairs calls about "
            "heating. 89% said they understood how to use their system, compared with 52% "
            "of residents who received only the installer's handover pack."
        ),
        "evidence_links": ["https://heatwise.energy/case-studies/resident-coach"],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "MRI Housing, NEC Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "HeatWise Systems",
        "name": "HeatWise Cold Home Alert",
        "summary": (
            "Alerts support staff when a vulnerable resident's home stays too cold for too "
            "long, using a temperature sensor and, where fitted, heat pump or meter data. "
            "It helps catch self-rationing, failed heating and prepayment meter "
            "disconnections, particularly during cold weather, so someone can check in the "
            "same day."
        ),
        "description": (
            "Cold Home Alert uses a small wall-mounted temperature sensor in the living "
            "room, connected by cellular network. Where the home has a HeatWise Controller "
            "or a smart meter the resident agrees to share, we also use that data. If the "
            "living room stays below a threshold the landlord chooses, normally 16C for "
            "more than 12 hours, an alert goes to the support team with the resident's "
            "name, the temperature history and any known reason, such as a heating fault "
            "already logged.\n\n"
            "During Met Office cold weather alerts, alert thresholds tighten automatically "
            "and the system produces a daily list of residents in the coldest homes. Staff "
            "can record actions such as a welfare call, a fuel voucher, a repair or a "
            "referral, and the list updates as cases are resolved.\n\n"
            "Residents consent to monitoring and can choose who is alerted: their landlord, "
            "a family member or both. We built the service with two sheltered housing "
            "providers and a fuel poverty charity, and it can be combined with financial "
            "inclusion support."
        ),
        "themes": ["health-care-independent-living", "energy-retrofit-net-zero"],
        "regions": ["TLM", "TLC", "TLD"],
        "maturity": "piloted",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 1_900,
        "housing_deployments": 3,
        "evidence": (
            "In a 260-home pilot with Heronsgate Housing over winter 2023 to 2024, 47 "
            "residents triggered alerts. Follow-up found 19 with heating faults, 14 who had "
            "self-disconnected their prepayment meters and 9 who were rationing heating. "
            "Support staff issued £6,300 in fuel vouchers and made 11 referrals for "
            "benefits advice."
        ),
        "evidence_links": ["https://heatwise.energy/case-studies/heronsgate-cold-home"],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "NEC Housing, Civica CX, MRI Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "HeatWise Systems",
        "name": "HeatWise Heat Loss Survey",
        "summary": (
            "A survey service for sizing heat pumps in hard-to-heat homes such as "
            "stone-built terraces, rural cottages and homes off the gas grid. We measure "
            "actual heat loss over two weeks with temperature loggers and a smart meter or "
            "oil usage data, rather than relying only on calculated U-values, so systems "
            "are sized correctly."
        ),
        "description": (
            "Standard heat loss calculations often rely on assumed wall U-values and air "
            "change rates. In solid stone, cob and mixed-construction homes these "
            "assumptions can be wrong by 30% or more in either direction, leading to "
            "oversized or undersized heat pumps. Heat Loss Survey adds measured data.\n\n"
            "Our surveyor visits to record room dimensions, emitters, pipework and hot "
            "water arrangements, and installs temperature loggers in key rooms and outside. "
            "Over two weeks, we combine the logged temperatures with energy use from the "
            "smart meter, oil tank level sensor or LPG records to calculate a measured heat "
            "transfer coefficient. We then produce a room-by-room heat loss report, "
            "recommended heat pump size, emitter upgrades needed and a realistic estimate "
            "of running costs.\n\n"
            "The report follows MCS design requirements and can be used by any installer. "
            "We also flag where fabric improvements, such as loft insulation or "
            "draught-proofing, would reduce the heat pump size needed and the resident's "
            "bills."
        ),
        "themes": ["energy-retrofit-net-zero"],
        "regions": ["TLM", "TLC", "TLD"],
        "maturity": "piloted",
        "pricing_model": "one_off",
        "indicative_price_pence": 65_000,
        "housing_deployments": 2,
        "evidence": (
            "For 48 off-gas cottages surveyed for Calder Moor Homes, measured heat loss "
            "differed from the standard calculation by more than 20% in 29 homes; in 18 it "
            "was lower, allowing smaller and cheaper heat pumps. After installation, all 48 "
            "homes reached design temperatures in the first winter."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": "MCS certified heat pump designers",
        "integrations": "Aareon QL, MRI Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "HeatWise Systems",
        "name": "HeatWise Heat Network Billing",
        "summary": (
            "Metering, billing and monitoring for communal and district heat networks in "
            "social housing. It replaces estimated heat charges with fair, metered bills, "
            "gives residents prepayment or credit options with emergency credit protection, "
            "and helps landlords meet the new heat network rules set by Ofgem."
        ),
        "description": (
            "Many blocks with communal heating charge residents a flat service charge that "
            "has little relation to use. Heat Network Billing installs heat meters in each "
            "flat, with pay-as-you-go or monthly credit options, and a resident display "
            "showing usage and balance. Emergency and friendly credit protect residents "
            "overnight and at weekends.\n\n"
            "The platform monitors network performance, including return temperatures and "
            "losses, and flags flats with high use or no use, which can indicate a problem "
            "or a vulnerable resident. Billing is handled by our UK team, who are trained "
            "in supporting residents in financial difficulty and in recognising "
            "vulnerability.\n\n"
            "With Ofgem now regulating heat networks, landlords need accurate metering, "
            "fair pricing and good customer care. Our service is designed to meet the new "
            "requirements and provides the records landlords need. We can also advise on "
            "improving network efficiency before or alongside metering, which usually "
            "brings the biggest savings for residents. Meters can be read remotely, so "
            "residents are not asked to let anyone in for readings."
        ),
        "themes": ["energy-retrofit-net-zero", "income-arrears-financial-inclusion"],
        "regions": ["TLM", "TLC", "TLD"],
        "maturity": "deployed",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 8_500,
        "housing_deployments": 5,
        "evidence": (
            "Across 1,200 flats on three heat networks at Millbeck Housing Association, the "
            "move from flat-rate charges to metered billing reduced average heat costs by "
            "14%, while network heat losses fell by 22% after return-temperature problems "
            "were fixed."
        ),
        "evidence_links": ["https://heatwise.energy/case-studies/millbeck-heat-network"],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": "MRI Housing, NEC Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "SafeDoor Inspect",
        "name": "SafeDoor Inspect App",
        "summary": (
            "A mobile app for inspecting fire doors, built around a QR tag fitted to each "
            "door. Inspectors scan the tag, follow a checklist for that door type, take "
            "photos and record defects. Failed doors generate remedial jobs automatically, "
            "and every inspection is stored against the door's record."
        ),
        "description": (
            "We start by surveying each building and fitting a tamper-resistant QR tag to "
            "every communal and flat entrance fire door. Each door gets a record with its "
            "location, fire rating, manufacturer and certification where known, and photos.\n\n"
            "Inspectors, whether your caretakers, your repairs team or a contractor, scan "
            "the tag with a phone or tablet. The app shows a checklist for that door type, "
            "based on the Fire Safety (England) Regulations 2022 and industry guidance, "
            "covering gaps, self-closers, hinges, seals, glazing and signage. Inspectors "
            "must photograph defects before they can complete an inspection. The app works "
            "offline and syncs when back in signal, which matters in stairwells and "
            "basements.\n\n"
            "Failed items create a remedial job in your repairs system, or in ours if you "
            "prefer, with the photos attached. When the job is complete, the operative "
            "scans the tag again to close the loop. Managers can see inspection schedules "
            "and completion rates by building and inspector."
        ),
        "themes": ["building-fire-safety", "workforce-productivity"],
        "regions": ["TLG", "TLI", "TLJ"],
        "maturity": "deployed",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 600,
        "housing_deployments": 14,
        "evidence": (
            "After fitting 7,400 tags at Oakhythe Homes, communal fire door inspection "
            "compliance rose from 63% to 98% within two quarters, and the average time to "
            "close a defect fell from 74 to 19 days. The door count differed by 540 from "
            "Oakhythe's previous register.\n\n"
            "Brindle Street Homes now runs 11,000 inspections a year on the app with two "
            "fewer inspector posts."
        ),
        "evidence_links": ["https://www.safedoorinspect.co.uk/case-studies/oakhythe-fire-doors"],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "Inspectors trained to FDIS standards",
        "integrations": "Capita OpenHousing, MRI Housing, NEC Housing, Civica CX",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "SafeDoor Inspect",
        "name": "SafeDoor Building Safety Dashboard",
        "summary": (
            "A compliance dashboard that brings together fire doors, fire risk assessments, "
            "fire-stopping records and other safety checks for each building. It keeps a "
            "live golden thread of building information for higher-risk buildings and "
            "produces evidence packs for safety case reports to the Building Safety "
            "Regulator."
        ),
        "description": (
            "The dashboard collects data from SafeDoor inspections and from your other "
            "systems: fire risk assessment actions, fire-stopping surveys, lift and dry "
            "riser checks, smoke ventilation tests and cladding records. Each building has "
            "a page showing its current status, outstanding actions and trends.\n\n"
            "For higher-risk buildings, the dashboard organises information in line with "
            "the Building Safety Act golden thread requirements, with version history and "
            "change logs. Documents such as drawings and certificates can be attached in "
            "open formats, and a record is kept of who changed what. Building safety "
            "managers can produce a safety case evidence pack for a building in hours "
            "rather than weeks, with a standard structure that reflects the Building Safety "
            "Regulator's guidance.\n\n"
            "Residents' concerns raised through SafeDoor Resident Door Check appear against "
            "the building. We do not store personal emergency evacuation plans in the "
            "dashboard, but we can link to your secure system where they are held."
        ),
        "themes": ["building-fire-safety", "data-systems-interoperability"],
        "regions": ["TLG", "TLI", "TLJ"],
        "maturity": "deployed",
        "pricing_model": "licence",
        "indicative_price_pence": 3_200_000,
        "housing_deployments": 6,
        "evidence": (
            "Brindle Street Homes used the dashboard to prepare safety case reports for "
            "nine higher-risk buildings. The first took four weeks; subsequent reports took "
            "around six days each, compared with ten weeks for a report prepared before the "
            "dashboard."
        ),
        "evidence_links": [
            "https://www.safedoorinspect.co.uk/case-studies/brindle-street-safety-case"
        ],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": "Capita OpenHousing, MRI Housing, NEC Housing, Keystone, SharePoint",
        "processes_personal_data": False,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "SafeDoor Inspect",
        "name": "SafeDoor Resident Door Check",
        "summary": (
            "Lets residents report problems with fire doors by scanning the QR tag on the "
            "door, with no app or login. Residents can say a door is not closing, a closer "
            "is broken or a door is wedged open, and get a reference number and updates. "
            "Reports go straight to the building safety team."
        ),
        "description": (
            "Every door tagged with SafeDoor can accept reports from residents. Scanning "
            "the tag with a phone camera opens a simple web page, available in 12 "
            "languages, showing the door's location and a short list of common problems "
            "with pictures. Residents can add a photo and, if they wish, a phone number for "
            "updates.\n\n"
            "Reports appear in the SafeDoor dashboard and create a job or a building safety "
            "concern in your housing system. Residents receive updates by text when the "
            "report is acknowledged and when the repair is done. Posters and lift notices "
            "explain how to use the service, and we provide short videos in community "
            "languages.\n\n"
            "This helps landlords meet the Building Safety Act expectation that residents "
            "can raise safety concerns easily, and it brings in more reports between "
            "scheduled inspections. Because each report is tied to a specific door, there "
            "is no confusion about location. We are extending the same approach to other "
            "building safety equipment, such as dry riser inlets and smoke vents."
        ),
        "themes": ["building-fire-safety", "tenant-engagement-communication"],
        "regions": ["TLG", "TLI", "TLJ"],
        "maturity": "piloted",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 150,
        "housing_deployments": 2,
        "evidence": (
            "In a pilot across six tower blocks at Oakhythe Homes, residents made 214 "
            "reports in six months, compared with 31 fire door reports through the contact "
            "centre for the same blocks the previous year. 62% of reports included a photo, "
            "and 17 reports were about communal doors wedged open, all resolved within 24 "
            "hours."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "Capita OpenHousing, MRI Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "SafeDoor Inspect",
        "name": "SafeDoor Remediation Tracker",
        "summary": (
            "Tracks fire safety remedial works from survey to sign-off: fire-stopping, door "
            "replacements, compartmentation repairs and FRA actions. Contractors record "
            "before and after photos against each location, and building safety teams can "
            "prove the work was done and done properly, block by block."
        ),
        "description": (
            "Remediation programmes often lose track of what was found, what was fixed and "
            "whether it was fixed properly. Remediation Tracker gives each defect a "
            "location on floor plans, a photo record and a status. Contractors use the "
            "SafeDoor app to photograph the defect, the work in progress and the completed "
            "repair, including fire-stopping behind panels before they are closed up.\n\n"
            "Building safety teams can review and approve works remotely, reject "
            "poor-quality work with comments and see progress by building and contractor. "
            "All records form part of the golden thread and can be included in safety case "
            "evidence.\n\n"
            "The tracker handles fire risk assessment actions too, so repeated actions "
            "across years are visible, as are actions closed without evidence. Reports show "
            "outstanding high-risk actions by building, with ageing, for the board and the "
            "Building Safety Regulator. The tracker can be used with or without SafeDoor "
            "inspections, and contractors do not pay for their own logins."
        ),
        "themes": ["building-fire-safety", "repairs-maintenance"],
        "regions": ["TLG", "TLI", "TLJ"],
        "maturity": "piloted",
        "pricing_model": "licence",
        "indicative_price_pence": 1_800_000,
        "housing_deployments": 3,
        "evidence": (
            "On a fire-stopping programme of 2,100 defects across 14 blocks at Heronsgate "
            "Housing, remote photo review rejected 9% of completed items for poor "
            "workmanship before scaffolding or ceilings were removed, avoiding later "
            "opening-up. Outstanding high-risk FRA actions over 90 days old fell from 140 "
            "to 12."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": "Capita OpenHousing, MRI Housing, Keystone",
        "processes_personal_data": False,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "SafeDoor Inspect",
        "name": "SafeDoor Communal Checks",
        "summary": (
            "Routine safety checks for communal areas in blocks of flats, including fire "
            "doors, escape routes, emergency lighting, wayfinding signage and the "
            "information landlords must share with the fire service. Caretakers and estate "
            "staff complete checks on a phone, with checklists based on the Fire Safety "
            "(England) Regulations 2022."
        ),
        "description": (
            "Communal Checks extends the SafeDoor approach to the rest of the communal "
            "area. Each block has a checklist set up for its features, covering escape "
            "routes, bin stores, emergency lighting, signage, lifts, secure information "
            "boxes and the monthly checks on firefighting equipment required for high-rise "
            "buildings. Checks are scheduled automatically and assigned to caretakers or "
            "estate officers.\n\n"
            "Staff complete checks on their phones, with QR tags marking checkpoints so the "
            "record shows they were physically present. Defects create jobs with photos. "
            "Items such as rubbish on escape routes can be logged and tracked to removal, "
            "and repeat problems are flagged for housing officers to raise with residents.\n\n"
            "Managers can see at a glance which blocks are overdue, which defects are "
            "outstanding and trends over time. The information sent to fire and rescue "
            "services, such as floor plans and lift outage notifications, can be managed in "
            "the same place, with a record of when each item was sent."
        ),
        "themes": ["building-fire-safety", "workforce-productivity"],
        "regions": ["TLG", "TLI", "TLJ"],
        "maturity": "deployed",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 300,
        "housing_deployments": 8,
        "evidence": (
            "At Millbeck Housing Association, caretakers completed 99% of scheduled "
            "communal checks across 310 blocks over a year, up from an estimated 70% with "
            "paper forms. Fire risk assessors reported a 40% fall in repeat actions "
            "relating to escape routes."
        ),
        "evidence_links": ["https://www.safedoorinspect.co.uk/case-studies/millbeck-communal"],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": "Capita OpenHousing, MRI Housing, NEC Housing, Civica CX",
        "processes_personal_data": False,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "CareSignal",
        "name": "CareSignal Home",
        "summary": (
            "Passive activity sensing for older and disabled people living independently. "
            "Small sensors on doors and in key rooms learn the resident's daily routine and "
            "alert a carer or support worker when something changes, such as no movement by "
            "mid-morning or frequent night-time activity. No cameras, microphones or "
            "wearables."
        ),
        "description": (
            "A CareSignal Home kit has five to seven battery-powered sensors: motion "
            "sensors in the hallway, kitchen, bathroom and bedroom, and contact sensors on "
            "the front door and fridge. A small hub with its own mobile connection sends "
            "data to our platform, so no broadband is needed. Installation takes about 40 "
            "minutes.\n\n"
            "Over the first two weeks the system learns the resident's routine: when they "
            "get up, how often they use the kitchen, how often they go out. After that it "
            "raises an alert if there is no activity by a set time, if the resident has not "
            "returned home, or if there is a significant change, such as increased "
            "night-time bathroom use that can indicate infection. Alerts go to family, a "
            "support worker or a monitoring centre, as the resident chooses.\n\n"
            "Carers can see a simple daily summary in an app or get a weekly email. "
            "Landlords and care providers get a dashboard showing alerts and trends across "
            "all residents. Residents can pause monitoring at any time."
        ),
        "themes": ["health-care-independent-living"],
        "regions": ["TLF", "TLG", "TLE"],
        "maturity": "at_scale",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 18_000,
        "housing_deployments": 19,
        "evidence": (
            "Across 1,400 homes at Heronsgate Housing, CareSignal alerts led to 212 early "
            "interventions in the first year, including 46 urinary tract infections "
            "identified by night-time activity changes. The local NHS trust estimated 31 "
            "avoided hospital admissions.\n\n"
            "In a 300-home pilot with Ashgrove Valley Housing, 93% of residents and "
            "families said the service made them feel safer."
        ),
        "evidence_links": [
            "https://caresignal.health/case-studies/heronsgate",
            "https://caresignal.health/case-studies/ashgrove-valley",
        ],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "TEC Services Association (TSA) accredited; UKCA marked devices",
        "integrations": "Civica CX, NEC Housing, Tunstall PNC, Legrand Connect",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "CareSignal",
        "name": "CareSignal Falls Radar",
        "summary": (
            "A wall-mounted radar sensor that detects falls and long lies without cameras "
            "or wearables. It can tell when someone has fallen and has not got up, "
            "including in the bathroom at night, and sends an alert to the monitoring "
            "centre within two minutes."
        ),
        "description": (
            "Falls Radar uses low-power millimetre-wave radar to detect body position and "
            "movement. It does not capture images; the data is a set of points that cannot "
            "identify a person. One sensor covers a room of up to 4 by 4 metres and is "
            "usually fitted in the bathroom and bedroom, where most night-time falls "
            "happen. It is mains powered and installs in about 30 minutes per room.\n\n"
            "When the sensor detects a fall followed by no recovery for a set period, "
            "normally 60 to 90 seconds, it raises an alarm through the CareSignal hub to "
            "the monitoring centre using standard telecare protocols. The centre can speak "
            "to the resident through the existing alarm unit. The system also records "
            "near-falls and unsteadiness, which can support a falls prevention referral.\n\n"
            "Falls Radar works alongside CareSignal Home or independently. We have tested "
            "it in sheltered housing and extra care schemes, with care staff and residents "
            "involved in setting the alert rules to keep false alarms low."
        ),
        "themes": ["health-care-independent-living"],
        "regions": ["TLF", "TLG", "TLE"],
        "maturity": "piloted",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 24_000,
        "housing_deployments": 3,
        "evidence": (
            "In a 120-flat pilot across four extra care schemes with Ashgrove Valley "
            "Housing, Falls Radar detected 38 of 40 recorded falls, with an average alert "
            "time of 84 seconds. False alarms averaged one per flat every three months. The "
            "longest lie recorded in pilot flats fell from over six hours in the previous "
            "year to under 20 minutes."
        ),
        "evidence_links": ["https://caresignal.health/case-studies/falls-radar-pilot"],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "TSA accredited; UKCA marked",
        "integrations": "Tunstall PNC, Legrand Connect, Civica CX",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "CareSignal",
        "name": "CareSignal Smart Plug",
        "summary": (
            "A smart socket for the kettle, microwave or TV that notices when a resident's "
            "daily use of that appliance changes. If the kettle has not been used by late "
            "morning, a family member or support worker is alerted. A simple, low-cost "
            "option for residents who do not want sensors around their home."
        ),
        "description": (
            "Smart Plug is a standard UK plug-in socket with a built-in mobile connection. "
            "It is plugged into the wall and the appliance is plugged into it, with no "
            "installation or setup by the resident. We recommend the kettle, as most people "
            "use it several times a day at regular times.\n\n"
            "The plug learns the usual pattern of use over a week. If there is no use by a "
            "set time, or if use stops for longer than usual, an alert is sent by text or "
            "call to the contacts the resident has chosen. Alerts can also go to a "
            "monitoring centre. Family members can see a simple daily check in an app: "
            "'Kettle used at 7.40am'.\n\n"
            "Smart Plug costs much less than a full sensor kit, and residents find it "
            "acceptable because it is familiar and visible. It suits general needs tenants "
            "who live alone, people recently discharged from hospital and residents on "
            "waiting lists for care assessments. It can be delivered by post and set up by "
            "a family member."
        ),
        "themes": ["health-care-independent-living"],
        "regions": ["TLF", "TLG", "TLE"],
        "maturity": "deployed",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 6_500,
        "housing_deployments": 8,
        "evidence": (
            "Kestrel Vale Homes issued Smart Plugs to 650 residents living alone aged over "
            "75. In the first year, 74 alerts led to a same-day check; nine residents were "
            "found unwell and needing help, including two after a fall. 88% of residents "
            "kept the plug after the initial six months."
        ),
        "evidence_links": ["https://caresignal.health/case-studies/kestrel-vale-smart-plug"],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "UKCA marked",
        "integrations": "Civica CX, NEC Housing, Tunstall PNC",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "CareSignal",
        "name": "CareSignal Digital Switchover Service",
        "summary": (
            "A managed service to move telecare users from analogue to digital alarms "
            "before the national phone network switch-off. We audit existing equipment, "
            "build an accurate device register, install digital alarms and peripherals, and "
            "monitor every device daily, so no one is left without a working alarm."
        ),
        "description": (
            "The service starts with an audit. We reconcile your equipment records with "
            "monitoring centre data and visit sites to record warden call systems, "
            "dispersed alarms and peripherals such as smoke and flood detectors. The result "
            "is a single device register linked to each resident and property, which we "
            "keep updated throughout.\n\n"
            "We then plan installations, prioritising residents with the highest risk and "
            "those whose lines are due to switch soonest. Our engineers install digital "
            "alarm units using SIM-based connections with roaming across networks, so they "
            "do not depend on residents' broadband. Each unit is tested end to end with the "
            "monitoring centre. For sheltered schemes, we can upgrade or replace warden "
            "call systems.\n\n"
            "After installation, every device sends a daily heartbeat. If one stops "
            "reporting or its battery is low, we raise a job before it becomes a problem. "
            "Landlords receive monthly compliance reports showing device status, tests and "
            "outstanding actions by scheme."
        ),
        "themes": ["health-care-independent-living", "data-systems-interoperability"],
        "regions": ["TLF", "TLG", "TLE"],
        "maturity": "deployed",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 9_500,
        "housing_deployments": 6,
        "evidence": (
            "For Stoneholt Housing, the audit found 410 devices on the register that no "
            "longer existed and 230 in use that were not recorded. 2,600 residents were "
            "moved to digital alarms over 14 months, with no failed alarm calls during the "
            "changeover. Daily heartbeat checks now identify an average of 12 devices a "
            "month needing attention."
        ),
        "evidence_links": ["https://caresignal.health/case-studies/stoneholt-digital"],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "TSA accredited",
        "integrations": "Civica CX, NEC Housing, Tunstall PNC, Legrand Connect, Chubb",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "CareSignal",
        "name": "CareSignal ColdSnap and Heat Calls",
        "summary": (
            "A welfare-call service triggered by weather warnings. When a Met Office or "
            "UKHSA cold or heat-health alert covers your area, it builds a prioritised list "
            "of residents to contact, sends automated voice and text checks, and passes "
            "those who do not answer or need help to your staff or our call team."
        ),
        "description": (
            "ColdSnap uses the data you already hold on age, health conditions, living "
            "alone, heating type and prepayment meters, together with CareSignal sensor "
            "data where fitted, to rank residents by risk. When an alert is issued, the "
            "list is produced automatically, and residents who have agreed receive an "
            "automated voice call or text asking whether they are warm, well and able to "
            "heat their home.\n\n"
            "Residents who do not respond, or who say they need help, are passed to your "
            "staff or to our UK call team, who follow a script you agree. Actions such as a "
            "heating repair, fuel voucher, food parcel or referral to adult social care are "
            "logged and tracked until complete. Family contacts can be included if the "
            "resident wishes.\n\n"
            "After each event, you get a report of who was contacted, what help was given "
            "and which records need updating. The same approach works for heatwaves, with "
            "different questions and advice."
        ),
        "themes": ["health-care-independent-living", "tenant-engagement-communication"],
        "regions": ["TLF", "TLG", "TLE"],
        "maturity": "piloted",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 400,
        "housing_deployments": 2,
        "evidence": (
            "During three cold-weather alerts in winter 2024 to 2025, Calder Moor Homes "
            "contacted 2,900 priority residents within 24 hours of each alert. 210 needed "
            "help, including 61 with no heating and 38 with no meter credit. Staff time "
            "spent on welfare calls fell by 70% compared with the manual phone round of the "
            "previous winter."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "Civica CX, NEC Housing, MRI Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "CareSignal",
        "name": "CareSignal Scheme Manager",
        "summary": (
            "A tablet and phone app for sheltered and extra care scheme staff that replaces "
            "paper daily call sheets, visitor logs and handovers. Staff can see which "
            "residents have been contacted, who needs a visit, and any alerts from "
            "CareSignal sensors, all in one list."
        ),
        "description": (
            "Scheme managers spend much of the morning on wellbeing calls and paperwork. "
            "Scheme Manager gives them a single daily list of residents, showing who has "
            "been seen, who has used their alarm, and any alerts from CareSignal Home, "
            "Smart Plug or Falls Radar. Residents with active sensors who are moving around "
            "normally can be marked as 'OK' automatically, so staff only call those who "
            "need it.\n\n"
            "The app records visits, concerns, safeguarding referrals and handover notes, "
            "and supports cover arrangements when a manager is on leave. Area managers see "
            "activity across schemes and can move staff where they are needed.\n\n"
            "Residents' family members can be given limited access to see that a check has "
            "taken place. Data is held securely in the UK and can be synchronised with your "
            "housing management system's support records. Scheme Manager works on its own, "
            "but it is most useful alongside CareSignal sensors, because staff can then "
            "spend their time on the residents who need a conversation rather than a call "
            "to confirm they are up and about."
        ),
        "themes": ["health-care-independent-living", "workforce-productivity"],
        "regions": ["TLF", "TLG", "TLE"],
        "maturity": "deployed",
        "pricing_model": "licence",
        "indicative_price_pence": 1_200_000,
        "housing_deployments": 5,
        "evidence": (
            "At Ashgrove Valley Housing, scheme managers across 22 schemes saved an average "
            "of 55 minutes a day on routine calls and paperwork, which they used for "
            "activities and one-to-one support. Missed daily checks fell to zero over six "
            "months."
        ),
        "evidence_links": ["https://caresignal.health/case-studies/ashgrove-scheme-manager"],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "TSA accredited",
        "integrations": "Civica CX, NEC Housing, Aareon QL",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "TenantVoice",
        "name": "TenantVoice Complaints",
        "summary": (
            "Complaints handling software built around the Housing Ombudsman's Complaint "
            "Handling Code. It captures complaints from every channel, runs the statutory "
            "timescales, tracks the commitments made in each response and turns complaint "
            "themes into reports for managers, boards and resident panels."
        ),
        "description": (
            "TenantVoice Complaints pulls in complaints from email, web forms, social "
            "media, the contact centre and letters from councillors and MPs, and helps "
            "staff decide quickly whether each contact is a complaint or a service request, "
            "using the Code's definitions. Each complaint gets acknowledgement and response "
            "deadlines, and officers see a queue sorted by urgency.\n\n"
            "Response letters are drafted from templates that prompt officers to cover what "
            "the Code expects: what happened, what we will do, by when, and any remedy. "
            "Commitments in the response, such as a repair, a callback or a compensation "
            "payment, become tasks with owners and dates, and the complaint cannot be "
            "closed until they are complete or explained.\n\n"
            "Managers get a live view of volumes, timescales and reasons. Monthly reports "
            "group complaints by theme, service and area, with examples of what has changed "
            "as a result, which is the learning the Ombudsman and the Regulator want to "
            "see. The annual self-assessment against the Code can be produced from the same "
            "data."
        ),
        "themes": ["tenant-engagement-communication"],
        "regions": ["TLC", "TLD", "TLE", "TLF", "TLG", "TLI"],
        "maturity": "at_scale",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 180,
        "housing_deployments": 31,
        "evidence": (
            "After moving to TenantVoice Complaints, Stoneholt Housing responded to 93% of "
            "stage 1 complaints within ten working days, up from 61%, and completion of "
            "promised actions rose from 70% to 97%.\n\n"
            "Oakhythe Homes' TP09 satisfaction with complaint handling rose from 24% to 39% "
            "over two years."
        ),
        "evidence_links": ["https://tenantvoice.app/case-studies/stoneholt-complaints"],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": (
            "NEC Housing, Civica CX, MRI Housing, Capita OpenHousing, Aareon QL, Dynamics 365"
        ),
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "TenantVoice",
        "name": "TenantVoice TSM Surveys",
        "summary": (
            "Tenant satisfaction measures surveys run by phone, text, email and "
            "door-to-door, with sampling that reflects your whole resident population. "
            "Results are available monthly, with free-text comments analysed into themes "
            "and drivers of satisfaction, and the management information measures are "
            "compiled with an audit trail ready for the Regulator."
        ),
        "description": (
            "We run TSM perception surveys to the Regulator of Social Housing's "
            "requirements, with a sample design that balances tenure, area, age, ethnicity "
            "and language. Residents can respond by phone, text link, email or face to face "
            "with our field team, and surveys are available in 16 languages. Continuous "
            "monthly fieldwork replaces a single annual snapshot and gives you trends.\n\n"
            "Results appear in a dashboard by area, scheme and resident group, with "
            "confidence intervals so small differences are not over-read. Free-text "
            "comments are coded into themes by our analysts with the help of language "
            "tools, and you can read the comments behind each theme. A driver analysis "
            "shows which services most affect overall satisfaction.\n\n"
            "For the management information measures, we connect to your housing systems "
            "and apply the Regulator's definitions consistently, with a documented method "
            "for each measure and a record of any adjustments. Your annual return is "
            "produced from the same data, and auditors can follow every number back to "
            "source."
        ),
        "themes": ["tenant-engagement-communication", "data-systems-interoperability"],
        "regions": ["TLC", "TLD", "TLE", "TLF", "TLG", "TLI"],
        "maturity": "at_scale",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 220,
        "housing_deployments": 38,
        "evidence": (
            "Heronsgate Housing moved from an annual telephone survey to continuous TSM "
            "surveys in 2023. Responses from residents under 35 rose from 6% to 18% of the "
            "sample, and its external auditor signed off the 2024 return with no "
            "restatements.\n\n"
            "Marram Coast Housing used theme analysis to target communal cleaning, and TP10 "
            "satisfaction rose 11 points."
        ),
        "evidence_links": ["https://tenantvoice.app/case-studies/heronsgate-tsm"],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "Market Research Society company partner",
        "integrations": (
            "NEC Housing, Civica CX, MRI Housing, Capita OpenHousing, Aareon QL, Dynamics "
            "365, Orchard Housing"
        ),
        "processes_personal_data": True,
        "data_hosting": "eea",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "TenantVoice",
        "name": "TenantVoice Resident App",
        "summary": (
            "A white-label app and web portal for residents to report repairs, book "
            "appointments, check rent balances, report anti-social behaviour and get "
            "updates, linked to your housing management system. Designed with and tested by "
            "residents, including older and disabled users, and branded as your own."
        ),
        "description": (
            "The Resident App offers the services residents use most: reporting a repair "
            "with photos, choosing an appointment, checking and paying rent, viewing "
            "documents, reporting anti-social behaviour and raising a complaint. Every "
            "request is linked to the resident's tenancy and property in your housing "
            "system and updated in real time, so residents can see progress without "
            "calling.\n\n"
            "The app is branded as yours and available on iOS, Android and the web. It "
            "meets WCAG 2.2 AA accessibility standards, supports screen readers and large "
            "text, and is available in 12 languages. Registration uses a tenancy reference "
            "and a text code, and we support proxy access, so a family member or support "
            "worker can help a resident with their permission.\n\n"
            "You can send notices to residents by block or estate, for example about lift "
            "outages, fire safety changes or weather warnings. Usage and feedback reports "
            "show which services are used, where residents drop out and which contacts the "
            "app is replacing."
        ),
        "themes": [
            "tenant-engagement-communication",
            "repairs-maintenance",
            "community-safety-asb",
        ],
        "regions": ["TLC", "TLD", "TLE", "TLF", "TLG", "TLI"],
        "maturity": "deployed",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 350,
        "housing_deployments": 16,
        "evidence": (
            "At Kestrel Vale Homes, 44% of households registered within 18 months and 38% "
            "of repairs were reported through the app, with calls to the contact centre "
            "falling by 21%. The app's satisfaction rating from residents was 4.4 out of 5."
        ),
        "evidence_links": ["https://tenantvoice.app/case-studies/kestrel-vale-app"],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": (
            "NEC Housing, Civica CX, MRI Housing, Capita OpenHousing, Aareon QL, Dynamics 365"
        ),
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "TenantVoice",
        "name": "TenantVoice Assisted Digital",
        "summary": (
            "A digital inclusion programme for landlords. We find out which residents are "
            "offline or struggling, provide devices, data and one-to-one support through "
            "trained local champions, and offer a phone and text route to the main services "
            "for those who prefer not to go online. Outcomes are tracked at household "
            "level."
        ),
        "description": (
            "Assisted Digital starts with a short digital needs check, added to tenancy "
            "visits, repairs calls and our TSM surveys, that asks about devices, "
            "connection, confidence and what residents want to be able to do. The results "
            "build a map of digital exclusion across your stock.\n\n"
            "Residents who want to get online can borrow a tablet or refurbished laptop and "
            "receive a data SIM for six months from the National Databank. A trained "
            "digital champion, recruited locally and often a resident, helps them set up "
            "and learn the tasks that matter to them, such as Universal Credit journals, "
            "online repairs or video calls with family. Champions log sessions and outcomes "
            "in our app.\n\n"
            "For residents who prefer to stay offline, we set up simple text and automated "
            "phone routes for rent balances, repairs updates and appointment reminders. "
            "Every six months we check what has changed for supported households, including "
            "Universal Credit engagement, arrears and use of your online services, so you "
            "can see whether the programme is paying back."
        ),
        "themes": ["tenant-engagement-communication", "income-arrears-financial-inclusion"],
        "regions": ["TLC", "TLD", "TLE", "TLF", "TLG", "TLI"],
        "maturity": "piloted",
        "pricing_model": "other",
        "indicative_price_pence": 1_200_000,
        "housing_deployments": 3,
        "evidence": (
            "In a 300-household programme with Calder Moor Homes, 71% of supported "
            "residents were using online services independently after six months. Among "
            "those on Universal Credit, missed journal actions fell by half, and rent "
            "arrears in the group fell by an average of £112 per household over the same "
            "period."
        ),
        "evidence_links": ["https://tenantvoice.app/case-studies/calder-moor-digital"],
        "certifications": ["cyber_essentials_plus"],
        "other_certifications": "Good Things Foundation network partner",
        "integrations": "NEC Housing, Civica CX, MRI Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "TenantVoice",
        "name": "TenantVoice Scrutiny Hub",
        "summary": (
            "An online workspace for tenant scrutiny panels and involved residents. Panel "
            "members can explore service data in plain English, run quick polls and focus "
            "groups with residents, and track recommendations and the landlord's responses. "
            "Built to help landlords show tenant influence under the consumer standards."
        ),
        "description": (
            "Scrutiny Hub gives panel members their own secure space. Performance data, TSM "
            "results and complaint themes are shown as simple charts with plain-English "
            "explanations, drawn from your systems and refreshed monthly. Personal data is "
            "removed before anything reaches the hub, and small groups are suppressed so "
            "individuals cannot be identified.\n\n"
            "Panel members can set up short polls and invite residents by area or group "
            "through text and email, with our team checking the wording. They can also "
            "arrange online or in-person focus groups and store notes and findings. Each "
            "scrutiny review has its own project page with scope, evidence, findings and "
            "recommendations.\n\n"
            "Recommendations are tracked openly: the landlord's response, the actions "
            "agreed, who owns them and progress. Boards and the Regulator can see what "
            "tenants have asked for and what has changed. The hub works on tablets and "
            "phones and has large-text and audio options. We provide training for panel "
            "members and staff."
        ),
        "themes": ["tenant-engagement-communication"],
        "regions": ["TLC", "TLD", "TLE", "TLF", "TLG", "TLI"],
        "maturity": "deployed",
        "pricing_model": "licence",
        "indicative_price_pence": 900_000,
        "housing_deployments": 6,
        "evidence": (
            "Marram Coast Housing's scrutiny panel ran 14 polls through the hub in its "
            "first year, reaching 3,100 residents, compared with around 200 through "
            "previous postal consultations. 27 of the panel's 31 recommendations were "
            "accepted, and 22 had been completed by the end of the year."
        ),
        "evidence_links": ["https://tenantvoice.app/case-studies/marram-coast-scrutiny"],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "MRI Housing, Civica CX, Power BI",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "TenantVoice",
        "name": "TenantVoice Building Safety Engagement",
        "summary": (
            "Resident engagement for higher-risk buildings under the Building Safety Act. "
            "It delivers key safety information in residents' languages by text, WhatsApp "
            "and printed notices, records who has been reached, collects building safety "
            "concerns and keeps track of residents who may need help to evacuate."
        ),
        "description": (
            "For each higher-risk building, we help you write a resident engagement "
            "strategy and turn it into a programme: what information to share, how, and "
            "when. Key building safety information, such as evacuation strategy, fire door "
            "rules and how to report concerns, is produced in short formats and translated "
            "into the languages spoken in each building, with video and audio versions.\n\n"
            "Messages are sent by text and WhatsApp, and each resident's receipt and "
            "response is recorded. Staff can see which flats have not been reached and "
            "arrange door-knocking. Residents can raise a building safety concern by "
            "replying to a message or through a QR code in the lift, and receive updates "
            "until it is resolved.\n\n"
            "With the resident's consent, the platform asks whether anyone in the household "
            "would need help to evacuate and passes that information securely to your "
            "building safety team for person-centred fire risk assessment and personal "
            "emergency evacuation plans. Reports by building provide evidence of engagement "
            "for the Building Safety Regulator."
        ),
        "themes": ["building-fire-safety", "tenant-engagement-communication"],
        "regions": ["TLC", "TLD", "TLE", "TLF", "TLG", "TLI"],
        "maturity": "piloted",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 800,
        "housing_deployments": 2,
        "evidence": (
            "Across 11 tower blocks at Brindle Street Homes, 86% of households confirmed "
            "receipt of key safety information within eight weeks, compared with an "
            "estimated 30% reached through block meetings and leaflets. The engagement "
            "identified 94 residents who needed help to evacuate, 41 of whom were not "
            "previously known to the landlord."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "Capita OpenHousing, MRI Housing, NEC Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "RentPath",
        "name": "RentPath Early Warning",
        "summary": (
            "Predictive arrears analytics that identify tenants likely to fall behind with "
            "rent weeks or months before they do, and suggest the most helpful next step. "
            "Income officers work from a short list of people to contact, sorted by risk "
            "and by what support is likely to work."
        ),
        "description": (
            "Early Warning analyses rent account transactions, payment methods, benefit "
            "status, Universal Credit payment dates, tenancy history and seasonal patterns. "
            "It learns what typically comes before arrears building up in your stock, such "
            "as a missed housing costs payment, a change of payment method or a series of "
            "small shortfalls. The model is trained on your data and checked for bias "
            "against protected characteristics.\n\n"
            "Each morning, income officers see a list of tenants whose risk has changed, "
            "with the reason in plain English and a suggested action: a friendly text, a "
            "benefits check, a call from a money adviser or a formal arrears contact. "
            "Low-risk tenants whose accounts will correct themselves, such as those paid "
            "monthly, are kept off the list, which cuts unnecessary letters.\n\n"
            "A person always decides what action to take. Managers can see caseloads, "
            "contact outcomes and arrears trends, and we review model performance with you "
            "every quarter."
        ),
        "themes": ["income-arrears-financial-inclusion"],
        "regions": ["TLI", "TLJ", "TLH"],
        "maturity": "at_scale",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 260,
        "housing_deployments": 24,
        "evidence": (
            "At Ouse Bank Housing (22,000 homes), current tenant arrears fell from 4.9% to "
            "3.8% of the rent roll in the first year, while arrears letters sent fell by "
            "46%. Evictions for rent arrears halved over two years.\n\n"
            "In a rural deployment with Wolds Edge Homes, the model was adjusted for "
            "seasonal agricultural work, and false alerts in summer months fell by 60%."
        ),
        "evidence_links": [
            "https://www.rentpath.co.uk/case-studies/ouse-bank",
            "https://www.rentpath.co.uk/case-studies/wolds-edge",
        ],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": (
            "NEC Housing, MRI Housing, Capita OpenHousing, Aareon QL, Orchard Housing, Civica CX"
        ),
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "RentPath",
        "name": "RentPath Entitlement Check",
        "summary": (
            "Automated benefit entitlement checks for tenants, using the information you "
            "already hold. It flags households likely to be missing out on Pension Credit, "
            "Universal Credit elements, Council Tax Reduction, Attendance Allowance or the "
            "Warm Home Discount, and helps advisers complete claims."
        ),
        "description": (
            "Entitlement Check runs every month across your tenancy and rent data. It uses "
            "household composition, age, income indicators, benefits already recorded and "
            "disability or carer information to estimate likely unclaimed entitlements, and "
            "ranks households by the likely value.\n\n"
            "Money advisers and income officers get a list with the reasons for each flag. "
            "With the tenant's consent, they complete a full benefit calculation in the "
            "tool and help with the claim. Letters and texts can invite tenants to find out "
            "whether they are entitled, in plain language and without making assumptions. "
            "Outcomes, such as a successful Pension Credit claim or an Attendance Allowance "
            "award, are recorded so you can measure the financial gain for tenants.\n\n"
            "Tenants in fuel poverty can be matched with energy support schemes, and those "
            "with complex needs referred to partner advice agencies. The service is "
            "particularly useful for pension-age tenants, who are the most likely to "
            "under-claim."
        ),
        "themes": ["income-arrears-financial-inclusion"],
        "regions": ["TLI", "TLJ", "TLH"],
        "maturity": "deployed",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 190,
        "housing_deployments": 13,
        "evidence": (
            "Over 12 months, advisers at Heronsgate Housing contacted 1,850 tenants flagged "
            "by Entitlement Check and helped 620 make successful claims, worth £1.4 million "
            "a year to those households, an average of £2,260 each. Arrears among tenants "
            "who gained entitlement fell by an average of £160."
        ),
        "evidence_links": ["https://www.rentpath.co.uk/case-studies/heronsgate-entitlement"],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "NEC Housing, MRI Housing, Capita OpenHousing, Aareon QL, Orchard Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "RentPath",
        "name": "RentPath UC Tracker",
        "summary": (
            "Tracks every tenant's Universal Credit journey, from managed migration notices "
            "through to the first payment, alternative payment arrangements and "
            "verification requests. It brings together Landlord Portal data and rent "
            "account data, so income officers can see who needs help next and nothing falls "
            "through the gaps."
        ),
        "description": (
            "The DWP's managed migration is moving remaining legacy benefit claimants to "
            "Universal Credit, and the first weeks of a claim are when arrears often build "
            "up. UC Tracker records each tenant's status: migration notice received, claim "
            "made, housing costs verified, first payment due, and any alternative payment "
            "arrangement. It uses data from the DWP Landlord Portal and your rent accounts.\n\n"
            "Officers receive alerts when a tenant is close to their migration deadline "
            "without having claimed, when a verification request is outstanding, or when a "
            "first payment is late. Tenants can get text reminders and links to help. The "
            "tracker also checks that alternative payment arrangements are being applied "
            "correctly and flags underpayments.\n\n"
            "Managers get reports on migration progress, arrears among new claimants and "
            "workload. The tracker helps landlords meet the DWP's trusted partner "
            "requirements by keeping records of verification accuracy and timeliness. It "
            "can be used on its own or alongside RentPath Early Warning, which takes the "
            "tracker's status as one of its signals."
        ),
        "themes": ["income-arrears-financial-inclusion", "data-systems-interoperability"],
        "regions": ["TLI", "TLJ", "TLH"],
        "maturity": "deployed",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 140,
        "housing_deployments": 9,
        "evidence": (
            "At Marram Coast Housing, average arrears eight weeks into a Universal Credit "
            "claim fell from £412 to £238 after UC Tracker was introduced, and the share of "
            "verification requests completed within the DWP timescale rose from 72% to 98%."
        ),
        "evidence_links": ["https://www.rentpath.co.uk/case-studies/marram-coast-uc"],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "NEC Housing, MRI Housing, Capita OpenHousing, Orchard Housing, Aareon QL",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "RentPath",
        "name": "RentPath Tenancy Start",
        "summary": (
            "A pre-tenancy affordability and support tool for new lettings. It helps "
            "housing officers complete a realistic budget with the incoming tenant, check "
            "entitlements, set up payments and identify support needs before sign-up, then "
            "follows up in the first months to prevent early tenancy failure."
        ),
        "description": (
            "New tenancies are at the highest risk of arrears and failure, particularly for "
            "households moving from temporary accommodation or with little furniture. "
            "Tenancy Start takes the officer and tenant through a guided budget, drawing on "
            "RentPath Entitlement Check to find benefits the household may be missing, and "
            "sets up a realistic rent payment plan and Universal Credit housing costs "
            "claim.\n\n"
            "The tool flags support needs, such as furniture, white goods, debt advice or "
            "help with utilities, and can refer to partner agencies and furniture schemes "
            "directly. Each new tenancy then has a schedule of check-ins for the first six "
            "months, by text or call, and an alert if the rent account or contact pattern "
            "suggests trouble.\n\n"
            "Managers can see first-year tenancy outcomes by referral route, area and type "
            "of support, which helps with conversations with councils about nominations and "
            "support funding. The tool runs on a tablet during the sign-up visit and works "
            "offline if the new home has no signal yet."
        ),
        "themes": ["income-arrears-financial-inclusion", "allocations-homelessness"],
        "regions": ["TLI", "TLJ", "TLH"],
        "maturity": "piloted",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 150,
        "housing_deployments": 2,
        "evidence": (
            "In a pilot with 420 new tenancies at Oakhythe Homes, the share of tenancies in "
            "arrears of more than £500 after six months fell from 18% to 9%, and first-year "
            "tenancy terminations fell from 8% to 5% compared with the previous year."
        ),
        "evidence_links": ["https://www.rentpath.co.uk/case-studies/oakhythe-tenancy-start"],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "MRI Housing, Dynamics 365, Capita OpenHousing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "RentPath",
        "name": "RentPath TA Move-On",
        "summary": (
            "A tool for councils and housing associations to match households in temporary "
            "accommodation with homes becoming available, taking into account "
            "affordability, household needs and the time until each home is ready. It aims "
            "to shorten stays in temporary accommodation and reduce the cost of nightly "
            "paid placements."
        ),
        "description": (
            "TA Move-On brings together three sets of information: upcoming vacancies from "
            "housing associations, households in temporary accommodation from council "
            "housing registers, and affordability assessments using RentPath's budgeting "
            "tools. Each vacancy is shown with its expected ready date, so matching can "
            "start before the home is empty.\n\n"
            "Council officers can see likely matches, with household size, accessibility "
            "needs, location preferences and affordability. Housing associations receive "
            "nominations earlier, with affordability and support needs already checked. The "
            "tool tracks each step, from nomination to viewing to sign-up, and shows where "
            "delays occur.\n\n"
            "TA Move-On is at prototype stage. We have built it with one London borough and "
            "two housing associations and are looking for further partners to test it with "
            "live data. We expect to integrate with the main housing register systems used "
            "by London boroughs. Pricing for the pilot phase is a shared licence between "
            "the council and its housing association partners, and we will not charge per "
            "nomination. The aim is to cut nightly paid placements, which cost councils far "
            "more than any software."
        ),
        "themes": ["allocations-homelessness", "income-arrears-financial-inclusion"],
        "regions": ["TLI", "TLJ", "TLH"],
        "maturity": "prototype",
        "pricing_model": "licence",
        "indicative_price_pence": 2_000_000,
        "housing_deployments": 1,
        "evidence": (
            "A prototype trial with Heronsgate Housing and one partner borough matched 38 "
            "households to upcoming vacancies. Average time from vacancy notice to sign-up "
            "for those households was 19 days, compared with 41 days for standard "
            "nominations."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials_plus"],
        "other_certifications": "",
        "integrations": "Locata, Abritas, MRI Housing, Dynamics 365",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "RentPath",
        "name": "RentPath Fuel Support Finder",
        "summary": (
            "Finds tenants who are likely to be struggling with energy costs, such as "
            "prepayment meter users, off-gas households and older residents in poorly "
            "insulated homes, and connects them with fuel vouchers, the Warm Home Discount, "
            "grants and energy advice before winter."
        ),
        "description": (
            "Fuel Support Finder combines rent and tenancy data with property data on "
            "heating type, EPC rating and meter type, where you hold it. It produces a "
            "ranked list of households most likely to be in fuel poverty and the support "
            "each may be eligible for, such as the Warm Home Discount, Household Support "
            "Fund grants, supplier hardship funds or energy charity programmes.\n\n"
            "Advisers contact tenants, complete applications and record outcomes. For "
            "households on oil or LPG, the tool includes local fuel clubs and bulk-buy "
            "schemes that can lower the cost per litre. It also feeds back into your "
            "retrofit programme by highlighting homes where residents are struggling to "
            "heat them.\n\n"
            "The service includes a seasonal campaign plan: which tenants to contact before "
            "October, what to say and how to follow up. We report on money gained for "
            "tenants, households supported and any change in arrears. Advisers can use the "
            "tool on a phone during home visits."
        ),
        "themes": ["income-arrears-financial-inclusion", "energy-retrofit-net-zero"],
        "regions": ["TLI", "TLJ", "TLH"],
        "maturity": "piloted",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 120,
        "housing_deployments": 2,
        "evidence": (
            "Wolds Edge Homes used Fuel Support Finder before winter 2024, contacting 1,100 "
            "households and securing £290,000 in grants, discounts and vouchers. 86 "
            "households on heating oil joined a fuel club, saving an average of 9p a litre. "
            "Winter arrears among supported households rose by less than half the rate of "
            "the wider tenant population."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "Orchard Housing, MRI Housing, Aareon QL",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "AssetLens Data",
        "name": "AssetLens Single Property Record",
        "summary": (
            "Master data management for housing. It creates one trusted record for every "
            "home, block and estate, matched to UPRNs, and keeps it in sync with your "
            "housing, asset and compliance systems. It was built for landlords who have "
            "merged or run several systems side by side."
        ),
        "description": (
            "We connect to each of your systems through APIs or scheduled extracts and "
            "build a unified property hierarchy: estate, block, building, property and, "
            "where useful, sub-units such as bedsits and garages. Records are matched using "
            "addresses, UPRNs, legacy references and attributes, with probabilistic "
            "matching for the hard cases and a review queue for your data team.\n\n"
            "You decide which system is the master for each attribute, such as bedrooms "
            "from lettings, heating type from the asset database, and compliance dates from "
            "the compliance system. AssetLens then highlights conflicts and routes them to "
            "the right data owner. Once resolved, updates can be written back to source "
            "systems or held in AssetLens as the reference.\n\n"
            "Other systems and reports can use the single record through an API or a "
            "nightly extract. This gives compliance, repairs, rent setting and TSM "
            "reporting a consistent picture of the stock, and supports later system "
            "consolidation by giving you a clean, agreed dataset to migrate."
        ),
        "themes": ["data-systems-interoperability"],
        "regions": ["TLI", "TLJ", "TLK", "TLD"],
        "maturity": "at_scale",
        "pricing_model": "licence",
        "indicative_price_pence": 6_500_000,
        "housing_deployments": 18,
        "evidence": (
            "At Ouse Bank Housing, formed from two mergers, AssetLens matched 99.2% of "
            "41,000 properties across three systems within eight weeks and resolved 6,800 "
            "conflicts in the first six months. The compliance team found 23 properties "
            "missing from the gas servicing programme.\n\n"
            "Kestrel Vale Homes used the single record as the basis for its migration to a "
            "new housing system, reducing migration data work by an estimated 40%."
        ),
        "evidence_links": [
            "https://assetlens.io/case-studies/ouse-bank",
            "https://assetlens.io/case-studies/kestrel-vale-migration",
        ],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": (
            "NEC Housing, Civica CX, MRI Housing, Capita OpenHousing, Aareon QL, Orchard "
            "Housing, Dynamics 365, Keystone, Apex"
        ),
        "processes_personal_data": False,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "AssetLens Data",
        "name": "AssetLens Data Quality Monitor",
        "summary": (
            "Continuous checks on the quality of your housing data, with rules for "
            "completeness, accuracy and consistency across systems. Data owners get a short "
            "list of problems to fix each week, and managers see a data quality score by "
            "team and system."
        ),
        "description": (
            "Data Quality Monitor comes with a library of more than 400 rules for housing "
            "data, covering property attributes, tenancy and household records, compliance "
            "dates, repairs coding and rent data. Examples include a property recorded as "
            "having a gas supply but no gas safety record, a tenant of pension age on a "
            "working-age benefit, or a repair closed before it was raised. You can add your "
            "own rules.\n\n"
            "Rules run nightly against your systems. Each problem is routed to the relevant "
            "team, with a link to the record in the source system, so it can be fixed where "
            "it lives. Scores by team, system and data domain are tracked over time and can "
            "be included in performance reports.\n\n"
            "The monitor also supports regulatory reporting. Rules that check the data "
            "behind TSM management information measures and statistical returns help "
            "prevent errors and restatements. Each rule is documented in plain English, "
            "with the reason it matters and who normally owns the fix, so new staff can "
            "understand the results without training in data."
        ),
        "themes": ["data-systems-interoperability"],
        "regions": ["TLI", "TLJ", "TLK", "TLD"],
        "maturity": "deployed",
        "pricing_model": "licence",
        "indicative_price_pence": 2_800_000,
        "housing_deployments": 12,
        "evidence": (
            "Heronsgate Housing's data quality score rose from 71% to 93% over 18 months, "
            "and the number of manual corrections needed for its statistical data return "
            "fell from 1,400 to under 100.\n\n"
            "At Calder Moor Homes, rule-based checks found 380 properties with missing "
            "electrical inspection dates, all of which were scheduled within a month."
        ),
        "evidence_links": ["https://assetlens.io/case-studies/heronsgate-data-quality"],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": (
            "NEC Housing, Civica CX, MRI Housing, Capita OpenHousing, Aareon QL, Orchard "
            "Housing, Dynamics 365"
        ),
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "AssetLens Data",
        "name": "AssetLens Survey Targeting",
        "summary": (
            "Scores the reliability of your stock condition data for every home and "
            "component and produces a prioritised survey programme. It fills gaps from "
            "repairs, servicing and EPC data where it can, so you only send surveyors where "
            "the data is weakest and matters most."
        ),
        "description": (
            "Survey Targeting starts by assessing what you know about each home: when each "
            "component was last surveyed, whether it has been replaced since, whether "
            "repairs and servicing records agree with the asset data, and whether the EPC "
            "is consistent. Every home gets a confidence score for each key element, such "
            "as walls, roof, windows, heating, kitchen and bathroom.\n\n"
            "Where we can update data automatically, we do: a boiler replacement recorded "
            "in repairs updates the heating component, and an EPC recorded after retrofit "
            "updates insulation details. Remaining gaps are ranked by their importance to "
            "Decent Homes compliance, safety and investment planning.\n\n"
            "The result is a survey programme that targets the homes where new information "
            "will make the most difference, often reducing the number of surveys needed by "
            "half compared with a full stock condition survey. After each batch of surveys, "
            "scores are recalculated and the programme updated. Surveyors can use their "
            "existing survey tools; we load the results through a standard template."
        ),
        "themes": ["data-systems-interoperability", "repairs-maintenance"],
        "regions": ["TLI", "TLJ", "TLK", "TLD"],
        "maturity": "deployed",
        "pricing_model": "one_off",
        "indicative_price_pence": 2_200_000,
        "housing_deployments": 5,
        "evidence": (
            "Calder Moor Homes used Survey Targeting to replace a planned full stock "
            "condition survey of 8,300 homes with a targeted survey of 3,100. Confidence in "
            "Decent Homes reporting rose from 64% to 91% of homes, and the survey cost was "
            "£240,000 lower than budgeted."
        ),
        "evidence_links": ["https://assetlens.io/case-studies/calder-moor-survey"],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": "Keystone, Apex, Orchard Asset Management, Aareon QL, NEC Housing",
        "processes_personal_data": False,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "AssetLens Data",
        "name": "AssetLens Compliance Feed",
        "summary": (
            "A single, validated view of the big six safety compliance areas for every "
            "property: gas, electrical, fire, asbestos, water and lifts. It pulls in data "
            "from contractors and your systems, checks it against the property list and "
            "shows what is overdue, missing or inconsistent."
        ),
        "description": (
            "Compliance data often comes from contractors as spreadsheets, PDFs or portal "
            "exports, in different formats and with different property references. "
            "Compliance Feed takes these in, validates them against your single property "
            "record and identifies gaps, such as a property with a gas supply but no "
            "current certificate, or an asbestos survey that does not cover all areas.\n\n"
            "Each compliance area has a dashboard showing properties in and out of "
            "compliance, upcoming deadlines and exceptions. Certificates are stored and "
            "linked to properties. Compliance managers can drill down to a building and see "
            "all safety information in one place, which supports building safety cases and "
            "fire risk assessments.\n\n"
            "We validate contractor data automatically and flag common issues, such as "
            "certificates issued before the job date or certificates for the wrong address. "
            "Reports for the board and the Regulator are produced from the same data, with "
            "a history of every change so auditors can see when a property fell out of "
            "compliance and when it was put right."
        ),
        "themes": ["data-systems-interoperability", "building-fire-safety"],
        "regions": ["TLI", "TLJ", "TLK", "TLD"],
        "maturity": "deployed",
        "pricing_model": "licence",
        "indicative_price_pence": 3_000_000,
        "housing_deployments": 9,
        "evidence": (
            "At Stoneholt Housing, Compliance Feed found 112 properties where contractor "
            "certificates were recorded against the wrong address and 46 properties with no "
            "valid gas safety record. Time spent preparing monthly compliance reports fell "
            "from five days to half a day."
        ),
        "evidence_links": ["https://assetlens.io/case-studies/stoneholt-compliance"],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": (
            "NEC Housing, Capita OpenHousing, MRI Housing, Aareon QL, Keystone, Apex, Civica CX"
        ),
        "processes_personal_data": False,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "AssetLens Data",
        "name": "AssetLens Merger Data Kit",
        "summary": (
            "A fixed-scope service for landlords going through a merger or system "
            "consolidation. We map data across the merging organisations, agree "
            "definitions, resolve duplicates and prepare a clean, reconciled dataset ready "
            "for migration into a single housing system, so the new organisation starts "
            "with data it can trust."
        ),
        "description": (
            "Mergers bring together different systems, codes and definitions. The Merger "
            "Data Kit starts with a discovery exercise to map what each organisation holds: "
            "properties, tenancies, rent accounts, repairs, compliance and asset data. We "
            "then agree definitions with both sides, for example what counts as a bedroom "
            "or how tenancy types are coded.\n\n"
            "Using AssetLens tools, we match and de-duplicate records, resolve conflicts "
            "and produce a reconciled dataset with a full audit trail. We prepare data in "
            "the format required by your target system and support test migrations, with "
            "reconciliation reports after each run.\n\n"
            "The kit is delivered by a team that has supported eight housing mergers, and "
            "we agree a fixed price after the discovery phase so there are no surprises "
            "later. It can be followed by Single Property Record and Data Quality Monitor "
            "to keep data clean after migration. We work with your internal teams and "
            "system suppliers rather than replacing them, and we leave behind documentation "
            "of every mapping decision."
        ),
        "themes": ["data-systems-interoperability"],
        "regions": ["TLI", "TLJ", "TLK", "TLD"],
        "maturity": "piloted",
        "pricing_model": "one_off",
        "indicative_price_pence": 8_500_000,
        "housing_deployments": 4,
        "evidence": (
            "For the merger that formed Wolds Edge Homes, the kit reconciled data for "
            "27,000 homes from two systems in 14 weeks. The first test migration passed 97% "
            "of reconciliation checks, and go-live happened on the planned date."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": "NEC Housing, MRI Housing, Capita OpenHousing, Aareon QL, Dynamics 365",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "AssetLens Data",
        "name": "AssetLens Household Profile",
        "summary": (
            "Helps landlords build and maintain accurate household records, including who "
            "lives in each home, communication needs, vulnerability and support needs, by "
            "combining tenancy audits, contact records and resident updates. Better "
            "household data improves safety, service design, weather-alert call lists and "
            "TSM analysis."
        ),
        "description": (
            "Household data is often out of date: residents leave, children grow up, and "
            "vulnerabilities change. Household Profile brings together information from "
            "tenancy audits, repairs and contact records, Universal Credit data and "
            "resident updates, and highlights where records are likely to be out of date, "
            "for example a household with no contact in three years or a recorded "
            "vulnerability not reviewed in the past year.\n\n"
            "Staff receive prompts to confirm or update information during routine "
            "contacts. Residents can update their own details through a secure link, "
            "including communication preferences and access needs. Changes are written back "
            "to your housing system.\n\n"
            "Profile data supports targeted services, such as prioritising repairs for "
            "vulnerable residents, contacting people during weather alerts and analysing "
            "TSM results by household group. Access to sensitive information is controlled "
            "by role and purpose, and every view is logged. We help you write the privacy "
            "notice and DPIA before go-live, and residents can see what is held about them."
        ),
        "themes": ["data-systems-interoperability", "tenant-engagement-communication"],
        "regions": ["TLI", "TLJ", "TLK", "TLD"],
        "maturity": "piloted",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 160,
        "housing_deployments": 2,
        "evidence": (
            "At Oakhythe Homes, the share of households with a reviewed vulnerability "
            "record rose from 38% to 79% in a year, mostly through prompts during routine "
            "calls. Communication preferences were recorded for 61% of households, up from "
            "12%."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": "MRI Housing, Dynamics 365, Capita OpenHousing, NEC Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "NeighbourWatch Digital",
        "name": "NeighbourWatch Cases",
        "summary": (
            "Case management for anti-social behaviour, built for housing officers. It "
            "records incidents, parties, risk assessments, actions and legal steps in one "
            "place, prompts officers to keep victims updated, and produces evidence bundles "
            "for injunctions and possession proceedings without days of copying and "
            "pasting."
        ),
        "description": (
            "Each case in NeighbourWatch Cases holds the reports, the people involved, "
            "their roles as victim, witness or perpetrator, incidents with dates and "
            "locations, and the evidence gathered. A victim risk assessment, based on the "
            "matrix used by most housing providers and community safety partnerships, is "
            "completed at the start and reviewed at set intervals, with high-risk cases "
            "highlighted.\n\n"
            "Officers get prompts for agreed actions, such as contacting the victim within "
            "a set time, reviewing the case every two weeks or offering mediation. Letters "
            "and warning notices are generated from templates. When a case is heading for "
            "court, the system assembles an evidence bundle with a chronology, witness "
            "statements and exhibits, numbered and indexed in the format solicitors expect.\n\n"
            "Managers see caseloads, case ages and outcomes, and reports for TSM measures "
            "on ASB cases per 1,000 homes are produced automatically. The system links to "
            "your housing management system so tenancy details stay in sync and officers do "
            "not rekey data. Training takes half a day, and we migrate open cases from your "
            "current system."
        ),
        "themes": ["community-safety-asb"],
        "regions": ["TLN", "TLD"],
        "maturity": "deployed",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 110,
        "housing_deployments": 7,
        "evidence": (
            "At Lagan Side Homes in Belfast, the median time to close an ASB case fell from "
            "17 weeks to 10 weeks in the first year, and the time solicitors spent "
            "preparing evidence bundles for injunctions fell by about 60%.\n\n"
            "Victim satisfaction with case handling at Irwell Brook Housing rose from 31% "
            "to 47% over 18 months."
        ),
        "evidence_links": [
            "https://neighbourwatch.digital/case-studies/lagan-side",
            "https://neighbourwatch.digital/case-studies/irwell-brook-asb",
        ],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "MRI Housing, NEC Housing, Capita OpenHousing, Civica CX",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "NeighbourWatch Digital",
        "name": "NeighbourWatch Evidence",
        "summary": (
            "A phone app and web link that lets victims and witnesses record anti-social "
            "behaviour as it happens: noise recordings, photos, videos and diary entries, "
            "time-stamped and stored securely with a chain of custody. Officers review "
            "evidence as it arrives instead of waiting for paper diary sheets."
        ),
        "description": (
            "Residents are invited to the app by their housing officer, or can use a secure "
            "web link if they do not want to install anything. They can record noise, take "
            "photos or video, or write a diary entry, and each item is time-stamped and "
            "located. Noise recordings include a measured sound level, and the app prompts "
            "the user to describe the impact, such as a child woken or the victim unable to "
            "sleep.\n\n"
            "Evidence is uploaded directly to secure UK storage, never kept on the "
            "resident's phone, with a hash and audit trail to support its use in court. "
            "Officers see new items against the case and can mark them as relevant, request "
            "more or share them with police or environmental health under agreed protocols.\n\n"
            "Residents can see when their evidence has been reviewed and receive updates on "
            "their case. The app is available in ten languages and supports voice notes for "
            "people who find writing difficult. It can be used alongside NeighbourWatch "
            "Cases or linked to your existing ASB system."
        ),
        "themes": ["community-safety-asb", "tenant-engagement-communication"],
        "regions": ["TLN", "TLD"],
        "maturity": "deployed",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 80,
        "housing_deployments": 5,
        "evidence": (
            "At Irwell Brook Housing, 68% of victims invited to use the app submitted "
            "evidence within two weeks, compared with 15% returning paper diary sheets. In "
            "the first year, evidence from the app supported nine successful injunctions, "
            "and no evidence was challenged on grounds of continuity."
        ),
        "evidence_links": ["https://neighbourwatch.digital/case-studies/irwell-brook-evidence"],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "MRI Housing, NEC Housing, Capita OpenHousing, Civica CX",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "NeighbourWatch Digital",
        "name": "NeighbourWatch Partners",
        "summary": (
            "Secure multi-agency case sharing for anti-social behaviour and community "
            "safety. Landlords, police, councils and support services can share agreed "
            "information on high-risk cases, record joint actions and prepare for "
            "partnership meetings, with access controlled by role and by "
            "information-sharing agreement."
        ),
        "description": (
            "Partners creates a shared case space for each multi-agency case. Each "
            "organisation decides what information to share, and every partner sees only "
            "what their agreement allows. A police officer might see the incident history "
            "and risk assessment but not tenancy or rent details, for example. All access "
            "is logged and auditable.\n\n"
            "Agencies can add updates and actions, and the system keeps a single chronology "
            "so everyone sees the same story. Meeting agendas and papers for ASB risk "
            "assessment conferences and community MARACs are produced from live data, "
            "saving hours of preparation, and actions agreed in meetings are tracked to "
            "completion.\n\n"
            "Partners was designed with a police service and two councils in Northern "
            "Ireland and tested with housing providers in the North West. It meets the "
            "requirements of police information assurance teams, including Cyber Essentials "
            "Plus and UK-only hosting, and can exchange data with ECINS where partners "
            "already use it. We help you set up information-sharing agreements, drawing on "
            "templates agreed with other partnerships."
        ),
        "themes": ["community-safety-asb", "data-systems-interoperability"],
        "regions": ["TLN", "TLD"],
        "maturity": "piloted",
        "pricing_model": "licence",
        "indicative_price_pence": 2_400_000,
        "housing_deployments": 2,
        "evidence": (
            "In a 12-month pilot with Lagan Side Homes, the Police Service of Northern "
            "Ireland and Belfast City Council, preparation time for monthly ASB case "
            "conferences fell from about two days to half a day per agency. High-risk cases "
            "had an agreed joint action plan within an average of five days, down from 19."
        ),
        "evidence_links": ["https://neighbourwatch.digital/case-studies/partners-belfast"],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "ECINS, MRI Housing, NEC Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "NeighbourWatch Digital",
        "name": "NeighbourWatch Estate Walkabout",
        "summary": (
            "A mobile tool for estate inspections and environmental anti-social behaviour: "
            "fly-tipping, graffiti, abandoned vehicles, damaged lighting and communal area "
            "problems. Officers and residents record issues with photos on estate "
            "walkabouts, and issues are tracked to resolution and mapped over time."
        ),
        "description": (
            "Estate Walkabout replaces paper inspection forms with a phone app. Officers "
            "record issues with a photo and a location, choose a category and assign it to "
            "the right team or contractor, such as grounds maintenance, caretaking, repairs "
            "or the council. Residents taking part in walkabouts can use the same app with "
            "a guest login.\n\n"
            "Each issue is tracked until it is resolved, with a photo of the completed "
            "work. Maps show hotspots for fly-tipping, graffiti and other problems, which "
            "can be shared with councils and police to target resources. Repeat problems at "
            "the same location are flagged, so officers can consider CCTV, lighting "
            "improvements or other changes.\n\n"
            "Estate inspection scores can be calculated automatically and shared with "
            "residents, including through estate noticeboards and newsletters. The app "
            "works offline and syncs when a connection is available, which is important in "
            "basements, bin stores and car parks. Estate Walkabout can be used on its own "
            "or alongside NeighbourWatch Cases, so a fly-tipping problem linked to a known "
            "household can become an ASB case with the photos already attached."
        ),
        "themes": ["community-safety-asb", "workforce-productivity"],
        "regions": ["TLN", "TLD"],
        "maturity": "piloted",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 60,
        "housing_deployments": 3,
        "evidence": (
            "In a six-month pilot on eight estates with Irwell Brook Housing, reported "
            "fly-tipping took an average of 3 days to clear, down from 11. Resident "
            "satisfaction with the neighbourhood as a place to live (TP11-style local "
            "survey) rose 7 points on the pilot estates."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials_plus", "iso_27001"],
        "other_certifications": "",
        "integrations": "MRI Housing, NEC Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "NeighbourWatch Digital",
        "name": "NeighbourWatch Noise Monitor",
        "summary": (
            "A consent-based noise monitoring device that a victim can have installed "
            "temporarily in their home. It measures sound levels continuously and records "
            "short audio clips only when the resident presses a button or levels pass a "
            "threshold, giving officers objective evidence in noise nuisance cases."
        ),
        "description": (
            "Noise Monitor is a small device placed in the victim's home for two to four "
            "weeks. It measures sound levels continuously and shows them on a secure "
            "dashboard for the case officer. Audio is recorded only when the resident "
            "presses the button on the device or on their phone, or when levels pass a "
            "threshold the officer sets, and each clip is limited to two minutes.\n\n"
            "The device is designed to capture evidence from neighbouring homes, not from "
            "the victim's household. Residents can see what has been recorded and delete "
            "clips that capture private conversation before the officer reviews them. Clips "
            "and level data are stored securely in the UK with a chain of custody record.\n\n"
            "This is a prototype. We are testing calibration with environmental health "
            "officers and working through the legal and privacy questions with landlords "
            "and a barrister specialising in housing law. We are looking for two or three "
            "partners to pilot it in 2025 to 2026 alongside NeighbourWatch Evidence."
        ),
        "themes": ["community-safety-asb"],
        "regions": ["TLN", "TLD"],
        "maturity": "prototype",
        "pricing_model": "other",
        "indicative_price_pence": 35_000,
        "housing_deployments": 0,
        "evidence": (
            "Early testing with environmental health officers in Belfast found the device's "
            "sound level readings were within 2 dB of a calibrated Class 1 meter. No "
            "housing provider pilots have been completed yet."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials_plus"],
        "other_certifications": "UKCA marked",
        "integrations": "MRI Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "VoidSwift",
        "name": "VoidSwift Planner",
        "summary": (
            "Void scheduling that plans every step from keys in to keys out: inspections, "
            "asbestos, works, gas and electrical tests, cleaning, sign-off and viewings. "
            "Trades, contractors and lettings teams work from one schedule, and the planner "
            "shows where each void is losing time."
        ),
        "description": (
            "When a tenancy end is confirmed, VoidSwift Planner creates a void plan based "
            "on the property type, expected works and your lettable standard. Each step has "
            "a target duration and dependencies, so asbestos checks happen before strip-out "
            "and the electrical test happens after works, not before. Tasks are offered to "
            "the right teams or contractors, who accept and schedule them in the planner or "
            "through their own systems.\n\n"
            "Everyone involved sees the same schedule. When a step finishes early, the next "
            "is pulled forward; when it is delayed, the knock-on effects are shown and the "
            "lettings team can plan viewings accordingly. Keys are tracked with a simple "
            "key log, a surprisingly common cause of delay.\n\n"
            "Managers get a live board showing every void, its stage, its target re-let "
            "date and days lost. Reports break down void time by stage, contractor and "
            "property type, and show lost rent. The planner links to your housing "
            "management system for tenancies and lettings, and to contractors' job systems "
            "through standard connectors."
        ),
        "themes": ["allocations-homelessness", "repairs-maintenance"],
        "regions": ["TLE", "TLF", "TLG"],
        "maturity": "deployed",
        "pricing_model": "licence",
        "indicative_price_pence": 3_000_000,
        "housing_deployments": 12,
        "evidence": (
            "At Kestrel Vale Homes, average key-to-key time for standard voids fell from 39 "
            "to 24 days within nine months, worth £640,000 a year in recovered rent. Time "
            "waiting between steps fell from an average of eight days per void to two.\n\n"
            "Stoneholt Housing cut major works void times from 76 to 52 days."
        ),
        "evidence_links": [
            "https://www.voidswift.co.uk/case-studies/kestrel-vale-voids",
            "https://www.voidswift.co.uk/case-studies/stoneholt-voids",
        ],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": "",
        "integrations": (
            "MRI Housing, NEC Housing, Civica CX, Capita OpenHousing, Kirona, Totalmobile"
        ),
        "processes_personal_data": False,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "VoidSwift",
        "name": "VoidSwift Pre-Void Visit",
        "summary": (
            "Organises and records pre-void inspections during the notice period, so works "
            "can be ordered before the keys come back. It schedules visits with outgoing "
            "tenants, guides officers through a structured inspection with photos and "
            "produces the works order and recharge record on the spot."
        ),
        "description": (
            "Many void delays start before the home is empty. Pre-Void Visit sends outgoing "
            "tenants a text to book an inspection at a time that suits them, with "
            "reminders. Officers complete a guided inspection on a phone or tablet, taking "
            "photos of each room and recording items the tenant must remove or repair, "
            "works needed and any safety concerns.\n\n"
            "The inspection creates a draft works order, estimated costs and a target void "
            "duration in VoidSwift Planner or your own system. Items the outgoing tenant is "
            "responsible for are recorded with photos, supporting recharges if necessary. "
            "The tenant gets a copy of what was agreed, which reduces disputes.\n\n"
            "Where access is refused or the tenant has already left, the tool records the "
            "outcome and schedules the full void inspection for key return. Reports show "
            "the share of voids with a pre-void visit and the time saved, helping managers "
            "make the case for prioritising these visits."
        ),
        "themes": ["allocations-homelessness"],
        "regions": ["TLE", "TLF", "TLG"],
        "maturity": "deployed",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 70,
        "housing_deployments": 6,
        "evidence": (
            "At Ashby Fold Homes, pre-void visits rose from 22% to 71% of terminations "
            "after introducing the tool, and works orders were ready on the day of key "
            "return for 64% of voids. Recharge income collected rose by 35%."
        ),
        "evidence_links": ["https://www.voidswift.co.uk/case-studies/ashby-fold-pre-void"],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": "",
        "integrations": "Civica CX, MRI Housing, NEC Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "VoidSwift",
        "name": "VoidSwift Lettable Standard Check",
        "summary": (
            "A photo-verified sign-off against your lettable standard before a home is let, "
            "including damp and mould, smoke and carbon monoxide alarms, electrical and gas "
            "certificates and cleanliness. It reduces re-work after viewings and gives new "
            "tenants and the Ombudsman a clear record of the condition of the home at the "
            "start of the tenancy."
        ),
        "description": (
            "Lettable Standard Check turns your void standard into a room-by-room "
            "checklist. The post-works inspector completes it on a phone, taking photos of "
            "each room and of key items: alarms fitted and tested, meter readings, "
            "certificates present, and any remaining defects. Damp and mould questions "
            "follow your Awaab's Law approach, with moisture readings recorded and a "
            "referral if a hazard is found.\n\n"
            "A home cannot be marked ready to let until all mandatory items are complete. "
            "Failed items go back to the contractor with photos and are checked again. The "
            "completed record is attached to the property and can be shared with the new "
            "tenant at sign-up, along with information about their heating, ventilation and "
            "meters.\n\n"
            "Records help settle disputes about condition at the start of a tenancy and "
            "help identify contractors whose work fails inspection more often. We are "
            "piloting a link to DampSense sensors so homes with a history of damp can be "
            "checked over their first winter."
        ),
        "themes": ["allocations-homelessness", "damp-mould-condensation"],
        "regions": ["TLE", "TLF", "TLG"],
        "maturity": "piloted",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 50,
        "housing_deployments": 2,
        "evidence": (
            "At Stoneholt Housing, complaints from new tenants about the condition of their "
            "home in the first month fell by 48% in the year after the check was "
            "introduced. Contractor re-work after sign-off fell from 17% to 6% of voids."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": "",
        "integrations": "Civica CX, MRI Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "VoidSwift",
        "name": "VoidSwift Supported Moves",
        "summary": (
            "Void and nominations coordination for sheltered, extra care and supported "
            "housing. It shows partners which units are vacant or becoming vacant, manages "
            "nominations from councils and NHS teams, and schedules works, adaptations and "
            "telecare set-up so the home is ready when the new resident is."
        ),
        "description": (
            "Supported housing voids involve more people than general needs voids: support "
            "providers, council commissioners, NHS discharge teams and adaptations "
            "services, as well as repairs. Supported Moves gives each of them a view of the "
            "units relevant to them, with expected ready dates. Partners can nominate "
            "through a secure form, and the landlord and support provider can review, "
            "accept or decline with reasons.\n\n"
            "Works for each unit include the usual void works plus adaptations checks, "
            "community alarm testing and reassignment, and furniture or white goods where "
            "required. These are scheduled together, so the home is ready on the day the "
            "new resident moves in, and hospital discharge teams can plan around a firm "
            "date.\n\n"
            "Reports show vacancy times, nomination response times and reasons for refusal, "
            "helping commissioners and landlords work together to reduce empty units. "
            "Supported Moves can run alongside VoidSwift Planner or with your own void "
            "process, and partners need only a web browser."
        ),
        "themes": ["allocations-homelessness", "health-care-independent-living"],
        "regions": ["TLE", "TLF", "TLG"],
        "maturity": "piloted",
        "pricing_model": "licence",
        "indicative_price_pence": 1_800_000,
        "housing_deployments": 3,
        "evidence": (
            "Ashgrove Valley Housing reduced average re-let time for sheltered flats from "
            "58 to 37 days over a year using Supported Moves. Hospital discharge teams made "
            "41 nominations through the system, and 33 residents moved on the agreed date."
        ),
        "evidence_links": ["https://www.voidswift.co.uk/case-studies/ashgrove-supported"],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": "",
        "integrations": "Civica CX, MRI Housing, NEC Housing, Abritas, Locata",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "VoidSwift",
        "name": "VoidSwift Contractor Connect",
        "summary": (
            "A portal and app for subcontractors working on voids and planned works. Small "
            "firms without their own job management system can receive jobs, book slots, "
            "record progress with photos and invoice, while the landlord sees live progress "
            "without chasing by phone."
        ),
        "description": (
            "Many landlords use small local contractors for voids, cleaning and specialist "
            "trades. Most do not have a job management system that links to the landlord's "
            "systems, so work is sent by email and progress is chased by phone. Contractor "
            "Connect gives each contractor a free app and portal.\n\n"
            "Contractors receive jobs with the scope, photos, access arrangements and "
            "target dates. They can accept, schedule, record progress and upload completion "
            "photos from site. The landlord sees progress in real time, and the next trade "
            "or inspection can be booked as soon as work is complete. Invoices are "
            "generated from completed jobs and checked against the agreed rates.\n\n"
            "Managers can compare contractors on time, quality and cost, and share "
            "performance data in regular contract meetings. The portal works for voids, "
            "planned works and responsive repairs overflow, and can be used without "
            "VoidSwift Planner. Contractors are onboarded by our team in a single session, "
            "and most are using the app within a week. We also offer a simple job sheet "
            "print-out for firms that want a paper backup on site."
        ),
        "themes": ["workforce-productivity", "repairs-maintenance"],
        "regions": ["TLE", "TLF", "TLG"],
        "maturity": "deployed",
        "pricing_model": "licence",
        "indicative_price_pence": 1_200_000,
        "housing_deployments": 8,
        "evidence": (
            "At Kestrel Vale Homes, 14 local contractors moved from email to Contractor "
            "Connect. Average time between a contractor finishing and the next trade "
            "starting fell from 2.6 days to under one day, and invoice queries fell by 70%."
        ),
        "evidence_links": ["https://www.voidswift.co.uk/case-studies/kestrel-vale-contractors"],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": "",
        "integrations": "MRI Housing, NEC Housing, Civica CX, Capita OpenHousing",
        "processes_personal_data": False,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "VoidSwift",
        "name": "VoidSwift Lettings Bridge",
        "summary": (
            "Connects void schedules with choice-based lettings and housing register "
            "systems, so adverts go live and shortlists are drawn before a void is ready, "
            "and offers are made as soon as works finish. An early-stage product, built "
            "with one lettings partnership."
        ),
        "description": (
            "A void can be ready for weeks before it is advertised, shortlisted and "
            "offered, particularly where lettings run through a council-led choice-based "
            "lettings scheme with weekly cycles. Lettings Bridge reads the expected ready "
            "date from VoidSwift Planner and sends the property details to the lettings "
            "system in time to catch the right advertising cycle.\n\n"
            "When the shortlist is drawn, the lettings team can book accompanied viewings "
            "for the expected ready date. If works are delayed, the tool warns the lettings "
            "team and suggests whether to delay viewings or the advert.\n\n"
            "We have a working prototype with one lettings partnership in the East Midlands "
            "and are testing integrations with Abritas and Locata. We have not yet measured "
            "the effect on re-let times, and we are looking for landlords willing to test "
            "it with real voids. Data hosting is currently in the EEA and will move to the "
            "UK before general release."
        ),
        "themes": ["allocations-homelessness", "data-systems-interoperability"],
        "regions": ["TLE", "TLF", "TLG"],
        "maturity": "prototype",
        "pricing_model": "licence",
        "indicative_price_pence": 800_000,
        "housing_deployments": 1,
        "evidence": (
            "Prototype tested with one lettings partnership on 60 voids; results are not "
            "yet published."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials"],
        "other_certifications": "",
        "integrations": "Abritas, Locata, MRI Housing, Civica CX",
        "processes_personal_data": True,
        "data_hosting": "eea",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "CrewPlan",
        "name": "CrewPlan Scheduler",
        "summary": (
            "Dynamic scheduling for in-house repairs teams. It builds each operative's day "
            "around skills, location, appointment windows and parts, and re-plans "
            "automatically when jobs overrun or emergencies come in. Planners manage "
            "exceptions instead of rebuilding schedules by hand every morning, and "
            "residents are offered appointment slots the team can actually keep."
        ),
        "description": (
            "CrewPlan Scheduler takes jobs from your housing or repairs system with their "
            "trade, priority, estimated duration and appointment window. It knows each "
            "operative's skills, including multi-trade skills and accreditations such as "
            "Gas Safe and electrical competence, their working hours, start locations and "
            "van stock.\n\n"
            "Every few minutes the scheduler optimises the plan for the day and the days "
            "ahead, balancing travel time, appointment commitments and priorities. When a "
            "job overruns, an emergency comes in or an operative finishes early, the plan "
            "is updated and affected residents are informed. Planners can override any "
            "decision and set rules, such as keeping certain jobs with a named operative.\n\n"
            "The scheduler offers residents appointment slots that are realistic for the "
            "planned workload, which reduces missed appointments. Reports show first-time "
            "fix, travel time, utilisation and appointment performance by team and trade. "
            "Unions and staff representatives can see in advance how location data is used; "
            "we do not produce individual league tables."
        ),
        "themes": ["workforce-productivity", "repairs-maintenance"],
        "regions": ["TLC", "TLD", "TLE", "TLM"],
        "maturity": "at_scale",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 320,
        "housing_deployments": 21,
        "evidence": (
            "At Ouse Bank Housing, average travel time per job fell from 24 to 16 minutes "
            "and jobs completed per operative per day rose from 4.1 to 5.0 in the first six "
            "months. Appointments kept rose from 88% to 96%.\n\n"
            "Lowther Vale Homes increased first-time fix from 76% to 85% after adding parts "
            "and skills rules."
        ),
        "evidence_links": [
            "https://www.crewplan.co.uk/case-studies/ouse-bank-scheduling",
            "https://www.crewplan.co.uk/case-studies/lowther-vale",
        ],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": (
            "NEC Housing, MRI Housing, Capita OpenHousing, Aareon QL, Civica CX, Orchard "
            "Housing, Dynamics 365"
        ),
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "CrewPlan",
        "name": "CrewPlan Mobile",
        "summary": (
            "A mobile app for repairs operatives that works offline. Operatives see their "
            "jobs, property history, photos from the resident, parts and safety "
            "information, record what they did and take photos, and close jobs with the "
            "resident's signature, even in basements and valleys with no signal."
        ),
        "description": (
            "CrewPlan Mobile runs on Android and iOS phones and tablets. Each operative's "
            "schedule is downloaded at the start of the day and updated whenever there is "
            "signal. Job details include the description, photos sent by the resident, the "
            "property's repairs history, asbestos information and any alerts, such as a "
            "vulnerable resident or a dog.\n\n"
            "Operatives record the work done, materials used and time spent, choosing from "
            "your schedule of rates. They can raise follow-on jobs for other trades, with "
            "photos, and the scheduler books them. Completion requires photos and, where "
            "appropriate, a resident signature or a text confirmation. Everything is stored "
            "on the device until signal returns, with no data lost.\n\n"
            "The app also handles time recording, vehicle checks and lone working "
            "check-ins. We designed it with operatives: large buttons, few screens and "
            "voice notes instead of typing. It can be used with CrewPlan Scheduler or with "
            "other scheduling systems."
        ),
        "themes": ["workforce-productivity"],
        "regions": ["TLC", "TLD", "TLE", "TLM"],
        "maturity": "at_scale",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 140,
        "housing_deployments": 26,
        "evidence": (
            "After rolling out CrewPlan Mobile to 210 operatives at Lowther Vale Homes, the "
            "time between job completion and closure in the housing system fell from 2.4 "
            "days to the same day, and jobs closed without notes or photos fell from 31% to "
            "3%. In an operative survey, 82% preferred the app to the previous system."
        ),
        "evidence_links": ["https://www.crewplan.co.uk/case-studies/lowther-vale-mobile"],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": (
            "NEC Housing, MRI Housing, Capita OpenHousing, Aareon QL, Civica CX, Orchard Housing"
        ),
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "CrewPlan",
        "name": "CrewPlan Rural Routing",
        "summary": (
            "Scheduling rules and travel models for landlords with scattered rural stock. "
            "It uses real road speeds, seasonal conditions and village clustering to group "
            "work, including compliance visits, into efficient trips, and lets operatives "
            "pick up nearby jobs when they finish early."
        ),
        "description": (
            "Standard routing models underestimate travel on rural roads and overestimate "
            "the value of fixed morning and afternoon slots. Rural Routing adds travel time "
            "data based on real vehicle journeys in rural areas, adjusted for season and "
            "weather, so the scheduler plans realistic days.\n\n"
            "Jobs are grouped by village or area, and the scheduler looks ahead several "
            "days to build trips that combine responsive repairs, planned works and "
            "compliance visits where data from contractors is available. When an operative "
            "finishes early, the app suggests nearby jobs that can be done without an "
            "appointment, such as external repairs or jobs where residents have agreed to "
            "any-time access.\n\n"
            "Residents in outlying areas are offered appointment days when an operative "
            "will be in their area, with a narrower time window confirmed the day before. "
            "Reports compare waiting times and travel between rural and urban areas, so "
            "managers can see whether the gap is closing."
        ),
        "themes": ["workforce-productivity", "repairs-maintenance"],
        "regions": ["TLC", "TLD", "TLE", "TLM"],
        "maturity": "piloted",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 180,
        "housing_deployments": 3,
        "evidence": (
            "In a pilot with Wolds Edge Homes, where 40% of homes are rural, driving time "
            "per operative fell by 52 minutes a day and rural routine repair times fell "
            "from 27 to 18 days. Fuel costs for the pilot teams fell by 19%."
        ),
        "evidence_links": ["https://www.crewplan.co.uk/case-studies/wolds-edge-rural"],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": "Orchard Housing, Aareon QL, NEC Housing, MRI Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "CrewPlan",
        "name": "CrewPlan Surge Mode",
        "summary": (
            "Tools for managing sudden surges in repairs demand after named storms, floods "
            "and cold snaps. It triages incoming jobs, groups them by location and trade, "
            "prioritises vulnerable households, brings in contractors' capacity and keeps "
            "residents updated on when help will arrive."
        ),
        "description": (
            "Surge Mode is switched on by a manager when demand spikes. Incoming jobs are "
            "triaged using simple rules set in advance, for example making safe before "
            "permanent repair, roofs before fences, and households with vulnerable "
            "residents first. Jobs are grouped by location and trade and assigned to "
            "in-house teams or contractors who have registered their capacity for the "
            "surge.\n\n"
            "Residents receive texts with their place in the plan and an estimated visit "
            "day, updated as work progresses. Contact centre staff can see the same "
            "information, so they can give consistent answers. Operatives can record "
            "make-safe work quickly and flag follow-up work for later.\n\n"
            "When the surge is over, Surge Mode hands remaining follow-up jobs back to "
            "normal scheduling and produces a report on response times, costs and lessons "
            "learned. It works with CrewPlan Scheduler and can also be used as a "
            "stand-alone tool for landlords with other scheduling systems, set up in "
            "advance of the winter so it is ready when needed."
        ),
        "themes": ["workforce-productivity", "repairs-maintenance"],
        "regions": ["TLC", "TLD", "TLE", "TLM"],
        "maturity": "piloted",
        "pricing_model": "licence",
        "indicative_price_pence": 900_000,
        "housing_deployments": 2,
        "evidence": (
            "After Storm Isha, Lowther Vale Homes used Surge Mode to handle 1,240 jobs in "
            "five days. All 210 households flagged as vulnerable were visited within 24 "
            "hours, and the backlog was cleared in 12 days, compared with 31 days after a "
            "similar storm the year before."
        ),
        "evidence_links": ["https://www.crewplan.co.uk/case-studies/lowther-vale-storm"],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": "NEC Housing, MRI Housing, Capita OpenHousing, Aareon QL, Orchard Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "CrewPlan",
        "name": "CrewPlan Skills Matrix",
        "summary": (
            "Tracks the skills, qualifications and training of repairs operatives, "
            "including multi-trade skills, apprenticeships, Gas Safe and electrical "
            "competence, and asbestos awareness. Scheduling uses the matrix to allocate "
            "work, and managers can see skills gaps and plan training before gaps cause "
            "missed jobs."
        ),
        "description": (
            "Skills Matrix holds a record of each operative's trades, qualifications, "
            "certificates and expiry dates. It sends reminders before certificates expire "
            "and prevents the scheduler from allocating work an operative is not qualified "
            "to do.\n\n"
            "Managers can see which skills are in short supply, where multi-trade training "
            "would reduce second visits, and which operatives are close to retirement with "
            "skills that need to be passed on. Apprentices' progress can be tracked against "
            "their standards, and their jobs can be paired with experienced operatives.\n\n"
            "Operatives can see their own records and training plans in the CrewPlan Mobile "
            "app. Reports support workforce planning and contract bids, where evidence of "
            "competence is required. Skills Matrix works with CrewPlan Scheduler and can "
            "export data to HR systems. Setting it up usually takes a few weeks, mainly to "
            "collect copies of certificates, and we provide a template and an upload tool "
            "so supervisors can do this without help from IT. Once in place, the record is "
            "kept current by the operatives themselves, who upload new certificates from "
            "their phones."
        ),
        "themes": ["workforce-productivity"],
        "regions": ["TLC", "TLD", "TLE", "TLM"],
        "maturity": "deployed",
        "pricing_model": "licence",
        "indicative_price_pence": 600_000,
        "housing_deployments": 7,
        "evidence": (
            "At Ouse Bank Housing, the matrix showed that training 24 plumbers in basic "
            "plastering and tiling would remove an estimated 3,100 second visits a year. "
            "After the training, second-trade follow-on visits fell by 38%."
        ),
        "evidence_links": ["https://www.crewplan.co.uk/case-studies/ouse-bank-skills"],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": "NEC Housing, MRI Housing, Capita OpenHousing, Aareon QL",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "CrewPlan",
        "name": "CrewPlan Appointment Messages",
        "summary": (
            "Text and WhatsApp messages that keep residents informed about repairs "
            "appointments: confirmation, reminders, an 'on my way' message with the "
            "operative's first name and photo, and easy rebooking. It reduces no-access "
            "visits and calls to the contact centre asking when someone will arrive or "
            "whether anyone is still coming."
        ),
        "description": (
            "Appointment Messages sends a confirmation when a repair is booked, a reminder "
            "the day before with an option to confirm or rebook, and an 'on my way' message "
            "when the operative sets off, with an estimated arrival time. Residents can "
            "reply to rebook or add access notes, such as 'use the back door'.\n\n"
            "Messages can be sent in the resident's preferred language and can be switched "
            "to voice calls for residents who do not use text messaging. Where a visit "
            "fails for no access, the resident receives a message with a rebooking link "
            "straight away.\n\n"
            "The service works with CrewPlan Scheduler or other scheduling systems through "
            "a simple integration. Reports show confirmation rates, no-access rates and "
            "rebooking times. Many landlords see a fall in no-access visits within weeks, "
            "which frees up capacity without extra staff. Message wording is agreed with "
            "you and can be tested with your resident panel before launch, and every "
            "message is logged against the repair so the contact centre can see what the "
            "resident has been told."
        ),
        "themes": ["workforce-productivity", "tenant-engagement-communication"],
        "regions": ["TLC", "TLD", "TLE", "TLM"],
        "maturity": "deployed",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 60,
        "housing_deployments": 12,
        "evidence": (
            "At Brindle Street Homes, no-access visits fell from 12% to 5% in the first "
            "three months after introducing appointment messages, freeing the equivalent of "
            "four operatives' time. Calls to the contact centre asking when an operative "
            "would arrive fell by 40%."
        ),
        "evidence_links": ["https://www.crewplan.co.uk/case-studies/brindle-street-messages"],
        "certifications": ["cyber_essentials_plus", "iso_27001", "iso_9001"],
        "other_certifications": "",
        "integrations": "NEC Housing, MRI Housing, Capita OpenHousing, Aareon QL, Totalmobile",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "MouldGuard Coatings",
        "name": "MouldGuard Treat and Re-inspect",
        "summary": (
            "A complete mould treatment service: a survey to find the cause, removal and "
            "treatment of mould with a fungicidal wash and anti-mould paint, advice for "
            "residents, and a guaranteed re-inspection at 3, 12 and 36 months. If mould "
            "returns, we come back free of charge and tell you what is really causing it."
        ),
        "description": (
            "Our surveyors assess the home first, recording moisture readings, photographs, "
            "ventilation and any building defects. We do not treat mould until we have a "
            "view on its cause, and we tell you if the home needs a repair, such as a "
            "failed gutter or extractor fan, before treatment will last.\n\n"
            "Our operatives remove mould from walls, ceilings and window reveals, treat "
            "surfaces with a fungicidal wash and apply a mould-resistant paint system. We "
            "cover and protect residents' belongings and can bag and dispose of "
            "contaminated items with the resident's agreement. Residents receive practical "
            "advice in person and in writing, in plain English, without blaming them.\n\n"
            "Every treated room is re-inspected at 3, 12 and 36 months. Results are "
            "recorded with photos and moisture readings and shared with you through our "
            "portal, which links to your repairs system. If mould returns, we retreat at no "
            "charge and report on the likely cause. The portal gives you a clear record of "
            "each case for Awaab's Law and Ombudsman purposes."
        ),
        "themes": ["damp-mould-condensation"],
        "regions": ["TLK", "TLJ", "TLL"],
        "maturity": "at_scale",
        "pricing_model": "one_off",
        "indicative_price_pence": 42_000,
        "housing_deployments": 46,
        "evidence": (
            "Across 5,200 treatments for Marram Coast Housing between 2021 and 2024, mould "
            "had returned at the 12-month re-inspection in 11% of rooms, compared with an "
            "estimated 45% after the landlord's previous mould wash and redecoration "
            "approach.\n\n"
            "Our surveys identified building defects as the main cause in 23% of cases, and "
            "these were passed to the landlord as repairs."
        ),
        "evidence_links": [
            "https://www.mouldguard.co.uk/case-studies/marram-coast",
            "https://www.mouldguard.co.uk/case-studies/reinspection-results",
        ],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": "Property Care Association member; CHAS accredited",
        "integrations": "MRI Housing, NEC Housing, Civica CX, Capita OpenHousing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "MouldGuard Coatings",
        "name": "MouldGuard Wall Moisture Monitor",
        "summary": (
            "Small probes fitted into external walls that measure moisture content at depth "
            "over months, so you can see whether a wall is wet from rain penetration, "
            "whether it dries out after a repair and whether insulation is staying dry. "
            "Designed for exposed coastal and hillside homes."
        ),
        "description": (
            "Moisture in solid and cavity walls is hard to judge from a single visit. Our "
            "monitor uses small resistance probes inserted into the wall through 8mm holes "
            "at different depths, connected to a battery-powered logger that sends readings "
            "over the mobile network. A weather station or Met Office data records rainfall "
            "and wind direction for the same period.\n\n"
            "Over several weeks, the data shows how the wall responds to driving rain, and "
            "whether moisture is coming from outside, from inside or from below. After a "
            "repair, such as repointing, re-rendering or a water-repellent treatment, the "
            "monitor shows whether the wall is drying out. Where cavity insulation is "
            "present, probes can be placed in the insulation to check whether it is getting "
            "wet.\n\n"
            "Results appear in our portal with a plain-English interpretation by our "
            "surveyors. Monitors can be left in place for a season or moved from home to "
            "home. The service helps landlords make the right repair first time and avoid "
            "repeated treatment of the symptoms."
        ),
        "themes": ["damp-mould-condensation", "repairs-maintenance"],
        "regions": ["TLK", "TLJ", "TLL"],
        "maturity": "deployed",
        "pricing_model": "one_off",
        "indicative_price_pence": 78_000,
        "housing_deployments": 6,
        "evidence": (
            "At Marram Coast Housing, monitors in 60 exposed homes with repeated damp "
            "showed that rain penetration, rather than condensation, was the main cause in "
            "41. After targeted wall repairs, 36 of those homes recorded wall moisture back "
            "to normal levels within one winter, and damp repairs in the group fell by 70% "
            "the following year."
        ),
        "evidence_links": ["https://www.mouldguard.co.uk/case-studies/marram-coast-moisture"],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": "Property Care Association member",
        "integrations": "MRI Housing, Keystone",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "MouldGuard Coatings",
        "name": "MouldGuard Exposed Wall Treatment",
        "summary": (
            "A breathable water-repellent treatment and repair package for walls exposed to "
            "wind-driven rain, including stone, brick and render. We repair cracks and "
            "pointing first, then apply a treatment that keeps liquid water out while "
            "letting the wall dry, and we monitor the result."
        ),
        "description": (
            "Wind-driven rain can penetrate porous masonry, cracked render and poor "
            "pointing, soaking walls and any cavity insulation. Our Exposed Wall Treatment "
            "starts with a survey of the wall, including moisture readings, and any "
            "necessary repairs to pointing, render, copings and flashings using materials "
            "compatible with the wall, such as lime mortar in older buildings.\n\n"
            "We then apply a silane or siloxane-based water-repellent treatment, tested to "
            "BS EN 1062-3, that reduces water absorption while keeping the wall vapour "
            "permeable. It does not change the appearance of most walls. We can combine the "
            "treatment with repairs to windows and sills where water is getting in around "
            "frames.\n\n"
            "Treated walls are monitored with our Wall Moisture Monitor on a sample of "
            "homes, so you can see the effect. The treatment carries a 10-year guarantee, "
            "and we re-inspect at 3 years. It is suited to coastal and exposed upland homes "
            "and to homes where cavity insulation has failed or is at risk."
        ),
        "themes": ["damp-mould-condensation", "repairs-maintenance"],
        "regions": ["TLK", "TLJ", "TLL"],
        "maturity": "deployed",
        "pricing_model": "one_off",
        "indicative_price_pence": 290_000,
        "housing_deployments": 8,
        "evidence": (
            "For 140 exposed homes at Lowther Vale Homes treated in 2022, penetrating damp "
            "repairs fell from 96 in the two years before treatment to 11 in the two years "
            "after. Wall moisture readings in a monitored sample fell by an average of 48%."
        ),
        "evidence_links": ["https://www.mouldguard.co.uk/case-studies/lowther-vale-walls"],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": (
            "Property Care Association member; CHAS accredited; BBA certified products"
        ),
        "integrations": "MRI Housing, Keystone",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "MouldGuard Coatings",
        "name": "MouldGuard Resident Aftercare",
        "summary": (
            "Follow-up support for households after damp and mould treatment: a visit two "
            "weeks later to check on progress, practical help such as drying racks and "
            "extractor fan checks, and a named contact for the first winter. Designed to "
            "rebuild trust with residents who have waited too long."
        ),
        "description": (
            "Residents who have lived with mould often feel let down and worried it will "
            "come back. Resident Aftercare gives them a named adviser for the first winter "
            "after treatment. Two weeks after treatment, the adviser visits to check that "
            "the home is drying, ventilation works and the resident understands what has "
            "been done.\n\n"
            "Advisers can provide practical help such as drying racks, hygrometers, window "
            "vent repairs and referrals for benefits advice or fuel support where cost is "
            "stopping residents heating the home. They record the visit with photos and "
            "readings, and any remaining problems are raised as repairs. The adviser calls "
            "again in the autumn and is available by phone and text throughout the winter.\n\n"
            "Landlords receive a record of every contact, which helps them show the Housing "
            "Ombudsman and the Regulator that they have taken a person-centred approach. "
            "The service can be bought with MouldGuard treatment or used after treatment by "
            "your own teams or other contractors."
        ),
        "themes": ["damp-mould-condensation", "tenant-engagement-communication"],
        "regions": ["TLK", "TLJ", "TLL"],
        "maturity": "deployed",
        "pricing_model": "one_off",
        "indicative_price_pence": 18_000,
        "housing_deployments": 5,
        "evidence": (
            "At Heronsgate Housing, complaints about damp and mould from households "
            "receiving aftercare fell by 57% compared with households treated the previous "
            "year without it. 91% of residents rated the service good or very good."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": "Property Care Association member",
        "integrations": "MRI Housing, NEC Housing, Civica CX",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "MouldGuard Coatings",
        "name": "MouldGuard Backlog Response Teams",
        "summary": (
            "Additional survey and treatment teams for landlords with a large backlog of "
            "damp and mould cases. We triage cases by risk, survey and treat the most "
            "serious first, feed repairs back to your contractors and report progress "
            "weekly. Teams can be mobilised within four weeks."
        ),
        "description": (
            "When a landlord has hundreds or thousands of open damp and mould cases, the "
            "first job is to understand which are the most serious. Our triage team reviews "
            "every open case, calls residents to check current conditions and household "
            "vulnerability, and sorts cases by risk in line with Awaab's Law.\n\n"
            "Survey and treatment teams then work through the list, starting with emergency "
            "and significant hazards. Each visit includes a survey, mould treatment where "
            "appropriate and a clear list of repairs needed, which we pass to your "
            "contractors or complete ourselves if agreed. Residents receive the written "
            "findings within the required timescales.\n\n"
            "We report weekly on cases triaged, surveyed, treated and closed, and on "
            "repairs outstanding with your contractors. At the end of the programme, we "
            "hand back a clean case list with a full record for each home. We can also help "
            "you set up processes to prevent the backlog returning."
        ),
        "themes": ["damp-mould-condensation", "workforce-productivity"],
        "regions": ["TLK", "TLJ", "TLL"],
        "maturity": "deployed",
        "pricing_model": "other",
        "indicative_price_pence": 35_000,
        "housing_deployments": 4,
        "evidence": (
            "For Oakhythe Homes, our teams triaged 2,400 open cases in six weeks and "
            "cleared all cases older than six months within 32 weeks. 310 cases were "
            "re-graded as emergencies or significant hazards on triage and were visited "
            "within the required timescales."
        ),
        "evidence_links": ["https://www.mouldguard.co.uk/case-studies/oakhythe-backlog"],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": "Property Care Association member; CHAS accredited",
        "integrations": "MRI Housing, Capita OpenHousing, NEC Housing, Dynamics 365",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "SolarShare Communities",
        "name": "SolarShare Community Rooftop",
        "summary": (
            "Community-owned rooftop solar for social housing, funded by local community "
            "share offers. We design, install, own and maintain panels on your homes at no "
            "capital cost to you, and residents get free daytime electricity plus a share "
            "of the surplus through a community benefit fund."
        ),
        "description": (
            "SolarShare raises money through community share offers, where local people and "
            "organisations invest in return for a modest interest payment. We use the money "
            "to fit solar panels to suitable homes, after a structural and roof condition "
            "survey, and we coordinate with your planned maintenance programme so panels go "
            "on roofs with plenty of life left.\n\n"
            "Residents use the electricity generated during the day at no cost. We provide "
            "short advice on using appliances when the sun is shining, in person and by "
            "text. Surplus electricity is exported, and part of the income goes into a "
            "community benefit fund for residents, governed by a panel that includes "
            "residents and your staff.\n\n"
            "We maintain and monitor all panels for the 20-year lease, including inverter "
            "replacements. You grant us a roof lease at a peppercorn rent of £1 a year per "
            "home, and you pay nothing else. When a tenancy changes, the new resident is "
            "signed up automatically. At the end of the lease, the panels pass to you. "
            "Panels and fixings are specified for coastal and exposed locations where "
            "needed."
        ),
        "themes": ["energy-retrofit-net-zero", "income-arrears-financial-inclusion"],
        "regions": ["TLK", "TLL", "TLJ"],
        "maturity": "deployed",
        "pricing_model": "other",
        "indicative_price_pence": 100,
        "housing_deployments": 5,
        "evidence": (
            "On 420 homes with Marram Coast Housing, panels generated an average of 2,900 "
            "kWh a year per home, and residents saved an average of £240 a year on their "
            "electricity bills. The community benefit fund has given £38,000 to local "
            "projects, including an energy advice service and a community cafe.\n\n"
            "Our first share offer was fully subscribed by 380 local investors."
        ),
        "evidence_links": [
            "https://solarshare.coop/case-studies/marram-coast-solar",
            "https://solarshare.coop/case-studies/share-offer-2023",
        ],
        "certifications": ["cyber_essentials"],
        "other_certifications": (
            "MCS certified installers; FCA-registered community benefit society"
        ),
        "integrations": "MRI Housing, Keystone",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "SolarShare Communities",
        "name": "SolarShare Home Battery",
        "summary": (
            "A home battery added to rooftop solar, so residents can use electricity "
            "generated during the day in the evening, when they need it most. Batteries are "
            "community-owned and maintained, and can also charge from the grid at cheaper "
            "times for residents on time-of-use tariffs."
        ),
        "description": (
            "Many residents are out during the day or use most electricity in the evening, "
            "so they benefit less from solar panels alone. Home Battery stores surplus "
            "daytime generation for use after dark. Batteries are wall-mounted, typically 5 "
            "kWh, and installed by MCS-certified installers alongside new or existing "
            "SolarShare panels.\n\n"
            "Where residents are on a time-of-use tariff, batteries can also charge from "
            "the grid at cheaper overnight rates. We manage the batteries remotely to "
            "maximise savings for residents, and we can join them into a community battery "
            "scheme that earns income from grid services, with part of the income paid into "
            "the community benefit fund.\n\n"
            "The batteries are funded mainly through the same community share model as our "
            "solar panels, with a one-off landlord contribution of about £1,200 per home, "
            "and we maintain them for the lease term. Residents do not pay anything and do "
            "not need to change supplier. We are piloting this with two landlords and "
            "monitoring savings and residents' experience before wider roll-out."
        ),
        "themes": ["energy-retrofit-net-zero", "income-arrears-financial-inclusion"],
        "regions": ["TLK", "TLL", "TLJ"],
        "maturity": "piloted",
        "pricing_model": "one_off",
        "indicative_price_pence": 120_000,
        "housing_deployments": 2,
        "evidence": (
            "In a 60-home pilot with Lowther Vale Homes, adding batteries increased the "
            "share of solar electricity used in the home from 38% to 74%, raising average "
            "resident savings from £210 to £390 a year. No battery faults were reported in "
            "the first 18 months."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials"],
        "other_certifications": "MCS certified installers",
        "integrations": "MRI Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "SolarShare Communities",
        "name": "SolarShare Community Benefit Fund",
        "summary": (
            "We set up and run community benefit funds with residents, paid for from solar "
            "income and other sources. Residents decide how the money is spent, with common "
            "choices being energy advice, fuel hardship grants, digital inclusion and local "
            "projects. We handle the administration and reporting."
        ),
        "description": (
            "Every SolarShare scheme includes a community benefit fund, and we can also run "
            "funds for landlords that do not use our solar. We help recruit a resident "
            "panel, train panel members and set up simple rules for how the fund works, "
            "agreed with your resident involvement team.\n\n"
            "The panel decides what to fund. Common choices include an energy advice "
            "service, small fuel hardship grants, white goods for residents in need, "
            "digital inclusion projects and community activities. We handle applications, "
            "payments and monitoring, and report to the panel and to you on what was funded "
            "and what difference it made.\n\n"
            "The fund gives residents a real stake in the scheme and creates opportunities "
            "for tenant involvement beyond formal scrutiny. Landlords have used it as "
            "evidence of tenant influence under the consumer standards. We can help link "
            "the fund to your financial inclusion and tenancy sustainment teams, so support "
            "reaches those who need it most."
        ),
        "themes": ["income-arrears-financial-inclusion", "tenant-engagement-communication"],
        "regions": ["TLK", "TLL", "TLJ"],
        "maturity": "deployed",
        "pricing_model": "other",
        "indicative_price_pence": 600_000,
        "housing_deployments": 4,
        "evidence": (
            "The resident panel for our Marram Coast Housing scheme has distributed £38,000 "
            "over three years. An energy advice service it funded helped 610 households and "
            "secured £112,000 in bill savings and grants. Panel members reported increased "
            "confidence and several have since joined their landlord's scrutiny panel."
        ),
        "evidence_links": ["https://solarshare.coop/case-studies/marram-coast-fund"],
        "certifications": ["cyber_essentials"],
        "other_certifications": "FCA-registered community benefit society",
        "integrations": "MRI Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "SolarShare Communities",
        "name": "SolarShare Estate Microgrid",
        "summary": (
            "A concept for estate-scale community energy: shared solar on roofs and car "
            "parks, a community battery and a private wire network that supplies residents "
            "on the estate directly at a lower price. We are looking for one or two "
            "landlords to develop a feasibility study with us."
        ),
        "description": (
            "Our rooftop solar model works for houses, but blocks of flats and estates with "
            "mixed stock need a different approach. Estate Microgrid would combine solar on "
            "all suitable roofs and car park canopies with a community battery and a "
            "private wire network, supplying electricity directly to homes on the estate at "
            "a price below standard tariffs, with the grid as backup.\n\n"
            "Residents would be able to opt in, keeping their right to choose a supplier. "
            "Income from selling electricity would repay the investment and fund a "
            "community benefit fund. The scheme could also supply communal areas and heat "
            "pumps, reducing service charges.\n\n"
            "This is a concept. The regulatory, technical and financial model needs to be "
            "tested, and we are working with a university partner on the design. We are "
            "looking for landlords with an estate of 200 or more homes, ideally in the "
            "South West or Wales, to develop a funded feasibility study. No resident data "
            "would be needed at this stage."
        ),
        "themes": ["energy-retrofit-net-zero"],
        "regions": ["TLK", "TLL", "TLJ"],
        "maturity": "concept",
        "pricing_model": "other",
        "indicative_price_pence": 2_500_000,
        "housing_deployments": 0,
        "evidence": "",
        "evidence_links": [],
        "certifications": ["cyber_essentials"],
        "other_certifications": "",
        "integrations": "",
        "processes_personal_data": False,
        "data_hosting": "",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "SolarShare Communities",
        "name": "SolarShare Savings Tracker",
        "summary": (
            "A simple way for residents to see what their solar panels are saving them, by "
            "text message each month or on a web page, with tips on getting more from their "
            "panels. Landlords see performance across all homes and spot faulty panels "
            "quickly."
        ),
        "description": (
            "Residents often do not know whether their panels are working or how much they "
            "save. Savings Tracker reads generation data from each inverter and, with the "
            "resident's consent, their smart meter data. Each month residents receive a "
            "text or letter with the electricity generated, an estimate of the money saved "
            "and a tip, such as running the washing machine at midday on sunny days.\n\n"
            "The tracker is designed for residents who do not use apps: a monthly text with "
            "a short link and a printed summary for those who prefer it. It is available in "
            "several languages.\n\n"
            "Landlords get a dashboard showing generation for every home and alerts when a "
            "system underperforms or stops generating, such as a failed inverter or a "
            "tripped isolator. This matters for older schemes, where many faults go "
            "unnoticed for years. The tracker can be used with SolarShare panels or with "
            "existing solar installations from other installers, using a small data logger "
            "where the inverter cannot report on its own. Residents can opt out at any "
            "time, and the monthly message stops straight away."
        ),
        "themes": [
            "energy-retrofit-net-zero",
            "income-arrears-financial-inclusion",
            "tenant-engagement-communication",
        ],
        "regions": ["TLK", "TLL", "TLJ"],
        "maturity": "piloted",
        "pricing_model": "per_home_per_year",
        "indicative_price_pence": 900,
        "housing_deployments": 3,
        "evidence": (
            "On 180 older solar installations at Brindle Street Homes, the tracker "
            "identified 34 systems that were not generating, most due to failed inverters. "
            "After repairs, generation across the group rose by 27%, and residents who "
            "received monthly texts used 12% more of their solar electricity than those who "
            "did not."
        ),
        "evidence_links": [],
        "certifications": ["cyber_essentials"],
        "other_certifications": "",
        "integrations": "MRI Housing, Keystone",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "Fabric First Surveys",
        "name": "Fabric First PAS 2035 Assessment",
        "summary": (
            "Retrofit assessments to PAS 2035 for social housing, at volume. Our assessors "
            "produce the condition, occupancy and energy assessments, ventilation and "
            "moisture risk checks, and the medium-term improvement plan for each home, "
            "lodged with TrustMark and delivered in a format you can load into your asset "
            "system."
        ),
        "description": (
            "Each assessment includes a full RdSAP survey, a building condition survey, an "
            "occupancy assessment with the resident, ventilation and moisture risk "
            "assessment and significance rating. Assessors take photos of every elevation, "
            "room and loft. We produce a medium-term improvement plan that sets out "
            "measures in the right order, avoiding those that could cause problems later.\n\n"
            "We plan assessments by area to reduce travel and cost, and we book "
            "appointments with residents by text and phone, with an explanation of what to "
            "expect. Our assessors are directly employed and based across the East "
            "Midlands, East of England and London, so we can reach rural homes without the "
            "travel costs of national firms.\n\n"
            "Results are provided as PDF reports, as TrustMark lodgements and as a data "
            "file for your asset system. We quality-check a sample of every assessor's work "
            "each month. Assessments can be bought alone or with our retrofit coordination "
            "service."
        ),
        "themes": ["energy-retrofit-net-zero"],
        "regions": ["TLF", "TLH", "TLI"],
        "maturity": "at_scale",
        "pricing_model": "one_off",
        "indicative_price_pence": 38_000,
        "housing_deployments": 28,
        "evidence": (
            "For Wolds Edge Homes, we completed 1,450 assessments across 120 villages in 14 "
            "weeks for a Warm Homes: Social Housing Fund bid, at an average cost of £365 "
            "per home. Quality audits found 97% of assessments fully compliant at first "
            "submission."
        ),
        "evidence_links": ["https://www.fabricfirst.co.uk/case-studies/wolds-edge-assessments"],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": (
            "TrustMark registered; PAS 2035 retrofit assessors (Level 4); Elmhurst members"
        ),
        "integrations": "Keystone, Orchard Asset Management, Apex",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "Fabric First Surveys",
        "name": "Fabric First Thermal Imaging Damp Survey",
        "summary": (
            "A damp and mould survey that combines thermal imaging, deep moisture readings "
            "and a building inspection to find the real cause, whether condensation, cold "
            "bridging, penetrating damp or a leak, so you fix the right thing first time. "
            "Reports include images that residents and the Ombudsman can understand."
        ),
        "description": (
            "Our surveyors visit when there is a temperature difference between inside and "
            "out, usually from October to April, and carry out thermal imaging of affected "
            "rooms and external walls, along with moisture readings at the surface and at "
            "depth using calibrated meters. They inspect gutters, downpipes, pointing, "
            "render, windows and roofs, check extractor fans and ventilation, and talk with "
            "residents about how the home is used.\n\n"
            "The report identifies the likely cause or causes, with thermal images showing "
            "cold spots, missing insulation or moisture patterns, and recommends repairs in "
            "order of priority. It is written in plain English, with a short summary the "
            "landlord can give the resident to meet Awaab's Law requirements.\n\n"
            "Surveys can be commissioned for single cases or for groups of homes of the "
            "same archetype, where we look for common defects. We can also use the results "
            "to update retrofit plans, as cold bridges and missing insulation found in a "
            "damp survey are often the same issues retrofit needs to address."
        ),
        "themes": ["damp-mould-condensation", "energy-retrofit-net-zero"],
        "regions": ["TLF", "TLH", "TLI"],
        "maturity": "deployed",
        "pricing_model": "one_off",
        "indicative_price_pence": 29_500,
        "housing_deployments": 9,
        "evidence": (
            "At Ashby Fold Homes, 180 thermal imaging surveys of repeat damp cases found "
            "missing or slumped cavity insulation in 46 homes and leaking gutters or "
            "downpipes in 38. Repeat damp visits in the surveyed homes fell by 58% in the "
            "following year."
        ),
        "evidence_links": ["https://www.fabricfirst.co.uk/case-studies/ashby-fold-thermal"],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": "Level 2 thermographers (BINDT); Property Care Association member",
        "integrations": "Orchard Housing, Aareon QL, NEC Housing",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "Fabric First Surveys",
        "name": "Fabric First Retrofit Coordination",
        "summary": (
            "PAS 2035 retrofit coordination for social landlords: we take responsibility "
            "for each project from assessment through design, installation and evaluation, "
            "managing risk, checking installers' work and lodging everything with "
            "TrustMark. We stand behind the quality of every home we sign off."
        ),
        "description": (
            "Our retrofit coordinators are directly employed and qualified to Level 5. For "
            "each project, they review assessments, commission or check designs, make sure "
            "ventilation and moisture risks are addressed and agree the plan with you and "
            "the resident. During installation, they inspect work at key stages, such as "
            "before insulation is covered, and sign off only when work meets the design and "
            "standards.\n\n"
            "After installation, we complete the handover with residents, explaining how to "
            "use new ventilation and heating, and we carry out the evaluation required by "
            "PAS 2035. For larger projects, we include airtightness testing and monitoring "
            "on a sample of homes.\n\n"
            "We also help you plan programmes and bids, manage installers' performance and "
            "solve problems on site. All documentation is held in our portal and lodged "
            "with TrustMark, and we provide a data file for your asset system at project "
            "close. Residents have a single named contact throughout, and we report "
            "complaints and resident feedback to you monthly."
        ),
        "themes": ["energy-retrofit-net-zero", "workforce-productivity"],
        "regions": ["TLF", "TLH", "TLI"],
        "maturity": "deployed",
        "pricing_model": "one_off",
        "indicative_price_pence": 65_000,
        "housing_deployments": 14,
        "evidence": (
            "Across 2,300 homes coordinated for four landlords since 2022, fewer than 1% "
            "have needed remedial work after sign-off. On one Heronsgate Housing project, "
            "installation defects found at our mid-stage inspections saved an estimated "
            "£180,000 in later remedial costs."
        ),
        "evidence_links": ["https://www.fabricfirst.co.uk/case-studies/retrofit-coordination"],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": "TrustMark registered; Level 5 retrofit coordinators",
        "integrations": "Keystone, Orchard Asset Management",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
    {
        "organisation": "Fabric First Surveys",
        "name": "Fabric First Traditional Homes Retrofit",
        "summary": (
            "Specialist assessment and design for retrofitting pre-1919 and traditionally "
            "built homes, including stone, solid brick and homes in conservation areas. We "
            "use breathable, moisture-safe measures and check each home's moisture risk, so "
            "retrofit does not harm the building or cause damp."
        ),
        "description": (
            "Traditional buildings behave differently from modern ones. Solid walls absorb "
            "and release moisture, and measures such as impermeable insulation, cement "
            "render or sealed windows can trap moisture and cause damp and decay. Our "
            "traditional homes service follows the guidance in PAS 2035 and BS 7913 and the "
            "work of Historic England and the Sustainable Traditional Buildings Alliance.\n\n"
            "Surveyors assess each home's construction, condition, exposure and moisture. "
            "We design measures that suit the building: breathable internal or external "
            "insulation where appropriate, lime renders and mortars, draught-proofing, "
            "secondary glazing in conservation areas, and roof and floor insulation. We "
            "assess moisture risk with hygrothermal modelling for wall insulation in "
            "exposed locations.\n\n"
            "We work with planning officers where consent is needed, and we can train your "
            "contractors in traditional building repairs. The service suits landlords with "
            "stone-built terraces, cottages and older urban homes, and can be combined with "
            "heat pump design where homes are off the gas grid."
        ),
        "themes": ["energy-retrofit-net-zero", "damp-mould-condensation"],
        "regions": ["TLF", "TLH", "TLI"],
        "maturity": "piloted",
        "pricing_model": "one_off",
        "indicative_price_pence": 120_000,
        "housing_deployments": 3,
        "evidence": (
            "For 64 stone-built homes at Calder Moor Homes, our designs with breathable "
            "internal insulation and lime repairs improved EPC ratings by an average of 14 "
            "SAP points. Hygrothermal monitoring of 12 homes over two winters showed no "
            "increase in wall moisture, and residents reported warmer homes with no new "
            "damp."
        ),
        "evidence_links": ["https://www.fabricfirst.co.uk/case-studies/calder-moor-traditional"],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": "TrustMark registered; SPAB-trained surveyors",
        "integrations": "Keystone, Aareon QL",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": False,
        "visibility": "public",
    },
    {
        "organisation": "Fabric First Surveys",
        "name": "Fabric First Post-Retrofit Evaluation",
        "summary": (
            "Independent evaluation of completed retrofit projects: airtightness testing, "
            "thermal imaging, indoor air quality and humidity monitoring, energy use and "
            "resident feedback. We tell you whether homes are performing as designed, "
            "whether residents are better off and what to change in future phases."
        ),
        "description": (
            "PAS 2035 requires monitoring and evaluation, but in many projects this amounts "
            "to a short questionnaire. Our evaluation service goes further. On a sample of "
            "homes, we test airtightness, take thermal images to check insulation "
            "continuity, and monitor temperature, humidity and CO2 for at least one heating "
            "season. With residents' consent, we compare energy use before and after works.\n\n"
            "We interview residents about comfort, bills and their experience of the works, "
            "and we review the project's records and defects. The evaluation report "
            "compares outcomes with design expectations and identifies lessons for "
            "specification, installation and resident engagement.\n\n"
            "Landlords use our evaluations to improve later phases, to report to funders "
            "and boards and to respond to residents' concerns. We can evaluate projects we "
            "coordinated or those coordinated by others, and we report honestly where "
            "things have gone wrong. Monitoring equipment is removed at the end of the "
            "evaluation, and residents receive a short summary of what we found in their "
            "home. A typical evaluation covers 20 to 40 homes and takes one heating season."
        ),
        "themes": ["energy-retrofit-net-zero", "data-systems-interoperability"],
        "regions": ["TLF", "TLH", "TLI"],
        "maturity": "piloted",
        "pricing_model": "one_off",
        "indicative_price_pence": 1_800_000,
        "housing_deployments": 4,
        "evidence": (
            "Our evaluation of a 300-home external wall insulation project for Stoneholt "
            "Housing found a 31% average fall in heating energy, but identified 22 homes "
            "with high humidity due to inadequate ventilation. Stoneholt changed its "
            "ventilation specification for the next 1,200 homes."
        ),
        "evidence_links": ["https://www.fabricfirst.co.uk/case-studies/stoneholt-evaluation"],
        "certifications": ["cyber_essentials", "iso_9001"],
        "other_certifications": "ATTMA-registered airtightness testers",
        "integrations": "Keystone",
        "processes_personal_data": True,
        "data_hosting": "uk",
        "dpia_available": True,
        "visibility": "public",
    },
]
