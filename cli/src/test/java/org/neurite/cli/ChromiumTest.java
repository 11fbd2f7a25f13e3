package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromiumTest {
    @Test
    void findsTheBrowserInAnyFolderOfThePathAndNothingWhereThereIsNone(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path browser = Files.writeString(bin.resolve("chromium-browser"), "#!/bin/sh\n");
        browser.toFile().setExecutable(true);
        assertEquals(browser, Chromium.find(empty + File.pathSeparator + bin));
        assertNull(Chromium.find(empty.toString()), "no browser: the caller fails on CI and skips elsewhere");
    }
}
