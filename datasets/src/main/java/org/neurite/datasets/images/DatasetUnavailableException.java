package org.neurite.datasets.images;

import java.io.IOException;

/**
 * A dataset's files are in no folder looked at and could not be downloaded. The message lists the folders
 * looked at, why the download failed and exactly how to get the files.
 */
public final class DatasetUnavailableException extends IOException {
    private static final long serialVersionUID = 1L;

    public DatasetUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
