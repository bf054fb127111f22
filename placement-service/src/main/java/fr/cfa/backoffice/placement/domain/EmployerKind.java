package fr.cfa.backoffice.placement.domain;

/** The host organisations of the programme (programme sheet). */
public enum EmployerKind {
    COLLECTIVITE_TERRITORIALE, ETABLISSEMENT_PUBLIC, ETABLISSEMENT_SCOLAIRE, ETABLISSEMENT_SANTE, OPAC, OPHLM, GIP, GROUPEMENT_EMPLOYEURS, OTHER
}
