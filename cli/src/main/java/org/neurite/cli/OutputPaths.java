package org.neurite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks the paths a run will write before the first epoch, so a typo costs a second and not a training run:
 * {@code --save FILE} needs an existing, writable folder and must not name a folder; {@code --report DIR} must
 * not name a file, and is created now (with its parents) so a folder that cannot be made fails at once.
 */
final class OutputPaths {
    private OutputPaths() {
    }

    static void checkSave(Path file) {
        if (file == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new UsageException("--save " + file + " is a folder; pass a file name such as "
                    + file.resolve("model.zip"));
        }
        if (!Files.isDirectory(parent)) {
            throw new UsageException("--save " + file + ": the folder " + parent + " does not exist; create it "
                    + "(mkdir -p " + parent + ") or save elsewhere");
        }
        if (!Files.isWritable(parent) || (Files.exists(file) && !Files.isWritable(file))) {
            throw new UsageException("--save " + file + ": cannot write "
                    + (Files.exists(file) ? "the existing file" : "in " + parent) + "; choose a writable path");
        }
        Path schema = Schema.fileOf(file);
        if (Files.isDirectory(schema)) {
            throw new UsageException("--save " + file + ": " + schema + " is a folder; the model's schema is "
                    + "written there. Remove it or save elsewhere");
        }
    }

    static void checkReport(Path dir) {
        if (dir == null) {
            return;
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("--report " + dir + " is an existing file; --report takes a folder (the report "
                    + "is DIR/report.html), e.g. --report " + dir.resolveSibling(dir.getFileName() + "-report"));
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UsageException("--report " + dir + ": cannot create the folder (" + e.getMessage() + ")");
        }
        Path html = dir.resolve("report.html");
        if (!Files.isWritable(dir) || Files.isDirectory(html) || (Files.exists(html) && !Files.isWritable(html))) {
            throw new UsageException("--report " + dir + ": cannot write " + html + "; choose another folder");
        }
    }
}
