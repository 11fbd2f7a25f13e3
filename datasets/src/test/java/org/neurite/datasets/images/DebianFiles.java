package org.neurite.datasets.images;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Test helper: the folder Debian's {@code dataset-fashion-mnist} installs. Under CI ({@code CI=true}, where
 * {@code .ci/run} installs the package) a missing folder fails the test; on a developer's machine without the
 * package the test is skipped with the command that installs it.
 */
final class DebianFiles {
    static final Path FOLDER = Archive.FASHION_MNIST.systemFolder();

    private DebianFiles() {
    }

    static Path folder() {
        boolean present = Files.isRegularFile(FOLDER.resolve("train-images-idx3-ubyte.gz"));
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(FOLDER + " is missing under CI: .ci/run must install it (apt-get install -y dataset-fashion-mnist)");
        }
        Assumptions.assumeTrue(present, FOLDER + " is missing: apt-get install dataset-fashion-mnist to run this test");
        return FOLDER;
    }

    /** The SHA-256 of each of Debian's four files, in the archive's order. */
    static List<String> digests() throws IOException {
        List<String> digests = new ArrayList<>();
        for (String name : Archive.FASHION_MNIST.files()) {
            digests.add(sha256(folder().resolve(name)));
        }
        return digests;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fashion-MNIST as Debian ships it, served from {@code base} with the digests of Debian's files. */
    static Archive servedFrom(java.net.URI base) throws IOException {
        return new Archive("Fashion-MNIST", "fashion-mnist", Archive.FASHION_MNIST.files(), digests(),
                List.of(base), null, null);
    }
}
