package org.neurite.core.io;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.object.message.DataLayout;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Read access to an HDF5 file held in memory, through jHDF, trusting nothing the file declares. jHDF reads
 * an in-memory file by slicing its buffer, so an address or length beyond the file fails instead of
 * allocating; before any dataset or attribute is materialised its declared byte size is checked against the
 * file's own size; links, chunked and filtered datasets (which Keras never writes) are refused; and every
 * failure of the parser, including the stack overflow of a structure that loops, becomes a
 * {@link ModelFileException} naming the file, the entry and the HDF5 path.
 */
final class Hdf5 implements AutoCloseable {
    private static final int MAX_NAMES = 100_000;
    private final HdfFile file;
    private final long size;
    private final Path path;
    private final String entry;

    private Hdf5(HdfFile file, long size, Path path, String entry) {
        this.file = file;
        this.size = size;
        this.path = path;
        this.entry = entry;
    }

    static Hdf5 open(byte[] bytes, Path path, String entry) {
        if (bytes.length < 8 || bytes[0] != (byte) 0x89 || bytes[1] != 'H' || bytes[2] != 'D' || bytes[3] != 'F') {
            throw new ModelFileException(path, entry, "is not an HDF5 file (it does not start with the HDF5 "
                    + "signature).");
        }
        return guard(path, entry, "/", () -> new Hdf5(HdfFile.fromBytes(bytes), bytes.length, path, entry));
    }

    /** The group at {@code hdfPath}, or null when there is none (a dataset there is an error). */
    Group group(String hdfPath) {
        Node node = node(hdfPath);
        if (node == null) {
            return null;
        }
        if (!(node instanceof Group)) {
            throw fail(hdfPath, "is not a group.");
        }
        return (Group) node;
    }

    /** The node at {@code hdfPath}, or null. */
    Node node(String hdfPath) {
        return guard(hdfPath, () -> {
            Node node = file;
            for (String part : hdfPath.split("/")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (!(node instanceof Group)) {
                    return null;
                }
                Node child = ((Group) node).getChild(part);
                if (child == null) {
                    return null;
                }
                if (child.isLink()) {
                    throw fail(hdfPath, "is a link; Keras files hold no links, so it is refused.");
                }
                node = child;
            }
            return node;
        });
    }

    /** The names of a group's children, in the file's order. */
    List<String> children(Group group) {
        return guard(group.getPath(), () -> limited(group.getPath(), group.getChildren().keySet()));
    }

    /** The names of the children of the group at {@code hdfPath}, refused when there are more than 100,000. */
    List<String> limited(String hdfPath, java.util.Collection<String> names) {
        if (names.size() > MAX_NAMES) {
            throw fail(hdfPath, "has more than " + MAX_NAMES + " children.");
        }
        return new ArrayList<>(names);
    }

    /** A float or integer dataset as a {@link Tensor} named {@code name}. */
    Tensor tensor(String hdfPath, String name) {
        Node node = node(hdfPath);
        if (!(node instanceof Dataset)) {
            throw fail(hdfPath, node == null ? "is missing." : "is not a dataset.");
        }
        Dataset d = (Dataset) node;
        return guard(hdfPath, () -> {
            DataLayout layout = d.getDataLayout();
            if (layout != DataLayout.CONTIGUOUS && layout != DataLayout.COMPACT) {
                throw fail(hdfPath, "is stored " + layout + "; Keras writes contiguous datasets, so it is refused.");
            }
            Class<?> type = primitive(d.getJavaType());
            boolean real = type == float.class || type == double.class;
            if (!real && type != int.class && type != long.class) {
                throw fail(hdfPath, "holds " + type.getSimpleName() + " values; expected float32, float64 or an "
                        + "integer counter.");
            }
            long[] shape = d.isScalar() ? new long[0] : d.getDimensionsAsLong();
            checkSize(hdfPath, shape, type == float.class || type == int.class ? 4 : 8);
            double[] values = doubles(d.isScalar() ? d.getData() : d.getDataFlat());
            if (values.length != count(shape)) {
                throw fail(hdfPath, "declares " + count(shape) + " values but holds " + values.length + ".");
            }
            // Integer counters (an optimizer's iteration) are exact as doubles below 2^53.
            return new Tensor(name, type == float.class ? DataType.FLOAT : DataType.DOUBLE, shape, values);
        });
    }

