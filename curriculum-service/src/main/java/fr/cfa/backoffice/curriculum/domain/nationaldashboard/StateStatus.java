package fr.cfa.backoffice.curriculum.domain.nationaldashboard;

/** A learner's status as the national dashboard derives it from the records it receives (OBLIGATIONS.md §1). */
public enum StateStatus {
    INSCRIT, APPRENTI, RUPTURANT, ABANDON, FIN_DE_FORMATION
}
