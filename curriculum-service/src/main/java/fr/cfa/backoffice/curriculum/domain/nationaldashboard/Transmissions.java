package fr.cfa.backoffice.curriculum.domain.nationaldashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cfa.backoffice.curriculum.api.NationalDashboardRecord;
import fr.cfa.backoffice.curriculum.api.TransmissionView;
import fr.cfa.backoffice.curriculum.config.NationalDashboardConfig;
import fr.cfa.backoffice.curriculum.persistence.EnrollmentRepository;
import fr.cfa.backoffice.curriculum.persistence.RejectionEntity;
import fr.cfa.backoffice.curriculum.persistence.RejectionRepository;
import fr.cfa.backoffice.curriculum.persistence.SentRecordEntity;
import fr.cfa.backoffice.curriculum.persistence.SentRecordRepository;
import fr.cfa.backoffice.curriculum.persistence.TransmissionEntity;
import fr.cfa.backoffice.curriculum.persistence.TransmissionRepository;
import fr.cfa.backoffice.platform.problem.ConflictException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Sends the learners' records to the national dashboard: those whose record changed since it was last sent (by
 * fingerprint), in batches of at most 2 000. Each answered batch is recorded in its own transaction, so a transmission
 * that stops (401, the State unavailable, the process killed) loses nothing: the records not answered are sent next time.
 */
