package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.domain.rules.Siret;
import fr.cfa.backoffice.placement.domain.rules.TutorQualification;
import fr.cfa.backoffice.placement.persistence.EmployerEntity;
import fr.cfa.backoffice.placement.persistence.TutorEntity;
import fr.cfa.backoffice.platform.problem.ConflictException;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** Host organisations and their tutors (maîtres d'apprentissage). */
@ApplicationScoped
public class Employers {
    /** Tutors of this level-4 programme: relevant diploma at level 4+ and 12 months, or 24 months (R6223-22). */
    private final TutorQualification tutorQualification = new TutorQualification(4, 12, 24);

    @Inject
    Clock clock;

    public record NewEmployer(String legalName, String siret, EmployerKind kind, Sector sector, String opco, String street, String postalCode,
                              String city, String contactName, String contactEmail, String contactPhone) {}

    public record NewTutor(String firstName, String lastName, String email, String diplomaTitle, Integer diplomaLevel, boolean diplomaRelevant,
                           int relevantExperienceMonths) {}

    @Transactional
    public EmployerEntity register(NewEmployer request, Actor actor) {
        String siret = Siret.normalise(request.siret());
        Siret.check(siret).ifPresent(Refusals::refuse);
        if (EmployerEntity.count("siret", siret) > 0) {
            throw new ConflictException("duplicate-siret", "An employer with SIRET " + siret + " is already registered", Map.of("siret", siret));
        }
        EmployerEntity e = new EmployerEntity();
        e.id = UUID.randomUUID();
        e.legalName = request.legalName();
        e.siret = siret;
        e.kind = request.kind();
        e.sector = request.sector();
        e.filingBody = request.sector().filingBody();
        e.opco = request.sector() == Sector.PRIVATE ? request.opco() : null;
        e.street = request.street();
        e.postalCode = request.postalCode();
        e.city = request.city();
        e.contactName = request.contactName();
        e.contactEmail = request.contactEmail();
        e.contactPhone = request.contactPhone();
        e.createdBy = actor.name();
        e.createdAt = OffsetDateTime.now(clock);
        e.persist();
        return e;
    }

    public EmployerEntity get(UUID id, Actor actor) {
        EmployerEntity e = EmployerEntity.<EmployerEntity>findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("employer", id));
        actor.requireOwn(e.id, "employer", id);
        return e;
    }

    @Transactional
    public TutorEntity addTutor(UUID employerId, NewTutor request, Actor actor) {
        EmployerEntity employer = get(employerId, actor);
        tutorQualification.check(new TutorQualification.Candidate(request.diplomaLevel(), request.diplomaRelevant(), request.relevantExperienceMonths()))
                .ifPresent(Refusals::refuse);
        TutorEntity t = new TutorEntity();
        t.id = UUID.randomUUID();
        t.employerId = employer.id;
        t.firstName = request.firstName();
        t.lastName = request.lastName();
        t.email = request.email();
        t.diplomaTitle = request.diplomaTitle();
        t.diplomaLevel = request.diplomaLevel();
        t.diplomaRelevant = request.diplomaRelevant();
        t.relevantExperienceMonths = request.relevantExperienceMonths();
        t.createdAt = OffsetDateTime.now(clock);
        t.persist();
        return t;
    }
}
