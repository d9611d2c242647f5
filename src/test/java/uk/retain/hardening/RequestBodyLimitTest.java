package uk.retain.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import uk.retain.people.Role;
import uk.retain.support.PageTest;
import uk.retain.support.SignedInAs;

/** A request body past its limit is refused before it is read; a document with many problems gets a short answer. */
class RequestBodyLimitTest extends PageTest {

    @Test
    void aPolicyDocumentOverAMegabyteIsTooLarge() throws Exception {
        String huge = "{\"padding\": \"" + "x".repeat(2 << 20) + "\"}";

        mvc.perform(put("/api/v1/authorities/999/caseload-policy").with(SignedInAs.role(Role.WORKFORCE_LEAD)).with(csrf())
                        .contentType("application/json").content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.title").value("Request too large"));
    }

    @Test
    void aDocumentWithThousandsOfProblemsListsTheFirstHundred() throws Exception {
        StringBuilder document = new StringBuilder("{");
        for (int i = 0; i < 5000; i++) {
            document.append(i == 0 ? "" : ",").append("\"unknown_").append(i).append("\": 1");
        }
        document.append("}");

        String answer = mvc.perform(put("/api/v1/authorities/999/caseload-policy").with(SignedInAs.role(Role.WORKFORCE_LEAD))
                        .with(csrf()).contentType("application/json").content(document.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems.length()").value(100))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer.length()).isLessThan(50_000);
    }
}
