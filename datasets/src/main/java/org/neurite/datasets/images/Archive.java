package org.neurite.datasets.images;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Where one IDX dataset's four files live: their names (train images, train labels, test images, test
 * labels), the SHA-256 of each file as published at the canonical URLs, the base URLs to try in order, the
 * folder a system package installs (or null) and how to install it.
 */
record Archive(String title, String folder, List<String> files, List<String> sha256, List<URI> baseUrls,
               Path systemFolder, String installHint) {
    Archive {
        if (files.size() != 4 || sha256.size() != 4 || baseUrls.isEmpty()) {
            throw new IllegalArgumentException("Archive " + title + ": expected 4 files, 4 digests and at least one "
                    + "URL; received " + files + ", " + sha256 + ", " + baseUrls + ".");
        }
    }

    /**
     * Fashion-MNIST (Xiao, Rasul and Vollgraf, 2017): Zalando's canonical download and the mirror Keras uses.
     * Digests of the published {@code .gz} files. Debian's {@code dataset-fashion-mnist} installs the same
     * images, recompressed without the file name in the gzip header (so those files have other digests).
     */
    static final Archive FASHION_MNIST = new Archive("Fashion-MNIST", "fashion-mnist",
            List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                    "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"),
            List.of("08dc20ab1689590a0bcd66e874647b6ee8464e2d501b5a3f1f78831db19a3fdc",
                    "b0197879cbda89f3dc7b894f9fd52b858e68ea4182b6947c9d8c2b67e5f18dcc",
                    "78dcbbfb5a27efaf1b6c1d616caca68560be8766c5bffcb2791df9273a534229",
                    "42bd18137a62d5998cdeae52bf3a0676ac6b706f5cf8439b47bb5b151ae3dccf"),
            List.of(URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"),
                    URI.create("https://storage.googleapis.com/tensorflow/tf-keras-datasets/")),
            Path.of("/usr/share/datasets/fashion-mnist"),
            "on Debian or Ubuntu: sudo apt-get install dataset-fashion-mnist");

    /**
     * MNIST (LeCun, Cortes and Burges): the CVDF mirror TensorFlow uses, then the one PyTorch uses (LeCun's
     * own site no longer serves the files reliably). Debian ships no MNIST package.
     */
    static final Archive MNIST = new Archive("MNIST", "mnist",
            List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                    "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"),
            List.of("440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
                    "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
                    "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
                    "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"),
            List.of(URI.create("https://storage.googleapis.com/cvdf-datasets/mnist/"),
                    URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/")),
            null, null);

    Archive withSystemFolder(Path folder) {
        return new Archive(title, this.folder, files, sha256, baseUrls, folder, installHint);
    }
}
