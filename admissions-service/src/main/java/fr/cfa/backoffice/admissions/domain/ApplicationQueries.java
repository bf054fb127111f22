package fr.cfa.backoffice.admissions.domain;

import fr.cfa.backoffice.admissions.api.ApplicationPage;
import fr.cfa.backoffice.admissions.api.ApplicationView;
import fr.cfa.backoffice.admissions.api.EligibilityView;
import fr.cfa.backoffice.admissions.persistence.ApplicationEntity;
import fr.cfa.backoffice.admissions.persistence.ApplicationHistoryRepository;
import fr.cfa.backoffice.admissions.persistence.ApplicationRepository;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.platform.security.Roles;
import fr.cfa.backoffice.platform.web.Cursor;
import fr.cfa.backoffice.platform.web.CursorPage;
import fr.cfa.backoffice.platform.web.CursorPageRequest;
import fr.cfa.backoffice.platform.web.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Reads applications as the caller may see them: a prescriber only its own (another's answers 404, so
 * existence does not leak); every answer that carries RQTH data to an officer is written to the access log.
 * A page costs the same statements at any size: the rows hold everything their views show, and the access
 * log of a page is written by one statement.
 */
@ApplicationScoped
public class ApplicationQueries {
    @Inject
    ApplicationRepository applications;

    @Inject
    ApplicationHistoryRepository history;

    @Inject
    ApplicationDisclosure disclosure;

    @Inject
    SensitiveDataAudit audit;

    /** The application and its history, as the caller may see it, with its version (the ETag); an officer's read is audit-logged. */
    @Transactional
    public Versioned<ApplicationView> get(UUID id, Caller caller) {
        ApplicationEntity application = visible(id, caller);
        audit.answered(application, caller, "read application");
        return new Versioned<>(ApplicationViews.of(application, history.of(id), caller, disclosure), application.version);
    }

    /** The eligibility as the caller may see it: audit-logged when the verdict tells an officer about RQTH. */
    @Transactional
    public EligibilityView eligibility(UUID id, Caller caller) {
        ApplicationEntity application = visible(id, caller);
        audit.eligibilityAnswered(application, caller);
        return EligibilityView.of(disclosure.eligibility(caller, application));
    }

    /** A prescriber's own application, anyone else's any; otherwise 404. */
    ApplicationEntity visible(UUID id, Caller caller) {
        ApplicationEntity application = applications.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("application", id));
        caller.requireOwn(application.prescriberId, "application", id);
        return application;
    }

    /**
     * Sorted by submission (then id), without their history; a prescriber sees only its own (another prescriber's filter
     * answers an empty page). By number or by cursor: the cursor is bound to the filters as applied, the prescriber's
     * own scope included, so a cursor from another walk answers 400 instead of a page of something else.
     */
    @Transactional
    public ApplicationPage list(UUID cohortId, SelectionStatus status, UUID prescriberId, Caller caller, CursorPageRequest request) {
        boolean prescriber = caller.has(Roles.PRESCRIBER);
        UUID scopedPrescriber = prescriber ? caller.partnerId() : prescriberId;
        String scope = Cursor.scope(cohortId, status, scopedPrescriber, prescriber);
        Cursor position = request.position(scope);
        if (prescriber && prescriberId != null && !prescriberId.equals(caller.partnerId())) {
            return new ApplicationPage(List.of(), position == null ? request.page : position.page(), request.size, 0, null);
        }
        CursorPage<ApplicationEntity> result = applications.list(cohortId, status, scopedPrescriber, request.page, request.size, position, scope);
        audit.answeredAll(result.items(), caller, "list applications");
        return ApplicationPage.of(result.map(a -> ApplicationViews.of(a, null, caller, disclosure)));
    }
}
