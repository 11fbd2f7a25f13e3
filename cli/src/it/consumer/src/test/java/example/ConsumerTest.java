package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.layers.Dense;
import org.neurite.core.FitOptions;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Sequential;
import org.neurite.optimizers.Adam;

/** What a project depending on Neurite sees: a model that trains, and only this machine's native libraries. */
class ConsumerTest {
    /** Classifiers of JavaCPP-packaged natives: anything of this shape that is not ours must be absent. */
    private static final List<String> PLATFORMS = List.of("android-arm", "android-arm64", "android-x86",
            "android-x86_64", "ios-arm64", "ios-x86_64", "linux-armhf", "linux-arm64", "linux-ppc64le", "linux-x86",
            "linux-x86_64", "macosx-arm64", "macosx-x86_64", "windows-x86", "windows-x86_64");

    private static String host() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        String family = os.startsWith("mac") ? "macosx" : os.startsWith("windows") ? "windows" : "linux";
        return family + "-" + (arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : "arm64");
    }

    @Test
    void aModelTrainsOnTheNativeBackendWithAnOptimizerFromNeuriteOptimizers() {
        float[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        Sequential model = new Sequential(new Dense(4, "tanh"), new Dense(1, "sigmoid"));
        model.compile(new Adam(0.05), Loss.BINARY_CROSSENTROPY, Metric.BINARY_ACCURACY);
        model.fit(Nd4j.createFromArray(x), Nd4j.createFromArray(new float[][] {{0}, {1}, {1}, {0}}),
                FitOptions.defaults().withEpochs(500).withBatchSize(4).withSeed(42).withVerbose(0));
        float[][] p = model.predict(x);
        assertTrue(p[0][0] < 0.5 && p[1][0] > 0.5 && p[2][0] > 0.5 && p[3][0] < 0.5, Arrays.deepToString(p));
    }

    @Test
    void theClassPathHoldsOnlyThisPlatformsNatives() {
        List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(p -> Path.of(p).getFileName().toString()).toList();
        String host = host();
        for (String artifact : List.of("nd4j-native-1.0.0-M2.1", "openblas-0.3.19-1.5.7", "javacpp-1.5.7")) {
            assertTrue(jars.contains(artifact + "-" + host + ".jar"), artifact + "-" + host + " in " + jars);
        }
        List<String> foreign = jars.stream().filter(j -> PLATFORMS.stream()
                .anyMatch(p -> !p.equals(host) && j.endsWith("-" + p + ".jar"))).toList();
        assertEquals(List.of(), foreign, "natives of other platforms on the class path");
        assertTrue(jars.stream().noneMatch(j -> j.startsWith("mkl")), "MKL on the class path: " + jars);
    }

    @Test
    void theLocalRepositoryReceivedNoOtherPlatformsNatives() throws IOException {
        Path repository = Path.of(System.getProperty("consumer.repository"));
        String host = host();
        try (Stream<Path> files = Files.walk(repository)) {
            List<String> foreign = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".jar"))
                    .filter(f -> PLATFORMS.stream().anyMatch(p -> !p.equals(host) && f.endsWith("-" + p + ".jar")))
                    .toList();
            assertEquals(List.of(), foreign, "natives of other platforms downloaded into " + repository);
        }
    }
}
