package uk.retain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The house rule for a module's edges (docs/architecture.md): the JSON API is written in {@code api/} in classes
 * named {@code *Api}, the pages in {@code web/} in classes named {@code *Controller}, and no page class answers under
 * {@code /api/}, so a reader finds every REST endpoint of a module in one place.
 */
class EdgeNamingTest {

    @Test
    void restClassesLiveInApiAndPageClassesInWeb() {
        List<String> misplaced = new ArrayList<>();
        for (Class<?> type : controllers()) {
            String where = type.getPackageName();
            boolean rest = AnnotatedElementUtils.hasAnnotation(type, RestController.class);
            if (rest && !(where.endsWith(".api") && type.getSimpleName().endsWith("Api"))) {
                misplaced.add(type.getName() + " answers JSON: it belongs in api/ and is named *Api");
            }
            if (!rest && !(where.endsWith(".web") && type.getSimpleName().endsWith("Controller"))) {
                misplaced.add(type.getName() + " answers pages: it belongs in web/ and is named *Controller");
            }
            if (!rest && paths(type).anyMatch(path -> path.startsWith("/api/"))) {
                misplaced.add(type.getName() + " is a page class answering under /api/: move that endpoint to the module's *Api");
            }
        }
        assertThat(misplaced).isEmpty();
    }

    @Test
    void theScanFindsBothKinds() {
        List<Class<?>> found = controllers();
        assertThat(found).anyMatch(type -> AnnotatedElementUtils.hasAnnotation(type, RestController.class));
        assertThat(found).anyMatch(type -> !AnnotatedElementUtils.hasAnnotation(type, RestController.class));
    }

    private static List<Class<?>> controllers() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        return scanner.findCandidateComponents("uk.retain").stream().<Class<?>>map(bean -> {
            try {
                return Class.forName(bean.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static Stream<String> paths(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).flatMap(EdgeNamingTest::mappedPaths);
    }

    private static Stream<String> mappedPaths(Method method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        return mapping == null ? Stream.empty() : Stream.concat(Arrays.stream(mapping.path()), Arrays.stream(mapping.value()));
    }
}
