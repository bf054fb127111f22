package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.api.FilingView;
import fr.cfa.backoffice.placement.persistence.ContractEntity;
import fr.cfa.backoffice.placement.persistence.EmployerRepository;
import fr.cfa.backoffice.platform.problem.IllegalTransitionException;
import fr.cfa.backoffice.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** A signed contract's filing with the OPCO or the DDETS, with the employer aid it may claim. */
@ApplicationScoped
public class Filings {
    @Inject
    Contracts contracts;

    @Inject
    EmployerRepository employers;

    @Inject
    Remunerations remunerations;

    @Inject
    Clock clock;

    public FilingView filing(UUID id, Caller caller) {
        ContractEntity c = contracts.owned(id, caller);
        if (c.status == ContractStatus.DRAFT) throw new IllegalTransitionException("contract", c.status, "read the filing of");
        return Views.filing(c, LocalDate.now(clock), remunerations.aid(c, employers.findById(c.employerId)));
    }
}
