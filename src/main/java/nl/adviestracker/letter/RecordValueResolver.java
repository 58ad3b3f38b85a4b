package nl.adviestracker.letter;

import com.github.jknack.handlebars.ValueResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Lets templates read the components of records ({@code {{subject}}} reads {@code subject()}) and
 * nothing else: no other method of a view can be called from a template.
 *
 * <p>The accessors of each record class are looked up once and kept: {@link Class#getRecordComponents()}
 * makes new accessor methods on every call, and the first call of a new method sets up its reflective
 * access, which was a tenth of a letter's template rendering.
 */
enum RecordValueResolver implements ValueResolver {
    INSTANCE;

    /** Each record class's accessors by component name, in declaration order. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                accessors.put(component.getName(), accessor);
            }
            return Collections.unmodifiableMap(accessors);
        }
    };

    @Override
    public Object resolve(Object context, String name) {
        if (context instanceof Record) {
            Method accessor = ACCESSORS.get(context.getClass()).get(name);
            if (accessor != null) {
                return read(context, accessor);
            }
        }
        return UNRESOLVED;
    }

    @Override
    public Object resolve(Object context) {
        return UNRESOLVED;
    }

    @Override
    public Set<Map.Entry<String, Object>> propertySet(Object context) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (context instanceof Record) {
            ACCESSORS
                    .get(context.getClass())
                    .forEach((name, accessor) -> properties.put(name, read(context, accessor)));
        }
        return properties.entrySet();
    }

    private static Object read(Object record, Method accessor) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }
}
