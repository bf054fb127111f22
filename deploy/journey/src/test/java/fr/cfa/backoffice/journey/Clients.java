package fr.cfa.backoffice.journey;

import fr.cfa.backoffice.journey.client.admissions.api.ApplicationsApi;
import fr.cfa.backoffice.journey.client.curriculum.api.AttendanceApi;
import fr.cfa.backoffice.journey.client.curriculum.api.CohortsApi;
import fr.cfa.backoffice.journey.client.curriculum.api.EnrollmentsApi;
import fr.cfa.backoffice.journey.client.curriculum.api.NationalDashboardApi;
import fr.cfa.backoffice.journey.client.curriculum.api.ProgrammeApi;
import fr.cfa.backoffice.journey.client.placement.api.ContractsApi;
import fr.cfa.backoffice.journey.client.placement.api.EmployersApi;
import fr.cfa.backoffice.journey.client.placement.api.LearnersApi;
import fr.cfa.backoffice.journey.client.placement.api.OffersApi;
import fr.cfa.backoffice.journey.client.certification.api.CandidatesApi;
import fr.cfa.backoffice.journey.client.certification.api.CertificatesApi;
import fr.cfa.backoffice.journey.client.certification.api.IndicatorsApi;
import fr.cfa.backoffice.journey.client.certification.api.SessionsApi;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The generated clients, pointed at the running services, one set per caller: a bearer token, or none for the
 * public operations. Nothing here knows a path: every call goes through an operation of a committed document.
 */
final class Clients {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final Backoffice backoffice;

    Clients(Backoffice backoffice) {
        this.backoffice = backoffice;
    }

    record Admissions(ApplicationsApi applications, fr.cfa.backoffice.journey.client.admissions.api.CohortsApi cohorts, fr.cfa.backoffice.journey.client.admissions.api.SimulatedTimeApi clock) {}

    record Curriculum(CohortsApi cohorts, AttendanceApi attendance, EnrollmentsApi enrollments, ProgrammeApi programme,
                      fr.cfa.backoffice.journey.client.curriculum.api.SimulatedTimeApi clock, NationalDashboardApi nationalDashboard) {}

    record Placement(EmployersApi employers, OffersApi offers, LearnersApi learners, ContractsApi contracts,
                     fr.cfa.backoffice.journey.client.placement.api.SimulatedTimeApi clock) {}

    record Certification(SessionsApi sessions, CandidatesApi candidates, CertificatesApi certificates, IndicatorsApi indicators,
                         fr.cfa.backoffice.journey.client.certification.api.SimulatedTimeApi clock) {}

    Admissions admissions(String token) {
        var client = new fr.cfa.backoffice.journey.client.admissions.invoker.ApiClient();
        client.updateBaseUri(backoffice.service("admissions").baseUrl());
        client.setReadTimeout(TIMEOUT);
        client.setRequestInterceptor(bearer(token));
        return new Admissions(new ApplicationsApi(client), new fr.cfa.backoffice.journey.client.admissions.api.CohortsApi(client),
                new fr.cfa.backoffice.journey.client.admissions.api.SimulatedTimeApi(client));
    }

    Curriculum curriculum(String token) {
        var client = new fr.cfa.backoffice.journey.client.curriculum.invoker.ApiClient();
        client.updateBaseUri(backoffice.service("curriculum").baseUrl());
        client.setReadTimeout(TIMEOUT);
        client.setRequestInterceptor(bearer(token));
        return new Curriculum(new CohortsApi(client), new AttendanceApi(client), new EnrollmentsApi(client), new ProgrammeApi(client),
                new fr.cfa.backoffice.journey.client.curriculum.api.SimulatedTimeApi(client), new NationalDashboardApi(client));
    }

    Placement placement(String token) {
        var client = new fr.cfa.backoffice.journey.client.placement.invoker.ApiClient();
        client.updateBaseUri(backoffice.service("placement").baseUrl());
        client.setReadTimeout(TIMEOUT);
        client.setRequestInterceptor(bearer(token));
        return new Placement(new EmployersApi(client), new OffersApi(client), new LearnersApi(client), new ContractsApi(client),
                new fr.cfa.backoffice.journey.client.placement.api.SimulatedTimeApi(client));
    }

    Certification certification(String token) {
        var client = new fr.cfa.backoffice.journey.client.certification.invoker.ApiClient();
        client.updateBaseUri(backoffice.service("certification").baseUrl());
        client.setReadTimeout(TIMEOUT);
        client.setRequestInterceptor(bearer(token));
        return new Certification(new SessionsApi(client), new CandidatesApi(client), new CertificatesApi(client), new IndicatorsApi(client),
                new fr.cfa.backoffice.journey.client.certification.api.SimulatedTimeApi(client));
    }

    /** {@code null}: an anonymous caller (public operations). */
    private static Consumer<HttpRequest.Builder> bearer(String token) {
        return request -> {
            if (token != null) request.header("Authorization", "Bearer " + token);
        };
    }
}
