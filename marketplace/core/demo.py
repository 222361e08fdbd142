"""A believable, fictional sector for the demo: providers, suppliers and the programme team."""

DEMO_PASSWORD = "launchpad-demo-2026"
DEMO_STAFF_TOTP_SECRET = "LAUNCHPADDEMOSTAFFTOTPSECRET2345"

HOUSING_PROVIDERS = [
    # name, domain, registration number, ITL1 regions, homes, description
    ("Tynebridge Homes", "tynebridgehomes.org.uk", "L4501", ["TLC"], 28_500,
     "Tyneside's largest community-based landlord, with many 1960s cross-wall homes prone to condensation."),
    ("Mersey Vale Housing", "merseyvale.org.uk", "LH4102", ["TLD"], 41_200,
     "A stock-transfer association across Merseyside running a ten-year retrofit programme."),
    ("Pennine Hearth Housing Association", "penninehearth.org.uk", "L3877", ["TLE", "TLD"], 19_800,
     "Stone-built terraces and rural homes off the gas grid across the South Pennines."),
    ("Trent Valley Homes", "trentvalleyhomes.org.uk", "L4620", ["TLF"], 12_400,
     "Homes for older people and supported housing across Nottinghamshire and Derbyshire."),
    ("Severn Heart Housing", "severnheart.org.uk", "LH3950", ["TLG"], 33_000,
     "High-rise and estate homes in the West Midlands, midway through a building-safety programme."),
    ("Fenland Living", "fenlandliving.org.uk", "L4733", ["TLH"], 9_600,
     "A rural association with scattered stock, long travel times for repairs and rising arrears."),
    ("Thamesgate Housing Trust", "thamesgate.org.uk", "LH4888", ["TLI", "TLJ"], 52_300,
     "A London landlord with a complex data estate after three mergers."),
    ("Wessex Coast Homes", "wessexcoast.org.uk", "L4915", ["TLK"], 16_700,
     "Coastal homes exposed to wind-driven rain, with a large tenant scrutiny panel."),
]

SUPPLIERS = [
    # name, domain, company number, ITL1 regions, employees, description
    ("DampSense Ltd", "dampsense.co.uk", "11834527", ["TLC", "TLD", "TLE", "TLI"], 24,
     "Wireless humidity, temperature and CO2 sensors that flag homes at risk of mould before residents report it."),
    ("RepairFlow", "repairflow.io", "12450981", ["TLD", "TLG", "TLI"], 41,
     "Repairs triage with photo diagnosis so the right trade arrives with the right part."),
    ("RetroFit Analytics", "retrofitanalytics.co.uk", "10983345", ["TLH", "TLI", "TLJ", "TLK"], 17,
     "Stock-level retrofit modelling from EPC and survey data to plan fabric-first upgrades."),
    ("HeatWise Systems", "heatwise.energy", "SC612734", ["TLM", "TLC", "TLD"], 58,
     "Heat-pump controls and remote monitoring that keep running costs within residents' budgets."),
    ("SafeDoor Inspect", "safedoorinspect.co.uk", "13208876", ["TLG", "TLI", "TLJ"], 12,
     "Fire-door inspection app with QR-tagged doors and a compliance dashboard for building safety cases."),
    ("CareSignal", "caresignal.health", "09871234", ["TLF", "TLG", "TLE"], 33,
     "Passive activity sensing for independent living, alerting carers to changes in routine."),
    ("TenantVoice", "tenantvoice.app", "12987650", ["TLC", "TLD", "TLE", "TLF", "TLG", "TLI"], 19,
     "Omnichannel resident engagement: surveys, complaints tracking and tenant satisfaction measures."),
    ("RentPath", "rentpath.co.uk", "11456732", ["TLI", "TLJ", "TLH"], 27,
     "Predictive arrears analytics and automated benefit-entitlement checks."),
    ("AssetLens Data", "assetlens.io", "10345678", ["TLI", "TLJ", "TLK", "TLD"], 45,
     "Asset data cleansing and a single property record across housing management systems."),
    ("NeighbourWatch Digital", "neighbourwatch.digital", "NI654321", ["TLN", "TLD"], 9,
     "Anti-social behaviour case management with evidence capture from residents' phones."),
    ("VoidSwift", "voidswift.co.uk", "12765432", ["TLE", "TLF", "TLG"], 22,
     "Void turnaround scheduling that cuts re-let times by coordinating trades and inspections."),
    ("CrewPlan", "crewplan.co.uk", "11223344", ["TLC", "TLD", "TLE", "TLM"], 36,
     "Dynamic scheduling and mobile working for repairs operatives."),
    ("MouldGuard Coatings", "mouldguard.co.uk", "08765432", ["TLK", "TLJ", "TLL"], 64,
     "Anti-mould treatments with condition monitoring and a three-year re-inspection service."),
    ("SolarShare Communities", "solarshare.coop", "IP031234", ["TLK", "TLL", "TLJ"], 14,
     "Community-owned rooftop solar for social housing with shared savings for residents."),
    ("Fabric First Surveys", "fabricfirst.co.uk", "13456789", ["TLF", "TLH", "TLI"], 29,
     "PAS 2035 retrofit assessments and coordination for whole-house retrofit."),
]

PROGRAMME_TEAM = ("Launchpad Programme Team", "launchpad.test")
