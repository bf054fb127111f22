package fr.cfa.backoffice.placement.domain;

/** The job activities assessed at the employer (docs/rules.md, "The programme"). */
public enum JobActivity {
    ORGANISE_INTERVENTIONS("Organiser les modalités d'intervention de médiation sociale"),
    WATCH_ASSIGNED_ZONE("Veiller sur l'environnement de la zone d'affectation"),
    CONTACT_LOCAL_POPULATION("Établir des contacts avec la population locale et promouvoir les réunions de concertation"),
    WELCOME_AND_INFORM("Accueillir la personne, cerner sa situation, informer sur les droits, aides et lieux relais"),
    IDENTIFY_TENSIONS("Identifier les motifs de tension, dysfonctionnements, dégradations, risques de conflit"),
    REGULATE_CONFLICTS("Mettre en place des mesures de régulation, de sécurisation, d'alerte"),
    TRACK_ACTIVITY("Renseigner les supports de suivi d'activité et proposer des axes d'évolution"),
    NETWORKS_AND_WATCH("Participer à des réseaux professionnels et contribuer à une veille territoriale");

    private final String label;

    JobActivity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
