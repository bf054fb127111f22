package fr.cfa.backoffice.curriculum.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cfa.backoffice.curriculum.domain.CohortStatus;
import fr.cfa.backoffice.curriculum.domain.attendance.HalfDay;
import fr.cfa.backoffice.curriculum.domain.attendance.Mark;
import fr.cfa.backoffice.curriculum.domain.enrollment.LearnerStatus;
import fr.cfa.backoffice.curriculum.persistence.AttendanceMarkEntity;
import fr.cfa.backoffice.curriculum.persistence.AttendanceMarkRepository;
import fr.cfa.backoffice.curriculum.persistence.AttendanceSheetEntity;
import fr.cfa.backoffice.curriculum.persistence.AttendanceSheetRepository;
import fr.cfa.backoffice.curriculum.persistence.CcpEntity;
import fr.cfa.backoffice.curriculum.persistence.CcpRepository;
import fr.cfa.backoffice.curriculum.persistence.CohortEntity;
import fr.cfa.backoffice.curriculum.persistence.CohortRepository;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentContractEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentContractRepository;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentHistoryEntity;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentHistoryRepository;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentRepository;
import fr.cfa.backoffice.curriculum.persistence.ProgrammeModuleEntity;
import fr.cfa.backoffice.curriculum.persistence.ProgrammeModuleRepository;
import fr.cfa.backoffice.curriculum.persistence.ProgrammeVersionEntity;
import fr.cfa.backoffice.curriculum.persistence.ProgrammeVersionRepository;
import fr.cfa.backoffice.curriculum.persistence.RejectionEntity;
import fr.cfa.backoffice.curriculum.persistence.RejectionRepository;
import fr.cfa.backoffice.curriculum.persistence.TransmissionEntity;
import fr.cfa.backoffice.curriculum.persistence.TransmissionRepository;
import fr.cfa.backoffice.platform.testing.SqlStatements;
import fr.cfa.backoffice.platform.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import fr.cfa.backoffice.platform.web.cache.PublicResponseCache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every GET answering rows (a page, or a list inside one answer) prepares as many SQL statements for 100 rows as for 1:
 * nothing is loaded per row. The rows are seeded through the repositories, in the shape the events and commands leave them.
 */
@QuarkusTest
class ListsCostTheSameAtAnyPageSizeTest {
    static final String TRAINER = TestTokens.forUser("trainer", "tom.trainer");
    static final String PLACEMENT = TestTokens.forRole("placement-officer");
    static final UUID ACTIVE_PROGRAMME = UUID.fromString("6d1c3c5e-36b1-4b8e-9a2f-36241a000001");
    /** A Monday long before any other test's cohort: its learners are the only ones to accompany on the days counted here. */
    static final LocalDate LONG_AGO = LocalDate.parse("1990-01-01");

    @Inject
    CohortRepository cohorts;

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    EnrollmentHistoryRepository history;

    @Inject
    EnrollmentContractRepository contractsOfLearners;

    @Inject
    TransmissionRepository transmissions;

    @Inject
    RejectionRepository rejections;

    @Inject
    AttendanceSheetRepository sheets;

    @Inject
    AttendanceMarkRepository marks;

    @Inject
    ProgrammeVersionRepository programmes;

    @Inject
    CcpRepository ccps;

    @Inject
    ProgrammeModuleRepository modules;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PublicResponseCache publicAnswers;

