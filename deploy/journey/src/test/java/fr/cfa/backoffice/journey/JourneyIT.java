package fr.cfa.backoffice.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cfa.backoffice.journey.client.admissions.model.Application;
import fr.cfa.backoffice.journey.client.admissions.model.ApplicationRequest;
import fr.cfa.backoffice.journey.client.admissions.model.DecisionOutcome;
import fr.cfa.backoffice.journey.client.admissions.model.DecisionRequest;
import fr.cfa.backoffice.journey.client.admissions.model.InterviewOutcomeRequest;
import fr.cfa.backoffice.journey.client.admissions.model.InterviewScheduleRequest;
import fr.cfa.backoffice.journey.client.admissions.model.PersonRequest;
import fr.cfa.backoffice.journey.client.admissions.model.QualificationRequest;
import fr.cfa.backoffice.journey.client.admissions.model.Recommendation;
import fr.cfa.backoffice.journey.client.admissions.model.ReviewOutcome;
import fr.cfa.backoffice.journey.client.admissions.model.ReviewRequest;
import fr.cfa.backoffice.journey.client.admissions.model.RqthRequest;
import fr.cfa.backoffice.journey.client.admissions.model.SelectionStatus;
import fr.cfa.backoffice.journey.client.certification.model.Certificate;
import fr.cfa.backoffice.journey.client.certification.model.CertificateVerification;
import fr.cfa.backoffice.journey.client.certification.model.CertificationEligibility;
import fr.cfa.backoffice.journey.client.certification.model.Indicators;
import fr.cfa.backoffice.journey.client.certification.model.JuryMemberRequest;
import fr.cfa.backoffice.journey.client.certification.model.Missing;
import fr.cfa.backoffice.journey.client.certification.model.ProfessionalFileRequest;
import fr.cfa.backoffice.journey.client.certification.model.Registration;
import fr.cfa.backoffice.journey.client.certification.model.RegistrationRequest;
import fr.cfa.backoffice.journey.client.certification.model.ResultsRequest;
import fr.cfa.backoffice.journey.client.certification.model.Session;
import fr.cfa.backoffice.journey.client.certification.model.SessionRequest;
import fr.cfa.backoffice.journey.client.curriculum.model.AttendanceMarkRequest;
import fr.cfa.backoffice.journey.client.curriculum.model.AttendanceSheetRequest;
import fr.cfa.backoffice.journey.client.curriculum.model.CalendarWeek;
import fr.cfa.backoffice.journey.client.curriculum.model.Cohort;
import fr.cfa.backoffice.journey.client.curriculum.model.CohortCalendar;
import fr.cfa.backoffice.journey.client.curriculum.model.CohortRequest;
import fr.cfa.backoffice.journey.client.curriculum.model.CohortStatus;
import fr.cfa.backoffice.journey.client.curriculum.model.Enrollment;
import fr.cfa.backoffice.journey.client.curriculum.model.HalfDay;
import fr.cfa.backoffice.journey.client.curriculum.model.LearnerAttendance;
import fr.cfa.backoffice.journey.client.curriculum.model.LearnerStatus;
import fr.cfa.backoffice.journey.client.curriculum.model.Mark;
import fr.cfa.backoffice.journey.client.curriculum.model.ModuleHours;
import fr.cfa.backoffice.journey.client.curriculum.model.ModuleOutcome;
import fr.cfa.backoffice.journey.client.curriculum.model.ModuleResultRequest;
import fr.cfa.backoffice.journey.client.curriculum.model.NationalDashboardRecord;
import fr.cfa.backoffice.journey.client.curriculum.model.PageNationalDashboardRecord;
import fr.cfa.backoffice.journey.client.curriculum.model.Transmission;
import fr.cfa.backoffice.journey.client.curriculum.model.TransmissionState;
import fr.cfa.backoffice.journey.client.curriculum.model.ProgrammeModule;
import fr.cfa.backoffice.journey.client.curriculum.model.PublicHoliday;
import fr.cfa.backoffice.journey.client.curriculum.model.WeekKind;
import fr.cfa.backoffice.journey.client.placement.model.Contract;
import fr.cfa.backoffice.journey.client.placement.model.Cerfa;
import fr.cfa.backoffice.journey.client.placement.model.ContractCerfaFields;
import fr.cfa.backoffice.journey.client.placement.model.ContractRequest;
import fr.cfa.backoffice.journey.client.placement.model.ContractStatus;
import fr.cfa.backoffice.journey.client.placement.model.Employer;
import fr.cfa.backoffice.journey.client.placement.model.EmployerKind;
import fr.cfa.backoffice.journey.client.placement.model.EmployerCerfaFields;
import fr.cfa.backoffice.journey.client.placement.model.EmployerRequest;
import fr.cfa.backoffice.journey.client.placement.model.EvaluationRequest;
import fr.cfa.backoffice.journey.client.placement.model.Offer;
import fr.cfa.backoffice.journey.client.placement.model.OfferRequest;
import fr.cfa.backoffice.journey.client.placement.model.OfferStatus;
import fr.cfa.backoffice.journey.client.placement.model.Rating;
import fr.cfa.backoffice.journey.client.placement.model.Sector;
import fr.cfa.backoffice.journey.client.placement.model.Tutor;
import fr.cfa.backoffice.journey.client.placement.model.TutorRequest;
import fr.cfa.backoffice.platform.testing.TestTokens;
import fr.cfa.backoffice.platform.testing.contract.PublishedEvents;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A learner's whole journey, black-box: the four services as built (production jars, separate JVMs) on a real PostgreSQL
 * and a real Kafka broker, driven only through the Java clients generated from the committed OpenAPI documents and the
 * simulated clock ({@code /q/clock}, an operation of every document). Each step is named by what its user sees; a
 * failure names the step. Eventual consistency is awaited by reading again through the clients (bounded), never slept.
 */
