package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.api.EmployerAidView;
import fr.cfa.backoffice.placement.api.FilingView;
import fr.cfa.backoffice.placement.persistence.ContractEntity;
import fr.cfa.backoffice.placement.persistence.ContractRepository;
import fr.cfa.backoffice.placement.persistence.EmployerEntity;
import fr.cfa.backoffice.placement.persistence.EmployerRepository;
import fr.cfa.backoffice.platform.problem.IllegalTransitionException;
import fr.cfa.backoffice.platform.problem.ResourceNotFoundException;
import fr.cfa.backoffice.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A signed contract's filing with the OPCO or the DDETS, with the employer aid it may bring. */
@ApplicationScoped
public class Filings {
    /** Shown whoever the apprentice is, so that it reveals nothing about them (an RQTH raises the aid: admissions' data). */
    static final String AID_NOTE = "The aid may be higher for some apprentices: ask the CFA.";

    @Inject
    ContractRepository contracts;

    @Inject
    EmployerRepository employers;

    @Inject
    Clock clock;

    public FilingView filing(UUID id, Caller caller) {
        ContractEntity c = contracts.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("contract", id));
        caller.requireOwn(c.employerId, "contract", id);
        if (c.status == ContractStatus.DRAFT) throw new IllegalTransitionException("contract", c.status, "read the filing of");
        return Views.filing(c, LocalDate.now(clock), aid(c, employers.findById(c.employerId)));
    }

    private EmployerAidView aid(ContractEntity c, EmployerEntity e) {
        return new EmployerAidView(false, null, null, List.of(), AID_NOTE);
    }
}
