package fr.cfa.backoffice.placement.domain;

import fr.cfa.backoffice.placement.api.PayPeriodView;
import fr.cfa.backoffice.placement.persistence.ContractEntity;
import fr.cfa.backoffice.placement.persistence.EmployerEntity;
import fr.cfa.backoffice.placement.persistence.LearnerEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A contract's minimum pay periods as the API shows them (the rule: domain/rules/ApprenticePay). */
@ApplicationScoped
public class PayPeriods {
    List<PayPeriodView> of(ContractEntity c, LearnerEntity learner, EmployerEntity employer) {
        return List.of();
    }
}
