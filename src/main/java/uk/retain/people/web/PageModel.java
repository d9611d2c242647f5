package uk.retain.people.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;
import uk.retain.web.Days;
import uk.retain.web.ServiceDay;

/**
 * What the layout of every page needs: who is signed in, the navigation their role has, and where feedback goes
 * ({@code retain.feedback.email}), and the day the service is set on when it is not the calendar's (the demo). Error pages rendered outside a controller's model take the same ({@link #fill}).
 */
@ControllerAdvice
class PageModel {

    private final Viewers viewers;
    private final String feedbackEmail;
    private final String serviceDay;
    private final Navigation navigation;

    PageModel(Viewers viewers, @Value("${retain.feedback.email}") String feedbackEmail, ObjectProvider<ServiceDay> serviceDay,
            Navigation navigation) {
        this.viewers = viewers;
        this.navigation = navigation;
        this.feedbackEmail = feedbackEmail;
        ServiceDay day = serviceDay.getIfAvailable();
        this.serviceDay = day == null ? null : Days.written(day.today());
    }

    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        ModelMap attributes = new ModelMap();
        fill(attributes, request);
        model.addAllAttributes(attributes);
    }

    /** Puts the layout's attributes into {@code model}, for the page of {@code request}. */
    void fill(ModelMap model, HttpServletRequest request) {
        Viewer viewer = viewers.current().orElse(null);
        model.addAttribute("viewer", viewer);
        Navigation.Bars bars = viewer == null ? new Navigation.Bars(List.of(), List.of(), null)
                : navigation.bars(viewer, request.getRequestURI().substring(request.getContextPath().length()));
        model.addAttribute("navigation", bars.service());
        model.addAttribute("sectionNavigation", bars.section());
        model.addAttribute("sectionNavigationLabel", bars.sectionLabel());
        model.addAttribute("feedbackEmail", feedbackEmail);
        model.addAttribute("serviceDay", serviceDay);
    }
}
