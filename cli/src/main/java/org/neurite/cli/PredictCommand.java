package org.neurite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.core.Sequential;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code neurite predict}: a saved model's outputs for CSV rows read from a file or stdin, written as CSV in
 * plain decimals. With the model's {@link Schema} (saved by {@code train --save}) the input may be the training
 * CSV itself: columns are picked by header name (a header is recognised by the model's column names), label
 * columns are ignored, inputs are standardized as in training, and the class name is added as a last column.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict with a saved model: CSV rows in (file or stdin), one CSV row of outputs per input row.")
final class PredictCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE",
            description = "A model saved by 'neurite train --save', or a Keras .keras or .h5 file.")
    Path modelFile;

    @Option(names = "--input", defaultValue = "-", paramLabel = "FILE",
            description = "CSV of input rows; - for stdin (the default).")
    String input;

    @Option(names = "--header", description = "The input's first row is a header (recognised without this flag "
            + "when it holds the model's column names).")
    boolean header;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Sequential model = Persistence.load(modelFile);
        Schema schema = Schema.load(modelFile);
        boolean stdin = "-".equals(input);
        Path file = stdin ? Files.createTempFile("neurite-predict", ".csv") : Path.of(input);
        INDArray x;
        try {
            if (stdin) {
                Files.write(file, System.in.readAllBytes());
            } else if (!Files.isRegularFile(file)) {
                throw new UsageException("--input: file not found: " + file);
            }
            x = inputs(file, schema, model);
        } catch (UsageException e) {
            throw stdin ? new UsageException(e.getMessage().replace(file.toString(), "<stdin>")) : e;
        } finally {
            if (stdin) {
                Files.deleteIfExists(file);
            }
        }
        if (schema != null && schema.standardizer() != null) {
            x = schema.standardizer().apply(x);
        }
        print(model.predict(x), schema);
        return 0;
    }

    private INDArray inputs(Path file, Schema schema, Sequential model) throws IOException {
        boolean named;
        boolean csv = schema != null && !schema.columns().isEmpty();
        try (var lines = Files.lines(file)) {
            named = csv && lines.findFirst()
                    .map(l -> schema.features().stream().anyMatch(l::contains)).orElse(false);
        }
        CsvTable table = CsvTable.read(file, header || named, "--input");
        List<Integer> columns = new ArrayList<>();
        if (csv && (header || named)) {
            for (String name : schema.features()) {
                int c = table.column(name);
                if (c < 0) {
                    throw new UsageException("--input: no column '" + name + "' in " + file + "; the model takes "
                            + String.join(", ", schema.features()));
                }
                columns.add(c);
            }
        } else if (table.width() == model.inputWidth()) {
            for (int c = 0; c < table.width(); c++) {
                columns.add(c);
            }
        } else if (csv && table.width() == schema.columns().size()) {
            schema.features().forEach(f -> columns.add(schema.columns().indexOf(f)));
        } else {
            throw new UsageException("--input has " + table.width() + " columns but the model takes "
                    + model.inputWidth() + (schema == null ? "" : " (" + String.join(", ", schema.features()) + ")"));
        }
        double[][] m = new double[table.rows().size()][columns.size()];
        for (int r = 0; r < m.length; r++) {
            for (int k = 0; k < columns.size(); k++) {
                m[r][k] = table.number(r, columns.get(k), "--input");
            }
        }
        return Nd4j.createFromArray(m).castTo(model.dataType());
    }

    private void print(INDArray p, Schema schema) {
        PrintWriter out = spec.commandLine().getOut();
        boolean single = p.dataType() == org.nd4j.linalg.api.buffer.DataType.FLOAT;
        boolean classes = schema != null && !schema.classes().isEmpty();
        for (int r = 0; r < p.size(0); r++) {
            StringBuilder line = new StringBuilder();
            double[] row = p.getRow(r).toDoubleVector();
            for (int c = 0; c < row.length; c++) {
                line.append(c > 0 ? "," : "").append(single ? Decimals.plain((float) row[c]) : Decimals.plain(row[c]));
            }
            if (classes) {
                int[] answer = schema.gradingValue().predicted(row);
                line.append(',').append(schema.classes().get(answer[0]));
            }
            out.println(line);
        }
        out.flush();
    }
}
