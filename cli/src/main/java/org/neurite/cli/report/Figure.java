package org.neurite.cli.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** One picture of a report: the PNG file name it is saved under, the image and its caption. */
public record Figure(String file, BufferedImage image, String caption) {
    /** The image as PNG bytes. */
    public byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The image as a {@code data:} URL, for pages that load nothing else. */
    public String dataUrl() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png());
    }
}
