package uk.retain.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.retain.workforce.Bundles;
import uk.retain.workforce.Registers;

/**
 * What the page tests share: one application on an in-memory H2 database holding the small bundle (authority 999,
 * teams T1 and T2, workers W1 to W4 and TM1) with the default caseload policy, pages and CSV downloads fetched as a viewer, and the audit trail a
 * request wrote.
 */
@SpringBootTest(properties = "retain.demo.load=never")
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
public abstract class PageTest {

    protected static final Path SMALL = Path.of("src/test/resources/bundles/small");

    /** The census date the small bundle is written around. */
    protected static final String CENSUS = "2025-09-30";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected Registers registers;

    @Autowired
    protected JdbcTemplate jdbc;

    @TempDir
    protected Path temp;

    private long auditMark;

    /** Every test starts from the small bundle with the default caseload policy. */
    @BeforeEach
    void smallBundle() throws Exception {
        registers.replace(Bundles.read(SMALL));
        jdbc.update("delete from caseload_policy");
        auditMark = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
    }

    /** Imports the small bundle with {@code file} changed by {@code change}. */
    protected void importChanged(String file, UnaryOperator<String> change) throws Exception {
        Path copy = Files.createDirectories(temp.resolve("bundle"));
        try (var files = Files.list(SMALL)) {
            for (Path each : files.toList()) {
                Files.copy(each, copy.resolve(each.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path changed = copy.resolve(file);
        Files.writeString(changed, change.apply(Files.readString(changed)));
        registers.replace(Bundles.read(copy));
    }

    /** The page at {@code url} as {@code viewer}, which must answer 200. */
    protected String page(String url, RequestPostProcessor viewer) throws Exception {
        return mvc.perform(get(url).with(viewer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The CSV download at {@code url} as {@code viewer}, one string per line, header first. */
    protected List<String> csv(String url, RequestPostProcessor viewer) throws Exception {
        var response = mvc.perform(get(url).with(viewer)).andExpect(status().isOk()).andReturn().getResponse();
        if (!response.getContentType().startsWith("text/csv")) {
            throw new AssertionError("not a CSV download: " + response.getContentType());
        }
        return Arrays.asList(response.getContentAsString(StandardCharsets.UTF_8).split("\r\n"));
    }

    /** The audit events written since the test began, oldest first. */
    protected List<Map<String, Object>> audited() {
        return jdbc.queryForList("select username, la_code, action, subject_type, subject_id, detail from audit_event where id > ? order by id",
                auditMark);
    }
}
