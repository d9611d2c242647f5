package uk.retain.people.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.retain.people.Account;
import uk.retain.people.Accounts;
import uk.retain.people.Audited;
import uk.retain.people.Audited.Action;
import uk.retain.people.Role;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Column;
import uk.retain.web.CsvDownload;
import uk.retain.web.Listing;
import uk.retain.workforce.Registers;

/** The administrator's users page: the authority's accounts, and adding one. */
@Controller
class UsersController {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,100}");
    static final int MIN_PASSWORD = 12;

    private final Accounts accounts;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;
    private final Registers registers;

    UsersController(Accounts accounts, Viewers viewers, ApplicationEventPublisher events, Registers registers) {
        this.accounts = accounts;
        this.viewers = viewers;
        this.events = events;
        this.registers = registers;
    }

    /**
     * The form to add a user, bound by its setters (a form with public fields and no setters is never bound); never
     * carries an id the server trusts beyond validation.
     */
    public static class NewUser {
        private String username = "";
        private String displayName = "";
        private String role = "";
        private String teams = "";
        private String workerId = "";
        private String password = "";

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getTeams() { return teams; }
        public void setTeams(String teams) { this.teams = teams; }
        public String getWorkerId() { return workerId; }
        public void setWorkerId(String workerId) { this.workerId = workerId; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }

    /** The form to change a user's role, scope and access; the user is named by the address, not the form. */
    public static class ChangedUser {
        private String role = "";
        private String teams = "";
        private String workerId = "";
        private String access = "enabled";

        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getTeams() { return teams; }
        public void setTeams(String teams) { this.teams = teams; }
        public String getWorkerId() { return workerId; }
        public void setWorkerId(String workerId) { this.workerId = workerId; }
        public String getAccess() { return access; }
        public void setAccess(String access) { this.access = access; }

        static ChangedUser of(Accounts.Stored stored) {
            ChangedUser form = new ChangedUser();
            form.role = stored.account().role().code();
            form.teams = String.join(" ", new java.util.TreeSet<>(stored.account().teamIds()));
            form.workerId = stored.account().workerId() == null ? "" : stored.account().workerId();
            form.access = stored.enabled() ? "enabled" : "disabled";
            return form;
        }
    }

    /** A row of the users list: the account and whether it may sign in. */
    record UserRow(Account account, boolean enabled) {
    }

    static List<Column<UserRow>> columns() {
        return List.of(
                // A regional analyst is set up for the region, not by the authority: listed, not changed here.
                Column.text("username", "users.username", (UserRow u) -> u.account().username())
                        .linkedTo(u -> u.account().laCode() == null ? null : "/users/" + u.account().username()),
                Column.text("name", "users.name", (UserRow u) -> u.account().displayName()),
                Column.text("role", "users.role", (UserRow u) -> u.account().role().code()),
                Column.text("teams", "users.teams", (UserRow u) -> String.join(" ", new java.util.TreeSet<>(u.account().teamIds()))),
                Column.text("worker_id", "users.workerId", (UserRow u) -> u.account().workerId()),
                Column.text("access", "users.access", (UserRow u) -> u.enabled() ? "enabled" : "disabled"));
    }

    /**
     * Everyone who may sign in to see the authority: its own accounts, and the regional analysts of its region (who
     * see its aggregates), by username.
     */
    private List<UserRow> rows(String laCode) {
        List<Account> all = new java.util.ArrayList<>(accounts.list(laCode));
        registers.authorities().stream().filter(authority -> authority.laCode().equals(laCode)).findFirst()
                .filter(authority -> authority.regionCode() != null)
                .ifPresent(authority -> all.addAll(accounts.listRegion(authority.regionCode())));
        all.sort(java.util.Comparator.comparing(Account::username));
        return all.stream()
                .map(account -> new UserRow(account, accounts.find(account.username()).map(Accounts.Stored::enabled).orElse(false)))
                .toList();
    }

    @GetMapping("/users")
    String users(@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) Integer page, Model model) {
        Viewer viewer = administrator();
        model.addAttribute("listing", Listing.of(rows(viewer.laCode()), columns(), sort, dir, page));
        if (!model.containsAttribute("newUser")) {
            model.addAttribute("newUser", new NewUser());
        }
        model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::code).toList());
        return "people/users";
    }

    @GetMapping("/users.csv")
    ResponseEntity<byte[]> download() {
        Viewer viewer = administrator();
        events.publishEvent(Audited.of(viewer, Action.EXPORT, "users", viewer.laCode(), null));
        return CsvDownload.of("users.csv", Listing.of(rows(viewer.laCode()), columns(), null, null, 1));
    }

    @PostMapping("/users")
    String add(@ModelAttribute("newUser") NewUser form, Model model, RedirectAttributes redirect) {
        Viewer viewer = administrator();
        Map<String, String> errors = check(form);
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return users(null, null, null, model);
        }
        Role role = Role.ofCode(form.role.strip()).orElseThrow();
        Set<String> teams = role == Role.TEAM_MANAGER ? teams(form.teams) : Set.of();
        // A user belongs to the administrator's own authority: nothing crosses authorities.
        Account account = new Account(form.username.strip(), form.displayName.strip(), role,
                role == Role.REGIONAL_ANALYST ? null : viewer.laCode(), null, teams, workerOf(role, form.workerId));
        accounts.create(account, form.password);
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "user", account.username(), "added as " + role.code()));
        redirect.addFlashAttribute("added", account.username());
        return "redirect:/users";
    }

    /** One user of the administrator's authority, with the form to change their role, scope and access. */
    @GetMapping("/users/{username}")
    String user(@PathVariable String username, Model model) {
        Viewer viewer = administrator();
        Accounts.Stored stored = ownUser(viewer, username);
        model.addAttribute("user", stored.account());
        model.addAttribute("enabled", stored.enabled());
        if (!model.containsAttribute("changedUser")) {
            model.addAttribute("changedUser", ChangedUser.of(stored));
        }
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(role -> role != Role.REGIONAL_ANALYST).map(Role::code).toList());
        return "people/user";
    }

    @PostMapping("/users/{username}")
    String change(@PathVariable String username, @ModelAttribute("changedUser") ChangedUser form, Model model,
            RedirectAttributes redirect) {
        Viewer viewer = administrator();
        Accounts.Stored stored = ownUser(viewer, username);
        Map<String, String> errors = new LinkedHashMap<>();
        Role role = checkRoleAndScope(form.role, form.teams, form.workerId, errors);
        if (!"enabled".equals(form.access) && !"disabled".equals(form.access)) {
            errors.put("access", "users.error.access");
        } else if ("disabled".equals(form.access) && username.equals(viewer.account().username())) {
            errors.put("access", "users.error.disableSelf");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return user(username, model);
        }
        Account was = stored.account();
        Account account = new Account(was.username(), was.displayName(), role, was.laCode(), null,
                role == Role.TEAM_MANAGER ? teams(form.teams) : Set.of(), workerOf(role, form.workerId));
        boolean enabled = "enabled".equals(form.access);
        accounts.update(account);
        accounts.setEnabled(username, enabled);
        events.publishEvent(Audited.of(viewer, Action.CHANGE, "user", username, "role " + was.role().code() + " -> " + role.code()
                + (stored.enabled() == enabled ? "" : enabled ? "; enabled" : "; disabled")));
        redirect.addFlashAttribute("changed", username);
        return "redirect:/users";
    }

    /** A user of the administrator's own authority; anyone else is not found, as if they did not exist. */
    private Accounts.Stored ownUser(Viewer viewer, String username) {
        return accounts.find(username).filter(stored -> viewer.laCode().equals(stored.account().laCode()))
                .orElseThrow(uk.retain.web.PageNotFound::new);
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
        checkRoleAndScope(form.role, form.teams, form.workerId, errors);
        if (form.password == null || form.password.length() < MIN_PASSWORD) {
            errors.put("password", "users.error.password");
        }
        return errors;
    }

    /**
     * The role a form names, and the scope it needs: teams for a team manager, a worker for a social worker; a problem
     * for each field that is wrong goes into {@code errors}. Regional analysts are not set up by an authority.
     */
    private static Role checkRoleAndScope(String roleCode, String teams, String workerId, Map<String, String> errors) {
        Role role = Role.ofCode(roleCode == null ? "" : roleCode.strip()).orElse(null);
        if (role == null) {
            errors.put("role", "users.error.role");
        } else if (role == Role.REGIONAL_ANALYST) {
            errors.put("role", "users.error.regional");
        } else if (role == Role.TEAM_MANAGER && teams(teams).isEmpty()) {
            errors.put("teams", "users.error.teams");
        } else if (role == Role.SOCIAL_WORKER && (workerId == null || workerId.isBlank())) {
            errors.put("workerId", "users.error.worker");
        }
        return role;
    }

    /**
     * The register's worker an account is: required of a social worker; kept, when given, for a team manager,
     * workforce lead or senior leader who is in the register (so that their name and record agree; it gives them no
     * other scope); never for HR, the administrator or a regional analyst.
     */
    private static String workerOf(Role role, String workerId) {
        boolean inRegister = role == Role.SOCIAL_WORKER || role == Role.TEAM_MANAGER || role == Role.WORKFORCE_LEAD
                || role == Role.SENIOR_LEADER;
        return inRegister && workerId != null && !workerId.isBlank() ? workerId.strip() : null;
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
