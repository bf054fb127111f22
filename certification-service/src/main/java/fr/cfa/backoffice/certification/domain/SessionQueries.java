package fr.cfa.backoffice.certification.domain;

import fr.cfa.backoffice.certification.api.RegistrationView;
import fr.cfa.backoffice.certification.api.SessionView;
import fr.cfa.backoffice.certification.persistence.ExamSessionEntity;
import fr.cfa.backoffice.certification.persistence.ExamSessionRepository;
import fr.cfa.backoffice.certification.persistence.RegistrationRepository;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Reads of sessions and registrations. */
@ApplicationScoped
public class SessionQueries {
    @Inject
    ExamSessionRepository sessions;

    @Inject
    RegistrationRepository registrations;

    /** By date: one query for the page (the jury is in the session's row), one for the count. */
    public Page<SessionView> list(PageRequest page) {
        PanacheQuery<ExamSessionEntity> q = sessions.findAll(Sort.by("examDate").and("id")).page(page.page, page.size);
        return new Page<>(q.list().stream().map(Views::session).toList(), page.page, page.size, q.count());
    }

    public SessionView session(UUID sessionId) {
        return sessions.findByIdOptional(sessionId).map(Views::session).orElseThrow(() -> new ResourceNotFoundException("session", sessionId));
    }

    public RegistrationView registration(UUID registrationId) {
        return registrations.findByIdOptional(registrationId).map(Views::registration)
                .orElseThrow(() -> new ResourceNotFoundException("registration", registrationId));
    }
}
