package de.amm.casedesk.common.api;

import io.quarkus.arc.Arc;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the served document's conventional responses are derived from: for every operation, the roles that may
 * call it and the headers it reads, taken from the JAX-RS resource methods themselves. So a resource declares only
 * its own responses; 401, 403, 404, 412, 422 and 428 follow from its annotations ({@link OpenApiDocument}).
 */
final class OpenApiConventions {

    /** One operation as the resource method declares it. */
    record Declared(Set<String> roles, boolean isPublic, boolean ifMatch, boolean idempotencyKey) {}

    private OpenApiConventions() {}

    /** By "METHOD /api/v1/path/{param}". */
    static Map<String, Declared> scan(String rootPath) {
        Map<String, Declared> operations = new HashMap<>();
        for (Class<?> resource : resourceClasses()) {
            String base = join(rootPath, resource.getAnnotation(Path.class).value());
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path path = method.getAnnotation(Path.class);
                String full = path == null ? base : join(base, path.value());
                RolesAllowed roles = method.getAnnotation(RolesAllowed.class) != null
                        ? method.getAnnotation(RolesAllowed.class)
                        : resource.getAnnotation(RolesAllowed.class);
                boolean isPublic = roles == null
                        && (method.isAnnotationPresent(PermitAll.class)
                                || resource.isAnnotationPresent(PermitAll.class));
                boolean ifMatch = false;
                boolean idempotencyKey = false;
                for (Parameter parameter : method.getParameters()) {
                    HeaderParam header = parameter.getAnnotation(HeaderParam.class);
                    if (header != null && header.value().equalsIgnoreCase("If-Match")) {
                        ifMatch = true;
                    }
                    if (header != null && header.value().equalsIgnoreCase(Idempotency.HEADER)) {
                        idempotencyKey = true;
                    }
                }
                operations.put(
                        verb + " " + full,
                        new Declared(
                                roles == null ? Set.of() : new TreeSet<>(List.of(roles.value())),
                                isPublic,
                                ifMatch,
                                idempotencyKey));
            }
        }
        return operations;
    }

    private static List<Class<?>> resourceClasses() {
        List<Class<?>> classes = new ArrayList<>();
        var beans =
                Arc.container().beanManager().getBeans(Object.class, jakarta.enterprise.inject.Any.Literal.INSTANCE);
        for (var bean : beans) {
            Class<?> type = bean.getBeanClass();
            if (type.isAnnotationPresent(Path.class) && !classes.contains(type)) {
                classes.add(type);
            }
        }
        return classes;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return null;
    }

    static String join(String base, String path) {
        String joined = (base + "/" + path).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return joined.startsWith("/") ? joined : "/" + joined;
    }
}
