# Employer check-up rows (sourced by bench/run.sh: uses row, PORTAL_URL, RESULTS).
#   questionnaire — GET the questionnaire (public, cacheable)
#   checkup       — POST an anonymous check-up (nothing stored): 76 answers normalized, 56 rules evaluated,
#                   every cited article quoted, and five exposures computed by the entitlement calculators;
#                   req/s here is check-ups evaluated per second
python3 - >"$RESULTS/checkup.json" <<'PY'
import json
yes = """contracts.required-terms contracts.copy-given contracts.open-ended probation.uses probation.length-within-limit probation.once-only
probation.wage-floor wages.on-time wages.records-kept wages.payslip wages.in-money hours.standard hours.special-system hours.special-approved
hours.attendance-records leave.weekly-rest leave.public-holidays social.actual-base social.work-injury women.maternity-leave women.pregnant-overtime
minors.age-check minors.protected-work dispatch.positions dispatch.licensed dispatch.equal-pay rules.has-handbook rules.democratic noncompete.scope
noncompete.duration noncompete.compensation noncompete.penalty-limited termination.notice termination.compensation-paid termination.certificate
layoffs.explain-30-days layoffs.report layoffs.priority layoffs.protected disputes.complaint-channel disputes.roster profile.uses-dispatch
profile.employs-women-or-minors profile.plans-layoff profile.has-non-compete""".split()
no = """contracts.all-written hours.overtime-within-limit hours.overtime-paid leave.annual-leave social.all-enrolled rules.published
termination.union-notice termination.legal-reason disputes.mediation-committee contracts.deposit-or-documents probation.separate-contract
wages.below-minimum social.waiver women.pregnancy-dismissal women.marriage-clause minors.under-16""".split()
a = {k: "yes" for k in yes} | {k: "no" for k in no}
a |= {"profile.headcount": 150, "profile.average-wage": "5200.00", "profile.area": "fancheng", "dispatch.count": 20,
      "contracts.unwritten-count": 4, "contracts.unwritten-months": 6, "hours.unpaid-workers": 30, "hours.unpaid-hours": 20,
      "hours.unpaid-months": 6, "leave.unused-workers": 40, "leave.unused-days": 5, "social.unenrolled-count": 10,
      "social.unenrolled-years": 3, "termination.unlawful-count": 2, "termination.unlawful-years": 4}
print(json.dumps({"answers": a, "save": False}, ensure_ascii=False))
PY
row "GET compliance/questionnaire" "$PORTAL_URL/api/v1/compliance/questionnaire"
BENCH_BODY="$(cat "$RESULTS/checkup.json")" \
  row "POST compliance/checkups (anonymous, evaluated)" -s bench/post-json.lua "$PORTAL_URL/api/v1/compliance/checkups"