@ApplicationScoped
public class Transmissions {
    private static final Logger LOG = Logger.getLogger(Transmissions.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** A RUNNING transmission older than this was left by a stopped process (so is a daily claim with nothing sent since). */
    static final java.time.Duration STALE_AFTER = java.time.Duration.ofMinutes(30);

    public enum Trigger { DAILY, MANUAL }

    @Inject
    NationalDashboardClient client;

    @Inject
    NationalDashboardConfig config;

    @Inject
    NationalRecords records;

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    SentRecordRepository sentRecords;

    @Inject
    TransmissionRepository transmissions;

    @Inject
    RejectionRepository rejections;

    @Inject
    NationalDashboardQueries queries;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    @Inject
    Clock clock;

    /** 1 while the State refuses our key (alert on it), 0 otherwise. */
    private final AtomicInteger keyRefused = new AtomicInteger();

    @PostConstruct
    void gauges() {
        metrics.gauge("national_dashboard.key.refused", keyRefused);
    }

    public boolean configured() {
        return client.configured();
    }

    /** A learner's record ready to send. */
    record Pending(UUID enrollmentId, String schoolYear, byte[] json, String fingerprint) {}

    /** @param requestedBy the manager's name; null for the daily job */
    public TransmissionView run(Trigger trigger, String requestedBy) {
        if (!configured()) {
            throw new ConflictException("national-dashboard-not-configured", "No transmission: NATIONAL_DASHBOARD_URL and NATIONAL_DASHBOARD_KEY "
                    + "must both be set", Map.of());
        }
        UUID id = begin(trigger, requestedBy);
        Tally tally = new Tally();
        try {
            List<Pending> pending = pending();
            for (int from = 0; from < pending.size(); from += config.batchSize()) {
                List<Pending> batch = pending.subList(from, Math.min(pending.size(), from + config.batchSize()));
                NationalDashboardClient.Answer answer = client.send(array(batch));
                if (answer instanceof NationalDashboardClient.Answer.Queued queued) {
                    recordBatch(id, batch, queued.errors(), tally);
                } else if (answer instanceof NationalDashboardClient.Answer.Unauthorized refused) {
                    keyRefused.set(1);
                    // The key itself is never written: only that it was refused, and what to do.
                    LOG.errorf("National dashboard refused the exchange key (HTTP %d): transmission %s stopped after %d of %d records; "
                            + "nothing more is sent until NATIONAL_DASHBOARD_KEY is replaced", refused.status(), id, tally.sent, pending.size());
                    return finish(id, TransmissionState.UNAUTHORIZED, "The State refused the exchange key (HTTP " + refused.status()
                            + "): replace NATIONAL_DASHBOARD_KEY", tally);
                } else {
                    String why = ((NationalDashboardClient.Answer.Failed) answer).why();
                    LOG.errorf("National dashboard transmission %s stopped after %d of %d records: %s", id, tally.sent, pending.size(), why);
                    return finish(id, TransmissionState.FAILED, why, tally);
                }
            }
            keyRefused.set(0);
            return finish(id, TransmissionState.COMPLETED, null, tally);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return finish(id, TransmissionState.INTERRUPTED, "Interrupted", tally);
        } catch (RuntimeException e) {
            LOG.errorf(e, "National dashboard transmission %s failed", id);
            finish(id, TransmissionState.FAILED, "Internal error: " + e.getClass().getSimpleName(), tally);
            throw e;
        }
    }

    private UUID begin(Trigger trigger, String requestedBy) {
        UUID id = UUID.randomUUID();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                OffsetDateTime now = OffsetDateTime.now(clock);
                for (TransmissionEntity stale : transmissions.runningStartedBefore(now.minus(STALE_AFTER))) {
                    stale.state = TransmissionState.INTERRUPTED.name();
                    stale.finishedAt = now;
                    stale.failure = "Never finished (the process stopped); the records not answered are sent next time";
                }
                transmissions.flush();
                TransmissionEntity t = new TransmissionEntity();
                t.id = id;
                t.trigger = trigger.name();
                t.requestedBy = requestedBy;
                t.startedAt = now;
                t.state = TransmissionState.RUNNING.name();
                transmissions.persist(t);
                transmissions.flush();
            });
        } catch (RuntimeException e) {
            if (!uniqueViolation(e)) throw e;
            // national_dashboard_one_running: another transmission (another replica, the daily job) is running
            throw new ConflictException("transmission-in-progress", "A transmission to the national dashboard is already running", Map.of());
        }
        return id;
    }

    /** Every identifiable learner's record whose fingerprint differs from the one last sent. */
    List<Pending> pending() {
        return QuarkusTransaction.requiringNew().call(() -> {
            LocalDate today = LocalDate.now(clock);
            Map<UUID, String> sent = sentRecords.fingerprints();
            List<Pending> pending = new ArrayList<>();
            for (NationalRecords.Learner learner : records.load(enrollments.identifiable())) {
                NationalDashboardRecord record = records.record(learner, today);
                byte[] bytes = bytes(record);
                String fingerprint = sha256(bytes);
                if (!fingerprint.equals(sent.get(learner.enrollment().id))) {
                    pending.add(new Pending(learner.enrollment().id, record.anneeScolaire(), bytes, fingerprint));
                }
            }
            return pending;
        });
    }

    private void recordBatch(UUID transmissionId, List<Pending> batch, List<NationalDashboardClient.RecordError> errors, Tally tally) {
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            Map<UUID, List<NationalDashboardClient.RecordError>> byLearner = new java.util.HashMap<>();
            for (NationalDashboardClient.RecordError error : errors) {
                UUID learner = learnerOf(error, batch);
                if (learner != null) byLearner.computeIfAbsent(learner, k -> new ArrayList<>()).add(error);
                else LOG.warnf("National dashboard rejected a record it did not name (transmission %s): %s", transmissionId, error.message());
            }
            Map<UUID, SentRecordEntity> already = sentRecords.of(batch.stream().map(Pending::enrollmentId).toList());
            for (Pending p : batch) {
                List<NationalDashboardClient.RecordError> own = byLearner.get(p.enrollmentId());
                SentRecordEntity sent = already.get(p.enrollmentId());
                boolean first = sent == null;
                if (first) {
                    sent = new SentRecordEntity();
                    sent.enrollmentId = p.enrollmentId();
                }
                sent.schoolYear = p.schoolYear();
                sent.fingerprint = p.fingerprint();
                sent.outcome = own == null ? "ACCEPTED" : "REJECTED";
                sent.transmissionId = transmissionId;
                sent.sentAt = now;
                if (first) sentRecords.persist(sent);
                if (own != null) {
                    for (NationalDashboardClient.RecordError error : own) {
                        RejectionEntity r = new RejectionEntity();
                        r.transmissionId = transmissionId;
                        r.enrollmentId = p.enrollmentId();
                        r.field = truncated(error.field(), 100);
                        r.message = truncated(error.message(), 500);
                        rejections.persist(r);
                    }
                }
            }
            tally.batches++;
            tally.sent += batch.size();
            tally.rejected += byLearner.size();
            TransmissionEntity t = transmissions.findById(transmissionId);
            t.batches = tally.batches;
            t.sent = tally.sent;
            t.rejected = tally.rejected;
            t.accepted = tally.sent - tally.rejected;
        });
    }

    /** The learner an error names, by id_erp_apprenant, else by its index in the batch. */
    private static UUID learnerOf(NationalDashboardClient.RecordError error, List<Pending> batch) {
        if (error.idErpApprenant() != null) {
            for (Pending p : batch) if (p.enrollmentId().toString().equals(error.idErpApprenant())) return p.enrollmentId();
        }
        if (error.index() != null && error.index() >= 0 && error.index() < batch.size()) return batch.get(error.index()).enrollmentId();
        return null;
    }

    private TransmissionView finish(UUID id, TransmissionState state, String failure, Tally tally) {
        QuarkusTransaction.requiringNew().run(() -> {
            TransmissionEntity t = transmissions.findById(id);
            t.state = state.name();
            t.finishedAt = OffsetDateTime.now(clock);
            t.failure = truncated(failure, 500);
        });
        metrics.counter("national_dashboard.transmissions", "state", state.name()).increment();
        metrics.counter("national_dashboard.records.sent").increment(tally.sent);
        metrics.counter("national_dashboard.records.rejected").increment(tally.rejected);
        return QuarkusTransaction.requiringNew().call(() -> queries.transmission(id));
    }

    private byte[] array(List<Pending> batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * 1024);
        out.write('[');
        for (int i = 0; i < batch.size(); i++) {
            if (i > 0) out.write(',');
            out.writeBytes(batch.get(i).json());
        }
        out.write(']');
        return out.toByteArray();
    }

    private byte[] bytes(NationalDashboardRecord record) {
        try {
            return json.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A national record could not be written", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) return true;
        }
        return false;
    }

    private static String truncated(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static final class Tally {
        int batches;
        int sent;
        int rejected;
    }
}
