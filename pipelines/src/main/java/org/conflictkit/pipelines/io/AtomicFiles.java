package org.conflictkit.pipelines.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files whole or not at all: into a temporary file beside the target, then renamed over
 * it, so a crash or a failing serializer never leaves a half-written output.
 */
public final class AtomicFiles
{
    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content
    {
        void writeTo(OutputStream out) throws Exception;
    }

    private AtomicFiles()
    {
    }

    /** Temporary files are private to their owner; outputs are not. */
    private static void readableByAll(Path file) throws IOException
    {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the default permissions apply.
        }
    }

    /**
     * Writes a file whole or not at all. The temporary name is short, so any target name the file
     * system accepts can be written; a failure names the target (e.g. a full disk).
     */
    public static void write(Path target, Content content) throws IOException
    {
        Path dir = target.toAbsolutePath().getParent();
        Path temp;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".conflictkit-", ".part");
        }
        catch (IOException e) {
            throw new IOException("cannot write " + target + " (" + Failures.reason(e) + ")", e);
        }
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                content.writeTo(out);
            }
            readableByAll(temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        catch (Exception e) {
            Files.deleteIfExists(temp);
            throw new IOException("cannot write " + target + " (" + Failures.reason(e) + ")", e);
        }
    }
}