    static String code() {
        return "N1-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    UUID cohort(LocalDate start, UUID programmeVersionId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CohortEntity c = new CohortEntity();
            c.id = UUID.randomUUID();
            c.code = code();
            c.startDate = start;
            c.endDate = start.plusWeeks(24).minusDays(1);
            c.capacity = 200;
            c.status = CohortStatus.OPEN;
            c.programmeVersionId = programmeVersionId;
            c.createdBy = "n-plus-one";
            c.createdAt = OffsetDateTime.now();
            cohorts.persist(c);
            return c.id;
        });
    }

    /** {@code count} learners of the cohort; learner i in its status since {@code since + i days}, every fifth a rupturant. */
    List<UUID> learners(UUID cohortId, int count, LocalDate since, boolean someRupturants) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                EnrollmentEntity e = new EnrollmentEntity();
                e.id = UUID.randomUUID();
                e.candidateId = UUID.randomUUID();
                e.cohortId = cohortId;
                e.firstName = "L" + i;
                e.lastName = "N" + String.format("%03d", i);
                e.birthDate = LocalDate.parse("2001-01-01");
                boolean rupturant = someRupturants && i % 5 == 4;
                e.status = rupturant ? LearnerStatus.RUPTURANT : LearnerStatus.INSCRIT_SANS_CONTRAT;
                e.statusSince = since.plusDays(i);
                e.enrolledOn = rupturant ? since : e.statusSince; // admitted on the day their status began, or before their contract
                if (rupturant) {
                    e.contractId = UUID.randomUUID();
                    e.contractTerminatedOn = e.statusSince;
                }
                e.updatedAt = OffsetDateTime.now();
                e.statusChangedAt = e.updatedAt;
                enrollments.persist(e);
                if (rupturant) {
                    EnrollmentContractEntity c = new EnrollmentContractEntity();
                    c.key = new EnrollmentContractEntity.Key(e.id, e.contractId);
                    c.ordinal = 1;
                    c.startDate = since;
                    c.endDate = since.plusYears(1);
                    c.employerSiret = "21930066000014";
                    c.terminatedOn = e.contractTerminatedOn;
                    c.terminationGround = "MUTUAL_AGREEMENT";
                    contractsOfLearners.persist(c);
                }
                ids.add(e.id);
            }
            return ids;
        });
    }

    UUID sheet(UUID cohortId, LocalDate date, HalfDay halfDay, List<UUID> learners) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AttendanceSheetEntity s = new AttendanceSheetEntity();
            s.id = UUID.randomUUID();
            s.cohortId = cohortId;
            s.sessionDate = date;
            s.halfDay = halfDay;
            s.moduleCode = "M1";
            s.trainer = "tom.trainer";
            s.recordedBy = "tom.trainer";
            s.recordedAt = OffsetDateTime.now();
            sheets.persist(s);
            for (int i = 0; i < learners.size(); i++) {
                AttendanceMarkEntity m = new AttendanceMarkEntity();
                m.sheetId = s.id;
                m.enrollmentId = learners.get(i);
                m.mark = Mark.values()[i % Mark.values().length];
                m.amended = i % 7 == 0;
                marks.persist(m);
            }
            return s.id;
        });
    }

    void statusChanges(UUID enrollmentId, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                EnrollmentHistoryEntity h = new EnrollmentHistoryEntity();
                h.enrollmentId = enrollmentId;
                h.fromStatus = i == 0 ? null : (i % 2 == 1 ? LearnerStatus.INSCRIT_SANS_CONTRAT : LearnerStatus.APPRENTI);
                h.toStatus = i == 0 ? LearnerStatus.INSCRIT_SANS_CONTRAT : (i % 2 == 1 ? LearnerStatus.APPRENTI : LearnerStatus.RUPTURANT);
                h.effectiveOn = LocalDate.parse("2026-01-12").plusDays(i);
                h.recordedAt = OffsetDateTime.now();
                h.cause = i == 0 ? "CandidateAdmitted" : (i % 2 == 1 ? "ContractSigned" : "ContractTerminated");
                history.persist(h);
            }
        });
    }

    /** An inactive programme version of {@code size} CCPs and {@code size} one-hour modules (none of them the exam). */
    UUID programme(int size) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ProgrammeVersionEntity p = new ProgrammeVersionEntity();
            p.id = UUID.randomUUID();
            p.code = "MSADS";
            p.version = 1000 + (int) (Math.abs(p.id.getLeastSignificantBits()) % 1_000_000);
            p.title = "Programme of " + size + " modules";
            p.rncpCode = "RNCP00000";
            p.level = 4;
            p.certifier = "Test";
            p.registeredUntil = LocalDate.parse("2030-01-01");
            p.centerWeeks = 11;
            p.employerWeeks = 13;
            p.active = false;
            programmes.persist(p);
            for (int i = 1; i <= size; i++) {
                CcpEntity ccp = new CcpEntity();
                ccp.programmeVersion = p;
                ccp.code = "C" + i;
                ccp.title = "CCP " + i;
                ccp.position = i;
                ccps.persist(ccp);
                ProgrammeModuleEntity m = new ProgrammeModuleEntity();
                m.programmeVersion = p;
                m.code = "X" + i;
                m.title = "Module " + i;
                m.position = i;
                m.plannedHours = 1;
                m.ccpCode = ccp.code;
                modules.persist(m);
            }
            return p.id;
        });
    }

    /** What a migration revising the programme does (see ProgrammeVersionTest), in plain JDBC so it is not counted. */
    void activate(UUID programmeVersionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement off = c.prepareStatement("update programme_version set active = false where code = 'MSADS' and active");
             PreparedStatement on = c.prepareStatement("update programme_version set active = true where id = ?")) {
            off.executeUpdate();
            on.setObject(1, programmeVersionId);
            on.executeUpdate();
            publicAnswers.changed(); // reference data changed behind the service's back, as a migration does before a restart
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static JsonPath get(String token, String path) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).extract().jsonPath();
    }

    /** 100 learners in one cohort; the first has 100 marks (one sheet of all, 99 of them alone) and 100 status changes, the second one each. */
    record Seeded(UUID cohortId, List<UUID> learners, UUID sheetOfAll, UUID sheetOfOne) {}

    Seeded cohortOfAHundred() {
        UUID cohortId = cohort(LocalDate.parse("2026-01-12"), ACTIVE_PROGRAMME);
        List<UUID> learners = learners(cohortId, 100, LocalDate.parse("2026-01-12"), true);
        LocalDate day = LocalDate.parse("2026-01-13");
        UUID ofAll = sheet(cohortId, day, HalfDay.MORNING, learners);
        UUID ofOne = null;
        for (int i = 1; i < 100; i++) {
            UUID id = sheet(cohortId, day.plusDays(i / 2 + 1), i % 2 == 0 ? HalfDay.MORNING : HalfDay.AFTERNOON, List.of(learners.get(0)));
            if (ofOne == null) ofOne = id;
        }
        statusChanges(learners.get(0), 100);
        statusChanges(learners.get(1), 1);
        return new Seeded(cohortId, learners, ofAll, ofOne);
    }

    @Test
    void listCohorts() {
        long existing = QuarkusTransaction.requiringNew().call(() -> cohorts.count());
        for (long i = existing; i < 100; i++) cohort(LocalDate.parse("2026-01-12"), ACTIVE_PROGRAMME);
        SqlStatements.assertSameCostAtAnyPageSize("listCohorts", 2, size ->
                assertEquals(size, get(TRAINER, "/api/v1/cohorts?size=" + size).getList("items").size()));
    }

    @Test
    void listCohortEnrollments() {
        Seeded seeded = cohortOfAHundred();
        SqlStatements.assertSameCostAtAnyPageSize("listCohortEnrollments", 3, size ->
                assertEquals(size, get(TRAINER, "/api/v1/cohorts/" + seeded.cohortId() + "/enrollments?size=" + size).getList("items").size()));
    }

    @Test
    void listEnrollmentsToAccompany() {
        UUID cohortId = cohort(LONG_AGO, ACTIVE_PROGRAMME);
        learners(cohortId, 100, LONG_AGO, false); // learner i without a contract since LONG_AGO + i days
        // past 90 days on LONG_AGO + 90 + n: the learners since before LONG_AGO + n, n of them
        // the learners in training without a contract, their cohorts, their contracts
        SqlStatements.assertSameCostAtAnyPageSize("listEnrollmentsToAccompany", 3, size ->
                assertEquals(size, given().auth().oauth2(PLACEMENT).queryParam("on", LONG_AGO.plusDays(90 + size).toString())
                        .get("/api/v1/enrollments/to-accompany").then().statusCode(200).extract().jsonPath().getList("$").size()));
    }

    @Test
    void listNationalDashboardRecords() {
        cohortOfAHundred(); // a cohort starting 2026-01-12: school year 2025-2026
        // the page of learners and its count, their cohorts, their contracts
        SqlStatements.assertSameCostAtAnyPageSize("listNationalDashboardRecords", 4, size ->
                assertEquals(size, get(TRAINER, "/api/v1/national-dashboard/records?schoolYear=2025-2026&size=" + size).getList("items").size()));
    }

    @Test
    void previewStateView() {
        cohortOfAHundred();
        // every learner, their cohorts, their contracts
        SqlStatements.assertSameCostAtAnyPageSize("previewStateView", 3, size ->
                assertEquals(size, get(TRAINER, "/api/v1/national-dashboard/preview?on=2026-06-01&size=" + size).getList("items").size()));
    }

    @Test
    void listTransmissions() {
        QuarkusTransaction.requiringNew().run(() -> {
            UUID learner = learners(cohort(LocalDate.parse("2026-01-12"), ACTIVE_PROGRAMME), 1, LocalDate.parse("2026-01-12"), false).get(0);
            for (int i = 0; i < 100; i++) {
                TransmissionEntity t = new TransmissionEntity();
                t.id = UUID.randomUUID();
                t.trigger = "DAILY";
                t.startedAt = OffsetDateTime.now().minusDays(1000 + i);
                t.finishedAt = t.startedAt.plusSeconds(3);
                t.state = "COMPLETED";
                t.batches = 1;
                t.sent = 2;
                t.accepted = 1;
                t.rejected = 1;
                transmissions.persist(t);
                RejectionEntity r = new RejectionEntity();
                r.transmissionId = t.id;
                r.enrollmentId = learner;
                r.field = "code_postal_apprenant";
                r.message = "\"code_postal_apprenant\" must be 5 digits";
                rejections.persist(r);
            }
        });
        // the page of transmissions and its count, their rejections
        SqlStatements.assertSameCostAtAnyPageSize("listTransmissions", 3, size ->
                assertEquals(size, get(TestTokens.forRole("manager"), "/api/v1/national-dashboard/transmissions?size=" + size).getList("items").size()));
    }

    @Test
    void getAttendanceSheet() {
        Seeded seeded = cohortOfAHundred();
        SqlStatements.assertSameCostAtAnyPageSize("getAttendanceSheet", 2, size ->
                assertEquals(size, get(TRAINER, "/api/v1/cohorts/" + seeded.cohortId() + "/attendance-sheets/"
                        + (size == 1 ? seeded.sheetOfOne() : seeded.sheetOfAll())).getList("marks").size()));
    }

    @Test
    void getEnrollmentAttendance() {
        Seeded seeded = cohortOfAHundred();
        SqlStatements.assertSameCostAtAnyPageSize("getEnrollmentAttendance", 3, size ->
                assertEquals(size, get(TRAINER, "/api/v1/enrollments/" + seeded.learners().get(size == 1 ? 1 : 0) + "/attendance")
                        .getList("marks").size()));
    }

    @Test
    void getEnrollment() {
        Seeded seeded = cohortOfAHundred();
        SqlStatements.assertSameCostAtAnyPageSize("getEnrollment", 2, size ->
                assertEquals(size, get(TRAINER, "/api/v1/enrollments/" + seeded.learners().get(size == 1 ? 1 : 0)).getList("history").size()));
    }

    @Test
    void getProgramme() {
        UUID ofOne = programme(1);
        UUID ofAHundred = programme(100);
        try {
            SqlStatements.assertSameCostAtAnyPageSize("getProgramme", 3, size -> {
                activate(size == 1 ? ofOne : ofAHundred);
                JsonPath programme = given().get("/api/v1/programme").then().statusCode(200).extract().jsonPath();
                assertEquals(size, programme.getList("modules").size());
                assertEquals(size, programme.getList("ccps").size());
            });
        } finally {
            activate(ACTIVE_PROGRAMME);
        }
    }

    @Test
    void getCohortCalendar() {
        UUID onOne = cohort(LocalDate.parse("2026-01-12"), programme(1));
        UUID onAHundred = cohort(LocalDate.parse("2026-01-12"), programme(100));
        SqlStatements.assertSameCostAtAnyPageSize("getCohortCalendar", 3, size -> {
            List<List<Object>> weeks = get(TRAINER, "/api/v1/cohorts/" + (size == 1 ? onOne : onAHundred) + "/calendar").getList("weeks.modules");
            assertEquals(size, weeks.stream().mapToInt(List::size).sum(), "one-hour modules, each in one week");
        });
    }
}
