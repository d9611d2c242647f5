package uk.retain.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.retain.support.PageTest;

/** The OpenAPI document names Retain and the version the build gives, not springdoc's "OpenAPI definition v0". */
class ApiDocumentTest extends PageTest {

    @Test
    void theDocumentIsTitledRetainAtTheProjectsVersion() throws Exception {
        String json = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode info = JsonMapper.builder().build().readTree(json).get("info");

        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        String version = XPathFactory.newInstance().newXPath().evaluate("/project/version", pom);
        assertThat(version).as("the project's version in pom.xml").isNotBlank();
        assertThat(info.get("title").asString()).isEqualTo("Retain");
        assertThat(info.get("version").asString()).isEqualTo(version);
    }
}
