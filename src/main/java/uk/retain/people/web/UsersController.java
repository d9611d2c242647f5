package uk.retain.people.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.retain.people.Account;
import uk.retain.people.Accounts;
import uk.retain.people.AuditTrail;
import uk.retain.people.AuditTrail.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Column;
import uk.retain.web.CsvDownload;
import uk.retain.web.Listing;

/** The administrator's users page: the authority's accounts, and adding one. */
@Controller
class UsersController {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,100}");
    static final int MIN_PASSWORD = 12;

    private final Accounts accounts;
    private final Viewers viewers;
    private final AuditTrail audit;

    UsersController(Accounts accounts, Viewers viewers, AuditTrail audit) {
        this.accounts = accounts;
        this.viewers = viewers;
        this.audit = audit;
    }

    /** The form to add a user; never carries an id the server trusts beyond validation. */
    static final class NewUser {
        public String username = "";
        public String displayName = "";
        public String role = "";
        public String teams = "";
        public String workerId = "";
        public String password = "";
    }

    static List<Column<Account>> columns() {
        return List.of(
                Column.text("username", "users.username", Account::username),
                Column.text("name", "users.name", Account::displayName),
                Column.text("role", "users.role", (Account a) -> a.role().code()),
                Column.text("teams", "users.teams", (Account a) -> String.join(" ", new java.util.TreeSet<>(a.teamIds()))),
                Column.text("worker_id", "users.workerId", Account::workerId));
    }

    @GetMapping("/users")
    String users(@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page, Model model) {
        Viewer viewer = administrator();
        model.addAttribute("listing", Listing.of(accounts.list(viewer.laCode()), columns(), sort, dir, page));
        if (!model.containsAttribute("newUser")) {
            model.addAttribute("newUser", new NewUser());
        }
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::code).toList());
        return "people/users";
    }

    @GetMapping("/users.csv")
    ResponseEntity<byte[]> download() {
        Viewer viewer = administrator();
        audit.record(viewer, Action.EXPORT, "users", viewer.laCode(), null);
        return CsvDownload.of("users.csv", Listing.of(accounts.list(viewer.laCode()), columns(), null, null, 1));
    }

    @PostMapping("/users")
    String add(@ModelAttribute("newUser") NewUser form, Model model, RedirectAttributes redirect) {
        Viewer viewer = administrator();
        Map<String, String> errors = check(form);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return users(null, null, null, model);
        }
        Role role = Role.ofCode(form.role).orElseThrow();
        Set<String> teams = role == Role.TEAM_MANAGER ? teams(form.teams) : Set.of();
        // A user belongs to the administrator's own authority: nothing crosses authorities.
        Account account = new Account(form.username.strip(), form.displayName.strip(), role,
                role == Role.REGIONAL_ANALYST ? null : viewer.laCode(), null, teams,
                role == Role.SOCIAL_WORKER ? form.workerId.strip() : null);
        accounts.create(account, form.password);
        audit.record(viewer, Action.CHANGE, "user", account.username(), "added as " + role.code());
        redirect.addFlashAttribute("added", account.username());
        return "redirect:/users";
    }

    /** The URL rules already keep others out; this keeps them out should a rule ever be lost. */
    private Viewer administrator() {
        Viewer viewer = viewers.require();
        if (!viewer.managesUsers()) {
            throw new AccessDeniedException("users are for administrators");
        }
        return viewer;
    }

    private Map<String, String> check(NewUser form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String username = form.username == null ? "" : form.username.strip();
        if (!USERNAME.matcher(username).matches()) {
            errors.put("username", "users.error.username");
        } else if (accounts.exists(username)) {
            errors.put("username", "users.error.taken");
        }
        if (form.displayName == null || form.displayName.isBlank()) {
            errors.put("displayName", "users.error.name");
        }
        Role role = Role.ofCode(form.role == null ? "" : form.role).orElse(null);
        if (role == null) {
            errors.put("role", "users.error.role");
        } else if (role == Role.REGIONAL_ANALYST) {
            errors.put("role", "users.error.regional");
        } else if (role == Role.TEAM_MANAGER && teams(form.teams).isEmpty()) {
            errors.put("teams", "users.error.teams");
        } else if (role == Role.SOCIAL_WORKER && (form.workerId == null || form.workerId.isBlank())) {
            errors.put("workerId", "users.error.worker");
        }
        if (form.password == null || form.password.length() < MIN_PASSWORD) {
            errors.put("password", "users.error.password");
        }
        return errors;
    }

    private static Set<String> teams(String text) {
        Set<String> teams = new LinkedHashSet<>();
        for (String team : (text == null ? "" : text).split("[,\\s]+")) {
            if (!team.isBlank()) {
                teams.add(team.strip());
            }
        }
        return teams;
    }

}
