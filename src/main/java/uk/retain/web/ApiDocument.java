package uk.retain.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/**
 * The OpenAPI document's own description ({@code /v3/api-docs}): Retain, at the version the build gives
 * ({@code META-INF/build-info.properties}, written by the Spring Boot Maven plugin), rather than springdoc's
 * "OpenAPI definition v0".
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    /** The version written when the build information is missing (a run from classes no build has processed). */
    static final String UNKNOWN_VERSION = "unknown";

    @Bean
    OpenAPI retainOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI().info(new Info()
                .title("Retain")
                .version(properties == null ? UNKNOWN_VERSION : properties.getVersion())
                .description("The workforce register, its DfE measures and caseloads of an English council's children's "
                        + "social work. Errors are RFC 9457 problem documents."));
    }
}
