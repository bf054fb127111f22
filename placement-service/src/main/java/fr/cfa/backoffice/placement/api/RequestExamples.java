package fr.cfa.backoffice.placement.api;

/**
 * Whole request bodies for the OpenAPI document, from two real-looking employers: a commune (public: files with the
 * DDETS via CELIA, no collective agreement) and an association under the ÉCLAT agreement (IDCC 1518; private: files with
 * its OPCO, Uniformation). The SIRETs pass the Luhn check; the people are invented.
 */
public final class RequestExamples {
    public static final String COMMUNE = """
            {"legalName": "Ville de Saint-Denis", "siret": "21930066000012", "kind": "COLLECTIVITE_TERRITORIALE", "sector": "PUBLIC",
             "street": "2 place Victor Hugo", "postalCode": "93200", "city": "Saint-Denis", "contactName": "Nadia Benali",
             "contactEmail": "n.benali@ville-saint-denis.example", "contactPhone": "+33 1 49 33 60 00",
             "cerfa": {"typeCode": 22, "specificEmployerCode": 0, "nafCode": "84.11Z", "headcount": 3400, "idcc": "9999"}}""";

    public static final String ASSOCIATION = """
            {"legalName": "Association Trait d'Union Médiation", "siret": "44306184100047", "kind": "OTHER", "sector": "PRIVATE",
             "opco": "Uniformation", "street": "14 rue de la République", "postalCode": "69002", "city": "Lyon", "contactName": "Julien Perrin",
             "contactEmail": "direction@tu-mediation.example", "contactPhone": "+33 4 78 00 12 34",
             "cerfa": {"typeCode": 15, "specificEmployerCode": 0, "nafCode": "88.99B", "headcount": 42, "idcc": "1518"}}""";

    public static final String COMMUNE_CONTRACT = """
            {"candidateId": "5a9e3d7c-1b4f-4a2e-8c6d-9f0b2e4a1c38", "employerId": "0b6f2c1e-6a3d-4f8e-9b2a-5c7d1e3f4a60",
             "tutorId": "7d41c9a2-3e5b-4c6f-8a1d-2b9e0f5c3d71", "startDate": "2027-01-11", "endDate": "2027-06-30", "weeklyHours": 35,
             "cerfa": {"mode": 1, "type": 11, "practicalTrainingStartDate": "2027-01-11", "signatureDate": "2026-12-15", "hazardousWork": false,
                       "situationBefore": "4", "lastDiplomaOrClass": "41", "highestDiploma": "43"}}""";

    public static final String ASSOCIATION_DRAFT = """
            {"candidateId": "5a9e3d7c-1b4f-4a2e-8c6d-9f0b2e4a1c38", "employerId": "3c5e7a9b-1d2f-4a6c-8e0b-5d7f9a1c3e52",
             "tutorId": "8e52d0b3-4f6c-4d70-9b2e-3c0f1a6d4e82", "startDate": "2027-01-11", "endDate": "2027-06-30", "weeklyHours": 35, "draft": true,
             "cerfa": {"mode": 1, "type": 11, "practicalTrainingStartDate": "2027-01-18"}}""";

    public static final String COMMUNE_MUTUAL_AGREEMENT = """
            {"date": "2027-02-19", "initiator": "BOTH", "ground": "MUTUAL_AGREEMENT",
             "reason": "Rupture d'un commun accord (cerfa signé par les deux parties)",
             "filingBodyInformedOn": "2027-02-19", "cfaInformedOn": "2027-02-19"}""";

    /** After the first 45 days: referral to the mediator, notice 7 days later (5 at least), effect 11 days after it (7 at least). */
    public static final String ASSOCIATION_RESIGNATION = """
            {"date": "2027-02-19", "initiator": "APPRENTICE", "ground": "APPRENTICE_RESIGNATION",
             "reason": "Démission de l'apprentie après saisine du médiateur consulaire",
             "mediatorReferredOn": "2027-02-01", "employerInformedOn": "2027-02-08",
             "filingBodyInformedOn": "2027-02-19", "cfaInformedOn": "2027-02-19"}""";

    private RequestExamples() {}
}
