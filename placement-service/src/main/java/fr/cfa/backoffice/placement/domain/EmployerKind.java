package fr.cfa.backoffice.placement.domain;

/** The host organisations of the programme (docs/rules.md, "The programme"). */
public enum EmployerKind {
    COLLECTIVITE_TERRITORIALE, ETABLISSEMENT_PUBLIC, ETABLISSEMENT_SCOLAIRE, ETABLISSEMENT_SANTE, OPAC, OPHLM, GIP, GROUPEMENT_EMPLOYEURS, OTHER
}
