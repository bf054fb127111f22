#!/usr/bin/env python3
"""LOCAL DEVELOPMENT ONLY: the learner's journey across the four running services (deploy/local/up.sh).

cohort on curriculum -> admissions (read model) -> application admitted -> enrolled on curriculum
-> placeable on placement -> contract signed -> APPRENTI on curriculum and counted by certification.
Prints each hop with its latency; exits 1 on the first failure. Only 127.0.0.1 is contacted.
"""
import datetime
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ADM, CUR, PLA, CER = (f"http://127.0.0.1:{p}/api/v1" for p in (8081, 8082, 8083, 8084))


def token(role, *claims):
    return subprocess.run([os.path.join(HERE, "token.sh"), role, *claims], capture_output=True, text=True, check=True).stdout.strip()


def call(method, url, tok=None, body=None, expect=(200, 201)):
    req = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if tok:
        req.add_header("Authorization", "Bearer " + tok)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            status, text = r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read().decode()
    if status not in expect:
        sys.exit(f"FAIL {method} {url}: {status} {text[:500]}")
    return json.loads(text) if text else None


def wait(what, probe, timeout=20.0):
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        try:
            if probe():
                print(f"  ok  {what} ({(time.monotonic() - start) * 1000:.0f} ms)")
                return
        except SystemExit:
            pass
        time.sleep(0.02)
    sys.exit(f"FAIL {what}: not within {timeout} s")


def luhn_siret():
    base = f"{int(time.time() * 1000) % 10**13:013d}"
    for d in range(10):
        s = base + str(d)
        total = sum((int(c) * 2 - 9 if int(c) * 2 > 9 else int(c) * 2) if i % 2 else int(c) for i, c in enumerate(reversed(s)))
        if total % 10 == 0:
            return s


def main():
    trainer, manager, officer = token("trainer"), token("manager"), token("admissions-officer")
    placement = token("placement-officer")
    today = datetime.date.today()
    start = today + datetime.timedelta(days=21 + (7 - today.weekday()) % 7)
    print(f"journey for a cohort starting {start}")

    cohort = call("POST", f"{CUR}/cohorts", trainer, {"code": "SMOKE-" + uuid.uuid4().hex[:6].upper(), "startDate": str(start), "capacity": 12})
    wait("cohort visible on admissions", lambda: call("GET", f"{ADM}/cohorts/{cohort['id']}", manager))

    app = call("POST", f"{ADM}/applications", officer, {
        "cohortId": cohort["id"],
        "person": {"firstName": "Smoke", "lastName": "Test", "birthDate": str(start.replace(year=start.year - 25)), "email": "smoke@example.org"},
        "highestQualification": {"level": "V", "socialField": True}, "rqth": {"recognised": False}})
    # an interview is scheduled in the future and its outcome recorded once it has taken place: ten seconds from now
    interview_at = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0) + datetime.timedelta(seconds=10)
    at = interview_at.isoformat()
    call("POST", f"{ADM}/applications/{app['id']}/review", officer, {"outcome": "ACCEPTED_FOR_INTERVIEW", "reason": "smoke"})
    call("POST", f"{ADM}/applications/{app['id']}/interview", officer, {"at": at, "place": "CFA", "interviewers": ["smoke"]})
    time.sleep(max(0.0, (interview_at - datetime.datetime.now(datetime.timezone.utc)).total_seconds() + 1))
    call("PUT", f"{ADM}/applications/{app['id']}/interview", officer, {"attended": True, "motivation": 4, "jobUnderstanding": 4,
                                                                       "communication": 4, "project": 4, "recommendation": "ADMIT"})
    decided = call("POST", f"{ADM}/applications/{app['id']}/decision", officer, {"outcome": "ADMITTED", "reason": "smoke"})
    assert decided["status"] == "ADMITTED", decided
    candidate = decided["candidateId"]
    print(f"  ok  application admitted (candidate {candidate})")

    def enrollment():
        items = call("GET", f"{CUR}/cohorts/{cohort['id']}/enrollments", trainer)["items"]
        return next((e for e in items if e["candidateId"] == candidate), None)
    wait("enrolled on curriculum as INSCRIT sans contrat", lambda: enrollment() and enrollment()["status"] == "INSCRIT_SANS_CONTRAT")
    wait("placeable on placement", lambda: any(l["candidateId"] == candidate for l in
                                              call("GET", f"{PLA}/learners?cohortId={cohort['id']}", placement)["items"]))

    employer = call("POST", f"{PLA}/employers", placement, {"legalName": "Ville de Smoke", "siret": luhn_siret(),
                                                            "kind": "COLLECTIVITE_TERRITORIALE", "sector": "PUBLIC",
                                                            "street": "1 place de la Mairie", "postalCode": "93200", "city": "Saint-Denis",
                                                            "cerfa": {"typeCode": 22, "specificEmployerCode": 0, "nafCode": "84.11Z",
                                                                      "headcount": 3400, "idcc": "9999"}})
    tutor = call("POST", f"{PLA}/employers/{employer['id']}/tutors", placement, {"firstName": "Tina", "lastName": "Tutor", "diplomaLevel": 5,
                                                                               "diplomaRelevant": True, "relevantExperienceMonths": 24,
                                                                               "diplomaTitle": "DE Médiateur social", "jobTitle": "Responsable médiation",
                                                                               "birthDate": "1984-05-12"})
    end = datetime.date.fromisoformat(cohort["endDate"]) + datetime.timedelta(days=10)
    call("POST", f"{PLA}/contracts", placement, {"candidateId": candidate, "employerId": employer["id"], "tutorId": tutor["id"],
                                                 "startDate": str(start + datetime.timedelta(days=7)), "endDate": str(end), "weeklyHours": 35,
                                                 "cerfa": {"mode": 1, "type": 11, "practicalTrainingStartDate": str(start + datetime.timedelta(days=7)),
                                                           "signatureDate": str(today), "hazardousWork": False, "situationBefore": "4",
                                                           "lastDiplomaOrClass": "41", "highestDiploma": "43"}})
    print("  ok  contract signed on placement")
    wait("APPRENTI on curriculum", lambda: enrollment()["status"] == "APPRENTI")
    wait("known to certification (not yet eligible)", lambda: "TRAINING_NOT_COMPLETED" in
         call("GET", f"{CER}/candidates/{candidate}/eligibility", token("certification-officer"))["missing"]
         and "NOT_ENROLLED" not in call("GET", f"{CER}/candidates/{candidate}/eligibility", token("certification-officer"))["missing"])
    print("journey OK")


if __name__ == "__main__":
    main()