    /**
     * A string attribute, or a list of strings (Keras's {@code layer_names}, {@code weight_names}); an empty
     * numeric array (Keras's empty {@code weight_names}) gives an empty list; null when absent.
     */
    List<String> strings(Node node, String attribute) {
        return guard(node.getPath() + "@" + attribute, () -> {
            Attribute a = node.getAttribute(attribute);
            if (a == null) {
                return null;
            }
            long[] shape = a.isScalar() ? new long[0] : a.getDimensionsAsLong();
            checkSize(node.getPath() + "@" + attribute, shape, 1);
            if (!a.isScalar() && count(shape) == 0) {
                return List.of();
            }
            Object data = a.getData();
            List<String> out = new ArrayList<>();
            if (data instanceof String s) {
                out.add(s);
            } else if (data != null && data.getClass().isArray() && data.getClass().getComponentType() == String.class) {
                for (int i = 0; i < Array.getLength(data); i++) {
                    out.add((String) Array.get(data, i));
                }
            } else {
                throw fail(node.getPath() + "@" + attribute, "is not a string attribute.");
            }
            return out;
        });
    }

    private static double[] doubles(Object flat) {
        if (flat instanceof Number n) {
            return new double[] {n.doubleValue()};
        }
        double[] out = new double[Array.getLength(flat)];
        if (flat instanceof float[] f) {
            for (int i = 0; i < out.length; i++) {
                out[i] = f[i];
            }
        } else if (flat instanceof double[] d) {
            System.arraycopy(d, 0, out, 0, out.length);
        } else if (flat instanceof int[] n) {
            for (int i = 0; i < out.length; i++) {
                out[i] = n[i];
            }
        } else {
            long[] n = (long[]) flat;
            for (int i = 0; i < out.length; i++) {
                out[i] = n[i];
            }
        }
        return out;
    }

    private static Class<?> primitive(Class<?> type) {
        return type == Float.class ? float.class : type == Double.class ? double.class : type == Integer.class
                ? int.class : type == Long.class ? long.class : type;
    }

    private void checkSize(String hdfPath, long[] shape, int elementBytes) {
        if (shape.length > 8) {
            throw fail(hdfPath, "has rank " + shape.length + "; at most 8 is allowed.");
        }
        long n = 1;
        for (long d : shape) {
            if (d < 0 || (d > 0 && n > size / d)) {
                throw fail(hdfPath, "declares a shape " + java.util.Arrays.toString(shape) + " larger than the "
                        + size + "-byte file; the file is damaged or hostile.");
            }
            n *= d;
        }
        if (n > size / elementBytes) {
            throw fail(hdfPath, "declares " + n + " values, more than the " + size + "-byte file can hold.");
        }
    }

    private static long count(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    ModelFileException fail(String hdfPath, String detail) {
        return new ModelFileException(path, entry, hdfPath + " " + detail);
    }

    private <T> T guard(String hdfPath, Supplier<T> body) {
        return guard(path, entry, hdfPath, body);
    }

    /** Runs a jHDF call; anything it throws (it may throw any runtime exception on a damaged file) is a bad file. */
    static <T> T guard(Path path, String entry, String hdfPath, Supplier<T> body) {
        try {
            return body.get();
        } catch (ModelFileException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            throw new ModelFileException(path, entry, "HDF5 structure at " + hdfPath + " cannot be read (" + e
                    + "); the file is damaged or not written by Keras.", e);
        }
    }

    @Override
    public void close() {
        try {
            file.close();
        } catch (RuntimeException e) {
            // An in-memory file holds no resources worth reporting.
        }
    }
}