class JourneyIT {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ObjectMapper JSON = new ObjectMapper();

    // DEVELOPMENT tokens (the committed key pair of deploy/local/dev-keys), accepted because the services run with
    // BACKOFFICE_DEVELOPMENT_KEYS_ALLOWED=true, as deploy/local does. They prove nothing anywhere else.
    static final String TRAINER = TestTokens.forUser("trainer", "tom.trainer");
    static final String ADMISSIONS_OFFICER = TestTokens.forUser("admissions-officer", "adele.admissions");
    static final String PLACEMENT_OFFICER = TestTokens.forUser("placement-officer", "paul.placement");
    static final String CERTIFICATION_OFFICER = TestTokens.forUser("certification-officer", "chloe.certif");
    static final UUID PRESCRIBER_ID = UUID.randomUUID();
    static final String PRESCRIBER = TestTokens.forUser("prescriber", "mission-locale-93", "prescriber_id", PRESCRIBER_ID.toString());
    static final String PUBLIC = null;

    static final long MODULE_STARTED = System.nanoTime();
    static Backoffice backoffice;
    static Clients clients;
    static long servicesReady;

    // what the journey has made so far, step after step
    Cohort cohort;
    CohortCalendar calendar;
    String idempotencyKey;
    ApplicationRequest applicationRequest;
    Application application;
    UUID candidateId;
    UUID enrollmentId;
    Employer employer;
    Tutor tutor;
    Offer offer;
    String employerToken;
    Contract contract;
    Registration registration;
    String certificateNumber;
    Certificate certificate;

    @BeforeAll
    static void startTheBackOffice() throws Exception {
        Path repoRoot = Path.of(System.getProperty("journey.repo-root", "../..")).toAbsolutePath().normalize();
        Path workDir = Path.of(System.getProperty("journey.work-dir", "target/journey")).toAbsolutePath().normalize();
        long start = System.nanoTime();
        backoffice = Backoffice.start(repoRoot, workDir);
        servicesReady = System.nanoTime();
        clients = new Clients(backoffice);
        log("PostgreSQL, Kafka and the four services ready in %.1f s; logs in %s", seconds(start, servicesReady), workDir);
    }

    @AfterAll
    static void stopTheBackOffice() throws Exception {
        long stopping = System.nanoTime();
        try {
            if (backoffice != null) backoffice.close();
        } finally {
            log("everything stopped in %.1f s; this test class took %.1f s in all", seconds(stopping, System.nanoTime()),
                    seconds(MODULE_STARTED, System.nanoTime()));
        }
    }

    @Test
    void a_prescribed_candidate_over_29_with_rqth_becomes_an_apprentice_and_gets_a_verifiable_certificate() throws Exception {
        step("1. the cohort is planned", this::cohortIsPlanned);
        step("2. a prescriber applies for a person over 29 with RQTH", this::prescriberApplies);
        step("3. the prescriber's retry with the same Idempotency-Key creates nothing twice", this::retryCreatesNothingTwice);
        step("4. the file is reviewed, the interview held, the candidate admitted", this::reviewInterviewAndAdmission);
        step("5. the learner is INSCRIT sans contrat and placeable; a manager sends the records to the State's dashboard", this::enrolledWithoutContract);
        step("6. an employer is registered with a qualified tutor and an open offer", this::employerWithTutorAndOffer);
        step("7. a contract is recorded; its employer reads it, another employer gets 404", this::contractRecorded);
        step("8. the learner is APPRENTI", this::learnerIsApprentice);
        step("9. the centre weeks: attendance sheets, results M1-M8, training completed", this::centreWeeks);
        step("10. past the employer weeks: the final evaluation completes the employer period", this::employerWeeks);
        step("11. the professional file is in: the candidate is eligible", this::professionalFile);
        step("12. a session, the registration, results for every CCP: a certificate", this::sessionAndCertificate);
        step("13. the public verification says VALID", this::publicVerification);
        step("14. the credential verifies with /.well-known/jwks.json alone", this::credentialVerifies);
        step("15. the learner is FIN_DE_FORMATION", this::endOfTraining);
        step("16. the published indicators count the learner", this::indicatorsCountTheLearner);
        step("17. the State's dashboard received each version of the learner's record once: inscrit, apprenti, diploma", this::stateDashboardFeed);
        step("the five topics: valid CloudEvents of documented types, none carrying RQTH", this::publishedEvents);
        log("journey: %.1f s from the services ready to the last assertion", seconds(servicesReady, System.nanoTime()));
    }

