"""The taxonomy the first migration loads; staff edit it in the admin afterwards."""

THEMES = [
    (
        "damp-mould-condensation",
        "Damp, mould and condensation",
        "Detecting, preventing and fixing damp and mould, and responding to residents' reports.",
    ),
    (
        "repairs-maintenance",
        "Repairs and maintenance",
        "Responsive repairs, planned maintenance, diagnostics and first-time fix.",
    ),
    (
        "energy-retrofit-net-zero",
        "Energy, retrofit and net zero",
        "Insulation, heat pumps, solar, EPC improvement and decarbonisation programmes.",
    ),
    (
        "building-fire-safety",
        "Building and fire safety",
        "Fire doors, compartmentation, high-rise safety cases and compliance checks.",
    ),
    (
        "health-care-independent-living",
        "Health, care and independent living",
        "Adaptations, assistive technology and support for older and disabled residents.",
    ),
    (
        "tenant-engagement-communication",
        "Tenant engagement and communication",
        "Hearing residents, complaints, satisfaction measures and digital channels.",
    ),
    (
        "income-arrears-financial-inclusion",
        "Income, arrears and financial inclusion",
        "Rent collection, arrears prevention, benefits advice and fuel poverty.",
    ),
    (
        "data-systems-interoperability",
        "Data, systems and interoperability",
        "Asset data quality, housing management systems and sharing data safely.",
    ),
    (
        "community-safety-asb",
        "Community safety and anti-social behaviour",
        "Reporting, preventing and resolving anti-social behaviour and neighbourhood issues.",
    ),
    (
        "allocations-homelessness",
        "Allocations and homelessness",
        "Lettings, void turnaround, temporary accommodation and homelessness prevention.",
    ),
    (
        "workforce-productivity",
        "Workforce and productivity",
        "Scheduling, mobile working, skills and the productivity of frontline teams.",
    ),
]

# The twelve ITL1 regions of the United Kingdom, by their ONS codes.
REGIONS = [
    ("TLC", "North East"),
    ("TLD", "North West"),
    ("TLE", "Yorkshire and The Humber"),
    ("TLF", "East Midlands"),
    ("TLG", "West Midlands"),
    ("TLH", "East of England"),
    ("TLI", "London"),
    ("TLJ", "South East"),
    ("TLK", "South West"),
    ("TLL", "Wales"),
    ("TLM", "Scotland"),
    ("TLN", "Northern Ireland"),
]
