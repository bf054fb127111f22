package fr.cfa.backoffice.curriculum.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A learner's record exactly as the national apprenticeship dashboard's v3 format writes it (OBLIGATIONS.md §1): the
 * State's snake_case names, ISO-8601 dates, its status codes. Optional members are absent rather than null; the
 * nullable required ones are always present. RQTH and NIR are never among them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NationalDashboardRecord", description = "A learner's record in the State's v3 format (tableau de bord de l'apprentissage); "
        + "the State's field names, not this API's camelCase. Up to four contracts, the later ones suffixed _2, _3, _4. RQTH and NIR are never sent.",
        requiredProperties = {"nom_apprenant", "prenom_apprenant", "date_de_naissance_apprenant", "annee_scolaire",
                "id_erp_apprenant", "statut_apprenant", "date_metier_mise_a_jour_statut", "date_inscription_formation",
                "date_entree_formation", "date_fin_formation", "duree_theorique_formation", "duree_theorique_formation_mois",
                "etablissement_responsable_uai", "etablissement_responsable_siret", "etablissement_formateur_uai", "etablissement_formateur_siret"})
public record NationalDashboardRecord(
        @JsonProperty("nom_apprenant") @Schema(description = "Last name", example = "DIALLO") String nomApprenant,
        @JsonProperty("prenom_apprenant") @Schema(description = "First name", example = "Awa") String prenomApprenant,
        @JsonProperty("date_de_naissance_apprenant") @Schema(example = "2003-02-14") LocalDate dateDeNaissanceApprenant,
        @JsonProperty("annee_scolaire") @Schema(description = "The school year the training starts in (1 September to 31 August)", example = "2026-2027") String anneeScolaire,
        @JsonProperty("id_erp_apprenant") @Schema(description = "Our stable id for the learner: the enrollment's id", example = "5e7d2c1b-8a9f-4b3e-a6d5-c4b3a2918f70") String idErpApprenant,
        @JsonProperty("statut_apprenant") @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(description = "0 abandon, 2 inscrit (no contract, or rupturant), 3 apprenti", example = "3", nullable = true) Integer statutApprenant,
        @JsonProperty("date_metier_mise_a_jour_statut") @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(description = "When the status last changed in our system", example = "2027-01-18T10:00:00+01:00", nullable = true) OffsetDateTime dateMetierMiseAJourStatut,
        @JsonProperty("date_inscription_formation") @Schema(example = "2026-12-01") LocalDate dateInscriptionFormation,
        @JsonProperty("date_entree_formation") @Schema(example = "2027-01-04") LocalDate dateEntreeFormation,
        @JsonProperty("date_fin_formation") @Schema(example = "2027-06-18") LocalDate dateFinFormation,
        @JsonProperty("duree_theorique_formation") @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(description = "Years, 1 to 4", example = "1", nullable = true) Integer dureeTheoriqueFormation,
        @JsonProperty("duree_theorique_formation_mois") @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(description = "Months, 1 to 48", example = "6", nullable = true) Integer dureeTheoriqueFormationMois,
        @JsonProperty("etablissement_responsable_uai") @Schema(example = "0932751K") String etablissementResponsableUai,
        @JsonProperty("etablissement_responsable_siret") @Schema(example = "19931234500018") String etablissementResponsableSiret,
        @JsonProperty("etablissement_formateur_uai") @Schema(example = "0932751K") String etablissementFormateurUai,
        @JsonProperty("etablissement_formateur_siret") @Schema(example = "19931234500018") String etablissementFormateurSiret,
        @JsonProperty("etablissement_lieu_de_formation_adresse") @Schema(example = "12 rue de la République, Saint-Denis") String etablissementLieuDeFormationAdresse,
        @JsonProperty("etablissement_lieu_de_formation_code_postal") @Schema(example = "93200") String etablissementLieuDeFormationCodePostal,
        @JsonProperty("formation_rncp") @Schema(example = "RNCP36241") String formationRncp,
        @JsonProperty("formation_cfd") String formationCfd,
        @JsonProperty("libelle_court_formation") @Schema(example = "MSADS") String libelleCourtFormation,
        @JsonProperty("annee_formation") @Schema(description = "Year of the training the learner is in", example = "1") Integer anneeFormation,
        @JsonProperty("email_contact") @Schema(example = "awa.diallo@example.org") String emailContact,
        @JsonProperty("tel_apprenant") @Schema(example = "+33 6 98 76 54 32") String telApprenant,
        @JsonProperty("contrat_date_debut") @Schema(description = "The first contract's start", example = "2027-01-18") LocalDate contratDateDebut,
        @JsonProperty("contrat_date_fin") @Schema(example = "2027-06-30") LocalDate contratDateFin,
        @JsonProperty("contrat_date_rupture") LocalDate contratDateRupture,
        @JsonProperty("cause_rupture_contrat") String causeRuptureContrat,
        @JsonProperty("siret_employeur") @Schema(example = "21930066000014") String siretEmployeur,
        @JsonProperty("contrat_date_debut_2") LocalDate contratDateDebut2,
        @JsonProperty("contrat_date_fin_2") LocalDate contratDateFin2,
        @JsonProperty("contrat_date_rupture_2") LocalDate contratDateRupture2,
        @JsonProperty("cause_rupture_contrat_2") String causeRuptureContrat2,
        @JsonProperty("siret_employeur_2") String siretEmployeur2,
        @JsonProperty("contrat_date_debut_3") LocalDate contratDateDebut3,
        @JsonProperty("contrat_date_fin_3") LocalDate contratDateFin3,
        @JsonProperty("contrat_date_rupture_3") LocalDate contratDateRupture3,
        @JsonProperty("cause_rupture_contrat_3") String causeRuptureContrat3,
        @JsonProperty("siret_employeur_3") String siretEmployeur3,
        @JsonProperty("contrat_date_debut_4") LocalDate contratDateDebut4,
        @JsonProperty("contrat_date_fin_4") LocalDate contratDateFin4,
        @JsonProperty("contrat_date_rupture_4") LocalDate contratDateRupture4,
        @JsonProperty("cause_rupture_contrat_4") String causeRuptureContrat4,
        @JsonProperty("siret_employeur_4") String siretEmployeur4,
        @JsonProperty("date_exclusion_formation") LocalDate dateExclusionFormation,
        @JsonProperty("cause_exclusion_formation") String causeExclusionFormation,
        @JsonProperty("obtention_diplome_formation") @Schema(description = "true once the whole title is obtained, false after a partial or failed result") Boolean obtentionDiplomeFormation,
        @JsonProperty("date_obtention_diplome_formation") LocalDate dateObtentionDiplomeFormation) {}
