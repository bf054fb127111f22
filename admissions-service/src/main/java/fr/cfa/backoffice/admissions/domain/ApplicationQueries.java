package fr.cfa.backoffice.admissions.domain;

import fr.cfa.backoffice.admissions.persistence.ApplicationEntity;
import fr.cfa.backoffice.admissions.persistence.ApplicationRepository;
import fr.cfa.backoffice.admissions.persistence.SensitiveDataAccessEntity;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Reads applications as the caller may see them: a prescriber only its own (another's answers 404, so
 * existence does not leak); every read of RQTH data by an officer is written to the access log.
 */
@ApplicationScoped
public class ApplicationQueries {
    @Inject
    ApplicationRepository applications;

    /** The application with its sensitive data, as the caller may see it; an officer's read is audit-logged. */
    @Transactional
    public ApplicationEntity get(UUID id, Actor actor, String operation) {
        ApplicationEntity application = visible(id, actor);
        auditSensitiveRead(application, actor, operation);
        return application;
    }

    /** For answers that carry no sensitive data (eligibility, access checks): nothing to audit. */
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
        result.items().forEach(a -> auditSensitiveRead(a, actor, "list applications"));
        return result;
    }

    private static void auditSensitiveRead(ApplicationEntity application, Actor actor, String operation) {
        if (!actor.seesSensitiveData() || application.erasedAt != null) return;
        SensitiveDataAccessEntity access = new SensitiveDataAccessEntity();
        access.applicationId = application.id;
        access.reader = actor.name();
        access.readAt = OffsetDateTime.now();
        access.operation = operation;
        access.persist();
    }
}
