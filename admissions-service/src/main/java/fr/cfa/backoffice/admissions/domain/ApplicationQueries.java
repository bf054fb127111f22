package fr.cfa.backoffice.admissions.domain;

import fr.cfa.backoffice.admissions.persistence.ApplicationEntity;
import fr.cfa.backoffice.admissions.persistence.ApplicationHistoryEntity;
import fr.cfa.backoffice.admissions.persistence.ApplicationRepository;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Reads applications as the caller may see them: a prescriber only its own (another's answers 404, so
 * existence does not leak); every answer that carries RQTH data to an officer is written to the access log.
 */
@ApplicationScoped
public class ApplicationQueries {
    @Inject
    ApplicationRepository applications;

    @Inject
    SensitiveDataAudit audit;

    /** An application with its history. */
    public record Detail(ApplicationEntity application, List<ApplicationHistoryEntity> history) {}

    /** The application and its history, as the caller may see it; an officer's read is audit-logged. */
    @Transactional
    public Detail get(UUID id, Actor actor) {
        ApplicationEntity application = visible(id, actor);
        audit.answered(application, actor, "read application");
        return new Detail(application, ApplicationHistoryEntity.of(id));
    }

    /** For the eligibility answer: audit-logged when the verdict tells an officer about RQTH. */
    @Transactional
    public ApplicationEntity eligibility(UUID id, Actor actor) {
        ApplicationEntity application = visible(id, actor);
        audit.eligibilityAnswered(application, actor);
        return application;
    }

    /** For access checks that answer nothing of the application themselves. */
    @Transactional
    public ApplicationEntity visible(UUID id, Actor actor) {
        return applications.findByIdOptional(id)
                .filter(a -> actor.role() != Actor.Role.PRESCRIBER || Objects.equals(a.prescriberId, actor.prescriberId()))
                .orElseThrow(() -> new ResourceNotFoundException("application", id));
    }

    @Transactional
    public Page<ApplicationEntity> list(UUID cohortId, SelectionStatus status, UUID prescriberId, Actor actor, PageRequest page) {
        UUID scope = actor.role() == Actor.Role.PRESCRIBER ? actor.prescriberId() : prescriberId;
        Page<ApplicationEntity> result = applications.list(cohortId, status, scope, page);
        result.items().forEach(a -> audit.answered(a, actor, "list applications"));
        return result;
    }
}
