"""Posts the browser tests write: one the checks raise, one they let pass."""

RISKY = "Yet ANOTHER ridiculous article about school funding. Do some research!!!"
CLEAN = ("Lots of questions about school funding this week. The rules are on GOV.UK: "
         "https://www.gov.uk/guidance/school-funding (I work on this at the DfE.)")
