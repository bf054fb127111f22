package fr.cfa.backoffice.curriculum.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Ccp", description = "A CCP (certificat de compétences professionnelles), a bloc of the title", requiredProperties = {"code", "title"})
public record CcpView(@Schema(example = "RNCP36241BC01") String code,
                      @Schema(example = "Contribuer à une veille sociale territoriale et participer aux réseaux professionnels") String title) {}
