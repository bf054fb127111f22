package fr.cfa.backoffice.placement.domain;

/** The host organisations of the programme (docs/rules.md, "Host organisations"). */
public enum EmployerKind {
    COLLECTIVITE_TERRITORIALE, ETABLISSEMENT_PUBLIC, ETABLISSEMENT_SCOLAIRE, ETABLISSEMENT_SANTE, OPAC, OPHLM, GIP, GROUPEMENT_EMPLOYEURS, OTHER
}
