package org.neurite.core;

import java.util.ServiceLoader;

/** The implementations the API reaches through interfaces, found once with {@link ServiceLoader}. */
final class Services {
    private Services() {
    }

    static ModelStore modelStore() {
        return StoreHolder.STORE;
    }

    static Diagnostician diagnostician() {
        return DiagnosticianHolder.DIAGNOSTICIAN;
    }

    private static <T> T find(Class<T> type) {
        return ServiceLoader.load(type, Services.class.getClassLoader()).findFirst().orElseThrow(() ->
                new IllegalStateException("No " + type.getName() + " implementation on the class path; received none"
                        + " from META-INF/services. Put neurite-core's jar (which registers one) on the class path."));
    }

    private static final class StoreHolder {
        static final ModelStore STORE = find(ModelStore.class);
    }

    private static final class DiagnosticianHolder {
        static final Diagnostician DIAGNOSTICIAN = find(Diagnostician.class);
    }
}
