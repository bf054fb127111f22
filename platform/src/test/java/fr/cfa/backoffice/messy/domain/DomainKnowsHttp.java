package fr.cfa.backoffice.messy.domain;

import fr.cfa.backoffice.messy.rest.ResourceWithNestedDto;

/** Architecture fixture: violates domain_never_imports_rest. */
public class DomainKnowsHttp {
    Object view() {
        return new ResourceWithNestedDto.MessyView("x");
    }
}