    // ---- 1 -----------------------------------------------------------------------------------------------------------

    void cohortIsPlanned() throws Exception {
        LocalDate today = today();
        // three weeks ahead at least: time for the selection before the cycle starts
        LocalDate start = today.plusDays(21).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        cohort = clients.curriculum(TRAINER).cohorts().scheduleCohort(new CohortRequest()
                .code("JOURNEY-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 24), 36).toUpperCase())
                .startDate(start).capacity(12).place("CFA Saint-Denis, 12 rue de la République"));
        assertEquals(CohortStatus.OPEN, cohort.getStatus());
        assertEquals(start, cohort.getStartDate());
        calendar = clients.curriculum(TRAINER).cohorts().getCohortCalendar(cohort.getId());
        assertEquals(11, calendar.getCenterWeeks(), "centre weeks");
        assertEquals(13, calendar.getEmployerWeeks(), "employer weeks");
        Eventually.until("admissions knows the cohort (CohortScheduled)",
                () -> clients.admissions(ADMISSIONS_OFFICER).cohorts().getCohort(cohort.getId()), c -> start.equals(c.getStartDate()));
    }

    // ---- 2, 3 --------------------------------------------------------------------------------------------------------

    void prescriberApplies() throws Exception {
        LocalDate birthDate = cohort.getStartDate().minusYears(31).minusMonths(2); // 31 on the start date: over the limit of 29 without RQTH
        applicationRequest = new ApplicationRequest()
                .cohortId(cohort.getId())
                .person(new PersonRequest().firstName("Samia").lastName("Haddad").birthDate(birthDate).email("samia.haddad@example.org"))
                .highestQualification(new QualificationRequest().level("V").title("CAP Accompagnant éducatif petite enfance").socialField(true))
                .rqth(new RqthRequest().recognised(true).evidenceReference("MDPH-93-2026-004321"));
        idempotencyKey = UUID.randomUUID().toString();
        var answer = clients.admissions(PRESCRIBER).applications().submitApplicationWithHttpInfo(applicationRequest, idempotencyKey);
        assertEquals(201, answer.getStatusCode());
        application = answer.getData();
        candidateId = application.getCandidateId();
        assertNotNull(candidateId, "the candidate's id across the services");
        assertEquals(SelectionStatus.SUBMITTED, application.getStatus());
        assertEquals(PRESCRIBER_ID, application.getPrescriberId());
        // RQTH is health data: the prescriber does not get it back, nor the verdict on a person of 30 or more that only RQTH explains
        assertNull(application.getRqth(), "RQTH in the prescriber's answer");
        assertEquals(Boolean.TRUE, application.getEligibility().getWithheld(), "verdict withheld from the prescriber");

        Application seenByOfficer = clients.admissions(ADMISSIONS_OFFICER).applications().getApplication(application.getId());
        assertEquals(Boolean.TRUE, seenByOfficer.getRqth().getRecognised(), "the admissions officer sees the RQTH");
        assertEquals(Boolean.TRUE, seenByOfficer.getEligibility().getEligible(), "eligible: RQTH lifts the age limit");
    }

    void retryCreatesNothingTwice() throws Exception {
        var retry = clients.admissions(PRESCRIBER).applications().submitApplicationWithHttpInfo(applicationRequest, idempotencyKey);
        assertEquals(application.getId(), retry.getData().getId(), "the retry answers the first application");
        assertEquals("true", header(retry.getHeaders(), "Idempotent-Replayed"));
        var inCohort = clients.admissions(ADMISSIONS_OFFICER).applications().listApplications(cohort.getId(), null, 0, null, 20, null);
        assertEquals(1L, inCohort.getTotalItems(), "applications for the cohort");
    }

    // ---- 4 -----------------------------------------------------------------------------------------------------------

    void reviewInterviewAndAdmission() throws Exception {
        var officer = clients.admissions(ADMISSIONS_OFFICER).applications();
        Application reviewed = officer.reviewApplication(application.getId(),
                new ReviewRequest().outcome(ReviewOutcome.ACCEPTED_FOR_INTERVIEW).reason("Complete file, relevant qualification"), null);
        assertEquals(SelectionStatus.FILE_ACCEPTED, reviewed.getStatus());

        OffsetDateTime interviewAt = atParis(today().plusDays(2), 10);
        Application scheduled = officer.scheduleInterview(application.getId(), new InterviewScheduleRequest()
                .at(interviewAt).place("CFA, salle 2").interviewers(List.of("Adèle Martin", "Karim Diallo")), null);
        assertEquals(SelectionStatus.INTERVIEW_SCHEDULED, scheduled.getStatus());

        moveClockTo(interviewAt.plusHours(1)); // the interview has taken place
        Application interviewed = officer.recordInterviewOutcome(application.getId(), new InterviewOutcomeRequest()
                .attended(true).motivation(5).jobUnderstanding(4).communication(4).project(4).recommendation(Recommendation.ADMIT), null);
        assertEquals(SelectionStatus.INTERVIEWED, interviewed.getStatus());

        Application admitted = officer.decideApplication(application.getId(),
                new DecisionRequest().outcome(DecisionOutcome.ADMITTED).reason("Strong motivation and a clear project"), null);
        assertEquals(SelectionStatus.ADMITTED, admitted.getStatus());
        assertEquals(candidateId, admitted.getCandidateId());
    }

    // ---- 5 -----------------------------------------------------------------------------------------------------------

    void enrolledWithoutContract() throws Exception {
        Enrollment enrollment = Eventually.until("curriculum enrolls the admitted candidate INSCRIT_SANS_CONTRAT (CandidateAdmitted)",
                () -> clients.curriculum(TRAINER).cohorts().listCohortEnrollments(cohort.getId(), 0, 20, null).getItems().stream()
                        .filter(e -> candidateId.equals(e.getCandidateId())).findFirst().orElse(null),
                e -> e.getStatus() == LearnerStatus.INSCRIT_SANS_CONTRAT);
        enrollmentId = enrollment.getId();
        assertEquals("Samia", enrollment.getFirstName());
        transmitToTheState(); // the State sees the learner inscrit without a contract
        Eventually.until("placement lists the learner as placeable (CandidateAdmitted)",
                () -> clients.placement(PLACEMENT_OFFICER).learners().listPlaceableLearners(cohort.getId(), 0, 20, null).getItems(),
                items -> items.stream().anyMatch(l -> candidateId.equals(l.getCandidateId())));
        Eventually.until("certification knows the learner, not yet eligible (LearnerEnrolled)",
                () -> clients.certification(CERTIFICATION_OFFICER).candidates().getCandidateEligibility(candidateId),
                e -> !e.getMissing().contains(Missing.NOT_ENROLLED) && e.getMissing().contains(Missing.TRAINING_NOT_COMPLETED));
    }

    // ---- 6, 7 --------------------------------------------------------------------------------------------------------

    void employerWithTutorAndOffer() throws Exception {
        var placement = clients.placement(PLACEMENT_OFFICER);
        employer = placement.employers().registerEmployer(new EmployerRequest().legalName("Ville de Saint-Denis").siret(newSiret())
                .kind(EmployerKind.COLLECTIVITE_TERRITORIALE).sector(Sector.PUBLIC).street("2 place Victor Hugo").city("Saint-Denis").postalCode("93200")
                // the employer's part of the CERFA FA13 form: a commune (22), no collective agreement (9999)
                .cerfa(new EmployerCerfaFields().typeCode(22).specificEmployerCode(0).nafCode("84.11Z").headcount(3400).idcc("9999")));
        employerToken = TestTokens.forUser("employer", "rh.saint-denis", "employer_id", employer.getId().toString());
        // a maître d'apprentissage: a relevant level 5 diploma and two years in the trade
        tutor = clients.placement(employerToken).employers().addTutor(employer.getId(), new TutorRequest().firstName("Tina").lastName("Moreau")
                .email("tina.moreau@example.org").diplomaTitle("DE Médiateur").diplomaLevel(5).diplomaRelevant(true).relevantExperienceMonths(24)
                .jobTitle("Responsable du service médiation").birthDate(LocalDate.parse("1984-05-12")), UUID.randomUUID().toString());
        assertEquals(employer.getId(), tutor.getEmployerId());
        offer = clients.placement(employerToken).offers().publishOffer(new OfferRequest().title("Médiateur social — quartier Franc-Moisin")
                .place("Saint-Denis").startDate(cohort.getStartDate()).positions(1), UUID.randomUUID().toString());
        assertEquals(OfferStatus.OPEN, offer.getStatus());
        assertEquals(employer.getId(), offer.getEmployerId());
        assertEquals(OfferStatus.OPEN, clients.placement(PUBLIC).offers().getOffer(offer.getId(), null).getStatus(), "an open offer is public");
    }

    void contractRecorded() throws Exception {
        LocalDate end = cohort.getEndDate().plusDays(14); // on or after the cycle's end, at most two months after the end of the exams
        contract = clients.placement(PLACEMENT_OFFICER).contracts().recordContract(new ContractRequest().candidateId(candidateId)
                .employerId(employer.getId()).tutorId(tutor.getId()).offerId(offer.getId())
                .startDate(cohort.getStartDate()).endDate(end).weeklyHours(35)
                .cerfa(new ContractCerfaFields().mode(1).type(11).practicalTrainingStartDate(cohort.getStartDate()).signatureDate(today())
                        .hazardousWork(false).situationBefore("4").lastDiplomaOrClass("41").highestDiploma("43")));
        assertEquals(ContractStatus.ACTIVE, contract.getStatus());
        // the form as the employer keys it on CELIA, and where and by when to file it
        Cerfa form = clients.placement(employerToken).contracts().getContractCerfa(contract.getId());
        assertEquals(List.of(), form.getMissingFields());
        assertEquals(22, form.getEmployer().getTypeCode());
        assertEquals("Responsable du service médiation", form.getTutors().get(0).getJobTitle());
        assertEquals("DDETS", clients.placement(employerToken).contracts().getContractFiling(contract.getId()).getRecipient());
        // what the apprentice will earn at least: 31, so 100 % of the SMIC for 35 hours, from the start
        var pay = clients.placement(employerToken).contracts().getContractRemuneration(contract.getId());
        assertEquals(cohort.getStartDate(), pay.getPeriods().get(0).getFrom());
        assertEquals(0, new java.math.BigDecimal("100").compareTo(pay.getPeriods().get(0).getPercent()));
        assertEquals(pay.getPeriods().get(0).getBaseMonthlyFor35Hours(), pay.getStartingMonthlyGross());
        assertEquals(pay.getStartingMonthlyGross(), form.getContract().getStartingMonthlyGross(), "the form's starting pay");

        Contract seenByItsEmployer = clients.placement(employerToken).contracts().getContract(contract.getId());
        assertEquals(candidateId, seenByItsEmployer.getCandidateId());
        assertEquals("Samia", seenByItsEmployer.getLearnerFirstName());
        String anotherEmployer = TestTokens.forUser("employer", "rh.other", "employer_id", UUID.randomUUID().toString());
        var refused = assertThrows(fr.cfa.backoffice.journey.client.placement.invoker.ApiException.class,
                () -> clients.placement(anotherEmployer).contracts().getContract(contract.getId()));
        assertEquals(404, refused.getCode(), "another employer's read: " + refused.getResponseBody());
        assertEquals(OfferStatus.FILLED, clients.placement(PLACEMENT_OFFICER).offers().getOffer(offer.getId(), null).getStatus(),
                "its one position is taken");
    }

    // ---- 8 -----------------------------------------------------------------------------------------------------------

    void learnerIsApprentice() {
        Enrollment apprentice = Eventually.until("curriculum moves the learner to APPRENTI (ContractSigned)",
                () -> clients.curriculum(TRAINER).enrollments().getEnrollment(enrollmentId), e -> e.getStatus() == LearnerStatus.APPRENTI);
        assertEquals(contract.getId(), apprentice.getContractId());
    }

    // ---- 9 -----------------------------------------------------------------------------------------------------------

    /** Week after week: the clock moves to the Friday evening, the trainer records each half-day, then the modules that ended. */
    void centreWeeks() throws Exception {
        Set<String> assessed = clients.curriculum(PUBLIC).programme().getProgramme(null).getModules().stream()
                .filter(m -> !Boolean.TRUE.equals(m.getCertificationExam())).map(ProgrammeModule::getCode).collect(Collectors.toSet());
        List<CalendarWeek> centre = calendar.getWeeks().stream().filter(w -> w.getKind() == WeekKind.CENTER)
                .sorted(Comparator.comparing(CalendarWeek::getNumber)).toList();
        Map<String, LocalDate> lastWeekOf = new LinkedHashMap<>(); // module -> Friday of its last centre week
        centre.forEach(w -> w.getModules().forEach(m -> lastWeekOf.put(m.getModuleCode(), w.getMonday().plusDays(4))));
        var trainer = clients.curriculum(TRAINER);
        int sheets = 0;
        for (CalendarWeek week : centre) {
            LocalDate friday = week.getMonday().plusDays(4);
            moveClockTo(atParis(friday, 18));
            String module = week.getModules().stream().max(Comparator.comparing(ModuleHours::getHours)).map(ModuleHours::getModuleCode).orElseThrow();
            Set<LocalDate> holidays = week.getPublicHolidays().stream().map(PublicHoliday::getDate).collect(Collectors.toSet());
            for (LocalDate day = week.getMonday(); !day.isAfter(friday); day = day.plusDays(1)) {
                if (holidays.contains(day)) continue;
                for (HalfDay half : HalfDay.values()) {
                    trainer.attendance().recordAttendanceSheet(cohort.getId(), new AttendanceSheetRequest().date(day).halfDay(half)
                            .moduleCode(module).trainer("tom.trainer").marks(List.of(new AttendanceMarkRequest().enrollmentId(enrollmentId).mark(Mark.PRESENT))));
                    sheets++;
                }
            }
            for (var ended : lastWeekOf.entrySet()) {
                if (ended.getValue().equals(friday) && assessed.contains(ended.getKey())) {
                    trainer.enrollments().recordModuleResult(enrollmentId, ended.getKey(), new ModuleResultRequest().outcome(ModuleOutcome.ACQUIRED)
                            .score(new BigDecimal("14.5")).assessedOn(friday).assessor("tom.trainer"), null);
                }
            }
        }
        LearnerAttendance attendance = trainer.enrollments().getEnrollmentAttendance(enrollmentId);
        assertEquals(sheets, attendance.getSessions().intValue(), "half-days recorded");
        assertEquals(100, attendance.getRatePercent());
        assertTrue(assessed.stream().allMatch(lastWeekOf::containsKey), "every assessed module has centre hours: " + lastWeekOf);
        CertificationEligibility eligibility = Eventually.until("certification learns the training is completed (TrainingCompleted)",
                () -> clients.certification(CERTIFICATION_OFFICER).candidates().getCandidateEligibility(candidateId),
                e -> e.getTrainingCompletedOn() != null);
        assertTrue(eligibility.getMissing().contains(Missing.EMPLOYER_PERIOD_NOT_COMPLETED), "missing: " + eligibility.getMissing());
        log("   %d half-day sheets over %d centre weeks, %d modules acquired", sheets, centre.size(), assessed.size());
    }

    // ---- 10 ----------------------------------------------------------------------------------------------------------

    void employerWeeks() throws Exception {
        LocalDate lastEmployerDay = calendar.getWeeks().stream().filter(w -> w.getKind() == WeekKind.EMPLOYER).map(CalendarWeek::getSunday)
                .max(Comparator.naturalOrder()).orElseThrow();
        moveClockTo(atParis(lastEmployerDay.plusDays(1), 9));
        Map<String, Rating> ratings = new LinkedHashMap<>();
        for (String activity : List.of("ORGANISE_INTERVENTIONS", "WATCH_ASSIGNED_ZONE", "CONTACT_LOCAL_POPULATION", "WELCOME_AND_INFORM",
                "IDENTIFY_TENSIONS", "REGULATE_CONFLICTS", "TRACK_ACTIVITY", "NETWORKS_AND_WATCH")) {
            ratings.put(activity, Rating.ACQUIRED);
        }
        var evaluation = clients.placement(employerToken).contracts().recordEvaluation(contract.getId(), new EvaluationRequest()
                .periodFrom(contract.getStartDate()).periodTo(lastEmployerDay).ratings(ratings).comments("Autonome sur le terrain").finalReview(true), UUID.randomUUID().toString());
        assertEquals(Boolean.TRUE, evaluation.getFinalReview());
        assertEquals("rh.saint-denis", evaluation.getEvaluatedBy());
        assertEquals(Boolean.TRUE, clients.placement(employerToken).contracts().getContract(contract.getId()).getEmployerPeriodCompleted());
        CertificationEligibility eligibility = Eventually.until("certification learns the employer period is completed (EmployerPeriodCompleted)",
                () -> clients.certification(CERTIFICATION_OFFICER).candidates().getCandidateEligibility(candidateId),
                e -> e.getEmployerPeriodCompletedOn() != null);
        assertEquals(List.of(Missing.PROFESSIONAL_FILE_MISSING), eligibility.getMissing());
    }

    // ---- 11, 12 ------------------------------------------------------------------------------------------------------

    void professionalFile() throws Exception {
        CertificationEligibility eligibility = clients.certification(CERTIFICATION_OFFICER).candidates().recordProfessionalFile(candidateId,
                new ProfessionalFileRequest().receivedOn(today()).reference("DP-JOURNEY-0001"));
        assertEquals(Boolean.TRUE, eligibility.getEligible(), "missing: " + eligibility.getMissing());
        assertTrue(eligibility.getMissing().isEmpty());
    }

    void sessionAndCertificate() throws Exception {
        var officer = clients.certification(CERTIFICATION_OFFICER);
        LocalDate examDay = today().plusDays(7);
        Session session = officer.sessions().planSession(new SessionRequest().date(examDay).place("CFA, salle 3").capacity(12)
                .jury(List.of(new JuryMemberRequest().name("Mme Lefèvre").professional(true), new JuryMemberRequest().name("M. N'Diaye").professional(true))));
        registration = officer.sessions().registerCandidate(session.getId(), new RegistrationRequest().candidateId(candidateId));
        assertEquals(3, registration.getCcps().size(), "the title's CCPs: " + registration.getCcps());

        moveClockTo(atParis(examDay, 17)); // the jury has sat
        Map<String, Boolean> granted = new LinkedHashMap<>();
        registration.getCcps().forEach(ccp -> granted.put(ccp, true));
        Registration resulted = officer.sessions().recordResults(registration.getId(), new ResultsRequest().ccps(granted)
                .juryDecision("Titre délivré à l'unanimité"));
        assertEquals("WHOLE_TITLE", resulted.getOutcome());
        certificateNumber = resulted.getCertificateNumber();
        assertNotNull(certificateNumber, "the results answer names the certificate");

        var listed = officer.certificates().listCertificates(candidateId, 0, 20);
        assertEquals(List.of(certificateNumber), listed.getItems().stream().map(c -> c.getNumber()).toList(), "the candidate's certificates");
        certificate = officer.certificates().getCertificate(certificateNumber);
        assertEquals(Certificate.KindEnum.CERTIFICATE, certificate.getKind());
        assertEquals("Haddad", certificate.getHolderLastName());
        assertNotNull(certificate.getCredential());
    }

    // ---- 13, 14 ------------------------------------------------------------------------------------------------------

    void publicVerification() throws Exception {
        CertificateVerification verification = clients.certification(PUBLIC).certificates().verifyCertificate(certificateNumber, null);
        assertEquals(CertificateVerification.StatusEnum.VALID, verification.getStatus());
        assertEquals("S.H.", verification.getHolderInitials(), "only the initials are public");
        assertEquals("RNCP36241", verification.getRncpCode());
    }

    void credentialVerifies() throws Exception {
        JsonNode claims = Credentials.verify(certificate.getCredential(), clients.certification(PUBLIC).certificates().getJwks());
        assertEquals(certificateNumber, claims.path("sub").asText());
        assertEquals(backoffice.service("certification").baseUrl() + "/api/v1/certificates/" + certificateNumber + "/verification",
                claims.path("vc").path("credentialStatus").path("id").asText(), "where a verifier checks revocation");
    }

    // ---- 15, 16 ------------------------------------------------------------------------------------------------------

    void endOfTraining() {
        Eventually.until("curriculum ends the training, FIN_DE_FORMATION (CertificationResultPublished)",
                () -> clients.curriculum(TRAINER).enrollments().getEnrollment(enrollmentId), e -> e.getStatus() == LearnerStatus.FIN_DE_FORMATION);
    }

    void indicatorsCountTheLearner() throws Exception {
        Indicators figures = clients.certification(PUBLIC).indicators().getIndicators(cohort.getId(), null, null);
        assertFalse(figures.getSuccess().getWithheld(), "success rate withheld");
        assertEquals(1L, figures.getSuccess().getNumerator(), "holders of the whole title");
        assertEquals(1L, figures.getSuccess().getDenominator(), "candidates with a jury result");
        assertEquals(100.0, figures.getSuccess().getPercent());
        assertEquals(0L, figures.getDropOut().getNumerator(), "drop-outs");
        assertEquals(1L, figures.getDropOut().getDenominator(), "learners enrolled");
        assertEquals(0L, figures.getContractTermination().getNumerator(), "contracts terminated");
        assertEquals(1L, figures.getContractTermination().getDenominator(), "contracts signed");
    }

    // ---- 17 ----------------------------------------------------------------------------------------------------------

    static final String MANAGER = TestTokens.forUser("manager", "maud.manager");

    /** A manager's transmission now; the daily job sent the versions in between as the clock moved. */
    static Transmission transmitToTheState() throws Exception {
        Transmission t = clients.curriculum(MANAGER).nationalDashboard().startTransmission();
        assertEquals(TransmissionState.COMPLETED, t.getState(), "transmission " + t);
        return t;
    }

    void stateDashboardFeed() throws Exception {
        transmitToTheState();
        List<JsonNode> versions = backoffice.state().versionsOf(enrollmentId.toString());
        log("   the State received %d versions of the learner's record", versions.size());
        assertEquals(2, versions.get(0).get("statut_apprenant").asInt(), "first as inscrit");
        JsonNode apprentice = versions.stream().filter(v -> v.path("statut_apprenant").asInt() == 3).findFirst()
                .orElseThrow(() -> new AssertionError("never sent as apprenti: " + versions));
        assertEquals(cohort.getStartDate().toString(), apprentice.get("contrat_date_debut").asText());
        assertEquals(contract.getEndDate().toString(), apprentice.get("contrat_date_fin").asText());
        assertEquals(employer.getSiret(), apprentice.get("siret_employeur").asText());
        JsonNode last = versions.get(versions.size() - 1);
        assertTrue(last.get("obtention_diplome_formation").asBoolean(), "the diploma obtained: " + last);
        for (int i = 1; i < versions.size(); i++) assertNotEquals(versions.get(i - 1), versions.get(i), "a version sent twice");
        assertFalse(versions.stream().anyMatch(v -> v.has("rqth_apprenant") || v.has("date_rqth_apprenant")), "RQTH never reaches the State");
        assertEquals(0, backoffice.state().forbiddenFieldsSeen());

        // the generated client reads the same record in the State's own format
        PageNationalDashboardRecord page = clients.curriculum(MANAGER).nationalDashboard()
                .listNationalDashboardRecords(0, last.get("annee_scolaire").asText(), 100);
        NationalDashboardRecord mine = page.getItems().stream().filter(r -> enrollmentId.toString().equals(r.getIdErpApprenant())).findFirst()
                .orElseThrow(() -> new AssertionError("no record of the learner in " + page));
        assertEquals(Boolean.TRUE, mine.getObtentionDiplomeFormation());
        assertEquals(employer.getSiret(), mine.getSiretEmployeur());
    }

    // ---- events ------------------------------------------------------------------------------------------------------

    void publishedEvents() throws Exception {
        List<ConsumerRecord<String, String>> records = PublishedRecords.readAll(backoffice.kafkaBootstrap(), PublishedRecords.TOPICS);
        // each record: a CloudEvent of a type its producer's committed AsyncAPI document lists for the topic, data valid against its schema
        PublishedEvents.fromAsyncApi(Backoffice.SERVICES.stream().map(s -> backoffice.repoRoot().resolve(s + "-service/api/asyncapi.yaml")).toList())
                .assertValid(records);
        PublishedEvents.assertNoField(records, "rqth"); // health data never leaves admissions

        Map<String, List<String>> journey = new LinkedHashMap<>(); // topic -> types of this learner's and this cohort's events, in order
        for (ConsumerRecord<String, String> r : records) {
            if (candidateId.toString().equals(r.key()) || cohort.getId().toString().equals(r.key())) {
                journey.computeIfAbsent(r.topic(), t -> new ArrayList<>()).add(JSON.readTree(r.value()).path("type").asText());
            }
        }
        log("   the journey's events: %s", journey);
        assertEquals(List.of("ApplicationSubmitted.v1", "CandidateAdmitted.v1"), journey.get("admissions.applications"),
                "one ApplicationSubmitted: the retry published nothing");
        assertEquals("CohortScheduled.v1", journey.get("curriculum.cohorts").get(0));
        assertTrue(journey.get("curriculum.cohorts").contains("CohortUpdated.v1"), "the cohort started and closed");
        List<String> learner = journey.get("curriculum.learners");
        assertEquals("LearnerEnrolled.v1", learner.get(0));
        assertEquals(8, learner.stream().filter("ModuleCompleted.v1"::equals).count(), "ModuleCompleted M1-M8");
        assertEquals("TrainingCompleted.v1", learner.get(learner.size() - 1));
        assertEquals(List.of("ContractSigned.v2", "EmployerPeriodCompleted.v1"), journey.get("placement.contracts"));
        assertEquals(List.of("CertificationResultPublished.v1"), journey.get("certification.results"));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    /** Today at the centre, by the suite clock (simulated). */
    static LocalDate today() throws Exception {
        return clients.curriculum(PUBLIC).clock().getClock().getNow().atZoneSameInstant(PARIS).toLocalDate();
    }

    static OffsetDateTime atParis(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(PARIS).toOffsetDateTime();
    }

    /** Moving time is moving all four clocks, the cohorts' owner first (its events feed the others), as deploy/local/clock.sh does. */
    static void moveClockTo(OffsetDateTime to) throws Exception {
        List<OffsetDateTime> moved = List.of(
                clients.curriculum(PUBLIC).clock().moveClock(new fr.cfa.backoffice.journey.client.curriculum.model.ClockMove().now(to)).getNow(),
                clients.admissions(PUBLIC).clock().moveClock(new fr.cfa.backoffice.journey.client.admissions.model.ClockMove().now(to)).getNow(),
                clients.placement(PUBLIC).clock().moveClock(new fr.cfa.backoffice.journey.client.placement.model.ClockMove().now(to)).getNow(),
                clients.certification(PUBLIC).clock().moveClock(new fr.cfa.backoffice.journey.client.certification.model.ClockMove().now(to)).getNow());
        moved.forEach(now -> assertFalse(now.isBefore(to), "a clock at " + now + " after moving to " + to));
    }

    /** A SIRET with a valid Luhn key, different at each run. */
    static String newSiret() {
        String base = String.format("%013d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));
        for (int d = 0; d <= 9; d++) {
            String candidate = base + d;
            int sum = 0;
            for (int i = 0; i < 14; i++) {
                int digit = candidate.charAt(13 - i) - '0';
                if (i % 2 == 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
                sum += digit;
            }
            if (sum % 10 == 0) return candidate;
        }
        throw new IllegalStateException("no Luhn key for " + base);
    }

    static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).flatMap(h -> h.getValue().stream()).findFirst().orElse(null);
    }

    interface Step {
        void run() throws Exception;
    }

    static void step(String name, Step step) throws Exception {
        long start = System.nanoTime();
        try {
            step.run();
        } catch (AssertionError | Exception failure) {
            throw new AssertionError("Step \"" + name + "\" failed: " + failure.getMessage(), failure);
        }
        log("%-95s %6.2f s", name, seconds(start, System.nanoTime()));
    }

    static double seconds(long fromNanos, long toNanos) {
        return Duration.ofNanos(toNanos - fromNanos).toMillis() / 1000.0;
    }

    static void log(String format, Object... args) {
        System.out.printf("[journey] " + format + "%n", args);
    }
}
