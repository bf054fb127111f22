package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.api.EmployerCerfaFields;
import fr.cfa.backoffice.placement.api.EmployerView;
import fr.cfa.backoffice.placement.api.TutorView;
import fr.cfa.backoffice.placement.domain.rules.EmployerTypeCode;
import fr.cfa.backoffice.placement.domain.rules.Siret;
import fr.cfa.backoffice.placement.domain.rules.TutorQualification;
import fr.cfa.backoffice.placement.persistence.EmployerEntity;
import fr.cfa.backoffice.placement.persistence.EmployerRepository;
import fr.cfa.backoffice.placement.persistence.TutorEntity;
import fr.cfa.backoffice.placement.persistence.TutorRepository;
import fr.cfa.backoffice.platform.idempotency.IdempotencyKeys;
import fr.cfa.backoffice.platform.problem.ConflictException;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.security.Caller;
import fr.cfa.backoffice.platform.web.Page;
import fr.cfa.backoffice.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** Host organisations and their tutors (maîtres d'apprentissage). */
@ApplicationScoped
public class Employers {
    static final String ADD_TUTOR = "addTutor";

    @Inject
    EmployerRepository employers;

    @Inject
    TutorRepository tutors;

    @Inject
    PlacementRules rules;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    Clock clock;

    public record NewEmployer(String legalName, String siret, EmployerKind kind, Sector sector, String opco, String street, String postalCode,
                              String city, String contactName, String contactEmail, String contactPhone, EmployerCerfaFields cerfa) {}

    public record NewTutor(String firstName, String lastName, String email, String diplomaTitle, Integer diplomaLevel, boolean diplomaRelevant,
                           int relevantExperienceMonths, String jobTitle, LocalDate birthDate) {}

    @Transactional
    public EmployerView register(NewEmployer request, Caller caller) {
        String siret = Siret.normalise(request.siret());
        Siret.check(siret).ifPresent(Refusals::refuse);
        if (employers.count("siret", siret) > 0) {
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
        if (request.cerfa() != null) setCerfa(e, request.cerfa());
        e.createdBy = caller.name();
        e.createdAt = OffsetDateTime.now(clock);
        employers.persist(e);
        return Views.employer(e);
    }

    /** Replaces the employer's part of the CERFA FA13 form; the type code must match the sector. */
    @Transactional
    public EmployerView updateCerfa(UUID id, EmployerCerfaFields fields, Caller caller) {
        EmployerEntity e = owned(id, caller);
        setCerfa(e, fields);
        return Views.employer(e);
    }

    private static void setCerfa(EmployerEntity e, EmployerCerfaFields fields) {
        EmployerTypeCode.check(e.sector, fields.typeCode()).ifPresent(Refusals::refuse);
        e.typeCode = fields.typeCode();
        e.specificEmployerCode = fields.specificEmployerCode();
        e.nafCode = fields.nafCode();
        e.headcount = fields.headcount();
        e.idcc = fields.idcc();
    }

    public EmployerView get(UUID id, Caller caller) {
        return Views.employer(owned(id, caller));
    }

    /** By legal name: one page and its count. */
    public Page<EmployerView> list(PageRequest page) {
        PanacheQuery<EmployerEntity> query = employers.findAll(Sort.by("legalName").and("id"));
        query.page(page.page, page.size);
        return new Page<>(query.list().stream().map(Views::employer).toList(), page.page, page.size, query.count());
    }

    /** The employer, if the caller is staff or that employer; otherwise "not found", so that its existence does not leak. */
    EmployerEntity owned(UUID id, Caller caller) {
        EmployerEntity e = employers.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("employer", id));
        caller.requireOwn(e.id, "employer", id);
        return e;
    }

    /** With an idempotency key, a retry of the same request answers the tutor the first one added. */
    @Transactional
    public Created<TutorView> addTutor(UUID employerId, NewTutor request, Caller caller, String idempotencyKey) {
        EmployerEntity employer = owned(employerId, caller);
        IdempotencyKeys.Claim claim = idempotencyKeys.claim(caller, ADD_TUTOR, idempotencyKey, Map.of("employerId", employer.id, "tutor", request),
                UUID.randomUUID());
        if (claim.replayed()) return new Created<>(Views.tutor(tutors.findById(claim.resourceId())), true);
        rules.tutorQualification().check(new TutorQualification.Candidate(request.diplomaLevel(), request.diplomaRelevant(),
                request.relevantExperienceMonths())).ifPresent(Refusals::refuse);
        TutorEntity t = new TutorEntity();
        t.id = claim.resourceId();
        t.employerId = employer.id;
        t.firstName = request.firstName();
        t.lastName = request.lastName();
        t.email = request.email();
        t.diplomaTitle = request.diplomaTitle();
        t.diplomaLevel = request.diplomaLevel();
        t.diplomaRelevant = request.diplomaRelevant();
        t.relevantExperienceMonths = request.relevantExperienceMonths();
        t.jobTitle = request.jobTitle();
        t.birthDate = request.birthDate();
        t.createdAt = OffsetDateTime.now(clock);
        tutors.persist(t);
        return new Created<>(Views.tutor(t), false);
    }
}
