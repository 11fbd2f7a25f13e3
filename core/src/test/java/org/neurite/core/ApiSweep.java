package org.neurite.core;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The bad-input sweep over a module's public entry points: every public constructor and method of every public
 * class compiled into {@code classes} (found by walking the folder, so new entry points join by themselves) is
 * called with null for each object argument, or, when all its arguments are numbers, with NaN for each
 * floating-point one (and zero for the rest). It must refuse with an {@link IllegalArgumentException} or
 * {@link IllegalStateException} carrying a message, never a NullPointerException or silence; on an instance
 * made by {@code instances}, the {@code fingerprint} must not change.
 */
public final class ApiSweep {
    /** How to make an object to call instance methods on, and what of it must survive a rejected call. */
    public record Instance(Supplier<Object> make, Function<Object, String> fingerprint) {
        /** An immutable value (a configuration record): its {@code toString} must not change. */
        public static Instance value(Supplier<Object> make) {
            return new Instance(make, String::valueOf);
        }
    }

    private final Map<Class<?>, Instance> instances;
    private final Set<String> allowed;
    private final Set<String> skippedPackages;
    private final List<String> failures = new ArrayList<>();
    private int calls;

    /**
     * @param allowed entry points that may take null, as {@code Class.method} or {@code Class.<init>} (give the reason
     *                where the set is written)
     * @param skippedPackages packages that are not entry points (the engine's unchecked hot path)
     */
    public ApiSweep(Map<Class<?>, Instance> instances, Set<String> allowed, Set<String> skippedPackages) {
        this.instances = instances;
        this.allowed = allowed;
        this.skippedPackages = skippedPackages;
    }

    /** Sweeps every public class under {@code classes}; returns the failures, one line each. */
    public List<String> sweep(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(f).toString().replace(java.io.File.separatorChar, '.');
                name = name.substring(0, name.length() - ".class".length());
                if (!name.matches(".*\\$\\d.*") && !name.endsWith("package-info")) {
                    sweepClass(load(name));
                }
            }
        }
        return failures;
    }

    /** The number of calls made, so that a test can show the sweep did something. */
    public int calls() {
        return calls;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiSweep.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sweepClass(Class<?> c) {
        if (!Modifier.isPublic(c.getModifiers()) || Throwable.class.isAssignableFrom(c)
                || skippedPackages.contains(c.getPackageName())
                || (c.getEnclosingClass() != null && !Modifier.isPublic(c.getEnclosingClass().getModifiers()))) {
            return;
        }
        if (!Modifier.isAbstract(c.getModifiers())) {
            for (Constructor<?> k : c.getConstructors()) {
                check(k, null);
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge() || m.getName().equals("equals")
                    || (c.isEnum() && m.getName().equals("valueOf")) || isCallbackHook(c, m)) {
                continue;
            }
            if (Modifier.isStatic(m.getModifiers())) {
                check(m, null);
            } else if (instances.containsKey(c)) {
                check(m, instances.get(c));
            }
        }
    }

    /** Callback hooks are called by fit with its own non-null context, not by users. */
    private static boolean isCallbackHook(Class<?> c, Method m) {
        if (!Callback.class.isAssignableFrom(c)) {
            return false;
        }
        try {
            return !Modifier.isStatic(Callback.class.getMethod(m.getName(), m.getParameterTypes()).getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private void check(Executable e, Instance instance) {
        Class<?>[] types = e.getParameterTypes();
        boolean floating = Arrays.stream(types).anyMatch(t -> t == double.class || t == float.class);
        if (Arrays.stream(types).allMatch(Class::isPrimitive) && !floating) {
            return;
        }
        String who = e.getDeclaringClass().getSimpleName() + "." + (e instanceof Method ? e.getName() : "<init>");
        String signature = who + Arrays.toString(Arrays.stream(types).map(Class::getSimpleName).toArray());
        if (allowed.contains(who)) {
            return;
        }
        Object[] args = new Object[types.length];
        boolean nan = Arrays.stream(types).allMatch(Class::isPrimitive);
        for (int i = 0; i < args.length; i++) {
            args[i] = !nan ? zero(types[i]) : types[i] == double.class ? Double.NaN
                    : types[i] == float.class ? (Object) Float.NaN : zero(types[i]);
        }
        Object target = instance == null ? null : instance.make().get();
        String before = instance == null ? null : instance.fingerprint().apply(target);
        calls++;
        try {
            if (e instanceof Method m) {
                m.invoke(target, args);
            } else {
                ((Constructor<?>) e).newInstance(args);
            }
            failures.add(signature + (nan ? " accepted NaN" : " accepted null arguments"));
        } catch (InvocationTargetException thrown) {
            Throwable t = thrown.getCause();
            boolean clear = (t instanceof IllegalArgumentException || t instanceof IllegalStateException)
                    && t.getMessage() != null && !t.getMessage().isBlank();
            if (!clear) {
                failures.add(signature + " threw " + t);
            } else if (instance != null && !before.equals(instance.fingerprint().apply(target))) {
                failures.add(signature + " changed the object although it refused: " + t.getMessage());
            }
        } catch (ReflectiveOperationException thrown) {
            failures.add(signature + " could not be called: " + thrown);
        }
    }

    private static Object zero(Class<?> t) {
        if (!t.isPrimitive()) {
            return null;
        }
        if (t == boolean.class) {
            return false;
        }
        if (t == char.class) {
            return '\0';
        }
        return switch (t.getName()) {
            case "double" -> 0.0;
            case "float" -> 0f;
            case "long" -> 0L;
            case "short" -> (short) 0;
            case "byte" -> (byte) 0;
            default -> 0;
        };
    }
}
