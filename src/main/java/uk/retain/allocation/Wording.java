package uk.retain.allocation;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import uk.retain.workforce.Register;

/**
 * Reasons in words: each {@link Reason}'s message from {@code messages.properties}, its workers and teams by name.
 * The pages give it Spring's messages; the JSON answers (the {@code allocate} command, the recommendations API)
 * use {@link #plain(Register)}, the same file read with {@link ResourceBundle} and {@link MessageFormat}, as Spring
 * reads it (a message without arguments is not formatted, so only messages with arguments double an apostrophe).
 */
public final class Wording {

    /** A message by key, formatted with its arguments. */
    @FunctionalInterface
    public interface Messages {
        String text(String key, Object... args);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Messages messages;
    private final Map<String, String> workers = new HashMap<>();
    private final Map<String, String> teams = new HashMap<>();

    private Wording(Register register, Messages messages) {
        this.messages = messages;
        register.workers().forEach(w -> workers.put(w.workerId(), w.fullName()));
        register.teams().forEach(t -> teams.put(t.teamId(), t.name()));
    }

    /** Words from {@code messages}, names from {@code register}. */
    public static Wording of(Register register, Messages messages) {
        return new Wording(register, messages);
    }

    /** Words from {@code messages.properties} read outside Spring, names from {@code register}. */
    public static Wording plain(Register register) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.ROOT, Wording.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Wording(register, (key, args) -> {
            String pattern;
            try {
                pattern = bundle.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
            return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(args);
        });
    }

    /** The worker's name as the pages show it (given name first), or their id when the register has no such worker. */
    public String worker(String workerId) {
        return workerId == null ? null : workers.getOrDefault(workerId, workerId);
    }

    public String team(String teamId) {
        return teamId == null ? null : teams.getOrDefault(teamId, teamId);
    }

    public String text(Reason reason) {
        Object[] args = reason.args().stream().map(this::argument).toArray();
        return messages.text(reason.code().key(), args);
    }

    public List<String> texts(List<Reason> reasons) {
        return reasons.stream().map(this::text).toList();
    }

    private Object argument(Reason.Arg arg) {
        return switch (arg) {
            case Reason.WorkerId w -> worker(w.workerId());
            case Reason.TeamId t -> team(t.teamId());
            case Reason.CaseId c -> c.caseId();
            case Reason.Percent p -> String.format(Locale.UK, "%.0f", p.percent());
            case Reason.Count c -> c.count();
            case Reason.Day d -> DAY.format(d.date());
            case Reason.Role r -> lowerFirst(messages.text("worker.jobRole." + r.role().code()));
            case Reason.Work w -> messages.text("caseloads.work." + w.work().code());
            case Reason.Locality l -> l.locality();
            case Reason.RuleBroken r -> messages.text(r.rule().key());
        };
    }

    /** A role's name inside a sentence: "advanced practitioner", but "social worker in ASYE" keeps its capitals after the first. */
    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
