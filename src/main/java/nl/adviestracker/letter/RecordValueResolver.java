package nl.adviestracker.letter;

import com.github.jknack.handlebars.ValueResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Lets templates read the components of records ({@code {{subject}}} reads {@code subject()}) and
 * nothing else: no other method of a view can be called from a template.
 */
enum RecordValueResolver implements ValueResolver {
    INSTANCE;

    @Override
    public Object resolve(Object context, String name) {
        if (context instanceof Record) {
            for (RecordComponent component : context.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return read(context, component);
                }
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
            for (RecordComponent component : context.getClass().getRecordComponents()) {
                properties.put(component.getName(), read(context, component));
            }
        }
        return properties.entrySet();
    }

    private static Object read(Object record, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
