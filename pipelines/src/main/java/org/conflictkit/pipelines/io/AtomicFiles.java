package org.conflictkit.pipelines.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

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

    /**
     * Writes a file whole or not at all. The temporary name is short, so any target name the file
     * system accepts can be written; a failure names the target (e.g. a full disk).
     */
    public static void write(Path target, Content content) throws IOException
    {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
            OutputStream file = null;
            while (file == null) {
                temp = dir.resolve(".conflictkit-"
                        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".part");
                try {
                    // One open that creates the file with the user's default permissions. A
                    // second open with truncation would make ext4 flush the file to disk on close
                    // (its auto_da_alloc heuristic), a block I/O from the writing thread per file.
                    file = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                }
                catch (FileAlreadyExistsException e) {
                    // another writer drew the same name: draw again
                }
            }
            try (OutputStream out = new BufferedOutputStream(file)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (RuntimeException e) {
            deleteTemporary(temp);
            throw e;
        }
        catch (Exception e) {
            deleteTemporary(temp);
            throw new IOException("cannot write " + target + " (" + Failures.reason(e) + ")", e);
        }
    }

    private static void deleteTemporary(Path temp) throws IOException
    {
        if (temp != null) {
            Files.deleteIfExists(temp);
        }
    }
}
