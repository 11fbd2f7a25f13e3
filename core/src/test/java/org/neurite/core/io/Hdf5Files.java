package org.neurite.core.io;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;
import io.jhdf.api.WritableNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

/** Copies HDF5 files through jHDF's writer with some datasets changed, to build edited Keras weights files. */
final class Hdf5Files {
    private Hdf5Files() {
    }

    /**
     * A copy of {@code h5} (groups, attributes and datasets) in which each dataset's data is
     * {@code data.apply(path, data)}, the path without its leading slash; a null result leaves the dataset out.
     * Attributes go through it too, as {@code path@name} (the root's as {@code @name}).
     */
    static byte[] rewrite(byte[] h5, BiFunction<String, Object, Object> data) {
        try {
            Path temp = Files.createTempFile("neurite-test-", ".h5");
            try {
                try (HdfFile in = HdfFile.fromBytes(h5); WritableHdfFile out = HdfFile.write(temp)) {
                    copy(in, out, out, data);
                }
                return Files.readAllBytes(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Group in, WritableGroup out, WritableNode attributes,
                             BiFunction<String, Object, Object> data) {
        String at = in.getPath().substring(1).replaceAll("/$", "");
        in.getAttributes().forEach((name, a) -> attributes.putAttribute(name, data.apply(at + "@" + name,
                a.getData())));
        for (Node child : in.getChildren().values()) {
            if (child instanceof Group g) {
                WritableGroup copy = out.putGroup(child.getName());
                copy(g, copy, copy, data);
            } else {
                Object d = data.apply(child.getPath().substring(1), ((Dataset) child).getData());
                if (d != null) {
                    out.putDataset(child.getName(), d);
                }
            }
        }
    }
}
