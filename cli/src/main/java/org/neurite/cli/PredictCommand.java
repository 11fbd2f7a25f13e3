package org.neurite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.core.Sequential;
import org.neurite.datasets.io.CsvLoader;
import org.neurite.datasets.io.CsvOptions;
import org.neurite.datasets.io.MalformedFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code neurite predict}: a saved model's outputs for CSV rows read from a file or stdin, written as CSV. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict with a saved model: CSV rows in (file or stdin), one CSV row of outputs per input row.")
final class PredictCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE",
            description = "A model saved by 'neurite train --save', or a Keras .keras or .h5 file.")
    Path modelFile;

    @Option(names = "--input", defaultValue = "-", paramLabel = "FILE",
            description = "CSV of input rows; - for stdin (the default).")
    String input;

    @Option(names = "--header", description = "The input's first row is a header.")
    boolean header;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Sequential model = Persistence.load(modelFile);
        Path file;
        Path temporary = null;
        if ("-".equals(input)) {
            temporary = Files.createTempFile("neurite-predict", ".csv");
            Files.write(temporary, System.in.readAllBytes());
            file = temporary;
        } else {
            file = Path.of(input);
            if (!Files.isRegularFile(file)) {
                throw new UsageException("--input: file not found: " + file);
            }
        }
        INDArray x;
        try {
            x = CsvLoader.loadFeatures(file, CsvOptions.defaults().withHeader(header).withoutLabels()
                    .withDataType(model.dataType()));
        } catch (MalformedFileException e) {
            throw new UsageException("--input: " + e.getMessage().replace(file.toString(),
                    temporary != null ? "<stdin>" : file.toString()));
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
        if (x.size(1) != model.inputWidth()) {
            throw new UsageException("--input has " + x.size(1) + " columns but the model takes "
                    + model.inputWidth());
        }
        INDArray p = model.predict(x);
        PrintWriter out = spec.commandLine().getOut();
        boolean single = model.dataType() == DataType.FLOAT;
        for (int r = 0; r < p.size(0); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < p.size(1); c++) {
                double v = p.getDouble(r, c);
                line.append(c > 0 ? "," : "").append(single ? Float.toString((float) v) : Double.toString(v));
            }
            out.println(line);
        }
        out.flush();
        return 0;
    }
}
