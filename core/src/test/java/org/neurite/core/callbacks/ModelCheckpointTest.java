package org.neurite.core.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.core.FitOptions;
import org.neurite.core.Loss;
import org.neurite.core.Metric;
import org.neurite.core.Sequential;
import org.neurite.core.io.TinyAdam;

class ModelCheckpointTest {
    @TempDir
    Path dir;

    @Test
    void savesOnlyWhenTheMonitorImproves() {
        ModelCheckpoint checkpoint = new ModelCheckpoint(ModelCheckpoint.Config.defaults(dir.resolve("ck-{epoch}.zip"))
                .withMonitor("score").withSaveBestOnly(true));
        Scripted.model().fit(Scripted.x(), Scripted.y(),
                Scripted.options(4, Scripted.script("score", 3, 1, 2, 0.5), checkpoint));
        assertTrue(Files.exists(dir.resolve("ck-1.zip")));
        assertTrue(Files.exists(dir.resolve("ck-2.zip")));
        assertFalse(Files.exists(dir.resolve("ck-3.zip")));
        assertTrue(Files.exists(dir.resolve("ck-4.zip")));
        assertEquals(dir.resolve("ck-4.zip"), checkpoint.lastSaved());
        assertEquals(0.5, checkpoint.best());
    }

    @Test
    void resumingFromAnEpochCheckpointMatchesTheUninterruptedRunBitForBit() {
        FitOptions options = FitOptions.defaults().withEpochs(4).withBatchSize(4).withSeed(5).withVerbose(0);
        Sequential straight = adamModel();
        straight.fit(Scripted.x(), Scripted.y(), options.withCallbacks(new ModelCheckpoint(
                ModelCheckpoint.Config.defaults(dir.resolve("ck-{epoch:02d}.zip")))));
        Sequential resumed = Sequential.load(dir.resolve("ck-02.zip"));
        assertEquals(2, resumed.epoch());
        resumed.fit(Scripted.x(), Scripted.y(), options.withInitialEpoch(resumed.epoch()));
        assertEquals(Scripted.bits(straight.getWeights()), Scripted.bits(resumed.getWeights()));
        assertEquals(Scripted.bits(Sequential.load(dir.resolve("ck-04.zip")).getWeights()),
                Scripted.bits(straight.getWeights()));
    }

    private static Sequential adamModel() {
        Sequential model = Scripted.model();
        model.compile(new TinyAdam(0.05), Loss.BINARY_CROSSENTROPY, Metric.ACCURACY);
        return model;
    }

    @Test
    void fillsEpochAndLogPlaceholdersWithFormats() {
        assertEquals("m-005-0.12.zip", ModelCheckpoint.fill("m-{epoch:03d}-{loss:.2f}.zip", 4,
                Map.of("loss", 0.1234)));
        assertEquals("m-1-0.5.zip", ModelCheckpoint.fill("m-{epoch}-{loss}.zip", 0, Map.of("loss", 0.5)));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ModelCheckpoint.fill("m-{val_loss}.zip", 0, Map.of("loss", 0.5)));
        assertTrue(e.getMessage().contains("{val_loss}") && e.getMessage().contains("[loss]"), e.getMessage());
    }

    @Test
    void aCheckpointIntoAMissingFolderFailsBeforeTheFirstStep() {
        Sequential model = Scripted.model();
        Path missing = dir.resolve("no-such-folder").resolve("best.zip");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.fit(Scripted.x(),
                Scripted.y(), Scripted.options(2, new ModelCheckpoint(ModelCheckpoint.Config.defaults(missing)))));
        assertTrue(e.getMessage().contains("the folder " + missing.getParent() + " does not exist")
                && e.getMessage().contains("Files.createDirectories"), e.getMessage());
        assertEquals(0, model.step());
        assertEquals(0, model.epoch());
    }

    @Test
    void aValPlaceholderWithoutValidationDataFailsBeforeTheFirstStep() {
        Sequential model = Scripted.model();
        ModelCheckpoint checkpoint = new ModelCheckpoint(ModelCheckpoint.Config.defaults(dir.resolve(
                "m-{val_loss:.2f}.zip")).withMonitor("loss"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.fit(Scripted.x(), Scripted.y(), Scripted.options(2, checkpoint)));
        assertTrue(e.getMessage().contains("monitors 'val_loss' but this fit has no validation data"), e.getMessage());
        assertEquals(0, model.step());
    }

    @Test
    void theShortConstructorsSaveEveryEpochOrTheBestOnly() {
        String every = dir.resolve("every-{epoch}.zip").toString();
        Scripted.model().fit(Scripted.x(), Scripted.y(), Scripted.options(2, new ModelCheckpoint(every)));
        assertTrue(Files.exists(dir.resolve("every-1.zip")) && Files.exists(dir.resolve("every-2.zip")));
        ModelCheckpoint best = new ModelCheckpoint(dir.resolve("best.zip").toString(), true);
        Sequential model = Scripted.model();
        model.fit(Scripted.x(), Scripted.y(), Scripted.options(2, best).withValidationData(
                new org.neurite.core.Dataset(Scripted.x(), Scripted.y())));
        assertEquals(dir.resolve("best.zip"), best.lastSaved());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ModelCheckpoint(""))
                .getMessage().contains("received \"\""));
    }
}
