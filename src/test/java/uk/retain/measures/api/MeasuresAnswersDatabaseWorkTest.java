package uk.retain.measures.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import uk.retain.people.Account;
import uk.retain.people.Accounts;
import uk.retain.people.Role;
import uk.retain.workforce.Bundles;
import uk.retain.workforce.Registers;

/**
 * A repeat measures call, signed in with HTTP Basic as a script would, sends the database one statement: the
 * register's version. Every statement the application prepares is logged by a wrapper around its DataSource. (The
 * caller is a regional analyst, whose answers carry no row about one person: an answer that does may be audited.)
 */
@SpringBootTest(properties = {"retain.demo.load=never",
    "spring.datasource.url=jdbc:h2:mem:answers-sql;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
@Import(MeasuresAnswersDatabaseWorkTest.StatementLog.class)
class MeasuresAnswersDatabaseWorkTest {

    static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    Registers registers;

    @Autowired
    Accounts accounts;

    @Test
    void aRepeatCallOnlyReadsTheRegistersVersion() throws Exception {
        registers.replace(Bundles.read(Path.of("src/test/resources/bundles/small")));
        accounts.create(new Account("script.analyst", "Script", Role.REGIONAL_ANALYST, null, "E12000006", Set.of(), null),
                "a long test password");
        var call = get("/api/v1/authorities/999/measures").param("date", "2025-09-30").param("by", "team")
                .with(httpBasic("script.analyst", "a long test password"));
        mvc.perform(call).andExpect(status().isOk());

        STATEMENTS.clear();
        mvc.perform(call).andExpect(status().isOk());

        // The account is read on every call, so that a lock or a disabled account takes effect at once (issue 21,
        // item 11); the measures themselves cost only the version check.
        assertThat(STATEMENTS).containsExactly(
                "select username, display_name, role, la_code, region_code, worker_id, password_hash, enabled, locked_until from app_user where username = ?",
                "select team_id from app_user_team where username = ? order by team_id",
                "select import_version from authority where la_code = ?");
    }

    /** Wraps the application's DataSource so that each statement prepared through it is logged. */
    @TestConfiguration
    static class StatementLog {

        @Bean
        static BeanPostProcessor logStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? logging(dataSource) : bean;
                }
            };
        }

        private static DataSource logging(DataSource dataSource) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? proxy(Connection.class, connection, (c, m, a) -> {
                    if (m.getName().startsWith("prepare") && a != null && a.length > 0 && a[0] instanceof String sql) {
                        STATEMENTS.add(sql);
                    }
                    Object made = invoke(c, m, a);
                    return m.getName().equals("createStatement") ? proxy(Statement.class, (Statement) made, (st, sm, sa) -> {
                        if (sm.getName().startsWith("execute") && sa != null && sa.length > 0 && sa[0] instanceof String sql) {
                            STATEMENTS.add(sql);
                        }
                        return invoke(st, sm, sa);
                    }) : made;
                }) : result;
            });
        }

        private interface Handler {
            Object handle(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, T target, Handler handler) {
            InvocationHandler invocation = (p, method, args) -> handler.handle(target, method, args);
            return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation);
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
