package uk.retain.supervision.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.retain.web.Days;
import uk.retain.workforce.Register;
import uk.retain.workforce.Supervision;
import uk.retain.workforce.Worker;

/** What the supervision pages and API share: workers' names, a session as a row, and the words of a code. */
@Component
public class Sessions {

    /** A session as a record's table shows it (the same columns as a worker's page). */
    record Row(String date, String kind, int minutes, String supervisor) {
    }

    /** A worker who may be chosen on the form: id and name, sorted by family name. */
    record Choice(String workerId, String name) {
    }

    private final MessageSource messages;

    Sessions(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.UK);
    }

    String kind(Supervision session) {
        return text("worker.supervision.kind." + session.kind().code());
    }

    static String name(Worker worker) {
        return worker.givenName() + " " + worker.familyName();
    }

    public static Map<String, Worker> workers(Register register) {
        return register.workers().stream().collect(Collectors.toMap(Worker::workerId, Function.identity()));
    }

    /** The name of a worker of the register, or their id when it has no such worker. */
    public static String nameOf(Map<String, Worker> workers, String workerId) {
        Worker worker = workers.get(workerId);
        return worker == null ? workerId : name(worker);
    }

    List<Row> rows(Register register, List<Supervision> sessions) {
        Map<String, Worker> workers = workers(register);
        return sessions.stream().map(s -> new Row(Days.written(s.date()), kind(s), s.minutes(), nameOf(workers, s.supervisorId())))
                .toList();
    }

    /**
     * The workers in employment on {@code day} (null: on any day) in a team {@code teams} accepts, by family name.
     */
    static List<Choice> choices(Register register, LocalDate day, java.util.function.Predicate<String> teams) {
        Map<String, Worker> workers = workers(register);
        return register.employments().stream().filter(row -> (day == null || row.inForceOn(day)) && teams.test(row.teamId()))
                .map(row -> row.workerId()).distinct().filter(workers::containsKey).map(workers::get)
                .sorted(Comparator.comparing(Worker::familyName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Worker::givenName, String.CASE_INSENSITIVE_ORDER))
                .map(w -> new Choice(w.workerId(), name(w))).toList();
    }
}
