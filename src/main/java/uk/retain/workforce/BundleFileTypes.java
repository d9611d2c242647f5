package uk.retain.workforce;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The files capability modules add to the bundle format, found once through {@link ServiceLoader} (each module
 * names its {@link BundleFileType} subclasses in {@code META-INF/services/uk.retain.workforce.BundleFileType}), in
 * the format's order. The command line reads bundles without Spring, so the registry cannot be a bean.
 */
public final class BundleFileTypes {

    private static final List<BundleFileType<?>> ALL;
    private static final Map<Class<?>, BundleFileType<?>> BY_CLASS = new HashMap<>();

    static {
        List<BundleFileType<?>> found = new ArrayList<>();
        for (BundleFileType<?> type : ServiceLoader.load(BundleFileType.class, BundleFileType.class.getClassLoader())) {
            found.add(type);
            BY_CLASS.put(type.getClass(), type);
        }
        found.sort(Comparator.comparingInt(BundleFileType::order));
        ALL = List.copyOf(found);
    }

    private BundleFileTypes() {
    }

    /** Every capability file, in the format's order. */
    public static List<BundleFileType<?>> all() {
        return ALL;
    }

    @SuppressWarnings("unchecked")
    public static <T> BundleFileType<T> of(Class<? extends BundleFileType<T>> type) {
        return (BundleFileType<T>) typeOf(type);
    }

    /** The registered instance of a capability file's class. */
    public static BundleFileType<?> typeOf(Class<?> type) {
        BundleFileType<?> found = BY_CLASS.get(type);
        if (found == null) {
            throw new IllegalArgumentException(type.getName() + " is not listed in META-INF/services/"
                    + BundleFileType.class.getName());
        }
        return found;
    }

    public static Optional<BundleFileType<?>> named(String fileName) {
        for (BundleFileType<?> type : ALL) {
            if (type.fileName().equals(fileName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
