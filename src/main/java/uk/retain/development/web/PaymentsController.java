package uk.retain.development.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.retain.development.Clawback;
import uk.retain.development.RetentionPayment;
import uk.retain.development.RetentionPaymentKind;
import uk.retain.development.RetentionPayments;
import uk.retain.development.RetentionPaymentsFile;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.workforce.Register;
import uk.retain.workforce.Registers;

/**
 * Retention payments, for HR only (nobody else sees an amount): golden hellos and retention allowances paid, who is
 * inside a clawback period today, the leavers who left inside one (what they owe back), the cost by financial year,
 * and the form on which HR records a payment. Each view is in the audit trail.
 */
@Controller
class PaymentsController {

    private final Registers registers;
    private final RetentionPayments payments;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentsController(Registers registers, RetentionPayments payments, Viewers viewers, ApplicationEventPublisher events, Clock clock) {
        this.registers = registers;
        this.payments = payments;
        this.viewers = viewers;
        this.events = events;
        this.clock = clock;
    }

    record Line(String paymentId, String workerId, String name, String kind, String amount, String paidOn, String clawbackEnds,
            boolean inside, boolean recorded) {
    }

    record Leaver(String name, String leftOn, String payments, String amount) {
    }

    record Year(String year, int count, String cost) {
    }

    @GetMapping("/retention-payments")
    String list(Model model) {
        Viewer viewer = viewers.require();
        Careers.requireRole(viewer, Role.HR);
        show(viewer, Careers.held(registers, viewer), Map.of(), new String[] {"", "", "", "", "", "", ""}, model.asMap());
        return "development/payments";
    }

    @PostMapping("/retention-payments")
    ModelAndView record(@RequestParam(defaultValue = "") String worker, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String amount, @RequestParam(name = "paidOn-day", defaultValue = "") String day,
            @RequestParam(name = "paidOn-month", defaultValue = "") String month, @RequestParam(name = "paidOn-year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String clawbackMonths, RedirectAttributes redirect) {
        Viewer viewer = viewers.require();
        Careers.requireRole(viewer, Role.HR);
        Register register = Careers.held(registers, viewer);
        String la = register.authority().laCode();
        boolean given = !(day.isBlank() && month.isBlank() && year.isBlank());
        var draft = new RetentionPayments.Draft(worker, kind, amount, Days.fromBoxes(day, month, year), given, clawbackMonths);
        var outcome = payments.record(la, draft, viewer.account().username(), version -> events.publishEvent(Audited.of(viewer, Action.CHANGE,
                "retention_payment", worker.strip(), "recorded " + kind.strip() + " " + amount.strip() + " paid on " + year + "-" + month + "-" + day)));
        if (outcome instanceof RetentionPayments.Refused refused) {
            ModelAndView page = new ModelAndView("development/payments", HttpStatus.UNPROCESSABLE_CONTENT);
            show(viewer, register, refused.problems(), new String[] {worker, kind, amount, day, month, year, clawbackMonths}, page.getModelMap());
            return page;
        }
        redirect.addFlashAttribute("done", "payments.recorded");
        return new ModelAndView("redirect:/retention-payments");
    }

    private void show(Viewer viewer, Register register, Map<String, String> problems, String[] entered, Map<String, Object> model) {
        String la = register.authority().laCode();
        LocalDate today = LocalDate.now(clock);
        List<RetentionPayment> all = register.rows(RetentionPaymentsFile.class);
        var recorded = payments.recorded(la).stream().map(r -> r.cells().split(",", 2)[0]).toList();
        List<Line> lines = new ArrayList<>();
        all.stream().sorted(Comparator.comparing(RetentionPayment::paidOn).reversed().thenComparing(RetentionPayment::paymentId))
                .forEach(p -> lines.add(new Line(p.paymentId(), p.workerId(), Careers.nameOf(register, p.workerId()), p.kind().code(),
                        pounds(p.amount()), Days.written(p.paidOn()), p.clawbackMonths() == 0 ? null : Days.written(Clawback.ends(p).minusDays(1)),
                        Clawback.inside(p, today) && inEmployment(register, p.workerId(), today), recorded.contains(p.paymentId()))));
        List<Leaver> leavers = new ArrayList<>();
        LocalDate first = all.stream().map(RetentionPayment::paidOn).min(Comparator.naturalOrder()).orElse(today);
        for (var leaver : RetentionPayments.leaversInside(register, first, today)) {
            leavers.add(new Leaver(Careers.nameOf(register, leaver.workerId()), Days.written(leaver.leftOn()),
                    String.join(", ", leaver.payments().stream().map(RetentionPayment::paymentId).toList()), pounds(leaver.amount())));
        }
        List<Year> years = new ArrayList<>();
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        all.forEach(p -> counts.merge(Clawback.financialYear(p.paidOn()), 1, Integer::sum));
        Clawback.costByYear(all).forEach((y, cost) -> years.add(new Year(Clawback.financialYearWritten(y), counts.get(y), pounds(cost))));
        events.publishEvent(Audited.of(viewer, Action.VIEW, "retention_payments", la, all.size() + " payment(s), " + leavers.size() + " leaver(s) inside clawback, on " + today));
        model.put("date", Days.written(today));
        model.put("lines", lines);
        model.put("inside", lines.stream().filter(Line::inside).toList());
        model.put("leavers", leavers);
        model.put("years", years);
        model.put("workers", Careers.people(viewer, register, today));
        model.put("kinds", List.of(RetentionPaymentKind.values()).stream().map(RetentionPaymentKind::code).toList());
        model.put("entered", entered);
        model.put("fieldErrors", new LinkedHashMap<>(problems));
        model.put("errors", problems.isEmpty() ? null : Careers.errors(problems));
    }

    private static boolean inEmployment(Register register, String workerId, LocalDate day) {
        return register.employments().stream().anyMatch(row -> row.workerId().equals(workerId) && row.inForceOn(day));
    }

    static String pounds(BigDecimal amount) {
        return new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(amount);
    }
}
