package fr.cfa.backoffice.admissions.domain;

import fr.cfa.backoffice.admissions.config.AdmissionsConfig;
import fr.cfa.backoffice.admissions.domain.NewApplication.DocumentReceived;
import fr.cfa.backoffice.admissions.domain.eligibility.AgeRule;
import fr.cfa.backoffice.admissions.domain.eligibility.Ineligibility;
import fr.cfa.backoffice.admissions.persistence.ApplicationEntity;
import fr.cfa.backoffice.admissions.persistence.ApplicationHistoryEntity;
import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What each reader sees of an application: the one place that decides it. Every answer about a stored application
 * (submission, list, get, eligibility, every step) is built through it: nothing lets a partner infer RQTH, not the field, not a document type, not an eligibility
 * that only RQTH explains, not an officer's note (docs/rules.md, "Privacy"; GDPR art. 9).
 *
 * <pre>
 *                                        admissions officer   manager     prescriber
 * RQTH and its evidence reference        yes                  no          no
 * RQTH_EVIDENCE among the documents      yes                  no          no
 * eligibility verdict, aged 30 or more   yes                  withheld    withheld
 * eligibility verdict, under 30          yes                  yes         yes
 * ELIGIBILITY_REEVALUATED steps          yes                  no          no
 * interview scores                       yes                  yes         no
 * interview notes                        yes                  no          no
 * who recorded the interview             yes                  yes         no
 * step reasons                           yes                  no          its own withdrawal only
 * step actors (who took it)              yes                  yes         its own organisation's steps only
 * </pre>
 *
 * Why:
 * <ul>
 * <li>RQTH only lifts the upper age limit. For a candidate over the maximum age on the cohort's start (30 or more by
 *     default), eligible would mean RQTH; so for them the verdict is withheld whether or not they have RQTH, and a
 *     withheld verdict says nothing. The reasons that do not depend on age are still listed; AGE_OVER_MAXIMUM never is.
 *     Under 30 RQTH cannot change the verdict, so it is shown. An unknown age (erased person) is withheld too.</li>
 * <li>A re-evaluation step is written only when the verdict changes, which for a candidate crossing 30 depends on RQTH.
 *     It never changes the status, so hiding it hides nothing of the selection.</li>
 * <li>Free text (step reasons, interview notes) may carry health information: admissions officers only. Managers are
 *     staff: they see who took each step and the interview scores.</li>
 * <li>A prescriber follows its applications: each step, its statuses and time. The names and words of the centre's
 *     staff stay inside. On its own organisation's steps (submission, withdrawal) it sees the name, and on its
 *     withdrawal its own words; the submission's reason is written by the service and carries the verdict, so it is
 *     withheld.</li>
 * </ul>
 * An answer that carries RQTH data to an officer is audit-logged: see {@link #revealsRqth} and {@link SensitiveDataAudit}.
 */
@ApplicationScoped
public class ApplicationDisclosure {
    private final int maximumAge;

    @Inject
    public ApplicationDisclosure(AdmissionsConfig config) {
        this(config.maximumAge());
    }

    public ApplicationDisclosure(int maximumAge) {
        this.maximumAge = maximumAge;
    }

    /** The eligibility as its reader may see it: {@code eligible} is null when {@code withheld}. */
    public record DisclosedEligibility(Boolean eligible, boolean withheld, LocalDate evaluatedAgainst, List<Ineligibility> reasons) {}

    /** A history step as its reader may see it: {@code actor} and {@code reason} are null where withheld. */
    public record DisclosedStep(String step, SelectionStatus fromStatus, SelectionStatus toStatus, String actor, OffsetDateTime at, String reason) {}

    public boolean showsRqth(Caller reader, ApplicationEntity application) {
        return officer(reader) && application.erasedAt == null;
    }

    public List<DocumentReceived> documents(Caller reader, ApplicationEntity application) {
        if (officer(reader)) return List.copyOf(application.documents);
        return application.documents.stream().filter(d -> d.type() != DocumentType.RQTH_EVIDENCE).toList();
    }

    public DisclosedEligibility eligibility(Caller reader, ApplicationEntity a) {
        if (officer(reader)) return new DisclosedEligibility(a.eligible, false, a.eligibilityEvaluatedOn, List.copyOf(a.eligibilityReasons));
        List<Ineligibility> ageFree = a.eligibilityReasons.stream().filter(r -> r.code() != Ineligibility.Reason.AGE_OVER_MAXIMUM).toList();
        return rqthCanDecide(a)
                ? new DisclosedEligibility(null, true, a.eligibilityEvaluatedOn, ageFree)
                : new DisclosedEligibility(a.eligible, false, a.eligibilityEvaluatedOn, ageFree);
    }

    public boolean showsInterviewScores(Caller reader) {
        return !prescriber(reader);
    }

    public String interviewNotes(Caller reader, ApplicationEntity application) {
        return officer(reader) ? application.interviewNotes : null;
    }

    /** A member of staff's name: like the steps' actors, not for prescribers. */
    public String interviewRecordedBy(Caller reader, ApplicationEntity application) {
        return !prescriber(reader) ? application.interviewRecordedBy : null;
    }

    public List<DisclosedStep> history(Caller reader, List<ApplicationHistoryEntity> steps) {
        return steps.stream()
                .filter(h -> officer(reader) || !ApplicationHistory.ELIGIBILITY_REEVALUATED.equals(h.step))
                .map(h -> new DisclosedStep(h.step, h.fromStatus, h.toStatus, showsActor(reader, h) ? h.actor : null, h.at,
                        showsReason(reader, h) ? h.reason : null))
                .toList();
    }

    /** Whether an answer with the whole application gives this reader RQTH data (then it is audit-logged). */
    public boolean revealsRqth(Caller reader, ApplicationEntity application) {
        return showsRqth(reader, application);
    }

    /** Whether an eligibility answer alone tells this reader about RQTH: an officer reading a verdict that RQTH can decide. */
    public boolean eligibilityRevealsRqth(Caller reader, ApplicationEntity application) {
        return officer(reader) && application.erasedAt == null && rqthCanDecide(application);
    }

    /** Over the maximum age on the start date (or of unknown age) RQTH decides the age rule. */
    private boolean rqthCanDecide(ApplicationEntity a) {
        return a.birthDate == null || a.eligibilityEvaluatedOn == null || AgeRule.ageOn(a.birthDate, a.eligibilityEvaluatedOn) > maximumAge;
    }

    private static boolean showsActor(Caller reader, ApplicationHistoryEntity step) {
        return !prescriber(reader) || ownStep(reader, step);
    }

    private static boolean showsReason(Caller reader, ApplicationHistoryEntity step) {
        if (officer(reader)) return true;
        return prescriber(reader) && ownStep(reader, step) && !ApplicationHistory.SUBMITTED.equals(step.step);
    }

    private static boolean ownStep(Caller reader, ApplicationHistoryEntity step) {
        return reader.isPartner() && reader.organisation().equals(step.actorOrganisation);
    }

    private static boolean officer(Caller reader) {
        return reader.has(Roles.ADMISSIONS_OFFICER);
    }

    private static boolean prescriber(Caller reader) {
        return reader.has(Roles.PRESCRIBER);
    }
}
