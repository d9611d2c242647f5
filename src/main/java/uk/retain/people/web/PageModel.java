package uk.retain.people.web;

import java.util.List;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import uk.retain.people.Viewer;
import uk.retain.people.Viewers;

/** What the layout of every page needs: who is signed in and the navigation their role has. */
@ControllerAdvice
class PageModel {

    private final Viewers viewers;

    PageModel(Viewers viewers) {
        this.viewers = viewers;
    }

    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        Viewer viewer = viewers.current().orElse(null);
        model.addAttribute("viewer", viewer);
        model.addAttribute("navigation", viewer == null ? List.of()
                : Navigation.forViewer(viewer, request.getRequestURI().substring(request.getContextPath().length())));
    }
}
