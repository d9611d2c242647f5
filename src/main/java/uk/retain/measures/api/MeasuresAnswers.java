package uk.retain.measures.api;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

import tools.jackson.databind.json.JsonMapper;
import uk.retain.measures.RegisterMeasures;
import uk.retain.measures.Suppression;
import uk.retain.people.Viewer;
import uk.retain.workforce.BundleImported;
import uk.retain.workforce.CaseAllocated;

/**
 * The measures API's answers, worked out once for each (la_code, register version, date, by) and kept as JSON,
 * so that a repeat call costs the version check and a copy of bytes. An answer is kept whole; what one viewer
 * may see of it (a team manager's teams, no rows about one person for a regional analyst) is cut from it on every
 * call. The cache is bounded by the size of the JSON it holds ({@code retain.measures.answers-mb}); a new version of
 * a register makes new keys. The register's version, read on every call, decides which answer is current, so an
 * import on another node is seen at once; an import or an allocation on this node also lets go of the answers it
 * made stale there and then, after it commits, instead of leaving them to the bound (docs/decisions/0016).
 */
@Component
class MeasuresAnswers {

    /** What an answer is worked out from. {@code byTeam} false is the authority as a whole. */
    record Key(String laCode, long version, LocalDate date, boolean byTeam) {
    }

    /**
     * One team's measures in a by-team answer: {@code "T1":} and its object, whole and without person rows, and how
     * many rows about one person ({@code caseload_by_worker}) the whole one carries.
     */
    private record TeamPart(String teamId, byte[] name, byte[] whole, byte[] withoutPersonRows, int personRows) {
    }

    /**
     * One answer as JSON: for the authority, its object whole and without {@code caseload_by_worker}; by team,
     * each team's in order.
     */
    static final class Answer {
        private final byte[] whole;
        private final byte[] withoutPersonRows;
        private final int personRows;
        private final List<TeamPart> teams;

        private Answer(byte[] whole, byte[] withoutPersonRows, int personRows, List<TeamPart> teams) {
            this.whole = whole;
            this.withoutPersonRows = withoutPersonRows;
            this.personRows = personRows;
            this.teams = teams;
        }

        /** About the bytes held, for the bound. */
        int weight() {
            long bytes = 64;
            if (whole != null) {
                bytes += whole.length + withoutPersonRows.length;
            }
            for (TeamPart team : teams) {
                bytes += 64 + team.name.length + team.whole.length + team.withoutPersonRows.length;
            }
            return (int) Math.min(Integer.MAX_VALUE, bytes);
        }
    }

    private final JsonMapper json;
    private final Cache<Key, Answer> answers;

    MeasuresAnswers(JsonMapper json, @Value("${retain.measures.answers-mb:64}") long megabytes) {
        this.json = json;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(megabytes * 1024 * 1024)
                .weigher((Key key, Answer answer) -> answer.weight())
                .recordStats()
                .build();
    }

    /** The measures of {@code current} on the date, as {@code viewer} may see them, as JSON. */
    byte[] answer(Viewer viewer, AuthorityMeasures.Current current, LocalDate date, boolean byTeam) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        write(viewer, current, date, byTeam, out);
        return out.toByteArray();
    }

    /**
     * Writes the same into {@code out}, for a series of them, and answers how many rows about one person
     * ({@code caseload_by_worker}) it wrote.
     */
    int write(Viewer viewer, AuthorityMeasures.Current current, LocalDate date, boolean byTeam, ByteArrayOutputStream out) {
        RegisterMeasures measures = current.measures();
        var authority = measures.register().authority();
        if (viewer.getsSuppressedFigures()) {
            // Never a figure about one person: small numbers are "c", the authority's and the teams' suppressed
            // together. Worked out on each call: only regional analysts ask for these, and rarely.
            Suppression.Figures suppressed = measures.suppressed(date);
            out.writeBytes(json.writeValueAsBytes(byTeam ? suppressed.teams() : suppressed.authority()));
            return 0;
        }
        Answer answer = answers.get(new Key(authority.laCode(), current.version(), date, byTeam),
                key -> workOut(measures, key));
        boolean personRows = viewer.seesPersonRows();
        if (!byTeam) {
            out.writeBytes(personRows ? answer.whole : answer.withoutPersonRows);
            return personRows ? answer.personRows : 0;
        }
        int written = 0;
        boolean whole = viewer.seesAggregatesOf(authority.laCode(), authority.regionCode());
        out.write('{');
        boolean first = true;
        for (TeamPart team : answer.teams) {
            if (whole || viewer.seesTeam(authority.laCode(), team.teamId)) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                out.writeBytes(team.name);
                out.writeBytes(personRows ? team.whole : team.withoutPersonRows);
                written += personRows ? team.personRows : 0;
            }
        }
        out.write('}');
        return written;
    }

    /** A JSON string, such as a la_code, as the API writes it. */
    byte[] string(String text) {
        return json.writeValueAsBytes(text);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BundleImported imported) {
        forgetBefore(imported.laCode(), imported.version());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CaseAllocated allocated) {
        forgetBefore(allocated.laCode(), allocated.version());
    }

    private void forgetBefore(String laCode, long version) {
        answers.asMap().keySet().removeIf(key -> key.laCode().equals(laCode) && key.version() < version);
    }

    /** How many answers are held now for the authority. */
    long held(String laCode) {
        return answers.asMap().keySet().stream().filter(key -> key.laCode().equals(laCode)).count();
    }

    /** How often an answer was found and how often worked out, since the start. */
    CacheStats stats() {
        return answers.stats();
    }

    private Answer workOut(RegisterMeasures measures, Key key) {
        if (!key.byTeam()) {
            Map<String, Object> whole = measures.forAuthority(key.date());
            return new Answer(json.writeValueAsBytes(whole), withoutPersonRows(whole), personRows(whole), List.of());
        }
        List<TeamPart> teams = new ArrayList<>();
        measures.byTeam(key.date()).forEach((team, teamMeasures) -> {
            byte[] name = json.writeValueAsBytes(team);
            byte[] named = new byte[name.length + 1];
            System.arraycopy(name, 0, named, 0, name.length);
            named[name.length] = ':';
            teams.add(new TeamPart(team, named, json.writeValueAsBytes(teamMeasures), withoutPersonRows(teamMeasures),
                    personRows(teamMeasures)));
        });
        return new Answer(null, null, 0, List.copyOf(teams));
    }

    private static int personRows(Map<String, Object> measures) {
        return measures.get("caseload_by_worker") instanceof List<?> rows ? rows.size() : 0;
    }

    /** A regional analyst sees no row about one person: the caseload by worker is withheld (null). */
    private byte[] withoutPersonRows(Map<String, Object> measures) {
        Map<String, Object> copy = new LinkedHashMap<>(measures);
        copy.put("caseload_by_worker", null);
        return json.writeValueAsBytes(copy);
    }
}
